from enum import StrEnum


class LoanAgreementStatus(StrEnum):
    ACTIVE = "active"
    DECLINED = "declined"
    DRAFT = "draft"
    ENDED = "ended"
    PENDING_SIGNATURE = "pending_signature"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
