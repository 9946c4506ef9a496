"""State machines as data, in one format for every resource that moves through statuses.

A machine is a table of moves — `Move(source(s), target, who, needs_reason, name, requires,
effects)` — plus the effects of entering (or leaving) a state, declared with it:

    TICKETS = StateMachine("ticket", TicketStatus, [Move(S.new, S.acknowledged, FORWARD), …],
                           on_enter={S.resolved: [stamp_resolved_at]})

`who` names relations the policy computes for a caller and an object ("city", "association",
"operator", "requester" …), so one table serves every resource. A move is found by its `name`,
which is its target unless given: equipment movements are named moves (`allocate`, `retire` …)
from some statuses to a target status.

One check answers every refusal the same way, for every machine:
- the caller's relations may make the move but it needs a reason and has none → 422
  (a validation problem naming the reason field);
- the move exists from this state for other relations only → 403 (naming who may make it);
- no move from this state has that name at all → 409;
each with the moves this caller may make from here (`allowed_transitions`).

`transition()` is the one generic step after the check: the move's extra requirements, then the
effects (leaving the current state, the move's own, entering the target), which fill the
`Step.changes` to write; the service's `write` puts them down; then the effects declared to run
once the state is entered (`after_enter`). The service keeps only what is truly its own.

Every machine registers itself in `MACHINES`, so whole-surface tests walk them all.
"""

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from app.core.clock import utcnow
from app.core.errors import Conflict, Forbidden, ValidationFailed

ANY = "*"

# An effect (or a requirement) receives the object and the step under way; it may add to
# `step.changes`, act in `step.session`, or raise a problem to refuse the move.
Effect = Callable[[Any, "Step"], Awaitable[None]]

# The answers every transition route documents (the routers' `responses=`).
TRANSITION_RESPONSES: dict[int | str, dict[str, Any]] = {
    403: {"description": "The move exists from this state, but for others; the problem says who."},
    409: {"description": "No such move from this state (or it is impossible now); says why."},
    422: {"description": "The request is not valid, e.g. this move needs a reason."},
}


def _sources(source: str | Iterable[str]) -> frozenset[str]:
    """Plain strings (an enum member's value), so that sets and lookups never depend on how an
    enum hashes."""
    if isinstance(source, str):
        return frozenset({str(source)})
    return frozenset(str(s) for s in source)


@dataclass(frozen=True)
class Move:
    source: str | Iterable[str]  # a status, several, or ANY
    target: str | None  # None: decided by the move's effects (they set changes["status"])
    who: frozenset[str]
    needs_reason: bool = False
    name: str | None = None  # how callers ask for it; the target unless given
    requires: tuple[Effect, ...] = ()  # checked after the policy, before any effect
    effects: tuple[Effect, ...] = ()  # this move's own, between leaving and entering

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", _sources(self.source))
        object.__setattr__(self, "who", frozenset(str(w) for w in self.who))
        if self.target is not None:
            object.__setattr__(self, "target", str(self.target))
        if self.name is None and self.target is None:
            raise ValueError("A move without a fixed target needs a name.")
        object.__setattr__(self, "name", str(self.name if self.name is not None else self.target))

    @property
    def sources(self) -> frozenset[str]:
        return self.source  # type: ignore[return-value]

    def leaves(self, current: str) -> bool:
        """From `current`: named explicitly, or from ANY other state."""
        return current in self.sources or (ANY in self.sources and self.target != current)


@dataclass
class Step:
    """One transition under way: what requirements and effects read, and the changes to write."""

    machine: "StateMachine"
    move: Move
    current: str
    actor: Any
    session: Any = None
    reason: str | None = None
    data: Any = None
    now: datetime = field(default_factory=utcnow)
    changes: dict[str, Any] = field(default_factory=dict)

    @property
    def target(self) -> str | None:
        """Where the object goes: the move's target, or what its effects decided."""
        value = self.changes.get(self.machine.status_field, self.move.target)
        return None if value is None else str(value)


def _default_refusal(machine: "StateMachine", current: str, name: str, allowed: list[str]) -> str:
    article = "An" if machine.name[:1].lower() in "aeiou" else "A"
    return f"{article} {machine.name} cannot move from '{current}' to '{name}'" + (
        f"; allowed: {', '.join(allowed)}." if allowed else "; no move is allowed now."
    )


MACHINES: dict[str, "StateMachine"] = {}


class StateMachine:
    def __init__(
        self,
        name: str,
        states: Iterable[str] | type[Enum],
        moves: Iterable[Move],
        *,
        on_enter: Mapping[str, Iterable[Effect]] | None = None,
        on_leave: Mapping[str, Iterable[Effect]] | None = None,
        after_enter: Mapping[str, Iterable[Effect]] | None = None,
        reason_field: str = "reason",
        status_field: str = "status",
        allowed_key: str = "allowed_transitions",
        refusal: Callable[["StateMachine", str, str, list[str]], str] = _default_refusal,
    ) -> None:
        self.name = name
        self.states = tuple(str(getattr(s, "value", s)) for s in states)
        self.moves = tuple(moves)
        self.on_enter = {str(k): tuple(v) for k, v in (on_enter or {}).items()}
        self.on_leave = {str(k): tuple(v) for k, v in (on_leave or {}).items()}
        self.after_enter = {str(k): tuple(v) for k, v in (after_enter or {}).items()}
        self.reason_field = reason_field
        self.status_field = status_field
        self.allowed_key = allowed_key
        self.refusal = refusal
        known = set(self.states) | {ANY}
        for move in self.moves:
            unknown = (move.sources | ({move.target} if move.target else set())) - known
            if unknown:
                raise ValueError(f"{name}: a move names unknown states {sorted(unknown)}.")
        MACHINES[name] = self

    # ---- reading the table ----------------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a caller may ask for (targets, or the named moves)."""
        return tuple(dict.fromkeys(m.name for m in self.moves))

    def moves_from(self, current: str, name: str | None = None) -> list[Move]:
        return [m for m in self.moves if m.leaves(current) and (name is None or m.name == name)]

    def allowed(self, current: str, relations: set[str] | frozenset[str]) -> list[str]:
        """The names this caller may ask for from `current`, in the table's order."""
        return list(dict.fromkeys(m.name for m in self.moves_from(current) if m.who & relations))

    def who_may(self, current: str, name: str) -> frozenset[str]:
        return frozenset().union(*(m.who for m in self.moves_from(current, name)))

    # ---- the one check --------------------------------------------------------------------------

    def check(
        self,
        current: str,
        name: str,
        relations: set[str] | frozenset[str],
        reason: str | None = None,
    ) -> Move:
        """The move; or 422 (needs a reason), 403 (for others), 409 (no such move from here)."""
        current, name = str(current), str(name)
        allowed = self.allowed(current, relations)
        candidates = self.moves_from(current, name)
        for move in candidates:
            if move.who & relations:
                if move.needs_reason and not (reason and reason.strip()):
                    raise ValidationFailed(
                        f"Moving this {self.name} from '{current}' to '{name}' needs a reason.",
                        loc=("body", self.reason_field),
                        **{self.allowed_key: allowed},
                    )
                return move
        if candidates:
            who = ", ".join(sorted(self.who_may(current, name)))
            raise Forbidden(
                f"Only {who} may move this {self.name} from '{current}' to '{name}'.",
                **{self.allowed_key: allowed},
            )
        raise Conflict(self.refusal(self, current, name, allowed), **{self.allowed_key: allowed})

    # ---- the one transition step ----------------------------------------------------------------

    async def transition(
        self,
        obj: Any,
        name: str,
        *,
        current: str,
        relations: set[str] | frozenset[str],
        actor: Any,
        write: Callable[[dict[str, Any]], Awaitable[Any]],
        session: Any = None,
        reason: str | None = None,
        data: Any = None,
    ) -> Step:
        """Check, run the requirements and effects, write the changes, run `after_enter`."""
        move = self.check(current, name, relations, reason)
        step = Step(self, move, str(current), actor, session, reason, data)
        if move.target is not None:
            step.changes[self.status_field] = move.target
        for effect in move.requires:
            await effect(obj, step)
        for effect in (*self.on_leave.get(step.current, ()), *move.effects):
            await effect(obj, step)
        for effect in self.on_enter.get(step.target or "", ()):
            await effect(obj, step)
        await write(step.changes)
        for effect in self.after_enter.get(step.target or "", ()):
            await effect(obj, step)
        return step
