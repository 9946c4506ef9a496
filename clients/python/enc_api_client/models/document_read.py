from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..models.document_resource_type import DocumentResourceType
from ..models.document_status import DocumentStatus

if TYPE_CHECKING:
    from ..models.document_version_read import DocumentVersionRead


T = TypeVar("T", bound="DocumentRead")


@_attrs_define
class DocumentRead:
    """
    Attributes:
        id (UUID):
        kind (DocumentKind):
        title (str):
        association_id (None | UUID):
        space_id (None | UUID):
        resource_type (DocumentResourceType | None):
        resource_id (None | UUID):
        status (DocumentStatus):
        current_version (DocumentVersionRead):
        created_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None):
        download_url (str): The current version's bytes.
    """

    id: UUID
    kind: DocumentKind
    title: str
    association_id: None | UUID
    space_id: None | UUID
    resource_type: DocumentResourceType | None
    resource_id: None | UUID
    status: DocumentStatus
    current_version: DocumentVersionRead
    created_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None
    download_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        title = self.title

        association_id: None | str
        if isinstance(self.association_id, UUID):
            association_id = str(self.association_id)
        else:
            association_id = self.association_id

        space_id: None | str
        if isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        resource_type: None | str
        if isinstance(self.resource_type, DocumentResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        resource_id: None | str
        if isinstance(self.resource_id, UUID):
            resource_id = str(self.resource_id)
        else:
            resource_id = self.resource_id

        status = self.status.value

        current_version = self.current_version.to_dict()

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "association_id": association_id,
                "space_id": space_id,
                "resource_type": resource_type,
                "resource_id": resource_id,
                "status": status,
                "current_version": current_version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "archived_at": archived_at,
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_version_read import DocumentVersionRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = DocumentKind(d.pop("kind"))

        title = d.pop("title")

        def _parse_association_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                association_id_type_0 = UUID(data)

                return association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        association_id = _parse_association_id(d.pop("association_id"))

        def _parse_space_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        space_id = _parse_space_id(d.pop("space_id"))

        def _parse_resource_type(data: object) -> DocumentResourceType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = DocumentResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentResourceType | None, data)

        resource_type = _parse_resource_type(d.pop("resource_type"))

        def _parse_resource_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_id_type_0 = UUID(data)

                return resource_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        resource_id = _parse_resource_id(d.pop("resource_id"))

        status = DocumentStatus(d.pop("status"))

        current_version = DocumentVersionRead.from_dict(d.pop("current_version"))

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        download_url = d.pop("download_url")

        document_read = cls(
            id=id,
            kind=kind,
            title=title,
            association_id=association_id,
            space_id=space_id,
            resource_type=resource_type,
            resource_id=resource_id,
            status=status,
            current_version=current_version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
            download_url=download_url,
        )

        document_read.additional_properties = d
        return document_read

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
