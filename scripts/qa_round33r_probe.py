"""Outside probe for round 33 (QR, letter r): answerable questions refused where the page answers in other words,
and the near-misses that must stay refused.

48 questions written for this probe and labelled before anything ran on them (``scripts/qa_round33r_probe.tsv``,
also ``evals/probes/round33/qarefuse33_probe.jsonl`` with a source per row), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, GitLab public handbook pages) and the pages that the TUNING half
of ``evals/handbooks4`` cites (Foundation for Public Code, P2PU); none is taken from a question file. Each row names
the page and the sentence checked. Classes:

* ``leadtime`` (12): a lead time or notice asked in other words than the page's ("how much *warning*", "how far
  *ahead*", "how far *in advance* should I bring it up"). Passes with the fact.
* ``leadtime_abstain`` (8): the same shape about an event or act the pages give no lead time for (notice of a
  resignation where the page gives notice of a contract's end): must stay refused.
* ``listleadin`` (3): the answer is the lead-in of a list of questions the asker must answer ("... by sending an
  email to ... answering the following questions: 1. What is ...?"). Passes with the fact.
* ``paraphrase`` (17): answerable questions worded apart from the page. Passes with the fact.
* ``paraphrase_abstain`` (8): near-misses on the same pages (a benefit, a year, a kind of leave the pages never
  give): must stay refused.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round33r_probe.py [-v]

Figures (main d8edcfa -> branch qarefuse33): all 33 -> 34 of 48; leadtime 9 -> 10 of 12 (the "give the Foundation
for Public *Code*" screen refusal gone), leadtime_abstain 6 -> 6 of 8, listleadin 0 -> 0 of 3, paraphrase 13 -> 13 of
17, paraphrase_abstain 5 -> 5 of 8: no look-alike newly answered.

Per class: answered / passed (answerable: answered with every fact; must-abstain: refused). The documents are
indexed into temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

TSV = Path(__file__).with_suffix(".tsv")


def rows() -> list[tuple[str, str, list[str], str, str]]:
    out = []
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row_id, kind, facts, page, question = line.split("\t")
            out.append((row_id, kind, [f for f in facts.split("|") if f], page, question))
    return out


def corpus_docs(page: str) -> Path | None:
    """The page folder a row is asked over: handbooks4's for its pages, else the shared handbook pages."""
    from assistant.evaluation.policy import HANDBOOKS4_DIR, shared_dir

    if page.startswith(("fpc-", "p2pu-")):
        return HANDBOOKS4_DIR / "docs"
    shared = shared_dir()
    return shared / "corpora" / "handbooks" / "docs" if shared else None


def run_all() -> list[dict]:
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    out = []
    for row_id, kind, facts, page, question in rows():
        docs = corpus_docs(page)
        if docs is None:
            print(f"{row_id}: shared/ not found; skipped", file=sys.stderr)
            continue
        result = answer(question, handbook_settings(Settings(), docs, f"qa_round33r_{docs.parent.name}"))
        text = result.answer.casefold()
        passed = (result.answered and all(f.casefold() in text for f in facts)) if facts else not result.answered
        out.append({"id": row_id, "class": kind, "answered": result.answered, "passed": passed,
                    "question": question, "answer": result.answer})
    return out


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    results = run_all()
    for kind in sorted({r["class"] for r in results}):
        group = [r for r in results if r["class"] == kind]
        print(f"{kind}: answered {sum(r['answered'] for r in group)}/{len(group)}, "
              f"passed {sum(r['passed'] for r in group)}/{len(group)}")
    print(f"all: passed {sum(r['passed'] for r in results)}/{len(results)}")
    for r in results:
        if verbose or not r["passed"]:
            print(f"  {'ok ' if r['passed'] else 'MISS'} {r['id']} [{r['class']}] {r['question']}\n"
                  f"       {r['answer'][:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
