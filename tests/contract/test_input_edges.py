"""Bad input refused as classes, over the whole documented surface (issue #16, items 1-3).

Walked from the served OpenAPI document, so that a new route, field or parameter is covered
the day it is added:

* every text field of every request body (JSON and form; nested objects and arrays, `$ref`s
  resolved) carrying a NUL: 422 naming that field — passwords excepted, taken as sent;
* every query, path and header parameter carrying a NUL: 422 naming it;
* every date and date-time of a body or a query filter at the calendar's edges (year 9999 with a
  negative offset, year 1 with a positive one, 1899, 2201): 422; 1900 and 2200 accepted;
* every unique text column of the schema (from the SQLModel metadata) given in NFC then in NFD:
  409, the second is the same value; columns that only take ASCII refuse the NFD spelling;
* import cells (CSV and NDJSON) with a NUL: a bad row naming its line and column.
"""

import json
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import String
from sqlmodel import AutoString, SQLModel

from app.core.text import CALENDAR_RANGE
from tests.factories import World

API = "/api/v1"
METHODS = ("get", "put", "post", "delete", "patch")
NUL = "Ba\x00rs"
VERBATIM = {"password", "current_password", "initial_password"}  # hashed as sent
BAD_MOMENTS = (
    "9999-12-31T23:59:59-05:00",
    "0001-01-01T00:00:00+14:00",
    "1899-12-31T23:59:59+00:00",
    "2201-01-01T00:00:00+00:00",
)
GOOD_MOMENTS = ("1900-01-01T00:00:00+00:00", "2200-12-31T23:59:59-05:00")
BAD_DAYS = ("9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01")
GOOD_DAYS = ("1900-01-01", "2200-12-31")


# ---- walking the document -----------------------------------------------------------------


def operations(document: dict) -> Iterator[tuple[str, str, dict]]:
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _resolve(document: dict, schema: dict) -> tuple[dict, str | None]:
    ref = schema.get("$ref")
    if ref is None:
        return schema, None
    name = ref.rsplit("/", 1)[1]
    return document["components"]["schemas"][name], name


Path = tuple[tuple[str, Any], ...]  # ("p", property) / ("i", 0) / ("k", key)


def leaves(document: dict, schema: dict, path: Path = (), seen: frozenset = frozenset()):
    """(path, schema) of every scalar a body may hold, once per path."""
    schema, name = _resolve(document, schema)
    if name in seen:
        return
    seen = seen | {name} if name else seen
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, []):
            yield from leaves(document, branch, path, seen)
    for prop, sub in (schema.get("properties") or {}).items():
        yield from leaves(document, sub, path + (("p", prop),), seen)
    if isinstance(schema.get("items"), dict):
        yield from leaves(document, schema["items"], path + (("i", 0),), seen)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from leaves(document, schema["additionalProperties"], path + (("k", "k"),), seen)
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "string" in types and not schema.get("properties"):
        yield path, schema


def string_leaves(document: dict, schema: dict) -> dict[Path, dict]:
    found: dict[Path, dict] = {}
    for path, leaf in leaves(document, schema):
        found.setdefault(path, leaf)
    return found


def build(path: Path, value: Any) -> Any:
    if not path:
        return value
    (kind, key), rest = path[0], path[1:]
    return [build(rest, value)] if kind == "i" else {key: build(rest, value)}


def field_of(path: Path) -> str:
    """The field a refusal names: the innermost property on the path."""
    return [key for kind, key in path if kind == "p"][-1]


def dotted(path: Path) -> str:
    return ".".join(str(key) for _, key in path)


def url_of(path: str, op: dict, overrides: dict[str, str] | None = None) -> str:
    values = {}
    for parameter in op.get("parameters", []):
        if parameter["in"] == "path":
            schema = parameter.get("schema", {})
            if schema.get("format") == "uuid":
                values[parameter["name"]] = str(uuid.uuid4())
            elif schema.get("type") == "integer":
                values[parameter["name"]] = "1"
            else:
                values[parameter["name"]] = "x"
    values.update(overrides or {})
    return path.format(**values)


def errors_of(response) -> list[dict]:
    assert response.status_code != 500, response.text
    if response.status_code != 422:
        return []
    return response.json().get("errors", [])


def refused_at(response, loc_start: list, field: str, kind: str | None) -> bool:
    """A 422 problem with an error of `kind` whose location starts as given and ends with
    `field` (a list of strings is refused as a whole field)."""
    return response.status_code == 422 and any(
        kind in (None, e["type"])
        and e["loc"][: len(loc_start)] == loc_start
        and e["loc"][-1] == field
        for e in errors_of(response)
    )


def body_fields(document: dict) -> list[tuple[str, str, dict, str, Path, dict]]:
    found = []
    for path, method, op in operations(document):
        content = (op.get("requestBody") or {}).get("content", {})
        for media in ("application/json", "application/x-www-form-urlencoded"):
            if media in content:
                for leaf, schema in string_leaves(document, content[media]["schema"]).items():
                    found.append((path, method, op, media, leaf, schema))
    return found


async def send_body(client, path, method, op, media, body, headers):
    url = url_of(path, op)
    if media == "application/json":
        return await client.request(method.upper(), url, json=body, headers=headers)
    return await client.request(method.upper(), url, data=body, headers=headers)


def form_defaults(document: dict, op: dict) -> dict[str, str]:
    """A form's required fields, with a plain value each (a field is checked once the form is
    complete)."""
    content = op["requestBody"]["content"].get("application/x-www-form-urlencoded")
    if content is None:
        return {}
    schema, _ = _resolve(document, content["schema"])
    return {name: "someone@example.org" for name in schema.get("required", [])}


# ---- 1. NUL and other control characters ------------------------------------------------------


async def test_a_nul_in_any_body_text_is_refused_naming_the_field(app, client, world: World):
    document = app.openapi()
    city = await world.user("city")
    failures, routes = [], set()
    fields = body_fields(document)
    for path, method, op, media, leaf, _schema in fields:
        body = build(leaf, NUL)
        if media != "application/json":
            body = {**form_defaults(document, op), **body}
        response = await send_body(client, path, method, op, media, body, city.headers)
        routes.add((method, path))
        field = field_of(leaf)
        if field in VERBATIM:
            if refused_at(response, ["body"], field, "control_character"):
                failures.append(f"{method.upper()} {path} {dotted(leaf)}: a password was refused")
        elif not refused_at(response, ["body"], field, "control_character") and not (
            # a form's field may be refused by its pattern first (`grant_type`)
            media != "application/json" and refused_at(response, ["body"], field, None)
        ):
            failures.append(
                f"{method.upper()} {path} {dotted(leaf)}: {response.status_code} "
                f"{response.text[:300]}"
            )
    assert not failures, f"{len(failures)} of {len(fields)} fields:\n" + "\n".join(failures)
    assert len(fields) > 200 and len(routes) > 35, (len(fields), len(routes))


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b", "\x7f"])
async def test_control_characters_are_refused_but_tabs_and_line_breaks_kept(
    client, world: World, character: str
):
    city = await world.user("city")
    refused = await client.post(
        f"{API}/partners",
        json={"name": f"Ba{character}rs", "kind": "other"},
        headers=city.headers,
    )
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["errors"][0]["loc"] == ["body", "name"]
    assert f"U+{ord(character):04X}" in refused.json()["errors"][0]["msg"]
    kept = await client.post(
        f"{API}/skills",
        json={
            "code": f"savoir-{ord(character)}",
            "title_fr": "Savoir",
            "title_en": "Skill",
            "description": "ligne 1\n\tligne 2\r\nligne 3",
        },
        headers=city.headers,
    )
    assert kept.status_code == 201, kept.text
    assert kept.json()["description"] == "ligne 1\n\tligne 2\r\nligne 3"


async def test_the_issue_examples_store_nothing(client, world: World):
    """The reported cases, end to end: refused, and nothing of them stored."""
    city = await world.user("city")
    h = city.headers
    response = await client.post(f"{API}/partners", json={"name": NUL, "kind": "other"}, headers=h)
    assert response.status_code == 422 and "body.name" in response.json()["detail"]
    assert (await client.get(f"{API}/partners", headers=h)).json()["items"] == []

    for url in (f"{API}/associations?neighbourhood=%00", f"{API}/audit-events?resource_id=a%00b"):
        response = await client.get(url, headers=h)
        assert response.status_code == 422, (url, response.text)
        assert response.json()["errors"][0]["loc"][0] == "query"

    association = await world.association()
    space = await world.space(association.id)
    insurance = {
        "insurer": "MAIF",
        "policy_number": "P-1",
        "valid_until": "2027-01-01",
        "provider": NUL,
    }
    for body, loc in (
        ({"premises": {"internet": {"provider": NUL}}}, ["body", "premises", "internet"]),
        ({"premises": {"insurance": insurance}}, ["body", "premises", "insurance"]),
        (
            {"exceptional_closures": [{"from": "2026-08-01", "to": "2026-08-15", "reason": NUL}]},
            ["body", "exceptional_closures", "0"],
        ),
    ):
        response = await client.patch(f"{API}/spaces/{space.id}", json=body, headers=h)
        assert response.status_code == 422, response.text
        assert any(e["loc"][: len(loc)] == loc for e in response.json()["errors"]), response.text
    stored = (await client.get(f"{API}/spaces/{space.id}", headers=h)).json()
    assert "\x00" not in json.dumps(stored, ensure_ascii=False)

    criteria = {"criteria": [{"code": "charte", "title": NUL, "kind": "declarative"}]}
    response = await client.put(f"{API}/label-criteria", json=criteria, headers=h)
    assert refused_at(response, ["body", "criteria", "0"], "title", "control_character")


async def test_every_parameter_with_a_nul_is_refused_naming_it(app, client, world: World):
    document = app.openapi()
    city = await world.user("city")
    failures, count = [], 0
    for path, method, op in operations(document):
        for parameter in op.get("parameters", []):
            name, where = parameter["name"], parameter["in"]
            count += 1
            params, headers = {}, dict(city.headers)
            if where == "path":
                url = url_of(path, op, {name: "a%00b"})
            else:
                url = url_of(path, op)
                if where == "query":
                    params[name] = "a\x00b"
                else:
                    headers[name] = "a\x00b"
            response = await client.request(method.upper(), url, params=params, headers=headers)
            expected = ["header", name.lower()] if where == "header" else [where, name]
            if response.status_code != 422 or not any(
                e["loc"] == expected and e["type"] == "control_character"
                for e in response.json().get("errors", [])
            ):
                failures.append(
                    f"{method.upper()} {path} {where}.{name}: "
                    f"{response.status_code} {response.text[:200]}"
                )
    assert not failures, f"{len(failures)} of {count} parameters:\n" + "\n".join(failures)
    assert count > 150, count


async def test_control_characters_in_any_header_or_undeclared_query_are_refused(client):
    response = await client.get(f"{API}/vocabularies", headers={"X-Anything": "a\x01b"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["header", "x-anything"]
    assert "X-Request-ID" in response.headers
    response = await client.get(f"{API}/vocabularies?x%00y=1")
    assert response.status_code == 422
    assert (await client.get(f"{API}/vocabularies", headers={"X-Tab": "a\tb"})).status_code == 200


async def test_import_cells_with_a_nul_are_bad_rows(client, world: World):
    city = await world.user("city")
    csv_headers = {**city.headers, "Content-Type": "text/csv"}
    body = (
        "inventory_number,kind,funding_source,notes\n"
        "INV-1,laptop,assoclic,Ba\x00rs\nINV-2,desktop,assoclic,propre\n"
    )
    response = await client.post(f"{API}/equipment/import", content=body, headers=csv_headers)
    assert response.status_code == 422, response.text
    assert [e["loc"] for e in response.json()["errors"]] == [["body", 2, "notes"]]
    assert (await client.get(f"{API}/equipment", headers=city.headers)).json()["items"] == []
    partial = await client.post(
        f"{API}/equipment/import?mode=partial", content=body, headers=csv_headers
    )
    assert partial.status_code == 200, partial.text
    assert partial.json()["created"] == 1 and partial.json()["errors"][0]["field"] == "notes"

    space = await world.space((await world.association()).id)
    when = datetime.now(UTC).isoformat()
    rows = [
        {
            "external_id": "V-1",
            "space_id": str(space.id),
            "occurred_at": when,
            "duration_minutes": 30,
            "mode": "remote",
        },
        {
            "external_id": "V-2",
            "space_id": str(space.id),
            "occurred_at": when,
            "duration_minutes": 30,
            "mode": "remote",
            "postcode": "591\x0000",
        },
    ]
    ndjson = "\n".join(json.dumps(row) for row in rows) + "\n"
    response = await client.post(
        f"{API}/visits/import",
        content=ndjson,
        headers={**city.headers, "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 422, response.text
    assert [e["loc"] for e in response.json()["errors"]] == [["body", 2, "postcode"]]
    csv_body = (
        "external_id,space_id,occurred_at,duration_minutes,mode\n"
        f"V-3,{space.id},{when},30,remote\nV-\x004,{space.id},{when},30,remote\n"
    )
    response = await client.post(f"{API}/visits/import", content=csv_body, headers=csv_headers)
    assert response.status_code == 422, response.text
    assert [e["loc"] for e in response.json()["errors"]] == [["body", 3, "external_id"]]


async def test_a_password_keeps_every_character_and_its_length(client, world: World):
    """Hashed as sent: a NUL, spaces at its ends, a decomposed accent and 256 characters all
    round-trip through the login, and nothing shorter, trimmed or recomposed logs in."""
    city = await world.user("city")
    password = " \x00 une phrase cafe\u0301 " + "x" * 200
    password += "y" * (256 - len(password))
    assert len(password) == 256
    email = "nadia.ferhat@example.org"
    created = await client.post(
        f"{API}/users",
        json={"email": email, "full_name": "Nadia Ferhat", "role": "city", "password": password},
        headers=city.headers,
    )
    assert created.status_code == 201, created.text

    async def login(secret: str) -> int:
        response = await client.post(
            f"{API}/auth/token", data={"username": email, "password": secret}
        )
        return response.status_code

    assert await login(password) == 200
    for near in (
        password[:-1],
        password.strip(),
        unicodedata.normalize("NFC", password),
        password.replace("\x00", ""),
    ):
        assert await login(near) == 401
    response = await client.post(f"{API}/auth/token", data={"username": "a\x00b", "password": "x"})
    assert refused_at(response, ["body"], "username", "control_character")


# ---- 2. dates at the edges of the calendar ---------------------------------------------------


def calendar_leaves(document: dict) -> list[tuple[str, str, dict, Path, str]]:
    found = []
    for path, method, op, media, leaf, schema in body_fields(document):
        if media == "application/json" and schema.get("format") in ("date", "date-time"):
            found.append((path, method, op, leaf, schema["format"]))
    return found


async def test_every_body_date_at_the_calendar_edges(app, client, world: World):
    document = app.openapi()
    city = await world.user("city")
    failures = []
    found = calendar_leaves(document)
    for path, method, op, leaf, fmt in found:
        bad, good = (BAD_MOMENTS, GOOD_MOMENTS) if fmt == "date-time" else (BAD_DAYS, GOOD_DAYS)
        field = field_of(leaf)
        for value in bad + good:
            response = await send_body(
                client, path, method, op, "application/json", build(leaf, value), city.headers
            )
            refused = refused_at(response, ["body"], field, "date_out_of_range")
            if refused != (value in bad):
                failures.append(
                    f"{method.upper()} {path} {dotted(leaf)}={value}: "
                    f"{response.status_code} {response.text[:200]}"
                )
    assert not failures, f"{len(failures)} cases:\n" + "\n".join(failures)
    assert len(found) >= 15, len(found)


def _plain_value(schema: dict, name: str) -> Any:
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00+00:00"
    if schema.get("format") == "date":
        return "2026-01-01"
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("type") == "array":
        return [_plain_value(schema["items"], name)]
    if schema.get("type") == "integer":
        return 2026 if name == "year" else schema.get("minimum", 1)
    return "x"


async def test_every_date_query_filter_at_the_calendar_edges(app, client, world: World):
    document = app.openapi()
    city = await world.user("city")
    failures, count = [], 0
    for path, method, op in operations(document):
        parameters = [p for p in op.get("parameters", []) if p["in"] == "query"]
        required = {
            p["name"]: _plain_value(p["schema"], p["name"]) for p in parameters if p.get("required")
        }
        for parameter in parameters:
            fmt = parameter["schema"].get("format")
            if fmt not in ("date", "date-time"):
                continue
            count += 1
            assert CALENDAR_RANGE in parameter.get("description", ""), parameter
            bad, good = (BAD_MOMENTS, GOOD_MOMENTS) if fmt == "date-time" else (BAD_DAYS, GOOD_DAYS)
            for value in bad + good:
                params = {**required, parameter["name"]: value}
                response = await client.request(
                    method.upper(), url_of(path, op), params=params, headers=city.headers
                )
                refused = refused_at(response, ["query"], parameter["name"], "date_out_of_range")
                # accepted: not refused for its range (`to` before `from` is another matter)
                ok = refused if value in bad else response.status_code != 500
                if not ok:
                    failures.append(
                        f"{method.upper()} {path} {parameter['name']}={value}: "
                        f"{response.status_code} {response.text[:200]}"
                    )
    assert not failures, f"{len(failures)} cases:\n" + "\n".join(failures)
    assert count >= 14, count


def test_every_date_a_client_sends_documents_its_range(app):
    document = app.openapi()
    for path, method, op, leaf, _ in calendar_leaves(document):
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        holder, _ = _resolve(document, schema)
        for kind, key in leaf[:-1]:  # down to the object holding the field
            holder = _step(document, holder, kind, key)
        prop = holder["properties"][leaf[-1][1]]
        assert CALENDAR_RANGE in prop.get("description", ""), (method, path, dotted(leaf))


def _step(document: dict, schema: dict, kind: str, key: Any) -> dict:
    schema, _ = _resolve(document, schema)
    if kind == "p":
        for candidate in [schema, *schema.get("anyOf", [])]:
            candidate, _ = _resolve(document, candidate)
            if key in candidate.get("properties", {}):
                return _resolve(document, _object_of(document, candidate["properties"][key]))[0]
    return _resolve(document, _object_of(document, schema.get("items", schema)))[0]


def _object_of(document: dict, schema: dict) -> dict:
    """The object (or array) a nullable property holds."""
    for branch in schema.get("anyOf", []):
        resolved, _ = _resolve(document, branch)
        if resolved.get("type") in ("object", "array") or "properties" in resolved:
            return branch
    return schema


async def test_the_edges_of_the_range_are_stored_and_read_back(client, world: World):
    city = await world.user("city")
    association = await world.association()
    key = await client.post(
        f"{API}/api-keys",
        json={
            "name": "Loin",
            "association_id": str(association.id),
            "scopes": ["spaces:read"],
            "expires_at": "2200-12-31T23:59:59-05:00",
        },
        headers=city.headers,
    )
    assert key.status_code == 201, key.text
    expires = datetime.fromisoformat(key.json()["expires_at"])
    assert expires == datetime(2201, 1, 1, 4, 59, 59, tzinfo=UTC)
    for value in BAD_MOMENTS:
        response = await client.post(
            f"{API}/api-keys",
            json={
                "name": "Trop loin",
                "association_id": str(association.id),
                "scopes": ["spaces:read"],
                "expires_at": value,
            },
            headers=city.headers,
        )
        assert response.status_code == 422, response.text
        assert "1900" in response.json()["errors"][0]["msg"]
    trainer = await world.partner("training_provider")
    session = await client.post(
        f"{API}/training-sessions",
        json={
            "title": "Dans longtemps",
            "skills": ["read-caf-file"],
            "audience": "accompagnateurs",
            "provider_id": str(trainer.id),
            "venue": "Salle",
            "starts_at": "2200-12-31T09:00:00+01:00",
            "ends_at": "2200-12-31T12:00:00+01:00",
            "capacity": 5,
        },
        headers=city.headers,
    )
    assert session.status_code == 201, session.text
    listed = await client.get(
        f"{API}/training-sessions",
        params={"from": "1900-01-01T00:00:00+00:00", "to": "2200-12-31T23:59:59-05:00"},
        headers=city.headers,
    )
    assert [s["id"] for s in listed.json()["items"]] == [session.json()["id"]]


# ---- 3. Unicode normalisation --------------------------------------------------------------


@dataclass(frozen=True)
class Unique:
    """How a unique text column is written through the API: `create(value)` → (url, body)."""

    create: Callable[[Any, str], tuple[str, dict]] | None = None
    ascii_only: bool = False  # its pattern takes ASCII only: the NFD spelling is a 422
    server_made: str | None = None  # the API writes it, never a client


def _agreement(t: Any, value: str) -> tuple[str, dict]:
    today = datetime.now(UTC).date()
    return f"{API}/loan-agreements", {
        "association_id": t["association_id"],
        "reference": value,
        "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=365)).isoformat(),
    }


UNIQUE_TEXT: dict[tuple[str, str], Unique] = {
    ("partners", "name"): Unique(lambda t, v: (f"{API}/partners", {"name": v, "kind": "other"})),
    ("loan_agreements", "reference"): Unique(_agreement),
    ("equipment", "serial_number"): Unique(
        lambda t, v: (
            f"{API}/equipment",
            {"kind": "laptop", "funding_source": "assoclic", "serial_number": v},
        )
    ),
    ("users", "email"): Unique(
        lambda t, v: (
            f"{API}/users",
            {
                "email": f"{v.replace(' ', '.')}@example.org",
                "full_name": "Homonyme",
                "role": "city",
                "password": "une phrase de passe bien longue",
            },
        )
    ),
    ("equipment", "inventory_number"): Unique(
        ascii_only=True,
        create=lambda t, v: (
            f"{API}/equipment",
            {"kind": "laptop", "funding_source": "assoclic", "inventory_number": v},
        ),
    ),
    ("associations", "rna"): Unique(
        ascii_only=True,
        create=lambda t, v: (
            f"{API}/associations",
            {"name": "Rna", "rna": v, "neighbourhood": "Epeule"},
        ),
    ),
    ("associations", "siret"): Unique(
        ascii_only=True,
        create=lambda t, v: (
            f"{API}/associations",
            {"name": "Siret", "siret": v, "neighbourhood": "Epeule"},
        ),
    ),
    ("skills", "code"): Unique(
        ascii_only=True,
        create=lambda t, v: (
            f"{API}/skills",
            {"code": v, "title_fr": "Savoir", "title_en": "Skill"},
        ),
    ),
    ("visits", "external_id"): Unique(
        ascii_only=True,
        create=lambda t, v: (
            f"{API}/visits",
            {
                "space_id": t["space_id"],
                "external_id": v,
                "duration_minutes": 30,
                "occurred_at": datetime.now(UTC).isoformat(),
                "mode": "remote",
            },
        ),
    ),
    ("visits", "source"): Unique(server_made="`app` or the API key's id"),
    ("api_keys", "prefix"): Unique(server_made="random"),
    ("refresh_tokens", "token_hash"): Unique(server_made="a SHA-256"),
    ("label_applications", "label_number"): Unique(server_made="ENC-<year>-<seq>"),
    ("label_criterion_results", "code"): Unique(server_made="the catalogue's code, ASCII"),
    ("document_templates", "kind"): Unique(server_made="a vocabulary code, ASCII (with version)"),
    ("document_signatures", "party"): Unique(server_made="`city` or `association`, by role"),
    ("development_plans", "period"): Unique(
        ascii_only=True,
        create=lambda t, v: (f"{API}/development-plans", {"period": v, "title": "Plan"}),
    ),
}


def unique_text_columns() -> set[tuple[str, str]]:
    found = set()
    for table in SQLModel.metadata.sorted_tables:
        uniques = [
            c.columns
            for c in table.constraints
            if hasattr(c, "columns") and c.__class__.__name__ == "UniqueConstraint"
        ]
        uniques += [index.columns for index in table.indexes if index.unique]
        for columns in uniques:
            for column in columns:
                if isinstance(column.type, String | AutoString):
                    found.add((table.name, column.name))
    return found


def test_every_unique_text_column_is_classified():
    assert unique_text_columns() == set(UNIQUE_TEXT)


@pytest.mark.parametrize(
    "column", [c for c, u in UNIQUE_TEXT.items() if u.create], ids=lambda c: ".".join(c)
)
async def test_a_unique_text_in_nfc_then_nfd_is_one_value(client, world: World, column):
    unique = UNIQUE_TEXT[column]
    city = await world.user("city")
    association = await world.association()
    space = await world.space(association.id)
    targets = {"association_id": str(association.id), "space_id": str(space.id)}
    if unique.ascii_only:
        url, body = unique.create(targets, "cafe\u0301")
        response = await client.post(url, json=body, headers=city.headers)
        assert response.status_code == 422, response.text
        return
    value = "Café Éluard ñ Œuvre"
    decomposed = unicodedata.normalize("NFD", value)
    assert decomposed != value
    url, body = unique.create(targets, value)
    first = await client.post(url, json=body, headers=city.headers)
    assert first.status_code == 201, first.text
    url, body = unique.create(targets, decomposed)
    second = await client.post(url, json=body, headers=city.headers)
    assert second.status_code == 409, second.text


async def test_text_comes_back_as_sent_but_in_nfc(client, world: World):
    city = await world.user("city")
    sent = "Atelier 🎉👩🏽‍💻 \u200fمرحبا\u200e — 東京 ẞ ﬁ"
    created = await client.post(
        f"{API}/partners",
        json={"name": sent, "kind": "other", "website": sent},
        headers=city.headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["name"] == sent and created.json()["website"] == sent
    decomposed = await client.post(
        f"{API}/associations",
        json={
            "name": unicodedata.normalize("NFD", "Société Générale"),
            "rna": "W591234567",
            "neighbourhood": unicodedata.normalize("NFD", "Épeule"),
        },
        headers=city.headers,
    )
    assert decomposed.status_code == 201, decomposed.text
    assert decomposed.json()["name"] == "Société Générale"
    # a filter or a search written in NFD finds what is stored in NFC
    for params in (
        {"q": unicodedata.normalize("NFD", "Société")},
        {"neighbourhood": unicodedata.normalize("NFD", "Épeule")},
    ):
        found = await client.get(f"{API}/associations", params=params, headers=city.headers)
        assert [a["name"] for a in found.json()["items"]] == ["Société Générale"], found.text
