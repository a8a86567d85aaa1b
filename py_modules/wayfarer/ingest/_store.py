"""The encrypted store as the ingest session's sink: readings are written before they are acknowledged.

Readings go into ``vitals`` records of the :class:`wayfarer.store.Vault` (AES-GCM-256 when unlocked,
the write-only inbox while locked). One record holds a *segment* of one device's readings: each
batch rewrites the device's current segment with the new rows added, in one transaction, so a
crash loses nothing that was acknowledged and a day of a 1 Hz strap is a few hundred records, not
86,400. A segment closes at :data:`SEGMENT_ROWS` rows; a batch larger than that fills new ones.

Rows are text, one reading per line: ``time_ms,parameter,value,unit,source,check`` (the time in ms
since 1970 UTC; ``check`` the plausibility code from ``wayfarer.vitals``). Canonical JSON of one
string costs a fraction of a list of lists, which keeps the store out of the way at 100,000
notifications a second. Device warnings are kept beside the rows by row number. The record ids are
public labels (``sensors-<session>-<device number>-<segment>``) and never carry a health value.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from wayfarer.sensors import CheckedReading
from wayfarer.store import NotSetUpError

FORMAT: Final = "wayfarer-sensor-rows/1"
COLUMNS: Final = ("time_ms", "parameter", "value", "unit", "source", "check")
SEGMENT_ROWS: Final = 1024
RECORD_PREFIX: Final = "sensors-"


class RecordStore(Protocol):
    """What the sink needs of :class:`wayfarer.store.Vault`."""

    async def put(self, record_id: str, category: str, data: object) -> dict[str, Any]: ...


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
    """Writes each batch into the device's current segment record and returns after the write.

    ``store`` gives the store to write to at each call (the worker's one vault, which tests may
    swap). While the store is not set up (no passphrase chosen yet) nothing can be saved:
    :meth:`save` returns 0 and the acknowledgement says the readings were not saved.
    """

    def __init__(self, store: Callable[[], RecordStore], session: str | None = None) -> None:
        self.store = store
        self.session = session or secrets.token_hex(5)
        self._devices: dict[str, int] = {}
        self._segments: dict[str, _Segment] = {}
        self._counts: dict[str, int] = {}
        self._lock = asyncio.Lock()

    def _new_segment(self, device: str) -> _Segment:
        number = self._devices.setdefault(device, len(self._devices))
        count = self._counts.get(device, 0)
        self._counts[device] = count + 1
        return _Segment(f"{RECORD_PREFIX}{self.session}-{number:02d}-{count:05d}")

    async def save(self, device: str, readings: Sequence[CheckedReading]) -> int:
        async with self._lock:
            segment = self._segments.get(device) or self._new_segment(device)
            pending = list(readings)
            while pending:
                room = SEGMENT_ROWS - len(segment.rows)
                if room <= 0:
                    segment = self._new_segment(device)
                    room = SEGMENT_ROWS
                chunk, pending = pending[:room], pending[room:]
                rows = segment.rows + [row_text(checked) for checked in chunk]
                notes = dict(segment.notes)
                for offset, checked in enumerate(chunk):
                    if checked.device_notes:
                        notes[str(len(segment.rows) + offset)] = list(checked.device_notes)
                try:
                    await self.store().put(segment.record_id, "vitals", segment_data(device, rows, notes))
                except NotSetUpError:
                    return 0
                # Only a completed write moves the segment on: a failed one leaves it as it was.
                segment = _Segment(segment.record_id, rows, notes)
                self._segments[device] = segment
            return len(readings)
