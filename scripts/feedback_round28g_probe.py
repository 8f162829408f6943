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
- PC (second pass, written after the first change and labelled before its run): criticism told politely ("could be
  stronger", "not quite there yet", "It might be worth taking another look", "I wonder whether ... could be
  shorter") or effort acknowledged before a verdict ("I can see you put a lot of effort into ..., but it isn't
  ready"). Expected: constructive.
- PCL: its look-alikes, the same words in praise ("could not have been stronger", "The draft contract is there",
  "a lot of effort ..., and it shows"). Expected: positive.
- DQ (third pass, written after the denied-quality change and labelled before its run): a quality VADER rates good
  denied of the person or their work by a negated "be" ("are not accurate", "weren't ready", "are never
  complete"). Expected: constructive.
- DQL: its look-alikes: a task denied ("It was not easy"), litotes ("not bad at all"), a denied quality of the
  weather, a denied quality after praise (mixed).

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
ORDER = ["GA", "GL", "RK", "RL", "PW", "PL", "PC", "PCL", "DQ", "DQL", "all"]

groups = probe_io.in_all
rows, tally, main = probe_io.bind(TSV, groups, ORDER, __doc__.splitlines()[0])

if __name__ == "__main__":
    raise SystemExit(main())
