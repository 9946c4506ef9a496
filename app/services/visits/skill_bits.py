"""A visit's skills as one BIGINT: bit `skills.bit` of each skill it worked on.

A skill's bit is given when the skill is created (the lowest free one, 0 to 62) and never
changes while a visit carries it (a skill is deleted only when no visit has its bit). So the
visit is one row — an import writes no second table — and a skill is tested with `&`.

Reads decode the mask with a map of bits to codes kept in this process: the catalogue is small
and its bits are stable; the map is read again when it is older than `TTL` seconds or a mask
names a bit it does not know (the one way a bit can change hands, a skill deleted and another
created, reaches other processes within `TTL`).
"""

import time
from collections.abc import Iterable

from sqlalchemy import BigInteger, ColumnElement, cast, exists, literal, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict
from app.models.training import Skill
from app.models.visit import Visit

BITS = 63  # a signed BIGINT's non-negative bits
TTL = 5.0

_codes: dict[int, str] = {}
_loaded_at = float("-inf")


def bit_value(bit) -> ColumnElement:
    """`1 << bit` as a BIGINT in SQL (an INTEGER would overflow past bit 30 on PostgreSQL)."""
    if isinstance(bit, int):
        return literal(1 << bit, BigInteger)
    return cast(literal_column("1"), BigInteger).op("<<")(bit)


def has_skill(bit, mask=Visit.skills) -> ColumnElement[bool]:
    return mask.op("&")(bit_value(bit)) != 0


def has_skill_code(code: str) -> ColumnElement[bool]:
    """The visits with this skill (none for an unknown code), one SQL expression."""
    return has_skill(select(Skill.bit).where(Skill.code == code).scalar_subquery())


def mask_of(codes: Iterable[str], bits: dict[str, int]) -> int:
    mask = 0
    for code in codes:
        mask |= 1 << bits[code]
    return mask


def forget() -> None:
    """After a skill is created or deleted in this process."""
    global _loaded_at
    _loaded_at = float("-inf")


async def codes_by_bit(session: AsyncSession, masks: Iterable[int] = ()) -> dict[int, str]:
    global _codes, _loaded_at
    union = 0
    for mask in masks:
        union |= mask
    stale = time.monotonic() - _loaded_at > TTL
    if stale or any(union >> bit & 1 and bit not in _codes for bit in range(union.bit_length())):
        rows = await session.execute(select(Skill.bit, Skill.code))
        _codes, _loaded_at = dict(rows.all()), time.monotonic()
    return _codes


def decode(mask: int, codes: dict[int, str]) -> list[str]:
    """The skills' codes, sorted (as the API always listed them)."""
    if not mask:
        return []
    return sorted(codes[bit] for bit in range(mask.bit_length()) if mask >> bit & 1)


async def free_bit(session: AsyncSession) -> int:
    taken = set((await session.execute(select(Skill.bit))).scalars().all())
    for bit in range(BITS):
        if bit not in taken:
            return bit
    raise Conflict(
        f"The skills catalogue holds at most {BITS} skills (archived ones included); delete an "
        "unused one first."
    )


async def in_visits(session: AsyncSession, bit: int) -> bool:
    return bool(await session.scalar(select(exists().where(has_skill(bit)))))
