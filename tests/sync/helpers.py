"""Driving a list's sync as an offline app does: page by page, applying items and tombstones."""

from dataclasses import dataclass, field

API = "/api/v1"


@dataclass
class Synced:
    items: list[str] = field(default_factory=list)  # ids in the order they came
    tombstones: dict[str, str] = field(default_factory=dict)  # id -> reason
    token: str | None = None
    pages: int = 0


async def sync(client, path: str, headers: dict, token: str | None = "start", *, limit: int = 50,
               **params) -> Synced:
    found = Synced()
    query = {"limit": limit, **params} | ({"sync": token} if token else {})
    while True:
        response = await client.get(f"{API}{path}", params=query, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        found.pages += 1
        assert len(body["items"]) + len(body["tombstones"]) <= limit
        found.items += [item["id"] for item in body["items"]]
        found.tombstones.update({t["id"]: t["reason"] for t in body["tombstones"]})
        if body["next_cursor"] is None:
            assert body["sync_token"], body
            found.token = body["sync_token"]
            return found
        assert body["sync_token"] is None
        assert response.headers["link"].endswith('rel="next"')
        query = {"cursor": body["next_cursor"], "limit": limit}
