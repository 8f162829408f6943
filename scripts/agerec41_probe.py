"""Round 41 probe agerec41: per half, outside sentences where 'young' modifies a person noun that is the object of a
want, hire, seek, need or prefer ("We are looking for a young motivated individual", "hire young warriors") found (an
age flag overlapping it), and the look-alikes ('young' of a company, a thing, an animal, a programme, a group the job
serves, the subject of a wanted clause, others' recruiting told) left clean.

Rows in ``evals/probes/round41/agerec41.jsonl`` (README: evals/probes/round41/README.agerec41.md), each with ``terms``
(none on a look-alike row), ``role``, ``form`` and ``half`` (``A`` tuned on, ``B`` untouched). Scored by the shared
runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` lists the misses and the flagged clean rows, a half's
name limits the run to that half.

    PYTHONPATH=$PWD python scripts/agerec41_probe.py [-v] [A]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "agerec41.jsonl"

main = probe_io.term_main(PROBE, "terms", ("A", "B"), clean_tag="flagged clean", pick=True)


if __name__ == "__main__":
    main()
