"""Allocation at scale, on PostgreSQL: `python -m bench.allocation_bench` (or `enc bench
allocation`).

Creates a fresh database (dropped at the end), migrates it, and makes a network of 200 open
spaces (one association each, under an active loan agreement), 4,000 desktops in stock
(ASSOCLIC) and 200 approved requests of 10 desktops. Then, against a real uvicorn process:

* singles: 2,000 items allocated one by one, `POST /equipment/{id}/movements` each (the way
  the city moved items before plans), over one keep-alive connection;
* plan: one plan of the 200 requests (2,000 allocations, built by `POST /allocation-plans`,
  timed apart) executed by one `POST /allocation-plans/{id}/execute`.

Prints both times, the ratio and the target (plan ≤ singles / 50), and checks that the plan
moved 2,000 items once each. BENCH_PG (default postgresql://postgres@127.0.0.1/postgres) is
the server; BENCH_SPACES and BENCH_PER_SPACE change the sizes (200 × 10).
"""

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
ADMIN = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1/postgres")
SPACES = int(os.environ.get("BENCH_SPACES", "200"))
PER_SPACE = int(os.environ.get("BENCH_PER_SPACE", "10"))
SECRET = secrets.token_urlsafe(48)
TARGET_RATIO = 50


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _prepare(url: str) -> dict:
    """Migrate; the network, the stock and the approved requests; the city's token."""
    from alembic import command

    from app.core.actor import SYSTEM
    from app.core.clock import today
    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.core.migrations import alembic_config
    from app.core.security import create_access_token, hash_password
    from app.models.allocation import EquipmentRequest
    from app.models.association import AssociationCreate
    from app.models.equipment import Equipment, LoanAgreement
    from app.models.space import SpaceCreate, SpaceTransition
    from app.models.user import User
    from app.services.organisations import associations
    from app.services.spaces import records as spaces

    config = alembic_config(url)
    await asyncio.to_thread(command.upgrade, config, "head")
    settings = Settings(database_url=url, secret_key=SECRET, _env_file=None)
    engine = create_engine(settings)
    maker = create_sessionmaker(engine)
    on = today()
    space_ids = []
    async with maker() as session:
        city = User(
            email="ville.bench@example.org",
            full_name="Ville (bench)",
            role="city",
            password_hash=hash_password(secrets.token_urlsafe(16)),
        )
        session.add(city)
        await session.commit()
        city_id = city.id
    for n in range(SPACES):
        async with maker() as session:
            association = await associations.create_association(
                session,
                SYSTEM,
                AssociationCreate(
                    name=f"Comité de quartier {n}", rna=f"W59{n:07d}", neighbourhood="Epeule"
                ),
            )
            space = await spaces.create_space(
                session,
                SYSTEM,
                SpaceCreate.model_validate(
                    {
                        "association_id": str(association.id),
                        "kind": "enc",
                        "name": f"ENC numéro {n}",
                        "street": f"{n + 1} rue de l'Epeule",
                        "postcode": "59100",
                    }
                ),
            )
            for target in ("installing", "open"):
                space = await spaces.transition_space(
                    session, SYSTEM, space.id, SpaceTransition(to=target), None
                )
            session.add(
                LoanAgreement(
                    association_id=association.id,
                    reference=f"CP-BENCH-{n:04d}",
                    starts_on=on - timedelta(days=30),
                    ends_on=on + timedelta(days=365),
                    status="active",
                    signed_on=on - timedelta(days=30),
                    signed_by="La présidente",
                )
            )
            session.add(
                EquipmentRequest(
                    association_id=association.id,
                    space_id=space.id,
                    kind="desktop",
                    quantity=PER_SPACE,
                    justification="Postes pour l'accueil et les ateliers.",
                    status="approved",
                    approved_quantity=PER_SPACE,
                )
            )
            await session.commit()
            space_ids.append(str(space.id))
    total = SPACES * PER_SPACE
    async with maker() as session:
        session.add_all(
            Equipment(
                kind="desktop",
                inventory_number=f"BENCH-{n:06d}",
                funding_source="assoclic",
                status="in_stock",
            )
            for n in range(2 * total)
        )
        await session.commit()
    await engine.dispose()
    raw = await asyncpg.connect(url.replace("+asyncpg", ""))
    await raw.execute("ANALYZE")
    requests = [str(r["id"]) for r in await raw.fetch("SELECT id FROM equipment_requests")]
    singles = [
        str(r["id"])
        for r in await raw.fetch(
            "SELECT id FROM equipment ORDER BY inventory_number DESC LIMIT $1", total
        )
    ]
    await raw.close()
    token, _ = create_access_token(settings, subject=city_id, claims={"role": "city"})
    return {"token": token, "spaces": space_ids, "requests": requests, "singles": singles}


async def _moved_once(url: str) -> tuple[int, int]:
    raw = await asyncpg.connect(url.replace("+asyncpg", ""))
    movements = await raw.fetchval("SELECT count(*) FROM equipment_movements")
    distinct = await raw.fetchval("SELECT count(DISTINCT equipment_id) FROM equipment_movements")
    await raw.close()
    return movements, distinct


def main() -> None:
    name = f"enc_bench_{secrets.token_hex(4)}"

    async def create() -> None:
        connection = await asyncpg.connect(ADMIN)
        await connection.execute(f'CREATE DATABASE "{name}"')
        await connection.close()

    async def drop() -> None:
        connection = await asyncpg.connect(ADMIN)
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.close()

    asyncio.run(create())
    base = ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    url = f"{base}/{name}"
    server = None
    try:
        started = time.perf_counter()
        world = asyncio.run(_prepare(url))
        print(
            f"prepared {SPACES} spaces and {2 * SPACES * PER_SPACE} items in "
            f"{time.perf_counter() - started:.1f} s"
        )
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "SECRET_KEY": SECRET,
            "ENV": "development",
            "RATE_LIMIT_ENABLED": "false",
            "LOG_LEVEL": "WARNING",
            "WEBHOOK_DISPATCHER": "off",
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        api = f"http://127.0.0.1:{port}/api/v1"
        headers = {"Authorization": f"Bearer {world['token']}"}
        with httpx.Client(timeout=600, headers=headers) as client:
            for _ in range(600):  # start-up on a shared machine can take a while
                if server.poll() is not None:
                    raise SystemExit(f"the API process exited ({server.returncode})")
                try:
                    if client.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
            spaces = world["spaces"]
            # warm the process (first request, connection pool)
            client.get(f"{api}/allocation-plans").raise_for_status()

            start = time.perf_counter()
            for n, item_id in enumerate(world["singles"]):
                response = client.post(
                    f"{api}/equipment/{item_id}/movements",
                    json={"kind": "allocate", "space_id": spaces[n % len(spaces)]},
                )
                if response.status_code != 201:
                    raise SystemExit(f"single movement refused: {response.text}")
            singles = time.perf_counter() - start

            start = time.perf_counter()
            lines = [{"request_id": r} for r in world["requests"]]
            response = client.post(
                f"{api}/allocation-plans",
                json={"title": "Bench", "funding_source": "assoclic", "lines": lines},
            )
            response.raise_for_status()
            built = time.perf_counter() - start
            plan_id = response.json()["id"]

            start = time.perf_counter()
            response = client.post(f"{api}/allocation-plans/{plan_id}/execute")
            executed = time.perf_counter() - start
            if response.status_code != 200:
                raise SystemExit(f"plan refused: {response.text[:2000]}")
            moved = response.json()["moved_count"]

            start = time.perf_counter()
            again = client.post(f"{api}/allocation-plans/{plan_id}/execute")
            replay = time.perf_counter() - start
            again.raise_for_status()
        movements, distinct = asyncio.run(_moved_once(url))
        allocations = len(world["singles"])
        print(
            f"singles: {allocations} POST /equipment/{{id}}/movements in {singles:.2f} s "
            f"({singles / allocations * 1000:.2f} ms each)"
        )
        print(
            f"plan:    {moved} allocations over {SPACES} spaces, one POST .../execute in "
            f"{executed * 1000:.0f} ms (building the plan: {built * 1000:.0f} ms; executing "
            f"it again: {replay * 1000:.0f} ms, nothing moved)"
        )
        ratio = singles / executed
        verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
        print(f"ratio:   singles / plan = {ratio:.0f} (target ≥ {TARGET_RATIO}: {verdict})")
        print(
            f"check:   {movements} movements for {distinct} distinct items "
            f"(expected {allocations + moved} of each)"
        )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        asyncio.run(drop())


if __name__ == "__main__":
    main()
