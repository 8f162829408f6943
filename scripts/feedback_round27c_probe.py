"""Round 27 probe (third pass, brief HA): a change suggested as a gerund subject with the good it would do.

Rows of scripts/feedback_round27c_probe.tsv (written for the probe in our own words and labelled before any run), by
class:

- GS: praise, then a change put as a gerund phrase with a conditional modal and a benefit ("Adding a one-page
  summary at the front could make it easier for the directors to read", "Sharing it with the night shift could be
  beneficial", "giving the pupils a worked example first could deepen their understanding"). Expected: mixed, and
  the suggestion is the next step (no missing_action).
- GC: the same suggestion with no praise. Expected: constructive, no missing_action.
- GL: look-alikes that must stay positive: a gerund of the person or of watching them ("Having you on the team
  would make ...", "Watching you calm the room ..."), more of the same ("Keeping up this pace would help ..."), a
  harm averted ("Missing the Friday cut-off could cost us ..."), and the same gerunds told in the past ("Adding the
  one-page summary made the report much easier ...").

A row is right when its polarity agrees and missing_action is present (`yes`) or absent (`no`) as its `action`
column says (`-`: not scored). Kinds and vague are not scored here.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27c_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27c_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh", "absolute")
CLASSES = ("GS", "GC", "GL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
