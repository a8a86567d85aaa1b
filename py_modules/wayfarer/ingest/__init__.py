"""Live sensor readings in the worker: packed notification batches in, acknowledged readings out.

The page (``web/bluetooth.mjs``) batches each characteristic's notifications into one transferred
ArrayBuffer with a length and a receive time per notification; the worker hands them to
:func:`ingest_json`, which parses them with :func:`wayfarer.sensors.parse_packed`, checks the
readings with :mod:`wayfarer.vitals`, saves them through the session's :class:`ReadingSink` and
answers with a JSON acknowledgement. ``sensors.summary``, ``sensors.disconnected`` and
``sensors.reset`` (listed in ``wayfarer.api``) serve the screen.

The sink: :func:`default_sink` writes to the worker's encrypted store (``wayfarer.privacy.vault``)
in segment records (see :mod:`wayfarer.ingest._store`) before readings are acknowledged. The
worker's session shows each batch at once but writes a device's readings together, at most
:data:`SAVE_EVERY_MS` (5 s) after the first of them arrived or once :data:`SAVE_ROWS` wait, so a
1 Hz strap makes one store write per 5 s, not one per second; the page asks again when an answer
says readings are ``pending`` (its flush timer), and before a disconnect. The store logs each
segment as one series ("Saved 1,024 heart-rate readings from Polar H10"), see
``wayfarer.store.Vault.put_series``. An acknowledgement therefore comes at most ~5.3 s after a
notification (5 s plus the page's 250 ms batching), and only for readings that were written.
While no passphrase is set up there is nowhere to write: readings are parsed, checked and shown
but **not saved**, acknowledged at once, and every acknowledgement says so (``"saved": false``).
"""

from __future__ import annotations

import json
from typing import Any

from wayfarer._bridge.buffers import as_memoryview

from ._errors import BatchError, IngestError
from ._session import (
    MAX_BATCH,
    MAX_DEVICES,
    SAVE_EVERY_MS,
    SAVE_ROWS,
    BatchResult,
    DeviceState,
    IngestSession,
    PayloadError,
    ReadingSink,
    reading_json,
)
from ._store import FORMAT, MAX_SEGMENT_ROWS, RECORD_PREFIX, ROWS_FORMAT, SEGMENT_ROWS, VaultSink, read_rows

_session: IngestSession | None = None


def default_sink() -> ReadingSink | None:
    """The worker's encrypted store, through a :class:`VaultSink` (a new record session each time)."""
    from wayfarer.privacy import vault

    return VaultSink(vault)


def default_session() -> IngestSession:
    """The worker's one session (made on first use, with :func:`default_sink`)."""
    global _session
    if _session is None:
        _session = IngestSession(default_sink(), save_every_ms=SAVE_EVERY_MS)
    return _session


async def ingest_json(
    device: str, uuid: int, data: Any, lengths: Any, times_ms: Any, label: Any = None
) -> str:
    """The worker's entry point for a batch: never raises, answers one JSON text.

    ``data`` is the payloads back to back, ``lengths`` (a ``Uint16Array``/``Uint32Array`` or a
    list) one byte count per payload, ``times_ms`` (a ``Float64Array`` or a list) one receive time
    per payload in ms since 1970; ``label`` the device's name for people, when known. An empty batch
    asks for the device's waiting readings to be written now. Answers ``{"ok": <BatchResult JSON>}`` or
    ``{"error": {"name", "message"}}`` like ``wayfarer.api.call_json``.
    """
    try:
        result = await default_session().ingest(
            str(device),
            int(uuid),
            as_memoryview(data),
            _numbers(lengths),
            _numbers(times_ms),
            label=None if label is None else str(label),
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


async def disconnected(device: str) -> dict[str, Any]:
    """``sensors.disconnected``: a device dropped; its heart-rate variability window restarts and the
    store's open series are closed, so the activity log says what was saved (the page flushes the
    device's waiting readings before it reports the drop)."""
    default_session().disconnected(device)
    from wayfarer.privacy import vault

    await vault().close_series()
    return default_session().summary()


def reset() -> dict[str, Any]:
    """``sensors.reset``: start a new session (a new demo, a new set of devices)."""
    global _session
    _session = IngestSession(default_sink(), save_every_ms=SAVE_EVERY_MS)
    return _session.summary()


async def stored() -> dict[str, Any]:
    """``sensors.stored``: every sensor reading in the (unlocked) store, per device, oldest first.

    Decrypting records is a logged read. Raises the store's ``LockedError`` while locked.
    """
    from wayfarer.privacy import vault

    store = vault()
    listed = await store.list_records()
    devices: dict[str, list[dict[str, Any]]] = {}
    for record in listed["records"]:
        if record["category"] != "vitals" or not record["id"].startswith(RECORD_PREFIX):
            continue
        data = (await store.get(record["id"], purpose="self"))["data"]
        for row in read_rows(data):
            devices.setdefault(row["device"], []).append(row)
    for rows in devices.values():
        rows.sort(key=lambda row: row["time_ms"])
    return {
        "readings": sum(len(rows) for rows in devices.values()),
        "devices": devices,
        "damaged": listed["damaged"],
    }


__all__ = [
    "FORMAT",
    "MAX_BATCH",
    "MAX_DEVICES",
    "MAX_SEGMENT_ROWS",
    "RECORD_PREFIX",
    "ROWS_FORMAT",
    "SAVE_EVERY_MS",
    "SAVE_ROWS",
    "SEGMENT_ROWS",
    "BatchError",
    "BatchResult",
    "DeviceState",
    "IngestError",
    "IngestSession",
    "PayloadError",
    "ReadingSink",
    "VaultSink",
    "default_session",
    "default_sink",
    "disconnected",
    "ingest_json",
    "read_rows",
    "reading_json",
    "reset",
    "stored",
    "summary",
]
