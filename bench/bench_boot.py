"""Boot benchmark in Debian's Chromium: prints one JSON report.

- first visit: navigation start → Python ready, in fresh browser contexts (median of N);
- offline: the same after the service worker precached the app, network off and server stopped;
- first interactive paint: navigation start → the first screen rendered and usable;
- bytes the first visit transfers (raw and as sent, compressed).

Run: ``npm run bench`` or ``PYTHONPATH=py_modules .venv/bin/python bench/bench_boot.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "py_modules"))

from playwright.sync_api import sync_playwright  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, Host, wait_for  # noqa: E402

MARKS = """() => {
    const mark = (name) => {
        const m = performance.getEntriesByName(name);
        return m.length ? m[0].startTime : null;
    };
    const fcp = performance.getEntriesByName('first-contentful-paint');
    return { ready: mark('wayfarer-python-ready'), interactive: mark('wayfarer-interactive'),
             fcp: fcp.length ? fcp[0].startTime : null, isolated: crossOriginIsolated };
}"""


def one_run(browser: Any, web_root: Path) -> dict[str, Any]:
    host = Host(web_root).start()
    context = browser.new_context()
    transferred = {"raw": 0, "sent": 0, "requests": 0}

    def on_finished(request: Any) -> None:
        response = request.response()
        if response is None or request.url.endswith("sw.mjs") or response.status == 304:
            return
        sizes = request.sizes()
        transferred["sent"] += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        try:
            transferred["raw"] += len(response.body())
        except Exception:
            transferred["raw"] += sizes["responseBodySize"]
        transferred["requests"] += 1

    page = context.new_page()
    page.on("requestfinished", on_finished)
    page.goto(host.url)
    wait_for(page, "window.wayfarer !== undefined")
    page.evaluate("window.wayfarer.ready")
    first = page.evaluate(MARKS)
    wait_for(page, "navigator.serviceWorker.controller !== null", 120_000)
    host.stop()
    context.set_offline(True)
    page.reload()
    wait_for(page, "window.wayfarer !== undefined")
    page.evaluate("window.wayfarer.ready")
    offline = page.evaluate(MARKS)
    context.close()
    return {"first": first, "offline": offline, "bytes": transferred}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    web_root = ROOT / "web"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        runs = [one_run(browser, web_root) for _ in range(args.runs)]
        browser.close()

    def median(key: str, mark: str) -> float:
        return round(statistics.median(run[key][mark] for run in runs), 1)

    report = {
        "runs": args.runs,
        "first_visit_python_ready_ms": median("first", "ready"),
        "offline_python_ready_ms": median("offline", "ready"),
        "first_interactive_ms": median("first", "interactive"),
        "first_contentful_paint_ms": median("first", "fcp"),
        "offline_interactive_ms": median("offline", "interactive"),
        "first_visit_bytes_raw": runs[0]["bytes"]["raw"],
        "first_visit_bytes_sent": runs[0]["bytes"]["sent"],
        "first_visit_requests": runs[0]["bytes"]["requests"],
        "cross_origin_isolated": all(run["first"]["isolated"] for run in runs),
        "targets": {"offline_ready_ms": 1500, "first_visit_ready_ms": 3000, "interactive_ms": 500},
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
