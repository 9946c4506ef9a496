"""Subscriptions of the spaces (issue 20): internet, phone, printing, software, with their
offers, speeds, monthly costs in cents, commitments and payers, kept as periods (a change of
offer starts a new period, never overwrites one), and the network's comparison.

The space's `premises.internet` (provider and connection type) stays what the premises
declare about their physical line, as the first step's checklist asks; what is subscribed,
paid for and working is here. `vocab` holds the codes, `tables` what is stored (open it first),
`schemas` the shapes. Import from `app.models.subscription`."""

from app.models.subscription.schemas import (
    EXAMPLE_SUBSCRIPTION,
    NetworkSubscriptionFigures,
    PoolingGroup,
    PoolingMember,
    PremisesConnection,
    SpaceSubscriptionFigures,
    SpaceWithoutConnection,
    SubscriptionChange,
    SubscriptionCreate,
    SubscriptionEnd,
    SubscriptionRead,
    SubscriptionStats,
    SubscriptionUpdate,
)
from app.models.subscription.tables import Subscription
from app.models.subscription.vocab import (
    ConnectionGap,
    SubscriptionKind,
    SubscriptionPayer,
    SubscriptionStatus,
)

__all__ = [
    "EXAMPLE_SUBSCRIPTION",
    "ConnectionGap",
    "NetworkSubscriptionFigures",
    "PoolingGroup",
    "PoolingMember",
    "PremisesConnection",
    "SpaceSubscriptionFigures",
    "SpaceWithoutConnection",
    "Subscription",
    "SubscriptionChange",
    "SubscriptionCreate",
    "SubscriptionEnd",
    "SubscriptionKind",
    "SubscriptionPayer",
    "SubscriptionRead",
    "SubscriptionStats",
    "SubscriptionStatus",
    "SubscriptionUpdate",
]
