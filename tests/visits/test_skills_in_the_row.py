"""A visit's skills are bits of `visits.skills` (`skills.bit` per skill) and its association is
checked with its space by one composite key: what reads and writes see (both backends)."""

import uuid
from datetime import datetime

import pytest
from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError

from app.models.training import Skill
from app.models.visit import Visit
from app.services.visits import skill_bits
from app.services.visits.records import local_day_and_week
from tests.helpers_access import assert_problem
from tests.visits.visit_helpers import API, ago, network, visit_body

NEW = {
    "code": "use-ameli-account",
    "title_fr": "Utiliser son compte ameli",
    "title_en": "Use one's ameli account",
}


async def _new_skill_on_the_last_bit(world, client) -> None:
    city = await world.user("city")
    created = await client.post(f"{API}/skills", json=NEW, headers=city.headers)
    assert created.status_code == 201, created.text
    async with world.session() as session:  # the highest bit: a BIGINT, not an INTEGER
        await session.execute(update(Skill).where(Skill.code == NEW["code"]).values(bit=62))
        await session.commit()
    skill_bits.forget()


async def test_skills_round_trip_filter_and_group_on_the_highest_bit(world, client):
    w = await network(world)
    await _new_skill_on_the_last_bit(world, client)
    body = visit_body(w["s1"].id, skills=[NEW["code"], "read-caf-file"])
    created = await client.post(f"{API}/visits", json=body, headers=w["vol1"].headers)
    assert created.status_code == 201, created.text
    assert created.json()["skills"] == sorted([NEW["code"], "read-caf-file"])
    plain = await client.post(
        f"{API}/visits", json=visit_body(w["s1"].id, skills=[]), headers=w["vol1"].headers
    )
    assert plain.status_code == 201 and plain.json()["skills"] == []
    async with world.session() as session:
        mask = await session.scalar(
            Visit.__table__.select()
            .with_only_columns(Visit.skills)
            .where(Visit.id == uuid.UUID(created.json()["id"]))
        )
    assert mask == 1 << 62 | 1 << (await _bits(world))["read-caf-file"]

    headers = w["assoc1"].headers
    for code, expected in (
        (NEW["code"], [created.json()["id"]]),
        ("read-caf-file", [created.json()["id"]]),
        ("print-attestations", []),
        ("no-such-skill", []),
    ):
        listed = await client.get(f"{API}/visits", params={"skill": code}, headers=headers)
        assert listed.status_code == 200, listed.text
        assert [v["id"] for v in listed.json()["items"]] == expected, code

    stats = await client.get(f"{API}/stats/visits", params={"group_by": "skill"}, headers=headers)
    assert stats.status_code == 200, stats.text
    by_skill = {r["keys"]["skill"]: r["visits"] for r in stats.json()["rows"]}
    assert by_skill == {NEW["code"]: 1, "read-caf-file": 1}

    city = await world.user("city")
    refused = await client.delete(f"{API}/skills/{NEW['code']}", headers=city.headers)
    assert_problem(refused, 409)


async def _bits(world) -> dict[str, int]:
    from sqlalchemy import select

    async with world.session() as session:
        return dict((await session.execute(select(Skill.code, Skill.bit))).all())


async def test_new_skills_take_free_bits_up_to_63(world, client):
    city = await world.user("city")
    bits = await _bits(world)
    assert sorted(bits.values()) == list(range(len(bits)))  # the seeded ones: 0, 1, 2 …
    async with world.session() as session:
        await session.execute(
            insert(Skill),
            [
                {
                    "id": uuid.uuid4(),
                    "code": f"extra-{bit}",
                    "title_fr": "x",
                    "title_en": "x",
                    "bit": bit,
                }
                for bit in range(len(bits), 62)
            ],
        )
        await session.commit()
    last = await client.post(f"{API}/skills", json=NEW, headers=city.headers)
    assert last.status_code == 201, last.text
    assert (await _bits(world))[NEW["code"]] == 62
    full = await client.post(
        f"{API}/skills", json={**NEW, "code": "one-too-many"}, headers=city.headers
    )
    assert_problem(full, 409)
    assert "63" in full.json()["detail"]


async def test_no_visit_can_name_another_association_than_its_space(world):
    w = await network(world)
    occurred = datetime.fromisoformat(ago(days=1))
    day, week = local_day_and_week(occurred)
    row = {
        "space_id": w["s1"].id,
        "association_id": w["a2"].id,
        "occurred_at": occurred,
        "local_day": day,
        "iso_week": week,
        "duration_minutes": 30,
        "mode": "free_access",
        "source": "app",
    }
    async with world.session() as session:
        with pytest.raises(IntegrityError):
            async with session.begin_nested():
                await session.execute(insert(Visit), [row])
        with pytest.raises(IntegrityError):
            async with session.begin_nested():
                await session.execute(
                    insert(Visit), [{**row, "space_id": uuid.uuid4(), "association_id": w["a1"].id}]
                )
        async with session.begin_nested():  # the space's own association: accepted
            await session.execute(insert(Visit), [{**row, "association_id": w["a1"].id}])
