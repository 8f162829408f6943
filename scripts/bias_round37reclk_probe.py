"""Round 37 bias recall probe, look-alikes (biasrec37lk): clean real text in the new forms the in-group leniency rules
read (a home near the writer's, a check negated, a school, place of worship or club of WordNet's), none of it given as
the grounds of a judgement of the person; per half, clean rows left clean.

Rows in ``evals/probes/round37/biasrec37lk.jsonl`` (README: evals/probes/round37/README.md). Scored by the shared runner
(scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the flagged rows.

    PYTHONPATH=$PWD python scripts/bias_round37reclk_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "biasrec37lk.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
