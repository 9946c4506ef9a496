"""The SQL lane (PostgreSQL reads plain CSV lines itself, `import_lane`) answers every file as
the Python path does: the same report, the same rows stored, the same daily counts — for files
mixing good rows, unusual values, bad rows, repeats, blank lines, CRLF and quoted chunks."""

import pytest
from sqlalchemy import delete, select

from app.models.visit import Visit, VisitDailyCount
from app.services.visits import import_lane
from app.services.visits import imports as visit_imports
from tests.visits.visit_helpers import API, CSV, HEADER, csv_row, network

pytestmark = pytest.mark.commits


def _variants(s1, s1b, s2) -> list[str]:
    """Lines (file lines 2 …) of every kind the lane must take or leave."""
    rows = [csv_row(n, s1) for n in range(1, 30)]
    rows += [
        csv_row(30, s1, skills="simulate-rsa|open-email-address|simulate-rsa", equipment=""),
        csv_row(31, s1b, equipment="computer|phone", skills="", age_band="", gender=""),
        csv_row(32, s1, when="2024-02-29T23:30:00Z", first_visit="false", postcode=""),
        csv_row(33, s1, when="2025-02-30T10:00:00+01:00"),  # no such day
        csv_row(34, s1, when="2025-04-31T10:00:00+02:00"),
        csv_row(35, s1, when="2025-03-10T14:30:00.25-05:00", autonomy="", referral=""),
        csv_row(36, s1, when="2025-03-10 14:30:00+01:00"),  # another shape: the model reads it
        csv_row(37, s1, duration_minutes=" 45"),
        csv_row(38, s1, duration_minutes="721"),
        csv_row(39, s1, duration_minutes="0"),
        csv_row(40, s1, mode="teleport"),
        csv_row(41, s2),  # another association's space
        csv_row(42, "6f1c2b1e-0000-4000-8000-000000000099"),
        csv_row(43, str(s1).upper()),  # the model reads it: the same space
        csv_row(44, s1, when="2031-01-01T10:00:00+01:00"),  # in the future
        csv_row(45, s1, when="2001-01-01T10:00:00+01:00"),  # before the space existed
        csv_row(46, s1, skills="nope"),
        csv_row(47, s1, first_visit="yes"),
        csv_row(48, s1, postcode="5910"),
        csv_row(49, s1, participants="3"),
        csv_row(50, s1b, mode="collective_workshop"),
        csv_row(51, s1, age_bands="25_39:1"),
        csv_row(5, s1),  # a repeat
        "\n",
        " , ,\n",
        csv_row(52, s1).rstrip("\n") + ",extra\n",
        ",".join(csv_row(53, s1).split(",")[:5]) + "\n",  # fewer cells: the rest left out
        csv_row(54, s1, gender="female", social_status="retired", age_band="70_plus"),
        csv_row(55, s1, mode="remote", equipment="tablet|other"),
        csv_row(56, s1, mode="free_access", equipment="none"),
        csv_row(57, s1, equipment="none|computer"),
        csv_row(58, s1, external_id="has space"),
        csv_row(59, s1, external_id="é"),
        csv_row(60, s1, when="2025-03-10T14:30:00+15:00"),
        csv_row(61, s1, when="1899-12-31T10:00:00+01:00"),
        csv_row(3, s1),  # another repeat
    ]
    rows += [csv_row(n, s1, skills="update-job-seeker-status") for n in range(62, 90)]
    return rows


async def _stored(world) -> tuple[list, list]:
    async with world.session() as session:
        visits = (await session.execute(select(Visit))).scalars().all()
        counts = (await session.execute(select(VisitDailyCount))).scalars().all()
        skip = {"id", "created_at"}
        rows = sorted(
            (
                tuple((k, x) for k, x in sorted(vars(v).items()) if k[0] != "_" and k not in skip)
                for v in visits
            ),
            key=repr,
        )
        daily = sorted(
            (tuple((k, v) for k, v in sorted(vars(c).items()) if k[0] != "_") for c in counts),
            key=repr,
        )
        await session.execute(delete(Visit))
        await session.execute(delete(VisitDailyCount))
        await session.commit()
    return rows, daily


async def _import(client, who, body: bytes, step: int, **params):
    async def chunks():
        for start in range(0, len(body), step):
            yield body[start : start + step]

    response = await client.post(
        f"{API}/visits/import",
        content=chunks(),
        params=params,
        headers={**who.headers, "Content-Type": CSV},
    )
    return response.status_code, response.json()


@pytest.mark.parametrize("crlf", [False, True])
async def test_the_sql_lane_answers_as_the_python_path(world, client, backend, monkeypatch, crlf):
    if backend != "postgresql":
        pytest.skip("the SQL lane is PostgreSQL's COPY")
    w = await network(world)
    lines = _variants(w["s1"].id, w["s1b"].id, w["s2"].id)
    quoted = csv_row(90, w["s1"].id, skills='"read-caf-file|simulate-rsa"')
    text = HEADER + "".join(lines[:40]) + quoted + "".join(lines[40:])
    body = text.replace("\n", "\r\n").encode() if crlf else text.encode()
    monkeypatch.setattr(visit_imports, "BATCH", 16)
    converted = []
    convert = import_lane.SqlLane.convert

    async def counting(self, *args):
        converted.append(await convert(self, *args))
        return converted[-1]

    monkeypatch.setattr(import_lane.SqlLane, "convert", counting)
    answers = []
    for lane in (True, False):
        if not lane:
            monkeypatch.setattr(import_lane.SqlLane, "usable", False, raising=False)
            monkeypatch.setattr(import_lane.SqlLane, "open", _refuse)
        for mode in ("all_or_nothing", "partial"):
            for step in (97, 4096):
                answer = await _import(client, w["assoc1"], body, step, mode=mode)
                answers.append((answer, await _stored(world)))
        if lane:
            assert sum(converted) > 60  # the lane did take most rows
    half = len(answers) // 2
    for with_lane, without in zip(answers[:half], answers[half:], strict=True):
        assert with_lane == without
    (status, report), (rows, daily) = answers[1]
    assert status == 422 and rows == [] and daily == []
    (status, report), (rows, daily) = answers[2]
    assert status == 200 and report["created"] > 60 and report["invalid_rows"] > 15
    assert len(rows) == report["created"] and daily


async def _refuse(self, driver, own_stage: bool = False) -> bool:
    return False


def test_the_lanes_splicing_helpers_refuse_anything_but_plain_values():
    # What tests/core/test_security.py relies on to exempt the lane from its scan.
    from app.services.visits.import_lane import _array, _quoted

    assert _quoted(["individual", ""]) == "'individual', ''"
    assert _array(["08:15", "+01:00", "Z"]) == "'{08:15,+01:00,Z}'::text[]"
    for hostile in ("x'); DROP TABLE visits; --", "a b", "é"):
        with pytest.raises(ValueError):
            _quoted([hostile])
        with pytest.raises(ValueError):
            _array([hostile])
