"""Errors and findings of the health profile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

IssueKind = Literal["error", "confirm"]


@dataclass(frozen=True, slots=True)
class Issue:
    """A finding about one field.

    ``kind="error"``: the value cannot be stored as it is. ``kind="confirm"``: the value is possible but
    looks like a unit mix-up or a typo; the person either accepts ``suggestion`` (a converted value) or
    confirms the value as it is (its field is then listed in the profile's ``confirmed``).
    """

    field: str
    kind: IssueKind
    message: str
    suggestion: object = None

    def to_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "kind": self.kind,
            "message": self.message,
            "suggestion": self.suggestion,
        }


class ProfileError(ValueError):
    """Base class of every error raised by ``wayfarer.profile``."""


class ValidationError(ProfileError):
    """A profile value that cannot be accepted; ``field`` names it (e.g. ``"weight_kg"``)."""

    def __init__(
        self, field: str, message: str, *, suggestion: object = None, issues: tuple[Issue, ...] = ()
    ):
        self.field = field
        self.suggestion = suggestion
        self.issues = issues or (Issue(field, "error", message, suggestion),)
        extra = len([issue for issue in self.issues if issue.kind == "error"]) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra > 0 else ""
        super().__init__(f"{field}: {message}{more}")


class MigrationError(ProfileError):
    """A stored profile whose schema version cannot be migrated."""
