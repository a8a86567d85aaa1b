"""Errors raised by :mod:`wayfarer.vitals`."""

from __future__ import annotations


class VitalsError(ValueError):
    """A reading cannot be built: unknown parameter, wrong value type, bad time."""


class UnitError(VitalsError):
    """A unit is unknown, or cannot be converted to the one asked for."""
