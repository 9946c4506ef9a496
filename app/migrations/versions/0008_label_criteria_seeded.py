"""labels: the criteria catalogue's first version published by the migration, so that reading
the catalogue never writes (it was published on first read before)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 11:15:00
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import app.core.types

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Version 1 as the code seeded it on first use (steps 1 and 5 of the field report), frozen here:
# a later change to the catalogue is a new version, published through the API.
NOTE = "Critères initiaux (étapes 1 et 5 de la démarche)"
CRITERIA = json.loads(r"""
[
    {
        "code": "dedicated_room",
        "title": "Une salle dédiée à l'accueil numérique",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "dedicated_room",
        "threshold": null
    },
    {
        "code": "opening_hours",
        "title": "Au moins 10 heures d'ouverture publiées par semaine",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "weekly_opening_hours",
        "threshold": 10.0
    },
    {
        "code": "internet",
        "title": "Une connexion internet",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "internet_connection",
        "threshold": null
    },
    {
        "code": "networks",
        "title": "Réseaux informatique et d'impression",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "computer_and_printer_networks",
        "threshold": null
    },
    {
        "code": "insurance",
        "title": "Une assurance valide",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "valid_insurance",
        "threshold": null
    },
    {
        "code": "loan_agreement",
        "title": "Une convention de prêt en vigueur",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "active_loan_agreement",
        "threshold": null
    },
    {
        "code": "workstations",
        "title": "Au moins 3 postes informatiques opérationnels",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "operational_workstations",
        "threshold": 3.0
    },
    {
        "code": "printer",
        "title": "Une imprimante en service",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "printers",
        "threshold": 1.0
    },
    {
        "code": "trained_volunteer",
        "title": "Au moins un accompagnateur formé par l'organisme de formation",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "trained_volunteer",
        "threshold": 1.0
    },
    {
        "code": "self_evaluation",
        "title": "Visites comptées chacun des 3 derniers mois (outil d'auto-évaluation)",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "monthly_visits",
        "threshold": 3.0
    },
    {
        "code": "maintenance",
        "title": "Aucun ticket de maintenance hors délai depuis plus de 30 jours",
        "description": null,
        "mandatory": true,
        "kind": "automatic",
        "rule": "no_long_breached_ticket",
        "threshold": 30.0
    },
    {
        "code": "charter_signed",
        "title": "Charte du label ENC signée",
        "description": "La charte signée par l'association et la Ville.",
        "mandatory": true,
        "kind": "declarative",
        "rule": null,
        "threshold": null
    },
    {
        "code": "welcome_booklet",
        "title": "Livret d'accueil en usage",
        "description": "Le livret d'accueil remis aux personnes accueillies.",
        "mandatory": true,
        "kind": "declarative",
        "rule": null,
        "threshold": null
    },
    {
        "code": "development_plan",
        "title": "Plan de développement",
        "description": "Le projet du lieu sur la durée de la charte.",
        "mandatory": true,
        "kind": "declarative",
        "rule": null,
        "threshold": null
    }
]
""")

versions = sa.table(
    "label_criteria_versions",
    sa.column("id", sa.Uuid()),
    sa.column("number", sa.Integer()),
    sa.column("criteria", sa.JSON()),
    sa.column("note", sa.String()),
    sa.column("published_at", app.core.types.UTCDateTime(timezone=True)),
)


def upgrade() -> None:
    bind = op.get_bind()
    exists = bind.execute(sa.select(versions.c.id).where(versions.c.number == 1)).first()
    if exists is None:  # databases that already published it on first use keep theirs
        op.bulk_insert(versions, [{
            "id": uuid.uuid4(), "number": 1, "criteria": CRITERIA, "note": NOTE,
            "published_at": datetime.now(UTC),
        }])


def downgrade() -> None:
    # Version 1 stays: applications refer to it, and it was published before this revision.
    pass
