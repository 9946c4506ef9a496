"""State machines as data: a table of (from, to, who) that services check and the API reports.

`who` names relations the policy computes for a caller and an object ("city", "association",
"operator", "requester" …), so one table serves every resource.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.errors import Conflict

ANY = "*"


@dataclass(frozen=True)
class Move:
    source: str  # a status, or ANY
    target: str
    who: frozenset[str]
    needs_reason: bool = False


class StateMachine:
    def __init__(self, name: str, moves: Iterable[Move]) -> None:
        self.name = name
        self.moves = tuple(moves)

    def _moves_from(self, current: str) -> list[Move]:
        return [m for m in self.moves if m.source in (current, ANY) and m.target != current]

    def allowed(self, current: str, relations: set[str] | frozenset[str]) -> list[str]:
        seen: list[str] = []
        for move in self._moves_from(current):
            if move.who & relations and move.target not in seen:
                seen.append(move.target)
        return seen

    def check(
        self,
        current: str,
        target: str,
        relations: set[str] | frozenset[str],
        reason: str | None = None,
    ) -> Move:
        """The move, or 409 naming the moves this caller may make from here."""
        for move in self._moves_from(current):
            if move.target == target and move.who & relations:
                if move.needs_reason and not (reason and reason.strip()):
                    raise Conflict(
                        f"Moving this {self.name} from '{current}' to '{target}' needs a reason.",
                        allowed_transitions=self.allowed(current, relations),
                    )
                return move
        allowed = self.allowed(current, relations)
        raise Conflict(
            f"A {self.name} cannot move from '{current}' to '{target}'"
            + (f"; allowed: {', '.join(allowed)}." if allowed else "; no move is allowed now."),
            allowed_transitions=allowed,
        )
