"""The ``Concept`` record: one coded medical idea with its terms in every language."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._languages import RTL_LANGUAGES, base_language

CATEGORIES: tuple[str, ...] = (
    "condition",
    "medicine",
    "allergen",
    "device",
    "symptom",
    "body_site",
    "vital_sign",
)
CODE_SYSTEMS: tuple[str, ...] = ("snomed", "icd10", "atc", "loinc")
#: Where a term came from (see ``terms/data/FORMAT.md``).
PROVENANCES: frozenset[str] = frozenset({"tico19", "inn", "wayfarer", "wayfarer-draft"})


@dataclass(frozen=True, slots=True, eq=False)
class Concept:
    """One concept of the vocabulary; equal and hashed by ``id``.

    ``codes`` maps a code system (``snomed``, ``icd10``, ``atc``, ``loinc``) to its code;
    ``text(lang)`` is the term in a language (any BCP 47 variant), or ``None`` for an explicit gap.
    """

    id: str
    category: str
    code_items: tuple[tuple[str, str], ...]
    flags: tuple[str, ...]
    terms: dict[str, str] = field(repr=False)
    provenances: dict[str, str] = field(repr=False)
    reviewers: dict[str, str] = field(repr=False)
    gaps: dict[str, str] = field(repr=False)
    code_sources: dict[str, str] = field(repr=False)
    synonym_group: str | None = None

    @property
    def codes(self) -> dict[str, str]:
        """The concept's codes, e.g. ``{"snomed": "44054006", "icd10": "E11"}`` (a fresh dict)."""
        return dict(self.code_items)

    @property
    def english(self) -> str:
        """The canonical English term."""
        return self.terms["en"]

    def text(self, lang: str) -> str | None:
        """The term in ``lang`` (``"de"``, ``"pt-BR"``, ``"zh-Hans"``), or ``None`` if it is a gap."""
        return self.terms.get(base_language(lang))

    def gap(self, lang: str) -> str | None:
        """Why the term in ``lang`` is missing, or ``None`` when there is a term."""
        base = base_language(lang)
        if base in self.terms:
            return None
        return self.gaps.get(base, "no term in this language")

    def provenance(self, lang: str) -> str | None:
        """Where the term in ``lang`` came from (``tico19``, ``inn``, ``wayfarer``, ``wayfarer-draft``)."""
        base = base_language(lang)
        if base not in self.terms:
            return None
        return self.provenances.get(base, self.provenances.get("*", "wayfarer-draft"))

    def reviewer(self, lang: str) -> str | None:
        """The named native speaker who checked the term in ``lang``, if any."""
        name = self.reviewers.get(base_language(lang))
        return name or None

    def reviewed(self, lang: str) -> bool:
        """True only when a named native speaker checked the term in ``lang``."""
        return self.reviewer(lang) is not None

    def is_rtl(self, lang: str) -> bool:
        """Whether the term in ``lang`` is written right to left."""
        return base_language(lang) in RTL_LANGUAGES

    def has_flag(self, flag: str) -> bool:
        """Whether the concept carries a class flag such as ``"anticoagulant"`` or ``"chronic"``."""
        return flag in self.flags

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Concept):
            return NotImplemented
        return self.id == other.id

    def __hash__(self) -> int:
        return hash(self.id)
