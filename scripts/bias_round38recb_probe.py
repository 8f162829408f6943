"""Round 38 bias recall probe, second form (biasrec38b): a pejorative label for a person's mental health or faith
that the sourced lists did not carry ("a bit of a nutter", "a complete nutter", "a bit of a god botherer", "those
God-botherers"), and look-alikes (the surname and the names built on it: "Mayor Michael Nutter", "Nutter Butter
cookies", "the Nutter Center"; other "-botherer" compounds). Labelled and split (random.Random(3839), within
biased/clean) before any run.

Rows in ``evals/probes/round38/biasrec38b.jsonl`` (README: evals/probes/round38/README.biasrec38.md, second section). Scored by the
shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the misses and the flagged clean rows.

    PYTHONPATH=$PWD python scripts/bias_round38recb_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "biasrec38b.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
