"""The storage suite: every test runs on the filesystem backend and on the S3 one (against the
moto server process), through the same interface (issue 19, item 1)."""

import hashlib
import os

import pytest

from app.core.config import Settings
from app.services.documents.storage import (
    BlobNotFound,
    FilesystemStorage,
    S3Storage,
    make_storage,
)

DATA = bytes(range(256)) * 1200  # 300 KiB: more than one chunk


async def test_put_returns_the_sha256_and_get_gives_the_bytes_back(storage):
    blob = await storage.put(DATA)
    assert blob.key == hashlib.sha256(DATA).hexdigest()
    assert blob.size == len(DATA)
    assert await storage.get(blob.key) == DATA
    assert await storage.exists(blob.key)
    assert await storage.size(blob.key) == len(DATA)


async def test_a_stream_of_chunks_is_stored_under_the_same_key(storage):
    async def chunks():
        for offset in range(0, len(DATA), 70_001):
            yield DATA[offset : offset + 70_001]

    blob = await storage.put(chunks())
    assert blob.key == hashlib.sha256(DATA).hexdigest()
    assert blob.size == len(DATA)
    assert await storage.get(blob.key) == DATA


@pytest.mark.parametrize(
    ("start", "end"), [(0, 1), (10, 20), (255, 70_000), (len(DATA) - 5, len(DATA))]
)
async def test_a_byte_range_is_read_without_the_rest(storage, start, end):
    blob = await storage.put(DATA)
    assert await storage.get(blob.key, start, end) == DATA[start:end]


async def test_a_range_from_an_offset_to_the_end(storage):
    blob = await storage.put(DATA)
    assert await storage.get(blob.key, len(DATA) - 100) == DATA[-100:]


async def test_the_same_bytes_twice_are_one_blob_never_rewritten(storage):
    first = await storage.put(b"la charte du label ENC")
    second = await storage.put(b"la charte du label ENC")
    assert first == second
    assert await storage.get(first.key) == b"la charte du label ENC"


async def test_different_bytes_get_different_keys(storage):
    one, other = await storage.put(b"version 1"), await storage.put(b"version 2")
    assert one.key != other.key
    assert await storage.get(one.key) == b"version 1"
    assert await storage.get(other.key) == b"version 2"


async def test_an_unknown_key_is_absent(storage):
    missing = hashlib.sha256(b"never stored").hexdigest()
    assert not await storage.exists(missing)
    with pytest.raises(BlobNotFound):
        await storage.get(missing)
    with pytest.raises(BlobNotFound):
        await storage.size(missing)


@pytest.mark.parametrize("key", ["../../etc/passwd", "ABC", "", "g" * 64, "a" * 63])
async def test_a_key_that_is_not_a_sha256_names_nothing(storage, key):
    assert not await storage.exists(key)
    with pytest.raises(BlobNotFound):
        await storage.get(key)


async def test_an_empty_file_is_a_blob_too(storage):
    blob = await storage.put(b"")
    assert blob.key == hashlib.sha256(b"").hexdigest()
    assert await storage.get(blob.key) == b""


# ---- what each backend does underneath ---------------------------------------------------------


async def test_filesystem_is_content_addressed_and_leaves_no_temporary_file(tmp_path):
    storage = FilesystemStorage(tmp_path)
    blob = await storage.put(DATA)
    path = tmp_path / blob.key[:2] / blob.key[2:4] / blob.key
    assert path.read_bytes() == DATA
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files == [path]


async def test_filesystem_never_overwrites_a_stored_blob(tmp_path):
    """Even a damaged copy under the name is left as it is (the name is the hash: a writer
    with those bytes has nothing to add); it is not replaced in place."""
    storage = FilesystemStorage(tmp_path)
    blob = await storage.put(b"original")
    path = storage.path_of(blob.key)
    before = os.stat(path)
    await storage.put(b"original")
    after = os.stat(path)
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


async def test_s3_stores_under_the_prefix_in_the_real_server(s3_server):
    import boto3

    from tests.documents.conftest import S3_KEY, S3_REGION, S3_SECRET, s3_storage

    storage = s3_storage(s3_server)
    blob = await storage.put(b"sur le serveur")
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id=S3_KEY,
        aws_secret_access_key=S3_SECRET,
        region_name=S3_REGION,
    )
    bucket = storage.store.config["bucket"]
    listing = client.list_objects_v2(Bucket=bucket)
    assert [o["Key"] for o in listing["Contents"]] == [f"documents/{blob.key}"]


def test_settings_choose_the_backend(tmp_path, s3_server):
    common = dict(env="test", _env_file=None)
    filesystem = make_storage(Settings(**common, data_dir=str(tmp_path)))
    assert isinstance(filesystem, FilesystemStorage)
    assert filesystem.root == tmp_path / "documents"
    chosen = make_storage(
        Settings(
            **common, document_storage="s3", s3_bucket="enc-documents", s3_endpoint_url=s3_server
        )
    )
    assert isinstance(chosen, S3Storage)
    with pytest.raises(ValueError, match="S3_BUCKET"):
        Settings(**common, document_storage="s3")
