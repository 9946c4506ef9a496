from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visit_autonomy import VisitAutonomy
from ..models.visit_equipment import VisitEquipment
from ..models.visit_mode import VisitMode
from ..models.visit_referral import VisitReferral

if TYPE_CHECKING:
    from ..models.group_profile_read import GroupProfileRead
    from ..models.individual_profile_read import IndividualProfileRead


T = TypeVar("T", bound="VisitRead")


@_attrs_define
class VisitRead:
    """
    Attributes:
        id (UUID):
        space_id (UUID):
        association_id (UUID):
        occurred_at (datetime.datetime):
        duration_minutes (int):
        mode (VisitMode):
        participants (int):
        skills (list[str]):
        equipment (list[VisitEquipment]):
        profile (IndividualProfileRead | None): Null for a workshop.
        profile_counts (GroupProfileRead | None): A workshop's counts.
        autonomy (None | VisitAutonomy):
        referral (VisitReferral):
        recorded_by (None | UUID):
        source (str):
        external_id (None | str):
        created_at (datetime.datetime):
    """

    id: UUID
    space_id: UUID
    association_id: UUID
    occurred_at: datetime.datetime
    duration_minutes: int
    mode: VisitMode
    participants: int
    skills: list[str]
    equipment: list[VisitEquipment]
    profile: IndividualProfileRead | None
    profile_counts: GroupProfileRead | None
    autonomy: None | VisitAutonomy
    referral: VisitReferral
    recorded_by: None | UUID
    source: str
    external_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_profile_read import GroupProfileRead  # noqa: PLC0415
        from ..models.individual_profile_read import IndividualProfileRead  # noqa: PLC0415

        id = str(self.id)

        space_id = str(self.space_id)

        association_id = str(self.association_id)

        occurred_at = self.occurred_at.isoformat()

        duration_minutes = self.duration_minutes

        mode = self.mode.value

        participants = self.participants

        skills = self.skills

        equipment = []
        for equipment_item_data in self.equipment:
            equipment_item = equipment_item_data.value
            equipment.append(equipment_item)

        profile: dict[str, Any] | None
        if isinstance(self.profile, IndividualProfileRead):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        profile_counts: dict[str, Any] | None
        if isinstance(self.profile_counts, GroupProfileRead):
            profile_counts = self.profile_counts.to_dict()
        else:
            profile_counts = self.profile_counts

        autonomy: None | str
        if isinstance(self.autonomy, VisitAutonomy):
            autonomy = self.autonomy.value
        else:
            autonomy = self.autonomy

        referral = self.referral.value

        recorded_by: None | str
        if isinstance(self.recorded_by, UUID):
            recorded_by = str(self.recorded_by)
        else:
            recorded_by = self.recorded_by

        source = self.source

        external_id: None | str
        external_id = self.external_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "space_id": space_id,
                "association_id": association_id,
                "occurred_at": occurred_at,
                "duration_minutes": duration_minutes,
                "mode": mode,
                "participants": participants,
                "skills": skills,
                "equipment": equipment,
                "profile": profile,
                "profile_counts": profile_counts,
                "autonomy": autonomy,
                "referral": referral,
                "recorded_by": recorded_by,
                "source": source,
                "external_id": external_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_profile_read import GroupProfileRead  # noqa: PLC0415
        from ..models.individual_profile_read import IndividualProfileRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        space_id = UUID(d.pop("space_id"))

        association_id = UUID(d.pop("association_id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        duration_minutes = d.pop("duration_minutes")

        mode = VisitMode(d.pop("mode"))

        participants = d.pop("participants")

        skills = cast(list[str], d.pop("skills"))

        equipment = []
        _equipment = d.pop("equipment")
        for equipment_item_data in _equipment:
            equipment_item = VisitEquipment(equipment_item_data)

            equipment.append(equipment_item)

        def _parse_profile(data: object) -> IndividualProfileRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = IndividualProfileRead.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndividualProfileRead | None, data)

        profile = _parse_profile(d.pop("profile"))

        def _parse_profile_counts(data: object) -> GroupProfileRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_counts_type_0 = GroupProfileRead.from_dict(data)

                return profile_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupProfileRead | None, data)

        profile_counts = _parse_profile_counts(d.pop("profile_counts"))

        def _parse_autonomy(data: object) -> None | VisitAutonomy:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                autonomy_type_0 = VisitAutonomy(data)

                return autonomy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VisitAutonomy, data)

        autonomy = _parse_autonomy(d.pop("autonomy"))

        referral = VisitReferral(d.pop("referral"))

        def _parse_recorded_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_type_0 = UUID(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        source = d.pop("source")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        visit_read = cls(
            id=id,
            space_id=space_id,
            association_id=association_id,
            occurred_at=occurred_at,
            duration_minutes=duration_minutes,
            mode=mode,
            participants=participants,
            skills=skills,
            equipment=equipment,
            profile=profile,
            profile_counts=profile_counts,
            autonomy=autonomy,
            referral=referral,
            recorded_by=recorded_by,
            source=source,
            external_id=external_id,
            created_at=created_at,
        )

        visit_read.additional_properties = d
        return visit_read

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
