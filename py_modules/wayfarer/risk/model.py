"""The deterioration model: a person's readings in, a probability and its reasons in words out.

The model (``models/deterioration.onnx``, LightGBM trees trained on PhysioNet 2019 ICU data, see
``models/deterioration.card.md``) runs through ``wayfarer._bridge.onnx``: onnxruntime-web in the
browser, onnxruntime under CPython. Its companion ``models/deterioration.meta.json`` holds the
feature names, the decision threshold and a compact copy of the trees.

Reasons ("top contributing features") are path attributions (Saabas 2014, "Interpreting random
forests"): walking a row down each tree, every split moves the expected score from the node's
value to its child's value, and that change is credited to the split's feature. Summed over
trees, the credits plus the trees' root values equal the model's log-odds exactly. They are
computed here in pure Python from the trees in the meta file, following the same float32
comparisons as the ONNX graph. It is not a causal explanation: it says which inputs moved this
prediction, in this model.

In the app, :func:`assess_json` is the page's ``risk.assess``: it parses the readings once, runs
the model on the last 48 hours of them (meta fetched once per worker through
``wayfarer._bridge.assets``, the ONNX session cached by the bridge), then the rules with the
model's estimate, and lets the model raise the level to ``watch`` at most (:data:`MODEL_RAISES_TO`
says why). The synchronous, rules-only :func:`wayfarer.risk.assess_json` stays for CPython callers.

Not a certified medical device.
"""

from __future__ import annotations

import array
import heapq
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from wayfarer._bridge import assets
from wayfarer._bridge import onnx as onnx_bridge
from wayfarer.vitals import CANONICAL_UNIT, VALID_RANGE, Parameter, Reading, convert, parse_time

from ._assess import WATCH_REMEASURE_HOURS, Assessment, ModelEstimate, _as_readings, _load
from ._assess import assess as rules_assess
from ._context import RiskContext
from ._errors import RiskError
from ._messages import Action, AlertLevel, Reason
from .features import (
    FEATURE_NAMES,
    HISTORY_HOURS,
    READING_PARAMETER,
    VITAL_SIGNS,
    HourBins,
    TimedReading,
    features_from_bins,
    hour_bins,
)

META_FILE: Final = "deterioration.meta.json"
_SEX_COLUMN: Final = FEATURE_NAMES.index("male")


class ModelMetaError(ValueError):
    """The model's meta file is unusable; the message says which field is wrong."""


_Node = tuple[int, float, int, int, bool, float, float]


@dataclass(frozen=True, slots=True)
class _Tree:
    """One tree: parallel lists indexed by node; a leaf has ``feature`` -1."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]  # exact float32 values
    left: tuple[int, ...]
    right: tuple[int, ...]
    missing_left: tuple[bool, ...]
    value: tuple[float, ...]  # expected log-odds at the node (leaf: the leaf's output)

    def walk_nodes(self) -> tuple[_Node, ...]:
        """Per node: feature, threshold, left, right, missing-left, value change to left, to right."""
        nodes = []
        for node, feature in enumerate(self.feature):
            if feature < 0:
                nodes.append((-1, 0.0, -1, -1, False, 0.0, 0.0))
                continue
            left, right, here = self.left[node], self.right[node], self.value[node]
            nodes.append(
                (
                    feature,
                    self.threshold[node],
                    left,
                    right,
                    self.missing_left[node],
                    self.value[left] - here,
                    self.value[right] - here,
                )
            )
        return tuple(nodes)


@dataclass(frozen=True, slots=True)
class ModelMeta:
    """What the app needs besides the ONNX file."""

    model_name: str
    version: str
    input_name: str
    output_name: str
    output_column: int
    feature_names: tuple[str, ...]
    threshold: float
    training_median: Mapping[str, float | None]
    trees: tuple[_Tree, ...]
    walk: tuple[tuple[_Node, ...], ...]
    bias: float
    explain_model: str | None = None
    """A graph with the same probabilities output plus ``explain_output``: every feature's path
    attribution computed by onnxruntime (``build_scripts/train_deterioration.explain_onnx``)."""
    explain_output: str = "contributions"


@dataclass(frozen=True, slots=True)
class Contribution:
    """One feature's share of a prediction, in log-odds (positive raises the risk)."""

    feature: str
    value: float | None
    log_odds: float
    words: str


@dataclass(frozen=True, slots=True)
class ModelResult:
    """The model's probability of deterioration (sepsis within about 6 hours) and why."""

    probability: float
    threshold: float
    top_features: tuple[Contribution, ...]
    assumptions: tuple[str, ...]

    @property
    def above_threshold(self) -> bool:
        """At or above the threshold chosen on validation patients."""
        return self.probability >= self.threshold

    def estimate(self, version: str = "") -> dict[str, Any]:
        """The mapping ``risk.assess(..., model=...)`` accepts: probability, reasons in words, name."""
        return {
            "probability": self.probability,
            "top_features": [{"feature": c.words, "contribution": c.log_odds} for c in self.top_features],
            "name": "deterioration",
            "version": version,
        }

    def to_json(self) -> dict[str, Any]:
        """``{"probability", "threshold", "above_threshold", "top_features", "assumptions"}``."""
        return {
            "probability": self.probability,
            "threshold": self.threshold,
            "above_threshold": self.above_threshold,
            "top_features": [
                {"feature": c.feature, "value": c.value, "log_odds": c.log_odds, "words": c.words}
                for c in self.top_features
            ],
            "assumptions": list(self.assumptions),
        }


def _field(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    if name not in data:
        raise ModelMetaError(f"model meta lacks {name!r}")
    value = data[name]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ModelMetaError(f"model meta field {name!r} has the wrong type ({type(value).__name__})")
    return value


def _float32(values: Iterable[float]) -> tuple[float, ...]:
    return tuple(array.array("f", values).tolist())


def _tree(index: int, data: Any) -> _Tree:
    if not isinstance(data, Mapping):
        raise ModelMetaError(f"model meta tree {index} is not an object")
    try:
        tree = _Tree(
            feature=tuple(int(f) for f in data["feature"]),
            threshold=_float32(float(t) for t in data["threshold"]),
            left=tuple(int(n) for n in data["left"]),
            right=tuple(int(n) for n in data["right"]),
            missing_left=tuple(bool(m) for m in data["missing_left"]),
            value=tuple(float(v) for v in data["value"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ModelMetaError(f"model meta tree {index} is malformed: {error}") from None
    sizes = {len(tree.feature), len(tree.threshold), len(tree.left), len(tree.right), len(tree.missing_left)}
    if sizes != {len(tree.value)} or not tree.value:
        raise ModelMetaError(f"model meta tree {index}: node lists differ in length")
    nodes = len(tree.value)
    for node, feature in enumerate(tree.feature):
        if feature < 0:
            continue
        if not (
            feature < len(FEATURE_NAMES) and 0 < tree.left[node] < nodes and 0 < tree.right[node] < nodes
        ):
            raise ModelMetaError(f"model meta tree {index}, node {node}: feature or child out of range")
    return tree


def load_model_meta(text: str) -> ModelMeta:
    """Parse ``deterioration.meta.json`` text (works in the browser: the app fetches the text)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ModelMetaError(f"model meta is not JSON: {error}") from None
    if not isinstance(data, Mapping):
        raise ModelMetaError("model meta must be a JSON object")
    names = tuple(_field(data, "feature_names", list))
    if names != FEATURE_NAMES:
        raise ModelMetaError(
            "the model expects other features than wayfarer.risk.features computes; retrain or update"
        )
    threshold = float(_field(data, "threshold", (int, float)))
    if not 0.0 < threshold < 1.0:
        raise ModelMetaError(f"model meta threshold must be between 0 and 1, not {threshold}")
    medians = _field(data, "training_median", dict)
    trees = tuple(_tree(index, tree) for index, tree in enumerate(_field(data, "explain_trees", list)))
    return ModelMeta(
        model_name=str(_field(data, "model", str)),
        version=str(data.get("version", "")),
        input_name=str(_field(data, "input", str)),
        output_name=str(_field(data, "output", str)),
        output_column=int(_field(data, "output_column", int)),
        feature_names=names,
        threshold=threshold,
        training_median={str(k): (None if v is None else float(v)) for k, v in medians.items()},
        trees=trees,
        walk=tuple(tree.walk_nodes() for tree in trees),
        bias=math.fsum(tree.value[0] for tree in trees),
        explain_model=str(data["explain_model"]) if data.get("explain_model") else None,
        explain_output=str(data.get("explain_output", "contributions")),
    )


def repo_models_dir() -> Path:
    """The repository's ``models/`` folder (CPython; in the browser the app fetches the files)."""
    return Path(__file__).resolve().parents[3] / "models"


def load_repo_model_meta(models_dir: Path | None = None) -> ModelMeta:
    """CPython convenience: :func:`load_model_meta` on ``models/deterioration.meta.json``."""
    folder = repo_models_dir() if models_dir is None else models_dir
    return load_model_meta((folder / META_FILE).read_text(encoding="utf-8"))


# --- explanations ----------------------------------------------------------------------------------


def contributions(row: Sequence[float], meta: ModelMeta) -> tuple[float, list[float]]:
    """The trees' summed root value (bias) and each feature's path attribution, in log-odds."""
    values = array.array("f", row).tolist()  # the model sees float32, as the ONNX graph does
    credit = [0.0] * len(meta.feature_names)
    for nodes in meta.walk:
        feature, threshold, left, right, missing_left, to_left, to_right = nodes[0]
        while feature >= 0:
            x = values[feature]
            if x <= threshold or (missing_left and x != x):  # x != x: NaN, routed as the ONNX graph does
                credit[feature] += to_left
                feature, threshold, left, right, missing_left, to_left, to_right = nodes[left]
            else:
                credit[feature] += to_right
                feature, threshold, left, right, missing_left, to_left, to_right = nodes[right]
    return meta.bias, credit


_VITAL_WORDS: Final = {
    "hr": ("heart rate", "beats per minute", 0),
    "spo2": ("oxygen saturation", "%", 0),
    "temp": ("temperature", "°C", 1),
    "sbp": ("systolic blood pressure", "mmHg", 0),
    "dbp": ("diastolic blood pressure", "mmHg", 0),
    "map": ("mean arterial pressure", "mmHg", 0),
    "resp": ("breathing rate", "per minute", 0),
}

_DERIVED_WORDS: Final = {
    "shock_index": ("shock index (heart rate ÷ systolic pressure)", "", 2),
    "shock_index_mean_6h": ("shock index averaged over 6 hours", "", 2),
    "shock_index_mean_24h": ("shock index averaged over 24 hours", "", 2),
    "shock_index_delta_6h": ("change in shock index over 6 hours", "", 2),
    "modified_shock_index": ("heart rate ÷ mean arterial pressure", "", 2),
    "age_shock_index": ("age × shock index", "", 0),
    "pulse_pressure": ("pulse pressure (systolic − diastolic)", "mmHg", 0),
    "pulse_pressure_mean_24h": ("pulse pressure averaged over 24 hours", "mmHg", 0),
    "spo2_resp_ratio": ("oxygen saturation ÷ breathing rate", "", 1),
    "vitals_measured_now": ("number of vital signs measured this hour", "", 0),
    "age_years": ("age", "years", 0),
    "male": ("sex", "", 0),
}

_STAT_WORDS: Final = {
    "mean": "average {what} over the last {hours} hours",
    "min": "lowest {what} in the last {hours} hours",
    "max": "highest {what} in the last {hours} hours",
    "std": "variation of {what} over the last {hours} hours",
}


def _format(value: float, unit: str, decimals: int) -> str:
    text = f"{value:.{decimals}f}"
    return f"{text} {unit}".strip()


def describe(feature: str, value: float | None) -> str:
    """A feature and its value in plain words, e.g. "average breathing rate over the last 6 hours: 24"."""
    if feature == "male":
        return "sex: " + ("unknown" if value is None else "male" if value >= 0.5 else "female")
    if feature in _DERIVED_WORDS:
        what, unit, decimals = _DERIVED_WORDS[feature]
        return f"{what}: " + ("not measured" if value is None else _format(value, unit, decimals))
    vital, _, rest = feature.partition("_")
    what, unit, decimals = _VITAL_WORDS[vital]
    shown = "not measured" if value is None else _format(value, unit, decimals)
    if rest == "last":
        return f"latest {what}: {shown}"
    if rest == "hours_since":
        hours = "none in 48 hours" if value is None or value >= 48 else f"{value:.0f} hours ago"
        return f"last {what} reading: {hours}"
    if rest == "measured_now":
        return f"{what} measured this hour: " + ("yes" if value else "no")
    if rest == "last_minus_mean_48h":
        return f"latest {what} against its 48-hour average: " + (
            "not measured" if value is None else f"{value:+.{decimals}f} {unit}".strip()
        )
    kind, _, window = rest.partition("_")
    hours = window.removesuffix("h")
    if kind == "delta":
        return f"change in {what} over {hours} hours: " + (
            "not measured" if value is None else f"{value:+.{decimals}f} {unit}".strip()
        )
    return _STAT_WORDS[kind].format(what=what, hours=hours) + f": {shown}"


def top_contributions(row: Sequence[float], meta: ModelMeta, top: int = 3) -> tuple[Contribution, ...]:
    """The features that raised this prediction most (largest positive attributions), in words."""
    _, credit = contributions(row, meta)
    return _top(row, credit, meta, top)


def _top(
    row: Sequence[float], credit: Sequence[float], meta: ModelMeta, top: int
) -> tuple[Contribution, ...]:
    result = []
    # heapq.nlargest is documented as sorted(..., reverse=True)[:top], ties included, without
    # sorting all 173 attributions.
    for index in heapq.nlargest(top, range(len(credit)), key=credit.__getitem__):
        if credit[index] <= 0.0:
            break
        raw = row[index]
        value = None if math.isnan(raw) else raw
        words = describe(meta.feature_names[index], value)
        result.append(
            Contribution(meta.feature_names[index], value, credit[index], f"{words} (raises the risk)")
        )
    return tuple(result)


# --- scoring ---------------------------------------------------------------------------------------


def float32_row(row: Sequence[float]) -> array.array[float]:
    """A feature row as the model sees it (float32); :func:`probabilities` joins such rows by copying
    their bytes, without converting each value again."""
    return array.array("f", row)


async def probabilities(rows: Sequence[Sequence[float]], meta: ModelMeta) -> list[float]:
    """The model's probability for each feature row, in one bridge call (batch form)."""
    if not rows:
        return []
    width = len(meta.feature_names)
    flat = array.array("f")
    for row in rows:
        if len(row) != width:
            raise ValueError(f"a feature row needs {width} values, got {len(row)}")
        if type(row) is list:
            flat.fromlist(row)  # about 3x faster than extend() on a list
        else:
            flat.extend(row)  # array('f'): a copy of the bytes
    outputs = await onnx_bridge.run(
        meta.model_name, {meta.input_name: onnx_bridge.FloatTensor(flat, (len(rows), width))}
    )
    output = outputs[meta.output_name]
    columns = output.shape[1] if len(output.shape) == 2 else 1
    return output.data[meta.output_column :: columns].tolist()


async def explained_rows(
    rows: list[list[float]], meta: ModelMeta, explain_model: str
) -> tuple[list[float], list[list[float]]]:
    """Probabilities and every feature's attribution for each row, in one onnxruntime run."""
    width = len(meta.feature_names)
    flat = array.array("f")
    for row in rows:
        flat.fromlist(row)
    outputs = await onnx_bridge.run(
        explain_model, {meta.input_name: onnx_bridge.FloatTensor(flat, (len(rows), width))}
    )
    output = outputs[meta.output_name]
    columns = output.shape[1] if len(output.shape) == 2 else 1
    credit = outputs[meta.explain_output].data.tolist()
    return (
        output.data[meta.output_column :: columns].tolist(),
        [credit[i * width : (i + 1) * width] for i in range(len(rows))],
    )


async def assess(
    readings: Iterable[TimedReading],
    now: datetime,
    *,
    age_years: float | None,
    male: bool | None,
    meta: ModelMeta,
    top: int = 3,
    explain: bool = True,
) -> ModelResult:
    """Score one person at ``now`` from their readings (canonical units) and profile.

    ``explain=False`` skips the reasons. With reasons, a meta that names an ``explain_model`` gets
    probability and attributions from one onnxruntime run; otherwise the trees are walked in
    Python (:func:`contributions`, the reference).
    Unknown age is replaced by the training median age; unknown sex is scored both ways and the
    two probabilities averaged. Each replacement is listed in ``assumptions``.
    """
    return await assess_bins(
        hour_bins(readings, now), age_years=age_years, male=male, meta=meta, top=top, explain=explain
    )


async def assess_bins(
    bins: HourBins,
    *,
    age_years: float | None,
    male: bool | None,
    meta: ModelMeta,
    top: int = 3,
    explain: bool = True,
) -> ModelResult:
    """:func:`assess` from readings already on the hourly grid (``features.hour_bins``,
    :func:`model_bins`)."""
    assumptions = ["no consciousness level or oxygen flag is used by the model"]
    if age_years is None:
        median_age = meta.training_median.get("age_years")
        age_years = median_age if median_age is not None else 60.0
        assumptions.append(f"age unknown: assumed {age_years:.0f} years (training median)")
    row = features_from_bins(bins, age_years=age_years, male=male)
    if male is None:
        assumptions.append("sex unknown: average of the model's answers for female and male")
        # Sex enters no other feature: the two rows differ only in its column.
        female, male_row = row, row.copy()
        female[_SEX_COLUMN], male_row[_SEX_COLUMN] = 0.0, 1.0
        rows = [female, male_row]
    else:
        rows = [row]
    if explain and meta.explain_model is not None:
        found, credits = await explained_rows(rows, meta, meta.explain_model)
    else:
        found, credits = await probabilities(rows, meta), []
    chosen = 0 if len(found) == 1 or found[0] >= found[1] else 1  # the sex with the higher risk
    reasons: tuple[Contribution, ...] = ()
    if credits:
        reasons = _top(rows[chosen], credits[chosen], meta, top)
    elif explain:
        reasons = top_contributions(rows[chosen], meta, top)
    return ModelResult(
        probability=math.fsum(found) / len(found),
        threshold=meta.threshold,
        top_features=reasons,
        assumptions=tuple(assumptions),
    )


# --- the app's path: the model inside risk.assess -------------------------------------------------

MODEL_RAISES_TO: Final = AlertLevel.WATCH
"""The highest level the model alone may ask for: ``watch`` ("measure again within 4 hours").

Why not higher: the decision threshold (chosen on validation patients to maximise the challenge's
utility) sits near the 72nd percentile of ICU hours, so 28 % of test ICU hours are at or above it
while only 4.6 % of those carry the sepsis label; on test rows 48 h or more into a stay the
model's AUROC is 0.605 (0.565–0.649), and it was trained on ICU patients, not on travellers. A signal
that weak is a reason to measure again soon, not to send a person to a doctor: the rules (NEWS2,
qSOFA, shock index, baselines) keep deciding anything above ``watch``. The model never lowers a
level, and hysteresis treats its ``watch`` like any rule's."""

MODEL_SOURCE: Final = (
    "Wayfarer deterioration model (LightGBM on PhysioNet/CinC 2019 ICU data, Reyna MA et al. Crit Care "
    "Med 2020;48(2):210-217; models/deterioration.card.md); not a certified medical device"
)

_MODEL_PARAMETER: Final = {
    Parameter.HEART_RATE: "heart_rate",
    Parameter.PULSE_RATE: "heart_rate",
    Parameter.SPO2: "spo2",
    Parameter.TEMPERATURE: "temperature",
    Parameter.SYSTOLIC_BP: "systolic_bp",
    Parameter.DIASTOLIC_BP: "diastolic_bp",
    Parameter.MEAN_ARTERIAL_PRESSURE: "mean_arterial_pressure",
    Parameter.RESP_RATE: "resp_rate",
}
"""Reading parameters the model reads, by the name ``features.READING_PARAMETER`` knows.
A pulse rate (oximeter, cuff) stands in for the heart rate, as the rules pool them for NEWS2."""


_OTHER, _PULSE_RATE, _MAP, _SYSTOLIC, _DIASTOLIC = range(5)
_ROLE: Final = {
    Parameter.PULSE_RATE: _PULSE_RATE,
    Parameter.MEAN_ARTERIAL_PRESSURE: _MAP,
    Parameter.SYSTOLIC_BP: _SYSTOLIC,
    Parameter.DIASTOLIC_BP: _DIASTOLIC,
}
_MODEL_INPUT: Final = {
    parameter: (
        READING_PARAMETER[name],
        *VALID_RANGE[parameter],
        CANONICAL_UNIT[parameter],
        _ROLE.get(parameter, _OTHER),
    )
    for parameter, name in _MODEL_PARAMETER.items()
}
"""Reading parameter → the features' vital-sign prefix ("hr", "spo2", ...), plausible range, canonical
unit, and the part it plays in the assumptions (pulse rate, MAP, systolic, diastolic, other)."""
_LAST_HOUR: Final = HISTORY_HOURS - 1


def model_bins(readings: Iterable[Reading], at: datetime) -> tuple[HourBins, list[str]]:
    """The readings the model may use at ``at``, on the features' hourly grid, and the assumptions
    made to use them (``features.features_from_bins`` turns the bins into the model's row).

    Kept: the seven vital signs of the last 48 hours, in canonical units, inside the plausible
    range (readings the rules flag as implausible never reach the model). A pulse rate counts as a
    heart rate. Without any mean arterial pressure reading, one is computed for every moment with
    both an upper and a lower pressure, (SBP + 2 × DBP) / 3 (the ICU charts the model learned from
    almost always had one). The bins equal ``features.hour_bins`` of those readings (tested against
    a reading-by-reading reference); this makes them in one pass, working out each distinct moment's
    grid hour once.
    """
    bins: HourBins = {vital: {} for vital in VITAL_SIGNS}
    hour_of: dict[datetime, int] = {}
    used_pulse_rate = False
    has_map = False
    pressures: dict[datetime, list[float | None]] = {}
    for reading in readings:
        model_input = _MODEL_INPUT.get(reading.parameter)
        if model_input is None:
            continue
        moment = reading.time
        hour = hour_of.get(moment)
        if hour is None:
            hour = hour_of[moment] = _grid_hour(moment, at)
        if hour < 0:
            continue
        vital, low, high, unit, role = model_input
        value = reading.value
        if type(value) is not float and (isinstance(value, bool) or not isinstance(value, (int, float))):
            continue
        number = float(value) if reading.unit == unit else convert(float(value), reading.unit, unit)
        if not low <= number <= high:
            continue
        found = bins[vital].get(hour)
        if found is None:
            bins[vital][hour] = [number]
        else:
            found.append(number)
        if role:
            if role == _SYSTOLIC:
                pressures.setdefault(moment, [None, None])[0] = number
            elif role == _DIASTOLIC:
                pressures.setdefault(moment, [None, None])[1] = number
            elif role == _PULSE_RATE:
                used_pulse_rate = True
            else:
                has_map = True
    assumptions = []
    if used_pulse_rate:
        assumptions.append("pulse rate readings used as heart rate")
    if not has_map:
        derived = bins["map"]
        for moment, (systolic, diastolic) in pressures.items():
            if systolic is not None and diastolic is not None and systolic > diastolic:
                derived.setdefault(hour_of[moment], []).append((systolic + 2.0 * diastolic) / 3.0)
        if derived:
            assumptions.append("mean arterial pressure computed from upper and lower pressure")
    return bins, assumptions


def _grid_hour(moment: datetime, at: datetime) -> int:
    """The grid hour of ``moment`` (as ``features.hour_bins`` works it out), or -1 outside the grid."""
    age_hours = (at - moment).total_seconds() / 3600.0
    if age_hours < 0.0 or age_hours >= HISTORY_HOURS:
        return -1
    return _LAST_HOUR - math.floor(age_hours)


def _male(context: RiskContext) -> bool | None:
    if context.sex == "male":
        return True
    if context.sex == "female":
        return False
    return None


_app_meta: ModelMeta | None = None
_app_meta_error: Exception | None = None


async def app_meta() -> ModelMeta:
    """The deterioration model's meta, fetched and parsed once per worker (or process).

    A failure is remembered too, so a missing model costs one fetch, not one per assessment.
    """
    global _app_meta, _app_meta_error
    if _app_meta is not None:
        return _app_meta
    if _app_meta_error is not None:
        raise _app_meta_error
    try:
        _app_meta = load_model_meta(await assets.read_model_text(META_FILE))
    except (assets.AssetError, ModelMetaError) as error:
        _app_meta_error = error
        raise
    return _app_meta


def use_app_meta(meta: ModelMeta | None) -> None:
    """Replace the cached meta (None: fetch again on next use). For tests and benchmarks."""
    global _app_meta, _app_meta_error
    _app_meta, _app_meta_error = meta, None


def with_model_level(assessment: Assessment, result: ModelResult) -> Assessment:
    """The assessment with the model's say on the level: at most :data:`MODEL_RAISES_TO`.

    Below the threshold nothing changes. At or above it a reason joins, and a lower level rises
    to ``watch`` exactly as if a rule had asked for it before hysteresis: the computed level takes
    the maximum, and a hold on a higher previous level ends once the computed level reaches it.
    """
    if not result.above_threshold:
        return assessment
    reason = Reason(
        "model.above_threshold",
        {
            "percent": round(100.0 * result.probability, 1),
            "threshold_percent": round(100.0 * result.threshold, 1),
        },
        MODEL_RAISES_TO,
        MODEL_SOURCE,
    )
    computed = assessment.computed_level
    if computed.rank < MODEL_RAISES_TO.rank:
        computed = MODEL_RAISES_TO
    level = assessment.level
    reasons = [*assessment.reasons, reason]
    improving_since = assessment.improving_since
    if improving_since is not None and computed.rank >= level.rank:
        improving_since = None
        reasons = [r for r in reasons if r.key != "hysteresis.held"]
    action = assessment.action
    if level.rank < MODEL_RAISES_TO.rank:
        level = MODEL_RAISES_TO
        params = dict(action.params)
        params["hours"] = WATCH_REMEASURE_HOURS
        action = Action(f"action.{level.value}", params)
    reasons.sort(key=_severity)
    return replace(
        assessment,
        level=level,
        computed_level=computed,
        reasons=tuple(reasons),
        action=action,
        improving_since=improving_since,
    )


def _severity(reason: Reason) -> int:
    return -reason.level.rank


def model_json(result: ModelResult, meta: ModelMeta) -> dict[str, Any]:
    """The assessment's ``model`` object: probability, threshold, the level it asks for, reasons."""
    return {
        "name": "deterioration",
        "version": meta.version,
        "probability": result.probability,
        "threshold": result.threshold,
        "above_threshold": result.above_threshold,
        "level": MODEL_RAISES_TO.value if result.above_threshold else AlertLevel.NONE.value,
        "top_features": [
            {"feature": c.feature, "text": c.words, "contribution": c.log_odds, "value": c.value}
            for c in result.top_features
        ],
        "assumptions": list(result.assumptions),
        "source": MODEL_SOURCE,
    }


async def _run_model(
    readings: list[Reading], context: RiskContext, at: datetime, explain: bool
) -> tuple[ModelResult, ModelMeta] | Exception | None:
    """The model's result, the error that stopped it, or None when it has no reading to use."""
    try:
        meta = await app_meta()
        bins, assumptions = model_bins(readings, at)
        if not any(bins.values()):
            return None
        result = await assess_bins(
            bins, age_years=context.age_years, male=_male(context), meta=meta, explain=explain
        )
    except Exception as error:  # the rules verdict must survive a failing model
        return error
    if assumptions:
        result = replace(result, assumptions=result.assumptions + tuple(assumptions))
    return result, meta


async def assess_json(
    profile_json: Mapping[str, Any] | str | None,
    readings_json: Sequence[Mapping[str, Any]] | str,
    previous_json: Mapping[str, Any] | str | None = None,
    *,
    at: str | datetime | None = None,
    explain: bool = True,
) -> dict[str, Any]:
    """``risk.assess`` for the page: the rules' assessment plus, when it can run, the model's.

    Same arguments and result as :func:`wayfarer.risk.assess_json` (which stays the synchronous,
    rules-only form for CPython callers), plus a ``model`` object (see :func:`model_json`) when the
    model ran on at least one reading of the last 48 hours. The model can raise the level to
    :data:`MODEL_RAISES_TO` at most, and never lowers it. If it cannot run (file missing,
    onnxruntime failure) the rules' result stands, with a ``model.failed`` reason saying why, and
    no ``model`` key. ``explain=False`` leaves out the top features (for benchmarks).
    """
    readings = _load(readings_json)
    if not isinstance(readings, list):
        raise RiskError("readings must be a JSON list of reading objects")
    moment = parse_time(at) if isinstance(at, str) else at
    if moment is None:
        moment = datetime.now(UTC)
    elif moment.tzinfo is None:
        raise RiskError("at must be an aware datetime (UTC)")
    profile = _load(profile_json)
    context = profile if type(profile) is RiskContext else RiskContext.from_profile(profile, on=moment.date())
    parsed = _as_readings(readings)
    outcome = await _run_model(parsed, context, moment, explain)
    hook: Callable[..., ModelEstimate | Mapping[str, Any]] | None = None
    if isinstance(outcome, Exception):
        failure = outcome

        def hook(*_: object) -> ModelEstimate:
            raise failure

    elif outcome is not None:
        result, meta = outcome
        estimate = result.estimate(meta.version)

        def hook(*_: object) -> Mapping[str, Any]:
            return estimate

    assessment = rules_assess(context, parsed, at=moment, previous=_load(previous_json), model=hook)
    if outcome is None or isinstance(outcome, Exception):
        return assessment.to_json()
    result, meta = outcome
    out = with_model_level(assessment, result).to_json()
    out["model"] = model_json(result, meta)
    return out


async def predict_rows_json(rows: list[list[float | None]]) -> list[float]:
    """The model's probability for each feature row (``null`` = NaN, not measured).

    For tests and benchmarks that compare the browser's onnxruntime-web with CPython's onnxruntime
    on the same rows; one bridge call for all rows.
    """
    meta = await app_meta()
    if not isinstance(rows, list):
        raise ValueError("rows must be a JSON list of feature rows")
    width = len(meta.feature_names)
    nan = math.nan
    floats: list[list[float]] = []
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != width:
            raise ValueError(f"row {index} must be a list of {width} numbers or nulls")
        floats.append([nan if value is None else float(value) for value in row])
    return await probabilities(floats, meta)
