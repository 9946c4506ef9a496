"""Security checks: CORS, response headers on every route, no server banner, no user
enumeration at login, capped list limits, and no SQL built by string formatting."""

import ast
import base64
import builtins
import hashlib
import re
import shlex
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import ValidationError
from starlette.routing import BaseRoute, Mount, Route

from app.core import security
from app.main import create_app
from tests.conftest import DATABASE_URL, SECRET, make_settings
from tests.factories import PASSWORD
from tests.live_server import LiveServer, live_server
from tests.pg_cluster import free_port

ROOT = Path(__file__).resolve().parent.parent.parent
PORTAL = "https://portail.enc-roubaix.example"
STRANGER = "https://evil.example"
PUBLIC = "/api/v1/public/"


@pytest.fixture(scope="module")
async def portal_app(settings) -> AsyncIterator:
    """The app as deployed for the city's portal: one configured origin."""
    application = create_app(make_settings(cors_origins=[PORTAL]))
    yield application
    await application.state.engine.dispose()


async def _client(application) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://test")


def _concrete(path: str) -> str:
    """A route template with its parameters filled in (ints where the API takes a number)."""
    return re.sub(
        r"\{(\w+)(:\w+)?\}", lambda m: "1" if m.group(1) == "number" else str(uuid.uuid4()), path
    )


def _routes(application) -> Iterator[tuple[str, BaseRoute]]:
    """(full path, route) for every route of the route table, included routers flattened."""
    for context in iter_route_contexts(application.routes):
        yield context.path, context.original_route


def _operations(application) -> Iterator[tuple[str, str]]:
    """(method, concrete path) for every route of the route table, and the static mount."""
    for path, route in _routes(application):
        if isinstance(route, Route):  # APIRoute included
            for method in sorted(route.methods or ()):
                yield method, _concrete(path)
        elif isinstance(route, Mount):
            yield "GET", path + "/swagger-ui/swagger-ui.css"
            yield "GET", path + "/nothing-here.js"


# ---- CORS -------------------------------------------------------------------------------------


async def test_a_configured_origin_may_send_credentials_and_no_other_origin_is_allowed(
    portal_app,
):
    async with await _client(portal_app) as client:
        preflight = {
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "authorization, if-match",
        }
        allowed = await client.options("/api/v1/spaces", headers={"Origin": PORTAL, **preflight})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == PORTAL
        assert allowed.headers["access-control-allow-credentials"] == "true"
        refused = await client.options("/api/v1/spaces", headers={"Origin": STRANGER, **preflight})
        assert refused.status_code == 400
        assert "access-control-allow-origin" not in refused.headers  # the browser stops here
        read = await client.get("/api/v1/vocabularies", headers={"Origin": STRANGER})
        assert read.status_code == 200
        assert "access-control-allow-origin" not in read.headers


@pytest.mark.parametrize("origin", [PORTAL, STRANGER])
async def test_public_data_is_readable_from_any_origin_without_credentials(portal_app, origin):
    async with await _client(portal_app) as client:
        read = await client.get("/api/v1/public/spaces", headers={"Origin": origin})
        preflight = await client.options(
            "/api/v1/public/spaces",
            headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
        )
    for response in (read, preflight):
        assert response.headers["access-control-allow-origin"] == "*"
        assert "access-control-allow-credentials" not in response.headers
    assert "POST" not in preflight.headers["access-control-allow-methods"]


async def test_a_wildcard_origin_never_comes_with_credentials(settings):
    with pytest.raises(ValidationError):
        make_settings(env="production", cors_origins=["*"])
    application = create_app(make_settings(cors_origins=["*"]))  # allowed outside production
    try:
        async with await _client(application) as client:
            for method, path in _operations(application):
                if method not in ("GET", "OPTIONS"):
                    continue
                for response in (
                    await client.get(path, headers={"Origin": STRANGER, "Cookie": "a=b"}),
                    await client.options(
                        path, headers={"Origin": STRANGER, "Access-Control-Request-Method": "GET"}
                    ),
                ):
                    if response.headers.get("access-control-allow-origin") in ("*", STRANGER):
                        assert "access-control-allow-credentials" not in response.headers, path
    finally:
        await application.state.engine.dispose()


async def test_across_the_route_table_a_stranger_origin_is_only_ever_allowed_on_public_data(
    portal_app,
    world,
):
    city = await world.user("city")
    async with await _client(portal_app) as client:
        for method, path in _operations(portal_app):
            headers = {"Origin": STRANGER, **city.headers}
            response = await client.request(method, path, headers=headers)
            allowed = response.headers.get("access-control-allow-origin")
            if path.startswith(PUBLIC):
                assert allowed in (None, "*"), (method, path)
            else:
                assert allowed is None, (method, path, allowed)
            if "access-control-allow-credentials" in response.headers:
                assert allowed not in ("*", STRANGER), (method, path)


# ---- headers on every response ------------------------------------------------------------------


def _assert_hardened(response: httpx.Response, where: str) -> None:
    headers = response.headers
    assert headers.get("x-content-type-options") == "nosniff", where
    assert headers.get("x-frame-options") == "DENY", where
    assert headers.get("referrer-policy") == "no-referrer", where
    assert headers.get("cross-origin-opener-policy") == "same-origin", where
    policy = headers.get("content-security-policy", "")
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy, where
    assert headers.get("cache-control"), where
    assert headers.get("x-request-id"), where
    assert "server" not in headers and "x-powered-by" not in headers, where


async def test_every_response_of_every_route_carries_the_security_headers(app, client, world):
    city = await world.user("city")
    seen = 0
    for credentials in ({}, city.headers):
        for method, path in _operations(app):
            if credentials and path.endswith("/auth/logout"):
                continue  # would end the token the rest of the loop uses
            body = {"json": {}} if method in ("POST", "PUT", "PATCH") else {}
            response = await client.request(method, path, headers=credentials, **body)
            _assert_hardened(response, f"{method} {path} → {response.status_code}")
            seen += 1
    for method, path in (
        ("GET", "/no/such/route"),
        ("DELETE", "/api/v1/vocabularies"),
        ("GET", "/api/v1/" + "x" * 9000),
    ):
        response = await client.request(method, path)
        assert response.status_code in (404, 405, 414)
        _assert_hardened(response, f"{method} {path}")
    assert seen > 200


@pytest.mark.parametrize("page", ["/docs", "/redoc", "/docs/oauth2-redirect"])
async def test_the_api_explorer_has_a_strict_content_security_policy(client, page):
    response = await client.get(page)
    assert response.status_code == 200
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response.headers["content-security-policy"].split(";")
    )
    assert policy["default-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'" and policy["base-uri"] == "'none'"
    assert "object-src" not in policy  # left to default-src 'none'
    scripts = policy["script-src"].split()
    assert scripts[0] == "'self'"
    inline = re.findall(r"<script>(.*?)</script>", response.text, flags=re.DOTALL)
    hashes = {
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in inline
    }
    assert set(scripts[1:]) == hashes  # exactly this page's inline scripts, nothing else
    for directive, sources in policy.items():
        assert "*" not in sources and "http" not in sources, directive
        assert "'unsafe-eval'" not in sources, directive
    assert "'unsafe-inline'" not in policy["script-src"]
    api = await client.get("/api/v1/vocabularies")
    assert api.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"


# ---- no server banner, on the servers production runs -------------------------------------------


def _assert_no_banner(server: LiveServer) -> None:
    for path in ("/healthz", "/docs", "/api/v1/vocabularies", "/no/such/route"):
        response = httpx.get(server.url + path, timeout=10)
        assert "server" not in response.headers, (path, response.headers.get("server"))
        _assert_hardened(response, path)


def test_enc_serve_sends_no_server_header(settings):
    with live_server({"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET}) as server:
        _assert_no_banner(server)


def test_the_container_entry_point_sends_no_server_header(settings):
    """The Docker image's command line (docker-entrypoint.sh), on a local port."""
    script = (ROOT / "docker-entrypoint.sh").read_text()
    command = re.search(r"^exec (uvicorn (?:.*\\\n)*.*)$", script, flags=re.MULTILINE)
    args = shlex.split(command.group(1).replace("\\\n", " "))
    assert "--no-server-header" in args
    port = free_port()
    args[args.index("--host") + 1], args[args.index("--port") + 1] = "127.0.0.1", str(port)
    env = {"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET}
    with live_server(env, command=args, port=port) as server:
        _assert_no_banner(server)


# ---- user enumeration ------------------------------------------------------------------------


async def test_login_says_the_same_for_an_unknown_e_mail_and_a_wrong_password(
    client,
    world,
    monkeypatch,
):
    known = (await world.user("volunteer", email="connu@enc-roubaix.example")).user
    verified: list[str] = []
    real_verify = security._password_hash.verify

    def counting_verify(password: str, hashed: str) -> bool:
        verified.append(hashed)
        return real_verify(password, hashed)

    monkeypatch.setattr(security._password_hash, "verify", counting_verify)
    answers = []
    for email in ("inconnu@enc-roubaix.example", known.email):
        verified.clear()
        response = await client.post(
            "/api/v1/auth/token", data={"username": email, "password": PASSWORD + "!"}
        )
        answers.append(response)
        # One Argon2 verification either way (a dummy hash for the unknown e-mail): the answer
        # costs the same time whether the account exists or not.
        assert len(verified) == 1 and verified[0].startswith("$argon2"), email
    unknown, wrong = answers
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.json() == wrong.json()
    varying = {"x-request-id", "date", "content-length"}
    assert {k: v for k, v in unknown.headers.items() if k not in varying} == {
        k: v for k, v in wrong.headers.items() if k not in varying
    }
    ok = await client.post(
        "/api/v1/auth/token", data={"username": known.email, "password": PASSWORD}
    )
    assert ok.status_code == 200


async def test_login_throttling_says_the_same_for_unknown_and_known_accounts(app, client, world):
    known = (await world.user("volunteer", email="connue@enc-roubaix.example")).user
    limit = app.state.settings.login_max_failures_per_account
    last = {}
    for email in ("inconnue@enc-roubaix.example", known.email):
        for _ in range(limit + 1):
            last[email] = await client.post(
                "/api/v1/auth/token", data={"username": email, "password": "faux"}
            )
    unknown, wrong = last.values()
    assert unknown.status_code == wrong.status_code == 429
    assert unknown.json() == wrong.json()


# ---- list limits --------------------------------------------------------------------------------


def _query_parameters(dependant) -> set[str]:
    names = {parameter.name for parameter in dependant.query_params}
    for dependency in dependant.dependencies:
        names |= _query_parameters(dependency)
    return names


async def test_every_list_caps_its_limit(app, client, world):
    city = await world.user("city")
    lists = [
        path
        for path, route in _routes(app)
        if isinstance(route, APIRoute)
        and "GET" in route.methods
        and "limit" in _query_parameters(route.dependant)
    ]
    assert len(lists) >= 15
    spec = app.openapi()
    for path in lists:
        response = await client.get(
            _concrete(path), params={"limit": 100_000}, headers=city.headers
        )
        assert response.status_code == 422, (path, response.status_code)
        assert ["query", "limit"] in [e["loc"] for e in response.json()["errors"]], path
        limit = next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "limit")
        assert limit["schema"]["maximum"] <= 200, path


# ---- no SQL built by string formatting ----------------------------------------------------------
#
# What the scanner flags: a string built by an f-string, `%`, `.format()` or `+` that is passed
# to text(), exec_driver_sql(), execute() or executescript(), or whose literal text reads as SQL
# (SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, TRUNCATE, WHERE, VALUES, PRAGMA).
# Constant-only interpolation is allowed: the values spliced in must all be constants of the
# module (UPPER_CASE module-level names, literals, module functions and builtins, and locals and
# parameters that only ever receive such constants within the module), so no request value can
# reach the SQL text. Everything else goes through bound parameters. Ruff's S608 marker on a
# module does not exempt it from this test.

SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|TRUNCATE|WHERE|VALUES|PRAGMA)\b"
)
SQL_SINKS = {"text", "exec_driver_sql", "execute", "executescript"}
# Modules whose statement text follows the shape of the input, named one by one with why no
# input value can reach it; each one's helpers check what they splice at run time.
SQL_FROM_ITS_SHAPE = {
    # The visits import's SQL lane: its conversion statement is built per file from the
    # header's column positions (integers), the codes the row model agreed to (vocabulary
    # codes) and plain literals (digits and signs), through `_cell`, `_quoted` and `_array`,
    # which raise on anything else; the cells are read by SQL from the staged text.
    "app/services/visits/import_lane.py",
}
BUILTINS = set(dir(builtins))


class ConstantSql:
    """Which expressions of one module can only ever be constants."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        assigned = [
            name.id
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            for name in ast.walk(target)
            if isinstance(name, ast.Name)
        ]
        imported = [
            alias.asname or alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        ]
        self.module_names = {name for name in assigned + imported if name.lstrip("_").isupper()}
        self.functions = {
            node.name: node
            for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        self._parameters: dict[str, set[str]] = {}
        self._parent = {
            child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)
        }

    def constant_parameters(self, function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
        """A module function's parameters that every call in the module passes a constant."""
        if function.name in self._parameters:
            return self._parameters[function.name]
        self._parameters[function.name] = set()  # while working it out: none
        names = [a.arg for a in function.args.posonlyargs + function.args.args]
        calls = [
            n
            for n in ast.walk(self.tree)
            if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and n.func.id == function.name
        ]
        uses = [n for n in ast.walk(self.tree) if isinstance(n, ast.Name) and n.id == function.name]
        if not calls or len(uses) != len(calls):  # passed around: callers unknown
            return set()
        constant = set(names)
        for call in calls:
            scope = self.scope_of(call)
            given = dict(zip(names, call.args, strict=False))
            given.update({k.arg: k.value for k in call.keywords if k.arg})
            for name, value in given.items():
                if not self.is_constant(value, scope):
                    constant.discard(name)
        self._parameters[function.name] = constant
        return constant

    def scope_of(self, node: ast.AST) -> ast.AST | None:
        """The innermost function the node is in (None at module level)."""
        while node in self._parent:
            node = self._parent[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                return node
        return None

    def _local_is_constant(self, name: str, scope: ast.AST) -> bool:
        if getattr(scope, "name", None) in self.functions and name in self.constant_parameters(
            scope
        ):
            return True
        assigned = []
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                assigned.append(node.value)
            elif (
                isinstance(node, ast.For)
                and isinstance(node.target, ast.Name)
                and node.target.id == name
            ):
                if not isinstance(node.iter, ast.Tuple | ast.List):
                    return False
                assigned.extend(node.iter.elts)
            elif (
                isinstance(node, ast.AugAssign | ast.AnnAssign | ast.NamedExpr)
                and isinstance(node.target, ast.Name)
                and node.target.id == name
            ):
                return False
            elif isinstance(node, ast.arg) and node.arg == name:
                return False
        return bool(assigned) and all(self.is_constant(v, scope) for v in assigned)

    def is_constant(self, node: ast.AST, scope: ast.AST | None) -> bool:
        match node:
            case ast.Constant():
                return True
            case ast.Name(id=name):
                if name in self.module_names or name in self.functions or name in BUILTINS:
                    return True
                return scope is not None and self._local_is_constant(name, scope)
            case ast.JoinedStr(values=values):
                return all(self.is_constant(v, scope) for v in values)
            case ast.FormattedValue(value=value):
                return self.is_constant(value, scope)
            case ast.BinOp(left=left, right=right):
                return self.is_constant(left, scope) and self.is_constant(right, scope)
            case ast.IfExp(body=body, orelse=orelse):  # the test picks, it is not spliced in
                return self.is_constant(body, scope) and self.is_constant(orelse, scope)
            case ast.Attribute(value=value):
                return self.is_constant(value, scope)
            case ast.Subscript(value=value, slice=index):
                return self.is_constant(value, scope) and self.is_constant(index, scope)
            case ast.Tuple(elts=items) | ast.List(elts=items):
                return all(self.is_constant(item, scope) for item in items)
            case ast.Call(func=func, args=args, keywords=keywords):
                return self.is_constant(func, scope) and all(
                    self.is_constant(a, scope) for a in [*args, *(k.value for k in keywords)]
                )
        return False


def _built(node: ast.AST) -> bool:
    """A string assembled at run time: f-string with values, `%`, `.format()`, `+`."""
    match node:
        case ast.JoinedStr(values=values):
            return any(isinstance(v, ast.FormattedValue) for v in values)
        case ast.BinOp(op=ast.Mod(), left=ast.Constant(value=str())):
            return True
        case ast.BinOp(op=ast.Add(), left=left, right=right):
            return (
                _built(left)
                or _built(right)
                or any(
                    isinstance(side, ast.Constant) and isinstance(side.value, str)
                    for side in (left, right)
                )
            )
        case ast.Call(func=ast.Attribute(attr="format", value=ast.Constant(value=str()))):
            return True
    return False


def _literal_text(node: ast.AST) -> str:
    return " ".join(
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )


def sql_built_by_formatting(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    constants = ConstantSql(tree)
    found = []
    for node in ast.walk(tree):
        candidates = []
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SQL_SINKS and _built(node.args[0]):
                candidates.append(node.args[0])
        if _built(node) and SQL_WORDS.search(_literal_text(node)):
            candidates.append(node)
        for candidate in candidates:
            if not constants.is_constant(candidate, constants.scope_of(candidate)):
                found.append((candidate.lineno, ast.unparse(candidate)[:120]))
    return sorted(set(found))


def test_no_sql_is_built_by_string_formatting():
    offenders = []
    # The migrations (app/migrations since they travel with the package) are left out as they
    # were at the repository's root: they run at deploy time, their DDL built from the file's
    # own literals (table and trigger names), never from a request's values.
    migrations = ROOT / "app" / "migrations"
    for path in sorted((ROOT / "app").rglob("*.py")):
        if migrations in path.parents or str(path.relative_to(ROOT)) in SQL_FROM_ITS_SHAPE:
            continue
        for line, code in sql_built_by_formatting(path.read_text("utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}:{line}: {code}")
    assert not offenders, "SQL built from non-constant values:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("def f(q):\n    return text(f'SELECT * FROM t WHERE name = {q}')", True),
        ("def f(q):\n    return text('SELECT * FROM t WHERE a = %s' % q)", True),
        ("def f(q):\n    return text('SELECT * FROM t WHERE a = {}'.format(q))", True),
        ("def f(q):\n    return text('SELECT * FROM t WHERE a = ' + q)", True),
        ("def f(q):\n    sql = f'DELETE FROM t WHERE a = {q}'\n    return sql", True),
        ("def f(s, q):\n    return s.exec_driver_sql(f'x{q}')", True),
        ("T = 'visits'\ndef f():\n    return text(f'SELECT * FROM {T}')", False),
        ("T = 'v'\ndef f():\n    for n in (T, 'w'):\n        text(f'DROP TABLE {n}')", False),
        ("def g(a):\n    return f' WHERE x = {a}.id'\ndef f():\n    return g('s')", False),
        ("def g(a):\n    return f' WHERE x = {a}.id'\ndef f(q):\n    return g(q)", True),
        ("def f(q):\n    return text('SELECT * FROM t WHERE a = :a').bindparams(a=q)", False),
        ("def f(n):\n    return f'{n} rows were imported'", False),
    ],
)
def test_the_scanner_tells_constant_sql_from_built_sql(source, flagged):
    assert bool(sql_built_by_formatting(source)) is flagged
