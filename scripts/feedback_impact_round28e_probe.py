"""Round 28 probe (brief FA): impact in praise drafts, told in ordinary words; labelled before any run.

Rows of scripts/feedback_impact_round28e_probe.tsv (written for the probe in the manner of the public pages named
in each row's ``source``: recognition-message guides, compliment and commendation letters, a volunteer thank-you),
all praise, by class:

- EO (8): what another party could then do or got ("so we still made it to the theatre", "Priya was able to attend",
  "They now handle returns on their own", "which frees up my afternoons"): impact present.
- ER (8): an outcome for others told with a benefit or prevention verb, a count or an averted problem ("saved us
  several thousand pounds", "protected the patient", "cut the time ... by a third", "kept the packing line
  running", "A disaster ... was avoided", "spared the charity"): impact present.
- ES (8): another party's response after the act ("phoned the next morning to sign up", "She wrote back to say",
  "put the patient's daughter at ease", "Four of the six sites have already switched"): impact present.
- NL (10): look-alikes, praise of acts with no effect at all (a thank-you for staying late, a list of the week's
  work, a judgement of the slides, a kind act told without its result): missing_impact.
- NP (4): look-alikes, a purpose ("to set up the chairs", "so that the audit pack would be ready", "to help future
  starters ..."): missing_impact.

A row's findings are right when missing_impact is present exactly as its ``kinds`` column says; polarity as its
``polarity`` column says (all positive).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_round28e_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_round28e_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

rows, run, main = probe_io.bind_script(__file__, __doc__, ("EO", "ER", "ES", "EB", "ET", "TF", "NL", "NP", "NB", "TN", "CK", "CN"))

if __name__ == "__main__":
    main()
