"""Background imports: a file sent whole or in resumable parts, then a job that runs the
visits or equipment import on it (202), polled until it has finished, cancelled by DELETE.
The synchronous `POST /visits/import` and `POST /equipment/import` stay as they are."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.requests import ClientDisconnect

from app.core.bodies import json_body
from app.core.imports import ImportMode
from app.core.limits import IMPORT_MAX_BYTES
from app.core.openapi import component_ref
from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.models.import_job import (
    ImportJobCreate,
    ImportJobRead,
    ImportJobStatus,
    ImportKind,
    ImportUploadCreate,
    ImportUploadRead,
)
from app.routers.deps import STARTS_READ_ONLY, ActorDep, PageDep, SessionDep, SettingsDep
from app.services.import_jobs import jobs, uploads

router = APIRouter(prefix="/imports", tags=["imports"])
MAX_OFFSET = 2**40  # beyond any IMPORT_MAX_BYTES

JOB_BODY = {
    "requestBody": {
        "required": True,
        "description": "Either the job on an upload sent in parts (JSON), or the file itself "
        "(CSV with a header row, or NDJSON) with `kind` (and `mode`) in the query.",
        "content": {
            "application/json": {"schema": component_ref(ImportJobCreate)},
            "text/csv": {"schema": {"type": "string", "maxLength": IMPORT_MAX_BYTES}},
            "application/x-ndjson": {"schema": {"type": "string", "maxLength": IMPORT_MAX_BYTES}},
        },
    }
}
CONTENT_BODY = {
    "requestBody": {
        "required": True,
        "description": "The next bytes of the file, from `Upload-Offset` on (raw bytes).",
        "content": {
            "application/octet-stream": {
                "schema": {"type": "string", "format": "binary", "maxLength": IMPORT_MAX_BYTES}
            }
        },
    }
}
UPLOAD_ERRORS: dict[int | str, dict[str, Any]] = {
    409: {
        "description": "`Upload-Offset` is not `received_bytes` (the problem carries it), or "
        "a job was started on the upload."
    },
    413: {"description": "More bytes than announced, or than the largest import file."},
}


def _storage(request: Request):
    return request.app.state.document_storage


@router.post(
    "/uploads",
    response_model=ImportUploadRead,
    status_code=201,
    operation_id="create_import_upload",
    summary="Start an upload for a background import (its bytes follow in parts)",
    description=(
        "Announce a file (kind, format, size if known); then send its bytes with `PUT "
        "/imports/uploads/{id}/content` and `Upload-Offset`, in one request or several. After "
        "a network cut, `GET /imports/uploads/{id}` tells `received_bytes`: send the rest from "
        "there. Then `POST /imports` with the `upload_id`."
    ),
    responses={413: UPLOAD_ERRORS[413]},
)
async def create_import_upload(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    body: ImportUploadCreate,
) -> Any:
    created = await uploads.create_upload(session, actor, body, max_bytes=settings.import_max_bytes)
    response.headers["Location"] = f"/api/v1/imports/uploads/{created.id}"
    return created


@router.get(
    "/uploads/{upload_id}",
    response_model=ImportUploadRead,
    operation_id="get_import_upload",
    summary="An upload: how many bytes the server holds (where to resume)",
    responses=ONE_RESPONSES,
)
async def get_import_upload(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    upload_id: uuid.UUID,
) -> Any:
    return one(request, response, await uploads.get_upload(session, actor, upload_id))


@router.put(
    "/uploads/{upload_id}/content",
    response_model=ImportUploadRead,
    operation_id="append_import_upload",
    summary="Append bytes to an upload at Upload-Offset (resumable)",
    description=(
        "The body is appended at `Upload-Offset`, which must equal the upload's "
        "`received_bytes` (409 otherwise, with `received_bytes` in the problem). The bytes "
        "received before a connection breaks are kept."
    ),
    openapi_extra=CONTENT_BODY,
    responses=UPLOAD_ERRORS,
)
async def append_import_upload(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    upload_id: uuid.UUID,
    upload_offset: Annotated[
        int,
        Header(alias="Upload-Offset", ge=0, le=MAX_OFFSET, description="Where these bytes start."),
    ],
) -> Any:
    try:
        return await uploads.append(
            session,
            actor,
            _storage(request),
            upload_id,
            upload_offset,
            request.stream(),
            max_bytes=settings.import_max_bytes,
        )
    except ClientDisconnect:  # what arrived is kept (resume from received_bytes); nobody left
        return Response(status_code=400)


@router.post(
    "",
    response_model=ImportJobRead,
    status_code=202,
    operation_id="create_import_job",
    summary="Start a background import (visits or equipment): 202 with the job to poll",
    description=(
        "The job runs the same import as `POST /visits/import` or `POST /equipment/import`, "
        "in one transaction, as the caller, in `enc worker` or the API's scheduler: `queued` → "
        "`running` → `succeeded` (the report) | `failed` (why; nothing written) | `cancelled` "
        "(DELETE; nothing written). Poll `Location`; `import.finished` is sent to webhooks. "
        "A job whose runner dies is run again from the start: never half-applied."
    ),
    openapi_extra=JOB_BODY,
    responses={
        404: {"description": "No such upload among the caller's."},
        409: {"description": "The upload is not complete, or has a job already."},
        413: UPLOAD_ERRORS[413],
        415: {"description": "Neither JSON, CSV nor NDJSON."},
    },
)
async def create_import_job(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    kind: Annotated[
        ImportKind | None, Query(description="With the file as the body: what it holds.")
    ] = None,
    mode: Annotated[
        ImportMode, Query(description="With the file as the body: `partial` loads the valid rows")
    ] = ImportMode.all_or_nothing,
    dry_run: Annotated[
        bool, Query(description="With the file as the body (equipment): write nothing")
    ] = False,
) -> Any:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media == "application/json":
        body = await json_body(request, ImportJobCreate)
        created = await jobs.create_job(session, actor, body)
    else:
        if kind is None:
            raise RequestValidationError(
                [
                    {
                        "type": "missing",
                        "loc": ("query", "kind"),
                        "msg": "Field required",
                        "input": None,
                    }
                ]
            )
        try:
            created = await jobs.create_job_from_body(
                session,
                actor,
                _storage(request),
                request.stream(),
                media or None,
                kind=kind,
                mode=mode,
                dry_run=dry_run,
                max_bytes=settings.import_max_bytes,
            )
        except ClientDisconnect:  # no job: the partial upload is left unused
            return Response(status_code=400)
    response.headers["Location"] = f"/api/v1/imports/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[ImportJobRead],
    operation_id="list_import_jobs",
    summary="Background imports, newest first (the city's all, an association's its own)",
    responses=LIST_RESPONSES,
)
async def list_import_jobs(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    page: PageDep,
    kind: ImportKind | None = None,
    status: ImportJobStatus | None = None,
) -> Any:
    listing = jobs.list_jobs(session, actor, kind=kind, status=status)
    return await many(request, response, listing, page, filename="imports")


@router.get(
    "/{job_id}",
    response_model=ImportJobRead,
    operation_id="get_import_job",
    summary="A background import: status, rows and bytes read so far, the report when done",
    responses=ONE_RESPONSES,
)
async def get_import_job(
    request: Request, response: Response, session: SessionDep, actor: ActorDep, job_id: uuid.UUID
) -> Any:
    return one(request, response, await jobs.get_job(session, actor, job_id))


@router.delete(
    "/{job_id}",
    response_model=ImportJobRead,
    operation_id="cancel_import_job",
    summary="Cancel a queued or running import: nothing of it is kept",
    openapi_extra=STARTS_READ_ONLY,
    responses={409: {"description": "The job has finished (or its rows are being committed)."}},
)
async def cancel_import_job(session: SessionDep, actor: ActorDep, job_id: uuid.UUID) -> Any:
    return await jobs.cancel_job(session, actor, job_id)
