"""terms.search on the real vocabulary against a test set written apart from it (top-1 >= 95%)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from wayfarer import terms
from wayfarer.terms._store import data_files, default_data_dir

EVAL = Path(__file__).resolve().parents[1] / "data" / "terms_search_eval.jsonl"
BAR = 0.95
pytestmark = pytest.mark.skipif(
    not data_files(default_data_dir()),
    reason="no vocabulary yet: py_modules/wayfarer/terms/data/*.json is absent",
)


def _cases() -> list[dict[str, str]]:
    return [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_eval_set_covers_ten_languages_with_fifteen_queries_each() -> None:
    per_language = Counter(case["lang"] for case in _cases())
    assert {"de", "fr", "es", "pl", "el", "ru", "tr", "ja", "zh", "ar"} <= set(per_language)
    assert sum(1 for count in per_language.values() if count >= 15) >= 10


def test_top1_accuracy_meets_the_bar() -> None:
    terms.set_data_dir(None)
    cases = _cases()
    misses = []
    for case in cases:
        results = terms.search(case["text"], case["lang"], k=3)
        if not results or results[0].id != case["expected_id"]:
            misses.append(
                f"{case['lang']} {case['text']!r} -> {[c.id for c in results]} (want {case['expected_id']})"
            )
    accuracy = 1 - len(misses) / len(cases)
    assert accuracy >= BAR, f"top-1 {accuracy:.1%} < {BAR:.0%}; misses: {misses}"
