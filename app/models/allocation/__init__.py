"""Equipment requests (an association asks for items for a space, the city reviews) and the
allocation plans the city executes: each line's items become movements through the equipment
rules, all at once or none; a line may also assign a volunteer to a space from a date.

`vocab` holds the codes, `tables` what is stored (open it first), `schemas` the shapes. Import
from `app.models.allocation`."""

from app.models.allocation.schemas import (
    MAX_LINES,
    MAX_QUANTITY,
    AllocationLineCreate,
    AllocationLineRead,
    AllocationPlanCreate,
    AllocationPlanRead,
    EquipmentRequestCreate,
    EquipmentRequestRead,
    EquipmentRequestTransition,
    RefusedAllocation,
    StockByKind,
)
from app.models.allocation.tables import (
    AllocatedItem,
    AllocationLine,
    AllocationPlan,
    EquipmentRequest,
)
from app.models.allocation.vocab import (
    AllocationLineKind,
    AllocationPlanStatus,
    AllocationRefusal,
    RequestPriority,
    RequestStatus,
)

__all__ = [
    "MAX_LINES",
    "MAX_QUANTITY",
    "AllocatedItem",
    "AllocationLine",
    "AllocationLineCreate",
    "AllocationLineKind",
    "AllocationLineRead",
    "AllocationPlan",
    "AllocationPlanCreate",
    "AllocationPlanRead",
    "AllocationPlanStatus",
    "AllocationRefusal",
    "EquipmentRequest",
    "EquipmentRequestCreate",
    "EquipmentRequestRead",
    "EquipmentRequestTransition",
    "RefusedAllocation",
    "RequestPriority",
    "RequestStatus",
    "StockByKind",
]
