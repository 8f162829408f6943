"""Probe of round 40 (qaother40): a frequency that belongs to another thing
(evals/probes/round40/qaother40.jsonl, 27 how-often questions each against one sentence quoted from 18F's handbook,
github.com/18F/handbook @ 1e49556, public domain / CC0; not one of our Q&A corpora).

Each row pairs a how-often question with one outside sentence; ``expect`` is ``not_answer`` when the sentence's
frequency is that of another thing or event than the one asked (``class``: "How often are TTS Town Halls held?"
against "We also provide monthly updates to TTS employees by way of newsletters."), else ``answer`` (``look-alike``:
the thing the frequency is said of, in the question's words or others). Forms: ``attributive`` (the frequency word
premodifies a noun: "a weekly TTS-wide email"), ``time-noun`` (it premodifies a time noun: "each biweekly pay
period", "in a quarterly cadence"), ``adverbial`` ("meets weekly"). Rows were labelled and split (``split``: tune /
untouched, seed 20261205) and committed (dc3477f) before any run. A row is read as the sufficiency check reads a lead
unit: the clause's answer type, whether the sentence holds it (``check.holds``) and whether its values all belong to
another thing (``check.value_of_other``).

    PYTHONPATH=$PWD .venv/bin/python scripts/qaother40_probe.py [-v] [--untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_probe_io import main_sentence_pairs  # scripts/ is on the path when a script runs
from qaowner38_probe import read  # the same reading: holds, then value_of_other

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round40" / "qaother40.jsonl"


if __name__ == "__main__":
    sys.exit(main_sentence_pairs(PROBE, read, sys.argv[1:], show_untouched="--untouched" in sys.argv))
