"""Series recurrences are read strictly and always expand within bounds (issue 11, part 1)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.recurrence import (
    MAX_OCCURRENCES,
    RecurrenceError,
    RecurrenceProblem,
    check_name_pattern,
    format_name,
    occurrence_dates,
    upcoming,
)

START = date(2010, 1, 1)
P = RecurrenceProblem


@pytest.mark.parametrize(
    ("rrule", "problem", "part"),
    [
        ("FREQ=MINUTELY", P.TOO_FINE, "FREQ"),  # grew past 4 GB
        ("FREQ=SECONDLY", P.TOO_FINE, "FREQ"),
        ("FREQ=HOURLY", P.TOO_FINE, "FREQ"),
        ("FREQ=DAILY;BYHOUR=1,2", P.TOO_FINE, "BYHOUR"),
        ("FREQ=DAILY;INTERVAL=0", P.OUT_OF_RANGE, "INTERVAL"),  # looped forever in dateutil
        ("FREQ=YEARLY;INTERVAL=-1", P.OUT_OF_RANGE, "INTERVAL"),
        ("FREQ=YEARLY;INTERVAL=99999999999999999999", P.BAD_VALUE, "INTERVAL"),
        ("FREQ=YEARLY;BYDAY=99MO", P.OUT_OF_RANGE, "BYDAY"),  # IndexError in dateutil
        ("FREQ=MONTHLY;BYDAY=6MO", P.OUT_OF_RANGE, "BYDAY"),
        ("FREQ=WEEKLY;BYDAY=1MO", P.ORDINAL_DAY, "BYDAY"),
        ("FREQ=YEARLY;BYMONTH=13", P.OUT_OF_RANGE, "BYMONTH"),
        ("FREQ=YEARLY;BYMONTHDAY=0", P.OUT_OF_RANGE, "BYMONTHDAY"),
        ("FREQ=YEARLY;COUNT=0", P.OUT_OF_RANGE, "COUNT"),
        ("FREQ=YEARLY;COUNT=2;UNTIL=20200101", P.COUNT_AND_UNTIL, ""),
        ("FREQ=YEARLY;UNTIL=20200230", P.BAD_VALUE, "UNTIL"),
        ("FREQ=YEARLY;BYSETPOS=1", P.SETPOS_ALONE, ""),
        ("FREQ=YEARLY;BYEASTER=0", P.UNKNOWN_PART, "BYEASTER"),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTH=2", P.REPEATED_PART, "BYMONTH"),
        ("BYMONTH=7", P.NO_FREQ, ""),
        ("FREQ=YEARLY;;BYMONTH=7", P.SYNTAX, ""),
        ("DTSTART:20100101\nRRULE:FREQ=YEARLY", P.RULE_ONLY, ""),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", P.NO_DAY, ""),  # dateutil scanned to 9999
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", P.NO_DAY, ""),
        ("FREQ=DAILY;INTERVAL=7;BYDAY=TU", P.NO_DAY, ""),  # 1 Jan 2010 is a Friday
        ("FREQ=DAILY", P.TOO_MANY, ""),  # 15,000 days to the horizon
    ],
)
def test_unusable_rules_are_refused_with_a_code_and_the_part(rrule, problem, part):
    with pytest.raises(RecurrenceError) as info:
        occurrence_dates(rrule, START, None)
    assert info.value.problem is problem
    assert info.value.part == part


def test_rules_plans_use_still_expand():
    assert occurrence_dates("FREQ=YEARLY;BYMONTH=7;BYDAY=1MO", START, date(2013, 12, 31)) == (
        date(2010, 7, 5),
        date(2011, 7, 4),
        date(2012, 7, 2),
        date(2013, 7, 1),
    )
    assert len(occurrence_dates("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;", START, date(2010, 1, 31))) == 8


def test_the_rules_own_until_and_count_bound_the_series_the_earlier_wins():
    # issue 11: the series' `until` used to replace the rule's, so dates ran past its end
    until_2012 = "FREQ=YEARLY;BYMONTH=7;BYDAY=1MO;UNTIL=20121231"
    assert [d.year for d in occurrence_dates(until_2012, START, date(2030, 12, 31))] == [
        2010,
        2011,
        2012,
    ]
    assert [d.year for d in occurrence_dates(until_2012, START, date(2011, 12, 31))] == [
        2010,
        2011,
    ]
    count_2 = "FREQ=YEARLY;BYMONTH=7;BYDAY=1MO;COUNT=2"
    assert [d.year for d in occurrence_dates(count_2, START, None)] == [2010, 2011]


def test_a_daily_rule_within_the_cap_expands_and_one_beyond_it_is_refused():
    assert len(occurrence_dates("FREQ=DAILY", START, date(2037, 5, 18))) == MAX_OCCURRENCES
    with pytest.raises(RecurrenceError) as info:
        occurrence_dates("FREQ=DAILY", START, date(2037, 5, 19))
    assert (info.value.problem, info.value.high) == (P.TOO_MANY, MAX_OCCURRENCES)


def test_the_forms_preview_takes_the_next_dates_without_expanding_the_whole_rule():
    # FREQ=DAILY from 1900 would be 55,000 dates to the horizon; the preview needs five
    assert upcoming("FREQ=DAILY", date(1900, 1, 1), None, date(2026, 3, 1), 5) == [
        date(2026, 3, d) for d in range(1, 6)
    ]
    assert upcoming("FREQ=YEARLY;BYMONTH=7", START, date(2012, 12, 31), date(2026, 1, 1), 2) == [
        date(2010, 7, 1),
        date(2011, 7, 1),
    ]


@pytest.mark.parametrize(
    ("pattern", "problem", "value"),
    [
        ("{year:>999999999}", P.PATTERN_FORMAT, "{year:>999999999}"),  # 1 GB per session
        ("{year:Q}", P.PATTERN_FORMAT, "{year:Q}"),  # ValueError when projecting
        ("{number!r}", P.PATTERN_FORMAT, "{number!r}"),
        ("{year.real}", P.PATTERN_FIELD, "year.real"),
        ("{year[0]}", P.PATTERN_FIELD, "year[0]"),
        ("{}", P.PATTERN_FIELD, ""),
        ("{session}", P.PATTERN_FIELD, "session"),
        ("Session {year", P.PATTERN_SYNTAX, "expected '}' before end of string"),
    ],
)
def test_name_patterns_are_only_the_three_fields_as_they_are(pattern, problem, value):
    with pytest.raises(RecurrenceError) as info:
        check_name_pattern(pattern)
    assert (info.value.problem, info.value.value) == (problem, value)


def test_good_name_patterns_format():
    assert format_name("{ordinal} session ({year}, no. {number})", 2012, 1945) == (
        "67th session (2012, no. 67)"
    )
    assert format_name("{{year}} {year}", 2012, 0) == "{year} 2012"


PARTS = [
    "FREQ=YEARLY",
    "FREQ=MONTHLY",
    "FREQ=WEEKLY",
    "FREQ=DAILY",
    "FREQ=HOURLY",
    "FREQ=MINUTELY",
    "FREQ=SECONDLY",
    "INTERVAL=0",
    "INTERVAL=1",
    "INTERVAL=2",
    "INTERVAL=7",
    "INTERVAL=400",
    "INTERVAL=-3",
    "COUNT=3",
    "COUNT=0",
    "UNTIL=20151231",
    "UNTIL=21001231T000000Z",
    "BYMONTH=2",
    "BYMONTH=7,9",
    "BYMONTH=13",
    "BYMONTHDAY=29",
    "BYMONTHDAY=30,31",
    "BYMONTHDAY=-1",
    "BYYEARDAY=366",
    "BYYEARDAY=-1,100",
    "BYWEEKNO=53",
    "BYWEEKNO=1",
    "BYDAY=MO",
    "BYDAY=TU,TH",
    "BYDAY=1MO",
    "BYDAY=-1FR",
    "BYDAY=53SU",
    "BYDAY=99MO",
    "BYSETPOS=1",
    "BYSETPOS=-1",
    "BYHOUR=5",
    "BYEASTER=0",
    "WKST=SU",
    "X-NAME=1",
    "DTSTART=20100101",
    "garbage",
    "",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(PARTS), min_size=1, max_size=5),
    noise=st.text(alphabet="FREQ=YEARLYBYDAMO;,-0123456789", max_size=12),
    start=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    until=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
)
@pytest.mark.timeout(300)  # proves termination: before, FREQ=DAILY;INTERVAL=0 never ended
def test_any_rule_either_is_refused_or_yields_at_most_the_cap(parts, noise, start, until):
    for text in (";".join(parts), ";".join(parts) + noise, noise):
        try:
            dates = occurrence_dates(text, start, until)
        except RecurrenceError as exc:
            assert isinstance(exc.problem, RecurrenceProblem)
            continue
        assert len(dates) <= MAX_OCCURRENCES
        assert all(start <= d for d in dates)
        assert list(dates) == sorted(dates)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="{}:!.[]0123456789yearnumbodinalQ>x ", max_size=24))
def test_any_name_pattern_either_is_refused_or_formats_a_short_name(pattern):
    try:
        check_name_pattern(pattern)
    except RecurrenceError as exc:
        assert exc.is_pattern
        return
    name = format_name(pattern, 2012, 1945)
    assert len(name) <= len(pattern) * 3
