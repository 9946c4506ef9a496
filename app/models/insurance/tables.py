"""What is stored: an insurance certificate of a space — the uploaded document (kind
`insurance_certificate`, the version it was read from) and what it says (insurer, policy,
validity) — and the city's decision on it. Never deleted: a newer certificate replaces an
older one on the space's premises, both stay."""

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index
from sqlmodel import Field

from app.core.types import UTCDateTime
from app.models.base import TimestampedTable, enum_check
from app.models.insurance.vocab import InsuranceCertificateStatus


class InsuranceCertificate(TimestampedTable, table=True):
    __tablename__ = "insurance_certificates"
    __table_args__ = (
        enum_check("status", InsuranceCertificateStatus, "ck_insurance_certificates_status"),
        CheckConstraint("valid_until >= valid_from", name="ck_insurance_certificates_validity"),
        Index("ix_insurance_certificates_space_status", "space_id", "status", "valid_until"),
    )

    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_insurance_certificates_space_id"), nullable=False
        )
    )
    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_insurance_certificates_association_id"),
            nullable=False,
            index=True,
        )
    )
    document_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("documents.id", name="fk_insurance_certificates_document_id"),
            nullable=False,
            index=True,
        )
    )
    document_version: int
    insurer: str = Field(max_length=200)
    policy_number: str = Field(max_length=200)
    valid_from: date
    valid_until: date = Field(index=True)
    status: str = Field(default=InsuranceCertificateStatus.pending, max_length=16)
    rejection_reason: str | None = Field(default=None, max_length=2000)
    decided_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_insurance_certificates_decided_by")),
    )
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_insurance_certificates_created_by")),
    )
    # The narrowest `insurance.expiring` window already announced (days), for the worker.
    expiry_notice_window: int | None = None
