"""The one state-machine format: every registered machine walked state × move × relations,
the answer derived from its table (allowed, 403, 409, 422); and the one transition step."""

import itertools

import pytest

import app.main  # noqa: F401 — imports every service, so every machine registers itself
from app.core.errors import Conflict, Forbidden, ValidationFailed
from app.core.state_machine import ANY, MACHINES, Move, StateMachine, Step

# The machines the API has today; a new one is walked too (the walk is over MACHINES).
KNOWN = {
    "space",
    "ticket",
    "loan agreement",
    "training session",
    "label application",
    "equipment item",
}


def test_every_machine_registers_itself():
    assert set(MACHINES) >= KNOWN


def _relation_sets(machine: StateMachine) -> list[frozenset[str]]:
    """Every set of relations the policy can give (a superset: all subsets of `who`s)."""
    every = sorted(frozenset().union(*(m.who for m in machine.moves)))
    return [
        frozenset(combo)
        for size in range(len(every) + 1)
        for combo in itertools.combinations(every, size)
    ]


def _expected(machine: StateMachine, current: str, name: str, relations, reason):
    """What the table says, written out without the machine's own code."""
    moves = [
        m
        for m in machine.moves
        if m.name == name and (current in m.sources or (ANY in m.sources and m.target != current))
    ]
    mine = [m for m in moves if m.who & relations]
    if mine:
        if reason or any(not m.needs_reason for m in mine):
            return "ok"
        return 422
    return 403 if moves else 409


def _cases():
    for machine_name in sorted(MACHINES):
        machine = MACHINES[machine_name]
        names = sorted(set(machine.names) | set(machine.states))
        for current, name, relations, reason in itertools.product(
            machine.states, names, _relation_sets(machine), (None, "Parce que.")
        ):
            yield pytest.param(
                machine_name,
                current,
                name,
                relations,
                reason,
                id=f"{machine_name}:{current}->{name}:{'+'.join(sorted(relations)) or '-'}"
                f":{'reason' if reason else 'none'}",
            )


@pytest.mark.parametrize(("machine_name", "current", "name", "relations", "reason"), _cases())
def test_check_answers_what_the_table_says(machine_name, current, name, relations, reason):
    machine = MACHINES[machine_name]
    expected = _expected(machine, current, name, relations, reason)
    allowed = machine.allowed(current, relations)
    assert allowed == list(
        dict.fromkeys(
            m.name
            for m in machine.moves
            if m.who & relations
            and (current in m.sources or (ANY in m.sources and m.target != current))
        )
    )
    if expected == "ok":
        move = machine.check(current, name, relations, reason)
        assert move.name == name and move.who & relations
        assert name in allowed
        return
    error = {403: Forbidden, 409: Conflict, 422: ValidationFailed}[expected]
    with pytest.raises(error) as caught:
        machine.check(current, name, relations, reason)
    problem = caught.value.body()
    assert problem["status"] == expected
    assert problem[machine.allowed_key] == allowed
    if expected == 403:
        for who in machine.who_may(current, name):
            assert who in problem["detail"]
        assert name not in allowed
    if expected == 422:
        assert problem["errors"][0]["loc"] == ["body", machine.reason_field]


# ---- the format itself, on a small machine ------------------------------------------------------


def _toy(log: list) -> StateMachine:
    def effect(label: str):
        async def run(obj: dict, step: Step) -> None:
            log.append(label)
            step.changes[label] = True

        return run

    async def refuse_when_locked(obj: dict, step: Step) -> None:
        if obj.get("locked"):
            raise Conflict("Locked.")

    async def decide(obj: dict, step: Step) -> None:
        log.append("decide")
        step.changes["status"] = "b" if obj.get("to_b") else "c"

    return StateMachine(
        "toy (tests)",
        ["a", "b", "c"],
        [
            Move("a", "b", {"x"}, requires=(refuse_when_locked,), effects=(effect("move"),)),
            Move({"a", "b"}, None, {"x"}, name="jump", effects=(decide,)),
            Move(ANY, "c", {"y"}, needs_reason=True),
        ],
        on_leave={"a": [effect("leave_a")]},
        on_enter={"b": [effect("enter_b")], "c": [effect("enter_c")]},
        after_enter={"b": [effect("after_b")]},
    )


async def test_transition_runs_requirements_effects_write_then_after_enter():
    log: list = []
    machine = _toy(log)
    written: list[dict] = []

    async def write(changes: dict) -> None:
        log.append("write")
        written.append(dict(changes))

    step = await machine.transition({}, "b", current="a", relations={"x"}, actor=None, write=write)
    assert log == ["leave_a", "move", "enter_b", "write", "after_b"]
    assert written == [{"status": "b", "leave_a": True, "move": True, "enter_b": True}]
    assert step.target == "b" and step.current == "a"


async def test_a_named_move_whose_effect_decides_the_target_enters_that_state():
    log: list = []
    machine = _toy(log)

    async def write(changes: dict) -> None:
        log.append(("write", changes["status"]))

    await machine.transition({}, "jump", current="b", relations={"x"}, actor=None, write=write)
    assert log == ["decide", "enter_c", ("write", "c")]
    assert machine.allowed("b", {"x"}) == ["jump"]
    assert machine.allowed("c", {"x"}) == []


async def test_a_refused_move_runs_no_effect_and_writes_nothing():
    log: list = []
    machine = _toy(log)

    async def write(changes: dict) -> None:
        log.append("write")

    with pytest.raises(Conflict):  # a requirement refuses
        await machine.transition(
            {"locked": True}, "b", current="a", relations={"x"}, actor=None, write=write
        )
    with pytest.raises(Forbidden):  # the move exists, for "x"
        await machine.transition({}, "b", current="a", relations={"y"}, actor=None, write=write)
    with pytest.raises(ValidationFailed):  # "y" may, with a reason
        await machine.transition({}, "c", current="a", relations={"y"}, actor=None, write=write)
    with pytest.raises(Conflict):  # from c nothing goes to b
        await machine.transition({}, "b", current="c", relations={"x"}, actor=None, write=write)
    assert log == []


def test_a_move_naming_an_unknown_state_is_refused_at_definition():
    with pytest.raises(ValueError, match="unknown states"):
        StateMachine("broken (tests)", ["a"], [Move("a", "z", {"x"})])
    MACHINES.pop("broken (tests)", None)
