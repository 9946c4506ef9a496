"""The organisations of the network: the host associations and the partners (the maintenance
operator, ANIS, the Médiathèque). Open `associations.py` first, then `partners.py`."""
