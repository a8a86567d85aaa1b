"""One live sensor session: packed notification batches → parsed, checked, saved readings.

The page batches a characteristic's notifications into one buffer plus a length and a receive
time per notification. :meth:`IngestSession.ingest` parses the batch in place
(:func:`wayfarer.sensors.parse_packed`), turns each measurement into checked readings (one
:class:`~wayfarer.sensors.RRWindow` per device, forgotten on disconnect), hands the readings to the
:class:`ReadingSink` and answers only after the sink's write completed: the answer is the
acknowledgement. A payload that does not parse is logged and counted and the batch goes on.

Receive times are milliseconds since the Unix epoch (the page's ``performance.timeOrigin +
performance.now()``, which never runs backwards within a page). A time earlier than the device's
previous one (a replayed clock jump, a reloaded page after the phone's clock moved) is reported,
resets the RR window, and the readings keep the times they were given.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Protocol

from wayfarer.sensors import (
    CHARACTERISTIC_NAMES,
    CheckedReading,
    ParseError,
    ParseFailure,
    RRWindow,
    check_readings,
    parse_packed,
)
from wayfarer.vitals import Parameter, format_time

from ._errors import BatchError

log = logging.getLogger("wayfarer.ingest")

MAX_DEVICES: Final = 16
"""Devices one session follows at once (a person wears a few; a bound keeps memory fixed)."""
MAX_BATCH: Final = 8192
"""Notifications one batch may carry (the page flushes at 64; this bounds a misbehaving caller)."""
MAX_RECENT_ERRORS: Final = 20
"""Payload errors kept for the screen; older ones are only counted."""
MAX_DEVICE_NAME: Final = 128


class ReadingSink(Protocol):
    """Where acknowledged readings go: :meth:`save` returns only after the write completed."""

    async def save(self, device: str, readings: Sequence[CheckedReading]) -> int:
        """Persist ``readings`` from ``device``; the number written: all of them, or 0 when there is
        nowhere to write yet (no store set up). A failed write raises."""
        ...


@dataclass(frozen=True, slots=True)
class PayloadError:
    """One notification of a batch that did not parse, for the log and the screen."""

    device: str
    uuid: int
    index: int
    message: str
    payload_hex: str
    received_at: datetime

    def to_json(self) -> dict[str, Any]:
        """``{"device", "uuid", "characteristic", "index", "message", "hex", "time"}``."""
        return {
            "device": self.device,
            "uuid": f"0x{self.uuid:04X}",
            "characteristic": CHARACTERISTIC_NAMES.get(self.uuid, "unknown"),
            "index": self.index,
            "message": self.message,
            "hex": self.payload_hex,
            "time": format_time(self.received_at),
        }


def reading_json(checked: CheckedReading, device: str) -> dict[str, Any]:
    """A checked reading as the screen shows it: the reading's JSON plus its verdict and notes."""
    return {
        **checked.reading.to_json(),
        "device": device,
        "plausible": checked.plausibility.plausible,
        "check": checked.plausibility.code,
        "check_message": checked.plausibility.message,
        "notes": list(checked.device_notes),
    }


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one batch gave: the acknowledgement the page receives."""

    device: str
    uuid: int
    notifications: int
    readings: tuple[CheckedReading, ...]
    errors: tuple[PayloadError, ...]
    clock_backwards_ms: float
    """How far the receive time went back within or before this batch (0 when it never did)."""
    saved: bool
    """True when the store took every reading of the batch before this answer; False when there is
    no store to write to (none connected, or no passphrase set up yet)."""
    stored: int
    worker_ms: float

    def latest(self) -> dict[str, dict[str, Any]]:
        """The last reading of each parameter in this batch."""
        last: dict[str, CheckedReading] = {}
        for checked in self.readings:
            last[checked.reading.parameter.value] = checked
        return {name: reading_json(checked, self.device) for name, checked in last.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "uuid": f"0x{self.uuid:04X}",
            "characteristic": CHARACTERISTIC_NAMES.get(self.uuid, "unknown"),
            "notifications": self.notifications,
            "readings": len(self.readings),
            "implausible": sum(1 for checked in self.readings if not checked.plausibility.plausible),
            "errors": [error.to_json() for error in self.errors[:MAX_RECENT_ERRORS]],
            "error_count": len(self.errors),
            "clock_backwards_ms": self.clock_backwards_ms,
            "saved": self.saved,
            "stored": self.stored,
            "latest": self.latest(),
            "worker_ms": round(self.worker_ms, 3),
        }


class DeviceState:
    """What the session remembers about one device between batches (bounded)."""

    __slots__ = (
        "clock_backwards",
        "disconnects",
        "errors",
        "last_ms",
        "notifications",
        "readings",
        "rr_window",
        "stored",
    )

    def __init__(self, device: str) -> None:
        self.rr_window = RRWindow(source="ble:0x2A37")
        self.last_ms: float | None = None
        self.notifications = 0
        self.readings = 0
        self.stored = 0
        self.errors = 0
        self.clock_backwards = 0
        self.disconnects = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "notifications": self.notifications,
            "readings": self.readings,
            "stored": self.stored,
            "errors": self.errors,
            "clock_backwards": self.clock_backwards,
            "disconnects": self.disconnects,
        }


def _times(values: Sequence[float], count: int) -> Sequence[float]:
    if len(values) != count:
        raise BatchError(f"the batch has {count} payload lengths but {len(values)} receive times")
    return values


def _moment(ms: float, index: int) -> datetime:
    if not math.isfinite(ms) or ms < 0:
        raise BatchError(f"receive time {index} is {ms!r}, not milliseconds since 1970")
    return datetime.fromtimestamp(ms / 1000.0, UTC)


class IngestSession:
    """The readings of the devices connected now; one per worker (see :func:`default_session`)."""

    def __init__(self, sink: ReadingSink | None) -> None:
        self.sink = sink
        self.devices: dict[str, DeviceState] = {}
        self.latest: dict[Parameter, tuple[CheckedReading, str]] = {}
        self.recent_errors: deque[PayloadError] = deque(maxlen=MAX_RECENT_ERRORS)
        self.batches = 0
        self.batch_errors = 0

    def _device(self, device: str) -> DeviceState:
        state = self.devices.get(device)
        if state is None:
            if not isinstance(device, str) or not device or len(device) > MAX_DEVICE_NAME:
                raise BatchError(
                    f"a device is named by non-empty text of at most {MAX_DEVICE_NAME} characters"
                )
            if len(self.devices) >= MAX_DEVICES:
                raise BatchError(f"already following {MAX_DEVICES} devices; disconnect one first")
            state = self.devices[device] = DeviceState(device)
        return state

    async def ingest(
        self, device: str, uuid: int, data: Any, lengths: Sequence[int], times_ms: Sequence[float]
    ) -> BatchResult:
        """Parse, check and save one batch; the result is the acknowledgement.

        ``data`` holds the payloads back to back (any buffer), ``lengths`` one byte count and
        ``times_ms`` one receive time per payload. Raises :class:`BatchError` when the batch itself
        is malformed (lengths that do not add up, an unknown characteristic, too many payloads);
        a payload that does not parse is reported in the result instead.
        """
        started = time.perf_counter()
        state = self._device(device)
        count = len(lengths)
        if count > MAX_BATCH:
            raise BatchError(f"a batch carries at most {MAX_BATCH} notifications, not {count}")
        times = _times(times_ms, count)
        try:
            parsed = self._parse(uuid, data, lengths)
        except ParseError as error:
            self.batch_errors += 1
            log.warning("device %s: batch refused: %s", device, error)
            raise BatchError(f"device {device}: {error}") from None
        readings: list[CheckedReading] = []
        errors: list[PayloadError] = []
        backwards = 0.0
        last_ms = state.last_ms
        window = state.rr_window
        for index, result in enumerate(parsed):
            ms = times[index]
            received_at = _moment(ms, index)
            if last_ms is not None and ms < last_ms:
                backwards = max(backwards, last_ms - ms)
                state.clock_backwards += 1
            last_ms = ms
            if isinstance(result, ParseFailure):
                errors.append(
                    PayloadError(device, uuid, index, str(result.error), result.payload.hex(), received_at)
                )
                continue
            readings.extend(check_readings(result, received_at, rr_window=window))
        state.last_ms = last_ms
        state.notifications += count
        state.errors += len(errors)
        for failure in errors:
            log.warning(
                "device %s, 0x%04X payload %d (%s): %s",
                device,
                uuid,
                failure.index,
                failure.payload_hex,
                failure.message,
            )
            self.recent_errors.append(failure)
        if backwards:
            log.warning(
                "device %s: receive time went back %.1f s (the phone's clock moved)",
                device,
                backwards / 1000.0,
            )
        stored = 0
        saved = False
        if self.sink is not None and readings:
            stored = await self.sink.save(device, readings)
            saved = stored == len(readings)
        # Only what reached this line is acknowledged: counted, shown, and returned to the page.
        state.readings += len(readings)
        state.stored += stored
        for checked in readings:
            self.latest[checked.reading.parameter] = (checked, device)
        self.batches += 1
        return BatchResult(
            device,
            uuid,
            count,
            tuple(readings),
            tuple(errors),
            backwards,
            saved,
            stored,
            (time.perf_counter() - started) * 1000.0,
        )

    @staticmethod
    def _parse(uuid: int, data: Any, lengths: Sequence[int]) -> list[Any]:
        if uuid not in CHARACTERISTIC_NAMES:
            raise ParseError(
                f"0x{uuid:04X} is not a health measurement this app reads", uuid=uuid, offset=None
            )
        return parse_packed(uuid, data, lengths)

    def disconnected(self, device: str) -> None:
        """A device dropped: its RR window restarts (intervals across a gap are not successive beats)."""
        state = self.devices.get(device)
        if state is not None:
            state.rr_window.reset()
            state.disconnects += 1

    def forget(self, device: str) -> None:
        """Stop following ``device`` (its counts go; its saved readings stay saved)."""
        self.devices.pop(device, None)

    def summary(self) -> dict[str, Any]:
        """Everything the screen shows: latest value per parameter, counts, recent errors."""
        return {
            "saving": self.sink is not None,
            "batches": self.batches,
            "batch_errors": self.batch_errors,
            "devices": {name: state.to_json() for name, state in self.devices.items()},
            "notifications": sum(state.notifications for state in self.devices.values()),
            "readings": sum(state.readings for state in self.devices.values()),
            "stored": sum(state.stored for state in self.devices.values()),
            "errors": sum(state.errors for state in self.devices.values()),
            "recent_errors": [error.to_json() for error in self.recent_errors],
            "latest": {
                parameter.value: reading_json(checked, device)
                for parameter, (checked, device) in self.latest.items()
            },
        }
