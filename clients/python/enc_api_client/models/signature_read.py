from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_method import SignatureMethod
from ..models.signature_party import SignatureParty

T = TypeVar("T", bound="SignatureRead")


@_attrs_define
class SignatureRead:
    """
    Attributes:
        id (UUID):
        document_id (UUID):
        version_number (int):
        sha256 (str): SHA-256 of the signed version's bytes.
        signer_user_id (UUID):
        signer_name (str):
        signer_role (str):
        party (SignatureParty):
        method (SignatureMethod):
        typed_name (None | str):
        consent_text (str): The consent the signer accepted, verbatim.
        client_address (None | str):
        user_agent (None | str):
        signed_at (datetime.datetime):
    """

    id: UUID
    document_id: UUID
    version_number: int
    sha256: str
    signer_user_id: UUID
    signer_name: str
    signer_role: str
    party: SignatureParty
    method: SignatureMethod
    typed_name: None | str
    consent_text: str
    client_address: None | str
    user_agent: None | str
    signed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        document_id = str(self.document_id)

        version_number = self.version_number

        sha256 = self.sha256

        signer_user_id = str(self.signer_user_id)

        signer_name = self.signer_name

        signer_role = self.signer_role

        party = self.party.value

        method = self.method.value

        typed_name: None | str
        typed_name = self.typed_name

        consent_text = self.consent_text

        client_address: None | str
        client_address = self.client_address

        user_agent: None | str
        user_agent = self.user_agent

        signed_at = self.signed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_id": document_id,
                "version_number": version_number,
                "sha256": sha256,
                "signer_user_id": signer_user_id,
                "signer_name": signer_name,
                "signer_role": signer_role,
                "party": party,
                "method": method,
                "typed_name": typed_name,
                "consent_text": consent_text,
                "client_address": client_address,
                "user_agent": user_agent,
                "signed_at": signed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        document_id = UUID(d.pop("document_id"))

        version_number = d.pop("version_number")

        sha256 = d.pop("sha256")

        signer_user_id = UUID(d.pop("signer_user_id"))

        signer_name = d.pop("signer_name")

        signer_role = d.pop("signer_role")

        party = SignatureParty(d.pop("party"))

        method = SignatureMethod(d.pop("method"))

        def _parse_typed_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        typed_name = _parse_typed_name(d.pop("typed_name"))

        consent_text = d.pop("consent_text")

        def _parse_client_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_address = _parse_client_address(d.pop("client_address"))

        def _parse_user_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_agent = _parse_user_agent(d.pop("user_agent"))

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))

        signature_read = cls(
            id=id,
            document_id=document_id,
            version_number=version_number,
            sha256=sha256,
            signer_user_id=signer_user_id,
            signer_name=signer_name,
            signer_role=signer_role,
            party=party,
            method=method,
            typed_name=typed_name,
            consent_text=consent_text,
            client_address=client_address,
            user_agent=user_agent,
            signed_at=signed_at,
        )

        signature_read.additional_properties = d
        return signature_read

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
