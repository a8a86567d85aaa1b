"""Errors raised by :mod:`wayfarer.risk`."""

from __future__ import annotations


class RiskError(ValueError):
    """An assessment cannot be made from what was given."""


class ProfileError(RiskError):
    """The profile has a key the risk code reads, with a value of the wrong shape."""


class ScaleError(RiskError):
    """NEWS2 SpO2 scale 2 was asked for without clinician-confirmed hypercapnic respiratory failure."""
