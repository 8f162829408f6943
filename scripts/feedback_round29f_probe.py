"""Round 29 probe (brief FB): clean drafts stay clean; criticism, absolutes, harsh words and missing steps are found.

Rows of scripts/feedback_round29f_probe.tsv (drafts of 40 to 150 words written for the probe in our own words, most
after the form of the examples in a public guide whose address is in the row's source, labelled before any run).
All six kinds are scored: a row is right when its findings are exactly ``kinds`` ('-': none at all), missing_action
and vague are present as ``action`` and ``vague`` say, and the polarity agrees ('critical': anything but positive).

First pass (44 rows). Well formed, must stay clean (22):

- CP (8): praise with a concrete act and its effect, some with a concession ("Although the client changed the brief
  twice, ...") or a wish for more ("I'd love to see you present that analysis ..."): positive, no findings.
- CS (8): criticism or mixed drafts whose next step is in an ordinary form ("I need you to call her this week",
  "I'd like her to take more ownership of that spreadsheet next year", "Going forward, please ...", "My ask is
  that you ...", "It would help if you ...", "the expectation is that you ..."): no findings.
- CA (6): innocent uses of absolute words ("every Monday", "always welcome", "never hesitate to ask", "every
  invoice in the March batch", "Any time you are unsure"): no findings.

One flaw each, must be found (22):

- NP (6): criticism after a thank-you or a compliment, with no step for the person: missing_action, not positive.
- NA (5): an overgeneralisation about the person inside an otherwise well-formed draft ("You always talk over the
  junior engineers", "Your case notes are always incomplete"): absolute.
- NH (5): demeaning words about the person's work or conduct ("an embarrassing piece of amateur work", "A child
  could have locked that door", "pathetic behaviour"): harsh.
- NL (6): the CS occasions with a step-like sentence whose actor is the writer or someone else ("I need to call
  her myself", "finance will reject any order ...", "Laura will call the client"): missing_action.

Later passes (each written and labelled after a change, before running it; their sources say which):

- UL (8, second pass): praise where a bad outcome was kept away, told as a denied passive ("the client files were not
  touched by the ransomware", "the back doors have not been left unlocked once"): no findings, positive.
- NX (6, third pass): "no longer" before a problem ("are no longer delayed by missing gaskets"): clean praise; before
  an ordinary act ("you no longer join the Monday stand-up"): criticism, missing_action.
- WP (3) and WL (3, fourth pass): another party acting "without" something: its ease in praise ("moved in without a
  single call to the office"), the person's omission in criticism ("started the changeover without a safety
  briefing"). The change these were written for was dropped (it read "discussed it without a cost appendix" as
  ease); they stay as a record.

- CT (10) and KL (6, fifth pass, run on main and the branch alike): more ordinary step forms after one problem
  ("Can I ask you to ...?", "What I need from you is ...", "Your priority for next week is to ...", "It's important
  that you ...", "You'll need to ...", "I'd ask that you ...", "The plan from here is for you to ..."): clean; the
  same openings with the writer's or another's act or a bare result: missing_action.

- LC (3) and LP (3, sixth pass): a loss the writer's side suffered after the person's act ("and we lost the
  deposit"): criticism; losses in praise ("when the team lost two drivers, you rebuilt the rota", "your branch lost
  none"): clean.
- VP (3) and VL (3, seventh pass): a problem as what the person's act saved or prevented ("That saved us a day of
  relabelling and a delay"): clean; the same as a missed chance ("would have saved us ..."): criticism. The change
  these were written for moved no row (the drafts stay mixed on other sentences) and was dropped.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round29f_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round29f_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")
CLASSES = ("CP", "CS", "CA", "NP", "NA", "NH", "NL", "UL", "NX", "WP", "WL", "CT", "KL", "LC", "LP", "VP", "VL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
