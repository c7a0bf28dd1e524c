"""`planner export-image`, `export-ics`, `export-table`: every format, every script."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from paths import SEED_PLAN
from PySide6.QtGui import QImage

from planner.cli.main import main
from planner.timeline.style import LIGHT, VERMILLION

CHINESE = "可持续发展问题报告"
ARABIC = "تقرير الأمين العام"
RUSSIAN = "Доклад Генерального секретаря"


@pytest.fixture
def multilingual(tmp_path):
    doc = json.loads(SEED_PLAN.read_text())
    doc["title"] = f"{CHINESE} / {ARABIC} / {RUSSIAN}"
    doc["reports"][0]["title"] = CHINESE
    doc["reports"][2]["title"] = ARABIC
    doc["session_series"][1]["name"] = "经社理事会 {year} 年实质性会议"
    path = tmp_path / "multilingual.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def run(*args: str) -> int:
    return main(list(args))


def test_png_has_the_requested_width_and_expected_colours(tmp_path, capsys):
    out = tmp_path / "plan.png"
    assert (
        run(
            "export-image",
            str(SEED_PLAN),
            str(out),
            "--width",
            "3000",
            "--from",
            "2012",
            "--to",
            "2030",
            "--today",
            "2026-11-27",
        )
        == 0
    )
    assert "wrote" in capsys.readouterr().out
    image = QImage(str(out))
    assert image.width() == 3000
    # the today line, a confirmed session bar, the lane headers
    from datetime import date

    from planner.app.documents import read_plan
    from planner.app.workspace import Workspace
    from planner.export.image import ImageOptions, compose
    from planner.timeline.scene import TimelineScene

    scene = TimelineScene(Workspace.in_memory(read_plan(SEED_PLAN)))
    hw = compose(scene, ImageOptions(2012, 2030, 3000)).timeline.header_width
    span = date(2031, 1, 1).toordinal() - date(2012, 1, 1).toordinal()
    ppd = (3000 - hw) / span
    x_today = round(hw + (date(2026, 11, 27).toordinal() - date(2012, 1, 1).toordinal()) * ppd)
    column = [image.pixelColor(x_today, y) for y in range(60, 300)]
    assert VERMILLION in column
    x_bar = round(hw + (date(2012, 7, 14).toordinal() - date(2012, 1, 1).toordinal()) * ppd)
    assert LIGHT.session_confirmed in [
        image.pixelColor(x_bar, y) for y in range(60, image.height())
    ]
    assert image.pixelColor(5, 120) == LIGHT.header_bg


def test_svg_parses_and_keeps_text_as_text(tmp_path, multilingual):
    out = tmp_path / "plan.svg"
    assert run("export-image", str(multilingual), str(out), "--with-drafts") == 0
    root = ET.parse(out).getroot()
    texts = "".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    assert CHINESE in texts and ARABIC in texts and RUSSIAN in texts
    zoomed = tmp_path / "zoomed.svg"
    assert (
        run(
            "export-image",
            str(multilingual),
            str(zoomed),
            "--from",
            "2014",
            "--to",
            "2015",
            "--width",
            "4000",
        )
        == 0
    )
    runs = "".join(
        "".join(el.itertext())
        for el in ET.parse(zoomed).getroot().iter()
        if el.tag.endswith("text")
    )
    assert (
        "经社理事会 2014" in runs
    )  # session names, zoomed in (one <text> per script run; elided to fit)


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)
def test_pdf_is_vector_with_extractable_chinese_and_arabic(tmp_path, multilingual):
    out = tmp_path / "plan.pdf"
    assert run("export-image", str(multilingual), str(out), "--width", "2400") == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert CHINESE in text
    assert RUSSIAN in text
    # Arabic comes back in its shaped (presentation) forms; NFKC gives the letters again
    assert ARABIC in unicodedata.normalize("NFKC", text)
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert " yes " in fonts  # embedded


def test_very_wide_png_is_rendered_in_strips(tmp_path, monkeypatch):
    import planner.export.image as image_module

    monkeypatch.setattr(image_module, "STRIP_ROWS", 64)
    out = tmp_path / "wide.png"
    assert run("export-image", str(SEED_PLAN), str(out), "--width", "16000") == 0
    image = QImage(str(out))
    assert image.width() == 16000 and image.height() > 300
    assert image.pixelColor(5, 120) == LIGHT.header_bg


def test_ics_parses_and_reexport_keeps_uids(tmp_path):
    from icalendar import Calendar

    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    today = ("--today", "2015-01-01")
    assert run("export-ics", str(SEED_PLAN), str(first), "--with-drafts", *today) == 0
    assert run("export-ics", str(SEED_PLAN), str(second), "--with-drafts", *today) == 0
    cal = Calendar.from_ical(first.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    uids = {str(e["uid"]) for e in events}
    assert uids == {str(e["uid"]) for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")}
    assert len(uids) == len(events)
    domain = str(events[0]["uid"]).split("@", 1)[1]
    assert domain.endswith(".mandate-planner") and all(u.endswith("@" + domain) for u in uids)
    session = next(e for e in events if str(e["uid"]) == f"session-ecosoc-2012@{domain}")
    assert str(session["summary"]) == "ECOSOC: Substantive session of 2012"
    assert session.decoded("dtstart").isoformat() == "2012-07-02"
    assert session.decoded("dtend").isoformat() == "2012-07-28"  # exclusive end of an all-day event
    deadline = next(
        e for e in events if str(e["uid"]) == f"submission-conf-followup-ecosoc-2016@{domain}"
    )
    assert deadline.decoded("dtstart").isoformat() == "2016-04-25"
    alarm = deadline.walk("VALARM")[0]
    assert alarm.decoded("trigger").days == -7


def test_ics_filters_by_body_and_officer(tmp_path):
    out = tmp_path / "ga.ics"
    assert run("export-ics", str(SEED_PLAN), str(out), "--bodies", "GA") == 0
    text = out.read_text()
    assert "session-ga-2012@" in text and "session-ecosoc-2012@" not in text


def test_ics_for_one_officer_has_only_their_deadlines(tmp_path):
    doc = json.loads(SEED_PLAN.read_text())
    doc["tracking"][1]["officer"] = "A. Rahman"
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "mine.ics"
    assert run("export-ics", str(plan), str(out), "--officer", "A. Rahman") == 0
    text = out.read_text()
    assert text.count("BEGIN:VEVENT") == 2  # submission and issuance of the one report
    assert "submission-periodicity-note-ecosoc-2012@" in text


def test_two_plans_export_uids_of_their_own(tmp_path):
    """Two plans (here: the same seed imported twice) in one calendar app never collide."""
    from icalendar import Calendar

    uids = []
    for name in ("mine", "colleague"):
        plan = tmp_path / f"{name}.sqlite"
        assert run("import", str(SEED_PLAN), str(plan)) == 0
        out = tmp_path / f"{name}.ics"
        assert run("export-ics", str(plan), str(out)) == 0
        uids.append({str(e["uid"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")})
        assert run("export-ics", str(plan), str(out)) == 0  # stable from one export to the next
        assert uids[-1] == {
            str(e["uid"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        }
    assert uids[0] and not uids[0] & uids[1]


def test_past_deadlines_are_exported_without_reminders(tmp_path):
    from icalendar import Calendar

    out = tmp_path / "plan.ics"
    assert run("export-ics", str(SEED_PLAN), str(out), "--today", "2020-06-01") == 0
    deadlines = [
        e
        for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        if "Deadline" in str(e.get("categories").to_ical())
    ]
    past = [e for e in deadlines if e.decoded("dtstart") < date(2020, 6, 1)]
    coming = [e for e in deadlines if e not in past]
    assert past and coming
    assert all(not e.walk("VALARM") for e in past)
    assert all(e.walk("VALARM") for e in coming)


def test_xlsx_has_the_right_rows(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "reqs.xlsx"
    assert run("export-table", str(SEED_PLAN), str(out), "--with-drafts") == 0
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Report title", "Report", "Mandated by")
    assert len(rows) == 1 + 11
    note = next(r for r in rows if r[1] == "periodicity-note")
    assert (note[2], note[3], note[7].date().isoformat(), note[9], note[10], note[12]) == (
        "E/DEC/2011/216",
        "ECOSOC",
        "2012-04-23",
        1900,
        8500,
        "issued",
    )


def test_csv_opens_in_excel_encoding(tmp_path):
    import csv

    out = tmp_path / "reqs.csv"
    assert run("export-table", str(SEED_PLAN), str(out)) == 0
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][0] == "Report title" and len(rows) == 1 + 25


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["export-image", "PLAN", "out.gif"], "use a .png or .svg or .pdf file name"),
        (["export-image", "PLAN", "out.png", "--width", "50"], "bad width '50'"),
        (
            ["export-image", "PLAN", "out.png", "--from", "2020", "--to", "2015"],
            "--to 2015 is before --from 2020",
        ),
        (["export-image", "PLAN", "out.png", "--bodies", "UNEP"], "unknown body 'UNEP'"),
        (["export-image", "PLAN", "nofolder/out.png"], "does not exist"),
        (["export-ics", "PLAN", "out.txt"], "use a .ics file name"),
        (["export-ics", "PLAN", "out.ics", "--bodies", "UNEP"], "unknown body 'UNEP'"),
        (
            ["export-ics", "PLAN", "out.ics", "--officer", "Unknown"],
            "--officer: no requirement is tracked to 'Unknown'",
        ),
        (["export-table", "PLAN", "out.ods"], "use a .csv or .xlsx file name"),
    ],
)
def test_bad_export_arguments_write_nothing(tmp_path, monkeypatch, capsys, args, fragment):
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED_PLAN, tmp_path / "PLAN")
    (tmp_path / "PLAN").rename(tmp_path / "PLAN.json")
    args = [a.replace("PLAN", "PLAN.json") if a == "PLAN" else a for a in args]
    assert run(*args) == 2
    err = capsys.readouterr().err
    assert fragment in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["PLAN.json"]


def test_ics_deadlines_name_the_report_not_its_id(tmp_path):
    from icalendar import Calendar

    out = tmp_path / "plan.ics"
    assert run("export-ics", str(SEED_PLAN), str(out), "--today", "2015-01-01") == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    deadline = next(
        e for e in events if str(e["uid"]).startswith("submission-conf-followup-ecosoc-2016@")
    )
    assert str(deadline["summary"]) == (
        "Submit: Integrated and coordinated implementation of and follow-up to the out…"
        " for ECOSOC Substantive session of 2016"
    )
