"""Live sensor readings in the worker: packed notification batches in, acknowledged readings out.

The page (``web/bluetooth.mjs``) batches each characteristic's notifications into one transferred
ArrayBuffer with a length and a receive time per notification; the worker hands them to
:func:`ingest_json`, which parses them with :func:`wayfarer.sensors.parse_packed`, checks the
readings with :mod:`wayfarer.vitals`, saves them through the session's :class:`ReadingSink` and
answers with a JSON acknowledgement. ``sensors.summary``, ``sensors.disconnected`` and
``sensors.reset`` (listed in ``wayfarer.api``) serve the screen.

The sink seam: :func:`default_sink` is where the encrypted store is connected. Until it is,
readings are parsed, checked and shown but **not saved**, and every acknowledgement says so
(``"saved": false``); nothing pretends to persist them.
"""

from __future__ import annotations

import json
from typing import Any

from wayfarer._bridge.buffers import as_memoryview

from ._errors import BatchError, IngestError
from ._session import (
    MAX_BATCH,
    MAX_DEVICES,
    BatchResult,
    DeviceState,
    IngestSession,
    PayloadError,
    ReadingSink,
    reading_json,
)

_session: IngestSession | None = None


def default_sink() -> ReadingSink | None:
    """The encrypted store's reading sink, or ``None`` while no store is connected (not saved)."""
    return None


def default_session() -> IngestSession:
    """The worker's one session (made on first use, with :func:`default_sink`)."""
    global _session
    if _session is None:
        _session = IngestSession(default_sink())
    return _session


async def ingest_json(device: str, uuid: int, data: Any, lengths: Any, times_ms: Any) -> str:
    """The worker's entry point for a batch: never raises, answers one JSON text.

    ``data`` is the payloads back to back, ``lengths`` (a ``Uint16Array``/``Uint32Array`` or a
    list) one byte count per payload, ``times_ms`` (a ``Float64Array`` or a list) one receive time
    per payload in ms since 1970. Answers ``{"ok": <BatchResult JSON>}`` or
    ``{"error": {"name", "message"}}`` like ``wayfarer.api.call_json``.
    """
    try:
        result = await default_session().ingest(
            str(device), int(uuid), as_memoryview(data), _numbers(lengths), _numbers(times_ms)
        )
        return json.dumps({"ok": result.to_json()}, allow_nan=False, ensure_ascii=False)
    except Exception as error:
        return json.dumps(
            {"error": {"name": type(error).__name__, "message": str(error) or type(error).__name__}},
            ensure_ascii=False,
        )


def _numbers(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return value
    return as_memoryview(value)


def summary() -> dict[str, Any]:
    """``sensors.summary``: latest value per parameter, counts per device, recent errors."""
    return default_session().summary()


def disconnected(device: str) -> dict[str, Any]:
    """``sensors.disconnected``: a device dropped; its heart-rate variability window restarts."""
    default_session().disconnected(device)
    return default_session().summary()


def reset() -> dict[str, Any]:
    """``sensors.reset``: start a new session (a new demo, a new set of devices)."""
    global _session
    _session = IngestSession(default_sink())
    return _session.summary()


__all__ = [
    "MAX_BATCH",
    "MAX_DEVICES",
    "BatchError",
    "BatchResult",
    "DeviceState",
    "IngestError",
    "IngestSession",
    "PayloadError",
    "ReadingSink",
    "default_session",
    "default_sink",
    "disconnected",
    "ingest_json",
    "reading_json",
    "reset",
    "summary",
]
