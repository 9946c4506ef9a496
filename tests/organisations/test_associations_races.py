"""Races between archiving an association and giving it a new space."""

import asyncio

import pytest
from sqlalchemy import select

from app.models.association import Association
from app.models.space import Space
from tests.core.test_http_helpers import API


@pytest.mark.commits
async def test_archive_and_new_space_never_both_win(world, client, app):
    city = await world.user("city")
    for attempt in range(12):
        association = await world.association()
        body = {
            "association_id": str(association.id),
            "kind": "paic",
            "name": f"PAIC {attempt}",
            "street": "1 rue de Lannoy",
            "postcode": "59100",
        }
        archived, created = await asyncio.gather(
            client.post(f"{API}/associations/{association.id}/archive", headers=city.headers),
            client.post(f"{API}/spaces", json=body, headers=city.headers),
        )
        # exactly one wins: an archived association never holds an active space
        assert sorted([archived.status_code, created.status_code]) in ([200, 409], [201, 409]), (
            archived.text,
            created.text,
        )
        async with app.state.sessionmaker() as session:
            row = await session.get(Association, association.id)
            active = (
                await session.execute(
                    select(Space.id).where(
                        Space.association_id == association.id, Space.archived_at.is_(None)
                    )
                )
            ).all()
        assert not (row.archived_at is not None and active)
