"""wayfarer.risk.model and the committed models/deterioration.onnx: agreement, meta, reasons."""

from __future__ import annotations

import asyncio
import json
import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from build_scripts.physionet import read_psv

from wayfarer.risk import model
from wayfarer.risk.features import FEATURE_NAMES, stay_features

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"
SAMPLE = ROOT / "tests" / "data" / "physionet_sample"
ALLOWED_OPERATORS = {"ai.onnx.ml:TreeEnsembleClassifier", "ai.onnx.ml:TreeEnsembleRegressor"}


@dataclass(frozen=True, slots=True)
class _Reading:
    parameter: str
    value: object
    time: datetime


@pytest.fixture(scope="module")
def meta() -> model.ModelMeta:
    return model.load_repo_model_meta()


@pytest.fixture(scope="module")
def sample_rows() -> list[list[float]]:
    rows: list[list[float]] = []
    for name in ("s000001.psv", "s000002.psv", "s000004.psv"):
        stay = read_psv(SAMPLE / name)
        rows += stay_features(stay.vitals, age_years=stay.age_years, male=stay.male)
    return rows


def _walk_probability(row: list[float], meta: model.ModelMeta) -> float:
    bias, credit = model.contributions(row, meta)
    return 1.0 / (1.0 + math.exp(-(bias + math.fsum(credit))))


def test_meta_is_loadable_and_consistent(meta: model.ModelMeta) -> None:
    assert meta.feature_names == FEATURE_NAMES
    assert 0.0 < meta.threshold < 1.0
    assert meta.model_name == "deterioration.onnx" and (MODELS / meta.model_name).is_file()
    assert len(meta.trees) > 10


def test_meta_errors_say_what_is_wrong() -> None:
    text = (MODELS / model.META_FILE).read_text(encoding="utf-8")
    with pytest.raises(model.ModelMetaError, match="not JSON"):
        model.load_model_meta(text[:100])
    data = json.loads(text)
    data["feature_names"] = data["feature_names"][:-1]
    with pytest.raises(model.ModelMetaError, match="other features"):
        model.load_model_meta(json.dumps(data))
    data = json.loads(text)
    data["threshold"] = 1.5
    with pytest.raises(model.ModelMetaError, match="threshold"):
        model.load_model_meta(json.dumps(data))
    data = json.loads(text)
    del data["explain_trees"][0]["left"]
    with pytest.raises(model.ModelMetaError, match="tree 0"):
        model.load_model_meta(json.dumps(data))


def test_onnx_is_small_and_browser_safe() -> None:
    onnx = pytest.importorskip("onnx")
    path = MODELS / "deterioration.onnx"
    assert path.stat().st_size < 1.5e6
    graph = onnx.load(str(path)).graph
    assert {f"{n.domain or 'ai.onnx'}:{n.op_type}" for n in graph.node} <= ALLOWED_OPERATORS
    assert [o.name for o in graph.output] == ["probabilities"]
    assert graph.output[0].type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    explain = MODELS / "deterioration.explain.onnx"
    assert path.stat().st_size + explain.stat().st_size + (MODELS / model.META_FILE).stat().st_size < 1.5e6
    graph = onnx.load(str(explain)).graph
    assert {f"{n.domain or 'ai.onnx'}:{n.op_type}" for n in graph.node} <= ALLOWED_OPERATORS
    assert [o.name for o in graph.output] == ["probabilities", "contributions"]
    assert all(o.type.tensor_type.elem_type == onnx.TensorProto.FLOAT for o in graph.output)


def test_explain_graph_equals_the_python_walk(meta: model.ModelMeta, sample_rows: list[list[float]]) -> None:
    """The reasons onnxruntime computes (deterioration.explain.onnx) are the Python path attributions,
    and its probabilities are the plain model's, bit for bit."""
    pytest.importorskip("onnxruntime")
    assert meta.explain_model == "deterioration.explain.onnx"
    found, credits = asyncio.run(model.explained_rows(sample_rows, meta, meta.explain_model))
    assert found == asyncio.run(model.probabilities(sample_rows, meta))
    for row, credit in zip(sample_rows, credits, strict=True):
        _, walked = model.contributions(row, meta)
        assert max(abs(a - b) for a, b in zip(credit, walked, strict=True)) <= 1e-6
    assert any(any(c > 0.0 for c in credit) for credit in credits)


def test_assess_gives_the_same_reasons_with_either_explanation(meta: model.ModelMeta) -> None:
    pytest.importorskip("onnxruntime")
    walked = replace(meta, explain_model=None)
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    for sick in (True, False):
        for male in (True, False, None):
            readings = _readings(now, sick=sick)
            fast = asyncio.run(model.assess(readings, now, age_years=78, male=male, meta=meta))
            slow = asyncio.run(model.assess(readings, now, age_years=78, male=male, meta=walked))
            assert fast.probability == slow.probability
            assert [c.feature for c in fast.top_features] == [c.feature for c in slow.top_features]
            assert [c.words for c in fast.top_features] == [c.words for c in slow.top_features]
            for a, b in zip(fast.top_features, slow.top_features, strict=True):
                assert a.log_odds == pytest.approx(b.log_odds, abs=1e-6)


def test_bridge_equals_the_pure_python_trees(meta: model.ModelMeta, sample_rows: list[list[float]]) -> None:
    """The ONNX graph through the real bridge and the meta's trees walked in Python agree to 1e-5."""
    pytest.importorskip("onnxruntime")
    probabilities = asyncio.run(model.probabilities(sample_rows, meta))
    assert len(probabilities) == len(sample_rows)
    worst = max(abs(p - _walk_probability(r, meta)) for p, r in zip(probabilities, sample_rows, strict=True))
    assert worst <= 1e-5
    assert len({round(p, 6) for p in probabilities}) > 10  # the model does react to the rows


def test_attributions_add_up_to_the_log_odds(meta: model.ModelMeta, sample_rows: list[list[float]]) -> None:
    pytest.importorskip("onnxruntime")
    row = sample_rows[-1]
    (probability,) = asyncio.run(model.probabilities([row], meta))
    bias, credit = model.contributions(row, meta)
    assert bias + math.fsum(credit) == pytest.approx(math.log(probability / (1 - probability)), abs=1e-4)
    assert any(c != 0.0 for c in credit)


def _readings(now: datetime, *, sick: bool) -> list[_Reading]:
    readings = []
    for hours_ago in range(30):
        worse = max(0, 10 - hours_ago) if sick else 0
        moment = now - timedelta(hours=hours_ago, minutes=5)
        readings += [
            _Reading("heart_rate", 78.0 + 4 * worse, moment),
            _Reading("spo2", 97.0 - 0.4 * worse, moment),
            _Reading("systolic_bp", 128.0 - 4 * worse, moment),
            _Reading("diastolic_bp", 74.0 - 2 * worse, moment),
            _Reading("mean_arterial_pressure", 92.0 - 2.6 * worse, moment),
            _Reading("resp_rate", 15.0 + 1.2 * worse, moment),
        ]
        if hours_ago % 4 == 0:
            readings.append(_Reading("temperature", 36.8 + 0.15 * worse, moment))
    return readings


def test_assess_gives_a_probability_and_reasons_in_words(meta: model.ModelMeta) -> None:
    pytest.importorskip("onnxruntime")
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    calm = asyncio.run(model.assess(_readings(now, sick=False), now, age_years=78, male=False, meta=meta))
    sick = asyncio.run(model.assess(_readings(now, sick=True), now, age_years=78, male=False, meta=meta))
    assert 0.0 < calm.probability < 1.0 and 0.0 < sick.probability < 1.0
    assert sick.probability > calm.probability
    assert sick.top_features
    for reason in sick.top_features:
        assert reason.log_odds > 0 and reason.words.endswith("(raises the risk)")
        assert reason.feature in FEATURE_NAMES and "_" not in reason.words.split(":")[0]
    document = sick.to_json()
    assert set(document) == {"probability", "threshold", "above_threshold", "top_features", "assumptions"}
    assert document["above_threshold"] == (sick.probability >= meta.threshold)
    quiet = asyncio.run(
        model.assess(_readings(now, sick=True), now, age_years=78, male=False, meta=meta, explain=False)
    )
    assert quiet.probability == sick.probability and quiet.top_features == ()
    estimate = sick.estimate(meta.version)  # the mapping risk.assess(..., model=...) takes
    assert estimate["probability"] == sick.probability and estimate["name"] == "deterioration"
    assert estimate["top_features"][0] == {
        "feature": sick.top_features[0].words,
        "contribution": sick.top_features[0].log_odds,
    }


def test_unknown_age_and_sex_are_assumed_and_said(meta: model.ModelMeta) -> None:
    pytest.importorskip("onnxruntime")
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    readings = _readings(now, sick=True)
    unknown = asyncio.run(model.assess(readings, now, age_years=None, male=None, meta=meta))
    assert any("age unknown" in a for a in unknown.assumptions)
    assert any("sex unknown" in a for a in unknown.assumptions)
    age = meta.training_median["age_years"]
    female = asyncio.run(model.assess(readings, now, age_years=age, male=False, meta=meta))
    male = asyncio.run(model.assess(readings, now, age_years=age, male=True, meta=meta))
    assert unknown.probability == pytest.approx((female.probability + male.probability) / 2)


def test_describe_in_plain_words() -> None:
    assert (
        model.describe("resp_mean_6h", 24.2) == "average breathing rate over the last 6 hours: 24 per minute"
    )
    assert model.describe("temp_last", 38.46) == "latest temperature: 38.5 °C"
    assert model.describe("hr_delta_3h", 12.0) == "change in heart rate over 3 hours: +12 beats per minute"
    assert model.describe("sbp_hours_since", 48.0) == "last systolic blood pressure reading: none in 48 hours"
    assert model.describe("male", 0.0) == "sex: female"
    for name in FEATURE_NAMES:
        assert model.describe(name, 1.0) and model.describe(name, None)


def test_rows_of_the_wrong_width_are_refused(meta: model.ModelMeta) -> None:
    with pytest.raises(ValueError, match="needs"):
        asyncio.run(model.probabilities([[0.0] * 3], meta))


# --- export: ONNX against native LightGBM --------------------------------------------------------


def test_export_agrees_with_lightgbm_on_float32_neighbours_of_every_threshold() -> None:
    """A small LightGBM model exported as the training script does, then probed at the float32 values
    next to every split threshold (where rounding thresholds to float32 flips branches)."""
    lightgbm = pytest.importorskip("lightgbm")
    pytest.importorskip("onnxmltools")
    onnxruntime = pytest.importorskip("onnxruntime")
    from build_scripts.train_deterioration import export_onnx, float32_at_most

    rng = np.random.default_rng(0)
    rows = 4000
    features = rng.normal(size=(rows, len(FEATURE_NAMES))).astype(np.float32) * 10 + 50
    features[rng.random(features.shape) < 0.2] = np.nan
    signal = np.nan_to_num(features[:, 0], nan=50.0) + np.nan_to_num(features[:, 5], nan=50.0)
    labels = (signal + rng.normal(scale=5, size=rows) > 105).astype(float)
    booster = lightgbm.train(
        {
            "objective": "binary",
            "num_leaves": 7,
            "num_threads": 1,
            "verbosity": -1,
            "seed": 1,
            "deterministic": True,
        },
        lightgbm.Dataset(features, labels),
        num_boost_round=25,
    )
    onnx_model, trees = export_onnx(booster)
    session = onnxruntime.InferenceSession(onnx_model.SerializeToString(), providers=["CPUExecutionProvider"])

    probes = [features[:200]]
    for tree in booster.dump_model()["tree_info"]:
        stack = [tree["tree_structure"]]
        while stack:
            split = stack.pop()
            if "split_index" not in split:
                continue
            stack += [split["left_child"], split["right_child"]]
            below = np.float32(float32_at_most(float(split["threshold"])))
            for value in (below, np.nextafter(below, np.float32(np.inf)), np.float32(split["threshold"])):
                probe = features[:1].copy()
                probe[0, split["split_feature"]] = value
                probes.append(probe)
    probe_rows = np.concatenate(probes)
    onnx_p = session.run(None, {"features": probe_rows})[0][:, 1]
    native_p = booster.predict(probe_rows.astype(np.float64))
    assert np.max(np.abs(onnx_p - native_p)) <= 1e-5
    # the compact trees for explanations follow the same branches
    meta_text = json.dumps(
        {
            "model": "x.onnx",
            "input": "features",
            "output": "probabilities",
            "output_column": 1,
            "feature_names": list(FEATURE_NAMES),
            "threshold": 0.5,
            "training_median": {},
            "explain_trees": trees,
        }
    )
    small = model.load_model_meta(meta_text)
    walked = np.array([_walk_probability(list(map(float, r)), small) for r in probe_rows])
    assert np.max(np.abs(walked - native_p)) <= 1e-5
