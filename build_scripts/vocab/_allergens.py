from _allergens_rows import ROWS

ORDER = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ja zh ko th vi tr ar ru uk hi id".split()
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
    terms = dict(zip(ORDER, f[3:]))
    ALLERGENS.append({
        "id": aid, "flags": flags.split(","), "snomed": sct or None,
        "terms": {k: v for k, v in terms.items() if v},
        "gap_reason": {k: REASON.get(k, "no established term known to us") for k, v in terms.items() if not v},
        "synonym_group": SYN.get(aid),
    })
