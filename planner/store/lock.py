"""One writer per plan: an advisory lock on the plan file itself, released even if the app dies.

The lock is taken with flock(2) on the plan file, so it belongs to the file (its
device and inode), not to a name: a symbolic or hard link to an open plan finds
it locked too, and no lock file can be planted to redirect our writes. A small
note beside the real file (`.NAME.lock`) says who holds it, for the message a
second editor sees; it is opened without following links or truncating, and is
optional (a note that cannot be written leaves the lock as good).
"""

from __future__ import annotations

import getpass
import json
import os
import re
import socket
import stat
import sys
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from planner.store.errors import PlanLockedError, PlanReadOnlyError

if sys.platform != "win32":  # Windows: no advisory lock, single-user machines
    import fcntl

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
OPEN_READ_ONLY = "open it read-only instead"


def lock_path(plan: Path) -> Path:
    """The holder's note, beside the real file (a link to the plan shares it)."""
    real = Path(os.path.realpath(plan))
    return real.with_name(f".{real.name}.lock")


class PlanLock:
    """Held while a plan is open for editing (or being replaced by an import).
    The kernel drops it if the process dies."""

    def __init__(self, plan: Path, fd: int, note: Path, note_fd: int | None) -> None:
        self.plan = plan
        self.path = note
        self._fd: int | None = fd
        self._note_fd = note_fd

    @classmethod
    def acquire(cls, plan: Path, *, advice: str = OPEN_READ_ONLY) -> PlanLock:
        """Lock `plan` for writing; PlanLockedError (ending with `advice`) if another editor
        holds it, PlanReadOnlyError if it cannot be locked at all."""
        fd = _open_plan(plan)
        if sys.platform != "win32":
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                holder = _describe(lock_path(plan))
                raise PlanLockedError(
                    f"{plan}: already open in Mandate Planner{holder}; {advice}", holder=holder
                ) from None
            except OSError as exc:
                os.close(fd)
                reason = f"it cannot be locked for editing ({exc.strerror})"
                raise PlanReadOnlyError(f"{plan}: {reason}", reason) from None
        note = lock_path(plan)
        return cls(plan, fd, note, _write_note(note))

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if self._note_fd is not None:
                with suppress(OSError):
                    mine = os.fstat(self._note_fd)
                    there = os.lstat(self.path)
                    if (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino):
                        os.unlink(self.path)
                os.close(self._note_fd)
                self._note_fd = None
        finally:
            os.close(self._fd)  # releases the lock
            self._fd = None


def _open_plan(plan: Path) -> int:
    """A descriptor on the plan file itself (following a link to it: the lock is the file's)."""
    try:
        return os.open(plan, os.O_RDWR | _CLOEXEC)
    except OSError:
        pass
    try:
        return os.open(plan, os.O_RDONLY | _CLOEXEC)
    except OSError as exc:
        reason = f"it cannot be locked for editing ({exc.strerror})"
        raise PlanReadOnlyError(f"{plan}: {reason}", reason) from None


def _write_note(note: Path) -> int | None:
    """Who holds the lock, written into `.NAME.lock` if that is (or can be made) a plain file
    of ours: never through a link, never into a file with other names."""
    try:
        fd = os.open(note, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _NONBLOCK | _CLOEXEC, 0o644)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            os.close(fd)
            return None
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
    except OSError:
        os.close(fd)
        return None
    return fd


def _describe(note: Path) -> str:
    """' by USER on HOST since TIME' from the holder's note, or '' (it may be missing, or
    planted: read without following links, bounded, and shown without control characters)."""
    try:
        fd = os.open(note, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
    except OSError:
        return ""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return ""
        info = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return ""
    finally:
        os.close(fd)
    if not isinstance(info, dict):
        return ""

    def field(key: str) -> str:
        value = info.get(key, "")
        return _CONTROL.sub("", value)[:80] if isinstance(value, str) else ""

    who, where, since = field("user"), field("host"), field("since")
    if not (who or where):
        return ""
    return f" by {who} on {where} since {since}".rstrip()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def lock_holder(plan: Path) -> tuple[str, str, str] | None:
    """Who holds the plan's lock, as (user, host, since), for a front end to word."""
    try:
        with open(lock_path(plan), "rb") as fh:  # a planted note may be huge: read a little
            info = json.loads(fh.read(4096) or b"{}")
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    user, host, since = (str(info.get(k, "")) for k in ("user", "host", "since"))
    return (user, host, since) if user or host else None
