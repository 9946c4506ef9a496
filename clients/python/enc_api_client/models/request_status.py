from enum import StrEnum


class RequestStatus(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
    FULFILLED = "fulfilled"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
