"""The recalculation engine (SPEC §3–5).

Report lines are independent except where a `merge` joins them, so the engine
works per *group* of merge-connected reports. A full recalculation computes
every group; an edit recomputes only the groups whose reports it touches.
Values are immutable, so "did this decision change?" is an identity check.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from planner.domain.bounds import PlanNotComputable, check_plan, decisions_problems
from planner.domain.calendar import Calendar
from planner.domain.diagnostics import (
    Code,
    Diagnostic,
    Level,
    mandate_place,
    requirement_place,
    tracking_place,
)
from planner.domain.model import (
    Decision,
    DecisionStatus,
    Effect,
    Mandate,
    Plan,
    Report,
    Session,
    Tracking,
    TrackingStatus,
)
from planner.domain.results import (
    Displaced,
    Displacement,
    RecalcOptions,
    ReportResult,
    Requirement,
)
from planner.domain.rules import beyond_horizon, occurrences

_OPEN_STATUSES = (TrackingStatus.PLANNED, TrackingStatus.FORECAST)


@contextmanager
def gc_paused(*, kept: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic objects.

    A full recalculation allocates ~10^5 small tuples; each generation-2
    collection would walk the whole plan. Nothing built here forms a cycle,
    so reference counting alone frees it (measured: ~30% faster).

    `kept`: what was built is kept (a plan just read), so it goes straight to the
    oldest generation (gc.freeze then gc.unfreeze: no object is visited) instead of
    being walked by the next young collection, then by the middle one (~20 ms for
    the UN-scale plan). Not while something is frozen: unfreezing would release it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if kept and not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


def in_scope(decision: Decision, options: RecalcOptions) -> bool:
    """SPEC §4: adopted (by the as-of date, if any), plus drafts when asked; never withdrawn."""
    if decision.status == DecisionStatus.WITHDRAWN:
        return False
    if decision.status == DecisionStatus.DRAFT and not options.with_drafts:
        return False
    return options.as_of is None or decision.adopted <= options.as_of


@dataclass(slots=True)
class _Occurrence:
    mandated_by: dict[
        str, None
    ]  # a set that keeps order: a report mandated 10^4 times stays linear
    created_by: str
    created_effective: date


def _requirement_order(r: Requirement) -> tuple[date, str, str, str]:
    return (r.session_start, r.body, r.report, r.session)


def _decision_order(d: Decision) -> tuple[date, date, str]:
    return d.order_key


def _step_order(step: tuple[Decision, int, Mandate]) -> tuple[tuple[date, date, str], int]:
    return (step[0].order_key, step[1])


@dataclass(frozen=True, slots=True)
class Recalculation:
    """A whole result: requirements sorted by session start, body, report."""

    options: RecalcOptions
    requirements: tuple[Requirement, ...]
    displaced: tuple[Displaced, ...]
    diagnostics: tuple[Diagnostic, ...]

    def by_key(self) -> dict[tuple[str, str], Requirement]:
        return {r.key: r for r in self.requirements}

    def explain(self, report: str, session: str) -> list[str]:
        """Why (report, session) is or is not due: provenance, or what displaced it."""
        reasons: list[str] = []
        for r in self.requirements:
            if r.key == (report, session):
                reasons.append("mandated by " + ", ".join(r.mandated_by))
        for d in self.displaced:
            if (d.report, d.session) == (report, session):
                reasons.append(d.reason())
        return reasons

    def to_json(self) -> dict[str, object]:
        return {
            "format": "mandate-planner-requirements/1",
            "as_of": self.options.as_of.isoformat() if self.options.as_of else None,
            "with_drafts": self.options.with_drafts,
            "requirements": [r.to_json() for r in self.requirements],
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What one edit did to the result; views refresh from this single object."""

    added: tuple[Requirement, ...] = ()
    removed: tuple[Requirement, ...] = ()
    changed: tuple[Requirement, ...] = ()
    full: bool = False
    reports: frozenset[str] = field(default_factory=frozenset)
    why: dict[tuple[str, str], Displaced] = field(default_factory=dict)  # why each removal

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def moves(self) -> list[tuple[Requirement, Requirement]]:
        """Removals paired with the addition their deferral or merge produced."""
        added = {r.key: r for r in self.added}
        pairs = []
        for r in self.removed:
            d = self.why.get(r.key)
            target = d.destination if d is not None else None
            if target is not None and target in added:
                pairs.append((r, added[target]))
        return pairs


class _Groups:
    """Union-find over reports joined by merge mandates (in any decision)."""

    def __init__(self, reports: Iterable[str], decisions: Iterable[Decision]) -> None:
        self.parent: dict[str, str] = {r: r for r in reports}
        for d in decisions:
            for m in d.mandates:
                if m.effect == Effect.MERGE and m.into:
                    self._union(m.report, m.into)
        members: dict[str, list[str]] = {}
        for r in self.parent:
            members.setdefault(self.find(r), []).append(r)
        self.members = members

    def find(self, r: str) -> str:
        parent = self.parent
        parent.setdefault(r, r)
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    def _union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def group_of(self, r: str) -> list[str]:
        return self.members.get(self.find(r), [r])


def _has_merge(decision: Decision) -> bool:
    return any(m.effect == Effect.MERGE for m in decision.mandates)


def _touched_reports(decision: Decision) -> set[str]:
    out = {m.report for m in decision.mandates}
    out.update(m.into for m in decision.mandates if m.into)
    return out


class Engine:
    """Holds a plan and its recalculated result; updates it incrementally.

    A plan with values outside the engine's bounds (`planner.domain.bounds`) raises
    PlanNotComputable, before anything changes: never a hang or an overflow."""

    # Set by `_load` (again on every full recalculation), kept current by `_update`.
    calendar: Calendar
    _plan: Plan
    _decisions: dict[str, Decision]
    _reports: dict[str, Report]
    _decisions_by_report: dict[str, set[str]]
    _mandates_by_report: dict[str, list[tuple[Decision, int, Mandate]]]
    _tracking: dict[str, dict[str, Tracking]]
    _groups: _Groups
    _results: dict[str, ReportResult]
    _cached: Recalculation | None
    _sorted: list[Requirement] | None  # every requirement, in result order

    def __init__(self, plan: Plan, options: RecalcOptions | None = None) -> None:
        self.options = options or RecalcOptions()
        check_plan(plan)
        with gc_paused():
            self._load(plan)

    # --- public --------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    def result(self) -> Recalculation:
        if self._cached is None:
            with gc_paused():
                self._cached = self._assemble()
        return self._cached

    def _assemble(self) -> Recalculation:
        displaced: list[Displaced] = []
        diags: list[Diagnostic] = []
        gather = self._sorted is None
        reqs: list[Requirement] = []
        for rr in self._results.values():
            if gather:
                reqs.extend(rr.requirements)
            displaced.extend(rr.displaced)
            diags.extend(rr.diagnostics)
        if gather:
            reqs.sort(key=_requirement_order)
            self._sorted = reqs
        return Recalculation(
            self.options, tuple(self._sorted or ()), tuple(displaced), tuple(diags)
        )

    def _patch_sorted(self, changes: ChangeSet) -> None:
        """Keep the sorted requirements current after an edit: a few bisects instead of a
        sort of every requirement (the sort key is unique per report and session)."""
        ordered = self._sorted
        if ordered is None:
            return
        for r in (*changes.removed, *changes.changed):
            i = bisect_left(ordered, _requirement_order(r), key=_requirement_order)
            if i < len(ordered) and ordered[i].key == r.key:
                del ordered[i]
        for r in (*changes.added, *changes.changed):
            insort(ordered, r, key=_requirement_order)

    def update(self, plan: Plan, options: RecalcOptions | None = None) -> ChangeSet:
        """Take the edited plan; recompute only what the edit can affect."""
        with gc_paused():
            return self._update(plan, options or self.options)

    def _update(self, plan: Plan, options: RecalcOptions) -> ChangeSet:
        old = self._plan
        calendar_same = all(
            getattr(plan, part) is getattr(old, part) or getattr(plan, part) == getattr(old, part)
            for part in (
                "bodies",
                "sessions",
                "session_series",
                "events",
                "event_series",
                "horizon_years",
            )
        )
        if not calendar_same or options != self.options:
            check_plan(plan)
            before = self._results
            self.options = options
            self._load(plan)
            return self._change_set(before, set(before) | set(self._results), full=True)

        touched: set[str] = set()
        merge_changed = False
        if plan.decisions is not old.decisions:
            old_decisions = self._decisions
            new_decisions = {d.symbol: d for d in plan.decisions}
            changed = [d for d in plan.decisions if old_decisions.get(d.symbol) is not d]
            removed = [d for sym, d in old_decisions.items() if sym not in new_decisions]
            problems = decisions_problems(changed)
            if problems:
                raise PlanNotComputable(tuple(problems))
            for d in changed:
                prev = old_decisions.get(d.symbol)
                for version in (d, prev) if prev is not None else (d,):
                    touched |= _touched_reports(version)
                    merge_changed |= _has_merge(version)
                    self._unindex_decision(version)
            for d in removed:
                touched |= _touched_reports(d)
                merge_changed |= _has_merge(d)
                self._unindex_decision(d)
            for d in changed:
                self._index_decision(d)
            self._decisions = new_decisions
        new_reports = self._reports
        if plan.reports is not old.reports:
            new_reports = {r.id: r for r in plan.reports}
            for rid in new_reports.keys() | self._reports.keys():
                if new_reports.get(rid) is not self._reports.get(rid):
                    touched.add(rid)
        if plan.tracking is not old.tracking:
            touched.update(t.report for t in set(old.tracking) ^ set(plan.tracking))
            self._index_tracking(plan.tracking)

        self._plan = plan
        self._reports = new_reports
        for r in touched:
            self._mandates_by_report[r] = self._steps_for(r)
        if merge_changed or not new_reports.keys() <= self._groups.parent.keys():
            self._groups = _Groups(self._reports, plan.decisions)
        affected = self._groups_of(touched)
        previous = {r: self._results.get(r) for r in affected}
        self._recompute(touched)
        changes = self._change_set(previous, affected, full=False)
        self._patch_sorted(changes)
        return changes

    def _groups_of(self, reports: set[str]) -> set[str]:
        """Every report recomputed along with `reports` (their merge groups)."""
        out: set[str] = set()
        for r in reports:
            if r not in out:
                out.update(self._groups.group_of(r))
        return out

    def _index_decision(self, d: Decision) -> None:
        for r in _touched_reports(d):
            self._decisions_by_report.setdefault(r, set()).add(d.symbol)

    def _unindex_decision(self, d: Decision) -> None:
        for r in _touched_reports(d):
            self._decisions_by_report.get(r, set()).discard(d.symbol)

    def _steps_for(self, report: str) -> list[tuple[Decision, int, Mandate]]:
        """The in-scope mandates acting on `report`, in application order."""
        steps = []
        for sym in self._decisions_by_report.get(report, ()):
            d = self._decisions[sym]
            if not in_scope(d, self.options):
                continue
            for i, m in enumerate(d.mandates):
                if m.report == report or m.into == report:
                    steps.append((d, i, m))
        steps.sort(key=_step_order)
        return steps

    def partial_result(self, reports: Iterable[str]) -> Recalculation:
        """The result restricted to `reports` and their merge groups (cheap: no full pass)."""
        chosen = self._groups_of(set(reports))
        reqs: list[Requirement] = []
        displaced: list[Displaced] = []
        diags: list[Diagnostic] = []
        for r in chosen:
            rr = self._results.get(r)
            if rr is not None:
                reqs.extend(rr.requirements)
                displaced.extend(rr.displaced)
                diags.extend(rr.diagnostics)
        reqs.sort(key=_requirement_order)
        return Recalculation(self.options, tuple(reqs), tuple(displaced), tuple(diags))

    # --- internals -------------------------------------------------------------

    def _load(self, plan: Plan) -> None:
        self._plan = plan
        self.calendar = Calendar(plan, self.options.today)
        self._decisions = {d.symbol: d for d in plan.decisions}
        self._reports = {r.id: r for r in plan.reports}
        self._decisions_by_report = {}
        for d in plan.decisions:
            self._index_decision(d)
        self._index_mandates()
        self._index_tracking(plan.tracking)
        self._groups = _Groups(self._reports, plan.decisions)
        self._results = {}
        self._cached = None
        self._sorted = None
        self._recompute(set(self._reports) | set(self._mandates_by_report))

    def _index_mandates(self) -> None:
        by_report: dict[str, list[tuple[Decision, int, Mandate]]] = {}
        options = self.options
        ordered = sorted(
            (d for d in self._plan.decisions if in_scope(d, options)), key=_decision_order
        )
        for d in ordered:
            for i, m in enumerate(d.mandates):
                by_report.setdefault(m.report, []).append((d, i, m))
                if m.into and m.into != m.report:
                    by_report.setdefault(m.into, []).append((d, i, m))
        self._mandates_by_report = by_report  # each list already in application order

    def _index_tracking(self, tracking: Iterable[Tracking]) -> None:
        by_report: dict[str, dict[str, Tracking]] = {}
        for t in tracking:
            by_report.setdefault(t.report, {})[t.session] = t
        self._tracking = by_report

    def _recompute(self, reports: set[str]) -> None:
        self._cached = None
        done: set[str] = set()
        for r in sorted(reports):
            if r in done:
                continue
            group = self._groups.group_of(r)
            done.update(group)
            for rid, rr in self._compute_group(group).items():
                if rr.requirements or rr.displaced or rr.diagnostics or rid in self._reports:
                    self._results[rid] = rr
                else:
                    self._results.pop(rid, None)

    def _compute_group(self, group: list[str]) -> dict[str, ReportResult]:
        results = {r: ReportResult() for r in group}
        state: dict[str, dict[str, _Occurrence]] = {r: {} for r in group}
        if len(group) == 1:
            steps = self._mandates_by_report.get(group[0], [])
        else:
            unique: dict[tuple[str, int], tuple[Decision, int, Mandate]] = {}
            for r in group:
                for step in self._mandates_by_report.get(r, ()):
                    unique[(step[0].symbol, step[1])] = step
            steps = sorted(unique.values(), key=_step_order)
        for decision, index, mandate in steps:
            if mandate.effect is Effect.ADD:
                self._add(decision, index, mandate, state[mandate.report], results[mandate.report])
            else:
                self._apply(decision, index, mandate, state, results)
        for r in group:
            self._finish(r, state[r], results[r])
        return results

    def _no_occurrence(self, sym: str, index: int, mandate: Mandate, out: ReportResult) -> None:
        assert mandate.rule is not None
        out.diagnostics.append(
            Diagnostic(
                Level.WARNING,
                Code.RULE_NO_OCCURRENCE,
                f"{sym}: the {mandate.rule.type} rule for report {mandate.report!r}"
                f" names no session of {mandate.rule.body} in the plan",
                mandate_place(sym, index),
                report=mandate.report,
                decision=sym,
                values=(("rule", str(mandate.rule.type)), ("body", mandate.rule.body)),
            )
        )

    def _beyond_horizon(
        self, sym: str, index: int, mandate: Mandate, year: int, out: ReportResult
    ) -> None:
        """A report due after the horizon is named, never silently dropped (issue 12)."""
        out.diagnostics.append(
            Diagnostic(
                Level.INFO,
                Code.BEYOND_HORIZON,
                f"{sym}: report {mandate.report!r} is next due in {year}, beyond the"
                f" planning horizon ({self.calendar.horizon.year})",
                mandate_place(sym, index),
                report=mandate.report,
                decision=sym,
                year=year,
                values=(("horizon", str(self.calendar.horizon.year)),),
            )
        )

    def _drop_beyond(self, out: ReportResult, report: str, body: str | None) -> None:
        """A later replace, terminate or merge ends what an earlier rule would have
        continued past the horizon: its beyond-horizon note goes with it."""

        def ended(d: Diagnostic) -> bool:
            if d.code is not Code.BEYOND_HORIZON or d.report != report or d.decision is None:
                return False
            if body is None:
                return True
            decision = self._decisions.get(d.decision)
            return decision is not None and any(
                mandate_place(decision.symbol, i) == d.where
                and m.rule is not None
                and m.rule.body == body
                for i, m in enumerate(decision.mandates)
            )

        out.diagnostics[:] = [d for d in out.diagnostics if not ended(d)]

    def _add(
        self,
        decision: Decision,
        index: int,
        mandate: Mandate,
        occ: dict[str, _Occurrence],
        out: ReportResult,
        found: list[Session] | None = None,
    ) -> None:
        sym = decision.symbol
        if found is None:
            assert mandate.rule is not None
            found = occurrences(mandate.rule, decision.effective_date, self.calendar)
        assert mandate.rule is not None
        beyond = beyond_horizon(mandate.rule, decision.effective_date, self.calendar)
        if beyond is not None:
            self._beyond_horizon(sym, index, mandate, beyond, out)
        if not found:
            if beyond is None:
                self._no_occurrence(sym, index, mandate, out)
            return
        effective = decision.effective_date
        for s in found:
            o = occ.get(s.id)
            if o is None:
                occ[s.id] = _Occurrence({sym: None}, sym, effective)
            else:
                o.mandated_by[sym] = None

    def _take(
        self, occ: dict[str, _Occurrence], cutoff: date, body: str | None
    ) -> list[tuple[str, _Occurrence]]:
        """Remove and return the occurrences at sessions starting on or after `cutoff`."""
        sessions = self.calendar.sessions
        gone = [
            sid
            for sid in occ
            if sessions[sid].start >= cutoff and (body is None or sessions[sid].body == body)
        ]
        return [(sid, occ.pop(sid)) for sid in gone]

    def _apply(
        self,
        decision: Decision,
        index: int,
        mandate: Mandate,
        state: dict[str, dict[str, _Occurrence]],
        results: dict[str, ReportResult],
    ) -> None:
        sym = decision.symbol
        t = decision.effective_date
        report = mandate.report
        occ = state[report]
        out = results[report]
        effect = mandate.effect
        body = mandate.rule.body if mandate.rule is not None else None
        sessions = self.calendar.sessions

        def info(
            code: Code,
            level: Level,
            message: str,
            session: str | None = None,
            values: tuple[tuple[str, str], ...] = (),
        ) -> None:
            out.diagnostics.append(
                Diagnostic(
                    level,
                    code,
                    f"{sym}: {message}",
                    mandate_place(sym, index),
                    report=report,
                    session=session,
                    decision=sym,
                    values=values,
                )
            )

        if effect in (Effect.REPLACE, Effect.TERMINATE, Effect.MERGE):
            self._drop_beyond(out, report, body)
        if effect is Effect.REPLACE:
            assert mandate.rule is not None
            for sid, o in self._take(occ, t, body):
                out.displaced.append(
                    Displaced(report, sid, Displacement.REPLACED, sym, tuple(o.mandated_by))
                )
            found = occurrences(mandate.rule, t, self.calendar)
            self._add(decision, index, mandate, occ, out, [s for s in found if s.start >= t])
        elif effect is Effect.TERMINATE:
            cutoff = t
            if mandate.from_session and mandate.from_session in sessions:
                cutoff = sessions[mandate.from_session].start
            gone = self._take(occ, cutoff, body)
            for sid, o in gone:
                out.displaced.append(
                    Displaced(report, sid, Displacement.TERMINATED, sym, tuple(o.mandated_by))
                )
            if not gone:
                info(
                    Code.NOTHING_TO_TERMINATE,
                    Level.INFO,
                    f"report {report!r} has no occurrence from {cutoff.isoformat()} to terminate",
                    values=(("from", cutoff.isoformat()),),
                )
        elif effect is Effect.DEFER:
            src, dst = mandate.from_session, mandate.to_session
            deferred = occ.pop(src, None) if src else None
            if deferred is None or dst is None or dst not in sessions:
                info(
                    Code.NOTHING_TO_DEFER,
                    Level.WARNING,
                    f"report {report!r} is not due at {src}, nothing to defer",
                    session=src,
                )
                return
            assert src is not None
            out.displaced.append(
                Displaced(
                    report,
                    src,
                    Displacement.DEFERRED,
                    sym,
                    tuple(deferred.mandated_by),
                    to_session=dst,
                )
            )
            _join(occ, dst, deferred, sym)
        elif effect is Effect.MERGE:
            into = mandate.into
            assert into is not None
            moving = self._take(occ, t, body)
            for sid, o in moving:
                out.displaced.append(
                    Displaced(
                        report, sid, Displacement.MERGED, sym, tuple(o.mandated_by), to_report=into
                    )
                )
                _join(state[into], sid, o, sym)
            if not moving:
                info(
                    Code.NOTHING_TO_MERGE,
                    Level.INFO,
                    f"report {report!r} has no occurrence from {t.isoformat()}"
                    f" to merge into {into!r}",
                    values=(("from", t.isoformat()), ("into", into)),
                )

    def _finish(self, report_id: str, occ: dict[str, _Occurrence], out: ReportResult) -> None:
        calendar = self.calendar
        report = self._reports.get(report_id) or Report(report_id, report_id)
        tracking = self._tracking.get(report_id, {})
        ref = self.options.reference
        sessions = calendar.sessions
        deadlines = calendar.deadlines
        title = report.title
        short_title = report.label
        planned = TrackingStatus.PLANNED
        append = out.requirements.append
        for sid, o in occ.items():
            s = sessions[sid]
            sub, iss = deadlines[sid]
            t = tracking.get(sid) if tracking else None
            status = t.status if t is not None else planned
            cannot = sub < o.created_effective
            overdue = sub < ref <= s.end and status in _OPEN_STATUSES
            append(
                Requirement(
                    report_id,
                    title,
                    sid,
                    s.name,
                    s.body,
                    s.start,
                    s.end,
                    s.status,
                    sub,
                    iss,
                    tuple(o.mandated_by),
                    o.created_by,
                    t,
                    overdue,
                    cannot,
                    short_title,
                )
            )
            if cannot or overdue:
                self._flag(report_id, sid, sub, status, o, cannot, overdue, out)
        for sid, t in tracking.items():
            if t.word_estimate is not None and t.word_estimate > report.word_limit:
                out.diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        Code.WORD_LIMIT_EXCEEDED,
                        f"{report_id} at {sid}: estimate of {t.word_estimate} words is above"
                        f" the limit of {report.word_limit}",
                        tracking_place(report_id, sid),
                        report=report_id,
                        session=sid,
                        values=(
                            ("estimate", str(t.word_estimate)),
                            ("limit", str(report.word_limit)),
                        ),
                    )
                )
            if sid not in occ:
                out.diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        Code.ORPHANED_TRACKING,
                        f"{report_id} at {sid}: tracking kept, but the report is no longer due"
                        " there",
                        tracking_place(report_id, sid),
                        report=report_id,
                        session=sid,
                    )
                )

    def _flag(
        self,
        report_id: str,
        sid: str,
        sub: date,
        status: TrackingStatus,
        o: _Occurrence,
        cannot: bool,
        overdue: bool,
        out: ReportResult,
    ) -> None:
        where = requirement_place(report_id, sid)
        if cannot:
            out.diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    Code.CANNOT_BE_MET,
                    f"{report_id} at {sid}: submission due {sub.isoformat()}, before"
                    f" {o.created_by} takes effect ({o.created_effective.isoformat()})",
                    where,
                    report=report_id,
                    session=sid,
                    decision=o.created_by,
                    values=(
                        ("due", sub.isoformat()),
                        ("effective", o.created_effective.isoformat()),
                    ),
                )
            )
        if overdue:
            out.diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    Code.OVERDUE,
                    f"{report_id} at {sid}: submission was due {sub.isoformat()},"
                    f" status still {status}",
                    where,
                    report=report_id,
                    session=sid,
                    values=(("due", sub.isoformat()), ("status", str(status))),
                )
            )

    def _change_set(
        self, before: Mapping[str, ReportResult | None], reports: set[str], *, full: bool
    ) -> ChangeSet:
        old: dict[tuple[str, str], Requirement] = {}
        for r in reports:
            rr = before.get(r)
            if rr is not None:
                old.update((q.key, q) for q in rr.requirements)
        new: dict[tuple[str, str], Requirement] = {}
        for r in reports:
            rr = self._results.get(r)
            if rr is not None:
                new.update((q.key, q) for q in rr.requirements)
        removed = tuple(q for k, q in old.items() if k not in new)
        why: dict[tuple[str, str], Displaced] = {}
        if removed:
            gone = {q.key for q in removed}
            for r in reports:
                rr = self._results.get(r)
                for d in rr.displaced if rr is not None else ():
                    if (d.report, d.session) in gone:
                        why[(d.report, d.session)] = d
        return ChangeSet(
            added=tuple(q for k, q in new.items() if k not in old),
            removed=removed,
            changed=tuple(q for k, q in new.items() if k in old and old[k] != q),
            full=full,
            reports=frozenset(reports),
            why=why,
        )


def _join(target: dict[str, _Occurrence], sid: str, moved: _Occurrence, by: str) -> None:
    """Put a moved occurrence at `sid`, uniting provenance with whatever is already there."""
    existing = target.get(sid)
    if existing is None:
        existing = target[sid] = _Occurrence({}, moved.created_by, moved.created_effective)
    existing.mandated_by.update(moved.mandated_by)
    existing.mandated_by[by] = None


def recalculate(plan: Plan, options: RecalcOptions | None = None) -> Recalculation:
    """Full recalculation of `plan`."""
    return Engine(plan, options).result()
