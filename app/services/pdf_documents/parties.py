"""What every generated document says about its parties (the city, an association, a space) and
the date its bytes carry: the latest change of the rows it prints."""

from datetime import datetime

from app.core.vocabulary import label_fr
from app.models.association import Association
from app.models.space import ROUBAIX_INSEE, Space
from app.services.pdf_documents.layout import CITY_NAME

CITY_HEADING = f"La {CITY_NAME}"
CITY_LINES = [
    f"Collectivité territoriale, code commune INSEE {ROUBAIX_INSEE}",
    "Hôtel de Ville, Grand'Place, 59100 Roubaix",
    "représentée par son Maire ou son adjoint délégué au numérique,",
    "ci-après « la Ville »,",
]


def association_lines(association: Association) -> list[str]:
    identifiers = [
        f"SIRET {association.siret}" if association.siret else "SIRET non renseigné",
        f"RNA {association.rna}" if association.rna else "RNA non renseigné",
    ]
    address = ", ".join(
        part
        for part in (association.street, f"{association.postcode or ''} {association.city}".strip())
        if part
    )
    return [
        label_fr("legal_form", association.legal_form),
        " — ".join(identifiers),
        address,
        f"Identifiant au réseau : {association.id}",
        "représentée par son président ou sa présidente,",
        "ci-après « l'association »,",
    ]


def space_line(space: Space) -> str:
    kind = label_fr("space_kind", space.kind)
    return f"{space.name} — {kind}, {space.street}, {space.postcode} {space.city}"


def latest(*moments: datetime | None) -> datetime:
    return max(moment for moment in moments if moment is not None)
