"""Round 17 fresh probes for specific and measurable.

K, a kind of work product with nothing that says which one.

S0K: a document, deck, video, materials or paper named only by its kind and a classifying modifier ("Write technical
documentation", "Submit design specifications", "Prepare a presentation"): which one is left open, as the shared
definition's "a concrete object" asks, so not specific (round six's "a specific coding certification", round seven's
"Complete design documentation"). S1K: look-alikes that say which one (a definite owner, a topic, whom it is for, a
name or a count). M1K: the same deliverables have a done state, so they are measurable (evals/dev/README.md).

V, a vague verb (improve, enhance, strengthen, boost, promote, support) with a means: S1V, a concrete means says what
work is done ("Improve data quality by validating postcodes at the point of entry in the CRM"), so specific, as round
three's "Reduce the incidence of pressure ulcers ... by implementing a new skin assessment protocol"; S0V, a means that
is itself vague, a change of a metric or a date ("by communicating better", "by reducing readmission rates", "by the
end of next year").

Each family was written before its change, never tuned on. Sources: the team's own goals written for this probe, except
"Complete course work and attain a certification ..." (TWU, "Performance Development Goals Guidelines",
https://servicecenter.twu.edu/TDClient/1956/Portal/KB/ArticleDet?ID=25124, date dropped), "Create company blog" and
"Launch the new website" (atosup, "Good vs Bad Key Result: 10 Real Examples",
https://arena.atosup.com/en/blog/good-vs-bad-key-results) and the last two S1K lines (Indiana University HR,
"Performance Management Forms: annual goals", http://www.iu.edu/~uhrs/training/performance_management/forms/forms.htm).
Figures (right/total), before -> after: S0K 3 -> 11/16, S1K 14 -> 14/15, M1K 15 -> 16/16, S1V 7 -> 10/12, S0V 10 -> 10/10.
Misses left: classifier modifiers the artefact list does not hold ("technical documentation", "design specifications",
"design documents", "a white paper"), "Put together a slide deck" (read as "put" + "together"), "Support new
managers by pairing ..." ("support" is an effort verb) and "Improve hand-offs ... using a written SBAR handover sheet"
("using" is left inside the object: after a noun it is mostly a participle, "residents using the app").
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
