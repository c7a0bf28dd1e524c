"""Short titles for timeline labels: derived from the full title when the plan gives none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import Report
from planner.domain.short_titles import MAX_CHARS, derive_short_title


def test_a_given_short_title_wins_and_a_missing_one_is_derived():
    assert Report("r", "Anything at all", short_title="Mine").label == "Mine"
    assert Report("r", "Report of the Secretary-General on subject 12").label == "Subject 12"
    assert (
        derive_short_title(
            "Integrated and coordinated implementation of and follow-up to the outcomes of"
            " the major United Nations conferences and summits"
        )
        == "Integrated and coordinated…"
    )
    assert derive_short_title("Periodicity of reports (note by the Secretary-General)") == (
        "Periodicity of reports"
    )
    assert (
        derive_short_title("可持续发展问题报告与后续行动的综合协调执行情况")
        == "可持续发展问题报告与后续行动…"
    )


words = st.lists(
    st.text(st.characters(categories=("L", "N")), min_size=1, max_size=14), min_size=1, max_size=30
)


@given(words)
def test_derived_titles_are_short_never_empty_and_never_cut_mid_word(parts):
    title = " ".join(parts)
    short = derive_short_title(title)
    assert short
    assert len(short) <= MAX_CHARS + 1
    if short.endswith("…") and " " in short:
        kept = short[:-1].split(" ")
        # whole words of the title (the first capitalised)
        assert f" {' '.join(kept[1:])} " in f" {title} "
