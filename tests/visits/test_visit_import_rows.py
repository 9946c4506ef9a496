"""The fast row checks of visit imports answer as the row model does: a row they accept is one
the model and the rules accept, stored with the same columns as `visit_columns` gives; any other
row is answered by the model itself, with its messages (no database needed)."""

import json
import random
import uuid
from datetime import UTC, datetime, time, timedelta

import pytest

from app.core.clock import PARIS
from app.core.imports import ImportMode, ImportTally
from app.models.training import SEED_SKILLS
from app.models.visit import VisitImportRow, VisitMode
from app.services.visits.import_rows import COLUMNS, VisitIds, VisitRowReader
from app.services.visits.records import SpaceFacts, VisitRules, visit_columns

ASSOCIATION = uuid.UUID("5f0c7c1e-1111-4000-8000-000000000001")
OPEN = uuid.UUID("5f0c7c1e-2222-4000-8000-000000000002")
RECENT = uuid.UUID("5f0c7c1e-3333-4000-8000-000000000003")
CLOSED = uuid.UUID("5f0c7c1e-4444-4000-8000-000000000004")
RECORDER = uuid.UUID("5f0c7c1e-5555-4000-8000-000000000005")
SOURCE = "api_key:5f0c7c1e-6666-4000-8000-000000000006"


def _rules() -> VisitRules:
    since = datetime.combine(datetime(2020, 1, 1).date(), time(0), PARIS)
    recent = datetime.combine(datetime(2025, 6, 1).date(), time(0), PARIS)
    return VisitRules(
        {
            OPEN: SpaceFacts(OPEN, ASSOCIATION, True, since),
            RECENT: SpaceFacts(RECENT, ASSOCIATION, True, recent),
            CLOSED: SpaceFacts(CLOSED, ASSOCIATION, False, since),
        },
        {code: bit for bit, code in enumerate(sorted(SEED_SKILLS))},
    )


def _csv_values(cells: dict[str, str]) -> dict[str, str]:
    """What the streamed CSV reader gives with a header naming each column once."""
    return dict(cells)


def _reference(rules: VisitRules, values: dict, csv: bool):
    """The model, the rules and `visit_columns`, as the import did before it had a fast path:
    the columns (the skills' mask among them) or the errors [(field, message)]."""
    if csv:
        values = {k: v for k, v in values.items() if not (isinstance(v, str) and not v.strip())}
    tally = ImportTally(ImportMode.partial)
    row = tally.validate(VisitImportRow, 2, values)
    if row is None:
        return [(e.field, e.message) for e in tally.errors]
    problems, space = rules.problems(row.space_id, row.occurred_at, row.skills)
    if problems:
        return problems
    workshop = row.mode == VisitMode.collective_workshop
    columns = visit_columns(
        space=space,
        occurred_at=row.occurred_at,
        duration_minutes=row.duration_minutes,
        mode=row.mode,
        participants=row.participants,
        equipment=row.equipment,
        profile=None if workshop else row.profile(),
        counts=row.profile_counts() if workshop else None,
        autonomy=row.autonomy,
        referral=row.referral,
        recorded_by=RECORDER,
        source=SOURCE,
        external_id=row.external_id,
        skills=sum(1 << rules.skills[code] for code in row.skills),
    )
    return columns


def _stored(record: tuple) -> dict:
    columns = dict(zip(COLUMNS, record[:-1], strict=True))
    for name in ("id", "space_id", "association_id", "recorded_by"):
        columns[name] = uuid.UUID(str(columns[name]))
    return columns


RECENTLY = (datetime.now(UTC) - timedelta(days=3)).replace(microsecond=0)
TIMESTAMPS = [
    "2025-03-10T14:30:00+01:00",
    "2025-03-10T14:30:00Z",
    "2025-03-30T01:30:00+00:00",
    "2025-10-26T00:59:59.5+00:00",
    "2025-03-10T23:30:00.123456-05:00",
    "2025-03-10T14:30:00.1234567+01:00",
    "2025-03-10 14:30:00+01:00",
    "2025-03-10T14:30+01:00",
    "2025-03-10t14:30:00+01:00",
    "2025-02-30T10:00:00+01:00",
    "2025-03-10T24:00:00+01:00",
    "2025-03-10T23:59:60+01:00",
    "2025-03-10T10:00:00+23:59",
    "2025-03-10T10:00:00+24:00",
    "2025-03-10T10:00:00",
    "2025-03-10",
    "1741613400",
    "2019-06-01T10:00:00+02:00",
    "2025-05-31T23:30:00+02:00",
    "2025-06-01T00:30:00+02:00",
    "2099-01-01T10:00:00+01:00",
    RECENTLY.isoformat(),
    (RECENTLY + timedelta(days=4)).isoformat(),
    " 2025-03-10T14:30:00Z",
    "２０２５-03-10T14:30:00+01:00",
]
CHOICES: dict[str, list] = {
    "external_id": ["V-1", "x" * 100, "x" * 101, "a b", " V-2 ", "été", "\\tab\\", "", "  "],
    "space_id": [
        str(OPEN),
        str(RECENT),
        str(CLOSED),
        str(OPEN).upper(),
        OPEN.hex,
        "{" + str(OPEN) + "}",
        str(uuid.UUID(int=5)),
        "not-a-uuid",
        "",
        " ",
    ],
    "occurred_at": TIMESTAMPS,
    "duration_minutes": [
        "45",
        "1",
        "720",
        "721",
        "0",
        "045",
        "+45",
        " 45 ",
        "45.0",
        "4_5",
        "1e1",
        "long",
        "",
        "١٢",
    ],
    "mode": [
        "individual_support",
        "free_access",
        "remote",
        "collective_workshop",
        " remote ",
        "Remote",
        "teleport",
        "",
    ],
    "participants": ["", "1", "2", "6", "500", "501", "0", "01", "six"],
    "skills": [
        "",
        "read-caf-file",
        "read-caf-file|print-attestations",
        " read-caf-file | read-caf-file ",
        "nope",
        "read-caf-file|x",
        "|",
        "a" * 65,
        "|".join(["read-caf-file"] * 21),
    ],
    "equipment": [
        "",
        "computer",
        "computer|phone|tablet|other",
        "none",
        "none|computer",
        "phone|phone",
        "fax",
        " tablet ",
    ],
    "autonomy": ["", "autonomous", "partly_autonomous", "fully_assisted", "yes"],
    "referral": ["", "none", "caf", "cpam", "other_mediation_place", "prefecture"],
    "age_band": ["", "25_39", "70_plus", "not_stated", "12_17", "99"],
    "gender": ["", "female", "male", "x"],
    "social_status": ["", "employed", "retired", "student"],
    "postcode": ["", "59100", "5910", "59 100", "٥٩١٠٠"],
    "first_visit": ["", "true", "false", "1", "0", "yes", "no", "on", "TRUE", "maybe"],
    "age_bands": [
        "",
        "60_69:3|70_plus:2",
        "under_12:1",
        "60_69:3|70_plus:5",
        "60_69:x",
        "60_69",
        "martian:1",
        "not_stated:2",
    ],
    "genders": ["", "female:3", "female:3|male:4", "male:1001"],
    "social_statuses": ["", "retired:2", "retired:2|employed:9"],
    "first_visits": ["", "0", "2", "6", "7", "-1"],
}
TYPICAL = {
    "external_id": "V-1",
    "space_id": str(OPEN),
    "occurred_at": "2025-03-10T14:30:00+01:00",
    "duration_minutes": "45",
    "mode": "individual_support",
    "participants": "1",
    "skills": "read-caf-file|print-attestations",
    "equipment": "computer",
    "autonomy": "autonomous",
    "referral": "none",
    "age_band": "25_39",
    "gender": "male",
    "social_status": "employed",
    "postcode": "59100",
    "first_visit": "true",
    "age_bands": "",
    "genders": "",
    "social_statuses": "",
    "first_visits": "",
}
WORKSHOP = {
    **TYPICAL,
    "mode": "collective_workshop",
    "participants": "6",
    "age_band": "",
    "gender": "",
    "social_status": "",
    "postcode": "",
    "first_visit": "",
    "age_bands": "60_69:3|70_plus:2",
    "genders": "female:4",
    "first_visits": "2",
}


def _rows(count: int, seed: int) -> list[dict[str, str]]:
    """Typical rows and workshops with one to four cells changed to any of the choices."""
    chance = random.Random(seed)
    rows = []
    for n in range(count):
        row = dict(chance.choice((TYPICAL, WORKSHOP)))
        for name in chance.sample(sorted(CHOICES), chance.randint(0, 4)):
            row[name] = chance.choice(CHOICES[name])
        if n % 50 == 0:
            row["notes"] = chance.choice(("", "  ", "a remark"))  # a column the model lacks
        rows.append(row)
    return rows


def _check(reader: VisitRowReader, rules: VisitRules, values: dict, csv: bool) -> bool:
    reference = _reference(rules, values, csv)
    fast = reader.fast(7, values)
    tally = ImportTally(ImportMode.partial)
    slow = reader.slow(7, values, tally)
    if isinstance(reference, list):  # refused: never accepted fast, and the model's messages
        assert fast is None, (values, reference)
        assert slow is None and [(e.field, e.message) for e in tally.errors] == reference
        return False
    columns = reference
    assert slow is not None and not tally.errors, (values, tally.errors)
    for record in [slow] if fast is None else [slow, fast]:
        stored = _stored(record)
        assert record[-1] == 7
        for name in COLUMNS:
            if name not in ("id", "created_at"):
                assert stored[name] == columns[name], (name, values, stored[name])
    return fast is not None


@pytest.mark.parametrize("postgres", [True, False])
def test_csv_rows_fast_or_not_are_answered_as_the_model_does(postgres):
    rules = _rules()
    reader = VisitRowReader(rules, source=SOURCE, recorded_by=RECORDER, csv=True, postgres=postgres)
    fast = sum(_check(reader, rules, _csv_values(row), True) for row in _rows(3000, 11))
    assert fast > 300  # the fast way is the usual one, not an exception
    for row in (TYPICAL, WORKSHOP):  # and plain rows always take it
        assert reader.fast(7, dict(row)) is not None


def test_ndjson_rows_with_typed_values_are_answered_as_the_model_does():
    rules = _rules()
    reader = VisitRowReader(rules, source=SOURCE, recorded_by=RECORDER, csv=False, postgres=True)
    chance = random.Random(5)
    typed = {
        "duration_minutes": [45, 45.0, 45.5, True, "45", None, [45]],
        "participants": [1, 6, True, 1.0, None, "6"],
        "skills": [
            ["read-caf-file"],
            ["read-caf-file", "read-caf-file"],
            [],
            "read-caf-file",
            ["nope"],
            [1],
            None,
            {"a": 1},
        ],
        "equipment": [["computer", "phone"], [], ["none"], None, "computer"],
        "first_visit": [True, False, 1, 0, "yes", None, 2],
        "autonomy": [None, "", "autonomous"],
        "referral": [None, "", "caf"],
        "age_bands": [{"60_69": 3}, {"60_69": "3"}, {"60_69": 3.5}, None, {}, [["60_69", 3]]],
        "genders": [{"female": 2, "male": 2}, {"female": True}],
        "first_visits": [2, "2", None, 7],
        "postcode": ["59100", 59100, None, ""],
        "external_id": ["N-1", 12, None],
        "age_band": ["25_39", None, ""],
    }
    accepted = 0
    for n in range(2000):
        row = json.loads(json.dumps(chance.choice((TYPICAL, WORKSHOP))))
        row = {k: v for k, v in row.items() if v != ""}
        for name in chance.sample(sorted(typed), chance.randint(0, 3)):
            row[name] = chance.choice(typed[name])
        if n % 40 == 0:
            row.pop(chance.choice(sorted(row)))
        accepted += _check(reader, rules, row, False)
    assert accepted > 200


def test_ids_are_time_ordered_uuid7_and_distinct():
    ids = VisitIds(as_text=False)
    many = [ids() for _ in range(10_000)]
    assert len(set(many)) == len(many)
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in many)
    assert sorted(many[:4096]) == many[:4096]  # one run counts up
    now_ms = datetime.now(UTC).timestamp() * 1000
    assert abs((many[-1].int >> 80) - now_ms) < 60_000
    assert uuid.UUID(VisitIds(as_text=True)()).version == 7


@pytest.mark.parametrize("postgres", [True, False])
def test_csv_files_that_leave_columns_out_are_answered_as_the_model_does(postgres):
    """A header without some columns (even external_id or occurred_at), and rows shorter than
    their header: still answered as the model does (a column left out is a value left out)."""
    rules = _rules()
    reader = VisitRowReader(rules, source=SOURCE, recorded_by=RECORDER, csv=True, postgres=postgres)
    chance = random.Random(23)
    names = sorted(TYPICAL)
    headers = [[n for n in names if chance.random() < 0.7] for _ in range(12)]
    headers += [[n for n in names if n not in ("skills", "participants")], ["space_id"]]
    fast = 0
    for n, row in enumerate(_rows(2000, 29)):
        header = headers[n % len(headers)]
        kept = {name: row[name] for name in header if name in row}
        if n % 7 == 0:  # a short row: its last cells missing
            kept = dict(list(kept.items())[: max(1, len(kept) - 2)])
        fast += _check(reader, rules, kept, True)
    assert fast > 20
