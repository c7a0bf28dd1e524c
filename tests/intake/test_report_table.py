"""An officer's report list (.csv, .xlsx) read, mapped and turned into report lines and tracking."""

from __future__ import annotations

import pytest
from paths import DEFAULT_PLAN

from planner.app.documents import read_plan
from planner.app.report_list_import import apply_report_list
from planner.domain.calendar import Calendar
from planner.domain.model import TrackingStatus
from planner.intake.errors import IntakeError
from planner.intake.report_table import guess_mapping, plan_rows, read_table, status_of

ROWS = [
    ["Report title", "Agenda item", "Session", "Status", "Focal point", "Doc. symbol", "Comments"],
    [
        "River basin cooperation",
        "18 (a)",
        "82nd session of the General Assembly",
        "In processing",
        "A. Officer",
        "",
        "draft due soon",
    ],
    ["Progress towards the Sustainable Development Goals", "", "", "", "", "", ""],
    ["Coral reef protection", "", "csw-2027", "issued", "", "E/CN.6/2027/4", ""],
    ["", "", "", "", "", "", "a note with no report"],
    ["Coral reef protection", "", "no such meeting", "", "", "", ""],
]


@pytest.fixture(scope="module")
def plan():
    return read_plan(DEFAULT_PLAN)


def write_csv(tmp_path, rows, name="list.csv", delimiter=";"):
    path = tmp_path / name
    path.write_text("\n".join(delimiter.join(f'"{c}"' for c in r) for r in rows), encoding="cp1252")
    return path


def write_xlsx(tmp_path, rows, name="list.xlsx"):
    from openpyxl import Workbook

    book = Workbook()
    for r in rows:
        book.active.append(r)
    path = tmp_path / name
    book.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_report_list_becomes_report_lines_and_tracking(tmp_path, plan, kind):
    path = write_csv(tmp_path, ROWS) if kind == "csv" else write_xlsx(tmp_path, ROWS)
    table = read_table(path)
    assert table.headers[0] == "Report title" and len(table.rows) == 5
    mapping = guess_mapping(table.headers)
    assert mapping == {
        0: "title",
        1: "agenda_item",
        2: "session",
        3: "status",
        4: "officer",
        5: "document_symbol",
        6: "notes",
    }
    cal = Calendar(plan)
    rl = plan_rows(table, mapping, plan, cal)
    assert [r.title for r in rl.new_reports] == ["River basin cooperation", "Coral reef protection"]
    assert rl.new_reports[0].agenda_item == "18 (a)"
    assert rl.known == ["sdg-progress"]  # matched by its title
    assert [(t.report, t.session, t.status) for t in rl.tracking] == [
        ("river-basin-cooperation", "ga-2027", TrackingStatus.SUBMITTED),
        ("coral-reef-protection", "csw-2027", TrackingStatus.ISSUED),
    ]
    assert rl.tracking[1].document_symbol == "E/CN.6/2027/4"
    assert rl.problems == [(5, "no-title", ""), (6, "unknown-session", "no such meeting")]
    new = apply_report_list(plan, rl)
    assert {"river-basin-cooperation", "coral-reef-protection"} <= {r.id for r in new.reports}
    assert len(new.tracking) == len(plan.tracking) + 2


def test_the_shape_names_the_layout_not_the_content(tmp_path):
    a = read_table(write_csv(tmp_path, ROWS, "a.csv"))
    b = read_table(write_csv(tmp_path, [ROWS[0], ROWS[3]], "b.csv", delimiter=","))
    c = read_table(write_csv(tmp_path, [["Title", "Session"], ["x", "y"]], "c.csv"))
    assert a.shape == b.shape != c.shape


def test_statuses_in_the_words_officers_use():
    assert status_of("Published") == TrackingStatus.ISSUED
    assert status_of("soumis") == TrackingStatus.SUBMITTED
    assert status_of("") is None and status_of("lost") is None


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        ("x.xlsx", b"not a zip", "not an .xlsx"),
        ("x.xlsx", b"PK\x03\x04broken", "not a readable .xlsx"),
        ("x.csv", b"PK\x03\x04\x00\x00", "binary"),
        ("x.csv", b"", "no rows"),
        ("x.ods", b"whatever", "cannot read .ods"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path, name, data, fragment):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IntakeError) as info:
        read_table(path)
    assert fragment in str(info.value) and "\n" not in str(info.value)


@pytest.mark.timeout(120)
def test_any_bytes_give_a_table_or_a_one_line_intake_error(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(st.binary(max_size=300), st.sampled_from([".csv", ".xlsx"]))
    def check(data, suffix):
        path = tmp_path / f"t{suffix}"
        path.write_bytes(data)
        try:
            read_table(path)
        except IntakeError as exc:
            assert "\n" not in str(exc)

    check()
