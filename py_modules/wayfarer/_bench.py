"""Timings taken inside the running Python (the browser worker or CPython) for the benchmarks in
``bench/``. Measures only; never used by the app itself."""

from __future__ import annotations

import asyncio
import json
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


def _kiosk_rows(rng: random.Random, at: datetime, size: int) -> dict[str, Any]:
    """The kiosk's column-wise batch for ``size`` people sharing profile 0 (filled in by the caller)."""
    at_ms = int(at.timestamp()) * 1000
    rows = [
        (
            at_ms - rng.randint(1, 50) * 60_000,
            rng.randint(10, 30),
            rng.randint(86, 100),
            rng.randint(45, 140),
            rng.randint(85, 190),
            rng.randint(50, 84),
            rng.randint(352, 398) / 10,
            rng.choice("AAAAAAAC"),
            rng.random() < 0.1,
        )
        for _ in range(size)
    ]
    columns = zip(*rows, strict=True) if rows else iter([()] * 9)
    times = list(next(columns))
    names = [
        "resp_rate",
        "spo2",
        "heart_rate",
        "systolic_bp",
        "diastolic_bp",
        "temperature",
        "consciousness",
        "on_oxygen",
    ]
    values = {name: list(column) for name, column in zip(names, columns, strict=True)}
    return {"profiles": [], "profile": [0] * size, "time_ms": times, "values": values}


async def _kiosk(profile: dict[str, Any], at: datetime, size: int, runs: int = 3) -> dict[str, Any]:
    """``risk.assess_kiosk`` as the worker runs it, step by step (milliseconds, median of ``runs``):
    ``parse_ms`` the request JSON text → objects (``call_json``'s ``json.loads``), each chunk of
    assessments (the event loop gets control between them), ``answer_ms`` the answer → JSON text.
    ``longest_task_ms`` is the longest stretch Python held the worker: the parse plus the first
    chunk (they run in one task; the first chunk only reads the profiles), any later chunk, or
    the answer."""
    from wayfarer.risk import KioskResult, iter_assess_kiosk

    batch = _kiosk_rows(random.Random(2847), at, size)
    batch["profiles"] = [profile]
    text = json.dumps([batch, at.strftime("%Y-%m-%dT%H:%M:%SZ")])
    reports: list[dict[str, Any]] = []
    for _ in range(runs):
        started = time.perf_counter()
        args = json.loads(text)
        parse_ms = (time.perf_counter() - started) * 1000
        out: list[KioskResult] = []
        chunk_started = time.perf_counter()
        chunks: list[float] = []
        for _ in iter_assess_kiosk(args[0], out, at=at):
            chunks.append((time.perf_counter() - chunk_started) * 1000)
            await asyncio.sleep(0)
            chunk_started = time.perf_counter()
        answer_started = time.perf_counter()
        answer = json.dumps({"ok": out[0].to_json()}, allow_nan=False, ensure_ascii=False)
        answer_ms = (time.perf_counter() - answer_started) * 1000
        reports.append(
            {
                "total_ms": round((time.perf_counter() - started) * 1000, 2),
                "parse_ms": round(parse_ms, 3),
                "chunks": len(chunks),
                "longest_chunk_ms": round(max(chunks), 3),
                "chunk_ms": [round(chunk, 3) for chunk in chunks],
                "answer_ms": round(answer_ms, 3),
                "longest_task_ms": round(max(parse_ms + chunks[0], *chunks[1:], answer_ms), 3),
                "first_task_ms": round(parse_ms + chunks[0], 3),
                "lean_rows": out[0].lean,
                "request_bytes": len(text),
                "answer_bytes": len(answer),
            }
        )
    reports.sort(key=lambda report: report["total_ms"])
    return {
        "runs": runs,
        "worst_longest_task_ms": max(r["longest_task_ms"] for r in reports),
        **reports[runs // 2],
    }


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
    ``risk.assess_batch`` runs), both over one shared profile object; ``kiosk``: the compact
    ``risk.assess_kiosk`` batch (see :func:`_kiosk`) from its JSON text to its answer's JSON text.
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
    kiosk = await _kiosk(profile, at, batch_size)
    one = _summary(single)
    return {
        "kiosk": kiosk,
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


def _history(rng: random.Random, at: datetime, hours: int) -> list[dict[str, Any]]:
    """Hourly readings of the seven vital signs the model reads, ``hours`` back from ``at``."""
    centre = {
        "heart_rate": (80.0, 8.0, "/min"),
        "spo2": (96.0, 1.5, "%"),
        "temperature": (37.0, 0.4, "Cel"),
        "systolic_bp": (125.0, 10.0, "mmHg"),
        "diastolic_bp": (72.0, 6.0, "mmHg"),
        "mean_arterial_pressure": (90.0, 6.0, "mmHg"),
        "resp_rate": (17.0, 2.0, "/min"),
    }
    readings = []
    for hours_ago in range(1, hours + 1):
        time_text = (at - timedelta(hours=hours_ago, minutes=rng.randrange(60))).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
        for parameter, (middle, spread, unit) in centre.items():
            if rng.random() < 0.8:
                value = round(middle + rng.gauss(0.0, spread), 1)
                readings.append({"parameter": parameter, "value": value, "unit": unit, "time": time_text})
    return readings


async def _timed_async(repeats: int, call: Any) -> list[float]:
    samples: list[float] = []
    for index in range(repeats):
        started = time.perf_counter()
        await call(index)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


async def model(repeats: int = 1000, patients: int = 2847, batch_runs: int = 5) -> dict[str, Any]:
    """The deterioration model inside the running Python; times in milliseconds.

    ``features_batch_ms``: the model's float32 input rows of ``patients`` synthetic people (24 h
    of hourly readings each), from parsed readings (``model_bins`` + ``features_from_bins`` +
    ``model.float32_row``; ``float32_rows_ms`` is the last step's share); ``inference_batch_ms``:
    one bridge call for all those rows (the rows joined into one tensor, the copy to JavaScript,
    onnxruntime-web, the probabilities back), median and min of ``batch_runs``;
    ``inference_batch_from_lists_ms``: the same from the rows of Python floats
    ``features_from_bins`` returns (the float32 conversion of every value included); ``assess_*``:
    ``risk.model.assess_json`` (rules + features + model + JSON, the page's ``risk.assess``) for
    the current readings only (Check my signs) and with 24 h of history, with and without
    explanations (top features), after a warm-up pass over the 200 samples (``*_first_pass``:
    that pass itself).
    """
    from wayfarer.profile import Profile
    from wayfarer.risk import model as risk_model
    from wayfarer.risk.features import features_from_bins
    from wayfarer.vitals import Reading

    rng = random.Random(2847)
    at = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    meta = await risk_model.app_meta()
    people = [[Reading.from_json(item) for item in _history(rng, at, 24)] for _ in range(patients)]

    started = time.perf_counter()
    list_rows = [
        features_from_bins(risk_model.model_bins(readings, at)[0], age_years=70.0, male=True)
        for readings in people
    ]
    converting = time.perf_counter()
    rows = [risk_model.float32_row(row) for row in list_rows]
    float32_ms = (time.perf_counter() - converting) * 1000
    features_ms = (time.perf_counter() - started) * 1000
    await risk_model.probabilities(rows[:1], meta)
    inference: list[float] = []
    for _ in range(batch_runs):
        started = time.perf_counter()
        probabilities = await risk_model.probabilities(rows, meta)
        inference.append((time.perf_counter() - started) * 1000)
    from_lists: list[float] = []
    for _ in range(batch_runs):
        started = time.perf_counter()
        await risk_model.probabilities(list_rows, meta)
        from_lists.append((time.perf_counter() - started) * 1000)

    profile = Profile.example().to_json()
    current = [_readings(rng, at) for _ in range(200)]
    with_history = [_history(rng, at, 24) + current[i] for i in range(200)]
    report: dict[str, Any] = {
        "patients": len(rows),
        "features_batch_ms": round(features_ms, 2),
        "float32_rows_ms": round(float32_ms, 2),
        "inference_batch_ms": round(statistics.median(inference), 3),
        "inference_batch_min_ms": round(min(inference), 3),
        "inference_batch_from_lists_ms": round(statistics.median(from_lists), 3),
        "above_threshold": sum(p >= meta.threshold for p in probabilities),
    }
    for name, samples in (("current", current), ("history_24h", with_history)):
        count = len(samples)
        for explain in (True, False):
            # Warm-up is one pass over every sample: the first sight of a value fills the band
            # tables and runs onnxruntime's wasm before V8 has tiered it up. That pass is
            # reported on its own (``*_first_pass``), so the cold cost stays visible.
            first_pass = await _timed_async(
                count,
                lambda i, s=samples, e=explain: risk_model.assess_json(profile, s[i], at=at, explain=e),
            )
            timings = await _timed_async(
                repeats,
                lambda i, s=samples, c=count, e=explain: risk_model.assess_json(
                    profile, s[i % c], at=at, explain=e
                ),
            )
            suffix = "" if explain else "_no_explanation"
            report[f"assess_{name}{suffix}"] = _summary(timings)
            report[f"assess_{name}{suffix}_first_pass"] = _summary(first_pass)
        report[f"readings_{name}"] = len(samples[0])
    rules = _timed(repeats, lambda i: _rules_json(profile, current[i % len(current)], at))
    report["rules_only_current"] = _summary(rules)
    for name, samples in (("current", current), ("history_24h", with_history)):
        report[f"steps_{name}"] = await _model_steps(samples, at, meta, repeats)
    return report


async def _model_steps(
    samples: list[list[dict[str, Any]]], at: datetime, meta: Any, repeats: int
) -> dict[str, Any]:
    """p50/p99 of each step the model adds to one assessment (age 70, sex known: one row).

    ``inference_with_explanation`` is what ``risk.assess`` runs: probability and reasons from one
    onnxruntime run of the explanation graph; ``explanation_python_walk`` is the reference walk."""
    from wayfarer.risk import model as risk_model
    from wayfarer.risk._assess import _as_readings
    from wayfarer.risk.features import features_from_bins
    from wayfarer.vitals import Reading

    parsed = [[Reading.from_json(item) for item in readings] for readings in samples]
    bins = [risk_model.model_bins(readings, at)[0] for readings in parsed]
    rows = [features_from_bins(hours, age_years=70.0, male=False) for hours in bins]
    count = len(samples)
    steps = {
        "parse_readings": _timed(repeats, lambda i: _as_readings(samples[i % count])),
        "model_bins": _timed(repeats, lambda i: risk_model.model_bins(parsed[i % count], at)),
        "features_from_bins": _timed(
            repeats, lambda i: features_from_bins(bins[i % count], age_years=70.0, male=False)
        ),
        "explanation_python_walk": _timed(
            repeats, lambda i: risk_model.top_contributions(rows[i % count], meta)
        ),
        "inference_one_row": await _timed_async(
            repeats, lambda i: risk_model.probabilities([rows[i % count]], meta)
        ),
    }
    if meta.explain_model is not None:
        steps["inference_with_explanation"] = await _timed_async(
            repeats, lambda i: risk_model.explained_rows([rows[i % count]], meta, meta.explain_model)
        )
    return {name: _summary(times) for name, times in steps.items()}


def _rules_json(profile: Any, readings: list[dict[str, Any]], at: datetime) -> dict[str, Any]:
    from wayfarer.risk import assess

    return assess(profile, readings, at=at).to_json()


def terms(queries: list[dict[str, str]], repeats: int = 3) -> dict[str, Any]:
    """``terms.search`` on what people type (each query ``{"lang", "text"}``), timed inside the
    running Python after each language's index is built; milliseconds."""
    from wayfarer import terms as vocabulary

    build: dict[str, float] = {}
    for lang in sorted({query["lang"] for query in queries}):
        started = time.perf_counter()
        vocabulary.prepare(lang)
        build[lang] = round((time.perf_counter() - started) * 1000, 2)
    samples: list[float] = []
    for _ in range(repeats):
        for query in queries:
            started = time.perf_counter()
            vocabulary.search(query["text"], query["lang"], k=10)
            samples.append((time.perf_counter() - started) * 1000)
    return {
        "queries": len(queries),
        "search_p50_ms": round(statistics.median(samples), 3),
        "search_p99_ms": round(_percentile(samples, 0.99), 3),
        "search_max_ms": round(max(samples), 3),
        "index_build_ms": build,
    }
