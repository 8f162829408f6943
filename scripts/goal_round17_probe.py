"""Round 17 fresh probe for specific and measurable: a kind of work product with nothing that says which one.

S0K: a document, deck, video, materials or paper named only by its kind and a classifying modifier ("Write technical
documentation", "Submit design specifications", "Prepare a presentation"): which one is left open, as the shared
definition's "a concrete object" asks, so not specific (round six's "a specific coding certification", round seven's
"Complete design documentation"). S1K: look-alikes that say which one (a definite owner, a topic, whom it is for, a
name or a count). M1K: the same deliverables have a done state, so they are measurable (evals/dev/README.md).

Written before the round 17 change, never tuned on. Sources: the team's own goals written for this probe, except
"Complete course work and attain a certification ..." (TWU, "Performance Development Goals Guidelines",
https://servicecenter.twu.edu/TDClient/1956/Portal/KB/ArticleDet?ID=25124, date dropped), "Create company blog" and
"Launch the new website" (atosup, "Good vs Bad Key Result: 10 Real Examples",
https://arena.atosup.com/en/blog/good-vs-bad-key-results) and the last two S1K lines (Indiana University HR,
"Performance Management Forms: annual goals", http://www.iu.edu/~uhrs/training/performance_management/forms/forms.htm).
Figures (right/total): before the change S0K 3/16, S1K 14/15, M1K 15/16; after it S0K 11/16, S1K 14/15, M1K 16/16
(the S0K misses left are classifier modifiers the artefact list does not hold: "technical documentation", "design
specifications", "design documents", "a white paper", and "Put together a slide deck", read as "put" + "together").
Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goal_round17_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goal_round15_probe import run  # noqa: E402  (the same scorer; the label letter picks the criterion)

PROBE = Path(__file__).with_name("goal_round17_probe.tsv")


if __name__ == "__main__":
    run(PROBE)
