"""The entry and head formats: fields, validation, hashing and what gets signed.

An entry is a JSON object with exactly these members::

    index       0, 1, 2 ... its place in the log
    time        "2026-11-23T08:00:00.000Z" (UTC, milliseconds, as JavaScript's toISOString)
    actor       who acted: "patient", "proxy:<id>", "device", "break_glass:<who>", or a named party
    action      one of ACTIONS
    categories  data categories touched, e.g. ["allergies"] (lowercase identifiers, no repeats)
    purpose     why, e.g. "emergency_care"
    recipient   who received or saw the data (display name), or null
    detail      a short plain-language note, or null
    prev        hash of the previous entry (GENESIS for the first), base64url
    hash        SHA-256 of the RFC 8785 form of all members above, base64url
    sig         ECDSA P-256 signature of ENTRY_CONTEXT + raw hash, raw low-s r||s, base64url

The head is ``{"count", "last", "time", "sig"}``: the number of entries, the last entry's hash
(GENESIS when empty), when it was signed, and a signature of HEAD_CONTEXT + the RFC 8785 form of the
other three. The two contexts keep an entry signature from ever passing as a head signature.
"""

import hashlib
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from wayfarer._canonical import Base64Error, b64u_decode, b64u_encode, canonicalize
from wayfarer.audit._errors import AuditFormatError

ACTIONS = (
    "read",
    "write",
    "share",
    "export",
    "erase",
    "consent_change",
    "emergency_access",
    "break_glass",
)
ENTRY_FIELDS = frozenset(
    {
        "index",
        "time",
        "actor",
        "action",
        "categories",
        "purpose",
        "recipient",
        "detail",
        "prev",
        "hash",
        "sig",
    }
)
HEAD_FIELDS = frozenset({"count", "last", "time", "sig"})
GENESIS = b64u_encode(bytes(32))
ENTRY_CONTEXT = b"wayfarer.audit.entry.v1\n"
HEAD_CONTEXT = b"wayfarer.audit.head.v1\n"
HASH_BYTES = 32
SIGNATURE_BYTES = 64

_CATEGORY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MAX_TEXT = 200
_MAX_DETAIL = 500


def format_time(moment: datetime) -> str:
    """UTC ISO 8601 with milliseconds and 'Z', as JavaScript's ``Date.prototype.toISOString``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise AuditFormatError("audit times must be timezone-aware (UTC inside); got a naive datetime")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_time(text: object) -> datetime:
    """Inverse of :func:`format_time`; refuses any other spelling."""
    if not isinstance(text, str) or _TIME.fullmatch(text) is None:
        raise AuditFormatError(f"time must look like 2026-11-23T08:00:00.000Z, got {text!r:.40}")
    try:
        moment = datetime.strptime(text[:-1] + "000", "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)
    except ValueError:
        raise AuditFormatError(f"time {text!r} is not a real date and time") from None
    return moment


def _text(value: object, field: str, *, limit: int = _MAX_TEXT, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise AuditFormatError(f"{field} must be non-empty text, got {value!r:.40}")
    if len(value) > limit:
        raise AuditFormatError(f"{field} is longer than {limit} characters")
    if _CONTROL.search(value):
        raise AuditFormatError(f"{field} must not contain control characters or line breaks")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise AuditFormatError(f"{field} is not valid Unicode text") from None
    return value


def check_fields(
    actor: object, action: object, categories: object, purpose: object, recipient: object, detail: object
) -> tuple[str, str, list[str], str, str | None, str | None]:
    """Validate the caller-supplied fields of an entry; raises :class:`AuditFormatError`."""
    actor_text = _text(actor, "actor")
    if action not in ACTIONS:
        raise AuditFormatError(f"action must be one of {', '.join(ACTIONS)}; got {action!r:.40}")
    if isinstance(categories, str | bytes) or not isinstance(categories, Iterable):
        raise AuditFormatError("categories must be a list of category names such as ['allergies']")
    names = list(categories)
    for name in names:
        if not isinstance(name, str) or _CATEGORY.fullmatch(name) is None:
            raise AuditFormatError(f"category {name!r:.40} must be a lowercase name such as 'allergies'")
    if len(set(names)) != len(names):
        raise AuditFormatError("categories must not repeat")
    purpose_text = _text(purpose, "purpose")
    recipient_text = _text(recipient, "recipient", optional=True)
    detail_text = _text(detail, "detail", limit=_MAX_DETAIL, optional=True)
    assert actor_text is not None and purpose_text is not None  # not optional, so never None
    return actor_text, str(action), names, purpose_text, recipient_text, detail_text


def decode_digest(text: object, field: str) -> bytes:
    if not isinstance(text, str):
        raise AuditFormatError(f"{field} must be base64url text")
    try:
        return b64u_decode(text, length=HASH_BYTES)
    except Base64Error as error:
        raise AuditFormatError(f"{field} is not a canonical 32-byte base64url hash: {error}") from None


def decode_signature(text: object, field: str) -> bytes:
    if not isinstance(text, str):
        raise AuditFormatError(f"{field} must be base64url text")
    try:
        return b64u_decode(text, length=SIGNATURE_BYTES)
    except Base64Error as error:
        raise AuditFormatError(f"{field} is not a canonical 64-byte base64url signature: {error}") from None


def unsigned_entry(
    *,
    index: int,
    time: str,
    actor: str,
    action: str,
    categories: list[str],
    purpose: str,
    recipient: str | None,
    detail: str | None,
    prev: str,
) -> dict[str, Any]:
    """An entry with its ``hash`` computed and no ``sig`` yet."""
    body: dict[str, Any] = {
        "index": index,
        "time": time,
        "actor": actor,
        "action": action,
        "categories": list(categories),
        "purpose": purpose,
        "recipient": recipient,
        "detail": detail,
        "prev": prev,
    }
    body["hash"] = entry_hash(body)
    return body


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 (base64url) of the RFC 8785 form of the entry without ``hash`` and ``sig``."""
    body = {key: value for key, value in entry.items() if key not in ("hash", "sig")}
    return b64u_encode(hashlib.sha256(canonicalize(body)).digest())


def entry_signing_input(entry_hash_text: str) -> bytes:
    """The bytes the device key signs for an entry: a fixed context and the raw 32-byte hash."""
    return ENTRY_CONTEXT + decode_digest(entry_hash_text, "hash")


def head_body(count: int, last: str, time: str) -> dict[str, Any]:
    return {"count": count, "last": last, "time": time}


def head_signing_input(head: Mapping[str, Any]) -> bytes:
    """The bytes the device key signs for a head: a fixed context and the RFC 8785 form of it."""
    return HEAD_CONTEXT + canonicalize({key: head[key] for key in ("count", "last", "time")})
