"""Every enumeration's codes with French and English labels, in one registry.

Front-ends read labels from `GET /api/v1/vocabularies` and never hard-code them. Registering
an enumeration without a label for each of its codes fails at import time.
"""

from enum import StrEnum

_REGISTRY: dict[str, tuple[type[StrEnum], dict[str, tuple[str, str]], str]] = {}
# Published as the `maxItems` of lists with one entry per code (and of the vocabularies list).
VOCABULARY_MAX_CODES = 100


def vocabulary(name: str, description: str, labels: dict[str, tuple[str, str]]):
    """Class decorator: `labels` maps each code to (French, English)."""

    def register(enum: type[StrEnum]) -> type[StrEnum]:
        codes = {member.value for member in enum}
        if codes != set(labels):
            raise ValueError(f"vocabulary {name}: labels {set(labels) ^ codes} do not match")
        if name in _REGISTRY:
            raise ValueError(f"vocabulary {name} registered twice")
        if len(codes) > VOCABULARY_MAX_CODES or len(_REGISTRY) >= VOCABULARY_MAX_CODES:
            raise ValueError(
                f"vocabulary {name}: more than {VOCABULARY_MAX_CODES} codes or vocabularies"
            )
        _REGISTRY[name] = (enum, labels, description)
        return enum

    return register


def all_vocabularies() -> list[dict]:
    return [
        {
            "name": name,
            "description": description,
            "values": [
                {
                    "code": member.value,
                    "label_fr": labels[member.value][0],
                    "label_en": labels[member.value][1],
                }
                for member in enum
            ],
        }
        for name, (enum, labels, description) in sorted(_REGISTRY.items())
    ]


def label_fr(name: str, code: str) -> str:
    return _REGISTRY[name][1][code][0]
