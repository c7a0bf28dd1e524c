"""Periodic backups of the open plan, thinned: the last few, then one a day for a month."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from planner.store import files
from planner.store.database import vacuum_into

KEEP_LAST = 10
DAILY_FOR_DAYS = 30
# `-2`, `-3` …: a second backup in the same second, or a name someone else had taken
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite$")


def backup_file_name(plan: Path, now: datetime) -> str:
    return f"{plan.stem}-{now:%Y%m%d-%H%M%S}.sqlite"


def taken_at(path: Path) -> datetime | None:
    m = _STAMP.search(path.name)
    return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S") if m else None


def to_delete(
    backups: Iterable[Path],
    now: datetime,
    keep_last: int = KEEP_LAST,
    daily_days: int = DAILY_FOR_DAYS,
) -> list[Path]:
    """Which backups thinning removes: keep the newest `keep_last`, then the newest of each
    day for `daily_days` days; everything older goes."""
    dated = sorted(((t, p) for p in backups if (t := taken_at(p)) is not None), reverse=True)
    keep = {p for _, p in dated[:keep_last]}
    seen_days: set[object] = set()
    for t, p in dated:
        if now - t > timedelta(days=daily_days):
            continue
        if t.date() not in seen_days:
            seen_days.add(t.date())
            keep.add(p)
    return [p for _, p in dated if p not in keep]


def numbered_names(plan: Path, folder: Path, now: datetime, count: int = 100) -> list[Path]:
    first = folder / backup_file_name(plan, now)
    return [first] + [first.with_name(f"{first.stem}-{n}.sqlite") for n in range(2, count + 1)]


def make_backup(
    source: sqlite3.Connection, plan: Path, folder: Path, now: datetime | None = None
) -> Path:
    """Copy the open plan (a consistent snapshot while open) into `folder` as a new file
    (never through a link, never over an existing file), then thin."""
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    names = numbered_names(plan, folder, now)
    with files.temp_file(names[0]) as tmp:
        vacuum_into(source, tmp)
        target_path = tmp.create_first(names)
    for old in to_delete(folder.glob(f"{plan.stem}-*.sqlite"), now):
        if old.is_file() and not old.is_symlink():
            old.unlink(missing_ok=True)
    return target_path
