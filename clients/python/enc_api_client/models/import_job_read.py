from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_job_status import ImportJobStatus
from ..models.import_kind import ImportKind
from ..models.import_mode import ImportMode

if TYPE_CHECKING:
    from ..models.import_job_problem import ImportJobProblem
    from ..models.import_report import ImportReport


T = TypeVar("T", bound="ImportJobRead")


@_attrs_define
class ImportJobRead:
    """
    Attributes:
        id (UUID):
        kind (ImportKind):
        mode (ImportMode):
        dry_run (bool):
        status (ImportJobStatus):
        upload_id (UUID):
        total_bytes (int): The file's size in bytes.
        bytes_read (int): Bytes the import has read so far.
        rows_read (int): Rows read so far (the report's total when done).
        rows_accepted (int | None): Valid rows, once the job has finished (null before).
        rows_rejected (int | None): Rejected rows, once the job has finished (null before).
        report (ImportReport | None): The synchronous import's report, when the job has finished (also for a job refused
            all-or-nothing, which wrote nothing).
        problem (ImportJobProblem | None): Why the job failed, if it did.
        attempts (int): Runs started (a runner that died is replaced).
        allowed_transitions (list[str]): What this caller may do now (`cancelled`: DELETE the job).
        created_by (None | UUID):
        created_at (datetime.datetime):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        updated_at (datetime.datetime):
    """

    id: UUID
    kind: ImportKind
    mode: ImportMode
    dry_run: bool
    status: ImportJobStatus
    upload_id: UUID
    total_bytes: int
    bytes_read: int
    rows_read: int
    rows_accepted: int | None
    rows_rejected: int | None
    report: ImportReport | None
    problem: ImportJobProblem | None
    attempts: int
    allowed_transitions: list[str]
    created_by: None | UUID
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_job_problem import ImportJobProblem  # noqa: PLC0415
        from ..models.import_report import ImportReport  # noqa: PLC0415

        id = str(self.id)

        kind = self.kind.value

        mode = self.mode.value

        dry_run = self.dry_run

        status = self.status.value

        upload_id = str(self.upload_id)

        total_bytes = self.total_bytes

        bytes_read = self.bytes_read

        rows_read = self.rows_read

        rows_accepted: int | None
        rows_accepted = self.rows_accepted

        rows_rejected: int | None
        rows_rejected = self.rows_rejected

        report: dict[str, Any] | None
        if isinstance(self.report, ImportReport):
            report = self.report.to_dict()
        else:
            report = self.report

        problem: dict[str, Any] | None
        if isinstance(self.problem, ImportJobProblem):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        attempts = self.attempts

        allowed_transitions = self.allowed_transitions

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "mode": mode,
                "dry_run": dry_run,
                "status": status,
                "upload_id": upload_id,
                "total_bytes": total_bytes,
                "bytes_read": bytes_read,
                "rows_read": rows_read,
                "rows_accepted": rows_accepted,
                "rows_rejected": rows_rejected,
                "report": report,
                "problem": problem,
                "attempts": attempts,
                "allowed_transitions": allowed_transitions,
                "created_by": created_by,
                "created_at": created_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_job_problem import ImportJobProblem  # noqa: PLC0415
        from ..models.import_report import ImportReport  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = ImportKind(d.pop("kind"))

        mode = ImportMode(d.pop("mode"))

        dry_run = d.pop("dry_run")

        status = ImportJobStatus(d.pop("status"))

        upload_id = UUID(d.pop("upload_id"))

        total_bytes = d.pop("total_bytes")

        bytes_read = d.pop("bytes_read")

        rows_read = d.pop("rows_read")

        def _parse_rows_accepted(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rows_accepted = _parse_rows_accepted(d.pop("rows_accepted"))

        def _parse_rows_rejected(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rows_rejected = _parse_rows_rejected(d.pop("rows_rejected"))

        def _parse_report(data: object) -> ImportReport | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = ImportReport.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportReport | None, data)

        report = _parse_report(d.pop("report"))

        def _parse_problem(data: object) -> ImportJobProblem | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = ImportJobProblem.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportJobProblem | None, data)

        problem = _parse_problem(d.pop("problem"))

        attempts = d.pop("attempts")

        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        import_job_read = cls(
            id=id,
            kind=kind,
            mode=mode,
            dry_run=dry_run,
            status=status,
            upload_id=upload_id,
            total_bytes=total_bytes,
            bytes_read=bytes_read,
            rows_read=rows_read,
            rows_accepted=rows_accepted,
            rows_rejected=rows_rejected,
            report=report,
            problem=problem,
            attempts=attempts,
            allowed_transitions=allowed_transitions,
            created_by=created_by,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            updated_at=updated_at,
        )

        import_job_read.additional_properties = d
        return import_job_read

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
