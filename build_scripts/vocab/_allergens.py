from _allergens_rows import ROWS

ORDER = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
    "ja",
    "zh",
    "ko",
    "th",
    "vi",
    "tr",
    "ar",
    "ru",
    "uk",
    "hi",
    "id",
]
REASON = {
    "ga": "no established Irish term known to us; English is used in Irish healthcare",
    "mt": "no established Maltese term known to us; English is used in Maltese healthcare",
    "el": "no established Greek term known to us",
}
SYN = {"heparin": "heparin", "aspirin": "acetylsalicylic_acid"}

ALLERGENS = []
for line in ROWS.strip().splitlines():
    if not line.strip():
        continue
    f = line.split("|")
    assert len(f) == 3 + len(ORDER), (len(f), line[:40])
    aid, flags, sct = f[:3]
    terms = dict(zip(ORDER, f[3:], strict=True))
    ALLERGENS.append(
        {
            "id": aid,
            "flags": flags.split(","),
            "snomed": sct or None,
            "terms": {k: v for k, v in terms.items() if v},
            "gap_reason": {
                k: REASON.get(k, "no established term known to us") for k, v in terms.items() if not v
            },
            "synonym_group": SYN.get(aid),
        }
    )

# Irish / Maltese terms added after a second pass (drafts, like every non-English term here)
EXTRA = {
    "cephalosporins": {"mt": "ċefalosporini"},
    "sulfonamide_antibiotics": {"mt": "sulfonamidi"},
    "macrolides": {"mt": "makrolidi"},
    "fluoroquinolones": {"mt": "fluworokinoloni"},
    "tetracyclines": {"mt": "tetraċiklini"},
    "opioids": {"mt": "opjojdi"},
    "heparin": {"mt": "eparina"},
    "chlorhexidine": {"mt": "klorheksidina"},
    "latex": {"mt": "lattiċe"},
    "nsaids": {"mt": "mediċini antiinfjammatorji mhux sterojdi"},
    "ace_inhibitors": {"mt": "inibituri tal-ACE"},
    "grass_pollen": {"mt": "polline tal-ħaxix"},
    "birch_pollen": {"mt": "polline tal-betula"},
    "olive_pollen": {"mt": "polline taż-żebbuġ"},
    "tree_pollen": {"mt": "polline tas-siġar"},
    "cat_dander": {"mt": "xagħar tal-qtates", "ga": "fionnadh cait"},
    "dog_dander": {"mt": "xagħar tal-klieb", "ga": "fionnadh madra"},
    "horse_dander": {"mt": "xagħar taż-żwiemel", "ga": "fionnadh capaill"},
    "feathers": {"mt": "rix"},
    "cockroach": {"mt": "wirdien", "ga": "ciaróg dhubh"},
    "mosquito_bites": {"mt": "gdim tan-nemus"},
    "citrus_fruits": {"mt": "frott taċ-ċitru", "ga": "torthaí citris"},
}
for a in ALLERGENS:
    for k, v in EXTRA.get(a["id"], {}).items():
        a["terms"][k] = v
        a["gap_reason"].pop(k, None)
