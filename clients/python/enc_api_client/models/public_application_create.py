from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicApplicationCreate")


@_attrs_define
class PublicApplicationCreate:
    """
    Attributes:
        full_name (str):
        email (str):
        availability (str):
        consent (bool): Consent to processing, required (`true`). Purpose: the application to this mission only (the
            association opening it, and the City of Roubaix coordinating the network, contact you; nothing is published or
            passed on). Retention: an application not accepted is anonymised once the retention period has passed
            (`privacy.retention_days` of the public mission; setting APPLICATION_RETENTION_DAYS, 730 days by default); an
            accepted one becomes the volunteer's account. Your data is in your personal-data export (`/users/me/export`)
            once you have an account.
        phone (None | str | Unset):
        motivation (None | str | Unset):
    """

    full_name: str
    email: str
    availability: str
    consent: bool
    phone: None | str | Unset = UNSET
    motivation: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        email = self.email

        availability = self.availability

        consent = self.consent

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        motivation: None | str | Unset
        if isinstance(self.motivation, Unset):
            motivation = UNSET
        else:
            motivation = self.motivation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "email": email,
                "availability": availability,
                "consent": consent,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if motivation is not UNSET:
            field_dict["motivation"] = motivation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        email = d.pop("email")

        availability = d.pop("availability")

        consent = d.pop("consent")

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_motivation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motivation = _parse_motivation(d.pop("motivation", UNSET))

        public_application_create = cls(
            full_name=full_name,
            email=email,
            availability=availability,
            consent=consent,
            phone=phone,
            motivation=motivation,
        )

        return public_application_create
