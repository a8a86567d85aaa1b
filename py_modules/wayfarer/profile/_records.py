"""The typed parts of a profile: enumerations and small records, each read from and written to JSON."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .. import terms
from ._reader import Reader

_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    UNKNOWN = "unknown"


class BloodType(StrEnum):
    A_POS = "A+"
    A_NEG = "A-"
    B_POS = "B+"
    B_NEG = "B-"
    AB_POS = "AB+"
    AB_NEG = "AB-"
    O_POS = "O+"
    O_NEG = "O-"


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    ANAPHYLAXIS = "anaphylaxis"


class DoseUnit(StrEnum):
    MG = "mg"
    G = "g"
    MICROGRAM = "mcg"
    ML = "mL"
    IU = "IU"
    UNIT = "unit"
    PUFF = "puff"
    DROP = "drop"
    TABLET = "tablet"
    CAPSULE = "capsule"
    PATCH = "patch"
    L_PER_MIN = "L/min"


class Route(StrEnum):
    ORAL = "oral"
    SUBLINGUAL = "sublingual"
    INHALED = "inhaled"
    SUBCUTANEOUS = "subcutaneous"
    INTRAMUSCULAR = "intramuscular"
    INTRAVENOUS = "intravenous"
    TRANSDERMAL = "transdermal"
    TOPICAL = "topical"
    RECTAL = "rectal"
    NASAL = "nasal"
    EYE = "eye"
    EAR = "ear"


class Mobility(StrEnum):
    INDEPENDENT = "independent"
    WALKING_AID = "walking_aid"
    WHEELCHAIR = "wheelchair"
    BEDBOUND = "bedbound"


class Cognition(StrEnum):
    NORMAL = "normal"
    MILD_IMPAIRMENT = "mild_impairment"
    DEMENTIA = "dementia"


class Hearing(StrEnum):
    NORMAL = "normal"
    IMPAIRED = "impaired"
    HEARING_AID = "hearing_aid"
    COCHLEAR_IMPLANT = "cochlear_implant"
    DEAF = "deaf"


class Vision(StrEnum):
    NORMAL = "normal"
    GLASSES = "glasses"
    IMPAIRED = "impaired"
    BLIND = "blind"


class Pregnancy(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    NOT_PREGNANT = "not_pregnant"
    PREGNANT = "pregnant"
    UNKNOWN = "unknown"


class Smoking(StrEnum):
    NEVER = "never"
    FORMER = "former"
    CURRENT = "current"


class Diet(StrEnum):
    DIABETIC = "diabetic"
    LOW_SALT = "low_salt"
    LOW_POTASSIUM = "low_potassium"
    VEGETARIAN = "vegetarian"
    VEGAN = "vegan"
    HALAL = "halal"
    KOSHER = "kosher"
    GLUTEN_FREE = "gluten_free"
    LACTOSE_FREE = "lactose_free"
    SOFT_FOOD = "soft_food"
    THICKENED_FLUIDS = "thickened_fluids"


class TextSize(StrEnum):
    NORMAL = "normal"
    LARGE = "large"
    EXTRA_LARGE = "extra_large"


class ProxyScope(StrEnum):
    MEDICAL_DECISIONS = "medical_decisions"
    VIEW_RECORDS = "view_records"
    RECEIVE_ALERTS = "receive_alerts"
    SPEAK_TO_DOCTORS = "speak_to_doctors"


def _concept_json(concept_id: str, coded: bool, *, flags: bool = False) -> dict[str, Any]:
    """The concept reference; ``coded`` adds its codes, English text (and flags) from ``wayfarer.terms``."""
    if not coded:
        return {"concept_id": concept_id}
    concept = terms.concept(concept_id)
    data: dict[str, Any] = {"concept_id": concept_id, "codes": concept.codes, "text": concept.english}
    if flags:
        data["flags"] = list(concept.flags)
    return data


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True, slots=True)
class Condition:
    """A diagnosis: ``onset`` may be a year, year-month or full date."""

    concept_id: str
    onset: str | None = None
    notes: str | None = None

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Condition | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        concept_id = reader.concept(data.get("concept_id"), f"{field}.concept_id", ("condition",))
        onset = reader.partial_date(data.get("onset"), f"{field}.onset")
        notes = reader.text(data.get("notes"), f"{field}.notes", max_length=500)
        return None if concept_id is None else cls(concept_id, onset, notes)

    def to_json(self, coded: bool = True) -> dict[str, Any]:
        return {**_concept_json(self.concept_id, coded), "onset": self.onset, "notes": self.notes}


@dataclass(frozen=True, slots=True)
class Dose:
    amount: float
    unit: DoseUnit

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Dose | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        amount = reader.number(data.get("amount"), f"{field}.amount", 0.001, 100_000, "", required=True)
        unit = reader.choice(data.get("unit"), f"{field}.unit", DoseUnit, required=True)
        if amount is None or unit is None:
            return None
        return cls(amount, unit)

    def to_json(self) -> dict[str, Any]:
        return {"amount": self.amount, "unit": self.unit.value}


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a medicine is taken: fixed local clock ``times`` ("08:00"), and/or ``as_needed``."""

    times: tuple[str, ...] = ()
    as_needed: bool = False
    every_days: int = 1  # 1 = daily, 7 = weekly
    instructions: str | None = None

    @property
    def times_per_day(self) -> int:
        return len(self.times)

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Schedule | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        times = reader.items(
            data.get("times"), f"{field}.times", lambda item, where: _time(reader, item, where)
        )
        as_needed = reader.boolean(data.get("as_needed"), f"{field}.as_needed", default=False)
        every = reader.number(data.get("every_days", 1), f"{field}.every_days", 1, 365, "days")
        instructions = reader.text(data.get("instructions"), f"{field}.instructions")
        if not times and not as_needed:
            reader.error(f"{field}.times", "give the times of day, or mark the medicine as taken when needed")
        if every is not None and every != int(every):
            reader.error(f"{field}.every_days", "must be a whole number of days")
            every = None
        return cls(tuple(sorted(set(times))), bool(as_needed), int(every or 1), instructions)

    def to_json(self) -> dict[str, Any]:
        return {
            "times": list(self.times),
            "times_per_day": self.times_per_day,
            "as_needed": self.as_needed,
            "every_days": self.every_days,
            "instructions": self.instructions,
        }


def _time(reader: Reader, raw: Any, field: str) -> str | None:
    if not isinstance(raw, str) or not _TIME.fullmatch(raw):
        reader.error(field, f"{raw!r} is not a time of day HH:MM (24 h)")
        return None
    return raw


@dataclass(frozen=True, slots=True)
class Medicine:
    concept_id: str
    dose: Dose | None = None
    route: Route | None = None
    schedule: Schedule | None = None
    start_date: date | None = None
    prescriber: str | None = None

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Medicine | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        concept_id = reader.concept(data.get("concept_id"), f"{field}.concept_id", ("medicine",))
        dose = Dose.read(reader, data.get("dose"), f"{field}.dose")
        route = reader.choice(data.get("route"), f"{field}.route", Route)
        schedule = Schedule.read(reader, data.get("schedule"), f"{field}.schedule")
        start = reader.date(data.get("start_date"), f"{field}.start_date")
        prescriber = reader.text(data.get("prescriber"), f"{field}.prescriber")
        if concept_id is None:
            return None
        return cls(concept_id, dose, route, schedule, start, prescriber)

    def to_json(self, coded: bool = True) -> dict[str, Any]:
        return {
            **_concept_json(self.concept_id, coded, flags=True),
            "dose": None if self.dose is None else self.dose.to_json(),
            "route": None if self.route is None else self.route.value,
            "schedule": None if self.schedule is None else self.schedule.to_json(),
            "start_date": _iso(self.start_date),
            "prescriber": self.prescriber,
        }


_REACTION_SOURCES = ("allergen", "medicine")


@dataclass(frozen=True, slots=True)
class Allergy:
    """An allergy to an allergen or a medicine; ``verified`` = confirmed by a test or a clinician."""

    concept_id: str
    reaction: str | None = None
    severity: Severity | None = None
    verified: bool = False

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Allergy | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        concept_id = reader.concept(data.get("concept_id"), f"{field}.concept_id", _REACTION_SOURCES)
        reaction = reader.text(data.get("reaction"), f"{field}.reaction")
        severity = reader.choice(data.get("severity"), f"{field}.severity", Severity)
        verified = reader.boolean(data.get("verified"), f"{field}.verified", default=False)
        if concept_id is None:
            return None
        return cls(concept_id, reaction, severity, bool(verified))

    def to_json(self, coded: bool = True) -> dict[str, Any]:
        return {
            **_concept_json(self.concept_id, coded, flags=True),
            "reaction": self.reaction,
            "severity": None if self.severity is None else self.severity.value,
            "verified": self.verified,
        }


@dataclass(frozen=True, slots=True)
class Intolerance:
    """A non-allergic intolerance (lactose, a medicine's side effect)."""

    concept_id: str
    reaction: str | None = None

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Intolerance | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        concept_id = reader.concept(data.get("concept_id"), f"{field}.concept_id", _REACTION_SOURCES)
        reaction = reader.text(data.get("reaction"), f"{field}.reaction")
        return None if concept_id is None else cls(concept_id, reaction)

    def to_json(self, coded: bool = True) -> dict[str, Any]:
        return {**_concept_json(self.concept_id, coded), "reaction": self.reaction}


@dataclass(frozen=True, slots=True)
class Device:
    concept_id: str
    implanted_on: date | None = None
    model: str | None = None
    mri_conditional: bool | None = None  # None: not known; ask the cardiologist before any MRI

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Device | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        concept_id = reader.concept(data.get("concept_id"), f"{field}.concept_id", ("device",))
        implanted = reader.date(data.get("implanted_on"), f"{field}.implanted_on")
        model = reader.text(data.get("model"), f"{field}.model")
        mri = reader.boolean(data.get("mri_conditional"), f"{field}.mri_conditional")
        return None if concept_id is None else cls(concept_id, implanted, model, mri)

    def to_json(self, coded: bool = True) -> dict[str, Any]:
        return {
            **_concept_json(self.concept_id, coded, flags=True),
            "implanted_on": _iso(self.implanted_on),
            "model": self.model,
            "mri_conditional": self.mri_conditional,
        }


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    phone: str
    relationship: str | None = None
    languages: tuple[str, ...] = ()

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Contact | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        name = reader.text(data.get("name"), f"{field}.name", required=True)
        phone = reader.phone(data.get("phone"), f"{field}.phone", required=True)
        relationship = reader.text(data.get("relationship"), f"{field}.relationship")
        languages = reader.items(data.get("languages"), f"{field}.languages", reader.language_tag)
        if name is None or phone is None:
            return None
        return cls(name, phone, relationship, languages)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "phone": self.phone,
            "relationship": self.relationship,
            "languages": list(self.languages),
        }


@dataclass(frozen=True, slots=True)
class Proxy:
    """Who may act for me, and for what."""

    name: str
    phone: str
    relationship: str | None = None
    scope: tuple[ProxyScope, ...] = ()
    document_location: str | None = None  # where the power of attorney is kept

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Proxy | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        name = reader.text(data.get("name"), f"{field}.name", required=True)
        phone = reader.phone(data.get("phone"), f"{field}.phone", required=True)
        relationship = reader.text(data.get("relationship"), f"{field}.relationship")
        scope = reader.items(
            data.get("scope"), f"{field}.scope", lambda item, where: reader.choice(item, where, ProxyScope)
        )
        document = reader.text(data.get("document_location"), f"{field}.document_location")
        if not scope and name is not None:
            reader.error(f"{field}.scope", "say what the proxy may do (e.g. receive_alerts)")
        if name is None or phone is None:
            return None
        return cls(name, phone, relationship, tuple(dict.fromkeys(scope)), document)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "phone": self.phone,
            "relationship": self.relationship,
            "scope": [item.value for item in self.scope],
            "document_location": self.document_location,
        }


@dataclass(frozen=True, slots=True)
class Insurance:
    provider: str
    policy_number: str | None = None
    phone: str | None = None
    country: str | None = None

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Insurance | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        provider = reader.text(data.get("provider"), f"{field}.provider", required=True)
        policy = reader.text(data.get("policy_number"), f"{field}.policy_number", max_length=40)
        phone = reader.phone(data.get("phone"), f"{field}.phone")
        country = reader.country(data.get("country"), f"{field}.country")
        return None if provider is None else cls(provider, policy, phone, country)

    def to_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "policy_number": self.policy_number,
            "phone": self.phone,
            "country": self.country,
        }


@dataclass(frozen=True, slots=True)
class Practitioner:
    """A home doctor or pharmacy."""

    name: str
    phone: str | None = None
    address: str | None = None
    country: str | None = None

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Practitioner | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        name = reader.text(data.get("name"), f"{field}.name", required=True)
        phone = reader.phone(data.get("phone"), f"{field}.phone")
        address = reader.text(data.get("address"), f"{field}.address", max_length=300)
        country = reader.country(data.get("country"), f"{field}.country")
        return None if name is None else cls(name, phone, address, country)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "phone": self.phone, "address": self.address, "country": self.country}


@dataclass(frozen=True, slots=True)
class AdvanceDirectives:
    do_not_resuscitate: bool | None = None
    organ_donor: bool | None = None
    document_location: str | None = None

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> AdvanceDirectives:
        data = reader.mapping(raw, field) or {}
        return cls(
            reader.boolean(data.get("do_not_resuscitate"), f"{field}.do_not_resuscitate"),
            reader.boolean(data.get("organ_donor"), f"{field}.organ_donor"),
            reader.text(data.get("document_location"), f"{field}.document_location"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "do_not_resuscitate": self.do_not_resuscitate,
            "organ_donor": self.organ_donor,
            "document_location": self.document_location,
        }


@dataclass(frozen=True, slots=True)
class Destination:
    country: str
    arrive: date
    leave: date | None = None
    place: str | None = None

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Destination | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        country = reader.country(data.get("country"), f"{field}.country", required=True)
        arrive = reader.date(data.get("arrive"), f"{field}.arrive", required=True, future_ok=True)
        leave = reader.date(data.get("leave"), f"{field}.leave", future_ok=True)
        place = reader.text(data.get("place"), f"{field}.place")
        if arrive is not None and leave is not None and leave < arrive:
            reader.error(f"{field}.leave", f"leaving on {leave} is before arriving on {arrive}")
            return None
        if country is None or arrive is None:
            return None
        return cls(country, arrive, leave, place)

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "arrive": self.arrive.isoformat(),
            "leave": _iso(self.leave),
            "place": self.place,
        }


@dataclass(frozen=True, slots=True)
class TravelPlan:
    current_country: str | None = None
    destinations: tuple[Destination, ...] = ()

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> TravelPlan:
        data = reader.mapping(raw, field) or {}
        current = reader.country(data.get("current_country"), f"{field}.current_country")
        destinations = reader.items(
            data.get("destinations"),
            f"{field}.destinations",
            lambda item, where: Destination.read(reader, item, where),
        )
        return cls(current, tuple(sorted(destinations, key=lambda stop: stop.arrive)))

    def to_json(self) -> dict[str, Any]:
        return {
            "current_country": self.current_country,
            "destinations": [stop.to_json() for stop in self.destinations],
        }


@dataclass(frozen=True, slots=True)
class Vaccination:
    name: str
    on: str  # year, year-month or date

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Vaccination | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        name = reader.text(data.get("name"), f"{field}.name", required=True)
        when = reader.partial_date(data.get("on"), f"{field}.on")
        if when is None and data.get("on") is None:
            reader.error(f"{field}.on", "is required (YYYY, YYYY-MM or YYYY-MM-DD)")
        return None if name is None or when is None else cls(name, when)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "on": self.on}


@dataclass(frozen=True, slots=True)
class RecentEvent:
    """A recent operation or hospital stay."""

    description: str
    on: date

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> RecentEvent | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        description = reader.text(data.get("description"), f"{field}.description", required=True)
        when = reader.date(data.get("on"), f"{field}.on", required=True)
        return None if description is None or when is None else cls(description, when)

    def to_json(self) -> dict[str, Any]:
        return {"description": self.description, "on": self.on.isoformat()}


@dataclass(frozen=True, slots=True)
class Unmatched:
    """Free text from an older profile that no concept matched exactly: the person picks one."""

    field: str
    text: str

    @classmethod
    def read(cls, reader: Reader, raw: Any, field: str) -> Unmatched | None:
        data = reader.mapping(raw, field)
        if data is None:
            return None
        target = reader.text(data.get("field"), f"{field}.field", required=True)
        text = reader.text(data.get("text"), f"{field}.text", required=True, max_length=500)
        return None if target is None or text is None else cls(target, text)

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text}
