"""Round 40 bias precision probe (biasfp40): per half, clean outside sentences that say a characteristic word
(heritage, an origin adjective, age, family) of a thing, a place, a dish or an event ("heritage railways", "the
Irish stew", "the age of a building", "my family recipes") left clean, and the biased look-alikes' labelled terms
(the person's own heritage, origin, skin colour or age as a label or as grounds) found (a flag of the term's category
overlapping it).

Rows in ``evals/probes/round40/biasfp40.jsonl`` (README: evals/probes/round40/biasfp40.README.md), each with
``terms`` (the biased terms; none on a clean row), ``form`` and ``half`` (``tune`` = set 1, ``untouched`` = set 2).
Scored by the shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` lists the misses and the flagged
clean rows, a half's name limits the run to that half.

    PYTHONPATH=$PWD python scripts/biasfp40_probe.py [-v] [tune]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "biasfp40.jsonl"

main = probe_io.term_main(PROBE, "terms", ("tune", "untouched"), clean_tag="flagged clean", pick=True)


if __name__ == "__main__":
    main()
