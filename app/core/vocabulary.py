"""Every enumeration's codes with French and English labels, in one registry.

Front-ends read labels from `GET /api/v1/vocabularies` and never hard-code them. Registering
an enumeration without a label for each of its codes fails at import time.
"""

from enum import StrEnum

_REGISTRY: dict[str, tuple[type[StrEnum], dict[str, tuple[str, str]], tuple[str, str]]] = {}
# Published as the `maxItems` of lists with one entry per code (and of the vocabularies list).
VOCABULARY_MAX_CODES = 100


# Codes are snake_case, but for four kinds whose shape is a convention of its own: API key
# scopes are `resource:verb` (as OAuth2 scopes read), webhook event types `resource.event` (as
# Standard Webhooks names them), skill codes, entries of the skills catalogue rather than an
# enumeration, lowercase words joined by hyphens (they appear in URLs: /skills/{code}), and
# document formats, media types (`application/pdf`).
CODE_SHAPES = {
    "api_key_scope": r"[a-z_]+:[a-z_]+",
    "webhook_event_type": r"[a-z_]+\.[a-z_]+",
    "skill_coop_theme": r"[a-z0-9]+(-[a-z0-9]+)*",
    "document_content_type": r"[a-z]+/[a-z0-9.+-]+",
}
SNAKE_CASE = r"[a-z0-9]+(_[a-z0-9]+)*"


def vocabulary(name: str, description: str, labels: dict[str, tuple[str, str]], *, english: str):
    """Class decorator: `description` in French, `english` its English; `labels` maps each
    code to (French, English)."""

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
        _REGISTRY[name] = (enum, labels, (description, english))
        return enum

    return register


def all_vocabularies() -> list[dict]:
    return [
        {
            "name": name,
            "description": description[0],
            "description_fr": description[0],
            "description_en": description[1],
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
