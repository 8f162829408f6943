"""Round 27 probe (brief FA): when a draft's impact is present, and when a next step is needed.

Rows of scripts/feedback_impact_round27_probe.tsv (written for the probe and labelled before any run), by class:

- IR (6): the effect told as another party's response or state, often in the present or perfect ("Two of them now
  send me their findings privately", "the design team is fed up with redoing slides", "has the other project teams
  working in the canteen"): impact present.
- IC (5): the effect joined to the act by a result link ("resulting in far shorter searches", "led to twenty minutes
  of dead air", "which meant nobody turned up to an empty hall", "so three drivers booked leave"): impact present.
- IM (3): a measured or counted result of the person's work ("kept four clean sheets", "the average wait is now six
  days instead of a month", "closed all twenty-two findings before the regulator's visit"): impact present.
- IF (3): a consequence told as what will follow, or follows whenever the act recurs ("we will lose the two trade
  accounts", "the evening receptionist has no idea which guests ..."): impact present.
- NV (4): look-alikes: the writer's view or observation and the writer's dealings with the person ("I have found you
  well prepared", "We talked about the supplier codes", "Several people have noticed"): no impact.
- NS (3): look-alikes: a story of the person's own acts, later ones with the subject left out ("and then moved to the
  night rota"): no impact.
- NP (3): look-alikes: a purpose or a wish ("to reduce mistakes", "so that the client can find them", "It would be
  good to see the figures earlier"): no impact.
- HS (2): look-alikes: a hardship's effect that is not the person's doing ("Because the lift was broken all week,
  the residents could not get down"): no impact.
- CL (4): clean drafts, behaviour with its effect (and a step for criticism).
- AP (3): an ordinary request or plan for the person ("From next week you will count ...", "I'd like you to confirm
  ..."): a step, no missing_action.
- PP (3): pure praise of a problem the person solved ("the payroll file was rejected ... you rebuilt it"): positive,
  no step demanded.
- PB (2): criticism with only a bare desired result ("This needs to improve.", "Be clearer."): missing_action.

A row's findings are right when missing_impact is present exactly as its `kinds` column says, and missing_action as
its `action` column says ('-': not scored); its polarity as its `polarity` column says ('critical': anything but
positive; '-': not scored).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_round27_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_round27_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

rows, run, main = probe_io.bind_script(__file__, __doc__, ("IR", "IC", "IM", "IF", "NV", "NS", "NP", "HS", "CL", "AP", "PP", "PB"))

if __name__ == "__main__":
    main()
