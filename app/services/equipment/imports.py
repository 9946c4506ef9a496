"""`POST /equipment/import`: the city's and partners' inventories, safe to re-run.

Idempotent by inventory number: a known number updates the columns the row gives (an empty
cell keeps the stored value), an unknown one creates an item in stock. Placement is never
imported: items move only through movements, which keep their history.

Who imports what (`policy.equipment_import_fields`): the city, anything; an association (its
users, or its API keys with `equipment:import`), only the descriptive fields of the items at its
spaces — a number it cannot see is refused as unknown, so the import does not reveal the rest
of the inventory.
"""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.imports import (
    ImportMode,
    ImportReport,
    ParsedRows,
    parse_rows,
    reject_duplicates,
    report,
    rows_to_write,
)
from app.core.persistence import flush_or_conflict, guarded_update
from app.models.equipment import Equipment, EquipmentImportRow, EquipmentStatus
from app.services import audit, policy
from app.services.equipment.items import cents, normalise_inventory_number

CHUNK = 500


def _chunks(values: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _values(row: EquipmentImportRow) -> dict:
    values = row.model_dump(exclude_unset=True, mode="python")
    values["inventory_number"] = normalise_inventory_number(row.inventory_number)
    if "purchase_value" in values:
        values["purchase_value_cents"] = cents(values.pop("purchase_value"))
    return values


async def _existing(
    session: AsyncSession, actor: Actor, numbers: list[str]
) -> dict[str, Equipment]:
    found: dict[str, Equipment] = {}
    for chunk in _chunks(numbers):
        statement = select(Equipment).where(Equipment.inventory_number.in_(chunk))
        rows = await session.execute(policy.scope_equipment(actor, statement))
        found |= {item.inventory_number: item for item in rows.scalars().all()}
    return found


async def _serial_owners(session: AsyncSession, serials: list[str]) -> dict[str, str]:
    owners: dict[str, str] = {}
    for chunk in _chunks(serials):
        rows = await session.execute(
            select(Equipment.serial_number, Equipment.inventory_number).where(
                Equipment.serial_number.in_(chunk)
            )
        )
        owners |= dict(rows.all())
    return owners


async def _check_against_stored(
    session: AsyncSession, actor: Actor, parsed: ParsedRows[EquipmentImportRow]
) -> dict[str, Equipment]:
    rows = [(line, _values(row)) for line, row in parsed.rows]
    existing = await _existing(session, actor, sorted({v["inventory_number"] for _, v in rows}))
    owners = await _serial_owners(
        session, sorted({v["serial_number"] for _, v in rows if v.get("serial_number")})
    )
    may_change = policy.equipment_import_fields(actor)
    for line, values in rows:
        serial = values.get("serial_number")
        owner = owners.get(serial) if serial else None
        if owner is not None and owner != values["inventory_number"]:
            seen = may_change is None or owner in existing
            parsed.reject(
                line, "serial_number", f"already used by {owner if seen else 'another item'}"
            )
        item = existing.get(values["inventory_number"])
        if item is None and may_change is not None:
            parsed.reject(
                line,
                "inventory_number",
                "no item with this number at your spaces (new items are registered by the city)",
            )
            continue
        changes = _diff(item, values) if item is not None else {}
        if item is not None and item.status == EquipmentStatus.retired and changes:
            parsed.reject(line, None, f"{item.inventory_number} is retired; it cannot change")
        for name in sorted(set(changes) - (may_change or set(changes))):
            parsed.reject(line, _field_name(name), "only the city changes this field")
    return existing


def _field_name(column: str) -> str:
    return "purchase_value" if column == "purchase_value_cents" else column


def _diff(item: Equipment, values: dict) -> dict:
    return {name: value for name, value in values.items() if getattr(item, name) != value}


async def import_equipment(
    session: AsyncSession,
    actor: Actor,
    body: bytes,
    content_type: str | None,
    *,
    mode: ImportMode,
    dry_run: bool,
) -> ImportReport:
    policy.require(actor, "equipment:import")
    parsed = parse_rows(body, content_type, EquipmentImportRow)
    reject_duplicates(
        parsed, lambda r: normalise_inventory_number(r.inventory_number), "inventory_number"
    )
    reject_duplicates(parsed, lambda r: r.serial_number, "serial_number")
    existing = await _check_against_stored(session, actor, parsed)
    created = updated = unchanged = 0
    for _line, row in rows_to_write(parsed, mode, dry_run):
        values = _values(row)
        item = existing.get(values["inventory_number"])
        if item is None:
            created += 1
            if not dry_run:
                session.add(Equipment(**values))
        elif changes := _diff(item, values):
            updated += 1
            if not dry_run:
                diff = await guarded_update(session, item, changes)
                audit.record(session, actor, "equipment.import_update", "equipment", item.id, diff)
        else:
            unchanged += 1
    result = report(parsed, mode, dry_run)
    result.created, result.updated, result.unchanged = created, updated, unchanged
    if dry_run:
        await session.rollback()
        return result
    await flush_or_conflict(
        session,
        "Another import wrote some of these inventory or serial numbers at the same "
        "moment; run the import again (it is safe to re-run).",
    )
    audit.record(
        session,
        actor,
        "equipment.import",
        "equipment",
        None,
        result.model_dump(mode="json", exclude={"errors"}),
    )
    await session.commit()
    return result
