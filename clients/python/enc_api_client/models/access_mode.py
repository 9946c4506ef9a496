from enum import StrEnum


class AccessMode(StrEnum):
    EMAIL = "email"
    NO_PUBLIC = "no_public"
    ONLINE_BOOKING = "online_booking"
    PHONE = "phone"
    REFERRAL_EMAIL = "referral_email"
    WALK_IN = "walk_in"

    def __str__(self) -> str:
        return str(self.value)
