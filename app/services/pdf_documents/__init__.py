"""Generated PDFs from the API's own data, in French (fpdf2): the loan agreement, the charter of
the ENC label and the equipment hand-over receipt, with clauses from versioned templates the city
edits. Each is a pure `render_<thing>(session, id) -> bytes` (the same data gives the same
bytes; signatures will store them as document versions) and a scoped `<thing>_pdf(session,
actor, …)` for the GET routes."""
