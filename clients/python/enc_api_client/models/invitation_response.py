from enum import StrEnum


class InvitationResponse(StrEnum):
    ABSENT = "absent"
    ACCEPTED = "accepted"
    ATTENDED = "attended"
    DECLINED = "declined"
    EXCUSED = "excused"
    INVITED = "invited"

    def __str__(self) -> str:
        return str(self.value)
