from enum import StrEnum


class ListLabelApplicationHistoryFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
