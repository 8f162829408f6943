"""Probe of round 39 (qaabst39): a bare title (a contents-list link text, a section heading) quoted as the answer
(evals/probes/round39/qaabst39.jsonl, 35 units of the HackerBay Employee Handbook, Apache-2.0, none in our corpora).

Each row pairs a question with one outside unit; ``expect`` is ``not_answer`` for a title naming the asked thing
(``class`` rows: "Salary Slabs" for a senior engineer's salary slab, "Fly Weeks" for the countries one may work from),
else ``answer`` (``look-alike`` rows: sentences and list items of the same pages stating the fact, some with
capitalised words). Rows were labelled and split (``split``: ``tune`` / ``untouched``, seed 20261205) and committed
(a05900d) before any run. A row is read as the sufficiency check reads a lead unit (answer type, ``holds``, the
referral test) and then, with ``--title`` (this branch's check), as a lead that is a title is read
(``assistant.qa.title.is_title``: no statement, not an answer).

    PYTHONPATH=$PWD .venv/bin/python scripts/qaabst39_probe.py [-v] [--title]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_probe_io import main_sentence_pairs, read_lead_unit  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round39" / "qaabst39.jsonl"


def read_with_title(item: dict) -> str:
    from assistant.qa.title import is_title

    return "not_answer" if is_title(item["sentence"]) else read_lead_unit(item)


if __name__ == "__main__":
    read = read_with_title if "--title" in sys.argv[1:] else read_lead_unit
    sys.exit(main_sentence_pairs(PROBE, read, sys.argv[1:]))
