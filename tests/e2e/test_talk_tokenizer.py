"""The matcher in Chromium equals the matcher in CPython: sentencepiece ids (wasm port vs the
``sentencepiece`` package) on the whole phrase and term corpus, and the ONNX scores."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page

from wayfarer._bridge import tokenizer
from wayfarer.terms import fold
from wayfarer.translate import _corpus, _learned

pytest.importorskip("sentencepiece")
CHUNK = 2000


def _corpus_texts() -> list[str]:
    texts: set[str] = set()
    for entry in _corpus.entries():
        texts.add(entry.text)
        texts.add(fold(entry.text))
    # Edge cases: empty, spaces only, NFKC-sensitive forms, a script the corpus lacks, emoji.
    texts.update(["", "   ", "ﬁ ① Ｆｕｌｌ", "שלום עולם", "ქართული", "🙂 pain 🙂", "a\u0301b", "\u200bx"])
    return sorted(texts)


def _call(page: Page, name: str, *args: object) -> object:
    return page.evaluate("([name, args]) => window.wayfarer.call(name, ...args)", [name, list(args)])


def test_tokenizer_ids_equal_python_on_whole_corpus(app_page: Page) -> None:
    """The matcher feeds the tokenizer folded text: those ids must be equal. Raw text (case and
    accents kept, which the matcher never feeds) may differ only where two segmentations score
    exactly the same (the wasm port is an older sentencepiece that breaks such ties differently)."""
    texts = _corpus_texts()
    folded = {fold(text) for text in texts}
    name = _learned.spec().tokenizer
    processor = tokenizer._cpython_processor(name)
    mismatches: list[str] = []
    ties: list[str] = []
    for start in range(0, len(texts), CHUNK):
        chunk = texts[start : start + CHUNK]
        browser_ids = _call(app_page, "translate.tokenize", chunk)
        assert isinstance(browser_ids, list)
        for text, ids in zip(chunk, browser_ids, strict=True):
            expected = tokenizer.encode(name, text)
            if ids == expected:
                continue
            score = sum(processor.GetScore(i) for i in ids)
            if text not in folded and abs(score - sum(processor.GetScore(i) for i in expected)) < 1e-4:
                ties.append(text)
            else:
                mismatches.append(f"{text!r}: browser {ids} != python {expected}")
    assert len(ties) <= 10, f"too many tie-breaks: {ties[:10]}"
    assert not mismatches, f"{len(mismatches)} of {len(texts)} texts differ: {mismatches[:5]}"
    assert len(texts) > 20_000


def test_onnx_matcher_agrees_with_cpython(app_page: Page) -> None:
    queries = [
        fold(text)
        for text in [
            "I need an ambulanse",
            "ich habe Schmerzen in der Brust",
            "j'ai de la fièvre",
            "救急車",
            "عندي حمى",
            "у меня кашель",
            "μου πονάει το κεφάλι",
            "penicilin alergy",
            "头疼",
            "x",
        ]
    ]
    browser = _call(app_page, "translate.learned_scores", queries)
    assert isinstance(browser, list)
    labels = _learned.spec().labels
    for query, row in zip(queries, browser, strict=True):
        expected = _learned.scores_now(query)
        worst = max(abs(value - expected[label]) for label, value in zip(labels, row, strict=True))
        assert worst <= 1e-5, f"{query!r}: scores differ by {worst}"
    json.dumps(browser)
