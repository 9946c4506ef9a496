from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, Response

from app.core.bodies import json_or_form, request_body
from app.core.errors import ValidationFailed
from app.core.text import control_message, nfc
from app.models.user import LogoutRequest, RefreshRequest, TokenPair
from app.routers.deps import (
    ANONYMOUS,
    ActorDep,
    SessionDep,
    SettingsDep,
    request_context,
    session_id_of,
)
from app.services.identity import auth

router = APIRouter(prefix="/auth", tags=["auth"])
# RFC 6749 §5.1: a response carrying tokens is never stored by a cache.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
UNAUTHORIZED = {
    401: {"description": "Wrong credentials or token"},
    429: {"description": "Too many attempts; see Retry-After"},
}


class LoginForm:
    """The OAuth2 password grant's form (RFC 6749 §4.3), with the lengths this API accepts."""

    def __init__(
        self,
        username: Annotated[str, Form(max_length=254, description="The account's e-mail.")],
        password: Annotated[str, Form(max_length=256, json_schema_extra={"format": "password"})],
        grant_type: Annotated[str | None, Form(pattern="^password$", max_length=8)] = None,
        scope: Annotated[str, Form(max_length=200, description="Unused: roles decide.")] = "",
    ) -> None:
        # The password is hashed as sent (any character, no normalisation); the other fields
        # are text like any body's (`app.core.text`).
        for name, value in (("username", username), ("grant_type", grant_type), ("scope", scope)):
            if value and (problem := control_message(value)):
                error = {"loc": ["body", name], "msg": problem, "type": "control_character"}
                raise ValidationFailed(f"The request is not valid: body.{name}.", errors=[error])
        self.username = nfc(username)
        self.password = password


@router.post(
    "/token",
    response_model=TokenPair,
    operation_id="create_token",
    summary="Log in (OAuth2 password flow; username is the e-mail)",
    responses=UNAUTHORIZED,
    openapi_extra=ANONYMOUS,  # the credential is the form's password
)
async def create_token(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    form: Annotated[LoginForm, Depends()],
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
    responses={**UNAUTHORIZED, 415: {"description": "No Content-Type, or not JSON nor a form"}},
    # The credential is the body's refresh token; JSON or the OAuth2 form (RFC 6749 §6).
    openapi_extra={**ANONYMOUS, **request_body(RefreshRequest, required=True)},
)
async def refresh_token(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
) -> TokenPair:
    body = await json_or_form(request, RefreshRequest, required=True)
    response.headers.update(NO_STORE)
    return await auth.refresh(
        session, settings, refresh_token=body.refresh_token, ctx=request_context(request)
    )


@router.post(
    "/logout",
    status_code=204,
    operation_id="logout",
    summary="End this login: its refresh tokens and access tokens stop working",
    responses={415: {"description": "A body that is neither JSON nor a form"}},
    openapi_extra=request_body(LogoutRequest, required=False),
)
async def logout(request: Request, session: SessionDep, actor: ActorDep) -> None:
    body = await json_or_form(request, LogoutRequest, required=False)
    also = body.refresh_token or (body.token if body.token_type_hint != "access_token" else None)
    await auth.logout(session, actor, session_id_of(request), refresh_token=also)
