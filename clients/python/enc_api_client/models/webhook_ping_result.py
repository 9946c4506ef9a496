from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_delivery_read import WebhookDeliveryRead


T = TypeVar("T", bound="WebhookPingResult")


@_attrs_define
class WebhookPingResult:
    """
    Attributes:
        delivery (WebhookDeliveryRead):
        ok (bool):
    """

    delivery: WebhookDeliveryRead
    ok: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery = self.delivery.to_dict()

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery": delivery,
                "ok": ok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_delivery_read import WebhookDeliveryRead  # noqa: PLC0415

        d = dict(src_dict)
        delivery = WebhookDeliveryRead.from_dict(d.pop("delivery"))

        ok = d.pop("ok")

        webhook_ping_result = cls(
            delivery=delivery,
            ok=ok,
        )

        webhook_ping_result.additional_properties = d
        return webhook_ping_result

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
