"""Outside probe for round 27 (QU): paraphrased detail questions whose asked thing is, or is not, in the pages.

45 questions written for this probe before any change (``scripts/qa_round27_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/``. 42 of them open with the asker's situation
(two sentences), as an employee asks. Each row names the page(s) checked for the asked detail (a whole-word search
of every page before the row was written). Classes:

* ``other_thing``: must abstain. The topic is on the pages but the asked detail is another thing: a screening
  where the page has background checks, a bonus where it has awards, sick days where it lists annual leave, a
  dollar value of a thing it names without one, the notice of a resignation where it has notice of leave, an
  hourly rate where it has a quarterly stipend. It passes when refused.
* ``paraphrase``: answerable look-alike, the asked detail in other words ("learning budget" for the prodev
  budget, "compassionate leave" for bereavement leave, "improvement plan" for a PIP). It passes when the answer
  holds every labelled fact.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

``--check`` runs the check set written after the change, before it was first run (``qa_round27_probe_check.tsv``,
14 rows over ``evals/handbooks2/docs``, the Osio Labs and Sourcegraph pages: another corpus than the probe's).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round27_probe.py [-v] [--check]

Prints passes per class and in all. The documents are indexed into a temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)
import qa_round17_probe

TSV = Path(__file__).with_suffix(".tsv")
CHECK_TSV = Path(__file__).with_name("qa_round27_probe_check.tsv")
HANDBOOKS2 = Path(__file__).resolve().parent.parent / "evals" / "handbooks2" / "docs"


def load(path: Path = TSV) -> list[tuple[str, list[str], str]]:
    """(question, facts, class) per row of the probe file."""
    return qa_probe_io.load(path)


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe, over the shared handbook pages (none when absent)."""
    return qa_probe_io.run_shared(TSV, "qa_round27_shared")


def run_check() -> list[tuple[bool, str, str, str]]:
    """The check set written after the change (``--check``), over the handbooks2 pages."""
    return qa_round17_probe.run(load(CHECK_TSV), HANDBOOKS2, "qa_round27_check_handbooks2")


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_check if "--check" in sys.argv[1:] else run))
