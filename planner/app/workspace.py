"""The open plan, as both front ends use it: one object, edits in, change sets out.

Every edit goes through `Workspace.apply`, which commits it to the store in
one transaction, recalculates only what it touches, and returns a `Change`
that the views refresh from (and that undo hooks into).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from planner.app.documents import is_json_path, read_plan
from planner.app.identity import plan_id_of
from planner.domain.bounds import PlanNotComputable, usable_part
from planner.domain.diagnostics import Diagnostic
from planner.domain.diff import ResultDiff, diff
from planner.domain.engine import ChangeSet, Engine, Recalculation
from planner.domain.model import DecisionStatus, Plan
from planner.domain.results import RecalcOptions
from planner.store.address import PlanLocation, TeamAddress
from planner.store.database import PlanStore
from planner.store.errors import (
    PlanChangedError,
    PlanConflictError,
    PlanError,
    PlanFileError,
    PlanFormatError,
    PlanOutOfBoundsError,
)
from planner.store.mapping import out_of_bounds
from planner.store.problem_text import problem_detail

if TYPE_CHECKING:
    from planner.store.team import TeamStore


class ReadOnly(StrEnum):
    """Why a plan cannot be edited (`Workspace.read_only_reason`); the UI words it."""

    ASKED = "asked"  # opened read-only on request
    INTERCHANGE = "interchange"  # a .json file: import it to edit
    NOT_WRITABLE = "not-writable"  # the file or its folder cannot be written
    IN_USE = "in-use"  # another Mandate Planner is editing it
    MEETING = "meeting"  # meeting mode
    NOT_COMPUTABLE = "not-computable"  # values the engine cannot compute with (the detail says)
    ROLE = "role"  # a team plan the user's database role may only read


@dataclass(frozen=True, slots=True)
class Change:
    """What one edit (or option change) did: the views' single source of refresh."""

    description: str
    plan_before: Plan
    plan_after: Plan
    requirements: ChangeSet
    options_changed: bool = False
    reloaded: bool = False  # the plan as the file now holds it (another program changed it)


@dataclass
class Workspace:
    """An open plan: its file (if any), the engine, and the view options."""

    plan_path: Path | None
    store: PlanStore | TeamStore | None
    engine: Engine
    read_only: bool = False
    read_only_reason: str = ""  # a ReadOnly code when read_only
    read_only_detail: str = ""  # what exactly, in the store's words (a path, a value)
    listeners: list[Callable[[Change], None]] = field(default_factory=list)
    _shadow: Engine | None = field(default=None, repr=False)  # the other drafts setting
    _settings: dict[str, str] = field(default_factory=dict, repr=False)  # without a store
    team: TeamAddress | None = None  # a team plan on a server (then plan_path is None)

    # --- opening ------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: PlanLocation,
        *,
        read_only: bool = False,
        today: date | None = None,
        why: ReadOnly = ReadOnly.ASKED,
        detail: str = "",
    ) -> Workspace:
        """Open a `.sqlite` plan or a team plan for editing (or read-only, for the reason
        `why`), or a `.json` plan read-only. A `detail` (why it cannot be edited here, e.g.
        an unwritable folder) implies read-only."""
        options = RecalcOptions(today=today)
        read_only = read_only or bool(detail)
        if isinstance(path, TeamAddress):
            return cls._open_team(path, read_only, options)
        if is_json_path(path):
            plan = read_plan(path)
            ws = cls(
                path,
                None,
                Engine(plan, options),
                True,
                ReadOnly.NOT_WRITABLE if detail else ReadOnly.INTERCHANGE,
            )
            ws.read_only_detail = detail
            return ws
        try:
            store = PlanStore.open(path, read_only=read_only)
        except PlanOutOfBoundsError as exc:
            return cls._out_of_bounds(path, exc, options)
        settings = store.settings()
        options = RecalcOptions(
            as_of=_parse_day(settings.get("as_of")),
            with_drafts=settings.get("with_drafts") == "1",
            today=today,
        )
        reason = why if read_only else ""
        try:
            engine = Engine(store.plan, options)
        except PlanNotComputable as exc:  # a series beyond the cap: only expanding tells
            store.close()
            return cls._out_of_bounds(path, out_of_bounds(store.plan, exc.problems), options)
        ws = cls(path, store, engine, read_only, reason)
        ws.read_only_detail = detail
        return ws

    @classmethod
    def _open_team(cls, address: TeamAddress, read_only: bool, options: RecalcOptions) -> Workspace:
        from planner.store.team import TeamStore

        store = TeamStore.open(address, read_only=read_only)
        why = ReadOnly.ASKED if read_only else ReadOnly.ROLE
        reason = why if store.read_only else ""
        ws = cls(None, store, Engine(store.plan, options), store.read_only, reason, team=address)
        ws.read_only_detail = "" if read_only else store.read_only_reason
        return ws

    @classmethod
    def _out_of_bounds(
        cls, path: Path, exc: PlanOutOfBoundsError, options: RecalcOptions
    ) -> Workspace:
        """A plan file holding values the engine cannot compute with still opens: read-only,
        with the reason, showing everything but the records at fault."""
        engine = Engine(usable_part(exc.plan, exc.problems), options)
        ws = cls(path, None, engine, True, ReadOnly.NOT_COMPUTABLE)
        ws.read_only_detail = str(exc)
        return ws

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
        if self.team is not None:
            return self.team.plan
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

    @property
    def plan_id(self) -> str:
        """The plan's own identifier (exports use it so two plans never collide)."""
        return plan_id_of(self.store, self.plan, self.plan_path)

    # --- changing -------------------------------------------------------------

    def apply(self, new_plan: Plan, description: str) -> Change:
        """Commit `new_plan`, recalculate what it touches, tell the listeners."""
        if self.read_only:
            why = self.read_only_detail or self.read_only_reason
            raise PlanFileError(
                f"{self.plan_path}: opened read-only" + (f" ({why})" if why else "")
            )
        before = self.plan
        try:  # computed first: a plan that cannot be computed is never committed
            changes = self.engine.update(new_plan)
        except PlanNotComputable as exc:  # the engine is left as it was
            first = exc.problems[0]
            raise PlanFormatError(first.where, problem_detail(first)) from None
        if self.store is not None:
            try:
                self.store.save(new_plan, description)
            except PlanChangedError as exc:
                self.engine.update(before)
                self._reload(self.store, exc)
            except PlanConflictError:
                self.engine.update(before)
                self.take_in_others()  # the window shows the newer state, never stale
                raise
            except PlanError:
                self.engine.update(before)
                raise
        change = Change(description, before, new_plan, changes)
        self._notify(change)
        return change

    def _reload(self, store: PlanStore | TeamStore, conflict: PlanChangedError) -> None:
        """The file no longer holds what the edit changes: show the plan as the file holds it
        now (the views refresh from the change) and say so; the edit was not saved."""
        before = self.plan
        message = f"{self.plan_path}: the edit was not saved: {conflict}"
        try:
            reloaded = store.reload()
            changes = self.engine.update(reloaded)
        except (PlanError, PlanNotComputable) as exc:
            self.read_only = True
            self.read_only_reason = ReadOnly.ASKED
            self.read_only_detail = f"the plan file was changed by another program ({exc})"
            raise PlanChangedError(conflict.table, conflict.key, f"{message}; {exc}") from None
        self._notify(Change("Reloaded from the file", before, reloaded, changes, reloaded=True))
        raise PlanChangedError(
            conflict.table,
            conflict.key,
            f"{message}; the plan was reloaded from the file, as it now stands",
        )

    def take_in_others(self) -> Change | None:
        """Other officers' edits of a team plan, read and recalculated incrementally (only
        the records they changed), told to the listeners like one's own."""
        store = self.store
        if store is None or not hasattr(store, "refresh"):
            return None
        if store.refresh() is None:
            return None
        return self.follow_store("Edits by other officers")

    def follow_store(self, description: str) -> Change | None:
        """The store's plan moved on by itself (others' edits, changes brought back): the
        engine follows incrementally and the listeners are told."""
        if self.store is None or self.store.plan is self.plan:
            return None
        before, plan = self.plan, self.store.plan
        changes = self.engine.update(plan)
        change = Change(description, before, plan, changes)
        self._notify(change)
        return change

    def backup_now(self, folder: Path | None = None) -> Path | None:
        """A thinned backup of the open plan (last ten, then one a day for a month)."""
        if not isinstance(self.store, PlanStore) or self.plan_path is None:
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
        return self.preview_with_notes(new_plan)[0]

    def preview_with_notes(
        self, new_plan: Plan, decision: str | None = None
    ) -> tuple[ChangeSet, tuple[Diagnostic, ...]]:
        """As `preview`, with the diagnostics the edited plan gives about `decision` (a rule
        naming no session, a report due past the horizon, …) for the editor to show."""
        before = self.plan
        changes = self.engine.update(new_plan)
        notes: tuple[Diagnostic, ...] = ()
        if decision is not None:
            notes = tuple(d for d in self.engine.result().diagnostics if d.decision == decision)
        self.engine.update(before)
        return changes, notes

    def set_options(
        self, *, with_drafts: bool | None = None, as_of: date | bool | None = False
    ) -> Change:
        """Toggle drafts and/or set the as-of date (`None` clears it; `False` leaves it)."""
        current = self.options
        new = RecalcOptions(
            as_of=current.as_of if isinstance(as_of, bool) else as_of,
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
