"""Round 36 bias recall probe (biasrec36): per half, labelled terms found (a flag overlapping the term, right
category) and clean rows left clean.

Rows in ``evals/probes/round36/biasrec36.jsonl`` (README: evals/probes/round36/README.md), each with ``labels``
(the biased terms; none on a clean row) and ``half`` (``tune`` or ``untouched``). Scored by the shared runner
(scripts/bias_span_probe_io.py, ``term_main``).

    PYTHONPATH=$PWD python scripts/bias_round36rec_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "biasrec36.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"))


if __name__ == "__main__":
    main()
