"""Users: who manages whom, the password policy, duplicates, the caller's own account, RGPD
export and anonymisation, archiving, list filters, and bad input (422, nothing written)."""

import secrets
import uuid

import pytest
from sqlalchemy import func, select

from app.models.user import SpaceAssignment, User
from tests.factories import PASSWORD
from tests.helpers_access import API, assert_problem, audit_events, count_rows, login, plain

USERS = f"{API}/users"
GOOD_PASSWORD = "une phrase de passe bien longue"


def new_user(role: str = "volunteer", **fields) -> dict:
    body = {
        "email": f"personne.{secrets.token_hex(4)}@example.org",
        "full_name": "Personne Nouvelle",
        "role": role,
        "password": GOOD_PASSWORD,
    }
    body.update(fields)
    return {k: v for k, v in body.items() if v is not None}


async def user_count(world) -> int:
    return await count_rows(world, User)


async def stored(world, user_id) -> User:
    async with world.session() as session:
        return await session.get(User, uuid.UUID(str(user_id)))


# ---- who creates whom ---------------------------------------------------------------------------


async def test_city_creates_every_role(world, client):
    w = await world.standard()
    city = w["city"]
    bodies = [
        new_user("city"),
        new_user("association", association_id=str(w["a1"].id)),
        new_user("volunteer", association_id=str(w["a2"].id), space_ids=[str(w["s2"].id)]),
        new_user("partner", partner_id=str(w["operator"].id)),
    ]
    for body in bodies:
        response = await client.post(USERS, json=body, headers=city.headers)
        assert response.status_code == 201, response.text
        created = response.json()
        assert response.headers["location"] == f"{USERS}/{created['id']}"
        assert created["role"] == body["role"] and created["email"] == body["email"]
        assert "password" not in created and "password_hash" not in created
        assert created["space_ids"] == body.get("space_ids", [])
        row = await stored(world, created["id"])
        assert row.password_hash.startswith("$argon2") and GOOD_PASSWORD not in row.password_hash


async def test_association_creates_its_own_members_on_its_own_spaces(world, client):
    w = await world.standard()
    manager = w["assoc1"]
    volunteer = new_user(
        "volunteer", association_id=str(w["a1"].id), space_ids=[str(w["s1"].id), str(w["s1b"].id)]
    )
    response = await client.post(USERS, json=volunteer, headers=manager.headers)
    assert response.status_code == 201, response.text
    assert sorted(response.json()["space_ids"]) == sorted([str(w["s1"].id), str(w["s1b"].id)])
    colleague = new_user("association", association_id=str(w["a1"].id))
    assert (await client.post(USERS, json=colleague, headers=manager.headers)).status_code == 201


@pytest.mark.parametrize(
    "case",
    [
        "other-association",
        "other-space",
        "city-role",
        "partner-role",
    ],
)
async def test_association_may_not_create_outside_its_own(world, client, case: str):
    w = await world.standard()
    a1, a2 = str(w["a1"].id), str(w["a2"].id)
    body = {
        "other-association": new_user("volunteer", association_id=a2),
        "other-space": new_user("volunteer", association_id=a1, space_ids=[str(w["s2"].id)]),
        "city-role": new_user("city"),
        "partner-role": new_user("partner", partner_id=str(w["operator"].id)),
    }[case]
    before = await user_count(world)
    assert_problem(await client.post(USERS, json=body, headers=w["assoc1"].headers), 403)
    assert await user_count(world) == before


@pytest.mark.parametrize("who", ["vol1", "partner"])
async def test_volunteers_and_partners_create_no_users(world, client, who: str):
    w = await world.standard()
    body = new_user("volunteer", association_id=str(w["a1"].id))
    before = await user_count(world)
    assert_problem(await client.post(USERS, json=body, headers=w[who].headers), 403)
    assert await user_count(world) == before


async def test_association_manages_only_its_members(world, client):
    w = await world.standard()
    manager = w["assoc1"]
    own_volunteer, foreign = w["vol1"], w["assoc2"]
    response = await client.patch(
        f"{USERS}/{own_volunteer.id}",
        json={"space_ids": [str(w["s1b"].id)], "full_name": "Bénévole Déplacé"},
        headers=manager.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["space_ids"] == [str(w["s1b"].id)]
    # another association's user is not even found
    assert_problem(
        await client.patch(
            f"{USERS}/{foreign.id}", json={"full_name": "X"}, headers=manager.headers
        ),
        404,
    )
    # its own volunteer on another association's space: forbidden, nothing changes
    assert_problem(
        await client.patch(
            f"{USERS}/{own_volunteer.id}",
            json={"space_ids": [str(w["s2"].id)]},
            headers=manager.headers,
        ),
        403,
    )
    assert await stored_spaces(world, own_volunteer.id) == [w["s1b"].id]


async def stored_spaces(world, user_id) -> list:
    async with world.session() as session:
        rows = await session.execute(
            select(SpaceAssignment.space_id).where(SpaceAssignment.user_id == user_id)
        )
        return list(rows.scalars())


@pytest.mark.parametrize(
    ("who", "status"),
    [("city", 403), ("assoc1", 403), ("vol1", 403), ("partner", 403)],
)
async def test_nobody_raises_their_own_role(world, client, who: str, status: int):
    w = await world.standard()
    account = w[who]
    target = "association" if who != "assoc1" else "city"
    response = await client.patch(
        f"{USERS}/{account.id}", json={"role": target}, headers=account.headers
    )
    assert_problem(response, status)
    assert (await stored(world, account.id)).role == account.user.role
    # nor through their own account
    assert_problem(
        await client.patch(f"{USERS}/me", json={"role": "city"}, headers=account.headers),
        422,
        "role",
    )


async def test_association_cannot_promote_a_member_beyond_its_reach(world, client):
    w = await world.standard()
    for role in ("city", "partner"):
        response = await client.patch(
            f"{USERS}/{w['vol1'].id}", json={"role": role}, headers=w["assoc1"].headers
        )
        assert response.status_code in (403, 422), response.text
        assert (await stored(world, w["vol1"].id)).role == "volunteer"
    promoted = await client.patch(
        f"{USERS}/{w['vol1'].id}", json={"role": "association"}, headers=w["assoc1"].headers
    )
    assert promoted.status_code == 200 and promoted.json()["role"] == "association"
    events = await audit_events(world, action="user.role_change")
    assert len(events) == 1
    assert events[0].changes["role"] == {"before": "volunteer", "after": "association"}


@pytest.mark.parametrize("field", ["association_id", "partner_id", "email", "password_hash"])
async def test_a_user_cannot_be_moved_or_rewritten_through_update(world, client, field: str):
    w = await world.standard()
    value = {
        "association_id": str(w["a2"].id),
        "partner_id": str(w["operator"].id),
        "email": "autre@example.org",
        "password_hash": "x",
    }[field]
    response = await client.patch(
        f"{USERS}/{w['vol1'].id}", json={field: value}, headers=w["city"].headers
    )
    assert_problem(response, 422, field)
    row = await stored(world, w["vol1"].id)
    assert row.association_id == w["a1"].id and row.partner_id is None
    assert row.email == w["vol1"].user.email


async def test_nobody_deactivates_or_archives_themselves(world, client):
    w = await world.standard()
    city = w["city"]
    assert_problem(
        await client.patch(f"{USERS}/{city.id}", json={"is_active": False}, headers=city.headers),
        403,
    )
    assert_problem(await client.post(f"{USERS}/{city.id}/archive", headers=city.headers), 403)
    assert (await stored(world, city.id)).is_active


# ---- password policy and duplicates -------------------------------------------------------------


@pytest.mark.parametrize(
    "password",
    ["court", "onze caract", "karima.benali-2025!", "Azertyuiop123", "AZERTYUIOP123"],
    ids=["short", "eleven", "contains-local-part", "common", "common-other-case"],
)
async def test_password_policy_on_create(world, client, password: str):
    w = await world.standard()
    body = new_user(
        "association",
        association_id=str(w["a1"].id),
        email="Karima.Benali@example.org",
        password=password,
    )
    before = await user_count(world)
    body_ = assert_problem(
        await client.post(USERS, json=body, headers=w["city"].headers), 422, "password"
    )
    assert password not in plain(body_)  # the refusal does not echo the password
    assert await user_count(world) == before


@pytest.mark.parametrize("password", ["", "x" * 257])
async def test_password_length_bounds_on_create(world, client, password: str):
    w = await world.standard()
    body = new_user("association", association_id=str(w["a1"].id), password=password)
    before = await user_count(world)
    assert_problem(await client.post(USERS, json=body, headers=w["city"].headers), 422, "password")
    assert await user_count(world) == before


async def test_duplicate_email_in_any_case_is_a_conflict(world, client):
    w = await world.standard()
    first = new_user("association", association_id=str(w["a1"].id), email="Dup.Licate@Example.org")
    response = await client.post(USERS, json=first, headers=w["city"].headers)
    assert response.status_code == 201, response.text
    assert response.json()["email"] == "dup.licate@example.org"  # stored lower-cased
    again = new_user("volunteer", association_id=str(w["a2"].id), email="dup.licate@EXAMPLE.ORG")
    before = await user_count(world)
    assert_problem(await client.post(USERS, json=again, headers=w["city"].headers), 409)
    assert await user_count(world) == before
    # an existing account's e-mail in another case is a conflict too
    clash = new_user("city", email=w["vol1"].user.email.upper())
    assert_problem(await client.post(USERS, json=clash, headers=w["city"].headers), 409)


# ---- the caller's own account -------------------------------------------------------------------


async def test_me_reads_and_renames(world, client):
    w = await world.standard()
    vol = w["vol1"]
    me = await client.get(f"{USERS}/me", headers=vol.headers)
    assert me.status_code == 200
    assert me.json()["id"] == str(vol.id) and me.json()["space_ids"] == [str(w["s1"].id)]
    assert "password_hash" not in me.json()
    renamed = await client.patch(
        f"{USERS}/me", json={"full_name": "Bénévole Renommée"}, headers=vol.headers
    )
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["full_name"] == "Bénévole Renommée"
    assert (await stored(world, vol.id)).full_name == "Bénévole Renommée"
    events = await audit_events(world, action="user.update_self")
    assert events and events[-1].changes["full_name"]["after"] == "Bénévole Renommée"


@pytest.mark.parametrize(
    "body",
    [
        {"full_name": None},
        {"full_name": ""},
        {"full_name": "x" * 201},
        {"password": None},
        {"email": "nouveau@example.org"},
        {"is_active": False},
        {"space_ids": []},
    ],
    ids=["null-name", "empty-name", "long-name", "null-password", "email", "is_active", "spaces"],
)
async def test_me_refuses_bad_or_foreign_fields(world, client, body: dict):
    w = await world.standard()
    vol = w["vol1"]
    field = next(iter(body))
    assert_problem(await client.patch(f"{USERS}/me", json=body, headers=vol.headers), 422, field)
    row = await stored(world, vol.id)
    assert row.full_name == vol.user.full_name and row.is_active and row.version == 1


async def test_password_change_needs_the_current_password(world, client):
    w = await world.standard()
    vol = w["vol1"]
    new = "ma nouvelle phrase secrète"
    before = (await stored(world, vol.id)).password_hash
    for body in (
        {"password": new},
        {"password": new, "current_password": "pas le bon mot de passe"},
        {"password": new, "current_password": ""},
    ):
        response = await client.patch(f"{USERS}/me", json=body, headers=vol.headers)
        assert_problem(response, 422, "current_password")
    # the policy applies to the new one, and names `password`
    weak = {"password": "azertyuiop123", "current_password": PASSWORD}
    assert_problem(
        await client.patch(f"{USERS}/me", json=weak, headers=vol.headers), 422, "password"
    )
    assert (await stored(world, vol.id)).password_hash == before  # nothing written
    ok = await client.patch(
        f"{USERS}/me", json={"password": new, "current_password": PASSWORD}, headers=vol.headers
    )
    assert ok.status_code == 200, ok.text
    assert (await login(client, vol.user.email, new)).status_code == 200
    assert (await login(client, vol.user.email, PASSWORD)).status_code == 401
    for event in await audit_events(world):
        assert new not in plain(event.changes) and PASSWORD not in plain(event.changes)


async def test_export_holds_own_data_and_no_secret(world, client):
    w = await world.standard()
    vol = w["vol1"]
    await client.patch(f"{USERS}/me", json={"full_name": "Nom Exporté"}, headers=vol.headers)
    response = await client.get(f"{USERS}/me/export", headers=vol.headers)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    export = response.json()
    assert export["user"]["id"] == str(vol.id) and export["user"]["email"] == vol.user.email
    assert export["user"]["full_name"] == "Nom Exporté"
    assert export["user"]["space_ids"] == [str(w["s1"].id)]
    assert any(a["action"] == "user.update_self" for a in export["activity"])
    text = plain(export)
    row = await stored(world, vol.id)
    assert row.password_hash not in text and "argon2" not in text and "password" not in text
    # only the caller's data: another user's e-mail is nowhere
    assert w["vol1"].user.email in text and w["assoc1"].user.email not in text


# ---- anonymise and archive ----------------------------------------------------------------------


async def test_city_anonymises_a_departed_user(world, client):
    w = await world.standard()
    vol = w["vol1"]
    email, name = vol.user.email, vol.user.full_name
    # some history first: a rename by the manager and a failed login
    await client.patch(
        f"{USERS}/{vol.id}", json={"full_name": "Ancien Nom"}, headers=w["assoc1"].headers
    )
    await login(client, email, "pas le bon mot de passe")
    # not the association's call, and out of reach for others
    assert_problem(
        await client.post(f"{USERS}/{vol.id}/anonymise", headers=w["assoc1"].headers), 403
    )
    assert_problem(
        await client.post(f"{USERS}/{vol.id}/anonymise", headers=w["assoc2"].headers), 404
    )
    response = await client.post(f"{USERS}/{vol.id}/anonymise", headers=w["city"].headers)
    assert response.status_code == 200, response.text
    user = response.json()
    assert user["id"] == str(vol.id)
    assert email not in user["email"] and user["full_name"] != name
    assert user["anonymised_at"] and user["archived_at"] and not user["is_active"]
    assert user["space_ids"] == []
    # the trail keeps its events and the id, without the e-mail or the names
    events = await audit_events(world, resource_type="user", resource_id=str(vol.id))
    assert {"user.update", "auth.login_failed", "user.anonymise"} <= {e.action for e in events}
    trail = plain([e.changes for e in await audit_events(world)])
    assert email not in trail and "Ancien Nom" not in trail and name not in trail
    # gone for good: no login, old tokens refused, a second time is a conflict
    assert (await login(client, email, PASSWORD)).status_code == 401
    assert (await client.get(f"{USERS}/me", headers=vol.headers)).status_code == 401
    assert_problem(await client.post(f"{USERS}/{vol.id}/anonymise", headers=w["city"].headers), 409)


async def test_archive_a_user(world, client):
    w = await world.standard()
    vol = w["vol1"]
    response = await client.post(f"{USERS}/{vol.id}/archive", headers=w["assoc1"].headers)
    assert response.status_code == 200, response.text
    assert response.json()["archived_at"] is not None
    assert_problem(await client.post(f"{USERS}/{vol.id}/archive", headers=w["city"].headers), 409)
    listed = await client.get(USERS, headers=w["city"].headers)
    assert str(vol.id) not in {u["id"] for u in listed.json()["items"]}
    listed = await client.get(USERS, params={"include_archived": "true"}, headers=w["city"].headers)
    assert str(vol.id) in {u["id"] for u in listed.json()["items"]}
    # an archived user cannot be changed any more
    assert_problem(
        await client.patch(f"{USERS}/{vol.id}", json={"full_name": "X"}, headers=w["city"].headers),
        409,
    )
    assert [e.action for e in await audit_events(world, action="user.archive")] == ["user.archive"]


# ---- lists --------------------------------------------------------------------------------------


async def ids(client, headers, **params) -> set[str]:
    response = await client.get(USERS, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return {u["id"] for u in response.json()["items"]}


async def test_list_filters(world, client):
    w = await world.standard()
    city = w["city"].headers
    inactive = await world.user("volunteer", association_id=w["a2"].id, is_active=False)
    everyone = {str(w[k].id) for k in ("city", "assoc1", "assoc2", "vol1", "partner")}
    assert await ids(client, city) == everyone | {str(inactive.id)}
    assert await ids(client, city, role="volunteer") == {str(w["vol1"].id), str(inactive.id)}
    assert await ids(client, city, association_id=str(w["a1"].id)) == {
        str(w["assoc1"].id),
        str(w["vol1"].id),
    }
    assert await ids(client, city, partner_id=str(w["operator"].id)) == {str(w["partner"].id)}
    assert await ids(client, city, space_id=str(w["s1"].id)) == {str(w["vol1"].id)}
    assert await ids(client, city, is_active="false") == {str(inactive.id)}
    assert await ids(client, city, role="volunteer", is_active="true") == {str(w["vol1"].id)}
    # scoped in the query: an association lists its own, whatever the filter asks for
    assert await ids(client, w["assoc1"].headers) == {str(w["assoc1"].id), str(w["vol1"].id)}
    assert await ids(client, w["assoc1"].headers, association_id=str(w["a2"].id)) == set()
    assert await ids(client, w["vol1"].headers) == {str(w["vol1"].id)}
    assert await ids(client, w["partner"].headers) == {str(w["partner"].id)}


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("role", "king"),
        ("association_id", "nope"),
        ("is_active", "maybe"),
        ("limit", "0"),
        ("limit", "201"),
        ("space_id", "1"),
    ],
)
async def test_list_bad_filters(world, client, param: str, value: str):
    w = await world.standard()
    response = await client.get(USERS, params={param: value}, headers=w["city"].headers)
    assert_problem(response, 422, param)


async def test_list_pages_with_a_cursor(world, client):
    w = await world.standard()
    seen: list[str] = []
    params = {"limit": 2}
    while True:
        response = await client.get(USERS, params=params, headers=w["city"].headers)
        assert response.status_code == 200
        page = response.json()
        seen += [u["email"] for u in page["items"]]
        if not page["next_cursor"]:
            break
        params = {"limit": 2, "cursor": page["next_cursor"]}
    assert len(seen) == 5 and seen == sorted(seen)


# ---- bad input: 422 naming the field, nothing written -------------------------------------------


BAD_CREATE = [
    ("email", "not-an-email"),
    ("email", ""),
    ("email", None),
    ("full_name", ""),
    ("full_name", "x" * 201),
    ("full_name", 12),
    ("role", "admin"),
    ("role", None),
    ("association_id", "not-a-uuid"),
    ("association_id", "00000000-0000-4000-8000-000000000000"),  # unknown
    ("partner_id", "00000000-0000-4000-8000-000000000000"),
    ("space_ids", "not-a-list"),
    ("space_ids", ["not-a-uuid"]),
    ("space_ids", ["00000000-0000-4000-8000-000000000000"]),
    ("password", None),
    ("password", 123456789012345),
    ("nickname", "Kiki"),  # unknown fields are refused, not dropped
]


@pytest.mark.parametrize(
    ("field", "value"), BAD_CREATE, ids=[f"{f}={v!r}"[:40] for f, v in BAD_CREATE]
)
async def test_create_bad_input(world, client, field: str, value):
    w = await world.standard()
    body = new_user("volunteer", association_id=str(w["a1"].id), space_ids=[str(w["s1"].id)])
    if field == "partner_id":
        body = new_user("partner")
    body[field] = value
    if value is None:
        body.pop(field)  # missing, not null
    before = await user_count(world)
    assert_problem(await client.post(USERS, json=body, headers=w["city"].headers), 422, field)
    assert await user_count(world) == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"role": "association"}, "association_id"),
        ({"role": "volunteer", "association_id": "A", "partner_id": "P"}, "partner_id"),
        ({"role": "partner"}, "partner_id"),
        ({"role": "partner", "partner_id": "P", "association_id": "A"}, "association_id"),
        ({"role": "city", "association_id": "A"}, "role"),
        ({"role": "partner", "partner_id": "P", "space_ids": ["S"]}, "space_ids"),
    ],
    ids=[
        "assoc-without-assoc",
        "volunteer-with-partner",
        "partner-without-partner",
        "partner-with-assoc",
        "city-with-assoc",
        "partner-with-spaces",
    ],
)
async def test_create_role_bindings(world, client, body: dict, field: str):
    w = await world.standard()
    ids_ = {"A": str(w["a1"].id), "P": str(w["operator"].id), "S": str(w["s1"].id)}
    values = {
        k: ([ids_[i] for i in v] if isinstance(v, list) else ids_.get(v, v))
        for k, v in body.items()
    }
    before = await user_count(world)
    response = await client.post(USERS, json=new_user(**values), headers=w["city"].headers)
    assert_problem(response, 422, field)
    assert await user_count(world) == before


BAD_UPDATE = [
    ("full_name", None),
    ("full_name", ""),
    ("role", None),
    ("role", "superuser"),
    ("is_active", "maybe"),
    ("is_active", None),
    ("space_ids", None),
    ("space_ids", ["nope"]),
    ("space_ids", ["00000000-0000-4000-8000-000000000000"]),
    ("password", "une phrase de passe bien longue"),
]


@pytest.mark.parametrize(
    ("field", "value"), BAD_UPDATE, ids=[f"{f}={v!r}"[:40] for f, v in BAD_UPDATE]
)
async def test_update_bad_input(world, client, field: str, value):
    w = await world.standard()
    target = w["vol1"]
    response = await client.patch(
        f"{USERS}/{target.id}", json={field: value}, headers=w["city"].headers
    )
    assert_problem(response, 422, field)
    row = await stored(world, target.id)
    assert row.version == 1 and row.full_name == target.user.full_name
    assert await stored_spaces(world, target.id) == [w["s1"].id]


async def test_update_with_a_stale_etag_is_refused(world, client):
    w = await world.standard()
    url = f"{USERS}/{w['vol1'].id}"
    etag = (await client.get(url, headers=w["city"].headers)).headers["etag"]
    ok = await client.patch(
        url, json={"full_name": "Première"}, headers={**w["city"].headers, "If-Match": etag}
    )
    assert ok.status_code == 200, ok.text
    stale = await client.patch(
        url, json={"full_name": "Seconde"}, headers={**w["city"].headers, "If-Match": etag}
    )
    assert_problem(stale, 412)
    assert (await stored(world, w["vol1"].id)).full_name == "Première"


async def test_count_is_exact_after_many_refusals(world, client):
    """A run of refused writes leaves the table exactly as it was (no partial rows)."""
    w = await world.standard()
    async with world.session() as session:
        before = (await session.execute(select(func.count()).select_from(User))).scalar_one()
    for body in (new_user("city", email="x"), new_user("martian"), new_user(password="court")):
        response = await client.post(USERS, json=body, headers=w["city"].headers)
        assert response.status_code == 422
    assert await user_count(world) == before


async def test_anonymising_scrubs_what_the_creation_recorded(world, client):
    w = await world.standard()
    body = new_user(
        "volunteer",
        association_id=str(w["a1"].id),
        email="depart@cq-epeule.fr",
        full_name="Jeanne Départ",
    )
    created = await client.post(USERS, json=body, headers=w["assoc1"].headers)
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]
    [creation] = await audit_events(world, action="user.create", resource_id=user_id)
    assert creation.changes["email"] == "depart@cq-epeule.fr"
    response = await client.post(f"{USERS}/{user_id}/anonymise", headers=w["city"].headers)
    assert response.status_code == 200, response.text
    [creation] = await audit_events(world, action="user.create", resource_id=user_id)
    assert creation.changes["email"] != "depart@cq-epeule.fr"
    assert creation.changes["full_name"] != "Jeanne Départ"
    assert creation.changes["role"] == "volunteer"  # what is not personal stays
    assert creation.actor_user_id == w["assoc1"].id
    trail = plain([e.changes for e in await audit_events(world)])
    assert "depart@cq-epeule.fr" not in trail and "Jeanne Départ" not in trail
