"""What the network publishes, as the API writes it: the open directory of spaces (JSON, and
GeoJSON for a map) and one place of the national *lieux de médiation numérique* standard. Never a
person's data. Built by `app/services/directory/`."""

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import Field as PydanticField

from app.models.base import NETWORK_MAX_ITEMS, OutputModel
from app.models.label import LabelStatus
from app.models.space import (
    MAX_CLOSURES,
    MAX_OPENING_SLOTS,
    AccessMode,
    ExceptionalClosureRead,
    MediationService,
    OpeningSlotRead,
    SpaceKind,
    SupportMode,
)

WORKSHOPS_PER_SPACE = 3


class PublicLabel(OutputModel):
    status: LabelStatus = PydanticField(description="`valid`, or `expired` past its date.")
    number: str | None = PydanticField(description="The label number (LABEL-ENC-<year>-<n>).")
    valid_until: date | None


class PublicWorkshop(OutputModel):
    id: uuid.UUID
    title: str
    starts_at: datetime
    ends_at: datetime
    places_left: int | None


class PublicSpaceRead(OutputModel):
    id: uuid.UUID
    name: str
    kind: SpaceKind
    association_name: str
    street: str
    postcode: str
    city: str
    insee_code: str
    neighbourhood: str | None
    latitude: float | None
    longitude: float | None
    description: str | None
    phone: str | None
    email: str | None
    website: str | None
    opening_hours: list[OpeningSlotRead] = PydanticField(max_length=MAX_OPENING_SLOTS)
    opening_hours_osm: str | None = PydanticField(
        description="OpenStreetMap `opening_hours` syntax; closed on public holidays (`PH off`)."
    )
    exceptional_closures: list[ExceptionalClosureRead] = PydanticField(max_length=MAX_CLOSURES)
    services: list[MediationService] = PydanticField(max_length=len(MediationService))
    access_modes: list[AccessMode] = PydanticField(max_length=len(AccessMode))
    support_modes: list[SupportMode] = PydanticField(max_length=len(SupportMode))
    wheelchair_accessible: bool
    label: PublicLabel | None = PydanticField(
        description="The ENC label and its validity; null when the space holds none."
    )
    next_workshops: list[PublicWorkshop] = PydanticField(
        max_length=WORKSHOPS_PER_SPACE,
        description=f"The next resident workshops held here (at most {WORKSHOPS_PER_SPACE}).",
    )
    updated_at: datetime


class PublicDirectory(OutputModel):
    items: list[PublicSpaceRead] = PydanticField(max_length=NETWORK_MAX_ITEMS)


class GeoPoint(OutputModel):
    type: Literal["Point"] = "Point"
    coordinates: list[float] = PydanticField(
        min_length=2, max_length=2, description="[longitude, latitude] (WGS 84)."
    )


class GeoFeature(OutputModel):
    type: Literal["Feature"] = "Feature"
    id: str
    geometry: GeoPoint | None
    properties: dict[str, Any]


class GeoFeatureCollection(OutputModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[GeoFeature] = PydanticField(max_length=NETWORK_MAX_ITEMS)


# ---- the national standard of digital-mediation places (schema v1.0.1) -----------------------


class MediationPlace(OutputModel):
    """One row of the standard, field for field (schema.json's order)."""

    id: str
    pivot: str
    nom: str
    commune: str
    code_postal: str
    code_insee: str | None
    adresse: str
    complement_adresse: str | None
    latitude: float | None
    longitude: float | None
    typologie: str | None
    telephone: str | None
    courriels: str | None
    site_web: str | None
    horaires: str | None
    presentation_resume: str | None
    presentation_detail: str | None
    source: str | None
    itinerance: str | None
    structure_parente: str | None
    date_maj: str
    services: str | None
    publics_specifiquement_adresses: str | None
    prise_en_charge_specifique: str | None
    frais_a_charge: str | None
    dispositif_programmes_nationaux: str | None
    formations_labels: str | None
    autres_formations_labels: str | None
    modalites_acces: str | None
    modalites_accompagnement: str | None
    fiche_acces_libre: str | None
    prise_rdv: str | None
