"""Bluetooth notifications through the app's real ingest path in Debian's Chromium; prints one JSON report.

A scripted fake strap (tests/e2e/fakes/bluetooth.js, the same as the E2E tests) replaces
navigator.bluetooth; from each 'characteristicvaluechanged' event on, everything is the app: the
page's batcher packs notifications into one transferred ArrayBuffer per characteristic, the worker
hands it to Python (one copy into wasm memory), ``wayfarer.ingest`` parses it with
``parse_packed``, makes checked readings (RR window, plausibility) and, with the store set up,
writes them encrypted before acknowledging.

Reported per payload and mode:

- ``notifications_per_s``: notifications parsed, checked and answered per second of wall time,
  the emitter paced so that at most ``--window`` notifications are unanswered (no drops: a
  throughput figure). With the store, readings are written together (at most 5 s after they
  arrive, or 8,192 at a time) and acknowledged then: ``acknowledged`` counts them and
  ``all_acknowledged_s`` says when the last acknowledgement came;
- ``batch``: notifications per batch (the batcher sends catch-up batches of up to 8,192);
- ``worker_ms``: time inside Python per batch (p50/p95) and per notification (µs);
- ``round_trip_ms``: page → worker → page per batch (p50/p95).

``flood`` emits notifications with no pacing at all: the page's queue stays capped (8,192) and
the oldest are dropped and counted. The bar is 100,000 notifications/s, batched.

Why the browser's Python took ~11 µs per notification against CPython's 0.55 µs (2026-11-23,
timed stage by stage in a second Pyodide inside the app's worker): not the crossing from JS (one
``to_memoryview`` each for the bytes, lengths and times per batch) and not the parser (about 1 µs
in Pyodide, 2x CPython), but the store sink: with no passphrase set up, every batch still built
all its text rows and canonical JSON before the store refused the write (~3-5 µs per
notification). With the store, each 2,048-notification batch made three segment writes and four
activity-log entries (~6 ms each: hash, two encryptions, an IndexedDB transaction). Now no-store
batches skip the sink, a backlog is written as one segment of its own per write, catch-up batches
carry up to 8,192 notifications and readings are written 4,096 at a time.

With the store set up it was still 25-57k notifications/s. Timed stage by stage in the worker (a
second Pyodide running the app's wheel against the same IndexedDB; 4,096 heart rates per write,
load ~4): 40.7 ms per write, of which the store 25.5 ms (two activity-log entries in two
transactions 11.4, a meta read 2.4, a card read and decryption 1.5, the record 3 x AES + write) and
9.3 ms building one text row per reading. Now (same probe, load ~3): 14.4 ms; a write is one
transaction holding the record, its one audit entry and the signed head; the entry is signed while
the record is encrypted and the store's set-up is checked; writes the emergency card does not show
skip the card; segments are float64 columns and a table of row kinds, not text rows; readings are
written 8,192 at a time. What remains per write is ~8 ms of round trips to Web Crypto and
IndexedDB (sign, seal, write) and the parser.

``--store-only`` measures only the encrypted store and the flood; ``--count`` sets the size.

Run: ``PYTHONPATH=py_modules .venv/bin/python bench/bench_sensors_browser.py [--count 200000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "py_modules"))

from playwright.sync_api import sync_playwright  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, WEB, Host, wait_for  # noqa: E402

FAKE = ROOT / "tests" / "e2e" / "fakes" / "bluetooth.js"
PAYLOADS = {
    "heart_rate_uint8": "0048",
    "heart_rate_rr2": "16485B038003",
}
PASSPHRASE = "a long benchmark passphrase"

DRIVE = """async ({ count, hex, slice, window: ahead, paced }) => {
  const stats = { acked: 0, received: 0, readings: 0, stored: 0, batches: 0, dropped: 0, errors: 0,
                  worker: [], sizes: [], trips: [] };
  const listen = (event) => {
    const d = event.detail;
    if (d.type === 'ack') {
      const received = d.ack.received ?? d.ack.notifications;
      stats.acked += d.ack.notifications; stats.received += received;
      stats.readings += d.ack.readings; stats.stored += d.ack.stored;
      stats.batches += 1; stats.worker.push(d.ack.worker_ms); stats.sizes.push(received);
      stats.trips.push(d.ack.roundTripMs);
    } else if (d.type === 'dropped') stats.dropped += d.count;
    else if (d.type === 'error') stats.errors += 1;
  };
  addEventListener('wayfarer-sensors', listen);
  const started = performance.now();
  let sent = 0;
  while (sent < count) {
    const k = Math.min(slice, count - sent);
    sent += await fakeBluetooth.flood('strap', 0x2A37, hex, k, k);
    while (paced && sent - stats.received > ahead) await new Promise((r) => setTimeout(r, 1));
  }
  const emitted = performance.now() - started;
  const deadline = performance.now() + 120000;
  while (stats.received + stats.dropped < count && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 2));
  }
  stats.elapsedMs = performance.now() - started;
  // Saving: the last readings wait (at most 5 s) for the next write; note when they are acknowledged.
  while (stats.acked < stats.received && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
  }
  stats.lastAckMs = performance.now() - started;
  stats.emitMs = emitted;
  removeEventListener('wayfarer-sensors', listen);
  return stats;
}"""


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def summarise(stats: dict[str, Any]) -> dict[str, Any]:
    acked = stats["acked"]
    worker = stats["worker"]
    return {
        "notifications": stats["received"],
        "acknowledged": acked,
        "all_acknowledged_s": round(stats["lastAckMs"] / 1000, 3),
        "dropped": stats["dropped"],
        "batch_errors": stats["errors"],
        "readings": stats["readings"],
        "stored": stats["stored"],
        "elapsed_s": round(stats["elapsedMs"] / 1000, 3),
        "notifications_per_s": round(stats["received"] / (stats["elapsedMs"] / 1000)),
        "batches": stats["batches"],
        "batch": {
            "mean": round(statistics.fmean(stats["sizes"]), 1) if stats["sizes"] else 0,
            "max": max(stats["sizes"], default=0),
        },
        "worker_ms": {
            "p50": round(pct(worker, 0.5), 3),
            "p95": round(pct(worker, 0.95), 3),
            "per_notification_us": round(sum(worker) * 1000 / stats["received"], 3)
            if stats["received"]
            else None,
        },
        "round_trip_ms": {
            "p50": round(pct(stats["trips"], 0.5), 3),
            "p95": round(pct(stats["trips"], 0.95), 3),
        },
    }


def drive(page: Any, count: int, hex_payload: str, *, paced: bool, window: int) -> dict[str, Any]:
    page.evaluate("window.wayfarer.call('sensors.reset')")
    stats: dict[str, Any] = page.evaluate(
        DRIVE, {"count": count, "hex": hex_payload, "slice": 2048, "window": window, "paced": paced}
    )
    return summarise(stats)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000, help="notifications per measurement")
    parser.add_argument("--window", type=int, default=6144, help="most unacknowledged notifications (paced)")
    parser.add_argument("--store-only", action="store_true", help="skip the runs without the store")
    args = parser.parse_args()
    host = Host(WEB).start()
    report: dict[str, Any] = {
        "unit": "notifications/s",
        "bar": 100_000,
        "count": args.count,
        "load_avg_1_5_15_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            context = browser.new_context()
            context.add_init_script(path=str(FAKE))
            page = context.new_page()
            page.goto(host.url + "#/sensors")
            wait_for(page, "window.wayfarer !== undefined", 90_000)
            report["isolated"] = page.evaluate("window.wayfarer.ready").get("crossOriginIsolated")
            page.evaluate(
                "fakeBluetooth.add('strap', 'Bench strap', {6157: [0x2A37]}); fakeBluetooth.choose('strap')"
            )
            page.get_by_role("button", name="Connect a device").click()
            wait_for(
                page, "document.querySelector('[data-device=\"ble:strap\"]')?.dataset.state === 'connected'"
            )
            # Warm up: imports, first batches.
            drive(page, 20_000, PAYLOADS["heart_rate_uint8"], paced=True, window=args.window)
            if not args.store_only:
                report["no_store"] = {
                    name: drive(page, args.count, hex_payload, paced=True, window=args.window)
                    for name, hex_payload in PAYLOADS.items()
                }
            page.evaluate(f"window.wayfarer.call('store.setup', {json.dumps(PASSPHRASE)})")
            report["encrypted_store"] = {
                name: drive(page, args.count, hex_payload, paced=True, window=args.window)
                for name, hex_payload in PAYLOADS.items()
            }
            report["flood_unpaced"] = drive(
                page, args.count, PAYLOADS["heart_rate_uint8"], paced=False, window=0
            )
            browser.close()
    finally:
        host.stop()
    report["load_avg_1_5_15_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
