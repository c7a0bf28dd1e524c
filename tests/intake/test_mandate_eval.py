"""The evaluation set's make-up and the reader's precision and recall on it, per language."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.mandate_eval import evaluate, load_cases

PRECISION, RECALL = 0.95, 0.90


def test_the_set_is_what_the_issue_asks_for():
    cases = load_cases()
    languages = Counter(c.language for c in cases)
    assert len(cases) >= 60 and languages["fr"] >= 10 and languages["es"] >= 10
    assert sum(1 for c in cases if not c.expected) >= 15
    assert all(c.follows.startswith(("A/RES/", "E/RES/")) for c in cases)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_precision_and_recall_per_language(language):
    scores, misses = evaluate()
    s = scores[language]
    detail = "\n".join(m for m in misses if m.startswith(language))
    assert s.precision >= PRECISION, detail
    assert s.recall >= RECALL, detail
