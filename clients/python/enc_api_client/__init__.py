"""A client library for accessing ENC API — Espaces Numériques Citoyens de Roubaix"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
