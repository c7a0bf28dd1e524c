"""A resolution as the readers return it: what the mandate reader and the plan need."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class OperativeParagraph:
    """One numbered operative paragraph; `nested` when it belongs to a draft the
    document recommends to another body (its requests bind nobody yet)."""

    number: str
    text: str
    nested: bool = False


@dataclass(frozen=True, slots=True)
class ResolutionDocument:
    source: str  # the file name (or "pasted text")
    symbol: str = ""  # A/RES/78/144, E/RES/2025/11; "" when the text does not say
    body: str = ""  # adopting body: GA, ECOSOC, HRC, … ("" when unknown)
    adopted: date | None = None
    title: str = ""
    agenda_item: str = ""  # "18" or "18 (a)"
    agenda_title: str = ""  # "Sustainable development"
    language: str = "en"  # en, fr, es (others are read but no mandates are proposed)
    paragraphs: tuple[OperativeParagraph, ...] = field(default=())
    preamble: tuple[str, ...] = field(default=())
