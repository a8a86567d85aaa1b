"""Verifying a log: chain, hashes, signatures and the signed head; never raises for bad content."""

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wayfarer._canonical import CanonicalError
from wayfarer.audit._errors import AuditFormatError
from wayfarer.audit._format import (
    ENTRY_CONTEXT,
    ENTRY_FIELDS,
    GENESIS,
    HEAD_FIELDS,
    check_fields,
    decode_digest,
    decode_signature,
    entry_hash,
    head_signing_input,
    parse_time,
)
from wayfarer.keys import KeyFormatError, is_low_s, parse_public_jwk, signature_checker

_Check = Callable[[bytes, bytes], bool]


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of checking a log.

    ``ok``         every entry and the head verified and the head covers exactly these entries.
    ``first_bad``  position of the first entry that fails (changed, moved, foreign, malformed, or not
                   covered by the signed head), or None when every present entry is genuine.
    ``truncated``  the log cannot be shown complete: the signed head counts more entries than are
                   present, or the head itself is missing, damaged or forged.
    ``verified``   how many entries from the start verified.
    ``reason``     what was found, in plain words.
    """

    ok: bool
    first_bad: int | None
    truncated: bool
    verified: int
    reason: str


def _describe_members(found: Mapping[Any, Any], expected: frozenset[str]) -> str:
    names = {key for key in found if isinstance(key, str)}
    missing = sorted(expected - names)
    extra = sorted(repr(key) for key in found if key not in expected)
    parts = [f"missing {', '.join(missing)}"] if missing else []
    parts += [f"unexpected {', '.join(extra)}"] if extra else []
    return "; ".join(parts)


def _entry_problem(entry: object, position: int, expected_prev: str, check: _Check) -> str | None:
    if not isinstance(entry, Mapping):
        return "is not an entry object"
    if set(entry) != ENTRY_FIELDS:
        return f"has the wrong members ({_describe_members(entry, ENTRY_FIELDS)})"
    index = entry["index"]
    if type(index) is not int or index != position:
        return f"says it is entry {index!r:.20}, so entries were removed, added or moved before it"
    try:
        parse_time(entry["time"])
        if not isinstance(entry["categories"], list | tuple):
            raise AuditFormatError("categories must be a list")
        check_fields(
            entry["actor"],
            entry["action"],
            entry["categories"],
            entry["purpose"],
            entry["recipient"],
            entry["detail"],
        )
        decode_digest(entry["prev"], "prev")
        if entry["prev"] != expected_prev:
            return "does not link to the entry before it, so entries were removed, added or moved before it"
        digest = decode_digest(entry["hash"], "hash")
        if entry_hash(entry) != entry["hash"]:
            return "was changed after it was written (its hash does not match its content)"
        signature = decode_signature(entry["sig"], "sig")
    except AuditFormatError as error:
        return f"is malformed: {error}"
    except CanonicalError as error:
        return f"holds a value that is not valid JSON: {error}"
    if not is_low_s(signature):
        return "has a signature in a non-canonical form"
    if not check(ENTRY_CONTEXT + digest, signature):
        return "was not signed by this device's key"
    return None


def _head_problem(head: Mapping[Any, Any], check: _Check) -> str | None:
    if set(head) != HEAD_FIELDS:
        return f"has the wrong members ({_describe_members(head, HEAD_FIELDS)})"
    count = head["count"]
    if type(count) is not int or count < 0:
        return f"has an entry count that is not a whole number: {count!r:.20}"
    try:
        decode_digest(head["last"], "last")
        parse_time(head["time"])
        signature = decode_signature(head["sig"], "sig")
    except AuditFormatError as error:
        return f"is malformed: {error}"
    try:
        signed = head_signing_input(head)
    except CanonicalError as error:
        return f"holds a value that is not valid JSON: {error}"
    if not is_low_s(signature) or not check(signed, signature):
        return "was not signed by this device's key"
    return None


def _run(entries: Sequence[object], head: Mapping[Any, Any], check: _Check) -> Verification:
    expected_prev = GENESIS
    first_bad: int | None = None
    reason = ""
    for position, entry in enumerate(entries):
        problem = _entry_problem(entry, position, expected_prev, check)
        if problem is not None:
            first_bad, reason = position, f"Entry {position} {problem}."
            break
        assert isinstance(entry, Mapping)  # checked by _entry_problem
        expected_prev = entry["hash"]
    verified = len(entries) if first_bad is None else first_bad

    head_problem = _head_problem(head, check)
    if head_problem is not None:
        head_reason = f"The signed summary of the log {head_problem}, so it cannot be shown complete."
        return Verification(False, first_bad, True, verified, f"{reason} {head_reason}".strip())

    count: int = head["count"]
    truncated = False
    if count > len(entries):
        truncated = True
        missing = count - len(entries)
        reason = f"{reason} The log was cut short: {missing} entries are missing at the end."
    elif count < len(entries):
        if first_bad is None or first_bad > count:
            first_bad = count
            reason = f"Entry {count} and later are not covered by the signed summary of the log."
    elif first_bad is None and head["last"] != expected_prev:  # the last hash, or GENESIS if empty
        # Every entry is genuine, yet the signed summary names another last entry.
        reason = "The signed summary of the log does not match its last entry."
        if entries:
            first_bad = len(entries) - 1
        else:
            truncated = True
    ok = first_bad is None and not truncated
    if ok:
        reason = f"All {len(entries)} entries are genuine and the log is complete."
    return Verification(ok, first_bad, truncated, verified, reason.strip())


def _check_argument_types(entries: object, head: object, public_jwk: object) -> None:
    if not isinstance(entries, list | tuple):
        raise TypeError(f"entries must be a list of entry dicts, not {type(entries).__name__}")
    if not isinstance(head, Mapping):
        raise TypeError(f"head must be a dict, not {type(head).__name__}")
    if not isinstance(public_jwk, Mapping):
        raise TypeError(f"public_jwk must be a JWK dict, not {type(public_jwk).__name__}")


def _key_failure(error: KeyFormatError) -> Verification:
    return Verification(False, None, False, 0, f"The public key cannot be used to check the log: {error}")


def verify(entries: Sequence[Any], head: Mapping[str, Any], public_jwk: Mapping[str, Any]) -> Verification:
    """Check a whole log against the device's public key.

    Never raises for damaged or tampered content (that is reported in the result); raises
    ``TypeError`` only when ``entries`` is not a list, or ``head`` or ``public_jwk`` is not a dict.
    """
    _check_argument_types(entries, head, public_jwk)
    try:
        check = signature_checker(dict(public_jwk))
    except KeyFormatError as error:
        return _key_failure(error)
    return _run(entries, head, check)


@dataclass(frozen=True, slots=True)
class VerificationPlan:
    """A verification split around its signature checks, for verifiers that answer asynchronously.

    Check every ``(data, signature)`` in ``checks`` against the public key (e.g. with Web Crypto),
    then call :meth:`finish` with the answers in the same order.
    """

    checks: tuple[tuple[bytes, bytes], ...]
    _entries: Sequence[Any]
    _head: Mapping[str, Any]
    _key_error: KeyFormatError | None

    def finish(self, results: Sequence[bool]) -> Verification:
        if self._key_error is not None:
            return _key_failure(self._key_error)
        if len(results) != len(self.checks):
            raise ValueError(f"expected {len(self.checks)} signature results, got {len(results)}")
        answers = {check: bool(result) for check, result in zip(self.checks, results, strict=True)}
        return _run(self._entries, self._head, lambda data, signature: answers[(data, signature)])


def plan_verification(
    entries: Sequence[Any], head: Mapping[str, Any], public_jwk: Mapping[str, Any]
) -> VerificationPlan:
    """First half of an asynchronous :func:`verify`: everything but the signature checks."""
    _check_argument_types(entries, head, public_jwk)
    try:
        parse_public_jwk(public_jwk)
    except KeyFormatError as error:
        return VerificationPlan((), entries, head, error)
    needed: list[tuple[bytes, bytes]] = []

    def record(data: bytes, signature: bytes) -> bool:
        needed.append((data, signature))
        return True  # assume genuine so every later check is reached and recorded

    _run(entries, head, record)
    return VerificationPlan(tuple(needed), entries, head, None)


async def verify_async(
    entries: Sequence[Any],
    head: Mapping[str, Any],
    public_jwk: Mapping[str, Any],
    verify_signature: Callable[[dict[str, str], bytes, bytes], Awaitable[bool]],
) -> Verification:
    """:func:`verify` with an asynchronous signature check, such as Web Crypto through the bridge."""
    plan = plan_verification(entries, head, public_jwk)
    jwk = dict(public_jwk)
    results = await asyncio.gather(
        *(verify_signature(jwk, data, signature) for data, signature in plan.checks)
    )
    return plan.finish(results)
