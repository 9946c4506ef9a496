"""The OpenAPI document as served: FastAPI's, completed with what a route cannot say by itself.

Two things are the same rule for every operation, so they are written once here rather than as
`responses=` on each route:

* the errors an operation may answer, as RFC 9457 `application/problem+json` (FastAPI documents
  only its own `422` shape, which this API does not send), chosen from what the operation has:
  credentials, path parameters, a body, `If-Match`;
* OpenAPI links from a created resource to the operations that take its id: those under its
  own path (`POST /associations` → `GET /associations/{association_id}` …), and those naming it
  in their body or query (`POST /associations` → `POST /spaces` with `association_id`), so that
  generated clients and stateful fuzzers can follow them.
"""

import json
import re
from typing import Any

from fastapi import FastAPI

from app.core.errors import (
    DETAIL_MAX_LENGTH,
    LOC_MAX_DEPTH,
    LOC_PART_MAX_LENGTH,
    MAX_FIELD_ERRORS,
    MSG_MAX_LENGTH,
)
from app.core.limits import MAX_TARGET_BYTES

PROBLEM_JSON = "application/problem+json"
PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
PROBLEM_SCHEMAS: dict[str, dict[str, Any]] = {
    "Problem": {
        "title": "Problem",
        "description": "An error, as RFC 9457 problem details. `type` is stable per kind of error.",
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string", "format": "uri", "maxLength": 200, "title": "Type"},
            "title": {"type": "string", "maxLength": 200, "title": "Title"},
            "status": {"type": "integer", "minimum": 400, "maximum": 599, "title": "Status"},
            "detail": {"type": "string", "maxLength": DETAIL_MAX_LENGTH, "title": "Detail"},
            "instance": {"type": "string", "maxLength": MAX_TARGET_BYTES, "title": "Instance"},
            "errors": {
                "type": "array",
                "maxItems": MAX_FIELD_ERRORS,
                "items": {"$ref": "#/components/schemas/ProblemFieldError"},
                "title": "Errors",
                "description": "For 422: each invalid part of the request.",
            },
        },
        "additionalProperties": True,
    },
    "ProblemFieldError": {
        "title": "ProblemFieldError",
        "type": "object",
        "required": ["loc", "msg", "type"],
        "properties": {
            "loc": {
                "type": "array",
                "maxItems": LOC_MAX_DEPTH,
                "items": {
                    "anyOf": [
                        {"type": "string", "maxLength": LOC_PART_MAX_LENGTH},
                        {"type": "integer", "minimum": 0, "maximum": 2**63 - 1},
                    ]
                },
                "title": "Location",
                "description": "Where: `body`, `query` … then field names, indexes or, in "
                "imports, row numbers.",
            },
            "msg": {"type": "string", "maxLength": MSG_MAX_LENGTH, "title": "Message"},
            "type": {"type": "string", "maxLength": 100, "title": "Error Type"},
        },
    },
}
FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")

# Each error once, in `components.responses`; operations refer to them.
ERRORS: dict[int, tuple[str, str]] = {
    400: ("BadRequest", "The request could not be read."),
    401: ("Unauthorized", "Missing, invalid or expired credentials."),
    403: ("Forbidden", "Your role may not do this."),
    404: ("NotFound", "No such resource, or it is outside what you may see."),
    409: ("Conflict", "Conflicts with the current state (or an `Idempotency-Key` still in use)."),
    412: ("PreconditionFailed", "`If-Match` is stale: the resource changed since you read it."),
    413: ("ContentTooLarge", "The request body is too large."),
    414: ("UriTooLong", "The path and query are too long."),
    415: ("UnsupportedMediaType", "The request body's media type is not accepted."),
    422: ("ValidationFailed", "The request is not valid; `errors` lists each invalid part."),
    429: ("TooManyRequests", "Too many requests; retry after `Retry-After` seconds."),
    500: ("InternalError", "Unexpected error (no details are given out; quote `X-Request-ID`)."),
    503: ("ServiceUnavailable", "The database does not answer; retry later."),
}
ERROR_HEADERS: dict[int, dict[str, Any]] = {
    401: {
        "WWW-Authenticate": {
            "description": "The scheme to authenticate with",
            "schema": {"type": "string"},
        }
    },
    429: {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}},
}
WRITE_METHODS = ("post", "put", "patch", "delete")
_PATH_PARAM = re.compile(r"\{(\w+)\}")


# Models that a hand-written request body (`openapi_extra`) refers to and no route declares: put
# in `components.schemas` by name, so generated clients get the model, not an anonymous shape.
REFERENCED_MODELS: dict[str, Any] = {}


def component_ref(model: Any) -> dict[str, str]:
    """`{"$ref": …}` to `model`'s schema, which the document will hold."""
    REFERENCED_MODELS[model.__name__] = model
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def install_openapi(app: FastAPI, api_prefix: str = "/api/v1") -> None:
    """Serve (and export) FastAPI's document completed by `complete_document`."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete_document(build(), api_prefix)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def complete_document(document: dict[str, Any], api_prefix: str) -> dict[str, Any]:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(PROBLEM_SCHEMAS)
    for name, model in REFERENCED_MODELS.items():
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for inner, definition in schema.pop("$defs", {}).items():
            schemas.setdefault(inner, definition)
        schemas.setdefault(name, schema)
    document["components"]["responses"] = {
        name: _error_response(code, description) for code, (name, description) in ERRORS.items()
    }
    for path, method, operation in _operations(document):
        _declare_errors(path, method, operation, api_prefix)
    used = json.dumps(document["paths"])  # a shared error no operation refers to is left out
    document["components"]["responses"] = {
        name: response for name, response in document["components"]["responses"].items()
        if f'"#/components/responses/{name}"' in used
    }
    _drop_unused(schemas, FASTAPI_VALIDATION_SCHEMAS, document)
    _add_links(document)
    document["components"]["schemas"] = dict(sorted(schemas.items()))
    return document


def _operations(document: dict[str, Any]):
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch", "head", "options"):
                yield path, method, operation


# ---- errors ---------------------------------------------------------------------------------


def _error_codes(path: str, method: str, operation: dict[str, Any], api_prefix: str) -> set[int]:
    parameters = operation.get("parameters", [])
    codes = {414, 500}  # a path and query past the limit, whatever the operation
    if parameters or "requestBody" in operation:
        codes.add(422)
    if any(operation.get("security", [])):  # `[{}]`: anonymous on purpose
        codes |= {401, 403, 429}
    if any(p["in"] == "path" for p in parameters):
        codes.add(404)
    if "requestBody" in operation:
        codes |= {400, 413}
    if method in WRITE_METHODS:
        codes.add(409)
    if any(p["in"] == "header" and p["name"].lower() == "if-match" for p in parameters):
        codes.add(412)
    if path.startswith(api_prefix):
        codes.add(503)
    return codes


def _error_response(code: int, description: str) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": description,
        "content": {PROBLEM_JSON: {"schema": PROBLEM_REF}},
    }
    if code in ERROR_HEADERS:
        response["headers"] = dict(ERROR_HEADERS[code])
    return response


def _declare_errors(path: str, method: str, operation: dict[str, Any], api_prefix: str) -> None:
    responses = operation.setdefault("responses", {})
    declared = {int(code) for code in responses if code.isdigit() and int(code) >= 400}
    for code in sorted(declared | _error_codes(path, method, operation, api_prefix)):
        own = responses.get(str(code), {}).get("description")
        if code in ERRORS and own in (None, "Validation Error"):  # none, or FastAPI's words
            responses[str(code)] = {"$ref": f"#/components/responses/{ERRORS[code][0]}"}
        else:  # the route's own words for it (`415`: neither CSV nor NDJSON …), same shape
            responses[str(code)] = _error_response(code, own or "Error.")
    operation["responses"] = dict(sorted(responses.items(), key=lambda item: item[0]))


def _drop_unused(schemas: dict[str, Any], names: tuple[str, ...], document: dict) -> None:
    """FastAPI's own 422 shapes, once no error refers to them any more."""
    others = {key: value for key, value in schemas.items() if key not in names}
    text = json.dumps([document["paths"], others])
    if not any(f'#/components/schemas/{name}"' in text for name in names):
        for name in names:
            schemas.pop(name, None)


# ---- links ----------------------------------------------------------------------------------


def _resolve(document: dict[str, Any], schema: dict[str, Any] | None) -> dict[str, Any]:
    while schema and "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema or {}


def _json_schema(document: dict[str, Any], holder: dict[str, Any]) -> dict[str, Any]:
    content = holder.get("content", {}).get("application/json", {})
    return _resolve(document, content.get("schema"))


def _add_links(document: dict[str, Any]) -> None:
    paths = document["paths"]
    operations = list(_operations(document))
    for path, item in paths.items():
        create = item.get("post")
        created = (create or {}).get("responses", {}).get("201")
        if created is None:
            continue
        returned = _json_schema(document, created).get("properties", {})
        known = set(_PATH_PARAM.findall(path))
        links: dict[str, Any] = {}
        for target_path, _, target in operations:
            match = re.fullmatch(re.escape(path) + r"/\{(\w+)\}(/.*)?", target_path)
            if match:
                name = match.group(1)
                field = name if name in returned else "id"  # `code` of a skill, else `id`
                if field not in returned or set(_PATH_PARAM.findall(target_path)) - known - {name}:
                    continue
                parameters = {
                    f"path.{p}": f"$request.path.{p}"
                    for p in _PATH_PARAM.findall(target_path)
                    if p != name
                }
                parameters[f"path.{name}"] = f"$response.body#/{field}"
                links[target["operationId"]] = {
                    "operationId": target["operationId"],
                    "parameters": parameters,
                    "description": f"`{name}` is the created resource's `{field}`.",
                }
        id_name = _created_id_name(path, paths)
        if id_name and "id" in returned:
            for target_path, _, target in operations:
                if _PATH_PARAM.search(target_path) or target["operationId"] in links:
                    continue
                link = _reference_link(document, target, id_name)
                if link:
                    links[target["operationId"]] = link
        if links:
            created["links"] = dict(sorted(links.items()))


def _created_id_name(path: str, paths: dict[str, Any]) -> str | None:
    """`association_id` for `/associations`: the name its own item path gives the id."""
    for candidate in paths:
        match = re.fullmatch(re.escape(path) + r"/\{(\w+_id)\}", candidate)
        if match:
            return match.group(1)
    return None


def _reference_link(document: dict[str, Any], target: dict[str, Any], name: str) -> dict | None:
    """A link to an operation (with no path parameters) naming the created id in its body or
    its query."""
    body = _json_schema(document, target.get("requestBody", {}))
    description = f"Its `{name}` is the created resource's `id`."
    if name in body.get("properties", {}):
        return {
            "operationId": target["operationId"],
            "requestBody": {name: "$response.body#/id"},
            "description": description,
        }
    if any(p["in"] == "query" and p["name"] == name for p in target.get("parameters", [])):
        return {
            "operationId": target["operationId"],
            "parameters": {f"query.{name}": "$response.body#/id"},
            "description": description,
        }
    return None
