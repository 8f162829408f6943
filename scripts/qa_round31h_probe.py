"""Outside probe for round 31 (QH, letter h): questions asking what a term covers through a verb of
classing ("what *counts as* ...", "what *qualifies as* ...", "what *is considered* ...", "is X *treated as* Y?").

31 questions written for this probe before any change (``scripts/qa_round31h_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F, GitLab public handbook pages; sources in its
``SOURCES.md``) and the pages of ``evals/handbooks2/docs`` that its TUNING half cites (Osio Labs, Sourcegraph);
none is taken from a question file. Each row names the page and sentence checked. Classes:

* ``defframe`` (15): the page says what the term covers ("defined as", "includes", "means", "is considered"),
  the question asks it with a classing verb; it passes when the answer holds the fact.
* ``lookalike`` (8): questions on the same sentences without a classing verb ("qualifies *for*"), which must
  keep their facts.
* ``lookalike_abstain`` (8): classing-verb questions about a term the named organisation's pages never define;
  they must stay refused.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round31h_probe.py [-v]

The documents are indexed into temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)
import qa_round17_probe

TSV = Path(__file__).with_suffix(".tsv")
HANDBOOKS2_PAGES = ("osiolabs-", "sourcegraph-")


def _rows(on_handbooks2: bool) -> list[tuple[str, list[str], str]]:
    lines = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = [line.split("\t")[3] for line in lines]
    rows = qa_probe_io.load(TSV)
    return [row for row, page in zip(rows, pages, strict=True) if page.startswith(HANDBOOKS2_PAGES) == on_handbooks2]


def run_both() -> list[tuple[bool, str, str, str]]:
    """Rows on the shared pages answered over those, rows on handbooks2 pages over evals/handbooks2/docs."""
    from assistant.evaluation.policy import HANDBOOKS2_DIR, shared_dir

    out = []
    shared = shared_dir()
    if shared is None:
        print("shared/corpora/handbooks not found; shared rows skipped", file=sys.stderr)
    else:
        out += qa_round17_probe.run(_rows(False), shared / "corpora" / "handbooks" / "docs", "qa_round31h_shared")
    out += qa_round17_probe.run(_rows(True), HANDBOOKS2_DIR / "docs", "qa_round31h_handbooks2")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_both))
