"""CORS for public data: any origin may read, never with credentials."""

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class PublicCORSMiddleware:
    """Any origin may read the paths under `prefix` (the API's `/api/v1/public/`), without
    credentials; elsewhere the settings' CORS applies. The request's Origin is kept from the inner
    CORS middleware on these paths, so a listed origin never gets `Allow-Credentials` here."""

    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        has_origin = b"origin" in headers
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            await send({"type": "http.response.start", "status": 204, "headers": [
                (b"access-control-allow-origin", b"*"),
                (b"access-control-allow-methods", b"GET, HEAD, OPTIONS"),
                (b"access-control-allow-headers", b"If-None-Match, Accept"),
                (b"access-control-max-age", b"86400"),
            ]})
            await send({"type": "http.response.body", "body": b""})
            return
        inner = {**scope, "headers": [(k, v) for k, v in scope["headers"] if k != b"origin"]}

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and has_origin:
                kept = [(k, v) for k, v in message.get("headers", [])
                        if not k.lower().startswith(b"access-control-")]
                kept += [(b"access-control-allow-origin", b"*"),
                         (b"access-control-expose-headers", b"ETag, X-Request-ID")]
                message = {**message, "headers": kept}
            await send(message)

        await self.app(inner, receive, send_with_cors)

