"""The rules on an engagement's terms, and the status its dates give.

`ends_on` is the engagement's last day. A Service Civique lasts 6 to 12 months (from
`starts_on` to the day before the same date 6, or 12, months later) at 24 to 48 hours a week;
outside, 422 naming the field. A status written `planned` or `active` is read as the dates
give it today: `active` from `starts_on`, `ended` once `ends_on` is past (the scheduler writes
it down and moves the space assignment: reads never write)."""

import calendar
from datetime import date, timedelta

from sqlalchemy import and_, false, or_

from app.core.errors import ValidationFailed
from app.models.engagement import (
    SERVICE_CIVIQUE_MONTHS,
    SERVICE_CIVIQUE_WEEKLY_HOURS,
    Engagement,
    EngagementKind,
    EngagementStatus,
    ServiceCiviqueTerms,
)

S = EngagementStatus
LIVE = (S.planned.value, S.active.value)  # written so; the dates may say otherwise


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def service_civique_bounds(starts_on: date) -> tuple[date, date]:
    """The earliest and latest last day of a Service Civique starting on `starts_on`."""
    shortest, longest = SERVICE_CIVIQUE_MONTHS
    return (
        add_months(starts_on, shortest) - timedelta(days=1),
        add_months(starts_on, longest) - timedelta(days=1),
    )


def check_terms(
    kind: str,
    starts_on: date,
    ends_on: date | None,
    weekly_hours: float,
    service_civique: ServiceCiviqueTerms | None,
    today: date,
) -> None:
    """422 at the first field that breaks a rule, before anything is written."""
    if ends_on is not None and ends_on < starts_on:
        raise ValidationFailed("An engagement ends on or after its start.", loc=("body", "ends_on"))
    if kind != EngagementKind.service_civique:
        if service_civique is not None:
            raise ValidationFailed(
                "Only a Service Civique has a contract and mandatory trainings.",
                loc=("body", "service_civique"),
            )
        return
    if ends_on is None:
        raise ValidationFailed(
            "A Service Civique has an end date (6 to 12 months).", loc=("body", "ends_on")
        )
    earliest, latest = service_civique_bounds(starts_on)
    if not earliest <= ends_on <= latest:
        raise ValidationFailed(
            f"A Service Civique lasts 6 to 12 months: starting on {starts_on}, it ends between "
            f"{earliest} and {latest}.",
            loc=("body", "ends_on"),
        )
    low, high = SERVICE_CIVIQUE_WEEKLY_HOURS
    if not low <= weekly_hours <= high:
        raise ValidationFailed(
            f"A Service Civique is {low} to {high} hours a week.", loc=("body", "weekly_hours")
        )
    if service_civique is not None:
        for name in ("civic_training", "first_aid_training"):
            training = getattr(service_civique, name)
            if training.done and (training.on is None or training.on > today):
                raise ValidationFailed(
                    "A training followed has its date, today or before.",
                    loc=("body", "service_civique", name, "on"),
                )


def effective_status(engagement: Engagement, on: date) -> str:
    if engagement.status not in LIVE:
        return engagement.status
    if engagement.ends_on is not None and engagement.ends_on < on:
        return S.ended.value
    if engagement.starts_on <= on:
        return S.active.value
    return S.planned.value


def status_condition(status: EngagementStatus, on: date):
    """SQL: the engagements whose status, as the dates give it on `on`, is `status`."""
    e = Engagement
    live = e.status.in_(LIVE)
    not_over = or_(e.ends_on.is_(None), e.ends_on >= on)
    if status == S.planned:
        return and_(live, e.starts_on > on)
    if status == S.active:
        return and_(live, e.starts_on <= on, not_over)
    if status == S.ended:
        return or_(e.status == S.ended.value, and_(live, e.ends_on < on))
    if status == S.cancelled:
        return e.status == S.cancelled.value
    return false()


def live_on(on: date):
    """SQL: the engagements under way on `on` (they hold the space assignment)."""
    e = Engagement
    return and_(e.status.in_(LIVE), e.starts_on <= on, or_(e.ends_on.is_(None), e.ends_on >= on))
