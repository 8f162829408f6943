"""Round 39 bias recall probe (biasidiom39): gender-coded fixed phrases a review uses of a person: the
"damsel in distress" label (a woman cast as helpless, waiting for rescue) and the natural-carer stereotype
("women are natural nurturers / caregivers", "naturally more nurturing", "a natural nurturer" said of a woman), with
look-alikes (the trope or a character in a story, game or film; personality types, signs and numbers that "are
natural caretakers"). Labelled and split (random.Random(3939), within remarks/look-alikes) before any run.

Rows in ``evals/probes/round39/biasidiom39.jsonl`` (README: evals/probes/round39/README.biasidiom39.md). Scored by
the shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the misses and the flagged clean rows.

    PYTHONPATH=$PWD python scripts/biasidiom39_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "biasidiom39.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
