"""qSOFA and the shock index, with NEWS2's missing-value rule (a partial result says what is missing).

qSOFA — Seymour CW, Liu VX, Iwashyna TJ, et al. Assessment of clinical criteria for sepsis: for
the Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3). JAMA
2016;315(8):762–774; Singer M, Deutschman CS, Seymour CW, et al. The Third International Consensus
Definitions for Sepsis and Septic Shock (Sepsis-3). JAMA 2016;315(8):801–810. One point each for
respiratory rate ≥22/min, systolic BP ≤100 mmHg and altered mentation (GCS <15); ≥2 points
identifies a person with suspected infection at higher risk of a poor outcome. Altered mentation
is read from ACVPU: anything but A (new confusion included) counts.

Shock index — Allgöwer M, Burri C. "Schockindex". Dtsch Med Wochenschr 1967;92(43):1947–1950:
heart rate ÷ systolic BP, normal about 0.5–0.7. A value ≥1.0 is the threshold reviewed by Koch E,
Lovett S, Nghiem T, et al. Shock index in the emergency department: utility and limitations.
Open Access Emerg Med 2019;11:179–199 ("SI >1.0 ... increased risk of mortality"); we flag
≥1.0 (on rounded whole-number inputs, so HR = SBP flags).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from wayfarer._records import fast_constructor

from ._rounding import round_whole

QSOFA_PARAMETERS: Final = ("resp_rate", "systolic_bp", "consciousness")
SHOCK_INDEX_THRESHOLD: Final = 1.0


@dataclass(frozen=True, slots=True)
class QSofa:
    """qSOFA points; ``criteria`` maps each measured parameter to whether it met its criterion.

    With parameters missing, ``total`` is a lower bound and ``positive`` is True only if the
    measured ones already reach 2.
    """

    total: int
    criteria: dict[str, bool]
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """True only when all three criteria could be judged."""
        return not self.missing

    @property
    def positive(self) -> bool:
        """≥2 criteria met (Seymour 2016)."""
        return self.total >= 2

    def to_json(self) -> dict[str, Any]:
        """``{"total", "criteria", "missing", "complete", "positive"}``."""
        return {
            "total": self.total,
            "criteria": dict(self.criteria),
            "missing": list(self.missing),
            "complete": not self.missing,
            "positive": self.total >= 2,
        }


def qsofa(*, resp_rate: float | None, systolic_bp: float | None, consciousness: str | None) -> QSofa:
    """qSOFA from breaths/min, systolic mmHg and an ACVPU letter; any may be None (missing)."""
    criteria: dict[str, bool] = {}
    missing: list[str] = []
    if resp_rate is None:
        missing.append("resp_rate")
    else:
        criteria["resp_rate"] = round_whole(resp_rate) >= 22
    if systolic_bp is None:
        missing.append("systolic_bp")
    else:
        criteria["systolic_bp"] = round_whole(systolic_bp) <= 100
    if consciousness is None:
        missing.append("consciousness")
    else:
        criteria["consciousness"] = consciousness != "A"
    return _new_qsofa(sum(criteria.values()), criteria, tuple(missing))


@dataclass(frozen=True, slots=True)
class ShockIndex:
    """Heart rate ÷ systolic BP (dimensionless); ``value`` is None when either is missing."""

    value: float | None
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """True when both pulse and systolic BP were measured."""
        return not self.missing

    @property
    def elevated(self) -> bool:
        """Shock index ≥1.0 (Allgöwer & Burri 1967; Koch 2019). False when it cannot be computed."""
        return self.value is not None and self.value >= SHOCK_INDEX_THRESHOLD

    def to_json(self) -> dict[str, Any]:
        """``{"value", "elevated", "threshold", "missing", "complete"}``; value to 2 decimals."""
        return {
            "value": None if self.value is None else round(self.value, 2),
            "elevated": self.elevated,
            "threshold": SHOCK_INDEX_THRESHOLD,
            "missing": list(self.missing),
            "complete": not self.missing,
        }


def shock_index(*, pulse: float | None, systolic_bp: float | None) -> ShockIndex:
    """Shock index from pulse (beats/min) and systolic BP (mmHg), both rounded to whole numbers."""
    if pulse is None or systolic_bp is None:
        if pulse is None:
            return _new_shock_index(None, ("pulse",) if systolic_bp is not None else ("pulse", "systolic_bp"))
        return _new_shock_index(None, ("systolic_bp",))
    pressure = round_whole(systolic_bp)
    if pressure <= 0:
        return _new_shock_index(None, ("systolic_bp",))
    return _new_shock_index(round_whole(pulse) / pressure, ())


_new_qsofa: Final = fast_constructor(QSofa)
_new_shock_index: Final = fast_constructor(ShockIndex)
