"""`planner read-mandates`: proposals printed, placed and applied (all or nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import DEFAULT_PLAN
from resolution_samples import BILLION_LAUGHS, akn

from planner.app.documents import import_json, read_plan
from planner.cli.main import main

REQUEST = "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution."


@pytest.fixture
def plan_file(tmp_path) -> Path:
    path = tmp_path / "plan.sqlite"
    import_json(DEFAULT_PLAN, path)
    return path


def xml(tmp_path: Path, name: str = "r.xml", **kw) -> Path:
    path = tmp_path / name
    path.write_bytes(akn(**kw))
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_the_issues_shape(tmp_path, capsys):
    code, out, _ = run(
        capsys, "read-mandates", str(xml(tmp_path)), "--plan", str(DEFAULT_PLAN), "--json"
    )
    assert code == 0
    [doc] = json.loads(out)["documents"]
    assert {k: doc[k] for k in ("file", "symbol", "body", "adopted", "language")} == {
        "file": "r.xml",
        "symbol": "A/RES/80/321",
        "body": "GA",
        "adopted": "2025-12-19",
        "language": "en",
    }
    [p] = doc["proposals"]  # "takes note" asks for nothing
    assert p["paragraph"] == "2" and p["words"].startswith("Requests the Secretary-General")
    assert p["reading"] == {
        "report_to": "GA",
        "timing": "at_session",
        "session_number": 82,
        "year": None,
        "every_years": None,
        "until": None,
        "oral": False,
        "subject": "the implementation of the present resolution",
        "item": None,
    }
    assert 0 <= p["confidence"] <= 1
    assert p["mandate"]["rule"] == {"type": "at_session", "body": "GA", "session": "ga-2027"}
    assert p["mandate"]["new_report"]["title"] == "River basin cooperation"


def test_without_a_plan_the_mandate_is_null_and_text_output_lists_the_words(tmp_path, capsys):
    code, out, _ = run(capsys, "read-mandates", str(xml(tmp_path)), "--json")
    assert json.loads(out)["documents"][0]["proposals"][0]["mandate"] is None
    code, out, _ = run(capsys, "read-mandates", str(xml(tmp_path)))
    assert code == 0 and "report to GA, at session 82" in out and "words: “Requests" in out


def test_plain_text_with_what_it_cannot_say(tmp_path, capsys):
    txt = tmp_path / "pasted.txt"
    txt.write_text("The General Assembly,\n\n1. Welcomes the report;\n\n2. " + REQUEST + "\n")
    code, out, _ = run(
        capsys,
        "read-mandates",
        str(txt),
        "--symbol",
        "A/RES/80/500",
        "--body",
        "GA",
        "--adopted",
        "2025-12-01",
        "--json",
    )
    assert code == 0
    doc = json.loads(out)["documents"][0]
    assert (doc["symbol"], doc["body"], doc["adopted"]) == ("A/RES/80/500", "GA", "2025-12-01")
    assert [p["reading"]["session_number"] for p in doc["proposals"]] == [81]


def test_apply_commits_a_decision_and_a_second_apply_updates_it(tmp_path, capsys, plan_file):
    before = read_plan(plan_file)
    code, out, _ = run(capsys, "read-mandates", str(xml(tmp_path)), "--apply", str(plan_file))
    assert code == 0 and "A/RES/80/321" in out
    after = read_plan(plan_file)
    [d] = [d for d in after.decisions if d.symbol == "A/RES/80/321"]
    assert len(d.mandates) == 1 and d.mandates[0].rule.session == "ga-2027"
    assert len(after.reports) == len(before.reports) + 1
    # again, with one more request: the decision is updated, not duplicated
    more = xml(
        tmp_path, "r2.xml", paragraphs=[REQUEST.replace("eighty-first", "eighty-second"), REQUEST]
    )
    code, _, _ = run(capsys, "read-mandates", str(more), "--apply", str(plan_file))
    again = read_plan(plan_file)
    assert code == 0 and sum(d.symbol == "A/RES/80/321" for d in again.decisions) == 1
    [d] = [d for d in again.decisions if d.symbol == "A/RES/80/321"]
    assert sorted(m.rule.session for m in d.mandates) == ["ga-2026", "ga-2027"]
    assert len(again.reports) == len(after.reports)  # the same report line, matched by title


def test_apply_is_all_or_nothing(tmp_path, capsys, plan_file):
    before = plan_file.read_bytes()
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(BILLION_LAUGHS)
    code, out, err = run(
        capsys, "read-mandates", str(xml(tmp_path)), str(bomb), "--apply", str(plan_file)
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "bomb.xml: refused unsafe XML" in err
    assert plan_file.read_bytes() == before
    plan_before = read_plan(plan_file)
    # a text with no symbol cannot become a decision: refused, nothing written
    txt = tmp_path / "bare.txt"
    txt.write_text("1. " + REQUEST)
    code, _, err = run(
        capsys, "read-mandates", str(xml(tmp_path)), str(txt), "--apply", str(plan_file)
    )
    assert code == 2 and "bare.txt: the text gives no symbol" in err and err.count("\n") == 1
    assert read_plan(plan_file) == plan_before  # opened for editing, nothing written


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.pdf", b"hello", "not a PDF"),
        ("b.docx", b"%PDF-1.4", "not a Word .docx"),
        ("c.txt", b"Recalling its resolution,\n", "no operative paragraphs"),
        ("d.odt", b"x", "cannot read .odt"),
    ],
)
def test_bad_files_one_line_exit_2(tmp_path, capsys, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(capsys, "read-mandates", str(path))
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_missing_file_and_bad_arguments(tmp_path, capsys):
    code, _, err = run(capsys, "read-mandates", str(tmp_path / "none.xml"))
    assert code == 2 and "none.xml" in err
    code, _, err = run(capsys, "read-mandates", str(xml(tmp_path)), "--adopted", "19-12-2025")
    assert code == 2 and "bad date" in err
