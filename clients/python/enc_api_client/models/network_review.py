from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.equipment_section import EquipmentSection
    from ..models.labels_section import LabelsSection
    from ..models.maintenance_section import MaintenanceSection
    from ..models.meetings_review import MeetingsReview
    from ..models.plans_section import PlansSection
    from ..models.spaces_section import SpacesSection
    from ..models.trainings_section import TrainingsSection
    from ..models.visits_section import VisitsSection


T = TypeVar("T", bound="NetworkReview")


@_attrs_define
class NetworkReview:
    """
    Attributes:
        year (int):
        association_id (None | UUID): None: the whole network.
        scope (str): The network, or the association's name.
        generated_at (datetime.datetime):
        spaces (SpacesSection):
        visits (VisitsSection):
        trainings (TrainingsSection):
        equipment (EquipmentSection):
        maintenance (MaintenanceSection):
        labels (LabelsSection):
        meetings (MeetingsReview): What the network's yearly review reports about meetings, decisions and actions.
        plans (PlansSection):
    """

    year: int
    association_id: None | UUID
    scope: str
    generated_at: datetime.datetime
    spaces: SpacesSection
    visits: VisitsSection
    trainings: TrainingsSection
    equipment: EquipmentSection
    maintenance: MaintenanceSection
    labels: LabelsSection
    meetings: MeetingsReview
    plans: PlansSection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        association_id: None | str
        if isinstance(self.association_id, UUID):
            association_id = str(self.association_id)
        else:
            association_id = self.association_id

        scope = self.scope

        generated_at = self.generated_at.isoformat()

        spaces = self.spaces.to_dict()

        visits = self.visits.to_dict()

        trainings = self.trainings.to_dict()

        equipment = self.equipment.to_dict()

        maintenance = self.maintenance.to_dict()

        labels = self.labels.to_dict()

        meetings = self.meetings.to_dict()

        plans = self.plans.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "association_id": association_id,
                "scope": scope,
                "generated_at": generated_at,
                "spaces": spaces,
                "visits": visits,
                "trainings": trainings,
                "equipment": equipment,
                "maintenance": maintenance,
                "labels": labels,
                "meetings": meetings,
                "plans": plans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equipment_section import EquipmentSection  # noqa: PLC0415
        from ..models.labels_section import LabelsSection  # noqa: PLC0415
        from ..models.maintenance_section import MaintenanceSection  # noqa: PLC0415
        from ..models.meetings_review import MeetingsReview  # noqa: PLC0415
        from ..models.plans_section import PlansSection  # noqa: PLC0415
        from ..models.spaces_section import SpacesSection  # noqa: PLC0415
        from ..models.trainings_section import TrainingsSection  # noqa: PLC0415
        from ..models.visits_section import VisitsSection  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

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

        scope = d.pop("scope")

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        spaces = SpacesSection.from_dict(d.pop("spaces"))

        visits = VisitsSection.from_dict(d.pop("visits"))

        trainings = TrainingsSection.from_dict(d.pop("trainings"))

        equipment = EquipmentSection.from_dict(d.pop("equipment"))

        maintenance = MaintenanceSection.from_dict(d.pop("maintenance"))

        labels = LabelsSection.from_dict(d.pop("labels"))

        meetings = MeetingsReview.from_dict(d.pop("meetings"))

        plans = PlansSection.from_dict(d.pop("plans"))

        network_review = cls(
            year=year,
            association_id=association_id,
            scope=scope,
            generated_at=generated_at,
            spaces=spaces,
            visits=visits,
            trainings=trainings,
            equipment=equipment,
            maintenance=maintenance,
            labels=labels,
            meetings=meetings,
            plans=plans,
        )

        network_review.additional_properties = d
        return network_review

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
