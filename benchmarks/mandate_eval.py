"""Precision and recall of the mandate reader on the committed evaluation set.

A proposal is right when its (recipient, timing, session number, year, period)
equals one expected for its paragraph; each expected reading is matched once.
`make bench` prints the figures per language; `tests/intake/test_mandate_eval.py`
holds them above the thresholds.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from planner.intake.document import OperativeParagraph
from planner.intake.lexicon import LANGUAGES
from planner.intake.mandates import Proposal, read_paragraph

CASES_FILE = Path(__file__).resolve().parents[1] / "tests" / "intake" / "mandate_cases.py"


def load_cases() -> list[Any]:
    spec = importlib.util.spec_from_file_location("mandate_cases", CASES_FILE)
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("mandate_cases", module)
    spec.loader.exec_module(module)
    return list(module.CASES)


def key(p: Proposal) -> tuple[str, str, int | None, int | None, int | None]:
    r = p.reading
    return (r.report_to, r.timing, r.session_number, r.year, r.every_years)


@dataclass
class Score:
    right: int = 0
    wrong: int = 0
    missed: int = 0

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.right / (self.right + self.missed) if self.right + self.missed else 1.0


def score_paragraph(
    proposals: list[Proposal], expected: list[tuple[Any, ...]]
) -> tuple[int, int, int]:
    want = Counter(tuple(e) for e in expected)
    right = wrong = 0
    for p in proposals:
        k = key(p)
        if want[k] > 0:
            want[k] -= 1
            right += 1
        else:
            wrong += 1
    return right, wrong, sum(want.values())


def evaluate(cases: list[Any] | None = None) -> tuple[dict[str, Score], list[str]]:
    """Scores per language, and a line for each paragraph read wrongly."""
    scores: dict[str, Score] = {}
    misses: list[str] = []
    for i, case in enumerate(cases if cases is not None else load_cases()):
        proposals = read_paragraph(
            OperativeParagraph(str(i + 1), case.text), LANGUAGES[case.language], case.body
        )
        right, wrong, missed = score_paragraph(proposals, case.expected)
        s = scores.setdefault(case.language, Score())
        s.right += right
        s.wrong += wrong
        s.missed += missed
        if wrong or missed:
            misses.append(
                f"{case.language} {case.follows}: got {[key(p) for p in proposals]}, expected {case.expected}"
            )
    return scores, misses
