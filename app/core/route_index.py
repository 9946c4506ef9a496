"""Route matching by the path's first segments, so that a request tries only the routers that
could answer it.

FastAPI matches a request by trying each included router in turn, and each router tries each of
its routes, with bookkeeping around every try: measured on this app, 6 µs for `/healthz` (the
first router), 65 µs for `/api/v1/spaces/{id}` (the sixth), 160 µs for `/api/v1/visits` and 410 µs
for a route of the last router — a cost every request paid before its first line of code ran.

A route can only match a path that starts with its template's literal part (the text before its
first `{`, matched literally by its regular expression). So the routers that could answer any
path under a given key (`/api/v1/spaces` for `/api/v1/spaces/…`) are known in advance: a
shallow copy of the app's router that holds only those, in their order, matches the request
exactly as the whole router would (the same first match, the same 405, the same trailing-slash
redirect, which keeps the key), having skipped routers that could not have matched. A route
whose literal part is unknown (not an API route nor an included router) is kept for every key.
Anything unusual (a root path, low-priority routes, a router wrapped in its own middleware) is
left to the whole router.
"""

import copy
from typing import Any

from fastapi.routing import APIRoute, APIRouter

KEY_SEGMENTS = 2  # `/api/v1/spaces/{id}` → `/api/v1/spaces`; `/healthz` → `/healthz`


def path_key(path: str) -> str:
    """The path up to (not including) the slash that ends its first KEY_SEGMENTS + 1 segments,
    or the whole path: `/api/v1/spaces/x` → `/api/v1/spaces`, `/api/v1/` → `/api/v1/`. The
    path starts with its key, and with the slash added or removed it still starts with it, or
    is a prefix of it: `_may_match` keeps the routes of both cases."""
    index = 0
    for _ in range(KEY_SEGMENTS + 1):
        index = path.find("/", index + 1)
        if index < 0:
            return path
    return path[:index]


def _literal(template: str) -> str:
    return template.split("{", 1)[0]


def _prefixes(route: Any) -> list[str] | None:
    """The literal parts of the templates a top-level route can match; None when unknown."""
    candidates = getattr(route, "effective_candidates", None)
    if candidates is not None:  # an included router: its routes, and the routers it includes
        found: list[str] = []
        for candidate in candidates():
            inner = _prefixes(candidate)
            if inner is None:
                return None
            found += inner
        return found
    template = getattr(route, "path_format", None)
    original = getattr(route, "original_route", route)
    if isinstance(template, str) and isinstance(original, APIRoute):
        return [_literal(template)]
    return None


def _may_match(prefixes: list[str] | None, key: str) -> bool:
    if prefixes is None:
        return True
    # A path under `key` starts with `key`: a literal part that is neither a prefix of `key`
    # nor starts with it differs from every such path (and from it with or without its
    # trailing slash) at a character both have.
    return any(p.startswith(key) or key.startswith(p) for p in prefixes)


class RouteIndex:
    """The app router's matching, narrowed per path key (module doc)."""

    def __init__(self, router: APIRouter, whole: Any) -> None:
        self.router = router
        self.whole = whole  # the router's own matching: the reference, and the fallback
        self._version: tuple[int, int] | None = None
        self._prefixes: list[list[str] | None] = []
        self._narrowed: dict[str, APIRouter] = {}
        self._low_priority = False

    def _current(self) -> None:
        version = (id(self.router.routes), len(self.router.routes))
        version += (getattr(self.router, "_routes_version", 0),)
        if version != self._version:
            self._prefixes = [_prefixes(route) for route in self.router.routes]
            low = getattr(self.router, "_iter_low_priority_routes", None)
            self._low_priority = low is None or any(True for _ in low())
            self._narrowed = {}
            self._version = version

    def narrowed(self, key: str) -> APIRouter:
        self._current()
        found = self._narrowed.get(key)
        if found is None:
            routes = [
                route
                for route, prefixes in zip(self.router.routes, self._prefixes, strict=True)
                if _may_match(prefixes, key)
            ]
            found = copy.copy(self.router)
            found.routes = routes
            if len(self._narrowed) > 1024:  # keys of paths that match nothing (probes)
                self._narrowed.clear()
            self._narrowed[key] = found
        return found

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope.get("root_path"):
            return await self.whole(scope, receive, send)
        narrowed = self.narrowed(path_key(scope["path"]))
        if self._low_priority:  # matched after every router, whatever the path
            return await self.whole(scope, receive, send)
        scope.setdefault("router", self.router)  # url_for and the like see the whole router
        await narrowed.app(scope, receive, send)


def install_route_index(router: APIRouter) -> None:
    """Put the index in front of `router`'s matching, unless its matching is wrapped already
    (its own middleware or body limit): then nothing changes."""
    if router.middleware_stack != router.app:
        return
    router.middleware_stack = RouteIndex(router, router.middleware_stack)
