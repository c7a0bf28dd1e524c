"""Compare two recalculations: what was added, removed or moved, and why."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.engine import Recalculation
from planner.domain.results import Displaced, Requirement


@dataclass(frozen=True, slots=True)
class Moved:
    before: Requirement
    after: Requirement
    why: Displaced  # the deferral or merge that moved it (data; front ends word it)

    @property
    def reason(self) -> str:
        """In English, for the command line and logs."""
        return self.why.reason()


@dataclass(frozen=True, slots=True)
class Removed:
    requirement: Requirement
    why: Displaced | None  # None: no decision took it away, it is simply no longer mandated

    @property
    def reason(self) -> str:
        """In English, for the command line and logs."""
        return self.why.reason() if self.why is not None else "no longer mandated"


@dataclass(frozen=True, slots=True)
class ResultDiff:
    added: tuple[Requirement, ...]
    removed: tuple[Removed, ...]
    moved: tuple[Moved, ...]
    changed: tuple[Requirement, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.changed)


def diff(old: Recalculation, new: Recalculation) -> ResultDiff:
    """Requirements are matched by (report, session); a removal paired with the addition
    its displacement record points to is reported as a move."""
    before = old.by_key()
    after = new.by_key()
    added = {k: r for k, r in after.items() if k not in before}
    removed = {k: r for k, r in before.items() if k not in after}
    why: dict[tuple[str, str], Displaced] = {}
    for displaced in new.displaced:
        why[(displaced.report, displaced.session)] = displaced
    moved: list[Moved] = []
    for key in list(removed):
        d = why.get(key)
        target = d.destination if d is not None else None
        if d is not None and target is not None and target in added:
            moved.append(Moved(removed.pop(key), added.pop(target), d))
    removals = tuple(
        Removed(r, why.get(k)) for k, r in sorted(removed.items(), key=lambda kv: kv[1].sort_key)
    )
    changed = tuple(
        r for k, r in after.items() if k in before and before[k] != r and k not in added
    )
    return ResultDiff(
        added=tuple(sorted(added.values(), key=lambda r: r.sort_key)),
        removed=removals,
        moved=tuple(moved),
        changed=changed,
    )
