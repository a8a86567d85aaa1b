"""Risk benchmark in Debian's Chromium (Pyodide in the module worker): prints ONE JSON object.

In a fresh, cross-origin isolated browser context (so ``performance.now()`` has 5 µs resolution):

- ``in_python``: ``window.wayfarer.call('bench.risk', repeats, batch)`` — timings taken inside the
  running Python (``wayfarer._bench.risk``): one rules assessment p50/p99 after warm-up, and the
  kiosk batch (``iter_assess_batch`` and the API's JSON path) with every chunk's time;
- ``page_single``: the round trip of ``window.wayfarer.call('risk.assess', profile, readings)``
  measured from the page (JSON across the worker boundary included), p50/p99 over ``--calls``;
- ``page_batch``: ``window.wayfarer.call('risk.assess_batch', items)`` for ``--batch`` patients,
  each item carrying the full example profile, measured from the page (median of
  ``--batch-runs``; the JSON both ways is included); ``page_batch_compact_profile``: the same
  with each profile cut to the keys the risk rules read.
- ``page_kiosk``: ``window.wayfarer.call('risk.assess_kiosk', batch, at)`` for the same people as a
  kiosk batch (the profile once, the readings column by column; summaries back), measured from the
  page: JSON.stringify on the page, the trip to the worker, Python's parse, the chunked assessment
  with the event-loop turns between chunks, Python's JSON answer and the page's parse of it
  (median of ``--batch-runs``, at least 5, after one warm-up call). ``in_python.kiosk`` splits the
  same call into the steps Python runs (parse, every chunk, answer), so the longest stretch the
  worker is held is measured, not assumed.

Bars (issue 5): one assessment p99 < 1 ms inside Python; 2,847 patients < 50 ms with no chunk
> 10 ms (the kiosk path: ``page_kiosk.median_ms`` and ``in_python.kiosk.longest_task_ms``).
Run: ``PYTHONPATH=py_modules .venv/bin/python bench/bench_risk_browser.py`` (after
``.venv/bin/python build_scripts/build_web.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "py_modules"))

from _browser import app_page  # noqa: E402

PAGE_SINGLE = r"""async ([calls, warmup]) => {
    const call = window.wayfarer.call;
    const profile = await call('profile.example');
    const at = new Date();  // risk.assess scores at "now" (its at= is keyword-only)
    const iso = (minutes) => new Date(at.getTime() - minutes * 60000).toISOString().replace(/\.\d+Z$/, 'Z');
    let seed = 2847;
    const rand = (lo, hi) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return lo + seed % (hi - lo + 1);
    };
    const readingsOf = () => {
        const time = iso(rand(1, 50));
        return [
            ['resp_rate', rand(10, 30), '/min'], ['spo2', rand(86, 100), '%'],
            ['heart_rate', rand(45, 140), '/min'], ['systolic_bp', rand(85, 190), 'mmHg'],
            ['diastolic_bp', rand(50, 84), 'mmHg'], ['temperature', rand(352, 398) / 10, 'Cel'],
            ['consciousness', rand(0, 7) === 0 ? 'C' : 'A', '{ACVPU}'],
            ['on_oxygen', rand(0, 9) === 0, '{bool}'],
        ].map(([parameter, value, unit]) => ({ parameter, value, unit, time }));
    };
    const samples = [];
    for (let i = 0; i < warmup + calls; i++) {
        const readings = readingsOf();
        const started = performance.now();
        await call('risk.assess', profile, readings);
        if (i >= warmup) samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const pick = (f) => samples[Math.min(samples.length - 1, Math.floor(f * samples.length))];
    return { calls, p50_ms: pick(0.5), p99_ms: pick(0.99), max_ms: samples[samples.length - 1],
             isolated: crossOriginIsolated };
}"""

PAGE_BATCH = """async ([size, runs, compact]) => {
    const call = window.wayfarer.call;
    const example = await call('profile.example');
    // compact: only the keys the risk rules read (what a kiosk page could send instead).
    const keys = ['date_of_birth', 'sex', 'conditions', 'medicines', 'target_spo2_range',
                  'hypercapnic_respiratory_failure_confirmed', 'baseline_vitals', 'travel_plan'];
    const profile = compact ? Object.fromEntries(keys.map((k) => [k, example[k]])) : example;
    const at = new Date(Date.UTC(2026, 10, 23, 8, 0));
    let seed = 2847;
    const rand = (lo, hi) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return lo + seed % (hi - lo + 1);
    };
    const items = [];
    for (let i = 0; i < size; i++) {
        const time = new Date(at.getTime() - rand(1, 50) * 60000).toISOString().replace('.000Z', 'Z');
        const readings = [
            ['resp_rate', rand(10, 30), '/min'], ['spo2', rand(86, 100), '%'],
            ['heart_rate', rand(45, 140), '/min'], ['systolic_bp', rand(85, 190), 'mmHg'],
            ['diastolic_bp', rand(50, 84), 'mmHg'], ['temperature', rand(352, 398) / 10, 'Cel'],
            ['consciousness', rand(0, 7) === 0 ? 'C' : 'A', '{ACVPU}'],
            ['on_oxygen', rand(0, 9) === 0, '{bool}'],
        ].map(([parameter, value, unit]) => ({ parameter, value, unit, time }));
        items.push({ profile, readings });
    }
    const totals = [];
    let results = 0;
    for (let r = 0; r < runs; r++) {
        const started = performance.now();
        const out = await call('risk.assess_batch', items, at.toISOString());
        totals.push(performance.now() - started);
        results = out.length;
    }
    // Main-thread responsiveness while one batch runs: the longest gap between animation frames.
    let longest = 0, last = performance.now(), running = true;
    const tick = () => { const now = performance.now(); longest = Math.max(longest, now - last); last = now;
                         if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await call('risk.assess_batch', items, at.toISOString());
    running = false;
    totals.sort((a, b) => a - b);
    return { patients: size, results, runs, median_ms: totals[Math.floor(totals.length / 2)],
             request_json_bytes: JSON.stringify(items).length,
             min_ms: totals[0], max_ms: totals[totals.length - 1],
             longest_frame_gap_during_batch_ms: longest };
}"""


PAGE_KIOSK = """async ([size, runs]) => {
    const call = window.wayfarer.call;
    const profile = await call('profile.example');
    const at = new Date(Date.UTC(2026, 10, 23, 8, 0));
    let seed = 2847;
    const rand = (lo, hi) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return lo + seed % (hi - lo + 1);
    };
    // The same people as PAGE_BATCH, as a kiosk batch: the profile once, the readings column by column.
    const names = ['resp_rate', 'spo2', 'heart_rate', 'systolic_bp', 'diastolic_bp', 'temperature',
                   'consciousness', 'on_oxygen'];
    const values = Object.fromEntries(names.map((name) => [name, []]));
    const times = [];
    for (let i = 0; i < size; i++) {
        times.push(at.getTime() - rand(1, 50) * 60000);
        const row = [rand(10, 30), rand(86, 100), rand(45, 140), rand(85, 190), rand(50, 84),
                     rand(352, 398) / 10, rand(0, 7) === 0 ? 'C' : 'A', rand(0, 9) === 0];
        names.forEach((name, k) => values[name].push(row[k]));
    }
    const batch = { profiles: [profile], profile: times.map(() => 0), time_ms: times, values };
    const iso = at.toISOString();
    await call('risk.assess_kiosk', batch, iso);  // warm-up (imports, memo tables)
    const totals = [];
    let answer = null;
    for (let r = 0; r < runs; r++) {
        const started = performance.now();
        answer = await call('risk.assess_kiosk', batch, iso);
        totals.push(performance.now() - started);
    }
    // Main-thread responsiveness while one batch runs: the longest gap between animation frames.
    let longest = 0, last = performance.now(), running = true;
    const tick = () => { const now = performance.now(); longest = Math.max(longest, now - last); last = now;
                         if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await call('risk.assess_kiosk', batch, iso);
    running = false;
    // Full detail on request: one person's complete assessment (the page sends that person again).
    const detailStarted = performance.now();
    const one = await call('risk.assess_kiosk', { profiles: [profile], profile: [0], time_ms: [times[7]],
        values: Object.fromEntries(names.map((name) => [name, [values[name][7]]])) }, iso, [0]);
    const detailMs = performance.now() - detailStarted;
    totals.sort((a, b) => a - b);
    const levels = {};
    for (const level of answer.level) levels[level] = (levels[level] || 0) + 1;
    return { patients: size, runs, median_ms: totals[Math.floor(totals.length / 2)], min_ms: totals[0],
             max_ms: totals[totals.length - 1], request_json_bytes: JSON.stringify([batch, iso]).length,
             answer_json_bytes: JSON.stringify(answer).length, levels, errors: answer.errors.length,
             longest_frame_gap_during_batch_ms: longest, detail_one_row_ms: detailMs,
             detail_reasons: one.detail['0'].reasons.length };
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=2847)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--batch-runs", type=int, default=3)
    parser.add_argument("--web-root", type=Path, default=ROOT / "web", help="a built web/ (default: ours)")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    report: dict[str, Any] = {}
    with app_page(args.web_root, precached=True) as page:
        report["cross_origin_isolated"] = page.evaluate("crossOriginIsolated")
        report["in_python"] = page.evaluate(
            "([r, b]) => window.wayfarer.call('bench.risk', r, b)", [args.repeats, args.batch]
        )
        report["page_single"] = page.evaluate(PAGE_SINGLE, [args.calls, 50])
        report["page_kiosk"] = page.evaluate(PAGE_KIOSK, [args.batch, max(args.batch_runs, 5)])
        report["page_batch"] = page.evaluate(PAGE_BATCH, [args.batch, args.batch_runs, False])
        report["page_batch_compact_profile"] = page.evaluate(PAGE_BATCH, [args.batch, args.batch_runs, True])
    report["load_average_1min"] = {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)}
    report["targets"] = {"single_p99_ms": 1.0, "batch_total_ms": 50.0, "batch_longest_chunk_ms": 10.0}
    print(json.dumps(report))


if __name__ == "__main__":
    main()
