"""Round 37 bias recall probe, second form (biasrec37c): a gendered simile whose standard is a noun marked
female by its head (-wife, -woman, -maid) that WordNet does not place below female_person ("haggles like a fishwife",
"gossip like a washerwoman"), and look-alikes (the noun literal, a neutral noun, a role simile "like a midwife").
Labelled and split before any run; read by gender_coded.gendered_simile_talk (a verb of talk before the simile).

Rows in ``evals/probes/round37/biasrec37c.jsonl`` (README: evals/probes/round37/README.md). Scored by the shared runner
(scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the misses and the flagged clean rows.

    PYTHONPATH=$PWD python scripts/bias_round37recc_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "biasrec37c.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
