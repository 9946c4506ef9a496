"""Errors as classes, rendered as RFC 9457 problem details by one set of handlers.

Services raise these; they never import FastAPI. `type` is a stable URI per error kind so that
clients can branch on it without parsing `title`.
"""

from typing import Any

PROBLEM_BASE = "https://enc.roubaix.fr/problems/"
# A problem body stays small whatever the request held (its keys, its nesting, its length).
DETAIL_MAX_LENGTH = 2000
MAX_FIELD_ERRORS = 100
LOC_MAX_DEPTH = 32
LOC_PART_MAX_LENGTH = 200
MSG_MAX_LENGTH = 500


class ProblemError(Exception):
    status: int = 500
    title: str = "Internal Server Error"
    slug: str = "internal"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra

    @property
    def type(self) -> str:
        return PROBLEM_BASE + self.slug

    def body(self, instance: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.status,
            "detail": self.detail[:DETAIL_MAX_LENGTH],
        }
        if instance:
            body["instance"] = instance
        if self.errors is not None:
            body["errors"] = [_bounded(error) for error in self.errors[:MAX_FIELD_ERRORS]]
        body.update(self.extra)
        return body


def _bounded(error: dict[str, Any]) -> dict[str, Any]:
    loc = [
        part if isinstance(part, int) else str(part)[:LOC_PART_MAX_LENGTH]
        for part in error.get("loc", [])[:LOC_MAX_DEPTH]
    ]
    return {
        **error,
        "loc": loc,
        "msg": str(error.get("msg", ""))[:MSG_MAX_LENGTH],
        "type": str(error.get("type", ""))[:100],
    }


class BadRequest(ProblemError):
    status, title, slug = 400, "Bad Request", "bad-request"


class Unauthorized(ProblemError):
    status, title, slug = 401, "Unauthorized", "unauthorized"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": 'Bearer realm="enc-api"'})
        super().__init__(detail, **kwargs)


class Forbidden(ProblemError):
    status, title, slug = 403, "Forbidden", "forbidden"


class NotFound(ProblemError):
    status, title, slug = 404, "Not Found", "not-found"


class MethodNotAllowed(ProblemError):
    status, title, slug = 405, "Method Not Allowed", "method-not-allowed"


class NotAcceptable(ProblemError):
    status, title, slug = 406, "Not Acceptable", "not-acceptable"


class Conflict(ProblemError):
    status, title, slug = 409, "Conflict", "conflict"


class PreconditionFailed(ProblemError):
    status, title, slug = 412, "Precondition Failed", "precondition-failed"


class PayloadTooLarge(ProblemError):
    status, title, slug = 413, "Content Too Large", "payload-too-large"


class UriTooLong(ProblemError):
    status, title, slug = 414, "URI Too Long", "uri-too-long"


class UnsupportedMediaType(ProblemError):
    status, title, slug = 415, "Unsupported Media Type", "unsupported-media-type"


class RangeNotSatisfiable(ProblemError):
    status, title, slug = 416, "Range Not Satisfiable", "range-not-satisfiable"


class ValidationFailed(ProblemError):
    status, title, slug = 422, "Unprocessable Content", "validation"

    def __init__(
        self,
        detail: str | None = None,
        *,
        loc: tuple | list | None = None,
        errors: list[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        if errors is None and loc is not None:
            errors = [{"loc": list(loc), "msg": detail or self.title, "type": "value_error"}]
        super().__init__(detail or "The request is not valid", errors=errors or [], **kwargs)


class PreconditionRequired(ProblemError):
    status, title, slug = 428, "Precondition Required", "precondition-required"


class TooManyRequests(ProblemError):
    status, title, slug = 429, "Too Many Requests", "rate-limited"


class ServiceUnavailable(ProblemError):
    status, title, slug = 503, "Service Unavailable", "unavailable"
