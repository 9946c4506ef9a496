"""The network's yearly review: JSON built from the other resources' data (posted through the
API), the PDF (opens, has its pages, French text and the figures), scoping."""

import io
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from app.core.clock import PARIS, today
from tests.meetings.helpers import held_meeting

API = "/api/v1"
URL = f"{API}/reports/network-review"


async def _ok(response, status: int = 200):
    assert response.status_code == status, response.text
    return response


@pytest.fixture
async def net(world, client):
    w = await world.standard()
    body = {
        "space_id": str(w["s1"].id),
        "occurred_at": datetime.now(UTC).isoformat(),
        "duration_minutes": 45,
        "mode": "free_access",
    }
    for _ in range(4):
        await _ok(await client.post(f"{API}/visits", json=body, headers=w["assoc1"].headers), 201)
    body["space_id"] = str(w["s2"].id)
    await _ok(await client.post(f"{API}/visits", json=body, headers=w["assoc2"].headers), 201)
    plan = {
        "period": f"{today().year}-{today().year + 1}",
        "title": "Plan des Hauts-Champs",
        "objectives": [
            {
                "title": "Accueillir 200 visites par mois",
                "indicator": "visits_per_month",
                "target": 200,
            }
        ],
    }
    await _ok(
        await client.post(f"{API}/development-plans", json=plan, headers=w["assoc1"].headers), 201
    )
    return w


async def test_network_and_association_reviews_as_json(net, client):
    year = today().year
    city = net["city"]
    network = (await _ok(await client.get(URL, params={"year": year}, headers=city.headers))).json()
    assert network["association_id"] is None and network["visits"]["visits"] == 5
    assert len(network["visits"]["by_month"]) == 12
    assert network["spaces"]["by_status"]["open"] == 3
    assert [p["title"] for p in network["plans"]["plans"]] == ["Plan des Hauts-Champs"]
    for key in ("trainings", "equipment", "maintenance", "labels"):
        assert key in network

    mine = (
        await _ok(
            await client.get(
                URL,
                params={"year": year, "association_id": str(net["a1"].id)},
                headers=city.headers,
            )
        )
    ).json()
    assert mine["visits"]["visits"] == 4 and len(mine["spaces"]["spaces"]) == 2
    # an association reads its own review by default, and only its own
    own = (
        await _ok(await client.get(URL, params={"year": year}, headers=net["assoc1"].headers))
    ).json()
    assert own["association_id"] == str(net["a1"].id) and own["visits"]["visits"] == 4
    other = await client.get(
        URL,
        params={"year": year, "association_id": str(net["a1"].id)},
        headers=net["assoc2"].headers,
    )
    assert other.status_code == 404
    for account in (net["vol1"], net["partner"]):
        assert (
            await client.get(URL, params={"year": year}, headers=account.headers)
        ).status_code == 404
    assert (
        await client.get(URL, params={"year": year + 1}, headers=city.headers)
    ).status_code == 422


async def test_review_as_pdf(net, client):
    year = today().year
    city = net["city"]
    by_query = await _ok(
        await client.get(URL, params={"year": year, "format": "pdf"}, headers=city.headers)
    )
    by_accept = await _ok(
        await client.get(
            URL, params={"year": year}, headers=city.headers | {"Accept": "application/pdf"}
        )
    )
    for response in (by_query, by_accept):
        assert response.headers["content-type"] == "application/pdf"
        assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(by_query.content))
    assert len(reader.pages) >= 8  # a cover, then one page at least per section
    text = [page.extract_text() for page in reader.pages]
    assert f"Bilan {year}" in text[0] and "Sommaire" in text[0]
    whole = "\n".join(text)
    for heading in (
        "Les lieux et leurs horaires",
        "Fréquentation",
        "Formations tenues",
        "Matériel prêté",
        "Maintenance",
        "Le label ENC",
        "Plans de développement",
    ):
        assert heading in whole, heading
    assert "5 visites dans l'année" in whole
    assert net["s1"].name in whole
    assert "Plan des Hauts-Champs" in whole and "Accueillir 200 visites par mois" in whole
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 2  # the charts: visits per month, SLA
    association = await _ok(
        await client.get(URL, params={"year": year, "format": "pdf"}, headers=net["assoc1"].headers)
    )
    whole = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(association.content)).pages)
    assert "4 visites dans l'année" in whole


async def test_the_review_counts_meetings_decisions_and_actions(net, client):
    """A meeting held yesterday with a decision, an overdue action of A1 and an open one of A2:
    the network's review counts all, A1's review only what concerns A1, and the PDF says so."""
    meeting = await held_meeting(client, net)
    year = datetime.fromisoformat(meeting["starts_at"]).astimezone(PARIS).year
    city = net["city"]
    await _ok(
        await client.post(
            f"{API}/meetings/{meeting['id']}/decisions",
            json={"text": "Recruter des animateurs.", "association_ids": [str(net["a1"].id)]},
            headers=city.headers,
        ),
        201,
    )
    for owner, due in ((net["a1"], today() - timedelta(days=1)), (net["a2"], None)):
        body = {"title": "Relancer le recrutement", "owner_association_id": str(owner.id)}
        if due:
            body["due_on"] = str(due)
        await _ok(await client.post(f"{API}/actions", json=body, headers=city.headers), 201)

    network = (await _ok(await client.get(URL, params={"year": year}, headers=city.headers))).json()
    assert network["meetings"]["meetings_held_total"] == 1
    assert network["meetings"]["decisions"] == 1
    assert (network["meetings"]["actions_open"], network["meetings"]["actions_overdue"]) == (2, 1)
    own = (
        await _ok(await client.get(URL, params={"year": year}, headers=net["assoc1"].headers))
    ).json()
    assert (own["meetings"]["meetings_held_total"], own["meetings"]["actions_open"]) == (1, 1)
    other = (
        await _ok(await client.get(URL, params={"year": year}, headers=net["assoc2"].headers))
    ).json()
    assert (other["meetings"]["meetings_held_total"], other["meetings"]["actions_open"]) == (0, 1)

    pdf = await _ok(
        await client.get(URL, params={"year": year, "format": "pdf"}, headers=city.headers)
    )
    whole = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "La vie du réseau : réunions, décisions et actions" in whole
    assert "1 réunion(s) tenue(s), 0 annulée(s) ; 1 décision(s) prise(s)." in whole
    assert "Réunion de réseau" in whole  # the kind's French label in the table
