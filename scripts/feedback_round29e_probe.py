"""Round 29 probe (brief FE): impact told in ordinary words, vague evaluations, and their look-alikes; labelled before any run.

Rows of scripts/feedback_round29e_probe.tsv (written for the probe in the manner of the public pages named in each
row's ``source``: constructive-feedback guides with SBI examples, pages on vague or "fake" feedback), by class:

- IC (10): criticism whose second sentence states a consequence in ordinary words ("we are now at risk of losing
  the account", "Fourteen people were underpaid", "The overnight data load failed", "Residents ... waited twenty
  minutes", "This makes us look less professional"): impact present.
- IP (6): praise whose second sentence states what followed for others ("Sick days on the ward dropped", "Not one
  invoice has been paid late since", "The clinic ran to time every day"): impact present.
- NI (11): look-alikes, the same kinds of act told with no effect: a step, a rule, a purpose, a thank-you or a
  judgement after it ("Please reply to client requests within one working day", "Medication rounds must start at
  8am", "so that nobody would be left out", "Great initiative"): missing_impact.
- VP (6), VC (6): an evaluation with no observed act, praise ("a great team player", "Overall good work this
  year") or criticism ("You need to step up", "Your attitude needs work"): vague.
- NV (10): look-alikes, the same evaluations followed by an observed act ("In Monday's call you did not speak until
  the last five minutes", "You closed 42 support tickets in March"): not vague.

Written after a first run of the rows above (which read 45 of 49 right), labelled before their own run:

- IH (8): impact in further ordinary forms ("The result was a two-day delay", "The shipment was held at the port",
  "which meant the kitchen started service one chef short", "That mistake cost us the contract"): impact present.
- NH (8): look-alikes, a circumstance, a reason or the earlier event told beside the act ("four days after they
  asked for it", "After the customer complained about the noise, you moved her", "When the system went down on
  Tuesday, you took the orders by phone", "kept the tone they asked for"): missing_impact.
- VH (5): vague in ordinary manager wording ("You handled the situation really well", "He needs to be more
  proactive"): vague. NW (4): the same with the observed act: not vague.

Written after the change, as a check that it does not overreach (run on main as well):

- IS (8): an effect joined to the act by a subordinator or told after a relative ("The client complained to the
  director after you sent her the wrong contract", "Since you took over the rota in March, sick days ... have
  dropped by half", "so the team could take orders again"): impact present.

Written after the first change was made, labelled before their own run (run on main as well):

- RI (6), RN (6): realistic paragraph drafts that tell a setting ("When Maria from Brightline asked about the revised
  timeline, ...", "when Tom went on leave"), in pairs: with the effect stated (impact present) and without it
  (missing_impact).
- PE (7): an effect still going on, told in the progressive with the act as subject ("which is frustrating the sales
  team", "This is causing delays for payroll every Friday", "it is holding up the rest of the team"): impact present.
- PN (10): look-alikes, a progressive or "which is" that tells no effect on others ("it is getting to be a habit",
  "This is becoming a pattern", "which is disappointing", "it is keeping you busy"): missing_impact.

A row's findings are right when missing_impact is present exactly as its ``kinds`` column says ('*': not scored) and
vague as its ``vague`` column says; polarity as its ``polarity`` column says.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round29e_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round29e_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

rows, run, main = probe_io.bind_script(__file__, __doc__, ("IC", "IP", "IH", "IS", "NI", "NH", "VP", "VC", "VH", "NV", "NW", "RI", "RN", "PE", "PN", "PA", "PX", "OW", "OO"))

if __name__ == "__main__":
    main()
