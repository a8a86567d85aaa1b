"""Generate py_modules/wayfarer/terms/data/conditions.json and devices.json.

Data is written as compact text blocks (one block per concept) and emitted in the
vocabulary data format described in py_modules/wayfarer/terms/data/FORMAT.md.

Block syntax:
    @<snake_id> | <snomed or -> | <icd10 or -> | <flag> <flag> ...
    <lang> <term>
    <lang> ! <reason the term is missing>   (explicit gap)

All terms are drafted by us ("wayfarer-draft"; English "wayfarer"); nobody has
reviewed them, so "reviewed" is always {}.
Usage: python build_scripts/vocab/conditions_devices.py
"""

import json
import pathlib
import sys
from pathlib import Path

# The 35 languages, in the vocabulary's order, from the one place that defines them.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "py_modules"))
from wayfarer.terms import LANGUAGES
from wayfarer.terms._codes import verhoeff_valid as verhoeff_ok

LANGS = list(LANGUAGES)
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "py_modules" / "wayfarer" / "terms" / "data"
SOURCES = {"snomed": "SNOMED CT International Edition", "icd10": "WHO ICD-10 (2019)"}

CONDITIONS = []  # text blocks, category "condition"
DEVICES = []  # text blocks, category "device"


def sctid_ok(sctid: str) -> bool:
    # 6..18 digits, no leading zero, valid Verhoeff check digit, partition
    # identifier "00" (concept, international namespace) or "10" (extension concept)
    return (
        sctid.isdigit()
        and 6 <= len(sctid) <= 18
        and sctid[0] != "0"
        and sctid[-3:-1] in ("00", "10")
        and verhoeff_ok(sctid)
    )


def parse(block: str, category: str) -> dict:
    lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
    head = [x.strip() for x in lines[0].lstrip("@").split("|")]
    sid, snomed, icd10, flags = head[0], head[1], head[2], head[3].split()
    codes, sources = {}, {}
    if snomed != "-":
        codes["snomed"] = snomed
    if icd10 != "-":
        codes["icd10"] = icd10
    for k in codes:
        sources[k] = SOURCES[k]
    terms, gaps = {}, {}
    for ln in lines[1:]:
        lang, _, rest = ln.partition(" ")
        rest = rest.strip()
        if lang not in LANGS:
            raise ValueError(f"{sid}: unknown language {lang!r}")
        if lang in terms or lang in gaps:
            raise ValueError(f"{sid}: duplicate language {lang}")
        if rest.startswith("!"):
            gaps[lang] = rest[1:].strip()
        else:
            terms[lang] = rest
    concept = {
        "id": f"{category}.{sid}",
        "codes": codes,
        "code_sources": sources,
        "flags": flags,
        "terms": {lg: terms[lg] for lg in LANGS if lg in terms},
        "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
        "reviewed": {},
        "synonym_group": None,
    }
    if gaps:
        concept["gaps"] = {lg: gaps[lg] for lg in LANGS if lg in gaps}
    return concept


def build(blocks, category):
    concepts = [parse(b, category) for b in blocks]
    errors = []
    seen_ids = set()
    seen_terms = {}
    for c in concepts:
        if c["id"] in seen_ids:
            errors.append(f"duplicate id {c['id']}")
        seen_ids.add(c["id"])
        for lang in LANGS:
            if (lang in c["terms"]) == (lang in c.get("gaps", {})):
                errors.append(f"{c['id']}: {lang} must be either a term or a gap")
        sn = c["codes"].get("snomed")
        if sn and not sctid_ok(sn):
            errors.append(f"{c['id']}: bad SCTID {sn}")
        for lang, t in c["terms"].items():
            if not t or t != t.strip() or t[-1] in ".,;:":
                errors.append(f"{c['id']}: bad term {lang} {t!r}")
            key = (lang, t.casefold())
            if key in seen_terms:
                errors.append(f"{c['id']}: {lang} term {t!r} also in {seen_terms[key]}")
            seen_terms[key] = c["id"]
        want = {"condition": ({"chronic", "acute"}, 1), "device": ({"implanted", "wearable", "external"}, 1)}[
            category
        ]
        if len(set(c["flags"]) & want[0]) != want[1]:
            errors.append(f"{c['id']}: flags {c['flags']}")
    return concepts, errors


def emit(concepts, category, path):
    lines = [json.dumps(c, ensure_ascii=False) for c in concepts]
    text = '{"format": 1, "category": "' + category + '", "concepts": [\n' + ",\n".join(lines) + "\n]}\n"
    json.loads(text)
    path.write_text(text, encoding="utf-8")


def main():
    ok = True
    for blocks, category, name in (
        (CONDITIONS, "condition", "conditions.json"),
        (DEVICES, "device", "devices.json"),
    ):
        concepts, errors = build(blocks, category)
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        ok = ok and not errors
        emit(concepts, category, OUT / name)
        gaps = sum(len(c.get("gaps", {})) for c in concepts)
        print(f"{name}: {len(concepts)} concepts, {gaps} gaps")
    return 0 if ok else 1


# ---------------------------------------------------------------- conditions: cardiometabolic
CONDITIONS += [
    r"""
@type_1_diabetes | 46635009 | E10 | chronic
en Type 1 diabetes
bg захарен диабет тип 1
cs diabetes mellitus 1. typu
da type 1-diabetes
de Diabetes mellitus Typ 1
el σακχαρώδης διαβήτης τύπου 1
es diabetes mellitus tipo 1
et 1. tüüpi diabeet
fi tyypin 1 diabetes
fr diabète de type 1
ga diaibéiteas cineál 1
hr šećerna bolest tipa 1
hu 1-es típusú cukorbetegség
it diabete mellito di tipo 1
lt 1 tipo cukrinis diabetas
lv 1. tipa cukura diabēts
mt dijabete tat-tip 1
nl diabetes mellitus type 1
pl cukrzyca typu 1
pt diabetes mellitus tipo 1
ro diabet zaharat de tip 1
sk diabetes mellitus 1. typu
sl sladkorna bolezen tipa 1
sv typ 1-diabetes
ja 1型糖尿病
zh 1型糖尿病
ko 제1형 당뇨병
th โรคเบาหวานชนิดที่ 1
vi đái tháo đường típ 1
tr tip 1 diyabet
ar داء السكري من النوع الأول
ru сахарный диабет 1 типа
uk цукровий діабет 1 типу
hi टाइप 1 मधुमेह
id diabetes melitus tipe 1
""",
    r"""
@type_2_diabetes | 44054006 | E11 | chronic
en Type 2 diabetes
bg захарен диабет тип 2
cs diabetes mellitus 2. typu
da type 2-diabetes
de Diabetes mellitus Typ 2
el σακχαρώδης διαβήτης τύπου 2
es diabetes mellitus tipo 2
et 2. tüüpi diabeet
fi tyypin 2 diabetes
fr diabète de type 2
ga diaibéiteas cineál 2
hr šećerna bolest tipa 2
hu 2-es típusú cukorbetegség
it diabete mellito di tipo 2
lt 2 tipo cukrinis diabetas
lv 2. tipa cukura diabēts
mt dijabete tat-tip 2
nl diabetes mellitus type 2
pl cukrzyca typu 2
pt diabetes mellitus tipo 2
ro diabet zaharat de tip 2
sk diabetes mellitus 2. typu
sl sladkorna bolezen tipa 2
sv typ 2-diabetes
ja 2型糖尿病
zh 2型糖尿病
ko 제2형 당뇨병
th โรคเบาหวานชนิดที่ 2
vi đái tháo đường típ 2
tr tip 2 diyabet
ar داء السكري من النوع الثاني
ru сахарный диабет 2 типа
uk цукровий діабет 2 типу
hi टाइप 2 मधुमेह
id diabetes melitus tipe 2
""",
    r"""
@prediabetes | 714628002 | - | chronic
en Prediabetes
bg преддиабет
cs prediabetes
da prædiabetes
de Prädiabetes
el προδιαβήτης
es prediabetes
et prediabeet
fi esidiabetes
fr prédiabète
ga réamhdhiaibéiteas
hr predijabetes
hu prediabétesz
it prediabete
lt prediabetas
lv prediabēts
mt prediabete
nl prediabetes
pl stan przedcukrzycowy
pt pré-diabetes
ro prediabet
sk prediabetes
sl prediabetes
sv prediabetes
ja 糖尿病予備群
zh 糖尿病前期
ko 당뇨병 전단계
th ภาวะก่อนเบาหวาน
vi tiền đái tháo đường
tr prediyabet
ar مقدمات السكري
ru предиабет
uk предіабет
hi प्रीडायबिटीज
id prediabetes
""",
    r"""
@hypertension | 38341003 | I10 | chronic
en Hypertension
bg артериална хипертония
cs arteriální hypertenze
da forhøjet blodtryk
de arterielle Hypertonie
el αρτηριακή υπέρταση
es hipertensión arterial
et kõrgvererõhutõbi
fi verenpainetauti
fr hypertension artérielle
ga brú fola ard
hr arterijska hipertenzija
hu magas vérnyomás
it ipertensione arteriosa
lt arterinė hipertenzija
lv arteriālā hipertensija
mt pressjoni għolja
nl hypertensie
pl nadciśnienie tętnicze
pt hipertensão arterial
ro hipertensiune arterială
sk artériová hypertenzia
sl arterijska hipertenzija
sv hypertoni
ja 高血圧症
zh 高血压
ko 고혈압
th โรคความดันโลหิตสูง
vi tăng huyết áp
tr hipertansiyon
ar ارتفاع ضغط الدم
ru артериальная гипертензия
uk артеріальна гіпертензія
hi उच्च रक्तचाप
id hipertensi
""",
    r"""
@atrial_fibrillation | 49436004 | I48 | chronic
en Atrial fibrillation
bg предсърдно мъждене
cs fibrilace síní
da atrieflimren
de Vorhofflimmern
el κολπική μαρμαρυγή
es fibrilación auricular
et kodade virvendus
fi eteisvärinä
fr fibrillation auriculaire
ga fibriliú atrial
hr fibrilacija atrija
hu pitvarfibrilláció
it fibrillazione atriale
lt prieširdžių virpėjimas
lv priekškambaru fibrilācija
mt fibrillazzjoni atrijali
nl atriumfibrilleren
pl migotanie przedsionków
pt fibrilhação auricular
ro fibrilație atrială
sk fibrilácia predsiení
sl atrijska fibrilacija
sv förmaksflimmer
ja 心房細動
zh 心房颤动
ko 심방세동
th ภาวะหัวใจห้องบนสั่นพลิ้ว
vi rung nhĩ
tr atriyal fibrilasyon
ar الرجفان الأذيني
ru фибрилляция предсердий
uk фібриляція передсердь
hi आलिंद विकम्पन
id fibrilasi atrium
""",
    r"""
@atrial_flutter | 5370000 | - | chronic
en Atrial flutter
bg предсърдно трептене
cs flutter síní
da atrieflagren
de Vorhofflattern
el κολπικός πτερυγισμός
es aleteo auricular
et kodade laperdus
fi eteislepatus
fr flutter auriculaire
ga ! no established Irish term known to us
hr undulacija atrija
hu pitvarlebegés
it flutter atriale
lt prieširdžių plazdėjimas
lv priekškambaru plandīšanās
mt ! no established Maltese term known to us (clinicians use the English term)
nl atriumflutter
pl trzepotanie przedsionków
pt flutter auricular
ro flutter atrial
sk flutter predsiení
sl atrijska undulacija
sv förmaksfladder
ja 心房粗動
zh 心房扑动
ko 심방조동
th หัวใจห้องบนเต้นกระพือ
vi cuồng nhĩ
tr atriyal flutter
ar الرفرفة الأذينية
ru трепетание предсердий
uk тріпотіння передсердь
hi आलिंद स्फुरण
id flutter atrium
""",
    r"""
@heart_failure | 84114007 | I50.9 | chronic
en Heart failure
bg сърдечна недостатъчност
cs srdeční selhání
da hjertesvigt
de Herzinsuffizienz
el καρδιακή ανεπάρκεια
es insuficiencia cardíaca
et südamepuudulikkus
fi sydämen vajaatoiminta
fr insuffisance cardiaque
ga cliseadh croí
hr zatajenje srca
hu szívelégtelenség
it insufficienza cardiaca
lt širdies nepakankamumas
lv sirds mazspēja
mt insuffiċjenza tal-qalb
nl hartfalen
pl niewydolność serca
pt insuficiência cardíaca
ro insuficiență cardiacă
sk srdcové zlyhanie
sl srčno popuščanje
sv hjärtsvikt
ja 心不全
zh 心力衰竭
ko 심부전
th ภาวะหัวใจล้มเหลว
vi suy tim
tr kalp yetmezliği
ar قصور القلب
ru сердечная недостаточность
uk серцева недостатність
hi हृदय विफलता
id gagal jantung
""",
    r"""
@coronary_artery_disease | 53741008 | I25.1 | chronic
en Coronary artery disease
bg исхемична болест на сърцето
cs ischemická choroba srdeční
da iskæmisk hjertesygdom
de koronare Herzkrankheit
el στεφανιαία νόσος
es enfermedad coronaria
et südame isheemiatõbi
fi sepelvaltimotauti
fr maladie coronarienne
ga galar artaire corónach
hr koronarna bolest srca
hu koszorúér-betegség
it malattia coronarica
lt koronarinė širdies liga
lv koronārā sirds slimība
mt mard tal-arterji koronarji
nl coronaire hartziekte
pl choroba wieńcowa
pt doença coronária
ro boală coronariană
sk ischemická choroba srdca
sl koronarna bolezen
sv kranskärlssjukdom
ja 冠動脈疾患
zh 冠心病
ko 관상동맥질환
th โรคหลอดเลือดหัวใจ
vi bệnh mạch vành
tr koroner arter hastalığı
ar مرض الشريان التاجي
ru ишемическая болезнь сердца
uk ішемічна хвороба серця
hi कोरोनरी धमनी रोग
id penyakit jantung koroner
""",
    r"""
@angina_pectoris | 194828000 | I20.9 | chronic
en Angina pectoris
bg стенокардия
cs angina pectoris
da angina pectoris
de Angina pectoris
el στηθάγχη
es angina de pecho
et stenokardia
fi angina pectoris
fr angine de poitrine
ga aingíne
hr angina pektoris
hu angina pectoris
it angina pectoris
lt krūtinės angina
lv stenokardija
mt anġina
nl angina pectoris
pl dławica piersiowa
pt angina de peito
ro angină pectorală
sk angina pectoris
sl angina pektoris
sv kärlkramp
ja 狭心症
zh 心绞痛
ko 협심증
th อาการเจ็บเค้นหน้าอก
vi cơn đau thắt ngực
tr anjina pektoris
ar الذبحة الصدرية
ru стенокардия
uk стенокардія
hi एनजाइना
id angina pektoris
""",
    r"""
@previous_myocardial_infarction | 1755008 | I25.2 | chronic
en Previous myocardial infarction
bg прекаран миокарден инфаркт
cs prodělaný infarkt myokardu
da tidligere myokardieinfarkt
de alter Myokardinfarkt
el παλαιό έμφραγμα του μυοκαρδίου
es infarto de miocardio antiguo
et põetud müokardiinfarkt
fi sairastettu sydäninfarkti
fr antécédent d'infarctus du myocarde
ga taom croí roimhe seo
hr preboljeli infarkt miokarda
hu lezajlott szívinfarktus
it pregresso infarto miocardico
lt persirgtas miokardo infarktas
lv pārslimots miokarda infarkts
mt attakk tal-qalb preċedenti
nl doorgemaakt myocardinfarct
pl przebyty zawał serca
pt enfarte do miocárdio antigo
ro infarct miocardic vechi
sk prekonaný infarkt myokardu
sl preboleli miokardni infarkt
sv tidigare hjärtinfarkt
ja 陳旧性心筋梗塞
zh 陈旧性心肌梗死
ko 과거 심근경색
th เคยเป็นกล้ามเนื้อหัวใจตาย
vi nhồi máu cơ tim cũ
tr geçirilmiş miyokard enfarktüsü
ar احتشاء عضلة القلب السابق
ru перенесённый инфаркт миокарда
uk перенесений інфаркт міокарда
hi पूर्व हृदयाघात
id riwayat infark miokard
""",
    r"""
@previous_stroke | - | - | chronic
en Previous stroke
bg прекаран мозъчен инсулт
cs prodělaná cévní mozková příhoda
da tidligere apopleksi
de Zustand nach Schlaganfall
el παλαιό αγγειακό εγκεφαλικό επεισόδιο
es ictus previo
et põetud insult
fi sairastettu aivohalvaus
fr antécédent d'accident vasculaire cérébral
ga stróc roimhe seo
hr preboljeli moždani udar
hu lezajlott stroke
it pregresso ictus
lt persirgtas insultas
lv pārslimots insults
mt puplesija preċedenti
nl doorgemaakt herseninfarct
pl przebyty udar mózgu
pt acidente vascular cerebral prévio
ro accident vascular cerebral în antecedente
sk prekonaná cievna mozgová príhoda
sl prebolela možganska kap
sv tidigare stroke
ja 脳卒中の既往
zh 陈旧性脑卒中
ko 뇌졸중 병력
th เคยเป็นโรคหลอดเลือดสมอง
vi tiền sử đột quỵ
tr geçirilmiş inme
ar سكتة دماغية سابقة
ru перенесённый инсульт
uk перенесений інсульт
hi पूर्व स्ट्रोक
id riwayat stroke
""",
    r"""
@transient_ischaemic_attack | 266257000 | G45.9 | acute
en Transient ischaemic attack
bg преходна исхемична атака
cs tranzitorní ischemická ataka
da transitorisk cerebral iskæmi
de transitorische ischämische Attacke
el παροδικό ισχαιμικό επεισόδιο
es accidente isquémico transitorio
et transitoorne isheemiline atakk
fi ohimenevä aivoverenkiertohäiriö
fr accident ischémique transitoire
ga taom iscéimeach neamhbhuan
hr tranzitorna ishemijska ataka
hu átmeneti agyi keringészavar
it attacco ischemico transitorio
lt praeinantis smegenų išemijos priepuolis
lv transitora išēmiska lēkme
mt ! no established Maltese term known to us (clinicians use the English term)
nl transient ischemic attack
pl przemijający atak niedokrwienny
pt acidente isquémico transitório
ro atac ischemic tranzitoriu
sk tranzitórny ischemický atak
sl prehodni ishemični napad
sv transitorisk ischemisk attack
ja 一過性脳虚血発作
zh 短暂性脑缺血发作
ko 일과성 허혈 발작
th ภาวะสมองขาดเลือดชั่วคราว
vi cơn thiếu máu não thoáng qua
tr geçici iskemik atak
ar نوبة إقفارية عابرة
ru транзиторная ишемическая атака
uk транзиторна ішемічна атака
hi क्षणिक इस्कीमिक दौरा
id serangan iskemik transien
""",
    r"""
@hyperlipidaemia | 55822004 | E78.5 | chronic
en Hyperlipidaemia
bg хиперлипидемия
cs hyperlipidemie
da hyperlipidæmi
de Hyperlipidämie
el υπερλιπιδαιμία
es hiperlipidemia
et hüperlipideemia
fi hyperlipidemia
fr hyperlipidémie
ga hipirlipidéime
hr hiperlipidemija
hu hiperlipidémia
it iperlipidemia
lt hiperlipidemija
lv hiperlipidēmija
mt iperlipidemija
nl hyperlipidemie
pl hiperlipidemia
pt hiperlipidemia
ro hiperlipidemie
sk hyperlipidémia
sl hiperlipidemija
sv hyperlipidemi
ja 脂質異常症
zh 高脂血症
ko 고지혈증
th ภาวะไขมันในเลือดสูง
vi rối loạn lipid máu
tr hiperlipidemi
ar فرط شحميات الدم
ru гиперлипидемия
uk гіперліпідемія
hi हाइपरलिपिडेमिया
id hiperlipidemia
""",
    r"""
@hypercholesterolaemia | 13644009 | E78.0 | chronic
en High cholesterol
bg хиперхолестеролемия
cs hypercholesterolemie
da forhøjet kolesterol
de Hypercholesterinämie
el υπερχοληστερολαιμία
es hipercolesterolemia
et hüperkolesteroleemia
fi kohonnut kolesteroli
fr hypercholestérolémie
ga colaistéaról ard
hr hiperkolesterolemija
hu magas koleszterinszint
it ipercolesterolemia
lt hipercholesterolemija
lv hiperholesterinēmija
mt kolesterol għoli
nl hypercholesterolemie
pl hipercholesterolemia
pt hipercolesterolemia
ro hipercolesterolemie
sk hypercholesterolémia
sl hiperholesterolemija
sv hyperkolesterolemi
ja 高コレステロール血症
zh 高胆固醇血症
ko 고콜레스테롤혈증
th ภาวะคอเลสเตอรอลในเลือดสูง
vi tăng cholesterol máu
tr hiperkolesterolemi
ar فرط كوليسترول الدم
ru гиперхолестеринемия
uk гіперхолестеринемія
hi उच्च कोलेस्ट्रॉल
id hiperkolesterolemia
""",
    r"""
@obesity | 414916001 | E66.9 | chronic
en Obesity
bg затлъстяване
cs obezita
da fedme
de Adipositas
el παχυσαρκία
es obesidad
et rasvumine
fi lihavuus
fr obésité
ga murtall
hr pretilost
hu elhízás
it obesità
lt nutukimas
lv aptaukošanās
mt obeżità
nl obesitas
pl otyłość
pt obesidade
ro obezitate
sk obezita
sl debelost
sv fetma
ja 肥満症
zh 肥胖症
ko 비만
th โรคอ้วน
vi béo phì
tr obezite
ar السمنة
ru ожирение
uk ожиріння
hi मोटापा
id obesitas
""",
    r"""
@peripheral_arterial_disease | 399957001 | I73.9 | chronic
en Peripheral arterial disease
bg периферна артериална болест
cs ischemická choroba dolních končetin
da perifer arteriesygdom
de periphere arterielle Verschlusskrankheit
el περιφερική αρτηριακή νόσος
es enfermedad arterial periférica
et perifeersete arterite haigus
fi alaraajojen tukkiva valtimotauti
fr artériopathie oblitérante des membres inférieurs
ga galar artaireach forimeallach
hr periferna arterijska bolest
hu perifériás artériás betegség
it arteriopatia periferica
lt periferinių arterijų liga
lv perifēro artēriju slimība
mt mard arterjali periferali
nl perifeer arterieel vaatlijden
pl choroba tętnic obwodowych
pt doença arterial periférica
ro boală arterială periferică
sk periférne artériové ochorenie
sl periferna arterijska bolezen
sv perifer kärlsjukdom
ja 末梢動脈疾患
zh 外周动脉疾病
ko 말초동맥질환
th โรคหลอดเลือดแดงส่วนปลาย
vi bệnh động mạch ngoại biên
tr periferik arter hastalığı
ar مرض الشرايين المحيطية
ru заболевание периферических артерий
uk захворювання периферичних артерій
hi परिधीय धमनी रोग
id penyakit arteri perifer
""",
    r"""
@aortic_stenosis | 60573004 | I35.0 | chronic
en Aortic stenosis
bg аортна стеноза
cs aortální stenóza
da aortastenose
de Aortenklappenstenose
el στένωση αορτικής βαλβίδας
es estenosis aórtica
et aordistenoos
fi aorttaläpän ahtauma
fr sténose aortique
ga stéineois aortach
hr aortna stenoza
hu aortabillentyű-szűkület
it stenosi aortica
lt aortos stenozė
lv aortas stenoze
mt stenożi aortika
nl aortaklepstenose
pl zwężenie zastawki aortalnej
pt estenose aórtica
ro stenoză aortică
sk aortálna stenóza
sl aortna stenoza
sv aortastenos
ja 大動脈弁狭窄症
zh 主动脉瓣狭窄
ko 대동맥판 협착증
th ลิ้นหัวใจเอออร์ติกตีบ
vi hẹp van động mạch chủ
tr aort darlığı
ar تضيق الصمام الأبهري
ru аортальный стеноз
uk аортальний стеноз
hi महाधमनी स्टेनोसिस
id stenosis aorta
""",
    r"""
@mitral_regurgitation | 48724000 | I34.0 | chronic
en Mitral regurgitation
bg митрална инсуфициенция
cs mitrální regurgitace
da mitralinsufficiens
de Mitralklappeninsuffizienz
el ανεπάρκεια μιτροειδούς βαλβίδας
es insuficiencia mitral
et mitraalklapi puudulikkus
fi mitraaliläpän vuoto
fr insuffisance mitrale
ga aischur mitreach
hr mitralna insuficijencija
hu mitrális billentyű-elégtelenség
it insufficienza mitralica
lt mitralinio vožtuvo nepakankamumas
lv mitrālā vārstuļa nepietiekamība
mt rigurġitazzjoni mitrali
nl mitralisklepinsufficiëntie
pl niedomykalność zastawki mitralnej
pt insuficiência mitral
ro insuficiență mitrală
sk mitrálna regurgitácia
sl mitralna regurgitacija
sv mitralisinsufficiens
ja 僧帽弁閉鎖不全症
zh 二尖瓣关闭不全
ko 승모판 역류증
th ลิ้นหัวใจไมทรัลรั่ว
vi hở van hai lá
tr mitral yetmezlik
ar قلس الصمام التاجي
ru митральная недостаточность
uk мітральна недостатність
hi माइट्रल रेगुर्गिटेशन
id regurgitasi mitral
""",
    r"""
@cardiomyopathy | 85898001 | I42.9 | chronic
en Cardiomyopathy
bg кардиомиопатия
cs kardiomyopatie
da kardiomyopati
de Kardiomyopathie
el μυοκαρδιοπάθεια
es miocardiopatía
et kardiomüopaatia
fi kardiomyopatia
fr cardiomyopathie
ga ! no established Irish term we could confirm (the draft "cardamaighapaite" looked malformed); English is used in Irish healthcare
hr kardiomiopatija
hu kardiomiopátia
it cardiomiopatia
lt kardiomiopatija
lv kardiomiopātija
mt kardjomijopatija
nl cardiomyopathie
pl kardiomiopatia
pt miocardiopatia
ro cardiomiopatie
sk kardiomyopatia
sl kardiomiopatija
sv kardiomyopati
ja 心筋症
zh 心肌病
ko 심근병증
th โรคกล้ามเนื้อหัวใจ
vi bệnh cơ tim
tr kardiyomiyopati
ar اعتلال عضلة القلب
ru кардиомиопатия
uk кардіоміопатія
hi कार्डियोमायोपैथी
id kardiomiopati
""",
    r"""
@abdominal_aortic_aneurysm | 233985008 | I71.4 | chronic
en Abdominal aortic aneurysm
bg аневризма на коремната аорта
cs aneurysma břišní aorty
da abdominalt aortaaneurisme
de Bauchaortenaneurysma
el ανεύρυσμα κοιλιακής αορτής
es aneurisma de aorta abdominal
et kõhuaordi aneurüsm
fi vatsa-aortan aneurysma
fr anévrisme de l'aorte abdominale
ga ainéaras aortach bolg
hr aneurizma abdominalne aorte
hu hasi aortaaneurizma
it aneurisma dell'aorta addominale
lt pilvinės aortos aneurizma
lv vēdera aortas aneirisma
mt anewriżma tal-aorta addominali
nl aneurysma van de abdominale aorta
pl tętniak aorty brzusznej
pt aneurisma da aorta abdominal
ro anevrism de aortă abdominală
sk aneuryzma brušnej aorty
sl anevrizma trebušne aorte
sv bukaortaaneurysm
ja 腹部大動脈瘤
zh 腹主动脉瘤
ko 복부 대동맥류
th หลอดเลือดแดงใหญ่ในช่องท้องโป่งพอง
vi phình động mạch chủ bụng
tr abdominal aort anevrizması
ar أم الدم الأبهرية البطنية
ru аневризма брюшной аорты
uk аневризма черевної аорти
hi उदरीय महाधमनी धमनीविस्फार
id aneurisma aorta abdominal
""",
]
# ---------------------------------------------------------------- conditions: vascular, respiratory
CONDITIONS += [
    r"""
@varicose_veins | 72866009 | I83.9 | chronic
en Varicose veins
bg разширени вени
cs křečové žíly
da åreknuder
de Krampfadern
el κιρσοί
es varices
et veenilaiendid
fi suonikohjut
fr varices
ga féitheacha borrtha
hr proširene vene
hu visszértágulat
it vene varicose
lt venų varikozė
lv varikozas vēnas
mt vini varikużi
nl spataderen
pl żylaki
pt varizes
ro varice
sk kŕčové žily
sl krčne žile
sv åderbråck
ja 下肢静脈瘤
zh 静脉曲张
ko 하지정맥류
th หลอดเลือดดำขอด
vi giãn tĩnh mạch
tr varis
ar الدوالي
ru варикозное расширение вен
uk варикозне розширення вен
hi वैरिकाज़ नसें
id varises
""",
    r"""
@lymphoedema | 234097001 | I89.0 | chronic
en Lymphoedema
bg лимфедем
cs lymfedém
da lymfødem
de Lymphödem
el λεμφοίδημα
es linfedema
et lümfiturse
fi lymfaturvotus
fr lymphœdème
ga limfiréidéime
hr limfedem
hu nyiroködéma
it linfedema
lt limfedema
lv limfedēma
mt limfedema
nl lymfoedeem
pl obrzęk limfatyczny
pt linfedema
ro limfedem
sk lymfedém
sl limfedem
sv lymfödem
ja リンパ浮腫
zh 淋巴水肿
ko 림프부종
th ภาวะบวมน้ำเหลือง
vi phù bạch huyết
tr lenfödem
ar الوذمة اللمفية
ru лимфедема
uk лімфедема
hi लिम्फेडेमा
id limfedema
""",
    r"""
@complete_heart_block | 27885002 | I44.2 | chronic
en Complete heart block
bg пълен атриовентрикуларен блок
cs úplná atrioventrikulární blokáda
da totalt AV-blok
de AV-Block dritten Grades
el πλήρης κολποκοιλιακός αποκλεισμός
es bloqueo auriculoventricular completo
et täielik atrioventrikulaarne blokaad
fi täydellinen eteis-kammiokatkos
fr bloc auriculo-ventriculaire complet
ga ! no established Irish term known to us
hr potpuni atrioventrikularni blok
hu teljes atrioventricularis blokk
it blocco atrioventricolare completo
lt visiška atrioventrikulinė blokada
lv pilna atrioventrikulārā blokāde
mt ! no established Maltese term known to us (clinicians use the English term)
nl totaal atrioventriculair blok
pl całkowity blok przedsionkowo-komorowy
pt bloqueio auriculoventricular completo
ro bloc atrioventricular complet
sk úplná atrioventrikulárna blokáda
sl popolni atrioventrikularni blok
sv totalt AV-block
ja 完全房室ブロック
zh 完全性房室传导阻滞
ko 완전 방실차단
th ภาวะหัวใจห้องบนและล่างไม่สัมพันธ์กันโดยสมบูรณ์
vi block nhĩ thất hoàn toàn
tr tam atriyoventriküler blok
ar إحصار القلب التام
ru полная атриовентрикулярная блокада
uk повна атріовентрикулярна блокада
hi पूर्ण हृदय अवरोध
id blok jantung total
""",
    r"""
@sick_sinus_syndrome | 36083008 | I49.5 | chronic
en Sick sinus syndrome
bg синдром на болния синусов възел
cs syndrom chorého sinu
da syg sinus-syndrom
de Sick-Sinus-Syndrom
el σύνδρομο νοσούντος φλεβοκόμβου
es síndrome del seno enfermo
et siinussõlme nõrkuse sündroom
fi sairas sinus -oireyhtymä
fr maladie du sinus
ga ! no established Irish term known to us
hr sindrom bolesnog sinusnog čvora
hu beteg sinus szindróma
it malattia del nodo del seno
lt silpno sinusinio mazgo sindromas
lv slimā sinusa mezgla sindroms
mt ! no established Maltese term known to us (clinicians use the English term)
nl sick sinus syndroom
pl zespół chorego węzła zatokowego
pt doença do nó sinusal
ro boala nodului sinusal
sk syndróm chorého sínusu
sl sindrom bolnega sinusnega vozla
sv sjuk sinusknuta
ja 洞不全症候群
zh 病态窦房结综合征
ko 동기능부전증후군
th กลุ่มอาการไซนัสโหนดทำงานผิดปกติ
vi hội chứng suy nút xoang
tr hasta sinüs sendromu
ar متلازمة العقدة الجيبية المريضة
ru синдром слабости синусового узла
uk синдром слабкості синусового вузла
hi सिक साइनस सिंड्रोम
id sindrom sinus sakit
""",
    r"""
@pulmonary_hypertension | 70995007 | - | chronic
en Pulmonary hypertension
bg белодробна хипертония
cs plicní hypertenze
da pulmonal hypertension
de pulmonale Hypertonie
el πνευμονική υπέρταση
es hipertensión pulmonar
et pulmonaalhüpertensioon
fi keuhkoverenpainetauti
fr hypertension pulmonaire
ga hipirtheannas scamhógach
hr plućna hipertenzija
hu pulmonális hipertónia
it ipertensione polmonare
lt plautinė hipertenzija
lv pulmonālā hipertensija
mt pressjoni għolja pulmonari
nl pulmonale hypertensie
pl nadciśnienie płucne
pt hipertensão pulmonar
ro hipertensiune pulmonară
sk pľúcna hypertenzia
sl pljučna hipertenzija
sv pulmonell hypertension
ja 肺高血圧症
zh 肺动脉高压
ko 폐고혈압
th ภาวะความดันหลอดเลือดปอดสูง
vi tăng áp động mạch phổi
tr pulmoner hipertansiyon
ar ارتفاع ضغط الدم الرئوي
ru лёгочная гипертензия
uk легенева гіпертензія
hi फुफ्फुसीय उच्च रक्तचाप
id hipertensi pulmonal
""",
    r"""
@previous_venous_thromboembolism | - | - | chronic
en Previous venous thromboembolism
bg прекарана венозна тромбоемболия
cs prodělaná žilní tromboembolie
da tidligere venøs tromboemboli
de Zustand nach venöser Thromboembolie
el ιστορικό φλεβικής θρομβοεμβολής
es tromboembolia venosa previa
et põetud venoosne trombemboolia
fi sairastettu laskimotromboembolia
fr antécédent de thromboembolie veineuse
ga ! no established Irish term known to us
hr preboljela venska tromboembolija
hu lezajlott vénás thromboembolia
it pregresso tromboembolismo venoso
lt persirgta venų tromboembolija
lv pārslimota vēnu trombembolija
mt ! no established Maltese term known to us (clinicians use the English term)
nl doorgemaakte veneuze trombo-embolie
pl przebyta żylna choroba zakrzepowo-zatorowa
pt tromboembolismo venoso prévio
ro tromboembolism venos în antecedente
sk prekonaná venózna tromboembólia
sl prebolela venska trombembolija
sv tidigare venös tromboembolism
ja 静脈血栓塞栓症の既往
zh 静脉血栓栓塞病史
ko 정맥혈전색전증 병력
th เคยเป็นภาวะหลอดเลือดดำอุดตัน
vi tiền sử thuyên tắc huyết khối tĩnh mạch
tr geçirilmiş venöz tromboemboli
ar انصمام خثاري وريدي سابق
ru перенесённая венозная тромбоэмболия
uk перенесена венозна тромбоемболія
hi पूर्व शिरा थ्रोम्बोएम्बोलिज़्म
id riwayat tromboemboli vena
""",
    r"""
@copd | 13645005 | J44.9 | chronic
en Chronic obstructive pulmonary disease
bg хронична обструктивна белодробна болест
cs chronická obstrukční plicní nemoc
da kronisk obstruktiv lungesygdom
de chronisch obstruktive Lungenerkrankung
el χρόνια αποφρακτική πνευμονοπάθεια
es enfermedad pulmonar obstructiva crónica
et krooniline obstruktiivne kopsuhaigus
fi keuhkoahtaumatauti
fr bronchopneumopathie chronique obstructive
ga galar scamhóg bacthach ainsealach
hr kronična opstruktivna plućna bolest
hu krónikus obstruktív tüdőbetegség
it broncopneumopatia cronica ostruttiva
lt lėtinė obstrukcinė plaučių liga
lv hroniska obstruktīva plaušu slimība
mt mard kroniku ostruttiv tal-pulmun
nl chronische obstructieve longziekte
pl przewlekła obturacyjna choroba płuc
pt doença pulmonar obstrutiva crónica
ro bronhopneumopatie obstructivă cronică
sk chronická obštrukčná choroba pľúc
sl kronična obstruktivna pljučna bolezen
sv kroniskt obstruktiv lungsjukdom
ja 慢性閉塞性肺疾患
zh 慢性阻塞性肺疾病
ko 만성 폐쇄성 폐질환
th โรคปอดอุดกั้นเรื้อรัง
vi bệnh phổi tắc nghẽn mạn tính
tr kronik obstrüktif akciğer hastalığı
ar مرض الانسداد الرئوي المزمن
ru хроническая обструктивная болезнь лёгких
uk хронічне обструктивне захворювання легень
hi क्रॉनिक ऑब्सट्रक्टिव पल्मोनरी डिज़ीज़
id penyakit paru obstruktif kronis
""",
    r"""
@asthma | 195967001 | J45.9 | chronic
en Asthma
bg бронхиална астма
cs astma bronchiale
da astma
de Asthma bronchiale
el βρογχικό άσθμα
es asma
et astma
fi astma
fr asthme
ga asma
hr astma
hu asztma
it asma
lt astma
lv astma
mt ażma
nl astma
pl astma oskrzelowa
pt asma
ro astm bronșic
sk priedušková astma
sl astma
sv astma
ja 喘息
zh 哮喘
ko 천식
th โรคหืด
vi hen phế quản
tr astım
ar الربو
ru бронхиальная астма
uk бронхіальна астма
hi दमा
id asma
""",
    r"""
@chronic_hypercapnic_respiratory_failure | - | J96.1 | chronic
en Chronic hypercapnic respiratory failure
bg хронична хиперкапнична дихателна недостатъчност
cs chronické hyperkapnické respirační selhání
da kronisk hyperkapnisk respirationssvigt
de chronische hyperkapnische respiratorische Insuffizienz
el χρόνια υπερκαπνική αναπνευστική ανεπάρκεια
es insuficiencia respiratoria crónica hipercápnica
et krooniline hüperkapniline hingamispuudulikkus
fi krooninen hyperkapninen hengitysvajaus
fr insuffisance respiratoire chronique hypercapnique
ga ! no established Irish term known to us
hr kronična hiperkapnijska respiracijska insuficijencija
hu krónikus hiperkapniás légzési elégtelenség
it insufficienza respiratoria cronica ipercapnica
lt lėtinis hiperkapninis kvėpavimo nepakankamumas
lv hroniska hiperkapniska elpošanas mazspēja
mt ! no established Maltese term known to us (clinicians use the English term)
nl chronische hypercapnische respiratoire insufficiëntie
pl przewlekła hiperkapniczna niewydolność oddechowa
pt insuficiência respiratória crónica hipercápnica
ro insuficiență respiratorie cronică hipercapnică
sk chronické hyperkapnické respiračné zlyhanie
sl kronična hiperkapnična dihalna odpoved
sv kronisk hyperkapnisk andningssvikt
ja 慢性高炭酸ガス血症性呼吸不全
zh 慢性高碳酸血症性呼吸衰竭
ko 만성 고탄산혈증성 호흡부전
th ภาวะหายใจล้มเหลวเรื้อรังชนิดคาร์บอนไดออกไซด์คั่ง
vi suy hô hấp mạn tính tăng CO2
tr kronik hiperkapnik solunum yetmezliği
ar فشل تنفسي مزمن مع فرط ثنائي أكسيد الكربون
ru хроническая гиперкапническая дыхательная недостаточность
uk хронічна гіперкапнічна дихальна недостатність
hi दीर्घकालिक हाइपरकैपनिक श्वसन विफलता
id gagal napas hiperkapnia kronis
""",
    r"""
@bronchiectasis | 12295008 | J47 | chronic
en Bronchiectasis
bg бронхиектазии
cs bronchiektázie
da bronkiektasi
de Bronchiektasen
el βρογχιεκτασίες
es bronquiectasias
et bronhektaasia
fi keuhkoputkien laajentuma
fr dilatation des bronches
ga broincéistéis
hr bronhiektazije
hu hörgőtágulat
it bronchiectasie
lt bronchektazė
lv bronhektāzes
mt bronkjektasi
nl bronchiëctasieën
pl rozstrzenie oskrzeli
pt bronquiectasias
ro bronșiectazie
sk bronchiektázie
sl bronhiektazije
sv bronkiektasi
ja 気管支拡張症
zh 支气管扩张症
ko 기관지확장증
th โรคหลอดลมพอง
vi giãn phế quản
tr bronşektazi
ar توسع القصبات
ru бронхоэктатическая болезнь
uk бронхоектатична хвороба
hi ब्रोंकाइएक्टेसिस
id bronkiektasis
""",
    r"""
@pulmonary_fibrosis | 51615001 | J84.1 | chronic
en Pulmonary fibrosis
bg белодробна фиброза
cs plicní fibróza
da lungefibrose
de Lungenfibrose
el πνευμονική ίνωση
es fibrosis pulmonar
et kopsufibroos
fi keuhkofibroosi
fr fibrose pulmonaire
ga fiobróis scamhógach
hr plućna fibroza
hu tüdőfibrózis
it fibrosi polmonare
lt plaučių fibrozė
lv plaušu fibroze
mt fibrożi pulmonari
nl longfibrose
pl zwłóknienie płuc
pt fibrose pulmonar
ro fibroză pulmonară
sk pľúcna fibróza
sl pljučna fibroza
sv lungfibros
ja 肺線維症
zh 肺纤维化
ko 폐섬유증
th พังผืดในปอด
vi xơ phổi
tr pulmoner fibrozis
ar التليف الرئوي
ru лёгочный фиброз
uk легеневий фіброз
hi फुफ्फुसीय फाइब्रोसिस
id fibrosis paru
""",
    r"""
@obstructive_sleep_apnoea | 78275009 | G47.3 | chronic
en Obstructive sleep apnoea
bg обструктивна сънна апнея
cs obstrukční spánková apnoe
da obstruktiv søvnapnø
de obstruktive Schlafapnoe
el αποφρακτική άπνοια ύπνου
es apnea obstructiva del sueño
et obstruktiivne uneapnoe
fi obstruktiivinen uniapnea
fr apnée obstructive du sommeil
ga apnóe codlata bacthach
hr opstruktivna apneja u snu
hu obstruktív alvási apnoe
it apnea ostruttiva del sonno
lt obstrukcinė miego apnėja
lv obstruktīva miega apnoja
mt apnea ostruttiva tal-irqad
nl obstructief slaapapneusyndroom
pl obturacyjny bezdech senny
pt apneia obstrutiva do sono
ro apnee obstructivă în somn
sk obštrukčné spánkové apnoe
sl obstruktivna apneja v spanju
sv obstruktiv sömnapné
ja 閉塞性睡眠時無呼吸症候群
zh 阻塞性睡眠呼吸暂停
ko 폐쇄성 수면무호흡증
th ภาวะหยุดหายใจขณะหลับจากการอุดกั้น
vi ngưng thở khi ngủ do tắc nghẽn
tr obstrüktif uyku apnesi
ar انقطاع النفس الانسدادي النومي
ru обструктивное апноэ сна
uk обструктивне апное сну
hi अवरोधक स्लीप एपनिया
id apnea tidur obstruktif
""",
    r"""
@sarcoidosis | 31541009 | D86.9 | chronic
en Sarcoidosis
bg саркоидоза
cs sarkoidóza
da sarkoidose
de Sarkoidose
el σαρκοείδωση
es sarcoidosis
et sarkoidoos
fi sarkoidoosi
fr sarcoïdose
ga sarcóideois
hr sarkoidoza
hu szarkoidózis
it sarcoidosi
lt sarkoidozė
lv sarkoidoze
mt sarkojdożi
nl sarcoïdose
pl sarkoidoza
pt sarcoidose
ro sarcoidoză
sk sarkoidóza
sl sarkoidoza
sv sarkoidos
ja サルコイドーシス
zh 结节病
ko 사르코이드증
th โรคซาร์คอยโดซิส
vi bệnh sarcoidosis
tr sarkoidoz
ar الساركويد
ru саркоидоз
uk саркоїдоз
hi सारकॉइडोसिस
id sarkoidosis
""",
    r"""
@chronic_kidney_disease | 709044004 | N18.9 | chronic
en Chronic kidney disease
bg хронично бъбречно заболяване
cs chronické onemocnění ledvin
da kronisk nyresygdom
de chronische Nierenkrankheit
el χρόνια νεφρική νόσος
es enfermedad renal crónica
et krooniline neeruhaigus
fi krooninen munuaistauti
fr maladie rénale chronique
ga galar ainsealach duán
hr kronična bubrežna bolest
hu krónikus vesebetegség
it malattia renale cronica
lt lėtinė inkstų liga
lv hroniska nieru slimība
mt mard kroniku tal-kliewi
nl chronische nierschade
pl przewlekła choroba nerek
pt doença renal crónica
ro boală cronică de rinichi
sk chronické ochorenie obličiek
sl kronična ledvična bolezen
sv kronisk njursjukdom
ja 慢性腎臓病
zh 慢性肾脏病
ko 만성 콩팥병
th โรคไตเรื้อรัง
vi bệnh thận mạn
tr kronik böbrek hastalığı
ar مرض الكلى المزمن
ru хроническая болезнь почек
uk хронічна хвороба нирок
hi दीर्घकालिक गुर्दा रोग
id penyakit ginjal kronis
""",
]
# chronic kidney disease stages 1-5 (one template per language)
_CKD_SNOMED = {1: "431855005", 2: "431856006", 3: "433144002", 4: "431857002", 5: "433146000"}
_AR_ORD = {1: "الأولى", 2: "الثانية", 3: "الثالثة", 4: "الرابعة", 5: "الخامسة"}
_CKD = """
en Chronic kidney disease stage {n}
bg хронично бъбречно заболяване стадий {n}
cs {n}. stadium chronického onemocnění ledvin
da kronisk nyresygdom stadie {n}
de chronische Nierenkrankheit Stadium {n}
el χρόνια νεφρική νόσος σταδίου {n}
es enfermedad renal crónica estadio {n}
et {n}. staadiumi krooniline neeruhaigus
fi krooninen munuaistauti vaihe {n}
fr maladie rénale chronique stade {n}
ga galar ainsealach duán céim {n}
hr kronična bubrežna bolest stadij {n}
hu {n}. stádiumú krónikus vesebetegség
it malattia renale cronica stadio {n}
lt {n} stadijos lėtinė inkstų liga
lv hroniska nieru slimība {n}. stadijā
mt mard kroniku tal-kliewi stadju {n}
nl chronische nierschade stadium {n}
pl przewlekła choroba nerek stadium {n}
pt doença renal crónica estádio {n}
ro boală cronică de rinichi stadiul {n}
sk chronické ochorenie obličiek {n}. štádium
sl kronična ledvična bolezen stopnje {n}
sv kronisk njursjukdom stadium {n}
ja 慢性腎臓病ステージ{n}
zh 慢性肾脏病{n}期
ko 만성 콩팥병 {n}기
th โรคไตเรื้อรังระยะที่ {n}
vi bệnh thận mạn giai đoạn {n}
tr evre {n} kronik böbrek hastalığı
ar مرض الكلى المزمن في المرحلة {ar}
ru хроническая болезнь почек стадии {n}
uk хронічна хвороба нирок стадії {n}
hi दीर्घकालिक गुर्दा रोग चरण {n}
id penyakit ginjal kronis stadium {n}
"""
for _n in range(1, 6):
    CONDITIONS.append(
        f"@chronic_kidney_disease_stage_{_n} | {_CKD_SNOMED[_n]} | N18.{_n} | chronic\n"
        + _CKD.format(n=_n, ar=_AR_ORD[_n])
    )
# ---------------------------------------------------------------- conditions: neurology, mental health
CONDITIONS += [
    r"""
@dementia | 52448006 | F03 | chronic
en Dementia
bg деменция
cs demence
da demens
de Demenz
el άνοια
es demencia
et dementsus
fi dementia
fr démence
ga néaltrú
hr demencija
hu demencia
it demenza
lt demencija
lv demence
mt dimenzja
nl dementie
pl otępienie
pt demência
ro demență
sk demencia
sl demenca
sv demens
ja 認知症
zh 痴呆
ko 치매
th ภาวะสมองเสื่อม
vi sa sút trí tuệ
tr demans
ar الخرف
ru деменция
uk деменція
hi मनोभ्रंश
id demensia
""",
    r"""
@alzheimers_disease | 26929004 | G30.9 | chronic
en Alzheimer's disease
bg болест на Алцхаймер
cs Alzheimerova choroba
da Alzheimers sygdom
de Alzheimer-Krankheit
el νόσος Αλτσχάιμερ
es enfermedad de Alzheimer
et Alzheimeri tõbi
fi Alzheimerin tauti
fr maladie d'Alzheimer
ga galar Alzheimer
hr Alzheimerova bolest
hu Alzheimer-kór
it malattia di Alzheimer
lt Alzheimerio liga
lv Alcheimera slimība
mt marda ta' Alzheimer
nl ziekte van Alzheimer
pl choroba Alzheimera
pt doença de Alzheimer
ro boala Alzheimer
sk Alzheimerova choroba
sl Alzheimerjeva bolezen
sv Alzheimers sjukdom
ja アルツハイマー病
zh 阿尔茨海默病
ko 알츠하이머병
th โรคอัลไซเมอร์
vi bệnh Alzheimer
tr Alzheimer hastalığı
ar مرض ألزهايمر
ru болезнь Альцгеймера
uk хвороба Альцгеймера
hi अल्ज़ाइमर रोग
id penyakit Alzheimer
""",
    r"""
@vascular_dementia | 429998004 | F01.9 | chronic
en Vascular dementia
bg съдова деменция
cs vaskulární demence
da vaskulær demens
de vaskuläre Demenz
el αγγειακή άνοια
es demencia vascular
et vaskulaarne dementsus
fi vaskulaarinen dementia
fr démence vasculaire
ga néaltrú soithíoch
hr vaskularna demencija
hu vaszkuláris demencia
it demenza vascolare
lt kraujagyslinė demencija
lv vaskulārā demence
mt dimenzja vaskulari
nl vasculaire dementie
pl otępienie naczyniowe
pt demência vascular
ro demență vasculară
sk vaskulárna demencia
sl vaskularna demenca
sv vaskulär demens
ja 血管性認知症
zh 血管性痴呆
ko 혈관성 치매
th ภาวะสมองเสื่อมจากหลอดเลือด
vi sa sút trí tuệ do mạch máu
tr vasküler demans
ar الخرف الوعائي
ru сосудистая деменция
uk судинна деменція
hi संवहनी मनोभ्रंश
id demensia vaskular
""",
    r"""
@lewy_body_dementia | 312991009 | G31.8 | chronic
en Dementia with Lewy bodies
bg деменция с телца на Леви
cs demence s Lewyho tělísky
da Lewy body-demens
de Lewy-Körperchen-Demenz
el άνοια με σωμάτια Lewy
es demencia con cuerpos de Lewy
et Lewy kehakeste dementsus
fi Lewyn kappale -tauti
fr démence à corps de Lewy
ga ! no established Irish term known to us
hr demencija s Lewyjevim tjelešcima
hu Lewy-testes demencia
it demenza a corpi di Lewy
lt demencija su Lewy kūneliais
lv Levija ķermenīšu demence
mt ! no established Maltese term known to us (clinicians use the English term)
nl Lewy-body-dementie
pl otępienie z ciałami Lewy'ego
pt demência com corpos de Lewy
ro demență cu corpi Lewy
sk demencia s Lewyho telieskami
sl demenca z Lewyjevimi telesci
sv Lewykroppsdemens
ja レビー小体型認知症
zh 路易体痴呆
ko 루이소체 치매
th ภาวะสมองเสื่อมชนิดลิวอีบอดี
vi sa sút trí tuệ thể Lewy
tr Lewy cisimcikli demans
ar خرف أجسام ليوي
ru деменция с тельцами Леви
uk деменція з тільцями Леві
hi लुई बॉडी मनोभ्रंश
id demensia badan Lewy
""",
    r"""
@mild_cognitive_impairment | 386805003 | F06.7 | chronic
en Mild cognitive impairment
bg леко когнитивно нарушение
cs mírná kognitivní porucha
da let kognitiv svækkelse
de leichte kognitive Störung
el ήπια γνωστική διαταραχή
es deterioro cognitivo leve
et kerge kognitiivne häire
fi lievä kognitiivinen heikentyminen
fr trouble cognitif léger
ga lagú cognaíoch éadrom
hr blagi kognitivni poremećaj
hu enyhe kognitív zavar
it decadimento cognitivo lieve
lt lengvas kognityvinis sutrikimas
lv viegli kognitīvi traucējumi
mt indebboliment konjittiv ħafif
nl lichte cognitieve stoornis
pl łagodne zaburzenia poznawcze
pt défice cognitivo ligeiro
ro tulburare cognitivă ușoară
sk mierna kognitívna porucha
sl blaga kognitivna motnja
sv lindrig kognitiv störning
ja 軽度認知障害
zh 轻度认知障碍
ko 경도인지장애
th ภาวะบกพร่องทางการรู้คิดเล็กน้อย
vi suy giảm nhận thức nhẹ
tr hafif bilişsel bozukluk
ar ضعف إدراكي خفيف
ru умеренное когнитивное расстройство
uk помірний когнітивний розлад
hi हल्की संज्ञानात्मक क्षति
id gangguan kognitif ringan
""",
    r"""
@parkinsons_disease | 49049000 | G20 | chronic
en Parkinson's disease
bg болест на Паркинсон
cs Parkinsonova nemoc
da Parkinsons sygdom
de Parkinson-Krankheit
el νόσος Πάρκινσον
es enfermedad de Parkinson
et Parkinsoni tõbi
fi Parkinsonin tauti
fr maladie de Parkinson
ga galar Parkinson
hr Parkinsonova bolest
hu Parkinson-kór
it malattia di Parkinson
lt Parkinsono liga
lv Parkinsona slimība
mt marda ta' Parkinson
nl ziekte van Parkinson
pl choroba Parkinsona
pt doença de Parkinson
ro boala Parkinson
sk Parkinsonova choroba
sl Parkinsonova bolezen
sv Parkinsons sjukdom
ja パーキンソン病
zh 帕金森病
ko 파킨슨병
th โรคพาร์กินสัน
vi bệnh Parkinson
tr Parkinson hastalığı
ar مرض باركنسون
ru болезнь Паркинсона
uk хвороба Паркінсона
hi पार्किंसंस रोग
id penyakit Parkinson
""",
    r"""
@epilepsy | 84757009 | G40.9 | chronic
en Epilepsy
bg епилепсия
cs epilepsie
da epilepsi
de Epilepsie
el επιληψία
es epilepsia
et epilepsia
fi epilepsia
fr épilepsie
ga titimeas
hr epilepsija
hu epilepszia
it epilessia
lt epilepsija
lv epilepsija
mt epilessija
nl epilepsie
pl padaczka
pt epilepsia
ro epilepsie
sk epilepsia
sl epilepsija
sv epilepsi
ja てんかん
zh 癫痫
ko 뇌전증
th โรคลมชัก
vi bệnh động kinh
tr epilepsi
ar الصرع
ru эпилепсия
uk епілепсія
hi मिर्गी
id epilepsi
""",
    r"""
@multiple_sclerosis | 24700007 | G35 | chronic
en Multiple sclerosis
bg множествена склероза
cs roztroušená skleróza
da multipel sklerose
de multiple Sklerose
el σκλήρυνση κατά πλάκας
es esclerosis múltiple
et hulgiskleroos
fi MS-tauti
fr sclérose en plaques
ga scléaróis iolrach
hr multipla skleroza
hu sclerosis multiplex
it sclerosi multipla
lt išsėtinė sklerozė
lv multiplā skleroze
mt sklerożi multipla
nl multiple sclerose
pl stwardnienie rozsiane
pt esclerose múltipla
ro scleroză multiplă
sk skleróza multiplex
sl multipla skleroza
sv multipel skleros
ja 多発性硬化症
zh 多发性硬化
ko 다발성 경화증
th โรคปลอกประสาทเสื่อมแข็ง
vi bệnh đa xơ cứng
tr multipl skleroz
ar التصلب المتعدد
ru рассеянный склероз
uk розсіяний склероз
hi मल्टीपल स्क्लेरोसिस
id sklerosis multipel
""",
    r"""
@motor_neurone_disease | 86044005 | G12.2 | chronic
en Amyotrophic lateral sclerosis
bg амиотрофична латерална склероза
cs amyotrofická laterální skleróza
da amyotrofisk lateralsklerose
de amyotrophe Lateralsklerose
el αμυοτροφική πλευρική σκλήρυνση
es esclerosis lateral amiotrófica
et amüotroofiline lateraalskleroos
fi amyotrofinen lateraaliskleroosi
fr sclérose latérale amyotrophique
ga scléaróis thaobhach amaitrófach
hr amiotrofična lateralna skleroza
hu amiotrófiás laterálszklerózis
it sclerosi laterale amiotrofica
lt šoninė amiotrofinė sklerozė
lv amiotrofiskā laterālā skleroze
mt sklerożi laterali amijotrofika
nl amyotrofische laterale sclerose
pl stwardnienie zanikowe boczne
pt esclerose lateral amiotrófica
ro scleroză laterală amiotrofică
sk amyotrofická laterálna skleróza
sl amiotrofična lateralna skleroza
sv amyotrofisk lateralskleros
ja 筋萎縮性側索硬化症
zh 肌萎缩侧索硬化
ko 근위축성 측삭경화증
th โรคกล้ามเนื้ออ่อนแรงเอแอลเอส
vi xơ cứng teo cơ một bên
tr amiyotrofik lateral skleroz
ar التصلب الجانبي الضموري
ru боковой амиотрофический склероз
uk бічний аміотрофічний склероз
hi एमायोट्रोफिक लेटरल स्क्लेरोसिस
id sklerosis lateral amiotrofik
""",
    r"""
@myasthenia_gravis | 91637004 | G70.0 | chronic
en Myasthenia gravis
bg миастения гравис
cs myasthenia gravis
da myasthenia gravis
de Myasthenia gravis
el βαριά μυασθένεια
es miastenia grave
et müasteenia
fi myasthenia gravis
fr myasthénie
ga miastaine ghravas
hr mijastenija gravis
hu myasthenia gravis
it miastenia grave
lt miastenija
lv miastēnija
mt mijastenja gravis
nl myasthenia gravis
pl miastenia
pt miastenia grave
ro miastenie gravis
sk myasténia gravis
sl miastenija gravis
sv myastenia gravis
ja 重症筋無力症
zh 重症肌无力
ko 중증근무력증
th โรคกล้ามเนื้ออ่อนแรงไมแอสทีเนีย
vi bệnh nhược cơ
tr miyastenia gravis
ar الوهن العضلي الوبيل
ru миастения
uk міастенія
hi मायस्थेनिया ग्रेविस
id miastenia gravis
""",
    r"""
@migraine | 37796009 | G43.9 | chronic
en Migraine
bg мигрена
cs migréna
da migræne
de Migräne
el ημικρανία
es migraña
et migreen
fi migreeni
fr migraine
ga migréin
hr migrena
hu migrén
it emicrania
lt migrena
lv migrēna
mt migranja
nl migraine
pl migrena
pt enxaqueca
ro migrenă
sk migréna
sl migrena
sv migrän
ja 片頭痛
zh 偏头痛
ko 편두통
th โรคไมเกรน
vi đau nửa đầu
tr migren
ar الصداع النصفي
ru мигрень
uk мігрень
hi माइग्रेन
id migrain
""",
    r"""
@peripheral_neuropathy | 302226006 | G62.9 | chronic
en Peripheral neuropathy
bg периферна невропатия
cs periferní neuropatie
da perifer neuropati
de periphere Neuropathie
el περιφερική νευροπάθεια
es neuropatía periférica
et perifeerne neuropaatia
fi ääreishermoston neuropatia
fr neuropathie périphérique
ga néaropaite fhorimeallach
hr periferna neuropatija
hu perifériás neuropátia
it neuropatia periferica
lt periferinė neuropatija
lv perifērā neiropātija
mt newropatija periferali
nl perifere neuropathie
pl neuropatia obwodowa
pt neuropatia periférica
ro neuropatie periferică
sk periférna neuropatia
sl periferna nevropatija
sv perifer neuropati
ja 末梢神経障害
zh 周围神经病
ko 말초신경병증
th โรคเส้นประสาทส่วนปลายอักเสบ
vi bệnh thần kinh ngoại biên
tr periferik nöropati
ar اعتلال الأعصاب المحيطية
ru периферическая нейропатия
uk периферична нейропатія
hi परिधीय न्यूरोपैथी
id neuropati perifer
""",
    r"""
@essential_tremor | 609558009 | G25.0 | chronic
en Essential tremor
bg есенциален тремор
cs esenciální tremor
da essentiel tremor
de essenzieller Tremor
el ιδιοπαθής τρόμος
es temblor esencial
et essentsiaalne treemor
fi essentiaalinen vapina
fr tremblement essentiel
ga crith bunúsach
hr esencijalni tremor
hu esszenciális tremor
it tremore essenziale
lt esencinis tremoras
lv esenciālā trīce
mt rogħda essenzjali
nl essentiële tremor
pl drżenie samoistne
pt tremor essencial
ro tremor esențial
sk esenciálny tremor
sl esencialni tremor
sv essentiell tremor
ja 本態性振戦
zh 特发性震颤
ko 본태성 떨림
th โรคมือสั่นชนิดไม่ทราบสาเหตุ
vi run vô căn
tr esansiyel tremor
ar الرعاش مجهول السبب
ru эссенциальный тремор
uk есенціальний тремор
hi आवश्यक कंपन
id tremor esensial
""",
    r"""
@restless_legs_syndrome | 32914008 | G25.8 | chronic
en Restless legs syndrome
bg синдром на неспокойните крака
cs syndrom neklidných nohou
da uro i benene
de Restless-Legs-Syndrom
el σύνδρομο ανήσυχων ποδιών
es síndrome de piernas inquietas
et rahutute jalgade sündroom
fi levottomat jalat -oireyhtymä
fr syndrome des jambes sans repos
ga siondróm na gcos corrach
hr sindrom nemirnih nogu
hu nyugtalan láb szindróma
it sindrome delle gambe senza riposo
lt neramių kojų sindromas
lv nemierīgo kāju sindroms
mt sindromu tas-saqajn bla kwiet
nl rustelozebenensyndroom
pl zespół niespokojnych nóg
pt síndrome das pernas inquietas
ro sindromul picioarelor neliniștite
sk syndróm nepokojných nôh
sl sindrom nemirnih nog
sv restless legs
ja むずむず脚症候群
zh 不宁腿综合征
ko 하지불안증후군
th กลุ่มอาการขาอยู่ไม่สุข
vi hội chứng chân không yên
tr huzursuz bacak sendromu
ar متلازمة تململ الساقين
ru синдром беспокойных ног
uk синдром неспокійних ніг
hi बेचैन पैर सिंड्रोम
id sindrom kaki gelisah
""",
    r"""
@normal_pressure_hydrocephalus | - | G91.2 | chronic
en Normal pressure hydrocephalus
bg нормотензивна хидроцефалия
cs normotenzní hydrocefalus
da normaltrykshydrocefalus
de Normaldruckhydrozephalus
el υδροκέφαλος φυσιολογικής πίεσης
es hidrocefalia normotensiva
et normaalrõhuga hüdrotsefaalia
fi normaalipaineinen hydrokefalus
fr hydrocéphalie à pression normale
ga ! no established Irish term known to us
hr normotenzivni hidrocefalus
hu normál nyomású hydrocephalus
it idrocefalo normoteso
lt normalaus spaudimo hidrocefalija
lv normāla spiediena hidrocefālija
mt ! no established Maltese term known to us (clinicians use the English term)
nl normotensieve hydrocefalus
pl wodogłowie normotensyjne
pt hidrocefalia de pressão normal
ro hidrocefalie cu presiune normală
sk normotenzný hydrocefalus
sl normotenzivni hidrocefalus
sv normaltryckshydrocefalus
ja 正常圧水頭症
zh 正常压力脑积水
ko 정상압 수두증
th ภาวะโพรงสมองคั่งน้ำชนิดความดันปกติ
vi não úng thuỷ áp lực bình thường
tr normal basınçlı hidrosefali
ar استسقاء الرأس سوي الضغط
ru нормотензивная гидроцефалия
uk нормотензивна гідроцефалія
hi सामान्य दबाव जलशीर्ष
id hidrosefalus tekanan normal
""",
    r"""
@trigeminal_neuralgia | 31681005 | G50.0 | chronic
en Trigeminal neuralgia
bg тригеминална невралгия
cs neuralgie trojklaného nervu
da trigeminusneuralgi
de Trigeminusneuralgie
el νευραλγία τριδύμου
es neuralgia del trigémino
et kolmiknärvi neuralgia
fi kolmoishermosärky
fr névralgie du trijumeau
ga néarailge thriréadach
hr neuralgija trigeminusa
hu trigeminus neuralgia
it nevralgia del trigemino
lt trišakio nervo neuralgija
lv trīszaru nerva neiralģija
mt nevralġja trigeminali
nl trigeminusneuralgie
pl neuralgia nerwu trójdzielnego
pt nevralgia do trigémeo
ro nevralgie de trigemen
sk neuralgia trojklaného nervu
sl trigeminalna nevralgija
sv trigeminusneuralgi
ja 三叉神経痛
zh 三叉神经痛
ko 삼차신경통
th โรคปวดเส้นประสาทใบหน้า
vi đau dây thần kinh sinh ba
tr trigeminal nevralji
ar ألم العصب الثلاثي التوائم
ru невралгия тройничного нерва
uk невралгія трійчастого нерва
hi ट्राइजेमिनल न्यूराल्जिया
id neuralgia trigeminal
""",
    r"""
@depression | 35489007 | F32.9 | chronic
en Depression
bg депресия
cs deprese
da depression
de Depression
el κατάθλιψη
es depresión
et depressioon
fi masennus
fr dépression
ga dúlagar
hr depresija
hu depresszió
it depressione
lt depresija
lv depresija
mt depressjoni
nl depressie
pl depresja
pt depressão
ro depresie
sk depresia
sl depresija
sv depression
ja うつ病
zh 抑郁症
ko 우울증
th โรคซึมเศร้า
vi trầm cảm
tr depresyon
ar الاكتئاب
ru депрессия
uk депресія
hi अवसाद
id depresi
""",
    r"""
@anxiety_disorder | 197480006 | F41.9 | chronic
en Anxiety disorder
bg тревожно разстройство
cs úzkostná porucha
da angstlidelse
de Angststörung
el αγχώδης διαταραχή
es trastorno de ansiedad
et ärevushäire
fi ahdistuneisuushäiriö
fr trouble anxieux
ga neamhord imní
hr anksiozni poremećaj
hu szorongásos zavar
it disturbo d'ansia
lt nerimo sutrikimas
lv trauksmes traucējumi
mt disturb tal-ansjetà
nl angststoornis
pl zaburzenia lękowe
pt perturbação de ansiedade
ro tulburare de anxietate
sk úzkostná porucha
sl anksiozna motnja
sv ångestsyndrom
ja 不安障害
zh 焦虑症
ko 불안장애
th โรควิตกกังวล
vi rối loạn lo âu
tr anksiyete bozukluğu
ar اضطراب القلق
ru тревожное расстройство
uk тривожний розлад
hi चिंता विकार
id gangguan kecemasan
""",
    r"""
@bipolar_disorder | 13746004 | F31.9 | chronic
en Bipolar disorder
bg биполярно разстройство
cs bipolární afektivní porucha
da bipolar lidelse
de bipolare Störung
el διπολική διαταραχή
es trastorno bipolar
et bipolaarne häire
fi kaksisuuntainen mielialahäiriö
fr trouble bipolaire
ga neamhord bipholach
hr bipolarni poremećaj
hu bipoláris zavar
it disturbo bipolare
lt bipolinis sutrikimas
lv bipolāri traucējumi
mt disturb bipolari
nl bipolaire stoornis
pl choroba afektywna dwubiegunowa
pt perturbação bipolar
ro tulburare bipolară
sk bipolárna afektívna porucha
sl bipolarna motnja
sv bipolär sjukdom
ja 双極性障害
zh 双相情感障碍
ko 양극성 장애
th โรคอารมณ์สองขั้ว
vi rối loạn lưỡng cực
tr bipolar bozukluk
ar الاضطراب ثنائي القطب
ru биполярное аффективное расстройство
uk біполярний афективний розлад
hi द्विध्रुवी विकार
id gangguan bipolar
""",
    r"""
@schizophrenia | 58214004 | F20.9 | chronic
en Schizophrenia
bg шизофрения
cs schizofrenie
da skizofreni
de Schizophrenie
el σχιζοφρένεια
es esquizofrenia
et skisofreenia
fi skitsofrenia
fr schizophrénie
ga scitsifréine
hr shizofrenija
hu skizofrénia
it schizofrenia
lt šizofrenija
lv šizofrēnija
mt skiżofrenija
nl schizofrenie
pl schizofrenia
pt esquizofrenia
ro schizofrenie
sk schizofrénia
sl shizofrenija
sv schizofreni
ja 統合失調症
zh 精神分裂症
ko 조현병
th โรคจิตเภท
vi tâm thần phân liệt
tr şizofreni
ar الفصام
ru шизофрения
uk шизофренія
hi सिज़ोफ्रेनिया
id skizofrenia
""",
    r"""
@alcohol_dependence | 7200002 | F10.2 | chronic
en Alcohol dependence
bg алкохолна зависимост
cs závislost na alkoholu
da alkoholafhængighed
de Alkoholabhängigkeit
el εξάρτηση από το αλκοόλ
es dependencia del alcohol
et alkoholisõltuvus
fi alkoholiriippuvuus
fr dépendance à l'alcool
ga andúil san alcól
hr ovisnost o alkoholu
hu alkoholfüggőség
it dipendenza da alcol
lt priklausomybė nuo alkoholio
lv atkarība no alkohola
mt dipendenza fuq l-alkoħol
nl alcoholafhankelijkheid
pl zespół uzależnienia od alkoholu
pt dependência de álcool
ro dependență de alcool
sk závislosť od alkoholu
sl odvisnost od alkohola
sv alkoholberoende
ja アルコール依存症
zh 酒精依赖
ko 알코올 의존증
th ภาวะติดสุรา
vi nghiện rượu
tr alkol bağımlılığı
ar إدمان الكحول
ru алкогольная зависимость
uk алкогольна залежність
hi शराब की लत
id ketergantungan alkohol
""",
    r"""
@insomnia | 193462001 | G47.0 | chronic
en Insomnia
bg безсъние
cs nespavost
da søvnløshed
de Schlaflosigkeit
el αϋπνία
es insomnio
et unetus
fi unettomuus
fr insomnie
ga insomnia
hr nesanica
hu álmatlanság
it insonnia
lt nemiga
lv bezmiegs
mt nuqqas ta' rqad
nl slapeloosheid
pl bezsenność
pt insónia
ro insomnie
sk nespavosť
sl nespečnost
sv sömnlöshet
ja 不眠症
zh 失眠症
ko 불면증
th โรคนอนไม่หลับ
vi mất ngủ
tr uykusuzluk
ar الأرق
ru бессонница
uk безсоння
hi अनिद्रा
id insomnia
""",
    r"""
@post_traumatic_stress_disorder | 47505003 | F43.1 | chronic
en Post-traumatic stress disorder
bg посттравматично стресово разстройство
cs posttraumatická stresová porucha
da posttraumatisk belastningsreaktion
de posttraumatische Belastungsstörung
el διαταραχή μετατραυματικού στρες
es trastorno de estrés postraumático
et traumajärgne stressihäire
fi traumaperäinen stressihäiriö
fr trouble de stress post-traumatique
ga neamhord struis iar-thrámaigh
hr posttraumatski stresni poremećaj
hu poszttraumás stressz zavar
it disturbo da stress post-traumatico
lt potrauminio streso sutrikimas
lv posttraumatiskā stresa sindroms
mt disturb ta' stress post-trawmatiku
nl posttraumatische stressstoornis
pl zespół stresu pourazowego
pt perturbação de stress pós-traumático
ro tulburare de stres posttraumatic
sk posttraumatická stresová porucha
sl posttravmatska stresna motnja
sv posttraumatiskt stressyndrom
ja 心的外傷後ストレス障害
zh 创伤后应激障碍
ko 외상 후 스트레스 장애
th โรคเครียดหลังเหตุการณ์สะเทือนขวัญ
vi rối loạn căng thẳng sau sang chấn
tr travma sonrası stres bozukluğu
ar اضطراب ما بعد الصدمة
ru посттравматическое стрессовое расстройство
uk посттравматичний стресовий розлад
hi अभिघातज के बाद का तनाव विकार
id gangguan stres pascatrauma
""",
]
# ---------------------------------------------------------------- conditions: musculoskeletal, endocrine, senses
CONDITIONS += [
    r"""
@osteoporosis | 64859006 | M81.9 | chronic
en Osteoporosis
bg остеопороза
cs osteoporóza
da knogleskørhed
de Osteoporose
el οστεοπόρωση
es osteoporosis
et osteoporoos
fi osteoporoosi
fr ostéoporose
ga oistéapóróis
hr osteoporoza
hu csontritkulás
it osteoporosi
lt osteoporozė
lv osteoporoze
mt osteoporożi
nl osteoporose
pl osteoporoza
pt osteoporose
ro osteoporoză
sk osteoporóza
sl osteoporoza
sv benskörhet
ja 骨粗鬆症
zh 骨质疏松症
ko 골다공증
th โรคกระดูกพรุน
vi loãng xương
tr osteoporoz
ar هشاشة العظام
ru остеопороз
uk остеопороз
hi अस्थि सुषिरता
id osteoporosis
""",
    r"""
@osteoarthritis | 396275006 | M19.9 | chronic
en Osteoarthritis
bg остеоартрит
cs osteoartróza
da slidgigt
de Arthrose
el οστεοαρθρίτιδα
es artrosis
et osteoartroos
fi nivelrikko
fr arthrose
ga oistéa-airtríteas
hr osteoartritis
hu artrózis
it artrosi
lt osteoartritas
lv osteoartrīts
mt osteoartrite
nl artrose
pl choroba zwyrodnieniowa stawów
pt osteoartrose
ro artroză
sk osteoartróza
sl osteoartroza
sv artros
ja 変形性関節症
zh 骨关节炎
ko 골관절염
th โรคข้อเสื่อม
vi thoái hoá khớp
tr osteoartrit
ar الفصال العظمي
ru остеоартрит
uk остеоартрит
hi अस्थिसंधिशोथ
id osteoartritis
""",
    r"""
@osteoarthritis_of_knee | 239873007 | M17.9 | chronic
en Osteoarthritis of the knee
bg гонартроза
cs gonartróza
da slidgigt i knæet
de Gonarthrose
el οστεοαρθρίτιδα γόνατος
es gonartrosis
et põlveliigese artroos
fi polven nivelrikko
fr gonarthrose
ga oistéa-airtríteas glúine
hr gonartroza
hu térdízületi artrózis
it gonartrosi
lt kelio sąnario osteoartritas
lv ceļa locītavas osteoartrīts
mt osteoartrite tal-irkoppa
nl knieartrose
pl choroba zwyrodnieniowa stawu kolanowego
pt gonartrose
ro gonartroză
sk gonartróza
sl gonartroza
sv knäledsartros
ja 変形性膝関節症
zh 膝骨关节炎
ko 무릎 골관절염
th โรคข้อเข่าเสื่อม
vi thoái hoá khớp gối
tr diz osteoartriti
ar الفصال العظمي في الركبة
ru гонартроз
uk гонартроз
hi घुटने का अस्थिसंधिशोथ
id osteoartritis lutut
""",
    r"""
@osteoarthritis_of_hip | 239872002 | M16.9 | chronic
en Osteoarthritis of the hip
bg коксартроза
cs koxartróza
da slidgigt i hoften
de Coxarthrose
el οστεοαρθρίτιδα ισχίου
es coxartrosis
et puusaliigese artroos
fi lonkan nivelrikko
fr coxarthrose
ga oistéa-airtríteas cromáin
hr koksartroza
hu csípőízületi artrózis
it coxartrosi
lt klubo sąnario osteoartritas
lv gūžas locītavas osteoartrīts
mt osteoartrite tal-ġenbejn
nl heupartrose
pl choroba zwyrodnieniowa stawu biodrowego
pt coxartrose
ro coxartroză
sk koxartróza
sl koksartroza
sv höftledsartros
ja 変形性股関節症
zh 髋骨关节炎
ko 고관절 골관절염
th โรคข้อสะโพกเสื่อม
vi thoái hoá khớp háng
tr kalça osteoartriti
ar الفصال العظمي في الورك
ru коксартроз
uk коксартроз
hi कूल्हे का अस्थिसंधिशोथ
id osteoartritis panggul
""",
    r"""
@rheumatoid_arthritis | 69896004 | M06.9 | chronic
en Rheumatoid arthritis
bg ревматоиден артрит
cs revmatoidní artritida
da leddegigt
de rheumatoide Arthritis
el ρευματοειδής αρθρίτιδα
es artritis reumatoide
et reumatoidartriit
fi nivelreuma
fr polyarthrite rhumatoïde
ga airtríteas réamatóideach
hr reumatoidni artritis
hu reumatoid artritisz
it artrite reumatoide
lt reumatoidinis artritas
lv reimatoīdais artrīts
mt artrite rewmatojde
nl reumatoïde artritis
pl reumatoidalne zapalenie stawów
pt artrite reumatoide
ro poliartrită reumatoidă
sk reumatoidná artritída
sl revmatoidni artritis
sv reumatoid artrit
ja 関節リウマチ
zh 类风湿关节炎
ko 류마티스 관절염
th โรคข้ออักเสบรูมาตอยด์
vi viêm khớp dạng thấp
tr romatoid artrit
ar التهاب المفاصل الروماتويدي
ru ревматоидный артрит
uk ревматоїдний артрит
hi संधिशोथ
id artritis reumatoid
""",
    r"""
@gout | 90560007 | M10.9 | chronic
en Gout
bg подагра
cs dna
da urinsyregigt
de Gicht
el ουρική αρθρίτιδα
es gota
et podagra
fi kihti
fr goutte
ga gúta
hr giht
hu köszvény
it gotta
lt podagra
lv podagra
mt gotta
nl jicht
pl dna moczanowa
pt gota
ro gută
sk dna
sl protin
sv gikt
ja 痛風
zh 痛风
ko 통풍
th โรคเกาต์
vi bệnh gút
tr gut
ar النقرس
ru подагра
uk подагра
hi गठिया
id asam urat
""",
    r"""
@polymyalgia_rheumatica | 65323003 | M35.3 | chronic
en Polymyalgia rheumatica
bg ревматична полимиалгия
cs revmatická polymyalgie
da polymyalgia rheumatica
de Polymyalgia rheumatica
el ρευματική πολυμυαλγία
es polimialgia reumática
et reumaatiline polümüalgia
fi polymyalgia rheumatica
fr pseudo-polyarthrite rhizomélique
ga ! no established Irish term known to us
hr reumatska polimijalgija
hu polymyalgia rheumatica
it polimialgia reumatica
lt reumatinė polimialgija
lv reimatiskā polimialģija
mt ! no established Maltese term known to us (clinicians use the English term)
nl polymyalgia rheumatica
pl polimialgia reumatyczna
pt polimialgia reumática
ro polimialgie reumatică
sk reumatická polymyalgia
sl revmatična polimialgija
sv polymyalgia reumatika
ja リウマチ性多発筋痛症
zh 风湿性多肌痛
ko 류마티스성 다발근육통
th โรคปวดกล้ามเนื้อหลายมัดจากรูมาติก
vi đau đa cơ dạng thấp
tr polimiyaljia romatika
ar ألم العضلات الروماتيزمي المتعدد
ru ревматическая полимиалгия
uk ревматична поліміалгія
hi पॉलीमायल्जिया रूमेटिका
id polimialgia reumatika
""",
    r"""
@giant_cell_arteritis | 400130008 | M31.6 | chronic
en Giant cell arteritis
bg гигантоклетъчен артериит
cs obrovskobuněčná arteritida
da kæmpecellearteritis
de Riesenzellarteriitis
el γιγαντοκυτταρική αρτηριίτιδα
es arteritis de células gigantes
et hiidrakuline arteriit
fi jättisoluarteriitti
fr artérite à cellules géantes
ga ! no established Irish term known to us
hr arteritis divovskih stanica
hu óriássejtes arteritisz
it arterite a cellule giganti
lt milžiniškųjų ląstelių arteritas
lv milzu šūnu arterīts
mt ! no established Maltese term known to us (clinicians use the English term)
nl reuscelarteriitis
pl olbrzymiokomórkowe zapalenie tętnic
pt arterite de células gigantes
ro arterită cu celule gigante
sk obrovskobunková arteritída
sl velikocelični arteritis
sv jättecellsarterit
ja 巨細胞性動脈炎
zh 巨细胞动脉炎
ko 거대세포동맥염
th หลอดเลือดแดงอักเสบชนิดเซลล์ยักษ์
vi viêm động mạch tế bào khổng lồ
tr dev hücreli arterit
ar التهاب الشرايين ذو الخلايا العملاقة
ru гигантоклеточный артериит
uk гігантоклітинний артеріїт
hi विशाल कोशिका धमनीशोथ
id arteritis sel raksasa
""",
    r"""
@systemic_lupus_erythematosus | 55464009 | M32.9 | chronic
en Systemic lupus erythematosus
bg системен лупус еритематодес
cs systémový lupus erythematodes
da systemisk lupus erythematosus
de systemischer Lupus erythematodes
el συστηματικός ερυθηματώδης λύκος
es lupus eritematoso sistémico
et süsteemne erütematoosluupus
fi systeeminen lupus erythematosus
fr lupus érythémateux disséminé
ga lupas eiritéamach sistéamach
hr sistemski eritemski lupus
hu szisztémás lupus erythematosus
it lupus eritematoso sistemico
lt sisteminė raudonoji vilkligė
lv sistēmiskā sarkanā vilkēde
mt lupus eritematożu sistemiku
nl systemische lupus erythematodes
pl toczeń rumieniowaty układowy
pt lúpus eritematoso sistémico
ro lupus eritematos sistemic
sk systémový lupus erythematosus
sl sistemski eritematozni lupus
sv systemisk lupus erythematosus
ja 全身性エリテマトーデス
zh 系统性红斑狼疮
ko 전신홍반루푸스
th โรคเอสแอลอี
vi lupus ban đỏ hệ thống
tr sistemik lupus eritematozus
ar الذئبة الحمامية الجهازية
ru системная красная волчанка
uk системний червоний вовчак
hi सिस्टेमिक ल्यूपस एरिथेमेटोसस
id lupus eritematosus sistemik
""",
    r"""
@psoriasis | 9014002 | L40.9 | chronic
en Psoriasis
bg псориазис
cs lupénka
da psoriasis
de Psoriasis
el ψωρίαση
es psoriasis
et psoriaas
fi psoriaasi
fr psoriasis
ga sóiriasis
hr psorijaza
hu pikkelysömör
it psoriasi
lt psoriazė
lv psoriāze
mt psorjasi
nl psoriasis
pl łuszczyca
pt psoríase
ro psoriazis
sk psoriáza
sl luskavica
sv psoriasis
ja 乾癬
zh 银屑病
ko 건선
th โรคสะเก็ดเงิน
vi bệnh vảy nến
tr sedef hastalığı
ar الصدفية
ru псориаз
uk псоріаз
hi सोरायसिस
id psoriasis
""",
    r"""
@psoriatic_arthritis | 33339001 | L40.5 | chronic
en Psoriatic arthritis
bg псориатичен артрит
cs psoriatická artritida
da psoriasisgigt
de Psoriasis-Arthritis
el ψωριασική αρθρίτιδα
es artritis psoriásica
et psoriaatiline artriit
fi nivelpsoriaasi
fr rhumatisme psoriasique
ga airtríteas sóiriasach
hr psorijatični artritis
hu pikkelysömörös ízületi gyulladás
it artrite psoriasica
lt psoriazinis artritas
lv psoriātiskais artrīts
mt artrite psorjatika
nl artritis psoriatica
pl łuszczycowe zapalenie stawów
pt artrite psoriática
ro artrită psoriazică
sk psoriatická artritída
sl psoriatični artritis
sv psoriasisartrit
ja 乾癬性関節炎
zh 银屑病关节炎
ko 건선 관절염
th โรคข้ออักเสบสะเก็ดเงิน
vi viêm khớp vảy nến
tr psoriatik artrit
ar التهاب المفاصل الصدفي
ru псориатический артрит
uk псоріатичний артрит
hi सोरियाटिक गठिया
id artritis psoriatik
""",
    r"""
@ankylosing_spondylitis | 9631008 | M45 | chronic
en Ankylosing spondylitis
bg анкилозиращ спондилит
cs ankylozující spondylitida
da morbus Bechterew
de Morbus Bechterew
el αγκυλοποιητική σπονδυλίτιδα
es espondilitis anquilosante
et anküloseeriv spondüliit
fi selkärankareuma
fr spondylarthrite ankylosante
ga spoindilíteas ancalóiseach
hr ankilozantni spondilitis
hu spondylitis ankylopoetica
it spondilite anchilosante
lt ankilozinis spondilitas
lv ankilozējošais spondilīts
mt spondilite ankilożanti
nl ziekte van Bechterew
pl zesztywniające zapalenie stawów kręgosłupa
pt espondilite anquilosante
ro spondilită anchilozantă
sk ankylozujúca spondylitída
sl ankilozirajoči spondilitis
sv ankyloserande spondylit
ja 強直性脊椎炎
zh 强直性脊柱炎
ko 강직성 척추염
th โรคข้อกระดูกสันหลังอักเสบยึดติด
vi viêm cột sống dính khớp
tr ankilozan spondilit
ar التهاب الفقار اللاصق
ru анкилозирующий спондилит
uk анкілозивний спондиліт
hi एंकिलॉज़िंग स्पॉन्डिलाइटिस
id spondilitis ankilosa
""",
    r"""
@spinal_stenosis | 76107001 | M48.0 | chronic
en Spinal stenosis
bg спинална стеноза
cs stenóza páteřního kanálu
da spinalstenose
de Spinalkanalstenose
el στένωση σπονδυλικού σωλήνα
es estenosis espinal
et lülisambakanali stenoos
fi selkäydinkanavan ahtauma
fr sténose du canal rachidien
ga stéineois an chainéil dhromlaigh
hr stenoza spinalnog kanala
hu gerinccsatorna-szűkület
it stenosi spinale
lt stuburo kanalo stenozė
lv mugurkaula kanāla stenoze
mt stenożi spinali
nl spinale stenose
pl zwężenie kanału kręgowego
pt estenose do canal vertebral
ro stenoză de canal spinal
sk stenóza chrbticového kanála
sl stenoza hrbteničnega kanala
sv spinal stenos
ja 脊柱管狭窄症
zh 椎管狭窄
ko 척추관 협착증
th โรคโพรงกระดูกสันหลังตีบแคบ
vi hẹp ống sống
tr spinal stenoz
ar تضيق القناة الشوكية
ru стеноз позвоночного канала
uk стеноз хребтового каналу
hi स्पाइनल स्टेनोसिस
id stenosis spinal
""",
    r"""
@fibromyalgia | 203082005 | M79.7 | chronic
en Fibromyalgia
bg фибромиалгия
cs fibromyalgie
da fibromyalgi
de Fibromyalgie
el ινομυαλγία
es fibromialgia
et fibromüalgia
fi fibromyalgia
fr fibromyalgie
ga fiobrómiailge
hr fibromijalgija
hu fibromyalgia
it fibromialgia
lt fibromialgija
lv fibromialģija
mt fibromijalġja
nl fibromyalgie
pl fibromialgia
pt fibromialgia
ro fibromialgie
sk fibromyalgia
sl fibromialgija
sv fibromyalgi
ja 線維筋痛症
zh 纤维肌痛
ko 섬유근육통
th โรคไฟโบรมัยอัลเจีย
vi đau xơ cơ
tr fibromiyalji
ar الألم العضلي الليفي
ru фибромиалгия
uk фіброміалгія
hi फाइब्रोमायल्जिया
id fibromialgia
""",
    r"""
@hypothyroidism | 40930008 | E03.9 | chronic
en Hypothyroidism
bg хипотиреоидизъм
cs hypotyreóza
da hypothyreose
de Hypothyreose
el υποθυρεοειδισμός
es hipotiroidismo
et hüpotüreoos
fi kilpirauhasen vajaatoiminta
fr hypothyroïdie
ga hipitíoróideacht
hr hipotireoza
hu pajzsmirigy-alulműködés
it ipotiroidismo
lt hipotirozė
lv hipotireoze
mt ipotirojdiżmu
nl hypothyreoïdie
pl niedoczynność tarczycy
pt hipotiroidismo
ro hipotiroidism
sk hypotyreóza
sl hipotiroza
sv hypotyreos
ja 甲状腺機能低下症
zh 甲状腺功能减退症
ko 갑상선기능저하증
th ภาวะไทรอยด์ทำงานต่ำ
vi suy giáp
tr hipotiroidi
ar قصور الغدة الدرقية
ru гипотиреоз
uk гіпотиреоз
hi हाइपोथायरायडिज़्म
id hipotiroidisme
""",
    r"""
@hyperthyroidism | 34486009 | E05.9 | chronic
en Hyperthyroidism
bg хипертиреоидизъм
cs hypertyreóza
da hyperthyreose
de Hyperthyreose
el υπερθυρεοειδισμός
es hipertiroidismo
et hüpertüreoos
fi kilpirauhasen liikatoiminta
fr hyperthyroïdie
ga hipirtíoróideacht
hr hipertireoza
hu pajzsmirigy-túlműködés
it ipertiroidismo
lt hipertirozė
lv hipertireoze
mt ipertirojdiżmu
nl hyperthyreoïdie
pl nadczynność tarczycy
pt hipertiroidismo
ro hipertiroidism
sk hypertyreóza
sl hipertiroza
sv hypertyreos
ja 甲状腺機能亢進症
zh 甲状腺功能亢进症
ko 갑상선기능항진증
th ภาวะไทรอยด์ทำงานเกิน
vi cường giáp
tr hipertiroidi
ar فرط نشاط الغدة الدرقية
ru гипертиреоз
uk гіпертиреоз
hi हाइपरथायरायडिज़्म
id hipertiroidisme
""",
    r"""
@hyperparathyroidism | 66999008 | E21.3 | chronic
en Hyperparathyroidism
bg хиперпаратиреоидизъм
cs hyperparatyreóza
da hyperparathyreoidisme
de Hyperparathyreoidismus
el υπερπαραθυρεοειδισμός
es hiperparatiroidismo
et hüperparatüreoos
fi lisäkilpirauhasen liikatoiminta
fr hyperparathyroïdie
ga hipearpharaitíoróideacht
hr hiperparatireoza
hu mellékpajzsmirigy-túlműködés
it iperparatiroidismo
lt hiperparatirozė
lv hiperparatireoze
mt iperparatirojdiżmu
nl hyperparathyreoïdie
pl nadczynność przytarczyc
pt hiperparatiroidismo
ro hiperparatiroidism
sk hyperparatyreóza
sl hiperparatiroidizem
sv hyperparatyreoidism
ja 副甲状腺機能亢進症
zh 甲状旁腺功能亢进症
ko 부갑상선기능항진증
th ภาวะพาราไทรอยด์ทำงานเกิน
vi cường cận giáp
tr hiperparatiroidi
ar فرط نشاط جارات الدرقية
ru гиперпаратиреоз
uk гіперпаратиреоз
hi हाइपरपैराथायरायडिज़्म
id hiperparatiroidisme
""",
    r"""
@addisons_disease | 363732003 | E27.1 | chronic
en Addison's disease
bg болест на Адисон
cs Addisonova choroba
da Addisons sygdom
de Morbus Addison
el νόσος του Addison
es enfermedad de Addison
et Addisoni tõbi
fi Addisonin tauti
fr maladie d'Addison
ga galar Addison
hr Addisonova bolest
hu Addison-kór
it morbo di Addison
lt Adisono liga
lv Adisona slimība
mt marda ta' Addison
nl ziekte van Addison
pl choroba Addisona
pt doença de Addison
ro boala Addison
sk Addisonova choroba
sl Addisonova bolezen
sv Addisons sjukdom
ja アジソン病
zh 艾迪生病
ko 애디슨병
th โรคแอดดิสัน
vi bệnh Addison
tr Addison hastalığı
ar داء أديسون
ru болезнь Аддисона
uk хвороба Аддісона
hi एडिसन रोग
id penyakit Addison
""",
    r"""
@glaucoma | 23986001 | H40.9 | chronic
en Glaucoma
bg глаукома
cs glaukom
da grøn stær
de Glaukom
el γλαύκωμα
es glaucoma
et glaukoom
fi glaukooma
fr glaucome
ga glácóma
hr glaukom
hu zöldhályog
it glaucoma
lt glaukoma
lv glaukoma
mt glawkoma
nl glaucoom
pl jaskra
pt glaucoma
ro glaucom
sk glaukóm
sl glavkom
sv glaukom
ja 緑内障
zh 青光眼
ko 녹내장
th ต้อหิน
vi bệnh tăng nhãn áp
tr glokom
ar الزرق
ru глаукома
uk глаукома
hi ग्लूकोमा
id glaukoma
""",
    r"""
@age_related_macular_degeneration | 267718000 | H35.3 | chronic
en Age-related macular degeneration
bg възрастово-свързана макулна дегенерация
cs věkem podmíněná makulární degenerace
da aldersrelateret makuladegeneration
de altersbedingte Makuladegeneration
el ηλικιακή εκφύλιση ωχράς κηλίδας
es degeneración macular asociada a la edad
et vanusega seotud makuladegeneratsioon
fi silmänpohjan ikärappeuma
fr dégénérescence maculaire liée à l'âge
ga meathlú macúlach a bhaineann le haois
hr senilna makularna degeneracija
hu időskori makuladegeneráció
it degenerazione maculare senile
lt su amžiumi susijusi geltonosios dėmės degeneracija
lv ar vecumu saistīta makulas deģenerācija
mt deġenerazzjoni makulari relatata mal-età
nl leeftijdsgebonden maculadegeneratie
pl zwyrodnienie plamki żółtej związane z wiekiem
pt degenerescência macular relacionada com a idade
ro degenerescență maculară legată de vârstă
sk vekom podmienená degenerácia makuly
sl starostna degeneracija makule
sv åldersrelaterad makuladegeneration
ja 加齢黄斑変性
zh 年龄相关性黄斑变性
ko 나이관련 황반변성
th โรคจอประสาทตาเสื่อมตามอายุ
vi thoái hoá điểm vàng tuổi già
tr yaşa bağlı makula dejenerasyonu
ar التنكس البقعي المرتبط بالعمر
ru возрастная макулярная дегенерация
uk вікова макулярна дегенерація
hi आयु-संबंधी धब्बेदार अध:पतन
id degenerasi makula terkait usia
""",
    r"""
@cataract | 193570009 | H26.9 | chronic
en Cataract
bg катаракта
cs šedý zákal
da grå stær
de Katarakt
el καταρράκτης
es catarata
et katarakt
fi kaihi
fr cataracte
ga catarach
hr katarakta
hu szürkehályog
it cataratta
lt katarakta
lv katarakta
mt katarretta
nl cataract
pl zaćma
pt catarata
ro cataractă
sk katarakta
sl siva mrena
sv grå starr
ja 白内障
zh 白内障
ko 백내장
th ต้อกระจก
vi đục thuỷ tinh thể
tr katarakt
ar الساد
ru катаракта
uk катаракта
hi मोतियाबिंद
id katarak
""",
    r"""
@diabetic_retinopathy | 4855003 | H36.0 | chronic
en Diabetic retinopathy
bg диабетна ретинопатия
cs diabetická retinopatie
da diabetisk retinopati
de diabetische Retinopathie
el διαβητική αμφιβληστροειδοπάθεια
es retinopatía diabética
et diabeetiline retinopaatia
fi diabeettinen retinopatia
fr rétinopathie diabétique
ga reitineapaite dhiaibéiteach
hr dijabetička retinopatija
hu diabéteszes retinopátia
it retinopatia diabetica
lt diabetinė retinopatija
lv diabētiskā retinopātija
mt retinopatija dijabetika
nl diabetische retinopathie
pl retinopatia cukrzycowa
pt retinopatia diabética
ro retinopatie diabetică
sk diabetická retinopatia
sl diabetična retinopatija
sv diabetesretinopati
ja 糖尿病網膜症
zh 糖尿病视网膜病变
ko 당뇨망막병증
th เบาหวานขึ้นจอประสาทตา
vi bệnh võng mạc đái tháo đường
tr diyabetik retinopati
ar اعتلال الشبكية السكري
ru диабетическая ретинопатия
uk діабетична ретинопатія
hi मधुमेह रेटिनोपैथी
id retinopati diabetik
""",
    r"""
@hearing_loss | 15188001 | H91.9 | chronic
en Hearing loss
bg загуба на слуха
cs porucha sluchu
da høretab
de Schwerhörigkeit
el απώλεια ακοής
es hipoacusia
et kuulmislangus
fi kuulon heikkeneminen
fr perte auditive
ga caillteanas éisteachta
hr gubitak sluha
hu halláscsökkenés
it ipoacusia
lt klausos netekimas
lv dzirdes zudums
mt telf tas-smigħ
nl gehoorverlies
pl niedosłuch
pt perda auditiva
ro pierderea auzului
sk strata sluchu
sl izguba sluha
sv hörselnedsättning
ja 難聴
zh 听力损失
ko 난청
th ภาวะสูญเสียการได้ยิน
vi nghe kém
tr işitme kaybı
ar فقدان السمع
ru тугоухость
uk приглухуватість
hi श्रवण हानि
id gangguan pendengaran
""",
    r"""
@tinnitus | 60862001 | H93.1 | chronic
en Tinnitus
bg шум в ушите
cs tinnitus
da tinnitus
de Tinnitus
el εμβοές
es acúfenos
et tinnitus
fi tinnitus
fr acouphènes
ga tinníteas
hr tinitus
hu fülzúgás
it acufene
lt ūžesys ausyse
lv troksnis ausīs
mt żanżin fil-widnejn
nl oorsuizen
pl szumy uszne
pt acufeno
ro tinitus
sk tinnitus
sl tinitus
sv tinnitus
ja 耳鳴り
zh 耳鸣
ko 이명
th เสียงดังในหู
vi ù tai
tr kulak çınlaması
ar طنين الأذن
ru шум в ушах
uk шум у вухах
hi टिनिटस
id tinitus
""",
    r"""
@menieres_disease | 13445001 | H81.0 | chronic
en Ménière's disease
bg болест на Мениер
cs Ménièrova nemoc
da Ménières sygdom
de Morbus Menière
el νόσος του Ménière
es enfermedad de Ménière
et Ménière'i tõbi
fi Ménièren tauti
fr maladie de Ménière
ga galar Ménière
hr Ménièreova bolest
hu Ménière-betegség
it malattia di Ménière
lt Menjero liga
lv Menjēra slimība
mt marda ta' Ménière
nl ziekte van Ménière
pl choroba Ménière'a
pt doença de Ménière
ro boala Ménière
sk Ménièrova choroba
sl Ménièrova bolezen
sv Ménières sjukdom
ja メニエール病
zh 梅尼埃病
ko 메니에르병
th โรคน้ำในหูไม่เท่ากัน
vi bệnh Ménière
tr Meniere hastalığı
ar داء منيير
ru болезнь Меньера
uk хвороба Меньєра
hi मेनियर रोग
id penyakit Meniere
""",
]
# ---------------------------------------------------------------- conditions: digestive, liver, infection, urology
CONDITIONS += [
    r"""
@liver_cirrhosis | 19943007 | K74.6 | chronic
en Liver cirrhosis
bg чернодробна цироза
cs jaterní cirhóza
da levercirrose
de Leberzirrhose
el κίρρωση του ήπατος
es cirrosis hepática
et maksatsirroos
fi maksakirroosi
fr cirrhose du foie
ga cioróis ae
hr ciroza jetre
hu májcirrózis
it cirrosi epatica
lt kepenų cirozė
lv aknu ciroze
mt ċirrożi tal-fwied
nl levercirrose
pl marskość wątroby
pt cirrose hepática
ro ciroză hepatică
sk cirhóza pečene
sl jetrna ciroza
sv levercirros
ja 肝硬変
zh 肝硬化
ko 간경변증
th โรคตับแข็ง
vi xơ gan
tr karaciğer sirozu
ar تليف الكبد
ru цирроз печени
uk цироз печінки
hi यकृत सिरोसिस
id sirosis hati
""",
    r"""
@fatty_liver_disease | 197321007 | K76.0 | chronic
en Fatty liver disease
bg чернодробна стеатоза
cs steatóza jater
da fedtlever
de Fettleber
el λιπώδης διήθηση του ήπατος
es hígado graso
et rasvmaks
fi rasvamaksa
fr stéatose hépatique
ga ae sailleach
hr masna jetra
hu zsírmáj
it steatosi epatica
lt kepenų steatozė
lv aknu steatoze
mt fwied xaħmi
nl leververvetting
pl stłuszczenie wątroby
pt esteatose hepática
ro steatoză hepatică
sk steatóza pečene
sl zamaščena jetra
sv fettlever
ja 脂肪肝
zh 脂肪肝
ko 지방간
th ภาวะไขมันพอกตับ
vi gan nhiễm mỡ
tr karaciğer yağlanması
ar الكبد الدهني
ru жировая болезнь печени
uk жирова хвороба печінки
hi वसायुक्त यकृत रोग
id perlemakan hati
""",
    r"""
@chronic_hepatitis_b | 61977001 | B18.1 | chronic
en Chronic hepatitis B
bg хроничен хепатит B
cs chronická hepatitida B
da kronisk hepatitis B
de chronische Hepatitis B
el χρόνια ηπατίτιδα B
es hepatitis B crónica
et krooniline B-hepatiit
fi krooninen B-hepatiitti
fr hépatite B chronique
ga heipitíteas B ainsealach
hr kronični hepatitis B
hu krónikus hepatitis B
it epatite B cronica
lt lėtinis hepatitas B
lv hronisks B hepatīts
mt epatite B kronika
nl chronische hepatitis B
pl przewlekłe wirusowe zapalenie wątroby typu B
pt hepatite B crónica
ro hepatită cronică B
sk chronická hepatitída B
sl kronični hepatitis B
sv kronisk hepatit B
ja 慢性B型肝炎
zh 慢性乙型肝炎
ko 만성 B형 간염
th โรคไวรัสตับอักเสบบีเรื้อรัง
vi viêm gan B mạn tính
tr kronik hepatit B
ar التهاب الكبد B المزمن
ru хронический гепатит B
uk хронічний гепатит B
hi क्रोनिक हेपेटाइटिस बी
id hepatitis B kronis
""",
    r"""
@chronic_hepatitis_c | 128302006 | B18.2 | chronic
en Chronic hepatitis C
bg хроничен хепатит C
cs chronická hepatitida C
da kronisk hepatitis C
de chronische Hepatitis C
el χρόνια ηπατίτιδα C
es hepatitis C crónica
et krooniline C-hepatiit
fi krooninen C-hepatiitti
fr hépatite C chronique
ga heipitíteas C ainsealach
hr kronični hepatitis C
hu krónikus hepatitis C
it epatite C cronica
lt lėtinis hepatitas C
lv hronisks C hepatīts
mt epatite C kronika
nl chronische hepatitis C
pl przewlekłe wirusowe zapalenie wątroby typu C
pt hepatite C crónica
ro hepatită cronică C
sk chronická hepatitída C
sl kronični hepatitis C
sv kronisk hepatit C
ja 慢性C型肝炎
zh 慢性丙型肝炎
ko 만성 C형 간염
th โรคไวรัสตับอักเสบซีเรื้อรัง
vi viêm gan C mạn tính
tr kronik hepatit C
ar التهاب الكبد C المزمن
ru хронический гепатит C
uk хронічний гепатит C
hi क्रोनिक हेपेटाइटिस सी
id hepatitis C kronis
""",
    r"""
@hiv_infection | 86406008 | B24 | chronic
en HIV infection
bg HIV инфекция
cs infekce HIV
da hiv-infektion
de HIV-Infektion
el λοίμωξη HIV
es infección por el VIH
et HIV-infektsioon
fi HIV-infektio
fr infection par le VIH
ga ionfhabhtú VEID
hr HIV infekcija
hu HIV-fertőzés
it infezione da HIV
lt ŽIV infekcija
lv HIV infekcija
mt infezzjoni tal-HIV
nl hiv-infectie
pl zakażenie HIV
pt infeção por VIH
ro infecție cu HIV
sk infekcia HIV
sl okužba s HIV
sv hivinfektion
ja HIV感染症
zh 艾滋病病毒感染
ko HIV 감염
th การติดเชื้อเอชไอวี
vi nhiễm HIV
tr HIV enfeksiyonu
ar عدوى فيروس نقص المناعة البشرية
ru ВИЧ-инфекция
uk ВІЛ-інфекція
hi एचआईवी संक्रमण
id infeksi HIV
""",
    r"""
@crohns_disease | 34000006 | K50.9 | chronic
en Crohn's disease
bg болест на Крон
cs Crohnova choroba
da Crohns sygdom
de Morbus Crohn
el νόσος του Crohn
es enfermedad de Crohn
et Crohni tõbi
fi Crohnin tauti
fr maladie de Crohn
ga galar Crohn
hr Crohnova bolest
hu Crohn-betegség
it morbo di Crohn
lt Krono liga
lv Krona slimība
mt marda ta' Crohn
nl ziekte van Crohn
pl choroba Leśniowskiego-Crohna
pt doença de Crohn
ro boala Crohn
sk Crohnova choroba
sl Crohnova bolezen
sv Crohns sjukdom
ja クローン病
zh 克罗恩病
ko 크론병
th โรคโครห์น
vi bệnh Crohn
tr Crohn hastalığı
ar داء كرون
ru болезнь Крона
uk хвороба Крона
hi क्रोन रोग
id penyakit Crohn
""",
    r"""
@ulcerative_colitis | 64766004 | K51.9 | chronic
en Ulcerative colitis
bg улцерозен колит
cs ulcerózní kolitida
da colitis ulcerosa
de Colitis ulcerosa
el ελκώδης κολίτιδα
es colitis ulcerosa
et haavandiline koliit
fi haavainen paksusuolitulehdus
fr rectocolite hémorragique
ga colaiteas othrasach
hr ulcerozni kolitis
hu colitis ulcerosa
it colite ulcerosa
lt opinis kolitas
lv čūlainais kolīts
mt kolite ulċerattiva
nl colitis ulcerosa
pl wrzodziejące zapalenie jelita grubego
pt colite ulcerosa
ro colită ulcerativă
sk ulcerózna kolitída
sl ulcerozni kolitis
sv ulcerös kolit
ja 潰瘍性大腸炎
zh 溃疡性结肠炎
ko 궤양성 대장염
th โรคลำไส้ใหญ่อักเสบเป็นแผล
vi viêm loét đại tràng
tr ülseratif kolit
ar التهاب القولون التقرحي
ru язвенный колит
uk виразковий коліт
hi अल्सरेटिव कोलाइटिस
id kolitis ulseratif
""",
    r"""
@coeliac_disease | 396331005 | K90.0 | chronic
en Coeliac disease
bg цьолиакия
cs celiakie
da cøliaki
de Zöliakie
el κοιλιοκάκη
es enfermedad celíaca
et tsöliaakia
fi keliakia
fr maladie cœliaque
ga galar céiliach
hr celijakija
hu cöliákia
it celiachia
lt celiakija
lv celiakija
mt marda ċeljaka
nl coeliakie
pl celiakia
pt doença celíaca
ro boala celiacă
sk celiakia
sl celiakija
sv celiaki
ja セリアック病
zh 乳糜泻
ko 셀리악병
th โรคซีลิแอค
vi bệnh celiac
tr çölyak hastalığı
ar الداء البطني
ru целиакия
uk целіакія
hi सीलिएक रोग
id penyakit seliaka
""",
    r"""
@gastro_oesophageal_reflux_disease | 235595009 | K21.9 | chronic
en Gastro-oesophageal reflux disease
bg гастроезофагеална рефлуксна болест
cs gastroezofageální refluxní choroba
da gastroøsofageal refluks
de gastroösophageale Refluxkrankheit
el γαστροοισοφαγική παλινδρόμηση
es enfermedad por reflujo gastroesofágico
et gastroösofageaalne reflukshaigus
fi refluksitauti
fr reflux gastro-œsophagien
ga galar aife goile is éasafagais
hr gastroezofagealna refluksna bolest
hu gastrooesophagealis refluxbetegség
it malattia da reflusso gastroesofageo
lt gastroezofaginio refliukso liga
lv gastroezofageālā refluksa slimība
mt mard tar-rifluss gastro-esofagali
nl gastro-oesofageale refluxziekte
pl choroba refluksowa przełyku
pt doença de refluxo gastroesofágico
ro boală de reflux gastroesofagian
sk gastroezofágová refluxná choroba
sl gastroezofagealna refluksna bolezen
sv gastroesofageal refluxsjukdom
ja 胃食道逆流症
zh 胃食管反流病
ko 위식도역류질환
th โรคกรดไหลย้อน
vi bệnh trào ngược dạ dày thực quản
tr gastroözofageal reflü hastalığı
ar داء الارتجاع المعدي المريئي
ru гастроэзофагеальная рефлюксная болезнь
uk гастроезофагеальна рефлюксна хвороба
hi गैस्ट्रोइसोफेगल रिफ्लक्स रोग
id penyakit refluks gastroesofagus
""",
    r"""
@peptic_ulcer | 13200003 | K27.9 | chronic
en Peptic ulcer
bg пептична язва
cs peptický vřed
da mavesår
de peptisches Ulkus
el πεπτικό έλκος
es úlcera péptica
et peptiline haavand
fi peptinen haava
fr ulcère gastroduodénal
ga othras peipteach
hr peptički ulkus
hu peptikus fekély
it ulcera peptica
lt pepsinė opa
lv peptiska čūla
mt ulċera peptika
nl maagzweer
pl choroba wrzodowa
pt úlcera péptica
ro ulcer peptic
sk peptický vred
sl peptični ulkus
sv magsår
ja 消化性潰瘍
zh 消化性溃疡
ko 소화성 궤양
th แผลในกระเพาะอาหาร
vi loét dạ dày tá tràng
tr peptik ülser
ar القرحة الهضمية
ru язвенная болезнь
uk виразкова хвороба
hi पेप्टिक अल्सर
id tukak peptik
""",
    r"""
@diverticular_disease | - | K57.9 | chronic
en Diverticular disease
bg дивертикулоза
cs divertikulóza
da divertikelsygdom
de Divertikelkrankheit
el εκκολπωματική νόσος
es enfermedad diverticular
et divertikulaarhaigus
fi divertikkelitauti
fr diverticulose
ga galar dibheirtigalach
hr divertikularna bolest
hu divertikulózis
it malattia diverticolare
lt divertikulinė liga
lv divertikulārā slimība
mt mard diverticulari
nl diverticulose
pl choroba uchyłkowa
pt doença diverticular
ro boală diverticulară
sk divertikulová choroba
sl divertikularna bolezen
sv divertikelsjukdom
ja 憩室症
zh 憩室病
ko 게실 질환
th โรคถุงผนังลำไส้
vi bệnh túi thừa
tr divertiküler hastalık
ar داء الرتوج
ru дивертикулярная болезнь
uk дивертикулярна хвороба
hi डायवर्टीकुलर रोग
id penyakit divertikular
""",
    r"""
@irritable_bowel_syndrome | 10743008 | K58.9 | chronic
en Irritable bowel syndrome
bg синдром на раздразненото черво
cs syndrom dráždivého tračníku
da irritabel tyktarm
de Reizdarmsyndrom
el σύνδρομο ευερέθιστου εντέρου
es síndrome del intestino irritable
et ärritunud soole sündroom
fi ärtyvän suolen oireyhtymä
fr syndrome de l'intestin irritable
ga siondróm na putóige greannaithe
hr sindrom iritabilnog crijeva
hu irritábilis bél szindróma
it sindrome dell'intestino irritabile
lt dirgliosios žarnos sindromas
lv kairināto zarnu sindroms
mt sindromu tal-musrana irritabbli
nl prikkelbaredarmsyndroom
pl zespół jelita drażliwego
pt síndrome do intestino irritável
ro sindromul colonului iritabil
sk syndróm dráždivého čreva
sl sindrom razdražljivega črevesja
sv irritabel tarm
ja 過敏性腸症候群
zh 肠易激综合征
ko 과민대장증후군
th กลุ่มอาการลำไส้แปรปรวน
vi hội chứng ruột kích thích
tr irritabl bağırsak sendromu
ar متلازمة القولون العصبي
ru синдром раздражённого кишечника
uk синдром подразненого кишечника
hi इरिटेबल बाउल सिंड्रोम
id sindrom iritasi usus besar
""",
    r"""
@hiatus_hernia | 84089009 | K44.9 | chronic
en Hiatus hernia
bg хиатална херния
cs hiátová hernie
da hiatushernie
de Hiatushernie
el διαφραγματοκήλη
es hernia de hiato
et hiataalsong
fi palleatyrä
fr hernie hiatale
ga heirnia hiatais
hr hijatalna hernija
hu hiatus hernia
it ernia iatale
lt diafragmos angos išvarža
lv hiatāla trūce
mt ftuq hiatali
nl hiatushernia
pl przepuklina rozworu przełykowego
pt hérnia do hiato
ro hernie hiatală
sk hiátová hernia
sl hiatalna kila
sv hiatusbråck
ja 食道裂孔ヘルニア
zh 食管裂孔疝
ko 식도열공탈장
th ไส้เลื่อนกระบังลม
vi thoát vị hoành
tr hiatal herni
ar فتق الحجاب الحاجز
ru грыжа пищеводного отверстия диафрагмы
uk грижа стравохідного отвору діафрагми
hi हायटस हर्निया
id hernia hiatus
""",
    r"""
@benign_prostatic_hyperplasia | 266569009 | N40 | chronic
en Benign prostatic hyperplasia
bg доброкачествена хиперплазия на простатата
cs benigní hyperplazie prostaty
da godartet prostataforstørrelse
de benigne Prostatahyperplasie
el καλοήθης υπερπλασία του προστάτη
es hiperplasia benigna de próstata
et eesnäärme healoomuline hüperplaasia
fi eturauhasen hyvänlaatuinen liikakasvu
fr hypertrophie bénigne de la prostate
ga hipearplaise neamhurchóideach na próstatan
hr benigna hiperplazija prostate
hu jóindulatú prosztata-megnagyobbodás
it iperplasia prostatica benigna
lt gerybinė prostatos hiperplazija
lv labdabīga prostatas hiperplāzija
mt iperplasja beninna tal-prostata
nl benigne prostaathyperplasie
pl łagodny rozrost prostaty
pt hiperplasia benigna da próstata
ro hiperplazie benignă de prostată
sk benígna hyperplázia prostaty
sl benigna hiperplazija prostate
sv benign prostatahyperplasi
ja 前立腺肥大症
zh 良性前列腺增生
ko 양성 전립선 비대증
th ต่อมลูกหมากโต
vi tăng sản lành tính tuyến tiền liệt
tr benign prostat hiperplazisi
ar تضخم البروستاتا الحميد
ru доброкачественная гиперплазия предстательной железы
uk доброякісна гіперплазія передміхурової залози
hi सौम्य प्रोस्टेटिक हाइपरप्लासिया
id hiperplasia prostat jinak
""",
    r"""
@urinary_incontinence | 165232002 | R32 | chronic
en Urinary incontinence
bg уринарна инконтиненция
cs inkontinence moči
da urininkontinens
de Harninkontinenz
el ακράτεια ούρων
es incontinencia urinaria
et kusepidamatus
fi virtsankarkailu
fr incontinence urinaire
ga neamhchoinneálacht fuail
hr urinarna inkontinencija
hu vizelet-inkontinencia
it incontinenza urinaria
lt šlapimo nelaikymas
lv urīna nesaturēšana
mt inkontinenza urinarja
nl urine-incontinentie
pl nietrzymanie moczu
pt incontinência urinária
ro incontinență urinară
sk inkontinencia moču
sl urinska inkontinenca
sv urininkontinens
ja 尿失禁
zh 尿失禁
ko 요실금
th ภาวะกลั้นปัสสาวะไม่อยู่
vi tiểu không tự chủ
tr idrar kaçırma
ar سلس البول
ru недержание мочи
uk нетримання сечі
hi मूत्र असंयम
id inkontinensia urine
""",
    r"""
@faecal_incontinence | 72042002 | R15 | chronic
en Faecal incontinence
bg фекална инконтиненция
cs inkontinence stolice
da fækal inkontinens
de Stuhlinkontinenz
el ακράτεια κοπράνων
es incontinencia fecal
et roojapidamatus
fi ulosteenpidätyskyvyttömyys
fr incontinence fécale
ga neamhchoinneálacht faecach
hr fekalna inkontinencija
hu széklet-inkontinencia
it incontinenza fecale
lt išmatų nelaikymas
lv fēču nesaturēšana
mt inkontinenza fekali
nl fecale incontinentie
pl nietrzymanie stolca
pt incontinência fecal
ro incontinență fecală
sk inkontinencia stolice
sl fekalna inkontinenca
sv fekal inkontinens
ja 便失禁
zh 大便失禁
ko 변실금
th ภาวะกลั้นอุจจาระไม่อยู่
vi đại tiện không tự chủ
tr dışkı kaçırma
ar سلس البراز
ru недержание кала
uk нетримання калу
hi मल असंयम
id inkontinensia feses
""",
    r"""
@anaemia | 271737000 | D64.9 | chronic
en Anaemia
bg анемия
cs anémie
da blodmangel
de Anämie
el αναιμία
es anemia
et aneemia
fi anemia
fr anémie
ga anaemacht
hr anemija
hu vérszegénység
it anemia
lt anemija
lv anēmija
mt anemija
nl bloedarmoede
pl niedokrwistość
pt anemia
ro anemie
sk anémia
sl anemija
sv anemi
ja 貧血
zh 贫血
ko 빈혈
th โรคโลหิตจาง
vi thiếu máu
tr anemi
ar فقر الدم
ru анемия
uk анемія
hi रक्ताल्पता
id anemia
""",
    r"""
@iron_deficiency_anaemia | 87522002 | D50.9 | chronic
en Iron deficiency anaemia
bg желязодефицитна анемия
cs sideropenická anémie
da jernmangelanæmi
de Eisenmangelanämie
el σιδηροπενική αναιμία
es anemia ferropénica
et rauavaegusaneemia
fi raudanpuuteanemia
fr anémie ferriprive
ga anaemacht easpa iarainn
hr sideropenična anemija
hu vashiányos vérszegénység
it anemia sideropenica
lt geležies stokos anemija
lv dzelzs deficīta anēmija
mt anemija minħabba nuqqas ta' ħadid
nl ijzergebreksanemie
pl niedokrwistość z niedoboru żelaza
pt anemia ferropénica
ro anemie feriprivă
sk sideropenická anémia
sl sideropenična anemija
sv järnbristanemi
ja 鉄欠乏性貧血
zh 缺铁性贫血
ko 철결핍성 빈혈
th โรคโลหิตจางจากการขาดธาตุเหล็ก
vi thiếu máu thiếu sắt
tr demir eksikliği anemisi
ar فقر الدم بعوز الحديد
ru железодефицитная анемия
uk залізодефіцитна анемія
hi लौह-अल्पता रक्ताल्पता
id anemia defisiensi besi
""",
    r"""
@vitamin_b12_deficiency | 190634004 | E53.8 | chronic
en Vitamin B12 deficiency
bg дефицит на витамин B12
cs nedostatek vitaminu B12
da B12-vitaminmangel
de Vitamin-B12-Mangel
el ανεπάρκεια βιταμίνης B12
es déficit de vitamina B12
et B12-vitamiini vaegus
fi B12-vitamiinin puutos
fr carence en vitamine B12
ga easpa vitimín B12
hr nedostatak vitamina B12
hu B12-vitamin-hiány
it carenza di vitamina B12
lt vitamino B12 trūkumas
lv B12 vitamīna deficīts
mt nuqqas ta' vitamina B12
nl vitamine B12-tekort
pl niedobór witaminy B12
pt défice de vitamina B12
ro deficit de vitamina B12
sk nedostatok vitamínu B12
sl pomanjkanje vitamina B12
sv B12-brist
ja ビタミンB12欠乏症
zh 维生素B12缺乏症
ko 비타민 B12 결핍증
th ภาวะขาดวิตามินบี 12
vi thiếu vitamin B12
tr B12 vitamini eksikliği
ar نقص فيتامين ب 12
ru дефицит витамина B12
uk дефіцит вітаміну B12
hi विटामिन बी12 की कमी
id defisiensi vitamin B12
""",
    r"""
@thrombocytopenia | 302215000 | D69.6 | chronic
en Thrombocytopenia
bg тромбоцитопения
cs trombocytopenie
da trombocytopeni
de Thrombozytopenie
el θρομβοπενία
es trombocitopenia
et trombotsütopeenia
fi trombosytopenia
fr thrombopénie
ga trombaicítipéine
hr trombocitopenija
hu thrombocytopenia
it piastrinopenia
lt trombocitopenija
lv trombocitopēnija
mt tromboċitopenja
nl trombocytopenie
pl małopłytkowość
pt trombocitopenia
ro trombocitopenie
sk trombocytopénia
sl trombocitopenija
sv trombocytopeni
ja 血小板減少症
zh 血小板减少症
ko 혈소판감소증
th ภาวะเกล็ดเลือดต่ำ
vi giảm tiểu cầu
tr trombositopeni
ar قلة الصفيحات
ru тромбоцитопения
uk тромбоцитопенія
hi थ्रोम्बोसाइटोपेनिया
id trombositopenia
""",
    r"""
@haemophilia | - | D66 | chronic
en Haemophilia A
bg хемофилия A
cs hemofilie A
da hæmofili A
de Hämophilie A
el αιμορροφιλία A
es hemofilia A
et A-hemofiilia
fi A-hemofilia
fr hémophilie A
ga haemaifilia A
hr hemofilija A
hu A típusú hemofília
it emofilia A
lt A hemofilija
lv A hemofilija
mt emofilja A
nl hemofilie A
pl hemofilia A
pt hemofilia A
ro hemofilie A
sk hemofília A
sl hemofilija A
sv hemofili A
ja 血友病A
zh 甲型血友病
ko 혈우병 A
th โรคฮีโมฟีเลียเอ
vi bệnh máu khó đông A
tr hemofili A
ar الناعور أ
ru гемофилия A
uk гемофілія A
hi हीमोफीलिया ए
id hemofilia A
""",
    r"""
@sickle_cell_disease | 417357006 | D57.1 | chronic
en Sickle cell disease
bg сърповидноклетъчна анемия
cs srpkovitá anémie
da seglcelleanæmi
de Sichelzellkrankheit
el δρεπανοκυτταρική νόσος
es anemia de células falciformes
et sirprakuline aneemia
fi sirppisoluanemia
fr drépanocytose
ga galar corráncheall
hr anemija srpastih stanica
hu sarlósejtes vérszegénység
it anemia falciforme
lt pjautuvinė anemija
lv sirpjveida šūnu anēmija
mt anemija taċ-ċelluli forma ta' minġel
nl sikkelcelziekte
pl niedokrwistość sierpowatokrwinkowa
pt drepanocitose
ro anemie falciformă
sk kosáčiková anémia
sl srpastocelična anemija
sv sicklecellsjukdom
ja 鎌状赤血球症
zh 镰状细胞病
ko 겸상적혈구병
th โรคเม็ดเลือดแดงรูปเคียว
vi bệnh hồng cầu hình liềm
tr orak hücre hastalığı
ar داء الخلايا المنجلية
ru серповидноклеточная анемия
uk серпоподібноклітинна анемія
hi सिकल सेल रोग
id penyakit sel sabit
""",
]
# ---------------------------------------------------------------- conditions: cancers
CONDITIONS += [
    r"""
@breast_cancer | 254837009 | C50.9 | chronic
en Breast cancer
bg рак на гърдата
cs karcinom prsu
da brystkræft
de Brustkrebs
el καρκίνος του μαστού
es cáncer de mama
et rinnavähk
fi rintasyöpä
fr cancer du sein
ga ailse chíche
hr rak dojke
hu emlőrák
it tumore della mammella
lt krūties vėžys
lv krūts vēzis
mt kanċer tas-sider
nl borstkanker
pl rak piersi
pt cancro da mama
ro cancer mamar
sk rakovina prsníka
sl rak dojke
sv bröstcancer
ja 乳がん
zh 乳腺癌
ko 유방암
th มะเร็งเต้านม
vi ung thư vú
tr meme kanseri
ar سرطان الثدي
ru рак молочной железы
uk рак молочної залози
hi स्तन कैंसर
id kanker payudara
""",
    r"""
@prostate_cancer | 399068003 | C61 | chronic
en Prostate cancer
bg рак на простатата
cs karcinom prostaty
da prostatakræft
de Prostatakrebs
el καρκίνος του προστάτη
es cáncer de próstata
et eesnäärmevähk
fi eturauhassyöpä
fr cancer de la prostate
ga ailse phróstatach
hr rak prostate
hu prosztatarák
it tumore della prostata
lt prostatos vėžys
lv prostatas vēzis
mt kanċer tal-prostata
nl prostaatkanker
pl rak gruczołu krokowego
pt cancro da próstata
ro cancer de prostată
sk rakovina prostaty
sl rak prostate
sv prostatacancer
ja 前立腺がん
zh 前列腺癌
ko 전립선암
th มะเร็งต่อมลูกหมาก
vi ung thư tuyến tiền liệt
tr prostat kanseri
ar سرطان البروستاتا
ru рак предстательной железы
uk рак передміхурової залози
hi प्रोस्टेट कैंसर
id kanker prostat
""",
    r"""
@lung_cancer | 363358000 | C34.9 | chronic
en Lung cancer
bg рак на белия дроб
cs karcinom plic
da lungekræft
de Lungenkrebs
el καρκίνος του πνεύμονα
es cáncer de pulmón
et kopsuvähk
fi keuhkosyöpä
fr cancer du poumon
ga ailse scamhóg
hr rak pluća
hu tüdőrák
it tumore del polmone
lt plaučių vėžys
lv plaušu vēzis
mt kanċer tal-pulmun
nl longkanker
pl rak płuca
pt cancro do pulmão
ro cancer pulmonar
sk rakovina pľúc
sl pljučni rak
sv lungcancer
ja 肺がん
zh 肺癌
ko 폐암
th มะเร็งปอด
vi ung thư phổi
tr akciğer kanseri
ar سرطان الرئة
ru рак лёгкого
uk рак легені
hi फेफड़ों का कैंसर
id kanker paru
""",
    r"""
@colorectal_cancer | - | C18.9 | chronic
en Colorectal cancer
bg колоректален рак
cs kolorektální karcinom
da tarmkræft
de Darmkrebs
el καρκίνος του παχέος εντέρου
es cáncer colorrectal
et kolorektaalvähk
fi suolistosyöpä
fr cancer colorectal
ga ailse cholaireicteach
hr kolorektalni rak
hu vastagbélrák
it tumore del colon-retto
lt storosios žarnos vėžys
lv kolorektālais vēzis
mt kanċer kolorettali
nl darmkanker
pl rak jelita grubego
pt cancro colorretal
ro cancer colorectal
sk kolorektálny karcinóm
sl rak debelega črevesa
sv tarmcancer
ja 大腸がん
zh 结直肠癌
ko 대장암
th มะเร็งลำไส้ใหญ่และทวารหนัก
vi ung thư đại trực tràng
tr kolorektal kanser
ar سرطان القولون والمستقيم
ru колоректальный рак
uk колоректальний рак
hi कोलोरेक्टल कैंसर
id kanker kolorektal
""",
    r"""
@bladder_cancer | 399326009 | C67.9 | chronic
en Bladder cancer
bg рак на пикочния мехур
cs karcinom močového měchýře
da blærekræft
de Blasenkrebs
el καρκίνος της ουροδόχου κύστης
es cáncer de vejiga
et põievähk
fi virtsarakon syöpä
fr cancer de la vessie
ga ailse lamhnán
hr rak mokraćnog mjehura
hu húgyhólyagrák
it tumore della vescica
lt šlapimo pūslės vėžys
lv urīnpūšļa vēzis
mt kanċer tal-bużżieqa tal-awrina
nl blaaskanker
pl rak pęcherza moczowego
pt cancro da bexiga
ro cancer de vezică urinară
sk rakovina močového mechúra
sl rak sečnega mehurja
sv urinblåsecancer
ja 膀胱がん
zh 膀胱癌
ko 방광암
th มะเร็งกระเพาะปัสสาวะ
vi ung thư bàng quang
tr mesane kanseri
ar سرطان المثانة
ru рак мочевого пузыря
uk рак сечового міхура
hi मूत्राशय का कैंसर
id kanker kandung kemih
""",
    r"""
@kidney_cancer | 363518003 | C64 | chronic
en Kidney cancer
bg рак на бъбрека
cs karcinom ledviny
da nyrekræft
de Nierenkrebs
el καρκίνος του νεφρού
es cáncer de riñón
et neeruvähk
fi munuaissyöpä
fr cancer du rein
ga ailse duáin
hr rak bubrega
hu vesedaganat
it tumore del rene
lt inksto vėžys
lv nieru vēzis
mt kanċer tal-kliewi
nl nierkanker
pl rak nerki
pt cancro do rim
ro cancer renal
sk rakovina obličky
sl rak ledvic
sv njurcancer
ja 腎がん
zh 肾癌
ko 신장암
th มะเร็งไต
vi ung thư thận
tr böbrek kanseri
ar سرطان الكلى
ru рак почки
uk рак нирки
hi गुर्दे का कैंसर
id kanker ginjal
""",
    r"""
@pancreatic_cancer | 363418001 | C25.9 | chronic
en Pancreatic cancer
bg рак на панкреаса
cs karcinom slinivky břišní
da kræft i bugspytkirtlen
de Bauchspeicheldrüsenkrebs
el καρκίνος του παγκρέατος
es cáncer de páncreas
et kõhunäärmevähk
fi haimasyöpä
fr cancer du pancréas
ga ailse briseán
hr rak gušterače
hu hasnyálmirigyrák
it tumore del pancreas
lt kasos vėžys
lv aizkuņģa dziedzera vēzis
mt kanċer tal-frixa
nl alvleesklierkanker
pl rak trzustki
pt cancro do pâncreas
ro cancer pancreatic
sk rakovina pankreasu
sl rak trebušne slinavke
sv bukspottkörtelcancer
ja 膵臓がん
zh 胰腺癌
ko 췌장암
th มะเร็งตับอ่อน
vi ung thư tuỵ
tr pankreas kanseri
ar سرطان البنكرياس
ru рак поджелудочной железы
uk рак підшлункової залози
hi अग्नाशय का कैंसर
id kanker pankreas
""",
    r"""
@stomach_cancer | 363349007 | C16.9 | chronic
en Stomach cancer
bg рак на стомаха
cs karcinom žaludku
da mavekræft
de Magenkrebs
el καρκίνος του στομάχου
es cáncer de estómago
et maovähk
fi mahasyöpä
fr cancer de l'estomac
ga ailse goile
hr rak želuca
hu gyomorrák
it tumore dello stomaco
lt skrandžio vėžys
lv kuņģa vēzis
mt kanċer tal-istonku
nl maagkanker
pl rak żołądka
pt cancro do estômago
ro cancer gastric
sk rakovina žalúdka
sl rak želodca
sv magcancer
ja 胃がん
zh 胃癌
ko 위암
th มะเร็งกระเพาะอาหาร
vi ung thư dạ dày
tr mide kanseri
ar سرطان المعدة
ru рак желудка
uk рак шлунка
hi पेट का कैंसर
id kanker lambung
""",
    r"""
@oesophageal_cancer | 363402007 | C15.9 | chronic
en Oesophageal cancer
bg рак на хранопровода
cs karcinom jícnu
da spiserørskræft
de Speiseröhrenkrebs
el καρκίνος του οισοφάγου
es cáncer de esófago
et söögitoruvähk
fi ruokatorven syöpä
fr cancer de l'œsophage
ga ailse éasafagais
hr rak jednjaka
hu nyelőcsőrák
it tumore dell'esofago
lt stemplės vėžys
lv barības vada vēzis
mt kanċer tal-esofagu
nl slokdarmkanker
pl rak przełyku
pt cancro do esófago
ro cancer esofagian
sk rakovina pažeráka
sl rak požiralnika
sv matstrupscancer
ja 食道がん
zh 食管癌
ko 식도암
th มะเร็งหลอดอาหาร
vi ung thư thực quản
tr yemek borusu kanseri
ar سرطان المريء
ru рак пищевода
uk рак стравоходу
hi ग्रासनली का कैंसर
id kanker esofagus
""",
    r"""
@melanoma | 372244006 | C43.9 | chronic
en Melanoma
bg меланом
cs melanom
da modermærkekræft
de Melanom
el μελάνωμα
es melanoma
et melanoom
fi melanooma
fr mélanome
ga meileanóma
hr melanom
hu melanóma
it melanoma
lt melanoma
lv melanoma
mt melanoma
nl melanoom
pl czerniak
pt melanoma
ro melanom
sk melanóm
sl melanom
sv malignt melanom
ja 悪性黒色腫
zh 黑色素瘤
ko 흑색종
th มะเร็งผิวหนังชนิดเมลาโนมา
vi u hắc tố ác tính
tr melanom
ar الورم الميلانيني
ru меланома
uk меланома
hi मेलेनोमा
id melanoma
""",
    r"""
@basal_cell_carcinoma | 254701007 | C44.9 | chronic
en Basal cell carcinoma
bg базалноклетъчен карцином
cs bazaliom
da basalcellekarcinom
de Basalzellkarzinom
el βασικοκυτταρικό καρκίνωμα
es carcinoma basocelular
et basaalrakuline kartsinoom
fi tyvisolusyöpä
fr carcinome basocellulaire
ga carcanóma cille bunúsaí
hr bazocelularni karcinom
hu bazálsejtes karcinóma
it carcinoma basocellulare
lt bazinių ląstelių karcinoma
lv bazālo šūnu karcinoma
mt karċinoma taċ-ċelluli bażali
nl basaalcelcarcinoom
pl rak podstawnokomórkowy
pt carcinoma basocelular
ro carcinom bazocelular
sk bazocelulárny karcinóm
sl bazalnocelični karcinom
sv basalcellscancer
ja 基底細胞がん
zh 基底细胞癌
ko 기저세포암
th มะเร็งผิวหนังชนิดเบซัลเซลล์
vi ung thư biểu mô tế bào đáy
tr bazal hücreli karsinom
ar سرطانة الخلايا القاعدية
ru базальноклеточный рак
uk базальноклітинний рак
hi बेसल सेल कार्सिनोमा
id karsinoma sel basal
""",
    r"""
@leukaemia | 93143009 | C95.9 | chronic
en Leukaemia
bg левкемия
cs leukemie
da leukæmi
de Leukämie
el λευχαιμία
es leucemia
et leukeemia
fi leukemia
fr leucémie
ga leoicéime
hr leukemija
hu leukémia
it leucemia
lt leukemija
lv leikēmija
mt lewkimja
nl leukemie
pl białaczka
pt leucemia
ro leucemie
sk leukémia
sl levkemija
sv leukemi
ja 白血病
zh 白血病
ko 백혈병
th มะเร็งเม็ดเลือดขาว
vi bệnh bạch cầu
tr lösemi
ar ابيضاض الدم
ru лейкоз
uk лейкемія
hi ल्यूकेमिया
id leukemia
""",
    r"""
@lymphoma | 118600007 | C85.9 | chronic
en Lymphoma
bg лимфом
cs lymfom
da lymfekræft
de Lymphom
el λέμφωμα
es linfoma
et lümfoom
fi lymfooma
fr lymphome
ga liomfóma
hr limfom
hu limfóma
it linfoma
lt limfoma
lv limfoma
mt limfoma
nl lymfoom
pl chłoniak
pt linfoma
ro limfom
sk lymfóm
sl limfom
sv lymfom
ja リンパ腫
zh 淋巴瘤
ko 림프종
th มะเร็งต่อมน้ำเหลือง
vi u lympho
tr lenfoma
ar اللمفوما
ru лимфома
uk лімфома
hi लिंफोमा
id limfoma
""",
    r"""
@multiple_myeloma | 109989006 | C90.0 | chronic
en Multiple myeloma
bg мултиплен миелом
cs mnohočetný myelom
da knoglemarvskræft
de multiples Myelom
el πολλαπλό μυέλωμα
es mieloma múltiple
et hulgimüeloom
fi myelooma
fr myélome multiple
ga miailóma iolrach
hr multipli mijelom
hu mielóma multiplex
it mieloma multiplo
lt dauginė mieloma
lv multiplā mieloma
mt majeloma multipla
nl multipel myeloom
pl szpiczak plazmocytowy
pt mieloma múltiplo
ro mielom multiplu
sk mnohopočetný myelóm
sl multipli mielom
sv multipelt myelom
ja 多発性骨髄腫
zh 多发性骨髓瘤
ko 다발골수종
th มะเร็งไขกระดูกชนิดมัยอีโลมา
vi đa u tuỷ xương
tr multipl miyelom
ar الورم النقوي المتعدد
ru множественная миелома
uk множинна мієлома
hi मल्टीपल मायलोमा
id mieloma multipel
""",
    r"""
@thyroid_cancer | 363478007 | C73 | chronic
en Thyroid cancer
bg рак на щитовидната жлеза
cs karcinom štítné žlázy
da skjoldbruskkirtelkræft
de Schilddrüsenkrebs
el καρκίνος του θυρεοειδούς
es cáncer de tiroides
et kilpnäärmevähk
fi kilpirauhassyöpä
fr cancer de la thyroïde
ga ailse thíoróideach
hr rak štitnjače
hu pajzsmirigyrák
it tumore della tiroide
lt skydliaukės vėžys
lv vairogdziedzera vēzis
mt kanċer tat-tirojde
nl schildklierkanker
pl rak tarczycy
pt cancro da tiroide
ro cancer tiroidian
sk rakovina štítnej žľazy
sl rak ščitnice
sv sköldkörtelcancer
ja 甲状腺がん
zh 甲状腺癌
ko 갑상선암
th มะเร็งต่อมไทรอยด์
vi ung thư tuyến giáp
tr tiroid kanseri
ar سرطان الغدة الدرقية
ru рак щитовидной железы
uk рак щитоподібної залози
hi थायरॉइड कैंसर
id kanker tiroid
""",
    r"""
@ovarian_cancer | 363443007 | C56 | chronic
en Ovarian cancer
bg рак на яйчниците
cs karcinom vaječníku
da æggestokkræft
de Eierstockkrebs
el καρκίνος των ωοθηκών
es cáncer de ovario
et munasarjavähk
fi munasarjasyöpä
fr cancer de l'ovaire
ga ailse ubhagáin
hr rak jajnika
hu petefészekrák
it tumore dell'ovaio
lt kiaušidžių vėžys
lv olnīcu vēzis
mt kanċer tal-ovarji
nl eierstokkanker
pl rak jajnika
pt cancro do ovário
ro cancer ovarian
sk rakovina vaječníkov
sl rak jajčnikov
sv äggstockscancer
ja 卵巣がん
zh 卵巢癌
ko 난소암
th มะเร็งรังไข่
vi ung thư buồng trứng
tr yumurtalık kanseri
ar سرطان المبيض
ru рак яичника
uk рак яєчника
hi अंडाशय का कैंसर
id kanker ovarium
""",
    r"""
@endometrial_cancer | - | C54.1 | chronic
en Endometrial cancer
bg рак на ендометриума
cs karcinom endometria
da livmoderkræft
de Endometriumkarzinom
el καρκίνος του ενδομητρίου
es cáncer de endometrio
et emakakehavähk
fi kohdun runko-osan syöpä
fr cancer de l'endomètre
ga ailse inmheitriam
hr rak endometrija
hu méhtestrák
it tumore dell'endometrio
lt gimdos kūno vėžys
lv endometrija vēzis
mt kanċer tal-endometriju
nl baarmoederkanker
pl rak endometrium
pt cancro do endométrio
ro cancer endometrial
sk rakovina endometria
sl rak endometrija
sv livmoderkroppscancer
ja 子宮体がん
zh 子宫内膜癌
ko 자궁내막암
th มะเร็งเยื่อบุโพรงมดลูก
vi ung thư nội mạc tử cung
tr endometrium kanseri
ar سرطان بطانة الرحم
ru рак эндометрия
uk рак ендометрія
hi गर्भाशय अंतःस्तर का कैंसर
id kanker endometrium
""",
]
# ---------------------------------------------------------------- conditions: acute (1)
CONDITIONS += [
    r"""
@pneumonia | 233604007 | J18.9 | acute
en Pneumonia
bg пневмония
cs zápal plic
da lungebetændelse
de Lungenentzündung
el πνευμονία
es neumonía
et kopsupõletik
fi keuhkokuume
fr pneumonie
ga niúmóine
hr upala pluća
hu tüdőgyulladás
it polmonite
lt plaučių uždegimas
lv pneimonija
mt pulmonite
nl longontsteking
pl zapalenie płuc
pt pneumonia
ro pneumonie
sk zápal pľúc
sl pljučnica
sv lunginflammation
ja 肺炎
zh 肺炎
ko 폐렴
th ปอดอักเสบ
vi viêm phổi
tr zatürre
ar الالتهاب الرئوي
ru пневмония
uk пневмонія
hi निमोनिया
id pneumonia
""",
    r"""
@urinary_tract_infection | 68566005 | N39.0 | acute
en Urinary tract infection
bg инфекция на пикочните пътища
cs infekce močových cest
da urinvejsinfektion
de Harnwegsinfektion
el ουρολοίμωξη
es infección urinaria
et kuseteede infektsioon
fi virtsatieinfektio
fr infection urinaire
ga ionfhabhtú conaire fuail
hr infekcija mokraćnog sustava
hu húgyúti fertőzés
it infezione delle vie urinarie
lt šlapimo takų infekcija
lv urīnceļu infekcija
mt infezzjoni fil-passaġġ tal-awrina
nl urineweginfectie
pl zakażenie układu moczowego
pt infeção urinária
ro infecție urinară
sk infekcia močových ciest
sl okužba sečil
sv urinvägsinfektion
ja 尿路感染症
zh 尿路感染
ko 요로감염
th การติดเชื้อในทางเดินปัสสาวะ
vi nhiễm trùng đường tiết niệu
tr idrar yolu enfeksiyonu
ar عدوى المسالك البولية
ru инфекция мочевыводящих путей
uk інфекція сечовивідних шляхів
hi मूत्र मार्ग संक्रमण
id infeksi saluran kemih
""",
    r"""
@pyelonephritis | 45816000 | N10 | acute
en Pyelonephritis
bg пиелонефрит
cs pyelonefritida
da nyrebækkenbetændelse
de Pyelonephritis
el πυελονεφρίτιδα
es pielonefritis
et püelonefriit
fi munuaisaltaan tulehdus
fr pyélonéphrite
ga ! no established Irish term we could confirm (the draft "piliníifríteas" looked malformed); English is used in Irish healthcare
hr pijelonefritis
hu vesemedence-gyulladás
it pielonefrite
lt pielonefritas
lv pielonefrīts
mt pjelonefrite
nl nierbekkenontsteking
pl odmiedniczkowe zapalenie nerek
pt pielonefrite
ro pielonefrită
sk pyelonefritída
sl pielonefritis
sv njurbäckeninflammation
ja 腎盂腎炎
zh 肾盂肾炎
ko 신우신염
th กรวยไตอักเสบ
vi viêm đài bể thận
tr piyelonefrit
ar التهاب الحويضة والكلية
ru пиелонефрит
uk пієлонефрит
hi पायलोनेफ्राइटिस
id pielonefritis
""",
    r"""
@sepsis | 91302008 | A41.9 | acute
en Sepsis
bg сепсис
cs sepse
da sepsis
de Sepsis
el σήψη
es sepsis
et sepsis
fi sepsis
fr sepsis
ga seipsis
hr sepsa
hu szepszis
it sepsi
lt sepsis
lv sepse
mt sepsi
nl sepsis
pl posocznica
pt sépsis
ro sepsis
sk sepsa
sl sepsa
sv sepsis
ja 敗血症
zh 脓毒症
ko 패혈증
th ภาวะติดเชื้อในกระแสเลือด
vi nhiễm khuẩn huyết
tr sepsis
ar الإنتان
ru сепсис
uk сепсис
hi सेप्सिस
id sepsis
""",
    r"""
@gastroenteritis | 25374005 | A09 | acute
en Gastroenteritis
bg гастроентерит
cs gastroenteritida
da maveinfektion
de Gastroenteritis
el γαστρεντερίτιδα
es gastroenteritis
et gastroenteriit
fi maha-suolitulehdus
fr gastro-entérite
ga gastraintríteas
hr gastroenteritis
hu gyomor-bélhurut
it gastroenterite
lt gastroenteritas
lv gastroenterīts
mt gastroenterite
nl gastro-enteritis
pl nieżyt żołądkowo-jelitowy
pt gastroenterite
ro gastroenterită
sk gastroenteritída
sl gastroenteritis
sv magsjuka
ja 胃腸炎
zh 胃肠炎
ko 위장염
th โรคกระเพาะและลำไส้อักเสบ
vi viêm dạ dày ruột
tr gastroenterit
ar التهاب المعدة والأمعاء
ru гастроэнтерит
uk гастроентерит
hi आंत्रशोथ
id gastroenteritis
""",
    r"""
@travellers_diarrhoea | 11840006 | - | acute
en Travellers' diarrhoea
bg диария на пътешествениците
cs cestovatelský průjem
da turistdiarré
de Reisediarrhö
el διάρροια των ταξιδιωτών
es diarrea del viajero
et reisikõhulahtisus
fi matkaripuli
fr diarrhée du voyageur
ga buinneach taistealaithe
hr putnički proljev
hu utazók hasmenése
it diarrea del viaggiatore
lt keliautojų viduriavimas
lv ceļotāju caureja
mt dijarea tal-vjaġġaturi
nl reizigersdiarree
pl biegunka podróżnych
pt diarreia do viajante
ro diareea călătorului
sk cestovateľská hnačka
sl potovalna driska
sv turistdiarré
ja 旅行者下痢症
zh 旅行者腹泻
ko 여행자 설사
th โรคท้องร่วงของนักเดินทาง
vi tiêu chảy du lịch
tr seyahat ishali
ar إسهال المسافرين
ru диарея путешественников
uk діарея мандрівників
hi यात्री दस्त
id diare pelancong
""",
    r"""
@dehydration | 34095006 | E86 | acute
en Dehydration
bg дехидратация
cs dehydratace
da dehydrering
de Dehydratation
el αφυδάτωση
es deshidratación
et dehüdratsioon
fi nestevajaus
fr déshydratation
ga díhiodráitiú
hr dehidracija
hu kiszáradás
it disidratazione
lt dehidratacija
lv dehidratācija
mt deidrazzjoni
nl uitdroging
pl odwodnienie
pt desidratação
ro deshidratare
sk dehydratácia
sl dehidracija
sv uttorkning
ja 脱水症
zh 脱水
ko 탈수
th ภาวะขาดน้ำ
vi mất nước
tr dehidratasyon
ar الجفاف
ru обезвоживание
uk зневоднення
hi निर्जलीकरण
id dehidrasi
""",
    r"""
@heat_stroke | - | T67.0 | acute
en Heat stroke
bg топлинен удар
cs úpal
da hedeslag
de Hitzschlag
el θερμοπληξία
es golpe de calor
et kuumarabandus
fi lämpöhalvaus
fr coup de chaleur
ga stróc teasa
hr toplinski udar
hu hőguta
it colpo di calore
lt šilumos smūgis
lv karstuma dūriens
mt puplesija tas-sħana
nl hitteberoerte
pl udar cieplny
pt golpe de calor
ro insolație
sk úpal
sl vročinska kap
sv värmeslag
ja 熱射病
zh 中暑
ko 열사병
th โรคลมแดด
vi sốc nhiệt
tr sıcak çarpması
ar ضربة الحر
ru тепловой удар
uk тепловий удар
hi लू लगना
id sengatan panas
""",
    r"""
@heat_exhaustion | - | T67.5 | acute
en Heat exhaustion
bg топлинно изтощение
cs vyčerpání z horka
da varmeudmattelse
de Hitzeerschöpfung
el θερμική εξάντληση
es agotamiento por calor
et kuumakurnatus
fi lämpöuupumus
fr épuisement dû à la chaleur
ga traochadh teasa
hr toplinska iscrpljenost
hu hőkimerülés
it esaurimento da calore
lt šilumos išsekimas
lv karstuma izsīkums
mt eżawriment tas-sħana
nl hitte-uitputting
pl wyczerpanie cieplne
pt exaustão pelo calor
ro epuizare termică
sk vyčerpanie z tepla
sl vročinska izčrpanost
sv värmeutmattning
ja 熱疲労
zh 热衰竭
ko 열탈진
th ภาวะเพลียจากความร้อน
vi kiệt sức do nóng
tr sıcak bitkinliği
ar الإنهاك الحراري
ru тепловое истощение
uk теплове виснаження
hi गर्मी से थकावट
id kelelahan akibat panas
""",
    r"""
@hypothermia | 386689009 | T68 | acute
en Hypothermia
bg хипотермия
cs podchlazení
da hypotermi
de Unterkühlung
el υποθερμία
es hipotermia
et alajahtumine
fi hypotermia
fr hypothermie
ga hipiteirme
hr hipotermija
hu kihűlés
it ipotermia
lt hipotermija
lv hipotermija
mt ipotermja
nl onderkoeling
pl hipotermia
pt hipotermia
ro hipotermie
sk podchladenie
sl podhladitev
sv nedkylning
ja 低体温症
zh 低体温症
ko 저체온증
th ภาวะตัวเย็นเกิน
vi hạ thân nhiệt
tr hipotermi
ar انخفاض حرارة الجسم
ru переохлаждение
uk переохолодження
hi अल्पताप
id hipotermia
""",
    r"""
@sunburn | - | L55.9 | acute
en Sunburn
bg слънчево изгаряне
cs spálení sluncem
da solskoldning
de Sonnenbrand
el ηλιακό έγκαυμα
es quemadura solar
et päikesepõletus
fi auringonpolttama
fr coup de soleil
ga dó gréine
hr opeklina od sunca
hu napégés
it scottatura solare
lt saulės nudegimas
lv saules apdegums
mt ħruq mix-xemx
nl zonnebrand
pl oparzenie słoneczne
pt queimadura solar
ro arsură solară
sk spálenie od slnka
sl sončna opeklina
sv solbränna
ja 日焼け
zh 晒伤
ko 햇볕 화상
th ผิวไหม้จากแดด
vi cháy nắng
tr güneş yanığı
ar حروق الشمس
ru солнечный ожог
uk сонячний опік
hi धूप से जलन
id kulit terbakar matahari
""",
    r"""
@hip_fracture | 5913000 | S72.0 | acute
en Hip fracture
bg фрактура на бедрената шийка
cs zlomenina krčku stehenní kosti
da hoftebrud
de Schenkelhalsfraktur
el κάταγμα ισχίου
es fractura de cadera
et reieluukaela murd
fi lonkkamurtuma
fr fracture du col du fémur
ga briseadh cromáin
hr prijelom vrata bedrene kosti
hu combnyaktörés
it frattura del collo del femore
lt šlaunikaulio kaklo lūžis
lv augšstilba kaula kakliņa lūzums
mt ksur fil-ġenbejn
nl heupfractuur
pl złamanie szyjki kości udowej
pt fratura do colo do fémur
ro fractură de col femural
sk zlomenina krčka stehnovej kosti
sl zlom stegneničnega vratu
sv höftfraktur
ja 大腿骨頸部骨折
zh 股骨颈骨折
ko 대퇴골 경부 골절
th กระดูกสะโพกหัก
vi gãy cổ xương đùi
tr kalça kırığı
ar كسر الورك
ru перелом шейки бедра
uk перелом шийки стегнової кістки
hi कूल्हे की हड्डी का फ्रैक्चर
id patah tulang panggul
""",
    r"""
@wrist_fracture | - | S52.5 | acute
en Wrist fracture
bg фрактура на китката
cs zlomenina zápěstí
da håndledsbrud
de Handgelenkbruch
el κάταγμα καρπού
es fractura de muñeca
et randmemurd
fi rannemurtuma
fr fracture du poignet
ga briseadh caol na láimhe
hr prijelom zapešća
hu csuklótörés
it frattura del polso
lt riešo lūžis
lv plaukstas locītavas lūzums
mt ksur fil-polz
nl polsfractuur
pl złamanie nadgarstka
pt fratura do punho
ro fractură de încheietură
sk zlomenina zápästia
sl zlom zapestja
sv handledsfraktur
ja 手首の骨折
zh 腕部骨折
ko 손목 골절
th ข้อมือหัก
vi gãy xương cổ tay
tr bilek kırığı
ar كسر الرسغ
ru перелом запястья
uk перелом зап'ястя
hi कलाई का फ्रैक्चर
id patah tulang pergelangan tangan
""",
    r"""
@fall | 1912002 | W19 | acute
en Fall
bg падане
cs pád
da fald
de Sturz
el πτώση
es caída
et kukkumine
fi kaatuminen
fr chute
ga titim
hr pad
hu elesés
it caduta
lt griuvimas
lv kritiens
mt waqgħa
nl val
pl upadek
pt queda
ro cădere
sk pád na zem
sl padec
sv fall
ja 転倒
zh 跌倒
ko 낙상
th การหกล้ม
vi té ngã
tr düşme
ar السقوط
ru падение
uk падіння
hi गिरना
id jatuh
""",
    r"""
@head_injury | 82271004 | S09.9 | acute
en Head injury
bg травма на главата
cs poranění hlavy
da hovedtraume
de Kopfverletzung
el κάκωση κεφαλής
es traumatismo craneal
et peatrauma
fi päävamma
fr traumatisme crânien
ga gortú cinn
hr ozljeda glave
hu fejsérülés
it trauma cranico
lt galvos trauma
lv galvas trauma
mt korriment fir-ras
nl hoofdletsel
pl uraz głowy
pt traumatismo craniano
ro traumatism cranian
sk poranenie hlavy
sl poškodba glave
sv skallskada
ja 頭部外傷
zh 头部外伤
ko 머리 손상
th การบาดเจ็บที่ศีรษะ
vi chấn thương đầu
tr kafa travması
ar إصابة الرأس
ru черепно-мозговая травма
uk черепно-мозкова травма
hi सिर की चोट
id cedera kepala
""",
    r"""
@concussion | 110030002 | S06.0 | acute
en Concussion
bg мозъчно сътресение
cs otřes mozku
da hjernerystelse
de Gehirnerschütterung
el διάσειση
es conmoción cerebral
et ajupõrutus
fi aivotärähdys
fr commotion cérébrale
ga comhshuaitheadh inchinne
hr potres mozga
hu agyrázkódás
it commozione cerebrale
lt smegenų sukrėtimas
lv smadzeņu satricinājums
mt konkussjoni
nl hersenschudding
pl wstrząśnienie mózgu
pt concussão cerebral
ro comoție cerebrală
sk otras mozgu
sl pretres možganov
sv hjärnskakning
ja 脳震盪
zh 脑震荡
ko 뇌진탕
th สมองกระทบกระเทือน
vi chấn động não
tr beyin sarsıntısı
ar ارتجاج الدماغ
ru сотрясение головного мозга
uk струс головного мозку
hi मस्तिष्काघात
id gegar otak
""",
    r"""
@stroke | 230690007 | I64 | acute
en Stroke
bg мозъчен инсулт
cs cévní mozková příhoda
da apopleksi
de Schlaganfall
el αγγειακό εγκεφαλικό επεισόδιο
es ictus
et insult
fi aivohalvaus
fr accident vasculaire cérébral
ga stróc
hr moždani udar
hu stroke
it ictus
lt insultas
lv insults
mt puplesija
nl beroerte
pl udar mózgu
pt acidente vascular cerebral
ro accident vascular cerebral
sk cievna mozgová príhoda
sl možganska kap
sv stroke
ja 脳卒中
zh 脑卒中
ko 뇌졸중
th โรคหลอดเลือดสมอง
vi đột quỵ
tr inme
ar السكتة الدماغية
ru инсульт
uk інсульт
hi स्ट्रोक
id stroke
""",
    r"""
@intracerebral_haemorrhage | 274100004 | I61.9 | acute
en Intracerebral haemorrhage
bg вътремозъчен кръвоизлив
cs intracerebrální krvácení
da hjerneblødning
de Hirnblutung
el ενδοεγκεφαλική αιμορραγία
es hemorragia intracerebral
et ajusisene verejooks
fi aivoverenvuoto
fr hémorragie intracérébrale
ga fuiliú ionincheann
hr intracerebralno krvarenje
hu agyvérzés
it emorragia cerebrale
lt intracerebrinis kraujavimas
lv intracerebrāla asiņošana
mt emorraġija intraċerebrali
nl hersenbloeding
pl krwotok śródmózgowy
pt hemorragia intracerebral
ro hemoragie intracerebrală
sk intracerebrálne krvácanie
sl možganska krvavitev
sv hjärnblödning
ja 脳出血
zh 脑出血
ko 뇌내출혈
th เลือดออกในสมอง
vi xuất huyết não
tr beyin kanaması
ar نزف داخل المخ
ru внутримозговое кровоизлияние
uk внутрішньомозковий крововилив
hi मस्तिष्क रक्तस्राव
id perdarahan intraserebral
""",
    r"""
@pulmonary_embolism | 59282003 | I26.9 | acute
en Pulmonary embolism
bg белодробна емболия
cs plicní embolie
da lungeemboli
de Lungenembolie
el πνευμονική εμβολή
es embolia pulmonar
et kopsuarteri trombemboolia
fi keuhkoembolia
fr embolie pulmonaire
ga eambólacht scamhógach
hr plućna embolija
hu tüdőembólia
it embolia polmonare
lt plaučių embolija
lv plaušu embolija
mt emboliżmu pulmonari
nl longembolie
pl zatorowość płucna
pt embolia pulmonar
ro embolie pulmonară
sk pľúcna embólia
sl pljučna embolija
sv lungemboli
ja 肺塞栓症
zh 肺栓塞
ko 폐색전증
th ภาวะลิ่มเลือดอุดกั้นในปอด
vi thuyên tắc phổi
tr pulmoner emboli
ar الانصمام الرئوي
ru тромбоэмболия лёгочной артерии
uk тромбоемболія легеневої артерії
hi फुफ्फुसीय अन्तःशल्यता
id emboli paru
""",
    r"""
@deep_vein_thrombosis | 128053003 | I80.2 | acute
en Deep vein thrombosis
bg дълбока венозна тромбоза
cs hluboká žilní trombóza
da dyb venetrombose
de tiefe Venenthrombose
el εν τω βάθει φλεβική θρόμβωση
es trombosis venosa profunda
et süvaveenitromboos
fi syvä laskimotukos
fr thrombose veineuse profonde
ga trombóis féithe doimhne
hr duboka venska tromboza
hu mélyvénás trombózis
it trombosi venosa profonda
lt giliųjų venų trombozė
lv dziļo vēnu tromboze
mt trombożi tal-vini fondi
nl diepveneuze trombose
pl zakrzepica żył głębokich
pt trombose venosa profunda
ro tromboză venoasă profundă
sk hlboká venózna trombóza
sl globoka venska tromboza
sv djup ventrombos
ja 深部静脈血栓症
zh 深静脉血栓形成
ko 심부정맥혈전증
th ภาวะหลอดเลือดดำส่วนลึกอุดตัน
vi huyết khối tĩnh mạch sâu
tr derin ven trombozu
ar الخثار الوريدي العميق
ru тромбоз глубоких вен
uk тромбоз глибоких вен
hi गहरी शिरा घनास्त्रता
id trombosis vena dalam
""",
    r"""
@covid_19 | 840539006 | U07.1 | acute
en COVID-19
bg COVID-19
cs onemocnění covid-19
da covid-19
de COVID-19
el νόσος COVID-19
es COVID-19
et COVID-19
fi koronavirustauti COVID-19
fr COVID-19
ga COVID-19
hr bolest COVID-19
hu COVID-19-betegség
it COVID-19
lt COVID-19 liga
lv Covid-19
mt COVID-19
nl COVID-19
pl COVID-19
pt COVID-19
ro COVID-19
sk ochorenie COVID-19
sl covid-19
sv covid-19
ja 新型コロナウイルス感染症
zh 新型冠状病毒感染
ko 코로나바이러스감염증-19
th โรคโควิด-19
vi bệnh COVID-19
tr COVID-19
ar مرض فيروس كورونا 2019
ru COVID-19
uk COVID-19
hi कोविड-19
id COVID-19
""",
    r"""
@influenza | 6142004 | J11.1 | acute
en Influenza
bg грип
cs chřipka
da influenza
de Grippe
el γρίπη
es gripe
et gripp
fi influenssa
fr grippe
ga fliú
hr gripa
hu influenza
it influenza
lt gripas
lv gripa
mt influwenza
nl griep
pl grypa
pt gripe
ro gripă
sk chrípka
sl gripa
sv influensa
ja インフルエンザ
zh 流行性感冒
ko 인플루엔자
th ไข้หวัดใหญ่
vi cúm
tr grip
ar الإنفلونزا
ru грипп
uk грип
hi इन्फ्लूएंजा
id influenza
""",
    r"""
@malaria | 61462000 | B54 | acute
en Malaria
bg малария
cs malárie
da malaria
de Malaria
el ελονοσία
es malaria
et malaaria
fi malaria
fr paludisme
ga maláire
hr malarija
hu malária
it malaria
lt maliarija
lv malārija
mt malarja
nl malaria
pl malaria
pt malária
ro malarie
sk malária
sl malarija
sv malaria
ja マラリア
zh 疟疾
ko 말라리아
th โรคมาลาเรีย
vi sốt rét
tr sıtma
ar الملاريا
ru малярия
uk малярія
hi मलेरिया
id malaria
""",
]
# ---------------------------------------------------------------- conditions: acute (2)
CONDITIONS += [
    r"""
@dengue | 38362002 | - | acute
en Dengue fever
bg денга
cs horečka dengue
da denguefeber
de Denguefieber
el δάγκειος πυρετός
es dengue
et dengue-palavik
fi denguekuume
fr dengue
ga fiabhras deinge
hr denga groznica
hu dengue-láz
it febbre dengue
lt Dengės karštligė
lv Denges drudzis
mt deni
nl knokkelkoorts
pl gorączka denga
pt dengue
ro febra dengue
sk horúčka dengue
sl denga
sv denguefeber
ja デング熱
zh 登革热
ko 뎅기열
th ไข้เลือดออก
vi sốt xuất huyết Dengue
tr dang humması
ar حمى الضنك
ru лихорадка денге
uk гарячка денге
hi डेंगू
id demam berdarah dengue
""",
    r"""
@altitude_sickness | - | T70.2 | acute
en Altitude sickness
bg височинна болест
cs výšková nemoc
da højdesyge
de Höhenkrankheit
el νόσος του υψομέτρου
es mal de altura
et kõrgustõbi
fi vuoristotauti
fr mal aigu des montagnes
ga tinneas airde
hr visinska bolest
hu hegyi betegség
it mal di montagna
lt aukščio liga
lv augstuma slimība
mt mard tal-altitudni
nl hoogteziekte
pl choroba wysokościowa
pt doença da altitude
ro rău de altitudine
sk výšková choroba
sl višinska bolezen
sv höjdsjuka
ja 高山病
zh 高原反应
ko 고산병
th โรคแพ้ความสูง
vi say độ cao
tr yükseklik hastalığı
ar داء المرتفعات
ru горная болезнь
uk гірська хвороба
hi ऊंचाई की बीमारी
id penyakit ketinggian
""",
    r"""
@food_poisoning | - | A05.9 | acute
en Food poisoning
bg хранително отравяне
cs otrava jídlem
da madforgiftning
de Lebensmittelvergiftung
el τροφική δηλητηρίαση
es intoxicación alimentaria
et toidumürgitus
fi ruokamyrkytys
fr intoxication alimentaire
ga nimhiú bia
hr trovanje hranom
hu ételmérgezés
it intossicazione alimentare
lt apsinuodijimas maistu
lv saindēšanās ar pārtiku
mt avvelenament mill-ikel
nl voedselvergiftiging
pl zatrucie pokarmowe
pt intoxicação alimentar
ro toxiinfecție alimentară
sk otrava jedlom
sl zastrupitev s hrano
sv matförgiftning
ja 食中毒
zh 食物中毒
ko 식중독
th อาหารเป็นพิษ
vi ngộ độc thực phẩm
tr gıda zehirlenmesi
ar التسمم الغذائي
ru пищевое отравление
uk харчове отруєння
hi खाद्य विषाक्तता
id keracunan makanan
""",
    r"""
@allergic_reaction | 419076005 | T78.4 | acute
en Allergic reaction
bg алергична реакция
cs alergická reakce
da allergisk reaktion
de allergische Reaktion
el αλλεργική αντίδραση
es reacción alérgica
et allergiline reaktsioon
fi allerginen reaktio
fr réaction allergique
ga frithghníomh ailléirgeach
hr alergijska reakcija
hu allergiás reakció
it reazione allergica
lt alerginė reakcija
lv alerģiska reakcija
mt reazzjoni allerġika
nl allergische reactie
pl reakcja alergiczna
pt reação alérgica
ro reacție alergică
sk alergická reakcia
sl alergijska reakcija
sv allergisk reaktion
ja アレルギー反応
zh 过敏反应
ko 알레르기 반응
th ปฏิกิริยาภูมิแพ้
vi phản ứng dị ứng
tr alerjik reaksiyon
ar رد فعل تحسسي
ru аллергическая реакция
uk алергічна реакція
hi एलर्जी प्रतिक्रिया
id reaksi alergi
""",
    r"""
@anaphylaxis | 39579001 | T78.2 | acute
en Anaphylaxis
bg анафилаксия
cs anafylaxe
da anafylaksi
de Anaphylaxie
el αναφυλαξία
es anafilaxia
et anafülaksia
fi anafylaksia
fr anaphylaxie
ga anaifiolacsas
hr anafilaksija
hu anafilaxia
it anafilassi
lt anafilaksija
lv anafilakse
mt anafilassi
nl anafylaxie
pl anafilaksja
pt anafilaxia
ro anafilaxie
sk anafylaxia
sl anafilaksija
sv anafylaxi
ja アナフィラキシー
zh 严重过敏反应
ko 아나필락시스
th ภาวะแพ้รุนแรง
vi sốc phản vệ
tr anafilaksi
ar التأق
ru анафилаксия
uk анафілаксія
hi तीव्रग्राहिता
id anafilaksis
""",
    r"""
@kidney_stone | 95570007 | N20.0 | acute
en Kidney stone
bg бъбречен камък
cs ledvinový kámen
da nyresten
de Nierenstein
el λίθος νεφρού
es cálculo renal
et neerukivi
fi munuaiskivi
fr calcul rénal
ga cloch duáin
hr bubrežni kamenac
hu vesekő
it calcolo renale
lt inkstų akmuo
lv nierakmens
mt ġebla fil-kliewi
nl niersteen
pl kamica nerkowa
pt cálculo renal
ro calcul renal
sk obličkový kameň
sl ledvični kamen
sv njursten
ja 腎結石
zh 肾结石
ko 신장결석
th นิ่วในไต
vi sỏi thận
tr böbrek taşı
ar حصى الكلى
ru камень почки
uk камінь нирки
hi गुर्दे की पथरी
id batu ginjal
""",
    r"""
@appendicitis | 74400008 | K37 | acute
en Appendicitis
bg апендицит
cs zánět slepého střeva
da blindtarmsbetændelse
de Blinddarmentzündung
el σκωληκοειδίτιδα
es apendicitis
et pimesoolepõletik
fi umpilisäketulehdus
fr appendicite
ga aipindicíteas
hr upala slijepog crijeva
hu vakbélgyulladás
it appendicite
lt apendicitas
lv apendicīts
mt appendiċite
nl blindedarmontsteking
pl zapalenie wyrostka robaczkowego
pt apendicite
ro apendicită
sk zápal slepého čreva
sl vnetje slepiča
sv blindtarmsinflammation
ja 虫垂炎
zh 阑尾炎
ko 충수염
th ไส้ติ่งอักเสบ
vi viêm ruột thừa
tr apandisit
ar التهاب الزائدة الدودية
ru аппендицит
uk апендицит
hi अपेंडिसाइटिस
id radang usus buntu
""",
    r"""
@cellulitis | 128045006 | L03.9 | acute
en Cellulitis
bg целулит
cs flegmóna
da cellulitis
de Phlegmone
el κυτταρίτιδα
es celulitis infecciosa
et flegmoon
fi selluliitti
fr cellulite infectieuse
ga ceallalíteas
hr celulitis
hu cellulitisz
it cellulite infettiva
lt celiulitas
lv celulīts
mt ċellulite
nl cellulitis
pl zapalenie tkanki łącznej
pt celulite infeciosa
ro celulită infecțioasă
sk flegmóna
sl celulitis
sv cellulit
ja 蜂窩織炎
zh 蜂窝织炎
ko 연조직염
th เซลลูไลติส
vi viêm mô tế bào
tr selülit
ar التهاب النسيج الخلوي
ru флегмона
uk флегмона
hi सेल्युलाइटिस
id selulitis
""",
    r"""
@acute_bronchitis | 10509002 | J20.9 | acute
en Acute bronchitis
bg остър бронхит
cs akutní bronchitida
da akut bronkitis
de akute Bronchitis
el οξεία βρογχίτιδα
es bronquitis aguda
et äge bronhiit
fi akuutti keuhkoputkentulehdus
fr bronchite aiguë
ga broincíteas géar
hr akutni bronhitis
hu akut hörghurut
it bronchite acuta
lt ūminis bronchitas
lv akūts bronhīts
mt bronkite akuta
nl acute bronchitis
pl ostre zapalenie oskrzeli
pt bronquite aguda
ro bronșită acută
sk akútna bronchitída
sl akutni bronhitis
sv akut bronkit
ja 急性気管支炎
zh 急性支气管炎
ko 급성 기관지염
th หลอดลมอักเสบเฉียบพลัน
vi viêm phế quản cấp
tr akut bronşit
ar التهاب القصبات الحاد
ru острый бронхит
uk гострий бронхіт
hi तीव्र ब्रोंकाइटिस
id bronkitis akut
""",
    r"""
@otitis_media | 65363002 | H66.9 | acute
en Middle ear infection
bg среден отит
cs zánět středního ucha
da mellemørebetændelse
de Mittelohrentzündung
el μέση ωτίτιδα
es otitis media
et keskkõrvapõletik
fi välikorvatulehdus
fr otite moyenne
ga ionfhabhtú na cluaise meánaí
hr upala srednjeg uha
hu középfülgyulladás
it otite media
lt vidurinės ausies uždegimas
lv vidusauss iekaisums
mt infezzjoni tal-widna tan-nofs
nl middenoorontsteking
pl zapalenie ucha środkowego
pt otite média
ro otită medie
sk zápal stredného ucha
sl vnetje srednjega ušesa
sv öroninflammation
ja 中耳炎
zh 中耳炎
ko 중이염
th หูชั้นกลางอักเสบ
vi viêm tai giữa
tr orta kulak iltihabı
ar التهاب الأذن الوسطى
ru средний отит
uk середній отит
hi मध्य कान का संक्रमण
id infeksi telinga tengah
""",
    r"""
@conjunctivitis | 9826008 | H10.9 | acute
en Conjunctivitis
bg конюнктивит
cs zánět spojivek
da øjenbetændelse
de Bindehautentzündung
el επιπεφυκίτιδα
es conjuntivitis
et konjunktiviit
fi sidekalvotulehdus
fr conjonctivite
ga toinníteas
hr konjunktivitis
hu kötőhártya-gyulladás
it congiuntivite
lt konjunktyvitas
lv konjunktivīts
mt konġuntivite
nl bindvliesontsteking
pl zapalenie spojówek
pt conjuntivite
ro conjunctivită
sk zápal spojoviek
sl vnetje očesne veznice
sv ögoninflammation
ja 結膜炎
zh 结膜炎
ko 결막염
th เยื่อบุตาอักเสบ
vi viêm kết mạc
tr konjonktivit
ar التهاب الملتحمة
ru конъюнктивит
uk кон'юнктивіт
hi नेत्रश्लेष्मलाशोथ
id konjungtivitis
""",
    r"""
@syncope | 271594007 | R55 | acute
en Fainting
bg синкоп
cs synkopa
da besvimelse
de Synkope
el συγκοπή
es síncope
et minestus
fi pyörtyminen
fr syncope
ga taom laige
hr sinkopa
hu ájulás
it sincope
lt sinkopė
lv ģībonis
mt ħass ħażin
nl flauwte
pl omdlenie
pt síncope
ro sincopă
sk synkopa
sl sinkopa
sv svimning
ja 失神
zh 晕厥
ko 실신
th อาการเป็นลมหมดสติ
vi ngất
tr bayılma
ar الإغماء
ru обморок
uk непритомність
hi बेहोशी
id pingsan
""",
    r"""
@hypoglycaemia | 302866003 | E16.2 | acute
en Hypoglycaemia
bg хипогликемия
cs hypoglykémie
da hypoglykæmi
de Hypoglykämie
el υπογλυκαιμία
es hipoglucemia
et hüpoglükeemia
fi hypoglykemia
fr hypoglycémie
ga hipiglicéime
hr hipoglikemija
hu hipoglikémia
it ipoglicemia
lt hipoglikemija
lv hipoglikēmija
mt ipogliċemija
nl hypoglykemie
pl hipoglikemia
pt hipoglicemia
ro hipoglicemie
sk hypoglykémia
sl hipoglikemija
sv hypoglykemi
ja 低血糖
zh 低血糖
ko 저혈당
th ภาวะน้ำตาลในเลือดต่ำ
vi hạ đường huyết
tr hipoglisemi
ar نقص سكر الدم
ru гипогликемия
uk гіпоглікемія
hi हाइपोग्लाइसीमिया
id hipoglikemia
""",
    r"""
@acute_kidney_injury | 14669001 | N17.9 | acute
en Acute kidney injury
bg остро бъбречно увреждане
cs akutní poškození ledvin
da akut nyreskade
de akutes Nierenversagen
el οξεία νεφρική βλάβη
es lesión renal aguda
et äge neerukahjustus
fi akuutti munuaisvaurio
fr insuffisance rénale aiguë
ga gortú géar duáin
hr akutno oštećenje bubrega
hu akut veseelégtelenség
it danno renale acuto
lt ūminis inkstų pažeidimas
lv akūts nieru bojājums
mt ħsara akuta fil-kliewi
nl acute nierschade
pl ostre uszkodzenie nerek
pt lesão renal aguda
ro leziune renală acută
sk akútne poškodenie obličiek
sl akutna ledvična okvara
sv akut njurskada
ja 急性腎障害
zh 急性肾损伤
ko 급성 콩팥손상
th ภาวะไตวายเฉียบพลัน
vi tổn thương thận cấp
tr akut böbrek hasarı
ar إصابة الكلى الحادة
ru острое повреждение почек
uk гостре пошкодження нирок
hi तीव्र गुर्दा क्षति
id cedera ginjal akut
""",
    r"""
@urinary_retention | 267064002 | R33 | acute
en Urinary retention
bg задръжка на урина
cs retence moči
da urinretention
de Harnverhalt
el επίσχεση ούρων
es retención urinaria
et kusepeetus
fi virtsaumpi
fr rétention urinaire
ga coinneáil fuail
hr retencija urina
hu vizeletrekedés
it ritenzione urinaria
lt šlapimo susilaikymas
lv urīna aizture
mt żamma tal-awrina
nl urineretentie
pl zatrzymanie moczu
pt retenção urinária
ro retenție urinară
sk retencia moču
sl zastoj urina
sv urinstämma
ja 尿閉
zh 尿潴留
ko 요폐
th ภาวะปัสสาวะคั่ง
vi bí tiểu
tr idrar retansiyonu
ar احتباس البول
ru задержка мочи
uk затримка сечі
hi मूत्र प्रतिधारण
id retensi urine
""",
    r"""
@delirium | 2776000 | F05.9 | acute
en Delirium
bg делир
cs delirium
da delirium
de Delir
el παραλήρημα
es delírium
et deliirium
fi sekavuustila
fr délirium
ga ! no established Irish term known to us
hr delirij
hu delírium
it delirium
lt delyras
lv delīrijs
mt delirju
nl delier
pl majaczenie
pt delirium
ro delir
sk delírium
sl delirij
sv delirium
ja せん妄
zh 谵妄
ko 섬망
th ภาวะสับสนเฉียบพลัน
vi mê sảng
tr deliryum
ar الهذيان
ru делирий
uk делірій
hi प्रलाप
id delirium
""",
    r"""
@gastrointestinal_bleeding | 74474003 | K92.2 | acute
en Gastrointestinal bleeding
bg стомашно-чревно кървене
cs krvácení do trávicího traktu
da blødning fra mave-tarmkanalen
de gastrointestinale Blutung
el αιμορραγία του πεπτικού
es hemorragia digestiva
et seedetrakti verejooks
fi ruoansulatuskanavan verenvuoto
fr hémorragie digestive
ga fuiliú gastraistéigeach
hr krvarenje iz probavnog sustava
hu gyomor-bélrendszeri vérzés
it emorragia gastrointestinale
lt virškinamojo trakto kraujavimas
lv gremošanas trakta asiņošana
mt fsada gastrointestinali
nl maag-darmbloeding
pl krwawienie z przewodu pokarmowego
pt hemorragia digestiva
ro hemoragie digestivă
sk krvácanie do tráviaceho traktu
sl krvavitev iz prebavil
sv gastrointestinal blödning
ja 消化管出血
zh 消化道出血
ko 위장관 출혈
th เลือดออกในทางเดินอาหาร
vi xuất huyết tiêu hoá
tr gastrointestinal kanama
ar نزيف الجهاز الهضمي
ru желудочно-кишечное кровотечение
uk шлунково-кишкова кровотеча
hi जठरांत्र रक्तस्राव
id perdarahan saluran cerna
""",
    r"""
@acute_pancreatitis | 197456007 | K85.9 | acute
en Acute pancreatitis
bg остър панкреатит
cs akutní pankreatitida
da akut pankreatitis
de akute Pankreatitis
el οξεία παγκρεατίτιδα
es pancreatitis aguda
et äge pankreatiit
fi akuutti haimatulehdus
fr pancréatite aiguë
ga paincréitíteas géar
hr akutni pankreatitis
hu akut hasnyálmirigy-gyulladás
it pancreatite acuta
lt ūminis pankreatitas
lv akūts pankreatīts
mt pankreatite akuta
nl acute pancreatitis
pl ostre zapalenie trzustki
pt pancreatite aguda
ro pancreatită acută
sk akútna pankreatitída
sl akutni pankreatitis
sv akut pankreatit
ja 急性膵炎
zh 急性胰腺炎
ko 급성 췌장염
th ตับอ่อนอักเสบเฉียบพลัน
vi viêm tuỵ cấp
tr akut pankreatit
ar التهاب البنكرياس الحاد
ru острый панкреатит
uk гострий панкреатит
hi तीव्र अग्नाशयशोथ
id pankreatitis akut
""",
    r"""
@acute_cholecystitis | 65275009 | K81.0 | acute
en Acute cholecystitis
bg остър холецистит
cs akutní cholecystitida
da akut galdeblærebetændelse
de akute Cholezystitis
el οξεία χολοκυστίτιδα
es colecistitis aguda
et äge koletsüstiit
fi akuutti sappirakkotulehdus
fr cholécystite aiguë
ga colaisistíteas géar
hr akutni kolecistitis
hu akut epehólyag-gyulladás
it colecistite acuta
lt ūminis cholecistitas
lv akūts holecistīts
mt koleċistite akuta
nl acute cholecystitis
pl ostre zapalenie pęcherzyka żółciowego
pt colecistite aguda
ro colecistită acută
sk akútna cholecystitída
sl akutni holecistitis
sv akut gallblåseinflammation
ja 急性胆嚢炎
zh 急性胆囊炎
ko 급성 담낭염
th ถุงน้ำดีอักเสบเฉียบพลัน
vi viêm túi mật cấp
tr akut kolesistit
ar التهاب المرارة الحاد
ru острый холецистит
uk гострий холецистит
hi तीव्र पित्ताशयशोथ
id kolesistitis akut
""",
    r"""
@copd_exacerbation | 195951007 | J44.1 | acute
en Acute exacerbation of COPD
bg обостряне на ХОББ
cs akutní exacerbace CHOPN
da akut exacerbation af KOL
de akute Exazerbation der COPD
el οξεία παρόξυνση ΧΑΠ
es exacerbación aguda de la EPOC
et KOK-i äge ägenemine
fi keuhkoahtaumataudin äkillinen paheneminen
fr exacerbation aiguë de BPCO
ga ! no established Irish term known to us
hr akutna egzacerbacija KOPB-a
hu COPD akut exacerbációja
it riacutizzazione di BPCO
lt LOPL paūmėjimas
lv HOPS paasinājums
mt ! no established Maltese term known to us (clinicians use the English term)
nl acute exacerbatie van COPD
pl zaostrzenie POChP
pt exacerbação aguda da DPOC
ro exacerbare acută a BPOC
sk akútna exacerbácia CHOCHP
sl akutno poslabšanje KOPB
sv akut exacerbation av KOL
ja COPD増悪
zh 慢阻肺急性加重
ko COPD 급성 악화
th โรคปอดอุดกั้นเรื้อรังกำเริบเฉียบพลัน
vi đợt cấp bệnh phổi tắc nghẽn mạn tính
tr KOAH alevlenmesi
ar تفاقم حاد لمرض الانسداد الرئوي المزمن
ru обострение ХОБЛ
uk загострення ХОЗЛ
hi सीओपीडी का तीव्र प्रकोप
id eksaserbasi akut PPOK
""",
    r"""
@epileptic_seizure | 91175000 | R56.8 | acute
en Seizure
bg гърч
cs epileptický záchvat
da krampeanfald
de Krampfanfall
el επιληπτική κρίση
es crisis epiléptica
et krambihoog
fi kouristuskohtaus
fr crise d'épilepsie
ga taom titimis
hr epileptički napadaj
hu epilepsziás roham
it crisi epilettica
lt traukulių priepuolis
lv krampju lēkme
mt aċċessjoni
nl epileptische aanval
pl napad padaczkowy
pt crise epilética
ro criză epileptică
sk epileptický záchvat
sl epileptični napad
sv krampanfall
ja けいれん発作
zh 癫痫发作
ko 발작
th อาการชัก
vi co giật
tr nöbet
ar نوبة صرع
ru судорожный приступ
uk судомний напад
hi दौरा
id kejang
""",
    r"""
@herpes_zoster | 4740000 | B02.9 | acute
en Shingles
bg херпес зостер
cs pásový opar
da helvedesild
de Gürtelrose
el έρπης ζωστήρας
es herpes zóster
et vöötohatis
fi vyöruusu
fr zona
ga ! no established Irish term known to us
hr herpes zoster
hu övsömör
it herpes zoster
lt juostinė pūslelinė
lv jostas roze
mt ! no established Maltese term known to us (clinicians use the English term)
nl gordelroos
pl półpasiec
pt zona
ro zona zoster
sk pásový opar
sl pasovec
sv bältros
ja 帯状疱疹
zh 带状疱疹
ko 대상포진
th โรคงูสวัด
vi bệnh zona
tr zona
ar الهربس النطاقي
ru опоясывающий лишай
uk оперізувальний лишай
hi हर्पीस ज़ोस्टर
id herpes zoster
""",
]
# ================================================================ devices
DEVICES += [
    r"""
@pacemaker | 14106009 | - | implanted mri_conditional
en Pacemaker
bg пейсмейкър
cs kardiostimulátor
da pacemaker
de Herzschrittmacher
el βηματοδότης
es marcapasos
et südamestimulaator
fi sydämentahdistin
fr stimulateur cardiaque
ga séadaire croí
hr elektrostimulator srca
hu pacemaker
it pacemaker
lt širdies stimuliatorius
lv elektrokardiostimulators
mt pacemaker
nl pacemaker
pl stymulator serca
pt pacemaker
ro stimulator cardiac
sk kardiostimulátor
sl srčni spodbujevalnik
sv pacemaker
ja ペースメーカー
zh 心脏起搏器
ko 심박조율기
th เครื่องกระตุ้นหัวใจ
vi máy tạo nhịp tim
tr kalp pili
ar جهاز تنظيم ضربات القلب
ru электрокардиостимулятор
uk електрокардіостимулятор
hi पेसमेकर
id alat pacu jantung
""",
    r"""
@implantable_cardioverter_defibrillator | 72506001 | - | implanted mri_conditional
en Implantable cardioverter-defibrillator
bg имплантируем кардиовертер-дефибрилатор
cs implantabilní kardioverter-defibrilátor
da implanterbar cardioverter-defibrillator
de implantierbarer Kardioverter-Defibrillator
el εμφυτεύσιμος απινιδωτής
es desfibrilador automático implantable
et implanteeritav kardioverter-defibrillaator
fi rytmihäiriötahdistin
fr défibrillateur automatique implantable
ga díshnáithíneoir inphlandaithe
hr ugradbeni kardioverter-defibrilator
hu beültethető kardioverter-defibrillátor
it defibrillatore impiantabile
lt implantuojamas kardioverteris-defibriliatorius
lv implantējams kardioverters-defibrilators
mt defibrillatur impjantabbli
nl implanteerbare cardioverter-defibrillator
pl wszczepialny kardiowerter-defibrylator
pt cardioversor-desfibrilhador implantável
ro defibrilator cardiac implantabil
sk implantabilný kardioverter-defibrilátor
sl vsadni kardioverter-defibrilator
sv implanterbar defibrillator
ja 植込み型除細動器
zh 植入式心律转复除颤器
ko 삽입형 제세동기
th เครื่องกระตุกหัวใจชนิดฝังในร่างกาย
vi máy khử rung tim cấy ghép
tr implante edilebilir kardiyoverter defibrilatör
ar مزيل الرجفان القلبي المزروع
ru имплантируемый кардиовертер-дефибриллятор
uk імплантований кардіовертер-дефібрилятор
hi प्रत्यारोपित डिफिब्रिलेटर
id defibrilator kardioverter implan
""",
    r"""
@cardiac_resynchronisation_device | - | - | implanted mri_conditional
en Cardiac resynchronisation therapy device
bg ресинхронизиращо устройство
cs resynchronizační stimulátor
da CRT-pacemaker
de CRT-Schrittmacher
el συσκευή καρδιακού επανασυγχρονισμού
es dispositivo de resincronización cardíaca
et resünkroniseeriv südamestimulaator
fi vajaatoimintatahdistin
fr stimulateur de resynchronisation cardiaque
ga ! no established Irish term known to us
hr uređaj za resinkronizacijsku terapiju srca
hu reszinkronizációs pacemaker
it dispositivo di resincronizzazione cardiaca
lt širdies resinchronizacijos prietaisas
lv sirds resinhronizācijas ierīce
mt ! no established Maltese term known to us (clinicians use the English term)
nl CRT-pacemaker
pl urządzenie do resynchronizacji serca
pt dispositivo de ressincronização cardíaca
ro dispozitiv de resincronizare cardiacă
sk resynchronizačný stimulátor
sl naprava za srčno resinhronizacijsko zdravljenje
sv CRT-pacemaker
ja 心臓再同期療法デバイス
zh 心脏再同步化治疗装置
ko 심장재동기화치료기
th เครื่องกระตุ้นหัวใจแบบปรับจังหวะการบีบตัว
vi thiết bị tái đồng bộ tim
tr kardiyak resenkronizasyon cihazı
ar جهاز إعادة تزامن القلب
ru устройство для сердечной ресинхронизирующей терапии
uk пристрій для серцевої ресинхронізуючої терапії
hi कार्डियक रीसिंक्रोनाइज़ेशन उपकरण
id perangkat resinkronisasi jantung
""",
    r"""
@implantable_loop_recorder | - | - | implanted mri_conditional
en Implantable loop recorder
bg имплантируем лууп рекордер
cs implantabilní smyčkový záznamník
da implanterbar loop-recorder
de implantierbarer Ereignisrekorder
el εμφυτεύσιμος καταγραφέας ρυθμού
es holter implantable
et implanteeritav südamerütmi salvesti
fi sydämen rytmivalvuri
fr moniteur cardiaque implantable
ga ! no established Irish term known to us
hr implantabilni snimač srčanog ritma
hu beültethető eseményrögzítő
it loop recorder impiantabile
lt implantuojamas širdies ritmo registratorius
lv implantējams sirds ritma reģistrators
mt ! no established Maltese term known to us (clinicians use the English term)
nl implanteerbare looprecorder
pl wszczepialny rejestrator arytmii
pt registador de eventos implantável
ro monitor cardiac implantabil
sk implantabilný slučkový záznamník
sl vsadni spremljevalnik srčnega ritma
sv implanterbar loop-recorder
ja 植込み型心電図記録計
zh 植入式心电监测器
ko 삽입형 심전도 기록기
th เครื่องบันทึกคลื่นไฟฟ้าหัวใจชนิดฝัง
vi máy ghi điện tim cấy dưới da
tr implante edilebilir ritim kaydedici
ar مسجل حلقي قابل للزرع
ru имплантируемый петлевой регистратор
uk імплантований петлевий реєстратор
hi प्रत्यारोपित लूप रिकॉर्डर
id perekam irama jantung implan
""",
    r"""
@ventricular_assist_device | 360064003 | - | implanted mri_unsafe
en Ventricular assist device
bg камерно помощно устройство
cs srdeční podpůrné zařízení
da venstre ventrikel-pumpe
de Herzunterstützungssystem
el συσκευή υποβοήθησης κοιλίας
es dispositivo de asistencia ventricular
et vatsakese abiseade
fi kammioavustin
fr assistance ventriculaire
ga ! no established Irish term known to us
hr uređaj za potporu klijetke
hu kamratámogató eszköz
it dispositivo di assistenza ventricolare
lt skilvelio pagalbinis prietaisas
lv kambara palīgierīce
mt ! no established Maltese term known to us (clinicians use the English term)
nl steunhart
pl urządzenie wspomagające pracę komory
pt dispositivo de assistência ventricular
ro dispozitiv de asistare ventriculară
sk komorová podporná pumpa
sl naprava za podporo prekatu
sv kammarassistans
ja 補助人工心臓
zh 心室辅助装置
ko 심실보조장치
th เครื่องช่วยการทำงานของหัวใจห้องล่าง
vi thiết bị hỗ trợ tâm thất
tr ventrikül destek cihazı
ar جهاز مساعدة البطين
ru устройство вспомогательного кровообращения
uk пристрій допоміжного кровообігу
hi वेंट्रिकुलर सहायक उपकरण
id alat bantu ventrikel
""",
    r"""
@coronary_stent | 705643001 | - | implanted mri_conditional
en Coronary stent
bg коронарен стент
cs koronární stent
da koronar stent
de Koronarstent
el στεφανιαίο stent
es stent coronario
et koronaarstent
fi sepelvaltimostentti
fr stent coronaire
ga stent corónach
hr koronarni stent
hu koszorúér-sztent
it stent coronarico
lt vainikinių arterijų stentas
lv koronārais stents
mt stent koronarju
nl coronaire stent
pl stent wieńcowy
pt stent coronário
ro stent coronarian
sk koronárny stent
sl koronarna opornica
sv kranskärlsstent
ja 冠動脈ステント
zh 冠状动脉支架
ko 관상동맥 스텐트
th ขดลวดค้ำยันหลอดเลือดหัวใจ
vi stent mạch vành
tr koroner stent
ar دعامة الشريان التاجي
ru коронарный стент
uk коронарний стент
hi कोरोनरी स्टेंट
id stent koroner
""",
    r"""
@mechanical_heart_valve | - | - | implanted mri_conditional
en Mechanical heart valve
bg механична сърдечна клапа
cs mechanická srdeční chlopeň
da mekanisk hjerteklap
de mechanische Herzklappe
el μηχανική καρδιακή βαλβίδα
es válvula cardíaca mecánica
et mehaaniline südameklapp
fi mekaaninen sydänläppä
fr valve cardiaque mécanique
ga comhla chroí mheicniúil
hr mehanički srčani zalistak
hu műbillentyű
it valvola cardiaca meccanica
lt mechaninis širdies vožtuvas
lv mehānisks sirds vārstulis
mt valv tal-qalb mekkaniku
nl mechanische hartklep
pl mechaniczna zastawka serca
pt válvula cardíaca mecânica
ro valvă cardiacă mecanică
sk mechanická srdcová chlopňa
sl mehanska srčna zaklopka
sv mekanisk hjärtklaff
ja 機械弁
zh 机械心脏瓣膜
ko 기계판막
th ลิ้นหัวใจเทียมชนิดโลหะ
vi van tim cơ học
tr mekanik kalp kapağı
ar صمام قلب ميكانيكي
ru механический клапан сердца
uk механічний клапан серця
hi यांत्रिक हृदय वाल्व
id katup jantung mekanis
""",
    r"""
@biological_heart_valve | 257343005 | - | implanted mri_conditional
en Biological heart valve
bg биологична сърдечна клапа
cs biologická srdeční chlopeň
da biologisk hjerteklap
de biologische Herzklappe
el βιολογική καρδιακή βαλβίδα
es válvula cardíaca biológica
et bioloogiline südameklapp
fi biologinen sydänläppä
fr valve cardiaque biologique
ga comhla chroí bhitheolaíoch
hr biološki srčani zalistak
hu biológiai műbillentyű
it valvola cardiaca biologica
lt biologinis širdies vožtuvas
lv bioloģisks sirds vārstulis
mt valv tal-qalb bijoloġiku
nl biologische hartklep
pl biologiczna zastawka serca
pt válvula cardíaca biológica
ro valvă cardiacă biologică
sk biologická srdcová chlopňa
sl biološka srčna zaklopka
sv biologisk hjärtklaff
ja 生体弁
zh 生物心脏瓣膜
ko 조직판막
th ลิ้นหัวใจเทียมชนิดเนื้อเยื่อ
vi van tim sinh học
tr biyolojik kalp kapağı
ar صمام قلب حيوي
ru биологический клапан сердца
uk біологічний клапан серця
hi जैविक हृदय वाल्व
id katup jantung biologis
""",
    r"""
@vascular_graft | 102303004 | - | implanted
en Vascular graft
bg съдова протеза
cs cévní protéza
da karprotese
de Gefäßprothese
el αγγειακό μόσχευμα
es prótesis vascular
et veresoonte protees
fi verisuoniproteesi
fr prothèse vasculaire
ga ! no established Irish term known to us
hr vaskularna proteza
hu érprotézis
it protesi vascolare
lt kraujagyslės protezas
lv asinsvadu protēze
mt ! no established Maltese term known to us (clinicians use the English term)
nl vaatprothese
pl proteza naczyniowa
pt prótese vascular
ro proteză vasculară
sk cievna protéza
sl žilna proteza
sv kärlprotes
ja 人工血管
zh 人工血管
ko 인조혈관
th หลอดเลือดเทียม
vi mạch máu nhân tạo
tr damar grefti
ar طعم وعائي
ru сосудистый протез
uk судинний протез
hi संवहनी ग्राफ्ट
id cangkok pembuluh darah
""",
    r"""
@carotid_stent | 413766009 | - | implanted mri_conditional
en Carotid artery stent
bg каротиден стент
cs karotický stent
da halspulsåre-stent
de Karotisstent
el καρωτιδικό stent
es stent carotídeo
et unearteri stent
fi kaulavaltimostentti
fr stent carotidien
ga stent carotach
hr karotidni stent
hu nyaki verőér sztent
it stent carotideo
lt miego arterijos stentas
lv miega artērijas stents
mt stent karotidu
nl carotisstent
pl stent tętnicy szyjnej
pt stent carotídeo
ro stent carotidian
sk karotický stent
sl karotidna opornica
sv karotisstent
ja 頸動脈ステント
zh 颈动脉支架
ko 경동맥 스텐트
th ขดลวดค้ำยันหลอดเลือดแดงคาโรติด
vi stent động mạch cảnh
tr karotis stenti
ar دعامة الشريان السباتي
ru стент сонной артерии
uk стент сонної артерії
hi कैरोटिड धमनी स्टेंट
id stent arteri karotis
""",
    r"""
@inferior_vena_cava_filter | - | - | implanted mri_conditional
en Inferior vena cava filter
bg кава филтър
cs kavální filtr
da vena cava-filter
de Vena-cava-Filter
el φίλτρο κάτω κοίλης φλέβας
es filtro de vena cava
et õõnesveeni filter
fi onttolaskimosuodatin
fr filtre cave
ga ! no established Irish term known to us
hr filtar donje šuplje vene
hu vena cava filter
it filtro cavale
lt apatinės tuščiosios venos filtras
lv apakšējās dobās vēnas filtrs
mt ! no established Maltese term known to us (clinicians use the English term)
nl venacavafilter
pl filtr żyły głównej dolnej
pt filtro da veia cava
ro filtru de venă cavă
sk kaválny filter
sl filter spodnje vene kave
sv kavafilter
ja 下大静脈フィルター
zh 下腔静脉滤器
ko 하대정맥 필터
th ตัวกรองหลอดเลือดดำใหญ่
vi lưới lọc tĩnh mạch chủ dưới
tr vena kava filtresi
ar مرشح الوريد الأجوف السفلي
ru кава-фильтр
uk кава-фільтр
hi अवर महाशिरा फ़िल्टर
id filter vena kava inferior
""",
    r"""
@insulin_pump | - | - | wearable mri_unsafe
en Insulin pump
bg инсулинова помпа
cs inzulinová pumpa
da insulinpumpe
de Insulinpumpe
el αντλία ινσουλίνης
es bomba de insulina
et insuliinipump
fi insuliinipumppu
fr pompe à insuline
ga caidéal inslin
hr inzulinska pumpa
hu inzulinpumpa
it microinfusore di insulina
lt insulino pompa
lv insulīna sūknis
mt pompa tal-insulina
nl insulinepomp
pl pompa insulinowa
pt bomba de insulina
ro pompă de insulină
sk inzulínová pumpa
sl inzulinska črpalka
sv insulinpump
ja インスリンポンプ
zh 胰岛素泵
ko 인슐린 펌프
th เครื่องปั๊มอินซูลิน
vi bơm insulin
tr insülin pompası
ar مضخة الأنسولين
ru инсулиновая помпа
uk інсулінова помпа
hi इंसुलिन पंप
id pompa insulin
""",
    r"""
@continuous_glucose_monitor | - | - | wearable mri_unsafe
en Continuous glucose monitor
bg сензор за продължително мониториране на глюкозата
cs senzor pro kontinuální monitoraci glukózy
da kontinuerlig glukosemåler
de Glukosesensor
el σύστημα συνεχούς καταγραφής γλυκόζης
es monitor continuo de glucosa
et pidev glükoosimonitor
fi jatkuvatoiminen glukoosisensori
fr capteur de glucose en continu
ga monatóir leanúnach glúcóis
hr kontinuirani mjerač glukoze
hu folyamatos glükózmonitor
it sensore per il monitoraggio continuo del glucosio
lt nuolatinis gliukozės stebėjimo jutiklis
lv nepārtrauktas glikozes monitorēšanas sensors
mt monitor kontinwu tal-glukożju
nl continue glucosemonitor
pl system ciągłego monitorowania glikemii
pt sensor de monitorização contínua da glicose
ro senzor de monitorizare continuă a glicemiei
sk senzor na kontinuálne monitorovanie glukózy
sl senzor za neprekinjeno merjenje glukoze
sv kontinuerlig glukosmätare
ja 持続血糖測定器
zh 连续血糖监测仪
ko 연속혈당측정기
th เครื่องตรวจวัดน้ำตาลต่อเนื่อง
vi thiết bị theo dõi đường huyết liên tục
tr sürekli glukoz izleme cihazı
ar جهاز مراقبة الغلوكوز المستمر
ru система непрерывного мониторинга глюкозы
uk система безперервного моніторингу глюкози
hi सतत ग्लूकोज़ मॉनिटर
id monitor glukosa berkelanjutan
""",
    r"""
@cochlear_implant | 43252007 | - | implanted mri_conditional
en Cochlear implant
bg кохлеарен имплант
cs kochleární implantát
da cochlear implant
de Cochlea-Implantat
el κοχλιακό εμφύτευμα
es implante coclear
et kohleaarimplantaat
fi sisäkorvaistute
fr implant cochléaire
ga ionchlannán cochlach
hr umjetna pužnica
hu cochleáris implantátum
it impianto cocleare
lt kochlearinis implantas
lv kohleārais implants
mt impjant kokleari
nl cochleair implantaat
pl implant ślimakowy
pt implante coclear
ro implant cohlear
sk kochleárny implantát
sl polžev vsadek
sv kokleaimplantat
ja 人工内耳
zh 人工耳蜗
ko 인공와우
th ประสาทหูเทียม
vi ốc tai điện tử
tr koklear implant
ar زراعة القوقعة
ru кохлеарный имплант
uk кохлеарний імплант
hi कॉक्लियर इम्प्लांट
id implan koklea
""",
    r"""
@hearing_aid | 6012004 | - | wearable mri_unsafe
en Hearing aid
bg слухов апарат
cs naslouchadlo
da høreapparat
de Hörgerät
el ακουστικό βαρηκοΐας
es audífono
et kuuldeaparaat
fi kuulokoje
fr aide auditive
ga áis éisteachta
hr slušni aparat
hu hallókészülék
it apparecchio acustico
lt klausos aparatas
lv dzirdes aparāts
mt apparat tas-smigħ
nl hoortoestel
pl aparat słuchowy
pt aparelho auditivo
ro proteză auditivă
sk načúvací prístroj
sl slušni aparat
sv hörapparat
ja 補聴器
zh 助听器
ko 보청기
th เครื่องช่วยฟัง
vi máy trợ thính
tr işitme cihazı
ar سماعة الأذن الطبية
ru слуховой аппарат
uk слуховий апарат
hi श्रवण यंत्र
id alat bantu dengar
""",
]
DEVICES += [
    r"""
@hip_replacement | 304120007 | - | implanted mri_conditional
en Hip replacement
bg тазобедрена ендопротеза
cs totální endoprotéza kyčelního kloubu
da hofteprotese
de Hüftprothese
el ολική αρθροπλαστική ισχίου
es prótesis de cadera
et puusaliigese endoprotees
fi lonkan tekonivel
fr prothèse de hanche
ga cromán saorga
hr endoproteza kuka
hu csípőprotézis
it protesi d'anca
lt klubo sąnario endoprotezas
lv gūžas locītavas endoprotēze
mt ġenbejn artifiċjali
nl heupprothese
pl endoproteza stawu biodrowego
pt prótese da anca
ro proteză de șold
sk endoprotéza bedrového kĺbu
sl endoproteza kolka
sv höftledsprotes
ja 人工股関節
zh 人工髋关节
ko 인공 고관절
th ข้อสะโพกเทียม
vi khớp háng nhân tạo
tr kalça protezi
ar مفصل ورك اصطناعي
ru эндопротез тазобедренного сустава
uk ендопротез кульшового суглоба
hi कृत्रिम कूल्हा
id sendi panggul buatan
""",
    r"""
@knee_replacement | - | - | implanted mri_conditional
en Knee replacement
bg колянна ендопротеза
cs totální endoprotéza kolenního kloubu
da knæprotese
de Knieprothese
el ολική αρθροπλαστική γόνατος
es prótesis de rodilla
et põlveliigese endoprotees
fi polven tekonivel
fr prothèse de genou
ga glúin shaorga
hr endoproteza koljena
hu térdprotézis
it protesi di ginocchio
lt kelio sąnario endoprotezas
lv ceļa locītavas endoprotēze
mt irkoppa artifiċjali
nl knieprothese
pl endoproteza stawu kolanowego
pt prótese do joelho
ro proteză de genunchi
sk endoprotéza kolenného kĺbu
sl endoproteza kolena
sv knäledsprotes
ja 人工膝関節
zh 人工膝关节
ko 인공 슬관절
th ข้อเข่าเทียม
vi khớp gối nhân tạo
tr diz protezi
ar مفصل ركبة اصطناعي
ru эндопротез коленного сустава
uk ендопротез колінного суглоба
hi कृत्रिम घुटना
id sendi lutut buatan
""",
    r"""
@shoulder_replacement | 303726000 | - | implanted mri_conditional
en Shoulder replacement
bg раменна ендопротеза
cs endoprotéza ramenního kloubu
da skulderprotese
de Schulterprothese
el αρθροπλαστική ώμου
es prótesis de hombro
et õlaliigese endoprotees
fi olkanivelen tekonivel
fr prothèse d'épaule
ga gualainn shaorga
hr endoproteza ramena
hu vállprotézis
it protesi di spalla
lt peties sąnario endoprotezas
lv pleca locītavas endoprotēze
mt spalla artifiċjali
nl schouderprothese
pl endoproteza stawu barkowego
pt prótese do ombro
ro proteză de umăr
sk endoprotéza ramenného kĺbu
sl endoproteza rame
sv axelledsprotes
ja 人工肩関節
zh 人工肩关节
ko 인공 어깨관절
th ข้อไหล่เทียม
vi khớp vai nhân tạo
tr omuz protezi
ar مفصل كتف اصطناعي
ru эндопротез плечевого сустава
uk ендопротез плечового суглоба
hi कृत्रिम कंधा
id sendi bahu buatan
""",
    r"""
@orthopaedic_fixation_implant | 31031000 | - | implanted mri_conditional
en Metal plates and screws in bone
bg метална остеосинтеза
cs kovový osteosyntetický materiál
da knogleplade og skruer
de Osteosynthesematerial
el μεταλλικά υλικά οστεοσύνθεσης
es material de osteosíntesis
et metallosteosüntees
fi luunsisäinen metallikiinnitys
fr matériel d'ostéosynthèse
ga plátaí agus scriúnna miotail sa chnámh
hr metalni osteosintetski materijal
hu csontegyesítő fémimplantátum
it mezzi di osteosintesi
lt metalinė osteosintezė
lv metāla osteosintēzes materiāls
mt pjanċi u viti tal-metall fl-għadam
nl osteosynthesemateriaal
pl zespolenie metalowe kości
pt material de osteossíntese
ro material de osteosinteză
sk kovový osteosyntetický materiál
sl kovinski osteosintezni material
sv osteosyntesmaterial
ja 骨接合用金属
zh 骨科内固定物
ko 골절 고정용 금속판과 나사
th โลหะดามกระดูก
vi nẹp vít kết hợp xương
tr metal plak ve vida
ar صفائح ومسامير معدنية في العظم
ru металлоостеосинтез
uk металоостеосинтез
hi हड्डी में धातु की प्लेट और पेंच
id pen dan sekrup logam pada tulang
""",
    r"""
@ventriculoperitoneal_shunt | 258593008 | - | implanted mri_conditional
en Ventriculoperitoneal shunt
bg вентрикулоперитонеален шънт
cs ventrikuloperitoneální shunt
da ventrikuloperitoneal shunt
de ventrikuloperitonealer Shunt
el κοιλιοπεριτοναϊκή παροχέτευση
es derivación ventriculoperitoneal
et ventrikuloperitoneaalne šunt
fi aivokammio-vatsaontelosuntti
fr dérivation ventriculo-péritonéale
ga ! no established Irish term known to us
hr ventrikuloperitonealni šant
hu ventriculoperitonealis sönt
it derivazione ventricolo-peritoneale
lt ventrikuloperitoninis šuntas
lv ventrikuloperitoneālais šunts
mt ! no established Maltese term known to us (clinicians use the English term)
nl ventriculoperitoneale drain
pl zastawka komorowo-otrzewnowa
pt derivação ventriculoperitoneal
ro șunt ventriculoperitoneal
sk ventrikuloperitoneálny skrat
sl ventrikuloperitonealni obvod
sv ventrikuloperitoneal shunt
ja 脳室腹腔シャント
zh 脑室腹腔分流管
ko 뇌실복강 단락
th ท่อระบายน้ำในโพรงสมองลงช่องท้อง
vi dẫn lưu não thất ổ bụng
tr ventriküloperitoneal şant
ar تحويلة بطينية صفاقية
ru вентрикулоперитонеальный шунт
uk вентрикулоперитонеальний шунт
hi वेंट्रिकुलोपेरिटोनियल शंट
id pirau ventrikuloperitoneal
""",
    r"""
@deep_brain_stimulator | - | - | implanted mri_conditional
en Deep brain stimulator
bg стимулатор за дълбока мозъчна стимулация
cs stimulátor pro hlubokou mozkovou stimulaci
da dyb hjernestimulator
de Hirnschrittmacher
el διεγέρτης εν τω βάθει εγκεφαλικής διέγερσης
es neuroestimulador cerebral profundo
et aju süvastimulaator
fi aivojen syvästimulaattori
fr stimulateur cérébral profond
ga ! no established Irish term known to us
hr stimulator za duboku moždanu stimulaciju
hu mélyagyi stimulátor
it stimolatore cerebrale profondo
lt giliosios smegenų stimuliacijos prietaisas
lv dziļās smadzeņu stimulācijas ierīce
mt ! no established Maltese term known to us (clinicians use the English term)
nl diepe hersenstimulator
pl stymulator głębokiej stymulacji mózgu
pt neuroestimulador cerebral profundo
ro stimulator cerebral profund
sk stimulátor na hlbokú mozgovú stimuláciu
sl globoki možganski stimulator
sv djup hjärnstimulator
ja 脳深部刺激装置
zh 脑深部电刺激器
ko 뇌심부자극기
th เครื่องกระตุ้นสมองส่วนลึก
vi thiết bị kích thích não sâu
tr derin beyin stimülatörü
ar جهاز التحفيز العميق للدماغ
ru стимулятор для глубокой стимуляции мозга
uk стимулятор для глибокої стимуляції мозку
hi डीप ब्रेन स्टिमुलेटर
id stimulator otak dalam
""",
    r"""
@spinal_cord_stimulator | - | - | implanted mri_conditional
en Spinal cord stimulator
bg стимулатор на гръбначния мозък
cs stimulátor míchy
da rygmarvsstimulator
de Rückenmarkstimulator
el διεγέρτης νωτιαίου μυελού
es neuroestimulador medular
et seljaajustimulaator
fi selkäydinstimulaattori
fr neurostimulateur médullaire
ga ! no established Irish term known to us
hr stimulator leđne moždine
hu gerincvelő-stimulátor
it stimolatore midollare
lt nugaros smegenų stimuliatorius
lv muguras smadzeņu stimulators
mt ! no established Maltese term known to us (clinicians use the English term)
nl ruggenmergstimulator
pl stymulator rdzenia kręgowego
pt neuroestimulador medular
ro stimulator medular
sk miechový stimulátor
sl stimulator hrbtenjače
sv ryggmärgsstimulator
ja 脊髄刺激装置
zh 脊髓刺激器
ko 척수자극기
th เครื่องกระตุ้นไขสันหลัง
vi thiết bị kích thích tuỷ sống
tr omurilik stimülatörü
ar جهاز تحفيز الحبل الشوكي
ru стимулятор спинного мозга
uk стимулятор спинного мозку
hi स्पाइनल कॉर्ड स्टिमुलेटर
id stimulator sumsum tulang belakang
""",
    r"""
@intrathecal_drug_pump | - | - | implanted mri_conditional
en Intrathecal drug pump
bg интратекална помпа
cs intratekální pumpa
da intratekal medicinpumpe
de intrathekale Medikamentenpumpe
el ενδορραχιαία αντλία φαρμάκων
es bomba de infusión intratecal
et intratekaalne ravimipump
fi intratekaalinen lääkepumppu
fr pompe intrathécale
ga ! no established Irish term known to us
hr intratekalna pumpa
hu intratekális gyógyszerpumpa
it pompa intratecale
lt intratekalinė vaistų pompa
lv intratekālais zāļu sūknis
mt ! no established Maltese term known to us (clinicians use the English term)
nl intrathecale medicatiepomp
pl pompa dokanałowa
pt bomba intratecal
ro pompă intratecală
sk intratekálna pumpa
sl intratekalna črpalka
sv intratekal läkemedelspump
ja 髄腔内薬剤投与ポンプ
zh 鞘内药物输注泵
ko 척수강내 약물 주입 펌프
th เครื่องปั๊มยาเข้าช่องไขสันหลัง
vi bơm thuốc nội tuỷ
tr intratekal ilaç pompası
ar مضخة الدواء داخل القراب
ru интратекальная помпа
uk інтратекальна помпа
hi इंट्राथेकल दवा पंप
id pompa obat intratekal
""",
    r"""
@urinary_catheter | 34759008 | - | external
en Urinary catheter
bg уретрален катетър
cs močový katétr
da kateter i blæren
de Blasenkatheter
el ουροκαθετήρας
es sonda vesical
et põiekateeter
fi virtsakatetri
fr sonde urinaire
ga caititéar fuail
hr urinarni kateter
hu húgyúti katéter
it catetere vescicale
lt šlapimo kateteris
lv urīnkatetrs
mt kateter tal-awrina
nl blaaskatheter
pl cewnik moczowy
pt algália
ro sondă urinară
sk močový katéter
sl urinski kateter
sv urinkateter
ja 尿道カテーテル
zh 导尿管
ko 요도 카테터
th สายสวนปัสสาวะ
vi ống thông tiểu
tr idrar sondası
ar قسطرة بولية
ru мочевой катетер
uk сечовий катетер
hi मूत्र कैथेटर
id kateter urine
""",
    r"""
@suprapubic_catheter | - | - | external
en Suprapubic catheter
bg надлобиен катетър
cs suprapubický katétr
da suprapubisk kateter
de suprapubischer Katheter
el υπερηβικός καθετήρας
es sonda suprapúbica
et suprapuubiline kateeter
fi suprapubinen katetri
fr cathéter sus-pubien
ga caititéar osphúbach
hr suprapubični kateter
hu suprapubicus katéter
it catetere sovrapubico
lt suprapubinis kateteris
lv suprapubiskais katetrs
mt ! no established Maltese term known to us (clinicians use the English term)
nl suprapubische katheter
pl cewnik nadłonowy
pt cateter suprapúbico
ro cateter suprapubian
sk suprapubický katéter
sl suprapubični kateter
sv suprapubisk kateter
ja 膀胱瘻カテーテル
zh 耻骨上膀胱造瘘管
ko 치골상부 카테터
th สายสวนปัสสาวะทางหน้าท้อง
vi ống thông bàng quang trên xương mu
tr suprapubik kateter
ar قسطرة فوق العانة
ru надлобковый катетер
uk надлобковий катетер
hi सुप्राप्यूबिक कैथेटर
id kateter suprapubik
""",
    r"""
@colostomy_bag | 339648008 | - | external
en Colostomy bag
bg колостомна торбичка
cs kolostomický sáček
da kolostomipose
de Kolostomiebeutel
el σάκος κολοστομίας
es bolsa de colostomía
et kolostoomikott
fi kolostomiapussi
fr poche de colostomie
ga mála colastóime
hr kolostomska vrećica
hu kolosztómazsák
it sacca per colostomia
lt kolostomos maišelis
lv kolostomas maisiņš
mt borża tal-kolostomija
nl colostomiezakje
pl worek kolostomijny
pt saco de colostomia
ro pungă de colostomie
sk kolostomické vrecko
sl kolostomska vrečka
sv kolostomipåse
ja 人工肛門パウチ
zh 结肠造口袋
ko 결장루 주머니
th ถุงอุจจาระหน้าท้อง
vi túi hậu môn nhân tạo
tr kolostomi torbası
ar كيس فغر القولون
ru калоприемник
uk калоприймач
hi कोलोस्टॉमी बैग
id kantong kolostomi
""",
    r"""
@ileostomy_bag | 417136005 | - | external
en Ileostomy bag
bg илеостомна торбичка
cs ileostomický sáček
da ileostomipose
de Ileostomiebeutel
el σάκος ειλεοστομίας
es bolsa de ileostomía
et ileostoomikott
fi ileostomiapussi
fr poche d'iléostomie
ga mála iliostóime
hr ileostomska vrećica
hu ileosztómazsák
it sacca per ileostomia
lt ileostomos maišelis
lv ileostomas maisiņš
mt borża tal-ileostomija
nl ileostomiezakje
pl worek ileostomijny
pt saco de ileostomia
ro pungă de ileostomie
sk ileostomické vrecko
sl ileostomska vrečka
sv ileostomipåse
ja 回腸ストーマパウチ
zh 回肠造口袋
ko 회장루 주머니
th ถุงรองรับลำไส้เล็กเปิดทางหน้าท้อง
vi túi hồi tràng nhân tạo
tr ileostomi torbası
ar كيس فغر اللفائفي
ru илеостомный мешок
uk ілеостомний мішок
hi इलियोस्टॉमी बैग
id kantong ileostomi
""",
    r"""
@urostomy_bag | 344088002 | - | external
en Urostomy bag
bg уростомна торбичка
cs urostomický sáček
da urostomipose
de Urostomiebeutel
el σάκος ουροστομίας
es bolsa de urostomía
et urostoomikott
fi urostomiapussi
fr poche d'urostomie
ga mála úraistóime
hr urostomska vrećica
hu urosztómazsák
it sacca per urostomia
lt urostomos maišelis
lv urostomas maisiņš
mt borża tal-urostomija
nl urostomiezakje
pl worek urostomijny
pt saco de urostomia
ro pungă de urostomie
sk urostomické vrecko
sl urostomska vrečka
sv urostomipåse
ja ウロストミーパウチ
zh 尿路造口袋
ko 요루 주머니
th ถุงปัสสาวะหน้าท้อง
vi túi nước tiểu nhân tạo
tr ürostomi torbası
ar كيس فغر المسالك البولية
ru уростомный мешок
uk уростомний мішок
hi यूरोस्टॉमी बैग
id kantong urostomi
""",
    r"""
@nephrostomy_tube | - | - | external
en Nephrostomy tube
bg нефростомен катетър
cs nefrostomický katétr
da nefrostomikateter
de Nephrostomiekatheter
el σωλήνας νεφροστομίας
es sonda de nefrostomía
et nefrostoomikateeter
fi nefrostomiakatetri
fr sonde de néphrostomie
ga ! no established Irish term known to us
hr nefrostomski kateter
hu nefrosztómás katéter
it catetere nefrostomico
lt nefrostomos kateteris
lv nefrostomas katetrs
mt ! no established Maltese term known to us (clinicians use the English term)
nl nefrostomiekatheter
pl cewnik nefrostomijny
pt cateter de nefrostomia
ro sondă de nefrostomie
sk nefrostomický katéter
sl nefrostomski kateter
sv nefrostomikateter
ja 腎瘻カテーテル
zh 肾造瘘管
ko 신루관
th สายระบายปัสสาวะจากไต
vi ống thông mở thận ra da
tr nefrostomi kateteri
ar أنبوب فغر الكلية
ru нефростомический катетер
uk нефростомічний катетер
hi नेफ्रोस्टॉमी ट्यूब
id selang nefrostomi
""",
    r"""
@tracheostomy_tube | - | - | external
en Tracheostomy tube
bg трахеостомна канюла
cs tracheostomická kanyla
da trakealkanyle
de Trachealkanüle
el τραχειοστομικός σωλήνας
es cánula de traqueostomía
et trahheostoomiakanüül
fi trakeostomiakanyyli
fr canule de trachéotomie
ga feadán traicéastóime
hr trahealna kanila
hu tracheakanül
it cannula tracheostomica
lt tracheostominis vamzdelis
lv traheostomas kanile
mt tubu tat-trakeostomija
nl tracheacanule
pl rurka tracheostomijna
pt cânula de traqueostomia
ro canulă de traheostomie
sk tracheostomická kanyla
sl trahealna kanila
sv trakeostomikanyl
ja 気管切開チューブ
zh 气管切开套管
ko 기관절개관
th ท่อเจาะคอ
vi ống mở khí quản
tr trakeostomi kanülü
ar أنبوب فغر الرغامى
ru трахеостомическая трубка
uk трахеостомічна трубка
hi ट्रेकियोस्टॉमी ट्यूब
id kanula trakeostomi
""",
    r"""
@gastrostomy_tube | - | - | external
en Feeding tube through the abdominal wall (PEG)
bg гастростомна сонда
cs perkutánní endoskopická gastrostomie
da PEG-sonde
de PEG-Sonde
el σωλήνας γαστροστομίας
es sonda de gastrostomía
et gastrostoomisond
fi gastrostooma
fr sonde de gastrostomie
ga feadán gastraistóime
hr gastrostoma
hu gasztrosztómás szonda
it sonda gastrostomica
lt gastrostomos zondas
lv gastrostomas zonde
mt tubu tal-gastrostomija
nl PEG-sonde
pl gastrostomia odżywcza
pt sonda de gastrostomia
ro sondă de gastrostomie
sk gastrostomická sonda
sl gastrostoma
sv PEG-sond
ja 胃瘻チューブ
zh 胃造瘘管
ko 위루관
th สายให้อาหารทางหน้าท้อง
vi ống mở dạ dày nuôi ăn
tr gastrostomi tüpü
ar أنبوب فغر المعدة
ru гастростомическая трубка
uk гастростомічна трубка
hi गैस्ट्रोस्टॉमी ट्यूब
id selang gastrostomi
""",
    r"""
@home_oxygen_concentrator | - | - | external
en Oxygen concentrator
bg кислороден концентратор
cs kyslíkový koncentrátor
da iltkoncentrator
de Sauerstoffkonzentrator
el συμπυκνωτής οξυγόνου
es concentrador de oxígeno
et hapnikukontsentraator
fi happirikastin
fr concentrateur d'oxygène
ga tiúchantóir ocsaigine
hr koncentrator kisika
hu oxigénkoncentrátor
it concentratore di ossigeno
lt deguonies koncentratorius
lv skābekļa koncentrators
mt konċentratur tal-ossiġnu
nl zuurstofconcentrator
pl koncentrator tlenu
pt concentrador de oxigénio
ro concentrator de oxigen
sk kyslíkový koncentrátor
sl kisikov koncentrator
sv syrgaskoncentrator
ja 酸素濃縮装置
zh 制氧机
ko 산소 발생기
th เครื่องผลิตออกซิเจน
vi máy tạo oxy
tr oksijen konsantratörü
ar مكثف الأكسجين
ru кислородный концентратор
uk кисневий концентратор
hi ऑक्सीजन कंसंट्रेटर
id konsentrator oksigen
""",
    r"""
@oxygen_cylinder | 336608004 | - | external mri_unsafe
en Oxygen cylinder
bg кислородна бутилка
cs kyslíková láhev
da iltflaske
de Sauerstoffflasche
el φιάλη οξυγόνου
es bombona de oxígeno
et hapnikuballoon
fi happipullo
fr bouteille d'oxygène
ga sorcóir ocsaigine
hr boca s kisikom
hu oxigénpalack
it bombola di ossigeno
lt deguonies balionas
lv skābekļa balons
mt ċilindru tal-ossiġnu
nl zuurstoffles
pl butla z tlenem
pt garrafa de oxigénio
ro butelie de oxigen
sk kyslíková fľaša
sl jeklenka s kisikom
sv syrgastub
ja 酸素ボンベ
zh 氧气瓶
ko 산소통
th ถังออกซิเจน
vi bình oxy
tr oksijen tüpü
ar أسطوانة أكسجين
ru кислородный баллон
uk кисневий балон
hi ऑक्सीजन सिलेंडर
id tabung oksigen
""",
    r"""
@cpap_machine | 702172008 | - | external
en CPAP machine
bg CPAP апарат
cs přístroj CPAP
da CPAP-maskine
de CPAP-Gerät
el συσκευή CPAP
es equipo de CPAP
et CPAP-aparaat
fi CPAP-laite
fr appareil de PPC
ga meaisín CPAP
hr CPAP uređaj
hu CPAP-készülék
it apparecchio per CPAP
lt CPAP aparatas
lv CPAP aparāts
mt magna tas-CPAP
nl CPAP-apparaat
pl aparat CPAP
pt aparelho de CPAP
ro aparat CPAP
sk prístroj CPAP
sl naprava CPAP
sv CPAP-apparat
ja CPAP装置
zh 持续气道正压通气机
ko 양압기
th เครื่องอัดอากาศแรงดันบวก
vi máy thở CPAP
tr CPAP cihazı
ar جهاز ضغط المجرى الهوائي الإيجابي المستمر
ru аппарат CPAP
uk апарат CPAP
hi सीपैप मशीन
id mesin CPAP
""",
    r"""
@bilevel_ventilator | 702173003 | - | external
en BiPAP machine
bg BiPAP апарат
cs přístroj BiPAP
da BiPAP-maskine
de BiPAP-Gerät
el συσκευή BiPAP
es equipo de BiPAP
et BiPAP-aparaat
fi kaksoispaineventilaattori
fr appareil de ventilation à deux niveaux de pression
ga meaisín BiPAP
hr BiPAP uređaj
hu BiPAP-készülék
it apparecchio per BiPAP
lt BiPAP aparatas
lv BiPAP aparāts
mt magna tal-BiPAP
nl BiPAP-apparaat
pl aparat BiPAP
pt aparelho de BiPAP
ro aparat BiPAP
sk prístroj BiPAP
sl naprava BiPAP
sv BiPAP-apparat
ja 二相式陽圧呼吸器
zh 双水平正压通气机
ko 이중형 양압기
th เครื่องช่วยหายใจแรงดันบวกสองระดับ
vi máy thở BiPAP
tr BiPAP cihazı
ar جهاز ضغط المجرى الهوائي الإيجابي ثنائي المستوى
ru аппарат BiPAP
uk апарат BiPAP
hi बाइपैप मशीन
id mesin BiPAP
""",
    r"""
@home_ventilator | 23562009 | - | external
en Home ventilator
bg домашен апарат за обдишване
cs domácí ventilátor
da hjemmerespirator
de Heimbeatmungsgerät
el φορητός αναπνευστήρας κατ' οίκον
es ventilador domiciliario
et koduventilaator
fi kotihengityslaite
fr ventilateur à domicile
ga aerálaí baile
hr kućni respirator
hu otthoni lélegeztetőgép
it ventilatore domiciliare
lt namų plaučių ventiliatorius
lv mājas plaušu ventilators
mt ventilatur tad-dar
nl thuisbeademingsapparaat
pl respirator domowy
pt ventilador domiciliário
ro ventilator la domiciliu
sk domáci ventilátor
sl domači ventilator
sv hemrespirator
ja 在宅人工呼吸器
zh 家用呼吸机
ko 가정용 인공호흡기
th เครื่องช่วยหายใจที่บ้าน
vi máy thở tại nhà
tr ev tipi ventilatör
ar جهاز تنفس منزلي
ru домашний аппарат ИВЛ
uk домашній апарат ШВЛ
hi घरेलू वेंटिलेटर
id ventilator rumah
""",
]
DEVICES += [
    r"""
@dentures | 27606000 | - | wearable
en Dentures
bg зъбна протеза
cs zubní protéza
da tandprotese
de Zahnprothese
el οδοντοστοιχία
es dentadura postiza
et hambaprotees
fi hammasproteesi
fr prothèse dentaire
ga fiacla bréige
hr zubna proteza
hu fogpótlás
it protesi dentaria
lt dantų protezas
lv zobu protēze
mt dentatura
nl kunstgebit
pl proteza zębowa
pt prótese dentária
ro proteză dentară
sk zubná protéza
sl zobna proteza
sv tandprotes
ja 入れ歯
zh 假牙
ko 틀니
th ฟันปลอม
vi răng giả
tr takma diş
ar طقم أسنان
ru зубной протез
uk зубний протез
hi नकली दाँत
id gigi palsu
""",
    r"""
@dental_implant | 272307009 | - | implanted
en Dental implant
bg зъбен имплант
cs zubní implantát
da tandimplantat
de Zahnimplantat
el οδοντικό εμφύτευμα
es implante dental
et hambaimplantaat
fi hammasimplantti
fr implant dentaire
ga ionchlannán fiacla
hr zubni implantat
hu fogimplantátum
it impianto dentale
lt danties implantas
lv zobu implants
mt impjant dentali
nl tandimplantaat
pl implant zębowy
pt implante dentário
ro implant dentar
sk zubný implantát
sl zobni vsadek
sv tandimplantat
ja 歯科インプラント
zh 种植牙
ko 치과 임플란트
th รากฟันเทียม
vi trụ implant nha khoa
tr diş implantı
ar زراعة الأسنان
ru зубной имплантат
uk зубний імплантат
hi दंत प्रत्यारोपण
id implan gigi
""",
    r"""
@intraocular_lens | - | - | implanted
en Intraocular lens
bg вътреочна леща
cs nitrooční čočka
da kunstig linse
de Intraokularlinse
el ενδοφακός
es lente intraocular
et silmasisene lääts
fi tekomykiö
fr implant intraoculaire
ga lionsa inshúileach
hr intraokularna leća
hu műlencse
it lente intraoculare
lt intraokulinis lęšis
lv intraokulārā lēca
mt lenti intraokulari
nl kunstlens
pl soczewka wewnątrzgałkowa
pt lente intraocular
ro cristalin artificial
sk vnútroočná šošovka
sl intraokularna leča
sv intraokulär lins
ja 眼内レンズ
zh 人工晶状体
ko 인공수정체
th เลนส์แก้วตาเทียม
vi thuỷ tinh thể nhân tạo
tr göz içi lens
ar عدسة داخل العين
ru интраокулярная линза
uk інтраокулярна лінза
hi इंट्राऑक्यूलर लेंस
id lensa intraokular
""",
    r"""
@contact_lenses | - | - | wearable
en Contact lenses
bg контактни лещи
cs kontaktní čočky
da kontaktlinser
de Kontaktlinsen
el φακοί επαφής
es lentes de contacto
et kontaktläätsed
fi piilolinssit
fr lentilles de contact
ga lionsaí tadhaill
hr kontaktne leće
hu kontaktlencse
it lenti a contatto
lt kontaktiniai lęšiai
lv kontaktlēcas
mt lentijiet tal-kuntatt
nl contactlenzen
pl soczewki kontaktowe
pt lentes de contacto
ro lentile de contact
sk kontaktné šošovky
sl kontaktne leče
sv kontaktlinser
ja コンタクトレンズ
zh 隐形眼镜
ko 콘택트렌즈
th คอนแทกต์เลนส์
vi kính áp tròng
tr kontakt lens
ar العدسات اللاصقة
ru контактные линзы
uk контактні лінзи
hi कॉन्टैक्ट लेंस
id lensa kontak
""",
    r"""
@glasses | - | - | wearable
en Glasses
bg очила
cs brýle
da briller
de Brille
el γυαλιά οράσεως
es gafas
et prillid
fi silmälasit
fr lunettes
ga spéaclaí
hr naočale
hu szemüveg
it occhiali
lt akiniai
lv brilles
mt nuċċali
nl bril
pl okulary
pt óculos
ro ochelari
sk okuliare
sl očala
sv glasögon
ja 眼鏡
zh 眼镜
ko 안경
th แว่นสายตา
vi kính mắt
tr gözlük
ar نظارات طبية
ru очки
uk окуляри
hi चश्मा
id kacamata
""",
    r"""
@breast_implant | 2282003 | - | implanted
en Breast implant
bg гръден имплант
cs prsní implantát
da brystimplantat
de Brustimplantat
el εμφύτευμα μαστού
es implante mamario
et rinnaimplantaat
fi rintaimplantti
fr implant mammaire
ga ionchlannán cíche
hr implantat dojke
hu mellimplantátum
it protesi mammaria
lt krūties implantas
lv krūšu implants
mt impjant tas-sider
nl borstimplantaat
pl implant piersi
pt implante mamário
ro implant mamar
sk prsný implantát
sl prsni vsadek
sv bröstimplantat
ja 乳房インプラント
zh 乳房假体
ko 유방 보형물
th ซิลิโคนเสริมเต้านม
vi túi độn ngực
tr meme implantı
ar غرسة الثدي
ru грудной имплантат
uk грудний імплантат
hi स्तन प्रत्यारोपण
id implan payudara
""",
    r"""
@venous_access_port | 398013009 | - | implanted mri_conditional
en Implanted venous access port
bg имплантируем венозен порт
cs implantabilní venózní port
da venøs port
de Portkatheter
el εμφυτεύσιμο σύστημα φλεβικής πρόσβασης
es reservorio venoso subcutáneo
et implanteeritav veenipordisüsteem
fi laskimoportti
fr chambre implantable
ga ! no established Irish term known to us
hr venski port
hu beültethető vénás port
it port venoso impiantabile
lt implantuojamas venų prievadas
lv implantējams venozais ports
mt ! no established Maltese term known to us (clinicians use the English term)
nl poortkatheter
pl port naczyniowy
pt cateter venoso central totalmente implantado
ro port venos implantabil
sk implantovaný venózny port
sl venska valvula
sv subkutan venport
ja 皮下埋め込み型ポート
zh 植入式静脉输液港
ko 이식형 정맥 포트
th พอร์ตให้ยาทางหลอดเลือดดำแบบฝัง
vi buồng tiêm truyền dưới da
tr implante port kateter
ar منفذ وريدي مزروع
ru имплантируемая венозная порт-система
uk імплантована венозна порт-система
hi प्रत्यारोपित शिरापरक पोर्ट
id port akses vena implan
""",
    r"""
@picc_line | - | - | external
en Peripherally inserted central catheter (PICC)
bg периферно въведен централен венозен катетър
cs periferně zavedený centrální katétr
da PICC-line
de peripher eingeführter zentralvenöser Katheter
el περιφερικά εισαγόμενος κεντρικός φλεβικός καθετήρας
es catéter central de inserción periférica
et perifeerselt paigaldatud tsentraalveenikateeter
fi PICC-katetri
fr cathéter central à insertion périphérique
ga ! no established Irish term known to us
hr periferno uveden centralni venski kateter
hu perifériásan bevezetett centrális katéter
it catetere centrale a inserimento periferico
lt periferiškai įvestas centrinis kateteris
lv perifēri ievadīts centrālais katetrs
mt ! no established Maltese term known to us (clinicians use the English term)
nl perifeer ingebrachte centraalveneuze katheter
pl centralny cewnik wprowadzany obwodowo
pt cateter central de inserção periférica
ro cateter central inserat periferic
sk periférne zavedený centrálny katéter
sl periferno vstavljen centralni venski kateter
sv perifert insatt central venkateter
ja 末梢挿入型中心静脈カテーテル
zh 经外周静脉置入中心静脉导管
ko 말초삽입형 중심정맥관
th สายสวนหลอดเลือดดำส่วนกลางที่ใส่ทางแขน
vi catheter tĩnh mạch trung tâm đặt từ ngoại vi
tr periferik yolla yerleştirilen santral kateter
ar قثطار مركزي مدخل من الطرف
ru периферически вводимый центральный катетер
uk периферично введений центральний катетер
hi परिधीय रूप से डाला गया केंद्रीय कैथेटर
id kateter vena sentral yang dipasang perifer
""",
    r"""
@dialysis_fistula | - | - | implanted
en Arteriovenous fistula for dialysis
bg артериовенозна фистула за диализа
cs arteriovenózní píštěl pro dialýzu
da AV-fistel til dialyse
de Dialyseshunt
el αρτηριοφλεβική επικοινωνία για αιμοκάθαρση
es fístula arteriovenosa para diálisis
et dialüüsifistul
fi dialyysifisteli
fr fistule artérioveineuse pour dialyse
ga fiostail artaireach-féitheach le haghaidh scagdhealaithe
hr arteriovenska fistula za dijalizu
hu dialízis fisztula
it fistola arterovenosa per dialisi
lt arterioveninė fistulė dializei
lv arteriovenozā fistula dialīzei
mt fistula arterjovenuża għad-dijalisi
nl dialyseshunt
pl przetoka tętniczo-żylna do dializ
pt fístula arteriovenosa para diálise
ro fistulă arteriovenoasă pentru dializă
sk arteriovenózna fistula na dialýzu
sl arteriovenska fistula za dializo
sv AV-fistel för dialys
ja 透析用シャント
zh 透析用动静脉内瘘
ko 투석용 동정맥루
th เส้นเลือดสำหรับฟอกไต
vi cầu nối động tĩnh mạch chạy thận
tr diyaliz fistülü
ar ناسور شرياني وريدي للغسيل الكلوي
ru артериовенозная фистула для диализа
uk артеріовенозна фістула для діалізу
hi डायलिसिस के लिए धमनीशिरा फिस्टुला
id fistula arteriovena untuk dialisis
""",
    r"""
@ureteric_stent | 286558002 | - | implanted
en Ureteric stent
bg уретерен стент
cs ureterální stent
da JJ-kateter
de Harnleiterschiene
el ουρητηρικό stent
es catéter doble J
et kusejuhi stent
fi virtsanjohdinstentti
fr sonde double J
ga stent úiréadair
hr ureteralni stent
hu ureter sztent
it stent ureterale
lt šlapimtakio stentas
lv urīnvada stents
mt stent tal-uretra
nl ureterstent
pl cewnik moczowodowy podwójne J
pt cateter duplo J
ro stent ureteral
sk ureterálny stent
sl sečevodna opornica
sv uretärstent
ja 尿管ステント
zh 输尿管支架
ko 요관 스텐트
th ท่อค้ำท่อไต
vi ống thông niệu quản
tr üreter stenti
ar دعامة الحالب
ru мочеточниковый стент
uk сечовідний стент
hi मूत्रवाहिनी स्टेंट
id stent ureter
""",
    r"""
@limb_prosthesis | 74444006 | - | wearable
en Artificial limb
bg протеза на крайник
cs protéza končetiny
da benprotese eller armprotese
de Extremitätenprothese
el τεχνητό μέλος
es prótesis de miembro
et jäsemeprotees
fi raajaproteesi
fr prothèse de membre
ga géag shaorga
hr proteza ekstremiteta
hu végtagprotézis
it protesi d'arto
lt galūnės protezas
lv ekstremitātes protēze
mt riġel jew driegħ artifiċjali
nl arm- of beenprothese
pl proteza kończyny
pt prótese de membro
ro proteză de membru
sk protéza končatiny
sl proteza uda
sv armprotes eller benprotes
ja 義肢
zh 假肢
ko 의지
th อวัยวะเทียม
vi chi giả
tr protez uzuv
ar طرف اصطناعي
ru протез конечности
uk протез кінцівки
hi कृत्रिम अंग
id tungkai palsu
""",
    r"""
@walking_stick | 360006004 | - | external
en Walking stick
bg бастун
cs vycházková hůl
da stok
de Gehstock
el μπαστούνι
es bastón
et jalutuskepp
fi kävelykeppi
fr canne
ga bata siúil
hr štap za hodanje
hu sétabot
it bastone
lt lazdelė
lv spieķis
mt bastun
nl wandelstok
pl laska
pt bengala
ro baston
sk vychádzková palica
sl sprehajalna palica
sv käpp
ja 杖
zh 手杖
ko 지팡이
th ไม้เท้า
vi gậy chống
tr baston
ar عصا المشي
ru трость
uk ціпок
hi छड़ी
id tongkat jalan
""",
    r"""
@walking_frame | 266731002 | - | external
en Walking frame
bg проходилка
cs chodítko
da gangstativ
de Gehgestell
el περπατούρα
es andador
et käimisraam
fi kävelyteline
fr déambulateur
ga fráma siúil
hr hodalica
hu járókeret
it deambulatore
lt vaikštynė
lv staigulis
mt walker
nl looprek
pl balkonik
pt andarilho
ro cadru de mers
sk chodítko
sl hodulja
sv gåbord
ja 歩行器
zh 助行架
ko 보행기
th อุปกรณ์ช่วยเดิน
vi khung tập đi
tr yürüteç
ar مشاية
ru ходунки
uk ходунки
hi वॉकर
id alat bantu jalan
""",
    r"""
@rollator | 1255320005 | - | external
en Rollator
bg ролатор
cs rolátor
da rollator
de Rollator
el περπατούρα με τροχούς
es andador con ruedas
et rulaator
fi rollaattori
fr rollator
ga fráma siúil rothaí
hr hodalica s kotačima
hu gurulós járókeret
it deambulatore con ruote
lt vaikštynė su ratukais
lv staigulis ar riteņiem
mt walker bir-roti
nl rollator
pl podpórka na kółkach
pt andarilho com rodas
ro cadru de mers cu roți
sk rolátor
sl hodulja s kolesi
sv rullator
ja 歩行車
zh 轮式助行器
ko 바퀴 달린 보행기
th รถเข็นช่วยเดิน
vi khung tập đi có bánh xe
tr tekerlekli yürüteç
ar مشاية بعجلات
ru ходунки на колёсах
uk ходунки на колесах
hi पहियों वाला वॉकर
id alat bantu jalan beroda
""",
    r"""
@wheelchair | 58938008 | - | external
en Wheelchair
bg инвалидна количка
cs invalidní vozík
da kørestol
de Rollstuhl
el αναπηρικό αμαξίδιο
es silla de ruedas
et ratastool
fi pyörätuoli
fr fauteuil roulant
ga cathaoir rothaí
hr invalidska kolica
hu kerekesszék
it sedia a rotelle
lt neįgaliojo vežimėlis
lv ratiņkrēsls
mt siġġu tar-roti
nl rolstoel
pl wózek inwalidzki
pt cadeira de rodas
ro scaun cu rotile
sk invalidný vozík
sl invalidski voziček
sv rullstol
ja 車椅子
zh 轮椅
ko 휠체어
th รถเข็นคนพิการ
vi xe lăn
tr tekerlekli sandalye
ar كرسي متحرك
ru инвалидная коляска
uk інвалідний візок
hi व्हीलचेयर
id kursi roda
""",
    r"""
@intrauterine_device | 268460000 | - | implanted mri_conditional
en Intrauterine device
bg вътрематочно устройство
cs nitroděložní tělísko
da spiral
de Intrauterinpessar
el ενδομήτρια συσκευή
es dispositivo intrauterino
et emakasisene vahend
fi kierukka
fr dispositif intra-utérin
ga feiste inúterach
hr intrauterini uložak
hu méhen belüli eszköz
it dispositivo intrauterino
lt gimdos spiralė
lv intrauterīnā spirāle
mt apparat intrauterin
nl spiraaltje
pl wkładka wewnątrzmaciczna
pt dispositivo intrauterino
ro dispozitiv intrauterin
sk vnútromaternicové teliesko
sl maternični vložek
sv spiral
ja 子宮内避妊具
zh 宫内节育器
ko 자궁 내 장치
th ห่วงอนามัย
vi vòng tránh thai
tr rahim içi araç
ar جهاز داخل الرحم
ru внутриматочная спираль
uk внутрішньоматкова спіраль
hi अंतर्गर्भाशयी उपकरण
id alat kontrasepsi dalam rahim
""",
]

if __name__ == "__main__":
    sys.exit(main())
