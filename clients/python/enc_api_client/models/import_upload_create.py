from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.import_kind import ImportKind
from ..models.import_upload_create_content_type import ImportUploadCreateContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportUploadCreate")


@_attrs_define
class ImportUploadCreate:
    """A file to send in parts: its kind and format, and (if known) its size in bytes.

    Attributes:
        kind (ImportKind):
        content_type (ImportUploadCreateContentType): `text/csv` (a header row first) or `application/x-ndjson`.
        size (int | None | Unset): The file's size in bytes; the upload may not exceed it.
        filename (None | str | Unset):
    """

    kind: ImportKind
    content_type: ImportUploadCreateContentType
    size: int | None | Unset = UNSET
    filename: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        content_type = self.content_type.value

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "content_type": content_type,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ImportKind(d.pop("kind"))

        content_type = ImportUploadCreateContentType(d.pop("content_type"))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        import_upload_create = cls(
            kind=kind,
            content_type=content_type,
            size=size,
            filename=filename,
        )

        return import_upload_create
