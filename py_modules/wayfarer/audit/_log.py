"""The append-only, hash-chained, signed audit log."""

import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wayfarer._canonical import b64u_encode
from wayfarer.audit._errors import AuditError, AuditVerificationError
from wayfarer.audit._format import (
    GENESIS,
    check_fields,
    entry_signing_input,
    format_time,
    head_body,
    head_signing_input,
    unsigned_entry,
)
from wayfarer.audit._verify import verify, verify_async
from wayfarer.keys import AsyncSigner, KeyFormatError, Signer, normalize_signature, verify_signature


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """Something to record; consent helpers return these so the caller appends them to its log."""

    actor: str
    action: str
    categories: tuple[str, ...]
    purpose: str
    recipient: str | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class PendingAppend:
    """An entry and the head that will follow it, both hashed and waiting for their signatures.

    Sign ``entry_signing_input`` and ``head_signing_input`` with the device key (in any order, even
    asynchronously), then pass both signatures to :meth:`AuditLog.commit`.
    """

    entry: Mapping[str, Any]
    head: Mapping[str, Any]
    entry_signing_input: bytes = field(repr=False)
    head_signing_input: bytes = field(repr=False)


def _copy_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    return {**entry, "categories": list(entry["categories"])}


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _sign_now(signer: Signer | AsyncSigner, data: bytes) -> bytes:
    signature = signer.sign(data)
    if inspect.isawaitable(signature):
        if inspect.iscoroutine(signature):
            signature.close()  # never awaited on purpose; avoids a warning
        raise TypeError(
            "this signer answers asynchronously (Web Crypto); use `await AuditLog.create_async(signer)` "
            "and `await log.append_async(...)`"
        )
    if not isinstance(signature, bytes | bytearray):
        raise TypeError(f"a signer must return bytes, not {type(signature).__name__}")
    return bytes(signature)


async def _sign_later(signer: Signer | AsyncSigner, data: bytes) -> bytes:
    signature: Any = signer.sign(data)
    if inspect.isawaitable(signature):
        signature = await signature
    if not isinstance(signature, bytes | bytearray):
        raise TypeError(f"a signer must return bytes, not {type(signature).__name__}")
    return bytes(signature)


class AuditLog:
    """An append-only log of every access to health data, chained by SHA-256 and signed.

    ``AuditLog(signer)`` starts an empty log with a synchronous signer (CPython). With Web Crypto's
    asynchronous signer use ``await AuditLog.create_async(signer)`` and ``await log.append_async``;
    or drive :meth:`prepare` and :meth:`commit` yourself. ``clock`` returns the current time
    (timezone-aware); it exists for tests and defaults to the system clock in UTC.
    """

    __slots__ = ("_clock", "_entries", "_head", "_public_jwk", "_signer")
    _signer: Signer | AsyncSigner
    _public_jwk: dict[str, str]
    _clock: Callable[[], datetime]
    _entries: list[dict[str, Any]]
    _head: dict[str, Any]

    def __init__(self, signer: Signer | AsyncSigner, *, clock: Callable[[], datetime] | None = None) -> None:
        self._setup(signer, clock, [], None)
        self._check_signer(_sign_now(signer, b"wayfarer.audit.self-test"), b"wayfarer.audit.self-test")
        self._head = self._sign_head_now(head_body(0, GENESIS, self._now()))

    def _setup(
        self,
        signer: Signer | AsyncSigner,
        clock: Callable[[], datetime] | None,
        entries: list[dict[str, Any]],
        head: dict[str, Any] | None,
    ) -> None:
        self._signer = signer
        self._public_jwk = dict(signer.public_jwk)
        self._clock = clock or _utc_now
        self._entries = entries
        self._head = head or {}

    def _check_signer(self, signature: bytes, data: bytes) -> None:
        # Catches a signer that returns DER, signs with another key or mangles data, before it
        # writes a log that can never verify.
        try:
            if verify_signature(self._public_jwk, data, signature):
                return
        except KeyFormatError as error:
            raise AuditError(f"the signer's public key is unusable: {error}") from None
        raise AuditError("the signer's signatures do not verify with its public key (raw r||s expected)")

    @classmethod
    async def create_async(
        cls, signer: Signer | AsyncSigner, *, clock: Callable[[], datetime] | None = None
    ) -> "AuditLog":
        """Start an empty log with an asynchronous (or synchronous) signer."""
        log = cls.__new__(cls)
        log._setup(signer, clock, [], None)
        probe = b"wayfarer.audit.self-test"
        log._check_signer(await _sign_later(signer, probe), probe)
        body = head_body(0, GENESIS, log._now())
        log._head = {
            **body,
            "sig": log._encode_signature(await _sign_later(signer, head_signing_input(body))),
        }
        return log

    @classmethod
    def from_entries(
        cls,
        entries: Sequence[Mapping[str, Any]],
        head: Mapping[str, Any],
        signer: Signer | AsyncSigner,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> "AuditLog":
        """Resume a stored log after verifying it against ``signer``'s key.

        Raises :class:`AuditVerificationError` (with ``.verification``) if it does not verify; the
        stored entries are left as they are.
        """
        verification = verify(entries, head, signer.public_jwk)
        if not verification.ok:
            raise AuditVerificationError(verification)
        log = cls.__new__(cls)
        log._setup(signer, clock, [_copy_entry(entry) for entry in entries], dict(head))
        return log

    @classmethod
    async def from_entries_async(
        cls,
        entries: Sequence[Mapping[str, Any]],
        head: Mapping[str, Any],
        signer: Signer | AsyncSigner,
        verify_signature: Callable[[dict[str, str], bytes, bytes], Awaitable[bool]],
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> "AuditLog":
        """:meth:`from_entries` with an asynchronous signature check (Web Crypto)."""
        verification = await verify_async(entries, head, signer.public_jwk, verify_signature)
        if not verification.ok:
            raise AuditVerificationError(verification)
        log = cls.__new__(cls)
        log._setup(signer, clock, [_copy_entry(entry) for entry in entries], dict(head))
        return log

    @property
    def public_jwk(self) -> dict[str, str]:
        return dict(self._public_jwk)

    @property
    def entries(self) -> list[dict[str, Any]]:
        """Copies of all entries, oldest first."""
        return [_copy_entry(entry) for entry in self._entries]

    @property
    def head(self) -> dict[str, Any]:
        """The signed head: ``count``, ``last`` (hash of the last entry), ``time`` and ``sig``."""
        return dict(self._head)

    def __len__(self) -> int:
        return len(self._entries)

    def _now(self) -> str:
        return format_time(self._clock())

    @staticmethod
    def _encode_signature(signature: bytes) -> str:
        try:
            return b64u_encode(normalize_signature(signature))
        except KeyFormatError as error:
            raise AuditError(f"the signer returned an unusable signature: {error}") from None

    def _sign_head_now(self, body: dict[str, Any]) -> dict[str, Any]:
        return {**body, "sig": self._encode_signature(_sign_now(self._signer, head_signing_input(body)))}

    def prepare(
        self,
        actor: str,
        action: str,
        categories: Iterable[str],
        purpose: str,
        *,
        recipient: str | None = None,
        detail: str | None = None,
    ) -> PendingAppend:
        """Validate and hash the next entry and its head; nothing changes until :meth:`commit`."""
        fields = check_fields(actor, action, categories, purpose, recipient, detail)
        actor, action, names, purpose, recipient, detail = fields
        time = self._now()
        entry = unsigned_entry(
            index=len(self._entries),
            time=time,
            actor=actor,
            action=action,
            categories=names,
            purpose=purpose,
            recipient=recipient,
            detail=detail,
            prev=self._head["last"],
        )
        head = head_body(len(self._entries) + 1, entry["hash"], time)
        return PendingAppend(entry, head, entry_signing_input(entry["hash"]), head_signing_input(head))

    def commit(self, pending: PendingAppend, entry_signature: bytes, head_signature: bytes) -> dict[str, Any]:
        """Add a prepared entry with its signatures; returns a copy of the stored entry."""
        if pending.entry["index"] != len(self._entries) or pending.entry["prev"] != self._head["last"]:
            raise AuditError("the log changed after this entry was prepared; prepare it again")
        entry = {**_copy_entry(pending.entry), "sig": self._encode_signature(entry_signature)}
        head = {**pending.head, "sig": self._encode_signature(head_signature)}
        self._entries.append(entry)
        self._head = head
        return _copy_entry(entry)

    def append(
        self,
        actor: str,
        action: str,
        categories: Iterable[str],
        purpose: str,
        *,
        recipient: str | None = None,
        detail: str | None = None,
    ) -> dict[str, Any]:
        """Record one access and return the new entry (synchronous signer).

        ``actor``: "patient", "proxy:<id>", "device", "break_glass:<who>" or a named party;
        ``action``: one of :data:`ACTIONS`; ``categories``: e.g. ``["allergies"]``; ``purpose``:
        e.g. "emergency_care"; ``recipient``: who received or saw the data. Raises
        :class:`AuditFormatError` for invalid fields, before anything is written.
        """
        pending = self.prepare(actor, action, categories, purpose, recipient=recipient, detail=detail)
        entry_signature = _sign_now(self._signer, pending.entry_signing_input)
        head_signature = _sign_now(self._signer, pending.head_signing_input)
        return self.commit(pending, entry_signature, head_signature)

    async def append_async(
        self,
        actor: str,
        action: str,
        categories: Iterable[str],
        purpose: str,
        *,
        recipient: str | None = None,
        detail: str | None = None,
    ) -> dict[str, Any]:
        """:meth:`append` for an asynchronous signer. Await one append before starting the next."""
        pending = self.prepare(actor, action, categories, purpose, recipient=recipient, detail=detail)
        entry_signature = await _sign_later(self._signer, pending.entry_signing_input)
        head_signature = await _sign_later(self._signer, pending.head_signing_input)
        return self.commit(pending, entry_signature, head_signature)

    def record(self, event: AuditEvent) -> dict[str, Any]:
        """Append an :class:`AuditEvent` (as returned by the consent helpers)."""
        return self.append(
            event.actor,
            event.action,
            event.categories,
            event.purpose,
            recipient=event.recipient,
            detail=event.detail,
        )

    async def record_async(self, event: AuditEvent) -> dict[str, Any]:
        return await self.append_async(
            event.actor,
            event.action,
            event.categories,
            event.purpose,
            recipient=event.recipient,
            detail=event.detail,
        )

    def export(self) -> str:
        """The whole log as one canonical JSON document (see :func:`export_log`)."""
        from wayfarer.audit._export import export_log

        return export_log(self._entries, self._head, self._public_jwk)

    def __repr__(self) -> str:
        return f"AuditLog({len(self._entries)} entries)"
