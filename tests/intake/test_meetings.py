"""Meeting calendars (.ics) matched to the plan's sessions; projected ones confirmed."""

from __future__ import annotations

from datetime import date

import pytest
from paths import DEFAULT_PLAN

from planner.app.documents import read_plan
from planner.app.meeting_import import apply_meetings
from planner.domain.calendar import Calendar
from planner.domain.model import SessionStatus
from planner.intake.errors import IntakeError
from planner.intake.meetings import match_meetings, read_meetings


def ics(*events: tuple[str, str, str, str]) -> bytes:
    """(summary, DTSTART, DTEND, location), dates as YYYYMMDD (all-day, DTEND exclusive)."""
    body = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:test-{i}@example.org\r\n"
        "DTSTAMP:20260101T000000Z\r\n"
        f"SUMMARY:{summary}\r\n"
        f"DTSTART;VALUE=DATE:{start}\r\n"
        f"DTEND;VALUE=DATE:{end}\r\n"
        f"LOCATION:{location}\r\n"
        "END:VEVENT\r\n"
        for i, (summary, start, end, location) in enumerate(events)
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


@pytest.fixture(scope="module")
def plan():
    return read_plan(DEFAULT_PLAN)


def test_a_projected_session_is_confirmed_with_the_meetings_dates(plan):
    data = ics(
        (
            "Commission on the Status of Women, seventy-first session",
            "20270315",
            "20270327",
            "New York",
        ),
        ("CSW70", "20260309", "20260321", "New York"),  # held as planned
        ("Statistical Commission, 58th session", "20270223", "20270227", "Geneva"),
        ("Open-ended working group on oceans", "20270601", "20270604", "Nairobi"),
    )
    meetings = read_meetings(data, "meetings.ics")
    assert meetings[0].end == date(2026, 3, 20)  # DTEND of an all-day event is exclusive
    cal = Calendar(plan)
    matches = {m.meeting.summary: m for m in match_meetings(meetings, plan, cal)}
    csw = matches["Commission on the Status of Women, seventy-first session"]
    assert (csw.kind, csw.session.id) == ("confirm", "csw-2027")
    assert matches["CSW70"].kind == "same"
    stat = matches["Statistical Commission, 58th session"]
    assert (stat.kind, stat.session.id) == ("confirm", "statcom-2027")
    assert matches["Open-ended working group on oceans"].kind == "unmatched"

    new, changed = apply_meetings(plan, list(matches.values()))
    assert sorted(changed) == ["csw-2027", "statcom-2027"]
    after = Calendar(new).sessions
    assert after["csw-2027"].status == SessionStatus.CONFIRMED
    assert (after["csw-2027"].start, after["csw-2027"].end) == (
        date(2027, 3, 15),
        date(2027, 3, 26),
    )
    assert after["statcom-2027"].location == "Geneva"
    assert after["statcom-2027"].series == "statcom"  # still that series' session
    assert (
        after["csw-2027"].source == "meetings.ics: test-0@example.org"
    )  # where the dates come from


def test_a_confirmed_session_with_other_dates_is_an_update(plan):
    data = ics(("80th session of the General Assembly", "20250909", "20260909", "New York"))
    [m] = match_meetings(read_meetings(data, "ga.ics"), plan, Calendar(plan))
    assert (m.kind, m.session.id) == ("update", "ga-2025")
    new, changed = apply_meetings(plan, [m])
    assert changed == ["ga-2025"] and Calendar(new).sessions["ga-2025"].end == date(2026, 9, 8)
    assert len([s for s in new.sessions if s.id == "ga-2025"]) == 1  # replaced, not added


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b"<akomaNtoso/>", "not an iCalendar"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n", "iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no events"),
        (b"BEGIN:VCALENDAR" + b"x" * (6 * 1024 * 1024), "MB"),
    ],
)
def test_bad_files_are_one_line_errors(data, fragment):
    with pytest.raises(IntakeError) as info:
        read_meetings(data, "bad.ics")
    assert fragment in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith("bad.ics: ")


@pytest.mark.timeout(120)
def test_any_bytes_give_meetings_or_a_one_line_intake_error():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    head = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
    lines = st.lists(
        st.sampled_from(
            [
                b"DTSTART:20260101",
                b"DTSTART;VALUE=DATE:2026",
                b"DTEND:x",
                b"SUMMARY:\xff\xfe",
                b"END:VEVENT",
                b"BEGIN:VEVENT",
                b"END:VCALENDAR",
                b"RRULE:FREQ=DAILY",
                b"DTSTART;TZID=Nowhere:20260101T100000",
            ]
        )
        | st.binary(max_size=40),
        max_size=12,
    )

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(lines)
    def check(parts):
        try:
            read_meetings(head + b"\r\n".join(parts), "x.ics")
        except IntakeError as exc:
            assert "\n" not in str(exc)

    check()
