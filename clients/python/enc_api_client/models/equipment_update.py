from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.equipment_kind import EquipmentKind
from ..models.funding_source import FundingSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentUpdate")


@_attrs_define
class EquipmentUpdate:
    """
    Attributes:
        serial_number (None | str | Unset): Unique when present.
        brand (None | str | Unset):
        model (None | str | Unset):
        acquired_on (datetime.date | None | Unset): Years 1900 to 2200.
        purchase_value (float | None | str | Unset): In euros.
        notes (None | str | Unset):
        kind (EquipmentKind | None | Unset):
        funding_source (FundingSource | None | Unset):
    """

    serial_number: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    acquired_on: datetime.date | None | Unset = UNSET
    purchase_value: float | None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    kind: EquipmentKind | None | Unset = UNSET
    funding_source: FundingSource | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, EquipmentKind):
            kind = self.kind.value
        else:
            kind = self.kind

        funding_source: None | str | Unset
        if isinstance(self.funding_source, Unset):
            funding_source = UNSET
        elif isinstance(self.funding_source, FundingSource):
            funding_source = self.funding_source.value
        else:
            funding_source = self.funding_source

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if funding_source is not UNSET:
            field_dict["funding_source"] = funding_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_kind(data: object) -> EquipmentKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = EquipmentKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EquipmentKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_funding_source(data: object) -> FundingSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                funding_source_type_0 = FundingSource(data)

                return funding_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingSource | None | Unset, data)

        funding_source = _parse_funding_source(d.pop("funding_source", UNSET))

        equipment_update = cls(
            serial_number=serial_number,
            brand=brand,
            model=model,
            acquired_on=acquired_on,
            purchase_value=purchase_value,
            notes=notes,
            kind=kind,
            funding_source=funding_source,
        )

        return equipment_update
