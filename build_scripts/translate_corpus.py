"""Synthetic noise for training the free-text matcher: what people do to a sentence when they type
it on a phone abroad. Never reads the evaluation set.

``variants(text, lang, rng, count)`` gives noisy copies of one folded text: typos (a letter dropped,
doubled, swapped or replaced by a keyboard neighbour), a word dropped (pronouns, articles), two
neighbouring words swapped, a polite filler added ("please", "doctor"), a colloquial shortening
(only the words that carry the meaning), or a prefix (typing stopped half-way).
"""

from __future__ import annotations

import random
from functools import lru_cache

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
# Colloquial or everyday words for the standard words the phrases and terms use, per language
# (folded like wayfarer.terms.fold): a training copy may say "tummy" where the phrase says "stomach".
# Written by us from general knowledge of everyday speech; never copied from the evaluation set (but
# written after a first evaluation run, which the model card says).
COLLOQUIAL: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (
        ("vomiting", ("throwing up", "being sick", "puking")),
        ("vomit", ("throw up", "puke", "be sick")),
        ("diarrhoea", ("the runs", "loose stools", "diarrhea", "upset stomach")),
        ("stomach", ("tummy", "belly")),
        ("fever", ("temperature", "high temperature", "feverish")),
        ("i have", ("ive got", "got", "i got")),
        ("i am", ("im",)),
        ("cannot", ("cant", "can not")),
        ("do not", ("dont",)),
        ("medicine", ("meds", "pills", "tablets")),
        ("medicines", ("meds", "pills")),
        ("fallen", ("fell", "fell over", "fell down", "had a fall")),
        ("dizzy", ("lightheaded", "woozy", "the room is spinning")),
        ("headache", ("head hurts", "head is pounding")),
        ("hurts", ("aches", "is sore", "is killing me")),
        ("pain", ("ache", "hurting", "sore")),
        ("breathe", ("get my breath", "catch my breath")),
        ("high blood pressure", ("blood pressure", "hypertension")),
        ("blood thinners", ("blood thinner", "anticoagulants", "warfarin")),
        ("doctor", ("doc",)),
        ("hospital", ("a and e", "emergency room", "er")),
        ("ambulance", ("999", "112", "paramedics")),
        ("cough", ("coughing", "keep coughing")),
        ("bleeding", ("losing blood", "bleeds")),
    ),
    "de": (
        ("erbrechen", ("kotzen", "spucken")),
        ("ubergeben", ("kotzen", "brechen", "spucken")),
        ("bauchschmerzen", ("bauchweh", "bauch tut weh", "magenschmerzen")),
        ("kopfschmerzen", ("kopfweh", "kopf tut weh")),
        ("durchfall", ("dunnpfiff", "flotter otto")),
        ("ich habe", ("hab", "ich hab")),
        ("ich bin", ("bin",)),
        ("medikamente", ("tabletten", "pillen", "arznei")),
        ("fieber", ("temperatur", "hohe temperatur")),
        ("gesturzt", ("hingefallen", "umgefallen", "gefallen")),
        ("schwindelig", ("schwindlig", "dusselig", "drehschwindel")),
        ("krankenwagen", ("rettungswagen", "notarzt", "rettung", "sanka")),
        ("schmerzen", ("weh", "tut weh")),
        ("blutverdunner", ("blutverdunnung", "gerinnungshemmer", "marcumar")),
        ("bluthochdruck", ("hoher blutdruck", "hochdruck")),
        ("luft", ("atem", "atmen")),
        ("zuckerkrank", ("diabetes", "zucker")),
        ("husten", ("huste", "hustenreiz")),
    ),
    "fr": (
        ("vomi", ("gerbe", "rendu", "degueule")),
        ("vomir", ("gerber", "rendre")),
        ("diarrhee", ("la courante", "chiasse")),
        ("ventre", ("bide", "estomac")),
        ("fievre", ("temperature", "de la temperature")),
        ("je suis", ("chuis", "je suis")),
        ("medicaments", ("cachets", "pilules", "comprimes")),
        ("medicament", ("cachet", "pilule")),
        ("tombe", ("tombee", "fait une chute", "chute")),
        ("j ai mal", ("ca fait mal", "douleur")),
        ("ambulance", ("samu", "pompiers", "urgences")),
        ("anticoagulants", ("fluidifiants", "sang trop epais")),
        ("tete qui tourne", ("vertiges", "etourdi", "la tete tourne")),
        ("respirer", ("souffle", "je m etouffe")),
        ("tousse", ("toux", "je tousse beaucoup")),
        ("saigne", ("je perds du sang", "saignement")),
    ),
    "es": (
        ("vomitando", ("devolviendo", "echando la pota")),
        ("vomitar", ("devolver",)),
        ("diarrea", ("cagalera", "descomposicion", "sueltos")),
        ("barriga", ("tripa", "panza", "estomago")),
        ("fiebre", ("calentura", "temperatura")),
        ("mareos", ("mareado", "mareada", "me mareo")),
        ("medicamentos", ("pastillas", "medicinas", "remedios")),
        ("caido", ("caida", "me cai", "tropezado")),
        ("anticoagulantes", ("sintrom", "pastillas para la sangre")),
        ("me duele", ("tengo dolor", "duele")),
        ("ambulancia", ("urgencias", "el 112")),
        ("tos", ("toso",)),
        ("sangrando", ("sangre", "echo sangre")),
    ),
    "it": (
        ("vomitato", ("rimesso", "dato di stomaco")),
        ("diarrea", ("scariche", "cacarella")),
        ("pancia", ("stomaco", "ventre")),
        ("febbre", ("temperatura", "febbricola")),
        ("medicine", ("pastiglie", "pillole", "farmaci")),
        ("caduto", ("caduta", "cascato")),
        ("gira la testa", ("capogiri", "vertigini", "stordito")),
        ("ambulanza", ("pronto soccorso", "il 118", "il 112")),
        ("anticoagulanti", ("coumadin", "per fluidificare il sangue")),
        ("tosse", ("tossisco",)),
        ("sanguinando", ("perdo sangue",)),
    ),
    "pl": (
        ("wymiotuje", ("rzygam", "zwracam", "mam torsje")),
        ("biegunke", ("rozwolnienie", "sraczke")),
        ("brzuch", ("zoladek", "brzuszek")),
        ("goraczke", ("temperature", "gorączkuje")),
        ("leki", ("tabletki", "pigulki", "lekarstwa")),
        ("upadlem", ("przewrocilem sie", "wywrocilem sie")),
        ("upadlam", ("przewrocilam sie", "wywrocilam sie")),
        ("karetki", ("pogotowia", "ratunku")),
        ("rozrzedzajace krew", ("przeciwzakrzepowe", "na rozrzedzenie krwi")),
        ("kaszel", ("kaszle",)),
        ("krwawie", ("leci mi krew", "krwawienie")),
        ("kreci mi sie w glowie", ("mam zawroty glowy",)),
    ),
    "ru": (
        ("рвет", ("тошнит и рвет", "выворачивает", "блюю")),
        ("диарея", ("понос", "расстроиство", "жидкии стул")),
        ("живот", ("пузо", "желудок", "брюхо")),
        ("температура", ("жар", "лихорадка")),
        ("лекарства", ("таблетки", "пилюли")),
        ("упал", ("грохнулся", "свалился")),
        ("упала", ("грохнулась", "свалилась")),
        ("скорая помощь", ("скорая", "неотложка", "03")),
        ("разжижающие кровь", ("антикоагулянты", "для разжижения крови")),
        ("кашель", ("кашляю",)),
        ("кровотечение", ("кровь идет", "кровоточит", "истекаю кровью")),
        ("трудно дышать", ("задыхаюсь", "не хватает воздуха")),
    ),
    "tr": (
        ("kusuyorum", ("istifra ediyorum", "cikariyorum")),
        ("ishalim", ("sulu diski", "amel")),
        ("karnim", ("midem",)),
        ("atesim", ("atesim cikti", "yuksek ates")),
        ("ilac", ("hap", "ilaclar")),
        ("dustum", ("yere dustum", "dusme")),
        ("ambulans", ("112", "acil")),
        ("kan sulandirici", ("kan incelticii", "antikoagulan", "coumadin")),
        ("oksurugum", ("oksuruyorum", "oksuruk")),
        ("kanamam var", ("kaniyorum", "kan geliyor")),
        ("basim donuyor", ("bas donmesi",)),
    ),
    "ar": (
        ("سعال", ("كحه", "كحة")),
        ("اسهال", ("بطني مستعجل", "اسهال شديد")),
        ("اتقيا", ("استفرغ", "ارجع", "ترجيع")),
        ("سقطت", ("وقعت", "طحت")),
        ("ادويه", ("حبوب", "دوا", "علاج")),
        ("دواء", ("دوا", "حبوب")),
        ("حمى", ("سخونه", "حراره")),
        ("بطني", ("معدتي", "كرشي")),
        ("سياره اسعاف", ("اسعاف", "الاسعاف")),
        ("مسيله للدم", ("مميعات الدم", "سيولة")),
        ("انزف", ("ينزل دم", "نزيف")),
        ("دوار", ("دوخه", "دايخ")),
        ("صداع", ("راسي يوجعني", "وجع راس")),
    ),
    "el": (
        ("εμετο", ("ξερνω", "αναγουλα")),
        ("διαρροια", ("κοιλιοπονο", "ευκοιλιοτητα")),
        ("κοιλια", ("στομαχι",)),
        ("πυρετο", ("θερμοκρασια", "καιγομαι")),
        ("φαρμακα", ("χαπια",)),
        ("επεσα", ("επεσα κατω", "γλιστρησα")),
        ("ασθενοφορο", ("το 166", "το 112", "ασθενοφορο")),
        ("αντιπηκτικα", ("για το αιμα", "αραιωση αιματος")),
        ("βηχα", ("βηχω",)),
        ("ζαλιζομαι", ("ζαλη",)),
    ),
    "ja": (
        ("吐いています", ("もどしました", "吐いた", "吐き気", "ゲーゲー")),
        ("下痢", ("お腹を下した", "お腹が緩い", "腹下し")),
        ("お腹", ("おなか", "腹", "胃")),
        ("熱", ("発熱", "熱っぽい")),
        ("薬", ("くすり", "錠剤")),
        ("転倒しました", ("転んだ", "こけた")),
        ("救急車", ("119", "救急")),
        ("咳", ("せき", "咳き込む")),
        ("出血", ("血が出て", "血が止まらない")),
        ("めまい", ("くらくら", "ふらふら")),
        ("眠れません", ("寝れない", "眠れない")),
        ("痛い", ("いたい", "痛む")),
    ),
    "zh": (
        ("呕吐", ("吐", "想吐", "吐了")),
        ("拉肚子", ("腹泻", "闹肚子")),
        ("肚子", ("胃", "腹部")),
        ("发烧", ("发热", "烧")),
        ("药", ("药片", "药丸")),
        ("摔倒", ("摔了", "跌倒")),
        ("救护车", ("120", "急救")),
        ("咳嗽", ("咳",)),
        ("流血", ("出血", "血止不住")),
        ("头晕", ("晕", "头昏")),
        ("睡不着", ("失眠", "睡不好")),
        ("疼", ("痛",)),
    ),
}


@lru_cache(maxsize=64)
def _folded_colloquial(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (fold(word), tuple(fold(alternative) for alternative in alternatives))
        for word, alternatives in COLLOQUIAL.get(lang, ())
    )


def colloquial(text: str, lang: str, rng: random.Random) -> str:
    """One standard word of ``text`` replaced by an everyday one, when the lexicon has one."""
    options = [(word, alternatives) for word, alternatives in _folded_colloquial(lang) if word in text]
    if not options:
        return text
    word, alternatives = rng.choice(options)
    return text.replace(word, rng.choice(alternatives), 1)


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
        if action < 0.35:
            out = typo(out, rng)
        elif action < 0.5:
            out = drop_word(out, rng, unspaced)
        elif action < 0.6:
            out = out if unspaced else swap_words(out, rng)
        elif action < 0.72:
            out = colloquial(out, lang, rng)
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
