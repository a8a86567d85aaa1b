"""Generate the "Talk to the doctor" phrase files, half B (issue 8):

    py_modules/wayfarer/translate/data/phrases_{history,medicine,question,answer,
                                               instruction,logistics}.json

Format: py_modules/wayfarer/translate/data/FORMAT.md.  Phrases are written here as
compact text blocks, one block per phrase with all 35 translations:

    @<snake_id> | <speaker> <kind> | <answers or -> | <concept ids or ->
    <lang> <whole sentence>
    <lang> ! <reason the language has no text>      (explicit gap)

Every sentence is a whole sentence written as such in its language (never
assembled from slots).  Doctor phrases use the polite register a doctor uses
with an older patient (de "Sie", fr "vous", es "usted", it "Lei", ru "вы" ...).
Where a first-person past form is gendered and no neutral wording is natural,
both forms are given ("Imao/imala sam ...").  All texts are drafts by us
(provenance "wayfarer-draft"; English "wayfarer"); nobody has reviewed them, so
"reviewed" is always {}.

Usage: python build_scripts/phrases/phrases_b.py [--check]   (--check: validate only)
"""

import csv
import glob
import json
import pathlib
import re
import sys
from pathlib import Path

# The 35 languages, in the vocabulary's order, from the one place that defines them.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "py_modules"))
from wayfarer.terms import LANGUAGES

# The phrase schema (speakers, kinds, answer forms) as the app reads it.
from wayfarer.translate._phrases import ANSWER_FORMS as ANSWERS
from wayfarer.translate._phrases import KINDS, SPEAKERS

LANGS = list(LANGUAGES)
GROUPS = ("history", "medicine", "question", "answer", "instruction", "logistics")
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "py_modules" / "wayfarer" / "translate" / "data"
TERMS = ROOT / "py_modules" / "wayfarer" / "terms" / "data"
TICO = pathlib.Path("/work/shared/data/tico19")
ID_RE = re.compile(r"^phrase\.[a-z0-9]+(?:_[a-z0-9]+)*$")

BLOCKS = {g: [] for g in GROUPS}  # group -> list of text blocks


def add(group: str, text: str) -> None:
    """Register a batch of phrase blocks (separated by lines starting with '@')."""
    BLOCKS[group].extend("@" + b for b in text.split("\n@") if b.strip().lstrip("@"))


# ---------------------------------------------------------------- history
add(
    "history",
    """
@have_diabetes | patient statement | - | condition.type_1_diabetes condition.type_2_diabetes
en I have diabetes.
bg Имам диабет.
cs Mám cukrovku.
da Jeg har diabetes.
de Ich habe Diabetes.
el Έχω διαβήτη.
es Tengo diabetes.
et Mul on diabeet.
fi Minulla on diabetes.
fr J'ai du diabète.
ga Tá diaibéiteas orm.
hr Imam dijabetes.
hu Cukorbeteg vagyok.
it Ho il diabete.
lt Sergu cukriniu diabetu.
lv Man ir cukura diabēts.
mt Għandi d-dijabete.
nl Ik heb diabetes.
pl Mam cukrzycę.
pt Tenho diabetes.
ro Am diabet.
sk Mám cukrovku.
sl Imam sladkorno bolezen.
sv Jag har diabetes.
ja 糖尿病があります。
zh 我有糖尿病。
ko 저는 당뇨병이 있어요.
th ฉันเป็นโรคเบาหวาน
vi Tôi bị tiểu đường.
tr Şeker hastasıyım.
ar لدي مرض السكري.
ru У меня диабет.
uk У мене діабет.
hi मुझे मधुमेह है।
id Saya menderita diabetes.
@have_high_blood_pressure | patient statement | - | condition.hypertension
en I have high blood pressure.
bg Имам високо кръвно налягане.
cs Mám vysoký krevní tlak.
da Jeg har forhøjet blodtryk.
de Ich habe Bluthochdruck.
el Έχω υψηλή αρτηριακή πίεση.
es Tengo la presión arterial alta.
et Mul on kõrge vererõhk.
fi Minulla on korkea verenpaine.
fr J'ai de l'hypertension.
ga Tá brú fola ard orm.
hr Imam visoki krvni tlak.
hu Magas a vérnyomásom.
it Ho la pressione alta.
lt Turiu aukštą kraujospūdį.
lv Man ir augsts asinsspiediens.
mt Għandi pressjoni għolja.
nl Ik heb een hoge bloeddruk.
pl Mam nadciśnienie.
pt Tenho hipertensão.
ro Am tensiune arterială mare.
sk Mám vysoký krvný tlak.
sl Imam visok krvni tlak.
sv Jag har högt blodtryck.
ja 高血圧があります。
zh 我有高血压。
ko 저는 고혈압이 있어요.
th ฉันเป็นโรคความดันโลหิตสูง
vi Tôi bị cao huyết áp.
tr Yüksek tansiyonum var.
ar لدي ارتفاع في ضغط الدم.
ru У меня высокое давление.
uk У мене високий тиск.
hi मुझे उच्च रक्तचाप है।
id Saya punya tekanan darah tinggi.
@have_heart_failure | patient statement | - | condition.heart_failure
en I have heart failure.
bg Имам сърдечна недостатъчност.
cs Mám srdeční selhání.
da Jeg har hjertesvigt.
de Ich habe eine Herzschwäche.
el Έχω καρδιακή ανεπάρκεια.
es Tengo insuficiencia cardíaca.
et Mul on südamepuudulikkus.
fi Minulla on sydämen vajaatoiminta.
fr J'ai une insuffisance cardiaque.
ga Tá cliseadh croí orm.
hr Imam zatajivanje srca.
hu Szívelégtelenségem van.
it Ho un'insufficienza cardiaca.
lt Turiu širdies nepakankamumą.
lv Man ir sirds mazspēja.
mt Għandi insuffiċjenza tal-qalb.
nl Ik heb hartfalen.
pl Mam niewydolność serca.
pt Tenho insuficiência cardíaca.
ro Am insuficiență cardiacă.
sk Mám zlyhávanie srdca.
sl Imam srčno popuščanje.
sv Jag har hjärtsvikt.
ja 心不全があります。
zh 我有心力衰竭。
ko 저는 심부전이 있어요.
th ฉันมีภาวะหัวใจล้มเหลว
vi Tôi bị suy tim.
tr Kalp yetmezliğim var.
ar لدي قصور في القلب.
ru У меня сердечная недостаточность.
uk У мене серцева недостатність.
hi मुझे हृदय विफलता है।
id Saya menderita gagal jantung.
@had_heart_attack | patient statement | - | condition.previous_myocardial_infarction
en I have had a heart attack.
bg Имам прекаран инфаркт.
cs Jsem po infarktu.
da Jeg har haft en blodprop i hjertet.
de Ich hatte einen Herzinfarkt.
el Έχω πάθει έμφραγμα.
es He tenido un infarto.
et Mul on olnud südameinfarkt.
fi Minulla on ollut sydäninfarkti.
fr J'ai fait un infarctus.
ga Bhí taom croí orm.
hr Imao/imala sam srčani udar.
hu Volt már szívinfarktusom.
it Ho avuto un infarto.
lt Man buvo infarktas.
lv Man ir bijis infarkts.
mt Kelli attakk tal-qalb.
nl Ik heb een hartinfarct gehad.
pl Jestem po zawale serca.
pt Já tive um ataque cardíaco.
ro Am avut un infarct.
sk Som po infarkte.
sl Sem po srčnem infarktu.
sv Jag har haft en hjärtinfarkt.
ja 心筋梗塞になったことがあります。
zh 我以前心脏病发作过。
ko 저는 심근경색을 앓은 적이 있어요.
th ฉันเคยมีอาการหัวใจวาย
vi Tôi đã từng bị nhồi máu cơ tim.
tr Kalp krizi geçirdim.
ar أصبت بنوبة قلبية من قبل.
ru У меня был инфаркт.
uk У мене був інфаркт.
hi मुझे दिल का दौरा पड़ चुका है।
id Saya pernah terkena serangan jantung.
@had_stroke | patient statement | - | condition.previous_stroke
en I have had a stroke.
bg Имам прекаран инсулт.
cs Jsem po mrtvici.
da Jeg har haft et slagtilfælde.
de Ich hatte einen Schlaganfall.
el Έχω πάθει εγκεφαλικό.
es He tenido un derrame cerebral.
et Mul on olnud insult.
fi Minulla on ollut aivohalvaus.
fr J'ai fait un AVC.
ga Bhí stróc orm.
hr Imao/imala sam moždani udar.
hu Volt már stroke-om.
it Ho avuto un ictus.
lt Man buvo insultas.
lv Man ir bijis insults.
mt Kelli puplesija.
nl Ik heb een beroerte gehad.
pl Jestem po udarze mózgu.
pt Já tive um AVC.
ro Am avut un accident vascular cerebral.
sk Som po mozgovej príhode.
sl Sem po možganski kapi.
sv Jag har haft en stroke.
ja 脳卒中になったことがあります。
zh 我以前中风过。
ko 저는 뇌졸중을 앓은 적이 있어요.
th ฉันเคยเป็นโรคหลอดเลือดสมอง
vi Tôi đã từng bị đột quỵ.
tr İnme geçirdim.
ar أصبت بجلطة دماغية من قبل.
ru У меня был инсульт.
uk У мене був інсульт.
hi मुझे स्ट्रोक हो चुका है।
id Saya pernah terkena stroke.
@have_copd | patient statement | - | condition.copd
en I have COPD.
bg Имам ХОББ.
cs Mám CHOPN.
da Jeg har KOL.
de Ich habe COPD.
el Έχω ΧΑΠ.
es Tengo EPOC.
et Mul on krooniline obstruktiivne kopsuhaigus.
fi Minulla on keuhkoahtaumatauti.
fr J'ai une BPCO.
ga Tá galar scamhóg bacthach ainsealach orm.
hr Imam KOPB.
hu COPD-s beteg vagyok.
it Ho la BPCO.
lt Sergu lėtine obstrukcine plaučių liga.
lv Man ir HOPS.
mt Għandi mard kroniku ostruttiv tal-pulmun.
nl Ik heb COPD.
pl Mam POChP.
pt Tenho DPOC.
ro Am BPOC.
sk Mám CHOCHP.
sl Imam KOPB.
sv Jag har KOL.
ja COPD（慢性閉塞性肺疾患）があります。
zh 我有慢性阻塞性肺病。
ko 저는 만성폐쇄성폐질환이 있어요.
th ฉันเป็นโรคปอดอุดกั้นเรื้อรัง
vi Tôi bị bệnh phổi tắc nghẽn mạn tính.
tr KOAH hastasıyım.
ar لدي مرض الانسداد الرئوي المزمن.
ru У меня ХОБЛ.
uk У мене ХОЗЛ.
hi मुझे सीओपीडी (फेफड़ों की पुरानी बीमारी) है।
id Saya menderita PPOK.
@have_asthma | patient statement | - | condition.asthma
en I have asthma.
bg Имам астма.
cs Mám astma.
da Jeg har astma.
de Ich habe Asthma.
el Έχω άσθμα.
es Tengo asma.
et Mul on astma.
fi Minulla on astma.
fr J'ai de l'asthme.
ga Tá asma orm.
hr Imam astmu.
hu Asztmás vagyok.
it Ho l'asma.
lt Sergu astma.
lv Man ir astma.
mt Għandi l-ażma.
nl Ik heb astma.
pl Mam astmę.
pt Tenho asma.
ro Am astm.
sk Mám astmu.
sl Imam astmo.
sv Jag har astma.
ja 喘息があります。
zh 我有哮喘。
ko 저는 천식이 있어요.
th ฉันเป็นโรคหอบหืด
vi Tôi bị hen suyễn.
tr Astımım var.
ar لدي ربو.
ru У меня астма.
uk У мене астма.
hi मुझे दमा है।
id Saya menderita asma.
@have_kidney_disease | patient statement | - | condition.chronic_kidney_disease
en I have kidney disease.
bg Имам бъбречно заболяване.
cs Mám onemocnění ledvin.
da Jeg har en nyresygdom.
de Ich habe eine Nierenerkrankung.
el Έχω νεφρική νόσο.
es Tengo una enfermedad renal.
et Mul on neeruhaigus.
fi Minulla on munuaissairaus.
fr J'ai une maladie rénale.
ga Tá galar duáin orm.
hr Imam bolest bubrega.
hu Vesebeteg vagyok.
it Ho una malattia renale.
lt Sergu inkstų liga.
lv Man ir nieru slimība.
mt Għandi mard tal-kliewi.
nl Ik heb een nierziekte.
pl Mam chorobę nerek.
pt Tenho uma doença renal.
ro Am o boală de rinichi.
sk Mám ochorenie obličiek.
sl Imam bolezen ledvic.
sv Jag har en njursjukdom.
ja 腎臓病があります。
zh 我有肾病。
ko 저는 신장병이 있어요.
th ฉันเป็นโรคไต
vi Tôi bị bệnh thận.
tr Böbrek hastalığım var.
ar لدي مرض في الكلى.
ru У меня заболевание почек.
uk У мене захворювання нирок.
hi मुझे गुर्दे की बीमारी है।
id Saya menderita penyakit ginjal.
@have_dementia | patient statement | - | condition.dementia
en I have dementia.
bg Имам деменция.
cs Mám demenci.
da Jeg har demens.
de Ich habe eine Demenz.
el Έχω άνοια.
es Tengo demencia.
et Mul on dementsus.
fi Minulla on muistisairaus.
fr J'ai une démence.
ga Tá néaltrú orm.
hr Imam demenciju.
hu Demenciám van.
it Ho la demenza.
lt Sergu demencija.
lv Man ir demence.
mt Għandi d-dimenzja.
nl Ik heb dementie.
pl Mam demencję.
pt Tenho demência.
ro Am demență.
sk Mám demenciu.
sl Imam demenco.
sv Jag har demens.
ja 認知症があります。
zh 我患有痴呆症。
ko 저는 치매가 있어요.
th ฉันมีภาวะสมองเสื่อม
vi Tôi bị sa sút trí tuệ.
tr Demansım var.
ar لدي خرف.
ru У меня деменция.
uk У мене деменція.
hi मुझे डिमेंशिया (मनोभ्रंश) है।
id Saya menderita demensia.
@had_operation_recently | patient statement | - | -
en I had an operation recently.
bg Наскоро ми направиха операция.
cs Jsem krátce po operaci.
da Jeg er blevet opereret for nylig.
de Ich wurde vor Kurzem operiert.
el Έκανα πρόσφατα μια επέμβαση.
es Me operaron hace poco.
et Mind opereeriti hiljuti.
fi Minut on leikattu äskettäin.
fr J'ai subi une opération récemment.
ga Bhí obráid agam le déanaí.
hr Nedavno su me operirali.
hu Nemrég műtöttek.
it Ho subito un intervento di recente.
lt Neseniai man atliko operaciją.
lv Man nesen veica operāciju.
mt Dan l-aħħar għamilt operazzjoni.
nl Ik ben onlangs geopereerd.
pl Jestem niedawno po operacji.
pt Fiz uma operação recentemente.
ro Am avut recent o operație.
sk Som nedávno po operácii.
sl Pred kratkim so me operirali.
sv Jag har nyligen opererats.
ja 最近手術を受けました。
zh 我最近做过手术。
ko 최근에 수술을 받았어요.
th ฉันเพิ่งผ่าตัดมาไม่นานนี้
vi Gần đây tôi mới được phẫu thuật.
tr Yakın zamanda ameliyat oldum.
ar أجريت عملية جراحية مؤخرًا.
ru Мне недавно сделали операцию.
uk Мені нещодавно зробили операцію.
hi हाल ही में मेरा ऑपरेशन हुआ था।
id Saya baru saja menjalani operasi.
@was_in_hospital_recently | patient statement | - | -
en I was in hospital recently.
bg Наскоро бях в болница.
cs Nedávno mě hospitalizovali.
da Jeg har for nylig været indlagt på hospitalet.
de Ich war vor Kurzem im Krankenhaus.
el Ήμουν πρόσφατα στο νοσοκομείο.
es Hace poco estuve en el hospital.
et Olin hiljuti haiglas.
fi Olin äskettäin sairaalassa.
fr J'ai récemment fait un séjour à l'hôpital.
ga Bhí mé san ospidéal le déanaí.
hr Nedavno sam bio/bila u bolnici.
hu Nemrég kórházban voltam.
it Di recente ho avuto un ricovero in ospedale.
lt Neseniai gulėjau ligoninėje.
lv Nesen gulēju slimnīcā.
mt Dan l-aħħar kont l-isptar.
nl Ik heb onlangs in het ziekenhuis gelegen.
pl Jestem niedawno po pobycie w szpitalu.
pt Estive no hospital recentemente.
ro Am stat recent în spital.
sk Nedávno ma hospitalizovali.
sl Pred kratkim so me sprejeli v bolnišnico.
sv Jag låg nyligen på sjukhus.
ja 最近入院していました。
zh 我最近住过院。
ko 최근에 입원했었어요.
th ฉันเพิ่งออกจากโรงพยาบาลมาไม่นาน
vi Gần đây tôi có nằm viện.
tr Yakın zamanda hastanede yattım.
ar كنت في المستشفى مؤخرًا.
ru Недавно меня госпитализировали.
uk Нещодавно мене госпіталізували.
hi हाल ही में मुझे अस्पताल में भर्ती किया गया था।
id Saya baru saja dirawat di rumah sakit.
@allergic_to_penicillin | patient statement | - | allergen.penicillin
en I am allergic to penicillin.
bg Имам алергия към пеницилин.
cs Mám alergii na penicilin.
da Jeg er allergisk over for penicillin.
de Ich bin allergisch gegen Penicillin.
el Έχω αλλεργία στην πενικιλίνη.
es Tengo alergia a la penicilina.
et Mul on allergia penitsilliini vastu.
fi Olen allerginen penisilliinille.
fr Je suis allergique à la pénicilline.
ga Tá ailléirge orm le peinicillin.
hr Imam alergiju na penicilin.
hu Allergiás vagyok a penicillinre.
it Ho un'allergia alla penicillina.
lt Man alergija penicilinui.
lv Man ir alerģija pret penicilīnu.
mt Għandi allerġija għall-peniċillina.
nl Ik ben allergisch voor penicilline.
pl Mam alergię na penicylinę.
pt Tenho alergia à penicilina.
ro Am alergie la penicilină.
sk Mám alergiu na penicilín.
sl Imam alergijo na penicilin.
sv Jag är allergisk mot penicillin.
ja ペニシリンアレルギーがあります。
zh 我对青霉素过敏。
ko 저는 페니실린 알레르기가 있어요.
th ฉันแพ้ยาเพนิซิลลิน
vi Tôi bị dị ứng với penicillin.
tr Penisiline alerjim var.
ar لدي حساسية من البنسلين.
ru У меня аллергия на пенициллин.
uk У мене алергія на пеніцилін.
hi मुझे पेनिसिलिन से एलर्जी है।
id Saya alergi penisilin.
@no_allergies | patient statement | - | -
en I have no allergies.
bg Нямам алергии.
cs Nemám žádné alergie.
da Jeg har ingen allergier.
de Ich habe keine Allergien.
el Δεν έχω αλλεργίες.
es No tengo alergias.
et Mul ei ole allergiaid.
fi Minulla ei ole allergioita.
fr Je n'ai pas d'allergies.
ga Níl aon ailléirge orm.
hr Nemam alergija.
hu Nincs allergiám.
it Non ho allergie.
lt Alergijų neturiu.
lv Man nav alerģiju.
mt M'għandi l-ebda allerġija.
nl Ik heb geen allergieën.
pl Nie mam alergii.
pt Não tenho alergias.
ro Nu am alergii.
sk Nemám žiadne alergie.
sl Nimam alergij.
sv Jag har inga allergier.
ja アレルギーはありません。
zh 我没有任何过敏。
ko 저는 알레르기가 없어요.
th ฉันไม่แพ้อะไรเลย
vi Tôi không bị dị ứng gì.
tr Hiçbir alerjim yok.
ar ليس لدي أي حساسية.
ru У меня нет аллергии.
uk У мене немає алергії.
hi मुझे कोई एलर्जी नहीं है।
id Saya tidak punya alergi.
@have_pacemaker | patient statement | - | device.pacemaker
en I have a pacemaker.
bg Имам пейсмейкър.
cs Mám kardiostimulátor.
da Jeg har en pacemaker.
de Ich habe einen Herzschrittmacher.
el Έχω βηματοδότη.
es Llevo marcapasos.
et Mul on südamestimulaator.
fi Minulla on sydämentahdistin.
fr J'ai un pacemaker.
ga Tá séadaire croí agam.
hr Imam ugrađen elektrostimulator srca.
hu Szívritmus-szabályzóm van.
it Ho un pacemaker.
lt Turiu širdies stimuliatorių.
lv Man ir elektrokardiostimulators.
mt Għandi pacemaker.
nl Ik heb een pacemaker.
pl Mam rozrusznik serca.
pt Tenho um pacemaker.
ro Am un stimulator cardiac.
sk Mám kardiostimulátor.
sl Imam srčni spodbujevalnik.
sv Jag har en pacemaker.
ja ペースメーカーを入れています。
zh 我装了心脏起搏器。
ko 저는 심장박동기를 달고 있어요.
th ฉันใส่เครื่องกระตุ้นหัวใจ
vi Tôi có đặt máy tạo nhịp tim.
tr Kalp pilim var.
ar لدي جهاز تنظيم ضربات القلب.
ru У меня кардиостимулятор.
uk У мене кардіостимулятор.
hi मेरे पेसमेकर लगा है।
id Saya memakai alat pacu jantung.
@have_artificial_hip | patient statement | - | device.hip_replacement
en I have an artificial hip.
bg Имам изкуствена тазобедрена става.
cs Mám umělý kyčelní kloub.
da Jeg har en kunstig hofte.
de Ich habe ein künstliches Hüftgelenk.
el Έχω τεχνητό ισχίο.
es Tengo una prótesis de cadera.
et Mul on kunstlik puusaliiges.
fi Minulla on lonkan tekonivel.
fr J'ai une prothèse de hanche.
ga Tá cromán saorga agam.
hr Imam umjetni kuk.
hu Csípőprotézisem van.
it Ho una protesi all'anca.
lt Turiu dirbtinį klubo sąnarį.
lv Man ir mākslīgā gūžas locītava.
mt Għandi ġenbejn artifiċjali.
nl Ik heb een kunstheup.
pl Mam sztuczny staw biodrowy.
pt Tenho uma prótese da anca.
ro Am o proteză de șold.
sk Mám umelý bedrový kĺb.
sl Imam umetni kolk.
sv Jag har en höftprotes.
ja 人工股関節が入っています。
zh 我装了人工髋关节。
ko 저는 인공 고관절이 있어요.
th ฉันมีข้อสะโพกเทียม
vi Tôi có khớp háng nhân tạo.
tr Kalça protezim var.
ar لدي مفصل ورك صناعي.
ru У меня искусственный тазобедренный сустав.
uk У мене штучний кульшовий суглоб.
hi मेरे कूल्हे का जोड़ कृत्रिम है।
id Saya memiliki sendi panggul buatan.
""",
)

add(
    "history",
    """
@smoke | patient statement | - | -
en I smoke.
bg Пуша.
cs Kouřím.
da Jeg ryger.
de Ich rauche.
el Καπνίζω.
es Fumo.
et Ma suitsetan.
fi Tupakoin.
fr Je fume.
ga Caithim tobac.
hr Pušim.
hu Dohányzom.
it Fumo.
lt Rūkau.
lv Es smēķēju.
mt Inpejjep.
nl Ik rook.
pl Palę papierosy.
pt Fumo.
ro Fumez.
sk Fajčím.
sl Kadim.
sv Jag röker.
ja たばこを吸います。
zh 我抽烟。
ko 저는 담배를 피워요.
th ฉันสูบบุหรี่
vi Tôi hút thuốc lá.
tr Sigara içiyorum.
ar أنا أدخن.
ru Я курю.
uk Я курю.
hi मुझे धूम्रपान की आदत है।
id Saya merokok.
@do_not_smoke | patient statement | - | -
en I do not smoke.
bg Не пуша.
cs Nekouřím.
da Jeg ryger ikke.
de Ich rauche nicht.
el Δεν καπνίζω.
es No fumo.
et Ma ei suitseta.
fi En tupakoi.
fr Je ne fume pas.
ga Ní chaithim tobac.
hr Ne pušim.
hu Nem dohányzom.
it Non fumo.
lt Nerūkau.
lv Es nesmēķēju.
mt Ma npejjipx.
nl Ik rook niet.
pl Nie palę.
pt Não fumo.
ro Nu fumez.
sk Nefajčím.
sl Ne kadim.
sv Jag röker inte.
ja たばこは吸いません。
zh 我不抽烟。
ko 저는 담배를 피우지 않아요.
th ฉันไม่สูบบุหรี่
vi Tôi không hút thuốc lá.
tr Sigara içmiyorum.
ar أنا لا أدخن.
ru Я не курю.
uk Я не курю.
hi मुझे धूम्रपान की आदत नहीं है।
id Saya tidak merokok.
@do_not_drink_alcohol | patient statement | - | -
en I do not drink alcohol.
bg Не пия алкохол.
cs Nepiju alkohol.
da Jeg drikker ikke alkohol.
de Ich trinke keinen Alkohol.
el Δεν πίνω αλκοόλ.
es No bebo alcohol.
et Ma ei joo alkoholi.
fi En juo alkoholia.
fr Je ne bois pas d'alcool.
ga Ní ólaim alcól.
hr Ne pijem alkohol.
hu Nem iszom alkoholt.
it Non bevo alcolici.
lt Negeriu alkoholio.
lv Es nelietoju alkoholu.
mt Ma nixrobx alkoħol.
nl Ik drink geen alcohol.
pl Nie piję alkoholu.
pt Não bebo álcool.
ro Nu beau alcool.
sk Nepijem alkohol.
sl Ne pijem alkohola.
sv Jag dricker inte alkohol.
ja お酒は飲みません。
zh 我不喝酒。
ko 저는 술을 마시지 않아요.
th ฉันไม่ดื่มเหล้า
vi Tôi không uống rượu bia.
tr Alkol kullanmıyorum.
ar لا أشرب الكحول.
ru Я не пью алкоголь.
uk Я не п'ю алкоголь.
hi मैं शराब नहीं पीता/पीती।
id Saya tidak minum alkohol.
@drink_alcohol_every_day | patient statement | - | -
en I drink alcohol every day.
bg Пия алкохол всеки ден.
cs Piju alkohol každý den.
da Jeg drikker alkohol hver dag.
de Ich trinke jeden Tag Alkohol.
el Πίνω αλκοόλ κάθε μέρα.
es Bebo alcohol todos los días.
et Joon iga päev alkoholi.
fi Juon alkoholia joka päivä.
fr Je bois de l'alcool tous les jours.
ga Ólaim alcól gach lá.
hr Pijem alkohol svaki dan.
hu Minden nap iszom alkoholt.
it Bevo alcolici tutti i giorni.
lt Alkoholį geriu kasdien.
lv Es lietoju alkoholu katru dienu.
mt Nixrob l-alkoħol kuljum.
nl Ik drink elke dag alcohol.
pl Piję alkohol codziennie.
pt Bebo álcool todos os dias.
ro Beau alcool în fiecare zi.
sk Pijem alkohol každý deň.
sl Alkohol pijem vsak dan.
sv Jag dricker alkohol varje dag.
ja 毎日お酒を飲みます。
zh 我每天都喝酒。
ko 저는 매일 술을 마셔요.
th ฉันดื่มเหล้าทุกวัน
vi Tôi uống rượu bia hằng ngày.
tr Her gün alkol alıyorum.
ar أشرب الكحول كل يوم.
ru Я пью алкоголь каждый день.
uk Я п'ю алкоголь щодня.
hi मैं रोज़ शराब पीता/पीती हूँ।
id Saya minum alkohol setiap hari.
@have_epilepsy | patient statement | - | condition.epilepsy
en I have epilepsy.
bg Имам епилепсия.
cs Mám epilepsii.
da Jeg har epilepsi.
de Ich habe Epilepsie.
el Έχω επιληψία.
es Tengo epilepsia.
et Mul on epilepsia.
fi Minulla on epilepsia.
fr Je suis épileptique.
ga Tá titimeas orm.
hr Imam epilepsiju.
hu Epilepsziás vagyok.
it Soffro di epilessia.
lt Sergu epilepsija.
lv Man ir epilepsija.
mt Għandi l-epilessija.
nl Ik heb epilepsie.
pl Mam padaczkę.
pt Tenho epilepsia.
ro Am epilepsie.
sk Mám epilepsiu.
sl Imam epilepsijo.
sv Jag har epilepsi.
ja てんかんがあります。
zh 我有癫痫。
ko 저는 뇌전증이 있어요.
th ฉันเป็นโรคลมชัก
vi Tôi bị động kinh.
tr Epilepsi hastasıyım.
ar لدي صرع.
ru У меня эпилепсия.
uk У мене епілепсія.
hi मुझे मिर्गी है।
id Saya menderita epilepsi.
@have_atrial_fibrillation | patient statement | - | condition.atrial_fibrillation
en I have atrial fibrillation.
bg Имам предсърдно мъждене.
cs Mám fibrilaci síní.
da Jeg har atrieflimren.
de Ich habe Vorhofflimmern.
el Έχω κολπική μαρμαρυγή.
es Tengo fibrilación auricular.
et Mul on kodade virvendus.
fi Minulla on eteisvärinä.
fr J'ai une fibrillation auriculaire.
ga Tá fibriliú atrial orm.
hr Imam fibrilaciju atrija.
hu Pitvarfibrillációm van.
it Ho la fibrillazione atriale.
lt Man yra prieširdžių virpėjimas.
lv Man ir priekškambaru mirdzaritmija.
mt Għandi fibrillazzjoni atrijali.
nl Ik heb boezemfibrilleren.
pl Mam migotanie przedsionków.
pt Tenho fibrilhação auricular.
ro Am fibrilație atrială.
sk Mám fibriláciu predsiení.
sl Imam atrijsko fibrilacijo.
sv Jag har förmaksflimmer.
ja 心房細動があります。
zh 我有心房颤动。
ko 저는 심방세동이 있어요.
th ฉันมีภาวะหัวใจห้องบนสั่นพลิ้ว
vi Tôi bị rung nhĩ.
tr Atriyal fibrilasyonum var.
ar لدي رجفان أذيني.
ru У меня мерцательная аритмия.
uk У мене фібриляція передсердь.
hi मुझे एट्रियल फ़िब्रिलेशन (दिल की अनियमित धड़कन) है।
id Saya menderita fibrilasi atrium.
@have_parkinsons | patient statement | - | condition.parkinsons_disease
en I have Parkinson's disease.
bg Имам болест на Паркинсон.
cs Mám Parkinsonovu nemoc.
da Jeg har Parkinsons sygdom.
de Ich habe Parkinson.
el Έχω νόσο Πάρκινσον.
es Tengo la enfermedad de Parkinson.
et Mul on Parkinsoni tõbi.
fi Minulla on Parkinsonin tauti.
fr J'ai la maladie de Parkinson.
ga Tá galar Parkinson orm.
hr Imam Parkinsonovu bolest.
hu Parkinson-kórom van.
it Ho il morbo di Parkinson.
lt Sergu Parkinsono liga.
lv Man ir Parkinsona slimība.
mt Għandi l-marda ta' Parkinson.
nl Ik heb de ziekte van Parkinson.
pl Mam chorobę Parkinsona.
pt Tenho doença de Parkinson.
ro Am boala Parkinson.
sk Mám Parkinsonovu chorobu.
sl Imam Parkinsonovo bolezen.
sv Jag har Parkinsons sjukdom.
ja パーキンソン病があります。
zh 我有帕金森病。
ko 저는 파킨슨병이 있어요.
th ฉันเป็นโรคพาร์กินสัน
vi Tôi bị bệnh Parkinson.
tr Parkinson hastasıyım.
ar لدي مرض باركنسون.
ru У меня болезнь Паркинсона.
uk У мене хвороба Паркінсона.
hi मुझे पार्किंसंस रोग है।
id Saya menderita penyakit Parkinson.
@have_underactive_thyroid | patient statement | - | condition.hypothyroidism
en I have an underactive thyroid.
bg Имам намалена функция на щитовидната жлеза.
cs Mám sníženou funkci štítné žlázy.
da Jeg har for lavt stofskifte.
de Ich habe eine Schilddrüsenunterfunktion.
el Έχω υποθυρεοειδισμό.
es Tengo hipotiroidismo.
et Mul on kilpnäärme alatalitlus.
fi Minulla on kilpirauhasen vajaatoiminta.
fr J'ai une hypothyroïdie.
ga Tá hipitíoróideacht orm.
hr Imam smanjenu funkciju štitnjače.
hu Pajzsmirigy-alulműködésem van.
it Ho l'ipotiroidismo.
lt Mano skydliaukė veikia per silpnai.
lv Man ir pazemināta vairogdziedzera funkcija.
mt Għandi l-ipotirojdiżmu.
nl Mijn schildklier werkt te traag.
pl Mam niedoczynność tarczycy.
pt Tenho hipotiroidismo.
ro Am hipotiroidie.
sk Mám zníženú funkciu štítnej žľazy.
sl Imam zmanjšano delovanje ščitnice.
sv Jag har underfunktion i sköldkörteln.
ja 甲状腺機能低下症があります。
zh 我有甲状腺功能减退。
ko 저는 갑상선기능저하증이 있어요.
th ฉันมีภาวะไทรอยด์ทำงานต่ำ
vi Tôi bị suy giáp.
tr Tiroidim az çalışıyor.
ar لدي قصور في الغدة الدرقية.
ru У меня гипотиреоз.
uk У мене гіпотиреоз.
hi मुझे हाइपोथायरायडिज़्म (थायरॉइड की कमी) है।
id Saya menderita hipotiroid.
@had_blood_clot | patient statement | - | condition.previous_venous_thromboembolism
en I have had a blood clot.
bg Имам прекарана тромбоза.
cs Jsem po trombóze.
da Jeg har haft en blodprop.
de Ich hatte schon einmal eine Thrombose.
el Έχω πάθει θρόμβωση.
es He tenido una trombosis.
et Mul on olnud tromb.
fi Minulla on ollut veritulppa.
fr J'ai déjà fait une thrombose.
ga Bhí téachtán fola orm.
hr Imao/imala sam trombozu.
hu Volt már trombózisom.
it Ho avuto una trombosi.
lt Man buvo trombozė.
lv Man ir bijusi tromboze.
mt Kelli trombożi.
nl Ik heb een trombose gehad.
pl Jestem po zakrzepicy.
pt Já tive uma trombose.
ro Am avut o tromboză.
sk Som po trombóze.
sl Sem po trombozi.
sv Jag har haft en blodpropp.
ja 血栓症になったことがあります。
zh 我以前得过血栓。
ko 저는 혈전증을 앓은 적이 있어요.
th ฉันเคยมีลิ่มเลือดอุดตัน
vi Tôi đã từng bị huyết khối.
tr Daha önce tromboz geçirdim.
ar أصبت بجلطة دموية من قبل.
ru У меня был тромбоз.
uk У мене був тромбоз.
hi मुझे पहले खून का थक्का बन चुका है।
id Saya pernah mengalami penggumpalan darah.
@have_heart_stent | patient statement | - | device.coronary_stent
en I have a stent in my heart.
bg Имам стент в сърцето.
cs Mám stent v srdci.
da Jeg har en stent i hjertet.
de Ich habe einen Stent am Herzen.
el Έχω στεντ στην καρδιά.
es Llevo un stent en el corazón.
et Mul on südames stent.
fi Minulla on stentti sepelvaltimossa.
fr J'ai un stent au cœur.
ga Tá stent i mo chroí.
hr Imam stent u srcu.
hu Sztent van a szívemben.
it Ho uno stent al cuore.
lt Turiu širdies stentą.
lv Man sirdī ir stents.
mt Għandi stent f'qalbi.
nl Ik heb een stent in mijn hart.
pl Mam stent w sercu.
pt Tenho um stent no coração.
ro Am un stent la inimă.
sk Mám stent v srdci.
sl Imam stent v srcu.
sv Jag har en stent i hjärtat.
ja 心臓にステントが入っています。
zh 我心脏里放了支架。
ko 저는 심장에 스텐트를 넣었어요.
th ฉันใส่ขดลวดที่หัวใจ
vi Tôi có đặt stent ở tim.
tr Kalbimde stent var.
ar لدي دعامة في القلب.
ru У меня стент в сердце.
uk У мене стент у серці.
hi मेरे दिल में स्टेंट लगा है।
id Saya memakai ring jantung.
@have_artificial_heart_valve | patient statement | - | device.mechanical_heart_valve device.biological_heart_valve
en I have an artificial heart valve.
bg Имам изкуствена сърдечна клапа.
cs Mám umělou srdeční chlopeň.
da Jeg har en kunstig hjerteklap.
de Ich habe eine künstliche Herzklappe.
el Έχω τεχνητή βαλβίδα καρδιάς.
es Tengo una válvula cardíaca artificial.
et Mul on kunstlik südameklapp.
fi Minulla on tekoläppä sydämessä.
fr J'ai une valve cardiaque artificielle.
ga Tá comhla chroí shaorga agam.
hr Imam umjetni srčani zalistak.
hu Műbillentyűm van.
it Ho una valvola cardiaca artificiale.
lt Turiu dirbtinį širdies vožtuvą.
lv Man ir mākslīgais sirds vārstulis.
mt Għandi valv tal-qalb artifiċjali.
nl Ik heb een kunsthartklep.
pl Mam sztuczną zastawkę serca.
pt Tenho uma válvula cardíaca artificial.
ro Am o valvă cardiacă artificială.
sk Mám umelú srdcovú chlopňu.
sl Imam umetno srčno zaklopko.
sv Jag har en konstgjord hjärtklaff.
ja 人工心臓弁が入っています。
zh 我装了人工心脏瓣膜。
ko 저는 인공 심장판막이 있어요.
th ฉันมีลิ้นหัวใจเทียม
vi Tôi có van tim nhân tạo.
tr Yapay kalp kapakçığım var.
ar لدي صمام قلب صناعي.
ru У меня искусственный клапан сердца.
uk У мене штучний клапан серця.
hi मेरे दिल में कृत्रिम वाल्व लगा है।
id Saya memakai katup jantung buatan.
@on_dialysis | patient statement | - | condition.chronic_kidney_disease_stage_5
en I am on dialysis.
bg На диализа съм.
cs Chodím na dialýzu.
da Jeg får dialyse.
de Ich bin auf Dialyse angewiesen.
el Κάνω αιμοκάθαρση.
es Estoy en diálisis.
et Ma käin dialüüsil.
fi Olen dialyysihoidossa.
fr Je suis sous dialyse.
ga Táim ar scagdhealú.
hr Na dijalizi sam.
hu Dialízisre járok.
it Faccio la dialisi.
lt Man atliekama dializė.
lv Man veic dialīzi.
mt Nagħmel id-dijalisi.
nl Ik krijg dialyse.
pl Jestem na dializach.
pt Faço diálise.
ro Fac dializă.
sk Chodím na dialýzu.
sl Sem na dializi.
sv Jag får dialys.
ja 透析を受けています。
zh 我在做透析。
ko 저는 투석을 받고 있어요.
th ฉันฟอกไตอยู่
vi Tôi đang chạy thận.
tr Diyalize giriyorum.
ar أخضع لغسيل الكلى.
ru Я на диализе.
uk Я на діалізі.
hi मेरा डायलिसिस चलता है।
id Saya menjalani cuci darah.
@hard_of_hearing | patient statement | - | condition.hearing_loss
en I am hard of hearing.
bg Не чувам добре.
cs Špatně slyším.
da Jeg hører dårligt.
de Ich bin schwerhörig.
el Δεν ακούω καλά.
es Oigo mal.
et Ma kuulen halvasti.
fi Kuulen huonosti.
fr J'entends mal.
ga Tá m'éisteacht lag.
hr Slabo čujem.
hu Nagyothalló vagyok.
it Ci sento poco.
lt Blogai girdžiu.
lv Es slikti dzirdu.
mt Ma nisimgħax tajjeb.
nl Ik ben slechthorend.
pl Słabo słyszę.
pt Ouço mal.
ro Aud greu.
sk Zle počujem.
sl Slabo slišim.
sv Jag hör dåligt.
ja 耳が遠いです。
zh 我听力不好。
ko 저는 귀가 잘 안 들려요.
th ฉันหูไม่ค่อยดี
vi Tôi nghe kém.
tr İyi duyamıyorum.
ar سمعي ضعيف.
ru Я плохо слышу.
uk Я погано чую.
hi मुझे कम सुनाई देता है।
id Pendengaran saya kurang baik.
@have_cancer | patient statement | - | -
en I have cancer.
bg Имам рак.
cs Mám rakovinu.
da Jeg har kræft.
de Ich habe Krebs.
el Έχω καρκίνο.
es Tengo cáncer.
et Mul on vähk.
fi Minulla on syöpä.
fr J'ai un cancer.
ga Tá ailse orm.
hr Imam rak.
hu Rákos beteg vagyok.
it Ho un tumore.
lt Sergu vėžiu.
lv Man ir vēzis.
mt Għandi l-kanċer.
nl Ik heb kanker.
pl Choruję na raka.
pt Tenho cancro.
ro Am cancer.
sk Mám rakovinu.
sl Imam raka.
sv Jag har cancer.
ja がんを患っています。
zh 我患有癌症。
ko 저는 암 환자예요.
th ฉันเป็นโรคมะเร็ง
vi Tôi bị ung thư.
tr Kanser hastasıyım.
ar لدي سرطان.
ru У меня рак.
uk У мене рак.
hi मुझे कैंसर है।
id Saya menderita kanker.
""",
)

add(
    "history",
    """
@label_allergy | either label | - | -
en Allergy:
bg Алергия:
cs Alergie:
da Allergi:
de Allergie:
el Αλλεργία:
es Alergia:
et Allergia:
fi Allergia:
fr Allergie :
ga Ailléirge:
hr Alergija:
hu Allergia:
it Allergia:
lt Alergija:
lv Alerģija:
mt Allerġija:
nl Allergie:
pl Alergia:
pt Alergia:
ro Alergie:
sk Alergia:
sl Alergija:
sv Allergi:
ja アレルギー：
zh 过敏：
ko 알레르기:
th สิ่งที่แพ้:
vi Dị ứng:
tr Alerji:
ar الحساسية:
ru Аллергия:
uk Алергія:
hi एलर्जी:
id Alergi:
@label_condition | either label | - | -
en Condition:
bg Заболяване:
cs Onemocnění:
da Sygdom:
de Erkrankung:
el Πάθηση:
es Enfermedad:
et Haigus:
fi Sairaus:
fr Maladie :
ga Galar:
hr Bolest:
hu Betegség:
it Malattia:
lt Liga:
lv Slimība:
mt Marda:
nl Aandoening:
pl Choroba:
pt Doença:
ro Afecțiune:
sk Ochorenie:
sl Bolezen:
sv Sjukdom:
ja 病気：
zh 疾病：
ko 질환:
th โรคประจำตัว:
vi Bệnh:
tr Hastalık:
ar الحالة المرضية:
ru Заболевание:
uk Захворювання:
hi बीमारी:
id Penyakit:
@label_medicine | either label | - | -
en Medicine:
bg Лекарство:
cs Lék:
da Medicin:
de Medikament:
el Φάρμακο:
es Medicamento:
et Ravim:
fi Lääke:
fr Médicament :
ga Cógas:
hr Lijek:
hu Gyógyszer:
it Farmaco:
lt Vaistas:
lv Zāles:
mt Mediċina:
nl Geneesmiddel:
pl Lek:
pt Medicamento:
ro Medicament:
sk Liek:
sl Zdravilo:
sv Läkemedel:
ja 薬：
zh 药物：
ko 약:
th ยา:
vi Thuốc:
tr İlaç:
ar الدواء:
ru Лекарство:
uk Ліки:
hi दवा:
id Obat:
@label_dose | either label | - | -
en Dose:
bg Доза:
cs Dávka:
da Dosis:
de Dosis:
el Δόση:
es Dosis:
et Annus:
fi Annos:
fr Dose :
ga Dáileog:
hr Doza:
hu Adag:
it Dose:
lt Dozė:
lv Deva:
mt Doża:
nl Dosis:
pl Dawka:
pt Dose:
ro Doză:
sk Dávka:
sl Odmerek:
sv Dos:
ja 用量：
zh 剂量：
ko 용량:
th ขนาดยา:
vi Liều dùng:
tr Doz:
ar الجرعة:
ru Доза:
uk Доза:
hi खुराक:
id Dosis:
@label_implanted_device | either label | - | -
en Implanted device:
bg Имплантирано устройство:
cs Implantovaný přístroj:
da Implanteret udstyr:
de Implantat:
el Εμφυτευμένη συσκευή:
es Dispositivo implantado:
et Implanteeritud seade:
fi Implantoitu laite:
fr Dispositif implanté :
ga Gléas ionchlannaithe:
hr Ugrađeni uređaj:
hu Beültetett eszköz:
it Dispositivo impiantato:
lt Implantuotas prietaisas:
lv Implantēta ierīce:
mt Apparat impjantat:
nl Geïmplanteerd hulpmiddel:
pl Wszczepione urządzenie:
pt Dispositivo implantado:
ro Dispozitiv implantat:
sk Implantované zariadenie:
sl Vsajen pripomoček:
sv Implantat:
ja 体内に埋め込まれた医療機器：
zh 植入装置：
ko 체내 삽입 기기:
th อุปกรณ์ที่ฝังในร่างกาย:
vi Thiết bị cấy ghép:
tr Vücuttaki implant:
ar جهاز مزروع:
ru Имплантированное устройство:
uk Імплантований пристрій:
hi प्रत्यारोपित उपकरण:
id Alat yang ditanam di tubuh:
@label_blood_type | either label | - | -
en Blood type:
bg Кръвна група:
cs Krevní skupina:
da Blodtype:
de Blutgruppe:
el Ομάδα αίματος:
es Grupo sanguíneo:
et Veregrupp:
fi Veriryhmä:
fr Groupe sanguin :
ga Cineál fola:
hr Krvna grupa:
hu Vércsoport:
it Gruppo sanguigno:
lt Kraujo grupė:
lv Asinsgrupa:
mt Tip tad-demm:
nl Bloedgroep:
pl Grupa krwi:
pt Grupo sanguíneo:
ro Grupa sanguină:
sk Krvná skupina:
sl Krvna skupina:
sv Blodgrupp:
ja 血液型：
zh 血型：
ko 혈액형:
th หมู่เลือด:
vi Nhóm máu:
tr Kan grubu:
ar فصيلة الدم:
ru Группа крови:
uk Група крові:
hi रक्त समूह:
id Golongan darah:
@label_emergency_contact | either label | - | -
en Emergency contact:
bg Лице за контакт при спешност:
cs Kontakt pro případ nouze:
da Kontaktperson i nødstilfælde:
de Notfallkontakt:
el Επαφή έκτακτης ανάγκης:
es Contacto de emergencia:
et Kontaktisik hädaolukorras:
fi Yhteyshenkilö hätätilanteessa:
fr Personne à prévenir :
ga Teagmhálaí éigeandála:
hr Kontakt za hitne slučajeve:
hu Értesítendő személy:
it Contatto di emergenza:
lt Kontaktinis asmuo skubiu atveju:
lv Kontaktpersona ārkārtas gadījumā:
mt Kuntatt f'każ ta' emerġenza:
nl Contactpersoon bij nood:
pl Osoba do kontaktu w nagłych wypadkach:
pt Contacto de emergência:
ro Persoană de contact în caz de urgență:
sk Kontakt v núdzi:
sl Kontakt v sili:
sv Kontaktperson vid nödfall:
ja 緊急連絡先：
zh 紧急联系人：
ko 비상 연락처:
th ผู้ติดต่อกรณีฉุกเฉิน:
vi Người liên hệ khẩn cấp:
tr Acil durumda aranacak kişi:
ar جهة الاتصال في حالات الطوارئ:
ru Контакт на экстренный случай:
uk Контакт для екстрених випадків:
hi आपातकालीन संपर्क:
id Kontak darurat:
@label_date_of_birth | either label | - | -
en Date of birth:
bg Дата на раждане:
cs Datum narození:
da Fødselsdato:
de Geburtsdatum:
el Ημερομηνία γέννησης:
es Fecha de nacimiento:
et Sünniaeg:
fi Syntymäaika:
fr Date de naissance :
ga Dáta breithe:
hr Datum rođenja:
hu Születési dátum:
it Data di nascita:
lt Gimimo data:
lv Dzimšanas datums:
mt Data tat-twelid:
nl Geboortedatum:
pl Data urodzenia:
pt Data de nascimento:
ro Data nașterii:
sk Dátum narodenia:
sl Datum rojstva:
sv Födelsedatum:
ja 生年月日：
zh 出生日期：
ko 생년월일:
th วันเกิด:
vi Ngày sinh:
tr Doğum tarihi:
ar تاريخ الميلاد:
ru Дата рождения:
uk Дата народження:
hi जन्म तिथि:
id Tanggal lahir:
@label_weight | either label | - | -
en Weight:
bg Тегло:
cs Hmotnost:
da Vægt:
de Gewicht:
el Βάρος:
es Peso:
et Kaal:
fi Paino:
fr Poids :
ga Meáchan:
hr Tjelesna težina:
hu Testsúly:
it Peso:
lt Svoris:
lv Svars:
mt Piż:
nl Gewicht:
pl Masa ciała:
pt Peso:
ro Greutate:
sk Hmotnosť:
sl Telesna teža:
sv Vikt:
ja 体重：
zh 体重：
ko 체중:
th น้ำหนัก:
vi Cân nặng:
tr Kilo:
ar الوزن:
ru Вес:
uk Вага:
hi वज़न:
id Berat badan:
@label_height | either label | - | -
en Height:
bg Ръст:
cs Výška:
da Højde:
de Größe:
el Ύψος:
es Estatura:
et Pikkus:
fi Pituus:
fr Taille :
ga Airde:
hr Visina:
hu Testmagasság:
it Altezza:
lt Ūgis:
lv Augums:
mt Għoli:
nl Lengte:
pl Wzrost:
pt Altura:
ro Înălțime:
sk Výška:
sl Telesna višina:
sv Längd:
ja 身長：
zh 身高：
ko 키:
th ส่วนสูง:
vi Chiều cao:
tr Boy:
ar الطول:
ru Рост:
uk Зріст:
hi कद:
id Tinggi badan:
@label_name | either label | - | -
en Name:
bg Име:
cs Jméno:
da Navn:
de Name:
el Όνομα:
es Nombre:
et Nimi:
fi Nimi:
fr Nom :
ga Ainm:
hr Ime:
hu Név:
it Nome:
lt Vardas, pavardė:
lv Vārds, uzvārds:
mt Isem:
nl Naam:
pl Imię i nazwisko:
pt Nome:
ro Nume:
sk Meno:
sl Ime in priimek:
sv Namn:
ja 氏名：
zh 姓名：
ko 이름:
th ชื่อ:
vi Họ tên:
tr Adı soyadı:
ar الاسم:
ru Имя:
uk Ім'я:
hi नाम:
id Nama:
""",
)

# ---------------------------------------------------------------- medicine
add(
    "medicine",
    """
@take_blood_thinners | patient statement | - | medicine.warfarin medicine.apixaban medicine.rivaroxaban medicine.edoxaban medicine.dabigatran
en I take blood thinners.
bg Приемам лекарства за разреждане на кръвта.
cs Užívám léky na ředění krve.
da Jeg tager blodfortyndende medicin.
de Ich nehme Blutverdünner.
el Παίρνω αντιπηκτικά.
es Tomo anticoagulantes.
et Ma võtan verevedeldajaid.
fi Käytän verenohennuslääkettä.
fr Je prends des anticoagulants.
ga Glacaim tanaitheoirí fola.
hr Uzimam lijekove za razrjeđivanje krvi.
hu Véralvadítót szedek.
it Prendo anticoagulanti.
lt Vartoju kraują skystinančius vaistus.
lv Es lietoju asinis šķidrinošas zāles.
mt Nieħu mediċini biex iraqqu d-demm.
nl Ik gebruik bloedverdunners.
pl Przyjmuję leki rozrzedzające krew.
pt Tomo anticoagulantes.
ro Iau anticoagulante.
sk Užívam lieky na riedenie krvi.
sl Jemljem zdravila za redčenje krvi.
sv Jag tar blodförtunnande läkemedel.
ja 血液をサラサラにする薬（抗凝固薬）を飲んでいます。
zh 我在服用抗凝血药。
ko 저는 항응고제(피를 묽게 하는 약)를 먹고 있어요.
th ฉันกินยาละลายลิ่มเลือดอยู่
vi Tôi đang dùng thuốc chống đông máu.
tr Kan sulandırıcı ilaç kullanıyorum.
ar أتناول أدوية مسيلة للدم.
ru Я принимаю лекарства, разжижающие кровь.
uk Я приймаю ліки, що розріджують кров.
hi मेरी खून पतला करने की दवा चलती है।
id Saya minum obat pengencer darah.
@take_insulin | patient statement | - | medicine.insulin_glargine medicine.insulin_aspart medicine.insulin_lispro medicine.insulin_detemir medicine.insulin_degludec medicine.human_insulin
en I take insulin.
bg Приемам инсулин.
cs Užívám inzulin.
da Jeg tager insulin.
de Ich spritze Insulin.
el Κάνω ινσουλίνη.
es Me pongo insulina.
et Ma süstin insuliini.
fi Käytän insuliinia.
fr Je suis sous insuline.
ga Glacaim inslin.
hr Primam inzulin.
hu Inzulint használok.
it Faccio l'insulina.
lt Leidžiuosi insuliną.
lv Es lietoju insulīnu.
mt Nieħu l-insulina.
nl Ik spuit insuline.
pl Przyjmuję insulinę.
pt Faço insulina.
ro Îmi fac insulină.
sk Pichám si inzulín.
sl Prejemam inzulin.
sv Jag tar insulin.
ja インスリンを使っています。
zh 我在用胰岛素。
ko 저는 인슐린을 맞고 있어요.
th ฉันฉีดอินซูลิน
vi Tôi đang tiêm insulin.
tr İnsülin kullanıyorum.
ar أستخدم الإنسولين.
ru Я делаю уколы инсулина.
uk Я роблю уколи інсуліну.
hi मुझे इंसुलिन लगता है।
id Saya memakai insulin.
@take_heart_medicine | patient statement | - | -
en I take medicine for my heart.
bg Приемам лекарства за сърце.
cs Užívám léky na srdce.
da Jeg tager hjertemedicin.
de Ich nehme Herzmedikamente.
el Παίρνω φάρμακα για την καρδιά.
es Tomo medicación para el corazón.
et Ma võtan südameravimeid.
fi Käytän sydänlääkkeitä.
fr Je prends un traitement pour le cœur.
ga Glacaim cógas don chroí.
hr Uzimam lijekove za srce.
hu Szívgyógyszert szedek.
it Prendo farmaci per il cuore.
lt Vartoju širdies vaistus.
lv Es lietoju sirds zāles.
mt Nieħu l-mediċini għall-qalb.
nl Ik gebruik medicijnen voor mijn hart.
pl Biorę leki na serce.
pt Tomo medicamentos para o coração.
ro Iau medicamente pentru inimă.
sk Užívam lieky na srdce.
sl Jemljem zdravila za srce.
sv Jag tar hjärtmedicin.
ja 心臓の薬を飲んでいます。
zh 我在服用心脏病药物。
ko 저는 심장약을 먹고 있어요.
th ฉันกินยาโรคหัวใจ
vi Tôi đang uống thuốc tim mạch.
tr Kalp ilacı kullanıyorum.
ar أتناول أدوية للقلب.
ru Я принимаю лекарства для сердца.
uk Я приймаю ліки для серця.
hi मेरी दिल की दवा चलती है।
id Saya minum obat jantung.
@take_blood_pressure_medicine | patient statement | - | condition.hypertension
en I take medicine for my blood pressure.
bg Приемам лекарства за кръвно.
cs Užívám léky na tlak.
da Jeg tager blodtryksmedicin.
de Ich nehme Blutdruckmedikamente.
el Παίρνω φάρμακα για την πίεση.
es Tomo medicación para la tensión.
et Ma võtan vererõhuravimeid.
fi Käytän verenpainelääkkeitä.
fr Je prends un traitement pour la tension.
ga Glacaim cógas don bhrú fola.
hr Uzimam lijekove za tlak.
hu Vérnyomáscsökkentőt szedek.
it Prendo farmaci per la pressione.
lt Vartoju vaistus nuo kraujospūdžio.
lv Es lietoju asinsspiediena zāles.
mt Nieħu l-mediċini għall-pressjoni.
nl Ik gebruik medicijnen voor mijn bloeddruk.
pl Biorę leki na nadciśnienie.
pt Tomo medicamentos para a tensão arterial.
ro Iau medicamente pentru tensiune.
sk Užívam lieky na tlak.
sl Jemljem zdravila za krvni tlak.
sv Jag tar blodtrycksmedicin.
ja 血圧の薬を飲んでいます。
zh 我在吃降压药。
ko 저는 혈압약을 먹고 있어요.
th ฉันกินยาความดัน
vi Tôi đang uống thuốc huyết áp.
tr Tansiyon ilacı kullanıyorum.
ar أتناول أدوية للضغط.
ru Я принимаю лекарства от давления.
uk Я приймаю ліки від тиску.
hi मेरी ब्लड प्रेशर की दवा चलती है।
id Saya minum obat darah tinggi.
@run_out_of_medicine | patient statement | - | -
en I have run out of my medicine.
bg Лекарството ми свърши.
cs Došly mi léky.
da Min medicin er sluppet op.
de Meine Medikamente sind aufgebraucht.
el Μου τελείωσαν τα φάρμακα.
es Se me ha acabado la medicación.
et Mu ravimid on otsas.
fi Lääkkeeni ovat loppuneet.
fr Je n'ai plus de médicaments.
ga Níl aon chógas fágtha agam.
hr Ponestalo mi je lijekova.
hu Elfogyott a gyógyszerem.
it Ho finito le medicine.
lt Baigėsi mano vaistai.
lv Man ir beigušās zāles.
mt Spiċċawli l-mediċini.
nl Mijn medicijnen zijn op.
pl Skończyły mi się leki.
pt Fiquei sem medicamentos.
ro Am rămas fără medicamente.
sk Došli mi lieky.
sl Zmanjkalo mi je zdravil.
sv Min medicin har tagit slut.
ja 薬が切れてしまいました。
zh 我的药吃完了。
ko 약이 다 떨어졌어요.
th ยาของฉันหมดแล้ว
vi Tôi hết thuốc rồi.
tr İlacım bitti.
ar نفد دوائي.
ru У меня закончились лекарства.
uk У мене закінчилися ліки.
hi मेरी दवा खत्म हो गई है।
id Obat saya sudah habis.
@lost_medicine | patient statement | - | -
en I lost my medicine.
bg Загубих лекарствата си.
cs Ztratily se mi léky.
da Jeg har mistet min medicin.
de Ich habe meine Medikamente verloren.
el Έχασα τα φάρμακά μου.
es He perdido mi medicación.
et Kaotasin oma ravimid.
fi Kadotin lääkkeeni.
fr J'ai perdu mes médicaments.
ga Chaill mé mo chógas.
hr Izgubili su mi se lijekovi.
hu Elvesztettem a gyógyszeremet.
it Ho perso le mie medicine.
lt Pamečiau savo vaistus.
lv Es pazaudēju savas zāles.
mt Tlift il-mediċini tiegħi.
nl Ik ben mijn medicijnen kwijt.
pl Zgubiły mi się leki.
pt Perdi os meus medicamentos.
ro Mi-am pierdut medicamentele.
sk Stratili sa mi lieky.
sl Zdravila so se mi izgubila.
sv Jag har tappat bort min medicin.
ja 薬をなくしました。
zh 我的药丢了。
ko 약을 잃어버렸어요.
th ฉันทำยาหาย
vi Tôi bị mất thuốc.
tr İlacımı kaybettim.
ar أضعت دوائي.
ru У меня потерялись лекарства.
uk У мене загубилися ліки.
hi मेरी दवा खो गई है।
id Obat saya hilang.
@need_this_medicine | patient statement | - | -
en I need this medicine.
bg Имам нужда от това лекарство.
cs Potřebuji tento lék.
da Jeg har brug for denne medicin.
de Ich brauche dieses Medikament.
el Χρειάζομαι αυτό το φάρμακο.
es Necesito este medicamento.
et Ma vajan seda ravimit.
fi Tarvitsen tätä lääkettä.
fr J'ai besoin de ce médicament.
ga Tá an cógas seo ag teastáil uaim.
hr Trebam ovaj lijek.
hu Szükségem van erre a gyógyszerre.
it Ho bisogno di questo farmaco.
lt Man reikia šių vaistų.
lv Man vajag šīs zāles.
mt Għandi bżonn din il-mediċina.
nl Ik heb dit medicijn nodig.
pl Potrzebuję tego leku.
pt Preciso deste medicamento.
ro Am nevoie de acest medicament.
sk Potrebujem tento liek.
sl Potrebujem to zdravilo.
sv Jag behöver den här medicinen.
ja この薬が必要です。
zh 我需要这种药。
ko 이 약이 필요해요.
th ฉันต้องการยานี้
vi Tôi cần thuốc này.
tr Bu ilaca ihtiyacım var.
ar أحتاج هذا الدواء.
ru Мне нужно это лекарство.
uk Мені потрібні ці ліки.
hi मुझे यह दवा चाहिए।
id Saya butuh obat ini.
@took_medicine_today | patient statement | - | -
en I have taken my medicine today.
bg Днес пих лекарството си.
cs Dnes už mám léky vzaté.
da Jeg har taget min medicin i dag.
de Ich habe heute meine Medikamente genommen.
el Πήρα τα φάρμακά μου σήμερα.
es Hoy ya me he tomado la medicación.
et Olen täna oma ravimid võtnud.
fi Olen ottanut lääkkeeni tänään.
fr J'ai pris mes médicaments aujourd'hui.
ga Ghlac mé mo chógas inniu.
hr Danas sam već uzeo/uzela lijekove.
hu Ma már bevettem a gyógyszeremet.
it Oggi ho già preso le medicine.
lt Šiandien vaistus jau išgėriau.
lv Šodien zāles jau iedzēru.
mt Ħadt il-mediċini tiegħi llum.
nl Ik heb vandaag mijn medicijnen ingenomen.
pl Dzisiaj wziąłem/wzięłam już leki.
pt Hoje já tomei os medicamentos.
ro Mi-am luat medicamentele azi.
sk Dnešné lieky som už užil/užila.
sl Danes sem že vzel/vzela zdravila.
sv Jag har tagit min medicin i dag.
ja 今日はもう薬を飲みました。
zh 我今天已经吃过药了。
ko 오늘 약은 이미 먹었어요.
th วันนี้ฉันกินยาแล้ว
vi Hôm nay tôi đã uống thuốc rồi.
tr Bugün ilacımı aldım.
ar تناولت دوائي اليوم.
ru Сегодня я уже принял/приняла лекарства.
uk Сьогодні я вже прийняв/прийняла ліки.
hi आज मैंने अपनी दवा ले ली है।
id Saya sudah minum obat hari ini.
@forgot_medicine | patient statement | - | -
en I forgot to take my medicine.
bg Забравих да си взема лекарството.
cs Zapomněl/zapomněla jsem si vzít léky.
da Jeg har glemt at tage min medicin.
de Ich habe vergessen, meine Medikamente zu nehmen.
el Ξέχασα να πάρω τα φάρμακά μου.
es Se me olvidó tomar la medicación.
et Ma unustasin ravimid võtta.
fi Unohdin ottaa lääkkeeni.
fr J'ai oublié de prendre mes médicaments.
ga Rinne mé dearmad mo chógas a ghlacadh.
hr Zaboravio/zaboravila sam uzeti lijekove.
hu Elfelejtettem bevenni a gyógyszeremet.
it Ho dimenticato di prendere le medicine.
lt Pamiršau išgerti vaistus.
lv Es aizmirsu iedzert zāles.
mt Insejt nieħu l-mediċini.
nl Ik ben vergeten mijn medicijnen in te nemen.
pl Zapomniałem/zapomniałam wziąć leki.
pt Esqueci-me de tomar os medicamentos.
ro Am uitat să-mi iau medicamentele.
sk Zabudol/zabudla som si vziať lieky.
sl Pozabil/pozabila sem vzeti zdravila.
sv Jag glömde att ta min medicin.
ja 薬を飲み忘れました。
zh 我忘了吃药。
ko 약 먹는 것을 잊어버렸어요.
th ฉันลืมกินยา
vi Tôi quên uống thuốc.
tr İlacımı almayı unuttum.
ar نسيت أن أتناول دوائي.
ru Я забыл/забыла принять лекарства.
uk Я забув/забула прийняти ліки.
hi मैं अपनी दवा लेना भूल गया/गई।
id Saya lupa minum obat.
@took_too_much_medicine | patient statement | - | -
en I took too much of my medicine.
bg Взех твърде голяма доза от лекарството си.
cs Vzal/vzala jsem si příliš velkou dávku léku.
da Jeg har taget for meget af min medicin.
de Ich habe zu viel von meinem Medikament genommen.
el Πήρα μεγαλύτερη δόση του φαρμάκου μου.
es He tomado más medicación de la debida.
et Võtsin oma ravimit liiga palju.
fi Otin lääkettäni liikaa.
fr J'ai pris une trop forte dose de mon médicament.
ga Ghlac mé an iomarca de mo chógas.
hr Uzeo/uzela sam previše lijeka.
hu Túl sokat vettem be a gyógyszeremből.
it Ho preso una dose eccessiva del mio farmaco.
lt Išgėriau per daug vaistų.
lv Es iedzēru pārāk daudz zāļu.
mt Ħadt wisq mill-mediċina tiegħi.
nl Ik heb te veel van mijn medicijn ingenomen.
pl Wziąłem/wzięłam za dużo leku.
pt Tomei uma dose excessiva do meu medicamento.
ro Am luat o doză prea mare din medicament.
sk Užil/užila som príliš veľkú dávku lieku.
sl Vzel/vzela sem preveč zdravila.
sv Jag har tagit för mycket av min medicin.
ja 薬を飲みすぎました。
zh 我药吃多了。
ko 약을 너무 많이 먹었어요.
th ฉันกินยาเกินขนาด
vi Tôi đã uống quá liều thuốc.
tr İlacımdan fazla aldım.
ar تناولت كمية زائدة من دوائي.
ru Я принял/приняла слишком много лекарства.
uk Я прийняв/прийняла забагато ліків.
hi मैंने अपनी दवा ज़्यादा मात्रा में ले ली है।
id Saya minum obat terlalu banyak.
@here_is_medicine_list | patient statement | - | -
en Here is my list of medicines.
bg Ето списъка с моите лекарства.
cs Tady je seznam mých léků.
da Her er min medicinliste.
de Hier ist meine Medikamentenliste.
el Εδώ είναι η λίστα με τα φάρμακά μου.
es Aquí tiene mi lista de medicamentos.
et Siin on minu ravimite nimekiri.
fi Tässä on lääkelistani.
fr Voici la liste de mes médicaments.
ga Seo liosta de mo chógais.
hr Ovo je popis mojih lijekova.
hu Itt a gyógyszereim listája.
it Ecco l'elenco dei miei farmaci.
lt Štai mano vaistų sąrašas.
lv Šeit ir manu zāļu saraksts.
mt Din hi l-lista tal-mediċini tiegħi.
nl Hier is mijn medicijnlijst.
pl Oto lista moich leków.
pt Aqui está a lista dos meus medicamentos.
ro Aceasta este lista mea de medicamente.
sk Tu je zoznam mojich liekov.
sl Tukaj je seznam mojih zdravil.
sv Här är min läkemedelslista.
ja これが私の薬のリストです。
zh 这是我的用药清单。
ko 이것이 제 약 목록이에요.
th นี่คือรายการยาของฉัน
vi Đây là danh sách thuốc của tôi.
tr İşte ilaç listem.
ar هذه قائمة أدويتي.
ru Вот список моих лекарств.
uk Ось список моїх ліків.
hi यह मेरी दवाओं की सूची है।
id Ini daftar obat saya.
@pharmacy_nearby | patient question | yes_no phrase | -
en Is there a pharmacy nearby?
bg Има ли аптека наблизо?
cs Je tady poblíž lékárna?
da Er der et apotek i nærheden?
de Gibt es hier in der Nähe eine Apotheke?
el Υπάρχει φαρμακείο εδώ κοντά;
es ¿Hay una farmacia cerca?
et Kas siin lähedal on apteek?
fi Onko lähellä apteekkia?
fr Y a-t-il une pharmacie près d'ici ?
ga An bhfuil cógaslann in aice láimhe?
hr Ima li ljekarna u blizini?
hu Van a közelben gyógyszertár?
it C'è una farmacia qui vicino?
lt Ar netoliese yra vaistinė?
lv Vai tuvumā ir aptieka?
mt Hawn spiżerija qrib?
nl Is er een apotheek in de buurt?
pl Czy w pobliżu jest apteka?
pt Há uma farmácia aqui perto?
ro Este o farmacie în apropiere?
sk Je tu nablízku lekáreň?
sl Ali je v bližini lekarna?
sv Finns det ett apotek i närheten?
ja 近くに薬局はありますか？
zh 附近有药店吗？
ko 근처에 약국이 있어요?
th แถวนี้มีร้านขายยาไหม
vi Gần đây có nhà thuốc không?
tr Yakında eczane var mı?
ar هل توجد صيدلية قريبة؟
ru Здесь поблизости есть аптека?
uk Тут поблизу є аптека?
hi क्या यहाँ पास में कोई दवा की दुकान है?
id Apakah ada apotek di dekat sini?
""",
)

add(
    "medicine",
    """
@cannot_swallow_tablets | patient statement | - | symptom.difficulty_swallowing
en I cannot swallow tablets.
bg Не мога да гълтам таблетки.
cs Nemůžu polykat tablety.
da Jeg kan ikke synke tabletter.
de Ich kann keine Tabletten schlucken.
el Δεν μπορώ να καταπιώ χάπια.
es No puedo tragar pastillas.
et Ma ei suuda tablette neelata.
fi En pysty nielemään tabletteja.
fr Je n'arrive pas à avaler les comprimés.
ga Ní féidir liom táibléid a shlogadh.
hr Ne mogu progutati tablete.
hu Nem tudok tablettát lenyelni.
it Non riesco a inghiottire le compresse.
lt Negaliu nuryti tablečių.
lv Es nevaru norīt tabletes.
mt Ma nistax nibla' pilloli.
nl Ik kan geen tabletten doorslikken.
pl Nie mogę połykać tabletek.
pt Não consigo engolir comprimidos.
ro Nu pot înghiți comprimate.
sk Nemôžem prehĺtať tabletky.
sl Ne morem pogoltniti tablet.
sv Jag kan inte svälja tabletter.
ja 錠剤を飲み込めません。
zh 我咽不下药片。
ko 저는 알약을 삼키지 못해요.
th ฉันกลืนยาเม็ดไม่ได้
vi Tôi không nuốt được thuốc viên.
tr Hap yutamıyorum.
ar لا أستطيع بلع الأقراص.
ru Я не могу глотать таблетки.
uk Я не можу ковтати таблетки.
hi मुझसे गोलियाँ निगली नहीं जातीं।
id Saya tidak bisa menelan tablet.
@medicine_makes_me_sick | patient statement | - | symptom.nausea
en This medicine makes me sick.
bg От това лекарство ми се гади.
cs Po tomto léku je mi nevolno.
da Jeg får kvalme af denne medicin.
de Von diesem Medikament wird mir übel.
el Αυτό το φάρμακο μου προκαλεί ναυτία.
es Este medicamento me da náuseas.
et Sellest ravimist hakkab mul paha.
fi Tämä lääke aiheuttaa minulle pahoinvointia.
fr Ce médicament me donne la nausée.
ga Cuireann an cógas seo masmas orm.
hr Od ovog lijeka mi je mučno.
hu Ettől a gyógyszertől hányingerem van.
it Questo farmaco mi dà la nausea.
lt Nuo šių vaistų mane pykina.
lv No šīm zālēm man ir slikta dūša.
mt Din il-mediċina ddardarni.
nl Van dit medicijn word ik misselijk.
pl Po tym leku mam mdłości.
pt Este medicamento faz-me enjoar.
ro Medicamentul acesta îmi provoacă greață.
sk Po tomto lieku mi je nevoľno.
sl Po tem zdravilu mi je slabo.
sv Jag mår illa av den här medicinen.
ja この薬を飲むと気分が悪くなります。
zh 这种药让我恶心。
ko 이 약을 먹으면 속이 메스꺼워요.
th ยานี้ทำให้ฉันคลื่นไส้
vi Thuốc này làm tôi buồn nôn.
tr Bu ilaç midemi bulandırıyor.
ar هذا الدواء يسبب لي الغثيان.
ru От этого лекарства меня тошнит.
uk Від цих ліків мене нудить.
hi इस दवा से मेरा जी मिचलाता है।
id Obat ini membuat saya mual.
@take_aspirin_daily | patient statement | - | medicine.acetylsalicylic_acid
en I take aspirin every day.
bg Всеки ден приемам аспирин.
cs Každý den užívám aspirin.
da Jeg tager aspirin hver dag.
de Ich nehme jeden Tag Aspirin.
el Παίρνω ασπιρίνη κάθε μέρα.
es Tomo aspirina todos los días.
et Võtan iga päev aspiriini.
fi Otan aspiriinia joka päivä.
fr Je prends de l'aspirine tous les jours.
ga Glacaim aspairín gach lá.
hr Svaki dan uzimam aspirin.
hu Minden nap szedek aszpirint.
it Prendo l'aspirina tutti i giorni.
lt Kasdien vartoju aspiriną.
lv Es katru dienu lietoju aspirīnu.
mt Nieħu l-aspirina kuljum.
nl Ik neem elke dag aspirine.
pl Codziennie biorę aspirynę.
pt Tomo aspirina todos os dias.
ro Iau aspirină în fiecare zi.
sk Každý deň užívam aspirín.
sl Vsak dan jemljem aspirin.
sv Jag tar aspirin varje dag.
ja 毎日アスピリンを飲んでいます。
zh 我每天吃阿司匹林。
ko 저는 매일 아스피린을 먹어요.
th ฉันกินแอสไพรินทุกวัน
vi Tôi uống aspirin mỗi ngày.
tr Her gün aspirin alıyorum.
ar أتناول الأسبرين كل يوم.
ru Я каждый день принимаю аспирин.
uk Я щодня приймаю аспірин.
hi मैं रोज़ एस्पिरिन लेता/लेती हूँ।
id Saya minum aspirin setiap hari.
@take_painkillers | patient statement | - | -
en I take painkillers.
bg Приемам болкоуспокояващи.
cs Užívám léky proti bolesti.
da Jeg tager smertestillende medicin.
de Ich nehme Schmerzmittel.
el Παίρνω παυσίπονα.
es Tomo analgésicos.
et Ma võtan valuvaigisteid.
fi Käytän kipulääkkeitä.
fr Je prends des antidouleurs.
ga Glacaim pianmhúchóirí.
hr Uzimam lijekove protiv bolova.
hu Fájdalomcsillapítót szedek.
it Prendo antidolorifici.
lt Vartoju vaistus nuo skausmo.
lv Es lietoju pretsāpju zāles.
mt Nieħu mediċini kontra l-uġigħ.
nl Ik gebruik pijnstillers.
pl Biorę leki przeciwbólowe.
pt Tomo analgésicos.
ro Iau analgezice.
sk Užívam lieky proti bolesti.
sl Jemljem zdravila proti bolečinam.
sv Jag tar smärtstillande.
ja 痛み止めを飲んでいます。
zh 我在吃止痛药。
ko 저는 진통제를 먹고 있어요.
th ฉันกินยาแก้ปวด
vi Tôi đang uống thuốc giảm đau.
tr Ağrı kesici kullanıyorum.
ar أتناول مسكنات الألم.
ru Я принимаю обезболивающие.
uk Я приймаю знеболювальні.
hi मेरी दर्द की दवा चलती है।
id Saya minum obat pereda nyeri.
@take_no_medicines | patient statement | - | -
en I do not take any medicines.
bg Не приемам никакви лекарства.
cs Neužívám žádné léky.
da Jeg tager ingen medicin.
de Ich nehme keine Medikamente.
el Δεν παίρνω κανένα φάρμακο.
es No tomo ningún medicamento.
et Ma ei võta ühtegi ravimit.
fi En käytä mitään lääkkeitä.
fr Je ne prends aucun médicament.
ga Ní ghlacaim aon chógas.
hr Ne uzimam nikakve lijekove.
hu Nem szedek semmilyen gyógyszert.
it Non prendo nessun farmaco.
lt Jokių vaistų nevartoju.
lv Es nelietoju nekādas zāles.
mt Ma nieħu l-ebda mediċina.
nl Ik gebruik geen medicijnen.
pl Nie biorę żadnych leków.
pt Não tomo nenhum medicamento.
ro Nu iau niciun medicament.
sk Neužívam žiadne lieky.
sl Ne jemljem nobenih zdravil.
sv Jag tar inga mediciner.
ja 薬は何も飲んでいません。
zh 我没有在吃任何药。
ko 저는 복용하는 약이 없어요.
th ฉันไม่ได้กินยาอะไรเลย
vi Tôi không dùng thuốc gì cả.
tr Hiç ilaç kullanmıyorum.
ar لا أتناول أي أدوية.
ru Я не принимаю никаких лекарств.
uk Я не приймаю жодних ліків.
hi मेरी कोई दवा नहीं चलती।
id Saya tidak minum obat apa pun.
@use_inhaler | patient statement | - | -
en I use an inhaler.
bg Използвам инхалатор.
cs Používám inhalátor.
da Jeg bruger en inhalator.
de Ich verwende ein Inhalationsspray.
el Χρησιμοποιώ συσκευή εισπνοών.
es Uso un inhalador.
et Ma kasutan inhalaatorit.
fi Käytän inhalaattoria.
fr J'utilise un inhalateur.
ga Úsáidim análóir.
hr Koristim inhalator.
hu Inhalátort használok.
it Uso un inalatore.
lt Naudoju inhaliatorių.
lv Es lietoju inhalatoru.
mt Nuża l-pompa tal-ażma.
nl Ik gebruik een puffer.
pl Używam inhalatora.
pt Uso um inalador.
ro Folosesc un inhalator.
sk Používam inhalátor.
sl Uporabljam inhalator.
sv Jag använder en inhalator.
ja 吸入薬を使っています。
zh 我在用吸入剂。
ko 저는 흡입기를 사용해요.
th ฉันใช้ยาพ่น
vi Tôi dùng thuốc xịt hít.
tr İnhaler kullanıyorum.
ar أستخدم بخاخ الاستنشاق.
ru Я пользуюсь ингалятором.
uk Я користуюся інгалятором.
hi मुझे इनहेलर लेना पड़ता है।
id Saya memakai inhaler.
@take_water_tablets | patient statement | - | medicine.furosemide medicine.torasemide medicine.hydrochlorothiazide medicine.indapamide medicine.bumetanide
en I take water tablets.
bg Приемам отводняващи таблетки.
cs Užívám léky na odvodnění.
da Jeg tager vanddrivende medicin.
de Ich nehme Wassertabletten.
el Παίρνω διουρητικά.
es Tomo diuréticos.
et Ma võtan diureetikume.
fi Käytän nesteenpoistolääkettä.
fr Je prends des diurétiques.
ga Glacaim táibléid uisce.
hr Uzimam diuretike.
hu Vízhajtót szedek.
it Prendo i diuretici.
lt Vartoju šlapimą varančius vaistus.
lv Es lietoju urīndzenošas zāles.
mt Nieħu pilloli tal-ilma.
nl Ik gebruik plastabletten.
pl Biorę leki moczopędne.
pt Tomo diuréticos.
ro Iau diuretice.
sk Užívam lieky na odvodnenie.
sl Jemljem diuretike.
sv Jag tar vätskedrivande.
ja 利尿剤を飲んでいます。
zh 我在吃利尿剂。
ko 저는 이뇨제를 먹고 있어요.
th ฉันกินยาขับปัสสาวะ
vi Tôi đang uống thuốc lợi tiểu.
tr İdrar söktürücü ilaç kullanıyorum.
ar أتناول مدرات البول.
ru Я принимаю мочегонные.
uk Я приймаю сечогінні.
hi मेरी पेशाब की गोली (डाइयूरेटिक) चलती है।
id Saya minum obat diuretik.
@need_prescription | patient statement | - | -
en I need a prescription.
bg Трябва ми рецепта.
cs Potřebuji recept.
da Jeg har brug for en recept.
de Ich brauche ein Rezept.
el Χρειάζομαι συνταγή.
es Necesito una receta.
et Mul on vaja retsepti.
fi Tarvitsen reseptin.
fr J'ai besoin d'une ordonnance.
ga Tá oideas ag teastáil uaim.
hr Trebam recept.
hu Receptre van szükségem.
it Ho bisogno di una ricetta.
lt Man reikia recepto.
lv Man vajag recepti.
mt Għandi bżonn riċetta.
nl Ik heb een recept nodig.
pl Potrzebuję recepty.
pt Preciso de uma receita.
ro Am nevoie de o rețetă.
sk Potrebujem recept.
sl Potrebujem recept.
sv Jag behöver ett recept.
ja 処方箋が必要です。
zh 我需要一张处方。
ko 처방전이 필요해요.
th ฉันต้องการใบสั่งยา
vi Tôi cần đơn thuốc.
tr Reçeteye ihtiyacım var.
ar أحتاج وصفة طبية.
ru Мне нужен рецепт.
uk Мені потрібен рецепт.
hi मुझे पर्ची (प्रिस्क्रिप्शन) चाहिए।
id Saya butuh resep.
@substitute_for_medicine | patient question | yes_no phrase | -
en Is there a substitute for this medicine?
bg Има ли заместител на това лекарство?
cs Existuje za tento lék náhrada?
da Findes der en erstatning for denne medicin?
de Gibt es einen Ersatz für dieses Medikament?
el Υπάρχει κάποιο ισοδύναμο για αυτό το φάρμακο;
es ¿Hay algún sustituto para este medicamento?
et Kas sellele ravimile on asendust?
fi Onko tälle lääkkeelle korvaavaa valmistetta?
fr Existe-t-il un équivalent de ce médicament ?
ga An bhfuil cógas eile ann in áit an chógais seo?
hr Postoji li zamjena za ovaj lijek?
hu Van helyettesítője ennek a gyógyszernek?
it Esiste un sostituto di questo farmaco?
lt Ar yra šiems vaistams pakaitalas?
lv Vai šīm zālēm ir aizstājējs?
mt Hemm sostitut għal din il-mediċina?
nl Is er een vervanger voor dit medicijn?
pl Czy jest zamiennik tego leku?
pt Há algum substituto para este medicamento?
ro Există un înlocuitor pentru acest medicament?
sk Existuje náhrada za tento liek?
sl Ali obstaja nadomestek za to zdravilo?
sv Finns det en ersättning för den här medicinen?
ja この薬の代わりになる薬はありますか？
zh 有没有可以替代这种药的药？
ko 이 약을 대신할 수 있는 약이 있어요?
th มียาที่ใช้แทนยานี้ได้ไหม
vi Có thuốc nào thay thế cho thuốc này không?
tr Bu ilacın muadili var mı?
ar هل يوجد بديل لهذا الدواء؟
ru Есть ли замена этому лекарству?
uk Чи є заміна для цих ліків?
hi क्या इस दवा का कोई विकल्प है?
id Apakah ada pengganti obat ini?
@medicines_at_hotel | patient statement | - | -
en My medicines are at the hotel.
bg Лекарствата ми са в хотела.
cs Léky mám v hotelu.
da Min medicin er på hotellet.
de Meine Medikamente sind im Hotel.
el Τα φάρμακά μου είναι στο ξενοδοχείο.
es Mis medicamentos están en el hotel.
et Mu ravimid on hotellis.
fi Lääkkeeni ovat hotellissa.
fr Mes médicaments sont à l'hôtel.
ga Tá mo chógais san óstán.
hr Lijekovi su mi u hotelu.
hu A gyógyszereim a szállodában vannak.
it Le mie medicine sono in albergo.
lt Mano vaistai yra viešbutyje.
lv Manas zāles ir viesnīcā.
mt Il-mediċini tiegħi qegħdin fil-lukanda.
nl Mijn medicijnen liggen in het hotel.
pl Moje leki są w hotelu.
pt Os meus medicamentos estão no hotel.
ro Medicamentele mele sunt la hotel.
sk Lieky mám v hoteli.
sl Moja zdravila so v hotelu.
sv Min medicin finns på hotellet.
ja 薬はホテルにあります。
zh 我的药在酒店里。
ko 제 약은 호텔에 있어요.
th ยาของฉันอยู่ที่โรงแรม
vi Thuốc của tôi để ở khách sạn.
tr İlaçlarım otelde.
ar أدويتي في الفندق.
ru Мои лекарства в гостинице.
uk Мої ліки в готелі.
hi मेरी दवाएँ होटल में हैं।
id Obat saya ada di hotel.
@medicine_needs_fridge | patient statement | - | -
en My medicine must be kept in the fridge.
bg Лекарството ми трябва да се съхранява в хладилник.
cs Můj lék se musí uchovávat v lednici.
da Min medicin skal opbevares i køleskab.
de Mein Medikament muss im Kühlschrank aufbewahrt werden.
el Το φάρμακό μου πρέπει να φυλάσσεται στο ψυγείο.
es Mi medicamento tiene que guardarse en la nevera.
et Minu ravimit tuleb hoida külmkapis.
fi Lääkettäni pitää säilyttää jääkaapissa.
fr Mon médicament doit être conservé au réfrigérateur.
ga Caithfear mo chógas a choinneáil sa chuisneoir.
hr Moj lijek mora se čuvati u hladnjaku.
hu A gyógyszeremet hűtőben kell tartani.
it Il mio farmaco va conservato in frigorifero.
lt Mano vaistus reikia laikyti šaldytuve.
lv Manas zāles jāglabā ledusskapī.
mt Il-mediċina tiegħi trid tinżamm fil-friġġ.
nl Mijn medicijn moet in de koelkast bewaard worden.
pl Mój lek musi być przechowywany w lodówce.
pt O meu medicamento tem de ser guardado no frigorífico.
ro Medicamentul meu trebuie păstrat la frigider.
sk Môj liek sa musí uchovávať v chladničke.
sl Moje zdravilo je treba hraniti v hladilniku.
sv Min medicin måste förvaras i kylskåp.
ja 私の薬は冷蔵庫で保管する必要があります。
zh 我的药需要放在冰箱里保存。
ko 제 약은 냉장고에 보관해야 해요.
th ยาของฉันต้องเก็บไว้ในตู้เย็น
vi Thuốc của tôi phải bảo quản trong tủ lạnh.
tr İlacımın buzdolabında saklanması gerekiyor.
ar يجب حفظ دوائي في الثلاجة.
ru Моё лекарство нужно хранить в холодильнике.
uk Мої ліки треба зберігати в холодильнику.
hi मेरी दवा को फ्रिज में रखना ज़रूरी है।
id Obat saya harus disimpan di kulkas.
@what_is_medicine_for | patient question | phrase | -
en What is this medicine for?
bg За какво е това лекарство?
cs Na co je tento lék?
da Hvad skal denne medicin bruges til?
de Wofür ist dieses Medikament?
el Για τι είναι αυτό το φάρμακο;
es ¿Para qué es este medicamento?
et Milleks see ravim on?
fi Mihin tämä lääke on tarkoitettu?
fr À quoi sert ce médicament ?
ga Cad chuige an cógas seo?
hr Za što je ovaj lijek?
hu Mire való ez a gyógyszer?
it A cosa serve questo farmaco?
lt Nuo ko šie vaistai?
lv Pret ko ir šīs zāles?
mt Għalxiex inhi din il-mediċina?
nl Waar is dit medicijn voor?
pl Na co jest ten lek?
pt Para que serve este medicamento?
ro Pentru ce este acest medicament?
sk Na čo je tento liek?
sl Za kaj je to zdravilo?
sv Vad är den här medicinen till för?
ja この薬は何のための薬ですか？
zh 这个药是治什么的？
ko 이 약은 무슨 약이에요?
th ยานี้ใช้รักษาอะไร
vi Thuốc này dùng để làm gì?
tr Bu ilaç ne için?
ar ما فائدة هذا الدواء؟
ru От чего это лекарство?
uk Від чого ці ліки?
hi यह दवा किस लिए है?
id Obat ini untuk apa?
@how_often_take | patient question | phrase time | -
en How often should I take this?
bg Колко често трябва да го приемам?
cs Jak často to mám užívat?
da Hvor tit skal jeg tage den?
de Wie oft soll ich das nehmen?
el Πόσο συχνά πρέπει να το παίρνω;
es ¿Cada cuánto tengo que tomarlo?
et Kui tihti ma peaksin seda võtma?
fi Kuinka usein minun pitää ottaa tätä?
fr À quelle fréquence dois-je le prendre ?
ga Cé chomh minic ba chóir dom é seo a ghlacadh?
hr Koliko često to trebam uzimati?
hu Milyen gyakran kell bevennem?
it Ogni quanto devo prenderlo?
lt Kaip dažnai turiu tai vartoti?
lv Cik bieži man tas jālieto?
mt Kemm-il darba għandi nieħdu?
nl Hoe vaak moet ik dit innemen?
pl Jak często mam to brać?
pt Com que frequência devo tomar isto?
ro Cât de des trebuie să-l iau?
sk Ako často to mám užívať?
sl Kako pogosto moram to jemati?
sv Hur ofta ska jag ta det här?
ja どのくらいの頻度で飲めばいいですか？
zh 这个药多久吃一次？
ko 이 약은 얼마나 자주 먹어야 해요?
th ต้องกินยานี้บ่อยแค่ไหน
vi Tôi phải uống thuốc này bao lâu một lần?
tr Bunu ne sıklıkla almalıyım?
ar كم مرة يجب أن أتناول هذا؟
ru Как часто мне это принимать?
uk Як часто мені це приймати?
hi मुझे यह कितनी बार लेनी है?
id Seberapa sering saya harus minum ini?
@take_steroid_tablets | patient statement | - | medicine.prednisolone medicine.prednisone medicine.hydrocortisone medicine.dexamethasone medicine.methylprednisolone
en I take steroid tablets.
bg Приемам кортикостероиди на таблетки.
cs Užívám kortikoidy v tabletách.
da Jeg tager binyrebarkhormon.
de Ich nehme Kortisontabletten.
el Παίρνω κορτιζόνη σε χάπια.
es Tomo corticoides en pastillas.
et Ma võtan steroidtablette.
fi Käytän kortisonitabletteja.
fr Je prends de la cortisone en comprimés.
ga Glacaim táibléid stéaróide.
hr Uzimam kortikosteroide u tabletama.
hu Szteroid tablettát szedek.
it Prendo il cortisone in compresse.
lt Vartoju steroidų tabletes.
lv Es lietoju steroīdu tabletes.
mt Nieħu pilloli tal-isterojdi.
nl Ik slik corticosteroïden.
pl Biorę sterydy w tabletkach.
pt Tomo corticoides em comprimidos.
ro Iau corticosteroizi sub formă de tablete.
sk Užívam kortikoidy v tabletách.
sl Jemljem kortikosteroide v tabletah.
sv Jag tar kortisontabletter.
ja ステロイドの錠剤を飲んでいます。
zh 我在吃激素片。
ko 저는 스테로이드 알약을 먹고 있어요.
th ฉันกินยาสเตียรอยด์
vi Tôi đang uống thuốc corticoid.
tr Kortizon hap kullanıyorum.
ar أتناول أقراص الكورتيزون.
ru Я принимаю кортикостероиды в таблетках.
uk Я приймаю кортикостероїди в таблетках.
hi मेरी स्टेरॉयड की गोलियाँ चलती हैं।
id Saya minum obat steroid.
@vomited_after_medicine | patient statement | - | symptom.vomiting
en I vomited after taking my medicine.
bg Повърнах, след като взех лекарството си.
cs Po užití léku jsem zvracel/zvracela.
da Jeg kastede op, efter jeg havde taget min medicin.
de Ich habe nach der Einnahme meiner Medikamente erbrochen.
el Έκανα εμετό αφού πήρα το φάρμακό μου.
es Vomité después de tomar la medicación.
et Oksendasin pärast ravimi võtmist.
fi Oksensin lääkkeen ottamisen jälkeen.
fr J'ai vomi après avoir pris mon médicament.
ga Chaith mé amach tar éis dom mo chógas a ghlacadh.
hr Povratio/povratila sam nakon uzimanja lijeka.
hu Hánytam, miután bevettem a gyógyszert.
it Ho vomitato dopo aver preso il farmaco.
lt Po vaistų išgėrimo vėmiau.
lv Pēc zāļu lietošanas es vēmu.
mt Irrimettejt wara li ħadt il-mediċina.
nl Ik heb overgegeven nadat ik mijn medicijn had ingenomen.
pl Zwymiotowałem/zwymiotowałam po zażyciu leku.
pt Vomitei depois de tomar o medicamento.
ro Am vomitat după ce mi-am luat medicamentul.
sk Po užití lieku som zvracal/zvracala.
sl Po zaužitju zdravila sem bruhal/bruhala.
sv Jag kräktes efter att jag tagit min medicin.
ja 薬を飲んだ後に吐いてしまいました。
zh 我吃药后吐了。
ko 약을 먹고 나서 토했어요.
th ฉันอาเจียนหลังกินยา
vi Tôi bị nôn sau khi uống thuốc.
tr İlacımı aldıktan sonra kustum.
ar تقيأت بعد تناول دوائي.
ru Меня вырвало после приёма лекарства.
uk Мене вирвало після прийому ліків.
hi दवा लेने के बाद मुझे उल्टी हो गई।
id Saya muntah setelah minum obat.
""",
)

# ---------------------------------------------------------------- question
add(
    "question",
    """
@does_it_hurt_here | doctor question | yes_no | -
en Does it hurt here?
bg Боли ли ви тук?
cs Bolí vás to tady?
da Gør det ondt her?
de Tut es hier weh?
el Πονάτε εδώ;
es ¿Le duele aquí?
et Kas siit valutab?
fi Sattuuko tähän?
fr Vous avez mal ici ?
ga An bhfuil pian anseo?
hr Boli li vas ovdje?
hu Fáj itt?
it Le fa male qui?
lt Ar čia skauda?
lv Vai šeit sāp?
mt Għandek uġigħ hawn?
nl Doet het hier pijn?
pl Czy tu boli?
pt Dói aqui?
ro Vă doare aici?
sk Bolí vás to tu?
sl Vas boli tukaj?
sv Gör det ont här?
ja ここは痛みますか？
zh 这里疼吗？
ko 여기가 아프세요?
th ตรงนี้เจ็บไหม
vi Ông/bà có đau chỗ này không?
tr Burası ağrıyor mu?
ar هل يؤلمك هنا؟
ru Здесь болит?
uk Тут болить?
hi क्या यहाँ दर्द होता है?
id Apakah sakit di sini?
@do_you_have_fever | doctor question | yes_no | symptom.fever
en Do you have a fever?
bg Имате ли температура?
cs Máte horečku?
da Har du feber?
de Haben Sie Fieber?
el Έχετε πυρετό;
es ¿Tiene fiebre?
et Kas teil on palavik?
fi Onko teillä kuumetta?
fr Avez-vous de la fièvre ?
ga An bhfuil fiabhras ort?
hr Imate li temperaturu?
hu Van láza?
it Ha la febbre?
lt Ar karščiuojate?
lv Vai jums ir drudzis?
mt Għandek id-deni?
nl Heeft u koorts?
pl Czy ma Pan/Pani gorączkę?
pt Tem febre?
ro Aveți febră?
sk Máte horúčku?
sl Ali imate vročino?
sv Har du feber?
ja 熱はありますか？
zh 您发烧吗？
ko 열이 있으세요?
th มีไข้ไหม
vi Ông/bà có bị sốt không?
tr Ateşiniz var mı?
ar هل لديك حمى؟
ru У вас есть температура?
uk У вас є температура?
hi क्या आपको बुखार है?
id Apakah Anda demam?
@since_when | doctor question | time | -
en Since when?
bg От кога?
cs Od kdy?
da Siden hvornår?
de Seit wann?
el Από πότε;
es ¿Desde cuándo?
et Mis ajast?
fi Mistä lähtien?
fr Depuis quand ?
ga Ó cathain?
hr Otkad?
hu Mióta?
it Da quando?
lt Nuo kada?
lv Kopš kura laika?
mt Minn meta?
nl Sinds wanneer?
pl Od kiedy?
pt Desde quando?
ro De când?
sk Odkedy?
sl Od kdaj?
sv Sedan när?
ja いつからですか？
zh 从什么时候开始的？
ko 언제부터 그러셨어요?
th เป็นมาตั้งแต่เมื่อไหร่
vi Từ khi nào?
tr Ne zamandan beri?
ar منذ متى؟
ru С какого времени?
uk З якого часу?
hi कब से?
id Sejak kapan?
@allergic_to_any_medicine | doctor question | yes_no phrase | -
en Are you allergic to any medicine?
bg Имате ли алергия към някакви лекарства?
cs Máte alergii na nějaké léky?
da Er du allergisk over for nogen form for medicin?
de Sind Sie gegen irgendein Medikament allergisch?
el Έχετε αλλεργία σε κάποιο φάρμακο;
es ¿Tiene alergia a algún medicamento?
et Kas teil on mõne ravimi suhtes allergia?
fi Oletteko allerginen jollekin lääkkeelle?
fr Êtes-vous allergique à un médicament ?
ga An bhfuil ailléirge ort le haon chógas?
hr Jeste li alergični na neki lijek?
hu Allergiás valamilyen gyógyszerre?
it Ha allergie a qualche farmaco?
lt Ar turite alergiją kokiems nors vaistams?
lv Vai jums ir alerģija pret kādām zālēm?
mt Għandek allerġija għal xi mediċina?
nl Bent u allergisch voor medicijnen?
pl Czy ma Pan/Pani uczulenie na jakieś leki?
pt Tem alergia a algum medicamento?
ro Aveți alergie la vreun medicament?
sk Máte alergiu na nejaké lieky?
sl Ali ste alergični na katero zdravilo?
sv Är du allergisk mot något läkemedel?
ja 薬のアレルギーはありますか？
zh 您对什么药物过敏吗？
ko 약물 알레르기가 있으세요?
th แพ้ยาอะไรไหม
vi Ông/bà có bị dị ứng với thuốc nào không?
tr Herhangi bir ilaca alerjiniz var mı?
ar هل لديك حساسية من أي دواء؟
ru У вас есть аллергия на какие-нибудь лекарства?
uk У вас є алергія на якісь ліки?
hi क्या आपको किसी दवा से एलर्जी है?
id Apakah Anda alergi terhadap obat tertentu?
@take_blood_thinners_q | doctor question | yes_no | medicine.warfarin medicine.apixaban medicine.rivaroxaban medicine.edoxaban medicine.dabigatran
en Do you take blood thinners?
bg Приемате ли лекарства за разреждане на кръвта?
cs Užíváte léky na ředění krve?
da Tager du blodfortyndende medicin?
de Nehmen Sie Blutverdünner?
el Παίρνετε αντιπηκτικά;
es ¿Toma anticoagulantes?
et Kas te võtate verevedeldajaid?
fi Käytättekö verenohennuslääkettä?
fr Prenez-vous des anticoagulants ?
ga An nglacann tú tanaitheoirí fola?
hr Uzimate li lijekove za razrjeđivanje krvi?
hu Szed véralvadásgátlót?
it Prende anticoagulanti?
lt Ar vartojate kraują skystinančius vaistus?
lv Vai jūs lietojat asinis šķidrinošas zāles?
mt Tieħu mediċini biex iraqqu d-demm?
nl Gebruikt u bloedverdunners?
pl Czy przyjmuje Pan/Pani leki rozrzedzające krew?
pt Toma anticoagulantes?
ro Luați anticoagulante?
sk Užívate lieky na riedenie krvi?
sl Ali jemljete zdravila za redčenje krvi?
sv Tar du blodförtunnande läkemedel?
ja 血液をサラサラにする薬（抗凝固薬）を飲んでいますか？
zh 您在服用抗凝血药吗？
ko 항응고제(피를 묽게 하는 약)를 드시나요?
th กินยาละลายลิ่มเลือดอยู่ไหม
vi Ông/bà có đang dùng thuốc chống đông máu không?
tr Kan sulandırıcı ilaç kullanıyor musunuz?
ar هل تتناول أدوية مسيلة للدم؟
ru Вы принимаете лекарства, разжижающие кровь?
uk Ви приймаєте ліки, що розріджують кров?
hi क्या आप खून पतला करने की दवा लेते हैं?
id Apakah Anda minum obat pengencer darah?
@take_any_medicines_q | doctor question | yes_no phrase | -
en Do you take any medicines?
bg Приемате ли някакви лекарства?
cs Užíváte nějaké léky?
da Tager du noget medicin?
de Nehmen Sie Medikamente?
el Παίρνετε κάποια φάρμακα;
es ¿Toma algún medicamento?
et Kas te võtate mingeid ravimeid?
fi Käytättekö joitakin lääkkeitä?
fr Prenez-vous des médicaments ?
ga An nglacann tú aon chógas?
hr Uzimate li neke lijekove?
hu Szed valamilyen gyógyszert?
it Prende dei farmaci?
lt Ar vartojate kokius nors vaistus?
lv Vai jūs lietojat kādas zāles?
mt Tieħu xi mediċini?
nl Gebruikt u medicijnen?
pl Czy przyjmuje Pan/Pani jakieś leki?
pt Toma algum medicamento?
ro Luați vreun medicament?
sk Užívate nejaké lieky?
sl Ali jemljete kakšna zdravila?
sv Tar du några mediciner?
ja 何か薬を飲んでいますか？
zh 您在服用什么药吗？
ko 드시는 약이 있으세요?
th กินยาอะไรอยู่บ้างไหม
vi Ông/bà có đang dùng thuốc gì không?
tr Herhangi bir ilaç kullanıyor musunuz?
ar هل تتناول أي أدوية؟
ru Вы принимаете какие-нибудь лекарства?
uk Ви приймаєте якісь ліки?
hi क्या आप कोई दवा लेते हैं?
id Apakah Anda minum obat-obatan?
@eaten_today_q | doctor question | yes_no | -
en Have you eaten today?
bg Яли ли сте днес?
cs Jedl/jedla jste dnes něco?
da Har du spist i dag?
de Haben Sie heute schon etwas gegessen?
el Έχετε φάει σήμερα;
es ¿Ha comido hoy?
et Kas te olete täna söönud?
fi Oletteko syöneet tänään?
fr Avez-vous mangé aujourd'hui ?
ga Ar ith tú aon rud inniu?
hr Jeste li danas jeli?
hu Evett ma?
it Ha mangiato oggi?
lt Ar šiandien valgėte?
lv Vai jūs šodien ēdāt?
mt Kilt xejn illum?
nl Heeft u vandaag gegeten?
pl Czy jadł Pan/jadła Pani dzisiaj coś?
pt Já comeu hoje?
ro Ați mâncat astăzi?
sk Jedli ste dnes?
sl Ste danes jedli?
sv Har du ätit i dag?
ja 今日は何か食べましたか？
zh 您今天吃过东西吗？
ko 오늘 식사하셨어요?
th วันนี้กินข้าวหรือยัง
vi Hôm nay ông/bà đã ăn gì chưa?
tr Bugün bir şey yediniz mi?
ar هل أكلت اليوم؟
ru Вы сегодня ели?
uk Ви сьогодні їли?
hi क्या आपने आज कुछ खाया है?
id Apakah Anda sudah makan hari ini?
@when_last_eat_drink | doctor question | time | -
en When did you last eat or drink?
bg Кога за последно ядохте или пихте?
cs Kdy jste naposledy jedl/jedla nebo pil/pila?
da Hvornår har du sidst spist eller drukket?
de Wann haben Sie zuletzt gegessen oder getrunken?
el Πότε φάγατε ή ήπιατε τελευταία φορά;
es ¿Cuándo comió o bebió por última vez?
et Millal te viimati sõite või jõite?
fi Milloin viimeksi söitte tai joitte?
fr Quand avez-vous mangé ou bu pour la dernière fois ?
ga Cathain a d'ith nó a d'ól tú rud éigin go deireanach?
hr Kada ste zadnji put jeli ili pili?
hu Mikor evett vagy ivott utoljára?
it Quando ha mangiato o bevuto l'ultima volta?
lt Kada paskutinį kartą valgėte ar gėrėte?
lv Kad jūs pēdējo reizi ēdāt vai dzērāt?
mt Meta kilt jew xrobt l-aħħar?
nl Wanneer heeft u voor het laatst gegeten of gedronken?
pl Kiedy był Pana/Pani ostatni posiłek lub napój?
pt Quando comeu ou bebeu pela última vez?
ro Când ați mâncat sau ați băut ultima dată?
sk Kedy ste naposledy jedli alebo pili?
sl Kdaj ste nazadnje jedli ali pili?
sv När åt eller drack du senast?
ja 最後に食べたり飲んだりしたのはいつですか？
zh 您最后一次吃东西或喝水是什么时候？
ko 마지막으로 식사하시거나 물을 드신 게 언제예요?
th กินหรือดื่มครั้งสุดท้ายเมื่อไหร่
vi Lần cuối ông/bà ăn hoặc uống là khi nào?
tr En son ne zaman yiyip içtiniz?
ar متى أكلت أو شربت آخر مرة؟
ru Когда вы в последний раз ели или пили?
uk Коли ви востаннє їли або пили?
hi आपने आखिरी बार कब कुछ खाया या पिया था?
id Kapan terakhir kali Anda makan atau minum?
@have_diabetes_q | doctor question | yes_no | condition.type_1_diabetes condition.type_2_diabetes
en Do you have diabetes?
bg Имате ли диабет?
cs Máte cukrovku?
da Har du diabetes?
de Haben Sie Diabetes?
el Έχετε διαβήτη;
es ¿Tiene diabetes?
et Kas teil on diabeet?
fi Onko teillä diabetes?
fr Êtes-vous diabétique ?
ga An bhfuil diaibéiteas ort?
hr Imate li dijabetes?
hu Cukorbeteg?
it Ha il diabete?
lt Ar sergate cukriniu diabetu?
lv Vai jums ir cukura diabēts?
mt Għandek id-dijabete?
nl Heeft u diabetes?
pl Czy ma Pan/Pani cukrzycę?
pt Tem diabetes?
ro Aveți diabet?
sk Máte cukrovku?
sl Ali imate sladkorno bolezen?
sv Har du diabetes?
ja 糖尿病はありますか？
zh 您有糖尿病吗？
ko 당뇨병이 있으세요?
th เป็นเบาหวานไหม
vi Ông/bà có bị tiểu đường không?
tr Şeker hastalığınız var mı?
ar هل لديك مرض السكري؟
ru У вас есть диабет?
uk У вас є діабет?
hi क्या आपको मधुमेह है?
id Apakah Anda menderita diabetes?
@had_this_before_q | doctor question | yes_no | -
en Have you had this before?
bg Имали ли сте това и преди?
cs Už jste to někdy měl/měla?
da Har du haft det før?
de Hatten Sie das schon einmal?
el Το έχετε ξαναπάθει;
es ¿Le ha pasado esto antes?
et Kas teil on seda varem olnud?
fi Onko teillä ollut tätä aiemmin?
fr Avez-vous déjà eu cela ?
ga An raibh sé seo ort roimhe?
hr Jeste li to već imali?
hu Volt már ilyen korábban?
it Le è già successo prima?
lt Ar jums tai jau buvo anksčiau?
lv Vai jums tas ir bijis agrāk?
mt Kellek dan qabel?
nl Heeft u dit eerder gehad?
pl Czy to się już wcześniej zdarzało?
pt Já teve isto antes?
ro Ați mai avut asta înainte?
sk Mali ste to už niekedy?
sl Ste to že kdaj imeli?
sv Har du haft det här tidigare?
ja 以前にも同じことがありましたか？
zh 您以前有过这种情况吗？
ko 전에도 이런 적이 있으셨어요?
th เคยเป็นแบบนี้มาก่อนไหม
vi Trước đây ông/bà đã từng bị như thế này chưa?
tr Bu daha önce de oldu mu?
ar هل حدث لك هذا من قبل؟
ru У вас такое уже было?
uk У вас таке вже було?
hi क्या आपको पहले भी ऐसा हुआ है?
id Apakah Anda pernah mengalami ini sebelumnya?
@hit_head_q | doctor question | yes_no | condition.head_injury
en Did you hit your head?
bg Ударихте ли си главата?
cs Uhodil/uhodila jste se do hlavy?
da Slog du hovedet?
de Haben Sie sich den Kopf angeschlagen?
el Χτυπήσατε το κεφάλι σας;
es ¿Se ha golpeado la cabeza?
et Kas te lõite pead?
fi Löittekö päänne?
fr Vous êtes-vous cogné la tête ?
ga Ar bhuail tú do cheann?
hr Jeste li udarili glavu?
hu Beütötte a fejét?
it Ha battuto la testa?
lt Ar susitrenkėte galvą?
lv Vai jūs sasitāt galvu?
mt Ħbatt rasek?
nl Heeft u uw hoofd gestoten?
pl Czy uderzył się Pan/uderzyła się Pani w głowę?
pt Bateu com a cabeça?
ro V-ați lovit la cap?
sk Udreli ste sa do hlavy?
sl Ste se udarili v glavo?
sv Slog du i huvudet?
ja 頭を打ちましたか？
zh 您撞到头了吗？
ko 머리를 부딪치셨어요?
th ศีรษะถูกกระแทกไหม
vi Ông/bà có bị va đầu không?
tr Başınızı çarptınız mı?
ar هل أصيب رأسك بضربة؟
ru Вы ударились головой?
uk Ви вдарилися головою?
hi क्या आपके सिर पर चोट लगी?
id Apakah kepala Anda terbentur?
@lost_consciousness_q | doctor question | yes_no | symptom.loss_of_consciousness
en Did you lose consciousness?
bg Загубихте ли съзнание?
cs Ztratil/ztratila jste vědomí?
da Mistede du bevidstheden?
de Waren Sie bewusstlos?
el Χάσατε τις αισθήσεις σας;
es ¿Perdió el conocimiento?
et Kas te kaotasite teadvuse?
fi Menetittekö tajuntanne?
fr Avez-vous perdu connaissance ?
ga Ar chaill tú do mheabhair?
hr Jeste li izgubili svijest?
hu Elvesztette az eszméletét?
it Ha perso conoscenza?
lt Ar praradote sąmonę?
lv Vai jūs zaudējāt samaņu?
mt Tlift sensik?
nl Bent u buiten bewustzijn geweest?
pl Czy stracił Pan/straciła Pani przytomność?
pt Perdeu os sentidos?
ro Ați pierdut cunoștința?
sk Stratili ste vedomie?
sl Ste izgubili zavest?
sv Förlorade du medvetandet?
ja 意識を失いましたか？
zh 您失去过意识吗？
ko 의식을 잃으셨어요?
th หมดสติไปไหม
vi Ông/bà có bị mất ý thức không?
tr Bilincinizi kaybettiniz mi?
ar هل فقدت الوعي؟
ru Вы теряли сознание?
uk Ви втрачали свідомість?
hi क्या आपको बेहोशी आई थी?
id Apakah Anda sempat pingsan?
@move_fingers_q | doctor question | yes_no | -
en Can you move your fingers?
bg Можете ли да движите пръстите си?
cs Můžete pohnout prsty?
da Kan du bevæge fingrene?
de Können Sie Ihre Finger bewegen?
el Μπορείτε να κουνήσετε τα δάχτυλά σας;
es ¿Puede mover los dedos?
et Kas te saate sõrmi liigutada?
fi Pystyttekö liikuttamaan sormianne?
fr Pouvez-vous bouger les doigts ?
ga An féidir leat do mhéara a bhogadh?
hr Možete li pomicati prste?
hu Meg tudja mozdítani az ujjait?
it Riesce a muovere le dita?
lt Ar galite pajudinti pirštus?
lv Vai jūs varat pakustināt pirkstus?
mt Tista' tħarrek subgħajk?
nl Kunt u uw vingers bewegen?
pl Czy może Pan/Pani poruszać palcami?
pt Consegue mexer os dedos?
ro Puteți mișca degetele?
sk Môžete pohnúť prstami?
sl Lahko premaknete prste?
sv Kan du röra på fingrarna?
ja 指を動かせますか？
zh 您的手指能动吗？
ko 손가락을 움직일 수 있으세요?
th ขยับนิ้วได้ไหม
vi Ông/bà có cử động được các ngón tay không?
tr Parmaklarınızı oynatabiliyor musunuz?
ar هل يمكنك تحريك أصابعك؟
ru Вы можете пошевелить пальцами?
uk Ви можете поворушити пальцями?
hi क्या आप अपनी उंगलियाँ हिला सकते हैं?
id Bisakah Anda menggerakkan jari-jari Anda?
@squeeze_hand_q | doctor question | yes_no | -
en Can you squeeze my hand?
bg Можете ли да стиснете ръката ми?
cs Můžete mi stisknout ruku?
da Kan du klemme min hånd?
de Können Sie meine Hand drücken?
el Μπορείτε να μου σφίξετε το χέρι;
es ¿Puede apretarme la mano?
et Kas te saate mu kätt pigistada?
fi Pystyttekö puristamaan kättäni?
fr Pouvez-vous me serrer la main ?
ga An féidir leat mo lámh a fháscadh?
hr Možete li mi stisnuti ruku?
hu Meg tudja szorítani a kezemet?
it Riesce a stringermi la mano?
lt Ar galite suspausti mano ranką?
lv Vai jūs varat saspiest manu roku?
mt Tista' tagħfas idi?
nl Kunt u in mijn hand knijpen?
pl Czy może Pan/Pani ścisnąć moją dłoń?
pt Consegue apertar-me a mão?
ro Puteți să-mi strângeți mâna?
sk Môžete mi stisnúť ruku?
sl Mi lahko stisnete roko?
sv Kan du krama min hand?
ja 私の手を握れますか？
zh 您能握紧我的手吗？
ko 제 손을 꽉 쥐어 보시겠어요?
th บีบมือหมอได้ไหม
vi Ông/bà có thể nắm chặt tay tôi không?
tr Elimi sıkabilir misiniz?
ar هل يمكنك الضغط على يدي؟
ru Вы можете сжать мою руку?
uk Ви можете стиснути мою руку?
hi क्या आप मेरा हाथ दबा सकते हैं?
id Bisakah Anda meremas tangan saya?
@feel_sick_q | doctor question | yes_no | symptom.nausea
en Do you feel sick?
bg Гади ли ви се?
cs Je vám nevolno?
da Har du kvalme?
de Ist Ihnen übel?
el Έχετε ναυτία;
es ¿Tiene náuseas?
et Kas teil on iiveldus?
fi Onko teillä pahoinvointia?
fr Avez-vous la nausée ?
ga An bhfuil masmas ort?
hr Je li vam mučno?
hu Hányingere van?
it Ha la nausea?
lt Ar jus pykina?
lv Vai jums ir slikta dūša?
mt Għandek id-dardir?
nl Bent u misselijk?
pl Czy ma Pan/Pani mdłości?
pt Tem náuseas?
ro Vă este greață?
sk Je vám nevoľno?
sl Vam je slabo?
sv Mår du illa?
ja 吐き気はありますか？
zh 您恶心吗？
ko 속이 메스꺼우세요?
th คลื่นไส้ไหม
vi Ông/bà có buồn nôn không?
tr Mide bulantınız var mı?
ar هل لديك غثيان؟
ru Вас тошнит?
uk Вас нудить?
hi क्या आपका जी मिचला रहा है?
id Apakah Anda merasa mual?
""",
)

add(
    "question",
    """
@vomited_q | doctor question | yes_no | symptom.vomiting
en Have you vomited?
bg Повръщахте ли?
cs Zvracel/zvracela jste?
da Har du kastet op?
de Haben Sie erbrochen?
el Κάνατε εμετό;
es ¿Ha vomitado?
et Kas te olete oksendanud?
fi Oletteko oksentaneet?
fr Avez-vous vomi ?
ga Ar chaith tú amach?
hr Jeste li povraćali?
hu Hányt?
it Ha vomitato?
lt Ar vėmėte?
lv Vai jūs vēmāt?
mt Irrimettejt?
nl Heeft u overgegeven?
pl Czy były wymioty?
pt Vomitou?
ro Ați vomitat?
sk Vracali ste?
sl Ste bruhali?
sv Har du kräkts?
ja 吐きましたか？
zh 您吐过吗？
ko 토하셨어요?
th อาเจียนไหม
vi Ông/bà có bị nôn không?
tr Kustunuz mu?
ar هل تقيأت؟
ru У вас была рвота?
uk У вас було блювання?
hi क्या आपको उल्टी हुई है?
id Apakah Anda muntah?
@someone_to_call_q | doctor question | yes_no phrase | -
en Is there someone we can call?
bg Има ли някой, на когото да се обадим?
cs Můžeme někomu zavolat?
da Er der nogen, vi kan ringe til?
de Gibt es jemanden, den wir anrufen können?
el Υπάρχει κάποιος που μπορούμε να καλέσουμε;
es ¿Hay alguien a quien podamos llamar?
et Kas on kedagi, kellele me saame helistada?
fi Onko joku, jolle voimme soittaa?
fr Y a-t-il quelqu'un que nous pouvons appeler ?
ga An bhfuil duine ar bith ar féidir linn glaoch air?
hr Postoji li netko koga možemo nazvati?
hu Van valaki, akit felhívhatunk?
it C'è qualcuno che possiamo chiamare?
lt Ar yra kas nors, kam galėtume paskambinti?
lv Vai ir kāds, kam mēs varam piezvanīt?
mt Hemm xi ħadd li nistgħu nċemplulu?
nl Is er iemand die we kunnen bellen?
pl Czy jest ktoś, do kogo możemy zadzwonić?
pt Há alguém a quem possamos telefonar?
ro Există cineva pe care îl putem suna?
sk Je niekto, komu môžeme zavolať?
sl Ali je kdo, ki ga lahko pokličemo?
sv Finns det någon vi kan ringa?
ja 連絡できる方はいますか？
zh 有没有我们可以联系的人？
ko 저희가 연락드릴 분이 계세요?
th มีใครที่เราติดต่อได้ไหม
vi Có ai mà chúng tôi có thể gọi điện không?
tr Arayabileceğimiz biri var mı?
ar هل يوجد شخص يمكننا الاتصال به؟
ru Есть ли кто-то, кому мы можем позвонить?
uk Чи є хтось, кому ми можемо зателефонувати?
hi क्या कोई है जिसे हम फ़ोन कर सकें?
id Apakah ada seseorang yang bisa kami hubungi?
@pregnant_q | doctor question | yes_no | -
en Are you pregnant?
bg Бременна ли сте?
cs Jste těhotná?
da Er du gravid?
de Sind Sie schwanger?
el Είστε έγκυος;
es ¿Está embarazada?
et Kas te olete rase?
fi Oletteko raskaana?
fr Êtes-vous enceinte ?
ga An bhfuil tú ag iompar clainne?
hr Jeste li trudni?
hu Terhes?
it È incinta?
lt Ar esate nėščia?
lv Vai jūs esat grūtniece?
mt Inti tqila?
nl Bent u zwanger?
pl Czy jest Pani w ciąży?
pt Está grávida?
ro Sunteți însărcinată?
sk Ste tehotná?
sl Ste noseči?
sv Är du gravid?
ja 妊娠していますか？
zh 您怀孕了吗？
ko 임신 중이세요?
th ตั้งครรภ์อยู่ไหม
vi Bà có đang mang thai không?
tr Hamile misiniz?
ar هل أنت حامل؟
ru Вы беременны?
uk Ви вагітні?
hi क्या आप गर्भवती हैं?
id Apakah Anda sedang hamil?
@smoke_q | doctor question | yes_no | -
en Do you smoke?
bg Пушите ли?
cs Kouříte?
da Ryger du?
de Rauchen Sie?
el Καπνίζετε;
es ¿Fuma?
et Kas te suitsetate?
fi Tupakoitteko?
fr Fumez-vous ?
ga An gcaitheann tú tobac?
hr Pušite li?
hu Dohányzik?
it Fuma?
lt Ar rūkote?
lv Vai jūs smēķējat?
mt Tpejjep?
nl Rookt u?
pl Czy pali Pan/Pani papierosy?
pt Fuma?
ro Fumați?
sk Fajčíte?
sl Ali kadite?
sv Röker du?
ja たばこを吸いますか？
zh 您抽烟吗？
ko 담배를 피우세요?
th สูบบุหรี่ไหม
vi Ông/bà có hút thuốc không?
tr Sigara içiyor musunuz?
ar هل تدخن؟
ru Вы курите?
uk Ви курите?
hi क्या आप धूम्रपान करते हैं?
id Apakah Anda merokok?
@drink_alcohol_q | doctor question | yes_no | -
en Do you drink alcohol?
bg Пиете ли алкохол?
cs Pijete alkohol?
da Drikker du alkohol?
de Trinken Sie Alkohol?
el Πίνετε αλκοόλ;
es ¿Bebe alcohol?
et Kas te joote alkoholi?
fi Käytättekö alkoholia?
fr Buvez-vous de l'alcool ?
ga An ólann tú alcól?
hr Pijete li alkohol?
hu Fogyaszt alkoholt?
it Beve alcolici?
lt Ar vartojate alkoholį?
lv Vai jūs lietojat alkoholu?
mt Tixrob l-alkoħol?
nl Drinkt u alcohol?
pl Czy pije Pan/Pani alkohol?
pt Bebe álcool?
ro Consumați alcool?
sk Pijete alkohol?
sl Ali pijete alkohol?
sv Dricker du alkohol?
ja お酒は飲みますか？
zh 您喝酒吗？
ko 술을 드세요?
th ดื่มเหล้าไหม
vi Ông/bà có uống rượu bia không?
tr Alkol kullanıyor musunuz?
ar هل تشرب الكحول؟
ru Вы употребляете алкоголь?
uk Ви вживаєте алкоголь?
hi क्या आप शराब पीते हैं?
id Apakah Anda minum alkohol?
@chest_pain_q | doctor question | yes_no | symptom.chest_pain
en Do you have chest pain?
bg Имате ли болка в гърдите?
cs Máte bolest na hrudi?
da Har du smerter i brystet?
de Haben Sie Schmerzen in der Brust?
el Έχετε πόνο στο στήθος;
es ¿Tiene dolor en el pecho?
et Kas teil on valu rinnus?
fi Onko teillä rintakipua?
fr Avez-vous mal à la poitrine ?
ga An bhfuil pian i do chliabh?
hr Imate li bol u prsima?
hu Fáj a mellkasa?
it Ha dolore al petto?
lt Ar jums skauda krūtinę?
lv Vai jums sāp krūtis?
mt Għandek uġigħ fis-sider?
nl Heeft u pijn op de borst?
pl Czy odczuwa Pan/Pani ból w klatce piersiowej?
pt Tem dor no peito?
ro Aveți dureri în piept?
sk Máte bolesť na hrudníku?
sl Ali imate bolečine v prsih?
sv Har du ont i bröstet?
ja 胸の痛みはありますか？
zh 您胸口疼吗？
ko 가슴이 아프세요?
th เจ็บหน้าอกไหม
vi Ông/bà có bị đau ngực không?
tr Göğüs ağrınız var mı?
ar هل لديك ألم في الصدر؟
ru У вас болит в груди?
uk У вас болить у грудях?
hi क्या आपके सीने में दर्द है?
id Apakah Anda merasa nyeri dada?
@short_of_breath_q | doctor question | yes_no | symptom.shortness_of_breath
en Are you short of breath?
bg Задъхвате ли се?
cs Máte dušnost?
da Har du åndenød?
de Haben Sie Atemnot?
el Έχετε δύσπνοια;
es ¿Le falta el aire?
et Kas teil on hingeldus?
fi Onko teillä hengenahdistusta?
fr Avez-vous du mal à respirer ?
ga An bhfuil giorra anála ort?
hr Nedostaje li vam zraka?
hu Nehezen kap levegőt?
it Le manca il respiro?
lt Ar jums trūksta oro?
lv Vai jums trūkst elpas?
mt Għandek qtugħ ta' nifs?
nl Bent u kortademig?
pl Czy brakuje Panu/Pani tchu?
pt Sente falta de ar?
ro Vă lipsește aerul?
sk Máte dýchavičnosť?
sl Vam primanjkuje zraka?
sv Är du andfådd?
ja 息切れはありますか？
zh 您呼吸困难吗？
ko 숨이 차세요?
th หายใจเหนื่อยไหม
vi Ông/bà có bị khó thở không?
tr Nefes darlığınız var mı?
ar هل لديك ضيق في التنفس؟
ru У вас одышка?
uk У вас задишка?
hi क्या आपकी साँस फूल रही है?
id Apakah Anda sesak napas?
@how_old_q | doctor question | number | -
en How old are you?
bg На колко години сте?
cs Kolik je vám let?
da Hvor gammel er du?
de Wie alt sind Sie?
el Πόσων χρονών είστε;
es ¿Cuántos años tiene?
et Kui vana te olete?
fi Kuinka vanha olette?
fr Quel âge avez-vous ?
ga Cén aois thú?
hr Koliko imate godina?
hu Hány éves?
it Quanti anni ha?
lt Kiek jums metų?
lv Cik jums ir gadu?
mt Kemm għandek żmien?
nl Hoe oud bent u?
pl Ile ma Pan/Pani lat?
pt Que idade tem?
ro Câți ani aveți?
sk Koľko máte rokov?
sl Koliko ste stari?
sv Hur gammal är du?
ja おいくつですか？
zh 您多大年纪？
ko 연세가 어떻게 되세요?
th อายุเท่าไหร่
vi Ông/bà bao nhiêu tuổi?
tr Kaç yaşındasınız?
ar كم عمرك؟
ru Сколько вам лет?
uk Скільки вам років?
hi आपकी उम्र क्या है?
id Berapa umur Anda?
@how_much_weigh_q | doctor question | number | -
en How much do you weigh?
bg Колко тежите?
cs Kolik vážíte?
da Hvor meget vejer du?
de Wie viel wiegen Sie?
el Πόσο ζυγίζετε;
es ¿Cuánto pesa?
et Kui palju te kaalute?
fi Paljonko painatte?
fr Combien pesez-vous ?
ga Cén meáchan atá ionat?
hr Koliko imate kilograma?
hu Hány kiló?
it Quanto pesa?
lt Kiek sveriate?
lv Cik jūs svērat?
mt Kemm tiżen?
nl Hoeveel weegt u?
pl Ile Pan/Pani waży?
pt Quanto pesa?
ro Cât cântăriți?
sk Koľko vážite?
sl Koliko tehtate?
sv Hur mycket väger du?
ja 体重は何キロですか？
zh 您体重多少？
ko 체중이 어떻게 되세요?
th น้ำหนักเท่าไหร่
vi Ông/bà nặng bao nhiêu cân?
tr Kaç kilosunuz?
ar كم وزنك؟
ru Сколько вы весите?
uk Скільки ви важите?
hi आपका वज़न कितना है?
id Berapa berat badan Anda?
@can_walk_q | doctor question | yes_no | -
en Can you walk?
bg Можете ли да ходите?
cs Můžete chodit?
da Kan du gå?
de Können Sie gehen?
el Μπορείτε να περπατήσετε;
es ¿Puede caminar?
et Kas te saate kõndida?
fi Pystyttekö kävelemään?
fr Pouvez-vous marcher ?
ga An féidir leat siúl?
hr Možete li hodati?
hu Tud járni?
it Riesce a camminare?
lt Ar galite vaikščioti?
lv Vai jūs varat paiet?
mt Tista' timxi?
nl Kunt u lopen?
pl Czy może Pan/Pani chodzić?
pt Consegue andar?
ro Puteți merge?
sk Môžete chodiť?
sl Lahko hodite?
sv Kan du gå?
ja 歩けますか？
zh 您能走路吗？
ko 걸으실 수 있으세요?
th เดินได้ไหม
vi Ông/bà có đi lại được không?
tr Yürüyebiliyor musunuz?
ar هل يمكنك المشي؟
ru Вы можете ходить?
uk Ви можете ходити?
hi क्या आप चल सकते हैं?
id Apakah Anda bisa berjalan?
@live_alone_q | doctor question | yes_no | -
en Do you live alone?
bg Сами ли живеете?
cs Bydlíte sám/sama?
da Bor du alene?
de Leben Sie allein?
el Μένετε μόνος/μόνη;
es ¿Vive usted solo/sola?
et Kas te elate üksi?
fi Asutteko yksin?
fr Vivez-vous seul/seule ?
ga An bhfuil tú i do chónaí leat féin?
hr Živite li sami?
hu Egyedül él?
it Vive da solo/sola?
lt Ar gyvenate vienas/viena?
lv Vai jūs dzīvojat viens/viena?
mt Tgħix waħdek?
nl Woont u alleen?
pl Czy mieszka Pan sam/Pani sama?
pt Vive sozinho/sozinha?
ro Locuiți singur/singură?
sk Bývate sami?
sl Živite sami?
sv Bor du ensam?
ja 一人暮らしですか？
zh 您一个人住吗？
ko 혼자 사세요?
th อยู่คนเดียวไหม
vi Ông/bà có sống một mình không?
tr Yalnız mı yaşıyorsunuz?
ar هل تعيش بمفردك؟
ru Вы живёте одни?
uk Ви живете самі?
hi क्या आप अकेले रहते हैं?
id Apakah Anda tinggal sendirian?
@understand_q | doctor question | yes_no | -
en Do you understand?
bg Разбирате ли?
cs Rozumíte?
da Forstår du?
de Verstehen Sie?
el Καταλαβαίνετε;
es ¿Me entiende?
et Kas te saate aru?
fi Ymmärrättekö?
fr Vous comprenez ?
ga An dtuigeann tú?
hr Razumijete li?
hu Érti?
it Ha capito?
lt Ar suprantate?
lv Vai jūs saprotat?
mt Qed tifhem?
nl Begrijpt u het?
pl Czy Pan/Pani rozumie?
pt Compreende?
ro Înțelegeți?
sk Rozumiete?
sl Razumete?
sv Förstår du?
ja わかりますか？
zh 您明白吗？
ko 이해되세요?
th เข้าใจไหม
vi Ông/bà có hiểu không?
tr Anlıyor musunuz?
ar هل تفهمني؟
ru Вы понимаете?
uk Ви розумієте?
hi क्या आप समझ रहे हैं?
id Apakah Anda mengerti?
@sign_here_q | doctor question | yes_no | -
en Can you sign here?
bg Можете ли да се подпишете тук?
cs Můžete se tady podepsat?
da Vil du skrive under her?
de Können Sie bitte hier unterschreiben?
el Μπορείτε να υπογράψετε εδώ;
es ¿Puede firmar aquí?
et Kas te saaksite siia allkirja anda?
fi Voisitteko allekirjoittaa tähän?
fr Pouvez-vous signer ici ?
ga An féidir leat síniú anseo?
hr Možete li se potpisati ovdje?
hu Alá tudja írni itt?
it Può firmare qui?
lt Ar galite čia pasirašyti?
lv Vai jūs varat šeit parakstīties?
mt Tista' tiffirma hawn?
nl Kunt u hier tekenen?
pl Czy może Pan/Pani tu podpisać?
pt Pode assinar aqui?
ro Puteți semna aici?
sk Môžete sa tu podpísať?
sl Lahko podpišete tukaj?
sv Kan du skriva under här?
ja ここに署名していただけますか？
zh 您能在这里签字吗？
ko 여기에 서명해 주시겠어요?
th กรุณาเซ็นชื่อตรงนี้ได้ไหม
vi Ông/bà có thể ký vào đây không?
tr Buraya imza atabilir misiniz?
ar هل يمكنك التوقيع هنا؟
ru Вы можете расписаться здесь?
uk Ви можете тут розписатися?
hi क्या आप यहाँ हस्ताक्षर कर सकते हैं?
id Bisakah Anda tanda tangan di sini?
@have_insurance_q | doctor question | yes_no | -
en Do you have insurance?
bg Имате ли здравна застраховка?
cs Máte zdravotní pojištění?
da Har du en forsikring?
de Sind Sie krankenversichert?
el Έχετε ασφάλιση υγείας;
es ¿Tiene seguro médico?
et Kas teil on ravikindlustus?
fi Onko teillä sairausvakuutus?
fr Avez-vous une assurance maladie ?
ga An bhfuil árachas sláinte agat?
hr Imate li zdravstveno osiguranje?
hu Van egészségbiztosítása?
it Ha un'assicurazione sanitaria?
lt Ar turite sveikatos draudimą?
lv Vai jums ir veselības apdrošināšana?
mt Għandek assigurazzjoni tas-saħħa?
nl Bent u verzekerd?
pl Czy ma Pan/Pani ubezpieczenie zdrowotne?
pt Tem seguro de saúde?
ro Aveți asigurare medicală?
sk Máte zdravotné poistenie?
sl Ali imate zdravstveno zavarovanje?
sv Har du någon försäkring?
ja 保険に入っていますか？
zh 您有医疗保险吗？
ko 보험이 있으세요?
th มีประกันสุขภาพไหม
vi Ông/bà có bảo hiểm y tế không?
tr Sağlık sigortanız var mı?
ar هل لديك تأمين صحي؟
ru У вас есть медицинская страховка?
uk У вас є медичне страхування?
hi क्या आपके पास स्वास्थ्य बीमा है?
id Apakah Anda punya asuransi kesehatan?
@where_does_it_hurt_q | doctor question | body_site | -
en Where does it hurt?
bg Къде ви боли?
cs Kde vás to bolí?
da Hvor gør det ondt?
de Wo tut es weh?
el Πού πονάτε;
es ¿Dónde le duele?
et Kus valutab?
fi Mihin sattuu?
fr Où avez-vous mal ?
ga Cá bhfuil an phian?
hr Gdje vas boli?
hu Hol fáj?
it Dove le fa male?
lt Kur skauda?
lv Kur sāp?
mt Fejn għandek l-uġigħ?
nl Waar doet het pijn?
pl Gdzie boli?
pt Onde dói?
ro Unde vă doare?
sk Kde vás to bolí?
sl Kje vas boli?
sv Var gör det ont?
ja どこが痛みますか？
zh 哪里疼？
ko 어디가 아프세요?
th เจ็บตรงไหน
vi Ông/bà đau ở đâu?
tr Neresi ağrıyor?
ar أين يؤلمك؟
ru Где болит?
uk Де болить?
hi दर्द कहाँ है?
id Di mana yang sakit?
""",
)

add(
    "question",
    """
@heart_problems_q | doctor question | yes_no | -
en Do you have heart problems?
bg Имате ли проблеми със сърцето?
cs Máte potíže se srdcem?
da Har du problemer med hjertet?
de Haben Sie Herzprobleme?
el Έχετε πρόβλημα με την καρδιά;
es ¿Tiene problemas de corazón?
et Kas teil on südameprobleeme?
fi Onko teillä sydänongelmia?
fr Avez-vous des problèmes cardiaques ?
ga An bhfuil fadhbanna croí agat?
hr Imate li problema sa srcem?
hu Van szívproblémája?
it Ha problemi di cuore?
lt Ar turite širdies problemų?
lv Vai jums ir problēmas ar sirdi?
mt Għandek problemi tal-qalb?
nl Heeft u hartproblemen?
pl Czy ma Pan/Pani problemy z sercem?
pt Tem problemas de coração?
ro Aveți probleme cu inima?
sk Máte problémy so srdcom?
sl Ali imate težave s srcem?
sv Har du problem med hjärtat?
ja 心臓の病気はありますか？
zh 您有心脏病吗？
ko 심장 질환이 있으세요?
th มีปัญหาเกี่ยวกับหัวใจไหม
vi Ông/bà có bệnh tim không?
tr Kalp rahatsızlığınız var mı?
ar هل لديك مشاكل في القلب؟
ru У вас есть проблемы с сердцем?
uk У вас є проблеми із серцем?
hi क्या आपको दिल की कोई बीमारी है?
id Apakah Anda punya masalah jantung?
@high_blood_pressure_q | doctor question | yes_no | condition.hypertension
en Do you have high blood pressure?
bg Имате ли високо кръвно налягане?
cs Máte vysoký krevní tlak?
da Har du forhøjet blodtryk?
de Haben Sie Bluthochdruck?
el Έχετε υψηλή αρτηριακή πίεση;
es ¿Tiene la presión arterial alta?
et Kas teil on kõrge vererõhk?
fi Onko teillä korkea verenpaine?
fr Avez-vous de l'hypertension ?
ga An bhfuil brú fola ard ort?
hr Imate li visoki krvni tlak?
hu Magas a vérnyomása?
it Ha la pressione alta?
lt Ar turite aukštą kraujospūdį?
lv Vai jums ir augsts asinsspiediens?
mt Għandek pressjoni għolja?
nl Heeft u een hoge bloeddruk?
pl Czy ma Pan/Pani nadciśnienie?
pt Tem hipertensão?
ro Aveți tensiune arterială mare?
sk Máte vysoký krvný tlak?
sl Ali imate visok krvni tlak?
sv Har du högt blodtryck?
ja 高血圧はありますか？
zh 您有高血压吗？
ko 고혈압이 있으세요?
th เป็นความดันโลหิตสูงไหม
vi Ông/bà có bị cao huyết áp không?
tr Yüksek tansiyonunuz var mı?
ar هل لديك ارتفاع في ضغط الدم؟
ru У вас высокое давление?
uk У вас високий тиск?
hi क्या आपको उच्च रक्तचाप है?
id Apakah Anda punya tekanan darah tinggi?
@had_operations_q | doctor question | yes_no phrase | -
en Have you had any operations?
bg Имали ли сте операции?
cs Měl/měla jste někdy nějakou operaci?
da Er du blevet opereret?
de Wurden Sie schon einmal operiert?
el Έχετε κάνει κάποια επέμβαση;
es ¿Le han operado alguna vez?
et Kas teid on opereeritud?
fi Onko teitä leikattu?
fr Avez-vous déjà subi une opération ?
ga An raibh obráid agat riamh?
hr Jeste li imali neku operaciju?
hu Műtötték már?
it Ha subito interventi chirurgici?
lt Ar jums buvo atliktos operacijos?
lv Vai jums ir veiktas operācijas?
mt Qatt għamilt xi operazzjoni?
nl Bent u ooit geopereerd?
pl Czy był Pan operowany/była Pani operowana?
pt Já fez alguma operação?
ro Ați avut vreo operație?
sk Mali ste nejakú operáciu?
sl Ste že imeli kakšno operacijo?
sv Har du opererats någon gång?
ja 手術を受けたことはありますか？
zh 您做过手术吗？
ko 수술을 받으신 적이 있어요?
th เคยผ่าตัดไหม
vi Ông/bà đã từng phẫu thuật chưa?
tr Daha önce ameliyat oldunuz mu?
ar هل أجريت أي عمليات جراحية؟
ru Вам делали операции?
uk Вам робили операції?
hi क्या आपका कभी ऑपरेशन हुआ है?
id Apakah Anda pernah dioperasi?
@dizzy_q | doctor question | yes_no | symptom.dizziness
en Do you feel dizzy?
bg Вие ли ви се свят?
cs Točí se vám hlava?
da Er du svimmel?
de Ist Ihnen schwindlig?
el Ζαλίζεστε;
es ¿Tiene mareos?
et Kas teil on pearinglus?
fi Onko teillä huimausta?
fr Avez-vous des vertiges ?
ga An bhfuil meadhrán ort?
hr Vrti li vam se u glavi?
hu Szédül?
it Le gira la testa?
lt Ar jums svaigsta galva?
lv Vai jums reibst galva?
mt Għandek sturdament?
nl Bent u duizelig?
pl Czy ma Pan/Pani zawroty głowy?
pt Sente tonturas?
ro Aveți amețeli?
sk Točí sa vám hlava?
sl Se vam vrti?
sv Känner du dig yr?
ja めまいはしますか？
zh 您头晕吗？
ko 어지러우세요?
th เวียนหัวไหม
vi Ông/bà có bị chóng mặt không?
tr Başınız dönüyor mu?
ar هل لديك دوار؟
ru У вас кружится голова?
uk У вас паморочиться голова?
hi क्या आपको चक्कर आ रहे हैं?
id Apakah Anda merasa pusing?
@diarrhoea_q | doctor question | yes_no | symptom.diarrhea
en Do you have diarrhoea?
bg Имате ли диария?
cs Máte průjem?
da Har du diarré?
de Haben Sie Durchfall?
el Έχετε διάρροια;
es ¿Tiene diarrea?
et Kas teil on kõhulahtisus?
fi Onko teillä ripulia?
fr Avez-vous la diarrhée ?
ga An bhfuil buinneach ort?
hr Imate li proljev?
hu Hasmenése van?
it Ha la diarrea?
lt Ar viduriuojate?
lv Vai jums ir caureja?
mt Għandek id-dijarea?
nl Heeft u diarree?
pl Czy ma Pan/Pani biegunkę?
pt Tem diarreia?
ro Aveți diaree?
sk Máte hnačku?
sl Ali imate drisko?
sv Har du diarré?
ja 下痢はありますか？
zh 您拉肚子吗？
ko 설사를 하세요?
th ท้องเสียไหม
vi Ông/bà có bị tiêu chảy không?
tr İshaliniz var mı?
ar هل لديك إسهال؟
ru У вас диарея?
uk У вас діарея?
hi क्या आपको दस्त हो रहे हैं?
id Apakah Anda diare?
@painful_urination_q | doctor question | yes_no | symptom.painful_urination
en Does it hurt when you pass urine?
bg Боли ли ви при уриниране?
cs Bolí vás to při močení?
da Gør det ondt, når du tisser?
de Haben Sie Schmerzen beim Wasserlassen?
el Πονάτε όταν ουρείτε;
es ¿Le duele al orinar?
et Kas urineerimine on valulik?
fi Sattuuko virtsatessa?
fr Avez-vous mal quand vous urinez ?
ga An mbíonn pian ort agus tú ag déanamh fuail?
hr Boli li vas pri mokrenju?
hu Fáj vizeléskor?
it Le fa male quando urina?
lt Ar skauda šlapinantis?
lv Vai urinējot sāp?
mt Għandek uġigħ meta tgħaddi l-awrina?
nl Doet het pijn bij het plassen?
pl Czy odczuwa Pan/Pani ból przy oddawaniu moczu?
pt Dói quando urina?
ro Vă doare când urinați?
sk Bolí vás to pri močení?
sl Vas boli pri uriniranju?
sv Gör det ont när du kissar?
ja 排尿時に痛みはありますか？
zh 您小便时疼吗？
ko 소변볼 때 아프세요?
th ปัสสาวะแล้วเจ็บไหม
vi Ông/bà có bị đau khi đi tiểu không?
tr İdrar yaparken ağrınız oluyor mu?
ar هل يؤلمك التبول؟
ru Вам больно мочиться?
uk Чи болить під час сечовипускання?
hi क्या पेशाब करते समय दर्द होता है?
id Apakah sakit saat buang air kecil?
@cough_q | doctor question | yes_no | symptom.cough
en Do you have a cough?
bg Кашляте ли?
cs Máte kašel?
da Har du hoste?
de Haben Sie Husten?
el Έχετε βήχα;
es ¿Tiene tos?
et Kas teil on köha?
fi Onko teillä yskää?
fr Toussez-vous ?
ga An bhfuil casacht ort?
hr Kašljete li?
hu Köhög?
it Ha la tosse?
lt Ar kosėjate?
lv Vai jūs klepojat?
mt Għandek sogħla?
nl Hoest u?
pl Czy ma Pan/Pani kaszel?
pt Tem tosse?
ro Tușiți?
sk Kašlete?
sl Ali kašljate?
sv Hostar du?
ja 咳は出ますか？
zh 您咳嗽吗？
ko 기침을 하세요?
th ไอไหม
vi Ông/bà có bị ho không?
tr Öksürüğünüz var mı?
ar هل لديك سعال؟
ru У вас есть кашель?
uk У вас є кашель?
hi क्या आपको खांसी है?
id Apakah Anda batuk?
@fell_q | doctor question | yes_no | condition.fall
en Did you fall?
bg Паднахте ли?
cs Upadl/upadla jste?
da Er du faldet?
de Sind Sie gestürzt?
el Πέσατε;
es ¿Se ha caído?
et Kas te kukkusite?
fi Kaaduitteko?
fr Avez-vous fait une chute ?
ga Ar thit tú?
hr Jeste li pali?
hu Elesett?
it Ha fatto una caduta?
lt Ar pargriuvote?
lv Vai jūs nokritāt?
mt Int waqajt?
nl Bent u gevallen?
pl Czy Pan upadł/Pani upadła?
pt Caiu?
ro Ați căzut?
sk Spadli ste?
sl Ste padli?
sv Har du ramlat?
ja 転びましたか？
zh 您摔倒了吗？
ko 넘어지셨어요?
th หกล้มหรือเปล่า
vi Ông/bà có bị ngã không?
tr Düştünüz mü?
ar هل سقطت؟
ru Вы упали?
uk Ви впали?
hi क्या आप गिर गए थे?
id Apakah Anda jatuh?
@which_medicines_q | doctor question | phrase | -
en Which medicines do you take?
bg Какви лекарства приемате?
cs Jaké léky užíváte?
da Hvilken medicin tager du?
de Welche Medikamente nehmen Sie?
el Ποια φάρμακα παίρνετε;
es ¿Qué medicamentos toma?
et Milliseid ravimeid te võtate?
fi Mitä lääkkeitä käytätte?
fr Quels médicaments prenez-vous ?
ga Cad iad na cógais a ghlacann tú?
hr Koje lijekove uzimate?
hu Milyen gyógyszereket szed?
it Quali farmaci prende?
lt Kokius vaistus vartojate?
lv Kādas zāles jūs lietojat?
mt Liema mediċini tieħu?
nl Welke medicijnen gebruikt u?
pl Jakie leki Pan/Pani przyjmuje?
pt Que medicamentos toma?
ro Ce medicamente luați?
sk Aké lieky užívate?
sl Katera zdravila jemljete?
sv Vilka mediciner tar du?
ja どんな薬を飲んでいますか？
zh 您在服用哪些药？
ko 어떤 약을 드세요?
th ตอนนี้กินยาอะไรอยู่
vi Ông/bà đang dùng những thuốc gì?
tr Hangi ilaçları kullanıyorsunuz?
ar ما الأدوية التي تتناولها؟
ru Какие лекарства вы принимаете?
uk Які ліки ви приймаєте?
hi आप कौन-कौन सी दवाएँ लेते हैं?
id Obat apa saja yang Anda minum?
@what_happened_q | doctor question | phrase | -
en What happened?
bg Какво се случи?
cs Co se stalo?
da Hvad er der sket?
de Was ist passiert?
el Τι συνέβη;
es ¿Qué ha pasado?
et Mis juhtus?
fi Mitä tapahtui?
fr Que s'est-il passé ?
ga Cad a tharla?
hr Što se dogodilo?
hu Mi történt?
it Che cosa è successo?
lt Kas atsitiko?
lv Kas notika?
mt X'ġara?
nl Wat is er gebeurd?
pl Co się stało?
pt O que aconteceu?
ro Ce s-a întâmplat?
sk Čo sa stalo?
sl Kaj se je zgodilo?
sv Vad har hänt?
ja 何がありましたか？
zh 发生了什么事？
ko 무슨 일이 있으셨어요?
th เกิดอะไรขึ้น
vi Đã xảy ra chuyện gì?
tr Ne oldu?
ar ماذا حدث؟
ru Что случилось?
uk Що сталося?
hi क्या हुआ?
id Apa yang terjadi?
@have_pacemaker_q | doctor question | yes_no | device.pacemaker
en Do you have a pacemaker?
bg Имате ли пейсмейкър?
cs Máte kardiostimulátor?
da Har du en pacemaker?
de Haben Sie einen Herzschrittmacher?
el Έχετε βηματοδότη;
es ¿Lleva marcapasos?
et Kas teil on südamestimulaator?
fi Onko teillä sydämentahdistin?
fr Avez-vous un pacemaker ?
ga An bhfuil séadaire croí agat?
hr Imate li ugrađen elektrostimulator srca?
hu Van szívritmus-szabályzója?
it Ha un pacemaker?
lt Ar turite širdies stimuliatorių?
lv Vai jums ir elektrokardiostimulators?
mt Għandek pacemaker?
nl Heeft u een pacemaker?
pl Czy ma Pan/Pani rozrusznik serca?
pt Tem pacemaker?
ro Aveți stimulator cardiac?
sk Máte kardiostimulátor?
sl Ali imate srčni spodbujevalnik?
sv Har du pacemaker?
ja ペースメーカーは入っていますか？
zh 您装了心脏起搏器吗？
ko 심장박동기를 달고 계세요?
th ใส่เครื่องกระตุ้นหัวใจไหม
vi Ông/bà có đặt máy tạo nhịp tim không?
tr Kalp piliniz var mı?
ar هل لديك جهاز تنظيم ضربات القلب؟
ru У вас есть кардиостимулятор?
uk У вас є кардіостимулятор?
hi क्या आपके पेसमेकर लगा है?
id Apakah Anda memakai alat pacu jantung?
@what_is_your_name_q | doctor question | phrase | -
en What is your name?
bg Как се казвате?
cs Jak se jmenujete?
da Hvad hedder du?
de Wie heißen Sie?
el Πώς λέγεστε;
es ¿Cómo se llama?
et Mis teie nimi on?
fi Mikä teidän nimenne on?
fr Comment vous appelez-vous ?
ga Cad is ainm duit?
hr Kako se zovete?
hu Hogy hívják?
it Come si chiama?
lt Koks jūsų vardas?
lv Kā jūs sauc?
mt X'jismek?
nl Hoe heet u?
pl Jak się Pan/Pani nazywa?
pt Como se chama?
ro Cum vă numiți?
sk Ako sa voláte?
sl Kako vam je ime?
sv Vad heter du?
ja お名前は何ですか？
zh 您叫什么名字？
ko 성함이 어떻게 되세요?
th ชื่ออะไร
vi Ông/bà tên là gì?
tr Adınız nedir?
ar ما اسمك؟
ru Как вас зовут?
uk Як вас звати?
hi आपका नाम क्या है?
id Siapa nama Anda?
""",
)

# ---------------------------------------------------------------- answer
add(
    "answer",
    """
@yes | either answer | - | -
en Yes.
bg Да.
cs Ano.
da Ja.
de Ja.
el Ναι.
es Sí.
et Jah.
fi Kyllä.
fr Oui.
ga Sea.
hr Da.
hu Igen.
it Sì.
lt Taip.
lv Jā.
mt Iva.
nl Ja.
pl Tak.
pt Sim.
ro Da.
sk Áno.
sl Da.
sv Ja.
ja はい。
zh 是的。
ko 네.
th ใช่
vi Vâng.
tr Evet.
ar نعم.
ru Да.
uk Так.
hi हाँ।
id Ya.
@no | either answer | - | -
en No.
bg Не.
cs Ne.
da Nej.
de Nein.
el Όχι.
es No.
et Ei.
fi Ei.
fr Non.
ga Ní hea.
hr Ne.
hu Nem.
it No.
lt Ne.
lv Nē.
mt Le.
nl Nee.
pl Nie.
pt Não.
ro Nu.
sk Nie.
sl Ne.
sv Nej.
ja いいえ。
zh 不是。
ko 아니요.
th ไม่ใช่
vi Không.
tr Hayır.
ar لا.
ru Нет.
uk Ні.
hi नहीं।
id Tidak.
@dont_know | either answer | - | -
en I don't know.
bg Не знам.
cs Nevím.
da Det ved jeg ikke.
de Ich weiß es nicht.
el Δεν ξέρω.
es No lo sé.
et Ma ei tea.
fi En tiedä.
fr Je ne sais pas.
ga Níl a fhios agam.
hr Ne znam.
hu Nem tudom.
it Non lo so.
lt Nežinau.
lv Es nezinu.
mt Ma nafx.
nl Ik weet het niet.
pl Nie wiem.
pt Não sei.
ro Nu știu.
sk Neviem.
sl Ne vem.
sv Jag vet inte.
ja 知りません。
zh 我不知道。
ko 모르겠어요.
th ไม่ทราบ
vi Tôi không biết.
tr Bilmiyorum.
ar لا أعرف.
ru Не знаю.
uk Не знаю.
hi मुझे नहीं पता।
id Saya tidak tahu.
@maybe | either answer | - | -
en Maybe.
bg Може би.
cs Možná.
da Måske.
de Vielleicht.
el Ίσως.
es Quizás.
et Võib-olla.
fi Ehkä.
fr Peut-être.
ga B'fhéidir.
hr Možda.
hu Talán.
it Forse.
lt Galbūt.
lv Varbūt.
mt Forsi.
nl Misschien.
pl Może.
pt Talvez.
ro Poate.
sk Možno.
sl Mogoče.
sv Kanske.
ja たぶん。
zh 也许。
ko 아마도요.
th อาจจะ
vi Có thể.
tr Belki.
ar ربما.
ru Может быть.
uk Можливо.
hi शायद।
id Mungkin.
@a_little | either answer | - | -
en A little.
bg Малко.
cs Trochu.
da Lidt.
de Ein bisschen.
el Λίγο.
es Un poco.
et Natuke.
fi Vähän.
fr Un peu.
ga Beagán.
hr Malo.
hu Egy kicsit.
it Un po'.
lt Truputį.
lv Mazliet.
mt Ftit.
nl Een beetje.
pl Trochę.
pt Um pouco.
ro Puțin.
sk Trochu.
sl Malo.
sv Lite.
ja 少し。
zh 有一点。
ko 조금요.
th นิดหน่อย
vi Một chút.
tr Biraz.
ar قليلًا.
ru Немного.
uk Трохи.
hi थोड़ा।
id Sedikit.
@a_lot | either answer | - | -
en A lot.
bg Много.
cs Hodně.
da Meget.
de Sehr.
el Πολύ.
es Mucho.
et Väga.
fi Paljon.
fr Beaucoup.
ga Go mór.
hr Jako.
hu Nagyon.
it Molto.
lt Labai.
lv Ļoti.
mt Ħafna.
nl Heel erg.
pl Bardzo.
pt Muito.
ro Foarte mult.
sk Veľmi.
sl Zelo.
sv Mycket.
ja とても。
zh 很多。
ko 많이요.
th มาก
vi Nhiều.
tr Çok.
ar كثيرًا.
ru Сильно.
uk Сильно.
hi बहुत।
id Banyak.
@sometimes | either answer | - | -
en Sometimes.
bg Понякога.
cs Někdy.
da Nogle gange.
de Manchmal.
el Μερικές φορές.
es A veces.
et Mõnikord.
fi Joskus.
fr Parfois.
ga Uaireanta.
hr Ponekad.
hu Néha.
it A volte.
lt Kartais.
lv Dažreiz.
mt Xi drabi.
nl Soms.
pl Czasami.
pt Às vezes.
ro Uneori.
sk Niekedy.
sl Včasih.
sv Ibland.
ja 時々。
zh 有时候。
ko 가끔요.
th บางครั้ง
vi Thỉnh thoảng.
tr Bazen.
ar أحيانًا.
ru Иногда.
uk Іноді.
hi कभी-कभी।
id Kadang-kadang.
@always | either answer | - | -
en Always.
bg Винаги.
cs Vždycky.
da Altid.
de Immer.
el Πάντα.
es Siempre.
et Alati.
fi Aina.
fr Toujours.
ga I gcónaí.
hr Uvijek.
hu Mindig.
it Sempre.
lt Visada.
lv Vienmēr.
mt Dejjem.
nl Altijd.
pl Zawsze.
pt Sempre.
ro Întotdeauna.
sk Vždy.
sl Vedno.
sv Alltid.
ja いつも。
zh 一直都是。
ko 항상요.
th ตลอดเวลา
vi Luôn luôn.
tr Her zaman.
ar دائمًا.
ru Всегда.
uk Завжди.
hi हमेशा।
id Selalu.
@never | either answer | - | -
en Never.
bg Никога.
cs Nikdy.
da Aldrig.
de Nie.
el Ποτέ.
es Nunca.
et Mitte kunagi.
fi Ei koskaan.
fr Jamais.
ga Riamh.
hr Nikad.
hu Soha.
it Mai.
lt Niekada.
lv Nekad.
mt Qatt.
nl Nooit.
pl Nigdy.
pt Nunca.
ro Niciodată.
sk Nikdy.
sl Nikoli.
sv Aldrig.
ja 一度もありません。
zh 从来没有。
ko 전혀 없어요.
th ไม่เคย
vi Không bao giờ.
tr Hiçbir zaman.
ar أبدًا.
ru Никогда.
uk Ніколи.
hi कभी नहीं।
id Tidak pernah.
@dont_understand | either answer | - | -
en I don't understand.
bg Не разбирам.
cs Nerozumím.
da Jeg forstår det ikke.
de Ich verstehe das nicht.
el Δεν καταλαβαίνω.
es No entiendo.
et Ma ei saa aru.
fi En ymmärrä.
fr Je ne comprends pas.
ga Ní thuigim.
hr Ne razumijem.
hu Nem értem.
it Non capisco.
lt Nesuprantu.
lv Es nesaprotu.
mt Ma nifhimx.
nl Ik begrijp het niet.
pl Nie rozumiem.
pt Não compreendo.
ro Nu înțeleg.
sk Nerozumiem.
sl Ne razumem.
sv Jag förstår inte.
ja 意味がわかりません。
zh 我不明白。
ko 이해가 안 돼요.
th ไม่เข้าใจ
vi Tôi không hiểu.
tr Anlamıyorum.
ar لا أفهم.
ru Я не понимаю.
uk Я не розумію.
hi मुझे समझ नहीं आया।
id Saya tidak mengerti.
@understand | either answer | - | -
en I understand.
bg Разбирам.
cs Rozumím.
da Jeg forstår.
de Ich verstehe.
el Καταλαβαίνω.
es Entiendo.
et Saan aru.
fi Ymmärrän.
fr Je comprends.
ga Tuigim.
hr Razumijem.
hu Értem.
it Capisco.
lt Suprantu.
lv Es saprotu.
mt Nifhem.
nl Ik begrijp het.
pl Rozumiem.
pt Compreendo.
ro Înțeleg.
sk Rozumiem.
sl Razumem.
sv Jag förstår.
ja わかりました。
zh 我明白了。
ko 알겠습니다.
th เข้าใจแล้ว
vi Tôi hiểu rồi.
tr Anlıyorum.
ar أفهم.
ru Понимаю.
uk Розумію.
hi मुझे समझ आ गया।
id Saya mengerti.
@please_repeat | either answer | - | -
en Please repeat.
bg Моля, повторете.
cs Zopakujte to prosím.
da Gentag venligst.
de Bitte wiederholen Sie das.
el Επαναλάβετε, παρακαλώ.
es Repita, por favor.
et Palun korrake.
fi Voisitteko toistaa?
fr Pouvez-vous répéter, s'il vous plaît ?
ga Abair arís é, le do thoil.
hr Molim vas, ponovite.
hu Kérem, ismételje meg.
it Può ripetere, per favore?
lt Prašom pakartoti.
lv Lūdzu, atkārtojiet.
mt Jekk jogħġbok, erġa' għidha.
nl Wilt u dat herhalen?
pl Proszę powtórzyć.
pt Pode repetir, por favor?
ro Repetați, vă rog.
sk Zopakujte to, prosím.
sl Prosim, ponovite.
sv Kan du upprepa det?
ja もう一度言ってください。
zh 请再说一遍。
ko 다시 한번 말씀해 주세요.
th กรุณาพูดอีกครั้ง
vi Xin nhắc lại.
tr Lütfen tekrar eder misiniz?
ar من فضلك، أعد ما قلته.
ru Повторите, пожалуйста.
uk Повторіть, будь ласка.
hi कृपया दोबारा कहिए।
id Tolong ulangi.
@better | either answer | - | -
en Better.
bg По-добре.
cs Lépe.
da Bedre.
de Besser.
el Καλύτερα.
es Mejor.
et Parem.
fi Parempi.
fr Mieux.
ga Níos fearr.
hr Bolje.
hu Jobban.
it Meglio.
lt Geriau.
lv Labāk.
mt Aħjar.
nl Beter.
pl Lepiej.
pt Melhor.
ro Mai bine.
sk Lepšie.
sl Bolje.
sv Bättre.
ja 良くなりました。
zh 好一些了。
ko 나아졌어요.
th ดีขึ้น
vi Đỡ hơn.
tr Daha iyi.
ar أفضل.
ru Лучше.
uk Краще.
hi बेहतर।
id Lebih baik.
@worse | either answer | - | -
en Worse.
bg По-зле.
cs Hůře.
da Værre.
de Schlechter.
el Χειρότερα.
es Peor.
et Halvem.
fi Huonompi.
fr Plus mal.
ga Níos measa.
hr Gore.
hu Rosszabbul.
it Peggio.
lt Blogiau.
lv Sliktāk.
mt Agħar.
nl Slechter.
pl Gorzej.
pt Pior.
ro Mai rău.
sk Horšie.
sl Slabše.
sv Sämre.
ja 悪くなりました。
zh 更严重了。
ko 더 심해졌어요.
th แย่ลง
vi Nặng hơn.
tr Daha kötü.
ar أسوأ.
ru Хуже.
uk Гірше.
hi पहले से बदतर।
id Lebih buruk.
@the_same | either answer | - | -
en The same.
bg Без промяна.
cs Beze změny.
da Uændret.
de Unverändert.
el Το ίδιο.
es Igual.
et Ei ole muutunud.
fi Ennallaan.
fr Pas de changement.
ga Mar an gcéanna.
hr Isto.
hu Változatlan.
it Come prima.
lt Be pokyčių.
lv Bez izmaiņām.
mt L-istess.
nl Onveranderd.
pl Bez zmian.
pt Igual.
ro La fel.
sk Bez zmeny.
sl Enako.
sv Oförändrat.
ja 変わりません。
zh 没有变化。
ko 그대로예요.
th เหมือนเดิม
vi Vẫn như cũ.
tr Aynı.
ar كما هو.
ru Без изменений.
uk Без змін.
hi पहले जैसा ही।
id Sama saja.
@agree | either answer | - | -
en I agree.
bg Съгласявам се.
cs Souhlasím.
da Jeg er indforstået.
de Ich bin einverstanden.
el Συμφωνώ.
es Estoy de acuerdo.
et Olen nõus.
fi Suostun.
fr Je suis d'accord.
ga Aontaím.
hr Slažem se.
hu Egyetértek.
it Sono d'accordo.
lt Sutinku.
lv Es piekrītu.
mt Naqbel.
nl Ik ga akkoord.
pl Zgadzam się.
pt Concordo.
ro Sunt de acord.
sk Súhlasím.
sl Strinjam se.
sv Jag går med på det.
ja 同意します。
zh 我同意。
ko 동의합니다.
th ฉันยินยอม
vi Tôi đồng ý.
tr Kabul ediyorum.
ar أوافق.
ru Я даю согласие.
uk Я даю згоду.
hi मैं सहमत हूँ।
id Saya setuju.
@do_not_agree | either answer | - | -
en I do not agree.
bg Не се съгласявам.
cs Nesouhlasím.
da Jeg er ikke indforstået.
de Ich bin nicht einverstanden.
el Δεν συμφωνώ.
es No estoy de acuerdo.
et Ma ei ole nõus.
fi En suostu.
fr Je ne suis pas d'accord.
ga Ní aontaím.
hr Ne slažem se.
hu Nem értek egyet.
it Non sono d'accordo.
lt Nesutinku.
lv Es nepiekrītu.
mt Ma naqbilx.
nl Ik ga niet akkoord.
pl Nie zgadzam się.
pt Não concordo.
ro Nu sunt de acord.
sk Nesúhlasím.
sl Ne strinjam se.
sv Jag går inte med på det.
ja 同意しません。
zh 我不同意。
ko 동의하지 않습니다.
th ฉันไม่ยินยอม
vi Tôi không đồng ý.
tr Kabul etmiyorum.
ar لا أوافق.
ru Я не даю согласия.
uk Я не даю згоди.
hi मैं सहमत नहीं हूँ।
id Saya tidak setuju.
@thank_you | either answer | - | -
en Thank you.
bg Благодаря.
cs Děkuji.
da Tak.
de Danke.
el Ευχαριστώ.
es Gracias.
et Aitäh.
fi Kiitos.
fr Merci.
ga Go raibh maith agat.
hr Hvala.
hu Köszönöm.
it Grazie.
lt Ačiū.
lv Paldies.
mt Grazzi.
nl Dank u wel.
pl Dziękuję.
pt Obrigado/obrigada.
ro Mulțumesc.
sk Ďakujem.
sl Hvala.
sv Tack.
ja ありがとうございます。
zh 谢谢。
ko 감사합니다.
th ขอบคุณ
vi Cảm ơn.
tr Teşekkür ederim.
ar شكرًا.
ru Спасибо.
uk Дякую.
hi धन्यवाद।
id Terima kasih.
""",
)

# ---------------------------------------------------------------- instruction
add(
    "instruction",
    """
@do_not_eat_or_drink | doctor instruction | - | -
en Do not eat or drink.
bg Моля, не яжте и не пийте.
cs Nejezte a nepijte, prosím.
da Du må ikke spise eller drikke.
de Bitte essen und trinken Sie nichts.
el Μην τρώτε και μην πίνετε τίποτα.
es No coma ni beba nada.
et Palun ärge sööge ega jooge.
fi Älkää syökö tai juoko mitään.
fr Ne mangez pas et ne buvez pas.
ga Ná hith agus ná hól aon rud.
hr Molim vas, nemojte jesti ni piti.
hu Kérem, ne egyen és ne igyon semmit.
it Non mangi e non beva niente.
lt Prašom nevalgyti ir negerti.
lv Lūdzu, neēdiet un nedzeriet.
mt Tikolx u tixrobx.
nl Niet eten of drinken, alstublieft.
pl Proszę nic nie jeść ani nie pić.
pt Não coma nem beba nada.
ro Vă rog să nu mâncați și să nu beți.
sk Nejedzte a nepite, prosím.
sl Prosim, ne jejte in ne pijte.
sv Du får inte äta eller dricka.
ja 食べたり飲んだりしないでください。
zh 请不要吃东西或喝水。
ko 아무것도 드시거나 마시지 마세요.
th ห้ามกินหรือดื่มอะไร
vi Ông/bà không được ăn uống gì.
tr Lütfen bir şey yemeyin ve içmeyin.
ar يرجى عدم الأكل أو الشرب.
ru Пожалуйста, не ешьте и не пейте.
uk Будь ласка, не їжте і не пийте.
hi कृपया कुछ भी न खाएँ और न पिएँ।
id Jangan makan atau minum apa pun.
@take_one_tablet_twice_daily | doctor instruction | - | -
en Take one tablet twice a day.
bg Приемайте по една таблетка два пъти дневно.
cs Užívejte jednu tabletu dvakrát denně.
da Tag én tablet to gange om dagen.
de Nehmen Sie zweimal täglich eine Tablette.
el Παίρνετε ένα χάπι δύο φορές την ημέρα.
es Tome una pastilla dos veces al día.
et Võtke üks tablett kaks korda päevas.
fi Ottakaa yksi tabletti kaksi kertaa päivässä.
fr Prenez un comprimé deux fois par jour.
ga Glac táibléad amháin faoi dhó sa lá.
hr Uzimajte jednu tabletu dvaput dnevno.
hu Naponta kétszer vegyen be egy tablettát.
it Prenda una compressa due volte al giorno.
lt Gerkite po vieną tabletę du kartus per dieną.
lv Lietojiet vienu tableti divas reizes dienā.
mt Ħu pillola waħda darbtejn kuljum.
nl Neem twee keer per dag één tablet in.
pl Proszę przyjmować jedną tabletkę dwa razy dziennie.
pt Tome um comprimido duas vezes por dia.
ro Luați câte un comprimat de două ori pe zi.
sk Užívajte jednu tabletu dvakrát denne.
sl Jemljite eno tableto dvakrat na dan.
sv Ta en tablett två gånger om dagen.
ja 1回1錠、1日2回飲んでください。
zh 每天两次，每次一片。
ko 하루에 두 번, 한 알씩 드세요.
th กินยาครั้งละหนึ่งเม็ด วันละสองครั้ง
vi Uống mỗi lần một viên, ngày hai lần.
tr Günde iki kez birer tablet alın.
ar يؤخذ قرص واحد مرتين يوميًا.
ru Принимайте по одной таблетке два раза в день.
uk Приймайте по одній таблетці двічі на день.
hi दिन में दो बार एक गोली लीजिए।
id Minum satu tablet dua kali sehari.
@take_one_tablet_three_times_daily | doctor instruction | - | -
en Take one tablet three times a day.
bg Приемайте по една таблетка три пъти дневно.
cs Užívejte jednu tabletu třikrát denně.
da Tag én tablet tre gange om dagen.
de Nehmen Sie dreimal täglich eine Tablette.
el Παίρνετε ένα χάπι τρεις φορές την ημέρα.
es Tome una pastilla tres veces al día.
et Võtke üks tablett kolm korda päevas.
fi Ottakaa yksi tabletti kolme kertaa päivässä.
fr Prenez un comprimé trois fois par jour.
ga Glac táibléad amháin trí huaire sa lá.
hr Uzimajte jednu tabletu triput dnevno.
hu Naponta háromszor vegyen be egy tablettát.
it Prenda una compressa tre volte al giorno.
lt Gerkite po vieną tabletę tris kartus per dieną.
lv Lietojiet vienu tableti trīs reizes dienā.
mt Ħu pillola waħda tliet darbiet kuljum.
nl Neem drie keer per dag één tablet in.
pl Proszę przyjmować jedną tabletkę trzy razy dziennie.
pt Tome um comprimido três vezes por dia.
ro Luați câte un comprimat de trei ori pe zi.
sk Užívajte jednu tabletu trikrát denne.
sl Jemljite eno tableto trikrat na dan.
sv Ta en tablett tre gånger om dagen.
ja 1回1錠、1日3回飲んでください。
zh 每天三次，每次一片。
ko 하루에 세 번, 한 알씩 드세요.
th กินยาครั้งละหนึ่งเม็ด วันละสามครั้ง
vi Uống mỗi lần một viên, ngày ba lần.
tr Günde üç kez birer tablet alın.
ar يؤخذ قرص واحد ثلاث مرات يوميًا.
ru Принимайте по одной таблетке три раза в день.
uk Приймайте по одній таблетці тричі на день.
hi दिन में तीन बार एक गोली लीजिए।
id Minum satu tablet tiga kali sehari.
@take_one_tablet_morning | doctor instruction | - | -
en Take one tablet in the morning.
bg Приемайте една таблетка сутрин.
cs Užívejte jednu tabletu ráno.
da Tag én tablet om morgenen.
de Nehmen Sie morgens eine Tablette.
el Παίρνετε ένα χάπι το πρωί.
es Tome una pastilla por la mañana.
et Võtke üks tablett hommikul.
fi Ottakaa yksi tabletti aamulla.
fr Prenez un comprimé le matin.
ga Glac táibléad amháin ar maidin.
hr Uzimajte jednu tabletu ujutro.
hu Reggel vegyen be egy tablettát.
it Prenda una compressa al mattino.
lt Gerkite vieną tabletę ryte.
lv Lietojiet vienu tableti no rīta.
mt Ħu pillola waħda filgħodu.
nl Neem 's ochtends één tablet in.
pl Proszę przyjmować jedną tabletkę rano.
pt Tome um comprimido de manhã.
ro Luați un comprimat dimineața.
sk Užívajte jednu tabletu ráno.
sl Jemljite eno tableto zjutraj.
sv Ta en tablett på morgonen.
ja 朝に1錠飲んでください。
zh 每天早上吃一片。
ko 아침에 한 알 드세요.
th กินยาหนึ่งเม็ดตอนเช้า
vi Uống một viên vào buổi sáng.
tr Sabahları bir tablet alın.
ar يؤخذ قرص واحد في الصباح.
ru Принимайте одну таблетку утром.
uk Приймайте одну таблетку вранці.
hi सुबह एक गोली लीजिए।
id Minum satu tablet pada pagi hari.
@take_one_tablet_at_bedtime | doctor instruction | - | -
en Take one tablet at bedtime.
bg Приемайте една таблетка преди лягане.
cs Užívejte jednu tabletu před spaním.
da Tag én tablet ved sengetid.
de Nehmen Sie vor dem Schlafengehen eine Tablette.
el Παίρνετε ένα χάπι πριν από τον ύπνο.
es Tome una pastilla antes de acostarse.
et Võtke üks tablett enne magamaminekut.
fi Ottakaa yksi tabletti ennen nukkumaanmenoa.
fr Prenez un comprimé au coucher.
ga Glac táibléad amháin ag am luí.
hr Uzimajte jednu tabletu prije spavanja.
hu Lefekvés előtt vegyen be egy tablettát.
it Prenda una compressa prima di dormire.
lt Gerkite vieną tabletę prieš miegą.
lv Lietojiet vienu tableti pirms gulētiešanas.
mt Ħu pillola waħda qabel torqod.
nl Neem één tablet in voor het slapengaan.
pl Proszę przyjmować jedną tabletkę przed snem.
pt Tome um comprimido ao deitar.
ro Luați un comprimat seara la culcare.
sk Užívajte jednu tabletu pred spaním.
sl Jemljite eno tableto pred spanjem.
sv Ta en tablett vid sänggåendet.
ja 寝る前に1錠飲んでください。
zh 睡前吃一片。
ko 주무시기 전에 한 알 드세요.
th กินยาหนึ่งเม็ดก่อนนอน
vi Uống một viên trước khi đi ngủ.
tr Yatmadan önce bir tablet alın.
ar يؤخذ قرص واحد قبل النوم.
ru Принимайте одну таблетку перед сном.
uk Приймайте одну таблетку перед сном.
hi सोने से पहले एक गोली लीजिए।
id Minum satu tablet sebelum tidur.
@take_with_food | doctor instruction | - | -
en Take it with food.
bg Приемайте го с храна.
cs Užívejte to s jídlem.
da Tag den sammen med mad.
de Nehmen Sie es zum Essen ein.
el Να το παίρνετε με φαγητό.
es Tómelo con comida.
et Võtke seda koos toiduga.
fi Ottakaa se ruoan kanssa.
fr Prenez-le pendant le repas.
ga Glac é le bia.
hr Uzimajte to uz obrok.
hu Étkezés közben vegye be.
it Lo prenda durante i pasti.
lt Vartokite valgio metu.
lv Lietojiet ēšanas laikā.
mt Ħudha mal-ikel.
nl Neem het in bij de maaltijd.
pl Proszę przyjmować w trakcie posiłku.
pt Tome-o com as refeições.
ro Luați-l în timpul mesei.
sk Užívajte to s jedlom.
sl Jemljite ga s hrano.
sv Ta den i samband med måltid.
ja 食事と一緒に飲んでください。
zh 请随餐服用。
ko 식사와 함께 드세요.
th กินยาพร้อมอาหาร
vi Uống thuốc trong bữa ăn.
tr Yemekle birlikte alın.
ar يؤخذ مع الطعام.
ru Принимайте во время еды.
uk Приймайте під час їжі.
hi इसे खाने के साथ लीजिए।
id Minum bersama makanan.
@take_on_empty_stomach | doctor instruction | - | -
en Take it on an empty stomach.
bg Приемайте го на гладно.
cs Užívejte to nalačno.
da Tag den på tom mave.
de Nehmen Sie es auf nüchternen Magen ein.
el Να το παίρνετε με άδειο στομάχι.
es Tómelo en ayunas.
et Võtke seda tühja kõhuga.
fi Ottakaa se tyhjään vatsaan.
fr Prenez-le à jeun.
ga Glac é ar bholg folamh.
hr Uzimajte to natašte.
hu Éhgyomorra vegye be.
it Lo prenda a stomaco vuoto.
lt Vartokite nevalgę.
lv Lietojiet tukšā dūšā.
mt Ħudha fuq stonku vojt.
nl Neem het op een lege maag in.
pl Proszę przyjmować na czczo.
pt Tome-o em jejum.
ro Luați-l pe stomacul gol.
sk Užívajte to nalačno.
sl Jemljite ga na tešče.
sv Ta den på fastande mage.
ja 空腹時に飲んでください。
zh 请空腹服用。
ko 빈속에 드세요.
th กินยาตอนท้องว่าง
vi Uống thuốc lúc đói.
tr Aç karnına alın.
ar يؤخذ على معدة فارغة.
ru Принимайте натощак.
uk Приймайте натщесерце.
hi इसे खाली पेट लीजिए।
id Minum saat perut kosong.
@no_alcohol_with_this | doctor instruction | - | -
en Do not take this with alcohol.
bg Не го приемайте с алкохол.
cs Neužívejte to s alkoholem.
da Tag den ikke sammen med alkohol.
de Nehmen Sie es nicht zusammen mit Alkohol ein.
el Μην το παίρνετε με αλκοόλ.
es No lo tome con alcohol.
et Ärge võtke seda koos alkoholiga.
fi Älkää ottako sitä alkoholin kanssa.
fr Ne le prenez pas avec de l'alcool.
ga Ná glac é seo le halcól.
hr Ne uzimajte to s alkoholom.
hu Ne vegye be alkohollal együtt.
it Non lo prenda insieme all'alcol.
lt Nevartokite kartu su alkoholiu.
lv Nelietojiet kopā ar alkoholu.
mt Tiħux din mal-alkoħol.
nl Neem het niet in combinatie met alcohol.
pl Proszę nie przyjmować tego z alkoholem.
pt Não o tome com álcool.
ro Nu-l luați cu alcool.
sk Neužívajte to s alkoholom.
sl Ne jemljite ga skupaj z alkoholom.
sv Ta den inte tillsammans med alkohol.
ja アルコールと一緒に飲まないでください。
zh 服药期间请不要喝酒。
ko 술과 함께 드시지 마세요.
th ห้ามกินยานี้กับเครื่องดื่มแอลกอฮอล์
vi Không uống thuốc này cùng với rượu bia.
tr Bunu alkolle birlikte almayın.
ar لا يؤخذ مع الكحول.
ru Не принимайте это вместе с алкоголем.
uk Не приймайте це разом з алкоголем.
hi इसे शराब के साथ न लें।
id Jangan minum obat ini bersama alkohol.
@lie_down | doctor instruction | - | -
en Lie down, please.
bg Легнете, моля.
cs Lehněte si, prosím.
da Læg dig ned, tak.
de Legen Sie sich bitte hin.
el Ξαπλώστε, παρακαλώ.
es Túmbese, por favor.
et Heitke palun pikali.
fi Käykää makuulle.
fr Allongez-vous, s'il vous plaît.
ga Luigh síos, le do thoil.
hr Lezite, molim vas.
hu Kérem, feküdjön le.
it Si sdrai, per favore.
lt Prašom atsigulti.
lv Lūdzu, apgulieties.
mt Imtedd, jekk jogħġbok.
nl Gaat u liggen, alstublieft.
pl Proszę się położyć.
pt Deite-se, por favor.
ro Întindeți-vă, vă rog.
sk Ľahnite si, prosím.
sl Prosim, ulezite se.
sv Lägg dig ner, är du snäll.
ja 横になってください。
zh 请躺下。
ko 누우세요.
th กรุณานอนลง
vi Xin ông/bà nằm xuống.
tr Lütfen uzanın.
ar يرجى الاستلقاء.
ru Лягте, пожалуйста.
uk Ляжте, будь ласка.
hi कृपया लेट जाइए।
id Silakan berbaring.
@sit_down | doctor instruction | - | -
en Sit down, please.
bg Седнете, моля.
cs Posaďte se, prosím.
da Sæt dig ned, tak.
de Setzen Sie sich bitte.
el Καθίστε, παρακαλώ.
es Siéntese, por favor.
et Istuge palun.
fi Istukaa.
fr Asseyez-vous, s'il vous plaît.
ga Suigh síos, le do thoil.
hr Sjednite, molim vas.
hu Kérem, üljön le.
it Si sieda, per favore.
lt Prašom atsisėsti.
lv Lūdzu, apsēdieties.
mt Oqgħod bilqiegħda, jekk jogħġbok.
nl Gaat u zitten, alstublieft.
pl Proszę usiąść.
pt Sente-se, por favor.
ro Luați loc, vă rog.
sk Posaďte sa, prosím.
sl Prosim, sedite.
sv Sätt dig ner, är du snäll.
ja 座ってください。
zh 请坐。
ko 앉으세요.
th กรุณานั่งลง
vi Xin ông/bà ngồi xuống.
tr Lütfen oturun.
ar يرجى الجلوس.
ru Садитесь, пожалуйста.
uk Сідайте, будь ласка.
hi कृपया बैठ जाइए।
id Silakan duduk.
@take_deep_breath | doctor instruction | - | -
en Take a deep breath.
bg Поемете дълбоко въздух.
cs Zhluboka se nadechněte.
da Tag en dyb indånding.
de Atmen Sie tief ein.
el Πάρτε βαθιά ανάσα.
es Respire hondo.
et Hingake sügavalt sisse.
fi Hengittäkää syvään.
fr Respirez profondément.
ga Tarraing anáil dhomhain.
hr Duboko udahnite.
hu Vegyen mély levegőt.
it Faccia un respiro profondo.
lt Giliai įkvėpkite.
lv Dziļi ieelpojiet.
mt Ħu nifs fil-fond.
nl Haal diep adem.
pl Proszę głęboko odetchnąć.
pt Respire fundo.
ro Respirați adânc.
sk Zhlboka sa nadýchnite.
sl Globoko vdihnite.
sv Andas in djupt.
ja 深く息を吸ってください。
zh 请深吸一口气。
ko 숨을 깊게 들이쉬세요.
th หายใจเข้าลึกๆ
vi Hít thở sâu.
tr Derin bir nefes alın.
ar يرجى أخذ نفس عميق.
ru Сделайте глубокий вдох.
uk Зробіть глибокий вдих.
hi गहरी साँस लीजिए।
id Tarik napas dalam-dalam.
@breathe_normally | doctor instruction | - | -
en Breathe normally.
bg Дишайте нормално.
cs Dýchejte normálně.
da Træk vejret normalt.
de Atmen Sie normal weiter.
el Αναπνέετε κανονικά.
es Respire con normalidad.
et Hingake normaalselt.
fi Hengittäkää normaalisti.
fr Respirez normalement.
ga Análaigh go normálta.
hr Dišite normalno.
hu Lélegezzen normálisan.
it Respiri normalmente.
lt Kvėpuokite normaliai.
lv Elpojiet normāli.
mt Ħu n-nifs normali.
nl Adem normaal.
pl Proszę oddychać normalnie.
pt Respire normalmente.
ro Respirați normal.
sk Dýchajte normálne.
sl Dihajte normalno.
sv Andas normalt.
ja 普通に呼吸してください。
zh 请正常呼吸。
ko 평소처럼 숨 쉬세요.
th หายใจตามปกติ
vi Thở bình thường.
tr Normal nefes alın.
ar يرجى التنفس بشكل طبيعي.
ru Дышите нормально.
uk Дихайте нормально.
hi सामान्य रूप से साँस लीजिए।
id Bernapaslah seperti biasa.
@open_mouth | doctor instruction | - | -
en Open your mouth.
bg Отворете уста.
cs Otevřete ústa.
da Åbn munden.
de Öffnen Sie den Mund.
el Ανοίξτε το στόμα σας.
es Abra la boca.
et Tehke suu lahti.
fi Avatkaa suu.
fr Ouvrez la bouche.
ga Oscail do bhéal.
hr Otvorite usta.
hu Nyissa ki a száját.
it Apra la bocca.
lt Išsižiokite.
lv Atveriet muti.
mt Iftaħ ħalqek.
nl Doe uw mond open.
pl Proszę otworzyć usta.
pt Abra a boca.
ro Deschideți gura.
sk Otvorte ústa.
sl Odprite usta.
sv Öppna munnen.
ja 口を開けてください。
zh 请张开嘴。
ko 입을 벌려 보세요.
th อ้าปาก
vi Há miệng ra.
tr Ağzınızı açın.
ar يرجى فتح الفم.
ru Откройте рот.
uk Відкрийте рот.
hi मुँह खोलिए।
id Buka mulut Anda.
@roll_up_sleeve | doctor instruction | - | -
en Roll up your sleeve.
bg Навийте ръкава си.
cs Vyhrňte si rukáv.
da Rul ærmet op.
de Krempeln Sie bitte den Ärmel hoch.
el Σηκώστε το μανίκι σας.
es Súbase la manga.
et Käärige varrukas üles.
fi Kääriikää hihanne ylös.
fr Remontez votre manche.
ga Corn suas do mhuinchille.
hr Zavrnite rukav.
hu Tűrje fel az ingujját.
it Si tiri su la manica.
lt Pasiraitokite rankovę.
lv Atrotiet piedurkni.
mt Erfa' l-komma, jekk jogħġbok.
nl Stroop uw mouw op.
pl Proszę podwinąć rękaw.
pt Arregace a manga.
ro Suflecați-vă mâneca.
sk Vyhrňte si rukáv.
sl Zavihajte rokav.
sv Kavla upp ärmen.
ja 袖をまくってください。
zh 请把袖子卷起来。
ko 소매를 걷어 주세요.
th พับแขนเสื้อขึ้น
vi Xắn tay áo lên.
tr Kolunuzu sıvayın.
ar يرجى رفع الكم.
ru Закатайте рукав.
uk Закатайте рукав.
hi अपनी आस्तीन ऊपर कीजिए।
id Gulung lengan baju Anda.
@undress_to_waist | doctor instruction | - | -
en Undress to the waist.
bg Съблечете се до кръста.
cs Svlékněte se do pasu.
da Tag tøjet af på overkroppen.
de Machen Sie bitte den Oberkörper frei.
el Βγάλτε τα ρούχα σας μέχρι τη μέση.
es Desvístase de cintura para arriba.
et Võtke ülakeha paljaks.
fi Riisukaa yläruumis paljaaksi.
fr Déshabillez-vous jusqu'à la taille.
ga Bain díot go dtí an coim.
hr Skinite se do pojasa.
hu Vetkőzzön le derékig.
it Si spogli fino alla vita.
lt Nusirenkite iki juosmens.
lv Lūdzu, atsedziet ķermeņa augšdaļu.
mt Inża' minn qaddek 'il fuq.
nl Wilt u uw bovenlichaam ontbloten?
pl Proszę rozebrać się do pasa.
pt Dispa-se da cintura para cima.
ro Dezbrăcați-vă până la brâu.
sk Vyzlečte sa do pása.
sl Slecite se do pasu.
sv Ta av dig på överkroppen.
ja 上半身の服を脱いでください。
zh 请脱掉上衣。
ko 상의를 벗어 주세요.
th ถอดเสื้อท่อนบนออก
vi Xin cởi áo ra.
tr Belden yukarısını soyunun.
ar يرجى خلع الملابس حتى الخصر.
ru Разденьтесь до пояса.
uk Роздягніться до пояса.
hi कमर तक कपड़े उतारिए।
id Lepaskan pakaian bagian atas.
@stay_in_bed | doctor instruction | - | -
en Stay in bed.
bg Останете на легло.
cs Zůstaňte v posteli.
da Bliv i sengen.
de Bleiben Sie im Bett.
el Μείνετε στο κρεβάτι.
es Guarde cama.
et Jääge voodisse.
fi Pysykää vuoteessa.
fr Restez au lit.
ga Fan sa leaba.
hr Ostanite u krevetu.
hu Maradjon ágyban.
it Resti a letto.
lt Gulėkite lovoje.
lv Palieciet gultā.
mt Ibqa' fis-sodda.
nl Blijf in bed, alstublieft.
pl Proszę leżeć w łóżku.
pt Fique de cama.
ro Stați la pat.
sk Zostaňte v posteli.
sl Ostanite v postelji.
sv Stanna i sängen.
ja ベッドで安静にしていてください。
zh 请卧床休息。
ko 침대에 누워 계세요.
th นอนพักอยู่บนเตียง
vi Ông/bà cần nằm nghỉ trên giường.
tr Yatakta kalın.
ar يرجى البقاء في السرير.
ru Соблюдайте постельный режим.
uk Дотримуйтеся постільного режиму.
hi बिस्तर पर ही आराम कीजिए।
id Tetaplah berbaring di tempat tidur.
@drink_plenty_of_water | doctor instruction | - | -
en Drink plenty of water.
bg Пийте много вода.
cs Pijte hodně vody.
da Drik rigeligt med vand.
de Trinken Sie viel Wasser.
el Πίνετε πολύ νερό.
es Beba mucha agua.
et Jooge palju vett.
fi Juokaa runsaasti vettä.
fr Buvez beaucoup d'eau.
ga Ól neart uisce.
hr Pijte puno vode.
hu Igyon sok vizet.
it Beva molta acqua.
lt Gerkite daug vandens.
lv Dzeriet daudz ūdens.
mt Ixrob ħafna ilma.
nl Drink veel water.
pl Proszę pić dużo wody.
pt Beba muita água.
ro Beți multă apă.
sk Pite veľa vody.
sl Pijte veliko vode.
sv Drick mycket vatten.
ja 水をたくさん飲んでください。
zh 请多喝水。
ko 물을 많이 드세요.
th ดื่มน้ำมากๆ
vi Uống nhiều nước.
tr Bol su için.
ar يرجى شرب الكثير من الماء.
ru Пейте много воды.
uk Пийте багато води.
hi खूब पानी पीजिए।
id Minumlah banyak air.
""",
)

add(
    "instruction",
    """
@need_xray | doctor instruction | - | -
en You need an X-ray.
bg Трябва да ви направим рентгенова снимка.
cs Potřebujete rentgen.
da Du skal have taget et røntgenbillede.
de Sie müssen geröntgt werden.
el Χρειάζεστε ακτινογραφία.
es Necesita una radiografía.
et Teile on vaja teha röntgenülesvõte.
fi Teille täytyy ottaa röntgenkuva.
fr Vous devez passer une radiographie.
ga Tá X-gha ag teastáil uait.
hr Trebate snimiti rendgen.
hu Röntgenfelvételre van szüksége.
it Deve fare una radiografia.
lt Jums reikia padaryti rentgeno nuotrauką.
lv Jums jāveic rentgenuzņēmums.
mt Għandek bżonn X-ray.
nl U moet een röntgenfoto laten maken.
pl Musi Pan/Pani mieć zrobione prześwietlenie.
pt Precisa de fazer uma radiografia.
ro Aveți nevoie de o radiografie.
sk Potrebujete röntgen.
sl Potrebujete rentgensko slikanje.
sv Du behöver röntgas.
ja レントゲン検査が必要です。
zh 您需要拍X光片。
ko 엑스레이를 찍으셔야 해요.
th ต้องเอกซเรย์
vi Ông/bà cần chụp X-quang.
tr Röntgen çektirmeniz gerekiyor.
ar يلزم إجراء صورة أشعة.
ru Вам нужно сделать рентген.
uk Вам потрібно зробити рентген.
hi आपका एक्स-रे करना होगा।
id Anda perlu dirontgen.
@need_blood_test | doctor instruction | - | -
en You need a blood test.
bg Трябва да ви вземем кръв за изследване.
cs Musíme vám odebrat krev.
da Vi skal tage en blodprøve.
de Wir müssen Ihnen Blut abnehmen.
el Χρειάζεστε εξετάσεις αίματος.
es Necesita un análisis de sangre.
et Teil on vaja vereanalüüsi.
fi Teiltä täytyy ottaa verikoe.
fr Vous devez faire une prise de sang.
ga Tá tástáil fola ag teastáil uait.
hr Trebate izvaditi krv.
hu Vérvételre van szükség.
it Deve fare le analisi del sangue.
lt Jums reikia atlikti kraujo tyrimą.
lv Jums jānodod asins analīzes.
mt Għandek bżonn test tad-demm.
nl U moet bloed laten prikken.
pl Musimy pobrać krew do badania.
pt Precisa de fazer análises ao sangue.
ro Aveți nevoie de analize de sânge.
sk Potrebujeme vám odobrať krv.
sl Potrebujete krvne preiskave.
sv Vi behöver ta ett blodprov.
ja 血液検査が必要です。
zh 您需要验血。
ko 피검사를 하셔야 해요.
th ต้องตรวจเลือด
vi Ông/bà cần xét nghiệm máu.
tr Kan tahlili yaptırmanız gerekiyor.
ar يلزم إجراء تحليل دم.
ru Вам нужно сдать анализ крови.
uk Вам потрібно здати аналіз крові.
hi आपकी खून की जाँच करनी होगी।
id Anda perlu tes darah.
@need_stay_in_hospital | doctor instruction | - | -
en You need to stay in hospital.
bg Трябва да останете в болницата.
cs Musíte zůstat v nemocnici.
da Du skal indlægges.
de Sie müssen im Krankenhaus bleiben.
el Πρέπει να μείνετε στο νοσοκομείο.
es Tiene que quedarse en el hospital.
et Te peate jääma haiglasse.
fi Teidän täytyy jäädä sairaalaan.
fr Vous devez rester à l'hôpital.
ga Caithfidh tú fanacht san ospidéal.
hr Morate ostati u bolnici.
hu Kórházban kell maradnia.
it Deve restare in ospedale.
lt Jums reikia likti ligoninėje.
lv Jums jāpaliek slimnīcā.
mt Trid tibqa' l-isptar.
nl U moet in het ziekenhuis blijven.
pl Musi Pan/Pani zostać w szpitalu.
pt Tem de ficar no hospital.
ro Trebuie să rămâneți în spital.
sk Musíte zostať v nemocnici.
sl Ostati morate v bolnišnici.
sv Du behöver stanna på sjukhuset.
ja 入院が必要です。
zh 您需要住院。
ko 입원하셔야 해요.
th ต้องนอนโรงพยาบาล
vi Ông/bà cần nằm viện.
tr Hastanede kalmanız gerekiyor.
ar يلزم البقاء في المستشفى.
ru Вам нужно остаться в больнице.
uk Вам потрібно залишитися в лікарні.
hi आपको अस्पताल में भर्ती रहना होगा।
id Anda perlu dirawat inap di rumah sakit.
@can_go_home | doctor instruction | - | -
en You can go home.
bg Можете да си отидете вкъщи.
cs Můžete jít domů.
da Du kan godt tage hjem.
de Sie können nach Hause gehen.
el Μπορείτε να πάτε σπίτι σας.
es Puede irse a casa.
et Te võite koju minna.
fi Voitte lähteä kotiin.
fr Vous pouvez rentrer chez vous.
ga Is féidir leat dul abhaile.
hr Možete ići kući.
hu Hazamehet.
it Può tornare a casa.
lt Galite eiti namo.
lv Jūs varat doties mājās.
mt Tista' tmur id-dar.
nl U mag naar huis.
pl Może Pan/Pani iść do domu.
pt Pode ir para casa.
ro Puteți merge acasă.
sk Môžete ísť domov.
sl Lahko greste domov.
sv Du kan åka hem.
ja 帰宅して大丈夫です。
zh 您可以回家了。
ko 집에 가셔도 돼요.
th กลับบ้านได้
vi Ông/bà có thể về nhà.
tr Eve gidebilirsiniz.
ar يمكنك العودة إلى المنزل.
ru Вы можете идти домой.
uk Ви можете йти додому.
hi आप घर जा सकते हैं।
id Anda boleh pulang.
@come_back_tomorrow | doctor instruction | - | -
en Come back tomorrow.
bg Елате отново утре.
cs Přijďte zítra znovu.
da Kom igen i morgen.
de Kommen Sie morgen wieder.
el Ελάτε ξανά αύριο.
es Vuelva mañana.
et Tulge homme tagasi.
fi Tulkaa takaisin huomenna.
fr Revenez demain.
ga Tar ar ais amárach.
hr Dođite ponovno sutra.
hu Jöjjön vissza holnap.
it Torni domani.
lt Ateikite rytoj.
lv Atnāciet rīt vēlreiz.
mt Erġa' ejja għada.
nl Kom morgen terug.
pl Proszę przyjść jutro.
pt Volte amanhã.
ro Reveniți mâine.
sk Príďte zajtra znova.
sl Pridite spet jutri.
sv Kom tillbaka i morgon.
ja 明日また来てください。
zh 请明天再来。
ko 내일 다시 오세요.
th พรุ่งนี้มาใหม่
vi Ngày mai ông/bà quay lại nhé.
tr Yarın tekrar gelin.
ar يرجى العودة غدًا.
ru Приходите завтра.
uk Приходьте завтра.
hi कल फिर आइए।
id Silakan datang lagi besok.
@come_back_if_worse | doctor instruction | - | -
en Come back if it gets worse.
bg Елате отново, ако се влоши.
cs Pokud se to zhorší, přijďte znovu.
da Kom igen, hvis det bliver værre.
de Kommen Sie wieder, wenn es schlimmer wird.
el Ελάτε ξανά αν χειροτερέψει.
es Vuelva si empeora.
et Tulge tagasi, kui läheb halvemaks.
fi Tulkaa takaisin, jos vointinne huononee.
fr Revenez si ça s'aggrave.
ga Tar ar ais má éiríonn sé níos measa.
hr Dođite ponovno ako se pogorša.
hu Jöjjön vissza, ha rosszabbodik.
it Torni se peggiora.
lt Ateikite vėl, jei pablogės.
lv Atnāciet vēlreiz, ja kļūst sliktāk.
mt Erġa' ejja jekk tmur għall-agħar.
nl Kom terug als het erger wordt.
pl Proszę przyjść ponownie, jeśli się pogorszy.
pt Volte se piorar.
ro Reveniți dacă se agravează.
sk Ak sa to zhorší, príďte znova.
sl Pridite spet, če se poslabša.
sv Kom tillbaka om det blir värre.
ja 悪くなったらまた来てください。
zh 如果情况加重，请再来。
ko 더 나빠지면 다시 오세요.
th ถ้าอาการแย่ลงให้กลับมาใหม่
vi Nếu nặng hơn thì ông/bà quay lại nhé.
tr Kötüleşirse tekrar gelin.
ar يرجى العودة إذا ساءت الحالة.
ru Приходите снова, если станет хуже.
uk Приходьте знову, якщо стане гірше.
hi तकलीफ़ बढ़ने पर फिर आइए।
id Datang lagi jika makin parah.
@call_emergency_if_worse | doctor instruction | - | -
en Call the emergency number if it gets worse.
bg Обадете се на спешния номер, ако се влоши.
cs Pokud se to zhorší, volejte záchrannou službu.
da Ring til alarmcentralen, hvis det bliver værre.
de Rufen Sie den Notruf, wenn es schlimmer wird.
el Καλέστε τον αριθμό έκτακτης ανάγκης αν χειροτερέψει.
es Llame al número de emergencias si empeora.
et Kui läheb halvemaks, helistage hädaabinumbril.
fi Soittakaa hätänumeroon, jos vointinne huononee.
fr Appelez le numéro d'urgence si ça s'aggrave.
ga Cuir glao ar an uimhir éigeandála má éiríonn sé níos measa.
hr Nazovite hitnu službu ako se pogorša.
hu Hívja a segélyhívó számot, ha rosszabbodik.
it Chiami il numero di emergenza se peggiora.
lt Jei pablogės, skambinkite skubios pagalbos numeriu.
lv Ja kļūst sliktāk, zvaniet uz ārkārtas tālruni.
mt Ċempel in-numru tal-emerġenza jekk tmur għall-agħar.
nl Bel het alarmnummer als het erger wordt.
pl Jeśli się pogorszy, proszę dzwonić na numer alarmowy.
pt Ligue para o número de emergência se piorar.
ro Sunați la numărul de urgență dacă se agravează.
sk Ak sa to zhorší, volajte tiesňovú linku.
sl Če se poslabša, pokličite številko za nujne primere.
sv Ring larmnumret om det blir värre.
ja 悪くなったら救急番号に電話してください。
zh 如果情况加重，请拨打急救电话。
ko 더 나빠지면 응급 번호로 전화하세요.
th ถ้าอาการแย่ลงให้โทรเบอร์ฉุกเฉิน
vi Nếu nặng hơn, hãy gọi số cấp cứu.
tr Kötüleşirse acil numarayı arayın.
ar يرجى الاتصال برقم الطوارئ إذا ساءت الحالة.
ru Если станет хуже, звоните в скорую помощь.
uk Якщо стане гірше, телефонуйте на номер екстреної допомоги.
hi तकलीफ़ बढ़ने पर आपातकालीन नंबर पर फ़ोन कीजिए।
id Hubungi nomor darurat jika makin parah.
@stop_taking_this_medicine | doctor instruction | - | -
en Stop taking this medicine.
bg Спрете да приемате това лекарство.
cs Přestaňte tento lék užívat.
da Stop med at tage denne medicin.
de Nehmen Sie dieses Medikament nicht mehr.
el Σταματήστε να παίρνετε αυτό το φάρμακο.
es Deje de tomar este medicamento.
et Lõpetage selle ravimi võtmine.
fi Lopettakaa tämän lääkkeen käyttö.
fr Arrêtez de prendre ce médicament.
ga Stop ag glacadh an chógais seo.
hr Prestanite uzimati ovaj lijek.
hu Hagyja abba ennek a gyógyszernek a szedését.
it Smetta di prendere questo farmaco.
lt Nustokite vartoti šiuos vaistus.
lv Pārtrauciet lietot šīs zāles.
mt Tiħux iktar din il-mediċina.
nl Stop met het innemen van dit medicijn.
pl Proszę przestać przyjmować ten lek.
pt Deixe de tomar este medicamento.
ro Nu mai luați acest medicament.
sk Prestaňte užívať tento liek.
sl Prenehajte jemati to zdravilo.
sv Sluta ta den här medicinen.
ja この薬の服用をやめてください。
zh 请停用这种药。
ko 이 약은 그만 드세요.
th หยุดกินยานี้
vi Ngừng dùng thuốc này.
tr Bu ilacı almayı bırakın.
ar يرجى التوقف عن تناول هذا الدواء.
ru Прекратите принимать это лекарство.
uk Припиніть приймати ці ліки.
hi यह दवा लेना बंद कर दीजिए।
id Hentikan minum obat ini.
@do_not_drive | doctor instruction | - | -
en Do not drive.
bg Не шофирайте.
cs Neřiďte auto.
da Du må ikke køre bil.
de Fahren Sie nicht Auto.
el Μην οδηγείτε.
es No conduzca.
et Ärge juhtige autot.
fi Älkää ajako autoa.
fr Ne conduisez pas.
ga Ná tiomáin.
hr Nemojte voziti.
hu Ne vezessen.
it Non guidi.
lt Nevairuokite.
lv Nevadiet automašīnu.
mt Issuqx.
nl Rijd geen auto.
pl Proszę nie prowadzić samochodu.
pt Não conduza.
ro Nu conduceți.
sk Nešoférujte.
sl Ne vozite avtomobila.
sv Kör inte bil.
ja 車の運転はしないでください。
zh 请不要开车。
ko 운전하지 마세요.
th ห้ามขับรถ
vi Không được lái xe.
tr Araç kullanmayın.
ar يرجى عدم القيادة.
ru Не садитесь за руль.
uk Не сідайте за кермо.
hi गाड़ी न चलाएँ।
id Jangan menyetir.
@rest_few_days | doctor instruction | - | -
en Rest for a few days.
bg Почивайте няколко дни.
cs Několik dní odpočívejte.
da Hvil dig et par dage.
de Ruhen Sie sich ein paar Tage aus.
el Ξεκουραστείτε για μερικές μέρες.
es Descanse unos días.
et Puhake paar päeva.
fi Levätkää muutama päivä.
fr Reposez-vous quelques jours.
ga Glac sos ar feadh cúpla lá.
hr Odmarajte se nekoliko dana.
hu Pihenjen néhány napig.
it Si riposi per qualche giorno.
lt Kelias dienas ilsėkitės.
lv Dažas dienas atpūtieties.
mt Serraħ għal ftit jiem.
nl Rust een paar dagen.
pl Proszę odpoczywać przez kilka dni.
pt Descanse alguns dias.
ro Odihniți-vă câteva zile.
sk Niekoľko dní odpočívajte.
sl Nekaj dni počivajte.
sv Vila några dagar.
ja 数日間安静にしてください。
zh 请休息几天。
ko 며칠 동안 쉬세요.
th พักผ่อนสักสองสามวัน
vi Ông/bà nên nghỉ ngơi vài ngày.
tr Birkaç gün dinlenin.
ar يرجى الراحة لبضعة أيام.
ru Отдохните несколько дней.
uk Відпочиньте кілька днів.
hi कुछ दिन आराम कीजिए।
id Istirahatlah beberapa hari.
@keep_wound_dry | doctor instruction | - | -
en Keep the wound dry.
bg Пазете раната суха.
cs Udržujte ránu v suchu.
da Hold såret tørt.
de Halten Sie die Wunde trocken.
el Κρατήστε την πληγή στεγνή.
es Mantenga la herida seca.
et Hoidke haav kuivana.
fi Pitäkää haava kuivana.
fr Gardez la plaie au sec.
ga Coinnigh an chréacht tirim.
hr Držite ranu suhom.
hu Tartsa szárazon a sebet.
it Tenga la ferita asciutta.
lt Saugokite žaizdą nuo drėgmės.
lv Uzturiet brūci sausu.
mt Żomm il-ferita niexfa.
nl Houd de wond droog.
pl Proszę utrzymywać ranę w suchości.
pt Mantenha a ferida seca.
ro Păstrați rana uscată.
sk Udržujte ranu v suchu.
sl Rano imejte suho.
sv Håll såret torrt.
ja 傷口を濡らさないでください。
zh 请保持伤口干燥。
ko 상처가 젖지 않게 하세요.
th อย่าให้แผลโดนน้ำ
vi Giữ vết thương khô ráo.
tr Yarayı kuru tutun.
ar يرجى إبقاء الجرح جافًا.
ru Держите рану сухой.
uk Тримайте рану сухою.
hi घाव को सूखा रखिए।
id Jaga agar luka tetap kering.
@need_ecg | doctor instruction | - | -
en We need to do an ECG.
bg Трябва да ви направим ЕКГ.
cs Musíme vám udělat EKG.
da Vi skal tage et EKG.
de Wir müssen ein EKG machen.
el Πρέπει να κάνουμε καρδιογράφημα.
es Tenemos que hacerle un electrocardiograma.
et Peame tegema EKG.
fi Meidän täytyy ottaa sydänfilmi.
fr Nous devons faire un électrocardiogramme.
ga Caithfimid ECG a dhéanamh.
hr Moramo vam snimiti EKG.
hu EKG-t kell készítenünk.
it Dobbiamo farle un elettrocardiogramma.
lt Turime padaryti EKG.
lv Mums jāveic EKG.
mt Irridu nagħmlulek ECG.
nl We moeten een hartfilmpje maken.
pl Musimy zrobić EKG.
pt Temos de fazer um eletrocardiograma.
ro Trebuie să vă facem o electrocardiogramă.
sk Musíme vám urobiť EKG.
sl Narediti moramo EKG.
sv Vi behöver ta ett EKG.
ja 心電図をとる必要があります。
zh 我们需要给您做心电图。
ko 심전도 검사를 해야 해요.
th ต้องตรวจคลื่นไฟฟ้าหัวใจ
vi Chúng tôi cần đo điện tâm đồ cho ông/bà.
tr EKG çekmemiz gerekiyor.
ar نحتاج إلى إجراء تخطيط للقلب.
ru Нам нужно сделать ЭКГ.
uk Нам потрібно зробити ЕКГ.
hi हमें ईसीजी करना होगा।
id Kami perlu melakukan EKG.
@give_oxygen | doctor instruction | - | -
en We will give you oxygen.
bg Ще ви дадем кислород.
cs Dáme vám kyslík.
da Vi giver dig ilt.
de Wir geben Ihnen Sauerstoff.
el Θα σας δώσουμε οξυγόνο.
es Le vamos a poner oxígeno.
et Me anname teile hapnikku.
fi Annamme teille happea.
fr Nous allons vous donner de l'oxygène.
ga Tabharfaimid ocsaigin duit.
hr Dat ćemo vam kisik.
hu Oxigént fogunk adni.
it Le daremo dell'ossigeno.
lt Duosime jums deguonies.
lv Mēs jums dosim skābekli.
mt Se nagħtuk l-ossiġnu.
nl We geven u zuurstof.
pl Podamy Panu/Pani tlen.
pt Vamos dar-lhe oxigénio.
ro Vă vom da oxigen.
sk Dáme vám kyslík.
sl Dali vam bomo kisik.
sv Vi ger dig syrgas.
ja 酸素を吸ってもらいます。
zh 我们会给您吸氧。
ko 산소를 드릴게요.
th เราจะให้ออกซิเจน
vi Chúng tôi sẽ cho ông/bà thở oxy.
tr Size oksijen vereceğiz.
ar سنعطيك الأكسجين.
ru Мы дадим вам кислород.
uk Ми дамо вам кисень.
hi हम आपको ऑक्सीजन देंगे।
id Kami akan memberi Anda oksigen.
@put_in_drip | doctor instruction | - | -
en We will put in a drip.
bg Ще ви сложим система.
cs Dáme vám infuzi.
da Vi giver dig et drop.
de Wir legen Ihnen eine Infusion.
el Θα σας βάλουμε ορό.
es Le vamos a poner un suero.
et Me paneme teile tilguti.
fi Laitamme teille tiputuksen.
fr Nous allons vous poser une perfusion.
ga Tabharfaimid sreabhán isteach i d'fhéith duit.
hr Stavit ćemo vam infuziju.
hu Infúziót kötünk be.
it Le metteremo una flebo.
lt Prijungsime jums lašelinę.
lv Mēs jums pieslēgsim sistēmu.
mt Se nqabbdulek drip.
nl We geven u een infuus.
pl Podłączymy kroplówkę.
pt Vamos pôr-lhe soro.
ro Vă vom pune o perfuzie.
sk Dáme vám infúziu.
sl Dali vam bomo infuzijo.
sv Vi sätter in ett dropp.
ja 点滴をします。
zh 我们要给您输液。
ko 수액을 놓아 드릴게요.
th เราจะให้น้ำเกลือ
vi Chúng tôi sẽ truyền dịch cho ông/bà.
tr Size serum takacağız.
ar سنضع لك محلولًا وريديًا.
ru Мы поставим вам капельницу.
uk Ми поставимо вам крапельницю.
hi हम आपको ड्रिप लगाएँगे।
id Kami akan memasang infus.
""",
)

add(
    "instruction",
    """
@hold_breath | doctor instruction | - | -
en Hold your breath.
bg Задръжте дъха си.
cs Zadržte dech.
da Hold vejret.
de Halten Sie die Luft an.
el Κρατήστε την αναπνοή σας.
es Aguante la respiración.
et Hoidke hinge kinni.
fi Pidättäkää hengitystä.
fr Retenez votre respiration.
ga Coinnigh d'anáil.
hr Zadržite dah.
hu Tartsa vissza a lélegzetét.
it Trattenga il respiro.
lt Sulaikykite kvėpavimą.
lv Aizturiet elpu.
mt Żomm nifsek.
nl Houd uw adem in.
pl Proszę wstrzymać oddech.
pt Sustenha a respiração.
ro Țineți-vă respirația.
sk Zadržte dych.
sl Zadržite dih.
sv Håll andan.
ja 息を止めてください。
zh 请屏住呼吸。
ko 숨을 참으세요.
th กลั้นหายใจ
vi Nín thở.
tr Nefesinizi tutun.
ar يرجى حبس النفس.
ru Задержите дыхание.
uk Затримайте дихання.
hi साँस रोकिए।
id Tahan napas.
@cough_please | doctor instruction | - | -
en Cough, please.
bg Изкашляйте се, моля.
cs Zakašlete, prosím.
da Host, tak.
de Husten Sie bitte.
el Βήξτε, παρακαλώ.
es Tosa, por favor.
et Köhige, palun.
fi Yskäiskää.
fr Toussez, s'il vous plaît.
ga Déan casacht, le do thoil.
hr Zakašljite, molim vas.
hu Kérem, köhögjön.
it Tossisca, per favore.
lt Prašom pakosėti.
lv Lūdzu, paklepojiet.
mt Isgħol, jekk jogħġbok.
nl Wilt u even hoesten?
pl Proszę zakaszleć.
pt Tussa, por favor.
ro Tușiți, vă rog.
sk Zakašlite, prosím.
sl Prosim, zakašljajte.
sv Hosta, är du snäll.
ja 咳をしてください。
zh 请咳嗽一下。
ko 기침해 보세요.
th กรุณาไอ
vi Xin ông/bà ho một tiếng.
tr Lütfen öksürün.
ar يرجى السعال.
ru Покашляйте, пожалуйста.
uk Покашляйте, будь ласка.
hi कृपया खाँसिए।
id Silakan batuk.
@lie_on_back | doctor instruction | - | -
en Lie on your back.
bg Легнете по гръб.
cs Lehněte si na záda.
da Læg dig på ryggen.
de Legen Sie sich auf den Rücken.
el Ξαπλώστε ανάσκελα.
es Túmbese boca arriba.
et Heitke selili.
fi Käykää selällenne.
fr Allongez-vous sur le dos.
ga Luigh ar do dhroim.
hr Lezite na leđa.
hu Feküdjön a hátára.
it Si sdrai sulla schiena.
lt Atsigulkite ant nugaros.
lv Apgulieties uz muguras.
mt Imtedd fuq dahrek.
nl Gaat u op uw rug liggen.
pl Proszę położyć się na plecach.
pt Deite-se de costas.
ro Întindeți-vă pe spate.
sk Ľahnite si na chrbát.
sl Ulezite se na hrbet.
sv Lägg dig på rygg.
ja 仰向けに寝てください。
zh 请平躺。
ko 똑바로 누우세요.
th นอนหงาย
vi Xin nằm ngửa.
tr Sırtüstü uzanın.
ar يرجى الاستلقاء على الظهر.
ru Лягте на спину.
uk Ляжте на спину.
hi पीठ के बल लेट जाइए।
id Berbaringlah telentang.
@stand_up | doctor instruction | - | -
en Stand up, please.
bg Станете, моля.
cs Postavte se, prosím.
da Rejs dig op, tak.
de Stehen Sie bitte auf.
el Σηκωθείτε, παρακαλώ.
es Póngase de pie, por favor.
et Tõuske palun püsti.
fi Nouskaa seisomaan.
fr Levez-vous, s'il vous plaît.
ga Seas suas, le do thoil.
hr Ustanite, molim vas.
hu Kérem, álljon fel.
it Si alzi, per favore.
lt Prašom atsistoti.
lv Lūdzu, pieceļieties.
mt Qum bilwieqfa, jekk jogħġbok.
nl Gaat u staan, alstublieft.
pl Proszę wstać.
pt Levante-se, por favor.
ro Ridicați-vă, vă rog.
sk Postavte sa, prosím.
sl Prosim, vstanite.
sv Ställ dig upp, är du snäll.
ja 立ってください。
zh 请站起来。
ko 일어서 보세요.
th กรุณายืนขึ้น
vi Xin ông/bà đứng lên.
tr Lütfen ayağa kalkın.
ar يرجى الوقوف.
ru Встаньте, пожалуйста.
uk Встаньте, будь ласка.
hi कृपया खड़े हो जाइए।
id Silakan berdiri.
@follow_my_finger | doctor instruction | - | -
en Follow my finger with your eyes.
bg Следете пръста ми с очи.
cs Sledujte očima můj prst.
da Følg min finger med øjnene.
de Folgen Sie meinem Finger mit den Augen.
el Ακολουθήστε το δάχτυλό μου με τα μάτια.
es Siga mi dedo con la mirada.
et Jälgige silmadega mu sõrme.
fi Seuratkaa sormeani katseellanne.
fr Suivez mon doigt des yeux.
ga Lean mo mhéar le do shúile.
hr Pratite očima moj prst.
hu Kövesse a szemével az ujjamat.
it Segua il mio dito con gli occhi.
lt Sekite akimis mano pirštą.
lv Sekojiet ar acīm manam pirkstam.
mt Segwi subgħi b'għajnejk.
nl Volg mijn vinger met uw ogen.
pl Proszę śledzić wzrokiem mój palec.
pt Siga o meu dedo com os olhos.
ro Urmăriți-mi degetul cu privirea.
sk Sledujte očami môj prst.
sl Z očmi sledite mojemu prstu.
sv Följ mitt finger med blicken.
ja 目で私の指を追ってください。
zh 请用眼睛跟着我的手指看。
ko 눈으로 제 손가락을 따라가 보세요.
th มองตามนิ้วหมอ
vi Nhìn theo ngón tay của tôi.
tr Gözlerinizle parmağımı takip edin.
ar يرجى تتبع إصبعي بعينيك.
ru Следите глазами за моим пальцем.
uk Стежте очима за моїм пальцем.
hi अपनी आँखों से मेरी उंगली को देखते रहिए।
id Ikuti jari saya dengan mata Anda.
@tell_me_if_it_hurts | doctor instruction | - | -
en Tell me if it hurts.
bg Кажете ми, ако ви боли.
cs Řekněte mi, jestli to bolí.
da Sig til, hvis det gør ondt.
de Sagen Sie mir, wenn es wehtut.
el Πείτε μου αν πονάτε.
es Dígame si le duele.
et Öelge mulle, kui valutab.
fi Kertokaa, jos sattuu.
fr Dites-moi si ça vous fait mal.
ga Inis dom má ghortaíonn sé.
hr Recite mi ako boli.
hu Szóljon, ha fáj.
it Mi dica se le fa male.
lt Pasakykite, jei skaudės.
lv Pasakiet, ja sāp.
mt Għidli jekk tħoss uġigħ.
nl Zeg het als het pijn doet.
pl Proszę powiedzieć, jeśli boli.
pt Diga-me se doer.
ro Spuneți-mi dacă vă doare.
sk Povedzte mi, ak to bolí.
sl Povejte mi, če boli.
sv Säg till om det gör ont.
ja 痛かったら言ってください。
zh 疼的话请告诉我。
ko 아프면 말씀하세요.
th ถ้าเจ็บให้บอกนะ
vi Nếu đau thì nói cho tôi biết.
tr Acırsa söyleyin.
ar يرجى إخباري إذا شعرت بألم.
ru Скажите, если будет больно.
uk Скажіть, якщо буде боляче.
hi दर्द हो तो बताइए।
id Beri tahu saya jika terasa sakit.
@need_urine_sample | doctor instruction | - | -
en We need a urine sample.
bg Трябва ни проба от урината ви.
cs Potřebujeme vzorek moči.
da Vi skal bruge en urinprøve.
de Wir brauchen eine Urinprobe.
el Χρειαζόμαστε δείγμα ούρων.
es Necesitamos una muestra de orina.
et Meil on vaja uriiniproovi.
fi Tarvitsemme virtsanäytteen.
fr Nous avons besoin d'un échantillon d'urine.
ga Teastaíonn sampla fuail uainn.
hr Trebamo uzorak urina.
hu Vizeletmintára van szükségünk.
it Abbiamo bisogno di un campione di urina.
lt Mums reikia šlapimo mėginio.
lv Mums vajag urīna paraugu.
mt Għandna bżonn kampjun tal-awrina.
nl We hebben een urinemonster nodig.
pl Potrzebujemy próbki moczu.
pt Precisamos de uma amostra de urina.
ro Avem nevoie de o probă de urină.
sk Potrebujeme vzorku moču.
sl Potrebujemo vzorec urina.
sv Vi behöver ett urinprov.
ja 尿検査が必要です。
zh 我们需要您的尿样。
ko 소변 검사가 필요해요.
th ต้องเก็บปัสสาวะส่งตรวจ
vi Chúng tôi cần mẫu nước tiểu.
tr İdrar örneği almamız gerekiyor.
ar نحتاج إلى عينة بول.
ru Нам нужен анализ мочи.
uk Нам потрібен аналіз сечі.
hi हमें पेशाब का नमूना चाहिए।
id Kami perlu sampel urine.
@need_ct_scan | doctor instruction | - | -
en You need a CT scan.
bg Трябва да ви направим компютърна томография.
cs Potřebujete CT vyšetření.
da Du skal have en CT-scanning.
de Sie brauchen eine Computertomografie.
el Χρειάζεστε αξονική τομογραφία.
es Necesita un TAC.
et Teile on vaja teha kompuutertomograafia.
fi Teille täytyy tehdä tietokonetomografia.
fr Vous devez passer un scanner.
ga Tá scanadh CT ag teastáil uait.
hr Trebate CT snimanje.
hu CT-vizsgálatra van szüksége.
it Deve fare una TAC.
lt Jums reikia atlikti kompiuterinę tomografiją.
lv Jums jāveic datortomogrāfija.
mt Għandek bżonn CT scan.
nl U moet een CT-scan laten maken.
pl Musi Pan/Pani mieć tomografię komputerową.
pt Precisa de fazer uma TAC.
ro Aveți nevoie de o tomografie computerizată.
sk Potrebujete CT vyšetrenie.
sl Potrebujete CT preiskavo.
sv Du behöver göra en datortomografi.
ja CT検査が必要です。
zh 您需要做CT检查。
ko CT 검사를 하셔야 해요.
th ต้องตรวจซีทีสแกน
vi Ông/bà cần chụp CT.
tr Bilgisayarlı tomografi çektirmeniz gerekiyor.
ar يلزم إجراء تصوير مقطعي.
ru Вам нужно сделать компьютерную томографию.
uk Вам потрібно зробити комп'ютерну томографію.
hi आपका सीटी स्कैन करना होगा।
id Anda perlu CT scan.
@need_operation | doctor instruction | - | -
en You need an operation.
bg Нужна ви е операция.
cs Potřebujete operaci.
da Du skal opereres.
de Sie müssen operiert werden.
el Χρειάζεστε χειρουργική επέμβαση.
es Necesita una operación.
et Teid on vaja opereerida.
fi Teidät täytyy leikata.
fr Vous avez besoin d'une opération.
ga Tá obráid ag teastáil uait.
hr Trebate operaciju.
hu Műtétre van szüksége.
it Ha bisogno di un intervento chirurgico.
lt Jums reikia operacijos.
lv Jums nepieciešama operācija.
mt Għandek bżonn operazzjoni.
nl U moet geopereerd worden.
pl Konieczna jest operacja.
pt Precisa de uma operação.
ro Aveți nevoie de o operație.
sk Potrebujete operáciu.
sl Potrebujete operacijo.
sv Du behöver opereras.
ja 手術が必要です。
zh 您需要做手术。
ko 수술을 받으셔야 해요.
th ต้องผ่าตัด
vi Ông/bà cần phải phẫu thuật.
tr Ameliyat olmanız gerekiyor.
ar يلزم إجراء عملية جراحية.
ru Вам нужна операция.
uk Вам потрібна операція.
hi आपका ऑपरेशन करना होगा।
id Anda perlu dioperasi.
@will_give_injection | doctor instruction | - | -
en I will give you an injection.
bg Ще ви направя инжекция.
cs Dám vám injekci.
da Jeg giver dig en indsprøjtning.
de Ich gebe Ihnen eine Spritze.
el Θα σας κάνω μια ένεση.
es Le voy a poner una inyección.
et Ma teen teile süsti.
fi Annan teille pistoksen.
fr Je vais vous faire une piqûre.
ga Tabharfaidh mé instealladh duit.
hr Dat ću vam injekciju.
hu Adok egy injekciót.
it Le faccio un'iniezione.
lt Padarysiu jums injekciją.
lv Es jums ievadīšu injekciju.
mt Se nagħtik injezzjoni.
nl Ik geef u een injectie.
pl Zrobię Panu/Pani zastrzyk.
pt Vou dar-lhe uma injeção.
ro Vă fac o injecție.
sk Dám vám injekciu.
sl Dobili boste injekcijo.
sv Jag ger dig en spruta.
ja 注射をします。
zh 我给您打一针。
ko 주사를 놓아 드릴게요.
th จะฉีดยาให้นะ
vi Tôi sẽ tiêm cho ông/bà.
tr Size bir iğne yapacağım.
ar سأعطيك حقنة.
ru Я сделаю вам укол.
uk Я зроблю вам укол.
hi आपको एक इंजेक्शन लगेगा।
id Saya akan memberi Anda suntikan.
@will_measure_blood_pressure | doctor instruction | - | -
en I will measure your blood pressure.
bg Ще ви измеря кръвното налягане.
cs Změřím vám tlak.
da Jeg måler dit blodtryk.
de Ich messe jetzt Ihren Blutdruck.
el Θα σας μετρήσω την πίεση.
es Le voy a tomar la tensión.
et Ma mõõdan teie vererõhku.
fi Mittaan verenpaineenne.
fr Je vais prendre votre tension.
ga Tógfaidh mé do bhrú fola.
hr Izmjerit ću vam tlak.
hu Megmérem a vérnyomását.
it Le misuro la pressione.
lt Pamatuosiu jūsų kraujospūdį.
lv Es izmērīšu jūsu asinsspiedienu.
mt Se nkejjillek il-pressjoni.
nl Ik ga uw bloeddruk meten.
pl Zmierzę Panu/Pani ciśnienie.
pt Vou medir-lhe a tensão arterial.
ro Vă măsor tensiunea.
sk Zmeriam vám tlak.
sl Zdaj vam bomo izmerili krvni tlak.
sv Jag ska mäta ditt blodtryck.
ja 血圧を測ります。
zh 我给您量一下血压。
ko 혈압을 재겠습니다.
th จะวัดความดันให้นะ
vi Tôi sẽ đo huyết áp cho ông/bà.
tr Tansiyonunuzu ölçeceğim.
ar سأقيس ضغط دمك.
ru Я измерю вам давление.
uk Я виміряю вам тиск.
hi अब आपका ब्लड प्रेशर नापा जाएगा।
id Saya akan mengukur tekanan darah Anda.
@do_not_move | doctor instruction | - | -
en Do not move.
bg Не мърдайте.
cs Nehýbejte se.
da Du må ikke bevæge dig.
de Bewegen Sie sich bitte nicht.
el Μην κουνιέστε.
es No se mueva.
et Ärge liigutage.
fi Älkää liikkuko.
fr Ne bougez pas.
ga Ná bog.
hr Ne mičite se.
hu Ne mozogjon.
it Non si muova.
lt Nejudėkite.
lv Nekustieties.
mt Tiċċaqlaqx.
nl Beweeg niet.
pl Proszę się nie ruszać.
pt Não se mexa.
ro Nu vă mișcați.
sk Nehýbte sa.
sl Ne premikajte se.
sv Rör dig inte.
ja 動かないでください。
zh 请不要动。
ko 움직이지 마세요.
th อย่าขยับ
vi Xin đừng cử động.
tr Kıpırdamayın.
ar يرجى عدم الحركة.
ru Не двигайтесь.
uk Не рухайтеся.
hi हिलिए मत।
id Jangan bergerak.
@see_own_doctor_at_home | doctor instruction | - | -
en See your own doctor when you get home.
bg Когато се приберете у дома, отидете при личния си лекар.
cs Po návratu domů navštivte svého praktického lékaře.
da Gå til din egen læge, når du kommer hjem.
de Gehen Sie zu Hause zu Ihrem Hausarzt.
el Όταν επιστρέψετε, επισκεφθείτε τον γιατρό σας.
es Cuando vuelva a casa, vaya a su médico de cabecera.
et Koju jõudes pöörduge oma perearsti poole.
fi Kotiin palattuanne käykää omalla lääkärillänne.
fr À votre retour, consultez votre médecin traitant.
ga Téigh chuig do dhochtúir féin nuair a bheidh tú sa bhaile.
hr Kad se vratite kući, javite se svom liječniku.
hu Hazaérve keresse fel a háziorvosát.
it Quando torna a casa, vada dal suo medico di famiglia.
lt Grįžę namo apsilankykite pas savo gydytoją.
lv Kad atgriezīsieties mājās, apmeklējiet savu ģimenes ārstu.
mt Meta tasal id-dar, mur għand it-tabib tiegħek.
nl Ga thuis naar uw eigen huisarts.
pl Po powrocie do domu proszę zgłosić się do swojego lekarza.
pt Quando regressar a casa, consulte o seu médico de família.
ro Când ajungeți acasă, mergeți la medicul dumneavoastră de familie.
sk Po návrate domov navštívte svojho lekára.
sl Ko se vrnete domov, obiščite svojega zdravnika.
sv Gå till din egen läkare när du kommer hem.
ja 帰国したら、かかりつけの医師を受診してください。
zh 回国后请去看您自己的医生。
ko 귀국하시면 주치의에게 진료를 받으세요.
th เมื่อกลับถึงบ้านแล้ว ให้ไปพบแพทย์ประจำตัว
vi Khi về nước, ông/bà hãy đi khám bác sĩ của mình.
tr Eve döndüğünüzde kendi doktorunuza gidin.
ar يرجى مراجعة طبيبك عند عودتك إلى بلدك.
ru Когда вернётесь домой, обратитесь к своему врачу.
uk Коли повернетеся додому, зверніться до свого лікаря.
hi घर लौटने पर अपने डॉक्टर को दिखाइए।
id Setelah pulang, periksakan diri ke dokter Anda sendiri.
@do_not_lift_heavy | doctor instruction | - | -
en Do not lift anything heavy.
bg Не вдигайте нищо тежко.
cs Nezvedejte nic těžkého.
da Du må ikke løfte noget tungt.
de Heben Sie nichts Schweres.
el Μη σηκώνετε τίποτα βαρύ.
es No levante peso.
et Ärge tõstke midagi rasket.
fi Älkää nostako mitään painavaa.
fr Ne portez rien de lourd.
ga Ná tóg aon rud trom.
hr Ne dižite ništa teško.
hu Ne emeljen semmi nehezet.
it Non sollevi pesi.
lt Nekelkite nieko sunkaus.
lv Neceliet neko smagu.
mt Terfax affarijiet tqal.
nl Til niets zwaars.
pl Proszę nie dźwigać niczego ciężkiego.
pt Não levante pesos.
ro Nu ridicați nimic greu.
sk Nedvíhajte nič ťažké.
sl Ne dvigujte ničesar težkega.
sv Lyft inget tungt.
ja 重いものを持ち上げないでください。
zh 请不要提重物。
ko 무거운 것을 들지 마세요.
th ห้ามยกของหนัก
vi Không được nâng vật nặng.
tr Ağır bir şey kaldırmayın.
ar يرجى عدم رفع أي شيء ثقيل.
ru Не поднимайте ничего тяжёлого.
uk Не піднімайте нічого важкого.
hi कोई भारी चीज़ न उठाएँ।
id Jangan mengangkat barang berat.
""",
)

# ---------------------------------------------------------------- logistics
add(
    "logistics",
    """
@where_is_toilet | patient question | phrase | -
en Where is the toilet?
bg Къде е тоалетната?
cs Kde jsou toalety?
da Hvor er toilettet?
de Wo ist die Toilette?
el Πού είναι η τουαλέτα;
es ¿Dónde está el baño?
et Kus on tualett?
fi Missä on vessa?
fr Où sont les toilettes ?
ga Cá bhfuil an leithreas?
hr Gdje je zahod?
hu Hol van a mosdó?
it Dov'è il bagno?
lt Kur yra tualetas?
lv Kur ir tualete?
mt Fejn hi t-toilet?
nl Waar is het toilet?
pl Gdzie jest toaleta?
pt Onde é a casa de banho?
ro Unde este toaleta?
sk Kde je toaleta?
sl Kje je stranišče?
sv Var är toaletten?
ja トイレはどこですか？
zh 洗手间在哪里？
ko 화장실이 어디예요?
th ห้องน้ำอยู่ที่ไหน
vi Nhà vệ sinh ở đâu?
tr Tuvalet nerede?
ar أين الحمام؟
ru Где туалет?
uk Де туалет?
hi शौचालय कहाँ है?
id Di mana toiletnya?
@need_my_glasses | patient statement | - | device.glasses
en I need my glasses.
bg Трябват ми очилата.
cs Potřebuji své brýle.
da Jeg har brug for mine briller.
de Ich brauche meine Brille.
el Χρειάζομαι τα γυαλιά μου.
es Necesito mis gafas.
et Mul on vaja oma prille.
fi Tarvitsen silmälasini.
fr J'ai besoin de mes lunettes.
ga Tá mo spéaclaí ag teastáil uaim.
hr Trebam svoje naočale.
hu Szükségem van a szemüvegemre.
it Ho bisogno dei miei occhiali.
lt Man reikia mano akinių.
lv Man vajag manas brilles.
mt Għandi bżonn in-nuċċali tiegħi.
nl Ik heb mijn bril nodig.
pl Potrzebuję swoich okularów.
pt Preciso dos meus óculos.
ro Am nevoie de ochelarii mei.
sk Potrebujem svoje okuliare.
sl Potrebujem svoja očala.
sv Jag behöver mina glasögon.
ja 眼鏡が必要です。
zh 我需要我的眼镜。
ko 제 안경이 필요해요.
th ฉันต้องใช้แว่นตาของฉัน
vi Tôi cần kính của tôi.
tr Gözlüğüme ihtiyacım var.
ar أحتاج نظارتي.
ru Мне нужны мои очки.
uk Мені потрібні мої окуляри.
hi मुझे अपना चश्मा चाहिए।
id Saya butuh kacamata saya.
@need_my_hearing_aid | patient statement | - | device.hearing_aid
en I need my hearing aid.
bg Трябва ми слуховият апарат.
cs Potřebuji své naslouchadlo.
da Jeg har brug for mit høreapparat.
de Ich brauche mein Hörgerät.
el Χρειάζομαι το ακουστικό βαρηκοΐας μου.
es Necesito mi audífono.
et Mul on vaja oma kuuldeaparaati.
fi Tarvitsen kuulolaitteeni.
fr J'ai besoin de mon appareil auditif.
ga Tá m'áis éisteachta ag teastáil uaim.
hr Trebam svoj slušni aparat.
hu Szükségem van a hallókészülékemre.
it Ho bisogno del mio apparecchio acustico.
lt Man reikia mano klausos aparato.
lv Man vajag manu dzirdes aparātu.
mt Għandi bżonn l-apparat tas-smigħ tiegħi.
nl Ik heb mijn hoortoestel nodig.
pl Potrzebuję swojego aparatu słuchowego.
pt Preciso do meu aparelho auditivo.
ro Am nevoie de aparatul meu auditiv.
sk Potrebujem svoj načúvací prístroj.
sl Potrebujem svoj slušni aparat.
sv Jag behöver min hörapparat.
ja 補聴器が必要です。
zh 我需要我的助听器。
ko 제 보청기가 필요해요.
th ฉันต้องใช้เครื่องช่วยฟังของฉัน
vi Tôi cần máy trợ thính của tôi.
tr İşitme cihazıma ihtiyacım var.
ar أحتاج سماعة الأذن الطبية الخاصة بي.
ru Мне нужен мой слуховой аппарат.
uk Мені потрібен мій слуховий апарат.
hi मुझे अपनी सुनने की मशीन चाहिए।
id Saya butuh alat bantu dengar saya.
@need_wheelchair | patient statement | - | device.wheelchair
en I need a wheelchair.
bg Трябва ми инвалидна количка.
cs Potřebuji invalidní vozík.
da Jeg har brug for en kørestol.
de Ich brauche einen Rollstuhl.
el Χρειάζομαι αναπηρικό αμαξίδιο.
es Necesito una silla de ruedas.
et Mul on vaja ratastooli.
fi Tarvitsen pyörätuolin.
fr J'ai besoin d'un fauteuil roulant.
ga Tá cathaoir rothaí ag teastáil uaim.
hr Trebam invalidska kolica.
hu Szükségem van egy kerekesszékre.
it Ho bisogno di una sedia a rotelle.
lt Man reikia neįgaliojo vežimėlio.
lv Man vajag ratiņkrēslu.
mt Għandi bżonn siġġu tar-roti.
nl Ik heb een rolstoel nodig.
pl Potrzebuję wózka inwalidzkiego.
pt Preciso de uma cadeira de rodas.
ro Am nevoie de un scaun cu rotile.
sk Potrebujem invalidný vozík.
sl Potrebujem invalidski voziček.
sv Jag behöver en rullstol.
ja 車椅子が必要です。
zh 我需要轮椅。
ko 휠체어가 필요해요.
th ฉันต้องการรถเข็น
vi Tôi cần xe lăn.
tr Tekerlekli sandalyeye ihtiyacım var.
ar أحتاج كرسيًا متحركًا.
ru Мне нужна инвалидная коляска.
uk Мені потрібен інвалідний візок.
hi मुझे व्हीलचेयर चाहिए।
id Saya butuh kursi roda.
@contact_my_insurance | patient statement | - | -
en Please contact my insurance.
bg Моля, свържете се с моята застрахователна компания.
cs Kontaktujte prosím mou pojišťovnu.
da Kontakt venligst mit forsikringsselskab.
de Bitte kontaktieren Sie meine Versicherung.
el Παρακαλώ επικοινωνήστε με την ασφαλιστική μου εταιρεία.
es Por favor, póngase en contacto con mi seguro.
et Palun võtke ühendust minu kindlustusseltsiga.
fi Ottakaa yhteyttä vakuutusyhtiööni.
fr Veuillez contacter mon assurance.
ga Déan teagmháil le mo chomhlacht árachais, le do thoil.
hr Molim vas, kontaktirajte moje osiguranje.
hu Kérem, vegye fel a kapcsolatot a biztosítómmal.
it Per favore, contatti la mia assicurazione.
lt Prašom susisiekti su mano draudimo bendrove.
lv Lūdzu, sazinieties ar manu apdrošināšanas kompāniju.
mt Jekk jogħġbok, ikkuntattja lill-kumpanija tal-assigurazzjoni tiegħi.
nl Neem alstublieft contact op met mijn verzekering.
pl Proszę skontaktować się z moim ubezpieczycielem.
pt Por favor, contacte a minha seguradora.
ro Vă rog să contactați asigurarea mea.
sk Kontaktujte, prosím, moju poisťovňu.
sl Prosim, obvestite mojo zavarovalnico.
sv Kontakta mitt försäkringsbolag, tack.
ja 私の保険会社に連絡してください。
zh 请联系我的保险公司。
ko 제 보험사에 연락해 주세요.
th กรุณาติดต่อบริษัทประกันของฉัน
vi Xin hãy liên hệ với công ty bảo hiểm của tôi.
tr Lütfen sigorta şirketimle iletişime geçin.
ar يرجى الاتصال بشركة التأمين الخاصة بي.
ru Пожалуйста, свяжитесь с моей страховой компанией.
uk Будь ласка, зв'яжіться з моєю страховою компанією.
hi कृपया मेरी बीमा कंपनी से संपर्क कीजिए।
id Tolong hubungi perusahaan asuransi saya.
@how_much_does_it_cost | patient question | number phrase | -
en How much does it cost?
bg Колко струва?
cs Kolik to stojí?
da Hvad koster det?
de Was kostet das?
el Πόσο κοστίζει;
es ¿Cuánto cuesta?
et Kui palju see maksab?
fi Paljonko se maksaa?
fr Combien ça coûte ?
ga Cé mhéad a chosnaíonn sé?
hr Koliko to košta?
hu Mennyibe kerül?
it Quanto costa?
lt Kiek tai kainuoja?
lv Cik tas maksā?
mt Kemm tiswa?
nl Hoeveel kost het?
pl Ile to kosztuje?
pt Quanto custa?
ro Cât costă?
sk Koľko to stojí?
sl Koliko stane?
sv Vad kostar det?
ja いくらですか？
zh 多少钱？
ko 비용이 얼마예요?
th ราคาเท่าไหร่
vi Bao nhiêu tiền?
tr Ne kadar tutuyor?
ar كم التكلفة؟
ru Сколько это стоит?
uk Скільки це коштує?
hi इसका कितना खर्च होगा?
id Berapa biayanya?
@can_i_have_receipt | patient question | yes_no | -
en Can I have a receipt?
bg Може ли да ми дадете квитанция?
cs Můžu dostat účtenku?
da Må jeg få en kvittering?
de Kann ich eine Quittung bekommen?
el Μπορώ να έχω απόδειξη;
es ¿Me puede dar un recibo?
et Kas ma saaksin kviitungi?
fi Voinko saada kuitin?
fr Puis-je avoir un reçu ?
ga An féidir liom admháil a fháil?
hr Mogu li dobiti račun?
hu Kaphatnék számlát?
it Posso avere una ricevuta?
lt Ar galiu gauti kvitą?
lv Vai es varu saņemt čeku?
mt Nista' jkolli riċevuta?
nl Mag ik een kwitantie?
pl Czy mogę dostać rachunek?
pt Pode dar-me um recibo?
ro Pot primi o chitanță?
sk Môžem dostať potvrdenie o platbe?
sl Lahko dobim račun?
sv Kan jag få ett kvitto?
ja 領収書をいただけますか？
zh 可以给我开收据吗？
ko 영수증을 받을 수 있을까요?
th ขอใบเสร็จได้ไหม
vi Cho tôi xin hóa đơn được không?
tr Makbuz alabilir miyim?
ar هل يمكنني الحصول على إيصال؟
ru Можно мне квитанцию?
uk Можна мені квитанцію?
hi क्या मुझे रसीद मिल सकती है?
id Boleh saya minta kuitansi?
@need_medical_certificate | patient statement | - | -
en I need a medical certificate.
bg Трябва ми медицинско удостоверение.
cs Potřebuji lékařské potvrzení.
da Jeg har brug for en lægeerklæring.
de Ich brauche ein ärztliches Attest.
el Χρειάζομαι ιατρική βεβαίωση.
es Necesito un certificado médico.
et Mul on vaja arstitõendit.
fi Tarvitsen lääkärintodistuksen.
fr J'ai besoin d'un certificat médical.
ga Tá teastas dochtúra ag teastáil uaim.
hr Trebam liječničku potvrdu.
hu Orvosi igazolásra van szükségem.
it Ho bisogno di un certificato medico.
lt Man reikia medicininės pažymos.
lv Man vajag ārsta izziņu.
mt Għandi bżonn ċertifikat mediku.
nl Ik heb een medische verklaring nodig.
pl Potrzebuję zaświadczenia lekarskiego.
pt Preciso de um atestado médico.
ro Am nevoie de un certificat medical.
sk Potrebujem lekárske potvrdenie.
sl Potrebujem zdravniško potrdilo.
sv Jag behöver ett läkarintyg.
ja 診断書が必要です。
zh 我需要一份医疗证明。
ko 진단서가 필요해요.
th ฉันต้องการใบรับรองแพทย์
vi Tôi cần giấy chứng nhận y tế.
tr Doktor raporuna ihtiyacım var.
ar أحتاج شهادة طبية.
ru Мне нужна медицинская справка.
uk Мені потрібна медична довідка.
hi मुझे मेडिकल सर्टिफ़िकेट चाहिए।
id Saya butuh surat keterangan dokter.
@written_report_for_home_doctor | patient statement | - | -
en Please give me a written report for my doctor at home.
bg Моля, дайте ми писмено заключение за личния ми лекар.
cs Dejte mi prosím písemnou zprávu pro mého lékaře doma.
da Må jeg få en skriftlig rapport til min egen læge derhjemme?
de Bitte geben Sie mir einen schriftlichen Bericht für meinen Arzt zu Hause.
el Παρακαλώ δώστε μου γραπτή αναφορά για τον γιατρό μου στη χώρα μου.
es Por favor, deme un informe por escrito para mi médico en mi país.
et Palun andke mulle kirjalik kokkuvõte minu arstile kodumaal.
fi Antakaa minulle kirjallinen lausunto omalle lääkärilleni kotimaassa.
fr Pouvez-vous me donner un compte rendu écrit pour mon médecin ?
ga Tabhair tuairisc scríofa dom do mo dhochtúir sa bhaile, le do thoil.
hr Molim vas, dajte mi pisani nalaz za mog liječnika kod kuće.
hu Kérem, adjon írásos zárójelentést az otthoni orvosom számára.
it Mi dia una relazione scritta per il mio medico a casa, per favore.
lt Prašom duoti man rašytinę išvadą mano gydytojui namuose.
lv Lūdzu, iedodiet man rakstisku izrakstu manam ārstam mājās.
mt Jekk jogħġbok, agħtini rapport bil-miktub għat-tabib tiegħi f'pajjiżi.
nl Kunt u mij een schriftelijk verslag geven voor mijn huisarts thuis?
pl Proszę o pisemny raport dla mojego lekarza w kraju.
pt Por favor, dê-me um relatório escrito para o meu médico no meu país.
ro Vă rog să-mi dați un raport scris pentru medicul meu de acasă.
sk Dajte mi, prosím, písomnú správu pre môjho lekára doma.
sl Prosim, dajte mi pisno poročilo za mojega zdravnika doma.
sv Kan jag få en skriftlig rapport till min läkare hemma?
ja 帰国後の主治医のために、診療内容を書面でいただけますか？
zh 请给我一份书面报告，带回去给我的医生。
ko 귀국해서 주치의에게 보여 줄 소견서를 써 주세요.
th กรุณาเขียนรายงานการรักษาให้ฉันนำไปให้แพทย์ที่บ้าน
vi Xin cho tôi một bản báo cáo bằng văn bản để đưa cho bác sĩ ở nước tôi.
tr Lütfen ülkemdeki doktorum için yazılı bir rapor verin.
ar يرجى إعطائي تقريرًا مكتوبًا لطبيبي في بلدي.
ru Пожалуйста, дайте мне письменное заключение для моего врача дома.
uk Будь ласка, дайте мені письмовий висновок для мого лікаря вдома.
hi कृपया मुझे मेरे देश के डॉक्टर के लिए एक लिखित रिपोर्ट दीजिए।
id Tolong beri saya laporan tertulis untuk dokter saya di negara asal.
@when_can_i_fly_home | patient question | time phrase | -
en When can I fly home?
bg Кога мога да се прибера вкъщи със самолет?
cs Kdy můžu letět domů?
da Hvornår kan jeg flyve hjem?
de Wann kann ich nach Hause fliegen?
el Πότε μπορώ να πετάξω για το σπίτι μου;
es ¿Cuándo puedo volver a casa en avión?
et Millal ma saan koju lennata?
fi Milloin voin lentää kotiin?
fr Quand pourrai-je rentrer chez moi en avion ?
ga Cathain is féidir liom eitilt abhaile?
hr Kada mogu letjeti kući?
hu Mikor repülhetek haza?
it Quando potrò tornare a casa in aereo?
lt Kada galėsiu skristi namo?
lv Kad es varēšu lidot mājās?
mt Meta nista' nsiefer lura d-dar bl-ajruplan?
nl Wanneer mag ik naar huis vliegen?
pl Kiedy będzie można wrócić samolotem do domu?
pt Quando posso voltar para casa de avião?
ro Când pot să zbor acasă?
sk Kedy môžem letieť domov?
sl Kdaj lahko letim domov?
sv När kan jag flyga hem?
ja いつ飛行機で帰国できますか？
zh 我什么时候可以坐飞机回家？
ko 언제 비행기를 타고 귀국할 수 있어요?
th ฉันจะบินกลับบ้านได้เมื่อไหร่
vi Khi nào tôi có thể bay về nước?
tr Ne zaman uçakla eve dönebilirim?
ar متى يمكنني العودة إلى بلدي بالطائرة؟
ru Когда я смогу улететь домой?
uk Коли я зможу полетіти додому?
hi मुझे हवाई जहाज़ से घर जाने की अनुमति कब मिलेगी?
id Kapan saya boleh terbang pulang?
@need_interpreter | patient statement | - | -
en I need an interpreter.
bg Трябва ми преводач.
cs Potřebuji tlumočníka.
da Jeg har brug for en tolk.
de Ich brauche einen Dolmetscher.
el Χρειάζομαι διερμηνέα.
es Necesito un intérprete.
et Mul on vaja tõlki.
fi Tarvitsen tulkin.
fr J'ai besoin d'un interprète.
ga Tá ateangaire ag teastáil uaim.
hr Trebam prevoditelja.
hu Tolmácsra van szükségem.
it Ho bisogno di un interprete.
lt Man reikia vertėjo.
lv Man vajag tulku.
mt Għandi bżonn interpretu.
nl Ik heb een tolk nodig.
pl Potrzebuję tłumacza.
pt Preciso de um intérprete.
ro Am nevoie de un interpret.
sk Potrebujem tlmočníka.
sl Potrebujem tolmača.
sv Jag behöver en tolk.
ja 通訳が必要です。
zh 我需要翻译。
ko 통역사가 필요해요.
th ฉันต้องการล่าม
vi Tôi cần phiên dịch viên.
tr Tercümana ihtiyacım var.
ar أحتاج مترجمًا.
ru Мне нужен переводчик.
uk Мені потрібен перекладач.
hi मुझे दुभाषिया चाहिए।
id Saya butuh penerjemah.
@here_is_insurance_card | patient statement | - | -
en Here is my insurance card.
bg Ето моята здравноосигурителна карта.
cs Tady je můj průkaz pojištěnce.
da Her er mit sygesikringskort.
de Hier ist meine Versicherungskarte.
el Ορίστε η κάρτα ασφάλισής μου.
es Aquí tiene mi tarjeta del seguro.
et Siin on minu kindlustuskaart.
fi Tässä on vakuutuskorttini.
fr Voici ma carte d'assurance.
ga Seo é mo chárta árachais.
hr Ovo je moja kartica osiguranja.
hu Itt a biztosítási kártyám.
it Ecco la mia tessera assicurativa.
lt Štai mano draudimo kortelė.
lv Lūk, mana apdrošināšanas karte.
mt Din hi l-karta tal-assigurazzjoni tiegħi.
nl Hier is mijn verzekeringspas.
pl Oto moja karta ubezpieczenia.
pt Aqui está o meu cartão de seguro.
ro Acesta este cardul meu de asigurare.
sk Tu je môj preukaz poistenca.
sl Tukaj je moja kartica zavarovanja.
sv Här är mitt försäkringskort.
ja これが私の保険証です。
zh 这是我的保险卡。
ko 이것이 제 보험 카드예요.
th นี่คือบัตรประกันของฉัน
vi Đây là thẻ bảo hiểm của tôi.
tr İşte sigorta kartım.
ar هذه بطاقة التأمين الخاصة بي.
ru Вот мой страховой полис.
uk Ось мій страховий поліс.
hi यह मेरा बीमा कार्ड है।
id Ini kartu asuransi saya.
@can_i_pay_by_card | patient question | yes_no | -
en Can I pay by card?
bg Мога ли да платя с карта?
cs Můžu platit kartou?
da Kan jeg betale med kort?
de Kann ich mit Karte bezahlen?
el Μπορώ να πληρώσω με κάρτα;
es ¿Puedo pagar con tarjeta?
et Kas ma saan kaardiga maksta?
fi Voinko maksaa kortilla?
fr Puis-je payer par carte ?
ga An féidir liom íoc le cárta?
hr Mogu li platiti karticom?
hu Fizethetek kártyával?
it Posso pagare con la carta?
lt Ar galiu sumokėti kortele?
lv Vai es varu samaksāt ar karti?
mt Nista' nħallas bil-karta?
nl Kan ik met een pinpas betalen?
pl Czy mogę zapłacić kartą?
pt Posso pagar com cartão?
ro Pot plăti cu cardul?
sk Môžem platiť kartou?
sl Lahko plačam s kartico?
sv Kan jag betala med kort?
ja カードで払えますか？
zh 可以刷卡吗？
ko 카드로 결제할 수 있어요?
th จ่ายด้วยบัตรได้ไหม
vi Tôi có thể trả bằng thẻ không?
tr Kartla ödeyebilir miyim?
ar هل يمكنني الدفع بالبطاقة؟
ru Можно заплатить картой?
uk Можна заплатити карткою?
hi क्या कार्ड से भुगतान हो सकता है?
id Bisakah saya membayar dengan kartu?
@copy_of_results | patient question | yes_no | -
en Can I have a copy of my results?
bg Може ли да получа копие от резултатите си?
cs Můžu dostat kopii svých výsledků?
da Kan jeg få en kopi af mine prøvesvar?
de Kann ich eine Kopie meiner Befunde bekommen?
el Μπορώ να έχω αντίγραφο των αποτελεσμάτων μου;
es ¿Me pueden dar una copia de mis resultados?
et Kas ma saaksin oma tulemuste koopia?
fi Voinko saada kopion tuloksistani?
fr Puis-je avoir une copie de mes résultats ?
ga An féidir liom cóip de mo thorthaí a fháil?
hr Mogu li dobiti kopiju svojih nalaza?
hu Kaphatok másolatot a leleteimről?
it Posso avere una copia dei miei risultati?
lt Ar galiu gauti savo tyrimų rezultatų kopiją?
lv Vai es varu saņemt savu rezultātu kopiju?
mt Nista' jkolli kopja tar-riżultati tiegħi?
nl Mag ik een kopie van mijn uitslagen?
pl Czy mogę dostać kopię moich wyników?
pt Posso ter uma cópia dos meus resultados?
ro Pot primi o copie a rezultatelor mele?
sk Môžem dostať kópiu svojich výsledkov?
sl Lahko dobim kopijo svojih izvidov?
sv Kan jag få en kopia av mina provsvar?
ja 検査結果のコピーをいただけますか？
zh 可以给我一份检查结果的复印件吗？
ko 검사 결과 사본을 받을 수 있을까요?
th ขอสำเนาผลการตรวจได้ไหม
vi Tôi có thể xin bản sao kết quả xét nghiệm không?
tr Sonuçlarımın bir kopyasını alabilir miyim?
ar هل يمكنني الحصول على نسخة من نتائجي؟
ru Можно мне копию моих результатов?
uk Можна мені копію моїх результатів?
hi क्या मुझे अपनी रिपोर्ट की एक कॉपी मिल सकती है?
id Boleh saya minta salinan hasil pemeriksaan saya?
@please_contact_embassy | patient statement | - | -
en Please contact my embassy.
bg Моля, свържете се с посолството на моята страна.
cs Kontaktujte prosím velvyslanectví mé země.
da Kontakt venligst min ambassade.
de Bitte kontaktieren Sie meine Botschaft.
el Παρακαλώ επικοινωνήστε με την πρεσβεία μου.
es Por favor, póngase en contacto con mi embajada.
et Palun võtke ühendust minu saatkonnaga.
fi Ottakaa yhteyttä maani suurlähetystöön.
fr Veuillez contacter mon ambassade.
ga Déan teagmháil le m'ambasáid, le do thoil.
hr Molim vas, kontaktirajte moje veleposlanstvo.
hu Kérem, értesítse a nagykövetségemet.
it Per favore, contatti la mia ambasciata.
lt Prašom susisiekti su mano šalies ambasada.
lv Lūdzu, sazinieties ar manas valsts vēstniecību.
mt Jekk jogħġbok, ikkuntattja lill-ambaxxata ta' pajjiżi.
nl Neem alstublieft contact op met mijn ambassade.
pl Proszę skontaktować się z ambasadą mojego kraju.
pt Por favor, contacte a embaixada do meu país.
ro Vă rog să contactați ambasada țării mele.
sk Kontaktujte, prosím, veľvyslanectvo mojej krajiny.
sl Prosim, obvestite veleposlaništvo moje države.
sv Kontakta min ambassad, tack.
ja 私の国の大使館に連絡してください。
zh 请联系我国大使馆。
ko 저희 나라 대사관에 연락해 주세요.
th กรุณาติดต่อสถานทูตของประเทศฉัน
vi Xin hãy liên hệ với đại sứ quán nước tôi.
tr Lütfen ülkemin büyükelçiliğiyle iletişime geçin.
ar يرجى الاتصال بسفارة بلدي.
ru Пожалуйста, свяжитесь с посольством моей страны.
uk Будь ласка, зв'яжіться з посольством моєї країни.
hi कृपया मेरे देश के दूतावास से संपर्क कीजिए।
id Tolong hubungi kedutaan negara saya.
@how_long_wait | patient question | time | -
en How long do I have to wait?
bg Колко време трябва да чакам?
cs Jak dlouho budu muset čekat?
da Hvor længe skal jeg vente?
de Wie lange muss ich warten?
el Πόση ώρα πρέπει να περιμένω;
es ¿Cuánto tiempo tengo que esperar?
et Kui kaua ma pean ootama?
fi Kuinka kauan minun täytyy odottaa?
fr Combien de temps dois-je attendre ?
ga Cá fhad a chaithfidh mé fanacht?
hr Koliko dugo moram čekati?
hu Mennyit kell várnom?
it Quanto devo aspettare?
lt Kiek laiko turiu laukti?
lv Cik ilgi man jāgaida?
mt Kemm irrid nistenna?
nl Hoelang moet ik wachten?
pl Jak długo muszę czekać?
pt Quanto tempo tenho de esperar?
ro Cât trebuie să aștept?
sk Ako dlho musím čakať?
sl Kako dolgo moram čakati?
sv Hur länge måste jag vänta?
ja どのくらい待ちますか？
zh 我要等多久？
ko 얼마나 기다려야 해요?
th ต้องรอนานแค่ไหน
vi Tôi phải đợi bao lâu?
tr Ne kadar beklemem gerekiyor?
ar كم من الوقت يجب أن أنتظر؟
ru Сколько мне нужно ждать?
uk Скільки мені треба чекати?
hi मुझे कितनी देर इंतज़ार करना होगा?
id Berapa lama saya harus menunggu?
@is_it_safe_to_fly | patient question | yes_no | -
en Is it safe for me to fly?
bg Безопасно ли е за мен да летя със самолет?
cs Můžu bezpečně letět letadlem?
da Er det sikkert for mig at flyve?
de Darf ich fliegen?
el Είναι ασφαλές να ταξιδέψω με αεροπλάνο;
es ¿Puedo viajar en avión sin riesgo?
et Kas mul on ohutu lennata?
fi Onko minun turvallista lentää?
fr Puis-je prendre l'avion sans risque ?
ga An bhfuil sé sábháilte dom eitilt?
hr Je li sigurno da letim avionom?
hu Biztonságos számomra a repülés?
it Posso viaggiare in aereo senza rischi?
lt Ar man saugu skristi lėktuvu?
lv Vai man ir droši lidot?
mt Huwa sigur għalija li nsiefer bl-ajruplan?
nl Is het veilig voor mij om te vliegen?
pl Czy mogę bezpiecznie lecieć samolotem?
pt É seguro para mim viajar de avião?
ro Este sigur pentru mine să zbor cu avionul?
sk Je pre mňa bezpečné letieť lietadlom?
sl Ali lahko varno letim z letalom?
sv Är det säkert för mig att flyga?
ja 飛行機に乗っても大丈夫ですか？
zh 我坐飞机安全吗？
ko 비행기를 타도 괜찮을까요?
th ฉันขึ้นเครื่องบินได้อย่างปลอดภัยไหม
vi Tôi đi máy bay có an toàn không?
tr Uçağa binmem güvenli mi?
ar هل السفر بالطائرة آمن بالنسبة لي؟
ru Мне безопасно лететь на самолёте?
uk Чи безпечно мені летіти літаком?
hi क्या मेरे लिए हवाई यात्रा करना सुरक्षित है?
id Apakah aman bagi saya untuk naik pesawat?
""",
)

# ---------------------------------------------------------------- END OF DATA


def parse(block: str, group: str) -> dict:
    lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
    head = [x.strip() for x in lines[0].lstrip("@").split("|")]
    if len(head) != 4:
        raise ValueError(f"bad header: {lines[0]!r}")
    sid, (speaker, kind), answers, concepts = head[0], head[1].split(), head[2], head[3]
    text, gaps = {}, {}
    for ln in lines[1:]:
        lang, _, rest = ln.partition(" ")
        rest = rest.strip()
        if lang not in LANGS:
            raise ValueError(f"{sid}: unknown language in line {ln!r}")
        if lang in text or lang in gaps:
            raise ValueError(f"{sid}: language {lang} given twice")
        if rest.startswith("!"):
            gaps[lang] = rest[1:].strip()
        else:
            text[lang] = rest
    return {
        "id": "phrase." + sid,
        "group": group,
        "speaker": speaker,
        "kind": kind,
        "answers": [] if answers == "-" else answers.split(),
        "concepts": [] if concepts == "-" else concepts.split(),
        "text": {lang: text[lang] for lang in LANGS if lang in text},
        "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
        "reviewed": {},
        "gaps": {lang: gaps[lang] for lang in LANGS if lang in gaps},
    }


def known_concepts() -> set:
    ids = set()
    for f in sorted(TERMS.glob("*.json")):
        ids.update(c["id"] for c in json.loads(f.read_text(encoding="utf-8"))["concepts"])
    return ids


def norm(s: str) -> str:
    return re.sub(r"[\s.!?。！？،؟]+$", "", s.strip()).casefold()


def tico_matches(phrases: list) -> list:
    """English phrases that appear verbatim as a TICO-19 source sentence."""
    if not TICO.is_dir():
        return []
    en = {norm(p["text"]["en"]): p["id"] for p in phrases}
    hits = []
    for f in sorted(glob.glob(str(TICO / "f_en-*.csv"))):
        with open(f, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                key = norm(row.get("sourceString") or "")
                if key in en:
                    hits.append((en[key], row["targetLang"], row["targetString"]))
    return hits


def other_phrases() -> list:
    """Phrases of the groups written elsewhere (phrases_a.py), to avoid clashes."""
    out = []
    for f in sorted(OUT.glob("phrases_*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if data.get("group") not in GROUPS:
            out.extend(data.get("phrases", []))
    return out


def validate(by_group: dict) -> list:
    errors = []
    concepts = known_concepts()
    seen_ids, seen_text = set(), {}
    for p in other_phrases():  # ids and texts of the other half must not be repeated
        seen_ids.add(p["id"])
        for lang, t in p.get("text", {}).items():
            seen_text[(lang, norm(t))] = p["id"]
    for group, phrases in by_group.items():
        for p in phrases:
            pid = p["id"]
            if not ID_RE.match(pid):
                errors.append(f"{pid}: id is not phrase.<snake_case>")
            if pid in seen_ids:
                errors.append(f"{pid}: duplicate id (here or in another phrase file)")
            seen_ids.add(pid)
            if p["group"] != group:
                errors.append(f"{pid}: group {p['group']} in file {group}")
            if p["speaker"] not in SPEAKERS:
                errors.append(f"{pid}: bad speaker {p['speaker']}")
            if p["kind"] not in KINDS:
                errors.append(f"{pid}: bad kind {p['kind']}")
            bad = set(p["answers"]) - ANSWERS
            if bad:
                errors.append(f"{pid}: bad answers {sorted(bad)}")
            if p["kind"] == "question" and not p["answers"]:
                errors.append(f"{pid}: question without answers")
            if p["kind"] != "question" and p["answers"]:
                errors.append(f"{pid}: answers on a {p['kind']}")
            for c in p["concepts"]:
                if c not in concepts:
                    errors.append(f"{pid}: unknown concept {c}")
            if "en" not in p["text"]:
                errors.append(f"{pid}: no English text")
            for lang in LANGS:
                has_t, has_g = lang in p["text"], lang in p["gaps"]
                if has_t == has_g:
                    errors.append(f"{pid}: {lang} needs exactly one of text or gap")
                if has_g and not p["gaps"][lang]:
                    errors.append(f"{pid}: {lang} gap without reason")
                if has_t:
                    t = p["text"][lang]
                    if not t or t != t.strip() or "  " in t:
                        errors.append(f"{pid}: {lang} text empty or badly spaced: {t!r}")
                    key = (lang, norm(t))
                    if key in seen_text:
                        errors.append(f"{pid}: {lang} text {t!r} duplicates {seen_text[key]}")
                    seen_text[key] = pid
            if p["kind"] == "label" and not all(t.rstrip().endswith((":", "：")) for t in p["text"].values()):
                errors.append(f"{pid}: label text must end with a colon")
    return errors


def render(group: str, phrases: list) -> str:
    lines = [json.dumps(p, ensure_ascii=False) for p in phrases]
    return f'{{"format": 1, "group": "{group}", "phrases": [\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list) -> int:
    by_group = {g: [parse(b, g) for b in BLOCKS[g]] for g in GROUPS}
    errors = validate(by_group)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        return 1
    for pid, lang, target in tico_matches([p for ps in by_group.values() for p in ps]):
        print(f"note: TICO-19 has {pid} in {lang}: {target}")
    total = 0
    for g in GROUPS:
        ps = by_group[g]
        total += len(ps)
        gaps = sum(len(p["gaps"]) for p in ps)
        print(f"{g}: {len(ps)} phrases, {gaps} gaps")
        if "--check" not in argv and ps:
            text = render(g, ps)
            json.loads(text)  # must load
            (OUT / f"phrases_{g}.json").write_text(text, encoding="utf-8")
    print(f"total: {total} phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
