"""What the engine tells the user about the plan: stable codes, a message, a place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Code(StrEnum):
    RULE_NO_OCCURRENCE = "rule-no-occurrence"
    CANNOT_BE_MET = "cannot-be-met"
    OVERDUE = "overdue"
    WORD_LIMIT_EXCEEDED = "word-limit-exceeded"
    ORPHANED_TRACKING = "orphaned-tracking"
    NOTHING_TO_DEFER = "nothing-to-defer"
    NOTHING_TO_MERGE = "nothing-to-merge"
    NOTHING_TO_TERMINATE = "nothing-to-terminate"
    BEYOND_HORIZON = "beyond-horizon"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """`message` is English, for the command line and `recalc --json` (SPEC §7); a front
    end words the diagnostic from `code`, the ids and `values` (named data: dates, counts,
    rule types), never from the message."""

    level: Level
    code: Code
    message: str
    where: str
    report: str | None = None
    session: str | None = None
    decision: str | None = None
    year: int | None = None  # beyond-horizon: the year the report would next be due
    values: tuple[tuple[str, str], ...] = ()

    def value(self, name: str, default: str = "") -> str:
        return next((v for k, v in self.values if k == name), default)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "level": str(self.level),
            "code": str(self.code),
            "message": self.message,
            "where": self.where,
        }
        for key in ("report", "session", "decision", "year"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


def mandate_index(where: str) -> int | None:
    """The mandate's index in a place made by `mandate_place`."""
    head, _, tail = where.rpartition(".mandates[")
    return int(tail[:-1]) if head and tail.endswith("]") and tail[:-1].isdigit() else None


def mandate_place(symbol: str, index: int) -> str:
    return f"decisions[{symbol}].mandates[{index}]"


def requirement_place(report: str, session: str) -> str:
    return f"requirements[{report}@{session}]"


def tracking_place(report: str, session: str) -> str:
    return f"tracking[{report}@{session}]"
