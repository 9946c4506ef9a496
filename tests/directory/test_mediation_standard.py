"""The national standard export validates against the schema file with frictionless."""

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest

from app.demo.network import seed_demo

API = "/api/v1"
ROOT = Path(__file__).resolve().parent.parent.parent
# The standard travels with the project (app/data/standards, with its source and licence).
SCHEMA_DIR = ROOT / "app" / "data" / "standards" / "lieux-mediation-numerique"
SCHEMA_SHA256 = "4a01fb28a09d98f762e0e632f421e139b25d2f93c80814485b9f079f69d2f660"  # tag v1.0.1
SHARED_COPY = ROOT.parent / "shared" / "schemas" / "lieux-mediation-numerique" / "schema.json"


def _schema_dir() -> Path:
    return SCHEMA_DIR


def test_the_vendored_schema_is_the_published_v1_0_1():
    data = (SCHEMA_DIR / "schema.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256
    assert json.loads(data)["version"] == "v1.0.1"
    if SHARED_COPY.exists():  # the workplace's reference copy, where there is one
        assert SHARED_COPY.read_bytes() == data


def _validate(text: str, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    schema = _schema_dir()
    data = tmp_path / "export.csv"
    data.write_text(text, encoding="utf-8")
    # frictionless refuses absolute paths unless trusted, so the CSV is given relative to its
    # folder and the schema as a dict.
    descriptor = json.loads((schema / "schema.json").read_text(encoding="utf-8"))
    resource = frictionless.Resource(
        path=data.name,
        basepath=str(tmp_path),
        schema=frictionless.Schema.from_descriptor(descriptor),
    )
    report = resource.validate()
    errors = (
        [e.get("message") for task in report.tasks for e in task.errors] if not report.valid else []
    )
    assert report.valid, errors[:10]


async def test_demo_network_validates(app, client, tmp_path):
    await seed_demo(app.state.sessionmaker, app.state.settings, app.state.document_storage)
    response = await client.get(f"{API}/public/lieux-mediation-numerique.csv")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows, "the demo network has open spaces"
    assert all(r["pivot"] and r["date_maj"] for r in rows)
    _validate(response.text, tmp_path)
    as_json = (await client.get(f"{API}/public/lieux-mediation-numerique.json")).json()
    assert {r["id"] for r in as_json} == {r["id"] for r in rows}


async def test_every_optional_field_empty_validates(world, client, tmp_path):
    association = await world.association()
    space = await world.space(association.id)
    response = await client.get(f"{API}/public/lieux-mediation-numerique.csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [str(space.id)]
    row = rows[0]
    assert row["pivot"] == association.rna and row["code_insee"] == "59512"
    assert row["services"] == "" and row["horaires"] == "" and row["autres_formations_labels"] == ""
    _validate(response.text, tmp_path)


async def test_full_space_maps_vocabularies_and_siret(world, client, tmp_path):
    from tests.factories import luhn_siret

    siret = luhn_siret(12345678)
    association = await world.association(siret=siret)
    await world.space(
        association.id,
        services=["administrative_procedures", "internet_and_equipment_access"],
        access_modes=["walk_in", "phone"],
        support_modes=["autonomous", "individual", "remote"],
        phone="03 20 00 00 00",
        email="enc@example.org",
        website="https://enc.example.org",
        latitude=50.69,
        longitude=3.17,
        description="x" * 400,
        opening_hours=[{"weekday": "monday", "opens": "14:00", "closes": "18:00"}],
    )
    response = await client.get(f"{API}/public/lieux-mediation-numerique.csv")
    row = next(csv.DictReader(io.StringIO(response.text)))
    assert row["pivot"] == siret  # the SIRET wins over the RNA
    assert row["services"] == (
        "Aide aux démarches administratives|Accès internet et matériel informatique"
    )
    assert row["modalites_acces"] == "Se présenter|Téléphoner"
    assert row["modalites_accompagnement"] == ("En autonomie|Accompagnement individuel|À distance")
    assert row["telephone"] == "+33320000000"
    assert row["horaires"] == "Mo 14:00-18:00; PH off"
    assert len(row["presentation_resume"]) <= 280 and row["presentation_detail"]
    _validate(response.text, tmp_path)
