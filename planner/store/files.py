"""Writing files safely, also in folders that other people can write to.

Every writer of the app (plans, imports, Save As, backups, dumps, exports, the
recent-plans list) goes through here, so that a name planted by someone else (a
symbolic link, a hard link, a file of the same name) never makes us write
anywhere but where the user asked:

- new content goes to a temporary file made by `mkstemp` in the target's folder
  (a unique, unpredictable name, opened O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600),
  written through our own descriptor (writers that need a name, such as SQLite's
  VACUUM INTO, are given the name of that empty file and checked afterwards),
  flushed to disk, then renamed over the target: all or nothing, and a link at the
  target is replaced, never followed;
- a file that must not replace anything (a backup) is published with link(2),
  which fails when the name exists in any form, so nothing is ever overwritten;
- temporary files are named `.NAME.XXXXXXXX.planner-tmp`; those a killed process
  left behind are removed the next time we write in that folder (only regular
  files we own, older than an hour: a younger one may be another export under way).
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from planner.store import filecheck
from planner.store.errors import PlanFileError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

TEMP_SUFFIX = ".planner-tmp"
STALE_AFTER_SECONDS = 3600
_NAME_IN_TEMP = 80  # characters of the target's name kept in a temporary name (255-byte limit)
_TEMP_NAME = re.compile(r"^\..*\.[a-z0-9_]{8}\.planner-tmp$")
# what earlier versions left behind when killed: `.NAME.XXXXXXXX.tmp` (and SQLite's files
# beside it) and the fixed `.NAME.partial` names of the XLSX and image exports
_LEGACY_TEMP_NAME = re.compile(
    r"^\..+\.(sqlite|json|csv|ics)\.[a-z0-9_]{8}\.tmp(-journal|-wal|-shm)?$"
    r"|^\..+\.xlsx\.partial$|^\..+\.(png|svg|pdf)\.partial\.(png|svg|pdf)$",
    re.IGNORECASE,
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def encode_utf8(text: str) -> bytes:
    """UTF-8 of `text`; a lone surrogate (which has none) is written as U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def folder_of(path: Path) -> Path:
    """The folder holding the name `path` itself (a link at `path` is not followed)."""
    return Path(os.path.abspath(path)).parent


def check_target(path: Path) -> None:
    """Refuse, with a one-line reason, a target that cannot or must not be replaced.

    The same rules for every writer (import, dump, Save As, every export), so a
    read-only file is refused alike everywhere."""
    folder = folder_of(path)
    if not folder.is_dir():
        raise PlanFileError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise PlanFileError(f"{path}: is a folder, not a file")
    if path.exists():
        ok, why = filecheck.may_write(path)
        if not ok:
            raise PlanFileError(f"{path}: cannot replace it, {why or 'the file is read-only'}")
    ok, why = filecheck.folder_writable(folder)
    if not ok:
        raise PlanFileError(f"{path}: cannot write there, {why}")


def write_error(path: Path, exc: OSError) -> PlanFileError:
    """The one-line message for a failed write, naming the target (never a temporary file)."""
    return PlanFileError(f"{path}: cannot write ({exc.strerror or exc})")


class _Descriptor(io.RawIOBase):
    """Raw writes to a descriptor we keep (closing this does not close it)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer, /) -> int:
        return os.write(self._fd, data)


class TempFile:
    """A new, empty, private file beside a target, made by `mkstemp`.

    Write it through `stream` (or let a writer that needs a name write `path`),
    then publish it with `replace()` or `create_first()`; `discard()` removes it."""

    def __init__(self, target: Path) -> None:
        self.target = target
        folder = folder_of(target)
        clean_stale_temps(folder)
        prefix = f".{target.name[:_NAME_IN_TEMP]}."
        try:
            self.fd, name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=folder)
        except OSError as exc:
            raise write_error(target, exc) from None
        self.path = Path(name)
        st = os.fstat(self.fd)
        self._identity = (st.st_dev, st.st_ino)
        self.stream = io.BufferedWriter(_Descriptor(self.fd), buffer_size=1 << 20)
        self._open = True

    def _finish(self) -> None:
        """Flush to disk, and make sure the name still holds our file (a writer given the name
        must not have been redirected)."""
        self.stream.flush()
        try:
            st = os.lstat(self.path)
        except FileNotFoundError:
            st = None
        if st is None or (st.st_dev, st.st_ino) != self._identity:
            raise PlanFileError(
                f"{self.target}: the temporary file {self.path.name} was removed or replaced"
                " while writing; nothing was written"
            )
        os.fsync(self.fd)

    def _set_mode(self, mode: int) -> None:
        if hasattr(os, "fchmod"):
            os.fchmod(self.fd, mode)
        else:  # pragma: no cover - Windows before Python 3.13
            os.chmod(self.path, mode)

    def replace(self) -> None:
        """Rename over the target: all or nothing; a link at the target is replaced, not followed."""
        self._set_mode(_mode_for(self.target))
        self._finish()
        os.replace(self.path, self.target)
        self._published()

    def create_first(self, names: Iterable[Path]) -> Path:
        """Publish under the first of `names` that does not exist (in any form: file, link,
        folder); nothing existing is ever replaced or followed. Returns the name used."""
        self._set_mode(_default_mode())
        self._finish()
        for name in names:
            try:
                _link_new(self.path, name)
            except FileExistsError:
                continue
            self.discard()
            _sync_folder(folder_of(name))
            return name
        raise PlanFileError(f"{self.target}: cannot create it, the name is taken")

    def _published(self) -> None:
        self._close()
        _sync_folder(folder_of(self.target))

    def _close(self) -> None:
        if self._open:
            self._open = False
            with suppress(OSError, ValueError):
                self.stream.close()
            os.close(self.fd)

    def discard(self) -> None:
        """Close and remove the temporary file (if it is still ours and still there)."""
        self._close()
        with suppress(OSError):
            st = os.lstat(self.path)
            if (st.st_dev, st.st_ino) == self._identity:
                os.unlink(self.path)


@contextmanager
def temp_file(target: Path) -> Iterator[TempFile]:
    """A temporary file beside `target`, removed on the way out unless it was published."""
    tmp = TempFile(target)
    try:
        yield tmp
    except OSError as exc:
        raise write_error(target, exc) from None
    finally:
        tmp.discard()


@contextmanager
def replacing(target: Path) -> Iterator[TempFile]:
    """Write `target` all or nothing: check it, write the yielded temporary file, rename it over."""
    check_target(target)
    with temp_file(target) as tmp:
        yield tmp
        tmp.replace()


def write_bytes(target: Path, data: bytes) -> None:
    with replacing(target) as tmp:
        tmp.stream.write(data)


def write_text(target: Path, text: str) -> None:
    """UTF-8, all or nothing (lone surrogates become U+FFFD rather than failing)."""
    write_bytes(target, encode_utf8(text))


def clean_stale_temps(folder: Path, now: float | None = None) -> list[str]:
    """Remove temporary files a killed writer left in `folder`: only our own pattern, only
    regular files (never links) we own, and only those untouched for an hour."""
    now = time.time() if now is None else now
    uid = os.getuid() if hasattr(os, "getuid") else None
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not (_TEMP_NAME.match(entry.name) or _LEGACY_TEMP_NAME.match(entry.name)):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode) or (uid is not None and st.st_uid != uid):
            continue
        if now - st.st_mtime < STALE_AFTER_SECONDS:
            continue
        with suppress(OSError):
            os.unlink(os.path.join(folder, entry.name))
            removed.append(entry.name)
    return removed


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _mode_for(target: Path) -> int:
    """The permissions of our own file being replaced (a private file stays private), or
    those a new file gets (never the mode of a file someone else put there)."""
    try:
        st = os.lstat(target)
    except OSError:
        return _default_mode()
    ours = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) and ours else _default_mode()


def _link_new(source: Path, name: Path) -> None:
    """Give `source` the new name `name`; FileExistsError if the name exists in any form."""
    try:
        os.link(source, name)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
            raise
    # a file system without hard links: create the name exclusively and copy into it
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(name, flags, stat.S_IMODE(os.stat(source).st_mode))
    try:
        with open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (best effort: not every system can fsync a folder)."""
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
