"""The floor: the least an app on this stack can do to answer the bench's reads.

FastAPI + asyncpg directly (no ORM, no middleware, no SQLModel), against the API's own
PostgreSQL database, for the city's view of:

    GET /healthz                      {"status":"ok"}
    GET /api/v1/spaces?limit=50       the first page, with next_cursor and Link as the API's
    GET /api/v1/spaces/{id}           with its ETag, and 304 on If-None-Match
    GET /api/v1/visits?limit=50       the newest first, with each visit's skills

Each authenticated request does what the API's authentication does: the bearer JWT checked with
python-jose (one explicit algorithm, signature, exp, nbf, iat, iss, aud, sub, jti required, no
leeway, not issued in the future), the user looked up with its session family's revocation in
one query (active, not archived, not revoked since the token was issued), then its space
assignments. The rows are read with hand-written SQL, the derived fields (allowed moves, the OSM
hours, weekly hours, the label) computed in plain Python, and the same JSON produced through
plain pydantic models (the load bench checks it is byte for byte the API's). What the API does
beyond this is the price of its framework: the bench prints the ratio.

Run: `uvicorn bench.floor.app:app` with FLOOR_DATABASE_URL (postgresql://…) and FLOOR_SECRET_KEY
(the API's SECRET_KEY; HS256); FLOOR_JWT_ISSUER / FLOOR_JWT_AUDIENCE default to `enc-api`.
"""

import base64
import hashlib
import json
import os
import time as clock
import uuid
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, time
from typing import Any

import asyncpg
from fastapi import FastAPI, Query, Request, Response
from jose import jwt
from jose.exceptions import JWTError
from pydantic import BaseModel, Field

ALGORITHM = "HS256"
SECRET = os.environ.get("FLOOR_SECRET_KEY", "")
ISSUER = os.environ.get("FLOOR_JWT_ISSUER", "enc-api")
AUDIENCE = os.environ.get("FLOOR_JWT_AUDIENCE", "enc-api")
JSON = "application/json"

# ---- the shapes (the API's field order, so that the JSON is the same) --------------------------


class Label(BaseModel):
    status: str
    label_number: str | None = None
    application_id: uuid.UUID | None = None
    valid_from: date | None = None
    valid_until: date | None = None


class Premises(BaseModel):
    dedicated_room: bool = False
    computer_network: bool = False
    printer_network: bool = False
    internet: dict | None = None
    insurance: dict | None = None
    wheelchair_accessible: bool = False


class Slot(BaseModel):
    weekday: str
    opens: time
    closes: time


class Closure(BaseModel):
    from_: date = Field(alias="from")
    to: date
    reason: str


class Space(BaseModel):
    id: uuid.UUID
    association_id: uuid.UUID
    kind: str
    name: str
    status: str
    allowed_transitions: list[str]
    street: str
    postcode: str
    city: str
    neighbourhood: str | None
    latitude: float | None
    longitude: float | None
    inaugurated_on: date | None
    description: str | None
    premises: Premises
    opening_hours: list[Slot]
    exceptional_closures: list[Closure]
    maintenance_operator_id: uuid.UUID | None
    services: list[str]
    access_modes: list[str]
    support_modes: list[str]
    insee_code: str
    phone: str | None
    email: str | None
    website: str | None
    opening_hours_osm: str | None
    weekly_opening_hours: float
    label: Label
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None


class SpacePage(BaseModel):
    items: list[Space]
    next_cursor: str | None
    # The API's shared page carries the sync fields, null outside a sync (`?sync=`).
    tombstones: None = None
    sync_token: None = None


class Profile(BaseModel):
    age_band: str
    gender: str
    social_status: str
    postcode: str | None
    first_visit: bool


class GroupProfile(BaseModel):
    age_bands: dict[str, int]
    genders: dict[str, int]
    social_statuses: dict[str, int]
    first_visits: int


class Visit(BaseModel):
    id: uuid.UUID
    space_id: uuid.UUID
    association_id: uuid.UUID
    occurred_at: datetime
    duration_minutes: int
    mode: str
    participants: int
    skills: list[str]
    equipment: list[str]
    profile: Profile | None
    profile_counts: GroupProfile | None
    autonomy: str | None
    referral: str
    recorded_by: uuid.UUID | None
    source: str
    external_id: str | None
    created_at: datetime


class VisitPage(BaseModel):
    items: list[Visit]
    next_cursor: str | None
    # The API's shared page carries the sync fields, null outside a sync (`?sync=`).
    tombstones: None = None
    sync_token: None = None


# ---- the database ---------------------------------------------------------------------------


@asynccontextmanager
async def lifespan(app: FastAPI):
    url = os.environ["FLOOR_DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://")
    app.state.pool = await asyncpg.create_pool(url, min_size=2, max_size=10)
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)


def problem(status: int, detail: str) -> Response:
    body = json.dumps({"type": "about:blank", "status": status, "detail": detail})
    return Response(body, status_code=status, media_type="application/problem+json")


class Refused(Exception):
    def __init__(self, status: int, detail: str) -> None:
        self.status, self.detail = status, detail


@app.exception_handler(Refused)
async def refused(_request: Request, exc: Refused) -> Response:
    return problem(exc.status, exc.detail)


# ---- authentication: what the API checks -----------------------------------------------------

USER = """
SELECT u.*, EXISTS (
    SELECT 1 FROM refresh_tokens r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL
) AS revoked
FROM users u WHERE u.id = $1
"""
ASSIGNMENTS = "SELECT space_id FROM space_assignments WHERE user_id = $1"


def claims_of(request: Request) -> dict[str, Any]:
    authorization = request.headers.get("authorization", "")
    if not authorization.lower().startswith("bearer "):
        raise Refused(401, "Authentication required: send a bearer token or an X-API-Key.")
    token = authorization[7:].strip()
    try:
        if jwt.get_unverified_header(token).get("alg") != ALGORITHM:
            raise Refused(401, "Invalid access token: token algorithm not accepted")
        claims = jwt.decode(
            token,
            SECRET,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={
                "require_aud": True,
                "require_iss": True,
                "require_exp": True,
                "require_iat": True,
                "require_nbf": True,
                "require_sub": True,
                "require_jti": True,
                "leeway": 0,
            },
        )
    except (JWTError, TypeError, ValueError) as exc:
        raise Refused(401, f"Invalid access token: {exc}") from exc
    issued = claims.get("iat_precise", claims["iat"])
    if not isinstance(issued, int | float) or issued > clock.time() + 1:
        raise Refused(401, "Invalid access token: token issued in the future")
    return claims


async def caller(connection: asyncpg.Connection, request: Request) -> dict[str, Any]:
    claims = claims_of(request)
    try:
        user_id = uuid.UUID(claims["sub"])
        session_id = uuid.UUID(claims["sid"]) if claims.get("sid") else None
    except (ValueError, TypeError, AttributeError) as exc:
        raise Refused(401, f"Invalid access token: {exc}") from exc
    user = await connection.fetchrow(USER, user_id, session_id)
    if user is None or not user["is_active"] or user["archived_at"] is not None:
        raise Refused(401, "This account is unknown or no longer active.")
    if float(claims.get("iat_precise", claims["iat"])) < user["tokens_valid_after"].timestamp():
        raise Refused(401, "This token was revoked; log in again.")
    if session_id is not None and user["revoked"]:
        raise Refused(401, "This session was logged out; log in again.")
    spaces = frozenset(r[0] for r in await connection.fetch(ASSIGNMENTS, user_id))
    if user["role"] != "city":
        raise Refused(403, "The floor serves the city's view only (what the bench asks).")
    return {"role": user["role"], "user_id": user_id, "space_ids": spaces}


# ---- spaces ---------------------------------------------------------------------------------

# The city's moves from each status (the API's state machine, as the city sees it).
CITY_MOVES = {
    "planned": ["installing", "closed"],
    "installing": ["open", "closed"],
    "open": ["suspended", "closed"],
    "suspended": ["open", "closed"],
    "closed": ["suspended"],
}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
OSM = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
LABELS = """
SELECT la.id, la.space_id, la.status, la.label_number, la.valid_from, la.valid_until,
       s.status AS space_status
FROM label_applications la JOIN spaces s ON s.id = la.space_id
WHERE la.space_id = ANY($1::uuid[]) AND la.status = 'approved'
ORDER BY la.valid_from, la.decided_at
"""


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")[:2]
    return int(hours) * 60 + int(minutes)


def _hm(text: str) -> str:
    return text[:5]


def osm_hours(slots: list[dict]) -> str | None:
    if not slots:
        return None
    by_day = []
    for day in DAYS:
        ranges = sorted(
            (_minutes(s["opens"]), s["opens"], s["closes"]) for s in slots if s["weekday"] == day
        )
        by_day.append(",".join(f"{_hm(o)}-{_hm(c)}" for _m, o, c in ranges))
    rules, index = [], 0
    while index < 7:
        end = index
        while end + 1 < 7 and by_day[end + 1] == by_day[index]:
            end += 1
        if by_day[index]:
            days = OSM[index] if end == index else f"{OSM[index]}-{OSM[end]}"
            if end == index + 1:
                days = f"{OSM[index]},{OSM[end]}"
            rules.append(f"{days} {by_day[index]}")
        index = end + 1
    return "; ".join(rules)


def weekly(slots: list[dict]) -> float:
    return round(sum(_minutes(s["closes"]) - _minutes(s["opens"]) for s in slots) / 60, 2)


async def labels_of(connection: asyncpg.Connection, ids: list[uuid.UUID]) -> dict:
    today = date.today()
    found: dict[uuid.UUID, dict] = {}
    for row in await connection.fetch(LABELS, ids):
        if row["valid_until"] is None:
            continue
        if row["space_status"] == "closed":
            status = "space_closed"
        else:
            status = "expired" if row["valid_until"] < today else "valid"
        label = {
            "status": status,
            "label_number": row["label_number"],
            "application_id": row["id"],
            "valid_from": row["valid_from"],
            "valid_until": row["valid_until"],
        }
        held = found.get(row["space_id"])
        if held is None or not (held["status"] == "valid" and status != held["status"]):
            found[row["space_id"]] = label
    return found


def space_of(row: asyncpg.Record, label: dict | None) -> dict:
    values = dict(row)
    for name in (
        "premises",
        "opening_hours",
        "exceptional_closures",
        "services",
        "access_modes",
        "support_modes",
    ):
        values[name] = json.loads(values[name])
    slots = values["opening_hours"]
    values["allowed_transitions"] = [] if values["archived_at"] else CITY_MOVES[values["status"]]
    values["opening_hours_osm"] = osm_hours(slots)
    values["weekly_opening_hours"] = weekly(slots)
    values["label"] = label or {"status": "none"}
    return values


def cursor(sort: str, value: Any, row_id: uuid.UUID) -> str:
    if isinstance(value, datetime | date):
        value = value.isoformat()
    raw = json.dumps([sort, value, str(row_id)], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _page(request: Request, body: str, next_cursor: str | None) -> Response:
    response = Response(body, media_type=JSON)
    if next_cursor:
        url = request.url.include_query_params(cursor=next_cursor)
        response.headers["Link"] = f'<{url}>; rel="next"'
    return response


@app.get("/healthz")
async def healthz() -> Response:
    return Response('{"status":"ok"}', media_type=JSON)


@app.get("/api/v1/spaces")
async def list_spaces(request: Request, limit: int = Query(50, ge=1, le=200)) -> Response:
    async with request.app.state.pool.acquire() as connection:
        await caller(connection, request)
        rows = await connection.fetch(
            "SELECT * FROM spaces WHERE archived_at IS NULL ORDER BY name_search, id LIMIT $1",
            limit + 1,
        )
        more, rows = len(rows) > limit, rows[:limit]
        labels = await labels_of(connection, [row["id"] for row in rows])
    page = SpacePage(
        items=[space_of(row, labels.get(row["id"])) for row in rows],
        next_cursor=cursor("name", rows[-1]["name_search"], rows[-1]["id"]) if more else None,
    )
    return _page(request, page.model_dump_json(by_alias=True), page.next_cursor)


@app.get("/api/v1/spaces/{space_id}")
async def get_space(request: Request, space_id: uuid.UUID) -> Response:
    async with request.app.state.pool.acquire() as connection:
        await caller(connection, request)
        row = await connection.fetchrow("SELECT * FROM spaces WHERE id = $1", space_id)
        if row is None:
            raise Refused(404, f"No space with id {space_id}.")
        labels = await labels_of(connection, [space_id])
    body = Space.model_validate(space_of(row, labels.get(space_id))).model_dump_json(by_alias=True)
    tag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
    sent = request.headers.get("if-none-match", "")
    held = {t.strip().removeprefix("W/") for t in sent.split(",")}
    if tag in held or "*" in held:
        return Response(status_code=304, headers={"ETag": tag})
    return Response(body, media_type=JSON, headers={"ETag": tag})


# ---- visits ---------------------------------------------------------------------------------

SKILLS = "SELECT bit, code FROM skills"  # a visit's skills: the bits of `visits.skills`


def skill_codes(mask: int, codes: dict[int, str]) -> list[str]:
    return sorted(codes[bit] for bit in range(mask.bit_length()) if mask >> bit & 1)


def visit_of(row: asyncpg.Record, skills: list[str], vocab: dict[str, list[str]]) -> dict:
    tallies = {
        kind: {code: row[f"{prefix}_{code}"] for code in codes}
        for kind, (prefix, codes) in vocab.items()
    }
    if row["mode"] == "collective_workshop":
        profile, counts = (
            None,
            {
                "age_bands": {k: v for k, v in tallies["age"].items() if v},
                "genders": {k: v for k, v in tallies["gender"].items() if v},
                "social_statuses": {k: v for k, v in tallies["status"].items() if v},
                "first_visits": row["first_visits"],
            },
        )
    else:

        def one(tally: dict[str, int]) -> str:
            return next((code for code, n in tally.items() if n), "not_stated")

        profile, counts = (
            {
                "age_band": one(tallies["age"]),
                "gender": one(tallies["gender"]),
                "social_status": one(tallies["status"]),
                "postcode": row["postcode"],
                "first_visit": bool(row["first_visits"]),
            },
            None,
        )
    equipment = [n for n in ("computer", "phone", "tablet", "other") if row["used_" + n]]
    return {
        **{
            k: row[k]
            for k in (
                "id",
                "space_id",
                "association_id",
                "occurred_at",
                "duration_minutes",
                "mode",
                "participants",
            )
        },
        "skills": skills,
        "equipment": equipment or ["none"],
        "profile": profile,
        "profile_counts": counts,
        **{
            k: row[k]
            for k in ("autonomy", "referral", "recorded_by", "source", "external_id", "created_at")
        },
    }


def _vocabulary(columns: list[str]) -> dict[str, tuple[str, list[str]]]:
    """The profile columns (age_*, gender_*, status_*), in the table's order."""
    return {
        kind: (kind, [c.removeprefix(kind + "_") for c in columns if c.startswith(kind + "_")])
        for kind in ("age", "gender", "status")
    }


@app.get("/api/v1/visits")
async def list_visits(request: Request, limit: int = Query(50, ge=1, le=200)) -> Response:
    async with request.app.state.pool.acquire() as connection:
        await caller(connection, request)
        rows = await connection.fetch(
            "SELECT * FROM visits ORDER BY occurred_at DESC, id DESC LIMIT $1", limit + 1
        )
        more, rows = len(rows) > limit, rows[:limit]
        union = 0
        for row in rows:
            union |= row["skills"]
        codes = getattr(request.app.state, "skill_codes", {})
        if any(union >> bit & 1 and bit not in codes for bit in range(union.bit_length())):
            codes = request.app.state.skill_codes = dict(await connection.fetch(SKILLS))
    vocab = request.app.state.vocab if hasattr(request.app.state, "vocab") else None
    if vocab is None and rows:
        vocab = request.app.state.vocab = _vocabulary(list(rows[0].keys()))
    page = VisitPage(
        items=[visit_of(row, skill_codes(row["skills"], codes), vocab) for row in rows],
        next_cursor=cursor("-occurred_at", rows[-1]["occurred_at"].astimezone(UTC), rows[-1]["id"])
        if more
        else None,
    )
    return _page(request, page.model_dump_json(by_alias=True), page.next_cursor)
