"""One writer per plan: an advisory lock beside the file, released even if the app dies."""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from planner.store.errors import PlanLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, single-user machines
    fcntl = None  # type: ignore[assignment]


def lock_path(plan: Path) -> Path:
    return plan.with_name(f".{plan.name}.lock")


class PlanLock:
    """Held while a plan is open for editing. The kernel drops it if the process dies."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, plan: Path) -> PlanLock:
        path = lock_path(plan)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = cls._describe(fd)
                os.close(fd)
                raise PlanLockedError(
                    f"{plan}: already open in Mandate Planner{holder}; open it read-only instead",
                    holder=holder,
                ) from None
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        return cls(path, fd)

    @staticmethod
    def _describe(fd: int) -> str:
        try:
            info = json.loads(os.pread(fd, 4096, 0) or b"{}")
        except (OSError, ValueError):
            return ""
        who = info.get("user", "")
        where = info.get("host", "")
        since = info.get("since", "")
        if not (who or where):
            return ""
        return f" by {who} on {where} since {since}".rstrip()

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)
            self._fd = None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def lock_holder(plan: Path) -> tuple[str, str, str] | None:
    """Who holds the plan's lock, as (user, host, since), for a front end to word."""
    try:
        info = json.loads(lock_path(plan).read_bytes() or b"{}")
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    user, host, since = (str(info.get(k, "")) for k in ("user", "host", "since"))
    return (user, host, since) if user or host else None
