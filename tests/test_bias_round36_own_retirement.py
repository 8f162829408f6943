"""Bias precision, round 36 second pass (biasfp36b): the person's own retirement told as a statement, and the
autism spectrum named after a person noun.

Three classes of false alarm on fresh clean outside paragraphs (evals/probes/round36/biasfp36b.README.md, half 1;
the third from biasfp36's set 2, reported in wave 1):

- the verb 'retire' in a declarative clause whose subject is the person, with only auxiliaries of tense and aspect in
  its verb group ("Susan will be retiring from UB", "in the next couple of years, he will retire"; Quirk et al. 1985,
  4.41-4.46), or the person looking forward to it: the person's own retirement told, not another's expecting or urging
  it (ADEA: the decision is the employee's; the EEOC names the asking and urging). ``_HolderChecks._own_retirement_told``.
  A modal of obligation or possibility, an asking verb or wh-word, a dismissal ('anyway'), a judgement cue or
  negation elsewhere in the sentence, or a judgement in the next sentence keeps the flag. The plain-future
  progressive of another clause ("Beth and Steve will be moving ...": the future as a matter of course, 4.46) is no
  cue.
- 'on the (autism) spectrum' right after a noun naming people ("individuals on the autism spectrum with meaningful
  work") is a postmodifier naming the condition in the style guides' person-first form (NCDJ; APA 7th 5.4), not the
  metaphor "a bit on the spectrum about details". ``_Checker._clinical_spectrum``.
- a health mention determined by a genitive whose head is a kin noun or one of the people served ("their family
  member's medical condition", "the residents' medical records"; Quirk et al. 1985, 5.115-5.116): the relative's or
  the patient's condition, not the person's. ``_Checker._relatives_genitive``. A relative's illness given as a reason
  stays with the family rules; a name or a colleague noun before the genitive is left to the rule.

Each case asserts the whole list of flags. The clean sentences are from the probe's outside paragraphs (or trimmed
from them); the biased look-alikes are from the round-35 retirement remarks (biasfp35c_retire rb03: "keeps saying he
will retire but hasn't") or written for these tests."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import PROBES, flagged_clean, flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean: the person's own retirement told as a statement
        ("Beth and Steve will be moving to be closer to grandkids in NC, and Susan will be retiring from UB and "
         "moving closer to family in PA.", []),
        ("Gordon has worked at least 15 years for this company and in the next couple of years, he will retire.", []),
        ("We are at once delighted and disheartened to announce that John Doe is retiring.", []),
        ("After working in the medical field for 22 years, she is retiring and doing something else with her life.",
         []),
        ("I have given notice at work that I am retiring.", []),
        ("She was looking forward to her retirement after 27 years in the high school office.", []),
        ("Vendor scorecards will be retiring at the end of the quarter.", []),
        # biased look-alikes: a dismissal, a judgement drawn from it, another's complaint, a negation, a next-sentence
        # judgement
        ("He will retire soon anyway.", [("age.age_mention", "retire")]),
        ("He will retire soon, so there is no point training him.", [("age.age_mention", "retire")]),
        ("He keeps saying he will retire but hasn't.", [("age.age_mention", "retire")]),
        ("Wendy is not retiring, despite having worked longer.", [("age.age_mention", "retiring")]),
        ("She will be retiring next year. So she is not the right pick for the new role.",
         [("age.age_mention", "retiring")]),
        ("He is too old for the hill routes and should think about retiring.", [("age.too_old", "too old")]),
        # the autism spectrum after a person noun is the condition's name
        ("The program provides individuals on the autism spectrum with meaningful work.", []),
        ("We hired two adults on the spectrum with accounting degrees.", []),
        # a health mention whose genitive is a relative's or a patient's: theirs, not the person's
        ("Hardegree stayed in constant contact with the family and kept them abreast of their family member's "
         "medical condition until at which time, they could come see her.", []),
        ("She read the residents' medical records before each shift and never missed a dose.", []),
        # a relative's illness as the reason stays with the family rules; the person's own condition stays flagged
        ("She has been distracted since her mother's medical condition got worse.",
         [("family_status.parenthood_mention", "mother")]),
        ("Ana's medical condition makes her unreliable on nights.", [("disability.health_remarks", "medical condition")]),
        ("Since his medical condition flared up he has been unreliable.",
         [("disability.health_remarks", "medical condition")]),
        # the metaphor said of someone stays flagged
        ("She is on the spectrum about data hygiene.", [("disability.ableist_metaphors", "on the spectrum about")]),
        ("Honestly he is so on the autism spectrum with his spreadsheets.",
         [("disability.ableist_metaphors", "on the autism spectrum with")]),
    ],
)
def test_own_retirement_and_spectrum(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


ROUND36 = PROBES / "round36"


def _flagged(name: str) -> list[str]:
    return flagged_clean(ROUND36 / name)


def test_halves_as_committed() -> None:
    """Half 1 (fixes written on it): 3 of 17 flagged on the base, 1 after (h1-09 "our Hispanic employees'
    contributions", a heritage-month celebration, left). Half 2, untouched until the end: see the README."""
    assert _flagged("biasfp36b_half1.jsonl") == ["bfp36b-h1-09"]
