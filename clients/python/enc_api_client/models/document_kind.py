from enum import StrEnum


class DocumentKind(StrEnum):
    CHARTER = "charter"
    DEVELOPMENT_PLAN = "development_plan"
    INSURANCE_CERTIFICATE = "insurance_certificate"
    LOAN_AGREEMENT = "loan_agreement"
    MEETING_MINUTES = "meeting_minutes"
    OTHER = "other"
    WELCOME_BOOKLET = "welcome_booklet"

    def __str__(self) -> str:
        return str(self.value)
