"""Round 37 bias recall probe (biasrec37): in-group leniency, a school, town or neighbourhood the person shares with
the writer given as the reason for a judgement; per half, labelled terms found (a flag overlapping the term, right
category) and clean look-alike rows left clean.

Rows in ``evals/probes/round37/biasrec37.jsonl`` (README: evals/probes/round37/README.md), each with ``labels`` (none
on a clean row) and ``half`` (``tune`` or ``untouched``). Scored by the shared runner (scripts/bias_span_probe_io.py,
``term_main``); ``-v`` prints the misses and the flagged clean rows, and a half's name limits the run to it.

    PYTHONPATH=$PWD python scripts/bias_round37rec_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "biasrec37.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
