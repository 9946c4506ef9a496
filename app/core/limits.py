"""Refuse oversized requests early: a body by Content-Length before reading it, or while it
streams; a request target (path and query) longer than any this API builds."""

import re

from app.core.errors import PayloadTooLarge, UriTooLong

IMPORT_PATHS = ("/import",)
IMPORT_MAX_BYTES = 2 * 1024 * 1024 * 1024  # a million-row visits file, with room to spare
MAX_TARGET_BYTES = 8192  # as common proxies (nginx's default buffers)
# A multipart upload carries its form fields and part headers besides the file.
MULTIPART_OVERHEAD_BYTES = 64 * 1024


class BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    def __init__(
        self,
        app,
        *,
        default_limit: int,
        render_problem,
        large_paths: tuple[str, ...] = (),
        large_limit: int = 0,
        path_limits: tuple[tuple["re.Pattern[str]", int], ...] = (),
    ) -> None:
        self.app = app
        self.default_limit = default_limit
        self.render_problem = render_problem
        self.large_paths = large_paths
        self.large_limit = large_limit
        # (a path pattern, its limit): uploads whose bound is a setting (documents)
        self.path_limits = path_limits

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        target = len(scope.get("raw_path") or scope["path"].encode()) + len(scope["query_string"])
        if target > MAX_TARGET_BYTES:
            problem = UriTooLong(f"The path and query may not exceed {MAX_TARGET_BYTES} bytes.")
            return await self.render_problem(problem, scope, send)
        limit = (
            self.large_limit
            if scope["path"].endswith(self.large_paths) and self.large_paths
            else self.default_limit
        )
        for pattern, bound in self.path_limits:
            if pattern.fullmatch(scope["path"]):
                limit = bound
                break
        declared = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        too_large = PayloadTooLarge(f"The request body may not exceed {limit} bytes.")
        if declared is not None:
            try:
                if int(declared) > limit:
                    return await self.render_problem(too_large, scope, send)
            except ValueError:
                pass
        received = 0
        started = False

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self.render_problem(too_large, scope, send)
