"""Request and response shapes of equipment requests and allocation plans."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import model_validator

from app.models.allocation.vocab import (
    AllocationLineKind,
    AllocationPlanStatus,
    AllocationRefusal,
    RequestPriority,
    RequestStatus,
)
from app.models.base import InputModel, OutputModel
from app.models.equipment.vocab import EquipmentKind, FundingSource
from app.models.validators import LongText, ShortText

MAX_QUANTITY = 500
MAX_LINES = 1000
Quantity = Annotated[int, PydanticField(ge=1, le=MAX_QUANTITY)]
Justification = Annotated[str, PydanticField(min_length=1, max_length=5000)]


class EquipmentRequestCreate(InputModel):
    space_id: uuid.UUID = PydanticField(description="One of your association's spaces.")
    kind: EquipmentKind
    quantity: Quantity
    justification: Justification
    priority: RequestPriority = RequestPriority.normal

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "space_id": "0b7f3f6e-2a44-4c39-9d59-5d3f4e8f0a11",
                    "kind": "desktop",
                    "quantity": 4,
                    "justification": "Quatre postes pour l'atelier CAF du mardi (file d'attente).",
                    "priority": "high",
                }
            ]
        }
    }


class EquipmentRequestTransition(InputModel):
    to: RequestStatus
    reason: LongText | None = PydanticField(default=None, description="Why; required to decline.")
    approved_quantity: Quantity | None = PydanticField(
        default=None,
        description="To approve in part: at most the quantity asked (the whole of it if left out).",
    )

    @model_validator(mode="after")
    def _quantity_to_approve(self) -> "EquipmentRequestTransition":
        if self.approved_quantity is not None and self.to != RequestStatus.approved:
            raise ValueError("approved_quantity goes with the move to approved")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"to": "under_review"},
                {"to": "approved", "approved_quantity": 2, "reason": "Deux postes ASSOCLIC."},
                {"to": "declined", "reason": "Le lieu est déjà équipé."},
            ]
        }
    }


class EquipmentRequestRead(OutputModel):
    id: uuid.UUID
    association_id: uuid.UUID
    space_id: uuid.UUID
    kind: EquipmentKind
    quantity: int
    justification: str
    priority: RequestPriority
    status: RequestStatus
    allowed_transitions: list[str] = PydanticField(max_length=10)
    approved_quantity: int | None
    fulfilled_quantity: int = PydanticField(description="Items moved to the space by plans.")
    decision_reason: str | None
    requested_by: uuid.UUID | None
    reviewed_by: uuid.UUID | None
    reviewed_at: datetime | None
    fulfilled_at: datetime | None
    created_at: datetime
    updated_at: datetime


class AllocationLineCreate(InputModel):
    """Equipment (`request_id`, with `quantity` and optionally the very items) or a volunteer
    (`user_id`, `space_id`, `starts_on`)."""

    request_id: uuid.UUID | None = PydanticField(default=None, description="An approved request.")
    quantity: Quantity | None = PydanticField(
        default=None, description="Default: what is left to fulfil of the approved quantity."
    )
    equipment_ids: list[uuid.UUID] = PydanticField(
        default_factory=list,
        max_length=MAX_QUANTITY,
        description="The items to move (as many as the quantity); left out, the stock's first.",
    )
    user_id: uuid.UUID | None = PydanticField(
        default=None, description="A volunteer of the space's association."
    )
    space_id: uuid.UUID | None = PydanticField(default=None, description="For a volunteer line.")
    starts_on: date | None = PydanticField(
        default=None,
        description="A volunteer line: assigned from this day (default: on execution).",
    )

    @model_validator(mode="after")
    def _one_kind(self) -> "AllocationLineCreate":
        if (self.request_id is None) == (self.user_id is None):
            raise ValueError("a line is for a request (request_id) or a volunteer (user_id)")
        if self.request_id is not None and (self.space_id or self.starts_on):
            raise ValueError("an equipment line goes to its request's space")
        if self.user_id is not None and (self.quantity or self.equipment_ids):
            raise ValueError("a volunteer line moves no equipment")
        if self.user_id is not None and self.space_id is None:
            raise ValueError("a volunteer line says which space (space_id)")
        if self.equipment_ids and len(set(self.equipment_ids)) != len(self.equipment_ids):
            raise ValueError("an item is named once")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"request_id": "5c8e1b2a-3f4d-4e6a-9b7c-8d9e0f1a2b3c", "quantity": 2},
                {
                    "user_id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    "space_id": "0b7f3f6e-2a44-4c39-9d59-5d3f4e8f0a11",
                    "starts_on": "2027-01-04",
                },
            ]
        }
    }


class AllocationPlanCreate(InputModel):
    title: ShortText
    funding_source: FundingSource | None = PydanticField(
        default=None,
        description="Allocate only items of this origin (ASSOCLIC …); any if left out.",
    )
    notes: LongText | None = None
    lines: list[AllocationLineCreate] = PydanticField(default_factory=list, max_length=MAX_LINES)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Affectation du matériel ASSOCLIC 2027",
                    "funding_source": "assoclic",
                    "lines": [{"request_id": "5c8e1b2a-3f4d-4e6a-9b7c-8d9e0f1a2b3c"}],
                }
            ]
        }
    }


class AllocationLineRead(OutputModel):
    id: uuid.UUID
    position: int
    kind: AllocationLineKind
    space_id: uuid.UUID
    request_id: uuid.UUID | None
    equipment_kind: EquipmentKind | None
    quantity: int | None
    equipment_ids: list[uuid.UUID] = PydanticField(
        max_length=MAX_QUANTITY, description="Picked by the city (draft) or moved (executed)."
    )
    user_id: uuid.UUID | None
    starts_on: date | None
    assigned_at: datetime | None


class StockByKind(OutputModel):
    kind: EquipmentKind
    needed: int = PydanticField(description="Items the plan's lines move.")
    in_stock: int = PydanticField(
        description="Items in stock of this kind (and the plan's origin)."
    )
    shortfall: int = PydanticField(
        description="What the stock lacks: needed − in stock, if above 0."
    )


class AllocationPlanRead(OutputModel):
    id: uuid.UUID
    title: str
    funding_source: FundingSource | None
    notes: str | None
    status: AllocationPlanStatus
    lines: list[AllocationLineRead] = PydanticField(max_length=MAX_LINES)
    stock: list[StockByKind] = PydanticField(
        max_length=len(EquipmentKind), description="A draft's needs against the stock (now)."
    )
    moved_count: int = PydanticField(description="Items the executed plan moved.")
    created_by: uuid.UUID | None
    executed_at: datetime | None
    executed_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class RefusedAllocation(OutputModel):
    """One reason a plan cannot be executed (in the 422's `errors`)."""

    loc: list[str | int]
    msg: str
    type: AllocationRefusal
    line_id: uuid.UUID | None = None
    equipment_id: uuid.UUID | None = None
    inventory_number: str | None = None
