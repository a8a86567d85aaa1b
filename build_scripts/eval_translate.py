"""Accuracy of the "Talk to the doctor" matchers on an evaluation set written apart from the
training text.

    .venv/bin/python build_scripts/eval_translate.py [--data FILE] [--methods combined,lexical,learned]

FILE holds JSON lines ``{"lang", "text", "en"}`` (the canonical English text of the intended phrase
or concept) or ``{"lang", "text", "snomed"}`` (a vocabulary concept by its SNOMED CT code). Prints
the misses, then one JSON object (the last line): per method, per language, top-1 and top-3
accuracy (``*_linked`` also counts a one-concept statement and its concept as the same answer:
"I have a cough" for "cough"), plus the same with the language left to detection (``detect``) and the
lines whose target is not in the data (``unresolved``, never counted as hits or misses).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py_modules"))

from wayfarer.terms import fold  # noqa: E402
from wayfarer.translate import METHODS, match, phrases  # noqa: E402
from wayfarer.translate._corpus import english_index, snomed_index  # noqa: E402

DEFAULT_DATA = ROOT / "tests" / "data" / "translate_eval.jsonl"


@dataclass(frozen=True, slots=True)
class Line:
    lang: str
    text: str
    target: str | None  # None: the intended phrase or concept is not in the data
    wanted: str


def read_lines(path: Path) -> list[Line]:
    by_english, by_snomed = english_index(), snomed_index()
    lines: list[Line] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        item = json.loads(raw)
        if "snomed" in item:
            wanted = f"snomed {item['snomed']}"
            target = by_snomed.get(str(item["snomed"]))
        elif "en" in item:
            wanted = str(item["en"])
            target = by_english.get(fold(wanted))
        else:
            raise SystemExit(f"{path}:{number}: a line needs 'en' or 'snomed'")
        lines.append(Line(str(item["lang"]), str(item["text"]), target, wanted))
    return lines


def evaluate(lines: list[Line], methods: tuple[str, ...] = METHODS, detect: bool = True) -> dict[str, Any]:
    report: dict[str, Any] = {}
    misses: list[str] = []
    runs = [(method, False) for method in methods] + ([("combined", True)] if detect else [])
    for method, detecting in runs:
        name = f"{method}+detect" if detecting else method
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        for line in lines:
            if line.target is None:
                continue
            found = [
                c.concept_id for c in match(line.text, None if detecting else line.lang, k=3, method=method)
            ]
            tally = counts[line.lang]
            tally[0] += 1
            tally[1] += bool(found) and found[0] == line.target
            tally[2] += line.target in found
            same = _equivalents(line.target)
            tally[3] += bool(found) and found[0] in same
            tally[4] += any(item in same for item in found)
            if not found or found[0] != line.target:
                misses.append(f"{name} {line.lang} {line.text!r}: wanted {line.target}, got {found}")
        total = [sum(tally[i] for tally in counts.values()) for i in range(5)]
        report[name] = {
            "overall": _rates(total),
            "languages": {lang: _rates(tally) for lang, tally in sorted(counts.items())},
        }
    report["unresolved"] = [
        f"{line.lang} {line.text!r} → {line.wanted}" for line in lines if line.target is None
    ]
    report["lines"] = len(lines)
    report["_misses"] = misses
    return report


def _rates(tally: list[int]) -> dict[str, float | int]:
    n = tally[0] or 1
    return {
        "n": tally[0],
        "top1": round(tally[1] / n, 4),
        "top3": round(tally[2] / n, 4),
        "top1_linked": round(tally[3] / n, 4),
        "top3_linked": round(tally[4] / n, 4),
    }


def _equivalents(target_id: str) -> set[str]:
    """The target plus what says the same: a one-concept statement and its concept ("I have a cough"
    ↔ cough). Reported separately as ``*_linked``; ``top1``/``top3`` count the exact target only."""
    same = {target_id}
    for item in phrases():
        if item.kind == "statement" and len(item.concepts) == 1:
            if item.id == target_id:
                same.add(item.concepts[0])
            elif item.concepts[0] == target_id:
                same.add(item.id)
    return same


CARD = ROOT / "models" / "matcher.card.md"
RESULTS_BEGIN, RESULTS_END = (
    "<!-- results: written by eval_translate.py --card -->",
    "<!-- end of results -->",
)


def card_table(report: dict[str, Any], data: Path) -> str:
    methods = [name for name in report if isinstance(report[name], dict)]
    langs = sorted({lang for name in methods for lang in report[name]["languages"]})
    header = "| language | " + " | ".join(f"{name} top-1 / top-3" for name in methods) + " |"
    rows = [header, "|" + "---|" * (len(methods) + 1)]
    for lang in [*langs, "overall"]:
        cells = []
        for name in methods:
            rates = report[name]["overall"] if lang == "overall" else report[name]["languages"].get(lang)
            cells.append(f"{rates['top1']:.1%} / {rates['top3']:.1%}" if rates else "–")
        rows.append(f"| {lang} | " + " | ".join(cells) + " |")
    linked = ", ".join(
        f"{name} {report[name]['overall']['top1_linked']:.1%} / {report[name]['overall']['top3_linked']:.1%}"
        for name in methods
    )
    return (
        f"Evaluation set `{data.relative_to(ROOT)}` ({report['lines']} lines, written apart from the "
        "training text; language given except in `combined+detect`). Exact target only:\n\n"
        + "\n".join(rows)
        + f"\n\nCounting a one-concept statement and its concept as the same answer (`*_linked`): {linked}.\n"
    )


def write_card(report: dict[str, Any], data: Path) -> None:
    text = CARD.read_text(encoding="utf-8")
    start, end = text.find(RESULTS_BEGIN), text.find(RESULTS_END)
    if start < 0 or end < 0:
        raise SystemExit(f"{CARD} has no results block to replace")
    block = f"{RESULTS_BEGIN}\n{card_table(report, data)}{RESULTS_END}"
    CARD.write_text(text[:start] + block + text[end + len(RESULTS_END) :], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument(
        "--no-detect", action="store_true", help="skip the run with the language left to detection"
    )
    parser.add_argument(
        "--card", action="store_true", help="also write the results into models/matcher.card.md"
    )
    args = parser.parse_args(argv)
    methods = tuple(name for name in args.methods.split(",") if name)
    unknown = set(methods) - set(METHODS)
    if unknown:
        parser.error(f"unknown methods {sorted(unknown)}: use {', '.join(METHODS)}")
    report = evaluate(read_lines(args.data), methods, detect=not args.no_detect)
    for miss in report.pop("_misses"):
        print(miss)
    if args.card:
        write_card(report, args.data)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
