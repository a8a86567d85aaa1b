"""The whole chain in real Chromium: page → worker → Pyodide → wayfarer → onnxruntime-web, offline."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from tests.e2e.conftest import (
    ROOT,
    ContextFactory,
    Host,
    OriginGuard,
    axe_violations,
    open_app,
    run_coroutine,
    wait_for,
    wait_ready,
)

import wayfarer


def test_boot_and_call_python(app_page: Page) -> None:
    assert app_page.evaluate("window.wayfarer.call('version')") == wayfarer.__version__
    assert app_page.evaluate("crossOriginIsolated") is True


def test_onnx_in_the_browser_agrees_with_cpython(app_page: Page) -> None:
    from wayfarer.api import bridge_selftest

    rows = [[0.1, 0.2, 0.3, 0.4], [1.0, -2.0, 3.5, 0.0], [-0.7, 0.05, 12.0, -3.25]]
    browser = app_page.evaluate("rows => window.wayfarer.call('bridge.selftest', rows)", rows)
    cpython = run_coroutine(bridge_selftest(rows))
    assert len(browser) == len(cpython) == 3
    for got_row, want_row in zip(browser, cpython, strict=True):
        assert got_row == pytest.approx(want_row, abs=1e-5)


def test_python_errors_reach_the_page_readably(app_page: Page) -> None:
    unknown = app_page.evaluate(
        "window.wayfarer.call('no.such').catch(e => [e instanceof Error, e.name, e.message])"
    )
    assert unknown == [True, "UnknownFunctionError", "'no.such' is not a function the page may call"]
    failed = app_page.evaluate(
        "window.wayfarer.call('bridge.fail', 'the cuff slipped').catch(e => [e.name, e.message])"
    )
    assert failed == ["ValueError", "the cuff slipped"]
    bad_rows = app_page.evaluate(
        "window.wayfarer.call('bridge.selftest', [[1, 2]]).catch(e => [e.name, e.message])"
    )
    assert bad_rows[0] == "ValueError" and "row 0" in bad_rows[1]


def test_offline_reload_boots_from_the_cache(private_host: Host, new_context: ContextFactory) -> None:
    context = new_context(private_host.origin)
    page = open_app(context, private_host.url)
    wait_ready(page)
    # Precache complete: the service worker activates only after its install succeeded.
    wait_for(page, "navigator.serviceWorker.controller !== null", 60_000)
    private_host.stop()
    context.set_offline(True)
    page.reload()
    wait_for(page, "window.wayfarer !== undefined")
    info = wait_ready(page)
    assert info["version"] == wayfarer.__version__
    probabilities = page.evaluate("window.wayfarer.call('bridge.selftest', [[0.1, 0.2, 0.3, 0.4]])")
    assert sum(probabilities[0]) == pytest.approx(1.0, abs=1e-5)
    # This boot restored the Python snapshot; modules and data first used now must still be there.
    assert info["marks"].get("snapshot") is True
    found = page.evaluate("window.wayfarer.call('terms.search', 'vorhofflimern', 'de', 'condition', 1)")
    assert found[0]["id"] == "condition.atrial_fibrillation"
    assert page.evaluate("window.wayfarer.call('store.status')")["state"] == "new"


def test_missing_vendor_file_shows_a_clear_message(web_copy: Path, new_context: ContextFactory) -> None:
    (web_copy / "vendor" / "pyodide" / "python_stdlib.zip").unlink()
    host = Host(web_copy).start()
    try:
        page = open_app(new_context(host.origin), host.url)
        messages: list[str] = []
        page.on("console", lambda message: messages.append(message.text))
        error = page.evaluate("window.wayfarer.ready.then(() => null, e => e.message)")
        assert error, "boot should fail without the standard library"
        status = page.locator("#boot")
        expect(status).to_have_attribute("data-state", "failed")
        expect(page.locator("#boot-text")).to_contain_text("could not start")
        expect(page.get_by_role("button", name="Try again")).to_be_visible()
        assert any("could not start" in m for m in messages)
        # The rest of the app still works: Help is reachable.
        page.get_by_role("link", name="Help me").click()
        expect(page.get_by_role("heading", name="Help me")).to_be_visible()
    finally:
        host.stop()


def test_failed_python_import_is_reported(web_copy: Path, new_context: ContextFactory) -> None:
    boot = json.loads((web_copy / "vendor" / "boot.json").read_text())
    wheel = web_copy / "vendor" / boot["wheels"][0]
    import zipfile

    broken = wheel.with_suffix(".broken")
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "wayfarer/api.py":
                data = b"raise ImportError('wayfarer.api is damaged in this build')\n"
            target.writestr(item, data)
    broken.replace(wheel)
    host = Host(web_copy).start()
    try:
        page = open_app(new_context(host.origin), host.url)
        error = page.evaluate("window.wayfarer.ready.then(() => null, e => e.message)")
        assert "wayfarer.api is damaged" in error
        expect(page.locator("#boot-text")).to_contain_text("wayfarer.api is damaged")
    finally:
        host.stop()


def test_worker_crash_is_reported(web_copy: Path, new_context: ContextFactory) -> None:
    worker = web_copy / "worker.mjs"
    worker.write_text("this is not javascript (\n" + worker.read_text())
    host = Host(web_copy).start()
    try:
        page = open_app(new_context(host.origin), host.url)
        error = page.evaluate("window.wayfarer.ready.then(() => null, e => e.message)")
        assert error and "Python worker stopped" in error
        expect(page.locator("#boot")).to_have_attribute("data-state", "failed")
        call_error = page.evaluate("window.wayfarer.call('version').catch(e => e.message)")
        assert "Python worker stopped" in call_error
    finally:
        host.stop()


def test_every_screen_is_accessible_and_has_help(app_page: Page) -> None:
    screens = app_page.evaluate("window.wayfarerScreens")
    assert {"home", "help", "settings"} <= set(screens)
    for screen in screens:
        app_page.evaluate(f"location.hash = '#/{screen}'")
        wait_for(app_page, f"document.querySelector('main').dataset.screen === '{screen}'")
        expect(app_page.get_by_role("link", name="Help me")).to_be_visible()
        violations = axe_violations(app_page)
        assert violations == [], f"axe on {screen}: {violations}"
        small = app_page.evaluate(
            """() => [...document.querySelectorAll('a, button, input, select')]
                 .filter(el => el.offsetParent !== null && !el.classList.contains('skip-link'))
                 .map(el => {
                     const box = (el.closest('label') || el).getBoundingClientRect();
                     return [el.outerHTML.slice(0, 60), Math.round(box.width), Math.round(box.height)];
                 })
                 .filter(([, w, h]) => w < 44 || h < 44)"""
        )
        assert small == [], f"touch targets under 44 px on {screen}: {small}"


def test_page_is_interactive_while_python_boots(host: Host, new_context: ContextFactory) -> None:
    context = new_context(host.origin)
    release: list[object] = []

    def hold_wasm(route: object) -> None:
        release.append(route)

    context.route(re.compile(r".*/pyodide\.asm\.wasm$"), hold_wasm)
    page = context.new_page()
    page.goto(host.url)
    expect(page.locator("#boot-text")).not_to_have_text("")
    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_role("heading", name="Settings")).to_be_visible()
    page.get_by_role("radio", name="Largest").check()
    assert page.evaluate("document.querySelector('#boot').dataset.state") is None
    assert (
        page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim()")
        == "1.5"
    )
    for route in release:
        route.continue_()  # type: ignore[attr-defined]
    page.unroute(re.compile(r".*/pyodide\.asm\.wasm$"))
    wait_ready(page)


def test_text_size_and_language_persist(app_page: Page) -> None:
    app_page.evaluate("location.hash = '#/settings'")
    app_page.get_by_role("radio", name="Large", exact=True).check()
    app_page.get_by_role("radio", name="Deutsch").check()
    expect(app_page.get_by_role("heading", name="Einstellungen")).to_be_visible()
    app_page.reload()
    wait_for(app_page, "window.wayfarer !== undefined")
    expect(app_page.get_by_role("heading", name="Einstellungen")).to_be_visible()
    assert app_page.evaluate("document.documentElement.lang") == "de"
    scale = "getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim()"
    assert app_page.evaluate(scale) == "1.25"
    assert axe_violations(app_page) == []


def test_a_missing_translation_falls_back_to_english(web_copy: Path, new_context: ContextFactory) -> None:
    catalogue = web_copy / "i18n" / "de.json"
    strings = json.loads(catalogue.read_text())
    del strings["settings.storage"]
    catalogue.write_text(json.dumps(strings, ensure_ascii=False))
    host = Host(web_copy).start()
    try:
        context = new_context(host.origin)
        context.add_init_script("localStorage.setItem('wayfarer.settings', JSON.stringify({language: 'de'}))")
        page = open_app(context, host.url + "#/settings")
        expect(page.get_by_role("heading", name="Einstellungen")).to_be_visible()
        expect(page.get_by_text("Storage", exact=True)).to_be_visible()  # English, never the key
        assert page.get_by_text("settings.storage").count() == 0
    finally:
        host.stop()


def test_update_waits_for_the_user_and_drops_the_old_cache(
    private_host: Host, web_copy: Path, new_context: ContextFactory
) -> None:
    context = new_context(private_host.origin)
    page = open_app(context, private_host.url)
    wait_ready(page)
    wait_for(page, "navigator.serviceWorker.controller !== null", 60_000)
    app_caches = "caches.keys().then(names => names.filter(name => name.startsWith('wayfarer-')))"
    old_caches = page.evaluate(app_caches)
    assert len(old_caches) == 1

    catalogue = web_copy / "i18n" / "en.json"
    strings = json.loads(catalogue.read_text())
    strings["home.title"] = "How do you feel today?"
    catalogue.write_text(json.dumps(strings, indent=2))
    subprocess.run(
        [sys.executable, str(ROOT / "build_scripts" / "build_web.py"), "--manifest-only", str(web_copy)],
        check=True,
        capture_output=True,
    )
    page.evaluate("window.wayfarerServiceWorker.update()")
    expect(page.locator("#update-banner")).to_be_visible(timeout=60_000)
    # The old version keeps running untouched until the user chooses.
    expect(page.get_by_role("heading", name="How are you feeling?")).to_be_visible()
    assert page.evaluate("window.wayfarer.call('version')") == wayfarer.__version__
    with page.expect_navigation():
        page.get_by_role("button", name="Update").click()
    wait_for(page, "window.wayfarer !== undefined")
    expect(page.get_by_role("heading", name="How do you feel today?")).to_be_visible()
    wait_for(page, f"{app_caches}.then(names => names.length === 1)")
    assert page.evaluate(app_caches) != old_caches


def test_origin_guard_catches_a_foreign_request(browser: object, host: Host) -> None:
    guard = OriginGuard()
    context = browser.new_context()  # type: ignore[attr-defined]
    guard.watch(context, host.origin)
    page = context.new_page()
    page.goto(host.url)
    with contextlib.suppress(Exception):  # nothing listens there; the attempt is what counts
        page.goto("http://127.0.0.2:9/", timeout=5_000)
    context.close()
    assert guard.foreign() == ["http://127.0.0.2:9/"]
