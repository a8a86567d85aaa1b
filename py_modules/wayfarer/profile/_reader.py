"""Reading untrusted JSON values field by field, collecting every problem with the field's name."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from .. import terms
from ._errors import Issue, IssueKind

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

EARLIEST_DATE = date(1900, 1, 1)
_COUNTRY = re.compile(r"[A-Z]{2}")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{4,24}")


class Reader:
    """Collects ``Issue``s while values are read; ``confirmed`` fields raise no ``confirm`` issue."""

    def __init__(self, today: date, confirmed: frozenset[str] = frozenset()) -> None:
        self.today = today
        self.confirmed = confirmed
        self.issues: list[Issue] = []

    def add(self, field: str, kind: IssueKind, message: str, suggestion: object = None) -> None:
        if kind == "confirm" and field in self.confirmed:
            return
        self.issues.append(Issue(field, kind, message, suggestion))

    def error(self, field: str, message: str, suggestion: object = None) -> None:
        self.add(field, "error", message, suggestion)

    # --- scalars -------------------------------------------------------------------------------------

    def text(self, raw: Any, field: str, *, required: bool = False, max_length: int = 200) -> str | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self.error(field, "is required")
            return None
        if not isinstance(raw, str):
            self.error(field, f"must be text, not {type(raw).__name__}")
            return None
        value = " ".join(raw.split())
        if len(value) > max_length:
            self.error(field, f"is longer than {max_length} characters")
            return None
        return value

    def number(
        self, raw: Any, field: str, low: float, high: float, unit: str, *, required: bool = False
    ) -> float | None:
        if raw is None:
            if required:
                self.error(field, "is required")
            return None
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
            self.error(field, f"must be a number in {unit}")
            return None
        value = float(raw)
        if not low <= value <= high:
            self.error(field, f"{_fmt(value)} {unit} is outside {_fmt(low)}–{_fmt(high)} {unit}")
            return None
        return value

    def boolean(self, raw: Any, field: str, *, default: bool | None = None) -> bool | None:
        if raw is None:
            return default
        if not isinstance(raw, bool):
            self.error(field, "must be true or false")
            return default
        return raw

    def choice(self, raw: Any, field: str, kind: type[E], *, required: bool = False) -> E | None:
        if raw is None:
            if required:
                self.error(field, f"is required: one of {', '.join(item.value for item in kind)}")
            return None
        try:
            return kind(raw)
        except ValueError:
            self.error(field, f"{raw!r} is not one of {', '.join(item.value for item in kind)}")
            return None

    def date(self, raw: Any, field: str, *, required: bool = False, future_ok: bool = False) -> date | None:
        if raw is None:
            if required:
                self.error(field, "is required (YYYY-MM-DD)")
            return None
        if not isinstance(raw, str):
            self.error(field, "must be a date written YYYY-MM-DD")
            return None
        try:
            value = date.fromisoformat(raw.strip())
        except ValueError:
            self.error(field, f"{raw!r} is not a date written YYYY-MM-DD")
            return None
        if value < EARLIEST_DATE:
            self.error(field, f"{value.isoformat()} is before 1900")
            return None
        if not future_ok and value > self.today:
            self.error(field, f"{value.isoformat()} is in the future")
            return None
        return value

    def partial_date(self, raw: Any, field: str) -> str | None:
        """A date that may be only a year or a month: ``"2015"``, ``"2015-06"``, ``"2015-06-30"``."""
        if raw is None:
            return None
        if isinstance(raw, int) and not isinstance(raw, bool):
            raw = str(raw)
        if not isinstance(raw, str) or not (match := _PARTIAL_DATE.fullmatch(raw.strip())):
            self.error(field, f"{raw!r} is not a year, year-month or date (YYYY, YYYY-MM, YYYY-MM-DD)")
            return None
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        try:
            earliest = date(year, month or 1, day or 1)
        except ValueError:
            self.error(field, f"{raw!r} is not a real date")
            return None
        if earliest < EARLIEST_DATE:
            self.error(field, f"{raw} is before 1900")
            return None
        if earliest > self.today:
            self.error(field, f"{raw} is in the future")
            return None
        return match.group(0)

    def timestamp(self, raw: Any, field: str) -> datetime | None:
        if raw is None:
            return None
        try:
            value = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
        except ValueError:
            self.error(field, f"{raw!r} is not an ISO 8601 time")
            return None
        if value.tzinfo is None:
            self.error(field, "must carry a time zone (UTC, e.g. 2025-05-01T08:00:00Z)")
            return None
        return value.astimezone(UTC)

    def country(self, raw: Any, field: str, *, required: bool = False) -> str | None:
        value = self.text(raw, field, required=required, max_length=2)
        if value is None:
            return None
        if not _COUNTRY.fullmatch(value.upper()):
            self.error(field, f"{raw!r} is not an ISO 3166-1 alpha-2 country code (e.g. ES, DE)")
            return None
        return value.upper()

    def language_tag(self, raw: Any, field: str) -> str | None:
        value = self.text(raw, field, max_length=35)
        if value is None:
            return None
        if not _LANGUAGE_TAG.fullmatch(value):
            self.error(field, f"{raw!r} is not a BCP 47 language tag (e.g. de, pt-BR)")
            return None
        return value

    def phone(self, raw: Any, field: str, *, required: bool = False) -> str | None:
        value = self.text(raw, field, required=required, max_length=30)
        if value is not None and not _PHONE.fullmatch(value):
            self.error(field, f"{raw!r} is not a phone number (digits, optionally with + and spaces)")
            return None
        return value

    def concept(self, raw: Any, field: str, categories: tuple[str, ...]) -> str | None:
        """A concept id that must exist in ``wayfarer.terms`` with one of ``categories``."""
        value = self.text(raw, field, required=True, max_length=120)
        if value is None:
            return None
        try:
            found = terms.concept(value)
        except terms.UnknownConceptError:
            self.error(field, f"unknown concept {value!r}: pick it from the list (wayfarer.terms)")
            return None
        if found.category not in categories:
            self.error(field, f"{value!r} is a {found.category}, expected a {' or '.join(categories)}")
            return None
        return value

    # --- containers ----------------------------------------------------------------------------------

    def items(self, raw: Any, field: str, read: Callable[[Any, str], T | None]) -> tuple[T, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.error(field, "must be a list")
            return ()
        values = [read(item, f"{field}[{position}]") for position, item in enumerate(raw)]
        return tuple(value for value in values if value is not None)

    def mapping(self, raw: Any, field: str) -> dict[str, Any] | None:
        if raw is None:
            return None
        if not isinstance(raw, dict):
            self.error(field, "must be an object")
            return None
        return raw


def _fmt(value: float) -> str:
    return f"{value:g}"
