"""Talk to the doctor in Chromium: type → top 3 → the phrase large in the doctor's language (lang,
dir), answers, body map, pain scale, RTL, axe; speech only with a voice that runs on the device."""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect
from tests.e2e.conftest import ContextFactory, Host, axe_violations, open_app, wait_for, wait_ready

# One on-device and one network voice for German; none for Arabic. SpeechSynthesisUtterance is
# replaced too, since the real one only accepts real SpeechSynthesisVoice objects.
VOICES_STUB = """
(() => {
  const voices = [
    { name: 'Network German', lang: 'de-DE', localService: false, voiceURI: 'net-de', default: false },
    { name: 'Local German', lang: 'de-DE', localService: true, voiceURI: 'local-de', default: false },
  ];
  window.__spoken = [];
  class Utterance { constructor(text) { this.text = text; this.voice = null; this.lang = ''; } }
  const synth = {
    getVoices: () => voices.slice(),
    speak: (u) => window.__spoken.push(
      { text: u.text, voice: u.voice && u.voice.name, local: u.voice && u.voice.localService }),
    cancel: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
})();
"""


def talk_page(host: Host, new_context: ContextFactory) -> Page:
    context = new_context(host.origin)
    context.add_init_script(VOICES_STUB)
    page = open_app(context, host.url)
    wait_ready(page)
    page.evaluate("localStorage.removeItem('wayfarer.settings')")
    page.evaluate("location.hash = '#/talk'")
    wait_for(page, "document.querySelector('main').dataset.screen === 'talk'")
    return page


def test_type_choose_show_speak_and_answer(host: Host, new_context: ContextFactory) -> None:
    page = talk_page(host, new_context)
    expect(page.get_by_role("heading", name="Which language does the doctor speak?")).to_be_visible()
    assert axe_violations(page) == []
    page.locator("button[data-lang='de']").click()
    page.get_by_label("Type it in English").fill("I need an ambulanse")
    page.get_by_role("button", name="Find the sentence").click()
    candidates = page.locator("#talk-candidates button")
    expect(candidates.first).to_be_visible()
    assert 1 <= candidates.count() <= 3
    assert page.locator("#talk-candidates button[data-id='phrase.need_ambulance']").count() == 1
    assert axe_violations(page) == []
    page.locator("#talk-candidates button[data-id='phrase.need_ambulance']").click()

    shown = page.locator("#talk-shown")
    expect(shown).to_have_text("Ich brauche einen Krankenwagen.")
    assert shown.get_attribute("lang") == "de" and shown.get_attribute("dir") == "ltr"
    expect(page.locator(".talk-mine").first).to_have_text("I need an ambulance.")
    expect(page.get_by_text("Not yet checked by a native speaker.")).to_be_visible()
    assert axe_violations(page) == []

    page.locator("#talk-speak").click()
    spoken = page.evaluate("window.__spoken")
    assert spoken == [{"text": "Ich brauche einen Krankenwagen.", "voice": "Local German", "local": True}]

    page.locator("#talk-answer-number").click()
    page.get_by_label("Doctor: type the number").fill("abc")
    page.get_by_role("button", name="Show the number").click()
    expect(page.get_by_role("alert")).to_contain_text("Please type a number")
    page.get_by_label("Doctor: type the number").fill("37,5")
    page.get_by_role("button", name="Show the number").click()
    expect(page.locator("#talk-answer-shown")).to_have_text("37.5")
    page.get_by_role("button", name="Back to my sentence").click()

    page.locator("#talk-answer-phrase").click()
    doctor_phrases = page.locator("#talk-doctor-phrases button")
    expect(doctor_phrases.first).to_be_visible()
    assert doctor_phrases.first.locator("span").get_attribute("lang") == "de"
    doctor_phrases.first.click()
    answer = page.locator("#talk-answer-shown")
    assert answer.get_attribute("lang") == "en"
    assert answer.inner_text().strip()
    assert axe_violations(page) == []


def test_arabic_is_rtl_and_never_spoken_by_a_network_voice(host: Host, new_context: ContextFactory) -> None:
    page = talk_page(host, new_context)
    page.locator("button[data-lang='ar']").click()
    page.locator("#talk-groups button[data-group='emergency']").click()
    page.locator("#talk-phrases button[data-id='phrase.need_ambulance']").click()
    shown = page.locator("#talk-shown")
    assert shown.get_attribute("lang") == "ar" and shown.get_attribute("dir") == "rtl"
    expect(shown).to_have_text("أحتاج إلى سيارة إسعاف.")
    expect(page.locator("#talk-no-voice")).to_be_visible()
    assert page.locator("#talk-speak").count() == 0
    assert page.evaluate("window.__spoken") == []
    assert axe_violations(page) == []


def test_body_map_and_pain_scale(host: Host, new_context: ContextFactory) -> None:
    page = talk_page(host, new_context)
    page.locator("button[data-lang='fr']").click()
    page.locator("#talk-body-map").click()
    region = page.locator("svg.talk-body-map [data-site='body_site.chest']")
    expect(region).to_be_visible()
    assert axe_violations(page) == []
    region.click()
    shown = page.locator("#talk-shown")
    assert shown.get_attribute("lang") == "fr"
    assert shown.inner_text().strip()
    page.get_by_role("button", name="Say something else").click()
    page.locator("#talk-body-map").click()
    page.locator("#talk-flip-body").click()
    expect(page.locator("svg.talk-body-map [data-site='body_site.lower_back']")).to_be_visible()
    page.get_by_role("button", name="Back", exact=True).click()
    page.locator("#talk-pain").click()
    assert page.locator("#talk-scale button").count() == 11
    assert axe_violations(page) == []
    page.locator("#talk-scale button[data-value='7']").click()
    expect(page.locator("#talk-shown")).to_contain_text("7")


def test_bad_input_is_answered_clearly_and_fast(host: Host, new_context: ContextFactory) -> None:
    page = talk_page(host, new_context)
    page.locator("button[data-lang='de']").click()
    page.get_by_label("Type it in English").fill("שלום אני צריך רופא")
    page.get_by_role("button", name="Find the sentence").click()
    expect(page.get_by_role("alert")).to_contain_text("script we cannot read")
    started = time.monotonic()
    result = page.evaluate("window.wayfarer.call('translate.match', 'chest pain '.repeat(1000000), 'en', 3)")
    assert time.monotonic() - started < 5
    assert result["truncated"] is True and result["candidates"]
    error = page.evaluate(
        "window.wayfarer.call('translate.match', ' ', 'en').then(() => null, (e) => e.name)"
    )
    assert error == "EmptyTextError"
