"""The decision editor's form logic, without a widget: loading a decision into the fields
and reading them back gives the same decision; the rows and choices follow the effect and
the rule; each error lands in the slot (and mandate, and row) of its field."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from paths import SEED_PLAN

from planner.app import decision_form as df
from planner.app.decision_form import ErrorPlace, HeadFields, MandateFields, Slot
from planner.app.documents import read_plan
from planner.app.edits import EditError, decision_to_form, put_decision
from planner.domain.calendar import Calendar
from planner.domain.model import RULE_TYPES, Report

PLAN = read_plan(SEED_PLAN)
CAL = Calendar(PLAN)
REPORTS = [r.id for r in PLAN.reports]
BODIES_WITH_SESSIONS = sorted(b for b, s in CAL.by_body.items() if s.sessions)
EVENTS = [e.id for e in PLAN.events]
SERIES = [s.id for s in PLAN.event_series]


def without_nones(value: Any) -> Any:
    """The interchange shape with the keys that hold nothing left out (a writer's
    `"until": null` and a form's missing `until` say the same)."""
    if isinstance(value, dict):
        return {k: without_nones(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nones(v) for v in value]
    return value


def read_back(m: dict[str, Any], proposed: dict[str, str] | None = None) -> dict[str, Any]:
    return df.mandate_data(df.mandate_fields(m, proposed or {}))


# --- strategies: valid decisions of the seed plan ----------------------------------------

days = st.dates(min_value=date(1995, 1, 1), max_value=date(2040, 12, 31))


@st.composite
def rules(draw: st.DrawFn, scheduling: bool = True) -> dict[str, Any]:
    body = draw(st.sampled_from(BODIES_WITH_SESSIONS))
    if not scheduling:  # a rule only limits terminate, defer and merge to one body
        return {"type": "next_session", "body": body, "prep_weeks": 0}
    sessions = [s.id for s in CAL.by_body[body].sessions]
    prep = draw(st.integers(*df.PREP_WEEKS))
    kind = draw(st.sampled_from(RULE_TYPES))
    if kind == "at_session":
        return {"type": kind, "body": body, "session": draw(st.sampled_from(sessions))}
    if kind == "next_session":
        return {"type": kind, "body": body, "prep_weeks": prep}
    if kind == "after_event":
        return {
            "type": kind,
            "body": body,
            "event": draw(st.sampled_from(EVENTS)),
            "prep_weeks": prep,
        }
    if kind == "periodic":
        return {
            "type": kind,
            "body": body,
            "every_years": draw(st.integers(*df.EVERY_YEARS)),
            "first": draw(st.integers(1900, 2200) | st.sampled_from(sessions)),
            "until": draw(st.none() | st.integers(1900, 2200)),
        }
    start = draw(st.none() | days)
    until = draw(st.none() | days)
    if start is not None and until is not None and until < start:
        start, until = until, start
    return {
        "type": kind,
        "body": body,
        "series": draw(st.sampled_from(SERIES)),
        "prep_weeks": prep,
        "from": start.isoformat() if start else None,
        "until": until.isoformat() if until else None,
    }


@st.composite
def mandates(draw: st.DrawFn) -> dict[str, Any]:
    effect = draw(st.sampled_from(df.EFFECTS))
    report = draw(st.sampled_from(REPORTS))
    m: dict[str, Any] = {"report": report, "effect": effect}
    if effect in df.SCHEDULING:
        m["rule"] = draw(rules())
    elif draw(st.booleans()):
        m["rule"] = draw(rules(scheduling=False))
    sessions = [s.id for s in CAL.sorted_sessions()]
    if effect == "terminate" and draw(st.booleans()):
        m["from_session"] = draw(st.sampled_from(sessions))
    if effect == "defer":
        first, second = draw(
            st.lists(st.sampled_from(sessions), min_size=2, max_size=2, unique=True)
        )
        m["from_session"], m["to_session"] = first, second
    if effect == "merge":
        m["into"] = draw(st.sampled_from([r for r in REPORTS if r != report]))
    return m


@st.composite
def decisions(draw: st.DrawFn) -> dict[str, Any]:
    """A decision of the plan, changed: its dates, status, title, notes and mandates."""
    base = decision_to_form(draw(st.sampled_from(PLAN.decisions)))
    adopted = draw(days)
    effective = draw(st.none() | st.integers(1, 400).map(lambda n: adopted + timedelta(days=n)))
    text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs")), max_size=30)
    return {
        **base,
        "adopted": adopted.isoformat(),
        "effective": effective.isoformat() if effective else None,
        "status": draw(st.sampled_from(df.STATUSES)) if "DRAFT" not in base["symbol"] else "draft",
        "title": draw(text),
        "notes": draw(text),
        "mandates": draw(st.lists(mandates(), max_size=4)),
    }


# --- round trips -------------------------------------------------------------------------


@given(mandates())
def test_a_mandate_loaded_into_the_form_reads_back_the_same(m):
    assert read_back(m) == without_nones(m)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(decisions())
def test_a_decision_loaded_into_the_form_reads_back_as_the_same_decision(form):
    head = df.head_fields(form, adopted=None, today=date(2026, 11, 30), bodies=["GA"])
    data = df.decision_data(head, [read_back(m) for m in form["mandates"]])
    assert without_nones(data) == without_nones(form)
    # and the plan it makes holds the very decision the fields describe (or the check
    # refuses both alike: two merges into each other, a session before its series, …)
    assert outcome(data) == outcome(form)


def outcome(data: dict[str, Any]) -> object:
    try:
        decisions = put_decision(PLAN, data, replacing=data["symbol"], calendar=CAL).decisions
    except EditError as exc:
        event("refused")
        return (exc.field, exc.code, exc.values)
    event("accepted")
    return decisions


def test_the_seed_plans_decisions_read_back_unchanged():
    for d in PLAN.decisions:
        form = decision_to_form(d)
        head = df.head_fields(form, adopted=None, today=date(2026, 11, 30), bodies=[])
        data = df.decision_data(head, [read_back(m) for m in form["mandates"]])
        assert put_decision(PLAN, data, replacing=d.symbol, calendar=CAL) == PLAN


def test_an_effective_date_on_the_adoption_day_is_no_effective_date():
    head = HeadFields(symbol="x", body="GA", adopted=date(2020, 5, 1), effective=date(2020, 5, 1))
    assert df.decision_data(head, [])["effective"] is None
    assert df.decision_data(head, [])["adopted"] == "2020-05-01"


def test_typed_text_is_trimmed_and_a_year_is_a_number():
    f = MandateFields(
        report=" conf-followup ",
        effect="add",
        rule_type="periodic",
        rule=df.RuleFields(body="ECOSOC", every_years=5, first=" 2015 ", until_year="2030"),
    )
    assert df.mandate_data(f) == {
        "report": "conf-followup",
        "effect": "add",
        "rule": {
            "type": "periodic",
            "body": "ECOSOC",
            "every_years": 5,
            "first": 2015,
            "until": 2030,
        },
    }
    # a session id, or text that only looks like digits, stays text for the check to name
    for typed in ("ecosoc-2015", "²⁰¹⁵", "soon"):
        g = MandateFields(effect="add", rule_type="periodic", rule=df.RuleFields(first=typed))
        assert df.mandate_data(g)["rule"]["first"] == typed
    # digits of another script are a year all the same
    g = MandateFields(effect="add", rule_type="periodic", rule=df.RuleFields(first="٢٠١٥"))
    assert df.mandate_data(g)["rule"]["first"] == 2015


def test_a_rule_only_limits_an_effect_that_does_not_schedule():
    m = {"report": "r", "effect": "terminate", "rule": {"type": "periodic", "body": "CSW"}}
    f = df.mandate_fields(m)
    assert f.rule_type == "next_session"  # "only at one body"
    assert df.mandate_data(f)["rule"] == {"type": "next_session", "body": "CSW", "prep_weeks": 0}
    # and a mandate without one applies at every body
    assert df.mandate_fields({"report": "r", "effect": "merge"}).rule_type == ""


def test_an_add_without_a_rule_offers_the_first_rule_and_keeps_the_rule_rows():
    f = df.mandate_fields({"report": "r", "effect": "add"})
    assert f.rule_type == "at_session" and f.rule is None
    assert df.mandate_fields({"report": "r", "effect": "bogus"}).effect == "add"


def test_loading_keeps_a_new_report_lines_title_typed_earlier():
    f = df.mandate_fields({"report": "brand-new", "effect": "add"}, {"brand-new": "A new line"})
    assert f.new_title == "A new line"


def test_fields_the_effect_does_not_use_are_not_written():
    rule = df.RuleFields(body="ECOSOC")
    both = {"from_session": "ecosoc-2010", "to_session": "ecosoc-2011", "into": "x"}
    out = {
        e: df.mandate_data(MandateFields(report="r", effect=e, rule=rule, **both))
        for e in df.EFFECTS
    }
    assert "from_session" not in out["add"] and "into" not in out["add"]
    assert (
        out["terminate"]["from_session"] == "ecosoc-2010" and "to_session" not in out["terminate"]
    )
    assert (out["defer"]["from_session"], out["defer"]["to_session"]) == (
        "ecosoc-2010",
        "ecosoc-2011",
    )
    assert out["merge"]["into"] == "x" and "from_session" not in out["merge"]


# --- rows and choices --------------------------------------------------------------------


def test_rule_choices_follow_the_effect():
    assert df.rule_choices("add") == df.rule_choices("replace") == RULE_TYPES
    for effect in ("terminate", "defer", "merge"):
        assert df.rule_choices(effect) == ("", "next_session")


@pytest.mark.parametrize(
    ("effect", "rule", "report", "extra"),
    [
        ("add", "periodic", "conf-followup", {"rule_body", "every", "first", "until_year"}),
        (
            "add",
            "with_series",
            "conf-followup",
            {"rule_body", "series", "prep", "series_from", "series_until"},
        ),
        ("replace", "at_session", "conf-followup", {"rule_body", "session"}),
        ("add", "after_event", "brand-new", {"new_title", "rule_body", "event", "prep"}),
        ("terminate", "", "conf-followup", {"from_session"}),
        ("terminate", "next_session", "conf-followup", {"rule_body", "from_session"}),
        ("defer", "", "conf-followup", {"from_session", "to_session"}),
        ("merge", "next_session", "conf-followup", {"rule_body", "into"}),
        ("merge", "", "   ", {"into"}),
    ],
)
def test_a_mandate_shows_only_the_rows_its_effect_and_rule_use(effect, rule, report, extra):
    shown = df.shown_rows(effect, rule, report, REPORTS)
    assert shown == {"report", "effect", "rule_type"} | extra
    assert shown <= set(df.ROWS)


def test_new_report_lines_are_the_unknown_reports_each_once_with_the_typed_title():
    ms = [
        {"report": "new-a"},
        {"report": "conf-followup"},
        {"report": "new-a"},
        {"report": "new-b"},
    ]
    assert df.new_report_lines(ms, REPORTS, {"new-a": "Line A"}) == [
        Report("new-a", "Line A"),
        Report("new-b", ""),
    ]
    assert df.new_report(" new-a ", " T ", REPORTS) == Report("new-a", "T")
    assert df.new_report("conf-followup", "T", REPORTS) is None


def test_a_new_mandate_starts_at_the_next_session_of_the_decisions_body():
    assert df.new_mandate(PLAN.reports, "CSW") == {
        "report": REPORTS[0],
        "effect": "add",
        "rule": {"type": "next_session", "body": "CSW", "prep_weeks": 0},
    }
    assert df.new_mandate((), "CSW")["report"] == ""


def test_a_new_decision_starts_at_ecosoc_on_the_day_given():
    head = df.head_fields(None, adopted=date(2024, 3, 1), today=date(2026, 1, 1), bodies=REPORTS)
    assert (head.body, head.adopted) == (REPORTS[0], date(2024, 3, 1))
    head = df.head_fields(None, adopted=None, today=date(2026, 1, 1), bodies=["GA", "ECOSOC"])
    assert (head.body, head.adopted, head.status) == ("ECOSOC", date(2026, 1, 1), "adopted")


def test_mandate_summaries_name_the_rule_or_the_one_body():
    assert df.mandate_summary({"report": "r", "effect": "add", "rule": {"type": "periodic"}}) == (
        df.MandateSummary("add", "r", rule_type="periodic")
    )
    assert df.mandate_summary({"report": "r", "effect": "defer", "rule": {"body": "CSW"}}) == (
        df.MandateSummary("defer", "r", only_at="CSW")
    )
    assert df.mandate_summary({"effect": "merge"}) == df.MandateSummary("merge", "")


def test_the_symbol_note_says_what_the_typed_symbol_becomes():
    assert df.symbol_note("decision 2011/216", "ECOSOC", "adopted") == "E/DEC/2011/216"
    assert df.symbol_note("E/DEC/2011/216", "ECOSOC", "adopted") == ""
    assert df.symbol_note("hello", "ECOSOC", "adopted") == ""


# --- where errors go ---------------------------------------------------------------------


def periodic(first: object = 2015) -> dict[str, Any]:
    return {"report": "r", "effect": "add", "rule": {"type": "periodic", "first": first}}


SERIES_RULE = {"report": "r", "effect": "add", "rule": {"type": "with_series", "series": "s"}}


@pytest.mark.parametrize(
    ("field", "current", "place"),
    [
        ("symbol", 0, ErrorPlace(Slot.SYMBOL, row="symbol")),
        ("effective", 0, ErrorPlace(Slot.HEAD, row="effective")),
        ("", 0, ErrorPlace(Slot.GENERAL)),
        ("decision", 1, ErrorPlace(Slot.GENERAL)),
        ("mandates", 1, ErrorPlace(Slot.MANDATE)),
        ("mandates[1].rule.first", 1, ErrorPlace(Slot.MANDATE, row="first")),
        ("mandates[0].rule.first", 1, ErrorPlace(Slot.MANDATE, mandate=0, row="first")),
        ("mandates[1].into", 0, ErrorPlace(Slot.MANDATE, mandate=1, row="into")),
        ("mandates[0].rule.until", 1, ErrorPlace(Slot.MANDATE, mandate=0, row="until_year")),
        ("mandates[1].rule.until", 0, ErrorPlace(Slot.MANDATE, mandate=1, row="series_until")),
        ("mandates[1].rule.from", 1, ErrorPlace(Slot.MANDATE, row="series_from")),
        ("mandates[0]", 0, ErrorPlace(Slot.MANDATE)),
    ],
)
def test_each_error_lands_where_its_field_is(field, current, place):
    assert df.error_place(field, [periodic(), SERIES_RULE], current) == place


def test_every_mandate_row_an_error_names_is_a_row_of_the_form():
    assert set(df.MANDATE_ROWS.values()) <= set(df.ROWS)
    assert {"until_year", "series_until"} <= set(df.ROWS)


def test_a_real_edit_error_points_at_the_mandate_and_row_at_fault():
    decision = next(d for d in PLAN.decisions if d.mandates)
    form = {
        **decision_to_form(decision),
        "mandates": [decision_to_form(decision)["mandates"][0], periodic("soon")],
    }
    form["mandates"][1]["rule"]["body"] = "ECOSOC"
    form["mandates"][1]["rule"]["every_years"] = 1
    form["mandates"][1]["report"] = REPORTS[0]
    with pytest.raises(EditError) as caught:
        put_decision(PLAN, form, replacing=form["symbol"], calendar=CAL)
    assert df.error_place(caught.value.field, form["mandates"], 0) == ErrorPlace(
        Slot.MANDATE, mandate=1, row="first"
    )
