"""Round 28 probe (brief FE): polarity as the balance of the person's acts judged good, judged bad, or asked to change.

Rows of scripts/feedback_round28g_probe.tsv (written for the probe in our own words, one adapted from a public page
named in its ``source``; all labelled before any run), by class:

- GA: a good act told plainly, with its good result and no praise word ("you answered every one of the fourteen
  repair requests within a day"), then a problem and a request for change. Expected: mixed.
- GL: look-alikes with the same settings where the act told plainly is itself the problem ("signed the register
  without counting the boxes"), then a request. Expected: constructive.
- RK: praise followed by a request for more of the same ("Keep it up.", "Please keep writing them that way",
  "I'd love to see you keep planning big jobs like that"). Expected: positive.
- RL: look-alikes: the same praise followed by a request that changes something ("lock the back door", "send
  them out by the twentieth"). Expected: mixed.
- PW: a good act that met someone else's problem ("a guest complained that her room was freezing ... you moved
  her to a suite"): the problem words are the situation, not a fault. Expected: positive.
- PL: look-alikes with the same problems caused, ignored or left standing by the person. Expected: constructive.

Only the polarity is scored.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round28g_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round28g_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_polarity_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
ORDER = ["GA", "GL", "RK", "RL", "PW", "PL", "all"]

groups = probe_io.in_all
rows, tally, main = probe_io.bind(TSV, groups, ORDER, __doc__.splitlines()[0])

if __name__ == "__main__":
    raise SystemExit(main())
