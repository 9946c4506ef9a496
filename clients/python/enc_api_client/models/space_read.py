from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_mode import AccessMode
from ..models.mediation_service import MediationService
from ..models.space_kind import SpaceKind
from ..models.space_status import SpaceStatus
from ..models.support_mode import SupportMode

if TYPE_CHECKING:
    from ..models.exceptional_closure_read import ExceptionalClosureRead
    from ..models.label_read import LabelRead
    from ..models.opening_slot_read import OpeningSlotRead
    from ..models.premises_read import PremisesRead


T = TypeVar("T", bound="SpaceRead")


@_attrs_define
class SpaceRead:
    """
    Attributes:
        id (UUID):
        association_id (UUID):
        kind (SpaceKind):
        name (str):
        status (SpaceStatus):
        allowed_transitions (list[SpaceStatus]): The statuses the caller may move this space to now.
        street (str):
        postcode (str):
        city (str):
        neighbourhood (None | str):
        latitude (float | None):
        longitude (float | None):
        inaugurated_on (datetime.date | None):
        description (None | str):
        premises (PremisesRead):
        opening_hours (list[OpeningSlotRead]):
        exceptional_closures (list[ExceptionalClosureRead]):
        maintenance_operator_id (None | UUID):
        services (list[MediationService]):
        access_modes (list[AccessMode]):
        support_modes (list[SupportMode]):
        insee_code (str):
        phone (None | str):
        email (None | str):
        website (None | str):
        opening_hours_osm (None | str): The weekly hours in OpenStreetMap `opening_hours` syntax (read-only).
        weekly_opening_hours (float): Hours open in a normal week.
        label (LabelRead):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None):
    """

    id: UUID
    association_id: UUID
    kind: SpaceKind
    name: str
    status: SpaceStatus
    allowed_transitions: list[SpaceStatus]
    street: str
    postcode: str
    city: str
    neighbourhood: None | str
    latitude: float | None
    longitude: float | None
    inaugurated_on: datetime.date | None
    description: None | str
    premises: PremisesRead
    opening_hours: list[OpeningSlotRead]
    exceptional_closures: list[ExceptionalClosureRead]
    maintenance_operator_id: None | UUID
    services: list[MediationService]
    access_modes: list[AccessMode]
    support_modes: list[SupportMode]
    insee_code: str
    phone: None | str
    email: None | str
    website: None | str
    opening_hours_osm: None | str
    weekly_opening_hours: float
    label: LabelRead
    created_at: datetime.datetime
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        association_id = str(self.association_id)

        kind = self.kind.value

        name = self.name

        status = self.status.value

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        street = self.street

        postcode = self.postcode

        city = self.city

        neighbourhood: None | str
        neighbourhood = self.neighbourhood

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        inaugurated_on: None | str
        if isinstance(self.inaugurated_on, datetime.date):
            inaugurated_on = self.inaugurated_on.isoformat()
        else:
            inaugurated_on = self.inaugurated_on

        description: None | str
        description = self.description

        premises = self.premises.to_dict()

        opening_hours = []
        for opening_hours_item_data in self.opening_hours:
            opening_hours_item = opening_hours_item_data.to_dict()
            opening_hours.append(opening_hours_item)

        exceptional_closures = []
        for exceptional_closures_item_data in self.exceptional_closures:
            exceptional_closures_item = exceptional_closures_item_data.to_dict()
            exceptional_closures.append(exceptional_closures_item)

        maintenance_operator_id: None | str
        if isinstance(self.maintenance_operator_id, UUID):
            maintenance_operator_id = str(self.maintenance_operator_id)
        else:
            maintenance_operator_id = self.maintenance_operator_id

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.value
            services.append(services_item)

        access_modes = []
        for access_modes_item_data in self.access_modes:
            access_modes_item = access_modes_item_data.value
            access_modes.append(access_modes_item)

        support_modes = []
        for support_modes_item_data in self.support_modes:
            support_modes_item = support_modes_item_data.value
            support_modes.append(support_modes_item)

        insee_code = self.insee_code

        phone: None | str
        phone = self.phone

        email: None | str
        email = self.email

        website: None | str
        website = self.website

        opening_hours_osm: None | str
        opening_hours_osm = self.opening_hours_osm

        weekly_opening_hours = self.weekly_opening_hours

        label = self.label.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "kind": kind,
                "name": name,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "street": street,
                "postcode": postcode,
                "city": city,
                "neighbourhood": neighbourhood,
                "latitude": latitude,
                "longitude": longitude,
                "inaugurated_on": inaugurated_on,
                "description": description,
                "premises": premises,
                "opening_hours": opening_hours,
                "exceptional_closures": exceptional_closures,
                "maintenance_operator_id": maintenance_operator_id,
                "services": services,
                "access_modes": access_modes,
                "support_modes": support_modes,
                "insee_code": insee_code,
                "phone": phone,
                "email": email,
                "website": website,
                "opening_hours_osm": opening_hours_osm,
                "weekly_opening_hours": weekly_opening_hours,
                "label": label,
                "created_at": created_at,
                "updated_at": updated_at,
                "archived_at": archived_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exceptional_closure_read import ExceptionalClosureRead  # noqa: PLC0415
        from ..models.label_read import LabelRead  # noqa: PLC0415
        from ..models.opening_slot_read import OpeningSlotRead  # noqa: PLC0415
        from ..models.premises_read import PremisesRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        association_id = UUID(d.pop("association_id"))

        kind = SpaceKind(d.pop("kind"))

        name = d.pop("name")

        status = SpaceStatus(d.pop("status"))

        allowed_transitions = []
        _allowed_transitions = d.pop("allowed_transitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = SpaceStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        street = d.pop("street")

        postcode = d.pop("postcode")

        city = d.pop("city")

        def _parse_neighbourhood(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        neighbourhood = _parse_neighbourhood(d.pop("neighbourhood"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        def _parse_inaugurated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inaugurated_on_type_0 = datetime.date.fromisoformat(data)

                return inaugurated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        inaugurated_on = _parse_inaugurated_on(d.pop("inaugurated_on"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        premises = PremisesRead.from_dict(d.pop("premises"))

        opening_hours = []
        _opening_hours = d.pop("opening_hours")
        for opening_hours_item_data in _opening_hours:
            opening_hours_item = OpeningSlotRead.from_dict(opening_hours_item_data)

            opening_hours.append(opening_hours_item)

        exceptional_closures = []
        _exceptional_closures = d.pop("exceptional_closures")
        for exceptional_closures_item_data in _exceptional_closures:
            exceptional_closures_item = ExceptionalClosureRead.from_dict(exceptional_closures_item_data)

            exceptional_closures.append(exceptional_closures_item)

        def _parse_maintenance_operator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maintenance_operator_id_type_0 = UUID(data)

                return maintenance_operator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        maintenance_operator_id = _parse_maintenance_operator_id(d.pop("maintenance_operator_id"))

        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = MediationService(services_item_data)

            services.append(services_item)

        access_modes = []
        _access_modes = d.pop("access_modes")
        for access_modes_item_data in _access_modes:
            access_modes_item = AccessMode(access_modes_item_data)

            access_modes.append(access_modes_item)

        support_modes = []
        _support_modes = d.pop("support_modes")
        for support_modes_item_data in _support_modes:
            support_modes_item = SupportMode(support_modes_item_data)

            support_modes.append(support_modes_item)

        insee_code = d.pop("insee_code")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_opening_hours_osm(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        opening_hours_osm = _parse_opening_hours_osm(d.pop("opening_hours_osm"))

        weekly_opening_hours = d.pop("weekly_opening_hours")

        label = LabelRead.from_dict(d.pop("label"))

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

        space_read = cls(
            id=id,
            association_id=association_id,
            kind=kind,
            name=name,
            status=status,
            allowed_transitions=allowed_transitions,
            street=street,
            postcode=postcode,
            city=city,
            neighbourhood=neighbourhood,
            latitude=latitude,
            longitude=longitude,
            inaugurated_on=inaugurated_on,
            description=description,
            premises=premises,
            opening_hours=opening_hours,
            exceptional_closures=exceptional_closures,
            maintenance_operator_id=maintenance_operator_id,
            services=services,
            access_modes=access_modes,
            support_modes=support_modes,
            insee_code=insee_code,
            phone=phone,
            email=email,
            website=website,
            opening_hours_osm=opening_hours_osm,
            weekly_opening_hours=weekly_opening_hours,
            label=label,
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
        )

        space_read.additional_properties = d
        return space_read

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
