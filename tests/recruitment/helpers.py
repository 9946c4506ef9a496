"""What the recruitment tests share: a published description, an open mission, an application
sent through the public endpoint."""

API = "/api/v1"
DESCRIPTIONS = f"{API}/job-descriptions"
MISSIONS = f"{API}/missions"
PUBLIC = f"{API}/public/missions"

DESCRIPTION = {
    "kind": "service_civique",
    "title": "Accompagnateur numérique",
    "purpose": "Susciter et appuyer les initiatives des personnes et des groupes.",
    "tasks": ["Accueillir les habitants", "Animer des ateliers"],
    "skills": [
        {"skill_code": "open-email-address", "level": "trainer"},
        {"skill_code": "read-caf-file", "level": "practitioner"},
    ],
    "trainings": ["Les six savoirs (ANIS)"],
    "weekly_hours": 24,
}


def applicant(n: int = 1, **overrides) -> dict:
    return {
        "full_name": f"Inès Candidate {n}",
        "email": f"candidate{n}@example.org",
        "phone": "06 12 34 56 78",
        "availability": "Les après-midis",
        "motivation": "J'aide mes voisins.",
        "consent": True,
    } | overrides


async def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


async def published_description(client, account, **overrides) -> dict:
    body = DESCRIPTION | overrides
    created = await ok(await client.post(DESCRIPTIONS, json=body, headers=account.headers), 201)
    url = f"{DESCRIPTIONS}/{created['id']}/transitions"
    return await ok(await client.post(url, json={"to": "published"}, headers=account.headers))


async def open_mission(client, account, description_id: str, space_id, **overrides) -> dict:
    body = {
        "job_description_id": description_id,
        "space_id": str(space_id),
        "places": 1,
        "starts_on": "2030-01-07",
        "ends_on": "2030-08-31",
        "schedule": "Du mardi au vendredi",
    } | overrides
    mission = await ok(await client.post(MISSIONS, json=body, headers=account.headers), 201)
    url = f"{MISSIONS}/{mission['id']}/transitions"
    return await ok(await client.post(url, json={"to": "open"}, headers=account.headers))


async def apply(client, mission_id: str, body: dict, status: int = 202, **kwargs) -> dict:
    response = await client.post(f"{PUBLIC}/{mission_id}/applications", json=body, **kwargs)
    return await ok(response, status)


async def applications(client, account, mission_id: str) -> list[dict]:
    url = f"{MISSIONS}/{mission_id}/applications"
    return (await ok(await client.get(url, headers=account.headers)))["items"]


async def move(client, account, mission_id, application_id, to, status=200, **extra) -> dict:
    url = f"{MISSIONS}/{mission_id}/applications/{application_id}/transitions"
    response = await client.post(url, json={"to": to, **extra}, headers=account.headers)
    return await ok(response, status)
