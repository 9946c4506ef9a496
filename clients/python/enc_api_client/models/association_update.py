from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.legal_form import LegalForm
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociationUpdate")


@_attrs_define
class AssociationUpdate:
    """
    Attributes:
        name (None | str | Unset):
        legal_form (LegalForm | None | Unset):
        siret (None | str | Unset):
        rna (None | str | Unset):
        street (None | str | Unset):
        postcode (None | str | Unset):
        city (None | str | Unset):
        neighbourhood (None | str | Unset):
        contact_email (None | str | Unset):
        contact_phone (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    legal_form: LegalForm | None | Unset = UNSET
    siret: None | str | Unset = UNSET
    rna: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    neighbourhood: None | str | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        legal_form: None | str | Unset
        if isinstance(self.legal_form, Unset):
            legal_form = UNSET
        elif isinstance(self.legal_form, LegalForm):
            legal_form = self.legal_form.value
        else:
            legal_form = self.legal_form

        siret: None | str | Unset
        if isinstance(self.siret, Unset):
            siret = UNSET
        else:
            siret = self.siret

        rna: None | str | Unset
        if isinstance(self.rna, Unset):
            rna = UNSET
        else:
            rna = self.rna

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

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

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if legal_form is not UNSET:
            field_dict["legal_form"] = legal_form
        if siret is not UNSET:
            field_dict["siret"] = siret
        if rna is not UNSET:
            field_dict["rna"] = rna
        if street is not UNSET:
            field_dict["street"] = street
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if city is not UNSET:
            field_dict["city"] = city
        if neighbourhood is not UNSET:
            field_dict["neighbourhood"] = neighbourhood
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_legal_form(data: object) -> LegalForm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                legal_form_type_0 = LegalForm(data)

                return legal_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalForm | None | Unset, data)

        legal_form = _parse_legal_form(d.pop("legal_form", UNSET))

        def _parse_siret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        siret = _parse_siret(d.pop("siret", UNSET))

        def _parse_rna(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rna = _parse_rna(d.pop("rna", UNSET))

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street = _parse_street(d.pop("street", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

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

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))

        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone", UNSET))

        association_update = cls(
            name=name,
            legal_form=legal_form,
            siret=siret,
            rna=rna,
            street=street,
            postcode=postcode,
            city=city,
            neighbourhood=neighbourhood,
            contact_email=contact_email,
            contact_phone=contact_phone,
        )

        return association_update
