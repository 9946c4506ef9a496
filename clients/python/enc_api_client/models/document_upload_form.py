from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.document_kind import DocumentKind
from ..models.document_resource_type import DocumentResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentUploadForm")


@_attrs_define
class DocumentUploadForm:
    """The multipart body: the file and the document's fields (any other part is refused).

    Attributes:
        kind (DocumentKind):
        title (str):
        file (str): The file: PDF, PNG or JPEG, recognised by its bytes (at most DOCUMENT_MAX_BYTES, 10 MB by default).
        association_id (None | Unset | UUID): The association it belongs to (an association user: its own, the default);
            left out with no space nor resource, the city's own document.
        space_id (None | Unset | UUID): One of the association's spaces it concerns.
        resource_type (DocumentResourceType | None | Unset): The resource it is attached to (with `resource_id`).
        resource_id (None | Unset | UUID):
    """

    kind: DocumentKind
    title: str
    file: str
    association_id: None | Unset | UUID = UNSET
    space_id: None | Unset | UUID = UNSET
    resource_type: DocumentResourceType | None | Unset = UNSET
    resource_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        file = self.file

        association_id: None | str | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        elif isinstance(self.association_id, UUID):
            association_id = str(self.association_id)
        else:
            association_id = self.association_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        elif isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, DocumentResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        elif isinstance(self.resource_id, UUID):
            resource_id = str(self.resource_id)
        else:
            resource_id = self.resource_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "file": file,
            }
        )
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DocumentKind(d.pop("kind"))

        title = d.pop("title")

        file = d.pop("file")

        def _parse_association_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                association_id_type_0 = UUID(data)

                return association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_space_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        space_id = _parse_space_id(d.pop("space_id", UNSET))

        def _parse_resource_type(data: object) -> DocumentResourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = DocumentResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentResourceType | None | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_resource_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_id_type_0 = UUID(data)

                return resource_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        document_upload_form = cls(
            kind=kind,
            title=title,
            file=file,
            association_id=association_id,
            space_id=space_id,
            resource_type=resource_type,
            resource_id=resource_id,
        )

        return document_upload_form
