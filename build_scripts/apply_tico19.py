"""Use TICO-19's professional translations (CC0) for every concept whose English term TICO-19 lists.

For each concept in py_modules/wayfarer/terms/data/*.json whose English term equals a TICO-19
``sourceString`` (case-insensitive; or via ALIASES below), sets each language's term to TICO-19's
``targetString`` and its provenance to "tico19", removes a gap for that language, and rewrites the file
in the same one-concept-per-line layout. Terms a named native speaker reviewed are left alone.
Idempotent: a second run changes nothing. Prints a JSON summary.

    .venv/bin/python build_scripts/apply_tico19.py [--data DIR] [--tico DIR] [--dry-run]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "py_modules" / "wayfarer" / "terms" / "data"
DEFAULT_TICO = ROOT.parent / "shared" / "data" / "tico19"
sys.path.insert(0, str(ROOT / "py_modules"))
from wayfarer.terms._languages import LANGUAGES  # noqa: E402

#: Where our English term and TICO-19's source string name the same thing in different words.
ALIASES: dict[str, str] = {
    "blocked nose": "nasal congestion",
}
#: TICO-19 strings not used for a concept: (concept id, language) -> why. TICO-19 translated its term list
#: without context, and some of its strings name another condition, are not a noun, or break our rules
#: (script, case). Checked by the vocabulary QA helper (a model, not a native speaker) on 2026-11-23.
REJECTED: dict[tuple[str, str], str] = {
    ("condition.heart_failure", "el"): "συγκοπή is syncope (condition.syncope)",
    ("condition.heart_failure", "it"): "arresto cardiaco is cardiac arrest",
    ("condition.heart_failure", "ko"): "심장 마비 is cardiac arrest / heart attack",
    ("condition.heart_failure", "sv"): "hjärtfel is a heart defect",
    ("condition.heart_failure", "da"): "hjertefejl is a heart defect",
    ("condition.heart_failure", "hu"): "szív elégtelenség: the term is written as one word",
    ("condition.heart_failure", "hi"): "a lay paraphrase with the misspelling ह्रदय (हृदय)",
    ("condition.gastroenteritis", "vi"): "viêm dạ dày is gastritis",
    ("condition.gastroenteritis", "hi"): "आंतों में जलन is a burning feeling in the bowel",
    ("condition.covid_19", "ja"): "Latin script; Japanese uses katakana/kanji",
    ("condition.covid_19", "zh"): "Latin script; Chinese uses Han characters",
    ("condition.covid_19", "hi"): "Latin script; Hindi uses Devanagari",
    ("condition.covid_19", "ko"): "코비드-19 is not the usual Korean name (코로나19)",
    ("condition.acute_bronchitis", "es"): "capitalised (Bronquitis); terms are lower case",
    ("symptom.shortness_of_breath", "da"): "stakåndet is an adjective",
    ("symptom.shortness_of_breath", "hi"): "साँस भराना is not the usual phrase (साँस फूलना)",
    ("symptom.sore_throat", "pl"): "zaczerwienione gardło is a reddened throat",
    ("symptom.runny_nose", "pt"): "prurido no nariz is an itchy nose",
    ("symptom.blocked_nose", "da"): "nasal overbelastning is a literal, non-medical rendering",
    ("symptom.blocked_nose", "id"): "kemampatan sengau is not an Indonesian medical term (hidung tersumbat)",
    ("symptom.sneezing", "it"): "starnutendo is a gerund",
    ("symptom.sneezing", "nl"): "niezend is a participle",
    ("body_site.lungs", "hi"): "फ़ेफ़डे is misspelt (फेफड़े)",
    ("body_site.lungs", "ar"): "الرئتين is the oblique case; the citation form is الرئتان",
}
#: TICO-19 files to prefer when a language has several (Simplified Chinese for "zh").
PREFERRED_FILES: dict[str, str] = {"zh": "f_en-zh_CN.csv"}


def tico_file(tico_dir: Path, lang: str) -> Path | None:
    """The TICO-19 file English -> ``lang``, if there is one."""
    preferred = PREFERRED_FILES.get(lang)
    if preferred:
        path = tico_dir / preferred
        return path if path.exists() else None
    matches = sorted(tico_dir.glob(f"f_en-{lang}_*.csv"))
    return matches[0] if matches else None


def read_tico(path: Path) -> dict[str, str]:
    """sourceString (casefolded) -> targetString; a source translated two different ways is dropped."""
    targets: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            source = " ".join(row["sourceString"].split()).casefold()
            target = " ".join(row["targetString"].split())
            if source and target:
                targets[source].add(target)
    return {source: next(iter(found)) for source, found in targets.items() if len(found) == 1}


def apply(data_dir: Path, tico_dir: Path, *, dry_run: bool = False) -> dict[str, Any]:
    tables = {}
    missing = []
    for lang in LANGUAGES:
        if lang == "en":
            continue
        path = tico_file(tico_dir, lang)
        if path is None:
            missing.append(lang)
        else:
            tables[lang] = read_tico(path)
    summary: dict[str, Any] = {
        "tico_files": {lang: tico_file(tico_dir, lang).name for lang in tables},  # type: ignore[union-attr]
        "languages_without_tico19": missing,
        "matched_concepts": [],
        "changed_terms": 0,
        "changed_by_language": defaultdict(int),
        "files_rewritten": [],
        "rejected": [],
    }
    for path in sorted(data_dir.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        document = json.loads(text)
        indent = lines[1][: len(lines[1]) - len(lines[1].lstrip())] if len(lines) > 2 else ""
        changed_file = False
        for concept in document["concepts"]:
            english = " ".join(concept["terms"]["en"].split()).casefold()
            source = ALIASES.get(english, english)
            if not any(source in table for table in tables.values()):
                continue
            summary["matched_concepts"].append(concept["id"])
            reviewed = concept.get("reviewed") or {}
            provenance = concept.setdefault("provenance", {})
            for lang, table in tables.items():
                target = table.get(source)
                if target is None or reviewed.get(lang):
                    continue
                if (concept["id"], lang) in REJECTED:
                    summary["rejected"].append(f"{concept['id']} {lang}: {REJECTED[(concept['id'], lang)]}")
                    continue
                if concept["terms"].get(lang) == target and provenance.get(lang) == "tico19":
                    continue
                concept["terms"][lang] = target
                provenance[lang] = "tico19"
                gaps = concept.get("gaps")
                if gaps and lang in gaps:
                    del gaps[lang]
                    if not gaps:
                        del concept["gaps"]
                summary["changed_terms"] += 1
                summary["changed_by_language"][lang] += 1
                changed_file = True
        if changed_file:
            body = ",\n".join(
                indent + json.dumps(concept, ensure_ascii=False) for concept in document["concepts"]
            )
            header = json.dumps(
                {"format": document["format"], "category": document["category"]}, ensure_ascii=False
            )
            rewritten = f'{header[:-1]}, "concepts": [\n{body}\n]}}\n'
            if not dry_run:
                path.write_text(rewritten, encoding="utf-8")
            summary["files_rewritten"].append(path.name)
    summary["changed_by_language"] = dict(sorted(summary["changed_by_language"].items()))
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--tico", type=Path, default=DEFAULT_TICO)
    parser.add_argument("--dry-run", action="store_true", help="report without rewriting files")
    args = parser.parse_args()
    if not args.tico.is_dir():
        sys.exit(f"TICO-19 data not found at {args.tico}")
    print(json.dumps(apply(args.data, args.tico, dry_run=args.dry_run), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
