"""Synthetic noise for training the free-text matcher: what people do to a sentence when they type
it on a phone abroad. Never reads the evaluation set.

``variants(text, lang, rng, count)`` gives noisy copies of one folded text: typos (a letter dropped,
doubled, swapped or replaced by a keyboard neighbour), a word dropped (pronouns, articles), two
neighbouring words swapped, a polite filler added ("please", "doctor"), a colloquial shortening
(only the words that carry the meaning), or a prefix (typing stopped half-way).
"""

from __future__ import annotations

import random

from wayfarer.terms import fold

# Fillers a patient adds around what they mean, folded (no diacritics).
FILLERS: dict[str, tuple[str, ...]] = {
    "en": ("please", "doctor", "help", "i think", "sorry", "now"),
    "de": ("bitte", "herr doktor", "hilfe", "ich glaube", "entschuldigung", "jetzt"),
    "fr": ("s il vous plait", "docteur", "aidez moi", "je crois", "pardon", "maintenant"),
    "es": ("por favor", "doctor", "ayuda", "creo que", "perdon", "ahora"),
    "it": ("per favore", "dottore", "aiuto", "credo", "scusi", "adesso"),
    "pt": ("por favor", "doutor", "ajuda", "acho que", "desculpe", "agora"),
    "nl": ("alstublieft", "dokter", "help", "ik denk", "sorry", "nu"),
    "pl": ("prosze", "panie doktorze", "pomocy", "chyba", "przepraszam", "teraz"),
    "cs": ("prosim", "pane doktore", "pomoc", "myslim", "prominte", "ted"),
    "sk": ("prosim", "pan doktor", "pomoc", "myslim", "prepacte", "teraz"),
    "sl": ("prosim", "doktor", "pomoc", "mislim", "oprostite", "zdaj"),
    "hr": ("molim", "doktore", "pomoc", "mislim", "oprostite", "sada"),
    "hu": ("kerem", "doktor ur", "segitseg", "azt hiszem", "elnezest", "most"),
    "ro": ("va rog", "domnule doctor", "ajutor", "cred ca", "scuzati", "acum"),
    "bg": ("моля", "доктор", "помощ", "мисля", "извинете", "сега"),
    "ru": ("пожалуиста", "доктор", "помогите", "кажется", "извините", "сеичас"),
    "uk": ("будь ласка", "лікарю", "допоможіть", "здається", "вибачте", "зараз"),
    "el": ("παρακαλω", "γιατρε", "βοηθεια", "νομιζω", "συγγνωμη", "τωρα"),
    "da": ("tak", "doktor", "hjaelp", "jeg tror", "undskyld", "nu"),
    "sv": ("tack", "doktorn", "hjalp", "jag tror", "forlat", "nu"),
    "fi": ("kiitos", "tohtori", "apua", "luulen", "anteeksi", "nyt"),
    "et": ("palun", "doktor", "appi", "ma arvan", "vabandust", "nuud"),
    "lv": ("ludzu", "dakter", "palidziet", "domaju", "atvainojiet", "tagad"),
    "lt": ("prasau", "daktare", "padekite", "manau", "atsiprasau", "dabar"),
    "ga": ("le do thoil", "a dhochtuir", "cabhair", "silim", "gabh mo leithsceal", "anois"),
    "mt": ("jekk joghgbok", "tabib", "ghajnuna", "nahseb", "skuzani", "issa"),
    "tr": ("lutfen", "doktor bey", "yardim", "sanirim", "pardon", "simdi"),
    "vi": ("lam on", "bac si", "giup toi", "toi nghi", "xin loi", "bay gio"),
    "id": ("tolong", "dokter", "bantu", "saya kira", "maaf", "sekarang"),
    "ar": ("من فضلك", "يا دكتور", "ساعدني", "اظن", "اسف", "الان"),
    "hi": ("कृपया", "डॉक्टर साहब", "मदद", "मुझे लगता है", "माफ़ कीजिए", "अभी"),
    "ja": ("すみません", "先生", "助けて", "たぶん", "お願いします", "今"),
    "zh": ("请", "医生", "救命", "我觉得", "对不起", "现在"),
    "ko": ("제발", "선생님", "도와주세요", "제 생각에", "죄송합니다", "지금"),
    "th": ("กรุณา", "คุณหมอ", "ช่วยด้วย", "ฉันคิดว่า", "ขอโทษ", "ตอนนี้"),
}
# Words people leave out when they type in a hurry (pronouns, articles, auxiliaries), folded.
SHORT_WORDS = 3
_LETTERS_CACHE: dict[str, str] = {}


def _letters(text: str) -> str:
    found = _LETTERS_CACHE.get(text)
    if found is None:
        found = "".join(sorted({char for char in text if char.isalpha()})) or "e"
        _LETTERS_CACHE[text] = found
    return found


def typo(text: str, rng: random.Random) -> str:
    if len(text) < 3:
        return text
    position = rng.randrange(len(text))
    action = rng.randrange(4)
    if action == 0:
        return text[:position] + text[position + 1 :]
    if action == 1:
        return text[:position] + text[position] + text[position:]
    if action == 2 and position + 1 < len(text):
        return text[:position] + text[position + 1] + text[position] + text[position + 2 :]
    return text[:position] + rng.choice(_letters(text)) + text[position + 1 :]


def drop_word(text: str, rng: random.Random, unspaced: bool) -> str:
    if unspaced:
        if len(text) < 4:
            return text
        start = rng.randrange(len(text) - 1)
        return text[:start] + text[start + 1 :]
    words = text.split()
    if len(words) < 3:
        return text
    short = [i for i, word in enumerate(words) if len(word) <= SHORT_WORDS]
    index = rng.choice(short) if short and rng.random() < 0.7 else rng.randrange(len(words))
    return " ".join(words[:index] + words[index + 1 :])


def swap_words(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) < 2:
        return text
    index = rng.randrange(len(words) - 1)
    words[index], words[index + 1] = words[index + 1], words[index]
    return " ".join(words)


def keep_long_words(text: str) -> str:
    words = [word for word in text.split() if len(word) > SHORT_WORDS]
    return " ".join(words) if words else text


def prefix(text: str, rng: random.Random) -> str:
    if len(text) < 8:
        return text
    return text[: rng.randrange(max(5, len(text) * 2 // 3), len(text))]


def noisy(text: str, lang: str, rng: random.Random, unspaced: bool) -> str:
    out = text
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        action = rng.random()
        if action < 0.4:
            out = typo(out, rng)
        elif action < 0.55:
            out = drop_word(out, rng, unspaced)
        elif action < 0.67:
            out = out if unspaced else swap_words(out, rng)
        elif action < 0.8:
            filler = fold(rng.choice(FILLERS.get(lang, FILLERS["en"])))
            out = f"{filler} {out}" if rng.random() < 0.5 else f"{out} {filler}"
        elif action < 0.9:
            out = out if unspaced else keep_long_words(out)
        else:
            out = prefix(out, rng)
    return out or text


def variants(text: str, lang: str, rng: random.Random, count: int, unspaced: bool) -> list[str]:
    return [noisy(text, lang, rng, unspaced) for _ in range(count)]
