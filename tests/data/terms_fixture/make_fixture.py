"""Writes the small test vocabulary in this folder (format of py_modules/wayfarer/terms/data/FORMAT.md).

A fixture for the engine's unit tests, not shipped: a few real concepts with real codes and terms in
the twelve languages listed in FIXTURE_LANGUAGES; every other language is an explicit gap.
Run: .venv/bin/python tests/data/terms_fixture/make_fixture.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "py_modules"))
from wayfarer.terms._languages import LANGUAGES

FIXTURE_LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "el", "ru", "tr", "ja", "zh", "ar")
SNOMED = "SNOMED CT International Edition"
ICD10 = "WHO ICD-10 (2019)"
ATC = "WHO ATC/DDD Index"
LOINC = "LOINC (Regenstrief Institute)"

# id, codes, flags, terms in FIXTURE_LANGUAGES order
CONCEPTS = {
    "condition": [
        (
            "condition.type_2_diabetes",
            {"snomed": "44054006", "icd10": "E11"},
            ["chronic"],
            [
                "Type 2 diabetes",
                "Diabetes mellitus Typ 2",
                "diabète de type 2",
                "diabetes tipo 2",
                "diabete di tipo 2",
                "cukrzyca typu 2",
                "σακχαρώδης διαβήτης τύπου 2",
                "сахарный диабет 2 типа",
                "tip 2 diyabet",
                "2型糖尿病",
                "2型糖尿病",
                "داء السكري من النوع 2",
            ],
        ),
        (
            "condition.atrial_fibrillation",
            {"snomed": "49436004", "icd10": "I48"},
            ["chronic"],
            [
                "Atrial fibrillation",
                "Vorhofflimmern",
                "fibrillation auriculaire",
                "fibrilación auricular",
                "fibrillazione atriale",
                "migotanie przedsionków",
                "κολπική μαρμαρυγή",
                "фибрилляция предсердий",
                "atriyal fibrilasyon",
                "心房細動",
                "心房颤动",
                "الرجفان الأذيني",
            ],
        ),
        (
            "condition.copd",
            {"snomed": "13645005", "icd10": "J44"},
            ["chronic"],
            [
                "Chronic obstructive pulmonary disease",
                "chronisch obstruktive Lungenerkrankung",
                "bronchopneumopathie chronique obstructive",
                "enfermedad pulmonar obstructiva crónica",
                "broncopneumopatia cronica ostruttiva",
                "przewlekła obturacyjna choroba płuc",
                "χρόνια αποφρακτική πνευμονοπάθεια",
                "хроническая обструктивная болезнь лёгких",
                "kronik obstrüktif akciğer hastalığı",
                "慢性閉塞性肺疾患",
                "慢性阻塞性肺疾病",
                "مرض الانسداد الرئوي المزمن",
            ],
        ),
        (
            "condition.hypertension",
            {"snomed": "38341003", "icd10": "I10"},
            ["chronic"],
            [
                "Hypertension",
                "Hypertonie",
                "hypertension artérielle",
                "hipertensión arterial",
                "ipertensione arteriosa",
                "nadciśnienie tętnicze",
                "υπέρταση",
                "артериальная гипертензия",
                "hipertansiyon",
                "高血圧",
                "高血压",
                "ارتفاع ضغط الدم",
            ],
        ),
        (
            "condition.asthma",
            {"snomed": "195967001", "icd10": "J45"},
            ["chronic"],
            [
                "Asthma",
                "Asthma bronchiale",
                "asthme",
                "asma",
                "asma",
                "astma",
                "άσθμα",
                "бронхиальная астма",
                "astım",
                "喘息",
                "哮喘",
                "الربو",
            ],
        ),
    ],
    "medicine": [
        (
            "medicine.apixaban",
            {"atc": "B01AF02"},
            ["anticoagulant"],
            [
                "apixaban",
                "Apixaban",
                "apixaban",
                "apixabán",
                "apixaban",
                "apiksaban",
                "απιξαμπάνη",
                "апиксабан",
                "apiksaban",
                "アピキサバン",
                "阿哌沙班",
                "أبيكسابان",
            ],
        ),
        (
            "medicine.bisoprolol",
            {"atc": "C07AB07"},
            ["beta_blocker"],
            [
                "bisoprolol",
                "Bisoprolol",
                "bisoprolol",
                "bisoprolol",
                "bisoprololo",
                "bisoprolol",
                "βισοπρολόλη",
                "бисопролол",
                "bisoprolol",
                "ビソプロロール",
                "比索洛尔",
                "بيسوبرولول",
            ],
        ),
        (
            "medicine.metformin",
            {"atc": "A10BA02"},
            ["antidiabetic"],
            [
                "metformin",
                "Metformin",
                "metformine",
                "metformina",
                "metformina",
                "metformina",
                "μετφορμίνη",
                "метформин",
                "metformin",
                "メトホルミン",
                "二甲双胍",
                "ميتفورمين",
            ],
        ),
        (
            "medicine.warfarin",
            {"atc": "B01AA03"},
            ["anticoagulant"],
            [
                "warfarin",
                "Warfarin",
                "warfarine",
                "warfarina",
                "warfarin",
                "warfaryna",
                "βαρφαρίνη",
                "варфарин",
                "varfarin",
                "ワルファリン",
                "华法林",
                "وارفارين",
            ],
        ),
        (
            "medicine.salbutamol",
            {"atc": "R03AC02"},
            ["bronchodilator"],
            [
                "salbutamol",
                "Salbutamol",
                "salbutamol",
                "salbutamol",
                "salbutamolo",
                "salbutamol",
                "σαλβουταμόλη",
                "сальбутамол",
                "salbutamol",
                "サルブタモール",
                "沙丁胺醇",
                "سالبوتامول",
            ],
        ),
    ],
    "allergen": [
        (
            "allergen.penicillin",
            {"snomed": "764146007"},
            ["drug"],
            [
                "penicillin",
                "Penicillin",
                "pénicilline",
                "penicilina",
                "penicillina",
                "penicylina",
                "πενικιλίνη",
                "пенициллин",
                "penisilin",
                "ペニシリン",
                "青霉素",
                "البنسلين",
            ],
        ),
    ],
    "device": [
        (
            "device.pacemaker",
            {"snomed": "14106009"},
            ["implanted"],
            [
                "Cardiac pacemaker",
                "Herzschrittmacher",
                "stimulateur cardiaque",
                "marcapasos",
                "pacemaker",
                "rozrusznik serca",
                "βηματοδότης",
                "электрокардиостимулятор",
                "kalp pili",
                "ペースメーカー",
                "心脏起搏器",
                "جهاز تنظيم ضربات القلب",
            ],
        ),
    ],
    "symptom": [
        (
            "symptom.headache",
            {"snomed": "25064002", "icd10": "R51"},
            [],
            [
                "Headache",
                "Kopfschmerzen",
                "céphalée",
                "dolor de cabeza",
                "mal di testa",
                "ból głowy",
                "πονοκέφαλος",
                "головная боль",
                "baş ağrısı",
                "頭痛",
                "头痛",
                "صداع",
            ],
        ),
        (
            "symptom.fever",
            {"snomed": "386661006", "icd10": "R50.9"},
            [],
            [
                "Fever",
                "Fieber",
                "fièvre",
                "fiebre",
                "febbre",
                "gorączka",
                "πυρετός",
                "лихорадка",
                "ateş",
                "発熱",
                "发热",
                "حمى",
            ],
        ),
        (
            "symptom.cough",
            {"snomed": "49727002", "icd10": "R05"},
            [],
            [
                "Cough",
                "Husten",
                "toux",
                "tos",
                "tosse",
                "kaszel",
                "βήχας",
                "кашель",
                "öksürük",
                "咳",
                "咳嗽",
                "سعال",
            ],
        ),
    ],
    "vital_sign": [
        (
            "vital_sign.heart_rate",
            {"loinc": "8867-4"},
            [],
            [
                "Heart rate",
                "Herzfrequenz",
                "fréquence cardiaque",
                "frecuencia cardíaca",
                "frequenza cardiaca",
                "częstość akcji serca",
                "καρδιακή συχνότητα",
                "частота сердечных сокращений",
                "kalp hızı",
                "心拍数",
                "心率",
                "معدل ضربات القلب",
            ],
        ),
    ],
}


def _concept(concept_id: str, codes: dict[str, str], flags: list[str], terms: list[str]) -> dict[str, object]:
    sources = {"snomed": SNOMED, "icd10": ICD10, "atc": ATC, "loinc": LOINC}
    by_lang = dict(zip(FIXTURE_LANGUAGES, terms, strict=True))
    medicine = concept_id.startswith("medicine.")
    return {
        "id": concept_id,
        "codes": codes,
        "code_sources": {system: sources[system] for system in codes},
        "flags": flags,
        "terms": {lang: by_lang[lang] for lang in LANGUAGES if lang in by_lang},
        "provenance": {"*": "inn" if medicine else "wayfarer-draft", "en": "wayfarer"},
        "reviewed": {},
        "synonym_group": None,
        "gaps": {
            lang: "not included in the engine's test fixture" for lang in LANGUAGES if lang not in by_lang
        },
    }


def main() -> None:
    here = Path(__file__).parent
    for category, rows in CONCEPTS.items():
        lines = [json.dumps(_concept(*row), ensure_ascii=False) for row in rows]
        body = ",\n".join(lines)
        text = f'{{"format": 1, "category": "{category}", "concepts": [\n{body}\n]}}\n'
        (here / f"{category}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
