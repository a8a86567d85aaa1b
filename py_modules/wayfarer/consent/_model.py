"""Consent records: who may see which categories of data, for what purpose, until when."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from wayfarer.consent._errors import ConsentFormatError

Category = Literal["vitals", "conditions", "medicines", "allergies", "contacts", "location", "documents"]
RecipientKind = Literal["kiosk", "doctor", "family", "care_circle_device"]
CATEGORIES: tuple[str, ...] = get_args(Category)
RECIPIENT_KINDS: tuple[str, ...] = get_args(RecipientKind)

_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def check_text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConsentFormatError(f"{what} must be non-empty text, got {value!r:.40}")
    if len(value) > 200 or _CONTROL.search(value):
        raise ConsentFormatError(f"{what} must be at most 200 characters without control characters")
    return value


def to_utc(moment: object, what: str) -> datetime:
    """Timezone-aware UTC at millisecond precision, so JSON round trips are exact."""
    if not isinstance(moment, datetime):
        raise ConsentFormatError(f"{what} must be a datetime, got {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ConsentFormatError(f"{what} must be timezone-aware (UTC inside); got a naive datetime")
    utc = moment.astimezone(UTC)
    return utc.replace(microsecond=utc.microsecond // 1000 * 1000)


def time_to_json(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def time_from_json(text: object, what: str) -> datetime:
    if not isinstance(text, str) or _TIME.fullmatch(text) is None:
        raise ConsentFormatError(f"{what} must look like 2026-11-23T08:00:00.000Z, got {text!r:.40}")
    try:
        return datetime.strptime(text[:-1] + "000", "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)
    except ValueError:
        raise ConsentFormatError(f"{what} {text!r} is not a real date and time") from None


def check_categories(categories: Iterable[str], allowed: tuple[str, ...] = CATEGORIES) -> frozenset[str]:
    if isinstance(categories, str) or not isinstance(categories, Iterable):
        raise ConsentFormatError("categories must be a collection such as {'allergies', 'medicines'}")
    chosen = frozenset(categories)
    unknown = sorted(str(name) for name in chosen if name not in allowed)
    if unknown:
        raise ConsentFormatError(f"unknown categories {unknown}; choose from {', '.join(allowed)}")
    if not chosen:
        raise ConsentFormatError("a grant needs at least one category")
    return chosen


def _members(data: object, what: str, names: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise ConsentFormatError(f"{what} must be a JSON object, got {type(data).__name__}")
    missing = [name for name in names if name not in data]
    if missing:
        raise ConsentFormatError(f"{what} is missing {', '.join(missing)}")
    return data


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who receives data: its kind, a stable id (matched exactly) and a name to show people."""

    kind: RecipientKind
    id: str
    display_name: str

    def __post_init__(self) -> None:
        if self.kind not in RECIPIENT_KINDS:
            raise ConsentFormatError(
                f"recipient kind must be one of {', '.join(RECIPIENT_KINDS)}, got {self.kind!r}"
            )
        check_text(self.id, "recipient id")
        check_text(self.display_name, "recipient display name")

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.id, "display_name": self.display_name}

    @classmethod
    def from_json(cls, data: object) -> "Recipient":
        members = _members(data, "recipient", ("kind", "id", "display_name"))
        return cls(members["kind"], members["id"], members["display_name"])


@dataclass(frozen=True, slots=True)
class Grant:
    """Permission for one recipient to see some categories for one purpose, from granted_at until
    expires_at (exclusive) or until revoked_at.

    ``granted_by`` is "patient", "proxy:<id>" (a designated proxy acting for the patient) or
    "break_glass:<who>" (emergency access, see :func:`break_glass`); ``revoked_by`` likewise.
    Times are UTC at millisecond precision.
    """

    grant_id: str
    recipient: Recipient
    categories: frozenset[str]
    purpose: str
    granted_at: datetime
    expires_at: datetime
    granted_by: str
    revoked_at: datetime | None = None
    revoked_by: str | None = None
    reason: str | None = field(default=None)

    def __post_init__(self) -> None:
        check_text(self.grant_id, "grant id")
        if not isinstance(self.recipient, Recipient):
            raise ConsentFormatError("recipient must be a Recipient")
        object.__setattr__(self, "categories", check_categories(self.categories))
        check_text(self.purpose, "purpose")
        check_text(self.granted_by, "granted_by")
        object.__setattr__(self, "granted_at", to_utc(self.granted_at, "granted_at"))
        object.__setattr__(self, "expires_at", to_utc(self.expires_at, "expires_at"))
        if self.expires_at <= self.granted_at:
            raise ConsentFormatError("a grant must expire after it is given")
        if (self.revoked_at is None) != (self.revoked_by is None):
            raise ConsentFormatError("revoked_at and revoked_by go together")
        if self.revoked_at is not None:
            object.__setattr__(self, "revoked_at", to_utc(self.revoked_at, "revoked_at"))
            check_text(self.revoked_by, "revoked_by")
        if self.reason is not None:
            check_text(self.reason, "reason")

    @property
    def is_break_glass(self) -> bool:
        return self.granted_by.startswith("break_glass:")

    def is_active(self, at: datetime) -> bool:
        """True from granted_at up to (not including) expires_at, unless revoked by then."""
        moment = to_utc(at, "at")
        if self.revoked_at is not None and moment >= self.revoked_at:
            return False
        return self.granted_at <= moment < self.expires_at

    def to_json(self) -> dict[str, Any]:
        return {
            "grant_id": self.grant_id,
            "recipient": self.recipient.to_json(),
            "categories": sorted(self.categories),
            "purpose": self.purpose,
            "granted_at": time_to_json(self.granted_at),
            "expires_at": time_to_json(self.expires_at),
            "granted_by": self.granted_by,
            "revoked_at": None if self.revoked_at is None else time_to_json(self.revoked_at),
            "revoked_by": self.revoked_by,
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: object) -> "Grant":
        """Read a grant written by :meth:`to_json`; raises :class:`ConsentFormatError` if malformed."""
        names = ("grant_id", "recipient", "categories", "purpose", "granted_at", "expires_at", "granted_by")
        members = _members(data, "grant", names)
        categories = members["categories"]
        if not isinstance(categories, list):
            raise ConsentFormatError("grant categories must be a list")
        revoked_at = members.get("revoked_at")
        return cls(
            grant_id=members["grant_id"],
            recipient=Recipient.from_json(members["recipient"]),
            categories=check_categories(categories),
            purpose=members["purpose"],
            granted_at=time_from_json(members["granted_at"], "granted_at"),
            expires_at=time_from_json(members["expires_at"], "expires_at"),
            granted_by=members["granted_by"],
            revoked_at=None if revoked_at is None else time_from_json(revoked_at, "revoked_at"),
            revoked_by=members.get("revoked_by"),
            reason=members.get("reason"),
        )


def grants_to_json(grants: Iterable[Grant]) -> list[dict[str, Any]]:
    return [grant.to_json() for grant in grants]


def grants_from_json(data: object) -> tuple[Grant, ...]:
    if not isinstance(data, list):
        raise ConsentFormatError(f"grants must be a JSON list, got {type(data).__name__}")
    grants = tuple(Grant.from_json(item) for item in data)
    ids = [grant.grant_id for grant in grants]
    if len(set(ids)) != len(ids):
        raise ConsentFormatError("two grants share one grant id")
    return grants
