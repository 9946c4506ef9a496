"""Who sees what and who may do what: the one authorization module.

Reads: `scope_<resource>(actor, statement)` narrows a SELECT in SQL to what the caller may see;
anything outside it is simply not found (404), so ids cannot be probed.
Writes: `require(actor, action, ...)` is asked only after the object was found in scope, and
answers 403 when the caller's role may not do that action.
API keys act with the scope of their owner, further narrowed to their scopes.
"""

import uuid
from collections.abc import Iterable

from sqlalchemy import Select, false, or_, true

from app.core.actor import Actor
from app.core.errors import Forbidden, NotFound, Unauthorized
from app.models.association import Association
from app.models.import_job import ImportJob, ImportUpload
from app.models.space import Space
from app.models.user import ApiKey, Role, User

CITY, ASSOCIATION, VOLUNTEER, PARTNER = (r.value for r in Role)


def require_user(actor: Actor, message: str) -> None:
    """Only a user may do this: API keys do not log in, have no account, manage no keys."""
    if actor.kind == "api_key":
        raise Forbidden(message)


def require_scope(actor: Actor, scope: str) -> None:
    if not actor.is_authenticated:
        raise Unauthorized("Authentication required: send a bearer token or an X-API-Key.")
    if not actor.has_scope(scope):
        raise Forbidden(f"This API key lacks the scope '{scope}'.")


# ---- reads: scoping in the query ----------------------------------------------------------------


def scope_associations(actor: Actor, statement: Select) -> Select:
    if actor.role == CITY:
        return statement
    if actor.role in (ASSOCIATION, VOLUNTEER) and actor.association_id:
        return statement.where(Association.id == actor.association_id)
    return statement.where(false())


def visible_space_condition(actor: Actor):
    if actor.role == CITY:
        return true()
    if actor.role == ASSOCIATION and actor.association_id:
        return Space.association_id == actor.association_id
    if actor.role == VOLUNTEER and actor.space_ids:
        return Space.id.in_(actor.space_ids)
    return false()


def scope_spaces(actor: Actor, statement: Select) -> Select:
    return statement.where(visible_space_condition(actor))


def scope_users(actor: Actor, statement: Select) -> Select:
    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(
            or_(User.association_id == actor.association_id, User.id == actor.user_id)
        )
    if actor.user_id:
        return statement.where(User.id == actor.user_id)
    return statement.where(false())


def scope_api_keys(actor: Actor, statement: Select) -> Select:
    if actor.kind != "user":
        return statement.where(false())  # keys do not manage keys
    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(ApiKey.association_id == actor.association_id)
    return statement.where(false())


# ---- writes: may this caller do this action? ----------------------------------------------------

# action -> roles that may do it (on objects already found in their scope)
_WRITE_RULES: dict[str, frozenset[str]] = {
    "association:create": frozenset({CITY}),
    "association:update": frozenset({CITY, ASSOCIATION}),
    "association:archive": frozenset({CITY}),
    "space:create": frozenset({CITY, ASSOCIATION}),
    "space:update": frozenset({CITY, ASSOCIATION}),
    "space:archive": frozenset({CITY, ASSOCIATION}),
    "space:transition": frozenset({CITY, ASSOCIATION}),
    "partner:write": frozenset({CITY}),
    "user:create": frozenset({CITY, ASSOCIATION}),
    "user:update": frozenset({CITY, ASSOCIATION}),
    "user:archive": frozenset({CITY, ASSOCIATION}),
    "user:anonymise": frozenset({CITY}),
    "api_key:create": frozenset({CITY, ASSOCIATION}),
    "api_key:revoke": frozenset({CITY, ASSOCIATION}),
    "audit:read": frozenset({CITY}),
}


def require(actor: Actor, action: str) -> None:
    allowed = _WRITE_RULES.get(action)
    if allowed is None:  # an action without a rule is a programming error, denied by default
        raise Forbidden(f"No rule allows '{action}'.")
    if actor.role not in allowed or (actor.kind == "api_key" and not _key_may(actor, action)):
        raise Forbidden(f"Your role may not do this ({action}).")


def own_association_by_default(
    actor: Actor, association_id: uuid.UUID | None, *, applies: bool = True
) -> uuid.UUID | None:
    """An association user creating something that belongs to an association (a volunteer, a
    key, a meeting, a job description, a document) is doing so for its own: it need not repeat
    its `association_id` (given, it is checked as before)."""
    if association_id is None and applies and actor.role == ASSOCIATION:
        return actor.association_id
    return association_id


def require_key_owner(
    actor: Actor, *, association_id: uuid.UUID | None, partner_id: uuid.UUID | None
) -> None:
    """Who a new API key may belong to: the city gives keys to anyone; an association to itself."""
    if actor.role == CITY:
        return
    if actor.role == ASSOCIATION and partner_id is None and association_id == actor.association_id:
        return
    raise Forbidden("An association creates keys for itself only.")


def key_heir_refusal(leaving: User, heir: User | None) -> str | None:
    """Who may take over the API keys of a user who is archived or anonymised: another active
    user of the same association (or partner; for a city user, the city) whose role holds keys.
    `heir` is looked up in the caller's scope, so an invisible user is simply unknown."""
    if heir is None:
        return "No such user."
    if heir.id == leaving.id:
        return "The user who is leaving cannot take over their own API keys."
    if not heir.is_active or heir.archived_at is not None:
        return "This user is not active; API keys go only to an active user."
    if (heir.association_id, heir.partner_id) != (leaving.association_id, leaving.partner_id):
        return "API keys go only to a user of the same association."
    if heir.role not in _WRITE_RULES["api_key:create"]:
        return f"A {heir.role} user does not hold API keys."
    return None


# Write actions an API key may perform when it has the matching scope.
_KEY_WRITE_SCOPES = {
    "space:update": "spaces:write",
    "space:create": "spaces:write",
    "space:transition": "spaces:write",
    "space:archive": "spaces:write",
}


def _key_may(actor: Actor, action: str) -> bool:
    scope = _KEY_WRITE_SCOPES.get(action)
    return scope is not None and actor.has_scope(scope)


def space_relations(actor: Actor, space: Space) -> frozenset[str]:
    """The relations the space state machine's `who` column is matched against."""
    relations: set[str] = set()
    if actor.role == CITY:
        relations.add(CITY)
    if actor.role == ASSOCIATION and actor.association_id == space.association_id:
        relations.add(ASSOCIATION)
    if actor.kind == "api_key" and not actor.has_scope("spaces:write"):
        relations.clear()
    return frozenset(relations)


# ---- who manages whom ---------------------------------------------------------------------------


def require_manage_user(
    actor: Actor,
    *,
    role: str,
    association_id: uuid.UUID | None,
    partner_id: uuid.UUID | None,
    space_ids: set[uuid.UUID],
    own_space_ids: set[uuid.UUID],
) -> None:
    """The city manages everyone; an association user manages its own volunteers and
    association users, assigned only to its own spaces."""
    if actor.kind == "api_key":
        raise Forbidden("API keys do not manage users.")
    if actor.role == CITY:
        return
    if actor.role != ASSOCIATION:
        raise Forbidden("Your role may not manage users.")
    if role not in (ASSOCIATION, VOLUNTEER):
        raise Forbidden("An association manages only its volunteers and association users.")
    if association_id != actor.association_id or partner_id is not None:
        raise Forbidden("An association manages only its own members.")
    foreign = space_ids - own_space_ids
    if foreign:
        raise Forbidden("An association assigns its members only to its own spaces.")


def scope_partners(actor: Actor, statement: Select) -> Select:
    # Partners' names and contacts are shared by the whole network (who maintains, who trains).
    return statement if actor.is_authenticated else statement.where(false())


# ---- maintenance tickets ------------------------------------------------------------------------

TICKET_OPERATOR, TICKET_REQUESTER = "operator", "requester"

_WRITE_RULES.update(
    {
        "ticket:create": frozenset({CITY, ASSOCIATION, VOLUNTEER}),
        "maintenance_contract:write": frozenset({CITY}),
    }
)
_KEY_WRITE_SCOPES["ticket:create"] = "tickets:write"


def scope_tickets(actor: Actor, statement: Select) -> Select:
    from app.models.maintenance import MaintenanceTicket as Ticket

    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(Ticket.association_id == actor.association_id)
    if actor.role == VOLUNTEER and actor.space_ids:
        return statement.where(Ticket.space_id.in_(actor.space_ids))
    if actor.role == PARTNER and actor.partner_id:
        return statement.where(Ticket.operator_id == actor.partner_id)
    return statement.where(false())


def ticket_relations(actor: Actor, ticket) -> frozenset[str]:
    """city, operator (the ticket's operator's users) and requester (the space's side)."""
    if actor.kind == "api_key" and not actor.has_scope("tickets:write"):
        return frozenset()
    relations: set[str] = set()
    if actor.role == CITY:
        relations.add(CITY)
    if actor.role == PARTNER and actor.partner_id == ticket.operator_id:
        relations.add(TICKET_OPERATOR)
    if actor.role == ASSOCIATION and actor.association_id == ticket.association_id:
        relations.add(TICKET_REQUESTER)
    if actor.role == VOLUNTEER and ticket.space_id in actor.space_ids:
        relations.add(TICKET_REQUESTER)
    return frozenset(relations)


def sees_internal_comments(actor: Actor, ticket) -> bool:
    return actor.role == CITY or (actor.role == PARTNER and actor.partner_id == ticket.operator_id)


# ---- equipment and loan agreements --------------------------------------------------------------

_WRITE_RULES.update(
    {
        "equipment:create": frozenset({CITY}),
        "equipment:update": frozenset({CITY}),
        "equipment:move": frozenset({CITY}),
        # the city registers and changes items; an association updates what it reads off the
        # machines at its spaces (see `equipment_import_fields`)
        "equipment:import": frozenset({CITY, ASSOCIATION}),
        "loan_agreement:create": frozenset({CITY}),
        "loan_agreement:update": frozenset({CITY}),
        "loan_agreement:transition": frozenset({CITY}),
    }
)
_KEY_WRITE_SCOPES["equipment:import"] = "equipment:import"


def scope_equipment(actor: Actor, statement: Select) -> Select:
    """The city sees all; associations and volunteers see what is at the spaces they see."""
    from sqlalchemy import select

    from app.models.equipment import Equipment

    if actor.role == CITY:
        return statement
    if actor.role in (ASSOCIATION, VOLUNTEER):
        visible = select(Space.id).where(visible_space_condition(actor))
        return statement.where(Equipment.space_id.in_(visible))
    return statement.where(false())


def scope_loan_agreements(actor: Actor, statement: Select) -> Select:
    """An association sees its agreements; a volunteer those of its spaces' association."""
    from sqlalchemy import select

    from app.models.equipment import LoanAgreement

    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(LoanAgreement.association_id == actor.association_id)
    if actor.role == VOLUNTEER:
        visible = select(Space.association_id).where(visible_space_condition(actor))
        return statement.where(LoanAgreement.association_id.in_(visible))
    return statement.where(false())


# What an association's import may change on the items at its spaces: what it reads off the
# machine. Kind, funding, purchase date and value are the city's inventory records.
ASSOCIATION_IMPORT_FIELDS = frozenset({"serial_number", "brand", "model", "notes"})


def equipment_import_fields(actor: Actor) -> frozenset[str] | None:
    """None: the caller imports anything (the city); else the fields it may change on items
    already at its spaces (rows for other numbers are refused: it registers no new item)."""
    return None if actor.role == CITY else ASSOCIATION_IMPORT_FIELDS


def equipment_relations(actor: Actor) -> frozenset[str]:
    """Who may move equipment and sign agreements: the city only (API keys never do)."""
    if actor.role == CITY and actor.kind != "api_key":
        return frozenset({CITY})
    return frozenset()


# ---- training sessions, enrolments and skills ---------------------------------------------------

TRAINING_PROVIDER, ENROLLED, MEMBER_ASSOCIATION = "provider", "self", "member_association"

_WRITE_RULES.update(
    {
        "skill:write": frozenset({CITY}),
        "training_session:create": frozenset({CITY, PARTNER}),
        "enrolment:create": frozenset({CITY, ASSOCIATION, VOLUNTEER}),
    }
)
_KEY_WRITE_SCOPES["training_session:create"] = "training:write"
_KEY_WRITE_SCOPES["enrolment:create"] = "training:write"


def scope_training_sessions(actor: Actor, statement: Select) -> Select:
    """The city, associations and volunteers read every session (they enrol); a partner reads
    only the sessions it provides."""
    from app.models.training import TrainingSession

    if actor.role in (CITY, ASSOCIATION, VOLUNTEER):
        return statement
    if actor.role == PARTNER and actor.partner_id:
        return statement.where(TrainingSession.provider_id == actor.partner_id)
    return statement.where(false())


def scope_enrolments(actor: Actor, statement: Select) -> Select:
    """Who was enrolled is personal: the city, the session's provider, the person's association
    and the person itself see an enrolment; nobody else does."""
    from sqlalchemy import select

    from app.models.training import Enrolment, TrainingSession

    if actor.role == CITY:
        return statement
    if actor.role == PARTNER and actor.partner_id:
        provided = select(TrainingSession.id).where(TrainingSession.provider_id == actor.partner_id)
        return statement.where(Enrolment.session_id.in_(provided))
    if actor.role == ASSOCIATION and actor.association_id:
        members = select(User.id).where(User.association_id == actor.association_id)
        return statement.where(Enrolment.user_id.in_(members))
    if actor.role == VOLUNTEER and actor.user_id:
        return statement.where(Enrolment.user_id == actor.user_id)
    return statement.where(false())


def training_session_relations(actor: Actor, training) -> frozenset[str]:
    """city, or provider (the session's training provider's users and keys)."""
    if actor.kind == "api_key" and not actor.has_scope("training:write"):
        return frozenset()
    if actor.role == CITY:
        return frozenset({CITY})
    if actor.role == PARTNER and actor.partner_id == training.provider_id:
        return frozenset({TRAINING_PROVIDER})
    return frozenset()


def enrolment_relations(actor: Actor, training, enrolment, member_of) -> frozenset[str]:
    """Relations to one enrolment: the session's side (city, provider), the person enrolled
    and the association the person belongs to (`member_of`: its association id)."""
    relations = set(training_session_relations(actor, training))
    if actor.kind == "api_key" and not actor.has_scope("training:write"):
        return frozenset()
    if actor.user_id is not None and actor.user_id == enrolment.user_id:
        relations.add(ENROLLED)
    if actor.role == ASSOCIATION and actor.association_id and actor.association_id == member_of:
        relations.add(MEMBER_ASSOCIATION)
    return frozenset(relations)


def require_enrol_for(actor: Actor, user: User) -> None:
    """A volunteer enrols itself, an association its members, the city anyone."""
    if actor.role == CITY:
        return
    if actor.role == ASSOCIATION and actor.association_id == user.association_id:
        return
    if actor.role == VOLUNTEER and actor.user_id == user.id:
        return
    raise Forbidden("A volunteer enrols only itself and an association only its own members.")


# ---- webhooks: the city's subscriptions ---------------------------------------------------------


def require_webhooks(actor: Actor) -> None:
    """Webhooks are the city's alone (its portal); asked before any lookup, so the answer
    tells nothing about which subscriptions exist. API keys do not manage them."""
    if not actor.is_authenticated:
        raise Unauthorized("Authentication required: send a bearer token or an X-API-Key.")
    if actor.role != CITY or actor.kind == "api_key":
        raise Forbidden("Only the city manages webhooks.")


def scope_webhooks(actor: Actor, statement: Select) -> Select:
    return statement if actor.role == CITY and actor.kind != "api_key" else statement.where(false())


# ---- visits and their statistics ----------------------------------------------------------------

_WRITE_RULES.update(
    {
        # Volunteers and association users count the visits of their spaces.
        "visit:create": frozenset({ASSOCIATION, VOLUNTEER}),
        # Bulk imports: an association's scripts, and the city migrating the network's history.
        "visit:import": frozenset({CITY, ASSOCIATION}),
    }
)
_KEY_WRITE_SCOPES["visit:create"] = "visits:write"
_KEY_WRITE_SCOPES["visit:import"] = "visits:import"


def scope_visits(actor: Actor, statement: Select) -> Select:
    """The city sees every visit; an association those of its spaces; a volunteer those of the
    spaces it is assigned to; partners none. Works on `visits` and on its daily rollup."""
    from app.models.visit import Visit

    return statement.where(visit_condition(actor, Visit))


def visit_condition(actor: Actor, table):
    """The same scope as a condition on any table with `space_id` and `association_id`."""
    if actor.role == CITY:
        return true()
    if actor.role == ASSOCIATION and actor.association_id:
        return table.association_id == actor.association_id
    if actor.role == VOLUNTEER and actor.space_ids:
        return table.space_id.in_(actor.space_ids)
    return false()


# ---- label applications -------------------------------------------------------------------------

LABEL_APPLICANT, LABEL_REVIEWER = "applicant", "reviewer"

_WRITE_RULES.update(
    {
        "label_criteria:write": frozenset({CITY}),
        # the association prepares and submits; the city reviews and may waive
        "label_application:create": frozenset({ASSOCIATION}),
        "label_application:prepare": frozenset({CITY, ASSOCIATION}),
        "label_application:transition": frozenset({CITY, ASSOCIATION}),
        "label_application:waive": frozenset({CITY}),
    }
)
_KEY_WRITE_SCOPES["label_application:create"] = "labels:write"
_KEY_WRITE_SCOPES["label_application:prepare"] = "labels:write"
_KEY_WRITE_SCOPES["label_application:transition"] = "labels:write"


def scope_label_applications(actor: Actor, statement: Select) -> Select:
    """The city sees all; an association its spaces' applications; a volunteer those of the
    spaces it is assigned to."""
    from app.models.label import LabelApplication

    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(LabelApplication.association_id == actor.association_id)
    if actor.role == VOLUNTEER and actor.space_ids:
        return statement.where(LabelApplication.space_id.in_(actor.space_ids))
    return statement.where(false())


def label_application_relations(actor: Actor, application) -> frozenset[str]:
    if actor.kind == "api_key" and not actor.has_scope("labels:write"):
        return frozenset()
    if actor.role == CITY:
        return frozenset({LABEL_REVIEWER})
    if actor.role == ASSOCIATION and actor.association_id == application.association_id:
        return frozenset({LABEL_APPLICANT})
    return frozenset()


# ---- development plans and the network's review ------------------------------------------------

PLAN_OWNER = "owner"

_WRITE_RULES.update(
    {
        # the association writes and submits its own plans; the city agrees and closes them
        "development_plan:create": frozenset({ASSOCIATION}),
        "development_plan:edit": frozenset({ASSOCIATION}),
        "development_plan:report": frozenset({CITY, ASSOCIATION}),
        "development_plan:transition": frozenset({CITY, ASSOCIATION}),
    }
)
for _action in ("create", "edit", "report", "transition"):
    _KEY_WRITE_SCOPES[f"development_plan:{_action}"] = "plans:write"


def scope_development_plans(actor: Actor, statement: Select) -> Select:
    """The city sees every plan; an association its own; nobody else any (404)."""
    from app.models.plan import DevelopmentPlan

    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(DevelopmentPlan.association_id == actor.association_id)
    return statement.where(false())


def development_plan_relations(actor: Actor, plan) -> frozenset[str]:
    """city (agrees, sends back, closes) or owner (the plan's association: writes, submits)."""
    if actor.kind == "api_key" and not actor.has_scope("plans:write"):
        return frozenset()
    if actor.role == CITY:
        return frozenset({CITY})
    if actor.role == ASSOCIATION and actor.association_id == plan.association_id:
        return frozenset({PLAN_OWNER})
    return frozenset()


def review_association(actor: Actor, association_id: uuid.UUID | None) -> uuid.UUID | None:
    """Which review the caller reads: the city the network's (None) or any association's; an
    association its own only (another's is not found); nobody else any."""
    if actor.role == CITY:
        return association_id
    if actor.role == ASSOCIATION and actor.association_id:
        if association_id in (None, actor.association_id):
            return actor.association_id
    raise NotFound("No such review.")


# ---- subscriptions of the spaces and their comparison -------------------------------------------

_WRITE_RULES.update(
    {
        # the city and the space's association record, correct, change and end subscriptions;
        # volunteers read those of their spaces (whether the connection works), write none
        "subscription:create": frozenset({CITY, ASSOCIATION}),
        "subscription:update": frozenset({CITY, ASSOCIATION}),
        "subscription:change": frozenset({CITY, ASSOCIATION}),
        "subscription:end": frozenset({CITY, ASSOCIATION}),
    }
)
for _action in ("create", "update", "change", "end"):
    _KEY_WRITE_SCOPES[f"subscription:{_action}"] = "subscriptions:write"


def scope_subscriptions(actor: Actor, statement: Select) -> Select:
    """The city sees every subscription; an association those of its spaces; a volunteer
    those of the spaces it is assigned to (read-only); partners none (404)."""
    from app.models.subscription import Subscription

    return statement.where(visit_condition(actor, Subscription))


def subscription_stats_spaces(actor: Actor):
    """The spaces the comparison covers, as a condition on `spaces`: the network for the city,
    an association's spaces, a volunteer's; partners have no comparison (404)."""
    if actor.role not in (CITY, ASSOCIATION, VOLUNTEER):
        raise NotFound("No subscription statistics.")
    return visible_space_condition(actor)


# ---- rules on one object: by the caller's relations to it, and per field ------------------------
# Services compute nothing about roles themselves: they ask here, with the object in hand.

TICKET_FORWARD = frozenset({TICKET_OPERATOR, CITY})  # moves the work on: priority, assignee, repair
TICKET_REQUESTER_SIDE = frozenset({TICKET_REQUESTER, CITY})  # what was asked: title, description

_OBJECT_RULES: dict[str, tuple[frozenset[str] | None, str]] = {
    # action: (relations that may do it — None: any relation to the object —, refusal)
    "ticket:update": (None, "You may not change this ticket."),
    "ticket:transition": (None, "You may not move this ticket."),
    "ticket:comment": (None, "You may not comment on this ticket."),
    "ticket:comment_internal": (
        TICKET_FORWARD, "Internal comments are for the operator and the city."
    ),
    "ticket:send_to_repair": (
        TICKET_FORWARD, "Only the operator or the city sends equipment to repair."
    ),
    "training_session:update": (
        None, "Only the city and the session's provider change a session."
    ),
    "training_session:transition": (
        None, "Only the city and the session's provider move a session."
    ),
}

_FORWARD_FIELDS = "Only the operator or the city changes the priority or the assignee."
_REQUEST_FIELDS = "Only the requester's side or the city edits the title and description."
_FIELD_RULES: dict[str, dict[str, tuple[frozenset[str], str]]] = {
    # resource: field → (relations that may change it, refusal)
    "maintenance_ticket": {
        "priority": (TICKET_FORWARD, _FORWARD_FIELDS),
        "assignee_id": (TICKET_FORWARD, _FORWARD_FIELDS),
        "title": (TICKET_REQUESTER_SIDE, _REQUEST_FIELDS),
        "description": (TICKET_REQUESTER_SIDE, _REQUEST_FIELDS),
    },
    "space": {
        "maintenance_operator_id": (
            frozenset({CITY}), "Only the city chooses a space's maintenance operator."
        ),
    },
}


def require_on(relations: frozenset[str], action: str) -> None:
    """403 unless the caller's relations to the object allow `action` (see _OBJECT_RULES)."""
    rule = _OBJECT_RULES.get(action)
    if rule is None:  # an action without a rule is a programming error, denied by default
        raise Forbidden(f"No rule allows '{action}'.")
    allowed, refusal = rule
    if not relations or (allowed is not None and not relations & allowed):
        raise Forbidden(refusal)


def require_fields(resource: str, relations: frozenset[str], fields: Iterable[str]) -> None:
    """403 for the first field the caller's relations may not change (see _FIELD_RULES)."""
    rules = _FIELD_RULES[resource]
    for name in fields:
        if name in rules and not relations & rules[name][0]:
            raise Forbidden(rules[name][1])


def role_relations(actor: Actor) -> frozenset[str]:
    """The relation a role gives to objects of the whole network (the city's)."""
    return frozenset({CITY}) if actor.role == CITY else frozenset()


def require_own_provider(actor: Actor, provider_id: uuid.UUID | None) -> None:
    """A training provider schedules its own sessions only."""
    if actor.role == PARTNER and provider_id is not None and provider_id != actor.partner_id:
        raise Forbidden("A training provider schedules only its own sessions.")


def own_provider(actor: Actor, provider_id: uuid.UUID | None) -> uuid.UUID | None:
    """The provider a session is written for: a training provider's own (another is 403); the
    one named otherwise."""
    require_own_provider(actor, provider_id)
    return actor.partner_id if actor.role == PARTNER else provider_id


def require_not_self(actor: Actor, user: User, action: str) -> None:
    """Changes nobody makes to their own account (the city included): lock-outs and escalation."""
    refusals = {
        "role": "Nobody changes their own role.",
        "deactivate": "You cannot deactivate yourself.",
        "archive": "You cannot archive yourself.",
        "anonymise": "You cannot anonymise yourself.",
    }
    if actor.user_id is not None and actor.user_id == user.id:
        raise Forbidden(refusals[action])


# ---- meetings, decisions and follow-up actions --------------------------------------------------

ORGANISER, INVITEE, ACTION_OWNER = "organiser", "invitee", "owner"

_WRITE_RULES.update(
    {
        # the city organises network-wide meetings; an association its working groups
        "meeting:create": frozenset({CITY, ASSOCIATION}),
        "action:create": frozenset({CITY, ASSOCIATION}),
    }
)
_KEY_WRITE_SCOPES["meeting:create"] = "meetings:write"
_KEY_WRITE_SCOPES["action:create"] = "meetings:write"
_OBJECT_RULES.update(
    {
        "meeting:organise": (
            frozenset({ORGANISER}), "Only the meeting's organiser (or the city) may do this."
        ),
        "meeting:propose_item": (
            frozenset({ORGANISER, INVITEE}),
            "Only the organiser and the invited associations propose agenda items.",
        ),
        "meeting:respond": (
            frozenset({ORGANISER, INVITEE}), "Only the invitee or the organiser answers."
        ),
        "action:update": (
            frozenset({CITY, ACTION_OWNER}), "Only the action's owner or the city changes it."
        ),
        "action:comment": (None, "You may not comment on this action."),
    }
)
# An association organises only these; network-wide kinds are the city's.
ASSOCIATION_MEETING_KINDS = frozenset({"working_group"})


def _invited_meeting_ids(actor: Actor):
    """The meetings the caller is invited to: as its association, its partner or itself."""
    from sqlalchemy import select

    from app.models.meeting import MeetingInvitee as Invitee

    conditions = []
    if actor.role == ASSOCIATION and actor.association_id:
        conditions.append(Invitee.association_id == actor.association_id)
    if actor.role == PARTNER and actor.partner_id:
        conditions.append(Invitee.partner_id == actor.partner_id)
    if actor.user_id:
        conditions.append(Invitee.user_id == actor.user_id)
    if not conditions:
        return None
    return select(Invitee.meeting_id).where(or_(*conditions))


def meeting_condition(actor: Actor):
    """The city sees all; an association the meetings it organises or is invited to; a
    volunteer, a partner (and anyone) the meetings they are invited to."""
    from app.models.meeting import Meeting

    if actor.role == CITY:
        return true()
    conditions = []
    if actor.role == ASSOCIATION and actor.association_id:
        conditions.append(Meeting.organiser_association_id == actor.association_id)
    invited = _invited_meeting_ids(actor)
    if invited is not None:
        conditions.append(Meeting.id.in_(invited))
    return or_(*conditions) if conditions else false()


def scope_meetings(actor: Actor, statement: Select) -> Select:
    return statement.where(meeting_condition(actor))


def scope_decisions(actor: Actor, statement: Select) -> Select:
    """The decisions of the meetings the caller sees, and for an association those that
    concern it."""
    from sqlalchemy import select

    from app.models.meeting import Decision, DecisionAssociation, Meeting

    if actor.role == CITY:
        return statement
    visible = select(Meeting.id).where(meeting_condition(actor))
    condition = Decision.meeting_id.in_(visible)
    if actor.role == ASSOCIATION and actor.association_id:
        concerning = select(DecisionAssociation.decision_id).where(
            DecisionAssociation.association_id == actor.association_id
        )
        condition = or_(condition, Decision.id.in_(concerning))
    return statement.where(condition)


def scope_actions(actor: Actor, statement: Select) -> Select:
    """The city sees all; an association the actions it owns or its members own; anyone else
    the actions it owns."""
    from sqlalchemy import select

    from app.models.meeting import FollowUpAction as Action

    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        members = select(User.id).where(User.association_id == actor.association_id)
        return statement.where(
            or_(
                Action.owner_association_id == actor.association_id,
                Action.owner_user_id.in_(members),
            )
        )
    if actor.user_id:
        return statement.where(Action.owner_user_id == actor.user_id)
    return statement.where(false())


def meeting_relations(actor: Actor, meeting, invitees) -> frozenset[str]:
    """organiser (the city on every meeting; the organising association on its own) and
    invitee (an invited association's users, an invited partner's users, an invited person).
    `invitees`: the meeting's invitee rows."""
    if actor.kind == "api_key" and not actor.has_scope("meetings:write"):
        return frozenset()
    relations: set[str] = set()
    if actor.role == CITY:
        relations.add(ORGANISER)
    if actor.role == ASSOCIATION and actor.association_id:
        if meeting.organiser_association_id == actor.association_id:
            relations.add(ORGANISER)
    for invitee in invitees:
        if invitee_is_caller(actor, invitee):
            relations.add(INVITEE)
    return frozenset(relations)


def invitee_is_caller(actor: Actor, invitee) -> bool:
    """Whether this invitation is the caller's own to answer."""
    if actor.user_id is not None and invitee.user_id == actor.user_id:
        return True
    if actor.role == ASSOCIATION and actor.association_id:
        return invitee.association_id == actor.association_id
    if actor.role == PARTNER and actor.partner_id:
        return invitee.partner_id == actor.partner_id
    return False


def require_meeting_organiser(actor: Actor, kind: str, association_id: uuid.UUID | None) -> None:
    """Who a new meeting may be organised by: the city for the network (and for anyone); an
    association for itself, and only a working group."""
    if actor.role == CITY:
        return
    if association_id != actor.association_id:
        raise Forbidden("An association organises meetings for itself only.")
    if kind not in ASSOCIATION_MEETING_KINDS:
        raise Forbidden(
            "The city organises network-wide meetings; an association organises working groups."
        )


def action_relations(actor: Actor, action, member_of: uuid.UUID | None) -> frozenset[str]:
    """city, owner (the owner user, or a user of the owning association or of the owner's
    association `member_of`), or nothing beyond reading."""
    if actor.kind == "api_key" and not actor.has_scope("meetings:write"):
        return frozenset()
    relations: set[str] = set()
    if actor.role == CITY:
        relations.add(CITY)
    if actor.user_id is not None and actor.user_id == action.owner_user_id:
        relations.add(ACTION_OWNER)
    if actor.role == ASSOCIATION and actor.association_id and actor.association_id in (
        action.owner_association_id,
        member_of,
    ):
        relations.add(ACTION_OWNER)
    return frozenset(relations)


def require_action_owner_choice(
    actor: Actor, association_id: uuid.UUID | None, user_association_id: uuid.UUID | None
) -> None:
    """The city gives actions to anyone; an association to itself or its members."""
    if actor.role == CITY:
        return
    owner_side = association_id or user_association_id
    if owner_side != actor.association_id:
        raise Forbidden("An association gives actions to itself or its members only.")


# ---- documents ----------------------------------------------------------------------------------
# Scoped like what they belong to: the city sees every document; an association those of its
# association (its spaces' included); a volunteer those of the spaces it is assigned to;
# partners none. The city's own documents (no association) are the city's only.

DOCUMENT_OWNER = "owner"

_WRITE_RULES["document:upload"] = frozenset({CITY, ASSOCIATION})
_KEY_WRITE_SCOPES["document:upload"] = "documents:write"
_OBJECT_RULES["document:write"] = (
    frozenset({CITY, DOCUMENT_OWNER}),
    "Only the city and the document's association add versions to it or archive it.",
)


def files_network_documents(actor: Actor) -> bool:
    """Only the city files a document that belongs to no association (a network document)."""
    return actor.role == CITY


def document_condition(actor: Actor):
    from app.models.document import Document

    if actor.role == CITY:
        return true()
    if actor.role == ASSOCIATION and actor.association_id:
        return Document.association_id == actor.association_id
    if actor.role == VOLUNTEER and actor.space_ids:
        return Document.space_id.in_(actor.space_ids)
    return false()


def scope_documents(actor: Actor, statement: Select) -> Select:
    return statement.where(document_condition(actor))


def document_relations(actor: Actor, document) -> frozenset[str]:
    """city, or owner (the document's association); an API key without documents:write none."""
    if actor.kind == "api_key" and not actor.has_scope("documents:write"):
        return frozenset()
    if actor.role == CITY:
        return frozenset({CITY})
    if (
        actor.role == ASSOCIATION
        and actor.association_id is not None
        and actor.association_id == document.association_id
    ):
        return frozenset({DOCUMENT_OWNER})
    return frozenset()
def signature_party(actor: Actor, document) -> str | None:
    """The party the caller signs a document for: `city` for the city's users, `association`
    for a user (role association) of the document's association; None: may not sign (403).
    API keys never sign (a signature is a person's). Scope (404) is asked before, as for
    any read."""
    if actor.kind != "user":
        return None
    if actor.role == CITY:
        return "city"
    if (
        actor.role == ASSOCIATION
        and actor.association_id is not None
        and actor.association_id == document.association_id
    ):
        return "association"
    return None
# ---- insurance certificates of the spaces ------------------------------------------------------
# The space's association records a certificate for its spaces (an uploaded document); the city
# confirms or rejects it and sees them all; a volunteer reads those of its spaces; partners see
# none (404). The expiring list is the city's.

_WRITE_RULES.update(
    {
        "insurance_certificate:create": frozenset({CITY, ASSOCIATION}),
        "insurance_certificate:decide": frozenset({CITY}),
        "insurance_certificate:list_expiring": frozenset({CITY}),
    }
)
for _action in ("create", "decide"):
    _KEY_WRITE_SCOPES[f"insurance_certificate:{_action}"] = "documents:write"
_KEY_WRITE_SCOPES["insurance_certificate:list_expiring"] = "documents:read"


def scope_insurance_certificates(actor: Actor, statement: Select) -> Select:
    from app.models.insurance import InsuranceCertificate

    return statement.where(visit_condition(actor, InsuranceCertificate))


# ---- engagements and resource persons -----------------------------------------------------------

ENGAGEMENT_MANAGER = "manager"

_WRITE_RULES.update(
    {
        # the city and the space's association manage engagements and mark resource persons;
        # a volunteer reads its own engagement (and those it tutors), a partner nothing
        "engagement:create": frozenset({CITY, ASSOCIATION}),
        "engagement:edit": frozenset({CITY, ASSOCIATION}),
        "engagement:transition": frozenset({CITY, ASSOCIATION}),
        "resource_person:write": frozenset({CITY, ASSOCIATION}),
    }
)
for _action in ("engagement:create", "engagement:edit", "engagement:transition"):
    _KEY_WRITE_SCOPES[_action] = "engagements:write"
_KEY_WRITE_SCOPES["resource_person:write"] = "engagements:write"


def scope_engagements(actor: Actor, statement: Select) -> Select:
    """The city sees every engagement; an association those at its spaces; a volunteer its
    own and those it tutors; nobody else any (404)."""
    from app.models.engagement import Engagement

    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(Engagement.association_id == actor.association_id)
    if actor.role == VOLUNTEER and actor.user_id:
        return statement.where(
            or_(Engagement.user_id == actor.user_id, Engagement.tutor_id == actor.user_id)
        )
    return statement.where(false())


def engagement_relations(actor: Actor, engagement) -> frozenset[str]:
    """manager: the city, or a user (or key with `engagements:write`) of the engagement's
    association; nobody else moves an engagement."""
    if actor.kind == "api_key" and not actor.has_scope("engagements:write"):
        return frozenset()
    if actor.role == CITY:
        return frozenset({ENGAGEMENT_MANAGER})
    if actor.role == ASSOCIATION and actor.association_id == engagement.association_id:
        return frozenset({ENGAGEMENT_MANAGER})
    return frozenset()


def scope_resource_persons(actor: Actor, statement: Select) -> Select:
    """The resource persons of the associations the caller sees (its own for an association
    user or a volunteer: who to turn to in one's structure; all for the city)."""
    from app.models.engagement import ResourcePerson

    if actor.role == CITY:
        return statement
    if actor.role in (ASSOCIATION, VOLUNTEER) and actor.association_id:
        return statement.where(ResourcePerson.association_id == actor.association_id)
    return statement.where(false())


# ---- equipment requests and allocation plans ----------------------------------------------------

REQUESTER = "requester"

_WRITE_RULES.update(
    {
        # an association asks for items for its spaces; the city reviews, plans and executes
        "equipment_request:create": frozenset({ASSOCIATION}),
        "equipment_request:transition": frozenset({CITY, ASSOCIATION}),
        "allocation_plan:write": frozenset({CITY}),
        "allocation_plan:execute": frozenset({CITY}),
    }
)
_KEY_WRITE_SCOPES["equipment_request:create"] = "allocation:write"
_KEY_WRITE_SCOPES["equipment_request:transition"] = "allocation:write"


def scope_equipment_requests(actor: Actor, statement: Select) -> Select:
    """The city sees every request; an association those of its spaces; nobody else any."""
    from app.models.allocation import EquipmentRequest

    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(EquipmentRequest.association_id == actor.association_id)
    return statement.where(false())


def equipment_request_relations(actor: Actor, request) -> frozenset[str]:
    """city (reviews: under review, approve, decline) or requester (the request's association:
    withdraws). API keys act for their association's requests only, never review."""
    if actor.kind == "api_key" and not actor.has_scope("allocation:write"):
        return frozenset()
    if actor.role == CITY and actor.kind != "api_key":
        return frozenset({CITY})
    if actor.role == ASSOCIATION and actor.association_id == request.association_id:
        return frozenset({REQUESTER})
    return frozenset()


def scope_allocation_plans(actor: Actor, statement: Select) -> Select:
    """The city's working documents: an association follows its requests (their fulfilled
    quantity) and its equipment, not the plans (404)."""
    return statement if actor.role == CITY else statement.where(false())


def require_allocation_executor(actor: Actor) -> frozenset[str]:
    """Executing moves equipment: a city user only, with the relations the equipment movements'
    machine is checked against (API keys never move equipment)."""
    require(actor, "allocation_plan:execute")
    relations = equipment_relations(actor)
    if not relations:
        raise Forbidden("Only a city user moves equipment.")
    return relations
# ---- generated documents' clause templates ------------------------------------------------------

# The city edits the templates (users only: no API key publishes one). Whoever may read the
# documents of a kind reads its template: the kind's resource scope governs API keys.
_WRITE_RULES["document_template:publish"] = frozenset({CITY})
_TEMPLATE_READ_SCOPES = {
    "loan_agreement": "equipment:read",
    "handover_receipt": "equipment:read",
    "charter": "labels:read",
}


def require_template_read(actor: Actor, kind: str) -> None:
    require_scope(actor, _TEMPLATE_READ_SCOPES[kind])


# ---- recruitment: job descriptions, missions and applications -----------------------------------

RECRUITER, TUTOR, DESCRIPTION_OWNER = "recruiter", "tutor", "owner"

_WRITE_RULES.update(
    {
        # the city writes the network's descriptions, an association its own (derived or not)
        "job_description:create": frozenset({CITY, ASSOCIATION}),
        "job_description:edit": frozenset({CITY, ASSOCIATION}),
        # the city opens missions anywhere (the first Service Civique), an association at its
        # spaces; a tutor (volunteer) moves the applications of the missions it tutors
        "mission:create": frozenset({CITY, ASSOCIATION}),
        "mission:edit": frozenset({CITY, ASSOCIATION}),
        "application:transition": frozenset({CITY, ASSOCIATION, VOLUNTEER}),
    }
)
for _action in ("job_description:create", "job_description:edit", "mission:create",
                "mission:edit", "application:transition"):  # fmt: skip
    _KEY_WRITE_SCOPES[_action] = "recruitment:write"


def scope_job_descriptions(actor: Actor, statement: Select) -> Select:
    """The city sees every description; an association and its volunteers the network's
    published ones and their association's (an association its drafts too); partners none."""
    from app.models.recruitment import JobDescription as Description

    if actor.role == CITY:
        return statement
    network = (Description.association_id.is_(None)) & (Description.status != "draft")
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(or_(network, Description.association_id == actor.association_id))
    if actor.role == VOLUNTEER and actor.association_id:
        own = (Description.association_id == actor.association_id) & (
            Description.status != "draft"
        )
        return statement.where(or_(network, own))
    return statement.where(false())


def job_description_relations(actor: Actor, description) -> frozenset[str]:
    """owner: the city for the network's descriptions, an association for its own."""
    if actor.kind == "api_key" and not actor.has_scope("recruitment:write"):
        return frozenset()
    if actor.role == CITY and description.association_id is None:
        return frozenset({DESCRIPTION_OWNER})
    if actor.role == ASSOCIATION and actor.association_id == description.association_id:
        return frozenset({DESCRIPTION_OWNER})
    return frozenset()


def require_description_owner_choice(actor: Actor, association_id: uuid.UUID | None) -> None:
    """Whose a new description is: the city writes the network's (no association); an
    association its own."""
    if actor.role == CITY and association_id is None:
        return
    if actor.role == ASSOCIATION and association_id == actor.association_id:
        return
    raise Forbidden(
        "The city writes the network's descriptions; an association writes its own."
    )


def mission_condition(actor: Actor, table):
    """On `missions` or `mission_applications` (both carry `association_id`): the city sees
    all; an association its own; a volunteer those of the missions it tutors."""
    from sqlalchemy import select

    from app.models.recruitment import Mission

    if actor.role == CITY:
        return true()
    if actor.role == ASSOCIATION and actor.association_id:
        return table.association_id == actor.association_id
    if actor.role == VOLUNTEER and actor.user_id:
        tutored = select(Mission.id).where(Mission.tutor_id == actor.user_id)
        column = table.id if table is Mission else table.mission_id
        return column.in_(tutored)
    return false()


def scope_missions(actor: Actor, statement: Select) -> Select:
    from app.models.recruitment import Mission

    return statement.where(mission_condition(actor, Mission))


def scope_mission_applications(actor: Actor, statement: Select) -> Select:
    from app.models.recruitment import MissionApplication

    return statement.where(mission_condition(actor, MissionApplication))


def mission_relations(actor: Actor, mission) -> frozenset[str]:
    """city, recruiter (the mission's association) and tutor (the mission's tutor)."""
    if actor.kind == "api_key" and not actor.has_scope("recruitment:write"):
        return frozenset()
    relations: set[str] = set()
    if actor.role == CITY:
        relations.add(CITY)
    if actor.role == ASSOCIATION and actor.association_id == mission.association_id:
        relations.add(RECRUITER)
    if actor.user_id is not None and actor.user_id == mission.tutor_id:
        relations.add(TUTOR)
    return frozenset(relations)


def require_mission_manager(relations: frozenset[str]) -> None:
    if not relations & {CITY, RECRUITER}:
        raise Forbidden("Only the mission's association or the city manages it.")


def require_mission_space(actor: Actor, space_association_id: uuid.UUID) -> None:
    """The city opens missions at any space; an association at its own."""
    if actor.role == CITY or actor.association_id == space_association_id:
        return
    raise Forbidden("An association opens missions at its own spaces only.")


# ---- skills coverage: who covers the skills a space's missions require ---------------------------
# Names of trained volunteers and resource persons: the city sees the network, an association
# its spaces, a volunteer the spaces it is assigned to; a partner nothing (404).


def scope_skills_coverage(actor: Actor, statement: Select) -> Select:
    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(Space.association_id == actor.association_id)
    if actor.role == VOLUNTEER and actor.space_ids:
        return statement.where(Space.id.in_(actor.space_ids))
    return statement.where(false())


def require_network_coverage(actor: Actor) -> None:
    """The network's skills coverage folds the spaces in the caller's scope: the city, an
    association, a volunteer; a partner has no such statistics (404, as for any resource it
    may not see)."""
    if actor.role not in (CITY, ASSOCIATION, VOLUNTEER):
        raise NotFound("No such statistics.")


# ---- background imports: uploads and jobs -------------------------------------------------------
# The same roles as the synchronous imports (`visit:import`, `equipment:import`), and an API key
# needs the kind's import scope. A job or upload belongs to the caller's association (the city's
# have none): the city reads all, an association its own; nobody else any (404).

IMPORT_SCOPES = {"visits": "visits:import", "equipment": "equipment:import"}
IMPORT_ACTIONS = {"visits": "visit:import", "equipment": "equipment:import"}
IMPORT_OWNER = "owner"


def require_import(actor: Actor, kind: str) -> None:
    """May this caller import `kind` (403 otherwise): its key's scope, then its role."""
    require_scope(actor, IMPORT_SCOPES[kind])
    require(actor, IMPORT_ACTIONS[kind])


def scope_import_jobs(actor: Actor, statement: Select, table=ImportJob) -> Select:
    """Import jobs (or, with `table`, uploads): the city's all, an association's its own."""
    if actor.role == CITY:
        return statement
    if actor.role == ASSOCIATION and actor.association_id:
        return statement.where(table.association_id == actor.association_id)
    return statement.where(false())


def scope_import_uploads(actor: Actor, statement: Select) -> Select:
    return scope_import_jobs(actor, statement, ImportUpload)


def import_kinds_readable(actor: Actor) -> list[str]:
    """The kinds of job a caller's lists show: an API key's, those it holds the scope of."""
    return [kind for kind, scope in IMPORT_SCOPES.items() if actor.has_scope(scope)]


def import_job_relations(actor: Actor, job) -> frozenset[str]:
    """Who the caller is to a job it can see, for the job's state machine (cancel)."""
    if not actor.has_scope(IMPORT_SCOPES[job.kind]):
        return frozenset()
    if actor.role == CITY:
        return frozenset({CITY})
    if actor.role == ASSOCIATION and actor.association_id == job.association_id:
        return frozenset({IMPORT_OWNER})
    return frozenset()
