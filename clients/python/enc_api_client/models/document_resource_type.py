from enum import StrEnum


class DocumentResourceType(StrEnum):
    DEVELOPMENT_PLAN = "development_plan"
    LABEL_APPLICATION = "label_application"
    LOAN_AGREEMENT = "loan_agreement"
    MEETING = "meeting"

    def __str__(self) -> str:
        return str(self.value)
