from enum import StrEnum


class ListLoanAgreementEquipmentFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
