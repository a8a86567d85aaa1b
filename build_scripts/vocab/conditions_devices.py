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

LANGS = ("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv "
         "ja zh ko th vi tr ar ru uk hi id").split()
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "py_modules" / "wayfarer" / "terms" / "data"
SOURCES = {"snomed": "SNOMED CT International Edition", "icd10": "WHO ICD-10 (2019)"}

CONDITIONS = []  # text blocks, category "condition"
DEVICES = []     # text blocks, category "device"


def verhoeff_ok(num: str) -> bool:
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
         [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
         [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
         [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
         [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
         [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


def sctid_ok(sctid: str) -> bool:
    # 6..18 digits, no leading zero, valid Verhoeff check digit, partition
    # identifier "00" (concept, international namespace) or "10" (extension concept)
    return (sctid.isdigit() and 6 <= len(sctid) <= 18 and sctid[0] != "0"
            and sctid[-3:-1] in ("00", "10") and verhoeff_ok(sctid))


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
    concept = {"id": f"{category}.{sid}", "codes": codes, "code_sources": sources,
               "flags": flags, "terms": {l: terms[l] for l in LANGS if l in terms},
               "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
               "reviewed": {}, "synonym_group": None}
    if gaps:
        concept["gaps"] = {l: gaps[l] for l in LANGS if l in gaps}
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
        want = {"condition": ({"chronic", "acute"}, 1), "device": ({"implanted", "wearable", "external"}, 1)}[category]
        if len(set(c["flags"]) & want[0]) != want[1]:
            errors.append(f"{c['id']}: flags {c['flags']}")
    return concepts, errors


def emit(concepts, category, path):
    lines = [json.dumps(c, ensure_ascii=False) for c in concepts]
    text = ('{"format": 1, "category": "%s", "concepts": [\n' % category
            + ",\n".join(lines) + "\n]}\n")
    json.loads(text)
    path.write_text(text, encoding="utf-8")


def main():
    ok = True
    for blocks, category, name in ((CONDITIONS, "condition", "conditions.json"),
                                   (DEVICES, "device", "devices.json")):
        concepts, errors = build(blocks, category)
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        ok = ok and not errors
        emit(concepts, category, OUT / name)
        gaps = sum(len(c.get("gaps", {})) for c in concepts)
        print(f"{name}: {len(concepts)} concepts, {gaps} gaps")
    return 0 if ok else 1


# ---------------------------------------------------------------- conditions: cardiometabolic
CONDITIONS += [r"""
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
""", r"""
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
""", r"""
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
""", r"""
@hypertension | 38341003 | I10 | chronic
en Hypertension
bg артериална хипертония
cs arteriální hypertenze
da forhøjet blodtryk
de arterielle Hypertonie
el αρτηριακή υπέρταση
es hipertensión arterial
et kõrgvererõhktõbi
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
""", r"""
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
ga cardamaighapaite
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
""", r"""
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
"""]
