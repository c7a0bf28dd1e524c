"""The default plan's calendar is the real UN calendar, and stays so.

- every session already held (from 2012) is explicit, confirmed and sourced, except
  the documented gaps in `data/calendar_gaps.csv` (left projected on purpose);
- no two sessions of one body overlap;
- the held sessions in `data/held_sessions.csv`, taken from the sources, are matched
  exactly (body, start, end);
- the plan file is what `packaging/calendar/build.py` makes of its sources.
"""

from __future__ import annotations

import csv
import itertools
import subprocess
import sys
from collections import defaultdict
from datetime import date

import pytest
from paths import DEFAULT_PLAN, REPO

from planner.app.documents import read_plan
from planner.domain.calendar import Calendar
from planner.domain.model import SessionStatus

TODAY = date(2026, 11, 30)  # when the data was last checked; see README "Keeping the calendar true"
DATA = REPO / "tests" / "data"


@pytest.fixture(scope="module")
def calendar() -> Calendar:
    return Calendar(read_plan(DEFAULT_PLAN))


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_held_session_is_explicit_confirmed_and_sourced_or_a_listed_gap(calendar):
    gaps = {(r["body"], int(r["year"])) for r in _rows("calendar_gaps.csv")}
    explicit = {s.id for s in read_plan(DEFAULT_PLAN).sessions}
    unexplained, stale = [], []
    for s in calendar.sessions.values():
        if s.start.year < 2012 or s.end >= TODAY:
            continue
        known = s.id in explicit and s.status == SessionStatus.CONFIRMED and s.source
        if (s.body, s.start.year) in gaps:
            if known:
                stale.append(s.id)
        elif not known:
            unexplained.append(f"{s.id} {s.start}")
    assert unexplained == []
    assert stale == [], "dated now: remove these from tests/data/calendar_gaps.csv"


def test_no_two_sessions_of_a_body_overlap(calendar):
    by_body = defaultdict(list)
    for s in calendar.sessions.values():
        by_body[s.body].append(s)
    clashes = []
    for body, sessions in by_body.items():
        sessions.sort(key=lambda s: s.start)
        clashes += [
            f"{body}: {a.id} ({a.start}..{a.end}) and {b.id} ({b.start})"
            for a, b in itertools.pairwise(sessions)
            if b.start <= a.end
        ]
    assert clashes == []


def test_held_sessions_match_the_sources_exactly(calendar):
    rows = _rows("held_sessions.csv")
    assert len(rows) >= 100
    have = {(s.body, s.start.isoformat(), s.end.isoformat()) for s in calendar.sessions.values()}
    missing = [r for r in rows if (r["body"], r["start"], r["end"]) not in have]
    assert missing == []


def test_general_assembly_openings(calendar):
    ga = sorted(
        (s for s in calendar.sessions.values() if s.body == "GA" and 2012 <= s.start.year <= 2026),
        key=lambda s: s.start,
    )
    openings = [s.start.isoformat() for s in ga]
    assert openings[0] == "2012-09-18"
    assert openings[10] == "2022-09-13"
    assert openings[11:] == ["2023-09-05", "2024-09-10", "2025-09-09", "2026-09-08"]
    assert [s.name for s in ga][-1] == "81st session of the General Assembly"


def test_projections_start_after_each_series_last_known_session(calendar):
    """A projected session never sits before a confirmed one of its body, except in a
    documented gap year."""
    gaps = {(r["body"], int(r["year"])) for r in _rows("calendar_gaps.csv")}
    last_confirmed: dict[str, date] = {}
    for s in calendar.sessions.values():
        if s.status == SessionStatus.CONFIRMED:
            last_confirmed[s.body] = max(last_confirmed.get(s.body, s.start), s.start)
    early = [
        s.id
        for s in calendar.sessions.values()
        if s.status == SessionStatus.PROJECTED
        and s.start.year >= 2012
        and s.start < last_confirmed.get(s.body, date.min)
        and (s.body, s.start.year) not in gaps
    ]
    assert early == []


def test_plan_file_is_built_from_the_sources():
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "calendar" / "build.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_the_seed_story_reads_true_on_the_real_calendar():
    from planner.domain.engine import recalculate
    from planner.domain.results import RecalcOptions

    plan = read_plan(DEFAULT_PLAN)

    def line(drafts: bool) -> list[str]:
        result = recalculate(plan, RecalcOptions(with_drafts=drafts, today=TODAY))
        return [r.session for r in result.requirements if r.report == "conf-followup"]

    annual = line(False)
    assert {"ecosoc-2012", "ecosoc-2013", "ecosoc-2016", "ecosoc-2020"} <= set(annual)
    # the note's recommendation: after Rio+20, after the 2015 summit, then with the SDG Summits
    assert line(True)[4:9] == [
        "ecosoc-2013",  # substantive session, Geneva, July 2013
        "ecosoc-int-2016",  # integration segment, May 2016
        "ecosoc-int-2020",  # integration segment, July 2020 (after the 2019 SDG Summit)
        "ecosoc-cs-2024",  # coordination segment, January 2024 (after the 2023 SDG Summit)
        "ecosoc-cs-2028",
    ]
