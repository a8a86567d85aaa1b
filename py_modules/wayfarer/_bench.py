"""Timings taken inside the running Python (the browser worker or CPython) for the benchmarks in
``bench/``. Measures only; never used by the app itself."""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _readings(rng: random.Random, at: datetime) -> list[dict[str, Any]]:
    time_text = (at - timedelta(minutes=rng.randint(1, 50))).strftime("%Y-%m-%dT%H:%M:%SZ")
    values: dict[str, tuple[float | str | bool, str]] = {
        "resp_rate": (rng.randint(10, 30), "/min"),
        "spo2": (rng.randint(86, 100), "%"),
        "heart_rate": (rng.randint(45, 140), "/min"),
        "systolic_bp": (rng.randint(85, 190), "mmHg"),
        "diastolic_bp": (rng.randint(50, 100), "mmHg"),
        "temperature": (round(rng.uniform(35.2, 39.8), 1), "Cel"),
        "consciousness": (rng.choice("AAAAAAAC"), "{ACVPU}"),
        "on_oxygen": (rng.random() < 0.1, "{bool}"),
    }
    return [
        {"parameter": name, "value": value, "unit": unit, "time": time_text}
        for name, (value, unit) in values.items()
    ]


async def risk(repeats: int = 2000, batch_size: int = 2847) -> dict[str, Any]:
    """One rules assessment (NEWS2 + qSOFA + baselines over the example profile) repeated, then a
    kiosk batch in chunks; times in milliseconds."""
    from wayfarer.profile import Profile
    from wayfarer.risk import assess, iter_assess_batch

    rng = random.Random(2847)
    at = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    profile = Profile.example().to_json()
    samples = [_readings(rng, at) for _ in range(200)]
    for readings in samples[:50]:
        assess(profile, readings, at=at)
    single: list[float] = []
    for index in range(repeats):
        readings = samples[index % len(samples)]
        started = time.perf_counter()
        assess(profile, readings, at=at)
        single.append((time.perf_counter() - started) * 1000)

    items = [(profile, _readings(rng, at)) for _ in range(batch_size)]
    chunks: list[float] = []
    batch_started = time.perf_counter()
    results = 0
    chunk_started = time.perf_counter()
    for chunk in iter_assess_batch(items, at=at):
        results += len(chunk)
        chunks.append((time.perf_counter() - chunk_started) * 1000)
        await asyncio.sleep(0)
        chunk_started = time.perf_counter()
    batch_total = (time.perf_counter() - batch_started) * 1000
    return {
        "single_p50_ms": round(statistics.median(single), 4),
        "single_p99_ms": round(_percentile(single, 0.99), 4),
        "single_per_second": round(1000 / statistics.mean(single)),
        "batch_patients": results,
        "batch_total_ms": round(batch_total, 2),
        "batch_chunks": len(chunks),
        "batch_longest_chunk_ms": round(max(chunks), 3),
    }
