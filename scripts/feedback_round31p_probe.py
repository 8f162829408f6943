"""Round 31 probe (FP): polarity of praise drafts that tell a problem the person caught, fixed, averted or improved on.

Rows of scripts/feedback_round31p_probe.tsv (drafts written for the probe in our own words, after the form of the
examples in the public guide named in the row's source, labelled before any run). Scored: polarity only.

Must be read as positive (30):

- SP (30): praise telling a problem removed, kept away or improved on by the person ("the memory leak you predicted
  never reached production", "the mispick rate has come down from 2.1% to 0.5%", "cleared it before the drill", "he
  withdrew his complaint the next day").

Look-alikes that must stay mixed or constructive (28):

- CF (28): criticism told as a fact inside praise, often the same problem left standing, made worse or caused by the
  person ("Great launch. You were late to two of the client calls.", "the overdue tickets in your queue grew").

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round31p_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round31p_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

CLASSES = ("SP", "CF")

rows, run, main = probe_io.bind_script(__file__, __doc__, CLASSES)

if __name__ == "__main__":
    main()
