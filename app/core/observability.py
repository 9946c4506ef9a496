"""Request ids, structured JSON logs, Prometheus metrics and response hardening, as one pure
ASGI middleware (no BaseHTTPMiddleware: it would buffer streams and break cancellation)."""

import json
import logging
import re
import sys
import time
import uuid

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from app.core.problems import crash_problem, render_in_asgi

REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-:]{1,128}$")
API_CSP = "default-src 'none'; frame-ancestors 'none'"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("enc")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "enc_http_requests",
            "HTTP requests",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "enc_http_request_duration_seconds",
            "HTTP request latency",
            ["route", "method"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.in_flight = Gauge(
            "enc_http_requests_in_flight", "Requests being served", registry=self.registry
        )
        self.db_round_trips = Counter(
            "enc_db_round_trips",
            "Exchanges with the database: statements, BEGIN, COMMIT, ROLLBACK",
            ["kind"],
            registry=self.registry,
        )
        self.pool = Gauge(
            "enc_db_pool_connections",
            "Database pool connections by state",
            ["state"],
            registry=self.registry,
        )
        # The children of the request series, by their labels: `labels()` takes a lock and
        # builds its key on every call; there is one series per route, method and status.
        self._served: dict[tuple[str, str, int], tuple] = {}

    def served(self, route: str, method: str, status: int, seconds: float) -> None:
        """Count one answered request and its duration."""
        key = (route, method, status)
        children = self._served.get(key)
        if children is None:
            children = self._served[key] = (
                self.requests.labels(route, method, str(status)),
                self.latency.labels(route, method),
            )
        children[0].inc()
        children[1].observe(seconds)


access_log = logging.getLogger("enc.access")


def route_template(scope: dict) -> str:
    """The matched route's full template (`/api/v1/spaces/{space_id}`), never the raw path, so
    that metrics keep one series per route; "unmatched" when no route answered.

    A route of an included router knows only its own part (`/spaces/{space_id}`): the prefix
    it was included under is what the request path has before that part.
    """
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    if not template:
        return "unmatched"
    path = scope.get("path", "")
    try:
        concrete = template.format(**scope.get("path_params", {}))
    except (KeyError, IndexError, ValueError):
        return template
    if path != concrete and path.endswith(concrete):
        return path[: len(path) - len(concrete)] + template
    return template


class RequestContextMiddleware:
    def __init__(
        self,
        app,
        *,
        metrics: Metrics,
        docs_csp: str,
        docs_paths: tuple[str, ...],
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.docs_csp = docs_csp
        self.docs_paths = docs_paths

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = next(
            (v.decode("latin-1") for k, v in scope["headers"] if k == b"x-request-id"), None
        )
        request_id = given if given and REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = {"code": 500}
        csp = self.docs_csp if scope["path"].startswith(self.docs_paths) else API_CSP

        response_started = {"yes": False}

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                response_started["yes"] = True
                status["code"] = message["status"]
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"server", b"x-request-id")
                ]
                headers += [
                    (b"x-request-id", request_id.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                # A page that computed its own policy (the API explorer's, with the hashes of
                # its inline scripts) keeps it; every other response gets the path's policy.
                if not any(k.lower() == b"content-security-policy" for k, _ in headers):
                    headers.append((b"content-security-policy", csp.encode()))
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"private, no-cache"))
                message["headers"] = headers
            await send(message)

        self.metrics.in_flight.inc()
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            if response_started["yes"]:
                raise  # too late for a problem body: let the server drop the connection
            # Answered here rather than by Starlette's outermost error middleware, whose
            # response would bypass this one: no X-Request-ID, no security headers.
            problem = crash_problem(exc, request_id, scope["method"], scope["path"])
            await render_in_asgi(problem, scope, send_with_headers)
        finally:
            self.metrics.in_flight.dec()
            elapsed = time.perf_counter() - started
            template = route_template(scope)
            self.metrics.served(template, scope["method"], status["code"], elapsed)
            if access_log.isEnabledFor(logging.INFO):  # else its fields need not be gathered
                client = scope.get("client")
                access_log.info(
                    "request",
                    extra={
                        "fields": {
                            "request_id": request_id,
                            "method": scope["method"],
                            "path": scope["path"],
                            "route": template,
                            "status": status["code"],
                            "duration_ms": round(elapsed * 1000, 2),
                            "client": client[0] if client else None,
                        }
                    },
                )
