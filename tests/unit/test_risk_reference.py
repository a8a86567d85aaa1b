"""The optimised risk path against a straightforward reference, on random inputs.

``wayfarer.risk`` takes shortcuts on its hot path (plain-JSON readings built without the full
constructor, a range check before ``check_plausibility``, NEWS2 scored without re-validating
checked values, profile-only baselines, a per-batch profile cache, arithmetic rounding away from
halves, JSON without intermediate records). The reference below is the code as it was before
those shortcuts (commit d8fd2f2), kept verbatim apart from names; every assessment, its JSON and
every error must be identical.
"""

# ruff: noqa: E501, F401
# mypy: ignore-errors

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wayfarer.profile import Profile
from wayfarer.risk import (
    Assessment,
    BatchFailure,
    RiskContext,
    _rounding,
    assess,
    assess_batch,
    assess_batch_json,
    assess_json,
    iter_assess_batch,
    iter_assess_batch_json,
)
from wayfarer.risk import news2 as _news2
from wayfarer.risk._assess import (
    _ACVPU_WORDS,
    _BAND_WORDS,
    _LOW_BELOW,
    _NEWS2_WORDS,
    _NUMERIC_PARAMETERS,
    _PARAMETER_WORDS,
    _SERIES_PARAMETERS,
    CLOCK_SKEW,
    DEFAULT_HOLD,
    DEFAULT_MAX_AGE,
    SOURCE_NEWS2,
    SOURCE_QSOFA,
    SOURCE_SHOCK_INDEX,
    WATCH_REMEASURE_HOURS,
    FlaggedReading,
    Model,
    ModelEstimate,
    ReadingUsed,
    _model_estimate,
    _Previous,
    _previous,
)
from wayfarer.risk._baseline import (
    DEFAULT_MIN_COUNT,
    DEFAULT_RECENT,
    DEFAULT_WINDOW,
    Baseline,
    atrial_fibrillation_fast,
    baselines,
    blood_pressure_very_high,
    context_reasons,
    fever_older_adult,
    heart_rate_rise,
    spo2_drop,
    spo2_outside_target,
    systolic_drop,
    temperature_rise,
)
from wayfarer.risk._context import ProfileError
from wayfarer.risk._emergency import emergency_number
from wayfarer.risk._errors import RiskError, ScaleError
from wayfarer.risk._messages import Action, AlertLevel, Reason
from wayfarer.risk._sepsis import qsofa, shock_index
from wayfarer.risk.news2 import News2Error, News2Score, Risk
from wayfarer.vitals import (
    CANONICAL_UNIT,
    VALID_RANGE,
    Parameter,
    Plausibility,
    Reading,
    VitalsError,
    check_plausibility,
    convert,
    format_time,
    parse_parameter,
)

# ---------------------------------------------------------------- the reference (as before)


def _to_reading(item: object, index: int) -> Reading:
    if isinstance(item, Reading):
        return item
    if isinstance(item, Mapping):
        try:
            return Reading.from_json(MappingProxyType(dict(item)))  # not a dict: the full path
        except VitalsError as error:
            raise type(error)(f"reading {index}: {error}") from None
    raise RiskError(f"reading {index} must be a Reading or a JSON object, not {type(item).__name__}")


_WHOLE: Final = Decimal(1)
_TENTH: Final = Decimal("0.1")


@lru_cache(maxsize=8192)
def _whole(value: float) -> int:
    return int(Decimal(repr(value)).quantize(_WHOLE, rounding=ROUND_HALF_UP))


@lru_cache(maxsize=8192)
def _tenths(value: float) -> int:
    return int(Decimal(repr(value)).quantize(_TENTH, rounding=ROUND_HALF_UP).scaleb(1))


def round_whole(value: float) -> int:
    """``value`` rounded half up to a whole number (half away from zero for negatives)."""
    if type(value) is int:
        return value
    value = float(value)
    if value.is_integer():
        return int(value)
    return _whole(value)


def round_tenths(value: float) -> int:
    """``value`` rounded half up to 0.1, returned as a whole number of tenths (38.05 → 381)."""
    value = float(value)
    if value.is_integer():
        return int(value) * 10
    return _tenths(value)


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


def _ref_score(
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
    subscores: dict[str, int] = {}
    missing: list[str] = []
    if resp_rate is None:
        missing.append("resp_rate")
    else:
        subscores["resp_rate"] = resp_rate_points(_number("resp_rate", resp_rate))
    if on_oxygen is not None and not isinstance(on_oxygen, bool):
        raise News2Error(f"on_oxygen must be True, False or None, not {on_oxygen!r}")
    if spo2 is None:
        missing.append("spo2")
    else:
        saturation = _number("spo2", spo2)
        if saturation > 100:
            raise News2Error(f"spo2 must be at most 100 %, not {spo2!r}")
        subscores["spo2"] = (
            spo2_scale1_points(saturation) if spo2_scale == 1 else spo2_scale2_points(saturation, on_oxygen)
        )
    if on_oxygen is None:
        missing.append("on_oxygen")
    else:
        subscores["on_oxygen"] = 2 if on_oxygen else 0
    if systolic_bp is None:
        missing.append("systolic_bp")
    else:
        subscores["systolic_bp"] = systolic_bp_points(_number("systolic_bp", systolic_bp))
    if pulse is None:
        missing.append("pulse")
    else:
        subscores["pulse"] = pulse_points(_number("pulse", pulse))
    if consciousness is None:
        missing.append("consciousness")
    else:
        subscores["consciousness"] = consciousness_points(consciousness)
    if temperature is None:
        missing.append("temperature")
    else:
        subscores["temperature"] = temperature_points(_number("temperature", temperature))
    total = sum(subscores.values())
    return News2Score(total, subscores, tuple(missing), risk_of(total, 3 in subscores.values()), spo2_scale)


AF_SNOMED: Final = frozenset({"49436004"})
"""SNOMED CT 49436004 |Atrial fibrillation (disorder)|."""
AF_ICD10_PREFIX: Final = "I48"
"""ICD-10 I48 Atrial fibrillation and flutter (I48.0–I48.9)."""

RATE_LIMITING_FLAGS: Final = frozenset({"beta_blocker", "rate_limiting"})
RATE_LIMITING_ATC_PREFIXES: Final = ("C07", "C08DA", "C08DB", "C01AA05", "C01EB17")
"""ATC: C07 beta-blockers; C08DA verapamil, C08DB diltiazem (rate-limiting calcium-channel
blockers); C01AA05 digoxin; C01EB17 ivabradine."""


def _codes(entry: Mapping[str, Any], system: str) -> tuple[str, ...]:
    codes = entry.get("codes")
    if not isinstance(codes, Mapping):
        return ()
    value = codes.get(system)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


def _entries(profile: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = profile.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(e, Mapping) for e in value):
        raise ProfileError(f"profile {key!r} must be a list of objects")
    return value


def _age_years(date_of_birth: object, on: date) -> int | None:
    if date_of_birth is None:
        return None
    if not isinstance(date_of_birth, str):
        raise ProfileError(f"profile 'date_of_birth' must be 'YYYY-MM-DD', not {date_of_birth!r}")
    try:
        born = date.fromisoformat(date_of_birth)
    except ValueError:
        raise ProfileError(f"profile 'date_of_birth' must be 'YYYY-MM-DD', not {date_of_birth!r}") from None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _target_spo2(value: object) -> tuple[float, float] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ProfileError("profile 'target_spo2_range' must be {'low': %, 'high': %} or null")
    low, high = value.get("low"), value.get("high")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high)):
        raise ProfileError("profile 'target_spo2_range' needs numeric 'low' and 'high' percentages")
    assert isinstance(low, int | float) and isinstance(high, int | float)
    if not 50 <= low < high <= 100:
        raise ProfileError(f"profile 'target_spo2_range' {low}–{high} % is not a range within 50–100 %")
    return float(low), float(high)


def _baseline_vitals(value: object) -> dict[Parameter, float]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ProfileError("profile 'baseline_vitals' must be an object of parameter: value")
    baselines: dict[Parameter, float] = {}
    for name, number in value.items():
        try:
            parameter = parse_parameter(name)
        except VitalsError as error:
            raise ProfileError(f"profile 'baseline_vitals': {error}") from None
        if isinstance(number, bool) or not isinstance(number, int | float):
            continue  # categorical baselines (consciousness) carry no numeric reference
        baselines[parameter] = float(number)
    return baselines


def from_profile(profile: object, *, on: date | None = None) -> RiskContext:
    cls = RiskContext
    """Read a profile JSON dict, or any object with ``to_json()``, or pass a RiskContext through.

    ``on`` is the day the age is counted at (default: today, UTC).
    """
    if isinstance(profile, RiskContext):
        return profile
    if profile is None:
        return cls()
    if not isinstance(profile, Mapping):
        to_json = getattr(profile, "to_json", None)
        if not callable(to_json):
            raise ProfileError(
                f"a profile must be a JSON object or have to_json(), not {type(profile).__name__}"
            )
        profile = to_json()
        if not isinstance(profile, Mapping):
            raise ProfileError("profile.to_json() must return a JSON object")
    if on is None:
        on = datetime.now().date()

    sex = profile.get("sex") or "unknown"
    sexes = ("female", "male", "intersex", "other", "unknown")
    if sex not in sexes:
        raise ProfileError(f"profile 'sex' must be one of {', '.join(sexes)}, not {sex!r}")
    confirmed = profile.get("hypercapnic_respiratory_failure_confirmed", False)
    if not isinstance(confirmed, bool):
        raise ProfileError("profile 'hypercapnic_respiratory_failure_confirmed' must be true or false")

    atrial_fibrillation = any(
        AF_SNOMED.intersection(_codes(c, "snomed"))
        or any(code.upper().startswith(AF_ICD10_PREFIX) for code in _codes(c, "icd10"))
        for c in _entries(profile, "conditions")
    )
    rate_limiting = tuple(
        str(m.get("text") or m.get("concept_id") or "a heart-rate-lowering medicine")
        for m in _entries(profile, "medicines")
        if RATE_LIMITING_FLAGS.intersection(m.get("flags") or ())
        or any(code.upper().startswith(RATE_LIMITING_ATC_PREFIXES) for code in _codes(m, "atc"))
    )

    travel = profile.get("travel_plan")
    country = travel.get("current_country") if isinstance(travel, Mapping) else None
    if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isalpha()):
        raise ProfileError(
            f"travel_plan 'current_country' must be an ISO 3166-1 alpha-2 code, not {country!r}"
        )

    return cls(
        age_years=_age_years(profile.get("date_of_birth"), on),
        sex=sex,
        hypercapnic_failure_confirmed=confirmed,
        target_spo2=_target_spo2(profile.get("target_spo2_range")),
        rate_limiting_medicines=rate_limiting,
        atrial_fibrillation=atrial_fibrillation,
        country=country.upper() if country else None,
        baseline_vitals=_baseline_vitals(profile.get("baseline_vitals")),
    )


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
    candidates = (
        heart_rate_rise(heart, found.get(Parameter.HEART_RATE)),
        atrial_fibrillation_fast(heart, context.atrial_fibrillation),
        temperature_rise(temperature, found.get(Parameter.TEMPERATURE)),
        fever_older_adult(temperature, context.age_years),
        spo2_drop(spo2, found.get(Parameter.SPO2)),
        spo2_outside_target(spo2, context.target_spo2, on_oxygen),
        systolic_drop(systolic, found.get(Parameter.SYSTOLIC_BP)),
        blood_pressure_very_high(systolic, diastolic),
    )
    return [reason for reason in candidates if reason is not None]


def _band(name: str, value: float, points: int) -> str:
    side = "low" if value < _LOW_BELOW[name] else "high"
    return _BAND_WORDS[points].format(side=side)


def _news2_reasons(score: _news2.News2Score, values: Mapping[str, Any]) -> list[Reason]:
    reasons: list[Reason] = []
    for name, points in score.subscores.items():
        if not points:
            continue
        level = AlertLevel.URGENT if points == 3 else AlertLevel.WATCH
        if name == "on_oxygen":
            reasons.append(Reason("news2.on_oxygen", {"points": points}, level, SOURCE_NEWS2))
            continue
        if name == "consciousness":
            state = values["consciousness"]
            reasons.append(
                Reason(
                    "news2.consciousness", {"value": state, "state": _ACVPU_WORDS[state]}, level, SOURCE_NEWS2
                )
            )
            continue
        raw = values[name]
        shown: float = round(raw, 1) if name == "temperature" else int(raw + 0.5)
        if name == "spo2" and score.spo2_scale == 2 and shown >= 93:
            band = "above the target on oxygen"
        else:
            band = _band(name, shown, points)
        reasons.append(
            Reason(f"news2.{name}", {"value": shown, "band": band, "points": points}, level, SOURCE_NEWS2)
        )
    return reasons


def _level_for_news2(score: _news2.News2Score) -> AlertLevel:
    risk = score.risk
    if risk is _news2.Risk.HIGH:
        return AlertLevel.EMERGENCY
    if risk is _news2.Risk.MEDIUM or risk is _news2.Risk.LOW_MEDIUM:
        return AlertLevel.URGENT
    return AlertLevel.WATCH if score.total else AlertLevel.NONE


def _reference(
    profile: object,
    readings: Iterable[Reading | Mapping[str, Any]],
    *,
    at: datetime | None = None,
    previous: Assessment | Mapping[str, Any] | None = None,
    model: Model | Callable[..., ModelEstimate | Mapping[str, Any]] | None = None,
    spo2_scale: int | None = None,
    max_age: timedelta = DEFAULT_MAX_AGE,
    hold: timedelta = DEFAULT_HOLD,
    baseline_window: timedelta = DEFAULT_WINDOW,
    recent: timedelta = DEFAULT_RECENT,
    baseline_min_count: int = DEFAULT_MIN_COUNT,
) -> Assessment:
    """Assess one person at ``at`` (default now, UTC) from their readings (history included).

    ``profile`` is the profile JSON, a ``Profile`` (anything with ``to_json()``) or a
    :class:`RiskContext`. ``readings`` are :class:`Reading` records or their JSON objects. For
    each NEWS2 parameter the newest plausible reading no older than ``max_age`` is scored ("pulse"
    is the newer of heart_rate and pulse_rate); implausible, future-dated and SBP ≤ DBP readings
    are left out and reported. ``spo2_scale`` None means "from the profile" (scale 2 only with
    clinician-confirmed hypercapnic respiratory failure); asking for 2 without that raises
    :class:`ScaleError`. ``previous`` (an Assessment or its JSON) enables hysteresis: the level
    falls only after better readings have lasted ``hold``. ``model`` is the optional
    deterioration-model hook (see :class:`Model`); if it fails, the rules still stand and a
    reason says so.
    """
    if at is None:
        at = datetime.now(UTC)
    elif at.tzinfo is None:
        raise RiskError("at must be an aware datetime (UTC)")
    context = from_profile(profile, on=at.date())
    if spo2_scale is None:
        spo2_scale = 2 if context.hypercapnic_failure_confirmed else 1
    elif spo2_scale == 2 and not context.hypercapnic_failure_confirmed:
        raise ScaleError(
            "NEWS2 SpO2 scale 2 needs clinician-confirmed hypercapnic respiratory failure in the profile "
            "('hypercapnic_respiratory_failure_confirmed': true); use scale 1 until a clinician confirms it"
        )
    elif spo2_scale != 1 and spo2_scale != 2:
        raise ScaleError(f"spo2_scale must be 1 or 2, not {spo2_scale!r}")

    future_limit = at + CLOCK_SKEW
    oldest_used = at - max_age
    series_start = at - baseline_window
    recent_start = at - recent
    groups: dict[Parameter, list[Reading]] = {}
    all_readings: list[Reading] = []
    flagged: list[FlaggedReading] = []
    reasons: list[Reason] = []

    for index, item in enumerate(readings):
        reading = item if type(item) is Reading else _to_reading(item, index)
        all_readings.append(reading)
        if reading.time > future_limit:
            minutes = int((reading.time - at).total_seconds() // 60)
            verdict = Plausibility(
                False,
                "future",
                f"{_PARAMETER_WORDS[reading.parameter]} reading is dated {minutes} minutes in the future",
                {"parameter": reading.parameter.value, "minutes": minutes},
            )
            flagged.append(FlaggedReading(reading, verdict))
            reasons.append(
                Reason(
                    "input.future",
                    {"name": _PARAMETER_WORDS[reading.parameter], "minutes": minutes},
                    AlertLevel.WATCH,
                )
            )
            continue
        group = groups.get(reading.parameter)
        if group is None:
            groups[reading.parameter] = [reading]
        else:
            group.append(reading)

    # The newest plausible reading of each parameter, and the implausible ones newer than it.
    chosen: dict[Parameter, Reading] = {}
    stale: dict[Parameter, Reading] = {}
    for parameter, group in groups.items():
        if len(group) > 1:
            group.sort(key=_time_of)
        for candidate in reversed(group):
            if candidate.time < oldest_used:
                stale[parameter] = candidate
                break
            if parameter in _NUMERIC_PARAMETERS:
                verdict = check_plausibility(candidate)
                if not verdict.plausible:
                    flagged.append(FlaggedReading(candidate, verdict))
                    reasons.append(
                        Reason(
                            "input.implausible",
                            {"message": verdict.message, "code": verdict.code, **verdict.params},
                            AlertLevel.WATCH,
                        )
                    )
                    continue
                chosen[parameter] = (
                    candidate if candidate.unit == CANONICAL_UNIT[parameter] else candidate.canonical()
                )
            else:
                chosen[parameter] = candidate
            break

    systolic_reading = chosen.get(Parameter.SYSTOLIC_BP)
    diastolic_reading = chosen.get(Parameter.DIASTOLIC_BP)
    if (
        systolic_reading is not None
        and diastolic_reading is not None
        and systolic_reading.time == diastolic_reading.time
        and float(systolic_reading.value) <= float(diastolic_reading.value)
    ):
        params = {
            "systolic": int(float(systolic_reading.value) + 0.5),
            "diastolic": int(float(diastolic_reading.value) + 0.5),
        }
        verdict = Plausibility(
            False, "bp_inverted", "systolic is not above diastolic", {"parameter": "systolic_bp", **params}
        )
        flagged.append(FlaggedReading(systolic_reading, verdict))
        flagged.append(FlaggedReading(diastolic_reading, verdict))
        reasons.append(Reason("input.bp_inverted", params, AlertLevel.WATCH))
        del chosen[Parameter.SYSTOLIC_BP], chosen[Parameter.DIASTOLIC_BP]

    heart = chosen.get(Parameter.HEART_RATE)
    pulse_reading = chosen.get(Parameter.PULSE_RATE)
    if heart is not None and (pulse_reading is None or heart.time >= pulse_reading.time):
        pulse_reading = heart

    def number(parameter: Parameter) -> float | None:
        reading = chosen.get(parameter)
        return None if reading is None else float(reading.value)

    resp_rate = number(Parameter.RESP_RATE)
    spo2 = number(Parameter.SPO2)
    systolic = number(Parameter.SYSTOLIC_BP)
    temperature = number(Parameter.TEMPERATURE)
    pulse = None if pulse_reading is None else float(pulse_reading.value)
    oxygen_reading = chosen.get(Parameter.ON_OXYGEN)
    on_oxygen = None if oxygen_reading is None else bool(oxygen_reading.value)
    consciousness_reading = chosen.get(Parameter.CONSCIOUSNESS)
    consciousness = None if consciousness_reading is None else str(consciousness_reading.value)

    score = _ref_score(
        resp_rate=resp_rate,
        spo2=spo2,
        spo2_scale=spo2_scale,
        on_oxygen=on_oxygen,
        systolic_bp=systolic,
        pulse=pulse,
        consciousness=consciousness,
        temperature=temperature,
    )
    sepsis = qsofa(resp_rate=resp_rate, systolic_bp=systolic, consciousness=consciousness)
    shock = shock_index(pulse=pulse, systolic_bp=systolic)

    values = {
        "resp_rate": resp_rate,
        "spo2": spo2,
        "systolic_bp": systolic,
        "pulse": pulse,
        "consciousness": consciousness,
        "temperature": temperature,
    }
    reasons.extend(_news2_reasons(score, values))
    news2_level = _level_for_news2(score)
    reasons.append(
        Reason("news2.total", {"total": score.total, "risk": score.risk.value}, news2_level, SOURCE_NEWS2)
    )
    if score.missing:
        names = [_NEWS2_WORDS[name] for name in score.missing]
        reasons.append(
            Reason(
                "news2.partial",
                {"missing": ", ".join(names), "missing_keys": list(score.missing)},
                AlertLevel.WATCH,
            )
        )
    for parameter, reading in stale.items():
        if parameter in chosen or (parameter is Parameter.PULSE_RATE and pulse_reading is not None):
            continue
        hours = int((at - reading.time).total_seconds() // 3600)
        reasons.append(
            Reason("input.stale", {"name": _PARAMETER_WORDS[parameter], "hours": hours}, AlertLevel.WATCH)
        )
    if sepsis.positive:
        signs = [
            words
            for key, words in (
                ("resp_rate", "fast breathing"),
                ("systolic_bp", "low blood pressure"),
                ("consciousness", "confusion or drowsiness"),
            )
            if sepsis.criteria.get(key)
        ]
        reasons.append(
            Reason(
                "qsofa.positive",
                {"total": sepsis.total, "signs": ", ".join(signs)},
                AlertLevel.URGENT,
                SOURCE_QSOFA,
            )
        )
    if shock.elevated:
        assert shock.value is not None
        reasons.append(
            Reason(
                "shock_index.elevated",
                {"value": round(shock.value, 2)},
                AlertLevel.URGENT,
                SOURCE_SHOCK_INDEX,
            )
        )
    if spo2 is not None and spo2_scale == 2:
        reasons.append(Reason("context.spo2_scale2", {}, AlertLevel.NONE, SOURCE_NEWS2))
    elif spo2 is not None and context.target_spo2 is not None and context.target_spo2[0] < 94:
        reasons.append(Reason("context.target_unconfirmed", {}, AlertLevel.NONE, SOURCE_NEWS2))

    # Personal baselines and profile context: they add reasons, never lower anything.
    series: dict[Parameter, list[tuple[datetime, float]]] = {}
    recent_values: dict[Parameter, list[float]] = {}
    for parameter in _SERIES_PARAMETERS.intersection(groups):
        low, high = VALID_RANGE[parameter]
        canonical_unit = CANONICAL_UNIT[parameter]
        pooled = Parameter.HEART_RATE if parameter is Parameter.PULSE_RATE else parameter
        points = series.setdefault(parameter, [])
        latest = recent_values.setdefault(pooled, [])
        for reading in groups[parameter]:
            moment = reading.time
            if moment < series_start:
                continue
            value = float(reading.value)
            if reading.unit != canonical_unit:
                value = convert(value, reading.unit, canonical_unit)
            if not low <= value <= high:
                continue
            if moment >= recent_start:
                latest.append(value)
            else:
                points.append((moment, value))
    if Parameter.PULSE_RATE in groups and Parameter.HEART_RATE in groups:
        # Pooled heart and pulse rates must stay in time order for "the last two readings".
        pooled_recent = [
            (r.time, float(r.value))
            for p in (Parameter.HEART_RATE, Parameter.PULSE_RATE)
            for r in groups[p]
            if r.time >= recent_start and VALID_RANGE[p][0] <= float(r.value) <= VALID_RANGE[p][1]
        ]
        pooled_recent.sort(key=_first)
        recent_values[Parameter.HEART_RATE] = [value for _, value in pooled_recent]
    found = (
        {}
        if not context.baseline_vitals and not any(series.values())
        else baselines(
            series, context, at=at, window=baseline_window, recent=timedelta(0), min_count=baseline_min_count
        )
    )
    reasons.extend(deviation_reasons(recent_values, found, context, on_oxygen))
    reasons.extend(context_reasons(context, pulse is not None))

    computed = AlertLevel.NONE
    computed_rank = 0
    for reason in reasons:
        rank = _LEVEL_RANK[reason.level]
        if rank > computed_rank:
            computed, computed_rank = reason.level, rank
    if computed is AlertLevel.NONE and score.complete:
        reasons.append(Reason("all_normal", {}, AlertLevel.NONE))
    if not chosen:
        reasons.append(Reason("input.no_readings", {}, AlertLevel.WATCH))
        computed = max(computed, AlertLevel.WATCH, key=_rank)

    level, improving_since = _hysteresis(computed, _previous(previous), at, hold, reasons)

    estimate: ModelEstimate | None = None
    if model is not None:
        try:
            estimate = _model_estimate(model(tuple(all_readings), context, at))
        except Exception as error:  # the rules verdict must survive a failing model
            reasons.append(
                Reason("model.failed", {"error": f"{type(error).__name__}: {error}"}, AlertLevel.NONE)
            )

    reasons.sort(key=_severity)
    number_text, known = emergency_number(context.country)
    action_params: dict[str, Any] = {"number": number_text, "number_known": known, "country": context.country}
    if level is AlertLevel.WATCH:
        action_params["hours"] = WATCH_REMEASURE_HOURS
    return Assessment(
        at=at,
        level=level,
        computed_level=computed,
        news2=score,
        qsofa=sepsis,
        shock_index=shock,
        reasons=tuple(reasons),
        action=Action(f"action.{level.value}", action_params),
        used=tuple(chosen.values()),
        flagged=tuple(flagged),
        baselines=found,
        improving_since=improving_since,
        model=estimate,
    )


def _time_of(reading: Reading) -> datetime:
    return reading.time


def _first(pair: tuple[datetime, float]) -> datetime:
    return pair[0]


_LEVEL_RANK: Final = {level: level.rank for level in AlertLevel}


def _rank(level: AlertLevel) -> int:
    return _LEVEL_RANK[level]


def _severity(reason: Reason) -> int:
    return -_LEVEL_RANK[reason.level]


def _hysteresis(
    computed: AlertLevel,
    previous: _Previous | None,
    at: datetime,
    hold: timedelta,
    reasons: list[Reason],
) -> tuple[AlertLevel, datetime | None]:
    """Escalate at once; de-escalate only when the lower level has lasted ``hold``."""
    if previous is None or computed.rank >= previous.level.rank:
        return computed, None
    if previous.at > at:
        raise RiskError("previous assessment is later than this one; pass the one made before it")
    since = previous.improving_since or at
    if at - since >= hold:
        return computed, None
    minutes = int(hold.total_seconds() // 60)
    reasons.append(
        Reason(
            "hysteresis.held",
            {"level": previous.level.value, "minutes": minutes, "since": format_time(since)},
            previous.level,
        )
    )
    return previous.level, since


def reference_json(assessment: Assessment) -> dict[str, Any]:
    """``Assessment.to_json`` as it was: every part through its own record and ``.value``."""

    def reason(r: Reason) -> dict[str, Any]:
        out: dict[str, Any] = {"key": r.key, "params": r.params, "text": r.text, "level": r.level.value}
        if r.source:
            out["source"] = r.source
        return out

    score = assessment.news2
    out: dict[str, Any] = {
        "at": format_time(assessment.at),
        "level": assessment.level.value,
        "computed_level": assessment.computed_level.value,
        "news2": {
            "total": score.total,
            "subscores": dict(score.subscores),
            "missing": list(score.missing),
            "complete": not score.missing,
            "risk": score.risk.value,
            "spo2_scale": score.spo2_scale,
        },
        "qsofa": assessment.qsofa.to_json(),
        "shock_index": assessment.shock_index.to_json(),
        "reasons": [reason(r) for r in assessment.reasons],
        "action": {
            "key": assessment.action.key,
            "params": assessment.action.params,
            "text": assessment.action.text,
        },
        "readings_used": [
            {**used.reading.to_json(), "age_seconds": used.age_seconds}
            for used in (ReadingUsed(r, (assessment.at - r.time).total_seconds()) for r in assessment.used)
        ],
        "flagged": [f.to_json() for f in assessment.flagged],
        "baselines": {
            p.value: {
                "parameter": b.parameter.value,
                "median": b.median,
                "count": b.count,
                "source": b.source,
            }
            for p, b in assessment.baselines.items()
        },
        "improving_since": None
        if assessment.improving_since is None
        else format_time(assessment.improving_since),
    }
    if assessment.model is not None:
        out["model"] = assessment.model.to_json()
    return out


# ---------------------------------------------------------------- random inputs

AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
EXAMPLE = Profile.example().to_json()
PROFILES: list[object] = [
    None,
    {},
    EXAMPLE,
    {**EXAMPLE, "hypercapnic_respiratory_failure_confirmed": False},
    {**EXAMPLE, "baseline_vitals": None, "target_spo2_range": None, "date_of_birth": "1990-01-01"},
    {
        "sex": "male",
        "date_of_birth": "1949-04-12",
        "conditions": [{"codes": {"icd10": ["i48.1"]}}],
        "medicines": [{"codes": {"atc": "C08DA01"}, "text": "verapamil"}, {"flags": ["rate_limiting"]}],
        "baseline_vitals": {"pulse_rate": 58, "temperature": 36.2, "consciousness": "A"},
        "travel_plan": {"current_country": "jp"},
        "target_spo2_range": {"low": 90, "high": 96},
    },
    Profile.example(),
]
BAD_PROFILES: list[object] = [
    {"sex": "robot"},
    {"conditions": "AF"},
    {"date_of_birth": "12.04.1949"},
    {"target_spo2_range": {"low": 95, "high": 90}},
    {"baseline_vitals": {"pulse": 60}},
    {"hypercapnic_respiratory_failure_confirmed": 1},
    {"travel_plan": {"current_country": "ESP"}},
]
ANY_PROFILE = st.one_of(
    st.sampled_from(PROFILES),
    st.sampled_from(PROFILES),
    st.sampled_from(PROFILES),
    st.sampled_from(BAD_PROFILES),
)

_UNITS: dict[Parameter, list[str]] = {
    Parameter.HEART_RATE: ["/min", "bpm", " bpm ", "beats/min"],
    Parameter.PULSE_RATE: ["/min", "{beats}/min"],
    Parameter.HRV_RMSSD: ["ms", "s"],
    Parameter.SPO2: ["%", "1"],
    Parameter.PERFUSION_INDEX: ["%"],
    Parameter.SYSTOLIC_BP: ["mmHg", "mm[Hg]", "kPa"],
    Parameter.DIASTOLIC_BP: ["mmHg", "kPa"],
    Parameter.MEAN_ARTERIAL_PRESSURE: ["mmHg"],
    Parameter.TEMPERATURE: ["Cel", "°C", "[degF]", "K"],
    Parameter.BLOOD_GLUCOSE: ["mmol/L", "mg/dL"],
    Parameter.RESP_RATE: ["/min", "breaths/min"],
    Parameter.CONSCIOUSNESS: ["{ACVPU}"],
    Parameter.ON_OXYGEN: ["{bool}"],
}
_TYPICAL: dict[Parameter, tuple[float, float]] = {
    Parameter.HEART_RATE: (0, 220),
    Parameter.PULSE_RATE: (0, 220),
    Parameter.HRV_RMSSD: (0, 120),
    Parameter.SPO2: (0.5, 104),
    Parameter.PERFUSION_INDEX: (0, 25),
    Parameter.SYSTOLIC_BP: (5, 260),
    Parameter.DIASTOLIC_BP: (5, 160),
    Parameter.MEAN_ARTERIAL_PRESSURE: (20, 200),
    Parameter.TEMPERATURE: (20, 110),
    Parameter.BLOOD_GLUCOSE: (0, 400),
    Parameter.RESP_RATE: (0, 60),
}


@st.composite
def reading_json(draw: st.DrawFn) -> object:
    parameter = draw(st.sampled_from(list(Parameter)))
    odd = draw(st.integers(0, 40)) == 0  # now and then a value the reading must refuse
    if odd:
        value: object = draw(
            st.sampled_from(["X", 1, 0, "yes", float("nan"), float("inf"), True, "80", None, 10**400])
        )
    elif parameter is Parameter.CONSCIOUSNESS:
        value = draw(st.sampled_from(["A", "A", "A", "C", "V", "P", "U", "a", " v"]))
    elif parameter is Parameter.ON_OXYGEN:
        value = draw(st.sampled_from([True, False, False]))
    else:
        low, high = _TYPICAL[parameter]
        value = draw(
            st.one_of(
                st.integers(int(low), int(high)),
                st.integers(int(low * 10), int(high * 10)).map(lambda v: v / 10),
                st.floats(low, high),
                st.sampled_from([0, 0.0, -1, 20.5, 38.05, 36.05, 35.95, 90.5, 110.5, 24.5]),
            )
        )
    minutes = draw(st.one_of(st.integers(-20, 300), st.integers(300, 12 * 24 * 60)))
    moment = AT - timedelta(minutes=minutes, seconds=draw(st.sampled_from([0, 0, 30])))
    time_text = draw(
        st.sampled_from(
            [
                moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                moment.isoformat(),
                moment.astimezone(UTC).replace(tzinfo=None).isoformat(),  # no offset: refused
                "yesterday",
            ]
        )
        if draw(st.integers(0, 80)) == 0
        else st.just(moment.strftime("%Y-%m-%dT%H:%M:%SZ"))
    )
    item: dict[str, object] = {"parameter": parameter.value, "value": value, "time": time_text}
    units = _UNITS[parameter]
    unit_choice = draw(st.sampled_from([units[0], units[0], *units, None, "omit"]))
    if unit_choice != "omit":
        item["unit"] = unit_choice
    source = draw(st.sampled_from(["omit", "omit", "manual", "ble:0x2A37", "", 7 if odd else "sim"]))
    if source != "omit":
        item["source"] = source
    if draw(st.integers(0, 80)) == 0:
        item["parameter"] = draw(st.sampled_from(["pulse", "HEART_RATE", 3]))
    if draw(st.integers(0, 100)) == 0:
        del item["value"]
    if draw(st.booleans()):
        try:
            return Reading.from_json(MappingProxyType(item))  # some arrive as records
        except (ValueError, OverflowError):
            return item
    return item


def _outcome(call: Callable[[], Any]) -> tuple[object, Any]:
    try:
        return "ok", call()
    except Exception as error:  # the same exception, whatever it is
        return type(error), str(error)


def _reference_assess(profile: object, readings: list[object], **options: Any) -> dict[str, Any]:
    """The reference assess (the same signature as ``assess``) as JSON."""
    return reference_json(globals()["_reference"](profile, readings, **options))


# ---------------------------------------------------------------- the properties

OUTCOMES: dict[str, int] = {}


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    profile=ANY_PROFILE,
    readings=st.lists(reading_json(), max_size=24),
    scale=st.sampled_from([None, None, None, None, 1, 2]),
    min_count=st.sampled_from([DEFAULT_MIN_COUNT, DEFAULT_MIN_COUNT, 1, 0]),
    held=st.booleans(),
)
def test_assess_matches_the_reference(
    profile: object, readings: list[object], scale: int | None, min_count: int, held: bool
) -> None:
    options: dict[str, Any] = {"at": AT, "spo2_scale": scale, "baseline_min_count": min_count}
    if held:
        options["previous"] = {"at": "2026-11-23T07:30:00Z", "level": "emergency", "improving_since": None}
    fast = _outcome(lambda: assess(profile, list(readings), **options).to_json())
    reference = _outcome(lambda: _reference_assess(profile, list(readings), **options))
    OUTCOMES[fast[0] if fast[0] == "ok" else "error"] = (
        OUTCOMES.get(fast[0] if fast[0] == "ok" else "error", 0) + 1
    )
    assert fast == reference


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(st.sampled_from(PROFILES[:6]), st.lists(reading_json(), max_size=10)), max_size=12))
def test_batches_match_one_by_one(items: list[tuple[object, list[object]]]) -> None:
    expected = []
    for index, (profile, readings) in enumerate(items):
        kind, value = _outcome(lambda p=profile, r=readings: _reference_assess(p, list(r), at=AT))
        if kind == "ok":
            expected.append(value)
        elif isinstance(kind, type) and issubclass(kind, ValueError):
            expected.append({"index": index, "error": value})
        else:
            expected.append({"raised": kind})
    try:
        objects = [
            r.to_json()
            for chunk in iter_assess_batch(items, at=AT, budget_seconds=0.0, max_chunk=3)
            for r in chunk
        ]
        as_json = [r for chunk in iter_assess_batch_json(items, at=AT, max_chunk=2) for r in chunk]
    except Exception as error:
        assert {"raised": type(error)} in expected
        return
    assert objects == as_json
    assert objects == expected


def test_the_random_inputs_mostly_assess() -> None:
    """Runs after the property above: at least a third of the random inputs must give an assessment, not an error."""
    if not OUTCOMES:
        pytest.skip("run together with test_assess_matches_the_reference")
    assert OUTCOMES.get("ok", 0) * 2 >= OUTCOMES.get("error", 0)


_NEAR_HALVES = st.integers(0, 4000).flatmap(
    lambda k: st.sampled_from([k + 0.5, k / 10 + 0.05, k / 10 - 0.05, k + 0.4999999, k + 0.5000001, k / 10])
)


@settings(max_examples=3000)
@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(-1e10, 1e10),
        st.floats(0, 400),
        _NEAR_HALVES,
        st.integers(-(10**12), 10**12),
    )
)
def test_fast_rounding_equals_the_decimal_rounding(value: float) -> None:
    """The arithmetic shortcut gives exactly what rounding the decimal spelling half up gives."""
    assert _outcome(lambda: _rounding.round_whole(value)) == _outcome(
        lambda: _rounding.decimal_round_whole(value)
    )
    assert _outcome(lambda: _rounding.round_tenths(value)) == _outcome(
        lambda: _rounding.decimal_round_tenths(value)
    )


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(reading_json())
def test_plain_json_readings_match_the_full_constructor(item: object) -> None:
    """``Reading.from_json`` on a plain dict (the shortcut) equals the full path (any other Mapping)."""
    if isinstance(item, Reading):
        item = item.to_json()
    assert isinstance(item, dict)
    fast = _outcome(lambda: Reading.from_json(item))
    full = _outcome(lambda: Reading.from_json(MappingProxyType(item)))
    assert fast == full
    if fast[0] == "ok":
        assert type(fast[1].value) is type(full[1].value)
        assert fast[1].time.tzinfo is full[1].time.tzinfo


def test_format_and_parse_caches_give_the_uncached_answers() -> None:
    moment = datetime(2026, 11, 23, 7, 59, 30, 250, tzinfo=UTC)
    assert format_time(moment) == format_time(moment) == "2026-11-23T07:59:30.000250Z"
    assert format_time(moment.replace(microsecond=0)) == "2026-11-23T07:59:30Z"
    from wayfarer.vitals import parse_time

    assert parse_time("2026-11-23T08:00:00+01:00") == parse_time("2026-11-23T08:00:00+01:00")
    assert parse_time("2026-11-23T08:00:00+01:00").tzinfo is UTC
    assert parse_time("2026-11-23T08:00:00+01:00").hour == 7


def test_a_batch_reads_each_profile_object_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    original = RiskContext.from_profile.__func__  # type: ignore[attr-defined]

    def counting(cls: type[RiskContext], profile: object, *, on: date | None = None) -> RiskContext:
        calls.append(profile)
        return original(cls, profile, on=on)

    monkeypatch.setattr(RiskContext, "from_profile", classmethod(counting))
    other = dict(EXAMPLE)
    readings = [{"parameter": "spo2", "value": 95, "unit": "%", "time": "2026-11-23T07:50:00Z"}]
    items = [
        (EXAMPLE, readings),
        (other, readings),
        (EXAMPLE, readings),
        (other, readings),
        ({"sex": "x"}, []),
    ]
    results = assess_batch(items, at=AT)
    assert len(calls) == 3  # EXAMPLE, other, the bad one; the repeats reuse their context
    assert [type(r).__name__ for r in results] == ["Assessment"] * 4 + ["BatchFailure"]
    assert assess_batch_json(
        [{"profile": p, "readings": r} for p, r in items], at="2026-11-23T08:00:00Z"
    ) == [r.to_json() for r in results]


# ---------------------------------------------------------------- the kiosk's compact batch

from wayfarer.risk import iter_assess_kiosk  # noqa: E402
from wayfarer.risk._kiosk import TOP_REASONS, _Person, lean_summary  # noqa: E402

_AT_MS = int(AT.timestamp()) * 1000
_KIOSK_TYPICAL: dict[Parameter, tuple[float, float]] = {
    **_TYPICAL,
    Parameter.TEMPERATURE: (24, 46),  # °C only: a kiosk row is in canonical units
    Parameter.SPO2: (45, 101),
    Parameter.BLOOD_GLUCOSE: (0, 70),
}


_KIOSK_EDGES: dict[Parameter, list[float]] = {
    Parameter.RESP_RATE: [8, 8.5, 9, 11, 11.5, 12, 20, 20.5, 21, 21.5, 22, 24, 24.5, 25, 3, 70],
    Parameter.SPO2: [83, 84, 85, 86, 87, 87.5, 88, 88.5, 91, 92, 92.5, 93, 94, 95, 95.5, 96, 97, 50, 100],
    Parameter.SYSTOLIC_BP: [90, 90.5, 91, 100, 100.5, 101, 110, 111, 181, 219, 219.5, 220, 50, 300],
    Parameter.DIASTOLIC_BP: [60, 90, 100, 110, 121, 20, 200],
    Parameter.HEART_RATE: [40, 40.5, 41, 50, 51, 80, 81, 90, 91, 110, 110.5, 111, 130, 131, 20, 300],
    Parameter.PULSE_RATE: [40, 41, 50, 51, 80, 81, 90, 91, 110, 111, 130, 131, 20, 300],
    Parameter.TEMPERATURE: [
        35.0,
        35.05,
        35.1,
        36.0,
        36.1,
        37.2,
        37.8,
        37.85,
        37.9,
        38.0,
        38.05,
        39.0,
        39.1,
        25,
        45,
    ],
    Parameter.MEAN_ARTERIAL_PRESSURE: [30, 250],
    Parameter.HRV_RMSSD: [1, 500],
    Parameter.PERFUSION_INDEX: [0.02, 20],
    Parameter.BLOOD_GLUCOSE: [0.5, 60],
}
_KIOSK_NORMAL: dict[Parameter, object] = {
    Parameter.RESP_RATE: 16,
    Parameter.SPO2: 97,
    Parameter.ON_OXYGEN: False,
    Parameter.SYSTOLIC_BP: 128,
    Parameter.DIASTOLIC_BP: 76,
    Parameter.HEART_RATE: 72,
    Parameter.PULSE_RATE: 74,
    Parameter.CONSCIOUSNESS: "A",
    Parameter.TEMPERATURE: 36.8,
    Parameter.MEAN_ARTERIAL_PRESSURE: 93,
    Parameter.HRV_RMSSD: 35,
    Parameter.PERFUSION_INDEX: 2.5,
    Parameter.BLOOD_GLUCOSE: 5.6,
}
"""Band edges of NEWS2, qSOFA, the shock index and the baseline rules, and the plausible limits."""


@st.composite
def kiosk_value(draw: st.DrawFn, parameter: Parameter) -> object:
    if draw(st.integers(0, 9)) == 0:
        return None
    if draw(st.integers(0, 120)) == 0:
        return draw(
            st.sampled_from(["X", True, False, float("nan"), float("inf"), "80", [1], {"v": 1}, -0.0])
        )
    if parameter is Parameter.CONSCIOUSNESS:
        return draw(st.sampled_from(["A", "A", "A", "A", "C", "V", "P", "U", "a", 1]))
    if parameter is Parameter.ON_OXYGEN:
        return draw(st.sampled_from([True, False, False, False, 0]))
    low, high = _KIOSK_TYPICAL[parameter]
    if draw(st.integers(0, 3)) == 0:
        return _KIOSK_NORMAL[parameter]
    if draw(st.booleans()):
        return draw(st.sampled_from(_KIOSK_EDGES[parameter]))
    return draw(
        st.one_of(
            st.integers(int(low), int(high)),
            st.integers(int(low * 10), int(high * 10)).map(lambda v: v / 10),
            st.floats(low, high),
            st.sampled_from([20.5, 38.05, 36.05, 35.95, 90.5, 110.5, 24.5, 21.5, 100.5, 37.85, 22, 100, 110]),
        )
    )


@st.composite
def kiosk_batch(draw: st.DrawFn) -> dict[str, Any]:
    everything = st.permutations(list(Parameter))
    columns = draw(
        st.one_of(everything, everything.flatmap(lambda p: st.integers(0, len(p)).map(lambda n: p[:n])))
    )
    profiles = draw(st.lists(st.sampled_from([*PROFILES[:6], *BAD_PROFILES[:2]]), min_size=1, max_size=3))
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        minutes = draw(
            st.one_of(st.integers(0, 239), st.integers(-10, 250), st.sampled_from([-5, -6, 240, 241, 0]))
        )
        moment: object = _AT_MS - minutes * 60_000 + draw(st.sampled_from([0, 0, 0, 1, -1, 999]))
        if draw(st.integers(0, 40)) == 0:
            moment = draw(st.sampled_from([float(_AT_MS - 60_000), "2026-11-23T07:00:00Z", None, True]))
        row: list[object] = [draw(st.integers(0, len(profiles) - 1)), moment]
        row += [draw(kiosk_value(parameter)) for parameter in columns]
        if draw(st.integers(0, 50)) == 0:
            row[0] = draw(st.sampled_from([len(profiles), -1, "0", None]))
        rows.append(row)
    return {"profiles": profiles, "columns": [p.value for p in columns], "rows": rows}


def kiosk_json(batch: dict[str, Any]) -> dict[str, Any]:
    """The test's rows ([profile index, time, value per column]) as the kiosk's column-wise batch."""
    rows = batch["rows"]
    return {
        "profiles": batch["profiles"],
        "profile": [row[0] for row in rows],
        "time_ms": [row[1] for row in rows],
        "values": {name: [row[2 + i] for row in rows] for i, name in enumerate(batch["columns"])},
    }


def kiosk_reasons(result: Any, index: int) -> list[str] | None:
    """One person's reason keys from a kiosk answer (JSON or KioskResult)."""
    answer = result if isinstance(result, dict) else result.to_json()
    top = answer["top_reasons"]
    codes = answer["reasons"][index * top : (index + 1) * top]
    if answer["level"][index] is None:
        assert codes == [None] * top
        return None
    return [answer["reason_keys"][code] for code in codes if code is not None]


def _row_readings(columns: list[str], row: list[object]) -> list[dict[str, object]]:
    moment = format_time(datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=row[1]))
    return [
        {"parameter": name, "value": value, "unit": CANONICAL_UNIT[Parameter(name)], "time": moment}
        for name, value in zip(columns, row[2:], strict=True)
        if value is not None
    ]


def _summary(assessment_json: dict[str, Any]) -> tuple[object, ...]:
    news2 = assessment_json["news2"]
    keys = [reason["key"] for reason in assessment_json["reasons"]]
    return (assessment_json["level"], news2["total"], news2["risk"], news2["complete"], keys)


KIOSK_PATHS: dict[str, int] = {}


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(kiosk_batch(), st.data())
def test_kiosk_summaries_match_the_reference(batch: dict[str, Any], data: st.DataObject) -> None:
    rows = batch["rows"]
    detail = data.draw(st.lists(st.integers(0, len(rows) - 1), max_size=2, unique=True)) if rows else []
    out: list[Any] = []
    chunks = list(
        iter_assess_kiosk(kiosk_json(batch), out, at=AT, detail=detail, budget_seconds=0.0, max_chunk=3)
    )
    result = out[0].to_json()
    assert chunks[-1] == len(rows)
    errors = {error["index"]: error["error"] for error in result["errors"]}
    for index, row in enumerate(rows):
        got = tuple(result[key][index] for key in ("level", "news2_total", "news2_risk", "news2_complete"))
        got += (kiosk_reasons(result, index),)
        shaped = type(row[0]) is int and row[0] in range(len(batch["profiles"]))
        if not shaped or type(row[1]) not in (int, float):
            assert index in errors and got == (None,) * 5
            continue
        kind, value = _outcome(
            lambda r=row: _reference_assess(
                batch["profiles"][r[0]], _row_readings(batch["columns"], r), at=AT
            )
        )
        if kind != "ok":
            assert errors.get(index) == value and got == (None,) * 5
            continue
        expected = _summary(value)
        assert got == (*expected[:4], expected[4][:TOP_REASONS])
        if index in detail:
            assert result["detail"][str(index)] == value
        # The lean path on its own gives every reason key, in the reference's order.
        person = _Person.of(RiskContext.from_profile(batch["profiles"][row[0]], on=AT.date()))
        values = dict(zip(batch["columns"], row[2:], strict=True))
        from wayfarer.risk._kiosk import _ORDER

        lean = lean_summary(person, [values.get(p.value) for p in _ORDER])
        recent = type(row[1]) is int and -5 * 60_000 <= _AT_MS - row[1] <= 240 * 60_000
        KIOSK_PATHS["lean" if lean is not None and recent else "full"] = (
            KIOSK_PATHS.get("lean" if lean is not None and recent else "full", 0) + 1
        )
        if lean is not None and recent:
            assert lean == expected


def test_the_kiosk_rows_mostly_take_the_lean_path() -> None:
    """Runs after the property above: the lean path must be exercised, not just the fallback."""
    if not KIOSK_PATHS:
        pytest.skip("run together with test_kiosk_summaries_match_the_reference")
    assert KIOSK_PATHS.get("lean", 0) >= 100  # typically 250–350 of ~800 rows


def _kiosk_grid() -> list[dict[Parameter, object]]:
    """Normal rows with one parameter at each of its edges, pairs of heart and pulse rates, and
    rows with parameters left out."""
    grid: list[dict[Parameter, object]] = []
    for parameter, edges in _KIOSK_EDGES.items():
        for value in edges:
            grid.append({**_KIOSK_NORMAL, parameter: value})
    for heart in _KIOSK_EDGES[Parameter.HEART_RATE]:
        for pulse in _KIOSK_EDGES[Parameter.PULSE_RATE]:
            grid.append({**_KIOSK_NORMAL, Parameter.HEART_RATE: heart, Parameter.PULSE_RATE: pulse})
    for oxygen in (True, False):
        for saturation in _KIOSK_EDGES[Parameter.SPO2]:
            grid.append({**_KIOSK_NORMAL, Parameter.ON_OXYGEN: oxygen, Parameter.SPO2: saturation})
    for letter in "ACVPU":
        for rate in (21, 22):
            for systolic in (100, 101):
                row = {**_KIOSK_NORMAL, Parameter.CONSCIOUSNESS: letter, Parameter.RESP_RATE: rate}
                grid.append({**row, Parameter.SYSTOLIC_BP: systolic})
    for left_out in Parameter:
        grid.append({p: v for p, v in _KIOSK_NORMAL.items() if p is not left_out})
        for other in Parameter:
            grid.append({p: v for p, v in _KIOSK_NORMAL.items() if p not in (left_out, other)})
    grid.append({})
    return grid


@pytest.mark.parametrize(
    "profile", [*PROFILES[:6], {"date_of_birth": "1960-11-24", "target_spo2_range": {"low": 92, "high": 96}}]
)
def test_kiosk_lean_path_on_every_band_edge(profile: object) -> None:
    """Every band edge of NEWS2, qSOFA, the shock index and the baseline rules, through the lean
    path, gives the reference's level, score and every reason key in order."""
    columns = list(Parameter)
    rows = [[0, _AT_MS - 600_000, *(values.get(p) for p in columns)] for values in _kiosk_grid()]
    batch = {"profiles": [profile], "columns": [p.value for p in columns], "rows": rows}
    out: list[Any] = []
    list(iter_assess_kiosk(kiosk_json(batch), out, at=AT))
    result = out[0]
    assert not result.errors
    systolic, diastolic = (2 + columns.index(p) for p in (Parameter.SYSTOLIC_BP, Parameter.DIASTOLIC_BP))
    inverted = sum(
        1 for row in rows if None not in (row[systolic], row[diastolic]) and row[systolic] <= row[diastolic]
    )
    assert inverted == 2
    assert result.lean == len(rows) - inverted  # plausible and recent: only SBP ≤ DBP goes to assess()
    person = _Person.of(RiskContext.from_profile(profile, on=AT.date()))
    from wayfarer.risk._kiosk import _ORDER

    for index, row in enumerate(rows):
        expected = _summary(_reference_assess(profile, _row_readings(batch["columns"], row), at=AT))
        values = dict(zip(columns, row[2:], strict=True))
        lean = lean_summary(person, [values.get(p) for p in _ORDER])
        assert lean == expected or lean is None, row
        got = tuple(
            getattr(result, key)[index] for key in ("level", "news2_total", "news2_risk", "news2_complete")
        )
        got += (kiosk_reasons(result, index),)
        assert got == (*expected[:4], expected[4][:TOP_REASONS])


@settings(max_examples=2000)
@given(
    st.one_of(
        st.none(), st.floats(0, 80), st.integers(0, 80), st.sampled_from([8.5, 11.5, 20.5, 21.5, 24.5])
    ),
    st.one_of(st.none(), st.floats(40, 100), st.integers(40, 100), st.sampled_from([91.5, 93.5, 95.5, 87.5])),
    st.sampled_from([1, 2]),
    st.sampled_from([None, True, False]),
    st.one_of(st.none(), st.floats(30, 320), st.integers(30, 320), st.sampled_from([90.5, 100.5, 219.5])),
    st.one_of(st.none(), st.floats(10, 320), st.integers(10, 320), st.sampled_from([40.5, 90.5, 130.5])),
    st.sampled_from([None, "A", "C", "V", "P", "U"]),
    st.one_of(st.none(), st.floats(20, 50), st.sampled_from([35.05, 36.05, 38.05, 39.05, 37.95])),
)
def test_band_lookups_equal_the_scores(
    rr: float | None,
    spo2: float | None,
    scale: int,
    oxygen: bool | None,
    sbp: float | None,
    pulse: float | None,
    acvpu: str | None,
    temp: float | None,
) -> None:
    """``_bands.scores`` (lookups, learning new values) gives what score/qsofa/shock_index give, or
    declines (None) exactly when a value is outside its plausible range."""
    from wayfarer.risk import _bands

    values = (rr, spo2, scale, oxygen, sbp, pulse, acvpu, temp)
    found = _bands.scores(*values)
    limits = [
        (rr, VALID_RANGE[Parameter.RESP_RATE]),
        (spo2, VALID_RANGE[Parameter.SPO2]),
        (sbp, VALID_RANGE[Parameter.SYSTOLIC_BP]),
        (pulse, VALID_RANGE[Parameter.HEART_RATE]),
        (temp, VALID_RANGE[Parameter.TEMPERATURE]),
    ]
    plausible = all(value is None or low <= value <= high for value, (low, high) in limits)
    assert (found is not None) == plausible
    if found is not None:
        score = _ref_score(
            resp_rate=rr,
            spo2=spo2,
            spo2_scale=scale,
            on_oxygen=oxygen,
            systolic_bp=sbp,
            pulse=pulse,
            consciousness=acvpu,
            temperature=temp,
        )
        assert found == (
            score,
            qsofa(resp_rate=rr, systolic_bp=sbp, consciousness=acvpu),
            shock_index(pulse=pulse, systolic_bp=sbp),
        )
        assert found[0].subscores == score.subscores and list(found[0].subscores) == list(score.subscores)
        assert found[1].criteria == qsofa(resp_rate=rr, systolic_bp=sbp, consciousness=acvpu).criteria


@st.composite
def everyday_readings(draw: st.DrawFn) -> list[Reading]:
    """One reading per parameter (a random subset, in random order), canonical units, mostly recent
    and plausible: the shape assess() checks column by column before its general path."""
    parameters = draw(st.permutations(list(Parameter)))
    parameters = parameters[: draw(st.integers(1, len(parameters)))]
    readings = []
    for parameter in parameters:
        value = draw(kiosk_value(parameter))
        if (
            value is None
            or isinstance(value, list | dict)
            or (parameter in _KIOSK_EDGES and type(value) is str)
        ):
            value = _KIOSK_NORMAL[parameter]
        minutes = draw(st.sampled_from([*[10] * 40, 0, 119, 120, 121, 239, -5, -6, 240, 241, 360, 361]))
        moment = AT - timedelta(minutes=minutes, seconds=draw(st.sampled_from([0, 0, 1, -1])))
        try:
            readings.append(Reading(parameter, value, CANONICAL_UNIT[parameter], moment, "kiosk"))
        except (ValueError, TypeError):
            readings.append(
                Reading(parameter, _KIOSK_NORMAL[parameter], CANONICAL_UNIT[parameter], moment, "kiosk")
            )
    return readings


EVERYDAY: dict[str, int] = {}


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    profile=st.sampled_from(PROFILES),
    readings=everyday_readings(),
    max_age=st.sampled_from([DEFAULT_MAX_AGE, DEFAULT_MAX_AGE, timedelta(hours=8)]),
    recent=st.sampled_from([DEFAULT_RECENT, DEFAULT_RECENT, timedelta(hours=2)]),
    min_count=st.sampled_from([DEFAULT_MIN_COUNT, DEFAULT_MIN_COUNT, 0]),
    with_model=st.booleans(),
    as_json=st.sampled_from(["records", "json", "mixed"]),
)
def test_everyday_readings_match_the_reference(
    profile: object,
    readings: list[Any],
    max_age: timedelta,
    recent: timedelta,
    min_count: int,
    with_model: bool,
    as_json: str,
) -> None:
    if as_json != "records":
        readings = [r.to_json() if as_json == "json" or i % 2 else r for i, r in enumerate(readings)]
    from wayfarer.risk._assess import _all_simple, _as_readings

    options: dict[str, Any] = {
        "at": AT,
        "max_age": max_age,
        "recent": recent,
        "baseline_min_count": min_count,
    }
    if with_model:
        options["model"] = lambda given, context, at: {"probability": len(given) / 100}
    oldest = max(AT - max_age, AT - recent)
    simple = _all_simple(_as_readings(list(readings)), oldest, AT + CLOCK_SKEW) is not None
    EVERYDAY["simple" if simple else "general"] = EVERYDAY.get("simple" if simple else "general", 0) + 1
    fast = _outcome(lambda: assess(profile, list(readings), **options).to_json())
    reference = _outcome(lambda: _reference_assess(profile, list(readings), **options))
    assert fast == reference


def test_the_everyday_readings_take_both_paths() -> None:
    """Runs after the property above: both the column-wise path and the general one were compared."""
    if not EVERYDAY:
        pytest.skip("run together with test_everyday_readings_match_the_reference")
    assert EVERYDAY.get("simple", 0) >= 100 and EVERYDAY.get("general", 0) >= 50


_TWO_READING_EDGES: dict[Parameter, list[float]] = {
    Parameter.HEART_RATE: [60, 73.9, 74, 80, 81, 110, 110.5, 111, 130],
    Parameter.PULSE_RATE: [60, 74, 80, 111],
    Parameter.TEMPERATURE: [36.4, 37.2, 37.25, 37.3, 37.5, 37.6, 37.8, 37.9, 38.3],
    Parameter.SPO2: [88, 91, 92, 93, 94, 95, 96, 97],
    Parameter.SYSTOLIC_BP: [85, 93, 94, 95, 120, 180, 181, 200],
    Parameter.DIASTOLIC_BP: [70, 120, 121, 130],
}
"""Values around the personal-baseline rules' thresholds (the example profile's usual heart rate 70,
temperature 36.4, SpO2 91, systolic 134; fever 37.2/37.8; AF 110; crisis 180/120)."""


@pytest.mark.parametrize("profile", [EXAMPLE, PROFILES[4], PROFILES[5]])
def test_two_recent_readings_on_every_rule_edge(profile: object) -> None:
    """The baseline and profile rules that need the last two readings, on their edges, with a week
    of history behind them (baselines from history) and without (baselines from the profile)."""
    history = [
        Reading(parameter, value, CANONICAL_UNIT[parameter], AT - timedelta(hours=hours), "history")
        for hours in range(12, 24 * 6, 12)
        for parameter, value in (
            (Parameter.HEART_RATE, 66),
            (Parameter.TEMPERATURE, 36.5),
            (Parameter.SPO2, 96),
            (Parameter.SYSTOLIC_BP, 138),
            (Parameter.DIASTOLIC_BP, 80),
        )
    ]
    for parameter, edges in _TWO_READING_EDGES.items():
        for older in edges:
            for newer in edges:
                recent = [
                    Reading(parameter, older, CANONICAL_UNIT[parameter], AT - timedelta(minutes=90), "kiosk"),
                    Reading(parameter, newer, CANONICAL_UNIT[parameter], AT - timedelta(minutes=30), "kiosk"),
                ]
                for readings in (recent, [*history, *recent]):
                    fast = _outcome(lambda r=readings: assess(profile, list(r), at=AT).to_json())
                    reference = _outcome(lambda r=readings: _reference_assess(profile, list(r), at=AT))
                    assert fast == reference, (parameter, older, newer)
