"""The health profile: 50 typed variables every other feature reads, with schema migrations.

>>> from wayfarer.profile import Profile
>>> p = Profile.example()                       # doctest: +SKIP
>>> Profile.from_json(p.to_json()) == p         # doctest: +SKIP

``Profile.from_json`` accepts a stored profile of any schema version (1, 2, 3) and raises
``ValidationError`` (``.field`` names the field) for values it cannot accept; ``check`` /
``Profile.validate`` list every problem, including unusual values the person should confirm
(``Issue.kind == "confirm"``, often with a suggested unit conversion).
"""

from __future__ import annotations

from ._errors import Issue, MigrationError, ProfileError, ValidationError
from ._migrations import SCHEMA_VERSION, migrate
from ._profile import BASELINE_RANGES, Profile, check
from ._records import (
    AdvanceDirectives,
    Allergy,
    BloodType,
    Cognition,
    Condition,
    Contact,
    Destination,
    Device,
    Diet,
    Dose,
    DoseUnit,
    Hearing,
    Insurance,
    Intolerance,
    Medicine,
    Mobility,
    Practitioner,
    Pregnancy,
    Proxy,
    ProxyScope,
    RecentEvent,
    Route,
    Schedule,
    Severity,
    Sex,
    Smoking,
    TextSize,
    TravelPlan,
    Unmatched,
    Vaccination,
    Vision,
)

__all__ = [
    "BASELINE_RANGES",
    "SCHEMA_VERSION",
    "AdvanceDirectives",
    "Allergy",
    "BloodType",
    "Cognition",
    "Condition",
    "Contact",
    "Destination",
    "Device",
    "Diet",
    "Dose",
    "DoseUnit",
    "Hearing",
    "Insurance",
    "Intolerance",
    "Issue",
    "Medicine",
    "MigrationError",
    "Mobility",
    "Practitioner",
    "Pregnancy",
    "Profile",
    "ProfileError",
    "Proxy",
    "ProxyScope",
    "RecentEvent",
    "Route",
    "Schedule",
    "Severity",
    "Sex",
    "Smoking",
    "TextSize",
    "TravelPlan",
    "Unmatched",
    "Vaccination",
    "ValidationError",
    "Vision",
    "check",
    "migrate",
]
