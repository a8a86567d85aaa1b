"""What the store writes: record ids, categories, sealed envelopes and their associated data."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from wayfarer._canonical import Base64Error, CanonicalError, b64u_decode, b64u_encode, canonicalize
from wayfarer.store._errors import StoreFormatError

CATEGORIES: tuple[str, ...] = (
    "allergies",
    "conditions",
    "medicines",
    "devices",
    "contacts",
    "vitals",
    "location",
    "documents",
    "profile",
)
EMERGENCY_FIELDS: tuple[str, ...] = ("allergies", "conditions", "medicines", "devices", "contacts")
RECORD_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")
MAX_SCHEMA = 1000
IV_BYTES = 12


def check_record_id(record_id: object) -> str:
    """Record ids are public labels (they are stored unencrypted as keys): never put health values in them."""
    if not isinstance(record_id, str) or RECORD_ID.fullmatch(record_id) is None:
        raise StoreFormatError(
            f"a record id is 1-80 lowercase letters, digits, '.', '_' or '-', got {record_id!r:.60}"
        )
    return record_id


def check_category(category: object) -> str:
    if category not in CATEGORIES:
        raise StoreFormatError(f"category must be one of {', '.join(CATEGORIES)}; got {category!r:.40}")
    return str(category)


def check_schema(schema: object) -> int:
    if type(schema) is not int or not 1 <= schema <= MAX_SCHEMA:
        raise StoreFormatError(
            f"schema version must be a whole number from 1 to {MAX_SCHEMA}, got {schema!r}"
        )
    return schema


def to_json_bytes(value: object, what: str) -> bytes:
    """RFC 8785 bytes of a plain JSON value; :class:`StoreFormatError` for anything else."""
    try:
        return canonicalize(value)
    except (CanonicalError, TypeError, ValueError) as error:
        raise StoreFormatError(
            f"{what} must be plain JSON (text, numbers, lists, objects): {error}"
        ) from None


def from_json_bytes(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"))


def now_text(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_time(text: str) -> datetime:
    return datetime.strptime(text[:-1] + "000", "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)


def record_ad(record_id: str, schema: int) -> bytes:
    """Associated data of a stored record: its id and schema version, so a record cannot be moved."""
    return canonicalize({"id": record_id, "schema": schema, "v": "wayfarer.store.record.v1"})


def inbox_ad(record_id: str, schema: int) -> bytes:
    return canonicalize({"id": record_id, "schema": schema, "v": "wayfarer.store.inbox.v1"})


def local_ad(name: str) -> bytes:
    return canonicalize({"name": name, "v": "wayfarer.store.local.v1"})


def wrap_ad(method: str) -> bytes:
    return canonicalize({"by": method, "v": "wayfarer.store.data-key.v1"})


INBOX_KEY_AD = canonicalize({"v": "wayfarer.store.inbox-key.v1"})
INBOX_INFO = b"wayfarer.store.inbox.v1"
RECOVERY_INFO = b"wayfarer.store.recovery.v1"
PASSKEY_INFO = b"wayfarer.store.passkey-prf.v1"


def b64(data: bytes) -> str:
    return b64u_encode(data)


def unb64(text: object, what: str, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise StoreFormatError(f"{what} must be base64url text")
    try:
        return b64u_decode(text) if length is None else b64u_decode(text, length=length)
    except Base64Error as error:
        raise StoreFormatError(f"{what} is not valid base64url: {error}") from None


def envelope(iv: bytes, ciphertext: bytes, **public: Any) -> bytes:
    return canonicalize({**public, "iv": b64(iv), "ct": b64(ciphertext)})


def open_envelope(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """(public members, iv, ciphertext) of an envelope; :class:`StoreFormatError` if malformed."""
    try:
        document = from_json_bytes(data)
    except (UnicodeDecodeError, ValueError) as error:
        raise StoreFormatError(f"the stored envelope is not JSON: {error}") from None
    if not isinstance(document, dict):
        raise StoreFormatError("the stored envelope is not a JSON object")
    iv = unb64(document.pop("iv", None), "iv", IV_BYTES)
    ciphertext = unb64(document.pop("ct", None), "ciphertext")
    return document, iv, ciphertext
