"""Recruitment of accompagnateurs (issue 18): `descriptions` (fiches de poste, versioned),
`missions` (a description at a space; the public list), `applications` (the public endpoint,
the status machine, accepting, and the scheduler's stale flags and anonymisation)."""
