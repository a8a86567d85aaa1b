"""Check my signs: one vital per step, then the level in words and shape, the reasons and the action."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from tests.e2e.conftest import axe_violations


def enter(page: Page, label: str, value: str) -> None:
    page.get_by_label(label).fill(value)
    page.get_by_role("button", name="Next").click()


def test_a_septic_picture_is_an_emergency_in_words_and_shape(app_page: Page) -> None:
    app_page.get_by_role("link", name="Check my signs").click()
    expect(app_page.get_by_text("Step 1 of 7")).to_be_visible()
    enter(app_page, "How many breaths in one minute?", "26")
    enter(app_page, "Oxygen level (SpO2), in %", "93")
    enter(app_page, "Pulse, beats per minute", "112")
    enter(app_page, "Upper blood pressure (mmHg)", "98")
    enter(app_page, "Temperature (°C)", "38,6")
    app_page.get_by_role("radio", name="Awake and thinking clearly").check()
    app_page.get_by_role("button", name="Next").click()
    app_page.get_by_role("radio", name="No, normal air").check()
    assert axe_violations(app_page) == []
    app_page.get_by_role("button", name="See the result").click()

    level = app_page.locator("section.level")
    expect(level.get_by_role("heading", name="Emergency")).to_be_visible()
    assert level.get_attribute("data-level") == "emergency"
    assert level.locator("svg polygon").count() == 1  # the octagon: shape, not colour alone
    expect(app_page.locator("#check-action")).to_contain_text("Call the emergency number 112 now.")
    expect(app_page.get_by_role("link", name="Call 112")).to_have_attribute("href", "tel:112")
    reasons = app_page.locator("#check-reasons li").all_inner_texts()
    assert "breathing rate 26 per minute: very high" in reasons
    assert any("sepsis warning signs" in reason for reason in reasons)
    expect(app_page.locator("#check-score")).to_contain_text("NEWS2): 10, all signs measured")
    assert axe_violations(app_page) == []


def test_skipped_signs_give_a_partial_score_never_shown_complete(app_page: Page) -> None:
    app_page.evaluate("location.hash = '#/check'")
    enter(app_page, "How many breaths in one minute?", "16")
    for _ in range(6):
        app_page.get_by_role("button", name="I don't know").click()
    expect(app_page.locator("section.level h3")).to_have_text("Keep an eye on it")
    expect(app_page.locator("#check-score")).to_contain_text("not complete")
    reasons = " ".join(app_page.locator("#check-reasons li").all_inner_texts())
    assert "partial" in reasons


def test_a_typo_is_caught_before_it_is_scored(app_page: Page) -> None:
    app_page.evaluate("location.hash = '#/check'")
    enter(app_page, "How many breaths in one minute?", "abc")
    expect(app_page.get_by_role("alert")).to_have_text("Please type a number, for example 18.")
    enter(app_page, "How many breaths in one minute?", "18")
    app_page.get_by_role("button", name="I don't know").click()
    app_page.get_by_role("button", name="I don't know").click()
    app_page.get_by_role("button", name="I don't know").click()
    enter(app_page, "Temperature (°C)", "98.6")
    app_page.get_by_role("button", name="I don't know").click()
    app_page.get_by_role("button", name="See the result").click()
    expect(app_page.locator("#check-reasons")).to_be_visible()
    reasons = " ".join(app_page.locator("#check-reasons li").all_inner_texts())
    assert "°F" in reasons  # 98.6 as °C is flagged as a likely Fahrenheit value, not scored
