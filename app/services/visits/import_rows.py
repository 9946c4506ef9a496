"""A visit import's rows, checked fast and answered as the row model answers.

Validating each of a million rows with `VisitImportRow` and then `VisitRules` costs more than
everything else an import does. Yet an import repeats the same few cell values (a handful of
spaces, modes, skill lists, age bands …). So each distinct cell value is validated once, by the
row model itself — a known-good row with that one cell changed — and its verdict remembered. A
cell's verdict does not depend on the other cells, except through the rules that tie fields to
the mode and the participants, which are checked here explicitly. The timestamp, different on
every row, is read by `datetime.fromisoformat` when it has the one plain RFC 3339 shape on which
that function and pydantic agree.

A row with anything else — an invalid or unusual value, another timestamp shape, a broken rule —
goes the slow way: the row model and `VisitRules.problems`, which write the report's messages.
So the report is exactly the model's, and a row is accepted only if the model accepts it.
"""

import os
import re
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from app.core.clock import PARIS, utcnow
from app.core.imports import ImportTally
from app.models.visit import (
    AGE_BANDS,
    EQUIPMENT,
    GENDERS,
    SOCIAL_STATUSES,
    Visit,
    VisitImportRow,
    VisitMode,
)
from app.services.visits.records import CLOCK_SKEW, VisitRules

COLUMNS = [column.name for column in Visit.__table__.columns]
WORKSHOP = VisitMode.collective_workshop.value
FIELDS = frozenset(VisitImportRow.model_fields)
INDIVIDUAL_FIELDS = ("age_band", "gender", "social_status", "postcode", "first_visit")
GROUP_FIELDS = ("age_bands", "genders", "social_statuses", "first_visits")

# The one timestamp shape read without pydantic: 2025-03-10T14:30:00[.ffffff](Z|±hh:mm).
PLAIN_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
).fullmatch
# ExternalId: printable ASCII without spaces, 1 to 100 characters (nothing to strip).
PLAIN_EXTERNAL_ID = re.compile(r"[\x21-\x7e]{1,100}").fullmatch

ABSENT = object()  # the cell is empty or the key left out
MISS = object()
BAD = object()  # the model refuses this value (or a rule does): the slow way says why
CACHE_LIMIT = 20_000  # distinct values remembered per column

# Rows the model is sure to accept, but for the one field being learnt.
_INDIVIDUAL = {
    "external_id": "template",
    "space_id": "00000000-0000-4000-8000-000000000000",
    "occurred_at": "2020-01-01T00:00:00+00:00",
    "duration_minutes": "1",
    "mode": "individual_support",
}
_GROUP = {**_INDIVIDUAL, "mode": WORKSHOP, "participants": "500"}
_validate = VisitImportRow.__pydantic_validator__.validate_python


def _key(raw: Any) -> Any:
    """A hashable key for a JSON value, with its type (1, 1.0 and true differ); None when it
    cannot have one (then the value is validated afresh every time)."""
    kind = raw.__class__
    if kind in (str, int, float, bool) or raw is None:
        return (kind, raw)
    if kind is list:
        keys = tuple(_key(item) for item in raw)
        return None if None in keys else (list, keys)
    if kind is dict:
        keys = tuple((name, _key(value)) for name, value in raw.items())
        return None if any(k is None for _, k in keys) else (dict, keys)
    return None


def _equipment(value: list) -> tuple[bool, ...]:
    return tuple(name in value for name in EQUIPMENT)


def _counts(value: dict | None) -> dict[str, int] | None:
    return None if value is None else {str(code): count for code, count in value.items()}


def _code(value: Any) -> str | None:
    return None if value is None else str(value)


def profile_columns(
    participants: int, ages: dict, genders: dict, statuses: dict
) -> tuple[int, ...]:
    """The age, gender and status count columns (in table order): what the counts leave out of
    the participants is `not_stated`."""
    columns: list[int] = []
    for codes, given in ((AGE_BANDS, ages), (GENDERS, genders), (SOCIAL_STATUSES, statuses)):
        tally = dict.fromkeys(codes, 0)
        for code, count in given.items():
            tally[code] = count
        tally["not_stated"] += participants - sum(tally.values())
        columns.extend(tally.values())
    return tuple(columns)


class VisitIds:
    """UUIDv7 ids in bulk (RFC 9562, monotonic random: one random start per 4,096 ids, then +1),
    time-ordered like `uuid7()` without a system call per row. PostgreSQL gets them as text,
    which asyncpg encodes faster than it reads a `uuid.UUID`."""

    def __init__(self, as_text: bool) -> None:
        self.as_text = as_text
        self._next = 0
        self._left = 0

    def __call__(self) -> uuid.UUID | str:
        if not self._left:
            ms = time.time_ns() // 1_000_000
            random = int.from_bytes(os.urandom(10), "big")
            rand_a, rand_b = random >> 68, random & ((1 << 61) - 1)  # room to count up
            self._next = ms << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
            self._left = 4096
        self._left -= 1
        value = self._next
        self._next += 1
        return f"{value:032x}" if self.as_text else uuid.UUID(int=value)


_COMMON = (
    "space_id",
    "duration_minutes",
    "mode",
    "participants",
    "skills",
    "equipment",
    "autonomy",
    "referral",
)
_PROFILE = INDIVIDUAL_FIELDS + GROUP_FIELDS


class VisitRowReader:
    """Turns a row's values into the staged record (the `visits` columns, skills' mask
    included, then the line), or rejects it into the tally with the model's messages.

    `csv`: a blank value is a value left out (CSV cells); `postgres`: ids as text."""

    def __init__(
        self,
        rules: VisitRules,
        *,
        source: str,
        recorded_by: uuid.UUID | None,
        csv: bool,
        postgres: bool,
    ) -> None:
        self.rules, self.source, self.csv = rules, source, csv
        self.as_id: Callable[[uuid.UUID], Any] = str if postgres else (lambda value: value)
        self.recorded_by = None if recorded_by is None else self.as_id(recorded_by)
        self.latest = rules.now + CLOCK_SKEW
        self.created_at = utcnow()
        self.new_id = VisitIds(as_text=postgres)
        self._weeks: dict[date, str] = {}
        self._profiles: dict[tuple, tuple[int, ...]] = {}
        self._caches: dict[str, dict] = {name: {} for name in FIELDS}
        defaults = {
            "participants": 1,
            "skills": 0,
            "equipment": _equipment([]),
            "autonomy": None,
            "referral": "none",
            "space_id": BAD,
            "duration_minutes": BAD,
            "mode": BAD,
            **dict.fromkeys(_PROFILE),
        }
        for name, value in defaults.items():
            self._caches[name][ABSENT] = value
            if csv:
                self._caches[name][""] = value
        self._common = [(name, self._caches[name]) for name in _COMMON]
        self._profile = [(name, self._caches[name]) for name in _PROFILE]
        self._convert: dict[str, Callable[[Any], Any]] = {
            "space_id": self._space,
            "skills": self._skills,
            "equipment": _equipment,
            "duration_minutes": int,
            "participants": int,
            "mode": str,
            "referral": str,
            "autonomy": _code,
            "age_band": _code,
            "gender": _code,
            "social_status": _code,
            "postcode": _code,
            "first_visit": lambda v: v,
            "first_visits": lambda v: v,
            "age_bands": _counts,
            "genders": _counts,
            "social_statuses": _counts,
        }

    # ---- learning one cell value from the model -----------------------------------------------

    def _space(self, space_id: uuid.UUID) -> tuple | object:
        facts = self.rules.spaces.get(space_id)
        if facts is None or not facts.writable:
            return BAD
        return facts.existed_since, self.as_id(facts.id), self.as_id(facts.association_id)

    def _skills(self, codes: list[str]) -> int | object:
        """The skills' mask (`visits.skills`)."""
        known = self.rules.skills
        if not all(code in known for code in codes):
            return BAD
        return sum(1 << known[code] for code in set(codes))

    def _value(self, name: str, raw: Any) -> Any:
        """The verdict on one value: remembered, or learnt from the model."""
        cache = self._caches[name]
        if raw.__class__ is str:
            if self.csv and not raw.strip():
                value = cache[raw] = cache[ABSENT]
                return value
            key = raw
        else:
            key = _key(raw)
        value = cache.get(key, MISS) if key is not None else MISS
        if value is not MISS:
            return value
        template = _GROUP if name in GROUP_FIELDS or name == "participants" else _INDIVIDUAL
        try:
            row = _validate({**template, name: raw})
        except ValidationError:
            value = BAD
        else:
            value = self._convert[name](getattr(row, name))
        if key is not None and len(cache) < CACHE_LIMIT:
            cache[key] = value
        return value

    def _values(self, get: Callable, plan: list[tuple[str, dict]]) -> list | None:
        values = []
        for name, cache in plan:
            raw = get(name, ABSENT)
            value = cache.get(raw, MISS) if raw.__class__ is str or raw is ABSENT else MISS
            if value is MISS:
                value = self._value(name, raw)
            if value is BAD:
                return None
            values.append(value)
        return values

    # ---- one row ------------------------------------------------------------------------------

    def _week(self, day: date) -> str:
        week = self._weeks.get(day)
        if week is None:
            year, number, _ = day.isocalendar()
            week = self._weeks[day] = f"{year}-W{number:02d}"
        return week

    def _individual_profile(self, age: str | None, gender: str | None, status: str | None):
        key = (age, gender, status)
        profile = self._profiles.get(key)
        if profile is None:
            profile = self._profiles[key] = profile_columns(
                1,
                {age or "not_stated": 1},
                {gender or "not_stated": 1},
                {status or "not_stated": 1},
            )
        return profile

    def _record(
        self,
        line: int,
        space: tuple,
        occurred_at: datetime,
        duration: int,
        mode: str,
        participants: int,
        equipment: tuple,
        profile: tuple,
        first_visits: int,
        postcode: str | None,
        autonomy: str | None,
        referral: str,
        external_id: str,
        skills: int,
    ) -> tuple:
        day = occurred_at.astimezone(PARIS).date()
        return (
            self.new_id(),
            self.created_at,
            space[1],
            space[2],
            occurred_at,
            day,
            self._week(day),
            duration,
            mode,
            participants,
            *equipment,
            *profile,
            first_visits,
            postcode,
            autonomy,
            referral,
            self.recorded_by,
            self.source,
            external_id,
            skills,
            line,
        )

    def fast(self, line: int, values: dict[str, Any]) -> tuple | None:
        """The record of a row the model surely accepts; None to go the slow way."""
        if not values.keys() <= FIELDS and not (
            self.csv and all(not values[name].strip() for name in values.keys() - FIELDS)
        ):
            return None
        get = values.get
        external_id, when = get("external_id"), get("occurred_at")
        if (
            external_id.__class__ is not str
            or not PLAIN_EXTERNAL_ID(external_id)
            or when.__class__ is not str
            or not PLAIN_TIMESTAMP(when)
        ):
            return None
        common = self._values(get, self._common)
        profile = common and self._values(get, self._profile)
        if not profile:
            return None
        space, duration, mode, participants, skills, equipment, autonomy, referral = common
        age, gender, status, postcode, first_visit, ages, genders, statuses, first = profile
        try:
            occurred_at = datetime.fromisoformat(when)
        except ValueError:
            return None
        if occurred_at < space[0] or occurred_at > self.latest:
            return None
        if mode != WORKSHOP:
            if participants != 1 or not (ages is genders is statuses is first is None):
                return None
            columns = self._individual_profile(age, gender, status)
            first_visits = 1 if first_visit else 0
        else:
            if not (age is gender is status is postcode is first_visit is None):
                return None
            ages, genders, statuses = ages or {}, genders or {}, statuses or {}
            first_visits = first or 0
            if first_visits > participants or any(
                sum(counts.values()) > participants for counts in (ages, genders, statuses)
            ):
                return None
            columns = profile_columns(participants, ages, genders, statuses)
        return self._record(
            line,
            space,
            occurred_at,
            duration,
            mode,
            participants,
            equipment,
            columns,
            first_visits,
            postcode,
            autonomy,
            referral,
            external_id,
            skills,
        )

    def slow(self, line: int, values: dict[str, Any], tally: ImportTally) -> tuple | None:
        """The row model and the rules, whose messages go to the tally."""
        if self.csv:  # blank cells are values left out
            values = {
                name: value
                for name, value in values.items()
                if name and not (value.__class__ is str and not value.strip())
            }
        row = tally.validate(VisitImportRow, line, values)
        if row is None:
            return None
        problems, space = self.rules.problems(row.space_id, row.occurred_at, row.skills)
        if problems:
            for field, message in problems:
                tally.reject(line, field, message)
            return None
        mode = str(row.mode)
        if mode == WORKSHOP:
            columns = profile_columns(
                row.participants,
                _counts(row.age_bands) or {},
                _counts(row.genders) or {},
                _counts(row.social_statuses) or {},
            )
            first_visits, postcode = row.first_visits or 0, None
        else:
            columns = self._individual_profile(
                _code(row.age_band), _code(row.gender), _code(row.social_status)
            )
            first_visits, postcode = int(bool(row.first_visit)), row.postcode
        facts = (space.existed_since, self.as_id(space.id), self.as_id(space.association_id))
        return self._record(
            line,
            facts,
            row.occurred_at,
            row.duration_minutes,
            mode,
            row.participants,
            _equipment(row.equipment),
            columns,
            first_visits,
            postcode,
            _code(row.autonomy),
            str(row.referral),
            row.external_id,
            sum(1 << self.rules.skills[code] for code in set(row.skills)),
        )
