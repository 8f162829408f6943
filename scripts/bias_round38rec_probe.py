"""Round 38 bias recall probe (biasrec38): a trait put on the person through a group named in an adjunct of their
clause ("Being Irish, he had an abiding sense of tragedy", "impatient and stubborn, like most redheads", "like most
of his countrymen, he was of an excitable nature"), and look-alikes (a shared history or practice told as fact, a
concession or a reason of exclusion: "despite being Jewish", "rejected ... for being a woman"; the writer's own group).
Labelled and split (random.Random(3838), within biased/clean) before any run.

Rows in ``evals/probes/round38/biasrec38.jsonl`` (README: evals/probes/round38/README.biasrec38.md). Scored by the
shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the misses and the flagged clean rows.

    PYTHONPATH=$PWD python scripts/bias_round38rec_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "biasrec38.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
