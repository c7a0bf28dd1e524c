"""Typed errors the store raises; front ends decide how to show them."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.bounds import Problem
    from planner.domain.model import Plan


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _one_line(text: str) -> str:
    return _CONTROL.sub(lambda m: ascii(m.group())[1:-1], text)


class PlanError(Exception):
    """Any problem opening, reading or writing a plan. `str()` is a user-ready message."""


class PlanFormatError(PlanError):
    """The plan's content is wrong; `path` names the place (`decisions[3].symbol`). The
    message is one line whatever the plan holds: a control character in an id or a value
    it quotes is shown escaped (`bodies[\\n].id`).

    `detail` is the English message (the command line's); `code` and `values` say the
    same as data, for a front end to word in its own language ("" when not coded)."""

    def __init__(
        self, path: str, message: str, *, code: str = "", values: tuple[object, ...] = ()
    ) -> None:
        self.path = path
        self.detail = message
        self.code = code
        self.values = values
        super().__init__(_one_line(f"{path}: {message}" if path else message))


class PlanOutOfBoundsError(PlanFormatError):
    """A plan file holding values the engine cannot compute with (written by an older
    version, or by other hands). `plan` is what was read and `problems` all that is
    wrong, so a front end can still show the rest of the plan, read-only."""

    def __init__(self, path: str, message: str, plan: Plan, problems: tuple[Problem, ...]) -> None:
        super().__init__(path, message)
        self.plan = plan
        self.problems = problems


class PlanChangedError(PlanError):
    """The file no longer holds what an edit changes (another program changed it): a row to
    update or delete is gone. Nothing of the edit was written."""

    def __init__(self, table: str, key: str, message: str = "") -> None:
        self.table = table
        self.key = key
        super().__init__(
            message
            or f'the plan file was changed by another program ({table} "{key}" is no longer in it)'
        )


class PlanFileError(PlanError):
    """The file itself cannot be used (missing, unreadable, not a plan, newer version...)."""


class PlanLockedError(PlanFileError):
    """Another running Mandate Planner has this plan open for writing."""

    def __init__(self, message: str, holder: str = "") -> None:
        self.holder = holder
        super().__init__(message)


class PlanReadOnlyError(PlanFileError):
    """The plan can be read but not edited here (a read-only file or folder, a lock that cannot
    be taken); `reason` says why, so a front end can open it read-only and say so."""

    def __init__(self, message: str, reason: str) -> None:
        self.reason = reason
        super().__init__(message)


class PlanConnectionError(PlanFileError):
    """The server of a team plan cannot be reached, or the connection was lost. Nothing of
    the edit under way was written; `reconnect` is worth trying later."""


class PlanPermissionError(PlanFileError):
    """The database refused: the user's role may not do this (a reader writing)."""


class PlanConflictError(PlanError):
    """An edit refused because records it writes changed since they were read.

    `conflicts` holds, for each such record, (what it is, who changed it, when), e.g.
    ("decision A/RES/70/1", "alice", datetime); `str()` says "changed by alice at …"."""

    def __init__(self, conflicts: list[tuple[str, str, datetime | None]]) -> None:
        self.conflicts = conflicts
        parts = []
        for what, who, at in conflicts[:3]:
            when = f" at {at:%Y-%m-%d %H:%M:%S %Z}".rstrip() if at is not None else ""
            parts.append(f"{what}: changed by {who}{when}")
        more = f" (and {len(conflicts) - 3} more)" if len(conflicts) > 3 else ""
        super().__init__("not saved, the plan changed meanwhile: " + "; ".join(parts) + more)


class PlanForeignSchemaError(PlanReadOnlyError):
    """The file holds what Mandate Planner did not make (a trigger, a view, another table, a
    table of ours redefined), which could act on our writes: it can be read, not edited.
    `reason` names the first such object."""
