"""Derived views of a space's weekly hours (pure functions, no I/O)."""

from datetime import datetime, time

from app.core.clock import PARIS
from app.models.space import WEEKDAY_ORDER

OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def _t(value: str | time) -> time:
    return value if isinstance(value, time) else time.fromisoformat(value)


def _hh_mm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"  # what f"{value:%H:%M}" gives, without strftime


def weekly_minutes(slots: list[dict]) -> int:
    """Exact published minutes a week (what ratios in cents divide by, without rounding)."""
    minutes = 0
    for slot in slots:
        opens, closes = _t(slot["opens"]), _t(slot["closes"])
        minutes += (closes.hour * 60 + closes.minute) - (opens.hour * 60 + opens.minute)
    return minutes


def weekly_hours(slots: list[dict]) -> float:
    return round(weekly_minutes(slots) / 60, 2)


def osm_opening_hours(slots: list[dict]) -> str | None:
    """`Mo-Fr 09:00-12:00; We 14:00-18:00` style, consecutive days with equal hours grouped."""
    if not slots:
        return None
    # One pass over the slots (each parsed once), not one per weekday: every space in a list
    # page computes this.
    ranges: dict[str, list[tuple[time, time]]] = {}
    for slot in slots:
        ranges.setdefault(slot["weekday"], []).append((_t(slot["opens"]), _t(slot["closes"])))
    by_day = [
        ",".join(f"{_hh_mm(o)}-{_hh_mm(c)}" for o, c in sorted(ranges.get(day.value, ())))
        for day in WEEKDAY_ORDER
    ]
    rules: list[str] = []
    index = 0
    while index < 7:
        hours = by_day[index]
        end = index
        while end + 1 < 7 and by_day[end + 1] == hours:
            end += 1
        if hours:
            days = OSM_DAYS[index] if end == index else f"{OSM_DAYS[index]}-{OSM_DAYS[end]}"
            if end == index + 1:
                days = f"{OSM_DAYS[index]},{OSM_DAYS[end]}"
            rules.append(f"{days} {hours}")
        index = end + 1
    return "; ".join(rules)


def is_open_at(slots: list[dict], closures: list[dict], moment: datetime) -> bool:
    """Whether the space is open at `moment`: an aware datetime (stored times are UTC) is read
    on the wall clock of Europe/Paris, where opening hours are kept; a naive one is taken as
    already local."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(PARIS)
    day = moment.date()
    for closure in closures:
        if str(closure["from"]) <= day.isoformat() <= str(closure["to"]):
            return False
    weekday = WEEKDAY_ORDER[moment.weekday()].value
    now = moment.time().replace(tzinfo=None)
    return any(s["weekday"] == weekday and _t(s["opens"]) <= now < _t(s["closes"]) for s in slots)
