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

import itertools
import logging
import math
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Protocol, cast

from wayfarer.sensors import (
    CHARACTERISTIC_NAMES,
    CheckedBatch,
    CheckedReading,
    ParseError,
    RRWindow,
    check_packed,
)
from wayfarer.vitals import Parameter, format_time

from ._errors import BatchError

log = logging.getLogger("wayfarer.ingest")

MAX_DEVICES: Final = 16
"""Devices one session follows at once (a person wears a few; a bound keeps memory fixed)."""
MAX_BATCH: Final = 8192
"""Notifications one batch may carry (the page flushes at 64; this bounds a misbehaving caller)."""
SAVE_ROWS: Final = 8192
"""Readings of one device that are written at once, whatever their age: a device that floods is
written several thousand readings at a time, in segments of their own (``wayfarer.ingest._store``),
so the store's cost per write (an entry in the activity log, signatures, a transaction: about 8 ms
in the browser) is paid rarely. Fewer waiting readings are written once the first has waited
:data:`SAVE_EVERY_MS`, so this bound never delays an acknowledgement longer than that."""
SAVE_EVERY_MS: Final = 5000.0
"""The worker's session writes a device's readings at most this long after the first of them
arrived (plus the page's batching, 250 ms): the longest wait for an acknowledgement."""
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
    """What one batch gave: the acknowledgement the page receives.

    ``readings``, ``errors`` and ``clock_backwards_ms`` are this batch's (shown at once);
    ``acknowledged`` notifications with ``acknowledged_readings`` readings are what this answer
    acknowledges: this batch's, plus earlier ones of the device that waited to be written together
    (see :class:`IngestSession`); ``pending`` notifications still wait, for ``save_in_ms``.
    """

    device: str
    uuid: int
    notifications: int
    readings: Sequence[CheckedReading]
    errors: tuple[PayloadError, ...]
    clock_backwards_ms: float
    """How far the receive time went back within or before this batch (0 when it never did)."""
    saved: bool
    """True when the store took every reading this answer acknowledges; False when there is no
    store to write to (none connected, or no passphrase set up yet)."""
    stored: int
    worker_ms: float
    acknowledged: int = -1
    acknowledged_readings: int = -1
    pending: int = 0
    save_in_ms: float | None = None

    def latest(self) -> dict[str, dict[str, Any]]:
        """The last reading of each parameter in this batch."""
        if isinstance(self.readings, CheckedBatch):
            last = {p.value: self.readings[i] for p, i in self.readings.last_index().items()}
        else:
            last = {checked.reading.parameter.value: checked for checked in self.readings}
        return {name: reading_json(checked, self.device) for name, checked in last.items()}

    def to_json(self) -> dict[str, Any]:
        """The acknowledgement: ``notifications``, ``readings``, ``stored`` and ``saved`` count what
        it acknowledges; ``received`` is this batch's size; ``latest``, ``errors`` are this batch's."""
        if isinstance(self.readings, CheckedBatch):
            implausible = self.readings.implausible
        else:
            implausible = sum(1 for checked in self.readings if not checked.plausibility.plausible)
        acknowledged = self.notifications if self.acknowledged < 0 else self.acknowledged
        readings = len(self.readings) if self.acknowledged_readings < 0 else self.acknowledged_readings
        return {
            "device": self.device,
            "uuid": f"0x{self.uuid:04X}",
            "characteristic": CHARACTERISTIC_NAMES.get(self.uuid, "unknown"),
            "notifications": acknowledged,
            "readings": readings,
            "received": self.notifications,
            "shown": len(self.readings),
            "implausible": implausible,
            "errors": [error.to_json() for error in self.errors[:MAX_RECENT_ERRORS]],
            "error_count": len(self.errors),
            "clock_backwards_ms": self.clock_backwards_ms,
            "saved": self.saved,
            "stored": self.stored,
            "pending": self.pending,
            "save_in_ms": None if self.save_in_ms is None else round(self.save_in_ms, 1),
            "latest": self.latest(),
            "worker_ms": round(self.worker_ms, 3),
        }


class DeviceState:
    """What the session remembers about one device between batches (bounded)."""

    __slots__ = (
        "_pending",
        "clock_backwards",
        "disconnects",
        "errors",
        "label",
        "last_ms",
        "notifications",
        "pending_notifications",
        "pending_since",
        "readings",
        "rr_window",
        "stored",
    )

    def __init__(self, device: str) -> None:
        self.label = device
        self._pending: CheckedBatch | None = None
        self.pending_notifications = 0
        self.pending_since = 0.0
        self.rr_window = RRWindow(source="ble:0x2A37")
        self.last_ms: float | None = None
        self.notifications = 0
        self.readings = 0
        self.stored = 0
        self.errors = 0
        self.clock_backwards = 0
        self.disconnects = 0

    @property
    def pending_readings(self) -> int:
        return 0 if self._pending is None else len(self._pending)

    def hold(self, readings: CheckedBatch, notifications: int) -> None:
        """Keep a batch's readings until the next write."""
        if not self.pending_notifications:
            self.pending_since = time.monotonic()
            self._pending = CheckedBatch()
        assert self._pending is not None
        self._pending.extend(readings)
        self.pending_notifications += notifications

    def pending_batch(self, readings: CheckedBatch) -> CheckedBatch:
        """The readings waiting, then ``readings`` (a new batch: the waiting ones stay until written)."""
        if self._pending is None:
            return readings
        together = CheckedBatch()
        together.extend(self._pending)
        together.extend(readings)
        return together

    def clear_pending(self) -> None:
        self._pending = None
        self.pending_notifications = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "pending": self.pending_notifications,
            "notifications": self.notifications,
            "readings": self.readings,
            "stored": self.stored,
            "errors": self.errors,
            "clock_backwards": self.clock_backwards,
            "disconnects": self.disconnects,
        }


def _times(values: Sequence[float], count: int) -> list[float]:
    if len(values) != count:
        raise BatchError(f"the batch has {count} payload lengths but {len(values)} receive times")
    times: list[float]
    if isinstance(values, memoryview) and values.format == "d":
        times = cast("list[float]", values.tolist())
    else:
        times = [float(value) for value in values]
    total = sum(times)
    if not math.isfinite(total) or (times and (min(times) < 0 or max(times) > _LAST_MS)):
        for index, ms in enumerate(times):
            if not math.isfinite(ms) or not 0 <= ms <= _LAST_MS:
                raise BatchError(f"receive time {index} is {ms!r}, not milliseconds since 1970")
    return times


_LAST_MS: Final = 253_402_300_799_999.0
"""9999-12-31 23:59:59.999 UTC: the last moment a ``datetime`` holds."""


def _moment(ms: float) -> datetime:
    return datetime.fromtimestamp(ms / 1000.0, UTC)


def _clock_drops(last_ms: float | None, times: list[float]) -> list[float]:
    """How far each receive time that went back (below the one before it) went back, in ms."""
    drops = [earlier - later for earlier, later in itertools.pairwise(times) if later < earlier]
    if last_ms is not None and times and times[0] < last_ms:
        drops.append(last_ms - times[0])
    return drops


class IngestSession:
    """The readings of the devices connected now; one per worker (see :func:`default_session`).

    ``save_every_ms`` 0 writes every batch before answering it. Above 0 (the worker's session) a
    device's readings wait in memory and are written together, in one store write, when the first
    of them has waited ``save_every_ms``, when :data:`SAVE_ROWS` are waiting, or when the page sends
    an empty batch (its flush timer, a disconnect, the end of a demo). Only written readings are
    acknowledged; an answer says how many wait (``pending``) and when to ask again
    (``save_in_ms``). Without a store to write to nothing waits: readings are acknowledged at once
    as not saved.
    """

    def __init__(self, sink: ReadingSink | None, *, save_every_ms: float = 0.0) -> None:
        self.sink = sink
        self.save_every_ms = save_every_ms
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

    async def _holding(self) -> bool:
        """Whether readings wait to be written together (a store that can take them is there)."""
        if self.sink is None or self.save_every_ms <= 0:
            return False
        ready = getattr(self.sink, "ready", None)
        return True if ready is None else bool(await ready())

    async def ingest(
        self,
        device: str,
        uuid: int,
        data: Any,
        lengths: Sequence[int],
        times_ms: Sequence[float],
        *,
        label: str | None = None,
    ) -> BatchResult:
        """Parse, check and save one batch; the result is the acknowledgement.

        ``data`` holds the payloads back to back (any buffer), ``lengths`` one byte count and
        ``times_ms`` one receive time per payload; ``label`` is the device's name for people
        ("Polar H10"), used in the activity log. Raises :class:`BatchError` when the batch itself
        is malformed (lengths that do not add up, an unknown characteristic, too many payloads,
        a receive time that is no time); a payload that does not parse is reported in the result
        instead. A refused batch changes nothing.
        """
        started = time.perf_counter()
        state = self._device(device)
        if label:
            state.label = str(label)[:MAX_DEVICE_NAME]
            name_device = getattr(self.sink, "name_device", None)
            if name_device is not None:
                name_device(device, state.label)
        count = len(lengths)
        if count > MAX_BATCH:
            raise BatchError(f"a batch carries at most {MAX_BATCH} notifications, not {count}")
        times = _times(times_ms, count)
        if uuid not in CHARACTERISTIC_NAMES:
            self.batch_errors += 1
            raise BatchError(f"device {device}: 0x{uuid:04X} is not a health measurement this app reads")
        try:
            readings, failures = check_packed(uuid, data, lengths, times, rr_window=state.rr_window)
        except ParseError as error:
            self.batch_errors += 1
            log.warning("device %s: batch refused: %s", device, error)
            raise BatchError(f"device {device}: {error}") from None
        errors = [
            PayloadError(
                device,
                uuid,
                failure.index,
                str(failure.error),
                failure.payload.hex(),
                _moment(times[failure.index]),
            )
            for failure in failures
        ]
        drops = _clock_drops(state.last_ms, times)
        backwards = max(drops, default=0.0)
        if times:
            state.last_ms = times[-1]
        state.clock_backwards += len(drops)
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
        acknowledged, acknowledged_readings, stored, saved = count, len(readings), 0, False
        if await self._holding():
            assert self.sink is not None
            waited_ms = (
                (time.monotonic() - state.pending_since) * 1000.0 if state.pending_notifications else 0.0
            )
            waiting = state.pending_readings + len(readings)
            if count and waiting < SAVE_ROWS and waited_ms < self.save_every_ms:
                state.hold(readings, count)
                acknowledged = acknowledged_readings = 0
                saved = True
            else:
                together = state.pending_batch(readings)
                if together:
                    stored = await self.sink.save(device, together)
                acknowledged = state.pending_notifications + count
                acknowledged_readings = len(together)
                saved = stored == len(together)
                state.clear_pending()
        elif self.sink is not None and readings:
            stored = await self.sink.save(device, readings)
            saved = stored == len(readings)
        # Only what reached this line is answered: counted, shown, and returned to the page.
        state.readings += len(readings)
        state.stored += stored
        for parameter, index in readings.last_index().items():
            self.latest[parameter] = (readings[index], device)
        self.batches += 1
        save_in_ms = None
        if state.pending_notifications:
            waited_ms = (time.monotonic() - state.pending_since) * 1000.0
            save_in_ms = max(0.0, self.save_every_ms - waited_ms)
        return BatchResult(
            device,
            uuid,
            count,
            readings,
            tuple(errors),
            backwards,
            saved,
            stored,
            (time.perf_counter() - started) * 1000.0,
            acknowledged,
            acknowledged_readings,
            state.pending_notifications,
            save_in_ms,
        )

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
