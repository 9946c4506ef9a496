from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance import Insurance
    from ..models.internet_connection import InternetConnection


T = TypeVar("T", bound="Premises")


@_attrs_define
class Premises:
    """The premises checklist of the seed's first step (locaux, réseau, connexion, assurance).

    Attributes:
        dedicated_room (bool | Unset):  Default: False.
        computer_network (bool | Unset):  Default: False.
        printer_network (bool | Unset):  Default: False.
        internet (InternetConnection | None | Unset):
        insurance (Insurance | None | Unset):
        wheelchair_accessible (bool | Unset):  Default: False.
    """

    dedicated_room: bool | Unset = False
    computer_network: bool | Unset = False
    printer_network: bool | Unset = False
    internet: InternetConnection | None | Unset = UNSET
    insurance: Insurance | None | Unset = UNSET
    wheelchair_accessible: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.insurance import Insurance  # noqa: PLC0415
        from ..models.internet_connection import InternetConnection  # noqa: PLC0415

        dedicated_room = self.dedicated_room

        computer_network = self.computer_network

        printer_network = self.printer_network

        internet: dict[str, Any] | None | Unset
        if isinstance(self.internet, Unset):
            internet = UNSET
        elif isinstance(self.internet, InternetConnection):
            internet = self.internet.to_dict()
        else:
            internet = self.internet

        insurance: dict[str, Any] | None | Unset
        if isinstance(self.insurance, Unset):
            insurance = UNSET
        elif isinstance(self.insurance, Insurance):
            insurance = self.insurance.to_dict()
        else:
            insurance = self.insurance

        wheelchair_accessible = self.wheelchair_accessible

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dedicated_room is not UNSET:
            field_dict["dedicated_room"] = dedicated_room
        if computer_network is not UNSET:
            field_dict["computer_network"] = computer_network
        if printer_network is not UNSET:
            field_dict["printer_network"] = printer_network
        if internet is not UNSET:
            field_dict["internet"] = internet
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if wheelchair_accessible is not UNSET:
            field_dict["wheelchair_accessible"] = wheelchair_accessible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insurance import Insurance  # noqa: PLC0415
        from ..models.internet_connection import InternetConnection  # noqa: PLC0415

        d = dict(src_dict)
        dedicated_room = d.pop("dedicated_room", UNSET)

        computer_network = d.pop("computer_network", UNSET)

        printer_network = d.pop("printer_network", UNSET)

        def _parse_internet(data: object) -> InternetConnection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                internet_type_0 = InternetConnection.from_dict(data)

                return internet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternetConnection | None | Unset, data)

        internet = _parse_internet(d.pop("internet", UNSET))

        def _parse_insurance(data: object) -> Insurance | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                insurance_type_0 = Insurance.from_dict(data)

                return insurance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Insurance | None | Unset, data)

        insurance = _parse_insurance(d.pop("insurance", UNSET))

        wheelchair_accessible = d.pop("wheelchair_accessible", UNSET)

        premises = cls(
            dedicated_room=dedicated_room,
            computer_network=computer_network,
            printer_network=printer_network,
            internet=internet,
            insurance=insurance,
            wheelchair_accessible=wheelchair_accessible,
        )

        return premises
