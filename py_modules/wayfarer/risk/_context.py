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

from wayfarer.vitals import Parameter, VitalsError, parse_parameter

from ._errors import ProfileError

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
        if sex not in ("female", "male", "other", "unknown"):
            raise ProfileError(f"profile 'sex' must be female, male, other or unknown, not {sex!r}")
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
