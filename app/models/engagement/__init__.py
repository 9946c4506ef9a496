"""Engagements (issue 18, item 4) and resource persons (item 5): a volunteer's, a Service
Civique's, an employee's or a public writer's engagement at a space, which gives and takes
back the space assignment by its dates; and the members an association marks *personne
ressource*, for skills of the catalogue.

`vocab` holds the codes, `tables` what is stored (open it first), `schemas` the shapes. Import
from `app.models.engagement`."""

from app.models.engagement.schemas import (
    MAX_SKILLS,
    SERVICE_CIVIQUE_MONTHS,
    SERVICE_CIVIQUE_WEEKLY_HOURS,
    EngagementCreate,
    EngagementRead,
    EngagementTransition,
    EngagementUpdate,
    ResourcePersonPut,
    ResourcePersonRead,
    ServiceCiviqueRead,
    ServiceCiviqueTerms,
    Training,
    TrainingRead,
)
from app.models.engagement.tables import Engagement, ResourcePerson, ResourcePersonSkill
from app.models.engagement.vocab import EngagementKind, EngagementStatus

__all__ = [
    "MAX_SKILLS",
    "SERVICE_CIVIQUE_MONTHS",
    "SERVICE_CIVIQUE_WEEKLY_HOURS",
    "Engagement",
    "EngagementCreate",
    "EngagementKind",
    "EngagementRead",
    "EngagementStatus",
    "EngagementTransition",
    "EngagementUpdate",
    "ResourcePerson",
    "ResourcePersonPut",
    "ResourcePersonRead",
    "ResourcePersonSkill",
    "ServiceCiviqueRead",
    "ServiceCiviqueTerms",
    "Training",
    "TrainingRead",
]
