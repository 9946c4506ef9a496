"""Database engine and sessions, for SQLite (embedded default) and PostgreSQL.

SQLite: WAL so readers never block the writer (nor the writer the readers), foreign keys on.
A transaction that may write starts with BEGIN IMMEDIATE: taking the write lock at the start
serializes writers instead of letting two of them read the same row and both decide they won
(no overbooking, no double allocation); busy_timeout makes the second one wait rather than fail
(past it, 503). A read (execution option `sqlite_read_only`, set for every GET/HEAD by
`app/routers/deps.get_session`) starts with a deferred BEGIN: it reads its WAL snapshot and never
waits for a writer, even one streaming an import.

PostgreSQL: no pre-ping on checkout (a round trip per request). A connection that turns out
dead raises a disconnect error: SQLAlchemy invalidates it and every pooled connection older than
it, the request answers 503 (`database_unreachable`), and the next one connects afresh.
"""

from collections.abc import AsyncIterator, Callable

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.core.config import Settings


def create_engine(settings: Settings) -> AsyncEngine:
    if settings.is_sqlite:
        _ensure_sqlite_folder(settings.database_url)
        engine = create_async_engine(
            settings.database_url,
            echo=settings.db_echo,
            connect_args={"timeout": 30},
        )
        _configure_sqlite(engine)
        return engine
    return create_async_engine(
        settings.database_url,
        echo=settings.db_echo,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        # Pessimistic handling instead of a pre-ping (module doc): a restarted PostgreSQL costs
        # the requests that held a dead connection a 503, then is reconnected to.
        pool_pre_ping=False,
        pool_recycle=1800,
    )


def sqlite_folder_problem(url: str) -> str | None:
    """Why a SQLite URL cannot be used as it stands: its folder does not exist. Only the default
    database's folder (`./var`) is created; any other missing folder is a typo to report, not
    a place to create silently."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from app.core.config import DEFAULT_DATABASE_URL

    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    folder = Path(database).parent
    if folder.is_dir():
        return None
    default_folder = Path(make_url(DEFAULT_DATABASE_URL).database).parent
    if folder.resolve() == default_folder.resolve():
        folder.mkdir(parents=True, exist_ok=True)
        return None
    return (
        f"the folder of the SQLite database {database} does not exist ({folder}); create it "
        "or fix DATABASE_URL (only the default ./var folder is created for you)"
    )


def describe_connection_error(exc: BaseException) -> str:
    """One line for a failed connection: the driver's own error, without SQLAlchemy's SQL,
    background link or traceback."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig.__cause__ or exc.orig  # the driver's exception behind the adapter's
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else ""
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


def _ensure_sqlite_folder(url: str) -> None:
    problem = sqlite_folder_problem(url)
    if problem:
        raise ValueError(f"DATABASE_URL: {problem}")


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the driver, decide where transactions start (see module doc).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection):
        # Probes that only read (readiness) must not queue behind a writer for the lock.
        deferred = connection.get_execution_options().get("sqlite_read_only", False)
        connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


ROUND_TRIP_KINDS = ("statement", "begin", "commit", "rollback")


def count_round_trips(engine: AsyncEngine, record: Callable[[str], None]) -> None:
    """Call `record(kind)` for each exchange with the database: every statement, and each
    BEGIN, COMMIT and ROLLBACK (SQLite's BEGIN statement, issued by `_on_begin`, counts once,
    as its begin). Metric `enc_db_round_trips_total{kind}`."""
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "before_cursor_execute")
    def _on_statement(_conn, _cursor, statement, _params, _context, _many):
        if not statement.startswith("BEGIN"):
            record("statement")

    for kind in ("begin", "commit", "rollback"):
        event.listen(sync_engine, kind, lambda _conn, kind=kind: record(kind))


# SQLSTATE: connection exceptions (class 08), and the server shutting down, crashed or starting.
_UNREACHABLE_STATES = ("08", "57P01", "57P02", "57P03")
_SQLITE_UNREACHABLE = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN")


def database_unreachable(exc: BaseException) -> bool:
    """The database cannot be reached or dropped the connection (stopped, restarting, failing
    over, locked past the busy timeout, no pooled connection free): the same request may succeed
    a moment later, so it answers 503, not 500. A failing statement is not this."""
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, DBAPIError) and error.connection_invalidated:
            return True
        if isinstance(error, PoolTimeout | ConnectionError | TimeoutError):
            return True
        state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
        if isinstance(state, str) and state.startswith(_UNREACHABLE_STATES):
            return True
        if getattr(error, "sqlite_errorname", None) in _SQLITE_UNREACHABLE:
            return True
        error = error.__cause__ or error.__context__
    return False


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def session_scope(maker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with maker() as session:
        yield session
