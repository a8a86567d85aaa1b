"""Errors of the audit log."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wayfarer.audit._verify import Verification


class AuditError(ValueError):
    """Base class for audit-log problems."""


class AuditFormatError(AuditError):
    """An entry, head or exported log is not in the audit-log format."""


class AuditVerificationError(AuditError):
    """A stored log failed verification, so it cannot be resumed; ``verification`` says where."""

    def __init__(self, verification: "Verification") -> None:
        super().__init__(verification.reason)
        self.verification = verification
