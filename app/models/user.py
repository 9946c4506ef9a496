"""Users, their space assignments, refresh tokens and API keys."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import ConfigDict, StringConstraints
from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.text import VERBATIM
from app.core.types import UTCDateTime
from app.core.vocabulary import vocabulary
from app.models.base import ArchivableTable, InputModel, OutputModel, UpdateModel, enum_check
from app.models.validators import Email, ShortText


@vocabulary(
    "role",
    "Rôle d'un utilisateur",
    {
        "city": ("Ville de Roubaix", "City of Roubaix"),
        "association": ("Association porteuse", "Host association"),
        "volunteer": ("Accompagnateur / animateur", "Volunteer / digital mediator"),
        "partner": ("Partenaire (maintenance, formation)", "Partner (maintenance, training)"),
    },
    english="Role of a user",
)
class Role(StrEnum):
    city = "city"
    association = "association"
    volunteer = "volunteer"
    partner = "partner"


@vocabulary(
    "api_key_scope",
    "Droit d'une clé d'API",
    {
        "associations:read": ("Lire les associations", "Read associations"),
        "spaces:read": ("Lire les lieux", "Read spaces"),
        "spaces:write": ("Modifier les lieux", "Write spaces"),
        "users:read": ("Lire les utilisateurs", "Read users"),
        "equipment:read": ("Lire le matériel", "Read equipment"),
        "equipment:import": ("Importer du matériel", "Import equipment"),
        "tickets:read": ("Lire les tickets", "Read tickets"),
        "tickets:write": ("Écrire des tickets", "Write tickets"),
        "training:read": ("Lire les formations", "Read training sessions"),
        "training:write": ("Gérer les formations", "Write training sessions"),
        "visits:read": ("Lire les visites", "Read visits"),
        "visits:write": ("Enregistrer des visites", "Write visits"),
        "visits:import": ("Importer des visites", "Import visits"),
        "stats:read": ("Lire les statistiques", "Read statistics"),
        "labels:read": ("Lire les demandes de label", "Read label applications"),
        "labels:write": ("Préparer les demandes de label", "Prepare label applications"),
        "meetings:read": (
            "Lire les réunions, décisions et actions", "Read meetings, decisions and actions"),
        "meetings:write": (
            "Gérer les réunions, décisions et actions", "Write meetings, decisions and actions"),
        "plans:read": ("Lire les plans de développement", "Read development plans"),
        "plans:write": ("Écrire les plans de développement", "Write development plans"),
        "subscriptions:read": (
            "Lire les abonnements des lieux et leur comparaison",
            "Read the spaces' subscriptions and their comparison"),
        "subscriptions:write": (
            "Gérer les abonnements des lieux", "Write the spaces' subscriptions"),
        "documents:read": ("Lire et télécharger les documents", "Read and download documents"),
        "documents:write": (
            "Déposer des documents (et leurs versions)", "Upload documents (and their versions)"),
        "engagements:read": (
            "Lire les engagements et les personnes ressources",
            "Read engagements and resource persons"),
        "engagements:write": (
            "Gérer les engagements et les personnes ressources",
            "Write engagements and resource persons"),
        "allocation:read": (
            "Lire les demandes de matériel et les plans d'affectation",
            "Read equipment requests and allocation plans"),
        "allocation:write": (
            "Déposer et suivre les demandes de matériel", "Write equipment requests"),
        "recruitment:read": (
            "Lire les fiches de poste, missions et candidatures",
            "Read job descriptions, missions and applications"),
        "recruitment:write": (
            "Gérer les fiches de poste, missions et candidatures",
            "Write job descriptions, missions and applications"),
    },
    english="A permission of an API key",
)
class ApiKeyScope(StrEnum):
    associations_read = "associations:read"
    spaces_read = "spaces:read"
    spaces_write = "spaces:write"
    users_read = "users:read"
    equipment_read = "equipment:read"
    equipment_import = "equipment:import"
    tickets_read = "tickets:read"
    tickets_write = "tickets:write"
    training_read = "training:read"
    training_write = "training:write"
    visits_read = "visits:read"
    visits_write = "visits:write"
    visits_import = "visits:import"
    stats_read = "stats:read"
    labels_read = "labels:read"
    labels_write = "labels:write"
    meetings_read = "meetings:read"
    meetings_write = "meetings:write"
    plans_read = "plans:read"
    plans_write = "plans:write"
    subscriptions_read = "subscriptions:read"
    subscriptions_write = "subscriptions:write"
    documents_read = "documents:read"
    documents_write = "documents:write"
    engagements_read = "engagements:read"
    engagements_write = "engagements:write"
    allocation_read = "allocation:read"
    allocation_write = "allocation:write"
    recruitment_read = "recruitment:read"
    recruitment_write = "recruitment:write"


class ApiKeyStatus(StrEnum):
    """Computed when the key is read or used, never stored: nothing can drift."""

    active = "active"
    suspended = "suspended"  # the user answerable for it is deactivated; back when reactivated
    expired = "expired"
    revoked = "revoked"


class User(ArchivableTable, table=True):
    __tablename__ = "users"
    __table_args__ = (enum_check("role", Role, "ck_users_role"),)

    email: str = Field(max_length=254, unique=True)  # stored lower-cased
    full_name: str = Field(max_length=200)
    role: str = Field(max_length=16, index=True)
    association_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("associations.id"), index=True)
    )
    partner_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("partners.id"), index=True)
    )
    password_hash: str = Field(max_length=255)
    is_active: bool = True
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Access tokens issued before this instant are refused (deactivation, role change …).
    tokens_valid_after: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    anonymised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SpaceAssignment(SQLModel, table=True):
    """A volunteer (or association user) assigned to a space."""

    __tablename__ = "space_assignments"

    user_id: uuid.UUID = Field(sa_column=Column(ForeignKey("users.id"), primary_key=True))
    space_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("spaces.id"), primary_key=True, index=True)
    )
    assigned_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RefreshToken(SQLModel, table=True):
    """Opaque refresh tokens, stored hashed. A family is one login's chain of rotations."""

    __tablename__ = "refresh_tokens"
    __table_args__ = (Index("ix_refresh_tokens_family", "family_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(sa_column=Column(ForeignKey("users.id"), nullable=False, index=True))
    family_id: uuid.UUID
    token_hash: str = Field(max_length=64, unique=True)
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ApiKey(ArchivableTable, table=True):
    """A partner's or association's script credential: `enc_<prefix>_<secret>`."""

    __tablename__ = "api_keys"
    __table_args__ = (UniqueConstraint("prefix", name="uq_api_keys_prefix"),)

    name: str = Field(max_length=200)
    prefix: str = Field(max_length=16)
    secret_hash: str = Field(max_length=64)
    association_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("associations.id"), index=True)
    )
    partner_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("partners.id"), index=True)
    )
    scopes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The user answerable for the key: its creator, or whoever took it over when they left.
    created_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))


# ---- request and response shapes -------------------------------------------------------------

PASSWORD_RULES = dict(
    min_length=1,
    max_length=256,
    description="At least 12 characters; not containing the e-mail's local part or the user's "
    "name; not a common password, a repeated pattern or a keyboard walk; and hard to guess "
    "(zxcvbn score 3 of 4 or more). A refusal says which rule failed.",
)
PASSWORD_FIELD = PydanticField(**PASSWORD_RULES)
# Hashed exactly as sent (the login form takes it so): no NFC, no trimming, any character.
Password = Annotated[Annotated[str, StringConstraints(strip_whitespace=False)], VERBATIM]
OptionalPassword = Annotated[
    Annotated[str, StringConstraints(strip_whitespace=False)] | None, VERBATIM
]


class UserCreate(InputModel):
    email: Email
    full_name: ShortText
    role: Role
    association_id: uuid.UUID | None = PydanticField(
        default=None,
        description="For association and volunteer accounts; an association user creating one "
        "may leave it out (its own association).",
    )
    partner_id: uuid.UUID | None = None
    space_ids: list[uuid.UUID] = PydanticField(default_factory=list, max_length=100)
    password: Password = PASSWORD_FIELD

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "email": "karima.benali@cq-epeule.fr",
                    "full_name": "Karima Benali",
                    "role": "volunteer",
                    "association_id": "6f1c2b1e-0000-4000-8000-000000000001",
                    "space_ids": ["6f1c2b1e-0000-4000-8000-000000000002"],
                    "password": "une phrase de passe longue",
                }
            ]
        }
    }


class UserUpdate(UpdateModel):
    """What a manager may change on a user. Moving a user elsewhere is not possible here."""

    non_nullable = frozenset({"full_name", "role", "is_active", "space_ids"})
    full_name: ShortText | None = None
    role: Role | None = None
    is_active: bool | None = None
    space_ids: list[uuid.UUID] | None = PydanticField(default=None, max_length=100)

    model_config = {"json_schema_extra": {"examples": [{"is_active": False}]}}


class MeUpdate(UpdateModel):
    non_nullable = frozenset({"full_name", "password", "current_password"})
    full_name: ShortText | None = None
    # Optional here (a rename alone is fine): the shared field has no default.
    password: OptionalPassword = PydanticField(default=None, **PASSWORD_RULES)
    current_password: OptionalPassword = PydanticField(default=None, max_length=256)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "current_password": "l'ancienne phrase de passe",
                    "password": "une nouvelle phrase longue",
                }
            ]
        }
    }


class UserRead(OutputModel):
    id: uuid.UUID
    email: str
    full_name: str
    role: Role
    association_id: uuid.UUID | None
    partner_id: uuid.UUID | None
    space_ids: list[uuid.UUID] = PydanticField(max_length=100)
    is_active: bool
    last_login_at: datetime | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    anonymised_at: datetime | None


class TokenPair(OutputModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2ln",
                    "token_type": "bearer",
                    "expires_in": 900,
                    "refresh_token": "r1.5mJt0l3vYkq8uU2m7WQeZz3b1N0aQxJgCw",
                }
            ]
        }
    )

    access_token: str
    token_type: str = "bearer"
    expires_in: int = PydanticField(
        ge=1, le=86_400, description="Seconds until the access token expires (900: 15 minutes)."
    )
    refresh_token: str


class RefreshRequest(InputModel):
    """As JSON, or as the form OAuth2 clients send (RFC 6749 §6)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"grant_type": "refresh_token", "refresh_token": "r1.…"}]}
    )

    refresh_token: str = PydanticField(min_length=1, max_length=200)
    grant_type: Literal["refresh_token"] | None = PydanticField(
        default=None, description="`refresh_token` when given (OAuth2 clients send it)."
    )


class LogoutRequest(InputModel):
    """Optional, as JSON or as a revocation form (RFC 7009): a refresh token of yours whose
    login ends too. The login of the access token always ends; an unknown token is ignored."""

    refresh_token: str | None = PydanticField(default=None, min_length=1, max_length=200)
    token: str | None = PydanticField(
        default=None, min_length=1, max_length=200, description="RFC 7009's name for it."
    )
    token_type_hint: Literal["refresh_token", "access_token"] | None = None


class ApiKeyCreate(InputModel):
    name: ShortText
    association_id: uuid.UUID | None = PydanticField(
        default=None,
        description="The owner association; an association user may leave it out (its own).",
    )
    partner_id: uuid.UUID | None = None
    scopes: list[ApiKeyScope] = PydanticField(min_length=1, max_length=len(ApiKeyScope))
    expires_at: datetime | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "name": "Import des visites — outil de comptabilisation",
                    "association_id": "6f1c2b1e-0000-4000-8000-000000000001",
                    "scopes": ["visits:write", "visits:import"],
                    "expires_at": "2027-12-31T23:00:00Z",
                }
            ]
        }
    }


class ApiKeyRead(OutputModel):
    id: uuid.UUID
    name: str
    prefix: str
    association_id: uuid.UUID | None
    partner_id: uuid.UUID | None
    scopes: list[ApiKeyScope] = PydanticField(max_length=len(ApiKeyScope))
    status: ApiKeyStatus = PydanticField(
        description="Whether the key authenticates now: `suspended` while the user answerable "
        "for it is deactivated (active again on reactivation), `revoked` once revoked or when "
        "that user was archived or anonymised without handing the key over."
    )
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime


class ApiKeyCreated(ApiKeyRead):
    secret: str = PydanticField(description="Shown once; send it as `X-API-Key`.")
