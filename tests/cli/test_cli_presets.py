"""`planner export-image --preset …`: pictures of the size people make, with a scope."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from paths import DEFAULT_PLAN
from PySide6.QtGui import QImage, QPainter

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.cli.main import main
from planner.domain.results import RecalcOptions
from planner.export.image import ImageOptions, compose
from planner.export.presets import PRESETS
from planner.timeline.frame import PaintRecord
from planner.timeline.scene import TimelineScene
from planner.timeline.scope import Scope

TODAY = date(2026, 11, 27)


def export(tmp_path, name, *args):
    out = tmp_path / name
    code = main(["export-image", str(DEFAULT_PLAN), str(out), "--today", "2026-11-27", *args])
    return code, out


@pytest.mark.parametrize(
    ("preset", "size"),
    [("slide", (1920, 1080)), ("slide-4k", (3840, 2160)), ("a4", (2244, 1586))],
)
def test_fixed_size_presets_give_exactly_that_size(tmp_path, preset, size):
    code, out = export(
        tmp_path,
        f"{preset}.png",
        "--preset",
        preset,
        "--reports",
        "conf-followup",
        "--bodies",
        "ECOSOC",
        "--from",
        "2024",
        "--to",
        "2030",
    )
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == size


def test_the_email_preset_is_1200_px_wide_and_as_tall_as_its_lanes(tmp_path):
    code, out = export(tmp_path, "mail.png", "--preset", "email", "--with-drafts")
    assert code == 0
    image = QImage(str(out))
    assert image.width() == 1200 and 150 < image.height() < 900


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) not installed")
@pytest.mark.parametrize(("preset", "points"), [("a4", "842 x 595"), ("a3", "1191 x 842")])
def test_paper_presets_print_on_that_paper_landscape(tmp_path, preset, points):
    code, out = export(tmp_path, f"{preset}.pdf", "--preset", preset)
    assert code == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(rf"Page size:\s+{points} pts", info.stdout)
    assert re.search(r"Pages:\s+1\n", info.stdout)


def test_a_scope_leaves_everything_else_out():
    plan = read_plan(DEFAULT_PLAN)
    scene = TimelineScene(Workspace.in_memory(plan, RecalcOptions(with_drafts=True, today=TODAY)))
    options = PRESETS["slide"].apply(
        ImageOptions(2012, 2030, today=TODAY, scope=Scope(reports=frozenset({"periodicity-note"})))
    )
    comp = compose(scene, options)
    record = PaintRecord()
    image = QImage(comp.width, comp.height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    comp.paint(painter, record)
    painter.end()
    assert record.drawn and {report for report, _ in record.drawn} == {"periodicity-note"}
    assert [r.key for r in comp.scene.rows()] == ["events", "decisions", "ECOSOC"]
    mandating = {s for r in comp.scene.data.result.requirements for s in r.mandated_by}
    assert {d.symbol for d in comp.scene.data.decisions.items} == mandating  # the rest left out
    assert comp.height == 1080


def test_what_a_decision_mandates(tmp_path):
    code, out = export(
        tmp_path,
        "draft.svg",
        "--with-drafts",
        "--decision",
        "E/DEC/2012/DRAFT-1",
        "--from",
        "2012",
        "--to",
        "2030",
    )
    assert code == 0
    text = out.read_text()
    assert "E/DEC/2012/DRAFT-1" in text and "A/RES/57/270 B" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--reports", "nope"], "--reports: unknown report line 'nope'"),
        (["--decision", "A/RES/1/1"], "--decision: no decision 'A/RES/1/1'"),
        (["--preset", "poster"], "invalid choice: 'poster'"),
        (
            ["--reports", "review-61-16", "--from", "2024", "--to", "2030"],
            "nothing to show: no report is due in 2024–2030",
        ),
    ],
)
def test_bad_scope_is_refused_cleanly(tmp_path, capsys, args, message):
    code, _out = export(tmp_path, "x.png", *args)
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_fixed_height_that_cannot_hold_every_lane_says_so(tmp_path):
    from benchmarks.generate import generate
    from planner.store.interchange import plan_from_json

    scene = TimelineScene(
        Workspace.in_memory(plan_from_json(generate(0.1)), RecalcOptions(today=TODAY))
    )
    comp = compose(scene, PRESETS["slide"].apply(ImageOptions(2020, 2029, today=TODAY)))
    assert comp.height == 1080
    shown = sum(1 for r in comp.scene.rows() if r.key in comp.scene.data.lanes)
    assert shown >= 1
    if comp.lanes_left_out:
        assert f"lanes not shown: {comp.lanes_left_out}" in comp.footer_text
    assert comp.paint_options.base_point_size >= comp.options.min_point_size
