"""What a picture is about: chosen report lines and/or bodies, or what one decision
mandates. Everything outside the scope is left out of the picture, not dimmed."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from planner.domain.calendar import Calendar
from planner.domain.results import Requirement
from planner.timeline.data import TimelineData


@dataclass(frozen=True)
class Scope:
    reports: frozenset[str] = field(default_factory=frozenset)  # empty: every report line
    bodies: frozenset[str] = field(default_factory=frozenset)  # empty: every body
    decision: str | None = None  # only what this decision mandates

    @property
    def active(self) -> bool:
        return bool(self.reports or self.bodies or self.decision)

    def keeps(self, r: Requirement) -> bool:
        return (
            (not self.reports or r.report in self.reports)
            and (not self.bodies or r.body in self.bodies)
            and (self.decision is None or self.decision in r.mandated_by)
        )


def scoped(data: TimelineData, calendar: Calendar, scope: Scope) -> TimelineData:
    """The timeline's data with only the requirements in scope, and only the decisions
    that mandate them (and the scope's own decision)."""
    if not scope.active:
        return data
    kept = tuple(r for r in data.result.requirements if scope.keeps(r))
    symbols = {s for r in kept for s in r.mandated_by}
    if scope.decision:
        symbols.add(scope.decision)
    plan = replace(
        data.plan, decisions=tuple(d for d in data.plan.decisions if d.symbol in symbols)
    )
    return TimelineData.build(plan, calendar, replace(data.result, requirements=kept))


def bodies_with_requirements(data: TimelineData, first: date, last: date) -> set[str]:
    """The bodies with a requirement at a session opening between `first` and `last`."""
    return {r.body for r in data.result.requirements if first <= r.session_start <= last}
