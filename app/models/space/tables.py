"""The stored space: its address, premises, hours and closures (JSON), and the national standard's
fields."""

import uuid
from datetime import date

from sqlalchemy import JSON, Column, ForeignKey, Index
from sqlmodel import Field

from app.models.base import ArchivableTable, enum_check
from app.models.space.vocab import ROUBAIX_INSEE, SpaceKind, SpaceStatus


class Space(ArchivableTable, table=True):
    __tablename__ = "spaces"
    __table_args__ = (
        enum_check("kind", SpaceKind, "ck_spaces_kind"),
        enum_check("status", SpaceStatus, "ck_spaces_status"),
        # The target of visits' composite key (space, association): a visit cannot name a space
        # of another association. A unique index (not a constraint) so that SQLite adds it
        # without rebuilding the table; both backends accept it as a foreign key's target.
        Index("uq_spaces_id_association", "id", "association_id", unique=True),
    )

    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), nullable=False, index=True)
    )
    kind: str = Field(max_length=8, index=True)
    name: str = Field(max_length=200)
    name_search: str = Field(max_length=200, index=True)
    status: str = Field(default=SpaceStatus.planned, max_length=16, index=True)
    street: str = Field(max_length=200)
    postcode: str = Field(max_length=5)
    city: str = Field(default="Roubaix", max_length=100)
    neighbourhood: str | None = Field(default=None, max_length=100, index=True)
    latitude: float | None = None
    longitude: float | None = None
    inaugurated_on: date | None = None
    description: str | None = Field(default=None, max_length=5000)
    premises: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    opening_hours: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    exceptional_closures: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # What the national standard of mediation places needs (codes of the vocabularies in `vocab`).
    services: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    access_modes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    support_modes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    insee_code: str = Field(default=ROUBAIX_INSEE, max_length=5)
    phone: str | None = Field(default=None, max_length=20)
    email: str | None = Field(default=None, max_length=254)
    website: str | None = Field(default=None, max_length=500)
    # The operator contracted for this space; null: the network's default operator.
    maintenance_operator_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("partners.id", name="fk_spaces_maintenance_operator_id_partners"),
            index=True,
        ),
    )
