"""Start-up objects are frozen out of the collector and young collections are rarer while the
app runs; stopping the app gives the collector back as it was."""

import gc

from app.main import GC_THRESHOLD, create_app


async def test_the_lifespan_freezes_start_up_and_tunes_the_threshold(settings) -> None:
    before = gc.get_threshold()
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        assert gc.get_freeze_count() > 10_000  # routes, models, validators, the OpenAPI document
        assert gc.get_threshold() == GC_THRESHOLD
        assert app.openapi_schema is not None  # built during start-up, not by the first caller
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
