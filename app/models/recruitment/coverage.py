"""What the skills coverage answers: for each skill the space's open and filled missions require,
who covers it (trained, from attendance), who is a resource person for it, and the sessions that
would close a gap."""

import uuid
from datetime import datetime

from pydantic import ConfigDict
from pydantic import Field as PydanticField

from app.models.base import NETWORK_MAX_ITEMS, OutputModel
from app.models.recruitment.vocab import SkillLevel

UPCOMING_PER_SKILL = 5  # the next sessions shown for a skill


class CoveragePerson(OutputModel):
    user_id: uuid.UUID
    full_name: str


class GapSession(OutputModel):
    """An upcoming training session on the skill with places left."""

    session_id: uuid.UUID
    title: str
    starts_at: datetime
    places_left: int = PydanticField(ge=1)
    space_id: uuid.UUID | None


class SkillCoverage(OutputModel):
    code: str
    title_fr: str
    title_en: str
    required_level: SkillLevel = PydanticField(
        description="The highest level the space's missions ask for this skill."
    )
    mission_ids: list[uuid.UUID] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    covered_by: list[CoveragePerson] = PydanticField(
        max_length=NETWORK_MAX_ITEMS,
        description="The space's active volunteers who attended a session on this skill.",
    )
    resource_persons: list[CoveragePerson] = PydanticField(
        max_length=NETWORK_MAX_ITEMS,
        description="The association's resource persons (personnes ressources) for this skill.",
    )
    gap: bool = PydanticField(description="Nobody at the space is trained in it.")
    sessions_closing_gap: list[GapSession] = PydanticField(
        max_length=UPCOMING_PER_SKILL,
        description="When there is a gap: the next sessions on the skill with places left.",
    )


class SpaceSkillsCoverage(OutputModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "space_id": "0d3c8a52-5a1e-4c7e-9a55-3f0e2b7c9d11",
                    "association_id": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    "gaps": 1,
                    "skills": [
                        {
                            "code": "read-caf-file",
                            "title_fr": "Lire son dossier CAF",
                            "title_en": "Read one's CAF file",
                            "required_level": "practitioner",
                            "mission_ids": ["7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d"],
                            "covered_by": [],
                            "resource_persons": [],
                            "gap": True,
                            "sessions_closing_gap": [
                                {
                                    "session_id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                                    "title": "Le site de la CAF pas à pas",
                                    "starts_at": "2027-01-12T13:30:00Z",
                                    "places_left": 4,
                                    "space_id": None,
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )

    space_id: uuid.UUID
    association_id: uuid.UUID
    skills: list[SkillCoverage] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    gaps: int


class NetworkSkillCoverage(OutputModel):
    code: str
    title_fr: str
    title_en: str
    spaces_requiring: int
    spaces_with_gap: list[uuid.UUID] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    trained_people: int = PydanticField(
        description="Active volunteers of those spaces trained in the skill."
    )
    resource_persons: int
    sessions_closing_gap: list[GapSession] = PydanticField(max_length=UPCOMING_PER_SKILL)


class NetworkSkillsCoverage(OutputModel):
    spaces: int = PydanticField(description="Spaces with open or filled missions, in scope.")
    skills: list[NetworkSkillCoverage] = PydanticField(max_length=NETWORK_MAX_ITEMS)
