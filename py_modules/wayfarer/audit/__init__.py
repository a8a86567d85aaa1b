"""Tamper-evident audit log: every read, write, share, export, erase and consent change.

Entries are RFC 8785 canonical JSON, chained by SHA-256 and signed with the device key; a signed
head (entry count and last hash) shows when entries were cut off the end. No server, no blockchain:
the patient's own device key signs, and anyone with its public key can check.

What it cannot show on its own: a whole log replaced by an *older* genuine copy of itself (entries
and head from an earlier day) verifies, because every part of it was genuinely signed. Keeping the
latest head count somewhere else (the care circle, an export) closes that gap.
"""

from wayfarer.audit._describe import LANGUAGES, describe
from wayfarer.audit._errors import AuditError, AuditFormatError, AuditVerificationError
from wayfarer.audit._export import ExportedLog, export_log, parse_export, verify_export
from wayfarer.audit._format import ACTIONS, GENESIS, format_time, parse_time
from wayfarer.audit._log import AuditEvent, AuditLog, PendingAppend
from wayfarer.audit._verify import Verification, VerificationPlan, plan_verification, verify, verify_async

__all__ = [
    "ACTIONS",
    "GENESIS",
    "LANGUAGES",
    "AuditError",
    "AuditEvent",
    "AuditFormatError",
    "AuditLog",
    "AuditVerificationError",
    "ExportedLog",
    "PendingAppend",
    "Verification",
    "VerificationPlan",
    "describe",
    "export_log",
    "format_time",
    "parse_export",
    "parse_time",
    "plan_verification",
    "verify",
    "verify_async",
    "verify_export",
]
