"""Property tests: every change, deletion, reordering and truncation of a log is detected."""

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wayfarer import keys
from wayfarer._canonical import b64u_encode, canonicalize
from wayfarer.audit import ACTIONS, AuditLog, verify, verify_export
from wayfarer.audit._format import head_body, head_signing_input

SIGNER = keys.generate_signer()
JWK = SIGNER.public_jwk
START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

names = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"]), min_size=1, max_size=12
)
events = st.tuples(
    st.sampled_from(["patient", "device", "proxy:maria", "break_glass:Ana"]),
    st.sampled_from(ACTIONS),
    st.lists(st.sampled_from(["vitals", "conditions", "medicines", "allergies", "location"]), unique=True),
    st.sampled_from(["self", "emergency_care", "treatment"]),
    st.none() | names.filter(str.strip),
    st.none() | names.filter(str.strip),
)


def build_log(chosen: list[tuple[Any, ...]], step_seconds: int = 61) -> AuditLog:
    moments = iter(START + timedelta(seconds=step_seconds * tick) for tick in range(len(chosen) + 1))
    log = AuditLog(SIGNER, clock=lambda: next(moments))
    for actor, action, categories, purpose, recipient, detail in chosen:
        log.append(actor, action, categories, purpose, recipient=recipient, detail=detail)
    return log


logs = st.lists(events, min_size=1, max_size=6).map(build_log)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def entry_spans(text: str, entries: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Character spans of each entry inside the canonical export text."""
    spans, cursor = [], text.index('"entries":[') + len('"entries":[')
    for entry in entries:
        width = len(canonicalize(entry).decode("utf-8"))
        spans.append((cursor, cursor + width))
        cursor += width + 1
    return spans


@FAST
@given(logs, st.data())
def test_every_single_character_change_is_detected(log: AuditLog, data: st.DataObject) -> None:
    text = log.export()
    spans = entry_spans(text, log.entries)
    for _ in range(10):
        position = data.draw(st.integers(0, len(text) - 1), label="position")
        original = text[position]
        replacement = data.draw(st.characters(codec="utf-8").filter(original.__ne__), label="char")
        changed = text[:position] + replacement + text[position + 1 :]
        result = verify_export(changed, JWK)
        assert not result.ok
        for index, (start, end) in enumerate(spans):
            if start <= position < end and result.first_bad is not None:
                assert result.first_bad == index


def test_every_byte_change_of_one_log_is_detected_exhaustively() -> None:
    log = build_log(
        [
            ("patient", "share", ["allergies"], "emergency_care", "Clinic kiosk", None),
            ("proxy:maria", "consent_change", ["medicines"], "treatment", "Dr Rossi", "allowed until 1 Dec"),
            ("device", "write", ["vitals"], "self", None, None),
        ]
    )
    raw = log.export().encode("utf-8")
    assert verify_export(raw, JWK).ok
    changes = detected = 0
    for position in range(len(raw)):
        for flip in (0x01, 0x20, 0x80, 0xFF):
            changed = raw[:position] + bytes([raw[position] ^ flip]) + raw[position + 1 :]
            changes += 1
            detected += not verify_export(changed, JWK).ok
    assert detected == changes, f"{changes - detected} of {changes} byte changes went unnoticed"


def test_every_field_change_names_its_entry() -> None:
    log = build_log([("patient", "read", ["vitals"], "self", None, None)] * 4)
    replacements: dict[str, Any] = {
        "index": 7,
        "time": "2026-11-23T09:00:00.000Z",
        "actor": "device",
        "action": "erase",
        "categories": ["location"],
        "purpose": "research",
        "recipient": "Someone",
        "detail": "note",
        "prev": log.entries[0]["hash"],
        "hash": log.entries[0]["hash"],
        "sig": log.entries[0]["sig"],
    }
    for position in range(1, 4):
        for field, value in replacements.items():
            entries = log.entries
            if entries[position][field] == value:
                continue
            entries[position][field] = value
            result = verify(entries, log.head, JWK)
            assert (result.ok, result.first_bad) == (False, position), (field, position, result)


@FAST
@given(logs, st.data())
def test_deleting_any_entry_is_detected(log: AuditLog, data: st.DataObject) -> None:
    entries = log.entries
    position = data.draw(st.integers(0, len(entries) - 1))
    del entries[position]
    result = verify(entries, log.head, JWK)
    assert not result.ok
    if position < len(entries):  # a middle entry: the next one no longer fits
        assert result.first_bad == position
    else:  # the last one: the signed head notices
        assert result.truncated and result.first_bad is None


@FAST
@given(logs.filter(lambda log: len(log) >= 2), st.randoms(use_true_random=False))
def test_any_reordering_is_detected_at_the_first_moved_entry(log: AuditLog, rng: Any) -> None:
    entries = log.entries
    order = list(range(len(entries)))
    while order == sorted(order):
        rng.shuffle(order)
    shuffled = [entries[i] for i in order]
    result = verify(shuffled, log.head, JWK)
    assert not result.ok
    assert result.first_bad == next(position for position, i in enumerate(order) if position != i)


@FAST
@given(logs, st.data())
def test_truncation_with_or_without_a_forged_head_is_detected(log: AuditLog, data: st.DataObject) -> None:
    entries = log.entries
    keep = data.draw(st.integers(0, len(entries) - 1), label="keep")
    kept = entries[:keep]
    last = kept[-1]["hash"] if kept else log.head["last"] if not entries else entries[0]["prev"]
    body = head_body(keep, last, log.head["time"])
    other = keys.generate_signer()
    forged_heads = [
        log.head,  # the real head: counts more entries
        {**body, "sig": log.head["sig"]},  # real signature over other numbers
        {**body, "sig": entries[-1]["sig"]},  # an entry's signature
        {
            **body,
            "sig": b64u_encode(keys.normalize_signature(other.sign(head_signing_input(body)))),
        },  # another key
        {**body},  # no signature at all
        {**body, "sig": log.head["sig"], "extra": 1},
    ]
    for head in forged_heads:
        result = verify(kept, head, JWK)
        assert not result.ok and result.truncated and result.first_bad is None, head


garbage = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.binary(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=8,
)


@FAST
@given(logs, st.data(), garbage)
def test_garbage_inside_entries_never_raises_and_is_located(
    log: AuditLog, data: st.DataObject, junk: Any
) -> None:
    entries = log.entries
    position = data.draw(st.integers(0, len(entries) - 1), label="position")
    how = data.draw(st.sampled_from(["field", "delete_field", "replace_entry", "add_field"]), label="how")
    field = data.draw(st.sampled_from(sorted(entries[position])), label="field")
    if how == "field":
        assume(entries[position][field] != junk)
        entries[position][field] = junk
    elif how == "delete_field":
        del entries[position][field]
    elif how == "replace_entry":
        entries[position] = junk
    else:
        entries[position]["unexpected"] = junk
    result = verify(entries, log.head, JWK)
    assert not result.ok and result.first_bad == position


@FAST
@given(logs, garbage, st.sampled_from(["count", "last", "time", "sig"]))
def test_garbage_inside_the_head_never_raises(log: AuditLog, junk: Any, field: str) -> None:
    head = log.head
    assume(head[field] != junk)
    head[field] = junk
    result = verify(log.entries, head, JWK)
    assert not result.ok


@FAST
@given(garbage)
def test_garbage_exports_never_raise(junk: Any) -> None:
    text = json.dumps(junk, default=repr)
    assert not verify_export(text, JWK).ok
    assert not verify_export(b"\xff" + text.encode(), JWK).ok


@pytest.mark.parametrize("count", [0, 1, 5])
def test_untouched_logs_verify(count: int) -> None:
    log = build_log([("patient", "read", ["vitals"], "self", None, None)] * count)
    assert verify(log.entries, log.head, JWK).ok
    assert verify_export(log.export(), JWK).ok
