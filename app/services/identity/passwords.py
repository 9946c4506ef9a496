"""The password policy: long enough, not the e-mail, not a common password."""

from functools import lru_cache
from importlib import resources

from app.core.errors import ValidationFailed

MIN_LENGTH = 12


@lru_cache
def _common() -> frozenset[str]:
    text = resources.files("app.data").joinpath("common-passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def check_password(password: str, email: str, loc: tuple = ("body", "password")) -> None:
    problem = None
    local_part = email.split("@", 1)[0].casefold()
    if len(password) < MIN_LENGTH:
        problem = f"A password has at least {MIN_LENGTH} characters."
    elif len(local_part) >= 3 and local_part in password.casefold():
        problem = "A password may not contain the e-mail address's name."
    elif password.casefold() in _common():
        problem = "This password is too common; choose a phrase of your own."
    if problem:
        raise ValidationFailed(problem, loc=loc)
