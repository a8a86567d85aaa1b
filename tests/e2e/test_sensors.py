"""My devices: Web Bluetooth replaced at the hardware boundary by a scripted fake (tests/e2e/fakes/);
everything from the notification's ArrayBuffer on is the app's real code."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect
from playwright.sync_api import Error as PlaywrightError
from tests.e2e.conftest import Host, axe_violations, open_app, wait_for, wait_ready

from wayfarer.sensors import parse, to_readings

FAKES = Path(__file__).resolve().parent / "fakes"
HR, PLX_CONTINUOUS, BP = 0x2A37, 0x2A5F, 0x2A35
STRAP = {"0x180D": [HR]}
SERVICES = {"strap": {0x180D: [HR]}, "oximeter": {0x1822: [PLX_CONTINUOUS, 0x2A5E]}, "cuff": {0x1810: [BP]}}
NAMES = {"strap": "Chest strap", "oximeter": "Finger oximeter", "cuff": "Arm cuff"}


@pytest.fixture
def sensors_page(host: Host, new_context: Callable[..., BrowserContext]) -> Page:
    context = new_context(host.origin)
    context.add_init_script(path=str(FAKES / "bluetooth.js"))
    page = open_app(context, host.url + "#/sensors")
    wait_ready(page)
    expect(page.get_by_role("heading", name="My devices")).to_be_visible()
    return page


def add_devices(page: Page, *names: str) -> None:
    for name in names:
        page.evaluate(
            "([id, label, services]) => fakeBluetooth.add(id, label, services)",
            [name, NAMES[name], {str(k): v for k, v in SERVICES[name].items()}],
        )


def connect(page: Page, name: str) -> None:
    page.evaluate("id => fakeBluetooth.choose(id)", name)
    page.get_by_role("button", name="Connect a device").click()
    item = page.locator(f'#sensors-devices li[data-device="ble:{name}"]')
    expect(item).to_have_attribute("data-state", "connected")


def notify(page: Page, name: str, uuid: int, *hexes: str) -> int:
    script = "([id, uuid, hexes]) => fakeBluetooth.notifyMany(id, uuid, hexes)"
    sent: int = page.evaluate(script, [name, uuid, hexes])
    return sent


def acks(page: Page) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = page.evaluate("window.sensorAcks")
    return result


def watch_acks(page: Page) -> None:
    page.evaluate(
        """() => { window.sensorAcks = []; window.sensorEvents = [];
                   addEventListener('wayfarer-sensors', (e) => {
                     window.sensorEvents.push(e.detail);
                     if (e.detail.type === 'ack') window.sensorAcks.push(e.detail.ack); }); }"""
    )


def card_value(page: Page, card: str) -> str:
    value = page.locator(f'.sensor-card[data-parameter="{card}"] .sensor-value').get_attribute("data-value")
    return value or ""


def python_values(uuid: int, payload: str) -> dict[str, float]:
    measurement = parse(uuid, bytes.fromhex(payload))
    return {
        str(reading.parameter): float(reading.value)
        for reading in to_readings(measurement, datetime.now(UTC))
    }


def test_demo_replay_of_a_flaky_connection_reports_the_bad_payload_and_goes_on(sensors_page: Page) -> None:
    page = sensors_page
    watch_acks(page)
    page.get_by_role("radio", name="A poor connection").check()
    page.get_by_role("radio", name="Very fast: one hour in 1 second").check()
    page.get_by_role("button", name="Start the demo").click()
    expect(page.locator("#sensors-demo-status[data-done=true]")).to_be_visible(timeout=60_000)
    expect(page.locator("#sensors-parse-errors")).to_contain_text("could not be read: 1.")
    expect(page.locator("#sensors-clock")).to_be_visible()
    assert card_value(page, "heart_rate")
    assert axe_violations(page) == []
    page.screenshot(path="/tmp/sensors.png", full_page=True)


def test_strap_oximeter_and_cuff_show_what_python_parses_from_the_same_bytes(sensors_page: Page) -> None:
    page = sensors_page
    watch_acks(page)
    add_devices(page, "strap", "oximeter", "cuff")
    for name in ("strap", "oximeter", "cuff"):
        connect(page, name)
    request = page.evaluate("fakeBluetooth.requests[0]")
    wanted = {service for f in request["filters"] for service in f["services"]}
    assert wanted == {0x180D, 0x1822, 0x1810, 0x1809, 0x1808}
    strap, oximeter = "16485B038003", "0061004800"
    cuff = "1E8A0058007800E807041114293B3C00012700"
    assert notify(page, "strap", HR, "0048", strap) == 2
    assert notify(page, "cuff", BP, cuff) == 1
    page.wait_for_timeout(400)  # the cuff's batch goes first, so the oximeter's pulse is the latest
    assert notify(page, "oximeter", PLX_CONTINUOUS, oximeter) == 1
    expected = python_values(HR, strap) | python_values(BP, cuff) | python_values(PLX_CONTINUOUS, oximeter)
    expect(page.locator('.sensor-card[data-parameter="spo2"]')).to_be_visible()
    expect(page.locator('.sensor-card[data-parameter="blood_pressure"]')).to_be_visible()
    assert float(card_value(page, "heart_rate")) == expected["heart_rate"] == 72
    assert float(card_value(page, "spo2")) == expected["spo2"] == 97
    assert float(card_value(page, "pulse_rate")) == expected["pulse_rate"] == 72
    systolic, diastolic = (float(v) for v in card_value(page, "blood_pressure").split("/"))
    assert (systolic, diastolic) == (expected["systolic_bp"], expected["diastolic_bp"]) == (138, 88)
    card = page.locator('.sensor-card[data-parameter="blood_pressure"]')
    expect(card.locator(".sensor-number")).to_have_text("138/88")
    expect(card).to_contain_text("mmHg")
    expect(card).to_contain_text("Measured at")
    expect(page.locator('.sensor-card[data-parameter="heart_rate"]')).to_contain_text("72 beats per minute")
    # The batches crossed as transferred buffers and came back acknowledged, one per characteristic.
    assert {(a["device"], a["uuid"]) for a in acks(page)} == {
        ("ble:strap", "0x2A37"),
        ("ble:cuff", "0x2A35"),
        ("ble:oximeter", "0x2A5F"),
    }
    assert sum(a["notifications"] for a in acks(page)) == 4
    expect(page.locator("#sensors-risk section.level")).to_be_visible()
    assert axe_violations(page) == []


def test_a_truncated_payload_is_reported_and_the_session_goes_on(sensors_page: Page) -> None:
    page = sensors_page
    watch_acks(page)
    add_devices(page, "strap")
    connect(page, "strap")
    notify(page, "strap", HR, "0048", "16485B", "0050")  # the middle one announces RR-intervals it lacks
    expect(page.locator("#sensors-parse-errors")).to_contain_text("could not be read: 1.")
    expect(page.locator('.sensor-card[data-parameter="heart_rate"] .sensor-number')).to_have_text("80")
    page.get_by_text("Show the details").click()
    expect(page.locator(".sensor-errors li")).to_contain_text("Heart Rate Measurement")
    expect(page.locator(".sensor-errors li")).to_contain_text("16485b")
    notify(page, "strap", HR, "0052")
    expect(page.locator('.sensor-card[data-parameter="heart_rate"] .sensor-number')).to_have_text("82")
    (error,) = [e for a in acks(page) for e in a["errors"]]
    assert error["index"] == 1 and error["hex"] == "16485b"
    assert axe_violations(page) == []


def test_a_flooding_device_is_capped_reported_and_the_session_goes_on(sensors_page: Page) -> None:
    page = sensors_page
    watch_acks(page)
    add_devices(page, "strap")
    connect(page, "strap")
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    # 60,000 notifications at once, faster than any batch can be answered: the page keeps at most
    # 8,192 waiting (the oldest go first), so memory stays bounded whatever the device sends.
    sent = page.evaluate("fakeBluetooth.flood('strap', 0x2A37, '0048', 60000, 60000)")
    assert sent == 60_000
    wait_for(
        page,
        """(() => { const got = window.sensorAcks.reduce((n, a) => n + a.received, 0);
                   const dropped = window.sensorEvents.filter((e) => e.type === 'dropped')
                     .reduce((n, e) => n + e.count, 0);
                   return got + dropped === 60000; })()""",
        60_000,
    )
    dropped = sum(e["count"] for e in page.evaluate("window.sensorEvents") if e["type"] == "dropped")
    received = sum(a["received"] for a in acks(page))
    assert dropped >= 60_000 - 8192 - 4 * 8192 and received >= 8192  # capped queue, batches in flight
    assert received + dropped == 60_000
    assert any("notifications dropped (oldest first)" in text for text in warnings)
    expect(page.locator("#sensors-problems")).to_contain_text("readings were skipped (the oldest first)")
    # The session goes on: the next notification is read and shown.
    notify(page, "strap", HR, "0052")
    expect(page.locator('.sensor-card[data-parameter="heart_rate"] .sensor-number')).to_have_text("82")
    summary = page.evaluate("window.wayfarer.call('sensors.summary')")
    assert summary["devices"]["ble:strap"]["notifications"] == received + 1
    assert summary["batch_errors"] == 0


def test_a_dropped_connection_is_retried_with_growing_waits_and_comes_back(sensors_page: Page) -> None:
    page = sensors_page
    add_devices(page, "strap")
    connect(page, "strap")
    notify(page, "strap", HR, "0048")
    expect(page.locator('.sensor-card[data-parameter="heart_rate"] .sensor-number')).to_have_text("72")
    page.evaluate("fakeBluetooth.failNextConnects('strap', 3)")
    page.evaluate("fakeBluetooth.drop('strap')")
    item = page.locator('#sensors-devices li[data-device="ble:strap"]')
    expect(item).to_contain_text("the connection dropped. Trying again in")
    expect(item).to_contain_text("try 1 of 8")
    assert axe_violations(page) == []
    expect(item).to_have_attribute("data-state", "connected", timeout=30_000)
    times: list[float] = page.evaluate("fakeBluetooth.connectTimes('strap')")
    assert len(times) == 5  # the first connection, three failed tries, the one that worked
    waits = [b - a for a, b in itertools.pairwise(times[1:])]
    assert waits == sorted(waits) and waits[-1] > 1500  # 1 s, 2 s, 4 s ceilings with equal jitter
    notify(page, "strap", HR, "0050")
    expect(page.locator('.sensor-card[data-parameter="heart_rate"] .sensor-number')).to_have_text("80")
    summary = page.evaluate("window.wayfarer.call('sensors.summary')")
    assert summary["devices"]["ble:strap"]["disconnects"] == 1


def test_without_web_bluetooth_the_app_says_so_and_offers_manual_entry(
    host: Host, new_context: Callable[..., BrowserContext]
) -> None:
    context = new_context(host.origin)
    context.add_init_script(path=str(FAKES / "no_bluetooth.js"))
    page = open_app(context, host.url + "#/sensors")
    message = page.locator("#sensors-support")
    expect(message).to_contain_text("This browser cannot talk to Bluetooth sensors")
    expect(page.get_by_role("button", name="Connect a device")).to_be_hidden()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Type my measurements").click()
    expect(page.get_by_text("Step 1 of 7")).to_be_visible()


def test_demo_of_a_night_of_deterioration_raises_the_level(sensors_page: Page) -> None:
    page = sensors_page
    page.get_by_role("radio", name="A night that gets worse").check()
    page.get_by_role("radio", name="Very fast: one hour in 1 second").check()
    page.get_by_role("button", name="Start the demo").click()
    wait_for(page, "document.querySelector('#sensors-risk').dataset.rank !== undefined", 30_000)
    first = int(page.locator("#sensors-risk").get_attribute("data-rank") or "-1")
    assert axe_violations(page) == []
    expect(page.locator("#sensors-demo-status[data-done=true]")).to_be_visible(timeout=90_000)
    last = int(page.locator("#sensors-risk").get_attribute("data-rank") or "-1")
    level = page.locator("#sensors-risk section.level").get_attribute("data-level")
    assert first <= 1 < 3 <= last, (first, last, level)
    expect(page.locator("#sensors-risk section.level h3")).to_have_text(
        {"urgent": "Get medical help now", "emergency": "Emergency"}[level or ""]
    )
    assert float(card_value(page, "temperature")) > 38.5
    assert float(card_value(page, "spo2")) < 92
    assert axe_violations(page) == []


PASSPHRASE = "a calm harbour at dawn"


def call(page: Page, name: str, *args: Any) -> Any:
    return page.evaluate("([name, args]) => window.wayfarer.call(name, ...args)", [name, list(args)])


def test_every_acknowledged_reading_is_in_the_store_after_the_page_is_killed(
    host: Host, new_context: Callable[..., BrowserContext]
) -> None:
    context = new_context(host.origin)
    context.add_init_script(path=str(FAKES / "bluetooth.js"))
    acknowledged: list[dict[str, Any]] = []
    context.expose_function("reportAck", lambda ack: acknowledged.append(ack))
    context.add_init_script(
        script="addEventListener('wayfarer-sensors', (e) => {"
        " if (e.detail.type === 'ack') window.reportAck(e.detail.ack); });"
    )
    page = open_app(context, host.url + "#/sensors")
    wait_ready(page)
    call(page, "store.setup", PASSPHRASE)
    add_devices(page, "strap")
    connect(page, "strap")
    # A strap that streams heart rates 40, 41, ... 189, 40, ... five every 4 ms, until the page dies.
    page.evaluate(
        """() => { let i = 0; setInterval(() => { for (let k = 0; k < 5; k += 1) {
             const bpm = 40 + (i++ % 150);
             fakeBluetooth.notify('strap', 0x2A37, '00' + bpm.toString(16).padStart(2, '0')); } }, 4); }"""
    )
    # Readings are written together (at most 5 s after they arrive, or 4,096 at a time): wait until
    # some were acknowledged as saved, then a little more so batches are in flight at the kill.
    for _ in range(1200):  # up to a minute: a loaded CI machine writes slowly
        if len(acknowledged) >= 12 and sum(ack["notifications"] for ack in acknowledged) > 0:
            break
        page.wait_for_timeout(50)
    else:
        raise AssertionError(f"no saved readings were acknowledged within a minute: {acknowledged[-3:]}")
    expect(page.locator("#sensors-saved")).to_contain_text("saved on this phone")
    # Kill the page mid-stream: its renderer process crashes (as when the phone's system kills the
    # app). Chromium's debug URL crashes the renderer hosting the page before anything unloads, so
    # no unload, pagehide or finally block runs; the worker dies with the process, and readings
    # waiting in the worker or in flight are lost unacknowledged.
    for _ in range(100):  # readings wait in the worker to be written (not just after a write)
        if call(page, "sensors.summary")["devices"]["ble:strap"]["pending"] > 0:
            break
        page.wait_for_timeout(20)
    else:
        raise AssertionError("no readings were waiting to be written")
    # The navigation is aborted by the crash.
    with page.expect_event("crash", timeout=10_000), contextlib.suppress(PlaywrightError):
        page.goto("chrome://crash", timeout=10_000)
    acked = list(acknowledged)
    assert acked and all(ack["saved"] for ack in acked)
    count = sum(ack["readings"] for ack in acked)
    assert count == sum(ack["stored"] for ack in acked) == sum(ack["notifications"] for ack in acked)
    assert count > 0

    again = open_app(context, host.url + "#/sensors")
    wait_ready(again)
    assert call(again, "store.status")["state"] == "locked"
    call(again, "store.unlock", PASSPHRASE)
    stored = call(again, "sensors.stored")
    values = [row["value"] for row in stored["devices"]["ble:strap"]]
    assert len(values) >= count
    assert values[:count] == [40 + i % 150 for i in range(count)]
    assert stored["damaged"] == []
