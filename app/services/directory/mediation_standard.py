"""Open spaces in the national open-data standard for digital-mediation places
(« Schéma de données des lieux de médiation numérique » v1.0.1, LaMednum/standard-mediation-num):
one row per place, multi-valued fields joined with `|`, hours in OSM `opening_hours` syntax.

Values come from our vocabularies, whose French labels are the standard's values; a field we
have no data for stays empty rather than being guessed.
"""

import csv
import io
import re
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import PARIS
from app.core.representation import _defuse
from app.core.vocabulary import label_fr
from app.models.association import Association, LegalForm
from app.models.directory import MediationPlace
from app.models.space import Space
from app.services.directory.public import (
    PublicLabel,
    is_labelled,
    label_of,
    open_spaces,
    public_osm_hours,
)

SCHEMA_VERSION = "1.0.1"
SOURCE = "Ville de Roubaix — réseau des Espaces Numériques Citoyens"
LABEL_NAME = "Label ENC (Ville de Roubaix)"
PIVOT = re.compile(r"^[a-zA-Z0-9]{9,14}$")
PHONE = re.compile(r"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$")
# data.inclusion's structure typologies (the standard's `typologie` vocabulary).
TYPOLOGY = {LegalForm.association_1901: "ASSO", LegalForm.social_centre: "CS"}
# Our support modes (vocabulary `support_mode`, shared with visits) → `modalites_accompagnement`.
SUPPORT_MODE_LABELS = {
    "autonomous": "En autonomie",
    "individual": "Accompagnement individuel",
    "group_workshop": "Dans un atelier collectif",
    "remote": "À distance",
}


FIELDS = list(MediationPlace.model_fields)


def pivot_of(association: Association) -> str | None:
    """The SIRET when the association has one (the standard: "associations with a SIRET give
    only it"), else its RNA number."""
    for value in (association.siret, association.rna):
        if value and PIVOT.fullmatch(value):
            return value
    return None


def _joined(vocabulary: str, codes: list[str] | None) -> str | None:
    labels = [label_fr(vocabulary, code) for code in codes or []]
    return "|".join(labels) or None


def _summary(description: str | None) -> tuple[str | None, str | None]:
    if not description:
        return None, None
    text = " ".join(description.split())
    if len(text) <= 280:
        return text, None
    return text[:279].rstrip() + "…", description


def _label_text(label: PublicLabel | None) -> str | None:
    if not is_labelled(label):  # an expired label is not shown as one
        return None
    if label.valid_until:
        return f"{LABEL_NAME}, valide jusqu'au {label.valid_until.isoformat()}"
    return LABEL_NAME


def place_of(space: Space, association: Association, label: PublicLabel | None) -> MediationPlace:
    resume, detail = _summary(space.description)
    phone = space.phone or association.contact_phone
    updated: datetime = max(space.updated_at, association.updated_at)
    return MediationPlace(
        id=str(space.id),
        pivot=pivot_of(association) or "",
        nom=space.name,
        commune=space.city,
        code_postal=space.postcode,
        code_insee=space.insee_code or None,
        adresse=space.street,
        complement_adresse=None,
        latitude=space.latitude,
        longitude=space.longitude,
        typologie=TYPOLOGY.get(association.legal_form),
        telephone=phone if phone and PHONE.fullmatch(phone) else None,
        courriels=space.email or association.contact_email,
        site_web=space.website,
        horaires=public_osm_hours(space),
        presentation_resume=resume,
        presentation_detail=detail,
        source=SOURCE,
        itinerance="Fixe",
        structure_parente=association.name,
        date_maj=updated.astimezone(PARIS).date().isoformat(),
        services=_joined("mediation_service", space.services),
        publics_specifiquement_adresses=None,
        prise_en_charge_specifique=None,
        frais_a_charge=None,
        dispositif_programmes_nationaux=None,
        formations_labels=None,
        autres_formations_labels=_label_text(label),
        modalites_acces=_joined("access_mode", space.access_modes),
        modalites_accompagnement="|".join(
            SUPPORT_MODE_LABELS[code] for code in space.support_modes or []
            if code in SUPPORT_MODE_LABELS
        ) or None,
        fiche_acces_libre=None,
        prise_rdv=None,
    )


async def places(session: AsyncSession) -> list[MediationPlace]:
    """Every open space. A space whose association has neither SIRET nor RNA cannot have the
    required `pivot` and is left out (associations are created with one; see the report)."""
    rows = [(s, a) for s, a in await open_spaces(session) if pivot_of(a)]
    labels = await label_of(session, [space.id for space, _ in rows])
    return [place_of(space, association, labels.get(space.id)) for space, association in rows]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return _defuse(str(value))


def to_csv(rows: list[MediationPlace]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for row in rows:
        values = row.model_dump()
        writer.writerow([_cell(values[name]) for name in FIELDS])
    return buffer.getvalue()
