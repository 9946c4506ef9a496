"""The API explorer (/docs, /redoc) is self-hosted: no CDN, no Google Fonts, no remote favicon."""

import re
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from fastapi import FastAPI

from app.core.docs import DOCS_CSP, STATIC_DIR, mount_docs

BASE = "http://testserver"

# Attribute URLs, CSS url(...), and the URLs set in Swagger UI's inline init script.
URL_PATTERNS = [
    re.compile(r"""\b(?:src|href|spec-url)\s*=\s*["']([^"']*)["']""", re.I),
    re.compile(r"""url\(\s*["']?([^"')]*)["']?\s*\)""", re.I),
    re.compile(r"""\burl:\s*["']([^"']*)["']"""),
    re.compile(r"""oauth2RedirectUrl:\s*window\.location\.origin\s*\+\s*["']([^"']*)["']"""),
]


def make_app() -> FastAPI:
    app = FastAPI(title="Docs test", docs_url=None, redoc_url=None)

    @app.get("/ping")
    async def ping() -> dict[str, str]:
        return {"ping": "pong"}

    mount_docs(app, title="Docs test")
    return app


def client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE)


def referenced_urls(html: str) -> list[str]:
    return [m for pattern in URL_PATTERNS for m in pattern.findall(html)]


def assert_same_origin(html: str, urls: list[str]) -> None:
    assert not re.search(r"https?:", html, re.I), "an absolute http(s) URL is in the page"
    assert not re.search(r"""["'(=]\s*//""", html), "a protocol-relative URL is in the page"
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, url
        absolute = urlsplit(urljoin(BASE + "/docs", url))
        assert (absolute.scheme, absolute.netloc) == ("http", "testserver"), url


def assert_js(response: httpx.Response) -> None:
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] in {
        "text/javascript",
        "application/javascript",
    }


@pytest.mark.asyncio
async def test_swagger_ui_is_self_hosted() -> None:
    async with client(make_app()) as c:
        r = await c.get("/docs")
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/html")
        html = r.text
        urls = referenced_urls(html)
        assert_same_origin(html, urls)
        for needle in (
            "cdn.jsdelivr",
            "fonts.googleapis",
            "tiangolo",
            "unpkg",
            "validator.swagger",
        ):
            assert needle not in html

        assert "/static/swagger-ui/swagger-ui-bundle.js" in urls
        assert "/static/swagger-ui/swagger-ui.css" in urls
        assert "/static/swagger-ui/favicon-32x32.png" in urls
        # Ours after Swagger UI's, so it wins on equal specificity.
        assert urls.index("/static/docs/swagger-overrides.css") > urls.index(
            "/static/swagger-ui/swagger-ui.css"
        )
        assert "/openapi.json" in urls
        assert "/docs/oauth2-redirect" in urls
        for param in (
            '"persistAuthorization": true',
            '"displayRequestDuration": true',
            '"tryItOutEnabled": true',
        ):
            assert param in html

        assert_js(await c.get("/static/swagger-ui/swagger-ui-bundle.js"))
        css = await c.get("/static/swagger-ui/swagger-ui.css")
        assert css.status_code == 200
        assert css.headers["content-type"].startswith("text/css")
        overrides = await c.get("/static/docs/swagger-overrides.css")
        assert overrides.status_code == 200
        assert overrides.headers["content-type"].startswith("text/css")
        icon = await c.get("/static/swagger-ui/favicon-32x32.png")
        assert icon.status_code == 200
        assert icon.headers["content-type"] == "image/png"
        assert icon.content.startswith(b"\x89PNG")
        spec = await c.get("/openapi.json")
        assert spec.status_code == 200
        assert spec.headers["content-type"].startswith("application/json")

        # The vendored CSS only uses data: images, never a remote one.
        for url in referenced_urls(css.text):
            assert url.startswith("data:"), url[:80]


@pytest.mark.asyncio
async def test_redoc_is_self_hosted() -> None:
    async with client(make_app()) as c:
        r = await c.get("/redoc")
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/html")
        html = r.text
        urls = referenced_urls(html)
        assert_same_origin(html, urls)
        assert "fonts.googleapis" not in html and "tiangolo" not in html
        assert "/static/redoc/redoc.standalone.js" in urls
        assert "/static/swagger-ui/favicon-32x32.png" in urls
        assert "/openapi.json" in urls

        assert_js(await c.get("/static/redoc/redoc.standalone.js"))
        for url in urls:
            assert (await c.get(url)).status_code == 200, url


@pytest.mark.asyncio
async def test_oauth2_redirect_page_is_self_contained() -> None:
    async with client(make_app()) as c:
        r = await c.get("/docs/oauth2-redirect")
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/html")
        assert not re.search(r"""(?:src|href)\s*=""", r.text, re.I)
        assert not re.search(r"https?:", r.text, re.I)


@pytest.mark.asyncio
async def test_docs_routes_are_not_in_the_schema() -> None:
    async with client(make_app()) as c:
        paths = (await c.get("/openapi.json")).json()["paths"]
    assert set(paths) == {"/ping"}


@pytest.mark.asyncio
async def test_root_path_prefixes_every_url() -> None:
    app = make_app()
    transport = httpx.ASGITransport(app=app, root_path="/api")
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as c:
        html = (await c.get("/api/docs")).text
    assert "/api/static/swagger-ui/swagger-ui-bundle.js" in referenced_urls(html)
    assert "/api/openapi.json" in referenced_urls(html)


def test_vendored_files_and_csp() -> None:
    for rel in ("swagger-ui/VERSION", "swagger-ui/LICENSE", "redoc/VERSION", "redoc/LICENSE"):
        assert (STATIC_DIR / rel).is_file(), rel
    assert (STATIC_DIR / "swagger-ui/VERSION").read_text().startswith("swagger-ui-dist 5.")
    assert (STATIC_DIR / "redoc/VERSION").read_text().startswith("redoc 2.")
    assert not list(STATIC_DIR.rglob("*.map"))
    assert not list(STATIC_DIR.rglob("node_modules")) and not list(STATIC_DIR.rglob("package.json"))

    directives = dict(d.strip().split(" ", 1) for d in DOCS_CSP.split(";"))
    assert directives["default-src"] == "'none'"
    assert "http" not in DOCS_CSP and "*" not in DOCS_CSP and "unsafe-eval" not in DOCS_CSP
    assert directives["worker-src"] == "blob:"


def test_the_authorize_dialog_hides_what_a_password_login_does_not_use() -> None:
    # The overrides hide the client id, client secret and credentials-location rows by the ids
    # the vendored Swagger UI gives them: an upgrade that renames them fails here, not silently.
    bundle = (STATIC_DIR / "swagger-ui" / "swagger-ui-bundle.js").read_text("utf-8")
    overrides = (STATIC_DIR / "docs" / "swagger-overrides.css").read_text("utf-8")
    hidden = re.findall(r'label\[for="([a-z_]+)"\]', overrides)
    assert hidden == ["password_type", "client_id_password", "client_secret_password"]
    assert 'htmlFor:"password_type"' in bundle
    for field in ("client_id", "client_secret"):
        assert f"htmlFor:`{field}_${{le}}`" in bundle  # le: the flow's name, "password" here
    assert 'htmlFor:"oauth_username"' in bundle and 'htmlFor:"oauth_password"' in bundle
    assert "oauth_username" not in overrides and "oauth_password" not in overrides
