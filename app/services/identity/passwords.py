"""The password policy, one function for the API and the CLI: long enough, not the person's own
e-mail or name, not a common password, not a repeated pattern or a keyboard walk, and hard to
guess by a real strength estimate (zxcvbn, score 3 of 4 at least)."""

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from zxcvbn import zxcvbn

from app.core.errors import ValidationFailed

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 0 too guessable … 4 very unguessable; 3 is "safely unguessable"
# zxcvbn's cost grows with length; past this many characters the rest only adds strength.
ESTIMATE_LENGTH = 64
# Keyboard rows (French AZERTY first, then QWERTY) and the digit row, walked either way.
KEYBOARD_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")
DIGIT_ROW = "1234567890"
WALK_MIN = 4  # four neighbouring keys in a row count as a walk

RULES = (
    f"At least {MIN_LENGTH} characters; not containing the e-mail's local part or the user's "
    "name; not a common password, a repeated pattern or a keyboard walk (azertyuiop, "
    f"qsdfghjklm …); and judged hard to guess (zxcvbn score {MIN_SCORE} of 4 or more)."
)


@lru_cache
def _common() -> frozenset[str]:
    text = resources.files("app.data").joinpath("common-passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _fold(text: str) -> str:
    """Case and accents away, so `Hélène` in a password is `helene` in a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _personal(email: str, full_name: str | None) -> list[str]:
    """The person's own words: the e-mail's local part (3+ characters) and its pieces, and the
    name's words (4+ characters, so that `de` or `des` in a name forbid nothing)."""
    local = _fold(email.split("@", 1)[0])
    words = set(re.split(r"[\W_]+", local))
    if full_name:
        name = _fold(full_name)
        words.update(re.split(r"[\W_]+", name))
        words.add(re.sub(r"[\W_]+", "", name))
    words = {w for w in words if len(w) >= 4}
    if len(local) >= 3:
        words.add(local)
    return sorted(words, key=len, reverse=True)


def _repeated(folded: str) -> bool:
    """One unit over and over (`passwordpassword`, `abcabcabcabc`) or hardly any characters."""
    return re.fullmatch(r"(.+?)\1+", folded, flags=re.DOTALL) is not None or len(set(folded)) <= 3


def _walk_coverage(folded: str) -> int:
    """How many characters are in runs of WALK_MIN+ neighbouring keys of one keyboard row."""
    lines = [*KEYBOARD_ROWS, DIGIT_ROW]
    lines += [line[::-1] for line in lines]
    covered = [False] * len(folded)
    for start in range(len(folded)):
        for line in lines:
            end = start
            while end < len(folded) and folded[start : end + 1] in line:
                end += 1
            if end - start >= WALK_MIN:
                for i in range(start, end):
                    covered[i] = True
    return sum(covered)


def password_problem(password: str, email: str, full_name: str | None = None) -> str | None:
    """Why this password is refused for this person, or None if it is good enough."""
    if len(password) < MIN_LENGTH:
        return f"A password has at least {MIN_LENGTH} characters."
    folded = _fold(password)
    for word in _personal(email, full_name):
        if word in folded:
            return "A password may not contain your e-mail address's name or your own name."
    if folded in _common() or folded.strip(" 0123456789!?.*-_") in _common():
        return "This password is a well-known common password; choose a phrase of your own."
    if _repeated(folded):
        return "This password is one short pattern repeated; choose a phrase of your own."
    if _walk_coverage(folded) * 2 >= len(folded):
        return (
            "This password is mostly a keyboard walk (like azertyuiop or qsdfghjklm); "
            "choose a phrase of your own."
        )
    estimate = zxcvbn(password[:ESTIMATE_LENGTH], user_inputs=_personal(email, full_name))
    if estimate["score"] < MIN_SCORE:
        feedback = estimate.get("feedback") or {}
        hint = " ".join(
            part
            for part in [feedback.get("warning") or "", *feedback.get("suggestions", [])]
            if part
        )
        return (
            f"This password is too easy to guess (strength {estimate['score']} of 4, "
            f"at least {MIN_SCORE} needed). {hint or 'Add a few uncommon words.'}".strip()
        )
    return None


def check_password(
    password: str, email: str, full_name: str | None = None, loc: tuple = ("body", "password")
) -> None:
    problem = password_problem(password, email, full_name)
    if problem:
        raise ValidationFailed(problem, loc=loc)
