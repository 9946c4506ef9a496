"""The demo network's year of visits: a few thousand, spread over the spaces that existed a year
ago (opening days, busier on Wednesdays and Saturdays), with workshops on the six savoirs. A step
of `app.demo.network.seed_demo`, idempotent: the visits carry external ids `demo-<n>`, and a
network that has them is left alone. Written in bulk, with their daily counts."""

import random
from datetime import datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM
from app.core.clock import PARIS, utcnow
from app.models.training import SEED_SKILLS
from app.models.visit import GroupProfile, IndividualProfile, Visit
from app.services.visits import skill_bits
from app.services.visits.records import VisitRules, add_to_daily_counts, visit_columns

VISITS_PER_SPACE_DAY = (2, 9)
MODES = ("free_access", "individual_support", "individual_support", "remote")
AGES = ("12_17", "18_24", "25_39", "25_39", "40_59", "40_59", "60_69", "70_plus", "not_stated")
STATUSES = ("in_education", "unemployed", "unemployed", "employed", "retired", "not_stated")
AUTONOMY = ("fully_assisted", "partly_autonomous", "partly_autonomous", "autonomous")
REFERRALS = ("none",) * 6 + ("caf", "france_travail", "cpam", "town_hall", "social_services")


async def seed_visits(session: AsyncSession, seeded) -> None:
    done = await session.scalar(select(Visit.id).where(Visit.source == "app",
                                                       Visit.external_id == "demo-1"))
    if done is not None:
        return
    rules = await VisitRules.load(session, SYSTEM)
    now = utcnow()
    start = (now - timedelta(days=365)).astimezone(PARIS).date()
    chance = random.Random(2011)  # the same demo every time
    skills = sorted(SEED_SKILLS)
    rows, n = [], 0
    for space_id in sorted(seeded.spaces.values()):
        space = rules.spaces.get(space_id)
        if space is None or not space.writable:
            continue
        for offset in range(365):
            day = start + timedelta(days=offset)
            if day.weekday() == 6:
                continue
            busy = 2 if day.weekday() in (2, 5) else 1
            for _ in range(chance.randint(*VISITS_PER_SPACE_DAY) * busy // 2 + 1):
                at = datetime.combine(day, time(chance.randint(9, 17), chance.choice((0, 30))),
                                      PARIS)
                if at < space.existed_since or at > now:
                    continue
                n += 1
                workshop = n % 25 == 0
                mode = "collective_workshop" if workshop else chance.choice(MODES)
                participants = chance.randint(4, 10) if workshop else 1
                values = visit_columns(
                    space=space, occurred_at=at, duration_minutes=chance.choice(
                        (15, 20, 30, 45, 60, 90, 120)), mode=mode, participants=participants,
                    equipment=[chance.choice(("computer", "computer", "phone", "tablet"))],
                    profile=None if workshop else IndividualProfile(
                        age_band=chance.choice(AGES), gender=chance.choice(
                            ("female", "female", "male", "not_stated")),
                        social_status=chance.choice(STATUSES), postcode="59100",
                        first_visit=chance.random() < 0.3),
                    counts=GroupProfile(age_bands={"60_69": participants // 2},
                                        first_visits=1) if workshop else None,
                    autonomy=None if workshop else chance.choice(AUTONOMY),
                    referral=chance.choice(REFERRALS), recorded_by=None, source="app",
                    external_id=f"demo-{n}",
                )
                rows.append(values)
                worked_on = chance.sample(skills, chance.choice((0, 1, 1, 2)))
                values["skills"] = skill_bits.mask_of(worked_on, rules.skills)
    for begin in range(0, len(rows), 500):
        await session.execute(insert(Visit), rows[begin:begin + 500])
    await add_to_daily_counts(session, rows)
    await session.commit()
