"""Where a plan lives: a file, or a plan on a PostgreSQL server.

A team plan is named by a connection URL with the plan's name, e.g.
`postgresql://db.example.org/planning?plan=ecosoc`. Everything else follows libpq's
conventions (service files, `.pgpass`, `PGSSLMODE`, `sslmode=` …): a password is never
asked for or kept by us; one written in the URL is used for that connection only and never
shown or remembered (`display` leaves it out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from planner.store.errors import PlanFileError

SCHEMES = ("postgresql://", "postgres://")
# a plan is a schema of its own: a plain lower-case SQL name (never quoted, never built
# into SQL from anything else), and not one PostgreSQL keeps for itself
PLAN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
RESERVED = ("public", "information_schema")


@dataclass(frozen=True, slots=True)
class TeamAddress:
    """A plan on a PostgreSQL server: libpq's connection string and the plan's name."""

    conninfo: str
    plan: str
    display: str

    @property
    def schema(self) -> str:
        return self.plan

    @property
    def channel(self) -> str:
        """The LISTEN/NOTIFY channel that announces edits of this plan."""
        return f"planner_{self.plan}"

    def __str__(self) -> str:
        return self.display


PlanLocation = Path | TeamAddress


def is_team_url(text: str) -> bool:
    return text.lower().startswith(SCHEMES)


def parse_location(text: str | Path) -> PlanLocation:
    """A path, or a team plan's URL (checked; PlanFileError naming what is wrong)."""
    if isinstance(text, Path) or not is_team_url(text):
        return Path(text)
    return parse_team_url(text)


def parse_team_url(url: str) -> TeamAddress:
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    shown = _without_password(url)
    if "\x00" in url:
        raise PlanFileError(f"{shown!r}: a NUL character in the address")
    try:
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=False)
    except ValueError as exc:
        raise PlanFileError(f"{shown}: not a connection URL ({exc})") from None
    plans = [v for k, v in query if k == "plan"]
    if len(plans) != 1 or not plans[0]:
        raise PlanFileError(f"{shown}: name the plan, e.g. postgresql://HOST/DATABASE?plan=NAME")
    plan = plans[0]
    if not PLAN_NAME.match(plan) or plan in RESERVED or plan.startswith("pg_"):
        raise PlanFileError(
            f"{shown}: the plan name {plan!r} must be 1 to 40 lower-case letters, digits"
            " or _, starting with a letter (and not public or pg_…)"
        )
    conninfo = _url(
        parts.scheme, parts.netloc, parts.path, [(k, v) for k, v in query if k != "plan"]
    )
    try:
        conninfo_to_dict(conninfo)
    except ProgrammingError as exc:
        raise PlanFileError(f"{shown}: not a connection URL ({_first_line(exc)})") from None
    return TeamAddress(conninfo, plan, shown)


def server_and_database(address: TeamAddress) -> tuple[str, str]:
    """Where a team plan lives, for showing it: the server's host ("" for one reached by
    a socket on this computer) and the database (or the libpq service that names both)."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(address.conninfo)
    except ProgrammingError:
        return "", ""
    host = str(parts.get("host") or parts.get("hostaddr") or "")
    if host.startswith("/") or host.startswith("@"):  # a socket folder (or an abstract one)
        host = ""
    database = str(parts.get("dbname") or parts.get("service") or "")
    return host, database


def _without_password(url: str) -> str:
    """The URL as it may be shown and remembered: no password, in the user part or the
    query (`password=`)."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            user, host = netloc.rsplit("@", 1)
            netloc = f"{user.split(':', 1)[0]}@{host}"
        query = [
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"
        ]
        return _url(parts.scheme, netloc, parts.path, query)
    except ValueError:
        return url.split("@")[-1]


def _url(scheme: str, netloc: str, path: str, query: list[tuple[str, str]]) -> str:
    """A libpq URI (an empty host keeps its `//`; the query percent-encoded)."""
    rest = urlencode(query, quote_via=quote, safe="/")
    return f"{scheme}://{netloc}{path}" + (f"?{rest}" if rest else "")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__
