"""The plan as desk officers describe it: bodies, sessions, decisions, mandates.

Everything here is an immutable value. Edits produce new values (see
`planner.app`), which keeps the engine's caches honest and undo trivial.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from planner.domain.short_titles import derive_short_title


class SessionStatus(StrEnum):
    CONFIRMED = "confirmed"
    PROJECTED = "projected"


class SessionFormat(StrEnum):
    """How a session met; empty when not known (every projection)."""

    UNSPECIFIED = ""
    IN_PERSON = "in_person"
    HYBRID = "hybrid"
    VIRTUAL = "virtual"
    SILENCE_PROCEDURE = "silence_procedure"
    POSTPONED = "postponed"
    SUSPENDED_RESUMED = "suspended_resumed"


class DecisionStatus(StrEnum):
    ADOPTED = "adopted"
    DRAFT = "draft"
    WITHDRAWN = "withdrawn"


class Effect(StrEnum):
    ADD = "add"
    REPLACE = "replace"
    TERMINATE = "terminate"
    DEFER = "defer"
    MERGE = "merge"


class TrackingStatus(StrEnum):
    PLANNED = "planned"
    FORECAST = "forecast"
    SUBMITTED = "submitted"
    ISSUED = "issued"
    CONSIDERED = "considered"


DEFAULT_SUBMISSION_WEEKS = 10
DEFAULT_ISSUANCE_WEEKS = 6
DEFAULT_WORD_LIMIT = 8500
# Plans cover decades around today; dates outside these years are refused, which keeps
# all date arithmetic (and every recurrence's expansion) in range.
MIN_YEAR, MAX_YEAR = 1900, 2200
# Series without an `until` are projected up to this day: far enough for the
# long-range planning the UN asks for, bounded so projection stays finite.
DEFAULT_HORIZON = date(2050, 12, 31)
# A plan projects its series this many years past the current year (a plan setting).
DEFAULT_HORIZON_YEARS = 15
MAX_HORIZON_YEARS = 60


@dataclass(frozen=True, slots=True)
class Body:
    id: str
    name: str
    parent: str | None = None
    submission_weeks: int = DEFAULT_SUBMISSION_WEEKS
    issuance_weeks: int = DEFAULT_ISSUANCE_WEEKS


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    body: str
    name: str
    start: date
    end: date
    location: str = ""
    status: SessionStatus = SessionStatus.CONFIRMED
    series: str | None = None
    format: SessionFormat = SessionFormat.UNSPECIFIED
    source: str = ""  # where the dates come from: a document symbol or a public page
    notes: str = ""


@dataclass(frozen=True, slots=True)
class SessionSeries:
    """A recurrence that projects sessions of a body (RFC 5545 RRULE, DTSTART = `start`)."""

    id: str
    body: str
    name: str
    rrule: str
    duration_days: int
    start: date
    until: date | None = None
    ends_before_next: bool = False
    number_offset: int = 0
    location: str = ""
    source: str = ""  # the decision or practice the rule follows


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    name: str
    start: date
    end: date
    location: str = ""
    series: str | None = None
    tentative: bool = False
    source: str = ""


@dataclass(frozen=True, slots=True)
class EventSeries:
    id: str
    name: str
    rrule: str
    duration_days: int
    start: date
    until: date | None = None
    tentative: bool = False
    number_offset: int = 0
    location: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    title: str
    agenda_item: str = ""
    word_limit: int = DEFAULT_WORD_LIMIT
    short_title: str = ""  # for labels; empty: derived from the title

    @property
    def label(self) -> str:
        """The short title, or the one derived from the title."""
        return self.short_title or derive_short_title(self.title)


# --- rules -----------------------------------------------------------------
# Tuples like `Mandate` (a UN-scale plan loads some 25,000 distinct rules); `type` is
# the rule's name in the interchange format. Tell them apart by class (isinstance,
# `match`), never by comparing a rule with a plain tuple.


class AtSession(NamedTuple):
    body: str
    session: str

    @property
    def type(self) -> str:
        return "at_session"


class NextSession(NamedTuple):
    body: str
    prep_weeks: int = 0

    @property
    def type(self) -> str:
        return "next_session"


class AfterEvent(NamedTuple):
    body: str
    event: str
    prep_weeks: int = 0

    @property
    def type(self) -> str:
        return "after_event"


class Periodic(NamedTuple):
    """Every N years from `first` (a year, or a session id whose year and session start it)."""

    body: str
    every_years: int
    first: int | str
    until: int | None = None

    @property
    def type(self) -> str:
        return "periodic"


class WithSeries(NamedTuple):
    """In step with an event series.

    `start` (JSON `from`) defaults to the decision's effective date: a decision
    cannot ask for reports on reviews held before it existed. The shared
    scenario relies on this (the 2010 MDG review yields no report).
    """

    body: str
    series: str
    prep_weeks: int = 0
    start: date | None = None
    until: date | None = None

    @property
    def type(self) -> str:
        return "with_series"


Rule = AtSession | NextSession | AfterEvent | Periodic | WithSeries

RULE_TYPES: tuple[str, ...] = (
    "at_session",
    "next_session",
    "after_event",
    "periodic",
    "with_series",
)


class Mandate(NamedTuple):
    """One operative request of a decision about one report.

    `rule` is required for add and replace. For terminate, defer and merge it
    is optional; when given, its `body` limits the effect to that body.
    A tuple rather than a dataclass: the UN-scale plan loads 40,000 of them.
    """

    report: str
    effect: Effect
    rule: Rule | None = None
    from_session: str | None = None
    to_session: str | None = None
    into: str | None = None


class Decision(NamedTuple):
    """A resolution or decision of an intergovernmental body and what it mandates.

    A tuple like `Mandate` (the UN-scale plan loads 12,000): change one with
    `d._replace(...)`; two decisions are equal when all their fields are."""

    symbol: str
    body: str
    adopted: date
    title: str = ""
    status: DecisionStatus = DecisionStatus.ADOPTED
    effective: date | None = None
    notes: str = ""
    mandates: tuple[Mandate, ...] = ()

    @property
    def effective_date(self) -> date:
        return self.effective or self.adopted

    @property
    def order_key(self) -> tuple[date, date, str]:
        """SPEC §4: decisions apply by effective date, then adoption date, then symbol."""
        return (self.effective_date, self.adopted, self.symbol)


@dataclass(frozen=True, slots=True)
class Tracking:
    """What a desk officer records about one requirement; keyed by (report, session)."""

    report: str
    session: str
    status: TrackingStatus = TrackingStatus.PLANNED
    document_symbol: str = ""
    officer: str = ""
    word_estimate: int | None = None
    notes: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.report, self.session)


@dataclass(frozen=True, slots=True)
class Plan:
    title: str = ""
    horizon_years: int = DEFAULT_HORIZON_YEARS
    calendar_as_of: str = ""  # ISO date the calendar data was last checked against its sources
    bodies: tuple[Body, ...] = ()
    sessions: tuple[Session, ...] = ()
    session_series: tuple[SessionSeries, ...] = ()
    events: tuple[Event, ...] = ()
    event_series: tuple[EventSeries, ...] = ()
    reports: tuple[Report, ...] = ()
    decisions: tuple[Decision, ...] = ()
    tracking: tuple[Tracking, ...] = ()
