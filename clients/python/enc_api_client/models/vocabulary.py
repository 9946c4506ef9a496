from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vocabulary_value import VocabularyValue


T = TypeVar("T", bound="Vocabulary")


@_attrs_define
class Vocabulary:
    """
    Attributes:
        name (str):
        description (str): In French (the same as `description_fr`).
        description_fr (str):
        description_en (str):
        values (list[VocabularyValue]):
    """

    name: str
    description: str
    description_fr: str
    description_en: str
    values: list[VocabularyValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        description_fr = self.description_fr

        description_en = self.description_en

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "description_fr": description_fr,
                "description_en": description_en,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vocabulary_value import VocabularyValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        description_fr = d.pop("description_fr")

        description_en = d.pop("description_en")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = VocabularyValue.from_dict(values_item_data)

            values.append(values_item)

        vocabulary = cls(
            name=name,
            description=description,
            description_fr=description_fr,
            description_en=description_en,
            values=values,
        )

        vocabulary.additional_properties = d
        return vocabulary

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
