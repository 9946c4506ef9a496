import pytest


@pytest.fixture
async def net(world):
    w = await world.standard()
    a1 = w["a1"]
    # a recruit of A1 assigned nowhere yet, and an association user of A1 as tutor
    w["recruit"] = await world.user("volunteer", association_id=a1.id)
    w["tutor"] = await world.user("association", association_id=a1.id)
    return w
