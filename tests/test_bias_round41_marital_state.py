"""Round 41 (issue 12, bias recall: biasrec41): a marital state predicated of the person (single, unmarried, unwed,
divorced, widowed, separated, engaged, betrothed: WordNet 3.0 unmarried.a.01 and its satellites, betroth.v.01) given as
the grounds of a judgement of that same person (`family_status.marital_state`, evals/probes/round41/biasrec41.jsonl,
README.biasrec41.md):

- the state right after a link verb and the person ("she is engaged", "you're single", "he got engaged"), an adverb
  of time or negation at most between; a degree word ("fully engaged") or a complement ("engaged in", "separated
  from", "single-threaded", "single pilot") is another sense;
- the state takes part in the judgement (judgement linked: a clause of reason, or a consequence drawn after it);
- the person is referred to again outside the predication (judged_again, bias/restated.py): "Not required anymore
  because you're single", a form field's label, judges no one.

Whole results asserted, look-alikes included: the tune item dev17-bias-035's sentence, probe half A (tune) rows, and
the rule's examples.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

RULE = "family_status.marital_state"

BIASED = [
    # dev17-bias-035 (tune half): the sentence the tune miss was in
    ("Now that she is engaged, I expect she will want fewer hours next year.",
     [("engaged, I expect she will want fewer hours next year", RULE, "family_status")]),
    # probe half A, b08
    ("Maybe the issue is that you're just jealous because you're single. When you start dating someone, you'll "
     "understand.",
     [("Maybe the issue is that you're just jealous because you're single", RULE, "family_status")]),
    ("He is single, so he can cover the Christmas shifts.",
     [("single, so he can cover the Christmas shifts", RULE, "family_status")]),
]

CLEAN = [
    # probe half A look-alikes: a marital state told with no judgement, 'engaged' and 'single' in other senses
    "She is a widowed mother of two.",
    "Formerly a police officer, he is divorced and resides with his partner.",
    "She is fully engaged across the entire design spectrum: effortlessly moving from user research to product design.",
    "Now that she's engaged, build the dream.",
    "Just because you're single pilot doesn't mean you're on your own.",
    "This is safe today because you're single-threaded, but the API looks thread-safe (it uses SpinLock), so this is "
    "a trap for Phase 7+ when you add concurrent I/O.",
    "Reminder that connection exists outside romance: you're not alone just because you're single.",
    "Not required anymore because you're single",
    # the rule's examples
    "He is divorced and lives alone now.",
    "She will not check email during the meeting as she is fully engaged.",
    "She is engaged in the conversation, so I gave her the notes.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_round41_marital_state_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_round41_marital_state_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []

