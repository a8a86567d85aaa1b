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

# The 35 languages, in the vocabulary's order, from the one place that defines them.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "py_modules"))
from wayfarer.terms import LANGUAGES  # noqa: E402

# The phrase schema (groups, speakers, kinds, answer forms) as the app reads it.
from wayfarer.translate._phrases import ANSWER_FORMS as ANSWERS  # noqa: E402
from wayfarer.translate._phrases import GROUPS as PHRASE_GROUPS  # noqa: E402
from wayfarer.translate._phrases import KINDS, SPEAKERS  # noqa: E402

LANGS = list(LANGUAGES)
GROUPS = set(PHRASE_GROUPS)
MY_GROUPS = ("emergency", "symptom", "pain", "number", "time")

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
    PHRASES[_group].append(
        {
            "id": "phrase." + pid,
            "group": _group,
            "speaker": speaker,
            "kind": kind,
            "answers": list(answers),
            "concepts": list(concepts),
            "text": {lang: text[lang] for lang in LANGS if lang in text},
            "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
            "reviewed": {},
            "gaps": {lang: gaps[lang] for lang in LANGS if lang in gaps},
        }
    )


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
    for _g, items in PHRASES.items():
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
            for lang in LANGS:
                has_t, has_g = lang in p["text"], lang in p["gaps"]
                if has_t == has_g:
                    errs.append(f"{pid}: {lang} must have exactly one of text / gap")
            for lang, t in p["text"].items():
                if not t or t != t.strip() or "  " in t:
                    errs.append(f"{pid}: {lang} empty or stray whitespace")
                key = (lang, t.casefold())
                if key in seen_text:
                    errs.append(f"{pid}: {lang} text {t!r} duplicates {seen_text[key]}")
                seen_text[key] = pid
    # phrases written elsewhere (the other half): no shared ids, warn on shared texts
    mine = {f"phrases_{g}.json" for g in MY_GROUPS}
    for f in sorted(OUT_DIR.glob("phrases_*.json")):
        if f.name in mine:
            continue
        try:
            other = json.loads(f.read_text(encoding="utf-8"))["phrases"]
        except (ValueError, KeyError) as e:
            print(f"WARNING {f.name}: unreadable ({e})", file=sys.stderr)
            continue
        for q in other:
            if q.get("id") in seen_ids:
                errs.append(f"{q['id']}: id also in {f.name}")
            for lang, t in q.get("text", {}).items():
                if (lang, t.casefold()) in seen_text:
                    print(
                        f"WARNING {lang} text {t!r} of {seen_text[(lang, t.casefold())]} "
                        f"also in {f.name} ({q.get('id')})",
                        file=sys.stderr,
                    )
    return errs


def dump(g: str) -> str:
    lines = [json.dumps(p, ensure_ascii=False) for p in PHRASES[g]]
    return (f'{{"format": 1, "group": "{g}", "phrases": [\n') + ",\n".join(lines) + "\n]}\n"


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

P(
    "need_ambulance",
    "patient",
    "statement",
    [],
    [],
    """
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
""",
)

P(
    "call_ambulance",
    "patient",
    "instruction",
    [],
    [],
    """
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
""",
)

P(
    "help_me",
    "patient",
    "instruction",
    [],
    [],
    """
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
""",
)

P(
    "need_doctor",
    "patient",
    "statement",
    [],
    [],
    """
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
""",
)

P(
    "where_nearest_hospital",
    "patient",
    "question",
    ["phrase"],
    [],
    """
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
""",
)

P(
    "have_fallen",
    "patient",
    "statement",
    [],
    ["condition.fall"],
    """
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
""",
)

P(
    "cannot_get_up",
    "patient",
    "statement",
    [],
    [],
    """
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
""",
)

P(
    "cannot_breathe_well",
    "patient",
    "statement",
    [],
    ["symptom.shortness_of_breath"],
    """
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
""",
)

P(
    "have_chest_pain",
    "patient",
    "statement",
    [],
    ["symptom.chest_pain"],
    """
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
""",
)

P(
    "think_heart_attack",
    "patient",
    "statement",
    [],
    ["symptom.chest_pain"],
    """
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
""",
)

P(
    "think_stroke",
    "patient",
    "statement",
    [],
    ["condition.stroke"],
    """
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
""",
)

P(
    "diabetic_low_sugar",
    "patient",
    "statement",
    [],
    ["condition.hypoglycaemia"],
    """
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
""",
)

P(
    "severe_allergy",
    "patient",
    "statement",
    [],
    [],
    """
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
""",
)

P(
    "need_adrenaline_autoinjector",
    "patient",
    "statement",
    [],
    ["medicine.epinephrine", "condition.anaphylaxis"],
    """
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
""",
)

P(
    "call_my_family",
    "patient",
    "instruction",
    [],
    [],
    """
bg: Моля, обадете се на семейството ми.
cs: Zavolejte prosím mé rodině.
da: Ring venligst til min familie.
de: Bitte rufen Sie meine Familie an.
el: Παρακαλώ, τηλεφωνήστε στην οικογένειά μου.
en: Please call my family.
es: Por favor, llame a mi familia.
et: Palun helistage mu perele.
fi: Soittakaa perheelleni, olkaa hyvä.
fr: Appelez ma famille, s'il vous plaît.
ga: Glaoigh ar mo mhuintir, le do thoil.
hr: Molim vas, nazovite moju obitelj.
hu: Kérem, hívja fel a családomat.
it: Per favore, chiami la mia famiglia.
lt: Prašau, paskambinkite mano šeimai.
lv: Lūdzu, piezvaniet manai ģimenei.
mt: Jekk jogħġbok, ċempel lill-familja tiegħi.
nl: Bel alstublieft mijn familie.
pl: Proszę zadzwonić do mojej rodziny.
pt: Por favor, ligue à minha família.
ro: Vă rog, sunați-mi familia.
sk: Zavolajte, prosím, mojej rodine.
sl: Prosim, pokličite mojo družino.
sv: Ring min familj, tack.
ja: 家族に連絡してください。
zh: 请给我的家人打电话。
ko: 가족에게 연락해 주세요.
th: กรุณาโทรหาครอบครัวของฉัน
vi: Xin hãy gọi cho gia đình tôi.
tr: Lütfen ailemi arayın.
ar: من فضلك اتصل بعائلتي.
ru: Пожалуйста, позвоните моим родным.
uk: Будь ласка, зателефонуйте моїй родині.
hi: कृपया मेरे परिवार को फ़ोन कीजिए।
id: Tolong telepon keluarga saya.
""",
)

P(
    "dont_speak_your_language",
    "patient",
    "statement",
    [],
    [],
    """
bg: Не говоря вашия език.
cs: Nemluvím vaším jazykem.
da: Jeg taler ikke dit sprog.
de: Ich spreche Ihre Sprache nicht.
el: Δεν μιλάω τη γλώσσα σας.
en: I do not speak your language.
es: No hablo su idioma.
et: Ma ei räägi teie keelt.
fi: En puhu teidän kieltänne.
fr: Je ne parle pas votre langue.
ga: Níl do theanga agam.
hr: Ne govorim vaš jezik.
hu: Nem beszélem az Ön nyelvét.
it: Non parlo la sua lingua.
lt: Aš nekalbu jūsų kalba.
lv: Es nerunāju jūsu valodā.
mt: Ma nitkellimx il-lingwa tiegħek.
nl: Ik spreek uw taal niet.
pl: Nie mówię w tym języku.
pt: Não falo a sua língua.
ro: Nu vorbesc limba dumneavoastră.
sk: Nehovorím vaším jazykom.
sl: Ne govorim vašega jezika.
sv: Jag talar inte ditt språk.
ja: この国の言葉が話せません。
zh: 我不会说您的语言。
ko: 저는 이 나라 말을 못 합니다.
th: ฉันพูดภาษาของคุณไม่ได้
vi: Tôi không biết nói tiếng của nước này.
tr: Sizin dilinizi konuşmuyorum.
ar: لا أتحدث لغتكم.
ru: Я не говорю на вашем языке.
uk: Я не розмовляю вашою мовою.
hi: मुझे आपकी भाषा नहीं आती।
id: Saya tidak bisa berbicara dalam bahasa Anda.
""",
)

P(
    "speak_slowly",
    "patient",
    "instruction",
    [],
    [],
    """
bg: Моля, говорете бавно.
cs: Mluvte prosím pomalu.
da: Tal venligst langsomt.
de: Bitte sprechen Sie langsam.
el: Παρακαλώ, μιλήστε αργά.
en: Please speak slowly.
es: Hable despacio, por favor.
et: Palun rääkige aeglaselt.
fi: Puhukaa hitaasti, olkaa hyvä.
fr: Parlez lentement, s'il vous plaît.
ga: Labhair go mall, le do thoil.
hr: Molim vas, govorite polako.
hu: Kérem, beszéljen lassan.
it: Parli lentamente, per favore.
lt: Prašau, kalbėkite lėtai.
lv: Lūdzu, runājiet lēnām.
mt: Jekk jogħġbok, tkellem bil-mod.
nl: Spreek alstublieft langzaam.
pl: Proszę mówić wolno.
pt: Fale devagar, por favor.
ro: Vă rog, vorbiți rar.
sk: Hovorte, prosím, pomaly.
sl: Prosim, govorite počasi.
sv: Var snäll och tala långsamt.
ja: ゆっくり話してください。
zh: 请说慢一点。
ko: 천천히 말씀해 주세요.
th: กรุณาพูดช้าๆ
vi: Xin hãy nói chậm.
tr: Lütfen yavaş konuşun.
ar: من فضلك تكلم ببطء.
ru: Пожалуйста, говорите медленно.
uk: Будь ласка, говоріть повільно.
hi: कृपया धीरे बोलिए।
id: Tolong bicara pelan-pelan.
""",
)

P(
    "write_it_down",
    "patient",
    "instruction",
    [],
    [],
    """
bg: Моля, напишете го.
cs: Napište mi to prosím.
da: Skriv det venligst ned.
de: Bitte schreiben Sie es auf.
el: Παρακαλώ, γράψτε το.
en: Please write it down.
es: Escríbalo, por favor.
et: Palun kirjutage see üles.
fi: Kirjoittakaa se ylös, olkaa hyvä.
fr: Écrivez-le, s'il vous plaît.
ga: Scríobh síos é, le do thoil.
hr: Molim vas, napišite to.
hu: Kérem, írja le.
it: Me lo scriva, per favore.
lt: Prašau, užrašykite.
lv: Lūdzu, uzrakstiet to.
mt: Jekk jogħġbok, iktibhuli.
nl: Schrijf het alstublieft op.
pl: Proszę to zapisać.
pt: Por favor, escreva isso.
ro: Vă rog să scrieți asta.
sk: Napíšte mi to, prosím.
sl: Prosim, napišite mi to.
sv: Var snäll och skriv ner det.
ja: 書いてください。
zh: 请写下来。
ko: 적어 주세요.
th: กรุณาเขียนให้ดูหน่อย
vi: Xin hãy viết ra giấy.
tr: Lütfen bunu yazın.
ar: من فضلك اكتبه.
ru: Пожалуйста, напишите это.
uk: Будь ласка, напишіть це.
hi: कृपया इसे लिख दीजिए।
id: Tolong tuliskan.
""",
)

P(
    "my_medical_information",
    "patient",
    "statement",
    [],
    [],
    """
bg: Това е моята медицинска информация.
cs: Toto jsou mé zdravotní údaje.
da: Her er mine helbredsoplysninger.
de: Das sind meine medizinischen Daten.
el: Αυτές είναι οι ιατρικές μου πληροφορίες.
en: This is my medical information.
es: Esta es mi información médica.
et: See on minu terviseteave.
fi: Tässä ovat terveystietoni.
fr: Voici mes informations médicales.
ga: Seo é m'eolas leighis.
hr: Ovo su moji medicinski podaci.
hu: Ezek az egészségügyi adataim.
it: Queste sono le mie informazioni mediche.
lt: Tai mano medicininė informacija.
lv: Šī ir mana medicīniskā informācija.
mt: Din hija l-informazzjoni medika tiegħi.
nl: Dit is mijn medische informatie.
pl: To są moje dane medyczne.
pt: Estas são as minhas informações médicas.
ro: Acestea sunt informațiile mele medicale.
sk: Toto sú moje zdravotné údaje.
sl: To so moji zdravstveni podatki.
sv: Det här är min medicinska information.
ja: これは私の医療情報です。
zh: 这是我的医疗信息。
ko: 이것은 제 의료 정보입니다.
th: นี่คือข้อมูลทางการแพทย์ของฉัน
vi: Đây là thông tin y tế của tôi.
tr: Bunlar benim tıbbi bilgilerim.
ar: هذه معلوماتي الطبية.
ru: Это моя медицинская информация.
uk: Це моя медична інформація.
hi: यह मेरी चिकित्सा जानकारी है।
id: Ini informasi medis saya.
""",
)

P(
    "have_travel_insurance",
    "patient",
    "statement",
    [],
    [],
    """
bg: Имам застраховка за пътуване.
cs: Mám cestovní pojištění.
da: Jeg har en rejseforsikring.
de: Ich habe eine Reisekrankenversicherung.
el: Έχω ταξιδιωτική ασφάλιση.
en: I have travel insurance.
es: Tengo seguro de viaje.
et: Mul on reisikindlustus.
fi: Minulla on matkavakuutus.
fr: J'ai une assurance voyage.
ga: Tá árachas taistil agam.
hr: Imam putno osiguranje.
hu: Van utasbiztosításom.
it: Ho un'assicurazione di viaggio.
lt: Turiu kelionės draudimą.
lv: Man ir ceļojuma apdrošināšana.
mt: Għandi assigurazzjoni tal-ivvjaġġar.
nl: Ik heb een reisverzekering.
pl: Mam ubezpieczenie podróżne.
pt: Tenho seguro de viagem.
ro: Am asigurare de călătorie.
sk: Mám cestovné poistenie.
sl: Imam potovalno zavarovanje.
sv: Jag har en reseförsäkring.
ja: 海外旅行保険に入っています。
zh: 我有旅行保险。
ko: 여행자 보험이 있습니다.
th: ฉันมีประกันการเดินทาง
vi: Tôi có bảo hiểm du lịch.
tr: Seyahat sigortam var.
ar: لدي تأمين سفر.
ru: У меня есть туристическая страховка.
uk: У мене є туристична страховка.
hi: मेरे पास यात्रा बीमा है।
id: Saya punya asuransi perjalanan.
""",
)

P(
    "have_ehic",
    "patient",
    "statement",
    [],
    [],
    """
bg: Имам европейска здравноосигурителна карта.
cs: Mám evropský průkaz zdravotního pojištění.
da: Jeg har et europæisk sygesikringskort.
de: Ich habe eine Europäische Krankenversicherungskarte.
el: Έχω Ευρωπαϊκή Κάρτα Ασφάλισης Ασθένειας.
en: I have a European Health Insurance Card.
es: Tengo la Tarjeta Sanitaria Europea.
et: Mul on Euroopa ravikindlustuskaart.
fi: Minulla on eurooppalainen sairaanhoitokortti.
fr: J'ai la carte européenne d'assurance maladie.
ga: Tá Cárta Eorpach Árachais Sláinte agam.
hr: Imam europsku karticu zdravstvenog osiguranja.
hu: Van Európai Egészségbiztosítási Kártyám.
it: Ho la tessera europea di assicurazione malattia.
lt: Turiu Europos sveikatos draudimo kortelę.
lv: Man ir Eiropas veselības apdrošināšanas karte.
mt: Għandi l-Karta Ewropea tal-Assigurazzjoni tas-Saħħa.
nl: Ik heb een Europese ziekteverzekeringskaart.
pl: Mam Europejską Kartę Ubezpieczenia Zdrowotnego.
pt: Tenho o Cartão Europeu de Seguro de Doença.
ro: Am cardul european de asigurări sociale de sănătate.
sk: Mám európsky preukaz zdravotného poistenia.
sl: Imam evropsko kartico zdravstvenega zavarovanja.
sv: Jag har ett europeiskt sjukförsäkringskort.
ja: 欧州健康保険カードを持っています。
zh: 我有欧洲健康保险卡。
ko: 유럽 건강보험카드가 있습니다.
th: ฉันมีบัตรประกันสุขภาพยุโรป
vi: Tôi có Thẻ Bảo hiểm Y tế Châu Âu.
tr: Avrupa Sağlık Sigortası Kartım var.
ar: لدي البطاقة الأوروبية للتأمين الصحي.
ru: У меня есть Европейская карта медицинского страхования.
uk: У мене є Європейська картка медичного страхування.
hi: मेरे पास यूरोपीय स्वास्थ्य बीमा कार्ड है।
id: Saya punya Kartu Asuransi Kesehatan Eropa.
""",
)

P(
    "feel_very_unwell",
    "patient",
    "statement",
    [],
    ["symptom.feeling_unwell"],
    """
bg: Чувствам се много зле.
cs: Je mi velmi špatně.
da: Jeg har det meget dårligt.
de: Mir geht es sehr schlecht.
el: Νιώθω πολύ άσχημα.
en: I feel very unwell.
es: Me encuentro muy mal.
et: Ma tunnen end väga halvasti.
fi: Voin todella huonosti.
fr: Je me sens très mal.
ga: Mothaím go han-dona.
hr: Osjećam se jako loše.
hu: Nagyon rosszul érzem magam.
it: Mi sento molto male.
lt: Jaučiuosi labai blogai.
lv: Es jūtos ļoti slikti.
mt: Inħossni ħażin ħafna.
nl: Ik voel me heel slecht.
pl: Czuję się bardzo źle.
pt: Sinto-me muito mal.
ro: Mă simt foarte rău.
sk: Je mi veľmi zle.
sl: Počutim se zelo slabo.
sv: Jag mår mycket dåligt.
ja: とても具合が悪いです。
zh: 我感觉非常不舒服。
ko: 몸이 너무 안 좋습니다.
th: ฉันรู้สึกไม่สบายมาก
vi: Tôi thấy rất khó chịu trong người.
tr: Kendimi çok kötü hissediyorum.
ar: أشعر بتوعك شديد.
ru: Мне очень плохо.
uk: Мені дуже погано.
hi: मेरी तबीयत बहुत ख़राब है।
id: Saya merasa sangat tidak enak badan.
""",
)

P(
    "going_to_faint",
    "patient",
    "statement",
    [],
    ["condition.syncope"],
    """
bg: Ще припадна.
cs: Asi omdlím.
da: Jeg er ved at besvime.
de: Ich werde gleich ohnmächtig.
el: Θα λιποθυμήσω.
en: I am going to faint.
es: Me voy a desmayar.
et: Ma minestan kohe.
fi: Olen pyörtymäisilläni.
fr: Je vais m'évanouir.
ga: Táim chun titim i laige.
hr: Onesvijestit ću se.
hu: Mindjárt elájulok.
it: Sto per svenire.
lt: Tuoj nualpsiu.
lv: Es tūlīt noģībšu.
mt: Se nagħti ħass ħażin.
nl: Ik ga flauwvallen.
pl: Zaraz zemdleję.
pt: Vou desmaiar.
ro: Simt că leșin.
sk: Idem odpadnúť.
sl: Omedlel/omedlela bom.
sv: Jag håller på att svimma.
ja: 気を失いそうです。
zh: 我快要晕倒了。
ko: 쓰러질 것 같습니다.
th: ฉันรู้สึกเหมือนจะเป็นลม
vi: Tôi sắp ngất.
tr: Bayılacağım.
ar: سيغمى علي.
ru: Я сейчас потеряю сознание.
uk: Я зараз знепритомнію.
hi: मुझे बेहोशी आ रही है।
id: Saya merasa mau pingsan.
""",
)

P(
    "am_bleeding",
    "patient",
    "statement",
    [],
    ["symptom.bleeding"],
    """
bg: Кървя.
cs: Krvácím.
da: Jeg bløder.
de: Ich blute.
el: Αιμορραγώ.
en: I am bleeding.
es: Estoy sangrando.
et: Mul jookseb verd.
fi: Vuodan verta.
fr: Je saigne.
ga: Táim ag cur fola.
hr: Krvarim.
hu: Vérzem.
it: Sto sanguinando.
lt: Man kraujuoja.
lv: Man asiņo.
mt: Qed joħroġli d-demm.
nl: Ik bloed.
pl: Krwawię.
pt: Estou a sangrar.
ro: Sângerez.
sk: Krvácam.
sl: Krvavim.
sv: Jag blöder.
ja: 出血しています。
zh: 我在流血。
ko: 피가 나고 있습니다.
th: ฉันมีเลือดออก
vi: Tôi đang bị chảy máu.
tr: Kanamam var.
ar: أنا أنزف.
ru: У меня кровотечение.
uk: У мене кровотеча.
hi: मेरा खून बह रहा है।
id: Saya berdarah.
""",
)

P(
    "bitten_by_animal",
    "patient",
    "statement",
    [],
    [],
    """
bg: Ухапа ме животно.
cs: Pokousalo mě zvíře.
da: Jeg er blevet bidt af et dyr.
de: Ich wurde von einem Tier gebissen.
el: Με δάγκωσε ένα ζώο.
en: I have been bitten by an animal.
es: Me ha mordido un animal.
et: Mind hammustas loom.
fi: Eläin puri minua.
fr: Un animal m'a mordu.
ga: Bhain ainmhí greim asam.
hr: Ugrizla me životinja.
hu: Megharapott egy állat.
it: Mi ha morso un animale.
lt: Mane įkando gyvūnas.
lv: Mani sakoda dzīvnieks.
mt: Gidimni annimal.
nl: Ik ben door een dier gebeten.
pl: Pogryzło mnie zwierzę.
pt: Um animal mordeu-me.
ro: M-a mușcat un animal.
sk: Pohrýzlo ma zviera.
sl: Ugriznila me je žival.
sv: Jag har blivit biten av ett djur.
ja: 動物にかまれました。
zh: 我被动物咬了。
ko: 동물에게 물렸습니다.
th: ฉันถูกสัตว์กัด
vi: Tôi bị động vật cắn.
tr: Beni bir hayvan ısırdı.
ar: عضني حيوان.
ru: Меня укусило животное.
uk: Мене вкусила тварина.
hi: मुझे एक जानवर ने काट लिया है।
id: Saya digigit binatang.
""",
)

P(
    "burned_myself",
    "patient",
    "statement",
    [],
    [],
    """
bg: Изгорих се.
cs: Popálil(a) jsem se.
da: Jeg har brændt mig.
de: Ich habe mich verbrannt.
el: Κάηκα.
en: I have burned myself.
es: Me he quemado.
et: Ma põletasin ennast.
fi: Sain palovamman.
fr: Je me suis brûlé(e).
ga: Dhóigh mé mé féin.
hr: Opekao/opekla sam se.
hu: Megégettem magam.
it: Mi sono bruciato/a.
lt: Nusideginau.
lv: Es apdedzinājos.
mt: Ħaraqt lili nnifsi.
nl: Ik heb me verbrand.
pl: Poparzyłem/poparzyłam się.
pt: Queimei-me.
ro: M-am ars.
sk: Popálil(a) som sa.
sl: Opekel/opekla sem se.
sv: Jag har bränt mig.
ja: やけどをしました。
zh: 我烧伤了。
ko: 화상을 입었습니다.
th: ฉันโดนไฟลวก
vi: Tôi bị bỏng.
tr: Kendimi yaktım.
ar: لقد أصبت بحرق.
ru: У меня ожог.
uk: У мене опік.
hi: मैं जल गया/गई हूँ।
id: Saya terkena luka bakar.
""",
)

P(
    "hit_my_head",
    "patient",
    "statement",
    [],
    ["condition.head_injury"],
    """
bg: Ударих си главата.
cs: Uhodil(a) jsem se do hlavy.
da: Jeg har slået hovedet.
de: Ich habe mir den Kopf angeschlagen.
el: Χτύπησα το κεφάλι μου.
en: I have hit my head.
es: Me he golpeado la cabeza.
et: Ma lõin oma pead.
fi: Löin pääni.
fr: Je me suis cogné(e) la tête.
ga: Bhuail mé mo cheann.
hr: Udario/udarila sam glavu.
hu: Beütöttem a fejem.
it: Ho battuto la testa.
lt: Susitrenkiau galvą.
lv: Es sasitu galvu.
mt: Tajt daqqa f'rasi.
nl: Ik heb mijn hoofd gestoten.
pl: Uderzyłem/uderzyłam się w głowę.
pt: Bati com a cabeça.
ro: M-am lovit la cap.
sk: Udrel/udrela som sa do hlavy.
sl: Udaril/udarila sem se v glavo.
sv: Jag har slagit i huvudet.
ja: 頭を打ちました。
zh: 我撞到了头。
ko: 머리를 부딪혔습니다.
th: ฉันหัวกระแทก
vi: Tôi bị đập đầu.
tr: Başımı çarptım.
ar: لقد ضربت رأسي.
ru: Я ударился/ударилась головой.
uk: Я вдарився/вдарилася головою.
hi: मेरे सिर में चोट लगी है।
id: Kepala saya terbentur.
""",
)

P(
    "this_is_emergency",
    "either",
    "statement",
    [],
    [],
    """
bg: Това е спешен случай.
cs: Jde o naléhavý případ.
da: Det er en nødsituation.
de: Es ist ein Notfall.
el: Είναι επείγον.
en: This is an emergency.
es: Es una emergencia.
et: See on hädaolukord.
fi: Tämä on hätätilanne.
fr: C'est une urgence.
ga: Is éigeandáil í seo.
hr: Ovo je hitan slučaj.
hu: Ez vészhelyzet.
it: È un'emergenza.
lt: Tai skubus atvejis.
lv: Tas ir ārkārtas gadījums.
mt: Din hija emerġenza.
nl: Het is een noodgeval.
pl: To nagły wypadek.
pt: É uma emergência.
ro: Este o urgență.
sk: Je to naliehavý prípad.
sl: To je nujen primer.
sv: Det är ett nödfall.
ja: 緊急です。
zh: 这是紧急情况。
ko: 응급 상황입니다.
th: นี่เป็นเหตุฉุกเฉิน
vi: Đây là trường hợp khẩn cấp.
tr: Bu acil bir durum.
ar: هذه حالة طارئة.
ru: Это экстренный случай.
uk: Це невідкладний випадок.
hi: यह आपातकालीन स्थिति है।
id: Ini keadaan darurat.
""",
)

group("symptom")

P(
    "have_fever",
    "patient",
    "statement",
    [],
    ["symptom.fever"],
    """
bg: Имам температура.
cs: Mám horečku.
da: Jeg har feber.
de: Ich habe Fieber.
el: Έχω πυρετό.
en: I have a fever.
es: Tengo fiebre.
et: Mul on palavik.
fi: Minulla on kuumetta.
fr: J'ai de la fièvre.
ga: Tá fiabhras orm.
hr: Imam vrućicu.
hu: Lázas vagyok.
it: Ho la febbre.
lt: Aš karščiuoju.
lv: Man ir drudzis.
mt: Għandi d-deni.
nl: Ik heb koorts.
pl: Mam gorączkę.
pt: Tenho febre.
ro: Am febră.
sk: Mám horúčku.
sl: Imam vročino.
sv: Jag har feber.
ja: 熱があります。
zh: 我发烧了。
ko: 열이 있습니다.
th: ฉันมีไข้
vi: Tôi bị sốt.
tr: Ateşim var.
ar: عندي حمى.
ru: У меня температура.
uk: У мене температура.
hi: मुझे बुख़ार है।
id: Saya demam.
""",
)

P(
    "fever_since_yesterday",
    "patient",
    "statement",
    [],
    ["symptom.fever"],
    """
bg: Имам температура от вчера.
cs: Mám horečku od včerejška.
da: Jeg har haft feber siden i går.
de: Ich habe seit gestern Fieber.
el: Έχω πυρετό από χθες.
en: I have had a fever since yesterday.
es: Tengo fiebre desde ayer.
et: Mul on eilsest saadik palavik.
fi: Minulla on ollut kuumetta eilisestä asti.
fr: J'ai de la fièvre depuis hier.
ga: Tá fiabhras orm ó inné.
hr: Imam vrućicu od jučer.
hu: Tegnap óta lázas vagyok.
it: Ho la febbre da ieri.
lt: Karščiuoju nuo vakar.
lv: Man ir drudzis kopš vakardienas.
mt: Għandi d-deni mil-bieraħ.
nl: Ik heb sinds gisteren koorts.
pl: Mam gorączkę od wczoraj.
pt: Tenho febre desde ontem.
ro: Am febră de ieri.
sk: Mám horúčku od včera.
sl: Vročino imam od včeraj.
sv: Jag har haft feber sedan i går.
ja: 昨日から熱があります。
zh: 我从昨天开始发烧。
ko: 어제부터 열이 있습니다.
th: ฉันมีไข้ตั้งแต่เมื่อวาน
vi: Tôi bị sốt từ hôm qua.
tr: Dünden beri ateşim var.
ar: عندي حمى منذ أمس.
ru: У меня температура со вчерашнего дня.
uk: У мене температура з учорашнього дня.
hi: मुझे कल से बुख़ार है।
id: Saya demam sejak kemarin.
""",
)

P(
    "started_suddenly",
    "patient",
    "statement",
    [],
    [],
    """
bg: Започна внезапно.
cs: Začalo to náhle.
da: Det begyndte pludseligt.
de: Es hat plötzlich angefangen.
el: Ξεκίνησε ξαφνικά.
en: It started suddenly.
es: Empezó de repente.
et: See algas äkki.
fi: Se alkoi äkillisesti.
fr: C'est venu brusquement.
ga: Thosaigh sé go tobann.
hr: Počelo je iznenada.
hu: Hirtelen kezdődött.
it: È iniziato all'improvviso.
lt: Tai prasidėjo staiga.
lv: Tas sākās pēkšņi.
mt: Bdiet f'daqqa.
nl: Het begon plotseling.
pl: Zaczęło się nagle.
pt: Começou de repente.
ro: A început brusc.
sk: Začalo to náhle.
sl: Začelo se je nenadoma.
sv: Det började plötsligt.
ja: 突然始まりました。
zh: 是突然开始的。
ko: 갑자기 시작되었습니다.
th: เริ่มเป็นอย่างกะทันหัน
vi: Nó bắt đầu đột ngột.
tr: Aniden başladı.
ar: بدأ فجأة.
ru: Это началось внезапно.
uk: Це почалося раптово.
hi: यह अचानक शुरू हुआ।
id: Ini mulai tiba-tiba.
""",
)

P(
    "started_slowly_over_days",
    "patient",
    "statement",
    [],
    [],
    """
bg: Започна постепенно, в продължение на няколко дни.
cs: Začalo to pomalu během několika dnů.
da: Det begyndte langsomt over flere dage.
de: Es hat langsam über mehrere Tage angefangen.
el: Ξεκίνησε σιγά σιγά μέσα σε μερικές μέρες.
en: It started slowly over several days.
es: Empezó poco a poco a lo largo de varios días.
et: See algas aeglaselt mitme päeva jooksul.
fi: Se alkoi hitaasti usean päivän aikana.
fr: C'est venu progressivement sur plusieurs jours.
ga: Thosaigh sé go mall thar roinnt laethanta.
hr: Počelo je polako, tijekom nekoliko dana.
hu: Lassan kezdődött, néhány nap alatt.
it: È iniziato lentamente nell'arco di alcuni giorni.
lt: Tai prasidėjo pamažu per kelias dienas.
lv: Tas sākās lēnām vairāku dienu laikā.
mt: Bdiet bil-mod fuq diversi ġranet.
nl: Het begon langzaam, over een aantal dagen.
pl: Zaczęło się powoli, w ciągu kilku dni.
pt: Começou devagar, ao longo de vários dias.
ro: A început treptat, pe parcursul mai multor zile.
sk: Začalo to pomaly počas niekoľkých dní.
sl: Začelo se je počasi, v nekaj dneh.
sv: Det började långsamt under flera dagar.
ja: 数日かけて徐々に始まりました。
zh: 是几天里慢慢开始的。
ko: 며칠에 걸쳐 서서히 시작되었습니다.
th: ค่อยๆ เริ่มเป็นมาหลายวัน
vi: Nó bắt đầu từ từ trong vài ngày.
tr: Birkaç gün içinde yavaş yavaş başladı.
ar: بدأ تدريجيًا على مدى عدة أيام.
ru: Это началось постепенно, в течение нескольких дней.
uk: Це почалося поступово, протягом кількох днів.
hi: यह कुछ दिनों में धीरे-धीरे शुरू हुआ।
id: Ini mulai perlahan selama beberapa hari.
""",
)

P(
    "started_an_hour_ago",
    "patient",
    "statement",
    [],
    [],
    """
bg: Започна преди час.
cs: Začalo to před hodinou.
da: Det begyndte for en time siden.
de: Es hat vor einer Stunde angefangen.
el: Ξεκίνησε πριν από μία ώρα.
en: It started an hour ago.
es: Empezó hace una hora.
et: See algas tund aega tagasi.
fi: Se alkoi tunti sitten.
fr: Ça a commencé il y a une heure.
ga: Thosaigh sé uair an chloig ó shin.
hr: Počelo je prije sat vremena.
hu: Egy órája kezdődött.
it: È iniziato un'ora fa.
lt: Tai prasidėjo prieš valandą.
lv: Tas sākās pirms stundas.
mt: Bdiet siegħa ilu.
nl: Het begon een uur geleden.
pl: Zaczęło się godzinę temu.
pt: Começou há uma hora.
ro: A început acum o oră.
sk: Začalo to pred hodinou.
sl: Začelo se je pred eno uro.
sv: Det började för en timme sedan.
ja: 1時間前に始まりました。
zh: 一个小时前开始的。
ko: 한 시간 전에 시작되었습니다.
th: เริ่มเป็นเมื่อหนึ่งชั่วโมงที่แล้ว
vi: Nó bắt đầu cách đây một tiếng.
tr: Bir saat önce başladı.
ar: بدأ قبل ساعة.
ru: Это началось час назад.
uk: Це почалося годину тому.
hi: यह एक घंटे पहले शुरू हुआ।
id: Ini mulai satu jam yang lalu.
""",
)

P(
    "getting_worse",
    "patient",
    "statement",
    [],
    [],
    """
bg: Става все по-зле.
cs: Zhoršuje se to.
da: Det bliver værre.
de: Es wird schlimmer.
el: Χειροτερεύει.
en: It is getting worse.
es: Está empeorando.
et: See läheb hullemaks.
fi: Se pahenee.
fr: Ça s'aggrave.
ga: Tá sé ag dul in olcas.
hr: Sve je gore.
hu: Egyre rosszabb.
it: Sta peggiorando.
lt: Darosi blogiau.
lv: Kļūst sliktāk.
mt: Qed imur għall-agħar.
nl: Het wordt erger.
pl: Jest coraz gorzej.
pt: Está a piorar.
ro: Se agravează.
sk: Zhoršuje sa to.
sl: Slabša se.
sv: Det blir värre.
ja: だんだん悪くなっています。
zh: 越来越严重了。
ko: 점점 심해지고 있습니다.
th: อาการแย่ลงเรื่อยๆ
vi: Nó đang nặng hơn.
tr: Giderek kötüleşiyor.
ar: الأمر يزداد سوءًا.
ru: Становится хуже.
uk: Стає гірше.
hi: यह बढ़ता जा रहा है।
id: Makin parah.
""",
)

P(
    "comes_and_goes",
    "patient",
    "statement",
    [],
    [],
    """
bg: Идва и си отива.
cs: Přichází a odchází.
da: Det kommer og går.
de: Es kommt und geht.
el: Έρχεται και φεύγει.
en: It comes and goes.
es: Va y viene.
et: See tuleb ja läheb.
fi: Se tulee ja menee.
fr: Ça va et ça vient.
ga: Tagann agus imíonn sé.
hr: Dolazi i prolazi.
hu: Jön és megy.
it: Va e viene.
lt: Tai atsiranda, tai praeina.
lv: Tas nāk un iet.
mt: Tiġi u tmur.
nl: Het komt en gaat.
pl: Pojawia się i znika.
pt: Vai e vem.
ro: Vine și trece.
sk: Prichádza a odchádza.
sl: Pride in gre.
sv: Det kommer och går.
ja: 良くなったり悪くなったりします。
zh: 时好时坏。
ko: 생겼다 없어졌다 합니다.
th: เป็นๆ หายๆ
vi: Lúc có lúc không.
tr: Gelip geçiyor.
ar: يأتي ويذهب.
ru: Это то появляется, то проходит.
uk: Це то з'являється, то минає.
hi: यह आता-जाता रहता है।
id: Kadang muncul, kadang hilang.
""",
)

P(
    "feel_dizzy",
    "patient",
    "statement",
    [],
    ["symptom.dizziness"],
    """
bg: Вие ми се свят.
cs: Točí se mi hlava.
da: Jeg er svimmel.
de: Mir ist schwindelig.
el: Ζαλίζομαι.
en: I feel dizzy.
es: Tengo mareos.
et: Mul käib pea ringi.
fi: Minua huimaa.
fr: J'ai la tête qui tourne.
ga: Tá meadhrán orm.
hr: Vrti mi se.
hu: Szédülök.
it: Mi gira la testa.
lt: Man svaigsta galva.
lv: Man reibst galva.
mt: Għandi sturdament.
nl: Ik ben duizelig.
pl: Kręci mi się w głowie.
pt: Sinto tonturas.
ro: Am amețeli.
sk: Točí sa mi hlava.
sl: Vrti se mi.
sv: Jag är yr.
ja: めまいがします。
zh: 我头晕。
ko: 어지럽습니다.
th: ฉันเวียนหัว
vi: Tôi bị chóng mặt.
tr: Başım dönüyor.
ar: أشعر بدوار.
ru: У меня кружится голова.
uk: У мене паморочиться голова.
hi: मुझे चक्कर आ रहे हैं।
id: Saya pusing.
""",
)

P(
    "have_headache",
    "patient",
    "statement",
    [],
    ["symptom.headache"],
    """
bg: Боли ме главата.
cs: Bolí mě hlava.
da: Jeg har hovedpine.
de: Ich habe Kopfschmerzen.
el: Έχω πονοκέφαλο.
en: I have a headache.
es: Me duele la cabeza.
et: Mul on peavalu.
fi: Minulla on päänsärkyä.
fr: J'ai mal à la tête.
ga: Tá tinneas cinn orm.
hr: Boli me glava.
hu: Fáj a fejem.
it: Ho mal di testa.
lt: Man skauda galvą.
lv: Man sāp galva.
mt: Għandi uġigħ ta' ras.
nl: Ik heb hoofdpijn.
pl: Boli mnie głowa.
pt: Tenho dor de cabeça.
ro: Mă doare capul.
sk: Bolí ma hlava.
sl: Boli me glava.
sv: Jag har huvudvärk.
ja: 頭が痛いです。
zh: 我头痛。
ko: 머리가 아픕니다.
th: ฉันปวดหัว
vi: Tôi bị đau đầu.
tr: Başım ağrıyor.
ar: عندي صداع.
ru: У меня болит голова.
uk: У мене болить голова.
hi: मेरे सिर में दर्द है।
id: Kepala saya sakit.
""",
)

P(
    "worst_headache_of_my_life",
    "patient",
    "statement",
    [],
    ["symptom.sudden_severe_headache"],
    """
bg: Имам най-силното главоболие в живота си.
cs: Mám nejhorší bolest hlavy v životě.
da: Jeg har den værste hovedpine, jeg nogensinde har haft.
de: Ich habe die schlimmsten Kopfschmerzen meines Lebens.
el: Έχω τον χειρότερο πονοκέφαλο της ζωής μου.
en: I have the worst headache of my life.
es: Tengo el peor dolor de cabeza de mi vida.
et: Mul on elu kõige hullem peavalu.
fi: Minulla on elämäni pahin päänsärky.
fr: J'ai le pire mal de tête de ma vie.
ga: Tá an tinneas cinn is measa i mo shaol orm.
hr: Imam najgoru glavobolju u životu.
hu: Ez életem legerősebb fejfájása.
it: Ho il peggior mal di testa della mia vita.
lt: Tai stipriausias galvos skausmas mano gyvenime.
lv: Man ir visstiprākās galvassāpes manā mūžā.
mt: Għandi l-agħar uġigħ ta' ras f'ħajti.
nl: Ik heb de ergste hoofdpijn van mijn leven.
pl: To najgorszy ból głowy w moim życiu.
pt: Tenho a pior dor de cabeça da minha vida.
ro: Am cea mai cumplită durere de cap din viața mea.
sk: Mám najhoršiu bolesť hlavy v živote.
sl: Imam najhujši glavobol v življenju.
sv: Jag har den värsta huvudvärken i mitt liv.
ja: 人生で一番ひどい頭痛です。
zh: 这是我这辈子最严重的头痛。
ko: 평생 이렇게 심한 두통은 처음입니다.
th: ฉันปวดหัวรุนแรงที่สุดในชีวิต
vi: Tôi bị cơn đau đầu tồi tệ nhất trong đời.
tr: Hayatımın en kötü baş ağrısını yaşıyorum.
ar: عندي أسوأ صداع في حياتي.
ru: У меня самая сильная головная боль в жизни.
uk: У мене найсильніший головний біль у житті.
hi: मुझे ज़िंदगी का सबसे तेज़ सिरदर्द हो रहा है।
id: Ini sakit kepala terparah dalam hidup saya.
""",
)

P(
    "breathless_when_walking",
    "patient",
    "statement",
    [],
    ["symptom.shortness_of_breath"],
    """
bg: Задъхвам се, когато ходя.
cs: Když chodím, zadýchávám se.
da: Jeg bliver forpustet, når jeg går.
de: Beim Gehen bin ich kurzatmig.
el: Λαχανιάζω όταν περπατάω.
en: I am short of breath when I walk.
es: Me falta el aire al caminar.
et: Kõndides jääb mul hing kinni.
fi: Hengästyn kävellessä.
fr: Je m'essouffle quand je marche.
ga: Bím gearr san anáil nuair a shiúlaim.
hr: Kad hodam, nedostaje mi zraka.
hu: Járás közben nehezen kapok levegőt.
it: Mi manca il fiato quando cammino.
lt: Einant man trūksta oro.
lv: Ejot man trūkst elpas.
mt: Jinqatagħli n-nifs meta nimxi.
nl: Ik ben kortademig als ik loop.
pl: Brakuje mi tchu, kiedy chodzę.
pt: Fico sem fôlego quando caminho.
ro: Mi se taie respirația când merg.
sk: Pri chôdzi sa zadýchavam.
sl: Pri hoji me zmanjka sape.
sv: Jag blir andfådd när jag går.
ja: 歩くと息切れがします。
zh: 我走路时会气短。
ko: 걸을 때 숨이 찹니다.
th: ฉันเหนื่อยหอบเวลาเดิน
vi: Tôi bị hụt hơi khi đi bộ.
tr: Yürürken nefes nefese kalıyorum.
ar: أشعر بضيق في التنفس عندما أمشي.
ru: Мне не хватает воздуха, когда я хожу.
uk: Мені бракує повітря, коли я ходжу.
hi: चलने पर मेरी साँस फूलती है।
id: Saya sesak napas kalau berjalan.
""",
)

P(
    "breathless_at_rest",
    "patient",
    "statement",
    [],
    ["symptom.shortness_of_breath"],
    """
bg: Задъхвам се дори в покой.
cs: Zadýchávám se i v klidu.
da: Jeg er forpustet, selv når jeg hviler.
de: Ich bin auch in Ruhe kurzatmig.
el: Λαχανιάζω ακόμα και όταν ξεκουράζομαι.
en: I am short of breath at rest.
es: Me falta el aire incluso en reposo.
et: Mul on hingeldus ka puhkeolekus.
fi: Hengästyn levossakin.
fr: Je m'essouffle même au repos.
ga: Bím gearr san anáil fiú nuair a bhím i mo scíth.
hr: Nedostaje mi zraka i kad mirujem.
hu: Nyugalomban is nehezen kapok levegőt.
it: Mi manca il fiato anche a riposo.
lt: Man trūksta oro net ramybėje.
lv: Man trūkst elpas arī miera stāvoklī.
mt: Jinqatagħli n-nifs anke meta ma nkun qed nagħmel xejn.
nl: Ik ben ook in rust kortademig.
pl: Brakuje mi tchu nawet w spoczynku.
pt: Fico sem fôlego mesmo em repouso.
ro: Mi se taie respirația chiar și în repaus.
sk: Zadýchavam sa aj v pokoji.
sl: Sape me zmanjka tudi v mirovanju.
sv: Jag är andfådd även i vila.
ja: 安静にしていても息苦しいです。
zh: 我休息时也气短。
ko: 가만히 있어도 숨이 찹니다.
th: ฉันเหนื่อยหอบแม้ตอนพัก
vi: Tôi bị hụt hơi ngay cả khi nghỉ ngơi.
tr: Dinlenirken bile nefes darlığım var.
ar: أشعر بضيق في التنفس حتى أثناء الراحة.
ru: Мне не хватает воздуха даже в покое.
uk: Мені бракує повітря навіть у спокої.
hi: आराम करते समय भी मेरी साँस फूलती है।
id: Saya sesak napas bahkan saat istirahat.
""",
)

P(
    "have_been_vomiting",
    "patient",
    "statement",
    [],
    ["symptom.vomiting"],
    """
bg: Повръщам.
cs: Zvracím.
da: Jeg har kastet op.
de: Ich habe mich übergeben.
el: Κάνω εμετό.
en: I have been vomiting.
es: He estado vomitando.
et: Ma olen oksendanud.
fi: Olen oksentanut.
fr: J'ai vomi.
ga: Bhí mé ag cur amach.
hr: Povraćam.
hu: Hánytam.
it: Ho vomitato.
lt: Aš vėmiau.
lv: Es vemju.
mt: Ilni nirremetti.
nl: Ik heb overgegeven.
pl: Wymiotuję.
pt: Tenho vomitado.
ro: Am vomitat.
sk: Vraciam.
sl: Bruham.
sv: Jag har kräkts.
ja: 吐いています。
zh: 我一直在呕吐。
ko: 계속 토했습니다.
th: ฉันอาเจียน
vi: Tôi bị nôn.
tr: Kusuyorum.
ar: كنت أتقيأ.
ru: Меня рвёт.
uk: У мене блювання.
hi: मुझे उल्टियाँ हो रही हैं।
id: Saya muntah-muntah.
""",
)

P(
    "have_diarrhoea",
    "patient",
    "statement",
    [],
    ["symptom.diarrhea"],
    """
bg: Имам диария.
cs: Mám průjem.
da: Jeg har diarré.
de: Ich habe Durchfall.
el: Έχω διάρροια.
en: I have diarrhoea.
es: Tengo diarrea.
et: Mul on kõhulahtisus.
fi: Minulla on ripulia.
fr: J'ai la diarrhée.
ga: Tá buinneach orm.
hr: Imam proljev.
hu: Hasmenésem van.
it: Ho la diarrea.
lt: Mane viduriuoja.
lv: Man ir caureja.
mt: Għandi dijarea.
nl: Ik heb diarree.
pl: Mam biegunkę.
pt: Tenho diarreia.
ro: Am diaree.
sk: Mám hnačku.
sl: Imam drisko.
sv: Jag har diarré.
ja: 下痢をしています。
zh: 我拉肚子。
ko: 설사를 합니다.
th: ฉันท้องเสีย
vi: Tôi bị tiêu chảy.
tr: İshalim var.
ar: عندي إسهال.
ru: У меня диарея.
uk: У мене діарея.
hi: मुझे दस्त हो रहे हैं।
id: Saya diare.
""",
)

P(
    "blood_in_urine",
    "patient",
    "statement",
    [],
    ["symptom.blood_in_urine"],
    """
bg: Имам кръв в урината.
cs: Mám krev v moči.
da: Der er blod i min urin.
de: Ich habe Blut im Urin.
el: Έχω αίμα στα ούρα.
en: There is blood in my urine.
es: Tengo sangre en la orina.
et: Mul on veri uriinis.
fi: Virtsassani on verta.
fr: J'ai du sang dans les urines.
ga: Tá fuil i m'fhual.
hr: Imam krv u mokraći.
hu: Véres a vizeletem.
it: Ho sangue nelle urine.
lt: Mano šlapime yra kraujo.
lv: Man urīnā ir asinis.
mt: Għandi d-demm fl-awrina.
nl: Er zit bloed in mijn urine.
pl: Mam krew w moczu.
pt: Tenho sangue na urina.
ro: Am sânge în urină.
sk: Mám krv v moči.
sl: V urinu imam kri.
sv: Jag har blod i urinen.
ja: 尿に血が混じっています。
zh: 我尿里有血。
ko: 소변에 피가 섞여 나옵니다.
th: ปัสสาวะของฉันมีเลือดปน
vi: Nước tiểu của tôi có máu.
tr: İdrarımda kan var.
ar: يوجد دم في بولي.
ru: У меня кровь в моче.
uk: У мене кров у сечі.
hi: मेरे पेशाब में खून आ रहा है।
id: Ada darah di air seni saya.
""",
)

P(
    "legs_swollen",
    "patient",
    "statement",
    [],
    ["symptom.leg_swelling"],
    """
bg: Краката ми са подути.
cs: Mám oteklé nohy.
da: Mine ben er hævede.
de: Meine Beine sind geschwollen.
el: Τα πόδια μου είναι πρησμένα.
en: My legs are swollen.
es: Tengo las piernas hinchadas.
et: Mu jalad on paistes.
fi: Jalkani ovat turvoksissa.
fr: J'ai les jambes enflées.
ga: Tá mo chosa ata.
hr: Noge su mi otečene.
hu: Bedagadt a lábam.
it: Ho le gambe gonfie.
lt: Mano kojos ištinusios.
lv: Man ir pietūkušas kājas.
mt: Riġlejja minfuħin.
nl: Mijn benen zijn gezwollen.
pl: Mam spuchnięte nogi.
pt: Tenho as pernas inchadas.
ro: Am picioarele umflate.
sk: Mám opuchnuté nohy.
sl: Noge so mi otekle.
sv: Mina ben är svullna.
ja: 足がむくんでいます。
zh: 我的腿肿了。
ko: 다리가 부었습니다.
th: ขาของฉันบวม
vi: Chân tôi bị sưng.
tr: Bacaklarım şişti.
ar: ساقاي متورمتان.
ru: У меня отекли ноги.
uk: У мене набрякли ноги.
hi: मेरे पैरों में सूजन है।
id: Kaki saya bengkak.
""",
)

P(
    "cannot_move_arm",
    "patient",
    "statement",
    [],
    ["body_site.arm"],
    """
bg: Не мога да движа ръката си.
cs: Nemohu hýbat rukou.
da: Jeg kan ikke bevæge min arm.
de: Ich kann meinen Arm nicht bewegen.
el: Δεν μπορώ να κουνήσω το χέρι μου.
en: I cannot move my arm.
es: No puedo mover el brazo.
et: Ma ei saa oma kätt liigutada.
fi: En pysty liikuttamaan kättäni.
fr: Je ne peux pas bouger le bras.
ga: Ní féidir liom mo lámh a bhogadh.
hr: Ne mogu pomaknuti ruku.
hu: Nem tudom mozgatni a karomat.
it: Non riesco a muovere il braccio.
lt: Negaliu pajudinti rankos.
lv: Es nevaru pakustināt roku.
mt: Ma nistax inċaqlaq driegħi.
nl: Ik kan mijn arm niet bewegen.
pl: Nie mogę ruszać ręką.
pt: Não consigo mexer o braço.
ro: Nu pot mișca brațul.
sk: Nemôžem hýbať rukou.
sl: Ne morem premikati roke.
sv: Jag kan inte röra armen.
ja: 腕が動かせません。
zh: 我的胳膊动不了。
ko: 팔을 움직일 수 없습니다.
th: ฉันขยับแขนไม่ได้
vi: Tôi không cử động được cánh tay.
tr: Kolumu oynatamıyorum.
ar: لا أستطيع تحريك ذراعي.
ru: Я не могу пошевелить рукой.
uk: Я не можу поворушити рукою.
hi: मेरा हाथ हिल नहीं रहा है।
id: Saya tidak bisa menggerakkan lengan saya.
""",
)

P(
    "face_feels_numb",
    "patient",
    "statement",
    [],
    ["symptom.numbness", "body_site.face"],
    """
bg: Лицето ми е изтръпнало.
cs: Mám znecitlivělý obličej.
da: Mit ansigt føles følelsesløst.
de: Mein Gesicht fühlt sich taub an.
el: Το πρόσωπό μου έχει μουδιάσει.
en: My face feels numb.
es: Tengo la cara dormida.
et: Mu nägu on tuim.
fi: Kasvoni tuntuvat tunnottomilta.
fr: J'ai le visage engourdi.
ga: Tá m'aghaidh gan mhothú.
hr: Lice mi je utrnulo.
hu: Zsibbad az arcom.
it: Sento la faccia intorpidita.
lt: Man nutirpo veidas.
lv: Man ir notirpusi seja.
mt: Wiċċi mtarrax.
nl: Mijn gezicht voelt verdoofd aan.
pl: Drętwieje mi twarz.
pt: Sinto a cara dormente.
ro: Am fața amorțită.
sk: Mám znecitlivenú tvár.
sl: Obraz mi je otrpnil.
sv: Det känns domnat i ansiktet.
ja: 顔がしびれています。
zh: 我的脸发麻。
ko: 얼굴이 저립니다.
th: หน้าของฉันชา
vi: Mặt tôi bị tê.
tr: Yüzüm uyuşuyor.
ar: أشعر بتنميل في وجهي.
ru: У меня онемело лицо.
uk: У мене оніміло обличчя.
hi: मेरा चेहरा सुन्न हो गया है।
id: Wajah saya terasa kebas.
""",
)

P(
    "cough_with_phlegm",
    "patient",
    "statement",
    [],
    ["symptom.cough_with_phlegm"],
    """
bg: Имам кашлица с храчки.
cs: Kašlu a vykašlávám hleny.
da: Jeg har hoste med slim.
de: Ich habe Husten mit Auswurf.
el: Έχω βήχα με φλέματα.
en: I have a cough with phlegm.
es: Tengo tos con flemas.
et: Mul on köha koos rögaga.
fi: Minulla on limaista yskää.
fr: J'ai une toux grasse.
ga: Tá casacht orm le réama.
hr: Kašljem i iskašljavam sluz.
hu: Hurutos köhögésem van.
it: Ho la tosse con catarro.
lt: Kosiu su skrepliais.
lv: Man ir klepus ar krēpām.
mt: Għandi sogħla bil-balgħam.
nl: Ik hoest slijm op.
pl: Mam mokry kaszel.
pt: Tenho tosse com expetoração.
ro: Am tuse cu expectorație.
sk: Mám vlhký kašeľ s hlienom.
sl: Imam kašelj z izmečkom.
sv: Jag har hosta med slem.
ja: 痰の出る咳があります。
zh: 我咳嗽有痰。
ko: 가래가 나오는 기침을 합니다.
th: ฉันไอมีเสมหะ
vi: Tôi bị ho có đờm.
tr: Balgamlı öksürüğüm var.
ar: عندي سعال مع بلغم.
ru: У меня кашель с мокротой.
uk: У мене кашель із мокротинням.
hi: मुझे बलगम वाली खाँसी है।
id: Saya batuk berdahak.
""",
)

P(
    "coughing_up_blood",
    "patient",
    "statement",
    [],
    ["symptom.coughing_up_blood"],
    """
bg: Кашлям кръв.
cs: Vykašlávám krev.
da: Jeg hoster blod op.
de: Ich huste Blut.
el: Βήχω αίμα.
en: I am coughing up blood.
es: Toso sangre.
et: Ma köhin verd.
fi: Yskin verta.
fr: Je crache du sang en toussant.
ga: Táim ag casacht fola.
hr: Iskašljavam krv.
hu: Vért köhögök fel.
it: Tossisco sangue.
lt: Atsikosėju kraujo.
lv: Es atklepoju asinis.
mt: Qed nisgħol id-demm.
nl: Ik hoest bloed op.
pl: Odkrztuszam krew.
pt: Estou a tossir sangue.
ro: Tușesc cu sânge.
sk: Vykašliavam krv.
sl: Izkašljujem kri.
sv: Jag hostar blod.
ja: 咳をすると血が出ます。
zh: 我咳血。
ko: 기침할 때 피가 나옵니다.
th: ฉันไอเป็นเลือด
vi: Tôi ho ra máu.
tr: Öksürünce kan geliyor.
ar: أسعل دمًا.
ru: Я кашляю кровью.
uk: Я кашляю кров'ю.
hi: खाँसी में खून आ रहा है।
id: Saya batuk darah.
""",
)

P(
    "feel_confused",
    "patient",
    "statement",
    [],
    ["symptom.confusion"],
    """
bg: Чувствам се объркан(а).
cs: Cítím se zmateně.
da: Jeg føler mig forvirret.
de: Ich fühle mich verwirrt.
el: Νιώθω σύγχυση.
en: I feel confused.
es: Me siento confundido/a.
et: Ma olen segaduses.
fi: Tunnen oloni sekavaksi.
fr: J'ai l'esprit confus.
ga: Tá mearbhall orm.
hr: Osjećam se smeteno.
hu: Zavartnak érzem magam.
it: Mi sento confuso/a.
lt: Mano mintys painiojasi.
lv: Man jaucas domas.
mt: Moħħi mħawwad.
nl: Ik voel me verward.
pl: Mam mętlik w głowie.
pt: Sinto-me confuso/a.
ro: Mă simt confuz/confuză.
sk: Cítim sa zmätene.
sl: Počutim se zmedeno.
sv: Jag känner mig förvirrad.
ja: 頭が混乱しています。
zh: 我脑子有点糊涂。
ko: 정신이 혼란스럽습니다.
th: ฉันรู้สึกสับสน
vi: Tôi cảm thấy lú lẫn.
tr: Kafam karışıyor.
ar: أشعر بالارتباك.
ru: У меня путаются мысли.
uk: У мене плутаються думки.
hi: मुझे उलझन महसूस हो रही है।
id: Saya merasa bingung.
""",
)

P(
    "cannot_see_clearly",
    "patient",
    "statement",
    [],
    ["symptom.blurred_vision"],
    """
bg: Не виждам ясно.
cs: Vidím rozmazaně.
da: Jeg kan ikke se klart.
de: Ich kann nicht klar sehen.
el: Δεν βλέπω καθαρά.
en: I cannot see clearly.
es: No veo bien.
et: Ma ei näe selgelt.
fi: En näe selvästi.
fr: Ma vue est trouble.
ga: Ní féidir liom feiceáil go soiléir.
hr: Ne vidim jasno.
hu: Nem látok tisztán.
it: Non vedo bene.
lt: Nematau aiškiai.
lv: Es neredzu skaidri.
mt: Ma narax ċar.
nl: Ik zie niet scherp.
pl: Nie widzę wyraźnie.
pt: Não vejo bem.
ro: Nu văd clar.
sk: Vidím rozmazane.
sl: Ne vidim jasno.
sv: Jag ser suddigt.
ja: はっきり見えません。
zh: 我看不清楚。
ko: 앞이 흐릿하게 보입니다.
th: ฉันมองเห็นไม่ชัด
vi: Tôi nhìn không rõ.
tr: Net göremiyorum.
ar: لا أرى بوضوح.
ru: Я вижу нечётко.
uk: Я бачу нечітко.
hi: मुझे साफ़ दिखाई नहीं दे रहा है।
id: Penglihatan saya kabur.
""",
)

P(
    "hurts_when_passing_urine",
    "patient",
    "statement",
    [],
    ["symptom.painful_urination"],
    """
bg: Боли ме, когато уринирам.
cs: Bolí mě při močení.
da: Det gør ondt, når jeg tisser.
de: Es tut weh, wenn ich Wasser lasse.
el: Πονάω όταν ουρώ.
en: It hurts when I pass urine.
es: Me duele al orinar.
et: Urineerimisel on valus.
fi: Virtsatessa sattuu.
fr: J'ai mal quand j'urine.
ga: Bíonn pian orm agus mé ag déanamh fuail.
hr: Boli me kad mokrim.
hu: Fáj, amikor vizelek.
it: Sento dolore quando urino.
lt: Skauda šlapinantis.
lv: Urinējot sāp.
mt: Tweġġagħni meta ngħaddi l-awrina.
nl: Het doet pijn als ik plas.
pl: Boli mnie przy oddawaniu moczu.
pt: Dói-me quando urino.
ro: Mă doare când urinez.
sk: Bolí ma pri močení.
sl: Boli me, ko uriniram.
sv: Det gör ont när jag kissar.
ja: 排尿するときに痛みます。
zh: 我小便时疼。
ko: 소변을 볼 때 아픕니다.
th: ฉันเจ็บเวลาปัสสาวะ
vi: Tôi bị đau khi đi tiểu.
tr: İdrar yaparken ağrı oluyor.
ar: أشعر بألم عند التبول.
ru: Мне больно мочиться.
uk: Мені боляче мочитися.
hi: पेशाब करते समय दर्द होता है।
id: Sakit saat buang air kecil.
""",
)

P(
    "no_urine_today",
    "patient",
    "statement",
    [],
    [],
    """
bg: Днес не съм уринирал(а).
cs: Dnes jsem ještě nemočil(a).
da: Jeg har ikke tisset i dag.
de: Ich habe heute noch kein Wasser gelassen.
el: Δεν έχω ουρήσει σήμερα.
en: I have not passed urine today.
es: Hoy no he orinado.
et: Ma pole täna urineerinud.
fi: En ole virtsannut tänään.
fr: Je n'ai pas uriné aujourd'hui.
ga: Ní dhearna mé fual inniu.
hr: Danas nisam mokrio/mokrila.
hu: Ma még nem vizeltem.
it: Oggi non ho urinato.
lt: Šiandien nesišlapinau.
lv: Šodien neesmu urinējis(-usi).
mt: Ma għaddejtx awrina llum.
nl: Ik heb vandaag nog niet geplast.
pl: Dziś nie oddawałem/oddawałam moczu.
pt: Hoje ainda não urinei.
ro: Azi nu am urinat.
sk: Dnes som ešte nemočil(a).
sl: Danes še nisem uriniral(a).
sv: Jag har inte kissat i dag.
ja: 今日は一度も尿が出ていません。
zh: 我今天一直没有小便。
ko: 오늘 소변을 한 번도 보지 못했습니다.
th: วันนี้ฉันยังไม่ได้ปัสสาวะเลย
vi: Hôm nay tôi chưa đi tiểu lần nào.
tr: Bugün hiç idrara çıkmadım.
ar: لم أتبول اليوم.
ru: Сегодня я не мочился(-лась).
uk: Сьогодні я ще не мочився/мочилася.
hi: आज मुझे पेशाब नहीं आया है।
id: Hari ini saya belum buang air kecil.
""",
)

P(
    "have_rash",
    "patient",
    "statement",
    [],
    ["symptom.rash"],
    """
bg: Имам обрив.
cs: Mám vyrážku.
da: Jeg har udslæt.
de: Ich habe einen Ausschlag.
el: Έχω εξάνθημα.
en: I have a rash.
es: Tengo una erupción en la piel.
et: Mul on lööve.
fi: Minulla on ihottumaa.
fr: J'ai une éruption cutanée.
ga: Tá gríos orm.
hr: Imam osip.
hu: Kiütésem van.
it: Ho uno sfogo cutaneo.
lt: Man išbėrė odą.
lv: Man ir izsitumi.
mt: Għandi raxx.
nl: Ik heb huiduitslag.
pl: Mam wysypkę.
pt: Tenho uma erupção na pele.
ro: Am o erupție pe piele.
sk: Mám vyrážku.
sl: Imam izpuščaj.
sv: Jag har utslag.
ja: 発疹があります。
zh: 我起了皮疹。
ko: 발진이 생겼습니다.
th: ฉันมีผื่นขึ้น
vi: Tôi bị phát ban.
tr: Vücudumda döküntü var.
ar: عندي طفح جلدي.
ru: У меня сыпь.
uk: У мене висип.
hi: मुझे चकत्ते हो गए हैं।
id: Saya ada ruam di kulit.
""",
)

P(
    "heart_racing",
    "patient",
    "statement",
    [],
    ["symptom.fast_heartbeat", "symptom.palpitations"],
    """
bg: Сърцето ми бие учестено.
cs: Srdce mi rychle buší.
da: Mit hjerte hamrer.
de: Mein Herz rast.
el: Η καρδιά μου χτυπάει γρήγορα.
en: My heart is racing.
es: El corazón me late muy rápido.
et: Mu süda peksab kiiresti.
fi: Sydämeni hakkaa.
fr: Mon cœur bat très vite.
ga: Tá mo chroí ag rásaíocht.
hr: Srce mi jako brzo kuca.
hu: Hevesen ver a szívem.
it: Il cuore mi batte all'impazzata.
lt: Mano širdis labai greitai plaka.
lv: Man ļoti ātri sitas sirds.
mt: Qalbi qed tħabbat malajr ħafna.
nl: Mijn hart klopt heel snel.
pl: Serce mi wali.
pt: O meu coração está muito acelerado.
ro: Îmi bate inima foarte repede.
sk: Srdce mi rýchlo búši.
sl: Srce mi zelo hitro bije.
sv: Mitt hjärta rusar.
ja: 動悸がします。
zh: 我心跳很快。
ko: 심장이 빨리 뜁니다.
th: หัวใจของฉันเต้นเร็ว
vi: Tim tôi đập rất nhanh.
tr: Kalbim çok hızlı atıyor.
ar: قلبي يخفق بسرعة.
ru: У меня сильно колотится сердце.
uk: У мене дуже швидко б'ється серце.
hi: मेरा दिल बहुत तेज़ धड़क रहा है।
id: Jantung saya berdebar-debar.
""",
)

P(
    "cannot_sleep",
    "patient",
    "statement",
    [],
    ["symptom.difficulty_sleeping"],
    """
bg: Не мога да спя.
cs: Nemohu spát.
da: Jeg kan ikke sove.
de: Ich kann nicht schlafen.
el: Δεν μπορώ να κοιμηθώ.
en: I cannot sleep.
es: No puedo dormir.
et: Ma ei saa magada.
fi: En saa unta.
fr: Je n'arrive pas à dormir.
ga: Ní féidir liom codladh.
hr: Ne mogu spavati.
hu: Nem tudok aludni.
it: Non riesco a dormire.
lt: Negaliu užmigti.
lv: Es nevaru aizmigt.
mt: Ma nistax norqod.
nl: Ik kan niet slapen.
pl: Nie mogę spać.
pt: Não consigo dormir.
ro: Nu pot dormi.
sk: Nemôžem spať.
sl: Ne morem spati.
sv: Jag kan inte sova.
ja: 眠れません。
zh: 我睡不着。
ko: 잠을 잘 수가 없습니다.
th: ฉันนอนไม่หลับ
vi: Tôi không ngủ được.
tr: Uyuyamıyorum.
ar: لا أستطيع النوم.
ru: Я не могу спать.
uk: Я не можу спати.
hi: मुझे नींद नहीं आ रही है।
id: Saya tidak bisa tidur.
""",
)

P(
    "no_appetite",
    "patient",
    "statement",
    [],
    ["symptom.loss_of_appetite"],
    """
bg: Нямам апетит.
cs: Nemám chuť k jídlu.
da: Jeg har ingen appetit.
de: Ich habe keinen Appetit.
el: Δεν έχω όρεξη.
en: I have no appetite.
es: No tengo apetito.
et: Mul pole söögiisu.
fi: Minulla ei ole ruokahalua.
fr: Je n'ai pas d'appétit.
ga: Níl aon ghoile agam.
hr: Nemam apetita.
hu: Nincs étvágyam.
it: Non ho appetito.
lt: Neturiu apetito.
lv: Man nav apetītes.
mt: M'għandix aptit.
nl: Ik heb geen eetlust.
pl: Nie mam apetytu.
pt: Não tenho apetite.
ro: Nu am poftă de mâncare.
sk: Nemám chuť do jedla.
sl: Nimam apetita.
sv: Jag har ingen aptit.
ja: 食欲がありません。
zh: 我没有胃口。
ko: 입맛이 없습니다.
th: ฉันไม่อยากอาหาร
vi: Tôi không thấy thèm ăn.
tr: İştahım yok.
ar: ليست لدي شهية.
ru: У меня нет аппетита.
uk: У мене немає апетиту.
hi: मुझे भूख नहीं लगती।
id: Saya tidak nafsu makan.
""",
)

P(
    "lost_weight",
    "patient",
    "statement",
    [],
    ["symptom.weight_loss"],
    """
bg: Отслабнах.
cs: Zhubl(a) jsem.
da: Jeg har tabt mig.
de: Ich habe abgenommen.
el: Έχω χάσει βάρος.
en: I have lost weight.
es: He perdido peso.
et: Ma olen kaalus alla võtnud.
fi: Painoni on laskenut.
fr: J'ai perdu du poids.
ga: Chaill mé meáchan.
hr: Izgubio/izgubila sam na težini.
hu: Lefogytam.
it: Ho perso peso.
lt: Aš numečiau svorio.
lv: Man ir samazinājies svars.
mt: Tlift il-piż.
nl: Ik ben afgevallen.
pl: Schudłem/schudłam.
pt: Perdi peso.
ro: Am slăbit.
sk: Schudol/schudla som.
sl: Shujšal/shujšala sem.
sv: Jag har gått ner i vikt.
ja: 体重が減りました。
zh: 我体重下降了。
ko: 체중이 줄었습니다.
th: น้ำหนักของฉันลดลง
vi: Tôi bị sụt cân.
tr: Kilo verdim.
ar: لقد فقدت وزنًا.
ru: Я похудел(а).
uk: Я схуд/схудла.
hi: मेरा वज़न कम हो गया है।
id: Berat badan saya turun.
""",
)

P(
    "very_thirsty",
    "patient",
    "statement",
    [],
    ["symptom.excessive_thirst"],
    """
bg: Много съм жаден/жадна.
cs: Mám velkou žízeň.
da: Jeg er meget tørstig.
de: Ich habe großen Durst.
el: Διψάω πολύ.
en: I am very thirsty.
es: Tengo mucha sed.
et: Mul on väga janu.
fi: Minulla on kova jano.
fr: J'ai très soif.
ga: Tá tart mór orm.
hr: Jako sam žedan/žedna.
hu: Nagyon szomjas vagyok.
it: Ho molta sete.
lt: Labai noriu gerti.
lv: Man ļoti slāpst.
mt: Għandi għatx kbir.
nl: Ik heb veel dorst.
pl: Bardzo chce mi się pić.
pt: Tenho muita sede.
ro: Mi-e foarte sete.
sk: Mám veľký smäd.
sl: Zelo sem žejen/žejna.
sv: Jag är väldigt törstig.
ja: とても喉が渇きます。
zh: 我非常口渴。
ko: 목이 많이 마릅니다.
th: ฉันกระหายน้ำมาก
vi: Tôi rất khát nước.
tr: Çok susuyorum.
ar: أشعر بعطش شديد.
ru: Мне очень хочется пить.
uk: Мені дуже хочеться пити.
hi: मुझे बहुत प्यास लग रही है।
id: Saya sangat haus.
""",
)

P(
    "feel_nauseous",
    "patient",
    "statement",
    [],
    ["symptom.nausea"],
    """
bg: Гади ми се.
cs: Je mi na zvracení.
da: Jeg har kvalme.
de: Mir ist übel.
el: Έχω ναυτία.
en: I feel sick to my stomach.
es: Tengo náuseas.
et: Mul on iiveldus.
fi: Minulla on pahoinvointia.
fr: J'ai la nausée.
ga: Tá masmas orm.
hr: Muka mi je.
hu: Hányingerem van.
it: Ho la nausea.
lt: Mane pykina.
lv: Man ir slikta dūša.
mt: Għandi d-dardir.
nl: Ik ben misselijk.
pl: Mam nudności.
pt: Tenho náuseas.
ro: Mi-e greață.
sk: Je mi na vracanie.
sl: Sili me na bruhanje.
sv: Jag mår illa.
ja: 吐き気がします。
zh: 我恶心想吐。
ko: 속이 메스껍습니다.
th: ฉันคลื่นไส้
vi: Tôi buồn nôn.
tr: Midem bulanıyor.
ar: أشعر بالغثيان.
ru: Меня тошнит.
uk: Мене нудить.
hi: मेरा जी मिचला रहा है।
id: Saya mual.
""",
)

P(
    "have_cough",
    "patient",
    "statement",
    [],
    ["symptom.cough"],
    """
bg: Имам кашлица.
cs: Mám kašel.
da: Jeg har hoste.
de: Ich habe Husten.
el: Έχω βήχα.
en: I have a cough.
es: Tengo tos.
et: Mul on köha.
fi: Minulla on yskää.
fr: Je tousse.
ga: Tá casacht orm.
hr: Imam kašalj.
hu: Köhögök.
it: Ho la tosse.
lt: Aš kosėju.
lv: Man ir klepus.
mt: Għandi sogħla.
nl: Ik hoest.
pl: Mam kaszel.
pt: Tenho tosse.
ro: Am tuse.
sk: Mám kašeľ.
sl: Imam kašelj.
sv: Jag har hosta.
ja: 咳が出ます。
zh: 我咳嗽。
ko: 기침이 납니다.
th: ฉันไอ
vi: Tôi bị ho.
tr: Öksürüğüm var.
ar: عندي سعال.
ru: У меня кашель.
uk: У мене кашель.
hi: मुझे खाँसी है।
id: Saya batuk.
""",
)

P(
    "have_sore_throat",
    "patient",
    "statement",
    [],
    ["symptom.sore_throat"],
    """
bg: Боли ме гърлото.
cs: Bolí mě v krku.
da: Jeg har ondt i halsen.
de: Ich habe Halsschmerzen.
el: Πονάει ο λαιμός μου.
en: I have a sore throat.
es: Me duele la garganta.
et: Mul on kurk valus.
fi: Kurkkuni on kipeä.
fr: J'ai mal à la gorge.
ga: Tá scornach thinn orm.
hr: Boli me grlo.
hu: Fáj a torkom.
it: Ho mal di gola.
lt: Man skauda gerklę.
lv: Man sāp kakls.
mt: Għandi uġigħ fil-griżmejn.
nl: Ik heb keelpijn.
pl: Boli mnie gardło.
pt: Tenho dor de garganta.
ro: Mă doare gâtul.
sk: Bolí ma hrdlo.
sl: Boli me grlo.
sv: Jag har ont i halsen.
ja: 喉が痛いです。
zh: 我嗓子疼。
ko: 목이 아픕니다.
th: ฉันเจ็บคอ
vi: Tôi bị đau họng.
tr: Boğazım ağrıyor.
ar: حلقي يؤلمني.
ru: У меня болит горло.
uk: У мене болить горло.
hi: मेरे गले में दर्द है।
id: Tenggorokan saya sakit.
""",
)

P(
    "stomach_hurts",
    "patient",
    "statement",
    [],
    ["symptom.abdominal_pain"],
    """
bg: Боли ме коремът.
cs: Bolí mě břicho.
da: Jeg har ondt i maven.
de: Ich habe Bauchschmerzen.
el: Πονάει η κοιλιά μου.
en: My stomach hurts.
es: Me duele la barriga.
et: Mul on kõht valus.
fi: Vatsaani koskee.
fr: J'ai mal au ventre.
ga: Tá pian i mo bholg.
hr: Boli me trbuh.
hu: Fáj a hasam.
it: Ho mal di pancia.
lt: Man skauda pilvą.
lv: Man sāp vēders.
mt: Għandi uġigħ f'żaqqi.
nl: Ik heb buikpijn.
pl: Boli mnie brzuch.
pt: Tenho dores de barriga.
ro: Mă doare burta.
sk: Bolí ma brucho.
sl: Boli me trebuh.
sv: Jag har ont i magen.
ja: お腹が痛いです。
zh: 我肚子疼。
ko: 배가 아픕니다.
th: ฉันปวดท้อง
vi: Tôi bị đau bụng.
tr: Karnım ağrıyor.
ar: بطني يؤلمني.
ru: У меня болит живот.
uk: У мене болить живіт.
hi: मेरे पेट में दर्द है।
id: Perut saya sakit.
""",
)

P(
    "have_chills",
    "patient",
    "statement",
    [],
    ["symptom.chills"],
    """
bg: Втриса ме.
cs: Mám zimnici.
da: Jeg har kulderystelser.
de: Ich habe Schüttelfrost.
el: Έχω ρίγη.
en: I have chills.
es: Tengo escalofríos.
et: Mul on külmavärinad.
fi: Minulla on vilunväristyksiä.
fr: J'ai des frissons.
ga: Tá creathanna fuachta orm.
hr: Imam zimicu.
hu: Hidegrázásom van.
it: Ho i brividi.
lt: Mane krečia šaltis.
lv: Man ir drebuļi.
mt: Qed nirtogħod bil-bard.
nl: Ik heb koude rillingen.
pl: Mam dreszcze.
pt: Tenho calafrios.
ro: Am frisoane.
sk: Mám zimnicu.
sl: Imam mrzlico.
sv: Jag har frossa.
ja: 寒気がします。
zh: 我发冷打寒战。
ko: 오한이 있습니다.
th: ฉันหนาวสั่น
vi: Tôi bị ớn lạnh.
tr: Titremem var.
ar: أشعر بقشعريرة.
ru: У меня озноб.
uk: У мене озноб.
hi: मुझे ठंड लगकर कँपकँपी हो रही है।
id: Saya menggigil.
""",
)

P(
    "feel_weak",
    "patient",
    "statement",
    [],
    ["symptom.general_weakness"],
    """
bg: Нямам сили.
cs: Nemám sílu.
da: Jeg føler mig svag.
de: Ich fühle mich schwach.
el: Νιώθω αδυναμία.
en: I feel weak.
es: Me siento débil.
et: Ma tunnen end nõrgana.
fi: Olen voimaton.
fr: Je me sens faible.
ga: Táim lag.
hr: Osjećam se slabo.
hu: Gyengének érzem magam.
it: Mi sento debole.
lt: Jaučiu silpnumą.
lv: Es jūtu vājumu.
mt: Għandi ħafna dgħjufija.
nl: Ik voel me zwak.
pl: Czuję się słabo.
pt: Sinto fraqueza.
ro: Mă simt fără putere.
sk: Cítim sa slabo.
sl: Počutim se šibko.
sv: Jag känner mig svag.
ja: 体に力が入りません。
zh: 我浑身无力。
ko: 기운이 없습니다.
th: ฉันรู้สึกอ่อนเพลีย
vi: Tôi cảm thấy yếu người.
tr: Kendimi halsiz hissediyorum.
ar: أشعر بالضعف.
ru: Я чувствую слабость.
uk: Я відчуваю слабкість.
hi: मुझे कमज़ोरी महसूस हो रही है।
id: Saya merasa lemas.
""",
)

P(
    "speech_is_slurred",
    "patient",
    "statement",
    [],
    ["symptom.slurred_speech"],
    """
bg: Говоря завалено.
cs: Mluvím nezřetelně.
da: Jeg har svært ved at tale tydeligt.
de: Meine Sprache ist verwaschen.
el: Μιλάω μπερδεμένα.
en: My speech is slurred.
es: Arrastro las palabras al hablar.
et: Mu kõne on ebaselge.
fi: Puheeni on sammaltavaa.
fr: J'ai du mal à articuler.
ga: Tá mo chaint doiléir.
hr: Govor mi je nerazgovijetan.
hu: Elmosódott a beszédem.
it: Faccio fatica ad articolare le parole.
lt: Mano kalba neaiški.
lv: Mana runa ir neskaidra.
mt: Qed nitkellem b'diffikultà u mhux ċar.
nl: Mijn spraak is onduidelijk.
pl: Mówię niewyraźnie.
pt: Estou com a fala arrastada.
ro: Vorbesc greu și neclar.
sk: Hovorím nezrozumiteľne.
sl: Govorim nerazločno.
sv: Mitt tal är sluddrigt.
ja: ろれつが回りません。
zh: 我说话口齿不清。
ko: 말이 어눌하게 나옵니다.
th: ฉันพูดไม่ชัด
vi: Tôi nói không rõ tiếng.
tr: Konuşurken dilim dolaşıyor.
ar: كلامي متلعثم وغير واضح.
ru: У меня невнятная речь.
uk: У мене нечітка мова.
hi: मेरी ज़ुबान लड़खड़ा रही है।
id: Bicara saya pelo.
""",
)

P(
    "one_side_of_body_weak",
    "patient",
    "statement",
    [],
    ["symptom.one_sided_weakness"],
    """
bg: Имам слабост в едната половина на тялото.
cs: Mám slabost v jedné polovině těla.
da: Den ene side af min krop er svag.
de: Eine Körperseite ist schwach.
el: Έχω αδυναμία στη μία πλευρά του σώματός μου.
en: One side of my body is weak.
es: Tengo debilidad en un lado del cuerpo.
et: Mul on ühe kehapoole nõrkus.
fi: Toinen puoli kehostani on heikko.
fr: J'ai une faiblesse d'un côté du corps.
ga: Tá taobh amháin de mo chorp lag.
hr: Imam slabost u jednoj strani tijela.
hu: Az egyik testfelem gyenge.
it: Ho debolezza da un lato del corpo.
lt: Jaučiu vienos kūno pusės silpnumą.
lv: Man ir vājums vienā ķermeņa pusē.
mt: Naħa waħda ta' ġismi dgħajfa.
nl: Eén kant van mijn lichaam is zwak.
pl: Mam osłabienie jednej strony ciała.
pt: Tenho fraqueza de um lado do corpo.
ro: Am slăbiciune pe o parte a corpului.
sk: Mám slabosť v jednej polovici tela.
sl: Ena stran telesa mi je oslabela.
sv: Ena sidan av kroppen är svag.
ja: 体の片側に力が入りません。
zh: 我一侧身体无力。
ko: 몸 한쪽에 힘이 없습니다.
th: ร่างกายซีกหนึ่งของฉันอ่อนแรง
vi: Một bên người tôi bị yếu.
tr: Vücudumun bir tarafında güçsüzlük var.
ar: أشعر بضعف في جانب واحد من جسمي.
ru: У меня слабость в одной половине тела.
uk: У мене слабкість в одній половині тіла.
hi: मेरे शरीर के एक तरफ़ कमज़ोरी है।
id: Satu sisi tubuh saya lemah.
""",
)

P(
    "had_a_seizure",
    "patient",
    "statement",
    [],
    ["condition.epileptic_seizure"],
    """
bg: Получих гърч.
cs: Měl(a) jsem záchvat křečí.
da: Jeg har haft et krampeanfald.
de: Ich hatte einen Krampfanfall.
el: Είχα μια κρίση σπασμών.
en: I have had a seizure.
es: He tenido una convulsión.
et: Mul oli krambihoog.
fi: Minulla oli kouristuskohtaus.
fr: J'ai fait une crise convulsive.
ga: Bhí taom orm.
hr: Imao/imala sam napadaj.
hu: Görcsrohamom volt.
it: Ho avuto una crisi convulsiva.
lt: Man buvo traukulių priepuolis.
lv: Man bija krampju lēkme.
mt: Kelli aċċess.
nl: Ik heb een aanval gehad.
pl: Miałem/miałam napad drgawek.
pt: Tive uma convulsão.
ro: Am avut o criză de convulsii.
sk: Mal(a) som záchvat kŕčov.
sl: Imel/imela sem napad krčev.
sv: Jag har haft ett krampanfall.
ja: けいれん発作を起こしました。
zh: 我刚才抽搐发作了。
ko: 경련 발작이 있었습니다.
th: ฉันมีอาการชัก
vi: Tôi vừa bị co giật.
tr: Nöbet geçirdim.
ar: أصبت بنوبة تشنج.
ru: У меня был судорожный приступ.
uk: У мене був напад судом.
hi: मुझे दौरा पड़ा था।
id: Saya baru saja kejang.
""",
)

P(
    "lost_consciousness",
    "patient",
    "statement",
    [],
    ["symptom.loss_of_consciousness"],
    """
bg: Загубих съзнание.
cs: Ztratil(a) jsem vědomí.
da: Jeg mistede bevidstheden.
de: Ich war bewusstlos.
el: Έχασα τις αισθήσεις μου.
en: I lost consciousness.
es: Perdí el conocimiento.
et: Ma kaotasin teadvuse.
fi: Menetin tajuntani.
fr: J'ai perdu connaissance.
ga: Chaill mé mo mheabhair.
hr: Izgubio/izgubila sam svijest.
hu: Elvesztettem az eszméletemet.
it: Ho perso conoscenza.
lt: Netekau sąmonės.
lv: Es zaudēju samaņu.
mt: Tlift minn sensija.
nl: Ik ben buiten bewustzijn geweest.
pl: Straciłem/straciłam przytomność.
pt: Perdi os sentidos.
ro: Mi-am pierdut cunoștința.
sk: Stratil(a) som vedomie.
sl: Izgubil/izgubila sem zavest.
sv: Jag förlorade medvetandet.
ja: 意識を失いました。
zh: 我失去了知觉。
ko: 의식을 잃었습니다.
th: ฉันหมดสติไป
vi: Tôi đã bị mất ý thức.
tr: Bilincimi kaybettim.
ar: فقدت الوعي.
ru: Я терял(а) сознание.
uk: Я втрачав/втрачала свідомість.
hi: मुझे होश नहीं रहा था।
id: Saya sempat kehilangan kesadaran.
""",
)

P(
    "blood_in_stool",
    "patient",
    "statement",
    [],
    ["symptom.blood_in_stool"],
    """
bg: Имам кръв в изпражненията.
cs: Mám krev ve stolici.
da: Der er blod i min afføring.
de: Ich habe Blut im Stuhl.
el: Έχω αίμα στα κόπρανα.
en: There is blood in my stool.
es: Tengo sangre en las heces.
et: Mul on veri väljaheites.
fi: Ulosteessani on verta.
fr: J'ai du sang dans les selles.
ga: Tá fuil i mo chac.
hr: Imam krv u stolici.
hu: Véres a székletem.
it: Ho sangue nelle feci.
lt: Mano išmatose yra kraujo.
lv: Man izkārnījumos ir asinis.
mt: Għandi d-demm fl-ippurgar.
nl: Er zit bloed in mijn ontlasting.
pl: Mam krew w stolcu.
pt: Tenho sangue nas fezes.
ro: Am sânge în scaun.
sk: Mám krv v stolici.
sl: V blatu imam kri.
sv: Jag har blod i avföringen.
ja: 便に血が混じっています。
zh: 我大便里有血。
ko: 대변에 피가 섞여 나옵니다.
th: อุจจาระของฉันมีเลือดปน
vi: Phân của tôi có máu.
tr: Dışkımda kan var.
ar: يوجد دم في البراز.
ru: У меня кровь в стуле.
uk: У мене кров у калі.
hi: मेरे मल में खून आ रहा है।
id: Ada darah di tinja saya.
""",
)

P(
    "am_constipated",
    "patient",
    "statement",
    [],
    ["symptom.constipation"],
    """
bg: Имам запек.
cs: Mám zácpu.
da: Jeg har forstoppelse.
de: Ich habe Verstopfung.
el: Έχω δυσκοιλιότητα.
en: I am constipated.
es: Tengo estreñimiento.
et: Mul on kõhukinnisus.
fi: Minulla on ummetusta.
fr: J'ai de la constipation.
ga: Tá iatacht orm.
hr: Imam zatvor.
hu: Székrekedésem van.
it: Soffro di stitichezza.
lt: Man vidurių užkietėjimas.
lv: Man ir aizcietējums.
mt: Għandi l-istitikezza.
nl: Ik heb last van verstopping.
pl: Mam zaparcie.
pt: Tenho prisão de ventre.
ro: Am constipație.
sk: Mám zápchu.
sl: Imam zaprtje.
sv: Jag är förstoppad.
ja: 便秘しています。
zh: 我便秘了。
ko: 변비가 있습니다.
th: ฉันท้องผูก
vi: Tôi bị táo bón.
tr: Kabızlık çekiyorum.
ar: أعاني من الإمساك.
ru: У меня запор.
uk: У мене закреп.
hi: मुझे कब्ज़ है।
id: Saya sembelit.
""",
)

P(
    "skin_itches",
    "patient",
    "statement",
    [],
    ["symptom.itching"],
    """
bg: Сърби ме кожата.
cs: Svědí mě kůže.
da: Min hud klør.
de: Meine Haut juckt.
el: Έχω φαγούρα.
en: My skin itches.
es: Me pica la piel.
et: Mu nahk sügeleb.
fi: Ihoani kutisee.
fr: J'ai des démangeaisons.
ga: Tá tochas orm.
hr: Svrbi me koža.
hu: Viszket a bőröm.
it: Ho prurito.
lt: Man niežti odą.
lv: Man niez āda.
mt: Ġildi qed tħokkni.
nl: Mijn huid jeukt.
pl: Swędzi mnie skóra.
pt: Tenho comichão na pele.
ro: Mă mănâncă pielea.
sk: Svrbí ma koža.
sl: Koža me srbi.
sv: Det kliar i huden.
ja: 皮膚がかゆいです。
zh: 我皮肤痒。
ko: 피부가 가렵습니다.
th: ฉันคันตามผิวหนัง
vi: Da tôi bị ngứa.
tr: Cildim kaşınıyor.
ar: جلدي يحكني.
ru: У меня зудит кожа.
uk: У мене свербить шкіра.
hi: मेरी त्वचा में खुजली हो रही है।
id: Kulit saya gatal.
""",
)

P(
    "lips_and_tongue_swelling",
    "patient",
    "statement",
    [],
    ["symptom.swelling_of_face_lips_tongue"],
    """
bg: Устните и езикът ми се подуват.
cs: Otékají mi rty a jazyk.
da: Mine læber og min tunge hæver op.
de: Meine Lippen und meine Zunge schwellen an.
el: Πρήζονται τα χείλη και η γλώσσα μου.
en: My lips and tongue are swelling.
es: Se me están hinchando los labios y la lengua.
et: Mu huuled ja keel paistetavad üles.
fi: Huuleni ja kieleni turpoavat.
fr: Mes lèvres et ma langue gonflent.
ga: Tá mo liopaí agus mo theanga ag at.
hr: Otiču mi usne i jezik.
hu: Duzzad az ajkam és a nyelvem.
it: Mi si stanno gonfiando le labbra e la lingua.
lt: Man tinsta lūpos ir liežuvis.
lv: Man pietūkst lūpas un mēle.
mt: Xofftejja u ilsieni qed jintefħu.
nl: Mijn lippen en tong zwellen op.
pl: Puchną mi usta i język.
pt: Os meus lábios e a minha língua estão a inchar.
ro: Mi se umflă buzele și limba.
sk: Opúchajú mi pery a jazyk.
sl: Otekajo mi ustnice in jezik.
sv: Mina läppar och min tunga svullnar.
ja: 唇と舌が腫れてきています。
zh: 我的嘴唇和舌头在肿起来。
ko: 입술과 혀가 붓고 있습니다.
th: ริมฝีปากและลิ้นของฉันบวม
vi: Môi và lưỡi tôi đang sưng lên.
tr: Dudaklarım ve dilim şişiyor.
ar: شفتاي ولساني يتورمان.
ru: У меня отекают губы и язык.
uk: У мене набрякають губи та язик.
hi: मेरे होंठ और जीभ सूज रहे हैं।
id: Bibir dan lidah saya membengkak.
""",
)

P(
    "one_leg_swollen_painful",
    "patient",
    "statement",
    [],
    ["symptom.one_leg_swelling"],
    """
bg: Единият ми крак е подут и боли.
cs: Jednu nohu mám oteklou a bolí mě.
da: Det ene ben er hævet og gør ondt.
de: Ein Bein ist geschwollen und tut weh.
el: Το ένα μου πόδι είναι πρησμένο και πονάει.
en: One leg is swollen and painful.
es: Tengo una pierna hinchada y me duele.
et: Üks jalg on paistes ja valutab.
fi: Toinen jalkani on turvoksissa ja kipeä.
fr: J'ai une jambe enflée et douloureuse.
ga: Tá cos amháin ata agus tinn.
hr: Jedna mi je noga otečena i boli.
hu: Az egyik lábam dagadt és fáj.
it: Ho una gamba gonfia e dolorante.
lt: Viena koja ištinusi ir skauda.
lv: Viena kāja ir pietūkusi un sāp.
mt: Riġel waħda minfuħa u tweġġagħni.
nl: Eén been is gezwollen en doet pijn.
pl: Jedna noga jest spuchnięta i boli.
pt: Tenho uma perna inchada e dorida.
ro: Am un picior umflat și dureros.
sk: Jednu nohu mám opuchnutú a bolí ma.
sl: Ena noga mi je otekla in me boli.
sv: Ena benet är svullet och gör ont.
ja: 片方の足が腫れて痛みます。
zh: 我一条腿又肿又疼。
ko: 한쪽 다리가 붓고 아픕니다.
th: ขาข้างหนึ่งของฉันบวมและเจ็บ
vi: Một bên chân tôi bị sưng và đau.
tr: Bir bacağım şiş ve ağrıyor.
ar: إحدى ساقيّ متورمة ومؤلمة.
ru: Одна нога опухла и болит.
uk: Одна нога набрякла й болить.
hi: मेरा एक पैर सूजा हुआ है और दर्द कर रहा है।
id: Satu kaki saya bengkak dan sakit.
""",
)

P(
    "tired_all_the_time",
    "patient",
    "statement",
    [],
    ["symptom.fatigue"],
    """
bg: Постоянно съм уморен(а).
cs: Neustále se cítím unaveně.
da: Jeg er træt hele tiden.
de: Ich bin ständig müde.
el: Νιώθω συνέχεια κούραση.
en: I am tired all the time.
es: Siento cansancio todo el tiempo.
et: Ma olen kogu aeg väsinud.
fi: Olen koko ajan väsynyt.
fr: Je suis tout le temps fatigué(e).
ga: Bím tuirseach an t-am ar fad.
hr: Stalno sam umoran/umorna.
hu: Állandóan fáradt vagyok.
it: Sono sempre stanco/a.
lt: Nuolat jaučiu nuovargį.
lv: Es visu laiku jūtu nogurumu.
mt: Inħoss għeja l-ħin kollu.
nl: Ik ben de hele tijd moe.
pl: Ciągle czuję zmęczenie.
pt: Ando sempre cansado/a.
ro: Sunt obosit(ă) tot timpul.
sk: Neustále sa cítim unavene.
sl: Ves čas sem utrujen/utrujena.
sv: Jag är trött hela tiden.
ja: いつも疲れています。
zh: 我总是觉得很累。
ko: 항상 피곤합니다.
th: ฉันรู้สึกเหนื่อยตลอดเวลา
vi: Lúc nào tôi cũng thấy mệt.
tr: Sürekli yorgunum.
ar: أشعر بالتعب طوال الوقت.
ru: Я постоянно чувствую усталость.
uk: Я постійно відчуваю втому.
hi: मुझे हर समय थकान रहती है।
id: Saya merasa lelah terus-menerus.
""",
)

P(
    "sweat_at_night",
    "patient",
    "statement",
    [],
    ["symptom.night_sweats"],
    """
bg: Потя се през нощта.
cs: V noci se potím.
da: Jeg sveder om natten.
de: Ich schwitze nachts.
el: Ιδρώνω τη νύχτα.
en: I sweat at night.
es: Sudo por la noche.
et: Ma higistan öösiti.
fi: Hikoilen öisin.
fr: Je transpire la nuit.
ga: Bím ag cur allais san oíche.
hr: Noću se znojim.
hu: Éjszaka izzadok.
it: Sudo di notte.
lt: Naktimis prakaituoju.
lv: Naktīs es svīstu.
mt: Ngħereq bil-lejl.
nl: Ik zweet 's nachts.
pl: W nocy się pocę.
pt: Transpiro durante a noite.
ro: Transpir noaptea.
sk: V noci sa potím.
sl: Ponoči se potim.
sv: Jag svettas på natten.
ja: 夜に寝汗をかきます。
zh: 我夜里出汗。
ko: 밤에 땀을 많이 흘립니다.
th: ฉันเหงื่อออกตอนกลางคืน
vi: Tôi đổ mồ hôi vào ban đêm.
tr: Geceleri terliyorum.
ar: أتعرق ليلًا.
ru: Я потею по ночам.
uk: Я пітнію вночі.
hi: मुझे रात में पसीना आता है।
id: Saya berkeringat di malam hari.
""",
)

P(
    "difficulty_swallowing",
    "patient",
    "statement",
    [],
    ["symptom.difficulty_swallowing"],
    """
bg: Трудно преглъщам.
cs: Špatně se mi polyká.
da: Jeg har svært ved at synke.
de: Ich kann schlecht schlucken.
el: Δυσκολεύομαι να καταπιώ.
en: I have difficulty swallowing.
es: Me cuesta tragar.
et: Mul on raske neelata.
fi: Minun on vaikea niellä.
fr: J'ai du mal à avaler.
ga: Tá deacracht agam slogadh.
hr: Teško gutam.
hu: Nehezen nyelek.
it: Faccio fatica a deglutire.
lt: Man sunku ryti.
lv: Man ir grūti norīt.
mt: Għandi diffikultà biex nibla'.
nl: Ik heb moeite met slikken.
pl: Mam trudności z połykaniem.
pt: Tenho dificuldade em engolir.
ro: Înghit cu greutate.
sk: Ťažko prehĺtam.
sl: Težko požiram.
sv: Jag har svårt att svälja.
ja: 飲み込みにくいです。
zh: 我吞咽困难。
ko: 삼키기가 어렵습니다.
th: ฉันกลืนลำบาก
vi: Tôi bị khó nuốt.
tr: Yutkunmakta zorlanıyorum.
ar: أجد صعوبة في البلع.
ru: Мне трудно глотать.
uk: Мені важко ковтати.
hi: मुझे निगलने में कठिनाई हो रही है।
id: Saya sulit menelan.
""",
)

P(
    "stool_is_black",
    "patient",
    "statement",
    [],
    ["symptom.black_stool"],
    """
bg: Изпражненията ми са черни.
cs: Mám černou stolici.
da: Min afføring er sort.
de: Mein Stuhl ist schwarz.
el: Τα κόπρανά μου είναι μαύρα.
en: My stool is black.
es: Tengo las heces negras.
et: Mu väljaheide on must.
fi: Ulosteeni on mustaa.
fr: Mes selles sont noires.
ga: Tá mo chac dubh.
hr: Stolica mi je crna.
hu: Fekete a székletem.
it: Ho le feci nere.
lt: Mano išmatos juodos.
lv: Mani izkārnījumi ir melni.
mt: L-ippurgar tiegħi iswed.
nl: Mijn ontlasting is zwart.
pl: Mam czarny stolec.
pt: As minhas fezes estão negras.
ro: Am scaunul negru.
sk: Mám čiernu stolicu.
sl: Blato mi je črno.
sv: Min avföring är svart.
ja: 便が黒いです。
zh: 我的大便是黑色的。
ko: 변이 검은색입니다.
th: อุจจาระของฉันเป็นสีดำ
vi: Phân của tôi màu đen.
tr: Dışkım siyah renkte.
ar: برازي أسود اللون.
ru: У меня чёрный стул.
uk: У мене чорний кал.
hi: मेरा मल काला आ रहा है।
id: Tinja saya berwarna hitam.
""",
)

P(
    "vomiting_blood",
    "patient",
    "statement",
    [],
    ["symptom.vomiting_blood"],
    """
bg: Повръщам кръв.
cs: Zvracím krev.
da: Jeg kaster blod op.
de: Ich erbreche Blut.
el: Κάνω εμετό με αίμα.
en: I am vomiting blood.
es: Vomito sangre.
et: Ma oksendan verd.
fi: Oksennan verta.
fr: Je vomis du sang.
ga: Táim ag caitheamh aníos fola.
hr: Povraćam krv.
hu: Vért hányok.
it: Vomito sangue.
lt: Vemiu krauju.
lv: Es vemju asinis.
mt: Qed nirremetti d-demm.
nl: Ik braak bloed.
pl: Wymiotuję krwią.
pt: Estou a vomitar sangue.
ro: Vărs sânge.
sk: Vraciam krv.
sl: Bruham kri.
sv: Jag kräks blod.
ja: 血を吐きました。
zh: 我吐血了。
ko: 피를 토했습니다.
th: ฉันอาเจียนเป็นเลือด
vi: Tôi nôn ra máu.
tr: Kan kusuyorum.
ar: أتقيأ دمًا.
ru: У меня рвота с кровью.
uk: У мене блювання з кров'ю.
hi: मुझे खून की उल्टी हो रही है।
id: Saya muntah darah.
""",
)

P(
    "losing_balance",
    "patient",
    "statement",
    [],
    ["symptom.loss_of_balance"],
    """
bg: Губя равновесие.
cs: Ztrácím rovnováhu.
da: Jeg mister balancen.
de: Ich verliere immer wieder das Gleichgewicht.
el: Χάνω την ισορροπία μου.
en: I keep losing my balance.
es: Pierdo el equilibrio.
et: Ma kaotan tasakaalu.
fi: Menetän tasapainoni.
fr: Je perds l'équilibre.
ga: Cailleann mé mo chothromaíocht.
hr: Gubim ravnotežu.
hu: Elveszítem az egyensúlyomat.
it: Perdo l'equilibrio.
lt: Prarandu pusiausvyrą.
lv: Es zaudēju līdzsvaru.
mt: Qed nitlef il-bilanċ.
nl: Ik verlies steeds mijn evenwicht.
pl: Tracę równowagę.
pt: Perco o equilíbrio.
ro: Îmi pierd echilibrul.
sk: Strácam rovnováhu.
sl: Izgubljam ravnotežje.
sv: Jag tappar balansen.
ja: バランスを崩しやすいです。
zh: 我站不稳，容易失去平衡。
ko: 자꾸 균형을 잃습니다.
th: ฉันเสียการทรงตัวบ่อยๆ
vi: Tôi hay bị mất thăng bằng.
tr: Dengemi kaybediyorum.
ar: أفقد توازني.
ru: Я теряю равновесие.
uk: Я втрачаю рівновагу.
hi: मेरा संतुलन बिगड़ जाता है।
id: Saya sering kehilangan keseimbangan.
""",
)

# (have_pacemaker, on_dialysis, have_epilepsy and take_blood_thinners are written by the
#  other half in phrases_history.json; they are not repeated here.)

group("emergency")

P(
    "stung_by_insect",
    "patient",
    "statement",
    [],
    [],
    """
bg: Ужили ме насекомо.
cs: Bodl mě hmyz.
da: Jeg er blevet stukket af et insekt.
de: Ich wurde von einem Insekt gestochen.
el: Με τσίμπησε ένα έντομο.
en: I have been stung by an insect.
es: Me ha picado un insecto.
et: Mind nõelas putukas.
fi: Hyönteinen pisti minua.
fr: Un insecte m'a piqué.
ga: Chuir feithid ga ionam.
hr: Ubo me kukac.
hu: Megcsípett egy rovar.
it: Mi ha punto un insetto.
lt: Mane įgėlė vabzdys.
lv: Mani iedzēla kukainis.
mt: Niggiżni insett.
nl: Ik ben door een insect gestoken.
pl: Użądlił mnie owad.
pt: Um inseto picou-me.
ro: M-a înțepat o insectă.
sk: Bodol ma hmyz.
sl: Pičila me je žuželka.
sv: Jag har blivit stungen av en insekt.
ja: 虫に刺されました。
zh: 我被虫子蜇了。
ko: 벌레에 쏘였습니다.
th: ฉันถูกแมลงต่อย
vi: Tôi bị côn trùng đốt.
tr: Beni bir böcek soktu.
ar: لدغتني حشرة.
ru: Меня ужалило насекомое.
uk: Мене вжалила комаха.
hi: मुझे किसी कीड़े ने डंक मार दिया है।
id: Saya disengat serangga.
""",
)

P(
    "cut_myself",
    "patient",
    "statement",
    [],
    [],
    """
bg: Порязах се.
cs: Řízl(a) jsem se.
da: Jeg har skåret mig.
de: Ich habe mich geschnitten.
el: Κόπηκα.
en: I have cut myself.
es: Me he cortado.
et: Ma lõikasin ennast.
fi: Sain viiltohaavan.
fr: Je me suis coupé(e).
ga: Ghearr mé mé féin.
hr: Porezao/porezala sam se.
hu: Megvágtam magam.
it: Mi sono tagliato/a.
lt: Įsipjoviau.
lv: Es sagriezos.
mt: Qtajt lili nnifsi.
nl: Ik heb me gesneden.
pl: Skaleczyłem/skaleczyłam się.
pt: Cortei-me.
ro: M-am tăiat.
sk: Porezal(a) som sa.
sl: Urezal/urezala sem se.
sv: Jag har skurit mig.
ja: 切り傷を負いました。
zh: 我割伤了。
ko: 베인 상처가 있습니다.
th: ฉันโดนของมีคมบาด
vi: Tôi bị một vết cắt.
tr: Kendimi kestim.
ar: جرحت نفسي.
ru: Я порезался/порезалась.
uk: Я порізався/порізалася.
hi: मुझे कट लग गया है।
id: Saya teriris benda tajam.
""",
)

P(
    "think_broken_bone",
    "patient",
    "statement",
    [],
    [],
    """
bg: Мисля, че имам счупена кост.
cs: Myslím, že mám zlomenou kost.
da: Jeg tror, jeg har brækket noget.
de: Ich glaube, ich habe mir etwas gebrochen.
el: Νομίζω ότι έσπασα κάποιο κόκκαλο.
en: I think I have broken a bone.
es: Creo que me he roto un hueso.
et: Ma arvan, et mul on luumurd.
fi: Luulen, että minulla on luunmurtuma.
fr: Je crois que je me suis cassé un os.
ga: Sílim gur bhris mé cnámh.
hr: Mislim da sam slomio/slomila kost.
hu: Azt hiszem, eltört valamim.
it: Credo di essermi rotto/a un osso.
lt: Manau, kad susilaužiau kaulą.
lv: Man šķiet, ka man ir lūzums.
mt: Naħseb li ksirt xi għadma.
nl: Ik denk dat ik iets gebroken heb.
pl: Chyba złamałem/złamałam kość.
pt: Acho que parti um osso.
ro: Cred că mi-am rupt un os.
sk: Myslím, že mám zlomenú kosť.
sl: Mislim, da imam zlomljeno kost.
sv: Jag tror att jag har brutit något.
ja: 骨が折れたかもしれません。
zh: 我觉得我骨折了。
ko: 뼈가 부러진 것 같습니다.
th: ฉันคิดว่ากระดูกหัก
vi: Tôi nghĩ tôi bị gãy xương.
tr: Sanırım bir kemiğimi kırdım.
ar: أعتقد أنني كسرت عظمة.
ru: Кажется, у меня перелом.
uk: Здається, у мене перелом.
hi: मुझे लगता है कि मेरी हड्डी टूट गई है।
id: Saya rasa tulang saya patah.
""",
)

P(
    "had_an_accident",
    "patient",
    "statement",
    [],
    [],
    """
bg: Претърпях инцидент.
cs: Měl(a) jsem nehodu.
da: Jeg har været ude for en ulykke.
de: Ich hatte einen Unfall.
el: Είχα ένα ατύχημα.
en: I have had an accident.
es: He tenido un accidente.
et: Ma sattusin õnnetusse.
fi: Olen joutunut onnettomuuteen.
fr: J'ai eu un accident.
ga: Bhain timpiste dom.
hr: Doživio/doživjela sam nesreću.
hu: Balesetem volt.
it: Ho avuto un incidente.
lt: Patekau į nelaimingą atsitikimą.
lv: Es cietu negadījumā.
mt: Kelli inċident.
nl: Ik heb een ongeluk gehad.
pl: Miałem/miałam wypadek.
pt: Tive um acidente.
ro: Am avut un accident.
sk: Mal(a) som nehodu.
sl: Imel/imela sem nesrečo.
sv: Jag har varit med om en olycka.
ja: 事故にあいました。
zh: 我出了事故。
ko: 사고를 당했습니다.
th: ฉันประสบอุบัติเหตุ
vi: Tôi bị tai nạn.
tr: Kaza geçirdim.
ar: تعرضت لحادث.
ru: Со мной произошёл несчастный случай.
uk: Зі мною стався нещасний випадок.
hi: मेरे साथ दुर्घटना हो गई है।
id: Saya mengalami kecelakaan.
""",
)

group("pain")

# "Where does it hurt?" is written by the other half (phrase.where_does_it_hurt_q, question group).

P(
    "it_hurts_here",
    "patient",
    "statement",
    [],
    [],
    """
bg: Боли ме тук.
cs: Bolí mě to tady.
da: Det gør ondt her.
de: Hier tut es weh.
el: Πονάω εδώ.
en: It hurts here.
es: Me duele aquí.
et: Siit valutab.
fi: Tähän sattuu.
fr: J'ai mal ici.
ga: Tá pian anseo.
hr: Boli me ovdje.
hu: Itt fáj.
it: Mi fa male qui.
lt: Skauda čia.
lv: Sāp šeit.
mt: Tweġġagħni hawn.
nl: Het doet hier pijn.
pl: Boli mnie tutaj.
pt: Dói-me aqui.
ro: Mă doare aici.
sk: Bolí ma to tu.
sl: Tukaj me boli.
sv: Det gör ont här.
ja: ここが痛いです。
zh: 这里疼。
ko: 여기가 아픕니다.
th: เจ็บตรงนี้
vi: Tôi đau ở đây.
tr: Burası ağrıyor.
ar: يؤلمني هنا.
ru: Болит здесь.
uk: Болить тут.
hi: यहाँ दर्द है।
id: Sakitnya di sini.
""",
)

P(
    "pain_is_sharp",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е остра.
cs: Bolest je ostrá.
da: Smerten er skarp.
de: Der Schmerz ist stechend.
el: Ο πόνος είναι σουβλερός.
en: The pain is sharp.
es: El dolor es punzante.
et: Valu on terav.
fi: Kipu on terävää.
fr: La douleur est vive.
ga: Is pian ghéar í.
hr: Bol je oštra.
hu: Éles a fájdalom.
it: Il dolore è pungente.
lt: Skausmas aštrus.
lv: Sāpes ir asas.
mt: L-uġigħ jniggeż.
nl: Het is een stekende pijn.
pl: Ból jest ostry.
pt: A dor é aguda.
ro: Durerea este ascuțită.
sk: Bolesť je ostrá.
sl: Bolečina je ostra.
sv: Smärtan är skarp.
ja: 鋭い痛みです。
zh: 是刺痛。
ko: 찌르는 듯한 통증입니다.
th: ปวดแบบแปลบๆ
vi: Đau nhói.
tr: Batıcı bir ağrı.
ar: الألم حاد.
ru: Боль острая.
uk: Біль гострий.
hi: दर्द तेज़ और चुभने वाला है।
id: Nyerinya tajam seperti ditusuk.
""",
)

P(
    "pain_is_dull",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е тъпа.
cs: Bolest je tupá.
da: Smerten er dump.
de: Der Schmerz ist dumpf.
el: Ο πόνος είναι αμβλύς.
en: The pain is dull.
es: El dolor es sordo.
et: Valu on tuim.
fi: Kipu on jomottavaa.
fr: La douleur est sourde.
ga: Is pian mhaol í.
hr: Bol je tupa.
hu: Tompa a fájdalom.
it: Il dolore è sordo.
lt: Skausmas bukas.
lv: Sāpes ir trulas.
mt: !gap no Maltese wording for a "dull" pain the drafter is confident of
nl: Het is een doffe pijn.
pl: Ból jest tępy.
pt: A dor é surda.
ro: Durerea este surdă.
sk: Bolesť je tupá.
sl: Bolečina je topa.
sv: Smärtan är molande.
ja: 鈍い痛みです。
zh: 是钝痛。
ko: 둔한 통증입니다.
th: ปวดตื้อๆ
vi: Đau âm ỉ.
tr: Künt bir ağrı.
ar: الألم مكتوم.
ru: Боль тупая.
uk: Біль тупий.
hi: हल्का, भारी-सा दर्द है।
id: Nyerinya tumpul.
""",
)

P(
    "pain_is_burning",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е пареща.
cs: Bolest je pálivá.
da: Smerten er brændende.
de: Der Schmerz ist brennend.
el: Ο πόνος είναι καυστικός.
en: The pain is burning.
es: El dolor es ardiente.
et: Valu on põletav.
fi: Kipu on polttavaa.
fr: La douleur brûle.
ga: Is pian dhóite í.
hr: Bol je žareća.
hu: Égő a fájdalom.
it: Il dolore è bruciante.
lt: Skausmas deginantis.
lv: Sāpes ir dedzinošas.
mt: L-uġigħ jaħraq.
nl: Het is een brandende pijn.
pl: Ból jest piekący.
pt: É uma dor que arde.
ro: Durerea este arzătoare.
sk: Bolesť je pálivá.
sl: Bolečina je pekoča.
sv: Smärtan är brännande.
ja: 焼けるような痛みです。
zh: 是烧灼痛。
ko: 타는 듯한 통증입니다.
th: ปวดแสบปวดร้อน
vi: Đau rát như bỏng.
tr: Yanıcı bir ağrı.
ar: الألم حارق.
ru: Боль жгучая.
uk: Біль пекучий.
hi: जलन वाला दर्द है।
id: Nyerinya seperti terbakar.
""",
)

P(
    "pain_is_pressing",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е притискаща.
cs: Bolest je tlaková.
da: Smerten er trykkende.
de: Der Schmerz ist drückend.
el: Ο πόνος είναι πιεστικός.
en: The pain is pressing.
es: El dolor es opresivo.
et: Valu on suruv.
fi: Kipu on puristavaa.
fr: La douleur est oppressante.
ga: Tá an phian cosúil le brú.
hr: Bol je pritiskajuća.
hu: Nyomó jellegű a fájdalom.
it: Il dolore è oppressivo.
lt: Skausmas spaudžiantis.
lv: Sāpes ir spiedošas.
mt: L-uġigħ qisu pressjoni.
nl: Het is een drukkende pijn.
pl: Ból jest uciskający.
pt: A dor é como um aperto.
ro: Durerea este apăsătoare.
sk: Bolesť je tlaková.
sl: Bolečina je tiščoča.
sv: Smärtan är tryckande.
ja: 押さえつけられるような痛みです。
zh: 是压迫性的疼痛。
ko: 짓누르는 듯한 통증입니다.
th: ปวดแบบแน่นๆ เหมือนถูกกดทับ
vi: Đau như bị đè ép.
tr: Bastırıcı bir ağrı.
ar: الألم ضاغط.
ru: Боль давящая.
uk: Біль тиснучий.
hi: दबाव जैसा दर्द है।
id: Nyerinya seperti ditekan.
""",
)

P(
    "pain_is_cramping",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е спазматична.
cs: Bolest je křečovitá.
da: Smerten er krampeagtig.
de: Der Schmerz ist krampfartig.
el: Ο πόνος είναι σαν κράμπα.
en: The pain is cramping.
es: Son dolores tipo retortijón.
et: Valu on krambitaoline.
fi: Kipu on kouristavaa.
fr: La douleur est comme une crampe.
ga: Tá an phian cosúil le crampa.
hr: Bol je grčevita.
hu: Görcsös a fájdalom.
it: È un dolore a crampi.
lt: Skausmas spazminis.
lv: Sāpes ir krampjveida.
mt: L-uġigħ qisu bugħawwieġ.
nl: Het is een krampende pijn.
pl: Ból jest skurczowy.
pt: A dor é tipo cólica.
ro: Durerea este sub formă de crampe.
sk: Bolesť je kŕčovitá.
sl: Bolečina je krčevita.
sv: Smärtan är krampartad.
ja: 差し込むような痛みです。
zh: 是绞痛。
ko: 쥐어짜는 듯한 통증입니다.
th: ปวดบิดๆ เป็นพักๆ
vi: Đau quặn từng cơn.
tr: Kramp şeklinde bir ağrı.
ar: الألم على شكل تقلصات.
ru: Боль схваткообразная.
uk: Біль переймоподібний.
hi: ऐंठन जैसा दर्द है।
id: Nyerinya melilit.
""",
)

P(
    "pain_is_throbbing",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е пулсираща.
cs: Bolest je pulzující.
da: Smerten er dunkende.
de: Der Schmerz ist pochend.
el: Ο πόνος είναι παλλόμενος.
en: The pain is throbbing.
es: El dolor es pulsátil.
et: Valu on tuikav.
fi: Kipu on sykkivää.
fr: La douleur est pulsatile.
ga: Tá an phian ag preabadh.
hr: Bol je pulsirajuća.
hu: Lüktető a fájdalom.
it: Il dolore è pulsante.
lt: Skausmas pulsuojantis.
lv: Sāpes ir pulsējošas.
mt: L-uġigħ qisu jħabbat.
nl: Het is een kloppende pijn.
pl: Ból jest pulsujący.
pt: A dor é latejante.
ro: Durerea este pulsatilă.
sk: Bolesť je pulzujúca.
sl: Bolečina je utripajoča.
sv: Smärtan är bultande.
ja: ズキズキする痛みです。
zh: 一跳一跳地疼。
ko: 욱신거리는 통증입니다.
th: ปวดตุบๆ
vi: Đau giật theo nhịp.
tr: Zonklayan bir ağrı.
ar: الألم نابض.
ru: Боль пульсирующая.
uk: Біль пульсуючий.
hi: धक-धक करता दर्द है।
id: Nyerinya berdenyut.
""",
)

P(
    "pain_spreads_to_arm",
    "patient",
    "statement",
    [],
    ["body_site.arm"],
    """
bg: Болката се разпространява към ръката ми.
cs: Bolest vystřeluje do paže.
da: Smerten stråler ud i armen.
de: Der Schmerz strahlt in den Arm aus.
el: Ο πόνος απλώνεται στο χέρι μου.
en: The pain spreads to my arm.
es: El dolor se extiende al brazo.
et: Valu kiirgub kätte.
fi: Kipu säteilee käsivarteen.
fr: La douleur irradie dans le bras.
ga: Téann an phian síos go dtí mo lámh.
hr: Bol se širi u ruku.
hu: A fájdalom kisugárzik a karomba.
it: Il dolore si irradia al braccio.
lt: Skausmas plinta į ranką.
lv: Sāpes izstaro uz roku.
mt: L-uġigħ jinfirex għal driegħi.
nl: De pijn straalt uit naar mijn arm.
pl: Ból promieniuje do ręki.
pt: A dor espalha-se para o braço.
ro: Durerea iradiază în braț.
sk: Bolesť vystreľuje do ruky.
sl: Bolečina se širi v roko.
sv: Smärtan strålar ut i armen.
ja: 痛みが腕まで広がります。
zh: 疼痛放射到胳膊。
ko: 통증이 팔까지 퍼집니다.
th: ความเจ็บปวดร้าวไปที่แขน
vi: Cơn đau lan xuống cánh tay.
tr: Ağrı koluma yayılıyor.
ar: الألم ينتشر إلى ذراعي.
ru: Боль отдаёт в руку.
uk: Біль віддає в руку.
hi: दर्द मेरी बाँह तक फैलता है।
id: Nyerinya menjalar ke lengan.
""",
)

P(
    "pain_spreads_to_back",
    "patient",
    "statement",
    [],
    ["body_site.back"],
    """
bg: Болката се разпространява към гърба ми.
cs: Bolest vystřeluje do zad.
da: Smerten stråler ud i ryggen.
de: Der Schmerz strahlt in den Rücken aus.
el: Ο πόνος απλώνεται στην πλάτη μου.
en: The pain spreads to my back.
es: El dolor se extiende a la espalda.
et: Valu kiirgub selga.
fi: Kipu säteilee selkään.
fr: La douleur irradie dans le dos.
ga: Téann an phian siar go dtí mo dhroim.
hr: Bol se širi u leđa.
hu: A fájdalom kisugárzik a hátamba.
it: Il dolore si irradia alla schiena.
lt: Skausmas plinta į nugarą.
lv: Sāpes izstaro uz muguru.
mt: L-uġigħ jinfirex għal dahri.
nl: De pijn straalt uit naar mijn rug.
pl: Ból promieniuje do pleców.
pt: A dor espalha-se para as costas.
ro: Durerea iradiază în spate.
sk: Bolesť vystreľuje do chrbta.
sl: Bolečina se širi v hrbet.
sv: Smärtan strålar ut i ryggen.
ja: 痛みが背中まで広がります。
zh: 疼痛放射到背部。
ko: 통증이 등까지 퍼집니다.
th: ความเจ็บปวดร้าวไปที่หลัง
vi: Cơn đau lan ra sau lưng.
tr: Ağrı sırtıma yayılıyor.
ar: الألم ينتشر إلى ظهري.
ru: Боль отдаёт в спину.
uk: Біль віддає в спину.
hi: दर्द मेरी पीठ तक फैलता है।
id: Nyerinya menjalar ke punggung.
""",
)

P(
    "pain_is_constant",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е постоянна.
cs: Bolest je neustálá.
da: Smerten er konstant.
de: Der Schmerz ist ständig da.
el: Ο πόνος είναι συνεχής.
en: The pain is constant.
es: El dolor es constante.
et: Valu on pidev.
fi: Kipu on jatkuvaa.
fr: La douleur est permanente.
ga: Bíonn an phian ann i gcónaí.
hr: Bol je stalna.
hu: A fájdalom állandó.
it: Il dolore è continuo.
lt: Skausmas nuolatinis.
lv: Sāpes ir pastāvīgas.
mt: L-uġigħ huwa kontinwu.
nl: De pijn is constant.
pl: Ból jest stały.
pt: A dor é constante.
ro: Durerea este continuă.
sk: Bolesť je neustála.
sl: Bolečina je stalna.
sv: Smärtan är konstant.
ja: 痛みはずっと続いています。
zh: 疼痛一直持续。
ko: 통증이 계속됩니다.
th: ปวดตลอดเวลา
vi: Cơn đau kéo dài liên tục.
tr: Ağrı sürekli.
ar: الألم مستمر.
ru: Боль постоянная.
uk: Біль постійний.
hi: दर्द लगातार बना रहता है।
id: Nyerinya terus-menerus.
""",
)

P(
    "pain_worse_breathing_in",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката се засилва, когато вдишвам.
cs: Bolest se zhoršuje, když se nadechnu.
da: Smerten bliver værre, når jeg trækker vejret ind.
de: Der Schmerz wird stärker, wenn ich einatme.
el: Ο πόνος χειροτερεύει όταν εισπνέω.
en: The pain gets worse when I breathe in.
es: El dolor empeora al inspirar.
et: Valu läheb sissehingamisel hullemaks.
fi: Kipu pahenee, kun hengitän sisään.
fr: La douleur augmente quand j'inspire.
ga: Éiríonn an phian níos measa nuair a tharraingím anáil.
hr: Bol se pojačava kad udahnem.
hu: Belégzéskor erősödik a fájdalom.
it: Il dolore peggiora quando inspiro.
lt: Įkvepiant skausmas sustiprėja.
lv: Ieelpojot sāpes pastiprinās.
mt: L-uġigħ jiggrava meta nieħu nifs.
nl: De pijn wordt erger als ik inadem.
pl: Ból nasila się przy wdechu.
pt: A dor piora quando inspiro.
ro: Durerea se accentuează când inspir.
sk: Bolesť sa zhoršuje pri nádychu.
sl: Bolečina se okrepi, ko vdihnem.
sv: Smärtan blir värre när jag andas in.
ja: 息を吸うと痛みが強くなります。
zh: 吸气时疼得更厉害。
ko: 숨을 들이쉴 때 통증이 심해집니다.
th: หายใจเข้าแล้วเจ็บมากขึ้น
vi: Hít vào thì đau hơn.
tr: Nefes alınca ağrı artıyor.
ar: يزداد الألم عند الشهيق.
ru: Боль усиливается на вдохе.
uk: Біль посилюється на вдиху.
hi: साँस अंदर लेने पर दर्द बढ़ जाता है।
id: Nyerinya bertambah saat saya menarik napas.
""",
)

P(
    "hurts_more_when_moving",
    "patient",
    "statement",
    [],
    [],
    """
bg: Боли повече, когато се движа.
cs: Když se hýbu, bolí to víc.
da: Det gør mere ondt, når jeg bevæger mig.
de: Wenn ich mich bewege, tut es mehr weh.
el: Πονάω περισσότερο όταν κινούμαι.
en: It hurts more when I move.
es: Me duele más cuando me muevo.
et: Liigutades valutab rohkem.
fi: Liikkuessa sattuu enemmän.
fr: J'ai plus mal quand je bouge.
ga: Bíonn níos mó péine orm nuair a bhogaim.
hr: Više me boli kad se pomičem.
hu: Mozgásra jobban fáj.
it: Mi fa più male quando mi muovo.
lt: Judant skauda labiau.
lv: Kustoties sāp vairāk.
mt: Tweġġagħni aktar meta niċċaqlaq.
nl: Het doet meer pijn als ik beweeg.
pl: Boli bardziej, kiedy się ruszam.
pt: Dói mais quando me mexo.
ro: Mă doare mai tare când mă mișc.
sk: Keď sa hýbem, bolí to viac.
sl: Bolj me boli, ko se premikam.
sv: Det gör mer ont när jag rör mig.
ja: 動くと痛みが強くなります。
zh: 一动就更疼。
ko: 움직이면 더 아픕니다.
th: ขยับแล้วเจ็บมากขึ้น
vi: Cử động thì đau hơn.
tr: Hareket edince daha çok ağrıyor.
ar: يزداد الألم عندما أتحرك.
ru: При движении болит сильнее.
uk: Під час руху болить сильніше.
hi: हिलने पर ज़्यादा दर्द होता है।
id: Lebih sakit kalau saya bergerak.
""",
)

P(
    "pain_worse_at_night",
    "patient",
    "statement",
    [],
    [],
    """
bg: Болката е по-силна през нощта.
cs: V noci je bolest horší.
da: Smerterne er værre om natten.
de: Nachts sind die Schmerzen schlimmer.
el: Ο πόνος είναι χειρότερος τη νύχτα.
en: The pain is worse at night.
es: El dolor empeora por la noche.
et: Öösel on valu hullem.
fi: Kipu on pahempaa öisin.
fr: La douleur est pire la nuit.
ga: Bíonn an phian níos measa san oíche.
hr: Bol je jača noću.
hu: Éjszaka erősebb a fájdalom.
it: Il dolore è peggiore di notte.
lt: Naktį skausmas stipresnis.
lv: Naktī sāpes ir stiprākas.
mt: L-uġigħ ikun agħar bil-lejl.
nl: 's Nachts is de pijn erger.
pl: W nocy ból jest silniejszy.
pt: A dor é pior à noite.
ro: Durerea este mai puternică noaptea.
sk: V noci je bolesť horšia.
sl: Ponoči je bolečina hujša.
sv: Smärtan är värre på natten.
ja: 夜になると痛みがひどくなります。
zh: 晚上疼得更厉害。
ko: 밤에 통증이 더 심합니다.
th: ตอนกลางคืนปวดมากขึ้น
vi: Ban đêm đau nhiều hơn.
tr: Ağrı geceleri daha kötü.
ar: يكون الألم أسوأ في الليل.
ru: Ночью боль сильнее.
uk: Уночі біль сильніший.
hi: रात में दर्द ज़्यादा होता है।
id: Nyerinya lebih parah pada malam hari.
""",
)

P(
    "how_strong_pain_0_10",
    "doctor",
    "question",
    ["scale_0_10"],
    [],
    """
bg: Колко силна е болката по скала от 0 до 10?
cs: Jak silná je bolest na stupnici od 0 do 10?
da: Hvor stærke er smerterne på en skala fra 0 til 10?
de: Wie stark sind die Schmerzen auf einer Skala von 0 bis 10?
el: Πόσο δυνατός είναι ο πόνος σε μια κλίμακα από το 0 έως το 10;
en: How strong is the pain from 0 to 10?
es: ¿Qué intensidad tiene el dolor, del 0 al 10?
et: Kui tugev on valu skaalal 0 kuni 10?
fi: Kuinka voimakasta kipu on asteikolla 0–10?
fr: Sur une échelle de 0 à 10, quelle est l'intensité de la douleur ?
ga: Cé chomh dona is atá an phian ar scála ó 0 go 10?
hr: Koliko je jaka bol na ljestvici od 0 do 10?
hu: Mennyire erős a fájdalom egy 0-tól 10-ig terjedő skálán?
it: Quanto è forte il dolore da 0 a 10?
lt: Koks stiprus skausmas skalėje nuo 0 iki 10?
lv: Cik stipras ir sāpes skalā no 0 līdz 10?
mt: Kemm hu qawwi l-uġigħ minn 0 sa 10?
nl: Hoe erg is de pijn op een schaal van 0 tot 10?
pl: Jak silny jest ból w skali od 0 do 10?
pt: Numa escala de 0 a 10, qual é a intensidade da dor?
ro: Cât de puternică este durerea pe o scară de la 0 la 10?
sk: Aká silná je bolesť na stupnici od 0 do 10?
sl: Kako močna je bolečina na lestvici od 0 do 10?
sv: Hur ont gör det på en skala från 0 till 10?
ja: 痛みの強さは0から10でどのくらいですか？
zh: 如果用0到10来表示，您的疼痛有多严重？
ko: 0에서 10까지 중에서 통증이 어느 정도입니까?
th: ถ้าให้คะแนน 0 ถึง 10 ปวดมากแค่ไหน
vi: Nếu tính từ 0 đến 10 thì mức độ đau là bao nhiêu?
tr: 0'dan 10'a kadar ağrınız ne kadar şiddetli?
ar: ما شدة الألم على مقياس من 0 إلى 10؟
ru: Насколько сильная боль по шкале от 0 до 10?
uk: Наскільки сильний біль за шкалою від 0 до 10?
hi: 0 से 10 के पैमाने पर दर्द कितना तेज़ है?
id: Seberapa berat nyerinya dari 0 sampai 10?
""",
)

P(
    "painkiller_does_not_help",
    "patient",
    "statement",
    [],
    [],
    """
bg: Обезболяващото не помага.
cs: Lék proti bolesti nezabírá.
da: Den smertestillende medicin hjælper ikke.
de: Das Schmerzmittel hilft nicht.
el: Το παυσίπονο δεν βοηθάει.
en: The painkiller does not help.
es: El analgésico no me hace efecto.
et: Valuvaigisti ei aita.
fi: Kipulääke ei auta.
fr: L'antidouleur ne fait pas effet.
ga: Níl an pianmhúchán ag cabhrú.
hr: Lijek protiv bolova ne pomaže.
hu: A fájdalomcsillapító nem segít.
it: L'antidolorifico non fa effetto.
lt: Vaistai nuo skausmo nepadeda.
lv: Pretsāpju zāles nepalīdz.
mt: Il-mediċina kontra l-uġigħ mhix qed tgħin.
nl: De pijnstiller helpt niet.
pl: Lek przeciwbólowy nie pomaga.
pt: O analgésico não está a fazer efeito.
ro: Calmantul nu ajută.
sk: Liek proti bolesti nezaberá.
sl: Protibolečinsko zdravilo ne pomaga.
sv: Den smärtstillande medicinen hjälper inte.
ja: 痛み止めが効きません。
zh: 止痛药不管用。
ko: 진통제가 듣지 않습니다.
th: ยาแก้ปวดไม่ได้ผล
vi: Thuốc giảm đau không có tác dụng.
tr: Ağrı kesici işe yaramıyor.
ar: المسكن لا يفيد.
ru: Обезболивающее не помогает.
uk: Знеболювальне не допомагає.
hi: दर्द की दवा से आराम नहीं मिल रहा है।
id: Obat pereda nyerinya tidak membantu.
""",
)

# The 0-10 pain scale: one phrase per step.  Steps 0, 5 and 10 carry the scale words
# (lang: words for 0, 5, 10); the other steps are the numeral alone.
PAIN_SCALE_WORDS = {
    "bg": ("няма болка", "умерена болка", "най-силната възможна болка"),
    "cs": ("žádná bolest", "středně silná bolest", "nejhorší představitelná bolest"),
    "da": ("ingen smerter", "moderate smerter", "værst tænkelige smerter"),
    "de": ("keine Schmerzen", "mäßige Schmerzen", "stärkste vorstellbare Schmerzen"),
    "el": ("καθόλου πόνος", "μέτριος πόνος", "ο χειρότερος πόνος που μπορώ να φανταστώ"),
    "en": ("no pain", "moderate pain", "the worst pain imaginable"),
    "es": ("sin dolor", "dolor moderado", "el peor dolor imaginable"),
    "et": ("valu pole", "mõõdukas valu", "halvim ettekujutatav valu"),
    "fi": ("ei kipua", "kohtalainen kipu", "pahin kuviteltavissa oleva kipu"),
    "fr": ("aucune douleur", "douleur modérée", "pire douleur imaginable"),
    "ga": ("gan aon phian", "pian mheasartha", "an phian is measa is féidir a shamhlú"),
    "hr": ("bez boli", "umjerena bol", "najgora zamisliva bol"),
    "hu": ("nincs fájdalom", "közepes fájdalom", "elképzelhető legerősebb fájdalom"),
    "it": ("nessun dolore", "dolore moderato", "il peggior dolore immaginabile"),
    "lt": ("jokio skausmo", "vidutinis skausmas", "stipriausias įsivaizduojamas skausmas"),
    "lv": ("nav sāpju", "mērenas sāpes", "stiprākās iedomājamās sāpes"),
    "mt": ("l-ebda uġigħ", "uġigħ moderat", "l-agħar uġigħ immaġinabbli"),
    "nl": ("geen pijn", "matige pijn", "ergst denkbare pijn"),
    "pl": ("brak bólu", "umiarkowany ból", "najsilniejszy ból, jaki można sobie wyobrazić"),
    "pt": ("sem dor", "dor moderada", "pior dor imaginável"),
    "ro": ("fără durere", "durere moderată", "cea mai puternică durere imaginabilă"),
    "sk": ("žiadna bolesť", "stredne silná bolesť", "najhoršia predstaviteľná bolesť"),
    "sl": ("brez bolečine", "zmerna bolečina", "najhujša predstavljiva bolečina"),
    "sv": ("ingen smärta", "måttlig smärta", "värsta tänkbara smärta"),
    "ja": ("痛みなし", "中くらいの痛み", "想像できる最悪の痛み"),
    "zh": ("无痛", "中度疼痛", "能想象到的最剧烈疼痛"),
    "ko": ("통증 없음", "중간 정도의 통증", "상상할 수 있는 가장 심한 통증"),
    "th": ("ไม่ปวดเลย", "ปวดปานกลาง", "ปวดมากที่สุดเท่าที่จะนึกได้"),
    "vi": ("không đau", "đau vừa", "đau tồi tệ nhất có thể tưởng tượng"),
    "tr": ("ağrı yok", "orta şiddette ağrı", "hayal edilebilecek en kötü ağrı"),
    "ar": ("لا ألم", "ألم متوسط", "أسوأ ألم يمكن تخيله"),
    "ru": ("нет боли", "умеренная боль", "самая сильная боль, какую можно представить"),
    "uk": ("немає болю", "помірний біль", "найсильніший біль, який можна уявити"),
    "hi": ("कोई दर्द नहीं", "मध्यम दर्द", "सबसे बुरा दर्द जिसकी कल्पना की जा सके"),
    "id": ("tidak nyeri", "nyeri sedang", "nyeri terburuk yang bisa dibayangkan"),
}
assert set(PAIN_SCALE_WORDS) == set(LANGS)

for _n in range(11):
    _lines = []
    for _l in LANGS:
        _w = PAIN_SCALE_WORDS[_l]
        _words = {0: _w[0], 5: _w[1], 10: _w[2]}.get(_n)
        _lines.append(f"{_l}: {_n} – {_words}" if _words else f"{_l}: {_n}")
    P(f"pain_{_n}", "either", "answer", [], [], "\n".join(_lines))

group("emergency")

P(
    "stay_with_me",
    "patient",
    "instruction",
    [],
    [],
    """
bg: Моля, останете с мен.
cs: Zůstaňte prosím se mnou.
da: Bliv venligst hos mig.
de: Bitte bleiben Sie bei mir.
el: Παρακαλώ, μείνετε μαζί μου.
en: Please stay with me.
es: Por favor, quédese conmigo.
et: Palun jääge minu juurde.
fi: Jääkää luokseni, olkaa hyvä.
fr: Restez avec moi, s'il vous plaît.
ga: Fan liom, le do thoil.
hr: Molim vas, ostanite sa mnom.
hu: Kérem, maradjon velem.
it: Per favore, resti con me.
lt: Prašau, pabūkite su manimi.
lv: Lūdzu, palieciet ar mani.
mt: Jekk jogħġbok, ibqa' miegħi.
nl: Blijf alstublieft bij mij.
pl: Proszę zostać ze mną.
pt: Por favor, fique comigo.
ro: Vă rog, rămâneți cu mine.
sk: Zostaňte, prosím, so mnou.
sl: Prosim, ostanite z mano.
sv: Snälla, stanna hos mig.
ja: そばにいてください。
zh: 请陪着我。
ko: 제 곁에 있어 주세요.
th: กรุณาอยู่กับฉันด้วย
vi: Xin hãy ở lại với tôi.
tr: Lütfen yanımda kalın.
ar: من فضلك ابق معي.
ru: Пожалуйста, останьтесь со мной.
uk: Будь ласка, залиштеся зі мною.
hi: कृपया मेरे साथ रहिए।
id: Tolong temani saya.
""",
)

P(
    "travelling_alone",
    "patient",
    "statement",
    [],
    [],
    """
bg: Пътувам сам(а).
cs: Cestuji sám/sama.
da: Jeg rejser alene.
de: Ich reise allein.
el: Ταξιδεύω μόνος/μόνη.
en: I am travelling alone.
es: Viajo solo/a.
et: Ma reisin üksi.
fi: Matkustan yksin.
fr: Je voyage seul(e).
ga: Táim ag taisteal liom féin.
hr: Putujem sam/sama.
hu: Egyedül utazom.
it: Viaggio da solo/a.
lt: Keliauju vienas/viena.
lv: Es ceļoju viens/viena.
mt: Qed nivvjaġġa waħdi.
nl: Ik reis alleen.
pl: Podróżuję sam/sama.
pt: Estou a viajar sozinho/a.
ro: Călătoresc singur(ă).
sk: Cestujem sám/sama.
sl: Potujem sam/sama.
sv: Jag reser ensam.
ja: 一人で旅行しています。
zh: 我是一个人出来旅行的。
ko: 혼자 여행 중입니다.
th: ฉันเดินทางมาคนเดียว
vi: Tôi đi du lịch một mình.
tr: Yalnız seyahat ediyorum.
ar: أسافر وحدي.
ru: Я путешествую один/одна.
uk: Я подорожую сам/сама.
hi: मैं अकेले यात्रा कर रहा/रही हूँ।
id: Saya bepergian sendirian.
""",
)

P(
    "please_hurry",
    "patient",
    "instruction",
    [],
    [],
    """
bg: Моля, побързайте.
cs: Pospěšte si, prosím.
da: Skynd dig venligst.
de: Bitte beeilen Sie sich.
el: Παρακαλώ, βιαστείτε.
en: Please hurry.
es: Dese prisa, por favor.
et: Palun kiirustage.
fi: Olkaa hyvä ja kiirehtikää.
fr: Dépêchez-vous, s'il vous plaît.
ga: Déan deifir, le do thoil.
hr: Molim vas, požurite.
hu: Kérem, siessen.
it: Per favore, si sbrighi.
lt: Prašau, paskubėkite.
lv: Lūdzu, pasteidzieties.
mt: Jekk jogħġbok, għaġġel.
nl: Schiet alstublieft op.
pl: Proszę się pospieszyć.
pt: Despache-se, por favor.
ro: Vă rog, grăbiți-vă.
sk: Ponáhľajte sa, prosím.
sl: Prosim, pohitite.
sv: Snälla, skynda er.
ja: 急いでください。
zh: 请快一点。
ko: 서둘러 주세요.
th: กรุณารีบหน่อย
vi: Xin hãy nhanh lên.
tr: Lütfen acele edin.
ar: من فضلك أسرع.
ru: Пожалуйста, быстрее.
uk: Будь ласка, швидше.
hi: कृपया जल्दी कीजिए।
id: Tolong cepat.
""",
)

group("symptom")

P(
    "think_food_poisoning",
    "patient",
    "statement",
    [],
    [],
    """
bg: Мисля, че имам хранително отравяне.
cs: Myslím, že mám otravu jídlem.
da: Jeg tror, jeg har madforgiftning.
de: Ich glaube, ich habe eine Lebensmittelvergiftung.
el: Νομίζω ότι έπαθα τροφική δηλητηρίαση.
en: I think I have food poisoning.
es: Creo que tengo una intoxicación alimentaria.
et: Ma arvan, et mul on toidumürgitus.
fi: Luulen, että minulla on ruokamyrkytys.
fr: Je crois que j'ai une intoxication alimentaire.
ga: Sílim go bhfuil nimhiú bia orm.
hr: Mislim da imam trovanje hranom.
hu: Azt hiszem, ételmérgezésem van.
it: Credo di avere un'intossicazione alimentare.
lt: Manau, kad apsinuodijau maistu.
lv: Man šķiet, ka man ir saindēšanās ar pārtiku.
mt: Naħseb li għandi avvelenament mill-ikel.
nl: Ik denk dat ik een voedselvergiftiging heb.
pl: Chyba mam zatrucie pokarmowe.
pt: Acho que tenho uma intoxicação alimentar.
ro: Cred că am o toxiinfecție alimentară.
sk: Myslím, že mám otravu jedlom.
sl: Mislim, da imam zastrupitev s hrano.
sv: Jag tror att jag har matförgiftning.
ja: 食中毒かもしれません。
zh: 我觉得我食物中毒了。
ko: 식중독인 것 같습니다.
th: ฉันคิดว่าฉันอาหารเป็นพิษ
vi: Tôi nghĩ tôi bị ngộ độc thực phẩm.
tr: Sanırım gıda zehirlenmesi geçiriyorum.
ar: أعتقد أن لدي تسممًا غذائيًا.
ru: Кажется, у меня пищевое отравление.
uk: Здається, у мене харчове отруєння.
hi: मुझे लगता है कि मुझे फ़ूड पॉइज़निंग हो गई है।
id: Saya rasa saya keracunan makanan.
""",
)

group("number")

# Numbers as words (kind "answer"), one phrase per number, then once / twice / three times.

P(
    "number_0",
    "either",
    "answer",
    [],
    [],
    """
bg: нула
cs: nula
da: nul
de: null
el: μηδέν
en: zero
es: cero
et: null
fi: nolla
fr: zéro
ga: náid
hr: nula
hu: nulla
it: zero
lt: nulis
lv: nulle
mt: żero
nl: nul
pl: zero
pt: zero
ro: zero
sk: nula
sl: nič
sv: noll
ja: ゼロ
zh: 零
ko: 영
th: ศูนย์
vi: số không
tr: sıfır
ar: صفر
ru: ноль
uk: нуль
hi: शून्य
id: nol
""",
)

P(
    "number_1",
    "either",
    "answer",
    [],
    [],
    """
bg: едно
cs: jedna
da: en
de: eins
el: ένα
en: one
es: uno
et: üks
fi: yksi
fr: un
ga: a haon
hr: jedan
hu: egy
it: uno
lt: vienas
lv: viens
mt: wieħed
nl: één
pl: jeden
pt: um
ro: unu
sk: jeden
sl: ena
sv: ett
ja: 一
zh: 一
ko: 일
th: หนึ่ง
vi: một
tr: bir
ar: واحد
ru: один
uk: один
hi: एक
id: satu
""",
)

P(
    "number_2",
    "either",
    "answer",
    [],
    [],
    """
bg: две
cs: dva
da: to
de: zwei
el: δύο
en: two
es: dos
et: kaks
fi: kaksi
fr: deux
ga: a dó
hr: dva
hu: kettő
it: due
lt: du
lv: divi
mt: tnejn
nl: twee
pl: dwa
pt: dois
ro: doi
sk: dva
sl: dve
sv: två
ja: 二
zh: 二
ko: 이
th: สอง
vi: hai
tr: iki
ar: اثنان
ru: два
uk: два
hi: दो
id: dua
""",
)

P(
    "number_3",
    "either",
    "answer",
    [],
    [],
    """
bg: три
cs: tři
da: tre
de: drei
el: τρία
en: three
es: tres
et: kolm
fi: kolme
fr: trois
ga: a trí
hr: tri
hu: három
it: tre
lt: trys
lv: trīs
mt: tlieta
nl: drie
pl: trzy
pt: três
ro: trei
sk: tri
sl: tri
sv: tre
ja: 三
zh: 三
ko: 삼
th: สาม
vi: ba
tr: üç
ar: ثلاثة
ru: три
uk: три
hi: तीन
id: tiga
""",
)

P(
    "number_4",
    "either",
    "answer",
    [],
    [],
    """
bg: четири
cs: čtyři
da: fire
de: vier
el: τέσσερα
en: four
es: cuatro
et: neli
fi: neljä
fr: quatre
ga: a ceathair
hr: četiri
hu: négy
it: quattro
lt: keturi
lv: četri
mt: erbgħa
nl: vier
pl: cztery
pt: quatro
ro: patru
sk: štyri
sl: štiri
sv: fyra
ja: 四
zh: 四
ko: 사
th: สี่
vi: bốn
tr: dört
ar: أربعة
ru: четыре
uk: чотири
hi: चार
id: empat
""",
)

P(
    "number_5",
    "either",
    "answer",
    [],
    [],
    """
bg: пет
cs: pět
da: fem
de: fünf
el: πέντε
en: five
es: cinco
et: viis
fi: viisi
fr: cinq
ga: a cúig
hr: pet
hu: öt
it: cinque
lt: penki
lv: pieci
mt: ħamsa
nl: vijf
pl: pięć
pt: cinco
ro: cinci
sk: päť
sl: pet
sv: fem
ja: 五
zh: 五
ko: 오
th: ห้า
vi: năm
tr: beş
ar: خمسة
ru: пять
uk: п'ять
hi: पाँच
id: lima
""",
)

P(
    "number_6",
    "either",
    "answer",
    [],
    [],
    """
bg: шест
cs: šest
da: seks
de: sechs
el: έξι
en: six
es: seis
et: kuus
fi: kuusi
fr: six
ga: a sé
hr: šest
hu: hat
it: sei
lt: šeši
lv: seši
mt: sitta
nl: zes
pl: sześć
pt: seis
ro: șase
sk: šesť
sl: šest
sv: sex
ja: 六
zh: 六
ko: 육
th: หก
vi: sáu
tr: altı
ar: ستة
ru: шесть
uk: шість
hi: छह
id: enam
""",
)

P(
    "number_7",
    "either",
    "answer",
    [],
    [],
    """
bg: седем
cs: sedm
da: syv
de: sieben
el: επτά
en: seven
es: siete
et: seitse
fi: seitsemän
fr: sept
ga: a seacht
hr: sedam
hu: hét
it: sette
lt: septyni
lv: septiņi
mt: sebgħa
nl: zeven
pl: siedem
pt: sete
ro: șapte
sk: sedem
sl: sedem
sv: sju
ja: 七
zh: 七
ko: 칠
th: เจ็ด
vi: bảy
tr: yedi
ar: سبعة
ru: семь
uk: сім
hi: सात
id: tujuh
""",
)

P(
    "number_8",
    "either",
    "answer",
    [],
    [],
    """
bg: осем
cs: osm
da: otte
de: acht
el: οκτώ
en: eight
es: ocho
et: kaheksa
fi: kahdeksan
fr: huit
ga: a hocht
hr: osam
hu: nyolc
it: otto
lt: aštuoni
lv: astoņi
mt: tmienja
nl: acht
pl: osiem
pt: oito
ro: opt
sk: osem
sl: osem
sv: åtta
ja: 八
zh: 八
ko: 팔
th: แปด
vi: tám
tr: sekiz
ar: ثمانية
ru: восемь
uk: вісім
hi: आठ
id: delapan
""",
)

P(
    "number_9",
    "either",
    "answer",
    [],
    [],
    """
bg: девет
cs: devět
da: ni
de: neun
el: εννέα
en: nine
es: nueve
et: üheksa
fi: yhdeksän
fr: neuf
ga: a naoi
hr: devet
hu: kilenc
it: nove
lt: devyni
lv: deviņi
mt: disgħa
nl: negen
pl: dziewięć
pt: nove
ro: nouă
sk: deväť
sl: devet
sv: nio
ja: 九
zh: 九
ko: 구
th: เก้า
vi: chín
tr: dokuz
ar: تسعة
ru: девять
uk: дев'ять
hi: नौ
id: sembilan
""",
)

P(
    "number_10",
    "either",
    "answer",
    [],
    [],
    """
bg: десет
cs: deset
da: ti
de: zehn
el: δέκα
en: ten
es: diez
et: kümme
fi: kymmenen
fr: dix
ga: a deich
hr: deset
hu: tíz
it: dieci
lt: dešimt
lv: desmit
mt: għaxra
nl: tien
pl: dziesięć
pt: dez
ro: zece
sk: desať
sl: deset
sv: tio
ja: 十
zh: 十
ko: 십
th: สิบ
vi: mười
tr: on
ar: عشرة
ru: десять
uk: десять
hi: दस
id: sepuluh
""",
)

P(
    "number_11",
    "either",
    "answer",
    [],
    [],
    """
bg: единадесет
cs: jedenáct
da: elleve
de: elf
el: έντεκα
en: eleven
es: once
et: üksteist
fi: yksitoista
fr: onze
ga: a haon déag
hr: jedanaest
hu: tizenegy
it: undici
lt: vienuolika
lv: vienpadsmit
mt: ħdax
nl: elf
pl: jedenaście
pt: onze
ro: unsprezece
sk: jedenásť
sl: enajst
sv: elva
ja: 十一
zh: 十一
ko: 십일
th: สิบเอ็ด
vi: mười một
tr: on bir
ar: أحد عشر
ru: одиннадцать
uk: одинадцять
hi: ग्यारह
id: sebelas
""",
)

P(
    "number_12",
    "either",
    "answer",
    [],
    [],
    """
bg: дванадесет
cs: dvanáct
da: tolv
de: zwölf
el: δώδεκα
en: twelve
es: doce
et: kaksteist
fi: kaksitoista
fr: douze
ga: a dó dhéag
hr: dvanaest
hu: tizenkettő
it: dodici
lt: dvylika
lv: divpadsmit
mt: tnax
nl: twaalf
pl: dwanaście
pt: doze
ro: doisprezece
sk: dvanásť
sl: dvanajst
sv: tolv
ja: 十二
zh: 十二
ko: 십이
th: สิบสอง
vi: mười hai
tr: on iki
ar: اثنا عشر
ru: двенадцать
uk: дванадцять
hi: बारह
id: dua belas
""",
)

P(
    "number_13",
    "either",
    "answer",
    [],
    [],
    """
bg: тринадесет
cs: třináct
da: tretten
de: dreizehn
el: δεκατρία
en: thirteen
es: trece
et: kolmteist
fi: kolmetoista
fr: treize
ga: a trí déag
hr: trinaest
hu: tizenhárom
it: tredici
lt: trylika
lv: trīspadsmit
mt: tlettax
nl: dertien
pl: trzynaście
pt: treze
ro: treisprezece
sk: trinásť
sl: trinajst
sv: tretton
ja: 十三
zh: 十三
ko: 십삼
th: สิบสาม
vi: mười ba
tr: on üç
ar: ثلاثة عشر
ru: тринадцать
uk: тринадцять
hi: तेरह
id: tiga belas
""",
)

P(
    "number_14",
    "either",
    "answer",
    [],
    [],
    """
bg: четиринадесет
cs: čtrnáct
da: fjorten
de: vierzehn
el: δεκατέσσερα
en: fourteen
es: catorce
et: neliteist
fi: neljätoista
fr: quatorze
ga: a ceathair déag
hr: četrnaest
hu: tizennégy
it: quattordici
lt: keturiolika
lv: četrpadsmit
mt: erbatax
nl: veertien
pl: czternaście
pt: catorze
ro: paisprezece
sk: štrnásť
sl: štirinajst
sv: fjorton
ja: 十四
zh: 十四
ko: 십사
th: สิบสี่
vi: mười bốn
tr: on dört
ar: أربعة عشر
ru: четырнадцать
uk: чотирнадцять
hi: चौदह
id: empat belas
""",
)

P(
    "number_15",
    "either",
    "answer",
    [],
    [],
    """
bg: петнадесет
cs: patnáct
da: femten
de: fünfzehn
el: δεκαπέντε
en: fifteen
es: quince
et: viisteist
fi: viisitoista
fr: quinze
ga: a cúig déag
hr: petnaest
hu: tizenöt
it: quindici
lt: penkiolika
lv: piecpadsmit
mt: ħmistax
nl: vijftien
pl: piętnaście
pt: quinze
ro: cincisprezece
sk: pätnásť
sl: petnajst
sv: femton
ja: 十五
zh: 十五
ko: 십오
th: สิบห้า
vi: mười lăm
tr: on beş
ar: خمسة عشر
ru: пятнадцать
uk: п'ятнадцять
hi: पंद्रह
id: lima belas
""",
)

P(
    "number_16",
    "either",
    "answer",
    [],
    [],
    """
bg: шестнадесет
cs: šestnáct
da: seksten
de: sechzehn
el: δεκαέξι
en: sixteen
es: dieciséis
et: kuusteist
fi: kuusitoista
fr: seize
ga: a sé déag
hr: šesnaest
hu: tizenhat
it: sedici
lt: šešiolika
lv: sešpadsmit
mt: sittax
nl: zestien
pl: szesnaście
pt: dezasseis
ro: șaisprezece
sk: šestnásť
sl: šestnajst
sv: sexton
ja: 十六
zh: 十六
ko: 십육
th: สิบหก
vi: mười sáu
tr: on altı
ar: ستة عشر
ru: шестнадцать
uk: шістнадцять
hi: सोलह
id: enam belas
""",
)

P(
    "number_17",
    "either",
    "answer",
    [],
    [],
    """
bg: седемнадесет
cs: sedmnáct
da: sytten
de: siebzehn
el: δεκαεπτά
en: seventeen
es: diecisiete
et: seitseteist
fi: seitsemäntoista
fr: dix-sept
ga: a seacht déag
hr: sedamnaest
hu: tizenhét
it: diciassette
lt: septyniolika
lv: septiņpadsmit
mt: sbatax
nl: zeventien
pl: siedemnaście
pt: dezassete
ro: șaptesprezece
sk: sedemnásť
sl: sedemnajst
sv: sjutton
ja: 十七
zh: 十七
ko: 십칠
th: สิบเจ็ด
vi: mười bảy
tr: on yedi
ar: سبعة عشر
ru: семнадцать
uk: сімнадцять
hi: सत्रह
id: tujuh belas
""",
)

P(
    "number_18",
    "either",
    "answer",
    [],
    [],
    """
bg: осемнадесет
cs: osmnáct
da: atten
de: achtzehn
el: δεκαοκτώ
en: eighteen
es: dieciocho
et: kaheksateist
fi: kahdeksantoista
fr: dix-huit
ga: a hocht déag
hr: osamnaest
hu: tizennyolc
it: diciotto
lt: aštuoniolika
lv: astoņpadsmit
mt: tmintax
nl: achttien
pl: osiemnaście
pt: dezoito
ro: optsprezece
sk: osemnásť
sl: osemnajst
sv: arton
ja: 十八
zh: 十八
ko: 십팔
th: สิบแปด
vi: mười tám
tr: on sekiz
ar: ثمانية عشر
ru: восемнадцать
uk: вісімнадцять
hi: अठारह
id: delapan belas
""",
)

P(
    "number_19",
    "either",
    "answer",
    [],
    [],
    """
bg: деветнадесет
cs: devatenáct
da: nitten
de: neunzehn
el: δεκαεννέα
en: nineteen
es: diecinueve
et: üheksateist
fi: yhdeksäntoista
fr: dix-neuf
ga: a naoi déag
hr: devetnaest
hu: tizenkilenc
it: diciannove
lt: devyniolika
lv: deviņpadsmit
mt: dsatax
nl: negentien
pl: dziewiętnaście
pt: dezanove
ro: nouăsprezece
sk: devätnásť
sl: devetnajst
sv: nitton
ja: 十九
zh: 十九
ko: 십구
th: สิบเก้า
vi: mười chín
tr: on dokuz
ar: تسعة عشر
ru: девятнадцать
uk: дев'ятнадцять
hi: उन्नीस
id: sembilan belas
""",
)

P(
    "number_20",
    "either",
    "answer",
    [],
    [],
    """
bg: двадесет
cs: dvacet
da: tyve
de: zwanzig
el: είκοσι
en: twenty
es: veinte
et: kakskümmend
fi: kaksikymmentä
fr: vingt
ga: fiche
hr: dvadeset
hu: húsz
it: venti
lt: dvidešimt
lv: divdesmit
mt: għoxrin
nl: twintig
pl: dwadzieścia
pt: vinte
ro: douăzeci
sk: dvadsať
sl: dvajset
sv: tjugo
ja: 二十
zh: 二十
ko: 이십
th: ยี่สิบ
vi: hai mươi
tr: yirmi
ar: عشرون
ru: двадцать
uk: двадцять
hi: बीस
id: dua puluh
""",
)

P(
    "number_30",
    "either",
    "answer",
    [],
    [],
    """
bg: тридесет
cs: třicet
da: tredive
de: dreißig
el: τριάντα
en: thirty
es: treinta
et: kolmkümmend
fi: kolmekymmentä
fr: trente
ga: tríocha
hr: trideset
hu: harminc
it: trenta
lt: trisdešimt
lv: trīsdesmit
mt: tletin
nl: dertig
pl: trzydzieści
pt: trinta
ro: treizeci
sk: tridsať
sl: trideset
sv: trettio
ja: 三十
zh: 三十
ko: 삼십
th: สามสิบ
vi: ba mươi
tr: otuz
ar: ثلاثون
ru: тридцать
uk: тридцять
hi: तीस
id: tiga puluh
""",
)

P(
    "number_40",
    "either",
    "answer",
    [],
    [],
    """
bg: четиридесет
cs: čtyřicet
da: fyrre
de: vierzig
el: σαράντα
en: forty
es: cuarenta
et: nelikümmend
fi: neljäkymmentä
fr: quarante
ga: daichead
hr: četrdeset
hu: negyven
it: quaranta
lt: keturiasdešimt
lv: četrdesmit
mt: erbgħin
nl: veertig
pl: czterdzieści
pt: quarenta
ro: patruzeci
sk: štyridsať
sl: štirideset
sv: fyrtio
ja: 四十
zh: 四十
ko: 사십
th: สี่สิบ
vi: bốn mươi
tr: kırk
ar: أربعون
ru: сорок
uk: сорок
hi: चालीस
id: empat puluh
""",
)

P(
    "number_50",
    "either",
    "answer",
    [],
    [],
    """
bg: петдесет
cs: padesát
da: halvtreds
de: fünfzig
el: πενήντα
en: fifty
es: cincuenta
et: viiskümmend
fi: viisikymmentä
fr: cinquante
ga: caoga
hr: pedeset
hu: ötven
it: cinquanta
lt: penkiasdešimt
lv: piecdesmit
mt: ħamsin
nl: vijftig
pl: pięćdziesiąt
pt: cinquenta
ro: cincizeci
sk: päťdesiat
sl: petdeset
sv: femtio
ja: 五十
zh: 五十
ko: 오십
th: ห้าสิบ
vi: năm mươi
tr: elli
ar: خمسون
ru: пятьдесят
uk: п'ятдесят
hi: पचास
id: lima puluh
""",
)

P(
    "number_100",
    "either",
    "answer",
    [],
    [],
    """
bg: сто
cs: sto
da: hundrede
de: hundert
el: εκατό
en: one hundred
es: cien
et: sada
fi: sata
fr: cent
ga: céad
hr: sto
hu: száz
it: cento
lt: šimtas
lv: simts
mt: mija
nl: honderd
pl: sto
pt: cem
ro: o sută
sk: sto
sl: sto
sv: hundra
ja: 百
zh: 一百
ko: 백
th: หนึ่งร้อย
vi: một trăm
tr: yüz
ar: مئة
ru: сто
uk: сто
hi: सौ
id: seratus
""",
)

P(
    "once",
    "either",
    "answer",
    [],
    [],
    """
bg: веднъж
cs: jednou
da: én gang
de: einmal
el: μία φορά
en: once
es: una vez
et: üks kord
fi: kerran
fr: une fois
ga: uair amháin
hr: jednom
hu: egyszer
it: una volta
lt: vieną kartą
lv: vienreiz
mt: darba
nl: één keer
pl: raz
pt: uma vez
ro: o dată
sk: raz
sl: enkrat
sv: en gång
ja: 一回
zh: 一次
ko: 한 번
th: หนึ่งครั้ง
vi: một lần
tr: bir kez
ar: مرة واحدة
ru: один раз
uk: один раз
hi: एक बार
id: sekali
""",
)

P(
    "twice",
    "either",
    "answer",
    [],
    [],
    """
bg: два пъти
cs: dvakrát
da: to gange
de: zweimal
el: δύο φορές
en: twice
es: dos veces
et: kaks korda
fi: kaksi kertaa
fr: deux fois
ga: dhá uair
hr: dvaput
hu: kétszer
it: due volte
lt: du kartus
lv: divreiz
mt: darbtejn
nl: twee keer
pl: dwa razy
pt: duas vezes
ro: de două ori
sk: dvakrát
sl: dvakrat
sv: två gånger
ja: 二回
zh: 两次
ko: 두 번
th: สองครั้ง
vi: hai lần
tr: iki kez
ar: مرتان
ru: два раза
uk: двічі
hi: दो बार
id: dua kali
""",
)

P(
    "three_times",
    "either",
    "answer",
    [],
    [],
    """
bg: три пъти
cs: třikrát
da: tre gange
de: dreimal
el: τρεις φορές
en: three times
es: tres veces
et: kolm korda
fi: kolme kertaa
fr: trois fois
ga: trí huaire
hr: triput
hu: háromszor
it: tre volte
lt: tris kartus
lv: trīsreiz
mt: tliet darbiet
nl: drie keer
pl: trzy razy
pt: três vezes
ro: de trei ori
sk: trikrát
sl: trikrat
sv: tre gånger
ja: 三回
zh: 三次
ko: 세 번
th: สามครั้ง
vi: ba lần
tr: üç kez
ar: ثلاث مرات
ru: три раза
uk: тричі
hi: तीन बार
id: tiga kali
""",
)

group("time")

# Times and durations as short answers (kind "answer"), one phrase per entry.
# ("sometimes" is written by the other half, phrase.sometimes in the answer group.)

P(
    "today",
    "either",
    "answer",
    [],
    [],
    """
bg: днес
cs: dnes
da: i dag
de: heute
el: σήμερα
en: today
es: hoy
et: täna
fi: tänään
fr: aujourd'hui
ga: inniu
hr: danas
hu: ma
it: oggi
lt: šiandien
lv: šodien
mt: illum
nl: vandaag
pl: dzisiaj
pt: hoje
ro: azi
sk: dnes
sl: danes
sv: i dag
ja: 今日
zh: 今天
ko: 오늘
th: วันนี้
vi: hôm nay
tr: bugün
ar: اليوم
ru: сегодня
uk: сьогодні
hi: आज
id: hari ini
""",
)

P(
    "yesterday",
    "either",
    "answer",
    [],
    [],
    """
bg: вчера
cs: včera
da: i går
de: gestern
el: χθες
en: yesterday
es: ayer
et: eile
fi: eilen
fr: hier
ga: inné
hr: jučer
hu: tegnap
it: ieri
lt: vakar
lv: vakar
mt: ilbieraħ
nl: gisteren
pl: wczoraj
pt: ontem
ro: ieri
sk: včera
sl: včeraj
sv: i går
ja: 昨日
zh: 昨天
ko: 어제
th: เมื่อวาน
vi: hôm qua
tr: dün
ar: أمس
ru: вчера
uk: учора
hi: कल (बीता हुआ दिन)
id: kemarin
""",
)

P(
    "day_before_yesterday",
    "either",
    "answer",
    [],
    [],
    """
bg: онзи ден
cs: předevčírem
da: i forgårs
de: vorgestern
el: προχθές
en: the day before yesterday
es: anteayer
et: üleeile
fi: toissapäivänä
fr: avant-hier
ga: arú inné
hr: prekjučer
hu: tegnapelőtt
it: l'altro ieri
lt: užvakar
lv: aizvakar
mt: l-ewwel ilbieraħ
nl: eergisteren
pl: przedwczoraj
pt: anteontem
ro: alaltăieri
sk: predvčerom
sl: predvčerajšnjim
sv: i förrgår
ja: おととい
zh: 前天
ko: 그저께
th: เมื่อวานซืน
vi: hôm kia
tr: evvelsi gün
ar: أول أمس
ru: позавчера
uk: позавчора
hi: परसों (दो दिन पहले)
id: kemarin lusa
""",
)

P(
    "this_morning",
    "either",
    "answer",
    [],
    [],
    """
bg: тази сутрин
cs: dnes ráno
da: i morges
de: heute Morgen
el: σήμερα το πρωί
en: this morning
es: esta mañana
et: täna hommikul
fi: tänä aamuna
fr: ce matin
ga: ar maidin inniu
hr: jutros
hu: ma reggel
it: stamattina
lt: šį rytą
lv: šorīt
mt: dalgħodu
nl: vanochtend
pl: dziś rano
pt: esta manhã
ro: azi-dimineață
sk: dnes ráno
sl: danes zjutraj
sv: i morse
ja: 今朝
zh: 今天早上
ko: 오늘 아침
th: เมื่อเช้านี้
vi: sáng nay
tr: bu sabah
ar: هذا الصباح
ru: сегодня утром
uk: сьогодні вранці
hi: आज सुबह
id: tadi pagi
""",
)

P(
    "last_night",
    "either",
    "answer",
    [],
    [],
    """
bg: снощи
cs: včera v noci
da: i nat
de: letzte Nacht
el: χθες τη νύχτα
en: last night
es: anoche
et: eile öösel
fi: viime yönä
fr: la nuit dernière
ga: aréir
hr: sinoć
hu: tegnap éjjel
it: ieri notte
lt: praėjusią naktį
lv: pagājušajā naktī
mt: ilbieraħ bil-lejl
nl: vannacht
pl: zeszłej nocy
pt: ontem à noite
ro: azi-noapte
sk: včera v noci
sl: sinoči
sv: i natt
ja: 昨夜
zh: 昨天晚上
ko: 어젯밤
th: เมื่อคืน
vi: đêm qua
tr: dün gece
ar: الليلة الماضية
ru: прошлой ночью
uk: минулої ночі
hi: कल रात
id: tadi malam
""",
)

P(
    "an_hour_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди час
cs: před hodinou
da: for en time siden
de: vor einer Stunde
el: πριν από μία ώρα
en: an hour ago
es: hace una hora
et: tund aega tagasi
fi: tunti sitten
fr: il y a une heure
ga: uair an chloig ó shin
hr: prije sat vremena
hu: egy órája
it: un'ora fa
lt: prieš valandą
lv: pirms stundas
mt: siegħa ilu
nl: een uur geleden
pl: godzinę temu
pt: há uma hora
ro: acum o oră
sk: pred hodinou
sl: pred eno uro
sv: för en timme sedan
ja: 1時間前
zh: 一个小时前
ko: 한 시간 전
th: หนึ่งชั่วโมงที่แล้ว
vi: một tiếng trước
tr: bir saat önce
ar: قبل ساعة
ru: час назад
uk: годину тому
hi: एक घंटे पहले
id: satu jam yang lalu
""",
)

P(
    "a_few_hours_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди няколко часа
cs: před několika hodinami
da: for et par timer siden
de: vor ein paar Stunden
el: πριν από λίγες ώρες
en: a few hours ago
es: hace unas horas
et: paar tundi tagasi
fi: muutama tunti sitten
fr: il y a quelques heures
ga: cúpla uair an chloig ó shin
hr: prije nekoliko sati
hu: néhány órája
it: qualche ora fa
lt: prieš kelias valandas
lv: pirms dažām stundām
mt: ftit sigħat ilu
nl: een paar uur geleden
pl: kilka godzin temu
pt: há algumas horas
ro: acum câteva ore
sk: pred niekoľkými hodinami
sl: pred nekaj urami
sv: för några timmar sedan
ja: 数時間前
zh: 几个小时前
ko: 몇 시간 전
th: ไม่กี่ชั่วโมงที่แล้ว
vi: vài tiếng trước
tr: birkaç saat önce
ar: قبل بضع ساعات
ru: несколько часов назад
uk: кілька годин тому
hi: कुछ घंटे पहले
id: beberapa jam yang lalu
""",
)

P(
    "a_few_minutes_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди няколко минути
cs: před několika minutami
da: for et par minutter siden
de: vor ein paar Minuten
el: πριν από λίγα λεπτά
en: a few minutes ago
es: hace unos minutos
et: paar minutit tagasi
fi: muutama minuutti sitten
fr: il y a quelques minutes
ga: cúpla nóiméad ó shin
hr: prije nekoliko minuta
hu: néhány perce
it: qualche minuto fa
lt: prieš kelias minutes
lv: pirms dažām minūtēm
mt: ftit minuti ilu
nl: een paar minuten geleden
pl: kilka minut temu
pt: há alguns minutos
ro: acum câteva minute
sk: pred niekoľkými minútami
sl: pred nekaj minutami
sv: för några minuter sedan
ja: 数分前
zh: 几分钟前
ko: 몇 분 전
th: ไม่กี่นาทีที่แล้ว
vi: vài phút trước
tr: birkaç dakika önce
ar: قبل بضع دقائق
ru: несколько минут назад
uk: кілька хвилин тому
hi: कुछ मिनट पहले
id: beberapa menit yang lalu
""",
)

P(
    "two_days_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди два дни
cs: před dvěma dny
da: for to dage siden
de: vor zwei Tagen
el: πριν από δύο μέρες
en: two days ago
es: hace dos días
et: kaks päeva tagasi
fi: kaksi päivää sitten
fr: il y a deux jours
ga: dhá lá ó shin
hr: prije dva dana
hu: két napja
it: due giorni fa
lt: prieš dvi dienas
lv: pirms divām dienām
mt: jumejn ilu
nl: twee dagen geleden
pl: dwa dni temu
pt: há dois dias
ro: acum două zile
sk: pred dvoma dňami
sl: pred dvema dnevoma
sv: för två dagar sedan
ja: 2日前
zh: 两天前
ko: 이틀 전
th: สองวันที่แล้ว
vi: hai ngày trước
tr: iki gün önce
ar: قبل يومين
ru: два дня назад
uk: два дні тому
hi: दो दिन पहले
id: dua hari yang lalu
""",
)

P(
    "three_days_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди три дни
cs: před třemi dny
da: for tre dage siden
de: vor drei Tagen
el: πριν από τρεις μέρες
en: three days ago
es: hace tres días
et: kolm päeva tagasi
fi: kolme päivää sitten
fr: il y a trois jours
ga: trí lá ó shin
hr: prije tri dana
hu: három napja
it: tre giorni fa
lt: prieš tris dienas
lv: pirms trim dienām
mt: tlett ijiem ilu
nl: drie dagen geleden
pl: trzy dni temu
pt: há três dias
ro: acum trei zile
sk: pred tromi dňami
sl: pred tremi dnevi
sv: för tre dagar sedan
ja: 3日前
zh: 三天前
ko: 사흘 전
th: สามวันที่แล้ว
vi: ba ngày trước
tr: üç gün önce
ar: قبل ثلاثة أيام
ru: три дня назад
uk: три дні тому
hi: तीन दिन पहले
id: tiga hari yang lalu
""",
)

P(
    "a_week_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди седмица
cs: před týdnem
da: for en uge siden
de: vor einer Woche
el: πριν από μία εβδομάδα
en: a week ago
es: hace una semana
et: nädal tagasi
fi: viikko sitten
fr: il y a une semaine
ga: seachtain ó shin
hr: prije tjedan dana
hu: egy hete
it: una settimana fa
lt: prieš savaitę
lv: pirms nedēļas
mt: ġimgħa ilu
nl: een week geleden
pl: tydzień temu
pt: há uma semana
ro: acum o săptămână
sk: pred týždňom
sl: pred enim tednom
sv: för en vecka sedan
ja: 1週間前
zh: 一周前
ko: 일주일 전
th: หนึ่งสัปดาห์ที่แล้ว
vi: một tuần trước
tr: bir hafta önce
ar: قبل أسبوع
ru: неделю назад
uk: тиждень тому
hi: एक हफ़्ते पहले
id: seminggu yang lalu
""",
)

P(
    "a_month_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди месец
cs: před měsícem
da: for en måned siden
de: vor einem Monat
el: πριν από έναν μήνα
en: a month ago
es: hace un mes
et: kuu aega tagasi
fi: kuukausi sitten
fr: il y a un mois
ga: mí ó shin
hr: prije mjesec dana
hu: egy hónapja
it: un mese fa
lt: prieš mėnesį
lv: pirms mēneša
mt: xahar ilu
nl: een maand geleden
pl: miesiąc temu
pt: há um mês
ro: acum o lună
sk: pred mesiacom
sl: pred enim mesecem
sv: för en månad sedan
ja: 1か月前
zh: 一个月前
ko: 한 달 전
th: หนึ่งเดือนที่แล้ว
vi: một tháng trước
tr: bir ay önce
ar: قبل شهر
ru: месяц назад
uk: місяць тому
hi: एक महीने पहले
id: sebulan yang lalu
""",
)

P(
    "a_year_ago",
    "either",
    "answer",
    [],
    [],
    """
bg: преди година
cs: před rokem
da: for et år siden
de: vor einem Jahr
el: πριν από έναν χρόνο
en: a year ago
es: hace un año
et: aasta tagasi
fi: vuosi sitten
fr: il y a un an
ga: bliain ó shin
hr: prije godinu dana
hu: egy éve
it: un anno fa
lt: prieš metus
lv: pirms gada
mt: sena ilu
nl: een jaar geleden
pl: rok temu
pt: há um ano
ro: acum un an
sk: pred rokom
sl: pred enim letom
sv: för ett år sedan
ja: 1年前
zh: 一年前
ko: 일 년 전
th: หนึ่งปีที่แล้ว
vi: một năm trước
tr: bir yıl önce
ar: قبل سنة
ru: год назад
uk: рік тому
hi: एक साल पहले
id: setahun yang lalu
""",
)

P(
    "for_a_few_days",
    "either",
    "answer",
    [],
    [],
    """
bg: от няколко дни
cs: několik dní
da: i et par dage
de: seit ein paar Tagen
el: εδώ και λίγες μέρες
en: for a few days
es: desde hace unos días
et: juba paar päeva
fi: muutaman päivän ajan
fr: depuis quelques jours
ga: le cúpla lá
hr: već nekoliko dana
hu: néhány napja
it: da qualche giorno
lt: jau kelias dienas
lv: jau dažas dienas
mt: ilu ftit jiem
nl: sinds een paar dagen
pl: od kilku dni
pt: já há alguns dias
ro: de câteva zile
sk: niekoľko dní
sl: že nekaj dni
sv: i några dagar
ja: 数日前から
zh: 已经好几天了
ko: 며칠 전부터
th: มาหลายวันแล้ว
vi: mấy ngày nay
tr: birkaç gündür
ar: منذ بضعة أيام
ru: уже несколько дней
uk: уже кілька днів
hi: कुछ दिनों से
id: sudah beberapa hari
""",
)

P(
    "for_years",
    "either",
    "answer",
    [],
    [],
    """
bg: от години
cs: už léta
da: i mange år
de: seit Jahren
el: εδώ και χρόνια
en: for years
es: desde hace años
et: juba aastaid
fi: jo vuosia
fr: depuis des années
ga: le blianta
hr: godinama
hu: évek óta
it: da anni
lt: jau daug metų
lv: jau gadiem
mt: ilu snin
nl: al jaren
pl: od lat
pt: há anos
ro: de ani de zile
sk: už roky
sl: že leta
sv: i flera år
ja: 何年も前から
zh: 好多年了
ko: 몇 년 전부터
th: มาหลายปีแล้ว
vi: nhiều năm nay
tr: yıllardır
ar: منذ سنوات
ru: уже много лет
uk: уже багато років
hi: कई सालों से
id: sudah bertahun-tahun
""",
)

P(
    "since_childhood",
    "either",
    "answer",
    [],
    [],
    """
bg: от детството
cs: od dětství
da: siden barndommen
de: seit der Kindheit
el: από παιδί
en: since childhood
es: desde la infancia
et: lapsepõlvest saadik
fi: lapsuudesta asti
fr: depuis l'enfance
ga: ó bhí mé i mo pháiste
hr: od djetinjstva
hu: gyerekkorom óta
it: dall'infanzia
lt: nuo vaikystės
lv: kopš bērnības
mt: minn ċkuniti
nl: sinds mijn jeugd
pl: od dzieciństwa
pt: desde criança
ro: din copilărie
sk: od detstva
sl: od otroštva
sv: sedan barndomen
ja: 子どもの頃から
zh: 从小就有
ko: 어릴 때부터
th: ตั้งแต่เด็ก
vi: từ nhỏ
tr: çocukluğumdan beri
ar: منذ الطفولة
ru: с детства
uk: з дитинства
hi: बचपन से
id: sejak kecil
""",
)

P(
    "every_day",
    "either",
    "answer",
    [],
    [],
    """
bg: всеки ден
cs: každý den
da: hver dag
de: jeden Tag
el: κάθε μέρα
en: every day
es: todos los días
et: iga päev
fi: joka päivä
fr: tous les jours
ga: gach lá
hr: svaki dan
hu: minden nap
it: ogni giorno
lt: kiekvieną dieną
lv: katru dienu
mt: kuljum
nl: elke dag
pl: codziennie
pt: todos os dias
ro: în fiecare zi
sk: každý deň
sl: vsak dan
sv: varje dag
ja: 毎日
zh: 每天
ko: 매일
th: ทุกวัน
vi: hằng ngày
tr: her gün
ar: كل يوم
ru: каждый день
uk: щодня
hi: हर दिन
id: setiap hari
""",
)

P(
    "in_the_morning",
    "either",
    "answer",
    [],
    [],
    """
bg: сутрин
cs: ráno
da: om morgenen
de: morgens
el: το πρωί
en: in the morning
es: por la mañana
et: hommikuti
fi: aamuisin
fr: le matin
ga: sna maidineacha
hr: ujutro
hu: reggelente
it: la mattina
lt: rytais
lv: no rīta
mt: filgħodu
nl: 's ochtends
pl: rano
pt: de manhã
ro: dimineața
sk: ráno
sl: zjutraj
sv: på morgonen
ja: 朝
zh: 早上
ko: 아침에
th: ตอนเช้า
vi: buổi sáng
tr: sabahları
ar: في الصباح
ru: по утрам
uk: вранці
hi: सुबह के समय
id: pagi hari
""",
)

P(
    "in_the_afternoon",
    "either",
    "answer",
    [],
    [],
    """
bg: следобед
cs: odpoledne
da: om eftermiddagen
de: nachmittags
el: το απόγευμα
en: in the afternoon
es: por la tarde
et: pärastlõunal
fi: iltapäivisin
fr: l'après-midi
ga: san iarnóin
hr: poslijepodne
hu: délután
it: il pomeriggio
lt: po pietų
lv: pēcpusdienā
mt: wara nofsinhar
nl: 's middags
pl: po południu
pt: à tarde
ro: după-amiaza
sk: popoludní
sl: popoldne
sv: på eftermiddagen
ja: 午後
zh: 下午
ko: 오후에
th: ตอนบ่าย
vi: buổi chiều
tr: öğleden sonra
ar: بعد الظهر
ru: после обеда
uk: після обіду
hi: दोपहर बाद
id: siang hari
""",
)

P(
    "in_the_evening",
    "either",
    "answer",
    [],
    [],
    """
bg: вечер
cs: večer
da: om aftenen
de: abends
el: το βράδυ
en: in the evening
es: por la noche
et: õhtuti
fi: iltaisin
fr: le soir
ga: sa tráthnóna
hr: navečer
hu: esténként
it: la sera
lt: vakarais
lv: vakarā
mt: filgħaxija
nl: 's avonds
pl: wieczorem
pt: à noite
ro: seara
sk: večer
sl: zvečer
sv: på kvällen
ja: 夕方
zh: 傍晚
ko: 저녁에
th: ตอนเย็น
vi: buổi tối
tr: akşamları
ar: في المساء
ru: по вечерам
uk: увечері
hi: शाम को
id: sore hari
""",
)

P(
    "at_night",
    "either",
    "answer",
    [],
    [],
    """
bg: през нощта
cs: v noci
da: om natten
de: nachts
el: τη νύχτα
en: at night
es: durante la noche
et: öösiti
fi: öisin
fr: la nuit
ga: san oíche
hr: noću
hu: éjszaka
it: di notte
lt: naktimis
lv: naktī
mt: bil-lejl
nl: 's nachts
pl: w nocy
pt: durante a noite
ro: noaptea
sk: v noci
sl: ponoči
sv: på natten
ja: 夜
zh: 夜里
ko: 밤에
th: ตอนกลางคืน
vi: ban đêm
tr: geceleri
ar: في الليل
ru: по ночам
uk: уночі
hi: रात को
id: malam hari
""",
)

P(
    "before_meals",
    "either",
    "answer",
    [],
    [],
    """
bg: преди хранене
cs: před jídlem
da: før måltiderne
de: vor dem Essen
el: πριν από το φαγητό
en: before meals
es: antes de las comidas
et: enne sööki
fi: ennen ateriaa
fr: avant les repas
ga: roimh bhéilí
hr: prije jela
hu: étkezés előtt
it: prima dei pasti
lt: prieš valgį
lv: pirms ēšanas
mt: qabel l-ikel
nl: voor het eten
pl: przed posiłkami
pt: antes das refeições
ro: înainte de masă
sk: pred jedlom
sl: pred obroki
sv: före måltiderna
ja: 食前
zh: 饭前
ko: 식전
th: ก่อนอาหาร
vi: trước bữa ăn
tr: yemeklerden önce
ar: قبل الأكل
ru: перед едой
uk: перед їжею
hi: खाने से पहले
id: sebelum makan
""",
)

P(
    "after_meals",
    "either",
    "answer",
    [],
    [],
    """
bg: след хранене
cs: po jídle
da: efter måltiderne
de: nach dem Essen
el: μετά το φαγητό
en: after meals
es: después de las comidas
et: pärast sööki
fi: aterian jälkeen
fr: après les repas
ga: tar éis béilí
hr: nakon jela
hu: étkezés után
it: dopo i pasti
lt: po valgio
lv: pēc ēšanas
mt: wara l-ikel
nl: na het eten
pl: po posiłkach
pt: depois das refeições
ro: după masă
sk: po jedle
sl: po obrokih
sv: efter måltiderna
ja: 食後
zh: 饭后
ko: 식후
th: หลังอาหาร
vi: sau bữa ăn
tr: yemeklerden sonra
ar: بعد الأكل
ru: после еды
uk: після їжі
hi: खाने के बाद
id: sesudah makan
""",
)

P(
    "now",
    "either",
    "answer",
    [],
    [],
    """
bg: сега
cs: teď
da: nu
de: jetzt
el: τώρα
en: now
es: ahora
et: praegu
fi: nyt
fr: maintenant
ga: anois
hr: sada
hu: most
it: adesso
lt: dabar
lv: tagad
mt: issa
nl: nu
pl: teraz
pt: agora
ro: acum
sk: teraz
sl: zdaj
sv: nu
ja: 今
zh: 现在
ko: 지금
th: ตอนนี้
vi: bây giờ
tr: şimdi
ar: الآن
ru: сейчас
uk: зараз
hi: अभी
id: sekarang
""",
)

P(
    "tomorrow",
    "either",
    "answer",
    [],
    [],
    """
bg: утре
cs: zítra
da: i morgen
de: morgen
el: αύριο
en: tomorrow
es: mañana
et: homme
fi: huomenna
fr: demain
ga: amárach
hr: sutra
hu: holnap
it: domani
lt: rytoj
lv: rīt
mt: għada
nl: morgen
pl: jutro
pt: amanhã
ro: mâine
sk: zajtra
sl: jutri
sv: i morgon
ja: 明日
zh: 明天
ko: 내일
th: พรุ่งนี้
vi: ngày mai
tr: yarın
ar: غدًا
ru: завтра
uk: завтра
hi: कल (आने वाला दिन)
id: besok
""",
)

# "Since when?" is written by the other half (phrase.since_when, question group).

P(
    "how_long_going_on",
    "doctor",
    "question",
    ["time"],
    [],
    """
bg: От колко време продължава това?
cs: Jak dlouho to trvá?
da: Hvor længe har det stået på?
de: Wie lange geht das schon so?
el: Πόσο καιρό το έχετε αυτό;
en: How long has this been going on?
es: ¿Cuánto tiempo lleva así?
et: Kui kaua see on kestnud?
fi: Kuinka kauan tätä on jatkunut?
fr: Depuis combien de temps cela dure-t-il ?
ga: Cá fhad atá sé seo ag dul ar aghaidh?
hr: Koliko dugo to traje?
hu: Mióta tart ez?
it: Da quanto tempo va avanti così?
lt: Kiek laiko tai tęsiasi?
lv: Cik ilgi tas jau turpinās?
mt: Kemm ilu għaddej dan?
nl: Hoe lang heeft u hier al last van?
pl: Jak długo to trwa?
pt: Há quanto tempo está assim?
ro: De cât timp durează asta?
sk: Ako dlho to trvá?
sl: Kako dolgo že to traja?
sv: Hur länge har det hållit på?
ja: どのくらい前からこの状態が続いていますか？
zh: 这种情况持续多久了？
ko: 이런 증상이 얼마나 오래 되셨습니까?
th: เป็นแบบนี้มานานแค่ไหนแล้ว
vi: Tình trạng này kéo dài bao lâu rồi?
tr: Bu ne zamandır devam ediyor?
ar: منذ متى وأنت تعاني من هذا؟
ru: Как долго это продолжается?
uk: Як довго це триває?
hi: यह कितने समय से चल रहा है?
id: Sudah berapa lama ini berlangsung?
""",
)

P(
    "when_did_it_start",
    "doctor",
    "question",
    ["time"],
    [],
    """
bg: Кога започна?
cs: Kdy to začalo?
da: Hvornår begyndte det?
de: Wann hat es angefangen?
el: Πότε ξεκίνησε;
en: When did it start?
es: ¿Cuándo empezó?
et: Millal see algas?
fi: Milloin se alkoi?
fr: Quand est-ce que ça a commencé ?
ga: Cathain a thosaigh sé?
hr: Kada je počelo?
hu: Mikor kezdődött?
it: Quando è iniziato?
lt: Kada tai prasidėjo?
lv: Kad tas sākās?
mt: Meta bdiet?
nl: Wanneer is het begonnen?
pl: Kiedy to się zaczęło?
pt: Quando é que começou?
ro: Când a început?
sk: Kedy to začalo?
sl: Kdaj se je začelo?
sv: När började det?
ja: いつから始まりましたか？
zh: 什么时候开始的？
ko: 언제 시작되었습니까?
th: เริ่มเป็นเมื่อไหร่
vi: Nó bắt đầu từ khi nào?
tr: Ne zaman başladı?
ar: متى بدأ ذلك؟
ru: Когда это началось?
uk: Коли це почалося?
hi: यह कब शुरू हुआ?
id: Kapan mulainya?
""",
)

# === END OF DATA ===

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
