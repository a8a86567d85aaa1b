"""Text folding for search: what a person types and what the vocabulary says meet in one form.

``fold`` removes what people leave out or get wrong when typing on a phone abroad: case, accents and
other diacritics (NFKD, combining marks dropped), Greek tonos and final sigma, German ß, Turkish dotted
and dotless i, Nordic and Polish letters that do not decompose, Arabic hamza carriers, harakat, tatweel
and ta marbuta, Japanese hiragana versus katakana, full-width forms and punctuation.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that NFKD leaves whole but that people type as plain Latin letters.
_LETTER_FOLDS = {
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ħ": "h",
    "ŀ": "l",
    "ſ": "s",
    "ƒ": "f",
    # Arabic: ta marbuta and alef maksura are commonly typed as ha and ya; tatweel is decoration.
    "ة": "ه",
    "ى": "ي",
    "ـ": "",
}
# Hiragana to katakana: medicine names are written in katakana, people may type either.
_LETTER_FOLDS.update({chr(code): chr(code + 0x60) for code in range(0x3041, 0x3097)})
_TABLE = str.maketrans(_LETTER_FOLDS)
_KEEP_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Mc"})
_DROP_CATEGORIES = frozenset({"Mn", "Me", "Cf"})

#: Languages written without spaces between words: every position may start a match.
UNSPACED_LANGUAGES: frozenset[str] = frozenset({"ja", "zh", "th"})


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    if category in _KEEP_CATEGORIES:
        if category == "Nd":
            return str(unicodedata.decimal(char))
        return char
    if category in _DROP_CATEGORIES:
        return ""
    return " "


def fold(text: str) -> str:
    """Fold ``text`` for matching: casefolded, no diacritics, punctuation as single spaces.

    >>> fold("Übelkeit"), fold("ΠΝΕΥΜΟΝΊΑ"), fold("İnsülin"), fold("ぺにしりん")
    ('ubelkeit', 'πνευμονια', 'insulin', 'ヘニシリン')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_TABLE)
    folded = "".join([_fold_char(char) for char in decomposed])
    return " ".join(folded.split())
