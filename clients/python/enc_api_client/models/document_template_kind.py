from enum import StrEnum


class DocumentTemplateKind(StrEnum):
    CHARTER = "charter"
    HANDOVER_RECEIPT = "handover_receipt"
    LOAN_AGREEMENT = "loan_agreement"

    def __str__(self) -> str:
        return str(self.value)
