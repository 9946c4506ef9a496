"""A read by id is serialised once (app/core/representation.py `one`): its body is the bytes
FastAPI would have sent for the declared model, its ETag is theirs, and the headers the route's
dependencies set (the rate limit's) are kept."""

import hashlib

from pydantic import TypeAdapter

from app.models.space import SpaceRead
from tests.visits.visit_helpers import API


async def test_a_read_by_id_is_the_declared_models_bytes(world, client):
    w = await world.standard()
    response = await client.get(f"{API}/spaces/{w['s1'].id}", headers=w["city"].headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    # what FastAPI sends for `response_model=SpaceRead`: the model validated and dumped by alias
    declared = TypeAdapter(SpaceRead)
    expected = declared.dump_json(declared.validate_json(response.content), by_alias=True)
    assert response.content == expected
    tag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
    assert response.headers["etag"] == tag
    assert int(response.headers["content-length"]) == len(response.content)
    assert "ratelimit-limit" in response.headers  # set by the caller's dependency
    again = await client.get(
        f"{API}/spaces/{w['s1'].id}", headers={**w["city"].headers, "If-None-Match": tag}
    )
    assert again.status_code == 304
    assert again.headers["etag"] == tag
