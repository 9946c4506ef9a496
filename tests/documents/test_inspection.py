"""What an upload is, from its bytes: the type by magic numbers, a PDF's active content (byte
scan, object streams included), and the clamd INSTREAM client."""

import asyncio
import os
import struct
import zlib
from pathlib import Path

import pytest

from app.core.errors import UnsupportedMediaType, ValidationFailed
from app.services.documents import inspection
from tests.documents import files


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (files.pdf(), "application/pdf"),
        (files.png(), "image/png"),
        (files.jpeg(), "image/jpeg"),
    ],
)
def test_the_three_accepted_types_are_recognised_by_their_bytes(data, content_type):
    assert inspection.detect(data).content_type == content_type


@pytest.mark.parametrize(
    "data",
    [
        b"Bonjour, ceci est un fichier texte nomme convention.pdf",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40,
        b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        b"",
    ],
    ids=["text", "gif", "exe", "zip", "svg", "empty"],
)
def test_anything_else_is_415(data):
    with pytest.raises(UnsupportedMediaType):
        inspection.detect(data)


@pytest.mark.parametrize(
    "make",
    [files.pdf, files.pdf_with_object_stream_only, files.pdf_with_image_bytes_looking_like_a_name],
)
def test_passive_pdfs_pass(make):
    inspection.check_pdf(make())


@pytest.mark.parametrize(
    ("make", "what"),
    [
        (files.pdf_with_javascript, "JavaScript"),
        (files.pdf_with_escaped_javascript, "JavaScript"),
        (files.pdf_with_javascript_in_object_stream, "JavaScript"),
        (files.pdf_with_embedded_file, "embedded file"),
        (files.encrypted_pdf, "Encrypted"),
    ],
)
def test_active_or_unreadable_pdfs_are_refused(make, what):
    with pytest.raises(ValidationFailed, match=what):
        inspection.check_pdf(make())


def test_embedded_files_named_only_in_the_catalog_are_refused():
    catalog = b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>"
    data = files.handmade_pdf(catalog, files.PAGES, b"<< /Names [] >>")
    with pytest.raises(ValidationFailed, match="embedded files"):
        inspection.check_pdf(data)


def test_a_stream_that_inflates_past_the_bound_is_refused(monkeypatch):
    monkeypatch.setattr(inspection, "INFLATE_MAX_BYTES", 1000)
    data = files.handmade_pdf(files.CATALOG, files.PAGES, files.stream(b"\0" * 50_000))
    with pytest.raises(ValidationFailed, match="inflate"):
        inspection.check_pdf(data)


def test_a_damaged_compressed_stream_is_refused():
    broken = b"<< /Length 9 /Filter /FlateDecode >>\nstream\nnot zlib!\nendstream"
    with pytest.raises(ValidationFailed, match="damaged"):
        inspection.check_pdf(files.handmade_pdf(files.CATALOG, files.PAGES, broken))


def test_an_unchecked_filter_is_refused_rather_than_trusted():
    lzw = b"<< /Length 4 /Filter /LZWDecode >>\nstream\n\x80\x0b`P\nendstream"
    with pytest.raises(ValidationFailed, match="LZWDecode"):
        inspection.check_pdf(files.handmade_pdf(files.CATALOG, files.PAGES, lzw))


def test_a_script_behind_ascii85_then_flate_is_found():
    import base64

    script = zlib.compress(b"<< /S /JavaScript /JS (x) >>")
    encoded = base64.a85encode(script) + b"~>"
    chained = (
        b"<< /Length %d /Filter [/ASCII85Decode /FlateDecode] /Type /ObjStm >>\nstream\n"
        % len(encoded)
        + encoded
        + b"\nendstream"
    )
    with pytest.raises(ValidationFailed, match="JavaScript"):
        inspection.check_pdf(files.handmade_pdf(files.CATALOG, files.PAGES, chained))


# ---- clamd ------------------------------------------------------------------------------------


async def fake_clamd(path: Path, seen: list[bytes]):
    """A clamd speaking INSTREAM on a Unix socket: FOUND for the EICAR test string."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        command = await reader.readuntil(b"\0")
        assert command == b"zINSTREAM\0"
        data = b""
        while True:
            (size,) = struct.unpack("!L", await reader.readexactly(4))
            if size == 0:
                break
            data += await reader.readexactly(size)
        seen.append(data)
        answer = b"stream: Eicar-Test-Signature FOUND" if files.EICAR in data else b"stream: OK"
        writer.write(answer + b"\0")
        await writer.drain()
        writer.close()

    return await asyncio.start_unix_server(serve, path=str(path))


async def test_the_instream_client_sends_the_bytes_in_chunks_and_reads_the_verdict(tmp_path):
    seen: list[bytes] = []
    socket_path = tmp_path / "clamd.sock"
    server = await fake_clamd(socket_path, seen)
    try:
        big = files.pdf() * 40  # several 64 KiB chunks
        assert await inspection.clamd_scan(str(socket_path), big) is None
        assert seen[-1] == big
        found = await inspection.clamd_scan(str(socket_path), files.EICAR)
        assert found == "Eicar-Test-Signature"
    finally:
        server.close()
        await server.wait_closed()


async def test_no_clamd_at_the_socket_is_scanner_unavailable(tmp_path):
    with pytest.raises(inspection.ScannerUnavailable):
        await inspection.clamd_scan(str(tmp_path / "absent.sock"), b"x")


def _real_clamd() -> str | None:
    candidates = [
        os.environ.get("CLAMAV_SOCKET"),
        "/run/clamav/clamd.ctl",
        "/var/run/clamav/clamd.ctl",
        "/tmp/clamd.socket",
    ]
    return next((c for c in candidates if c and os.path.exists(c)), None)


@pytest.mark.skipif(
    _real_clamd() is None,
    reason="no clamd here: set CLAMAV_SOCKET (or run clamav-daemon at /run/clamav/clamd.ctl) "
    "to test against the real scanner; the INSTREAM client is tested against a fake above",
)
async def test_the_real_clamd_finds_the_eicar_test_file():
    socket_path = _real_clamd()
    assert await inspection.clamd_scan(socket_path, files.pdf()) is None
    assert await inspection.clamd_scan(socket_path, files.EICAR) is not None
