"""The time-driven jobs the scheduler (app/core/scheduler.py) runs: in `enc worker` and, unless
WEBHOOK_DISPATCHER=off, in the API process. Reads never do this work; each job is idempotent
and safe with several workers at once (see each function)."""

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import PARIS
from app.core.config import Settings
from app.core.idempotency import purge_expired
from app.core.scheduler import Job, Scheduler
from app.core.sync import purge_log
from app.models.platform import IdempotencyRecord, SyncChange
from app.services.allocation.assignments import assign_due
from app.services.engagements.assignments import apply_dates
from app.services.import_jobs.runner import ImportRunner
from app.services.insurance.expiry import announce_expiring as announce_insurance_expiring
from app.services.labels.applications import announce_expired
from app.services.maintenance.tickets import close_stale_resolved
from app.services.recruitment.retention import anonymise_expired, flag_stale
from app.services.subscriptions.expiry import announce_expiring
from app.services.webhooks.dispatcher import Dispatcher

TICKET_AUTOCLOSE = "ticket_autoclose"
LABEL_EXPIRY = "label_expiry"
IDEMPOTENCY_PURGE = "idempotency_purge"
WEBHOOK_DELIVERY = "webhook_delivery"
SUBSCRIPTION_EXPIRY = "subscription_expiry"
ENGAGEMENT_DATES = "engagement_dates"
ALLOCATION_ASSIGNMENTS = "allocation_assignments"
APPLICATION_STALE = "application_stale"
APPLICATION_RETENTION = "application_retention"
INSURANCE_EXPIRY = "insurance_expiry"
IMPORT_JOBS = "import_jobs"
SYNC_LOG_PURGE = "sync_log_purge"


def scheduled_jobs(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    dispatcher: Dispatcher | None = None,
) -> list[Job]:
    dispatcher = dispatcher or Dispatcher(sessionmaker, settings)
    import_runner = ImportRunner(sessionmaker, settings)
    days = settings.ticket_autoclose_days

    async def ticket_autoclose(session: AsyncSession, now: datetime) -> int:
        return await close_stale_resolved(session, now, days)

    async def label_expiry(session: AsyncSession, now: datetime) -> int:
        return await announce_expired(session, now.astimezone(PARIS).date())

    async def subscription_expiry(session: AsyncSession, now: datetime) -> int:
        return await announce_expiring(session, now.astimezone(PARIS).date())
    async def insurance_expiry(session: AsyncSession, now: datetime) -> int:
        return await announce_insurance_expiring(session, now.astimezone(PARIS).date())

    async def engagement_dates(session: AsyncSession, now: datetime) -> int:
        # Starts and ends by the dates, with the space assignment (Roubaix's calendar day).
        return await apply_dates(session, now.astimezone(PARIS).date(), now)

    async def idempotency_purge(session: AsyncSession, now: datetime) -> int:
        return await purge_expired(session, now, IdempotencyRecord)

    async def sync_log_purge(session: AsyncSession, now: datetime) -> int:
        keep = timedelta(days=settings.sync_log_retention_days)
        return await purge_log(session, SyncChange, now, keep)

    async def allocation_assignments(session: AsyncSession, now: datetime) -> int:
        return await assign_due(session, now)
    async def application_stale(session: AsyncSession, now: datetime) -> int:
        return await flag_stale(session, now, settings.application_stale_days)

    async def application_retention(session: AsyncSession, now: datetime) -> int:
        return await anonymise_expired(session, now, settings.application_retention_days)

    async def import_jobs(_session: AsyncSession, now: datetime) -> int:
        # One queued import a pass, in the runner's own transactions (see its module).
        return await import_runner.run_once(now)

    async def webhook_delivery(_session: AsyncSession, _now: datetime) -> int:
        # The dispatcher keeps its own short transactions: none stays open while it sends.
        return await dispatcher.run_once()

    return [
        Job(TICKET_AUTOCLOSE, timedelta(minutes=1), ticket_autoclose),
        Job(LABEL_EXPIRY, timedelta(minutes=5), label_expiry),
        Job(SUBSCRIPTION_EXPIRY, timedelta(minutes=15), subscription_expiry),
        Job(ENGAGEMENT_DATES, timedelta(minutes=5), engagement_dates),
        Job(INSURANCE_EXPIRY, timedelta(minutes=15), insurance_expiry),
        Job(IDEMPOTENCY_PURGE, timedelta(hours=1), idempotency_purge),
        Job(SYNC_LOG_PURGE, timedelta(hours=1), sync_log_purge),
        Job(ALLOCATION_ASSIGNMENTS, timedelta(minutes=15), allocation_assignments),
        Job(APPLICATION_STALE, timedelta(minutes=15), application_stale),
        Job(APPLICATION_RETENTION, timedelta(hours=6), application_retention),
        Job(IMPORT_JOBS, timedelta(seconds=2), import_jobs),
        Job(WEBHOOK_DELIVERY, timedelta(seconds=settings.webhook_poll_seconds), webhook_delivery),
    ]


def make_scheduler(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> Scheduler:
    return Scheduler(sessionmaker, scheduled_jobs(sessionmaker, settings))
