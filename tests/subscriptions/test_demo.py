"""The demo network's subscriptions: costs in cents for every space, the Cul de Four without
cable (ordered, not in service), the Hauts-Champs' change of offer kept as two periods, and
Numericable commitments to pool; seeding twice adds nothing."""

from sqlalchemy import func, select

from app.core.actor import SYSTEM
from app.demo.network import seed_demo
from app.models.subscription import Subscription
from app.services.subscriptions.stats import subscription_stats


async def test_demo_subscriptions(app, world):
    maker = app.state.sessionmaker
    await seed_demo(maker, app.state.settings, app.state.document_storage)
    async with world.session() as session:
        count = await session.scalar(select(func.count()).select_from(Subscription))
        stats = await subscription_stats(session, SYSTEM)
        hauts_champs = (
            await session.execute(
                select(Subscription.period_number, Subscription.offer)
                .where(
                    Subscription.kind == "internet",
                    Subscription.line_id.in_(
                        select(Subscription.line_id).where(Subscription.period_number == 2)
                    ),
                )
                .order_by(Subscription.period_number)
            )
        ).all()
    assert [(w.space_name, w.gap) for w in stats.without_working_connection] == [
        ("ENC du Cul de Four", "planned")
    ]
    assert [offer for _, offer in hauts_champs] == [
        "Numericable Pro 30 Mbit/s",
        "Numericable Pro 100 Mbit/s",
    ]
    [cable] = [g for g in stats.pooling_groups if g.provider == "Numericable"]
    assert cable.spaces >= 3
    paying = [s for s in stats.spaces if s.subscriptions]
    assert all(s.monthly_cost_incl_vat_cents >= s.monthly_cost_excl_vat_cents > 0 for s in paying)
    assert stats.network.monthly_cost_incl_vat_cents == sum(
        s.monthly_cost_incl_vat_cents for s in stats.spaces
    )
    await seed_demo(maker, app.state.settings, app.state.document_storage)
    async with world.session() as session:
        assert await session.scalar(select(func.count()).select_from(Subscription)) == count
