"""The app open in Debian's Chromium, for the browser benchmarks (run as scripts from bench/)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "py_modules"))

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, WEB, Host, wait_for  # noqa: E402


@contextmanager
def app_page(web_root: Path = WEB, *, precached: bool = False) -> Iterator[Page]:
    """A page of the app served from ``web_root`` on 127.0.0.1, in a fresh context, Python ready.

    ``precached``: also wait until the service worker controls the page, i.e. has finished
    precaching the app (it competes for the CPU while it works).
    """
    host = Host(web_root).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_context().new_page()
                page.goto(host.url)
                wait_for(page, "window.wayfarer !== undefined")
                page.evaluate("window.wayfarer.ready")
                if precached:
                    wait_for(page, "navigator.serviceWorker.controller !== null", 120_000)
                yield page
            finally:
                browser.close()
    finally:
        host.stop()
