"""Recruitment of accompagnateurs (issue 18): job descriptions (*fiches de poste*), versioned;
missions opened at a space under one version; applications residents send without an account.

`vocab` holds the codes, `tables` what is stored (open it first), `schemas` the shapes. Import
from `app.models.recruitment`."""

from app.models.recruitment.schemas import (
    CONSENT_DESCRIPTION,
    PRIVACY_PURPOSE,
    ApplicationRead,
    ApplicationReceipt,
    ApplicationTransition,
    JobDescriptionCreate,
    JobDescriptionRead,
    JobDescriptionTransition,
    JobDescriptionUpdate,
    JobDescriptionVersionRead,
    MissionCreate,
    MissionRead,
    MissionTransition,
    MissionUpdate,
    Privacy,
    PublicApplicationCreate,
    PublicMission,
    PublicMissions,
    PublicSpace,
    RequiredSkill,
    SkillRequirementRead,
)
from app.models.recruitment.tables import (
    JobDescription,
    JobDescriptionSkill,
    JobDescriptionVersion,
    Mission,
    MissionApplication,
)
from app.models.recruitment.vocab import (
    ApplicationStatus,
    DeclineReason,
    JobDescriptionStatus,
    JobKind,
    MissionStatus,
    SkillLevel,
)

__all__ = [
    "CONSENT_DESCRIPTION",
    "PRIVACY_PURPOSE",
    "ApplicationRead",
    "ApplicationReceipt",
    "ApplicationStatus",
    "ApplicationTransition",
    "DeclineReason",
    "JobDescription",
    "JobDescriptionCreate",
    "JobDescriptionRead",
    "JobDescriptionSkill",
    "JobDescriptionStatus",
    "JobDescriptionTransition",
    "JobDescriptionUpdate",
    "JobDescriptionVersion",
    "JobDescriptionVersionRead",
    "JobKind",
    "Mission",
    "MissionApplication",
    "MissionCreate",
    "MissionRead",
    "MissionStatus",
    "MissionTransition",
    "MissionUpdate",
    "Privacy",
    "PublicApplicationCreate",
    "PublicMission",
    "PublicMissions",
    "PublicSpace",
    "RequiredSkill",
    "SkillLevel",
    "SkillRequirementRead",
]
