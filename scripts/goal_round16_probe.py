"""Round 16 fresh probe for specific: a degree verb (strengthen, deepen, broaden, heighten, ...) on an abstract
quality or area with no named thing, count, value or means (S0: not specific, some with degree verbs outside the
rule's list: 'cultivate', 'nurture'), and look-alikes that are specific (S1: the same verbs on a physical thing or a
named artefact, or an abstract object with a count, value or means).

Written after the round 16 change, never tuned on. Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goal_round16_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goal_round15_probe import run  # noqa: E402  (the same scorer; the label letter picks the criterion)

PROBE = Path(__file__).with_name("goal_round16_probe.tsv")


if __name__ == "__main__":
    run(PROBE)
