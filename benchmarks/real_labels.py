"""Our readings of real resolutions, for measuring the mandate reader on real texts.

Only labels (symbol, paragraph number, expected readings), never the texts: run
`python -m benchmarks.real_texts FOLDER…` on AKN4UN files obtained from the UN
(e.g. the UNxml GAresolutions repository) to score the reader against them.
Every paragraph not listed is expected to ask for no report. French and Spanish
texts of the same resolution share the English labels (same paragraph numbers).
Labelled: the General Assembly's Second Committee resolutions of its
seventy-ninth session (A/RES/79/194 to 79/236).
"""

from __future__ import annotations

Expected = tuple[str, str, int | None, int | None, int | None]


def at(body: str, number: int | None = None, year: int | None = None) -> Expected:
    return (body, "at_session", number, year, None)


def every(body: str, years: int, number: int | None = None, year: int | None = None) -> Expected:
    return (body, "periodic", number, year, years)


GA79_SECOND_COMMITTEE: dict[tuple[str, str], list[Expected]] = {
    ("A/RES/79/194", "13"): [at("GA", 81)],
    ("A/RES/79/194", "67"): [at("GA", 80)],
    ("A/RES/79/195", "41"): [at("GA", 80)],
    ("A/RES/79/196", "56"): [at("GA", 80)],
    ("A/RES/79/197", "48"): [at("GA", 80)],
    ("A/RES/79/198", "44"): [at("GA", 80)],
    ("A/RES/79/199", "33"): [at("GA", 80)],
    ("A/RES/79/200", "9"): [at("GA", 80)],
    ("A/RES/79/201", "40"): [at("GA", 81)],
    ("A/RES/79/202", "27"): [at("GA", 80)],
    ("A/RES/79/203", "18"): [every("ECOSOC", 1, year=2026), every("GA", 1, year=2026)],
    ("A/RES/79/203", "20"): [at("GA", 80)],
    ("A/RES/79/204", "13"): [at("GA", 81)],
    ("A/RES/79/204", "32"): [at("GA", 81)],
    ("A/RES/79/205", "78"): [at("GA", 80)],
    ("A/RES/79/206", "43"): [at("GA", 80)],
    ("A/RES/79/207", "40"): [at("GA", 80)],
    ("A/RES/79/208", "49"): [at("GA", 80)],
    ("A/RES/79/210", "18"): [at("GA", 81)],
    ("A/RES/79/211", "44"): [at("GA", 80)],
    ("A/RES/79/212", "26"): [at("GA", 80)],
    ("A/RES/79/213", "6"): [at("GA", 81)],
    ("A/RES/79/214", "31"): [at("GA", 81)],
    ("A/RES/79/215", "20"): [at("GA", 81)],
    ("A/RES/79/216", "24"): [at("GA", 81)],
    ("A/RES/79/217", "20"): [at("GA", 81)],
    ("A/RES/79/218", "28"): [at("GA", 81)],
    ("A/RES/79/218", "42"): [at("GA", 80)],
    ("A/RES/79/218", "58"): [at("GA", 80)],
    ("A/RES/79/218", "59"): [at("GA", 82)],
    ("A/RES/79/219", "7"): [at("GA", 80)],
    ("A/RES/79/220", "38"): [at("GA", 81)],
    ("A/RES/79/221", "48"): [at("GA", 80)],
    ("A/RES/79/222", "54"): [at("GA", 81)],
    ("A/RES/79/223", "65"): [at("GA", 81), at("GA", 84)],
    ("A/RES/79/224", "46"): [at("GA", 81)],
    ("A/RES/79/225", "25"): [at("GA", 80)],
    ("A/RES/79/226", "91"): [("ECOSOC", "ongoing", None, None, None)],
    ("A/RES/79/226", "95"): [every("ECOSOC", 1, year=2025)],
    ("A/RES/79/226", "98"): [every("ECOSOC", 1)],
    ("A/RES/79/226", "117"): [every("ECOSOC", 1)],
    ("A/RES/79/226", "127"): [
        at("ECOSOC", year=2025),
        at("ECOSOC", year=2026),
        at("ECOSOC", year=2027),
    ],
    ("A/RES/79/227", "62"): [at("GA", 80)],
    ("A/RES/79/228", "34"): [at("GA", 82)],
    ("A/RES/79/229", "13"): [at("GA", 79), at("GA", 80)],
    ("A/RES/79/234", "48"): [at("GA", 80), at("GA", 80)],
    ("A/RES/79/236", "30"): [at("GA", 80)],
}

# Every resolution of the set is labelled: a paragraph not listed above asks for no report.
COVERED = frozenset(f"A/RES/79/{n}" for n in range(194, 237))

# Where a language's text says something else than the English one, that text is labelled
# as it reads (the reader is scored on what it was given).
BY_LANGUAGE: dict[tuple[str, str, str], list[Expected]] = {
    # the French text asks for the report "à sa quatre-vingtième session" (English: eighty-first)
    ("fr", "A/RES/79/201", "40"): [at("GA", 80)],
}
