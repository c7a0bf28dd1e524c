"""A throwaway PostgreSQL cluster from the installed server binaries (tests, benchmarks).

Listens on a Unix socket in its own temporary folder only (no TCP port), trusts local
users, and is removed by `destroy()`. Run as root, the server runs as the `postgres`
user (PostgreSQL refuses to run as root)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

PASSWORD_USER = "planner_pw_user"  # the one role that must give a password


def find_binaries() -> Path | None:
    """The folder of `initdb`/`pg_ctl`: on PATH, or Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


class Cluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="planner-pg-"))
        self.data = self.root / "data"
        self.socket = self.root  # the socket lives beside the data folder
        self.port = 5432  # a port number names the socket file; nothing listens on TCP
        self.user: str | None = None
        if os.geteuid() == 0:
            self.user = "postgres"
            try:
                entry = pwd.getpwnam(self.user)
            except KeyError:
                raise RuntimeError(
                    "PostgreSQL refuses to run as root, and there is no 'postgres' user"
                ) from None
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o755)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            user=self.user,
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
            cwd=self.root,
        )

    def init(self) -> Cluster:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        hba = self.data / "pg_hba.conf"
        hba.write_text(
            f"local all {PASSWORD_USER} scram-sha-256\n" + hba.read_text(), encoding="utf-8"
        )
        return self

    def start(self) -> Cluster:
        options = (
            f"-k {self.socket} -p {self.port} -c listen_addresses='' -c fsync=off"
            " -c full_page_writes=off -c max_connections=100"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )
        return self

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres", user: str = "postgres", **query: str) -> str:
        extra = "".join(f"&{k}={quote(v, safe='')}" for k, v in query.items())
        return (
            f"postgresql://{quote(user, safe='')}@/{dbname}"
            f"?host={quote(str(self.socket), safe='/')}&port={self.port}{extra}"
        )


def start_cluster() -> Cluster | None:
    bindir = find_binaries()
    if bindir is None:
        return None
    return Cluster(bindir).init().start()
