from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.visit_autonomy import VisitAutonomy
from ..models.visit_equipment import VisitEquipment
from ..models.visit_mode import VisitMode
from ..models.visit_referral import VisitReferral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_profile import GroupProfile
    from ..models.individual_profile import IndividualProfile


T = TypeVar("T", bound="VisitCreate")


@_attrs_define
class VisitCreate:
    """
    Attributes:
        space_id (UUID):
        occurred_at (datetime.datetime): When the visit began, with offset. Years 1900 to 2200.
        duration_minutes (int):
        mode (VisitMode):
        participants (int | Unset): 1 unless a collective workshop. Default: 1.
        skills (list[str] | Unset): Codes from `/skills`.
        equipment (list[VisitEquipment] | Unset):
        autonomy (None | Unset | VisitAutonomy):
        referral (VisitReferral | Unset):
        external_id (None | str | Unset): Your id for this visit: unique per source (idempotency).
        profile (IndividualProfile | None | Unset): One person's profile (not for workshops).
        profile_counts (GroupProfile | None | Unset): A workshop's participants, counted per category.
    """

    space_id: UUID
    occurred_at: datetime.datetime
    duration_minutes: int
    mode: VisitMode
    participants: int | Unset = 1
    skills: list[str] | Unset = UNSET
    equipment: list[VisitEquipment] | Unset = UNSET
    autonomy: None | Unset | VisitAutonomy = UNSET
    referral: VisitReferral | Unset = UNSET
    external_id: None | str | Unset = UNSET
    profile: IndividualProfile | None | Unset = UNSET
    profile_counts: GroupProfile | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_profile import GroupProfile  # noqa: PLC0415
        from ..models.individual_profile import IndividualProfile  # noqa: PLC0415

        space_id = str(self.space_id)

        occurred_at = self.occurred_at.isoformat()

        duration_minutes = self.duration_minutes

        mode = self.mode.value

        participants = self.participants

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        equipment: list[str] | Unset = UNSET
        if not isinstance(self.equipment, Unset):
            equipment = []
            for equipment_item_data in self.equipment:
                equipment_item = equipment_item_data.value
                equipment.append(equipment_item)

        autonomy: None | str | Unset
        if isinstance(self.autonomy, Unset):
            autonomy = UNSET
        elif isinstance(self.autonomy, VisitAutonomy):
            autonomy = self.autonomy.value
        else:
            autonomy = self.autonomy

        referral: str | Unset = UNSET
        if not isinstance(self.referral, Unset):
            referral = self.referral.value

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, IndividualProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        profile_counts: dict[str, Any] | None | Unset
        if isinstance(self.profile_counts, Unset):
            profile_counts = UNSET
        elif isinstance(self.profile_counts, GroupProfile):
            profile_counts = self.profile_counts.to_dict()
        else:
            profile_counts = self.profile_counts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "space_id": space_id,
                "occurred_at": occurred_at,
                "duration_minutes": duration_minutes,
                "mode": mode,
            }
        )
        if participants is not UNSET:
            field_dict["participants"] = participants
        if skills is not UNSET:
            field_dict["skills"] = skills
        if equipment is not UNSET:
            field_dict["equipment"] = equipment
        if autonomy is not UNSET:
            field_dict["autonomy"] = autonomy
        if referral is not UNSET:
            field_dict["referral"] = referral
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if profile is not UNSET:
            field_dict["profile"] = profile
        if profile_counts is not UNSET:
            field_dict["profile_counts"] = profile_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_profile import GroupProfile  # noqa: PLC0415
        from ..models.individual_profile import IndividualProfile  # noqa: PLC0415

        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        duration_minutes = d.pop("duration_minutes")

        mode = VisitMode(d.pop("mode"))

        participants = d.pop("participants", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))

        _equipment = d.pop("equipment", UNSET)
        equipment: list[VisitEquipment] | Unset = UNSET
        if _equipment is not UNSET:
            equipment = []
            for equipment_item_data in _equipment:
                equipment_item = VisitEquipment(equipment_item_data)

                equipment.append(equipment_item)

        def _parse_autonomy(data: object) -> None | Unset | VisitAutonomy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                autonomy_type_0 = VisitAutonomy(data)

                return autonomy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VisitAutonomy, data)

        autonomy = _parse_autonomy(d.pop("autonomy", UNSET))

        _referral = d.pop("referral", UNSET)
        referral: VisitReferral | Unset
        if isinstance(_referral, Unset):
            referral = UNSET
        else:
            referral = VisitReferral(_referral)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_profile(data: object) -> IndividualProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = IndividualProfile.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndividualProfile | None | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_profile_counts(data: object) -> GroupProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_counts_type_0 = GroupProfile.from_dict(data)

                return profile_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupProfile | None | Unset, data)

        profile_counts = _parse_profile_counts(d.pop("profile_counts", UNSET))

        visit_create = cls(
            space_id=space_id,
            occurred_at=occurred_at,
            duration_minutes=duration_minutes,
            mode=mode,
            participants=participants,
            skills=skills,
            equipment=equipment,
            autonomy=autonomy,
            referral=referral,
            external_id=external_id,
            profile=profile,
            profile_counts=profile_counts,
        )

        return visit_create
