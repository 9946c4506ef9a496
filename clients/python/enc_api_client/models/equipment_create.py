from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.equipment_kind import EquipmentKind
from ..models.funding_source import FundingSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentCreate")


@_attrs_define
class EquipmentCreate:
    """
    Attributes:
        kind (EquipmentKind):
        funding_source (FundingSource):
        serial_number (None | str | Unset): Unique when present.
        brand (None | str | Unset):
        model (None | str | Unset):
        acquired_on (datetime.date | None | Unset): Years 1900 to 2200.
        purchase_value (float | None | str | Unset): In euros.
        notes (None | str | Unset):
        inventory_number (None | str | Unset): Unique; generated as `ENC-<year>-<seq>` when left out.
    """

    kind: EquipmentKind
    funding_source: FundingSource
    serial_number: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    acquired_on: datetime.date | None | Unset = UNSET
    purchase_value: float | None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    inventory_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        funding_source = self.funding_source.value

        serial_number: None | str | Unset
        if isinstance(self.serial_number, Unset):
            serial_number = UNSET
        else:
            serial_number = self.serial_number

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        acquired_on: None | str | Unset
        if isinstance(self.acquired_on, Unset):
            acquired_on = UNSET
        elif isinstance(self.acquired_on, datetime.date):
            acquired_on = self.acquired_on.isoformat()
        else:
            acquired_on = self.acquired_on

        purchase_value: float | None | str | Unset
        if isinstance(self.purchase_value, Unset):
            purchase_value = UNSET
        else:
            purchase_value = self.purchase_value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        inventory_number: None | str | Unset
        if isinstance(self.inventory_number, Unset):
            inventory_number = UNSET
        else:
            inventory_number = self.inventory_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "funding_source": funding_source,
            }
        )
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if brand is not UNSET:
            field_dict["brand"] = brand
        if model is not UNSET:
            field_dict["model"] = model
        if acquired_on is not UNSET:
            field_dict["acquired_on"] = acquired_on
        if purchase_value is not UNSET:
            field_dict["purchase_value"] = purchase_value
        if notes is not UNSET:
            field_dict["notes"] = notes
        if inventory_number is not UNSET:
            field_dict["inventory_number"] = inventory_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = EquipmentKind(d.pop("kind"))

        funding_source = FundingSource(d.pop("funding_source"))

        def _parse_serial_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial_number = _parse_serial_number(d.pop("serial_number", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_acquired_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acquired_on_type_0 = datetime.date.fromisoformat(data)

                return acquired_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        acquired_on = _parse_acquired_on(d.pop("acquired_on", UNSET))

        def _parse_purchase_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        purchase_value = _parse_purchase_value(d.pop("purchase_value", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_inventory_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inventory_number = _parse_inventory_number(d.pop("inventory_number", UNSET))

        equipment_create = cls(
            kind=kind,
            funding_source=funding_source,
            serial_number=serial_number,
            brand=brand,
            model=model,
            acquired_on=acquired_on,
            purchase_value=purchase_value,
            notes=notes,
            inventory_number=inventory_number,
        )

        return equipment_create
