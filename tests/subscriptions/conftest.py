import pytest


@pytest.fixture
async def net(world):
    """A1 with S1 (7 hours a week) and S1b, A2 with S2; an account per role and relation."""
    from app.core.actor import SYSTEM
    from app.models.space import SpaceUpdate
    from app.services.spaces import records as spaces
    from tests.subscriptions.helpers import HOURS

    w = await world.standard()
    async with world.session() as session:
        w["s1"] = await spaces.update_space(
            session, SYSTEM, w["s1"].id, SpaceUpdate(opening_hours=HOURS), None
        )
    w["vol1b"] = await world.user("volunteer", association_id=w["a1"].id, space_ids=[w["s1b"].id])
    return w
