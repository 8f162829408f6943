"""Round 27 probe (fourth pass, brief HA): drafts that open with a good effect of the person's act, then a problem.

Rows of scripts/feedback_round27d_probe.tsv (written for the probe in our own words and labelled before any run), by
class:

- OE: the first sentence tells what the person did and a good effect of it (a measure improved, others' response,
  a harm averted: "cut the Monday queue from twenty minutes to five", "their finance lead asked for a second
  session"), with no praise word; then a problem and a request. Expected: mixed.
- OL: look-alikes whose opening act has no effect told or a bad one ("You took the Thursday stock count.", "so the
  two part-timers could not attend", "the client paid the wrong amount"). Expected: constructive.

Only the polarity is scored. No change for this class was kept in round 27: a first sentence with an effect and
nothing counted against it is as often a plain account of a bad effect the rules do not count (tune halves), so the
class needs a reading of the effect's direction first.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27d_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27d_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_polarity_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
ORDER = ["OE", "OL", "all"]

groups = probe_io.in_all
rows, tally, main = probe_io.bind(TSV, groups, ORDER, __doc__.splitlines()[0])

if __name__ == "__main__":
    raise SystemExit(main())
