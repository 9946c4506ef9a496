from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.job_description_status import JobDescriptionStatus

T = TypeVar("T", bound="JobDescriptionTransition")


@_attrs_define
class JobDescriptionTransition:
    """
    Attributes:
        to (JobDescriptionStatus):
    """

    to: JobDescriptionStatus

    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = JobDescriptionStatus(d.pop("to"))

        job_description_transition = cls(
            to=to,
        )

        return job_description_transition
