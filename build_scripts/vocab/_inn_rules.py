"""Rule-based national INN forms for Latin-script languages (drafts; overridden per medicine
where the rule is known to be wrong). Input: English INN (lower case, one word)."""

import re

VOW = "aeiouy"

# (english ending, class); checked in order, longest first
ENDINGS = [
    ("ine", "in"),
    ("in", "in"),
    ("one", "on"),
    ("on", "on_"),
    ("ole", "ol2"),
    ("ol", "ol"),
    ("ide", "id"),
    ("an", "an"),
    ("il", "il"),
    ("el", "el"),
    ("am", "am"),
    ("en", "en"),
    ("ac", "ac"),
    ("yl", "yl"),
    ("ate", "at"),
    ("at", "at"),
    ("ium", "ium"),
    ("ir", "ir"),
    ("ast", "ast"),
    ("ost", "ost"),
    ("ab", "ab"),
    ("ose", "os"),
    ("or", "or"),
    ("ibe", "ib"),
    ("ib", "ib"),
    ("em", "em"),
    ("ime", "im"),
    ("im", "im"),
    ("us", "us"),
    ("a", "a"),
]

SUFFIX = {
    "de": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ac",
        yl="yl",
        at="at",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="ose",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "nl": dict(
        in_="ine",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="ide",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ac",
        yl="yl",
        at="aat",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="ose",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "fr": dict(
        in_="ine",
        on="one",
        on_="one",
        ol2="ole",
        ol="ol",
        id="ide",
        an="an",
        il="il",
        el="el",
        am="am",
        en="ène",
        ac="ac",
        yl="yl",
        at="ate",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="ose",
        or_="or",
        ib="ib",
        em="em",
        im="ime",
        us="us",
        a="a",
    ),
    "es": dict(
        in_="ina",
        on="ona",
        on_="ón",
        ol2="ol",
        ol="ol",
        id="ida",
        an="án",
        il="il",
        el="el",
        am="am",
        en="eno",
        ac="aco",
        yl="ilo",
        at="ato",
        ium="io",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="osa",
        or_="or",
        ib="ib",
        em="em",
        im="ima",
        us="us",
        a="a",
    ),
    "pt": dict(
        in_="ina",
        on="ona",
        on_="ona",
        ol2="ol",
        ol="ol",
        id="ida",
        an="ano",
        il="il",
        el="el",
        am="am",
        en="eno",
        ac="ac",
        yl="ilo",
        at="ato",
        ium="io",
        ir="ir",
        ast="aste",
        ost="ost",
        ab="ab",
        os="ose",
        or_="or",
        ib="ib",
        em="em",
        im="ima",
        us="us",
        a="a",
    ),
    "it": dict(
        in_="ina",
        on="one",
        on_="one",
        ol2="olo",
        ol="olo",
        id="ide",
        an="an",
        il="il",
        el="el",
        am="am",
        en="ene",
        ac="ac",
        yl="il",
        at="ato",
        ium="io",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="osio",
        or_="or",
        ib="ib",
        em="em",
        im="ima",
        us="us",
        a="a",
    ),
    "sv": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ak",
        yl="yl",
        at="at",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="os",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "da": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ac",
        yl="yl",
        at="at",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="ose",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "fi": dict(
        in_="iini",
        on="oni",
        on_="oni",
        ol2="oli",
        ol="oli",
        id="idi",
        an="aani",
        il="iili",
        el="eeli",
        am="aami",
        en="eeni",
        ac="aakki",
        yl="yyli",
        at="aatti",
        ium="ium",
        ir="iiri",
        ast="asti",
        ost="osti",
        ab="abi",
        os="oosi",
        or_="ori",
        ib="ibi",
        em="eemi",
        im="iimi",
        us="uusi",
        a="a",
    ),
    "et": dict(
        in_="iin",
        on="oon",
        on_="oon",
        ol2="ool",
        ol="ool",
        id="iid",
        an="aan",
        il="iil",
        el="eel",
        am="aam",
        en="een",
        ac="ak",
        yl="üül",
        at="aat",
        ium="ium",
        ir="iir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="oos",
        or_="oor",
        ib="iib",
        em="eem",
        im="iim",
        us="us",
        a="a",
    ),
    "cs": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ak",
        yl="yl",
        at="át",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="óza",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "sk": dict(
        in_="ín",
        on="ón",
        on_="ón",
        ol2="ol",
        ol="ol",
        id="id",
        an="án",
        il="il",
        el="el",
        am="am",
        en="én",
        ac="ak",
        yl="yl",
        at="át",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="óza",
        or_="or",
        ib="ib",
        em="em",
        im="ím",
        us="us",
        a="a",
    ),
    "pl": dict(
        in_="ina",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ak",
        yl="yl",
        at="at",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="oza",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "sl": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ak",
        yl="il",
        at="at",
        ium="ij",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="oza",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "hr": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ak",
        yl="il",
        at="at",
        ium="ij",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="oza",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "hu": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="án",
        il="il",
        el="el",
        am="am",
        en="én",
        ac="ák",
        yl="il",
        at="át",
        ium="ium",
        ir="ir",
        ast="aszt",
        ost="oszt",
        ab="ab",
        os="óz",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="usz",
        a="a",
    ),
    "ro": dict(
        in_="ină",
        on="onă",
        on_="onă",
        ol2="ol",
        ol="ol",
        id="idă",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ac",
        yl="il",
        at="at",
        ium="iu",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="oză",
        or_="or",
        ib="ib",
        em="em",
        im="imă",
        us="us",
        a="a",
    ),
    "lt": dict(
        in_="inas",
        on="onas",
        on_="onas",
        ol2="olas",
        ol="olis",
        id="idas",
        an="anas",
        il="ilis",
        el="elis",
        am="amas",
        en="enas",
        ac="akas",
        yl="ilis",
        at="atas",
        ium="is",
        ir="iras",
        ast="astas",
        ost="ostas",
        ab="abas",
        os="ozė",
        or_="oras",
        ib="ibas",
        em="emas",
        im="imas",
        us="usas",
        a="a",
    ),
    "lv": dict(
        in_="īns",
        on="ons",
        on_="ons",
        ol2="ols",
        ol="ols",
        id="īds",
        an="āns",
        il="ils",
        el="els",
        am="āms",
        en="ēns",
        ac="aks",
        yl="ils",
        at="āts",
        ium="ijs",
        ir="īrs",
        ast="asts",
        ost="osts",
        ab="abs",
        os="oze",
        or_="ors",
        ib="ibs",
        em="ēms",
        im="īms",
        us="us",
        a="a",
    ),
    "tr": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ak",
        yl="il",
        at="at",
        ium="yum",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="oz",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "id": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ak",
        yl="il",
        at="at",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="osa",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
    "vi": dict(
        in_="in",
        on="on",
        on_="on",
        ol2="ol",
        ol="ol",
        id="id",
        an="an",
        il="il",
        el="el",
        am="am",
        en="en",
        ac="ac",
        yl="yl",
        at="at",
        ium="ium",
        ir="ir",
        ast="ast",
        ost="ost",
        ab="ab",
        os="ose",
        or_="or",
        ib="ib",
        em="em",
        im="im",
        us="us",
        a="a",
    ),
}

# orthography options per language
ORTHO = {
    #      ph->f  th->t  y->   ch->   hard c  soft c  x->   z->   ll/dbl  w->  v->
    "de": (0, 0, None, None, None, None, None, None, 0, None, None),
    "nl": (1, 0, None, None, None, None, None, None, 0, None, None),
    "fr": (0, 0, None, None, None, None, None, None, 0, None, None),
    "es": (1, 1, "i", "c", None, None, None, None, 1, None, None),
    "pt": (1, 1, "i", "c", None, None, None, None, 1, "v", None),
    "it": (1, 1, "i", "c", None, None, None, None, 0, None, None),
    "sv": (1, 1, None, "k", "k", None, None, None, 0, None, None),
    "da": (1, 0, None, None, None, None, None, None, 0, None, None),
    "fi": (1, 1, None, "k", "k", "s", "ks", "ts", 0, "v", None),
    "et": (1, 1, "ü", "k", "k", "ts", "ks", "s", 0, "v", None),
    "cs": (1, 0, None, None, "k", None, None, None, 1, None, None),
    "sk": (1, 1, None, None, "k", None, None, None, 1, None, None),
    "pl": (1, 1, None, None, "k", None, "ks", None, 1, None, "w"),
    "sl": (1, 1, "i", "k", "k", None, "ks", None, 1, "v", None),
    "hr": (1, 1, "i", "k", "k", None, "ks", None, 1, "v", None),
    "hu": (1, 1, "i", "k", "k", None, None, None, 0, None, None),
    "ro": (1, 1, "i", "c", None, None, None, None, 1, None, None),
    "lt": (1, 1, "i", None, "k", None, "ks", None, 1, "v", None),
    "lv": (1, 1, "i", "h", "k", None, "ks", None, 1, "v", None),
    "tr": (1, 1, "i", "k", "k", "s", "ks", None, 1, "v", None),
    "id": (1, 1, "i", "k", "k", "s", "ks", None, 1, None, None),
    "vi": (0, 0, None, None, None, None, None, None, 0, None, None),
}

FRONT = "eiy"


def ortho(s, lang, nxt=""):
    s = s + "\x02" + nxt
    ph, th, y, ch, hardc, softc, x, z, dbl, w, v = ORTHO[lang]
    if ph:
        s = s.replace("ph", "f")
    if th:
        s = s.replace("th", "t")
    s = s.replace("ch", ch) if ch else s.replace("ch", "\x01")  # \x01 keeps "ch" out of the c rules
    if lang not in ("de", "nl", "fr", "da", "vi"):
        s = s.replace("ou", "u")
    s = s.replace("ck", "k") if hardc else s
    if hardc or softc:
        out = []
        for i, c in enumerate(s):
            if c == "c":
                nxt = s[i + 1] if i + 1 < len(s) else ""
                if nxt == "\x02":
                    nxt = s[i + 2] if i + 2 < len(s) else ""
                if nxt and nxt in FRONT:
                    out.append(softc or "c")
                else:
                    out.append(hardc or "c")
            else:
                out.append(c)
        s = "".join(out)
    if lang == "pt":
        s = s.replace("k", "c")
    qu = {
        "cs": "kv",
        "sk": "kv",
        "sl": "kv",
        "hr": "kv",
        "hu": "kv",
        "lt": "kv",
        "lv": "kv",
        "et": "kv",
        "pl": "kw",
        "fi": "k",
        "tr": "k",
        "id": "ku",
    }.get(lang)
    if qu:
        s = s.replace("qu", qu).replace("kku", "kv")
    if lang == "it":
        s = s.replace("ct", "tt")
        if s.startswith("h"):
            s = s[1:]
    if lang in ("sk", "sl", "hr", "hu", "lt", "lv", "tr", "pl"):
        s = s.replace("prednis", "predniz").replace("budeso", "budezo")
        if s.endswith("s\x02o"):
            s = s[:-3] + "z\x02o"
    if x:
        s = s.replace("x", x)
    if z:
        s = s.replace("z", z)
    if y:
        s = s.replace("y", y)
    if w:
        s = s.replace("w", w)
    if v:
        s = s.replace("v", v)
    if dbl:
        s = re.sub(r"([bdfglmnpstz])\1", r"\1", s)
    if lang == "hu":
        s = s.replace("s", "sz")
    s = s.replace("\x01", "ch")
    return s.split("\x02")[0]


def split(word):
    for end, cls in ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)], cls
    return word, None


def fr_accents(w):
    # e -> é in an open syllable (not final, not before a consonant cluster other than C+l/r)
    out = list(w)
    n = len(w)
    for i, c in enumerate(w):
        if c != "e" or i == n - 1:
            continue
        rest = w[i + 1 :]
        if rest[:1] in "aiouy" and rest[:1] != "":
            if rest[:1] == "u":
                continue
            out[i] = "é"
            continue
        m = re.match(r"(th|ph|ch|[bcdfgklmnprstvz])([lr])?([aeiouy])", rest)
        opens = m and not (m.group(1) in ("n", "m") and m.group(2))
        if opens and rest.startswith(m.group(0)) and i + 1 + len(m.group(0)) <= n:
            out[i] = "é"
    w = "".join(out)
    w = w.replace("oin", "oïn").replace("ain", "aïn") if False else w
    return w


def polish_y(w):
    # i -> y after t d r s z c when followed by a consonant or at the end
    out = list(w)
    for i in range(1, len(w)):
        if i <= 1 and w[i - 1] != "c":
            continue
        if w[i] == "i" and w[i - 1] in "tdrszc":
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if nxt == "" or nxt not in "aeiouy":
                out[i] = "y"
    return "".join(out)


def form(word, lang):
    """National INN form of one English INN word."""
    if lang in ("en", "ga", "mt"):
        return word
    stem, cls = split(word)
    if cls is None:
        base = ortho(word, lang) if lang in ORTHO else word
        res = base
    else:
        suf = SUFFIX[lang][{"in": "in_", "or": "or_"}.get(cls, cls)]
        st = ortho(stem, lang, word[len(stem)])
        res = st + suf
    if lang == "fr":
        res = fr_accents(res)
        res = res.replace("aïne", "aïne")
        res = re.sub(r"([ao])ine$", r"\1ïne", res)
        res = res.replace("aini", "aïni")
        res = res.replace("ène", "ène")
        res = res.replace("éène", "ène")
    if lang == "nl":
        res = re.sub(r"([eo])ine$", r"\1ïne", res)
    if lang == "es" or lang == "pt":
        res = re.sub(r"([eo])ina$", r"\1ína", res)
    if lang == "pl":
        res = polish_y(res)
    if lang == "de":
        res = res[0].upper() + res[1:]
    return res
