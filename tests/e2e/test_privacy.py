"""The privacy core in real Chromium: Web Crypto keys in IndexedDB, the encrypted store, the inbox,
unlocking by passphrase, recovery code and PRF passkey, damaged records, and no plaintext on disk."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, BrowserType, Page
from tests.e2e.conftest import (
    AXE,
    BOOT_TIMEOUT_MS,
    ContextFactory,
    Host,
    OriginGuard,
    axe_violations,
    open_app,
    wait_for,
    wait_ready,
)

PASSPHRASE = "a quiet harbour at dawn"


def call(page: Page, name: str, *args: Any) -> Any:
    """Call Python; a Python error comes back as {"error": class name, "message": text}."""
    return page.evaluate(
        """([name, args]) => window.wayfarer.call(name, ...args)
            .catch((e) => ({ error: e.name, message: e.message }))""",
        [name, list(args)],
    )


def ok(page: Page, name: str, *args: Any) -> Any:
    result = call(page, name, *args)
    assert not (isinstance(result, dict) and "error" in result), f"{name} failed: {result}"
    return result


def test_store_locks_seals_new_records_in_the_inbox_and_unlocks_three_ways(app_page: Page) -> None:
    page = app_page
    assert ok(page, "store.status")["state"] == "new"
    code = ok(page, "store.setup", PASSPHRASE)["recovery_code"]
    assert len(code.split("-")) == 5
    ok(page, "store.put", "allergy-1", "allergies", {"name": "penicillin"})
    ok(page, "store.put", "med-1", "medicines", {"name": "warfarin", "dose_mg": 5})
    assert ok(page, "store.lock") is True
    assert call(page, "store.get", "allergy-1")["error"] == "LockedError"

    # Written while locked: sealed to the write-only inbox.
    assert ok(page, "store.put", "hr-1", "vitals", {"heart_rate_bpm": 71})["stored"] == "inbox"
    status = ok(page, "store.status")
    assert status["state"] == "locked" and status["inbox"] == 1

    # Emergency card without unlocking, and the access is logged.
    card = ok(page, "emergency.read", "Paramedic")
    assert card["items"]["allergies"] == [{"name": "penicillin"}]
    assert card["items"]["medicines"][0]["name"] == "warfarin"

    wrong = call(page, "store.unlock", "a quiet harbour at dusk")
    assert wrong["error"] == "WrongSecretError" and "not right" in wrong["message"]
    too_soon = call(page, "store.unlock", PASSPHRASE)
    assert too_soon["error"] == "TryAgainLaterError" and "wait" in too_soon["message"]
    wait_for(page, "window.wayfarer.call('store.status').then((s) => s.wait_seconds === 0)", 10_000)
    assert ok(page, "store.unlock", PASSPHRASE) == {"unlocked": True, "merged": 1}
    assert ok(page, "store.get", "hr-1")["data"] == {"heart_rate_bpm": 71}
    assert ok(page, "store.status")["inbox"] == 0
    readings = [{"id": f"spo2-{i}", "category": "vitals", "data": {"spo2_pct": 94 + i}} for i in range(3)]
    assert ok(page, "store.put_many", readings) == {"stored": 3, "to": "records"}
    assert ok(page, "store.get", "spo2-2")["data"] == {"spo2_pct": 96}

    ok(page, "store.lock")
    typo = call(page, "store.unlock_recovery", code[:-1] + ("1" if code[-1] != "1" else "2"))
    assert typo["error"] == "RecoveryCodeTypoError"
    assert ok(page, "store.unlock_recovery", code.lower())["unlocked"] is True
    assert ok(page, "store.get", "allergy-1")["data"] == {"name": "penicillin"}

    # A reload keeps everything: device keys and the log come back from IndexedDB and verify.
    page.reload()
    wait_for(page, "window.wayfarer !== undefined")
    wait_ready(page)
    assert ok(page, "store.status")["state"] == "locked"
    ok(page, "store.unlock", PASSPHRASE)
    listed = ok(page, "store.list")
    ids = sorted(r["id"] for r in listed["records"])
    assert ids == ["allergy-1", "hr-1", "med-1", "spo2-0", "spo2-1", "spo2-2"]
    verdict = ok(page, "audit.verify")
    assert verdict["ok"] is True, verdict
    actions = [e["action"] for e in ok(page, "audit.read")["entries"]]
    assert "emergency_access" in actions and "read" in actions and "write" in actions


def test_a_corrupted_record_is_named_and_the_others_stay_readable(app_page: Page) -> None:
    page = app_page
    ok(page, "store.setup", PASSPHRASE)
    ok(page, "store.put", "good", "conditions", {"name": "asthma"})
    ok(page, "store.put", "bad", "conditions", {"name": "gout"})
    page.evaluate(
        """() => new Promise((resolve, reject) => {
            const open = indexedDB.open('wayfarer');
            open.onsuccess = () => {
                const tx = open.result.transaction('records', 'readwrite');
                const store = tx.objectStore('records');
                const get = store.get('bad');
                get.onsuccess = () => {
                    const bytes = get.result.slice();
                    const text = new TextDecoder().decode(bytes);
                    const at = text.indexOf('"ct":"') + 10;   // a character inside the ciphertext
                    bytes[at] = bytes[at] === 65 ? 66 : 65;
                    store.put(bytes, 'bad');
                };
                tx.oncomplete = () => { open.result.close(); resolve(); };
                tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
        })"""
    )
    damaged = call(page, "store.get", "bad")
    assert damaged["error"] == "RecordDamagedError"
    assert "'bad'" in damaged["message"] and "other records" in damaged["message"]
    assert ok(page, "store.get", "good")["data"] == {"name": "asthma"}
    listed = ok(page, "store.list")
    assert [r["id"] for r in listed["records"]] == ["good"]
    assert [d["id"] for d in listed["damaged"]] == ["bad"]
    assert ok(page, "store.status")["quarantined"] == 1


def test_a_prf_passkey_unlocks_the_store(host: Host, new_context: ContextFactory) -> None:
    origin = f"http://localhost:{host.port}"  # WebAuthn needs a domain, not an IP address
    context = new_context(origin)
    page = open_app(context, origin + "/")
    wait_ready(page)
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable", {"enableUI": False})
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "ctap2Version": "ctap2_1",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "hasPrf": True,
            }
        },
    )
    ok(page, "store.setup", PASSPHRASE)
    ok(page, "store.put", "device-1", "devices", {"name": "pacemaker"})
    salt = ok(page, "store.new_prf_salt")
    made = page.evaluate(
        "async (salt) => (await import('./passkey.mjs')).createPasskey(salt, 'Wayfarer test')", salt
    )
    assert set(made) == {"credentialId", "prfOutput"}
    assert ok(page, "store.add_passkey", PASSPHRASE, made["prfOutput"], made["credentialId"], salt) is True
    ok(page, "store.lock")
    passkey = ok(page, "store.status")["passkey"]
    assert passkey == {"credential_id": made["credentialId"], "prf_salt": salt}
    prf = page.evaluate(
        "async ([id, salt]) => (await import('./passkey.mjs')).passkeyPrf(id, salt)",
        [passkey["credential_id"], passkey["prf_salt"]],
    )
    assert prf == made["prfOutput"]
    assert ok(page, "store.unlock_passkey", prf)["unlocked"] is True
    assert ok(page, "store.get", "device-1")["data"] == {"name": "pacemaker"}
    ok(page, "store.lock")
    other = page.evaluate(
        "async ([id, salt]) => (await import('./passkey.mjs')).passkeyPrf(id, salt)",
        [passkey["credential_id"], ok(page, "store.new_prf_salt")],
    )
    assert call(page, "store.unlock_passkey", other)["error"] == "WrongSecretError"


def _profile_files(profile: Path) -> list[Path]:
    return [path for path in profile.rglob("*") if path.is_file() and not path.is_symlink()]


def _found(profile: Path, values: list[str]) -> set[str]:
    """Which values occur anywhere in the profile folder (UTF-8/Latin-1 or UTF-16LE)."""
    patterns = {value: (value.encode(), value.encode("utf-16-le")) for value in values}
    hits: set[str] = set()
    for path in _profile_files(profile):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits.update(value for value, forms in patterns.items() if any(form in data for form in forms))
    return hits


def test_no_plaintext_health_value_reaches_the_disk(
    host: Host, browser_type: BrowserType, browser_type_launch_args: dict[str, Any], tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    guard = OriginGuard()

    def launch() -> tuple[BrowserContext, Page]:
        context = browser_type.launch_persistent_context(
            str(profile),
            executable_path=browser_type_launch_args["executable_path"],
            args=browser_type_launch_args["args"],
            headless=True,
        )
        context.add_init_script(path=str(AXE))
        context.set_default_timeout(BOOT_TIMEOUT_MS)
        guard.watch(context, host.origin)
        page = context.pages[0] if context.pages else context.new_page()
        page.goto(host.url)
        wait_for(page, "window.wayfarer !== undefined")
        wait_ready(page)
        return context, page

    health = {
        name: f"{name} {secrets.token_hex(16)}" for name in ("allergy", "condition", "medicine", "reading")
    }
    tokens = [value.split()[1] for value in health.values()]
    control = secrets.token_hex(16)
    control_idb = secrets.token_hex(16)

    context, page = launch()
    code = ok(page, "store.setup", PASSPHRASE)["recovery_code"]
    ok(page, "store.put", "allergy-1", "allergies", {"name": health["allergy"]})
    ok(page, "store.put", "condition-1", "conditions", {"name": health["condition"]})
    ok(page, "store.put", "medicine-1", "medicines", {"name": health["medicine"]})
    ok(page, "store.lock")
    ok(page, "store.put", "reading-1", "vitals", {"note": health["reading"]})  # into the inbox
    ok(page, "emergency.read")
    # Positive controls: stored unencrypted on purpose, so the search must find them.
    page.evaluate("(value) => localStorage.setItem('wayfarer.test-control', value)", control)
    page.evaluate(
        """(value) => new Promise((resolve, reject) => {
            const open = indexedDB.open('plaintext-control', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('values');
            open.onsuccess = () => {
                const tx = open.result.transaction('values', 'readwrite');
                tx.objectStore('values').put(value, 'control');
                tx.oncomplete = () => { open.result.close(); resolve(); };
                tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
        })""",
        control_idb,
    )
    context.close()  # flushes every write to the profile folder
    secrets_on_disk = [*tokens, PASSPHRASE, code, code.replace("-", "")]
    assert _found(profile, [control, control_idb]) == {control, control_idb}, "the search cannot find data"
    assert _found(profile, secrets_on_disk) == set()

    # A second session reads everything back (decryptions for display) and exports.
    context, page = launch()
    ok(page, "store.unlock", PASSPHRASE)
    assert ok(page, "store.get", "reading-1")["data"] == {"note": health["reading"]}
    assert ok(page, "store.get", "allergy-1")["data"] == {"name": health["allergy"]}
    exported = ok(page, "privacy.export")
    assert {r["id"] for r in exported["records"]} == {"allergy-1", "condition-1", "medicine-1", "reading-1"}
    assert _found(profile, secrets_on_disk) == set()  # during the session
    context.close()
    assert _found(profile, secrets_on_disk) == set()

    # Erase everything, then look again.
    context, page = launch()
    assert ok(page, "privacy.erase") is True
    page.evaluate("() => localStorage.clear()")
    assert ok(page, "store.status")["state"] == "new"
    context.close()
    assert _found(profile, secrets_on_disk) == set()
    assert guard.foreign() == []


def test_privacy_screen_sets_up_locks_unlocks_and_deletes(app_page: Page) -> None:
    page = app_page
    page.goto(page.url.split("#")[0] + "#/privacy")
    wait_for(page, "document.querySelector('#privacy-passphrase') !== null")
    assert axe_violations(page) == []
    page.fill("#privacy-passphrase", PASSPHRASE)
    page.fill("#privacy-passphrase-again", PASSPHRASE)
    page.click("#privacy-setup")
    wait_for(page, "document.querySelector('#privacy-recovery-code') !== null")
    code = page.text_content("#privacy-recovery-code") or ""
    assert len(code.strip().split("-")) == 5
    assert axe_violations(page) == []
    page.check("#privacy-written-down")
    page.click("#privacy-continue")
    wait_for(page, "document.querySelector('#privacy-lock') !== null")
    ok(page, "store.put", "allergy-1", "allergies", {"name": "latex"})
    page.click("#privacy-open-log")
    wait_for(page, "document.querySelectorAll('#privacy-log li').length > 0")
    page.click("#privacy-verify")
    wait_for(page, "document.querySelector('#privacy-verify-result')?.textContent.length > 0")
    assert "genuine" in (page.text_content("#privacy-verify-result") or "")
    assert axe_violations(page) == []
    page.click("#privacy-back")
    page.click("#privacy-lock")
    wait_for(page, "document.querySelector('#privacy-unlock') !== null")
    page.fill("#privacy-passphrase", "wrong wrong wrong")
    page.click("#privacy-unlock")
    wait_for(page, "document.querySelector('#privacy-message.error') !== null")
    assert "not right" in (page.text_content("#privacy-message") or "")
    wait_for(page, "window.wayfarer.call('store.status').then((s) => s.wait_seconds === 0)", 10_000)
    page.fill("#privacy-passphrase", PASSPHRASE)
    page.click("#privacy-unlock")
    wait_for(page, "document.querySelector('#privacy-lock') !== null")
    # Deleting takes two separate decisions.
    page.click("#privacy-open-delete")
    wait_for(page, "document.querySelector('#privacy-delete-first') !== null")
    page.click("#privacy-delete-first")
    wait_for(page, "document.querySelector('#privacy-delete-confirm') !== null")
    assert ok(page, "store.status")["state"] == "unlocked"
    page.click("#privacy-delete-confirm")
    wait_for(page, "document.querySelector('#privacy-passphrase-again') !== null")
    assert ok(page, "store.status")["state"] == "new"
