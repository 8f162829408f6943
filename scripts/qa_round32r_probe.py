"""Outside probe for round 32 (QR, letter r): answerable questions refused, and the near-misses that must stay refused.

62 questions written for this probe before any change (rows r01-r38 first, then r39-r49 and r50-r62, each set
labelled and run on main before the change it probes) (``scripts/qa_round32r_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F, GitLab public handbook pages; sources in its
``SOURCES.md``) and pages that the TUNING halves of ``evals/handbooks2`` (Osio Labs, Sourcegraph) and
``evals/handbooks3`` (Clef, Leaf) cite; none is taken from a question file. Each row names the page and sentence
checked. Classes:

* ``splitname`` (5): the question names a programme with its place or provider in front ("California Pregnancy
  Disability Leave", "Insperity Education Assistance Program"); the page writes the two apart ("California law
  entitles ... Pregnancy Disability Leave", "Insperity's Education Assistance Program"). Passes with the fact.
* ``splitname_abstain`` (6): the same shape with a place or programme the pages never name ("Oregon Pregnancy
  Disability Leave", "Texas Workforce Commission"): must stay refused.
* ``situation`` (7): a scene sentence holds the topic, the asking clause is light ("What can I do now?",
  "Who do I tell?"). Passes with the fact.
* ``situation_abstain`` (6): the same shape over a scene the pages never cover: must stay refused.
* ``paraphrase`` (8): the question words the rule differently from the page ("save up unused holiday" for
  "carried forward"). Passes with the fact.
* ``paraphrase_abstain`` (6): near-misses on the same pages that they do not answer: must stay refused.
* ``answertype`` (6): the value is of the asked kind in a form the type check may miss: a duration counted by the
  article ("at least a week in advance", "within a year"), a share by a fraction word ("half the amount"), a role
  as "the founder to whom they report" or an address. Passes with the fact.
* ``answertype_abstain`` (5): questions of those kinds on the same pages about things they do not cover.
* ``fronted`` (8): the organisation named in a phrase opening the question ("At Leaf, ...", "At Sourcegraph,
  ..."). Passes with the fact.
* ``fronted_abstain`` (5): the same shape about a thing only another organisation's pages cover ("At Leaf, how
  long is the paid sabbatical?", Clef's pages have one): must stay refused.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round32r_probe.py [-v]

The documents are indexed into temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)
import qa_round17_probe

TSV = Path(__file__).with_suffix(".tsv")
CORPUS_OF_PREFIX = {"osiolabs-": "handbooks2", "sourcegraph-": "handbooks2", "clef-": "handbooks3",
                    "leaf-": "handbooks3"}


def corpus_of(page: str) -> str:
    """The corpus a row's checked page belongs to (``shared`` for the shared handbook pages)."""
    return next((corpus for prefix, corpus in CORPUS_OF_PREFIX.items() if page.startswith(prefix)), "shared")


def _rows(corpus: str) -> list[tuple[str, list[str], str]]:
    lines = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = [line.split("\t")[3] for line in lines]
    return [row for row, page in zip(qa_probe_io.load(TSV), pages, strict=True) if corpus_of(page) == corpus]


def run_all() -> list[tuple[bool, str, str, str]]:
    """Each row answered over the documents of its page's corpus."""
    from assistant.evaluation.policy import HANDBOOKS2_DIR, HANDBOOKS3_DIR, shared_dir

    out = []
    shared = shared_dir()
    if shared is None:
        print("shared/corpora/handbooks not found; shared rows skipped", file=sys.stderr)
    else:
        out += qa_round17_probe.run(_rows("shared"), shared / "corpora" / "handbooks" / "docs", "qa_round32r_shared")
    out += qa_round17_probe.run(_rows("handbooks2"), HANDBOOKS2_DIR / "docs", "qa_round32r_handbooks2")
    out += qa_round17_probe.run(_rows("handbooks3"), HANDBOOKS3_DIR / "docs", "qa_round32r_handbooks3")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_all))
