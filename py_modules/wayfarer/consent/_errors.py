"""Errors of consent management."""


class ConsentError(ValueError):
    """Base class for consent problems."""


class ConsentFormatError(ConsentError):
    """A grant or recipient is malformed (unknown category, bad time, missing field)."""


class NotAuthorizedError(ConsentError):
    """Someone who may not manage this patient's consent tried to (e.g. a proxy not designated)."""


class GrantNotFoundError(ConsentError):
    """No grant with the given id."""
