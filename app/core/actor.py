"""Who is calling: resolved once per request, passed to every service."""

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    kind: str  # "user" | "api_key" | "anonymous" | "system"
    role: str | None = None
    user_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None
    association_id: uuid.UUID | None = None
    partner_id: uuid.UUID | None = None
    space_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    # None: a user, limited by its role only; a set: an API key, further narrowed to it.
    scopes: frozenset[str] | None = None
    request_id: str | None = None
    client_address: str | None = None

    @property
    def is_authenticated(self) -> bool:
        return self.kind in ("user", "api_key", "system")

    def has_scope(self, scope: str) -> bool:
        return self.scopes is None or scope in self.scopes

    @property
    def principal(self) -> str:
        if self.api_key_id:
            return f"key:{self.api_key_id}"
        if self.user_id:
            return f"user:{self.user_id}"
        return f"anon:{self.client_address}"


ANONYMOUS = Actor(kind="anonymous")
SYSTEM = Actor(kind="system", role="city")  # the CLI and background jobs act as the city
