"""Round 30 probe (FI): consequences told as events, not with an effect word.

Rows of scripts/feedback_round30r_probe.tsv (criticism drafts written for the probe in our own words, after the form of
the examples in the public guide named in the row's source, labelled before any run). Scored: missing_impact only.

Must be read as stating an impact (21):

- RE (11): after the person's act, another party's reaction told as an event ("A parent complained to the front
  desk", "two cafes sent their loaves back", "The client cancelled the order").
- LO (10): a loss, delay or cost to the writer's side or another party ("we lost the order", "kept you and the head
  teller back forty minutes", "we had to repick the whole order", "the release slipped by two days").

Look-alikes that must stay missing_impact (21):

- SE (11): another party's act as the setting of the person's act ("when the buyer asked ..., you quoted ...").
- OW (6): the person's own lot ("you spent most of the morning looking for another one yourself").
- NE (4): other parties named in the act or its time, with no consequence told.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30r_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30r_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

CLASSES = ("RE", "LO", "SE", "OW", "NE")

rows, run, main = probe_io.bind_script(__file__, __doc__, CLASSES)

if __name__ == "__main__":
    main()
