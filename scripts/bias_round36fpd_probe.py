"""Round 36 bias precision probe (biasfp36d): per half, labelled terms found (a flag overlapping the term, right
category) and clean rows left clean.

Rows in ``evals/probes/round36/biasfp36d.jsonl`` (README: evals/probes/round36/biasfp36d.README.md), each with
``terms`` (the biased terms; none on a clean row) and ``half`` (``tune`` or ``untouched``). Scored by the shared
runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` lists the misses and the flagged clean rows, a half's
name limits the run to that half.

    PYTHONPATH=$PWD python scripts/bias_round36fpd_probe.py [-v] [tune]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "biasfp36d.jsonl"

main = probe_io.term_main(PROBE, "terms", ("tune", "untouched"), clean_tag="flagged clean", pick=True)


if __name__ == "__main__":
    main()
