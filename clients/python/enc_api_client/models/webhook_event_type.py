from enum import StrEnum


class WebhookEventType(StrEnum):
    ACTION_CREATED = "action.created"
    ACTION_STATUS_CHANGED = "action.status_changed"
    ALLOCATION_PLAN_EXECUTED = "allocation_plan.executed"
    APPLICATION_STALE = "application.stale"
    DOCUMENT_ARCHIVED = "document.archived"
    DOCUMENT_CREATED = "document.created"
    DOCUMENT_SIGNED = "document.signed"
    DOCUMENT_VERSION_ADDED = "document.version_added"
    ENGAGEMENT_CREATED = "engagement.created"
    ENGAGEMENT_STATUS_CHANGED = "engagement.status_changed"
    ENGAGEMENT_UPDATED = "engagement.updated"
    EQUIPMENT_REQUEST_STATUS_CHANGED = "equipment_request.status_changed"
    EQUIPMENT_REQUEST_SUBMITTED = "equipment_request.submitted"
    IMPORT_FINISHED = "import.finished"
    INSURANCE_EXPIRING = "insurance.expiring"
    LABEL_APPROVED = "label.approved"
    LABEL_EXPIRED = "label.expired"
    MEETING_CREATED = "meeting.created"
    MEETING_MINUTES_PUBLISHED = "meeting.minutes_published"
    MEETING_STATUS_CHANGED = "meeting.status_changed"
    MEETING_UPDATED = "meeting.updated"
    MISSION_OPENED = "mission.opened"
    MISSION_STATUS_CHANGED = "mission.status_changed"
    SPACE_ARCHIVED = "space.archived"
    SPACE_CREATED = "space.created"
    SPACE_UPDATED = "space.updated"
    SUBSCRIPTION_EXPIRING = "subscription.expiring"
    TICKET_CREATED = "ticket.created"
    TICKET_STATUS_CHANGED = "ticket.status_changed"
    TRAINING_SESSION_CANCELLED = "training_session.cancelled"
    TRAINING_SESSION_CREATED = "training_session.created"

    def __str__(self) -> str:
        return str(self.value)
