"""Timings measured inside the Python that runs them (Pyodide in the browser): ``translate.bench``."""

from __future__ import annotations

import time
from typing import Any

from ._api import concept_json, match_json, prepare
from ._phrases import phrase_book


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    if not ordered:
        return {}

    def at(fraction: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(fraction * len(ordered)))], 3)

    return {"n": len(ordered), "p50": at(0.5), "p99": at(0.99), "max": round(ordered[-1], 3)}


async def run(
    queries: list[list[str]], lookups: int = 2000, mine: str = "en", doctor: str = "de"
) -> dict[str, Any]:
    """Phrase lookup (a phrase's JSON in two languages) and free-text match (``[lang, text]`` pairs,
    the whole ``translate.match`` work: detection of script, both matchers, the JSON), in ms."""
    langs = sorted({lang for lang, _ in queries} | {mine, doctor})
    for lang in langs:
        await prepare(lang)
    ids = [phrase.id for phrase in phrase_book().phrases]
    lookup_ms: list[float] = []
    for index in range(lookups):
        started = time.perf_counter()
        concept_json(ids[index % len(ids)], [mine, doctor])
        lookup_ms.append((time.perf_counter() - started) * 1000)
    match_ms: list[float] = []
    for lang, text in queries:
        await match_json(text, lang, 3, doctor)  # first call per text may fill caches: time the second
        started = time.perf_counter()
        await match_json(text, lang, 3, doctor)
        match_ms.append((time.perf_counter() - started) * 1000)
    return {"phrase_lookup_ms": _percentiles(lookup_ms), "match_ms": _percentiles(match_ms)}
