"""Round 36 (issue 12, bias recall on remarks people really made): a generic sentence whose bare plural subject is a
protected group and whose predicate judges it ("Not all Muslims are terrorists, but most are", "men are not reliable
caregivers", "immigrants stole American jobs": religion/gendered_language/race_ethnicity.group_generic, context
`predicated`), a stated preference for one sex ("he'd rather work with men than women":
gendered_language.sex_preference), and the ethnic slurs of Wikipedia's "List of ethnic slurs" that have no innocent sense
(race_ethnicity.ethnic_slurs). Biased rows and look-alikes from the round's probe
(evals/probes/round36/biasreal36b.jsonl, remarks quoted in EEOC suits and court filings, each with its source);
whole results asserted.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

BIASED = [
    # generic sentences about a group, judged in their own clause
    ("Not all Muslims are terrorists, but most are.",
     [("Muslims are", "religion.group_generic", "religion")]),
    ("Why do Muslims hate America?",
     [("Muslims hate", "religion.group_generic", "religion")]),
    ("Bob responded that men are not reliable caregivers.",
     [("men are", "gendered_language.group_generic", "gendered_language")]),
    # 'immigrants' is also an origin mention, which the judgement in its sentence already carries
    ("He complained that immigrants stole American jobs.",
     [("immigrants", "race_ethnicity.origin_mention", "race_ethnicity")]),
    ("Middle Easterners are lazy.",
     [("Middle Easterners are", "race_ethnicity.group_generic", "race_ethnicity")]),
    ("Mexicans are lazy, he told the crew.",
     [("Mexicans are", "race_ethnicity.group_generic", "race_ethnicity")]),
    ('He stated that the conflict between the two female employees was just "women being nasty."',
     [("women being", "gendered_language.group_generic", "gendered_language")]),
    # ethnic slurs as the names people were called
    ('He was called a "beaner" and a "border hopper" by the store manager.',
     [("beaner", "race_ethnicity.ethnic_slurs", "race_ethnicity"),
      ("border hopper", "race_ethnicity.ethnic_slurs", "race_ethnicity")]),
    ("The harassment included calling Jagodzinski a 'stupid Polack', a 'dumb Polack', and other offensive names.",
     [("Polack", "race_ethnicity.ethnic_slurs", "race_ethnicity"),
      ("Polack", "race_ethnicity.ethnic_slurs", "race_ethnicity")]),
    # a stated preference for one sex as colleagues, hires or bosses
    ("He also said he'd rather work with men than women any day.",
     [("rather work with men", "gendered_language.sex_preference", "gendered_language")]),
    ("We prefer male candidates for the yard.",
     [("prefer male candidates", "gendered_language.sex_preference", "gendered_language")]),
    ("He said he would never work for a woman.",
     [("never work for a woman", "gendered_language.sex_preference", "gendered_language")]),
    ("She was called a chink by her manager.",
     [("chink", "race_ethnicity.ethnic_slur_chink", "race_ethnicity")]),
]

CLEAN = [
    # a fact of law, count or practice told of the group: no judgement in the predicate
    "Women are underrepresented in engineering.",
    "Immigrants are protected under Title VII.",
    "Muslims are a protected group.",
    "Muslims pray five times a day, so we set aside the quiet room.",
    "Women were the majority of hires this year.",
    "The Muslims on the night shift asked for a later break.",
    "The men on the night shift finished early.",
    # a preference with no sex in it, and a count
    "She'd rather work with the data team than the sales team.",
    "He prefers to work with the night crew.",
    "There are more men than women in the warehouse.",
    # the innocent senses of 'chink'
    "We found a chink in the armour of their bid.",
    "A chink of light came through the blinds.",
    # probe look-alikes (outside text)
    "Rafiq was born in India and is a practicing Muslim.",
    "The hijab is a distinctive headscarf many Muslim women wear as an expression of their faith.",
    "Patricia explained that she would share childcare responsibilities with her husband.",
    "He requested that his colleagues respect his transition, refer to him using male pronouns, and keep the fact "
    "of his transition private.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_biased_remarks_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []


def test_judgement_word_after_a_clause_break_does_not_count() -> None:
    # the valence word sits in another clause: the generic sentence itself judges nothing
    assert flag_triples("Women are the majority of our drivers, and the crash rate fell.") == []
