import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, many
from app.core.text import Moment
from app.models.audit import AuditEventRead
from app.routers.deps import ActorDep, PageDep, SessionDep
from app.services import audit

router = APIRouter(prefix="/audit-events", tags=["audit"])


@router.get(
    "",
    response_model=Page[AuditEventRead],
    operation_id="list_audit_events",
    responses=LIST_RESPONSES,
    summary="The audit trail (city only)",
)
async def list_audit_events(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    page: PageDep,
    actor_user_id: uuid.UUID | None = None,
    actor_api_key_id: uuid.UUID | None = None,
    resource_type: Annotated[str | None, Query(max_length=64)] = None,
    resource_id: Annotated[str | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    occurred_from: Annotated[Moment | None, Query(alias="from")] = None,
    occurred_to: Annotated[Moment | None, Query(alias="to")] = None,
) -> Any:
    listing = audit.list_events(
        session,
        actor,
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        resource_type=resource_type,
        resource_id=resource_id,
        action=action,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )
    return await many(request, response, listing, page, filename="audit-events")
