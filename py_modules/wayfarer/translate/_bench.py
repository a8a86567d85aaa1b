"""Timings measured inside the Python that runs them (Pyodide in the browser): ``translate.bench``."""

from __future__ import annotations

import time
from typing import Any

from wayfarer.terms import base_language, fold

from ._api import concept_json, match_json, prepare
from ._learned import scores_async
from ._lexical import lexical_index
from ._match import POOL
from ._phrases import phrase_book


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    if not ordered:
        return {}

    def at(fraction: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(fraction * len(ordered)))], 3)

    return {"n": len(ordered), "p50": at(0.5), "p99": at(0.99), "max": round(ordered[-1], 3)}


async def run(
    queries: list[list[str]], lookups: int = 2000, mine: str = "en", doctor: str = "de", repeats: int = 3
) -> dict[str, Any]:
    """Phrase lookup (a phrase's JSON in two languages) and free-text match (``[lang, text]`` pairs,
    the whole ``translate.match`` work: detection of script, both matchers, the JSON), in ms. Each
    text is matched ``repeats`` times: ``match_ms`` is the first run (nothing is cached per text),
    ``match_best_of_repeats_ms`` the fastest, which a loaded machine disturbs less."""
    langs = sorted({lang for lang, _ in queries} | {mine, doctor})
    for lang in langs:
        await prepare(lang)
    ids = [phrase.id for phrase in phrase_book().phrases]
    lookup_ms: list[float] = []
    for index in range(lookups):
        started = time.perf_counter()
        concept_json(ids[index % len(ids)], [mine, doctor])
        lookup_ms.append((time.perf_counter() - started) * 1000)
    single_ms: list[float] = []
    best_ms: list[float] = []
    lexical_ms: list[float] = []
    learned_ms: list[float] = []
    for lang, text in queries:
        runs = []
        for _ in range(repeats):
            started = time.perf_counter()
            await match_json(text, lang, 3, doctor)
            runs.append((time.perf_counter() - started) * 1000)
        single_ms.append(runs[0])
        best_ms.append(min(runs))
        folded = fold(text)
        lexical = lexical_index(base_language(lang))
        parts: list[tuple[float, float]] = []
        for _ in range(repeats):
            started = time.perf_counter()
            lexical.search(folded, POOL)
            middle = time.perf_counter()
            await scores_async(folded)
            parts.append(((middle - started) * 1000, (time.perf_counter() - middle) * 1000))
        lexical_ms.append(min(part[0] for part in parts))
        learned_ms.append(min(part[1] for part in parts))
    return {
        "phrase_lookup_ms": _percentiles(lookup_ms),
        "match_ms": _percentiles(single_ms),
        "match_best_of_repeats_ms": _percentiles(best_ms),
        "parts_best_of_repeats_ms": {
            "lexical": _percentiles(lexical_ms),
            "learned": _percentiles(learned_ms),
        },
        "repeats": repeats,
    }
