"""What the wire carries that no route signature shows, added to the OpenAPI document once.

`app.core.openapi` declares each operation's errors and links; this pass adds what holds for
every response and every value, so that generated clients and the API lint
(`tests/contract/test_api_lint.py`: Spectral's OpenAPI and OWASP rulesets) see it:

* the headers the middleware sends: `X-Request-ID` on every response, the CORS
  `Access-Control-Allow-Origin` when the origin may read it, `RateLimit-*` on authenticated
  requests, `Retry-After` with 429 and 503;
* a query parameter is absent or a string, never JSON null, so `T | None = None` is `T`;
* the longest text of a UUID, a date, a time, a date-time, an e-mail;
* integers the API returns are at most 64-bit (the database's widest); each integer says
  whether it fits in 32 bits. Bounds on what a client *sends* are declared and enforced by the
  models, not here;
* a CSV, iCalendar or metrics body is a file, not a JSON string: it has no schema;
* schemas written inline with their own `$defs` (GeoJSON) move them to the components;
* every date and date-time a client sends says the years it may fall in
  (`app.core.text.CALENDAR_RANGE`).
"""

from collections.abc import Callable, Iterator
from typing import Any

from fastapi import FastAPI

from app.core.limits import IMPORT_MAX_BYTES, IMPORT_PATHS
from app.core.text import CALENDAR_RANGE

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

FORMAT_LENGTHS = {
    "uuid": 36,
    "date": 10,
    "time": 21,  # 14:00:00.000000+01:00
    "date-time": 32,  # 2026-04-01T14:00:00.000000+02:00
    "email": 254,  # RFC 5321
}

HEADERS: dict[str, Any] = {
    "X-Request-ID": {
        "description": "This request's id: the one sent when well-formed, else a new one. The "
        "logs carry it.",
        "schema": {"type": "string", "pattern": r"^[A-Za-z0-9._\-:]{1,128}$", "maxLength": 128},
    },
    "Access-Control-Allow-Origin": {
        "description": "CORS: sent when the request's `Origin` may read the response: any origin "
        "on `/api/v1/public/*` (never with credentials), the configured `CORS_ORIGINS` "
        "elsewhere.",
        "schema": {"type": "string", "maxLength": 2083},  # `*` or an origin
    },
    "RateLimit-Limit": {
        "description": "Requests per minute allowed to this caller (user or API key). Sent on "
        "authenticated requests while the rate limit is on; anonymous requests have none.",
        "schema": {"type": "integer", "minimum": 1, "maximum": INT32[1]},
    },
    "RateLimit-Remaining": {
        "description": "Requests this caller has left in the current window.",
        "schema": {"type": "integer", "minimum": 0, "maximum": INT32[1]},
    },
    "RateLimit-Reset": {
        "description": "Seconds until the current window ends.",
        "schema": {"type": "integer", "minimum": 0, "maximum": 86400},
    },
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "minimum": 0, "maximum": 86400},
    },
    "ETag": {
        "description": "This representation's entity tag: send it as `If-None-Match` (304 when "
        "unchanged) or `If-Match` (412 when someone changed it since).",
        "schema": {"type": "string", "pattern": '^"[0-9a-f]{32}"$', "maxLength": 34},
    },
    "Link": {
        "description": '`<…>; rel="next"`: the next page, when there is one.',
        # The request's URL (its target is at most MAX_TARGET_BYTES, or 414) with the next
        # cursor, the scheme and the host.
        "schema": {"type": "string", "maxLength": 16384},
    },
    "WWW-Authenticate": {
        "description": "The scheme to authenticate with.",
        "schema": {"type": "string", "maxLength": 200},
    },
}
EVERY_RESPONSE = ("X-Request-ID", "Access-Control-Allow-Origin")
RATE_LIMITED = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")


def install_wire_description(app: FastAPI) -> None:
    """Complete the document that `app.openapi` builds (once: it is cached)."""
    build = app.openapi
    completed: list[int] = []

    def openapi() -> dict[str, Any]:
        document = build()
        if id(document) not in completed:
            describe_wire(document)
            completed.append(id(document))
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def describe_wire(document: dict[str, Any]) -> dict[str, Any]:
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    _hoist_definitions(document, schemas)
    components["headers"] = {name: dict(header) for name, header in HEADERS.items()}
    shared = components.get("responses", {})
    for path, operation in _operations_at(document):
        _bound_file_body(path, operation.get("requestBody") or {})
        for status, response in operation.get("responses", {}).items():
            if "$ref" in response:  # a shared response: described once, under its statuses
                name = response["$ref"].rsplit("/", 1)[1]
                if name in shared:
                    _declare_headers(status, shared[name])
                continue
            _declare_headers(status, response)
            _drop_schema_of_files(response)
        for parameter in operation.get("parameters", []):
            _drop_null(parameter)
            if _is_calendar(parameter.get("schema", {})):
                _say_range(parameter)
    request_side = _request_side_schemas(document)
    for node, sent_by_client in _schema_nodes(document, request_side):
        _bound(node, sent_by_client)
        if sent_by_client:
            for prop in (node.get("properties") or {}).values():
                if isinstance(prop, dict) and _is_calendar(prop):
                    _say_range(prop)
    return document


def _is_calendar(schema: dict[str, Any]) -> bool:
    """A date or date-time, possibly nullable or a list of them."""
    if schema.get("format") in ("date", "date-time"):
        return True
    branches = schema.get("anyOf", []) + schema.get("oneOf", [])
    items = [schema["items"]] if isinstance(schema.get("items"), dict) else []
    return any(isinstance(b, dict) and _is_calendar(b) for b in branches + items)


def _say_range(holder: dict[str, Any]) -> None:
    description = holder.get("description", "").strip()
    if description and description[-1] not in ".:!?":
        description += "."
    if CALENDAR_RANGE not in description:
        holder["description"] = f"{description} {CALENDAR_RANGE}".strip()


def _declare_headers(status: str, response: dict[str, Any]) -> None:
    headers = response.setdefault("headers", {})
    names = EVERY_RESPONSE + (RATE_LIMITED if status[0] in "24" else ())
    if status in ("429", "503"):
        names += ("Retry-After",)
    for name in names + tuple(headers):
        if name in HEADERS:
            headers[name] = {"$ref": f"#/components/headers/{name}"}


def _bound_file_body(path: str, body: dict[str, Any]) -> None:
    """An import sends a file (CSV, NDJSON): at most the import body limit, in bytes, so in
    characters too."""
    if path.endswith(IMPORT_PATHS):
        for content in (body.get("content") or {}).values():
            if content.get("schema") == {"type": "string"}:
                content["schema"] = {"type": "string", "maxLength": IMPORT_MAX_BYTES}


def _drop_schema_of_files(response: dict[str, Any]) -> None:
    for media_type, content in (response.get("content") or {}).items():
        if "json" not in media_type and content.get("schema") == {"type": "string"}:
            del content["schema"]


def _drop_null(parameter: dict[str, Any]) -> None:
    schema = parameter.get("schema", {})
    variants = schema.get("anyOf")
    if not variants:
        return
    kept = [variant for variant in variants if variant != {"type": "null"}]
    if len(kept) == 1 and len(kept) < len(variants):
        del schema["anyOf"]
        schema.update({**kept[0], **schema})
        if "default" in schema and schema["default"] is None:
            del schema["default"]


def _bound(node: dict[str, Any], sent_by_client: bool) -> None:
    types = node.get("type")
    types = types if isinstance(types, list) else [types]
    if "string" in types and not {"maxLength", "enum", "const"} & node.keys():
        length = FORMAT_LENGTHS.get(node.get("format", ""))
        if length:
            node["maxLength"] = length
    if "integer" in types:
        if not sent_by_client and not {"minimum", "exclusiveMinimum"} & node.keys():
            node["minimum"] = INT64[0]
        if not sent_by_client and not {"maximum", "exclusiveMaximum"} & node.keys():
            node["maximum"] = INT64[1]
        if "format" not in node:
            low = node.get("minimum", node.get("exclusiveMinimum", INT64[0]))
            high = node.get("maximum", node.get("exclusiveMaximum", INT64[1]))
            node["format"] = "int32" if INT32[0] <= low and high <= INT32[1] else "int64"


# ---- walking the document ---------------------------------------------------------------------


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for _path, operation in _operations_at(document):
        yield operation


def _operations_at(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield path, item[method]


def _walk(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for key, value in node.items():
            if key not in ("example", "examples"):  # data, not schemas
                _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def _refs(node: Any) -> set[str]:
    found: set[str] = set()

    def collect(item: dict[str, Any]) -> None:
        ref = item.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])

    _walk(node, collect)
    return found


def _request_side_schemas(document: dict[str, Any]) -> set[str]:
    """The components a client sends (in bodies and parameters), and those they refer to."""
    schemas = document.get("components", {}).get("schemas", {})
    pending: set[str] = set()
    for operation in _operations(document):
        pending |= _refs(operation.get("parameters", [])) | _refs(operation.get("requestBody"))
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            pending |= _refs(schemas[name]) - seen
    return seen


def _schema_nodes(
    document: dict[str, Any], request_side: set[str]
) -> list[tuple[dict[str, Any], bool]]:
    """Every object of the document that may be a schema, with whether a client sends it."""
    found: list[tuple[dict[str, Any], bool]] = []

    def gather(node: Any, sent_by_client: bool) -> None:
        _walk(node, lambda item: found.append((item, sent_by_client)))

    components = document.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        gather(schema, name in request_side)
    gather(components.get("headers", {}), False)
    gather(components.get("responses", {}), False)
    for operation in _operations(document):
        gather(operation.get("parameters", []), True)
        gather(operation.get("requestBody", {}), True)
        gather(operation.get("responses", {}), False)
    return found


def _hoist_definitions(document: dict[str, Any], schemas: dict[str, Any]) -> None:
    def hoist(item: dict[str, Any]) -> None:
        for name, definition in item.pop("$defs", {}).items():
            schemas.setdefault(name, definition)

    for operation in _operations(document):
        _walk(operation.get("responses", {}), hoist)
        _walk(operation.get("requestBody", {}), hoist)
