from enum import StrEnum


class ConnectionType(StrEnum):
    ADSL = "adsl"
    CABLE = "cable"
    FIBRE = "fibre"
    MOBILE = "mobile"
    OTHER = "other"
    SATELLITE = "satellite"
    VDSL = "vdsl"

    def __str__(self) -> str:
        return str(self.value)
