"""Spaces: ENC (anchor spaces) and PAIC (smaller access points), with premises and hours.

`vocab` holds the codes and their labels (kinds, statuses, weekdays, the national standard's
services and modes), `tables` the stored space (open it first), `schemas` the request and response
shapes. Every public name is re-exported here: import from `app.models.space`."""

from app.models.space.schemas import (
    EXAMPLE_SPACE,
    MAX_CLOSURES,
    MAX_OPENING_SLOTS,
    ExceptionalClosure,
    ExceptionalClosureRead,
    InseeCode,
    Insurance,
    InternetConnection,
    Latitude,
    LocalTime,
    Longitude,
    OpeningSlot,
    OpeningSlotRead,
    Premises,
    PremisesRead,
    SpaceCreate,
    SpaceFields,
    SpaceRead,
    SpaceTransition,
    SpaceUpdate,
    Website,
)
from app.models.space.tables import (
    Space,
)
from app.models.space.vocab import (
    ROUBAIX_INSEE,
    WEEKDAY_ORDER,
    AccessMode,
    ConnectionType,
    MediationService,
    SpaceKind,
    SpaceStatus,
    SupportMode,
    Weekday,
)

__all__ = [
    "SpaceKind",
    "SpaceStatus",
    "Weekday",
    "WEEKDAY_ORDER",
    "ConnectionType",
    "MediationService",
    "AccessMode",
    "SupportMode",
    "ROUBAIX_INSEE",
    "Space",
    "InseeCode",
    "Website",
    "InternetConnection",
    "Insurance",
    "Premises",
    "LocalTime",
    "OpeningSlot",
    "ExceptionalClosure",
    "MAX_OPENING_SLOTS",
    "MAX_CLOSURES",
    "Latitude",
    "Longitude",
    "SpaceFields",
    "EXAMPLE_SPACE",
    "SpaceCreate",
    "SpaceUpdate",
    "SpaceTransition",
    "PremisesRead",
    "ExceptionalClosureRead",
    "OpeningSlotRead",
    "SpaceRead",
]
