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
from ..models.support_mode import SupportMode

if TYPE_CHECKING:
    from ..models.exceptional_closure_read import ExceptionalClosureRead
    from ..models.opening_slot_read import OpeningSlotRead
    from ..models.public_label import PublicLabel
    from ..models.public_workshop import PublicWorkshop


T = TypeVar("T", bound="PublicSpaceRead")


@_attrs_define
class PublicSpaceRead:
    """
    Attributes:
        id (UUID):
        name (str):
        kind (SpaceKind):
        association_name (str):
        street (str):
        postcode (str):
        city (str):
        insee_code (str):
        neighbourhood (None | str):
        latitude (float | None):
        longitude (float | None):
        description (None | str):
        phone (None | str):
        email (None | str):
        website (None | str):
        opening_hours (list[OpeningSlotRead]):
        opening_hours_osm (None | str): OpenStreetMap `opening_hours` syntax; closed on public holidays (`PH off`).
        exceptional_closures (list[ExceptionalClosureRead]):
        services (list[MediationService]):
        access_modes (list[AccessMode]):
        support_modes (list[SupportMode]):
        wheelchair_accessible (bool):
        label (None | PublicLabel): The ENC label and its validity; null when the space holds none.
        next_workshops (list[PublicWorkshop]): The next resident workshops held here (at most 3).
        updated_at (datetime.datetime):
    """

    id: UUID
    name: str
    kind: SpaceKind
    association_name: str
    street: str
    postcode: str
    city: str
    insee_code: str
    neighbourhood: None | str
    latitude: float | None
    longitude: float | None
    description: None | str
    phone: None | str
    email: None | str
    website: None | str
    opening_hours: list[OpeningSlotRead]
    opening_hours_osm: None | str
    exceptional_closures: list[ExceptionalClosureRead]
    services: list[MediationService]
    access_modes: list[AccessMode]
    support_modes: list[SupportMode]
    wheelchair_accessible: bool
    label: None | PublicLabel
    next_workshops: list[PublicWorkshop]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_label import PublicLabel  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        kind = self.kind.value

        association_name = self.association_name

        street = self.street

        postcode = self.postcode

        city = self.city

        insee_code = self.insee_code

        neighbourhood: None | str
        neighbourhood = self.neighbourhood

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        description: None | str
        description = self.description

        phone: None | str
        phone = self.phone

        email: None | str
        email = self.email

        website: None | str
        website = self.website

        opening_hours = []
        for opening_hours_item_data in self.opening_hours:
            opening_hours_item = opening_hours_item_data.to_dict()
            opening_hours.append(opening_hours_item)

        opening_hours_osm: None | str
        opening_hours_osm = self.opening_hours_osm

        exceptional_closures = []
        for exceptional_closures_item_data in self.exceptional_closures:
            exceptional_closures_item = exceptional_closures_item_data.to_dict()
            exceptional_closures.append(exceptional_closures_item)

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

        wheelchair_accessible = self.wheelchair_accessible

        label: dict[str, Any] | None
        if isinstance(self.label, PublicLabel):
            label = self.label.to_dict()
        else:
            label = self.label

        next_workshops = []
        for next_workshops_item_data in self.next_workshops:
            next_workshops_item = next_workshops_item_data.to_dict()
            next_workshops.append(next_workshops_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "association_name": association_name,
                "street": street,
                "postcode": postcode,
                "city": city,
                "insee_code": insee_code,
                "neighbourhood": neighbourhood,
                "latitude": latitude,
                "longitude": longitude,
                "description": description,
                "phone": phone,
                "email": email,
                "website": website,
                "opening_hours": opening_hours,
                "opening_hours_osm": opening_hours_osm,
                "exceptional_closures": exceptional_closures,
                "services": services,
                "access_modes": access_modes,
                "support_modes": support_modes,
                "wheelchair_accessible": wheelchair_accessible,
                "label": label,
                "next_workshops": next_workshops,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exceptional_closure_read import ExceptionalClosureRead  # noqa: PLC0415
        from ..models.opening_slot_read import OpeningSlotRead  # noqa: PLC0415
        from ..models.public_label import PublicLabel  # noqa: PLC0415
        from ..models.public_workshop import PublicWorkshop  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        kind = SpaceKind(d.pop("kind"))

        association_name = d.pop("association_name")

        street = d.pop("street")

        postcode = d.pop("postcode")

        city = d.pop("city")

        insee_code = d.pop("insee_code")

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

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

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

        opening_hours = []
        _opening_hours = d.pop("opening_hours")
        for opening_hours_item_data in _opening_hours:
            opening_hours_item = OpeningSlotRead.from_dict(opening_hours_item_data)

            opening_hours.append(opening_hours_item)

        def _parse_opening_hours_osm(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        opening_hours_osm = _parse_opening_hours_osm(d.pop("opening_hours_osm"))

        exceptional_closures = []
        _exceptional_closures = d.pop("exceptional_closures")
        for exceptional_closures_item_data in _exceptional_closures:
            exceptional_closures_item = ExceptionalClosureRead.from_dict(exceptional_closures_item_data)

            exceptional_closures.append(exceptional_closures_item)

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

        wheelchair_accessible = d.pop("wheelchair_accessible")

        def _parse_label(data: object) -> None | PublicLabel:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_0 = PublicLabel.from_dict(data)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicLabel, data)

        label = _parse_label(d.pop("label"))

        next_workshops = []
        _next_workshops = d.pop("next_workshops")
        for next_workshops_item_data in _next_workshops:
            next_workshops_item = PublicWorkshop.from_dict(next_workshops_item_data)

            next_workshops.append(next_workshops_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        public_space_read = cls(
            id=id,
            name=name,
            kind=kind,
            association_name=association_name,
            street=street,
            postcode=postcode,
            city=city,
            insee_code=insee_code,
            neighbourhood=neighbourhood,
            latitude=latitude,
            longitude=longitude,
            description=description,
            phone=phone,
            email=email,
            website=website,
            opening_hours=opening_hours,
            opening_hours_osm=opening_hours_osm,
            exceptional_closures=exceptional_closures,
            services=services,
            access_modes=access_modes,
            support_modes=support_modes,
            wheelchair_accessible=wheelchair_accessible,
            label=label,
            next_workshops=next_workshops,
            updated_at=updated_at,
        )

        public_space_read.additional_properties = d
        return public_space_read

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
