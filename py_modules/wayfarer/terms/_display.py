"""How a concept is shown in the UI: the term, or English plus its code when the language has a gap.

Right-to-left text. A display carries ``dir`` (``"rtl"`` or ``"ltr"``, for the HTML ``dir`` attribute
of the element that shows it) and ``isolated``, the same text wrapped in Unicode directional isolates
(U+2067 RIGHT-TO-LEFT ISOLATE or U+2066 LEFT-TO-RIGHT ISOLATE, closed by U+2069 POP DIRECTIONAL
ISOLATE) for plain-text contexts where no markup is possible (notifications, printed summaries).
An Arabic term is always isolated right to left; the English fallback shown on an Arabic screen is
isolated left to right, so that neither reorders the text around it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._concept import Concept
from ._languages import RTL_LANGUAGES, base_language

LRI = "\u2066"
RLI = "\u2067"
PDI = "\u2069"
_CODE_LABELS = (("snomed", "SNOMED CT"), ("icd10", "ICD-10"), ("atc", "ATC"), ("loinc", "LOINC"))


@dataclass(frozen=True, slots=True)
class Display:
    """A concept ready to show: ``text`` in ``lang``, with its markers."""

    concept_id: str
    text: str
    lang: str  # the language ``text`` is written in: the requested base tag, or "en" for a fallback
    dir: str  # "rtl" or "ltr"
    reviewed: bool  # a named native speaker checked this term
    reviewer: str | None
    provenance: str | None
    fallback: bool  # the language has a gap: ``text`` is English plus the code
    gap_reason: str | None
    code: str | None  # e.g. "SNOMED CT 44054006"

    @property
    def isolated(self) -> str:
        """``text`` wrapped in directional isolates for plain-text contexts."""
        return f"{RLI if self.dir == 'rtl' else LRI}{self.text}{PDI}"

    def to_json(self) -> dict[str, object]:
        """The display as a JSON object for the page."""
        return {
            "id": self.concept_id,
            "text": self.text,
            "lang": self.lang,
            "dir": self.dir,
            "reviewed": self.reviewed,
            "reviewer": self.reviewer,
            "provenance": self.provenance,
            "fallback": self.fallback,
            "gap": self.gap_reason,
            "code": self.code,
        }


def primary_code(concept: Concept) -> str | None:
    """The concept's most specific code with its system's name, e.g. ``"SNOMED CT 44054006"``."""
    codes = dict(concept.code_items)
    for system, label in _CODE_LABELS:
        if system in codes:
            return f"{label} {codes[system]}"
    return None


def display(concept: Concept, lang: str) -> Display:
    """How ``concept`` is shown to a person reading ``lang``."""
    base = base_language(lang)
    code = primary_code(concept)
    term = concept.terms.get(base)
    if term is not None:
        return Display(
            concept_id=concept.id,
            text=term,
            lang=base,
            dir="rtl" if base in RTL_LANGUAGES else "ltr",
            reviewed=concept.reviewed(base),
            reviewer=concept.reviewer(base),
            provenance=concept.provenance(base),
            fallback=False,
            gap_reason=None,
            code=code,
        )
    english = concept.english
    return Display(
        concept_id=concept.id,
        text=f"{english} ({code})" if code else english,
        lang="en",
        dir="ltr",
        reviewed=concept.reviewed("en"),
        reviewer=concept.reviewer("en"),
        provenance=concept.provenance("en"),
        fallback=True,
        gap_reason=concept.gap(base),
        code=code,
    )
