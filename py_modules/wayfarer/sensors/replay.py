"""Recorded-device simulator: replay files of timestamped notifications.

A recording is UTF-8 JSON Lines (one JSON object per line; blank lines are ignored):

* line 1, the header::

    {"format": "wayfarer-ble-replay/1", "name": "calm_day", "start": "2026-11-23T08:00:00Z",
     "description": "...", "devices": {"hr": "chest strap (Heart Rate Service)", ...}}

* then one entry per line, in non-decreasing ``t`` (seconds since ``start`` on a monotonic clock):

  - a notification: ``{"t": 12.5, "device": "hr", "uuid": "0x2A37", "hex": "10480004"}``
    (``uuid`` the 16-bit characteristic as ``"0x2A37"`` or an int; ``hex`` the payload exactly as
    the device sent it, malformed ones included);
  - a connection change: ``{"t": 90.0, "device": "hr", "event": "disconnect"}`` or ``"reconnect"``;
  - a wall-clock jump of the receiving phone: ``{"t": 1800.0, "event": "clock_jump", "seconds": -3600}``
    (time-zone change, network time correction). From then on ``received_at`` is off by the sum
    of the jumps, while ``t`` keeps running: exactly what an app sees when the phone's clock moves.

:meth:`Recording.events` yields :class:`Notification` objects carrying ``uuid`` and ``payload``
bytes (the same inputs a Bluetooth notification gives ``parse`` / ``parse_many``) and
:class:`ConnectionEvent` objects; a clock jump is not announced, it only shows in ``received_at``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final, Literal

from ._errors import RecordingError

FORMAT: Final = "wayfarer-ble-replay/1"


@dataclass(frozen=True, slots=True)
class Notification:
    """One notification as the phone received it: characteristic, payload bytes, wall-clock time (UTC)."""

    uuid: int
    payload: bytes
    received_at: datetime
    offset: float
    """Seconds since the recording's start on the monotonic clock."""
    device: str


@dataclass(frozen=True, slots=True)
class ConnectionEvent:
    """A device dropping (``"disconnect"``) or coming back (``"reconnect"``)."""

    kind: Literal["disconnect", "reconnect"]
    device: str
    received_at: datetime
    offset: float


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a recording after the header, as written."""

    t: float
    """Seconds since the start (monotonic)."""
    kind: Literal["notification", "disconnect", "reconnect", "clock_jump"]
    device: str = ""
    uuid: int = 0
    payload: bytes = b""
    seconds: float = 0.0
    """The clock jump in seconds (``clock_jump`` only)."""


@dataclass(frozen=True, slots=True)
class Recording:
    """A parsed recording: its header and entries."""

    name: str
    start: datetime
    description: str
    devices: dict[str, str] = field(hash=False)
    entries: tuple[Entry, ...]

    def events(self) -> Iterator[Notification | ConnectionEvent]:
        """Notifications and connection changes in order, each stamped with the phone's wall clock."""
        jump = 0.0
        for entry in self.entries:
            if entry.kind == "clock_jump":
                jump += entry.seconds
                continue
            received_at = self.start + timedelta(seconds=entry.t + jump)
            if entry.kind == "notification":
                yield Notification(entry.uuid, entry.payload, received_at, entry.t, entry.device)
            else:
                yield ConnectionEvent(entry.kind, entry.device, received_at, entry.t)

    def notifications(self) -> list[Notification]:
        """Just the notifications, in order."""
        return [event for event in self.events() if isinstance(event, Notification)]

    @property
    def duration(self) -> float:
        """Seconds from the start to the last entry."""
        return self.entries[-1].t if self.entries else 0.0


def _fail(line: int, message: str) -> RecordingError:
    return RecordingError(f"recording line {line}: {message}")


def _start(text: object, line: int) -> datetime:
    if not isinstance(text, str):
        raise _fail(line, "header 'start' must be ISO 8601 UTC text like '2026-11-23T08:00:00Z'")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _fail(line, f"header 'start' {text!r} is not ISO 8601") from None
    if moment.tzinfo is None:
        raise _fail(line, f"header 'start' {text!r} has no UTC offset; add 'Z'")
    return moment.astimezone(UTC)


def _uuid(value: object, line: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(value, 16)
        except ValueError:
            pass
    raise _fail(line, f"'uuid' must be like \"0x2A37\", not {value!r}")


def _entry(data: Mapping[str, Any], line: int, previous_t: float) -> Entry:
    t = data.get("t")
    if isinstance(t, bool) or not isinstance(t, int | float) or not math.isfinite(t) or t < 0:
        raise _fail(line, f"'t' must be seconds since the start (a number ≥ 0), not {t!r}")
    if t < previous_t:
        raise _fail(line, f"'t' {t} goes back before {previous_t}; entries are in time order")
    device = data.get("device", "")
    if not isinstance(device, str):
        raise _fail(line, f"'device' must be text, not {device!r}")
    event = data.get("event")
    if event is None:
        payload = data.get("hex")
        if not isinstance(payload, str):
            raise _fail(line, "a notification needs 'hex', its payload in hexadecimal")
        try:
            raw = bytes.fromhex(payload)
        except ValueError:
            raise _fail(line, f"'hex' {payload!r} is not hexadecimal") from None
        return Entry(float(t), "notification", device, _uuid(data.get("uuid"), line), raw)
    if event in ("disconnect", "reconnect"):
        return Entry(float(t), event, device)
    if event == "clock_jump":
        seconds = data.get("seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds):
            raise _fail(line, f"a clock_jump needs 'seconds', a number, not {seconds!r}")
        return Entry(float(t), "clock_jump", device, seconds=float(seconds))
    raise _fail(line, f"unknown event {event!r}; use disconnect, reconnect or clock_jump")


def parse_recording(text: str) -> Recording:
    """Read a recording from its text; :class:`RecordingError` names the line of any mistake."""
    rows: list[tuple[int, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            raise _fail(number, f"not JSON ({error.msg})") from None
    if not rows:
        raise RecordingError("recording is empty; the first line must be the header")
    number, header = rows[0]
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _fail(number, f'the header must be an object with "format": "{FORMAT}"')
    devices = header.get("devices", {})
    if not isinstance(devices, dict) or not all(isinstance(v, str) for v in devices.values()):
        raise _fail(number, "header 'devices' must map device names to descriptions")
    entries: list[Entry] = []
    previous = 0.0
    for number, data in rows[1:]:
        if not isinstance(data, dict):
            raise _fail(number, "each entry must be a JSON object")
        entry = _entry(data, number, previous)
        entries.append(entry)
        previous = entry.t
    return Recording(
        name=str(header.get("name", "")),
        start=_start(header.get("start"), rows[0][0]),
        description=str(header.get("description", "")),
        devices=dict(devices),
        entries=tuple(entries),
    )


def load_recording(path: str | Path) -> Recording:
    """Read a recording file (see the module docstring for the format)."""
    return parse_recording(Path(path).read_text(encoding="utf-8"))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 3)


def dump_recording(
    name: str, start: datetime, description: str, devices: Mapping[str, str], entries: Sequence[Entry]
) -> str:
    """The text of a recording; :func:`parse_recording` reads it back to the same entries."""
    if start.tzinfo is None:
        raise RecordingError("the recording's start must be an aware datetime")
    stamp = start.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    header = {
        "format": FORMAT,
        "name": name,
        "start": stamp,
        "description": description,
        "devices": dict(devices),
    }
    lines = [json.dumps(header, ensure_ascii=False)]
    for entry in entries:
        row: dict[str, Any] = {"t": _number(entry.t)}
        if entry.device:
            row["device"] = entry.device
        if entry.kind == "notification":
            row["uuid"] = f"0x{entry.uuid:04X}"
            row["hex"] = entry.payload.hex()
        elif entry.kind == "clock_jump":
            row["event"] = "clock_jump"
            row["seconds"] = _number(entry.seconds)
        else:
            row["event"] = entry.kind
        lines.append(json.dumps(row, separators=(",", ":")))
    return "\n".join(lines) + "\n"
