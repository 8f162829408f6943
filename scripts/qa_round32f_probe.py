"""Outside probe for round 32 (QF, letter f): timing questions answered by a neighbour of the time limit.

A question asking by when, how soon or how quickly something must happen ("By when do I have to use my
paid parental leave?", "What is the deadline to appeal ...?") is answered by the sentence that states the
time limit on the asked thing ("You must use the PPL within a year of the child's birth"), not by the
sentence beside it that shares more of the question's words ("You are entitled to 12 weeks of paid time off
for the birth ...").

36 questions written for this probe before any change (``scripts/qa_round32f_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (TTS/18F, CivicActions, GitLab) and the pages of ``evals/handbooks2/docs``
and ``evals/handbooks3/docs`` that their TUNING halves cite (Osio Labs; Clef, Leaf); none is taken from a
question file. Each row names the page and the sentence checked. Classes:

* ``limit`` (19): the fact is a time limit, stated as a span after a bound ("within a year of",
  "within five (5) business days", "60 days prior to") or as a point ("by the end of the calendar year",
  "no later than November 15th"), in a sentence whose neighbours share the topic.
* ``lookalike`` (14): questions on the same sentences that ask a length, an amount, a lead time or a rule,
  or a timing question whose topic sentence already holds the limit; they must keep their facts.
* ``abstain`` (3): a deadline the pages never give; must be refused.

Figures (rows passing): main db75717 27/36 (limit 14/19, lookalike 13/14, abstain 0/3); after the change
(``check.states_time_limit`` reads limits in words, ``answer.limit_of_asked_act``) 30/36 (limit 17/19; lookalike
and abstain the same rows, their answers unchanged). Left wrong: f11 (the page says *use* the weeks, the question
*take* the sabbatical), f13 (refused), f19 (a neighbour leads a length question), f33/f35/f36 (answered).

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round32f_probe.py [-v]

The documents are indexed into temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)
import qa_round17_probe

TSV = Path(__file__).with_suffix(".tsv")
CORPUS_OF = {"osiolabs-": "handbooks2", "sourcegraph-": "handbooks2", "clef-": "handbooks3", "leaf-": "handbooks3"}


def _corpus(page: str) -> str:
    return next((name for prefix, name in CORPUS_OF.items() if page.startswith(prefix)), "shared")


def run_all() -> list[tuple[bool, str, str, str]]:
    """Each row answered over the documents of its page's corpus."""
    from assistant.evaluation.policy import HANDBOOKS2_DIR, HANDBOOKS3_DIR, shared_dir

    lines = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpora = [_corpus(line.split("\t")[3]) for line in lines]
    rows = qa_probe_io.load(TSV)
    shared = shared_dir()
    docs = {"handbooks2": HANDBOOKS2_DIR / "docs", "handbooks3": HANDBOOKS3_DIR / "docs",
            "shared": shared / "corpora" / "handbooks" / "docs" if shared else None}
    out = []
    for name, folder in docs.items():
        mine = [row for row, corpus in zip(rows, corpora, strict=True) if corpus == name]
        if folder is None:
            print("shared/corpora/handbooks not found; its rows skipped", file=sys.stderr)
            continue
        out += qa_round17_probe.run(mine, folder, f"qa_round32f_{name}")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_all))
