"""Compare two recalculations: what was added, removed or moved, and why."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.engine import Recalculation
from planner.domain.results import Displaced, Displacement, Requirement


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

    def summary(self) -> str:
        parts = []
        for n, word in (
            (len(self.added), "adds"),
            (len(self.removed), "removes"),
            (len(self.moved), "moves"),
        ):
            if n:
                parts.append(f"{word} {n} requirement{'s' if n != 1 else ''}")
        return ", ".join(parts) if parts else "no change to requirements"


def diff(old: Recalculation, new: Recalculation) -> ResultDiff:
    """Requirements are matched by (report, session); a removal paired with the addition
    its displacement record points to is reported as a move."""
    before = old.by_key()
    after = new.by_key()
    added = {k: r for k, r in after.items() if k not in before}
    removed = {k: r for k, r in before.items() if k not in after}
    why: dict[tuple[str, str], Displaced] = {}
    for d in new.displaced:
        why[(d.report, d.session)] = d
    moved: list[Moved] = []
    for key in list(removed):
        d = why.get(key)
        if d is None:
            continue
        target = None
        if d.kind == Displacement.DEFERRED and d.to_session:
            target = (d.report, d.to_session)
        elif d.kind == Displacement.MERGED and d.to_report:
            target = (d.to_report, d.session)
        if target is not None and target in added:
            moved.append(Moved(removed.pop(key), added.pop(target), d))
    removals = tuple(
        Removed(r, why.get(k))
        for k, r in sorted(removed.items(), key=lambda kv: kv[1].sort_key)
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
