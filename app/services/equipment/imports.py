"""`POST /equipment/import`: the city's and partners' inventories, safe to re-run.

Idempotent by inventory number: a known number updates the columns the row gives (an empty
cell keeps the stored value), an unknown one creates an item in stock. Placement is never
imported: items move only through movements, which keep their history.

Who imports what (`policy.equipment_import_fields`): the city, anything; an association (its
users, or its API keys with `equipment:import`), only the descriptive fields of the items at its
spaces — a number it cannot see is refused as unknown, so the import does not reveal the rest
of the inventory.

The body streams through the import pipeline (`app.core.imports`). Each batch of rows is
validated, checked against the rows before it (an inventory or serial number given twice: every
occurrence after the first is a bad row) and against the stored inventory, then staged in a
temporary table. `equipment` is not touched until the whole file has been read, so every row is
checked against the inventory as it was before the import, and a refused import (all-or-nothing
with a bad row) or a dry run writes nothing to it. Then the staged rows are written a batch at a
time, in the same transaction.
"""

from collections.abc import AsyncIterator, Iterable

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import PreconditionFailed
from app.core.imports import ImportMode, ImportReport, ImportTally, import_form, run_import
from app.core.persistence import flush_or_conflict, guarded_update
from app.models.equipment import Equipment, EquipmentImportRow, EquipmentStatus
from app.services import audit, policy
from app.services.equipment.items import cents, normalise_inventory_number

BATCH = 500  # rows checked, staged or written at a time (and the length of an IN list)
STAGE = "equipment_import_stage"
CONFLICT = (
    "Another import wrote some of these inventory or serial numbers at the same moment; run "
    "the import again (it is safe to re-run)."
)

# Every row the model accepted, in file order: its keys, for the repeats of later rows; and,
# for a good row to write, the item it updates (with the version it was checked at) and the
# row itself (null when nothing is to be written).
stage = Table(
    STAGE,
    MetaData(),
    Column("line", Integer, primary_key=True, autoincrement=False),
    Column("inventory_number", String(32), index=True),
    Column("serial_number", String(100), index=True),
    Column("known", Boolean),  # the number is an item the caller can see
    Column("item_id", Uuid),
    Column("version", Integer),
    Column("payload", Text),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)
_validate_json = EquipmentImportRow.__pydantic_validator__.validate_json


def _values(row: EquipmentImportRow) -> dict:
    values = row.model_dump(exclude_unset=True, mode="python")
    values["inventory_number"] = normalise_inventory_number(row.inventory_number)
    if "purchase_value" in values:
        values["purchase_value_cents"] = cents(values.pop("purchase_value"))
    return values


def _field_name(column: str) -> str:
    return "purchase_value" if column == "purchase_value_cents" else column


def _diff(item: Equipment, values: dict) -> dict:
    return {name: value for name, value in values.items() if getattr(item, name) != value}


def _sorted(values: Iterable[str]) -> list[str]:
    return sorted(set(values))


class _EquipmentWriter:
    """The inventory's `ImportWriter`."""

    blank_cells = False

    def __init__(self, session: AsyncSession, actor: Actor) -> None:
        self.session, self.actor = session, actor
        self.may_change = policy.equipment_import_fields(actor)
        self.postgres = session.bind.dialect.name == "postgresql"
        self.pending: list[tuple[int, dict]] = []
        self.created = self.updated = self.unchanged = 0

    async def open(self) -> None:
        await self._drop_sqlite_stage()
        connection = await self.session.connection()
        await connection.run_sync(stage.create)

    async def _drop_sqlite_stage(self) -> None:
        """PostgreSQL drops the stage at the end of the transaction; SQLite keeps it with the
        connection, which an import that failed may have left it in."""
        if not self.postgres:
            await self.session.execute(text(f"DROP TABLE IF EXISTS temp.{STAGE}"))

    async def take(self, rows: list[tuple[int, dict]], tally: ImportTally) -> None:
        self.pending.extend(rows)
        while len(self.pending) >= BATCH:
            batch, self.pending = self.pending[:BATCH], self.pending[BATCH:]
            await self._check(batch, tally)

    async def finish(self, tally: ImportTally) -> None:
        if self.pending:
            batch, self.pending = self.pending, []
            await self._check(batch, tally)
        if not (tally.refuses or tally.dry_run):
            await self._write()

    async def abandon(self, cancelled: bool) -> None:
        self.pending = []

    async def close(self) -> None:
        await self._drop_sqlite_stage()

    # ---- a batch checked and staged -----------------------------------------------------------

    async def _earlier(self, column: str, keys: list[str]) -> dict[str, int]:
        """The first line of the rows before this batch that gave each of these keys."""
        if not keys:
            return {}
        key = stage.c[column]
        rows = await self.session.execute(
            select(key, func.min(stage.c.line)).where(key.in_(keys)).group_by(key)
        )
        return dict(rows.all())

    async def _existing(self, numbers: list[str]) -> dict[str, Equipment]:
        statement = select(Equipment).where(Equipment.inventory_number.in_(numbers))
        rows = await self.session.execute(policy.scope_equipment(self.actor, statement))
        return {item.inventory_number: item for item in rows.scalars().all()}

    async def _serial_owners(self, serials: list[str]) -> dict[str, str]:
        if not serials:
            return {}
        rows = await self.session.execute(
            select(Equipment.serial_number, Equipment.inventory_number).where(
                Equipment.serial_number.in_(serials)
            )
        )
        return dict(rows.all())

    async def _known_earlier(self, numbers: list[str]) -> set[str]:
        """Of these numbers, those given before this batch for an item the caller can see."""
        if not numbers:
            return set()
        rows = await self.session.execute(
            select(stage.c.inventory_number).where(
                stage.c.known, stage.c.inventory_number.in_(numbers)
            )
        )
        return set(rows.scalars().all())

    async def _check(self, batch: list[tuple[int, dict]], tally: ImportTally) -> None:
        rows = []
        for line, raw in batch:
            row = tally.validate(EquipmentImportRow, line, raw)
            if row is not None:
                rows.append((line, row, _values(row)))
        if not rows:
            return
        numbers = _sorted(values["inventory_number"] for _, _, values in rows)
        earlier_number = await self._earlier("inventory_number", numbers)
        given = [row.serial_number for _, row, _ in rows if row.serial_number is not None]
        earlier_serial = await self._earlier("serial_number", _sorted(given))
        existing = await self._existing(numbers)
        owners = await self._serial_owners(
            _sorted(v["serial_number"] for _, _, v in rows if v.get("serial_number"))
        )
        known = set(existing)
        if self.may_change is not None and owners:
            known |= await self._known_earlier(_sorted(set(owners.values()) - known))
        first_number: dict[str, int] = {}
        first_serial: dict[str, int] = {}
        staged = []
        for line, row, values in rows:
            number = values["inventory_number"]
            bad = tally.invalid
            first = earlier_number.get(number) or first_number.setdefault(number, line)
            if first != line:
                tally.reject(line, "inventory_number", f"already given on line {first}")
            if row.serial_number is not None:
                serial = row.serial_number
                first = earlier_serial.get(serial) or first_serial.setdefault(serial, line)
                if first != line:
                    tally.reject(line, "serial_number", f"already given on line {first}")
            item = self._check_against_stored(line, values, existing, owners, known, tally)
            good = tally.invalid == bad
            write = None
            if good and item is None:
                self.created += 1
                write = values
            elif good and _diff(item, values):
                self.updated += 1
                write = values
            elif good:
                self.unchanged += 1
            staged.append(
                {
                    "line": line,
                    "inventory_number": number,
                    "serial_number": row.serial_number,
                    "known": number in existing,
                    "item_id": item.id if write and item is not None else None,
                    "version": item.version if write and item is not None else None,
                    "payload": row.model_dump_json(exclude_unset=True) if write else None,
                }
            )
        if tally.refuses or tally.dry_run:  # nothing will be written: the keys are enough
            for values in staged:
                values["item_id"] = values["version"] = values["payload"] = None
        await self.session.execute(insert(stage), staged)

    def _check_against_stored(
        self,
        line: int,
        values: dict,
        existing: dict[str, Equipment],
        owners: dict[str, str],
        known: set[str],
        tally: ImportTally,
    ) -> Equipment | None:
        """The row against the inventory before the import; the item it updates, if any."""
        may_change = self.may_change
        serial = values.get("serial_number")
        owner = owners.get(serial) if serial else None
        if owner is not None and owner != values["inventory_number"]:
            seen = may_change is None or owner in known
            tally.reject(
                line, "serial_number", f"already used by {owner if seen else 'another item'}"
            )
        item = existing.get(values["inventory_number"])
        if item is None and may_change is not None:
            tally.reject(
                line,
                "inventory_number",
                "no item with this number at your spaces (new items are registered by the city)",
            )
            return None
        changes = _diff(item, values) if item is not None else {}
        if item is not None and item.status == EquipmentStatus.retired and changes:
            tally.reject(line, None, f"{item.inventory_number} is retired; it cannot change")
        for name in sorted(set(changes) - (may_change or set(changes))):
            tally.reject(line, _field_name(name), "only the city changes this field")
        return item

    # ---- the staged rows written --------------------------------------------------------------

    async def _write(self) -> None:
        after = 0
        while True:
            rows = (
                await self.session.execute(
                    select(stage.c.line, stage.c.item_id, stage.c.version, stage.c.payload)
                    .where(stage.c.payload.is_not(None), stage.c.line > after)
                    .order_by(stage.c.line)
                    .limit(BATCH)
                )
            ).all()
            if not rows:
                return
            after = rows[-1].line
            ids = [row.item_id for row in rows if row.item_id is not None]
            items = {}
            if ids:
                found = await self.session.execute(select(Equipment).where(Equipment.id.in_(ids)))
                items = {item.id: item for item in found.scalars().all()}
            for row in rows:
                values = _values(_validate_json(row.payload))
                if row.item_id is None:
                    self.session.add(Equipment(**values))
                    continue
                item = items.get(row.item_id)
                if item is None or item.version != row.version:
                    raise PreconditionFailed(
                        f"Someone else changed {values['inventory_number']} during the import; "
                        "run the import again (it is safe to re-run)."
                    )
                diff = await guarded_update(self.session, item, _diff(item, values))
                audit.record(
                    self.session, self.actor, "equipment.import_update", "equipment", item.id, diff
                )
            await flush_or_conflict(self.session, CONFLICT)


async def import_equipment(
    session: AsyncSession,
    actor: Actor,
    chunks: AsyncIterator[bytes],
    content_type: str | None,
    *,
    mode: ImportMode,
    dry_run: bool,
) -> ImportReport:
    policy.require(actor, "equipment:import")
    form = import_form(content_type)  # 415 before a byte is read

    def record(result: ImportReport) -> None:
        audit.record(
            session,
            actor,
            "equipment.import",
            "equipment",
            None,
            result.model_dump(mode="json", exclude={"errors"}),
        )

    writer = _EquipmentWriter(session, actor)
    return await run_import(
        session, writer, chunks, form, mode=mode, dry_run=dry_run, record=record
    )
