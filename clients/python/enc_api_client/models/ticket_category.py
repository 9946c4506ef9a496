from enum import StrEnum


class TicketCategory(StrEnum):
    ACCOUNT = "account"
    HARDWARE = "hardware"
    NETWORK_INTERNET = "network_internet"
    OTHER = "other"
    PRINTER = "printer"
    SOFTWARE = "software"

    def __str__(self) -> str:
        return str(self.value)
