"""Training: the skills catalogue (the six savoirs and more), sessions run by a training provider
(ANIS) and enrolments with their attendance.

`vocab` holds the seeded skills and the codes with their labels, `tables` what is stored (open it
first), `schemas` the request and response shapes (skills, sessions, enrolments, what attendance
gives). Every public name is re-exported here: import from `app.models.training`."""

from app.models.training.schemas import (
    SKILLS_PER_SESSION,
    AttendanceBulk,
    AttendanceMark,
    EnrolmentCreate,
    EnrolmentRead,
    EnrolmentUpdate,
    PublicTrainingSessionRead,
    SessionPlace,
    SessionSkill,
    SkillCode,
    SkillCodes,
    SkillCreate,
    SkillRead,
    SkillUpdate,
    SpaceSkillCoverage,
    SpaceTrainingSummary,
    TrainingSessionCreate,
    TrainingSessionRead,
    TrainingSessionTransition,
    TrainingSessionUpdate,
    UserSkillRead,
)
from app.models.training.tables import (
    Enrolment,
    Skill,
    TrainingSession,
    TrainingSessionSkill,
)
from app.models.training.vocab import (
    SEED_SKILLS,
    SKILL_NAMESPACE,
    Attendance,
    EnrolmentStatus,
    TrainingAudience,
    TrainingSessionStatus,
    seed_skill_id,
)

__all__ = [
    "SEED_SKILLS",
    "SKILL_NAMESPACE",
    "seed_skill_id",
    "TrainingAudience",
    "TrainingSessionStatus",
    "EnrolmentStatus",
    "Attendance",
    "Skill",
    "TrainingSession",
    "TrainingSessionSkill",
    "Enrolment",
    "SkillCode",
    "SkillCreate",
    "SkillUpdate",
    "SkillRead",
    "SKILLS_PER_SESSION",
    "SkillCodes",
    "TrainingSessionCreate",
    "TrainingSessionUpdate",
    "TrainingSessionTransition",
    "SessionSkill",
    "SessionPlace",
    "TrainingSessionRead",
    "PublicTrainingSessionRead",
    "EnrolmentCreate",
    "EnrolmentUpdate",
    "AttendanceMark",
    "AttendanceBulk",
    "EnrolmentRead",
    "UserSkillRead",
    "SpaceSkillCoverage",
    "SpaceTrainingSummary",
]
