from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.meeting_kind import MeetingKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_item_create import AgendaItemCreate
    from ..models.invitee_create import InviteeCreate


T = TypeVar("T", bound="MeetingCreate")


@_attrs_define
class MeetingCreate:
    """
    Attributes:
        title (str):
        kind (MeetingKind):
        starts_at (datetime.datetime): Years 1900 to 2200.
        ends_at (datetime.datetime): Years 1900 to 2200.
        description (None | str | Unset):
        space_id (None | Unset | UUID): The host space.
        address (None | str | Unset): Another place.
        online_url (None | str | Unset):
        organiser_association_id (None | Unset | UUID): Left out: the city organises (network-wide); an association's
            user organises for its own association (working groups only).
        agenda_cutoff_at (datetime.datetime | None | Unset): Until when invited associations may propose agenda items.
            Years 1900 to 2200.
        invitees (list[InviteeCreate] | Unset):
        agenda (list[AgendaItemCreate] | Unset):
    """

    title: str
    kind: MeetingKind
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    description: None | str | Unset = UNSET
    space_id: None | Unset | UUID = UNSET
    address: None | str | Unset = UNSET
    online_url: None | str | Unset = UNSET
    organiser_association_id: None | Unset | UUID = UNSET
    agenda_cutoff_at: datetime.datetime | None | Unset = UNSET
    invitees: list[InviteeCreate] | Unset = UNSET
    agenda: list[AgendaItemCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind = self.kind.value

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        elif isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        online_url: None | str | Unset
        if isinstance(self.online_url, Unset):
            online_url = UNSET
        else:
            online_url = self.online_url

        organiser_association_id: None | str | Unset
        if isinstance(self.organiser_association_id, Unset):
            organiser_association_id = UNSET
        elif isinstance(self.organiser_association_id, UUID):
            organiser_association_id = str(self.organiser_association_id)
        else:
            organiser_association_id = self.organiser_association_id

        agenda_cutoff_at: None | str | Unset
        if isinstance(self.agenda_cutoff_at, Unset):
            agenda_cutoff_at = UNSET
        elif isinstance(self.agenda_cutoff_at, datetime.datetime):
            agenda_cutoff_at = self.agenda_cutoff_at.isoformat()
        else:
            agenda_cutoff_at = self.agenda_cutoff_at

        invitees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invitees, Unset):
            invitees = []
            for invitees_item_data in self.invitees:
                invitees_item = invitees_item_data.to_dict()
                invitees.append(invitees_item)

        agenda: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agenda, Unset):
            agenda = []
            for agenda_item_data in self.agenda:
                agenda_item = agenda_item_data.to_dict()
                agenda.append(agenda_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "kind": kind,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if address is not UNSET:
            field_dict["address"] = address
        if online_url is not UNSET:
            field_dict["online_url"] = online_url
        if organiser_association_id is not UNSET:
            field_dict["organiser_association_id"] = organiser_association_id
        if agenda_cutoff_at is not UNSET:
            field_dict["agenda_cutoff_at"] = agenda_cutoff_at
        if invitees is not UNSET:
            field_dict["invitees"] = invitees
        if agenda is not UNSET:
            field_dict["agenda"] = agenda

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_create import AgendaItemCreate  # noqa: PLC0415
        from ..models.invitee_create import InviteeCreate  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        kind = MeetingKind(d.pop("kind"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_space_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        space_id = _parse_space_id(d.pop("space_id", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_online_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_url = _parse_online_url(d.pop("online_url", UNSET))

        def _parse_organiser_association_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organiser_association_id_type_0 = UUID(data)

                return organiser_association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organiser_association_id = _parse_organiser_association_id(d.pop("organiser_association_id", UNSET))

        def _parse_agenda_cutoff_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agenda_cutoff_at_type_0 = datetime.datetime.fromisoformat(data)

                return agenda_cutoff_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        agenda_cutoff_at = _parse_agenda_cutoff_at(d.pop("agenda_cutoff_at", UNSET))

        _invitees = d.pop("invitees", UNSET)
        invitees: list[InviteeCreate] | Unset = UNSET
        if _invitees is not UNSET:
            invitees = []
            for invitees_item_data in _invitees:
                invitees_item = InviteeCreate.from_dict(invitees_item_data)

                invitees.append(invitees_item)

        _agenda = d.pop("agenda", UNSET)
        agenda: list[AgendaItemCreate] | Unset = UNSET
        if _agenda is not UNSET:
            agenda = []
            for agenda_item_data in _agenda:
                agenda_item = AgendaItemCreate.from_dict(agenda_item_data)

                agenda.append(agenda_item)

        meeting_create = cls(
            title=title,
            kind=kind,
            starts_at=starts_at,
            ends_at=ends_at,
            description=description,
            space_id=space_id,
            address=address,
            online_url=online_url,
            organiser_association_id=organiser_association_id,
            agenda_cutoff_at=agenda_cutoff_at,
            invitees=invitees,
            agenda=agenda,
        )

        return meeting_create
