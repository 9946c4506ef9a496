from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_method import SignatureMethod
from ..models.signature_party import SignatureParty

T = TypeVar("T", bound="JournalEntryRead")


@_attrs_define
class JournalEntryRead:
    """
    Attributes:
        seq (int):
        event (str):
        signature_id (UUID):
        version_number (int):
        sha256 (str):
        signer_user_id (UUID):
        signer_name (str):
        party (SignatureParty):
        method (SignatureMethod):
        recorded_at (datetime.datetime):
        previous_hash (str):
        entry_hash (str):
        recomputed_hash (str): The entry's hash as recomputed now.
        intact (bool):
    """

    seq: int
    event: str
    signature_id: UUID
    version_number: int
    sha256: str
    signer_user_id: UUID
    signer_name: str
    party: SignatureParty
    method: SignatureMethod
    recorded_at: datetime.datetime
    previous_hash: str
    entry_hash: str
    recomputed_hash: str
    intact: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        event = self.event

        signature_id = str(self.signature_id)

        version_number = self.version_number

        sha256 = self.sha256

        signer_user_id = str(self.signer_user_id)

        signer_name = self.signer_name

        party = self.party.value

        method = self.method.value

        recorded_at = self.recorded_at.isoformat()

        previous_hash = self.previous_hash

        entry_hash = self.entry_hash

        recomputed_hash = self.recomputed_hash

        intact = self.intact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "event": event,
                "signature_id": signature_id,
                "version_number": version_number,
                "sha256": sha256,
                "signer_user_id": signer_user_id,
                "signer_name": signer_name,
                "party": party,
                "method": method,
                "recorded_at": recorded_at,
                "previous_hash": previous_hash,
                "entry_hash": entry_hash,
                "recomputed_hash": recomputed_hash,
                "intact": intact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seq = d.pop("seq")

        event = d.pop("event")

        signature_id = UUID(d.pop("signature_id"))

        version_number = d.pop("version_number")

        sha256 = d.pop("sha256")

        signer_user_id = UUID(d.pop("signer_user_id"))

        signer_name = d.pop("signer_name")

        party = SignatureParty(d.pop("party"))

        method = SignatureMethod(d.pop("method"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        previous_hash = d.pop("previous_hash")

        entry_hash = d.pop("entry_hash")

        recomputed_hash = d.pop("recomputed_hash")

        intact = d.pop("intact")

        journal_entry_read = cls(
            seq=seq,
            event=event,
            signature_id=signature_id,
            version_number=version_number,
            sha256=sha256,
            signer_user_id=signer_user_id,
            signer_name=signer_name,
            party=party,
            method=method,
            recorded_at=recorded_at,
            previous_hash=previous_hash,
            entry_hash=entry_hash,
            recomputed_hash=recomputed_hash,
            intact=intact,
        )

        journal_entry_read.additional_properties = d
        return journal_entry_read

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
