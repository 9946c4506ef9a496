"""Where documents' bytes live: one small interface, two backends, chosen by settings.

A blob's key is the SHA-256 of its bytes (hex), so a blob is written once and never changed:
putting the same bytes again finds them there; two uploads of the same file share one blob.

* `FilesystemStorage` (the default, `DOCUMENT_STORAGE=filesystem`): `DOCUMENT_DIR/ab/cd/<sha>`,
  written to a temporary file in the same folder, flushed to disk, then linked into place
  (`os.link` fails when the name exists, so a blob is never overwritten, even by a racing
  writer; the temporary file is removed either way).
* `S3Storage` (`DOCUMENT_STORAGE=s3`): an S3-compatible bucket through `obstore` (async, a Rust
  client: one wheel, no aiohttp/botocore stack at run time), written with `If-None-Match: *`
  (obstore's `mode="create"`), so here too an existing blob is never replaced.

Refused uploads never reach `put`: the service checks the bytes first.
"""

import asyncio
import contextlib
import hashlib
import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.core.config import Settings

CHUNK = 256 * 1024


@dataclass(frozen=True)
class StoredBlob:
    key: str  # the SHA-256 of the bytes, hex
    size: int


class BlobNotFound(LookupError):
    pass


class DocumentStorage(Protocol):
    name: str

    async def put(self, data: bytes | AsyncIterable[bytes]) -> StoredBlob:
        """Store the bytes (whole or as chunks); the key is their SHA-256."""

    async def get(self, key: str, start: int | None = None, end: int | None = None) -> bytes:
        """The blob's bytes, or those of [start, end) (end exclusive); BlobNotFound if absent."""

    async def exists(self, key: str) -> bool: ...

    async def size(self, key: str) -> int:
        """The blob's size in bytes; BlobNotFound if absent."""


def _check_key(key: str) -> str:
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise BlobNotFound(key)  # not a SHA-256: nothing by that name can be stored
    return key


async def _chunks(data: bytes | AsyncIterable[bytes]) -> AsyncIterator[bytes]:
    if isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data)
        for offset in range(0, len(data), CHUNK):
            yield data[offset : offset + CHUNK]
        return
    async for chunk in data:
        if chunk:
            yield bytes(chunk)


class FilesystemStorage:
    name = "filesystem"

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    def path_of(self, key: str) -> Path:
        _check_key(key)
        return self.root / key[:2] / key[2:4] / key

    async def put(self, data: bytes | AsyncIterable[bytes]) -> StoredBlob:
        self.root.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        handle, temp_name = await asyncio.to_thread(
            tempfile.mkstemp, prefix=".incoming-", dir=self.root
        )
        try:
            with os.fdopen(handle, "wb") as temp:
                async for chunk in _chunks(data):
                    digest.update(chunk)
                    size += len(chunk)
                    await asyncio.to_thread(temp.write, chunk)
                await asyncio.to_thread(temp.flush)
                await asyncio.to_thread(os.fsync, temp.fileno())
            key = digest.hexdigest()
            await asyncio.to_thread(self._place, Path(temp_name), self.path_of(key))
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
        return StoredBlob(key=key, size=size)

    @staticmethod
    def _place(temp: Path, final: Path) -> None:
        final.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(temp, final)  # atomic, and refuses to replace an existing name
        except FileExistsError:
            return  # the same bytes are already there (same name, same content)
        os.chmod(final, 0o440)

    async def get(self, key: str, start: int | None = None, end: int | None = None) -> bytes:
        path = self.path_of(key)

        def read() -> bytes:
            try:
                with open(path, "rb") as blob:
                    if start:
                        blob.seek(start)
                    return blob.read() if end is None else blob.read(end - (start or 0))
            except FileNotFoundError:
                raise BlobNotFound(key) from None

        return await asyncio.to_thread(read)

    async def exists(self, key: str) -> bool:
        try:
            return await asyncio.to_thread(self.path_of(key).is_file)
        except BlobNotFound:
            return False

    async def size(self, key: str) -> int:
        try:
            return (await asyncio.to_thread(self.path_of(key).stat)).st_size
        except FileNotFoundError:
            raise BlobNotFound(key) from None


class S3Storage:
    name = "s3"

    def __init__(
        self,
        *,
        bucket: str,
        endpoint_url: str | None,
        access_key_id: str | None,
        secret_access_key: str | None,
        region: str,
        prefix: str = "documents/",
    ) -> None:
        from obstore.store import S3Store

        options = {"region": region, "virtual_hosted_style_request": False}
        if endpoint_url:
            options["endpoint"] = endpoint_url
        if access_key_id and secret_access_key:
            options |= {"access_key_id": access_key_id, "secret_access_key": secret_access_key}
        client_options = {"allow_http": True} if (endpoint_url or "").startswith("http:") else {}
        self.store = S3Store(bucket, client_options=client_options, **options)
        self.prefix = prefix

    def _path(self, key: str) -> str:
        return self.prefix + _check_key(key)

    async def put(self, data: bytes | AsyncIterable[bytes]) -> StoredBlob:
        import obstore
        from obstore.exceptions import AlreadyExistsError

        # The key is the content's hash, known only once every byte is read: the bytes are
        # held (the upload limit bounds them) and sent in one conditional PUT.
        digest, parts = hashlib.sha256(), []
        async for chunk in _chunks(data):
            digest.update(chunk)
            parts.append(chunk)
        body = b"".join(parts)
        key = digest.hexdigest()
        try:
            await obstore.put_async(self.store, self._path(key), body, mode="create")
        except AlreadyExistsError:
            pass  # the same bytes are already stored
        return StoredBlob(key=key, size=len(body))

    async def get(self, key: str, start: int | None = None, end: int | None = None) -> bytes:
        import obstore

        path = self._path(key)
        try:
            if start is None and end is None:
                result = await obstore.get_async(self.store, path)
                return bytes(await result.bytes_async())
            if end is None:
                end = await self.size(key)
            if end <= (start or 0):
                return b""
            return bytes(await obstore.get_range_async(self.store, path, start=start or 0, end=end))
        except FileNotFoundError:
            raise BlobNotFound(key) from None

    async def exists(self, key: str) -> bool:
        try:
            await self.size(key)
        except BlobNotFound:
            return False
        return True

    async def size(self, key: str) -> int:
        import obstore

        try:
            return int((await obstore.head_async(self.store, self._path(key)))["size"])
        except FileNotFoundError:
            raise BlobNotFound(key) from None


def make_storage(settings: Settings) -> DocumentStorage:
    if settings.document_storage == "s3":
        return S3Storage(
            bucket=settings.s3_bucket or "",
            endpoint_url=settings.s3_endpoint_url,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=settings.s3_secret_access_key,
            region=settings.s3_region,
        )
    return FilesystemStorage(settings.document_path)
