"""Write ``py_modules/wayfarer/translate/data/variants.json``: other ways people say a phrase or
name a concept, per language, for the free-text matcher only (never shown to anyone).

The doctor always sees the vetted phrase; these variants are source text for matching: everyday
and colloquial wordings, the verb a person uses instead of the phrase's noun ("I fell" for "I have
fallen"), common short forms. Written by us for the meaning, from general knowledge of everyday
speech in each language; never copied from the evaluation set (``tests/data/translate_eval.jsonl``),
which stays blind.

Table format: one block per language, one line per target, ``id: variant | variant | ...``; an id
without a dot is a phrase (``have_fallen`` = ``phrase.have_fallen``), with a dot a vocabulary
concept (``symptom.diarrhea``).

Run:  python build_scripts/phrases/variants.py [--check]   (--check: validate only, write nothing)
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "py_modules"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from variants_table import TABLE  # noqa: E402

from wayfarer import terms  # noqa: E402
from wayfarer.terms import LANGUAGES, fold  # noqa: E402
from wayfarer.translate._corpus import (  # noqa: E402
    synonyms,
    target,
    target_ids,
    texts_of,
)

OUT = ROOT / "py_modules" / "wayfarer" / "translate" / "data" / "variants.json"


def term_names(lang: str, table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Folded vocabulary term, search synonym or concept variant → the concepts it names."""
    found: dict[str, list[str]] = {}
    for concept in terms.concepts():
        names = [concept.terms.get(lang), concept.terms.get("en"), *synonyms(concept.id, lang)]
        for text in [*names, *table.get(concept.id, ())]:
            if text and concept.id not in found.get(fold(text), ()):
                found.setdefault(fold(text), []).append(concept.id)
    return {key: tuple(ids) for key, ids in found.items()}


def parse() -> tuple[dict[str, dict[str, list[str]]], list[str]]:
    known = set(target_ids())
    problems: list[str] = []
    result: dict[str, dict[str, list[str]]] = {}
    for lang, block in TABLE.items():
        if lang not in LANGUAGES:
            problems.append(f"unknown language {lang}")
            continue
        table = result.setdefault(lang, {})
        for raw in block.strip().splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, rest = line.partition(":")
            key = key.strip()
            target_id = key if "." in key else f"phrase.{key}"
            if not sep or target_id not in known:
                problems.append(f"{lang}: unknown target in {raw!r}")
                continue
            own = {fold(text) for text in texts_of(target(target_id)).values()}
            found = table.setdefault(target_id, [])
            for variant in rest.split("|"):
                text = unicodedata.normalize("NFC", variant.strip())
                if text and fold(text) not in own and text not in found:
                    found.append(text)
    # A phrase variant that is exactly a vocabulary term, search synonym or concept variant names
    # that concept (a bare noun is the concept's; a sentence is the phrase's): it is left out, and
    # so is a variant two phrases share (ambiguous). Both are counted, not errors.
    dropped = 0
    for lang, table in result.items():
        named = term_names(lang, table)
        owners: dict[str, set[str]] = {}
        for target_id, texts in table.items():
            for text in texts:
                owners.setdefault(fold(text), set()).add(target_id)
        for target_id, texts in table.items():
            if not target_id.startswith("phrase."):
                continue
            kept = [t for t in texts if not named.get(fold(t)) and len(owners[fold(t)]) == 1]
            dropped += len(texts) - len(kept)
            texts[:] = kept
    print(f"left out {dropped} phrase variants that name a concept or another phrase too")
    return result, problems


def main() -> int:
    result, problems = parse()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    count = sum(len(texts) for table in result.values() for texts in table.values())
    if "--check" not in sys.argv:
        document = {
            "format": 1,
            "about": "matching-only variants (never shown); written by build_scripts/phrases/variants.py",
            "variants": {
                lang: {target_id: result[lang][target_id] for target_id in sorted(result[lang])}
                for lang in sorted(result)
            },
        }
        OUT.write_text(
            json.dumps(document, ensure_ascii=False, separators=(",", ":"), indent=None) + "\n",
            encoding="utf-8",
        )
    print(f"{count} variants for {sum(len(t) for t in result.values())} targets in {len(result)} languages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
