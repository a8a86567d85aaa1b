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

from playwright.sync_api import sync_playwright  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, WEB, Host, wait_for  # noqa: E402


def main() -> None:
    lines = (ROOT / "tests" / "data" / "terms_search_eval.jsonl").read_text(encoding="utf-8").splitlines()
    queries = [{"lang": row["lang"], "text": row["text"]} for row in map(json.loads, filter(None, lines))]
    host = Host(WEB).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(host.url)
            wait_for(page, "window.wayfarer !== undefined")
            page.evaluate("window.wayfarer.ready")
            report = page.evaluate("q => window.wayfarer.call('bench.terms', q, 3)", queries)
            browser.close()
    finally:
        host.stop()
    report["load_average"] = os.getloadavg()[0]
    report["target_p99_ms"] = 5
    print(json.dumps(report))


if __name__ == "__main__":
    main()
