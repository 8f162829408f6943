"""Round 26b bias probe: a shared background of the writer and the employee stated with no rating drawn from it.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round26b_probe.py [-v]

Rows in scripts/bias_round26b_probe.tsv, written and labelled before the analyzer ran on them and before any
change of this pass; none is from evals/. Each row is written after the outside page named in column ``source``.
Labelling decision (evals/dev/README, affinity): a similarity of the writer with the employee stated in a review is
affinity with or without a rating after it; rapport drawn from it ('so we understood each other', 'we clicked')
is its consequence and belongs in the span. Sets:

BB a bare shared background ("He and I went to the same college."). Column ``judgement`` holds the similarity;
   correct: an affinity flag overlapping it.
BR a shared background with rapport drawn from it ("..., so we understood each other from day one"). Column
   ``judgement`` holds the rapport clause; correct: an affinity flag overlapping it (the similarity and the
   rapport are one remark, one flag).
NL look-alikes: a shared logistics fact with no background ("we both work the Tuesday late"), a similarity that is
   not the writer's with the employee (a customer's, a visitor's, two colleagues', the writer's with kin).
   Correct: no flag.

CB, CL are a check set written and labelled after the change, before it ran on them: CB judged as BB/BR (bare
   background, or rapport drawn from it), CL look-alikes as NL.

The round-26 probe's rows re-labelled by the decision (set RB there) are scored by scripts/bias_round26_probe.py.
Printed per set: right/rows and false flags (flags outside the labelled span; every flag for look-alikes).

As measured, main ffc13fc -> bias26 b1ec4be -> bias27: BB 7/7 -> 6/7 -> 7/7; BR 0/5 (5 false flags: the
similarity flagged, the rapport outside the span) -> 1/5 (1) -> 5/5 (0); NL 4/10 (6) -> 9/10 (1) -> 10/10 (0).
Check set, main -> bias26 -> first run of the change -> after: CB 1/5 (3) -> 1/5 (1) -> 4/5 (0) -> 5/5 (0) once a
degree or training at the same university counted ('did our nursing degrees at the same university'); CL 1/5 (4)
-> 5/5 (0) -> 3/5 (2) -> 5/5 (0) once an outside party (a supplier's rep) and kin after 'as' ('as my husband')
counted as not the writer's with the person.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("BB", "BR", "NL", "CB", "CL")
CLEAN_SETS = ("NL", "CL")


def rows() -> list[dict[str, str]]:
    return probe_io.read_rows(TSV)


def judge(row: dict[str, str], flags: list) -> tuple[bool, int]:
    """(right, false flags) for one row."""
    return probe_io.judge(row, flags, CLEAN_SETS)


def figures(verbose: bool = False) -> dict[str, tuple[int, int, int]]:
    """(right, rows, false flags) per set."""
    return probe_io.figures(TSV, SETS, CLEAN_SETS, verbose)


def main() -> None:
    print(probe_io.report(figures("-v" in sys.argv)))


if __name__ == "__main__":
    main()
