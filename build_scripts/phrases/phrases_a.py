"""Generate phrase data (half A) for "Talk to the doctor" (issue 8).

Writes py_modules/wayfarer/translate/data/phrases_{emergency,symptom,pain,number,time}.json
in the layout described in py_modules/wayfarer/translate/data/FORMAT.md.

Each phrase is one table entry: P(id, speaker, kind, answers, concepts, block) where block holds
one line per language, "xx: text".  A language without an established text is written
"xx: !gap <reason>" and ends up in "gaps".  All translations are drafts (provenance
"wayfarer-draft", English "wayfarer"); nobody has reviewed them, so "reviewed" stays {}.

Gendered first-person forms (Slavic past tense, French/Italian/Romance participles, Hindi
verbs) are written with both forms where a neutral wording is not natural, e.g. "упал(а)".

Run:  python build_scripts/phrases/phrases_a.py [--check]   (--check: validate only, write nothing)
"""
from __future__ import annotations

import glob
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "py_modules" / "wayfarer" / "translate" / "data"
TERMS_DIR = ROOT / "py_modules" / "wayfarer" / "terms" / "data"

LANGS = ("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv "
         "ja zh ko th vi tr ar ru uk hi id").split()
GROUPS = {"emergency", "symptom", "pain", "history", "medicine", "question", "answer",
          "instruction", "number", "time", "logistics"}
MY_GROUPS = ("emergency", "symptom", "pain", "number", "time")
SPEAKERS = {"patient", "doctor", "either"}
KINDS = {"statement", "question", "answer", "instruction", "label"}
ANSWERS = {"yes_no", "number", "scale_0_10", "time", "body_site", "phrase"}

PHRASES: dict[str, list[dict]] = {g: [] for g in MY_GROUPS}
_group = None


def group(name: str) -> None:
    global _group
    assert name in MY_GROUPS, name
    _group = name


def P(pid: str, speaker: str, kind: str, answers: list[str], concepts: list[str], block: str) -> None:
    text, gaps = {}, {}
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        lang, sep, val = line.partition(":")
        lang, val = lang.strip(), val.strip()
        if not sep or lang not in LANGS:
            raise ValueError(f"{pid}: bad line {raw!r}")
        if lang in text or lang in gaps:
            raise ValueError(f"{pid}: {lang} given twice")
        if val.startswith("!gap"):
            gaps[lang] = val[4:].strip() or "no established form"
        else:
            text[lang] = unicodedata.normalize("NFC", val)
    PHRASES[_group].append({
        "id": "phrase." + pid,
        "group": _group,
        "speaker": speaker,
        "kind": kind,
        "answers": list(answers),
        "concepts": list(concepts),
        "text": {l: text[l] for l in LANGS if l in text},
        "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
        "reviewed": {},
        "gaps": {l: gaps[l] for l in LANGS if l in gaps},
    })


def concept_ids() -> set[str]:
    ids = set()
    for f in glob.glob(str(TERMS_DIR / "*.json")):
        with open(f, encoding="utf-8") as fh:
            for c in json.load(fh)["concepts"]:
                ids.add(c["id"])
    return ids


def validate() -> list[str]:
    errs = []
    known = concept_ids()
    seen_ids: set[str] = set()
    seen_text: dict[tuple[str, str], str] = {}
    for g, items in PHRASES.items():
        for p in items:
            pid = p["id"]
            if not re.fullmatch(r"phrase\.[a-z0-9]+(_[a-z0-9]+)*", pid):
                errs.append(f"{pid}: id not phrase.<snake_case>")
            if pid in seen_ids:
                errs.append(f"{pid}: duplicate id")
            seen_ids.add(pid)
            if p["group"] not in GROUPS:
                errs.append(f"{pid}: bad group")
            if p["speaker"] not in SPEAKERS:
                errs.append(f"{pid}: bad speaker {p['speaker']}")
            if p["kind"] not in KINDS:
                errs.append(f"{pid}: bad kind {p['kind']}")
            for a in p["answers"]:
                if a not in ANSWERS:
                    errs.append(f"{pid}: bad answer form {a}")
            if p["kind"] == "question" and not p["answers"]:
                errs.append(f"{pid}: question without answers")
            if p["kind"] != "question" and p["answers"]:
                errs.append(f"{pid}: answers on a non-question")
            for c in p["concepts"]:
                if c not in known:
                    errs.append(f"{pid}: unknown concept {c}")
            if "en" not in p["text"]:
                errs.append(f"{pid}: no English")
            for l in LANGS:
                has_t, has_g = l in p["text"], l in p["gaps"]
                if has_t == has_g:
                    errs.append(f"{pid}: {l} must have exactly one of text / gap")
            for l, t in p["text"].items():
                if not t or t != t.strip() or "  " in t:
                    errs.append(f"{pid}: {l} empty or stray whitespace")
                key = (l, t.casefold())
                if key in seen_text:
                    errs.append(f"{pid}: {l} text {t!r} duplicates {seen_text[key]}")
                seen_text[key] = pid
    return errs


def dump(g: str) -> str:
    lines = [json.dumps(p, ensure_ascii=False) for p in PHRASES[g]]
    return ('{"format": 1, "group": "%s", "phrases": [\n' % g) + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str]) -> int:
    errs = validate()
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    if errs:
        return 1
    total = 0
    for g in MY_GROUPS:
        out = dump(g)
        json.loads(out)  # must load
        n = len(PHRASES[g])
        total += n
        ngaps = sum(len(p["gaps"]) for p in PHRASES[g])
        print(f"{g}: {n} phrases, {ngaps} gaps")
        if "--check" not in argv and n:
            (OUT_DIR / f"phrases_{g}.json").write_text(out, encoding="utf-8")
    print(f"total: {total}")
    return 0


# ============================================================================ data

group("emergency")

P("need_ambulance", "patient", "statement", [], [], """
bg: Нуждая се от линейка.
cs: Potřebuji sanitku.
da: Jeg har brug for en ambulance.
de: Ich brauche einen Krankenwagen.
el: Χρειάζομαι ασθενοφόρο.
en: I need an ambulance.
es: Necesito una ambulancia.
et: Mul on vaja kiirabi.
fi: Tarvitsen ambulanssin.
fr: J'ai besoin d'une ambulance.
ga: Tá otharcharr ag teastáil uaim.
hr: Trebam hitnu pomoć.
hu: Mentőre van szükségem.
it: Ho bisogno di un'ambulanza.
lt: Man reikia greitosios pagalbos.
lv: Man vajag ātro palīdzību.
mt: Għandi bżonn ambulanza.
nl: Ik heb een ambulance nodig.
pl: Potrzebuję karetki.
pt: Preciso de uma ambulância.
ro: Am nevoie de o ambulanță.
sk: Potrebujem sanitku.
sl: Potrebujem reševalno vozilo.
sv: Jag behöver en ambulans.
ja: 救急車が必要です。
zh: 我需要救护车。
ko: 구급차가 필요합니다.
th: ฉันต้องการรถพยาบาล
vi: Tôi cần xe cứu thương.
tr: Ambulansa ihtiyacım var.
ar: أحتاج إلى سيارة إسعاف.
ru: Мне нужна скорая помощь.
uk: Мені потрібна швидка допомога.
hi: मुझे एम्बुलेंस चाहिए।
id: Saya butuh ambulans.
""")

P("call_ambulance", "patient", "instruction", [], [], """
bg: Моля, извикайте линейка.
cs: Zavolejte prosím sanitku.
da: Ring venligst efter en ambulance.
de: Bitte rufen Sie einen Krankenwagen.
el: Καλέστε ασθενοφόρο, παρακαλώ.
en: Call an ambulance, please.
es: Llame a una ambulancia, por favor.
et: Palun kutsuge kiirabi.
fi: Soittakaa ambulanssi, kiitos.
fr: Appelez une ambulance, s'il vous plaît.
ga: Glaoigh ar otharcharr, le do thoil.
hr: Molim vas, pozovite hitnu pomoć.
hu: Kérem, hívjon mentőt.
it: Chiami un'ambulanza, per favore.
lt: Prašau, iškvieskite greitąją pagalbą.
lv: Lūdzu, izsauciet ātro palīdzību.
mt: Jekk jogħġbok, ċempel għall-ambulanza.
nl: Bel alstublieft een ambulance.
pl: Proszę wezwać karetkę.
pt: Chame uma ambulância, por favor.
ro: Vă rog, chemați o ambulanță.
sk: Zavolajte, prosím, sanitku.
sl: Prosim, pokličite reševalce.
sv: Ring efter en ambulans, tack.
ja: 救急車を呼んでください。
zh: 请叫救护车。
ko: 구급차를 불러 주세요.
th: กรุณาเรียกรถพยาบาล
vi: Xin hãy gọi xe cứu thương.
tr: Lütfen ambulans çağırın.
ar: من فضلك اطلب سيارة إسعاف.
ru: Пожалуйста, вызовите скорую помощь.
uk: Будь ласка, викличте швидку допомогу.
hi: कृपया एम्बुलेंस बुलाइए।
id: Tolong panggilkan ambulans.
""")

P("help_me", "patient", "instruction", [], [], """
bg: Моля, помогнете ми.
cs: Pomozte mi, prosím.
da: Hjælp mig venligst.
de: Bitte helfen Sie mir.
el: Βοηθήστε με, παρακαλώ.
en: Please help me.
es: Ayúdeme, por favor.
et: Palun aidake mind.
fi: Auttakaa minua, olkaa hyvä.
fr: Aidez-moi, s'il vous plaît.
ga: Cabhraigh liom, le do thoil.
hr: Molim vas, pomozite mi.
hu: Kérem, segítsen nekem.
it: Mi aiuti, per favore.
lt: Prašau, padėkite man.
lv: Lūdzu, palīdziet man.
mt: Jekk jogħġbok, għinni.
nl: Help mij alstublieft.
pl: Proszę mi pomóc.
pt: Ajude-me, por favor.
ro: Vă rog, ajutați-mă.
sk: Pomôžte mi, prosím.
sl: Prosim, pomagajte mi.
sv: Snälla, hjälp mig.
ja: 助けてください。
zh: 请帮帮我。
ko: 도와주세요.
th: กรุณาช่วยฉันด้วย
vi: Xin hãy giúp tôi.
tr: Lütfen bana yardım edin.
ar: ساعدني من فضلك.
ru: Пожалуйста, помогите мне.
uk: Будь ласка, допоможіть мені.
hi: कृपया मेरी मदद कीजिए।
id: Tolong bantu saya.
""")

P("need_doctor", "patient", "statement", [], [], """
bg: Нуждая се от лекар.
cs: Potřebuji lékaře.
da: Jeg har brug for en læge.
de: Ich brauche einen Arzt.
el: Χρειάζομαι γιατρό.
en: I need a doctor.
es: Necesito un médico.
et: Mul on vaja arsti.
fi: Tarvitsen lääkärin.
fr: J'ai besoin d'un médecin.
ga: Tá dochtúir ag teastáil uaim.
hr: Trebam liječnika.
hu: Orvosra van szükségem.
it: Ho bisogno di un medico.
lt: Man reikia gydytojo.
lv: Man vajag ārstu.
mt: Għandi bżonn tabib.
nl: Ik heb een dokter nodig.
pl: Potrzebuję lekarza.
pt: Preciso de um médico.
ro: Am nevoie de un medic.
sk: Potrebujem lekára.
sl: Potrebujem zdravnika.
sv: Jag behöver en läkare.
ja: 医者に診てもらいたいです。
zh: 我需要看医生。
ko: 의사가 필요합니다.
th: ฉันต้องการพบแพทย์
vi: Tôi cần gặp bác sĩ.
tr: Doktora ihtiyacım var.
ar: أحتاج إلى طبيب.
ru: Мне нужен врач.
uk: Мені потрібен лікар.
hi: मुझे डॉक्टर की ज़रूरत है।
id: Saya perlu dokter.
""")

P("where_nearest_hospital", "patient", "question", ["phrase"], [], """
bg: Къде е най-близката болница?
cs: Kde je nejbližší nemocnice?
da: Hvor er det nærmeste hospital?
de: Wo ist das nächste Krankenhaus?
el: Πού είναι το πλησιέστερο νοσοκομείο;
en: Where is the nearest hospital?
es: ¿Dónde está el hospital más cercano?
et: Kus on lähim haigla?
fi: Missä on lähin sairaala?
fr: Où est l'hôpital le plus proche ?
ga: Cá bhfuil an t-ospidéal is gaire?
hr: Gdje je najbliža bolnica?
hu: Hol van a legközelebbi kórház?
it: Dov'è l'ospedale più vicino?
lt: Kur yra artimiausia ligoninė?
lv: Kur ir tuvākā slimnīca?
mt: Fejn hu l-eqreb sptar?
nl: Waar is het dichtstbijzijnde ziekenhuis?
pl: Gdzie jest najbliższy szpital?
pt: Onde fica o hospital mais próximo?
ro: Unde este cel mai apropiat spital?
sk: Kde je najbližšia nemocnica?
sl: Kje je najbližja bolnišnica?
sv: Var ligger närmaste sjukhus?
ja: 一番近い病院はどこですか？
zh: 最近的医院在哪里？
ko: 가장 가까운 병원이 어디입니까?
th: โรงพยาบาลที่ใกล้ที่สุดอยู่ที่ไหน
vi: Bệnh viện gần nhất ở đâu?
tr: En yakın hastane nerede?
ar: أين أقرب مستشفى؟
ru: Где ближайшая больница?
uk: Де найближча лікарня?
hi: सबसे नज़दीकी अस्पताल कहाँ है?
id: Di mana rumah sakit terdekat?
""")

P("have_fallen", "patient", "statement", [], ["symptom.fall"], """
bg: Паднах.
cs: Upadl(a) jsem.
da: Jeg er faldet.
de: Ich bin gestürzt.
el: Έπεσα.
en: I have fallen.
es: Me he caído.
et: Ma kukkusin.
fi: Kaaduin.
fr: Je suis tombé(e).
ga: Thit mé.
hr: Pao/pala sam.
hu: Elestem.
it: Sono caduto/a.
lt: Aš parkritau.
lv: Es nokritu.
mt: Waqajt.
nl: Ik ben gevallen.
pl: Upadłem/upadłam.
pt: Caí.
ro: Am căzut.
sk: Spadol/spadla som.
sl: Padel/padla sem.
sv: Jag har ramlat.
ja: 転倒しました。
zh: 我摔倒了。
ko: 넘어졌습니다.
th: ฉันหกล้ม
vi: Tôi bị ngã.
tr: Düştüm.
ar: لقد سقطت.
ru: Я упал(а).
uk: Я впав/впала.
hi: मैं गिर गया/गई हूँ।
id: Saya jatuh.
""")

P("cannot_get_up", "patient", "statement", [], [], """
bg: Не мога да стана.
cs: Nemohu vstát.
da: Jeg kan ikke rejse mig.
de: Ich kann nicht aufstehen.
el: Δεν μπορώ να σηκωθώ.
en: I cannot get up.
es: No puedo levantarme.
et: Ma ei suuda püsti tõusta.
fi: En pääse ylös.
fr: Je ne peux pas me relever.
ga: Ní féidir liom éirí.
hr: Ne mogu ustati.
hu: Nem tudok felállni.
it: Non riesco ad alzarmi.
lt: Negaliu atsistoti.
lv: Es nevaru piecelties.
mt: Ma nistax inqum.
nl: Ik kan niet opstaan.
pl: Nie mogę wstać.
pt: Não consigo levantar-me.
ro: Nu mă pot ridica.
sk: Nemôžem vstať.
sl: Ne morem vstati.
sv: Jag kan inte resa mig.
ja: 起き上がれません。
zh: 我站不起来。
ko: 일어날 수가 없습니다.
th: ฉันลุกไม่ขึ้น
vi: Tôi không thể đứng dậy.
tr: Kalkamıyorum.
ar: لا أستطيع النهوض.
ru: Я не могу встать.
uk: Я не можу встати.
hi: मुझसे उठा नहीं जा रहा है।
id: Saya tidak bisa bangun.
""")

P("cannot_breathe_well", "patient", "statement", [], ["symptom.shortness_of_breath"], """
bg: Не мога да дишам добре.
cs: Nemohu pořádně dýchat.
da: Jeg kan ikke trække vejret ordentligt.
de: Ich bekomme schlecht Luft.
el: Δεν μπορώ να αναπνεύσω καλά.
en: I cannot breathe well.
es: No puedo respirar bien.
et: Ma ei saa korralikult hingata.
fi: En saa kunnolla henkeä.
fr: J'ai du mal à respirer.
ga: Ní féidir liom análú i gceart.
hr: Ne mogu dobro disati.
hu: Nem kapok rendesen levegőt.
it: Non riesco a respirare bene.
lt: Negaliu gerai kvėpuoti.
lv: Es nevaru labi paelpot.
mt: Ma nistax nieħu n-nifs sew.
nl: Ik kan niet goed ademen.
pl: Nie mogę dobrze oddychać.
pt: Não consigo respirar bem.
ro: Nu pot respira bine.
sk: Nemôžem poriadne dýchať.
sl: Ne morem dobro dihati.
sv: Jag kan inte andas ordentligt.
ja: うまく息ができません。
zh: 我呼吸困难。
ko: 숨을 제대로 쉴 수가 없습니다.
th: ฉันหายใจไม่สะดวก
vi: Tôi khó thở.
tr: İyi nefes alamıyorum.
ar: لا أستطيع التنفس جيدًا.
ru: Мне трудно дышать.
uk: Мені важко дихати.
hi: मुझे साँस लेने में तकलीफ़ हो रही है।
id: Saya sulit bernapas.
""")

P("have_chest_pain", "patient", "statement", [], ["symptom.chest_pain"], """
bg: Имам болка в гърдите.
cs: Mám bolest na hrudi.
da: Jeg har smerter i brystet.
de: Ich habe Schmerzen in der Brust.
el: Έχω πόνο στο στήθος.
en: I have chest pain.
es: Tengo dolor en el pecho.
et: Mul on valu rinnus.
fi: Minulla on rintakipua.
fr: J'ai mal à la poitrine.
ga: Tá pian i mo chliabh.
hr: Imam bol u prsima.
hu: Fáj a mellkasom.
it: Ho dolore al petto.
lt: Man skauda krūtinę.
lv: Man sāp krūtis.
mt: Għandi uġigħ f'sidri.
nl: Ik heb pijn op de borst.
pl: Boli mnie w klatce piersiowej.
pt: Tenho dor no peito.
ro: Am dureri în piept.
sk: Mám bolesť na hrudi.
sl: Boli me v prsih.
sv: Jag har ont i bröstet.
ja: 胸が痛いです。
zh: 我胸口痛。
ko: 가슴이 아픕니다.
th: ฉันเจ็บหน้าอก
vi: Tôi bị đau ngực.
tr: Göğsümde ağrı var.
ar: أشعر بألم في صدري.
ru: У меня боль в груди.
uk: У мене біль у грудях.
hi: मेरे सीने में दर्द है।
id: Dada saya sakit.
""")

P("think_heart_attack", "patient", "statement", [], ["symptom.chest_pain"], """
bg: Мисля, че получавам инфаркт.
cs: Myslím, že mám infarkt.
da: Jeg tror, jeg har et hjerteanfald.
de: Ich glaube, ich habe einen Herzinfarkt.
el: Νομίζω ότι παθαίνω έμφραγμα.
en: I think I am having a heart attack.
es: Creo que estoy sufriendo un infarto.
et: Ma arvan, et mul on infarkt.
fi: Luulen, että saan sydänkohtauksen.
fr: Je crois que je fais une crise cardiaque.
ga: Sílim go bhfuil taom croí orm.
hr: Mislim da imam srčani udar.
hu: Azt hiszem, szívinfarktusom van.
it: Credo di avere un infarto.
lt: Manau, kad man infarktas.
lv: Man šķiet, ka man ir infarkts.
mt: Naħseb li qed ikolli attakk tal-qalb.
nl: Ik denk dat ik een hartaanval heb.
pl: Myślę, że mam zawał serca.
pt: Acho que estou a ter um ataque cardíaco.
ro: Cred că fac un infarct.
sk: Myslím, že mám infarkt.
sl: Mislim, da imam srčni infarkt.
sv: Jag tror att jag har en hjärtinfarkt.
ja: 心臓発作を起こしているようです。
zh: 我觉得我心脏病发作了。
ko: 심장마비가 온 것 같습니다.
th: ฉันคิดว่าฉันกำลังมีอาการหัวใจวาย
vi: Tôi nghĩ tôi đang bị nhồi máu cơ tim.
tr: Sanırım kalp krizi geçiriyorum.
ar: أعتقد أنني أصاب بنوبة قلبية.
ru: Кажется, у меня инфаркт.
uk: Здається, у мене інфаркт.
hi: मुझे लगता है कि मुझे दिल का दौरा पड़ रहा है।
id: Saya rasa saya terkena serangan jantung.
""")

P("think_stroke", "patient", "statement", [], ["condition.stroke"], """
bg: Мисля, че получавам инсулт.
cs: Myslím, že mám mrtvici.
da: Jeg tror, jeg har et slagtilfælde.
de: Ich glaube, ich habe einen Schlaganfall.
el: Νομίζω ότι παθαίνω εγκεφαλικό.
en: I think I am having a stroke.
es: Creo que estoy sufriendo un ictus.
et: Ma arvan, et mul on insult.
fi: Luulen, että saan aivohalvauksen.
fr: Je crois que je fais un AVC.
ga: Sílim go bhfuil stróc orm.
hr: Mislim da imam moždani udar.
hu: Azt hiszem, stroke-om van.
it: Credo di avere un ictus.
lt: Manau, kad man insultas.
lv: Man šķiet, ka man ir insults.
mt: Naħseb li qed ikolli puplesija.
nl: Ik denk dat ik een beroerte heb.
pl: Myślę, że mam udar.
pt: Acho que estou a ter um AVC.
ro: Cred că fac un accident vascular cerebral.
sk: Myslím, že mám mŕtvicu.
sl: Mislim, da imam možgansko kap.
sv: Jag tror att jag har en stroke.
ja: 脳卒中を起こしているようです。
zh: 我觉得我中风了。
ko: 뇌졸중이 온 것 같습니다.
th: ฉันคิดว่าฉันกำลังเป็นโรคหลอดเลือดสมอง
vi: Tôi nghĩ tôi đang bị đột quỵ.
tr: Sanırım felç geçiriyorum.
ar: أعتقد أنني أصاب بسكتة دماغية.
ru: Кажется, у меня инсульт.
uk: Здається, у мене інсульт.
hi: मुझे लगता है कि मुझे स्ट्रोक हो रहा है।
id: Saya rasa saya terkena stroke.
""")

P("diabetic_low_sugar", "patient", "statement", [], ["condition.hypoglycaemia"], """
bg: Имам диабет и кръвната ми захар е ниска.
cs: Mám cukrovku a mám nízkou hladinu cukru v krvi.
da: Jeg har diabetes, og mit blodsukker er lavt.
de: Ich habe Diabetes und mein Blutzucker ist zu niedrig.
el: Έχω διαβήτη και το σάκχαρό μου είναι χαμηλό.
en: I am diabetic and my blood sugar is low.
es: Tengo diabetes y tengo el azúcar bajo.
et: Mul on diabeet ja mu veresuhkur on madal.
fi: Minulla on diabetes ja verensokerini on matala.
fr: Je suis diabétique et ma glycémie est basse.
ga: Tá diaibéiteas orm agus tá mo shiúcra fola íseal.
hr: Imam dijabetes i šećer u krvi mi je nizak.
hu: Cukorbeteg vagyok, és alacsony a vércukrom.
it: Ho il diabete e ho la glicemia bassa.
lt: Sergu cukriniu diabetu, ir mano cukraus kiekis kraujyje mažas.
lv: Man ir diabēts, un man ir zems cukura līmenis asinīs.
mt: Għandi d-dijabete u z-zokkor f'demmi huwa baxx.
nl: Ik heb diabetes en mijn bloedsuiker is laag.
pl: Mam cukrzycę i mam niski poziom cukru.
pt: Tenho diabetes e tenho o açúcar no sangue baixo.
ro: Am diabet și am glicemia scăzută.
sk: Mám cukrovku a mám nízku hladinu cukru v krvi.
sl: Imam sladkorno bolezen in nizek krvni sladkor.
sv: Jag har diabetes och mitt blodsocker är lågt.
ja: 糖尿病があり、血糖値が下がっています。
zh: 我有糖尿病，现在血糖很低。
ko: 저는 당뇨병이 있는데 혈당이 낮습니다.
th: ฉันเป็นเบาหวานและน้ำตาลในเลือดต่ำ
vi: Tôi bị tiểu đường và đường huyết của tôi đang thấp.
tr: Şeker hastasıyım ve kan şekerim düşük.
ar: عندي السكري ونسبة السكر في دمي منخفضة.
ru: У меня диабет, и у меня низкий сахар в крови.
uk: У мене діабет, і в мене низький цукор у крові.
hi: मुझे मधुमेह है और मेरा ब्लड शुगर कम है।
id: Saya penderita diabetes dan gula darah saya rendah.
""")

P("severe_allergy", "patient", "statement", [], [], """
bg: Имам тежка алергия.
cs: Mám těžkou alergii.
da: Jeg har en alvorlig allergi.
de: Ich habe eine schwere Allergie.
el: Έχω σοβαρή αλλεργία.
en: I have a severe allergy.
es: Tengo una alergia grave.
et: Mul on raske allergia.
fi: Minulla on vaikea allergia.
fr: J'ai une allergie grave.
ga: Tá ailléirge throm orm.
hr: Imam tešku alergiju.
hu: Súlyos allergiám van.
it: Ho una grave allergia.
lt: Turiu sunkią alergiją.
lv: Man ir smaga alerģija.
mt: Għandi allerġija qawwija.
nl: Ik heb een ernstige allergie.
pl: Mam ciężką alergię.
pt: Tenho uma alergia grave.
ro: Am o alergie severă.
sk: Mám ťažkú alergiu.
sl: Imam hudo alergijo.
sv: Jag har en svår allergi.
ja: 重いアレルギーがあります。
zh: 我有严重的过敏症。
ko: 심한 알레르기가 있습니다.
th: ฉันมีอาการแพ้รุนแรง
vi: Tôi bị dị ứng nặng.
tr: Ciddi bir alerjim var.
ar: لدي حساسية شديدة.
ru: У меня сильная аллергия.
uk: У мене сильна алергія.
hi: मुझे गंभीर एलर्जी है।
id: Saya punya alergi berat.
""")

P("need_adrenaline_autoinjector", "patient", "statement", [], ["medicine.epinephrine", "condition.anaphylaxis"], """
bg: Нуждая се от моя автоинжектор с адреналин.
cs: Potřebuji svůj adrenalinový autoinjektor.
da: Jeg har brug for min adrenalinpen.
de: Ich brauche meinen Adrenalin-Autoinjektor.
el: Χρειάζομαι την αυτοενέσιμη σύριγγα αδρεναλίνης μου.
en: I need my adrenaline auto-injector.
es: Necesito mi autoinyector de adrenalina.
et: Mul on vaja oma adrenaliini autoinjektorit.
fi: Tarvitsen adrenaliinikynäni.
fr: J'ai besoin de mon stylo auto-injecteur d'adrénaline.
ga: Tá mo pheann adrenailín ag teastáil uaim.
hr: Trebam svoj autoinjektor adrenalina.
hu: Szükségem van az adrenalin autoinjektoromra.
it: Ho bisogno del mio autoiniettore di adrenalina.
lt: Man reikia mano adrenalino automatinio švirkšto.
lv: Man vajag manu adrenalīna autoinjektoru.
mt: Għandi bżonn il-pinna tal-adrenalina tiegħi.
nl: Ik heb mijn adrenalinepen nodig.
pl: Potrzebuję mojego autowstrzykiwacza z adrenaliną.
pt: Preciso do meu autoinjetor de adrenalina.
ro: Am nevoie de autoinjectorul meu cu adrenalină.
sk: Potrebujem svoj adrenalínový autoinjektor.
sl: Potrebujem svoj samoinjektor z adrenalinom.
sv: Jag behöver min adrenalinpenna.
ja: アドレナリン自己注射薬が必要です。
zh: 我需要我的肾上腺素自动注射笔。
ko: 제 에피네프린 자동주사기가 필요합니다.
th: ฉันต้องใช้ปากกาฉีดอะดรีนาลีนของฉัน
vi: Tôi cần bút tiêm adrenaline của tôi.
tr: Adrenalin oto-enjektörüme ihtiyacım var.
ar: أحتاج إلى حقنة الأدرينالين الذاتية الخاصة بي.
ru: Мне нужен мой автоинъектор адреналина.
uk: Мені потрібен мій автоін'єктор адреналіну.
hi: मुझे मेरा एड्रेनालिन ऑटो-इंजेक्टर चाहिए।
id: Saya butuh autoinjektor adrenalin saya.
""")

P("take_blood_thinners", "patient", "statement", [], [], """
bg: Приемам лекарства за разреждане на кръвта.
cs: Užívám léky na ředění krve.
da: Jeg tager blodfortyndende medicin.
de: Ich nehme Blutverdünner.
el: Παίρνω αντιπηκτικά.
en: I take blood thinners.
es: Tomo anticoagulantes.
et: Ma võtan verevedeldajaid.
fi: Käytän verenohennuslääkettä.
fr: Je prends des anticoagulants.
ga: Tógaim tanaitheoirí fola.
hr: Uzimam lijekove za razrjeđivanje krvi.
hu: Vérhígítót szedek.
it: Prendo anticoagulanti.
lt: Vartoju kraują skystinančius vaistus.
lv: Es lietoju asins šķidrinātājus.
mt: Nieħu mediċina biex traqqaq id-demm.
nl: Ik gebruik bloedverdunners.
pl: Przyjmuję leki rozrzedzające krew.
pt: Tomo anticoagulantes.
ro: Iau anticoagulante.
sk: Užívam lieky na riedenie krvi.
sl: Jemljem zdravila za redčenje krvi.
sv: Jag tar blodförtunnande medicin.
ja: 抗凝固薬（血液をサラサラにする薬）を飲んでいます。
zh: 我在服用抗凝血药。
ko: 저는 항응고제를 복용하고 있습니다.
th: ฉันกินยาละลายลิ่มเลือด
vi: Tôi đang dùng thuốc chống đông máu.
tr: Kan sulandırıcı ilaç kullanıyorum.
ar: أتناول أدوية مميعة للدم.
ru: Я принимаю препараты для разжижения крови.
uk: Я приймаю ліки для розрідження крові.
hi: मेरी खून पतला करने की दवा चल रही है।
id: Saya minum obat pengencer darah.
""")

# === END OF DATA ===

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
