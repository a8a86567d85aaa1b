"""Write web/i18n/de.json, es.json and fr.json from en.json and the translation tables below.

Run after en.json changes: ``.venv/bin/python build_scripts/i18n/translate_catalogues.py``. Each
catalogue gets every key of en.json that has a translation here, in en.json's order, then the
``risk.*`` keys the screens use to show an assessment in the person's language (see
``translated`` in web/screens/_level.mjs): ``risk.<key>`` for every message key of
``wayfarer.risk``, ``risk.input.implausible.<code>`` for every reading check, and
``risk.value.<English>`` for the English words Python puts into message parameters. A key of
en.json without a translation here is left out (the UI falls back to English) and listed on
stdout. The script fails when a translation's ``{placeholders}`` differ from the English ones.

Style: short, calm, plain words for older people; German "Sie", Spanish "usted", French "vous".
French gets a no-break space before ``: ; ? !`` and inside « » (added here, not in the tables).
"""

from __future__ import annotations

import argparse
import json
import string
import sys
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[2]
I18N: Final = ROOT / "web" / "i18n"
sys.path.insert(0, str(ROOT / "py_modules"))

from wayfarer.risk._messages import TEMPLATES  # noqa: E402
from wayfarer.vitals._plausibility import _TEMPLATES as CHECK_TEMPLATES  # noqa: E402

LEVELS: Final = ("none", "watch", "see_doctor_today", "urgent", "emergency")

DE: Final[dict[str, str]] = {
    "app.title": "Wayfarer Health",
    "nav.home": "Start",
    "nav.settings": "Einstellungen",
    "nav.help_me": "Hilfe",
    "boot.starting": "Wird gestartet…",
    "boot.runtime": "Die Gesundheits-Engine wird geladen…",
    "boot.python": "Die Gesundheits-Engine startet…",
    "boot.install": "Ihre Werkzeuge werden vorbereitet…",
    "boot.ready": "Bereit.",
    "boot.failed": "Die Gesundheits-Engine konnte nicht starten: {reason}",
    "boot.retry": "Noch einmal versuchen",
    "update.ready": "Eine neue Version ist bereit.",
    "update.button": "Aktualisieren",
    "home.title": "Wie geht es Ihnen?",
    "home.intro": (
        "Wayfarer speichert Ihre Gesundheitsdaten auf diesem Telefon. Nichts verlässt es ohne Ihre "
        "Zustimmung."
    ),
    "home.engine_starting": "Die Gesundheits-Engine startet. Sie können sich schon umsehen.",
    "home.engine_ready": "Alles ist bereit.",
    "help.title": "Hilfe",
    "help.emergency": "Wenn Sie in Gefahr sind, rufen Sie sofort den Notruf an.",
    "help.call": "{number} anrufen",
    "help.number_note": "Die 112 funktioniert in jedem Land der Europäischen Union.",
    "help.show_doctor": "Zeigen Sie dieses Telefon einem Arzt oder einer Pflegekraft.",
    "settings.title": "Einstellungen",
    "settings.text_size": "Textgröße",
    "settings.text_normal": "Normal",
    "settings.text_large": "Groß",
    "settings.text_larger": "Am größten",
    "settings.language": "Sprache",
    "settings.storage": "Speicher",
    "settings.storage_persisted": (
        "Ihre Daten sind auf diesem Gerät sicher gespeichert: Der Browser löscht sie nicht."
    ),
    "settings.storage_best_effort": (
        "Der Browser kann gespeicherte Daten löschen, wenn der Speicherplatz knapp wird."
    ),
    "settings.about": "Über diese App",
    "settings.version": "Version",
    "settings.check": "Gesundheits-Engine prüfen",
    "settings.check_ok": "Die Gesundheits-Engine funktioniert ({ms} ms).",
    "settings.check_failed": "Die Gesundheits-Engine hat ein Problem: {reason}",
    "error.title": "Etwas ist schiefgelaufen",
    "error.unknown_screen": "Diese Seite gibt es nicht. Gehen Sie zurück zum Start.",
    "home.offline_ready": "Wayfarer funktioniert jetzt auch ohne Internet.",
    "check.title": "Werte prüfen",
    "check.menu": "Werte prüfen",
    "check.step_of": "Schritt {step} von {total}",
    "check.ask.resp_rate": "Wie viele Atemzüge in einer Minute?",
    "check.hint.resp_rate": (
        "Zählen Sie die Atemzüge eine ganze Minute lang. Lassen Sie das Feld leer, wenn Sie es nicht wissen."
    ),
    "check.ask.spo2": "Sauerstoffsättigung (SpO2) in %",
    "check.hint.spo2": "Vom Fingerclip. Lassen Sie das Feld leer, wenn Sie es nicht wissen.",
    "check.ask.heart_rate": "Puls, Schläge pro Minute",
    "check.hint.heart_rate": "Vom Fingerclip, von der Uhr oder eine Minute lang gezählt.",
    "check.ask.systolic_bp": "Oberer Blutdruckwert (mmHg)",
    "check.hint.systolic_bp": "Die erste, größere Zahl auf dem Blutdruckmessgerät.",
    "check.ask.temperature": "Temperatur (°C)",
    "check.hint.temperature": "Zum Beispiel 37,2",
    "check.ask.consciousness": "Wie wach und klar ist die Person?",
    "check.option.consciousness.A": "Wach und denkt klar",
    "check.option.consciousness.C": "Neu verwirrt oder durcheinander",
    "check.option.consciousness.V": "Reagiert nur, wenn man sie anspricht",
    "check.option.consciousness.P": "Reagiert nur auf Schmerz",
    "check.option.consciousness.U": "Reagiert gar nicht",
    "check.ask.on_oxygen": "Bekommt die Person gerade zusätzlichen Sauerstoff?",
    "check.option.on_oxygen.false": "Nein, normale Luft",
    "check.option.on_oxygen.true": "Ja, zusätzlicher Sauerstoff",
    "check.not_a_number": "Bitte geben Sie eine Zahl ein, zum Beispiel 18.",
    "check.next": "Weiter",
    "check.skip": "Weiß ich nicht",
    "check.back": "Zurück",
    "check.see_result": "Ergebnis ansehen",
    "check.working": "Wird geprüft…",
    "check.failed": "Das konnte nicht geprüft werden: {reason}",
    "check.start_again": "Neu beginnen",
    "check.why": "Warum",
    "check.score_complete": "Frühwarnwert (NEWS2): {total}, alle Werte gemessen.",
    "check.score_partial": (
        "Frühwarnwert (NEWS2): bisher {total}. {missing} Werte nicht gemessen, daher ist er nicht "
        "vollständig."
    ),
    "check.level.none": "Alles in Ordnung",
    "check.level.watch": "Im Auge behalten",
    "check.level.see_doctor_today": "Heute zum Arzt",
    "check.level.urgent": "Jetzt ärztliche Hilfe holen",
    "check.level.emergency": "Notfall",
    "sensors.title": "Meine Geräte",
    "sensors.menu": "Meine Geräte",
    "sensors.intro": (
        "Ihre eigenen Bluetooth-Sensoren senden ihre Messwerte direkt an dieses Telefon, nie in die Cloud "
        "des Herstellers."
    ),
    "sensors.your_devices": "Ihre Sensoren",
    "sensors.missing": (
        "Dieser Browser kann nicht mit Bluetooth-Sensoren sprechen (zum Beispiel auf einem iPhone, einem "
        "iPad oder in Firefox). Sie können Ihre Messwerte stattdessen eintippen."
    ),
    "sensors.off": (
        "Bluetooth scheint auf diesem Telefon ausgeschaltet zu sein. Schalten Sie es ein und tippen Sie "
        "dann auf „Gerät verbinden“."
    ),
    "sensors.type_instead": "Messwerte eintippen",
    "sensors.connect": "Gerät verbinden",
    "sensors.connect_cancelled": (
        "Es wurde kein Gerät ausgewählt. Tippen Sie auf „Gerät verbinden“, um es noch einmal zu versuchen."
    ),
    "sensors.connect_failed": "Das Gerät konnte nicht verbunden werden: {reason}",
    "sensors.no_devices": "Kein Gerät ist verbunden.",
    "sensors.unnamed": "Sensor",
    "sensors.state.connecting": "{name}: wird verbunden…",
    "sensors.state.connected": "{name}: verbunden",
    "sensors.state.reconnecting": (
        "{name}: Die Verbindung ist abgebrochen. Neuer Versuch in {seconds} Sekunden (Versuch {attempt} von "
        "{of})."
    ),
    "sensors.state.reconnecting_now": "{name}: Die Verbindung ist abgebrochen. Neuer Versuch jetzt.",
    "sensors.state.lost": (
        "{name}: Keine neue Verbindung möglich. Bringen Sie das Gerät nah an das Telefon und tippen Sie auf "
        "„Noch einmal versuchen“."
    ),
    "sensors.state.closed": "{name}: nicht verbunden",
    "sensors.try_again": "Noch einmal versuchen",
    "sensors.disconnect": "{name} trennen",
    "sensors.readings": "Neueste Messwerte",
    "sensors.no_readings": "Noch keine Messwerte.",
    "sensors.measured_at": "Gemessen um {time}",
    "sensors.param.heart_rate": "Herzfrequenz",
    "sensors.param.pulse_rate": "Puls",
    "sensors.param.spo2": "Sauerstoffsättigung (SpO2)",
    "sensors.param.blood_pressure": "Blutdruck",
    "sensors.param.temperature": "Temperatur",
    "sensors.param.blood_glucose": "Blutzucker",
    "sensors.param.perfusion_index": "Pulsstärke am Finger",
    "sensors.param.hrv_rmssd": "Herzfrequenzvariabilität",
    "sensors.unit.heart_rate": "Schläge pro Minute",
    "sensors.unit.pulse_rate": "Schläge pro Minute",
    "sensors.unit.spo2": "%",
    "sensors.unit.blood_pressure": "mmHg",
    "sensors.unit.temperature": "°C",
    "sensors.unit.blood_glucose": "mmol/L",
    "sensors.unit.perfusion_index": "%",
    "sensors.unit.hrv_rmssd": "ms",
    "sensors.implausible": "Dieser Wert sieht falsch aus und wird nicht verwendet: {message}",
    "sensors.device_says": "Das Gerät meldet: {notes}",
    "sensors.saved": "{count} Messwerte auf diesem Telefon gespeichert.",
    "sensors.not_saved": (
        "Diese {count} Messwerte werden angezeigt, aber nicht gespeichert: Der sichere Speicher ist auf "
        "diesem Telefon noch nicht eingerichtet."
    ),
    "sensors.problems": (
        "Nachrichten eines Geräts, die nicht gelesen werden konnten: {count}. Sie wurden übersprungen; "
        "alles andere wurde verwendet."
    ),
    "sensors.problem_details": "Details anzeigen",
    "sensors.batch_failed": "Einige Messwerte konnten nicht übernommen werden: {reason}",
    "sensors.dropped": (
        "Ein Gerät hat mehr gesendet, als das Telefon aufnehmen konnte: {count} Messwerte wurden "
        "übersprungen (die ältesten zuerst)."
    ),
    "sensors.clock_moved": (
        "Die Uhr des Telefons hat sich während der Sitzung geändert. Die Messwerte bleiben in der richtigen "
        "Reihenfolge."
    ),
    "sensors.risk": "Was das bedeutet",
    "sensors.risk_waiting": "Das Ergebnis erscheint hier, sobald die ersten Messwerte ankommen.",
    "sensors.risk_missing": (
        "Sensoren können die Atemfrequenz und Ihre Wachheit nicht messen. Ergänzen Sie diese Werte für eine "
        "vollständige Prüfung."
    ),
    "sensors.add_manual": "Ergänzen, was Sensoren nicht messen können",
    "sensors.demo": "Demo ausprobieren",
    "sensors.demo_intro": (
        "Sehen Sie mit aufgezeichneten Messwerten von Beispielgeräten, wie es funktioniert. Das sind nicht "
        "Ihre Messwerte."
    ),
    "sensors.demo_choose": "Welche Aufzeichnung?",
    "sensors.demo.calm_day": "Ein ruhiger Tag",
    "sensors.demo.night_of_deterioration": "Eine Nacht, in der es schlechter wird",
    "sensors.demo.flaky_connection": "Eine schlechte Verbindung",
    "sensors.demo_speed": "Wie schnell?",
    "sensors.speed.600": "Schnell: eine Stunde in 6 Sekunden",
    "sensors.speed.3600": "Sehr schnell: eine Stunde in 1 Sekunde",
    "sensors.demo_start": "Demo starten",
    "sensors.demo_stop": "Demo beenden",
    "sensors.demo_playing": "„{name}“ läuft: {percent} % fertig.",
    "sensors.demo_done": "Die Demo „{name}“ ist zu Ende.",
    "sensors.demo_missing": "Die Demo-Aufzeichnungen fehlen ({reason}).",
    "sensors.demo_device.hr": "Demo-Brustgurt",
    "sensors.demo_device.plx": "Demo-Fingerpulsoximeter",
    "sensors.demo_device.bp": "Demo-Blutdruckmanschette",
    "sensors.demo_device.thermo": "Demo-Thermometer",
    "privacy.title": "Meine Privatsphäre",
    "privacy.menu": "Meine Privatsphäre und Daten",
    "privacy.back": "Zurück",
    "privacy.setup_title": "Schützen Sie Ihre Gesundheitsdaten",
    "privacy.setup_intro": (
        "Wählen Sie ein Kennwort. Damit werden Ihre Gesundheitsdaten auf diesem Telefon verschlossen."
    ),
    "privacy.passphrase_new": "Neues Kennwort",
    "privacy.passphrase_again": "Dasselbe Kennwort noch einmal",
    "privacy.passphrase_hint": (
        "Mindestens 8 Zeichen. Ein kurzer Satz ist leicht zu merken und schwer zu erraten."
    ),
    "privacy.passphrase_mismatch": (
        "Die beiden Kennwörter sind nicht gleich. Bitte geben Sie sie noch einmal ein."
    ),
    "privacy.setup_button": "Meine Gesundheitsdaten verschließen",
    "privacy.recovery_title": "Ihr Wiederherstellungscode",
    "privacy.recovery_intro": (
        "Wenn Sie Ihr Kennwort vergessen, öffnet dieser Code Ihre Gesundheitsdaten. Bitte schreiben Sie ihn "
        "jetzt auf und bewahren Sie ihn an einem sicheren Ort auf."
    ),
    "privacy.recovery_once": "Er wird nur dieses eine Mal angezeigt. Niemand sonst hat eine Kopie.",
    "privacy.written_down": "Ich habe ihn aufgeschrieben",
    "privacy.write_it_first": "Bitte schreiben Sie den Code zuerst auf und setzen Sie dann das Häkchen.",
    "privacy.continue": "Weiter",
    "privacy.setup_done": "Ihre Gesundheitsdaten sind jetzt mit Ihrem Kennwort verschlossen.",
    "privacy.locked_title": "Ihre Gesundheitsdaten sind verschlossen",
    "privacy.locked_intro": "Geben Sie Ihr Kennwort ein, um sie zu öffnen.",
    "privacy.passphrase": "Kennwort",
    "privacy.unlock": "Entsperren",
    "privacy.unlock_passkey": "Mit meinem Passkey entsperren",
    "privacy.use_recovery": "Ich habe mein Kennwort vergessen",
    "privacy.use_passphrase": "Stattdessen mein Kennwort verwenden",
    "privacy.recovery_label": "Wiederherstellungscode",
    "privacy.wait": "Bitte warten Sie {seconds} Sekunden bis zum nächsten Versuch.",
    "privacy.unlocked": "Entsperrt.",
    "privacy.unlocked_title": "Ihre Gesundheitsdaten sind geöffnet",
    "privacy.lock": "Jetzt verschließen",
    "privacy.locked": "Verschlossen. Zum Öffnen brauchen Sie wieder Ihr Kennwort.",
    "privacy.consent_open": "Wer meine Daten sehen kann",
    "privacy.consent_title": "Wer meine Daten sehen kann",
    "privacy.consent_none": "Niemand sonst kann Ihre Gesundheitsdaten sehen.",
    "privacy.consent_item": "{who} kann {what} bis {until} sehen.",
    "privacy.consent_revoke": "{who} den Zugriff entziehen",
    "privacy.consent_revoked": "Erledigt. Diese Person kann es nicht mehr sehen.",
    "privacy.log_open": "Aktivitätsprotokoll",
    "privacy.log_title": "Aktivitätsprotokoll",
    "privacy.log_intro": (
        "Jedes Mal, wenn Ihre Daten gespeichert, geöffnet, geteilt oder gelöscht wurden. Das Neueste zuerst."
    ),
    "privacy.log_verify": "Protokoll prüfen",
    "privacy.log_ok": "Das Protokoll ist unverändert. {reason}",
    "privacy.log_bad": "Das Protokoll wurde verändert: {reason}",
    "privacy.log_damaged": (
        "Ein früheres Aktivitätsprotokoll wurde verändert und bleibt so, wie es ist: {reason}"
    ),
    "privacy.log_export": "Protokoll herunterladen",
    "privacy.emergency_open": "Notfallinformationen",
    "privacy.emergency_title": "Notfallinformationen",
    "privacy.emergency_intro": (
        "Ein Helfer kann diese Angaben ohne Ihr Kennwort sehen. Jedes Mal wird im Aktivitätsprotokoll "
        "vermerkt."
    ),
    "privacy.emergency_show": "Notfallinformationen anzeigen",
    "privacy.emergency_empty": "Nichts gespeichert",
    "privacy.emergency_choose": "Was ohne Kennwort angezeigt wird",
    "privacy.save": "Speichern",
    "privacy.saved": "Gespeichert.",
    "privacy.passkey_open": "Passkey hinzufügen",
    "privacy.passkey_title": "Mit einem Passkey entsperren",
    "privacy.passkey_intro": (
        "Mit einem Passkey entsperren Sie mit Fingerabdruck, Gesicht oder Bildschirmsperre. Geben Sie "
        "einmal Ihr Kennwort ein, um ihn hinzuzufügen."
    ),
    "privacy.passkey_unavailable": "Dieser Browser kann dafür keinen Passkey verwenden.",
    "privacy.passphrase_confirm": "Ihr Kennwort",
    "privacy.passkey_add": "Passkey hinzufügen",
    "privacy.passkey_added": "Passkey hinzugefügt. Sie können jetzt damit entsperren.",
    "privacy.export_open": "Alle meine Daten herunterladen",
    "privacy.export_title": "Alle meine Daten herunterladen",
    "privacy.export_intro": (
        "Eine Datei mit allen Ihren Gesundheitsdaten, Freigaben und dem Aktivitätsprotokoll. Bewahren Sie "
        "sie sicher auf: Sie ist nicht verschlossen."
    ),
    "privacy.export_button": "Herunterladen",
    "privacy.export_done": "Ihre Datei ist bereit.",
    "privacy.download_ready": "Datei speichern",
    "privacy.delete_open": "Alle meine Daten löschen",
    "privacy.delete_title": "Alle meine Daten löschen",
    "privacy.delete_intro": (
        "Damit werden alle Ihre Gesundheitsdaten, Freigaben, das Aktivitätsprotokoll und die Schlüssel von "
        "diesem Telefon gelöscht. Das lässt sich nicht rückgängig machen."
    ),
    "privacy.delete_first": "Ich möchte alles löschen",
    "privacy.delete_confirm_title": "Sind Sie sicher?",
    "privacy.delete_confirm_intro": (
        "Alles ist dann für immer weg. Laden Sie Ihre Daten vorher herunter, wenn Sie eine Kopie möchten."
    ),
    "privacy.delete_confirm": "Ja, jetzt alles löschen",
    "privacy.deleted": "Alles wurde von diesem Telefon gelöscht.",
    "privacy.record_open": "Wie meine Daten behandelt werden",
    "privacy.record_title": "Wie Ihre Daten behandelt werden",
    "privacy.category_allergies": "Allergien",
    "privacy.category_conditions": "Erkrankungen",
    "privacy.category_medicines": "Medikamente",
    "privacy.category_devices": "Medizinische Geräte",
    "privacy.category_contacts": "Notfallkontakte",
    "privacy.category_vitals": "Vitalwerte",
    "privacy.category_location": "Orte",
    "privacy.category_documents": "Dokumente",
    "talk.title": "Mit dem Arzt sprechen",
    "talk.menu": "Mit dem Arzt sprechen",
    "talk.doctor_language": "Welche Sprache spricht der Arzt?",
    "talk.my_language": "Welche Sprache sprechen Sie?",
    "talk.what_to_say": "Was möchten Sie sagen?",
    "talk.languages_line": "Sie: {mine}. Arzt: {doctor}.",
    "talk.type_label": "Schreiben Sie auf {language}",
    "talk.find": "Satz suchen",
    "talk.or_pick": "Oder wählen Sie ein Thema:",
    "talk.where_hurts": "Zeigen, wo es wehtut",
    "talk.pain_scale": "Wie stark ist der Schmerz? (0 bis 10)",
    "talk.change_doctor_language": "Sprache des Arztes ändern",
    "talk.change_my_language": "Meine Sprache ändern",
    "talk.searching": "Der Satz wird gesucht…",
    "talk.results": "Meinen Sie das?",
    "talk.choose_confident": "Tippen Sie auf den Satz, den Sie meinen.",
    "talk.choose_not_sure": (
        "Wir sind nicht sicher, was Sie meinen. Tippen Sie auf den passendsten Satz oder versuchen Sie "
        "andere Worte."
    ),
    "talk.best": "Beste Übereinstimmung",
    "talk.nothing_found": "Kein Satz gefunden. Versuchen Sie andere Worte oder wählen Sie ein Thema.",
    "talk.truncated": "Ihr Text war sehr lang: Nur der Anfang wurde gelesen.",
    "talk.try_again": "Andere Worte versuchen",
    "talk.back": "Zurück",
    "talk.error": "Etwas ist schiefgelaufen: {reason}",
    "talk.show_doctor": "Zeigen Sie das dem Arzt",
    "talk.reviewed": "Von einem Muttersprachler geprüft.",
    "talk.not_reviewed": "Noch nicht von einem Muttersprachler geprüft.",
    "talk.gap": "Das gibt es in der Sprache des Arztes nicht; es wird auf Englisch angezeigt.",
    "talk.speak": "Vorlesen",
    "talk.no_local_voice": (
        "Dieses Telefon hat keine Stimme für {language}, die ohne Internet funktioniert. Deshalb wird nicht "
        "vorgelesen (eine Online-Stimme würde Ihre Worte an eine Firma senden)."
    ),
    "talk.doctor_answers": "Der Arzt antwortet:",
    "talk.yes": "Ja",
    "talk.no": "Nein",
    "talk.answer_number": "Eine Zahl",
    "talk.answer_phrase": "Ein Satz",
    "talk.number_label": "Arzt: Geben Sie die Zahl ein",
    "talk.show_number": "Zahl zeigen",
    "talk.number_invalid": "Bitte geben Sie eine Zahl ein, zum Beispiel 2 oder 37,5.",
    "talk.doctor_said": "Der Arzt sagt",
    "talk.for_doctor": "Für den Arzt: Wählen Sie Ihre Antwort",
    "talk.no_doctor_phrases": "Für den Arzt gibt es noch keine Antworten.",
    "talk.back_to_phrase": "Zurück zu meinem Satz",
    "talk.say_something_else": "Etwas anderes sagen",
    "talk.show_back": "Rückseite des Körpers zeigen",
    "talk.show_front": "Vorderseite des Körpers zeigen",
    "talk.body_front": "Körper von vorn gesehen",
    "talk.body_back": "Körper von hinten gesehen",
    "talk.body_hint": "Tippen Sie auf die Stelle, wo es wehtut: im Bild oder in der Liste.",
    "talk.pain_hint": "Tippen Sie auf eine Zahl.",
    "talk.pain_none": "kein Schmerz",
    "talk.pain_worst": "der schlimmste Schmerz, den Sie sich vorstellen können",
    "talk.pain_value": "Schmerz {value} von 10",
    "talk.group.emergency": "Notfall",
    "talk.group.symptom": "Wie ich mich fühle",
    "talk.group.pain": "Schmerzen",
    "talk.group.history": "Meine Krankheiten",
    "talk.group.medicine": "Meine Medikamente",
    "talk.group.question": "Fragen",
    "talk.group.answer": "Antworten",
    "talk.group.instruction": "Anweisungen",
    "talk.group.number": "Zahlen",
    "talk.group.time": "Zeit",
    "talk.group.logistics": "Unterwegs",
    "profile.title": "Mein Gesundheitsprofil",
    "profile.menu": "Mein Gesundheitsprofil",
    "profile.loading": "Ihr Profil wird geöffnet…",
    "profile.failed": "Das Profil konnte nicht geöffnet werden: {reason}",
    "profile.store_new": (
        "Ihr Gesundheitsprofil wird nur im verschlossenen, verschlüsselten Teil dieser App gespeichert. "
        "Bitte legen Sie zuerst ein Kennwort fest."
    ),
    "profile.store_locked": (
        "Ihre Daten sind verschlossen. Bitte entsperren Sie sie zuerst, um Ihr Gesundheitsprofil zu sehen "
        "oder zu ändern."
    ),
    "profile.store_why": (
        "Nichts aus Ihrem Profil wird anderswo gespeichert. Deshalb lässt es sich nur mit Ihrem Kennwort "
        "öffnen."
    ),
    "profile.open_privacy": "„Meine Privatsphäre“ öffnen, um zu entsperren",
    "profile.step.about": "Über mich",
    "profile.step.body": "Mein Körper",
    "profile.step.languages": "Sprachen, die ich spreche",
    "profile.step.conditions": "Meine Krankheiten",
    "profile.step.medicines": "Meine Medikamente",
    "profile.step.allergies": "Meine Allergien",
    "profile.step.devices": "Geräte in oder an meinem Körper",
    "profile.step.vitals": "Meine üblichen Werte",
    "profile.step.hypercapnic": "Ein ärztlicher Befund zu meiner Atmung",
    "profile.step.function": "Gehen, Gedächtnis, Hören und Sehen",
    "profile.step.directives": "Meine Wünsche zur Behandlung",
    "profile.step.contacts": "Wen man im Notfall anrufen soll",
    "profile.step.proxy": "Jemand, der für mich handeln darf",
    "profile.step.insurance": "Versicherung und Europäische Krankenversicherungskarte",
    "profile.step.doctor": "Mein Arzt zu Hause",
    "profile.step.travel": "Meine Reise",
    "profile.about.conditions": (
        "Geben Sie den Namen einer Krankheit ein, auch mit Tippfehlern, und wählen Sie ihn aus der Liste. "
        "Ein Arzt im Ausland liest ihn dann in seiner eigenen Sprache."
    ),
    "profile.about.medicines": (
        "Geben Sie den Namen von der Packung ein und wählen Sie ihn aus der Liste. Ergänzen Sie dann, wie "
        "viel und wann Sie es nehmen."
    ),
    "profile.about.allergies": (
        "Geben Sie ein, wogegen Sie allergisch sind (ein Medikament, ein Lebensmittel oder etwas anderes), "
        "und wählen Sie es aus der Liste."
    ),
    "profile.about.devices": "Zum Beispiel ein Herzschrittmacher, eine Insulinpumpe oder eine neue Hüfte.",
    "profile.about.languages": "Haken Sie jede Sprache an, in der Sie mit einem Arzt sprechen können.",
    "profile.step_of": "Schritt {step} von {total}",
    "profile.all_steps": "Alle Schritte",
    "profile.start_intro": (
        "Füllen Sie die Schritte einzeln aus. Sie können jeden Schritt überspringen und später darauf "
        "zurückkommen. Jeder Schritt wird gespeichert, sobald Sie ihn abschließen."
    ),
    "profile.list_intro": (
        "Wählen Sie einen Schritt zum Ausfüllen oder Ändern. Sie können jeden Schritt überspringen und "
        "später zurückkommen."
    ),
    "profile.see_summary": "Mein ganzes Profil ansehen",
    "profile.status.done": "✓ Erledigt",
    "profile.status.attention": "⚠ Bitte prüfen",
    "profile.status.skipped": "↷ Vorerst übersprungen",
    "profile.status.new": "○ Nicht begonnen",
    "profile.save": "Speichern und weiter",
    "profile.skip": "Vorerst überspringen",
    "profile.back": "Zurück",
    "profile.saved": "Gespeichert: {step}.",
    "profile.skipped": "Vorerst übersprungen: {step}. Sie können jederzeit darauf zurückkommen.",
    "profile.issues_title": "Bitte sehen Sie sich das an, bevor es gespeichert wird:",
    "profile.use_suggestion": "{value} verwenden",
    "profile.keep_as_is": "Es ist richtig so",
    "profile.item_number": "{what} {number}",
    "profile.item.conditions": "Krankheit",
    "profile.item.medicines": "Medikament",
    "profile.item.allergies": "Allergie",
    "profile.item.devices": "Gerät",
    "profile.item.emergency_contacts": "Kontakt",
    "profile.item.destinations": "Aufenthalt",
    "profile.empty.conditions": "Noch keine Krankheiten eingetragen.",
    "profile.empty.medicines": "Noch keine Medikamente eingetragen.",
    "profile.empty.allergies": "Noch keine Allergien eingetragen.",
    "profile.empty.devices": "Noch keine Geräte eingetragen.",
    "profile.empty.emergency_contacts": "Noch niemand eingetragen.",
    "profile.empty.destinations": "Noch keine Orte eingetragen.",
    "profile.add.emergency_contacts": "Eine Person zum Anrufen hinzufügen",
    "profile.add.destinations": "Einen Ort hinzufügen, an dem ich mich aufhalte",
    "profile.remove": "{what} entfernen",
    "profile.pick.conditions": "Krankheit hinzufügen: Namen eingeben",
    "profile.pick.medicines": "Medikament hinzufügen: Namen eingeben",
    "profile.pick.allergies": "Allergie hinzufügen: eingeben, worauf Sie reagieren",
    "profile.pick.devices": "Gerät hinzufügen: Namen eingeben",
    "profile.pick_hint": (
        "Tippfehler sind kein Problem. Nur Namen aus der Liste können hinzugefügt werden; Sie können zu "
        "jedem eine Notiz schreiben."
    ),
    "profile.found": "{count} gefunden. Tippen Sie auf den richtigen Eintrag, um ihn hinzuzufügen.",
    "profile.found_none": (
        "Nichts gefunden. Versuchen Sie eine andere Schreibweise oder fragen Sie Ihren Arzt oder Apotheker "
        "nach dem Namen."
    ),
    "profile.added": "Hinzugefügt: {what}.",
    "profile.term_fallback": "Noch nicht in Ihrer Sprache: auf Englisch mit Code angezeigt.",
    "profile.term_unreviewed": "Noch nicht von einem Muttersprachler geprüft.",
    "profile.yes": "Ja",
    "profile.no": "Nein",
    "profile.not_sure": "Ich weiß es nicht / Ich möchte es nicht sagen",
    "profile.choose": "Bitte wählen…",
    "profile.field.given_name": "Vorname",
    "profile.field.family_name": "Nachname",
    "profile.field.preferred_name": "Wie ich gern genannt werde (freiwillig)",
    "profile.field.date_of_birth": "Geburtsdatum",
    "profile.field.sex": "Geschlecht",
    "profile.field.height_cm": "Größe",
    "profile.field.weight_kg": "Gewicht",
    "profile.field.blood_type": "Blutgruppe",
    "profile.field.languages_spoken": "Sprachen, die ich spreche",
    "profile.field.conditions": "Krankheiten",
    "profile.field.medicines": "Medikamente",
    "profile.field.allergies": "Allergien",
    "profile.field.devices": "Geräte",
    "profile.field.concept_id": "Name",
    "profile.field.onset": "Seit wann (Jahr oder Jahr und Monat)",
    "profile.field.notes": "Notiz (freiwillig)",
    "profile.field.dose": "Dosis",
    "profile.field.amount": "Wie viel jedes Mal",
    "profile.field.unit": "Einheit",
    "profile.field.schedule": "Wann",
    "profile.field.times": "Zu welchen Uhrzeiten",
    "profile.field.as_needed": "Nur bei Bedarf",
    "profile.field.instructions": "Wie es einzunehmen ist (freiwillig)",
    "profile.field.severity": "Wie stark war die Reaktion?",
    "profile.field.reaction": "Was ist passiert (freiwillig)",
    "profile.field.implanted_on": "Datum des Einsetzens (freiwillig)",
    "profile.field.model": "Typ oder Modell (freiwillig)",
    "profile.field.mri_conditional": "Ist damit eine MRT-Untersuchung erlaubt?",
    "profile.field.baseline_vitals": "Meine üblichen Werte",
    "profile.field.heart_rate": "Üblicher Ruhepuls",
    "profile.field.systolic_bp": "Üblicher oberer Blutdruck",
    "profile.field.diastolic_bp": "Üblicher unterer Blutdruck",
    "profile.field.spo2": "Übliche Sauerstoffsättigung",
    "profile.field.resp_rate": "Übliche Atemzüge pro Minute",
    "profile.field.temperature": "Übliche Temperatur",
    "profile.field.blood_glucose": "Üblicher Blutzucker",
    "profile.field.target_spo2_range": "Vom Arzt festgelegter Zielbereich für den Sauerstoff",
    "profile.field.low": "Niedrigster Sauerstoffwert in meinem Zielbereich",
    "profile.field.high": "Höchster Sauerstoffwert in meinem Zielbereich",
    "profile.field.hypercapnic_respiratory_failure_confirmed": (
        "Hat ein Arzt eine hyperkapnische Ateminsuffizienz (zu viel Kohlendioxid im Blut) bestätigt?"
    ),
    "profile.field.hypercapnic_confirmed_by": "Welcher Arzt hat es bestätigt",
    "profile.field.hypercapnic_confirmed_on": "Wann es bestätigt wurde",
    "profile.field.mobility": "Gehen",
    "profile.field.cognition": "Gedächtnis und Denken",
    "profile.field.hearing": "Hören",
    "profile.field.vision": "Sehen",
    "profile.field.advance_directives": "Meine Wünsche zur Behandlung",
    "profile.field.do_not_resuscitate": "Ich möchte nicht wiederbelebt werden",
    "profile.field.organ_donor": "Ich bin Organspender",
    "profile.field.document_location": "Wo das unterschriebene Dokument liegt",
    "profile.field.emergency_contacts": "Wen man im Notfall anrufen soll",
    "profile.field.name": "Name",
    "profile.field.phone": "Telefonnummer",
    "profile.field.relationship": "Wer die Person für mich ist (freiwillig)",
    "profile.field.proxy": "Jemand, der für mich handeln darf",
    "profile.field.scope": "Was die Person für mich tun darf",
    "profile.field.insurance": "Krankenversicherung",
    "profile.field.provider": "Versicherung",
    "profile.field.policy_number": "Versicherungs- oder Mitgliedsnummer",
    "profile.field.country": "Land (zwei Buchstaben)",
    "profile.field.ehic_number": "Nummer der Europäischen Krankenversicherungskarte",
    "profile.field.home_doctor": "Mein Arzt zu Hause",
    "profile.field.address": "Adresse",
    "profile.field.travel_plan": "Meine Reise",
    "profile.field.current_country": "Land, in dem ich gerade bin (zwei Buchstaben)",
    "profile.field.destinations": "Orte, an denen ich mich aufhalte",
    "profile.field.place": "Stadt oder Ort",
    "profile.field.arrive": "Ankunft am",
    "profile.field.leave": "Abreise am (freiwillig)",
    "profile.hint.date": "Nutzen Sie die Datumsauswahl oder tippen Sie das Datum ein.",
    "profile.hint.onset": (
        "Zum Beispiel 2016 oder 2016-03. Lassen Sie das Feld leer, wenn Sie es nicht wissen."
    ),
    "profile.hint.notes": "In Ihren eigenen Worten; ein Arzt liest den Namen darüber.",
    "profile.hint.clinician": "Zum Beispiel: Dr. Albrecht, Lungenklinik.",
    "profile.hint.document_location": "Zum Beispiel: blaue Mappe in meinem Koffer.",
    "profile.hint.phone": "Mit Ländervorwahl, zum Beispiel +49 151 5550147.",
    "profile.hint.country": "Zum Beispiel ES für Spanien, DE für Deutschland.",
    "profile.hint.ehic": "Feld 8 auf der Rückseite der Karte.",
    "profile.hint.times": "Uhrzeiten im 24-Stunden-Format, zum Beispiel 08:00, 20:00.",
    "profile.intro.vitals": (
        "Tragen Sie nur Werte ein, die Sie von Ihrem Arzt oder aus eigenen Messungen kennen, als es Ihnen "
        "gut ging. Lassen Sie den Rest leer."
    ),
    "profile.intro.target": (
        "Wenn ein Arzt Ihnen einen Zielbereich für Ihre Sauerstoffsättigung genannt hat (zum Beispiel 88 "
        "bis 92 %), tragen Sie ihn hier ein."
    ),
    "profile.intro.hypercapnic": (
        "Nur ein Arzt kann das nach einer Blutuntersuchung bestätigen. Es verändert, wie Ihre "
        "Sauerstoffsättigung bewertet wird. Wenn kein Arzt Ihnen das gesagt hat, wählen Sie „Nein“."
    ),
    "profile.intro.proxy": (
        "Eine Person, die mit Ärzten sprechen oder für Sie entscheiden darf, wenn Sie es nicht können. "
        "Lassen Sie das Feld leer, wenn es niemanden gibt."
    ),
    "profile.option.sex.female": "Weiblich",
    "profile.option.sex.male": "Männlich",
    "profile.option.sex.intersex": "Intergeschlechtlich",
    "profile.option.sex.unknown": "Ich möchte es nicht sagen",
    "profile.option.severity.mild": "Leicht (Juckreiz, Ausschlag)",
    "profile.option.severity.moderate": "Mittel",
    "profile.option.severity.severe": "Schwer",
    "profile.option.severity.anaphylaxis": "Lebensbedrohlich (Anaphylaxie)",
    "profile.option.mobility.independent": "Ich gehe ohne Hilfe",
    "profile.option.mobility.walking_aid": "Ich benutze einen Stock oder einen Rollator",
    "profile.option.mobility.wheelchair": "Ich benutze einen Rollstuhl",
    "profile.option.mobility.bedbound": "Ich bin bettlägerig",
    "profile.option.cognition.normal": "Keine Probleme",
    "profile.option.cognition.mild_impairment": "Einige Probleme mit dem Gedächtnis",
    "profile.option.cognition.dementia": "Eine Demenz wurde festgestellt",
    "profile.option.hearing.normal": "Ich höre gut",
    "profile.option.hearing.impaired": "Ich höre schlecht",
    "profile.option.hearing.hearing_aid": "Ich trage ein Hörgerät",
    "profile.option.hearing.cochlear_implant": "Ich habe ein Cochlea-Implantat",
    "profile.option.hearing.deaf": "Ich bin gehörlos",
    "profile.option.vision.normal": "Ich sehe gut",
    "profile.option.vision.glasses": "Ich trage eine Brille",
    "profile.option.vision.impaired": "Ich sehe schlecht",
    "profile.option.vision.blind": "Ich bin blind",
    "profile.option.scope.medical_decisions": "Medizinische Entscheidungen für mich treffen",
    "profile.option.scope.speak_to_doctors": "Mit meinen Ärzten sprechen",
    "profile.option.scope.view_records": "Meine Gesundheitsunterlagen einsehen",
    "profile.option.scope.receive_alerts": "Meine Gesundheitswarnungen erhalten",
    "profile.option.hypercapnic_respiratory_failure_confirmed.true": "Ja, ein Arzt hat es bestätigt",
    "profile.option.hypercapnic_respiratory_failure_confirmed.false": "Nein, oder ich weiß es nicht",
    "profile.option.mri_conditional.true": "Ja, mit Vorsicht",
    "profile.option.mri_conditional.false": "Nein",
    "profile.summary_title": "Mein ganzes Profil",
    "profile.complete": "Ihr Profil enthält alles Nötige.",
    "profile.incomplete": "Bei einigen Schritten fehlt noch etwas. Sie können sie jederzeit abschließen.",
    "profile.not_given": "nicht angegeben",
    "profile.nothing_yet": "Noch nichts ausgefüllt.",
    "profile.change": "Ändern: {step}",
    "profile.emergency_link": "Auswählen, was die Notfallkarte zeigt (Meine Privatsphäre)",
    "model.title": "Frühwarnmodell",
    "model.higher": (
        "Das Warnmodell sieht eine höhere Wahrscheinlichkeit als üblich für eine schwere Infektion "
        "(Sepsis): {percent} % (es warnt ab {threshold} %)."
    ),
    "model.usual": (
        "Das Warnmodell sieht keine erhöhte Wahrscheinlichkeit für eine schwere Infektion (Sepsis): "
        "{percent} % (es warnt ab {threshold} %)."
    ),
    "model.reasons": "Was die Wahrscheinlichkeit am meisten erhöht hat:",
    "model.note": (
        "Ein Forschungsmodell, trainiert mit Daten von Krankenhauspatienten, keine Diagnose. Es kann Sie "
        "nur bitten, früher neu zu messen; was zu tun ist, entscheiden die Werte oben."
    ),
}

ES: Final[dict[str, str]] = {
    "app.title": "Wayfarer Health",
    "nav.home": "Inicio",
    "nav.settings": "Ajustes",
    "nav.help_me": "Ayuda",
    "boot.starting": "Iniciando…",
    "boot.runtime": "Cargando el motor de salud…",
    "boot.python": "Iniciando el motor de salud…",
    "boot.install": "Preparando sus herramientas…",
    "boot.ready": "Listo.",
    "boot.failed": "El motor de salud no ha podido iniciarse: {reason}",
    "boot.retry": "Intentar de nuevo",
    "update.ready": "Hay una versión nueva lista.",
    "update.button": "Actualizar",
    "home.title": "¿Cómo se encuentra?",
    "home.intro": "Wayfarer guarda su información de salud en este teléfono. Nada sale de él sin su permiso.",
    "home.engine_starting": "El motor de salud se está iniciando. Ya puede echar un vistazo.",
    "home.engine_ready": "Todo está listo.",
    "help.title": "Ayuda",
    "help.emergency": "Si está en peligro, llame ahora al número de emergencias.",
    "help.call": "Llamar al {number}",
    "help.number_note": "El 112 funciona en todos los países de la Unión Europea.",
    "help.show_doctor": "Enseñe este teléfono a un médico o a una enfermera.",
    "settings.title": "Ajustes",
    "settings.text_size": "Tamaño del texto",
    "settings.text_normal": "Normal",
    "settings.text_large": "Grande",
    "settings.text_larger": "Muy grande",
    "settings.language": "Idioma",
    "settings.storage": "Almacenamiento",
    "settings.storage_persisted": (
        "Sus datos se guardan de forma segura en este dispositivo: el navegador no los borrará."
    ),
    "settings.storage_best_effort": "El navegador puede borrar los datos guardados si se queda sin espacio.",
    "settings.about": "Acerca de esta aplicación",
    "settings.version": "Versión",
    "settings.check": "Comprobar el motor de salud",
    "settings.check_ok": "El motor de salud funciona ({ms} ms).",
    "settings.check_failed": "El motor de salud tiene un problema: {reason}",
    "error.title": "Algo ha salido mal",
    "error.unknown_screen": "Esta página no existe. Vuelva al inicio.",
    "home.offline_ready": "Wayfarer ya funciona también sin internet.",
    "check.title": "Revisar mis constantes",
    "check.menu": "Revisar mis constantes",
    "check.step_of": "Paso {step} de {total}",
    "check.ask.resp_rate": "¿Cuántas respiraciones en un minuto?",
    "check.hint.resp_rate": "Cuente las respiraciones durante un minuto entero. Déjelo vacío si no lo sabe.",
    "check.ask.spo2": "Nivel de oxígeno (SpO2), en %",
    "check.hint.spo2": "Del pulsioxímetro del dedo. Déjelo vacío si no lo sabe.",
    "check.ask.heart_rate": "Pulso, latidos por minuto",
    "check.hint.heart_rate": "Del pulsioxímetro, del reloj o contado durante un minuto.",
    "check.ask.systolic_bp": "Tensión máxima (mmHg)",
    "check.hint.systolic_bp": "El primer número, el más grande, del tensiómetro.",
    "check.ask.temperature": "Temperatura (°C)",
    "check.hint.temperature": "Por ejemplo 37,2",
    "check.ask.consciousness": "¿Cómo está la mente de la persona?",
    "check.option.consciousness.A": "Despierta y piensa con claridad",
    "check.option.consciousness.C": "Confusa o desorientada desde hace poco",
    "check.option.consciousness.V": "Solo reacciona cuando se le habla",
    "check.option.consciousness.P": "Solo reacciona al dolor",
    "check.option.consciousness.U": "No reacciona en absoluto",
    "check.ask.on_oxygen": "¿Respira oxígeno adicional ahora?",
    "check.option.on_oxygen.false": "No, aire normal",
    "check.option.on_oxygen.true": "Sí, oxígeno adicional",
    "check.not_a_number": "Escriba un número, por ejemplo 18.",
    "check.next": "Siguiente",
    "check.skip": "No lo sé",
    "check.back": "Atrás",
    "check.see_result": "Ver el resultado",
    "check.working": "Comprobando…",
    "check.failed": "No se ha podido comprobar: {reason}",
    "check.start_again": "Empezar de nuevo",
    "check.why": "Por qué",
    "check.score_complete": "Puntuación de alerta temprana (NEWS2): {total}, todas las constantes medidas.",
    "check.score_partial": (
        "Puntuación de alerta temprana (NEWS2): {total} por ahora. Faltan {missing} constantes por medir, "
        "así que no está completa."
    ),
    "check.level.none": "Todo bien",
    "check.level.watch": "Vigílelo",
    "check.level.see_doctor_today": "Vaya al médico hoy",
    "check.level.urgent": "Busque ayuda médica ahora",
    "check.level.emergency": "Emergencia",
    "sensors.title": "Mis dispositivos",
    "sensors.menu": "Mis dispositivos",
    "sensors.intro": (
        "Sus propios sensores Bluetooth envían sus mediciones directamente a este teléfono, nunca a la nube "
        "del fabricante."
    ),
    "sensors.your_devices": "Sus sensores",
    "sensors.missing": (
        "Este navegador no puede comunicarse con sensores Bluetooth (por ejemplo en un iPhone, un iPad o en "
        "Firefox). Puede escribir sus mediciones a mano."
    ),
    "sensors.off": (
        "Parece que el Bluetooth está apagado en este teléfono. Enciéndalo y pulse «Conectar un dispositivo»."
    ),
    "sensors.type_instead": "Escribir mis mediciones",
    "sensors.connect": "Conectar un dispositivo",
    "sensors.connect_cancelled": (
        "No se ha elegido ningún dispositivo. Pulse «Conectar un dispositivo» para intentarlo de nuevo."
    ),
    "sensors.connect_failed": "No se ha podido conectar el dispositivo: {reason}",
    "sensors.no_devices": "No hay ningún dispositivo conectado.",
    "sensors.unnamed": "Sensor",
    "sensors.state.connecting": "{name}: conectando…",
    "sensors.state.connected": "{name}: conectado",
    "sensors.state.reconnecting": (
        "{name}: se ha perdido la conexión. Se volverá a intentar en {seconds} segundos (intento {attempt} "
        "de {of})."
    ),
    "sensors.state.reconnecting_now": "{name}: se ha perdido la conexión. Se vuelve a intentar ahora.",
    "sensors.state.lost": (
        "{name}: no se ha podido volver a conectar. Acérquelo al teléfono y pulse «Intentar de nuevo»."
    ),
    "sensors.state.closed": "{name}: no conectado",
    "sensors.try_again": "Intentar de nuevo",
    "sensors.disconnect": "Desconectar {name}",
    "sensors.readings": "Últimas mediciones",
    "sensors.no_readings": "Todavía no hay mediciones.",
    "sensors.measured_at": "Medido a las {time}",
    "sensors.param.heart_rate": "Frecuencia cardiaca",
    "sensors.param.pulse_rate": "Pulso",
    "sensors.param.spo2": "Nivel de oxígeno (SpO2)",
    "sensors.param.blood_pressure": "Tensión arterial",
    "sensors.param.temperature": "Temperatura",
    "sensors.param.blood_glucose": "Azúcar en sangre",
    "sensors.param.perfusion_index": "Fuerza del pulso en el dedo",
    "sensors.param.hrv_rmssd": "Variabilidad de la frecuencia cardiaca",
    "sensors.unit.heart_rate": "latidos por minuto",
    "sensors.unit.pulse_rate": "latidos por minuto",
    "sensors.unit.spo2": "%",
    "sensors.unit.blood_pressure": "mmHg",
    "sensors.unit.temperature": "°C",
    "sensors.unit.blood_glucose": "mmol/L",
    "sensors.unit.perfusion_index": "%",
    "sensors.unit.hrv_rmssd": "ms",
    "sensors.implausible": "Este valor parece erróneo y no se usa: {message}",
    "sensors.device_says": "El dispositivo indica: {notes}",
    "sensors.saved": "{count} mediciones guardadas en este teléfono.",
    "sensors.not_saved": (
        "Estas {count} mediciones se muestran pero no se guardan: el almacén seguro todavía no está "
        "configurado en este teléfono."
    ),
    "sensors.problems": (
        "Mensajes de un dispositivo que no se han podido leer: {count}. Se han omitido; todo lo demás se ha "
        "usado."
    ),
    "sensors.problem_details": "Ver los detalles",
    "sensors.batch_failed": "Algunas mediciones no se han podido recoger: {reason}",
    "sensors.dropped": (
        "Un dispositivo envió más de lo que el teléfono podía recibir: se omitieron {count} mediciones "
        "(primero las más antiguas)."
    ),
    "sensors.clock_moved": (
        "El reloj del teléfono cambió durante la sesión. Las mediciones mantienen su orden correcto."
    ),
    "sensors.risk": "Qué significa",
    "sensors.risk_waiting": "El resultado aparecerá aquí cuando lleguen las primeras mediciones.",
    "sensors.risk_missing": (
        "Los sensores no pueden medir la frecuencia respiratoria ni lo despierto que está usted. Añada esos "
        "datos para una revisión completa."
    ),
    "sensors.add_manual": "Añadir lo que los sensores no pueden medir",
    "sensors.demo": "Probar la demostración",
    "sensors.demo_intro": (
        "Vea cómo funciona con mediciones grabadas de dispositivos de ejemplo. No son sus mediciones."
    ),
    "sensors.demo_choose": "¿Qué grabación?",
    "sensors.demo.calm_day": "Un día tranquilo",
    "sensors.demo.night_of_deterioration": "Una noche en la que todo empeora",
    "sensors.demo.flaky_connection": "Una conexión inestable",
    "sensors.demo_speed": "¿A qué velocidad?",
    "sensors.speed.600": "Rápido: una hora en 6 segundos",
    "sensors.speed.3600": "Muy rápido: una hora en 1 segundo",
    "sensors.demo_start": "Iniciar la demostración",
    "sensors.demo_stop": "Detener la demostración",
    "sensors.demo_playing": "Reproduciendo «{name}»: {percent} % hecho.",
    "sensors.demo_done": "La demostración «{name}» ha terminado.",
    "sensors.demo_missing": "Faltan las grabaciones de la demostración ({reason}).",
    "sensors.demo_device.hr": "Banda de pecho de demostración",
    "sensors.demo_device.plx": "Pulsioxímetro de dedo de demostración",
    "sensors.demo_device.bp": "Tensiómetro de brazo de demostración",
    "sensors.demo_device.thermo": "Termómetro de demostración",
    "privacy.title": "Mi privacidad",
    "privacy.menu": "Mi privacidad y mis datos",
    "privacy.back": "Atrás",
    "privacy.setup_title": "Proteja su información de salud",
    "privacy.setup_intro": (
        "Elija una frase de contraseña. Con ella se bloquea su información de salud en este teléfono."
    ),
    "privacy.passphrase_new": "Nueva frase de contraseña",
    "privacy.passphrase_again": "La misma frase de contraseña otra vez",
    "privacy.passphrase_hint": (
        "Al menos 8 caracteres. Una frase corta es fácil de recordar y difícil de adivinar."
    ),
    "privacy.passphrase_mismatch": "Las dos frases de contraseña no son iguales. Escríbalas de nuevo.",
    "privacy.setup_button": "Bloquear mi información de salud",
    "privacy.recovery_title": "Su código de recuperación",
    "privacy.recovery_intro": (
        "Si olvida su frase de contraseña, este código abre su información de salud. Anótelo ahora y "
        "guárdelo en un lugar seguro."
    ),
    "privacy.recovery_once": "Solo se muestra esta vez. Nadie más tiene una copia.",
    "privacy.written_down": "Lo he anotado",
    "privacy.write_it_first": "Anote primero el código y después marque la casilla.",
    "privacy.continue": "Continuar",
    "privacy.setup_done": "Su información de salud ya está bloqueada con su frase de contraseña.",
    "privacy.locked_title": "Su información de salud está bloqueada",
    "privacy.locked_intro": "Escriba su frase de contraseña para abrirla.",
    "privacy.passphrase": "Frase de contraseña",
    "privacy.unlock": "Desbloquear",
    "privacy.unlock_passkey": "Desbloquear con mi llave de acceso",
    "privacy.use_recovery": "He olvidado mi frase de contraseña",
    "privacy.use_passphrase": "Usar mi frase de contraseña",
    "privacy.recovery_label": "Código de recuperación",
    "privacy.wait": "Espere {seconds} segundos antes del siguiente intento.",
    "privacy.unlocked": "Desbloqueado.",
    "privacy.unlocked_title": "Su información de salud está abierta",
    "privacy.lock": "Bloquear ahora",
    "privacy.locked": "Bloqueado. Necesitará su frase de contraseña para volver a abrirla.",
    "privacy.consent_open": "Quién puede ver mis datos",
    "privacy.consent_title": "Quién puede ver mis datos",
    "privacy.consent_none": "Nadie más puede ver su información de salud.",
    "privacy.consent_item": "{who} puede ver {what} hasta el {until}.",
    "privacy.consent_revoke": "Dejar de compartir con {who}",
    "privacy.consent_revoked": "Hecho. Ya no pueden verlo.",
    "privacy.log_open": "Registro de actividad",
    "privacy.log_title": "Registro de actividad",
    "privacy.log_intro": (
        "Cada vez que su información se guardó, se abrió, se compartió o se borró. Lo más reciente primero."
    ),
    "privacy.log_verify": "Comprobar el registro",
    "privacy.log_ok": "El registro está intacto. {reason}",
    "privacy.log_bad": "El registro ha sido modificado: {reason}",
    "privacy.log_damaged": (
        "Un registro de actividad anterior fue modificado y se conserva tal cual: {reason}"
    ),
    "privacy.log_export": "Descargar el registro",
    "privacy.emergency_open": "Información de emergencia",
    "privacy.emergency_title": "Información de emergencia",
    "privacy.emergency_intro": (
        "Quien le ayude puede ver estos datos sin su frase de contraseña. Cada vez queda anotada en el "
        "registro de actividad."
    ),
    "privacy.emergency_show": "Mostrar la información de emergencia",
    "privacy.emergency_empty": "No hay nada guardado",
    "privacy.emergency_choose": "Qué mostrar sin la frase de contraseña",
    "privacy.save": "Guardar",
    "privacy.saved": "Guardado.",
    "privacy.passkey_open": "Añadir una llave de acceso",
    "privacy.passkey_title": "Desbloquear con una llave de acceso",
    "privacy.passkey_intro": (
        "Una llave de acceso le permite desbloquear con su huella, su cara o el bloqueo de pantalla. "
        "Escriba una vez su frase de contraseña para añadirla."
    ),
    "privacy.passkey_unavailable": "Este navegador no puede usar una llave de acceso para esto.",
    "privacy.passphrase_confirm": "Su frase de contraseña",
    "privacy.passkey_add": "Añadir una llave de acceso",
    "privacy.passkey_added": "Llave de acceso añadida. Ya puede desbloquear con ella.",
    "privacy.export_open": "Descargar todos mis datos",
    "privacy.export_title": "Descargar todos mis datos",
    "privacy.export_intro": (
        "Un archivo con toda su información de salud, los permisos y el registro de actividad. Guárdelo en "
        "un lugar seguro: no está bloqueado."
    ),
    "privacy.export_button": "Descargar",
    "privacy.export_done": "Su archivo está listo.",
    "privacy.download_ready": "Guardar el archivo",
    "privacy.delete_open": "Borrar todos mis datos",
    "privacy.delete_title": "Borrar todos mis datos",
    "privacy.delete_intro": (
        "Esto borra de este teléfono toda su información de salud, los permisos, el registro de actividad y "
        "las claves. No se puede deshacer."
    ),
    "privacy.delete_first": "Quiero borrarlo todo",
    "privacy.delete_confirm_title": "¿Está seguro?",
    "privacy.delete_confirm_intro": (
        "Todo desaparecerá para siempre. Si quiere una copia, descargue antes sus datos."
    ),
    "privacy.delete_confirm": "Sí, borrarlo todo ahora",
    "privacy.deleted": "Se ha borrado todo de este teléfono.",
    "privacy.record_open": "Cómo se tratan mis datos",
    "privacy.record_title": "Cómo se tratan sus datos",
    "privacy.category_allergies": "Alergias",
    "privacy.category_conditions": "Enfermedades",
    "privacy.category_medicines": "Medicamentos",
    "privacy.category_devices": "Dispositivos médicos",
    "privacy.category_contacts": "Contactos de emergencia",
    "privacy.category_vitals": "Constantes vitales",
    "privacy.category_location": "Lugares",
    "privacy.category_documents": "Documentos",
    "talk.title": "Hablar con el médico",
    "talk.menu": "Hablar con el médico",
    "talk.doctor_language": "¿Qué idioma habla el médico?",
    "talk.my_language": "¿Qué idioma habla usted?",
    "talk.what_to_say": "¿Qué quiere decir?",
    "talk.languages_line": "Usted: {mine}. Médico: {doctor}.",
    "talk.type_label": "Escríbalo en {language}",
    "talk.find": "Buscar la frase",
    "talk.or_pick": "O elija un tema:",
    "talk.where_hurts": "Mostrar dónde duele",
    "talk.pain_scale": "¿Cuánto le duele? (de 0 a 10)",
    "talk.change_doctor_language": "Cambiar el idioma del médico",
    "talk.change_my_language": "Cambiar mi idioma",
    "talk.searching": "Buscando la frase…",
    "talk.results": "¿Es esto lo que quiere decir?",
    "talk.choose_confident": "Toque la frase que quiere decir.",
    "talk.choose_not_sure": (
        "No estamos seguros de lo que quiere decir. Toque la frase más parecida o pruebe con otras palabras."
    ),
    "talk.best": "La más parecida",
    "talk.nothing_found": "No se ha encontrado ninguna frase. Pruebe con otras palabras o elija un tema.",
    "talk.truncated": "Su texto era muy largo: solo se ha leído el principio.",
    "talk.try_again": "Probar con otras palabras",
    "talk.back": "Atrás",
    "talk.error": "Algo ha salido mal: {reason}",
    "talk.show_doctor": "Enseñe esto al médico",
    "talk.reviewed": "Revisado por un hablante nativo.",
    "talk.not_reviewed": "Todavía no revisado por un hablante nativo.",
    "talk.gap": "Esto no está disponible en el idioma del médico; se muestra en inglés.",
    "talk.speak": "Leer en voz alta",
    "talk.no_local_voice": (
        "Este teléfono no tiene una voz en {language} que funcione sin internet, así que no se lee en voz "
        "alta (una voz en línea enviaría sus palabras a una empresa)."
    ),
    "talk.doctor_answers": "El médico responde:",
    "talk.yes": "Sí",
    "talk.no": "No",
    "talk.answer_number": "Un número",
    "talk.answer_phrase": "Una frase",
    "talk.number_label": "Médico: escriba el número",
    "talk.show_number": "Mostrar el número",
    "talk.number_invalid": "Escriba un número, por ejemplo 2 o 37,5.",
    "talk.doctor_said": "El médico dice",
    "talk.for_doctor": "Para el médico: elija su respuesta",
    "talk.no_doctor_phrases": "Todavía no hay respuestas para el médico.",
    "talk.back_to_phrase": "Volver a mi frase",
    "talk.say_something_else": "Decir otra cosa",
    "talk.show_back": "Mostrar el cuerpo por detrás",
    "talk.show_front": "Mostrar el cuerpo por delante",
    "talk.body_front": "El cuerpo visto de frente",
    "talk.body_back": "El cuerpo visto de espaldas",
    "talk.body_hint": "Toque donde le duele, en el dibujo o en la lista.",
    "talk.pain_hint": "Toque un número.",
    "talk.pain_none": "sin dolor",
    "talk.pain_worst": "el peor dolor que pueda imaginar",
    "talk.pain_value": "Dolor {value} de 10",
    "talk.group.emergency": "Emergencia",
    "talk.group.symptom": "Cómo me siento",
    "talk.group.pain": "Dolor",
    "talk.group.history": "Mis enfermedades",
    "talk.group.medicine": "Mis medicamentos",
    "talk.group.question": "Preguntas",
    "talk.group.answer": "Respuestas",
    "talk.group.instruction": "Indicaciones",
    "talk.group.number": "Números",
    "talk.group.time": "Tiempo",
    "talk.group.logistics": "Desplazamientos",
    "profile.title": "Mi perfil de salud",
    "profile.menu": "Mi perfil de salud",
    "profile.loading": "Abriendo su perfil…",
    "profile.failed": "No se ha podido abrir el perfil: {reason}",
    "profile.store_new": (
        "Su perfil de salud se guarda solo en la parte bloqueada y cifrada de esta aplicación. Primero cree "
        "una frase de contraseña."
    ),
    "profile.store_locked": (
        "Sus datos están bloqueados. Desbloquéelos primero para ver o cambiar su perfil de salud."
    ),
    "profile.store_why": (
        "Nada de su perfil se guarda en otro sitio, así que solo se puede abrir con su frase de contraseña."
    ),
    "profile.open_privacy": "Abrir «Mi privacidad» para desbloquear",
    "profile.step.about": "Sobre mí",
    "profile.step.body": "Mi cuerpo",
    "profile.step.languages": "Idiomas que hablo",
    "profile.step.conditions": "Mis enfermedades",
    "profile.step.medicines": "Mis medicamentos",
    "profile.step.allergies": "Mis alergias",
    "profile.step.devices": "Dispositivos en mi cuerpo",
    "profile.step.vitals": "Mis valores habituales",
    "profile.step.hypercapnic": "Un diagnóstico médico sobre mi respiración",
    "profile.step.function": "Caminar, memoria, oído y vista",
    "profile.step.directives": "Mis deseos sobre el tratamiento",
    "profile.step.contacts": "A quién llamar en una emergencia",
    "profile.step.proxy": "Alguien que puede actuar por mí",
    "profile.step.insurance": "Seguro y tarjeta sanitaria europea",
    "profile.step.doctor": "Mi médico en casa",
    "profile.step.travel": "Mi viaje",
    "profile.about.conditions": (
        "Escriba el nombre de una enfermedad, aunque tenga faltas de ortografía, y elíjalo en la lista. Un "
        "médico en el extranjero lo leerá en su propio idioma."
    ),
    "profile.about.medicines": (
        "Escriba el nombre que aparece en la caja y elíjalo en la lista. Después añada cuánto toma y cuándo."
    ),
    "profile.about.allergies": (
        "Escriba a qué tiene alergia (un medicamento, un alimento u otra cosa) y elíjalo en la lista."
    ),
    "profile.about.devices": "Por ejemplo un marcapasos, una bomba de insulina o una prótesis de cadera.",
    "profile.about.languages": "Marque cada idioma en el que puede hablar con un médico.",
    "profile.step_of": "Paso {step} de {total}",
    "profile.all_steps": "Todos los pasos",
    "profile.start_intro": (
        "Rellene los pasos uno a uno. Puede saltarse cualquier paso y volver a él más tarde. Cada paso se "
        "guarda en cuanto lo termina."
    ),
    "profile.list_intro": (
        "Elija un paso para rellenarlo o cambiarlo. Puede saltarse cualquier paso y volver más tarde."
    ),
    "profile.see_summary": "Ver todo mi perfil",
    "profile.status.done": "✓ Hecho",
    "profile.status.attention": "⚠ Revíselo",
    "profile.status.skipped": "↷ Saltado por ahora",
    "profile.status.new": "○ Sin empezar",
    "profile.save": "Guardar y continuar",
    "profile.skip": "Saltar por ahora",
    "profile.back": "Atrás",
    "profile.saved": "Guardado: {step}.",
    "profile.skipped": "Saltado por ahora: {step}. Puede volver a él en cualquier momento.",
    "profile.issues_title": "Revise esto antes de guardarlo:",
    "profile.use_suggestion": "Usar {value}",
    "profile.keep_as_is": "Está bien así",
    "profile.item_number": "{what} {number}",
    "profile.item.conditions": "Enfermedad",
    "profile.item.medicines": "Medicamento",
    "profile.item.allergies": "Alergia",
    "profile.item.devices": "Dispositivo",
    "profile.item.emergency_contacts": "Contacto",
    "profile.item.destinations": "Parada",
    "profile.empty.conditions": "Todavía no hay enfermedades añadidas.",
    "profile.empty.medicines": "Todavía no hay medicamentos añadidos.",
    "profile.empty.allergies": "Todavía no hay alergias añadidas.",
    "profile.empty.devices": "Todavía no hay dispositivos añadidos.",
    "profile.empty.emergency_contacts": "Todavía no hay nadie añadido.",
    "profile.empty.destinations": "Todavía no hay lugares añadidos.",
    "profile.add.emergency_contacts": "Añadir una persona a quien llamar",
    "profile.add.destinations": "Añadir un lugar donde me alojaré",
    "profile.remove": "Quitar {what}",
    "profile.pick.conditions": "Añadir una enfermedad: escriba su nombre",
    "profile.pick.medicines": "Añadir un medicamento: escriba su nombre",
    "profile.pick.allergies": "Añadir una alergia: escriba a qué reacciona",
    "profile.pick.devices": "Añadir un dispositivo: escriba su nombre",
    "profile.pick_hint": (
        "No importan las faltas de ortografía. Solo se pueden añadir nombres de la lista; puede escribir "
        "una nota junto a cada uno."
    ),
    "profile.found": "{count} encontrados. Toque el correcto para añadirlo.",
    "profile.found_none": (
        "No se ha encontrado nada. Pruebe a escribirlo de otra forma o pregunte el nombre a su médico o "
        "farmacéutico."
    ),
    "profile.added": "Añadido: {what}.",
    "profile.term_fallback": "Todavía no está en su idioma: se muestra en inglés con su código.",
    "profile.term_unreviewed": "Todavía no revisado por un hablante nativo.",
    "profile.yes": "Sí",
    "profile.no": "No",
    "profile.not_sure": "No lo sé / Prefiero no decirlo",
    "profile.choose": "Elija…",
    "profile.field.given_name": "Nombre",
    "profile.field.family_name": "Apellidos",
    "profile.field.preferred_name": "Cómo me gusta que me llamen (opcional)",
    "profile.field.date_of_birth": "Fecha de nacimiento",
    "profile.field.sex": "Sexo",
    "profile.field.height_cm": "Estatura",
    "profile.field.weight_kg": "Peso",
    "profile.field.blood_type": "Grupo sanguíneo",
    "profile.field.languages_spoken": "Idiomas que hablo",
    "profile.field.conditions": "Enfermedades",
    "profile.field.medicines": "Medicamentos",
    "profile.field.allergies": "Alergias",
    "profile.field.devices": "Dispositivos",
    "profile.field.concept_id": "Nombre",
    "profile.field.onset": "Desde cuándo (año, o año y mes)",
    "profile.field.notes": "Nota (opcional)",
    "profile.field.dose": "Dosis",
    "profile.field.amount": "Cuánto cada vez",
    "profile.field.unit": "Unidad",
    "profile.field.schedule": "Cuándo",
    "profile.field.times": "A qué horas",
    "profile.field.as_needed": "Solo cuando lo necesito",
    "profile.field.instructions": "Cómo tomarlo (opcional)",
    "profile.field.severity": "¿Qué gravedad tuvo la reacción?",
    "profile.field.reaction": "Qué pasó (opcional)",
    "profile.field.implanted_on": "Fecha en que se lo pusieron (opcional)",
    "profile.field.model": "Tipo o modelo (opcional)",
    "profile.field.mri_conditional": "¿Se puede hacer una resonancia magnética con él?",
    "profile.field.baseline_vitals": "Mis valores habituales",
    "profile.field.heart_rate": "Pulso habitual en reposo",
    "profile.field.systolic_bp": "Tensión máxima habitual",
    "profile.field.diastolic_bp": "Tensión mínima habitual",
    "profile.field.spo2": "Nivel de oxígeno habitual",
    "profile.field.resp_rate": "Respiraciones por minuto habituales",
    "profile.field.temperature": "Temperatura habitual",
    "profile.field.blood_glucose": "Azúcar en sangre habitual",
    "profile.field.target_spo2_range": "Rango objetivo de oxígeno fijado por un médico",
    "profile.field.low": "Nivel de oxígeno más bajo de mi rango objetivo",
    "profile.field.high": "Nivel de oxígeno más alto de mi rango objetivo",
    "profile.field.hypercapnic_respiratory_failure_confirmed": (
        "¿Le ha confirmado un médico una insuficiencia respiratoria hipercápnica (demasiado dióxido de "
        "carbono en la sangre)?"
    ),
    "profile.field.hypercapnic_confirmed_by": "Qué médico lo confirmó",
    "profile.field.hypercapnic_confirmed_on": "Cuándo se confirmó",
    "profile.field.mobility": "Caminar",
    "profile.field.cognition": "Memoria y razonamiento",
    "profile.field.hearing": "Oído",
    "profile.field.vision": "Vista",
    "profile.field.advance_directives": "Mis deseos sobre el tratamiento",
    "profile.field.do_not_resuscitate": "No quiero que me reanimen",
    "profile.field.organ_donor": "Soy donante de órganos",
    "profile.field.document_location": "Dónde está el documento firmado",
    "profile.field.emergency_contacts": "A quién llamar en una emergencia",
    "profile.field.name": "Nombre",
    "profile.field.phone": "Número de teléfono",
    "profile.field.relationship": "Qué relación tiene conmigo (opcional)",
    "profile.field.proxy": "Alguien que puede actuar por mí",
    "profile.field.scope": "Qué puede hacer por mí",
    "profile.field.insurance": "Seguro médico",
    "profile.field.provider": "Compañía de seguros",
    "profile.field.policy_number": "Número de póliza o de socio",
    "profile.field.country": "País (dos letras)",
    "profile.field.ehic_number": "Número de la tarjeta sanitaria europea",
    "profile.field.home_doctor": "Mi médico en casa",
    "profile.field.address": "Dirección",
    "profile.field.travel_plan": "Mi viaje",
    "profile.field.current_country": "País en el que estoy ahora (dos letras)",
    "profile.field.destinations": "Lugares donde me alojaré",
    "profile.field.place": "Ciudad o lugar",
    "profile.field.arrive": "Llegada el",
    "profile.field.leave": "Salida el (opcional)",
    "profile.hint.date": "Use el selector de fecha o escriba la fecha.",
    "profile.hint.onset": "Por ejemplo 2016 o 2016-03. Déjelo vacío si no lo sabe.",
    "profile.hint.notes": "Con sus propias palabras; el médico lee el nombre de arriba.",
    "profile.hint.clinician": "Por ejemplo: Dr. Albrecht, clínica de neumología.",
    "profile.hint.document_location": "Por ejemplo: carpeta azul en mi maleta.",
    "profile.hint.phone": "Con el prefijo del país, por ejemplo +49 151 5550147.",
    "profile.hint.country": "Por ejemplo ES para España, DE para Alemania.",
    "profile.hint.ehic": "Casilla 8 en el reverso de la tarjeta.",
    "profile.hint.times": "Horas del día, en formato de 24 horas, por ejemplo 08:00, 20:00.",
    "profile.intro.vitals": (
        "Rellene solo los valores que conozca por su médico o por sus propias mediciones cuando se "
        "encuentra bien. Deje el resto vacío."
    ),
    "profile.intro.target": (
        "Si un médico le dio un rango objetivo para su nivel de oxígeno (por ejemplo de 88 a 92 %), "
        "escríbalo aquí."
    ),
    "profile.intro.hypercapnic": (
        "Solo un médico puede confirmarlo, tras un análisis de sangre. Cambia cómo se valora su nivel de "
        "oxígeno. Si ningún médico se lo ha dicho, elija «No»."
    ),
    "profile.intro.proxy": (
        "Una persona que puede hablar con los médicos o decidir por usted si usted no puede. Déjelo vacío "
        "si no hay nadie."
    ),
    "profile.option.sex.female": "Mujer",
    "profile.option.sex.male": "Hombre",
    "profile.option.sex.intersex": "Intersexual",
    "profile.option.sex.unknown": "Prefiero no decirlo",
    "profile.option.severity.mild": "Leve (picor, sarpullido)",
    "profile.option.severity.moderate": "Moderada",
    "profile.option.severity.severe": "Grave",
    "profile.option.severity.anaphylaxis": "Con peligro para la vida (anafilaxia)",
    "profile.option.mobility.independent": "Camino sin ayuda",
    "profile.option.mobility.walking_aid": "Uso un bastón o un andador",
    "profile.option.mobility.wheelchair": "Uso una silla de ruedas",
    "profile.option.mobility.bedbound": "Estoy en cama",
    "profile.option.cognition.normal": "Sin problemas",
    "profile.option.cognition.mild_impairment": "Algunos problemas de memoria",
    "profile.option.cognition.dementia": "Me han diagnosticado demencia",
    "profile.option.hearing.normal": "Oigo bien",
    "profile.option.hearing.impaired": "Oigo mal",
    "profile.option.hearing.hearing_aid": "Uso audífono",
    "profile.option.hearing.cochlear_implant": "Tengo un implante coclear",
    "profile.option.hearing.deaf": "Soy sordo o sorda",
    "profile.option.vision.normal": "Veo bien",
    "profile.option.vision.glasses": "Llevo gafas",
    "profile.option.vision.impaired": "Veo mal",
    "profile.option.vision.blind": "Soy ciego o ciega",
    "profile.option.scope.medical_decisions": "Tomar decisiones médicas por mí",
    "profile.option.scope.speak_to_doctors": "Hablar con mis médicos",
    "profile.option.scope.view_records": "Ver mis informes de salud",
    "profile.option.scope.receive_alerts": "Recibir mis avisos de salud",
    "profile.option.hypercapnic_respiratory_failure_confirmed.true": "Sí, un médico lo confirmó",
    "profile.option.hypercapnic_respiratory_failure_confirmed.false": "No, o no lo sé",
    "profile.option.mri_conditional.true": "Sí, con precauciones",
    "profile.option.mri_conditional.false": "No",
    "profile.summary_title": "Todo mi perfil",
    "profile.complete": "Su perfil tiene todo lo necesario.",
    "profile.incomplete": "A algunos pasos todavía les falta algo. Puede terminarlos en cualquier momento.",
    "profile.not_given": "no indicado",
    "profile.nothing_yet": "Todavía no hay nada rellenado.",
    "profile.change": "Cambiar: {step}",
    "profile.emergency_link": "Elegir qué muestra la tarjeta de emergencia (Mi privacidad)",
    "model.title": "Modelo de alerta temprana",
    "model.higher": (
        "El modelo de alerta ve una probabilidad de infección grave (sepsis) más alta de lo habitual: "
        "{percent} % (avisa a partir del {threshold} %)."
    ),
    "model.usual": (
        "El modelo de alerta no ve una probabilidad más alta de infección grave (sepsis): {percent} % "
        "(avisa a partir del {threshold} %)."
    ),
    "model.reasons": "Lo que más ha aumentado la probabilidad:",
    "model.note": (
        "Un modelo de investigación entrenado con pacientes de hospital, no un diagnóstico. Solo puede "
        "pedirle que vuelva a medir antes; lo que hay que hacer lo deciden las constantes de arriba."
    ),
}

FR: Final[dict[str, str]] = {
    "app.title": "Wayfarer Health",
    "nav.home": "Accueil",
    "nav.settings": "Réglages",
    "nav.help_me": "Aidez-moi",
    "boot.starting": "Démarrage…",
    "boot.runtime": "Chargement du moteur de santé…",
    "boot.python": "Démarrage du moteur de santé…",
    "boot.install": "Préparation de vos outils…",
    "boot.ready": "Prêt.",
    "boot.failed": "Le moteur de santé n’a pas pu démarrer : {reason}",
    "boot.retry": "Réessayer",
    "update.ready": "Une nouvelle version est prête.",
    "update.button": "Mettre à jour",
    "home.title": "Comment vous sentez-vous ?",
    "home.intro": (
        "Wayfarer garde vos informations de santé sur ce téléphone. Rien n’en sort sans votre accord."
    ),
    "home.engine_starting": "Le moteur de santé démarre. Vous pouvez déjà regarder.",
    "home.engine_ready": "Tout est prêt.",
    "help.title": "Aidez-moi",
    "help.emergency": "Si vous êtes en danger, appelez tout de suite le numéro d’urgence.",
    "help.call": "Appeler le {number}",
    "help.number_note": "Le 112 fonctionne dans tous les pays de l’Union européenne.",
    "help.show_doctor": "Montrez ce téléphone à un médecin ou à une infirmière.",
    "settings.title": "Réglages",
    "settings.text_size": "Taille du texte",
    "settings.text_normal": "Normale",
    "settings.text_large": "Grande",
    "settings.text_larger": "Très grande",
    "settings.language": "Langue",
    "settings.storage": "Stockage",
    "settings.storage_persisted": (
        "Vos données sont gardées en sécurité sur cet appareil : le navigateur ne les effacera pas."
    ),
    "settings.storage_best_effort": (
        "Le navigateur peut effacer les données enregistrées s’il manque de place."
    ),
    "settings.about": "À propos de cette application",
    "settings.version": "Version",
    "settings.check": "Vérifier le moteur de santé",
    "settings.check_ok": "Le moteur de santé fonctionne ({ms} ms).",
    "settings.check_failed": "Le moteur de santé a un problème : {reason}",
    "error.title": "Un problème est survenu",
    "error.unknown_screen": "Cette page n’existe pas. Revenez à l’accueil.",
    "home.offline_ready": "Wayfarer fonctionne maintenant aussi sans internet.",
    "check.title": "Vérifier mes constantes",
    "check.menu": "Vérifier mes constantes",
    "check.step_of": "Étape {step} sur {total}",
    "check.ask.resp_rate": "Combien de respirations en une minute ?",
    "check.hint.resp_rate": (
        "Comptez les respirations pendant une minute entière. Laissez vide si vous ne savez pas."
    ),
    "check.ask.spo2": "Taux d’oxygène (SpO2), en %",
    "check.hint.spo2": "Lu sur l’oxymètre au doigt. Laissez vide si vous ne savez pas.",
    "check.ask.heart_rate": "Pouls, battements par minute",
    "check.hint.heart_rate": "Lu sur l’oxymètre ou la montre, ou compté pendant une minute.",
    "check.ask.systolic_bp": "Tension du haut (mmHg)",
    "check.hint.systolic_bp": "Le premier chiffre, le plus grand, sur le tensiomètre.",
    "check.ask.temperature": "Température (°C)",
    "check.hint.temperature": "Par exemple 37,2",
    "check.ask.consciousness": "Comment va l’esprit de la personne ?",
    "check.option.consciousness.A": "Éveillée et les idées claires",
    "check.option.consciousness.C": "Confuse ou embrouillée depuis peu",
    "check.option.consciousness.V": "Réagit seulement quand on lui parle",
    "check.option.consciousness.P": "Réagit seulement à la douleur",
    "check.option.consciousness.U": "Ne réagit pas du tout",
    "check.ask.on_oxygen": "La personne respire-t-elle de l’oxygène en plus en ce moment ?",
    "check.option.on_oxygen.false": "Non, l’air normal",
    "check.option.on_oxygen.true": "Oui, de l’oxygène en plus",
    "check.not_a_number": "Veuillez saisir un nombre, par exemple 18.",
    "check.next": "Suivant",
    "check.skip": "Je ne sais pas",
    "check.back": "Retour",
    "check.see_result": "Voir le résultat",
    "check.working": "Vérification…",
    "check.failed": "La vérification n’a pas pu se faire : {reason}",
    "check.start_again": "Recommencer",
    "check.why": "Pourquoi",
    "check.score_complete": "Score d’alerte précoce (NEWS2) : {total}, toutes les constantes mesurées.",
    "check.score_partial": (
        "Score d’alerte précoce (NEWS2) : {total} pour l’instant. {missing} constantes non mesurées, ce "
        "score n’est donc pas complet."
    ),
    "check.level.none": "Tout va bien",
    "check.level.watch": "À surveiller",
    "check.level.see_doctor_today": "Voir un médecin aujourd’hui",
    "check.level.urgent": "Demander une aide médicale maintenant",
    "check.level.emergency": "Urgence",
    "sensors.title": "Mes appareils",
    "sensors.menu": "Mes appareils",
    "sensors.intro": (
        "Vos propres capteurs Bluetooth envoient leurs mesures directement à ce téléphone, jamais au cloud "
        "du fabricant."
    ),
    "sensors.your_devices": "Vos capteurs",
    "sensors.missing": (
        "Ce navigateur ne peut pas communiquer avec des capteurs Bluetooth (par exemple sur un iPhone, un "
        "iPad ou dans Firefox). Vous pouvez saisir vos mesures à la place."
    ),
    "sensors.off": (
        "Le Bluetooth semble désactivé sur ce téléphone. Activez-le, puis appuyez sur « Connecter un "
        "appareil »."
    ),
    "sensors.type_instead": "Saisir mes mesures",
    "sensors.connect": "Connecter un appareil",
    "sensors.connect_cancelled": (
        "Aucun appareil n’a été choisi. Appuyez sur « Connecter un appareil » pour réessayer."
    ),
    "sensors.connect_failed": "L’appareil n’a pas pu être connecté : {reason}",
    "sensors.no_devices": "Aucun appareil n’est connecté.",
    "sensors.unnamed": "Capteur",
    "sensors.state.connecting": "{name} : connexion…",
    "sensors.state.connected": "{name} : connecté",
    "sensors.state.reconnecting": (
        "{name} : la connexion a été perdue. Nouvel essai dans {seconds} secondes (essai {attempt} sur {of})."
    ),
    "sensors.state.reconnecting_now": "{name} : la connexion a été perdue. Nouvel essai maintenant.",
    "sensors.state.lost": (
        "{name} : impossible de se reconnecter. Rapprochez-le du téléphone et appuyez sur « Réessayer »."
    ),
    "sensors.state.closed": "{name} : non connecté",
    "sensors.try_again": "Réessayer",
    "sensors.disconnect": "Déconnecter {name}",
    "sensors.readings": "Dernières mesures",
    "sensors.no_readings": "Pas encore de mesures.",
    "sensors.measured_at": "Mesuré à {time}",
    "sensors.param.heart_rate": "Fréquence cardiaque",
    "sensors.param.pulse_rate": "Pouls",
    "sensors.param.spo2": "Taux d’oxygène (SpO2)",
    "sensors.param.blood_pressure": "Tension artérielle",
    "sensors.param.temperature": "Température",
    "sensors.param.blood_glucose": "Sucre dans le sang",
    "sensors.param.perfusion_index": "Force du pouls au doigt",
    "sensors.param.hrv_rmssd": "Variabilité de la fréquence cardiaque",
    "sensors.unit.heart_rate": "battements par minute",
    "sensors.unit.pulse_rate": "battements par minute",
    "sensors.unit.spo2": "%",
    "sensors.unit.blood_pressure": "mmHg",
    "sensors.unit.temperature": "°C",
    "sensors.unit.blood_glucose": "mmol/L",
    "sensors.unit.perfusion_index": "%",
    "sensors.unit.hrv_rmssd": "ms",
    "sensors.implausible": "Cette valeur semble fausse et n’est pas utilisée : {message}",
    "sensors.device_says": "L’appareil indique : {notes}",
    "sensors.saved": "{count} mesures enregistrées sur ce téléphone.",
    "sensors.not_saved": (
        "Ces {count} mesures sont affichées mais pas enregistrées : le coffre sécurisé n’est pas encore "
        "configuré sur ce téléphone."
    ),
    "sensors.problems": (
        "Messages d’un appareil qui n’ont pas pu être lus : {count}. Ils ont été ignorés ; tout le reste a "
        "été utilisé."
    ),
    "sensors.problem_details": "Voir les détails",
    "sensors.batch_failed": "Certaines mesures n’ont pas pu être prises : {reason}",
    "sensors.dropped": (
        "Un appareil a envoyé plus que le téléphone ne pouvait recevoir : {count} mesures ont été ignorées "
        "(les plus anciennes d’abord)."
    ),
    "sensors.clock_moved": (
        "L’horloge du téléphone a changé pendant la séance. Les mesures gardent leur bon ordre."
    ),
    "sensors.risk": "Ce que cela veut dire",
    "sensors.risk_waiting": "Le résultat s’affichera ici dès l’arrivée des premières mesures.",
    "sensors.risk_missing": (
        "Les capteurs ne peuvent mesurer ni la fréquence respiratoire ni votre niveau d’éveil. Ajoutez-les "
        "pour une vérification complète."
    ),
    "sensors.add_manual": "Ajouter ce que les capteurs ne peuvent pas mesurer",
    "sensors.demo": "Essayer la démonstration",
    "sensors.demo_intro": (
        "Voyez comment cela fonctionne avec des mesures enregistrées d’appareils d’exemple. Ce ne sont pas "
        "vos mesures."
    ),
    "sensors.demo_choose": "Quel enregistrement ?",
    "sensors.demo.calm_day": "Une journée calme",
    "sensors.demo.night_of_deterioration": "Une nuit où l’état s’aggrave",
    "sensors.demo.flaky_connection": "Une mauvaise connexion",
    "sensors.demo_speed": "À quelle vitesse ?",
    "sensors.speed.600": "Rapide : une heure en 6 secondes",
    "sensors.speed.3600": "Très rapide : une heure en 1 seconde",
    "sensors.demo_start": "Lancer la démonstration",
    "sensors.demo_stop": "Arrêter la démonstration",
    "sensors.demo_playing": "Lecture de « {name} » : {percent} % effectués.",
    "sensors.demo_done": "La démonstration « {name} » est terminée.",
    "sensors.demo_missing": "Les enregistrements de démonstration sont absents ({reason}).",
    "sensors.demo_device.hr": "Ceinture thoracique de démonstration",
    "sensors.demo_device.plx": "Oxymètre de doigt de démonstration",
    "sensors.demo_device.bp": "Tensiomètre à brassard de démonstration",
    "sensors.demo_device.thermo": "Thermomètre de démonstration",
    "privacy.title": "Ma vie privée",
    "privacy.menu": "Ma vie privée et mes données",
    "privacy.back": "Retour",
    "privacy.setup_title": "Protégez vos informations de santé",
    "privacy.setup_intro": (
        "Choisissez une phrase secrète. Vos informations de santé sont verrouillées avec elle sur ce "
        "téléphone."
    ),
    "privacy.passphrase_new": "Nouvelle phrase secrète",
    "privacy.passphrase_again": "La même phrase secrète encore une fois",
    "privacy.passphrase_hint": (
        "Au moins 8 caractères. Une courte phrase est facile à retenir et difficile à deviner."
    ),
    "privacy.passphrase_mismatch": (
        "Les deux phrases secrètes ne sont pas identiques. Veuillez les saisir à nouveau."
    ),
    "privacy.setup_button": "Verrouiller mes informations de santé",
    "privacy.recovery_title": "Votre code de secours",
    "privacy.recovery_intro": (
        "Si vous oubliez votre phrase secrète, ce code ouvre vos informations de santé. Notez-le maintenant "
        "et gardez-le en lieu sûr."
    ),
    "privacy.recovery_once": "Il ne s’affiche qu’une seule fois. Personne d’autre n’en a une copie.",
    "privacy.written_down": "Je l’ai noté",
    "privacy.write_it_first": "Notez d’abord le code, puis cochez la case.",
    "privacy.continue": "Continuer",
    "privacy.setup_done": "Vos informations de santé sont maintenant verrouillées avec votre phrase secrète.",
    "privacy.locked_title": "Vos informations de santé sont verrouillées",
    "privacy.locked_intro": "Saisissez votre phrase secrète pour les ouvrir.",
    "privacy.passphrase": "Phrase secrète",
    "privacy.unlock": "Déverrouiller",
    "privacy.unlock_passkey": "Déverrouiller avec ma clé d’accès",
    "privacy.use_recovery": "J’ai oublié ma phrase secrète",
    "privacy.use_passphrase": "Utiliser plutôt ma phrase secrète",
    "privacy.recovery_label": "Code de secours",
    "privacy.wait": "Veuillez attendre {seconds} secondes avant le prochain essai.",
    "privacy.unlocked": "Déverrouillé.",
    "privacy.unlocked_title": "Vos informations de santé sont ouvertes",
    "privacy.lock": "Verrouiller maintenant",
    "privacy.locked": "Verrouillé. Votre phrase secrète sera nécessaire pour les rouvrir.",
    "privacy.consent_open": "Qui peut voir mes données",
    "privacy.consent_title": "Qui peut voir mes données",
    "privacy.consent_none": "Personne d’autre ne peut voir vos informations de santé.",
    "privacy.consent_item": "{who} peut voir {what} jusqu’au {until}.",
    "privacy.consent_revoke": "Ne plus partager avec {who}",
    "privacy.consent_revoked": "C’est fait. Cette personne ne peut plus les voir.",
    "privacy.log_open": "Journal d’activité",
    "privacy.log_title": "Journal d’activité",
    "privacy.log_intro": (
        "Chaque fois que vos informations ont été enregistrées, ouvertes, partagées ou supprimées. Les plus "
        "récentes d’abord."
    ),
    "privacy.log_verify": "Vérifier le journal",
    "privacy.log_ok": "Le journal est intact. {reason}",
    "privacy.log_bad": "Le journal a été modifié : {reason}",
    "privacy.log_damaged": (
        "Un ancien journal d’activité a été modifié et il est conservé tel quel : {reason}"
    ),
    "privacy.log_export": "Télécharger le journal",
    "privacy.emergency_open": "Informations d’urgence",
    "privacy.emergency_title": "Informations d’urgence",
    "privacy.emergency_intro": (
        "Une personne qui vous aide peut les voir sans votre phrase secrète. Chaque consultation est "
        "inscrite dans le journal d’activité."
    ),
    "privacy.emergency_show": "Afficher les informations d’urgence",
    "privacy.emergency_empty": "Rien d’enregistré",
    "privacy.emergency_choose": "Ce qui s’affiche sans la phrase secrète",
    "privacy.save": "Enregistrer",
    "privacy.saved": "Enregistré.",
    "privacy.passkey_open": "Ajouter une clé d’accès",
    "privacy.passkey_title": "Déverrouiller avec une clé d’accès",
    "privacy.passkey_intro": (
        "Une clé d’accès vous permet de déverrouiller avec votre empreinte, votre visage ou le verrouillage "
        "de l’écran. Saisissez une fois votre phrase secrète pour l’ajouter."
    ),
    "privacy.passkey_unavailable": "Ce navigateur ne peut pas utiliser de clé d’accès pour cela.",
    "privacy.passphrase_confirm": "Votre phrase secrète",
    "privacy.passkey_add": "Ajouter une clé d’accès",
    "privacy.passkey_added": "Clé d’accès ajoutée. Vous pouvez maintenant déverrouiller avec elle.",
    "privacy.export_open": "Télécharger toutes mes données",
    "privacy.export_title": "Télécharger toutes mes données",
    "privacy.export_intro": (
        "Un seul fichier avec toutes vos informations de santé, vos autorisations et le journal d’activité. "
        "Gardez-le en lieu sûr : il n’est pas verrouillé."
    ),
    "privacy.export_button": "Télécharger",
    "privacy.export_done": "Votre fichier est prêt.",
    "privacy.download_ready": "Enregistrer le fichier",
    "privacy.delete_open": "Supprimer toutes mes données",
    "privacy.delete_title": "Supprimer toutes mes données",
    "privacy.delete_intro": (
        "Cela supprime de ce téléphone toutes vos informations de santé, vos autorisations, le journal "
        "d’activité et les clés. C’est impossible à annuler."
    ),
    "privacy.delete_first": "Je veux tout supprimer",
    "privacy.delete_confirm_title": "En êtes-vous sûr ?",
    "privacy.delete_confirm_intro": (
        "Tout disparaîtra pour toujours. Téléchargez d’abord vos données si vous voulez en garder une copie."
    ),
    "privacy.delete_confirm": "Oui, tout supprimer maintenant",
    "privacy.deleted": "Tout a été supprimé de ce téléphone.",
    "privacy.record_open": "Comment mes données sont traitées",
    "privacy.record_title": "Comment vos données sont traitées",
    "privacy.category_allergies": "Allergies",
    "privacy.category_conditions": "Maladies",
    "privacy.category_medicines": "Médicaments",
    "privacy.category_devices": "Dispositifs médicaux",
    "privacy.category_contacts": "Contacts d’urgence",
    "privacy.category_vitals": "Constantes",
    "privacy.category_location": "Lieux",
    "privacy.category_documents": "Documents",
    "talk.title": "Parler au médecin",
    "talk.menu": "Parler au médecin",
    "talk.doctor_language": "Quelle langue parle le médecin ?",
    "talk.my_language": "Quelle langue parlez-vous ?",
    "talk.what_to_say": "Que voulez-vous dire ?",
    "talk.languages_line": "Vous : {mine}. Médecin : {doctor}.",
    "talk.type_label": "Écrivez en {language}",
    "talk.find": "Trouver la phrase",
    "talk.or_pick": "Ou choisissez un sujet :",
    "talk.where_hurts": "Montrer où j’ai mal",
    "talk.pain_scale": "À quel point avez-vous mal ? (de 0 à 10)",
    "talk.change_doctor_language": "Changer la langue du médecin",
    "talk.change_my_language": "Changer ma langue",
    "talk.searching": "Recherche de la phrase…",
    "talk.results": "Est-ce bien ce que vous voulez dire ?",
    "talk.choose_confident": "Touchez la phrase que vous voulez dire.",
    "talk.choose_not_sure": (
        "Nous ne sommes pas sûrs de ce que vous voulez dire. Touchez la phrase la plus proche ou essayez "
        "d’autres mots."
    ),
    "talk.best": "La plus proche",
    "talk.nothing_found": "Aucune phrase trouvée. Essayez d’autres mots ou choisissez un sujet.",
    "talk.truncated": "Votre texte était très long : seul le début a été lu.",
    "talk.try_again": "Essayer d’autres mots",
    "talk.back": "Retour",
    "talk.error": "Un problème est survenu : {reason}",
    "talk.show_doctor": "Montrez ceci au médecin",
    "talk.reviewed": "Vérifié par une personne de langue maternelle.",
    "talk.not_reviewed": "Pas encore vérifié par une personne de langue maternelle.",
    "talk.gap": "Ce n’est pas disponible dans la langue du médecin ; c’est affiché en anglais.",
    "talk.speak": "Lire à voix haute",
    "talk.no_local_voice": (
        "Ce téléphone n’a pas de voix en {language} qui fonctionne sans internet : le texte n’est donc pas "
        "lu à voix haute (une voix en ligne enverrait vos mots à une entreprise)."
    ),
    "talk.doctor_answers": "Le médecin répond :",
    "talk.yes": "Oui",
    "talk.no": "Non",
    "talk.answer_number": "Un nombre",
    "talk.answer_phrase": "Une phrase",
    "talk.number_label": "Médecin : saisissez le nombre",
    "talk.show_number": "Afficher le nombre",
    "talk.number_invalid": "Veuillez saisir un nombre, par exemple 2 ou 37,5.",
    "talk.doctor_said": "Le médecin dit",
    "talk.for_doctor": "Pour le médecin : choisissez votre réponse",
    "talk.no_doctor_phrases": "Il n’y a pas encore de réponses pour le médecin.",
    "talk.back_to_phrase": "Revenir à ma phrase",
    "talk.say_something_else": "Dire autre chose",
    "talk.show_back": "Montrer le corps de dos",
    "talk.show_front": "Montrer le corps de face",
    "talk.body_front": "Le corps vu de face",
    "talk.body_back": "Le corps vu de dos",
    "talk.body_hint": "Touchez l’endroit où vous avez mal, sur le dessin ou dans la liste.",
    "talk.pain_hint": "Touchez un chiffre.",
    "talk.pain_none": "pas de douleur",
    "talk.pain_worst": "la pire douleur imaginable",
    "talk.pain_value": "Douleur {value} sur 10",
    "talk.group.emergency": "Urgence",
    "talk.group.symptom": "Comment je me sens",
    "talk.group.pain": "Douleur",
    "talk.group.history": "Mes maladies",
    "talk.group.medicine": "Mes médicaments",
    "talk.group.question": "Questions",
    "talk.group.answer": "Réponses",
    "talk.group.instruction": "Consignes",
    "talk.group.number": "Nombres",
    "talk.group.time": "Temps",
    "talk.group.logistics": "Déplacements",
    "profile.title": "Mon profil santé",
    "profile.menu": "Mon profil santé",
    "profile.loading": "Ouverture de votre profil…",
    "profile.failed": "Le profil n’a pas pu être ouvert : {reason}",
    "profile.store_new": (
        "Votre profil santé est gardé uniquement dans la partie verrouillée et chiffrée de cette "
        "application. Veuillez d’abord choisir une phrase secrète."
    ),
    "profile.store_locked": (
        "Vos données sont verrouillées. Déverrouillez-les d’abord pour voir ou modifier votre profil santé."
    ),
    "profile.store_why": (
        "Rien de votre profil n’est gardé ailleurs : il ne peut donc être ouvert qu’avec votre phrase "
        "secrète."
    ),
    "profile.open_privacy": "Ouvrir « Ma vie privée » pour déverrouiller",
    "profile.step.about": "À propos de moi",
    "profile.step.body": "Mon corps",
    "profile.step.languages": "Les langues que je parle",
    "profile.step.conditions": "Mes maladies",
    "profile.step.medicines": "Mes médicaments",
    "profile.step.allergies": "Mes allergies",
    "profile.step.devices": "Appareils dans ou sur mon corps",
    "profile.step.vitals": "Mes valeurs habituelles",
    "profile.step.hypercapnic": "Un constat médical sur ma respiration",
    "profile.step.function": "Marche, mémoire, audition et vue",
    "profile.step.directives": "Mes souhaits pour les soins",
    "profile.step.contacts": "Qui appeler en cas d’urgence",
    "profile.step.proxy": "Une personne qui peut agir pour moi",
    "profile.step.insurance": "Assurance et carte européenne d’assurance maladie",
    "profile.step.doctor": "Mon médecin chez moi",
    "profile.step.travel": "Mon voyage",
    "profile.about.conditions": (
        "Tapez le nom d’une maladie, même avec des fautes, et choisissez-le dans la liste. Un médecin à "
        "l’étranger le lira dans sa propre langue."
    ),
    "profile.about.medicines": (
        "Tapez le nom inscrit sur la boîte et choisissez-le dans la liste. Ajoutez ensuite la quantité et "
        "le moment de la prise."
    ),
    "profile.about.allergies": (
        "Tapez ce à quoi vous êtes allergique (un médicament, un aliment ou autre chose) et choisissez-le "
        "dans la liste."
    ),
    "profile.about.devices": (
        "Par exemple un stimulateur cardiaque, une pompe à insuline ou une prothèse de hanche."
    ),
    "profile.about.languages": "Cochez chaque langue dans laquelle vous pouvez parler avec un médecin.",
    "profile.step_of": "Étape {step} sur {total}",
    "profile.all_steps": "Toutes les étapes",
    "profile.start_intro": (
        "Remplissez les étapes une par une. Vous pouvez passer une étape et y revenir plus tard. Chaque "
        "étape est enregistrée dès que vous la terminez."
    ),
    "profile.list_intro": (
        "Choisissez une étape à remplir ou à modifier. Vous pouvez passer une étape et y revenir plus tard."
    ),
    "profile.see_summary": "Voir tout mon profil",
    "profile.status.done": "✓ Terminé",
    "profile.status.attention": "⚠ À vérifier",
    "profile.status.skipped": "↷ Passé pour l’instant",
    "profile.status.new": "○ Pas commencé",
    "profile.save": "Enregistrer et continuer",
    "profile.skip": "Passer pour l’instant",
    "profile.back": "Retour",
    "profile.saved": "Enregistré : {step}.",
    "profile.skipped": "Passé pour l’instant : {step}. Vous pouvez y revenir à tout moment.",
    "profile.issues_title": "Veuillez vérifier ceci avant l’enregistrement :",
    "profile.use_suggestion": "Utiliser {value}",
    "profile.keep_as_is": "C’est correct ainsi",
    "profile.item_number": "{what} {number}",
    "profile.item.conditions": "Maladie",
    "profile.item.medicines": "Médicament",
    "profile.item.allergies": "Allergie",
    "profile.item.devices": "Appareil",
    "profile.item.emergency_contacts": "Contact",
    "profile.item.destinations": "Étape du voyage",
    "profile.empty.conditions": "Aucune maladie ajoutée pour l’instant.",
    "profile.empty.medicines": "Aucun médicament ajouté pour l’instant.",
    "profile.empty.allergies": "Aucune allergie ajoutée pour l’instant.",
    "profile.empty.devices": "Aucun appareil ajouté pour l’instant.",
    "profile.empty.emergency_contacts": "Personne n’a été ajouté pour l’instant.",
    "profile.empty.destinations": "Aucun lieu ajouté pour l’instant.",
    "profile.add.emergency_contacts": "Ajouter une personne à appeler",
    "profile.add.destinations": "Ajouter un lieu où je vais séjourner",
    "profile.remove": "Retirer {what}",
    "profile.pick.conditions": "Ajouter une maladie : tapez son nom",
    "profile.pick.medicines": "Ajouter un médicament : tapez son nom",
    "profile.pick.allergies": "Ajouter une allergie : tapez ce à quoi vous réagissez",
    "profile.pick.devices": "Ajouter un appareil : tapez son nom",
    "profile.pick_hint": (
        "Les fautes d’orthographe ne posent pas de problème. Seuls les noms de la liste peuvent être "
        "ajoutés ; vous pouvez écrire une note à côté de chacun."
    ),
    "profile.found": "{count} trouvés. Touchez le bon pour l’ajouter.",
    "profile.found_none": (
        "Rien trouvé. Essayez une autre orthographe, ou demandez le nom à votre médecin ou à votre "
        "pharmacien."
    ),
    "profile.added": "Ajouté : {what}.",
    "profile.term_fallback": "Pas encore dans votre langue : affiché en anglais avec son code.",
    "profile.term_unreviewed": "Pas encore vérifié par une personne de langue maternelle.",
    "profile.yes": "Oui",
    "profile.no": "Non",
    "profile.not_sure": "Je ne sais pas / Je préfère ne pas le dire",
    "profile.choose": "Choisir…",
    "profile.field.given_name": "Prénom",
    "profile.field.family_name": "Nom de famille",
    "profile.field.preferred_name": "Comment j’aime qu’on m’appelle (facultatif)",
    "profile.field.date_of_birth": "Date de naissance",
    "profile.field.sex": "Sexe",
    "profile.field.height_cm": "Taille",
    "profile.field.weight_kg": "Poids",
    "profile.field.blood_type": "Groupe sanguin",
    "profile.field.languages_spoken": "Les langues que je parle",
    "profile.field.conditions": "Maladies",
    "profile.field.medicines": "Médicaments",
    "profile.field.allergies": "Allergies",
    "profile.field.devices": "Appareils",
    "profile.field.concept_id": "Nom",
    "profile.field.onset": "Depuis quand (année, ou année et mois)",
    "profile.field.notes": "Note (facultatif)",
    "profile.field.dose": "Dose",
    "profile.field.amount": "Quelle quantité à chaque fois",
    "profile.field.unit": "Unité",
    "profile.field.schedule": "Quand",
    "profile.field.times": "À quelles heures",
    "profile.field.as_needed": "Seulement en cas de besoin",
    "profile.field.instructions": "Comment le prendre (facultatif)",
    "profile.field.severity": "Quelle a été la gravité de la réaction ?",
    "profile.field.reaction": "Ce qui s’est passé (facultatif)",
    "profile.field.implanted_on": "Date de la pose (facultatif)",
    "profile.field.model": "Type ou modèle (facultatif)",
    "profile.field.mri_conditional": "Une IRM est-elle permise avec cet appareil ?",
    "profile.field.baseline_vitals": "Mes valeurs habituelles",
    "profile.field.heart_rate": "Pouls habituel au repos",
    "profile.field.systolic_bp": "Tension du haut habituelle",
    "profile.field.diastolic_bp": "Tension du bas habituelle",
    "profile.field.spo2": "Taux d’oxygène habituel",
    "profile.field.resp_rate": "Respirations par minute habituelles",
    "profile.field.temperature": "Température habituelle",
    "profile.field.blood_glucose": "Sucre dans le sang habituel",
    "profile.field.target_spo2_range": "Plage cible d’oxygène fixée par un médecin",
    "profile.field.low": "Taux d’oxygène le plus bas de ma plage cible",
    "profile.field.high": "Taux d’oxygène le plus haut de ma plage cible",
    "profile.field.hypercapnic_respiratory_failure_confirmed": (
        "Un médecin a-t-il confirmé une insuffisance respiratoire hypercapnique (trop de gaz carbonique "
        "dans le sang) ?"
    ),
    "profile.field.hypercapnic_confirmed_by": "Quel médecin l’a confirmé",
    "profile.field.hypercapnic_confirmed_on": "Quand cela a été confirmé",
    "profile.field.mobility": "Marche",
    "profile.field.cognition": "Mémoire et réflexion",
    "profile.field.hearing": "Audition",
    "profile.field.vision": "Vue",
    "profile.field.advance_directives": "Mes souhaits pour les soins",
    "profile.field.do_not_resuscitate": "Je ne veux pas être réanimé",
    "profile.field.organ_donor": "Je suis donneur d’organes",
    "profile.field.document_location": "Où se trouve le document signé",
    "profile.field.emergency_contacts": "Qui appeler en cas d’urgence",
    "profile.field.name": "Nom",
    "profile.field.phone": "Numéro de téléphone",
    "profile.field.relationship": "Son lien avec moi (facultatif)",
    "profile.field.proxy": "Une personne qui peut agir pour moi",
    "profile.field.scope": "Ce que cette personne peut faire pour moi",
    "profile.field.insurance": "Assurance maladie",
    "profile.field.provider": "Compagnie d’assurance",
    "profile.field.policy_number": "Numéro de contrat ou d’adhérent",
    "profile.field.country": "Pays (deux lettres)",
    "profile.field.ehic_number": "Numéro de la carte européenne d’assurance maladie",
    "profile.field.home_doctor": "Mon médecin chez moi",
    "profile.field.address": "Adresse",
    "profile.field.travel_plan": "Mon voyage",
    "profile.field.current_country": "Pays où je suis en ce moment (deux lettres)",
    "profile.field.destinations": "Lieux où je vais séjourner",
    "profile.field.place": "Ville ou lieu",
    "profile.field.arrive": "Arrivée le",
    "profile.field.leave": "Départ le (facultatif)",
    "profile.hint.date": "Utilisez le calendrier ou tapez la date.",
    "profile.hint.onset": "Par exemple 2016 ou 2016-03. Laissez vide si vous ne savez pas.",
    "profile.hint.notes": "Avec vos propres mots ; c’est le nom au-dessus que le médecin lit.",
    "profile.hint.clinician": "Par exemple : Dr Albrecht, clinique pneumologique.",
    "profile.hint.document_location": "Par exemple : chemise bleue dans ma valise.",
    "profile.hint.phone": "Avec l’indicatif du pays, par exemple +49 151 5550147.",
    "profile.hint.country": "Par exemple ES pour l’Espagne, DE pour l’Allemagne.",
    "profile.hint.ehic": "Case 8 au dos de la carte.",
    "profile.hint.times": "Heures de la journée, sur 24 heures, par exemple 08:00, 20:00.",
    "profile.intro.vitals": (
        "Remplissez seulement les valeurs que vous connaissez par votre médecin ou par vos propres mesures "
        "quand vous allez bien. Laissez le reste vide."
    ),
    "profile.intro.target": (
        "Si un médecin vous a donné une plage cible pour votre taux d’oxygène (par exemple de 88 à 92 %), "
        "saisissez-la ici."
    ),
    "profile.intro.hypercapnic": (
        "Seul un médecin peut le confirmer, après une prise de sang. Cela change la façon dont votre taux "
        "d’oxygène est évalué. Si aucun médecin ne vous l’a dit, choisissez « Non »."
    ),
    "profile.intro.proxy": (
        "Une personne qui peut parler aux médecins ou décider pour vous si vous ne le pouvez pas. Laissez "
        "vide s’il n’y a personne."
    ),
    "profile.option.sex.female": "Femme",
    "profile.option.sex.male": "Homme",
    "profile.option.sex.intersex": "Intersexe",
    "profile.option.sex.unknown": "Je préfère ne pas le dire",
    "profile.option.severity.mild": "Légère (démangeaisons, boutons)",
    "profile.option.severity.moderate": "Moyenne",
    "profile.option.severity.severe": "Grave",
    "profile.option.severity.anaphylaxis": "Met la vie en danger (anaphylaxie)",
    "profile.option.mobility.independent": "Je marche sans aide",
    "profile.option.mobility.walking_aid": "J’utilise une canne ou un déambulateur",
    "profile.option.mobility.wheelchair": "J’utilise un fauteuil roulant",
    "profile.option.mobility.bedbound": "Je reste au lit",
    "profile.option.cognition.normal": "Pas de problème",
    "profile.option.cognition.mild_impairment": "Quelques problèmes de mémoire",
    "profile.option.cognition.dementia": "Une démence a été diagnostiquée",
    "profile.option.hearing.normal": "J’entends bien",
    "profile.option.hearing.impaired": "J’entends mal",
    "profile.option.hearing.hearing_aid": "Je porte un appareil auditif",
    "profile.option.hearing.cochlear_implant": "J’ai un implant cochléaire",
    "profile.option.hearing.deaf": "Je suis sourd ou sourde",
    "profile.option.vision.normal": "Je vois bien",
    "profile.option.vision.glasses": "Je porte des lunettes",
    "profile.option.vision.impaired": "Je vois mal",
    "profile.option.vision.blind": "Je suis aveugle",
    "profile.option.scope.medical_decisions": "Prendre des décisions médicales pour moi",
    "profile.option.scope.speak_to_doctors": "Parler avec mes médecins",
    "profile.option.scope.view_records": "Voir mon dossier de santé",
    "profile.option.scope.receive_alerts": "Recevoir mes alertes de santé",
    "profile.option.hypercapnic_respiratory_failure_confirmed.true": "Oui, un médecin l’a confirmé",
    "profile.option.hypercapnic_respiratory_failure_confirmed.false": "Non, ou je ne sais pas",
    "profile.option.mri_conditional.true": "Oui, avec précautions",
    "profile.option.mri_conditional.false": "Non",
    "profile.summary_title": "Tout mon profil",
    "profile.complete": "Votre profil contient tout ce qu’il faut.",
    "profile.incomplete": (
        "Il manque encore quelque chose à certaines étapes. Vous pouvez les terminer à tout moment."
    ),
    "profile.not_given": "non indiqué",
    "profile.nothing_yet": "Rien n’est encore rempli.",
    "profile.change": "Modifier : {step}",
    "profile.emergency_link": "Choisir ce qu’affiche la carte d’urgence (Ma vie privée)",
    "model.title": "Modèle d’alerte précoce",
    "model.higher": (
        "Le modèle d’alerte voit un risque d’infection grave (sepsis) plus élevé que d’habitude : "
        "{percent} % (il alerte à partir de {threshold} %)."
    ),
    "model.usual": (
        "Le modèle d’alerte ne voit pas de risque accru d’infection grave (sepsis) : {percent} % (il alerte "
        "à partir de {threshold} %)."
    ),
    "model.reasons": "Ce qui a le plus augmenté le risque :",
    "model.note": (
        "Un modèle de recherche entraîné sur des patients hospitalisés, pas un diagnostic. Il peut "
        "seulement vous demander de mesurer à nouveau plus tôt ; ce sont les constantes ci-dessus qui "
        "décident de ce qu’il faut faire."
    ),
}

RISK: Final[dict[str, dict[str, str]]] = {
    "de": {
        "news2.resp_rate": "Atemfrequenz {value} pro Minute: {band}",
        "news2.spo2": "Sauerstoffsättigung {value} %: {band}",
        "news2.on_oxygen": "Zusätzlicher Sauerstoff: zählt {points} Punkte mehr",
        "news2.systolic_bp": "Oberer Blutdruck {value} mmHg: {band}",
        "news2.pulse": "Puls {value} pro Minute: {band}",
        "news2.consciousness": "{state}: Jetzt ist Hilfe nötig",
        "news2.temperature": "Temperatur {value} °C: {band}",
        "news2.total": "Frühwarnwert (NEWS2) {total}: Das Risiko ist {risk}",
        "news2.partial": "Der Frühwarnwert (NEWS2) ist unvollständig. Nicht gemessen: {missing}",
        "qsofa.positive": "{total} von 3 Warnzeichen für eine Sepsis (qSOFA): {signs}",
        "shock_index.elevated": (
            "Puls so hoch wie der obere Blutdruck oder höher (Schockindex {value}): Der Kreislauf ist "
            "vielleicht überlastet"
        ),
        "baseline.heart_rate_rise": (
            "Ruhepuls {value} pro Minute: {delta} über Ihrem üblichen Wert von {baseline}"
        ),
        "baseline.temperature_rise": (
            "Temperatur {value} °C: {delta} °C über Ihrem üblichen Wert von {baseline} °C"
        ),
        "baseline.fever_older_adult": "Temperatur {value} °C: Für ältere Menschen ist das Fieber",
        "baseline.spo2_drop": (
            "Sauerstoffsättigung {value} %: {delta} Punkte unter Ihrem üblichen Wert von {baseline} %"
        ),
        "baseline.spo2_below_target": (
            "Sauerstoffsättigung {value} %: unter Ihrem Zielbereich von {low}–{high} %"
        ),
        "baseline.spo2_above_target": (
            "Sauerstoffsättigung {value} % mit zusätzlichem Sauerstoff: über dem Zielbereich von "
            "{low}–{high} %"
        ),
        "baseline.systolic_drop": (
            "Oberer Blutdruck {value} mmHg: {delta} unter Ihrem üblichen Wert von {baseline}"
        ),
        "baseline.bp_very_high": "Blutdruck {systolic}/{diastolic} mmHg: sehr hoch",
        "baseline.af_fast": "Puls {value} pro Minute bei Vorhofflimmern: über der üblichen Grenze von 110",
        "context.rate_limiting": (
            "Sie nehmen {medicines}: Ihr Puls kann niedrig bleiben, auch wenn es Ihnen nicht gut geht"
        ),
        "context.af_pulse": (
            "Bei Vorhofflimmern kann ein Sensor am Finger oder Handgelenk zu wenige Schläge zählen"
        ),
        "context.spo2_scale2": (
            "Sauerstoffsättigung bewertet nach der NEWS2-Tabelle für einen ärztlich festgelegten "
            "Zielbereich von 88–92 %"
        ),
        "context.target_unconfirmed": (
            "Ihr Zielbereich für den Sauerstoff ist eingetragen. Die Tabelle für 88–92 % gilt aber erst, "
            "wenn ein Arzt eine hyperkapnische Ateminsuffizienz bestätigt hat: bewertet nach der "
            "Standardtabelle"
        ),
        "input.implausible": "{message}",
        "input.stale": (
            "{name}: zuletzt vor {hours} Stunden gemessen, zu alt für die Bewertung; bitte neu messen"
        ),
        "input.future": (
            "{name}: Die Messung ist {minutes} Minuten in der Zukunft datiert; bitte prüfen Sie die Uhr des "
            "Geräts"
        ),
        "input.bp_inverted": (
            "Oberer Blutdruck {systolic} mmHg ist nicht höher als der untere ({diastolic} mmHg): bitte neu "
            "messen"
        ),
        "input.no_readings": (
            "Keine aktuellen Messwerte: Messen Sie Atemfrequenz, Sauerstoffsättigung, Blutdruck, Puls, "
            "Wachheit und Temperatur"
        ),
        "model.failed": (
            "Das Modell für Verschlechterungen konnte nicht laufen ({error}); die Regeln oben gelten weiter"
        ),
        "model.above_threshold": (
            "Das Frühwarnmodell sieht eine höhere Wahrscheinlichkeit als üblich für eine schwere Infektion "
            "(Sepsis) ({percent} %, Warnung ab {threshold_percent} %): bitte bald neu messen"
        ),
        "hysteresis.held": "Weiter „{level}“, bis die Werte {minutes} Minuten lang besser bleiben",
        "all_normal": "Alle gemessenen Werte liegen im üblichen Bereich",
        "action.emergency": "Rufen Sie jetzt den Notruf {number} an.",
        "action.urgent": (
            "Holen Sie jetzt ärztliche Hilfe: Rufen Sie einen Arzt oder den ärztlichen Bereitschaftsdienst "
            "an. Wenn Sie innerhalb einer Stunde niemanden erreichen, rufen Sie den Notruf {number} an."
        ),
        "action.see_doctor_today": (
            "Gehen Sie heute zum Arzt. Wenn es Ihnen schlechter geht, rufen Sie den Notruf {number} an."
        ),
        "action.watch": (
            "Messen Sie innerhalb von {hours} Stunden noch einmal. Wenn es Ihnen schlechter geht, rufen Sie "
            "den Notruf {number} an."
        ),
        "action.none": "Jetzt ist nichts zu tun. Messen Sie weiter wie gewohnt.",
        "action.fallback_number": " (Die 112 funktioniert von den meisten Handys aus.)",
    },
    "es": {
        "news2.resp_rate": "Frecuencia respiratoria de {value} por minuto: valor {band}",
        "news2.spo2": "Nivel de oxígeno del {value} %: valor {band}",
        "news2.on_oxygen": "Respira oxígeno adicional: suma {points} puntos",
        "news2.systolic_bp": "Tensión máxima de {value} mmHg: valor {band}",
        "news2.pulse": "Pulso de {value} por minuto: valor {band}",
        "news2.consciousness": "{state}: necesita ayuda ahora",
        "news2.temperature": "Temperatura de {value} °C: valor {band}",
        "news2.total": "Puntuación de alerta temprana (NEWS2) de {total}: riesgo {risk}",
        "news2.partial": "La puntuación de alerta temprana (NEWS2) es parcial. Falta medir: {missing}",
        "qsofa.positive": "{total} de 3 signos de alarma de sepsis (qSOFA): {signs}",
        "shock_index.elevated": (
            "Pulso igual o mayor que la tensión máxima (índice de shock {value}): puede que la circulación "
            "tenga dificultades"
        ),
        "baseline.heart_rate_rise": (
            "Pulso en reposo de {value} por minuto: {delta} más que su valor habitual de {baseline}"
        ),
        "baseline.temperature_rise": (
            "Temperatura de {value} °C: {delta} °C más que su valor habitual de {baseline} °C"
        ),
        "baseline.fever_older_adult": "Temperatura de {value} °C: en una persona mayor, esto es fiebre",
        "baseline.spo2_drop": (
            "Nivel de oxígeno del {value} %: {delta} puntos menos que su valor habitual del {baseline} %"
        ),
        "baseline.spo2_below_target": (
            "Nivel de oxígeno del {value} %: por debajo de su rango objetivo del {low}–{high} %"
        ),
        "baseline.spo2_above_target": (
            "Nivel de oxígeno del {value} % con oxígeno adicional: por encima del objetivo del {low}–{high} %"
        ),
        "baseline.systolic_drop": (
            "Tensión máxima de {value} mmHg: {delta} menos que su valor habitual de {baseline}"
        ),
        "baseline.bp_very_high": "Tensión arterial de {systolic}/{diastolic} mmHg: muy alta",
        "baseline.af_fast": (
            "Pulso de {value} por minuto con fibrilación auricular: por encima del límite habitual de 110"
        ),
        "context.rate_limiting": "Usted toma {medicines}: su pulso puede seguir bajo aunque se encuentre mal",
        "context.af_pulse": (
            "Con fibrilación auricular, un sensor en el dedo o en la muñeca puede contar menos latidos de "
            "los reales"
        ),
        "context.spo2_scale2": (
            "Nivel de oxígeno valorado con la tabla NEWS2 para un objetivo del 88–92 % fijado por un médico"
        ),
        "context.target_unconfirmed": (
            "Su rango objetivo de oxígeno está anotado, pero la tabla del 88–92 % necesita que un médico "
            "confirme una insuficiencia respiratoria hipercápnica: se ha valorado con la tabla estándar"
        ),
        "input.implausible": "{message}",
        "input.stale": (
            "{name}: la última medición fue hace {hours} horas, demasiado antigua para usarla; vuelva a medir"
        ),
        "input.future": (
            "{name}: la medición tiene fecha de dentro de {minutes} minutos; revise el reloj del dispositivo"
        ),
        "input.bp_inverted": (
            "La tensión máxima de {systolic} mmHg no es mayor que la mínima de {diastolic} mmHg: vuelva a "
            "medir"
        ),
        "input.no_readings": (
            "No hay mediciones recientes: mida la frecuencia respiratoria, el nivel de oxígeno, la tensión "
            "arterial, el pulso, el estado de alerta y la temperatura"
        ),
        "model.failed": (
            "El modelo de empeoramiento no ha podido funcionar ({error}); las reglas anteriores siguen "
            "valiendo"
        ),
        "model.above_threshold": (
            "El modelo de alerta temprana ve una probabilidad de infección grave (sepsis) más alta de lo "
            "habitual ({percent} %, avisa a partir del {threshold_percent} %): vuelva a medir pronto"
        ),
        "hysteresis.held": (
            "Sigue en «{level}» hasta que los valores se mantengan mejor durante {minutes} minutos"
        ),
        "all_normal": "Todas las constantes medidas están en el rango habitual",
        "action.emergency": "Llame ahora al número de emergencias {number}.",
        "action.urgent": (
            "Busque ayuda médica ahora: llame a un médico o a urgencias. Si no consigue hablar con nadie en "
            "una hora, llame al número de emergencias {number}."
        ),
        "action.see_doctor_today": (
            "Vaya al médico hoy. Si se encuentra peor, llame al número de emergencias {number}."
        ),
        "action.watch": (
            "Vuelva a medir en las próximas {hours} horas. Si se encuentra peor, llame al número de "
            "emergencias {number}."
        ),
        "action.none": "No hace falta hacer nada ahora. Siga midiendo como siempre.",
        "action.fallback_number": " (El 112 funciona desde la mayoría de los móviles.)",
    },
    "fr": {
        "news2.resp_rate": "Fréquence respiratoire de {value} par minute : c’est {band}",
        "news2.spo2": "Taux d’oxygène de {value} % : c’est {band}",
        "news2.on_oxygen": "Respire de l’oxygène en plus : ajoute {points} points",
        "news2.systolic_bp": "Tension du haut à {value} mmHg : c’est {band}",
        "news2.pulse": "Pouls à {value} par minute : c’est {band}",
        "news2.consciousness": "{state} : besoin d’aide maintenant",
        "news2.temperature": "Température de {value} °C : c’est {band}",
        "news2.total": "Score d’alerte précoce (NEWS2) de {total} : risque {risk}",
        "news2.partial": "Le score d’alerte précoce (NEWS2) est incomplet. Non mesuré : {missing}",
        "qsofa.positive": "{total} signes d’alerte de sepsis sur 3 (qSOFA) : {signs}",
        "shock_index.elevated": (
            "Pouls égal ou supérieur à la tension du haut (indice de choc {value}) : la circulation a "
            "peut-être du mal"
        ),
        "baseline.heart_rate_rise": (
            "Pouls au repos à {value} par minute : {delta} de plus que votre valeur habituelle de {baseline}"
        ),
        "baseline.temperature_rise": (
            "Température de {value} °C : {delta} °C de plus que votre valeur habituelle de {baseline} °C"
        ),
        "baseline.fever_older_adult": (
            "Température de {value} °C : chez une personne âgée, c’est de la fièvre"
        ),
        "baseline.spo2_drop": (
            "Taux d’oxygène de {value} % : {delta} points de moins que votre valeur habituelle de "
            "{baseline} %"
        ),
        "baseline.spo2_below_target": (
            "Taux d’oxygène de {value} % : en dessous de votre plage cible de {low} à {high} %"
        ),
        "baseline.spo2_above_target": (
            "Taux d’oxygène de {value} % sous oxygène : au-dessus de la cible de {low} à {high} %"
        ),
        "baseline.systolic_drop": (
            "Tension du haut à {value} mmHg : {delta} de moins que votre valeur habituelle de {baseline}"
        ),
        "baseline.bp_very_high": "Tension à {systolic}/{diastolic} mmHg : très élevée",
        "baseline.af_fast": (
            "Pouls à {value} par minute avec une fibrillation auriculaire : au-dessus de la limite "
            "habituelle de 110"
        ),
        "context.rate_limiting": (
            "Vous prenez {medicines} : votre pouls peut rester bas même si vous n’allez pas bien"
        ),
        "context.af_pulse": (
            "Avec une fibrillation auriculaire, un capteur au doigt ou au poignet peut compter trop peu de "
            "battements"
        ),
        "context.spo2_scale2": (
            "Taux d’oxygène évalué avec le barème NEWS2 pour une cible de 88 à 92 % fixée par un médecin"
        ),
        "context.target_unconfirmed": (
            "Votre plage cible d’oxygène est notée, mais le barème 88 à 92 % demande qu’un médecin confirme "
            "une insuffisance respiratoire hypercapnique : évalué avec le barème standard"
        ),
        "input.implausible": "{message}",
        "input.stale": (
            "{name} : dernière mesure il y a {hours} heures, trop ancienne pour être utilisée ; mesurez à "
            "nouveau"
        ),
        "input.future": (
            "{name} : la mesure est datée de {minutes} minutes dans le futur ; vérifiez l’horloge de "
            "l’appareil"
        ),
        "input.bp_inverted": (
            "La tension du haut ({systolic} mmHg) n’est pas plus élevée que celle du bas "
            "({diastolic} mmHg) : mesurez à nouveau"
        ),
        "input.no_readings": (
            "Aucune mesure récente : mesurez la fréquence respiratoire, le taux d’oxygène, la tension, le "
            "pouls, le niveau d’éveil et la température"
        ),
        "model.failed": (
            "Le modèle d’aggravation n’a pas pu fonctionner ({error}) ; les règles ci-dessus s’appliquent "
            "toujours"
        ),
        "model.above_threshold": (
            "Le modèle d’alerte précoce voit un risque d’infection grave (sepsis) plus élevé que d’habitude "
            "({percent} %, alerte à partir de {threshold_percent} %) : mesurez à nouveau bientôt"
        ),
        "hysteresis.held": (
            "Toujours « {level} » jusqu’à ce que les valeurs restent meilleures pendant {minutes} minutes"
        ),
        "all_normal": "Toutes les constantes mesurées sont dans les valeurs habituelles",
        "action.emergency": "Appelez maintenant le numéro d’urgence {number}.",
        "action.urgent": (
            "Demandez une aide médicale maintenant : appelez un médecin ou un service de soins urgents. Si "
            "vous ne joignez personne dans l’heure, appelez le numéro d’urgence {number}."
        ),
        "action.see_doctor_today": (
            "Voyez un médecin aujourd’hui. Si vous vous sentez plus mal, appelez le numéro d’urgence "
            "{number}."
        ),
        "action.watch": (
            "Mesurez à nouveau dans les {hours} heures. Si vous vous sentez plus mal, appelez le numéro "
            "d’urgence {number}."
        ),
        "action.none": "Rien à faire pour l’instant. Continuez à mesurer comme d’habitude.",
        "action.fallback_number": " (Le 112 fonctionne depuis la plupart des téléphones portables.)",
    },
}
"""``risk.<key>`` for every key of ``wayfarer.risk._messages.TEMPLATES``, same placeholders."""

IMPLAUSIBLE: Final[dict[str, dict[str, str]]] = {
    "de": {
        "no_signal": (
            "{name} zeigt 0: Der Sensor sitzt vielleicht locker oder die Messung ist fehlgeschlagen; bitte "
            "neu messen"
        ),
        "looks_like_fahrenheit": (
            "Temperatur {value} in °C sieht nach °F aus ({celsius} °C); bitte mit der Einheit °F neu eingeben"
        ),
        "looks_like_celsius": (
            "Temperatur {value} in °F sieht nach °C aus; bitte mit der Einheit °C neu eingeben"
        ),
        "looks_like_kelvin": (
            "Temperatur {value} in °C sieht nach Kelvin aus; bitte mit der Einheit K neu eingeben"
        ),
        "looks_like_fraction": (
            "Sauerstoffsättigung {value} % sieht nach einem Bruchteil aus; bitte in Prozent eingeben"
        ),
        "looks_like_seconds": (
            "Herzfrequenzvariabilität {value} ms sieht nach Sekunden aus; bitte die Einheit s verwenden"
        ),
        "looks_like_kpa": "{name} {value} mmHg sieht nach kPa aus; bitte mit der Einheit kPa neu eingeben",
        "looks_like_mg_dl": (
            "Blutzucker {value} mmol/L sieht nach mg/dL aus; bitte mit der Einheit mg/dL neu eingeben"
        ),
        "looks_like_mmol_l": (
            "Blutzucker {value} mg/dL sieht nach mmol/L aus; bitte mit der Einheit mmol/L neu eingeben"
        ),
        "too_low": (
            "{name} {value} {unit} ist niedriger, als ein Körper oder Sensor anzeigen kann ({low}); bitte "
            "neu messen"
        ),
        "too_high": (
            "{name} {value} {unit} ist höher, als ein Körper oder Sensor anzeigen kann ({high}); bitte neu "
            "messen"
        ),
    },
    "es": {
        "no_signal": (
            "{name} marca 0: puede que el sensor esté suelto o que la medición haya fallado; vuelva a medir"
        ),
        "looks_like_fahrenheit": (
            "Una temperatura de {value} en °C parece estar en °F ({celsius} °C); vuelva a escribir el valor "
            "con la unidad °F"
        ),
        "looks_like_celsius": (
            "Una temperatura de {value} en °F parece estar en °C; vuelva a escribir el valor con la unidad °C"
        ),
        "looks_like_kelvin": (
            "Una temperatura de {value} en °C parece estar en kelvin; vuelva a escribir el valor con la "
            "unidad K"
        ),
        "looks_like_fraction": (
            "Un nivel de oxígeno de {value} % parece una fracción; escríbalo como porcentaje"
        ),
        "looks_like_seconds": (
            "Una variabilidad de la frecuencia cardiaca de {value} ms parece estar en segundos; use la "
            "unidad s"
        ),
        "looks_like_kpa": (
            "{name} de {value} mmHg: parece estar en kPa; vuelva a escribir el valor con la unidad kPa"
        ),
        "looks_like_mg_dl": (
            "Un azúcar en sangre de {value} mmol/L parece estar en mg/dL; vuelva a escribir el valor con la "
            "unidad mg/dL"
        ),
        "looks_like_mmol_l": (
            "Un azúcar en sangre de {value} mg/dL parece estar en mmol/L; vuelva a escribir el valor con la "
            "unidad mmol/L"
        ),
        "too_low": (
            "{name} de {value} {unit}: es menos de lo que puede mostrar un cuerpo o un sensor ({low}); "
            "vuelva a medir"
        ),
        "too_high": (
            "{name} de {value} {unit}: es más de lo que puede mostrar un cuerpo o un sensor ({high}); "
            "vuelva a medir"
        ),
    },
    "fr": {
        "no_signal": (
            "{name} indique 0 : le capteur est peut-être mal placé ou la mesure a échoué ; mesurez à nouveau"
        ),
        "looks_like_fahrenheit": (
            "Une température de {value} en °C ressemble à des °F ({celsius} °C) ; saisissez la valeur à "
            "nouveau avec l’unité °F"
        ),
        "looks_like_celsius": (
            "Une température de {value} en °F ressemble à des °C ; saisissez la valeur à nouveau avec "
            "l’unité °C"
        ),
        "looks_like_kelvin": (
            "Une température de {value} en °C ressemble à des kelvins ; saisissez la valeur à nouveau avec "
            "l’unité K"
        ),
        "looks_like_fraction": (
            "Un taux d’oxygène de {value} % ressemble à une fraction ; saisissez-le en pourcentage"
        ),
        "looks_like_seconds": (
            "Une variabilité de la fréquence cardiaque de {value} ms ressemble à des secondes ; utilisez "
            "l’unité s"
        ),
        "looks_like_kpa": (
            "{name} à {value} mmHg : cela ressemble à des kPa ; saisissez la valeur à nouveau avec l’unité "
            "kPa"
        ),
        "looks_like_mg_dl": (
            "Un sucre dans le sang de {value} mmol/L ressemble à des mg/dL ; saisissez la valeur à nouveau "
            "avec l’unité mg/dL"
        ),
        "looks_like_mmol_l": (
            "Un sucre dans le sang de {value} mg/dL ressemble à des mmol/L ; saisissez la valeur à nouveau "
            "avec l’unité mmol/L"
        ),
        "too_low": (
            "{name} à {value} {unit} : c’est en dessous de ce qu’un corps ou un capteur peut afficher "
            "({low}) ; mesurez à nouveau"
        ),
        "too_high": (
            "{name} à {value} {unit} : c’est au-dessus de ce qu’un corps ou un capteur peut afficher "
            "({high}) ; mesurez à nouveau"
        ),
    },
}
"""``risk.input.implausible.<code>``: the reading checks of ``wayfarer.vitals`` by their code."""

VALUES: Final[dict[str, dict[str, str]]] = {
    "de": {
        # band (NEWS2 parts) and risk (NEWS2 total)
        "very low": "sehr niedrig",
        "low": "niedrig",
        "slightly low": "etwas niedrig",
        "slightly high": "etwas erhöht",
        "high": "hoch",
        "very high": "sehr hoch",
        "above the target on oxygen": "über dem Zielbereich unter Sauerstoff",
        "low-medium": "niedrig bis mittel",
        "medium": "mittel",
        # state (ACVPU)
        "new confusion": "neue Verwirrtheit",
        "responds only to voice": "reagiert nur auf Ansprache",
        "responds only to pain": "reagiert nur auf Schmerz",
        "unresponsive": "reagiert nicht",
        # missing (NEWS2 parameters) and name (measured parameters)
        "breathing rate": "Atemfrequenz",
        "oxygen level": "Sauerstoffsättigung",
        "whether extra oxygen is used": "ob zusätzlicher Sauerstoff gegeben wird",
        "blood pressure": "Blutdruck",
        "pulse": "Puls",
        "alertness": "Wachheit",
        "temperature": "Temperatur",
        "heart rate": "Herzfrequenz",
        "heart-rate variability": "Herzfrequenzvariabilität",
        "perfusion index": "Perfusionsindex",
        "upper blood pressure": "oberer Blutdruck",
        "lower blood pressure": "unterer Blutdruck",
        "mean blood pressure": "mittlerer Blutdruck",
        "blood sugar": "Blutzucker",
        "extra oxygen": "zusätzlicher Sauerstoff",
        "oxygen supply": "Sauerstoffgabe",
        # signs (qSOFA)
        "fast breathing": "schnelle Atmung",
        "low blood pressure": "niedriger Blutdruck",
        "confusion or drowsiness": "Verwirrtheit oder Benommenheit",
        # medicines (a profile medicine without a name)
        "a heart-rate-lowering medicine": "ein pulssenkendes Medikament",
        # unit (UCUM codes in the reading checks)
        "/min": "pro Minute",
        "Cel": "°C",
        "[degF]": "°F",
    },
    "es": {
        "very low": "muy bajo",
        "low": "bajo",
        "slightly low": "algo bajo",
        "slightly high": "algo alto",
        "high": "alto",
        "very high": "muy alto",
        "above the target on oxygen": "por encima del objetivo con oxígeno",
        "low-medium": "bajo-medio",
        "medium": "medio",
        "new confusion": "confusión reciente",
        "responds only to voice": "solo reacciona cuando se le habla",
        "responds only to pain": "solo reacciona al dolor",
        "unresponsive": "no reacciona",
        "breathing rate": "frecuencia respiratoria",
        "oxygen level": "nivel de oxígeno",
        "whether extra oxygen is used": "si se usa oxígeno adicional",
        "blood pressure": "tensión arterial",
        "pulse": "pulso",
        "alertness": "estado de alerta",
        "temperature": "temperatura",
        "heart rate": "frecuencia cardiaca",
        "heart-rate variability": "variabilidad de la frecuencia cardiaca",
        "perfusion index": "índice de perfusión",
        "upper blood pressure": "tensión máxima",
        "lower blood pressure": "tensión mínima",
        "mean blood pressure": "tensión media",
        "blood sugar": "azúcar en sangre",
        "extra oxygen": "oxígeno adicional",
        "oxygen supply": "aporte de oxígeno",
        "fast breathing": "respiración rápida",
        "low blood pressure": "tensión baja",
        "confusion or drowsiness": "confusión o somnolencia",
        "a heart-rate-lowering medicine": "un medicamento que baja el pulso",
        "/min": "por minuto",
        "Cel": "°C",
        "[degF]": "°F",
    },
    "fr": {
        "very low": "très faible",
        "low": "faible",
        "slightly low": "un peu faible",
        "slightly high": "un peu élevé",
        "high": "élevé",
        "very high": "très élevé",
        "above the target on oxygen": "au-dessus de la cible sous oxygène",
        "low-medium": "faible à moyen",
        "medium": "moyen",
        "new confusion": "confusion récente",
        "responds only to voice": "réagit seulement à la voix",
        "responds only to pain": "réagit seulement à la douleur",
        "unresponsive": "ne réagit pas",
        "breathing rate": "fréquence respiratoire",
        "oxygen level": "taux d’oxygène",
        "whether extra oxygen is used": "oxygène en plus ou non",
        "blood pressure": "tension artérielle",
        "pulse": "pouls",
        "alertness": "niveau d’éveil",
        "temperature": "température",
        "heart rate": "fréquence cardiaque",
        "heart-rate variability": "variabilité de la fréquence cardiaque",
        "perfusion index": "indice de perfusion",
        "upper blood pressure": "tension du haut",
        "lower blood pressure": "tension du bas",
        "mean blood pressure": "tension moyenne",
        "blood sugar": "sucre dans le sang",
        "extra oxygen": "oxygène en plus",
        "oxygen supply": "apport d’oxygène",
        "fast breathing": "respiration rapide",
        "low blood pressure": "tension basse",
        "confusion or drowsiness": "confusion ou somnolence",
        "a heart-rate-lowering medicine": "un médicament qui ralentit le pouls",
        "/min": "par minute",
        "Cel": "°C",
        "[degF]": "°F",
    },
}
"""``risk.value.<English>``: the English words Python puts in params (band, risk, state, missing, name,
signs, medicines, unit). ``level`` (hysteresis) uses the language's ``check.level.<level>``."""

TABLES: Final = {"de": DE, "es": ES, "fr": FR}
NBSP: Final = "\u00a0"


def placeholders(text: str) -> set[str]:
    """The ``{names}`` in a template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def french_spacing(text: str) -> str:
    """A no-break space before ``: ; ? !`` and inside guillemets, so they never start a line."""
    for mark in (":", ";", "?", "!", "»"):
        text = text.replace(f" {mark}", f"{NBSP}{mark}")
    return text.replace("« ", f"«{NBSP}")


def risk_keys(lang: str, table: dict[str, str]) -> dict[str, str]:
    """The ``risk.*`` keys of one language, checked against Python's English templates."""
    out: dict[str, str] = {}
    templates = RISK[lang]
    missing = [key for key in TEMPLATES if key not in templates]
    extra = [key for key in templates if key not in TEMPLATES]
    if missing or extra:
        raise SystemExit(f"{lang}: risk templates missing {missing}, unknown {extra}")
    for key, english in TEMPLATES.items():
        _check(lang, f"risk.{key}", english, templates[key])
        out[f"risk.{key}"] = templates[key]
    checks = IMPLAUSIBLE[lang]
    codes = [code for code in CHECK_TEMPLATES if code != "ok"]
    if sorted(checks) != sorted(codes):
        raise SystemExit(f"{lang}: reading checks {sorted(checks)} != {sorted(codes)}")
    for code in codes:
        _check(lang, f"risk.input.implausible.{code}", CHECK_TEMPLATES[code], checks[code])
        out[f"risk.input.implausible.{code}"] = checks[code]
    for english, words in VALUES[lang].items():
        out[f"risk.value.{english}"] = words
    for level in LEVELS:
        out[f"risk.value.{level}"] = table[f"check.level.{level}"]
    return out


def _check(lang: str, key: str, english: str, translation: str) -> None:
    if placeholders(english) != placeholders(translation):
        raise SystemExit(
            f"{lang} {key}: placeholders {sorted(placeholders(translation))} "
            f"!= English {sorted(placeholders(english))}"
        )


def build(lang: str, english: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The catalogue of ``lang`` and the keys of en.json it has no translation for."""
    table = TABLES[lang]
    out: dict[str, str] = {}
    untranslated: list[str] = []
    for key, text in english.items():
        if key not in table:
            untranslated.append(key)
            continue
        _check(lang, key, text, table[key])
        out[key] = table[key]
    stale = [key for key in table if key not in english]
    if stale:
        print(f"{lang}: translated keys no longer in en.json (left out): {', '.join(stale)}")
    out.update(risk_keys(lang, table))
    if lang == "fr":
        out = {key: french_spacing(text) for key, text in out.items()}
    return out, untranslated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a catalogue would change")
    args = parser.parse_args()
    english = json.loads((I18N / "en.json").read_text(encoding="utf-8"))
    changed = []
    for lang in TABLES:
        catalogue, untranslated = build(lang, english)
        text = json.dumps(catalogue, indent=2, ensure_ascii=False) + "\n"
        path = I18N / f"{lang}.json"
        if path.exists() and path.read_text(encoding="utf-8") == text:
            status = "unchanged"
        else:
            changed.append(path.name)
            status = "would change" if args.check else "written"
            if not args.check:
                path.write_text(text, encoding="utf-8")
        print(f"{lang}.json: {len(catalogue)} keys, {status}")
        if untranslated:
            print(
                f"{lang}: {len(untranslated)} keys of en.json not translated yet: {', '.join(untranslated)}"
            )
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
