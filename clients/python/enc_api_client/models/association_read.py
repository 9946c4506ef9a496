from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_form import LegalForm

T = TypeVar("T", bound="AssociationRead")


@_attrs_define
class AssociationRead:
    """
    Attributes:
        id (UUID):
        name (str):
        legal_form (LegalForm):
        siret (None | str):
        rna (None | str):
        street (None | str):
        postcode (None | str):
        city (str):
        neighbourhood (None | str):
        contact_email (None | str):
        contact_phone (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None):
    """

    id: UUID
    name: str
    legal_form: LegalForm
    siret: None | str
    rna: None | str
    street: None | str
    postcode: None | str
    city: str
    neighbourhood: None | str
    contact_email: None | str
    contact_phone: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        legal_form = self.legal_form.value

        siret: None | str
        siret = self.siret

        rna: None | str
        rna = self.rna

        street: None | str
        street = self.street

        postcode: None | str
        postcode = self.postcode

        city = self.city

        neighbourhood: None | str
        neighbourhood = self.neighbourhood

        contact_email: None | str
        contact_email = self.contact_email

        contact_phone: None | str
        contact_phone = self.contact_phone

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
                "name": name,
                "legal_form": legal_form,
                "siret": siret,
                "rna": rna,
                "street": street,
                "postcode": postcode,
                "city": city,
                "neighbourhood": neighbourhood,
                "contact_email": contact_email,
                "contact_phone": contact_phone,
                "created_at": created_at,
                "updated_at": updated_at,
                "archived_at": archived_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        legal_form = LegalForm(d.pop("legal_form"))

        def _parse_siret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        siret = _parse_siret(d.pop("siret"))

        def _parse_rna(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rna = _parse_rna(d.pop("rna"))

        def _parse_street(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street = _parse_street(d.pop("street"))

        def _parse_postcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postcode = _parse_postcode(d.pop("postcode"))

        city = d.pop("city")

        def _parse_neighbourhood(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        neighbourhood = _parse_neighbourhood(d.pop("neighbourhood"))

        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))

        def _parse_contact_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone"))

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

        association_read = cls(
            id=id,
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
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
        )

        association_read.additional_properties = d
        return association_read

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
