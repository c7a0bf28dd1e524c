"""The open plan, as both front ends use it: one object, edits in, change sets out.

Every edit goes through `Workspace.apply`, which commits it to the store in
one transaction, recalculates only what it touches, and returns a `Change`
that the views refresh from (and that undo hooks into).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from planner.app.documents import is_json_path, read_plan
from planner.domain.diff import ResultDiff, diff
from planner.domain.engine import ChangeSet, Engine, Recalculation
from planner.domain.model import DecisionStatus, Plan
from planner.domain.results import RecalcOptions
from planner.store.database import PlanStore
from planner.store.errors import PlanFileError


@dataclass(frozen=True, slots=True)
class Change:
    """What one edit (or option change) did: the views' single source of refresh."""

    description: str
    plan_before: Plan
    plan_after: Plan
    requirements: ChangeSet
    options_changed: bool = False


@dataclass
class Workspace:
    """An open plan: its file (if any), the engine, and the view options."""

    plan_path: Path | None
    store: PlanStore | None
    engine: Engine
    read_only: bool = False
    read_only_reason: str = ""
    listeners: list[Callable[[Change], None]] = field(default_factory=list)
    _shadow: Engine | None = field(default=None, repr=False)  # the other drafts setting
    _settings: dict[str, str] = field(default_factory=dict, repr=False)  # without a store

    # --- opening ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, today: date | None = None) -> Workspace:
        """Open a `.sqlite` plan for editing (or read-only), or a `.json` plan read-only."""
        options = RecalcOptions(today=today)
        if is_json_path(path):
            plan = read_plan(path)
            return cls(
                path,
                None,
                Engine(plan, options),
                True,
                "a .json file opens read-only; import it to edit",
            )
        store = PlanStore.open(path, read_only=read_only)
        settings = store.settings()
        options = RecalcOptions(
            as_of=_parse_day(settings.get("as_of")),
            with_drafts=settings.get("with_drafts") == "1",
            today=today,
        )
        reason = "opened read-only" if read_only else ""
        return cls(path, store, Engine(store.plan, options), read_only, reason)

    @classmethod
    def in_memory(cls, plan: Plan, options: RecalcOptions | None = None) -> Workspace:
        return cls(None, None, Engine(plan, options or RecalcOptions()), False, "")

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    # --- reading ------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self.engine.plan

    @property
    def options(self) -> RecalcOptions:
        return self.engine.options

    def result(self) -> Recalculation:
        return self.engine.result()

    @property
    def title(self) -> str:
        if self.plan.title:
            return self.plan.title
        return self.plan_path.stem if self.plan_path else "Untitled plan"

    def setting(self, key: str, default: str = "") -> str:
        """A per-plan setting (kept in the plan file; in memory for a .json plan)."""
        if key in self._settings:
            return self._settings[key]
        if self.store is not None:
            return self.store.settings().get(key, default)
        return default

    def remember(self, key: str, value: str) -> None:
        """Keep a per-plan setting (not an edit: no undo, no recalculation)."""
        if self.store is not None and not self.read_only:
            self.store.set_setting(key, value)
        self._settings[key] = value

    # --- changing -------------------------------------------------------------

    def apply(self, new_plan: Plan, description: str) -> Change:
        """Commit `new_plan`, recalculate what it touches, tell the listeners."""
        if self.read_only:
            raise PlanFileError(f"{self.plan_path}: {self.read_only_reason or 'read-only'}")
        before = self.plan
        if self.store is not None:
            self.store.save(new_plan)
        changes = self.engine.update(new_plan)
        change = Change(description, before, new_plan, changes)
        self._notify(change)
        return change

    def backup_now(self, folder: Path | None = None) -> Path | None:
        """A thinned backup of the open plan (last ten, then one a day for a month)."""
        if self.store is None or self.plan_path is None:
            return None
        from planner.app.locations import backups_folder
        from planner.store.backups import make_backup

        with self.store.raw() as conn:
            return make_backup(conn, self.plan_path, folder or backups_folder())

    def preview(self, new_plan: Plan) -> ChangeSet:
        """What committing `new_plan` would change, without committing it.

        Runs the incremental engine forward and back (each a few milliseconds even
        at UN scale); the engine ends exactly as it was (a property test proves
        incremental equals full)."""
        before = self.plan
        changes = self.engine.update(new_plan)
        self.engine.update(before)
        return changes

    def set_options(
        self, *, with_drafts: bool | None = None, as_of: date | bool | None = False
    ) -> Change:
        """Toggle drafts and/or set the as-of date (`None` clears it; `False` leaves it)."""
        current = self.options
        new = RecalcOptions(
            as_of=current.as_of if as_of is False else as_of,  # type: ignore[arg-type]
            with_drafts=current.with_drafts if with_drafts is None else with_drafts,
            today=current.today,
        )
        plan = self.plan
        changes = self.engine.update(plan, new)
        if self.store is not None and not self.read_only:
            self.store.set_setting("with_drafts", "1" if new.with_drafts else "0")
            self.store.set_setting("as_of", new.as_of.isoformat() if new.as_of else "")
        change = Change("options", plan, plan, changes, options_changed=True)
        self._notify(change)
        return change

    def compare_drafts(self) -> ResultDiff:
        """What the draft decisions change: the plan without drafts → with drafts.

        A second engine with the other drafts setting is kept up to date incrementally,
        and only the report lines draft decisions touch are compared."""
        other = self._shadow_engine()
        with_drafts, without = (
            (self.engine, other) if self.options.with_drafts else (other, self.engine)
        )
        touched: set[str] = set()
        for d in self.plan.decisions:
            if d.status == DecisionStatus.DRAFT:
                touched.update(m.report for m in d.mandates)
                touched.update(m.into for m in d.mandates if m.into)
        return diff(without.partial_result(touched), with_drafts.partial_result(touched))

    def _shadow_engine(self) -> Engine:
        opts = self.options
        wanted = RecalcOptions(as_of=opts.as_of, with_drafts=not opts.with_drafts, today=opts.today)
        if self._shadow is None:
            self._shadow = Engine(self.plan, wanted)
        elif self._shadow.plan is not self.plan or self._shadow.options != wanted:
            self._shadow.update(self.plan, wanted)
        return self._shadow

    def _notify(self, change: Change) -> None:
        for listener in list(self.listeners):
            listener(change)


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
