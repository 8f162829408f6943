"""Round 30 probe (brief FB): blunt short criticism is read as criticism, with its absolutes and harsh words.

Rows of scripts/feedback_round30f_probe.tsv (drafts of 5 to 40 words written for the probe in our own words, after
the form of the examples in the public guide or paper named in the row's source, labelled before any run). Kinds
scored: absolute and harsh ('-': neither); missing_action where ``action`` says; polarity ('critical': anything but
positive).

Must change (26):

- BI (10): bare imperatives and need-statements asking the person for more/less/faster/stop ("Work faster.",
  "Stop cutting corners.", "You need to communicate more. Be more proactive."): criticism, and a vague ask is no step.
- BC (4): the person compared with others as a reproach ("Everyone else manages twenty calls an hour."): criticism.
- NA (6): never/always/every single quantifying the person's acts or results in criticism ("Your estimates are never
  accurate.", "Every single delivery you drive arrives late."): absolute.
- NH (6): insult by simile ("like a circus"), catastrophising threat ("someone is going to die"), put-down by rank
  ("You're a receptionist, not a manager."): harsh.

Look-alikes that must not change (20):

- IL (8): praise closed by a thanks formula or a plain encouragement ("Keep it up!", "Nothing to add."): positive.
- AL (6): never/always/every single in praise or a schedule ("You never missed a shift", "every single morning"):
  no absolute.
- HL (6): similes of praise ("like a pro", "like clockwork"), an averted harm told in thanks, rank words in praise:
  no harsh.

Second pass (20 rows, written and labelled after the first change, before their run; sources say so):

- XB (6): more of the four classes ("Smile more at the counter. Chat less with the other cashiers.", "Everybody else
  gets their stock counts in by Thursday.", "Your invoices are never correct.", "You're going to kill someone.").
- XL (14): look-alikes aimed at each new check: a comparison stated ("You listen more than you talk"), an object
  named ("Sell more of the winter range ..."), others in praise or alongside ("please sign in there too"), a state
  denied ("Your door is never closed"), a problem met after praise ("Every single complaint was answered"), a simile
  of another party, a risk under a condition, a role contrast in praise, "Nothing to report" before praise.

Third pass (8 rows, labelled before their run): WL, longer well-formed drafts holding the new forms ("Work faster on
the morning picks by staging the totes ...", "Everyone else gets theirs in by Thursday, ... Please send yours by
Thursday noon", "You're a team lead, not a manager yet, so leave requests still go to Mia", "Nobody was hurt").

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30f_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30f_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("absolute", "harsh")
CLASSES = ("BI", "BC", "NA", "NH", "IL", "AL", "HL", "XB", "XL", "WL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
