"""Round 29 probe (brief FB2): praise that recounts a problem stays positive and clean; real mixed drafts stay mixed.

Rows of scripts/feedback_round29i_probe.tsv (drafts of 30 to 80 words written for the probe in our own words after the
form of the examples in a public guide whose address is in the row's source, labelled before any run). All six kinds
are scored: a row is right when its findings are exactly ``kinds`` ('-': none at all, '*': not scored), missing_action
and vague are present as ``action`` and ``vague`` say, and the polarity agrees ('critical': anything but positive).

- RP (8): the person tells, shows or explains a problem to those it affects ("announced the cancellation at the gate",
  "explained the delay to every caller", "showed the warehouse lead the three missing cartons"): positive, clean.
- RL (6): look-alikes: the problem is the person's own or the report itself fell short ("announced the cancellation
  forty minutes late", "You caused the delay", "explained your mistake in a way that blamed ..."): not positive.
- MP (6): the problem named as what the person's act resolved, in a relative clause ("The three billing complaints
  you resolved on first contact", "The two bugs Maya fixed"): positive, clean.
- ML (5): look-alikes: a relative clause of the person's fault or neglect ("The complaints you ignored", "The two bugs
  Maya introduced", "The errors you left"): not positive.
- OP (6): praise with a past difficulty, a contrast or a hedge the person overcame ("Even though the printer jammed
  twice", "The first draft was rejected by legal, but you rewrote ..."): positive, clean.
- MX (8): real mixed drafts (praise, a problem of the person's own, a step): mixed, clean.
- WP (3) and WL (2): another party's result of the person's act went ahead without a cost ("without agency cover",
  "without overtime"): positive, clean; or without something the person should have supplied ("without a delivery
  confirmation"): not positive.

Second pass (written and labelled after the first change, before the second was run):

- NO (4): a verb of loss or harm whose object is "nothing", "none" ("We lost nothing", "You missed nothing", "He broke
  nothing"): the loss kept away, positive, clean.
- NN (4): look-alikes: "nothing" as the object of an ordinary act of the person's ("you did nothing", "you said
  nothing", "labelled nothing"): not positive.

Third pass (look-alikes written and labelled after the second change, before they were run on main or the branch):

- XL (6): the changed forms inside criticism with no step ("told the client the delay was her fault", "The complaints
  you handled last month were all reopened", "showed the new starters the wrong fire exit", "we lost nothing, but you
  left the walk-in door open"): not positive, missing_action.
- XL (6 more, fourth pass, written and labelled after the candidate commit, before they were run): "showed the client
  the broken prototype without warning her", "reported the errors in your own forecast", "told the supplier about the
  delay three days after", "The complaints you resolved ... were closed without a note", "mentioned the missing stock
  to nobody", "relayed the outage message ... an hour after".

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round29i_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round29i_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

SCORED = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")
CLASSES = ("RP", "RL", "MP", "ML", "OP", "MX", "WP", "WL", "NO", "NN", "XL")

rows, run, main = probe_io.bind(Path(__file__).with_suffix(".tsv"), CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
