from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.access_mode import AccessMode
from ..models.mediation_service import MediationService
from ..models.space_kind import SpaceKind
from ..models.support_mode import SupportMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exceptional_closure import ExceptionalClosure
    from ..models.opening_slot import OpeningSlot
    from ..models.premises import Premises


T = TypeVar("T", bound="SpaceCreate")


@_attrs_define
class SpaceCreate:
    """
    Attributes:
        street (str):
        postcode (str):
        association_id (UUID):
        kind (SpaceKind):
        name (str):
        city (None | str | Unset):
        neighbourhood (None | str | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        inaugurated_on (datetime.date | None | Unset): Years 1900 to 2200.
        description (None | str | Unset):
        premises (None | Premises | Unset):
        opening_hours (list[OpeningSlot] | None | Unset):
        exceptional_closures (list[ExceptionalClosure] | None | Unset):
        maintenance_operator_id (None | Unset | UUID): The contracted maintenance operator (city only); null: the
            network's default operator.
        services (list[MediationService] | None | Unset): Services offered (vocabulary `mediation_service`).
        access_modes (list[AccessMode] | None | Unset): How to come (vocabulary `access_mode`).
        support_modes (list[SupportMode] | None | Unset): Kinds of support (vocabulary `support_mode`).
        insee_code (None | str | Unset): The commune's INSEE code (Roubaix: 59512).
        phone (None | str | Unset):
        email (None | str | Unset):
        website (None | str | Unset):
    """

    street: str
    postcode: str
    association_id: UUID
    kind: SpaceKind
    name: str
    city: None | str | Unset = UNSET
    neighbourhood: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    inaugurated_on: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    premises: None | Premises | Unset = UNSET
    opening_hours: list[OpeningSlot] | None | Unset = UNSET
    exceptional_closures: list[ExceptionalClosure] | None | Unset = UNSET
    maintenance_operator_id: None | Unset | UUID = UNSET
    services: list[MediationService] | None | Unset = UNSET
    access_modes: list[AccessMode] | None | Unset = UNSET
    support_modes: list[SupportMode] | None | Unset = UNSET
    insee_code: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.premises import Premises  # noqa: PLC0415

        street = self.street

        postcode = self.postcode

        association_id = str(self.association_id)

        kind = self.kind.value

        name = self.name

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        neighbourhood: None | str | Unset
        if isinstance(self.neighbourhood, Unset):
            neighbourhood = UNSET
        else:
            neighbourhood = self.neighbourhood

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        inaugurated_on: None | str | Unset
        if isinstance(self.inaugurated_on, Unset):
            inaugurated_on = UNSET
        elif isinstance(self.inaugurated_on, datetime.date):
            inaugurated_on = self.inaugurated_on.isoformat()
        else:
            inaugurated_on = self.inaugurated_on

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        premises: dict[str, Any] | None | Unset
        if isinstance(self.premises, Unset):
            premises = UNSET
        elif isinstance(self.premises, Premises):
            premises = self.premises.to_dict()
        else:
            premises = self.premises

        opening_hours: list[dict[str, Any]] | None | Unset
        if isinstance(self.opening_hours, Unset):
            opening_hours = UNSET
        elif isinstance(self.opening_hours, list):
            opening_hours = []
            for opening_hours_type_0_item_data in self.opening_hours:
                opening_hours_type_0_item = opening_hours_type_0_item_data.to_dict()
                opening_hours.append(opening_hours_type_0_item)

        else:
            opening_hours = self.opening_hours

        exceptional_closures: list[dict[str, Any]] | None | Unset
        if isinstance(self.exceptional_closures, Unset):
            exceptional_closures = UNSET
        elif isinstance(self.exceptional_closures, list):
            exceptional_closures = []
            for exceptional_closures_type_0_item_data in self.exceptional_closures:
                exceptional_closures_type_0_item = exceptional_closures_type_0_item_data.to_dict()
                exceptional_closures.append(exceptional_closures_type_0_item)

        else:
            exceptional_closures = self.exceptional_closures

        maintenance_operator_id: None | str | Unset
        if isinstance(self.maintenance_operator_id, Unset):
            maintenance_operator_id = UNSET
        elif isinstance(self.maintenance_operator_id, UUID):
            maintenance_operator_id = str(self.maintenance_operator_id)
        else:
            maintenance_operator_id = self.maintenance_operator_id

        services: list[str] | None | Unset
        if isinstance(self.services, Unset):
            services = UNSET
        elif isinstance(self.services, list):
            services = []
            for services_type_0_item_data in self.services:
                services_type_0_item = services_type_0_item_data.value
                services.append(services_type_0_item)

        else:
            services = self.services

        access_modes: list[str] | None | Unset
        if isinstance(self.access_modes, Unset):
            access_modes = UNSET
        elif isinstance(self.access_modes, list):
            access_modes = []
            for access_modes_type_0_item_data in self.access_modes:
                access_modes_type_0_item = access_modes_type_0_item_data.value
                access_modes.append(access_modes_type_0_item)

        else:
            access_modes = self.access_modes

        support_modes: list[str] | None | Unset
        if isinstance(self.support_modes, Unset):
            support_modes = UNSET
        elif isinstance(self.support_modes, list):
            support_modes = []
            for support_modes_type_0_item_data in self.support_modes:
                support_modes_type_0_item = support_modes_type_0_item_data.value
                support_modes.append(support_modes_type_0_item)

        else:
            support_modes = self.support_modes

        insee_code: None | str | Unset
        if isinstance(self.insee_code, Unset):
            insee_code = UNSET
        else:
            insee_code = self.insee_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "street": street,
                "postcode": postcode,
                "association_id": association_id,
                "kind": kind,
                "name": name,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if neighbourhood is not UNSET:
            field_dict["neighbourhood"] = neighbourhood
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if inaugurated_on is not UNSET:
            field_dict["inaugurated_on"] = inaugurated_on
        if description is not UNSET:
            field_dict["description"] = description
        if premises is not UNSET:
            field_dict["premises"] = premises
        if opening_hours is not UNSET:
            field_dict["opening_hours"] = opening_hours
        if exceptional_closures is not UNSET:
            field_dict["exceptional_closures"] = exceptional_closures
        if maintenance_operator_id is not UNSET:
            field_dict["maintenance_operator_id"] = maintenance_operator_id
        if services is not UNSET:
            field_dict["services"] = services
        if access_modes is not UNSET:
            field_dict["access_modes"] = access_modes
        if support_modes is not UNSET:
            field_dict["support_modes"] = support_modes
        if insee_code is not UNSET:
            field_dict["insee_code"] = insee_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exceptional_closure import ExceptionalClosure  # noqa: PLC0415
        from ..models.opening_slot import OpeningSlot  # noqa: PLC0415
        from ..models.premises import Premises  # noqa: PLC0415

        d = dict(src_dict)
        street = d.pop("street")

        postcode = d.pop("postcode")

        association_id = UUID(d.pop("association_id"))

        kind = SpaceKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_neighbourhood(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        neighbourhood = _parse_neighbourhood(d.pop("neighbourhood", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_inaugurated_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inaugurated_on_type_0 = datetime.date.fromisoformat(data)

                return inaugurated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        inaugurated_on = _parse_inaugurated_on(d.pop("inaugurated_on", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_premises(data: object) -> None | Premises | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                premises_type_0 = Premises.from_dict(data)

                return premises_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Premises | Unset, data)

        premises = _parse_premises(d.pop("premises", UNSET))

        def _parse_opening_hours(data: object) -> list[OpeningSlot] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opening_hours_type_0 = []
                _opening_hours_type_0 = data
                for opening_hours_type_0_item_data in _opening_hours_type_0:
                    opening_hours_type_0_item = OpeningSlot.from_dict(opening_hours_type_0_item_data)

                    opening_hours_type_0.append(opening_hours_type_0_item)

                return opening_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OpeningSlot] | None | Unset, data)

        opening_hours = _parse_opening_hours(d.pop("opening_hours", UNSET))

        def _parse_exceptional_closures(data: object) -> list[ExceptionalClosure] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exceptional_closures_type_0 = []
                _exceptional_closures_type_0 = data
                for exceptional_closures_type_0_item_data in _exceptional_closures_type_0:
                    exceptional_closures_type_0_item = ExceptionalClosure.from_dict(
                        exceptional_closures_type_0_item_data
                    )

                    exceptional_closures_type_0.append(exceptional_closures_type_0_item)

                return exceptional_closures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExceptionalClosure] | None | Unset, data)

        exceptional_closures = _parse_exceptional_closures(d.pop("exceptional_closures", UNSET))

        def _parse_maintenance_operator_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maintenance_operator_id_type_0 = UUID(data)

                return maintenance_operator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        maintenance_operator_id = _parse_maintenance_operator_id(d.pop("maintenance_operator_id", UNSET))

        def _parse_services(data: object) -> list[MediationService] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                services_type_0 = []
                _services_type_0 = data
                for services_type_0_item_data in _services_type_0:
                    services_type_0_item = MediationService(services_type_0_item_data)

                    services_type_0.append(services_type_0_item)

                return services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MediationService] | None | Unset, data)

        services = _parse_services(d.pop("services", UNSET))

        def _parse_access_modes(data: object) -> list[AccessMode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_modes_type_0 = []
                _access_modes_type_0 = data
                for access_modes_type_0_item_data in _access_modes_type_0:
                    access_modes_type_0_item = AccessMode(access_modes_type_0_item_data)

                    access_modes_type_0.append(access_modes_type_0_item)

                return access_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessMode] | None | Unset, data)

        access_modes = _parse_access_modes(d.pop("access_modes", UNSET))

        def _parse_support_modes(data: object) -> list[SupportMode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                support_modes_type_0 = []
                _support_modes_type_0 = data
                for support_modes_type_0_item_data in _support_modes_type_0:
                    support_modes_type_0_item = SupportMode(support_modes_type_0_item_data)

                    support_modes_type_0.append(support_modes_type_0_item)

                return support_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SupportMode] | None | Unset, data)

        support_modes = _parse_support_modes(d.pop("support_modes", UNSET))

        def _parse_insee_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insee_code = _parse_insee_code(d.pop("insee_code", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        space_create = cls(
            street=street,
            postcode=postcode,
            association_id=association_id,
            kind=kind,
            name=name,
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
        )

        return space_create
