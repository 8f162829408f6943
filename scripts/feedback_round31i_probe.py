"""Round 31 probe (FI): impact told in praise drafts, in the forms outside sample reviews use.

Rows of scripts/feedback_round31i_probe.tsv (praise drafts written for the probe in our own words, after the form of
the examples in the public guide named in the row's source, labelled before any run). Scored: missing_impact only.

Must be read as stating an impact (20):

- IP (20): praise whose consequence is told as a result for a party or the work: a time or money saved, a party's
  reaction ("a daughter phoned the office to say ..."), a number moved ("from about half of families to nearly all"),
  a problem that did not happen ("without a single allergy incident"), something made possible ("freed up an hour").

Look-alikes that must stay missing_impact (12):

- NI (12): praise of traits, effort or acts with no consequence told (often the same act as an IP row, its result
  left out: "You rebuilt the route plan ... Nice work.").

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round31i_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round31i_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

CLASSES = ("IP", "NI")

rows, run, main = probe_io.bind_script(__file__, __doc__, CLASSES)

if __name__ == "__main__":
    main()
