"""Round 36 (issue 12, bias recall from remarks people really made): three age forms found in EEOC press releases,
court summaries and news reports of age cases (evals/probes/round36/biasreal36a.jsonl, its README):

- a retirement question put to or about the person (age.retirement_question): a wh- or "why don't" question whose
  subject is you/he/she/they and whose verb is a future, habitual or negated retire, or staying on at work ("When
  will you retire?", "How long do you plan to continue to work?"). A past retirement asked about, a transitive
  retire and the person's own plan told as a statement stay clean;
- seniority as an excess or a preference for juniors (age.seniority_excess, age.junior_preference): "too senior",
  "too much experience" said of a person, "more junior" applicants after a verb of seeking (EEOC v. Exact Sciences);
- an age word in an epithet (age.old_epithet): "old" on a WordNet insult noun, or stacked after a trait of Hummert et
  al.'s (1994) negative stereotypes of older adults on a person noun ("grumpy old men").

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

QUESTION = "age.retirement_question"
EXCESS = "age.seniority_excess"
JUNIOR = "age.junior_preference"
EPITHET = "age.old_epithet"

BIASED = [
    # remarks as the sources quote them (probe rows b15, b16, b40, b02, b39, b05, b18)
    ("When will you retire? Why don't you retire at 65? What is the reason you don't retire?",
     [("When will you retire", QUESTION, "age"), ("Why don't you retire", QUESTION, "age"),
      ("What is the reason you don't retire", QUESTION, "age")]),
    ("When are you going to retire?", [("When are you going to retire", QUESTION, "age")]),
    ("How long do you plan to continue to work?", [("How long do you plan to continue to work", QUESTION, "age")]),
    ("The company was seeking more junior job applicants.", [("more junior job applicants", JUNIOR, "age")]),
    ("It's time you got rid of those old son of a bitches.", [("old son of a bitches", EPITHET, "age")]),
    ("You grumpy old men have to keep up.", [("grumpy old men", EPITHET, "age")]),
    # other surface forms of the same constructions
    ("When is she going to retire, so we can plan the handover?", [("When is she going to retire", QUESTION, "age")]),
    ("Why doesn't he retire and let someone else run the depot?", [("Why doesn't he retire", QUESTION, "age")]),
    ("When do you plan to retire, Joan?", [("When do you plan to retire", QUESTION, "age")]),
    ("What is the reason you are not retiring?", [("What is the reason you are not retiring", QUESTION, "age")]),
    ("The candidate is too senior for this role.", [("too senior", EXCESS, "age")]),
    ("You have too much experience for this job.", [("have too much experience", EXCESS, "age")]),
    ("She has way too much experience for an entry-level role.", [("has way too much experience", EXCESS, "age")]),
    ("We are looking for someone more junior.", [("someone more junior", JUNIOR, "age")]),
    ("The old bastard in stores lost the invoice again.", [("old bastard", EPITHET, "age")]),
    ("He is a stubborn old engineer who won't use Jira.", [("stubborn old engineer", EPITHET, "age")]),
]

CLEAN = [
    # outside look-alikes (probe rows n21 and its kind) and review sentences
    "He told her that he planned to retire in about five years when he would be eligible for Medicare.",
    "When did he retire from the railway?",
    "When will you retire the old servers?",
    "She mentors more junior engineers every week.",
    "He interviewed more junior candidates this spring than last.",
    "He moved into a more senior role in May.",
    "It took too much experience to get the rig right.",
    # outside text found after the rules were written (biasreal36a_precision_check.jsonl): a negated amount of a
    # skill, a listing's or a role's seniority, a thing retired
    "But don't take it from me tho, I don't have too much experience dealing with C# obfuscators.",
    "I've not too much experience with Python so if this is your area you'll probably cringe at my sloppy syntax.",
    "I did not have too much experience in Max before, and no Gen experience at all.",
    "Title/description signals that mark a listing as too senior for an entry-level candidate.",
    "e.g. wrong stack, comp too low, role too senior.",
    "Decide upfront: when will you retire this agent?",
    "The grumpy customer left a review.",
    "She replaced the old crank handle on the press.",
    "We carried the old bags to the car.",
    "He visited his old colleagues in Leeds.",
    "The EEOC chose the younger applicant because she had attended law school.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_age_remark_forms_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_age_remark_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
