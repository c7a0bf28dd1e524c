"""An officer's own list of reports (.xlsx or .csv) read into report lines and tracking.

`read_table` gives the header row and the rows as text (first sheet of a workbook; a CSV's
delimiter and encoding found); `guess_mapping` maps columns to the fields we know by
their headers; `Table.shape` names the file's layout so a mapping the officer corrected
can be remembered for the next file of the same shape; `plan_rows` turns the rows into
proposed report lines (new, or the plan's own matched by id or title) and tracking of
the sessions named. Nothing here changes a plan.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.calendar import Calendar
from planner.domain.model import Plan, Report, Tracking, TrackingStatus
from planner.intake.errors import IntakeError, TooLarge, WrongContent

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_CELL = 2_000

FIELDS = (
    "title",
    "id",
    "agenda_item",
    "session",
    "status",
    "officer",
    "document_symbol",
    "notes",
)
# header words → field (lower case, accents folded); the first field whose words a header
# contains wins, in this order
_HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("document_symbol", ("document symbol", "doc symbol", "symbol", "cote", "signatura")),
    ("agenda_item", ("agenda item", "agenda", "item", "point de l", "tema")),
    ("officer", ("officer", "focal point", "responsible", "author", "responsable", "redacteur")),
    ("status", ("status", "state", "etat", "estado")),
    ("session", ("session", "meeting", "periodo", "reunion")),
    ("notes", ("notes", "note", "comment", "remarks", "observations", "observaciones")),
    ("id", ("report id", "id", "code", "reference", "ref")),
    ("title", ("title", "report", "subject", "titre", "rapport", "titulo", "informe")),
)
_STATUS_WORDS = {
    TrackingStatus.PLANNED: ("planned", "not started", "pending", "prevu", "previsto", "to do"),
    TrackingStatus.FORECAST: ("forecast", "forecasted", "slotted", "prevision"),
    TrackingStatus.SUBMITTED: ("submitted", "in processing", "soumis", "presentado", "sent"),
    TrackingStatus.ISSUED: ("issued", "published", "parution", "paru", "publicado", "out"),
    TrackingStatus.CONSIDERED: ("considered", "introduced", "examine", "examinado", "taken up"),
}


@dataclass(frozen=True, slots=True)
class Table:
    source: str
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def shape(self) -> str:
        """The layout's name: the kind and the headers as written (folded), hashed."""
        key = self.kind + "|" + "|".join(_fold(h) for h in self.headers)
        return hashlib.sha1(key.encode()).hexdigest()[:16]


def read_table(path: Path) -> Table:
    """The first sheet (or the CSV) as text rows under a header row. Raises IntakeError."""
    source = path.name
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise WrongContent(
            source, f"cannot read {suffix or 'files without an extension'} (use .csv, .xlsx)"
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(source, f"{size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise IntakeError(source, exc.strerror or str(exc)) from None
    rows = _xlsx_rows(data, source) if suffix == ".xlsx" else _csv_rows(data, source)
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()  # trailing blank rows; inner ones are kept, so row numbers stay the sheet's
    if not rows:
        raise WrongContent(source, "no rows")
    width = min(MAX_COLUMNS, max(len(r) for r in rows))
    padded = [tuple((list(r) + [""] * width)[:width]) for r in rows]
    headers = tuple(h.strip() or f"({i + 1})" for i, h in enumerate(padded[0]))
    body = padded[1 : MAX_ROWS + 1]
    if len(padded) - 1 > MAX_ROWS:
        raise TooLarge(source, f"more than {MAX_ROWS} rows")
    return Table(source, suffix[1:], headers, tuple(body))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):  # a date or time cell
        value = isoformat()
    return " ".join(str(value).split())[:MAX_CELL]


def _csv_rows(data: bytes, source: str) -> list[list[str]]:
    if b"\x00" in data[:4096] or data.startswith((b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0")):
        raise WrongContent(source, "not a CSV file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(MAX_CELL * 10)
    out: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            out.append([_text(c) for c in row[:MAX_COLUMNS]])
            if len(out) > MAX_ROWS + 1:
                raise TooLarge(source, f"more than {MAX_ROWS} rows")
    except csv.Error as exc:
        raise WrongContent(source, f"not a readable CSV file ({exc})") from None
    return out


def _xlsx_rows(data: bytes, source: str) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook

    if not data.startswith(b"PK\x03\x04"):
        raise WrongContent(source, "not an .xlsx workbook")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > 10 * MAX_BYTES:
                raise TooLarge(source, "the workbook unpacks to more than 200 MB")
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except IntakeError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise WrongContent(
            source, f"not a readable .xlsx workbook ({type(exc).__name__})"
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise WrongContent(source, "the workbook has no sheet")
        out: list[list[str]] = []
        for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            out.append([_text(c) for c in row])
            if len(out) > MAX_ROWS + 1:
                raise TooLarge(source, f"more than {MAX_ROWS} rows")
        return out
    finally:
        book.close()


# --- mapping ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn"
    ).strip()


def guess_mapping(headers: tuple[str, ...]) -> dict[int, str]:
    """Column index → field, from the header words; each field taken once."""
    out: dict[int, str] = {}
    for i, h in enumerate(headers):
        folded = _fold(h)
        for name, words in _HEADER_WORDS:
            if name in out.values():
                continue
            if any(re.search(rf"(?<![a-z]){re.escape(w)}s?(?![a-z])", folded) for w in words):
                out[i] = name
                break
    return out


def status_of(text: str) -> TrackingStatus | None:
    folded = _fold(text)
    if not folded:
        return None
    for status, words in _STATUS_WORDS.items():
        if folded == status.value or any(w in folded for w in words):
            return status
    return None


# --- rows into the plan ------------------------------------------------------------------------


@dataclass
class ReportList:
    """What the rows propose: new report lines, the plan's lines they name, tracking of
    named sessions, and rows that say nothing we can use (row number, problem code)."""

    new_reports: list[Report] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    tracking: list[Tracking] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (row, code, value)


def _slug(title: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", _fold(title)) if len(w) > 2]
    return "-".join(words[:5])[:48] or "report"


def find_session(text: str, calendar: Calendar) -> str | None:
    """A session named by its id ("csw-2027") or its name, as the calendar has it."""
    value = text.strip()
    if not value:
        return None
    if value in calendar.sessions:
        return value
    folded = _fold(value)
    for s in calendar.sessions.values():
        if _fold(s.name) == folded or _fold(s.id) == folded:
            return s.id
    return None


def plan_rows(table: Table, mapping: dict[int, str], plan: Plan, calendar: Calendar) -> ReportList:
    out = ReportList()
    by_id = {r.id: r for r in plan.reports}
    by_title = {_fold(r.title): r for r in plan.reports}
    made: dict[str, Report] = {}
    made_titles: dict[str, Report] = {}
    column = {name: i for i, name in mapping.items()}
    seen_tracking: set[tuple[str, str]] = set()
    for n, row in enumerate(table.rows, start=2):  # spreadsheet row numbers, header is 1

        def cell(name: str, row: tuple[str, ...] = row) -> str:
            i = column.get(name)
            return row[i].strip() if i is not None and i < len(row) else ""

        if not any(c.strip() for c in row):
            continue
        title, rid = cell("title"), cell("id")
        if not title and not rid:
            out.problems.append((n, "no-title", ""))
            continue
        report = by_id.get(rid) if rid else None
        report = report or (by_title.get(_fold(title)) if title else None)
        report = report or made.get(rid) or made_titles.get(_fold(title))
        if report is None:
            if not title:
                out.problems.append((n, "unknown-report", rid))
                continue
            base = rid or _slug(title)
            new_id, k = base, 2
            while new_id in by_id or new_id in made:
                new_id, k = f"{base[:44]}-{k}", k + 1
            report = Report(new_id, title[:300], cell("agenda_item")[:200])
            made[new_id] = report
            made_titles[_fold(title)] = report
            out.new_reports.append(report)
        elif report.id in by_id and report.id not in out.known:
            out.known.append(report.id)
        session_text = cell("session")
        if not session_text:
            continue
        session = find_session(session_text, calendar)
        if session is None:
            out.problems.append((n, "unknown-session", session_text))
            continue
        status_text = cell("status")
        status = status_of(status_text)
        if status_text and status is None:
            out.problems.append((n, "unknown-status", status_text))
        key = (report.id, session)
        if key in seen_tracking:
            out.problems.append((n, "repeated", f"{report.id} @ {session}"))
            continue
        seen_tracking.add(key)
        out.tracking.append(
            Tracking(
                report.id,
                session,
                status or TrackingStatus.PLANNED,
                cell("document_symbol")[:100],
                cell("officer")[:200],
                None,
                cell("notes")[:2000],
            )
        )
    return out
