"""The label's criteria: the rules computed on live data, the seeded catalogue, and the
versioned catalogue the city edits.

Each rule reads the data the other resources keep, through their services where one exists
(equipment counts, trained volunteers, the agreement in force), at one moment `now`, and
answers (measured value, met). A rule compares its measure with the criterion's threshold N.
"""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.core.clock import PARIS
from app.core.errors import NotFound
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict, is_unique_violation
from app.core.repository import Repository, rowwise, whole_table
from app.models.document import Document, DocumentKind, DocumentSignature, DocumentStatus
from app.models.label import (
    LabelCriteriaPublish,
    LabelCriteriaVersion,
    LabelCriteriaVersionRead,
    LabelCriterionKind,
    LabelCriterionSpec,
    LabelRule,
)
from app.models.maintenance import MaintenanceTicket
from app.models.space import Space
from app.models.visit import VisitDailyCount
from app.services import audit, policy
from app.services.equipment import loan_agreements
from app.services.equipment import stats as equipment_stats
from app.services.insurance import certificates as insurance_certificates
from app.services.spaces.opening_hours import weekly_hours
from app.services.training import enrolments


@dataclass(frozen=True)
class Measure:
    measured: float
    met: bool
    detail: str


Rule = Callable[[AsyncSession, Space, float, datetime], Awaitable[Measure]]


@dataclass(frozen=True)
class RuleDefinition:
    default_threshold: float
    evaluate: Rule


def _yes(value: bool, detail: str) -> Measure:
    return Measure(measured=1.0 if value else 0.0, met=value, detail=detail)


def _at_least(measured: float, threshold: float, unit: str) -> Measure:
    return Measure(
        measured=measured,
        met=measured >= threshold,
        detail=f"{measured:g} {unit} (N = {threshold:g})",
    )


async def _dedicated_room(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    room = bool((space.premises or {}).get("dedicated_room"))
    return _yes(room, "a dedicated room" if room else "no dedicated room declared")


async def _opening_hours(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    return _at_least(round(weekly_hours(space.opening_hours or []), 2), n, "published hours a week")


async def _internet(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    internet = (space.premises or {}).get("internet")
    if not internet:
        return _yes(False, "no internet connection declared")
    return _yes(True, f"{internet.get('connection_type')} by {internet.get('provider')}")


async def _networks(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    premises = space.premises or {}
    present = [name for name in ("computer_network", "printer_network") if premises.get(name)]
    missing = {"computer_network", "printer_network"} - set(present)
    return Measure(
        measured=float(len(present)),
        met=not missing,
        detail="both networks" if not missing else f"missing: {', '.join(sorted(missing))}",
    )


async def _insurance(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    """A certificate the city confirmed, covering today; what the premises say by hand and a
    certificate still pending count for nothing."""
    on = now.astimezone(PARIS).date()
    certificate = await insurance_certificates.confirmed_on(session, space.id, on)
    if certificate is None:
        if await insurance_certificates.has_pending(session, space.id):
            return _yes(False, "an insurance certificate awaits the city's confirmation")
        return _yes(False, "no confirmed insurance certificate covering today")
    return _yes(
        True,
        f"{certificate.insurer} {certificate.policy_number}, valid until "
        f"{certificate.valid_until.isoformat()} (certificate {certificate.id})",
    )


async def _loan_agreement(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    on = now.astimezone(PARIS).date()
    agreement = await loan_agreements.active_agreement_for(session, space.association_id, on)
    if agreement is None:
        return _yes(False, "no loan agreement in force")
    return _yes(True, f"{agreement.reference}, until {agreement.ends_on.isoformat()}")


async def _workstations(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    summary = await equipment_stats.space_summary(session, SYSTEM, space.id)
    return _at_least(float(summary.operational_workstations), n, "operational workstations")


async def _printers(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    summary = await equipment_stats.space_summary(session, SYSTEM, space.id)
    return _at_least(float(summary.printers), n, "printers in service")


async def _trained(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    summary = await enrolments.space_training_summary(session, SYSTEM, space.id)
    return _at_least(
        float(summary.trained_volunteers),
        n,
        f"trained of {summary.assigned_volunteers} assigned volunteers",
    )


def _month_starts(on: date, months: int) -> list[date]:
    """The first days of the `months` complete calendar months before `on`'s month."""
    starts, year, month = [], on.year, on.month
    for _ in range(months):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        starts.append(date(year, month, 1))
    return starts


async def _monthly_visits(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    months = max(int(n), 1)
    starts = _month_starts(now.astimezone(PARIS).date(), months)
    first_of_this_month = now.astimezone(PARIS).date().replace(day=1)
    days = await session.execute(
        select(VisitDailyCount.local_day)
        .where(
            VisitDailyCount.space_id == space.id,
            VisitDailyCount.local_day >= starts[-1],
            VisitDailyCount.local_day < first_of_this_month,
            VisitDailyCount.visits > 0,
        )
        .distinct()
    )
    counted = {(day.year, day.month) for day in days.scalars().all()}
    missing = [s for s in starts if (s.year, s.month) not in counted]
    return Measure(
        measured=float(months - len(missing)),
        met=not missing,
        detail="visits every month"
        if not missing
        else "no visit recorded in " + ", ".join(s.strftime("%Y-%m") for s in sorted(missing)),
    )


async def _no_long_breach(session: AsyncSession, space: Space, n: float, now: datetime) -> Measure:
    """Tickets still unresolved whose resolution deadline passed more than N days ago (a
    ticket waiting on the requester stops its clock where it paused)."""
    limit = now - timedelta(days=n)
    t = MaintenanceTicket
    rows = await session.execute(
        select(t.title, t.resolve_due_at, t.paused_at)
        .where(
            t.space_id == space.id,
            t.resolved_at.is_(None),
            t.cancelled_at.is_(None),
            t.resolve_due_at < limit,
        )
        .order_by(t.resolve_due_at)
    )
    long_breached = [
        title for title, due, paused in rows.all() if (paused or now) - due > timedelta(days=n)
    ]
    return Measure(
        measured=float(len(long_breached)),
        met=not long_breached,
        detail="none"
        if not long_breached
        else f"breached for over {n:g} days: {', '.join(long_breached[:10])}",
    )


RULES: dict[LabelRule, RuleDefinition] = {
    LabelRule.dedicated_room: RuleDefinition(1, _dedicated_room),
    LabelRule.weekly_opening_hours: RuleDefinition(10, _opening_hours),
    LabelRule.internet_connection: RuleDefinition(1, _internet),
    LabelRule.computer_and_printer_networks: RuleDefinition(2, _networks),
    LabelRule.valid_insurance: RuleDefinition(1, _insurance),
    LabelRule.active_loan_agreement: RuleDefinition(1, _loan_agreement),
    LabelRule.operational_workstations: RuleDefinition(3, _workstations),
    LabelRule.printers: RuleDefinition(1, _printers),
    LabelRule.trained_volunteer: RuleDefinition(1, _trained),
    LabelRule.monthly_visits: RuleDefinition(3, _monthly_visits),
    LabelRule.no_long_breached_ticket: RuleDefinition(30, _no_long_breach),
}


# ---- declarative criteria: met by a document --------------------------------------------------
# The seeded declarative criteria each name the kind of document that meets them. A criterion
# the city adds without one here is met by any document the applicant names (attestation).
# "Signed" for the charter: only a charter whose current version the association signed
# (`POST /documents/{id}/signatures`) meets it; an unsigned upload is not the signed paper.
SIGNED_BY: dict[str, str] = {"charter_signed": "association"}
DOCUMENT_KINDS: dict[str, DocumentKind] = {
    "charter_signed": DocumentKind.charter,
    "welcome_booklet": DocumentKind.welcome_booklet,
    "development_plan": DocumentKind.development_plan,
}


def _documents_of(space: Space):
    """Documents of the space, or of its association with no space named."""
    return select(Document).where(
        Document.status == DocumentStatus.active.value,
        Document.association_id == space.association_id,
        or_(Document.space_id == space.id, Document.space_id.is_(None)),
    )


def _signed(party: str):
    """The document's current version carries this party's signature."""
    return (
        select(DocumentSignature.id)
        .where(
            DocumentSignature.document_id == Document.id,
            DocumentSignature.version_number == Document.current_version,
            DocumentSignature.party == party,
        )
        .exists()
    )


async def document_meets(
    session: AsyncSession, document: Document, space: Space, code: str
) -> bool:
    kind = DOCUMENT_KINDS.get(code)
    if not (
        document.status == DocumentStatus.active.value
        and document.association_id == space.association_id
        and document.space_id in (None, space.id)
        and (kind is None or document.kind == kind)
    ):
        return False
    party = SIGNED_BY.get(code)
    if party is None:
        return True
    signed = select(_signed(party)).where(Document.id == document.id)
    return bool(await session.scalar(signed))


async def document_for(
    session: AsyncSession, space: Space, code: str, pinned: uuid.UUID | None
) -> Document | None:
    """The document meeting criterion `code` for `space`: the one the applicant named while it
    still qualifies, else (for a criterion with a kind) the space's newest active document of
    that kind, else its association's."""
    if pinned is not None:
        document = await session.get(Document, pinned)
        if document is not None and await document_meets(session, document, space, code):
            return document
    kind = DOCUMENT_KINDS.get(code)
    if kind is None:
        return None
    statement = _documents_of(space).where(Document.kind == kind.value)
    if code in SIGNED_BY:
        statement = statement.where(_signed(SIGNED_BY[code]))
    return (
        await session.execute(
            statement
            .order_by(Document.space_id.is_(None), Document.created_at.desc(), Document.id.desc())
            .limit(1)
        )
    ).scalar_one_or_none()


def threshold_of(criterion: LabelCriterionSpec) -> float | None:
    if criterion.kind != LabelCriterionKind.automatic or criterion.rule is None:
        return None
    return (
        criterion.threshold
        if criterion.threshold is not None
        else (RULES[criterion.rule].default_threshold)
    )


async def measure(
    session: AsyncSession, space: Space, criterion: LabelCriterionSpec, now: datetime
) -> Measure:
    return await RULES[criterion.rule].evaluate(session, space, threshold_of(criterion), now)


# ---- the catalogue ------------------------------------------------------------------------------


def _auto(code: str, title: str, rule: LabelRule, **extra) -> dict:
    return {
        "code": code,
        "title": title,
        "kind": "automatic",
        "rule": rule.value,
        "mandatory": True,
        **extra,
    }


def _declared(code: str, title: str, description: str) -> dict:
    return {
        "code": code,
        "title": title,
        "kind": "declarative",
        "mandatory": True,
        "description": description,
    }


# From the seed's first step (premises, hours, equipment, a trained team, counting) and fifth
# (the charter, the welcome booklet, the development plan).
SEED_CRITERIA: list[dict] = [
    _auto("dedicated_room", "Une salle dédiée à l'accueil numérique", LabelRule.dedicated_room),
    _auto(
        "opening_hours",
        "Au moins 10 heures d'ouverture publiées par semaine",
        LabelRule.weekly_opening_hours,
        threshold=10,
    ),
    _auto("internet", "Une connexion internet", LabelRule.internet_connection),
    _auto(
        "networks", "Réseaux informatique et d'impression", LabelRule.computer_and_printer_networks
    ),
    _auto("insurance", "Une assurance valide", LabelRule.valid_insurance),
    _auto("loan_agreement", "Une convention de prêt en vigueur", LabelRule.active_loan_agreement),
    _auto(
        "workstations",
        "Au moins 3 postes informatiques opérationnels",
        LabelRule.operational_workstations,
        threshold=3,
    ),
    _auto("printer", "Une imprimante en service", LabelRule.printers, threshold=1),
    _auto(
        "trained_volunteer",
        "Au moins un accompagnateur formé par l'organisme de formation",
        LabelRule.trained_volunteer,
        threshold=1,
    ),
    _auto(
        "self_evaluation",
        "Visites comptées chacun des 3 derniers mois (outil d'auto-évaluation)",
        LabelRule.monthly_visits,
        threshold=3,
    ),
    _auto(
        "maintenance",
        "Aucun ticket de maintenance hors délai depuis plus de 30 jours",
        LabelRule.no_long_breached_ticket,
        threshold=30,
    ),
    _declared(
        "charter_signed",
        "Charte du label ENC signée",
        "La charte signée par l'association et la Ville.",
    ),
    _declared(
        "welcome_booklet",
        "Livret d'accueil en usage",
        "Le livret d'accueil remis aux personnes accueillies.",
    ),
    _declared(
        "development_plan", "Plan de développement", "Le projet du lieu sur la durée de la charte."
    ),
]


def to_read(version: LabelCriteriaVersion) -> LabelCriteriaVersionRead:
    criteria = []
    for raw in version.criteria:
        spec = LabelCriterionSpec.model_validate(raw)
        criteria.append(spec.model_dump() | {"threshold": threshold_of(spec)})
    return LabelCriteriaVersionRead(
        number=version.number,
        criteria=criteria,
        note=version.note,
        published_at=version.published_at,
    )


def specs(version: LabelCriteriaVersion) -> list[LabelCriterionSpec]:
    return [LabelCriterionSpec.model_validate(raw) for raw in version.criteria]


def _seeded_version() -> LabelCriteriaVersion:
    return LabelCriteriaVersion(
        number=1,
        criteria=[
            LabelCriterionSpec.model_validate(c).model_dump(mode="json") for c in SEED_CRITERIA
        ],
        note="Critères initiaux (étapes 1 et 5 de la démarche)",
    )


async def _latest(session: AsyncSession) -> LabelCriteriaVersion | None:
    return (
        await session.execute(
            select(LabelCriteriaVersion).order_by(LabelCriteriaVersion.number.desc()).limit(1)
        )
    ).scalar_one_or_none()


async def current_version(session: AsyncSession) -> LabelCriteriaVersion:
    """The latest published version; the seeded one is published on first use by a write (an
    application, a new catalogue) in the writer's transaction. Reads use `shown_version`."""
    latest = await _latest(session)
    if latest is not None:
        return latest
    seeded = _seeded_version()
    try:
        async with session.begin_nested():
            session.add(seeded)
    except IntegrityError as exc:  # a concurrent first use published it: read theirs
        if not is_unique_violation(exc):
            raise
        return (
            await session.execute(
                select(LabelCriteriaVersion).where(LabelCriteriaVersion.number == 1)
            )
        ).scalar_one()
    return seeded


async def shown_version(session: AsyncSession) -> LabelCriteriaVersion:
    """The version in force as a read shows it, writing nothing: before the first write
    publishes it, the seeded version (number 1) is shown as it will be stored."""
    return await _latest(session) or _seeded_version()


async def get_current(session: AsyncSession, actor: Actor) -> LabelCriteriaVersionRead:
    policy.require_scope(actor, "labels:read")
    return to_read(await shown_version(session))


async def get_version(session: AsyncSession, actor: Actor, number: int) -> LabelCriteriaVersionRead:
    policy.require_scope(actor, "labels:read")
    version = (
        await session.execute(
            select(LabelCriteriaVersion).where(LabelCriteriaVersion.number == number)
        )
    ).scalar_one_or_none()
    if version is None and number == 1 and await _latest(session) is None:
        version = _seeded_version()
    if version is None:
        raise NotFound("No such criteria version.")
    return to_read(version)


CRITERIA_VERSIONS = Repository[LabelCriteriaVersion, LabelCriteriaVersionRead](
    LabelCriteriaVersion,
    scope=whole_table,  # the catalogue is the network's, read by all
    label="criteria version",
    key="number",
    to_reads=rowwise(lambda row, actor: to_read(row)),
    sorts={"number": SortKey(LabelCriteriaVersion.number, "int")},
    default_sort="-number",
)


def list_versions(session: AsyncSession, actor: Actor) -> Listing[LabelCriteriaVersionRead]:
    return CRITERIA_VERSIONS.listing(session, actor)


async def publish(
    session: AsyncSession, actor: Actor, data: LabelCriteriaPublish
) -> tuple[LabelCriteriaVersionRead, bool]:
    """A new version when the catalogue changes (applications keep theirs); (read, created)."""
    policy.require(actor, "label_criteria:write")
    current = await current_version(session)
    wanted = [c.model_dump(mode="json") for c in data.criteria]
    if wanted == current.criteria:
        await session.commit()
        return to_read(current), False
    number = (await session.execute(select(func.max(LabelCriteriaVersion.number)))).scalar_one() + 1
    version = LabelCriteriaVersion(
        number=number, criteria=wanted, note=data.note, published_by=actor.user_id
    )
    session.add(version)
    await flush_or_conflict(
        session, "Another version was published at the same moment; read it and try again."
    )
    audit.record(
        session,
        actor,
        "label_criteria.publish",
        "label_criteria",
        version.id,
        {"number": number, "codes": [c["code"] for c in wanted]},
    )
    await session.commit()
    return to_read(version), True
