"""What the risk rules need to know about a person, read from the profile JSON.

The profile package is never imported: :meth:`RiskContext.from_profile` takes the JSON dict or
any object with ``to_json() -> dict`` (the ``Profile``). A missing key means "unknown"; a key
with a value of the wrong shape raises :class:`ProfileError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from wayfarer._records import fast_constructor
from wayfarer.vitals import Parameter, VitalsError, parse_parameter

from ._errors import ProfileError

# wayfarer.profile writes "intersex"; "other" came from earlier drafts and stays readable.
PROFILE_SEXES: Final = ("female", "male", "intersex", "other", "unknown")
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
    if type(codes) is not dict and not isinstance(codes, Mapping):
        return ()
    value = codes.get(system)
    if value is None:
        return ()
    if type(value) is str or isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


def _entries(profile: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = profile.get(key)
    if value is None:
        return []
    if type(value) is list:
        for entry in value:
            if type(entry) is not dict and not isinstance(entry, Mapping):
                raise ProfileError(f"profile {key!r} must be a list of objects")
        return value
    if not isinstance(value, list) or not all(isinstance(e, Mapping) for e in value):
        raise ProfileError(f"profile {key!r} must be a list of objects")
    return value


_BIRTH_DATES: dict[str, date] = {}
"""Parsed dates of birth (a kiosk batch or a person's repeated checks read the same text)."""


def _age_years(date_of_birth: object, on: date) -> int | None:
    if date_of_birth is None:
        return None
    if not isinstance(date_of_birth, str):
        raise ProfileError(f"profile 'date_of_birth' must be 'YYYY-MM-DD', not {date_of_birth!r}")
    born = _BIRTH_DATES.get(date_of_birth)
    if born is None:
        try:
            born = date.fromisoformat(date_of_birth)
        except ValueError:
            raise ProfileError(
                f"profile 'date_of_birth' must be 'YYYY-MM-DD', not {date_of_birth!r}"
            ) from None
        if type(date_of_birth) is str:
            if len(_BIRTH_DATES) >= 4096:
                _BIRTH_DATES.clear()
            _BIRTH_DATES[date_of_birth] = born
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _target_spo2(value: object) -> tuple[float, float] | None:
    if value is None:
        return None
    if type(value) is not dict and not isinstance(value, Mapping):
        raise ProfileError("profile 'target_spo2_range' must be {'low': %, 'high': %} or null")
    low, high = value.get("low"), value.get("high")
    if not (
        (type(low) is float or type(low) is int) and (type(high) is float or type(high) is int)
    ) and not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high)):
        raise ProfileError("profile 'target_spo2_range' needs numeric 'low' and 'high' percentages")
    assert isinstance(low, int | float) and isinstance(high, int | float)
    if not 50 <= low < high <= 100:
        raise ProfileError(f"profile 'target_spo2_range' {low}–{high} % is not a range within 50–100 %")
    return float(low), float(high)


def _baseline_vitals(value: object) -> dict[Parameter, float]:
    if value is None:
        return {}
    if type(value) is not dict and not isinstance(value, Mapping):
        raise ProfileError("profile 'baseline_vitals' must be an object of parameter: value")
    baselines: dict[Parameter, float] = {}
    for name, number in value.items():
        try:
            parameter = parse_parameter(name)
        except VitalsError as error:
            raise ProfileError(f"profile 'baseline_vitals': {error}") from None
        kind = type(number)
        if kind is float or kind is int:
            baselines[parameter] = float(number)
            continue
        if isinstance(number, bool) or not isinstance(number, int | float):
            continue  # categorical baselines (consciousness) carry no numeric reference
        baselines[parameter] = float(number)
    return baselines


@dataclass(frozen=True, slots=True)
class RiskContext:
    """The profile facts the risk rules use; ``None``/empty means unknown."""

    age_years: int | None = None
    sex: str = "unknown"
    hypercapnic_failure_confirmed: bool = False
    target_spo2: tuple[float, float] | None = None
    """Documented target SpO2 range (low %, high %)."""
    rate_limiting_medicines: tuple[str, ...] = ()
    """Names of medicines that blunt a rise in heart rate (beta-blockers, verapamil, ...)."""
    atrial_fibrillation: bool = False
    country: str | None = None
    """ISO 3166-1 alpha-2 of where the person is now (decides the emergency number)."""
    baseline_vitals: dict[Parameter, float] = field(default_factory=dict)
    """Baselines the person or a clinician recorded, in canonical units."""

    @classmethod
    def from_profile(cls, profile: object, *, on: date | None = None) -> RiskContext:
        """Read a profile JSON dict, or any object with ``to_json()``, or pass a RiskContext through.

        ``on`` is the day the age is counted at (default: today, UTC).
        """
        if isinstance(profile, RiskContext):
            return profile
        if profile is None:
            return cls()
        if type(profile) is not dict and not isinstance(profile, Mapping):
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
        if sex not in PROFILE_SEXES:
            raise ProfileError(f"profile 'sex' must be one of {', '.join(PROFILE_SEXES)}, not {sex!r}")
        confirmed = profile.get("hypercapnic_respiratory_failure_confirmed", False)
        if confirmed is not True and confirmed is not False:
            raise ProfileError("profile 'hypercapnic_respiratory_failure_confirmed' must be true or false")

        atrial_fibrillation = False
        for condition in _entries(profile, "conditions"):
            if AF_SNOMED.intersection(_codes(condition, "snomed")):
                atrial_fibrillation = True
                break
            found = False
            for code in _codes(condition, "icd10"):
                if code.upper().startswith(AF_ICD10_PREFIX):
                    found = True
                    break
            if found:
                atrial_fibrillation = True
                break
        rate_limiting_names: list[str] = []
        for medicine in _entries(profile, "medicines"):
            limits_rate = bool(RATE_LIMITING_FLAGS.intersection(medicine.get("flags") or ()))
            if not limits_rate:
                for code in _codes(medicine, "atc"):
                    if code.upper().startswith(RATE_LIMITING_ATC_PREFIXES):
                        limits_rate = True
                        break
            if limits_rate:
                rate_limiting_names.append(
                    str(
                        medicine.get("text") or medicine.get("concept_id") or "a heart-rate-lowering medicine"
                    )
                )
        rate_limiting = tuple(rate_limiting_names)

        travel = profile.get("travel_plan")
        country = (
            travel.get("current_country")
            if type(travel) is dict or (travel is not None and isinstance(travel, Mapping))
            else None
        )
        if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isalpha()):
            raise ProfileError(
                f"travel_plan 'current_country' must be an ISO 3166-1 alpha-2 code, not {country!r}"
            )

        age_years = _age_years(profile.get("date_of_birth"), on)
        target_spo2 = _target_spo2(profile.get("target_spo2_range"))
        return _new_context(
            age_years,
            sex,
            confirmed,
            target_spo2,
            rate_limiting,
            atrial_fibrillation,
            country.upper() if country else None,
            _baseline_vitals(profile.get("baseline_vitals")),
        )


_new_context: Final = fast_constructor(RiskContext)
