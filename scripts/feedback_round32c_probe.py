"""Round 32 probe (FC): well-formed drafts that must come back clean, beside look-alikes that must keep their finding.

Rows of scripts/feedback_round32c_probe.tsv (drafts written for the probe in our own words, in the style of
feedback from workplaces the tune halves do not hold, after the form of the examples in the public guide named in
the row's source; labelled before any run). Scored kinds: all six; a row's findings are right when its kinds equal
``kinds`` ('-' none, '*' any) and missing_action and vague are present as ``action`` and ``vague`` say.

Well-formed drafts that must come back clean (50):

- MF (10): praise where a problem is in what the person found, told of or showed ("you spotted the two vials that
  had been stored in the wrong fridge", "showed her the two cracked brake pads").
- CP (6): praise where a problem is the circumstance the person worked through ("through the two-hour signal
  failure", "during the power cut", "amid the queue").
- OP (5): praise where a problem is another party's, which the person met ("acknowledged the customer's
  frustration", "dealt with the resident's broken hearing aid").
- AS (6): constructive drafts whose next step carries a universal as the scope of the habit asked for ("check the
  gate light every time you start the truck", "Whenever a group is due, please switch ...").
- SQ (4): constructive drafts whose next step is a question, the person's own plan or "let's".
- UC (3): praise whose universal ranges over people the person served, a problem told only in their relative clause
  ("rebooked every passenger who had missed the connection").
- AI (4): constructive drafts whose bare imperative step carries a universal as the scope of the habit asked for
  ("Text the dispatcher before 6:15 whenever you are running late").
- TF (4): praise that thanks the person for an act, the thanks widened by a degree word or a vocative ("I can't thank
  you enough for staying with the lost child", "Thank you, Kwame, for rewiring the stage monitors").
- TC (4): praise where a problem is the topic of the person's message or picture ("Your report on the late
  deliveries", "showed the photo of the cracked scaffold board").
- SB (4): praise where others were spared a burden that names a problem ("the morning crew did not have to pull any of
  the mislabelled cartons off the trucks").

Look-alikes that must keep their finding (50):

- MC (10): the problem the person caused or left standing ("you stored the two vials in the wrong fridge").
- CX (6): the person's own fault told inside a circumstance ("during the power cut you left the dough out").
- OX (5): another party's problem the person ignored or made light of ("ignored the customer's frustration").
- AX (6): a universal generalising the person's past fault ("you always leave the radio on the quiet channel").
- SX (4): a question or the writer's own plan that asks no act of the person ("Why did that happen?").
- UX (3): a universal over served people with the person's own fault in the verb ("you argue with every passenger who
  asks about a missed connection").
- AJ (4): an imperative to stop a habit the universal generalises ("Stop turning up late every time there is an early
  run").
- TX (4): the same thanks for something no camera records ("for being so wonderful with families", "for all your
  hard work"): vague.
- TK (4): the message itself at fault ("Your report on the late deliveries was two weeks late").
- SN (4): the person's own needless act ("You did not have to shout at the new picker") or a burden put on others.

Rows c01-c31 and x01-x31 were labelled and run on main first; UC, UX, AI, AJ (c32-c38, x32-x38) were added and
labelled before the second change (absolutes), and run on main before it; TF and TX (c39-c42, x39-x42) were added
and labelled after the candidate 9dd96f8, before the third change (thanks); TC and TK (c43-c46, x43-x46) after
52c3fd1, before the fourth (topics); SB and SN (c47-c50, x47-x50) after e9eacd7, before the fifth (spared burdens).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round32c_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round32c_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

CLASSES = ("MF", "CP", "OP", "AS", "SQ", "UC", "AI", "TF", "TC", "SB", "MC", "CX", "OX", "AX", "SX", "UX", "AJ", "TX", "TK", "SN")
SCORED = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")

rows, run, main = probe_io.bind_script(__file__, __doc__, CLASSES, SCORED)

if __name__ == "__main__":
    main()
