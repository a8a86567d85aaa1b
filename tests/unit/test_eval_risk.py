"""build_scripts/eval_risk.py: the challenge's metrics by hand, and the command on synthetic stays."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from build_scripts.eval_risk import (
    best_predictions,
    challenge_auc,
    normalized_utility,
    row_utilities,
    threshold_utilities,
    utility_parts,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "physionet_sample"
GOOD_FILES = ("s000001.psv", "s000002.psv", "s000003.psv", "s000004.psv", "s000005_bad_cell.psv")


def _utility(labels: list[int], predictions: list[int]) -> float:
    positive, negative = row_utilities(labels)
    return float(np.where(np.array(predictions, dtype=bool), positive, negative).sum())


def test_utility_of_the_challenge_example() -> None:
    # evaluate_sepsis_score.py's own example: 3.388888888888889
    assert _utility([0, 0, 0, 0, 1, 1], [0, 0, 1, 1, 1, 1]) == pytest.approx(3.388888888888889, abs=1e-12)


def test_utility_by_hand() -> None:
    # first label at row 8 -> t_sepsis = 14; rows 2..8 early (0 at -12, 1 at -6), 9..17 late
    labels = [0] * 8 + [1] * 12
    early_alarm = [1 if t == 5 else 0 for t in range(20)]  # t - t_sepsis = -9: (-9 + 12) / 6 = 0.5
    missed = [0] * 20  # rows 9..17 lose -2/9 * (t - 14) - 4/3
    missed_total = sum(-2 / 9 * (t - 14) - 4 / 3 for t in range(9, 18))
    assert _utility(labels, early_alarm) == pytest.approx(0.5 + missed_total)
    assert _utility(labels, missed) == pytest.approx(missed_total)
    too_early = [1 if t == 1 else 0 for t in range(20)]  # t - t_sepsis = -13: false-alarm penalty
    assert _utility(labels, too_early) == pytest.approx(-0.05 + missed_total)
    assert _utility([0] * 7, [1] * 7) == pytest.approx(-0.35)
    assert _utility([0] * 7, [0] * 7) == 0.0
    # after t_sepsis + 3 nothing counts
    assert _utility(labels, [1 if t == 18 else 0 for t in range(20)]) == pytest.approx(missed_total)


def test_normalized_utility_is_0_for_inaction_and_1_for_the_optimum() -> None:
    stays = [np.array([0] * 30 + [1] * 10), np.array([0] * 25), np.array([1] * 5)]
    nothing = [np.zeros(len(s), dtype=bool) for s in stays]
    optimal = [best_predictions(s) for s in stays]
    everything = [np.ones(len(s), dtype=bool) for s in stays]
    assert normalized_utility(stays, nothing) == 0.0
    assert normalized_utility(stays, optimal) == pytest.approx(1.0)
    assert normalized_utility(stays, everything) < 1.0
    parts = utility_parts(stays, everything)
    assert parts.normalized(np.array([0, 0, 2])) != parts.normalized()


def test_threshold_search_matches_direct_utility() -> None:
    rng = np.random.default_rng(3)
    stays = [
        np.array([0] * 40 + [1] * 8),
        np.array([0] * 30),
        np.array([0] * 12 + [1] * 20),
        np.array([0] * 50),
    ]
    scores = [rng.random(len(s)) for s in stays]
    thresholds = np.array([0.05, 0.3, 0.5, 0.77, 0.99])
    fast = threshold_utilities(stays, scores, thresholds)
    for threshold, value in zip(thresholds, fast, strict=True):
        assert value == pytest.approx(normalized_utility(stays, [s >= threshold for s in scores]))


def test_auc_of_the_challenge_example_and_ties() -> None:
    assert challenge_auc(np.array([0, 0, 0, 0, 1, 1]), np.array([0.3, 0.4, 0.6, 0.7, 0.8, 0.8])) == (1.0, 1.0)
    # one tie between a positive and a negative: AUROC 0.75 - ... by hand: pairs (pos>neg)=3, tie=1 -> 3.5/4
    auroc, auprc = challenge_auc(np.array([0, 1, 0, 1]), np.array([0.2, 0.5, 0.5, 0.9]))
    assert auroc == pytest.approx(3.5 / 4)
    assert auprc == pytest.approx(0.5 * 1.0 + 0.5 * (2 / 3))


def test_auc_equals_the_usual_definition_for_scores_inside_0_1() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(7)
    labels = (rng.random(3000) < 0.1).astype(int)
    scores = np.clip(0.3 * labels + rng.random(3000) * 0.7, 0.001, 0.999).round(3)
    auroc, _ = challenge_auc(labels, scores)
    assert auroc == pytest.approx(metrics.roc_auc_score(labels, scores), abs=1e-12)


def test_auc_weights_equal_repeated_rows() -> None:
    labels = np.array([0, 1, 0, 1, 1, 0])
    scores = np.array([0.1, 0.4, 0.35, 0.8, 0.2, 0.6])
    weights = np.array([2, 0, 1, 3, 1, 1])
    repeated = np.repeat(np.arange(6), weights)
    assert challenge_auc(labels, scores, weights) == pytest.approx(
        challenge_auc(labels[repeated], scores[repeated])
    )


def _run_eval(data: Path, predictions: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "build_scripts" / "eval_risk.py"), "--data", str(data)]
    if predictions is not None:
        command += ["--predictions", str(predictions)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, cwd=ROOT)


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    pytest.importorskip("onnxruntime")
    predictions = tmp_path_factory.mktemp("eval") / "predictions.csv"
    return _run_eval(SAMPLE, predictions), predictions


def test_eval_prints_the_contract_json(evaluated: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    completed, _ = evaluated
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["patients"] == len(GOOD_FILES)
    for scorer in ("model", "news2", "qsofa"):
        assert set(result[scorer]) == {"auroc", "auprc", "utility"}
        assert 0.0 <= result[scorer]["auroc"] <= 1.0


def test_eval_names_each_bad_file_and_field(evaluated: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    completed, _ = evaluated
    errors = completed.stderr
    assert "bad_missing_column.psv: missing column(s) SepsisLabel" in errors
    assert "bad_empty_stay.psv: empty stay" in errors
    assert "bad_label.psv: line 4, SepsisLabel is not a number: 'yes'" in errors
    assert "s000005_bad_cell.psv: line 8, HR is not a number ('abc')" in errors


def test_eval_writes_a_probability_for_every_row(
    evaluated: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    _, predictions = evaluated
    with predictions.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected = sum(len((SAMPLE / name).read_text().splitlines()) - 1 for name in GOOD_FILES)
    assert len(rows) == expected
    assert {row["file"] for row in rows} == set(GOOD_FILES)
    assert [int(r["ICULOS"]) for r in rows if r["file"] == "s000003.psv"][:2] == [5, 6]
    assert all(0.0 < float(row["probability"]) < 1.0 for row in rows)


def test_eval_predictions_ignore_the_clock(
    evaluated: tuple[subprocess.CompletedProcess[str], Path], tmp_path: Path
) -> None:
    """Shift every ICULOS by 1000 h and drop the first day: rows > 48 h after the new start agree."""
    _, predictions = evaluated
    shifted = tmp_path / "shifted"
    shifted.mkdir()
    for name in GOOD_FILES:
        lines = (SAMPLE / name).read_text().splitlines()
        header = lines[0].split("|")
        column = header.index("ICULOS")
        kept = []
        for line in lines[25:]:
            cells = line.split("|")
            cells[column] = str(int(cells[column]) + 1000)
            kept.append("|".join(cells))
        if kept:
            (shifted / name).write_text("\n".join([lines[0], *kept]) + "\n")
    again = tmp_path / "again.csv"
    completed = _run_eval(shifted, again)
    assert completed.returncode == 0, completed.stderr

    def by_row(path: Path, offset: int) -> dict[tuple[str, int], str]:
        with path.open(encoding="utf-8") as handle:
            return {(r["file"], int(r["ICULOS"]) + offset): r["probability"] for r in csv.DictReader(handle)}

    before, after = by_row(predictions, 0), by_row(again, -1000)
    compared = 0
    for (name, hour), probability in after.items():
        first_new = min(h for (n, h) in after if n == name)
        if hour - first_new > 48:
            assert probability == before[(name, hour)]
            compared += 1
    assert compared >= 20


def test_eval_on_a_folder_with_only_bad_files(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    shutil.copy(SAMPLE / "bad_empty_stay.psv", tmp_path)
    completed = _run_eval(tmp_path)
    assert completed.returncode == 0
    assert json.loads(completed.stdout.strip().splitlines()[-1])["patients"] == 0
    assert "bad_empty_stay.psv" in completed.stderr
