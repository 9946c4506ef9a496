"""What an uploaded file is, judged from its bytes only: its type by magic bytes (`filetype`),
never its name or the declared Content-Type; a PDF's active content; a virus scan by clamd.

The PDF check is a byte scan, not a parser (pypdf is a test dependency only, and a lenient
parser may skip what a viewer would still run): every name token in the file is decoded
(`/J#61vaScript` is `/JavaScript`) and compared, in the raw bytes and in every stream the file
holds once inflated (FlateDecode — so names hidden in compressed object streams, `/ObjStm`,
are seen too). Streams are inflated with a bound on their output (a zip bomb is refused, not
expanded). An encrypted PDF is refused: its streams cannot be read, so they cannot be checked.
"""

import asyncio
import base64
import binascii
import re
import struct
import zlib
from dataclasses import dataclass

import filetype

from app.core.errors import UnsupportedMediaType, ValidationFailed

ALLOWED_TYPES = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}
# Names whose presence makes a PDF active: scripts, and files carried inside it.
FORBIDDEN_PDF_NAMES = {
    b"JS": "JavaScript",
    b"JavaScript": "JavaScript",
    b"EmbeddedFile": "an embedded file",
    b"EmbeddedFiles": "embedded files",
}
INFLATE_MAX_BYTES = 64 * 1024 * 1024  # all streams of one file together, once inflated

_NAME = re.compile(rb"/([^\s/\[\]()<>{}%\x00]*)")
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]()<>{}%]+)")
# Filters that only ever hold image samples: nothing in them is read as PDF objects.
_IMAGE_FILTERS = {b"DCTDecode", b"DCT", b"JPXDecode", b"CCITTFaxDecode", b"CCF", b"JBIG2Decode"}
_FLATE = {b"FlateDecode", b"Fl"}
_HEX = {b"ASCIIHexDecode", b"AHx"}
_A85 = {b"ASCII85Decode", b"A85"}


@dataclass(frozen=True)
class Inspected:
    content_type: str
    extension: str


def detect(data: bytes) -> Inspected:
    """The file's type from its first bytes; 415 unless PDF, PNG or JPEG."""
    kind = filetype.guess(data[:8192]) if data else None
    if kind is None or kind.mime not in ALLOWED_TYPES:
        found = f" (it looks like {kind.mime})" if kind else ""
        raise UnsupportedMediaType(
            f"Only PDF, PNG and JPEG files are accepted, recognised by their content{found}.",
            accepted=sorted(ALLOWED_TYPES),
        )
    return Inspected(kind.mime, ALLOWED_TYPES[kind.mime])


def _decoded(name: bytes) -> bytes:
    if b"#" in name:
        return _HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)
    return name


def _names(data: bytes) -> set[bytes]:
    return {_decoded(match.group(1)) for match in _NAME.finditer(data)}


def _refuse(detail: str) -> ValidationFailed:
    return ValidationFailed(detail, loc=["body", "file"])


def _split(data: bytes):
    """The file's object syntax (everything outside streams) and its streams, each with the
    filters its dictionary names (stream lengths are not trusted: `endstream` ends one)."""
    syntax, streams, position = [], [], 0
    while (match := _STREAM.search(data, position)) is not None:
        header = data[position : match.start()]
        syntax.append(header)
        filters = _FILTER.findall(header[-4096:])
        names = [_decoded(n) for n in _NAME.findall(filters[-1])] if filters else []
        start = match.end()
        end = data.find(_ENDSTREAM, start)
        streams.append((names, data[start:] if end < 0 else data[start:end]))
        if end < 0:
            return syntax, streams
        position = end + len(_ENDSTREAM)
    syntax.append(data[position:])
    return syntax, streams


def _decode_stream(filters: list[bytes], raw: bytes, budget: int) -> bytes | None:
    """The stream's bytes as a reader sees them (None: image samples only)."""
    out = raw
    for name in filters:
        if name in _IMAGE_FILTERS:
            return None
        if name in _FLATE:
            inflater = zlib.decompressobj()
            try:
                out = inflater.decompress(out, budget + 1)
            except zlib.error:
                raise _refuse("This PDF has a damaged compressed stream; it is refused.") from None
            if len(out) > budget:
                raise _refuse("This PDF's streams inflate to more than can be checked.")
        elif name in _HEX:
            out = binascii.unhexlify(
                re.sub(rb"[^0-9A-Fa-f]", b"", out.split(b">")[0]).ljust(2, b"0")
            )
        elif name in _A85:
            try:
                out = base64.a85decode(re.sub(rb"\s", b"", out).split(b"~>")[0])
            except ValueError:
                raise _refuse("This PDF has a damaged ASCII85 stream; it is refused.") from None
        else:
            raise _refuse(
                f"This PDF uses the /{name.decode(errors='replace')} filter, which cannot be "
                "checked; save it again as a standard PDF."
            )
    return out


def check_pdf(data: bytes) -> None:
    """422 if the PDF carries JavaScript or embedded files, or is encrypted."""
    syntax, streams = _split(data)
    names: set[bytes] = set()
    for part in syntax:
        names |= _names(part)
    budget = INFLATE_MAX_BYTES
    for filters, raw in streams:
        decoded = _decode_stream(filters, raw, budget)
        if decoded is not None:
            budget -= len(decoded)
            if filters:  # an unfiltered stream may be page content, an ObjStm, or binary
                names |= _names(decoded)
            else:
                names |= _names(decoded) & set(FORBIDDEN_PDF_NAMES)
    if b"Encrypt" in names:
        raise _refuse("Encrypted PDFs are refused: their content cannot be checked.")
    for name, what in FORBIDDEN_PDF_NAMES.items():
        if name in names:
            raise _refuse(
                f"This PDF carries {what} (/{name.decode()}); only passive PDFs are accepted."
            )


# ---- ClamAV --------------------------------------------------------------------------------

CLAMD_CHUNK = 64 * 1024
CLAMD_TIMEOUT_SECONDS = 30.0


class ScannerUnavailable(Exception):
    pass


async def clamd_scan(socket_path: str, data: bytes) -> str | None:
    """Send the bytes to clamd (INSTREAM); the virus's name if one is found, else None."""
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_unix_connection(socket_path), CLAMD_TIMEOUT_SECONDS
        )
    except (OSError, TimeoutError) as exc:
        raise ScannerUnavailable(str(exc)) from exc
    try:
        writer.write(b"zINSTREAM\0")
        for offset in range(0, len(data), CLAMD_CHUNK):
            chunk = data[offset : offset + CLAMD_CHUNK]
            writer.write(struct.pack("!L", len(chunk)) + chunk)
        writer.write(struct.pack("!L", 0))
        await writer.drain()
        answer = await asyncio.wait_for(reader.readuntil(b"\0"), CLAMD_TIMEOUT_SECONDS)
    except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
        raise ScannerUnavailable(str(exc)) from exc
    finally:
        writer.close()
    text = answer.rstrip(b"\0").decode("utf-8", "replace")  # "stream: OK", "stream: X FOUND"
    if text.endswith("FOUND"):
        return text.removeprefix("stream:").removesuffix("FOUND").strip()
    if text.endswith("OK"):
        return None
    raise ScannerUnavailable(text)
