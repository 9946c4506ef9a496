"""Where the schema's migrations live and how to point Alembic at them.

They are part of the `app` package (`app/migrations/`, shipped as package data), so an installed
`enc` (a wheel, the Docker image) migrates its database without the source tree or an
`alembic.ini`: `enc migrate`, the tests and the benches all build their configuration here.
`alembic.ini` at the repository's root is only for the `alembic` command while developing
(`alembic revision --autogenerate`).
"""

from pathlib import Path

from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.attributes["database_url"] = database_url
    return config
