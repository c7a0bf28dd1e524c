"""Session ordinals in words, generated for English, French and Spanish."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.intake.ordinals import MAX_ORDINAL, ordinal_value, ordinal_words


@pytest.mark.parametrize(
    ("words", "lang", "n"),
    [
        ("seventy-sixth", "en", 76),
        ("eighty-first", "en", 81),
        ("twentieth", "en", 20),
        ("one hundredth", "en", 100),
        ("one hundred and first", "en", 101),
        ("soixante-seizième", "fr", 76),
        ("quatre-vingt-unième", "fr", 81),
        ("soixante et onzième", "fr", 71),
        ("soixante-et-onzième", "fr", 71),
        ("vingt et unième", "fr", 21),
        ("quatre-vingtième", "fr", 80),
        ("quatre-vingt-dix-neuvième", "fr", 99),
        ("centième", "fr", 100),
        ("première", "fr", 1),
        ("septuagésimo sexto", "es", 76),
        ("octogésimo primer", "es", 81),
        ("octogésimo", "es", 80),
        ("sexagésimo quinto", "es", 65),
        ("decimotercer", "es", 13),
        ("undécimo", "es", 11),
        ("centésimo", "es", 100),
        ("resumed seventy-ninth", "en", 79),
        ("76th", "en", 76),
        ("65º", "es", 65),
        ("quatre-vingt-unieme", "fr", 81),  # accents dropped in a pasted text
    ],
)
def test_spellings_used_in_un_texts(words, lang, n):
    assert ordinal_value(words, lang) == n


@given(n=st.integers(min_value=1, max_value=MAX_ORDINAL), lang=st.sampled_from(["en", "fr", "es"]))
def test_every_spelling_reads_back_as_its_number(n, lang):
    for words in ordinal_words(n, lang):
        assert ordinal_value(words, lang) == n, words


def test_not_an_ordinal():
    assert ordinal_value("next", "en") is None
    assert ordinal_value("prochaine", "fr") is None
    with pytest.raises(ValueError):
        ordinal_words(0, "en")
