"""Errors raised by ``wayfarer.translate``: every one is a ``ValueError`` a caller can act on."""

from __future__ import annotations


class TranslateError(ValueError):
    """Base class of every error raised by ``wayfarer.translate``."""


class EmptyTextError(TranslateError):
    """Nothing to match: the text is empty or only spaces."""

    def __init__(self) -> None:
        super().__init__("the text is empty: type a few words about what you want to say")


class UnsupportedScriptError(TranslateError):
    """The text is written in a script none of the 35 languages uses (e.g. Hebrew, Georgian)."""

    def __init__(self, script: str) -> None:
        self.script = script
        super().__init__(
            f"this text is written in a script we cannot read ({script}): type it in one of the "
            "35 supported languages, or pick a phrase from a group"
        )


class UnknownPhraseError(TranslateError, LookupError):
    """A phrase or concept id that is neither a phrase nor a vocabulary concept."""

    def __init__(self, concept_id: object) -> None:
        self.concept_id = concept_id
        super().__init__(f"unknown phrase or concept id {concept_id!r}")


class PhraseDataError(TranslateError):
    """A phrase data file that does not follow ``translate/data/FORMAT.md``."""


class MatcherDataError(TranslateError):
    """The learned matcher's files (labels, model) are missing or do not belong together."""
