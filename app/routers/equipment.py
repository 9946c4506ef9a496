import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from starlette.requests import ClientDisconnect

from app.core.imports import ImportMode, ImportReport
from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.core.text import Day
from app.models.equipment import (
    EquipmentCreate,
    EquipmentKind,
    EquipmentRead,
    EquipmentStats,
    EquipmentStatus,
    EquipmentUpdate,
    FundingSource,
    MovementCreate,
    MovementRead,
    SpaceEquipmentSummary,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep, SyncDep
from app.services.equipment import imports as equipment_imports
from app.services.equipment import items as equipment
from app.services.equipment import stats as equipment_stats

router = APIRouter(prefix="/equipment", tags=["equipment"])
space_router = APIRouter(prefix="/spaces", tags=["equipment"])
stats_router = APIRouter(prefix="/stats", tags=["statistics"])
Reader = Caller("equipment:read")
Writer = Caller("equipment:write")
Importer = Caller("equipment:import")

IMPORT_CSV_EXAMPLE = (
    "inventory_number,kind,funding_source,serial_number,brand,model,acquired_on,purchase_value\n"
    "ENC-2025-00001,desktop,assoclic,CZC1234XYZ,HP,ProDesk 400 G7,2025-09-15,649.00\n"
    "ENC-2025-00002,printer,city_purchase,,Brother,HL-L2350DW,2025-10-02,\n"
)
IMPORT_NDJSON_EXAMPLE = (
    '{"inventory_number": "ENC-2025-00001", "kind": "desktop", "funding_source": "assoclic", '
    '"serial_number": "CZC1234XYZ", "brand": "HP", "acquired_on": "2025-09-15"}\n'
    '{"inventory_number": "ENC-2025-00002", "kind": "printer", "funding_source": "donation"}\n'
)
IMPORT_BODY = {
    "requestBody": {
        "required": True,
        "description": "CSV with a header row (columns named after the fields; an empty cell "
        "keeps the stored value), or NDJSON (one JSON object per line).",
        "content": {
            "text/csv": {"schema": {"type": "string"}, "example": IMPORT_CSV_EXAMPLE},
            "application/x-ndjson": {
                "schema": {"type": "string"},
                "example": IMPORT_NDJSON_EXAMPLE,
            },
        },
    }
}


@router.post(
    "",
    response_model=EquipmentRead,
    status_code=201,
    operation_id="create_equipment",
    summary="Add an item to the city's inventory",
)
async def create_equipment(
    response: Response, session: SessionDep, actor: Writer, body: EquipmentCreate
) -> EquipmentRead:
    created = await equipment.create_equipment(session, actor, body)
    response.headers["Location"] = f"/api/v1/equipment/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[EquipmentRead],
    operation_id="list_equipment",
    summary="The inventory you may see, filtered and paged (JSON or CSV)",
    responses=LIST_RESPONSES,
)
async def list_equipment(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    sync: SyncDep,
    kind: EquipmentKind | None = None,
    status: EquipmentStatus | None = None,
    funding_source: FundingSource | None = None,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    loan_agreement_id: uuid.UUID | None = None,
    brand: Annotated[str | None, Query(max_length=100, description="Exact, any case")] = None,
    model: Annotated[str | None, Query(max_length=100, description="Exact, any case")] = None,
    acquired_from: Annotated[Day | None, Query(description="Acquired on or after")] = None,
    acquired_to: Annotated[Day | None, Query(description="Acquired on or before")] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=100,
            description="Inventory or serial number contains (any case)",
        ),
    ] = None,
) -> Any:
    listing = equipment.list_equipment(
        session,
        actor,
        kind=kind,
        status=status,
        funding_source=funding_source,
        space_id=space_id,
        association_id=association_id,
        loan_agreement_id=loan_agreement_id,
        brand=brand,
        model=model,
        acquired_from=acquired_from,
        acquired_to=acquired_to,
        q=q,
    )
    return await many(request, response, listing, page, filename="equipment", sync=sync)


@router.post(
    "/import",
    response_model=ImportReport,
    operation_id="import_equipment",
    summary="Import an inventory (CSV or NDJSON); every row is checked before any is written",
    description=(
        "The city registers and updates any item. An association (its users, or its API keys "
        "with `equipment:import`) updates the descriptive fields (`serial_number`, `brand`, "
        "`model`, `notes`) of the items at its spaces; a row for any other number is refused "
        "as unknown, and a change to kind, funding or purchase is refused (the city's records)."
    ),
    openapi_extra=IMPORT_BODY,
    responses={
        422: {"description": "Bad rows (all-or-nothing): the report is in `report`."},
        415: {"description": "Neither CSV nor NDJSON."},
    },
)
async def import_equipment(
    request: Request,
    session: SessionDep,
    actor: Importer,
    mode: Annotated[ImportMode, Query(description="`partial` loads the valid rows")] = (
        ImportMode.all_or_nothing
    ),
    dry_run: Annotated[bool, Query(description="Validate and report; write nothing")] = False,
) -> Any:
    try:
        return await equipment_imports.import_equipment(
            session,
            actor,
            request.stream(),
            request.headers.get("content-type"),
            mode=mode,
            dry_run=dry_run,
        )
    except ClientDisconnect:  # rolled back: nothing written, and nobody left to answer
        return Response(status_code=400)


@router.get(
    "/{item_id}",
    response_model=EquipmentRead,
    operation_id="get_equipment",
    summary="One item of equipment, with where it is now",
    responses=ONE_RESPONSES,
)
async def get_equipment(
    request: Request, response: Response, session: SessionDep, actor: Reader, item_id: uuid.UUID
) -> Any:
    return one(request, response, await equipment.get_equipment(session, actor, item_id))


@router.patch(
    "/{item_id}",
    response_model=EquipmentRead,
    operation_id="update_equipment",
    summary="Change an item's details (If-Match)",
)
async def update_equipment(
    session: SessionDep,
    actor: Writer,
    item_id: uuid.UUID,
    body: EquipmentUpdate,
    if_match: IfMatch = None,
) -> EquipmentRead:
    return await equipment.update_equipment(session, actor, item_id, body, if_match)


@router.post(
    "/{item_id}/movements",
    response_model=MovementRead,
    status_code=201,
    operation_id="move_equipment",
    summary="Move an item: allocate, transfer, return, repair, retire, declare lost "
    "(409 says why a move is impossible)",
    responses=TRANSITION_RESPONSES,
)
async def move_equipment(
    session: SessionDep, actor: Writer, item_id: uuid.UUID, body: MovementCreate
) -> MovementRead:
    return await equipment.move_equipment(session, actor, item_id, body)


@router.get(
    "/{item_id}/movements",
    response_model=Page[MovementRead],
    operation_id="list_equipment_movements",
    responses=LIST_RESPONSES,
    summary="An item's movements, oldest first (append-only)",
)
async def list_movements(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    item_id: uuid.UUID,
) -> Any:
    listing = await equipment.list_movements(session, actor, item_id)
    return await many(request, response, listing, page, filename="movements")


@space_router.get(
    "/{space_id}/equipment-summary",
    response_model=SpaceEquipmentSummary,
    operation_id="get_space_equipment_summary",
    summary="A space's equipment in service, by kind and status (read-only)",
)
async def space_equipment_summary(
    session: SessionDep, actor: Reader, space_id: uuid.UUID
) -> SpaceEquipmentSummary:
    return await equipment_stats.space_summary(session, actor, space_id)


@stats_router.get(
    "/equipment",
    response_model=EquipmentStats,
    operation_id="get_equipment_stats",
    summary="Needs diagnosis: equipment per association and space, ages, what to renew",
)
async def equipment_statistics(
    session: SessionDep,
    actor: Reader,
    older_than_years: Annotated[
        int,
        Query(
            ge=1, le=50, description="Items acquired at least this long ago are listed to renew."
        ),
    ] = 5,
) -> EquipmentStats:
    return await equipment_stats.equipment_stats(session, actor, older_than_years=older_than_years)
