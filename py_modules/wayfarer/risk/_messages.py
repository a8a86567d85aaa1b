"""Alert levels and the words of an assessment: message keys with parameters, rendered in English.

Every reason and action is stored as a key plus parameters so the UI can translate it; ``text``
renders the English template here. Keys are stable API: the UI catalogue is keyed by them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final


class AlertLevel(StrEnum):
    """What to do, from nothing to calling an ambulance; members compare by severity."""

    NONE = "none"
    WATCH = "watch"
    SEE_DOCTOR_TODAY = "see_doctor_today"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """0 (none) … 4 (emergency)."""
        return _RANK[self]


_RANK: Final = MappingProxyType({level: index for index, level in enumerate(AlertLevel)})
_LEVEL_VALUE: Final = {level: level.value for level in AlertLevel}


def highest(levels: list[AlertLevel]) -> AlertLevel:
    """The most severe of ``levels`` (NONE when empty)."""
    best = AlertLevel.NONE
    for level in levels:
        if _RANK[level] > _RANK[best]:
            best = level
    return best


Params = dict[str, Any]

TEMPLATES: Final = MappingProxyType(
    {
        # NEWS2 parts
        "news2.resp_rate": "breathing rate {value} per minute: {band}",
        "news2.spo2": "oxygen level {value}%: {band}",
        "news2.on_oxygen": "breathing extra oxygen: adds {points} points",
        "news2.systolic_bp": "upper blood pressure {value} mmHg: {band}",
        "news2.pulse": "pulse {value} per minute: {band}",
        "news2.consciousness": "{state}: needs help now",
        "news2.temperature": "temperature {value} °C: {band}",
        "news2.total": "early warning score (NEWS2) {total}: {risk} risk",
        "news2.partial": "early warning score (NEWS2) is partial: {missing} not measured",
        # qSOFA and shock index
        "qsofa.positive": "{total} of 3 sepsis warning signs (qSOFA): {signs}",
        "shock_index.elevated": "pulse at or above the upper blood pressure (shock index {value}): "
        "the circulation may be struggling",
        # personal baselines and profile context
        "baseline.heart_rate_rise": "resting pulse {value} per minute: {delta} above your usual {baseline}",
        "baseline.temperature_rise": "temperature {value} °C: {delta} °C above your usual {baseline} °C",
        "baseline.fever_older_adult": "temperature {value} °C: a fever for an older adult",
        "baseline.spo2_drop": "oxygen level {value}%: {delta} points below your usual {baseline}%",
        "baseline.spo2_below_target": "oxygen level {value}%: below your target range {low}–{high}%",
        "baseline.spo2_above_target": "oxygen level {value}% on extra oxygen: above target {low}–{high}%",
        "baseline.systolic_drop": "upper blood pressure {value} mmHg: {delta} below your usual {baseline}",
        "baseline.bp_very_high": "blood pressure {systolic}/{diastolic} mmHg: very high",
        "baseline.af_fast": "pulse {value} per minute with atrial fibrillation: above the usual limit of 110",
        "context.rate_limiting": "you take {medicines}: your pulse may stay low even when you are unwell",
        "context.af_pulse": "with atrial fibrillation a finger or wrist sensor can count too few beats",
        "context.spo2_scale2": "oxygen level scored on the NEWS2 chart for a doctor-set target of 88–92%",
        "context.target_unconfirmed": "your target oxygen range is noted, but the 88–92% chart needs a "
        "doctor's confirmation of hypercapnic respiratory failure: scored on the standard chart",
        # input problems
        "input.implausible": "{message}",
        "input.stale": "{name} last measured {hours} hours ago: too old to use; measure again",
        "input.future": "{name} reading is dated {minutes} minutes in the future: check the device clock",
        "input.bp_inverted": "upper blood pressure {systolic} mmHg is not above the lower {diastolic} mmHg: "
        "measure again",
        "input.no_readings": "no recent readings: measure breathing rate, oxygen level, blood pressure, "
        "pulse, alertness and temperature",
        # the deterioration model (optional)
        "model.failed": "the deterioration model could not run ({error}); the rules above still apply",
        "model.above_threshold": "the early warning model sees a higher than usual chance of a serious "
        "infection (sepsis) ({percent}%, alert from {threshold_percent}%): measure again soon",
        # hysteresis and the all-clear
        "hysteresis.held": "still {level} until readings stay better for {minutes} minutes",
        "all_normal": "all measured signs are in the usual range",
        # actions
        "action.emergency": "Call the emergency number {number} now.",
        "action.urgent": "Get medical help now: call a doctor or urgent care; if you cannot reach one "
        "within the hour, call the emergency number {number}.",
        "action.see_doctor_today": "See a doctor today. If you feel worse, call the emergency number "
        "{number}.",
        "action.watch": "Measure again within {hours} hours. If you feel worse, call the emergency number "
        "{number}.",
        "action.none": "Nothing to do now. Keep measuring as usual.",
        "action.fallback_number": " (112 works from most mobile phones.)",
    }
)


def render(key: str, params: Params) -> str:
    """The English text of ``key`` with ``params``."""
    return TEMPLATES[key].format(**params)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the level is what it is: a message key, its parameters, the level it asks for, and
    (for clinical rules) the published source it follows."""

    key: str
    params: Params = field(default_factory=dict, compare=False)
    level: AlertLevel = AlertLevel.NONE
    source: str = ""

    @property
    def text(self) -> str:
        """English rendering."""
        return TEMPLATES[self.key].format(**self.params)

    def to_json(self) -> dict[str, Any]:
        """``{"key", "params", "text", "level", "source"?}``."""
        out: dict[str, Any] = {
            "key": self.key,
            "params": self.params,
            "text": TEMPLATES[self.key].format(**self.params),
            "level": _LEVEL_VALUE[self.level],
        }
        if self.source:
            out["source"] = self.source
        return out


@dataclass(frozen=True, slots=True)
class Action:
    """What to do: a message key with parameters (``number`` is the emergency number)."""

    key: str
    params: Params = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        """English rendering, with the 112 note when the country's own number is unknown."""
        text = TEMPLATES[self.key].format(**self.params)
        if self.params.get("number_known") is False and "{number}" in TEMPLATES[self.key]:
            text += TEMPLATES["action.fallback_number"]
        return text

    def to_json(self) -> dict[str, Any]:
        """``{"key", "params", "text"}``."""
        return {"key": self.key, "params": self.params, "text": self.text}
