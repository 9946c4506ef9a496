"""Helpers for the association, space and HTTP-convention tests (this module holds no tests).

Kept in a `test_http_*` module so that it lives beside the tests that use it; pytest collects
nothing from it.
"""

import itertools

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from app.core.actor import SYSTEM
from app.models.association import Association, AssociationCreate, AssociationRead
from app.models.audit import AuditEvent
from app.models.space import Space
from app.services.organisations import associations

API = "/api/v1"
PROBLEM_JSON = "application/problem+json"


_numbers = itertools.count(1)


async def make_association(app: FastAPI, name: str, **fields: object) -> AssociationRead:
    """An association with any fields (the shared factory fixes the neighbourhood)."""
    fields.setdefault("rna", f"W58{next(_numbers):07d}")
    data = AssociationCreate(name=name, **fields)
    async with app.state.sessionmaker() as session:
        return await associations.create_association(session, SYSTEM, data)


def assert_problem(response: httpx.Response, status: int, *, loc: tuple | None = None) -> dict:
    """An RFC 9457 body with the given status; with `loc`, one error's loc starts with it."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://"), body
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert response.headers.get("x-request-id")
    if loc is not None:
        assert body.get("errors"), body
        locs = [tuple(error["loc"]) for error in body["errors"]]
        assert any(found[: len(loc)] == tuple(loc) for found in locs), (loc, locs)
        for error in body["errors"]:
            assert set(error) >= {"loc", "msg", "type"}
            assert error["msg"]
    return body


async def count(app: FastAPI, model: type, *where) -> int:
    async with app.state.sessionmaker() as session:
        statement = select(func.count()).select_from(model)
        for condition in where:
            statement = statement.where(condition)
        return (await session.execute(statement)).scalar_one()


async def snapshot(app: FastAPI) -> dict[str, int]:
    """Row counts of what a write on associations and spaces can touch."""
    return {
        "associations": await count(app, Association),
        "spaces": await count(app, Space),
        "audit_events": await count(app, AuditEvent),
    }


def ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


async def all_pages(
    client: httpx.AsyncClient, url: str, headers: dict, **params: object
) -> tuple[list[dict], int]:
    """Every item of a list, following next_cursor; also how many pages it took."""
    items: list[dict] = []
    pages = 0
    cursor = None
    while True:
        query = dict(params)
        if cursor:
            query["cursor"] = cursor
        response = await client.get(url, headers=headers, params=query)
        assert response.status_code == 200, response.text
        pages += 1
        body = response.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            assert "link" not in response.headers
            return items, pages
        assert pages < 100, "pagination does not end"
