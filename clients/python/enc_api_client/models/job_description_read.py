from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_description_status import JobDescriptionStatus

if TYPE_CHECKING:
    from ..models.job_description_version_read import JobDescriptionVersionRead


T = TypeVar("T", bound="JobDescriptionRead")


@_attrs_define
class JobDescriptionRead:
    """
    Attributes:
        id (UUID):
        association_id (None | UUID): Null: the network's.
        derived_from_id (None | UUID):
        status (JobDescriptionStatus):
        allowed_transitions (list[str]):
        current_version (int):
        content (JobDescriptionVersionRead):
        published_at (datetime.datetime | None):
        archived_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    association_id: None | UUID
    derived_from_id: None | UUID
    status: JobDescriptionStatus
    allowed_transitions: list[str]
    current_version: int
    content: JobDescriptionVersionRead
    published_at: datetime.datetime | None
    archived_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        association_id: None | str
        if isinstance(self.association_id, UUID):
            association_id = str(self.association_id)
        else:
            association_id = self.association_id

        derived_from_id: None | str
        if isinstance(self.derived_from_id, UUID):
            derived_from_id = str(self.derived_from_id)
        else:
            derived_from_id = self.derived_from_id

        status = self.status.value

        allowed_transitions = self.allowed_transitions

        current_version = self.current_version

        content = self.content.to_dict()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "derived_from_id": derived_from_id,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "current_version": current_version,
                "content": content,
                "published_at": published_at,
                "archived_at": archived_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_description_version_read import JobDescriptionVersionRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        def _parse_derived_from_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                derived_from_id_type_0 = UUID(data)

                return derived_from_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        derived_from_id = _parse_derived_from_id(d.pop("derived_from_id"))

        status = JobDescriptionStatus(d.pop("status"))

        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

        current_version = d.pop("current_version")

        content = JobDescriptionVersionRead.from_dict(d.pop("content"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        job_description_read = cls(
            id=id,
            association_id=association_id,
            derived_from_id=derived_from_id,
            status=status,
            allowed_transitions=allowed_transitions,
            current_version=current_version,
            content=content,
            published_at=published_at,
            archived_at=archived_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        job_description_read.additional_properties = d
        return job_description_read

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
