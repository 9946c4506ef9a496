"""Public data, no credentials: the directory of open spaces (JSON or GeoJSON) and the
national open-data standard export. Cacheable, and readable from any origin (CORS `*`)."""

import hashlib
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import Field as PydanticField

from app.core.representation import one, wants_geojson
from app.models.base import NETWORK_MAX_ITEMS
from app.models.directory import GeoFeatureCollection, MediationPlace, PublicDirectory
from app.models.space import MediationService, SpaceKind
from app.routers.deps import ANONYMOUS, SessionDep
from app.services.directory import mediation_standard
from app.services.directory import public as public_directory

router = APIRouter(prefix="/public", tags=["public"])
GEOJSON = "application/geo+json"
CSV = "text/csv"


def _cache(request: Request, response: Response) -> None:
    seconds = request.app.state.settings.public_cache_seconds
    response.headers["Cache-Control"] = f"public, max-age={seconds}"
    response.headers["Vary"] = "Accept"  # the directory answers GeoJSON by Accept too


def _cached(request: Request, response: Response, model: Any, media_type: str | None = None) -> Any:
    _cache(request, response)
    answer = one(request, response, model)
    if isinstance(answer, Response):  # 304
        answer.headers["Cache-Control"] = response.headers["Cache-Control"]
        return answer
    if media_type:
        return Response(
            model.model_dump_json(by_alias=True),
            media_type=media_type,
            headers={
                "ETag": response.headers["ETag"],
                "Cache-Control": response.headers["Cache-Control"],
                "Vary": "Accept",
            },
        )
    return answer


@router.get(
    "/spaces",
    response_model=PublicDirectory,
    operation_id="list_public_spaces",
    openapi_extra=ANONYMOUS,
    summary="The directory of open spaces (no credentials); GeoJSON for a map",
    responses={
        200: {
            "content": {
                GEOJSON: {
                    "schema": GeoFeatureCollection.model_json_schema(
                        ref_template="#/components/schemas/{model}"
                    )
                }
            },
            "description": "Every open space matching the filters (a city network: no paging). "
            "With `?format=geojson` or `Accept: application/geo+json`, an RFC 7946 "
            "FeatureCollection.",
        },
        304: {"description": "Not modified (If-None-Match matched)"},
    },
)
async def list_public_spaces(
    request: Request,
    response: Response,
    session: SessionDep,
    kind: SpaceKind | None = None,
    neighbourhood: Annotated[str | None, Query(max_length=100)] = None,
    service: MediationService | None = None,
    labelled: Annotated[bool | None, Query(description="Holding the ENC label now")] = None,
    open_now: Annotated[
        bool | None,
        Query(
            description="Open right now (Europe/Paris; public holidays and exceptional "
            "closures count as closed)"
        ),
    ] = None,
    format: Annotated[
        Literal["json", "geojson"] | None,
        Query(description="`geojson` for an RFC 7946 FeatureCollection (as does "
              "`Accept: application/geo+json`)."),
    ] = None,
) -> Any:
    listing = await public_directory.directory(
        session,
        kind=kind,
        neighbourhood=neighbourhood,
        service=service,
        labelled=labelled,
        open_now=open_now,
    )
    if format == "geojson" or (format is None and wants_geojson(request)):
        return _cached(request, response, public_directory.as_geojson(listing), GEOJSON)
    return _cached(request, response, listing)


@router.get(
    "/lieux-mediation-numerique.json",
    response_model=Annotated[list[MediationPlace], PydanticField(max_length=NETWORK_MAX_ITEMS)],
    operation_id="export_mediation_places_json",
    openapi_extra=ANONYMOUS,
    summary="Open spaces in the national standard of digital-mediation places (v1.0.1), JSON",
)
async def export_mediation_json(request: Request, response: Response, session: SessionDep) -> Any:
    rows = await mediation_standard.places(session)
    _cache(request, response)
    return rows


@router.get(
    "/lieux-mediation-numerique.csv",
    response_class=Response,
    operation_id="export_mediation_places_csv",
    openapi_extra=ANONYMOUS,
    summary="Open spaces in the national standard of digital-mediation places (v1.0.1), CSV",
    responses={
        200: {
            "content": {CSV: {"schema": {"type": "string"}}},
            "description": "UTF-8 CSV, one row per place, per schema.json v1.0.1.",
        }
    },
)
async def export_mediation_csv(request: Request, session: SessionDep) -> Response:
    text = mediation_standard.to_csv(await mediation_standard.places(session))
    seconds = request.app.state.settings.public_cache_seconds
    tag = etag_of_text(text)
    headers = {
        "ETag": tag,
        "Cache-Control": f"public, max-age={seconds}",
        "Content-Disposition": 'inline; filename="lieux-mediation-numerique.csv"',
    }
    if tag in (request.headers.get("if-none-match") or ""):
        return Response(status_code=304, headers=headers)
    return Response(text, media_type=f"{CSV}; charset=utf-8", headers=headers)


def etag_of_text(text: str) -> str:
    return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'
