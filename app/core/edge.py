"""The request's path, query string and headers, checked before any route reads them.

A control character in any of them is refused with a 422 problem naming the parameter
(`path.code`, `query.neighbourhood`, `header.idempotency-key`): PostgreSQL cannot store or
compare a NUL, and no control character is a value anyone means to send. Query values are put
in Unicode NFC, as bodies are (`app.core.text`), so that filters and searches see one spelling.
"""

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi.routing import iter_route_contexts

from app.core.errors import ValidationFailed
from app.core.text import ANY_CONTROL, HEADER_CONTROL, control_message, nfc


class EdgeMiddleware:
    def __init__(
        self,
        app: Any,
        *,
        render_problem: Callable[..., Awaitable[None]],
        routes: Callable[[], list[Any]],
    ) -> None:
        self.app = app
        self.render_problem = render_problem
        self.routes = routes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        errors = self._path_errors(scope) + _header_errors(scope["headers"])
        query = scope.get("query_string", b"")
        if query:
            pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
            errors += _query_errors(pairs)
            normalised = [(nfc(name), nfc(value)) for name, value in pairs]
            if not errors and normalised != pairs:
                scope = {**scope, "query_string": urlencode(normalised).encode("ascii")}
        if errors:
            fields = ", ".join(".".join(error["loc"]) for error in errors[:5])
            problem = ValidationFailed(f"The request is not valid: {fields}.", errors=errors)
            return await self.render_problem(problem, scope, send)
        return await self.app(scope, receive, send)

    def _path_errors(self, scope: dict[str, Any]) -> list[dict[str, Any]]:
        message = control_message(scope["path"], ANY_CONTROL)
        if message is None:
            return []
        for route in iter_route_contexts(self.routes()):  # the route's names for its parts
            pattern = getattr(route, "path_regex", None)
            found = pattern.match(scope["path"]) if pattern is not None else None
            if found:
                named = [
                    _error("path", name, problem)
                    for name, value in found.groupdict().items()
                    if (problem := control_message(value, ANY_CONTROL))
                ]
                if named:
                    return named
        return [_error("path", None, message)]


def _query_errors(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    errors = []
    for name, value in pairs:
        problem = control_message(name, ANY_CONTROL) or control_message(value, ANY_CONTROL)
        if problem:
            errors.append(_error("query", name, problem))
    return errors


def _header_errors(headers: list[tuple[bytes, bytes]]) -> list[dict[str, Any]]:
    errors = []
    for name, value in headers:
        problem = control_message(value.decode("latin-1"), HEADER_CONTROL)
        if problem:
            errors.append(_error("header", name.decode("latin-1"), problem))
    return errors


def _error(where: str, name: str | None, message: str) -> dict[str, Any]:
    loc = [where] if name is None else [where, name]
    return {"loc": loc, "msg": message, "type": "control_character"}
