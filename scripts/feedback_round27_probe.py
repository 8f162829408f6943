"""Round 27 probe (brief HA): verdicts that name no observable act, and their look-alikes.

Rows of scripts/feedback_round27_probe.tsv (written for the probe in our own words and labelled before any run), by
class:

- VE (15): a draft whose sentences only evaluate: a linking verb with a judgement of the person or of a bare work
  noun ("That meeting was a mess and you looked unprepared", "Your preparation was clear"), a quality possessed
  ("You have real talent"), a verdict on a period ("You've had a solid year", "not where it should be") and a call
  to do better ("you need to step up"): vague, whatever the tone.
- VN (16): look-alikes with the same verdicts followed or joined by an observable act, object or occasion ("You
  arrived twenty minutes late and had not printed the agenda", "You closed the Hartley renewal in March"): not vague.
- WD (second pass, written after the first change and labelled before its run): a bare demand to "work on" one's
  own quality ("Work on your phone manner."): developmental (constructive, or mixed after praise), a result asked
  for with no step (missing_action).
- WL: its look-alikes: "work on" a named task with a time or a further act ("Work on the Hartley deck this
  afternoon and send it to me by five"), "work on your own", a plan.

A row is right when vague and missing_action are present (`yes`) or absent (`no`) as its `vague` and `action`
columns say (`-`: not scored) and the polarity agrees (`critical`: anything but
positive; `-`: not scored). Kinds are not scored here.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh", "absolute")
CLASSES = ("VE", "VN", "WD", "WL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
