"""Round 28 probe (brief HA): next steps in ordinary wordings, their look-alikes, and vague both ways.

Rows of scripts/feedback_round28f_probe.tsv (written for the probe in our own words, some after a form named in a
public guide whose address is in the row's source, and labelled before any run), by class:

- SA (16): criticism with a step the person is asked or planned to take, in ordinary forms: a plan the writer and
  the person agreed ("We agreed that you will check ..."), the first person plural ("Let's sit down on Wednesday and
  go through ..."), "going forward I'd like you to ...", "the next step is for you to ...", "you will shadow ...", a
  question that invites a change ("How could you confirm ...?", "Why don't you split ...?"): no missing_action.
- SL (16): look-alikes on the same occasions with no step for the person: a bare desired result ("Quotes have to be
  accurate from now on"), the writer's or others' own plan ("I will raise the staffing gap ...", "the platform team
  will add ..."), a hope ("Let's hope ..."), a question that invites no change ("Did you know ...?", "Why did ...?"),
  an agreement that is no step ("you agreed it was not acceptable"): missing_action.
- VY (4): no observable act (habit, evaluation, a verdict on a period): vague.
- VN (4): one concrete occasion or accomplishment: not vague.
- WO (second pass, 5): the person's own work as the subject of a concrete, dated or counted event ("Three of your
  delivery notes last week had the wrong postcode", "His invoice batch for March left out the VAT column"): not
  vague, though the person is not the grammatical agent.
- WL (second pass, 5): its look-alikes: the person's work only judged or described as a habit ("Your stock orders
  are often incomplete", "Your slides are always polished"): vague.

A row is right when vague and missing_action are present (`yes`) or absent (`no`) as its `vague` and `action`
columns say (`-`: not scored) and the polarity agrees (`critical`: anything but positive; `-`: not scored).
Kinds are not scored here.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round28f_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round28f_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh", "absolute")
CLASSES = ("SA", "SL", "VY", "VN", "WO", "WL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
