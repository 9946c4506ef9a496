"""Reports (issue 17, item 5). `network_review.py`: the network's yearly review (the *bilan*),
built from a list of sections, each giving its JSON shape and drawing its part of the PDF;
`pdf.py`: the printable document (fpdf2) and its charts (matplotlib, headless)."""
