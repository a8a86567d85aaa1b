"""The batch fast path (``wayfarer.sensors.check_packed``) against the per-measurement path it replaces:
the same readings, in the same order, the same errors, the same RR-window state, the same rows."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wayfarer.ingest import IngestSession
from wayfarer.ingest._store import ROWS_FORMAT, read_rows, row_text, rows_and_notes, segment_data
from wayfarer.sensors import (
    CheckedBatch,
    CheckedReading,
    ParseFailure,
    RRWindow,
    _parse,
    check_packed,
    check_readings,
    parse,
    parse_many,
)

HR = 0x2A37
START_MS = 1_790_000_000_000.0


def reference(
    uuid: int, payloads: Sequence[bytes], times: Sequence[float], window: RRWindow | None
) -> tuple[list[CheckedReading], list[tuple[int, str, bytes]]]:
    """What parsing and checking each notification on its own gives."""
    readings: list[CheckedReading] = []
    failures: list[tuple[int, str, bytes]] = []
    for index, result in enumerate(parse_many(uuid, payloads)):
        if isinstance(result, ParseFailure):
            failures.append((index, str(result.error), result.payload))
            continue
        moment = datetime.fromtimestamp(times[index] / 1000.0, UTC)
        readings.extend(check_readings(result, moment, rr_window=window))
    return readings, failures


def fast(
    uuid: int, payloads: Sequence[bytes], times: Sequence[float], window: RRWindow | None
) -> tuple[CheckedBatch, list[tuple[int, str, bytes]]]:
    batch, failures = check_packed(
        uuid, b"".join(payloads), [len(p) for p in payloads], times, rr_window=window
    )
    return batch, [(f.index, str(f.error), f.payload) for f in failures]


def window_state(window: RRWindow) -> tuple[Any, ...]:
    return (list(window._intervals), window._last)


def assert_same(readings: Sequence[CheckedReading], batch: CheckedBatch) -> None:
    assert list(batch) == list(readings)
    assert [c.plausibility.message for c in batch] == [c.plausibility.message for c in readings]
    assert [c.reading.time.tzinfo for c in batch] == [UTC] * len(readings)
    assert batch.rows() == [row_text(c) for c in readings]
    assert batch.implausible == sum(1 for c in readings if not c.plausibility.plausible)
    assert_segments_agree(readings, batch)


def assert_segments_agree(readings: Sequence[CheckedReading], batch: CheckedBatch) -> None:
    """A columns segment, from the batch or from the readings one by one, reads back exactly as the
    text rows of :func:`row_text` (the earlier format) do."""
    as_text = {"format": ROWS_FORMAT, "device": "ble:x", "rows": "\n".join(row_text(c) for c in readings)}
    expected = read_rows(as_text)
    for source in (batch, list(readings)):
        columns, _, _ = rows_and_notes(source)
        assert read_rows(segment_data("ble:x", columns, {})) == expected


# --- strategies -----------------------------------------------------------------------------

REALISTIC_RR = st.integers(600, 1100)
RR_UNITS = st.one_of(
    REALISTIC_RR, REALISTIC_RR, REALISTIC_RR, st.integers(0, 0xFFFF), st.sampled_from([307, 308, 2048, 2049])
)


@st.composite
def heart_rate_shape(draw: st.DrawFn) -> tuple[int, int, int]:
    """(flags, number of RR-intervals, byte change): mostly well-formed, some malformed."""
    flags = draw(
        st.one_of(st.sampled_from([0x00, 0x06, 0x04, 0x16, 0x10, 0x11, 0x19, 0x1E]), st.integers(0, 255))
    )
    intervals = draw(st.integers(1, 4)) if flags & 0x10 else 0
    change = draw(st.sampled_from([0, 0, 0, 0, 0, -1, 1, -2]))
    return flags, intervals, change


@st.composite
def heart_rate_payload(draw: st.DrawFn, shape: tuple[int, int, int]) -> bytes:
    flags, intervals, change = shape
    value = draw(st.one_of(st.integers(30, 200), st.integers(0, 0xFFFF if flags & 1 else 0xFF)))
    body = struct.pack("<H" if flags & 1 else "<B", value)
    if flags & 0x08:
        body += struct.pack("<H", draw(st.integers(0, 0xFFFF)))
    body += b"".join(struct.pack("<H", draw(RR_UNITS)) for _ in range(intervals))
    payload = bytes([flags]) + body
    if change < 0:
        return payload[: max(0, len(payload) + change)]
    return payload + b"\x00" * change


@st.composite
def heart_rate_batch(draw: st.DrawFn) -> list[bytes]:
    payloads: list[bytes] = []
    for _ in range(draw(st.integers(1, 5))):
        shape = draw(heart_rate_shape())
        payloads += [draw(heart_rate_payload(shape)) for _ in range(draw(st.integers(1, 40)))]
    return payloads


BEAT_MS = st.floats(500.0, 1500.0)
STEP_MS = st.one_of(
    BEAT_MS,  # a beat or so apart
    BEAT_MS,
    BEAT_MS,
    BEAT_MS,
    st.sampled_from([0.0, 5000.0, 5000.0005, 4999.9995, 0.0005]),  # the gap's edges, µs rounding
    st.floats(-30_000.0, -0.001),  # the clock went back
    st.floats(5000.001, 60_000.0),  # a dropped connection
)


@st.composite
def receive_times(draw: st.DrawFn, count: int, start: float) -> list[float]:
    times = []
    moment = start
    for _ in range(count):
        moment = max(0.0, moment + draw(STEP_MS))
        times.append(moment)
    return times


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_heart_rate_batches_give_what_each_notification_gives(data: st.DataObject) -> None:
    slow_window, fast_window = RRWindow(), RRWindow()
    start = START_MS + data.draw(st.floats(0.0, 1000.0))
    for _ in range(data.draw(st.integers(1, 3))):  # RR windows across batches
        payloads = data.draw(heart_rate_batch())
        times = data.draw(receive_times(len(payloads), start))
        start = times[-1]
        readings, expected_failures = reference(HR, payloads, times, slow_window)
        batch, failures = fast(HR, payloads, times, fast_window)
        assert_same(readings, batch)
        assert failures == expected_failures
        assert window_state(fast_window) == window_state(slow_window)


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_without_a_window_each_notification_stands_alone(data: st.DataObject) -> None:
    payloads = data.draw(heart_rate_batch())
    times = data.draw(receive_times(len(payloads), START_MS))
    readings, expected_failures = reference(HR, payloads, times, None)
    batch, failures = fast(HR, payloads, times, None)
    assert_same(readings, batch)
    assert failures == expected_failures


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(REALISTIC_RR, min_size=1, max_size=3), min_size=40, max_size=200), st.data())
def test_a_steady_strap_fills_rr_windows_across_batches(beats: list[list[int]], data: st.DataObject) -> None:
    payloads = [bytes([0x16, 70]) + struct.pack(f"<{len(rr)}H", *rr) for rr in beats]
    times = [START_MS + 1000.0 * i + data.draw(st.floats(0.0, 0.999)) for i in range(len(payloads))]
    cut = data.draw(st.integers(1, len(payloads) - 1))
    slow_window, fast_window = RRWindow(), RRWindow()
    rmssd = 0
    for part in (slice(0, cut), slice(cut, None)):
        readings, _ = reference(HR, payloads[part], times[part], slow_window)
        batch, _ = fast(HR, payloads[part], times[part], fast_window)
        assert_same(readings, batch)
        assert window_state(fast_window) == window_state(slow_window)
        rmssd += sum(1 for c in batch if c.reading.parameter == "hrv_rmssd")
    assert rmssd >= 1


# Receive times over the whole range a datetime holds, and around the edges of the row-time text
# (sub-second, whole and round milliseconds, 2**41 ms where the exact decimal text stops).
ANY_TIME_MS = st.one_of(
    st.floats(0.0, 253_402_300_799_999.0),
    st.integers(0, 253_402_300_799_999).map(float),
    st.integers(0, 2**44).map(lambda micros: micros / 1000.0),
    st.sampled_from([0.0, 0.0005, 999.9995, 999.9999996, 2.0**41 - 0.001, 2.0**41, 2.0**41 + 0.001]),
    st.floats(2.0**41 - 1.0, 2.0**41 + 1.0),
    st.integers(2**41 * 1000, 2**43 * 1000).map(lambda micros: micros / 1000.0),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ANY_TIME_MS, min_size=1, max_size=20))
def test_row_times_are_written_like_each_readings_datetime(times: list[float]) -> None:
    payloads = [bytes([0x00, 60 + i % 100]) for i in range(len(times))]
    readings, _ = reference(HR, payloads, times, None)
    batch, _ = fast(HR, payloads, times, None)
    assert batch.rows() == [row_text(c) for c in readings]
    assert_segments_agree(readings, batch)


def test_a_notification_with_enough_intervals_alone_gives_rmssd_without_a_window() -> None:
    payload = bytes([0x10, 72]) + b"".join(struct.pack("<H", 819 if i % 2 else 870) for i in range(30))
    readings, _ = reference(HR, [payload], [START_MS], None)
    batch, _ = fast(HR, [payload], [START_MS], None)
    assert [c.reading.parameter for c in batch] == ["heart_rate", "hrv_rmssd"]
    assert_same(readings, batch)


# Other characteristics, record by record: random fields (special values, implausible values,
# status bits, dates) in the layout the flags announce, sometimes a byte short or long.
LAYOUTS = {
    0x2A5F: _parse._CONT,
    0x2A5E: _parse._SPOT,
    0x2A35: _parse._BP,
    0x2A1C: _parse._TEMP,
    0x2A18: _parse._GLU,
}
SFLOAT_BYTES = st.one_of(
    st.integers(20, 400).map(lambda v: struct.pack("<H", v)),  # plain values, exponent 0
    st.sampled_from([0x07FF, 0x0800, 0x07FE, 0x0802, 0x0801, 0xF3CA, 0xE3CA]).map(
        lambda v: struct.pack("<H", v)
    ),
)


@st.composite
def other_payload(draw: st.DrawFn, uuid: int) -> bytes:
    flags = draw(st.one_of(st.integers(0, 0x1F), st.integers(0, 255)))
    size = LAYOUTS[uuid][flags].size
    body = b"".join(draw(SFLOAT_BYTES) for _ in range(size // 2 + 1))
    body = (body + draw(st.binary(min_size=size, max_size=size)))[: size - 1]
    if draw(st.booleans()):
        body = draw(st.binary(min_size=size - 1, max_size=size - 1))
    change = draw(st.sampled_from([0, 0, 0, 0, -1, 1]))
    payload = bytes([flags]) + body
    return payload[: len(payload) + change] if change < 0 else payload + b"\x07" * change


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(LAYOUTS)), st.data())
def test_other_characteristics_give_what_each_notification_gives(uuid: int, data: st.DataObject) -> None:
    payloads = data.draw(st.lists(other_payload(uuid), min_size=1, max_size=20))
    times = data.draw(receive_times(len(payloads), START_MS))
    readings, expected_failures = reference(uuid, payloads, times, RRWindow())
    batch, failures = fast(uuid, payloads, times, RRWindow())
    assert_same(readings, batch)
    assert failures == expected_failures


# The session as a whole: the same acknowledged readings and counts as the per-measurement path.


class ListSink:
    def __init__(self) -> None:
        self.saved: list[CheckedReading] = []

    async def save(self, device: str, readings: Sequence[CheckedReading]) -> int:
        self.saved.extend(readings)
        return len(readings)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_session_saves_and_counts_what_the_per_measurement_path_gives(data: st.DataObject) -> None:
    sink = ListSink()
    session = IngestSession(sink)
    window = RRWindow()
    expected: list[CheckedReading] = []
    errors = backwards = 0
    last: float | None = None
    start = START_MS
    for _ in range(data.draw(st.integers(1, 3))):
        payloads = data.draw(heart_rate_batch())
        times = data.draw(receive_times(len(payloads), start))
        start = times[-1]
        readings, failures = reference(HR, payloads, times, window)
        expected += readings
        errors += len(failures)
        for ms in times:
            backwards += last is not None and ms < last
            last = ms
        result = asyncio.run(
            session.ingest("strap", HR, b"".join(payloads), [len(p) for p in payloads], times)
        )
        answer = result.to_json()
        assert answer["notifications"] == answer["received"] == len(payloads)
        assert answer["readings"] == len(readings) == answer["stored"]
        assert answer["error_count"] == len(failures)
    assert sink.saved == expected
    summary = session.summary()["devices"]["strap"]
    assert (summary["readings"], summary["errors"], summary["clock_backwards"]) == (
        len(expected),
        errors,
        backwards,
    )


def test_parse_agrees_with_the_fast_path_on_a_public_vector() -> None:
    payload = bytes.fromhex("16485B038003")
    (checked,) = fast(HR, [payload], [START_MS], RRWindow())[0]
    assert checked.reading.value == float(parse(HR, payload).heart_rate)  # type: ignore[union-attr]
