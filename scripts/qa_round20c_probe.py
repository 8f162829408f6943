"""Outside probe for round 20 (AA): the asker's own situation, stated as a quantity, against a policy's
branches that are set by a threshold ("I've worked here for eight months" against "if you've been with
the company for less than 1 year, ..." / "... for over 1 year, ...", "Fewer than 3 years: ... / Between
3 and 15 years: ... / 15+ years: ...", "AEs taking LOA for a period less than 4-weeks ...").

The questions were written for this probe, before any change, over the pages of ``evals/handbooks2/docs``
(two public handbooks: github:basecamp/handbook, github:sourcegraph/handbook) and of
``shared/corpora/handbooks/docs`` (18F, GitLab, CivicActions public handbooks); none is taken from a question
file. Each question names the organisation and gives the asker's tenure, hours or length of leave; its fact
is a phrase of the branch that the stated quantity falls in (checked against the page). Classes:

* ``branch``: the stated quantity falls in one of two or more branches the page sets by a threshold.
* ``branch_kept``: the question states no quantity of the threshold's kind, or one the page never
  conditions on; the answer must keep its fact (the change must not disturb these).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round20c_probe.py [-v]

Prints per class how many answers hold the fact in their FIRST quote (the branch the asker is in
leads), then how many hold it anywhere. The documents are indexed into temporary folders. The 37signals
pages left ``evals/handbooks2/docs`` in round 21 (they carry no licence grant): the probes that name 37signals
are skipped, with a note, when none of its pages is there, so the figures of round 20 hold only on the round-20
tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANDBOOKS2 = ROOT / "evals" / "handbooks2" / "docs"

# (question, facts, class)
HANDBOOKS2_PROBES: list[tuple[str, list[str], str]] = [
    ("I've been at 37signals for three years and they're letting me go. What severance would I get?",
     ["2 weeks pay for every year"], "branch"),
    ("I joined 37signals five months ago and my contract is ending early. What severance payment is usual?",
     ["4 weeks pay"], "branch"),
    ("After 18 months at 37signals my employment is being terminated. How is my severance worked out?",
     ["2 weeks pay for every year"], "branch"),
    ("37signals is ending my contract after just 6 weeks with the company. Do I get any severance?",
     ["4 weeks pay"], "branch"),
    ("I'm a Sourcegraph account executive going on medical leave for three weeks. Is my commission covered?",
     ["less than 4-weeks"], "branch"),
    ("As an SDR at Sourcegraph I'll be on medical leave for four months. Is that eligible under the medical "
     "leave policy?", ["not eligible"], "branch"),
    ("I'll be on leave from Sourcegraph for a month. Can I still log in to Okta?",
     ["Okta account will be unavailable"], "branch"),
    ("I have a Sourcegraph expense from 120 days ago. Can I still get it reimbursed?",
     ["approval by Finance"], "branch"),
    ("What severance does 37signals offer if my contract is terminated?", ["severance"], "branch_kept"),
    ("How long do I have to file an expense report at Sourcegraph?", ["60 days"], "branch_kept"),
]

SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("I've worked for the federal government for 10 years. How much annual leave do I accrue at 18F?",
     ["6 hours per pay period"], "branch"),
    ("I'm in my second year of federal service at 18F. How fast does my annual leave build up?",
     ["4 hours per pay period"], "branch"),
    ("With 20 years in federal service, what is my annual leave accrual at 18F?",
     ["8 hours per pay period"], "branch"),
    ("At 18F I need a small accommodation for about two months. Do I have to go through the full RA process?",
     ["do not need to go through the full RA process"], "branch"),
    ("I work 20 hours a week at CivicActions. How much is my professional development budget?",
     ["prorated"], "branch"),
    ("I want three weeks of unpaid leave at 18F to extend my parental leave. Can I request it?",
     ["less than four weeks at any time"], "branch"),
    ("I'm on a PIP at CivicActions. Can I take two weeks of paid time off?", ["not approved while on a PIP"],
     "branch"),
    ("I've been at GitLab in Finland for 8 months. How many vacation days do I get?", ["2 weeks per year"],
     "branch"),
    ("I've been with GitLab in Finland for 2 years. What is my vacation entitlement?", ["30 days per year"],
     "branch"),
    ("How does annual leave accrue at 18F?", ["pay period"], "branch_kept"),
]


def lead_quote(answer: str) -> str:
    """The first quoted sentence of an offline answer ("" when it quotes nothing)."""
    start = answer.find("\u201c")
    end = answer.find("\u201d", start + 1)
    return answer[start + 1 : end] if start >= 0 and end > start else ""


def answer_all(probes: list[tuple[str, list[str], str]], docs: Path, name: str) -> list[tuple[str, str, list[str], str]]:
    """(class, question, facts, answer text or "" when refused) per probe, answered offline over ``docs``."""
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    local = handbook_settings(Settings(), docs, name)
    out = []
    for question, facts, kind in probes:
        result = answer(question, local)
        out.append((kind, question, facts, result.answer if result.answered else ""))
    return out


def run() -> list[tuple[str, str, list[str], str]]:
    """Every probe's answer over its pages (handbooks2, then the shared handbooks when present)."""
    probes = HANDBOOKS2_PROBES
    if not any(p.name.startswith("37signals-") for p in HANDBOOKS2.iterdir()):
        probes = [p for p in probes if "37signals" not in p[0]]
        print(f"{len(HANDBOOKS2_PROBES) - len(probes)} probes name 37signals, whose pages left "
              "evals/handbooks2/docs: skipped", file=sys.stderr)
    out = answer_all(probes, HANDBOOKS2, "qa_round20c_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is None:
        print("shared/corpora/handbooks not found: its probes are skipped", file=sys.stderr)
        return out
    return out + answer_all(SHARED_PROBES, shared / "corpora" / "handbooks" / "docs", "qa_round20c_shared")


def leads(facts: list[str], answer: str) -> bool:
    return bool(answer) and all(f.casefold() in lead_quote(answer).casefold() for f in facts)


def holds_all(facts: list[str], answer: str) -> bool:
    return bool(answer) and all(f.casefold() in answer.casefold() for f in facts)


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    results = run()
    for kind in sorted({r[0] for r in results}):
        rows = [r for r in results if r[0] == kind]
        print(f"{kind}: lead {sum(leads(r[2], r[3]) for r in rows)}/{len(rows)}, "
              f"anywhere {sum(holds_all(r[2], r[3]) for r in rows)}/{len(rows)}")
    print(f"all: lead {sum(leads(r[2], r[3]) for r in results)}/{len(results)}, "
          f"anywhere {sum(holds_all(r[2], r[3]) for r in results)}/{len(results)}")
    for kind, question, facts, text in results:
        passed = leads(facts, text)
        if verbose or not passed:
            print(f"  {'ok ' if passed else 'MISS'} [{kind}] {question}\n       {text[:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
