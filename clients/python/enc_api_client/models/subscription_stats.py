from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_subscription_figures import NetworkSubscriptionFigures
    from ..models.pooling_group import PoolingGroup
    from ..models.space_subscription_figures import SpaceSubscriptionFigures
    from ..models.space_without_connection import SpaceWithoutConnection


T = TypeVar("T", bound="SubscriptionStats")


@_attrs_define
class SubscriptionStats:
    """
    Attributes:
        period_start (datetime.date): The period's first day (`from`).
        period_end (datetime.date): The period's last day (`to`).
        pooling_window_days (int):
        network (NetworkSubscriptionFigures):
        spaces (list[SpaceSubscriptionFigures]):
        without_working_connection (list[SpaceWithoutConnection]):
        pooling_groups (list[PoolingGroup]): Running subscriptions of two spaces or more with the same provider whose
            commitments end within `pooling_window_days` of each other: candidates for pooling.
    """

    period_start: datetime.date
    period_end: datetime.date
    pooling_window_days: int
    network: NetworkSubscriptionFigures
    spaces: list[SpaceSubscriptionFigures]
    without_working_connection: list[SpaceWithoutConnection]
    pooling_groups: list[PoolingGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        pooling_window_days = self.pooling_window_days

        network = self.network.to_dict()

        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = spaces_item_data.to_dict()
            spaces.append(spaces_item)

        without_working_connection = []
        for without_working_connection_item_data in self.without_working_connection:
            without_working_connection_item = without_working_connection_item_data.to_dict()
            without_working_connection.append(without_working_connection_item)

        pooling_groups = []
        for pooling_groups_item_data in self.pooling_groups:
            pooling_groups_item = pooling_groups_item_data.to_dict()
            pooling_groups.append(pooling_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "period_end": period_end,
                "pooling_window_days": pooling_window_days,
                "network": network,
                "spaces": spaces,
                "without_working_connection": without_working_connection,
                "pooling_groups": pooling_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_subscription_figures import NetworkSubscriptionFigures  # noqa: PLC0415
        from ..models.pooling_group import PoolingGroup  # noqa: PLC0415
        from ..models.space_subscription_figures import SpaceSubscriptionFigures  # noqa: PLC0415
        from ..models.space_without_connection import SpaceWithoutConnection  # noqa: PLC0415

        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        pooling_window_days = d.pop("pooling_window_days")

        network = NetworkSubscriptionFigures.from_dict(d.pop("network"))

        spaces = []
        _spaces = d.pop("spaces")
        for spaces_item_data in _spaces:
            spaces_item = SpaceSubscriptionFigures.from_dict(spaces_item_data)

            spaces.append(spaces_item)

        without_working_connection = []
        _without_working_connection = d.pop("without_working_connection")
        for without_working_connection_item_data in _without_working_connection:
            without_working_connection_item = SpaceWithoutConnection.from_dict(without_working_connection_item_data)

            without_working_connection.append(without_working_connection_item)

        pooling_groups = []
        _pooling_groups = d.pop("pooling_groups")
        for pooling_groups_item_data in _pooling_groups:
            pooling_groups_item = PoolingGroup.from_dict(pooling_groups_item_data)

            pooling_groups.append(pooling_groups_item)

        subscription_stats = cls(
            period_start=period_start,
            period_end=period_end,
            pooling_window_days=pooling_window_days,
            network=network,
            spaces=spaces,
            without_working_connection=without_working_connection,
            pooling_groups=pooling_groups,
        )

        subscription_stats.additional_properties = d
        return subscription_stats

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
