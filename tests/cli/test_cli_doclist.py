"""`planner export-doclist`: a session's documentation list as .docx and .pdf."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from docx import Document
from paths import SEED_PLAN

from planner.cli.main import main


def doclist(tmp_path, name, *args):
    out = tmp_path / name
    code = main(["export-doclist", str(SEED_PLAN), str(out), "--lang", "en", *args])
    return code, out


def paragraphs(path):
    return [p.text for p in Document(str(path)).paragraphs]


def test_the_docx_holds_every_report_of_the_session_by_agenda_item(tmp_path):
    code, out = doclist(tmp_path, "ecosoc-2012.docx", "--session", "ecosoc-2012", "--with-drafts")
    assert code == 0
    text = paragraphs(out)
    assert text[0] == "Substantive session of 2012"
    assert "ECOSOC items 4, 6, 8 and 13" in text and "ECOSOC item 6" in text
    assert text.index("ECOSOC items 4, 6, 8 and 13") < text.index("ECOSOC item 6")
    cites = [t for t in text if t.startswith(("Report of", "Periodicity")) and "(" in t]
    assert cites == [
        "Periodicity and scope of future reports on integrated follow-up (note by the"
        " Secretary-General) (Council decision 2011/216)",
        "Report of the Secretary-General on integrated and coordinated implementation of and"
        " follow-up to the outcomes of the major United Nations conferences and summits in the"
        " economic, social and related fields (General Assembly resolution 57/270 B)",
    ]
    assert any("Submission: 23 April 2012" in t and "Issuance: 21 May 2012" in t for t in text)


def test_a_busy_session_lists_all_its_reports(tmp_path, capsys):
    from benchmarks.generate import generate

    doc = generate(0.1)
    plan = tmp_path / "bench.json"
    plan.write_text(json.dumps(doc))
    main(["recalc", str(plan), "--json", "--today", "2026-11-27"])
    reqs = json.loads(capsys.readouterr().out)["requirements"]
    by_session: dict[str, list[str]] = {}
    for r in reqs:
        by_session.setdefault(r["session"], []).append(r["report"])
    busiest = max(by_session, key=lambda s: len(by_session[s]))
    out = tmp_path / "busy.docx"
    code = main(["export-doclist", str(plan), str(out), "--session", busiest, "--lang", "en"])
    assert code == 0
    assert f"({len(by_session[busiest])} reports)" in capsys.readouterr().out
    text = paragraphs(out)
    titles = {r["report"]: r["title"] for r in reqs}
    for report in by_session[busiest]:
        subject = titles[report].removeprefix("Report of the Secretary-General on ")
        assert any(subject in t for t in text), report
    facts = [t for t in text if t.startswith("Symbol")]
    assert len(facts) == len(by_session[busiest])


def test_the_list_speaks_the_ui_language(tmp_path):
    out = tmp_path / "zh.docx"
    assert (
        main(
            [
                "export-doclist",
                str(SEED_PLAN),
                str(out),
                "--session",
                "ecosoc-2012",
                "--lang",
                "zh_CN",
            ]
        )
        == 0
    )
    text = "\n".join(paragraphs(out))
    assert "文件" in text and "2012年4月23日" in text and "理事会第 2011/216 号决定" in text


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)
def test_the_pdf_has_the_same_list(tmp_path):
    code, out = doclist(tmp_path, "ecosoc-2016.pdf", "--session", "ecosoc-2016", "--with-drafts")
    assert code == 0
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Substantive session of 2016" in text and "ECOSOC item 6" in text
    assert "draft E/DEC/2012/DRAFT-1" in " ".join(text.split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--session", "ecosoc-2099"], 'unknown session "ecosoc-2099"'),
        (["--session", "ecosoc-2012", "--lang", "de"], "invalid choice: 'de'"),
    ],
)
def test_bad_input_is_refused_cleanly(tmp_path, capsys, args, message):
    code, _out = doclist(tmp_path, "x.docx", *args)
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_only_docx_or_pdf(tmp_path, capsys):
    code, _ = doclist(tmp_path, "x.odt", "--session", "ecosoc-2012")
    assert code == 2 and "use a .docx or .pdf file name" in capsys.readouterr().err
