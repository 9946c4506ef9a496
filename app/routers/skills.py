from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.models.training import SkillCreate, SkillRead, SkillUpdate
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.training import skills

router = APIRouter(prefix="/skills", tags=["skills"])
Reader = Caller("training:read")
Writer = Caller("training:write")
Code = Annotated[str, Path(max_length=64, description="The skill's stable code (slug).")]


@router.get(
    "",
    response_model=Page[SkillRead],
    operation_id="list_skills",
    summary="The skills catalogue (the six savoirs and those the city adds)",
    responses=LIST_RESPONSES,
)
async def list_skills(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    include_archived: Annotated[bool, Query()] = False,
) -> Any:
    listing = skills.list_skills(session, actor, include_archived=include_archived)
    return await many(request, response, listing, page, filename="skills")


@router.post(
    "",
    response_model=SkillRead,
    status_code=201,
    operation_id="create_skill",
    summary="Add a skill to the catalogue (city)",
)
async def create_skill(
    response: Response, session: SessionDep, actor: Writer, body: SkillCreate
) -> SkillRead:
    created = await skills.create_skill(session, actor, body)
    response.headers["Location"] = f"/api/v1/skills/{created.code}"
    return tagged(response, created)


@router.get(
    "/{code}",
    response_model=SkillRead,
    operation_id="get_skill",
    summary="One skill of the catalogue, by its code",
    responses=ONE_RESPONSES,
)
async def get_skill(
    request: Request, response: Response, session: SessionDep, actor: Reader, code: Code
) -> Any:
    return one(request, response, await skills.get_skill(session, actor, code))


@router.patch(
    "/{code}",
    response_model=SkillRead,
    operation_id="update_skill",
    summary="Change a skill's titles (city); its code never changes",
)
async def update_skill(
    response: Response,
    session: SessionDep,
    actor: Writer,
    code: Code,
    body: SkillUpdate,
    if_match: IfMatch = None,
) -> SkillRead:
    return tagged(response, await skills.update_skill(session, actor, code, body, if_match))


@router.post(
    "/{code}/archive",
    response_model=SkillRead,
    operation_id="archive_skill",
    summary="Archive a skill: new sessions can no longer use it (city)",
)
async def archive_skill(
    response: Response, session: SessionDep, actor: Writer, code: Code, if_match: IfMatch = None
) -> SkillRead:
    return tagged(response, await skills.archive_skill(session, actor, code, if_match))


@router.delete(
    "/{code}",
    status_code=204,
    operation_id="delete_skill",
    summary="Delete a skill no session ever used (city); one in use is 409",
)
async def delete_skill(session: SessionDep, actor: Writer, code: Code) -> Response:
    await skills.delete_skill(session, actor, code)
    return Response(status_code=204)
