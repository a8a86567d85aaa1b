"""Audit entries in plain words for the patient."""

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from wayfarer.audit._errors import AuditFormatError
from wayfarer.audit._format import check_fields, parse_time

LANGUAGES = ("en",)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CATEGORIES = {"vitals": "vital signs", "devices": "medical devices", "contacts": "emergency contacts"}
_PURPOSES = {"self": "your own records", "care": "your care", "treatment": "treatment"}


def _who(actor: str) -> str:
    if actor == "patient":
        return "you"
    if actor == "device":
        return "this phone"
    kind, _, name = actor.partition(":")
    if kind == "proxy" and name:
        return f"your proxy {name}"
    if kind == "break_glass" and name:
        return f"{name} (emergency access)"
    return actor


def _join(words: list[str]) -> str:
    if not words:
        return "data"
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} and {words[-1]}"


def describe(entry: Mapping[str, Any], lang: str = "en", *, tz: tzinfo | None = None) -> str:
    """One entry as a sentence, e.g. "23 Nov 2026 08:00 — you showed your allergies to Clinic kiosk
    for emergency care".

    Times are shown in ``tz`` (UTC by default; pass the traveller's zone for the screen). Only
    English exists so far; other languages raise ``ValueError``. A malformed entry raises
    :class:`AuditFormatError`.
    """
    if lang not in LANGUAGES:
        raise ValueError(
            f"no plain-language audit wording for {lang!r} yet; available: {', '.join(LANGUAGES)}"
        )
    if not isinstance(entry, Mapping):
        raise AuditFormatError(f"an audit entry is a dict, not {type(entry).__name__}")
    try:
        moment = parse_time(entry["time"])
        actor, action, categories, purpose, recipient, detail = check_fields(
            entry["actor"],
            entry["action"],
            entry["categories"],
            entry["purpose"],
            entry["recipient"],
            entry["detail"],
        )
    except KeyError as missing:
        raise AuditFormatError(f"this audit entry has no {missing} member") from None
    local = moment.astimezone(tz) if tz is not None else moment
    when = f"{local.day} {_MONTHS[local.month - 1]} {local.year} {local:%H:%M}"
    who = _who(actor)
    what = "your " + _join([_CATEGORIES.get(name, name.replace("_", " ")) for name in categories])
    why = _PURPOSES.get(purpose, purpose.replace("_", " "))
    to = f" to {recipient}" if recipient else ""
    sentences = {
        "read": f"{who} viewed {what}{to} for {why}",
        "write": f"{who} saved {what} for {why}",
        "share": f"{who} showed {what}{to} for {why}",
        "export": f"{who} exported {what}{to} for {why}",
        "erase": f"{who} erased {what}",
        "consent_change": f"{who} changed what {recipient or 'others'} may see of {what} for {why}",
        "emergency_access": f"{who} opened {what} from the emergency screen{to}",
        "break_glass": f"{who} broke the glass to show {what}{to} for {why}",
    }
    sentence = f"{when} — {sentences[action]}"
    return f"{sentence} ({detail})" if detail else sentence
