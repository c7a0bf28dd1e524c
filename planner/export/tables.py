"""The requirements as CSV and XLSX, with the fields documentation forecasting asks for.

Plan text never becomes a formula: XLSX cells holding text are string cells, and a
CSV value that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
`@`, a tab or a carriage return) gets a leading `'`, as OWASP advises.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from planner.domain.model import Plan
from planner.domain.results import Requirement
from planner.store.files import write_bytes, write_text

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# characters XML 1.0 cannot hold (openpyxl refuses the control characters; a lone surrogate
# cannot be encoded at all); they become U+FFFD
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

COLUMNS = (
    "Report title",
    "Report",
    "Mandated by",
    "Body",
    "Session",
    "Session opens",
    "Session closes",
    "Submission due",
    "Issuance due",
    "Word estimate",
    "Word limit",
    "Officer",
    "Status",
    "Document symbol",
)


Cell = str | int | date | None  # what a row of the table holds


def rows(plan: Plan, requirements: Sequence[Requirement]) -> list[list[Cell]]:
    limits = {r.id: r.word_limit for r in plan.reports}
    out: list[list[Cell]] = []
    for r in requirements:
        t = r.tracking
        status = "cannot be met" if r.cannot_be_met else "overdue" if r.overdue else str(r.status)
        out.append(
            [
                r.title,
                r.report,
                "; ".join(r.mandated_by),
                r.body,
                r.session_name,
                r.session_start,
                r.session_end,
                r.submission_due,
                r.issuance_due,
                t.word_estimate if t and t.word_estimate is not None else None,
                limits.get(r.report),
                t.officer if t else "",
                status,
                t.document_symbol if t else "",
            ]
        )
    return out


def csv_value(value: object) -> object:
    """A value as CSV holds it: dates in ISO form, text never read as a formula."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def xml_text(text: str) -> str:
    """`text` with the characters an XML document cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def write_csv(plan: Plan, requirements: Sequence[Requirement], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in rows(plan, requirements):
        writer.writerow([csv_value(v) for v in row])
    write_text(path, "\ufeff" + buffer.getvalue())  # BOM: Excel opens UTF-8 correctly


def write_xlsx(plan: Plan, requirements: Sequence[Requirement], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = "Requirements"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows(plan, requirements), start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                cell.value = xml_text(value)
                cell.data_type = "s"  # text stays text: never a formula, an error or a number
            else:
                cell.value = value
    for i, width in enumerate((60, 18, 28, 10, 30, 13, 13, 14, 13, 13, 11, 18, 14, 22), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for col in "FGHI":
        for cell in ws[col][1:]:
            cell.number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    # built in memory, so a failing disk meets our own write (one clear message), not a
    # half-closed zip file
    buffer = io.BytesIO()
    wb.save(buffer)
    write_bytes(path, buffer.getvalue())
