from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance import Insurance
    from ..models.internet_connection import InternetConnection


T = TypeVar("T", bound="PremisesRead")


@_attrs_define
class PremisesRead:
    """
    Attributes:
        dedicated_room (bool):
        computer_network (bool):
        printer_network (bool):
        internet (InternetConnection | None):
        insurance (Insurance | None):
        wheelchair_accessible (bool):
    """

    dedicated_room: bool
    computer_network: bool
    printer_network: bool
    internet: InternetConnection | None
    insurance: Insurance | None
    wheelchair_accessible: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.insurance import Insurance  # noqa: PLC0415
        from ..models.internet_connection import InternetConnection  # noqa: PLC0415

        dedicated_room = self.dedicated_room

        computer_network = self.computer_network

        printer_network = self.printer_network

        internet: dict[str, Any] | None
        if isinstance(self.internet, InternetConnection):
            internet = self.internet.to_dict()
        else:
            internet = self.internet

        insurance: dict[str, Any] | None
        if isinstance(self.insurance, Insurance):
            insurance = self.insurance.to_dict()
        else:
            insurance = self.insurance

        wheelchair_accessible = self.wheelchair_accessible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_room": dedicated_room,
                "computer_network": computer_network,
                "printer_network": printer_network,
                "internet": internet,
                "insurance": insurance,
                "wheelchair_accessible": wheelchair_accessible,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insurance import Insurance  # noqa: PLC0415
        from ..models.internet_connection import InternetConnection  # noqa: PLC0415

        d = dict(src_dict)
        dedicated_room = d.pop("dedicated_room")

        computer_network = d.pop("computer_network")

        printer_network = d.pop("printer_network")

        def _parse_internet(data: object) -> InternetConnection | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                internet_type_0 = InternetConnection.from_dict(data)

                return internet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternetConnection | None, data)

        internet = _parse_internet(d.pop("internet"))

        def _parse_insurance(data: object) -> Insurance | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                insurance_type_0 = Insurance.from_dict(data)

                return insurance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Insurance | None, data)

        insurance = _parse_insurance(d.pop("insurance"))

        wheelchair_accessible = d.pop("wheelchair_accessible")

        premises_read = cls(
            dedicated_room=dedicated_room,
            computer_network=computer_network,
            printer_network=printer_network,
            internet=internet,
            insurance=insurance,
            wheelchair_accessible=wheelchair_accessible,
        )

        premises_read.additional_properties = d
        return premises_read

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
