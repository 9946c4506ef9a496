"""The clause templates of the generated documents (`/document-templates`), and the generated
PDFs themselves, nested under the resources they print: a loan agreement, a label application,
a criteria version, an item's movement."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.models.document import DocumentRead
from app.models.document_template import (
    DocumentTemplateKind,
    DocumentTemplatePublish,
    DocumentTemplateRead,
)
from app.routers.deps import ActorDep, Caller, PageDep, SessionDep, SettingsDep
from app.services.pdf_documents import charter, filing, loan_agreement, receipt, templates

router = APIRouter(prefix="/document-templates", tags=["documents"])
loan_agreements_router = APIRouter(prefix="/loan-agreements", tags=["documents"])
labels_router = APIRouter(tags=["documents"])
equipment_router = APIRouter(prefix="/equipment", tags=["documents"])
EquipmentReader = Caller("equipment:read")
DocumentWriter = Caller("documents:write")
LabelsReader = Caller("labels:read")
PDF = "application/pdf"
PDF_RESPONSES = {
    200: {
        "content": {
            PDF: {"schema": {"type": "string", "format": "binary", "maxLength": 50_000_000}}
        },
        "description": "The PDF (A4, in French); the same data gives the same bytes.",
    },
    404: {"description": "Not found, or outside the caller's scope."},
}
KIND_DESCRIPTION = (
    "`loan_agreement` and `handover_receipt` are read with `equipment:read`, `charter` with "
    "`labels:read` (API keys)."
)


def _pdf(content: bytes, name: str) -> Response:
    return Response(
        content,
        media_type=PDF,
        headers={"Content-Disposition": f'inline; filename="{name}"'},
    )


# ---- the templates ------------------------------------------------------------------------------


@router.get(
    "/{kind}",
    response_model=DocumentTemplateRead,
    operation_id="get_document_template",
    responses=ONE_RESPONSES,
    summary="The clauses in force for a kind of generated document (the latest version)",
    description=KIND_DESCRIPTION,
)
async def get_document_template(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    kind: DocumentTemplateKind,
) -> Any:
    return one(request, response, await templates.get_current(session, actor, kind))


@router.put(
    "/{kind}",
    response_model=DocumentTemplateRead,
    operation_id="publish_document_template",
    summary="Edit a template (city): publishes a new version, never overwrites one; documents "
    "drawn up earlier keep the version in force at their date",
    responses={
        200: {"description": "Unchanged: the template already reads so."},
        201: {"description": "A new version was published."},
    },
)
async def publish_document_template(
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    kind: DocumentTemplateKind,
    body: DocumentTemplatePublish,
) -> DocumentTemplateRead:
    version, created = await templates.publish(session, actor, kind, body)
    response.headers["Location"] = (
        f"/api/v1/document-templates/{kind.value}/versions/{version.version}"
    )
    response.status_code = 201 if created else 200
    return version


@router.get(
    "/{kind}/versions",
    response_model=Page[DocumentTemplateRead],
    operation_id="list_document_template_versions",
    responses=LIST_RESPONSES,
    summary="Every published version of a template, newest first",
    description=KIND_DESCRIPTION,
)
async def list_document_template_versions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    page: PageDep,
    kind: DocumentTemplateKind,
) -> Any:
    listing = templates.list_versions(session, actor, kind)
    return await many(request, response, listing, page, filename=f"{kind.value}-templates")


@router.get(
    "/{kind}/versions/{version}",
    response_model=DocumentTemplateRead,
    operation_id="get_document_template_version",
    responses=ONE_RESPONSES,
    summary="One published version of a template",
    description=KIND_DESCRIPTION,
)
async def get_document_template_version(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    kind: DocumentTemplateKind,
    version: Annotated[int, Path(ge=1, le=1_000_000)],
) -> Any:
    return one(request, response, await templates.get_version(session, actor, kind, version))


# ---- the generated PDFs -------------------------------------------------------------------------


@loan_agreements_router.get(
    "/{agreement_id}/agreement.pdf",
    response_class=Response,
    operation_id="get_loan_agreement_pdf",
    summary="The loan agreement (convention de prêt) as a PDF: parties, space, items with "
    "inventory and serial numbers, dates, clauses",
    responses=PDF_RESPONSES,
)
async def get_loan_agreement_pdf(
    session: SessionDep, actor: EquipmentReader, agreement_id: uuid.UUID
) -> Response:
    content = await loan_agreement.agreement_pdf(session, actor, agreement_id)
    return _pdf(content, f"convention-{agreement_id}.pdf")


@loan_agreements_router.post(
    "/{agreement_id}/document",
    response_model=DocumentRead,
    status_code=201,
    operation_id="file_loan_agreement_document",
    summary="File the agreement's PDF as a document to sign: a new version when what it "
    "prints changed (201), else the document as it is (200)",
    responses={
        200: {"description": "Nothing printed changed: the document, no new version."},
        404: {"description": "Not found, or outside the caller's scope."},
        409: {"description": "The agreement's document is archived."},
    },
)
async def file_loan_agreement_document(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: DocumentWriter,
    settings: SettingsDep,
    agreement_id: uuid.UUID,
) -> Any:
    document, added = await filing.file_loan_agreement(
        session, actor, settings, request.app.state.document_storage, agreement_id
    )
    response.status_code = 201 if added else 200
    response.headers["Location"] = f"/api/v1/documents/{document.id}"
    return tagged(response, document)


@labels_router.get(
    "/label-applications/{application_id}/charter.pdf",
    response_class=Response,
    operation_id="get_label_application_charter_pdf",
    summary="The charter of the ENC label for this application's space, association and "
    "criteria version, as a PDF",
    responses=PDF_RESPONSES,
)
async def get_label_application_charter_pdf(
    session: SessionDep, actor: LabelsReader, application_id: uuid.UUID
) -> Response:
    content = await charter.application_charter_pdf(session, actor, application_id)
    return _pdf(content, f"charte-{application_id}.pdf")


@labels_router.get(
    "/label-criteria/versions/{number}/charter.pdf",
    response_class=Response,
    operation_id="get_label_criteria_charter_pdf",
    summary="The network's charter of the ENC label for a criteria version (no parties named), "
    "as a PDF",
    responses=PDF_RESPONSES,
)
async def get_label_criteria_charter_pdf(
    session: SessionDep,
    actor: LabelsReader,
    number: Annotated[int, Path(ge=1, le=1_000_000)],
) -> Response:
    content = await charter.criteria_charter_pdf(session, actor, number)
    return _pdf(content, f"charte-criteres-v{number}.pdf")


@equipment_router.get(
    "/{item_id}/movements/{movement_id}/receipt.pdf",
    response_class=Response,
    operation_id="get_equipment_movement_receipt_pdf",
    summary="The hand-over receipt (bon de remise) of one movement of an item, as a PDF",
    responses=PDF_RESPONSES,
)
async def get_equipment_movement_receipt_pdf(
    session: SessionDep, actor: EquipmentReader, item_id: uuid.UUID, movement_id: uuid.UUID
) -> Response:
    content = await receipt.receipt_pdf(session, actor, item_id, movement_id)
    return _pdf(content, f"bon-de-remise-{movement_id}.pdf")
