"""What the page calls (listed in ``wayfarer.api.FUNCTIONS``): JSON in, JSON out."""

from __future__ import annotations

from typing import Any

from wayfarer import terms
from wayfarer._bridge import onnx, tokenizer
from wayfarer.terms import base_language, is_rtl

from ._corpus import Target, target
from ._errors import TranslateError
from ._learned import MAX_GRAMS, MAX_PIECES, PAD_TO, _label_index, spec
from ._lexical import exact_terms, lexical_index
from ._match import _known, match_async
from ._phrases import GROUPS, Phrase, phrase_book

#: The main language a doctor speaks in a country (ISO 3166-1 alpha-2) of the travel plan.
COUNTRY_LANGUAGES: dict[str, str] = {
    "AT": "de", "BE": "nl", "BG": "bg", "CY": "el", "CZ": "cs", "DE": "de", "DK": "da", "EE": "et",
    "ES": "es", "FI": "fi", "FR": "fr", "GR": "el", "HR": "hr", "HU": "hu", "IE": "en", "IT": "it",
    "LT": "lt", "LU": "fr", "LV": "lv", "MT": "mt", "NL": "nl", "PL": "pl", "PT": "pt", "RO": "ro",
    "SE": "sv", "SI": "sl", "SK": "sk", "GB": "en", "US": "en", "CA": "en", "AU": "en", "NZ": "en",
    "CH": "de", "NO": "da", "IS": "en", "JP": "ja", "CN": "zh", "SG": "zh", "KR": "ko", "TH": "th",
    "VN": "vi", "TR": "tr", "EG": "ar", "MA": "ar", "TN": "ar", "AE": "ar", "JO": "ar", "SA": "ar",
    "RU": "ru", "UA": "uk", "IN": "hi", "ID": "id", "MX": "es", "AR": "es", "CL": "es", "CO": "es",
    "PE": "es", "BR": "pt",
}  # fmt: skip


def _text_json(item: Target, lang: str) -> dict[str, Any]:
    base = base_language(lang)
    text = item.text(base)
    shown = text if text is not None else item.text("en")
    return {
        "text": shown,
        "lang": base if text is not None else "en",
        "dir": "rtl" if text is not None and is_rtl(base) else "ltr",
        "gap": text is None,
        "reviewed": bool(text is not None and item.reviewed(base)),
    }


def item_json(item: Target, langs: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {"id": item.id, "english": item.text("en"), "codes": item.codes}
    if isinstance(item, Phrase):
        result.update(
            kind="phrase",
            group=item.group,
            speaker=item.speaker,
            phrase_kind=item.kind,
            answers=list(item.answers),
            concepts=list(item.concepts),
        )
    else:
        result.update(kind="concept", category=item.category)
    result["texts"] = {lang: _text_json(item, lang) for lang in langs}
    return result


def _langs(*langs: str | None) -> list[str]:
    return list(dict.fromkeys(base_language(lang) for lang in langs if lang))


async def match_json(
    text: str, lang: str | None = None, k: int = 3, doctor_lang: str | None = None
) -> dict[str, Any]:
    """Top ``k`` phrases/concepts for what the person typed, each with its text in ``lang`` and
    ``doctor_lang``; ``confident`` false means: show them all and let the person choose."""
    found = await match_async(text, lang, k)
    result = found.to_json()
    langs = _langs(found.lang, lang, doctor_lang)
    result["candidates"] = [
        {**candidate.to_json(), **item_json(target(candidate.concept_id), langs)} for candidate in found
    ]
    return result


def phrases_json(group: str | None, lang: str, other_lang: str | None = None) -> list[dict[str, Any]]:
    """The phrases of a group (all if ``None``) with their texts in both languages."""
    if group is not None and group not in GROUPS:
        raise TranslateError(f"unknown phrase group {group!r}: use one of {', '.join(GROUPS)}")
    langs = _langs(lang, other_lang)
    return [item_json(item, langs) for item in phrase_book().phrases if group is None or item.group == group]


def groups_json() -> list[dict[str, Any]]:
    counts = {group: 0 for group in GROUPS}
    for item in phrase_book().phrases:
        counts[item.group] += 1
    return [{"group": group, "count": count} for group, count in counts.items() if count]


def concept_json(concept_id: str, langs: list[str]) -> dict[str, Any]:
    return item_json(target(concept_id), _langs(*langs))


def body_sites_json(lang: str) -> list[dict[str, Any]]:
    """Every body-site concept with its text in ``lang`` (the body map's regions)."""
    return [item_json(item, _langs(lang, "en")) for item in terms.concepts("body_site")]


def doctor_language(country: str | None) -> str | None:
    """The language a doctor in ``country`` (ISO 3166-1 alpha-2) most likely speaks, or ``None``."""
    if not isinstance(country, str):
        return None
    return COUNTRY_LANGUAGES.get(country.strip().upper())


async def prepare(lang: str) -> dict[str, Any]:
    """Build the lexical index and exact-term table of ``lang`` and load the tokenizer and model now
    (not on the person's first search); the screen calls it when it opens."""
    base = base_language(lang)
    size = lexical_index(base).size
    exact_terms(base)
    _known()
    _label_index()
    current = spec()
    await tokenizer.load(current.tokenizer)
    for length in range(PAD_TO, MAX_PIECES + MAX_GRAMS + PAD_TO, PAD_TO):  # every input shape once
        zeros = onnx.FloatTensor.from_rows([[0.0] * length])
        await onnx.run(current.model, {"ids": zeros, "weights": zeros})
    return {"lang": base, "entries": size, "labels": len(current.labels)}


async def tokenize(texts: list[str]) -> list[list[int]]:
    """Piece ids of each text with the matcher's tokenizer (the E2E test compares them with CPython)."""
    if not isinstance(texts, list) or not all(isinstance(text, str) for text in texts):
        raise TranslateError("tokenize needs a list of strings")
    name = spec().tokenizer
    await tokenizer.load(name)
    return [tokenizer.encode(name, text) for text in texts]


async def learned_scores(texts: list[str]) -> list[list[float]]:
    """The learned model's score for every label, per folded text (for the agreement test)."""
    from ._learned import scores_async

    current = spec()
    rows = []
    for text in texts:
        scores = await scores_async(text)
        rows.append([scores.get(label) for label in current.labels])
    return rows
