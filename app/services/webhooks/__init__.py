"""Webhooks: Standard Webhooks subscriptions (`subscriptions.py`) and the dispatcher that delivers
the outbox's events, signed, with retries (`dispatcher.py`)."""
