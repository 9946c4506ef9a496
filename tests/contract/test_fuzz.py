"""Schema fuzzing: schemathesis runs against the app as its command line would, on every
operation of the served OpenAPI document, on the demo network, as two of its accounts: the city
(the documented examples, then the coverage cases: each boundary and each wrong type of every
parameter, valid and invalid) and the Hauts-Champs association (the examples, then random valid
and invalid data); for both, stateful scenarios that follow the document's links from created
resources.

The app runs in-process through schemathesis' ASGI transport. The seed is fixed and generation
derandomized, so that CI replays the same requests. Every response must be no server error,
carry a documented status code and content type, and match the documented schema; a failure is
fixed in the app or its document, never by relaxing these checks.
"""

import ipaddress
from collections.abc import AsyncIterator, Iterator
from functools import partial

import httpx
import pytest
import schemathesis
from schemathesis.engine import Status, events, from_schema
from schemathesis.engine.run import PhaseName
from schemathesis.python import asgi
from sqlalchemy import select

from app.core.db import create_engine, create_sessionmaker
from app.core.security import create_access_token
from app.demo.network import DEMO_LOGINS, seed_demo
from app.main import create_app
from app.models.user import User
from app.services.webhooks import dispatcher as webhook_dispatcher
from app.services.webhooks import subscriptions as webhooks
from tests.conftest import empty_tables, make_settings

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
)
SEED = 20110401  # the ENC de l'Epeule opened in April 2011
ROLES = ("association", "city")  # the association first: the city may archive its world
# Both roles get the documented examples and the scenarios. The systematic coverage phase (each
# boundary and each wrong type of every parameter, valid and invalid: some 7,500 requests) runs as
# the city, whom no scope stops before an operation's own code; the random valid and invalid data
# of the fuzzing phase goes through the association's scope. Together some 2 minutes a backend.
COVERAGE_ROLE = "city"
FUZZING_ROLE = "association"
PUBLIC_ADDRESS = "93.184.215.14"  # what every webhook host "resolves" to; nothing is sent
EXAMPLES_PER_OPERATION = 8
SCENARIOS = 60  # was 40; with the meetings and plans routes one PostgreSQL run followed no
# document link from a 201 (the city assertion below): more scenarios, same assertions
SCENARIO_STEPS = 10

# Imports take NDJSON as well as CSV: documented as text, sent as such.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")


def fuzz_config(role: str, headers: dict[str, str]) -> schemathesis.Config:
    return schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "headers": headers,
            "workers": 1,
            "generation": {
                "mode": "all",  # valid data and invalid data
                "max-examples": EXAMPLES_PER_OPERATION,
                "deterministic": True,
                "database": "none",  # nothing carried over from an earlier run
                # No shrinking: a failure's replay meets a database that changed since; the report
                # gives the request to reproduce it instead.
                "no-shrink": True,
            },
            "phases": {
                "examples": {"enabled": True},
                "coverage": {"enabled": role == COVERAGE_ROLE},
                "fuzzing": {"enabled": role == FUZZING_ROLE},
                "stateful": {
                    "enabled": True,
                    "max-steps": SCENARIO_STEPS,
                    "generation": {"mode": "positive", "max-examples": SCENARIOS},
                },
            },
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
        }
    )


@pytest.fixture(scope="module")
async def demo_network(settings) -> AsyncIterator[dict[str, dict[str, str]]]:
    """The demo network, and the Authorization header of its city and Hauts-Champs accounts;
    emptied afterwards, as other tests expect."""
    engine = create_engine(settings)
    try:
        await seed_demo(create_sessionmaker(engine), settings)
        headers = {}
        async with create_sessionmaker(engine)() as session:
            for login in DEMO_LOGINS:
                if login.key in ROLES:
                    user = await session.scalar(
                        select(User).where(User.email == login.email.casefold())
                    )
                    token, _ = create_access_token(
                        settings, subject=user.id, claims={"role": login.role}
                    )
                    headers[login.key] = {"Authorization": f"Bearer {token}"}
        yield headers
    finally:
        await empty_tables(engine)
        await engine.dispose()


@pytest.fixture(scope="module")
def fuzz_app(demo_network) -> Iterator:
    """The app under test. Nothing leaves the machine: webhook hosts resolve to one public
    address (literal addresses are checked as usual) and the receiver, in memory, answers 204."""
    original_resolve = webhook_dispatcher.resolve_target

    async def resolve(url: str, settings) -> list[str]:
        _, host, _ = webhook_dispatcher.check_url_shape(url, settings)
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return [PUBLIC_ADDRESS]
        return await original_resolve(url, settings)

    receiver = httpx.MockTransport(lambda request: httpx.Response(204))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(webhook_dispatcher, "resolve_target", resolve)
        patch.setattr(webhooks, "resolve_target", resolve)
        patch.setattr(webhooks, "post", partial(webhook_dispatcher.post, transport=receiver))
        yield create_app(make_settings())
        asgi.shutdown_lifespans()  # closes the app's database connections


def _failures(event: events.ScenarioFinished) -> list[str]:
    found = []
    for checks in event.recorder.checks.values():
        for check in checks:
            if check.status is Status.FAILURE and check.failure_info is not None:
                failure = check.failure_info.failure
                found.append(
                    f"{event.recorder.label} [{check.name}] {failure.title}\n"
                    f"{failure.message}\n{check.failure_info.code_sample}"
                )
    return found


@pytest.mark.parametrize("role", ROLES)
def test_every_operation_conforms(fuzz_app, demo_network, role) -> None:
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json",
        fuzz_app,
        config=fuzz_config(role, demo_network[role]),
    )
    failures: list[str] = []
    errors: list[str] = []
    tested: dict[PhaseName, set[str]] = {}
    links_followed: set[str] = set()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            failures += _failures(event)
            if event.status in (Status.SUCCESS, Status.FAILURE):
                tested.setdefault(event.phase, set()).add(event.recorder.label)
            links_followed |= {
                node.transition.id
                for node in event.recorder.cases.values()
                if node.transition is not None and node.is_transition_applied
            }
        elif isinstance(event, events.NonFatalError):  # e.g. the app raised instead of answering
            errors.append(f"{event.label}: {event.value!r}\n{event.info.code_sample or ''}")
        elif isinstance(event, events.FatalError):
            errors.append(repr(event.exception))

    assert not errors, "\n\n".join(errors)
    assert not failures, f"{len(failures)} failures:\n\n" + "\n\n".join(failures)
    operations = {
        f"{m.upper()} {p}" for p, item in fuzz_app.openapi()["paths"].items() for m in item
    }
    phase = PhaseName.COVERAGE if role == COVERAGE_ROLE else PhaseName.FUZZING
    assert tested[phase] == operations  # every operation, none skipped
    assert links_followed, "no stateful scenario followed a link"
    if role == "city":  # who may create: the document's own links from a 201 are followed
        assert any(" -> [201] " in link and "Inferred" not in link for link in links_followed)


# Control characters a client may put in a query value, each refused before any route reads it
# (`app.core.edge`): a NUL (PostgreSQL cannot take one), the others C0 controls and DEL.
CONTROLS = ("\x00", "\x01", "\x09", "\x0a", "\x0d", "\x1b", "\x1f", "\x7f")


def test_query_parameters_carrying_control_characters(fuzz_app, demo_network) -> None:
    """The examples and the fuzzing of every operation that takes query parameters, as the city,
    with a control character slipped into one query value of each request: 422 naming it (a
    documented status, a problem body), never a server error, on both backends (the test suite
    runs on each)."""
    config = fuzz_config(COVERAGE_ROLE, demo_network[COVERAGE_ROLE])
    config.projects.default.phases.coverage.enabled = False
    config.projects.default.phases.stateful.enabled = False
    config.projects.default.phases.fuzzing.enabled = True
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app, config=config)
    salted: dict[str, int] = {}
    answers: dict[str, set[int]] = {}

    def before_call(ctx, case, kwargs) -> None:
        params = case.query
        if not params:
            return
        name = sorted(params)[0]
        count = salted.get(case.operation.label, 0)
        control = CONTROLS[count % len(CONTROLS)]
        value = params[name]
        value = value[0] if isinstance(value, list) and value else value
        params[name] = f"{value}{control}" if count % 2 else f"{control}{value}"
        salted[case.operation.label] = count + 1

    def after_call(ctx, case, response) -> None:
        if case.query:
            answers.setdefault(case.operation.label, set()).add(response.status_code)

    failures: list[str] = []
    errors: list[str] = []
    hooks = schemathesis.hooks.GLOBAL_HOOK_DISPATCHER  # call hooks are global: this test's only
    hooks.register_hook_with_name(before_call, "before_call")
    hooks.register_hook_with_name(after_call, "after_call")
    try:
        for event in from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished):
                failures += _failures(event)
            elif isinstance(event, events.NonFatalError | events.FatalError):
                errors.append(repr(getattr(event, "value", None) or event.exception))
    finally:
        hooks.unregister(before_call)
        hooks.unregister(after_call)
    assert not errors, "\n\n".join(errors)
    assert not failures, f"{len(failures)} failures:\n\n" + "\n\n".join(failures)
    with_query = {
        f"{m.upper()} {p}"
        for p, item in fuzz_app.openapi()["paths"].items()
        for m, op in item.items()
        if any(parameter["in"] == "query" for parameter in op.get("parameters", []))
    }
    assert set(salted) == with_query, sorted(with_query - set(salted))
    # 422 naming the value; 414 when the fuzzed query is longer than any target allowed
    refused = {label for label, statuses in answers.items() if 422 in statuses <= {414, 422}}
    assert refused == set(salted), {k: v for k, v in answers.items() if not v <= {414, 422}}
