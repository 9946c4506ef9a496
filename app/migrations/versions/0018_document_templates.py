"""document templates: the versioned clauses of the generated PDFs (convention de prêt, charte du
label ENC, bon de remise), their first versions published by the migration

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 06:20:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.types

revision: str = '0018'
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Version 1 of each kind, frozen here; the city edits them through `PUT /document-templates/…`
# (a new version each time). Published "at" 2000-01-01 so that every document already drawn up
# when this revision runs is rendered with version 1 (the version in force at its date).
SEEDED_AT = datetime(2000, 1, 1, tzinfo=UTC)
NOTE = "Première version (modèle de la Ville)"

LOAN_AGREEMENT = [
    ("Objet", "La présente convention a pour objet la mise à disposition, à titre gratuit, par "
     "la Ville de Roubaix au profit de l'association, du matériel informatique désigné "
     "ci-dessous, pour l'accueil du public de l'Espace Numérique Citoyen ou du Point d'Accès à "
     "l'Internet Citoyen qu'elle anime. Le matériel reste la propriété de la Ville."),
    ("Durée", "La convention prend effet à la date de début indiquée ci-dessus et s'achève à sa "
     "date de fin. Elle peut être renouvelée par une nouvelle convention ; elle n'est pas "
     "reconduite tacitement."),
    ("Assurance", "L'association assure le matériel mis à sa disposition contre le vol, "
     "l'incendie, le dégât des eaux et le bris, ainsi que sa responsabilité civile pour "
     "l'accueil du public. Elle remet chaque année à la Ville l'attestation de son assureur."),
    ("Garde et usage", "L'association assure la garde du matériel en bon père de famille, dans "
     "les locaux désignés ci-dessus. Elle le réserve à l'accueil et à l'accompagnement du public "
     "et n'y installe aucun logiciel sans licence."),
    ("Interdiction de cession", "Le matériel ne peut être ni vendu, ni donné, ni prêté, ni loué "
     "à un tiers, ni déplacé dans un autre lieu sans l'accord écrit de la Ville."),
    ("Maintenance", "La maintenance du matériel est assurée par l'opérateur de maintenance "
     "désigné par la Ville. L'association signale toute panne par un ticket de maintenance et "
     "n'engage aucune réparation par elle-même."),
    ("Perte et vol", "Toute perte, tout vol ou toute dégradation est déclaré à la Ville dans les "
     "48 heures ; un vol est accompagné du récépissé du dépôt de plainte. L'association fait "
     "jouer son assurance."),
    ("Restitution", "À l'échéance ou à la résiliation de la convention, l'association restitue "
     "le matériel en bon état d'usage, avec ses accessoires, à la date fixée par la Ville. Un "
     "bon de remise est établi contradictoirement."),
    ("Résiliation", "La Ville peut résilier la convention par lettre recommandée en cas de "
     "manquement de l'association à ses obligations, un mois après une mise en demeure restée "
     "sans effet, ou en cas de cessation d'activité de l'espace. L'association peut y mettre "
     "fin avec un préavis de trois mois."),
]

CHARTER = [
    ("Objet de la charte", "La présente charte définit les engagements réciproques de la Ville "
     "de Roubaix et de l'association qui anime un Espace Numérique Citoyen (ENC) ou un Point "
     "d'Accès à l'Internet Citoyen (PAIC) labellisé."),
    ("Accueil du public", "L'espace accueille gratuitement toute personne, sans condition, aux "
     "horaires publiés. Il accompagne en priorité les démarches de la vie quotidienne : les six "
     "savoirs du réseau (situation de demandeur d'emploi, dossier CAF, simulations RSA et "
     "Allocation Logement, attestations, adresse électronique)."),
    ("Engagements de l'association", "L'association respecte les critères du label rappelés "
     "ci-dessous, forme ses accompagnateurs avec l'organisme de formation du réseau, compte ses "
     "visites avec l'outil de comptabilisation et participe aux réunions du réseau."),
    ("Engagements de la Ville", "La Ville met à disposition le matériel informatique par une "
     "convention de prêt, en assure la maintenance par son opérateur, forme les accompagnateurs "
     "et fait connaître les espaces labellisés."),
    ("Durée et retrait du label", "Le label est attribué pour la durée indiquée par la décision "
     "de la Ville. Il peut être retiré si les critères ne sont plus remplis, après un échange "
     "avec l'association."),
]

HANDOVER_RECEIPT = [
    ("Constat", "Les signataires constatent la remise du matériel désigné ci-dessus, en état de "
     "fonctionnement sauf réserve écrite ci-dessous."),
    ("Responsabilité", "À compter de la remise, la garde du matériel incombe à celui qui le "
     "reçoit, dans les conditions de la convention de prêt en vigueur."),
    ("Réserves", "Toute réserve sur l'état du matériel est portée sur ce bon au moment de la "
     "remise ; à défaut, le matériel est réputé remis en bon état."),
]

SEEDS = [
    ("loan_agreement", "Convention de prêt de matériel informatique", LOAN_AGREEMENT),
    ("charter", "Charte du label ENC", CHARTER),
    ("handover_receipt", "Bon de remise de matériel", HANDOVER_RECEIPT),
]

templates = sa.table(
    "document_templates",
    sa.column("id", sa.Uuid()),
    sa.column("kind", sa.String()),
    sa.column("version", sa.Integer()),
    sa.column("title", sa.String()),
    sa.column("clauses", sa.JSON()),
    sa.column("note", sa.String()),
    sa.column("published_at", app.core.types.UTCDateTime(timezone=True)),
)


def upgrade() -> None:
    op.create_table('document_templates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('clauses', sa.JSON(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=True),
    sa.Column('published_by', sa.Uuid(), nullable=True),
    sa.Column('published_at', app.core.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('loan_agreement', 'charter', 'handover_receipt')", name='ck_document_templates_kind'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'version', name='uq_document_templates_kind_version')
    )
    with op.batch_alter_table('document_templates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_templates_kind'), ['kind'], unique=False)

    op.bulk_insert(templates, [
        {
            "id": uuid.uuid4(), "kind": kind, "version": 1, "title": title,
            "clauses": [{"title": t, "text": text} for t, text in clauses],
            "note": NOTE, "published_at": SEEDED_AT,
        }
        for kind, title, clauses in SEEDS
    ])


def downgrade() -> None:
    with op.batch_alter_table('document_templates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_templates_kind'))
    op.drop_table('document_templates')
