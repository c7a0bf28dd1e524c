"""A report line's short title for labels on the timeline, derived from its full title
when the plan gives none: the subject without the customary "Report of the
Secretary-General on …", cut at a word boundary."""

from __future__ import annotations

import re
from functools import lru_cache

MAX_CHARS = 30  # about 150 px at the timeline's label size
MAX_CHARS_UNSPACED = 14  # Chinese and other scripts written without spaces: wider glyphs
_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:report|note|progress report|annual report)\s+of\s+the\s+"
    r"secretary-general\s+(?:on|of)\s+(?:the\s+)?|(?:report|note)\s+(?:on|of)\s+(?:the\s+)?)",
    re.IGNORECASE,
)
_TRAILING_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_BREAKS = re.compile(r"\s*(?::|;|\s[—–-]\s|\()")
_WEAK_ENDINGS = {
    "a",
    "an",
    "and",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
}


@lru_cache(maxsize=1 << 16)  # one per report line; the engine asks on every recalculation
def derive_short_title(title: str) -> str:
    """The short form of `title` (never empty when the title is not)."""
    text = " ".join(title.split())
    if not text:
        return ""
    text = _TRAILING_NOTE.sub("", text) or text
    text = _PREFIX.sub("", text) or text
    text = _BREAKS.split(text, maxsplit=1)[0] or text
    text = text[0].upper() + text[1:]
    if " " not in text:
        return text if len(text) <= MAX_CHARS_UNSPACED + 1 else text[:MAX_CHARS_UNSPACED] + "…"
    if len(text) <= MAX_CHARS:
        return text
    words: list[str] = []
    for word in text.split(" "):
        if len(" ".join([*words, word])) > MAX_CHARS - 1:
            break
        words.append(word)
    while len(words) > 1 and words[-1].lower().strip(",") in _WEAK_ENDINGS:
        words.pop()
    if not words:  # one very long word
        return text[: MAX_CHARS - 1] + "…"
    return " ".join(words).rstrip(",") + "…"
