from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_content_type import DocumentContentType

T = TypeVar("T", bound="DocumentVersionRead")


@_attrs_define
class DocumentVersionRead:
    """
    Attributes:
        number (int):
        sha256 (str): SHA-256 of the file's bytes (hex); its ETag.
        size_bytes (int):
        content_type (DocumentContentType):
        filename (str):
        created_by (None | UUID):
        created_at (datetime.datetime):
        download_url (str):
    """

    number: int
    sha256: str
    size_bytes: int
    content_type: DocumentContentType
    filename: str
    created_by: None | UUID
    created_at: datetime.datetime
    download_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        sha256 = self.sha256

        size_bytes = self.size_bytes

        content_type = self.content_type.value

        filename = self.filename

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "content_type": content_type,
                "filename": filename,
                "created_by": created_by,
                "created_at": created_at,
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        content_type = DocumentContentType(d.pop("content_type"))

        filename = d.pop("filename")

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        download_url = d.pop("download_url")

        document_version_read = cls(
            number=number,
            sha256=sha256,
            size_bytes=size_bytes,
            content_type=content_type,
            filename=filename,
            created_by=created_by,
            created_at=created_at,
            download_url=download_url,
        )

        document_version_read.additional_properties = d
        return document_version_read

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
