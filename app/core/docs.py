"""Self-hosted, offline API explorer: Swagger UI at `/docs`, ReDoc at `/redoc`.

The JavaScript and CSS are vendored under `app/static/` (see the `VERSION` file in each
folder), so the pages load nothing from a CDN, Google Fonts or fastapi.tiangolo.com.
Create the app with `FastAPI(docs_url=None, redoc_url=None)` and call `mount_docs(app, ...)`.

`DOCS_CSP` is the Content-Security-Policy these pages need; each page sends it with the hashes
of its own inline scripts added, so no other inline script can run there (a security-headers
middleware may send `DOCS_CSP` as it is on these paths, for what the pages do not answer).
"""

import base64
import hashlib
import re
from html import escape
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

SWAGGER_JS = "/static/swagger-ui/swagger-ui-bundle.js"
SWAGGER_CSS = "/static/swagger-ui/swagger-ui.css"
# Ours, after Swagger UI's: the Authorize dialog shows only what this API uses (no client id or
# secret for a password login).
SWAGGER_OVERRIDES_CSS = "/static/docs/swagger-overrides.css"
FAVICON = "/static/swagger-ui/favicon-32x32.png"
REDOC_JS = "/static/redoc/redoc.standalone.js"
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"

SWAGGER_UI_PARAMETERS = {
    "persistAuthorization": True,
    "displayRequestDuration": True,
    "tryItOutEnabled": True,
    # Never call the public validator.swagger.io (only used by other layouts, but be sure).
    "validatorUrl": None,
}

# Same-origin only. Swagger UI: its inline init script (allowed by hash, page by page) and
# inline styles, `data:` images in its CSS. ReDoc: styled-components inline styles, search index
# in a `blob:` Web Worker. `connect-src 'self'` covers /openapi.json and "Try it out" requests.
DOCS_CSP = (
    "default-src 'none'; "
    "script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; "
    "connect-src 'self'; "
    "worker-src blob:; "
    "base-uri 'none'; "
    "form-action 'self'; "
    "frame-ancestors 'none'"
)


_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def with_script_hashes(page: HTMLResponse) -> HTMLResponse:
    """`DOCS_CSP`, allowing exactly the inline scripts of this page (CSP Level 2 hashes)."""
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
        for script in _INLINE_SCRIPT.findall(page.body)
    )
    page.headers["Content-Security-Policy"] = DOCS_CSP.replace(
        "script-src 'self'", "script-src 'self'" + hashes, 1
    )
    return page


def _with_overrides(page: HTMLResponse, root: str) -> HTMLResponse:
    """Swagger UI's page with our stylesheet linked after its own (same origin: the CSP holds)."""
    css = f'href="{root}{SWAGGER_CSS}">'.encode()
    ours = f'\n    <link type="text/css" rel="stylesheet" href="{root}{SWAGGER_OVERRIDES_CSS}">'
    if css not in page.body:  # FastAPI changed its page: fail loudly in the docs test, not here
        raise RuntimeError("Swagger UI's stylesheet link not found in the /docs page")
    body = page.body.replace(css, css + ours.encode(), 1)
    return HTMLResponse(body, status_code=page.status_code)


def _root(request: Request) -> str:
    """The mount prefix when served behind a proxy with a root_path, else ''."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def mount_docs(app: FastAPI, *, title: str, openapi_url: str = "/openapi.json") -> None:
    """Serve `app/static` at `/static`, and offline `/docs`, `/docs/oauth2-redirect`, `/redoc`."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    page_title = escape(title)

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui_html(request: Request) -> HTMLResponse:
        root = _root(request)
        return with_script_hashes(
            _with_overrides(
                get_swagger_ui_html(
                    openapi_url=root + openapi_url,
                    title=f"{page_title} - Swagger UI",
                    swagger_js_url=root + SWAGGER_JS,
                    swagger_css_url=root + SWAGGER_CSS,
                    swagger_favicon_url=root + FAVICON,
                    oauth2_redirect_url=root + OAUTH2_REDIRECT_URL,
                    swagger_ui_parameters=SWAGGER_UI_PARAMETERS,
                ),
                root,
            )
        )

    @app.get(OAUTH2_REDIRECT_URL, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return with_script_hashes(get_swagger_ui_oauth2_redirect_html())

    @app.get("/redoc", include_in_schema=False)
    async def redoc_html(request: Request) -> HTMLResponse:
        root = _root(request)
        return with_script_hashes(
            get_redoc_html(
                openapi_url=root + openapi_url,
                title=f"{page_title} - ReDoc",
                redoc_js_url=root + REDOC_JS,
                redoc_favicon_url=root + FAVICON,
                with_google_fonts=False,
            )
        )
