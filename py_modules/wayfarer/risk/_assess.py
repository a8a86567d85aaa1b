"""``assess``: from a person's readings and profile to an alert level, the reasons, and what to do.

Mapping from scores to the alert level (RCP NEWS2 2017, Chart 4 "clinical response", read for a
person at home rather than on a ward):

=====================================  ==================  =========================================
NEWS2                                  RCP response        level here
=====================================  ==================  =========================================
0                                      routine             ``none``
1–4 (low)                              ward-based          ``watch`` (measure again within 4 hours)
3 in one parameter (low-medium)        urgent ward-based   ``urgent`` (see a doctor within the hour)
5–6 (medium)                           urgent response     ``urgent``
≥7 (high)                              emergency response  ``emergency`` (call the emergency number)
=====================================  ==================  =========================================

Other rules can only raise the level: qSOFA ≥2 and a shock index ≥1.0 ask for ``urgent``;
personal-baseline and profile rules for at most ``see_doctor_today``; a partial NEWS2, readings
that failed the plausibility check, and stale readings for at least ``watch``. Nothing lowers
what NEWS2 asks for, so a high NEWS2 is always ``emergency``. Hysteresis (``previous``) only
delays a fall in level, never a rise.
"""

from __future__ import annotations

import json
import time as _time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from operator import attrgetter, ge, le
from typing import Any, Final, Protocol, cast

from wayfarer._records import fast_constructor
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
    parse_time,
)
from wayfarer.vitals._reading import _from_plain_json

from . import _bands
from . import news2 as _news2
from ._baseline import (
    DEFAULT_MIN_COUNT,
    DEFAULT_RECENT,
    DEFAULT_WINDOW,
    Baseline,
    baselines,
    context_reasons,
    deviation_reasons,
    profile_baselines,
)
from ._context import RiskContext
from ._emergency import emergency_number
from ._errors import RiskError, ScaleError
from ._messages import Action, AlertLevel, Reason
from ._sepsis import QSofa, ShockIndex, qsofa, shock_index

DEFAULT_MAX_AGE: Final = timedelta(hours=4)
"""A NEWS2 input older than this is "not recent" (RCP: low scores are re-observed 4–6 hourly)."""
CLOCK_SKEW: Final = timedelta(minutes=5)
"""A reading dated further than this after ``at`` is refused as coming from a wrong clock."""
DEFAULT_HOLD: Final = timedelta(minutes=60)
"""How long better readings must last before the level is allowed to fall."""
WATCH_REMEASURE_HOURS: Final = 4

SOURCE_NEWS2: Final = "Royal College of Physicians. National Early Warning Score (NEWS) 2. London: RCP, 2017"
SOURCE_QSOFA: Final = "Seymour CW et al. JAMA 2016;315(8):762-774 (Sepsis-3 qSOFA)"
SOURCE_SHOCK_INDEX: Final = (
    "Allgöwer M, Burri C. Dtsch Med Wochenschr 1967;92:1947-1950; Koch E et al. Open Access Emerg Med "
    "2019;11:179-199"
)

_NEWS2_WORDS: Final = {
    "resp_rate": "breathing rate",
    "spo2": "oxygen level",
    "on_oxygen": "whether extra oxygen is used",
    "systolic_bp": "blood pressure",
    "pulse": "pulse",
    "consciousness": "alertness",
    "temperature": "temperature",
}
_PARAMETER_WORDS: Final = {
    Parameter.HEART_RATE: "heart rate",
    Parameter.HRV_RMSSD: "heart-rate variability",
    Parameter.SPO2: "oxygen level",
    Parameter.PULSE_RATE: "pulse",
    Parameter.PERFUSION_INDEX: "perfusion index",
    Parameter.SYSTOLIC_BP: "upper blood pressure",
    Parameter.DIASTOLIC_BP: "lower blood pressure",
    Parameter.MEAN_ARTERIAL_PRESSURE: "mean blood pressure",
    Parameter.TEMPERATURE: "temperature",
    Parameter.BLOOD_GLUCOSE: "blood sugar",
    Parameter.RESP_RATE: "breathing rate",
    Parameter.CONSCIOUSNESS: "alertness",
    Parameter.ON_OXYGEN: "extra oxygen",
}
_ACVPU_WORDS: Final = {
    "C": "new confusion",
    "V": "responds only to voice",
    "P": "responds only to pain",
    "U": "unresponsive",
}
_BAND_WORDS: Final = {1: "slightly {side}", 2: "{side}", 3: "very {side}"}
_LOW_BELOW: Final = {"resp_rate": 12, "spo2": 200, "systolic_bp": 111, "pulse": 51, "temperature": 36.1}
"""Below these (chart-rounded) values a scoring parameter is "low", at or above them "high"."""

_NUMERIC_PARAMETERS: Final = frozenset(VALID_RANGE)
_SERIES_ORDER: Final = (
    Parameter.HEART_RATE,
    Parameter.PULSE_RATE,
    Parameter.TEMPERATURE,
    Parameter.SPO2,
    Parameter.SYSTOLIC_BP,
    Parameter.DIASTOLIC_BP,
)
_SERIES_PARAMETERS: Final = frozenset(_SERIES_ORDER)
_RANGES: Final[dict[Parameter, tuple[float, float]]] = dict(VALID_RANGE)
_CANONICAL: Final[dict[Parameter, str]] = dict(CANONICAL_UNIT)
_ACTION_KEYS: Final = {level: f"action.{level.value}" for level in AlertLevel}
_CHECKS: Final = {
    parameter: (VALID_RANGE.get(parameter), CANONICAL_UNIT[parameter]) for parameter in Parameter
}
"""Parameter → (plausible range or None for categorical ones, canonical unit)."""
_RISK_VALUE: Final = {risk: risk.value for risk in _news2.Risk}


@dataclass(frozen=True, slots=True)
class ModelEstimate:
    """What the optional deterioration model adds: a probability (0–1) and its top features."""

    probability: float
    top_features: tuple[tuple[str, float], ...] = ()
    name: str = ""
    version: str = ""

    def to_json(self) -> dict[str, Any]:
        """``{"probability", "top_features": [{"feature", "contribution"}], "name", "version"}``."""
        return {
            "probability": self.probability,
            "top_features": [{"feature": f, "contribution": c} for f, c in self.top_features],
            "name": self.name,
            "version": self.version,
        }


class Model(Protocol):
    """The hook the deterioration model plugs into ``assess(..., model=...)``.

    Called with all readings given (history included), the person's context and the assessment
    time; returns a :class:`ModelEstimate` or a mapping with ``probability`` and optionally
    ``top_features`` (pairs or ``{"feature", "contribution"}`` objects), ``name``, ``version``.
    """

    def __call__(
        self, readings: Sequence[Reading], context: RiskContext, at: datetime
    ) -> ModelEstimate | Mapping[str, Any]: ...


@dataclass(frozen=True, slots=True)
class ReadingUsed:
    """A reading an assessment used (canonical unit) and how old it was, in seconds, at ``at``."""

    reading: Reading
    age_seconds: float

    def to_json(self) -> dict[str, Any]:
        """The reading's JSON plus ``age_seconds``."""
        out = self.reading.to_json()
        out["age_seconds"] = self.age_seconds
        return out


@dataclass(frozen=True, slots=True)
class FlaggedReading:
    """A reading left out of the scores because it failed a check, with the verdict."""

    reading: Reading
    plausibility: Plausibility

    def to_json(self) -> dict[str, Any]:
        """``{"reading", "code", "message", "params"}``."""
        return {
            "reading": self.reading.to_json(),
            "code": self.plausibility.code,
            "message": self.plausibility.message,
            "params": self.plausibility.params,
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdict at ``at``: ``level`` (after hysteresis; ``computed_level`` before it), the
    scores, the reasons (most severe first), the action, and what was used or left out.

    ``model`` stays None until a deterioration model is passed to :func:`assess`;
    ``to_json`` then omits the key entirely.
    """

    at: datetime
    level: AlertLevel
    computed_level: AlertLevel
    news2: _news2.News2Score
    qsofa: QSofa
    shock_index: ShockIndex
    reasons: tuple[Reason, ...]
    action: Action
    used: tuple[Reading, ...]
    """The readings scored or compared, in canonical units (see :attr:`readings_used` for ages)."""
    flagged: tuple[FlaggedReading, ...] = ()
    baselines: dict[Parameter, Baseline] = field(default_factory=dict)
    improving_since: datetime | None = None
    """When the readings first pointed to a lower level than the one held (hysteresis)."""
    model: ModelEstimate | None = None

    @property
    def readings_used(self) -> tuple[ReadingUsed, ...]:
        """Each reading used, with its age in seconds at :attr:`at` (built on demand: hot path)."""
        at = self.at
        return tuple(ReadingUsed(reading, (at - reading.time).total_seconds()) for reading in self.used)

    def to_json(self) -> dict[str, Any]:
        """The JSON object the page and ``wayfarer.api`` see."""
        out: dict[str, Any] = {
            "at": format_time(self.at),
            "level": _LEVEL_VALUE[self.level],
            "computed_level": _LEVEL_VALUE[self.computed_level],
            "news2": self.news2.to_json(),
            "qsofa": self.qsofa.to_json(),
            "shock_index": self.shock_index.to_json(),
            "reasons": [reason.to_json() for reason in self.reasons],
            "action": self.action.to_json(),
            "readings_used": _readings_used_json(self.at, self.used),
            "flagged": [flag.to_json() for flag in self.flagged],
            "baselines": {
                _PARAMETER_VALUE[p] if type(p) is Parameter else p.value: b.to_json()
                for p, b in self.baselines.items()
            },
            "improving_since": None if self.improving_since is None else format_time(self.improving_since),
        }
        if self.model is not None:
            out["model"] = self.model.to_json()
        return out


def _readings_used_json(at: datetime, used: tuple[Reading, ...]) -> list[dict[str, Any]]:
    """``[ReadingUsed(r, age).to_json() ...]`` without building the ReadingUsed records."""
    out: list[dict[str, Any]] = []
    for reading in used:
        if type(reading) is Reading:
            item = {
                "parameter": _PARAMETER_VALUE[reading.parameter],
                "value": reading.value,
                "unit": reading.unit,
                "time": format_time(reading.time),
                "source": reading.source,
            }
        else:
            item = reading.to_json()
        item["age_seconds"] = (at - reading.time).total_seconds()
        out.append(item)
    return out


_PARAMETER_VALUE: Final = {parameter: parameter.value for parameter in Parameter}
_LEVEL_VALUE: Final = {level: level.value for level in AlertLevel}
_new_reason: Final = fast_constructor(Reason)
_new_action: Final = fast_constructor(Action)
_new_flagged: Final = fast_constructor(FlaggedReading)
_new_assessment: Final = fast_constructor(Assessment)


@dataclass(frozen=True, slots=True)
class _Previous:
    at: datetime
    level: AlertLevel
    improving_since: datetime | None


def _previous(previous: Assessment | Mapping[str, Any] | None) -> _Previous | None:
    if previous is None:
        return None
    if isinstance(previous, Assessment):
        return _Previous(previous.at, previous.level, previous.improving_since)
    if not isinstance(previous, Mapping):
        raise RiskError("previous must be an Assessment or its to_json() object")
    try:
        level = AlertLevel(previous["level"])
        at = parse_time(previous["at"])
    except (KeyError, ValueError) as error:
        raise RiskError(
            f"previous assessment needs 'level' and 'at' as written by to_json(): {error}"
        ) from None
    since = previous.get("improving_since")
    return _Previous(at, level, parse_time(since) if since else None)


def _model_estimate(result: ModelEstimate | Mapping[str, Any]) -> ModelEstimate:
    if isinstance(result, ModelEstimate):
        return result
    probability = float(result["probability"])
    features: list[tuple[str, float]] = []
    for item in result.get("top_features", ()):
        if isinstance(item, Mapping):
            features.append((str(item["feature"]), float(item["contribution"])))
        else:
            name, contribution = item
            features.append((str(name), float(contribution)))
    return ModelEstimate(
        probability, tuple(features), str(result.get("name", "")), str(result.get("version", ""))
    )


def _to_reading(item: object, index: int) -> Reading:
    if isinstance(item, Reading):
        return item
    if isinstance(item, Mapping):
        try:
            return Reading.from_json(item)
        except VitalsError as error:
            raise type(error)(f"reading {index}: {error}") from None
    raise RiskError(f"reading {index} must be a Reading or a JSON object, not {type(item).__name__}")


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
            reasons.append(_new_reason("news2.on_oxygen", {"points": points}, level, SOURCE_NEWS2))
            continue
        if name == "consciousness":
            state = values["consciousness"]
            reasons.append(
                _new_reason(
                    "news2.consciousness", {"value": state, "state": _ACVPU_WORDS[state]}, level, SOURCE_NEWS2
                )
            )
            continue
        raw = values[name]
        shown: float = round(raw, 1) if name == "temperature" else int(raw + 0.5)
        if name == "spo2" and score.spo2_scale == 2 and shown >= 93:
            band = "above the target on oxygen"
        else:
            band = _BAND_TEXT[points, shown < _LOW_BELOW[name]]
        reasons.append(
            _new_reason(
                _NEWS2_KEYS[name], {"value": shown, "band": band, "points": points}, level, SOURCE_NEWS2
            )
        )
    return reasons


_NEWS2_KEYS: Final = {name: f"news2.{name}" for name in _news2.PARAMETERS}
_BAND_TEXT: Final = {
    (points, low): words.format(side="low" if low else "high")
    for points, words in _BAND_WORDS.items()
    for low in (True, False)
}
"""(points, below the normal band) → "slightly low", "high", "very high" ... (as :func:`_band`)."""


def _level_for_news2(score: _news2.News2Score) -> AlertLevel:
    risk = score.risk
    if risk is _news2.Risk.HIGH:
        return AlertLevel.EMERGENCY
    if risk is _news2.Risk.MEDIUM or risk is _news2.Risk.LOW_MEDIUM:
        return AlertLevel.URGENT
    return AlertLevel.WATCH if score.total else AlertLevel.NONE


def assess(
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

    Speed: pass a :class:`RiskContext` (``RiskContext.from_profile(profile)``, made once per
    person) to skip reading the profile on every call.
    """
    if at is None:
        at = datetime.now(UTC)
    elif at.tzinfo is None:
        raise RiskError("at must be an aware datetime (UTC)")
    context = profile if type(profile) is RiskContext else RiskContext.from_profile(profile, on=at.date())
    return _assess(
        context,
        readings,
        at,
        previous,
        model,
        spo2_scale,
        max_age,
        hold,
        baseline_window,
        recent,
        baseline_min_count,
    )


def assess_with_defaults(
    context: RiskContext, readings: Iterable[Reading | Mapping[str, Any]], at: datetime
) -> Assessment:
    """:func:`assess` with every option at its default, for a context and an aware ``at`` the
    caller has already checked (the batch and kiosk paths)."""
    return _assess(
        context,
        readings,
        at,
        None,
        None,
        None,
        DEFAULT_MAX_AGE,
        DEFAULT_HOLD,
        DEFAULT_WINDOW,
        DEFAULT_RECENT,
        DEFAULT_MIN_COUNT,
    )


def _assess(
    context: RiskContext,
    readings: Iterable[Reading | Mapping[str, Any]],
    at: datetime,
    previous: Assessment | Mapping[str, Any] | None,
    model: Model | Callable[..., ModelEstimate | Mapping[str, Any]] | None,
    spo2_scale: int | None,
    max_age: timedelta,
    hold: timedelta,
    baseline_window: timedelta,
    recent: timedelta,
    baseline_min_count: int,
) -> Assessment:
    """:func:`assess` once the profile has been read (``at`` aware)."""
    if spo2_scale is None:
        spo2_scale = 2 if context.hypercapnic_failure_confirmed else 1
    elif spo2_scale == 2 and not context.hypercapnic_failure_confirmed:
        raise ScaleError(
            "NEWS2 SpO2 scale 2 needs clinician-confirmed hypercapnic respiratory failure in the profile "
            "('hypercapnic_respiratory_failure_confirmed': true); use scale 1 until a clinician confirms it"
        )
    elif spo2_scale != 1 and spo2_scale != 2:
        raise ScaleError(f"spo2_scale must be 1 or 2, not {spo2_scale!r}")

    moments = _MOMENTS[0]
    if moments[0] is not at or moments[1] is not max_age or moments[2] is not recent:
        moments = _MOMENTS[0] = (at, max_age, recent, at + CLOCK_SKEW, at - max_age, at - recent)
    future_limit, oldest_used, recent_start = moments[3:]
    groups: dict[Parameter, list[Reading]] = {}
    all_readings: list[Reading] = []
    keep_all = model is not None  # only the model hook sees every reading
    flagged: list[FlaggedReading] = []
    reasons: list[Reason] = []
    new_reason = _new_reason

    stale: dict[Parameter, Reading] = {}
    given = readings if type(readings) is list else list(readings)
    items: list[Reading] = (
        cast("list[Reading]", given)
        if not given or set(map(type, given)) == _ONLY_READINGS
        else _as_readings(given)  # JSON objects, or a mix: every one built first
    )
    simple = _all_simple(items, oldest_used if oldest_used > recent_start else recent_start, future_limit)
    if simple is not None and baseline_min_count >= 1:
        # The everyday case: one reading per parameter, each recent and plausible as it is. They
        # are all chosen; nothing is stale or flagged.
        chosen = simple
        if keep_all:
            all_readings = list(simple.values())  # the same readings, in the order given
    else:
        chosen = {}
        simple = None
        # One pass: the newest recent reading of each parameter that is plausible as it is (in range,
        # in its scoring unit) is chosen on the way; parameters with anything else newer than that
        # (an implausible or converted reading), or with only old readings, are settled after it.
        unusual: dict[Parameter, Reading] | None = None
        """Per parameter, the newest recent reading that is not plausible as it is."""
        any_old = False
        checks = _CHECKS
        for reading in items:
            if keep_all:
                all_readings.append(reading)
            moment = reading.time
            if moment > future_limit:
                minutes = int((moment - at).total_seconds() // 60)
                verdict = Plausibility(
                    False,
                    "future",
                    f"{_PARAMETER_WORDS[reading.parameter]} reading is dated {minutes} minutes in the future",
                    {"parameter": reading.parameter.value, "minutes": minutes},
                )
                flagged.append(_new_flagged(reading, verdict))
                reasons.append(
                    new_reason(
                        "input.future",
                        {"name": _PARAMETER_WORDS[reading.parameter], "minutes": minutes},
                        AlertLevel.WATCH,
                        "",
                    )
                )
                continue
            parameter = reading.parameter
            group = groups.get(parameter)
            if group is None:
                groups[parameter] = [reading]
            else:
                group.append(reading)
            # Ties in time go to the later reading, as the newest-first scan below would have it.
            if moment < oldest_used:
                any_old = True
                continue
            limits, canonical_unit = checks[parameter]
            if limits is None or (
                reading.unit == canonical_unit and limits[0] <= reading.value <= limits[1]  # type: ignore[operator]
            ):
                best = chosen.get(parameter)
                if best is None or moment >= best.time:
                    chosen[parameter] = reading
            elif unusual is None:
                unusual = {parameter: reading}
            else:
                best = unusual.get(parameter)
                if best is None or moment >= best.time:
                    unusual[parameter] = reading

        if unusual is not None or any_old:
            plain, chosen = chosen, {}
            for parameter, group in groups.items():
                newest_odd = None if unusual is None else unusual.get(parameter)
                best = plain.get(parameter)
                if newest_odd is None or (best is not None and newest_odd.time < best.time):
                    if best is not None:
                        chosen[parameter] = best
                    else:  # only old readings: the newest (of equal times, the later given) is stale
                        stale[parameter] = max(reversed(group), key=_time_of)
                    continue
                # Newest first: old → stale; implausible → flagged, try the next; plausible → chosen.
                limits, canonical_unit = checks[parameter]
                if len(group) > 1:
                    group.sort(key=_time_of)
                for candidate in reversed(group):
                    if candidate.time < oldest_used:
                        stale[parameter] = candidate
                        break
                    if limits is not None:
                        if candidate.unit == canonical_unit and limits[0] <= candidate.value <= limits[1]:  # type: ignore[operator]
                            chosen[parameter] = candidate  # in range in its scoring unit: plausible as it is
                            break
                        verdict = check_plausibility(candidate)
                        if not verdict.plausible:
                            flagged.append(_new_flagged(candidate, verdict))
                            reasons.append(
                                new_reason(
                                    "input.implausible",
                                    {"message": verdict.message, "code": verdict.code, **verdict.params},
                                    AlertLevel.WATCH,
                                    "",
                                )
                            )
                            continue
                        chosen[parameter] = (
                            candidate if candidate.unit == canonical_unit else candidate.canonical()
                        )
                    else:
                        chosen[parameter] = candidate
                    break

    get = chosen.get
    systolic_reading = get(Parameter.SYSTOLIC_BP)
    diastolic_reading = get(Parameter.DIASTOLIC_BP)
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
        flagged.append(_new_flagged(systolic_reading, verdict))
        flagged.append(_new_flagged(diastolic_reading, verdict))
        reasons.append(new_reason("input.bp_inverted", params, AlertLevel.WATCH, ""))
        del chosen[Parameter.SYSTOLIC_BP], chosen[Parameter.DIASTOLIC_BP]
        systolic_reading = None

    heart = get(Parameter.HEART_RATE)
    pulse_reading = get(Parameter.PULSE_RATE)
    if heart is not None and (pulse_reading is None or heart.time >= pulse_reading.time):
        pulse_reading = heart

    found_reading = get(Parameter.RESP_RATE)
    resp_rate = None if found_reading is None else float(found_reading.value)
    found_reading = get(Parameter.SPO2)
    spo2 = None if found_reading is None else float(found_reading.value)
    systolic = None if systolic_reading is None else float(systolic_reading.value)
    found_reading = get(Parameter.TEMPERATURE)
    temperature = None if found_reading is None else float(found_reading.value)
    pulse = None if pulse_reading is None else float(pulse_reading.value)
    found_reading = get(Parameter.ON_OXYGEN)
    on_oxygen = None if found_reading is None else bool(found_reading.value)
    found_reading = get(Parameter.CONSCIOUSNESS)
    consciousness = None if found_reading is None else str(found_reading.value)

    # Every value here passed the plausibility ranges (finite, ≥ 0, SpO2 ≤ 100) and the Reading
    # checks (ACVPU letter, bool): NEWS2, qSOFA and the shock index by lookup where the tables
    # know the values, else scored and checked the long way.
    scored = (
        _bands.scores(resp_rate, spo2, spo2_scale, on_oxygen, systolic, pulse, consciousness, temperature)
        if type(spo2_scale) is int
        else None
    )
    if scored is not None:
        score, sepsis, shock = scored
    else:
        if type(spo2_scale) is int:
            # Every value here passed the plausibility ranges (finite, ≥ 0, SpO2 ≤ 100) and the
            # Reading checks (ACVPU letter, bool): score without checking them again.
            score = _news2.score_checked(
                resp_rate, spo2, spo2_scale, on_oxygen, systolic, pulse, consciousness, temperature
            )
        else:
            score = _news2.score(
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

    if score.total:
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
        new_reason(
            "news2.total", {"total": score.total, "risk": _RISK_VALUE[score.risk]}, news2_level, SOURCE_NEWS2
        )
    )
    if score.missing:
        names = [_NEWS2_WORDS[name] for name in score.missing]
        reasons.append(
            new_reason(
                "news2.partial",
                {"missing": ", ".join(names), "missing_keys": list(score.missing)},
                AlertLevel.WATCH,
                "",
            )
        )
    for parameter, reading in stale.items():
        if parameter in chosen or (parameter is Parameter.PULSE_RATE and pulse_reading is not None):
            continue
        hours = int((at - reading.time).total_seconds() // 3600)
        reasons.append(
            new_reason(
                "input.stale", {"name": _PARAMETER_WORDS[parameter], "hours": hours}, AlertLevel.WATCH, ""
            )
        )
    if sepsis.total >= 2:
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
            new_reason(
                "qsofa.positive",
                {"total": sepsis.total, "signs": ", ".join(signs)},
                AlertLevel.URGENT,
                SOURCE_QSOFA,
            )
        )
    if shock.elevated:
        assert shock.value is not None
        reasons.append(
            new_reason(
                "shock_index.elevated",
                {"value": round(shock.value, 2)},
                AlertLevel.URGENT,
                SOURCE_SHOCK_INDEX,
            )
        )
    if spo2 is not None and spo2_scale == 2:
        reasons.append(new_reason("context.spo2_scale2", {}, AlertLevel.NONE, SOURCE_NEWS2))
    elif spo2 is not None and context.target_spo2 is not None and context.target_spo2[0] < 94:
        reasons.append(new_reason("context.target_unconfirmed", {}, AlertLevel.NONE, SOURCE_NEWS2))

    # Personal baselines and profile context: they add reasons, never lower anything.
    series: dict[Parameter, list[tuple[datetime, float]]] = {}
    recent_values: dict[Parameter, list[float]]
    has_history = False
    if simple is not None:
        # One recent, plausible reading per parameter: each is its parameter's recent series.
        recent_values = {}
        for parameter in _SERIES_ORDER:
            found_reading = simple.get(parameter)
            if found_reading is not None:
                recent_values[parameter] = [float(found_reading.value)]
        heart = simple.get(Parameter.HEART_RATE)
        beats = simple.get(Parameter.PULSE_RATE)
        if beats is not None:
            if heart is None:
                recent_values[Parameter.HEART_RATE] = recent_values.pop(Parameter.PULSE_RATE)
            else:  # pooled in time order; of equal times the heart rate first
                del recent_values[Parameter.PULSE_RATE]
                pair = [float(heart.value), float(beats.value)]
                recent_values[Parameter.HEART_RATE] = pair if heart.time <= beats.time else pair[::-1]
    else:
        recent_values = {}
        series_start = at - baseline_window
        for parameter in _SERIES_ORDER:
            group = groups.get(parameter)
            if group is None:
                continue
            if len(group) > 1:
                group.sort(key=_time_of)  # "the last two readings" are the newest two
            low, high = _RANGES[parameter]
            canonical_unit = _CANONICAL[parameter]
            pooled = Parameter.HEART_RATE if parameter is Parameter.PULSE_RATE else parameter
            points = series.setdefault(parameter, [])
            latest = recent_values.setdefault(pooled, [])
            for reading in group:
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
                    has_history = True
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
    if has_history or baseline_min_count < 1:
        found = (
            {}
            if not context.baseline_vitals and not has_history
            else baselines(
                series,
                context,
                at=at,
                window=baseline_window,
                recent=timedelta(0),
                min_count=baseline_min_count,
            )
        )
    else:
        found = profile_baselines(context)  # what baselines() gives with no history to count
    if recent_values:
        reasons.extend(deviation_reasons(recent_values, found, context, on_oxygen))
    if pulse is not None and (context.rate_limiting_medicines or context.atrial_fibrillation):
        reasons.extend(context_reasons(context, True))

    computed = AlertLevel.NONE
    computed_rank = 0
    for reason in reasons:
        rank = _LEVEL_RANK[reason.level]
        if rank > computed_rank:
            computed, computed_rank = reason.level, rank
    if computed is AlertLevel.NONE and not score.missing:
        reasons.append(new_reason("all_normal", {}, AlertLevel.NONE, ""))
    if not chosen:
        reasons.append(new_reason("input.no_readings", {}, AlertLevel.WATCH, ""))
        if computed_rank < _WATCH_RANK:
            computed = AlertLevel.WATCH

    if previous is None:
        level, improving_since = computed, None
    else:
        level, improving_since = _hysteresis(computed, _previous(previous), at, hold, reasons)

    estimate: ModelEstimate | None = None
    if model is not None:
        try:
            estimate = _model_estimate(model(tuple(all_readings), context, at))
        except Exception as error:  # the rules verdict must survive a failing model
            reasons.append(
                new_reason("model.failed", {"error": f"{type(error).__name__}: {error}"}, AlertLevel.NONE, "")
            )

    if len(reasons) > 1:
        reasons.sort(key=_severity)
    number_text, known = emergency_number(context.country)
    action_params: dict[str, Any] = {"number": number_text, "number_known": known, "country": context.country}
    if level is AlertLevel.WATCH:
        action_params["hours"] = WATCH_REMEASURE_HOURS
    return _new_assessment(
        at,
        level,
        computed,
        score,
        sepsis,
        shock,
        tuple(reasons),
        _new_action(_ACTION_KEYS[level], action_params),
        tuple(chosen.values()),
        tuple(flagged),
        found,
        improving_since,
        estimate,
    )


_parameter_of: Final = attrgetter("parameter")
_time_of_reading: Final = attrgetter("time")
_unit_of: Final = attrgetter("unit")
_value_of: Final = attrgetter("value")
_canonical_of: Final = {parameter: CANONICAL_UNIT[parameter] for parameter in Parameter}.__getitem__
_lowest: Final[Callable[[Parameter], Any]] = {
    **{parameter: low for parameter, (low, _) in VALID_RANGE.items()},
    Parameter.CONSCIOUSNESS: "",
    Parameter.ON_OXYGEN: False,
}.__getitem__
_highest: Final[Callable[[Parameter], Any]] = {
    **{parameter: high for parameter, (_, high) in VALID_RANGE.items()},
    Parameter.CONSCIOUSNESS: "\U0010ffff",
    Parameter.ON_OXYGEN: True,
}.__getitem__
"""Per parameter, the bounds a value must lie within to be plausible as it is (categorical values
are checked when their Reading is made: their bounds let every letter or bool through)."""
_SIMPLE: Final = {
    parameter: (_lowest(parameter), _highest(parameter), CANONICAL_UNIT[parameter]) for parameter in Parameter
}
_at_most: Final[Callable[[Any, Any], bool]] = le
_at_least: Final[Callable[[Any, Any], bool]] = ge


def _all_simple(items: list[Reading], oldest: datetime, newest: datetime) -> dict[Parameter, Reading] | None:
    """``{parameter: reading}`` when the readings are one per parameter, each timed within
    [oldest, newest], in its canonical unit and within its plausible range; else None."""
    if not items:
        return None
    chosen = {reading.parameter: reading for reading in items}
    if len(chosen) != len(items):
        return None
    try:
        for reading in items:
            moment = reading.time
            if moment < oldest or moment > newest:
                return None
            low, high, unit = _SIMPLE[reading.parameter]
            if reading.unit != unit or not low <= reading.value <= high:
                return None
    except TypeError:  # a value that does not compare with its bounds: the general path decides
        return None
    return chosen


_ONLY_READINGS: Final = {Reading}


def _as_readings(items: list[Any]) -> list[Reading]:
    """Every item as a Reading (JSON objects built as ``Reading.from_json`` would), in order; the
    first bad item raises, its index in the message."""
    out: list[Reading] = []
    for index, item in enumerate(items):
        if type(item) is Reading:
            out.append(item)
            continue
        fast: Reading | None = None
        if type(item) is dict:
            try:
                fast = _from_plain_json(item)
            except VitalsError as error:
                raise type(error)(f"reading {index}: {error}") from None
        out.append(fast if fast is not None else _to_reading(item, index))
    return out


_MOMENTS: list[tuple[Any, ...]] = [(None, None, None)]
"""The last ``at``, ``max_age`` and ``recent`` (by identity) with the limits made from them: a
batch, or a series of calls at one moment, works them out once."""


def _time_of(reading: Reading) -> datetime:
    return reading.time


def _first(pair: tuple[datetime, float]) -> datetime:
    return pair[0]


_LEVEL_RANK: Final = {level: level.rank for level in AlertLevel}
_WATCH_RANK: Final = _LEVEL_RANK[AlertLevel.WATCH]


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


def _load(data: object) -> Any:
    return json.loads(data) if isinstance(data, str | bytes) else data


def assess_json(
    profile_json: Mapping[str, Any] | str | None,
    readings_json: Sequence[Mapping[str, Any]] | str,
    previous_json: Mapping[str, Any] | str | None = None,
    *,
    at: str | datetime | None = None,
) -> dict[str, Any]:
    """JSON in, JSON out (what ``wayfarer.api`` lists as ``risk.assess``).

    ``profile_json``: the profile object (or its text; null = unknown person); ``readings_json``:
    a list of ``{"parameter", "value", "unit", "time", "source"?}``; ``previous_json``: the last
    assessment's JSON for hysteresis; ``at``: ISO 8601 UTC time (default now). Returns
    :meth:`Assessment.to_json`. Raises :class:`RiskError` / ``VitalsError`` (both ``ValueError``)
    with a message naming the bad input.
    """
    readings = _load(readings_json)
    if not isinstance(readings, list):
        raise RiskError("readings must be a JSON list of reading objects")
    moment = parse_time(at) if isinstance(at, str) else at
    return assess(_load(profile_json), readings, at=moment, previous=_load(previous_json)).to_json()


@dataclass(frozen=True, slots=True)
class BatchFailure:
    """One batch item that could not be assessed, and why."""

    index: int
    error: str

    def to_json(self) -> dict[str, Any]:
        """``{"index", "error"}``."""
        return {"index": self.index, "error": self.error}


DEFAULT_CHUNK_BUDGET_SECONDS: Final = 0.004
DEFAULT_CHUNK_MAX: Final = 512


def iter_assess_batch(
    items: Iterable[tuple[object, Iterable[Reading | Mapping[str, Any]]]],
    *,
    at: datetime | None = None,
    budget_seconds: float = DEFAULT_CHUNK_BUDGET_SECONDS,
    max_chunk: int = DEFAULT_CHUNK_MAX,
) -> Iterator[list[Assessment | BatchFailure]]:
    """Assess many people (a clinic kiosk), yielding results in chunks.

    Each ``(profile, readings)`` item is assessed at the same ``at``. A chunk ends as soon as it
    has taken ``budget_seconds`` (default 4 ms, measured with ``time.perf_counter``) or holds
    ``max_chunk`` results, so the caller can hand control back between chunks — in the browser
    worker: ``for chunk in iter_assess_batch(...): ...; await asyncio.sleep(0)``. A chunk can only
    overrun its budget by one assessment (about 20 µs in CPython, ~0.1 ms in Pyodide), which keeps
    every chunk well under 10 ms. An item that cannot be assessed (bad profile or reading) yields
    a :class:`BatchFailure` in its place; the others go on.

    Each distinct profile object is read once per batch (items sharing one profile object share
    its :class:`RiskContext`), so a profile must not change while its batch runs.
    """
    return _iter_batch(items, at, budget_seconds, max_chunk, _as_is, _as_is)


def iter_assess_batch_json(
    items: Iterable[tuple[object, Iterable[Reading | Mapping[str, Any]]]],
    *,
    at: datetime | None = None,
    budget_seconds: float = DEFAULT_CHUNK_BUDGET_SECONDS,
    max_chunk: int = DEFAULT_CHUNK_MAX,
) -> Iterator[list[dict[str, Any]]]:
    """:func:`iter_assess_batch` with every result already in its JSON form (``to_json()``).

    The JSON is made inside each chunk, so the chunk's time budget covers it too: this is what
    ``wayfarer.api``'s ``risk.assess_batch`` runs, yielding to the worker's event loop between
    chunks.
    """
    return _iter_batch(items, at, budget_seconds, max_chunk, Assessment.to_json, BatchFailure.to_json)


def _as_is(result: Any) -> Any:
    return result


def _iter_batch(
    items: Iterable[tuple[object, Iterable[Reading | Mapping[str, Any]]]],
    at: datetime | None,
    budget_seconds: float,
    max_chunk: int,
    done: Callable[[Assessment], Any],
    failed: Callable[[BatchFailure], Any],
) -> Iterator[list[Any]]:
    if at is None:
        at = datetime.now(UTC)
    clock = _time.perf_counter
    aware = at.tzinfo is not None
    on = at.date()
    contexts: dict[int, tuple[object, RiskContext]] = {}
    chunk: list[Any] = []
    started = clock()
    for index, (profile, readings) in enumerate(items):
        try:
            if not aware:
                result = assess(profile, readings, at=at)  # raises the RiskError about ``at``
            else:
                if type(profile) is RiskContext:
                    context = profile
                else:
                    known = contexts.get(id(profile))
                    if known is not None and known[0] is profile:
                        context = known[1]
                    else:
                        context = RiskContext.from_profile(profile, on=on)
                        contexts[id(profile)] = (profile, context)
                result = assess_with_defaults(context, readings, at)
            chunk.append(done(result))
        except ValueError as error:
            chunk.append(failed(BatchFailure(index, str(error))))
        if len(chunk) >= max_chunk or clock() - started >= budget_seconds:
            yield chunk
            chunk = []
            started = clock()
    if chunk:
        yield chunk


def assess_batch(
    items: Iterable[tuple[object, Iterable[Reading | Mapping[str, Any]]]],
    *,
    at: datetime | None = None,
) -> list[Assessment | BatchFailure]:
    """All of :func:`iter_assess_batch` at once, in input order (for callers that need not yield)."""
    return [result for chunk in iter_assess_batch(items, at=at) for result in chunk]


def assess_batch_json(
    items_json: Sequence[Mapping[str, Any]] | str, *, at: str | datetime | None = None
) -> list[dict[str, Any]]:
    """JSON form of :func:`assess_batch`: items are ``{"profile", "readings"}`` objects; each result
    is an assessment JSON or ``{"index", "error"}``."""
    items = _load(items_json)
    if not isinstance(items, list):
        raise RiskError("batch must be a JSON list of {'profile', 'readings'} objects")
    pairs: list[tuple[object, Any]] = []
    for index, item in enumerate(items):
        if not isinstance(item, Mapping) or "readings" not in item:
            raise RiskError(f"batch item {index} must be an object with 'profile' and 'readings'")
        pairs.append((item.get("profile"), item["readings"]))
    moment = parse_time(at) if isinstance(at, str) else at
    return [result for chunk in iter_assess_batch_json(pairs, at=moment) for result in chunk]
