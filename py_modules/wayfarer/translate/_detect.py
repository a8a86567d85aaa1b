"""Which of the 35 languages a text is in: its script first, then a character n-gram profile.

The script settles Greek, Arabic, Devanagari, Thai, Korean and (with kana) Japanese at once. Latin,
Cyrillic and Han-only text is scored against per-language n-gram log-probabilities computed from
the phrase and term corpus by ``build_scripts/train_matcher.py`` (``data/langid.json``), built from
texts both with and without their diacritics, since people abroad often type without them.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wayfarer.terms import base_language

from ._errors import TranslateError, UnsupportedScriptError

PROFILE_FILE = "langid.json"
PROFILE_ORDERS = (1, 2, 3)

_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Hangul"),
    (0x3130, 0x318F, "Hangul"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0x3040, 0x30FF, "Kana"),
    (0x31F0, 0x31FF, "Kana"),
    (0xFF66, 0xFF9F, "Kana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xF900, 0xFAFF, "Han"),
    (0xFF21, 0xFF5A, "Latin"),
)

#: The languages each supported script can be.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Latin": (
        "cs", "da", "de", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
        "pl", "pt", "ro", "sk", "sl", "sv", "vi", "tr", "id",
    ),
    "Greek": ("el",),
    "Cyrillic": ("bg", "ru", "uk"),
    "Arabic": ("ar",),
    "Devanagari": ("hi",),
    "Thai": ("th",),
    "Hangul": ("ko",),
    "Kana": ("ja",),
    "Han": ("zh", "ja"),
}  # fmt: skip
LANGUAGE_SCRIPT: dict[str, str] = {
    lang: script for script, langs in SCRIPT_LANGUAGES.items() for lang in langs if script != "Han"
}


@dataclass(frozen=True, slots=True)
class Detection:
    """The detected language and how sure the profile is (1.0 when the script alone decides)."""

    lang: str
    script: str
    certainty: float


def char_script(char: str) -> str | None:
    """The script of one letter, ``None`` for what is not a letter; unsupported scripts by name."""
    if not unicodedata.category(char).startswith("L"):
        return None
    code = ord(char)
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0].title() if name else "Unknown"


def scripts(text: str) -> Counter[str]:
    """How many letters of each script a text has."""
    counts: Counter[str] = Counter()
    for char in text:
        script = char_script(char)
        if script is not None:
            counts[script] += 1
    return counts


def dominant_script(text: str) -> str | None:
    """The script of most letters (kana wins over Han: Japanese mixes both); ``None`` without letters."""
    counts = scripts(text)
    if not counts:
        return None
    if counts.get("Kana"):
        return "Kana"
    script, _ = max(counts.items(), key=lambda item: (item[1], item[0] in SCRIPT_LANGUAGES))
    if script not in SCRIPT_LANGUAGES:
        supported = [name for name in counts if name in SCRIPT_LANGUAGES]
        if supported and sum(counts[name] for name in supported) * 2 >= sum(counts.values()):
            return max(supported, key=lambda name: counts[name])
        raise UnsupportedScriptError(script)
    return script


def profile_text(text: str) -> str:
    """Case-folded, letters and digits only, single spaces (diacritics kept: they tell languages apart)."""
    kept = [
        char if unicodedata.category(char)[0] in "LNM" else " "
        for char in unicodedata.normalize("NFC", text.casefold())
    ]
    return " ".join("".join(kept).split())


def profile_grams(text: str) -> list[str]:
    padded = f" {text} "
    found: list[str] = []
    for order in PROFILE_ORDERS:
        found.extend(
            padded[i : i + order] for i in range(len(padded) - order + 1) if padded[i : i + order].strip()
        )
    return found


@dataclass(frozen=True, slots=True)
class _Profile:
    grams: dict[str, float]
    floor: float


@lru_cache(maxsize=1)
def _profiles() -> dict[str, _Profile]:
    path = resources.files("wayfarer.translate").joinpath("data").joinpath(PROFILE_FILE)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise TranslateError(
            f"the language profiles are missing or damaged ({error}); run train_matcher.py"
        ) from None
    return {
        lang: _Profile(dict(entry["grams"]), float(entry["floor"]))
        for lang, entry in document["languages"].items()
    }


def detect(text: str) -> Detection:
    """The language of ``text``; raises :class:`UnsupportedScriptError` for a script none of ours uses."""
    script = dominant_script(text)
    if script is None:
        return Detection("en", "Latin", 0.0)
    candidates = SCRIPT_LANGUAGES[script]
    if len(candidates) == 1:
        return Detection(candidates[0], script, 1.0)
    profiles = _profiles()
    folded_text = profile_text(text)
    grams = profile_grams(folded_text)
    # A letter a language's alphabet lacks rules it out ("ř" is Czech, "і" Ukrainian, "ы" Russian).
    letters = {char for char in folded_text if char.isalpha()}
    fitting = tuple(
        lang for lang in candidates if lang in profiles and letters <= profiles[lang].grams.keys()
    )
    candidates = fitting or candidates
    scored: list[tuple[float, str]] = []
    for lang in candidates:
        profile = profiles.get(lang)
        if profile is None:
            continue
        table, floor = profile.grams, profile.floor
        scored.append((sum(table.get(gram, floor) for gram in grams) / max(1, len(grams)), lang))
    if not scored:
        return Detection(candidates[0], script, 0.0)
    scored.sort(reverse=True)
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else 1.0
    return Detection(best, script, min(1.0, max(0.0, margin)))


def fits_script(text: str, lang: str) -> bool:
    """Whether ``text``'s letters are in a script ``lang`` is written in (text with no letters fits)."""
    script = dominant_script(text)
    if script is None:
        return True
    base = base_language(lang)
    if script == "Han":
        return base in ("zh", "ja")
    return LANGUAGE_SCRIPT.get(base) == script
