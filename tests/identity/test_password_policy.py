"""The password policy, one function for the API (create a user, change one's own password) and
the CLI (`enc create-admin`): each rule refuses with a message saying why, and good phrases
pass. The issue's example, `passwordpassword`, is the first case."""

import pytest

from app.demo.network import DEMO_LOGINS
from app.services.identity.passwords import password_problem
from tests.factories import PASSWORD
from tests.helpers_access import API, assert_problem, plain
from tests.identity.test_users import new_user, stored, user_count

USERS = f"{API}/users"
EMAIL, NAME = "karima.benali@example.org", "Karima Bénali"

# password -> a fragment of the refusal, for a user Karima Bénali <karima.benali@…>
WEAK = {
    "passwordpassword": "repeated",
    "abcabcabcabcabc": "repeated",
    "zzzzzzzzzzzzzzzz": "repeated",
    "court": "12 characters",
    "Password123456": "common",
    "!!hellokitty": "common",
    "azertyuiop": "12 characters",
    "azertyuiop2024": "common",
    "qsdfghjklm123": "keyboard walk",
    "poiuytreza!!xy": "keyboard walk",
    "wxcvbn1234567": "keyboard walk",
    "karima-2025-xyz!": "name",
    "jaime-benali-beaucoup": "name",
    "ma-benali-a-moi": "name",
    "Benali.Karima.1990": "name",
    "iloveyou2024!": "too easy to guess",
    "monkeybanana1": "too easy to guess",
    "chocolat1234": "too easy to guess",
}
STRONG = [
    PASSWORD,
    "une phrase de passe bien longue",
    "Le beffroi sonne à midi pile",
    "correct-cheval-pile-agrafe",
    *(d.password for d in DEMO_LOGINS),
]


@pytest.mark.parametrize(("password", "why"), list(WEAK.items()), ids=list(WEAK))
def test_each_rule_refuses_and_says_why(password: str, why: str):
    problem = password_problem(password, EMAIL, NAME)
    assert problem is not None and why in problem, problem
    assert password not in problem


@pytest.mark.parametrize("password", STRONG)
def test_good_phrases_pass(password: str):
    assert password_problem(password, EMAIL, NAME) is None


def test_the_demo_logins_pass_for_their_own_accounts():
    for demo in DEMO_LOGINS:
        assert password_problem(demo.password, demo.email, demo.full_name) is None, demo.email


def test_a_long_password_is_not_truncated_before_the_rules():
    # the personal word sits past the part zxcvbn is shown: still found
    assert "name" in password_problem("x7#Lq!" * 12 + "benali", EMAIL, NAME)


@pytest.mark.parametrize(("password", "why"), list(WEAK.items())[:10], ids=list(WEAK)[:10])
async def test_the_api_refuses_on_create_with_the_reason(world, client, password, why):
    w = await world.standard()
    body = new_user(
        "association",
        association_id=str(w["a1"].id),
        email=EMAIL,
        full_name=NAME,
        password=password,
    )
    before = await user_count(world)
    response = await client.post(USERS, json=body, headers=w["city"].headers)
    problem = assert_problem(response, 422, "password")
    assert why in problem["errors"][0]["msg"], problem
    assert password not in plain(problem)
    assert await user_count(world) == before


async def test_the_api_refuses_the_users_own_name_on_create(world, client):
    w = await world.standard()
    body = new_user(
        "association", association_id=str(w["a1"].id), full_name=NAME, password="bénali-42-kx-q!"
    )
    problem = assert_problem(await client.post(USERS, json=body, headers=w["city"].headers), 422)
    assert "name" in problem["errors"][0]["msg"]


async def test_the_api_applies_the_same_rules_to_a_password_change(world, client):
    w = await world.standard()
    vol = w["vol1"]
    before = (await stored(world, vol.id)).password_hash
    for password, why in (
        ("passwordpassword", "repeated"),
        ("qsdfghjklm123", "keyboard walk"),
        (f"{vol.user.full_name.split()[0]}-xk42-pq!z", "name"),
        ("chocolat1234", "too easy"),
    ):
        body = {"password": password, "current_password": PASSWORD}
        response = await client.patch(f"{USERS}/me", json=body, headers=vol.headers)
        problem = assert_problem(response, 422, "password")
        assert why in problem["errors"][0]["msg"], problem
    assert (await stored(world, vol.id)).password_hash == before
