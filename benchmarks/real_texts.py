"""Score the mandate reader on real AKN4UN files (not in this repository) against our labels.

    python -m benchmarks.real_texts DIR [DIR …]

Reads every .xml under the folders whose symbol is labelled in `real_labels`, and
prints precision and recall per language, over all proposals and over the
confident ones (not "unsure"), then the paragraphs read wrongly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.mandate_eval import Score, key, score_paragraph
from benchmarks.real_labels import BY_LANGUAGE, COVERED, GA79_SECOND_COMMITTEE
from planner.intake.errors import IntakeError
from planner.intake.mandates import Proposal, read_mandates
from planner.intake.read import read_document

LABELS = GA79_SECOND_COMMITTEE


def main(argv: list[str]) -> int:
    symbols = COVERED | {s for s, _ in LABELS}
    all_scores: dict[str, Score] = {}
    sure_scores: dict[str, Score] = {}
    misses: list[str] = []
    files = 0
    for folder in argv:
        for path in sorted(Path(folder).rglob("*.xml")):
            try:
                doc = read_document(path)
            except IntakeError:
                continue
            if doc.symbol not in symbols:
                continue
            files += 1
            by_para: dict[str, list[Proposal]] = {}
            for p in read_mandates(doc):
                by_para.setdefault(p.paragraph, []).append(p)
            for para in doc.paragraphs:
                expected = BY_LANGUAGE.get(
                    (doc.language, doc.symbol, para.number),
                    LABELS.get((doc.symbol, para.number), []),
                )
                got = by_para.get(para.number, [])
                for scores, props in (
                    (all_scores, got),
                    (sure_scores, [p for p in got if not p.unsure]),
                ):
                    r, w, m = score_paragraph(props, list(expected))
                    s = scores.setdefault(doc.language, Score())
                    s.right, s.wrong, s.missed = s.right + r, s.wrong + w, s.missed + m
                r, w, m = score_paragraph(got, list(expected))
                if w or m:
                    misses.append(
                        f"{doc.language} {doc.symbol} ¶{para.number}: got {[(key(p), p.confidence) for p in got]}, expected {expected}"
                    )
    print(f"{files} files")
    for lang in sorted(all_scores):
        a, s = all_scores[lang], sure_scores[lang]
        print(
            f"{lang}: all proposals precision {a.precision:.3f} recall {a.recall:.3f} "
            f"({a.right} right, {a.wrong} wrong, {a.missed} missed); "
            f"confident only precision {s.precision:.3f} recall {s.recall:.3f}"
        )
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
