import pytest


@pytest.fixture
async def net(world):
    return await world.standard()
