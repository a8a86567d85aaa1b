"""NEWS2 (RCP 2017) on every band edge, rounding, aggregation, missing values and worked cases."""

from __future__ import annotations

from typing import Any

import pytest

from wayfarer.risk import news2
from wayfarer.risk.news2 import News2Error, Risk

NONE: dict[str, Any] = {
    "resp_rate": None,
    "spo2": None,
    "on_oxygen": None,
    "systolic_bp": None,
    "pulse": None,
    "consciousness": None,
    "temperature": None,
}
NORMAL: dict[str, Any] = {
    "resp_rate": 16,
    "spo2": 97,
    "on_oxygen": False,
    "systolic_bp": 125,
    "pulse": 72,
    "consciousness": "A",
    "temperature": 36.8,
}


def only(name: str, value: object, **extra: Any) -> news2.News2Score:
    return news2.score(**{**NONE, name: value, **extra})


# Every edge of RCP NEWS2 Chart 1, both sides.
EDGES = [
    ("resp_rate", 0, 3),
    ("resp_rate", 8, 3),
    ("resp_rate", 9, 1),
    ("resp_rate", 11, 1),
    ("resp_rate", 12, 0),
    ("resp_rate", 20, 0),
    ("resp_rate", 21, 2),
    ("resp_rate", 24, 2),
    ("resp_rate", 25, 3),
    ("resp_rate", 60, 3),
    ("spo2", 50, 3),
    ("spo2", 91, 3),
    ("spo2", 92, 2),
    ("spo2", 93, 2),
    ("spo2", 94, 1),
    ("spo2", 95, 1),
    ("spo2", 96, 0),
    ("spo2", 100, 0),
    ("systolic_bp", 60, 3),
    ("systolic_bp", 90, 3),
    ("systolic_bp", 91, 2),
    ("systolic_bp", 100, 2),
    ("systolic_bp", 101, 1),
    ("systolic_bp", 110, 1),
    ("systolic_bp", 111, 0),
    ("systolic_bp", 219, 0),
    ("systolic_bp", 220, 3),
    ("pulse", 30, 3),
    ("pulse", 40, 3),
    ("pulse", 41, 1),
    ("pulse", 50, 1),
    ("pulse", 51, 0),
    ("pulse", 90, 0),
    ("pulse", 91, 1),
    ("pulse", 110, 1),
    ("pulse", 111, 2),
    ("pulse", 130, 2),
    ("pulse", 131, 3),
    ("temperature", 33.0, 3),
    ("temperature", 35.0, 3),
    ("temperature", 35.1, 1),
    ("temperature", 36.0, 1),
    ("temperature", 36.1, 0),
    ("temperature", 38.0, 0),
    ("temperature", 38.1, 1),
    ("temperature", 39.0, 1),
    ("temperature", 39.1, 2),
    ("temperature", 41.0, 2),
    ("consciousness", "A", 0),
    ("consciousness", "C", 3),
    ("consciousness", "V", 3),
    ("consciousness", "P", 3),
    ("consciousness", "U", 3),
    ("on_oxygen", False, 0),
    ("on_oxygen", True, 2),
]


@pytest.mark.parametrize(("name", "value", "points"), EDGES)
def test_band_edges_scale_1(name: str, value: object, points: int) -> None:
    result = only(name, value)
    assert result.subscores[name] == points
    if name != "spo2":
        assert result.total == points


SCALE_2 = [
    (80, False, 3),
    (83, False, 3),
    (84, False, 2),
    (85, False, 2),
    (86, False, 1),
    (87, False, 1),
    (88, False, 0),
    (92, False, 0),
    (93, False, 0),
    (97, False, 0),
    (100, False, 0),
    (83, True, 3),
    (84, True, 2),
    (87, True, 1),
    (88, True, 0),
    (92, True, 0),
    (93, True, 1),
    (94, True, 1),
    (95, True, 2),
    (96, True, 2),
    (97, True, 3),
    (100, True, 3),
]


@pytest.mark.parametrize(("spo2", "on_oxygen", "points"), SCALE_2)
def test_band_edges_scale_2(spo2: int, on_oxygen: bool, points: int) -> None:
    result = only("spo2", spo2, spo2_scale=2, on_oxygen=on_oxygen)
    assert result.subscores["spo2"] == points
    assert result.subscores["on_oxygen"] == (2 if on_oxygen else 0)
    assert result.spo2_scale == 2


def test_scale_2_with_oxygen_unknown_is_the_lower_bound_and_partial() -> None:
    result = only("spo2", 97, spo2_scale=2)
    assert result.subscores["spo2"] == 0
    assert "on_oxygen" in result.missing and not result.complete


@pytest.mark.parametrize(
    ("name", "value", "points"),
    [
        # half up to whole numbers, never half to even
        ("resp_rate", 20.5, 2),
        ("resp_rate", 20.49, 0),
        ("resp_rate", 8.5, 1),
        ("resp_rate", 24.5, 3),
        ("spo2", 95.5, 0),
        ("spo2", 91.5, 2),
        ("spo2", 91.49, 3),
        ("systolic_bp", 90.5, 2),
        ("systolic_bp", 110.5, 0),
        ("systolic_bp", 219.5, 3),
        ("pulse", 40.5, 1),
        ("pulse", 90.5, 1),
        ("pulse", 90.4, 0),
        ("pulse", 130.5, 3),
        # half up to 0.1 °C on the decimal value typed (38.05 is stored as 38.0499…)
        ("temperature", 35.05, 1),
        ("temperature", 35.04, 3),
        ("temperature", 36.05, 0),
        ("temperature", 38.05, 1),
        ("temperature", 38.04, 0),
        ("temperature", 39.05, 2),
        ("temperature", 38.999, 1),
    ],
)
def test_values_are_rounded_half_up_to_chart_precision(name: str, value: float, points: int) -> None:
    assert only(name, value).subscores[name] == points


@pytest.mark.parametrize(
    ("vitals", "total", "risk"),
    [
        # all normal: 0
        (NORMAL, 0, Risk.LOW),
        # RR 22 (2) + SpO2 93 (2) + O2 (2) + SBP 105 (1) + pulse 115 (2) + A (0) + 38.5 (1) = 10
        (
            {
                "resp_rate": 22,
                "spo2": 93,
                "on_oxygen": True,
                "systolic_bp": 105,
                "pulse": 115,
                "consciousness": "A",
                "temperature": 38.5,
            },
            10,
            Risk.HIGH,
        ),
        # single 3 (RR 8) and nothing else: 3, low-medium
        ({**NORMAL, "resp_rate": 8}, 3, Risk.LOW_MEDIUM),
        # new confusion alone: 3, low-medium
        ({**NORMAL, "consciousness": "C"}, 3, Risk.LOW_MEDIUM),
        # SpO2 94 (1) + pulse 95 (1) + temp 38.2 (1) + SBP 108 (1) = 4, low
        ({**NORMAL, "spo2": 94, "pulse": 95, "temperature": 38.2, "systolic_bp": 108}, 4, Risk.LOW),
        # single 3 (SBP 88) + pulse 100 (1) = 4: low-medium
        ({**NORMAL, "systolic_bp": 88, "pulse": 100}, 4, Risk.LOW_MEDIUM),
        # single 3 (SpO2 90) + O2 (2) = 5: medium, the 3 does not make it anything else
        ({**NORMAL, "spo2": 90, "on_oxygen": True}, 5, Risk.MEDIUM),
        # RR 23 (2) + pulse 112 (2) + temp 38.3 (1) + SpO2 95 (1) = 6: medium
        ({**NORMAL, "resp_rate": 23, "pulse": 112, "temperature": 38.3, "spo2": 95}, 6, Risk.MEDIUM),
        # RR 25 (3) + pulse 111 (2) + temp 39.1 (2) = 7: high
        ({**NORMAL, "resp_rate": 25, "pulse": 111, "temperature": 39.1}, 7, Risk.HIGH),
        # the worst chart: 3+3+2+3+3+3+3 = 20
        (
            {
                "resp_rate": 30,
                "spo2": 85,
                "on_oxygen": True,
                "systolic_bp": 80,
                "pulse": 140,
                "consciousness": "U",
                "temperature": 34.0,
            },
            20,
            Risk.HIGH,
        ),
    ],
)
def test_worked_cases(vitals: dict[str, Any], total: int, risk: Risk) -> None:
    result = news2.score(**vitals)
    assert result.total == total
    assert result.total == sum(result.subscores.values())
    assert result.risk is risk
    assert result.complete and result.missing == ()


def test_scale_2_worked_case_copd_on_oxygen() -> None:
    # SpO2 97 on O2 scale 2 (3) + O2 (2) + RR 18 (0) + SBP 130 (0) + pulse 88 (0) + A + 37.0 = 5
    copd = {**NORMAL, "spo2": 97, "on_oxygen": True, "resp_rate": 18, "systolic_bp": 130, "pulse": 88}
    assert news2.score(**copd, spo2_scale=2).total == 5
    # The same person at 90 % on oxygen is in target: 0 + 2 = 2
    assert news2.score(**{**copd, "spo2": 90}, spo2_scale=2).total == 2
    # On scale 1, 90 % would be 3 + 2 = 5
    assert news2.score(**{**copd, "spo2": 90}).total == 5


def test_risk_values_are_the_contract_strings() -> None:
    assert [r.value for r in Risk] == ["low", "low-medium", "medium", "high"]


def test_missing_parameters_give_a_partial_score_never_complete() -> None:
    result = news2.score(**{**NORMAL, "temperature": None, "consciousness": None, "resp_rate": 26})
    assert result.missing == ("consciousness", "temperature")
    assert not result.complete
    assert set(result.subscores) == set(news2.PARAMETERS) - {"consciousness", "temperature"}
    assert result.total == 3 and result.risk is Risk.LOW_MEDIUM
    empty = news2.score(**NONE)
    assert empty.total == 0 and empty.missing == news2.PARAMETERS and not empty.complete
    assert empty.to_json()["complete"] is False


def test_to_json() -> None:
    data = news2.score(**NORMAL).to_json()
    assert data == {
        "total": 0,
        "subscores": dict.fromkeys(news2.PARAMETERS, 0),
        "missing": [],
        "complete": True,
        "risk": "low",
        "spo2_scale": 1,
    }


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"resp_rate": -1}, "≥ 0"),
        ({"pulse": float("nan")}, "finite"),
        ({"spo2": 150}, "at most 100"),
        ({"systolic_bp": "120"}, "number"),
        ({"temperature": True}, "number"),
        ({"consciousness": "X"}, "ACVPU"),
        ({"on_oxygen": "yes"}, "True, False or None"),
    ],
)
def test_unscorable_values_raise(change: dict[str, Any], match: str) -> None:
    with pytest.raises(News2Error, match=match):
        news2.score(**{**NORMAL, **change})


def test_scale_must_be_1_or_2() -> None:
    with pytest.raises(News2Error, match="1 or 2"):
        news2.score(**NORMAL, spo2_scale=3)


def test_parameters_are_keyword_only_and_required() -> None:
    with pytest.raises(TypeError):
        news2.score(16, 97, 1, False, 125, 72, "A", 36.8)  # type: ignore[misc]
    with pytest.raises(TypeError):
        news2.score(resp_rate=16)  # type: ignore[call-arg]
