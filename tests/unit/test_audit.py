"""Audit log: format, append, verify, resume, async driving, export and plain words."""

import asyncio
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from wayfarer import keys
from wayfarer._canonical import b64u_decode, b64u_encode, canonicalize
from wayfarer.audit import (
    ACTIONS,
    GENESIS,
    AuditError,
    AuditEvent,
    AuditFormatError,
    AuditLog,
    AuditVerificationError,
    describe,
    export_log,
    parse_export,
    plan_verification,
    verify,
    verify_async,
    verify_export,
)
from wayfarer.audit._format import ENTRY_CONTEXT, HEAD_CONTEXT, entry_hash
from wayfarer.keys._p256 import N

START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def ticking_clock(start: datetime = START, step: timedelta = timedelta(minutes=1)) -> "Iterator[datetime]":
    moment = start
    while True:
        yield moment
        moment += step


def make_clock() -> "object":
    ticks = ticking_clock()
    return lambda: next(ticks)


@pytest.fixture(scope="module")
def signer() -> keys.Signer:
    return keys.generate_signer()


@pytest.fixture
def log(signer: keys.Signer) -> AuditLog:
    log = AuditLog(signer, clock=make_clock())  # type: ignore[arg-type]
    log.append("patient", "write", ["vitals"], "self")
    log.append("patient", "share", ["allergies"], "emergency_care", recipient="Clinic kiosk")
    log.append(
        "proxy:maria", "consent_change", ["medicines"], "treatment", recipient="Dr Rossi", detail="allowed"
    )
    return log


def test_entry_format(log: AuditLog, signer: keys.Signer) -> None:
    entries = log.entries
    assert [entry["index"] for entry in entries] == [0, 1, 2]
    assert entries[0]["prev"] == GENESIS
    first = entries[1]
    assert set(first) == set(
        [
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
        ]
    )
    assert first["time"] == "2026-11-23T08:02:00.000Z"  # the constructor's head took the first tick
    assert first["prev"] == entries[0]["hash"]
    body = {key: value for key, value in first.items() if key not in ("hash", "sig")}
    assert b64u_decode(first["hash"]) == hashlib.sha256(canonicalize(body)).digest()
    signature = b64u_decode(first["sig"], length=64)
    assert keys.is_low_s(signature)
    assert keys.verify_signature(signer.public_jwk, ENTRY_CONTEXT + b64u_decode(first["hash"]), signature)


def test_head_is_signed_and_counts(log: AuditLog, signer: keys.Signer) -> None:
    head = log.head
    assert set(head) == {"count", "last", "time", "sig"}
    assert head["count"] == 3 and head["last"] == log.entries[-1]["hash"]
    signed = HEAD_CONTEXT + canonicalize({"count": 3, "last": head["last"], "time": head["time"]})
    assert keys.verify_signature(signer.public_jwk, signed, b64u_decode(head["sig"]))


def test_fresh_and_empty_logs_verify(log: AuditLog, signer: keys.Signer) -> None:
    result = verify(log.entries, log.head, signer.public_jwk)
    assert (result.ok, result.first_bad, result.truncated, result.verified) == (True, None, False, 3)
    empty = AuditLog(signer)
    assert empty.head["count"] == 0 and empty.head["last"] == GENESIS
    assert verify([], empty.head, signer.public_jwk).ok


def test_entries_and_head_are_copies(log: AuditLog, signer: keys.Signer) -> None:
    log.entries[0]["actor"] = "someone else"
    log.entries[0]["categories"].append("location")
    log.head["count"] = 0
    assert verify(log.entries, log.head, signer.public_jwk).ok


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (("patient", "peek", ["vitals"], "self"), "action must be one of"),
        (("patient", "read", ["Vitals"], "self"), "lowercase"),
        (("patient", "read", "vitals", "self"), "list of category names"),
        (("patient", "read", ["vitals", "vitals"], "self"), "repeat"),
        (("", "read", ["vitals"], "self"), "actor"),
        (("patient", "read", ["vitals"], "line\nbreak"), "control characters"),
        (("patient", "read", ["vitals"], "x" * 201), "longer than"),
    ],
)
def test_invalid_fields_are_refused_before_writing(log: AuditLog, fields: tuple, message: str) -> None:
    with pytest.raises(AuditFormatError, match=message):
        log.append(*fields)
    assert len(log) == 3


def test_every_action_is_accepted(signer: keys.Signer) -> None:
    log = AuditLog(signer)
    for action in ACTIONS:
        log.append("patient", action, ["documents"], "self")
    assert verify(log.entries, log.head, signer.public_jwk).ok


def test_naive_clock_is_refused(signer: keys.Signer) -> None:
    with pytest.raises(AuditFormatError, match="timezone-aware"):
        AuditLog(signer, clock=lambda: datetime(2026, 1, 1))


def test_times_are_stored_in_utc(signer: keys.Signer) -> None:
    tokyo = timezone(timedelta(hours=9))
    log = AuditLog(signer, clock=lambda: datetime(2026, 11, 23, 17, 0, 0, 123456, tzinfo=tokyo))
    assert log.append("patient", "read", ["vitals"], "self")["time"] == "2026-11-23T08:00:00.123Z"


@pytest.mark.parametrize(
    ("entries", "head", "jwk"),
    [("[]", {}, {}), ([], None, {}), ([], {}, "jwk"), ({}, {}, {}), (None, {}, {})],
)
def test_wrong_argument_types_raise_type_error(entries: object, head: object, jwk: object) -> None:
    with pytest.raises(TypeError):
        verify(entries, head, jwk)  # type: ignore[arg-type]


def test_unusable_key_is_reported_not_raised(log: AuditLog) -> None:
    result = verify(log.entries, log.head, {"kty": "EC"})
    assert not result.ok and "public key" in result.reason


def test_foreign_key_fails_at_the_first_entry(log: AuditLog) -> None:
    result = verify(log.entries, log.head, keys.generate_signer().public_jwk)
    assert not result.ok and result.first_bad == 0 and result.truncated


def test_cut_off_end_is_truncated(log: AuditLog, signer: keys.Signer) -> None:
    result = verify(log.entries[:2], log.head, signer.public_jwk)
    assert (result.ok, result.first_bad, result.truncated) == (False, None, True)
    assert "1 entries are missing" in result.reason


def test_an_older_genuine_head_does_not_cover_newer_entries(signer: keys.Signer) -> None:
    log = AuditLog(signer)
    log.append("patient", "read", ["vitals"], "self")
    old_head = log.head
    log.append("patient", "read", ["vitals"], "self")
    result = verify(log.entries, old_head, signer.public_jwk)
    assert (result.ok, result.first_bad, result.truncated) == (False, 1, False)


def test_high_s_twin_signature_is_refused(log: AuditLog, signer: keys.Signer) -> None:
    entries = log.entries
    raw = b64u_decode(entries[1]["sig"])
    twin = raw[:32] + (N - int.from_bytes(raw[32:], "big")).to_bytes(32, "big")
    assert keys.verify_signature(signer.public_jwk, ENTRY_CONTEXT + b64u_decode(entries[1]["hash"]), twin)
    entries[1]["sig"] = b64u_encode(twin)
    result = verify(entries, log.head, signer.public_jwk)
    assert result.first_bad == 1 and "non-canonical" in result.reason


def test_entry_signature_cannot_stand_in_for_the_head(log: AuditLog, signer: keys.Signer) -> None:
    head = {**log.head, "sig": log.entries[-1]["sig"]}
    result = verify(log.entries, head, signer.public_jwk)
    assert not result.ok and result.truncated


def test_resume_from_stored_entries(log: AuditLog, signer: keys.Signer) -> None:
    stored = json.loads(log.export())
    resumed = AuditLog.from_entries(stored["entries"], stored["head"], signer)
    resumed.append("patient", "export", ["vitals", "documents"], "self")
    assert len(resumed) == 4
    assert verify(resumed.entries, resumed.head, signer.public_jwk).ok
    assert stored["entries"] == log.entries  # the stored copy is untouched


def test_resume_refuses_a_tampered_log(log: AuditLog, signer: keys.Signer) -> None:
    entries = log.entries
    entries[1]["recipient"] = "Someone else"
    with pytest.raises(AuditVerificationError, match="Entry 1 was changed") as caught:
        AuditLog.from_entries(entries, log.head, signer)
    assert caught.value.verification.first_bad == 1


def test_record_event(signer: keys.Signer) -> None:
    log = AuditLog(signer)
    entry = log.record(AuditEvent("patient", "read", ("vitals",), "self", detail="on the home screen"))
    assert entry["detail"] == "on the home screen" and entry["categories"] == ["vitals"]


class DerSigner:
    """A broken bridge: returns DER instead of raw r||s."""

    def __init__(self, inner: keys.Signer) -> None:
        self.inner = inner

    @property
    def public_jwk(self) -> dict[str, str]:
        return self.inner.public_jwk

    def sign(self, data: bytes) -> bytes:
        raw = self.inner.sign(data)
        return encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))


def test_a_signer_with_the_wrong_signature_format_is_refused(signer: keys.Signer) -> None:
    with pytest.raises(AuditError, match="do not verify"):
        AuditLog(DerSigner(signer))


class WebCryptoLikeSigner:
    """Answers with awaitables, as Web Crypto does through the bridge."""

    def __init__(self, inner: keys.Signer) -> None:
        self.inner = inner

    @property
    def public_jwk(self) -> dict[str, str]:
        return self.inner.public_jwk

    async def sign(self, data: bytes) -> bytes:
        await asyncio.sleep(0)
        return self.inner.sign(data)


async def _async_verify(jwk: dict[str, str], data: bytes, signature: bytes) -> bool:
    await asyncio.sleep(0)
    return keys.verify_signature(jwk, data, signature)


def test_asynchronous_signer_and_verifier(signer: keys.Signer) -> None:
    async_signer = WebCryptoLikeSigner(signer)

    async def scenario() -> None:
        log = await AuditLog.create_async(async_signer)
        await log.append_async("patient", "read", ["vitals"], "self")
        await log.record_async(AuditEvent("device", "write", ("vitals",), "monitoring"))
        assert verify(log.entries, log.head, signer.public_jwk).ok
        assert (await verify_async(log.entries, log.head, signer.public_jwk, _async_verify)).ok
        tampered = log.entries
        tampered[1]["purpose"] = "research"
        result = await verify_async(tampered, log.head, signer.public_jwk, _async_verify)
        assert result.first_bad == 1
        resumed = await AuditLog.from_entries_async(log.entries, log.head, async_signer, _async_verify)
        await resumed.append_async("patient", "read", ["vitals"], "self")
        assert len(resumed) == 3
        with pytest.raises(TypeError, match="asynchronously"):
            resumed.append("patient", "read", ["vitals"], "self")
        assert len(resumed) == 3

    asyncio.run(scenario())
    with pytest.raises(TypeError, match="create_async"):
        AuditLog(async_signer)


def test_plan_and_finish_report_the_first_failed_signature(log: AuditLog, signer: keys.Signer) -> None:
    plan = plan_verification(log.entries, log.head, signer.public_jwk)
    assert len(plan.checks) == 4  # three entries and the head
    assert plan.finish([True, True, True, True]).ok
    assert plan.finish([True, False, True, True]).first_bad == 1
    with pytest.raises(ValueError, match="expected 4"):
        plan.finish([True])


def test_prepare_commit_refuses_a_stale_preparation(log: AuditLog, signer: keys.Signer) -> None:
    pending = log.prepare("patient", "read", ["vitals"], "self")
    log.append("patient", "read", ["vitals"], "self")
    with pytest.raises(AuditError, match="prepare it again"):
        log.commit(pending, signer.sign(pending.entry_signing_input), signer.sign(pending.head_signing_input))


# --- export --------------------------------------------------------------------------------------


def test_export_round_trip(log: AuditLog, signer: keys.Signer) -> None:
    text = log.export()
    assert text.encode() == canonicalize(json.loads(text))
    exported = parse_export(text)
    assert exported.entries == log.entries and exported.head == log.head
    assert verify_export(text, signer.public_jwk).ok
    assert verify_export(text.encode(), None).ok


def test_export_checks(log: AuditLog, signer: keys.Signer) -> None:
    text = log.export()
    assert "another device" in verify_export(text, keys.generate_signer().public_jwk).reason
    pretty = json.dumps(json.loads(text), indent=1)
    result = verify_export(pretty, signer.public_jwk)
    assert not result.ok and "canonical" in result.reason
    assert "not an exported audit log" in verify_export("{}", signer.public_jwk).reason
    assert "not an exported audit log" in verify_export(text[:-10], signer.public_jwk).reason
    with pytest.raises(AuditFormatError, match="version"):
        parse_export(text.replace('"version":1', '"version":2'))
    with pytest.raises(TypeError):
        verify_export(42, signer.public_jwk)  # type: ignore[arg-type]


def test_export_log_refuses_a_private_key(log: AuditLog) -> None:
    with pytest.raises(keys.KeyFormatError):
        export_log(log.entries, log.head, {**log.public_jwk, "d": "secret"})


# --- plain words --------------------------------------------------------------------------------


def test_describe_in_plain_english(log: AuditLog) -> None:
    entries = log.entries
    assert (
        describe(entries[1])
        == "23 Nov 2026 08:02 — you showed your allergies to Clinic kiosk for emergency care"
    )
    assert describe(entries[0]) == "23 Nov 2026 08:01 — you saved your vital signs for your own records"
    assert describe(entries[2]) == (
        "23 Nov 2026 08:03 — your proxy maria changed what Dr Rossi may see of your medicines"
        " for treatment (allowed)"
    )
    tokyo = timezone(timedelta(hours=9))
    assert describe(entries[1], tz=tokyo).startswith("23 Nov 2026 17:02 — ")


def test_describe_every_action(signer: keys.Signer) -> None:
    log = AuditLog(signer, clock=lambda: START)
    for action in ACTIONS:
        entry = log.append(
            "break_glass:Paramedic Ana", action, ["allergies", "medicines", "devices"], "emergency_care"
        )
        sentence = describe(entry)
        assert sentence.startswith("23 Nov 2026 08:00 — Paramedic Ana (emergency access) ")
        assert "your allergies, medicines and medical devices" in sentence


def test_describe_refuses_unknown_language_and_bad_entries(log: AuditLog) -> None:
    with pytest.raises(ValueError, match="available: en"):
        describe(log.entries[0], "xx")
    with pytest.raises(AuditFormatError, match="no 'actor'"):
        describe({key: value for key, value in log.entries[0].items() if key != "actor"})
    with pytest.raises(AuditFormatError, match="time"):
        describe({**log.entries[0], "time": "yesterday"})


def test_entry_hash_ignores_only_hash_and_sig(log: AuditLog) -> None:
    entry = log.entries[0]
    assert entry_hash(entry) == entry["hash"]
    assert entry_hash({**entry, "hash": "x", "sig": "y"}) == entry["hash"]
    assert entry_hash({**entry, "detail": "added"}) != entry["hash"]


@pytest.mark.parametrize("count", [2**53 + 1, 10**400, -1, 1.0, True])
def test_odd_head_counts_are_reported_not_raised(log: AuditLog, signer: keys.Signer, count: object) -> None:
    result = verify(log.entries, {**log.head, "count": count}, signer.public_jwk)
    assert not result.ok and result.truncated and result.first_bad is None
