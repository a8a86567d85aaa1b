"""The 35 supported languages and the mapping of any BCP 47 tag onto one of them."""

from __future__ import annotations

from functools import lru_cache

from ._errors import UnsupportedLanguageError

LANGUAGES: tuple[str, ...] = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt",
    "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ja", "zh", "ko", "th", "vi", "tr", "ar", "ru", "uk", "hi",
    "id",
)  # fmt: skip

#: Languages written right to left (of ``LANGUAGES``).
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

_SUPPORTED = frozenset(LANGUAGES)
# Legacy or alternative primary subtags that name one of our languages.
_ALIASES = {"in": "id", "iw": "he", "cmn": "zh", "arb": "ar", "ekk": "et", "lvs": "lv"}


@lru_cache(maxsize=256)
def base_language(lang: str) -> str:
    """Return the supported base tag for a BCP 47 tag such as ``"pt-BR"``, ``"zh-Hans"`` or ``"en_GB"``.

    Matching is case-insensitive and accepts ``_`` as a separator. Traditional Chinese
    (``zh-Hant``, ``zh-TW``) falls back to ``"zh"`` (Simplified) as the closest we have.

    Raises:
        UnsupportedLanguageError: the base language is not one of ``LANGUAGES``.
    """
    if not isinstance(lang, str) or not lang.strip():
        raise UnsupportedLanguageError(lang)
    primary = lang.strip().replace("_", "-").split("-", 1)[0].lower()
    primary = _ALIASES.get(primary, primary)
    if primary not in _SUPPORTED:
        raise UnsupportedLanguageError(lang)
    return primary


def is_rtl(lang: str) -> bool:
    """Whether text in ``lang`` (any variant tag) is written right to left."""
    return base_language(lang) in RTL_LANGUAGES
