import uuid
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Header, Path, Request, Response, UploadFile
from pydantic import WithJsonSchema

from app.core.downloads import content_disposition, plan
from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.models.document import (
    DocumentCreate,
    DocumentKind,
    DocumentRead,
    DocumentResourceType,
    DocumentStatus,
    DocumentVersionRead,
    SignatureFields,
    SignatureRead,
    VerificationRead,
)
from app.routers.deps import AUDITED_READ, Caller, IfMatch, PageDep, SessionDep, SettingsDep
from app.services.documents import records as documents
from app.services.documents import signatures
from app.services.documents.storage import DocumentStorage

router = APIRouter(prefix="/documents", tags=["documents"])
Reader = Caller("documents:read")
Writer = Caller("documents:write")

UPLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    413: {"description": "The file is larger than DOCUMENT_MAX_BYTES (nothing stored)."},
    415: {"description": "Not a PDF, PNG or JPEG by its content (nothing stored)."},
    422: {
        "description": "Bad fields, or a PDF with JavaScript, embedded files or encryption, "
        "or a virus found (nothing stored)."
    },
    503: {"description": "The virus scanner (clamd) does not answer (nothing stored)."},
}
# The most DOCUMENT_MAX_BYTES may be set to (the deployment's value is usually 10 MB).
MAX_FILE_BYTES = 512 * 1024 * 1024
BINARY = {"type": "string", "format": "binary", "maxLength": MAX_FILE_BYTES}
FILE_PART = File(
    description="The file: PDF, PNG or JPEG, recognised by its bytes (at most "
    "DOCUMENT_MAX_BYTES, 10 MB by default).",
    json_schema_extra={"maxLength": MAX_FILE_BYTES},
)
CONTENT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The file's bytes (ETag: its SHA-256).",
        "content": {
            "application/pdf": {"schema": BINARY},
            "image/png": {"schema": BINARY},
            "image/jpeg": {"schema": BINARY},
        },
    },
    206: {"description": "The requested byte range (`Range: bytes=a-b`)."},
    304: {"description": "Not modified (If-None-Match matched the SHA-256)."},
    404: {"description": "No such document or version in your scope."},
    416: {"description": "The range is outside the file (`Content-Range: bytes */size`)."},
}
RangeHeader = Annotated[
    str | None, Header(alias="Range", max_length=200, description="`bytes=start-end` (one range).")
]
IfRange = Annotated[str | None, Header(alias="If-Range", max_length=200)]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match", max_length=1024)]


class DocumentUploadForm(DocumentCreate):
    """The multipart body: the file and the document's fields (any other part is refused)."""

    file: Annotated[UploadFile, FILE_PART]


def _storage(request: Request) -> DocumentStorage:
    return request.app.state.document_storage


@router.post(
    "",
    response_model=DocumentRead,
    status_code=201,
    operation_id="upload_document",
    summary="Upload a document (multipart: the file and its kind, title, owner, resource)",
    responses=UPLOAD_RESPONSES,
)
async def upload_document(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Writer,
    settings: SettingsDep,
    body: Annotated[DocumentUploadForm, Form()],
) -> Any:
    created = await documents.create_document(
        session, actor, settings, _storage(request), body, body.file
    )
    response.headers["Location"] = f"/api/v1/documents/{created.id}"
    return tagged(response, created)


@router.get(
    "",
    response_model=Page[DocumentRead],
    operation_id="list_documents",
    summary="The documents in your scope (newest first), by kind, owner or resource",
    responses=LIST_RESPONSES,
)
async def list_documents(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    kind: DocumentKind | None = None,
    association_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
    resource_type: DocumentResourceType | None = None,
    resource_id: uuid.UUID | None = None,
    status: DocumentStatus | None = None,
) -> Any:
    listing = documents.list_documents(
        session,
        actor,
        kind=kind,
        association_id=association_id,
        space_id=space_id,
        resource_type=resource_type,
        resource_id=resource_id,
        status=status,
    )
    return await many(request, response, listing, page, filename="documents")


@router.get(
    "/{document_id}",
    response_model=DocumentRead,
    operation_id="get_document",
    summary="A document with its current version (SHA-256, size, type)",
    responses=ONE_RESPONSES,
)
async def get_document(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    document_id: uuid.UUID,
) -> Any:
    return one(request, response, await documents.get_document(session, actor, document_id))


async def _content(
    request: Request,
    session,
    actor,
    document_id: uuid.UUID,
    number: int | None,
    if_none_match: str | None,
    range_header: str | None,
    if_range: str | None,
) -> Response:
    document, version = await documents.find_version(session, actor, document_id, number)
    etag = f'"{version.sha256}"'
    what = plan(
        etag=etag,
        size=version.size_bytes,
        if_none_match=if_none_match,
        range_header=range_header,
        if_range=if_range,
    )
    headers = {"ETag": etag, "Accept-Ranges": "bytes", "Cache-Control": "private, no-cache"}
    if what.not_modified:
        return Response(status_code=304, headers=headers)
    data = await documents.read_content(
        session, actor, _storage(request), document, version, what.start, what.end
    )
    headers["Content-Disposition"] = content_disposition(version.filename)
    if what.partial:
        headers["Content-Range"] = f"bytes {what.start}-{what.end - 1}/{version.size_bytes}"
    return Response(
        content=data,
        status_code=206 if what.partial else 200,
        media_type=version.content_type,
        headers=headers,
    )


@router.get(
    "/{document_id}/content",
    operation_id="download_document",
    summary="Download the current version's file (ETag, Range; each download is audited)",
    response_class=Response,
    responses=CONTENT_RESPONSES,
    openapi_extra=AUDITED_READ,
)
async def download_document(
    request: Request,
    session: SessionDep,
    actor: Reader,
    document_id: uuid.UUID,
    if_none_match: IfNoneMatch = None,
    range_header: RangeHeader = None,
    if_range: IfRange = None,
) -> Response:
    return await _content(
        request, session, actor, document_id, None, if_none_match, range_header, if_range
    )


@router.get(
    "/{document_id}/versions",
    response_model=Page[DocumentVersionRead],
    operation_id="list_document_versions",
    summary="A document's versions, newest first (`?sort=number` for the oldest first)",
    responses=LIST_RESPONSES,
)
async def list_document_versions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    document_id: uuid.UUID,
) -> Any:
    listing = await documents.list_versions(session, actor, document_id)
    return await many(request, response, listing, page, filename="document-versions")


@router.post(
    "/{document_id}/versions",
    response_model=DocumentRead,
    status_code=201,
    operation_id="add_document_version",
    summary="Upload a new version of a document (the earlier ones are kept)",
    responses=UPLOAD_RESPONSES
    | {409: {"description": "The document is archived."}, 412: {"description": "Stale If-Match."}},
)
async def add_document_version(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Writer,
    settings: SettingsDep,
    document_id: uuid.UUID,
    file: Annotated[UploadFile, FILE_PART],
    if_match: IfMatch = None,
) -> Any:
    updated = await documents.add_version(
        session, actor, settings, _storage(request), document_id, file, if_match
    )
    response.headers["Location"] = f"/api/v1/documents/{document_id}/versions"
    return tagged(response, updated)


@router.get(
    "/{document_id}/versions/{number}/content",
    operation_id="download_document_version",
    summary="Download one version's file (ETag, Range; each download is audited)",
    response_class=Response,
    responses=CONTENT_RESPONSES,
    openapi_extra=AUDITED_READ,
)
async def download_document_version(
    request: Request,
    session: SessionDep,
    actor: Reader,
    document_id: uuid.UUID,
    number: Annotated[int, Path(ge=1, le=1_000_000)],
    if_none_match: IfNoneMatch = None,
    range_header: RangeHeader = None,
    if_range: IfRange = None,
) -> Response:
    return await _content(
        request, session, actor, document_id, number, if_none_match, range_header, if_range
    )


@router.post(
    "/{document_id}/archive",
    response_model=DocumentRead,
    operation_id="archive_document",
    summary="Archive a document: kept with its versions, takes no new one (no hard delete)",
    responses={409: {"description": "Already archived."}, 412: {"description": "Stale If-Match."}},
)
async def archive_document(
    response: Response,
    session: SessionDep,
    actor: Writer,
    document_id: uuid.UUID,
    if_match: IfMatch = None,
) -> Any:
    return tagged(response, await documents.archive_document(session, actor, document_id, if_match))


class SignatureForm(SignatureFields):
    """The multipart body: `method`, `consent`, `full_name` (typed) or `file` (scan)."""

    file: Annotated[
        UploadFile | None,
        File(description="`scan`: the signed copy (PDF, PNG or JPEG, checked like any upload)."),
        WithJsonSchema({"anyOf": [BINARY, {"type": "null"}]}),
    ] = None


@router.post(
    "/{document_id}/signatures",
    response_model=SignatureRead,
    status_code=201,
    operation_id="sign_document",
    summary="Sign the current version: typed full name in place, or upload the signed scan",
    responses=UPLOAD_RESPONSES
    | {
        403: {"description": "Your role signs for no party of this document (or an API key)."},
        409: {"description": "Already signed for your party, or the document is archived."},
    },
)
async def sign_document(
    request: Request,
    session: SessionDep,
    actor: Writer,
    settings: SettingsDep,
    document_id: uuid.UUID,
    body: Annotated[SignatureForm, Form()],
    user_agent: Annotated[str | None, Header(alias="User-Agent", max_length=1000)] = None,
) -> Any:
    return await signatures.sign_document(
        session,
        actor,
        settings,
        _storage(request),
        document_id,
        SignatureFields.model_validate(body.model_dump(exclude={"file"})),
        body.file,
        user_agent=user_agent,
    )


@router.get(
    "/{document_id}/signatures",
    response_model=Page[SignatureRead],
    operation_id="list_document_signatures",
    summary="A document's signatures, oldest first (each with its version and SHA-256)",
    responses=LIST_RESPONSES,
)
async def list_document_signatures(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    document_id: uuid.UUID,
) -> Any:
    listing = await signatures.list_signatures(session, actor, document_id)
    return await many(request, response, listing, page, filename="document-signatures")


@router.get(
    "/{document_id}/verification",
    response_model=VerificationRead,
    operation_id="verify_document_signatures",
    summary="Recompute the signature journal's hash chain and the signed files' SHA-256",
    responses=ONE_RESPONSES,
)
async def verify_document_signatures(
    request: Request,
    session: SessionDep,
    actor: Reader,
    document_id: uuid.UUID,
) -> Any:
    return await signatures.verify(session, actor, _storage(request), document_id)
