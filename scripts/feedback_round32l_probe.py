"""Round 32 probe (lead): the polarity of a bare comment, a draft with no praise word, no act of the person's and no
effect told.

Rows of scripts/feedback_round32l_probe.tsv (one-line remarks written for the probe in our own words, after the form of
the remarks in the public pages named in each row's source, labelled before any run). Scored: polarity and whether a
missing next step is flagged.

Must be read as criticism, with the missing step flagged (18):

- BC (18): a remark that judges without a praise word or a reported act ("Your emails read like ransom notes.",
  "Not your finest hour, Marcus.", "Is this really the final version?").

Look-alikes that must stay positive (18):

- BP (18): short praise told in idioms or by a reported good act ("Hats off to you for the quarter-end close.", "The
  customers ask for you by name.", "You knocked the board presentation out of the park.").

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round32l_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round32l_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

CLASSES = ("BC", "BP")

rows, run, main = probe_io.bind_script(__file__, __doc__, CLASSES)

if __name__ == "__main__":
    main()
