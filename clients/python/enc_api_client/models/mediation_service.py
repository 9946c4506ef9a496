from enum import StrEnum


class MediationService(StrEnum):
    ADMINISTRATIVE_PROCEDURES = "administrative_procedures"
    AFFORDABLE_EQUIPMENT = "affordable_equipment"
    DIGITAL_LEISURE_AND_CREATION = "digital_leisure_and_creation"
    EMPLOYMENT_THROUGH_DIGITAL = "employment_through_digital"
    EVERYDAY_DIGITAL_TOOLS = "everyday_digital_tools"
    INTERNET_AND_EQUIPMENT_ACCESS = "internet_and_equipment_access"
    PARENTING_AND_EDUCATION = "parenting_and_education"
    SAFE_DIGITAL_USE = "safe_digital_use"
    UNDERSTANDING_DIGITAL_WORLD = "understanding_digital_world"

    def __str__(self) -> str:
        return str(self.value)
