from enum import StrEnum


class SkillLevel(StrEnum):
    AWARENESS = "awareness"
    PRACTITIONER = "practitioner"
    TRAINER = "trainer"

    def __str__(self) -> str:
        return str(self.value)
