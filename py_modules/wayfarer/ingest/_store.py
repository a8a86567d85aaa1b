"""The encrypted store as the ingest session's sink: readings are written before they are acknowledged.

Readings go into ``vitals`` records of the :class:`wayfarer.store.Vault` (AES-GCM-256 when unlocked,
the write-only inbox while locked). One record holds a *segment* of one device's readings: each
batch rewrites the device's current segment with the new rows added, in one transaction, so a
crash loses nothing that was acknowledged and a day of a 1 Hz strap is a few hundred records, not
86,400. A segment closes at :data:`SEGMENT_ROWS` rows. A write of at least that many rows that does
not fit in the current segment (a backlog, a flooding device) goes into segments of its own of up to
:data:`MAX_SEGMENT_ROWS` rows, each written once and closed; the current segment stays current.

A segment holds its readings as columns (:data:`FORMAT`): the times and the values as little-endian
float64 arrays in base64 (``received_ms``, the receive times the page gave, or ``time_ms``, row
times already; and ``values``: the numbers exactly as measured, no text formatting per reading);
``kinds``, the distinct ``[parameter, unit, source, check]`` of its rows, and ``runs``,
little-endian uint32 pairs in base64 (kind number, rows) for each run of rows of one kind; ``count``
is the number of rows. Device warnings are kept beside them by row number. :func:`read_rows` turns a
segment back into one dict per reading (``time_ms,parameter,value,unit,source,check``, the time in
ms since 1970 UTC rounded to the microsecond like the reading's datetime); it also reads the text
rows of earlier segments (:data:`ROWS_FORMAT`, one ``time_ms,parameter,value,unit,source,check``
line per reading).
The record ids are public labels (``sensors-<session>-<device number>-<segment>``) and never carry
a health value.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import re
import secrets
import sys
import time
from array import array
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby
from typing import Any, Final, Protocol

from wayfarer.sensors import CheckedBatch, CheckedReading
from wayfarer.store import NotSetUpError
from wayfarer.vitals import CANONICAL_UNIT, Parameter

FORMAT: Final = "wayfarer-sensor-columns/1"
ROWS_FORMAT: Final = "wayfarer-sensor-rows/1"
"""Segments written before the columns: one text row per reading. Read, never written."""
COLUMNS: Final = ("time_ms", "parameter", "value", "unit", "source", "check")
SEGMENT_ROWS: Final = 1024
MAX_SEGMENT_ROWS: Final = 16384
"""Rows of one segment written at once from a big write (a backlog, a flood): never rewritten."""
RECORD_PREFIX: Final = "sensors-"
READY_RECHECK_S: Final = 1.0


class RecordStore(Protocol):
    """What the sink needs of :class:`wayfarer.store.Vault`."""

    async def put(self, record_id: str, category: str, data: object) -> dict[str, Any]: ...


KINDS: Final = {
    Parameter.HEART_RATE: "heart-rate readings",
    Parameter.HRV_RMSSD: "heart-rate variability readings",
    Parameter.PULSE_RATE: "pulse readings",
    Parameter.SPO2: "oxygen-level readings",
    Parameter.PERFUSION_INDEX: "perfusion readings",
    Parameter.SYSTOLIC_BP: "blood-pressure readings",
    Parameter.DIASTOLIC_BP: "blood-pressure readings",
    Parameter.MEAN_ARTERIAL_PRESSURE: "blood-pressure readings",
    Parameter.TEMPERATURE: "temperature readings",
    Parameter.BLOOD_GLUCOSE: "blood-sugar readings",
}
"""How the activity log names what a sensor saved (blood pressure counts each of its values)."""
_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f]")


def _kinds(parameters: Sequence[Parameter]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for parameter, run in groupby(parameters):  # runs, not a hash per reading
        kind = KINDS.get(parameter, f"{parameter.value.replace('_', ' ')} readings")
        counts[kind] = counts.get(kind, 0) + len(list(run))
    return counts


Kind = tuple[Hashable, ...]
"""What a run of rows shares: (Parameter, source, Plausibility) from a :class:`CheckedBatch`, or the
four texts (parameter, unit, source, check) from other readings."""


@dataclass(slots=True)
class Columns:
    """Readings as columns: times (ms since 1970), values, and what each row is (kinds).

    ``received``: the times are receive times as the page gave them (a :class:`CheckedBatch`;
    each reading's time is ``datetime.fromtimestamp(ms / 1000, UTC)``), turned into row times only
    when read; otherwise they are row times already (readings given one by one, whose datetimes a
    float of ms cannot always reproduce).
    """

    times_ms: list[float] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    kinds: list[Kind] = field(default_factory=list)
    received: bool = True

    def __len__(self) -> int:
        return len(self.values)

    def part(self, start: int, stop: int) -> Columns:
        return Columns(
            self.times_ms[start:stop], self.values[start:stop], self.kinds[start:stop], self.received
        )

    def row_times(self) -> list[float]:
        return [_row_time_ms(ms) for ms in self.times_ms] if self.received else self.times_ms

    def __add__(self, other: Columns) -> Columns:
        if not self.values:
            return other.part(0, len(other))
        if not other.values:
            return self.part(0, len(self))
        if self.received == other.received:
            times = self.times_ms + other.times_ms
        else:  # rare: a segment topped up both ways keeps row times
            times = self.row_times() + other.row_times()
        received = self.received and other.received
        return Columns(times, self.values + other.values, self.kinds + other.kinds, received)


@dataclass(slots=True)
class _Segment:
    record_id: str
    rows: Columns = field(default_factory=Columns)
    notes: dict[str, list[str]] = field(default_factory=dict)


def row_text(checked: CheckedReading) -> str:
    """One reading as a row: ``time_ms,parameter,value,unit,source,check``."""
    reading = checked.reading
    ms = round(reading.time.timestamp() * 1000.0, 3)
    check = checked.plausibility.code
    return f"{ms!r},{reading.parameter.value},{reading.value!r},{reading.unit},{reading.source},{check}"


def rows_and_notes(
    readings: Sequence[CheckedReading],
) -> tuple[Columns, list[tuple[str, ...]], list[Parameter]]:
    """The columns of ``readings`` (taken as they are from a :class:`CheckedBatch`), their device
    notes and their parameters."""
    if isinstance(readings, CheckedBatch):
        kinds: list[Kind] = list(zip(readings.parameters, readings.sources, readings.checks, strict=True))
        return Columns(readings.times_ms, readings.values, kinds), readings.notes, readings.parameters
    listed = list(readings)
    columns = Columns(
        [round(checked.reading.time.timestamp() * 1000.0, 3) for checked in listed],
        [_number(checked.reading.value) for checked in listed],
        [_text_kind(checked) for checked in listed],
        received=False,
    )
    return columns, [checked.device_notes for checked in listed], [c.reading.parameter for c in listed]


def _number(value: object) -> float:
    if type(value) is not float and type(value) is not int:
        raise TypeError(f"sensor readings are numbers, not {type(value).__name__}")
    return float(value)


def _text_kind(checked: CheckedReading) -> Kind:
    reading = checked.reading
    return (reading.parameter.value, reading.unit, reading.source, checked.plausibility.code)


def _kind_texts(kind: Kind) -> list[str]:
    parameter = kind[0]
    if isinstance(parameter, Parameter):
        check = kind[2]
        return [parameter.value, CANONICAL_UNIT[parameter], str(kind[1]), str(getattr(check, "code", check))]
    return [str(part) for part in kind]


def _packed_text(numbers: array[Any]) -> str:
    """Base64 of the numbers, little-endian."""
    if sys.byteorder != "little":
        numbers = array(numbers.typecode, numbers)
        numbers.byteswap()
    return base64.b64encode(numbers.tobytes()).decode("ascii")


def _unpacked(text: object, typecode: str, what: str) -> array[Any]:
    if not isinstance(text, str):
        raise ValueError(f"the segment's {what} are not base64 text")
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ValueError(f"the segment's {what} are not valid base64") from None
    numbers = array(typecode)
    if len(raw) % numbers.itemsize:
        raise ValueError(f"the segment's {what} are cut short")
    numbers.frombytes(raw)
    if sys.byteorder != "little":
        numbers.byteswap()
    return numbers


def segment_data(device: str, rows: Columns, notes: dict[str, list[str]]) -> dict[str, Any]:
    """The JSON a segment record holds (see the module's description of :data:`FORMAT`)."""
    kinds: list[list[str]] = []
    numbers: dict[tuple[str, ...], int] = {}
    seen: dict[tuple[int, ...], int] = {}  # by the identity of the kind's parts: no hash per run
    runs = array("I")
    for kind, run in groupby(rows.kinds):
        key = tuple(map(id, kind))
        number = seen.get(key)
        if number is None:
            texts = _kind_texts(kind)
            number = numbers.setdefault(tuple(texts), len(numbers))
            if number == len(kinds):
                kinds.append(texts)
            seen[key] = number
        count = len(list(run))
        if runs and runs[-2] == number:  # equal verdicts that are not the same object
            runs[-1] += count
        else:
            runs.extend((number, count))
    return {
        "format": FORMAT,
        "device": device,
        "columns": list(COLUMNS),
        "count": len(rows),
        "received_ms" if rows.received else "time_ms": _packed_text(array("d", rows.times_ms)),
        "values": _packed_text(array("d", rows.values)),
        "kinds": kinds,
        "runs": _packed_text(runs),
        "notes": notes,
    }


def _row_time_ms(received_ms: float) -> float:
    """The time a reading received at ``received_ms`` has: its datetime (whole microseconds) in ms."""
    return round(datetime.fromtimestamp(received_ms / 1000.0, UTC).timestamp() * 1000.0, 3)


def read_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The readings of a segment record's data, each as a dict of :data:`COLUMNS` plus ``device``.

    Reads both :data:`FORMAT` and the text rows of :data:`ROWS_FORMAT`; raises ValueError for
    anything else or a segment whose parts do not fit together.
    """
    device = data.get("device", "")
    if data.get("format") == ROWS_FORMAT:
        return _read_text_rows(data.get("rows", ""), device)
    if data.get("format") != FORMAT:
        raise ValueError(f"not a sensor segment (format {data.get('format')!r})")
    count = data.get("count")
    kinds = data.get("kinds")
    if type(count) is not int or count < 0 or not isinstance(kinds, list):
        raise ValueError("a sensor segment needs its row count and kinds")
    if not all(isinstance(kind, list) and len(kind) == 4 for kind in kinds):
        raise ValueError("a sensor segment's kinds are [parameter, unit, source, check]")
    received = "received_ms" in data
    times = _unpacked(data.get("received_ms" if received else "time_ms"), "d", "times")
    values = _unpacked(data.get("values"), "d", "values")
    runs = _unpacked(data.get("runs"), "I", "runs")
    if len(times) != count or len(values) != count:
        raise ValueError(
            f"a sensor segment of {count} rows holds {len(times)} times and {len(values)} values"
        )
    if len(runs) % 2 or sum(runs[1::2]) != count or any(n >= len(kinds) for n in runs[0::2]):
        raise ValueError(f"a sensor segment's runs do not cover its {count} rows with its kinds")
    readings: list[dict[str, Any]] = []
    row = 0
    for number, length in zip(runs[0::2], runs[1::2], strict=True):
        parameter, unit, source, check = kinds[number]
        for index in range(row, row + length):
            readings.append(
                {
                    "time_ms": _row_time_ms(times[index]) if received else times[index],
                    "parameter": parameter,
                    "value": values[index],
                    "unit": unit,
                    "source": source,
                    "check": check,
                    "device": device,
                }
            )
        row += length
    return readings


def _read_text_rows(text: str, device: str) -> list[dict[str, Any]]:
    readings: list[dict[str, Any]] = []
    for line in text.split("\n") if text else []:
        ms, parameter, value, unit, source, check = line.split(",")
        readings.append(
            {
                "time_ms": float(ms),
                "parameter": parameter,
                "value": float(value),
                "unit": unit,
                "source": source,
                "check": check,
                "device": device,
            }
        )
    return readings


class VaultSink:
    """Writes readings into the device's current segment record and returns after the write.

    ``store`` gives the store to write to at each call (the worker's one vault, which tests may
    swap). While the store is not set up (no passphrase chosen yet) nothing can be saved:
    :meth:`save` returns 0 and the acknowledgement says the readings were not saved. A store with
    ``put_series`` (:class:`wayfarer.store.Vault`) logs each segment as one series in the activity
    log ("Saved 1,024 heart-rate readings from Polar H10") instead of one entry per write.
    """

    def __init__(self, store: Callable[[], RecordStore], session: str | None = None) -> None:
        self.store = store
        self.session = session or secrets.token_hex(5)
        self._devices: dict[str, int] = {}
        self._segments: dict[str, _Segment] = {}
        self._counts: dict[str, int] = {}
        self._labels: dict[str, str] = {}
        self._set_up = False
        self._checked_at = -READY_RECHECK_S
        self._lock = asyncio.Lock()

    def name_device(self, device: str, label: str) -> None:
        """The name the activity log gives ``device`` ("Polar H10"); its key otherwise."""
        self._labels[device] = _CONTROL.sub(" ", label).strip()[:128] or device

    async def ready(self) -> bool:
        """Whether the store can take readings now (a passphrase is set up); a "no" is asked again
        at most every :data:`READY_RECHECK_S` (each asking reads the store's IndexedDB)."""
        if self._set_up:
            return True
        store = self.store()
        now = time.monotonic()
        if getattr(store, "unlocked", False):  # unlocked: set up for sure, and nothing to read
            self._set_up = True
        elif now - self._checked_at >= READY_RECHECK_S:
            self._checked_at = now
            check = getattr(store, "is_set_up", None)
            self._set_up = True if check is None else bool(await check())
        return self._set_up

    def _new_segment(self, device: str) -> _Segment:
        number = self._devices.setdefault(device, len(self._devices))
        count = self._counts.get(device, 0)
        self._counts[device] = count + 1
        return _Segment(f"{RECORD_PREFIX}{self.session}-{number:02d}-{count:05d}")

    async def _put(
        self, device: str, segment: _Segment, data: dict[str, Any], added: list[Parameter], final: bool
    ) -> None:
        store = self.store()
        put_series = getattr(store, "put_series", None)
        if put_series is None:
            await store.put(segment.record_id, "vitals", data)
            return
        label = self._labels.get(device, device)
        await put_series(segment.record_id, "vitals", data, added=_kinds(added), source=label, final=final)

    async def save(self, device: str, readings: Sequence[CheckedReading]) -> int:
        # Without a passphrase there is nowhere to write: answer before building rows and JSON
        # that the store would refuse (that waste was most of a batch's time in the browser).
        if not await self.ready():
            return 0
        async with self._lock:
            new_rows, new_notes, parameters = rows_and_notes(readings)
            total = len(new_rows)
            current = self._segments.get(device)
            if total >= SEGMENT_ROWS and (current is None or len(current.rows) + total > SEGMENT_ROWS):
                # A backlog or a flood: segments of their own, each written once and closed, not a
                # top-up of the current segment plus more segments (one write and one series per
                # batch instead of three); the current segment stays current for what follows.
                parts = -(-total // MAX_SEGMENT_ROWS)
                size = -(-total // parts)
                for start in range(0, total, size):
                    stop = min(total, start + size)
                    segment = self._new_segment(device)
                    piece = (new_rows.part(start, stop), new_notes[start:stop], parameters[start:stop])
                    if await self._write(device, segment, *piece, final=True) is None:
                        return 0
                return total
            segment = current or self._new_segment(device)
            done = 0
            while done < total:
                room = SEGMENT_ROWS - len(segment.rows)
                if room <= 0:
                    segment = self._new_segment(device)
                    room = SEGMENT_ROWS
                stop = done + room
                piece = (new_rows.part(done, stop), new_notes[done:stop], parameters[done:stop])
                final = len(segment.rows) + len(piece[0]) >= SEGMENT_ROWS
                written = await self._write(device, segment, *piece, final=final)
                if written is None:
                    return 0
                # Only a completed write moves the segment on: a failed one leaves it as it was.
                segment = self._segments[device] = written
                done = stop
            return total

    async def _write(
        self,
        device: str,
        segment: _Segment,
        rows: Columns,
        notes: Sequence[tuple[str, ...]],
        parameters: list[Parameter],
        *,
        final: bool,
    ) -> _Segment | None:
        """``segment`` with ``rows`` added, once written; None when the store is not set up."""
        together = segment.rows + rows
        numbered = dict(segment.notes)
        for offset, found in enumerate(notes):
            if found:
                numbered[str(len(segment.rows) + offset)] = list(found)
        try:
            await self._put(device, segment, segment_data(device, together, numbered), parameters, final)
        except NotSetUpError:
            self._set_up = False
            return None
        return _Segment(segment.record_id, together, numbered)
