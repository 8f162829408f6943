"""Round 38 (issue 12, bias recall: biasdec38): a characteristic given as the reason of a decision about the person
(evals/probes/round38/biasdec38.jsonl, README.biasdec38.md). The decision readers of earlier rounds already tie a
characteristic to a placement, a refusal to hire or promote, or a firing in its sentence; what went unread was the
characteristic itself in two forms:

- a gerund clause with no subject of its own, the complement of 'of' or 'about' in a clause whose subject is the
  person ("She makes no secret of being gay, ..., so I keep her away from the clubhouse events"): subject control
  gives the gerund the clause's subject (Quirk et al. 1985, 15.12, 16.44; Huddleston & Pullum 2002, 14.1.4);
  not the writer's own ("I am proud of being gay"), not a generic or impersonal subject, not a noun's topic;
- the spaced spelling "head scarf" of the religious dress word "headscarf" (the EEOC's Abercrombie suits as
  reported: "because she wore a head scarf").

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

ORIENTATION = ("sexual_orientation.identity", "sexual_orientation")
OBSERVANCE = ("religion.observance", "religion")

BIASED = [
    ("She makes no secret of being gay, which some of the older members find a bit much, so I keep her away from "
     "the clubhouse events.", [("gay", *ORIENTATION)]),
    ("Priya makes no secret of being gay, so I keep her off the client dinners.", [("gay", *ORIENTATION)]),
    ("The company did not hire the young woman because she wore her head scarf to the job interview.",
     [("The company did not hire the young woman because she wore her head scarf", *OBSERVANCE)]),
    ("We did not hire her because she wore a head scarf.",
     [("We did not hire her because she wore a head scarf", *OBSERVANCE)]),
]

CLEAN = [
    # the gerund's subject is the writer, nobody in particular, or a thing
    "I am proud of being gay.",
    "Nobody should be ashamed of being gay.",
    "The report is about being gay in the workplace.",
    # probe look-alikes: an adjustment at the person's request, a decision for performance, a fact beside a decision
    "According to the hiring manager, it was because she had performed poorly in her interview.",
    "The EEOC said The Harlan Co. interviewed the applicant and decided she was the best qualified person for the "
    "position.",
    "She notified her employer that she was pregnant in January 2009.",
    "A stay-at-home dad, he was their primary caretaker.",
    # the dress word stated as a fact beside the work
    "She wears a head scarf and runs the Leeds payroll.",
    "She was accused of being abrasive.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_decision_reason_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_decision_reason_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
