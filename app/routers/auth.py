from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import OAuth2PasswordRequestForm

from app.models.user import RefreshRequest, TokenPair
from app.routers.deps import ActorDep, SessionDep, SettingsDep, request_context, session_id_of
from app.services import auth

router = APIRouter(prefix="/auth", tags=["auth"])
# RFC 6749 §5.1: a response carrying tokens is never stored by a cache.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
UNAUTHORIZED = {
    401: {"description": "Wrong credentials or token"},
    429: {"description": "Too many attempts; see Retry-After"},
}


@router.post(
    "/token",
    response_model=TokenPair,
    operation_id="create_token",
    summary="Log in (OAuth2 password flow; username is the e-mail)",
    responses=UNAUTHORIZED,
)
async def create_token(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
) -> TokenPair:
    response.headers.update(NO_STORE)
    return await auth.login(
        session,
        settings,
        request.app.state.counters,
        email=form.username,
        password=form.password,
        ctx=request_context(request),
    )


@router.post(
    "/refresh",
    response_model=TokenPair,
    operation_id="refresh_token",
    summary="Rotate a refresh token for a new pair",
    responses=UNAUTHORIZED,
)
async def refresh_token(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    body: RefreshRequest,
) -> TokenPair:
    response.headers.update(NO_STORE)
    return await auth.refresh(
        session, settings, refresh_token=body.refresh_token, ctx=request_context(request)
    )


@router.post(
    "/logout",
    status_code=204,
    operation_id="logout",
    summary="End this login: its refresh tokens and access tokens stop working",
)
async def logout(request: Request, session: SessionDep, actor: ActorDep) -> None:
    await auth.logout(session, actor, session_id_of(request))
