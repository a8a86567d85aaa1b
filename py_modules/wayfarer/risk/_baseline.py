"""Personal baselines: the person's own usual values, and rules that flag sustained deviations.

A baseline is the median of the person's plausible readings over a rolling window (default the
past 7 days) that ends before the recent period (default the last 6 hours), so an illness that
began today does not drag its own reference up. With too few readings the profile's recorded
``baseline_vitals`` are used instead. "Sustained" means the two most recent readings both
deviate (one odd reading is not enough). Each rule cites its source in its docstring.

These rules only add reasons, at most "see a doctor today": they never lower a NEWS2 alert.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from wayfarer._records import fast_constructor
from wayfarer.vitals import Parameter

from ._context import RiskContext
from ._messages import AlertLevel, Reason

DEFAULT_WINDOW: Final = timedelta(days=7)
DEFAULT_RECENT: Final = timedelta(hours=6)
DEFAULT_MIN_COUNT: Final = 5

Series = Sequence[tuple[datetime, float]]
"""(time UTC, value in the canonical unit), oldest first."""

BASELINE_PARAMETERS: Final = (
    Parameter.HEART_RATE,
    Parameter.TEMPERATURE,
    Parameter.SPO2,
    Parameter.SYSTOLIC_BP,
    Parameter.DIASTOLIC_BP,
)

_PARAMETER_VALUE: Final = {parameter: parameter.value for parameter in Parameter}

SOURCE_RESTING_HR: Final = (
    "Radin JM et al. Lancet Digit Health 2020;2(2):e85-e93; Mishra T et al. Nat Biomed Eng 2020;4:1208-1220"
)
SOURCE_IDSA_FEVER: Final = "High KP et al. IDSA guideline, Clin Infect Dis 2009;48(2):149-171"
SOURCE_BTS_OXYGEN: Final = "O'Driscoll BR et al. BTS oxygen guideline, Thorax 2017;72(Suppl 1):ii1-ii90"
SOURCE_SEPSIS_HYPOTENSION: Final = (
    "Levy MM et al. 2001 SCCM/ESICM/ACCP/ATS/SIS sepsis definitions, Crit Care Med 2003;31(4):1250-1256"
)
SOURCE_HYPERTENSIVE_CRISIS: Final = (
    "Whelton PK et al. 2017 ACC/AHA hypertension guideline, Hypertension 2018;71:e13-e115"
)
SOURCE_AF_RATE: Final = (
    "Van Gelder IC et al. RACE II, N Engl J Med 2010;362:1363-1373; Hindricks G et al. ESC AF guideline, "
    "Eur Heart J 2021;42:373-498"
)
SOURCE_RATE_LIMITING: Final = (
    "Koch E et al. Open Access Emerg Med 2019;11:179-199 (heart rate confounded by medicines); "
    "negative chronotropic action in the medicines' product information"
)


@dataclass(frozen=True, slots=True)
class Baseline:
    """A person's usual value of one parameter, in its canonical unit.

    ``source`` is ``"history"`` (median of ``count`` readings) or ``"profile"`` (recorded value).
    """

    parameter: Parameter
    median: float
    count: int
    source: str

    def to_json(self) -> dict[str, Any]:
        """``{"parameter", "median", "count", "source"}``."""
        return {
            "parameter": _PARAMETER_VALUE[parameter]
            if type(parameter := self.parameter) is Parameter
            else parameter.value,
            "median": self.median,
            "count": self.count,
            "source": self.source,
        }


_new_baseline: Final = fast_constructor(Baseline)
_reason: Final = fast_constructor(Reason)
"""Reason(key, params, level, source), built without the frozen dataclass's __init__ (hot path)."""


def _median(values: list[float]) -> float:
    values.sort()
    middle = len(values) // 2
    if len(values) % 2:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2.0


def rolling_baseline(
    series: Series,
    parameter: Parameter,
    *,
    at: datetime,
    window: timedelta = DEFAULT_WINDOW,
    recent: timedelta = DEFAULT_RECENT,
    min_count: int = DEFAULT_MIN_COUNT,
) -> Baseline | None:
    """Median of ``series`` values timed in [at − window, at − recent); None with < ``min_count``."""
    start, end = at - window, at - recent
    values = [value for time, value in series if start <= time < end]
    if len(values) < min_count:
        return None
    return Baseline(parameter, _median(values), len(values), "history")


def baselines(
    series: Mapping[Parameter, Series],
    context: RiskContext,
    *,
    at: datetime,
    window: timedelta = DEFAULT_WINDOW,
    recent: timedelta = DEFAULT_RECENT,
    min_count: int = DEFAULT_MIN_COUNT,
) -> dict[Parameter, Baseline]:
    """Baselines for resting heart rate, temperature, SpO2 and blood pressure.

    Heart rate pools ``heart_rate`` and ``pulse_rate`` readings (both count beats per minute).
    Falls back to the profile's ``baseline_vitals`` when the history is too short.
    """
    found: dict[Parameter, Baseline] = {}
    start, end = at - window, at - recent
    recorded_values = context.baseline_vitals
    for parameter in BASELINE_PARAMETERS:
        values: Series = series.get(parameter, ())
        if parameter is Parameter.HEART_RATE and Parameter.PULSE_RATE in series:
            values = [*values, *series[Parameter.PULSE_RATE]]
        window_values = [value for time, value in values if start <= time < end] if values else []
        if len(window_values) >= min_count:
            found[parameter] = Baseline(parameter, _median(window_values), len(window_values), "history")
            continue
        recorded = recorded_values.get(parameter)
        if recorded is None and parameter is Parameter.HEART_RATE:
            recorded = recorded_values.get(Parameter.PULSE_RATE)
        if recorded is not None:
            found[parameter] = Baseline(parameter, recorded, 0, "profile")
    return found


def profile_baselines(context: RiskContext) -> dict[Parameter, Baseline]:
    """What :func:`baselines` gives when no reading falls in the window (``min_count`` ≥ 1): the
    profile's recorded ``baseline_vitals`` for the baseline parameters (heart rate falling back to a
    recorded pulse rate); empty when the profile records none."""
    recorded_values = context.baseline_vitals
    if not recorded_values:
        return {}
    # Equal keys give equal records, except 0.0 and -0.0 (equal, yet written differently).
    key = None if 0.0 in recorded_values.values() else tuple(recorded_values.items())
    known = None if key is None else _PROFILE_BASELINES.get(key)
    if known is None:
        found: dict[Parameter, Baseline] = {}
        for parameter in BASELINE_PARAMETERS:
            recorded = recorded_values.get(parameter)
            if recorded is None and parameter is Parameter.HEART_RATE:
                recorded = recorded_values.get(Parameter.PULSE_RATE)
            if recorded is not None:
                found[parameter] = _new_baseline(parameter, recorded, 0, "profile")
        if key is None:
            return found
        if len(_PROFILE_BASELINES) >= 1024:
            _PROFILE_BASELINES.clear()
        _PROFILE_BASELINES[key] = known = found
    return dict(known)  # a fresh dict each time; the Baseline records are immutable and shared


_PROFILE_BASELINES: dict[tuple[tuple[Parameter, float], ...], dict[Parameter, Baseline]] = {}
"""Recorded baseline values (in the profile's order) → their Baseline records."""


def _whole(value: float) -> int:
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def _tenth(value: float) -> float:
    return _whole(value * 10.0) / 10.0


def heart_rate_rise(recent: list[float], baseline: Baseline | None) -> Reason | None:
    """Resting heart rate ≥10 beats/min above the personal baseline in the last two readings.

    Source: Radin JM, Wineinger NE, Topol EJ, Steinhubl SR. Harnessing wearable device data to
    improve state-level real-time surveillance of influenza-like illness in the USA. Lancet Digit
    Health 2020;2(2):e85–e93; Mishra T et al. Pre-symptomatic detection of COVID-19 from smartwatch
    data. Nat Biomed Eng 2020;4:1208–1220 — resting heart rate above the person's own baseline
    precedes and accompanies infection. The +10/min margin is this project's choice.
    """
    if baseline is None or len(recent) < 2:
        return None
    threshold = baseline.median + 10.0
    if recent[-1] < threshold or recent[-2] < threshold:
        return None
    return _reason(
        "baseline.heart_rate_rise",
        {
            "value": _whole(recent[-1]),
            "delta": _whole(recent[-1] - baseline.median),
            "baseline": _whole(baseline.median),
        },
        AlertLevel.WATCH,
        SOURCE_RESTING_HR,
    )


def temperature_rise(recent: list[float], baseline: Baseline | None) -> Reason | None:
    """Temperature more than 1.1 °C (2 °F) above the personal baseline in the last two readings.

    Source: High KP, Bradley SF, Gravenstein S, et al. Clinical practice guideline for the
    evaluation of fever and infection in older adult residents of long-term care facilities: 2008
    update by the Infectious Diseases Society of America. Clin Infect Dis 2009;48(2):149–171 —
    fever in an older adult includes "an increase in temperature of >2 °F (>1.1 °C) over the
    baseline temperature".
    """
    if baseline is None or len(recent) < 2:
        return None
    threshold = baseline.median + 1.1
    if recent[-1] <= threshold or recent[-2] <= threshold:
        return None
    return _reason(
        "baseline.temperature_rise",
        {
            "value": _tenth(recent[-1]),
            "delta": _tenth(recent[-1] - baseline.median),
            "baseline": _tenth(baseline.median),
        },
        AlertLevel.SEE_DOCTOR_TODAY,
        SOURCE_IDSA_FEVER,
    )


def fever_older_adult(recent: list[float], age_years: int | None) -> Reason | None:
    """For a person aged 65 or more (or of unknown age): a single temperature >37.8 °C, or the last
    two >37.2 °C, is a fever.

    Source: High KP et al. IDSA guideline, Clin Infect Dis 2009;48(2):149–171 — fever in older
    adults is "a single oral temperature >37.8 °C (>100 °F), or repeated oral temperatures
    >37.2 °C (>99 °F)". NEWS2 scores 36.1–38.0 °C as 0, so without this rule an older adult's
    blunted fever would go unnoticed.
    """
    if not recent or (age_years is not None and age_years < 65):
        return None
    single = recent[-1] > 37.8
    repeated = len(recent) >= 2 and recent[-1] > 37.2 and recent[-2] > 37.2
    if not (single or repeated):
        return None
    return _reason(
        "baseline.fever_older_adult",
        {"value": _tenth(recent[-1])},
        AlertLevel.SEE_DOCTOR_TODAY,
        SOURCE_IDSA_FEVER,
    )


def spo2_drop(recent: list[float], baseline: Baseline | None) -> Reason | None:
    """SpO2 fallen by 3 percentage points or more below the personal baseline, in the last two readings.

    Source: O'Driscoll BR, Howard LS, Earis J, Mak V. BTS guideline for oxygen use in adults in
    healthcare and emergency settings. Thorax 2017;72(Suppl 1):ii1–ii90 — "clinical assessment is
    recommended if the saturation falls by ≥3% or below the target range for the patient".
    """
    if baseline is None or len(recent) < 2:
        return None
    threshold = baseline.median - 3.0
    if recent[-1] > threshold or recent[-2] > threshold:
        return None
    return _reason(
        "baseline.spo2_drop",
        {
            "value": _whole(recent[-1]),
            "delta": _whole(baseline.median - recent[-1]),
            "baseline": _whole(baseline.median),
        },
        AlertLevel.SEE_DOCTOR_TODAY,
        SOURCE_BTS_OXYGEN,
    )


def spo2_outside_target(
    recent: list[float], target: tuple[float, float] | None, on_oxygen: bool | None
) -> Reason | None:
    """SpO2 below the documented target range, or above it while breathing extra oxygen.

    Source: O'Driscoll BR et al. BTS oxygen guideline, Thorax 2017;72(Suppl 1):ii1–ii90 — oxygen is
    prescribed to a target range; a saturation below it needs clinical assessment, and above it
    on oxygen (in people at risk of hypercapnia, who have the 88–92% target) the oxygen should be
    reduced.
    """
    if target is None or not recent:
        return None
    low, high = target
    value = _whole(recent[-1])
    if value < low:
        return _reason(
            "baseline.spo2_below_target",
            {"value": value, "low": _whole(low), "high": _whole(high)},
            AlertLevel.SEE_DOCTOR_TODAY,
            SOURCE_BTS_OXYGEN,
        )
    if value > high and on_oxygen:
        return _reason(
            "baseline.spo2_above_target",
            {"value": value, "low": _whole(low), "high": _whole(high)},
            AlertLevel.WATCH,
            SOURCE_BTS_OXYGEN,
        )
    return None


def systolic_drop(recent: list[float], baseline: Baseline | None) -> Reason | None:
    """Systolic BP more than 40 mmHg below the personal baseline, in the last two readings.

    Source: Levy MM, Fink MP, Marshall JC, et al. 2001 SCCM/ESICM/ACCP/ATS/SIS International Sepsis
    Definitions Conference. Crit Care Med 2003;31(4):1250–1256 — arterial hypotension includes "an
    SBP decrease >40 mmHg in adults" from their usual value.
    """
    if baseline is None or len(recent) < 2:
        return None
    threshold = baseline.median - 40.0
    if recent[-1] >= threshold or recent[-2] >= threshold:
        return None
    return _reason(
        "baseline.systolic_drop",
        {
            "value": _whole(recent[-1]),
            "delta": _whole(baseline.median - recent[-1]),
            "baseline": _whole(baseline.median),
        },
        AlertLevel.SEE_DOCTOR_TODAY,
        SOURCE_SEPSIS_HYPOTENSION,
    )


def blood_pressure_very_high(systolic: list[float], diastolic: list[float]) -> Reason | None:
    """Systolic >180 or diastolic >120 mmHg in the last two readings of either.

    Source: Whelton PK, Carey RM, Aronow WS, et al. 2017 ACC/AHA guideline for the prevention,
    detection, evaluation and management of high blood pressure in adults. Hypertension
    2018;71:e13–e115 — "hypertensive crises" are SBP >180 and/or DBP >120 mmHg; without new organ
    damage they call for prompt (not emergency) review. NEWS2 only scores a systolic ≥220.
    """
    high_systolic = len(systolic) >= 2 and systolic[-1] > 180.0 and systolic[-2] > 180.0
    high_diastolic = len(diastolic) >= 2 and diastolic[-1] > 120.0 and diastolic[-2] > 120.0
    if not (high_systolic or high_diastolic):
        return None
    return _reason(
        "baseline.bp_very_high",
        {
            "systolic": _whole(systolic[-1]) if systolic else "?",
            "diastolic": _whole(diastolic[-1]) if diastolic else "?",
        },
        AlertLevel.SEE_DOCTOR_TODAY,
        SOURCE_HYPERTENSIVE_CRISIS,
    )


def atrial_fibrillation_fast(recent: list[float], atrial_fibrillation: bool) -> Reason | None:
    """With atrial fibrillation, a resting heart rate above 110/min in the last two readings.

    Source: Van Gelder IC, Groenveld HF, Crijns HJGM, et al. Lenient versus strict rate control in
    patients with atrial fibrillation (RACE II). N Engl J Med 2010;362:1363–1373; Hindricks G et al.
    2020 ESC guidelines for atrial fibrillation. Eur Heart J 2021;42:373–498 — lenient rate control
    aims at a resting heart rate <110/min.
    """
    if not atrial_fibrillation or len(recent) < 2 or recent[-1] <= 110.0 or recent[-2] <= 110.0:
        return None
    return _reason(
        "baseline.af_fast", {"value": _whole(recent[-1])}, AlertLevel.SEE_DOCTOR_TODAY, SOURCE_AF_RATE
    )


def context_reasons(context: RiskContext, pulse_used: bool) -> list[Reason]:
    """Profile facts that change how a pulse should be read (no level of their own).

    Rate-limiting medicines (beta-blockers, verapamil, diltiazem, digoxin, ivabradine) lower the
    heart rate by their action, so a normal pulse reassures less (source: Koch E et al. Open Access
    Emerg Med 2019;11:179–199, heart rate is confounded by medicines). With atrial fibrillation a
    peripheral pulse can under-count the heart rate (the pulse deficit; Hindricks G et al. ESC AF
    guideline 2020, Eur Heart J 2021;42:373–498).
    """
    if not pulse_used:
        return []
    reasons: list[Reason] = []
    if context.rate_limiting_medicines:
        reasons.append(
            _reason(
                "context.rate_limiting",
                {"medicines": ", ".join(context.rate_limiting_medicines)},
                AlertLevel.NONE,
                SOURCE_RATE_LIMITING,
            )
        )
    if context.atrial_fibrillation:
        reasons.append(_reason("context.af_pulse", {}, AlertLevel.NONE, SOURCE_AF_RATE))
    return reasons


def deviation_reasons(
    recent: Mapping[Parameter, list[float]],
    found: Mapping[Parameter, Baseline],
    context: RiskContext,
    on_oxygen: bool | None,
) -> list[Reason]:
    """All baseline and profile-context findings for the recent values (canonical, oldest first).

    ``recent[Parameter.HEART_RATE]`` should pool heart-rate and pulse-rate readings.
    """
    heart = recent.get(Parameter.HEART_RATE, [])
    temperature = recent.get(Parameter.TEMPERATURE, [])
    spo2 = recent.get(Parameter.SPO2, [])
    systolic = recent.get(Parameter.SYSTOLIC_BP, [])
    diastolic = recent.get(Parameter.DIASTOLIC_BP, [])
    # Each rule in turn (the order of the reasons), skipping those that cannot fire: on too few
    # readings (most need the last two), without the baseline or profile fact they compare with.
    out: list[Reason] = []
    found_reason: Reason | None
    if len(heart) >= 2:
        baseline = found.get(Parameter.HEART_RATE)
        if baseline is not None and (found_reason := heart_rate_rise(heart, baseline)) is not None:
            out.append(found_reason)
        if (
            context.atrial_fibrillation
            and (found_reason := atrial_fibrillation_fast(heart, True)) is not None
        ):
            out.append(found_reason)
    if temperature:
        if len(temperature) >= 2:
            baseline = found.get(Parameter.TEMPERATURE)
            if baseline is not None and (found_reason := temperature_rise(temperature, baseline)) is not None:
                out.append(found_reason)
        if (
            temperature[-1] > 37.2
            and (found_reason := fever_older_adult(temperature, context.age_years)) is not None
        ):
            out.append(found_reason)
    if spo2:
        if len(spo2) >= 2:
            baseline = found.get(Parameter.SPO2)
            if baseline is not None and (found_reason := spo2_drop(spo2, baseline)) is not None:
                out.append(found_reason)
        target = context.target_spo2
        if target is not None and (found_reason := spo2_outside_target(spo2, target, on_oxygen)) is not None:
            out.append(found_reason)
    if len(systolic) >= 2:
        baseline = found.get(Parameter.SYSTOLIC_BP)
        if baseline is not None and (found_reason := systolic_drop(systolic, baseline)) is not None:
            out.append(found_reason)
    if (len(systolic) >= 2 or len(diastolic) >= 2) and (
        found_reason := blood_pressure_very_high(systolic, diastolic)
    ) is not None:
        out.append(found_reason)
    return out
