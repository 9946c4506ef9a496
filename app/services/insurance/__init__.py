"""Insurance certificates of the spaces: recorded, decided by the city, announced as they end."""
