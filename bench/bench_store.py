"""Benchmark of the encrypted store in Chromium, printed as one JSON object.

* unlock: ``store.unlock`` from the page (PBKDF2-SHA-256 600,000 iterations, unwrap, load and verify
  the audit log), median of several, plus PBKDF2 alone in the page's Web Crypto for comparison;
* per record: AES-GCM encrypt + decrypt through Python and the bridge (``store.selftest``),
  sequential median and p99, and amortized in a concurrent batch; plus the same in plain JS.

Targets (issue 4): unlock < 1.5 s; per-record encrypt + decrypt < 0.2 ms.
Run: ``.venv/bin/python bench/bench_store.py``.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "py_modules")]

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, WEB, Host, OriginGuard, open_app, wait_ready  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
UNLOCKS = 5
JS_FLOOR = """async ([count, size]) => {
  const key = await crypto.subtle.generateKey(
    { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const data = crypto.getRandomValues(new Uint8Array(size));
  const ad = new TextEncoder().encode('{"id":"x","schema":1,"v":"wayfarer.store.record.v1"}');
  const times = [];
  for (let i = 0; i < count; i++) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const t0 = performance.now();
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: ad }, key, data);
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: ad }, key, sealed);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median_ms: times[Math.floor(times.length / 2)], p99_ms: times[Math.floor(times.length * 0.99)] };
}"""

PBKDF2_ALONE = """async () => {
  const secret = new TextEncoder().encode('pass phrase');
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const t0 = performance.now();
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600000 };
  await crypto.subtle.deriveBits(params, base, 256);
  return performance.now() - t0;
}"""

TIMED_CALL = """async ([name, args]) => {
  const t0 = performance.now();
  const result = await window.wayfarer.call(name, ...args);
  return [performance.now() - t0, result];
}"""


def main() -> int:
    host = Host(WEB).start()
    guard = OriginGuard()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            context = guard.watch(browser.new_context(), host.origin)
            page = open_app(context, host.url)
            wait_ready(page)
            page.evaluate("(p) => window.wayfarer.call('store.setup', p)", PASSPHRASE)
            for index in range(20):
                page.evaluate(
                    f"window.wayfarer.call('store.put', 'r{index}', 'vitals', {{'hr': {60 + index}}})"
                )
            unlocks = []
            for _ in range(UNLOCKS):
                page.evaluate("window.wayfarer.call('store.lock')")
                elapsed, _ = page.evaluate(TIMED_CALL, ["store.unlock", [PASSPHRASE]])
                unlocks.append(elapsed)
            pbkdf2 = [page.evaluate(PBKDF2_ALONE) for _ in range(3)]
            sequential = page.evaluate("window.wayfarer.call('store.selftest', 2000, 256, false)")
            batch = page.evaluate("window.wayfarer.call('store.selftest', 2000, 256, true)")
            js_floor = page.evaluate(JS_FLOOR, [2000, 256])
            isolated = page.evaluate("crossOriginIsolated")
            browser_version = browser.version
            context.close()
            browser.close()
    finally:
        host.stop()
    unlock_median = statistics.median(unlocks)
    report = {
        "benchmark": "store",
        "browser": f"Chromium {browser_version}",
        "cross_origin_isolated": isolated,
        "unlock_ms": {"median": round(unlock_median, 1), "runs": [round(x, 1) for x in unlocks]},
        "pbkdf2_600k_alone_ms": round(statistics.median(pbkdf2), 1),
        "record_bytes": 256,
        "per_record_python_sequential_ms": {
            "median": round(sequential["median_ms"], 4),
            "p99": round(sequential["p99_ms"], 4),
        },
        "per_record_python_batch_ms": round(batch["per_record_ms"], 4),
        "per_record_js_only_ms": {
            "median": round(js_floor["median_ms"], 4),
            "p99": round(js_floor["p99_ms"], 4),
        },
        "targets": {
            "unlock_below_1500_ms": unlock_median < 1500,
            "per_record_below_0_2_ms_sequential": sequential["median_ms"] < 0.2,
            "per_record_below_0_2_ms_batch": batch["per_record_ms"] < 0.2,
        },
        "foreign_requests": guard.foreign(),
    }
    print(json.dumps(report))
    return 0 if not report["foreign_requests"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
