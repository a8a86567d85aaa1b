"""Errors raised by the vocabulary: every one is a ``ValueError`` a caller can act on."""

from __future__ import annotations


class TermsError(ValueError):
    """Base class of every error raised by ``wayfarer.terms``."""


class UnsupportedLanguageError(TermsError):
    """A language tag whose base language is not one of ``LANGUAGES``."""

    def __init__(self, lang: object) -> None:
        self.lang = lang
        super().__init__(
            f"language {lang!r} is not supported: use one of the 35 base BCP 47 tags in "
            "wayfarer.terms.LANGUAGES (a region or script variant such as 'pt-BR' or 'zh-Hans' is fine)"
        )


class UnknownConceptError(TermsError, LookupError):
    """A concept id that is not in the vocabulary."""

    def __init__(self, concept_id: object) -> None:
        self.concept_id = concept_id
        super().__init__(f"unknown concept id {concept_id!r}: no concept with this id is in the vocabulary")


class VocabularyDataError(TermsError):
    """A vocabulary data file that does not follow the format in ``terms/data/FORMAT.md``."""


class UnknownCodeError(TermsError, LookupError):
    """A code (SNOMED CT, ICD-10, ATC, LOINC) that names no concept in the vocabulary."""

    def __init__(self, system: str, code: object) -> None:
        self.system = system
        self.code = code
        super().__init__(f"unknown {system} code {code!r}: no concept in the vocabulary carries it")
