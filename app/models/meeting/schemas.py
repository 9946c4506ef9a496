"""Meetings' request and response shapes: meetings with their invitees and agenda, minutes and
their revisions, decisions, follow-up actions and comments, and the review's figures."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AnyHttpUrl, AwareDatetime, StringConstraints, ValidationInfo, field_validator
from pydantic import Field as PydanticField

from app.models.base import NETWORK_MAX_ITEMS, InputModel, OutputModel, RefusesNull, UpdateModel
from app.models.meeting.vocab import (
    ActionStatus,
    InvitationResponse,
    InviteeKind,
    MeetingKind,
    MeetingStatus,
)
from app.models.validators import LongText, ShortText

AGENDA_MAX_ITEMS = 100
INVITEES_MAX = 500
Address = Annotated[str, StringConstraints(min_length=1, max_length=300)]
Url = Annotated[AnyHttpUrl, PydanticField(max_length=2000)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=5000)]
EXAMPLE_ID = "6f1c2b1e-0000-4000-8000-0000000000{:02d}"


def _ends_after_start(cls, ends: datetime | None, info: ValidationInfo) -> datetime | None:
    starts = info.data.get("starts_at")
    if starts is not None and ends is not None and ends <= starts:
        raise ValueError("ends_at must be after starts_at")
    return ends


# ---- invitees -----------------------------------------------------------------------------------


class InviteeCreate(InputModel):
    """Exactly one of the three: an association, a partner, or a person."""

    association_id: uuid.UUID | None = None
    partner_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None

    model_config = {"json_schema_extra": {"examples": [{"partner_id": EXAMPLE_ID.format(10)}]}}


class InviteeUpdate(InputModel):
    response: InvitationResponse = PydanticField(
        description="An invitee answers `accepted` or `declined`; after the meeting the "
        "organiser records `attended`, `excused` or `absent`."
    )

    model_config = {"json_schema_extra": {"examples": [{"response": "accepted"}]}}


class InviteeRead(OutputModel):
    id: uuid.UUID
    kind: InviteeKind
    association_id: uuid.UUID | None
    partner_id: uuid.UUID | None
    user_id: uuid.UUID | None
    name: str
    response: InvitationResponse
    responded_at: datetime | None


# ---- agenda -------------------------------------------------------------------------------------


class AgendaItemCreate(InputModel):
    title: ShortText
    description: LongText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Convention de prêt du matériel",
                    "description": "Relecture de la convention avant signature.",
                }
            ]
        }
    }


class AgendaItemUpdate(UpdateModel):
    non_nullable = frozenset({"title", "position"})
    title: ShortText | None = None
    description: LongText | None = None
    position: int | None = PydanticField(default=None, ge=1, le=AGENDA_MAX_ITEMS)
    minutes: LongText | None = PydanticField(
        default=None, description="What was said, written after the meeting (until published)."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [{"minutes": "La convention est relue ; signature au prochain comité."}]
        }
    }


class AgendaItemRead(OutputModel):
    id: uuid.UUID
    position: int
    title: str
    description: str | None
    proposed_by_user_id: uuid.UUID | None
    proposed_by_association_id: uuid.UUID | None
    minutes: str | None = PydanticField(
        description="The draft, or once published the latest revision's text."
    )


# ---- meetings -----------------------------------------------------------------------------------


class MeetingCreate(RefusesNull):
    non_nullable = frozenset({"title", "kind", "starts_at", "ends_at"})
    title: ShortText
    description: LongText | None = None
    kind: MeetingKind
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    space_id: uuid.UUID | None = PydanticField(default=None, description="The host space.")
    address: Address | None = PydanticField(default=None, description="Another place.")
    online_url: Url | None = None
    organiser_association_id: uuid.UUID | None = PydanticField(
        default=None,
        description="Left out: the city organises (network-wide); an association's user "
        "organises for its own association (working groups only).",
    )
    agenda_cutoff_at: AwareDatetime | None = PydanticField(
        default=None, description="Until when invited associations may propose agenda items."
    )
    invitees: list[InviteeCreate] = PydanticField(default_factory=list, max_length=INVITEES_MAX)
    agenda: list[AgendaItemCreate] = PydanticField(
        default_factory=list, max_length=AGENDA_MAX_ITEMS
    )

    _ends_after_start = field_validator("ends_at")(_ends_after_start)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Réunion du réseau des ENC",
                    "kind": "network_meeting",
                    "starts_at": "2027-01-17T14:00:00+01:00",
                    "ends_at": "2027-01-17T16:30:00+01:00",
                    "space_id": EXAMPLE_ID.format(2),
                    "agenda_cutoff_at": "2027-01-10T18:00:00+01:00",
                    "invitees": [
                        {"association_id": EXAMPLE_ID.format(1)},
                        {"partner_id": EXAMPLE_ID.format(10)},
                    ],
                    "agenda": [{"title": "Horaires d'ouverture"}],
                }
            ]
        }
    }


class MeetingUpdate(UpdateModel):
    non_nullable = frozenset({"title", "starts_at", "ends_at"})
    title: ShortText | None = None
    description: LongText | None = None
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    space_id: uuid.UUID | None = None
    address: Address | None = None
    online_url: Url | None = None
    agenda_cutoff_at: AwareDatetime | None = None

    _ends_after_start = field_validator("ends_at")(_ends_after_start)

    model_config = {
        "json_schema_extra": {"examples": [{"address": "Maison des associations, Roubaix"}]}
    }


class MeetingTransition(InputModel):
    to: MeetingStatus
    reason: LongText | None = PydanticField(default=None, description="Why it is cancelled.")

    model_config = {
        "json_schema_extra": {"examples": [{"to": "cancelled", "reason": "Salle indisponible."}]}
    }


class FollowUp(OutputModel):
    """An open action concerning an invitee, as the next meeting's agenda shows it (computed on
    read, never copied)."""

    id: uuid.UUID
    title: str
    owner_user_id: uuid.UUID | None
    owner_association_id: uuid.UUID | None
    due_on: date | None
    status: ActionStatus
    overdue: bool


class MeetingDecision(OutputModel):
    id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    text: str
    association_ids: list[uuid.UUID] = PydanticField(max_length=NETWORK_MAX_ITEMS)


class MeetingRead(OutputModel):
    id: uuid.UUID
    title: str
    description: str | None
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime
    space_id: uuid.UUID | None
    space_name: str | None
    address: str | None
    online_url: str | None
    organiser_association_id: uuid.UUID | None
    organiser_user_id: uuid.UUID | None
    organiser_name: str = PydanticField(description="The association, or « Ville de Roubaix ».")
    agenda_cutoff_at: datetime | None
    status: MeetingStatus
    allowed_transitions: list[MeetingStatus] = PydanticField(max_length=len(MeetingStatus))
    sequence: int = PydanticField(description="iCalendar SEQUENCE: bumped on each change.")
    invitees: list[InviteeRead] = PydanticField(max_length=INVITEES_MAX)
    agenda: list[AgendaItemRead] = PydanticField(max_length=AGENDA_MAX_ITEMS)
    decisions: list[MeetingDecision] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    minutes_revision: int | None = PydanticField(description="The latest published revision.")
    follow_up: list[FollowUp] = PydanticField(
        max_length=NETWORK_MAX_ITEMS,
        description="For a planned meeting: the open and overdue actions owned by its "
        "invitees (associations and people), computed on read.",
    )
    held_at: datetime | None
    minutes_published_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str | None
    created_at: datetime
    updated_at: datetime


# ---- minutes revisions and decisions ------------------------------------------------------------


class MinutesCorrection(InputModel):
    agenda_item_id: uuid.UUID
    minutes: LongText


class MinutesRevisionCreate(InputModel):
    note: Text = PydanticField(description="What the correction changes, and why.")
    items: list[MinutesCorrection] = PydanticField(min_length=1, max_length=AGENDA_MAX_ITEMS)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "note": "Correction : l'horaire retenu est 14 h – 18 h.",
                    "items": [
                        {
                            "agenda_item_id": EXAMPLE_ID.format(60),
                            "minutes": "Horaires harmonisés : 14 h – 18 h du mardi au samedi.",
                        }
                    ],
                }
            ]
        }
    }


class MinutesItem(OutputModel):
    agenda_item_id: uuid.UUID
    position: int
    title: str
    minutes: str | None


class MinutesRevisionRead(OutputModel):
    id: uuid.UUID
    meeting_id: uuid.UUID
    number: int
    items: list[MinutesItem] = PydanticField(max_length=AGENDA_MAX_ITEMS)
    note: str | None
    published_by: uuid.UUID | None
    published_at: datetime


class DecisionCreate(InputModel):
    text: Text
    agenda_item_id: uuid.UUID | None = None
    association_ids: list[uuid.UUID] = PydanticField(
        default_factory=list,
        max_length=NETWORK_MAX_ITEMS,
        description="The associations the decision concerns.",
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "text": "Les imprimantes en panne sont signalées à l'opérateur sous 48 h.",
                    "agenda_item_id": EXAMPLE_ID.format(60),
                    "association_ids": [EXAMPLE_ID.format(1)],
                }
            ]
        }
    }


class DecisionRead(OutputModel):
    id: uuid.UUID
    meeting_id: uuid.UUID
    meeting_title: str
    agenda_item_id: uuid.UUID | None
    agenda_item_title: str | None
    text: str
    decided_at: datetime
    association_ids: list[uuid.UUID] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    created_at: datetime
    updated_at: datetime


# ---- follow-up actions --------------------------------------------------------------------------


class ActionCreate(InputModel):
    title: ShortText
    description: LongText | None = None
    decision_id: uuid.UUID | None = PydanticField(
        default=None, description="The decision it follows up; left out: free-standing."
    )
    owner_user_id: uuid.UUID | None = None
    owner_association_id: uuid.UUID | None = PydanticField(
        default=None, description="Left out with an owner user: that user's association."
    )
    objective_id: uuid.UUID | None = PydanticField(
        default=None,
        description="The development plan's objective it serves: an objective of a plan of "
        "the owner association's.",
    )
    due_on: date | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Recruter deux animateurs en service civique",
                    "decision_id": EXAMPLE_ID.format(70),
                    "owner_association_id": EXAMPLE_ID.format(1),
                    "due_on": "2027-03-31",
                }
            ]
        }
    }


class ActionUpdate(UpdateModel):
    non_nullable = frozenset({"title"})
    title: ShortText | None = None
    description: LongText | None = None
    due_on: date | None = None
    owner_user_id: uuid.UUID | None = None
    objective_id: uuid.UUID | None = PydanticField(
        default=None, description="Attach it to an objective of the owner association's plan."
    )

    model_config = {"json_schema_extra": {"examples": [{"due_on": "2027-04-30"}]}}


class ActionTransition(InputModel):
    to: ActionStatus
    reason: LongText | None = PydanticField(default=None, description="Why it is dropped.")

    model_config = {"json_schema_extra": {"examples": [{"to": "in_progress"}]}}


class ActionRead(OutputModel):
    id: uuid.UUID
    title: str
    description: str | None
    decision_id: uuid.UUID | None
    meeting_id: uuid.UUID | None
    objective_id: uuid.UUID | None
    owner_user_id: uuid.UUID | None
    owner_association_id: uuid.UUID | None
    due_on: date | None
    status: ActionStatus
    overdue: bool = PydanticField(description="Open or in progress past its due date (Paris).")
    allowed_transitions: list[ActionStatus] = PydanticField(max_length=len(ActionStatus))
    done_at: datetime | None
    dropped_at: datetime | None
    drop_reason: str | None
    created_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class ActionCommentCreate(InputModel):
    body: Text

    model_config = {
        "json_schema_extra": {"examples": [{"body": "Fiche de poste envoyée à la mission locale."}]}
    }


class ActionCommentRead(OutputModel):
    id: uuid.UUID
    action_id: uuid.UUID
    author_user_id: uuid.UUID | None
    body: str
    created_at: datetime


# ---- the network review's figures ---------------------------------------------------------------


class MeetingsHeld(OutputModel):
    kind: MeetingKind
    month: int = PydanticField(ge=1, le=12)
    count: int


class MeetingsReview(OutputModel):
    """What the network's yearly review reports about meetings, decisions and actions."""

    year: int
    meetings_held: list[MeetingsHeld] = PydanticField(
        max_length=len(MeetingKind) * 12, description="Held (or minuted) meetings by kind, month."
    )
    meetings_held_total: int
    meetings_cancelled: int
    decisions: int = PydanticField(description="Decisions of the year's meetings.")
    actions_done: int = PydanticField(description="Actions done during the year.")
    actions_open: int = PydanticField(description="Open or in progress now.")
    actions_overdue: int = PydanticField(description="Of those open, past their due date now.")
    actions_dropped: int
