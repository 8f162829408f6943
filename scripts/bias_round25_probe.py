"""Round 25 bias probe (bias25): flag the judgement, not the neighbouring fact.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round25_probe.py [-v]

Rows in scripts/bias_round25_probe.tsv, written and labelled before the analyzer ran on them and before any
change of this pass; none is from evals/. Each row names the outside page whose genre it is written after
(column ``source``). Sets:

JS a characteristic told as a fact (an age, a pregnancy, a leave, an operation, a faith practice, a body
   change) beside the JUDGEMENT drawn from it in a neighbouring clause ("He turned 62 in March, and frankly it
   is time he stepped aside for fresh blood"). Column ``judgement`` holds the labelled span. Correct: a flag of
   the row's category overlapping the judgement span; a flag overlapping no judgement span is a false flag.
AG an age-coded succession or generational judgement with no age word ("someone who grew up with
   smartphones", "pass the baton to the next generation"). Scored as JS.
NF look-alikes: the same characteristics told as plain narrative or scheduling, or inside another person's
   title or an organisation's role name. Correct: no flag.
NS an observance or caring duty told as a scheduling fact with a purpose clause ("swapped her Friday shift so she
   can attend Friday prayers"). Correct: no flag.
SJ the same scheduling with a judgement drawn from it ("..., which leaves us short every week"). Scored as JS.
NT a gendered office word inside another organisation's title ("the club's chairman of the grounds
   committee"). Correct: no flag.

CJ, CN are check sets written and labelled after all changes, before they ran on them: CJ judged as JS, CN
look-alikes as NF.

NS, SJ, NT were written and labelled after the first change (judgement spans) and before the changes for them
ran; JS, AG, NF before any change.

Printed per set: right/rows, and for JS/AG the false flags (flags outside the judgement span).

As measured, main 57fcbfc -> bias25: JS 1/22 (16 false flags) -> 14/22 (3); AG 0/4 -> 4/4; NF 13/18 -> 17/18;
NS 2/8 -> 5/8; SJ 1/3 (1 false flag) -> 2/3 (0); NT 0/4 -> 4/4. JS left: five rows no rule flags at all (an age
given as 'is 64', 'nearly seventy', 'a cane after her stroke', 'back operation'); a characteristic judged in its own
clause by a word of valence ('dyed her hair bright blue, which is unprofessional'); a body remark whose rule
needs no judgement ('put on a lot of weight ... no longer looks the part'); '62' beside 'fresh blood', whose own flag
names the judgement (dropping the mention there lost a labelled age on a tune text, so it stays).
Check sets: CJ 0/6 (3 false flags) on main -> 2/6 (1) with the change -> 3/6 (0) after a first name stopped
counting as a word of valence ('Grace starts maternity leave ...'); CN 3/6 -> 4/6.
Round 27 (bias27, scripts/bias_round27_probe.py): the school run is a family mention tied to a judgement or none
("changed her hours to 8-4 so she can do the school run"): NS 6/8 (2 false flags) -> 7/8 (1).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("JS", "AG", "NF", "NS", "SJ", "NT", "CJ", "CN")
CLEAN_SETS = ("NF", "NS", "NT", "CN")


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
