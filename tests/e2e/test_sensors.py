"""My devices: Web Bluetooth replaced at the hardware boundary by a scripted fake (tests/e2e/fakes/);
everything from the notification's ArrayBuffer on is the app's real code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

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
    expect(page.locator(f'#sensors-devices li[data-device="ble:{name}"][data-state="connected"]')).to_be_visible()


def notify(page: Page, name: str, uuid: int, *hexes: str) -> int:
    sent: int = page.evaluate("([id, uuid, hexes]) => fakeBluetooth.notifyMany(id, uuid, hexes)", [name, uuid, hexes])
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
    value: str = page.locator(f'.sensor-card[data-parameter="{card}"] .sensor-value').get_attribute("data-value") or ""
    return value


def python_values(uuid: int, payload: str) -> dict[str, float]:
    measurement = parse(uuid, bytes.fromhex(payload))
    return {
        str(reading.parameter): float(reading.value)  # type: ignore[arg-type]
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
