"""Evaluate the deterioration model, NEWS2 and qSOFA on a folder of challenge-format ``.psv`` files.

    python build_scripts/eval_risk.py --data DIR [--predictions FILE]

The last line of stdout is one JSON object::

    {"patients": N, "rows": R, "model": {"auroc", "auprc", "utility"}, "news2": {...}, "qsofa": {...}}

Metrics are computed over every hourly row as the PhysioNet/CinC Challenge 2019 scores them
(Reyna et al., Crit Care Med 2020;48(2):210-217; the challenge's ``evaluate_sepsis_score``,
re-implemented here from its published definition):

- AUROC: area under the piecewise-linear curve of specificity against sensitivity, and AUPRC:
  area under the piecewise-constant precision against recall, with one point per distinct score
  plus a starting point at threshold 1; a score of exactly 0 is never counted positive.
- Normalized utility: per row a reward or penalty depending on when a positive prediction comes
  relative to t_sepsis (the first ``SepsisLabel`` row + 6 h): dt_early = -12 h, dt_optimal = -6 h,
  dt_late = +3 h, max_u_tp = 1, min_u_fn = -2, u_fp = -0.05, u_tn = 0; the sum over all patients
  is normalized so that predicting nothing scores 0 and the challenge's optimal predictor 1.

Scores and binary predictions:

- model: the committed ``models/deterioration.onnx`` through onnxruntime, on features from
  ``wayfarer.risk.features`` (the module the app uses); positive at or above the threshold in
  ``models/deterioration.meta.json`` (chosen on validation patients).
- NEWS2 (RCP 2017) and qSOFA (Sepsis-3) from ``wayfarer.risk``, on each vital sign's last value
  carried forward within the previous 48 hours (missing beyond that, which gives a partial
  score). The data have no consciousness level and no oxygen flag: both scores assume alert
  (ACVPU "A") and breathing room air, SpO2 scale 1. Positive at NEWS2 >= 5 (the RCP "urgent
  response" trigger) and qSOFA >= 2. For the AUROC/AUPRC their integer totals are mapped to
  ``(total + 1) / (max + 2)``, a monotone map into (0, 1), so that the challenge's curve (which
  never counts a score of exactly 0 as positive) covers the whole range.

Bad input: a file with a missing column, no rows or a non-numeric label is reported on stderr
and left out; a non-numeric vital-sign cell is reported and read as not measured.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "py_modules") not in sys.path:
    sys.path.insert(0, str(ROOT / "py_modules"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_scripts.physionet import PsvError, Stay, read_folder  # noqa: E402

from wayfarer.risk.features import FEATURE_NAMES, stay_features  # noqa: E402

MODEL_PATH = ROOT / "models" / "deterioration.onnx"
META_PATH = ROOT / "models" / "deterioration.meta.json"

DT_EARLY = -12
DT_OPTIMAL = -6
DT_LATE = 3
MAX_U_TP = 1.0
MIN_U_FN = -2.0
U_FP = -0.05
U_TN = 0.0

NEWS2_MAX = 20
QSOFA_MAX = 3
NEWS2_TRIGGER = 5
QSOFA_TRIGGER = 2


# --- the challenge's metrics ---------------------------------------------------------------------


def row_utilities(labels: Sequence[int] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of one stay: the utility of predicting positive and of predicting negative.

    The challenge's utility is a sum over rows, so a stay's utility for any binary prediction is
    ``sum(where(prediction, positive, negative))``.
    """
    label_array = np.asarray(labels, dtype=np.int64)
    rows = len(label_array)
    t = np.arange(rows, dtype=np.float64)
    if not label_array.any():
        return np.full(rows, U_FP), np.full(rows, U_TN)
    t_sepsis = float(np.argmax(label_array)) - DT_OPTIMAL
    slope_early = MAX_U_TP / (DT_OPTIMAL - DT_EARLY)
    intercept_early = -slope_early * DT_EARLY
    slope_late = -MAX_U_TP / (DT_LATE - DT_OPTIMAL)
    intercept_late = -slope_late * DT_LATE
    slope_missed = MIN_U_FN / (DT_LATE - DT_OPTIMAL)
    intercept_missed = -slope_missed * DT_OPTIMAL
    offset = t - t_sepsis
    early = offset <= DT_OPTIMAL
    in_time = (offset > DT_OPTIMAL) & (offset <= DT_LATE)
    positive = np.zeros(rows)
    positive[early] = np.maximum(slope_early * offset[early] + intercept_early, U_FP)
    positive[in_time] = slope_late * offset[in_time] + intercept_late
    negative = np.zeros(rows)
    negative[in_time] = slope_missed * offset[in_time] + intercept_missed
    return positive, negative


def best_predictions(labels: Sequence[int] | np.ndarray) -> np.ndarray:
    """The challenge's optimal predictor: positive from t_sepsis - 12 h to t_sepsis + 3 h."""
    label_array = np.asarray(labels, dtype=np.int64)
    best = np.zeros(len(label_array), dtype=bool)
    if label_array.any():
        t_sepsis = int(np.argmax(label_array)) - DT_OPTIMAL
        best[max(0, t_sepsis + DT_EARLY) : min(t_sepsis + DT_LATE + 1, len(label_array))] = True
    return best


@dataclass(frozen=True, slots=True)
class UtilityParts:
    """Per-patient utilities: of the predictions, of the optimal predictor, of predicting nothing."""

    observed: np.ndarray
    best: np.ndarray
    inaction: np.ndarray

    def normalized(self, patients: np.ndarray | None = None) -> float:
        """Normalized utility over all patients, or over a (re)sample of patient indices."""
        if patients is None:
            observed, best, inaction = self.observed.sum(), self.best.sum(), self.inaction.sum()
        else:
            observed = self.observed[patients].sum()
            best = self.best[patients].sum()
            inaction = self.inaction[patients].sum()
        if best == inaction:
            return math.nan
        return float((observed - inaction) / (best - inaction))


def utility_parts(stay_labels: Sequence[np.ndarray], stay_predictions: Sequence[np.ndarray]) -> UtilityParts:
    """Utilities per stay for binary predictions (one boolean array per stay)."""
    observed, best, inaction = [], [], []
    for labels, predictions in zip(stay_labels, stay_predictions, strict=True):
        positive, negative = row_utilities(labels)
        observed.append(float(np.where(predictions, positive, negative).sum()))
        best.append(float(np.where(best_predictions(labels), positive, negative).sum()))
        inaction.append(float(negative.sum()))
    return UtilityParts(np.array(observed), np.array(best), np.array(inaction))


def normalized_utility(stay_labels: Sequence[np.ndarray], stay_predictions: Sequence[np.ndarray]) -> float:
    """The challenge's normalized utility of binary predictions (one array per stay)."""
    return utility_parts(stay_labels, stay_predictions).normalized()


def challenge_auc(
    labels: np.ndarray, scores: np.ndarray, weights: np.ndarray | None = None
) -> tuple[float, float]:
    """AUROC and AUPRC as the challenge computes them (``weights`` repeat rows, for the bootstrap)."""
    labels = np.asarray(labels, dtype=np.float64)
    scores = np.asarray(scores, dtype=np.float64)
    weight = np.ones_like(labels) if weights is None else np.asarray(weights, dtype=np.float64)
    order = np.argsort(-scores, kind="stable")
    sorted_scores = scores[order]
    positives = np.cumsum(weight[order] * labels[order])
    everyone = np.cumsum(weight[order])
    # one point per distinct score: the counts of rows with score >= that score
    last_of_group = np.flatnonzero(np.append(sorted_scores[1:] != sorted_scores[:-1], True))
    group_scores = sorted_scores[last_of_group]
    tp = positives[last_of_group]
    fp = everyone[last_of_group] - tp
    keep = group_scores != 0.0  # a score of 0 is never above a threshold
    tp, fp = tp[keep], fp[keep]
    if len(group_scores) == 0 or group_scores[0] != 1.0:
        tp = np.insert(tp, 0, 0.0)
        fp = np.insert(fp, 0, 0.0)
    total_positive = float((weight * labels).sum())
    total_negative = float(weight.sum()) - total_positive
    tpr = tp / total_positive if total_positive else np.ones_like(tp)
    tnr = (total_negative - fp) / total_negative if total_negative else np.ones_like(fp)
    predicted = tp + fp
    ppv = np.divide(tp, predicted, out=np.ones_like(tp), where=predicted > 0)
    recall_step = np.diff(tpr)
    auroc = float(np.sum(0.5 * recall_step * (tnr[1:] + tnr[:-1])))
    auprc = float(np.sum(recall_step * ppv[1:]))
    return auroc, auprc


def threshold_utilities(
    stay_labels: Sequence[np.ndarray], stay_scores: Sequence[np.ndarray], thresholds: np.ndarray
) -> np.ndarray:
    """Normalized utility of ``score >= threshold`` for each threshold (vectorised, for the search)."""
    gains, scores = [], []
    best_total = inaction_total = 0.0
    for labels, score in zip(stay_labels, stay_scores, strict=True):
        positive, negative = row_utilities(labels)
        gains.append(positive - negative)
        scores.append(score)
        best_total += float(np.where(best_predictions(labels), positive, negative).sum())
        inaction_total += float(negative.sum())
    gain = np.concatenate(gains)
    score = np.concatenate(scores)
    order = np.argsort(-score, kind="stable")
    cumulative = np.concatenate([[0.0], np.cumsum(gain[order])])
    # number of rows with score >= threshold
    counts = len(score) - np.searchsorted(score[order][::-1], thresholds, side="left")
    return cumulative[counts] / (best_total - inaction_total)


# --- scoring a folder ----------------------------------------------------------------------------


def _carried(row: Sequence[float], name: str) -> float | None:
    value = row[FEATURE_NAMES.index(name)]
    return None if math.isnan(value) else value


_LAST = {vital: FEATURE_NAMES.index(f"{vital}_last") for vital in ("hr", "spo2", "temp", "sbp", "resp")}


def baseline_totals(rows: Sequence[Sequence[float]]) -> tuple[np.ndarray, np.ndarray]:
    """NEWS2 and qSOFA totals per feature row (last values carried forward within 48 h).

    Assumes alert and on room air (the data record neither); a missing parameter scores as
    ``wayfarer.risk`` scores it: a partial total of the parameters present.
    """
    from wayfarer.risk import news2, qsofa  # qsofa: the function of Seymour 2016's criteria

    news, quick = [], []
    for row in rows:
        last = {vital: (None if math.isnan(row[index]) else row[index]) for vital, index in _LAST.items()}
        news.append(
            news2.score(
                resp_rate=last["resp"],
                spo2=last["spo2"],
                spo2_scale=1,
                on_oxygen=False,
                systolic_bp=last["sbp"],
                pulse=last["hr"],
                consciousness="A",
                temperature=last["temp"],
            ).total
        )
        quick.append(qsofa(resp_rate=last["resp"], systolic_bp=last["sbp"], consciousness="A").total)
    return np.array(news, dtype=np.float64), np.array(quick, dtype=np.float64)


def load_meta(path: Path = META_PATH) -> dict[str, object]:
    meta: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return meta


def model_session(path: Path = MODEL_PATH) -> object:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def model_probabilities(session: object, features: np.ndarray) -> np.ndarray:
    """Positive-class probabilities from the ONNX model for a float32 feature matrix."""
    run = session.run  # type: ignore[attr-defined]
    input_name = session.get_inputs()[0].name  # type: ignore[attr-defined]
    (probabilities,) = run(None, {input_name: np.ascontiguousarray(features, dtype=np.float32)})
    return np.asarray(probabilities)[:, 1].astype(np.float64)


@dataclass(frozen=True, slots=True)
class ScoredStay:
    name: str
    iculos: list[int]
    labels: np.ndarray
    model: np.ndarray
    news2: np.ndarray
    qsofa: np.ndarray


def score_stays(stays: Sequence[Stay], session: object) -> list[ScoredStay]:
    scored = []
    for stay in stays:
        rows = stay_features(stay.vitals, age_years=stay.age_years, male=stay.male)
        news, quick = baseline_totals(rows)
        probabilities = model_probabilities(session, np.array(rows, dtype=np.float32))
        scored.append(ScoredStay(stay.name, stay.iculos, np.array(stay.labels), probabilities, news, quick))
    return scored


def metrics(scored: Sequence[ScoredStay], threshold: float) -> dict[str, object]:
    labels = [stay.labels for stay in scored]
    all_labels = np.concatenate(labels)
    result: dict[str, object] = {"patients": len(scored), "rows": len(all_labels)}
    columns = {
        "model": ([stay.model for stay in scored], lambda s: s, threshold),
        "news2": ([stay.news2 for stay in scored], lambda s: (s + 1) / (NEWS2_MAX + 2), NEWS2_TRIGGER),
        "qsofa": ([stay.qsofa for stay in scored], lambda s: (s + 1) / (QSOFA_MAX + 2), QSOFA_TRIGGER),
    }
    for name, (scores, to_unit, trigger) in columns.items():
        auroc, auprc = challenge_auc(all_labels, to_unit(np.concatenate(scores)))
        utility = normalized_utility(labels, [score >= trigger for score in scores])
        result[name] = {"auroc": auroc, "auprc": auprc, "utility": utility}
    return result


def _finite_or_null(value: object) -> object:
    """NaN (a metric undefined on this data, e.g. AUROC without a positive row) becomes null."""
    if isinstance(value, dict):
        return {key: _finite_or_null(item) for key, item in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="folder of challenge-format .psv files")
    parser.add_argument("--predictions", type=Path, help="write file,ICULOS,probability for every row")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"--data {args.data}: not a folder", file=sys.stderr)
        return 2
    meta = load_meta()
    threshold = float(meta["threshold"])  # type: ignore[arg-type]
    if list(meta["feature_names"]) != list(FEATURE_NAMES):  # type: ignore[call-overload]
        print(
            "models/deterioration.meta.json lists other features than wayfarer.risk.features", file=sys.stderr
        )
        return 2
    stays: list[Stay] = []
    for item in read_folder(args.data):
        if isinstance(item, PsvError):
            print(f"skipped {item}", file=sys.stderr)
            continue
        for warning in item.warnings:
            print(warning, file=sys.stderr)
        stays.append(item)
    session = model_session()
    scored = score_stays(stays, session)
    if args.predictions:
        with args.predictions.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "ICULOS", "probability"])
            for stay in scored:
                for hour, probability in zip(stay.iculos, stay.model, strict=True):
                    writer.writerow([stay.name, hour, f"{probability:.7g}"])
    if not scored:
        print("no usable .psv file in the folder", file=sys.stderr)
    if scored:
        result = metrics(scored, threshold)
    else:
        empty = {"auroc": None, "auprc": None, "utility": None}
        result = {"patients": 0, "rows": 0, "model": empty, "news2": empty, "qsofa": empty}
    print(json.dumps(_finite_or_null(result), allow_nan=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
