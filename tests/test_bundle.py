"""Smoke test of the built one-folder app (`make bundle` builds it, then runs these)."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from paths import REPO, SCENARIOS
from resolution_samples import akn, docx_file

from benchmarks.resolution_pdf import Resolution, write_pdf

EXE = REPO / "dist" / "mandate-planner" / "mandate-planner"
pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not EXE.exists(), reason="no bundle: run `make bundle`"),
]


def run(*args: str, tmp_path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MANDATE_PLANNER_HOME": str(tmp_path / "home"),
    }
    return subprocess.run(
        [str(EXE), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_bundled_recalc_reproduces_the_scenario(tmp_path):
    proc = run(
        "recalc",
        str(SCENARIOS / "seed-periodicity.json"),
        "--json",
        "--with-drafts",
        tmp_path=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    got = [
        (r["session"], r["mandated_by"])
        for r in json.loads(proc.stdout)["requirements"]
        if r["report"] == "conf-followup"
    ]
    assert [s for s, _ in got if s >= "ecosoc-2013"] == [
        "ecosoc-2013",
        "ecosoc-2016",
        "ecosoc-2021",
        "ecosoc-2026",
    ]


def test_bundled_export_image_and_default_plan(tmp_path):
    out = tmp_path / "plan.png"
    proc = run(
        "export-image",
        str(REPO / "resources" / "default-plan.json"),
        str(out),
        "--width",
        "1600",
        tmp_path=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundled_gui_starts_offscreen_on_the_default_plan(tmp_path):
    proc = run("--quit-after-paint", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "first-paint" in proc.stdout
    assert (
        tmp_path / "home" / "data" / "default-plan.sqlite"
    ).exists()  # created on first run, migrations found


def test_bundled_import_and_bad_input(tmp_path):
    proc = run(
        "import",
        str(REPO / "resources" / "default-plan.json"),
        str(tmp_path / "p.sqlite"),
        tmp_path=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    bad = run("recalc", str(tmp_path / "nope.json"), tmp_path=tmp_path)
    assert bad.returncode == 2 and "no such file" in bad.stderr and "Traceback" not in bad.stderr


REQUEST = (
    "Requests the Secretary-General to submit to the General Assembly at its"
    " eighty-second session a report on the implementation of the present resolution;"
)


def test_bundled_reader_takes_xml_word_and_pdf(tmp_path):
    """The readers' libraries (defusedxml, python-docx, pypdf) travel in the bundle."""
    xml = tmp_path / "r.xml"
    xml.write_bytes(akn())
    word = docx_file(tmp_path / "r.docx", [REQUEST])
    pdf = write_pdf(tmp_path / "r.pdf", Resolution(paragraphs=[REQUEST]))
    proc = run(
        "read-mandates",
        str(xml),
        str(word),
        str(pdf),
        "--plan",
        str(REPO / "resources" / "default-plan.json"),
        "--json",
        tmp_path=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    docs = json.loads(proc.stdout)["documents"]
    assert [d["file"] for d in docs] == ["r.xml", "r.docx", "r.pdf"]
    assert all(
        any(p["words"].startswith("Requests the Secretary-General") for p in d["proposals"])
        for d in docs
    )
