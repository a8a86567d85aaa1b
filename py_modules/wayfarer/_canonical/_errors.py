"""Errors of the canonical encodings."""


class CanonicalError(ValueError):
    """A value cannot be written as canonical JSON (RFC 8785 / I-JSON)."""


class NotCanonicalError(CanonicalError):
    """Text parsed as JSON but is not the canonical form of the value it holds."""


class Base64Error(ValueError):
    """Text is not strict, unpadded base64url (RFC 4648 §5)."""
