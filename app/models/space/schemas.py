"""Spaces' request shapes (create, update, transition; premises, opening slots, closures) and the
space as the API returns it."""

import uuid
from datetime import date, datetime, time
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints, WithJsonSchema, field_validator, model_validator

from app.models.base import InputModel, OutputModel, RefusesNull, UpdateModel
from app.models.label import LabelRead
from app.models.space.vocab import (
    WEEKDAY_ORDER,
    AccessMode,
    ConnectionType,
    MediationService,
    SpaceKind,
    SpaceStatus,
    SupportMode,
    Weekday,
)
from app.models.validators import Email, LongText, Phone, Postcode, ShortText

InseeCode = Annotated[str, StringConstraints(pattern=r"^([013-9]\d|2[AB1-9])\d{3}$")]
Website = Annotated[str, StringConstraints(max_length=500, pattern=r"^https?://[^\s|]+$")]


class InternetConnection(InputModel):
    provider: ShortText
    connection_type: ConnectionType


class Insurance(InputModel):
    insurer: ShortText
    policy_number: ShortText
    valid_until: date


class Premises(InputModel):
    """The premises checklist of the seed's first step (locaux, réseau, connexion, assurance)."""

    dedicated_room: bool = False
    computer_network: bool = False
    printer_network: bool = False
    internet: InternetConnection | None = None
    insurance: Insurance | None = None
    wheelchair_accessible: bool = False


# A wall-clock time in Europe/Paris. JSON Schema's `format: time` is RFC 3339's full-time, which
# needs an offset: documented as the `HH:MM` (or `HH:MM:SS`) this API reads and writes instead.
LocalTime = Annotated[
    time,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$",
            "maxLength": 8,
            "description": "Local time in Europe/Paris, without offset",
            "examples": ["09:30"],
        }
    ),
]


class OpeningSlot(InputModel):
    weekday: Weekday
    opens: LocalTime
    closes: LocalTime

    @field_validator("opens", "closes")
    @classmethod
    def _minutes_only(cls, value: time) -> time:
        if value.tzinfo is not None:
            raise ValueError("opening times are local times in Europe/Paris, without offset")
        return value.replace(second=0, microsecond=0)

    @model_validator(mode="after")
    def _opens_before_closes(self) -> "OpeningSlot":
        if self.opens >= self.closes:
            raise ValueError("opens must be before closes")
        return self


class ExceptionalClosure(InputModel):
    model_config = {"populate_by_name": True}

    from_: date = PydanticField(alias="from")
    to: date
    reason: ShortText

    @model_validator(mode="after")
    def _ordered(self) -> "ExceptionalClosure":
        if self.to < self.from_:
            raise ValueError("'to' must be on or after 'from'")
        return self


def _no_overlap(slots: list[OpeningSlot]) -> list[OpeningSlot]:
    ordered = sorted(slots, key=lambda s: (WEEKDAY_ORDER.index(s.weekday), s.opens))
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.weekday == after.weekday and after.opens < before.closes:
            raise ValueError(
                f"slots overlap on {before.weekday}: {before.opens:%H:%M}-{before.closes:%H:%M} "
                f"and {after.opens:%H:%M}-{after.closes:%H:%M}"
            )
    return ordered


MAX_OPENING_SLOTS = 70  # ten a day
MAX_CLOSURES = 200
Latitude = PydanticField(default=None, ge=-90, le=90)
Longitude = PydanticField(default=None, ge=-180, le=180)


class SpaceFields(InputModel):
    street: ShortText | None = None
    postcode: Postcode | None = None
    city: ShortText | None = None
    neighbourhood: ShortText | None = None
    latitude: float | None = Latitude
    longitude: float | None = Longitude
    inaugurated_on: date | None = None
    description: LongText | None = None
    premises: Premises | None = None
    opening_hours: list[OpeningSlot] | None = PydanticField(
        default=None, max_length=MAX_OPENING_SLOTS
    )
    exceptional_closures: list[ExceptionalClosure] | None = PydanticField(
        default=None, max_length=MAX_CLOSURES
    )
    maintenance_operator_id: uuid.UUID | None = PydanticField(
        default=None,
        description="The contracted maintenance operator (city only); null: the "
        "network's default operator.",
    )
    services: list[MediationService] | None = PydanticField(
        default=None, max_length=9, description="Services offered (vocabulary `mediation_service`)."
    )
    access_modes: list[AccessMode] | None = PydanticField(
        default=None, max_length=6, description="How to come (vocabulary `access_mode`)."
    )
    support_modes: list[SupportMode] | None = PydanticField(
        default=None, max_length=4, description="Kinds of support (vocabulary `support_mode`)."
    )
    insee_code: InseeCode | None = PydanticField(
        default=None, description="The commune's INSEE code (Roubaix: 59512)."
    )
    phone: Phone | None = None
    email: Email | None = None
    website: Website | None = None

    @field_validator("services", "access_modes", "support_modes")
    @classmethod
    def _distinct(cls, codes: list | None) -> list | None:
        return None if codes is None else list(dict.fromkeys(codes))

    @field_validator("opening_hours")
    @classmethod
    def _slots_do_not_overlap(cls, slots: list[OpeningSlot] | None) -> list[OpeningSlot] | None:
        return None if slots is None else _no_overlap(slots)

    @model_validator(mode="after")
    def _both_coordinates(self):
        fields = self.model_fields_set
        if ("latitude" in fields) != ("longitude" in fields):
            raise ValueError("latitude and longitude go together")
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude go together: give both, or null for both")
        return self


EXAMPLE_SPACE = {
    "association_id": "6f1c2b1e-0000-4000-8000-000000000001",
    "kind": "enc",
    "name": "ENC de l'Epeule",
    "street": "12 rue de l'Epeule",
    "postcode": "59100",
    "neighbourhood": "Epeule",
    "latitude": 50.6862,
    "longitude": 3.1622,
    "premises": {
        "dedicated_room": True,
        "computer_network": True,
        "printer_network": True,
        "internet": {"provider": "Numericable", "connection_type": "cable"},
        "insurance": {
            "insurer": "MAIF",
            "policy_number": "RC-2011-0042",
            "valid_until": "2027-06-30",
        },
        "wheelchair_accessible": True,
    },
    "opening_hours": [
        {"weekday": "monday", "opens": "14:00", "closes": "18:00"},
        {"weekday": "wednesday", "opens": "09:00", "closes": "12:00"},
        {"weekday": "wednesday", "opens": "14:00", "closes": "18:00"},
    ],
    "exceptional_closures": [
        {"from": "2026-12-24", "to": "2027-01-02", "reason": "Fêtes de fin d'année"}
    ],
}


class SpaceCreate(SpaceFields, RefusesNull):
    # Left out, these take their defaults; null is refused as on PATCH.
    non_nullable = frozenset(
        {
            "city",
            "premises",
            "opening_hours",
            "exceptional_closures",
            "services",
            "access_modes",
            "support_modes",
            "insee_code",
        }
    )

    association_id: uuid.UUID
    kind: SpaceKind
    name: ShortText
    street: ShortText
    postcode: Postcode

    model_config = {"json_schema_extra": {"examples": [EXAMPLE_SPACE]}}


class SpaceUpdate(SpaceFields, UpdateModel):
    non_nullable = frozenset(
        {
            "name",
            "kind",
            "street",
            "postcode",
            "city",
            "premises",
            "opening_hours",
            "exceptional_closures",
            "services",
            "access_modes",
            "support_modes",
            "insee_code",
        }
    )
    name: ShortText | None = None
    kind: SpaceKind | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"opening_hours": [{"weekday": "tuesday", "opens": "09:30", "closes": "12:00"}]}
            ]
        }
    }


class SpaceTransition(InputModel):
    to: SpaceStatus
    reason: LongText | None = None

    model_config = {"json_schema_extra": {"examples": [{"to": "open"}]}}


class PremisesRead(OutputModel):
    dedicated_room: bool
    computer_network: bool
    printer_network: bool
    internet: InternetConnection | None
    insurance: Insurance | None
    wheelchair_accessible: bool


class ExceptionalClosureRead(OutputModel):
    model_config = {"populate_by_name": True}

    from_: date = PydanticField(serialization_alias="from", validation_alias="from")
    to: date
    reason: str


class OpeningSlotRead(OutputModel):
    weekday: Weekday
    opens: LocalTime
    closes: LocalTime


class SpaceRead(OutputModel):
    id: uuid.UUID
    association_id: uuid.UUID
    kind: SpaceKind
    name: str
    status: SpaceStatus
    allowed_transitions: list[SpaceStatus] = PydanticField(
        max_length=len(SpaceStatus),
        description="The statuses the caller may move this space to now.",
    )
    street: str
    postcode: str
    city: str
    neighbourhood: str | None
    latitude: float | None
    longitude: float | None
    inaugurated_on: date | None
    description: str | None
    premises: PremisesRead
    opening_hours: list[OpeningSlotRead] = PydanticField(max_length=MAX_OPENING_SLOTS)
    exceptional_closures: list[ExceptionalClosureRead] = PydanticField(max_length=MAX_CLOSURES)
    maintenance_operator_id: uuid.UUID | None
    services: list[MediationService] = PydanticField(max_length=len(MediationService))
    access_modes: list[AccessMode] = PydanticField(max_length=len(AccessMode))
    support_modes: list[SupportMode] = PydanticField(max_length=len(SupportMode))
    insee_code: str
    phone: str | None
    email: str | None
    website: str | None
    opening_hours_osm: str | None = PydanticField(
        description="The weekly hours in OpenStreetMap `opening_hours` syntax (read-only)."
    )
    weekly_opening_hours: float = PydanticField(description="Hours open in a normal week.")
    label: LabelRead = PydanticField(
        description="The ENC label: none, valid until a date, expired, or space_closed once "
        "the space is closed (read-only)."
    )
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
