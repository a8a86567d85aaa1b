"""Benchmark the GATT parsers in CPython; prints a JSON report.

    python bench/bench_sensors.py [--batch 256] [--batches 400] [--repeat 5]

For each characteristic a realistic payload (the public vectors' shapes) is parsed in batches of
``--batch`` notifications with ``parse_many`` (a list of ``bytes``) and ``parse_packed`` (one
buffer plus lengths, the worker's shape); the best of ``--repeat`` runs is reported as
notifications per second. ``mix`` replays the notifications of the three recordings in
tests/data/sensors/ in per-characteristic batches. The bar is 500,000 notifications/s.

``ingest`` times the worker's whole path per notification for the streaming characteristics:
``IngestSession.ingest`` (parse, checked readings, RR window, clock checks) with no store, and with
an in-memory encrypted store written once per batch (``store``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py_modules"))

from wayfarer._bridge.kv import MemoryKV  # noqa: E402
from wayfarer.ingest import IngestSession, VaultSink  # noqa: E402
from wayfarer.sensors import load_recording, parse_many, parse_packed  # noqa: E402
from wayfarer.store import Vault  # noqa: E402

INGESTED = ("heart_rate_uint8", "heart_rate_rr2", "plx_continuous")


def ingest_rate(uuid: int, payload: bytes, batch: int, batches: int, repeat: int, *, store: bool) -> float:
    """Notifications per second through ``IngestSession.ingest`` (best of ``repeat``)."""

    async def run() -> float:
        sink = None
        if store:
            vault = Vault(MemoryKV())
            await vault.setup("a long benchmark passphrase")
            sink = VaultSink(lambda: vault)
        session = IngestSession(sink)
        data, lengths = payload * batch, [len(payload)] * batch
        best, moment = 0.0, 1.79e12
        for _ in range(repeat):
            started = time.perf_counter()
            for _ in range(batches):
                times = [moment + 1000.0 * i for i in range(batch)]
                moment += 1000.0 * batch
                await session.ingest("bench", uuid, data, lengths, times)
            best = max(best, batch * batches / (time.perf_counter() - started))
        return best

    return asyncio.run(run())


PAYLOADS = {
    "heart_rate_uint8": (0x2A37, "00 48"),
    "heart_rate_rr2": (0x2A37, "16 48 5B 03 80 03"),
    "plx_continuous": (0x2A5F, "00 61 00 48 00"),
    "plx_continuous_full": (0x2A5F, "1F DE F3 CA F3 CA F3 5A F5 D4 F3 B2 F2 20 01 00 00 00 7A E3"),
    "plx_spot_check": (0x2A5E, "0F AC F3 BE F5 E8 07 0B 1D 17 08 39 20 40 22 00 00 66 E3"),
    "blood_pressure": (0x2A35, "1E 8A 00 58 00 78 00 E8 07 04 11 14 29 3B 3C 00 01 27 00"),
    "temperature": (0x2A1C, "06 B0 0E 00 FE DC 07 0C 05 0B 32 1B 04"),
    "glucose": (0x2A18, "1B 01 00 E8 07 03 0A 07 1E 00 F1 FF 61 B0 12 01 00"),
}


def best_rate(run: Callable[[], int], repeat: int) -> float:
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        count = run()
        best = max(best, count / (time.perf_counter() - started))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--batches", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    report: dict[str, object] = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "batch": args.batch,
        "unit": "notifications/s",
        "bar": 500_000,
        "load_avg_1_5_15_start": [round(x, 2) for x in os.getloadavg()],
    }
    results: dict[str, dict[str, float]] = {}
    for name, (uuid, text) in PAYLOADS.items():
        payload = bytes.fromhex(text)
        batch = [payload] * args.batch
        packed = payload * args.batch
        lengths = [len(payload)] * args.batch

        def many(batch: list[bytes] = batch, uuid: int = uuid) -> int:
            for _ in range(args.batches):
                parse_many(uuid, batch)
            return int(args.batches * args.batch)

        def packed_run(packed: bytes = packed, lengths: list[int] = lengths, uuid: int = uuid) -> int:
            view = memoryview(packed)
            for _ in range(args.batches):
                parse_packed(uuid, view, lengths)
            return int(args.batches * args.batch)

        results[name] = {
            "parse_many": round(best_rate(many, args.repeat)),
            "parse_packed": round(best_rate(packed_run, args.repeat)),
        }
    recordings = sorted((ROOT / "tests" / "data" / "sensors").glob("*.jsonl"))
    if recordings:
        by_uuid: dict[int, list[bytes]] = defaultdict(list)
        for path in recordings:
            for note in load_recording(path).notifications():
                by_uuid[note.uuid].append(note.payload)
        total = sum(len(v) for v in by_uuid.values())

        def mix() -> int:
            for uuid, payloads in by_uuid.items():
                for start in range(0, len(payloads), args.batch):
                    parse_many(uuid, payloads[start : start + args.batch])
            return total

        results["recordings_mix"] = {"parse_many": round(best_rate(mix, args.repeat)), "notifications": total}
    for name in INGESTED:
        uuid, text = PAYLOADS[name]
        payload = bytes.fromhex(text)
        results[name]["ingest"] = round(ingest_rate(uuid, payload, args.batch, 40, args.repeat, store=False))
        results[name]["ingest_store"] = round(ingest_rate(uuid, payload, 1024, 4, args.repeat, store=True))
    report["results"] = results
    report["load_avg_1_5_15_end"] = [round(x, 2) for x in os.getloadavg()]
    report["meets_bar"] = {
        name: value["parse_many"] >= 500_000 for name, value in results.items() if "parse_many" in value
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
