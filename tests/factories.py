"""Test data made through the services (as the system actor), and tokens for its users."""

import itertools
import uuid
from dataclasses import dataclass, field

import httpx
from fastapi import FastAPI

from app.core.actor import SYSTEM
from app.core.security import create_access_token, hash_password
from app.models.association import AssociationCreate
from app.models.partner import PartnerCreate
from app.models.space import SpaceCreate, SpaceTransition
from app.models.user import SpaceAssignment, User
from app.services.organisations import associations, partners
from app.services.spaces import records as spaces

PASSWORD = "correct horse battery staple"
_PASSWORD_HASH: str | None = None
_counter = itertools.count(1)


def password_hash() -> str:
    global _PASSWORD_HASH
    if _PASSWORD_HASH is None:  # Argon2 is slow on purpose: hash the shared password once
        _PASSWORD_HASH = hash_password(PASSWORD)
    return _PASSWORD_HASH


def luhn_siret(seed: int) -> str:
    base = f"{seed:013d}"
    for check in range(10):
        candidate = base + str(check)
        total = 0
        for index, char in enumerate(reversed(candidate)):
            value = int(char) * (2 if index % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return candidate
    raise AssertionError


@dataclass
class Account:
    user: User
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def id(self) -> uuid.UUID:
        return self.user.id


@dataclass
class World:
    app: FastAPI
    client: httpx.AsyncClient
    accounts: dict[str, Account] = field(default_factory=dict)

    def session(self):
        return self.app.state.sessionmaker()

    async def association(self, name: str | None = None, **extra):
        n = next(_counter)
        data = AssociationCreate(name=name or f"Comité de quartier {n}",
                                 rna=f"W59{n:07d}", neighbourhood="Epeule", **extra)
        async with self.session() as session:
            return await associations.create_association(session, SYSTEM, data)

    async def partner(self, kind: str = "maintenance_operator", name: str | None = None):
        n = next(_counter)
        async with self.session() as session:
            return await partners.create_partner(
                session, SYSTEM, PartnerCreate(name=name or f"Partenaire {n}", kind=kind))

    async def space(self, association_id: uuid.UUID, *, status: str = "open",
                    **extra):
        n = next(_counter)
        data = SpaceCreate.model_validate({
            "association_id": str(association_id), "kind": "enc", "name": f"ENC numéro {n}",
            "street": f"{n} rue de l'Epeule", "postcode": "59100", **extra,
        })
        async with self.session() as session:
            space = await spaces.create_space(session, SYSTEM, data)
            path = {"planned": [], "installing": ["installing"],
                    "open": ["installing", "open"],
                    "suspended": ["installing", "open", "suspended"], "closed": ["closed"]}
            for target in path[status]:
                reason = "Fermeture définitive (test)" if target == "closed" else None
                space = await spaces.transition_space(
                    session, SYSTEM, space.id, SpaceTransition(to=target, reason=reason), None)
            return space

    async def user(self, role: str, *, association_id: uuid.UUID | None = None,
                   partner_id: uuid.UUID | None = None, space_ids=(), email: str | None = None,
                   is_active: bool = True) -> Account:
        n = next(_counter)
        user = User(email=email or f"{role}{n}@example.org", full_name=f"{role.title()} {n}",
                    role=role, association_id=association_id, partner_id=partner_id,
                    password_hash=password_hash(), is_active=is_active)
        async with self.session() as session:
            session.add(user)
            await session.flush()
            session.add_all(SpaceAssignment(user_id=user.id, space_id=s) for s in space_ids)
            await session.commit()
        token, _ = create_access_token(self.app.state.settings, subject=user.id,
                                       claims={"role": role})
        return Account(user=user, token=token)

    async def standard(self) -> dict:
        """Two associations with a space each, and one account per role and relation."""
        a1, a2 = await self.association(), await self.association()
        s1, s2 = await self.space(a1.id), await self.space(a2.id)
        s1b = await self.space(a1.id)
        operator = await self.partner("maintenance_operator")
        trainer = await self.partner("training_provider")
        return {
            "a1": a1, "a2": a2, "s1": s1, "s1b": s1b, "s2": s2,
            "operator": operator, "trainer": trainer,
            "city": await self.user("city"),
            "assoc1": await self.user("association", association_id=a1.id),
            "assoc2": await self.user("association", association_id=a2.id),
            "vol1": await self.user("volunteer", association_id=a1.id, space_ids=[s1.id]),
            "partner": await self.user("partner", partner_id=operator.id),
        }
