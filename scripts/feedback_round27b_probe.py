"""Round 27 probe (second pass, brief HA): problems a good act removed or averted, told as the act's object.

Rows of scripts/feedback_round27b_probe.tsv (written for the probe in our own words and labelled before any run), by
class:

- FR: the problem the person removed told as a free relative, the remedy verb's object ("removed what had been the
  main cause of our weekend call-outs", "tracked down what was slowing the checkout page"). Expected: positive.
- CF: the person's act told as a negated condition of a counterfactual ("If you hadn't stayed late ..., forty
  drivers would have been paid a week late", "Had you not rerouted the trucks ..."). Expected: positive.
- SP: the problem of the people the person served, owned by a possessive noun or a whose-relative ("the tenant's
  complaint", "every guest whose room had been double-booked"). Expected: positive.
- LC: look-alikes with the same shapes in real criticism: the problem left standing ("you still haven't fixed what
  was causing the label errors"), an open condition ("If you don't send the rota by Friday, ..."), a counterfactual
  whose averted harm is the person's own fault ("If you had checked the dosage chart, the patient would not have
  been given the wrong dose"), a served party's problem made worse or ignored. Expected: constructive (one mixed).
- TN (second pass, written after the first change and labelled before its run): a verdict on the work or area
  that holds since the person's act ("the stockroom has been chaos since you took over the ordering"): the
  person's tenure, not the scene they met. Expected: constructive.
- TL: its look-alikes, the problem before the person came or ended by them ("had been chaos for months until you
  took over", "was a mess when you inherited it", "have been calmer since you took over"). Expected: positive.

Only the polarity is scored.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round27b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_polarity_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
ORDER = ["FR", "CF", "SP", "LC", "TN", "TL", "all"]

groups = probe_io.in_all
rows, tally, main = probe_io.bind(TSV, groups, ORDER, __doc__.splitlines()[0])

if __name__ == "__main__":
    raise SystemExit(main())
