"""Outside probe for round 35 (QR, letter r): yes/no benefit questions whose paying verb takes an object followed by
an adjunct ("Will X pay *my hotel* for a conference talk?", "Does X pay *overtime* for team retreats?"), and their
look-alikes.

28 questions written for this probe and labelled before the change ran on them
(``evals/probes/round35/qarefuse35_benefit_object.jsonl``, a source and the sentence checked per row), over public
handbook pages of other organisations than the tuning halves' refusals (Osio Labs and Sourcegraph pages of
``evals/handbooks2/docs``, Clef and Leaf pages of ``evals/handbooks3/docs``, CivicActions pages of
``shared/corpora/handbooks/docs``); none is taken from a question file. Classes:

* ``object_adjunct`` (13): the page names the object (the thing asked about); passes when answered with every fact.
* ``object_adjunct_abstain`` (7): the object is a thing the pages never give, while the adjunct's words stand on
  them (team retreats, teammate gatherings, business travel): passes when refused.
* ``lookalike`` (8): no object before the preposition ("pay *for* my laptop repairs"), people or a value word as
  the object ("reimburse *employees* for ...", "the full *cost* of ..."), two objects joined ("the flights and
  hotel"): the words after the preposition name the thing, read as before the change.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35r_probe.py [-v]

Figures (main 5a711c1 -> branch qarefuse35) are in ``evals/probes/round35/README.md``. The documents are indexed into
temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "evals" / "probes" / "round35" / "qarefuse35_benefit_object.jsonl"


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
        result = answer(row["question"], handbook_settings(Settings(), docs, f"qa_round35r_{docs.parent.name}"))
        text = result.answer.casefold()
        facts = row["facts"]
        passed = (result.answered and all(f.casefold() in text for f in facts)) if facts else not result.answered
        out.append({"id": row["id"], "class": row["class"], "answered": result.answered, "passed": passed,
                    "question": row["question"], "answer": result.answer})
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
