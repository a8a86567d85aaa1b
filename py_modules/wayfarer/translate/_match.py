"""``match``: what a person typed → the best phrases or concepts, with scores in [0, 1].

Two methods, combined: the lexical baseline (``_lexical``: character n-gram TF-IDF in the text's
language plus English) and the learned matcher (``_learned``: sentencepiece + hashed n-grams →
ONNX embedding → softmax over every label). The combined score is a weighted sum; a result is
``confident`` only when the best score is high and clearly above the second, so the UI never
chooses for the person otherwise.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from wayfarer.terms import base_language, fold

from ._corpus import target, target_ids
from ._detect import detect, fits_script
from ._errors import EmptyTextError, TranslateError
from ._learned import LearnedScores, available_now, scores_async, scores_now
from ._lexical import exact_phrases, exact_terms, lexical_index
from ._phrases import Phrase

#: Longer input is cut here (and flagged): a 10 MB paste never freezes the page.
MAX_CHARS = 500
#: How many lexical candidates are re-scored.
POOL = 20
LEARNED_WEIGHT = 0.5
CONFIDENT_SCORE = 0.45
CONFIDENT_MARGIN = 0.12
DOCTOR_ONLY_FACTOR = 0.75
EXACT_TERM_MARGIN = 0.01
EXACT_PHRASE_PRIOR = True
Method = Literal["combined", "lexical", "learned"]
METHODS: tuple[Method, ...] = ("combined", "lexical", "learned")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One match: a phrase or vocabulary concept id and its score in [0, 1]."""

    concept_id: str
    score: float
    kind: Literal["phrase", "concept"]

    def to_json(self) -> dict[str, object]:
        return {"concept_id": self.concept_id, "score": round(self.score, 6), "kind": self.kind}


class Matches(list[Candidate]):
    """The candidates, best first, plus what the UI must know about them.

    ``lang``: the language the text was read as; ``detected``: whether it was detected (no language
    given, or the text's script did not fit the one given); ``confident``: whether the best candidate
    may be shown as *the* answer (otherwise show all of them and let the person choose);
    ``truncated``: the text was longer than ``MAX_CHARS`` and only its start was read;
    ``method``: which matcher produced the scores.
    """

    __slots__ = ("confident", "detected", "lang", "method", "truncated")

    def __init__(
        self,
        candidates: list[Candidate],
        *,
        lang: str,
        detected: bool,
        confident: bool,
        truncated: bool,
        method: str,
    ) -> None:
        super().__init__(candidates)
        self.lang = lang
        self.detected = detected
        self.confident = confident
        self.truncated = truncated
        self.method = method

    def to_json(self) -> dict[str, object]:
        return {
            "candidates": [candidate.to_json() for candidate in self],
            "lang": self.lang,
            "detected": self.detected,
            "confident": self.confident,
            "truncated": self.truncated,
            "method": self.method,
        }


@dataclass(frozen=True, slots=True)
class _Query:
    folded: str
    folded_raw: str  # the text as typed (truncated), to see a question mark
    lang: str
    detected: bool
    truncated: bool
    k: int
    method: Method


def _prepare(text: object, lang: str | None, k: object, method: str) -> _Query:
    if not isinstance(text, str):
        raise TranslateError(f"text must be a string, not {type(text).__name__}")
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise TranslateError(f"k must be a positive whole number, not {k!r}")
    if method not in METHODS:
        raise TranslateError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    truncated = len(text) > MAX_CHARS
    text = text[:MAX_CHARS]
    if not text.strip():
        raise EmptyTextError()
    detected = lang is None
    if lang is None:
        base = detect(text).lang
    else:
        base = base_language(lang)
        if not fits_script(text, base):
            base, detected = detect(text).lang, True
    folded = fold(text)
    if not folded:
        raise TranslateError("the text has no letters or digits to match: type a few words")
    return _Query(folded, text, base, detected, truncated, k, method)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(target_ids())


def _kind(target_id: str) -> Literal["phrase", "concept"]:
    return "phrase" if isinstance(target(target_id), Phrase) else "concept"


def _adjust(scores: dict[str, float], query: _Query) -> dict[str, float]:
    """Two priors of the app's situation, applied to every method's scores:

    - the person typing is the traveller: a phrase only a doctor says ("Do you have chest pain?")
      counts ``DOCTOR_ONLY_FACTOR`` as much, unless the text asks a question (has "?");
    - text that is exactly a vocabulary term (folded, in its language or English) means that term:
      its concept is put just above the best other candidate.
    """
    adjusted = dict(scores)
    if "?" not in query.folded_raw:
        for target_id, score in scores.items():
            item = target(target_id)
            if isinstance(item, Phrase) and item.speaker == "doctor":
                adjusted[target_id] = score * DOCTOR_ONLY_FACTOR
    exact = exact_terms(query.lang).get(query.folded)
    if not exact and EXACT_PHRASE_PRIOR:
        exact = exact_phrases(query.lang).get(query.folded)
    if exact:
        top = max(adjusted.values(), default=0.0)
        for concept_id in exact:
            adjusted[concept_id] = min(1.0, max(adjusted.get(concept_id, 0.0), top + EXACT_TERM_MARGIN))
    return adjusted


def _finish(query: _Query, learned: LearnedScores | None) -> Matches:
    lexical = {hit.target: hit.score for hit in lexical_index(query.lang).search(query.folded, POOL)}
    method: str = query.method
    if learned is None and method != "lexical":
        method = "lexical"  # the learned model needs the async path here (see match_async)
    if method == "lexical":
        scores = lexical
    elif method == "learned":
        assert learned is not None
        scores = {label: learned[label] for label in learned.top(max(POOL, query.k + 1))}
    else:
        assert learned is not None
        pool = set(lexical) | set(learned.top(POOL))
        scores = {
            target_id: LEARNED_WEIGHT * learned.get(target_id, 0.0)
            + (1 - LEARNED_WEIGHT) * lexical.get(target_id, 0.0)
            for target_id in pool
        }
    scores = _adjust(scores, query)
    known = _known()
    ranked = heapq.nsmallest(max(query.k, 2), ((-s, t) for t, s in scores.items() if t in known))
    top = ranked[: query.k]
    candidates = [Candidate(t, min(1.0, max(0.0, -s)), _kind(t)) for s, t in top]
    best = candidates[0].score if candidates else 0.0
    second = -ranked[1][0] if len(ranked) > 1 else 0.0
    confident = best >= CONFIDENT_SCORE and best - second >= CONFIDENT_MARGIN
    return Matches(
        candidates,
        lang=query.lang,
        detected=query.detected,
        confident=confident,
        truncated=query.truncated,
        method=method,
    )


def match(text: str, lang: str | None = None, k: int = 3, *, method: Method = "combined") -> Matches:
    """Up to ``k`` phrases or concepts for ``text``, best first (see :class:`Matches`).

    ``lang`` is one of ``wayfarer.terms.LANGUAGES`` or a variant (``zh-Hans``), or ``None`` to detect
    it. Raises ``ValueError`` subclasses: :class:`EmptyTextError` for empty text,
    :class:`UnsupportedScriptError` for a script none of the 35 languages uses,
    ``UnsupportedLanguageError`` for an unknown ``lang``. Text beyond ``MAX_CHARS`` is ignored and
    the result says ``truncated``. Synchronous: under CPython it runs the learned model too; in the
    browser (where the model call must be awaited) it is lexical only: use :func:`match_async`.
    """
    query = _prepare(text, lang, k, method)
    learned = scores_now(query.folded) if method != "lexical" and available_now() else None
    return _finish(query, learned)


async def match_async(
    text: str, lang: str | None = None, k: int = 3, *, method: Method = "combined"
) -> Matches:
    """:func:`match` with the learned model run through the bridge (the browser's path)."""
    query = _prepare(text, lang, k, method)
    learned = await scores_async(query.folded) if method != "lexical" else None
    return _finish(query, learned)
