"""The route index (app/core/route_index.py) picks the route the whole router would pick, for
every route of the app and for paths that match nothing, with or without a trailing slash."""

import pytest
from fastapi.routing import APIRoute
from starlette.routing import Match

from app.core.route_index import RouteIndex, path_key
from app.main import API_PREFIX, ROUTERS, create_app
from tests.conftest import make_settings

METHODS = ("GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS")


def _first(routes, scope):
    """What the router's loop selects: the first full match, else the first partial one."""
    partial = None
    for route in routes:
        match, _ = route.matches(dict(scope))
        if match == Match.FULL:
            return "full", route
        if match == Match.PARTIAL and partial is None:
            partial = route
    return ("partial", partial) if partial is not None else ("none", None)


def _paths(app) -> list[str]:
    paths = {"/", "/healthz", "/docs", "/docs/", "/openapi.json", API_PREFIX, API_PREFIX + "/"}
    for router, prefix in ROUTERS:
        for route in router.routes:
            if isinstance(route, APIRoute):
                concrete = (prefix + route.path).replace("{", "x").replace("}", "")
                paths |= {concrete, concrete + "/", concrete + "/more", concrete.rstrip("/")}
    paths |= {API_PREFIX + "/nothing-here", API_PREFIX + "/spaces-x", "/api/v2/spaces"}
    return sorted(p for p in paths if p)


@pytest.fixture(scope="module")
def indexed_app():
    return create_app(make_settings())


def test_the_index_is_installed(indexed_app):
    assert isinstance(indexed_app.router.middleware_stack, RouteIndex)


def test_the_narrowed_router_selects_what_the_whole_one_does(indexed_app):
    router = indexed_app.router
    index: RouteIndex = router.middleware_stack
    checked = 0
    for path in _paths(indexed_app):
        narrowed = index.narrowed(path_key(path))
        assert len(narrowed.routes) <= len(router.routes)
        for method in METHODS:
            scope = {
                "type": "http",
                "method": method,
                "path": path,
                "root_path": "",
                "headers": [],
                "query_string": b"",
                "app": indexed_app,
            }
            assert _first(narrowed.routes, scope) == _first(router.routes, scope), (method, path)
            checked += 1
    assert checked > 1000
    # the point of it: the spaces' read tries a handful of routers, not all of them
    assert len(index.narrowed("/api/v1/spaces").routes) < len(router.routes) // 3


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/v1/spaces/abc", "/api/v1/spaces"),
        ("/api/v1/spaces", "/api/v1/spaces"),
        ("/api/v1/spaces/", "/api/v1/spaces"),
        ("/api/v1/", "/api/v1/"),
        ("/healthz", "/healthz"),
        ("/", "/"),
    ],
)
def test_path_key(path, key):
    assert path_key(path) == key


async def test_answers_through_the_index(client):
    """A 404, a 405 and a read behave as before (problem bodies, the Allow header)."""
    assert (await client.get("/healthz")).status_code == 200
    missing = await client.get(f"{API_PREFIX}/nothing-here")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    wrong = await client.put("/healthz")
    assert wrong.status_code == 405
