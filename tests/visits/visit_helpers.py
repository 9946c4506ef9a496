"""A small network for the visit tests: spaces open since 2020, one account per role."""

from datetime import UTC, datetime, timedelta

API = "/api/v1"
CSV = "text/csv"
NDJSON = "application/x-ndjson"


async def network(world) -> dict:
    a1, a2 = await world.association(), await world.association()
    s1 = await world.space(a1.id, inaugurated_on="2020-01-01")
    s1b = await world.space(a1.id, inaugurated_on="2020-01-01")
    s2 = await world.space(a2.id, inaugurated_on="2020-01-01")
    return {
        "a1": a1, "a2": a2, "s1": s1, "s1b": s1b, "s2": s2,
        "city": await world.user("city"),
        "assoc1": await world.user("association", association_id=a1.id),
        "assoc2": await world.user("association", association_id=a2.id),
        "vol1": await world.user("volunteer", association_id=a1.id, space_ids=[s1.id]),
    }


def ago(**delta) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat()


def visit_body(space, **extra) -> dict:
    body = {
        "space_id": str(space), "occurred_at": ago(days=1), "duration_minutes": 45,
        "mode": "individual_support", "skills": ["read-caf-file"], "equipment": ["computer"],
        "profile": {"age_band": "40_59", "gender": "female", "social_status": "unemployed",
                    "postcode": "59100", "first_visit": True},
        "autonomy": "partly_autonomous", "referral": "caf",
    }
    body.update(extra)
    return body


HEADER = ("external_id,space_id,occurred_at,duration_minutes,mode,participants,skills,equipment,"
          "age_band,gender,social_status,postcode,first_visit,age_bands,first_visits,autonomy,"
          "referral\n")


def csv_row(n: int, space_id, *, mode: str = "individual_support", when: str | None = None,
            **cells) -> str:
    values = {
        "external_id": f"V-{n}", "space_id": str(space_id),
        "occurred_at": when or f"2025-03-{n % 28 + 1:02d}T10:00:00+01:00",
        "duration_minutes": "45", "mode": mode, "participants": "1",
        "skills": "read-caf-file|print-attestations", "equipment": "computer",
        "age_band": "25_39", "gender": "male", "social_status": "employed",
        "postcode": "59100", "first_visit": "true", "age_bands": "", "first_visits": "",
        "autonomy": "autonomous", "referral": "none",
    }
    if mode == "collective_workshop":
        values.update(participants="6", age_band="", gender="", social_status="", postcode="",
                      first_visit="", age_bands="60_69:3|70_plus:2", first_visits="2")
    values.update({k: str(v) for k, v in cells.items()})
    return ",".join(values[name] for name in HEADER.strip().split(",")) + "\n"


async def skill_marks(world) -> int:
    """The (visit, skill) pairs stored: one per bit set in `visits.skills`."""
    from sqlalchemy import func, select

    from app.models.training import Skill
    from app.models.visit import Visit
    from app.services.visits.skill_bits import has_skill

    async with world.session() as session:
        statement = select(func.count()).select_from(Visit).join(Skill, has_skill(Skill.bit))
        return (await session.execute(statement)).scalar_one()
