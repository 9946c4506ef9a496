from enum import StrEnum


class DeclineReason(StrEnum):
    APPLICANT_UNREACHABLE = "applicant_unreachable"
    AVAILABILITY_MISMATCH = "availability_mismatch"
    MISSION_FILLED = "mission_filled"
    OTHER = "other"
    PREREQUISITES_MISSING = "prerequisites_missing"
    PROFILE_MISMATCH = "profile_mismatch"

    def __str__(self) -> str:
        return str(self.value)
