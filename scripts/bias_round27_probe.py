"""Round 27 bias probe (recall): terms missed across the tune halves, grouped by linguistic form.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round27_probe.py [-v]

Rows in scripts/bias_round27_probe.tsv, written in our own words and labelled before the analyzer ran on them and
before any change of this pass; none is from evals/. Column ``source`` names the outside guide each row is written
after. Sets:

AG age told as a retirement expectation of the person ("ought to have retired", "about time he retired") or as
   youth/energy traits in coordinated modifiers of a trait noun ("a young, hungry attitude").
SO sexual orientation by innuendo or intrusive questions: "his lifestyle", "what she gets up to behind closed
   doors", "asking whether he has a boyfriend".
FS family status: parental leave trivialised as a holiday; pregnancy by euphemism ("in her condition").
RG a trait put on the person through a nationality group ("Like most Ukrainians he ...").
AP appearance told as a grooming condition of the person ("should wear some makeup").
DS a mental-health slur as a simile for the person's conduct ("worked like a maniac").
GC gender-coded communal praise ("very nurturing") and a gendered assumption about staff's spouses.
NA, NS, NF, NR, NP, ND, NG look-alikes of each (things retired, a healthy lifestyle, negotiations behind closed
   doors, leave told plainly, customers' nationality, a report that "would look more professional", "like a
   pro", "nurturing leads"). Correct: no flag.

CP, CN are a check set written and labelled after the first changes ran on the sets above, before they ran on it:
CP judged as the positive sets, CN look-alikes.

Correct for the other sets: a flag of the row's category overlapping the judgement span; a flag outside it is a
false flag.

As measured, main 7e9f90e -> biasrec27: AG 2/6 -> 6/6; SO 2/5 -> 5/5; FS 0/3 -> 3/3 (1 false flag both, the
since_return flag of the next sentence); RG 0/3 -> 3/3; AP 1/2 -> 2/2; DS 0/2 -> 2/2; GC 0/2 -> 2/2; every
look-alike set kept (NS 4/5 both: a neutral "her wife" flagged by family_status.spouse_mention on main too).
Check set: CP 6/8 -> 8/8 (1 false flag both: "the older reps"), CN 7/8 both ("paternity-leave cover plan"
flagged by family_status.leave on main too).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("AG", "SO", "FS", "RG", "AP", "DS", "GC", "NA", "NS", "NF", "NR", "NP", "ND", "NG", "CP", "CN")
CLEAN_SETS = ("NA", "NS", "NF", "NR", "NP", "ND", "NG", "CN")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
