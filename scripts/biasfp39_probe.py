"""Round 39 bias precision probe (biasfp39): per half, clean outside staff profiles, award citations and life stories
that state a characteristic as a fact (a faith, an origin, a family, an age told with nothing depending on it) left
clean, and the biased look-alikes' labelled terms found (a flag of the term's category overlapping it).

Rows in ``evals/probes/round39/biasfp39.jsonl`` (README: evals/probes/round39/biasfp39.README.md), each with
``terms`` (the biased terms; none on a clean row), ``form`` and ``half`` (``tune`` = set 1, ``untouched`` = set 2).
Scored by the shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` lists the misses and the flagged
clean rows, a half's name limits the run to that half.

    PYTHONPATH=$PWD python scripts/biasfp39_probe.py [-v] [tune]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "biasfp39.jsonl"

main = probe_io.term_main(PROBE, "terms", ("tune", "untouched"), clean_tag="flagged clean", pick=True)


if __name__ == "__main__":
    main()
