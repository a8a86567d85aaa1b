"""The worker's ingest path: packed batches → parsed, checked, saved and acknowledged readings."""

from __future__ import annotations

import asyncio
import json
from array import array
from asyncio import run
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import wayfarer.ingest as ingest
from wayfarer.ingest import BatchError, IngestSession
from wayfarer.sensors import (
    CHARACTERISTIC_NAMES,
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
        # The GDPR export carries the packed segments and the same readings as plain rows.
        from wayfarer.privacy import privacy_export

        exported: Any = run(privacy_export())
        segments = [record for record in exported["records"] if "readings" in record]
        assert len(segments) == 2
        assert sorted(row["time_ms"] for s in segments for row in s["readings"]) == [*times, 1.8e12, 1.9e12]
        json.dumps(exported, allow_nan=False)
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


def _write_details(vault: Any) -> list[str]:
    journal: Any = run(vault.journal())
    return [e["detail"] or "" for e in journal.log.entries if e["action"] == "write"]


def test_the_worker_session_saves_a_device_together_and_acknowledges_only_what_was_written() -> None:
    from wayfarer._bridge.kv import MemoryKV
    from wayfarer.ingest import SAVE_EVERY_MS, VaultSink
    from wayfarer.store import Vault

    vault = Vault(MemoryKV())
    session = IngestSession(VaultSink(lambda: vault), save_every_ms=SAVE_EVERY_MS)
    # No passphrase yet: nothing can wait for a store, so the batch is acknowledged at once, unsaved.
    first = run(
        session.ingest("strap", 0x2A37, *packed([bytes.fromhex("0048")]), [1.7e12], label="Polar H10")
    )
    answer = first.to_json()  # type: ignore[attr-defined]
    assert (answer["notifications"], answer["saved"], answer["pending"]) == (1, False, 0)
    run(vault.setup("a long enough passphrase for tests"))
    answers = []
    for second in range(3):  # a 1 Hz strap: each batch is shown, none is written yet
        batch = packed([bytes([0x00, 60 + second])])
        result = run(session.ingest("strap", 0x2A37, *batch, [1.7e12 + 1000.0 * (second + 1)]))
        answers.append(result.to_json())  # type: ignore[attr-defined]
    assert [a["notifications"] for a in answers] == [0, 0, 0]
    assert [a["pending"] for a in answers] == [1, 2, 3]
    assert all(a["saved"] and a["stored"] == 0 for a in answers)
    assert answers[-1]["latest"]["heart_rate"]["value"] == 62.0  # shown at once
    assert 0 < answers[-1]["save_in_ms"] <= SAVE_EVERY_MS
    # The page's flush timer (or a disconnect) sends an empty batch: everything waiting is written.
    flushed = run(session.ingest("strap", 0x2A37, b"", [], [])).to_json()  # type: ignore[attr-defined]
    assert (flushed["notifications"], flushed["readings"], flushed["stored"]) == (3, 3, 3)
    assert flushed["saved"] and flushed["pending"] == 0 and flushed["save_in_ms"] is None
    assert [row["value"] for row in ingest_rows(vault)] == [60.0, 61.0, 62.0]
    run(session.ingest("strap", 0x2A37, *packed([bytes.fromhex("0050")]), [1.7e12 + 5000.0]))
    run(session.ingest("strap", 0x2A37, b"", [], []))
    # Two writes, one series: one entry before the first write, one with the count at its end.
    assert _write_details(vault) == ["Started saving heart-rate readings from Polar H10"]
    assert run(vault.close_series()) == 1
    opening, closing = _write_details(vault)
    assert opening.startswith("Started saving")
    assert closing.startswith("Saved 4 heart-rate readings from Polar H10 (")


def ingest_stored(vault: Any) -> Any:
    from wayfarer.privacy import use_vault

    async def rows() -> list[dict[str, object]]:
        use_vault(vault)
        try:
            answer = await ingest.stored()
        finally:
            use_vault(None)
        return [row for rows in answer["devices"].values() for row in rows]

    return rows()


def test_readings_waiting_for_save_rows_are_written_at_once_and_their_series_closed() -> None:
    from wayfarer._bridge.kv import MemoryKV
    from wayfarer.ingest import SAVE_ROWS, SEGMENT_ROWS, VaultSink
    from wayfarer.store import Vault

    vault = Vault(MemoryKV())
    run(vault.setup("a long enough passphrase for tests"))
    session = IngestSession(VaultSink(lambda: vault), save_every_ms=60_000.0)
    payloads = [bytes([0x00, 40 + i % 150]) for i in range(SAVE_ROWS)]
    result = run(
        session.ingest(
            "strap", 0x2A37, *packed(payloads), [1.7e12 + i for i in range(SAVE_ROWS)], label="Strap"
        )
    )
    answer = result.to_json()  # type: ignore[attr-defined]
    assert answer["notifications"] == answer["stored"] == SAVE_ROWS >= SEGMENT_ROWS
    # Written at once: one entry, stored with the segment, that names what was written.
    (saved,) = _write_details(vault)
    assert saved.startswith(f"Saved {SAVE_ROWS:,} heart-rate readings from Strap (")


def test_a_backlog_is_written_once_into_segments_of_its_own() -> None:
    from wayfarer._bridge.kv import MemoryKV
    from wayfarer.ingest import MAX_SEGMENT_ROWS, RECORD_PREFIX, SEGMENT_ROWS, VaultSink
    from wayfarer.store import Vault

    vault = Vault(MemoryKV())
    run(vault.setup("a long enough passphrase for tests"))
    session = IngestSession(VaultSink(lambda: vault))
    puts: list[tuple[str, int, bool]] = []
    put_series = vault.put_series

    async def counted(record_id: str, category: str, data: Any, **options: Any) -> Any:
        puts.append((record_id, data["count"], options["final"]))
        return await put_series(record_id, category, data, **options)

    vault.put_series = counted  # type: ignore[method-assign]
    moment = [1.7e12]

    def batch(count: int, uuid: int = 0x2A37) -> None:
        times = [moment[0] + 1000.0 * i for i in range(count)]
        moment[0] += 1000.0 * count
        if uuid == 0x2A37:
            payloads = [bytes([0x00, 40 + i % 150]) for i in range(count)]
        else:  # blood pressure 120/80 mmHg, mean 93: three readings each
            payloads = [bytes.fromhex("00780050005D00")] * count
        run(session.ingest("strap", uuid, *packed(payloads), times, label="Strap"))

    batch(10)  # the current segment: 10 rows
    batch(2 * SEGMENT_ROWS)  # a backlog: one segment of its own, written once and closed
    pressures = MAX_SEGMENT_ROWS // 3 + 1  # more rows than one big segment holds: two segments
    batch(pressures, 0x2A35)
    batch(5)  # back to the current segment, rewritten with its 15 rows
    current, backlog, half1, half2, top_up = puts
    assert current[1:] == (10, False) and top_up == (current[0], 15, False)
    assert backlog[1:] == (2 * SEGMENT_ROWS, True)
    assert (half1[1], half2[1]) == (-(-3 * pressures // 2), 3 * pressures // 2)
    assert half1[2] and half2[2]
    assert len({current[0], backlog[0], half1[0], half2[0]}) == 4
    rows = ingest_rows(vault)
    assert len(rows) == 15 + 2 * SEGMENT_ROWS + 3 * pressures
    assert sorted({row["time_ms"] for row in rows}) == [
        1.7e12 + 1000.0 * i for i in range(15 + 2 * SEGMENT_ROWS + pressures)
    ]
    records = run(vault.list_records())["records"]  # type: ignore[index]
    assert sum(1 for r in records if r["id"].startswith(RECORD_PREFIX)) == 4
    details = _write_details(vault)
    assert f"Saved {2 * SEGMENT_ROWS:,} heart-rate readings from Strap (" in " ".join(details)


def test_waiting_readings_are_written_when_the_first_has_waited_long_enough() -> None:
    session = IngestSession(ListSink(), save_every_ms=1e-6)
    sink = session.sink
    assert isinstance(sink, ListSink)
    first = run(session.ingest("hr", 0x2A37, *packed([bytes.fromhex("0048")]), [1.7e12])).to_json()  # type: ignore[attr-defined]
    assert first["notifications"] == 0 and first["pending"] == 1
    second = run(session.ingest("hr", 0x2A37, *packed([bytes.fromhex("0049")]), [1.7e12 + 1])).to_json()  # type: ignore[attr-defined]
    assert (second["notifications"], second["readings"], second["stored"], second["pending"]) == (2, 2, 2, 0)
    assert [c.reading.value for _, batch in sink.saved for c in batch] == [72.0, 73.0]


def test_a_failed_write_keeps_the_waiting_readings_for_the_next_try() -> None:
    session = IngestSession(ListSink(), save_every_ms=60_000.0)
    sink = session.sink
    assert isinstance(sink, ListSink)
    run(session.ingest("hr", 0x2A37, *packed([bytes.fromhex("0048")]), [1.0]))
    sink.fail = True
    with pytest.raises(OSError):
        run(session.ingest("hr", 0x2A37, b"", [], []))
    sink.fail = False
    answer = run(session.ingest("hr", 0x2A37, b"", [], [])).to_json()  # type: ignore[attr-defined]
    assert (answer["notifications"], answer["stored"]) == (1, 1)


def test_the_activity_log_shows_a_series_as_one_line() -> None:
    from wayfarer._bridge.kv import MemoryKV
    from wayfarer.ingest import VaultSink
    from wayfarer.privacy import audit_read, use_vault
    from wayfarer.store import Vault

    vault = Vault(MemoryKV())
    run(vault.setup("a long enough passphrase for tests"))
    session = IngestSession(VaultSink(lambda: vault))
    payloads = [bytes([0x00, 70])] * 1024
    for batch in range(2):
        times = [1.7e12 + 1000.0 * (i + 1024 * batch) for i in range(1024)]
        run(session.ingest("ble:h10", 0x2A37, *packed(payloads), times, label="Polar H10"))
    use_vault(vault)
    try:
        texts = [entry["text"] for entry in run(audit_read())["entries"]]  # type: ignore[index]
    finally:
        use_vault(None)
    saved = [text for text in texts if "heart-rate readings" in text]
    assert len(saved) == 2  # two segments, each written at once: one line each, naming what it saved
    assert all(" — Saved 1,024 heart-rate readings from Polar H10 (" in text for text in saved)


def ingest_rows(vault: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = run(ingest_stored(vault))  # type: ignore[assignment]
    return rows


def test_locking_and_a_dropped_device_close_the_open_series() -> None:
    from wayfarer import privacy
    from wayfarer._bridge.kv import MemoryKV
    from wayfarer.ingest import VaultSink
    from wayfarer.store import Vault

    vault = Vault(MemoryKV())
    run(vault.setup("a long enough passphrase for tests"))
    session = IngestSession(VaultSink(lambda: vault), save_every_ms=1.0)
    privacy.use_vault(vault)
    try:
        run(session.ingest("strap", 0x2A37, *packed([bytes([0x00, 61])]), [1.7e12], label="Polar H10"))
        run(session.ingest("strap", 0x2A37, b"", [], []))
        assert _write_details(vault) == ["Started saving heart-rate readings from Polar H10"]
        run(ingest.disconnected("strap"))
        assert _write_details(vault)[-1].startswith("Saved 1 heart-rate reading")
        run(
            session.ingest(
                "strap", 0x2A37, *packed([bytes([0x00, 62])]), [1.7e12 + 9000.0], label="Polar H10"
            )
        )
        run(session.ingest("strap", 0x2A37, b"", [], []))
        run(privacy.store_lock())
        assert not vault.unlocked
        assert _write_details(vault)[-1].startswith("Saved 1 heart-rate reading")
    finally:
        privacy.use_vault(None)


# --- bad input: each bad payload is one clear, logged error; the session goes on; memory is bounded


BAD_PAYLOADS = [
    # (characteristic, payload, what the error says)
    (0x2A37, "06", "ends inside the Heart Rate Measurement Value (uint8) field"),  # truncated
    (0x2A37, "004800", "1 unexpected byte(s) from byte 2"),  # oversized
    (0x2A37, "0148", "ends inside the Heart Rate Measurement Value (uint16) field"),  # flags: uint16
    (0x2A37, "1048", "announce RR-Intervals (bit 4) but none follow"),  # flags: RR, none sent
    (0x2A37, "10480004AA", "not a whole number of 2-byte intervals"),  # half an RR-interval
    (0x2A37, "", "empty payload"),
    (0x2A35, "00780050005D", "ends inside the Blood Pressure Measurement Compound Value field"),
    (0x2A35, "04780050005D00", "ends inside the Pulse Rate field"),  # flags announce a pulse rate
    (0x2A35, "00780050005D0000", "1 unexpected byte(s) from byte 7"),
    (0x2A1C, "02B20E00FE", "ends inside the Time Stamp field"),  # flags announce a time stamp
    (0x2A1C, "00B20E00FE02", "1 unexpected byte(s) from byte 5"),
    (0x2A5F, "016100480061", "ends inside the SpO2PR-Fast field"),
    (0x2A5E, "00610048", "ends inside the SpO2PR-Spot-Check field"),
    (0x2A18, "000100E8070301", "ends inside the Base Time field"),
]
GOOD = {
    0x2A37: "0048",
    0x2A35: "00780050005D00",
    0x2A1C: "00B20E00FE",
    0x2A5F: "0061004800",
    0x2A5E: "0061004800",
    0x2A18: "020100E807030A071E0061B011",  # 97 mg/dL, capillary blood from a finger
}


@pytest.mark.parametrize(
    ("uuid", "payload", "message"), BAD_PAYLOADS, ids=lambda v: f"{v:#x}" if isinstance(v, int) else None
)
def test_a_bad_payload_is_one_clear_logged_error_and_the_batch_goes_on(
    uuid: int, payload: str, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    session = IngestSession(ListSink())
    good = bytes.fromhex(GOOD[uuid])
    payloads = [good, bytes.fromhex(payload), good]
    with caplog.at_level("WARNING", logger="wayfarer.ingest"):
        result = run(session.ingest("dev", uuid, *packed(payloads), [1.7e12, 1.7e12 + 1, 1.7e12 + 2]))
    (error,) = result.errors  # type: ignore[attr-defined]
    assert (error.index, error.payload_hex) == (1, payload.lower())
    assert message in error.message
    assert error.to_json()["characteristic"] == CHARACTERISTIC_NAMES[uuid]
    (logged,) = [r.getMessage() for r in caplog.records if "payload 1" in r.getMessage()]
    assert payload.lower() in logged and message in logged
    per_good = len(result.readings) // 2  # type: ignore[attr-defined]
    assert per_good >= 1 and len(result.readings) == 2 * per_good  # type: ignore[attr-defined]
    # The session goes on: the next batch is read as usual.
    after = run(session.ingest("dev", uuid, *packed([good]), [1.7e12 + 3]))
    assert after.errors == () and len(after.readings) == per_good  # type: ignore[attr-defined]
    assert session.summary()["devices"]["dev"]["errors"] == 1


def test_a_clock_jump_is_logged_restarts_the_rr_window_and_keeps_the_given_times(
    caplog: pytest.LogCaptureFixture,
) -> None:
    session = IngestSession(ListSink())
    beat = bytes.fromhex("1048" + "0004" * 3)  # 72 bpm, three RR-intervals of 1 s
    run(session.ingest("hr", 0x2A37, *packed([beat] * 4), [1.7e12 + 1000.0 * i for i in range(4)]))
    assert len(session.devices["hr"].rr_window) == 12
    with caplog.at_level("WARNING", logger="wayfarer.ingest"):
        back = run(session.ingest("hr", 0x2A37, *packed([beat]), [1.7e12 - 3_600_000.0]))
    assert back.clock_backwards_ms == 3_600_000.0 + 3000.0  # type: ignore[attr-defined]
    assert any("went back 3603.0 s" in r.getMessage() for r in caplog.records)
    assert len(session.devices["hr"].rr_window) == 3  # the partial window was dropped
    (reading,) = back.readings  # type: ignore[attr-defined]
    assert reading.reading.time.timestamp() * 1000.0 == 1.7e12 - 3_600_000.0
    forward = run(session.ingest("hr", 0x2A37, *packed([beat]), [1.7e12 + 10_000.0]))
    assert forward.clock_backwards_ms == 0.0 and len(forward.readings) == 1  # type: ignore[attr-defined]
    assert session.summary()["devices"]["hr"]["clock_backwards"] == 1


def test_a_flooding_device_cannot_grow_memory() -> None:
    session = IngestSession(ListSink(), save_every_ms=60_000.0)
    bad = bytes.fromhex("06")
    # A batch beyond MAX_BATCH is refused whole (the page caps its queue at the same number).
    with pytest.raises(BatchError, match="at most 8192"):
        run(session.ingest("hr", 0x2A37, *packed([bad] * (ingest.MAX_BATCH + 1)), [1.0] * 8193))
    # Many bad payloads: all counted, only the last MAX_RECENT_ERRORS kept for the screen.
    for round_ in range(3):
        times = [1.7e12 + round_ * 10_000 + i for i in range(ingest.MAX_BATCH)]
        result = run(session.ingest("hr", 0x2A37, *packed([bad] * ingest.MAX_BATCH), times))
        assert len(result.errors) == ingest.MAX_BATCH  # type: ignore[attr-defined]
        assert len(result.to_json()["errors"]) == 20  # type: ignore[attr-defined]
    summary = session.summary()
    assert summary["errors"] == 3 * ingest.MAX_BATCH
    assert len(summary["recent_errors"]) == len(session.recent_errors) == 20
    # Good readings waiting to be written are written once SAVE_ROWS wait, whatever their age.
    good = bytes.fromhex("1048" + "0004" * 9)
    for round_ in range(12):
        times = [1.8e12 + 1000.0 * (round_ * 600 + i) for i in range(600)]
        run(session.ingest("hr", 0x2A37, *packed([good] * 600), times))
        state = session.devices["hr"]
        assert state.pending_readings < ingest.SAVE_ROWS
        assert len(state.rr_window) < 30 + 9  # the RR window keeps one window plus a notification


def test_segments_are_columns_and_earlier_text_segments_still_read() -> None:
    from wayfarer._bridge.kv import MemoryKV
    from wayfarer.ingest import FORMAT, ROWS_FORMAT, VaultSink
    from wayfarer.store import Vault

    vault = Vault(MemoryKV())
    run(vault.setup("a long enough passphrase for tests"))
    earlier = {
        "format": ROWS_FORMAT,
        "device": "ble:old",
        "columns": ["time_ms", "parameter", "value", "unit", "source", "check"],
        "rows": "1699999999000.0,heart_rate,64.0,/min,ble:old,ok",
        "notes": {},
    }
    run(vault.put("sensors-0123456789-00-00000", "vitals", earlier))
    session = IngestSession(VaultSink(lambda: vault))
    payloads = [bytes([0x00, 70]), bytes([0x00, 0]), bytes([0x00, 71])]  # 0 bpm: no signal
    times = [1.7e12 + 0.25, 1.7e12 + 1000.0, 1.7e12 + 2000.0]
    run(session.ingest("ble:new", 0x2A37, *packed(payloads), times, label="Strap"))
    records = run(vault.list_records())["records"]  # type: ignore[index]
    new_id = next(r["id"] for r in records if r["id"] != "sensors-0123456789-00-00000")
    data = run(vault.get(new_id))["data"]  # type: ignore[index]
    assert data["format"] == FORMAT and data["count"] == 3
    assert len(data["kinds"]) == 2  # ok and no signal, in three runs
    assert ingest.read_rows(data)[1]["check"] == data["kinds"][1][3] != data["kinds"][0][3]
    rows = ingest_rows(vault)
    assert [(r["device"], r["value"], r["time_ms"]) for r in rows] == [
        ("ble:old", 64.0, 1699999999000.0),
        ("ble:new", 70.0, 1.7e12 + 0.25),
        ("ble:new", 0.0, 1.7e12 + 1000.0),
        ("ble:new", 71.0, 1.7e12 + 2000.0),
    ]
    assert rows[2]["check"] != "ok" and rows[1]["check"] == rows[3]["check"] == "ok"
    assert {r["unit"] for r in rows} == {"/min"}


@pytest.mark.parametrize(
    "change",
    [
        {"count": 4},
        {"received_ms": "not base64!"},
        {"values": "AAAA"},
        {"runs": "AAAAAAIAAAA="},  # kind 0 for 2 rows, not 3
        {"runs": "AQAAAAMAAAA="},  # kind 1: there is none
        {"kinds": [["heart_rate", "bpm", "x"]]},
        {"format": "wayfarer-sensor-rows/9"},
    ],
)
def test_a_segment_whose_parts_do_not_fit_is_refused(change: dict[str, Any]) -> None:
    from wayfarer.ingest._store import Columns, segment_data

    data = segment_data(
        "d", Columns([1.0, 2.0, 3.0], [60.0, 61.0, 62.0], [("heart_rate", "bpm", "x", "ok")] * 3), {}
    )
    assert [row["value"] for row in ingest.read_rows(data)] == [60.0, 61.0, 62.0]
    with pytest.raises(ValueError):
        ingest.read_rows({**data, **change})
