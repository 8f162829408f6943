"""Round 39 bias recall probe (biasapp39): appearance and body remarks as judgement of the person: a body, weight,
grooming or adornment feature of the person joined to a judgement of fit or ability ("You don't look like an
engineer", "too pretty to be an engineer", "too fat to work safely", "offended by my tattoos") and a change of the
person's body weight said of them ("you've gained weight", "getting pudgy again", "packing on the weight"), with
look-alikes (nail and hair rules stated as policy, nail craft, a garment's size, safety gear, things that "got so
heavy" or "look the part"). Labelled and split (random.Random(3939), within biased/clean) before any run.

Rows in ``evals/probes/round39/biasapp39.jsonl`` (README: evals/probes/round39/README.biasapp39.md). Scored by the
shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the misses and the flagged clean rows.

    PYTHONPATH=$PWD python scripts/biasapp39_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "biasapp39.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
