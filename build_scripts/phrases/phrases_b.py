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

LANGS = ("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv "
         "ja zh ko th vi tr ar ru uk hi id").split()
GROUPS = ("history", "medicine", "question", "answer", "instruction", "logistics")
SPEAKERS = {"patient", "doctor", "either"}
KINDS = {"statement", "question", "answer", "instruction", "label"}
ANSWERS = {"yes_no", "number", "scale_0_10", "time", "body_site", "phrase"}
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
add("history", """
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
""")

add("history", """
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
""")

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
    return {"id": "phrase." + sid, "group": group, "speaker": speaker, "kind": kind,
            "answers": [] if answers == "-" else answers.split(),
            "concepts": [] if concepts == "-" else concepts.split(),
            "text": {lang: text[lang] for lang in LANGS if lang in text},
            "provenance": {"*": "wayfarer-draft", "en": "wayfarer"},
            "reviewed": {},
            "gaps": {lang: gaps[lang] for lang in LANGS if lang in gaps}}


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


def validate(by_group: dict) -> list:
    errors = []
    concepts = known_concepts()
    seen_ids, seen_text = set(), {}
    for group, phrases in by_group.items():
        for p in phrases:
            pid = p["id"]
            if not ID_RE.match(pid):
                errors.append(f"{pid}: id is not phrase.<snake_case>")
            if pid in seen_ids:
                errors.append(f"{pid}: duplicate id")
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
    return ('{"format": 1, "group": "%s", "phrases": [\n' % group + ",\n".join(lines) + "\n]}\n")


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
