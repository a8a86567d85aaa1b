"""My health profile in Chromium with a German UI: steps saved to the encrypted store, skip and come
back, a misspelled German word finds the German term, a weight in pounds is offered as kilograms for
the person to accept, the profile survives a reload, and Check my signs uses it (NEWS2 SpO2 scale 2)."""

from __future__ import annotations

import json
from typing import Any

from playwright.sync_api import Page, expect
from tests.e2e.conftest import WEB, ContextFactory, Host, axe_violations, open_app, wait_for, wait_ready

PASSPHRASE = "a quiet harbour at dawn"
#: The German UI strings, so the test follows the catalogue rather than copies of its words.
DE: dict[str, str] = json.loads((WEB / "i18n" / "de.json").read_text(encoding="utf-8"))
EN: dict[str, str] = json.loads((WEB / "i18n" / "en.json").read_text(encoding="utf-8"))
SCALE_2_REASON = DE["risk.context.spo2_scale2"]


def call(page: Page, name: str, *args: Any) -> Any:
    result = page.evaluate(
        """([name, args]) => window.wayfarer.call(name, ...args)
            .catch((e) => ({ error: e.name, message: e.message }))""",
        [name, list(args)],
    )
    assert not (isinstance(result, dict) and "error" in result), f"{name} failed: {result}"
    return result


def no_axe_violations(page: Page, where: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"{where}: {violations}"
    small = page.evaluate(
        """() => [...document.querySelectorAll('main a, main button, main input, main select')]
             .filter(el => el.offsetParent !== null)
             .map(el => {
                 const box = (el.closest('label') || el).getBoundingClientRect();
                 return [el.outerHTML.slice(0, 80), Math.round(box.width), Math.round(box.height)];
             })
             .filter(([, w, h]) => w < 44 || h < 44)"""
    )
    assert small == [], f"{where}: touch targets under 44 px: {small}"


def open_profile(page: Page) -> None:
    page.evaluate("location.hash = '#/home'")
    wait_for(page, "document.querySelector('main').dataset.screen === 'home'", 20_000)
    page.evaluate("location.hash = '#/profile'")
    wait_for(page, "document.querySelector('main').dataset.screen === 'profile'", 20_000)


def at_step(page: Page, step: str) -> None:
    expect(page.locator(f"#profile-step-title[data-step='{step}']")).to_be_visible()
    no_axe_violations(page, f"step {step}")


def save(page: Page) -> None:
    page.locator("#profile-save").click()


def pick(page: Page, field: str, typed: str, concept_id: str) -> None:
    page.locator(f"#profile-pick-{field}").fill(typed)
    choice = page.locator(f"#profile-pick-{field}-results button[data-concept='{concept_id}']")
    expect(choice).to_be_visible()
    no_axe_violations(page, f"{field} picker with results")
    choice.click()


def test_a_profile_filled_in_german_is_kept_encrypted_and_used_by_check(
    host: Host, new_context: ContextFactory
) -> None:
    context = new_context(host.origin, locale="de-DE")
    page = open_app(context, host.url)
    wait_ready(page)
    page.set_default_timeout(20_000)
    expect(page.get_by_role("link", name=DE["profile.menu"])).to_be_visible()

    # No store yet: the screen says so and sends the person to My privacy.
    open_profile(page)
    expect(page.locator("#profile-store-needed")).to_have_text(DE["profile.store_new"])
    expect(page.locator("#profile-open-privacy")).to_have_attribute("href", "#/privacy")
    no_axe_violations(page, "store not set up")

    call(page, "store.setup", PASSPHRASE)
    open_profile(page)

    # 1. About me: skipped for now.
    at_step(page, "about")
    expect(page.locator("#profile-progress")).to_have_text(DE["profile.step_of"].format(step=1, total=16))
    page.locator("#profile-skip").click()

    # 2. My body: 165 "kg" at 163 cm is asked about, never converted silently.
    at_step(page, "body")
    page.locator("#profile-height_cm").fill("163")
    page.locator("#profile-weight_kg").fill("165")
    save(page)
    issue = page.locator("#profile-issues .profile-issue[data-field='weight_kg']")
    # The field is named in the UI language; the check's own sentence is English so far.
    expect(issue).to_contain_text(DE["profile.field.weight_kg"])
    expect(issue).to_contain_text("was it 165 lb (74.8 kg)?")
    assert issue.get_attribute("data-kind") == "confirm"
    expect(page.locator("#profile-step-title")).to_have_attribute("data-step", "body")
    no_axe_violations(page, "weight confirmation")
    page.get_by_role("button", name=DE["profile.use_suggestion"].format(value="74.8 kg")).click()
    expect(page.locator("#profile-notice")).to_have_text(
        DE["profile.saved"].format(step=DE["profile.step.body"])
    )

    # 3. Languages: names in the UI language, own names marked with their language.
    at_step(page, "languages")
    page.locator("#profile-languages_spoken-de").check()
    page.locator("#profile-languages_spoken-en").check()
    expect(page.locator("label[for='profile-languages_spoken-el'] span[lang='el']")).to_have_text("Ελληνικά")
    save(page)

    # 4. Illnesses: a misspelled German word finds the German term, marked as not yet reviewed.
    at_step(page, "conditions")
    page.locator("#profile-pick-conditions").fill("Vorhoflimern")
    first = page.locator("#profile-pick-conditions-results button").first
    expect(first).to_have_attribute("data-concept", "condition.atrial_fibrillation")
    expect(first.locator(".profile-term-text")).to_have_text("Vorhofflimmern")
    assert first.locator(".profile-term-text").get_attribute("lang") == "de"
    expect(first).to_contain_text("SNOMED CT 49436004")
    expect(first).to_contain_text(DE["profile.term_unreviewed"])
    no_axe_violations(page, "conditions picker with results")
    first.click()
    item = page.locator("fieldset.profile-item").first
    expect(item.locator("legend")).to_contain_text("Vorhofflimmern")
    page.locator("#profile-conditions-0-notes").fill("seit 2016")
    pick(page, "conditions", "chronisch obstruktive", "condition.copd")
    save(page)

    # 5. Medicines with dose and schedule.
    at_step(page, "medicines")
    pick(page, "medicines", "Bisoprolol", "medicine.bisoprolol")
    page.locator("#profile-medicines-0-dose-amount").fill("2,5")
    page.locator("#profile-medicines-0-dose-unit").select_option("mg")
    page.locator("#profile-medicines-0-schedule-times").fill("08:00")
    save(page)

    # 6. Allergies with severity.
    at_step(page, "allergies")
    pick(page, "allergies", "Penicilin", "allergen.penicillin")
    page.locator("fieldset.profile-item").first.get_by_text(DE["profile.option.severity.anaphylaxis"]).click()
    save(page)

    # 7. Devices: skipped.
    at_step(page, "devices")
    page.locator("#profile-skip").click()

    # 8. Usual values and the doctor's oxygen target.
    at_step(page, "vitals")
    page.locator("#profile-baseline_vitals-spo2").fill("91")
    page.locator("#profile-target_spo2_range-low").fill("88")
    page.locator("#profile-target_spo2_range-high").fill("92")
    save(page)

    # 9. Hypercapnic respiratory failure: only with the clinician who confirmed it.
    at_step(page, "hypercapnic")
    page.get_by_text(DE["profile.option.hypercapnic_respiratory_failure_confirmed.true"]).click()
    save(page)
    missing = page.locator("#profile-issues .profile-issue[data-field='hypercapnic_confirmed_by']")
    expect(missing).to_contain_text(DE["profile.field.hypercapnic_confirmed_by"])
    expect(missing).to_contain_text("name the clinician")
    no_axe_violations(page, "hypercapnic error")
    page.locator("#profile-hypercapnic_confirmed_by").fill("Dr. Jonas Albrecht (Pneumologie)")
    page.locator("#profile-hypercapnic_confirmed_on").fill("2023-02-07")
    save(page)

    # 10-16: every remaining step is shown (and checked by axe), some filled, some skipped.
    at_step(page, "function")
    page.get_by_text(DE["profile.option.mobility.walking_aid"]).click()
    save(page)
    at_step(page, "directives")
    page.locator("#profile-skip").click()
    at_step(page, "contacts")
    page.locator("#profile-add-emergency_contacts").click()
    page.locator("#profile-emergency_contacts-0-name").fill("Thomas Vogel")
    page.locator("#profile-emergency_contacts-0-phone").fill("+49 151 5550147")
    no_axe_violations(page, "contacts with one contact")
    save(page)
    for step in ("proxy", "insurance", "doctor"):
        at_step(page, step)
        page.locator("#profile-skip").click()
    at_step(page, "travel")
    page.locator("#profile-travel_plan-current_country").fill("ES")
    save(page)

    # The summary, then back to the skipped first step through the step list.
    expect(page.locator("#profile-complete")).to_have_text(DE["profile.incomplete"])
    no_axe_violations(page, "summary")
    page.locator("#profile-all-steps").click()
    about = page.locator("#profile-steps button[data-step='about']")
    expect(about).to_contain_text(DE["profile.status.skipped"])
    expect(page.locator("#profile-steps button[data-step='body']")).to_contain_text(DE["profile.status.done"])
    no_axe_violations(page, "step list")
    about.click()
    at_step(page, "about")
    page.locator("#profile-given_name").fill("Margarethe")
    page.locator("#profile-family_name").fill("Vogel")
    page.locator("#profile-date_of_birth").fill("1948-02-10")
    page.get_by_text(DE["profile.option.sex.female"], exact=True).click()
    save(page)
    expect(page.locator("#profile-notice")).to_have_text(
        DE["profile.saved"].format(step=DE["profile.step.about"])
    )

    # Nothing of it is in localStorage; the emergency card has the coded lists.
    stored = page.evaluate("JSON.stringify(Object.assign({}, localStorage))")
    assert "Vorhof" not in stored and "Margarethe" not in stored and "74.8" not in stored
    card = call(page, "emergency.read", "test")
    [conditions] = card["items"]["conditions"]
    assert conditions["name"] == "Atrial fibrillation; Chronic obstructive pulmonary disease"

    # Reload: locked, the screen says so; after unlocking the profile is all there.
    page.reload()
    wait_for(page, "window.wayfarer !== undefined")
    wait_ready(page)
    open_profile(page)
    expect(page.locator("#profile-store-needed")).to_have_text(DE["profile.store_locked"])
    call(page, "store.unlock", PASSPHRASE)
    open_profile(page)
    page.locator("#profile-summary").click()
    expect(page.locator("#profile-complete")).to_have_text(DE["profile.complete"])
    summary = page.locator("main")
    expect(summary.locator("[data-step='conditions'] .profile-term-text[lang='de']").first).to_have_text(
        "Vorhofflimmern"
    )
    expect(summary.locator("[data-step='body']")).to_contain_text("74.8 kg")
    expect(summary.locator("[data-step='about']")).to_contain_text("Margarethe")
    expect(summary.locator("[data-step='medicines']")).to_contain_text("2.5 mg; 08:00")
    no_axe_violations(page, "summary after reload")

    # Check my signs reads the saved profile: SpO2 89% is scored on scale 2 for this person.
    page.evaluate("location.hash = '#/check'")
    wait_for(page, "document.querySelector('main').dataset.screen === 'check'", 20_000)
    page.get_by_role("button", name=DE["check.skip"]).click()
    page.locator("#check-spo2").fill("89")
    page.get_by_role("button", name=DE["check.next"]).click()
    for _ in range(4):
        page.get_by_role("button", name=DE["check.skip"]).click()
    page.get_by_role("button", name=DE["check.skip"]).click()
    expect(page.locator("#check-reasons")).to_be_visible()
    reasons = page.locator("#check-reasons li").all_inner_texts()
    assert SCALE_2_REASON in reasons, reasons


def test_locking_while_editing_says_so_and_keeps_nothing(app_page: Page) -> None:
    page = app_page
    page.set_default_timeout(20_000)
    call(page, "store.setup", PASSPHRASE)
    open_profile(page)
    at_step(page, "about")
    page.locator("#profile-given_name").fill("Margarethe")
    call(page, "store.lock")
    save(page)
    expect(page.locator("#profile-store-needed")).to_have_text(EN["profile.store_locked"])
    no_axe_violations(page, "locked while editing")
    assert call(page, "store.status")["inbox"] == 0  # not even sealed for later: nothing was written
    assert call(page, "profile.current") is None
