from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.counts_by_kind_status_by_kind import CountsByKindStatusByKind
    from ..models.counts_by_kind_status_by_status import CountsByKindStatusByStatus


T = TypeVar("T", bound="CountsByKindStatus")


@_attrs_define
class CountsByKindStatus:
    """
    Attributes:
        total (int):
        by_kind (CountsByKindStatusByKind):
        by_status (CountsByKindStatusByStatus):
    """

    total: int
    by_kind: CountsByKindStatusByKind
    by_status: CountsByKindStatusByStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_kind = self.by_kind.to_dict()

        by_status = self.by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_kind": by_kind,
                "by_status": by_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counts_by_kind_status_by_kind import CountsByKindStatusByKind  # noqa: PLC0415
        from ..models.counts_by_kind_status_by_status import CountsByKindStatusByStatus  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_kind = CountsByKindStatusByKind.from_dict(d.pop("by_kind"))

        by_status = CountsByKindStatusByStatus.from_dict(d.pop("by_status"))

        counts_by_kind_status = cls(
            total=total,
            by_kind=by_kind,
            by_status=by_status,
        )

        counts_by_kind_status.additional_properties = d
        return counts_by_kind_status

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
