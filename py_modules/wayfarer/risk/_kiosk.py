"""The clinic kiosk: thousands of people assessed in one call, sent compactly, answered compactly.

A kiosk batch carries each distinct profile once and the people's current readings column by
column, instead of a profile and a list of reading objects per person (the 14 MB that
``risk.assess_batch`` moves for 2,847 people becomes about 0.15 MB, and parsing it makes a handful
of lists, not thousands of objects for the garbage collector to walk)::

    {"profiles": [profile JSON, ...],
     "profile": [profile index per person, ...],
     "time_ms": [when each person's readings were taken, ...],
     "values": {"resp_rate": [one value per person, null = not measured], "spo2": [...], ...}}

``time_ms`` is in milliseconds since 1970-01-01 UTC (what JavaScript's ``Date.getTime()`` gives);
all of one person's readings share it. Values are in each parameter's canonical unit
(``wayfarer.vitals.CANONICAL_UNIT``): a caller with other units converts them or uses
``risk.assess_batch``.

The answer is one summary per person, column by column: the alert level, the NEWS2 total, risk
and completeness, and the first :data:`TOP_REASONS` reasons (most severe first) as indices into
``reason_keys`` (every message key of :data:`wayfarer.risk.TEMPLATES`, in its order), back to back
in one list. The full assessment of anyone (:meth:`Assessment.to_json`) is there on request
(``detail``).

Every summary is what :func:`wayfarer.risk.assess` gives for the person's readings
(``tests/unit/test_risk_reference.py`` checks it against the reference assessment on random
people and on every band edge): people whose every value is plausible in its canonical unit and
recent go through a lean path that computes only what the summary shows; anyone else (an
implausible or future value, a reading too old to score, SBP not above DBP, a value of the wrong
type) is assessed by :func:`assess` itself.
"""

from __future__ import annotations

import time as _time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from types import MappingProxyType
from typing import Any, Final

from wayfarer.vitals import (
    ACVPU,
    CANONICAL_UNIT,
    VALID_RANGE,
    Parameter,
    format_time,
    parse_parameter,
    parse_time,
)

from ._assess import (
    CLOCK_SKEW,
    DEFAULT_MAX_AGE,
    Assessment,
    assess_with_defaults,
)
from ._bands import (
    PULSE,
    PULSE_RANGE,
    RR,
    RR_RANGE,
    SBP,
    SBP_RANGE,
    SPO2,
    SPO2_RANGE,
    TEMPERATURE,
    TEMPERATURE_RANGE,
    learn,
    pulse_entry,
    resp_rate_entry,
    spo2_entry,
    systolic_entry,
    temperature_entry,
)
from ._baseline import profile_baselines
from ._context import RiskContext
from ._errors import RiskError
from ._messages import TEMPLATES, AlertLevel
from .news2 import spo2_scale2_points

TOP_REASONS: Final = 3
REASON_KEYS: Final = tuple(TEMPLATES)
"""Every reason key, in a fixed order: a summary names its reasons by their index here."""
REASON_CODES: Final = MappingProxyType({key: code for code, key in enumerate(REASON_KEYS)})
_SAME_KEY: Final = MappingProxyType({key: key for key in REASON_KEYS})
"""How many reason keys a summary carries (the full list is in the row's detail)."""
DEFAULT_BUDGET_SECONDS: Final = 0.004
DEFAULT_MAX_CHUNK: Final = 2048

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND: Final = timedelta(microseconds=1)

# The lean path reads these parameters by name; the others only need to be plausible.
_ORDER: Final = (
    Parameter.RESP_RATE,
    Parameter.SPO2,
    Parameter.ON_OXYGEN,
    Parameter.SYSTOLIC_BP,
    Parameter.DIASTOLIC_BP,
    Parameter.HEART_RATE,
    Parameter.PULSE_RATE,
    Parameter.CONSCIOUSNESS,
    Parameter.TEMPERATURE,
    Parameter.MEAN_ARTERIAL_PRESSURE,
    Parameter.HRV_RMSSD,
    Parameter.PERFUSION_INDEX,
    Parameter.BLOOD_GLUCOSE,
)
_ACVPU: Final = frozenset(ACVPU)
_LEVEL_OF_RANK: Final = tuple(level.value for level in AlertLevel)
_by_rank: Final = itemgetter(0)


# NEWS2 points, qSOFA criteria and the shock index come from wayfarer.risk._bands: a value seen
# before costs one dict lookup, which also tells that it is a plausible number.
_DBP_RANGE: Final = VALID_RANGE[Parameter.DIASTOLIC_BP]
_MAP_RANGE: Final = VALID_RANGE[Parameter.MEAN_ARTERIAL_PRESSURE]
_HRV_RANGE: Final = VALID_RANGE[Parameter.HRV_RMSSD]
_PI_RANGE: Final = VALID_RANGE[Parameter.PERFUSION_INDEX]
_GLUCOSE_RANGE: Final = VALID_RANGE[Parameter.BLOOD_GLUCOSE]
assert [level.value for level in AlertLevel] == ["none", "watch", "see_doctor_today", "urgent", "emergency"]
# Reasons below are (rank, key) with the rank of their AlertLevel written out (0 none … 4
# emergency) so each pair is a constant.


@dataclass(frozen=True, slots=True)
class _Person:
    """What the lean path needs from one profile, worked out once per batch."""

    context: RiskContext
    scale: int
    fever_applies: bool
    target: tuple[float, float] | None
    target_unconfirmed: bool
    heart_threshold: float | None
    atrial_fibrillation: bool
    pulse_context: tuple[str, ...]

    @classmethod
    def of(cls, context: RiskContext) -> _Person:
        found = profile_baselines(context).get(Parameter.HEART_RATE)
        scale = 2 if context.hypercapnic_failure_confirmed else 1
        target = context.target_spo2
        pulse_context: tuple[str, ...] = ()
        if context.rate_limiting_medicines:
            pulse_context += ("context.rate_limiting",)
        if context.atrial_fibrillation:
            pulse_context += ("context.af_pulse",)
        return cls(
            context,
            scale,
            context.age_years is None or context.age_years >= 65,
            target,
            scale != 2 and target is not None and target[0] < 94,
            None if found is None else found.median + 10.0,
            context.atrial_fibrillation,
            pulse_context,
        )


Summary = tuple[str, int, str, bool, list[Any]]
"""(level, NEWS2 total, NEWS2 risk, NEWS2 complete, reason keys most severe first)."""


_NO_READINGS: Final[Summary] = (
    "watch",
    0,
    "low",
    False,
    ["news2.partial", "input.no_readings", "news2.total"],
)
"""What assess() says with nothing measured."""


def _plausible(value: object, limits: tuple[float, float]) -> bool:
    kind = type(value)
    return (kind is int or kind is float) and limits[0] <= value <= limits[1]  # type: ignore[operator]


def lean_summary(person: _Person, values: Sequence[object], top: int | None = None) -> Summary | None:
    """The summary of one row's values (in :data:`_ORDER`) with the first ``top`` reason keys (all
    by default), or None when the row needs :func:`assess`.

    The row's time must already be known to be recent (within the scoring age, not in the future).
    """
    try:
        return _lean(person, values, top, _SAME_KEY)
    except TypeError:  # an unhashable value (a list, an object): assess() names the problem
        return None


def _lean(
    person: _Person, values: Sequence[object], top: int | None, names: Mapping[str, Any]
) -> Summary | None:
    rr, spo2, oxygen, sbp, dbp, hr, pr, acvpu, temp, mean_ap, hrv, perfusion, glucose = values
    ranked: list[tuple[int, str]] = []
    total = 0
    single_3 = missing = False
    qsofa = 0  # qSOFA criteria met
    sbp_whole = pulse_whole = 0
    if rr is None:
        missing = True
    else:
        entry = RR.get(rr) or learn(RR, rr, RR_RANGE, resp_rate_entry)
        if entry is None:
            return None
        points, rate = entry
        if rate >= 22:
            qsofa = 1
        if points:
            total = points
            if points == 3:
                single_3 = True
                ranked.append((3, "news2.resp_rate"))
            else:
                ranked.append((1, "news2.resp_rate"))
    if oxygen is not None and type(oxygen) is not bool:
        return None
    if spo2 is None:
        missing = True
    else:
        entry = SPO2.get(spo2) or learn(SPO2, spo2, SPO2_RANGE, spo2_entry)
        if entry is None:
            return None
        points = entry[0] if person.scale == 1 else spo2_scale2_points(entry[1], oxygen)
        if points:
            total += points
            if points == 3:
                single_3 = True
                ranked.append((3, "news2.spo2"))
            else:
                ranked.append((1, "news2.spo2"))
    if oxygen is None:
        missing = True
    elif oxygen:
        total += 2
        ranked.append((1, "news2.on_oxygen"))
    if sbp is None:
        missing = True
    else:
        entry = SBP.get(sbp) or learn(SBP, sbp, SBP_RANGE, systolic_entry)
        if entry is None:
            return None
        points, sbp_whole = entry
        if sbp_whole <= 100:
            qsofa += 1
        if points:
            total += points
            if points == 3:
                single_3 = True
                ranked.append((3, "news2.systolic_bp"))
            else:
                ranked.append((1, "news2.systolic_bp"))
    if dbp is not None and (not _plausible(dbp, _DBP_RANGE) or (sbp is not None and sbp <= dbp)):  # type: ignore[operator]
        return None  # implausible, or SBP not above DBP: assess() flags it
    if hr is not None:
        beat = PULSE.get(hr) or learn(PULSE, hr, PULSE_RANGE, pulse_entry)
        if beat is None:
            return None
        if pr is not None and not (PULSE.get(pr) or learn(PULSE, pr, PULSE_RANGE, pulse_entry)):
            return None
    elif pr is not None:
        beat = PULSE.get(pr) or learn(PULSE, pr, PULSE_RANGE, pulse_entry)
        if beat is None:
            return None
    else:
        beat = None
    if beat is None:  # the pulse is the heart rate, else the pulse rate (same time: heart rate wins)
        missing = True
    else:
        points, pulse_whole = beat
        if points:
            total += points
            if points == 3:
                single_3 = True
                ranked.append((3, "news2.pulse"))
            else:
                ranked.append((1, "news2.pulse"))
    if acvpu is None:
        missing = True
    elif acvpu == "A":
        pass
    elif type(acvpu) is str and acvpu in _ACVPU:
        total += 3
        single_3 = True
        qsofa += 1
        ranked.append((3, "news2.consciousness"))
    else:
        return None
    if temp is None:
        missing = True
    else:
        points = TEMPERATURE.get(temp)
        if points is None:
            points = learn(TEMPERATURE, temp, TEMPERATURE_RANGE, temperature_entry)
            if points is None:
                return None
        if points:
            total += points
            if points == 3:
                single_3 = True
                ranked.append((3, "news2.temperature"))
            else:
                ranked.append((1, "news2.temperature"))
    if (
        (mean_ap is not None and not _plausible(mean_ap, _MAP_RANGE))
        or (hrv is not None and not _plausible(hrv, _HRV_RANGE))
        or (perfusion is not None and not _plausible(perfusion, _PI_RANGE))
        or (glucose is not None and not _plausible(glucose, _GLUCOSE_RANGE))
    ):
        return None

    if total >= 7:
        risk = "high"
        ranked.append((4, "news2.total"))
    elif total >= 5:
        risk = "medium"
        ranked.append((3, "news2.total"))
    elif single_3:
        risk = "low-medium"
        ranked.append((3, "news2.total"))
    else:
        risk = "low"
        ranked.append((1, "news2.total") if total else (0, "news2.total"))
    if missing:
        ranked.append((1, "news2.partial"))
    if qsofa >= 2:  # qSOFA counts the criteria that were measured
        ranked.append((3, "qsofa.positive"))
    if sbp is not None and beat is not None and pulse_whole >= sbp_whole > 0:
        ranked.append((3, "shock_index.elevated"))  # pulse ÷ SBP ≥ 1.0 on whole numbers
    if spo2 is not None:
        if person.scale == 2:
            ranked.append((0, "context.spo2_scale2"))
        elif person.target_unconfirmed:
            ranked.append((0, "context.target_unconfirmed"))
    # Personal baselines over one reading per parameter: only the heart rate can have two (heart
    # rate then pulse rate, both at the row's time).
    if hr is not None and pr is not None:
        threshold = person.heart_threshold
        if threshold is not None and pr >= threshold and hr >= threshold:  # type: ignore[operator]
            ranked.append((1, "baseline.heart_rate_rise"))
        if person.atrial_fibrillation and pr > 110.0 and hr > 110.0:  # type: ignore[operator]
            ranked.append((2, "baseline.af_fast"))
    if temp is not None and temp > 37.8 and person.fever_applies:  # type: ignore[operator]
        ranked.append((2, "baseline.fever_older_adult"))
    if spo2 is not None and person.target is not None:
        whole = int(spo2 + 0.5)  # type: ignore[operator]
        low, high = person.target
        if whole < low:
            ranked.append((2, "baseline.spo2_below_target"))
        elif whole > high and oxygen:
            ranked.append((1, "baseline.spo2_above_target"))
    if beat is not None and person.pulse_context:
        for key in person.pulse_context:
            ranked.append((0, key))
    if missing and (
        rr is None
        and spo2 is None
        and oxygen is None
        and sbp is None
        and dbp is None
        and beat is None
        and acvpu is None
        and temp is None
        and mean_ap is None
        and hrv is None
        and perfusion is None
        and glucose is None
    ):
        level, total, risk, complete, keys = _NO_READINGS
        return (level, total, risk, complete, [names[key] for key in keys[:top]])
    ranked.sort(key=_by_rank, reverse=True)  # stable: equal levels keep assess()'s order
    rank = ranked[0][0]
    if rank == 0 and not missing:
        ranked.append((0, "all_normal"))
    return (_LEVEL_OF_RANK[rank], total, risk, not missing, [names[key] for _, key in ranked[:top]])


def summary_of(assessment: Assessment) -> Summary:
    """The summary :func:`lean_summary` gives, taken from a full assessment."""
    score = assessment.news2
    return (
        assessment.level.value,
        score.total,
        score.risk.value,
        not score.missing,
        [reason.key for reason in assessment.reasons],
    )


@dataclass(slots=True)
class KioskResult:
    """The answer being filled in, person by person (every list indexed like the batch's)."""

    at: datetime
    level: list[str | None]
    news2_total: list[int | None]
    news2_risk: list[str | None]
    news2_complete: list[bool | None]
    reasons: list[int | None]
    """:data:`TOP_REASONS` entries per person, back to back: reason codes, null-padded."""
    errors: list[dict[str, Any]]
    detail: dict[str, dict[str, Any]]
    lean: int = 0
    """How many people took the lean path (the rest went through assess())."""

    def to_json(self) -> dict[str, Any]:
        """``{"at", "level", "news2_total", "news2_risk", "news2_complete", "reasons",
        "reason_keys", "top_reasons", "errors", "detail"}``: one entry per person in each list
        (null for a person in ``errors``) but ``reasons``, which holds ``top_reasons`` entries per
        person back to back (indices into ``reason_keys``, null-padded)."""
        return {
            "at": format_time(self.at),
            "level": self.level,
            "news2_total": self.news2_total,
            "news2_risk": self.news2_risk,
            "news2_complete": self.news2_complete,
            "reasons": self.reasons,
            "reason_keys": REASON_KEYS,
            "top_reasons": TOP_REASONS,
            "errors": self.errors,
            "detail": self.detail,
        }


@dataclass(frozen=True, slots=True)
class _Plan:
    people: list[_Person | str]
    """Per profile: what the lean path needs, or why the profile cannot be read."""
    which: list[Any]
    """Per person, the index of their profile."""
    times: list[Any]
    columns: dict[Parameter, list[Any]]
    """The value lists, in the order given."""
    ordered: list[list[Any]]
    """The value lists in :data:`_ORDER` (a list of nulls for a parameter not measured)."""


def _plan(batch: object, on: Any) -> _Plan:
    if not isinstance(batch, Mapping):
        raise RiskError("a kiosk batch must be an object with 'profiles', 'profile', 'time_ms' and 'values'")
    profiles, which, times, values = (batch.get(key) for key in ("profiles", "profile", "time_ms", "values"))
    if not isinstance(profiles, list) or not isinstance(which, list) or not isinstance(times, list):
        raise RiskError("a kiosk batch needs the lists 'profiles', 'profile' and 'time_ms'")
    if not isinstance(values, Mapping):
        raise RiskError("a kiosk batch needs 'values': an object of parameter name → list of values")
    count = len(which)
    if len(times) != count:
        raise RiskError(f"'time_ms' has {len(times)} entries for {count} people")
    columns: dict[Parameter, list[Any]] = {}
    for name, column in values.items():
        try:
            parameter = parse_parameter(name)
        except ValueError as error:
            raise RiskError(f"kiosk values: {error}") from None
        if parameter in columns:
            raise RiskError(f"kiosk values of {parameter.value!r} are given twice")
        if not isinstance(column, list) or len(column) != count:
            raise RiskError(f"kiosk values of {parameter.value!r} must be a list of {count} values or nulls")
        columns[parameter] = column
    people: list[_Person | str] = []
    for profile in profiles:
        try:
            people.append(_Person.of(RiskContext.from_profile(profile, on=on)))
        except ValueError as error:
            people.append(str(error))
    nothing = [None] * count
    ordered = [columns.get(parameter, nothing) for parameter in _ORDER]
    return _Plan(people, which, times, columns, ordered)


def _readings_json(columns: Mapping[Parameter, list[Any]], index: int, moment: str) -> list[dict[str, Any]]:
    return [
        {"parameter": parameter.value, "value": value, "unit": CANONICAL_UNIT[parameter], "time": moment}
        for parameter, column in columns.items()
        if (value := column[index]) is not None
    ]


def _person_time(value: object) -> datetime:
    if (type(value) is not int and type(value) is not float) or value != value:
        raise RiskError(f"time_ms must be milliseconds since 1970 UTC, not {value!r}")
    milliseconds: float = value
    if abs(milliseconds) > 1e16:
        raise RiskError(f"time_ms must be milliseconds since 1970 UTC, not {value!r}")
    return _EPOCH + timedelta(milliseconds=milliseconds)


def iter_assess_kiosk(
    batch: Mapping[str, Any],
    result_out: list[KioskResult],
    *,
    at: datetime | None = None,
    detail: Sequence[int] = (),
    budget_seconds: float = DEFAULT_BUDGET_SECONDS,
    max_chunk: int = DEFAULT_MAX_CHUNK,
) -> Iterator[int]:
    """Assess a kiosk batch (see the module docstring) in chunks of at most ``budget_seconds``.

    Appends the :class:`KioskResult` to ``result_out`` at once and fills it in; yields 0 once the
    profiles are read, then the number of people done after each chunk, so the caller can hand
    control back in between (the browser worker: ``await asyncio.sleep(0)``). A chunk overruns
    its budget by at most 16 people. People who cannot be assessed (unreadable profile, bad value
    or time) are listed in ``errors`` as ``{"index", "error"}``, with null summary entries.
    ``detail`` lists people whose full assessment JSON is wanted too (keyed by index as text).
    """
    if at is None:
        at = datetime.now(UTC)
    elif at.tzinfo is None:
        raise RiskError("at must be an aware datetime (UTC)")
    plan = _plan(batch, at.date())
    count = len(plan.which)
    result = KioskResult(
        at,
        [None] * count,
        [None] * count,
        [None] * count,
        [None] * count,
        [None] * (count * TOP_REASONS),
        [],
        {},
    )
    result_out.append(result)
    wanted = set()
    for index in detail:
        if type(index) is not int or not 0 <= index < count:
            raise RiskError(f"detail must list people's indices 0–{count - 1}, not {index!r}")
        wanted.add(index)

    # Integer milliseconds m with m·1000 µs inside [at − max age, at + clock skew] (exact bounds).
    at_us = (at - _EPOCH) // _MICROSECOND
    oldest_ms = -(-(at_us - DEFAULT_MAX_AGE // _MICROSECOND) // 1000)
    newest_ms = (at_us + CLOCK_SKEW // _MICROSECOND) // 1000
    people, which_list, times = plan.people, plan.which, plan.times
    levels, totals, risks, completes, reasons = (
        result.level,
        result.news2_total,
        result.news2_risk,
        result.news2_complete,
        result.reasons,
    )
    profiles = len(people)
    lean = yielded = 0
    top = TOP_REASONS
    codes = REASON_CODES
    lean_values = _lean
    clock = _time.perf_counter
    yield 0  # the profiles are read: hand control back before the people (the request's parse ran first)
    started = clock()
    for index, values in enumerate(zip(*plan.ordered, strict=True)):
        summary: Summary | None = None
        which = which_list[index]
        person = people[which] if type(which) is int and 0 <= which < profiles else None
        moment = times[index]
        if (
            type(person) is _Person
            and type(moment) is int
            and oldest_ms <= moment <= newest_ms
            and index not in wanted
        ):
            try:
                summary = lean_values(person, values, top, codes)
            except TypeError:  # an unhashable value: assess() names the problem
                summary = None
        if summary is not None:
            lean += 1
            levels[index], totals[index], risks[index], completes[index], found = summary
            base = index * top
            reasons[base : base + len(found)] = found
        else:
            _full(result, index, plan, person, profiles, at, index in wanted)
        # The clock is read every 16 people (a few hundredths of a millisecond of work).
        if index & 15 == 15 and (clock() - started >= budget_seconds or index + 1 - yielded >= max_chunk):
            result.lean = lean
            yielded = index + 1
            yield yielded
            started = clock()
    result.lean = lean
    if yielded < count or not count:
        yield count


def _full(
    result: KioskResult,
    index: int,
    plan: _Plan,
    person: _Person | str | None,
    profiles: int,
    at: datetime,
    wanted: bool,
) -> None:
    """Assess one person through :func:`assess` itself and record the summary (and detail)."""
    try:
        which = plan.which[index]
        if person is None:
            raise RiskError(f"profile index must be 0–{profiles - 1}, not {which!r}")
        if isinstance(person, str):
            raise RiskError(person)
        moment = format_time(_person_time(plan.times[index]))
        readings = _readings_json(plan.columns, index, moment)
        assessment = assess_with_defaults(person.context, readings, at)
    except (ValueError, OverflowError) as error:
        result.errors.append({"index": index, "error": str(error)})
        return
    level, total, risk, complete, keys = summary_of(assessment)
    result.level[index], result.news2_total[index], result.news2_risk[index] = level, total, risk
    result.news2_complete[index] = complete
    found = [REASON_CODES[key] for key in keys[:TOP_REASONS]]
    result.reasons[index * TOP_REASONS : index * TOP_REASONS + len(found)] = found
    if wanted:
        result.detail[str(index)] = assessment.to_json()


def assess_kiosk(
    batch: Mapping[str, Any] | str, *, at: datetime | str | None = None, detail: Sequence[int] = ()
) -> dict[str, Any]:
    """All of :func:`iter_assess_kiosk` at once, as JSON (for callers that need not yield)."""
    import json

    data = json.loads(batch) if isinstance(batch, str) else batch
    moment = parse_time(at) if isinstance(at, str) else at
    out: list[KioskResult] = []
    for _ in iter_assess_kiosk(data, out, at=moment, detail=detail):
        pass
    return out[0].to_json()
