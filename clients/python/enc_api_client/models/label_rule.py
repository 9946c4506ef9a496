from enum import StrEnum


class LabelRule(StrEnum):
    ACTIVE_LOAN_AGREEMENT = "active_loan_agreement"
    COMPUTER_AND_PRINTER_NETWORKS = "computer_and_printer_networks"
    DEDICATED_ROOM = "dedicated_room"
    INTERNET_CONNECTION = "internet_connection"
    MONTHLY_VISITS = "monthly_visits"
    NO_LONG_BREACHED_TICKET = "no_long_breached_ticket"
    OPERATIONAL_WORKSTATIONS = "operational_workstations"
    PRINTERS = "printers"
    TRAINED_VOLUNTEER = "trained_volunteer"
    VALID_INSURANCE = "valid_insurance"
    WEEKLY_OPENING_HOURS = "weekly_opening_hours"

    def __str__(self) -> str:
        return str(self.value)
