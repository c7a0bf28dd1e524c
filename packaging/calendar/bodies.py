"""The bodies of the default plan and the rules that project their sessions.

Each body lists its series: one per period in which the body followed one
practice (a rule change ends one series and starts the next). A series is
projected only in years where no explicit session of the body is known, so
held sessions always come from `sources/` (with their source), and
projections fill the years after each body's last decided session.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SeriesRule:
    id: str
    name: str  # pattern: {year}, {number} (= year - number_offset), {ordinal}
    rrule: str
    duration_days: int
    first_year: int
    last_year: int | None = None
    number_offset: int = 0
    ends_before_next: bool = False
    location: str = "New York"
    source: str = ""


@dataclass(frozen=True)
class BodySpec:
    id: str
    name: str
    parent: str | None
    prefix: str  # explicit session ids are {prefix}-{year}[-k]
    session_name: str  # pattern for explicit sessions without a researched name
    number_offset: int = 0
    series: tuple[SeriesRule, ...] = field(default=())
    submission_weeks: int = 10
    issuance_weeks: int = 6


def _annual(
    body: str,
    name: str,
    rrule: str,
    days: int,
    first: int,
    last: int | None = None,
    *,
    sid: str | None = None,
    offset: int = 0,
    location: str = "New York",
    source: str = "",
) -> SeriesRule:
    return SeriesRule(
        id=sid or body.lower(),
        name=name,
        rrule=rrule,
        duration_days=days,
        first_year=first,
        last_year=last,
        number_offset=offset,
        location=location,
        source=source,
    )


def _commission(
    bid: str, name: str, offset: int, *rules: SeriesRule, location: str = "New York"
) -> BodySpec:
    return BodySpec(
        id=bid,
        name=name,
        parent="ECOSOC",
        prefix=bid.lower(),
        session_name="{ordinal} session of the " + name,
        number_offset=offset,
        series=rules,
    )


def _segment(bid: str, name: str, *rules: SeriesRule) -> BodySpec:
    return BodySpec(
        id=bid,
        name=name,
        parent="ECOSOC",
        prefix=bid.lower(),
        session_name=name + " ({year})",
        series=rules,
    )


GA_RULE_2003 = "A/RES/57/301: opens on the Tuesday of the third week of September"
GA_RULE_2023 = (
    "Openings of the 78th to 80th sessions (5 Sep 2023, 10 Sep 2024, 9 Sep 2025):"
    " the Tuesday of the second week of September"
)

BODIES: tuple[BodySpec, ...] = (
    BodySpec(
        id="GA",
        name="General Assembly",
        parent=None,
        prefix="ga",
        session_name="{ordinal} session of the General Assembly",
        number_offset=1945,
        series=(
            SeriesRule(
                "ga-until-2022",
                "{ordinal} session of the General Assembly",
                "FREQ=YEARLY;BYMONTH=9;BYDAY=TU;BYMONTHDAY=12,13,14,15,16,17,18",
                365,
                2012,
                2022,
                number_offset=1945,
                ends_before_next=True,
                source=GA_RULE_2003,
            ),
            SeriesRule(
                "ga",
                "{ordinal} session of the General Assembly",
                "FREQ=YEARLY;BYMONTH=9;BYDAY=TU;BYMONTHDAY=5,6,7,8,9,10,11",
                365,
                2023,
                number_offset=1945,
                ends_before_next=True,
                source=GA_RULE_2023,
            ),
        ),
    ),
    BodySpec(
        id="GA-C2",
        name="Second Committee (Economic and Financial)",
        parent="GA",
        prefix="ga-c2",
        session_name="Second Committee, {ordinal} session",
        number_offset=1945,
        series=(
            _annual(
                "GA-C2",
                "Second Committee, {ordinal} session",
                "FREQ=YEARLY;BYMONTH=10;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7",
                53,
                2012,
                offset=1945,
                source="Main part from the first week of October to late November",
            ),
        ),
    ),
    BodySpec(
        id="GA-C3",
        name="Third Committee (Social, Humanitarian and Cultural)",
        parent="GA",
        prefix="ga-c3",
        session_name="Third Committee, {ordinal} session",
        number_offset=1945,
        series=(
            _annual(
                "GA-C3",
                "Third Committee, {ordinal} session",
                "FREQ=YEARLY;BYMONTH=10;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7",
                53,
                2012,
                offset=1945,
                source="Main part from the first week of October to late November",
            ),
        ),
    ),
    BodySpec(
        id="HLPF-GA",
        name="High-level political forum under the auspices of the General Assembly (SDG Summit)",
        parent="GA",
        prefix="hlpf-ga",
        session_name="SDG Summit {year}",
        series=(
            SeriesRule(
                "hlpf-ga",
                "SDG Summit {year}",
                "FREQ=YEARLY;INTERVAL=4;BYMONTH=9;BYDAY=MO,TU;BYMONTHDAY=18,19,20,21,22,23,24;BYSETPOS=1",
                2,
                2019,
                source="A/RES/67/290 para. 6: every four years under the General Assembly",
            ),
        ),
    ),
    BodySpec(
        id="ECOSOC",
        name="Economic and Social Council",
        parent=None,
        prefix="ecosoc",
        session_name="{year} session of the Economic and Social Council",
        series=(
            SeriesRule(
                "ecosoc-substantive",
                "Substantive session of {year}",
                "FREQ=YEARLY;BYMONTH=7;BYDAY=1MO",
                26,
                2012,
                2013,
                location="New York",
                source="Four-week substantive session in July until 2013",
            ),
            SeriesRule(
                "ecosoc",
                "{number} session of the Economic and Social Council",
                "FREQ=YEARLY;BYMONTH=7;BYDAY=TH;BYMONTHDAY=23,24,25,26,27,28,29",
                365,
                2014,
                number_offset=-1,
                ends_before_next=True,
                source="A/RES/68/1: a July-to-July session named after the year in which it ends",
            ),
        ),
    ),
    _segment(
        "ECOSOC-CS",
        "Coordination segment",
        SeriesRule(
            "ecosoc-cs",
            "Coordination segment ({year})",
            "FREQ=YEARLY;BYMONTH=1;BYDAY=-1WE",
            2,
            2022,
            source="A/RES/75/290 A annex: two days in late January or early February since 2022",
        ),
    ),
    _segment(
        "ECOSOC-MS",
        "Management segment (coordination and management meetings until 2018)",
        SeriesRule(
            "ecosoc-ms",
            "Management segment ({year})",
            "FREQ=YEARLY;BYMONTH=6;BYDAY=TU;BYMONTHDAY=4,5,6,7,8,9,10",
            2,
            2014,
            source="A/RES/75/290 A annex: the June part of the management segment",
        ),
    ),
    _segment(
        "ECOSOC-PF",
        "Partnership Forum",
        _annual(
            "ECOSOC-PF",
            "Partnership Forum ({year})",
            "FREQ=YEARLY;BYMONTH=1;BYDAY=-1TU",
            1,
            2022,
            source="A/RES/75/290 A: opens the Council's calendar-year work in late January",
        ),
    ),
    _segment(
        "ECOSOC-YF",
        "Youth Forum",
        _annual(
            "ECOSOC-YF",
            "Youth Forum ({year})",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=TU;BYMONTHDAY=14,15,16,17,18,19,20",
            3,
            2019,
            source="Held in April since 2019; three days since 2023",
        ),
    ),
    _segment(
        "ECOSOC-FFD",
        "Forum on Financing for Development follow-up",
        _annual(
            "ECOSOC-FFD",
            "Financing for Development Forum ({year})",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=MO;BYMONTHDAY=15,16,17,18,19,20,21",
            4,
            2016,
            source="A/RES/69/313 para. 132: annual forum, usually four days in April",
        ),
    ),
    _segment(
        "ECOSOC-STI",
        "Multi-stakeholder forum on science, technology and innovation for the SDGs",
        _annual(
            "ECOSOC-STI",
            "STI Forum ({year})",
            "FREQ=YEARLY;BYMONTH=5;BYDAY=WE;BYMONTHDAY=3,4,5,6,7,8,9",
            2,
            2016,
            source="A/RES/70/1 para. 70: annual two-day forum, early May in recent years",
        ),
    ),
    _segment(
        "ECOSOC-OAS",
        "Operational activities for development segment",
        _annual(
            "ECOSOC-OAS",
            "Operational activities for development segment ({year})",
            "FREQ=YEARLY;BYMONTH=2;BYDAY=TU;BYMONTHDAY=22,23,24,25,26,27,28",
            3,
            2014,
            2018,
            sid="ecosoc-oas-until-2018",
            source="Late February, 2014-2018",
        ),
        _annual(
            "ECOSOC-OAS",
            "Operational activities for development segment ({year})",
            "FREQ=YEARLY;BYMONTH=5;BYDAY=3TU",
            3,
            2019,
            source="Three days in the second half of May since 2019",
        ),
    ),
    _segment(
        "ECOSOC-HAS",
        "Humanitarian affairs segment",
        _annual(
            "ECOSOC-HAS",
            "Humanitarian affairs segment ({year})",
            "FREQ=YEARLY;BYMONTH=6;BYDAY=WE;BYMONTHDAY=17,18,19,20,21,22,23",
            3,
            2014,
            location="New York or Geneva (alternating)",
            source="Three days in the second half of June, New York in even years, Geneva in odd",
        ),
    ),
    _segment(
        "ECOSOC-INT",
        "Integration segment",
        _annual(
            "ECOSOC-INT",
            "Integration segment ({year})",
            "FREQ=YEARLY;BYMONTH=5;BYDAY=1MO",
            3,
            2014,
            2021,
            source="2014-2021; replaced by the coordination segment (A/RES/75/290 A)",
        ),
    ),
    _segment(
        "ECOSOC-HLS",
        "High-level segment",
        _annual(
            "ECOSOC-HLS",
            "High-level segment ({year})",
            "FREQ=YEARLY;BYMONTH=7;BYDAY=MO;BYMONTHDAY=13,14,15,16,17,18,19",
            4,
            2014,
            source="Four days in July, with the ministerial meeting of the HLPF",
        ),
    ),
    _segment(
        "ECOSOC-DCF",
        "Development Cooperation Forum",
        SeriesRule(
            "ecosoc-dcf",
            "Development Cooperation Forum ({year})",
            "FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYDAY=TU;BYMONTHDAY=17,18,19,20,21,22,23",
            2,
            2023,
            source="Biennial high-level meeting; odd years from 2023",
        ),
    ),
    BodySpec(
        id="HLPF",
        name="High-level political forum on sustainable development (under ECOSOC)",
        parent="ECOSOC",
        prefix="hlpf",
        session_name="High-level political forum {year}",
        series=(
            _annual(
                "HLPF",
                "High-level political forum {year}",
                "FREQ=YEARLY;BYMONTH=7;BYDAY=MO;BYMONTHDAY=8,9,10,11,12,13,14",
                10,
                2014,
                source="A/RES/67/290 para. 7: eight days every year under the Council, in July",
            ),
        ),
    ),
    _commission(
        "CSocD",
        "Commission for Social Development",
        1962,
        _annual(
            "CSocD",
            "{ordinal} session of the Commission for Social Development",
            "FREQ=YEARLY;BYMONTH=2;BYDAY=MO;BYMONTHDAY=3,4,5,6,7,8,9",
            10,
            2012,
            offset=1962,
            source="Opens on a Monday in early February since 2018",
        ),
    ),
    _commission(
        "CSW",
        "Commission on the Status of Women",
        1956,
        _annual(
            "CSW",
            "{ordinal} session of the Commission on the Status of Women",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=2MO",
            12,
            2012,
            offset=1956,
            source="Two weeks from the second Monday of March in most years",
        ),
    ),
    _commission(
        "CPD",
        "Commission on Population and Development",
        1967,
        _annual(
            "CPD",
            "{ordinal} session of the Commission on Population and Development",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=2MO",
            5,
            2012,
            offset=1967,
            source="One week in April; the week varies (approximate rule)",
        ),
    ),
    _commission(
        "StatCom",
        "Statistical Commission",
        1969,
        _annual(
            "StatCom",
            "{ordinal} session of the Statistical Commission",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=1TU",
            4,
            2012,
            offset=1969,
            source="Tuesday to Friday around the start of March (approximate rule)",
        ),
    ),
    _commission(
        "CND",
        "Commission on Narcotic Drugs",
        1957,
        _annual(
            "CND",
            "{ordinal} session of the Commission on Narcotic Drugs",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=2MO",
            5,
            2012,
            offset=1957,
            location="Vienna",
            source="Regular session from the second Monday of March",
        ),
        location="Vienna",
    ),
    _commission(
        "CCPCJ",
        "Commission on Crime Prevention and Criminal Justice",
        1991,
        _annual(
            "CCPCJ",
            "{ordinal} session of the Commission on Crime Prevention and Criminal Justice",
            "FREQ=YEARLY;BYMONTH=5;BYDAY=3MO",
            5,
            2014,
            offset=1991,
            location="Vienna",
            source="One week in May since 2014, most often from the third Monday",
        ),
        location="Vienna",
    ),
    _commission(
        "CSTD",
        "Commission on Science and Technology for Development",
        1997,
        _annual(
            "CSTD",
            "{ordinal} session of the Commission on Science and Technology for Development",
            "FREQ=YEARLY;BYMONTH=5;BYDAY=2MO",
            5,
            2012,
            2021,
            sid="cstd-until-2021",
            offset=1997,
            location="Geneva",
            source="One week in May until 2021",
        ),
        _annual(
            "CSTD",
            "{ordinal} session of the Commission on Science and Technology for Development",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=2MO",
            5,
            2022,
            offset=1997,
            location="Geneva",
            source="One week from late March to mid-April since 2022",
        ),
        location="Geneva",
    ),
    _commission(
        "UNFF",
        "United Nations Forum on Forests",
        2005,
        _annual(
            "UNFF",
            "{ordinal} session of the United Nations Forum on Forests",
            "FREQ=YEARLY;BYMONTH=5;BYDAY=1MO",
            5,
            2017,
            offset=2005,
            source="Annual one-week session in early May since 2017",
        ),
    ),
    _commission(
        "CDP",
        "Committee for Development Policy",
        1998,
        _annual(
            "CDP",
            "Committee for Development Policy, {ordinal} session",
            "FREQ=YEARLY;BYMONTH=2;BYDAY=4MO",
            5,
            2020,
            offset=1998,
            source="Annual plenary in late February since 2020",
        ),
    ),
    _commission(
        "CEPA",
        "Committee of Experts on Public Administration",
        2001,
        _annual(
            "CEPA",
            "{ordinal} session of the Committee of Experts on Public Administration",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=3MO",
            5,
            2012,
            offset=2001,
            source="One week in April, most often from the third Monday",
        ),
    ),
)
