"""The worker's ingest path: packed batches → parsed, checked, saved and acknowledged readings."""

from __future__ import annotations

import asyncio
import json
from array import array
from collections.abc import Sequence
from pathlib import Path

import pytest

import wayfarer.ingest as ingest
from wayfarer.ingest import BatchError, IngestSession
from wayfarer.sensors import (
    CheckedReading,
    ConnectionEvent,
    Notification,
    ParseFailure,
    RRWindow,
    check_readings,
    load_recording,
    parse,
    parse_many,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "sensors"


class ListSink:
    """A test sink: keeps what it is given, like a store would, and can be made to fail."""

    def __init__(self) -> None:
        self.saved: list[tuple[str, list[CheckedReading]]] = []
        self.fail = False

    async def save(self, device: str, readings: Sequence[CheckedReading]) -> int:
        await asyncio.sleep(0)
        if self.fail:
            raise OSError("disk full")
        self.saved.append((device, list(readings)))
        return len(readings)


def packed(payloads: Sequence[bytes]) -> tuple[bytes, array[int]]:
    return b"".join(payloads), array("H", [len(p) for p in payloads])


def ms(notification: Notification) -> float:
    return notification.received_at.timestamp() * 1000.0


def run(coroutine: object) -> object:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


def replay(session: IngestSession, name: str, batch: int = 64) -> list[object]:
    """Feed a recording through the session as the page would: per device+characteristic batches."""
    results: list[object] = []
    pending: dict[tuple[str, int], list[Notification]] = {}

    async def flush(key: tuple[str, int]) -> None:
        notes = pending.pop(key, [])
        if notes:
            data, lengths = packed([n.payload for n in notes])
            times = array("d", [ms(n) for n in notes])
            results.append(await session.ingest(key[0], key[1], data, lengths, times))

    async def main() -> None:
        for event in load_recording(DATA / f"{name}.jsonl").events():
            if isinstance(event, ConnectionEvent):
                for key in [k for k in pending if k[0] == event.device]:
                    await flush(key)
                if event.kind == "disconnect":
                    session.disconnected(event.device)
                continue
            key = (event.device, event.uuid)
            pending.setdefault(key, []).append(event)
            if len(pending[key]) >= batch:
                await flush(key)
        for key in list(pending):
            await flush(key)

    asyncio.run(main())
    return results


def test_a_recording_gives_the_same_readings_as_parsing_it_directly() -> None:
    sink = ListSink()
    session = IngestSession(sink)
    replay(session, "calm_day")
    expected: list[CheckedReading] = []
    windows: dict[str, RRWindow] = {}
    for event in load_recording(DATA / "calm_day.jsonl").events():
        if isinstance(event, Notification):
            measurement = parse(event.uuid, event.payload)
            window = windows.setdefault(event.device, RRWindow())
            expected.extend(check_readings(measurement, event.received_at, rr_window=window))
    saved = [checked for _, batch in sink.saved for checked in batch]
    assert sorted(saved, key=lambda c: (c.reading.time, c.reading.parameter)) == sorted(
        expected, key=lambda c: (c.reading.time, c.reading.parameter)
    )
    summary = session.summary()
    assert summary["stored"] == summary["readings"] == len(expected)
    assert summary["errors"] == 0
    assert summary["latest"]["heart_rate"]["unit"] == "/min"
    assert any(c.reading.parameter == "hrv_rmssd" for c in saved)


def test_flaky_connection_reports_the_truncated_payload_and_goes_on() -> None:
    session = IngestSession(ListSink())
    recording = load_recording(DATA / "flaky_connection.jsonl")
    bad = [
        (n, r)
        for n in recording.notifications()
        for r in parse_many(n.uuid, [n.payload])
        if isinstance(r, ParseFailure)
    ]
    assert bad, "the recording holds a malformed payload on purpose"
    replay(session, "flaky_connection")
    summary = session.summary()
    assert summary["errors"] == len(bad)
    error = summary["recent_errors"][0]
    assert error["hex"] == bad[0][0].payload.hex()
    assert error["message"] == str(bad[0][1].error)
    assert summary["notifications"] == len(recording.notifications())
    # The clock jump of the recording shows as a receive time going backwards.
    assert sum(d["clock_backwards"] for d in summary["devices"].values()) >= 1
    assert summary["devices"]["hr"]["disconnects"] >= 1


def test_nothing_is_acknowledged_when_the_store_refuses_the_write() -> None:
    sink = ListSink()
    sink.fail = True
    session = IngestSession(sink)
    data, lengths = packed([bytes.fromhex("0048")])
    with pytest.raises(OSError):
        run(session.ingest("hr", 0x2A37, data, lengths, [1.7e12]))
    assert session.summary()["readings"] == 0
    assert session.summary()["latest"] == {}


def test_without_a_store_readings_are_shown_but_say_not_saved() -> None:
    session = IngestSession(None)
    data, lengths = packed([bytes.fromhex("0048")])
    result = run(session.ingest("hr", 0x2A37, data, lengths, [1.7e12]))
    answer = result.to_json()  # type: ignore[attr-defined]
    assert answer["saved"] is False and answer["stored"] == 0
    assert answer["latest"]["heart_rate"]["value"] == 72.0
    assert session.summary()["saving"] is False


def test_a_disconnect_restarts_the_rr_window() -> None:
    session = IngestSession(None)
    payload = bytes.fromhex("1048" + "0004" * 3)  # 3 intervals of 1 s
    data, lengths = packed([payload] * 5)
    run(session.ingest("hr", 0x2A37, data, lengths, [1.7e12 + i * 1000 for i in range(5)]))
    assert len(session.devices["hr"].rr_window) == 15
    session.disconnected("hr")
    assert len(session.devices["hr"].rr_window) == 0


@pytest.mark.parametrize(
    ("lengths", "times", "message"),
    [
        ([1], [1.0], "lengths cover"),
        ([2], [1.0, 2.0], "receive times"),
        ([2], [float("nan")], "not milliseconds"),
    ],
)
def test_a_malformed_batch_is_refused_with_a_reason(
    lengths: list[int], times: list[float], message: str
) -> None:
    session = IngestSession(None)
    with pytest.raises(BatchError, match=message):
        run(session.ingest("hr", 0x2A37, bytes.fromhex("0048"), lengths, times))


def test_an_unknown_characteristic_is_refused() -> None:
    with pytest.raises(BatchError, match="0x2A99"):
        run(IngestSession(None).ingest("x", 0x2A99, b"\x00", [1], [1.0]))


def test_devices_are_bounded() -> None:
    session = IngestSession(None)
    data, lengths = packed([bytes.fromhex("0048")])
    for index in range(ingest.MAX_DEVICES):
        run(session.ingest(f"d{index}", 0x2A37, data, lengths, [1.0]))
    with pytest.raises(BatchError, match="already following"):
        run(session.ingest("one-more", 0x2A37, data, lengths, [1.0]))


def test_ingest_json_never_raises_and_takes_typed_buffers() -> None:
    ingest.reset()
    data, lengths = packed([bytes.fromhex("0048"), bytes.fromhex("00"), bytes.fromhex("0050")])
    text = run(
        ingest.ingest_json("strap", 0x2A37, data, lengths, array("d", [1.7e12, 1.7e12 + 1, 1.7e12 + 2]))
    )
    answer = json.loads(text)  # type: ignore[arg-type]
    assert answer["ok"]["notifications"] == 3
    assert answer["ok"]["error_count"] == 1
    assert answer["ok"]["latest"]["heart_rate"]["value"] == 80.0
    failed = json.loads(run(ingest.ingest_json("strap", 0x2A37, data, [1], [1.0])))  # type: ignore[arg-type]
    assert failed["error"]["name"] == "BatchError"
    assert ingest.summary()["notifications"] == 3
    assert ingest.reset()["notifications"] == 0


def test_readings_are_in_the_encrypted_store_before_the_acknowledgement() -> None:
    from wayfarer._bridge.kv import MemoryKV
    from wayfarer.ingest import SEGMENT_ROWS, VaultSink
    from wayfarer.privacy import use_vault
    from wayfarer.store import Vault

    vault = Vault(MemoryKV())
    use_vault(vault)
    try:
        session = IngestSession(VaultSink(lambda: vault))
        data, lengths = packed([bytes.fromhex("0048")])
        # No passphrase yet: nowhere to save, and the acknowledgement says so.
        first = run(session.ingest("strap", 0x2A37, data, lengths, [1.7e12]))
        assert first.saved is False and first.stored == 0  # type: ignore[attr-defined]
        run(vault.setup("a long enough passphrase for tests"))
        payloads = [bytes([0x00, 40 + i % 150]) for i in range(SEGMENT_ROWS + 300)]
        data, lengths = packed(payloads)
        times = [1.7e12 + 1000 * i for i in range(len(payloads))]
        result = run(session.ingest("strap", 0x2A37, data, lengths, times))
        assert result.saved and result.stored == len(payloads)  # type: ignore[attr-defined]
        more = run(session.ingest("strap", 0x2A37, *packed([bytes.fromhex("0050")]), [1.8e12]))
        assert more.saved  # type: ignore[attr-defined]
        vault.lock()
        locked = run(session.ingest("strap", 0x2A37, *packed([bytes.fromhex("0051")]), [1.9e12]))
        assert locked.saved  # type: ignore[attr-defined]  # sealed to the write-only inbox
        run(vault.unlock("a long enough passphrase for tests"))
        back = run(ingest.stored())
        rows = back["devices"]["strap"]  # type: ignore[index]
        assert [row["value"] for row in rows] == [float(p[1]) for p in payloads] + [80.0, 81.0]
        assert [row["time_ms"] for row in rows] == [*times, 1.8e12, 1.9e12]
        assert {row["parameter"] for row in rows} == {"heart_rate"}
        listed = run(vault.list_records())["records"]  # type: ignore[index]
        assert len(listed) == 2  # segments, not one record per reading
        assert all(record["category"] == "vitals" for record in listed)
    finally:
        use_vault(None)


def test_a_failed_store_write_is_not_acknowledged_and_the_segment_is_kept() -> None:
    from wayfarer.ingest import VaultSink

    class Flaky:
        def __init__(self) -> None:
            self.records: dict[str, object] = {}
            self.fail = False

        async def put(self, record_id: str, category: str, data: object) -> dict[str, object]:
            if self.fail:
                raise OSError("quota exceeded")
            self.records[record_id] = data
            return {"id": record_id, "stored": "records"}

    store = Flaky()
    session = IngestSession(VaultSink(lambda: store))
    run(session.ingest("strap", 0x2A37, *packed([bytes.fromhex("0048")]), [1.0]))
    store.fail = True
    with pytest.raises(OSError):
        run(session.ingest("strap", 0x2A37, *packed([bytes.fromhex("0049")]), [2.0]))
    store.fail = False
    run(session.ingest("strap", 0x2A37, *packed([bytes.fromhex("004A")]), [3.0]))
    (data,) = store.records.values()
    assert [row["value"] for row in ingest.read_rows(data)] == [72.0, 74.0]  # type: ignore[arg-type]
    assert session.summary()["readings"] == 2
