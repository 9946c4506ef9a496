"""One contract on every route (issue #21, item 5), walked from the served OpenAPI document so
that the next route cannot drift: undeclared query parameters refused, validation messages
without pydantic's prefixes, malformed JSON located by line and column."""

import re

from tests.contract.test_input_edges import API, operations, url_of
from tests.factories import PASSWORD, World


async def test_an_undeclared_query_parameter_is_refused_naming_it_on_every_operation(
    app, client, world: World
):
    city = await world.user("city")
    document = app.openapi()
    failures, count = [], 0
    for path, method, op in operations(document):
        count += 1
        response = await client.request(
            method.upper(), url_of(path, op), params={"colour": "red"}, headers=city.headers
        )
        errors = response.json().get("errors", []) if response.status_code == 422 else []
        if not any(e["loc"] == ["query", "colour"] for e in errors):
            answer = f"{response.status_code} {response.text[:120]}"
            failures.append(f"{method.upper()} {path}: {answer}")
        elif errors[0]["type"] != "unknown_query_parameter":
            failures.append(f"{method.upper()} {path}: {errors}")
    assert not failures, f"{len(failures)} of {count} operations:\n" + "\n".join(failures)
    assert count > 140, count


async def test_the_refusal_lists_what_the_operation_accepts_and_declared_ones_still_work(
    client, world: World
):
    city = await world.user("city")
    response = await client.get(f"{API}/spaces", params={"stauts": "open"}, headers=city.headers)
    assert response.status_code == 422
    problem = response.json()
    assert problem["errors"] == [
        {
            "loc": ["query", "stauts"],
            "msg": problem["errors"][0]["msg"],
            "type": "unknown_query_parameter",
        }
    ]
    assert "`status`" in problem["errors"][0]["msg"] and "`limit`" in problem["errors"][0]["msg"]
    assert "query.stauts" in problem["detail"]
    listed = await client.get(
        f"{API}/spaces", params={"status": "open", "limit": 5}, headers=city.headers
    )
    assert listed.status_code == 200
    as_csv = await client.get(f"{API}/spaces", params={"format": "csv"}, headers=city.headers)
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    wrong = await client.get(f"{API}/spaces", params={"format": "ics"}, headers=city.headers)
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["loc"] == ["query", "format"]


async def test_an_undeclared_parameter_on_a_write_writes_nothing(client, world: World):
    city = await world.user("city")
    before = (await client.get(f"{API}/associations", headers=city.headers)).json()["items"]
    response = await client.post(
        f"{API}/associations",
        params={"dry_run": "true"},
        json={"name": "Centre social du Pile", "legal_form": "association_loi_1901"},
        headers=city.headers,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "dry_run"]
    after = (await client.get(f"{API}/associations", headers=city.headers)).json()["items"]
    assert after == before


async def test_malformed_json_is_located_by_line_and_column(client, world: World):
    city = await world.user("city")
    body = '{\n  "name": "Centre social",\n  "legal_form": oops\n}'
    response = await client.post(
        f"{API}/associations",
        content=body,
        headers={**city.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["loc"] == ["body"] and error["type"] == "json_invalid"
    assert error["msg"].startswith("Malformed JSON at line 3, column 17 (character 45)"), error


async def test_validator_messages_carry_no_pydantic_prefix(client, world: World):
    city = await world.user("city")
    response = await client.post(
        f"{API}/skills", json={"code": "Not A Code", "title": "Titre"}, headers=city.headers
    )
    assert response.status_code == 422
    messages = [e["msg"] for e in response.json()["errors"]]
    assert messages and not any(m.startswith(("Value error", "Assertion failed")) for m in messages)
    assert any(m.startswith("a skill code is lowercase") for m in messages), messages


NOT_FOUND = re.compile(r"No such [A-Za-z' -]+(?: (?:in|on|for|of) this [A-Za-z' -]+)?\.")


async def test_every_unknown_or_out_of_scope_resource_answers_in_one_wording(
    app, client, world: World
):
    """`No such space.` — the same sentence whether the id does not exist or is out of the
    caller's scope, and never the id echoed back (a probe learns nothing from the wording)."""
    city = await world.user("city")
    association = await world.association()
    outsider = await world.user("association", association_id=association.id)
    failures, count = [], 0
    for path, method, op in operations(app.openapi()):
        if method != "get" or not any(
            p["in"] == "path" and p.get("schema", {}).get("format") == "uuid"
            for p in op.get("parameters", [])
        ):
            continue
        for caller in (city, outsider):
            response = await client.get(url_of(path, op), headers=caller.headers)
            if response.status_code != 404:
                continue
            count += 1
            detail = response.json().get("detail", "")
            if not NOT_FOUND.fullmatch(detail):
                failures.append(f"GET {path}: {detail!r}")
    assert not failures, "\n".join(failures)
    assert count > 40, count


async def test_the_directory_answers_geojson_by_accept_as_by_format(client, world: World):
    association = await world.association()
    await world.space(association.id)
    by_format = await client.get(f"{API}/public/spaces", params={"format": "geojson"})
    by_accept = await client.get(f"{API}/public/spaces", headers={"Accept": "application/geo+json"})
    assert by_format.status_code == by_accept.status_code == 200
    assert by_accept.headers["content-type"].startswith("application/geo+json")
    assert by_accept.json() == by_format.json()
    assert by_accept.json()["type"] == "FeatureCollection"
    assert "Accept" in by_accept.headers["vary"]
    plain = await client.get(f"{API}/public/spaces", headers={"Accept": "application/json"})
    assert plain.headers["content-type"].startswith("application/json")
    assert "items" in plain.json() or "spaces" in plain.json() or isinstance(plain.json(), dict)
    assert plain.headers["etag"] != by_accept.headers["etag"]


async def _login(client, email: str) -> dict:
    response = await client.post(
        f"{API}/auth/token", data={"username": email, "password": PASSWORD}
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_refresh_takes_the_oauth2_form_as_well_as_json(client, world: World):
    user = await world.user("city")
    pair = await _login(client, user.user.email)
    by_form = await client.post(
        f"{API}/auth/refresh",
        data={"grant_type": "refresh_token", "refresh_token": pair["refresh_token"]},
    )
    assert by_form.status_code == 200, by_form.text
    by_json = await client.post(
        f"{API}/auth/refresh", json={"refresh_token": by_form.json()["refresh_token"]}
    )
    assert by_json.status_code == 200, by_json.text
    # the spent one is refused, whatever the form
    spent = await client.post(f"{API}/auth/refresh", data={"refresh_token": pair["refresh_token"]})
    assert spent.status_code == 401
    wrong_grant = await client.post(
        f"{API}/auth/refresh", data={"grant_type": "password", "refresh_token": "x"}
    )
    assert wrong_grant.status_code == 422
    assert wrong_grant.json()["errors"][0]["loc"] == ["body", "grant_type"]


async def test_a_body_without_content_type_is_a_clear_415(client, world: World):
    response = await client.post(
        f"{API}/auth/refresh", content=b'{"refresh_token": "abc"}', headers={"Content-Type": ""}
    )
    assert response.status_code == 415, response.text
    assert "Content-Type" in response.json()["detail"]
    response = await client.post(
        f"{API}/auth/refresh", content=b"abc", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 415


async def test_logout_takes_a_revocation_form_and_ends_that_login_too(client, world: World):
    user = await world.user("city")
    first, second = await _login(client, user.user.email), await _login(client, user.user.email)
    headers = {"Authorization": f"Bearer {first['access_token']}"}
    response = await client.post(
        f"{API}/auth/logout",
        data={"token": second["refresh_token"], "token_type_hint": "refresh_token"},
        headers=headers,
    )
    assert response.status_code == 204, response.text
    for pair in (first, second):
        refused = await client.post(
            f"{API}/auth/refresh", json={"refresh_token": pair["refresh_token"]}
        )
        assert refused.status_code == 401
    # an unknown token is ignored (RFC 7009), a JSON body works too
    third = await _login(client, user.user.email)
    response = await client.post(
        f"{API}/auth/logout",
        json={"refresh_token": "not-a-token"},
        headers={"Authorization": f"Bearer {third['access_token']}"},
    )
    assert response.status_code == 204


async def test_an_association_need_not_repeat_its_own_association_id(client, world: World):
    association = await world.association()
    space = await world.space(association.id)
    manager = await world.user("association", association_id=association.id)
    created = await client.post(
        f"{API}/users",
        json={
            "email": "nadia.volunteer@example.org",
            "full_name": "Nadia Bénévole",
            "role": "volunteer",
            "space_ids": [str(space.id)],
            "password": "une phrase de passe assez longue 2026",
        },
        headers=manager.headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["association_id"] == str(association.id)
    key = await client.post(
        f"{API}/api-keys",
        json={"name": "Script du comptage", "scopes": ["visits:write"]},
        headers=manager.headers,
    )
    assert key.status_code == 201, key.text
    assert key.json()["association_id"] == str(association.id)
    # the city still says which association it means
    city = await world.user("city")
    refused = await client.post(
        f"{API}/api-keys",
        json={"name": "Sans propriétaire", "scopes": ["visits:read"]},
        headers=city.headers,
    )
    assert refused.status_code == 422
