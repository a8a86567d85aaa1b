"""Generate py_modules/wayfarer/terms/data/medicines.json and allergens.json.

Medicines: national INN forms. Latin-script forms come from rules (_inn_rules.py) with per-language
overrides (_meds_ovr.py); other scripts are written out per medicine (_meds_*.py). Allergens: _allergens.py.
Run: python build_scripts/vocab/medicines_allergens.py
"""

import json
import os
import re
import sys
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _allergens import ALLERGENS  # noqa: E402
from _inn_rules import form  # noqa: E402
from _meds_a import ROWS as A  # noqa: E402
from _meds_b import ROWS as B  # noqa: E402
from _meds_c import ROWS as C  # noqa: E402
from _meds_ovr import INS2, INSULIN, OVR_SRC  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "py_modules", "wayfarer", "terms", "data")
# The 35 languages, in the vocabulary's order, from the one place that defines them.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "py_modules"))
from wayfarer.terms import LANGUAGES  # noqa: E402
from wayfarer.terms._codes import verhoeff_valid as verhoeff_ok  # noqa: E402

LANGS = list(LANGUAGES)
LATIN = [
    "de",
    "nl",
    "fr",
    "es",
    "pt",
    "it",
    "sv",
    "da",
    "fi",
    "et",
    "cs",
    "sk",
    "pl",
    "sl",
    "hr",
    "hu",
    "ro",
    "lt",
    "lv",
    "tr",
    "id",
    "vi",
]
ATC_SRC = "WHO ATC/DDD Index"
SCT_SRC = "SNOMED CT International Edition"

# SNOMED CT substance concepts (only ones we are sure of; Verhoeff-checked below)
MED_SNOMED = {
    "warfarin": "372756006",
    "metformin": "372567009",
    "apixaban": "698090000",
    "rivaroxaban": "442031002",
    "bisoprolol": "386868003",
    "atenolol": "387506000",
    "metoprolol": "372826007",
    "amlodipine": "386864001",
    "atorvastatin": "373444002",
    "simvastatin": "387584000",
    "furosemide": "387475002",
    "paracetamol": "387517004",
    "ibuprofen": "387207008",
    "acetylsalicylic acid": "387458008",
    "clopidogrel": "386952008",
    "digoxin": "387461009",
    "amiodarone": "372821002",
    "morphine": "373529000",
    "oxycodone": "55452001",
    "fentanyl": "373492002",
    "tramadol": "386858008",
    "codeine": "387494007",
    "omeprazole": "387137007",
    "prednisolone": "116601002",
    "prednisone": "116602009",
    "methotrexate": "387381009",
    "salbutamol": "372897005",
    "diclofenac": "7034005",
    "naproxen": "372588000",
    "amoxicillin": "372687004",
    "ramipril": "386872004",
    "lisinopril": "386873009",
    "losartan": "373567002",
    "heparin": "372877000",
}

# Substances with several ATC codes (one per form or duration): the code of the most common form, and
# the note says so (kept in code_sources, which the engine shows with the code).
ATC_NOTE = {
    "human insulin": "; A10AB01 insulin (human), fast-acting, the most common form; intermediate-acting,"
    " premixed and long-acting human insulin are A10AC01, A10AD01, A10AE01",
    "metronidazole": "; P01AB01 metronidazole for oral/rectal use, the most common form; parenteral is"
    " J01XD01, vaginal G01AF01, topical D06BX01",
}

# shared with allergen concepts that name the same substance
MED_SYN = {"heparin": "heparin", "acetylsalicylic acid": "acetylsalicylic_acid"}


def parse_ovr(s):
    out = {}
    for part in filter(None, s.split(";")):
        k, v = part.split("=", 1)
        out[k] = v
    return out


OVR = {k: parse_ovr(v) for k, v in OVR_SRC.items()}
NINE = set("дтзсцчшжр")
VOWELS_RU = set("аеёиоуыэюяіїєй")
CONS_RU = set("бвгджзйклмнпрстфхцчшщ")


def ru_to_uk(w):
    w = w.replace("ё", "йо").replace("ы", "и").replace("э", "е")
    w = re.sub(r"([бвгджзклмнпрстфхц])\1", r"\1", w)
    out = []
    for i, c in enumerate(w):
        if c != "и":
            out.append(c)
            continue
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if prev == "" or prev == " ":
            out.append("і")
        elif prev in "аеоуяю" or prev in "ії":
            out.append("ї")
        elif prev in NINE and (nxt in CONS_RU or nxt in ("", " ")):
            out.append("и")
        else:
            out.append("і")
    w = "".join(out)
    return w.replace("іевая", "ієва").replace("овая", "ова")


def ru_to_bg(w):
    w = w.replace("ё", "йо").replace("ы", "и").replace("э", "е").replace("ь", "")
    w = re.sub(r"([бвгджзклмнпрстфхц])\1", r"\1", w)
    w = re.sub(r"(^| )гидр", r"\1хидр", w)
    return w


def med_concepts():
    out = []
    rows = [r for r in (A + B + C).strip().splitlines() if r.strip()]
    seen = set()
    for r in rows:
        f = r.split("|")
        assert len(f) == 11, r
        en, atc, flags, ru, el, ja, zh, ko, th, ar, hi = f
        cid = "medicine." + en.replace(" ", "_").replace("-", "_")
        assert cid not in seen, cid
        seen.add(cid)
        ov = OVR.get(en, {})
        terms = {
            "en": en,
            "ga": en,
            "mt": en,
            "ru": ru,
            "el": el,
            "ja": ja,
            "zh": zh,
            "ko": ko,
            "th": th,
            "ar": ar,
            "hi": hi,
        }
        if en.startswith("insulin "):
            x = en.split(" ", 1)[1]
            second = parse_ovr(INS2[x])
            for lg in [*LATIN, "bg", "uk"]:
                terms[lg] = INSULIN[lg].format(x=second[lg])
        else:
            for lg in LATIN:
                if " " in en:
                    terms[lg] = ov[lg]
                else:
                    terms[lg] = form(en, lg)
            terms["bg"] = ru_to_bg(ru)
            terms["uk"] = ru_to_uk(ru)
        for lg, v in ov.items():
            terms[lg] = v
        missing = [lg for lg in LANGS if not terms.get(lg)]
        assert not missing, (en, missing)
        codes, srcs = {}, {}
        if atc:
            assert re.fullmatch(r"[A-Z]\d\d[A-Z][A-Z]\d\d", atc), atc
            codes["atc"] = atc
            srcs["atc"] = ATC_SRC + ATC_NOTE.get(en, "")
        if en in MED_SNOMED:
            assert verhoeff_ok(MED_SNOMED[en]), en
            codes["snomed"] = MED_SNOMED[en]
            srcs["snomed"] = SCT_SRC
        special = en in ("nitroglycerin", "epinephrine", "human insulin", "lithium")
        prov = {"*": "inn", "th": "wayfarer-draft", "hi": "wayfarer-draft"}
        if special:
            prov = {"*": "wayfarer-draft", "en": "wayfarer"}
        c = {
            "id": cid,
            "codes": codes,
            "code_sources": srcs,
            "flags": [x for x in flags.split(",") if x],
            "terms": {lg: terms[lg] for lg in LANGS},
            "provenance": prov,
            "reviewed": {},
            "synonym_group": MED_SYN.get(en),
        }
        out.append(c)
    return out


def allergen_concepts():
    out = []
    for a in ALLERGENS:
        c = {
            "id": "allergen." + a["id"],
            "codes": {},
            "code_sources": {},
            "flags": a["flags"],
            "terms": {},
            "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
            "reviewed": {},
            "synonym_group": a.get("synonym_group"),
        }
        if a.get("snomed"):
            assert verhoeff_ok(a["snomed"]), a["id"]
            c["codes"]["snomed"] = a["snomed"]
            c["code_sources"]["snomed"] = SCT_SRC
        gaps = {}
        for lg in LANGS:
            v = a["terms"].get(lg)
            if v:
                c["terms"][lg] = v
            else:
                gaps[lg] = (
                    a.get("gap_reason", {}).get(lg)
                    or "no established term known to us; falls back to English"
                )
        if gaps:
            c["gaps"] = gaps
        out.append(c)
    return out


def write(name, category, concepts):
    path = os.path.join(OUT, name)
    lines = [json.dumps(c, ensure_ascii=False) for c in concepts]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"format": 1, "category": "' + category + '", "concepts": [\n')
        fh.write(",\n".join(lines))
        fh.write("\n]}\n")
    return path


def check(path, category):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    assert data["format"] == 1 and data["category"] == category
    ids = set()
    by_lang = {}
    for c in data["concepts"]:
        assert c["id"].startswith(category + ".") and c["id"] not in ids
        ids.add(c["id"])
        for lg in LANGS:
            t = c["terms"].get(lg)
            if t is None:
                assert lg in c.get("gaps", {}), (c["id"], lg)
            else:
                assert t == t.strip() and t and not t.endswith((".", ",")), (c["id"], lg, t)
                key = (lg, t.casefold())
                by_lang.setdefault(key, []).append(c)
    dups = []
    for (lg, t), cs in by_lang.items():
        if len(cs) > 1:
            groups = {x.get("synonym_group") for x in cs}
            if len(groups) != 1 or None in groups:
                dups.append((lg, t, [x["id"] for x in cs]))
    return len(data["concepts"]), dups


if __name__ == "__main__":
    meds = med_concepts()
    p1 = write("medicines.json", "medicine", meds)
    alls = allergen_concepts()
    p2 = write("allergens.json", "allergen", alls)
    for p, cat in ((p1, "medicine"), (p2, "allergen")):
        n, dups = check(p, cat)
        print(cat, n, "concepts;", len(dups), "duplicate terms")
        for d in dups:
            print("  DUP", d)
    # cross-file duplicates
    allc = meds + alls
    seen = {}
    for c in allc:
        for lg, t in c["terms"].items():
            k = (lg, t.casefold())
            if k in seen and (
                seen[k]["synonym_group"] is None or seen[k]["synonym_group"] != c["synonym_group"]
            ):
                print("  CROSS-DUP", lg, t, seen[k]["id"], c["id"])
            seen.setdefault(k, c)
