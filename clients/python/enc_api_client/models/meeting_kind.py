from enum import StrEnum


class MeetingKind(StrEnum):
    NETWORK_MEETING = "network_meeting"
    OTHER = "other"
    STEERING_COMMITTEE = "steering_committee"
    TRAINING_DAY = "training_day"
    WORKING_GROUP = "working_group"

    def __str__(self) -> str:
        return str(self.value)
