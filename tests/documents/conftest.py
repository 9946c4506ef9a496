"""The two storage backends the documents' tests run against: the filesystem one in a fresh
folder, and the S3 one against a real S3-compatible server — moto's standalone server
(`python -m moto.server`), started here once per session on a free local port as a separate
process (not an in-process mock), with a fresh bucket per test."""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from app.services.documents.storage import FilesystemStorage, S3Storage

S3_KEY, S3_SECRET, S3_REGION = "enc-test", "enc-test-secret", "eu-west-3"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """The URL of a moto S3 server process, up for the session."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/moto-api/", timeout=1):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(
                    "moto server did not start: " + process.stderr.read().decode()[-2000:]
                ) from None
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("moto server did not answer within 30 s") from None
            time.sleep(0.1)
    yield url
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def make_bucket(url: str) -> str:
    import boto3

    name = "enc-" + secrets.token_hex(6)
    client = boto3.client(
        "s3",
        endpoint_url=url,
        aws_access_key_id=S3_KEY,
        aws_secret_access_key=S3_SECRET,
        region_name=S3_REGION,
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": S3_REGION})
    return name


def s3_storage(url: str) -> S3Storage:
    return S3Storage(
        bucket=make_bucket(url),
        endpoint_url=url,
        access_key_id=S3_KEY,
        secret_access_key=S3_SECRET,
        region=S3_REGION,
    )


@pytest.fixture(params=["filesystem", "s3"])
def storage(request, tmp_path):
    """Each backend in turn: the same storage tests run on both."""
    if request.param == "filesystem":
        return FilesystemStorage(tmp_path / "documents")
    return s3_storage(request.getfixturevalue("s3_server"))
