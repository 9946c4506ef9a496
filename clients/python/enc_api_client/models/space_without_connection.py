from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_gap import ConnectionGap

if TYPE_CHECKING:
    from ..models.premises_connection import PremisesConnection


T = TypeVar("T", bound="SpaceWithoutConnection")


@_attrs_define
class SpaceWithoutConnection:
    """
    Attributes:
        space_id (UUID):
        space_name (str):
        association_id (UUID):
        space_status (str):
        gap (ConnectionGap):
        premises_internet (None | PremisesConnection): What the space's premises declare (`premises.internet`), if
            anything.
    """

    space_id: UUID
    space_name: str
    association_id: UUID
    space_status: str
    gap: ConnectionGap
    premises_internet: None | PremisesConnection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.premises_connection import PremisesConnection  # noqa: PLC0415

        space_id = str(self.space_id)

        space_name = self.space_name

        association_id = str(self.association_id)

        space_status = self.space_status

        gap = self.gap.value

        premises_internet: dict[str, Any] | None
        if isinstance(self.premises_internet, PremisesConnection):
            premises_internet = self.premises_internet.to_dict()
        else:
            premises_internet = self.premises_internet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "space_name": space_name,
                "association_id": association_id,
                "space_status": space_status,
                "gap": gap,
                "premises_internet": premises_internet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.premises_connection import PremisesConnection  # noqa: PLC0415

        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        space_name = d.pop("space_name")

        association_id = UUID(d.pop("association_id"))

        space_status = d.pop("space_status")

        gap = ConnectionGap(d.pop("gap"))

        def _parse_premises_internet(data: object) -> None | PremisesConnection:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                premises_internet_type_0 = PremisesConnection.from_dict(data)

                return premises_internet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PremisesConnection, data)

        premises_internet = _parse_premises_internet(d.pop("premises_internet"))

        space_without_connection = cls(
            space_id=space_id,
            space_name=space_name,
            association_id=association_id,
            space_status=space_status,
            gap=gap,
            premises_internet=premises_internet,
        )

        space_without_connection.additional_properties = d
        return space_without_connection

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
