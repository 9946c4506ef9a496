from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_mode import ImportMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row_error import RowError


T = TypeVar("T", bound="ImportReport")


@_attrs_define
class ImportReport:
    """
    Attributes:
        mode (ImportMode):
        dry_run (bool):
        total_rows (int):
        valid_rows (int):
        invalid_rows (int):
        errors (list[RowError]): Every bad row (the first 1000).
        created (int | Unset):  Default: 0.
        updated (int | Unset):  Default: 0.
        unchanged (int | Unset):  Default: 0.
    """

    mode: ImportMode
    dry_run: bool
    total_rows: int
    valid_rows: int
    invalid_rows: int
    errors: list[RowError]
    created: int | Unset = 0
    updated: int | Unset = 0
    unchanged: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        dry_run = self.dry_run

        total_rows = self.total_rows

        valid_rows = self.valid_rows

        invalid_rows = self.invalid_rows

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        created = self.created

        updated = self.updated

        unchanged = self.unchanged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "dry_run": dry_run,
                "total_rows": total_rows,
                "valid_rows": valid_rows,
                "invalid_rows": invalid_rows,
                "errors": errors,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if unchanged is not UNSET:
            field_dict["unchanged"] = unchanged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_error import RowError  # noqa: PLC0415

        d = dict(src_dict)
        mode = ImportMode(d.pop("mode"))

        dry_run = d.pop("dry_run")

        total_rows = d.pop("total_rows")

        valid_rows = d.pop("valid_rows")

        invalid_rows = d.pop("invalid_rows")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = RowError.from_dict(errors_item_data)

            errors.append(errors_item)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        unchanged = d.pop("unchanged", UNSET)

        import_report = cls(
            mode=mode,
            dry_run=dry_run,
            total_rows=total_rows,
            valid_rows=valid_rows,
            invalid_rows=invalid_rows,
            errors=errors,
            created=created,
            updated=updated,
            unchanged=unchanged,
        )

        import_report.additional_properties = d
        return import_report

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
