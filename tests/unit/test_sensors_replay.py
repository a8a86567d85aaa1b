"""The recorded-device simulator and the three recordings in tests/data/sensors/."""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from build_scripts import make_recordings

from wayfarer.sensors import (
    ConnectionEvent,
    Measurement,
    Notification,
    ParseFailure,
    RecordingError,
    RRWindow,
    check_readings,
    load_recording,
    parse_many,
    parse_recording,
)
from wayfarer.sensors.replay import Entry, Recording, dump_recording
from wayfarer.vitals import Parameter

DATA = Path(__file__).resolve().parents[1] / "data" / "sensors"
NAMES = ("calm_day", "night_of_deterioration", "flaky_connection")
DEVICE_UTC_OFFSET = timedelta(hours=1)


def _load(name: str) -> Recording:
    return load_recording(DATA / f"{name}.jsonl")


def _run(
    recording: Recording, batch: int = 32
) -> tuple[list[tuple[Notification, Measurement]], list[tuple[Notification, ParseFailure]]]:
    """Feed notifications to parse_many in per-characteristic batches, as the worker does."""
    parsed: list[tuple[Notification, Measurement]] = []
    failed: list[tuple[Notification, ParseFailure]] = []
    queues: dict[int, list[Notification]] = defaultdict(list)

    def flush(uuid: int) -> None:
        pending = queues.pop(uuid, [])
        for note, result in zip(pending, parse_many(uuid, [n.payload for n in pending]), strict=True):
            if isinstance(result, ParseFailure):
                failed.append((note, result))
            else:
                parsed.append((note, result))

    for event in recording.events():
        if isinstance(event, Notification):
            queues[event.uuid].append(event)
            if len(queues[event.uuid]) >= batch:
                flush(event.uuid)
    for uuid in list(queues):
        flush(uuid)
    return parsed, failed


def _series(recording: Recording) -> dict[Parameter, list[tuple[float, float]]]:
    """(offset seconds, value) per parameter, through check_readings with one RR window per recording."""
    window = RRWindow()
    series: dict[Parameter, list[tuple[float, float]]] = defaultdict(list)
    parsed, _ = _run(recording)
    for note, measurement in sorted(parsed, key=lambda pair: pair[0].offset):
        for checked in check_readings(measurement, note.received_at, rr_window=window):
            assert checked.plausibility.plausible, checked
            assert isinstance(checked.reading.value, float)
            series[checked.reading.parameter].append((note.offset, checked.reading.value))
    return series


@pytest.mark.parametrize("name", NAMES)
def test_recordings_are_small_and_reproducible(name: str) -> None:
    path = DATA / f"{name}.jsonl"
    assert path.stat().st_size < 200_000
    assert make_recordings.build_all()[path.name] == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_recordings_round_trip_through_dump(name: str) -> None:
    recording = _load(name)
    text = dump_recording(
        recording.name, recording.start, recording.description, recording.devices, recording.entries
    )
    assert parse_recording(text) == recording


def test_calm_day_is_calm() -> None:
    recording = _load("calm_day")
    _parsed, failed = _run(recording)
    assert failed == []
    assert recording.duration > 23 * 3600
    series = _series(recording)
    ranges = {
        Parameter.HEART_RATE: (55, 80),
        Parameter.SPO2: (94, 99),
        Parameter.SYSTOLIC_BP: (120, 145),
        Parameter.DIASTOLIC_BP: (70, 85),
        Parameter.TEMPERATURE: (36.2, 37.3),
        Parameter.HRV_RMSSD: (8, 40),
        Parameter.PERFUSION_INDEX: (1.5, 4.5),
    }
    for parameter, (low, high) in ranges.items():
        values = [value for _, value in series[parameter]]
        assert values, parameter
        assert low <= min(values) and max(values) <= high, (parameter, min(values), max(values))
    assert len(series[Parameter.HRV_RMSSD]) >= 24  # at least two windows per 90-second strap session


def test_night_of_deterioration_deteriorates() -> None:
    recording = _load("night_of_deterioration")
    _, failed = _run(recording)
    assert failed == []
    series = _series(recording)

    def first_and_last_hour(parameter: Parameter) -> tuple[float, float]:
        points = series[parameter]
        end = points[-1][0]
        first = statistics.median(v for t, v in points if t < 3600)
        last = statistics.median(v for t, v in points if t > end - 3600)
        return first, last

    hr = first_and_last_hour(Parameter.HEART_RATE)
    spo2 = first_and_last_hour(Parameter.SPO2)
    temperature = first_and_last_hour(Parameter.TEMPERATURE)
    systolic = first_and_last_hour(Parameter.SYSTOLIC_BP)
    rmssd = first_and_last_hour(Parameter.HRV_RMSSD)
    assert hr[0] < 80 and hr[1] > 110
    assert spo2[0] >= 95 and spo2[1] <= 91
    assert temperature[0] < 37.3 and temperature[1] >= 38.5
    assert systolic[0] > 125 and systolic[1] <= 95
    assert rmssd[0] > 2 * rmssd[1]


def test_flaky_connection() -> None:
    recording = _load("flaky_connection")
    events = list(recording.events())
    parsed, failed = _run(recording)
    # Exactly one bad payload, reported with its characteristic; the session went on after it.
    ((note, failure),) = failed
    assert note.payload == make_recordings.TRUNCATED_HEART_RATE and note.offset == 700.5
    assert "0x2A37" in str(failure.error) and "truncated" in str(failure.error)
    assert any(n.offset > note.offset and n.uuid == 0x2A37 for n, _ in parsed)
    # Drops: no heart-rate notification while the strap was away, and flapping reconnects.
    hr_offsets = [e.offset for e in events if isinstance(e, Notification) and e.uuid == 0x2A37]
    assert not any(300 <= t < 345 for t in hr_offsets)
    kinds = [e.kind for e in events if isinstance(e, ConnectionEvent) and e.device == "plx"]
    assert kinds.count("disconnect") == 5 and kinds.count("reconnect") == 5
    # Duplicates arrive as such: three identical notifications at the same moment.
    duplicates = [e for e in events if isinstance(e, Notification) and e.offset == 600.25]
    assert len(duplicates) == 3 and len({d.payload for d in duplicates}) == 1
    # The phone's clock jumps back 10 minutes: received_at goes backwards once.
    stamps = [e.received_at for e in events]
    backwards = [(a, b) for a, b in itertools.pairwise(stamps) if b < a]
    assert len(backwards) == 1 and backwards[0][0] - backwards[0][1] > timedelta(minutes=9)
    # The oximeter off the finger gives no readings; the cuff with its clock unset says so.
    off = [m for n, m in parsed if n.offset == 651.25]
    assert off and check_readings(off[0], recording.start) == []
    unset = [m for n, m in parsed if n.offset == 903 and n.uuid == 0x2A35]
    assert unset[0].special == {"timestamp": "unknown: year=0 month=0 day=0 time=00:14:58"}
    # Stored cuff readings are dated by the cuff's clock when its offset is known.
    stored = [m for n, m in parsed if n.offset == 901 and n.uuid == 0x2A35]
    (systolic, *_) = check_readings(stored[0], recording.start, device_utc_offset=DEVICE_UTC_OFFSET)
    assert systolic.reading.time == recording.start - timedelta(hours=2)


def test_rr_window_does_not_bridge_the_dropped_connection() -> None:
    recording = _load("flaky_connection")
    window = RRWindow()
    rmssd_times = []
    for note, measurement in _run(recording)[0]:
        for checked in check_readings(measurement, note.received_at, rr_window=window):
            if checked.reading.parameter is Parameter.HRV_RMSSD:
                rmssd_times.append(note.offset)
    assert rmssd_times
    # A window completing just after the reconnect at 345 s would hold beats from before the drop.
    assert not any(345 <= t < 345 + 20 for t in rmssd_times)


# --- format errors ----------------------------------------------------------------------------

HEADER = '{"format": "wayfarer-ble-replay/1", "name": "x", "start": "2026-11-23T08:00:00Z"}'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"t": 1, "uuid": "0x2A37", "hex": "zz"}', "line 2: 'hex' 'zz' is not hexadecimal"),
        (
            '{"t": 2, "uuid": "0x2A37", "hex": "0048"}\n{"t": 1, "uuid": "0x2A37", "hex": "0048"}',
            "line 3: 't' 1 goes back",
        ),
        ('{"t": 1, "event": "explode"}', "line 2: unknown event 'explode'"),
        ('{"t": 1, "uuid": "heart", "hex": "0048"}', "line 2: 'uuid' must be like"),
        ('{"t": -1, "uuid": "0x2A37", "hex": "0048"}', "line 2: 't' must be seconds"),
        ('{"t": 1, "event": "clock_jump"}', "line 2: a clock_jump needs 'seconds'"),
        ("{not json", "line 2: not JSON"),
    ],
)
def test_format_errors_name_the_line(body: str, message: str) -> None:
    with pytest.raises(RecordingError, match=message.replace("(", r"\(")):
        parse_recording(HEADER + "\n" + body + "\n")


def test_header_errors() -> None:
    with pytest.raises(RecordingError, match="empty"):
        parse_recording("\n")
    with pytest.raises(RecordingError, match="format"):
        parse_recording('{"format": "something else"}')
    with pytest.raises(RecordingError, match="no UTC offset"):
        parse_recording('{"format": "wayfarer-ble-replay/1", "start": "2026-11-23T08:00:00"}')


def test_events_apply_clock_jumps_to_later_entries_only() -> None:
    start = datetime(2026, 11, 23, 8, tzinfo=UTC)
    entries = (
        Entry(1.0, "notification", "hr", 0x2A37, b"\x00\x48"),
        Entry(2.0, "clock_jump", seconds=-60),
        Entry(3.0, "notification", "hr", 0x2A37, b"\x00\x49"),
        Entry(4.0, "disconnect", "hr"),
    )
    recording = parse_recording(dump_recording("t", start, "", {}, entries))
    assert recording.entries == entries
    first, second, drop = recording.events()
    assert isinstance(first, Notification) and first.received_at == start + timedelta(seconds=1)
    assert isinstance(second, Notification) and second.received_at == start - timedelta(seconds=57)
    assert isinstance(drop, ConnectionEvent) and (drop.kind, drop.offset) == ("disconnect", 4.0)
