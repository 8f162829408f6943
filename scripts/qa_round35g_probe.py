"""Outside probe for round 35 (QG, letter g): lead-time questions ("how far in advance ...", "how much notice ...")
the relevance gate refused although a sentence of the page states the lead time, and their look-alikes.

29 questions written for this probe and labelled before the change ran on them
(``evals/probes/round35/qagate35_lead_time.jsonl``, a source and the sentence checked per row), over public handbook
pages of other organisations than the tuning halves' refusals (Osio Labs and Sourcegraph pages of
``evals/handbooks2/docs``, Clef and Leaf pages of ``evals/handbooks3/docs``); none is taken from a question file.
Classes:

* ``lead_time`` (16): the page states the lead time ("at least four weeks notice", "1 month prior to the expected
  leave start date"); passes when answered with every fact.
* ``lead_time_abstain`` (10): a lead time for an event or thing the pages never give one for (a sabbatical at Leaf,
  jury duty at Osio Labs): passes when refused.
* ``lookalike`` (3): not a lead-time question (an entitlement, a length); with facts, passes when answered with
  them; without, passes when read as the base code reads it (compare the printed answers before and after).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35g_probe.py [-v]

Figures (main 3aaa907 -> branch qagate35) are in ``evals/probes/round35/README.md``. The documents are indexed into
temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "evals" / "probes" / "round35" / "qagate35_lead_time.jsonl"


def rows() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def docs_folder(name: str) -> Path | None:
    """The page folder a row is asked over: a corpus of the repository, or the shared handbook pages."""
    from assistant.evaluation.policy import shared_dir

    if name.startswith("shared/"):
        shared = shared_dir()
        return shared / name.removeprefix("shared/") if shared else None
    return ROOT / name


def run_all() -> list[dict]:
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    out = []
    for row in rows():
        docs = docs_folder(row["docs"])
        if docs is None:
            print(f"{row['id']}: shared/ not found; skipped", file=sys.stderr)
            continue
        result = answer(row["question"], handbook_settings(Settings(), docs, f"qa_round35g_{docs.parent.name}"))
        text = result.answer.casefold()
        facts = row["facts"]
        if facts:
            passed = result.answered and all(f.casefold() in text for f in facts)
        else:
            passed = not result.answered if row["expect"] == "abstain" else None
        out.append({"id": row["id"], "class": row["class"], "answered": result.answered, "passed": passed,
                    "question": row["question"], "answer": result.answer})
    return out


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    results = run_all()
    for kind in sorted({r["class"] for r in results}):
        group = [r for r in results if r["class"] == kind]
        print(f"{kind}: answered {sum(r['answered'] for r in group)}/{len(group)}, "
              f"passed {sum(bool(r['passed']) for r in group)}/{len(group)}")
    print(f"all: passed {sum(bool(r['passed']) for r in results)}/{len(results)}")
    for r in results:
        if verbose or not r["passed"]:
            print(f"  {'ok ' if r['passed'] else 'MISS' if r['passed'] is False else 'as-read'} {r['id']} [{r['class']}] {r['question']}\n"
                  f"       {r['answer'][:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
