"""Contains all the data models used in inputs/outputs"""

from .accepted_engagement import AcceptedEngagement
from .access_mode import AccessMode
from .action_comment_create import ActionCommentCreate
from .action_comment_read import ActionCommentRead
from .action_create import ActionCreate
from .action_read import ActionRead
from .action_status import ActionStatus
from .action_transition import ActionTransition
from .action_update import ActionUpdate
from .activity_report import ActivityReport
from .age_band import AgeBand
from .agenda_item_create import AgendaItemCreate
from .agenda_item_read import AgendaItemRead
from .agenda_item_update import AgendaItemUpdate
from .agreed_objective import AgreedObjective
from .allocation_line_create import AllocationLineCreate
from .allocation_line_kind import AllocationLineKind
from .allocation_line_read import AllocationLineRead
from .allocation_plan_create import AllocationPlanCreate
from .allocation_plan_read import AllocationPlanRead
from .allocation_plan_status import AllocationPlanStatus
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_read import ApiKeyRead
from .api_key_scope import ApiKeyScope
from .api_key_status import ApiKeyStatus
from .application_read import ApplicationRead
from .application_receipt import ApplicationReceipt
from .application_status import ApplicationStatus
from .application_transition import ApplicationTransition
from .association_create import AssociationCreate
from .association_equipment_stats import AssociationEquipmentStats
from .association_equipment_stats_by_kind import AssociationEquipmentStatsByKind
from .association_equipment_stats_by_status import AssociationEquipmentStatsByStatus
from .association_read import AssociationRead
from .association_update import AssociationUpdate
from .attendance import Attendance
from .attendance_bulk import AttendanceBulk
from .attendance_mark import AttendanceMark
from .audit_event_read import AuditEventRead
from .audit_event_read_changes import AuditEventReadChanges
from .body_add_document_version import BodyAddDocumentVersion
from .body_create_token import BodyCreateToken
from .connection_gap import ConnectionGap
from .connection_type import ConnectionType
from .contract_terms import ContractTerms
from .counts_by_kind_status import CountsByKindStatus
from .counts_by_kind_status_by_kind import CountsByKindStatusByKind
from .counts_by_kind_status_by_status import CountsByKindStatusByStatus
from .coverage_person import CoveragePerson
from .decision_create import DecisionCreate
from .decision_read import DecisionRead
from .decline_reason import DeclineReason
from .document_content_type import DocumentContentType
from .document_kind import DocumentKind
from .document_read import DocumentRead
from .document_resource_type import DocumentResourceType
from .document_status import DocumentStatus
from .document_template_kind import DocumentTemplateKind
from .document_template_publish import DocumentTemplatePublish
from .document_template_read import DocumentTemplateRead
from .document_upload_form import DocumentUploadForm
from .document_version_read import DocumentVersionRead
from .engagement_create import EngagementCreate
from .engagement_kind import EngagementKind
from .engagement_read import EngagementRead
from .engagement_status import EngagementStatus
from .engagement_transition import EngagementTransition
from .engagement_update import EngagementUpdate
from .enrolment_create import EnrolmentCreate
from .enrolment_read import EnrolmentRead
from .enrolment_status import EnrolmentStatus
from .enrolment_update import EnrolmentUpdate
from .equipment_create import EquipmentCreate
from .equipment_kind import EquipmentKind
from .equipment_read import EquipmentRead
from .equipment_request_create import EquipmentRequestCreate
from .equipment_request_read import EquipmentRequestRead
from .equipment_request_transition import EquipmentRequestTransition
from .equipment_section import EquipmentSection
from .equipment_section_by_status import EquipmentSectionByStatus
from .equipment_stats import EquipmentStats
from .equipment_stats_age_distribution import EquipmentStatsAgeDistribution
from .equipment_status import EquipmentStatus
from .equipment_update import EquipmentUpdate
from .exceptional_closure import ExceptionalClosure
from .exceptional_closure_read import ExceptionalClosureRead
from .export_me_response_export_me import ExportMeResponseExportMe
from .figure import Figure
from .follow_up import FollowUp
from .funding_source import FundingSource
from .gap_session import GapSession
from .geo_feature import GeoFeature
from .geo_feature_properties import GeoFeatureProperties
from .geo_point import GeoPoint
from .get_network_review_format import GetNetworkReviewFormat
from .group_profile import GroupProfile
from .group_profile_age_bands import GroupProfileAgeBands
from .group_profile_genders import GroupProfileGenders
from .group_profile_read import GroupProfileRead
from .group_profile_read_age_bands import GroupProfileReadAgeBands
from .group_profile_read_genders import GroupProfileReadGenders
from .group_profile_read_social_statuses import GroupProfileReadSocialStatuses
from .group_profile_social_statuses import GroupProfileSocialStatuses
from .health import Health
from .import_job_create import ImportJobCreate
from .import_job_problem import ImportJobProblem
from .import_job_read import ImportJobRead
from .import_job_status import ImportJobStatus
from .import_kind import ImportKind
from .import_mode import ImportMode
from .import_report import ImportReport
from .import_upload_create import ImportUploadCreate
from .import_upload_create_content_type import ImportUploadCreateContentType
from .import_upload_read import ImportUploadRead
from .import_upload_read_content_type import ImportUploadReadContentType
from .indicator_code import IndicatorCode
from .individual_profile import IndividualProfile
from .individual_profile_read import IndividualProfileRead
from .insurance import Insurance
from .insurance_certificate_create import InsuranceCertificateCreate
from .insurance_certificate_read import InsuranceCertificateRead
from .insurance_certificate_rejection import InsuranceCertificateRejection
from .insurance_certificate_status import InsuranceCertificateStatus
from .internet_connection import InternetConnection
from .invitation_response import InvitationResponse
from .invitee_create import InviteeCreate
from .invitee_kind import InviteeKind
from .invitee_read import InviteeRead
from .invitee_update import InviteeUpdate
from .job_description_create import JobDescriptionCreate
from .job_description_read import JobDescriptionRead
from .job_description_status import JobDescriptionStatus
from .job_description_transition import JobDescriptionTransition
from .job_description_update import JobDescriptionUpdate
from .job_description_version_read import JobDescriptionVersionRead
from .job_kind import JobKind
from .journal_entry_read import JournalEntryRead
from .label_application_create import LabelApplicationCreate
from .label_application_event_read import LabelApplicationEventRead
from .label_application_read import LabelApplicationRead
from .label_application_status import LabelApplicationStatus
from .label_application_transition import LabelApplicationTransition
from .label_application_transition_criteria_comments import LabelApplicationTransitionCriteriaComments
from .label_attestation import LabelAttestation
from .label_criteria_publish import LabelCriteriaPublish
from .label_criteria_version_read import LabelCriteriaVersionRead
from .label_criterion_kind import LabelCriterionKind
from .label_criterion_read import LabelCriterionRead
from .label_criterion_result_read import LabelCriterionResultRead
from .label_criterion_spec import LabelCriterionSpec
from .label_read import LabelRead
from .label_rule import LabelRule
from .label_status import LabelStatus
from .label_waiver import LabelWaiver
from .labels_section import LabelsSection
from .legal_form import LegalForm
from .list_action_comments_format import ListActionCommentsFormat
from .list_actions_format import ListActionsFormat
from .list_allocation_plans_format import ListAllocationPlansFormat
from .list_api_keys_format import ListApiKeysFormat
from .list_associations_format import ListAssociationsFormat
from .list_audit_events_format import ListAuditEventsFormat
from .list_decisions_format import ListDecisionsFormat
from .list_development_plan_versions_format import ListDevelopmentPlanVersionsFormat
from .list_development_plans_format import ListDevelopmentPlansFormat
from .list_document_signatures_format import ListDocumentSignaturesFormat
from .list_document_template_versions_format import ListDocumentTemplateVersionsFormat
from .list_document_versions_format import ListDocumentVersionsFormat
from .list_documents_format import ListDocumentsFormat
from .list_engagements_format import ListEngagementsFormat
from .list_enrolments_format import ListEnrolmentsFormat
from .list_equipment_format import ListEquipmentFormat
from .list_equipment_movements_format import ListEquipmentMovementsFormat
from .list_equipment_requests_format import ListEquipmentRequestsFormat
from .list_expiring_insurance_certificates_format import ListExpiringInsuranceCertificatesFormat
from .list_expiring_subscriptions_format import ListExpiringSubscriptionsFormat
from .list_import_jobs_format import ListImportJobsFormat
from .list_job_descriptions_format import ListJobDescriptionsFormat
from .list_label_application_history_format import ListLabelApplicationHistoryFormat
from .list_label_applications_format import ListLabelApplicationsFormat
from .list_label_criteria_versions_format import ListLabelCriteriaVersionsFormat
from .list_loan_agreement_equipment_format import ListLoanAgreementEquipmentFormat
from .list_loan_agreements_format import ListLoanAgreementsFormat
from .list_maintenance_ticket_events_format import ListMaintenanceTicketEventsFormat
from .list_maintenance_tickets_format import ListMaintenanceTicketsFormat
from .list_meetings_format import ListMeetingsFormat
from .list_minutes_revisions_format import ListMinutesRevisionsFormat
from .list_mission_applications_format import ListMissionApplicationsFormat
from .list_missions_format import ListMissionsFormat
from .list_partners_format import ListPartnersFormat
from .list_public_spaces_format import ListPublicSpacesFormat
from .list_public_training_sessions_format import ListPublicTrainingSessionsFormat
from .list_resource_persons_format import ListResourcePersonsFormat
from .list_skills_format import ListSkillsFormat
from .list_space_insurance_certificates_format import ListSpaceInsuranceCertificatesFormat
from .list_space_subscriptions_format import ListSpaceSubscriptionsFormat
from .list_spaces_format import ListSpacesFormat
from .list_stale_applications_format import ListStaleApplicationsFormat
from .list_subscription_periods_format import ListSubscriptionPeriodsFormat
from .list_subscriptions_format import ListSubscriptionsFormat
from .list_training_sessions_format import ListTrainingSessionsFormat
from .list_users_format import ListUsersFormat
from .list_visits_format import ListVisitsFormat
from .list_webhook_deliveries_format import ListWebhookDeliveriesFormat
from .list_webhooks_format import ListWebhooksFormat
from .loan_agreement_create import LoanAgreementCreate
from .loan_agreement_read import LoanAgreementRead
from .loan_agreement_status import LoanAgreementStatus
from .loan_agreement_transition import LoanAgreementTransition
from .loan_agreement_update import LoanAgreementUpdate
from .logout_data_logout_request import LogoutDataLogoutRequest
from .logout_data_logout_request_token_type_hint_type_0 import LogoutDataLogoutRequestTokenTypeHintType0
from .logout_json_logout_request import LogoutJsonLogoutRequest
from .logout_json_logout_request_token_type_hint_type_0 import LogoutJsonLogoutRequestTokenTypeHintType0
from .maintenance_contract_read import MaintenanceContractRead
from .maintenance_contract_write import MaintenanceContractWrite
from .maintenance_section import MaintenanceSection
from .maintenance_stats_row import MaintenanceStatsRow
from .me_update import MeUpdate
from .mediation_place import MediationPlace
from .mediation_service import MediationService
from .meeting_create import MeetingCreate
from .meeting_decision import MeetingDecision
from .meeting_kind import MeetingKind
from .meeting_read import MeetingRead
from .meeting_status import MeetingStatus
from .meeting_transition import MeetingTransition
from .meeting_update import MeetingUpdate
from .meetings_held import MeetingsHeld
from .meetings_review import MeetingsReview
from .minutes_correction import MinutesCorrection
from .minutes_item import MinutesItem
from .minutes_revision_create import MinutesRevisionCreate
from .minutes_revision_read import MinutesRevisionRead
from .mission_create import MissionCreate
from .mission_read import MissionRead
from .mission_status import MissionStatus
from .mission_transition import MissionTransition
from .mission_update import MissionUpdate
from .month_count import MonthCount
from .month_figures import MonthFigures
from .movement_create import MovementCreate
from .movement_kind import MovementKind
from .movement_read import MovementRead
from .network_review import NetworkReview
from .network_skill_coverage import NetworkSkillCoverage
from .network_skills_coverage import NetworkSkillsCoverage
from .network_subscription_figures import NetworkSubscriptionFigures
from .objective_create import ObjectiveCreate
from .objective_read import ObjectiveRead
from .objective_report import ObjectiveReport
from .objective_trend import ObjectiveTrend
from .objective_update import ObjectiveUpdate
from .opening_slot import OpeningSlot
from .opening_slot_read import OpeningSlotRead
from .page_action_comment_read import PageActionCommentRead
from .page_action_read import PageActionRead
from .page_allocation_plan_read import PageAllocationPlanRead
from .page_api_key_read import PageApiKeyRead
from .page_application_read import PageApplicationRead
from .page_association_read import PageAssociationRead
from .page_audit_event_read import PageAuditEventRead
from .page_decision_read import PageDecisionRead
from .page_document_read import PageDocumentRead
from .page_document_template_read import PageDocumentTemplateRead
from .page_document_version_read import PageDocumentVersionRead
from .page_engagement_read import PageEngagementRead
from .page_enrolment_read import PageEnrolmentRead
from .page_equipment_read import PageEquipmentRead
from .page_equipment_request_read import PageEquipmentRequestRead
from .page_import_job_read import PageImportJobRead
from .page_insurance_certificate_read import PageInsuranceCertificateRead
from .page_job_description_read import PageJobDescriptionRead
from .page_label_application_event_read import PageLabelApplicationEventRead
from .page_label_application_read import PageLabelApplicationRead
from .page_label_criteria_version_read import PageLabelCriteriaVersionRead
from .page_loan_agreement_read import PageLoanAgreementRead
from .page_meeting_read import PageMeetingRead
from .page_minutes_revision_read import PageMinutesRevisionRead
from .page_mission_read import PageMissionRead
from .page_movement_read import PageMovementRead
from .page_partner_read import PagePartnerRead
from .page_plan_read import PagePlanRead
from .page_plan_version_read import PagePlanVersionRead
from .page_public_training_session_read import PagePublicTrainingSessionRead
from .page_resource_person_read import PageResourcePersonRead
from .page_signature_read import PageSignatureRead
from .page_skill_read import PageSkillRead
from .page_space_read import PageSpaceRead
from .page_subscription_read import PageSubscriptionRead
from .page_ticket_event_read import PageTicketEventRead
from .page_ticket_read import PageTicketRead
from .page_training_session_read import PageTrainingSessionRead
from .page_user_read import PageUserRead
from .page_visit_read import PageVisitRead
from .page_webhook_delivery_read import PageWebhookDeliveryRead
from .page_webhook_read import PageWebhookRead
from .partner_create import PartnerCreate
from .partner_kind import PartnerKind
from .partner_read import PartnerRead
from .partner_update import PartnerUpdate
from .plan_create import PlanCreate
from .plan_read import PlanRead
from .plan_status import PlanStatus
from .plan_transition import PlanTransition
from .plan_update import PlanUpdate
from .plan_version_read import PlanVersionRead
from .plans_section import PlansSection
from .pooling_group import PoolingGroup
from .pooling_member import PoolingMember
from .premises import Premises
from .premises_connection import PremisesConnection
from .premises_read import PremisesRead
from .privacy import Privacy
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .public_application_create import PublicApplicationCreate
from .public_directory import PublicDirectory
from .public_label import PublicLabel
from .public_mission import PublicMission
from .public_missions import PublicMissions
from .public_space import PublicSpace
from .public_space_read import PublicSpaceRead
from .public_training_session_read import PublicTrainingSessionRead
from .public_workshop import PublicWorkshop
from .refresh_token_data_refresh_request import RefreshTokenDataRefreshRequest
from .refresh_token_json_refresh_request import RefreshTokenJsonRefreshRequest
from .renewal_candidate import RenewalCandidate
from .request_priority import RequestPriority
from .request_status import RequestStatus
from .required_skill import RequiredSkill
from .resource_person_put import ResourcePersonPut
from .resource_person_read import ResourcePersonRead
from .review_label import ReviewLabel
from .review_space import ReviewSpace
from .role import Role
from .row_error import RowError
from .service_civique_read import ServiceCiviqueRead
from .service_civique_terms import ServiceCiviqueTerms
from .session_place import SessionPlace
from .session_skill import SessionSkill
from .signature_form import SignatureForm
from .signature_method import SignatureMethod
from .signature_party import SignatureParty
from .signature_read import SignatureRead
from .skill_count import SkillCount
from .skill_coverage import SkillCoverage
from .skill_create import SkillCreate
from .skill_level import SkillLevel
from .skill_read import SkillRead
from .skill_requirement_read import SkillRequirementRead
from .skill_update import SkillUpdate
from .sla_clock import SlaClock
from .sla_month import SlaMonth
from .sla_term import SlaTerm
from .space_create import SpaceCreate
from .space_equipment_stats import SpaceEquipmentStats
from .space_equipment_stats_by_kind import SpaceEquipmentStatsByKind
from .space_equipment_stats_by_status import SpaceEquipmentStatsByStatus
from .space_equipment_summary import SpaceEquipmentSummary
from .space_equipment_summary_by_kind import SpaceEquipmentSummaryByKind
from .space_equipment_summary_by_status import SpaceEquipmentSummaryByStatus
from .space_kind import SpaceKind
from .space_read import SpaceRead
from .space_skill_coverage import SpaceSkillCoverage
from .space_skills_coverage import SpaceSkillsCoverage
from .space_status import SpaceStatus
from .space_subscription_figures import SpaceSubscriptionFigures
from .space_training_summary import SpaceTrainingSummary
from .space_transition import SpaceTransition
from .space_update import SpaceUpdate
from .space_without_connection import SpaceWithoutConnection
from .spaces_section import SpacesSection
from .spaces_section_by_status import SpacesSectionByStatus
from .stats_dimension import StatsDimension
from .stock_by_kind import StockByKind
from .subscription_change import SubscriptionChange
from .subscription_create import SubscriptionCreate
from .subscription_end import SubscriptionEnd
from .subscription_kind import SubscriptionKind
from .subscription_payer import SubscriptionPayer
from .subscription_read import SubscriptionRead
from .subscription_stats import SubscriptionStats
from .subscription_status import SubscriptionStatus
from .subscription_update import SubscriptionUpdate
from .support_mode import SupportMode
from .template_clause import TemplateClause
from .template_clause_read import TemplateClauseRead
from .ticket_category import TicketCategory
from .ticket_comment_create import TicketCommentCreate
from .ticket_create import TicketCreate
from .ticket_event_kind import TicketEventKind
from .ticket_event_read import TicketEventRead
from .ticket_event_read_data import TicketEventReadData
from .ticket_priority import TicketPriority
from .ticket_read import TicketRead
from .ticket_space import TicketSpace
from .ticket_status import TicketStatus
from .ticket_transition import TicketTransition
from .ticket_update import TicketUpdate
from .token_pair import TokenPair
from .tombstone import Tombstone
from .tombstone_reason import TombstoneReason
from .training import Training
from .training_audience import TrainingAudience
from .training_held import TrainingHeld
from .training_read import TrainingRead
from .training_session_create import TrainingSessionCreate
from .training_session_read import TrainingSessionRead
from .training_session_status import TrainingSessionStatus
from .training_session_transition import TrainingSessionTransition
from .training_session_update import TrainingSessionUpdate
from .trainings_section import TrainingsSection
from .user_create import UserCreate
from .user_read import UserRead
from .user_skill_read import UserSkillRead
from .user_update import UserUpdate
from .verification_read import VerificationRead
from .visit_age_band import VisitAgeBand
from .visit_autonomy import VisitAutonomy
from .visit_create import VisitCreate
from .visit_equipment import VisitEquipment
from .visit_gender import VisitGender
from .visit_mode import VisitMode
from .visit_read import VisitRead
from .visit_referral import VisitReferral
from .visit_social_status import VisitSocialStatus
from .visit_stats import VisitStats
from .visit_stats_row import VisitStatsRow
from .visit_stats_row_keys import VisitStatsRowKeys
from .visit_stats_totals import VisitStatsTotals
from .visits_section import VisitsSection
from .vocabulary import Vocabulary
from .vocabulary_value import VocabularyValue
from .webhook_create import WebhookCreate
from .webhook_created import WebhookCreated
from .webhook_delivery_read import WebhookDeliveryRead
from .webhook_delivery_status import WebhookDeliveryStatus
from .webhook_event_type import WebhookEventType
from .webhook_ping_result import WebhookPingResult
from .webhook_read import WebhookRead
from .webhook_status import WebhookStatus
from .webhook_update import WebhookUpdate
from .weekday import Weekday

__all__ = (
    "AcceptedEngagement",
    "AccessMode",
    "ActionCommentCreate",
    "ActionCommentRead",
    "ActionCreate",
    "ActionRead",
    "ActionStatus",
    "ActionTransition",
    "ActionUpdate",
    "ActivityReport",
    "AgeBand",
    "AgendaItemCreate",
    "AgendaItemRead",
    "AgendaItemUpdate",
    "AgreedObjective",
    "AllocationLineCreate",
    "AllocationLineKind",
    "AllocationLineRead",
    "AllocationPlanCreate",
    "AllocationPlanRead",
    "AllocationPlanStatus",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyRead",
    "ApiKeyScope",
    "ApiKeyStatus",
    "ApplicationRead",
    "ApplicationReceipt",
    "ApplicationStatus",
    "ApplicationTransition",
    "AssociationCreate",
    "AssociationEquipmentStats",
    "AssociationEquipmentStatsByKind",
    "AssociationEquipmentStatsByStatus",
    "AssociationRead",
    "AssociationUpdate",
    "Attendance",
    "AttendanceBulk",
    "AttendanceMark",
    "AuditEventRead",
    "AuditEventReadChanges",
    "BodyAddDocumentVersion",
    "BodyCreateToken",
    "ConnectionGap",
    "ConnectionType",
    "ContractTerms",
    "CountsByKindStatus",
    "CountsByKindStatusByKind",
    "CountsByKindStatusByStatus",
    "CoveragePerson",
    "DecisionCreate",
    "DecisionRead",
    "DeclineReason",
    "DocumentContentType",
    "DocumentKind",
    "DocumentRead",
    "DocumentResourceType",
    "DocumentStatus",
    "DocumentTemplateKind",
    "DocumentTemplatePublish",
    "DocumentTemplateRead",
    "DocumentUploadForm",
    "DocumentVersionRead",
    "EngagementCreate",
    "EngagementKind",
    "EngagementRead",
    "EngagementStatus",
    "EngagementTransition",
    "EngagementUpdate",
    "EnrolmentCreate",
    "EnrolmentRead",
    "EnrolmentStatus",
    "EnrolmentUpdate",
    "EquipmentCreate",
    "EquipmentKind",
    "EquipmentRead",
    "EquipmentRequestCreate",
    "EquipmentRequestRead",
    "EquipmentRequestTransition",
    "EquipmentSection",
    "EquipmentSectionByStatus",
    "EquipmentStats",
    "EquipmentStatsAgeDistribution",
    "EquipmentStatus",
    "EquipmentUpdate",
    "ExceptionalClosure",
    "ExceptionalClosureRead",
    "ExportMeResponseExportMe",
    "Figure",
    "FollowUp",
    "FundingSource",
    "GapSession",
    "GeoFeature",
    "GeoFeatureProperties",
    "GeoPoint",
    "GetNetworkReviewFormat",
    "GroupProfile",
    "GroupProfileAgeBands",
    "GroupProfileGenders",
    "GroupProfileRead",
    "GroupProfileReadAgeBands",
    "GroupProfileReadGenders",
    "GroupProfileReadSocialStatuses",
    "GroupProfileSocialStatuses",
    "Health",
    "ImportJobCreate",
    "ImportJobProblem",
    "ImportJobRead",
    "ImportJobStatus",
    "ImportKind",
    "ImportMode",
    "ImportReport",
    "ImportUploadCreate",
    "ImportUploadCreateContentType",
    "ImportUploadRead",
    "ImportUploadReadContentType",
    "IndicatorCode",
    "IndividualProfile",
    "IndividualProfileRead",
    "Insurance",
    "InsuranceCertificateCreate",
    "InsuranceCertificateRead",
    "InsuranceCertificateRejection",
    "InsuranceCertificateStatus",
    "InternetConnection",
    "InvitationResponse",
    "InviteeCreate",
    "InviteeKind",
    "InviteeRead",
    "InviteeUpdate",
    "JobDescriptionCreate",
    "JobDescriptionRead",
    "JobDescriptionStatus",
    "JobDescriptionTransition",
    "JobDescriptionUpdate",
    "JobDescriptionVersionRead",
    "JobKind",
    "JournalEntryRead",
    "LabelApplicationCreate",
    "LabelApplicationEventRead",
    "LabelApplicationRead",
    "LabelApplicationStatus",
    "LabelApplicationTransition",
    "LabelApplicationTransitionCriteriaComments",
    "LabelAttestation",
    "LabelCriteriaPublish",
    "LabelCriteriaVersionRead",
    "LabelCriterionKind",
    "LabelCriterionRead",
    "LabelCriterionResultRead",
    "LabelCriterionSpec",
    "LabelRead",
    "LabelRule",
    "LabelsSection",
    "LabelStatus",
    "LabelWaiver",
    "LegalForm",
    "ListActionCommentsFormat",
    "ListActionsFormat",
    "ListAllocationPlansFormat",
    "ListApiKeysFormat",
    "ListAssociationsFormat",
    "ListAuditEventsFormat",
    "ListDecisionsFormat",
    "ListDevelopmentPlansFormat",
    "ListDevelopmentPlanVersionsFormat",
    "ListDocumentsFormat",
    "ListDocumentSignaturesFormat",
    "ListDocumentTemplateVersionsFormat",
    "ListDocumentVersionsFormat",
    "ListEngagementsFormat",
    "ListEnrolmentsFormat",
    "ListEquipmentFormat",
    "ListEquipmentMovementsFormat",
    "ListEquipmentRequestsFormat",
    "ListExpiringInsuranceCertificatesFormat",
    "ListExpiringSubscriptionsFormat",
    "ListImportJobsFormat",
    "ListJobDescriptionsFormat",
    "ListLabelApplicationHistoryFormat",
    "ListLabelApplicationsFormat",
    "ListLabelCriteriaVersionsFormat",
    "ListLoanAgreementEquipmentFormat",
    "ListLoanAgreementsFormat",
    "ListMaintenanceTicketEventsFormat",
    "ListMaintenanceTicketsFormat",
    "ListMeetingsFormat",
    "ListMinutesRevisionsFormat",
    "ListMissionApplicationsFormat",
    "ListMissionsFormat",
    "ListPartnersFormat",
    "ListPublicSpacesFormat",
    "ListPublicTrainingSessionsFormat",
    "ListResourcePersonsFormat",
    "ListSkillsFormat",
    "ListSpaceInsuranceCertificatesFormat",
    "ListSpacesFormat",
    "ListSpaceSubscriptionsFormat",
    "ListStaleApplicationsFormat",
    "ListSubscriptionPeriodsFormat",
    "ListSubscriptionsFormat",
    "ListTrainingSessionsFormat",
    "ListUsersFormat",
    "ListVisitsFormat",
    "ListWebhookDeliveriesFormat",
    "ListWebhooksFormat",
    "LoanAgreementCreate",
    "LoanAgreementRead",
    "LoanAgreementStatus",
    "LoanAgreementTransition",
    "LoanAgreementUpdate",
    "LogoutDataLogoutRequest",
    "LogoutDataLogoutRequestTokenTypeHintType0",
    "LogoutJsonLogoutRequest",
    "LogoutJsonLogoutRequestTokenTypeHintType0",
    "MaintenanceContractRead",
    "MaintenanceContractWrite",
    "MaintenanceSection",
    "MaintenanceStatsRow",
    "MediationPlace",
    "MediationService",
    "MeetingCreate",
    "MeetingDecision",
    "MeetingKind",
    "MeetingRead",
    "MeetingsHeld",
    "MeetingsReview",
    "MeetingStatus",
    "MeetingTransition",
    "MeetingUpdate",
    "MeUpdate",
    "MinutesCorrection",
    "MinutesItem",
    "MinutesRevisionCreate",
    "MinutesRevisionRead",
    "MissionCreate",
    "MissionRead",
    "MissionStatus",
    "MissionTransition",
    "MissionUpdate",
    "MonthCount",
    "MonthFigures",
    "MovementCreate",
    "MovementKind",
    "MovementRead",
    "NetworkReview",
    "NetworkSkillCoverage",
    "NetworkSkillsCoverage",
    "NetworkSubscriptionFigures",
    "ObjectiveCreate",
    "ObjectiveRead",
    "ObjectiveReport",
    "ObjectiveTrend",
    "ObjectiveUpdate",
    "OpeningSlot",
    "OpeningSlotRead",
    "PageActionCommentRead",
    "PageActionRead",
    "PageAllocationPlanRead",
    "PageApiKeyRead",
    "PageApplicationRead",
    "PageAssociationRead",
    "PageAuditEventRead",
    "PageDecisionRead",
    "PageDocumentRead",
    "PageDocumentTemplateRead",
    "PageDocumentVersionRead",
    "PageEngagementRead",
    "PageEnrolmentRead",
    "PageEquipmentRead",
    "PageEquipmentRequestRead",
    "PageImportJobRead",
    "PageInsuranceCertificateRead",
    "PageJobDescriptionRead",
    "PageLabelApplicationEventRead",
    "PageLabelApplicationRead",
    "PageLabelCriteriaVersionRead",
    "PageLoanAgreementRead",
    "PageMeetingRead",
    "PageMinutesRevisionRead",
    "PageMissionRead",
    "PageMovementRead",
    "PagePartnerRead",
    "PagePlanRead",
    "PagePlanVersionRead",
    "PagePublicTrainingSessionRead",
    "PageResourcePersonRead",
    "PageSignatureRead",
    "PageSkillRead",
    "PageSpaceRead",
    "PageSubscriptionRead",
    "PageTicketEventRead",
    "PageTicketRead",
    "PageTrainingSessionRead",
    "PageUserRead",
    "PageVisitRead",
    "PageWebhookDeliveryRead",
    "PageWebhookRead",
    "PartnerCreate",
    "PartnerKind",
    "PartnerRead",
    "PartnerUpdate",
    "PlanCreate",
    "PlanRead",
    "PlansSection",
    "PlanStatus",
    "PlanTransition",
    "PlanUpdate",
    "PlanVersionRead",
    "PoolingGroup",
    "PoolingMember",
    "Premises",
    "PremisesConnection",
    "PremisesRead",
    "Privacy",
    "Problem",
    "ProblemFieldError",
    "PublicApplicationCreate",
    "PublicDirectory",
    "PublicLabel",
    "PublicMission",
    "PublicMissions",
    "PublicSpace",
    "PublicSpaceRead",
    "PublicTrainingSessionRead",
    "PublicWorkshop",
    "RefreshTokenDataRefreshRequest",
    "RefreshTokenJsonRefreshRequest",
    "RenewalCandidate",
    "RequestPriority",
    "RequestStatus",
    "RequiredSkill",
    "ResourcePersonPut",
    "ResourcePersonRead",
    "ReviewLabel",
    "ReviewSpace",
    "Role",
    "RowError",
    "ServiceCiviqueRead",
    "ServiceCiviqueTerms",
    "SessionPlace",
    "SessionSkill",
    "SignatureForm",
    "SignatureMethod",
    "SignatureParty",
    "SignatureRead",
    "SkillCount",
    "SkillCoverage",
    "SkillCreate",
    "SkillLevel",
    "SkillRead",
    "SkillRequirementRead",
    "SkillUpdate",
    "SlaClock",
    "SlaMonth",
    "SlaTerm",
    "SpaceCreate",
    "SpaceEquipmentStats",
    "SpaceEquipmentStatsByKind",
    "SpaceEquipmentStatsByStatus",
    "SpaceEquipmentSummary",
    "SpaceEquipmentSummaryByKind",
    "SpaceEquipmentSummaryByStatus",
    "SpaceKind",
    "SpaceRead",
    "SpaceSkillCoverage",
    "SpaceSkillsCoverage",
    "SpacesSection",
    "SpacesSectionByStatus",
    "SpaceStatus",
    "SpaceSubscriptionFigures",
    "SpaceTrainingSummary",
    "SpaceTransition",
    "SpaceUpdate",
    "SpaceWithoutConnection",
    "StatsDimension",
    "StockByKind",
    "SubscriptionChange",
    "SubscriptionCreate",
    "SubscriptionEnd",
    "SubscriptionKind",
    "SubscriptionPayer",
    "SubscriptionRead",
    "SubscriptionStats",
    "SubscriptionStatus",
    "SubscriptionUpdate",
    "SupportMode",
    "TemplateClause",
    "TemplateClauseRead",
    "TicketCategory",
    "TicketCommentCreate",
    "TicketCreate",
    "TicketEventKind",
    "TicketEventRead",
    "TicketEventReadData",
    "TicketPriority",
    "TicketRead",
    "TicketSpace",
    "TicketStatus",
    "TicketTransition",
    "TicketUpdate",
    "TokenPair",
    "Tombstone",
    "TombstoneReason",
    "Training",
    "TrainingAudience",
    "TrainingHeld",
    "TrainingRead",
    "TrainingSessionCreate",
    "TrainingSessionRead",
    "TrainingSessionStatus",
    "TrainingSessionTransition",
    "TrainingSessionUpdate",
    "TrainingsSection",
    "UserCreate",
    "UserRead",
    "UserSkillRead",
    "UserUpdate",
    "VerificationRead",
    "VisitAgeBand",
    "VisitAutonomy",
    "VisitCreate",
    "VisitEquipment",
    "VisitGender",
    "VisitMode",
    "VisitRead",
    "VisitReferral",
    "VisitSocialStatus",
    "VisitsSection",
    "VisitStats",
    "VisitStatsRow",
    "VisitStatsRowKeys",
    "VisitStatsTotals",
    "Vocabulary",
    "VocabularyValue",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookDeliveryRead",
    "WebhookDeliveryStatus",
    "WebhookEventType",
    "WebhookPingResult",
    "WebhookRead",
    "WebhookStatus",
    "WebhookUpdate",
    "Weekday",
)
