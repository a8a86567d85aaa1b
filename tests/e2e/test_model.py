"""The deterioration model in the browser: onnxruntime-web runs every operator of the committed
ONNX file, agrees with CPython's onnxruntime to 1e-5 on real feature rows, and the result screens
show what the model says, in words."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from build_scripts.physionet import read_psv
from playwright.sync_api import Page, expect
from tests.e2e.conftest import axe_violations, run_coroutine

from wayfarer.risk import model
from wayfarer.risk.features import stay_features

ROOT = Path(__file__).resolve().parents[2]
ONNX_FILE = ROOT / "models" / "deterioration.onnx"
EXPLAIN_FILE = ROOT / "models" / "deterioration.explain.onnx"
SAMPLE = ROOT / "tests" / "data" / "physionet_sample"


def _as_json(rows: list[list[float]]) -> list[list[float | None]]:
    return [[None if math.isnan(value) else value for value in row] for row in rows]


@pytest.fixture(scope="module")
def sample_rows() -> list[list[float]]:
    """Every hourly feature row of the synthetic challenge-format stays in tests/data."""
    rows: list[list[float]] = []
    for path in sorted(SAMPLE.glob("s*.psv")):
        try:
            stay = read_psv(path)
        except ValueError:
            continue  # the deliberately broken files
        rows += stay_features(stay.vitals, age_years=stay.age_years, male=stay.male)
    assert len(rows) > 50
    return rows


def test_every_operator_runs_in_onnxruntime_web(app_page: Page, sample_rows: list[list[float]]) -> None:
    onnx = pytest.importorskip("onnx")
    graph = onnx.load(str(ONNX_FILE)).graph
    operators = sorted({f"{node.domain or 'ai.onnx'}:{node.op_type}" for node in graph.node})
    assert operators == ["ai.onnx.ml:TreeEnsembleClassifier"]
    explain = sorted(
        {f"{n.domain or 'ai.onnx'}:{n.op_type}" for n in onnx.load(str(EXPLAIN_FILE)).graph.node}
    )
    assert explain == ["ai.onnx.ml:TreeEnsembleClassifier", "ai.onnx.ml:TreeEnsembleRegressor"]
    probabilities = app_page.evaluate(
        "(rows) => window.wayfarer.call('model.predict_rows', rows)", _as_json(sample_rows[:5])
    )
    assert len(probabilities) == 5
    assert all(0.0 < p < 1.0 for p in probabilities), f"{operators} gave {probabilities}"


def test_browser_and_cpython_agree_on_real_rows(app_page: Page, sample_rows: list[list[float]]) -> None:
    pytest.importorskip("onnxruntime")
    meta = model.load_repo_model_meta()
    expected = run_coroutine(model.probabilities(sample_rows, meta))
    in_browser = app_page.evaluate(
        "(rows) => window.wayfarer.call('model.predict_rows', rows)", _as_json(sample_rows)
    )
    assert len(in_browser) == len(expected) == len(sample_rows)
    worst = max(abs(b - c) for b, c in zip(in_browser, expected, strict=True))
    assert worst <= 1e-5, f"browser and CPython differ by {worst}"
    assert len({round(p, 6) for p in in_browser}) > 10  # the rows do reach the trees


def _enter(page: Page, label: str, value: str) -> None:
    page.get_by_label(label).fill(value)
    page.get_by_role("button", name="Next").click()


def _check(page: Page, values: dict[str, str]) -> None:
    page.get_by_role("link", name="Check my signs").click()
    _enter(page, "How many breaths in one minute?", values["resp"])
    _enter(page, "Oxygen level (SpO2), in %", values["spo2"])
    _enter(page, "Pulse, beats per minute", values["pulse"])
    _enter(page, "Upper blood pressure (mmHg)", values["sbp"])
    _enter(page, "Temperature (°C)", values["temp"])
    page.get_by_role("radio", name="Awake and thinking clearly").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("radio", name="No, normal air").check()
    page.get_by_role("button", name="See the result").click()


def test_check_screen_shows_the_model_in_words(app_page: Page) -> None:
    _check(app_page, {"resp": "26", "spo2": "93", "pulse": "112", "sbp": "98", "temp": "38,6"})
    section = app_page.locator("#check-model")
    expect(section.get_by_role("heading", name="Early warning model")).to_be_visible()
    expect(section.locator("#check-model-summary")).to_contain_text(
        "The warning model sees a higher than usual chance of a serious infection (sepsis)"
    )
    assert section.get_attribute("data-above-threshold") == "true"
    reasons = section.locator("#check-model-reasons li").all_inner_texts()
    assert 1 <= len(reasons) <= 3 and all("raises the risk" in reason for reason in reasons)
    assert any("temperature" in reason for reason in reasons)
    expect(section).to_contain_text("not a diagnosis")
    # The rules still decide: a septic picture stays an emergency.
    assert app_page.locator("section.level").get_attribute("data-level") == "emergency"
    reasons_text = " ".join(app_page.locator("#check-reasons li").all_inner_texts())
    assert "early warning model sees a higher than usual chance" in reasons_text
    assert axe_violations(app_page) == []


def test_check_screen_says_when_the_model_sees_nothing_raised(app_page: Page) -> None:
    _check(app_page, {"resp": "16", "spo2": "97", "pulse": "72", "sbp": "125", "temp": "36,8"})
    section = app_page.locator("#check-model")
    expect(section.locator("#check-model-summary")).to_contain_text("sees no raised chance")
    assert section.get_attribute("data-above-threshold") == "false"
    assert app_page.locator("section.level").get_attribute("data-level") == "none"
    assert axe_violations(app_page) == []


def test_risk_assess_from_the_page_carries_the_model(app_page: Page) -> None:
    result: dict[str, Any] = app_page.evaluate(
        """async () => {
            const time = new Date().toISOString().replace(/\\.\\d+Z$/, 'Z');
            const readings = [['resp_rate', 24, '/min'], ['heart_rate', 118, '/min'],
                              ['temperature', 39.2, 'Cel'], ['systolic_bp', 104, 'mmHg']]
                .map(([parameter, value, unit]) => ({ parameter, value, unit, time }));
            return window.wayfarer.call('risk.assess', null, readings);
        }"""
    )
    assert {"level", "news2", "reasons", "action"} <= set(result)
    assert {"probability", "threshold", "above_threshold", "top_features", "version"} <= set(result["model"])
    assert result["model"]["top_features"][0]["text"]


def test_reasons_from_onnxruntime_web_equal_the_python_walk(app_page: Page) -> None:
    """risk.assess in the browser takes its reasons from deterioration.explain.onnx; CPython walking
    the meta's trees in Python finds the same features and attributions."""
    pytest.importorskip("onnxruntime")
    taken = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    readings = [
        {"parameter": parameter, "value": value, "unit": unit, "time": stamp}
        for hours_ago in range(12)
        for stamp in [(taken - timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")]
        for parameter, value, unit in (
            ("resp_rate", 18 + hours_ago % 5, "/min"),
            ("heart_rate", 96 + 2 * hours_ago, "/min"),
            ("temperature", 38.9 - 0.1 * hours_ago, "Cel"),
            ("systolic_bp", 108 + hours_ago, "mmHg"),
            ("diastolic_bp", 64, "mmHg"),
            ("spo2", 94, "%"),
        )
    ]
    in_browser = app_page.evaluate("(r) => window.wayfarer.call('risk.assess', null, r)", readings)["model"]
    model.use_app_meta(replace(model.load_repo_model_meta(), explain_model=None))
    try:
        walked = run_coroutine(model.assess_json(None, readings, at=taken + timedelta(minutes=5)))["model"]
    finally:
        model.use_app_meta(None)
    assert in_browser["probability"] == pytest.approx(walked["probability"], abs=1e-5)
    assert in_browser["top_features"], "the model should give reasons for these readings"
    assert [f["feature"] for f in in_browser["top_features"]] == [
        f["feature"] for f in walked["top_features"]
    ]
    for shown, expected in zip(in_browser["top_features"], walked["top_features"], strict=True):
        assert shown["contribution"] == pytest.approx(expected["contribution"], abs=1e-5)
        assert shown["text"] == expected["text"]
