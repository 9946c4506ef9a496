import pytest


@pytest.fixture
async def net(world):
    w = await world.standard()
    w["anis"] = await world.user("partner", partner_id=w["trainer"].id)
    return w
