"""Settings, read from the environment and `.env` (pydantic-settings).

A default or short signing secret is tolerated in development with a warning and refused in
production: a forged token would give anyone the city's rights.

`CALLER_CACHE_SECONDS` (0 to 5, default 5; 0 turns it off) bounds how long a process trusts the
caller a token or API key resolved to without querying it again: a logout, a key's revocation,
a user's deactivation, archive, anonymisation, role or assignment change, an association's or
partner's archive are refused at once by the process that makes them, within this bound by the
others (services/identity/caller_cache.py).
"""

import logging
import os
import warnings
from functools import lru_cache
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SECRET = "change-me-development-only-secret-0123456789"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/enc.db"
DATABASE_URL_FORMS = (
    "write sqlite+aiosqlite:///path/to/enc.db or postgresql+asyncpg://user:password@host:5432/db"
)

logger = logging.getLogger("enc.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    database_url: str = DEFAULT_DATABASE_URL
    db_pool_size: int = Field(10, ge=1)
    db_max_overflow: int = Field(10, ge=0)
    db_echo: bool = False
    redis_url: str | None = None
    log_level: str = "INFO"

    # Tokens: one algorithm, fixed here; tokens claiming another are refused.
    jwt_algorithm: Literal["HS256", "RS256", "ES256"] = "HS256"
    secret_key: str = DEFAULT_SECRET
    jwt_private_key: str | None = None  # PEM, for RS256 / ES256
    jwt_public_key: str | None = None
    jwt_issuer: str = "enc-api"
    jwt_audience: str = "enc-api"
    access_token_minutes: int = Field(15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(30, ge=1, le=365)

    # Throttling and rate limits (fixed windows, shared by every process through DB or Redis).
    login_max_failures_per_account: int = Field(5, ge=1)
    login_max_failures_per_address: int = Field(20, ge=1)
    login_window_seconds: int = Field(900, ge=1)
    rate_limit_per_minute: int = Field(600, ge=1)
    rate_limit_enabled: bool = True
    # The caller cache (services/identity/caller_cache.py): how long, in seconds, a process
    # trusts the caller a token or API key resolved to without querying it again (0 to 5;
    # 0: every request queries). A revocation, deactivation, archive, role or assignment
    # change takes effect at once in the process that makes it and within this bound in the
    # others.
    caller_cache_seconds: float = Field(5.0, ge=0, le=5)

    cors_origins: list[str] = Field(default_factory=list)
    metrics_enabled: bool = True
    metrics_token: str | None = None  # when set, /metrics needs `Authorization: Bearer <token>`
    max_body_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    idempotency_ttl_hours: int = Field(24, ge=1)

    # Maintenance: a resolved ticket closes by itself after this many days, and the requester
    # may reopen it until then.
    ticket_autoclose_days: int = Field(7, ge=1, le=90)

    # Webhooks. The dispatcher runs inside the API process ("inline", the default outside
    # tests) or in `enc worker` processes ("off" here); tests start it themselves.
    webhook_dispatcher: Literal["inline", "off"] | None = None
    # Targets on private, loopback or link-local addresses are refused (SSRF) unless allowed.
    webhook_allow_private_targets: bool = False
    webhook_timeout_seconds: float = Field(10.0, gt=0, le=120)
    webhook_max_consecutive_failures: int = Field(10, ge=1)
    webhook_backoff_base_seconds: float = Field(30.0, gt=0)
    webhook_backoff_max_seconds: float = Field(6 * 3600.0, gt=0)
    webhook_poll_seconds: float = Field(2.0, gt=0)
    webhook_batch_size: int = Field(20, ge=1, le=500)
    # Recruitment: an application left in `received` this many days is stale (reminder feed,
    # `application.stale` once); one not accepted is anonymised after the retention period;
    # the public application endpoint's limits per client address and per e-mail address.
    application_stale_days: int = Field(10, ge=1, le=365)
    application_retention_days: int = Field(730, ge=1, le=3650)
    application_max_per_address: int = Field(10, ge=1)
    application_max_per_email: int = Field(3, ge=1)
    # Incremental sync: days the change log keeps; a sync token older than that must start
    # again (`?sync=start`).
    sync_log_retention_days: int = Field(90, ge=2, le=3650)
    application_limit_window_seconds: int = Field(86_400, ge=60)
    # The public directory's Cache-Control max-age.
    public_cache_seconds: int = Field(300, ge=0)

    # Files (documents): the data directory holds them by default (DOCUMENT_DIR, else
    # DATA_DIR/documents), content-addressed; an S3-compatible store for several replicas.
    data_dir: str = "./var"
    document_storage: Literal["filesystem", "s3"] = "filesystem"
    document_dir: str | None = None
    # Background imports (`/imports`): the largest file, the lease a runner holds on a job
    # (renewed every heartbeat; past it the job is queued again), and how often the runner
    # writes its progress and looks for a cancellation.
    import_max_bytes: int = Field(2 * 1024 * 1024 * 1024, ge=1024)
    import_lease_seconds: float = Field(60.0, gt=0)
    import_heartbeat_seconds: float = Field(2.0, gt=0)
    document_max_bytes: int = Field(10 * 1024 * 1024, ge=1024, le=512 * 1024 * 1024)
    s3_endpoint_url: str | None = None
    s3_bucket: str | None = None
    s3_access_key_id: str | None = None
    s3_secret_access_key: str | None = None
    s3_region: str = "us-east-1"
    # clamd's Unix socket (e.g. /run/clamav/clamd.ctl): when set, every upload is scanned first.
    clamav_socket: str | None = None

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        """A URL the API can use, or one line saying what is wrong and how to write it."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(value)
        except (ArgumentError, ValueError):
            raise ValueError(f"DATABASE_URL is not a database URL; {DATABASE_URL_FORMS}") from None
        driver = url.drivername
        if driver.startswith("postgres") and driver != "postgresql+asyncpg":
            raise ValueError(
                f"DATABASE_URL uses '{driver}://', but the API reaches PostgreSQL through "
                "asyncpg: write postgresql+asyncpg://user:password@host:5432/db"
            )
        if driver.startswith("sqlite") and driver != "sqlite+aiosqlite":
            raise ValueError(
                f"DATABASE_URL uses '{driver}://', but the API reaches SQLite through "
                "aiosqlite: write sqlite+aiosqlite:///path/to/enc.db"
            )
        if driver not in ("postgresql+asyncpg", "sqlite+aiosqlite"):
            raise ValueError(
                f"DATABASE_URL uses '{driver}', which is not supported; {DATABASE_URL_FORMS}"
            )
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip().startswith("["):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @model_validator(mode="after")
    def _refuse_insecure(self) -> "Settings":
        if self.jwt_algorithm == "HS256":
            weak = self.secret_key == DEFAULT_SECRET or len(self.secret_key.encode()) < 32
            if weak and self.env == "production":
                raise ValueError(
                    "SECRET_KEY must be set to a random value of at least 32 bytes in production"
                )
            if weak and self.env == "development":
                warnings.warn(
                    "SECRET_KEY is the development default: never use it in production",
                    stacklevel=2,
                )
        elif not (self.jwt_private_key and self.jwt_public_key):
            raise ValueError(f"{self.jwt_algorithm} needs JWT_PRIVATE_KEY and JWT_PUBLIC_KEY")
        if self.document_storage == "s3" and not self.s3_bucket:
            raise ValueError("DOCUMENT_STORAGE=s3 needs S3_BUCKET (and S3_ENDPOINT_URL off AWS)")
        if self.env == "production" and "*" in self.cors_origins:
            raise ValueError("CORS_ORIGINS='*' is refused in production; list the origins")
        return self

    @property
    def webhook_dispatcher_mode(self) -> str:
        if self.webhook_dispatcher is not None:
            return self.webhook_dispatcher
        return "off" if self.env == "test" else "inline"

    @property
    def document_path(self) -> str:
        return self.document_dir or os.path.join(self.data_dir, "documents")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def signing_key(self) -> str:
        return self.secret_key if self.jwt_algorithm == "HS256" else self.jwt_private_key or ""

    @property
    def verifying_key(self) -> str:
        return self.secret_key if self.jwt_algorithm == "HS256" else self.jwt_public_key or ""


@lru_cache
def get_settings() -> Settings:
    return Settings()
