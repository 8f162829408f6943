"""Score the round-39 FB polarity probe (evals/probes/round39/fbpol39.jsonl): a verbless praise fragment before a "but"
clause that criticises ("Nice idea, but this doesn't include -h", "Good catch, but you need some commit message here").

Rows are short quoted remarks from public repository text (``source`` on each row: file id, what it is, the phrase
searched). ``class`` rows open with a verbless noun phrase whose premodifier rates good (VADER) and turn with "but" to
a fault: praise and criticism, ``mixed``. ``lookalike`` rows keep the same "<adjective> <noun>, but" surface where the
fragment does not praise ("Minor nit, but ...": constructive) or the "but" clause names no fault ("Great article, but
I have a question ...": positive). Labelled before any run and split into halves ``A`` (tuned on) and ``B``
(untouched) by ``random.Random(3939)`` within each role.

    PYTHONPATH=$PWD python scripts/fbpol39_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import sys
from pathlib import Path

import feedback_polarity_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "fbpol39.jsonl"

if __name__ == "__main__":
    feedback_polarity_probe_io.half_role_polarity(PROBE, sys.argv[1:])
