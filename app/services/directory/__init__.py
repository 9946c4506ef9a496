"""What the network publishes: the open directory of spaces for the portal (`public.py`) and the
national *lieux de médiation numérique* standard export (`mediation_standard.py`)."""
