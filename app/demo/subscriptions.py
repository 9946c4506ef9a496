"""The demo's subscriptions: what each space of the network pays for every month, in cents.

The field report: the 2011 connections are Numericable cable, paid by the city for the ENC,
"sauf au Cul de Four" where the neighbourhood cannot have it yet — its cable subscription is
ordered (`planned`), so the comparison lists the space without a working connection. The
Hauts-Champs' line changed offer in 2024 (two periods). Commitments end within a few months
of each other: the comparison shows them as candidates for pooling. Prices and dates are made
up. A step of `app.demo.network.seed_demo`, idempotent: a space that has a subscription is
left alone. Everything goes through the subscriptions' service, as the city."""

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM
from app.models.subscription import (
    Subscription,
    SubscriptionChange,
    SubscriptionCreate,
    SubscriptionUpdate,
)
from app.services.subscriptions import records as subscriptions


def _cable(
    offer: str, down: int, excl: int, *, payer: str = "city", started: str = "2011-03-01"
) -> dict:
    return {
        "kind": "internet",
        "provider": "Numericable",
        "offer": offer,
        "connection_type": "cable",
        "advertised_down_kbps": down,
        "advertised_up_kbps": down // 20,
        "monthly_cost_excl_vat_cents": excl,
        "monthly_cost_incl_vat_cents": excl * 6 // 5,  # 20 % VAT: every price a multiple of 5
        "payer": payer,
        "started_on": started,
    }


def _printing(excl: int) -> dict:
    return {
        "kind": "printing",
        "provider": "Ricoh",
        "offer": "Copieur multifonction, 1 000 pages par mois",
        "monthly_cost_excl_vat_cents": excl,
        "monthly_cost_incl_vat_cents": excl * 6 // 5,
        "payer": "association",
        "started_on": "2011-09-01",
    }


# space key → (subscriptions, days from today to each commitment's end or None, measured kbit/s)
DEMO_SUBSCRIPTIONS: dict[str, list[tuple[dict, int | None, int | None]]] = {
    "enc-hauts-champs": [
        # 81 Mbit/s measured on the offer of 2024 (the second period)
        (_cable("Numericable Pro 30 Mbit/s", 30000, 2900), 45, 81000),
        (_printing(3500), 200, None),
    ],
    "enc-epeule": [
        (_cable("Numericable Pro 100 Mbit/s", 100000, 3400, started="2011-04-01"), 60, 81000),
        (_printing(3500), 210, None),
    ],
    "enc-nouveau-roubaix": [
        (_cable("Numericable Pro 100 Mbit/s", 100000, 3400, started="2011-05-15"), 75, 64000),
    ],
    "enc-secours-populaire": [
        (_cable("Numericable Pro 30 Mbit/s", 30000, 2900, started="2011-06-01"), 400, 24000),
    ],
    "enc-servir": [
        (_cable("Numericable Pro 100 Mbit/s", 100000, 3400, started="2011-09-01"), 100, 92000),
    ],
    "paic-petites-haies": [
        (
            _cable(
                "Box Numericable 30 Mbit/s", 30000, 2000, payer="association", started="2012-01-01"
            ),
            None,
            22000,
        ),
    ],
    "paic-trichon": [
        (
            _cable(
                "Box Numericable 30 Mbit/s", 30000, 2000, payer="association", started="2012-02-01"
            ),
            None,
            None,
        ),
    ],
    "enc-cul-de-four": [
        # ordered, not in service: the neighbourhood cannot have the cable yet
        (
            _cable("Numericable Pro 30 Mbit/s", 30000, 2900, started="2011-10-01")
            | {"status": "planned"},
            None,
            None,
        ),
        (
            {
                "kind": "phone",
                "provider": "Orange",
                "offer": "Ligne fixe analogique",
                "monthly_cost_excl_vat_cents": 1650,
                "monthly_cost_incl_vat_cents": 1980,
                "payer": "association",
                "started_on": "2011-10-01",
            },
            120,
            None,
        ),
    ],
}
HAUTS_CHAMPS_2024 = {
    "starts_on": "2024-09-01",
    "offer": "Numericable Pro 100 Mbit/s",
    "advertised_down_kbps": 100000,
    "advertised_up_kbps": 5000,
    "monthly_cost_excl_vat_cents": 3400,
    "monthly_cost_incl_vat_cents": 4080,
}


async def seed_subscriptions(session: AsyncSession, seeded) -> None:
    on = date.today()
    for key, items in DEMO_SUBSCRIPTIONS.items():
        space_id = seeded.spaces.get(key)
        if space_id is None or await session.scalar(
            select(Subscription.id).where(Subscription.space_id == space_id).limit(1)
        ):
            continue
        for values, commitment_days, measured in items:
            body = dict(values)
            if commitment_days is not None:
                body["commitment_ends_on"] = (on + timedelta(days=commitment_days)).isoformat()
            created = await subscriptions.create_subscription(
                session, SYSTEM, space_id, SubscriptionCreate.model_validate(body)
            )
            if key == "enc-hauts-champs" and body["kind"] == "internet":
                created = await subscriptions.change_offer(
                    session,
                    SYSTEM,
                    created.id,
                    SubscriptionChange.model_validate(HAUTS_CHAMPS_2024),
                )
            if measured is not None:
                await subscriptions.update_subscription(
                    session,
                    SYSTEM,
                    created.id,
                    SubscriptionUpdate(
                        measured_down_kbps=measured,
                        measured_on=on - timedelta(days=7),
                    ),
                    None,
                )
