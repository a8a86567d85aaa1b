"""Checks over the real vocabulary in py_modules/wayfarer/terms/data (skipped while it is absent)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from typing import Any

import pytest
from build_scripts import check_hunspell

from wayfarer import terms
from wayfarer.terms._codes import code_problem
from wayfarer.terms._store import data_files, default_data_dir

MIN_CONCEPTS = 600
_FILES = data_files(default_data_dir())
pytestmark = pytest.mark.skipif(
    not _FILES, reason="no vocabulary yet: py_modules/wayfarer/terms/data/*.json is absent"
)
_ID = re.compile(r"([a-z_]+)\.[a-z0-9]+(?:_[a-z0-9]+)*")
# Scripts a term must be written in (a letter of it must belong to one of these Unicode script names).
_SCRIPTS = {
    "bg": ("CYRILLIC",),
    "ru": ("CYRILLIC",),
    "uk": ("CYRILLIC",),
    "el": ("GREEK",),
    "ar": ("ARABIC",),
    "hi": ("DEVANAGARI",),
    "th": ("THAI",),
    "ko": ("HANGUL",),
    "ja": ("CJK", "HIRAGANA", "KATAKANA"),
    "zh": ("CJK",),
}


def _raw_concepts() -> list[tuple[str, str, dict[str, Any]]]:
    rows = []
    for entry in _FILES:
        document = json.loads(entry.read_text(encoding="utf-8"))
        for concept in document["concepts"]:
            rows.append((entry.name, document["category"], concept))
    return rows


@pytest.fixture(scope="module", autouse=True)
def packaged_vocabulary() -> None:
    terms.set_data_dir(None)


def test_vocabulary_loads() -> None:
    assert list(terms.concepts())


def test_files_are_one_concept_per_line() -> None:
    for entry in _FILES:
        lines = entry.read_text(encoding="utf-8").splitlines()
        count = len(json.loads("\n".join(lines))["concepts"])
        assert len(lines) == count + 2, (
            f"{entry.name}: expected a header line, one line per concept, a closer"
        )


def test_at_least_600_concepts() -> None:
    count = sum(1 for _ in terms.concepts())
    assert count >= MIN_CONCEPTS, f"{count} concepts, the bar is {MIN_CONCEPTS}"


def test_ids_are_well_formed_and_match_their_category() -> None:
    bad = [
        f"{name}: {concept.get('id')!r}"
        for name, category, concept in _raw_concepts()
        if not (match := _ID.fullmatch(str(concept.get("id")))) or match.group(1) != category
    ]
    assert not bad, bad


def test_every_language_has_a_term_or_an_explicit_gap() -> None:
    problems = []
    for _, _, concept in _raw_concepts():
        term_langs = {lang for lang, text in concept.get("terms", {}).items() if text.strip()}
        gaps = concept.get("gaps") or {}
        for lang in terms.LANGUAGES:
            if lang not in term_langs and not str(gaps.get(lang, "")).strip():
                problems.append(f"{concept['id']}: {lang} has neither a term nor a gap reason")
            if lang in term_langs and lang in gaps:
                problems.append(f"{concept['id']}: {lang} has a term and a gap")
        problems += [
            f"{concept['id']}: gap in unknown language {lang}" for lang in set(gaps) - set(terms.LANGUAGES)
        ]
    assert not problems, problems[:50]


def test_codes_are_well_formed_and_sourced() -> None:
    problems = []
    for concept in terms.concepts():
        for system, code in concept.codes.items():
            problem = code_problem(system, code, category=concept.category)
            if problem:
                problems.append(f"{concept.id}: {system} {code}: {problem}")
            if not concept.code_sources.get(system, "").strip():
                problems.append(f"{concept.id}: no citable source recorded for its {system} code")
        if concept.category == "medicine" and "atc" not in concept.codes:
            problems.append(f"{concept.id}: a medicine needs its ATC code")
        if concept.category == "vital_sign" and "loinc" not in concept.codes:
            problems.append(f"{concept.id}: a vital sign needs its LOINC code")
    assert not problems, problems[:50]


def test_no_two_concepts_share_a_term_unless_synonyms() -> None:
    owners: dict[tuple[str, str], list[terms.Concept]] = defaultdict(list)
    for concept in terms.concepts():
        for lang in terms.LANGUAGES:
            text = concept.text(lang)
            if text:
                owners[(lang, " ".join(text.casefold().split()))].append(concept)
    clashes = [
        f"{lang} {text!r}: {', '.join(c.id for c in group)}"
        for (lang, text), group in owners.items()
        if len(group) > 1
        and (None in {c.synonym_group for c in group} or len({c.synonym_group for c in group}) > 1)
    ]
    assert not clashes, clashes[:50]


def test_right_to_left_terms_are_right_to_left_script() -> None:
    problems = []
    for concept in terms.concepts():
        for lang in terms.RTL_LANGUAGES:
            text = concept.text(lang)
            if text is None:
                continue
            # a lone Latin letter is a name ("hepatitis B"), as in the hunspell check
            letters = [char for word in text.split() if len(word) > 1 for char in word if char.isalpha()]
            if not letters or any(unicodedata.bidirectional(char) not in {"R", "AL"} for char in letters):
                problems.append(
                    f"{concept.id}: {lang} term {text!r} is not written in a right-to-left script"
                )
            if terms.display(concept, lang).dir != "rtl":
                problems.append(f"{concept.id}: {lang} is not displayed right to left")
    assert not problems, problems[:50]


def test_terms_are_written_in_their_language_script() -> None:
    problems = []
    for concept in terms.concepts():
        for lang in terms.LANGUAGES:
            text = concept.text(lang)
            if text is None or text.casefold() == concept.english.casefold():
                continue  # an international name used as is ("COVID-19") is the local usage
            names = [unicodedata.name(char, "") for char in text if char.isalpha()]
            expected = _SCRIPTS.get(lang)
            if expected is None:
                if any(not name.startswith("LATIN") for name in names):
                    problems.append(f"{concept.id}: {lang} {text!r} has non-Latin letters")
            elif not any(name.startswith(expected) for name in names):
                problems.append(f"{concept.id}: {lang} {text!r} has no {'/'.join(expected)} letter")
    assert not problems, problems[:50]


def test_provenance_and_review_values() -> None:
    problems = []
    for _, _, concept in _raw_concepts():
        for lang, value in (concept.get("provenance") or {}).items():
            if lang != "*" and lang not in terms.LANGUAGES:
                problems.append(f"{concept['id']}: provenance for unknown language {lang!r}")
            if value not in terms.PROVENANCES:
                problems.append(
                    f"{concept['id']}: provenance {value!r} is not one of {sorted(terms.PROVENANCES)}"
                )
        for lang, name in (concept.get("reviewed") or {}).items():
            if lang not in concept.get("terms", {}):
                problems.append(f"{concept['id']}: reviewed {lang} but there is no {lang} term")
            words = str(name).split()
            if len(words) < 2 or not all(any(c.isalpha() for c in word) for word in words):
                problems.append(
                    f"{concept['id']}: reviewer {name!r} must name a person (given and family name)"
                )
    assert not problems, problems[:50]


@pytest.mark.parametrize("lang", terms.LANGUAGES)
def test_hunspell(lang: str) -> None:
    if lang in check_hunspell.NOT_CHECKABLE:
        pytest.skip(check_hunspell.NOT_CHECKABLE[lang])
    missing = check_hunspell.missing_dictionaries(lang)
    if missing:
        packages = " ".join(check_hunspell.DICTIONARIES[lang][1])
        pytest.skip(f"hunspell dictionary {', '.join(missing)} not installed (apt-get install {packages})")
    texts = [text for concept in terms.concepts() if (text := concept.text(lang))]
    allowed = check_hunspell.allowlist(lang)
    unknown = [word for word in check_hunspell.unknown_words(lang, texts) if word not in allowed]
    assert not unknown, (
        f"{len(unknown)} {lang} words unknown to hunspell and not in "
        f"tests/data/hunspell_allowlist/{lang}.txt (see build_scripts/check_hunspell.py): {unknown[:40]}"
    )
