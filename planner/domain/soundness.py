"""The quick form of the four checks every plan file is held to when it is read.

`plan_is_sound` is True only when `shape_problems`, `reference_problems`,
`plan_problems(plan, expand=False)` and then `projected_problems` (all in
`integrity` and `bounds`, where each rule has its home) would find nothing. False says
no more: those four then run and name what is wrong. A file is almost always sound, so
a load pays for this form only.

Its decisions and mandates (12,000 and 40,000 at UN scale) are checked by column, not
record by record: each field of every mandate is gathered by C-level passes (`zip`,
`compress`, `map`), and a rule about single values is asked once per distinct value or
once of the column's least and greatest. Only references to projected sessions,
defers, merges and distinct values are walked in Python. The other records (a few
thousand) go through the four checks themselves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from operator import attrgetter
from typing import Any

from planner.domain.bounds import MAX_EVERY_YEARS, MAX_WEEKS, plan_problems
from planner.domain.calendar import events_of_series, session_bodies_of_series
from planner.domain.integrity import (
    References,
    first_cycle,
    reference_problems,
    series_named,
    shape_problems,
)
from planner.domain.model import (
    MAX_YEAR,
    MIN_YEAR,
    AfterEvent,
    AtSession,
    Decision,
    Effect,
    NextSession,
    Periodic,
    Plan,
    Session,
    WithSeries,
)

_SYMBOL = attrgetter("symbol")


# the session a projection must be of: an id wanted of no body in particular is None
Wanted = dict[str, str | None]
Merges = dict[date, list[tuple[str, str, int, int]]]


def plan_is_sound(plan: Plan, today: date | None = None) -> bool:
    """True only when the four checks would find nothing in `plan` (see the module)."""
    rest = replace(plan, decisions=())
    if shape_problems(rest):
        return False
    problems, refs = reference_problems(rest)
    if problems or refs.sessions.refs or refs.events.refs:
        return False
    if plan_problems(rest, expand=False):  # the series too, before any is projected
        return False
    decisions = plan.decisions
    if len(set(map(_SYMBOL, decisions))) != len(decisions):
        return False
    sessions: Wanted = {}
    events: set[str] = set()
    merges: Merges = {}
    try:
        if not _decisions_sound(decisions, refs, sessions, events, merges):
            return False
    except TypeError:  # a value no reader gives (unhashable, say): the four say what it is
        return False
    if any(first_cycle(edges) is not None for edges in merges.values()):
        return False
    return _projections_hold(plan, refs, sessions, events, today)


# --- decisions, mandates, rules -------------------------------------------------------------


def _decisions_sound(
    decisions: Sequence[Decision],
    refs: References,
    sessions: Wanted,
    events: set[str],
    merges: Merges,
) -> bool:
    """The decisions' part of `plan_is_sound`: what `shape_problems`, `_decisions` (with
    `mandate_shape`, `_rule_refs`), `merge_cycle` (the edges, in `merges`) and the bounds'
    `_decisions` (with `_rule_fits`) check, inline. References that only a projection can
    hold are left in `sessions` and `events`. (Decisions, mandates and rules are tuples:
    unpacking them is the quick way to their fields.)"""
    body_ids, report_ids, session_ids = refs.body_ids, refs.report_ids, refs.session_ids
    event_ids, event_series_ids = refs.event_ids, refs.event_series_ids
    add, replace_, defer, merge = Effect.ADD, Effect.REPLACE, Effect.DEFER, Effect.MERGE
    terminate = Effect.TERMINATE
    low, high, max_every, max_weeks = MIN_YEAR, MAX_YEAR, MAX_EVERY_YEARS, MAX_WEEKS
    periodic, next_session, at_session = Periodic, NextSession, AtSession
    after_event, with_series = AfterEvent, WithSeries
    for symbol, body, adopted, title, _status, effective, notes, mandates in decisions:
        if type(symbol) is not str or not symbol.strip():
            return False
        if type(title) is not str or type(notes) is not str or body not in body_ids:
            return False
        if type(adopted) is not date or not low <= adopted.year <= high:
            return False
        if effective is not None and (
            type(effective) is not date or not low <= effective.year <= high
        ):
            return False
        for report, effect, rule, from_session, to_session, into in mandates:
            if report not in report_ids:
                return False
            if into is not None and into not in report_ids:
                return False
            if effect is not add:
                if effect is defer:
                    if from_session is None or to_session is None or from_session == to_session:
                        return False
                elif effect is merge:
                    if into is None or into == report:
                        return False
                    merges.setdefault(effective or adopted, []).append((report, into, 0, 0))
                elif effect is replace_:
                    if rule is None:
                        return False
                elif effect is not terminate:  # not an effect the engine knows
                    return False
            elif rule is None:
                return False
            if from_session is not None and from_session not in session_ids:
                if type(from_session) is not str or not from_session:
                    return False
                sessions.setdefault(from_session, None)
            if to_session is not None and to_session not in session_ids:
                if type(to_session) is not str or not to_session:
                    return False
                sessions.setdefault(to_session, None)
            if rule is None:
                continue
            kind = type(rule)  # exactly: a subclass is left to the four checks
            fields: tuple[Any, ...] = rule  # values as read, of any type
            rule_body = fields[0]  # every kind names its body first
            if rule_body not in body_ids:
                return False
            if kind is periodic:
                _, every, first, until = fields
                if type(every) is not int or not 1 <= every <= max_every:
                    return False
                if until is not None and (type(until) is not int or not low <= until <= high):
                    return False
                if type(first) is int:
                    if not low <= first <= high:
                        return False
                elif not _session_held(first, rule_body, session_ids, sessions):
                    return False
            elif kind is next_session:
                prep = fields[1]
                if type(prep) is not int or not 0 <= prep <= max_weeks:
                    return False
            elif kind is at_session:
                s = session_ids.get(fields[1])  # a session of the rule's body, else a projection's
                if (s is None or s.body != rule_body) and not _session_held(
                    fields[1], rule_body, session_ids, sessions
                ):
                    return False
            elif kind is after_event:
                _, event, prep = fields
                if type(prep) is not int or not 0 <= prep <= max_weeks:
                    return False
                if event not in event_ids:
                    if type(event) is not str or not event:
                        return False
                    events.add(event)
            elif kind is with_series:
                _, series, prep, start, end = fields
                if type(prep) is not int or not 0 <= prep <= max_weeks:
                    return False
                if series not in event_series_ids:
                    return False
                for day in (start, end):
                    if day is not None and (type(day) is not date or not low <= day.year <= high):
                        return False
                if start is not None and end is not None and end < start:
                    return False
            else:
                return False
    return True


# --- references to sessions and events --------------------------------------------------------


def _session_held(
    ref: object, body: str, session_ids: Mapping[str, Session], sessions: Wanted
) -> bool:
    """`References.session`'s quick form: False for a problem, else the reference is to an
    explicit session of `body` or left in `sessions` for a projection (a session is of one
    body: an id already wanted of another is a problem)."""
    s = session_ids.get(ref) if type(ref) is str else None
    if s is not None and s.body == body:
        return True
    if type(ref) is not str or not ref:
        return False
    have = sessions.setdefault(ref, body)
    if have == body:
        return True
    if have is None:
        sessions[ref] = body
        return True
    return False


def _projections_hold(
    plan: Plan, refs: References, sessions: Wanted, events: set[str], today: date | None
) -> bool:
    """`projected_problems`' quick form, for the distinct references left. With more of
    them than there are series (a UN-scale plan: 8,000 against 400), every series is
    projected rather than each reference parsed for the one it names: the engine projects
    them all next anyway, and the ids are cached. (A series it cannot project then sends
    the plan to the four checks, which name it only if it is referred to.)"""
    if sessions:
        every = len(sessions) > len(refs.series)
        named = refs.series if every else series_named(sessions, refs.series)
        held, failed = session_bodies_of_series(plan, named, today)
        if failed:
            return False
        for ref, body in sessions.items():
            of = held.get(ref)
            if of is None or (body is not None and of != body):
                return False
    if events:
        held_events, failed = events_of_series(
            plan, series_named(events, refs.event_series_ids), today
        )
        if failed or not events.issubset(held_events):
            return False
    return True
