"""Recovery codes: 120 random bits in Crockford base32, plus a check letter, in five groups of five.

Crockford's alphabet has no I, L, O or U, so a code read aloud or copied by hand is hard to get
wrong; when reading it back, O counts as 0 and I or L as 1. The check letter catches a typo before
it counts as a wrong attempt.
"""

import hashlib
import secrets

from wayfarer.store._errors import RecoveryCodeTypoError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_LENGTH = 24  # 24 × 5 bits = 120 bits
GROUP = 5
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def _check_letter(body: str) -> str:
    return ALPHABET[hashlib.sha256(body.encode("ascii")).digest()[0] % len(ALPHABET)]


def new_recovery_code() -> str:
    """A fresh code such as ``7K2QM-9XA4F-...`` (29 characters with hyphens)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    code = body + _check_letter(body)
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalize_recovery_code(text: str) -> str:
    """The 25 significant characters of a typed code, or :class:`RecoveryCodeTypoError`."""
    if not isinstance(text, str):
        raise RecoveryCodeTypoError("the recovery code must be text")
    cleaned = "".join(_READ_AS.get(c, c) for c in text.upper() if c not in " -\t\n")
    if len(cleaned) != BODY_LENGTH + 1:
        raise RecoveryCodeTypoError(
            f"a recovery code has {BODY_LENGTH + 1} letters and digits; this one has {len(cleaned)}"
        )
    wrong = sorted({c for c in cleaned if c not in ALPHABET})
    if wrong:
        raise RecoveryCodeTypoError(f"a recovery code never contains {', '.join(wrong)}; please check it")
    if _check_letter(cleaned[:BODY_LENGTH]) != cleaned[BODY_LENGTH]:
        raise RecoveryCodeTypoError("this recovery code has a typo; please check each group of five")
    return cleaned
