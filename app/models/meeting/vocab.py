"""Meetings' fixed codes: kinds of meeting, their lifecycle, invitees' responses, follow-up
actions' lifecycle (each a vocabulary with its French labels, served by `/vocabularies`)."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "meeting_kind",
    "Type de réunion",
    {
        "network_meeting": ("Réunion de réseau", "Network meeting"),
        "steering_committee": ("Comité de pilotage", "Steering committee"),
        "working_group": ("Groupe de travail", "Working group"),
        "training_day": ("Journée de formation", "Training day"),
        "other": ("Autre réunion", "Other meeting"),
    },
    english="Kind of meeting",
)
class MeetingKind(StrEnum):
    network_meeting = "network_meeting"
    steering_committee = "steering_committee"
    working_group = "working_group"
    training_day = "training_day"
    other = "other"


@vocabulary(
    "meeting_status",
    "État d'une réunion",
    {
        "planned": ("Prévue", "Planned"),
        "held": ("Tenue", "Held"),
        "minutes_published": ("Compte rendu publié", "Minutes published"),
        "cancelled": ("Annulée", "Cancelled"),
    },
    english="State of a meeting",
)
class MeetingStatus(StrEnum):
    planned = "planned"
    held = "held"
    minutes_published = "minutes_published"
    cancelled = "cancelled"


@vocabulary(
    "invitation_response",
    "Réponse à une invitation",
    {
        "invited": ("Invité·e", "Invited"),
        "accepted": ("A accepté", "Accepted"),
        "declined": ("A décliné", "Declined"),
        "attended": ("Présent·e", "Attended"),
        "excused": ("Excusé·e", "Excused"),
        "absent": ("Absent·e", "Absent"),
    },
    english="Answer to a meeting invitation",
)
class InvitationResponse(StrEnum):
    invited = "invited"
    accepted = "accepted"
    declined = "declined"
    attended = "attended"
    excused = "excused"
    absent = "absent"


# What an invitee answers before the meeting; the rest is the organiser's record of the day.
ANSWERS = frozenset({InvitationResponse.accepted, InvitationResponse.declined})
ROLL_CALL = frozenset(
    {InvitationResponse.attended, InvitationResponse.excused, InvitationResponse.absent}
)


@vocabulary(
    "invitee_kind",
    "Type d'invité",
    {
        "association": ("Association porteuse", "Host association"),
        "partner": ("Partenaire", "Partner"),
        "user": ("Personne", "Individual"),
    },
    english="Kind of meeting invitee",
)
class InviteeKind(StrEnum):
    association = "association"
    partner = "partner"
    user = "user"


@vocabulary(
    "action_status",
    "État d'une action de suivi",
    {
        "open": ("À faire", "Open"),
        "in_progress": ("En cours", "In progress"),
        "done": ("Faite", "Done"),
        "dropped": ("Abandonnée", "Dropped"),
    },
    english="State of a follow-up action",
)
class ActionStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    done = "done"
    dropped = "dropped"


ACTION_OPEN_STATUSES = frozenset({ActionStatus.open, ActionStatus.in_progress})
