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


async def _chunked(chunks: Any) -> tuple[int, float, list[float]]:
    """Drain a chunk iterator as the worker does (yield to the event loop after each chunk)."""
    times: list[float] = []
    results = 0
    batch_started = time.perf_counter()
    chunk_started = batch_started
    for chunk in chunks:
        results += len(chunk)
        times.append((time.perf_counter() - chunk_started) * 1000)
        await asyncio.sleep(0)
        chunk_started = time.perf_counter()
    return results, (time.perf_counter() - batch_started) * 1000, times


def _timed(repeats: int, call: Any) -> list[float]:
    samples: list[float] = []
    for index in range(repeats):
        started = time.perf_counter()
        call(index)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _summary(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(samples), 4),
        "p99_ms": round(_percentile(samples, 0.99), 4),
        "per_second": round(1000 / statistics.mean(samples)),
    }


async def risk(repeats: int = 2000, batch_size: int = 2847) -> dict[str, Any]:
    """One rules assessment (NEWS2 + qSOFA + baselines over the example profile) repeated, then a
    kiosk batch in chunks; times in milliseconds.

    ``single_*``: ``assess(profile_json, readings_json)`` (the profile read on every call);
    ``single_json``: the same plus ``to_json()`` (what ``risk.assess`` does);
    ``single_context``: with the profile read once into a ``RiskContext``; ``batch_*``:
    ``iter_assess_batch`` (assessments), ``batch_json_*``: ``iter_assess_batch_json`` (what
    ``risk.assess_batch`` runs), both over one shared profile object.
    """
    from wayfarer.profile import Profile
    from wayfarer.risk import RiskContext, assess, iter_assess_batch, iter_assess_batch_json

    rng = random.Random(2847)
    at = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    profile = Profile.example().to_json()
    context = RiskContext.from_profile(profile, on=at.date())
    samples = [_readings(rng, at) for _ in range(200)]
    for readings in samples[:50]:
        assess(profile, readings, at=at).to_json()
    count = len(samples)
    single = _timed(repeats, lambda i: assess(profile, samples[i % count], at=at))
    single_json = _timed(repeats, lambda i: assess(profile, samples[i % count], at=at).to_json())
    single_context = _timed(repeats, lambda i: assess(context, samples[i % count], at=at))

    items = [(profile, _readings(rng, at)) for _ in range(batch_size)]
    results, batch_total, chunks = await _chunked(iter_assess_batch(items, at=at))
    json_results, json_total, json_chunks = await _chunked(iter_assess_batch_json(items, at=at))
    one = _summary(single)
    return {
        "single_p50_ms": one["p50_ms"],
        "single_p99_ms": one["p99_ms"],
        "single_per_second": one["per_second"],
        "single_json": _summary(single_json),
        "single_context": _summary(single_context),
        "batch_patients": results,
        "batch_total_ms": round(batch_total, 2),
        "batch_chunks": len(chunks),
        "batch_longest_chunk_ms": round(max(chunks), 3),
        "batch_median_chunk_ms": round(statistics.median(chunks), 3),
        "batch_json_patients": json_results,
        "batch_json_total_ms": round(json_total, 2),
        "batch_json_chunks": len(json_chunks),
        "batch_json_longest_chunk_ms": round(max(json_chunks), 3),
        "batch_json_median_chunk_ms": round(statistics.median(json_chunks), 3),
    }
