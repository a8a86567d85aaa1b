"""The log as one JSON document: for the patient's export (GDPR Art. 20) and for checking it later."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wayfarer._canonical import CanonicalError, canonicalize, loads_strict
from wayfarer.audit._errors import AuditFormatError
from wayfarer.audit._verify import Verification, verify
from wayfarer.keys import KeyFormatError, parse_public_jwk

FORMAT = "wayfarer-audit-log"
VERSION = 1
_MEMBERS = frozenset({"format", "version", "public_jwk", "entries", "head"})


def export_log(
    entries: Sequence[Mapping[str, Any]], head: Mapping[str, Any], public_jwk: Mapping[str, Any]
) -> str:
    """One RFC 8785 canonical JSON document holding the log, its head and the device's public key.

    It holds nothing unsigned besides the fixed ``format``/``version`` and the public key, so
    :func:`verify_export` notices a change to any character.
    """
    document = {
        "format": FORMAT,
        "version": VERSION,
        "public_jwk": parse_public_jwk(public_jwk).to_jwk(),
        "entries": list(entries),
        "head": dict(head),
    }
    return canonicalize(document).decode("utf-8")


@dataclass(frozen=True, slots=True)
class ExportedLog:
    """A parsed export: verify ``entries`` and ``head`` against a key you trust, not ``public_jwk``."""

    entries: list[Any]
    head: dict[str, Any]
    public_jwk: dict[str, Any]


def parse_export(text: str | bytes) -> ExportedLog:
    """Read an exported log; raises :class:`AuditFormatError` with a clear message if it is not one.

    Accepts non-canonical spellings of the same JSON (verification reports those); checks only the
    envelope, not the entries.
    """
    try:
        document = loads_strict(text)
    except CanonicalError as error:
        raise AuditFormatError(f"this is not an exported audit log: {error}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise AuditFormatError(f"this is not an exported audit log (no format {FORMAT!r})")
    if document.get("version") != VERSION:
        raise AuditFormatError(
            f"this audit log export has version {document.get('version')!r}; expected {VERSION}"
        )
    if set(document) != _MEMBERS:
        raise AuditFormatError(f"this audit log export has the wrong members: {sorted(map(str, document))}")
    entries, head, public_jwk = document["entries"], document["head"], document["public_jwk"]
    if not isinstance(entries, list) or not isinstance(head, dict) or not isinstance(public_jwk, dict):
        raise AuditFormatError(
            "this audit log export is damaged: entries, head or public key has the wrong shape"
        )
    return ExportedLog(entries, head, public_jwk)


def verify_export(text: str | bytes, public_jwk: Mapping[str, Any] | None = None) -> Verification:
    """Verify an exported log; never raises for damaged content.

    Pass the device key you trust as ``public_jwk``; without it the export's own key is used, which
    shows the log is intact but not whose it is. Any text that is not exactly the canonical export
    (whitespace, member order, escapes) fails too, so every changed character is noticed.
    """
    if not isinstance(text, str | bytes):
        raise TypeError(f"an exported log is text or bytes, not {type(text).__name__}")
    if public_jwk is not None and not isinstance(public_jwk, Mapping):
        raise TypeError(f"public_jwk must be a JWK dict, not {type(public_jwk).__name__}")
    try:
        exported = parse_export(text)
    except AuditFormatError as error:
        return Verification(False, None, False, 0, str(error))
    trusted = exported.public_jwk if public_jwk is None else public_jwk
    if public_jwk is not None:
        try:
            if parse_public_jwk(exported.public_jwk).to_jwk() != parse_public_jwk(public_jwk).to_jwk():
                return Verification(False, None, False, 0, "This log was signed by another device's key.")
        except KeyFormatError as error:
            return Verification(False, None, False, 0, f"The export's public key is damaged: {error}")
    result = verify(exported.entries, exported.head, trusted)
    raw = text.encode("utf-8") if isinstance(text, str) else text
    try:
        canonical = canonicalize(
            {
                "format": FORMAT,
                "version": VERSION,
                "public_jwk": exported.public_jwk,
                "entries": exported.entries,
                "head": exported.head,
            }
        )
    except CanonicalError:
        canonical = b""
    if canonical != raw and result.ok:
        reason = "The exported text was altered or re-saved: it is not in canonical form."
        return Verification(False, None, False, result.verified, reason)
    return result
