async def test_health_and_request_id(client):
    response = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "abc-123"


async def test_city_creates_and_lists_spaces(world, client):
    w = await world.standard()
    city = w["city"]
    response = await client.get("/api/v1/spaces", headers=city.headers)
    assert response.status_code == 200, response.text
    assert len(response.json()["items"]) == 3
