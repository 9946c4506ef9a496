from enum import StrEnum


class TrainingAudience(StrEnum):
    ACCOMPAGNATEURS = "accompagnateurs"
    RESIDENTS = "residents"

    def __str__(self) -> str:
        return str(self.value)
