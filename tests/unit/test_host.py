from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from wayfarer_host.app import create_app
from wayfarer_host.headers import IMMUTABLE, REVALIDATE


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text("<!doctype html><title>t</title>")
    (tmp_path / "app.mjs").write_text("export const x = 1;\n" * 200)
    (tmp_path / "app.mjs.gz").write_bytes(gzip.compress((tmp_path / "app.mjs").read_bytes()))
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    (vendor / "core.wasm").write_bytes(b"\0asm" + bytes(100))
    (vendor / "model.onnx").write_bytes(b"onnx")
    (vendor / "tok.model").write_bytes(b"spm")
    (vendor / "pkg.whl").write_bytes(b"PK")
    (tmp_path / ".secret").write_text("no")
    return tmp_path


@pytest.fixture
def client(site: Path) -> TestClient:
    return TestClient(create_app(site))


def test_mime_types(client: TestClient) -> None:
    expected = {
        "/": "text/html",
        "/app.mjs": "text/javascript",
        "/vendor/core.wasm": "application/wasm",
        "/vendor/model.onnx": "application/octet-stream",
        "/vendor/tok.model": "application/octet-stream",
        "/vendor/pkg.whl": "application/zip",
    }
    for path, media_type in expected.items():
        response = client.get(path, headers={"accept-encoding": "identity"})
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith(media_type), path


def test_security_headers_make_the_page_cross_origin_isolated(client: TestClient) -> None:
    headers = client.get("/").headers
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert headers["cross-origin-embedder-policy"] == "require-corp"
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self' 'wasm-unsafe-eval'" in csp
    assert "unsafe-inline" not in csp and "'unsafe-eval'" not in csp.replace("'wasm-unsafe-eval'", "")
    assert headers["x-content-type-options"] == "nosniff"
    assert client.get("/missing").headers["content-security-policy"] == csp


def test_precompressed_file_is_served_when_accepted(client: TestClient, site: Path) -> None:
    response = client.get("/app.mjs", headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.content == (site / "app.mjs").read_bytes()  # the client decodes it
    plain = client.get("/app.mjs", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers


def test_hashed_requests_are_immutable_others_revalidate(client: TestClient, site: Path) -> None:
    digest = hashlib.sha256((site / "vendor" / "core.wasm").read_bytes()).hexdigest()[:16]
    assert client.get(f"/vendor/core.wasm?v={digest}").headers["cache-control"] == IMMUTABLE
    assert client.get("/vendor/core.wasm?v=0000000000000000").headers["cache-control"] == REVALIDATE
    assert client.get("/vendor/core.wasm").headers["cache-control"] == REVALIDATE


def test_no_escape_and_no_hidden_files(client: TestClient) -> None:
    assert client.get("/../pyproject.toml").status_code == 404
    assert client.get("/%2e%2e/%2e%2e/etc/passwd").status_code == 404
    assert client.get("/.secret").status_code == 404
    assert client.get("/app.mjs.gz").status_code == 404
    assert client.post("/").status_code == 405
