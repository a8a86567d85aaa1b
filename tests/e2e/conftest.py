"""End-to-end fixtures: the real host on 127.0.0.1, Debian's Chromium, and an origin guard that fails
any test in which a request leaves the test host's origin."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
CHROMIUM = Path(os.environ.get("WAYFARER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS: list[str] = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
"""Headless Debian Chromium as the tests and the browser benchmarks launch it."""
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BOOT_TIMEOUT_MS = 90_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `npm test` installs Debian's chromium package")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Host:
    """The real static host (``python -m wayfarer_host``) in a subprocess."""

    web_root: Path
    port: int = field(default_factory=_free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Host:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "py_modules")}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "wayfarer_host",
                "--port",
                str(self.port),
                "--web-root",
                str(self.web_root),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"host exited: {self.process.stderr.read().decode() if self.process.stderr else ''}"
                )
            try:
                with urllib.request.urlopen(self.url + "index.html", timeout=1):
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        raise RuntimeError("host did not start within 20 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="session")
def built_web() -> Path:
    if not (WEB / "vendor" / "precache-manifest.mjs").is_file():
        subprocess.run([sys.executable, str(ROOT / "build_scripts" / "build_web.py")], check=True)
    return WEB


@pytest.fixture(scope="session")
def host(built_web: Path) -> Iterator[Host]:
    server = Host(built_web).start()
    yield server
    server.stop()


@pytest.fixture
def web_copy(built_web: Path, tmp_path: Path) -> Path:
    """A private copy of the built app that a test may break or change."""
    target = tmp_path / "web"
    shutil.copytree(built_web, target, ignore=shutil.ignore_patterns("*.br", "*.gz", "*.sha256"))
    return target


@pytest.fixture
def private_host(web_copy: Path) -> Iterator[Host]:
    server = Host(web_copy).start()
    yield server
    server.stop()


class OriginGuard:
    """Records every request a context (its pages, workers and service worker) makes."""

    def __init__(self) -> None:
        self.allowed: set[str] = set()
        self.requests: list[str] = []

    def watch(self, context: BrowserContext, origin: str) -> BrowserContext:
        self.allowed.add(origin)
        context.on("request", lambda request: self.requests.append(request.url))
        return context

    def foreign(self) -> list[str]:
        def allowed(url: str) -> bool:
            if url.startswith(("data:", "blob:", "about:", "chrome-extension:")):
                return True
            return any(url == origin or url.startswith(origin + "/") for origin in self.allowed)

        return [url for url in self.requests if not allowed(url)]


@pytest.fixture
def origin_guard() -> Iterator[OriginGuard]:
    guard = OriginGuard()
    yield guard
    foreign = guard.foreign()
    assert not foreign, f"requests left the test host's origin: {foreign[:10]}"


ContextFactory = Callable[..., BrowserContext]


@pytest.fixture
def new_context(browser: Browser, origin_guard: OriginGuard) -> Iterator[ContextFactory]:
    """Make a fresh browser context watched by the origin guard; axe-core is injected on every page."""
    contexts: list[BrowserContext] = []

    def make(origin: str, **options: Any) -> BrowserContext:
        context = browser.new_context(**options)
        context.add_init_script(path=str(AXE))
        context.set_default_timeout(BOOT_TIMEOUT_MS)
        contexts.append(context)
        return origin_guard.watch(context, origin)

    yield make
    for context in contexts:
        context.close()


def wait_for(page: Page, condition: str, timeout_ms: int = BOOT_TIMEOUT_MS) -> None:
    """Poll a JS boolean expression (may use await). Playwright's wait_for_function evaluates strings,
    which the app's CSP forbids; a function passed to evaluate() is not subject to it."""
    ok = page.evaluate(
        f"""async () => {{
            const deadline = performance.now() + {timeout_ms};
            while (performance.now() < deadline) {{
                try {{ if (await ({condition})) return true; }} catch (e) {{}}
                await new Promise(r => setTimeout(r, 50));
            }}
            return false;
        }}"""
    )
    assert ok, f"timed out after {timeout_ms} ms waiting for: {condition}"


def open_app(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url)
    wait_for(page, "window.wayfarer !== undefined")
    return page


def wait_ready(page: Page) -> dict[str, Any]:
    info: dict[str, Any] = page.evaluate("window.wayfarer.ready")
    return info


def axe_violations(page: Page) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const r = await axe.run(document, { resultTypes: ['violations'] });
            return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                             nodes: v.nodes.map(n => n.target.join(' ')) }));
        }"""
    )
    return result


@pytest.fixture
def app_page(host: Host, new_context: ContextFactory) -> Page:
    """A page of the app in a fresh context, Python ready."""
    page = open_app(new_context(host.origin), host.url)
    wait_ready(page)
    return page


def run_coroutine(coroutine: Any) -> Any:
    """Run a coroutine to completion beside Playwright's own event loop (which owns this thread)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
