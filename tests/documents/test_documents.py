"""/documents (issue 19, item 2): upload, type and content checks that store nothing when they
refuse, download with ETag / ranges / RFC 6266 names, versions, archive, scope, audit."""

import hashlib
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.main import create_app
from app.models.audit import AuditEvent
from app.models.document import Document, DocumentVersion
from app.models.outbox import OutboxEvent
from app.services.documents.storage import FilesystemStorage
from tests.conftest import make_settings
from tests.documents import files
from tests.documents.conftest import s3_storage
from tests.documents.test_inspection import fake_clamd
from tests.helpers_access import PROBLEM_JSON, key_headers, make_key

API = "/api/v1/documents"


@pytest.fixture
async def w(world):
    return await world.standard()


@pytest.fixture
def state(app):
    """Set app.state attributes for one test, put back after it (monkeypatch cannot: State
    keeps its attributes in a dict of its own)."""
    saved: dict = {}

    def put(name: str, value) -> None:
        saved.setdefault(name, getattr(app.state, name))
        setattr(app.state, name, value)

    yield put
    for name, value in saved.items():
        setattr(app.state, name, value)


@pytest.fixture(autouse=True)
def fresh_storage(state, tmp_path):
    """Each test its own (empty) filesystem storage: "nothing stored" is checked exactly."""
    storage = FilesystemStorage(tmp_path / "documents")
    state("document_storage", storage)
    return storage


async def upload(
    client, account, data: bytes, *, filename="convention.pdf", declared=None, status=201, **fields
):
    form = {"kind": "loan_agreement", "title": "Convention de prêt 2026"} | {
        k: str(v) for k, v in fields.items()
    }
    response = await client.post(
        API,
        headers=account.headers,
        data=form,
        files={"file": (filename, data, declared or "application/octet-stream")},
    )
    assert response.status_code == status, response.text
    return response


async def count(app, model) -> int:
    async with app.state.sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(model))


def stored_files(app) -> list[Path]:
    root = Path(app.state.document_storage.root)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


async def assert_nothing_stored(app, data: bytes, before_files: list[Path]):
    assert not await app.state.document_storage.exists(hashlib.sha256(data).hexdigest())
    assert stored_files(app) == before_files
    assert await count(app, Document) == 0
    assert await count(app, DocumentVersion) == 0


# ---- upload -----------------------------------------------------------------------------------


async def test_an_association_uploads_a_pdf_for_its_space(app, client, w):
    data = files.pdf()
    response = await upload(client, w["assoc1"], data, space_id=w["s1"].id)
    body = response.json()
    assert response.headers["location"] == f"{API}/{body['id']}"
    assert body["association_id"] == str(w["a1"].id)  # from the space
    assert body["space_id"] == str(w["s1"].id)
    assert body["status"] == "active"
    version = body["current_version"]
    assert version["number"] == 1
    assert version["sha256"] == hashlib.sha256(data).hexdigest()
    assert version["size_bytes"] == len(data)
    assert version["content_type"] == "application/pdf"
    assert version["filename"] == "convention.pdf"
    assert version["created_by"] == str(w["assoc1"].id)
    assert await app.state.document_storage.get(version["sha256"]) == data
    async with app.state.sessionmaker() as session:
        audited = await session.scalar(
            select(AuditEvent).where(AuditEvent.action == "document.create")
        )
        event = await session.scalar(
            select(OutboxEvent).where(OutboxEvent.event_type == "document.created")
        )
    assert audited.resource_id == body["id"] or str(audited.resource_id) == body["id"]
    assert audited.changes["sha256"] == version["sha256"]
    assert event.payload["sha256"] == version["sha256"]


async def test_the_type_comes_from_the_bytes_not_the_name_nor_the_declared_type(client, w):
    response = await upload(
        client, w["assoc1"], files.pdf(), filename="photo.png", declared="image/png"
    )
    version = response.json()["current_version"]
    assert version["content_type"] == "application/pdf"
    assert version["filename"] == "photo.pdf"
    image = await upload(client, w["assoc1"], files.jpeg(), filename="scan", kind="charter")
    assert image.json()["current_version"]["content_type"] == "image/jpeg"
    assert image.json()["current_version"]["filename"] == "scan.jpg"


async def test_a_path_in_the_uploaded_name_is_dropped(client, w):
    response = await upload(client, w["assoc1"], files.png(), filename="../../etc/Attestation.png")
    assert response.json()["current_version"]["filename"] == "Attestation.png"


@pytest.mark.parametrize(
    ("data", "status", "filename"),
    [
        (b"%PDX not a pdf at all, only text", 415, "convention.pdf"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", 415, "scan.png"),
        (files.pdf_with_javascript(), 422, "convention.pdf"),
        (files.pdf_with_javascript_in_object_stream(), 422, "convention.pdf"),
        (files.pdf_with_embedded_file(), 422, "convention.pdf"),
        (files.encrypted_pdf(), 422, "convention.pdf"),
        (b"", 422, "vide.pdf"),
    ],
    ids=["text", "gif", "javascript", "objstm-javascript", "embedded", "encrypted", "empty"],
)
async def test_bad_files_are_refused_and_leave_nothing_stored(
    app, client, w, data, status, filename
):
    before = stored_files(app)
    response = await upload(client, w["assoc1"], data, filename=filename, status=status)
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    assert response.json()["status"] == status
    await assert_nothing_stored(app, data, before)


async def test_a_file_over_the_limit_is_413_and_nothing_is_stored(app, client, w, state):
    """The file part itself, counted as it is read (the body limit lets the envelope through)."""
    settings = app.state.settings.model_copy(update={"document_max_bytes": 2048})
    state("settings", settings)
    data = files.pdf("x" * 4000) + b"%" * 3000
    before = stored_files(app)
    response = await upload(client, w["assoc1"], data, status=413)
    assert response.json()["max_bytes"] == 2048
    await assert_nothing_stored(app, data, before)


async def test_a_declared_length_over_the_limit_is_refused_before_any_byte_is_read(w):
    """Content-Length above DOCUMENT_MAX_BYTES (+ the multipart envelope): 413 before the
    body is read — the app never asks for it."""
    small = create_app(make_settings(document_max_bytes=4096))
    sent: list[dict] = []

    async def receive():
        raise AssertionError("the body was read")

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": API,
        "raw_path": API.encode(),
        "query_string": b"",
        "root_path": "",
        "server": ("test", 80),
        "client": ("203.0.113.7", 50000),
        "headers": [
            (b"host", b"test"),
            (b"content-type", b"multipart/form-data; boundary=x"),
            (b"content-length", str(4096 + 64 * 1024 + 1).encode()),
            (b"authorization", b"Bearer " + w["assoc1"].token.encode()),
        ],
    }
    await small(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 413
    assert dict(start["headers"])[b"content-type"].startswith(PROBLEM_JSON.encode())
    await small.state.engine.dispose()


async def test_a_streamed_body_over_the_limit_is_413_while_it_streams(w):
    small = create_app(make_settings(document_max_bytes=4096))

    async def chunks():
        yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n'
        for _ in range(200):
            yield b"%" * 1024

    transport = httpx.ASGITransport(app=small)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.post(
            API,
            content=chunks(),
            headers=w["assoc1"].headers | {"content-type": "multipart/form-data; boundary=x"},
        )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    await small.state.engine.dispose()


async def test_the_default_limit_is_ten_megabytes_and_a_ten_megabyte_file_fits(app, client, w):
    assert app.state.settings.document_max_bytes == 10 * 1024 * 1024
    data = files.pdf() + b"%" * (10 * 1024 * 1024 - len(files.pdf()))
    assert len(data) == 10 * 1024 * 1024
    response = await upload(client, w["assoc1"], data)
    assert response.json()["current_version"]["size_bytes"] == len(data)
    over = data + b"%"
    await upload(client, w["assoc1"], over, status=413)


@pytest.mark.parametrize(
    ("fields", "loc"),
    [
        ({"kind": "contract"}, "kind"),
        ({"title": ""}, "title"),
        ({"resource_type": "loan_agreement"}, None),
    ],
)
async def test_bad_fields_are_422_and_nothing_stored(app, client, w, fields, loc):
    before = stored_files(app)
    response = await upload(client, w["assoc1"], files.png(), status=422, **fields)
    if loc:
        assert any(e["loc"][-1] == loc for e in response.json()["errors"]), response.json()
    await assert_nothing_stored(app, files.png(), before)


async def test_an_owner_outside_the_callers_scope_is_422_at_its_place(app, client, w):
    before = stored_files(app)
    other_space = await upload(client, w["assoc1"], files.png(), status=422, space_id=w["s2"].id)
    assert other_space.json()["errors"][0]["loc"] == ["body", "space_id"]
    other = await upload(client, w["assoc1"], files.png(), status=422, association_id=w["a2"].id)
    assert other.json()["errors"][0]["loc"] == ["body", "association_id"]
    mismatch = await upload(
        client,
        w["city"],
        files.png(),
        status=422,
        association_id=w["a2"].id,
        space_id=w["s1"].id,
    )
    assert mismatch.json()["errors"][0]["loc"] == ["body", "space_id"]
    unknown = await upload(
        client,
        w["assoc1"],
        files.png(),
        status=422,
        resource_type="loan_agreement",
        resource_id=uuid.uuid4(),
    )
    assert unknown.json()["errors"][0]["loc"] == ["body", "resource_id"]
    await assert_nothing_stored(app, files.png(), before)


async def test_a_document_attached_to_a_development_plan_takes_its_association(client, w):
    plan = await client.post(
        "/api/v1/development-plans",
        headers=w["assoc1"].headers,
        json={"period": "2026-2027", "title": "Plan 2026-2027"},
    )
    assert plan.status_code == 201, plan.text
    response = await upload(
        client,
        w["city"],
        files.pdf(),
        kind="development_plan",
        resource_type="development_plan",
        resource_id=plan.json()["id"],
    )
    body = response.json()
    assert body["association_id"] == str(w["a1"].id)
    assert body["resource_type"] == "development_plan"
    listed = await client.get(
        API,
        headers=w["assoc1"].headers,
        params={"resource_type": "development_plan", "resource_id": plan.json()["id"]},
    )
    assert [d["id"] for d in listed.json()["items"]] == [body["id"]]
    # another association cannot attach to it: not in its scope
    await upload(
        client,
        w["assoc2"],
        files.pdf(),
        status=422,
        resource_type="development_plan",
        resource_id=plan.json()["id"],
    )


async def test_roles_that_may_not_upload_are_403(client, w):
    await upload(client, w["vol1"], files.png(), status=403, space_id=w["s1"].id)
    await upload(client, w["partner"], files.png(), status=403)


async def test_a_city_document_with_no_association_is_the_citys_only(client, w):
    body = (await upload(client, w["city"], files.pdf(), kind="charter", title="Charte")).json()
    assert body["association_id"] is None
    assert (await client.get(f"{API}/{body['id']}", headers=w["city"].headers)).status_code == 200
    for who in ("assoc1", "vol1", "partner"):
        response = await client.get(f"{API}/{body['id']}", headers=w[who].headers)
        assert response.status_code == 404


async def test_an_association_must_name_no_other_owner_than_itself(client, w):
    body = (await upload(client, w["assoc1"], files.pdf())).json()
    assert body["association_id"] == str(w["a1"].id)


# ---- scope ------------------------------------------------------------------------------------


async def test_each_role_sees_the_documents_of_what_it_sees(client, w):
    at_s1 = (await upload(client, w["assoc1"], files.png(), space_id=w["s1"].id)).json()["id"]
    at_s1b = (await upload(client, w["assoc1"], files.jpeg(), space_id=w["s1b"].id)).json()["id"]
    of_a2 = (await upload(client, w["assoc2"], files.pdf())).json()["id"]
    expected = {
        "city": {at_s1, at_s1b, of_a2},
        "assoc1": {at_s1, at_s1b},
        "assoc2": {of_a2},
        "vol1": {at_s1},
        "partner": set(),
    }
    for who, ids in expected.items():
        listed = await client.get(API, headers=w[who].headers)
        assert {d["id"] for d in listed.json()["items"]} == ids, who
        for document_id in (at_s1, at_s1b, of_a2):
            status = (await client.get(f"{API}/{document_id}", headers=w[who].headers)).status_code
            assert status == (200 if document_id in ids else 404), (who, document_id)
            content = await client.get(f"{API}/{document_id}/content", headers=w[who].headers)
            assert content.status_code == (200 if document_id in ids else 404)


async def test_list_filters(client, w):
    await upload(
        client, w["assoc1"], files.png(), kind="insurance_certificate", space_id=w["s1"].id
    )
    await upload(client, w["assoc1"], files.pdf(), kind="charter")
    listed = await client.get(API, headers=w["assoc1"].headers, params={"kind": "charter"})
    assert [d["kind"] for d in listed.json()["items"]] == ["charter"]
    by_space = await client.get(API, headers=w["assoc1"].headers, params={"space_id": w["s1"].id})
    assert [d["kind"] for d in by_space.json()["items"]] == ["insurance_certificate"]
    bad = await client.get(API, headers=w["assoc1"].headers, params={"kind": "nope"})
    assert bad.status_code == 422


async def test_api_keys_need_the_documents_scopes(world, client, w):
    raw, _ = await make_key(world, association_id=w["a1"].id, scopes=["documents:read"])
    assert (await client.get(API, headers=key_headers(raw))).status_code == 200
    response = await client.post(
        API,
        headers=key_headers(raw),
        data={"kind": "other", "title": "x"},
        files={"file": ("a.png", files.png(), "image/png")},
    )
    assert response.status_code == 403
    writer, _ = await make_key(world, association_id=w["a1"].id, scopes=["documents:write"])
    response = await client.post(
        API,
        headers=key_headers(writer),
        data={"kind": "other", "title": "x"},
        files={"file": ("a.png", files.png(), "image/png")},
    )
    assert response.status_code == 201, response.text
    assert response.json()["association_id"] == str(w["a1"].id)


# ---- download ---------------------------------------------------------------------------------


async def test_download_has_type_name_etag_and_is_audited(app, client, w):
    data = files.pdf()
    body = (await upload(client, w["assoc1"], data, filename="Convention été 2026.pdf")).json()
    response = await client.get(body["download_url"], headers=w["assoc1"].headers)
    assert response.status_code == 200
    assert response.content == data
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["etag"] == f'"{hashlib.sha256(data).hexdigest()}"'
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-disposition"] == (
        'attachment; filename="Convention ete 2026.pdf"; '
        "filename*=UTF-8''Convention%20%C3%A9t%C3%A9%202026.pdf"
    )
    async with app.state.sessionmaker() as session:
        audited = select(AuditEvent).where(AuditEvent.action == "document.download")
        downloads = (await session.scalars(audited)).all()
    assert len(downloads) == 1
    assert downloads[0].changes == {"version": 1, "sha256": hashlib.sha256(data).hexdigest()}


async def test_if_none_match_is_304_and_not_audited(app, client, w):
    body = (await upload(client, w["assoc1"], files.png())).json()
    etag = f'"{body["current_version"]["sha256"]}"'
    response = await client.get(
        body["download_url"], headers=w["assoc1"].headers | {"If-None-Match": etag}
    )
    assert response.status_code == 304
    assert response.headers["etag"] == etag
    assert response.content == b""
    async with app.state.sessionmaker() as session:
        audited = await session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "document.download")
        )
    assert audited == 0


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-9", 0, 10),
        ("bytes=100-", 100, None),
        ("bytes=-16", -16, None),
        ("bytes=5-100000000", 5, None),
    ],
)
async def test_a_range_is_206_with_its_content_range(client, w, header, start, end):
    data = files.pdf()
    body = (await upload(client, w["assoc1"], data)).json()
    response = await client.get(
        body["download_url"], headers=w["assoc1"].headers | {"Range": header}
    )
    assert response.status_code == 206
    expected = data[start:end]
    assert response.content == expected
    first = start if start >= 0 else len(data) + start
    assert response.headers["content-range"] == (
        f"bytes {first}-{first + len(expected) - 1}/{len(data)}"
    )


async def test_an_unsatisfiable_range_is_416(client, w):
    data = files.png()
    body = (await upload(client, w["assoc1"], data)).json()
    for header in (f"bytes={len(data)}-", "bytes=-0", "bytes=9-3"):
        response = await client.get(
            body["download_url"], headers=w["assoc1"].headers | {"Range": header}
        )
        assert response.status_code == 416, header
        assert response.headers["content-range"] == f"bytes */{len(data)}"
        assert response.headers["content-type"].startswith(PROBLEM_JSON)


async def test_several_ranges_or_a_stale_if_range_get_the_whole_file(client, w):
    data = files.pdf()
    body = (await upload(client, w["assoc1"], data)).json()
    several = await client.get(
        body["download_url"], headers=w["assoc1"].headers | {"Range": "bytes=0-1,5-9"}
    )
    assert (several.status_code, several.content) == (200, data)
    stale = await client.get(
        body["download_url"],
        headers=w["assoc1"].headers | {"Range": "bytes=0-1", "If-Range": '"stale"'},
    )
    assert (stale.status_code, stale.content) == (200, data)
    fresh = await client.get(
        body["download_url"],
        headers=w["assoc1"].headers
        | {"Range": "bytes=0-1", "If-Range": f'"{body["current_version"]["sha256"]}"'},
    )
    assert (fresh.status_code, fresh.content) == (206, data[:2])


# ---- versions and archive ---------------------------------------------------------------------


async def test_a_new_version_keeps_the_earlier_ones(app, client, w):
    first, second = files.pdf("Version 1"), files.pdf("Version 2")
    body = (await upload(client, w["assoc1"], first)).json()
    url = f"{API}/{body['id']}/versions"
    response = await client.post(
        url, headers=w["assoc1"].headers, files={"file": ("v2.pdf", second, "application/pdf")}
    )
    assert response.status_code == 201, response.text
    updated = response.json()
    assert updated["current_version"]["number"] == 2
    assert updated["current_version"]["sha256"] == hashlib.sha256(second).hexdigest()
    listed = (await client.get(url, headers=w["assoc1"].headers)).json()["items"]
    assert [v["number"] for v in listed] == [2, 1]
    old = await client.get(f"{url}/1/content", headers=w["assoc1"].headers)
    assert old.content == first
    current = await client.get(updated["download_url"], headers=w["assoc1"].headers)
    assert current.content == second
    missing = await client.get(f"{url}/3/content", headers=w["assoc1"].headers)
    assert missing.status_code == 404
    async with app.state.sessionmaker() as session:
        added = await session.scalar(
            select(OutboxEvent).where(OutboxEvent.event_type == "document.version_added")
        )
    assert added.payload["version"] == 2


async def test_a_new_version_with_a_stale_if_match_is_412(client, w):
    body = (await upload(client, w["assoc1"], files.pdf())).json()
    response = await client.post(
        f"{API}/{body['id']}/versions",
        headers=w["assoc1"].headers | {"If-Match": '"stale"'},
        files={"file": ("v2.png", files.png(), "image/png")},
    )
    assert response.status_code == 412


async def test_a_refused_new_version_stores_nothing(app, client, w):
    body = (await upload(client, w["assoc1"], files.pdf())).json()
    before = stored_files(app)
    bad = files.pdf_with_javascript()
    response = await client.post(
        f"{API}/{body['id']}/versions",
        headers=w["assoc1"].headers,
        files={"file": ("v2.pdf", bad, "application/pdf")},
    )
    assert response.status_code == 422
    assert stored_files(app) == before
    assert await count(app, DocumentVersion) == 1


async def test_only_the_city_and_the_owner_add_versions_or_archive(client, w):
    body = (await upload(client, w["assoc1"], files.png(), space_id=w["s1"].id)).json()
    version = {"file": ("v2.png", files.jpeg(), "image/jpeg")}
    url = f"{API}/{body['id']}"
    assert (
        await client.post(f"{url}/versions", headers=w["vol1"].headers, files=version)
    ).status_code == 403
    assert (
        await client.post(f"{url}/versions", headers=w["assoc2"].headers, files=version)
    ).status_code == 404
    assert (await client.post(f"{url}/archive", headers=w["vol1"].headers)).status_code == 403
    assert (
        await client.post(f"{url}/versions", headers=w["city"].headers, files=version)
    ).status_code == 201


async def test_archive_keeps_the_document_and_refuses_new_versions(app, client, w):
    data = files.pdf()
    body = (await upload(client, w["assoc1"], data)).json()
    url = f"{API}/{body['id']}"
    archived = await client.post(f"{url}/archive", headers=w["assoc1"].headers)
    assert archived.status_code == 200
    assert archived.json()["status"] == "archived"
    assert archived.json()["archived_at"] is not None
    again = await client.post(f"{url}/archive", headers=w["assoc1"].headers)
    assert again.status_code == 409
    refused = await client.post(
        f"{url}/versions",
        headers=w["assoc1"].headers,
        files={"file": ("v2.png", files.png(), "image/png")},
    )
    assert refused.status_code == 409
    still = await client.get(body["download_url"], headers=w["assoc1"].headers)
    assert still.content == data
    assert (await client.delete(url, headers=w["city"].headers)).status_code == 405
    listed = await client.get(API, headers=w["assoc1"].headers, params={"status": "archived"})
    assert [d["id"] for d in listed.json()["items"]] == [body["id"]]


async def test_get_has_an_etag_and_answers_304(client, w):
    body = (await upload(client, w["assoc1"], files.png())).json()
    first = await client.get(f"{API}/{body['id']}", headers=w["assoc1"].headers)
    etag = first.headers["etag"]
    second = await client.get(
        f"{API}/{body['id']}", headers=w["assoc1"].headers | {"If-None-Match": etag}
    )
    assert second.status_code == 304


# ---- the S3 backend through the API, and the virus scan ---------------------------------------


async def test_upload_and_ranged_download_on_the_s3_backend(app, client, w, s3_server, state):
    storage = s3_storage(s3_server)
    state("document_storage", storage)
    data = files.pdf()
    body = (await upload(client, w["assoc1"], data)).json()
    assert await storage.get(body["current_version"]["sha256"]) == data
    whole = await client.get(body["download_url"], headers=w["assoc1"].headers)
    assert whole.content == data
    part = await client.get(
        body["download_url"], headers=w["assoc1"].headers | {"Range": "bytes=4-11"}
    )
    assert (part.status_code, part.content) == (206, data[4:12])
    before = await count(app, DocumentVersion)
    await upload(client, w["assoc1"], files.pdf_with_embedded_file(), status=422)
    assert not await storage.exists(hashlib.sha256(files.pdf_with_embedded_file()).hexdigest())
    assert await count(app, DocumentVersion) == before


async def test_with_clamav_set_an_infected_file_is_refused(app, client, w, tmp_path, state):
    """Through clamd's INSTREAM protocol (a fake clamd here; the real one in test_inspection)."""
    socket_path = tmp_path / "clamd.sock"
    seen: list[bytes] = []
    server = await fake_clamd(socket_path, seen)
    settings = app.state.settings.model_copy(update={"clamav_socket": str(socket_path)})
    state("settings", settings)
    try:
        clean = files.pdf()
        await upload(client, w["assoc1"], clean)
        assert seen == [clean]
        infected = files.pdf("infected") + b"\n%" + files.EICAR
        before = stored_files(app)
        response = await upload(client, w["assoc1"], infected, status=422)
        assert "Eicar-Test-Signature" in response.json()["detail"]
        assert stored_files(app) == before
    finally:
        server.close()
        await server.wait_closed()
    gone = app.state.settings.model_copy(update={"clamav_socket": str(tmp_path / "absent")})
    state("settings", gone)
    unavailable = await upload(client, w["assoc1"], files.png(), status=503)
    assert unavailable.headers["content-type"].startswith(PROBLEM_JSON)
