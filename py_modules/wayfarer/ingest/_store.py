"""The encrypted store as the ingest session's sink: readings are written before they are acknowledged.

Readings go into ``vitals`` records of the :class:`wayfarer.store.Vault` (AES-GCM-256 when unlocked,
the write-only inbox while locked). One record holds a *segment* of one device's readings: each
batch rewrites the device's current segment with the new rows added, in one transaction, so a
crash loses nothing that was acknowledged and a day of a 1 Hz strap is a few hundred records, not
86,400. A segment closes at :data:`SEGMENT_ROWS` rows. A write of at least that many rows that does
not fit in the current segment (a backlog, a flooding device) goes into segments of its own of up to
:data:`MAX_SEGMENT_ROWS` rows, each written once and closed; the current segment stays current.

Rows are text, one reading per line: ``time_ms,parameter,value,unit,source,check`` (the time in ms
since 1970 UTC; ``check`` the plausibility code from ``wayfarer.vitals``). Canonical JSON of one
string costs a fraction of a list of lists, which keeps the store out of the way at 100,000
notifications a second. Device warnings are kept beside the rows by row number. The record ids are
public labels (``sensors-<session>-<device number>-<segment>``) and never carry a health value.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from wayfarer.sensors import CheckedBatch, CheckedReading
from wayfarer.store import NotSetUpError
from wayfarer.vitals import Parameter

FORMAT: Final = "wayfarer-sensor-rows/1"
COLUMNS: Final = ("time_ms", "parameter", "value", "unit", "source", "check")
SEGMENT_ROWS: Final = 1024
MAX_SEGMENT_ROWS: Final = 8192
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
    for parameter, count in Counter(parameters).items():
        kind = KINDS.get(parameter, f"{parameter.value.replace('_', ' ')} readings")
        counts[kind] = counts.get(kind, 0) + count
    return counts


@dataclass(slots=True)
class _Segment:
    record_id: str
    rows: list[str] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)


def row_text(checked: CheckedReading) -> str:
    """One reading as a row: ``time_ms,parameter,value,unit,source,check``."""
    reading = checked.reading
    ms = round(reading.time.timestamp() * 1000.0, 3)
    check = checked.plausibility.code
    return f"{ms!r},{reading.parameter.value},{reading.value!r},{reading.unit},{reading.source},{check}"


def rows_and_notes(
    readings: Sequence[CheckedReading],
) -> tuple[list[str], list[tuple[str, ...]], list[Parameter]]:
    """The rows of ``readings`` (column by column for a :class:`CheckedBatch`), their device notes
    and their parameters."""
    if isinstance(readings, CheckedBatch):
        return readings.rows(), readings.notes, readings.parameters
    listed = list(readings)
    return (
        [row_text(checked) for checked in listed],
        [checked.device_notes for checked in listed],
        [checked.reading.parameter for checked in listed],
    )


def segment_data(device: str, rows: Sequence[str], notes: dict[str, list[str]]) -> dict[str, Any]:
    """The JSON a segment record holds."""
    return {
        "format": FORMAT,
        "device": device,
        "columns": list(COLUMNS),
        "rows": "\n".join(rows),
        "notes": notes,
    }


def read_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The readings of a segment record's data, each as a dict of :data:`COLUMNS` plus ``device``."""
    if data.get("format") != FORMAT:
        raise ValueError(f"not a sensor segment (format {data.get('format')!r})")
    readings: list[dict[str, Any]] = []
    text = data.get("rows", "")
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
                "device": data.get("device", ""),
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
                    piece = (new_rows[start:stop], new_notes[start:stop], parameters[start:stop])
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
                piece = (new_rows[done:stop], new_notes[done:stop], parameters[done:stop])
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
        rows: list[str],
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
