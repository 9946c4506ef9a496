"""The `enc` command line: export-openapi, migrate, seed (idempotent), create-admin, and the
demo logins it prints, used against the HTTP API.

Each test that touches a database gets its own SQLite file, passed as DATABASE_URL like a user
would; the settings cache is cleared around every invocation so the variable is read afresh.
"""

import json
import re
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.core.config import Settings, get_settings
from app.main import create_app
from tests.conftest import make_settings

SECRET = secrets.token_urlsafe(48)
DEMO_EMAILS = [
    "ville@enc-roubaix.example",
    "hauts-champs@enc-roubaix.example",
    "benevole@enc-roubaix.example",
    "operateur@enc-roubaix.example",
    "anis@enc-roubaix.example",
]
EXPECTED_ROWS = {
    "associations": 7,
    "spaces": 9,
    "partners": 3,
    # the five demo logins and the Epeule's resource person (no login), assigned to its ENC
    "users": 6,
    "space_assignments": 2,
}
COUNTED = [*EXPECTED_ROWS, "audit_events"]
LOGIN_LINE = re.compile(r"^\s+(\S+@\S+)\s+(\S+)\s+(city|association|volunteer|partner)\b", re.M)


def run(database: Path, *args: str, input: str | None = None):
    """`enc <args>` with DATABASE_URL pointing at `database`."""
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "SECRET_KEY": SECRET,
        "ENV": "test",
        "LOG_LEVEL": "WARNING",
        "DOCUMENT_DIR": str(database.parent / "documents"),  # the demo's files: not var/
    }
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(cli, list(args), env=env, input=input)
    finally:
        get_settings.cache_clear()


def counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in COUNTED
        }


def printed_logins(output: str) -> list[tuple[str, str, str]]:
    return LOGIN_LINE.findall(output)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Iterator[tuple[Path, str]]:
    """A migrated database seeded once; yields (file, the output of `enc seed`)."""
    database = tmp_path_factory.mktemp("enc-cli") / "demo.db"
    migrated = run(database, "migrate")
    assert migrated.exit_code == 0, migrated.output or repr(migrated.exception)
    result = run(database, "seed")
    assert result.exit_code == 0, result.output or repr(result.exception)
    yield database, result.stdout


# ---- export-openapi ---------------------------------------------------------------------------


def test_export_openapi_writes_the_served_document(tmp_path):
    output = tmp_path / "out" / "openapi.json"
    result = run(tmp_path / "x.db", "export-openapi", "--output", str(output))
    assert result.exit_code == 0, result.output
    text = output.read_text("utf-8")
    assert text.endswith("}\n")
    assert "Numériques" in text  # ensure_ascii=False: French stays readable
    assert json.loads(text) == create_app(make_settings()).openapi()

    again = run(tmp_path / "x.db", "export-openapi", "--output", str(output))
    assert again.exit_code == 0, again.output
    assert output.read_text("utf-8") == text  # deterministic


# ---- seed ---------------------------------------------------------------------------------------


def test_seed_creates_the_demo_network_once(seeded):
    database, output = seeded
    first = counts(database)
    assert {table: first[table] for table in EXPECTED_ROWS} == EXPECTED_ROWS

    result = run(database, "seed")
    assert result.exit_code == 0, result.output
    assert counts(database) == first  # nothing new, not even an audit event
    assert printed_logins(result.stdout) == printed_logins(output)


def test_seed_prints_every_demo_login_and_the_docs_url(seeded):
    _, output = seeded
    logins = printed_logins(output)
    assert [email for email, _, _ in logins] == DEMO_EMAILS
    assert [role for _, _, role in logins] == [
        "city",
        "association",
        "volunteer",
        "partner",
        "partner",
    ]
    assert "/docs" in output


def test_seeded_spaces_walked_their_lifecycle(seeded):
    database, _ = seeded
    with sqlite3.connect(database) as connection:
        statuses = dict(connection.execute("SELECT name, status FROM spaces").fetchall())
        transitions = connection.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'space.transition'"
        ).fetchone()[0]
    assert statuses["ENC des Trois Ponts"] == "planned"  # delayed by urban renovation
    assert statuses["ENC du Cul de Four"] == "installing"  # no connection yet
    assert statuses["ENC de l'Epeule"] == "open"
    assert sum(status == "open" for status in statuses.values()) == 7
    assert transitions == 7 * 2 + 1  # planned → installing → open, and one → installing


def test_seeded_meetings_of_2011_with_minutes_decisions_and_actions(seeded):
    database, _ = seeded
    with sqlite3.connect(database) as connection:
        meetings = connection.execute(
            "SELECT title, status FROM meetings ORDER BY starts_at"
        ).fetchall()
        items = [row[0] for row in connection.execute("SELECT title FROM meeting_agenda_items")]
        per_meeting = connection.execute(
            "SELECT count(*) FROM decisions GROUP BY meeting_id"
        ).fetchall()
        revisions = connection.execute("SELECT count(*) FROM meeting_minutes_revisions").fetchone()
        actions = dict(
            connection.execute(
                "SELECT status, count(*) FROM follow_up_actions GROUP BY status"
            ).fetchall()
        )
        invited = connection.execute(
            "SELECT count(*) FROM meeting_invitees i JOIN partners p ON p.id = i.partner_id"
        ).fetchone()[0]
    assert [status for _, status in meetings] == ["minutes_published"] * 3 + ["planned"]
    assert [title.rsplit("— ", 1)[1] for title, _ in meetings[:3]] == [
        "17 janvier 2011",
        "16 juin 2011",
        "7 juillet 2011",
    ]
    for named in ("Convention de prêt", "Charte du label", "Horaires d'ouverture", "Recrutement"):
        assert any(title.startswith(named) for title in items), named
    assert per_meeting == [(1,), (1,), (1,)] and revisions == (3,)
    assert actions == {"done": 4, "in_progress": 1, "open": 1}
    assert invited == 2 * 4  # ANIS and the Médiathèque at each meeting


# ---- create-admin -------------------------------------------------------------------------------


def test_create_admin_creates_a_city_user_and_refuses_a_duplicate(tmp_path):
    database = tmp_path / "admin.db"
    assert run(database, "migrate").exit_code == 0
    args = [
        "create-admin",
        "--email",
        "Admin@Ville.example",
        "--password",
        "une phrase assez longue",
    ]

    created = run(database, *args, "--full-name", "Service numérique")
    assert created.exit_code == 0, created.output
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT email, role, full_name FROM users").fetchall()
    assert rows == [("admin@ville.example", "city", "Service numérique")]

    duplicate = run(database, *args)
    assert duplicate.exit_code == 1
    assert "already exists" in duplicate.stderr
    assert counts(database)["users"] == 1


def test_create_admin_prompts_for_missing_options(tmp_path):
    database = tmp_path / "prompt.db"
    assert run(database, "migrate").exit_code == 0
    answers = "ops@ville.example\nune phrase assez longue\nune phrase assez longue\n"
    result = run(database, "create-admin", input=answers)
    assert result.exit_code == 0, result.output
    assert "une phrase assez longue" not in result.output  # hidden input
    assert counts(database)["users"] == 1


def test_create_admin_refuses_a_weak_password(tmp_path):
    database = tmp_path / "weak.db"
    assert run(database, "migrate").exit_code == 0
    result = run(database, "create-admin", "--email", "a@ville.example", "--password", "short")
    assert result.exit_code == 2
    assert "12 characters" in result.stderr
    assert counts(database)["users"] == 0


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("passwordpassword", "repeated"),  # the example, accepted before
        ("azertyuiop2024", "common"),
        ("qsdfghjklm123", "keyboard walk"),
        ("Nadia-Kaci-1990!", "name"),
        ("nadia.kaci-42-xq!", "name"),
        ("chocolat1234", "too easy to guess"),
    ],
)
def test_create_admin_refuses_what_the_api_refuses(tmp_path, password: str, why: str):
    database = tmp_path / "weak.db"
    assert run(database, "migrate").exit_code == 0
    result = run(
        database,
        "create-admin",
        "--email",
        "nadia.kaci@ville.example",
        "--password",
        password,
        "--full-name",
        "Nadia Kaci",
    )
    assert result.exit_code == 2, result.output
    assert why in result.stderr and password not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert counts(database)["users"] == 0


# ---- the printed logins work against the API ----------------------------------------------------


async def test_every_printed_demo_login_can_log_in(seeded):
    database, output = seeded
    settings = Settings(
        env="test",
        database_url=f"sqlite+aiosqlite:///{database}",
        secret_key=SECRET,
        log_level="WARNING",
        _env_file=None,
    )
    application = create_app(settings)
    transport = httpx.ASGITransport(app=application)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            for email, password, role in printed_logins(output):
                token = await client.post(
                    "/api/v1/auth/token", data={"username": email, "password": password}
                )
                assert token.status_code == 200, (email, token.text)
                headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
                me = await client.get("/api/v1/users/me", headers=headers)
                assert me.status_code == 200, me.text
                assert (me.json()["email"], me.json()["role"]) == (email, role)
                if role == "volunteer":
                    assert len(me.json()["space_ids"]) == 1
                if role == "city":
                    spaces = await client.get("/api/v1/spaces", headers=headers)
                    assert len(spaces.json()["items"]) == EXPECTED_ROWS["spaces"]
    finally:
        await application.state.engine.dispose()


def test_bench_offers_the_visits_and_load_benchmarks():
    runner = CliRunner()
    listed = runner.invoke(cli, ["--help"])
    assert listed.exit_code == 0 and "bench" in listed.output
    shown = runner.invoke(cli, ["bench", "--help"])
    assert shown.exit_code == 0, shown.output
    assert "visits" in shown.output and "load" in shown.output
    assert "BENCH_ROWS" in shown.output  # how to run a smaller import
    wrong = runner.invoke(cli, ["bench", "everything"])
    assert wrong.exit_code == 2  # refused before anything runs
