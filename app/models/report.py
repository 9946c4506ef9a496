"""The network's yearly review (the *bilan*): one shape a section. The review is built from a
list of sections (`app.services.reports.network_review.SECTIONS`); a new section is one more
field here and one more entry there."""

import uuid
from datetime import date, datetime

from pydantic import Field as PydanticField

from app.models.base import NETWORK_MAX_ITEMS, OutputModel
from app.models.meeting import MeetingsReview
from app.models.plan import PlanRead

MANY = NETWORK_MAX_ITEMS


class ReviewSpace(OutputModel):
    id: uuid.UUID
    name: str
    kind: str
    status: str
    weekly_hours: float
    opening_hours: str | None = PydanticField(description="OpenStreetMap syntax.")


class SpacesSection(OutputModel):
    by_status: dict[str, int]
    weekly_hours: float = PydanticField(description="Of the open spaces, added up.")
    spaces: list[ReviewSpace] = PydanticField(max_length=MANY)


class MonthCount(OutputModel):
    month: str = PydanticField(description="`YYYY-MM`.")
    visits: int
    participants: int


class SkillCount(OutputModel):
    skill: str
    title_fr: str = PydanticField(description="The skill's French title, as the PDF prints it.")
    visits: int
    participants: int


class VisitsSection(OutputModel):
    visits: int
    participants: int = PydanticField(description="Residents counted (a workshop counts each).")
    by_month: list[MonthCount] = PydanticField(max_length=12)
    by_skill: list[SkillCount] = PydanticField(max_length=MANY)


class TrainingHeld(OutputModel):
    id: uuid.UUID
    title: str
    audience: str
    starts_at: datetime
    attended: int


class TrainingsSection(OutputModel):
    held: int
    cancelled: int
    attended: int = PydanticField(description="Attendances marked `attended`.")
    sessions: list[TrainingHeld] = PydanticField(max_length=MANY)


class EquipmentSection(OutputModel):
    total: int
    allocated: int
    in_repair: int
    by_status: dict[str, int]


class SlaMonth(OutputModel):
    month: str
    opened: int
    breached: int


class MaintenanceSection(OutputModel):
    opened: int
    resolved: int
    breached: int
    breach_rate: float | None
    by_month: list[SlaMonth] = PydanticField(max_length=12)


class ReviewLabel(OutputModel):
    space_id: uuid.UUID
    space_name: str
    label_number: str | None
    valid_from: date | None
    valid_until: date | None
    expiring: bool = PydanticField(description="Ends within 90 days.")


class LabelsSection(OutputModel):
    granted_in_year: int
    in_force: int
    expiring: int
    labels: list[ReviewLabel] = PydanticField(max_length=MANY)


class PlansSection(OutputModel):
    plans: list[PlanRead] = PydanticField(max_length=MANY)


class NetworkReview(OutputModel):
    year: int
    association_id: uuid.UUID | None = PydanticField(description="None: the whole network.")
    scope: str = PydanticField(description="The network, or the association's name.")
    generated_at: datetime
    spaces: SpacesSection
    visits: VisitsSection
    trainings: TrainingsSection
    equipment: EquipmentSection
    maintenance: MaintenanceSection
    labels: LabelsSection
    meetings: MeetingsReview
    plans: PlansSection
