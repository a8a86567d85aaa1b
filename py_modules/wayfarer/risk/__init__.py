"""Risk scores and alerts: NEWS2, qSOFA, shock index and personal baselines, in plain words.

:func:`assess` turns a person's readings and profile into an :class:`Assessment` (alert level,
scores, reasons, action with the country's emergency number); :func:`assess_json` is its JSON
form for ``wayfarer.api``; :func:`iter_assess_batch` assesses many people in time-boxed chunks, and
:func:`iter_assess_kiosk` does it from a compact batch (each profile once, a row of numbers per
person) with a compact summary per person.
``wayfarer.risk.news2.score`` is the exact RCP NEWS2 (2017).
"""

from . import news2
from ._assess import (
    CLOCK_SKEW,
    DEFAULT_HOLD,
    DEFAULT_MAX_AGE,
    Assessment,
    BatchFailure,
    FlaggedReading,
    Model,
    ModelEstimate,
    ReadingUsed,
    assess,
    assess_batch,
    assess_batch_json,
    assess_json,
    iter_assess_batch,
    iter_assess_batch_json,
)
from ._baseline import Baseline, baselines, rolling_baseline
from ._context import RiskContext
from ._emergency import EMERGENCY_NUMBERS, FALLBACK_NUMBER, emergency_number
from ._errors import ProfileError, RiskError, ScaleError
from ._kiosk import KioskResult, assess_kiosk, iter_assess_kiosk
from ._messages import TEMPLATES, Action, AlertLevel, Reason, render
from ._sepsis import QSofa, ShockIndex, qsofa, shock_index
from .news2 import News2Error, News2Score, Risk

__all__ = [
    "CLOCK_SKEW",
    "DEFAULT_HOLD",
    "DEFAULT_MAX_AGE",
    "EMERGENCY_NUMBERS",
    "FALLBACK_NUMBER",
    "TEMPLATES",
    "Action",
    "AlertLevel",
    "Assessment",
    "Baseline",
    "BatchFailure",
    "FlaggedReading",
    "KioskResult",
    "Model",
    "ModelEstimate",
    "News2Error",
    "News2Score",
    "ProfileError",
    "QSofa",
    "ReadingUsed",
    "Reason",
    "Risk",
    "RiskContext",
    "RiskError",
    "ScaleError",
    "ShockIndex",
    "assess",
    "assess_batch",
    "assess_batch_json",
    "assess_json",
    "assess_kiosk",
    "baselines",
    "emergency_number",
    "iter_assess_batch",
    "iter_assess_batch_json",
    "iter_assess_kiosk",
    "news2",
    "qsofa",
    "render",
    "rolling_baseline",
    "shock_index",
]
