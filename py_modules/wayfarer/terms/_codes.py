"""Well-formedness of the codes a concept carries (SNOMED CT, ICD-10, ATC, LOINC)."""

from __future__ import annotations

import re

_ICD10 = re.compile(r"[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?")
_ATC = re.compile(r"[ABCDGHJLMNPRSV]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?")
_LOINC = re.compile(r"([0-9]{1,7})-([0-9])")
_SCTID = re.compile(r"[1-9][0-9]{5,17}")
#: SCTID partition identifiers of concepts (short and long format).
_CONCEPT_PARTITIONS = frozenset({"00", "10"})

_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_valid(digits: str) -> bool:
    """Whether a digit string (check digit last) passes the Verhoeff check used by SNOMED CT."""
    check = 0
    for position, char in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[position % 8][int(char)]]
    return check == 0


def luhn_check_digit(digits: str) -> int:
    """The LOINC "mod 10" check digit of a LOINC code's digits (the Luhn algorithm)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return (10 - total % 10) % 10


def code_problem(system: str, code: str, *, category: str | None = None) -> str | None:
    """Why ``code`` is not a well-formed code of ``system``, or ``None`` when it is.

    Medicines (``category="medicine"``) must carry a full level-5 ATC code (one substance).
    """
    if system == "snomed":
        if not _SCTID.fullmatch(code):
            return "an SCTID is 6 to 18 digits without a leading zero"
        if not verhoeff_valid(code):
            return "the Verhoeff check digit is wrong"
        if code[-3:-1] not in _CONCEPT_PARTITIONS:
            return f"partition {code[-3:-1]} is not a concept partition (00 or 10)"
        return None
    if system == "icd10":
        return None if _ICD10.fullmatch(code) else "ICD-10 codes look like E11, I48 or R50.9"
    if system == "atc":
        if not _ATC.fullmatch(code):
            return "ATC codes look like C07AB07 (level 5) or C07AB (level 4)"
        if category == "medicine" and len(code) != 7:
            return "a medicine needs its level-5 ATC code (7 characters, e.g. B01AF02)"
        return None
    if system == "loinc":
        match = _LOINC.fullmatch(code)
        if match is None:
            return "LOINC codes look like 8867-4"
        if luhn_check_digit(match.group(1)) != int(match.group(2)):
            return "the LOINC mod-10 check digit is wrong"
        return None
    return f"unknown code system {system!r}"
