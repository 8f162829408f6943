"""Round 30 probe (brief FB2): polarity of longer mixed drafts, decided by what each sentence does.

Rows of scripts/feedback_round30n_probe.tsv (drafts of 40 to 80 words written for the probe in our own words, after
the form of the examples in the public guide named in the row's source, labelled before any run). Scored: polarity
only (positive = praise only; constructive = criticism or development only; mixed = a praised act and a criticised
act).

Must change or hold (12 + 5):

- GR (12): the praise is the person's work ranked at the good end among others ("were the best on the route",
  "more than anyone on the line", "the highest in the sales team") or judged exactly right ("spot on"), then a
  criticised act and a step: mixed.
- GP (5): the same praise forms in drafts of praise only: positive.

Look-alikes (9 + 6 + 5 + 3 + 4):

- RL (9): ranks at the bad end ("the lowest on the night shift", "more complaints than anyone", "late four times,
  more than anyone", "came in last") and "best" in no rank ("the best way to", "did your best"): constructive.
- NC (6): after a failure, what others could not do or never got ("so those families never get the follow-up call",
  "the lab couldn't run them"): a cost of the failure, constructive.
- NL (5): the same negated forms as a harm kept away ("no family missed its follow-up call", "none of the drivers
  got caught"): positive.
- MX (3): plain mixed drafts with praise words: mixed.
- NR (4): a neutral report of what the person did or was asked, then a problem and a step: constructive.

Second pass (10 rows, written after the first change and labelled before their run): XL, look-alikes aimed at each
new check ("Customers couldn't believe how fast the queue moved", "when the card terminals went down and customers
could not pay, you ...", "could not have been happier", "took 14 days of unplanned leave, more than anyone", "was
not spot on", "I put you on the spot on Monday", ", not as calmly as ...", ", not a single line missed", "If the
drivers can't reach you ...") and one more mixed draft.

Third pass (4 rows, labelled before their run): SP, the writer's saying verb before the statement ("I want to say
first that your night handovers were the most complete on the unit", "I have to say that ...", "I need to mention
that ...") in mixed, positive and constructive drafts.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30n_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30n_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED: tuple[str, ...] = ()
CLASSES = ("GR", "GP", "RL", "NC", "NL", "MX", "NR", "XL", "SP")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
