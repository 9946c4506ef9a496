from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.signature_method import SignatureMethod
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="SignatureForm")


@_attrs_define
class SignatureForm:
    """The multipart body: `method`, `consent`, `full_name` (typed) or `file` (scan).

    Attributes:
        method (SignatureMethod):
        consent (bool): The signer accepts the consent text: Je, {name}, signe pour {party} le document « {title} »,
            version {version} (empreinte SHA-256 {sha256}). Je déclare l'avoir lu et l'approuver ; cette signature
            électronique m'engage comme ma signature manuscrite.
        full_name (None | str | Unset): `typed`: the signer's full name as on their account (case and accents do not
            matter).
        file (File | None | Unset): `scan`: the signed copy (PDF, PNG or JPEG, checked like any upload).
    """

    method: SignatureMethod
    consent: bool
    full_name: None | str | Unset = UNSET
    file: File | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        consent = self.consent

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        file: FileTypes | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, File):
            file = self.file.to_tuple()

        else:
            file = self.file

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "consent": consent,
            }
        )
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = SignatureMethod(d.pop("method"))

        consent = d.pop("consent")

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                file_type_0 = File(payload=BytesIO(data))

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(File | None | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        signature_form = cls(
            method=method,
            consent=consent,
            full_name=full_name,
            file=file,
        )

        return signature_form
