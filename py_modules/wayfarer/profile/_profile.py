"""The health profile: every variable other features read, typed, with units, ranges and checks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any

from .. import terms
from ._errors import Issue, ValidationError
from ._migrations import SCHEMA_VERSION, migrate
from ._reader import Reader
from ._records import (
    AdvanceDirectives,
    Allergy,
    BloodType,
    Cognition,
    Condition,
    Contact,
    Device,
    Diet,
    Hearing,
    Insurance,
    Intolerance,
    Medicine,
    Mobility,
    Practitioner,
    Pregnancy,
    Proxy,
    RecentEvent,
    Sex,
    Smoking,
    TextSize,
    TravelPlan,
    Unmatched,
    Vaccination,
    Vision,
)

POUNDS_PER_KG = 2.20462
#: Usual resting values a person may record as their own baseline: (low, high, unit).
BASELINE_RANGES: dict[str, tuple[float, float, str]] = {
    "heart_rate": (30, 150, "/min"),
    "pulse_rate": (30, 150, "/min"),
    "hrv_rmssd": (1, 300, "ms"),
    "spo2": (70, 100, "%"),
    "perfusion_index": (0.02, 20, "%"),
    "systolic_bp": (70, 230, "mmHg"),
    "diastolic_bp": (35, 140, "mmHg"),
    "mean_arterial_pressure": (50, 170, "mmHg"),
    "temperature": (34.0, 38.5, "°C"),
    "blood_glucose": (2.5, 30.0, "mmol/L"),
    "resp_rate": (6, 35, "/min"),
}
MGDL_PER_MMOLL_GLUCOSE = 18.016


def _utc_today() -> date:
    return datetime.now(UTC).date()


@dataclass(frozen=True, slots=True)
class Profile:
    """A person's health profile (schema version 3). Units are in the field names."""

    # identity
    given_name: str
    family_name: str
    date_of_birth: date
    sex: Sex
    preferred_name: str | None = None
    gender_identity: str | None = None
    height_cm: float | None = None
    weight_kg: float | None = None
    blood_type: BloodType | None = None
    languages_spoken: tuple[str, ...] = ()  # BCP 47 tags
    home_country: str | None = None  # ISO 3166-1 alpha-2
    nationality: str | None = None  # ISO 3166-1 alpha-2
    phone: str | None = None
    # health
    conditions: tuple[Condition, ...] = ()
    medicines: tuple[Medicine, ...] = ()
    allergies: tuple[Allergy, ...] = ()
    intolerances: tuple[Intolerance, ...] = ()
    devices: tuple[Device, ...] = ()
    baseline_vitals: dict[str, float] = field(default_factory=dict)  # units in BASELINE_RANGES
    target_spo2_range: tuple[float, float] | None = None  # percent, set by a clinician
    hypercapnic_respiratory_failure_confirmed: bool = False
    hypercapnic_confirmed_by: str | None = None  # the clinician who confirmed it
    hypercapnic_confirmed_on: date | None = None
    home_oxygen_l_min: float | None = None
    egfr_ml_min: float | None = None  # kidney function, mL/min/1.73 m²
    pregnancy: Pregnancy | None = None
    smoking: Smoking | None = None
    alcohol_units_per_week: float | None = None
    vaccinations: tuple[Vaccination, ...] = ()
    recent_surgery: RecentEvent | None = None
    recent_hospital_stay: RecentEvent | None = None
    # function and needs
    mobility: Mobility | None = None
    cognition: Cognition | None = None
    hearing: Hearing | None = None
    vision: Vision | None = None
    communication_needs: tuple[str, ...] = ()
    diet: tuple[Diet, ...] = ()
    religious_care_preferences: str | None = None
    # people and papers
    advance_directives: AdvanceDirectives = field(default_factory=AdvanceDirectives)
    emergency_contacts: tuple[Contact, ...] = ()
    proxy: Proxy | None = None
    insurance: Insurance | None = None
    ehic_number: str | None = None
    home_doctor: Practitioner | None = None
    pharmacy: Practitioner | None = None
    travel_plan: TravelPlan = field(default_factory=TravelPlan)
    # the app
    preferred_language: str = "en"
    text_size: TextSize = TextSize.NORMAL
    unmatched: tuple[Unmatched, ...] = ()  # old free text waiting for the person to pick a concept
    confirmed: frozenset[str] = frozenset()  # fields whose unusual value the person confirmed
    updated_at: datetime | None = None

    # --- reading and writing -------------------------------------------------------------------------

    @classmethod
    def from_json(cls, data: str | dict[str, Any], *, today: date | None = None) -> Profile:
        """Read a stored profile of any schema version (migrated to the current one).

        Raises ``ValidationError`` naming the first bad field (``.issues`` lists them all), or
        ``MigrationError`` for an unknown schema version.
        """
        profile, issues = _read(data, today or _utc_today())
        errors = [issue for issue in issues if issue.kind == "error"]
        if profile is None or errors:
            first = errors[0]
            raise ValidationError(
                first.field, first.message, suggestion=first.suggestion, issues=tuple(errors)
            )
        return profile

    def to_json(self, *, coded: bool = True) -> dict[str, Any]:
        """The profile as JSON (schema version 3). ``coded`` adds each concept's codes, English text and
        flags from ``wayfarer.terms``, so that readers (risk) need no vocabulary."""
        low_high = self.target_spo2_range
        return {
            "schema_version": SCHEMA_VERSION,
            "updated_at": None
            if self.updated_at is None
            else self.updated_at.isoformat().replace("+00:00", "Z"),
            "given_name": self.given_name,
            "family_name": self.family_name,
            "preferred_name": self.preferred_name,
            "date_of_birth": self.date_of_birth.isoformat(),
            "sex": self.sex.value,
            "gender_identity": self.gender_identity,
            "height_cm": self.height_cm,
            "weight_kg": self.weight_kg,
            "blood_type": _value(self.blood_type),
            "languages_spoken": list(self.languages_spoken),
            "home_country": self.home_country,
            "nationality": self.nationality,
            "phone": self.phone,
            "conditions": [item.to_json(coded) for item in self.conditions],
            "medicines": [item.to_json(coded) for item in self.medicines],
            "allergies": [item.to_json(coded) for item in self.allergies],
            "intolerances": [item.to_json(coded) for item in self.intolerances],
            "devices": [item.to_json(coded) for item in self.devices],
            "baseline_vitals": dict(self.baseline_vitals),
            "target_spo2_range": None if low_high is None else {"low": low_high[0], "high": low_high[1]},
            "hypercapnic_respiratory_failure_confirmed": self.hypercapnic_respiratory_failure_confirmed,
            "hypercapnic_confirmed_by": self.hypercapnic_confirmed_by,
            "hypercapnic_confirmed_on": _iso(self.hypercapnic_confirmed_on),
            "home_oxygen_l_min": self.home_oxygen_l_min,
            "egfr_ml_min": self.egfr_ml_min,
            "pregnancy": _value(self.pregnancy),
            "smoking": _value(self.smoking),
            "alcohol_units_per_week": self.alcohol_units_per_week,
            "vaccinations": [item.to_json() for item in self.vaccinations],
            "recent_surgery": None if self.recent_surgery is None else self.recent_surgery.to_json(),
            "recent_hospital_stay": None
            if self.recent_hospital_stay is None
            else self.recent_hospital_stay.to_json(),
            "mobility": _value(self.mobility),
            "cognition": _value(self.cognition),
            "hearing": _value(self.hearing),
            "vision": _value(self.vision),
            "communication_needs": list(self.communication_needs),
            "diet": [item.value for item in self.diet],
            "religious_care_preferences": self.religious_care_preferences,
            "advance_directives": self.advance_directives.to_json(),
            "emergency_contacts": [item.to_json() for item in self.emergency_contacts],
            "proxy": None if self.proxy is None else self.proxy.to_json(),
            "insurance": None if self.insurance is None else self.insurance.to_json(),
            "ehic_number": self.ehic_number,
            "home_doctor": None if self.home_doctor is None else self.home_doctor.to_json(),
            "pharmacy": None if self.pharmacy is None else self.pharmacy.to_json(),
            "travel_plan": self.travel_plan.to_json(),
            "preferred_language": self.preferred_language,
            "text_size": self.text_size.value,
            "unmatched": [item.to_json() for item in self.unmatched],
            "confirmed": sorted(self.confirmed),
        }

    def validate(self, *, today: date | None = None) -> list[Issue]:
        """Every problem with this profile: errors, and unusual values for the person to confirm."""
        return check(self.to_json(coded=False), today=today)

    def age_years(self, on: date | None = None) -> int:
        """Age in whole years on a day (default: today, UTC)."""
        on = on or _utc_today()
        born = self.date_of_birth
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

    @classmethod
    def example(cls) -> Profile:
        """A realistic example senior (see ``_example.py``)."""
        from ._example import EXAMPLE

        return cls.from_json(EXAMPLE)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """The profile's top-level variables."""
        return tuple(item.name for item in fields(cls))


def check(data: str | dict[str, Any], *, today: date | None = None) -> list[Issue]:
    """Every problem with a stored or edited profile, without raising: for the editor.

    ``kind="error"`` issues block saving; ``kind="confirm"`` ones ask the person to accept the
    suggested conversion or confirm the value (add the field to ``confirmed``).
    """
    _, issues = _read(data, today or _utc_today())
    return issues


def _value(item: Any) -> Any:
    return None if item is None else item.value


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# --- reading ---------------------------------------------------------------------------------------------


def _read(data: str | dict[str, Any], today: date) -> tuple[Profile | None, list[Issue]]:
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as error:
            return None, [Issue("profile", "error", f"not valid JSON ({error.msg})")]
    if not isinstance(data, dict):
        return None, [Issue("profile", "error", "a profile must be a JSON object")]
    data = migrate(data)
    confirmed_raw = data.get("confirmed") or []
    confirmed = frozenset(item for item in confirmed_raw if isinstance(item, str))
    r = Reader(today, confirmed)
    values = _read_fields(r, data)
    if any(issue.kind == "error" for issue in r.issues):
        return None, r.issues
    profile = Profile(**values, confirmed=confirmed)
    _cross_check(r, profile)
    return profile, r.issues


def _read_fields(r: Reader, d: dict[str, Any]) -> dict[str, Any]:
    v: dict[str, Any] = {}
    v["given_name"] = r.text(d.get("given_name"), "given_name", required=True)
    v["family_name"] = r.text(d.get("family_name"), "family_name", required=True)
    v["preferred_name"] = r.text(d.get("preferred_name"), "preferred_name")
    v["date_of_birth"] = _date_of_birth(r, d.get("date_of_birth"))
    v["sex"] = r.choice(d.get("sex"), "sex", Sex, required=True)
    v["gender_identity"] = r.text(d.get("gender_identity"), "gender_identity", max_length=80)
    v["height_cm"] = _height(r, d.get("height_cm"))
    v["weight_kg"] = _weight(r, d.get("weight_kg"))
    v["blood_type"] = r.choice(d.get("blood_type"), "blood_type", BloodType)
    v["languages_spoken"] = r.items(d.get("languages_spoken"), "languages_spoken", r.language_tag)
    v["home_country"] = r.country(d.get("home_country"), "home_country")
    v["nationality"] = r.country(d.get("nationality"), "nationality")
    v["phone"] = r.phone(d.get("phone"), "phone")
    v["conditions"] = r.items(d.get("conditions"), "conditions", lambda x, f: Condition.read(r, x, f))
    v["medicines"] = r.items(d.get("medicines"), "medicines", lambda x, f: Medicine.read(r, x, f))
    v["allergies"] = r.items(d.get("allergies"), "allergies", lambda x, f: Allergy.read(r, x, f))
    v["intolerances"] = r.items(d.get("intolerances"), "intolerances", lambda x, f: Intolerance.read(r, x, f))
    v["devices"] = r.items(d.get("devices"), "devices", lambda x, f: Device.read(r, x, f))
    v["baseline_vitals"] = _baselines(r, d.get("baseline_vitals"))
    v["target_spo2_range"] = _spo2_range(r, d.get("target_spo2_range"))
    hypercapnic = r.boolean(
        d.get("hypercapnic_respiratory_failure_confirmed"),
        "hypercapnic_respiratory_failure_confirmed",
        default=False,
    )
    v["hypercapnic_respiratory_failure_confirmed"] = bool(hypercapnic)
    v["hypercapnic_confirmed_by"] = r.text(d.get("hypercapnic_confirmed_by"), "hypercapnic_confirmed_by")
    v["hypercapnic_confirmed_on"] = r.date(d.get("hypercapnic_confirmed_on"), "hypercapnic_confirmed_on")
    if hypercapnic and v["hypercapnic_confirmed_by"] is None:
        r.error(
            "hypercapnic_confirmed_by", "name the clinician who confirmed hypercapnic respiratory failure"
        )
    v["home_oxygen_l_min"] = r.number(d.get("home_oxygen_l_min"), "home_oxygen_l_min", 0.1, 15, "L/min")
    v["egfr_ml_min"] = r.number(d.get("egfr_ml_min"), "egfr_ml_min", 1, 200, "mL/min/1.73 m²")
    v["pregnancy"] = r.choice(d.get("pregnancy"), "pregnancy", Pregnancy)
    v["smoking"] = r.choice(d.get("smoking"), "smoking", Smoking)
    v["alcohol_units_per_week"] = r.number(
        d.get("alcohol_units_per_week"), "alcohol_units_per_week", 0, 200, "units/week"
    )
    v["vaccinations"] = r.items(d.get("vaccinations"), "vaccinations", lambda x, f: Vaccination.read(r, x, f))
    v["recent_surgery"] = RecentEvent.read(r, d.get("recent_surgery"), "recent_surgery")
    v["recent_hospital_stay"] = RecentEvent.read(r, d.get("recent_hospital_stay"), "recent_hospital_stay")
    v["mobility"] = r.choice(d.get("mobility"), "mobility", Mobility)
    v["cognition"] = r.choice(d.get("cognition"), "cognition", Cognition)
    v["hearing"] = r.choice(d.get("hearing"), "hearing", Hearing)
    v["vision"] = r.choice(d.get("vision"), "vision", Vision)
    v["communication_needs"] = r.items(d.get("communication_needs"), "communication_needs", r.text)
    v["diet"] = tuple(dict.fromkeys(r.items(d.get("diet"), "diet", lambda x, f: r.choice(x, f, Diet))))
    v["religious_care_preferences"] = r.text(
        d.get("religious_care_preferences"), "religious_care_preferences", max_length=500
    )
    v["advance_directives"] = AdvanceDirectives.read(r, d.get("advance_directives"), "advance_directives")
    v["emergency_contacts"] = r.items(
        d.get("emergency_contacts"), "emergency_contacts", lambda x, f: Contact.read(r, x, f)
    )
    v["proxy"] = Proxy.read(r, d.get("proxy"), "proxy")
    v["insurance"] = Insurance.read(r, d.get("insurance"), "insurance")
    v["ehic_number"] = _ehic(r, d.get("ehic_number"))
    v["home_doctor"] = Practitioner.read(r, d.get("home_doctor"), "home_doctor")
    v["pharmacy"] = Practitioner.read(r, d.get("pharmacy"), "pharmacy")
    v["travel_plan"] = TravelPlan.read(r, d.get("travel_plan"), "travel_plan")
    v["preferred_language"] = _ui_language(r, d.get("preferred_language"))
    v["text_size"] = r.choice(d.get("text_size", "normal"), "text_size", TextSize) or TextSize.NORMAL
    v["unmatched"] = r.items(d.get("unmatched"), "unmatched", lambda x, f: Unmatched.read(r, x, f))
    v["updated_at"] = r.timestamp(d.get("updated_at"), "updated_at")
    return v


def _date_of_birth(r: Reader, raw: Any) -> date | None:
    born = r.date(raw, "date_of_birth", required=True)
    if born is not None and r.today.year - born.year > 120:
        r.error("date_of_birth", f"{born.isoformat()} would make the person older than 120 years")
        return None
    return born


def _height(r: Reader, raw: Any) -> float | None:
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 0.5 <= raw <= 2.5:
        r.error(
            "height_cm",
            f"{raw:g} looks like metres, not centimetres: did you mean {raw * 100:g} cm?",
            raw * 100,
        )
        return None
    return r.number(raw, "height_cm", 50, 250, "cm")


def _weight(r: Reader, raw: Any) -> float | None:
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 300 < raw <= 660:
        kilograms = round(raw / POUNDS_PER_KG, 1)
        r.error(
            "weight_kg",
            f"{raw:g} kg is not plausible: if it is {raw:g} lb, that is {kilograms:g} kg",
            kilograms,
        )
        return None
    return r.number(raw, "weight_kg", 20, 300, "kg")


def _baselines(r: Reader, raw: Any) -> dict[str, float]:
    data = r.mapping(raw, "baseline_vitals") or {}
    values: dict[str, float] = {}
    for name, value in data.items():
        where = f"baseline_vitals.{name}"
        limits = BASELINE_RANGES.get(name)
        if limits is None:
            r.error(where, f"unknown parameter: use one of {', '.join(BASELINE_RANGES)}")
            continue
        low, high, unit = limits
        if isinstance(value, int | float) and not isinstance(value, bool):
            suggestion = _unit_slip(name, float(value))
            if suggestion is not None:
                r.error(where, suggestion[0], suggestion[1])
                continue
        number = r.number(value, where, low, high, unit)
        if number is not None:
            values[name] = number
    return values


def _unit_slip(name: str, value: float) -> tuple[str, float] | None:
    """A value that is out of range in our unit but in range in a unit people commonly use instead."""
    if name == "temperature" and 93 <= value <= 108:
        celsius = round((value - 32) * 5 / 9, 1)
        return f"{value:g} looks like °F: in °C that is {celsius:g}", celsius
    if name == "blood_glucose" and 45 <= value <= 600:
        mmol = round(value / MGDL_PER_MMOLL_GLUCOSE, 1)
        return f"{value:g} looks like mg/dL: in mmol/L that is {mmol:g}", mmol
    if name == "spo2" and 0.7 <= value <= 1.0:
        return f"{value:g} looks like a fraction: as a percentage that is {value * 100:g}", value * 100
    return None


def _spo2_range(r: Reader, raw: Any) -> tuple[float, float] | None:
    data = r.mapping(raw, "target_spo2_range")
    if data is None:
        return None
    low = r.number(data.get("low"), "target_spo2_range.low", 80, 100, "%", required=True)
    high = r.number(data.get("high"), "target_spo2_range.high", 80, 100, "%", required=True)
    if low is None or high is None:
        return None
    if low >= high:
        r.error("target_spo2_range", f"low {low:g}% must be below high {high:g}%")
        return None
    return (low, high)


def _ehic(r: Reader, raw: Any) -> str | None:
    value = r.text(raw, "ehic_number", max_length=30)
    if value is None:
        return None
    compact = value.replace(" ", "")
    if not compact.isalnum() or not 5 <= len(compact) <= 25:
        r.error("ehic_number", "the card number is 5 to 25 letters and digits (field 8 of the card)")
        return None
    return compact


def _ui_language(r: Reader, raw: Any) -> str:
    tag = r.language_tag(raw, "preferred_language")
    if tag is None:
        return "en"
    try:
        return terms.base_language(tag)
    except terms.UnsupportedLanguageError:
        r.error("preferred_language", f"{tag!r} is not one of the app's languages")
        return "en"


def _cross_check(r: Reader, p: Profile) -> None:
    """Checks across fields; unusual but possible values ask for confirmation."""
    if p.height_cm is not None and p.weight_kg is not None:
        bmi = p.weight_kg / (p.height_cm / 100) ** 2
        as_pounds = p.weight_kg / POUNDS_PER_KG
        if bmi > 55 and 15 <= as_pounds / (p.height_cm / 100) ** 2 <= 45:
            r.add(
                "weight_kg",
                "confirm",
                f"{p.weight_kg:g} kg at {p.height_cm:g} cm is very heavy: was it {p.weight_kg:g} lb "
                f"({as_pounds:.1f} kg)?",
                round(as_pounds, 1),
            )
        elif bmi < 13:
            r.add(
                "weight_kg",
                "confirm",
                f"{p.weight_kg:g} kg at {p.height_cm:g} cm is very light: please check",
            )
    if p.sex is Sex.MALE and p.pregnancy is Pregnancy.PREGNANT:
        r.error("pregnancy", "recorded as pregnant while sex is male: please check both")
    vitals = p.baseline_vitals
    if (
        "systolic_bp" in vitals
        and "diastolic_bp" in vitals
        and vitals["diastolic_bp"] >= vitals["systolic_bp"]
    ):
        r.error("baseline_vitals.diastolic_bp", "diastolic pressure must be below systolic pressure")
    if p.hypercapnic_respiratory_failure_confirmed and p.target_spo2_range is None:
        r.add(
            "target_spo2_range",
            "confirm",
            "hypercapnic respiratory failure is confirmed: ask the clinician for the target SpO2 range "
            "(usually 88–92%)",
        )
    seen: set[str] = set()
    for position, medicine in enumerate(p.medicines):
        if medicine.concept_id in seen:
            r.add(f"medicines[{position}].concept_id", "confirm", f"{medicine.concept_id} is listed twice")
        seen.add(medicine.concept_id)
    for position, item in enumerate(p.unmatched):
        r.add(f"unmatched[{position}]", "confirm", f"pick the {item.field} entry that matches {item.text!r}")
