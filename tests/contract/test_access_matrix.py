"""The role × route × ownership matrix, generated from the app's route table.

Every route the app serves must have a row in EXPECTATIONS, so a new route without an access
rule fails the suite. For each route and each subject a real request is made against a small
world and the status is asserted:

* 401 anonymous (or a bad credential), 404 outside the caller's scope, 403 inside the scope
  but the role (or the API key's scopes) may not, 2xx allowed; 409/422 never stand in for an
  authorization answer except where a row says so and explains why.
* For lists, the row also says which subjects see the target resource in their page, so that
  scoping in SQL is checked, not only the status.

The world: associations A1 (own) and A2 (other); A1 has spaces S1 (the target) and S1b; one
maintenance operator. Targets are A1's: its association, S1, a volunteer of A1 on S1, an A1 API
key, an A1 loan agreement (draft), an item allocated at S1 (under an active agreement), a ticket
at S1, a training session and enrolment, a visit, a webhook, made only when the route needs them.
Subjects: the city, an association user of A1 (own) and of A2 (other), a volunteer of A1
assigned to S1 and one assigned to S1b only, a partner user of the operator, an A1 API key with
the route's scope (only it) and one with every other scope.

Speed (~1000 cases): a case expected to change nothing (a read or a refusal) runs in one world
shared by the module, with the subjects' accounts made once; a case expected to write gets a
world of its own. The module deletes what it added when it ends (see `matrix`).
"""

import itertools
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from fastapi.routing import iter_route_contexts
from sqlalchemy import select, text
from sqlmodel import SQLModel

from app.core.clock import PARIS
from app.core.config import Settings
from app.main import create_app
from app.models.user import User
from tests.documents.files import pdf, png
from tests.documents.signing import sign, sign_agreement
from tests.factories import PASSWORD, World
from tests.helpers_access import (
    ALL_SCOPES,
    API,
    PROBLEM_JSON,
    key_headers,
    make_key,
    make_refresh_token,
)

SUBJECTS = (
    "anonymous",
    "city",
    "assoc_own",
    "assoc_other",
    "vol_assigned",
    "vol_unassigned",
    "partner",
    "key_scoped",
    "key_unscoped",
)


@dataclass(frozen=True)
class Rule:
    statuses: dict[str, int]
    scope: str | None = None  # the API key scope that governs the route
    lists: str | None = None  # for lists: the target whose presence in the page is checked
    sees: frozenset[str] = field(default_factory=frozenset)  # subjects whose page holds it


@dataclass
class Matrix:
    world: World
    # The world shared by the cases expected to change nothing (see test_access): its base
    # (A1, spaces, operator), the subjects' accounts, and each route's targets.
    base: dict = field(default_factory=dict)
    accounts: dict = field(default_factory=dict)
    shared_worlds: dict = field(default_factory=dict)


def rule(scope: str | None, statuses: str, *, lists: str | None = None, sees: str = "") -> Rule:
    codes = [int(code) for code in statuses.split()]
    assert len(codes) == len(SUBJECTS), statuses
    seeing = frozenset(sees.split())
    assert seeing <= set(SUBJECTS), sees
    return Rule(dict(zip(SUBJECTS, codes, strict=True)), scope, lists, seeing)


PUBLIC = rule(None, "200 200 200 200 200 200 200 200 200")
EVERY_USER = (
    "city assoc_own assoc_other vol_assigned vol_unassigned partner key_scoped key_unscoped"
)

# fmt: off
EXPECTATIONS: dict[tuple[str, str], Rule] = {
    # subjects:                                  anon city own  oth  vAsg vNot part kScp kNo
    # ---- public: no credentials needed ------------------------------------------------------
    ("GET", "/openapi.json"):                PUBLIC,
    ("GET", "/docs"):                        PUBLIC,
    ("GET", "/docs/oauth2-redirect"):        PUBLIC,
    ("GET", "/redoc"):                       PUBLIC,
    ("GET", "/healthz"):                     PUBLIC,
    ("GET", "/readyz"):                      PUBLIC,
    # open while METRICS_TOKEN is unset (the test settings); see test_metrics_token_guards
    ("GET", "/metrics"):                     PUBLIC,
    ("GET", f"{API}/vocabularies"):          PUBLIC,
    ("POST", f"{API}/auth/token"):           PUBLIC,
    ("POST", f"{API}/auth/refresh"):         PUBLIC,
    # ---- auth and the caller's own account (API keys have no login and no account) ----------
    ("POST", f"{API}/auth/logout"):
        rule(None,                 "401 204  204  204  204  204  204  403  403"),
    ("GET", f"{API}/users/me"):
        rule(None,                 "401 200  200  200  200  200  200  403  403"),
    ("PATCH", f"{API}/users/me"):
        rule(None,                 "401 200  200  200  200  200  200  403  403"),
    ("GET", f"{API}/users/me/export"):
        rule(None,                 "401 200  200  200  200  200  200  403  403"),
    # ---- users: the city manages all, an association its own members; keys never manage -----
    ("POST", f"{API}/users"):
        rule(None,                 "401 201  201  403  403  403  403  403  403"),
    ("GET", f"{API}/users"):
        rule("users:read",         "401 200  200  200  200  200  200  200  403",
             lists="user_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/users/{{user_id}}"):
        rule("users:read",         "401 200  200  404  404  404  404  200  403"),
    ("PATCH", f"{API}/users/{{user_id}}"):
        rule(None,                 "401 200  200  404  404  404  404  403  403"),
    ("POST", f"{API}/users/{{user_id}}/archive"):
        rule(None,                 "401 200  200  404  404  404  404  403  403"),
    ("POST", f"{API}/users/{{user_id}}/anonymise"):
        rule(None,                 "401 200  403  404  404  404  404  403  403"),
    # ---- API keys: keys do not manage keys -------------------------------------------------
    ("POST", f"{API}/api-keys"):
        rule(None,                 "401 201  201  403  403  403  403  403  403"),
    ("GET", f"{API}/api-keys"):
        rule(None,                 "401 200  200  200  200  200  200  403  403",
             lists="key_id", sees="city assoc_own"),
    ("GET", f"{API}/api-keys/{{key_id}}"):
        rule(None,                 "401 200  200  404  404  404  404  403  403"),
    ("POST", f"{API}/api-keys/{{key_id}}/revoke"):
        rule(None,                 "401 200  200  404  404  404  404  403  403"),
    # ---- associations ------------------------------------------------------------------------
    ("POST", f"{API}/associations"):
        rule(None,                 "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/associations"):
        rule("associations:read",  "401 200  200  200  200  200  200  200  403",
             lists="association_id", sees="city assoc_own vol_assigned vol_unassigned key_scoped"),
    ("GET", f"{API}/associations/{{association_id}}"):
        rule("associations:read",  "401 200  200  404  200  200  404  200  403"),
    ("PATCH", f"{API}/associations/{{association_id}}"):
        rule(None,                 "401 200  200  404  403  403  404  403  403"),
    ("POST", f"{API}/associations/{{association_id}}/archive"):
        rule(None,                 "401 200  403  404  403  403  404  403  403"),
    # ---- spaces (a foreign association in a create body is an unknown reference: 422) -------
    ("POST", f"{API}/spaces"):
        rule("spaces:write",       "401 201  201  422  403  403  403  201  403"),
    ("GET", f"{API}/spaces"):
        rule("spaces:read",        "401 200  200  200  200  200  200  200  403",
             lists="space_id", sees="city assoc_own vol_assigned key_scoped"),
    ("GET", f"{API}/spaces/{{space_id}}"):
        rule("spaces:read",        "401 200  200  404  200  404  404  200  403"),
    ("PATCH", f"{API}/spaces/{{space_id}}"):
        rule("spaces:write",       "401 200  200  404  403  404  404  200  403"),
    ("POST", f"{API}/spaces/{{space_id}}/transitions"):
        rule("spaces:write",       "401 200  200  404  403  404  404  200  403"),
    ("POST", f"{API}/spaces/{{space_id}}/archive"):
        rule("spaces:write",       "401 200  200  404  403  404  404  200  403"),
    ("GET", f"{API}/spaces/{{space_id}}/equipment-summary"):
        rule("equipment:read",     "401 200  200  404  200  404  404  200  403"),
    # ---- partners: shared by the whole network, written by the city ------------------------
    ("POST", f"{API}/partners"):
        rule(None,                 "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/partners"):
        rule(None,                 "401 200  200  200  200  200  200  200  200",
             lists="partner_id", sees=EVERY_USER),
    ("GET", f"{API}/partners/{{partner_id}}"):
        rule(None,                 "401 200  200  200  200  200  200  200  200"),
    ("PATCH", f"{API}/partners/{{partner_id}}"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    ("POST", f"{API}/partners/{{partner_id}}/archive"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    # ---- audit trail: the city only ------------------------------------------------------
    ("GET", f"{API}/audit-events"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    # ---- equipment: the city writes; the spaces' side reads what is at its spaces ----------
    ("POST", f"{API}/equipment"):
        rule("equipment:write",    "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/equipment"):
        rule("equipment:read",     "401 200  200  200  200  200  200  200  403",
             lists="item_id", sees="city assoc_own vol_assigned key_scoped"),
    # an association imports descriptions of the items at its spaces (A2's: unknown → 422)
    ("POST", f"{API}/equipment/import"):
        rule("equipment:import",   "401 200  200  422  403  403  403  200  403"),
    ("GET", f"{API}/equipment/{{item_id}}"):
        rule("equipment:read",     "401 200  200  404  200  404  404  200  403"),
    ("PATCH", f"{API}/equipment/{{item_id}}"):
        rule("equipment:write",    "401 200  403  404  403  404  404  403  403"),
    ("POST", f"{API}/equipment/{{item_id}}/movements"):
        rule("equipment:write",    "401 201  403  404  403  404  404  403  403"),
    ("GET", f"{API}/equipment/{{item_id}}/movements"):
        rule("equipment:read",     "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/stats/equipment"):
        rule("equipment:read",     "401 200  200  200  200  200  200  200  403"),
    # ---- loan agreements: between the city and an association (its volunteers read) ---------
    ("POST", f"{API}/loan-agreements"):
        rule("equipment:write",    "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/loan-agreements"):
        rule("equipment:read",     "401 200  200  200  200  200  200  200  403",
             lists="agreement_id", sees="city assoc_own vol_assigned vol_unassigned key_scoped"),
    ("GET", f"{API}/loan-agreements/{{agreement_id}}"):
        rule("equipment:read",     "401 200  200  404  200  200  404  200  403"),
    ("PATCH", f"{API}/loan-agreements/{{agreement_id}}"):
        rule("equipment:write",    "401 200  403  404  403  403  404  403  403"),
    ("POST", f"{API}/loan-agreements/{{agreement_id}}/transitions"):
        rule("equipment:write",    "401 200  403  404  403  403  404  403  403"),
    ("GET", f"{API}/loan-agreements/{{agreement_id}}/equipment"):
        rule("equipment:read",     "401 200  200  404  200  200  404  200  403"),
    # ---- maintenance: the requester's side (the space's association and volunteers) and the
    # ticket's operator. A move that exists for another relation is the state machine's 403
    # (it lists the moves allowed to the caller); a field the relation may not change is 403.
    ("POST", f"{API}/maintenance-tickets"):
        rule("tickets:write",      "401 201  201  422  201  422  403  201  403"),
    ("GET", f"{API}/maintenance-tickets"):
        rule("tickets:read",       "401 200  200  200  200  200  200  200  403",
             lists="ticket_id", sees="city assoc_own vol_assigned partner key_scoped"),
    ("GET", f"{API}/maintenance-tickets/{{ticket_id}}"):
        rule("tickets:read",       "401 200  200  404  200  404  200  200  403"),
    ("PATCH", f"{API}/maintenance-tickets/{{ticket_id}}"):
        rule("tickets:write",      "401 200  403  404  403  404  200  403  403"),
    ("POST", f"{API}/maintenance-tickets/{{ticket_id}}/transitions"):
        rule("tickets:write",      "401 200  403  404  403  404  200  403  403"),
    ("POST", f"{API}/maintenance-tickets/{{ticket_id}}/comments"):
        rule("tickets:write",      "401 201  201  404  201  404  201  201  403"),
    ("GET", f"{API}/maintenance-tickets/{{ticket_id}}/events"):
        rule("tickets:read",       "401 200  200  404  200  404  200  200  403"),
    ("POST", f"{API}/maintenance-tickets/{{ticket_id}}/equipment-repair"):
        rule("tickets:write",      "401 200  403  404  403  404  200  403  403"),
    ("GET", f"{API}/partners/{{partner_id}}/maintenance-contract"):
        rule(None,                 "401 200  200  200  200  200  200  200  200"),
    ("PUT", f"{API}/partners/{{partner_id}}/maintenance-contract"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    ("GET", f"{API}/stats/maintenance"):
        rule("stats:read",         "401 200  200  200  200  200  200  200  403"),
    # ---- skills catalogue: read by every user, written by the city -------------------------
    ("GET", f"{API}/skills"):
        rule("training:read",      "401 200  200  200  200  200  200  200  403"),
    ("POST", f"{API}/skills"):
        rule("training:write",     "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/skills/{{code}}"):
        rule("training:read",      "401 200  200  200  200  200  200  200  403"),
    ("PATCH", f"{API}/skills/{{code}}"):
        rule("training:write",     "401 200  403  403  403  403  403  403  403"),
    ("POST", f"{API}/skills/{{code}}/archive"):
        rule("training:write",     "401 200  403  403  403  403  403  403  403"),
    ("DELETE", f"{API}/skills/{{code}}"):
        rule("training:write",     "401 204  403  403  403  403  403  403  403"),
    # ---- training sessions: the city and the session's provider manage (the matrix's partner
    # is a maintenance operator: it sees no other provider's session); associations and
    # volunteers read and enrol. Enrolling a person the caller cannot see is an unknown
    # reference in the body (422), as for spaces.
    ("POST", f"{API}/training-sessions"):
        rule("training:write",     "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/training-sessions"):
        rule("training:read",      "401 200  200  200  200  200  200  200  403",
             lists="session_id",
             sees="city assoc_own assoc_other vol_assigned vol_unassigned key_scoped"),
    ("GET", f"{API}/training-sessions.ics"):
        rule("training:read",      "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/training-sessions/{{session_id}}"):
        rule("training:read",      "401 200  200  200  200  200  404  200  403"),
    ("PATCH", f"{API}/training-sessions/{{session_id}}"):
        rule("training:write",     "401 200  403  403  403  403  404  403  403"),
    ("POST", f"{API}/training-sessions/{{session_id}}/transitions"):
        rule("training:write",     "401 200  403  403  403  403  404  403  403"),
    ("POST", f"{API}/training-sessions/{{session_id}}/enrolments"):
        rule("training:write",     "401 201  201  422  422  422  404  201  403"),
    ("GET", f"{API}/training-sessions/{{session_id}}/enrolments"):
        rule("training:read",      "401 200  200  200  200  200  404  200  403",
             lists="enrolment_id", sees="city assoc_own key_scoped"),
    ("POST", f"{API}/training-sessions/{{session_id}}/enrolments/{{enrolment_id}}/cancel"):
        rule("training:write",     "401 200  200  404  404  404  404  200  403"),
    ("PATCH", f"{API}/training-sessions/{{session_id}}/enrolments/{{enrolment_id}}"):
        rule("training:write",     "401 200  403  404  404  404  404  403  403"),
    ("POST", f"{API}/training-sessions/{{session_id}}/attendance"):
        rule("training:write",     "401 200  403  403  403  403  404  403  403"),
    ("GET", f"{API}/users/{{user_id}}/skills"):
        rule("training:read",      "401 200  200  404  404  404  404  200  403"),
    ("GET", f"{API}/spaces/{{space_id}}/training-summary"):
        rule("training:read",      "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/public/training-sessions"):     PUBLIC,
    ("GET", f"{API}/public/training-sessions.ics"): PUBLIC,
    # ---- public directory and national standard export (no credentials) ---------------------
    ("GET", f"{API}/public/spaces"):                       PUBLIC,
    ("GET", f"{API}/public/lieux-mediation-numerique.csv"):  PUBLIC,
    ("GET", f"{API}/public/lieux-mediation-numerique.json"): PUBLIC,
    # ---- visits: the spaces' side records (a space outside the caller's reach in the body or
    # in an imported row is an unknown reference: 422); the city reads and imports history
    ("POST", f"{API}/visits"):
        rule("visits:write",       "401 403  201  422  201  422  403  201  403"),
    ("GET", f"{API}/visits"):
        rule("visits:read",        "401 200  200  200  200  200  200  200  403",
             lists="visit_id", sees="city assoc_own vol_assigned key_scoped"),
    ("POST", f"{API}/visits/import"):
        rule("visits:import",      "401 200  200  422  403  403  403  200  403"),
    # ---- background imports: the same roles as the synchronous imports; a job or upload is its
    # association's (the city sees all); another association's job on A1's spaces is queued
    # (and fails when it runs, as its synchronous import answers 422)
    ("POST", f"{API}/imports/uploads"):
        rule("visits:import",      "401 201  201  201  403  403  403  201  403"),
    ("GET", f"{API}/imports/uploads/{{upload_id}}"):
        rule("visits:import",      "401 200  200  404  404  404  404  200  403"),
    ("PUT", f"{API}/imports/uploads/{{upload_id}}/content"):
        rule("visits:import",      "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/imports"):
        rule("visits:import",      "401 202  202  202  403  403  403  202  403"),
    ("GET", f"{API}/imports"):
        rule("visits:import",      "401 200  200  200  200  200  200  200  200",
             lists="job_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/imports/{{job_id}}"):
        rule("visits:import",      "401 200  200  404  404  404  404  200  403"),
    ("DELETE", f"{API}/imports/{{job_id}}"):
        rule("visits:import",      "401 200  200  404  404  404  404  200  403"),
    ("GET", f"{API}/visits/{{visit_id}}"):
        rule("visits:read",        "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/stats/visits"):
        rule("stats:read",         "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/spaces/{{space_id}}/activity-report"):
        rule("stats:read",         "401 200  200  404  200  404  404  200  403"),
    # ---- webhooks: the city's alone (403 before any lookup; keys never) ----------------------
    ("POST", f"{API}/webhooks"):
        rule(None,                 "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/webhooks"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    ("GET", f"{API}/webhooks/{{webhook_id}}"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    ("PATCH", f"{API}/webhooks/{{webhook_id}}"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    ("POST", f"{API}/webhooks/{{webhook_id}}/archive"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    ("GET", f"{API}/webhooks/{{webhook_id}}/deliveries"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    ("POST", f"{API}/webhooks/{{webhook_id}}/deliveries/{{delivery_id}}/redeliver"):
        rule(None,                 "401 202  403  403  403  403  403  403  403"),
    ("POST", f"{API}/webhooks/{{webhook_id}}/ping"):
        rule(None,                 "401 200  403  403  403  403  403  403  403"),
    # ---- labels: the association prepares for its spaces, volunteers read, the city reviews;
    # the city is not the applicant, so withdrawing a draft is the applicant's move, not its own
    # (403, listing the moves it has: none until the application is submitted)
    ("GET", f"{API}/label-criteria"):
        rule("labels:read",        "401 200  200  200  200  200  200  200  403"),
    ("PUT", f"{API}/label-criteria"):
        rule("labels:write",       "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/label-criteria/versions"):
        rule("labels:read",        "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/label-criteria/versions/{{number}}"):
        rule("labels:read",        "401 200  200  200  200  200  200  200  403"),
    ("POST", f"{API}/label-applications"):
        rule("labels:write",       "401 403  201  422  403  403  403  201  403"),
    ("GET", f"{API}/label-applications"):
        rule("labels:read",        "401 200  200  200  200  200  200  200  403",
             lists="application_id", sees="city assoc_own vol_assigned key_scoped"),
    ("GET", f"{API}/label-applications/{{application_id}}"):
        rule("labels:read",        "401 200  200  404  200  404  404  200  403"),
    ("POST", f"{API}/label-applications/{{application_id}}/evaluate"):
        rule("labels:write",       "401 200  200  404  403  404  404  200  403"),
    ("POST", f"{API}/label-applications/{{application_id}}/transitions"):
        rule("labels:write",       "401 403  200  404  403  404  404  200  403"),
    # the target draft lacks its mandatory criteria: submitting it is refused by the rule (409
    # listing them) for the applicant side, and is the applicant's move, not the city's (403)
    ("POST", f"{API}/label-applications/{{application_id}}/submit"):
        rule("labels:write",       "401 403  409  404  403  404  404  409  403"),
    ("PUT", f"{API}/label-applications/{{application_id}}/attestations/{{criterion}}"):
        rule("labels:write",       "401 403  200  404  403  404  404  200  403"),
    ("PUT", f"{API}/label-applications/{{application_id}}/waivers/{{criterion}}"):
        rule("labels:write",       "401 200  403  404  403  404  404  403  403"),
    ("GET", f"{API}/label-applications/{{application_id}}/history"):
        rule("labels:read",        "401 200  200  404  200  404  404  200  403"),
    # ---- meetings: the city organises (and an association its working groups); an invited
    # association reads, answers and proposes items, the organiser alone changes the meeting;
    # volunteers and partners see only the meetings they are invited to (none here: 404)
    ("POST", f"{API}/meetings"):
        rule("meetings:write",     "401 201  201  201  403  403  403  201  403"),
    ("GET", f"{API}/meetings"):
        rule("meetings:read",      "401 200  200  200  200  200  200  200  403",
             lists="meeting_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/meetings.ics"):
        rule("meetings:read",      "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/meetings/{{meeting_id}}"):
        rule("meetings:read",      "401 200  200  404  404  404  404  200  403"),
    ("GET", f"{API}/meetings/{{meeting_id}}.ics"):
        rule("meetings:read",      "401 200  200  404  404  404  404  200  403"),
    ("PATCH", f"{API}/meetings/{{meeting_id}}"):
        rule("meetings:write",     "401 200  403  404  404  404  404  403  403"),
    ("POST", f"{API}/meetings/{{meeting_id}}/transitions"):
        rule("meetings:write",     "401 200  403  404  404  404  404  403  403"),
    ("POST", f"{API}/meetings/{{meeting_id}}/invitees"):
        rule("meetings:write",     "401 201  403  404  404  404  404  403  403"),
    ("PATCH", f"{API}/meetings/{{meeting_id}}/invitees/{{invitee_id}}"):
        rule("meetings:write",     "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/meetings/{{meeting_id}}/agenda-items"):
        rule("meetings:write",     "401 201  201  404  404  404  404  201  403"),
    ("PATCH", f"{API}/meetings/{{meeting_id}}/agenda-items/{{item_id}}"):
        rule("meetings:write",     "401 200  403  404  404  404  404  403  403"),
    ("POST", f"{API}/meetings/{{meeting_id}}/decisions"):
        rule("meetings:write",     "401 201  403  404  404  404  404  403  403"),
    ("GET", f"{API}/meetings/{{meeting_id}}/minutes/revisions"):
        rule("meetings:read",      "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/meetings/{{meeting_id}}/minutes/revisions"):
        rule("meetings:write",     "401 201  403  404  404  404  404  403  403"),
    # ---- decisions: those of the meetings one sees, and those concerning one's association
    ("GET", f"{API}/decisions"):
        rule("meetings:read",      "401 200  200  200  200  200  200  200  403",
             lists="decision_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/decisions/{{decision_id}}"):
        rule("meetings:read",      "401 200  200  404  404  404  404  200  403"),
    # ---- follow-up actions: the owner's association and the city (an owner outside the
    # caller's reach in the body is an unknown reference: 422)
    ("POST", f"{API}/actions"):
        rule("meetings:write",     "401 201  201  422  403  403  403  201  403"),
    ("GET", f"{API}/actions"):
        rule("meetings:read",      "401 200  200  200  200  200  200  200  403",
             lists="action_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/actions/{{action_id}}"):
        rule("meetings:read",      "401 200  200  404  404  404  404  200  403"),
    ("PATCH", f"{API}/actions/{{action_id}}"):
        rule("meetings:write",     "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/actions/{{action_id}}/transitions"):
        rule("meetings:write",     "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/actions/{{action_id}}/comments"):
        rule("meetings:write",     "401 201  201  404  404  404  404  201  403"),
    ("GET", f"{API}/actions/{{action_id}}/comments"):
        rule("meetings:read",      "401 200  200  404  404  404  404  200  403"),
    # ---- development plans: the association writes and submits its own, the city agrees and
    # closes them and reports too; volunteers and partners see none (404)
    ("POST", f"{API}/development-plans"):
        rule("plans:write",        "401 403  201  201  403  403  403  201  403"),
    ("GET", f"{API}/development-plans"):
        rule("plans:read",         "401 200  200  200  200  200  200  200  403",
             lists="plan_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/development-plans/{{plan_id}}"):
        rule("plans:read",         "401 200  200  404  404  404  404  200  403"),
    ("PATCH", f"{API}/development-plans/{{plan_id}}"):
        rule("plans:write",        "401 403  200  404  404  404  404  200  403"),
    ("POST", f"{API}/development-plans/{{plan_id}}/transitions"):
        rule("plans:write",        "401 403  200  404  404  404  404  200  403"),
    ("POST", f"{API}/development-plans/{{plan_id}}/objectives"):
        rule("plans:write",        "401 403  201  404  404  404  404  201  403"),
    ("PATCH", f"{API}/development-plans/{{plan_id}}/objectives/{{objective_id}}"):
        rule("plans:write",        "401 403  200  404  404  404  404  200  403"),
    ("DELETE", f"{API}/development-plans/{{plan_id}}/objectives/{{objective_id}}"):
        rule("plans:write",        "401 403  204  404  404  404  404  204  403"),
    ("PUT", f"{API}/development-plans/{{plan_id}}/objectives/{{objective_id}}/report"):
        rule("plans:write",        "401 200  200  404  404  404  404  200  403"),
    ("GET", f"{API}/development-plans/{{plan_id}}/versions"):
        rule("plans:read",         "401 200  200  404  404  404  404  200  403"),
    ("GET", f"{API}/development-plans/{{plan_id}}/versions/{{number}}"):
        rule("plans:read",         "401 200  200  404  404  404  404  200  403"),
    # the review: the city the network's, an association its own (by default); nobody else
    ("GET", f"{API}/reports/network-review"):
        rule("stats:read",         "401 200  200  200  404  404  404  200  403"),
    # ---- subscriptions: the city and the space's association write; a volunteer reads its
    # spaces' (read-only); partners see none (the comparison answers them 404)
    ("POST", f"{API}/spaces/{{space_id}}/subscriptions"):
        rule("subscriptions:write", "401 201  201  404  403  404  404  201  403"),
    ("GET", f"{API}/spaces/{{space_id}}/subscriptions"):
        rule("subscriptions:read", "401 200  200  404  200  404  404  200  403",
             lists="subscription_id", sees="city assoc_own vol_assigned key_scoped"),
    ("GET", f"{API}/subscriptions"):
        rule("subscriptions:read", "401 200  200  200  200  200  200  200  403",
             lists="subscription_id", sees="city assoc_own vol_assigned key_scoped"),
    ("GET", f"{API}/subscriptions/expiring"):
        rule("subscriptions:read", "401 200  200  200  200  200  200  200  403",
             lists="subscription_id", sees="city assoc_own vol_assigned key_scoped"),
    ("GET", f"{API}/subscriptions/{{subscription_id}}"):
        rule("subscriptions:read", "401 200  200  404  200  404  404  200  403"),
    ("PATCH", f"{API}/subscriptions/{{subscription_id}}"):
        rule("subscriptions:write", "401 200  200  404  403  404  404  200  403"),
    ("POST", f"{API}/subscriptions/{{subscription_id}}/periods"):
        rule("subscriptions:write", "401 201  201  404  403  404  404  201  403"),
    ("GET", f"{API}/subscriptions/{{subscription_id}}/periods"):
        rule("subscriptions:read", "401 200  200  404  200  404  404  200  403"),
    ("POST", f"{API}/subscriptions/{{subscription_id}}/end"):
        rule("subscriptions:write", "401 200  200  404  403  404  404  200  403"),
    ("GET", f"{API}/stats/subscriptions"):
        rule("subscriptions:read", "401 200  200  200  200  200  404  200  403"),
    # ---- skills coverage: the space's (city, its association, its volunteers); the network
    # view scoped the same way (an unassigned volunteer's is empty); partners nothing
    ("GET", f"{API}/spaces/{{space_id}}/skills-coverage"):
        rule("recruitment:read",   "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/stats/skills-coverage"):
        rule("recruitment:read",   "401 200  200  200  200  200  404  200  403"),
    # ---- documents: scoped like what they belong to (the target: A1's, at S1); the city and
    # the association upload, volunteers read those of their spaces; another association's
    # upload for S1 is 422 at space_id (S1 is not in its scope: the body names it, not the path)
    ("POST", f"{API}/documents"):
        rule("documents:write",    "401 201  201  422  403  403  403  201  403"),
    ("GET", f"{API}/documents"):
        rule("documents:read",     "401 200  200  200  200  200  200  200  403",
             lists="document_id", sees="city assoc_own vol_assigned key_scoped"),
    ("GET", f"{API}/documents/{{document_id}}"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/documents/{{document_id}}/content"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/documents/{{document_id}}/versions"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/documents/{{document_id}}/versions/{{number}}/content"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403"),
    ("POST", f"{API}/documents/{{document_id}}/versions"):
        rule("documents:write",    "401 201  201  404  403  404  404  201  403"),
    ("POST", f"{API}/documents/{{document_id}}/archive"):
        rule("documents:write",    "401 200  200  404  403  404  404  200  403"),
    # signatures: the city signs for the city, A1's users for the association; a volunteer
    # (in scope) signs for nobody (403), nor does an API key (a signature is a person's)
    ("POST", f"{API}/documents/{{document_id}}/signatures"):
        rule("documents:write",    "401 201  201  404  403  404  404  403  403"),
    ("GET", f"{API}/documents/{{document_id}}/signatures"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/documents/{{document_id}}/verification"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403"),
    # ---- insurance certificates: the space's association records them from its document;
    # the city confirms or rejects and lists those ending soon; a volunteer reads its spaces'
    ("POST", f"{API}/spaces/{{space_id}}/insurance-certificates"):
        rule("documents:write",    "401 201  201  404  403  404  404  201  403"),
    ("GET", f"{API}/spaces/{{space_id}}/insurance-certificates"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403",
             lists="certificate_id", sees="city assoc_own vol_assigned key_scoped"),
    ("GET", f"{API}/insurance-certificates/expiring"):
        rule("documents:read",     "401 200  403  403  403  403  403  403  403"),
    ("GET", f"{API}/insurance-certificates/{{certificate_id}}"):
        rule("documents:read",     "401 200  200  404  200  404  404  200  403"),
    ("POST", f"{API}/insurance-certificates/{{certificate_id}}/confirm"):
        rule("documents:write",    "401 200  403  404  403  404  404  403  403"),
    ("POST", f"{API}/insurance-certificates/{{certificate_id}}/reject"):
        rule("documents:write",    "401 200  403  404  403  404  404  403  403"),
    # ---- engagements: the city and the space's association manage them; a volunteer reads
    # its own and those it tutors (the target is another volunteer's: 404); partners nothing.
    # Another association names a space it does not see: 422 (no such space), nothing written
    ("POST", f"{API}/engagements"):
        rule("engagements:write",  "401 201  201  422  403  403  403  201  403"),
    ("GET", f"{API}/engagements"):
        rule("engagements:read",   "401 200  200  200  200  200  200  200  403",
             lists="engagement_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/engagements/{{engagement_id}}"):
        rule("engagements:read",   "401 200  200  404  404  404  404  200  403"),
    ("PATCH", f"{API}/engagements/{{engagement_id}}"):
        rule("engagements:write",  "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/engagements/{{engagement_id}}/transitions"):
        rule("engagements:write",  "401 200  200  404  404  404  404  200  403"),
    # resource persons: read by the association's members and the city, marked by the
    # association and the city; another association and partners do not see the association
    ("GET", f"{API}/associations/{{association_id}}/resource-persons"):
        rule("engagements:read",   "401 200  200  404  200  200  404  200  403",
             lists="resource_person_id",
             sees="city assoc_own vol_assigned vol_unassigned key_scoped"),
    ("PUT", f"{API}/associations/{{association_id}}/resource-persons/{{user_id}}"):
        rule("engagements:write",  "401 200  200  404  403  403  404  200  403"),
    ("DELETE", f"{API}/associations/{{association_id}}/resource-persons/{{user_id}}"):
        rule("engagements:write",  "401 204  204  404  403  403  404  204  403"),
    # ---- equipment requests: an association asks for its spaces (a space of another in the
    # body is an unknown reference: 422), the city reviews (a withdrawal is the association's)
    ("POST", f"{API}/equipment-requests"):
        rule("allocation:write",   "401 403  201  422  403  403  403  201  403"),
    ("GET", f"{API}/equipment-requests"):
        rule("allocation:read",    "401 200  200  200  200  200  200  200  403",
             lists="request_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/equipment-requests/{{request_id}}"):
        rule("allocation:read",    "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/equipment-requests/{{request_id}}/transitions"):
        rule("allocation:write",   "401 403  200  404  404  404  404  200  403"),
    # ---- allocation plans: the city's working documents; nobody else sees them (404)
    ("POST", f"{API}/allocation-plans"):
        rule("allocation:write",   "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/allocation-plans"):
        rule("allocation:read",    "401 200  200  200  200  200  200  200  403",
             lists="allocation_plan_id", sees="city"),
    ("GET", f"{API}/allocation-plans/{{allocation_plan_id}}"):
        rule("allocation:read",    "401 200  404  404  404  404  404  404  403"),
    ("POST", f"{API}/allocation-plans/{{allocation_plan_id}}/lines"):
        rule("allocation:write",   "401 201  404  404  404  404  404  404  403"),
    ("DELETE", f"{API}/allocation-plans/{{allocation_plan_id}}/lines/{{line_id}}"):
        rule("allocation:write",   "401 204  404  404  404  404  404  404  403"),
    ("POST", f"{API}/allocation-plans/{{allocation_plan_id}}/execute"):
        rule("allocation:write",   "401 200  404  404  404  404  404  404  403"),
    # ---- generated documents: the city edits the clause templates (a new version each time;
    # users only), every caller reads them with the kind's scope (`loan_agreement` here:
    # equipment:read); each PDF is read exactly as the resource it prints
    ("GET", f"{API}/document-templates/{{kind}}"):
        rule("equipment:read",     "401 200  200  200  200  200  200  200  403"),
    ("PUT", f"{API}/document-templates/{{kind}}"):
        rule("equipment:read",     "401 201  403  403  403  403  403  403  403"),
    ("GET", f"{API}/document-templates/{{kind}}/versions"):
        rule("equipment:read",     "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/document-templates/{{kind}}/versions/{{version}}"):
        rule("equipment:read",     "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/loan-agreements/{{agreement_id}}/agreement.pdf"):
        rule("equipment:read",     "401 200  200  404  200  200  404  200  403"),
    # filing it as a document to sign: the city and the agreement's association (volunteers
    # read the agreement but upload nothing)
    ("POST", f"{API}/loan-agreements/{{agreement_id}}/document"):
        rule("documents:write",    "401 201  201  404  403  403  404  201  403"),
    ("GET", f"{API}/label-applications/{{application_id}}/charter.pdf"):
        rule("labels:read",        "401 200  200  404  200  404  404  200  403"),
    ("GET", f"{API}/label-criteria/versions/{{number}}/charter.pdf"):
        rule("labels:read",        "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/equipment/{{item_id}}/movements/{{movement_id}}/receipt.pdf"):
        rule("equipment:read",     "401 200  200  404  200  404  404  200  403"),
    # ---- recruitment: the city writes the network's descriptions, an association its own (and
    # manages its missions and their applications); a volunteer reads its association's published
    # descriptions and the missions it tutors (none here: 404); partners see nothing of it
    ("POST", f"{API}/job-descriptions"):
        rule("recruitment:write",  "401 201  201  201  403  403  403  201  403"),
    ("GET", f"{API}/job-descriptions"):
        rule("recruitment:read",   "401 200  200  200  200  200  200  200  403",
             lists="description_id",
             sees="city assoc_own vol_assigned vol_unassigned key_scoped"),
    ("GET", f"{API}/job-descriptions/{{description_id}}"):
        rule("recruitment:read",   "401 200  200  404  200  200  404  200  403"),
    ("PATCH", f"{API}/job-descriptions/{{description_id}}"):
        rule("recruitment:write",  "401 403  200  404  403  403  404  200  403"),
    ("POST", f"{API}/job-descriptions/{{description_id}}/transitions"):
        rule("recruitment:write",  "401 403  200  404  403  403  404  200  403"),
    ("GET", f"{API}/job-descriptions/{{description_id}}/versions/{{number}}"):
        rule("recruitment:read",   "401 200  200  404  200  200  404  200  403"),
    # A2 naming A1's space in the body: a space it cannot see is "no such space" (422, as for a
    # body's reference anywhere); the route itself is open to associations
    ("POST", f"{API}/missions"):
        rule("recruitment:write",  "401 201  201  422  403  403  403  201  403"),
    ("GET", f"{API}/missions"):
        rule("recruitment:read",   "401 200  200  200  200  200  200  200  403",
             lists="mission_id", sees="city assoc_own key_scoped"),
    ("GET", f"{API}/missions/stale-applications"):
        rule("recruitment:read",   "401 200  200  200  200  200  200  200  403"),
    ("GET", f"{API}/missions/{{mission_id}}"):
        rule("recruitment:read",   "401 200  200  404  404  404  404  200  403"),
    ("PATCH", f"{API}/missions/{{mission_id}}"):
        rule("recruitment:write",  "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/missions/{{mission_id}}/transitions"):
        rule("recruitment:write",  "401 200  200  404  404  404  404  200  403"),
    ("GET", f"{API}/missions/{{mission_id}}/applications"):
        rule("recruitment:read",   "401 200  200  404  404  404  404  200  403"),
    ("GET", f"{API}/missions/{{mission_id}}/applications/{{application_id}}"):
        rule("recruitment:read",   "401 200  200  404  404  404  404  200  403"),
    ("POST", f"{API}/missions/{{mission_id}}/applications/{{application_id}}/transitions"):
        rule("recruitment:write",  "401 200  200  404  404  404  404  200  403"),
    # the portal's open missions and the application form: anyone, no account
    ("GET", f"{API}/public/missions"):               PUBLIC,
    ("GET", f"{API}/public/missions/{{mission_id}}"): PUBLIC,
    ("POST", f"{API}/public/missions/{{mission_id}}/applications"):
        rule(None,                 "202 202  202  202  202  202  202  202  202"),
}
# fmt: on

_unique = itertools.count(1)
DOCUMENT_PDF, DOCUMENT_PNG = pdf(), png()


def _today() -> date:
    return date.today()


def _now() -> datetime:
    # With Paris' offset (+01:00 / +02:00): every answer must still give UTC with `Z`.
    return datetime.now(PARIS).replace(microsecond=0)


SLA_TERMS = {
    "low": {"acknowledge_hours": 16, "resolve_hours": 72},
    "normal": {"acknowledge_hours": 8, "resolve_hours": 36},
    "high": {"acknowledge_hours": 4, "resolve_hours": 16},
    "urgent": {"acknowledge_hours": 1, "resolve_hours": 8},
}
SUBSCRIPTION = {
    "kind": "internet",
    "provider": "Numericable",
    "offer": "Box pro 100 Mbit/s",
    "connection_type": "cable",
    "monthly_cost_excl_vat_cents": 2900,
    "monthly_cost_incl_vat_cents": 3480,
    "payer": "city",
}
JOB_DESCRIPTION = {
    "kind": "volunteer",
    "title": "Accompagnateur numérique",
    "purpose": "Accompagner les habitants.",
    "skills": [{"skill_code": "open-email-address", "level": "trainer"}],
    "weekly_hours": 6,
}
TICKET = {"category": "printer", "title": "Imprimante en panne", "description": "Bourrage"}

# A minimal valid body per write route; `t` holds the world's target ids.
BODIES = {
    ("POST", f"{API}/auth/token"): lambda t: {
        "data": {"username": t["admin_email"], "password": PASSWORD}
    },
    ("POST", f"{API}/auth/refresh"): lambda t: {"json": {"refresh_token": t["refresh_token"]}},
    ("PATCH", f"{API}/users/me"): lambda t: {"json": {"full_name": "Nom Changé"}},
    ("POST", f"{API}/users"): lambda t: {
        "json": {
            "email": f"recrue{next(_unique)}@example.org",
            "full_name": "Nouvelle Bénévole",
            "role": "volunteer",
            "association_id": t["association_id"],
            "space_ids": [t["space_id"]],
            "password": "une phrase de passe bien longue",
        }
    },
    ("PATCH", f"{API}/users/{{user_id}}"): lambda t: {"json": {"full_name": "Nom Changé"}},
    ("POST", f"{API}/api-keys"): lambda t: {
        "json": {"name": "Import", "association_id": t["association_id"], "scopes": ["spaces:read"]}
    },
    ("POST", f"{API}/associations"): lambda t: {
        "json": {
            "name": f"Centre social {next(_unique)}",
            "rna": f"W{secrets.randbelow(10**9):09d}",
            "neighbourhood": "Hommelet",
        }
    },
    ("PATCH", f"{API}/associations/{{association_id}}"): lambda t: {
        "json": {"neighbourhood": "Hommelet"}
    },
    ("POST", f"{API}/spaces"): lambda t: {
        "json": {
            "association_id": t["association_id"],
            "kind": "paic",
            "name": f"PAIC {next(_unique)}",
            "street": "3 rue de l'Alma",
            "postcode": "59100",
        }
    },
    ("PATCH", f"{API}/spaces/{{space_id}}"): lambda t: {"json": {"name": "ENC renommé"}},
    ("POST", f"{API}/spaces/{{space_id}}/transitions"): lambda t: {"json": {"to": "installing"}},
    ("POST", f"{API}/partners"): lambda t: {
        "json": {"name": f"Partenaire de la matrice {next(_unique)}", "kind": "other"}
    },
    ("PATCH", f"{API}/partners/{{partner_id}}"): lambda t: {"json": {"name": "Opérateur renommé"}},
    ("POST", f"{API}/equipment"): lambda t: {
        "json": {"kind": "desktop", "funding_source": "assoclic"}
    },
    ("POST", f"{API}/equipment/import"): lambda t: {
        "content": "inventory_number,kind,funding_source,notes\n"
        f"{t['inventory_number']},laptop,assoclic,Importé {next(_unique)}\n",
        "headers": {"Content-Type": "text/csv"},
    },
    ("PUT", f"{API}/label-criteria"): lambda t: {
        "json": {
            "criteria": [
                {
                    "code": f"critere_{next(_unique)}",
                    "title": "Charte signée",
                    "kind": "declarative",
                }
            ]
        }
    },
    ("POST", f"{API}/label-applications"): lambda t: {"json": {"space_id": t["space_id"]}},
    ("POST", f"{API}/label-applications/{{application_id}}/transitions"): lambda t: {
        "json": {"to": "withdrawn"}
    },
    ("PUT", f"{API}/label-applications/{{application_id}}/attestations/{{criterion}}"): lambda t: {
        "json": {"document_id": t["charter_id"], "document_reference": "GED-2026-0142"}
    },
    ("PUT", f"{API}/label-applications/{{application_id}}/waivers/{{criterion}}"): lambda t: {
        "json": {"reason": "Travaux en cours, livraison en mars."}
    },
    ("PUT", f"{API}/document-templates/{{kind}}"): lambda t: {
        "json": {
            "title": f"Convention de prêt (matrice {next(_unique)})",
            "clauses": [{"title": "Objet", "text": "La Ville prête le matériel désigné."}],
        }
    },
    ("PATCH", f"{API}/equipment/{{item_id}}"): lambda t: {"json": {"notes": "Révisé"}},
    ("POST", f"{API}/equipment/{{item_id}}/movements"): lambda t: {
        "json": {"kind": "return_to_stock"}
    },
    ("POST", f"{API}/loan-agreements"): lambda t: {
        "json": {
            "association_id": t["association_id"],
            "reference": f"CP-MX-{next(_unique)}",
            "starts_on": (_today() - timedelta(days=30)).isoformat(),
            "ends_on": (_today() + timedelta(days=365)).isoformat(),
        }
    },
    ("PATCH", f"{API}/loan-agreements/{{agreement_id}}"): lambda t: {"json": {"notes": "Avenant"}},
    ("POST", f"{API}/loan-agreements/{{agreement_id}}/transitions"): lambda t: {
        "json": {"to": "pending_signature"}
    },
    ("POST", f"{API}/visits"): lambda t: {
        "json": {
            "space_id": t["space_id"],
            "occurred_at": datetime.now(UTC).isoformat(),
            "duration_minutes": 30,
            "mode": "free_access",
        }
    },
    ("POST", f"{API}/visits/import"): lambda t: {
        "content": "external_id,space_id,occurred_at,duration_minutes,mode\n"
        f"MX-{next(_unique)},{t['space_id']},{datetime.now(UTC).isoformat()},30,remote\n",
        "headers": {"Content-Type": "text/csv"},
    },
    ("POST", f"{API}/imports/uploads"): lambda t: {
        "json": {"kind": "visits", "content_type": "text/csv"}
    },
    ("PUT", f"{API}/imports/uploads/{{upload_id}}/content"): lambda t: {
        "content": b"external_id,space_id,occurred_at,duration_minutes,mode\n",
        "headers": {"Upload-Offset": "0", "Content-Type": "application/octet-stream"},
    },
    ("POST", f"{API}/imports"): lambda t: {
        "content": "external_id,space_id,occurred_at,duration_minutes,mode\n"
        f"MJ-{next(_unique)},{t['space_id']},{datetime.now(UTC).isoformat()},30,remote\n",
        "params": {"kind": "visits"},
        "headers": {"Content-Type": "text/csv"},
    },
    ("GET", f"{API}/stats/visits"): lambda t: {"params": {"group_by": ["space", "month"]}},
    ("GET", f"{API}/spaces/{{space_id}}/activity-report"): lambda t: {
        "params": {"year": _today().year}
    },
    ("POST", f"{API}/webhooks"): lambda t: {
        "json": {"url": "https://93.184.215.14/hook", "event_types": ["space.updated"]}
    },
    ("PATCH", f"{API}/webhooks/{{webhook_id}}"): lambda t: {"json": {"description": "Portail"}},
    ("POST", f"{API}/webhooks/{{webhook_id}}/deliveries/{{delivery_id}}/redeliver"): lambda t: {},
    ("POST", f"{API}/webhooks/{{webhook_id}}/ping"): lambda t: {},
    ("POST", f"{API}/maintenance-tickets"): lambda t: {
        "json": TICKET | {"space_id": t["space_id"]}
    },
    ("PATCH", f"{API}/maintenance-tickets/{{ticket_id}}"): lambda t: {"json": {"priority": "high"}},
    ("POST", f"{API}/maintenance-tickets/{{ticket_id}}/transitions"): lambda t: {
        "json": {"to": "acknowledged"}
    },
    ("POST", f"{API}/maintenance-tickets/{{ticket_id}}/comments"): lambda t: {
        "json": {"body": "Nous passons jeudi matin."}
    },
    ("POST", f"{API}/maintenance-tickets/{{ticket_id}}/equipment-repair"): lambda t: {},
    ("PUT", f"{API}/partners/{{partner_id}}/maintenance-contract"): lambda t: {
        "json": {"clock": "business", "is_network_default": False, "terms": SLA_TERMS}
    },
    ("GET", f"{API}/stats/maintenance"): lambda t: {
        "params": {
            "from": (_now() - timedelta(days=1)).isoformat(),
            "to": (_now() + timedelta(days=1)).isoformat(),
        }
    },
    ("POST", f"{API}/skills"): lambda t: {
        "json": {"code": f"skill-mx-{next(_unique)}", "title_fr": "Savoir", "title_en": "Skill"}
    },
    ("PATCH", f"{API}/skills/{{code}}"): lambda t: {"json": {"title_fr": "Savoir renommé"}},
    ("POST", f"{API}/training-sessions"): lambda t: {
        "json": {
            "title": "Les six savoirs",
            "skills": ["read-caf-file"],
            "audience": "accompagnateurs",
            "provider_id": t["trainer_id"],
            "venue": f"Salle {next(_unique)}",
            "starts_at": (_now() + timedelta(days=7)).isoformat(),
            "ends_at": (_now() + timedelta(days=7, hours=3)).isoformat(),
            "capacity": 10,
        }
    },
    ("PATCH", f"{API}/training-sessions/{{session_id}}"): lambda t: {"json": {"capacity": 12}},
    ("POST", f"{API}/training-sessions/{{session_id}}/transitions"): lambda t: {
        "json": {"to": "cancelled"}
    },
    ("POST", f"{API}/training-sessions/{{session_id}}/enrolments"): lambda t: {
        "json": {"user_id": t["user_id"]}
    },
    ("POST", f"{API}/training-sessions/{{session_id}}/enrolments/{{enrolment_id}}/cancel"): (
        lambda t: {}
    ),
    ("PATCH", f"{API}/training-sessions/{{session_id}}/enrolments/{{enrolment_id}}"): lambda t: {
        "json": {"attendance": "attended"}
    },
    ("POST", f"{API}/training-sessions/{{session_id}}/attendance"): lambda t: {
        "json": {"marks": [{"enrolment_id": t["enrolment_id"], "attendance": "attended"}]}
    },
    ("POST", f"{API}/meetings"): lambda t: {
        "json": {
            "title": "Groupe de travail : imprimantes",
            "kind": "working_group",
            "starts_at": (_now() + timedelta(days=9)).isoformat(),
            "ends_at": (_now() + timedelta(days=9, hours=2)).isoformat(),
            "address": "Maison des associations, Roubaix",
        }
    },
    ("PATCH", f"{API}/meetings/{{meeting_id}}"): lambda t: {"json": {"title": "Réunion de réseau"}},
    ("POST", f"{API}/meetings/{{meeting_id}}/transitions"): lambda t: {
        "json": {"to": "cancelled", "reason": "Salle indisponible."}
    },
    ("POST", f"{API}/meetings/{{meeting_id}}/invitees"): lambda t: {
        "json": {"partner_id": t["operator_id"]}
    },
    ("PATCH", f"{API}/meetings/{{meeting_id}}/invitees/{{invitee_id}}"): lambda t: {
        "json": {"response": "accepted"}
    },
    ("POST", f"{API}/meetings/{{meeting_id}}/agenda-items"): lambda t: {
        "json": {"title": "Horaires d'ouverture"}
    },
    ("PATCH", f"{API}/meetings/{{meeting_id}}/agenda-items/{{item_id}}"): lambda t: {
        "json": {"title": "Convention de prêt (relecture)"}
    },
    ("POST", f"{API}/meetings/{{meeting_id}}/decisions"): lambda t: {
        "json": {"text": "La charte est adoptée.", "association_ids": [t["association_id"]]}
    },
    ("POST", f"{API}/meetings/{{meeting_id}}/minutes/revisions"): lambda t: {
        "json": {
            "note": "Correction.",
            "items": [{"agenda_item_id": t["item_id"], "minutes": "Texte corrigé."}],
        }
    },
    ("POST", f"{API}/actions"): lambda t: {
        "json": {"title": "Recruter un animateur", "owner_association_id": t["association_id"]}
    },
    ("PATCH", f"{API}/actions/{{action_id}}"): lambda t: {"json": {"due_on": "2030-01-31"}},
    ("POST", f"{API}/actions/{{action_id}}/transitions"): lambda t: {
        "json": {"to": "in_progress"}
    },
    ("POST", f"{API}/actions/{{action_id}}/comments"): lambda t: {
        "json": {"body": "Fiche de poste envoyée."}
    },
    ("POST", f"{API}/development-plans"): lambda t: {
        "json": {"period": "2026-2027", "title": "Plan de la matrice"}
    },
    ("PATCH", f"{API}/development-plans/{{plan_id}}"): lambda t: {"json": {"title": "Renommé"}},
    ("POST", f"{API}/development-plans/{{plan_id}}/transitions"): lambda t: {
        "json": {"to": "submitted"}
    },
    ("POST", f"{API}/development-plans/{{plan_id}}/objectives"): lambda t: {
        "json": {"title": "Ouvrir 20 h", "indicator": "hours_open_per_week", "target": 20}
    },
    ("PATCH", f"{API}/development-plans/{{plan_id}}/objectives/{{objective_id}}"): lambda t: {
        "json": {"target": 3}
    },
    ("PUT", f"{API}/development-plans/{{plan_id}}/objectives/{{objective_id}}/report"): (
        lambda t: {"json": {"value": 1}}
    ),
    ("GET", f"{API}/reports/network-review"): lambda t: {"params": {"year": _today().year}},
    ("POST", f"{API}/spaces/{{space_id}}/subscriptions"): lambda t: {"json": SUBSCRIPTION},
    ("PATCH", f"{API}/subscriptions/{{subscription_id}}"): lambda t: {
        "json": {"notes": "Débit mesuré par l'accompagnateur."}
    },
    ("POST", f"{API}/subscriptions/{{subscription_id}}/periods"): lambda t: {
        "json": {"offer": "Fibre pro 500 Mbit/s", "connection_type": "fibre"}
    },
    ("POST", f"{API}/subscriptions/{{subscription_id}}/end"): lambda t: {
        "json": {"reason": "Résilié."}
    },
    ("GET", f"{API}/subscriptions/expiring"): lambda t: {"params": {"within_days": 60}},
    ("POST", f"{API}/documents"): lambda t: {
        "data": {"kind": "charter", "title": "Charte du label ENC", "space_id": t["space_id"]},
        "files": {"file": ("charte.pdf", DOCUMENT_PDF, "application/pdf")},
    },
    ("POST", f"{API}/documents/{{document_id}}/versions"): lambda t: {
        "files": {"file": ("charte-v2.png", DOCUMENT_PNG, "image/png")}
    },
    ("POST", f"{API}/documents/{{document_id}}/signatures"): lambda t: {
        "data": {"method": "scan", "consent": "true"},
        "files": {"file": ("charte-signee.png", DOCUMENT_PNG, "image/png")},
    },
    ("POST", f"{API}/spaces/{{space_id}}/insurance-certificates"): lambda t: {
        "json": {
            "document_id": t["document_id"],
            "insurer": "MAIF",
            "policy_number": "RC-2026-0042",
            "valid_from": (_today() - timedelta(days=10)).isoformat(),
            "valid_until": (_today() + timedelta(days=300)).isoformat(),
        }
    },
    ("POST", f"{API}/insurance-certificates/{{certificate_id}}/confirm"): lambda t: {},
    ("POST", f"{API}/insurance-certificates/{{certificate_id}}/reject"): lambda t: {
        "json": {"reason": "L'attestation ne couvre pas ces locaux."}
    },
    ("POST", f"{API}/engagements"): lambda t: {
        "json": {
            "user_id": t["member_id"],
            "space_id": t["space_id"],
            "kind": "volunteer",
            "starts_on": (_today() + timedelta(days=1)).isoformat(),
            "weekly_hours": 4,
        }
    },
    ("PATCH", f"{API}/engagements/{{engagement_id}}"): lambda t: {"json": {"weekly_hours": 5}},
    ("POST", f"{API}/engagements/{{engagement_id}}/transitions"): lambda t: {
        "json": {"to": "cancelled", "reason": "Engagement reporté."}
    },
    ("PUT", f"{API}/associations/{{association_id}}/resource-persons/{{user_id}}"): lambda t: {
        "json": {"skills": ["read-caf-file"]}
    },
    ("POST", f"{API}/equipment-requests"): lambda t: {
        "json": {
            "space_id": t["space_id"],
            "kind": "desktop",
            "quantity": 1,
            "justification": "Un poste pour l'accueil.",
        }
    },
    ("POST", f"{API}/equipment-requests/{{request_id}}/transitions"): lambda t: {
        "json": {"to": "withdrawn"}
    },
    ("POST", f"{API}/allocation-plans"): lambda t: {"json": {"title": "Plan de la matrice"}},
    ("POST", f"{API}/allocation-plans/{{allocation_plan_id}}/lines"): lambda t: {
        "json": {"request_id": t["approved_request_id"], "quantity": 1}
    },
    ("POST", f"{API}/allocation-plans/{{allocation_plan_id}}/execute"): lambda t: {},
    ("POST", f"{API}/job-descriptions"): lambda t: {"json": JOB_DESCRIPTION},
    ("PATCH", f"{API}/job-descriptions/{{description_id}}"): lambda t: {
        "json": {"weekly_hours": 8}
    },
    ("POST", f"{API}/job-descriptions/{{description_id}}/transitions"): lambda t: {
        "json": {"to": "archived"}
    },
    ("POST", f"{API}/missions"): lambda t: {
        "json": {
            "job_description_id": t["description_id"],
            "space_id": t["space_id"],
            "starts_on": "2030-01-07",
        }
    },
    ("PATCH", f"{API}/missions/{{mission_id}}"): lambda t: {"json": {"places": 2}},
    ("POST", f"{API}/missions/{{mission_id}}/transitions"): lambda t: {"json": {"to": "open"}},
    ("POST", f"{API}/missions/{{mission_id}}/applications/{{application_id}}/transitions"): (
        lambda t: {"json": {"to": "contacted"}}
    ),
    ("POST", f"{API}/public/missions/{{mission_id}}/applications"): lambda t: {
        "json": {
            "full_name": "Candidate de la matrice",
            "email": f"candidate{next(_unique)}@example.org",
            "availability": "Le mercredi",
            "consent": True,
        }
    },
}


def served_routes(application) -> set[tuple[str, str]]:
    """(method, path template) of every route the app answers (mounts excluded)."""
    routes = set()
    for context in iter_route_contexts(application.routes):
        for method in context.methods or ():
            if method not in ("HEAD", "OPTIONS"):
                routes.add((method, context.path))
    return routes


def _collection_routes() -> list[tuple[str, str]]:
    """The routes of an app built just for collection (never connected), plus the table's."""
    settings = Settings(
        env="test", database_url="sqlite+aiosqlite://", secret_key="x" * 40, _env_file=None
    )
    return sorted(served_routes(create_app(settings)) | set(EXPECTATIONS))


CASES = [
    pytest.param(method, path, subject, id=f"{method} {path} [{subject}]")
    for method, path in _collection_routes()
    for subject in SUBJECTS
]


def test_every_route_has_an_access_rule(matrix: Matrix):
    served = served_routes(matrix.world.app)
    missing = sorted(served - set(EXPECTATIONS))
    assert not missing, f"Routes without a row in EXPECTATIONS: {missing}"
    stale = sorted(set(EXPECTATIONS) - served)
    assert not stale, f"Rows for routes the app no longer serves: {stale}"
    assert any(path.startswith(f"{API}/users") for _, path in served)


def test_every_write_route_has_a_body(matrix: Matrix):
    """Writes that take a body have one here (archive/revoke/logout/submit/evaluate take none)."""
    bodiless = ("/archive", "/revoke", "/anonymise", "/logout", "/submit", "/evaluate", "/document")
    for method, path in served_routes(matrix.world.app):
        if method in ("POST", "PATCH", "PUT") and not path.endswith(bodiless):
            assert (method, path) in BODIES, f"No minimal body for {method} {path}"


# ---- the world ----------------------------------------------------------------------------------


async def _ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


class Case:
    """One case's world, made lazily: only what the route and the subject need (each piece
    costs a commit, and the matrix has ~600 cases)."""

    def __init__(
        self, world: World, path: str, rule_: Rule, subject: str, shared: Matrix | None = None
    ) -> None:
        self.world, self.client = world, world.client
        self.path, self.rule, self.subject = path, rule_, subject
        # Shared: A1, its spaces, the operator and the subjects' accounts are the module's.
        self.shared = shared is not None
        self._made: dict = shared.base if shared else {}
        self._accounts: dict | None = shared.accounts if shared else None

    async def _once(self, name: str, make):
        if name not in self._made:
            self._made[name] = await make()
        return self._made[name]

    async def admin(self):
        return await self._once("admin", lambda: self.world.user("city"))

    async def a1(self):
        return await self._once("a1", self.world.association)

    async def s1(self):
        # Planned spaces: cheap to make (no transitions), and archivable as they are.
        return await self._once("s1", self._space)

    async def s1b(self):
        return await self._once("s1b", self._space)

    async def _space(self):
        return await self.world.space((await self.a1()).id, status="planned")

    async def operator(self):
        return await self._once("operator", lambda: self.world.partner("maintenance_operator"))

    async def post(self, url: str, body: dict | None = None, status: int = 200) -> dict:
        admin = await self.admin()
        return await _ok(await self.client.post(url, headers=admin.headers, json=body), status)

    async def agreement(self, active: bool) -> dict:
        a1 = await self.a1()
        body = BODIES[("POST", f"{API}/loan-agreements")]({"association_id": str(a1.id)})["json"]
        agreement = await self.post(f"{API}/loan-agreements", body, 201)
        if active:
            url = f"{API}/loan-agreements/{agreement['id']}/transitions"
            await self.post(url, {"to": "pending_signature"})
            await sign_agreement(self.client, await self.admin(), agreement)
            await self.post(url, {"to": "active", "signed_by": "La présidente"})
        return agreement

    async def item(self) -> dict:
        """An item allocated at S1, under the active agreement of A1 (one at a time)."""
        await self._once("active_agreement", lambda: self.agreement(active=True))
        s1 = await self.s1()
        item = await self.post(
            f"{API}/equipment", {"kind": "laptop", "funding_source": "assoclic"}, 201
        )
        await self.post(
            f"{API}/equipment/{item['id']}/movements",
            {"kind": "allocate", "space_id": str(s1.id)},
            201,
        )
        return item

    async def label_application(self) -> str:
        """A draft for S1 (one per space at a time), made by an association user of A1."""
        a1, s1 = await self.a1(), await self.s1()
        member = await self.world.user("association", association_id=a1.id)
        response = await self.client.post(
            f"{API}/label-applications", json={"space_id": str(s1.id)}, headers=member.headers
        )
        return (await _ok(response, 201))["id"]

    async def development_plan(self, agreed: bool) -> dict:
        """A draft plan of A1 (a period of its own) with an indicator and a declarative
        objective; agreed by the city when asked."""
        a1 = await self.a1()
        member = await self.world.user("association", association_id=a1.id)
        n = next(_unique) % 150
        body = {
            "period": f"{2030 + n}-{2031 + n}",
            "title": "Plan de la matrice",
            "objectives": [
                {"title": "Visites", "indicator": "visits_per_month", "target": 10},
                {"title": "Partenariats", "target": 2, "unit": "partenariats"},
            ],
        }
        url = f"{API}/development-plans"
        response = await self.client.post(url, json=body, headers=member.headers)
        plan = await _ok(response, 201)
        if agreed:
            url = f"{url}/{plan['id']}/transitions"
            await _ok(await self.client.post(url, json={"to": "submitted"}, headers=member.headers))
            await self.post(url, {"to": "agreed"})
        return {"plan_id": plan["id"], "objective_id": plan["objectives"][1]["id"]}

    async def document(self) -> str:
        """A document of A1 at S1, uploaded by the city."""
        admin, s1 = await self.admin(), await self.s1()
        response = await self.client.post(
            f"{API}/documents",
            headers=admin.headers,
            data={"kind": "insurance_certificate", "title": "Attestation", "space_id": str(s1.id)},
            files={"file": ("attestation.pdf", DOCUMENT_PDF, "application/pdf")},
        )
        return (await _ok(response, 201))["id"]

    async def charter(self) -> str:
        """A charter document of A1 at S1, uploaded by the city, signed by A1."""
        admin, s1 = await self.admin(), await self.s1()
        response = await self.client.post(
            f"{API}/documents",
            headers=admin.headers,
            data={"kind": "charter", "title": "Charte du label ENC", "space_id": str(s1.id)},
            files={"file": ("charte.pdf", DOCUMENT_PDF, "application/pdf")},
        )
        charter_id = (await _ok(response, 201))["id"]
        # signed by the association: an unsigned charter does not prove the criterion
        president = await self.world.user("association", association_id=(await self.a1()).id)
        await _ok(await sign(self.client, president, charter_id), 201)
        return charter_id

    async def targets(self) -> dict:
        """The ids the route's path, body and list check refer to."""
        path, targets = self.path, {}
        if self.rule is PUBLIC:
            admin = await self.admin()
            targets["admin_email"] = admin.user.email
            if path.endswith("/auth/refresh"):
                targets["refresh_token"] = await make_refresh_token(self.world, admin.id)
            await self.recruitment_targets(targets)
            return targets
        names = (
            "user_id",
            "key_id",
            "item_id",
            "agreement_id",
            "partner_id",
            "visit_id",
            "ticket_id",
            "application_id",
            "plan_id",
            "objective_id",
            "subscription_id",
            "document_id",
            "request_id",
            "allocation_plan_id",
            "line_id",
            "certificate_id",
            "upload_id",
            "job_id",
        )
        needs = {name for name in names if "{" + name + "}" in path}
        if "insurance-certificates" in path:
            needs.add("document_id")  # an insurance certificate document of A1 at S1
        if self.rule.lists:
            needs.add(self.rule.lists)
        needs |= {name for name in ("session_id", "enrolment_id", "code") if name in path}
        if path.endswith("/attendance"):
            needs.add("enrolment_id")
        if "enrolment_id" in needs:
            needs.add("session_id")
        if "session_id" in needs:
            needs.add("user_id")  # the person enrolled: a volunteer of A1 on S1
        a1, s1 = await self.a1(), await self.s1()
        targets |= {"association_id": str(a1.id), "space_id": str(s1.id)}
        if "partner_id" in needs:
            targets["partner_id"] = str((await self.operator()).id)
        if "user_id" in needs:
            member = await self.world.user("volunteer", association_id=a1.id, space_ids=[s1.id])
            targets["user_id"] = str(member.id)
        if "key_id" in needs:
            _, key = await make_key(self.world, association_id=a1.id, scopes=["spaces:read"])
            targets["key_id"] = str(key.id)
        if "agreement_id" in needs:
            targets["agreement_id"] = (await self.agreement(active=False))["id"]
        if "item_id" in needs:
            targets["item_id"] = (await self.item())["id"]
        if path.endswith("/equipment/import"):
            targets["inventory_number"] = (await self.item())["inventory_number"]
        await self.training_targets(targets, needs)
        await self.maintenance_targets(targets, needs)
        await self.meeting_targets(targets)
        await self.engagement_targets(targets)
        if "visit_id" in needs:  # recorded on S1 by an association user of A1
            member = await self.world.user("association", association_id=a1.id)
            body = BODIES[("POST", f"{API}/visits")](targets)["json"]
            response = await self.client.post(f"{API}/visits", json=body, headers=member.headers)
            targets["visit_id"] = (await _ok(response, 201))["id"]
        await self.recruitment_targets(targets)
        if "application_id" in needs and "application_id" not in targets:
            targets["application_id"] = await self._once("application", self.label_application)
        targets |= {"criterion": "charter_signed", "number": 1}
        targets |= {"kind": "loan_agreement", "version": 1}
        if "{movement_id}" in path:  # the item's allocation at S1
            admin = await self.admin()
            url = f"{API}/equipment/{targets['item_id']}/movements"
            page = await _ok(await self.client.get(url, headers=admin.headers))
            targets["movement_id"] = page["items"][0]["id"]
        if "plan_id" in needs or "objective_id" in needs:
            agreed = self.path.endswith("/versions/{number}")
            plan = await self._once(
                "agreed_plan" if agreed else "plan", lambda: self.development_plan(agreed)
            )
            targets |= plan
        if "subscription_id" in needs:  # on S1, its commitment ending in 30 days
            body = SUBSCRIPTION | {
                "started_on": (_today() - timedelta(days=10)).isoformat(),
                "commitment_ends_on": (_today() + timedelta(days=30)).isoformat(),
            }
            created = await self.post(f"{API}/spaces/{s1.id}/subscriptions", body, 201)
            targets["subscription_id"] = created["id"]
        if "document_id" in needs:
            targets["document_id"] = await self._once("document", self.document)
        await self.allocation_targets(targets, needs)
        if "certificate_id" in needs:  # pending, recorded by the city for S1
            body = BODIES[("POST", f"{API}/spaces/{{space_id}}/insurance-certificates")](targets)
            created = await self.post(
                f"{API}/spaces/{s1.id}/insurance-certificates", body["json"], 201
            )
            targets["certificate_id"] = created["id"]
        if path.endswith("/attestations/{criterion}"):  # a charter of A1 at S1 proves it
            targets["charter_id"] = await self._once("charter", self.charter)
        if "{webhook_id}" in path:
            await self.webhook_targets(targets)
        await self.import_targets(targets, needs)
        if path.endswith("/associations/{association_id}/archive") and not self.shared:
            # Archiving needs its business rule satisfied (no active space): only access decides.
            await self.post(f"{API}/spaces/{s1.id}/archive")
        return targets

    async def import_targets(self, targets: dict, needs: set[str]) -> None:
        """An upload and a (queued) job of A1's, made by an association user of A1."""
        if not needs & {"upload_id", "job_id"}:
            return
        member = await self.world.user("association", association_id=(await self.a1()).id)
        if "upload_id" in needs:
            body = BODIES[("POST", f"{API}/imports/uploads")](targets)["json"]
            response = await self.client.post(
                f"{API}/imports/uploads", json=body, headers=member.headers
            )
            targets["upload_id"] = (await _ok(response, 201))["id"]
        if "job_id" in needs:
            body = BODIES[("POST", f"{API}/imports")](targets)
            response = await self.client.post(
                f"{API}/imports",
                content=body["content"],
                params=body["params"],
                headers={**member.headers, **body["headers"]},
            )
            targets["job_id"] = (await _ok(response, 202))["id"]

    async def allocation_targets(self, targets: dict, needs: set[str]) -> None:
        """A request of A1 at S1 (submitted, by an association user of A1); for the plans, one
        approved for two desktops, a draft plan of the city serving one of them, and a desktop
        in stock under A1's active agreement (so that the plan executes)."""
        if "request_id" in needs:
            a1 = await self.a1()
            member = await self.world.user("association", association_id=a1.id)
            body = BODIES[("POST", f"{API}/equipment-requests")](targets)["json"]
            response = await self.client.post(
                f"{API}/equipment-requests", json=body, headers=member.headers
            )
            targets["request_id"] = (await _ok(response, 201))["id"]
        if not needs & {"allocation_plan_id", "line_id"}:
            return
        a1 = await self.a1()
        member = await self.world.user("association", association_id=a1.id)
        body = BODIES[("POST", f"{API}/equipment-requests")](targets)["json"] | {"quantity": 2}
        response = await self.client.post(
            f"{API}/equipment-requests", json=body, headers=member.headers
        )
        request = await _ok(response, 201)
        url = f"{API}/equipment-requests/{request['id']}/transitions"
        await self.post(url, {"to": "approved"})
        targets["approved_request_id"] = request["id"]
        if self.path.endswith("/execute"):
            await self._once("active_agreement", lambda: self.agreement(active=True))
            desktop = {"kind": "desktop", "funding_source": "assoclic"}
            await self.post(f"{API}/equipment", desktop, 201)
        line = {"request_id": request["id"], "quantity": 1}
        plan = await self.post(
            f"{API}/allocation-plans", {"title": "Plan de la matrice", "lines": [line]}, 201
        )
        targets["allocation_plan_id"] = plan["id"]
        targets["line_id"] = plan["lines"][0]["id"]
    async def recruitment_targets(self, targets: dict) -> None:
        """A published description of A1 (written by an A1 association user), a mission of A1
        at S1 under it (draft; open for the public routes and the applications) and one
        application sent through the public endpoint."""
        path = self.path
        recruiting = (f"{API}/job-descriptions", f"{API}/missions", f"{API}/public/missions")
        if not path.startswith(recruiting):
            return
        a1, s1 = await self.a1(), await self.s1()
        targets |= {"association_id": str(a1.id), "space_id": str(s1.id)}
        member = await self.world.user("association", association_id=a1.id)
        url = f"{API}/job-descriptions"
        body = JOB_DESCRIPTION | {"title": f"Fiche {next(_unique)}"}
        description = await _ok(await self.client.post(url, json=body, headers=member.headers), 201)
        url = f"{url}/{description['id']}/transitions"
        response = await self.client.post(url, json={"to": "published"}, headers=member.headers)
        await _ok(response)
        targets["description_id"] = description["id"]
        if "{mission_id}" not in path and self.rule.lists != "mission_id":
            return
        body = BODIES[("POST", f"{API}/missions")](targets)["json"]
        response = await self.client.post(f"{API}/missions", json=body, headers=member.headers)
        mission = await _ok(response, 201)
        targets["mission_id"] = mission["id"]
        if path.endswith("/{mission_id}/transitions") and not path.startswith(f"{API}/public"):
            return
        if path.startswith(f"{API}/missions/{{mission_id}}") and "applications" not in path:
            return
        url = f"{API}/missions/{mission['id']}/transitions"
        await _ok(await self.client.post(url, json={"to": "open"}, headers=member.headers))
        if "{application_id}" in path:
            url = f"{API}/public/missions/{mission['id']}/applications"
            body = BODIES[("POST", url.replace(mission["id"], "{mission_id}"))](targets)["json"]
            await _ok(await self.client.post(url, json=body), 202)
            listed = await _ok(
                await self.client.get(
                    f"{API}/missions/{mission['id']}/applications", headers=member.headers
                )
            )
            targets["application_id"] = listed["items"][0]["id"]

    async def maintenance_targets(self, targets: dict, needs: set[str]) -> None:
        """The operator's contract, S1 served by it, and a ticket of A1's side at S1."""
        if "maintenance" not in self.path:
            return
        operator = await self.operator()
        targets["partner_id"] = str(operator.id)
        await self._once("contract", self._contract)
        if "ticket_id" in needs:
            body = TICKET | {"space_id": targets["space_id"]}
            if self.path.endswith("/equipment-repair"):
                body["equipment_id"] = (await self.item())["id"]
            targets["ticket_id"] = (await self.post(f"{API}/maintenance-tickets", body, 201))["id"]

    async def _contract(self) -> bool:
        operator, s1, admin = await self.operator(), await self.s1(), await self.admin()
        body = {"clock": "business", "is_network_default": False, "terms": SLA_TERMS}
        url = f"{API}/partners/{operator.id}/maintenance-contract"
        await _ok(await self.client.put(url, headers=admin.headers, json=body))
        body = {"maintenance_operator_id": str(operator.id)}
        await _ok(
            await self.client.patch(f"{API}/spaces/{s1.id}", headers=admin.headers, json=body)
        )
        return True

    async def meeting_targets(self, targets: dict) -> None:
        """A meeting of the city inviting A1 (planned; held for its decisions, its minutes
        published for their revisions), its agenda item and A1's invitation; a decision
        concerning A1; an action owned by A1."""
        path = self.path
        if not path.startswith((f"{API}/meetings", f"{API}/decisions", f"{API}/actions")):
            return
        targets["operator_id"] = str((await self.operator()).id)
        decided = "{decision_id}" in path or self.rule.lists == "decision_id"
        past = decided or path.endswith(("/decisions", "/minutes/revisions"))
        days = -1 if past else 9
        body = {
            "title": "Réunion du réseau",
            "kind": "network_meeting",
            "starts_at": (_now() + timedelta(days=days)).isoformat(),
            "ends_at": (_now() + timedelta(days=days, hours=2)).isoformat(),
            "address": "Hôtel de ville, Roubaix",
            "agenda_cutoff_at": (_now() + timedelta(days=5)).isoformat(),
            "invitees": [{"association_id": targets["association_id"]}],
            "agenda": [{"title": "Convention de prêt"}],
        }
        meeting = await self.post(f"{API}/meetings", body, 201)
        targets["meeting_id"] = meeting["id"]
        targets["invitee_id"] = meeting["invitees"][0]["id"]
        targets["item_id"] = meeting["agenda"][0]["id"]
        url = f"{API}/meetings/{meeting['id']}"
        if past:
            await self.post(f"{url}/transitions", {"to": "held"})
        if decided:
            decision = await self.post(
                f"{url}/decisions",
                {"text": "La charte est adoptée.", "association_ids": [targets["association_id"]]},
                201,
            )
            targets["decision_id"] = decision["decisions"][0]["id"]
        if path.endswith("/minutes/revisions"):
            await self.post(f"{url}/transitions", {"to": "minutes_published"})
        if "{action_id}" in path or self.rule.lists == "action_id":
            body = BODIES[("POST", f"{API}/actions")](targets)["json"]
            targets["action_id"] = (await self.post(f"{API}/actions", body, 201))["id"]

    async def engagement_targets(self, targets: dict) -> None:
        """A volunteer of A1 (assigned nowhere) to engage; an engagement of the target
        volunteer at S1 starting tomorrow (planned); that volunteer marked resource person."""
        path = self.path
        if path == f"{API}/engagements":
            member = await self.world.user("volunteer", association_id=(await self.a1()).id)
            targets["member_id"] = str(member.id)
        engaged = "{engagement_id}" in path or self.rule.lists == "engagement_id"
        if not (engaged or "/resource-persons" in path):
            return
        if "user_id" not in targets:
            s1 = await self.s1()
            member = await self.world.user(
                "volunteer", association_id=(await self.a1()).id, space_ids=[s1.id]
            )
            targets["user_id"] = str(member.id)
        if engaged:
            body = {
                "user_id": targets["user_id"],
                "space_id": targets["space_id"],
                "kind": "volunteer",
                "starts_on": (_today() + timedelta(days=1)).isoformat(),
                "weekly_hours": 4,
            }
            targets["engagement_id"] = (await self.post(f"{API}/engagements", body, 201))["id"]
        if "/resource-persons" in path:
            url = f"{API}/associations/{targets['association_id']}/resource-persons"
            admin = await self.admin()
            response = await self.client.put(
                f"{url}/{targets['user_id']}", headers=admin.headers, json={}
            )
            targets["resource_person_id"] = (await _ok(response))["id"]

    async def webhook_targets(self, targets: dict) -> None:
        """A subscription of the city (public literal address: no DNS) and one delivery."""
        from uuid import UUID

        from app.models.webhook import WebhookDelivery

        body = BODIES[("POST", f"{API}/webhooks")](targets)["json"]
        targets["webhook_id"] = (await self.post(f"{API}/webhooks", body, 201))["id"]
        async with self.world.session() as session:
            delivery = WebhookDelivery(
                subscription_id=UUID(targets["webhook_id"]),
                event_type="space.updated",
                message_id="msg_matrix",
                body={},
                status="succeeded",
            )
            session.add(delivery)
            await session.commit()
            targets["delivery_id"] = str(delivery.id)

    async def training_targets(self, targets: dict, needs: set[str]) -> None:
        """A custom skill, a session of a training provider and an enrolment of A1's member."""
        path = self.path
        if "/training-sessions" in path:
            targets["trainer_id"] = str((await self.world.partner("training_provider")).id)
        if "code" in needs:
            body = BODIES[("POST", f"{API}/skills")](targets)["json"]
            targets["code"] = (await self.post(f"{API}/skills", body, 201))["code"]
        if "session_id" in needs:
            body = BODIES[("POST", f"{API}/training-sessions")](targets)["json"]
            targets["session_id"] = (await self.post(f"{API}/training-sessions", body, 201))["id"]
        if "enrolment_id" in needs:
            url = f"{API}/training-sessions/{targets['session_id']}/enrolments"
            enrolment = await self.post(url, {"user_id": targets["user_id"]}, 201)
            targets["enrolment_id"] = enrolment["id"]
        if path.endswith(("/attendance", "/enrolments/{enrolment_id}")):
            from uuid import UUID

            from sqlalchemy import update

            from app.models.training import TrainingSession

            async with self.world.session() as session:  # attendance is taken once started
                await session.execute(
                    update(TrainingSession)
                    .where(TrainingSession.id == UUID(targets["session_id"]))
                    .values(starts_at=_now() - timedelta(hours=1))
                )
                await session.commit()

    async def headers(self) -> dict:
        if self._accounts is None:
            return await self._headers()
        kind = "public" if self.rule is PUBLIC else "scoped"
        key = (self.subject, kind, self.rule.scope if self.subject.startswith("key") else None)
        if key not in self._accounts:
            self._accounts[key] = await self._headers()
        return self._accounts[key]

    async def _headers(self) -> dict:
        subject, rule_ = self.subject, self.rule
        if subject == "anonymous":
            return {}
        if subject == "city":
            return (await self.admin()).headers
        if rule_ is PUBLIC:  # who does not matter: any valid credential of that kind
            if subject.startswith("key"):
                raw, _ = await make_key(self.world, association_id=(await self.a1()).id)
                return key_headers(raw)
            return (
                await self.world.user("association", association_id=(await self.a1()).id)
            ).headers
        a1 = await self.a1()
        if subject == "assoc_own":
            return (await self.world.user("association", association_id=a1.id)).headers
        if subject == "assoc_other":
            a2 = await self.world.association()
            return (await self.world.user("association", association_id=a2.id)).headers
        if subject in ("vol_assigned", "vol_unassigned"):
            space = await (self.s1() if subject == "vol_assigned" else self.s1b())
            account = await self.world.user("volunteer", association_id=a1.id, space_ids=[space.id])
            return account.headers
        if subject == "partner":
            operator = await self.operator()
            return (await self.world.user("partner", partner_id=operator.id)).headers
        if subject == "key_scoped":
            scopes = [rule_.scope] if rule_.scope else ALL_SCOPES
        else:
            scopes = [s for s in ALL_SCOPES if s != rule_.scope]
        raw, _ = await make_key(self.world, association_id=a1.id, scopes=scopes)
        return key_headers(raw)


async def _snapshot(connection) -> dict[str, set]:
    """The primary keys of every row present now (seeded rows, e.g. the skill catalogue)."""
    rows = {}
    for table in SQLModel.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        result = await connection.execute(select(*keys))
        rows[table.name] = {tuple(row) for row in result}
    return rows


async def _restore(connection, before: dict[str, set]) -> None:
    """Delete every row the matrix added (the matrix never changes rows it did not make)."""
    empty = [t.name for t in SQLModel.metadata.sorted_tables if not before.get(t.name)]
    if connection.dialect.name == "postgresql" and empty:
        # TRUNCATE … CASCADE empties every table that references a truncated one: a table the
        # migrations seeded (label_criteria_versions → users → associations) would lose its
        # seeded rows. The tables kept rows reach by references are emptied by DELETE below.
        tables = SQLModel.metadata.tables
        reach = [t for t in SQLModel.metadata.sorted_tables if t.name not in empty]
        referenced: set[str] = set()
        while reach:
            for fk in reach.pop().foreign_keys:
                if fk.column.table.name not in referenced:
                    referenced.add(fk.column.table.name)
                    reach.append(tables[fk.column.table.name])
        truncated = [name for name in empty if name not in referenced]
        if truncated:
            await connection.execute(text(f"TRUNCATE {', '.join(truncated)} CASCADE"))
        empty = [name for name in empty if name in referenced]
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name in empty:
            await connection.execute(table.delete())
        elif before.get(table.name):
            keys = list(table.primary_key.columns)
            rows = (await connection.execute(select(*keys))).all()
            for row in {tuple(r) for r in rows} - before[table.name]:
                condition = [column == value for column, value in zip(keys, row, strict=True)]
                await connection.execute(table.delete().where(*condition))


@pytest.fixture(scope="module")
async def matrix(settings):
    """One app and client for the whole matrix, on the test database (migrated by `settings`).

    The conftest empties every table after each test that uses `app`: ~0.1 s on PostgreSQL,
    a minute for the matrix's cases alone. Here each case makes its own world with fresh ids
    instead, lists are read newest first, and what the matrix added is deleted at the end.
    """
    # Every case comes from one client address: the public application form's per-address
    # limit (tested in tests/recruitment) would otherwise answer 429 for the later cases.
    application = create_app(settings.model_copy(update={"application_max_per_address": 10_000}))
    transport = httpx.ASGITransport(app=application, client=("203.0.113.7", 50000))
    async with application.state.engine.connect() as connection:
        before = await _snapshot(connection)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield Matrix(World(application, http))
    finally:
        async with application.state.engine.begin() as connection:
            await _restore(connection, before)
        await application.state.engine.dispose()


MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(Z|[+-]\d{2}:\d{2})")


def _moments_with_offset(value) -> set[str]:
    """Timestamps anywhere in a JSON answer that are not written in UTC with `Z`."""
    if isinstance(value, str):
        found = MOMENT.fullmatch(value)
        return {value} if found and found.group(1) != "Z" else set()
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return set().union(*(_moments_with_offset(item) for item in value)) if value else set()
    return set()


@pytest.mark.parametrize(("method", "path", "subject"), CASES)
async def test_access(matrix: Matrix, method: str, path: str, subject: str):
    world, client = matrix.world, matrix.world.client
    rule_ = EXPECTATIONS.get((method, path))
    assert rule_ is not None, f"No access rule for {method} {path}: add a row to EXPECTATIONS"
    # A request expected to change nothing (a read, or a refusal) runs in the module's shared
    # world (one A1, its spaces and accounts; the route's targets made once); one expected to
    # write gets a world of its own, so that no case sees another's changes.
    shared = method == "GET" or rule_.statuses[subject] >= 400
    case = Case(world, path, rule_, subject, matrix if shared else None)
    if shared and (method, path) in matrix.shared_worlds:
        targets = matrix.shared_worlds[(method, path)]
    else:
        targets = await case.targets()
        if shared:
            matrix.shared_worlds[(method, path)] = targets
    headers = await case.headers()
    url = path.format(**{k: v for k, v in targets.items() if "{" + k + "}" in path})
    extra = BODIES[(method, path)](targets) if (method, path) in BODIES else {}
    headers = {**headers, **extra.pop("headers", {})}
    if rule_.lists:  # the world's rows are the newest: read them first
        extra["params"] = {**extra.get("params", {}), "sort": "-created_at", "limit": 200}
    response = await client.request(method, url, headers=headers, **extra)

    expected = rule_.statuses[subject]
    assert response.status_code == expected, (
        f"{subject} {method} {url}: expected {expected}, got {response.status_code}: "
        f"{response.text[:300]}"
    )
    if expected >= 400:
        assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
        assert response.json()["status"] == expected
    if expected == 401:
        assert response.headers["www-authenticate"].lower().startswith("bearer")
    if (
        expected < 300
        and response.headers.get("content-type", "").startswith("application/json")
        and response.content
        and not path.endswith("/openapi.json")  # a document: its request examples have offsets
    ):
        offsets = sorted(_moments_with_offset(response.json()))
        assert not offsets, f"{subject} {method} {url}: moments not in UTC with Z: {offsets[:5]}"
    if rule_.lists and expected == 200:
        ids = {item["id"] for item in response.json()["items"]}
        seen = targets[rule_.lists] in ids
        assert seen == (subject in rule_.sees), (
            f"{subject} {'sees' if seen else 'does not see'} the target in {url}: {ids}"
        )


async def test_metrics_token_guards_metrics(matrix: Matrix):
    """With METRICS_TOKEN set, /metrics needs exactly that bearer token (not a user's)."""
    token = "scrape-me-" + secrets.token_hex(8)
    settings = matrix.world.app.state.settings.model_copy(update={"metrics_token": token})
    guarded = create_app(settings)
    city = await matrix.world.user("city")
    transport = httpx.ASGITransport(app=guarded)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            assert (await http.get("/metrics")).status_code == 401
            wrong = await http.get("/metrics", headers={"Authorization": "Bearer nope"})
            assert wrong.status_code == 401
            assert (await http.get("/metrics", headers=city.headers)).status_code == 401
            good = await http.get("/metrics", headers={"Authorization": f"Bearer {token}"})
            assert good.status_code == 200 and "enc" in good.text.lower()
    finally:
        await guarded.state.engine.dispose()


async def test_deactivated_subject_is_refused_everywhere(matrix: Matrix):
    """Spot check of the 401 column for a credential that was valid: a deactivated user."""
    world, client = matrix.world, matrix.world.client
    account = await world.user("city", is_active=False)
    for path in (f"{API}/users/me", f"{API}/spaces", f"{API}/audit-events"):
        response = await client.get(path, headers=account.headers)
        assert response.status_code == 401, (path, response.text)
    async with world.session() as session:
        assert (await session.get(User, account.id)).is_active is False
