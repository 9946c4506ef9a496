from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_kind import EquipmentKind
from ..models.equipment_status import EquipmentStatus
from ..models.funding_source import FundingSource
from ..models.movement_kind import MovementKind

T = TypeVar("T", bound="EquipmentRead")


@_attrs_define
class EquipmentRead:
    """
    Attributes:
        id (UUID):
        kind (EquipmentKind):
        inventory_number (str):
        serial_number (None | str):
        brand (None | str):
        model (None | str):
        funding_source (FundingSource):
        acquired_on (datetime.date | None):
        purchase_value (None | str):
        status (EquipmentStatus):
        space_id (None | UUID):
        loan_agreement_id (None | UUID):
        notes (None | str):
        allowed_movements (list[MovementKind]): The movements the caller may make with this item now.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None):
    """

    id: UUID
    kind: EquipmentKind
    inventory_number: str
    serial_number: None | str
    brand: None | str
    model: None | str
    funding_source: FundingSource
    acquired_on: datetime.date | None
    purchase_value: None | str
    status: EquipmentStatus
    space_id: None | UUID
    loan_agreement_id: None | UUID
    notes: None | str
    allowed_movements: list[MovementKind]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        inventory_number = self.inventory_number

        serial_number: None | str
        serial_number = self.serial_number

        brand: None | str
        brand = self.brand

        model: None | str
        model = self.model

        funding_source = self.funding_source.value

        acquired_on: None | str
        if isinstance(self.acquired_on, datetime.date):
            acquired_on = self.acquired_on.isoformat()
        else:
            acquired_on = self.acquired_on

        purchase_value: None | str
        purchase_value = self.purchase_value

        status = self.status.value

        space_id: None | str
        if isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        loan_agreement_id: None | str
        if isinstance(self.loan_agreement_id, UUID):
            loan_agreement_id = str(self.loan_agreement_id)
        else:
            loan_agreement_id = self.loan_agreement_id

        notes: None | str
        notes = self.notes

        allowed_movements = []
        for allowed_movements_item_data in self.allowed_movements:
            allowed_movements_item = allowed_movements_item_data.value
            allowed_movements.append(allowed_movements_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "inventory_number": inventory_number,
                "serial_number": serial_number,
                "brand": brand,
                "model": model,
                "funding_source": funding_source,
                "acquired_on": acquired_on,
                "purchase_value": purchase_value,
                "status": status,
                "space_id": space_id,
                "loan_agreement_id": loan_agreement_id,
                "notes": notes,
                "allowed_movements": allowed_movements,
                "created_at": created_at,
                "updated_at": updated_at,
                "archived_at": archived_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = EquipmentKind(d.pop("kind"))

        inventory_number = d.pop("inventory_number")

        def _parse_serial_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        serial_number = _parse_serial_number(d.pop("serial_number"))

        def _parse_brand(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brand = _parse_brand(d.pop("brand"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        funding_source = FundingSource(d.pop("funding_source"))

        def _parse_acquired_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acquired_on_type_0 = datetime.date.fromisoformat(data)

                return acquired_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        acquired_on = _parse_acquired_on(d.pop("acquired_on"))

        def _parse_purchase_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purchase_value = _parse_purchase_value(d.pop("purchase_value"))

        status = EquipmentStatus(d.pop("status"))

        def _parse_space_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        space_id = _parse_space_id(d.pop("space_id"))

        def _parse_loan_agreement_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                loan_agreement_id_type_0 = UUID(data)

                return loan_agreement_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        loan_agreement_id = _parse_loan_agreement_id(d.pop("loan_agreement_id"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        allowed_movements = []
        _allowed_movements = d.pop("allowed_movements")
        for allowed_movements_item_data in _allowed_movements:
            allowed_movements_item = MovementKind(allowed_movements_item_data)

            allowed_movements.append(allowed_movements_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        equipment_read = cls(
            id=id,
            kind=kind,
            inventory_number=inventory_number,
            serial_number=serial_number,
            brand=brand,
            model=model,
            funding_source=funding_source,
            acquired_on=acquired_on,
            purchase_value=purchase_value,
            status=status,
            space_id=space_id,
            loan_agreement_id=loan_agreement_id,
            notes=notes,
            allowed_movements=allowed_movements,
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
        )

        equipment_read.additional_properties = d
        return equipment_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
