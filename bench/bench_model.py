"""Benchmark the deterioration model under CPython: features + ONNX inference, one row and 2,847 rows.

    .venv/bin/python bench/bench_model.py [--repeat 300]

Prints one JSON object. Inputs are synthetic people (30 hours of hourly readings of the seven vital
signs, randomised), not patient data. Inference goes through ``wayfarer._bridge.onnx`` (onnxruntime,
one intra-op thread), exactly the path ``wayfarer.risk.model`` uses.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py_modules"))

from wayfarer.risk import model  # noqa: E402
from wayfarer.risk.features import features_now  # noqa: E402

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
PATIENTS = 2847


@dataclass(frozen=True, slots=True)
class _Reading:
    parameter: str
    value: float
    time: datetime


def _person(seed: int) -> list[_Reading]:
    rng = random.Random(seed)
    centre = {
        "heart_rate": 80,
        "spo2": 96,
        "temperature": 37.0,
        "systolic_bp": 125,
        "diastolic_bp": 72,
        "mean_arterial_pressure": 90,
        "resp_rate": 17,
    }
    spread = {"temperature": 0.4, "spo2": 1.5}
    readings = []
    for hours_ago in range(30):
        moment = NOW - timedelta(hours=hours_ago, minutes=rng.randrange(60))
        for parameter, value in centre.items():
            if rng.random() < 0.8:
                readings.append(_Reading(parameter, value + rng.gauss(0, spread.get(parameter, 6)), moment))
    return readings


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1e3, 4),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1e3, 4),
        "mean_ms": round(statistics.fmean(ordered) * 1e3, 4),
    }


async def _bench(repeat: int) -> dict[str, object]:
    meta = model.load_repo_model_meta()
    people = [_person(seed) for seed in range(PATIENTS)]
    await model.probabilities([features_now(people[0], NOW, age_years=70, male=True)], meta)  # warm-up

    feature_times, inference_times, explain_times, total_times = [], [], [], []
    explain_graph_times = []
    for index in range(repeat):
        readings = people[index % PATIENTS]
        started = time.perf_counter()
        row = features_now(readings, NOW, age_years=70, male=True)
        featured = time.perf_counter()
        await model.probabilities([row], meta)
        inferred = time.perf_counter()
        model.top_contributions(row, meta)
        explained = time.perf_counter()
        if meta.explain_model is not None:  # what the app runs: probability and reasons at once
            await model.explained_rows([row], meta, meta.explain_model)
            explain_graph_times.append(time.perf_counter() - explained)
        feature_times.append(featured - started)
        inference_times.append(inferred - featured)
        explain_times.append(explained - inferred)
        total_times.append(explained - started)

    batch_started = time.perf_counter()
    rows = [features_now(readings, NOW, age_years=70, male=True) for readings in people]
    batch_featured = time.perf_counter()
    await model.probabilities(rows, meta)
    batch_inferred = time.perf_counter()
    return {
        "runtime": f"CPython {platform.python_version()} + onnxruntime via wayfarer._bridge.onnx",
        "readings_per_person": round(statistics.fmean(len(p) for p in people), 1),
        "one_row": {
            "features": _percentiles(feature_times),
            "inference": _percentiles(inference_times),
            "explanation": _percentiles(explain_times),  # the Python tree walk (the reference)
            "inference_with_explanation_graph": _percentiles(explain_graph_times or [0.0]),
            "features_inference_explanation": _percentiles(total_times),
            "repeat": repeat,
        },
        f"batch_{PATIENTS}": {
            "features_ms": round((batch_featured - batch_started) * 1e3, 2),
            "inference_ms": round((batch_inferred - batch_featured) * 1e3, 2),
            "total_ms": round((batch_inferred - batch_started) * 1e3, 2),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(_bench(args.repeat))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
