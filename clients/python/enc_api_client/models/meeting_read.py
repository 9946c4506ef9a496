from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_kind import MeetingKind
from ..models.meeting_status import MeetingStatus

if TYPE_CHECKING:
    from ..models.agenda_item_read import AgendaItemRead
    from ..models.follow_up import FollowUp
    from ..models.invitee_read import InviteeRead
    from ..models.meeting_decision import MeetingDecision


T = TypeVar("T", bound="MeetingRead")


@_attrs_define
class MeetingRead:
    """
    Attributes:
        id (UUID):
        title (str):
        description (None | str):
        kind (MeetingKind):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        space_id (None | UUID):
        space_name (None | str):
        address (None | str):
        online_url (None | str):
        organiser_association_id (None | UUID):
        organiser_user_id (None | UUID):
        organiser_name (str): The association, or « Ville de Roubaix ».
        agenda_cutoff_at (datetime.datetime | None):
        status (MeetingStatus):
        allowed_transitions (list[MeetingStatus]):
        sequence (int): iCalendar SEQUENCE: bumped on each change.
        invitees (list[InviteeRead]):
        agenda (list[AgendaItemRead]):
        decisions (list[MeetingDecision]):
        minutes_revision (int | None): The latest published revision.
        follow_up (list[FollowUp]): For a planned meeting: the open and overdue actions owned by its invitees
            (associations and people), computed on read.
        held_at (datetime.datetime | None):
        minutes_published_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        cancel_reason (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    description: None | str
    kind: MeetingKind
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    space_id: None | UUID
    space_name: None | str
    address: None | str
    online_url: None | str
    organiser_association_id: None | UUID
    organiser_user_id: None | UUID
    organiser_name: str
    agenda_cutoff_at: datetime.datetime | None
    status: MeetingStatus
    allowed_transitions: list[MeetingStatus]
    sequence: int
    invitees: list[InviteeRead]
    agenda: list[AgendaItemRead]
    decisions: list[MeetingDecision]
    minutes_revision: int | None
    follow_up: list[FollowUp]
    held_at: datetime.datetime | None
    minutes_published_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    cancel_reason: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description: None | str
        description = self.description

        kind = self.kind.value

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        space_id: None | str
        if isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        space_name: None | str
        space_name = self.space_name

        address: None | str
        address = self.address

        online_url: None | str
        online_url = self.online_url

        organiser_association_id: None | str
        if isinstance(self.organiser_association_id, UUID):
            organiser_association_id = str(self.organiser_association_id)
        else:
            organiser_association_id = self.organiser_association_id

        organiser_user_id: None | str
        if isinstance(self.organiser_user_id, UUID):
            organiser_user_id = str(self.organiser_user_id)
        else:
            organiser_user_id = self.organiser_user_id

        organiser_name = self.organiser_name

        agenda_cutoff_at: None | str
        if isinstance(self.agenda_cutoff_at, datetime.datetime):
            agenda_cutoff_at = self.agenda_cutoff_at.isoformat()
        else:
            agenda_cutoff_at = self.agenda_cutoff_at

        status = self.status.value

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        sequence = self.sequence

        invitees = []
        for invitees_item_data in self.invitees:
            invitees_item = invitees_item_data.to_dict()
            invitees.append(invitees_item)

        agenda = []
        for agenda_item_data in self.agenda:
            agenda_item = agenda_item_data.to_dict()
            agenda.append(agenda_item)

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)

        minutes_revision: int | None
        minutes_revision = self.minutes_revision

        follow_up = []
        for follow_up_item_data in self.follow_up:
            follow_up_item = follow_up_item_data.to_dict()
            follow_up.append(follow_up_item)

        held_at: None | str
        if isinstance(self.held_at, datetime.datetime):
            held_at = self.held_at.isoformat()
        else:
            held_at = self.held_at

        minutes_published_at: None | str
        if isinstance(self.minutes_published_at, datetime.datetime):
            minutes_published_at = self.minutes_published_at.isoformat()
        else:
            minutes_published_at = self.minutes_published_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "kind": kind,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "space_id": space_id,
                "space_name": space_name,
                "address": address,
                "online_url": online_url,
                "organiser_association_id": organiser_association_id,
                "organiser_user_id": organiser_user_id,
                "organiser_name": organiser_name,
                "agenda_cutoff_at": agenda_cutoff_at,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "sequence": sequence,
                "invitees": invitees,
                "agenda": agenda,
                "decisions": decisions,
                "minutes_revision": minutes_revision,
                "follow_up": follow_up,
                "held_at": held_at,
                "minutes_published_at": minutes_published_at,
                "cancelled_at": cancelled_at,
                "cancel_reason": cancel_reason,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_read import AgendaItemRead  # noqa: PLC0415
        from ..models.follow_up import FollowUp  # noqa: PLC0415
        from ..models.invitee_read import InviteeRead  # noqa: PLC0415
        from ..models.meeting_decision import MeetingDecision  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        kind = MeetingKind(d.pop("kind"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_space_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        space_id = _parse_space_id(d.pop("space_id"))

        def _parse_space_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        space_name = _parse_space_name(d.pop("space_name"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_online_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        online_url = _parse_online_url(d.pop("online_url"))

        def _parse_organiser_association_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organiser_association_id_type_0 = UUID(data)

                return organiser_association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organiser_association_id = _parse_organiser_association_id(d.pop("organiser_association_id"))

        def _parse_organiser_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organiser_user_id_type_0 = UUID(data)

                return organiser_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organiser_user_id = _parse_organiser_user_id(d.pop("organiser_user_id"))

        organiser_name = d.pop("organiser_name")

        def _parse_agenda_cutoff_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agenda_cutoff_at_type_0 = datetime.datetime.fromisoformat(data)

                return agenda_cutoff_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        agenda_cutoff_at = _parse_agenda_cutoff_at(d.pop("agenda_cutoff_at"))

        status = MeetingStatus(d.pop("status"))

        allowed_transitions = []
        _allowed_transitions = d.pop("allowed_transitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = MeetingStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        sequence = d.pop("sequence")

        invitees = []
        _invitees = d.pop("invitees")
        for invitees_item_data in _invitees:
            invitees_item = InviteeRead.from_dict(invitees_item_data)

            invitees.append(invitees_item)

        agenda = []
        _agenda = d.pop("agenda")
        for agenda_item_data in _agenda:
            agenda_item = AgendaItemRead.from_dict(agenda_item_data)

            agenda.append(agenda_item)

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in _decisions:
            decisions_item = MeetingDecision.from_dict(decisions_item_data)

            decisions.append(decisions_item)

        def _parse_minutes_revision(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        minutes_revision = _parse_minutes_revision(d.pop("minutes_revision"))

        follow_up = []
        _follow_up = d.pop("follow_up")
        for follow_up_item_data in _follow_up:
            follow_up_item = FollowUp.from_dict(follow_up_item_data)

            follow_up.append(follow_up_item)

        def _parse_held_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_at_type_0 = datetime.datetime.fromisoformat(data)

                return held_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        held_at = _parse_held_at(d.pop("held_at"))

        def _parse_minutes_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minutes_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return minutes_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        minutes_published_at = _parse_minutes_published_at(d.pop("minutes_published_at"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        meeting_read = cls(
            id=id,
            title=title,
            description=description,
            kind=kind,
            starts_at=starts_at,
            ends_at=ends_at,
            space_id=space_id,
            space_name=space_name,
            address=address,
            online_url=online_url,
            organiser_association_id=organiser_association_id,
            organiser_user_id=organiser_user_id,
            organiser_name=organiser_name,
            agenda_cutoff_at=agenda_cutoff_at,
            status=status,
            allowed_transitions=allowed_transitions,
            sequence=sequence,
            invitees=invitees,
            agenda=agenda,
            decisions=decisions,
            minutes_revision=minutes_revision,
            follow_up=follow_up,
            held_at=held_at,
            minutes_published_at=minutes_published_at,
            cancelled_at=cancelled_at,
            cancel_reason=cancel_reason,
            created_at=created_at,
            updated_at=updated_at,
        )

        meeting_read.additional_properties = d
        return meeting_read

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
