"""Files the documents' tests upload: real PDFs (fpdf2), PNG and JPEG (Pillow), and PDFs built
byte by byte to carry what must be refused (scripts, embedded files, encryption)."""

import io
import zlib
from datetime import UTC, datetime

from fpdf import FPDF
from PIL import Image


def pdf(text: str = "Convention de prêt — ENC des Hauts-Champs") -> bytes:
    document = FPDF()
    document.set_creation_date(datetime(2026, 9, 1, tzinfo=UTC))
    document.add_page()
    document.set_font("helvetica", size=12)
    document.multi_cell(0, 10, text.encode("latin-1", "replace").decode("latin-1"))
    return bytes(document.output())


def png(colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, format="PNG")
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (30, 200, 30)).save(out, format="JPEG")
    return out.getvalue()


def handmade_pdf(*objects: bytes, trailer: bytes = b"<< /Root 1 0 R >>") -> bytes:
    """A PDF of these objects, numbered from 1 (the xref table is not needed by the check)."""
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    for number, content in enumerate(objects, start=1):
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    return body + b"trailer\n" + trailer + b"\n%%EOF\n"


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [] /Count 0 >>"


def stream(data: bytes, dictionary: bytes = b"", *, flate: bool = True) -> bytes:
    raw = zlib.compress(data) if flate else data
    filters = b" /Filter /FlateDecode" if flate else b""
    return (
        b"<< /Length %d" % len(raw)
        + filters
        + b" "
        + dictionary
        + b" >>\nstream\n"
        + raw
        + b"\nendstream"
    )


def pdf_with_javascript() -> bytes:
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>"
    action = b"<< /S /JavaScript /JS (app.alert\\('bonjour'\\)) >>"
    return handmade_pdf(catalog, PAGES, action)


def pdf_with_escaped_javascript() -> bytes:
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>"
    return handmade_pdf(catalog, PAGES, b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>")


def pdf_with_embedded_file() -> bytes:
    catalog = b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>"
    names = b"<< /Names [(a.exe) 4 0 R] >>"
    spec = b"<< /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>"
    payload = stream(b"MZ\x90\x00", b"/Type /EmbeddedFile")
    return handmade_pdf(catalog, PAGES, names, spec, payload)


def pdf_with_javascript_in_object_stream() -> bytes:
    """The script's dictionary only inside a compressed object stream (/ObjStm)."""
    inner = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
    header = b"4 0 "
    objstm = stream(header + inner, b"/Type /ObjStm /N 1 /First %d" % len(header))
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>"
    return handmade_pdf(catalog, PAGES, objstm)


def encrypted_pdf() -> bytes:
    encrypt = b"<< /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>"
    return handmade_pdf(CATALOG, PAGES, encrypt, trailer=b"<< /Root 1 0 R /Encrypt 3 0 R >>")


def pdf_with_image_bytes_looking_like_a_name() -> bytes:
    """A JPEG stream whose samples happen to hold `/JS ` is still a passive PDF."""
    image = stream(
        b"\xff\xd8\xff\xe0" + b"/JS " * 4 + b"\xff\xd9",
        b"/Type /XObject /Subtype /Image /Filter /DCTDecode",
        flate=False,
    )
    return handmade_pdf(CATALOG, PAGES, image)


def pdf_with_object_stream_only() -> bytes:
    """A passive PDF whose objects live in a compressed object stream."""
    inner = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    header = b"3 0 "
    objstm = stream(header + inner, b"/Type /ObjStm /N 1 /First %d" % len(header))
    return handmade_pdf(CATALOG, PAGES, objstm)


EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
