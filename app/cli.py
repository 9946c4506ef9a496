"""`enc`: serve, migrate, seed, create-admin, export-openapi, demo, worker, import, bench.

Every command reads the same settings as the API (environment and `.env`), creates its own
database engine and disposes of it when done.
"""

import asyncio
import json
import os
import sys
import warnings
from enum import StrEnum
from pathlib import Path

import typer

# The source checkout's root, next to the `app` package (this file is app/cli.py): where
# `bench/` is. An installed package has none; its migrations travel inside `app/`.
SOURCE_ROOT = Path(__file__).resolve().parent.parent

cli = typer.Typer(
    name="enc",
    help="ENC API — Espaces Numériques Citoyens de Roubaix.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _settings():
    """The application's settings, or a one-line error (exit 2) when they are invalid."""
    from pydantic import ValidationError

    from app.core.config import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        problems = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
        typer.echo(f"Error: invalid settings: {problems}", err=True)
        raise typer.Exit(2) from None


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


PROBE_SECONDS = 10.0


async def _probe(settings) -> str | None:
    """Why the database cannot be reached, in one line; None when it answers."""
    from sqlalchemy import text

    from app.core.db import create_engine, describe_connection_error

    engine = create_engine(settings)
    try:
        async with asyncio.timeout(PROBE_SECONDS):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except TimeoutError:
        return f"no answer within {PROBE_SECONDS:g} s"
    except Exception as exc:
        return describe_connection_error(exc)
    finally:
        await engine.dispose()
    return None


def _database():
    """The settings, once the database they name is known to be usable; otherwise one line on
    stderr saying what is wrong and how to fix it (exit 2: the settings; 1: unreachable)."""
    from app.core.db import sqlite_folder_problem

    settings = _settings()
    if settings.is_sqlite:
        problem = sqlite_folder_problem(settings.database_url)
        if problem:
            typer.echo(f"Error: {problem}.", err=True)
            raise typer.Exit(2)
    error = asyncio.run(_probe(settings))
    if error:
        typer.echo(
            f"Error: cannot connect to the database {_safe_url(settings.database_url)} "
            f"({error}); check DATABASE_URL and that the database server is running and "
            "reachable from here.",
            err=True,
        )
        raise typer.Exit(1)
    return settings


# ---- serve -----------------------------------------------------------------------------------


def _serve(host: str, port: int, workers: int = 1, reload: bool = False) -> None:
    import uvicorn

    _database()  # fail here, in one line, rather than in every worker
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        reload=reload,
        proxy_headers=True,
        forwarded_allow_ips=os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        server_header=False,
        date_header=True,
        access_log=False,  # each request is logged once, by the API's JSON request log
    )


@cli.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="TCP port."),
    workers: int = typer.Option(1, min=1, help="Worker processes (the API is stateless)."),
    reload: bool = typer.Option(False, "--reload/--no-reload", help="Restart on code changes."),
) -> None:
    """Run the API with uvicorn (behind a proxy: set FORWARDED_ALLOW_IPS)."""
    _serve(host, port, workers, reload)


# ---- migrate ---------------------------------------------------------------------------------


async def _migrate(revision: str) -> None:
    from alembic.command import upgrade as alembic_upgrade

    from app.core.db import create_engine
    from app.core.migrations import alembic_config

    settings = _settings()
    config = alembic_config(settings.database_url)
    engine = create_engine(settings)
    try:
        async with engine.connect() as connection:

            def upgrade(sync_connection) -> None:
                config.attributes["connection"] = sync_connection
                alembic_upgrade(config, revision)

            await connection.run_sync(upgrade)
            await connection.commit()
    finally:
        await engine.dispose()


def _run_migrate(revision: str) -> None:
    _database()
    asyncio.run(_migrate(revision))
    typer.echo(f"Database {_safe_url(_settings().database_url)} is at revision {revision}.")


@cli.command()
def migrate(
    revision: str = typer.Option("head", help="Alembic revision to upgrade to."),
) -> None:
    """Upgrade the database schema (Alembic) at DATABASE_URL."""
    _run_migrate(revision)


# ---- seed ------------------------------------------------------------------------------------


async def _seed() -> list[dict[str, str]]:
    from app.core.db import create_engine, create_sessionmaker
    from app.demo.network import seed_demo

    engine = create_engine(_settings())
    try:
        return await seed_demo(create_sessionmaker(engine), _settings())
    finally:
        await engine.dispose()


def _print_logins(logins: list[dict[str, str]], docs_url: str) -> None:
    typer.echo("Demo logins (e-mail, password, role):")
    width = max(len(login["email"]) for login in logins)
    pwidth = max(len(login["password"]) for login in logins)
    for login in logins:
        typer.echo(
            f"  {login['email']:<{width}}  {login['password']:<{pwidth}}  "
            f"{login['role']:<11}  {login['who']}"
        )
    typer.echo(f"API explorer: {docs_url} (Authorize, then log in with one of the above)")


def _run_seed(docs_url: str) -> None:
    from app.demo import network as demo_data

    _database()
    logins = asyncio.run(_seed())
    typer.echo(
        f"Demo network ready: {len(demo_data.ASSOCIATIONS)} associations, "
        f"{len(demo_data.DEMO_SPACES)} spaces, {len(demo_data.PARTNERS)} partners, "
        f"{len(demo_data.DEMO_LOGINS)} users (existing ones are kept as they are)."
    )
    _print_logins(logins, docs_url)


@cli.command()
def seed() -> None:
    """Load the demo network of the field report (idempotent) and print the demo logins."""
    from app.demo.network import DOCS_URL

    _run_seed(DOCS_URL)


# ---- create-admin ----------------------------------------------------------------------------


async def _create_admin(email: str, password: str, full_name: str) -> str:
    from sqlalchemy import select

    from app.core.actor import SYSTEM
    from app.core.db import create_engine, create_sessionmaker
    from app.models.user import User, UserCreate
    from app.services.identity import users

    engine = create_engine(_settings())
    try:
        async with create_sessionmaker(engine)() as session:
            data = UserCreate(email=email, full_name=full_name, role="city", password=password)
            taken = await session.scalar(select(User.id).where(User.email == data.email.casefold()))
            if taken is not None:
                raise _Duplicate(data.email)
            return (await users.create_user(session, SYSTEM, data)).email
    finally:
        await engine.dispose()


class _Duplicate(Exception):
    pass


@cli.command("create-admin")
def create_admin(
    email: str = typer.Option(..., prompt=True, help="The administrator's e-mail (login)."),
    password: str = typer.Option(
        ...,
        prompt=True,
        hide_input=True,
        confirmation_prompt=True,
        help="12+ characters, hard to guess (zxcvbn score 3+), not a common password, a "
        "repeated pattern or a keyboard walk, not containing the e-mail's or the user's name.",
    ),
    full_name: str = typer.Option("Administrateur", help="Name shown in the audit trail."),
) -> None:
    """Create a city (administrator) user."""
    from pydantic import ValidationError

    from app.core.errors import Conflict, ValidationFailed

    _database()
    try:
        created = asyncio.run(_create_admin(email, password, full_name))
    except (_Duplicate, Conflict):
        typer.echo(f"Error: a user with the e-mail {email} already exists.", err=True)
        raise typer.Exit(1) from None
    except ValidationFailed as exc:
        typer.echo(f"Error: {exc.detail}", err=True)
        raise typer.Exit(2) from None
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        typer.echo(f"Error: {problems}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Created city user {created}.")


# ---- export-openapi --------------------------------------------------------------------------


def openapi_text() -> str:
    from app.main import create_app

    application = create_app(_settings())
    try:
        document = application.openapi()
    finally:
        asyncio.run(application.state.engine.dispose())
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@cli.command("export-openapi")
def export_openapi(
    output: Path = typer.Option(Path("openapi/openapi.json"), help="Where to write it."),
) -> None:
    """Write the OpenAPI document as served (deterministic, UTF-8, 2-space indent)."""
    text = openapi_text()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    typer.echo(f"Wrote {output}.")


# ---- demo ------------------------------------------------------------------------------------


@cli.command()
def demo(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="TCP port."),
) -> None:
    """Migrate, load the demo network, print the logins and serve the API."""
    _run_migrate("head")
    _run_seed(f"http://{host}:{port}/docs")
    typer.echo(f"Serving on http://{host}:{port} — stop with Ctrl+C.")
    _serve(host, port)


# ---- worker --------------------------------------------------------------------------------


async def _work(once: bool) -> None:
    from app.core.db import create_engine, create_sessionmaker
    from app.services.jobs import make_scheduler

    settings = _settings()
    engine = create_engine(settings)
    try:
        scheduler = make_scheduler(create_sessionmaker(engine), settings)
        if once:
            await scheduler.run_pass()
        else:
            await scheduler.run_forever()
    finally:
        await engine.dispose()


@cli.command()
def worker(
    once: bool = typer.Option(False, "--once", help="One pass, then exit."),
) -> None:
    """Run the scheduler: background imports (`/imports`), webhook delivery from the outbox,
    ticket auto-close, label expiry announcements, expired idempotency records (run with
    WEBHOOK_DISPATCHER=off on the API); any number of workers may run side by side."""
    _database()
    try:
        asyncio.run(_work(once))
    except KeyboardInterrupt:
        pass


# ---- import (through the API) --------------------------------------------------------------


class ImportKindArg(StrEnum):
    visits = "visits"
    equipment = "equipment"


class ImportModeArg(StrEnum):
    all_or_nothing = "all_or_nothing"
    partial = "partial"


@cli.command("import")
def import_file(
    kind: ImportKindArg = typer.Argument(..., help="What the file holds."),
    file: Path = typer.Argument(..., help="A .csv (with a header row), .ndjson or .jsonl file."),
    api: str = typer.Option(..., "--api", envvar="ENC_API_URL", help="The API's base URL."),
    key: str = typer.Option(..., "--key", envvar="ENC_API_KEY", help="An API key (X-API-Key)."),
    mode: ImportModeArg = typer.Option(
        ImportModeArg.all_or_nothing, help="partial: load the valid rows, reject the others."
    ),
    chunk_size: int = typer.Option(
        1024 * 1024, "--chunk-size", min=1024, help="Bytes sent per request."
    ),
    retries: int = typer.Option(8, min=0, help="Tries after a network error (backing off)."),
) -> None:
    """Import a file through the API (not the database): upload in resumable parts, run it as a
    background job, show the progress and the report, write the rejected rows to
    <stem>.rejected.csv beside the file. Exit 0: all accepted; 1: rows rejected; 2: failure."""
    from app.cli_import import run

    raise typer.Exit(
        run(kind.value, file, api=api, key=key, mode=mode.value, chunk_size=chunk_size,
            retries=retries)
    )


# ---- bench ---------------------------------------------------------------------------------


class Benchmark(StrEnum):
    visits = "visits"
    load = "load"
    allocation = "allocation"


@cli.command()
def bench(
    which: Benchmark = typer.Argument(
        ...,
        help="visits: a 1,000,000-row CSV through POST /visits/import (BENCH_ROWS to change) "
        "beside the bare database pipeline on the same schema (rows/s, ratio, peak RSS), then "
        "list and statistics latencies (BENCH_READS=0 skips them); load: HTTP load on two API "
        "processes (wrk); allocation: a plan of 2,000 allocations over 200 spaces executed at once "
        "against 2,000 single movements through the API (both times and their ratio).",
    ),
) -> None:
    """Run a benchmark of `bench/` and print its figures (from a source checkout; PostgreSQL
    at BENCH_PG, default postgresql://postgres@127.0.0.1/postgres; each makes and drops its
    own database)."""
    root = SOURCE_ROOT  # the benchmarks are not in the installed package
    if not (root / "bench").is_dir():
        typer.echo("Error: the benchmarks need a source checkout (bench/ is missing).", err=True)
        raise typer.Exit(2)
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    if which is Benchmark.visits:
        from bench.visits_bench import main as run
    elif which is Benchmark.allocation:
        from bench.allocation_bench import main as run
    else:
        from bench.load_bench import main as run
    run()


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    typer.echo(f"Warning: {message}", err=True)


def main() -> None:
    warnings.showwarning = _show_warning  # one readable line, not the source line that warned
    cli()


if __name__ == "__main__":
    main()
