"""The label tests' network: two associations, a space each to apply with, accounts."""

import pytest


@pytest.fixture
async def net(world, client):
    w = await world.standard()
    w["space"] = await world.space(w["a1"].id, inaugurated_on="2020-01-01")
    w["bare"] = await world.space(w["a2"].id, inaugurated_on="2020-01-01")
    w["volunteer"] = await world.user(
        "volunteer", association_id=w["a1"].id, space_ids=[w["space"].id]
    )
    w["bare_volunteer"] = await world.user(
        "volunteer", association_id=w["a2"].id, space_ids=[w["bare"].id]
    )
    w["anis"] = await world.user("partner", partner_id=w["trainer"].id)
    return w
