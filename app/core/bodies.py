"""A body taken as JSON or as the form OAuth2 clients send (RFC 6749 `application/x-www-form-
urlencoded`), validated by the same input model either way, and its OpenAPI description; and a
JSON body read by hand (a route whose body may also be a file), refused as FastAPI refuses one:
malformed JSON at its position, a bad field at its place under `body`."""

import json
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from app.core.errors import UnsupportedMediaType

M = TypeVar("M", bound=BaseModel)
JSON, FORM = "application/json", "application/x-www-form-urlencoded"


async def json_or_form(request: Request, model: type[M], *, required: bool) -> M:
    raw = await request.body()
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if not raw:
        values: Any = {} if not required or media else None
        if values is None:
            raise UnsupportedMediaType(f"Send the body as {JSON} or {FORM}.")
    elif media == FORM:
        values = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    elif media == JSON or media.endswith("+json"):
        values = _parsed_json(raw)
    elif not media:
        raise UnsupportedMediaType(f"No Content-Type: send the body as {JSON} or {FORM}.")
    else:
        raise UnsupportedMediaType(f"{media} is not accepted here: send {JSON} or {FORM}.")
    return _validated(model, values)


async def json_body(request: Request, model: type[M]) -> M:
    """The request's JSON body as `model` (the caller has checked the Content-Type)."""
    return _validated(model, _parsed_json(await request.body()))


def _parsed_json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise RequestValidationError(
            [
                {
                    "type": "json_invalid",
                    "loc": ("body", getattr(exc, "pos", 0)),
                    "msg": "JSON decode error",
                    "input": {},
                    "ctx": {"error": getattr(exc, "msg", "not valid UTF-8")},
                }
            ],
            body=raw,
        ) from None


def _validated(model: type[M], values: Any) -> M:
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]
        raise RequestValidationError(errors) from None


def request_body(model: type[BaseModel], *, required: bool) -> dict:
    """`openapi_extra` for an operation reading its body with `json_or_form`."""
    schema = model.model_json_schema()
    return {
        "requestBody": {
            "required": required,
            "content": {JSON: {"schema": schema}, FORM: {"schema": schema}},
        }
    }
