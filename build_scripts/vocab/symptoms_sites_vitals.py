"""Generate the symptom, body-site and vital-sign vocabulary data files.

Source of truth for py_modules/wayfarer/terms/data/{symptoms,body_sites,vital_signs}.json.
Run: python build_scripts/vocab/symptoms_sites_vitals.py   (rewrites the three JSON files)

Block format (one block per concept, blocks separated by blank lines):
    @<category>.<name> [snomed=<SCTID>] [loinc=<code>] [sg=<synonym_group>]
    <lang> <term>                 one line per language
    <lang> ! <reason>             explicit gap: no term for this language
SNOMED CT ids were written only where we were confident and must pass the Verhoeff check;
LOINC codes must pass the LOINC mod-10 check. Both are verified when this script runs.
Terms are drafted by us (provenance "wayfarer-draft", English "wayfarer"); nobody has reviewed them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# The 35 languages, in the vocabulary's order, from the one place that defines them.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "py_modules"))
from wayfarer.terms import LANGUAGES
from wayfarer.terms._codes import luhn_check_digit
from wayfarer.terms._codes import verhoeff_valid as verhoeff_ok

CODE_SOURCES = {
    "snomed": "SNOMED CT International Edition",
    "loinc": "LOINC (Regenstrief Institute)",
}

FILES = {
    "symptom": "symptoms.json",
    "body_site": "body_sites.json",
    "vital_sign": "vital_signs.json",
}


def loinc_ok(code: str) -> bool:
    num, _, check = code.partition("-")
    if not (num.isdigit() and check.isdigit() and len(check) == 1):
        return False
    return luhn_check_digit(num) == int(check)


BLOCKS: list[str] = []


def parse(text: str) -> list[dict]:
    concepts = []
    for block in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        head = lines[0]
        assert head.startswith("@"), head
        parts = head[1:].split()
        cid = parts[0]
        category = cid.split(".")[0]
        codes, sg = {}, None
        for p in parts[1:]:
            k, _, v = p.partition("=")
            if k == "sg":
                sg = v
            elif k == "snomed":
                assert v.isdigit() and verhoeff_ok(v), f"{cid}: bad SNOMED CT id {v}"
                codes[k] = v
            elif k == "loinc":
                assert loinc_ok(v), f"{cid}: bad LOINC code {v}"
                codes[k] = v
            else:
                raise ValueError(f"{cid}: unknown key {k}")
        terms, gaps = {}, {}
        for ln in lines[1:]:
            lang, _, rest = ln.partition(" ")
            assert lang in LANGUAGES, f"{cid}: unknown language {lang!r}"
            assert lang not in terms and lang not in gaps, f"{cid}: duplicate {lang}"
            rest = rest.strip()
            if rest.startswith("! "):
                gaps[lang] = rest[2:].strip()
            else:
                assert rest and rest == rest.strip(" .,;"), f"{cid}/{lang}: {rest!r}"
                terms[lang] = rest
        missing = [lg for lg in LANGUAGES if lg not in terms and lg not in gaps]
        assert not missing, f"{cid}: missing {missing}"
        concept = {
            "id": cid,
            "codes": codes,
            "code_sources": {k: CODE_SOURCES[k] for k in codes},
            "flags": [],
            "terms": {lg: terms[lg] for lg in LANGUAGES if lg in terms},
            "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
            "reviewed": {},
            "synonym_group": sg,
        }
        if gaps:
            concept["gaps"] = {lg: gaps[lg] for lg in LANGUAGES if lg in gaps}
        concepts.append((category, concept))
    return concepts


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {c: [] for c in FILES}
    seen = set()
    for text in BLOCKS:
        for category, c in parse(text):
            assert c["id"] not in seen, f"duplicate id {c['id']}"
            seen.add(c["id"])
            out[category].append(c)
    # no two concepts share a term in one language unless they share a synonym group
    owner: dict[tuple[str, str], dict] = {}
    for concepts in out.values():
        for c in concepts:
            for lg, t in c["terms"].items():
                key = (lg, t.casefold())
                if key in owner:
                    o = owner[key]
                    assert c["synonym_group"] and c["synonym_group"] == o["synonym_group"], (
                        f"{lg}: {t!r} used by {o['id']} and {c['id']}"
                    )
                owner[key] = c
    return out


def write(out: dict[str, list[dict]], data_dir: Path) -> None:
    for category, fname in FILES.items():
        if not out[category]:
            continue
        head = json.dumps({"format": 1, "category": category}, ensure_ascii=False)[:-1]
        body = ",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in out[category])
        (data_dir / fname).write_text(f'{head}, "concepts": [\n{body}\n]}}\n', encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# DATA
# ---------------------------------------------------------------------------------------------
BLOCKS.append("""
@symptom.chest_pain snomed=29857009
en chest pain
bg болка в гърдите
cs bolest na hrudi
da brystsmerter
de Brustschmerzen
el πόνος στο στήθος
es dolor torácico
et valu rinnus
fi rintakipu
fr douleur thoracique
ga pian cliabhraigh
hr bol u prsima
hu mellkasi fájdalom
it dolore toracico
lt krūtinės skausmas
lv sāpes krūtīs
mt uġigħ fis-sider
nl pijn op de borst
pl ból w klatce piersiowej
pt dor no peito
ro durere în piept
sk bolesť na hrudi
sl bolečina v prsih
sv bröstsmärta
ja 胸痛
zh 胸痛
ko 흉통
th เจ็บหน้าอก
vi đau ngực
tr göğüs ağrısı
ar ألم في الصدر
ru боль в груди
uk біль у грудях
hi सीने में दर्द
id nyeri dada

@symptom.shortness_of_breath snomed=267036007
en shortness of breath
bg задух
cs dušnost
da åndenød
de Atemnot
el δύσπνοια
es falta de aire
et hingeldus
fi hengenahdistus
fr essoufflement
ga giorra anála
hr nedostatak zraka
hu légszomj
it mancanza di respiro
lt dusulys
lv elpas trūkums
mt qtugħ ta' nifs
nl kortademigheid
pl duszność
pt falta de ar
ro lipsă de aer
sk dýchavičnosť
sl težko dihanje
sv andnöd
ja 息切れ
zh 呼吸急促
ko 호흡 곤란
th หายใจลำบาก
vi khó thở
tr nefes darlığı
ar ضيق التنفس
ru одышка
uk задишка
hi सांस फूलना
id sesak napas

@symptom.palpitations snomed=80313002
en palpitations
bg сърцебиене
cs bušení srdce
da hjertebanken
de Herzklopfen
el αίσθημα παλμών
es palpitaciones
et südamepekslemine
fi sydämentykytys
fr palpitations
ga preabadh croí
hr lupanje srca
hu szívdobogás
it palpitazioni
lt stiprus širdies plakimas
lv sirdsklauves
mt palpitazzjonijiet
nl hartkloppingen
pl kołatanie serca
pt palpitações
ro palpitații
sk búšenie srdca
sl razbijanje srca
sv hjärtklappning
ja 動悸
zh 心悸
ko 두근거림
th ใจสั่น
vi đánh trống ngực
tr çarpıntı
ar خفقان القلب
ru сердцебиение
uk серцебиття
hi दिल की धड़कन तेज़ होना
id jantung berdebar

@symptom.dizziness snomed=404640003 sg=dizziness
en dizziness
bg замайване
cs závrať
da svimmelhed
de Schwindel
el ζάλη
es mareo
et peapööritus
fi huimaus
fr étourdissements
ga meadhrán
hr vrtoglavica
hu szédülés
it capogiro
lt galvos svaigimas
lv reibonis
mt sturdament
nl duizeligheid
pl zawroty głowy
pt tontura
ro amețeală
sk závrat
sl omotica
sv yrsel
ja めまい
zh 头晕
ko 어지러움
th เวียนศีรษะ
vi chóng mặt
tr baş dönmesi
ar دوخة
ru головокружение
uk запаморочення
hi चक्कर आना
id pusing

@symptom.vertigo snomed=399153001 sg=dizziness
en vertigo
bg световъртеж
cs točení hlavy
da drejesvimmelhed
de Drehschwindel
el ίλιγγος
es vértigo
et pearinglus
fi kiertohuimaus
fr vertige
ga meadhrán
hr vrtoglavica s osjećajem vrtnje
hu forgó jellegű szédülés
it vertigine
lt sukimosi pojūtis
lv griešanās sajūta
mt vertigo
nl draaiduizeligheid
pl zawroty głowy z uczuciem wirowania
pt vertigem
ro vertij
sk točenie hlavy
sl vrtoglavica
sv svindel
ja 回転性めまい
zh 眩晕
ko 회전 어지럼증
th บ้านหมุน
vi chóng mặt quay cuồng
tr baş dönmesi
ar دوار
ru системное головокружение
uk системне запаморочення
hi सिर घूमना
id pusing berputar


@symptom.loss_of_consciousness snomed=419045004
en loss of consciousness
bg загуба на съзнание
cs ztráta vědomí
da bevidsthedstab
de Bewusstlosigkeit
el απώλεια συνείδησης
es pérdida de conciencia
et teadvusekaotus
fi tajunnan menetys
fr perte de connaissance
ga cailleadh comhfheasa
hr gubitak svijesti
hu eszméletvesztés
it perdita di coscienza
lt sąmonės netekimas
lv samaņas zudums
mt telf tas-sensi
nl bewustzijnsverlies
pl utrata przytomności
pt perda de consciência
ro pierderea cunoștinței
sk strata vedomia
sl izguba zavesti
sv medvetslöshet
ja 意識消失
zh 意识丧失
ko 의식 소실
th หมดสติ
vi mất ý thức
tr bilinç kaybı
ar فقدان الوعي
ru потеря сознания
uk втрата свідомості
hi चेतना खोना
id hilang kesadaran

@symptom.fever snomed=386661006
en fever
bg висока температура
cs horečka
da feber
de Fieber
el πυρετός
es fiebre
et palavik
fi kuume
fr fièvre
ga fiabhras
hr vrućica
hu láz
it febbre
lt karščiavimas
lv drudzis
mt temperatura għolja
nl koorts
pl gorączka
pt febre
ro febră
sk horúčka
sl vročina
sv feber
ja 発熱
zh 发烧
ko 발열
th ไข้
vi sốt
tr ateş
ar حمى
ru лихорадка
uk гарячка
hi बुखार
id demam

@symptom.chills snomed=43724002
en chills
bg втрисане
cs zimnice
da kuldegysninger
de Schüttelfrost
el ρίγη
es escalofríos
et külmavärinad
fi vilunväristykset
fr frissons
ga crith fuachta
hr zimica
hu hidegrázás
it brividi
lt šaltkrėtis
lv drebuļi
mt ! no established Maltese term we could confirm (tertir/rogħda mean trembling in general)
nl koude rillingen
pl dreszcze
pt calafrios
ro frisoane
sk zimnica
sl mrzlica
sv frossa
ja 悪寒
zh 寒战
ko 오한
th หนาวสั่น
vi ớn lạnh
tr üşüme
ar قشعريرة
ru озноб
uk озноб
hi ठंड लगना
id menggigil

@symptom.tremor snomed=26079004
en tremor
bg треперене
cs třes
da rysten
de Zittern
el τρόμος
es temblor
et värisemine
fi vapina
fr tremblements
ga crith
hr drhtanje
hu remegés
it tremore
lt drebulys
lv trīce
mt rogħda
nl trillen
pl drżenie
pt tremor
ro tremur
sk tras
sl tresenje
sv darrning
ja 震え
zh 震颤
ko 떨림
th อาการสั่น
vi run
tr titreme
ar رعشة
ru тремор
uk тремтіння
hi कंपन
id gemetar

@symptom.cough snomed=49727002
en cough
bg кашлица
cs kašel
da hoste
de Husten
el βήχας
es tos
et köha
fi yskä
fr toux
ga casacht
hr kašalj
hu köhögés
it tosse
lt kosulys
lv klepus
mt sogħla
nl hoest
pl kaszel
pt tosse
ro tuse
sk kašeľ
sl kašelj
sv hosta
ja 咳
zh 咳嗽
ko 기침
th ไอ
vi ho
tr öksürük
ar سعال
ru кашель
uk кашель
hi खांसी
id batuk

@symptom.coughing_up_blood snomed=66857006
en coughing up blood
bg храчене на кръв
cs vykašlávání krve
da hoste med blod
de Husten mit Blut
el αιμόπτυση
es tos con sangre
et vere köhimine
fi veriyskä
fr crachats de sang
ga casacht fola
hr iskašljavanje krvi
hu vérköpés
it tosse con sangue
lt kraujo atkosėjimas
lv asiņu atklepošana
mt sogħla bid-demm
nl bloed ophoesten
pl krwioplucie
pt tosse com sangue
ro tuse cu sânge
sk vykašliavanie krvi
sl izkašljevanje krvi
sv blodhosta
ja 喀血
zh 咯血
ko 객혈
th ไอเป็นเลือด
vi ho ra máu
tr kanlı öksürük
ar سعال الدم
ru кровохарканье
uk кровохаркання
hi खांसी में खून
id batuk darah

@symptom.sore_throat snomed=162397003
en sore throat
bg болно гърло
cs bolest v krku
da ondt i halsen
de Halsschmerzen
el πονόλαιμος
es dolor de garganta
et kurguvalu
fi kurkkukipu
fr mal de gorge
ga scornach thinn
hr grlobolja
hu torokfájás
it mal di gola
lt gerklės skausmas
lv kakla sāpes
mt uġigħ fil-griżmejn
nl keelpijn
pl ból gardła
pt dor de garganta
ro durere în gât
sk bolesť hrdla
sl vneto grlo
sv halsont
ja 喉の痛み
zh 喉咙痛
ko 목구멍 통증
th เจ็บคอ
vi đau họng
tr boğaz ağrısı
ar ألم الحلق
ru боль в горле
uk біль у горлі
hi गले में खराश
id sakit tenggorokan

@symptom.runny_nose snomed=64531003
en runny nose
bg хрема
cs rýma
da løbende næse
de laufende Nase
el καταρροή
es moqueo
et nohu
fi nuha
fr nez qui coule
ga srón ag rith
hr curenje nosa
hu orrfolyás
it naso che cola
lt sloga
lv iesnas
mt ! no established Maltese term we could confirm
nl loopneus
pl katar
pt corrimento nasal
ro scurgeri nazale
sk výtok z nosa
sl izcedek iz nosu
sv snuva
ja 鼻水
zh 流鼻涕
ko 콧물
th น้ำมูกไหล
vi sổ mũi
tr burun akıntısı
ar سيلان الأنف
ru насморк
uk нежить
hi नाक बहना
id pilek

@symptom.blocked_nose snomed=68235000
en blocked nose
bg запушен нос
cs ucpaný nos
da tilstoppet næse
de verstopfte Nase
el βουλωμένη μύτη
es congestión nasal
et kinnine nina
fi nenän tukkoisuus
fr nez bouché
ga srón dhúnta
hr začepljen nos
hu orrdugulás
it naso chiuso
lt užgulta nosis
lv aizlikts deguns
mt imnieħer misdud
nl verstopte neus
pl zatkany nos
pt nariz entupido
ro nas înfundat
sk upchatý nos
sl zamašen nos
sv nästäppa
ja 鼻づまり
zh 鼻塞
ko 코 막힘
th คัดจมูก
vi nghẹt mũi
tr burun tıkanıklığı
ar انسداد الأنف
ru заложенность носа
uk закладеність носа
hi नाक बंद होना
id hidung tersumbat

@symptom.sneezing snomed=76067001
en sneezing
bg кихане
cs kýchání
da nysen
de Niesen
el φτάρνισμα
es estornudos
et aevastamine
fi aivastelu
fr éternuements
ga sraothartach
hr kihanje
hu tüsszögés
it starnuti
lt čiaudulys
lv šķaudīšana
mt għatis
nl niezen
pl kichanie
pt espirros
ro strănut
sk kýchanie
sl kihanje
sv nysningar
ja くしゃみ
zh 打喷嚏
ko 재채기
th จาม
vi hắt hơi
tr hapşırma
ar عطاس
ru чихание
uk чхання
hi छींक आना
id bersin

@symptom.headache snomed=25064002
en headache
bg главоболие
cs bolest hlavy
da hovedpine
de Kopfschmerzen
el πονοκέφαλος
es dolor de cabeza
et peavalu
fi päänsärky
fr mal de tête
ga tinneas cinn
hr glavobolja
hu fejfájás
it mal di testa
lt galvos skausmas
lv galvassāpes
mt uġigħ ta' ras
nl hoofdpijn
pl ból głowy
pt dor de cabeça
ro durere de cap
sk bolesť hlavy
sl glavobol
sv huvudvärk
ja 頭痛
zh 头痛
ko 두통
th ปวดศีรษะ
vi đau đầu
tr baş ağrısı
ar صداع
ru головная боль
uk головний біль
hi सिरदर्द
id sakit kepala

@symptom.sudden_severe_headache
en sudden severe headache
bg внезапно силно главоболие
cs náhlá silná bolest hlavy
da pludselig kraftig hovedpine
de plötzliche starke Kopfschmerzen
el ξαφνικός έντονος πονοκέφαλος
es dolor de cabeza súbito e intenso
et äkiline tugev peavalu
fi äkillinen kova päänsärky
fr mal de tête soudain et violent
ga tinneas cinn tobann géar
hr iznenadna jaka glavobolja
hu hirtelen erős fejfájás
it mal di testa improvviso e violento
lt staigus stiprus galvos skausmas
lv pēkšņas stipras galvassāpes
mt uġigħ ta' ras qawwi f'daqqa
nl plotselinge hevige hoofdpijn
pl nagły silny ból głowy
pt dor de cabeça súbita e intensa
ro durere de cap bruscă și severă
sk náhla silná bolesť hlavy
sl nenaden hud glavobol
sv plötslig svår huvudvärk
ja 突然の激しい頭痛
zh 突发剧烈头痛
ko 갑작스러운 심한 두통
th ปวดศีรษะรุนแรงเฉียบพลัน
vi đau đầu dữ dội đột ngột
tr ani şiddetli baş ağrısı
ar صداع مفاجئ شديد
ru внезапная сильная головная боль
uk раптовий сильний головний біль
hi अचानक तेज़ सिरदर्द
id sakit kepala hebat mendadak

@symptom.confusion snomed=286933003
en confusion
bg объркване
cs zmatenost
da forvirring
de Verwirrtheit
el σύγχυση
es confusión
et segasus
fi sekavuus
fr confusion
ga mearbhall
hr smetenost
hu zavartság
it confusione
lt sumišimas
lv apjukums
mt konfużjoni
nl verwardheid
pl splątanie
pt confusão
ro confuzie
sk zmätenosť
sl zmedenost
sv förvirring
ja 混乱
zh 意识混乱
ko 의식 혼란
th สับสน
vi lú lẫn
tr zihin karışıklığı
ar تشوش ذهني
ru спутанность сознания
uk сплутаність свідомості
hi भ्रम
id kebingungan

@symptom.disorientation snomed=62476001
en disorientation
bg дезориентация
cs dezorientace
da desorientering
de Orientierungslosigkeit
el αποπροσανατολισμός
es desorientación
et desorientatsioon
fi desorientaatio
fr désorientation
ga ! no established Irish clinical term we could confirm
hr dezorijentiranost
hu dezorientáltság
it disorientamento
lt dezorientacija
lv dezorientācija
mt diżorjentament
nl desoriëntatie
pl dezorientacja
pt desorientação
ro dezorientare
sk dezorientácia
sl izguba orientacije
sv desorientering
ja 見当識障害
zh 定向障碍
ko 방향 감각 상실
th สับสนเรื่องเวลาและสถานที่
vi mất định hướng
tr yönelim bozukluğu
ar فقدان التوجه
ru дезориентация
uk дезорієнтація
hi दिशाभ्रम
id disorientasi

@symptom.slurred_speech snomed=289195008
en slurred speech
bg завален говор
cs nezřetelná řeč
da utydelig tale
de verwaschene Sprache
el ασαφής ομιλία
es habla arrastrada
et ebaselge kõne
fi puheen puuroutuminen
fr élocution pâteuse
ga urlabhra dhoiléir
hr nerazgovijetan govor
hu elmosódott beszéd
it parola impastata
lt neaiški kalba
lv neskaidra runa
mt taħdit mhux ċara
nl onduidelijke spraak
pl bełkotliwa mowa
pt fala arrastada
ro vorbire neclară
sk nezreteľná reč
sl nerazločen govor
sv sluddrigt tal
ja ろれつが回らない
zh 口齿不清
ko 말이 어눌함
th พูดไม่ชัด
vi nói líu lưỡi
tr peltek konuşma
ar ثقل في الكلام
ru невнятная речь
uk нечітке мовлення
hi अस्पष्ट बोली
id bicara pelo

@symptom.facial_droop
en facial droop
bg изкривено лице
cs pokleslý koutek úst
da hængende mundvig
de herabhängender Mundwinkel
el πεσμένη γωνία του στόματος
es cara caída
et longus suunurk
fi roikkuva suupieli
fr affaissement du visage
ga aghaidh tite
hr spušten kut usana
hu lecsüngő szájzug
it bocca storta
lt nukaręs burnos kampas
lv nokarens mutes kaktiņš
mt ! no established Maltese term we could confirm
nl scheve mond
pl opadnięty kącik ust
pt face descaída
ro gură strâmbă
sk pokles kútika úst
sl povešen ustni kot
sv hängande mungipa
ja 顔のゆがみ
zh 口角歪斜
ko 얼굴 처짐
th ปากเบี้ยว
vi méo miệng
tr ağız kayması
ar تدلي الوجه
ru асимметрия лица
uk асиметрія обличчя
hi चेहरा टेढ़ा होना
id wajah mencong

@symptom.one_sided_weakness snomed=50582007
en weakness on one side of the body
bg слабост в едната половина на тялото
cs slabost jedné poloviny těla
da svaghed i den ene side af kroppen
de Schwäche einer Körperseite
el αδυναμία στη μία πλευρά του σώματος
es debilidad en un lado del cuerpo
et ühe kehapoole nõrkus
fi toispuolinen heikkous
fr faiblesse d'un côté du corps
ga laige ar thaobh amháin den chorp
hr slabost jedne strane tijela
hu féloldali gyengeség
it debolezza di un lato del corpo
lt vienos kūno pusės silpnumas
lv vienas ķermeņa puses vājums
mt dgħjufija f'naħa waħda tal-ġisem
nl zwakte aan één kant van het lichaam
pl osłabienie jednej strony ciała
pt fraqueza de um lado do corpo
ro slăbiciune pe o parte a corpului
sk slabosť jednej polovice tela
sl šibkost ene strani telesa
sv svaghet i ena kroppshalvan
ja 半身の脱力
zh 一侧肢体无力
ko 한쪽 팔다리 힘 빠짐
th อ่อนแรงครึ่งซีก
vi yếu nửa người
tr vücudun bir tarafında güçsüzlük
ar ضعف في جانب واحد من الجسم
ru слабость в одной половине тела
uk слабкість в одній половині тіла
hi शरीर के एक तरफ कमज़ोरी
id lemah separuh badan

@symptom.numbness snomed=44077006
en numbness
bg изтръпване
cs necitlivost
da følelsesløshed
de Taubheitsgefühl
el μούδιασμα
es entumecimiento
et tuimus
fi puutuminen
fr engourdissement
ga mairbhe
hr utrnulost
hu zsibbadás
it intorpidimento
lt tirpimas
lv nejutīgums
mt nuqqas ta' sensazzjoni
nl gevoelloosheid
pl drętwienie
pt dormência
ro amorțeală
sk necitlivosť
sl otrplost
sv domning
ja しびれ
zh 麻木
ko 무감각
th ชา
vi tê
tr uyuşma
ar خدر
ru онемение
uk оніміння
hi सुन्नपन
id mati rasa

@symptom.pins_and_needles snomed=62507009
en pins and needles
bg мравучкане
cs mravenčení
da prikken
de Kribbeln
el μυρμήγκιασμα
es hormigueo
et surisemine
fi pistely
fr fourmillements
ga griofadach
hr trnci
hu bizsergés
it formicolio
lt dilgčiojimas
lv tirpšana
mt tnemnim
nl tintelingen
pl mrowienie
pt formigueiro
ro furnicături
sk mravčenie
sl mravljinčenje
sv myrkrypningar
ja ピリピリ感
zh 针刺感
ko 저림
th เหน็บชา
vi cảm giác kim châm
tr karıncalanma
ar تنميل
ru покалывание
uk поколювання
hi झुनझुनी
id kesemutan
""")

BLOCKS.append("""
@symptom.vomiting snomed=422400008
en vomiting
bg повръщане
cs zvracení
da opkastning
de Erbrechen
el εμετός
es vómitos
et oksendamine
fi oksentelu
fr vomissements
ga urlacan
hr povraćanje
hu hányás
it vomito
lt vėmimas
lv vemšana
mt rimettar
nl braken
pl wymioty
pt vómitos
ro vărsături
sk vracanie
sl bruhanje
sv kräkningar
ja 嘔吐
zh 呕吐
ko 구토
th อาเจียน
vi nôn
tr kusma
ar قيء
ru рвота
uk блювання
hi उल्टी
id muntah

@symptom.vomiting_blood snomed=8765009
en vomiting blood
bg повръщане на кръв
cs zvracení krve
da blodigt opkast
de Bluterbrechen
el αιματέμεση
es vómitos con sangre
et vere oksendamine
fi verioksennus
fr vomissements de sang
ga urlacan fola
hr povraćanje krvi
hu vérhányás
it vomito con sangue
lt kraujo vėmimas
lv asiņu vemšana
mt rimettar bid-demm
nl bloed braken
pl wymioty krwią
pt vómitos com sangue
ro vărsături cu sânge
sk vracanie krvi
sl bruhanje krvi
sv blodiga kräkningar
ja 吐血
zh 呕血
ko 피를 토함
th อาเจียนเป็นเลือด
vi nôn ra máu
tr kan kusma
ar تقيؤ الدم
ru рвота кровью
uk блювання кров'ю
hi खून की उल्टी
id muntah darah

@symptom.nausea snomed=422587007
en nausea
bg гадене
cs nevolnost
da kvalme
de Übelkeit
el ναυτία
es náuseas
et iiveldus
fi pahoinvointi
fr nausées
ga masmas
hr mučnina
hu hányinger
it nausea
lt pykinimas
lv slikta dūša
mt dardir
nl misselijkheid
pl nudności
pt náuseas
ro greață
sk nevoľnosť
sl slabost
sv illamående
ja 吐き気
zh 恶心
ko 메스꺼움
th คลื่นไส้
vi buồn nôn
tr bulantı
ar غثيان
ru тошнота
uk нудота
hi जी मिचलाना
id mual

@symptom.diarrhea snomed=62315008
en diarrhea
bg диария
cs průjem
da diarré
de Durchfall
el διάρροια
es diarrea
et kõhulahtisus
fi ripuli
fr diarrhée
ga buinneach
hr proljev
hu hasmenés
it diarrea
lt viduriavimas
lv caureja
mt dijarea
nl diarree
pl biegunka
pt diarreia
ro diaree
sk hnačka
sl driska
sv diarré
ja 下痢
zh 腹泻
ko 설사
th ท้องเสีย
vi tiêu chảy
tr ishal
ar إسهال
ru диарея
uk діарея
hi दस्त
id diare

@symptom.constipation snomed=14760008
en constipation
bg запек
cs zácpa
da forstoppelse
de Verstopfung
el δυσκοιλιότητα
es estreñimiento
et kõhukinnisus
fi ummetus
fr constipation
ga iatacht
hr zatvor
hu székrekedés
it stitichezza
lt vidurių užkietėjimas
lv aizcietējums
mt stitikezza
nl verstopping
pl zaparcie
pt obstipação
ro constipație
sk zápcha
sl zaprtje
sv förstoppning
ja 便秘
zh 便秘
ko 변비
th ท้องผูก
vi táo bón
tr kabızlık
ar إمساك
ru запор
uk закреп
hi कब्ज
id sembelit

@symptom.blood_in_stool snomed=405729008
en blood in stool
bg кръв в изпражненията
cs krev ve stolici
da blod i afføringen
de Blut im Stuhl
el αίμα στα κόπρανα
es sangre en las heces
et veri väljaheites
fi veri ulosteessa
fr sang dans les selles
ga fuil sa chac
hr krv u stolici
hu véres széklet
it sangue nelle feci
lt kraujas išmatose
lv asinis izkārnījumos
mt demm fl-ippurgar
nl bloed in de ontlasting
pl krew w stolcu
pt sangue nas fezes
ro sânge în scaun
sk krv v stolici
sl kri v blatu
sv blod i avföringen
ja 血便
zh 便血
ko 대변에 피
th ถ่ายเป็นเลือด
vi đi ngoài ra máu
tr dışkıda kan
ar دم في البراز
ru кровь в стуле
uk кров у калі
hi मल में खून
id darah dalam tinja

@symptom.black_stool snomed=2901004
en black tarry stool
bg черни изпражнения
cs černá stolice
da sort afføring
de schwarzer Stuhl
el μαύρα κόπρανα
es heces negras
et must väljaheide
fi musta uloste
fr selles noires
ga cac dubh
hr crna stolica
hu fekete széklet
it feci nere
lt juodos išmatos
lv melni izkārnījumi
mt ippurgar iswed
nl zwarte ontlasting
pl smolisty stolec
pt fezes negras
ro scaun negru
sk čierna stolica
sl črno blato
sv svart avföring
ja 黒色便
zh 黑便
ko 검은 변
th อุจจาระสีดำ
vi phân đen
tr siyah dışkı
ar براز أسود
ru чёрный стул
uk чорний кал
hi काला मल
id tinja hitam

@symptom.abdominal_pain snomed=21522001
en abdominal pain
bg коремна болка
cs bolest břicha
da mavesmerter
de Bauchschmerzen
el κοιλιακός πόνος
es dolor abdominal
et kõhuvalu
fi vatsakipu
fr douleur abdominale
ga pian bhoilg
hr bol u trbuhu
hu hasi fájdalom
it dolore addominale
lt pilvo skausmas
lv sāpes vēderā
mt uġigħ fiż-żaqq
nl buikpijn
pl ból brzucha
pt dor abdominal
ro durere abdominală
sk bolesť brucha
sl bolečina v trebuhu
sv buksmärta
ja 腹痛
zh 腹痛
ko 복통
th ปวดท้อง
vi đau bụng
tr karın ağrısı
ar ألم في البطن
ru боль в животе
uk біль у животі
hi पेट दर्द
id sakit perut

@symptom.heartburn snomed=16331000
en heartburn
bg киселини
cs pálení žáhy
da halsbrand
de Sodbrennen
el καούρα
es acidez de estómago
et kõrvetised
fi närästys
fr brûlures d'estomac
ga dó croí
hr žgaravica
hu gyomorégés
it bruciore di stomaco
lt rėmuo
lv grēmas
mt ħruq fl-istonku
nl brandend maagzuur
pl zgaga
pt azia
ro arsuri la stomac
sk pálenie záhy
sl zgaga
sv halsbränna
ja 胸やけ
zh 烧心
ko 속 쓰림
th แสบร้อนกลางอก
vi ợ nóng
tr mide yanması
ar حرقة المعدة
ru изжога
uk печія
hi सीने में जलन
id nyeri ulu hati

@symptom.indigestion snomed=162031009
en indigestion
bg лошо храносмилане
cs trávicí potíže
da fordøjelsesbesvær
de Verdauungsstörung
el δυσπεψία
es indigestión
et seedehäire
fi ruoansulatusvaivat
fr indigestion
ga díleá lag
hr probavne smetnje
hu emésztési zavar
it indigestione
lt virškinimo sutrikimas
lv gremošanas traucējumi
mt indiġestjoni
nl indigestie
pl niestrawność
pt indigestão
ro indigestie
sk poruchy trávenia
sl prebavne motnje
sv matsmältningsbesvär
ja 消化不良
zh 消化不良
ko 소화 불량
th อาหารไม่ย่อย
vi khó tiêu
tr hazımsızlık
ar عسر الهضم
ru несварение
uk нетравлення
hi अपच
id gangguan pencernaan

@symptom.bloating snomed=116289008
en bloating
bg подуване на корема
cs nadýmání
da oppustethed
de aufgeblähter Bauch
el φούσκωμα
es hinchazón abdominal
et puhitus
fi turvotus vatsassa
fr ballonnements
ga bolg ata
hr nadutost
hu puffadás
it gonfiore addominale
lt pilvo pūtimas
lv vēdera uzpūšanās
mt nefħa fiż-żaqq
nl opgeblazen gevoel
pl wzdęcia
pt inchaço abdominal
ro balonare
sk nadúvanie
sl napihnjenost
sv uppsvälld mage
ja 腹部膨満感
zh 腹胀
ko 복부 팽만감
th ท้องอืด
vi đầy bụng
tr şişkinlik
ar انتفاخ البطن
ru вздутие живота
uk здуття живота
hi पेट फूलना
id perut kembung

@symptom.difficulty_swallowing snomed=40739000
en difficulty swallowing
bg затруднено преглъщане
cs obtížné polykání
da synkebesvær
de Schluckbeschwerden
el δυσκολία στην κατάποση
es dificultad para tragar
et neelamisraskus
fi nielemisvaikeus
fr difficulté à avaler
ga deacracht slogadh
hr otežano gutanje
hu nyelési nehézség
it difficoltà a deglutire
lt rijimo sutrikimas
lv rīšanas traucējumi
mt diffikultà biex tibla'
nl slikproblemen
pl trudności w połykaniu
pt dificuldade em engolir
ro dificultate la înghițire
sk ťažkosti pri hltaní
sl težave s požiranjem
sv sväljningssvårigheter
ja 嚥下困難
zh 吞咽困难
ko 삼킴 곤란
th กลืนลำบาก
vi khó nuốt
tr yutma güçlüğü
ar صعوبة البلع
ru затруднённое глотание
uk утруднене ковтання
hi निगलने में कठिनाई
id sulit menelan

@symptom.loss_of_appetite snomed=79890006
en loss of appetite
bg загуба на апетит
cs nechutenství
da appetitløshed
de Appetitlosigkeit
el απώλεια όρεξης
es pérdida de apetito
et isutus
fi ruokahaluttomuus
fr perte d'appétit
ga cailleadh goile
hr gubitak apetita
hu étvágytalanság
it perdita di appetito
lt apetito stoka
lv apetītes zudums
mt nuqqas ta' aptit
nl verminderde eetlust
pl utrata apetytu
pt perda de apetite
ro pierderea poftei de mâncare
sk nechutenstvo
sl izguba apetita
sv aptitlöshet
ja 食欲不振
zh 食欲不振
ko 식욕 부진
th เบื่ออาหาร
vi chán ăn
tr iştahsızlık
ar فقدان الشهية
ru потеря аппетита
uk втрата апетиту
hi भूख न लगना
id hilang nafsu makan

@symptom.weight_loss snomed=89362005
en weight loss
bg загуба на тегло
cs úbytek hmotnosti
da vægttab
de Gewichtsverlust
el απώλεια βάρους
es pérdida de peso
et kaalulangus
fi laihtuminen
fr perte de poids
ga cailleadh meáchain
hr gubitak tjelesne težine
hu fogyás
it perdita di peso
lt svorio kritimas
lv svara zudums
mt telf ta' piż
nl gewichtsverlies
pl utrata masy ciała
pt perda de peso
ro pierdere în greutate
sk úbytok hmotnosti
sl izguba telesne teže
sv viktnedgång
ja 体重減少
zh 体重减轻
ko 체중 감소
th น้ำหนักลด
vi sụt cân
tr kilo kaybı
ar فقدان الوزن
ru потеря веса
uk втрата ваги
hi वजन कम होना
id penurunan berat badan

@symptom.painful_urination snomed=49650001
en painful urination
bg болезнено уриниране
cs bolestivé močení
da smerter ved vandladning
de Schmerzen beim Wasserlassen
el πόνος κατά την ούρηση
es dolor al orinar
et valulik urineerimine
fi kivulias virtsaaminen
fr douleur en urinant
ga pian ag fual
hr bolno mokrenje
hu fájdalmas vizelés
it dolore durante la minzione
lt skausmingas šlapinimasis
lv sāpīga urinēšana
mt uġigħ meta tgħamel l-awrina
nl pijn bij het plassen
pl ból przy oddawaniu moczu
pt dor ao urinar
ro durere la urinare
sk bolestivé močenie
sl boleče uriniranje
sv sveda vid vattenkastning
ja 排尿時痛
zh 尿痛
ko 배뇨 통증
th ปัสสาวะแสบขัด
vi tiểu buốt
tr idrarda yanma
ar ألم عند التبول
ru боль при мочеиспускании
uk біль при сечовипусканні
hi पेशाब में जलन
id nyeri saat buang air kecil

@symptom.frequent_urination snomed=162116003
en frequent urination
bg често уриниране
cs časté močení
da hyppig vandladning
de häufiges Wasserlassen
el συχνουρία
es orinar con frecuencia
et sage urineerimine
fi tiheä virtsaamistarve
fr envies fréquentes d'uriner
ga fual go minic
hr učestalo mokrenje
hu gyakori vizelés
it minzione frequente
lt dažnas šlapinimasis
lv bieža urinēšana
mt awrina frekwenti
nl vaak plassen
pl częste oddawanie moczu
pt urinar com frequência
ro urinare frecventă
sk časté močenie
sl pogosto uriniranje
sv täta urinträngningar
ja 頻尿
zh 尿频
ko 잦은 소변
th ปัสสาวะบ่อย
vi tiểu nhiều lần
tr sık idrara çıkma
ar كثرة التبول
ru частое мочеиспускание
uk часте сечовипускання
hi बार बार पेशाब आना
id sering buang air kecil

@symptom.urgent_urination snomed=75088002
en urgent need to urinate
bg неотложна нужда от уриниране
cs nucení na močení
da pludselig vandladningstrang
de Harndrang
el επιτακτική ούρηση
es urgencia para orinar
et tung urineerida
fi virtsaamispakko
fr besoin urgent d'uriner
ga ! no established Irish clinical term we could confirm
hr hitna potreba za mokrenjem
hu sürgető vizelési inger
it urgenza minzionale
lt skubus noras šlapintis
lv neatliekama vajadzība urinēt
mt ! no established Maltese term we could confirm
nl aandrang om te plassen
pl parcie na mocz
pt urgência urinária
ro nevoie urgentă de a urina
sk nutkanie na močenie
sl nujna potreba po uriniranju
sv trängningar
ja 尿意切迫感
zh 尿急
ko 급한 요의
th ปัสสาวะกลั้นไม่อยู่ทันที
vi tiểu gấp
tr ani idrar sıkışması
ar إلحاح التبول
ru императивные позывы к мочеиспусканию
uk імперативні позиви до сечовипускання
hi पेशाब की तीव्र इच्छा
id desakan buang air kecil

@symptom.night_time_urination snomed=139394000
en getting up at night to urinate
bg нощно уриниране
cs noční močení
da natlig vandladning
de nächtliches Wasserlassen
el ούρηση τη νύχτα
es orinar por la noche
et öine urineerimine
fi yövirtsaisuus
fr envies d'uriner la nuit
ga fual san oíche
hr noćno mokrenje
hu éjszakai vizelés
it minzione notturna
lt naktinis šlapinimasis
lv nakts urinēšana
mt awrina bil-lejl
nl 's nachts plassen
pl oddawanie moczu w nocy
pt urinar durante a noite
ro urinare nocturnă
sk nočné močenie
sl nočno uriniranje
sv nattliga urinträngningar
ja 夜間頻尿
zh 夜尿增多
ko 야간 배뇨
th ปัสสาวะบ่อยกลางคืน
vi tiểu đêm
tr gece idrara çıkma
ar التبول الليلي
ru ночное мочеиспускание
uk нічне сечовипускання
hi रात में बार बार पेशाब आना
id sering buang air kecil di malam hari

@symptom.blood_in_urine snomed=34436003
en blood in urine
bg кръв в урината
cs krev v moči
da blod i urinen
de Blut im Urin
el αίμα στα ούρα
es sangre en la orina
et veri uriinis
fi veri virtsassa
fr sang dans les urines
ga fuil san fhual
hr krv u mokraći
hu véres vizelet
it sangue nelle urine
lt kraujas šlapime
lv asinis urīnā
mt demm fl-awrina
nl bloed in de urine
pl krew w moczu
pt sangue na urina
ro sânge în urină
sk krv v moči
sl kri v urinu
sv blod i urinen
ja 血尿
zh 血尿
ko 소변에 피
th ปัสสาวะเป็นเลือด
vi tiểu ra máu
tr idrarda kan
ar دم في البول
ru кровь в моче
uk кров у сечі
hi पेशाब में खून
id darah dalam urine


""")

BLOCKS.append("""
@symptom.back_pain snomed=161891005
en back pain
bg болки в гърба
cs bolest zad
da rygsmerter
de Rückenschmerzen
el πόνος στην πλάτη
es dolor de espalda
et seljavalu
fi selkäkipu
fr mal de dos
ga pian droma
hr bol u leđima
hu hátfájás
it mal di schiena
lt nugaros skausmas
lv muguras sāpes
mt uġigħ fid-dahar
nl rugpijn
pl ból pleców
pt dor nas costas
ro durere de spate
sk bolesť chrbta
sl bolečina v hrbtu
sv ryggsmärta
ja 背部痛
zh 背痛
ko 등 통증
th ปวดหลัง
vi đau lưng
tr sırt ağrısı
ar ألم الظهر
ru боль в спине
uk біль у спині
hi पीठ दर्द
id sakit punggung

@symptom.low_back_pain snomed=279039007
en low back pain
bg болки в кръста
cs bolest v kříži
da lændesmerter
de Kreuzschmerzen
el οσφυαλγία
es dolor lumbar
et alaseljavalu
fi alaselkäkipu
fr lombalgie
ga pian íochtair an droma
hr bol u križima
hu derékfájás
it lombalgia
lt juosmens skausmas
lv jostasvietas sāpes
mt uġigħ fil-qiegħ tad-dahar
nl lage rugpijn
pl ból krzyża
pt dor lombar
ro durere lombară
sk bolesť krížov
sl bolečina v križu
sv ländryggssmärta
ja 腰痛
zh 腰痛
ko 요통
th ปวดหลังส่วนล่าง
vi đau thắt lưng
tr bel ağrısı
ar ألم أسفل الظهر
ru боль в пояснице
uk біль у попереку
hi कमर दर्द
id nyeri pinggang

@symptom.neck_pain snomed=81680005
en neck pain
bg болка във врата
cs bolest krku
da nakkesmerter
de Schmerzen im Nacken
el πόνος στον αυχένα
es dolor de cuello
et kaelavalu
fi niskakipu
fr douleur au cou
ga pian muiníl
hr bol u vratu
hu nyakfájás
it dolore al collo
lt kaklo skausmas
lv sāpes kaklā
mt uġigħ fl-għonq
nl nekpijn
pl ból szyi
pt dor no pescoço
ro durere de gât
sk bolesť krku
sl bolečina v vratu
sv nacksmärta
ja 首の痛み
zh 颈部疼痛
ko 목 통증
th ปวดคอ
vi đau cổ
tr boyun ağrısı
ar ألم الرقبة
ru боль в шее
uk біль у шиї
hi गर्दन में दर्द
id nyeri leher

@symptom.stiff_neck snomed=161882006
en stiff neck
bg схванат врат
cs ztuhlý krk
da stiv nakke
de steifer Nacken
el δυσκαμψία αυχένα
es rigidez de nuca
et kange kael
fi niskajäykkyys
fr raideur de la nuque
ga muineál righin
hr ukočen vrat
hu tarkómerevség
it rigidità nucale
lt sustingęs kaklas
lv stīvs kakls
mt għonq iebes
nl stijve nek
pl sztywność karku
pt rigidez da nuca
ro gât înțepenit
sk stuhnutý krk
sl otrdel vrat
sv stel nacke
ja 首のこわばり
zh 颈部僵硬
ko 목 경직
th คอแข็ง
vi cứng cổ
tr boyun sertliği
ar تيبس الرقبة
ru ригидность затылочных мышц
uk ригідність потиличних м'язів
hi गर्दन में अकड़न
id leher kaku

@symptom.joint_pain snomed=57676002
en joint pain
bg болки в ставите
cs bolest kloubů
da ledsmerter
de Gelenkschmerzen
el αρθραλγία
es dolor articular
et liigesevalu
fi nivelkipu
fr douleurs articulaires
ga pian alt
hr bol u zglobovima
hu ízületi fájdalom
it dolori articolari
lt sąnarių skausmas
lv locītavu sāpes
mt uġigħ fil-ġogi
nl gewrichtspijn
pl ból stawów
pt dor nas articulações
ro dureri articulare
sk bolesť kĺbov
sl bolečine v sklepih
sv ledvärk
ja 関節痛
zh 关节痛
ko 관절 통증
th ปวดข้อ
vi đau khớp
tr eklem ağrısı
ar ألم المفاصل
ru боль в суставах
uk біль у суглобах
hi जोड़ों में दर्द
id nyeri sendi

@symptom.muscle_pain snomed=68962001
en muscle pain
bg мускулни болки
cs bolest svalů
da muskelsmerter
de Muskelschmerzen
el μυαλγία
es dolor muscular
et lihasvalu
fi lihaskipu
fr douleurs musculaires
ga pian matáin
hr bol u mišićima
hu izomfájdalom
it dolori muscolari
lt raumenų skausmas
lv muskuļu sāpes
mt uġigħ fil-muskoli
nl spierpijn
pl ból mięśni
pt dores musculares
ro dureri musculare
sk bolesť svalov
sl bolečine v mišicah
sv muskelvärk
ja 筋肉痛
zh 肌肉痛
ko 근육통
th ปวดกล้ามเนื้อ
vi đau cơ
tr kas ağrısı
ar ألم العضلات
ru боль в мышцах
uk біль у м'язах
hi मांसपेशियों में दर्द
id nyeri otot

@symptom.muscle_cramp snomed=55300003
en muscle cramp
bg схващане на мускул
cs svalová křeč
da muskelkrampe
de Muskelkrampf
el μυϊκή κράμπα
es calambre muscular
et lihaskramp
fi lihaskouristus
fr crampe musculaire
ga crampa matáin
hr grč mišića
hu izomgörcs
it crampo muscolare
lt raumenų mėšlungis
lv muskuļu krampji
mt bugħawwieġ
nl spierkramp
pl skurcz mięśni
pt cãibra muscular
ro crampă musculară
sk svalový kŕč
sl mišični krč
sv muskelkramp
ja 筋肉のけいれん
zh 肌肉痉挛
ko 근육 경련
th ตะคริว
vi chuột rút
tr kas krampı
ar تشنج عضلي
ru мышечная судорога
uk м'язова судома
hi मांसपेशियों में ऐंठन
id kram otot

@symptom.muscle_weakness snomed=26544005
en muscle weakness
bg мускулна слабост
cs svalová slabost
da muskelsvaghed
de Muskelschwäche
el μυϊκή αδυναμία
es debilidad muscular
et lihasnõrkus
fi lihasheikkous
fr faiblesse musculaire
ga laige matán
hr slabost mišića
hu izomgyengeség
it debolezza muscolare
lt raumenų silpnumas
lv muskuļu vājums
mt dgħjufija fil-muskoli
nl spierzwakte
pl osłabienie mięśni
pt fraqueza muscular
ro slăbiciune musculară
sk svalová slabosť
sl mišična oslabelost
sv muskelsvaghet
ja 筋力低下
zh 肌无力
ko 근력 약화
th กล้ามเนื้ออ่อนแรง
vi yếu cơ
tr kas güçsüzlüğü
ar ضعف العضلات
ru мышечная слабость
uk м'язова слабкість
hi मांसपेशियों में कमज़ोरी
id kelemahan otot

@symptom.leg_pain snomed=10601006
en leg pain
bg болка в крака
cs bolest nohy
da smerter i benet
de Beinschmerzen
el πόνος στο πόδι
es dolor de pierna
et jalavalu
fi jalkakipu
fr douleur à la jambe
ga pian coise
hr bol u nozi
hu lábfájás
it dolore alla gamba
lt kojos skausmas
lv kājas sāpes
mt uġigħ fir-riġel
nl beenpijn
pl ból nogi
pt dor na perna
ro durere de picior
sk bolesť nohy
sl bolečina v nogi
sv bensmärta
ja 脚の痛み
zh 腿痛
ko 다리 통증
th ปวดขา
vi đau chân
tr bacak ağrısı
ar ألم الساق
ru боль в ноге
uk біль у нозі
hi पैर में दर्द
id nyeri kaki

@symptom.arm_pain snomed=102556003
en arm pain
bg болка в ръката
cs bolest paže
da smerter i armen
de Armschmerzen
el πόνος στο χέρι
es dolor de brazo
et käevalu
fi käsivarsikipu
fr douleur au bras
ga pian láimhe
hr bol u ruci
hu karfájás
it dolore al braccio
lt rankos skausmas
lv rokas sāpes
mt uġigħ fid-driegħ
nl pijn in de arm
pl ból ręki
pt dor no braço
ro durere de braț
sk bolesť ruky
sl bolečina v roki
sv smärta i armen
ja 腕の痛み
zh 手臂疼痛
ko 팔 통증
th ปวดแขน
vi đau tay
tr kol ağrısı
ar ألم الذراع
ru боль в руке
uk біль у руці
hi बाँह में दर्द
id nyeri lengan

@symptom.foot_pain snomed=47933007
en foot pain
bg болка в стъпалото
cs bolest chodidla
da fodsmerter
de Fußschmerzen
el πόνος στο πέλμα
es dolor de pie
et jalalabavalu
fi jalkaterän kipu
fr douleur au pied
ga pian coise íochtair
hr bol u stopalu
hu lábfejfájás
it dolore al piede
lt pėdos skausmas
lv pēdas sāpes
mt uġigħ fis-sieq
nl voetpijn
pl ból stopy
pt dor no pé
ro durere de talpă
sk bolesť chodidla
sl bolečina v stopalu
sv fotsmärta
ja 足の痛み
zh 足痛
ko 발 통증
th ปวดเท้า
vi đau bàn chân
tr ayak ağrısı
ar ألم القدم
ru боль в стопе
uk біль у стопі
hi तलवे में दर्द
id nyeri telapak kaki

@symptom.shoulder_pain snomed=45326000
en shoulder pain
bg болка в рамото
cs bolest ramene
da skuldersmerter
de Schulterschmerzen
el πόνος στον ώμο
es dolor de hombro
et valu õlas
fi olkapääkipu
fr douleur à l'épaule
ga pian ghualainne
hr bol u ramenu
hu vállfájdalom
it dolore alla spalla
lt peties skausmas
lv pleca sāpes
mt uġigħ fl-ispalla
nl schouderpijn
pl ból barku
pt dor no ombro
ro durere de umăr
sk bolesť ramena
sl bolečina v rami
sv axelsmärta
ja 肩の痛み
zh 肩痛
ko 어깨 통증
th ปวดไหล่
vi đau vai
tr omuz ağrısı
ar ألم الكتف
ru боль в плече
uk біль у плечі
hi कंधे में दर्द
id nyeri bahu

@symptom.knee_pain snomed=30989003
en knee pain
bg болка в коляното
cs bolest kolene
da knæsmerter
de Knieschmerzen
el πόνος στο γόνατο
es dolor de rodilla
et põlvevalu
fi polvikipu
fr douleur au genou
ga pian glúine
hr bol u koljenu
hu térdfájás
it dolore al ginocchio
lt kelio skausmas
lv ceļa sāpes
mt uġigħ fl-irkoppa
nl kniepijn
pl ból kolana
pt dor no joelho
ro durere de genunchi
sk bolesť kolena
sl bolečina v kolenu
sv knäsmärta
ja 膝の痛み
zh 膝痛
ko 무릎 통증
th ปวดเข่า
vi đau đầu gối
tr diz ağrısı
ar ألم الركبة
ru боль в колене
uk біль у коліні
hi घुटने में दर्द
id nyeri lutut

@symptom.hip_pain snomed=49218002
en hip pain
bg болка в тазобедрената става
cs bolest kyčle
da hoftesmerter
de Hüftschmerzen
el πόνος στο ισχίο
es dolor de cadera
et puusavalu
fi lonkkakipu
fr douleur à la hanche
ga pian cromáin
hr bol u kuku
hu csípőfájdalom
it dolore all'anca
lt klubo skausmas
lv gūžas sāpes
mt uġigħ fil-ġenbejn
nl pijn in de heup
pl ból biodra
pt dor na anca
ro durere de șold
sk bolesť bedra
sl bolečina v kolku
sv höftsmärta
ja 股関節の痛み
zh 髋部疼痛
ko 고관절 통증
th ปวดสะโพก
vi đau hông
tr kalça ağrısı
ar ألم الورك
ru боль в бедре
uk біль у кульшовому суглобі
hi कूल्हे में दर्द
id nyeri pinggul

@symptom.toothache snomed=27355003
en toothache
bg зъбобол
cs bolest zubů
da tandpine
de Zahnschmerzen
el πονόδοντος
es dolor de muelas
et hambavalu
fi hammassärky
fr mal de dents
ga tinneas fiacaile
hr zubobolja
hu fogfájás
it mal di denti
lt dantų skausmas
lv zobu sāpes
mt uġigħ tas-snien
nl kiespijn
pl ból zęba
pt dor de dentes
ro durere de dinți
sk bolesť zubov
sl zobobol
sv tandvärk
ja 歯痛
zh 牙痛
ko 치통
th ปวดฟัน
vi đau răng
tr diş ağrısı
ar ألم الأسنان
ru зубная боль
uk зубний біль
hi दाँत दर्द
id sakit gigi

@symptom.leg_swelling snomed=102572006
en swollen legs
bg подути крака
cs otoky nohou
da hævede ben
de geschwollene Beine
el πρησμένα πόδια
es piernas hinchadas
et paistes jalad
fi turvonneet jalat
fr jambes enflées
ga cosa ata
hr otečene noge
hu lábdagadás
it gambe gonfie
lt patinusios kojos
lv pietūkušas kājas
mt riġlejn minfuħin
nl gezwollen benen
pl obrzęk nóg
pt pernas inchadas
ro picioare umflate
sk opuchnuté nohy
sl otekle noge
sv svullna ben
ja 脚のむくみ
zh 腿部水肿
ko 다리 부기
th ขาบวม
vi phù chân
tr bacaklarda şişlik
ar تورم الساقين
ru отёки ног
uk набряки ніг
hi पैरों में सूजन
id kaki bengkak

@symptom.one_leg_swelling
en swelling of one leg
bg подуване на единия крак
cs otok jedné nohy
da hævelse af det ene ben
de Schwellung eines Beins
el πρήξιμο στο ένα πόδι
es hinchazón de una pierna
et ühe jala turse
fi toisen jalan turvotus
fr gonflement d'une seule jambe
ga at ar chos amháin
hr oteklina jedne noge
hu egyoldali lábdagadás
it gonfiore di una gamba
lt vienos kojos tinimas
lv vienas kājas pietūkums
mt nefħa f'riġel wieħed
nl zwelling van één been
pl obrzęk jednej nogi
pt inchaço de uma perna
ro umflarea unui singur picior
sk opuch jednej nohy
sl oteklina ene noge
sv svullnad i ena benet
ja 片脚のむくみ
zh 单侧腿部肿胀
ko 한쪽 다리 부기
th ขาบวมข้างเดียว
vi sưng một bên chân
tr tek bacakta şişlik
ar تورم ساق واحدة
ru отёк одной ноги
uk набряк однієї ноги
hi एक पैर में सूजन
id bengkak pada satu kaki

@symptom.rash snomed=271807003
en rash
bg обрив
cs vyrážka
da udslæt
de Hautausschlag
el εξάνθημα
es erupción cutánea
et lööve
fi ihottuma
fr éruption cutanée
ga gríos
hr osip
hu bőrkiütés
it eruzione cutanea
lt bėrimas
lv izsitumi
mt raxx
nl huiduitslag
pl wysypka
pt erupção cutânea
ro erupție cutanată
sk vyrážka
sl izpuščaj
sv hudutslag
ja 発疹
zh 皮疹
ko 발진
th ผื่น
vi phát ban
tr döküntü
ar طفح جلدي
ru сыпь
uk висип
hi चकत्ते
id ruam

@symptom.itching snomed=418290006
en itching
bg сърбеж
cs svědění
da kløe
de Juckreiz
el κνησμός
es picor
et sügelus
fi kutina
fr démangeaisons
ga tochas
hr svrbež
hu viszketés
it prurito
lt niežulys
lv nieze
mt ħakk
nl jeuk
pl swędzenie
pt comichão
ro mâncărime
sk svrbenie
sl srbenje
sv klåda
ja かゆみ
zh 瘙痒
ko 가려움
th คัน
vi ngứa
tr kaşıntı
ar حكة
ru зуд
uk свербіж
hi खुजली
id gatal

@symptom.hives snomed=126485001
en hives
bg уртикария
cs kopřivka
da nældefeber
de Nesselsucht
el κνίδωση
es urticaria
et nõgestõbi
fi nokkosihottuma
fr urticaire
ga ! no established Irish term we could confirm
hr koprivnjača
hu csalánkiütés
it orticaria
lt dilgėlinė
lv nātrene
mt urtikarja
nl netelroos
pl pokrzywka
pt urticária
ro urticarie
sk žihľavka
sl koprivnica
sv nässelutslag
ja じんましん
zh 荨麻疹
ko 두드러기
th ลมพิษ
vi nổi mề đay
tr kurdeşen
ar شرى
ru крапивница
uk кропив'янка
hi पित्ती
id biduran

@symptom.swelling_of_face_lips_tongue snomed=41291007
en swelling of the face, lips or tongue
bg подуване на лицето, устните или езика
cs otok obličeje, rtů nebo jazyka
da hævelse af ansigt, læber eller tunge
de Schwellung von Gesicht, Lippen oder Zunge
el πρήξιμο προσώπου, χειλιών ή γλώσσας
es hinchazón de cara, labios o lengua
et näo, huulte või keele turse
fi kasvojen, huulten tai kielen turvotus
fr gonflement du visage, des lèvres ou de la langue
ga at ar an aghaidh, na liopaí nó an teanga
hr oticanje lica, usana ili jezika
hu arc-, ajak- vagy nyelvduzzanat
it gonfiore di viso, labbra o lingua
lt veido, lūpų ar liežuvio tinimas
lv sejas, lūpu vai mēles pietūkums
mt nefħa fil-wiċċ, fix-xufftejn jew fl-ilsien
nl zwelling van gezicht, lippen of tong
pl obrzęk twarzy, warg lub języka
pt inchaço da face, lábios ou língua
ro umflarea feței, buzelor sau limbii
sk opuch tváre, pier alebo jazyka
sl otekanje obraza, ustnic ali jezika
sv svullnad i ansikte, läppar eller tunga
ja 顔・唇・舌の腫れ
zh 面部、嘴唇或舌头肿胀
ko 얼굴, 입술 또는 혀의 부기
th ใบหน้า ริมฝีปาก หรือลิ้นบวม
vi sưng mặt, môi hoặc lưỡi
tr yüz, dudak veya dilde şişlik
ar تورم الوجه أو الشفتين أو اللسان
ru отёк лица, губ или языка
uk набряк обличчя, губ або язика
hi चेहरे, होंठ या जीभ में सूजन
id bengkak pada wajah, bibir, atau lidah

@symptom.wheezing snomed=56018004
en wheezing
bg хриптене
cs sípání
da hvæsende vejrtrækning
de pfeifende Atmung
el συριγμός
es silbidos al respirar
et vilistav hingamine
fi hengityksen vinkuminen
fr sifflement respiratoire
ga séideán
hr piskanje pri disanju
hu sípoló légzés
it respiro sibilante
lt švokštimas
lv sēkšana
mt tisfir fin-nifs
nl piepende ademhaling
pl świszczący oddech
pt chiado no peito
ro respirație șuierătoare
sk pískanie pri dýchaní
sl piskajoče dihanje
sv väsande andning
ja 喘鳴
zh 喘息
ko 쌕쌕거림
th หายใจมีเสียงหวีด
vi thở khò khè
tr hırıltılı solunum
ar أزيز
ru свистящее дыхание
uk свистяче дихання
hi घरघराहट
id mengi

@symptom.chest_tightness snomed=23924001
en chest tightness
bg стягане в гърдите
cs tíseň na hrudi
da trykken for brystet
de Druckgefühl in der Brust
el σφίξιμο στο στήθος
es opresión en el pecho
et pigistustunne rinnus
fi puristuksen tunne rinnassa
fr oppression thoracique
ga teannas cliabhraigh
hr stezanje u prsima
hu mellkasi szorítás
it senso di oppressione al petto
lt spaudimas krūtinėje
lv spiediena sajūta krūtīs
mt sider issikkat
nl beklemd gevoel op de borst
pl ucisk w klatce piersiowej
pt aperto no peito
ro senzație de apăsare în piept
sk tlak na hrudi
sl tiščanje v prsih
sv tryck över bröstet
ja 胸の圧迫感
zh 胸闷
ko 가슴 답답함
th แน่นหน้าอก
vi tức ngực
tr göğüste sıkışma
ar ضيق في الصدر
ru стеснение в груди
uk стиснення в грудях
hi सीने में जकड़न
id dada terasa sesak

@symptom.fatigue snomed=84229001
en fatigue
bg умора
cs únava
da træthed
de Müdigkeit
el κόπωση
es cansancio
et väsimus
fi väsymys
fr fatigue
ga tuirse
hr umor
hu fáradtság
it stanchezza
lt nuovargis
lv nogurums
mt għeja
nl vermoeidheid
pl zmęczenie
pt cansaço
ro oboseală
sk únava
sl utrujenost
sv trötthet
ja 倦怠感
zh 疲劳
ko 피로
th อ่อนเพลีย
vi mệt mỏi
tr yorgunluk
ar تعب
ru усталость
uk втома
hi थकान
id kelelahan

@symptom.general_weakness snomed=13791008
en general weakness
bg обща слабост
cs celková slabost
da almen svaghed
de allgemeine Schwäche
el γενική αδυναμία
es debilidad general
et üldine nõrkus
fi yleinen heikkous
fr faiblesse générale
ga laige ghinearálta
hr opća slabost
hu általános gyengeség
it debolezza generale
lt bendras silpnumas
lv vispārējs vājums
mt dgħjufija ġenerali
nl algehele zwakte
pl ogólne osłabienie
pt fraqueza geral
ro slăbiciune generală
sk celková slabosť
sl splošna oslabelost
sv allmän svaghet
ja 全身の脱力感
zh 全身乏力
ko 전신 쇠약
th อ่อนแรงทั้งตัว
vi suy nhược toàn thân
tr genel halsizlik
ar ضعف عام
ru общая слабость
uk загальна слабкість
hi सामान्य कमज़ोरी
id lemas

@symptom.feeling_unwell snomed=367391008
en feeling unwell
bg неразположение
cs celková nevůle
da utilpashed
de Unwohlsein
el αίσθημα κακουχίας
es malestar general
et halb enesetunne
fi huonovointisuus
fr malaise général
ga mothú tinn
hr loše opće stanje
hu rossz közérzet
it malessere
lt bloga savijauta
lv slikta pašsajūta
mt ma tħossokx tajjeb
nl zich ziek voelen
pl złe samopoczucie
pt mal-estar
ro stare generală proastă
sk celková nevoľnosť
sl slabo počutje
sv sjukdomskänsla
ja 体調不良
zh 身体不适
ko 몸살 기운
th รู้สึกไม่สบาย
vi khó chịu trong người
tr kırgınlık
ar توعك
ru недомогание
uk нездужання
hi अस्वस्थ महसूस करना
id tidak enak badan

@symptom.difficulty_sleeping
en difficulty sleeping
bg трудно заспиване
cs potíže se spánkem
da søvnbesvær
de Schlafstörungen
el δυσκολία στον ύπνο
es dificultad para dormir
et uneprobleemid
fi univaikeudet
fr troubles du sommeil
ga deacracht codladh
hr poteškoće sa spavanjem
hu alvászavar
it difficoltà a dormire
lt miego sutrikimai
lv miega traucējumi
mt diffikultà biex torqod
nl slaapproblemen
pl problemy ze snem
pt dificuldade em dormir
ro dificultăți de somn
sk problémy so spánkom
sl težave s spanjem
sv sömnsvårigheter
ja 眠れない
zh 睡眠困难
ko 잠들기 어려움
th นอนไม่หลับ
vi khó ngủ
tr uyku sorunu
ar صعوبة النوم
ru проблемы со сном
uk проблеми зі сном
hi नींद न आना
id sulit tidur

@symptom.night_sweats snomed=42984000
en night sweats
bg нощно изпотяване
cs noční pocení
da nattesved
de Nachtschweiß
el νυχτερινές εφιδρώσεις
es sudores nocturnos
et öine higistamine
fi yöhikoilu
fr sueurs nocturnes
ga allas oíche
hr noćno znojenje
hu éjszakai izzadás
it sudorazione notturna
lt naktinis prakaitavimas
lv nakts svīšana
mt għaraq bil-lejl
nl nachtzweten
pl nocne poty
pt suores noturnos
ro transpirații nocturne
sk nočné potenie
sl nočno potenje
sv nattsvettningar
ja 寝汗
zh 盗汗
ko 밤에 땀 흘림
th เหงื่อออกตอนกลางคืน
vi đổ mồ hôi đêm
tr gece terlemesi
ar تعرق ليلي
ru ночная потливость
uk нічна пітливість
hi रात में पसीना आना
id keringat malam

@symptom.drowsiness snomed=271782001
en drowsiness
bg сънливост
cs ospalost
da døsighed
de Schläfrigkeit
el υπνηλία
es somnolencia
et unisus
fi uneliaisuus
fr somnolence
ga ! no established Irish term we could confirm
hr pospanost
hu álmosság
it sonnolenza
lt mieguistumas
lv miegainība
mt ngħas
nl slaperigheid
pl senność
pt sonolência
ro somnolență
sk ospalosť
sl zaspanost
sv dåsighet
ja 眠気
zh 嗜睡
ko 졸림
th ง่วงซึม
vi buồn ngủ
tr uyuşukluk
ar نعاس
ru сонливость
uk сонливість
hi उनींदापन
id mengantuk
""")

BLOCKS.append("""
@symptom.anxiety snomed=48694002
en anxiety
bg тревожност
cs úzkost
da angst
de Angst
el άγχος
es ansiedad
et ärevus
fi ahdistus
fr anxiété
ga imní
hr tjeskoba
hu szorongás
it ansia
lt nerimas
lv trauksme
mt ansjetà
nl angst
pl lęk
pt ansiedade
ro anxietate
sk úzkosť
sl tesnoba
sv ångest
ja 不安
zh 焦虑
ko 불안
th วิตกกังวล
vi lo âu
tr kaygı
ar قلق
ru тревога
uk тривога
hi चिंता
id kecemasan

@symptom.agitation snomed=24199005
en agitation
bg възбуда
cs neklid
da uro
de Unruhe
el διέγερση
es agitación
et rahutus
fi levottomuus
fr agitation
ga corraíl
hr uznemirenost
hu nyugtalanság
it agitazione
lt sujaudinimas
lv uzbudinājums
mt aġitazzjoni
nl onrust
pl pobudzenie
pt agitação
ro agitație
sk nepokoj
sl vznemirjenost
sv rastlöshet
ja 興奮
zh 烦躁
ko 초조함
th กระสับกระส่าย
vi kích động
tr ajitasyon
ar هياج
ru возбуждение
uk збудження
hi बेचैनी
id gelisah

@symptom.low_mood snomed=366979004
en low mood
bg потиснато настроение
cs skleslost
da nedtrykthed
de gedrückte Stimmung
el καταθλιπτική διάθεση
es ánimo decaído
et meeleolu langus
fi alakuloisuus
fr humeur dépressive
ga ísle brí
hr potištenost
hu levertség
it umore depresso
lt prasta nuotaika
lv nomākts garastāvoklis
mt burdata
nl neerslachtigheid
pl obniżony nastrój
pt humor deprimido
ro dispoziție depresivă
sk skleslosť
sl potrtost
sv nedstämdhet
ja 気分の落ち込み
zh 情绪低落
ko 우울한 기분
th อารมณ์ซึมเศร้า
vi tâm trạng chán nản
tr çökkün ruh hali
ar مزاج مكتئب
ru подавленное настроение
uk пригнічений настрій
hi उदासी
id suasana hati murung

@symptom.hallucinations snomed=7011001
en hallucinations
bg халюцинации
cs halucinace
da hallucinationer
de Halluzinationen
el ψευδαισθήσεις
es alucinaciones
et hallutsinatsioonid
fi aistiharhat
fr hallucinations
ga siabhráin
hr halucinacije
hu hallucinációk
it allucinazioni
lt haliucinacijos
lv halucinācijas
mt alluċinazzjonijiet
nl hallucinaties
pl omamy
pt alucinações
ro halucinații
sk halucinácie
sl halucinacije
sv hallucinationer
ja 幻覚
zh 幻觉
ko 환각
th ประสาทหลอน
vi ảo giác
tr halüsinasyon
ar هلوسة
ru галлюцинации
uk галюцинації
hi मतिभ्रम
id halusinasi

@symptom.memory_problems snomed=386807006
en memory problems
bg проблеми с паметта
cs poruchy paměti
da hukommelsesproblemer
de Gedächtnisstörungen
el προβλήματα μνήμης
es problemas de memoria
et mäluhäired
fi muistiongelmat
fr troubles de la mémoire
ga fadhbanna cuimhne
hr problemi s pamćenjem
hu memóriazavar
it problemi di memoria
lt atminties sutrikimai
lv atmiņas traucējumi
mt problemi tal-memorja
nl geheugenproblemen
pl zaburzenia pamięci
pt problemas de memória
ro probleme de memorie
sk poruchy pamäti
sl težave s spominom
sv minnesproblem
ja 物忘れ
zh 记忆力减退
ko 기억력 저하
th ความจำเสื่อม
vi suy giảm trí nhớ
tr hafıza sorunları
ar مشاكل في الذاكرة
ru проблемы с памятью
uk проблеми з пам'яттю
hi याददाश्त की समस्या
id masalah daya ingat



@symptom.difficulty_walking
en difficulty walking
bg затруднено ходене
cs potíže s chůzí
da gangbesvær
de Schwierigkeiten beim Gehen
el δυσκολία στη βάδιση
es dificultad para caminar
et kõnnihäire
fi kävelyvaikeus
fr difficulté à marcher
ga deacracht siúil
hr otežano hodanje
hu járási nehézség
it difficoltà a camminare
lt vaikščiojimo sutrikimas
lv staigāšanas grūtības
mt diffikultà biex timxi
nl moeite met lopen
pl trudności w chodzeniu
pt dificuldade em andar
ro dificultate la mers
sk ťažkosti pri chôdzi
sl težave pri hoji
sv gångsvårigheter
ja 歩行困難
zh 行走困难
ko 보행 곤란
th เดินลำบาก
vi đi lại khó khăn
tr yürüme güçlüğü
ar صعوبة المشي
ru затруднённая ходьба
uk утруднена ходьба
hi चलने में कठिनाई
id sulit berjalan

@symptom.loss_of_balance
en loss of balance
bg загуба на равновесие
cs ztráta rovnováhy
da balanceproblemer
de Gleichgewichtsstörung
el απώλεια ισορροπίας
es pérdida de equilibrio
et tasakaaluhäire
fi tasapainohäiriö
fr perte d'équilibre
ga cailleadh cothromaíochta
hr gubitak ravnoteže
hu egyensúlyzavar
it perdita di equilibrio
lt pusiausvyros sutrikimas
lv līdzsvara traucējumi
mt telf ta' bilanċ
nl evenwichtsstoornis
pl utrata równowagi
pt perda de equilíbrio
ro pierderea echilibrului
sk strata rovnováhy
sl izguba ravnotežja
sv balansrubbning
ja ふらつき
zh 平衡失调
ko 균형 상실
th เสียการทรงตัว
vi mất thăng bằng
tr denge kaybı
ar فقدان التوازن
ru потеря равновесия
uk втрата рівноваги
hi संतुलन खोना
id kehilangan keseimbangan

@symptom.difficulty_speaking snomed=87486003
en difficulty speaking or understanding
bg затруднена реч или разбиране
cs potíže s řečí nebo porozuměním
da besvær med at tale eller forstå
de Probleme beim Sprechen oder Verstehen
el δυσκολία στην ομιλία ή την κατανόηση
es dificultad para hablar o entender
et kõne- või mõistmisraskus
fi puhe- tai ymmärtämisvaikeus
fr difficulté à parler ou à comprendre
ga deacracht labhartha nó tuisceana
hr otežan govor ili razumijevanje
hu beszéd- vagy megértési zavar
it difficoltà a parlare o capire
lt kalbos ar supratimo sutrikimas
lv runas vai izpratnes traucējumi
mt diffikultà biex titkellem jew tifhem
nl moeite met spreken of begrijpen
pl trudności w mówieniu lub rozumieniu
pt dificuldade em falar ou compreender
ro dificultate de vorbire sau înțelegere
sk ťažkosti s rečou alebo porozumením
sl težave z govorom ali razumevanjem
sv svårt att tala eller förstå
ja 言葉が出ない・理解できない
zh 说话或理解困难
ko 말하기 또는 이해 곤란
th พูดหรือเข้าใจคำพูดลำบาก
vi khó nói hoặc khó hiểu lời nói
tr konuşma veya anlama güçlüğü
ar صعوبة في الكلام أو الفهم
ru нарушение речи или понимания
uk порушення мовлення або розуміння
hi बोलने या समझने में कठिनाई
id sulit berbicara atau memahami

@symptom.blurred_vision snomed=111516008
en blurred vision
bg замъглено зрение
cs rozmazané vidění
da sløret syn
de verschwommenes Sehen
el θολή όραση
es visión borrosa
et ähmane nägemine
fi näön sumeneminen
fr vision floue
ga radharc doiléir
hr zamućen vid
hu homályos látás
it visione offuscata
lt neryškus matymas
lv neskaidra redze
mt vista mċajpra
nl wazig zien
pl niewyraźne widzenie
pt visão turva
ro vedere încețoșată
sk rozmazané videnie
sl zamegljen vid
sv dimsyn
ja 目のかすみ
zh 视力模糊
ko 시야 흐림
th ตาพร่ามัว
vi nhìn mờ
tr bulanık görme
ar تشوش الرؤية
ru нечёткое зрение
uk нечіткий зір
hi धुँधला दिखना
id penglihatan kabur

@symptom.double_vision snomed=24982008
en double vision
bg двойно виждане
cs dvojité vidění
da dobbeltsyn
de Doppelbilder
el διπλωπία
es visión doble
et kahelinägemine
fi kaksoiskuvat
fr vision double
ga radharc dúbailte
hr dvostruki vid
hu kettős látás
it visione doppia
lt dvejinimasis akyse
lv redzes dubultošanās
mt vista doppja
nl dubbelzien
pl podwójne widzenie
pt visão dupla
ro vedere dublă
sk dvojité videnie
sl dvojni vid
sv dubbelseende
ja 複視
zh 复视
ko 사물이 두 개로 보임
th มองเห็นภาพซ้อน
vi nhìn đôi
tr çift görme
ar ازدواج الرؤية
ru двоение в глазах
uk двоїння в очах
hi दोहरी दृष्टि
id penglihatan ganda

@symptom.sudden_vision_loss
en sudden loss of vision
bg внезапна загуба на зрението
cs náhlá ztráta zraku
da pludseligt synstab
de plötzlicher Sehverlust
el ξαφνική απώλεια όρασης
es pérdida súbita de visión
et äkiline nägemise kaotus
fi äkillinen näönmenetys
fr perte soudaine de la vue
ga cailleadh radhairc tobann
hr iznenadni gubitak vida
hu hirtelen látásvesztés
it perdita improvvisa della vista
lt staigus regėjimo netekimas
lv pēkšņs redzes zudums
mt telf f'daqqa tal-vista
nl plotseling verlies van het zicht
pl nagła utrata wzroku
pt perda súbita de visão
ro pierderea bruscă a vederii
sk náhla strata zraku
sl nenadna izguba vida
sv plötslig synförlust
ja 突然の視力低下
zh 突然视力丧失
ko 갑작스러운 시력 상실
th ตามัวลงทันที
vi mất thị lực đột ngột
tr ani görme kaybı
ar فقدان مفاجئ للبصر
ru внезапная потеря зрения
uk раптова втрата зору
hi अचानक दिखना बंद होना
id kehilangan penglihatan mendadak

@symptom.eye_pain snomed=41652007
en eye pain
bg болка в окото
cs bolest oka
da øjensmerter
de Augenschmerzen
el πόνος στο μάτι
es dolor de ojo
et silmavalu
fi silmäkipu
fr douleur oculaire
ga pian súile
hr bol u oku
hu szemfájdalom
it dolore oculare
lt akies skausmas
lv acs sāpes
mt uġigħ fl-għajn
nl pijn in het oog
pl ból oka
pt dor no olho
ro durere de ochi
sk bolesť oka
sl bolečina v očesu
sv ögonsmärta
ja 目の痛み
zh 眼痛
ko 눈 통증
th ปวดตา
vi đau mắt
tr göz ağrısı
ar ألم العين
ru боль в глазу
uk біль в оці
hi आँख में दर्द
id nyeri mata

@symptom.red_eye snomed=703630003
en red eye
bg зачервено око
cs zarudlé oko
da rødt øje
de gerötetes Auge
el κόκκινο μάτι
es ojo rojo
et punane silm
fi punainen silmä
fr œil rouge
ga súil dhearg
hr crveno oko
hu vörös szem
it occhio rosso
lt paraudusi akis
lv sarkana acs
mt għajn ħamra
nl rood oog
pl zaczerwienione oko
pt olho vermelho
ro ochi roșu
sk červené oko
sl rdeče oko
sv rött öga
ja 目の充血
zh 眼睛发红
ko 눈 충혈
th ตาแดง
vi đỏ mắt
tr göz kızarıklığı
ar احمرار العين
ru покраснение глаза
uk почервоніння ока
hi आँख लाल होना
id mata merah

@symptom.light_sensitivity snomed=409668002
en sensitivity to light
bg чувствителност към светлина
cs citlivost na světlo
da lysfølsomhed
de Lichtempfindlichkeit
el φωτοφοβία
es sensibilidad a la luz
et valgustundlikkus
fi valonarkuus
fr sensibilité à la lumière
ga íogaireacht don solas
hr osjetljivost na svjetlo
hu fényérzékenység
it sensibilità alla luce
lt jautrumas šviesai
lv jutīgums pret gaismu
mt sensittività għad-dawl
nl lichtgevoeligheid
pl nadwrażliwość na światło
pt sensibilidade à luz
ro sensibilitate la lumină
sk citlivosť na svetlo
sl občutljivost na svetlobo
sv ljuskänslighet
ja まぶしさ
zh 畏光
ko 눈부심
th ตาสู้แสงไม่ได้
vi sợ ánh sáng
tr ışığa hassasiyet
ar الحساسية للضوء
ru светобоязнь
uk світлобоязнь
hi रोशनी से परेशानी
id sensitif terhadap cahaya

@symptom.ear_pain snomed=301354004
en earache
bg болка в ухото
cs bolest ucha
da ørepine
de Ohrenschmerzen
el πόνος στο αυτί
es dolor de oído
et kõrvavalu
fi korvakipu
fr mal d'oreille
ga tinneas cluaise
hr bol u uhu
hu fülfájás
it mal d'orecchio
lt ausies skausmas
lv ausu sāpes
mt uġigħ fil-widna
nl oorpijn
pl ból ucha
pt dor de ouvidos
ro durere de ureche
sk bolesť ucha
sl bolečina v ušesu
sv öronvärk
ja 耳の痛み
zh 耳痛
ko 귀 통증
th ปวดหู
vi đau tai
tr kulak ağrısı
ar ألم الأذن
ru боль в ухе
uk біль у вусі
hi कान में दर्द
id sakit telinga


@symptom.sudden_hearing_loss
en sudden hearing loss
bg внезапна загуба на слуха
cs náhlá ztráta sluchu
da pludseligt høretab
de Hörsturz
el αιφνίδια απώλεια ακοής
es pérdida súbita de audición
et äkiline kuulmislangus
fi äkillinen kuulonmenetys
fr surdité brusque
ga cailleadh éisteachta tobann
hr iznenadni gubitak sluha
hu hirtelen halláscsökkenés
it sordità improvvisa
lt staigus klausos praradimas
lv pēkšņs dzirdes zudums
mt telf f'daqqa tas-smigħ
nl plotseling gehoorverlies
pl nagła utrata słuchu
pt surdez súbita
ro pierderea bruscă a auzului
sk náhla strata sluchu
sl nenadna izguba sluha
sv plötslig hörselnedsättning
ja 突発性難聴
zh 突发性耳聋
ko 갑작스러운 청력 상실
th หูดับเฉียบพลัน
vi điếc đột ngột
tr ani işitme kaybı
ar فقدان السمع المفاجئ
ru внезапная потеря слуха
uk раптова втрата слуху
hi अचानक सुनाई न देना
id tuli mendadak


@symptom.nosebleed snomed=249366005
en nosebleed
bg кървене от носа
cs krvácení z nosu
da næseblod
de Nasenbluten
el ρινορραγία
es sangrado nasal
et ninaverejooks
fi nenäverenvuoto
fr saignement de nez
ga fuiliú sróine
hr krvarenje iz nosa
hu orrvérzés
it sangue dal naso
lt kraujavimas iš nosies
lv deguna asiņošana
mt fsada mill-imnieħer
nl neusbloeding
pl krwawienie z nosa
pt hemorragia nasal
ro sângerare nazală
sk krvácanie z nosa
sl krvavitev iz nosu
sv näsblod
ja 鼻血
zh 鼻出血
ko 코피
th เลือดกำเดาไหล
vi chảy máu cam
tr burun kanaması
ar نزيف الأنف
ru носовое кровотечение
uk носова кровотеча
hi नाक से खून आना
id mimisan
""")

BLOCKS.append("""
@symptom.bleeding_gums snomed=86276007
en bleeding gums
bg кървящи венци
cs krvácení dásní
da blødende tandkød
de blutendes Zahnfleisch
el αιμορραγία ούλων
es sangrado de encías
et igemete veritsus
fi ienverenvuoto
fr saignement des gencives
ga fuiliú drandal
hr krvarenje desni
hu ínyvérzés
it sanguinamento gengivale
lt dantenų kraujavimas
lv smaganu asiņošana
mt fsada mill-ħanek
nl bloedend tandvlees
pl krwawienie dziąseł
pt gengivas a sangrar
ro sângerarea gingiilor
sk krvácanie ďasien
sl krvavitev dlesni
sv blödande tandkött
ja 歯ぐきからの出血
zh 牙龈出血
ko 잇몸 출혈
th เลือดออกตามไรฟัน
vi chảy máu chân răng
tr diş eti kanaması
ar نزيف اللثة
ru кровоточивость дёсен
uk кровоточивість ясен
hi मसूड़ों से खून आना
id gusi berdarah

@symptom.mouth_ulcer snomed=26284000
en mouth ulcer
bg язва в устата
cs vřed v ústech
da mundsår
de Mundgeschwür
el έλκος στο στόμα
es llaga en la boca
et suuhaavand
fi suun haavauma
fr ulcère buccal
ga othras béil
hr ranica u ustima
hu szájfekély
it ulcera della bocca
lt burnos opa
lv čūla mutē
mt ulċera fil-ħalq
nl mondzweer
pl owrzodzenie jamy ustnej
pt úlcera na boca
ro ulcerație bucală
sk vred v ústach
sl razjeda v ustih
sv munsår
ja 口内炎
zh 口腔溃疡
ko 입안 궤양
th แผลในปาก
vi loét miệng
tr ağız yarası
ar قرحة الفم
ru язва во рту
uk виразка в роті
hi मुंह के छाले
id sariawan

@symptom.dry_mouth snomed=87715008
en dry mouth
bg сухота в устата
cs sucho v ústech
da mundtørhed
de Mundtrockenheit
el ξηροστομία
es boca seca
et suukuivus
fi suun kuivuus
fr bouche sèche
ga béal tirim
hr suhoća usta
hu szájszárazság
it bocca secca
lt sausumas burnoje
lv sausa mute
mt ħalq xott
nl droge mond
pl suchość w ustach
pt boca seca
ro gură uscată
sk sucho v ústach
sl suha usta
sv muntorrhet
ja 口の渇き
zh 口干
ko 입 마름
th ปากแห้ง
vi khô miệng
tr ağız kuruluğu
ar جفاف الفم
ru сухость во рту
uk сухість у роті
hi मुंह सूखना
id mulut kering

@symptom.excessive_thirst snomed=17173007
en excessive thirst
bg силна жажда
cs nadměrná žízeň
da stærk tørst
de starker Durst
el έντονη δίψα
es sed excesiva
et liigne janu
fi voimakas jano
fr soif excessive
ga tart mór
hr pojačana žeđ
hu fokozott szomjúság
it sete eccessiva
lt padidėjęs troškulys
lv pastiprinātas slāpes
mt għatx eċċessiv
nl overmatige dorst
pl wzmożone pragnienie
pt sede excessiva
ro sete excesivă
sk nadmerný smäd
sl prekomerna žeja
sv kraftig törst
ja 強い喉の渇き
zh 口渴多饮
ko 심한 갈증
th กระหายน้ำมาก
vi khát nước nhiều
tr aşırı susama
ar عطش شديد
ru сильная жажда
uk сильна спрага
hi बहुत प्यास लगना
id sangat haus

@symptom.sweating snomed=415690000
en sweating
bg изпотяване
cs pocení
da svedtendens
de Schwitzen
el εφίδρωση
es sudoración
et higistamine
fi hikoilu
fr transpiration
ga allas
hr znojenje
hu izzadás
it sudorazione
lt prakaitavimas
lv svīšana
mt għaraq
nl zweten
pl pocenie się
pt transpiração
ro transpirație
sk potenie
sl potenje
sv svettning
ja 発汗
zh 出汗
ko 땀 흘림
th เหงื่อออก
vi đổ mồ hôi
tr terleme
ar تعرق
ru потливость
uk пітливість
hi पसीना आना
id berkeringat

@symptom.cold_sweat
en cold sweat
bg студена пот
cs studený pot
da koldsved
de kalter Schweiß
el κρύος ιδρώτας
es sudor frío
et külm higi
fi kylmä hiki
fr sueurs froides
ga allas fuar
hr hladan znoj
hu hideg verejték
it sudore freddo
lt šaltas prakaitas
lv auksti sviedri
mt għaraq kiesaħ
nl koud zweet
pl zimne poty
pt suores frios
ro transpirație rece
sk studený pot
sl hladen znoj
sv kallsvett
ja 冷や汗
zh 冷汗
ko 식은땀
th เหงื่อแตกตัวเย็น
vi vã mồ hôi lạnh
tr soğuk terleme
ar عرق بارد
ru холодный пот
uk холодний піт
hi ठंडा पसीना
id keringat dingin

@symptom.pale_skin snomed=398979000
en pale skin
bg бледа кожа
cs bledost
da bleghed
de Blässe
el ωχρότητα
es palidez
et kahvatus
fi kalpeus
fr pâleur
ga báine craicinn
hr bljedilo
hu sápadtság
it pallore
lt išblyškimas
lv bālums
mt ġilda pallida
nl bleekheid
pl bladość
pt palidez
ro paloare
sk bledosť
sl bledica
sv blekhet
ja 顔面蒼白
zh 面色苍白
ko 창백함
th ผิวซีด
vi da xanh xao
tr solukluk
ar شحوب
ru бледность
uk блідість
hi पीलापन
id pucat

@symptom.blue_lips_or_skin snomed=3415004
en blue lips or skin
bg посиняване на устните или кожата
cs modré rty nebo kůže
da blålige læber eller hud
de blaue Lippen oder Haut
el κυάνωση
es labios o piel azulados
et sinised huuled või nahk
fi sinertävät huulet tai iho
fr lèvres ou peau bleutées
ga liopaí nó craiceann gorm
hr plave usne ili koža
hu kék ajkak vagy bőr
it labbra o pelle bluastre
lt pamėlusios lūpos ar oda
lv zilas lūpas vai āda
mt xufftejn jew ġilda blu
nl blauwe lippen of huid
pl sine usta lub skóra
pt lábios ou pele azulados
ro buze sau piele albăstrui
sk modré pery alebo koža
sl modre ustnice ali koža
sv blå läppar eller hud
ja 唇や皮膚が青紫色になる
zh 口唇或皮肤发紫
ko 입술이나 피부가 파래짐
th ริมฝีปากหรือผิวเขียวคล้ำ
vi môi hoặc da tím tái
tr dudak veya ciltte morarma
ar ازرقاق الشفتين أو الجلد
ru синюшность губ или кожи
uk синюшність губ або шкіри
hi होंठ या त्वचा नीली पड़ना
id bibir atau kulit kebiruan

@symptom.yellow_skin_or_eyes snomed=18165001
en yellowing of the skin or eyes
bg пожълтяване на кожата или очите
cs zežloutnutí kůže nebo očí
da gulfarvning af hud eller øjne
de gelbliche Verfärbung von Haut oder Augen
el κιτρίνισμα δέρματος ή ματιών
es coloración amarilla de piel u ojos
et naha või silmade kollasus
fi ihon tai silmien keltaisuus
fr jaunissement de la peau ou des yeux
ga buíochan
hr žutilo kože ili očiju
hu bőr vagy szem besárgulása
it ingiallimento della pelle o degli occhi
lt odos ar akių pageltimas
lv ādas vai acu dzelte
mt sfura tal-ġilda jew tal-għajnejn
nl gele verkleuring van huid of ogen
pl zażółcenie skóry lub oczu
pt pele ou olhos amarelados
ro îngălbenirea pielii sau a ochilor
sk zožltnutie kože alebo očí
sl porumenelost kože ali oči
sv gulfärgning av hud eller ögon
ja 皮膚や白目が黄色くなる
zh 皮肤或眼睛发黄
ko 피부나 눈이 노래짐
th ตัวเหลืองตาเหลือง
vi vàng da hoặc vàng mắt
tr ciltte veya gözlerde sararma
ar اصفرار الجلد أو العينين
ru пожелтение кожи или глаз
uk пожовтіння шкіри або очей
hi त्वचा या आँखों का पीला होना
id kulit atau mata menguning

@symptom.easy_bruising
en easy bruising
bg лесно образуване на синини
cs snadná tvorba modřin
da tendens til blå mærker
de Neigung zu blauen Flecken
el εύκολοι μώλωπες
es moretones con facilidad
et kergesti tekkivad sinikad
fi mustelmaherkkyys
fr bleus fréquents
ga brúnna go héasca
hr lako stvaranje modrica
hu könnyen kialakuló véraláfutások
it lividi frequenti
lt lengvai atsirandančios mėlynės
lv viegli rodas zilumi
mt tbenġil faċli
nl snel blauwe plekken
pl łatwe powstawanie siniaków
pt nódoas negras com facilidade
ro apariția ușoară a vânătăilor
sk ľahká tvorba modrín
sl nagnjenost k modricam
sv lätt att få blåmärken
ja あざができやすい
zh 容易瘀青
ko 쉽게 멍이 듦
th ฟกช้ำง่าย
vi dễ bị bầm tím
tr kolay morarma
ar سهولة ظهور الكدمات
ru лёгкое появление синяков
uk легка поява синців
hi आसानी से नील पड़ना
id mudah memar

@symptom.hair_loss snomed=278040002
en hair loss
bg косопад
cs vypadávání vlasů
da hårtab
de Haarausfall
el τριχόπτωση
es caída del cabello
et juuste väljalangemine
fi hiustenlähtö
fr chute de cheveux
ga cailleadh gruaige
hr gubitak kose
hu hajhullás
it caduta dei capelli
lt plaukų slinkimas
lv matu izkrišana
mt telf tax-xagħar
nl haaruitval
pl wypadanie włosów
pt queda de cabelo
ro căderea părului
sk vypadávanie vlasov
sl izpadanje las
sv håravfall
ja 脱毛
zh 脱发
ko 탈모
th ผมร่วง
vi rụng tóc
tr saç dökülmesi
ar تساقط الشعر
ru выпадение волос
uk випадіння волосся
hi बाल झड़ना
id rambut rontok

@symptom.dry_skin snomed=16386004
en dry skin
bg суха кожа
cs suchá kůže
da tør hud
de trockene Haut
el ξηρό δέρμα
es piel seca
et kuiv nahk
fi kuiva iho
fr peau sèche
ga craiceann tirim
hr suha koža
hu száraz bőr
it pelle secca
lt sausa oda
lv sausa āda
mt ġilda xotta
nl droge huid
pl sucha skóra
pt pele seca
ro piele uscată
sk suchá koža
sl suha koža
sv torr hud
ja 乾燥肌
zh 皮肤干燥
ko 건조한 피부
th ผิวแห้ง
vi khô da
tr kuru cilt
ar جفاف الجلد
ru сухость кожи
uk сухість шкіри
hi रूखी त्वचा
id kulit kering

@symptom.hoarseness snomed=50219008
en hoarseness
bg дрезгав глас
cs chrapot
da hæshed
de Heiserkeit
el βραχνάδα
es ronquera
et kähedus
fi käheys
fr enrouement
ga piachán
hr promuklost
hu rekedtség
it raucedine
lt užkimimas
lv aizsmakums
mt ! no established Maltese term we could confirm
nl heesheid
pl chrypka
pt rouquidão
ro răgușeală
sk chrapot
sl hripavost
sv heshet
ja 声がれ
zh 声音嘶哑
ko 쉰 목소리
th เสียงแหบ
vi khàn giọng
tr ses kısıklığı
ar بحة الصوت
ru осиплость голоса
uk осиплість голосу
hi आवाज़ बैठना
id suara serak

@symptom.loss_of_smell snomed=44169009
en loss of smell
bg загуба на обонянието
cs ztráta čichu
da tab af lugtesans
de Geruchsverlust
el απώλεια όσφρησης
es pérdida del olfato
et lõhnatundlikkuse kadu
fi hajuaistin menetys
fr perte de l'odorat
ga cailleadh boladh
hr gubitak njuha
hu szaglásvesztés
it perdita dell'olfatto
lt uoslės praradimas
lv ožas zudums
mt telf tax-xamm
nl reukverlies
pl utrata węchu
pt perda do olfato
ro pierderea mirosului
sk strata čuchu
sl izguba vonja
sv nedsatt luktsinne
ja 嗅覚障害
zh 嗅觉丧失
ko 후각 상실
th จมูกไม่ได้กลิ่น
vi mất khứu giác
tr koku kaybı
ar فقدان حاسة الشم
ru потеря обоняния
uk втрата нюху
hi सूंघने की क्षमता खोना
id hilang penciuman

@symptom.loss_of_taste snomed=36955009
en loss of taste
bg загуба на вкуса
cs ztráta chuti
da tab af smagssans
de Geschmacksverlust
el απώλεια γεύσης
es pérdida del gusto
et maitsetundlikkuse kadu
fi makuaistin menetys
fr perte du goût
ga cailleadh blas
hr gubitak okusa
hu ízérzésvesztés
it perdita del gusto
lt skonio praradimas
lv garšas zudums
mt telf tat-togħma
nl smaakverlies
pl utrata smaku
pt perda do paladar
ro pierderea gustului
sk strata chuti
sl izguba okusa
sv nedsatt smaksinne
ja 味覚障害
zh 味觉丧失
ko 미각 상실
th ลิ้นไม่รับรส
vi mất vị giác
tr tat kaybı
ar فقدان حاسة التذوق
ru потеря вкуса
uk втрата смаку
hi स्वाद खोना
id hilang pengecapan

@symptom.snoring snomed=72863001
en snoring
bg хъркане
cs chrápání
da snorken
de Schnarchen
el ροχαλητό
es ronquidos
et norskamine
fi kuorsaus
fr ronflement
ga srannadh
hr hrkanje
hu horkolás
it russare
lt knarkimas
lv krākšana
mt nħir
nl snurken
pl chrapanie
pt ressonar
ro sforăit
sk chrápanie
sl smrčanje
sv snarkning
ja いびき
zh 打鼾
ko 코골이
th กรน
vi ngáy
tr horlama
ar شخير
ru храп
uk хропіння
hi खर्राटे
id mendengkur

@symptom.hiccups snomed=65958008
en hiccups
bg хълцане
cs škytavka
da hikke
de Schluckauf
el λόξυγκας
es hipo
et luksumine
fi hikka
fr hoquet
ga snag
hr štucanje
hu csuklás
it singhiozzo
lt žagsėjimas
lv žagas
mt fwieq
nl hik
pl czkawka
pt soluços
ro sughiț
sk štikútka
sl kolcanje
sv hicka
ja しゃっくり
zh 打嗝
ko 딸꾹질
th สะอึก
vi nấc cụt
tr hıçkırık
ar فواق
ru икота
uk гикавка
hi हिचकी
id cegukan

@symptom.irregular_heartbeat snomed=361137007
en irregular heartbeat
bg неравномерен пулс
cs nepravidelný tep
da uregelmæssig puls
de unregelmäßiger Herzschlag
el ακανόνιστος καρδιακός παλμός
es latidos irregulares
et ebaregulaarne südamerütm
fi epäsäännöllinen syke
fr rythme cardiaque irrégulier
ga buille croí neamhrialta
hr nepravilan rad srca
hu szabálytalan szívverés
it battito cardiaco irregolare
lt nereguliarus širdies ritmas
lv neregulāra sirdsdarbība
mt taħbit tal-qalb irregolari
nl onregelmatige hartslag
pl nieregularne bicie serca
pt batimentos cardíacos irregulares
ro bătăi neregulate ale inimii
sk nepravidelný tep
sl nereden srčni utrip
sv oregelbunden hjärtrytm
ja 不整脈
zh 心律不齐
ko 불규칙한 심장 박동
th หัวใจเต้นผิดจังหวะ
vi nhịp tim không đều
tr düzensiz kalp atışı
ar عدم انتظام ضربات القلب
ru нерегулярное сердцебиение
uk нерегулярне серцебиття
hi अनियमित धड़कन
id detak jantung tidak teratur

@symptom.fast_heartbeat snomed=3424008
en fast heartbeat
bg ускорен пулс
cs zrychlený tep
da hurtig puls
de schneller Herzschlag
el ταχυκαρδία
es latidos rápidos
et kiire südamerütm
fi nopea syke
fr rythme cardiaque rapide
ga buille croí tapa
hr ubrzan rad srca
hu szapora szívverés
it battito cardiaco accelerato
lt dažnas širdies plakimas
lv paātrināta sirdsdarbība
mt taħbit tal-qalb mgħaġġel
nl snelle hartslag
pl szybkie bicie serca
pt batimentos cardíacos acelerados
ro bătăi rapide ale inimii
sk zrýchlený tep
sl pospešen srčni utrip
sv snabb puls
ja 頻脈
zh 心跳过快
ko 빠른 심장 박동
th หัวใจเต้นเร็ว
vi nhịp tim nhanh
tr hızlı kalp atışı
ar تسارع ضربات القلب
ru учащённое сердцебиение
uk прискорене серцебиття
hi तेज़ धड़कन
id detak jantung cepat

@symptom.slow_heartbeat snomed=48867003
en slow heartbeat
bg забавен пулс
cs zpomalený tep
da langsom puls
de langsamer Herzschlag
el βραδυκαρδία
es latidos lentos
et aeglane südamerütm
fi hidas syke
fr rythme cardiaque lent
ga buille croí mall
hr usporen rad srca
hu lassú szívverés
it battito cardiaco lento
lt retas širdies plakimas
lv palēnināta sirdsdarbība
mt taħbit tal-qalb bil-mod
nl trage hartslag
pl wolne bicie serca
pt batimentos cardíacos lentos
ro bătăi lente ale inimii
sk spomalený tep
sl upočasnjen srčni utrip
sv långsam puls
ja 徐脈
zh 心跳过慢
ko 느린 심장 박동
th หัวใจเต้นช้า
vi nhịp tim chậm
tr yavaş kalp atışı
ar بطء ضربات القلب
ru замедленное сердцебиение
uk сповільнене серцебиття
hi धीमी धड़कन
id detak jantung lambat

@symptom.breathless_lying_flat snomed=62744007
en breathlessness when lying flat
bg задух в легнало положение
cs dušnost vleže
da åndenød i liggende stilling
de Atemnot im Liegen
el δύσπνοια στην ύπτια θέση
es falta de aire al estar acostado
et hingeldus lamades
fi hengenahdistus makuulla
fr essoufflement en position allongée
ga giorra anála nuair a luíonn tú síos
hr nedostatak zraka u ležećem položaju
hu fekvéskor jelentkező légszomj
it mancanza di respiro da sdraiati
lt dusulys gulint
lv elpas trūkums guļus
mt qtugħ ta' nifs meta timtedd
nl kortademigheid bij plat liggen
pl duszność w pozycji leżącej
pt falta de ar ao deitar
ro lipsă de aer în poziție culcată
sk dýchavičnosť poležiačky
sl težko dihanje leže
sv andnöd i liggande
ja 横になると息苦しい
zh 平卧时呼吸困难
ko 누우면 숨이 참
th นอนราบแล้วหายใจไม่สะดวก
vi khó thở khi nằm
tr yatınca nefes darlığı
ar ضيق التنفس عند الاستلقاء
ru одышка в положении лёжа
uk задишка в положенні лежачи
hi लेटने पर सांस फूलना
id sesak napas saat berbaring

@symptom.cough_with_phlegm snomed=28743005
en cough with phlegm
bg кашлица с храчки
cs vlhký kašel
da hoste med slim
de Husten mit Auswurf
el βήχας με φλέματα
es tos con flemas
et röga eritusega köha
fi limainen yskä
fr toux grasse
ga casacht le réama
hr kašalj s iskašljavanjem
hu hurutos köhögés
it tosse grassa
lt kosulys su skrepliais
lv klepus ar krēpām
mt sogħla bil-bili
nl slijmerige hoest
pl kaszel mokry
pt tosse com expetoração
ro tuse productivă
sk vlhký kašeľ
sl moker kašelj
sv slemhosta
ja 痰が出る咳
zh 咳痰
ko 가래 기침
th ไอมีเสมหะ
vi ho có đờm
tr balgamlı öksürük
ar سعال مع بلغم
ru влажный кашель
uk вологий кашель
hi बलगम वाली खांसी
id batuk berdahak

@symptom.dry_cough snomed=11833005
en dry cough
bg суха кашлица
cs suchý kašel
da tør hoste
de trockener Husten
el ξηρός βήχας
es tos seca
et kuiv köha
fi kuiva yskä
fr toux sèche
ga casacht thirim
hr suhi kašalj
hu száraz köhögés
it tosse secca
lt sausas kosulys
lv sauss klepus
mt sogħla xotta
nl droge hoest
pl suchy kaszel
pt tosse seca
ro tuse seacă
sk suchý kašeľ
sl suh kašelj
sv torrhosta
ja 空咳
zh 干咳
ko 마른 기침
th ไอแห้ง
vi ho khan
tr kuru öksürük
ar سعال جاف
ru сухой кашель
uk сухий кашель
hi सूखी खांसी
id batuk kering

@symptom.flank_pain snomed=247355005
en flank pain
bg болка в хълбока
cs bolest v boku
da smerter i siden
de Schmerzen in der Flanke
el πόνος στο πλάι
es dolor en el costado
et küljevalu
fi kylkikipu
fr douleur au flanc
ga pian sa taobh
hr bol u slabinama
hu oldalfájdalom
it dolore al fianco
lt šono skausmas
lv sāpes sānos
mt uġigħ fil-ġenb
nl flankpijn
pl ból w boku
pt dor no flanco
ro durere în flanc
sk bolesť v boku
sl bolečina v boku
sv smärta i sidan
ja 脇腹の痛み
zh 腰侧疼痛
ko 옆구리 통증
th ปวดสีข้าง
vi đau hông lưng
tr böğür ağrısı
ar ألم الخاصرة
ru боль в боку
uk біль у боці
hi बगल में दर्द
id nyeri pinggang samping

@symptom.pelvic_pain snomed=274671002
en pelvic pain
bg болка в таза
cs bolest v pánvi
da bækkensmerter
de Beckenschmerzen
el πυελικός πόνος
es dolor en la pelvis
et vaagnavalu
fi lantiokipu
fr douleur pelvienne
ga ! no established Irish term we could confirm
hr bol u zdjelici
hu kismedencei fájdalom
it dolore pelvico
lt dubens skausmas
lv iegurņa sāpes
mt uġigħ fil-pelvi
nl bekkenpijn
pl ból miednicy
pt dor pélvica
ro durere pelviană
sk bolesť v panve
sl bolečina v medenici
sv bäckensmärta
ja 骨盤痛
zh 盆腔痛
ko 골반 통증
th ปวดอุ้งเชิงกราน
vi đau vùng chậu
tr leğen bölgesinde ağrı
ar ألم الحوض
ru боль в области таза
uk біль у ділянці таза
hi श्रोणि में दर्द
id nyeri panggul

@symptom.vaginal_bleeding snomed=289530006
en vaginal bleeding
bg влагалищно кървене
cs vaginální krvácení
da vaginal blødning
de vaginale Blutung
el κολπική αιμορραγία
es sangrado vaginal
et tupeverejooks
fi emätinverenvuoto
fr saignement vaginal
ga fuiliú faighne
hr vaginalno krvarenje
hu hüvelyi vérzés
it sanguinamento vaginale
lt kraujavimas iš makšties
lv asiņošana no maksts
mt fsada vaġinali
nl vaginaal bloedverlies
pl krwawienie z pochwy
pt hemorragia vaginal
ro sângerare vaginală
sk vaginálne krvácanie
sl krvavitev iz nožnice
sv vaginal blödning
ja 不正性器出血
zh 阴道出血
ko 질 출혈
th เลือดออกทางช่องคลอด
vi chảy máu âm đạo
tr vajinal kanama
ar نزيف مهبلي
ru вагинальное кровотечение
uk вагінальна кровотеча
hi योनि से रक्तस्राव
id perdarahan vagina

@symptom.breast_lump snomed=89164003
en breast lump
bg бучка в гърдата
cs bulka v prsu
da knude i brystet
de Knoten in der Brust
el όγκος στο στήθος
es bulto en el pecho
et sõlm rinnas
fi kyhmy rinnassa
fr masse au sein
ga cnapán cíche
hr kvržica u dojci
hu csomó a mellben
it nodulo al seno
lt gumbas krūtyje
lv veidojums krūtī
mt ċappa fis-sider
nl knobbeltje in de borst
pl guzek piersi
pt nódulo na mama
ro nodul la sân
sk hrčka v prsníku
sl bula v dojki
sv knöl i bröstet
ja 乳房のしこり
zh 乳房肿块
ko 유방 멍울
th ก้อนที่เต้านม
vi khối u ở vú
tr memede kitle
ar كتلة في الثدي
ru уплотнение в груди
uk ущільнення в грудях
hi स्तन में गांठ
id benjolan di payudara

@symptom.swollen_glands snomed=30746006
en swollen glands
bg подути лимфни възли
cs zvětšené mízní uzliny
da hævede lymfeknuder
de geschwollene Lymphknoten
el πρησμένοι λεμφαδένες
es ganglios inflamados
et paistes lümfisõlmed
fi turvonneet imusolmukkeet
fr ganglions enflés
ga faireoga ata
hr povećani limfni čvorovi
hu duzzadt nyirokcsomók
it linfonodi ingrossati
lt padidėję limfmazgiai
lv palielināti limfmezgli
mt glandoli minfuħin
nl opgezette klieren
pl powiększone węzły chłonne
pt gânglios inchados
ro ganglioni umflați
sk zväčšené lymfatické uzliny
sl povečane bezgavke
sv svullna lymfkörtlar
ja リンパ節の腫れ
zh 淋巴结肿大
ko 림프절 부기
th ต่อมน้ำเหลืองโต
vi sưng hạch bạch huyết
tr lenf bezlerinde şişlik
ar تضخم الغدد اللمفاوية
ru увеличение лимфатических узлов
uk збільшення лімфовузлів
hi लसीका ग्रंथियों में सूजन
id pembengkakan kelenjar getah bening

@symptom.bleeding snomed=131148009
en bleeding
bg кървене
cs krvácení
da blødning
de Blutung
el αιμορραγία
es sangrado
et veritsus
fi verenvuoto
fr saignement
ga fuiliú
hr krvarenje
hu vérzés
it sanguinamento
lt kraujavimas
lv asiņošana
mt fsada
nl bloeding
pl krwawienie
pt hemorragia
ro sângerare
sk krvácanie
sl krvavitev
sv blödning
ja 出血
zh 出血
ko 출혈
th เลือดออก
vi chảy máu
tr kanama
ar نزيف
ru кровотечение
uk кровотеча
hi रक्तस्राव
id perdarahan

@symptom.jaw_pain
en jaw pain
bg болка в челюстта
cs bolest čelisti
da kæbesmerter
de Kieferschmerzen
el πόνος στη γνάθο
es dolor de mandíbula
et lõualuuvalu
fi leukakipu
fr douleur à la mâchoire
ga pian giall
hr bol u čeljusti
hu állkapocsfájdalom
it dolore alla mandibola
lt žandikaulio skausmas
lv žokļa sāpes
mt uġigħ fix-xedaq
nl kaakpijn
pl ból szczęki
pt dor no maxilar
ro durere de maxilar
sk bolesť čeľuste
sl bolečina v čeljusti
sv käksmärta
ja 顎の痛み
zh 下颌疼痛
ko 턱 통증
th ปวดขากรรไกร
vi đau hàm
tr çene ağrısı
ar ألم الفك
ru боль в челюсти
uk біль у щелепі
hi जबड़े में दर्द
id nyeri rahang
""")

BLOCKS.append("""
@symptom.lightheadedness
en feeling faint
bg чувство на прималяване
cs pocit na omdlení
da følelse af at skulle besvime
de Benommenheit
el αίσθημα λιποθυμίας
es sensación de desmayo
et minestustunne
fi pyörryttävä olo
fr sensation de malaise
ga mothú lag
hr osjećaj nesvjestice
hu ájulásérzés
it sensazione di svenimento
lt silpnumo pojūtis
lv ģīboņa sajūta
mt ! no established Maltese term we could confirm
nl licht gevoel in het hoofd
pl uczucie omdlewania
pt sensação de desmaio
ro senzație de leșin
sk pocit na odpadnutie
sl občutek omedlevice
sv känsla av att svimma
ja 気が遠くなる感じ
zh 头昏眼花
ko 기절할 것 같은 느낌
th รู้สึกจะเป็นลม
vi cảm giác muốn ngất
tr bayılacak gibi olma
ar الشعور بالإغماء
ru предобморочное состояние
uk переднепритомний стан
hi बेहोशी जैसा महसूस होना
id rasa mau pingsan

@symptom.calf_pain
en calf pain
bg болка в прасеца
cs bolest lýtka
da smerter i læggen
de Wadenschmerzen
el πόνος στη γάμπα
es dolor en la pantorrilla
et säärevalu
fi pohjekipu
fr douleur au mollet
ga pian colpa
hr bol u listu
hu vádlifájdalom
it dolore al polpaccio
lt blauzdos skausmas
lv ikru sāpes
mt ! no established Maltese term we could confirm
nl pijn in de kuit
pl ból łydki
pt dor na barriga da perna
ro durere în gambă
sk bolesť lýtka
sl bolečina v meči
sv smärta i vaden
ja ふくらはぎの痛み
zh 小腿肚疼痛
ko 종아리 통증
th ปวดน่อง
vi đau bắp chân
tr baldır ağrısı
ar ألم ربلة الساق
ru боль в икре
uk біль у литці
hi पिंडली में दर्द
id nyeri betis

@symptom.ear_discharge
en discharge from the ear
bg течение от ухото
cs výtok z ucha
da flåd fra øret
de Ausfluss aus dem Ohr
el έκκριση από το αυτί
es supuración del oído
et eritis kõrvast
fi korvan vuotaminen
fr écoulement de l'oreille
ga sileadh ón gcluas
hr iscjedak iz uha
hu fülfolyás
it secrezione dall'orecchio
lt išskyros iš ausies
lv izdalījumi no auss
mt ! no established Maltese term we could confirm
nl afscheiding uit het oor
pl wyciek z ucha
pt corrimento do ouvido
ro secreții din ureche
sk výtok z ucha
sl izcedek iz ušesa
sv flytning från örat
ja 耳だれ
zh 耳流脓
ko 귀 분비물
th หูน้ำหนวกไหล
vi chảy mủ tai
tr kulak akıntısı
ar إفرازات من الأذن
ru выделения из уха
uk виділення з вуха
hi कान बहना
id keluar cairan dari telinga

@symptom.eye_discharge
en discharge from the eye
bg секрет от окото
cs výtok z oka
da flåd fra øjet
de Augenausfluss
el έκκριση από το μάτι
es legañas
et eritis silmast
fi silmän rähmiminen
fr écoulement oculaire
ga sileadh ón tsúil
hr iscjedak iz oka
hu szemváladék
it secrezione oculare
lt išskyros iš akies
lv izdalījumi no acs
mt ! no established Maltese term we could confirm
nl afscheiding uit het oog
pl wydzielina z oka
pt secreção ocular
ro secreții oculare
sk výtok z oka
sl izcedek iz očesa
sv flytning från ögat
ja 目やに
zh 眼部分泌物
ko 눈곱
th ขี้ตาเยอะ
vi ghèn mắt
tr göz akıntısı
ar إفرازات من العين
ru выделения из глаза
uk виділення з ока
hi आँख से कीचड़ आना
id belekan

@symptom.painful_swallowing
en painful swallowing
bg болезнено преглъщане
cs bolestivé polykání
da smerter ved synkning
de Schmerzen beim Schlucken
el πόνος κατά την κατάποση
es dolor al tragar
et valulik neelamine
fi kivulias nieleminen
fr douleur à la déglutition
ga pian ag slogadh
hr bolno gutanje
hu fájdalmas nyelés
it dolore a deglutire
lt skausmingas rijimas
lv sāpīga rīšana
mt uġigħ meta tibla'
nl pijn bij het slikken
pl ból przy połykaniu
pt dor ao engolir
ro durere la înghițire
sk bolestivé hltanie
sl boleče požiranje
sv smärta vid sväljning
ja 飲み込むときの痛み
zh 吞咽疼痛
ko 삼킬 때 통증
th กลืนเจ็บ
vi nuốt đau
tr yutkunurken ağrı
ar ألم عند البلع
ru боль при глотании
uk біль при ковтанні
hi निगलने में दर्द
id nyeri saat menelan

@symptom.testicular_pain
en testicular pain
bg болка в тестиса
cs bolest varlete
da smerter i testiklen
de Schmerzen im Hoden
el πόνος στον όρχι
es dolor testicular
et munandivalu
fi kivespussin kipu
fr douleur testiculaire
ga pian magairle
hr bol u testisu
hu herefájdalom
it dolore testicolare
lt sėklidės skausmas
lv sēklinieka sāpes
mt ! no established Maltese term we could confirm
nl pijn in de zaadbal
pl ból jądra
pt dor testicular
ro durere testiculară
sk bolesť semenníka
sl bolečina v modu
sv smärta i testikeln
ja 精巣の痛み
zh 睾丸疼痛
ko 고환 통증
th ปวดอัณฑะ
vi đau tinh hoàn
tr testis ağrısı
ar ألم الخصية
ru боль в яичке
uk біль у яєчку
hi अंडकोष में दर्द
id nyeri testis

@symptom.cloudy_urine
en cloudy or foul-smelling urine
bg мътна или зловонна урина
cs zakalená nebo zapáchající moč
da grumset eller ildelugtende urin
de trüber oder übelriechender Urin
el θολά ή δύσοσμα ούρα
es orina turbia o maloliente
et hägune või halvalõhnaline uriin
fi samea tai pahanhajuinen virtsa
fr urines troubles ou malodorantes
ga fual modartha nó bréan
hr mutna ili neugodna mirisa mokraća
hu zavaros vagy kellemetlen szagú vizelet
it urine torbide o maleodoranti
lt drumstas ar nemalonaus kvapo šlapimas
lv duļķains vai nepatīkami smakojošs urīns
mt ! no established Maltese term we could confirm
nl troebele of stinkende urine
pl mętny lub cuchnący mocz
pt urina turva ou com mau cheiro
ro urină tulbure sau urât mirositoare
sk zakalený alebo zapáchajúci moč
sl moten ali smrdeč urin
sv grumlig eller illaluktande urin
ja 濁った尿や臭いの強い尿
zh 尿液浑浊或有异味
ko 탁하거나 냄새나는 소변
th ปัสสาวะขุ่นหรือมีกลิ่นเหม็น
vi nước tiểu đục hoặc có mùi hôi
tr bulanık veya kötü kokulu idrar
ar بول عكر أو كريه الرائحة
ru мутная или дурно пахнущая моча
uk каламутна або неприємно пахнуча сеча
hi धुँधला या बदबूदार पेशाब
id urine keruh atau berbau

@symptom.dark_urine
en dark urine
bg тъмна урина
cs tmavá moč
da mørk urin
de dunkler Urin
el σκούρα ούρα
es orina oscura
et tume uriin
fi tumma virtsa
fr urines foncées
ga fual dorcha
hr tamna mokraća
hu sötét vizelet
it urine scure
lt tamsus šlapimas
lv tumšs urīns
mt awrina skura
nl donkere urine
pl ciemny mocz
pt urina escura
ro urină închisă la culoare
sk tmavý moč
sl temen urin
sv mörk urin
ja 濃い色の尿
zh 尿色深
ko 진한 소변
th ปัสสาวะสีเข้ม
vi nước tiểu sẫm màu
tr koyu renkli idrar
ar بول داكن
ru тёмная моча
uk темна сеча
hi गहरे रंग का पेशाब
id urine berwarna gelap

@symptom.cold_hands_and_feet
en cold hands and feet
bg студени ръце и крака
cs studené ruce a nohy
da kolde hænder og fødder
de kalte Hände und Füße
el κρύα χέρια και πόδια
es manos y pies fríos
et külmad käed ja jalad
fi kylmät kädet ja jalat
fr mains et pieds froids
ga lámha agus cosa fuara
hr hladne ruke i noge
hu hideg kéz és láb
it mani e piedi freddi
lt šaltos rankos ir kojos
lv aukstas rokas un kājas
mt idejn u saqajn kesħin
nl koude handen en voeten
pl zimne dłonie i stopy
pt mãos e pés frios
ro mâini și picioare reci
sk studené ruky a nohy
sl hladne roke in noge
sv kalla händer och fötter
ja 手足の冷え
zh 手脚冰冷
ko 손발 차가움
th มือเท้าเย็น
vi tay chân lạnh
tr el ve ayaklarda soğukluk
ar برودة اليدين والقدمين
ru холодные руки и ноги
uk холодні руки й ноги
hi हाथ पैर ठंडे होना
id tangan dan kaki dingin
""")

# ---- body sites: head, neck, arms ---------------------------------------------------------
BLOCKS.append("""
@body_site.head snomed=69536005
en head
bg глава
cs hlava
da hoved
de Kopf
el κεφάλι
es cabeza
et pea
fi pää
fr tête
ga ceann
hr glava
hu fej
it testa
lt galva
lv galva
mt ras
nl hoofd
pl głowa
pt cabeça
ro cap
sk hlava
sl glava
sv huvud
ja 頭
zh 头部
ko 머리
th ศีรษะ
vi đầu
tr baş
ar الرأس
ru голова
uk голова
hi सिर
id kepala

@body_site.forehead snomed=52795006
en forehead
bg чело
cs čelo
da pande
de Stirn
el μέτωπο
es frente
et laup
fi otsa
fr front
ga éadan
hr čelo
hu homlok
it fronte
lt kakta
lv piere
mt ġbin
nl voorhoofd
pl czoło
pt testa
ro frunte
sk čelo
sl čelo
sv panna
ja 額
zh 额头
ko 이마
th หน้าผาก
vi trán
tr alın
ar الجبهة
ru лоб
uk лоб
hi माथा
id dahi

@body_site.face snomed=89545001
en face
bg лице
cs obličej
da ansigt
de Gesicht
el πρόσωπο
es cara
et nägu
fi kasvot
fr visage
ga aghaidh
hr lice
hu arc
it viso
lt veidas
lv seja
mt wiċċ
nl gezicht
pl twarz
pt face
ro față
sk tvár
sl obraz
sv ansikte
ja 顔
zh 面部
ko 얼굴
th ใบหน้า
vi mặt
tr yüz
ar الوجه
ru лицо
uk обличчя
hi चेहरा
id wajah

@body_site.scalp snomed=41695006
en scalp
bg скалп
cs vlasová pokožka
da hovedbund
de Kopfhaut
el τριχωτό της κεφαλής
es cuero cabelludo
et peanahk
fi päänahka
fr cuir chevelu
ga craiceann an chinn
hr vlasište
hu fejbőr
it cuoio capelluto
lt galvos oda
lv galvas āda
mt ġilda tar-ras
nl hoofdhuid
pl skóra głowy
pt couro cabeludo
ro scalp
sk vlasová pokožka hlavy
sl lasišče
sv hårbotten
ja 頭皮
zh 头皮
ko 두피
th หนังศีรษะ
vi da đầu
tr saçlı deri
ar فروة الرأس
ru кожа головы
uk шкіра голови
hi खोपड़ी की त्वचा
id kulit kepala

@body_site.eye snomed=81745001
en eye
bg око
cs oko
da øje
de Auge
el μάτι
es ojo
et silm
fi silmä
fr œil
ga súil
hr oko
hu szem
it occhio
lt akis
lv acs
mt għajn
nl oog
pl oko
pt olho
ro ochi
sk oko
sl oko
sv öga
ja 目
zh 眼睛
ko 눈
th ตา
vi mắt
tr göz
ar العين
ru глаз
uk око
hi आँख
id mata

@body_site.eyelid snomed=80243003
en eyelid
bg клепач
cs oční víčko
da øjenlåg
de Augenlid
el βλέφαρο
es párpado
et silmalaug
fi silmäluomi
fr paupière
ga ! no established Irish term we could confirm
hr vjeđa
hu szemhéj
it palpebra
lt akies vokas
lv plakstiņš
mt tebqa tal-għajn
nl ooglid
pl powieka
pt pálpebra
ro pleoapă
sk očné viečko
sl veka
sv ögonlock
ja まぶた
zh 眼睑
ko 눈꺼풀
th เปลือกตา
vi mí mắt
tr göz kapağı
ar الجفن
ru веко
uk повіка
hi पलक
id kelopak mata

@body_site.ear snomed=117590005
en ear
bg ухо
cs ucho
da øre
de Ohr
el αυτί
es oído
et kõrv
fi korva
fr oreille
ga cluas
hr uho
hu fül
it orecchio
lt ausis
lv auss
mt widna
nl oor
pl ucho
pt ouvido
ro ureche
sk ucho
sl uho
sv öra
ja 耳
zh 耳朵
ko 귀
th หู
vi tai
tr kulak
ar الأذن
ru ухо
uk вухо
hi कान
id telinga

@body_site.nose snomed=45206002
en nose
bg нос
cs nos
da næse
de Nase
el μύτη
es nariz
et nina
fi nenä
fr nez
ga srón
hr nos
hu orr
it naso
lt nosis
lv deguns
mt imnieħer
nl neus
pl nos
pt nariz
ro nas
sk nos
sl nos
sv näsa
ja 鼻
zh 鼻子
ko 코
th จมูก
vi mũi
tr burun
ar الأنف
ru нос
uk ніс
hi नाक
id hidung

@body_site.mouth snomed=123851003
en mouth
bg уста
cs ústa
da mund
de Mund
el στόμα
es boca
et suu
fi suu
fr bouche
ga béal
hr usta
hu száj
it bocca
lt burna
lv mute
mt ħalq
nl mond
pl usta
pt boca
ro gură
sk ústa
sl usta
sv mun
ja 口
zh 口腔
ko 입
th ปาก
vi miệng
tr ağız
ar الفم
ru рот
uk рот
hi मुंह
id mulut

@body_site.lip snomed=48477009
en lip
bg устна
cs ret
da læbe
de Lippe
el χείλος
es labio
et huul
fi huuli
fr lèvre
ga liopa
hr usna
hu ajak
it labbro
lt lūpa
lv lūpa
mt xoffa
nl lip
pl warga
pt lábio
ro buză
sk pera
sl ustnica
sv läpp
ja 唇
zh 嘴唇
ko 입술
th ริมฝีปาก
vi môi
tr dudak
ar الشفة
ru губа
uk губа
hi होंठ
id bibir

@body_site.tongue snomed=21974007
en tongue
bg език
cs jazyk
da tunge
de Zunge
el γλώσσα
es lengua
et keel
fi kieli
fr langue
ga teanga
hr jezik
hu nyelv
it lingua
lt liežuvis
lv mēle
mt ilsien
nl tong
pl język
pt língua
ro limbă
sk jazyk
sl jezik
sv tunga
ja 舌
zh 舌头
ko 혀
th ลิ้น
vi lưỡi
tr dil
ar اللسان
ru язык
uk язик
hi जीभ
id lidah

@body_site.tooth snomed=38199008
en tooth
bg зъб
cs zub
da tand
de Zahn
el δόντι
es diente
et hammas
fi hammas
fr dent
ga fiacail
hr zub
hu fog
it dente
lt dantis
lv zobs
mt sinna
nl tand
pl ząb
pt dente
ro dinte
sk zub
sl zob
sv tand
ja 歯
zh 牙齿
ko 치아
th ฟัน
vi răng
tr diş
ar السن
ru зуб
uk зуб
hi दाँत
id gigi

@body_site.gums snomed=113279002
en gums
bg венци
cs dásně
da tandkød
de Zahnfleisch
el ούλα
es encías
et igemed
fi ikenet
fr gencives
ga drandal
hr desni
hu íny
it gengive
lt dantenos
lv smaganas
mt ħanek
nl tandvlees
pl dziąsła
pt gengivas
ro gingii
sk ďasná
sl dlesni
sv tandkött
ja 歯ぐき
zh 牙龈
ko 잇몸
th เหงือก
vi lợi
tr diş eti
ar اللثة
ru дёсны
uk ясна
hi मसूड़े
id gusi

@body_site.jaw snomed=661005
en jaw
bg челюст
cs čelist
da kæbe
de Kiefer
el γνάθος
es mandíbula
et lõualuu
fi leuka
fr mâchoire
ga giall
hr čeljust
hu állkapocs
it mandibola
lt žandikaulis
lv žoklis
mt xedaq
nl kaak
pl szczęka
pt maxilar
ro maxilar
sk čeľusť
sl čeljust
sv käke
ja 顎
zh 颌部
ko 턱
th ขากรรไกร
vi hàm
tr çene
ar الفك
ru челюсть
uk щелепа
hi जबड़ा
id rahang

@body_site.cheek snomed=60819002
en cheek
bg буза
cs tvář
da kind
de Wange
el μάγουλο
es mejilla
et põsk
fi poski
fr joue
ga leiceann
hr obraz
hu orca
it guancia
lt skruostas
lv vaigs
mt ħadd
nl wang
pl policzek
pt bochecha
ro obraz
sk líce
sl lice
sv kind
ja 頬
zh 面颊
ko 뺨
th แก้ม
vi má
tr yanak
ar الخد
ru щека
uk щока
hi गाल
id pipi

@body_site.chin snomed=30291003
en chin
bg брадичка
cs brada
da hage
de Kinn
el πηγούνι
es barbilla
et lõug
fi leuan kärki
fr menton
ga smig
hr brada
hu áll
it mento
lt smakras
lv zods
mt geddum
nl kin
pl podbródek
pt queixo
ro bărbie
sk brada
sl brada
sv haka
ja あご先
zh 下巴
ko 아래턱 끝
th คาง
vi cằm
tr çene ucu
ar الذقن
ru подбородок
uk підборіддя
hi ठोड़ी
id dagu

@body_site.throat snomed=54066008
en throat
bg гърло
cs hrdlo
da svælg
de Rachen
el λαιμός
es garganta
et kurk
fi kurkku
fr gorge
ga scornach
hr grlo
hu torok
it gola
lt gerklė
lv rīkle
mt griżmejn
nl keel
pl gardło
pt garganta
ro faringe
sk hrdlo
sl žrelo
sv svalg
ja 喉
zh 咽喉
ko 목구멍
th คอหอย
vi họng
tr boğaz
ar الحلق
ru горло
uk горло
hi गला
id tenggorokan

@body_site.neck snomed=45048000
en neck
bg врат
cs krk
da hals
de Hals
el τράχηλος
es cuello
et kael
fi kaula
fr cou
ga muineál
hr vrat
hu nyak
it collo
lt kaklas
lv kakls
mt għonq
nl nek
pl szyja
pt pescoço
ro gât
sk krk
sl vrat
sv hals
ja 首
zh 颈部
ko 목
th คอ
vi cổ
tr boyun
ar الرقبة
ru шея
uk шия
hi गर्दन
id leher

@body_site.shoulder snomed=16982005
en shoulder
bg рамо
cs rameno
da skulder
de Schulter
el ώμος
es hombro
et õlg
fi olkapää
fr épaule
ga gualainn
hr rame
hu váll
it spalla
lt petys
lv plecs
mt spalla
nl schouder
pl bark
pt ombro
ro umăr
sk plece
sl rama
sv axel
ja 肩
zh 肩部
ko 어깨
th ไหล่
vi vai
tr omuz
ar الكتف
ru плечо
uk плече
hi कंधा
id bahu

@body_site.left_shoulder snomed=91775009
en left shoulder
bg ляво рамо
cs levé rameno
da venstre skulder
de linke Schulter
el αριστερός ώμος
es hombro izquierdo
et vasak õlg
fi vasen olkapää
fr épaule gauche
ga gualainn chlé
hr lijevo rame
hu bal váll
it spalla sinistra
lt kairysis petys
lv kreisais plecs
mt spalla tax-xellug
nl linkerschouder
pl lewy bark
pt ombro esquerdo
ro umărul stâng
sk ľavé plece
sl leva rama
sv vänster axel
ja 左肩
zh 左肩
ko 왼쪽 어깨
th ไหล่ซ้าย
vi vai trái
tr sol omuz
ar الكتف الأيسر
ru левое плечо
uk ліве плече
hi बायां कंधा
id bahu kiri

@body_site.right_shoulder snomed=91774008
en right shoulder
bg дясно рамо
cs pravé rameno
da højre skulder
de rechte Schulter
el δεξιός ώμος
es hombro derecho
et parem õlg
fi oikea olkapää
fr épaule droite
ga gualainn dheas
hr desno rame
hu jobb váll
it spalla destra
lt dešinysis petys
lv labais plecs
mt spalla tal-lemin
nl rechterschouder
pl prawy bark
pt ombro direito
ro umărul drept
sk pravé plece
sl desna rama
sv höger axel
ja 右肩
zh 右肩
ko 오른쪽 어깨
th ไหล่ขวา
vi vai phải
tr sağ omuz
ar الكتف الأيمن
ru правое плечо
uk праве плече
hi दायां कंधा
id bahu kanan

@body_site.arm snomed=53120007
en arm
bg горен крайник
cs paže
da arm
de Arm
el άνω άκρο
es brazo
et käsivars
fi käsivarsi
fr bras
ga ! no Irish term distinct from "lámh" (hand) we could confirm
hr ruka
hu kar
it braccio
lt ranka
lv roka
mt driegħ
nl arm
pl ręka
pt braço
ro braț
sk paža
sl zgornji ud
sv arm
ja 腕
zh 手臂
ko 팔
th แขน
vi cánh tay
tr kol
ar الذراع
ru рука
uk рука
hi बाँह
id lengan

@body_site.upper_arm snomed=40983000
en upper arm
bg мишница
cs nadloktí
da overarm
de Oberarm
el βραχίονας
es parte superior del brazo
et õlavars
fi olkavarsi
fr haut du bras
ga ! no established Irish term we could confirm
hr nadlaktica
hu felkar
it parte superiore del braccio
lt žastas
lv augšdelms
mt ! no established Maltese term we could confirm
nl bovenarm
pl ramię
pt parte superior do braço
ro partea superioară a brațului
sk rameno
sl nadlaket
sv överarm
ja 上腕
zh 上臂
ko 위팔
th ต้นแขน
vi cánh tay trên
tr üst kol
ar العضد
ru верхняя часть руки
uk верхня частина руки
hi ऊपरी बाँह
id lengan atas

@body_site.elbow snomed=16953009
en elbow
bg лакът
cs loket
da albue
de Ellbogen
el αγκώνας
es codo
et küünarnukk
fi kyynärpää
fr coude
ga uillinn
hr lakat
hu könyök
it gomito
lt alkūnė
lv elkonis
mt minkeb
nl elleboog
pl łokieć
pt cotovelo
ro cot
sk lakeť
sl komolec
sv armbåge
ja 肘
zh 肘部
ko 팔꿈치
th ข้อศอก
vi khuỷu tay
tr dirsek
ar المرفق
ru локоть
uk лікоть
hi कोहनी
id siku

@body_site.forearm snomed=14975008
en forearm
bg предмишница
cs předloktí
da underarm
de Unterarm
el πήχης
es antebrazo
et küünarvars
fi kyynärvarsi
fr avant-bras
ga rí
hr podlaktica
hu alkar
it avambraccio
lt dilbis
lv apakšdelms
mt ! no established Maltese term we could confirm
nl onderarm
pl przedramię
pt antebraço
ro antebraț
sk predlaktie
sl podlaket
sv underarm
ja 前腕
zh 前臂
ko 아래팔
th แขนท่อนล่าง
vi cẳng tay
tr ön kol
ar الساعد
ru предплечье
uk передпліччя
hi अग्रबाहु
id lengan bawah

@body_site.wrist snomed=74670003
en wrist
bg китка
cs zápěstí
da håndled
de Handgelenk
el καρπός
es muñeca
et ranne
fi ranne
fr poignet
ga caol na láimhe
hr ručni zglob
hu csukló
it polso
lt riešas
lv plaukstas locītava
mt polz
nl pols
pl nadgarstek
pt pulso
ro încheietura mâinii
sk zápästie
sl zapestje
sv handled
ja 手首
zh 手腕
ko 손목
th ข้อมือ
vi cổ tay
tr bilek
ar الرسغ
ru запястье
uk зап'ястя
hi कलाई
id pergelangan tangan

@body_site.hand snomed=85562004
en hand
bg ръка
cs ruka
da hånd
de Hand
el χέρι
es mano
et käsi
fi käsi
fr main
ga lámh
hr šaka
hu kéz
it mano
lt plaštaka
lv plauksta
mt id
nl hand
pl dłoń
pt mão
ro mână
sk ruka
sl roka
sv hand
ja 手
zh 手
ko 손
th มือ
vi bàn tay
tr el
ar اليد
ru кисть
uk кисть
hi हाथ
id tangan

@body_site.palm snomed=21547004
en palm
bg длан
cs dlaň
da håndflade
de Handfläche
el παλάμη
es palma de la mano
et peopesa
fi kämmen
fr paume
ga bos
hr dlan
hu tenyér
it palmo
lt delnas
lv delna
mt pala tal-id
nl handpalm
pl wnętrze dłoni
pt palma da mão
ro palmă
sk dlaň
sl dlan
sv handflata
ja 手のひら
zh 手掌
ko 손바닥
th ฝ่ามือ
vi lòng bàn tay
tr avuç içi
ar راحة اليد
ru ладонь
uk долоня
hi हथेली
id telapak tangan

@body_site.finger snomed=7569003
en finger
bg пръст на ръката
cs prst na ruce
da finger
de Finger
el δάχτυλο του χεριού
es dedo de la mano
et sõrm
fi sormi
fr doigt
ga méar
hr prst na ruci
hu ujj
it dito della mano
lt rankos pirštas
lv pirksts
mt saba' tal-id
nl vinger
pl palec u ręki
pt dedo da mão
ro deget de la mână
sk prst na ruke
sl prst na roki
sv finger
ja 手の指
zh 手指
ko 손가락
th นิ้วมือ
vi ngón tay
tr el parmağı
ar إصبع اليد
ru палец руки
uk палець руки
hi उंगली
id jari tangan

@body_site.thumb snomed=76505004
en thumb
bg палец
cs palec
da tommelfinger
de Daumen
el αντίχειρας
es pulgar
et pöial
fi peukalo
fr pouce
ga ordóg
hr palac
hu hüvelykujj
it pollice
lt nykštys
lv īkšķis
mt saba' l-kbir
nl duim
pl kciuk
pt polegar
ro degetul mare de la mână
sk palec na ruke
sl palec
sv tumme
ja 親指
zh 拇指
ko 엄지손가락
th นิ้วหัวแม่มือ
vi ngón tay cái
tr başparmak
ar الإبهام
ru большой палец руки
uk великий палець руки
hi अंगूठा
id ibu jari

@body_site.nail snomed=72651009
en nail
bg нокът
cs nehet
da negl
de Nagel
el νύχι
es uña
et küüs
fi kynsi
fr ongle
ga ionga
hr nokat
hu köröm
it unghia
lt nagas
lv nags
mt difer
nl nagel
pl paznokieć
pt unha
ro unghie
sk necht
sl noht
sv nagel
ja 爪
zh 指甲
ko 손톱
th เล็บ
vi móng
tr tırnak
ar الظفر
ru ноготь
uk ніготь
hi नाखून
id kuku

@body_site.armpit snomed=91470000
en armpit
bg подмишница
cs podpaží
da armhule
de Achselhöhle
el μασχάλη
es axila
et kaenlaalune
fi kainalo
fr aisselle
ga ascaill
hr pazuh
hu hónalj
it ascella
lt pažastis
lv paduse
mt ! no established Maltese term we could confirm
nl oksel
pl pacha
pt axila
ro axilă
sk podpazušie
sl pazduha
sv armhåla
ja 脇の下
zh 腋窝
ko 겨드랑이
th รักแร้
vi nách
tr koltuk altı
ar الإبط
ru подмышка
uk пахва
hi बगल
id ketiak
""")

# ---- body sites: trunk ----------------------------------------------------------------------
BLOCKS.append("""
@body_site.chest snomed=51185008
en chest
bg гръден кош
cs hrudník
da brystkasse
de Brustkorb
el θώρακας
es tórax
et rindkere
fi rintakehä
fr thorax
ga cliabhrach
hr prsni koš
hu mellkas
it torace
lt krūtinė
lv krūškurvis
mt sider
nl borstkas
pl klatka piersiowa
pt tórax
ro torace
sk hrudník
sl prsni koš
sv bröstkorg
ja 胸部
zh 胸部
ko 가슴
th หน้าอก
vi ngực
tr göğüs
ar الصدر
ru грудная клетка
uk грудна клітка
hi छाती
id dada

@body_site.left_chest
en left side of the chest
bg лявата страна на гърдите
cs levá strana hrudníku
da venstre side af brystet
de linke Brustseite
el αριστερή πλευρά του θώρακα
es lado izquierdo del pecho
et rindkere vasak pool
fi rintakehän vasen puoli
fr côté gauche de la poitrine
ga taobh clé an chliabhraigh
hr lijeva strana prsnog koša
hu mellkas bal oldala
it lato sinistro del torace
lt kairė krūtinės pusė
lv krūškurvja kreisā puse
mt in-naħa tax-xellug tas-sider
nl linkerkant van de borst
pl lewa strona klatki piersiowej
pt lado esquerdo do peito
ro partea stângă a pieptului
sk ľavá strana hrudníka
sl leva stran prsnega koša
sv vänster sida av bröstet
ja 左胸
zh 左胸
ko 왼쪽 가슴
th หน้าอกซ้าย
vi ngực trái
tr göğsün sol tarafı
ar الجانب الأيسر من الصدر
ru левая половина грудной клетки
uk ліва половина грудної клітки
hi छाती का बायां भाग
id dada kiri

@body_site.right_chest
en right side of the chest
bg дясната страна на гърдите
cs pravá strana hrudníku
da højre side af brystet
de rechte Brustseite
el δεξιά πλευρά του θώρακα
es lado derecho del pecho
et rindkere parem pool
fi rintakehän oikea puoli
fr côté droit de la poitrine
ga taobh deas an chliabhraigh
hr desna strana prsnog koša
hu mellkas jobb oldala
it lato destro del torace
lt dešinė krūtinės pusė
lv krūškurvja labā puse
mt in-naħa tal-lemin tas-sider
nl rechterkant van de borst
pl prawa strona klatki piersiowej
pt lado direito do peito
ro partea dreaptă a pieptului
sk pravá strana hrudníka
sl desna stran prsnega koša
sv höger sida av bröstet
ja 右胸
zh 右胸
ko 오른쪽 가슴
th หน้าอกขวา
vi ngực phải
tr göğsün sağ tarafı
ar الجانب الأيمن من الصدر
ru правая половина грудной клетки
uk права половина грудної клітки
hi छाती का दायां भाग
id dada kanan

@body_site.breast snomed=76752008
en breast
bg гърда
cs prs
da bryst
de Brust
el μαστός
es mama
et rind
fi rinta
fr sein
ga cíoch
hr dojka
hu emlő
it seno
lt krūtis
lv krūts
mt ! Maltese "sider" covers both chest and breast; no distinct term we could confirm
nl borst
pl pierś
pt mama
ro sân
sk prsník
sl dojka
sv bröst
ja 乳房
zh 乳房
ko 유방
th เต้านม
vi vú
tr meme
ar الثدي
ru молочная железа
uk молочна залоза
hi स्तन
id payudara

@body_site.collarbone snomed=51299004
en collarbone
bg ключица
cs klíční kost
da kraveben
de Schlüsselbein
el κλείδα
es clavícula
et rangluu
fi solisluu
fr clavicule
ga dealrachán
hr ključna kost
hu kulcscsont
it clavicola
lt raktikaulis
lv atslēgas kauls
mt ! no established Maltese term we could confirm
nl sleutelbeen
pl obojczyk
pt clavícula
ro claviculă
sk kľúčna kosť
sl ključnica
sv nyckelben
ja 鎖骨
zh 锁骨
ko 쇄골
th กระดูกไหปลาร้า
vi xương đòn
tr köprücük kemiği
ar الترقوة
ru ключица
uk ключиця
hi हंसली
id tulang selangka

@body_site.ribs snomed=113197003
en ribs
bg ребра
cs žebra
da ribben
de Rippen
el πλευρά
es costillas
et ribid
fi kylkiluut
fr côtes
ga easnacha
hr rebra
hu bordák
it costole
lt šonkauliai
lv ribas
mt kustilji
nl ribben
pl żebra
pt costelas
ro coaste
sk rebrá
sl rebra
sv revben
ja 肋骨
zh 肋骨
ko 갈비뼈
th ซี่โครง
vi xương sườn
tr kaburgalar
ar الأضلاع
ru рёбра
uk ребра
hi पसलियाँ
id tulang rusuk

@body_site.breastbone snomed=56873002
en breastbone
bg гръдна кост
cs hrudní kost
da brystben
de Brustbein
el στέρνο
es esternón
et rinnaku
fi rintalasta
fr sternum
ga cnámh an uchta
hr prsna kost
hu szegycsont
it sterno
lt krūtinkaulis
lv krūšu kauls
mt ! no established Maltese term we could confirm
nl borstbeen
pl mostek
pt esterno
ro stern
sk hrudná kosť
sl prsnica
sv bröstben
ja 胸骨
zh 胸骨
ko 흉골
th กระดูกหน้าอก
vi xương ức
tr göğüs kemiği
ar عظم القص
ru грудина
uk грудина
hi उरोस्थि
id tulang dada

@body_site.back snomed=77568009
en back
bg гръб
cs záda
da ryg
de Rücken
el πλάτη
es espalda
et selg
fi selkä
fr dos
ga droim
hr leđa
hu hát
it schiena
lt nugara
lv mugura
mt dahar
nl rug
pl plecy
pt costas
ro spate
sk chrbát
sl hrbet
sv rygg
ja 背中
zh 背部
ko 등
th หลัง
vi lưng
tr sırt
ar الظهر
ru спина
uk спина
hi पीठ
id punggung

@body_site.upper_back
en upper back
bg горната част на гърба
cs horní část zad
da øvre del af ryggen
de oberer Rücken
el άνω μέρος της πλάτης
es parte superior de la espalda
et selja ülemine osa
fi yläselkä
fr haut du dos
ga uachtar an droma
hr gornji dio leđa
hu felső hát
it parte superiore della schiena
lt viršutinė nugaros dalis
lv muguras augšdaļa
mt il-parti ta' fuq tad-dahar
nl bovenrug
pl górna część pleców
pt parte superior das costas
ro partea superioară a spatelui
sk horná časť chrbta
sl zgornji del hrbta
sv övre delen av ryggen
ja 背中の上部
zh 上背部
ko 등 윗부분
th หลังส่วนบน
vi lưng trên
tr sırtın üst kısmı
ar أعلى الظهر
ru верхняя часть спины
uk верхня частина спини
hi पीठ का ऊपरी भाग
id punggung atas

@body_site.lower_back snomed=37822005
en lower back
bg кръст
cs kříž
da lænd
de unterer Rücken
el μέση
es zona lumbar
et alaselg
fi alaselkä
fr bas du dos
ga íochtar an droma
hr križa
hu derék
it parte bassa della schiena
lt juosmuo
lv muguras lejasdaļa
mt il-parti t'isfel tad-dahar
nl onderrug
pl dolna część pleców
pt fundo das costas
ro partea inferioară a spatelui
sk kríže
sl križ
sv ländrygg
ja 腰
zh 腰部
ko 허리
th หลังส่วนล่าง
vi thắt lưng
tr bel
ar أسفل الظهر
ru поясница
uk поперек
hi कमर
id pinggang

@body_site.spine snomed=421060004
en spine
bg гръбначен стълб
cs páteř
da rygsøjle
de Wirbelsäule
el σπονδυλική στήλη
es columna vertebral
et selgroog
fi selkäranka
fr colonne vertébrale
ga cnámh droma
hr kralježnica
hu gerinc
it colonna vertebrale
lt stuburas
lv mugurkauls
mt sinsla
nl wervelkolom
pl kręgosłup
pt coluna vertebral
ro coloana vertebrală
sk chrbtica
sl hrbtenica
sv ryggrad
ja 背骨
zh 脊柱
ko 척추
th กระดูกสันหลัง
vi cột sống
tr omurga
ar العمود الفقري
ru позвоночник
uk хребет
hi रीढ़ की हड्डी
id tulang belakang

@body_site.abdomen snomed=113345001
en abdomen
bg корем
cs břicho
da mave
de Bauch
el κοιλιά
es abdomen
et kõht
fi vatsa
fr ventre
ga bolg
hr trbuh
hu has
it addome
lt pilvas
lv vēders
mt żaqq
nl buik
pl brzuch
pt abdómen
ro abdomen
sk brucho
sl trebuh
sv mage
ja 腹部
zh 腹部
ko 배
th ท้อง
vi bụng
tr karın
ar البطن
ru живот
uk живіт
hi पेट
id perut

@body_site.upper_abdomen snomed=27947004
en upper abdomen
bg горната част на корема
cs horní část břicha
da øvre del af maven
de Oberbauch
el άνω κοιλία
es parte superior del abdomen
et kõhu ülemine osa
fi ylävatsa
fr haut du ventre
ga uachtar an bhoilg
hr gornji dio trbuha
hu has felső része
it parte superiore dell'addome
lt viršutinė pilvo dalis
lv vēdera augšdaļa
mt il-parti ta' fuq taż-żaqq
nl bovenbuik
pl nadbrzusze
pt parte superior do abdómen
ro partea superioară a abdomenului
sk horná časť brucha
sl zgornji del trebuha
sv övre delen av magen
ja 上腹部
zh 上腹部
ko 윗배
th ท้องส่วนบน
vi bụng trên
tr karnın üst kısmı
ar أعلى البطن
ru верхняя часть живота
uk верхня частина живота
hi पेट का ऊपरी भाग
id perut bagian atas

@body_site.lower_abdomen snomed=11708003
en lower abdomen
bg долната част на корема
cs podbřišek
da nedre del af maven
de Unterbauch
el κάτω κοιλία
es parte inferior del abdomen
et kõhu alumine osa
fi alavatsa
fr bas du ventre
ga íochtar an bhoilg
hr donji dio trbuha
hu has alsó része
it basso ventre
lt apatinė pilvo dalis
lv vēdera lejasdaļa
mt il-parti t'isfel taż-żaqq
nl onderbuik
pl podbrzusze
pt parte inferior do abdómen
ro partea inferioară a abdomenului
sk podbrušie
sl spodnji del trebuha
sv nedre delen av magen
ja 下腹部
zh 下腹部
ko 아랫배
th ท้องน้อย
vi bụng dưới
tr karnın alt kısmı
ar أسفل البطن
ru нижняя часть живота
uk нижня частина живота
hi पेट का निचला भाग
id perut bagian bawah

@body_site.right_upper_abdomen snomed=50519007
en upper right abdomen
bg горен десен квадрант на корема
cs pravý horní kvadrant břicha
da øverst til højre i maven
de rechter Oberbauch
el δεξιό άνω τεταρτημόριο της κοιλιάς
es parte superior derecha del abdomen
et kõhu parem ülemine osa
fi oikea ylävatsa
fr haut du ventre à droite
ga ! no established Irish term we could confirm
hr gornji desni dio trbuha
hu has jobb felső része
it parte superiore destra dell'addome
lt dešinė viršutinė pilvo dalis
lv vēdera labā augšdaļa
mt ! no established Maltese term we could confirm
nl rechts boven in de buik
pl prawe podżebrze
pt quadrante superior direito do abdómen
ro partea dreaptă superioară a abdomenului
sk pravá horná časť brucha
sl desni zgornji del trebuha
sv övre högra delen av magen
ja 右上腹部
zh 右上腹
ko 오른쪽 윗배
th ท้องด้านขวาบน
vi bụng trên bên phải
tr karnın sağ üst kısmı
ar الجزء العلوي الأيمن من البطن
ru правое подреберье
uk праве підребер'я
hi पेट का दायां ऊपरी भाग
id perut kanan atas

@body_site.left_upper_abdomen snomed=86367003
en upper left abdomen
bg горен ляв квадрант на корема
cs levý horní kvadrant břicha
da øverst til venstre i maven
de linker Oberbauch
el αριστερό άνω τεταρτημόριο της κοιλιάς
es parte superior izquierda del abdomen
et kõhu vasak ülemine osa
fi vasen ylävatsa
fr haut du ventre à gauche
ga ! no established Irish term we could confirm
hr gornji lijevi dio trbuha
hu has bal felső része
it parte superiore sinistra dell'addome
lt kairė viršutinė pilvo dalis
lv vēdera kreisā augšdaļa
mt ! no established Maltese term we could confirm
nl links boven in de buik
pl lewe podżebrze
pt quadrante superior esquerdo do abdómen
ro partea stângă superioară a abdomenului
sk ľavá horná časť brucha
sl levi zgornji del trebuha
sv övre vänstra delen av magen
ja 左上腹部
zh 左上腹
ko 왼쪽 윗배
th ท้องด้านซ้ายบน
vi bụng trên bên trái
tr karnın sol üst kısmı
ar الجزء العلوي الأيسر من البطن
ru левое подреберье
uk ліве підребер'я
hi पेट का बायां ऊपरी भाग
id perut kiri atas

@body_site.right_lower_abdomen snomed=48544008
en lower right abdomen
bg долен десен квадрант на корема
cs pravý dolní kvadrant břicha
da nederst til højre i maven
de rechter Unterbauch
el δεξιό κάτω τεταρτημόριο της κοιλιάς
es parte inferior derecha del abdomen
et kõhu parem alumine osa
fi oikea alavatsa
fr bas du ventre à droite
ga ! no established Irish term we could confirm
hr donji desni dio trbuha
hu has jobb alsó része
it parte inferiore destra dell'addome
lt dešinė apatinė pilvo dalis
lv vēdera labā lejasdaļa
mt ! no established Maltese term we could confirm
nl rechts onder in de buik
pl prawy dolny kwadrant brzucha
pt quadrante inferior direito do abdómen
ro partea dreaptă inferioară a abdomenului
sk pravá dolná časť brucha
sl desni spodnji del trebuha
sv nedre högra delen av magen
ja 右下腹部
zh 右下腹
ko 오른쪽 아랫배
th ท้องด้านขวาล่าง
vi bụng dưới bên phải
tr karnın sağ alt kısmı
ar الجزء السفلي الأيمن من البطن
ru правая нижняя часть живота
uk права нижня частина живота
hi पेट का दायां निचला भाग
id perut kanan bawah

@body_site.left_lower_abdomen snomed=68505006
en lower left abdomen
bg долен ляв квадрант на корема
cs levý dolní kvadrant břicha
da nederst til venstre i maven
de linker Unterbauch
el αριστερό κάτω τεταρτημόριο της κοιλιάς
es parte inferior izquierda del abdomen
et kõhu vasak alumine osa
fi vasen alavatsa
fr bas du ventre à gauche
ga ! no established Irish term we could confirm
hr donji lijevi dio trbuha
hu has bal alsó része
it parte inferiore sinistra dell'addome
lt kairė apatinė pilvo dalis
lv vēdera kreisā lejasdaļa
mt ! no established Maltese term we could confirm
nl links onder in de buik
pl lewy dolny kwadrant brzucha
pt quadrante inferior esquerdo do abdómen
ro partea stângă inferioară a abdomenului
sk ľavá dolná časť brucha
sl levi spodnji del trebuha
sv nedre vänstra delen av magen
ja 左下腹部
zh 左下腹
ko 왼쪽 아랫배
th ท้องด้านซ้ายล่าง
vi bụng dưới bên trái
tr karnın sol alt kısmı
ar الجزء السفلي الأيسر من البطن
ru левая нижняя часть живота
uk ліва нижня частина живота
hi पेट का बायां निचला भाग
id perut kiri bawah

@body_site.navel snomed=90290004
en navel
bg пъп
cs pupek
da navle
de Bauchnabel
el ομφαλός
es ombligo
et naba
fi napa
fr nombril
ga imleacán
hr pupak
hu köldök
it ombelico
lt bamba
lv naba
mt żokra
nl navel
pl pępek
pt umbigo
ro buric
sk pupok
sl popek
sv navel
ja へそ
zh 肚脐
ko 배꼽
th สะดือ
vi rốn
tr göbek
ar السرة
ru пупок
uk пупок
hi नाभि
id pusar

@body_site.flank snomed=58602004
en flank
bg хълбок
cs bok
da flanke
de Flanke
el λαγόνα
es flanco
et külg
fi kylki
fr flanc
ga taobh
hr slabina
hu oldal
it fianco
lt šonas
lv sāns
mt ġenb
nl flank
pl bok
pt flanco
ro flanc
sk bok
sl bok
sv flank
ja 脇腹
zh 胁腹
ko 옆구리
th สีข้าง
vi mạn sườn
tr böğür
ar الخاصرة
ru бок
uk бік
hi पार्श्व
id sisi pinggang

@body_site.groin snomed=26893007
en groin
bg слабини
cs třísla
da lyske
de Leiste
el βουβώνας
es ingle
et kubeme
fi nivus
fr aine
ga bléin
hr prepone
hu lágyék
it inguine
lt kirkšnis
lv cirksnis
mt ! no established Maltese term we could confirm
nl lies
pl pachwina
pt virilha
ro zona inghinală
sk slabina
sl dimlje
sv ljumske
ja 鼠径部
zh 腹股沟
ko 사타구니
th ขาหนีบ
vi bẹn
tr kasık
ar أصل الفخذ
ru пах
uk пах
hi कमर का निचला भाग
id selangkangan

@body_site.pelvis snomed=12921003
en pelvis
bg таз
cs pánev
da bækken
de Becken
el λεκάνη
es pelvis
et vaagen
fi lantio
fr bassin
ga ! no established Irish term we could confirm
hr zdjelica
hu medence
it bacino
lt dubuo
lv iegurnis
mt pelvi
nl bekken
pl miednica
pt pélvis
ro bazin
sk panva
sl medenica
sv bäcken
ja 骨盤
zh 骨盆
ko 골반
th กระดูกเชิงกราน
vi khung chậu
tr leğen kemiği
ar الحوض
ru таз
uk таз
hi श्रोणि
id panggul

@body_site.buttock snomed=46862004
en buttock
bg седалище
cs hýždě
da balde
de Gesäß
el γλουτός
es nalga
et tuhar
fi pakara
fr fesse
ga mása
hr stražnjica
hu fenék
it natica
lt sėdmuo
lv sēžamvieta
mt warrani
nl bil
pl pośladek
pt nádega
ro fesă
sk zadok
sl zadnjica
sv skinka
ja 臀部
zh 臀部
ko 엉덩이
th ก้น
vi mông
tr kaba et
ar الأرداف
ru ягодица
uk сідниця
hi नितंब
id bokong

@body_site.anus snomed=53505006
en anus
bg анус
cs konečník
da endetarmsåbning
de After
el πρωκτός
es ano
et pärak
fi peräaukko
fr anus
ga anas
hr anus
hu végbélnyílás
it ano
lt išangė
lv anālā atvere
mt ! no established Maltese term we could confirm
nl anus
pl odbyt
pt ânus
ro anus
sk konečník
sl zadnjik
sv anus
ja 肛門
zh 肛门
ko 항문
th ทวารหนัก
vi hậu môn
tr anüs
ar فتحة الشرج
ru задний проход
uk задній прохід
hi गुदा
id anus

@body_site.genital_area
en genital area
bg полови органи
cs genitál
da kønsorganer
de Genitalbereich
el γεννητικά όργανα
es zona genital
et suguelundid
fi sukuelimet
fr parties génitales
ga baill ghiniúna
hr spolovilo
hu nemi szervek
it zona genitale
lt lytiniai organai
lv dzimumorgāni
mt ! no established Maltese term we could confirm
nl geslachtsdelen
pl narządy płciowe
pt zona genital
ro organe genitale
sk pohlavné orgány
sl spolovila
sv könsorgan
ja 陰部
zh 生殖器部位
ko 생식기
th อวัยวะเพศ
vi bộ phận sinh dục
tr cinsel organlar
ar المنطقة التناسلية
ru половые органы
uk статеві органи
hi जननांग
id alat kelamin
""")

# ---- body sites: legs, skin, organs -----------------------------------------------------------
BLOCKS.append("""
@body_site.hip snomed=24136001
en hip
bg тазобедрена става
cs kyčel
da hofte
de Hüfte
el ισχίο
es cadera
et puus
fi lonkka
fr hanche
ga cromán
hr kuk
hu csípő
it anca
lt klubas
lv gūža
mt ! no established Maltese term we could confirm
nl heup
pl biodro
pt anca
ro șold
sk bedro
sl kolk
sv höft
ja 股関節
zh 髋部
ko 고관절
th สะโพก
vi hông
tr kalça
ar الورك
ru тазобедренный сустав
uk кульшовий суглоб
hi कूल्हा
id pinggul

@body_site.thigh snomed=68367000
en thigh
bg бедро
cs stehno
da lår
de Oberschenkel
el μηρός
es muslo
et reis
fi reisi
fr cuisse
ga ceathrú
hr bedro
hu comb
it coscia
lt šlaunis
lv augšstilbs
mt koxxa
nl dij
pl udo
pt coxa
ro coapsă
sk stehno
sl stegno
sv lår
ja 太もも
zh 大腿
ko 허벅지
th ต้นขา
vi đùi
tr uyluk
ar الفخذ
ru бедро
uk стегно
hi जांघ
id paha

@body_site.knee snomed=72696002
en knee
bg коляно
cs koleno
da knæ
de Knie
el γόνατο
es rodilla
et põlv
fi polvi
fr genou
ga glúin
hr koljeno
hu térd
it ginocchio
lt kelis
lv celis
mt irkoppa
nl knie
pl kolano
pt joelho
ro genunchi
sk koleno
sl koleno
sv knä
ja 膝
zh 膝盖
ko 무릎
th เข่า
vi đầu gối
tr diz
ar الركبة
ru колено
uk коліно
hi घुटना
id lutut

@body_site.leg snomed=61685007
en leg
bg крак
cs noha
da ben
de Bein
el πόδι
es pierna
et jalg
fi jalka
fr jambe
ga cos
hr noga
hu láb
it gamba
lt koja
lv kāja
mt riġel
nl been
pl noga
pt perna
ro picior
sk noha
sl noga
sv ben
ja 脚
zh 腿
ko 다리
th ขา
vi chân
tr bacak
ar الرجل
ru нога
uk нога
hi टाँग
id tungkai

@body_site.lower_leg snomed=30021000
en lower leg
bg подбедрица
cs bérec
da underben
de Unterschenkel
el κνήμη
es parte inferior de la pierna
et sääreosa
fi sääri
fr bas de la jambe
ga ! no established Irish term we could confirm
hr potkoljenica
hu lábszár
it parte inferiore della gamba
lt blauzda
lv apakšstilbs
mt ! no established Maltese term we could confirm
nl onderbeen
pl podudzie
pt parte inferior da perna
ro gambă
sk predkolenie
sl golen
sv underben
ja 下腿
zh 小腿
ko 종아리 부위
th ขาท่อนล่าง
vi cẳng chân
tr alt bacak
ar أسفل الساق
ru голень
uk гомілка
hi निचली टाँग
id tungkai bawah

@body_site.calf snomed=53840002
en calf
bg прасец
cs lýtko
da læg
de Wade
el γάμπα
es pantorrilla
et säär
fi pohje
fr mollet
ga colpa
hr list
hu vádli
it polpaccio
lt blauzdos raumuo
lv ikri
mt ! no established Maltese term we could confirm
nl kuit
pl łydka
pt barriga da perna
ro pulpă
sk lýtko
sl meča
sv vad
ja ふくらはぎ
zh 小腿肚
ko 종아리
th น่อง
vi bắp chân
tr baldır
ar ربلة الساق
ru икра
uk литка
hi पिंडली
id betis

@body_site.ankle snomed=70258002
en ankle
bg глезен
cs kotník
da ankel
de Knöchel
el αστράγαλος
es tobillo
et hüppeliiges
fi nilkka
fr cheville
ga murnán
hr gležanj
hu boka
it caviglia
lt čiurna
lv potīte
mt għaksa
nl enkel
pl kostka
pt tornozelo
ro gleznă
sk členok
sl gleženj
sv fotled
ja 足首
zh 脚踝
ko 발목
th ข้อเท้า
vi mắt cá chân
tr ayak bileği
ar الكاحل
ru лодыжка
uk щиколотка
hi टखना
id pergelangan kaki

@body_site.foot snomed=56459004
en foot
bg стъпало
cs chodidlo
da fod
de Fuß
el άκρο πόδι
es pie
et jalalaba
fi jalkaterä
fr pied
ga troigh
hr stopalo
hu lábfej
it piede
lt pėda
lv pēda
mt sieq
nl voet
pl stopa
pt pé
ro laba piciorului
sk chodidlo
sl stopalo
sv fot
ja 足
zh 脚
ko 발
th เท้า
vi bàn chân
tr ayak
ar القدم
ru стопа
uk стопа
hi पैर
id kaki

@body_site.heel snomed=76853006
en heel
bg пета
cs pata
da hæl
de Ferse
el φτέρνα
es talón
et kand
fi kantapää
fr talon
ga sáil
hr peta
hu sarok
it tallone
lt kulnas
lv papēdis
mt għarqub
nl hiel
pl pięta
pt calcanhar
ro călcâi
sk päta
sl peta
sv häl
ja かかと
zh 脚跟
ko 발뒤꿈치
th ส้นเท้า
vi gót chân
tr topuk
ar الكعب
ru пятка
uk п'ята
hi एड़ी
id tumit

@body_site.sole_of_foot snomed=57999000
en sole of the foot
bg ходило
cs ploska nohy
da fodsål
de Fußsohle
el πέλμα
es planta del pie
et jalatald
fi jalkapohja
fr plante du pied
ga bonn na coise
hr taban
hu talp
it pianta del piede
lt padas
lv pēdas apakšdaļa
mt qiegħ is-sieq
nl voetzool
pl podeszwa stopy
pt planta do pé
ro talpă
sk podošva nohy
sl podplat
sv fotsula
ja 足の裏
zh 脚底
ko 발바닥
th ฝ่าเท้า
vi lòng bàn chân
tr ayak tabanı
ar باطن القدم
ru подошва стопы
uk підошва стопи
hi तलवा
id telapak kaki

@body_site.toe snomed=29707007
en toe
bg пръст на крака
cs prst na noze
da tå
de Zeh
el δάχτυλο του ποδιού
es dedo del pie
et varvas
fi varvas
fr orteil
ga ladhar
hr nožni prst
hu lábujj
it dito del piede
lt kojos pirštas
lv kājas pirksts
mt saba' tas-sieq
nl teen
pl palec u stopy
pt dedo do pé
ro deget de la picior
sk prst na nohe
sl prst na nogi
sv tå
ja 足の指
zh 脚趾
ko 발가락
th นิ้วเท้า
vi ngón chân
tr ayak parmağı
ar إصبع القدم
ru палец стопы
uk палець стопи
hi पैर की उंगली
id jari kaki

@body_site.big_toe snomed=78883009
en big toe
bg голям пръст на крака
cs palec u nohy
da storetå
de großer Zeh
el μεγάλο δάχτυλο του ποδιού
es dedo gordo del pie
et suur varvas
fi isovarvas
fr gros orteil
ga ordóg coise
hr palac na nozi
hu nagylábujj
it alluce
lt didysis kojos pirštas
lv kājas īkšķis
mt saba' l-kbir tas-sieq
nl grote teen
pl duży palec u stopy
pt dedo grande do pé
ro degetul mare de la picior
sk palec na nohe
sl palec na nogi
sv stortå
ja 足の親指
zh 大脚趾
ko 엄지발가락
th นิ้วหัวแม่เท้า
vi ngón chân cái
tr ayak başparmağı
ar إبهام القدم
ru большой палец стопы
uk великий палець стопи
hi पैर का अंगूठा
id ibu jari kaki

@body_site.left_arm
en left arm
bg лява ръка
cs levá paže
da venstre arm
de linker Arm
el αριστερό χέρι
es brazo izquierdo
et vasak käsi
fi vasen käsivarsi
fr bras gauche
ga lámh chlé
hr lijeva ruka
hu bal kar
it braccio sinistro
lt kairė ranka
lv kreisā roka
mt driegħ tax-xellug
nl linkerarm
pl lewa ręka
pt braço esquerdo
ro brațul stâng
sk ľavá ruka
sl leva roka
sv vänster arm
ja 左腕
zh 左臂
ko 왼팔
th แขนซ้าย
vi tay trái
tr sol kol
ar الذراع الأيسر
ru левая рука
uk ліва рука
hi बायां हाथ
id lengan kiri

@body_site.right_arm
en right arm
bg дясна ръка
cs pravá paže
da højre arm
de rechter Arm
el δεξί χέρι
es brazo derecho
et parem käsi
fi oikea käsivarsi
fr bras droit
ga lámh dheas
hr desna ruka
hu jobb kar
it braccio destro
lt dešinė ranka
lv labā roka
mt driegħ tal-lemin
nl rechterarm
pl prawa ręka
pt braço direito
ro brațul drept
sk pravá ruka
sl desna roka
sv höger arm
ja 右腕
zh 右臂
ko 오른팔
th แขนขวา
vi tay phải
tr sağ kol
ar الذراع الأيمن
ru правая рука
uk права рука
hi दायां हाथ
id lengan kanan

@body_site.left_leg
en left leg
bg ляв крак
cs levá noha
da venstre ben
de linkes Bein
el αριστερό πόδι
es pierna izquierda
et vasak jalg
fi vasen jalka
fr jambe gauche
ga cos chlé
hr lijeva noga
hu bal láb
it gamba sinistra
lt kairė koja
lv kreisā kāja
mt riġel tax-xellug
nl linkerbeen
pl lewa noga
pt perna esquerda
ro piciorul stâng
sk ľavá noha
sl leva noga
sv vänster ben
ja 左脚
zh 左腿
ko 왼쪽 다리
th ขาซ้าย
vi chân trái
tr sol bacak
ar الساق اليسرى
ru левая нога
uk ліва нога
hi बायां पैर
id kaki kiri

@body_site.right_leg
en right leg
bg десен крак
cs pravá noha
da højre ben
de rechtes Bein
el δεξί πόδι
es pierna derecha
et parem jalg
fi oikea jalka
fr jambe droite
ga cos dheas
hr desna noga
hu jobb láb
it gamba destra
lt dešinė koja
lv labā kāja
mt riġel tal-lemin
nl rechterbeen
pl prawa noga
pt perna direita
ro piciorul drept
sk pravá noha
sl desna noga
sv höger ben
ja 右脚
zh 右腿
ko 오른쪽 다리
th ขาขวา
vi chân phải
tr sağ bacak
ar الساق اليمنى
ru правая нога
uk права нога
hi दायां पैर
id kaki kanan

@body_site.skin snomed=39937001
en skin
bg кожа
cs kůže
da hud
de Haut
el δέρμα
es piel
et nahk
fi iho
fr peau
ga craiceann
hr koža
hu bőr
it pelle
lt oda
lv āda
mt ġilda
nl huid
pl skóra
pt pele
ro piele
sk koža
sl koža
sv hud
ja 皮膚
zh 皮肤
ko 피부
th ผิวหนัง
vi da
tr cilt
ar الجلد
ru кожа
uk шкіра
hi त्वचा
id kulit

@body_site.joint snomed=39352004
en joint
bg става
cs kloub
da led
de Gelenk
el άρθρωση
es articulación
et liiges
fi nivel
fr articulation
ga alt
hr zglob
hu ízület
it articolazione
lt sąnarys
lv locītava
mt ġog
nl gewricht
pl staw
pt articulação
ro articulație
sk kĺb
sl sklep
sv led
ja 関節
zh 关节
ko 관절
th ข้อต่อ
vi khớp
tr eklem
ar المفصل
ru сустав
uk суглоб
hi जोड़
id sendi

@body_site.heart snomed=80891009
en heart
bg сърце
cs srdce
da hjerte
de Herz
el καρδιά
es corazón
et süda
fi sydän
fr cœur
ga croí
hr srce
hu szív
it cuore
lt širdis
lv sirds
mt qalb
nl hart
pl serce
pt coração
ro inimă
sk srdce
sl srce
sv hjärta
ja 心臓
zh 心脏
ko 심장
th หัวใจ
vi tim
tr kalp
ar القلب
ru сердце
uk серце
hi दिल
id jantung

@body_site.lungs snomed=39607008
en lungs
bg бели дробове
cs plíce
da lunger
de Lunge
el πνεύμονες
es pulmones
et kopsud
fi keuhkot
fr poumons
ga scamhóga
hr pluća
hu tüdő
it polmoni
lt plaučiai
lv plaušas
mt pulmuni
nl longen
pl płuca
pt pulmões
ro plămâni
sk pľúca
sl pljuča
sv lungor
ja 肺
zh 肺
ko 폐
th ปอด
vi phổi
tr akciğerler
ar الرئتان
ru лёгкие
uk легені
hi फेफड़े
id paru-paru

@body_site.stomach snomed=69695003
en stomach
bg стомах
cs žaludek
da mavesæk
de Magen
el στομάχι
es estómago
et magu
fi mahalaukku
fr estomac
ga goile
hr želudac
hu gyomor
it stomaco
lt skrandis
lv kuņģis
mt stonku
nl maag
pl żołądek
pt estômago
ro stomac
sk žalúdok
sl želodec
sv magsäck
ja 胃
zh 胃
ko 위
th กระเพาะอาหาร
vi dạ dày
tr mide
ar المعدة
ru желудок
uk шлунок
hi आमाशय
id lambung

@body_site.bowel snomed=113276009
en bowel
bg черва
cs střevo
da tarm
de Darm
el έντερο
es intestino
et soolestik
fi suoli
fr intestin
ga putóga
hr crijevo
hu bél
it intestino
lt žarnynas
lv zarnas
mt musrana
nl darm
pl jelito
pt intestino
ro intestin
sk črevo
sl črevo
sv tarm
ja 腸
zh 肠道
ko 장
th ลำไส้
vi ruột
tr bağırsak
ar الأمعاء
ru кишечник
uk кишечник
hi आँत
id usus

@body_site.liver snomed=10200004
en liver
bg черен дроб
cs játra
da lever
de Leber
el ήπαρ
es hígado
et maks
fi maksa
fr foie
ga ae
hr jetra
hu máj
it fegato
lt kepenys
lv aknas
mt fwied
nl lever
pl wątroba
pt fígado
ro ficat
sk pečeň
sl jetra
sv lever
ja 肝臓
zh 肝脏
ko 간
th ตับ
vi gan
tr karaciğer
ar الكبد
ru печень
uk печінка
hi जिगर
id hati

@body_site.kidney snomed=64033007
en kidney
bg бъбрек
cs ledvina
da nyre
de Niere
el νεφρός
es riñón
et neer
fi munuainen
fr rein
ga duán
hr bubreg
hu vese
it rene
lt inkstas
lv niere
mt kilwa
nl nier
pl nerka
pt rim
ro rinichi
sk oblička
sl ledvica
sv njure
ja 腎臓
zh 肾脏
ko 신장
th ไต
vi thận
tr böbrek
ar الكلية
ru почка
uk нирка
hi गुर्दा
id ginjal

@body_site.bladder snomed=89837001
en bladder
bg пикочен мехур
cs močový měchýř
da urinblære
de Harnblase
el ουροδόχος κύστη
es vejiga
et põis
fi virtsarakko
fr vessie
ga lamhnán
hr mokraćni mjehur
hu húgyhólyag
it vescica
lt šlapimo pūslė
lv urīnpūslis
mt bużżieqa tal-awrina
nl blaas
pl pęcherz moczowy
pt bexiga
ro vezică urinară
sk močový mechúr
sl sečni mehur
sv urinblåsa
ja 膀胱
zh 膀胱
ko 방광
th กระเพาะปัสสาวะ
vi bàng quang
tr mesane
ar المثانة
ru мочевой пузырь
uk сечовий міхур
hi मूत्राशय
id kandung kemih

@body_site.brain snomed=12738006
en brain
bg мозък
cs mozek
da hjerne
de Gehirn
el εγκέφαλος
es cerebro
et aju
fi aivot
fr cerveau
ga inchinn
hr mozak
hu agy
it cervello
lt smegenys
lv smadzenes
mt moħħ
nl hersenen
pl mózg
pt cérebro
ro creier
sk mozog
sl možgani
sv hjärna
ja 脳
zh 大脑
ko 뇌
th สมอง
vi não
tr beyin
ar الدماغ
ru головной мозг
uk головний мозок
hi मस्तिष्क
id otak
""")

# ---- vital signs and home measurements (LOINC) ------------------------------------------------
BLOCKS.append("""
@vital_sign.heart_rate loinc=8867-4
en heart rate
bg сърдечна честота
cs srdeční frekvence
da hjertefrekvens
de Herzfrequenz
el καρδιακή συχνότητα
es frecuencia cardíaca
et südame löögisagedus
fi syke
fr fréquence cardiaque
ga ráta croí
hr srčana frekvencija
hu szívfrekvencia
it frequenza cardiaca
lt širdies susitraukimų dažnis
lv sirdsdarbības frekvence
mt rata tal-qalb
nl hartslag
pl częstość akcji serca
pt frequência cardíaca
ro frecvența cardiacă
sk srdcová frekvencia
sl srčna frekvenca
sv hjärtfrekvens
ja 心拍数
zh 心率
ko 심박수
th อัตราการเต้นของหัวใจ
vi nhịp tim
tr kalp hızı
ar معدل ضربات القلب
ru частота сердечных сокращений
uk частота серцевих скорочень
hi हृदय गति
id denyut jantung

@vital_sign.pulse_rate loinc=8889-8
en pulse rate
bg пулс
cs tepová frekvence
da puls
de Pulsfrequenz
el σφύξεις
es pulso
et pulss
fi pulssi
fr pouls
ga ráta cuisle
hr puls
hu pulzusszám
it frequenza del polso
lt pulsas
lv pulss
mt rata tal-polz
nl polsslag
pl tętno
pt pulsação
ro puls
sk pulz
sl pulz
sv puls
ja 脈拍数
zh 脉率
ko 맥박수
th ชีพจร
vi mạch
tr nabız
ar معدل النبض
ru пульс
uk пульс
hi नाड़ी दर
id denyut nadi

@vital_sign.resting_heart_rate loinc=40443-4
en resting heart rate
bg сърдечна честота в покой
cs klidová srdeční frekvence
da hvilepuls
de Ruheherzfrequenz
el καρδιακή συχνότητα ηρεμίας
es frecuencia cardíaca en reposo
et puhkeoleku südame löögisagedus
fi leposyke
fr fréquence cardiaque au repos
ga ráta croí ar fos
hr srčana frekvencija u mirovanju
hu nyugalmi szívfrekvencia
it frequenza cardiaca a riposo
lt ramybės širdies susitraukimų dažnis
lv sirdsdarbības frekvence miera stāvoklī
mt rata tal-qalb waqt il-mistrieħ
nl hartslag in rust
pl tętno spoczynkowe
pt frequência cardíaca em repouso
ro frecvența cardiacă în repaus
sk pokojová srdcová frekvencia
sl srčna frekvenca v mirovanju
sv vilopuls
ja 安静時心拍数
zh 静息心率
ko 안정 시 심박수
th อัตราการเต้นของหัวใจขณะพัก
vi nhịp tim lúc nghỉ
tr dinlenme kalp hızı
ar معدل ضربات القلب أثناء الراحة
ru частота сердечных сокращений в покое
uk частота серцевих скорочень у спокої
hi आराम के समय हृदय गति
id denyut jantung saat istirahat

@vital_sign.heart_rhythm loinc=8884-9
en heart rhythm
bg сърдечен ритъм
cs srdeční rytmus
da hjerterytme
de Herzrhythmus
el καρδιακός ρυθμός
es ritmo cardíaco
et südamerütm
fi sydämen rytmi
fr rythme cardiaque
ga rithim chroí
hr srčani ritam
hu szívritmus
it ritmo cardiaco
lt širdies ritmas
lv sirds ritms
mt ritmu tal-qalb
nl hartritme
pl rytm serca
pt ritmo cardíaco
ro ritm cardiac
sk srdcový rytmus
sl srčni ritem
sv hjärtrytm
ja 心リズム
zh 心律
ko 심장 리듬
th จังหวะการเต้นของหัวใจ
vi nhịp điệu tim
tr kalp ritmi
ar نظم القلب
ru сердечный ритм
uk серцевий ритм
hi हृदय की लय
id irama jantung

@vital_sign.heart_rate_variability loinc=80404-7
en heart rate variability
bg вариабилност на сърдечната честота
cs variabilita srdeční frekvence
da hjertefrekvensvariabilitet
de Herzfrequenzvariabilität
el μεταβλητότητα καρδιακής συχνότητας
es variabilidad de la frecuencia cardíaca
et südame löögisageduse varieeruvus
fi sykevälivaihtelu
fr variabilité de la fréquence cardiaque
ga ! no established Irish term we could confirm
hr varijabilnost srčane frekvencije
hu szívfrekvencia-variabilitás
it variabilità della frequenza cardiaca
lt širdies ritmo variabilumas
lv sirdsdarbības frekvences variabilitāte
mt varjabbiltà tar-rata tal-qalb
nl hartslagvariabiliteit
pl zmienność rytmu serca
pt variabilidade da frequência cardíaca
ro variabilitatea frecvenței cardiace
sk variabilita srdcovej frekvencie
sl variabilnost srčne frekvence
sv hjärtfrekvensvariabilitet
ja 心拍変動
zh 心率变异性
ko 심박 변이도
th ความแปรปรวนของอัตราการเต้นของหัวใจ
vi biến thiên nhịp tim
tr kalp hızı değişkenliği
ar تقلب معدل ضربات القلب
ru вариабельность сердечного ритма
uk варіабельність серцевого ритму
hi हृदय गति परिवर्तनशीलता
id variabilitas denyut jantung

@vital_sign.respiratory_rate loinc=9279-1
en respiratory rate
bg дихателна честота
cs dechová frekvence
da respirationsfrekvens
de Atemfrequenz
el αναπνευστική συχνότητα
es frecuencia respiratoria
et hingamissagedus
fi hengitystaajuus
fr fréquence respiratoire
ga ráta análaithe
hr frekvencija disanja
hu légzésszám
it frequenza respiratoria
lt kvėpavimo dažnis
lv elpošanas frekvence
mt rata respiratorja
nl ademhalingsfrequentie
pl częstość oddechów
pt frequência respiratória
ro frecvența respiratorie
sk dychová frekvencia
sl frekvenca dihanja
sv andningsfrekvens
ja 呼吸数
zh 呼吸频率
ko 호흡수
th อัตราการหายใจ
vi nhịp thở
tr solunum hızı
ar معدل التنفس
ru частота дыхания
uk частота дихання
hi श्वसन दर
id laju pernapasan

@vital_sign.oxygen_saturation loinc=59408-5
en oxygen saturation (SpO2)
bg кислородна сатурация (SpO2)
cs saturace kyslíkem (SpO2)
da iltmætning (SpO2)
de Sauerstoffsättigung (SpO2)
el κορεσμός οξυγόνου (SpO2)
es saturación de oxígeno (SpO2)
et hapnikuküllastus (SpO2)
fi happisaturaatio (SpO2)
fr saturation en oxygène (SpO2)
ga sáithiú ocsaigine (SpO2)
hr zasićenost kisikom (SpO2)
hu oxigénszaturáció (SpO2)
it saturazione di ossigeno (SpO2)
lt deguonies įsotinimas (SpO2)
lv skābekļa piesātinājums (SpO2)
mt saturazzjoni tal-ossiġnu (SpO2)
nl zuurstofsaturatie (SpO2)
pl saturacja (SpO2)
pt saturação de oxigénio (SpO2)
ro saturația de oxigen (SpO2)
sk saturácia kyslíkom (SpO2)
sl nasičenost s kisikom (SpO2)
sv syremättnad (SpO2)
ja 酸素飽和度（SpO2）
zh 血氧饱和度（SpO2）
ko 산소포화도(SpO2)
th ค่าออกซิเจนในเลือด (SpO2)
vi độ bão hoà oxy (SpO2)
tr oksijen satürasyonu (SpO2)
ar تشبع الأكسجين
ru сатурация кислорода (SpO2)
uk сатурація кисню (SpO2)
hi ऑक्सीजन संतृप्ति (SpO2)
id saturasi oksigen (SpO2)

@vital_sign.arterial_oxygen_saturation loinc=2708-6
en arterial oxygen saturation (SaO2)
bg артериална кислородна сатурация (SaO2)
cs arteriální saturace kyslíkem (SaO2)
da arteriel iltmætning (SaO2)
de arterielle Sauerstoffsättigung (SaO2)
el αρτηριακός κορεσμός οξυγόνου (SaO2)
es saturación arterial de oxígeno (SaO2)
et arteriaalse vere hapnikuküllastus (SaO2)
fi valtimoveren happisaturaatio (SaO2)
fr saturation artérielle en oxygène (SaO2)
ga sáithiú ocsaigine artaireach (SaO2)
hr arterijska zasićenost kisikom (SaO2)
hu artériás oxigénszaturáció (SaO2)
it saturazione arteriosa di ossigeno (SaO2)
lt arterinio kraujo įsotinimas deguonimi (SaO2)
lv arteriālā skābekļa piesātinājums (SaO2)
mt saturazzjoni arterjali tal-ossiġnu (SaO2)
nl arteriële zuurstofsaturatie (SaO2)
pl saturacja krwi tętniczej (SaO2)
pt saturação arterial de oxigénio (SaO2)
ro saturația arterială de oxigen (SaO2)
sk arteriálna saturácia kyslíkom (SaO2)
sl arterijska nasičenost s kisikom (SaO2)
sv arteriell syremättnad (SaO2)
ja 動脈血酸素飽和度（SaO2）
zh 动脉血氧饱和度（SaO2）
ko 동맥혈 산소포화도(SaO2)
th ค่าออกซิเจนในเลือดแดง (SaO2)
vi độ bão hoà oxy máu động mạch (SaO2)
tr arteriyel oksijen satürasyonu (SaO2)
ar تشبع الأكسجين الشرياني
ru сатурация артериальной крови кислородом (SaO2)
uk сатурація артеріальної крові киснем (SaO2)
hi धमनी ऑक्सीजन संतृप्ति (SaO2)
id saturasi oksigen arteri (SaO2)

@vital_sign.body_temperature loinc=8310-5
en body temperature
bg телесна температура
cs tělesná teplota
da kropstemperatur
de Körpertemperatur
el θερμοκρασία σώματος
es temperatura corporal
et kehatemperatuur
fi ruumiinlämpö
fr température corporelle
ga teocht choirp
hr tjelesna temperatura
hu testhőmérséklet
it temperatura corporea
lt kūno temperatūra
lv ķermeņa temperatūra
mt temperatura tal-ġisem
nl lichaamstemperatuur
pl temperatura ciała
pt temperatura corporal
ro temperatura corpului
sk telesná teplota
sl telesna temperatura
sv kroppstemperatur
ja 体温
zh 体温
ko 체온
th อุณหภูมิร่างกาย
vi nhiệt độ cơ thể
tr vücut ısısı
ar درجة حرارة الجسم
ru температура тела
uk температура тіла
hi शरीर का तापमान
id suhu tubuh

@vital_sign.blood_pressure loinc=85354-9
en blood pressure
bg кръвно налягане
cs krevní tlak
da blodtryk
de Blutdruck
el αρτηριακή πίεση
es presión arterial
et vererõhk
fi verenpaine
fr tension artérielle
ga brú fola
hr krvni tlak
hu vérnyomás
it pressione arteriosa
lt kraujospūdis
lv asinsspiediens
mt pressjoni tad-demm
nl bloeddruk
pl ciśnienie krwi
pt pressão arterial
ro tensiune arterială
sk krvný tlak
sl krvni tlak
sv blodtryck
ja 血圧
zh 血压
ko 혈압
th ความดันโลหิต
vi huyết áp
tr tansiyon
ar ضغط الدم
ru артериальное давление
uk артеріальний тиск
hi रक्तचाप
id tekanan darah

@vital_sign.systolic_blood_pressure loinc=8480-6
en systolic blood pressure
bg систолично налягане
cs systolický tlak
da systolisk blodtryk
de systolischer Blutdruck
el συστολική πίεση
es presión arterial sistólica
et süstoolne vererõhk
fi systolinen verenpaine
fr pression artérielle systolique
ga brú fola sistealach
hr sistolički tlak
hu szisztolés vérnyomás
it pressione sistolica
lt sistolinis kraujospūdis
lv sistoliskais asinsspiediens
mt pressjoni sistolika
nl systolische bloeddruk
pl ciśnienie skurczowe
pt pressão arterial sistólica
ro tensiune arterială sistolică
sk systolický tlak
sl sistolični tlak
sv systoliskt blodtryck
ja 収縮期血圧
zh 收缩压
ko 수축기 혈압
th ความดันโลหิตตัวบน
vi huyết áp tâm thu
tr sistolik kan basıncı
ar ضغط الدم الانقباضي
ru систолическое давление
uk систолічний тиск
hi सिस्टोलिक रक्तचाप
id tekanan darah sistolik

@vital_sign.diastolic_blood_pressure loinc=8462-4
en diastolic blood pressure
bg диастолично налягане
cs diastolický tlak
da diastolisk blodtryk
de diastolischer Blutdruck
el διαστολική πίεση
es presión arterial diastólica
et diastoolne vererõhk
fi diastolinen verenpaine
fr pression artérielle diastolique
ga brú fola diastalach
hr dijastolički tlak
hu diasztolés vérnyomás
it pressione diastolica
lt diastolinis kraujospūdis
lv diastoliskais asinsspiediens
mt pressjoni dijastolika
nl diastolische bloeddruk
pl ciśnienie rozkurczowe
pt pressão arterial diastólica
ro tensiune arterială diastolică
sk diastolický tlak
sl diastolični tlak
sv diastoliskt blodtryck
ja 拡張期血圧
zh 舒张压
ko 이완기 혈압
th ความดันโลหิตตัวล่าง
vi huyết áp tâm trương
tr diyastolik kan basıncı
ar ضغط الدم الانبساطي
ru диастолическое давление
uk діастолічний тиск
hi डायस्टोलिक रक्तचाप
id tekanan darah diastolik

@vital_sign.mean_arterial_pressure loinc=8478-0
en mean arterial pressure
bg средно артериално налягане
cs střední arteriální tlak
da middelarterietryk
de mittlerer arterieller Druck
el μέση αρτηριακή πίεση
es presión arterial media
et keskmine arteriaalne rõhk
fi keskiverenpaine
fr pression artérielle moyenne
ga meánbhrú artaireach
hr srednji arterijski tlak
hu artériás középnyomás
it pressione arteriosa media
lt vidutinis arterinis spaudimas
lv vidējais arteriālais spiediens
mt pressjoni arterjali medja
nl gemiddelde arteriële druk
pl średnie ciśnienie tętnicze
pt pressão arterial média
ro presiunea arterială medie
sk stredný arteriálny tlak
sl srednji arterijski tlak
sv medelartärtryck
ja 平均血圧
zh 平均动脉压
ko 평균 동맥압
th ความดันเลือดแดงเฉลี่ย
vi huyết áp động mạch trung bình
tr ortalama arter basıncı
ar متوسط الضغط الشرياني
ru среднее артериальное давление
uk середній артеріальний тиск
hi माध्य धमनी दाब
id tekanan arteri rata-rata

@vital_sign.blood_glucose loinc=2339-0
en blood glucose
bg кръвна захар
cs glykémie
da blodsukker
de Blutzucker
el σάκχαρο αίματος
es glucosa en sangre
et veresuhkur
fi verensokeri
fr glycémie
ga glúcós fola
hr šećer u krvi
hu vércukorszint
it glicemia
lt gliukozės kiekis kraujyje
lv glikozes līmenis asinīs
mt zokkor fid-demm
nl bloedsuiker
pl stężenie glukozy we krwi
pt glicemia
ro glicemie
sk glykémia
sl krvni sladkor
sv blodsocker
ja 血糖値
zh 血糖
ko 혈당
th ระดับน้ำตาลในเลือด
vi đường huyết
tr kan şekeri
ar سكر الدم
ru уровень сахара в крови
uk рівень цукру в крові
hi रक्त शर्करा
id gula darah

@vital_sign.capillary_blood_glucose loinc=41653-7
en fingerstick blood glucose (glucose meter)
bg кръвна захар от пръст (глюкомер)
cs glykémie z prstu (glukometr)
da blodsukker fra fingerprik (blodsukkerapparat)
de Blutzucker aus der Fingerbeere (Messgerät)
el σάκχαρο από το δάχτυλο (μετρητής)
es glucemia capilar (glucómetro)
et sõrmeotsa veresuhkur (glükomeeter)
fi sormenpäästä mitattu verensokeri (verensokerimittari)
fr glycémie capillaire (lecteur de glycémie)
ga ! no established Irish term we could confirm
hr šećer u krvi iz prsta (glukometar)
hu ujjbegyből mért vércukor (vércukormérő)
it glicemia capillare (glucometro)
lt gliukozė kraujyje iš piršto (gliukomatis)
lv glikoze asinīs no pirksta (glikometrs)
mt ! no established Maltese term we could confirm
nl bloedsuiker uit de vingerprik (glucosemeter)
pl glukoza we krwi włośniczkowej (glukometr)
pt glicemia capilar (glucómetro)
ro glicemie capilară (glucometru)
sk glykémia z prsta (glukomer)
sl krvni sladkor iz prsta (merilnik)
sv blodsocker från fingerstick (blodsockermätare)
ja 指先の血糖値（血糖測定器）
zh 指尖血糖（血糖仪）
ko 손끝 혈당(혈당 측정기)
th ระดับน้ำตาลปลายนิ้ว (เครื่องวัดน้ำตาล)
vi đường huyết mao mạch (máy đo đường huyết)
tr parmaktan kan şekeri (glukometre)
ar سكر الدم من الإصبع (جهاز قياس السكر)
ru сахар крови из пальца (глюкометр)
uk цукор крові з пальця (глюкометр)
hi उंगली से रक्त शर्करा (ग्लूकोमीटर)
id gula darah kapiler (glukometer)

@vital_sign.body_weight loinc=29463-7
en body weight
bg телесно тегло
cs tělesná hmotnost
da kropsvægt
de Körpergewicht
el σωματικό βάρος
es peso corporal
et kehakaal
fi paino
fr poids corporel
ga meáchan coirp
hr tjelesna težina
hu testsúly
it peso corporeo
lt kūno svoris
lv ķermeņa masa
mt piż tal-ġisem
nl lichaamsgewicht
pl masa ciała
pt peso corporal
ro greutate corporală
sk telesná hmotnosť
sl telesna teža
sv kroppsvikt
ja 体重
zh 体重
ko 체중
th น้ำหนักตัว
vi cân nặng
tr vücut ağırlığı
ar وزن الجسم
ru масса тела
uk маса тіла
hi शरीर का वजन
id berat badan

@vital_sign.body_height loinc=8302-2
en body height
bg ръст
cs tělesná výška
da højde
de Körpergröße
el ύψος
es estatura
et pikkus
fi pituus
fr taille
ga airde
hr tjelesna visina
hu testmagasság
it altezza
lt ūgis
lv augums
mt għoli
nl lichaamslengte
pl wzrost
pt altura
ro înălțime
sk telesná výška
sl telesna višina
sv längd
ja 身長
zh 身高
ko 키
th ส่วนสูง
vi chiều cao
tr boy
ar الطول
ru рост
uk зріст
hi लंबाई
id tinggi badan

@vital_sign.body_mass_index loinc=39156-5
en body mass index (BMI)
bg индекс на телесната маса (ИТМ)
cs index tělesné hmotnosti (BMI)
da body mass index (BMI)
de Body-Mass-Index (BMI)
el δείκτης μάζας σώματος (ΔΜΣ)
es índice de masa corporal (IMC)
et kehamassiindeks (KMI)
fi painoindeksi (BMI)
fr indice de masse corporelle (IMC)
ga innéacs mais choirp (BMI)
hr indeks tjelesne mase (ITM)
hu testtömegindex (BMI)
it indice di massa corporea (IMC)
lt kūno masės indeksas (KMI)
lv ķermeņa masas indekss (ĶMI)
mt indiċi tal-massa tal-ġisem (BMI)
nl body-mass-index (BMI)
pl wskaźnik masy ciała (BMI)
pt índice de massa corporal (IMC)
ro indicele de masă corporală (IMC)
sk index telesnej hmotnosti (BMI)
sl indeks telesne mase (ITM)
sv kroppsmasseindex (BMI)
ja BMI（体格指数）
zh 体重指数（BMI）
ko 체질량지수(BMI)
th ดัชนีมวลกาย (BMI)
vi chỉ số khối cơ thể (BMI)
tr vücut kitle indeksi (VKİ)
ar مؤشر كتلة الجسم
ru индекс массы тела (ИМТ)
uk індекс маси тіла (ІМТ)
hi बॉडी मास इंडेक्स (BMI)
id indeks massa tubuh (IMT)

@vital_sign.waist_circumference loinc=8280-0
en waist circumference
bg обиколка на талията
cs obvod pasu
da taljeomkreds
de Taillenumfang
el περίμετρος μέσης
es perímetro de cintura
et vööümbermõõt
fi vyötärönympärys
fr tour de taille
ga imlíne choim
hr opseg struka
hu derékbőség
it circonferenza vita
lt juosmens apimtis
lv vidukļa apkārtmērs
mt ċirkonferenza tal-qadd
nl middelomtrek
pl obwód talii
pt perímetro da cintura
ro circumferința taliei
sk obvod pása
sl obseg pasu
sv midjemått
ja 腹囲
zh 腰围
ko 허리둘레
th เส้นรอบเอว
vi vòng eo
tr bel çevresi
ar محيط الخصر
ru окружность талии
uk обхват талії
hi कमर की परिधि
id lingkar pinggang

@vital_sign.body_fat_percentage loinc=41982-0
en body fat percentage
bg процент телесни мазнини
cs procento tělesného tuku
da fedtprocent
de Körperfettanteil
el ποσοστό σωματικού λίπους
es porcentaje de grasa corporal
et keharasvaprotsent
fi rasvaprosentti
fr pourcentage de masse grasse
ga céatadán saille coirp
hr postotak tjelesne masti
hu testzsírszázalék
it percentuale di grasso corporeo
lt kūno riebalų procentas
lv ķermeņa tauku procents
mt perċentwal ta' xaħam fil-ġisem
nl vetpercentage
pl procent tkanki tłuszczowej
pt percentagem de gordura corporal
ro procentul de grăsime corporală
sk percento telesného tuku
sl odstotek telesne maščobe
sv kroppsfettprocent
ja 体脂肪率
zh 体脂率
ko 체지방률
th เปอร์เซ็นต์ไขมันในร่างกาย
vi tỷ lệ mỡ cơ thể
tr vücut yağ oranı
ar نسبة الدهون في الجسم
ru процент жира в организме
uk відсоток жиру в організмі
hi शरीर में वसा का प्रतिशत
id persentase lemak tubuh

@vital_sign.pain_score loinc=72514-3
en pain score (0–10)
bg оценка на болката (0–10)
cs intenzita bolesti (0–10)
da smertescore (0–10)
de Schmerzstärke (0–10)
el βαθμολογία πόνου (0–10)
es intensidad del dolor (0–10)
et valu tugevus (0–10)
fi kivun voimakkuus (0–10)
fr intensité de la douleur (0–10)
ga scór pianta (0–10)
hr jačina boli (0–10)
hu fájdalom erőssége (0–10)
it intensità del dolore (0–10)
lt skausmo stiprumas (0–10)
lv sāpju intensitāte (0–10)
mt livell ta' uġigħ (0–10)
nl pijnscore (0–10)
pl nasilenie bólu (0–10)
pt intensidade da dor (0–10)
ro intensitatea durerii (0–10)
sk intenzita bolesti (0–10)
sl jakost bolečine (0–10)
sv smärtskattning (0–10)
ja 痛みの強さ（0〜10）
zh 疼痛评分（0–10）
ko 통증 점수(0–10)
th คะแนนความเจ็บปวด (0–10)
vi mức độ đau (0–10)
tr ağrı şiddeti (0–10)
ar شدة الألم (0–10)
ru интенсивность боли (0–10)
uk інтенсивність болю (0–10)
hi दर्द की तीव्रता (0–10)
id skala nyeri (0–10)

@vital_sign.consciousness_level loinc=67775-7
en level of consciousness (ACVPU)
bg ниво на съзнание (ACVPU)
cs stav vědomí (ACVPU)
da bevidsthedsniveau (ACVPU)
de Bewusstseinslage (ACVPU)
el επίπεδο συνείδησης (ACVPU)
es nivel de consciencia (ACVPU)
et teadvuse tase (ACVPU)
fi tajunnan taso (ACVPU)
fr niveau de conscience (ACVPU)
ga leibhéal comhfheasa (ACVPU)
hr stanje svijesti (ACVPU)
hu tudatszint (ACVPU)
it livello di coscienza (ACVPU)
lt sąmonės lygis (ACVPU)
lv apziņas līmenis (ACVPU)
mt livell ta' koxjenza (ACVPU)
nl bewustzijnsniveau (ACVPU)
pl stan świadomości (ACVPU)
pt nível de consciência (ACVPU)
ro nivelul de conștiență (ACVPU)
sk stav vedomia (ACVPU)
sl stanje zavesti (ACVPU)
sv medvetandegrad (ACVPU)
ja 意識レベル（ACVPU）
zh 意识水平（ACVPU）
ko 의식 수준(ACVPU)
th ระดับความรู้สึกตัว (ACVPU)
vi mức độ ý thức (ACVPU)
tr bilinç düzeyi (ACVPU)
ar مستوى الوعي
ru уровень сознания (ACVPU)
uk рівень свідомості (ACVPU)
hi चेतना का स्तर (ACVPU)
id tingkat kesadaran (ACVPU)

@vital_sign.glasgow_coma_score loinc=9269-2
en Glasgow Coma Scale score
bg скала на Глазгоу за кома
cs Glasgowská stupnice bezvědomí
da Glasgow Coma Scale
de Glasgow-Koma-Skala
el κλίμακα κώματος Γλασκώβης
es escala de coma de Glasgow
et Glasgow' kooma skaala
fi Glasgow'n kooma-asteikko
fr score de Glasgow
ga ! no established Irish term we could confirm
hr Glasgowska ljestvica kome
hu Glasgow kóma skála
it scala del coma di Glasgow
lt Glasgow komos skalė
lv Glāzgovas komas skala
mt ! no established Maltese term we could confirm
nl Glasgow-comaschaal
pl skala śpiączki Glasgow
pt escala de coma de Glasgow
ro scala Glasgow
sk Glasgowská stupnica kómy
sl glasgowska lestvica kome
sv Glasgow Coma Scale-poäng
ja グラスゴー・コーマ・スケール
zh 格拉斯哥昏迷评分
ko 글래스고 혼수 척도
th คะแนนกลาสโกว์โคมา
vi thang điểm hôn mê Glasgow
tr Glasgow koma skalası
ar مقياس غلاسكو للغيبوبة
ru шкала комы Глазго
uk шкала коми Глазго
hi ग्लासगो कोमा स्केल
id skala koma Glasgow

@vital_sign.inhaled_oxygen_flow_rate loinc=3151-8
en oxygen flow rate
bg кислороден поток
cs průtok kyslíku
da iltflow
de Sauerstoffflussrate
el ροή οξυγόνου
es flujo de oxígeno
et hapniku voolukiirus
fi happivirtaus
fr débit d'oxygène
ga ráta sreafa ocsaigine
hr protok kisika
hu oxigénáramlás
it flusso di ossigeno
lt deguonies srautas
lv skābekļa plūsma
mt rata tal-fluss tal-ossiġnu
nl zuurstofflow
pl przepływ tlenu
pt débito de oxigénio
ro debitul de oxigen
sk prietok kyslíka
sl pretok kisika
sv syrgasflöde
ja 酸素流量
zh 吸氧流量
ko 산소 유량
th อัตราการไหลของออกซิเจน
vi lưu lượng oxy
tr oksijen akış hızı
ar معدل تدفق الأكسجين
ru скорость потока кислорода
uk швидкість потоку кисню
hi ऑक्सीजन प्रवाह दर
id laju aliran oksigen

@vital_sign.inhaled_oxygen_concentration loinc=3150-0
en inhaled oxygen concentration (FiO2)
bg концентрация на вдишвания кислород (FiO2)
cs koncentrace vdechovaného kyslíku (FiO2)
da koncentration af indåndet ilt (FiO2)
de inspiratorische Sauerstoffkonzentration (FiO2)
el συγκέντρωση εισπνεόμενου οξυγόνου (FiO2)
es fracción inspirada de oxígeno (FiO2)
et sissehingatava hapniku kontsentratsioon (FiO2)
fi sisäänhengitetyn hapen pitoisuus (FiO2)
fr fraction inspirée en oxygène (FiO2)
ga ! no established Irish term we could confirm
hr udio udahnutog kisika (FiO2)
hu belélegzett oxigén koncentrációja (FiO2)
it frazione inspirata di ossigeno (FiO2)
lt įkvepiamo deguonies koncentracija (FiO2)
lv ieelpotā skābekļa koncentrācija (FiO2)
mt ! no established Maltese term we could confirm
nl ingeademde zuurstofconcentratie (FiO2)
pl stężenie tlenu w mieszaninie oddechowej (FiO2)
pt fração inspirada de oxigénio (FiO2)
ro fracția inspirată de oxigen (FiO2)
sk koncentrácia vdychovaného kyslíka (FiO2)
sl delež vdihanega kisika (FiO2)
sv inandad syrgaskoncentration (FiO2)
ja 吸入酸素濃度（FiO2）
zh 吸入氧浓度（FiO2）
ko 흡입 산소 농도(FiO2)
th ความเข้มข้นของออกซิเจนที่หายใจเข้า (FiO2)
vi nồng độ oxy hít vào (FiO2)
tr solunan oksijen konsantrasyonu (FiO2)
ar تركيز الأكسجين المستنشق
ru концентрация кислорода во вдыхаемой смеси (FiO2)
uk концентрація кисню у вдихуваній суміші (FiO2)
hi श्वास में ली गई ऑक्सीजन की सांद्रता (FiO2)
id konsentrasi oksigen yang dihirup (FiO2)

@vital_sign.perfusion_index loinc=61006-3
en perfusion index
bg перфузионен индекс
cs perfuzní index
da perfusionsindeks
de Perfusionsindex
el δείκτης αιμάτωσης
es índice de perfusión
et perfusiooniindeks
fi perfuusioindeksi
fr indice de perfusion
ga ! no established Irish term we could confirm
hr indeks perfuzije
hu perfúziós index
it indice di perfusione
lt perfuzijos indeksas
lv perfūzijas indekss
mt ! no established Maltese term we could confirm
nl perfusie-index
pl indeks perfuzji
pt índice de perfusão
ro indicele de perfuzie
sk perfúzny index
sl indeks perfuzije
sv perfusionsindex
ja 灌流指標
zh 灌注指数
ko 관류 지수
th ดัชนีการไหลเวียนเลือด
vi chỉ số tưới máu
tr perfüzyon indeksi
ar مؤشر التروية
ru индекс перфузии
uk індекс перфузії
hi परफ्यूजन इंडेक्स
id indeks perfusi

@vital_sign.peak_expiratory_flow loinc=19935-6
en peak flow
bg върхов експираторен дебит
cs vrcholový výdechový průtok
da peak flow
de Peak-Flow
el μέγιστη εκπνευστική ροή
es flujo espiratorio máximo
et tippvoolukiirus
fi uloshengityksen huippuvirtaus (PEF)
fr débit expiratoire de pointe
ga ! no established Irish term we could confirm
hr vršni ekspiracijski protok
hu kilégzési csúcsáramlás
it picco di flusso espiratorio
lt didžiausias iškvėpimo srovės greitis
lv izelpas maksimālā plūsma
mt ! no established Maltese term we could confirm
nl piekstroom
pl szczytowy przepływ wydechowy
pt débito expiratório máximo
ro debitul expirator de vârf
sk vrcholový výdychový prietok
sl največji pretok izdiha
sv PEF-värde
ja ピークフロー
zh 呼气峰流速
ko 최대 호기 유량
th อัตราการไหลของลมหายใจออกสูงสุด
vi lưu lượng đỉnh thở ra
tr tepe akım hızı
ar ذروة الجريان الزفيري
ru пиковая скорость выдоха
uk пікова швидкість видиху
hi पीक फ्लो
id arus puncak ekspirasi

@vital_sign.step_count loinc=55423-8
en step count
bg брой крачки
cs počet kroků
da antal skridt
de Schrittzahl
el αριθμός βημάτων
es número de pasos
et sammude arv
fi askelmäärä
fr nombre de pas
ga líon céimeanna
hr broj koraka
hu lépésszám
it numero di passi
lt žingsnių skaičius
lv soļu skaits
mt għadd ta' passi
nl aantal stappen
pl liczba kroków
pt número de passos
ro numărul de pași
sk počet krokov
sl število korakov
sv antal steg
ja 歩数
zh 步数
ko 걸음 수
th จำนวนก้าว
vi số bước chân
tr adım sayısı
ar عدد الخطوات
ru количество шагов
uk кількість кроків
hi कदमों की संख्या
id jumlah langkah

@vital_sign.sleep_duration loinc=93832-4
en sleep duration
bg продължителност на съня
cs délka spánku
da søvnvarighed
de Schlafdauer
el διάρκεια ύπνου
es duración del sueño
et une kestus
fi unen kesto
fr durée du sommeil
ga fad codlata
hr trajanje sna
hu alvásidő
it durata del sonno
lt miego trukmė
lv miega ilgums
mt tul tal-irqad
nl slaapduur
pl czas snu
pt duração do sono
ro durata somnului
sk dĺžka spánku
sl trajanje spanja
sv sömnlängd
ja 睡眠時間
zh 睡眠时长
ko 수면 시간
th ระยะเวลาการนอนหลับ
vi thời gian ngủ
tr uyku süresi
ar مدة النوم
ru продолжительность сна
uk тривалість сну
hi नींद की अवधि
id durasi tidur

@vital_sign.urine_output loinc=9187-6
en urine output
bg отделено количество урина
cs množství moči
da urinproduktion
de Urinausscheidung
el αποβολή ούρων
es diuresis
et uriinieritus
fi virtsaneritys
fr diurèse
ga aschur fuail
hr izlučivanje mokraće
hu vizeletmennyiség
it diuresi
lt šlapimo kiekis
lv urīna daudzums
mt ! no established Maltese term we could confirm
nl urineproductie
pl ilość oddawanego moczu
pt débito urinário
ro debit urinar
sk množstvo moču
sl količina urina
sv urinmängd
ja 尿量
zh 尿量
ko 소변량
th ปริมาณปัสสาวะ
vi lượng nước tiểu
tr idrar çıkışı
ar كمية البول
ru диурез
uk діурез
hi मूत्र की मात्रा
id jumlah urine
""")


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[2]
    out = build()
    write(out, root / "py_modules" / "wayfarer" / "terms" / "data")
    for category, concepts in out.items():
        gaps = sum(len(c.get("gaps", {})) for c in concepts)
        print(f"{FILES[category]}: {len(concepts)} concepts, {gaps} explicit gaps")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
