"""The number to call for an ambulance, by ISO 3166-1 alpha-2 country code.

Where a country has a separate medical/ambulance number that is the one listed (Japan 119,
China 120, Thailand 1669, Vietnam 115, Saudi Arabia 997, Switzerland 144, Norway 113 ...); in the
EU/EEA the single European emergency number 112 (Directive (EU) 2018/1972, art. 109). Compiled
from public national emergency-service listings; a clinician or the country team should review
it before release. When a country is unknown or not listed, 112 is used because GSM/3GPP phones
treat 112 as an emergency number in every network (3GPP TS 22.101) — the action text then says
"112 works from most mobile phones".
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

FALLBACK_NUMBER: Final = "112"

_EU_EEA_112: Final = (
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "IS",
    "LI",
    "AD",
    "MC",
    "SM",
    "VA",
)
"""EU member states, EEA/EFTA Iceland and Liechtenstein, and the European microstates on 112."""

EMERGENCY_NUMBERS: Final = MappingProxyType(
    {
        **dict.fromkeys(_EU_EEA_112, "112"),
        "GB": "999",
        "CH": "144",
        "NO": "113",
        "TR": "112",
        "RU": "112",
        "US": "911",
        "CA": "911",
        "MX": "911",
        "CR": "911",
        "PA": "911",
        "PH": "911",
        "AR": "107",
        "BR": "192",
        "CL": "131",
        "CO": "123",
        "AU": "000",
        "NZ": "111",
        "JP": "119",
        "KR": "119",
        "TW": "119",
        "CN": "120",
        "HK": "999",
        "MO": "999",
        "SG": "995",
        "MY": "999",
        "TH": "1669",
        "VN": "115",
        "IN": "112",
        "ID": "112",
        "SA": "997",
        "AE": "998",
        "QA": "999",
        "IL": "101",
        "EG": "123",
        "ZA": "10177",
        "KE": "999",
    }
)
"""ISO 3166-1 alpha-2 → the number that reaches an ambulance."""
_BY_CODE: Final = {code: (number, True) for code, number in EMERGENCY_NUMBERS.items()}
"""The answers for the codes as listed (upper case), looked up as given."""


def emergency_number(country: str | None) -> tuple[str, bool]:
    """(number, known) for ``country``; ``known`` is False when the fallback 112 is used."""
    found = _BY_CODE.get(country) if type(country) is str else None
    if found is not None:
        return found
    if country:
        number = EMERGENCY_NUMBERS.get(country.upper())
        if number is not None:
            return number, True
    return FALLBACK_NUMBER, False
