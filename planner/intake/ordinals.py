"""Ordinal numbers in words, as session numbers are written in English, French and Spanish.

Generated, not tabulated: `ordinal_words(n, lang)` gives every spelling UN texts use
for 1 ≤ n ≤ 199 ("eighty-first"; "quatre-vingt-unième", "quatre-vingt et unième";
"octogésimo primer", "octogésimo primero"), and `ORDINALS[lang]` maps each
spelling, normalised by `fold`, back to its number.
"""

from __future__ import annotations

import re
import unicodedata

MAX_ORDINAL = 199

# --- English -------------------------------------------------------------------

_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def _en_cardinal_ordinal(word: str) -> str:
    if word in _EN_ORD:
        return _EN_ORD[word]
    if word.endswith("y"):
        return word[:-1] + "ieth"
    return word + "th"


def _en_below_100(n: int) -> list[str]:
    if n < 20:
        return [_en_cardinal_ordinal(_EN_UNITS[n])]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return [_en_cardinal_ordinal(_EN_TENS[tens])]
    return [f"{_EN_TENS[tens]}-{_en_cardinal_ordinal(_EN_UNITS[unit])}"]


def _en(n: int) -> list[str]:
    if n < 100:
        return _en_below_100(n)
    rest = n - 100
    if rest == 0:
        return ["one hundredth", "hundredth"]
    return [
        f"{head} {tail}"
        for head in ("one hundred", "one hundred and", "hundred and")
        for tail in _en_below_100(rest)
    ]


# --- French ----------------------------------------------------------------------

_FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr_cardinal(n: int) -> list[str]:
    """Cardinal spellings below 100: traditional and the 1990 all-hyphen form."""
    if n <= 16:
        return [_FR_UNITS[n]]
    if n < 20:
        return [f"dix-{_FR_UNITS[n - 10]}"]
    if n < 70:
        tens, unit = divmod(n, 10)
        head = _FR_TENS[tens]
        if unit == 0:
            return [head]
        if unit == 1:
            return [f"{head} et un", f"{head}-et-un"]
        return [f"{head}-{_FR_UNITS[unit]}"]
    if n < 80:
        rest = n - 60
        if rest == 11:
            return ["soixante et onze", "soixante-et-onze"]
        return [f"soixante-{c}" for c in _fr_cardinal(rest)]
    rest = n - 80
    if rest == 0:
        return ["quatre-vingts"]
    return [f"quatre-vingt-{c}" for c in _fr_cardinal(rest)]


def _fr_ordinal_of(cardinal: str) -> str:
    if cardinal == "un":
        return "premier"
    if cardinal.endswith("et un") or cardinal.endswith("-un"):
        return cardinal[:-2] + "unième"
    if cardinal.endswith("quatre-vingts"):
        return cardinal[:-1] + "ième"
    if cardinal.endswith("cinq"):
        return cardinal + "uième"
    if cardinal.endswith("neuf"):
        return cardinal[:-1] + "vième"
    if cardinal.endswith("e"):
        return cardinal[:-1] + "ième"
    return cardinal + "ième"


def _fr(n: int) -> list[str]:
    if n == 1:
        return ["premier", "première"]
    if n < 100:
        return [_fr_ordinal_of(c) for c in _fr_cardinal(n)]
    if n == 100:
        return ["centième"]
    rest = n - 100
    tails = ["unième"] if rest == 1 else _fr(rest)
    return [f"cent {t}" for t in tails] + [f"cent-{t}" for t in tails]


# --- Spanish ---------------------------------------------------------------------

_ES_UNITS = {
    1: ["primer", "primero", "primera"],
    2: ["segundo", "segunda"],
    3: ["tercer", "tercero", "tercera"],
    4: ["cuarto", "cuarta"],
    5: ["quinto", "quinta"],
    6: ["sexto", "sexta"],
    7: ["séptimo", "septimo", "sétimo"],
    8: ["octavo", "octava"],
    9: ["noveno", "novena"],
}
_ES_TENS = {
    1: "décimo",
    2: "vigésimo",
    3: "trigésimo",
    4: "cuadragésimo",
    5: "quincuagésimo",
    6: "sexagésimo",
    7: "septuagésimo",
    8: "octogésimo",
    9: "nonagésimo",
}


def _es_below_100(n: int) -> list[str]:
    tens, unit = divmod(n, 10)
    if tens == 0:
        return list(_ES_UNITS[unit])
    head = _ES_TENS[tens]
    if unit == 0:
        return [head]
    spaced = [f"{head} {u}" for u in _ES_UNITS[unit]]
    # one-word forms: decimotercero, vigesimoprimero (the accent falls away)
    joined = [_strip_accents(head)[:-1] + "o" + _strip_accents(u) for u in _ES_UNITS[unit]]
    special = {11: ["undécimo", "undécima"], 12: ["duodécimo", "duodécima"]}.get(n, [])
    return special + spaced + joined


def _es(n: int) -> list[str]:
    if n < 100:
        return _es_below_100(n)
    if n == 100:
        return ["centésimo"]
    return [f"centésimo {t}" for t in _es_below_100(n - 100)]


# --- lookup ---------------------------------------------------------------------------


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and runs of spaces as one space: how spellings compare."""
    text = _strip_accents(text.lower()).replace("\u2011", "-").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


_GENERATORS = {"en": _en, "fr": _fr, "es": _es}


def ordinal_words(n: int, lang: str) -> list[str]:
    """Every spelling of the ordinal `n` (1-199) in `lang` ("en", "fr", "es")."""
    if not 1 <= n <= MAX_ORDINAL:
        raise ValueError(f"ordinal {n} outside 1-{MAX_ORDINAL}")
    return _GENERATORS[lang](n)


def _table(lang: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for n in range(1, MAX_ORDINAL + 1):
        for word in ordinal_words(n, lang):
            table.setdefault(fold(word), n)
    return table


ORDINALS: dict[str, dict[str, int]] = {lang: _table(lang) for lang in _GENERATORS}
_LONGEST = {lang: max(len(k.split()) for k in t) for lang, t in ORDINALS.items()}


def ordinal_value(words: str, lang: str) -> int | None:
    """The number of an ordinal ending `words` ("resumed eighty-first" -> 81), or None.

    The longest run of trailing words that spells an ordinal wins, so "seventy sixth"
    is 76, not 6. Digits with a suffix ("76th", "76e", "76º", "76.º") count too.
    """
    folded = fold(words)
    digits = re.search(
        r"(?:^|\s)(\d{1,3})\s*(?:st|nd|rd|th|e|eme|er|re|o|a|\.o|\.a|º|ª|\.º|\.ª)?$", folded
    )
    if digits:
        value = int(digits.group(1))
        return value if 1 <= value <= 999 else None
    parts = folded.split()
    table = ORDINALS[lang]
    for size in range(min(len(parts), _LONGEST[lang]), 0, -1):
        named = table.get(" ".join(parts[-size:]))
        if named is not None:
            return named
    return None
