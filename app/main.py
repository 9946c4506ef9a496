"""create_app(): the routers, the middleware stack, error handlers and the API explorer."""

import asyncio
import contextlib
import gc
import logging
import re
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.core.config import Settings, get_settings
from app.core.cors import PublicCORSMiddleware
from app.core.db import ROUND_TRIP_KINDS, count_round_trips, create_engine, create_sessionmaker
from app.core.docs import DOCS_CSP, mount_docs
from app.core.edge import EdgeMiddleware
from app.core.idempotency import IdempotencyMiddleware
from app.core.limits import (
    IMPORT_MAX_BYTES,
    IMPORT_PATHS,
    MULTIPART_OVERHEAD_BYTES,
    BodyLimitMiddleware,
)
from app.core.observability import Metrics, RequestContextMiddleware, configure_logging
from app.core.openapi import install_openapi
from app.core.openapi_wire import install_wire_description
from app.core.problems import install_problem_handlers, render_in_asgi
from app.core.query_guard import reject_unknown_query_parameters
from app.core.ratelimit import make_counters, make_request_limiter
from app.core.route_index import install_route_index
from app.core.security import InvalidToken, decode_access_token
from app.models.platform import IdempotencyRecord, RateLimitCounter
from app.routers import (
    allocation_plans,
    api_keys,
    associations,
    audit_events,
    auth,
    development_plans,
    document_templates,
    documents,
    engagements,
    equipment,
    equipment_requests,
    imports,
    insurance_certificates,
    job_descriptions,
    labels,
    loan_agreements,
    maintenance,
    meetings,
    meta,
    missions,
    partners,
    public,
    reports,
    skills,
    spaces,
    subscriptions,
    training,
    users,
    visits,
    webhooks,
)
from app.services.documents.storage import make_storage
from app.services.identity import key_use
from app.services.identity.auth import split_api_key
from app.services.identity.caller_cache import INFO_KEY as CALLER_CACHE_INFO
from app.services.identity.caller_cache import CallerCache
from app.services.jobs import make_scheduler

API_PREFIX = "/api/v1"
# Relative: the document describes whichever deployment serves it (behind a proxy's root_path,
# FastAPI adds that prefix). Partners' scripts and the city's portal call it from outside.
SERVER = {
    "url": "/",
    "description": "The deployment serving this document (local, staging or production)",
    "x-internal": False,
}

# Every router and the prefix it is mounted under, in the order they are matched and documented.
ROUTERS: list[tuple[APIRouter, str]] = [
    (meta.router, ""),
    (auth.router, API_PREFIX),
    (users.router, API_PREFIX),
    (api_keys.router, API_PREFIX),
    (associations.router, API_PREFIX),
    (spaces.router, API_PREFIX),
    (partners.router, API_PREFIX),
    (audit_events.router, API_PREFIX),
    (equipment.router, API_PREFIX),
    (imports.router, API_PREFIX),
    (equipment.space_router, API_PREFIX),
    (equipment.stats_router, API_PREFIX),
    (loan_agreements.router, API_PREFIX),
    (maintenance.router, API_PREFIX),
    (maintenance.contracts_router, API_PREFIX),
    (maintenance.stats_router, API_PREFIX),
    (skills.router, API_PREFIX),
    (training.router, API_PREFIX),
    (training.users_router, API_PREFIX),
    (training.spaces_router, API_PREFIX),
    (training.public_router, API_PREFIX),
    (visits.router, API_PREFIX),
    (visits.stats_router, API_PREFIX),
    (visits.space_router, API_PREFIX),
    (labels.criteria_router, API_PREFIX),
    (labels.router, API_PREFIX),
    (development_plans.router, API_PREFIX),
    (job_descriptions.router, API_PREFIX),
    (missions.router, API_PREFIX),
    (missions.public_router, API_PREFIX),
    (missions.coverage_space_router, API_PREFIX),
    (missions.coverage_stats_router, API_PREFIX),
    (reports.router, API_PREFIX),
    (public.router, API_PREFIX),
    (webhooks.router, API_PREFIX),
    (meetings.router, API_PREFIX),
    (meetings.decisions_router, API_PREFIX),
    (meetings.actions_router, API_PREFIX),
    (subscriptions.router, API_PREFIX),
    (subscriptions.space_router, API_PREFIX),
    (subscriptions.stats_router, API_PREFIX),
    (documents.router, API_PREFIX),
    (insurance_certificates.router, API_PREFIX),
    (insurance_certificates.space_router, API_PREFIX),
    (engagements.router, API_PREFIX),
    (engagements.resource_persons_router, API_PREFIX),
    (equipment_requests.router, API_PREFIX),
    (allocation_plans.router, API_PREFIX),
    (document_templates.router, API_PREFIX),
    (document_templates.loan_agreements_router, API_PREFIX),
    (document_templates.labels_router, API_PREFIX),
    (document_templates.equipment_router, API_PREFIX),
]
# Uploads bounded by DOCUMENT_MAX_BYTES (plus the multipart envelope), not MAX_BODY_BYTES.
DOCUMENT_UPLOADS = re.compile(re.escape(API_PREFIX) + r"/documents(/[^/]+/versions)?/?")
# Background imports' files: the job's body, or an upload's parts (bounded by IMPORT_MAX_BYTES).
IMPORT_UPLOADS = re.compile(re.escape(API_PREFIX) + r"/imports(/uploads/[^/]+/content)?/?")

DESCRIPTION = """
The typed JSON API of Roubaix's network of **Espaces Numériques Citoyens** (ENC) and
**Points d'Accès à l'Internet Citoyen** (PAIC): associations, spaces, equipment and loans,
maintenance, training with ANIS, visits and the self-evaluation tool, and the ENC label.

* Authenticate with **Authorize** (OAuth2 password: your e-mail and password) or an `X-API-Key`.
* Lists are keyset-paginated: `?limit=` (max 200) and `?cursor=` from `next_cursor`.
* Errors are `application/problem+json` (RFC 9457). Every response carries `X-Request-ID`.
* Single resources carry an `ETag`: send `If-None-Match` (304) and `If-Match` (412 if stale).
* POST accepts `Idempotency-Key`: a retried request replays the first response.
* Labels for every code: `GET /api/v1/vocabularies`.
"""

TAGS = [
    {"name": "auth", "description": "Tokens: log in, refresh, log out."},
    {
        "name": "users",
        "description": "Accounts of the city, associations, volunteers and "
        "partners; who manages whom.",
    },
    {"name": "api-keys", "description": "Keys for partners' and associations' scripts."},
    {
        "name": "associations",
        "description": "Host associations (comités de quartier, centres sociaux …).",
    },
    {"name": "spaces", "description": "ENC and PAIC: premises, opening hours, lifecycle."},
    {"name": "partners", "description": "Maintenance operator, training provider, others."},
    {
        "name": "imports",
        "description": "Background imports of visits or equipment: a file uploaded whole or in "
        "resumable parts (`Upload-Offset`), a job polled until it has finished (202), cancelled "
        "by DELETE; `enc import` is the command-line importer built on them.",
    },
    {
        "name": "equipment",
        "description": "The city's equipment lent to spaces (inventory, movements, import, "
        "per-space counts and the needs diagnosis).",
    },
    {
        "name": "loan-agreements",
        "description": "Loan agreements (conventions de prêt) between the city and an "
        "association: signature, end date, termination.",
    },
    {
        "name": "maintenance",
        "description": "Tickets with the contracted maintenance operator: lifecycle, response "
        "times (SLA) per priority, comments and timeline; the operators' contracts.",
    },
    {
        "name": "skills",
        "description": "The skills catalogue: the six savoirs of the collective action with ANIS "
        "(stable codes) and those the city adds.",
    },
    {
        "name": "training",
        "description": "Training sessions with a training provider (ANIS): the calendar and its "
        "iCalendar export, enrolments with a waiting list, attendance and trained skills.",
    },
    {
        "name": "public",
        "description": "Public data, no credentials, any origin (CORS): the directory of open "
        "spaces (JSON, GeoJSON), the national standard of digital-mediation places (CSV, JSON) "
        "and the workshops calendar.",
    },
    {
        "name": "webhooks",
        "description": "The city's subscriptions to events (Standard Webhooks signatures), "
        "their delivery log, redelivery and ping.",
    },
    {
        "name": "visits",
        "description": "The outil de comptabilisation: anonymous visits (codes and counts, in La "
        "Coop de la médiation numérique's vocabularies), bulk imports of a million rows, and "
        "each space's yearly self-evaluation beside the network's medians.",
    },
    {
        "name": "labels",
        "description": "The ENC label (Charte du label ENC): a versioned criteria catalogue, "
        "applications prepared by the associations and evaluated on live data, the city's "
        "review, and labels that expire on their own date.",
    },
    {
        "name": "meetings",
        "description": "Working as a network: meetings (invitees and their answers, the agenda "
        "with the organiser's cutoff, minutes published then corrected by revisions, iCalendar), "
        "the decisions they record and the follow-up actions, overdue ones flagged.",
    },
    {
        "name": "development plans",
        "description": "An association's plan for a period, agreed by the city: objectives "
        "measured live by a registry of indicators, or declarative; agreed versions kept.",
    },
    {
        "name": "subscriptions",
        "description": "What each space subscribes to (internet, phone, printing, software): "
        "offer, speeds, monthly cost in cents, commitment and payer, kept as periods (a change "
        "of offer starts a new one); commitments ending soon; compared in /stats/subscriptions.",
    },
    {
        "name": "documents",
        "description": "Files of an association, a space or the city (conventions de prêt, "
        "charte du label, attestations d'assurance …): PDF, PNG or JPEG recognised by their "
        "bytes, checked before they are stored, kept in versions by SHA-256, downloaded with "
        "ETag and ranges; archived, never deleted. Generated PDFs in French (the loan "
        "agreement, the charter of the ENC label, the equipment hand-over receipt), byte-for-byte "
        "the same for the same data, with clauses from versioned templates the city edits.",
    },
    {
        "name": "insurance",
        "description": "Attestations d'assurance of the spaces: recorded from an uploaded "
        "document with insurer, policy and validity, pending until the city confirms (it then "
        "sets the space's premises insurance and backs the label's criterion) or rejects them; "
        "those ending soon, and `insurance.expiring` by webhook.",
    },
    {
        "name": "engagements",
        "description": "Accompagnateurs at the spaces: engagements (volunteer, Service Civique "
        "of 6 to 12 months at 24 to 48 h a week with its contract and mandatory trainings, "
        "employee, public writer) that give and take back the space assignment by their dates, "
        "and the resource persons (personnes ressources) of each association, by skill.",
    },
    {
        "name": "equipment requests",
        "description": "An association asks the city for equipment for one of its spaces "
        "(kind, quantity, justification, priority); the city reviews, approves in full or in "
        "part, or declines; the request counts what executed plans moved to the space.",
    },
    {
        "name": "allocation plans",
        "description": "The city groups approved requests into a plan against the stock "
        "(ASSOCLIC …), sees the shortfall per kind, and executes it: every allocation becomes "
        "a movement under the equipment rules, all or none; volunteers assigned from a date.",
    },
    {
        "name": "recruitment",
        "description": "Recruiting accompagnateurs: job descriptions (fiches de poste, the "
        "network's and each association's, versioned), missions at a space opened under one "
        "version, and the applications residents send from the portal (typed decline reasons, "
        "a reminder feed of unanswered ones, anonymised after the retention period).",
    },
    {
        "name": "reports",
        "description": "The yearly review (bilan) of the network or of one association, as "
        "JSON or as a printable PDF in French.",
    },
    {"name": "statistics", "description": "Aggregated figures, scoped to the caller."},
    {"name": "audit", "description": "The append-only trail of every write and auth event."},
    {"name": "vocabularies", "description": "Codes and their French and English labels."},
    {"name": "health", "description": "Liveness, readiness and metrics."},
]


async def _principal_of(settings: Settings, headers: dict[str, str]) -> str | None:
    """Who an Idempotency-Key belongs to, from the credentials (verified, not trusted)."""
    authorization = headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        try:
            return "user:" + decode_access_token(settings, authorization[7:].strip())["sub"]
        except InvalidToken:
            return None
    api_key = headers.get("x-api-key")
    if api_key and (parts := split_api_key(api_key.strip())):
        return "key:" + parts[0]
    return None


async def _flush_key_uses(sessionmaker) -> None:
    """Every process that serves requests writes its API keys' `last_used_at` (key_use)."""
    log = logging.getLogger("enc.key_use")
    while True:
        await asyncio.sleep(key_use.FLUSH_SECONDS)
        try:
            await key_use.flush(sessionmaker)
        except Exception:  # the database is away: the times stay noted for the next turn
            log.warning("could not record API key use", exc_info=True)


GC_THRESHOLD = (10_000, 20, 20)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    engine = create_engine(settings)
    # This process's caller cache; a session that commits a change to a caller's access
    # clears that caller's entries from it (services/identity/caller_cache.py).
    caller_cache = CallerCache(settings.caller_cache_seconds)
    sessionmaker = create_sessionmaker(engine)
    sessionmaker.configure(info={CALLER_CACHE_INFO: caller_cache})

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # The scheduler (webhook delivery and the other time-driven jobs) runs here unless
        # WEBHOOK_DISPATCHER=off (`enc worker` then).
        tasks = [asyncio.create_task(_flush_key_uses(sessionmaker))]
        # What start-up built (routes, models and their validators, the OpenAPI document, built
        # here once) lives as long as the process: moved out of the collector's generations so
        # that full collections under load stop rescanning it.
        _app.openapi()
        gc.collect()
        gc.freeze()
        # A young collection every 10,000 allocations rather than 700: a page of 50 spaces
        # allocates tens of thousands of short-lived objects (measured by bench/micro_bench.py:
        # 0.49 ms of collection a list at Python's 700,10,10, 0.06 ms at this; no full
        # collection in 300 lists instead of 5).
        threshold = gc.get_threshold()
        gc.set_threshold(*GC_THRESHOLD)
        if settings.webhook_dispatcher_mode == "inline":
            tasks.append(asyncio.create_task(make_scheduler(sessionmaker, settings).run_forever()))
        yield
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with contextlib.suppress(Exception):
            await key_use.flush(sessionmaker)
        await engine.dispose()
        # An app made and stopped in a longer-lived process (tests) leaves the collector as it was.
        gc.set_threshold(*threshold)
        gc.unfreeze()

    app = FastAPI(
        title="ENC API — Espaces Numériques Citoyens de Roubaix",
        version="1.0.0",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        separate_input_output_schemas=True,
        contact={"name": "Ville de Roubaix — Roubaix Numérique", "url": "https://enc.roubaix.fr"},
        servers=[SERVER],
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.caller_cache = caller_cache
    app.state.counters = make_counters(settings.redis_url, RateLimitCounter)
    app.state.request_limiter = make_request_limiter(app.state.counters)
    app.state.metrics = Metrics()
    app.state.document_storage = make_storage(settings)
    # The counter's children looked up once: `labels()` per statement cost a read a tenth of
    # its service time.
    trips = {kind: app.state.metrics.db_round_trips.labels(kind) for kind in ROUND_TRIP_KINDS}
    count_round_trips(engine, lambda kind: trips[kind].inc())

    install_problem_handlers(app)
    for router, prefix in ROUTERS:
        app.include_router(
            router, prefix=prefix, dependencies=[Depends(reject_unknown_query_parameters)]
        )
    mount_docs(app, title=app.title)
    # Each request tries only the routers its path could match (app/core/route_index.py).
    install_route_index(app.router)
    install_openapi(app)
    install_wire_description(app)

    async def principal_of(headers: dict[str, str]) -> str | None:
        return await _principal_of(settings, headers)

    # Added innermost first: CORS and limits see the request before idempotency does,
    # and the request-id middleware wraps everything so every response carries the id.
    app.add_middleware(
        IdempotencyMiddleware,
        sessionmaker=sessionmaker,
        records=IdempotencyRecord,
        principal_of=principal_of,
        render_problem=render_in_asgi,
        ttl_hours=settings.idempotency_ttl_hours,
    )
    # Paths, query values and headers: no control character (422 naming it), queries in NFC.
    app.add_middleware(
        EdgeMiddleware, render_problem=render_in_asgi, routes=lambda: app.router.routes
    )
    app.add_middleware(
        BodyLimitMiddleware,
        default_limit=settings.max_body_bytes,
        render_problem=render_in_asgi,
        large_paths=IMPORT_PATHS,
        large_limit=IMPORT_MAX_BYTES,
        path_limits=(
            (DOCUMENT_UPLOADS, settings.document_max_bytes + MULTIPART_OVERHEAD_BYTES),
            (IMPORT_UPLOADS, settings.import_max_bytes),
        ),
    )
    if settings.cors_origins:
        wildcard = settings.cors_origins == ["*"]
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=not wildcard,  # never credentials with a wildcard origin
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "Idempotency-Key",
                "X-API-Key",
                "X-Request-ID",
            ],
            expose_headers=[
                "ETag",
                "Link",
                "Location",
                "X-Request-ID",
                "Retry-After",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
                "Idempotent-Replayed",
            ],
            max_age=600,
        )
    app.add_middleware(PublicCORSMiddleware, prefix=f"{API_PREFIX}/public/")  # any origin
    app.add_middleware(
        RequestContextMiddleware,
        metrics=app.state.metrics,
        docs_csp=DOCS_CSP,
        docs_paths=("/docs", "/redoc"),
    )
    logging.getLogger("enc").debug("app created", extra={"fields": {"env": settings.env}})
    return app
