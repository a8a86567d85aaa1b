"""``wayfarer.terms.search`` in Chromium (Pyodide in the worker); prints one JSON object.

Times the separately written typo / no-diacritics queries of ``tests/data/terms_search_eval.jsonl``
inside the worker's Python (cross-origin isolated: 5 µs timers) after each language's index is
built, and reports the index build times. Bar (issue 3): p99 < 5 ms.

    PYTHONPATH=py_modules .venv/bin/python bench/bench_terms_browser.py
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "py_modules"))

from _browser import app_page  # noqa: E402


def main() -> None:
    lines = (ROOT / "tests" / "data" / "terms_search_eval.jsonl").read_text(encoding="utf-8").splitlines()
    queries = [{"lang": row["lang"], "text": row["text"]} for row in map(json.loads, filter(None, lines))]
    with app_page() as page:
        report = page.evaluate("q => window.wayfarer.call('bench.terms', q, 3)", queries)
    report["load_average"] = os.getloadavg()[0]
    report["target_p99_ms"] = 5
    print(json.dumps(report))


if __name__ == "__main__":
    main()
