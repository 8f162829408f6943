"""Round 27 check set (brief FA): rows written after the round's impact changes, labelled before their first run.

Rows of scripts/feedback_impact_round27b_probe.tsv (written for the probe), by class:

- CP (4): an effect told as a participle of an outcome verb after the act (", exposing the whole pallet to the
  rain", ", holding up the two teams", ", reassuring the part-timers"): impact present.
- CA (3): another party's mood about the work ("Reception is delighted with them", "the sponsors are tired of
  them"): impact present.
- CH (2): the causative "have" with people doing something ("has the kitchen porters rewriting the allergen cards"):
  impact present.
- CG (3): others' doings after the act in the progressive ("have been finding the right bits ... ever since", "are
  now planning their store visits around it"): impact present.
- CL (6): look-alikes, no impact: "have" with people and a plan ("You have the apprentices starting on Monday"), a
  mood about something else ("tired of the old building", "grateful for the sunshine"), others' progressive about
  something else ("still waiting for the new phone system"), participles that only go on describing the act
  (", taking the first floor out", ", covering the new canteen hours").

Scoring as scripts/feedback_impact_round27_probe.py (missing_impact exactly as `kinds` says; missing_action as `action`).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_round27b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_round27b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("missing_impact",)
CLASSES = ("CP", "CA", "CH", "CG", "CL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
