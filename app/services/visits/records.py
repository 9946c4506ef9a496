"""Recording and reading visits. One visit at a time here; bulk imports in `visit_imports`.

The rules every visit obeys, whichever way it comes in (`VisitRules`): the space is one the
caller may write to, open or not yet closed, and existed when the visit happened (inaugurated,
or else created); the visit is not in the future; its skills are in the catalogue.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Row, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import PARIS, utcnow
from app.core.errors import ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.repository import Repository
from app.models.space import Space, SpaceStatus
from app.models.training import Skill
from app.models.visit import (
    AGE_BANDS,
    EQUIPMENT,
    GENDERS,
    SOCIAL_STATUSES,
    GroupProfile,
    IndividualProfile,
    Visit,
    VisitCreate,
    VisitDailyCount,
    VisitMode,
    VisitRead,
    age_column,
    gender_column,
    status_column,
    uuid7,
)
from app.services import audit, changes, policy
from app.services.visits import skill_bits

CLOCK_SKEW = timedelta(minutes=5)  # a phone's clock a little ahead is not a visit in the future


def source_of(actor: Actor) -> str:
    return f"api_key:{actor.api_key_id}" if actor.kind == "api_key" else "app"


@dataclass(frozen=True)
class SpaceFacts:
    id: uuid.UUID
    association_id: uuid.UUID
    writable: bool
    existed_since: datetime


class VisitRules:
    """What a visit is checked against, loaded once per request (a handful of spaces and
    skills), so that a million imported rows cost no query each. `skills`: code → its bit."""

    def __init__(self, spaces: dict[uuid.UUID, SpaceFacts], skills: dict[str, int]) -> None:
        self.spaces, self.skills = spaces, skills
        self.now = utcnow()

    @classmethod
    async def load(cls, session: AsyncSession, actor: Actor) -> "VisitRules":
        rows = await session.execute(
            policy.scope_spaces(
                actor,
                select(Space.id, Space.association_id, Space.status, Space.archived_at,
                       Space.created_at, Space.inaugurated_on),
            )
        )
        spaces = {}
        for space_id, association_id, status, archived_at, created_at, inaugurated in rows.all():
            since = (
                datetime.combine(inaugurated, time(0), PARIS) if inaugurated else created_at
            )
            writable = status != SpaceStatus.closed and archived_at is None
            spaces[space_id] = SpaceFacts(space_id, association_id, writable, since)
        codes = await session.execute(select(Skill.code, Skill.bit))
        return cls(spaces, dict(codes.all()))

    def problems(self, space_id: uuid.UUID, occurred_at: datetime, skills: Sequence[str]):
        """(field, message) for each rule broken; the space when none is."""
        problems: list[tuple[str, str]] = []
        space = self.spaces.get(space_id)
        if space is None:
            problems.append(("space_id", "no space with this id among the spaces you record for"))
        elif not space.writable:
            problems.append(("space_id", "this space is closed: it records no visits"))
        elif occurred_at < space.existed_since:
            problems.append((
                "occurred_at",
                f"before the space existed (since {space.existed_since.date().isoformat()})",
            ))
        if occurred_at > self.now + CLOCK_SKEW:
            problems.append(("occurred_at", "a visit cannot be in the future"))
        unknown = [code for code in skills if code not in self.skills]
        if unknown:
            problems.append(("skills", f"not in the skills catalogue: {', '.join(unknown)}"))
        return problems, space


def local_day_and_week(occurred_at: datetime) -> tuple[date, str]:
    day = occurred_at.astimezone(PARIS).date()
    year, week, _ = day.isocalendar()
    return day, f"{year}-W{week:02d}"


def visit_columns(
    *,
    space: SpaceFacts,
    occurred_at: datetime,
    duration_minutes: int,
    mode: str,
    participants: int,
    equipment: Sequence[str],
    profile: IndividualProfile | None,
    counts: GroupProfile | None,
    autonomy: str | None,
    referral: str,
    recorded_by: uuid.UUID | None,
    source: str,
    external_id: str | None,
    skills: int = 0,
) -> dict:
    """A visit's stored columns: the profile as counts per category (see the model's doc)."""
    day, week = local_day_and_week(occurred_at)
    values = {
        "id": uuid7(), "created_at": utcnow(), "space_id": space.id,
        "association_id": space.association_id, "occurred_at": occurred_at,
        "local_day": day, "iso_week": week, "duration_minutes": duration_minutes,
        "mode": str(mode), "participants": participants,
        "autonomy": str(autonomy) if autonomy else None, "referral": str(referral),
        "recorded_by": recorded_by, "source": source, "external_id": external_id,
        "postcode": None, "first_visits": 0, "skills": skills,
    }
    for name in EQUIPMENT:
        values["used_" + name] = name in equipment
    ages = dict.fromkeys(AGE_BANDS, 0)
    genders = dict.fromkeys(GENDERS, 0)
    statuses = dict.fromkeys(SOCIAL_STATUSES, 0)
    if profile is not None:
        ages[str(profile.age_band)] = genders[str(profile.gender)] = 1
        statuses[str(profile.social_status)] = 1
        values["postcode"] = profile.postcode
        values["first_visits"] = int(profile.first_visit)
    else:
        group = counts or GroupProfile()
        for tally, given in ((ages, group.age_bands), (genders, group.genders),
                             (statuses, group.social_statuses)):
            for code, count in given.items():
                tally[str(code)] = count
            tally["not_stated"] += participants - sum(tally.values())
        values["first_visits"] = group.first_visits
    values.update({age_column(k): v for k, v in ages.items()})
    values.update({gender_column(k): v for k, v in genders.items()})
    values.update({status_column(k): v for k, v in statuses.items()})
    return values


def _not_valid(problems: list[tuple[str, str]]) -> ValidationFailed:
    return ValidationFailed(
        "; ".join(f"{field}: {message}" for field, message in problems),
        errors=[{"loc": ["body", field], "msg": message, "type": "value_error"}
                for field, message in problems],
    )


async def add_to_daily_counts(session: AsyncSession, rows: list[dict]) -> None:
    """Fold new visits into the daily rollup, in the caller's transaction."""
    from app.services.visits.stats import upsert_daily_counts

    totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        key = (row["space_id"], row["local_day"], row["association_id"], row["iso_week"])
        tally = totals[key]
        tally[0] += 1
        tally[1] += row["participants"]
        tally[2] += row["first_visits"]
        tally[3] += row["duration_minutes"]
    await upsert_daily_counts(session, [
        {"space_id": k[0], "local_day": k[1], "association_id": k[2], "iso_week": k[3],
         "visits": t[0], "participants": t[1], "first_visits": t[2], "total_minutes": t[3]}
        for k, t in totals.items()
    ])


async def create_visit(session: AsyncSession, actor: Actor, data: VisitCreate) -> VisitRead:
    policy.require(actor, "visit:create")
    rules = await VisitRules.load(session, actor)
    problems, space = rules.problems(data.space_id, data.occurred_at, data.skills)
    if problems:
        raise _not_valid(problems)
    source = source_of(actor)
    if data.external_id is not None:
        taken = await session.execute(
            select(Visit.id).where(Visit.source == source, Visit.external_id == data.external_id)
        )
        if (existing := taken.scalar_one_or_none()) is not None:
            raise ValidationFailed(
                f"external_id: already used by visit {existing} from this source.",
                loc=("body", "external_id"),
            )
    workshop = data.mode == VisitMode.collective_workshop
    values = visit_columns(
        space=space, occurred_at=data.occurred_at, duration_minutes=data.duration_minutes,
        mode=data.mode, participants=data.participants, equipment=data.equipment,
        profile=None if workshop else (data.profile or IndividualProfile()),
        counts=data.profile_counts, autonomy=data.autonomy, referral=data.referral,
        recorded_by=actor.user_id, source=source, external_id=data.external_id,
        skills=skill_bits.mask_of(data.skills, rules.skills),
    )
    await session.execute(insert(Visit), [values])
    await add_to_daily_counts(session, [values])
    audit.record(session, actor, "visit.create", "visit", values["id"])
    await session.commit()
    visit = await session.get(Visit, values["id"])
    return await VISITS.read(session, actor, visit)


# ---- reading ------------------------------------------------------------------------------------


# The profile's columns, named once (not a string built per visit and per column).
_AGES = tuple((band, age_column(band)) for band in AGE_BANDS)
_GENDERS = tuple((g, gender_column(g)) for g in GENDERS)
_STATUSES = tuple((s, status_column(s)) for s in SOCIAL_STATUSES)
_EQUIPMENT = tuple((name, "used_" + name) for name in EQUIPMENT)
_SHOWN = (
    "id", "space_id", "association_id", "occurred_at", "duration_minutes", "mode",
    "participants", "autonomy", "referral", "recorded_by", "source", "external_id", "created_at",
)
_COLUMNS = tuple(column.key for column in Visit.__table__.columns)


def _values(visit: Visit | Row) -> dict:
    """A visit's stored values by column: a Core row's mapping, or read off the ORM object."""
    if isinstance(visit, Row):
        return dict(visit._mapping)
    return {name: getattr(visit, name) for name in _COLUMNS}


def _profile(visit: dict) -> tuple[dict | None, dict | None]:
    ages = {band: visit[column] for band, column in _AGES}
    genders = {g: visit[column] for g, column in _GENDERS}
    statuses = {s: visit[column] for s, column in _STATUSES}
    if visit["mode"] == VisitMode.collective_workshop:
        return None, {
            "age_bands": {k: v for k, v in ages.items() if v},
            "genders": {k: v for k, v in genders.items() if v},
            "social_statuses": {k: v for k, v in statuses.items() if v},
            "first_visits": visit["first_visits"],
        }

    def one(tally: dict[str, int]) -> str:
        return next((code for code, count in tally.items() if count), "not_stated")

    return {
        "age_band": one(ages), "gender": one(genders), "social_status": one(statuses),
        "postcode": visit["postcode"], "first_visit": bool(visit["first_visits"]),
    }, None


# Validated once by pydantic-core itself (the SQLModel wrapper adds nothing to an output model).
_VALIDATE = VisitRead.__pydantic_validator__.validate_python


async def to_reads(
    session: AsyncSession, actor: Actor | None, visits: Sequence[Visit | Row]
) -> list[VisitRead]:
    """Visits as the API shows them, from ORM objects or Core rows of `visits` (a list's page:
    read by column name the same way)."""
    rows = [_values(visit) for visit in visits]
    masks = [values["skills"] for values in rows if values["skills"]]
    codes = await skill_bits.codes_by_bit(session, masks) if masks else {}
    decode = skill_bits.decode
    reads = []
    for values in rows:
        profile, counts = _profile(values)
        equipment = [name for name, column in _EQUIPMENT if values[column]] or ["none"]
        shown = {name: values[name] for name in _SHOWN}
        shown.update(
            skills=decode(values["skills"], codes),
            equipment=equipment,
            profile=profile,
            profile_counts=counts,
        )
        reads.append(_VALIDATE(shown))
    return reads


VISITS = Repository[Visit, VisitRead](
    Visit,
    scope=policy.scope_visits,
    label="visit",
    to_reads=to_reads,
    sorts={
        "occurred_at": SortKey(Visit.occurred_at, "datetime"),
        "created_at": SortKey(Visit.created_at, "datetime"),
    },
    default_sort="-occurred_at",
    sync=changes.feed("visit", space_column=Visit.space_id),
)


async def get_visit(session: AsyncSession, actor: Actor, visit_id: uuid.UUID) -> VisitRead:
    return await VISITS.get(session, actor, visit_id)


def list_visits(
    session: AsyncSession,
    actor: Actor,
    *,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    from_: date | None = None,
    to: date | None = None,
    mode: str | None = None,
    skill: str | None = None,
    autonomy: str | None = None,
) -> Listing[VisitRead]:
    statement = where_given(
        VISITS.readable(actor),
        (
            (Visit.space_id, space_id),
            (Visit.association_id, association_id),
            (Visit.mode, mode),
            (Visit.autonomy, autonomy),
        ),
    )
    if from_ is not None:
        statement = statement.where(Visit.local_day >= from_)
    if to is not None:
        statement = statement.where(Visit.local_day <= to)
    if skill is not None:
        statement = statement.where(skill_bits.has_skill_code(skill))

    return VISITS.listing(session, actor, statement, core_rows=True)


__all__ = ["VisitDailyCount", "VisitRules", "create_visit", "get_visit", "list_visits"]
