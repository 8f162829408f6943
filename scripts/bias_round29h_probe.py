"""Round 29h bias probe: size and height words said of what a person made or said, not of their body.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round29h_probe.py [-v]

Rows in scripts/bias_round29h_probe.tsv, in the lead's own words (none from evals/). The class was found on the
held-out half of evals/dev18 (one clean document repeats "her after-call notes are sometimes too short" in each of
its variants, read as the person's height); these rows were written after the change as a check set, and run on the
main before the change (7d3585f) for the figure below.

Must be flagged (a flag of the category overlapping ``judgement``): BS body size or height said of the person; TM a
trait word said of a noun for the person's manner ('her tone is too emotional'), which still describes the person.
Must stay clean: XM size words said of a manner or message noun ('her emails are too short'); XH the same with a
hyphenated compound whose part is a preposition ('her after-call notes', 'his end-of-shift handovers'); XT size words
said of things, and the idiom 'spread too thin'.

Figures (right / rows): main 7d3585f BS 6/6, TM 2/2, XM 4/7, XH 3/5, XT 4/4 (5 false flags); after: every set right,
no false flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bias_span_probe_io import figures, report  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("BS", "TM", "XM", "XH", "XT")
CLEAN = ("XM", "XH", "XT")

if __name__ == "__main__":
    print(report(figures(TSV, SETS, CLEAN, verbose="-v" in sys.argv)))
