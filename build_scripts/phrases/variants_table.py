"""Matching-only variants (see variants.py): ``TABLE[lang]`` is a block of ``id: a | b | c`` lines."""

TABLE: dict[str, str] = {}

TABLE["en"] = """
need_ambulance: I need an ambulance now | ambulance needed | get an ambulance | send an ambulance | need paramedics
call_ambulance: call 911 | call 999 | call 112 | phone for an ambulance | get me an ambulance | ring for an ambulance | someone call an ambulance
help_me: help | help me | somebody help | can you help me | i need help
need_doctor: get a doctor | i need to see a doctor | fetch a doctor | i want a doctor | is there a doctor
where_nearest_hospital: where is the hospital | closest hospital | nearest a and e | where is the emergency room | how do i get to the hospital
have_fallen: i fell | i fell down | i fell over | i had a fall | i tripped and fell | i slipped and fell | fell on the stairs
cannot_get_up: i cant get up | cant stand up | i am stuck on the floor | unable to get up
cannot_breathe_well: i cant breathe | cant get my breath | struggling to breathe | hard to breathe | i can hardly breathe | difficulty breathing | gasping for air
have_chest_pain: my chest hurts | pain in my chest | chest is tight | my chest is sore | pressure on my chest | chest ache
think_heart_attack: i think its a heart attack | heart attack | am i having a heart attack | i am having a heart attack
think_stroke: i think its a stroke | i am having a stroke | stroke symptoms
diabetic_low_sugar: my sugar is low | low blood sugar | hypo | im having a hypo | my sugar dropped | i am diabetic and hypo
severe_allergy: bad allergic reaction | im having an allergic reaction | anaphylaxis | my throat is closing
need_adrenaline_autoinjector: epipen | i need my epipen | where is my epipen | adrenaline pen
call_my_family: call my wife | call my husband | call my son | call my daughter | phone my family | tell my family
dont_speak_your_language: i dont speak the language | i only speak english | no spanish | nobody here speaks english | i cant speak your language
speak_slowly: slower please | slowly please | speak more slowly | talk slower
write_it_down: write it for me | can you write that | please write that down
my_medical_information: my medical details | my health information | my medical card | my medical records
have_travel_insurance: i am insured | i have insurance for travel | travel insurance
have_ehic: ehic | ghic | european health card | my european insurance card
feel_very_unwell: i feel terrible | i feel awful | i feel really ill | i am very ill | i feel really bad
going_to_faint: i feel faint | im going to pass out | i might faint | i am about to black out
am_bleeding: im bleeding | bleeding badly | i am losing blood | it wont stop bleeding
bitten_by_animal: a dog bit me | dog bite | bitten by a dog | a cat bit me | an animal bit me | snake bite
burned_myself: i burnt myself | i got burned | burnt my hand | i scalded myself
hit_my_head: i banged my head | i bumped my head | hit my head | knock on the head
this_is_emergency: emergency | its an emergency | this is urgent | urgent
stung_by_insect: a bee stung me | a wasp stung me | bee sting | wasp sting | insect bite
cut_myself: i cut myself | cut my finger | cut my hand | i have a cut
think_broken_bone: i think its broken | broken bone | i think i broke my arm | i think i broke my leg | my wrist is broken
had_an_accident: accident | car accident | there was an accident | i was in an accident
stay_with_me: dont leave me | stay here with me | dont go | please dont leave me alone
travelling_alone: i am alone | im on my own | i have nobody with me | on my own | by myself
please_hurry: hurry | quickly please | be quick | hurry up | fast please
have_fever: ive got a temperature | i have a temperature | i am feverish | high temperature | running a fever | i feel hot
fever_since_yesterday: temperature since yesterday | fever from yesterday
started_suddenly: it came on suddenly | all of a sudden | it started out of nowhere | started very suddenly
started_slowly_over_days: it came on slowly | slowly over a few days | gradually
started_an_hour_ago: an hour ago it started | started one hour ago
getting_worse: its getting worse | worse and worse | it is worsening | getting worse all the time
comes_and_goes: it comes and goes | on and off | it comes in waves | not all the time
feel_dizzy: im dizzy | everything is spinning | the room is spinning | lightheaded | my head is spinning | giddy
have_headache: my head hurts | my head is killing me | bad headache | my head is pounding | head ache
worst_headache_of_my_life: worst headache ever | the worst headache i have ever had | terrible headache
breathless_when_walking: out of breath when i walk | breathless walking | cant walk without getting out of breath
breathless_at_rest: out of breath sitting still | breathless even resting
have_been_vomiting: i have been sick | throwing up | i threw up | i keep throwing up | been throwing up | i keep being sick | puking | i vomited
have_diarrhoea: diarrhea | i have diarrhea | the runs | got the runs | upset stomach | loose stools
blood_in_urine: blood in my pee | blood when i pee | my pee is red | bloody urine
legs_swollen: my ankles are swollen | swollen legs | swollen feet | my legs are puffy
cannot_move_arm: i cant move my arm | my arm wont move | arm is paralysed
face_feels_numb: my face is numb | numb face | no feeling in my face
cough_with_phlegm: chesty cough | coughing up phlegm | coughing up mucus
coughing_up_blood: coughing blood | blood when i cough
feel_confused: i am confused | i feel muddled | i dont know where i am
cannot_see_clearly: my eyes are blurry | blurry vision | i cant see properly
hurts_when_passing_urine: it burns when i pee | burning when i pee | it hurts to pee | painful to pee | stinging when i wee
no_urine_today: i cant pee | havent peed today | i cant pass water | cant wee
have_rash: i have a rash on my skin | spots on my skin | red spots
heart_racing: my heart is pounding | palpitations | my heart is beating fast | heart is going too fast | my heart is fluttering
cannot_sleep: i cant sleep | i cant sleep at night | i am not sleeping | trouble sleeping
no_appetite: i am not hungry | i dont want to eat | lost my appetite
lost_weight: i lost weight | losing weight
very_thirsty: im always thirsty | so thirsty | really thirsty
feel_nauseous: i feel sick | nauseous | i feel queasy | i feel like throwing up | nausea
have_cough: im coughing | i keep coughing | coughing a lot | cough
have_sore_throat: my throat hurts | my throat is sore | throat is painful
stomach_hurts: my tummy hurts | my belly hurts | stomach pain | tummy ache | my stomach is sore | stomach ache
have_chills: i am shivering | i feel cold and shivery | shivers
feel_weak: i have no strength | i feel so weak | weak
speech_is_slurred: i cant talk properly | my words are slurred | slurred speech
one_side_of_body_weak: one side is weak | my left side is weak | my right side is weak | one side of me is numb
had_a_seizure: i had a fit | i had a seizure | i had a convulsion
lost_consciousness: i blacked out | i passed out | i fainted | i was unconscious | i fainted earlier
blood_in_stool: blood in my poo | bloody stool | blood when i go to the toilet
am_constipated: i cant go to the toilet | i cant poo | constipation | havent been to the toilet for days
skin_itches: i am itchy | my skin is itchy | itchy skin all over | i keep scratching
lips_and_tongue_swelling: my lips are swelling | my tongue is swollen | swollen lips | my lips are swollen
one_leg_swollen_painful: one leg is swollen and hurts | my calf is swollen and painful
tired_all_the_time: always tired | exhausted all the time | no energy
sweat_at_night: night sweats | sweating at night
difficulty_swallowing: hard to swallow | i cant swallow | trouble swallowing
stool_is_black: black poo | my poo is black | black stools
vomiting_blood: throwing up blood | sick with blood | blood in my vomit
losing_balance: i keep falling | unsteady on my feet | my balance is off
think_food_poisoning: food poisoning | i ate something bad | something i ate
it_hurts_here: here | it hurts right here | this hurts | pain here | it is sore here
pain_is_sharp: sharp pain | stabbing pain | like a knife
pain_is_dull: dull pain | dull ache
pain_is_burning: burning pain | it burns
pain_is_pressing: pressing pain | pressure | like a weight
pain_is_cramping: cramps | cramping pain | crampy
pain_is_throbbing: throbbing pain | it throbs | pounding pain
pain_spreads_to_arm: pain goes down my arm | pain in my arm too | it goes into my arm
pain_spreads_to_back: it goes to my back | pain goes through to my back
pain_is_constant: it never stops | constant pain | all the time
pain_worse_breathing_in: hurts when i breathe in | it hurts to breathe | painful breathing in
hurts_more_when_moving: hurts when i move | moving makes it worse
pain_worse_at_night: worse at night | hurts more at night
painkiller_does_not_help: the painkillers arent working | painkillers dont help | pain killers not working
have_diabetes: i am diabetic | im diabetic | diabetic | i have sugar
have_high_blood_pressure: my blood pressure is high | i have hypertension | high bp
have_heart_failure: weak heart | my heart is failing
had_heart_attack: i had a heart attack | previous heart attack | heart attack years ago
had_stroke: i had a stroke before | previous stroke
have_copd: emphysema | i have emphysema | i have bad lungs
have_asthma: i am asthmatic | asthmatic
have_kidney_disease: my kidneys are bad | kidney problems
have_dementia: memory problems | alzheimers
had_operation_recently: i just had surgery | recent operation | i had surgery
was_in_hospital_recently: i was just in hospital | recently in hospital
allergic_to_penicillin: penicillin allergy | allergic to penicilin | cant take penicillin
no_allergies: no allergies | not allergic to anything | i am not allergic
have_pacemaker: i have a pacemaker fitted | i wear a pacemaker
have_artificial_hip: i have a new hip | hip replacement | i had my hip replaced
smoke: i am a smoker | im a smoker | i smoke cigarettes
do_not_smoke: i dont smoke | non smoker
do_not_drink_alcohol: i dont drink | i dont drink alcohol | no alcohol
drink_alcohol_every_day: i drink every day | i drink daily
have_epilepsy: i am epileptic | epileptic
have_atrial_fibrillation: af | afib | irregular heartbeat
have_parkinsons: parkinsons
have_underactive_thyroid: low thyroid | hypothyroid | underactive thyroid
had_blood_clot: i had a clot | i had dvt | previous blood clot
have_heart_stent: heart stent | i have a stent
on_dialysis: i have dialysis | kidney dialysis
hard_of_hearing: i cant hear well | i am a bit deaf | i am deaf | speak up please
have_cancer: cancer
take_blood_thinners: im on blood thinners | i am on warfarin | i take warfarin | i take anticoagulants | blood thinner
take_insulin: i inject insulin | i use insulin | i am on insulin
take_heart_medicine: heart pills | heart tablets | medicine for my heart
take_blood_pressure_medicine: blood pressure pills | blood pressure tablets
run_out_of_medicine: i ran out of my pills | ive run out of my tablets | no more medicine | i have no pills left
lost_medicine: i lost my pills | i lost my tablets | my medicine is lost | my medicines were stolen
need_this_medicine: i need these pills | i need this | i need these tablets
took_medicine_today: i took my pills today | i already took my tablets
forgot_medicine: i forgot my pills | i forgot my tablets | i missed my medicine | i forgot to take my pills
took_too_much_medicine: overdose | i took too many pills | i took too many tablets
here_is_medicine_list: my list of pills | my medication list | list of my tablets
pharmacy_nearby: chemist | where is the chemist | is there a chemist near here | pharmacy | where is a pharmacy | drugstore
cannot_swallow_tablets: i cant swallow pills | pills are too big
medicine_makes_me_sick: these pills make me sick | this makes me feel sick
take_aspirin_daily: aspirin every day | daily aspirin | i take aspirin
take_painkillers: i take pain killers | painkillers
take_no_medicines: i dont take any medicine | no medicines | i am not on any medication
use_inhaler: inhaler | puffer | i use a puffer | my inhaler
take_water_tablets: water pills | diuretics | i take diuretics
need_prescription: prescription | i need a repeat prescription | can you write a prescription
substitute_for_medicine: is there something similar | alternative medicine | something else instead
medicines_at_hotel: i left my pills at the hotel | my tablets are in the hotel | my medicine is at the hotel
medicine_needs_fridge: it needs to go in the fridge | keep it cold | needs refrigeration
what_is_medicine_for: what is this for | what are these tablets for | what are these pills for
how_often_take: how many times a day | how often | how many a day
take_steroid_tablets: steroids | i am on steroids
vomited_after_medicine: i threw up my pills | i was sick after my tablets
does_it_hurt_here: does this hurt? | is it sore here? | hurt here?
do_you_have_fever: any fever? | do you have a temperature? | temperature?
since_when: since when? | how long? | from when?
allergic_to_any_medicine: are you allergic to anything? | any allergies? | allergies?
take_any_medicines_q: do you take any pills? | any medicines? | are you on any medication?
when_did_it_start: when did this start? | when did it begin? | started when?
how_long_going_on: how long has it been like this? | how long have you had this?
where_does_it_hurt_q: where is the pain? | where? | show me where it hurts?
pregnant_q: could you be pregnant? | pregnant?
yes: yeah | yep | yes yes | sure | ok | okay | correct
no: nope | no no | not at all | nah
dont_know: not sure | i dont know | no idea | i am not sure
maybe: perhaps | possibly
a_little: a bit | a little bit | slightly | not much
a_lot: loads | very much | really bad | lots
sometimes: every now and then | now and then | occasionally | from time to time
always: all the time | constantly
never: not ever | not once
dont_understand: i dont understand | i dont get it | what | sorry what
understand: i get it | understood | got it | ok i understand
please_repeat: say that again | again please | repeat please | pardon | sorry can you repeat
better: it is better | feeling better | its better now
worse: it is worse | feeling worse
the_same: no change | same as before
thank_you: thanks | thanks a lot | thank you very much | cheers | many thanks
where_is_toilet: wheres the loo | toilet | where is the bathroom | restroom | where can i pee | wc | lavatory
need_my_glasses: my glasses | i cant see without my glasses | lost my glasses
need_my_hearing_aid: my hearing aid | i lost my hearing aid
need_wheelchair: wheelchair | i cant walk far | need a wheel chair
contact_my_insurance: call my insurance | call my insurance company | phone my insurer
how_much_does_it_cost: how much | how much is it | what is the price | what does it cost
can_i_have_receipt: receipt | i need a receipt | invoice please
need_medical_certificate: sick note | doctors note | a note for my insurance
written_report_for_home_doctor: report for my doctor | a letter for my gp | medical report
when_can_i_fly_home: when can i go home | when can i fly | when can i travel home
need_interpreter: interpreter | i need a translator | someone who speaks english | translator please
here_is_insurance_card: my insurance card | insurance card
can_i_pay_by_card: can i pay with a credit card | do you take cards | card payment
copy_of_results: my results | can i have my results | copy of my tests
please_contact_embassy: call the embassy | my embassy | call my consulate
how_long_wait: how long will it take | how long is the wait | waiting time
is_it_safe_to_fly: can i fly | is it ok to fly | am i fit to fly | can i take the plane
symptom.abdominal_pain: belly ache | tummy ache | stomach ache | bellyache
symptom.diarrhea: the runs | loose stools | diarrhoea
symptom.dizziness: giddiness | lightheadedness
symptom.itching: itchy | itchy skin
symptom.vomiting: throwing up | puking
symptom.nausea: queasy | queasiness
symptom.shortness_of_breath: breathlessness | out of breath | short of breath
symptom.heartburn: acid reflux | indigestion burning
yesterday: since yesterday | from yesterday
today: this day
this_morning: earlier this morning | since this morning
last_night: yesterday evening | during the night
two_days_ago: two days | 2 days ago | since two days
a_week_ago: one week ago | a week | since last week
"""

TABLE["de"] = """
need_ambulance: brauche einen krankenwagen | krankenwagen bitte | ich brauch den notarzt | notarzt
call_ambulance: rufen sie einen krankenwagen | ruf einen krankenwagen | rufen sie den notarzt | rufen sie die 112 | holen sie einen krankenwagen | rufen sie die rettung
help_me: hilfe | helfen sie mir | hilf mir | bitte helfen sie mir
need_doctor: ich brauch einen arzt | brauche einen arzt | holen sie einen arzt | ich muss zum arzt | ein arzt bitte
where_nearest_hospital: wo ist das krankenhaus | wo ist das nachste krankenhaus | wo ist die notaufnahme | wo ist ein spital | nachstes krankenhaus
have_fallen: ich bin hingefallen | ich bin gesturzt | ich bin umgefallen | bin gefallen | ich bin ausgerutscht | hingefallen
cannot_get_up: ich komm nicht hoch | ich kann nicht aufstehen | ich komme nicht mehr hoch
cannot_breathe_well: ich krieg keine luft | ich bekomme keine luft | ich kann nicht atmen | atemnot | schwer atmen
have_chest_pain: mir tut die brust weh | schmerzen in der brust | die brust tut weh | druck auf der brust | es sticht in der brust
think_heart_attack: ich glaube ich habe einen herzinfarkt | herzinfarkt | ich hab einen herzinfarkt
think_stroke: ich glaube ich habe einen schlaganfall | schlaganfall
diabetic_low_sugar: mein zucker ist zu niedrig | unterzucker | ich bin unterzuckert | zucker zu tief
severe_allergy: allergischer schock | schwere allergische reaktion
feel_dizzy: mir ist schwindlig | mir ist schwindelig | alles dreht sich | schwindel
have_headache: ich hab kopfweh | mir tut der kopf weh | ich habe kopfweh | der kopf tut weh
have_been_vomiting: ich muss mich ubergeben | ich habe erbrochen | ich muss brechen | ich kotze | ich habe mich ubergeben
have_diarrhoea: ich hab durchfall
stomach_hurts: mir tut der bauch weh | der bauch tut weh | ich habe bauchweh | ich hab bauchschmerzen | magenschmerzen
have_fever: ich hab fieber | ich habe temperatur | ich glühe
take_blood_thinners: ich nehme marcumar | ich nehme blutverdunner | ich bin auf blutverdunner | ich nehme gerinnungshemmer
am_bleeding: ich blute | es blutet | es hort nicht auf zu bluten
allergic_to_penicillin: penicillinallergie | ich vertrage kein penicillin
medicines_at_hotel: meine tabletten sind im hotel | meine medikamente sind im hotel
pharmacy_nearby: wo ist eine apotheke | wo ist die nachste apotheke | apotheke | gibt es eine apotheke
dont_understand: ich versteh nicht | versteh ich nicht | ich verstehe das nicht | wie bitte
speak_slowly: langsamer bitte | bitte langsam sprechen | langsamer sprechen bitte
thank_you: danke | danke schon | vielen dank | dankeschon
how_much_does_it_cost: was kostet das | wie viel kostet das | wieviel
have_diabetes: ich bin zuckerkrank | ich bin diabetiker | ich habe zucker | diabetiker
have_cough: ich huste | ich muss husten | ich huste viel
have_sore_throat: mir tut der hals weh | ich habe halsweh | halsweh
cut_myself: ich hab mich geschnitten | ich habe mich geschnitten | schnittwunde
stung_by_insect: mich hat eine biene gestochen | eine wespe hat mich gestochen | bienenstich | wespenstich
legs_swollen: meine beine sind dick | geschwollene beine | meine knochel sind geschwollen
cannot_sleep: ich kann nicht schlafen | ich schlafe nicht | schlaflos
heart_racing: mein herz rast | herzrasen | mein herz klopft so schnell
no_allergies: keine allergien | ich bin nicht allergisch
forgot_medicine: ich hab meine tabletten vergessen | tabletten vergessen | ich habe meine medikamente vergessen
need_prescription: rezept | ich brauche ein rezept | ein rezept bitte
have_pacemaker: ich habe einen schrittmacher | herzschrittmacher
getting_worse: es wird schlimmer | immer schlimmer | es wird immer schlimmer
going_to_faint: ich werde ohnmachtig | mir wird schwarz vor augen | ich kippe gleich um
bitten_by_animal: ein hund hat mich gebissen | hundebiss | mich hat ein hund gebissen
hit_my_head: ich habe mir den kopf gestoßen | kopf angeschlagen | ich hab mir den kopf angehauen
think_broken_bone: ich glaube es ist gebrochen | knochenbruch | mein arm ist gebrochen
feel_nauseous: mir ist schlecht | mir ist ubel | ubelkeit
feel_very_unwell: mir geht es sehr schlecht | ich fuhle mich sehr krank | mir gehts schlecht
where_is_toilet: wo ist das klo | wo ist die toilette | toilette | klo | wc
yes: ja | jawohl | ja ja | genau
no: nein | ne | nee | nein nein
dont_know: weiss nicht | keine ahnung | ich weiss es nicht
lost_consciousness: ich war bewusstlos | ich bin ohnmachtig geworden | ich bin umgekippt
please_hurry: schnell bitte | beeilen sie sich | schnell
need_interpreter: dolmetscher | ich brauche einen dolmetscher | ubersetzer
yesterday: seit gestern | gestern
symptom.abdominal_pain: bauchweh | bauchschmerzen
symptom.headache: kopfweh
symptom.diarrhea: durchfall | dunnpfiff
symptom.dizziness: schwindel
symptom.sore_throat: halsschmerzen | halsweh
condition.hypertension: hoher blutdruck | bluthochdruck
"""

TABLE["fr"] = """
need_ambulance: il me faut une ambulance | ambulance svp | besoin d une ambulance
call_ambulance: appelez une ambulance | appelez le samu | appelez le 15 | appelez le 112 | appelez les pompiers | appelez les secours
help_me: au secours | aidez moi | a l aide | aidez moi svp
need_doctor: il me faut un medecin | je veux voir un medecin | appelez un medecin | un docteur svp
where_nearest_hospital: ou est l hopital | ou est l hopital le plus proche | ou sont les urgences | hopital le plus proche
have_fallen: je suis tombe | je suis tombee | je me suis casse la figure | j ai fait une chute | je suis tombe par terre
cannot_get_up: je n arrive pas a me relever | je peux pas me lever | je ne peux pas me relever
cannot_breathe_well: je n arrive pas a respirer | j ai du mal a respirer | je respire mal | j etouffe | je manque d air
have_chest_pain: j ai mal a la poitrine | mal a la poitrine | douleur dans la poitrine | ca serre dans la poitrine
think_heart_attack: je fais une crise cardiaque | crise cardiaque | je crois que c est le coeur | infarctus
think_stroke: je fais un avc | avc
diabetic_low_sugar: je fais une hypo | hypoglycemie | mon sucre est bas
feel_dizzy: j ai la tete qui tourne | j ai des vertiges | la tete me tourne | je suis etourdi
have_headache: j ai mal a la tete | mal de crane | la tete me fait mal
have_been_vomiting: j ai vomi | je vomis | j ai rendu | j ai degueule
have_diarrhoea: j ai la diarrhee | j ai la courante
stomach_hurts: j ai mal au ventre | mal au ventre | j ai mal a l estomac | mon ventre me fait mal
have_fever: j ai de la fievre | j ai de la temperature | je suis brulant
take_blood_thinners: je prends des anticoagulants | je suis sous anticoagulants | je prends du previscan | je prends un fluidifiant
am_bleeding: je saigne | ca saigne | ca saigne beaucoup
allergic_to_penicillin: allergique a la penicilline | je suis allergique a la penicilline
medicines_at_hotel: mes medicaments sont a l hotel | mes cachets sont a l hotel
pharmacy_nearby: ou est la pharmacie | une pharmacie pres d ici | pharmacie | il y a une pharmacie
dont_understand: je comprends pas | j ai pas compris | je ne comprends pas | comment
speak_slowly: plus lentement svp | parlez lentement | moins vite svp
thank_you: merci | merci beaucoup | merci bien
how_much_does_it_cost: combien ca coute | c est combien | combien
have_diabetes: je suis diabetique | diabetique | j ai du diabete
have_cough: je tousse | je tousse beaucoup
have_sore_throat: j ai mal a la gorge | mal a la gorge
cut_myself: je me suis coupe | je me suis coupee | coupure
stung_by_insect: une guepe m a pique | une abeille m a pique | piqure de guepe | j ai ete pique
legs_swollen: j ai les jambes gonflees | les jambes enflees | chevilles gonflees
cannot_sleep: je dors pas | je n arrive pas a dormir | insomnie
heart_racing: mon coeur bat trop vite | mon coeur s emballe | palpitations
no_allergies: pas d allergies | je n ai pas d allergies | aucune allergie
forgot_medicine: j ai oublie mes medicaments | j ai oublie mes cachets | oublie mes medicaments
need_prescription: ordonnance | il me faut une ordonnance | j ai besoin d une ordonnance
have_pacemaker: j ai un pacemaker | j ai un stimulateur cardiaque
getting_worse: ca empire | c est de pire en pire | ca s aggrave
going_to_faint: je vais m evanouir | je vais tomber dans les pommes | je me sens partir
bitten_by_animal: un chien m a mordu | morsure de chien | j ai ete mordu
hit_my_head: je me suis cogne la tete | coup sur la tete
think_broken_bone: je crois que c est casse | fracture | je me suis casse le bras
feel_nauseous: j ai la nausee | j ai envie de vomir | j ai mal au coeur | nausees
where_is_toilet: ou sont les toilettes | toilettes | les wc | ou est le wc
travelling_alone: je suis tout seul | je suis toute seule | je suis seul | je voyage seul
yes: oui | ouais | oui oui | d accord
no: non | non non | pas du tout
dont_know: je sais pas | aucune idee | je ne sais pas
lost_consciousness: je me suis evanoui | j ai perdu connaissance | je suis tombe dans les pommes
please_hurry: vite | vite svp | depechez vous
yesterday: depuis hier | hier
symptom.diarrhea: la courante
symptom.abdominal_pain: mal au ventre
"""

TABLE["es"] = """
need_ambulance: necesito ambulancia | una ambulancia ya | ambulancia por favor
call_ambulance: llamen a una ambulancia | llame al 112 | pidan una ambulancia | llamen a urgencias | llama una ambulancia
help_me: ayuda | ayudeme | socorro | ayudame por favor
need_doctor: necesito un medico | quiero ver a un medico | llamen a un medico | un doctor por favor
where_nearest_hospital: donde esta el hospital | hospital mas cercano | donde estan las urgencias | donde hay un hospital
have_fallen: me cai | me he caido | me he caido al suelo | me cai en la calle | tuve una caida | me resbale
cannot_get_up: no me puedo levantar | no puedo levantarme
cannot_breathe_well: no puedo respirar | me cuesta respirar | me ahogo | me falta el aire | respiro mal
have_chest_pain: me duele el pecho | dolor en el pecho | tengo dolor de pecho | me aprieta el pecho
think_heart_attack: me esta dando un infarto | un infarto | creo que es un infarto | ataque al corazon
think_stroke: me esta dando un ictus | un ictus | derrame cerebral
diabetic_low_sugar: tengo el azucar bajo | bajada de azucar | hipoglucemia | se me ha bajado el azucar
feel_dizzy: estoy mareado | estoy mareada | me mareo | todo me da vueltas | mareo
have_headache: me duele la cabeza | dolor de cabeza fuerte
have_been_vomiting: he vomitado | estoy vomitando | vomite | he devuelto
have_diarrhoea: tengo diarrea | tengo descomposicion | tengo cagalera
stomach_hurts: me duele la barriga | me duele el estomago | me duele la tripa | dolor de barriga
have_fever: tengo fiebre | tengo calentura | tengo temperatura
take_blood_thinners: tomo sintrom | tomo anticoagulantes | tomo algo para la sangre
am_bleeding: estoy sangrando | sangro mucho | no para de sangrar
allergic_to_penicillin: soy alergico a la penicilina | alergia a la penicilina | soy alergica a la penicilina
medicines_at_hotel: mis pastillas estan en el hotel | mis medicinas estan en el hotel
pharmacy_nearby: donde hay una farmacia | hay una farmacia cerca | farmacia | farmacia de guardia
dont_understand: no entiendo | no le entiendo | no comprendo | como
speak_slowly: mas despacio por favor | hable despacio | mas lento
thank_you: gracias | muchas gracias | mil gracias
how_much_does_it_cost: cuanto cuesta | cuanto es | cuanto vale
have_diabetes: soy diabetico | soy diabetica | tengo azucar
have_cough: tengo tos | toso mucho | estoy tosiendo
have_sore_throat: me duele la garganta | dolor de garganta
cut_myself: me he cortado | me corte | tengo un corte
stung_by_insect: me pico una abeja | me ha picado una avispa | picadura de avispa | me ha picado un bicho
legs_swollen: tengo las piernas hinchadas | piernas hinchadas | tobillos hinchados
cannot_sleep: no puedo dormir | no duermo | insomnio
heart_racing: el corazon me va muy rapido | tengo taquicardia | palpitaciones | el corazon me late muy deprisa
no_allergies: no tengo alergias | ninguna alergia | no soy alergico a nada
forgot_medicine: se me olvidaron las pastillas | olvide tomar la medicacion | me olvide de las pastillas
need_prescription: receta | necesito una receta | una receta por favor
have_pacemaker: llevo marcapasos | tengo marcapasos
getting_worse: va a peor | cada vez peor | esta empeorando
going_to_faint: me voy a desmayar | me mareo me voy a caer | me desmayo
bitten_by_animal: me ha mordido un perro | me mordio un perro | mordedura de perro
hit_my_head: me he dado un golpe en la cabeza | me golpee la cabeza | golpe en la cabeza
think_broken_bone: creo que esta roto | me he roto el brazo | fractura | creo que me he roto algo
feel_nauseous: tengo nauseas | tengo ganas de vomitar | estoy revuelto
where_is_toilet: donde esta el bano | el bano | aseo | donde estan los servicios | el servicio
yes: si | vale | si si | claro
no: no no | para nada
dont_know: no se | ni idea | no lo se
lost_consciousness: me desmaye | perdi el conocimiento | me quede inconsciente
please_hurry: rapido | rapido por favor | dense prisa
yesterday: desde ayer | ayer
"""

TABLE["it"] = """
need_ambulance: mi serve un ambulanza | ambulanza per favore
call_ambulance: chiamate un ambulanza | chiamate il 118 | chiamate il 112 | chiami l ambulanza | chiamate i soccorsi
help_me: aiuto | aiutatemi | mi aiuti
need_doctor: ho bisogno di un dottore | mi serve un medico | chiamate un medico | voglio un medico
where_nearest_hospital: dov e l ospedale | ospedale piu vicino | dov e il pronto soccorso | dove si trova l ospedale
have_fallen: sono caduto | sono caduta | sono cascato | ho fatto una caduta | sono scivolato
cannot_get_up: non riesco ad alzarmi | non mi alzo
cannot_breathe_well: non riesco a respirare | respiro male | mi manca l aria | faccio fatica a respirare | soffoco
have_chest_pain: mi fa male il petto | dolore al petto | mi fa male al petto | ho male al petto
think_heart_attack: ho un infarto | infarto | credo sia un infarto
feel_dizzy: mi gira la testa | ho le vertigini | ho capogiri | sono stordito
have_headache: mi fa male la testa | ho mal di testa
have_been_vomiting: ho vomitato | sto vomitando | ho rimesso
have_diarrhoea: ho la diarrea | ho la cacarella
stomach_hurts: mi fa male la pancia | mal di pancia | mi fa male lo stomaco | ho mal di pancia
have_fever: ho la febbre | ho febbre | ho la temperatura
take_blood_thinners: prendo anticoagulanti | prendo il coumadin | prendo qualcosa per fluidificare il sangue
am_bleeding: sto sanguinando | perdo sangue | sanguino
allergic_to_penicillin: sono allergico alla penicillina | allergia alla penicillina | sono allergica alla penicillina
pharmacy_nearby: dov e una farmacia | c e una farmacia qui vicino | farmacia
dont_understand: non capisco | non ho capito | come
speak_slowly: piu piano per favore | parli piano | piu lentamente
thank_you: grazie | grazie mille | molte grazie
how_much_does_it_cost: quanto costa | quant e
have_diabetes: sono diabetico | sono diabetica | ho il diabete
have_cough: ho la tosse | tossisco
have_sore_throat: mi fa male la gola | ho mal di gola
cut_myself: mi sono tagliato | mi sono tagliata
cannot_sleep: non riesco a dormire | non dormo
have_pacemaker: ho il pacemaker | porto il pacemaker
getting_worse: peggiora | sta peggiorando | sempre peggio
going_to_faint: sto per svenire | svengo
hit_my_head: ho battuto la testa | ho sbattuto la testa
feel_nauseous: ho la nausea | mi viene da vomitare
where_is_toilet: dov e il bagno | il bagno | la toilette | i servizi
yes: si | si si | certo | va bene
no: no no | per niente
dont_know: non lo so | boh | non so
yesterday: da ieri | ieri
symptom.sore_throat: mal di gola
"""

TABLE["pt"] = """
call_ambulance: chamem uma ambulancia | liguem para o 112 | chame a ambulancia | liguem para o 192 | chamem o inem
need_ambulance: preciso de ambulancia | uma ambulancia por favor
help_me: socorro | ajudem me | me ajuda | ajuda
need_doctor: preciso de um medico | chamem um medico | quero um medico
where_nearest_hospital: onde fica o hospital | hospital mais proximo | onde e a urgencia
have_fallen: eu cai | cai | levei uma queda | cai no chao | escorreguei e cai
cannot_breathe_well: nao consigo respirar | falta me o ar | falta de ar | respiro mal
have_chest_pain: doi me o peito | doi o peito | dor no peito | meu peito doi | tenho dor no peito
feel_dizzy: estou tonto | estou tonta | tonturas | tudo anda a roda
have_headache: doi me a cabeca | doi a cabeca | tenho dor de cabeca
have_been_vomiting: estou a vomitar | vomitei | estou vomitando
have_diarrhoea: tenho diarreia | estou com diarreia | estou com caganeira
stomach_hurts: doi me a barriga | doi a barriga | dor de barriga | minha barriga doi
have_fever: tenho febre | estou com febre
take_blood_thinners: tomo anticoagulantes | tomo varfarina | tomo remedio para afinar o sangue
am_bleeding: estou a sangrar | estou sangrando
allergic_to_penicillin: sou alergico a penicilina | alergia a penicilina | sou alergica a penicilina
pharmacy_nearby: onde ha uma farmacia | farmacia perto | farmacia
dont_understand: nao percebo | nao entendo | nao compreendo
speak_slowly: mais devagar por favor | fale devagar
thank_you: obrigado | obrigada | muito obrigado
how_much_does_it_cost: quanto custa | quanto e
have_diabetes: sou diabetico | sou diabetica | tenho diabetes
where_is_toilet: onde fica a casa de banho | casa de banho | onde e o banheiro | banheiro
yes: sim | sim sim | claro
no: nao | nao nao
"""

TABLE["nl"] = """
call_ambulance: bel een ambulance | bel 112 | bel de ambulance | bel een ziekenwagen
need_ambulance: ambulance nodig | ik moet een ambulance
help_me: help | help mij | helpen alstublieft
need_doctor: ik moet naar een dokter | ik wil een dokter | haal een dokter | ik moet een arts zien
where_nearest_hospital: waar is het ziekenhuis | dichtstbijzijnde ziekenhuis | waar is de spoedeisende hulp
have_fallen: ik ben gevallen | gevallen | ik ben uitgegleden
cannot_breathe_well: ik kan niet ademen | ik krijg geen lucht | benauwd | ik ben benauwd
have_chest_pain: pijn in mijn borst | mijn borst doet pijn | ik heb pijn op de borst
feel_dizzy: ik ben duizelig | alles draait | duizelig
have_headache: ik heb hoofdpijn | mijn hoofd doet pijn
have_been_vomiting: ik moet overgeven | ik heb overgegeven | ik moet kotsen | ik ben aan het overgeven
have_diarrhoea: ik heb diarree | ik heb buikloop
stomach_hurts: mijn buik doet pijn | ik heb buikpijn | pijn in mijn buik
have_fever: ik heb koorts | ik heb verhoging
take_blood_thinners: ik gebruik bloedverdunners | ik slik bloedverdunners | bloedverdunners
dont_understand: ik begrijp het niet | ik snap het niet | begrijp ik niet
thank_you: dank je wel | dank u wel | bedankt
where_is_toilet: waar is de wc | wc | waar is het toilet
yes: ja | ja hoor
no: nee | nee hoor
"""

TABLE["pl"] = """
call_ambulance: wezwijcie karetke | wezwijcie pogotowie | dzwoncie po karetke | zadzwon po karetke | prosze zadzwonic po pogotowie | dzwoncie na 112
need_ambulance: potrzebuje pogotowia | karetka | potrzebna karetka
help_me: pomocy | ratunku | pomozcie mi | prosze mi pomoc
need_doctor: potrzebuje lekarza | chce do lekarza | prosze wezwac lekarza
where_nearest_hospital: gdzie jest szpital | najblizszy szpital | gdzie jest najblizszy szpital | gdzie jest sor
have_fallen: przewrocilem sie | przewrocilam sie | upadlem | upadlam | wywrocilem sie
cannot_breathe_well: nie moge oddychac | brakuje mi powietrza | dusze sie | ciezko mi oddychac
have_chest_pain: boli mnie w klatce piersiowej | bol w klatce | boli mnie klatka | kluje mnie w klatce
feel_dizzy: kreci mi sie w glowie | mam zawroty glowy | zawroty glowy
have_headache: boli mnie glowa | bol glowy | glowa mnie boli
have_been_vomiting: wymiotuje | zwymiotowalem | zwymiotowalam | rzygam
have_diarrhoea: mam biegunke | mam rozwolnienie | mam sraczke
stomach_hurts: boli mnie brzuch | bol brzucha | brzuch mnie boli
have_fever: mam goraczke | mam temperature
take_blood_thinners: biore leki na rozrzedzenie krwi | biore leki przeciwzakrzepowe | biore warfaryne | biore acenokumarol
have_sore_throat: boli mnie gardlo
cannot_sleep: nie moge spac | nie moge zasnac
have_pacemaker: mam rozrusznik | mam rozrusznik serca
dont_understand: nie rozumiem | nie rozumiem pana
thank_you: dziekuje | dzieki | dziekuje bardzo
where_is_toilet: gdzie jest toaleta | gdzie jest ubikacja | toaleta | wc
yes: tak | tak tak
no: nie | nie nie
yesterday: od wczoraj | wczoraj
"""

TABLE["ru"] = """
call_ambulance: вызовите скорую | вызовите скорую помощь | звоните в скорую | позвоните 103 | позвоните 112 | вызовите врача
need_ambulance: нужна скорая | скорую
help_me: помогите | помогите мне | на помощь
need_doctor: мне нужен врач | нужен врач | позовите врача | мне нужен доктор
where_nearest_hospital: где больница | где ближайшая больница | ближайшая больница | где травмпункт
have_fallen: я упал | я упала | упал | упала | я свалился | я грохнулся
cannot_breathe_well: не могу дышать | задыхаюсь | мне не хватает воздуха | трудно дышать | тяжело дышать
have_chest_pain: болит в груди | боль в груди | у меня болит грудь | давит в груди | грудь болит
think_heart_attack: у меня инфаркт | инфаркт | кажется инфаркт
feel_dizzy: кружится голова | голова кружится | у меня кружится голова | головокружение
have_headache: болит голова | у меня болит голова | голова болит
have_been_vomiting: меня рвет | меня тошнит и рвет | меня вырвало | рвота | блюю
have_diarrhoea: у меня понос | понос | у меня диарея | расстройство желудка
stomach_hurts: болит живот | у меня болит живот | живот болит | болит желудок
have_fever: у меня температура | температура | жар | у меня жар
take_blood_thinners: я принимаю варфарин | принимаю антикоагулянты | пью разжижающие кровь
have_sore_throat: болит горло | горло болит
cannot_sleep: не могу уснуть | не могу спать | бессонница
have_pacemaker: у меня кардиостимулятор | кардиостимулятор
have_diabetes: у меня диабет | я диабетик | у меня сахарный диабет
dont_understand: не понимаю | я не понимаю | не понял
thank_you: спасибо | большое спасибо
how_much_does_it_cost: сколько стоит | сколько это стоит
where_is_toilet: где туалет | туалет | где тут туалет
yes: да | да да | ага
no: нет | нет нет
yesterday: с вчерашнего дня | со вчера | вчера
symptom.diarrhea: понос
"""

TABLE["uk"] = """
have_fallen: я впав | я впала | впав | впала
have_chest_pain: болить у грудях | біль у грудях | болить груди
where_is_toilet: де туалет | туалет
have_fever: у мене температура | температура | жар
dont_understand: не розумію | я не розумію
thank_you: дякую | дуже дякую
call_ambulance: викличте швидку | викличте швидку допомогу
cannot_breathe_well: не можу дихати | задихаюся
feel_dizzy: паморочиться голова | крутиться голова
have_headache: болить голова
stomach_hurts: болить живіт
"""

TABLE["tr"] = """
call_ambulance: ambulans cagirin | ambulans cagir | 112 yi arayin | ambulans cagirir misiniz
need_ambulance: ambulans lazim | ambulans gerek
help_me: imdat | yardim edin | yardim
need_doctor: doktora ihtiyacim var | doktor lazim | doktor cagirin | doktor istiyorum
where_nearest_hospital: hastane nerede | en yakin hastane nerede | acil nerede | en yakin hastane
have_fallen: dustum | yere dustum | dusup kaldim | kaydim dustum
cannot_breathe_well: nefes alamiyorum | nefesim daraliyor | nefes darligi | bogulyorum
have_chest_pain: gogsum agriyor | gogus agrisi | gogsumde agri var | gogsum sikisiyor
feel_dizzy: basim donuyor | bas donmesi var | basim dondu
have_headache: basim agriyor | bas agrim var | bas agrisi
have_been_vomiting: kusuyorum | kustum | istifra ettim
have_diarrhoea: ishalim var | ishal oldum
stomach_hurts: karnim agriyor | karin agrisi | midem agriyor
have_fever: atesim var | atesim cikti | atesim yuksek
take_blood_thinners: kan sulandirici kullaniyorum | coumadin kullaniyorum | kan incelticisi aliyorum
have_sore_throat: bogazim agriyor | bogaz agrisi
cannot_sleep: uyuyamiyorum | uykusuzluk
have_diabetes: sekerim var | seker hastasiyim | diyabetim var
dont_understand: anlamiyorum | anlamadim
thank_you: tesekkurler | tesekkur ederim | sag olun
how_much_does_it_cost: ne kadar | kac para | fiyati ne
where_is_toilet: tuvalet nerede | tuvalet | wc nerede
yes: evet | evet evet | tamam
no: hayir | yok
yesterday: dunden beri | dun
"""

TABLE["ar"] = """
call_ambulance: اتصلوا بالاسعاف | اطلبوا الاسعاف | اتصل بالاسعاف | نادوا الاسعاف | اطلب سيارة اسعاف
need_ambulance: بدي اسعاف | محتاج اسعاف | ابغى اسعاف
help_me: ساعدوني | النجدة | الحقوني | ساعدني
need_doctor: احتاج دكتور | ابغى دكتور | بدي دكتور | اريد طبيب | محتاج دكتور
where_nearest_hospital: اين المستشفى | وين المستشفى | اقرب مستشفى | اين اقرب مستشفى | وين الطوارئ
have_fallen: وقعت | طحت | وقعت على الارض | انا وقعت
cannot_breathe_well: لا استطيع التنفس | مش قادر اتنفس | ما اقدر اتنفس | ضيق في التنفس | اختنق
have_chest_pain: صدري يوجعني | الم في صدري | وجع في الصدر | صدري يالمني
feel_dizzy: دايخ | عندي دوخه | راسي يدور | دايخه
have_headache: راسي يوجعني | عندي صداع | وجع راس | راسي يالمني
have_been_vomiting: استفرغت | ارجع | اتقيا | عم استفرغ | ترجيع
have_diarrhoea: عندي اسهال | بطني مستعجل
stomach_hurts: بطني توجعني | بطني يوجعني | وجع بطن | الم في بطني | معدتي توجعني
have_fever: عندي حرارة | عندي سخونه | عندي حمى
take_blood_thinners: اخذ مميع دم | اخذ وارفارين | اخذ دوا سيولة
have_diabetes: عندي سكري | عندي السكر | انا مريض سكر
cannot_sleep: ما اقدر انام | ما بنام | لا استطيع النوم
dont_understand: ما فهمت | مش فاهم | لا افهم | ما فهمت عليك
thank_you: شكرا | شكرا جزيلا | مشكور
how_much_does_it_cost: كم السعر | بكم | كم الحساب | قديش
where_is_toilet: وين الحمام | اين الحمام | الحمام | وين التواليت
yes: نعم | ايوه | اي
no: لا | لا لا
yesterday: من امس | من مبارح | امس
"""

TABLE["el"] = """
call_ambulance: καλεστε ασθενοφορο | παρτε το 166 | καλεστε το 112 | φωναξτε ασθενοφορο
help_me: βοηθεια | βοηθηστε με
have_fallen: επεσα | επεσα κατω | γλιστρησα κι επεσα
cannot_breathe_well: δεν μπορω να αναπνευσω | δεν μπορω να ανασανω | πνιγομαι | λαχανιαζω
have_chest_pain: ποναει το στηθος μου | πονος στο στηθος | με ποναει το στηθος
feel_dizzy: ζαλιζομαι | εχω ζαλαδα | γυριζει το κεφαλι μου
have_headache: ποναει το κεφαλι μου | εχω πονοκεφαλο
have_fever: εχω πυρετο | εχω θερμοκρασια | καιγομαι
dont_understand: δεν καταλαβαινω | δεν καταλαβα
thank_you: ευχαριστω | ευχαριστω πολυ
where_is_toilet: που ειναι η τουαλετα | τουαλετα
yes: ναι | ναι ναι
no: οχι | οχι οχι
"""

TABLE["ja"] = """
call_ambulance: 救急車を呼んで | 救急車呼んで | 119番して | 救急車を呼んでください
need_ambulance: 救急車お願いします | 救急車
help_me: 助けて | 助けてください
need_doctor: 医者が必要 | 医者を呼んで | お医者さんを呼んで | 医者に診てもらいたい
where_nearest_hospital: 病院はどこ | 一番近い病院はどこ | 近くの病院 | 救急病院はどこ
have_fallen: 転んだ | 転びました | 倒れた | 転倒した
cannot_breathe_well: 息ができない | 息が苦しい | 呼吸が苦しい | 息苦しい
have_chest_pain: 胸が痛い | 胸が痛いです | 胸が苦しい
feel_dizzy: めまいがする | くらくらする | ふらふらする | 目が回る
have_headache: 頭が痛い | 頭が痛いです
have_been_vomiting: 吐いた | 吐きました | 吐いている | もどした
have_diarrhoea: 下痢してる | 下痢です | お腹を下した
stomach_hurts: お腹が痛い | おなかがいたい | 腹が痛い | 胃が痛い
have_fever: 熱がある | 熱があります | 熱っぽい
have_sore_throat: 喉が痛い | のどが痛い
cannot_sleep: 眠れない | 寝られない
have_diabetes: 糖尿病です | 糖尿病があります
dont_understand: わかりません | 分からない | わからない
thank_you: ありがとう | ありがとうございます
how_much_does_it_cost: いくらですか | いくら
where_is_toilet: トイレはどこ | トイレはどこですか | トイレ
yes: はい | うん
no: いいえ | いや
yesterday: 昨日から | 昨日
"""

TABLE["zh"] = """
call_ambulance: 快叫救护车 | 叫救护车 | 打120 | 帮我叫救护车
need_ambulance: 需要救护车 | 要救护车
help_me: 救命 | 帮帮我 | 请帮帮我
need_doctor: 我要看医生 | 我需要医生 | 叫医生 | 找个医生
where_nearest_hospital: 医院在哪里 | 最近的医院在哪 | 最近的医院 | 急诊在哪里
have_fallen: 我摔倒了 | 摔倒了 | 我跌倒了 | 摔了一跤
cannot_breathe_well: 喘不过气 | 呼吸困难 | 我喘不上气 | 透不过气
have_chest_pain: 胸口疼 | 胸口痛 | 我胸痛 | 胸口闷痛
feel_dizzy: 我头晕 | 头晕目眩 | 天旋地转
have_headache: 我头疼 | 头疼 | 我头痛
have_been_vomiting: 我吐了 | 一直吐 | 我呕吐了
have_diarrhoea: 我拉肚子 | 我腹泻
stomach_hurts: 肚子疼 | 我肚子疼 | 肚子痛 | 胃疼
have_fever: 我发烧了 | 发烧了 | 我发烧
have_sore_throat: 嗓子疼 | 喉咙疼 | 喉咙痛
cannot_sleep: 睡不着 | 我睡不着
have_diabetes: 我有糖尿病 | 糖尿病患者
dont_understand: 我听不懂 | 听不懂 | 我不明白 | 不懂
thank_you: 谢谢 | 谢谢你 | 多谢
how_much_does_it_cost: 多少钱 | 这个多少钱
where_is_toilet: 厕所在哪里 | 厕所在哪 | 洗手间在哪里 | 卫生间在哪
yes: 是 | 是的 | 对
no: 不 | 不是 | 没有
yesterday: 从昨天开始 | 昨天
symptom.diarrhea: 拉肚子
"""

TABLE["sv"] = """
have_fallen: jag har ramlat | jag ramlade | jag foll
have_chest_pain: ont i brostet | jag har ont i brostet
cannot_breathe_well: jag kan inte andas | jag far inte luft
where_is_toilet: var ar toaletten | toalett
call_ambulance: ring ambulans | ring 112
feel_dizzy: jag ar yr | yr
have_fever: jag har feber
thank_you: tack | tack sa mycket
"""

TABLE["da"] = """
have_fallen: jeg er faldet | jeg faldt
have_chest_pain: ondt i brystet | jeg har ondt i brystet
where_is_toilet: hvor er toilettet | toilet
have_fever: jeg har feber
dont_understand: jeg forstar ikke
thank_you: tak | mange tak
"""

TABLE["cs"] = """
have_fallen: upadl jsem | upadla jsem | spadl jsem
have_chest_pain: boli me na hrudi | bolest na hrudi
cannot_breathe_well: nemuzu dychat | nemohu dychat
where_is_toilet: kde je zachod | kde je toaleta | wc
call_ambulance: zavolejte sanitku | zavolejte zachranku
have_fever: mam horecku | mam teplotu
dont_understand: nerozumim
thank_you: dekuji | diky
"""

TABLE["hu"] = """
have_fallen: elestem | elesett
have_chest_pain: faj a mellkasom | mellkasi fajdalom
where_is_toilet: hol a wc | hol van a mosdo
have_fever: lazas vagyok | lazam van
dont_understand: nem ertem
thank_you: koszonom | kosz
"""

TABLE["ro"] = """
have_fallen: am cazut | am cazut jos
have_chest_pain: ma doare pieptul | durere in piept
where_is_toilet: unde e toaleta | unde este baia
have_fever: am febra | am temperatura
dont_understand: nu inteleg
thank_you: multumesc | mersi
"""

TABLE["ko"] = """
have_fallen: 넘어졌어요 | 넘어졌다 | 넘어졌습니다
have_chest_pain: 가슴이 아파요 | 가슴 통증
where_is_toilet: 화장실 어디예요 | 화장실 어디 있어요 | 화장실
have_fever: 열이 나요 | 열이 있어요
dont_know: 모르겠어요 | 몰라요
thank_you: 감사합니다 | 고마워요
"""

TABLE["vi"] = """
have_fallen: toi bi nga | toi nga | bi te nga
have_chest_pain: toi dau nguc | nguc toi dau
where_is_toilet: nha ve sinh o dau | toilet o dau
have_fever: toi bi sot | bi sot
dont_understand: toi khong hieu | khong hieu
thank_you: cam on | cam on nhieu
"""

TABLE["id"] = """
have_fallen: saya jatuh | jatuh
have_chest_pain: dada saya sakit | sakit dada | nyeri dada
where_is_toilet: toilet dimana | dimana toilet | kamar mandi dimana
have_fever: saya demam | demam
dont_understand: saya tidak mengerti | tidak mengerti | nggak ngerti
thank_you: terima kasih | makasih
"""

TABLE["hi"] = """
have_fallen: मैं गिर गया | मैं गिर गई | गिर गया
have_chest_pain: सीने में दर्द है | छाती में दर्द
where_is_toilet: शौचालय कहाँ है | टॉयलेट कहाँ है | बाथरूम कहाँ है
have_fever: मुझे बुखार है | बुखार है
thank_you: धन्यवाद | शुक्रिया
"""

TABLE["fi"] = """
have_fallen: kaaduin | olen kaatunut
have_chest_pain: rintaan sattuu | rintakipu | rintaan koskee
where_is_toilet: missa on vessa | vessa
have_fever: minulla on kuumetta | kuumetta
thank_you: kiitos | kiitti
"""

TABLE["hr"] = """
have_fallen: pao sam | pala sam
have_chest_pain: boli me u prsima | bol u prsima
where_is_toilet: gdje je wc | gdje je zahod
have_fever: imam temperaturu | imam groznicu
thank_you: hvala | hvala lijepa
"""

TABLE["bg"] = """
have_fallen: паднах | паднах си
have_chest_pain: боли ме в гърдите | болка в гърдите
where_is_toilet: къде е тоалетната | тоалетна
have_fever: имам температура | вдигнах температура
thank_you: благодаря | мерси
"""

TABLE["th"] = """
have_fallen: ฉันหกล้ม | หกล้ม | ล้ม
have_chest_pain: เจ็บหน้าอก | ฉันเจ็บหน้าอก
where_is_toilet: ห้องน้ำอยู่ที่ไหน | ห้องน้ำ
thank_you: ขอบคุณ | ขอบคุณครับ | ขอบคุณค่ะ
"""

# --- second batch: more phrases (history, medicine, pain, answers, times) --------------------------

TABLE["de"] += """
think_stroke: ich glaube das ist ein schlaganfall | ich habe einen schlaganfall
call_my_family: rufen sie meine familie an | rufen sie meine frau an | rufen sie meinen mann an | bitte meine familie anrufen
dont_speak_your_language: ich spreche kein deutsch | ich spreche ihre sprache nicht | ich kann kein deutsch
write_it_down: schreiben sie es bitte auf | bitte aufschreiben
have_travel_insurance: ich bin reiseversichert | ich habe eine reiseversicherung
burned_myself: ich habe mich verbrannt | ich hab mich verbrannt | verbrennung an der hand
this_is_emergency: das ist ein notfall | notfall
had_an_accident: ich hatte einen unfall | unfall | ich hatte einen autounfall
stay_with_me: bleiben sie bei mir | gehen sie nicht weg | bitte nicht allein lassen
travelling_alone: ich bin allein unterwegs | ich reise allein | ich bin allein hier
started_suddenly: es kam ganz plotzlich | plotzlich angefangen | auf einmal
comes_and_goes: es kommt und geht | mal ja mal nein | immer wieder
worst_headache_of_my_life: so schlimme kopfschmerzen hatte ich noch nie | die schlimmsten kopfschmerzen meines lebens
breathless_when_walking: beim gehen krieg ich keine luft | beim laufen bin ich aus der puste
blood_in_urine: blut im urin | mein urin ist rot | ich habe blut im urin
cannot_move_arm: ich kann den arm nicht bewegen | mein arm bewegt sich nicht
face_feels_numb: mein gesicht ist taub | gesicht gefuhllos
coughing_up_blood: ich huste blut | blut beim husten
feel_confused: ich bin verwirrt | ich bin ganz durcheinander
cannot_see_clearly: ich sehe verschwommen | ich kann nicht richtig sehen
hurts_when_passing_urine: es brennt beim wasserlassen | es tut weh beim pinkeln | brennen beim pinkeln
no_urine_today: ich kann nicht pinkeln | ich war heute nicht auf toilette zum pinkeln
have_rash: ich habe ausschlag | ausschlag auf der haut | rote flecken
no_appetite: ich hab keinen appetit | ich habe keinen hunger | ich mag nichts essen
lost_weight: ich habe abgenommen | ich nehme ab
very_thirsty: ich habe sehr durst | ich hab so durst | immer durst
have_chills: ich habe schuttelfrost | mir ist kalt und ich zittere
feel_weak: ich fuhle mich schwach | ich bin so schwach | keine kraft
speech_is_slurred: ich kann nicht richtig sprechen | ich lalle
one_side_of_body_weak: eine seite ist schwach | die linke seite ist schwach | die rechte seite ist gelahmt
had_a_seizure: ich hatte einen krampfanfall | ich hatte einen anfall
blood_in_stool: blut im stuhl | blut beim stuhlgang
am_constipated: ich habe verstopfung | ich kann nicht aufs klo
skin_itches: es juckt | meine haut juckt | juckreiz
lips_and_tongue_swelling: meine lippen schwellen an | meine zunge ist geschwollen
tired_all_the_time: ich bin immer mude | standig mude
difficulty_swallowing: ich kann schlecht schlucken | schluckbeschwerden
vomiting_blood: ich erbreche blut | ich kotze blut
think_food_poisoning: ich glaube ich habe eine lebensmittelvergiftung | ich habe was schlechtes gegessen
it_hurts_here: hier tut es weh | es tut hier weh | da tut es weh
pain_is_sharp: stechender schmerz | es sticht
pain_is_burning: es brennt | brennender schmerz
pain_is_pressing: es druckt | druckender schmerz
pain_is_throbbing: es pocht | pochender schmerz
pain_spreads_to_arm: der schmerz zieht in den arm | es strahlt in den arm aus
pain_spreads_to_back: es zieht in den rucken | der schmerz geht in den rucken
pain_worse_breathing_in: es tut weh beim einatmen | beim atmen tut es weh
hurts_more_when_moving: wenn ich mich bewege tut es mehr weh | bei bewegung schlimmer
pain_worse_at_night: nachts ist es schlimmer | nachts tut es mehr weh
painkiller_does_not_help: die schmerzmittel helfen nicht | das schmerzmittel wirkt nicht
have_high_blood_pressure: ich habe hohen blutdruck | mein blutdruck ist zu hoch
had_heart_attack: ich hatte einen herzinfarkt | ich hatte schon einen herzinfarkt
had_stroke: ich hatte einen schlaganfall | ich hatte schon mal einen schlaganfall
have_asthma: ich bin asthmatiker | ich habe asthma
had_operation_recently: ich wurde vor kurzem operiert | ich hatte eine operation
was_in_hospital_recently: ich war vor kurzem im krankenhaus
smoke: ich bin raucher | ich rauche
do_not_smoke: ich rauche nicht | nichtraucher
do_not_drink_alcohol: ich trinke keinen alkohol | ich trinke nicht
have_epilepsy: ich bin epileptiker | ich habe epilepsie
hard_of_hearing: ich hore schlecht | ich bin schwerhorig | sprechen sie lauter
take_insulin: ich spritze insulin | ich nehme insulin
take_heart_medicine: ich nehme herztabletten | herzmedikamente
take_blood_pressure_medicine: ich nehme blutdrucktabletten | blutdruckmittel
run_out_of_medicine: meine tabletten sind alle | ich habe keine tabletten mehr
lost_medicine: ich habe meine tabletten verloren | meine medikamente sind weg
need_this_medicine: ich brauche dieses medikament | ich brauche diese tabletten
took_too_much_medicine: ich habe zu viele tabletten genommen | uberdosis
take_no_medicines: ich nehme keine medikamente | keine tabletten
use_inhaler: ich benutze ein spray | asthmaspray | inhalator
take_water_tablets: wassertabletten | ich nehme entwasserungstabletten
what_is_medicine_for: wofur ist das | wofur sind die tabletten
how_often_take: wie oft soll ich das nehmen | wie oft am tag
need_wheelchair: ich brauche einen rollstuhl | rollstuhl bitte
can_i_pay_by_card: kann ich mit karte zahlen | kartenzahlung
when_can_i_fly_home: wann kann ich nach hause fliegen | wann darf ich heimfliegen
need_medical_certificate: ich brauche ein attest | krankschreibung
can_i_have_receipt: ich brauche eine quittung | rechnung bitte
maybe: vielleicht | kann sein
a_little: ein bisschen | etwas | ein wenig
a_lot: sehr | viel | sehr stark
sometimes: manchmal | ab und zu
always: immer | die ganze zeit
never: nie | niemals
understand: ich verstehe | verstanden | alles klar
please_repeat: noch einmal bitte | wiederholen sie bitte | nochmal bitte
better: besser | es geht besser
worse: schlechter | schlimmer
the_same: gleich | genauso | unverandert
agree: einverstanden | ich bin einverstanden | okay
today: heute
this_morning: heute morgen | heute fruh
last_night: heute nacht | letzte nacht | gestern abend
two_days_ago: vor zwei tagen | seit zwei tagen
a_week_ago: vor einer woche | seit einer woche
every_day: jeden tag | taglich
"""

TABLE["fr"] += """
think_stroke: je crois que c est un avc | je fais un accident vasculaire
call_my_family: appelez ma famille | appelez ma femme | appelez mon mari | prevenez ma famille
dont_speak_your_language: je ne parle pas francais | je parle pas votre langue
write_it_down: ecrivez le svp | vous pouvez l ecrire
burned_myself: je me suis brule | je me suis brulee | brulure
this_is_emergency: c est une urgence | urgence
had_an_accident: j ai eu un accident | accident de voiture
stay_with_me: restez avec moi | ne partez pas | ne me laissez pas seul
started_suddenly: c est venu d un coup | tout d un coup | ca a commence brusquement
comes_and_goes: ca va et ca vient | par moments
blood_in_urine: du sang dans les urines | mon urine est rouge | je fais pipi du sang
coughing_up_blood: je crache du sang | je tousse du sang
feel_confused: je suis confus | je suis perdu | je suis desoriente
cannot_see_clearly: je vois flou | je vois mal
hurts_when_passing_urine: ca brule quand je fais pipi | j ai mal en urinant | ca pique quand je fais pipi
have_rash: j ai des boutons | j ai une eruption | des plaques rouges
no_appetite: j ai pas faim | je n ai pas faim | pas d appetit
very_thirsty: j ai tres soif | j ai tout le temps soif
have_chills: j ai des frissons | je grelotte
feel_weak: je me sens faible | je n ai plus de force
had_a_seizure: j ai fait une crise | j ai fait une crise d epilepsie | j ai convulse
am_constipated: je suis constipe | je suis constipee
skin_itches: ca me gratte | ca gratte | j ai des demangeaisons
tired_all_the_time: je suis tout le temps fatigue | toujours fatigue
difficulty_swallowing: j ai du mal a avaler
vomiting_blood: je vomis du sang
think_food_poisoning: j ai mange quelque chose de mauvais | intoxication alimentaire
it_hurts_here: j ai mal ici | c est la que ca fait mal | ca fait mal la
pain_is_sharp: douleur aigue | ca pique | comme un coup de couteau
pain_is_burning: ca brule | brulure
pain_spreads_to_arm: la douleur va dans le bras | ca descend dans le bras
pain_spreads_to_back: ca va dans le dos | la douleur va dans le dos
painkiller_does_not_help: les antidouleurs ne marchent pas | le doliprane ne fait rien
have_high_blood_pressure: j ai de la tension | j ai de l hypertension | ma tension est haute
had_heart_attack: j ai deja fait un infarctus | j ai eu une crise cardiaque
had_stroke: j ai deja fait un avc | j ai eu un avc
have_asthma: je suis asthmatique | j ai de l asthme
smoke: je fume | je suis fumeur
do_not_smoke: je ne fume pas | non fumeur
do_not_drink_alcohol: je ne bois pas d alcool | je bois pas
hard_of_hearing: j entends mal | je suis sourd | parlez plus fort
take_insulin: je prends de l insuline | je me pique a l insuline
take_blood_pressure_medicine: je prends un traitement pour la tension | cachets pour la tension
run_out_of_medicine: je n ai plus de medicaments | j ai plus de cachets
lost_medicine: j ai perdu mes medicaments | j ai perdu mes cachets
take_no_medicines: je ne prends aucun medicament | pas de traitement
what_is_medicine_for: c est pour quoi ce medicament | ca sert a quoi
how_often_take: combien de fois par jour | je le prends combien de fois
need_wheelchair: un fauteuil roulant | j ai besoin d un fauteuil roulant
can_i_pay_by_card: je peux payer par carte | carte bancaire
when_can_i_fly_home: quand est ce que je peux rentrer | quand je peux reprendre l avion
maybe: peut etre
a_little: un peu | un petit peu
a_lot: beaucoup | tres fort
sometimes: parfois | de temps en temps
always: toujours | tout le temps
never: jamais
understand: je comprends | compris | d accord je comprends
please_repeat: repetez svp | vous pouvez repeter | encore une fois
better: mieux | ca va mieux
worse: pire | ca va moins bien
the_same: pareil | pas de changement
today: aujourd hui
this_morning: ce matin
last_night: cette nuit | hier soir
every_day: tous les jours
"""

TABLE["es"] += """
think_stroke: creo que es un ictus | me esta dando algo en la cabeza
call_my_family: llamen a mi familia | llamen a mi mujer | llamen a mi marido | avisen a mi familia
dont_speak_your_language: no hablo su idioma | no hablo espanol | no hablo bien el idioma
write_it_down: escribalo por favor | me lo puede escribir
burned_myself: me he quemado | me queme | quemadura
this_is_emergency: es una emergencia | es urgente
had_an_accident: he tenido un accidente | tuve un accidente | accidente de coche
stay_with_me: quedese conmigo | no se vaya | no me deje solo
travelling_alone: viajo solo | viajo sola | estoy solo
started_suddenly: empezo de repente | de golpe | de repente
comes_and_goes: va y viene | a ratos
blood_in_urine: sangre en la orina | orino sangre | tengo sangre en el pis
coughing_up_blood: toso sangre | escupo sangre
feel_confused: estoy confundido | estoy desorientado
cannot_see_clearly: veo borroso | no veo bien
hurts_when_passing_urine: me escuece al orinar | me duele al hacer pis | me arde al orinar
have_rash: tengo una erupcion | tengo granitos | tengo manchas rojas
no_appetite: no tengo hambre | no tengo ganas de comer | sin apetito
very_thirsty: tengo mucha sed | siempre tengo sed
have_chills: tengo escalofrios | estoy tiritando
feel_weak: me siento debil | no tengo fuerzas
had_a_seizure: he tenido una convulsion | me dio un ataque epileptico
am_constipated: estoy estrenido | estoy estrenida | no puedo ir al bano
skin_itches: me pica | me pica la piel | tengo picor
tired_all_the_time: estoy cansado todo el tiempo | siempre cansado
difficulty_swallowing: me cuesta tragar | no puedo tragar
vomiting_blood: vomito sangre
think_food_poisoning: creo que me he intoxicado | algo me sento mal | comi algo en mal estado
it_hurts_here: me duele aqui | aqui me duele | duele aqui
pain_is_sharp: dolor punzante | como un pinchazo
pain_is_burning: me arde | dolor que quema
pain_spreads_to_arm: el dolor baja por el brazo | me llega al brazo
pain_spreads_to_back: el dolor va a la espalda | me llega a la espalda
painkiller_does_not_help: los calmantes no me hacen nada | el analgesico no funciona
have_high_blood_pressure: tengo la tension alta | soy hipertenso | tengo la presion alta
had_heart_attack: tuve un infarto | ya he tenido un infarto
had_stroke: tuve un ictus | tuve una embolia
have_asthma: soy asmatico | tengo asma
smoke: fumo | soy fumador
do_not_smoke: no fumo | no soy fumador
do_not_drink_alcohol: no bebo alcohol | no bebo
hard_of_hearing: oigo mal | estoy sordo | hable mas alto
take_insulin: me pongo insulina | uso insulina
take_blood_pressure_medicine: tomo pastillas para la tension
run_out_of_medicine: se me acabaron las pastillas | no me quedan pastillas
lost_medicine: he perdido mis medicinas | perdi mis pastillas
take_no_medicines: no tomo ninguna medicacion | no tomo nada
what_is_medicine_for: para que es esto | para que sirve esta pastilla
how_often_take: cuantas veces al dia | cada cuanto lo tomo
need_wheelchair: necesito una silla de ruedas | silla de ruedas
can_i_pay_by_card: puedo pagar con tarjeta | aceptan tarjeta
when_can_i_fly_home: cuando puedo volver a casa | cuando puedo volar
maybe: quizas | a lo mejor | tal vez
a_little: un poco | poquito
a_lot: mucho | muchisimo
sometimes: a veces | de vez en cuando
always: siempre | todo el rato
never: nunca | jamas
understand: entiendo | entendido | vale entiendo
please_repeat: repita por favor | otra vez por favor | puede repetir
better: mejor | estoy mejor
worse: peor | estoy peor
the_same: igual | lo mismo
today: hoy
this_morning: esta manana
last_night: anoche | esta noche
every_day: todos los dias | a diario
"""

TABLE["it"] += """
call_my_family: chiamate la mia famiglia | chiamate mia moglie | chiamate mio marito
dont_speak_your_language: non parlo italiano | non parlo la sua lingua
burned_myself: mi sono bruciato | mi sono bruciata | scottatura
had_an_accident: ho avuto un incidente | incidente
stay_with_me: resti con me | non mi lasci solo
started_suddenly: e iniziato all improvviso | di colpo | all improvviso
comes_and_goes: va e viene | a tratti
blood_in_urine: sangue nelle urine | faccio pipi con sangue
coughing_up_blood: tossisco sangue | sputo sangue
hurts_when_passing_urine: mi brucia quando faccio pipi | fa male quando urino
have_rash: ho uno sfogo | ho delle macchie rosse | eruzione
no_appetite: non ho fame | non ho appetito
very_thirsty: ho molta sete | ho sempre sete
have_chills: ho i brividi | tremo dal freddo
feel_weak: mi sento debole | non ho forze
had_a_seizure: ho avuto una crisi | ho avuto le convulsioni
am_constipated: sono stitico | sono stitica
skin_itches: mi prude | prurito | mi prude la pelle
it_hurts_here: mi fa male qui | qui fa male
pain_spreads_to_arm: il dolore va nel braccio | si irradia al braccio
painkiller_does_not_help: gli antidolorifici non funzionano
have_high_blood_pressure: ho la pressione alta | sono iperteso
had_heart_attack: ho avuto un infarto
have_asthma: ho l asma | sono asmatico
smoke: fumo | sono fumatore
do_not_smoke: non fumo
hard_of_hearing: ci sento poco | sono sordo
take_insulin: prendo l insulina | faccio l insulina
lost_medicine: ho perso le medicine | ho perso le pastiglie
run_out_of_medicine: ho finito le medicine | non ho piu pastiglie
need_wheelchair: mi serve una sedia a rotelle | sedia a rotelle
can_i_pay_by_card: posso pagare con la carta | accettate carte
maybe: forse | magari
a_little: un po | poco
a_lot: molto | tanto
sometimes: a volte | ogni tanto
always: sempre
never: mai
understand: capisco | ho capito
please_repeat: ripeta per favore | puo ripetere
better: meglio | sto meglio
worse: peggio | sto peggio
today: oggi
this_morning: stamattina | questa mattina
last_night: stanotte | ieri sera
"""

TABLE["pl"] += """
think_heart_attack: mam zawal | chyba mam zawal | to chyba zawal
think_stroke: chyba mam udar | to chyba udar
call_my_family: zadzwoncie do mojej rodziny | prosze zadzwonic do zony | prosze zadzwonic do meza
dont_speak_your_language: nie mowie po polsku | nie znam waszego jezyka
burned_myself: poparzylem sie | poparzylam sie | oparzylem sie
had_an_accident: mialem wypadek | mialam wypadek | wypadek samochodowy
stay_with_me: prosze zostac ze mna | nie zostawiajcie mnie
started_suddenly: zaczelo sie nagle | nagle
comes_and_goes: raz jest raz nie ma | przychodzi i odchodzi
blood_in_urine: krew w moczu | sikam krwia
coughing_up_blood: kaszle krwia | odkrztuszam krew
hurts_when_passing_urine: piecze przy sikaniu | boli przy oddawaniu moczu
no_appetite: nie mam apetytu | nie chce mi sie jesc
very_thirsty: bardzo chce mi sie pic | ciagle mam pragnienie
have_chills: mam dreszcze | trzese sie z zimna
feel_weak: czuje sie slabo | nie mam sily
had_a_seizure: mialem atak padaczki | mialem drgawki
am_constipated: mam zaparcie | nie moge sie wyproznic
skin_itches: swedzi mnie | swedzi mnie skora
it_hurts_here: tu boli | boli mnie tutaj
pain_spreads_to_arm: bol promieniuje do reki | boli az do reki
painkiller_does_not_help: leki przeciwbolowe nie pomagaja
have_high_blood_pressure: mam wysokie cisnienie | mam nadcisnienie
had_heart_attack: mialem zawal | przeszedlem zawal
have_asthma: mam astme | jestem astmatykiem
smoke: pale | pale papierosy
do_not_smoke: nie pale
do_not_drink_alcohol: nie pije alkoholu | nie pije
have_diabetes: mam cukrzyce | jestem cukrzykiem | mam cukier
take_insulin: biore insuline | przyjmuje insuline
run_out_of_medicine: skonczyly mi sie leki | nie mam juz tabletek
lost_medicine: zgubilem leki | zgubilam leki
need_wheelchair: potrzebuje wozka inwalidzkiego | wozek
can_i_pay_by_card: czy moge zaplacic karta | karta
how_much_does_it_cost: ile to kosztuje | ile place
allergic_to_penicillin: mam uczulenie na penicyline | jestem uczulony na penicyline
pharmacy_nearby: gdzie jest apteka | apteka | czy jest tu apteka
speak_slowly: prosze mowic wolniej | wolniej prosze
feel_nauseous: jest mi niedobrze | mam mdlosci | zbiera mi sie na wymioty
going_to_faint: zaraz zemdleje | slabo mi
am_bleeding: krwawie | leci mi krew
maybe: moze | byc moze
a_little: troche | troszke
a_lot: bardzo | duzo
sometimes: czasami | czasem
always: zawsze | caly czas
never: nigdy
understand: rozumiem
please_repeat: prosze powtorzyc | jeszcze raz prosze
better: lepiej
worse: gorzej
today: dzisiaj | dzis
this_morning: dzis rano
last_night: w nocy | wczoraj wieczorem
"""

TABLE["ru"] += """
think_stroke: кажется инсульт | у меня инсульт
call_my_family: позвоните моей семье | позвоните жене | позвоните мужу
dont_speak_your_language: я не говорю на вашем языке | не говорю по местному
burned_myself: я обжегся | я обожглась | обжег руку
had_an_accident: я попал в аварию | авария | несчастный случай
stay_with_me: не уходите | останьтесь со мной
started_suddenly: началось внезапно | вдруг началось | резко началось
comes_and_goes: то проходит то снова | приступами
blood_in_urine: кровь в моче | моча с кровью
coughing_up_blood: кашляю кровью | кровь при кашле
hurts_when_passing_urine: больно писать | жжет при мочеиспускании | режет когда писаю
have_rash: у меня сыпь | высыпания | красные пятна
no_appetite: нет аппетита | не хочу есть
very_thirsty: очень хочу пить | постоянно хочется пить
have_chills: меня знобит | озноб
feel_weak: слабость | я очень слабый | нет сил
had_a_seizure: у меня был приступ | были судороги
am_constipated: у меня запор | не могу сходить в туалет
skin_itches: чешется | кожа чешется | зуд
it_hurts_here: болит здесь | вот здесь болит | тут болит
pain_spreads_to_arm: отдает в руку | боль отдает в руку
painkiller_does_not_help: обезболивающее не помогает
have_high_blood_pressure: у меня высокое давление | у меня гипертония | давление высокое
had_heart_attack: у меня был инфаркт
have_asthma: у меня астма | я астматик
smoke: я курю
do_not_smoke: я не курю
do_not_drink_alcohol: я не пью | не пью алкоголь
take_insulin: я на инсулине | колю инсулин
run_out_of_medicine: у меня закончились лекарства | таблетки кончились
lost_medicine: я потерял лекарства | потеряла таблетки
need_wheelchair: нужна инвалидная коляска | коляска
can_i_pay_by_card: можно картой | можно оплатить картой
allergic_to_penicillin: аллергия на пенициллин | у меня аллергия на пенициллин
pharmacy_nearby: где аптека | аптека рядом есть | аптека
speak_slowly: говорите медленнее | помедленнее пожалуйста
feel_nauseous: меня тошнит | тошнит
going_to_faint: сейчас упаду в обморок | мне дурно
am_bleeding: у меня кровь | идет кровь | я истекаю кровью
maybe: может быть | возможно
a_little: немного | чуть чуть
a_lot: очень | сильно | много
sometimes: иногда
always: всегда | постоянно
never: никогда
understand: понимаю | понятно | понял
please_repeat: повторите пожалуйста | еще раз
better: лучше
worse: хуже
today: сегодня
this_morning: сегодня утром
last_night: ночью | вчера вечером
"""

TABLE["tr"] += """
think_heart_attack: kalp krizi geciriyorum | galiba kalp krizi
think_stroke: felc geciriyorum | galiba inme
call_my_family: ailemi arayin | esimi arayin
dont_speak_your_language: turkce bilmiyorum | dilinizi konusmuyorum
burned_myself: elimi yaktim | yandim | yanik
had_an_accident: kaza gecirdim | trafik kazasi
stay_with_me: yanimda kalin | beni birakmayin
started_suddenly: birden basladi | aniden basladi
comes_and_goes: gelip gidiyor | ara ara
blood_in_urine: idrarimda kan var | kanli idrar
coughing_up_blood: kan tukuruyorum | oksurunce kan geliyor
hurts_when_passing_urine: idrar yaparken yaniyor | cis yaparken aciyor
have_rash: dokuntu var | kizariklik var
no_appetite: istahim yok | hic yemek yiyemiyorum
very_thirsty: cok susadim | surekli susuyorum
have_chills: titriyorum | usuyorum
feel_weak: halsizim | gucum yok
am_constipated: kabizim | kabizlik var
skin_itches: kasiniyor | cildim kasiniyor
it_hurts_here: burasi agriyor | burada agri var
have_high_blood_pressure: tansiyonum var | tansiyonum yuksek
had_heart_attack: kalp krizi gecirdim
have_asthma: astimim var
smoke: sigara iciyorum
do_not_smoke: sigara icmiyorum
do_not_drink_alcohol: alkol kullanmiyorum | icki icmiyorum
take_insulin: insulin kullaniyorum
run_out_of_medicine: ilacim bitti
lost_medicine: ilaclarimi kaybettim
can_i_pay_by_card: kartla odeyebilir miyim | kredi karti
allergic_to_penicillin: penisiline alerjim var
pharmacy_nearby: eczane nerede | yakinda eczane var mi | eczane
speak_slowly: yavas konusun lutfen | daha yavas
feel_nauseous: midem bulaniyor | bulanti var
going_to_faint: bayilacagim | bayiliyorum
am_bleeding: kaniyorum | kan geliyor
maybe: belki
a_little: biraz | az
a_lot: cok
sometimes: bazen
always: her zaman | hep
never: hic | asla
understand: anliyorum | anladim
better: daha iyi | iyiyim
worse: daha kotu
today: bugun
this_morning: bu sabah
last_night: dun gece
"""

TABLE["ar"] += """
think_heart_attack: عندي جلطة قلب | ازمة قلبية
think_stroke: عندي جلطة دماغية
call_my_family: اتصلوا باهلي | اتصلوا بزوجتي | اتصلوا بعيلتي
dont_speak_your_language: ما اتكلم لغتكم | لا اتكلم لغتك
burned_myself: حرقت يدي | انحرقت | احترقت
had_an_accident: صار معي حادث | عملت حادث | حادث سيارة
stay_with_me: خليك معي | لا تتركني
started_suddenly: بدا فجاة | فجاة
comes_and_goes: يروح ويجي
blood_in_urine: في دم في البول | دم مع البول
coughing_up_blood: اكح دم | اسعل دم
hurts_when_passing_urine: حرقان في البول | يوجعني لما ابول
have_rash: عندي طفح | حبوب في جلدي
no_appetite: ما عندي نفس للاكل | ما اشتهي الاكل
very_thirsty: عطشان كثير | عطشانه
have_chills: عندي قشعريرة | ارتجف من البرد
feel_weak: تعبان | ما فيني حيل | ضعيف
am_constipated: عندي امساك | ما اقدر اروح الحمام
skin_itches: جلدي يحكني | حكة
it_hurts_here: هنا يوجعني | يوجعني هنا
have_high_blood_pressure: عندي ضغط | ضغطي عالي
had_heart_attack: صار معي جلطة قبل
have_asthma: عندي ربو | عندي ازمة
smoke: ادخن | انا ادخن
do_not_smoke: ما ادخن
take_insulin: اخذ انسولين | اخذ ابر انسولين
run_out_of_medicine: خلص دوائي | خلصت الحبوب
lost_medicine: ضيعت دوائي | ضاعت حبوبي
allergic_to_penicillin: عندي حساسية من البنسلين
pharmacy_nearby: وين الصيدلية | في صيدلية قريبة | صيدلية
speak_slowly: تكلم ببطء | شوي شوي
feel_nauseous: عندي غثيان | نفسي غامة
going_to_faint: راح يغمى علي | حاسس اني بغيب عن الوعي
am_bleeding: انزف | ينزل مني دم
maybe: يمكن | ممكن | ربما
a_little: شوي | قليل
a_lot: كثير | وايد
sometimes: احيانا
always: دايما | دائما
never: ابدا
understand: فهمت | فاهم
better: احسن | افضل
worse: اسوا
today: اليوم
"""

TABLE["el"] += """
need_ambulance: θελω ασθενοφορο | χρειαζομαι ασθενοφορο
need_doctor: θελω γιατρο | χρειαζομαι γιατρο | φωναξτε γιατρο
where_nearest_hospital: που ειναι το νοσοκομειο | το πιο κοντινο νοσοκομειο
have_headache: με ποναει το κεφαλι μου | πονοκεφαλος δυνατος
have_been_vomiting: εκανα εμετο | ξερνω | εκανα εμετους
have_diarrhoea: εχω διαρροια
stomach_hurts: ποναει η κοιλια μου | με ποναει το στομαχι
take_blood_thinners: παιρνω αντιπηκτικα | παιρνω sintrom
am_bleeding: αιμορραγω | τρεχει αιμα
allergic_to_penicillin: ειμαι αλλεργικος στην πενικιλινη | αλλεργια στην πενικιλινη
pharmacy_nearby: που ειναι το φαρμακειο | φαρμακειο
speak_slowly: πιο αργα παρακαλω | μιλατε αργα
how_much_does_it_cost: ποσο κανει | ποσο κοστιζει
have_diabetes: εχω ζαχαρο | ειμαι διαβητικος
have_cough: βηχω | εχω βηχα
have_high_blood_pressure: εχω πιεση | εχω υψηλη πιεση
burned_myself: καηκα | καψαμο
have_asthma: εχω ασθμα
smoke: καπνιζω
feel_nauseous: ανακατευομαι | εχω ναυτια
maybe: ισως | μπορει
a_little: λιγο
a_lot: πολυ
better: καλυτερα
worse: χειροτερα
today: σημερα
yesterday: απο χθες | χθες
"""

TABLE["ja"] += """
think_heart_attack: 心臓発作かも | 心筋梗塞かもしれない
think_stroke: 脳卒中かも
call_my_family: 家族に電話して | 家族に連絡してください
dont_speak_your_language: 言葉が話せません | 日本語が話せません
burned_myself: やけどした | やけどしました
had_an_accident: 事故にあった | 事故です
started_suddenly: 急に始まった | 突然
blood_in_urine: 尿に血が混じる | 血尿が出た
coughing_up_blood: 血を吐く咳 | 咳で血が出る
hurts_when_passing_urine: おしっこすると痛い | 排尿時に痛い
have_rash: 発疹が出た | ぶつぶつが出た
no_appetite: 食欲がない | 食べたくない
have_chills: 寒気がする | 悪寒がする
feel_weak: 力が入らない | だるい
skin_itches: かゆい | 肌がかゆい
it_hurts_here: ここが痛い | ここが痛いです
have_high_blood_pressure: 血圧が高い | 高血圧です
have_asthma: 喘息があります | 喘息持ちです
smoke: タバコを吸います | 喫煙者です
take_insulin: インスリンを打っています
take_blood_thinners: 血をサラサラにする薬を飲んでいます | ワーファリンを飲んでいます
allergic_to_penicillin: ペニシリンアレルギーです
pharmacy_nearby: 薬局はどこ | 近くに薬局はありますか
feel_nauseous: 気持ち悪い | 吐き気がする
am_bleeding: 血が出ている | 出血しています
maybe: たぶん | かもしれない
a_little: 少し | ちょっと
a_lot: とても | すごく
better: 良くなった
worse: 悪くなった
today: 今日
"""

TABLE["zh"] += """
think_heart_attack: 我可能心脏病发作了 | 心脏病犯了
think_stroke: 我可能中风了
call_my_family: 给我家人打电话 | 通知我的家人
dont_speak_your_language: 我不会说你们的语言 | 我不会说中文
burned_myself: 我烫伤了 | 我烧伤了
had_an_accident: 我出车祸了 | 出事故了
started_suddenly: 突然开始的 | 突然
blood_in_urine: 尿里有血 | 尿血
coughing_up_blood: 咳出血来 | 咳血
hurts_when_passing_urine: 小便的时候疼 | 尿尿疼
have_rash: 我起疹子了 | 身上起红点
no_appetite: 没胃口 | 不想吃东西
have_chills: 我发冷 | 打寒战
feel_weak: 没力气 | 浑身无力
skin_itches: 皮肤痒 | 好痒
it_hurts_here: 这里疼 | 这儿痛
have_high_blood_pressure: 我有高血压 | 我血压高
have_asthma: 我有哮喘
smoke: 我抽烟 | 我吸烟
take_insulin: 我打胰岛素
take_blood_thinners: 我吃抗凝药 | 我吃华法林
allergic_to_penicillin: 我对青霉素过敏
pharmacy_nearby: 附近有药店吗 | 药店在哪
feel_nauseous: 我恶心 | 想吐
am_bleeding: 我流血了 | 出血了
maybe: 也许 | 可能
a_little: 一点 | 有点
a_lot: 很多 | 非常
better: 好多了 | 好一点
worse: 更糟了 | 更严重了
today: 今天
"""

TABLE["en"] += """
my_medical_information: here are my medical details | my health card | medical info
fever_since_yesterday: ive had a temperature since yesterday | fever since yesterday
started_an_hour_ago: it started about an hour ago | began an hour ago
face_feels_numb: my face has gone numb | half my face is numb
feel_weak: i feel so weak | no strength at all
lost_weight: ive lost a lot of weight
had_operation_recently: i had an operation a few weeks ago | i just had an operation
have_artificial_heart_valve: i have a mechanical valve | i have a new heart valve
label_allergy: allergic to | allergies
label_medicine: medication | my medication
label_blood_type: blood group
label_emergency_contact: in case of emergency | contact person
label_date_of_birth: birthday | born on | dob
take_any_medicines_q: are you taking anything? | on any medication?
eaten_today_q: did you eat today? | have you had anything to eat?
when_last_eat_drink: when did you last eat? | when did you last have something to drink?
had_this_before_q: has this happened before? | ever had this before?
hit_head_q: did you bang your head? | did you knock your head?
lost_consciousness_q: did you pass out? | did you black out? | did you faint?
fell_q: did you have a fall? | have you fallen?
what_happened_q: what happened to you? | whats wrong? | what is the problem?
how_old_q: what is your age? | your age?
what_is_your_name_q: whats your name? | your name?
do_not_eat_or_drink: nothing to eat or drink | nil by mouth | no food or drink
take_one_tablet_twice_daily: one pill twice a day | one tablet morning and evening
take_one_tablet_three_times_daily: one pill three times a day
take_one_tablet_morning: one pill every morning | one tablet each morning
take_one_tablet_at_bedtime: one pill before bed | one tablet at night
take_with_food: take with meals | take after eating
take_on_empty_stomach: take before eating | on an empty stomach
lie_down: please lie down | lie here
sit_down: please sit down | have a seat
take_deep_breath: breathe in deeply | deep breath
drink_plenty_of_water: drink lots of water | drink a lot of fluids
need_xray: you need an xray | x ray
need_blood_test: blood test | we need to take blood
need_stay_in_hospital: you have to stay in hospital | you must be admitted
can_go_home: you can leave | you may go home
stop_taking_this_medicine: stop these pills | do not take this anymore
rest_few_days: rest for a couple of days | take it easy for a few days
will_give_injection: i will give you a shot | injection
give_oxygen: oxygen
put_in_drip: iv drip | we will put a drip in
today: today | earlier today
day_before_yesterday: two days ago yesterday | the day before
an_hour_ago: one hour ago | 1 hour ago
a_few_hours_ago: couple of hours ago | some hours ago
a_few_minutes_ago: couple of minutes ago | just now | minutes ago
three_days_ago: 3 days ago | three days | since three days
a_month_ago: one month ago | last month
a_year_ago: one year ago | last year
for_a_few_days: a few days | couple of days | for some days
for_years: many years | for many years | years
since_childhood: since i was a child | since i was little | all my life
every_day: daily | each day
in_the_morning: mornings | in the mornings
in_the_afternoon: afternoons
in_the_evening: evenings | at evening
at_night: nights | during the night
before_meals: before eating | before food
after_meals: after eating | after food
now: right now | at the moment
tomorrow: tommorow | tomorow
once: one time | 1 time
twice: two times | 2 times
three_times: 3 times | thrice
"""

# --- third batch: the most needed phrases in more languages ---------------------------------------

TABLE["nl"] += """
think_heart_attack: ik denk dat ik een hartaanval heb | hartaanval
feel_nauseous: ik ben misselijk | misselijk
am_bleeding: ik bloed | het bloedt
have_cough: ik hoest | ik moet hoesten
have_sore_throat: ik heb keelpijn | mijn keel doet pijn
cannot_sleep: ik kan niet slapen
allergic_to_penicillin: ik ben allergisch voor penicilline
pharmacy_nearby: waar is de apotheek | apotheek
speak_slowly: langzamer alstublieft | praat langzaam
how_much_does_it_cost: hoeveel kost het | wat kost dat
have_diabetes: ik ben diabeet | ik heb suiker
burned_myself: ik heb me gebrand | ik heb me verbrand
have_asthma: ik heb astma
smoke: ik rook
can_i_pay_by_card: kan ik pinnen | kan ik met de kaart betalen
maybe: misschien
a_little: een beetje
better: beter
worse: slechter | erger
yesterday: sinds gisteren | gisteren
"""

TABLE["pt"] += """
think_heart_attack: estou a ter um enfarte | acho que e um ataque cardiaco
feel_nauseous: estou enjoado | tenho nauseas | estou com enjoo
am_bleeding: estou a sangrar
have_cough: tenho tosse | estou a tossir
have_sore_throat: doi me a garganta | tenho dor de garganta
cannot_sleep: nao consigo dormir
burned_myself: queimei me | queimei a mao
have_asthma: tenho asma | sou asmatico
smoke: fumo | sou fumador
can_i_pay_by_card: posso pagar com cartao | aceitam cartao
maybe: talvez
a_little: um pouco
better: melhor
worse: pior
yesterday: desde ontem | ontem
"""

TABLE["sv"] += """
need_doctor: jag behover en lakare | jag behover en doktor
help_me: hjalp | hjalp mig
have_headache: jag har huvudvark | ont i huvudet
stomach_hurts: jag har ont i magen | ont i magen
have_been_vomiting: jag har kraks | jag spyr
have_diarrhoea: jag har diarre
dont_understand: jag forstar inte
take_blood_thinners: jag tar blodfortunnande
have_asthma: jag har astma
"""

TABLE["da"] += """
need_doctor: jeg har brug for en laege | jeg skal bruge en laege
help_me: hjaelp | hjaelp mig
call_ambulance: ring efter en ambulance | ring 112
have_headache: jeg har hovedpine | ondt i hovedet
stomach_hurts: jeg har ondt i maven | ondt i maven
feel_dizzy: jeg er svimmel
cannot_breathe_well: jeg kan ikke traekke vejret
have_asthma: jeg har astma
"""

TABLE["cs"] += """
need_doctor: potrebuju doktora | potrebuji lekare
help_me: pomoc | pomozte mi
have_headache: boli me hlava
stomach_hurts: boli me bricho
feel_dizzy: toci se mi hlava | mam zavrat
have_been_vomiting: zvracim | zvracel jsem
have_diarrhoea: mam prujem
have_asthma: mam astma
smoke: kourim
"""

TABLE["sk"] = """
have_fallen: spadol som | spadla som | padol som
have_chest_pain: boli ma na hrudi | bolest na hrudi
cannot_breathe_well: nemozem dychat
where_is_toilet: kde je zachod | kde je toaleta
call_ambulance: zavolajte zachranku | zavolajte sanitku
need_doctor: potrebujem doktora | potrebujem lekara
have_fever: mam horucku | mam teplotu
have_headache: boli ma hlava
stomach_hurts: boli ma brucho
dont_understand: nerozumiem
thank_you: dakujem | vdaka
"""

TABLE["hr"] += """
need_doctor: trebam doktora | trebam lijecnika
help_me: upomoc | pomozite mi
call_ambulance: zovite hitnu | zovite hitnu pomoc
cannot_breathe_well: ne mogu disati
have_headache: boli me glava
stomach_hurts: boli me trbuh
feel_dizzy: vrti mi se | vrti mi se u glavi
dont_understand: ne razumijem
have_asthma: imam astmu
"""

TABLE["hu"] += """
need_doctor: orvosra van szuksegem | orvost kerek
help_me: segitseg | segitsen
call_ambulance: hivjanak mentot | hivja a mentoket
cannot_breathe_well: nem kapok levegot
have_headache: faj a fejem
stomach_hurts: faj a hasam
feel_dizzy: szedulok
have_asthma: asztmas vagyok
"""

TABLE["ro"] += """
need_doctor: am nevoie de un doctor | vreau un medic
help_me: ajutor | ajutati ma
call_ambulance: chemati ambulanta | sunati la 112
cannot_breathe_well: nu pot sa respir | nu pot respira
have_headache: ma doare capul
stomach_hurts: ma doare burta
feel_dizzy: ameteala | sunt ametit
have_asthma: am astm
"""

TABLE["bg"] += """
need_doctor: трябва ми лекар | искам лекар
help_me: помощ | помогнете ми
call_ambulance: извикайте линейка | обадете се на 112
cannot_breathe_well: не мога да дишам
have_headache: боли ме главата
stomach_hurts: боли ме коремът | боли ме корема
feel_dizzy: вие ми се свят
dont_understand: не разбирам
have_asthma: имам астма
"""

TABLE["uk"] += """
need_doctor: мені потрібен лікар | потрібен лікар
help_me: допоможіть | рятуйте
have_been_vomiting: мене нудить і рве | мене вирвало
have_diarrhoea: у мене пронос | пронос
have_asthma: у мене астма
"""

TABLE["fi"] += """
need_doctor: tarvitsen laakarin | laakari
help_me: apua | auttakaa
call_ambulance: soittakaa ambulanssi | soita 112
cannot_breathe_well: en saa henkea | en pysty hengittamaan
have_headache: paahan sattuu | paansarkya
stomach_hurts: vatsaan sattuu | vatsa on kipea
feel_dizzy: minua huimaa | huimaa
dont_understand: en ymmarra
have_asthma: minulla on astma
"""

TABLE["ko"] += """
need_doctor: 의사가 필요해요 | 의사 불러 주세요
help_me: 도와주세요 | 살려 주세요
call_ambulance: 구급차 불러 주세요 | 119 불러 주세요
cannot_breathe_well: 숨을 못 쉬겠어요 | 숨쉬기 힘들어요
have_headache: 머리가 아파요
stomach_hurts: 배가 아파요
feel_dizzy: 어지러워요
dont_understand: 이해가 안 돼요 | 못 알아듣겠어요
have_asthma: 천식이 있어요
"""

TABLE["vi"] += """
need_doctor: toi can bac si | goi bac si
help_me: cuu toi | giup toi voi
call_ambulance: goi xe cap cuu | goi 115
cannot_breathe_well: toi khong tho duoc | kho tho
have_headache: toi dau dau | dau dau qua
stomach_hurts: toi dau bung | dau bung
feel_dizzy: toi chong mat | chong mat
have_asthma: toi bi hen suyen
"""

TABLE["id"] += """
need_doctor: saya perlu dokter | panggil dokter
help_me: tolong | tolong saya
call_ambulance: panggil ambulans | tolong panggil ambulans
cannot_breathe_well: saya tidak bisa bernapas | sesak napas
have_headache: kepala saya sakit | sakit kepala
stomach_hurts: perut saya sakit | sakit perut
feel_dizzy: saya pusing | pusing
have_asthma: saya punya asma | saya asma
"""

TABLE["hi"] += """
need_doctor: मुझे डॉक्टर चाहिए | डॉक्टर बुलाओ
help_me: बचाओ | मदद करो
call_ambulance: एम्बुलेंस बुलाओ | एम्बुलेंस बुलाइए
cannot_breathe_well: मुझे सांस नहीं आ रही | सांस लेने में तकलीफ
have_headache: मेरा सिर दर्द हो रहा है | सिर में दर्द है
stomach_hurts: मेरे पेट में दर्द है | पेट दर्द हो रहा है
feel_dizzy: मुझे चक्कर आ रहे हैं | चक्कर आ रहा है
dont_understand: मुझे समझ नहीं आया | समझ नहीं आया
have_asthma: मुझे दमा है | मुझे अस्थमा है
"""

TABLE["th"] += """
need_doctor: ต้องการหมอ | ขอหมอ | เรียกหมอ
help_me: ช่วยด้วย | ช่วยฉันด้วย
call_ambulance: เรียกรถพยาบาล | โทร 1669
have_headache: ปวดหัว | ฉันปวดหัว
stomach_hurts: ปวดท้อง | ฉันปวดท้อง
feel_dizzy: เวียนหัว | ฉันเวียนหัว
have_fever: ฉันมีไข้ | เป็นไข้
dont_understand: ไม่เข้าใจ
"""
