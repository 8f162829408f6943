"""Round 26 bias probe: stated ages and background similarity judged; observances told as scheduling.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round26_probe.py [-v]

Rows in scripts/bias_round26_probe.tsv, written and labelled before the analyzer ran on them and before any
change of this pass; none is from evals/. Each row is written after the outside page named in column ``source``
(the page's genre and its point). Sets:

AJ a stated age ('is 63', 'at 61', 'nearly sixty', 'in her late sixties') in the sentence of a judgement of the
   person's capacity or place ("Bill is 67, and I doubt he has the stamina for a second site"). Column
   ``judgement`` holds the labelled span. Correct: an age flag overlapping the judgement span; a flag overlapping
   no judgement span is a false flag.
SJ similarity to the writer (same town, school, club, way of thinking) given as the basis of a rating ("..., so
   I trust her numbers without checking them"). The judgement span is the rating consequence; correct: an
   affinity flag overlapping it (the similarity and its consequence are one remark).
NO look-alikes: an observance (Sabbath, Eid, Jumu'ah, Diwali) told as a scheduling reason with no judgement.
   Correct: no flag.
NC look-alikes: similarity stated of a customer, a caller, a patient or a client, or with no rating consequence
   ("so we share the drive to the depot"). Correct: no flag.
NA look-alikes: the stated age of a served person, or an age told plainly. Correct: no flag.

RB are two NC rows re-labelled in the second pass by the labelling decision (evals/dev/README, affinity): a
   similarity of the writer with the employee is affinity with or without a rating ("Lena and I grew up in the
   same town, so we share the drive"); the judgement span is the similarity. Correct as SJ.

CA, CS, CN are a check set written and labelled after the changes, before they ran on them: CA judged as AJ,
CS as SJ, CN look-alikes (observances, similarity of served people, a served person's age).

Printed per set: right/rows, and the false flags (flags outside the judgement span; every flag for look-alikes).

As measured, main ffc13fc -> bias26: AJ 7/13 (2 false flags) -> 13/13 (0); SJ 0/10 (8) -> 10/10 (0); NO 3/8 (5)
-> 8/8 (0); NC 0/6 (6) -> 6/6 (0); NA 4/4 kept. Check set, main -> first run of the changes -> after: CA 1/6 (1)
-> 6/6 (0); CS 0/4 (3) -> 4/4 (0); CN 2/6 (4) -> 5/6 (1) -> 6/6 (0) once a word right before an arrangement
word counted as its modifier ('his Friday late shift').
Second pass (bias27): the two RB rows (NC before the re-label) main 2/2 -> bias26 0/2 -> bias27 2/2; every other
set as bias26.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("AJ", "SJ", "NO", "NC", "NA", "CA", "CS", "CN", "RB")
CLEAN_SETS = ("NO", "NC", "NA", "CN")


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
