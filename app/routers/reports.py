import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Response

from app.models.report import NetworkReview
from app.routers.deps import Caller, SessionDep
from app.services.reports import network_review as reviews

router = APIRouter(prefix="/reports", tags=["reports"])
Reader = Caller("stats:read")
PDF = "application/pdf"


@router.get(
    "/network-review",
    response_model=NetworkReview,
    operation_id="get_network_review",
    summary="The yearly review (bilan) of the network (city) or of one association, as JSON or "
    "as a printable PDF in French",
    description="JSON by default; a PDF with `?format=pdf` or `Accept: application/pdf` (the "
    "query wins). The city reads the network's review, or an association's with "
    "`association_id`; an association reads its own (another's is 404); nobody else any.",
    responses={
        200: {
            "content": {
                PDF: {"schema": {"type": "string", "format": "binary", "maxLength": 50_000_000}}
            }
        },
        404: {"description": "Not a review you may read."},
    },
)
async def get_network_review(
    session: SessionDep,
    actor: Reader,
    year: Annotated[int, Query(ge=2000, le=2200)],
    association_id: uuid.UUID | None = None,
    format: Annotated[Literal["json", "pdf"] | None, Query()] = None,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Any:
    review = await reviews.network_review(session, actor, year=year, association_id=association_id)
    wants_pdf = format == "pdf" or (format is None and PDF in (accept or ""))
    if not wants_pdf:
        return review
    name = f"bilan-{year}" + (f"-{association_id}" if association_id else "") + ".pdf"
    return Response(
        reviews.review_pdf(review),
        media_type=PDF,
        headers={"Content-Disposition": f'inline; filename="{name}"'},
    )
