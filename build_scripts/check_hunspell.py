"""Spell-check every term of the vocabulary with Debian's hunspell dictionaries.

Prints, per language, the words hunspell does not know that are not in the language's allow-list
(tests/data/hunspell_allowlist/<lang>.txt: one "word<TAB>reason" per line), as JSON:

    .venv/bin/python build_scripts/check_hunspell.py [--data DIR] [lang ...]

One hunspell process per language checks all of its words at once (``hunspell -d DICT -l``).
The unit test tests/unit/test_terms_data.py uses the same functions.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLOWLIST_DIR = ROOT / "tests" / "data" / "hunspell_allowlist"
DICTIONARY_DIR = Path("/usr/share/hunspell")

#: language -> (hunspell dictionaries, Debian packages that install them)
DICTIONARIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "bg": (("bg_BG",), ("hunspell-bg",)),
    "cs": (("cs_CZ",), ("hunspell-cs",)),
    "da": (("da_DK",), ("hunspell-da",)),
    "de": (("de_DE", "de_med"), ("hunspell-de-de", "hunspell-de-med")),
    "el": (("el_GR",), ("hunspell-el",)),
    "en": (("en_US", "en_med_glut"), ("hunspell-en-us", "hunspell-en-med")),
    "es": (("es_ES",), ("hunspell-es",)),
    "et": (("et_EE",), ("myspell-et",)),
    "fr": (("fr_FR",), ("hunspell-fr",)),
    "ga": (("ga_IE",), ("myspell-ga",)),
    "hr": (("hr_HR",), ("hunspell-hr",)),
    "hu": (("hu_HU",), ("hunspell-hu",)),
    "it": (("it_IT",), ("hunspell-it",)),
    "lt": (("lt_LT",), ("hunspell-lt",)),
    "lv": (("lv_LV",), ("hunspell-lv",)),
    "nl": (("nl_NL",), ("hunspell-nl",)),
    "pl": (("pl_PL",), ("hunspell-pl",)),
    "pt": (("pt_PT",), ("hunspell-pt-pt",)),
    "ro": (("ro_RO",), ("hunspell-ro",)),
    "sk": (("sk_SK",), ("hunspell-sk",)),
    "sl": (("sl_SI",), ("hunspell-sl",)),
    "sv": (("sv_SE",), ("hunspell-sv",)),
    "ru": (("ru_RU",), ("hunspell-ru",)),
    "uk": (("uk_UA",), ("hunspell-uk",)),
    "tr": (("tr_TR",), ("hunspell-tr",)),
    "ar": (("ar",), ("hunspell-ar",)),
    "hi": (("hi_IN",), ("hunspell-hi",)),
    "ko": (("ko_KR",), ("hunspell-ko",)),
    "vi": (("vi_VN",), ("hunspell-vi",)),
    "id": (("id_ID",), ("hunspell-id",)),
}
#: Languages that cannot be checked, and why.
NOT_CHECKABLE: dict[str, str] = {
    "fi": "Debian ships no hunspell dictionary for Finnish (it uses voikko)",
    "mt": "Debian ships no hunspell dictionary for Maltese",
    "ja": "no hunspell dictionary for Japanese; written without spaces",
    "zh": "no hunspell dictionary for Chinese; written without spaces",
    "th": "Thai is written without spaces between words and hunspell does not segment it",
}
#: Characters to add to a dictionary's WORDCHARS. Debian's hi_IN.aff declares none, so hunspell splits
#: Devanagari words at every vowel sign and virama ("रक्तचाप" becomes "रक्तच" + "प") and checks fragments.
EXTRA_WORDCHARS: dict[str, str] = {
    "hi_IN": "\u093c\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947\u0948"
    "\u0949\u094a\u094b\u094c\u094d\u0901\u0902\u0903",
}
DEBIAN_PACKAGES: tuple[str, ...] = tuple(
    sorted({package for _, packages in DICTIONARIES.values() for package in packages} | {"hunspell"})
)


def missing_dictionaries(lang: str) -> list[str]:
    """The dictionaries of ``lang`` not installed (all of them if hunspell itself is missing)."""
    names, _ = DICTIONARIES[lang]
    if shutil.which("hunspell") is None:
        return list(names)
    return [name for name in names if not (DICTIONARY_DIR / f"{name}.dic").exists()]


def allowlist(lang: str, directory: Path = ALLOWLIST_DIR) -> dict[str, str]:
    """The allow-list of ``lang``: word -> reason. Malformed lines raise ``ValueError``."""
    path = directory / f"{lang}.txt"
    if not path.exists():
        return {}
    allowed: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        word, tab, reason = line.partition("\t")
        if not tab or not word.strip() or not reason.strip():
            raise ValueError(f"{path}:{number}: expected 'word<TAB>reason', got {line!r}")
        allowed[word.strip()] = reason.strip()
    return allowed


def unknown_words(lang: str, texts: Iterable[str]) -> list[str]:
    """Words of ``texts`` that the hunspell dictionaries of ``lang`` do not know (sorted, unique).

    Single characters are not words here: the letter in "hepatitis B" or "vitamin D" is a name.
    """
    names, _ = DICTIONARIES[lang]
    with tempfile.TemporaryDirectory() as patched:
        paths = [_with_wordchars(name, Path(patched)) for name in names]
        completed = subprocess.run(
            ["hunspell", "-d", ",".join(paths), "-i", "utf-8", "-l"],
            input="\n".join(texts) + "\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
    return sorted({word for word in completed.stdout.split("\n") if len(word.strip()) > 1})


def _with_wordchars(name: str, directory: Path) -> str:
    """The dictionary to pass to ``hunspell -d``: ``name`` itself, or a copy whose .aff adds
    EXTRA_WORDCHARS (same word list, so the same words are accepted; only word splitting changes)."""
    extra = EXTRA_WORDCHARS.get(name)
    if not extra:
        return name
    aff = (DICTIONARY_DIR / f"{name}.aff").read_text(encoding="utf-8")
    (directory / f"{name}.aff").write_text(f"{aff.rstrip()}\nWORDCHARS {extra}\n", encoding="utf-8")
    (directory / f"{name}.dic").symlink_to(DICTIONARY_DIR / f"{name}.dic")
    return str(directory / name)


def report(data_dir: Path | None, languages: Iterable[str]) -> dict[str, object]:
    """Unknown, not allow-listed words per language, plus skipped languages with reasons."""
    sys.path.insert(0, str(ROOT / "py_modules"))
    from wayfarer import terms

    if data_dir is not None:
        terms.set_data_dir(data_dir)
    result: dict[str, object] = {"unknown": {}, "skipped": {}, "unused_allowlist": {}}
    for lang in languages:
        if lang in NOT_CHECKABLE:
            result["skipped"][lang] = NOT_CHECKABLE[lang]  # type: ignore[index]
            continue
        missing = missing_dictionaries(lang)
        if missing:
            result["skipped"][lang] = f"dictionary not installed: {', '.join(missing)}"  # type: ignore[index]
            continue
        texts = [text for concept in terms.concepts() if (text := concept.text(lang))]
        allowed = allowlist(lang)
        unknown = unknown_words(lang, texts)
        result["unknown"][lang] = [word for word in unknown if word not in allowed]  # type: ignore[index]
        unused = sorted(set(allowed) - set(unknown))
        if unused:
            result["unused_allowlist"][lang] = unused  # type: ignore[index]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, help="vocabulary directory (default: the packaged data)")
    parser.add_argument("languages", nargs="*", help="languages to check (default: all)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "py_modules"))
    from wayfarer.terms import LANGUAGES

    print(json.dumps(report(args.data, args.languages or LANGUAGES), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
