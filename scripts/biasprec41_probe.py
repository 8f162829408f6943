"""Round 41 bias precision probe (biasprec41): per half, outside sentences that say a body, grooming, health or
pregnancy word of an animal ("the animal's curly hair", "if your horse is old", "Pregnant mares should ...", "Shadow
is deaf") left clean, and the look-alikes' labelled terms (the same words said of a person as a judgement or its
grounds: "take unpaid leave to lose weight", "her teeth are a mess", "because she is deaf") found (a flag of the
term's category overlapping it).

Rows in ``evals/probes/round41/biasprec41.jsonl`` (README: evals/probes/round41/README.biasprec41.md), each with
``terms`` (the biased terms; none on a clean row), ``role`` (``class`` or ``lookalike``), ``form`` and ``half``
(``A``, tuned on; ``B``, run once at the end). Scored by the shared runner (scripts/bias_span_probe_io.py,
``term_main``); ``-v`` lists the misses and the flagged clean rows, a half's name limits the run to that half.

    PYTHONPATH=$PWD python scripts/biasprec41_probe.py [-v] [A]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "biasprec41.jsonl"

main = probe_io.term_main(PROBE, "terms", ("A", "B"), clean_tag="flagged clean", pick=True)


if __name__ == "__main__":
    main()
