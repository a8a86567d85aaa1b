"""The Royal College of Physicians National Early Warning Score 2 (NEWS2, 2017), exactly.

Source: Royal College of Physicians. *National Early Warning Score (NEWS) 2: Standardising the
assessment of acute-illness severity in the NHS.* Updated report of a working party. London: RCP,
2017. Chart 1 (the scoring system) and Chart 4 (clinical response):

=========================  =====  =====  =====  =======  =====  =====  =====
parameter                  3      2      1      0        1      2      3
=========================  =====  =====  =====  =======  =====  =====  =====
respiration rate /min      ≤8            9–11   12–20           21–24  ≥25
SpO2 scale 1 %             ≤91    92–93  94–95  ≥96
SpO2 scale 2 %             ≤83    84–85  86–87  88–92,   93–94  95–96  ≥97
                                                ≥93 air  on O2  on O2  on O2
air or oxygen                     O2            air
systolic BP mmHg           ≤90    91–100 101–110 111–219               ≥220
pulse /min                 ≤40           41–50  51–90    91–110 111–130 ≥131
consciousness                                   A                      C,V,P,U
temperature °C             ≤35.0         35.1–36.0 36.1–38.0 38.1–39.0 ≥39.1
=========================  =====  =====  =====  =======  =====  =====  =====

Aggregate 0–4 low, 5–6 medium, ≥7 high; a single parameter scoring 3 makes a low total
"low-medium" (the chart's "3 in a single parameter" trigger) and never lowers a higher one.

Values are rounded half up to the chart's precision (temperature 0.1 °C, the rest whole numbers)
before banding, so no value falls between bands (38.05 °C → 38.1 °C → 1 point).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from wayfarer._records import fast_constructor

from ._errors import RiskError
from ._rounding import round_tenths, round_whole

PARAMETERS: Final = (
    "resp_rate",
    "spo2",
    "on_oxygen",
    "systolic_bp",
    "pulse",
    "consciousness",
    "temperature",
)
"""The seven NEWS2 parameters, in chart order; the keys of :attr:`News2Score.subscores`."""


class Risk(StrEnum):
    """NEWS2 clinical risk (RCP 2017, Chart 3)."""

    LOW = "low"
    LOW_MEDIUM = "low-medium"
    MEDIUM = "medium"
    HIGH = "high"


_RISK_VALUE: Final = {risk: risk.value for risk in Risk}


class News2Error(RiskError):
    """A value given to :func:`score` cannot be scored (wrong type, negative, not a number)."""


@dataclass(frozen=True, slots=True)
class News2Score:
    """A NEWS2 total with its parts.

    ``subscores`` holds the points of every parameter that was given (keys from
    :data:`PARAMETERS`); ``missing`` names those that were not. A partial score is a lower
    bound: ``total`` and ``risk`` count only what was measured, and ``complete`` is False.
    """

    total: int
    subscores: dict[str, int]
    missing: tuple[str, ...]
    risk: Risk
    spo2_scale: int = 1

    @property
    def complete(self) -> bool:
        """True only when all seven parameters were scored."""
        return not self.missing

    @property
    def has_single_3(self) -> bool:
        """Whether any one parameter scored 3 (the chart's red-score trigger)."""
        return 3 in self.subscores.values()

    def to_json(self) -> dict[str, Any]:
        """``{"total", "subscores", "missing", "complete", "risk", "spo2_scale"}``."""
        return {
            "total": self.total,
            "subscores": dict(self.subscores),
            "missing": list(self.missing),
            "complete": not self.missing,
            "risk": _RISK_VALUE[self.risk],
            "spo2_scale": self.spo2_scale,
        }


def _number(name: str, value: object) -> float:
    kind = type(value)
    if (kind is float or kind is int) and 0 <= value < math.inf:  # type: ignore[operator]
        return value  # type: ignore[return-value]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise News2Error(f"{name} must be a number or None, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise News2Error(f"{name} must be a finite number ≥ 0, not {value!r}")
    return value


def resp_rate_points(breaths_per_min: float) -> int:
    """Respiration rate: ≤8 → 3, 9–11 → 1, 12–20 → 0, 21–24 → 2, ≥25 → 3."""
    rate = round_whole(breaths_per_min)
    if rate <= 8:
        return 3
    if rate <= 11:
        return 1
    if rate <= 20:
        return 0
    if rate <= 24:
        return 2
    return 3


def spo2_scale1_points(percent: float) -> int:
    """SpO2 scale 1: ≤91 → 3, 92–93 → 2, 94–95 → 1, ≥96 → 0."""
    saturation = round_whole(percent)
    if saturation <= 91:
        return 3
    if saturation <= 93:
        return 2
    if saturation <= 95:
        return 1
    return 0


def spo2_scale2_points(percent: float, on_oxygen: bool | None) -> int:
    """SpO2 scale 2: ≤83 → 3, 84–85 → 2, 86–87 → 1, 88–92 → 0, ≥93 on air → 0,
    93–94 on oxygen → 1, 95–96 on oxygen → 2, ≥97 on oxygen → 3.

    With ``on_oxygen`` unknown a saturation ≥93 scores as on air (0): the lower bound, which is
    what a partial score reports (``on_oxygen`` is then listed as missing).
    """
    saturation = round_whole(percent)
    if saturation <= 83:
        return 3
    if saturation <= 85:
        return 2
    if saturation <= 87:
        return 1
    if saturation <= 92 or not on_oxygen:
        return 0
    if saturation <= 94:
        return 1
    if saturation <= 96:
        return 2
    return 3


def systolic_bp_points(mmhg: float) -> int:
    """Systolic BP: ≤90 → 3, 91–100 → 2, 101–110 → 1, 111–219 → 0, ≥220 → 3."""
    pressure = round_whole(mmhg)
    if pressure <= 90:
        return 3
    if pressure <= 100:
        return 2
    if pressure <= 110:
        return 1
    if pressure <= 219:
        return 0
    return 3


def pulse_points(beats_per_min: float) -> int:
    """Pulse: ≤40 → 3, 41–50 → 1, 51–90 → 0, 91–110 → 1, 111–130 → 2, ≥131 → 3."""
    rate = round_whole(beats_per_min)
    if rate <= 40:
        return 3
    if rate <= 50:
        return 1
    if rate <= 90:
        return 0
    if rate <= 110:
        return 1
    if rate <= 130:
        return 2
    return 3


def temperature_points(celsius: float) -> int:
    """Temperature: ≤35.0 → 3, 35.1–36.0 → 1, 36.1–38.0 → 0, 38.1–39.0 → 1, ≥39.1 → 2."""
    tenths = round_tenths(celsius)
    if tenths <= 350:
        return 3
    if tenths <= 360:
        return 1
    if tenths <= 380:
        return 0
    if tenths <= 390:
        return 1
    return 2


def consciousness_points(acvpu: str) -> int:
    """Consciousness: Alert → 0; new Confusion, Voice, Pain, Unresponsive → 3."""
    if acvpu == "A":
        return 0
    if acvpu in ("C", "V", "P", "U"):
        return 3
    raise News2Error(f"consciousness must be one of A, C, V, P, U (ACVPU), not {acvpu!r}")


def risk_of(total: int, single_3: bool) -> Risk:
    """Aggregate risk: 0–4 low (low-medium with a single 3), 5–6 medium, ≥7 high."""
    if total >= 7:
        return Risk.HIGH
    if total >= 5:
        return Risk.MEDIUM
    return Risk.LOW_MEDIUM if single_3 else Risk.LOW


def score(
    *,
    resp_rate: float | None,
    spo2: float | None,
    spo2_scale: int = 1,
    on_oxygen: bool | None,
    systolic_bp: float | None,
    pulse: float | None,
    consciousness: str | None,
    temperature: float | None,
) -> News2Score:
    """Score NEWS2 from breaths/min, SpO2 %, scale 1 or 2, oxygen (bool), systolic mmHg,
    pulse beats/min, ACVPU letter and temperature °C; any may be None (missing).

    The scale is taken as given: refusing scale 2 for a person without clinician-confirmed
    hypercapnic respiratory failure is the caller's job (``wayfarer.risk.assess`` does it).
    Values are scored as given, not judged for plausibility (``wayfarer.vitals`` does that);
    a negative or non-finite number, SpO2 above 100 % or a non-ACVPU letter raises
    :class:`News2Error`.
    """
    if spo2_scale not in (1, 2) or isinstance(spo2_scale, bool):
        raise News2Error(f"spo2_scale must be 1 or 2, not {spo2_scale!r}")
    if resp_rate is not None:
        resp_rate = _number("resp_rate", resp_rate)
    if on_oxygen is not None and not isinstance(on_oxygen, bool):
        raise News2Error(f"on_oxygen must be True, False or None, not {on_oxygen!r}")
    if spo2 is not None:
        saturation = _number("spo2", spo2)
        if saturation > 100:
            raise News2Error(f"spo2 must be at most 100 %, not {spo2!r}")
        spo2 = saturation
    if systolic_bp is not None:
        systolic_bp = _number("systolic_bp", systolic_bp)
    if pulse is not None:
        pulse = _number("pulse", pulse)
    if consciousness is not None:
        consciousness_points(consciousness)  # raises News2Error naming a value that is not ACVPU
    if temperature is not None:
        temperature = _number("temperature", temperature)
    return score_checked(
        resp_rate, spo2, spo2_scale, on_oxygen, systolic_bp, pulse, consciousness, temperature
    )


def score_checked(
    resp_rate: float | None,
    spo2: float | None,
    spo2_scale: int,
    on_oxygen: bool | None,
    systolic_bp: float | None,
    pulse: float | None,
    consciousness: str | None,
    temperature: float | None,
) -> News2Score:
    """:func:`score` for values already known to be valid (finite numbers ≥ 0, SpO2 ≤ 100, scale
    1 or 2, an ACVPU letter, a bool): the same result without the checks (``assess``'s hot path,
    whose values all passed the plausibility ranges)."""
    subscores: dict[str, int] = {}
    missing: list[str] = []
    total = 0
    single_3 = False
    if resp_rate is None:
        missing.append("resp_rate")
    else:
        points = subscores["resp_rate"] = resp_rate_points(resp_rate)
        total += points
        single_3 = points == 3
    if spo2 is None:
        missing.append("spo2")
    else:
        points = subscores["spo2"] = (
            spo2_scale1_points(spo2) if spo2_scale == 1 else spo2_scale2_points(spo2, on_oxygen)
        )
        total += points
        single_3 = single_3 or points == 3
    if on_oxygen is None:
        missing.append("on_oxygen")
    elif on_oxygen:
        subscores["on_oxygen"] = 2
        total += 2
    else:
        subscores["on_oxygen"] = 0
    if systolic_bp is None:
        missing.append("systolic_bp")
    else:
        points = subscores["systolic_bp"] = systolic_bp_points(systolic_bp)
        total += points
        single_3 = single_3 or points == 3
    if pulse is None:
        missing.append("pulse")
    else:
        points = subscores["pulse"] = pulse_points(pulse)
        total += points
        single_3 = single_3 or points == 3
    if consciousness is None:
        missing.append("consciousness")
    else:
        points = subscores["consciousness"] = 0 if consciousness == "A" else 3
        total += points
        single_3 = single_3 or points == 3
    if temperature is None:
        missing.append("temperature")
    else:
        points = subscores["temperature"] = temperature_points(temperature)
        total += points
        single_3 = single_3 or points == 3
    if total >= 7:
        risk = Risk.HIGH
    elif total >= 5:
        risk = Risk.MEDIUM
    else:
        risk = Risk.LOW_MEDIUM if single_3 else Risk.LOW
    return _new_score(total, subscores, tuple(missing), risk, spo2_scale)


_new_score: Final = fast_constructor(News2Score)
