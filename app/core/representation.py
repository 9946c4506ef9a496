"""How one resource or one list goes out: ETags and 304, Link headers, JSON or CSV.

Written once here and used by every router, so that each resource behaves the same way.
"""

import csv
import hashlib
import io
import json
import re
from collections.abc import AsyncIterator
from typing import Any

from fastapi import Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app.core.errors import PreconditionFailed, ValidationFailed
from app.core.pagination import Listing, Page, PageParams
from app.core.sync import SyncParams, is_sync_cursor, sync_page

CSV_MEDIA_TYPE = "text/csv"
LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {CSV_MEDIA_TYPE: {"schema": {"type": "string"}}},
        "description": "A page of items (JSON), or every matching item (CSV, with `Accept: "
        "text/csv` or `?format=csv`).",
        "headers": {
            "Link": {
                "description": '`<…>; rel="next"` when there is a next page',
                "schema": {"type": "string"},
            }
        },
    }
}
ONE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "headers": {
            "ETag": {
                "description": "Entity tag; send as If-None-Match or If-Match",
                "schema": {"type": "string"},
            }
        }
    },
    304: {"description": "Not modified (If-None-Match matched)"},
}


def etag_of(model: BaseModel) -> str:
    return _etag(model.model_dump_json(by_alias=True).encode())


def _etag(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


def _serialised_as_is(request: Request, model: BaseModel) -> bool:
    """Whether FastAPI would send `model` exactly as `model.model_dump_json(by_alias=True)`:
    the route declares this very class as its response model, with no include, exclude or
    exclude_* option. A model of another class (a subclass, a wider read shape) is left to
    FastAPI, which validates it against the declared model and drops what that does not show."""
    route = request.scope.get("route")
    return (
        route is not None
        and getattr(route, "response_model", None) is type(model)
        and getattr(route, "response_model_by_alias", False)
        and not getattr(route, "response_model_include", None)
        and not getattr(route, "response_model_exclude", None)
        and not getattr(route, "response_model_exclude_unset", True)
        and not getattr(route, "response_model_exclude_defaults", True)
        and not getattr(route, "response_model_exclude_none", True)
    )


def _tags(header: str | None) -> set[str]:
    if not header:
        return set()
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def check_if_match(if_match: str | None, current: BaseModel) -> None:
    """412 when the client's copy is stale; no header means the client accepts last-write-wins."""
    if if_match is None:
        return
    tags = _tags(if_match)
    if "*" in tags:
        return
    if etag_of(current) not in tags:
        raise PreconditionFailed(
            "This resource changed since you read it; fetch it again and retry your change.",
            current_etag=etag_of(current),
        )


def one(request: Request, response: Response, model: BaseModel) -> Any:
    """Set the ETag; answer 304 when the client already holds this representation.

    The body is serialised once, for the ETag and the answer: when the route declares this
    model's class as its response model (it then sends the same bytes), the answer is those
    bytes, with the headers the route's dependencies set (`response`), rather than the model
    for FastAPI to validate and serialise a second time."""
    payload = model.model_dump_json(by_alias=True).encode()
    tag = _etag(payload)
    held = _tags(request.headers.get("if-none-match"))
    if tag in held or "*" in held:
        return Response(status_code=304, headers={"ETag": tag})
    response.headers["ETag"] = tag
    if not _serialised_as_is(request, model):
        return model
    answer = Response(
        content=payload, status_code=response.status_code or 200, media_type="application/json"
    )
    answer.headers.raw.extend(response.headers.raw)
    return answer


def tagged(response: Response, model: BaseModel) -> Any:
    """A write's answer carries the new representation's ETag, so that the client can send
    its next change with If-Match without reading the resource again."""
    response.headers["ETag"] = etag_of(model)
    return model


def wants_geojson(request: Request) -> bool:
    """`Accept: application/geo+json` (and not JSON first): what `?format=geojson` asks for."""
    accept = request.headers.get("accept", "")
    return "application/geo+json" in accept and not accept.lstrip().startswith("application/json")


def wants_csv(request: Request) -> bool:
    if request.query_params.get("format") == "csv":
        return True
    accept = request.headers.get("accept", "")
    return CSV_MEDIA_TYPE in accept and "application/json" not in accept


# A cell starting with one of these is a formula to a spreadsheet (CSV injection): a space
# named `=HYPERLINK(…)` must reach the city's staff as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[\d .]+$")  # phone numbers, negative coordinates


def _defuse(text: str) -> str:
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _flatten(value: Any) -> str:
    return _defuse(_as_text(value))


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return "|".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


async def csv_stream(items: AsyncIterator[BaseModel]) -> AsyncIterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header: list[str] | None = None
    async for item in items:
        row = item.model_dump(mode="json", by_alias=True)
        if header is None:
            header = list(row)
            writer.writerow(header)
        writer.writerow([_flatten(row.get(name)) for name in header])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


async def _closing(chunks: AsyncIterator[str], session) -> AsyncIterator[str]:
    try:
        async for chunk in chunks:
            yield chunk
    finally:
        await session.close()


def _next_link(request: Request, cursor: str) -> str:
    url = request.url.include_query_params(cursor=cursor)
    return f'<{url}>; rel="next"'


async def many(
    request: Request,
    response: Response,
    listing: Listing,
    params: PageParams,
    *,
    filename: str = "export",
    sync: SyncParams | None = None,
) -> Any:
    if listing.sync is not None and (
        (sync is not None and sync.requested) or is_sync_cursor(params.cursor)
    ):
        return await _sync(request, response, listing, params, sync or SyncParams())
    if wants_csv(request):
        listing.sort = params.sort
        listing.check_sort()
        # The stream runs after the route returned and its session was closed; the session
        # reopens a transaction for the stream, so the stream must close it again.
        return StreamingResponse(
            _closing(csv_stream(listing.iterate()), listing.session),
            media_type=f"{CSV_MEDIA_TYPE}; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
        )
    listing.sort = params.sort
    page: Page = await listing.page(params)
    if page.next_cursor:
        response.headers["Link"] = _next_link(request, page.next_cursor)
    return page


# What a sync request may carry besides its own parameters: a sync covers the whole list.
_SYNC_QUERY = frozenset({"sync", "updated_since", "cursor", "limit", "format"})


async def _sync(
    request: Request, response: Response, listing: Listing, params: PageParams, sync: SyncParams
) -> Page:
    """A page of the list's sync (app/core/sync.py): JSON, the whole list, in change order."""
    if wants_csv(request):
        raise ValidationFailed("A sync answers JSON only.", loc=("query", "format"))
    if params.sort:
        raise ValidationFailed(
            "A sync comes in change order; leave out `sort`.", loc=("query", "sort")
        )
    for name in request.query_params:
        if name not in _SYNC_QUERY:
            raise ValidationFailed(
                "A sync covers the whole list you may read; leave out the filters.",
                loc=("query", name),
            )
    page = await sync_page(
        listing.session, listing.sync, params, sync, listing.rows, listing.to_read
    )
    if page.next_cursor:
        response.headers["Link"] = _next_link(request, page.next_cursor)
    return page
