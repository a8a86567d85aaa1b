"""Benchmark wayfarer.terms under CPython: vocabulary load, index build per language, query latency.

Prints one JSON report: load time, and per language the index build time, its memory (tracemalloc),
and p50/p99/max latency of queries made from the vocabulary's own terms (a prefix, a typo with two
letters swapped, the term without diacritics) plus the eval set's queries.

    .venv/bin/python bench/bench_terms.py [--data DIR] [--queries-per-language N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import tracemalloc
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py_modules"))

from wayfarer import terms  # noqa: E402
from wayfarer.terms import _store  # noqa: E402


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _queries(lang: str, rng: random.Random, limit: int) -> list[str]:
    queries: list[str] = []
    for concept in terms.concepts():
        text = concept.text(lang)
        if not text:
            continue
        queries.append(text[: max(2, len(text) * 6 // 10)])
        if len(text) > 4:
            i = rng.randrange(1, len(text) - 2)
            queries.append(text[:i] + text[i + 1] + text[i] + text[i + 2 :])
        queries.append(_strip_marks(text))
    eval_path = ROOT / "tests" / "data" / "terms_search_eval.jsonl"
    if eval_path.exists():
        for line in eval_path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if case["lang"] == lang:
                queries.append(case["text"])
    rng.shuffle(queries)
    return queries[:limit]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path)
    parser.add_argument("--queries-per-language", type=int, default=600)
    args = parser.parse_args()
    if args.data:
        terms.set_data_dir(args.data)
    rng = random.Random(7)
    started = time.perf_counter()
    tracemalloc.start()
    vocabulary = _store.vocabulary()
    load_bytes = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    report: dict[str, object] = {
        "python": sys.version.split()[0],
        "load_average": list(os.getloadavg()),
        "latency": "best of 3 runs per query, ms",
        "concepts": len(vocabulary.concepts),
        "load_ms": round((time.perf_counter() - started) * 1000, 2),
        "load_peak_bytes": load_bytes,
        "languages": {},
    }
    all_latencies: list[float] = []
    for lang in terms.LANGUAGES:
        queries = _queries(lang, rng, args.queries_per_language)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        build_start = time.perf_counter()
        keys = terms.prepare(lang)
        build_ms = (time.perf_counter() - build_start) * 1000
        index_bytes = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        for query in queries[:20]:  # warm-up
            terms.search(query, lang)
        latencies = []
        for query in queries:  # best of 3 runs per query: the query's own cost, not a busy machine's
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                terms.search(query, lang)
                runs.append((time.perf_counter() - t0) * 1000)
            latencies.append(min(runs))
        all_latencies += latencies
        report["languages"][lang] = {  # type: ignore[index]
            "keys": keys,
            "index_build_ms": round(build_ms, 2),
            "index_bytes": index_bytes,
            "queries": len(latencies),
            "p50_ms": round(statistics.median(latencies), 3) if latencies else None,
            "p99_ms": round(_percentile(latencies, 0.99), 3) if latencies else None,
            "max_ms": round(max(latencies), 3) if latencies else None,
        }
    if all_latencies:
        report["all"] = {
            "queries": len(all_latencies),
            "p50_ms": round(statistics.median(all_latencies), 3),
            "p99_ms": round(_percentile(all_latencies, 0.99), 3),
            "max_ms": round(max(all_latencies), 3),
        }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
