"""Rendering errors as RFC 9457 problem details, from routes and from raw ASGI middleware."""

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.core.db import database_unreachable
from app.core.errors import (
    BadRequest,
    MethodNotAllowed,
    NotAcceptable,
    NotFound,
    PayloadTooLarge,
    ProblemError,
    ServiceUnavailable,
    UnsupportedMediaType,
    ValidationFailed,
)
from app.core.limits import BodyTooLarge

PROBLEM_JSON = "application/problem+json"
RETRY_AFTER_SECONDS = 5
logger = logging.getLogger("enc.errors")


def problem_response(problem: ProblemError, request_path: str | None = None) -> JSONResponse:
    return JSONResponse(
        problem.body(request_path),
        status_code=problem.status,
        headers=problem.headers,
        media_type=PROBLEM_JSON,
    )


async def render_in_asgi(problem: ProblemError, scope, send) -> None:
    """For middlewares that answer before the app runs."""
    body = json.dumps(problem.body(scope.get("path"))).encode()
    headers = [
        (b"content-type", PROBLEM_JSON.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    headers += [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# pydantic prefixes the message of a validator's ValueError; the API's own messages stand alone.
_PYDANTIC_PREFIXES = ("Value error, ", "Assertion failed, ")


def _message(error: dict) -> str:
    message = error.get("msg", "")
    for prefix in _PYDANTIC_PREFIXES:
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def _malformed_json(error: dict, document: object) -> dict:
    """FastAPI reports a JSON syntax error at `["body", <character offset>]`: say where instead,
    as a line and column a person can find in the body they sent."""
    loc = error.get("loc", ())
    offset = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
    reason = (error.get("ctx") or {}).get("error") or "not valid JSON"
    where = ""
    if offset is not None:
        text = document.decode("utf-8", "replace") if isinstance(document, bytes) else document
        if isinstance(text, str):
            before = text[:offset]
            line = before.count("\n") + 1
            column = offset - (before.rfind("\n") + 1) + 1
            where = f" at line {line}, column {column} (character {offset})"
        else:
            where = f" at character {offset}"
    return {"loc": ["body"], "msg": f"Malformed JSON{where}: {reason}.", "type": "json_invalid"}


def _validation_errors(exc: RequestValidationError) -> list[dict]:
    errors = []
    for error in exc.errors():
        if error.get("type") == "json_invalid":
            errors.append(_malformed_json(error, exc.body))
            continue
        loc = [str(part) for part in error.get("loc", ())]
        errors.append({"loc": loc, "msg": _message(error), "type": error.get("type", "")})
    return errors


STATUS_CLASSES = {
    400: BadRequest,
    404: NotFound,
    405: MethodNotAllowed,
    406: NotAcceptable,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
}


HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path: a 405's `Allow` (RFC 9110), which the router
    alone fills from the first route that matched the path only."""
    routes = request.app.router.routes
    allowed = []
    for method in HTTP_METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in routes):
            allowed.append(method)
    return allowed


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(exc, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        fields = ", ".join(".".join(e["loc"]) for e in errors[:5])
        problem = ValidationFailed(f"The request is not valid: {fields}.", errors=errors)
        return problem_response(problem, request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if isinstance(exc.__cause__, BodyTooLarge):
            return problem_response(
                PayloadTooLarge("The request body is too large."), request.url.path
            )
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request)) or headers.get("Allow", "")
        cls = STATUS_CLASSES.get(exc.status_code)
        if cls is None:
            problem = ProblemError(str(exc.detail), headers=headers)
            problem.status, problem.title = exc.status_code, str(exc.detail)
        else:
            detail = exc.detail if isinstance(exc.detail, str) else None
            problem = cls(detail, headers=headers)
        return problem_response(problem, request.url.path)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        # Reached only for errors outside the request-context middleware, which answers the
        # others itself (so that the 500 carries the request id and the security headers).
        request_id = getattr(request.state, "request_id", None)
        problem = crash_problem(exc, request_id, request.method, request.url.path)
        return problem_response(problem, request.url.path)


def crash_problem(
    exc: BaseException, request_id: str | None, method: str, path: str
) -> ProblemError:
    """Log an unhandled error with its request id (stack trace in the log only) and return the
    500 the client sees, which names the request id and nothing of the error; or the 503 of a
    database that does not answer (the service comes back with it, no restart needed)."""
    fields = {"request_id": request_id, "path": path, "method": method}
    if database_unreachable(exc):
        logger.warning("database unreachable: %r", exc, extra={"fields": fields})
        return ServiceUnavailable(
            "The database does not answer; try again shortly.",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    logger.error("unhandled error", exc_info=exc, extra={"fields": fields})
    return ProblemError(
        "An unexpected error happened; it was logged with this request's id.",
        request_id=request_id,
    )
