"""Round 30 probe (brief FC): well-formed drafts stay clean; flawed look-alikes keep their finding.

Rows of scripts/feedback_round30h_probe.tsv (drafts written for the probe in our own words after the form of public
SBI/SBII examples, sample reviews and peer-feedback posts whose address is in the row's source, from occupations no
dev set uses; labelled before any run). All six kinds are scored: a row is right when its findings are exactly
``kinds`` ('-': none at all), missing_action and vague are present as ``action`` and ``vague`` say, and the polarity
agrees ('critical': anything but positive).

Well formed, must stay clean (47):

- WP (15): praise with a situation, the person's act and its effect on others: positive, no findings.
- WC (14): criticism with a situation, the act, its effect and a next step asked of the person: no findings.
- WM (14): praise, then one development point with its effect and a next step: no findings.
- PN (4): praise recounting a problem the person found or fixed ("spotted a weeping fuel line ... and isolated it",
  "the judges have not had to adjourn once"): positive, no findings.

One flaw each, must keep it (17):

- FA (5): WC/WM drafts with the step removed or given to the writer or another party: missing_action.
- FT (6): an absolute ("You never check ..."), a trait ("You are careless") or harsh words ("a total amateur job")
  inside an otherwise well-formed draft.
- FV (3): praise or criticism that names no behaviour: vague.
- FI (3): an act with no effect on anyone: missing_impact.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30h_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30h_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")
CLASSES = ("WP", "WC", "WM", "PN", "FA", "FT", "FV", "FI")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
