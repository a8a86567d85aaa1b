"""Benchmark wayfarer.risk on CPython: prints one JSON report on stdout.

Scenarios (all readings pre-built as Reading records unless marked json):
- ``current_only``: one person, 13 current readings (every parameter), profile dict → assess();
  ``current_only_context_prebuilt`` passes a RiskContext built once per person instead.
- ``with_history``: the same plus a 7-day history (4 readings/day of heart rate, SpO2,
  temperature, systolic and diastolic BP: 140 readings) so the personal baselines are computed.
- ``json_round_trip``: assess_json() from reading JSON objects to the assessment JSON.
- ``batch``: 2,847 kiosk patients (current readings only) through iter_assess_batch(), with the
  per-chunk wall time (the worker yields to the event loop between chunks); ``batch_json``: the
  same from reading JSON through iter_assess_batch_json() (what ``risk.assess_batch`` runs: the
  assessment JSON is made inside each chunk).
- ``kiosk``: the same 2,847 people as a compact kiosk batch (``iter_assess_kiosk``: the profile
  once, the readings column by column, a summary per person: level, NEWS2 total/risk/complete,
  top reason codes), timed from the batch's JSON text to the answer's JSON text (parse, every
  chunk, answer encoding); ``per_second`` counts people summarised per second of that.
- ``cpu_us``: the same single scenarios timed in process CPU time (best of 5), which a loaded
  machine disturbs less than wall time.

Targets (issue 5): ≥ 50,000 rules assessments/s on CPython; the browser bars are measured by the
e2e benchmark, not here. Run: ``.venv/bin/python bench/bench_risk.py [--quick]``.
"""

from __future__ import annotations

import json
import math
import os
import platform
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "py_modules"))

from wayfarer.risk import (
    Assessment,
    RiskContext,
    assess,
    assess_json,
    iter_assess_batch,
    iter_assess_batch_json,
    iter_assess_kiosk,
)
from wayfarer.vitals import CANONICAL_UNIT, Parameter, Reading

AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
PROFILE: dict[str, Any] = {
    "schema_version": 1,
    "date_of_birth": "1949-04-12",
    "sex": "female",
    "conditions": [{"concept_id": "af", "codes": {"snomed": "49436004", "icd10": "I48.9"}, "text": "AF"}],
    "medicines": [
        {"concept_id": "bb", "codes": {"atc": "C07AB07"}, "text": "bisoprolol", "flags": ["beta_blocker"]}
    ],
    "target_spo2_range": None,
    "hypercapnic_respiratory_failure_confirmed": False,
    "baseline_vitals": {"heart_rate": 64, "systolic_bp": 132},
    "travel_plan": {"current_country": "ES"},
}


def current(rng: random.Random, at: datetime) -> list[Reading]:
    t = at - timedelta(minutes=rng.randint(1, 120))
    values: dict[Parameter, float | str | bool] = {
        Parameter.RESP_RATE: rng.randint(10, 28),
        Parameter.SPO2: rng.randint(88, 100),
        Parameter.ON_OXYGEN: rng.random() < 0.1,
        Parameter.SYSTOLIC_BP: rng.randint(85, 190),
        Parameter.DIASTOLIC_BP: rng.randint(50, 80),
        Parameter.MEAN_ARTERIAL_PRESSURE: rng.randint(65, 110),
        Parameter.HEART_RATE: rng.randint(45, 135),
        Parameter.PULSE_RATE: rng.randint(45, 135),
        Parameter.CONSCIOUSNESS: rng.choice("AAAAAAAAAC"),
        Parameter.TEMPERATURE: rng.randint(355, 395) / 10,
        Parameter.HRV_RMSSD: rng.randint(10, 60),
        Parameter.PERFUSION_INDEX: rng.randint(5, 80) / 10,
        Parameter.BLOOD_GLUCOSE: rng.randint(40, 120) / 10,
    }
    return [Reading(p, v, CANONICAL_UNIT[p], t, "simulator") for p, v in values.items()]


def history(rng: random.Random, at: datetime) -> list[Reading]:
    out = []
    for hours in range(12, 24 * 7, 6):
        t = at - timedelta(hours=hours)
        for p, v in (
            (Parameter.HEART_RATE, rng.gauss(64, 4)),
            (Parameter.SPO2, rng.randint(95, 99)),
            (Parameter.TEMPERATURE, round(rng.gauss(36.4, 0.2), 1)),
            (Parameter.SYSTOLIC_BP, rng.gauss(132, 8)),
            (Parameter.DIASTOLIC_BP, rng.gauss(78, 5)),
        ):
            out.append(Reading(p, v, CANONICAL_UNIT[p], t, "simulator"))
    return out


def timed(calls: int, fn: Any) -> dict[str, float]:
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    samples.sort()
    total = sum(samples)
    return {
        "calls": calls,
        "per_second": round(calls / total),
        "p50_us": round(samples[len(samples) // 2] * 1e6, 1),
        "p99_us": round(samples[int(len(samples) * 0.99)] * 1e6, 1),
        "mean_us": round(total / calls * 1e6, 1),
    }


def _batch(chunks: Any) -> dict[str, Any]:
    chunk_ms: list[float] = []
    count = 0
    start = time.perf_counter()
    chunk_start = start
    for chunk in chunks:
        chunk_ms.append((time.perf_counter() - chunk_start) * 1e3)
        count += len(chunk)
        chunk_start = time.perf_counter()
    return {
        "patients": count,
        "total_ms": round((time.perf_counter() - start) * 1e3, 2),
        "chunks": len(chunk_ms),
        "max_chunk_ms": round(max(chunk_ms), 3),
        "median_chunk_ms": round(statistics.median(chunk_ms), 3),
    }


def cpu_us(calls: int, fn: Any) -> float:
    """Best of 5 runs of ``calls`` calls, in process CPU microseconds per call."""
    best = math.inf
    for _ in range(5):
        start = time.process_time()
        for _ in range(calls):
            fn()
        best = min(best, time.process_time() - start)
    return round(best / calls * 1e6, 1)


def kiosk(patients: list[tuple[Any, list[Reading]]], runs: int = 5) -> dict[str, Any]:
    """The kiosk path for ``patients`` (one shared profile), median of ``runs`` (see the module doc)."""
    columns = list(Parameter)
    times: list[int] = []
    values: dict[str, list[Any]] = {parameter.value: [] for parameter in columns}
    for _, readings in patients:
        given = {reading.parameter: reading.value for reading in readings}
        times.append(int(readings[0].time.timestamp() * 1000))
        for parameter in columns:
            values[parameter.value].append(given.get(parameter))
    batch = {"profiles": [PROFILE], "profile": [0] * len(times), "time_ms": times, "values": values}
    text = json.dumps([batch])
    reports = []
    for _ in range(runs):
        started = time.perf_counter()
        batch = json.loads(text)[0]
        parse_ms = (time.perf_counter() - started) * 1e3
        out: list[Any] = []
        chunk_ms: list[float] = []
        chunk_start = time.perf_counter()
        for _ in iter_assess_kiosk(batch, out, at=AT):
            chunk_ms.append((time.perf_counter() - chunk_start) * 1e3)
            chunk_start = time.perf_counter()
        answer_start = time.perf_counter()
        answer = json.dumps({"ok": out[0].to_json()})
        answer_ms = (time.perf_counter() - answer_start) * 1e3
        total_ms = (time.perf_counter() - started) * 1e3
        reports.append(
            {
                "patients": len(times),
                "lean_rows": out[0].lean,
                "total_ms": round(total_ms, 2),
                "per_second": round(len(times) / total_ms * 1e3),
                "parse_ms": round(parse_ms, 3),
                "chunks": len(chunk_ms),
                "max_chunk_ms": round(max(chunk_ms), 3),
                "answer_ms": round(answer_ms, 3),
                "request_bytes": len(text),
                "answer_bytes": len(answer),
            }
        )
    reports.sort(key=lambda report: report["total_ms"])
    return reports[runs // 2]


def main() -> None:
    quick = "--quick" in sys.argv
    rng = random.Random(2847)
    n = 2_000 if quick else 20_000
    people = [current(rng, AT) for _ in range(200)]
    hist = history(rng, AT)
    people_with_history = [[*hist, *p] for p in people]
    people_json = [[r.to_json() for r in p] for p in people]

    for p in people[:50]:  # warm-up (fills the rounding caches as a running worker would)
        assess(PROFILE, p, at=AT)

    i = iter(range(10**9))
    report: dict[str, Any] = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": platform.machine(),
    }
    report["current_only"] = timed(n, lambda: assess(PROFILE, people[next(i) % 200], at=AT))
    context = RiskContext.from_profile(PROFILE, on=AT.date())
    report["current_only_context_prebuilt"] = timed(n, lambda: assess(context, people[next(i) % 200], at=AT))
    report["current_only_with_to_json"] = timed(
        n, lambda: assess(PROFILE, people[next(i) % 200], at=AT).to_json()
    )
    report["with_history"] = {
        "readings": len(people_with_history[0]),
        **timed(n // 4, lambda: assess(PROFILE, people_with_history[next(i) % 200], at=AT)),
    }
    report["json_round_trip"] = timed(n // 4, lambda: assess_json(PROFILE, people_json[next(i) % 200], at=AT))

    patients = [(PROFILE, current(rng, AT)) for _ in range(2847)]
    chunk_ms: list[float] = []
    results: list[Any] = []
    start = time.perf_counter()
    chunk_start = start
    for chunk in iter_assess_batch(patients, at=AT):
        now = time.perf_counter()
        chunk_ms.append((now - chunk_start) * 1e3)
        results.extend(chunk)
        chunk_start = time.perf_counter()
    total_ms = (time.perf_counter() - start) * 1e3
    levels: dict[str, int] = {}
    for result in results:
        if isinstance(result, Assessment):
            levels[result.level.value] = levels.get(result.level.value, 0) + 1
    report["batch"] = {
        "patients": len(patients),
        "assessed": sum(levels.values()),
        "total_ms": round(total_ms, 2),
        "chunks": len(chunk_ms),
        "max_chunk_ms": round(max(chunk_ms), 3),
        "median_chunk_ms": round(statistics.median(chunk_ms), 3),
        "levels": levels,
    }
    patients_json = [(PROFILE, [r.to_json() for r in readings]) for _, readings in patients]
    report["batch_json"] = _batch(iter_assess_batch_json(patients_json, at=AT))
    report["kiosk"] = kiosk(patients)
    report["cpu_us"] = {
        "current_only": cpu_us(n // 4, lambda: assess(PROFILE, people[next(i) % 200], at=AT)),
        "current_only_context_prebuilt": cpu_us(
            n // 4, lambda: assess(context, people[next(i) % 200], at=AT)
        ),
        "json_round_trip": cpu_us(n // 8, lambda: assess_json(PROFILE, people_json[next(i) % 200], at=AT)),
    }
    report["load_average_1min"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    report["includes"] = {
        "current_only": "assess(profile dict, 13 Reading records): the profile is read on every call",
        "current_only_context_prebuilt": "assess(RiskContext made once, 13 Reading records)",
        "kiosk": "JSON text of the compact batch -> parse -> every chunk -> JSON text of the answer",
    }
    report["target_per_second"] = 50_000
    report["meets_target"] = report["current_only"]["per_second"] >= 50_000
    report["meets_target_cpu"] = 1e6 / report["cpu_us"]["current_only"] >= 50_000
    report["meets_target_context_prebuilt"] = report["current_only_context_prebuilt"]["per_second"] >= 50_000
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
