"""Subscriptions of the spaces: records and periods (`records`), the notice of commitments
ending (`expiry`, a scheduler job) and the network's comparison (`stats`)."""
