"""Check my signs in the person's language: the level, the action and every reason in German (or
French), band words and numbers included, with no English left over. (The catalogues themselves are
checked in tests/unit/test_i18n_catalogues.py.)"""

from __future__ import annotations

import json
import re

from playwright.sync_api import Page, expect
from tests.e2e.conftest import ContextFactory, Host, axe_violations, open_app, wait_for, wait_ready

# English words of Python's reason and action templates (and of the band/risk/sign words they
# carry): none may be left in a translated result. Case-sensitive: German nouns such as "Minute"
# are capitalised, English template words are not (only "Call" opens an action).
ENGLISH = re.compile(
    r"\b(the|very|slightly|high|low|risk|per|pulse|oxygen|level|blood|pressure|breathing|fast|Call|call|"
    r"now|needs|signs|measured|partial|temperature|circulation|fever|older|given|looks|above|below)\b"
)


def open_in(host: Host, new_context: ContextFactory, language: str) -> Page:
    context = new_context(host.origin)
    settings = json.dumps(json.dumps({"language": language}))  # a JS string literal of the JSON
    context.add_init_script(
        f"try {{ localStorage.setItem('wayfarer.settings', {settings}); }} catch (e) {{}}"
    )
    page = open_app(context, host.url)
    wait_ready(page)
    assert page.evaluate("document.documentElement.lang") == language
    return page


def enter(page: Page, label: str, value: str, next_label: str) -> None:
    page.get_by_label(label).fill(value)
    page.get_by_role("button", name=next_label).click()


def result_texts(page: Page) -> list[str]:
    """The level heading, the action and every reason, as shown."""
    expect(page.locator("#check-reasons")).to_be_visible()
    return [
        page.locator("#check-level").inner_text(),
        page.locator("#check-action").inner_text(),
        *page.locator("#check-reasons li").all_inner_texts(),
    ]


def assert_no_english(texts: list[str]) -> None:
    left = {text: ENGLISH.findall(text) for text in texts if ENGLISH.search(text)}
    assert not left, f"English words left in the translated result: {left}"


def test_a_septic_picture_in_german(host: Host, new_context: ContextFactory) -> None:
    page = open_in(host, new_context, "de")
    page.get_by_role("link", name="Werte prüfen").click()
    expect(page.get_by_text("Schritt 1 von 7")).to_be_visible()
    enter(page, "Wie viele Atemzüge in einer Minute?", "26", "Weiter")
    enter(page, "Sauerstoffsättigung (SpO2) in %", "93", "Weiter")
    enter(page, "Puls, Schläge pro Minute", "112", "Weiter")
    enter(page, "Oberer Blutdruckwert (mmHg)", "98", "Weiter")
    enter(page, "Temperatur (°C)", "38,6", "Weiter")
    page.get_by_role("radio", name="Wach und denkt klar").check()
    page.get_by_role("button", name="Weiter").click()
    page.get_by_role("radio", name="Nein, normale Luft").check()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Ergebnis ansehen").click()

    level = page.locator("section.level")
    expect(level.get_by_role("heading", name="Notfall")).to_be_visible()
    assert level.get_attribute("data-level") == "emergency"
    expect(page.locator("#check-action")).to_have_text(
        "Rufen Sie jetzt den Notruf 112 an. (Die 112 funktioniert von den meisten Handys aus.)"
    )
    expect(page.get_by_role("link", name="112 anrufen")).to_have_attribute("href", "tel:112")
    reasons = page.locator("#check-reasons li").all_inner_texts()
    assert "Frühwarnwert (NEWS2) 10: Das Risiko ist hoch" in reasons
    assert "Atemfrequenz 26 pro Minute: sehr hoch" in reasons
    assert "Sauerstoffsättigung 93 %: niedrig" in reasons
    assert "Oberer Blutdruck 98 mmHg: niedrig" in reasons
    assert "Puls 112 pro Minute: hoch" in reasons
    assert "Temperatur 38,6 °C: etwas erhöht" in reasons  # German decimal comma
    assert "2 von 3 Warnzeichen für eine Sepsis (qSOFA): schnelle Atmung, niedriger Blutdruck" in reasons
    assert any(reason.startswith("Puls so hoch wie der obere Blutdruck") for reason in reasons)
    assert_no_english(result_texts(page))
    expect(page.locator("#check-score")).to_have_text("Frühwarnwert (NEWS2): 10, alle Werte gemessen.")
    expect(page.get_by_role("heading", name="Warum")).to_be_visible()
    assert axe_violations(page) == []


def test_a_partial_check_with_a_fahrenheit_slip_in_french_chosen_in_settings(
    host: Host, new_context: ContextFactory
) -> None:
    page = open_app(new_context(host.origin), host.url)
    wait_ready(page)
    page.evaluate("location.hash = '#/settings'")
    page.get_by_role("radio", name="Français").check()
    expect(page.get_by_role("heading", name="Réglages")).to_be_visible()
    wait_for(page, "document.documentElement.lang === 'fr'")

    page.evaluate("location.hash = '#/check'")
    enter(page, "Combien de respirations en une minute", "18", "Suivant")  # no-break space before ?
    page.get_by_role("button", name="Je ne sais pas").click()  # oxygen level
    page.get_by_role("button", name="Je ne sais pas").click()  # pulse
    page.get_by_role("button", name="Je ne sais pas").click()  # upper blood pressure
    enter(page, "Température (°C)", "98.6", "Suivant")
    page.get_by_role("button", name="Je ne sais pas").click()  # mind
    page.get_by_role("button", name="Voir le résultat").click()

    expect(page.locator("section.level h3")).to_have_text("À surveiller")
    reasons = page.locator("#check-reasons li").all_inner_texts()
    # The reading check by its code, its number with a decimal comma; the missing signs listed
    # one by one in French.
    assert any(r.startswith("Une température de 98,6 en °C ressemble à des °F") for r in reasons), reasons
    partial = next(r for r in reasons if r.startswith("Le score d’alerte précoce (NEWS2) est incomplet"))
    for sign in ("taux d’oxygène", "oxygène en plus ou non", "tension artérielle", "pouls", "niveau d’éveil"):
        assert sign in partial
    expect(page.locator("#check-action")).to_contain_text("Mesurez à nouveau dans les 4 heures.")
    expect(page.locator("#check-score")).to_contain_text("n’est donc pas complet")
    assert_no_english(result_texts(page))
    assert axe_violations(page) == []
