"""UN document symbols of decisions: validation and normalisation.

Accepts the symbols as printed (`A/RES/67/290`, `A/RES/57/270 B`,
`E/RES/2012/30`, `E/DEC/2011/216`, `A/DEC/67/551`, `A/HRC/RES/19/1`) in any
case and spacing, and the forms officers type ("resolution 2009/29",
"decision 2011/216", "GA resolution 61/16", "ECOSOC decision 2010/252"),
resolved with the adopting body. Drafts may carry a working symbol
(`E/DEC/2012/DRAFT-1`, `A/C.2/67/L.30`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# adopting body -> symbol prefix (resolutions, decisions)
PREFIX = {"GA": "A", "ECOSOC": "E", "SC": "S", "HRC": "A/HRC"}
_BODY_WORDS = {
    "ga": "GA",
    "general assembly": "GA",
    "assembly": "GA",
    "ecosoc": "ECOSOC",
    "economic and social council": "ECOSOC",
    "council": "ECOSOC",
    "security council": "SC",
    "hrc": "HRC",
    "human rights council": "HRC",
}
_TYPED = re.compile(
    r"^\s*(?:(?P<body>ga|general assembly|assembly|ecosoc|economic and social council|council|security council|hrc|human rights council)\s+)?"
    r"(?P<kind>resolution|res\.?|decision|dec\.?)\s+(?P<number>\d{1,4}/\d{1,4})(?:\s+(?P<part>[A-Z]{1,2}))?\s*$",
    re.IGNORECASE,
)
_PRINTED = re.compile(r"^(A|E|S|A/HRC)/(RES|DEC)/(\d{1,4})/(\d{1,4})(?: ([A-Z]{1,2}))?$")
_WORKING = re.compile(r"^[A-Z]+(?:\.\d+)?(?:/[A-Z0-9.\-]+)+(?: [A-Z]{1,2})?$")


class SymbolError(ValueError):
    """The text is not a usable symbol; the message says why and what is expected (in
    English); `code` and `values` say it as data for a front end to word."""

    def __init__(self, message: str, code: str = "", values: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass(frozen=True, slots=True)
class ParsedSymbol:
    symbol: str
    kind: str  # "resolution", "decision" or "working"
    body_hint: str | None  # the body the symbol implies (GA for A/..., ECOSOC for E/...)


def _tidy(text: str) -> str:
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"\s*/\s*", "/", t)
    return t


def normalise_symbol(text: str, body: str | None = None, *, draft: bool = False) -> ParsedSymbol:
    """The canonical symbol for `text`; `body` resolves typed forms like "decision 2011/216"."""
    if not text or not text.strip():
        raise SymbolError(
            'enter the decision\'s symbol, e.g. E/DEC/2011/216 or "decision 2011/216"',
            "symbol-empty",
        )
    typed = _TYPED.match(text)
    if typed:
        named = typed.group("body")
        who = _BODY_WORDS[named.lower()] if named else body
        if who is None or who not in PREFIX:
            raise SymbolError(
                f'say which body adopted {text.strip()!r} (e.g. "ECOSOC {text.strip()}"), or give the full symbol',
                "symbol-which-body",
                (text.strip(),),
            )
        kind = "RES" if typed.group("kind").lower().startswith("res") else "DEC"
        number = typed.group("number")
        part = typed.group("part")
        symbol = f"{PREFIX[who]}/{kind}/{number}" + (f" {part.upper()}" if part else "")
        return ParsedSymbol(symbol, "resolution" if kind == "RES" else "decision", who)
    tidy = _tidy(text)
    upper = tidy.upper()
    printed = _PRINTED.match(upper)
    if printed:
        prefix = printed.group(1)
        hint = next((b for b, p in PREFIX.items() if p == prefix), None)
        return ParsedSymbol(upper, "resolution" if printed.group(2) == "RES" else "decision", hint)
    if _WORKING.match(upper) and (draft or "/" in upper):
        if not draft and not re.search(r"/(RES|DEC)/", upper):
            raise SymbolError(
                f"{tidy!r} is not a resolution or decision symbol (expected e.g. A/RES/67/290,"
                " E/DEC/2011/216); working symbols are for drafts",
                "symbol-working",
                (tidy,),
            )
        return ParsedSymbol(upper, "working", None)
    raise SymbolError(
        f"{text.strip()!r} is not a symbol: expected e.g. A/RES/67/290, E/RES/2012/30,"
        ' E/DEC/2011/216, A/DEC/67/551, or "resolution 2009/29"',
        "not-a-symbol",
        (text.strip(),),
    )
