from enum import StrEnum


class JobKind(StrEnum):
    EMPLOYEE = "employee"
    PUBLIC_WRITER = "public_writer"
    SERVICE_CIVIQUE = "service_civique"
    VOLUNTEER = "volunteer"

    def __str__(self) -> str:
        return str(self.value)
