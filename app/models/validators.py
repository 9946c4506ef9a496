"""French identifiers and contact formats, checked the same way everywhere."""

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, EmailStr, StringConstraints
from sqlalchemy import ColumnElement, false


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _siret(value: str) -> str:
    compact = re.sub(r"\s", "", value)
    if not re.fullmatch(r"\d{14}", compact):
        raise ValueError("a SIRET is 14 digits")
    if not luhn_ok(compact):
        raise ValueError("this SIRET fails its checksum (Luhn)")
    return compact


def _rna(value: str) -> str:
    compact = value.strip().upper()
    if not re.fullmatch(r"W\d{9}", compact):
        raise ValueError("an RNA number is W followed by 9 digits")
    return compact


def _phone(value: str) -> str:
    compact = re.sub(r"[\s.\-()]", "", value)
    if re.fullmatch(r"0[1-9]\d{8}", compact):
        return "+33" + compact[1:]
    if re.fullmatch(r"\+33[1-9]\d{8}", compact):
        return compact
    if re.fullmatch(r"\+[1-9]\d{7,14}", compact):
        return compact
    raise ValueError("a phone number is 10 French digits (03 20 …) or international (+33 …)")


Siret = Annotated[str, AfterValidator(_siret)]
Rna = Annotated[str, AfterValidator(_rna)]
Phone = Annotated[str, AfterValidator(_phone)]
Postcode = Annotated[str, StringConstraints(pattern=r"^\d{5}$")]
Email = Annotated[EmailStr, BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=5000)]


SEARCH_KEY_LENGTH = 200  # the width of the stored `name_search` columns


def search_key(text: str) -> str:
    """Lower-case, accents removed, punctuation read as a space: what `q=` filters and name
    sorts compare, the same on both backends ("Hauts-Champs", "hauts champs" and "HAUTS CHAMPS"
    give one key; "l'Épeule" and "l’epeule" too)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(word for word in re.split(r"[\W_]+", plain) if word)


def stored_search_key(text: str) -> str:
    """The key kept beside a name: case folding can lengthen a text ("ß" → "ss"), the column
    cannot grow with it."""
    return search_key(text)[:SEARCH_KEY_LENGTH]


def name_matches(column: ColumnElement, q: str) -> ColumnElement[bool]:
    """`column` (a stored search key) contains `q`'s key; a `q` with no letter or digit matches
    nothing, and `%` or `_` never act as LIKE wildcards."""
    key = search_key(q)
    if not key:
        return false()
    return column.contains(key, autoescape=True)
