"""Consent: who may see which category of the patient's data, for what purpose, until when.

Default deny. Every share path in the app calls :func:`allows` and nothing else. Changing consent
(:func:`grant`, :func:`revoke`, :func:`break_glass`) returns the new immutable grants together with
the audit event to record (:meth:`ConsentChange.commit` does both). A proxy may manage consent only
when the patient's profile designates them, and is recorded as ``proxy:<id>``.
"""

from wayfarer.consent._errors import ConsentError, ConsentFormatError, GrantNotFoundError, NotAuthorizedError
from wayfarer.consent._model import (
    CATEGORIES,
    RECIPIENT_KINDS,
    Category,
    Grant,
    Recipient,
    RecipientKind,
    grants_from_json,
    grants_to_json,
)
from wayfarer.consent._rules import (
    BREAK_GLASS_DURATION,
    BREAK_GLASS_LONGEST,
    EMERGENCY_CATEGORIES,
    EMERGENCY_PURPOSE,
    ConsentChange,
    active_grants,
    allows,
    break_glass,
    grant,
    revoke,
)

__all__ = [
    "BREAK_GLASS_DURATION",
    "BREAK_GLASS_LONGEST",
    "CATEGORIES",
    "EMERGENCY_CATEGORIES",
    "EMERGENCY_PURPOSE",
    "RECIPIENT_KINDS",
    "Category",
    "ConsentChange",
    "ConsentError",
    "ConsentFormatError",
    "Grant",
    "GrantNotFoundError",
    "NotAuthorizedError",
    "Recipient",
    "RecipientKind",
    "active_grants",
    "allows",
    "break_glass",
    "grant",
    "grants_from_json",
    "grants_to_json",
    "revoke",
]
