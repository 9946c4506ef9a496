from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.import_kind import ImportKind
from ..models.import_mode import ImportMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportJobCreate")


@_attrs_define
class ImportJobCreate:
    """A job on a finished upload (`POST /imports/uploads`, then its parts).

    Attributes:
        kind (ImportKind):
        upload_id (UUID):
        mode (ImportMode | Unset):
        dry_run (bool | Unset): Equipment only: validate and report, write nothing. Default: False.
    """

    kind: ImportKind
    upload_id: UUID
    mode: ImportMode | Unset = UNSET
    dry_run: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        upload_id = str(self.upload_id)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "upload_id": upload_id,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ImportKind(d.pop("kind"))

        upload_id = UUID(d.pop("upload_id"))

        _mode = d.pop("mode", UNSET)
        mode: ImportMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ImportMode(_mode)

        dry_run = d.pop("dry_run", UNSET)

        import_job_create = cls(
            kind=kind,
            upload_id=upload_id,
            mode=mode,
            dry_run=dry_run,
        )

        return import_job_create
