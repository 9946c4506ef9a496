from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_kind import ImportKind
from ..models.import_upload_read_content_type import ImportUploadReadContentType

T = TypeVar("T", bound="ImportUploadRead")


@_attrs_define
class ImportUploadRead:
    """
    Attributes:
        id (UUID):
        kind (ImportKind):
        content_type (ImportUploadReadContentType):
        filename (None | str):
        size (int | None): The size announced at creation, if any.
        received_bytes (int): Bytes stored so far: the `Upload-Offset` the next part must carry.
        complete (bool): All the announced bytes are here (always false when no size was given).
        job_id (None | UUID): The job started on it, if any.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    kind: ImportKind
    content_type: ImportUploadReadContentType
    filename: None | str
    size: int | None
    received_bytes: int
    complete: bool
    job_id: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        content_type = self.content_type.value

        filename: None | str
        filename = self.filename

        size: int | None
        size = self.size

        received_bytes = self.received_bytes

        complete = self.complete

        job_id: None | str
        if isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "content_type": content_type,
                "filename": filename,
                "size": size,
                "received_bytes": received_bytes,
                "complete": complete,
                "job_id": job_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = ImportKind(d.pop("kind"))

        content_type = ImportUploadReadContentType(d.pop("content_type"))

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        def _parse_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size = _parse_size(d.pop("size"))

        received_bytes = d.pop("received_bytes")

        complete = d.pop("complete")

        def _parse_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_id_type_0 = UUID(data)

                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        job_id = _parse_job_id(d.pop("job_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        import_upload_read = cls(
            id=id,
            kind=kind,
            content_type=content_type,
            filename=filename,
            size=size,
            received_bytes=received_bytes,
            complete=complete,
            job_id=job_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        import_upload_read.additional_properties = d
        return import_upload_read

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
