"""The record of processing (GDPR Art. 30) in plain words, for the privacy screen."""

from wayfarer.store import PBKDF2_ITERATIONS

LANGUAGES = ("en",)

_RECORD_EN: tuple[tuple[str, str], ...] = (
    (
        "Who is responsible",
        "You are. Wayfarer Health keeps your health information only on this device. There is no "
        "Wayfarer server that receives it, and no account.",
    ),
    (
        "Why it is kept",
        "To show you your health information, to check your readings for warning signs, to show "
        "emergency information to a helper when you choose, and to share with people you allow.",
    ),
    (
        "What is kept",
        "What you enter or your devices measure: allergies, conditions, medicines, medical devices, "
        "emergency contacts, vital signs, places and documents. Also a log of every time your "
        "information is opened, saved, shared, exported or deleted.",
    ),
    (
        "Who can see it",
        "Only you, and only the people and devices you allow, for the reason and the time you "
        "choose. In an emergency, the fields you picked for the emergency screen can be shown "
        "without your passphrase; each time is written in the activity log.",
    ),
    (
        "Sent abroad or to others",
        "Nothing is sent anywhere unless you share it. The app loads nothing from other websites.",
    ),
    (
        "How long",
        'Until you delete it. "Delete all my data" destroys the keys and removes everything '
        "from this device.",
    ),
    (
        "How it is protected",
        "Every record is encrypted (AES-GCM, 256-bit keys) before it is stored. The key is locked "
        f"by your passphrase ({PBKDF2_ITERATIONS:,} rounds of PBKDF2-SHA-256), by your recovery "
        "code, and by a passkey if you add one. Locking forgets the keys. Readings that arrive "
        "while locked are sealed so that only an unlock can open them. The activity log is signed "
        "by a key that never leaves this device, so changes to it are noticed.",
    ),
    (
        "Your rights",
        "You can see everything (the activity log and your records), download all of it as one "
        "file, correct it, withdraw any permission, and delete all of it at any time.",
    ),
)


def record_of_processing(lang: str = "en") -> list[dict[str, str]]:
    """Sections of the record of processing: ``[{"heading", "text"}]``."""
    if lang not in LANGUAGES:
        raise ValueError(f"the record of processing exists in {', '.join(LANGUAGES)} only, not {lang!r}")
    return [{"heading": heading, "text": text} for heading, text in _RECORD_EN]
