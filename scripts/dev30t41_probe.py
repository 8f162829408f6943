"""Round 41 dev30 tune probe (dev30t41): per half, outside sentences where 'young' modifies a plant, a plant part or a
wine ("the young shoots", "young vines", "the young wine") left clean, and the look-alikes' 'young' said of people
("our young and dynamic team", "looking for young, energetic programmers") found (an age flag overlapping it).

Rows in ``evals/probes/round41/dev30t41.jsonl`` (README: evals/probes/round41/README.dev30t41.md), each with ``terms``
(none on a class row), ``role``, ``form`` and ``half`` (``A`` tuned on, ``B`` untouched). Scored by the shared runner
(scripts/bias_span_probe_io.py, ``term_main``); ``-v`` lists the misses and the flagged clean rows, a half's name limits
the run to that half.

    PYTHONPATH=$PWD python scripts/dev30t41_probe.py [-v] [A]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "dev30t41.jsonl"

main = probe_io.term_main(PROBE, "terms", ("A", "B"), clean_tag="flagged clean", pick=True)


if __name__ == "__main__":
    main()
