"""The ENC label (Charte du label ENC): a versioned catalogue of criteria, applications made under
one version, the result of each criterion per application, and the label an approval grants. The
label's own status (valid or expired) is never stored: it is read from its dates.

`vocab` holds the codes and their labels, `tables` what is stored (open it first), `schemas` the
request and response shapes (the catalogue, applications, the label). Every public name is
re-exported here: import from `app.models.label`."""

from app.models.label.schemas import (
    MAX_CRITERIA,
    CriterionCode,
    LabelApplicationCreate,
    LabelApplicationEventRead,
    LabelApplicationRead,
    LabelApplicationTransition,
    LabelAttestation,
    LabelCriteriaPublish,
    LabelCriteriaVersionRead,
    LabelCriterionRead,
    LabelCriterionResultRead,
    LabelCriterionSpec,
    LabelRead,
    LabelWaiver,
)
from app.models.label.tables import (
    LabelApplication,
    LabelApplicationEvent,
    LabelCriteriaVersion,
    LabelCriterionResult,
)
from app.models.label.vocab import (
    OPEN_STATUSES,
    LabelApplicationStatus,
    LabelCriterionKind,
    LabelRule,
    LabelStatus,
)

__all__ = [
    "LabelCriterionKind",
    "LabelRule",
    "LabelApplicationStatus",
    "OPEN_STATUSES",
    "LabelStatus",
    "LabelCriteriaVersion",
    "LabelApplication",
    "LabelCriterionResult",
    "LabelApplicationEvent",
    "MAX_CRITERIA",
    "CriterionCode",
    "LabelCriterionSpec",
    "LabelCriteriaPublish",
    "LabelCriterionRead",
    "LabelCriteriaVersionRead",
    "LabelApplicationCreate",
    "LabelApplicationTransition",
    "LabelAttestation",
    "LabelWaiver",
    "LabelRead",
    "LabelCriterionResultRead",
    "LabelApplicationRead",
    "LabelApplicationEventRead",
]
