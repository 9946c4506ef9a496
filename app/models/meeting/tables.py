"""What is stored: meetings, their invitees and agenda items, the published minutes' revisions,
decisions (and the associations they concern), follow-up actions and their comments."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.models.base import TimestampedTable, enum_check
from app.models.meeting.vocab import ActionStatus, InvitationResponse, MeetingKind, MeetingStatus


class Meeting(TimestampedTable, table=True):
    __tablename__ = "meetings"
    __table_args__ = (
        enum_check("kind", MeetingKind, "ck_meetings_kind"),
        enum_check("status", MeetingStatus, "ck_meetings_status"),
        CheckConstraint("ends_at > starts_at", name="ck_meetings_ends_after_start"),
        CheckConstraint(
            "space_id IS NOT NULL OR address IS NOT NULL OR online_url IS NOT NULL",
            name="ck_meetings_some_place",
        ),
        Index("ix_meetings_status_starts", "status", "starts_at"),
    )

    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    kind: str = Field(max_length=24, index=True)
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    space_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("spaces.id")))
    address: str | None = Field(default=None, max_length=300)
    online_url: str | None = Field(default=None, max_length=2000)
    # None: the city organises (network-wide); else the association that organises it.
    organiser_association_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("associations.id"), index=True)
    )
    organiser_user_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("users.id"))
    )
    agenda_cutoff_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    status: str = Field(default=MeetingStatus.planned, max_length=20)
    # iCalendar SEQUENCE: bumped on every change of time, place or status.
    sequence: int = Field(default=0)
    held_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    minutes_published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancel_reason: str | None = Field(default=None, max_length=5000)


class MeetingInvitee(TimestampedTable, table=True):
    """One invitee: an association, a partner or a person (exactly one of the three)."""

    __tablename__ = "meeting_invitees"
    __table_args__ = (
        enum_check("response", InvitationResponse, "ck_meeting_invitees_response"),
        CheckConstraint(
            "(CASE WHEN association_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN partner_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN user_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="ck_meeting_invitees_one_invitee",
        ),
        UniqueConstraint("meeting_id", "association_id", name="uq_meeting_invitees_association"),
        UniqueConstraint("meeting_id", "partner_id", name="uq_meeting_invitees_partner"),
        UniqueConstraint("meeting_id", "user_id", name="uq_meeting_invitees_user"),
    )

    meeting_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("meetings.id"), nullable=False, index=True)
    )
    association_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("associations.id"), index=True)
    )
    partner_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("partners.id"), index=True)
    )
    user_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("users.id"), index=True)
    )
    response: str = Field(default=InvitationResponse.invited, max_length=16)
    responded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AgendaItem(TimestampedTable, table=True):
    __tablename__ = "meeting_agenda_items"
    __table_args__ = (Index("ix_meeting_agenda_items_meeting_position", "meeting_id", "position"),)

    meeting_id: uuid.UUID = Field(sa_column=Column(ForeignKey("meetings.id"), nullable=False))
    position: int
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    proposed_by_user_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("users.id"))
    )
    # The invited association on whose behalf the item was proposed (None: the organiser's side).
    proposed_by_association_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("associations.id"))
    )
    # The draft written after the meeting; frozen once the minutes are published.
    minutes: str | None = Field(default=None, max_length=5000)


class MinutesRevision(SQLModel, table=True):
    """One published version of a meeting's minutes: written once, never changed. A correction
    is the next number; the earlier ones are kept and listable."""

    __tablename__ = "meeting_minutes_revisions"
    __table_args__ = (
        UniqueConstraint("meeting_id", "number", name="uq_meeting_minutes_revisions_number"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    meeting_id: uuid.UUID = Field(sa_column=Column(ForeignKey("meetings.id"), nullable=False))
    number: int
    # [{"agenda_item_id", "position", "title", "minutes"}], as published
    items: list = Field(sa_column=Column(JSON, nullable=False))
    note: str | None = Field(default=None, max_length=5000)
    published_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Decision(TimestampedTable, table=True):
    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_decided_at", "decided_at"),)

    meeting_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("meetings.id"), nullable=False, index=True)
    )
    agenda_item_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("meeting_agenda_items.id"))
    )
    text: str = Field(max_length=5000)
    # `search_key(text)`: what `?q=` matches, accents and case aside, the same on both backends.
    text_search: str = Field(max_length=5000)
    # The meeting's start: when the network decided (what `?from=` filters on).
    decided_at: datetime = Field(sa_type=UTCDateTime)
    created_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))


class DecisionAssociation(SQLModel, table=True):
    """The associations a decision concerns."""

    __tablename__ = "decision_associations"

    decision_id: uuid.UUID = Field(sa_column=Column(ForeignKey("decisions.id"), primary_key=True))
    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), primary_key=True, index=True)
    )


class FollowUpAction(TimestampedTable, table=True):
    __tablename__ = "follow_up_actions"
    __table_args__ = (
        enum_check("status", ActionStatus, "ck_follow_up_actions_status"),
        CheckConstraint(
            "owner_user_id IS NOT NULL OR owner_association_id IS NOT NULL",
            name="ck_follow_up_actions_owner",
        ),
        Index("ix_follow_up_actions_status_due", "status", "due_on"),
    )

    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    decision_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("decisions.id"), index=True)
    )
    meeting_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("meetings.id"), index=True)
    )
    # The development plan's objective it serves (a plan of the owner association's).
    objective_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("plan_objectives.id", name="fk_follow_up_actions_objective_id"), index=True
        ),
    )
    owner_user_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("users.id"), index=True)
    )
    # The association answerable: named, or the owner's own association.
    owner_association_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("associations.id"), index=True)
    )
    due_on: date | None = None
    status: str = Field(default=ActionStatus.open, max_length=16)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    dropped_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    drop_reason: str | None = Field(default=None, max_length=5000)
    created_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))


class ActionComment(SQLModel, table=True):
    __tablename__ = "follow_up_action_comments"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    action_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("follow_up_actions.id"), nullable=False, index=True)
    )
    author_user_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))
    body: str = Field(max_length=5000)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
