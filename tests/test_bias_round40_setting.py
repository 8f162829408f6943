"""Round 40 (issue 12, bias precision: biasfp40): a characteristic noun said of a thing, a place or an event
(evals/probes/round40/biasfp40.jsonl, its README).

Who owns a noun phrase is its determiner's business and what it names is its head's (Quirk et al. 1985, 5.115-5.116
and 17.108ff). A characteristic-mention word (heritage, background, origin ...) is the thing's, not a person's, when
its noun phrase is determined by 'its' or by the genitive of a common noun naming no person ("the town's heritage
gems", "the council's heritage trail"), when it is the first noun of a compound whose head names a thing, a place, a
dish or an event (WordNet 3.0: assistant/data/setting_nouns.txt) in a noun phrase no person owns ("the museum's
heritage railway"), when it is the complement of 'of' after such a noun ("trails of heritage"), or when it stands
capitalised inside a proper name ("Elsecar Heritage Railway") (``_ThingChecks._said_of_setting``).

The person's own heritage or background ("her heritage shows", "his Irish background", "someone with your
background", "Amir's heritage"), a head that may be the clause's verb ("His background trails behind him"), and a
family word before an errand ("leave early for daycare pickup", the family rules read no compound) keep their flags.
Whole results asserted.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

CLEAN = [
    # the dev29 tune paragraphs' sentence (dev29-bias-037 .. 044)
    "She also drew up a set of letter templates for the council's heritage trail with the designer, so the sixty "
    "finger posts now share one alphabet.",
    # probe rows, tune half (biasfp40 c13, c16, c36)
    "A useful thing (among many) that Heritage Open Days can bring out is linking buildings and creating trails of "
    "heritage.",
    "Running a guided walk on the day of an event is a great opportunity to let people know about the park or green "
    "space, including its heritage, wildlife value or a new restoration project that is taking place.",
    "The first week of June is National Volunteering Week - and as Elsecar Heritage Railway is run by a 100% "
    "voluntary team it is a cause to celebrate all our volunteers.",
    # other surface forms of the same construction
    "She also drew up a set of signs for the museum's heritage railway with the designer, so the stations now share "
    "one alphabet.",
    "She also drew up a set of labels for Elsecar Heritage Railway with the designer, so the stations now share one "
    "alphabet.",
    "He also repainted the Elsecar Heritage Railway station with the volunteers, so it reopened in May.",
]

BIASED = [
    ("That was a strong pitch for someone with your background.",
     [("background", "race_ethnicity.origin_mention", "race_ethnicity")]),
    ("She sold well, but her heritage shows in how she talks to clients, so I keep her off the big accounts.",
     [("She sold well, but her heritage", "race_ethnicity.origin_mention", "race_ethnicity")]),
    ("He is fine on the heritage tours, but his Irish background makes him too loud with the members.",
     [("background", "race_ethnicity.origin_mention", "race_ethnicity")]),
    ("His background trails behind him in every meeting, so I doubt he can lead the team.",
     [("background", "race_ethnicity.origin_mention", "race_ethnicity")]),
    ("Because of Amir's heritage trail of relatives abroad, he should not lead the client visits.",
     [("heritage trail of relatives abroad, he should not lead the client visits", "race_ethnicity.origin_mention",
       "race_ethnicity")]),
    # probe row, tune half (biasfp40 b02)
    ("A bank teller who alleged that her employment was terminated because she is of Mexican heritage can proceed "
     "with her race and national origin discrimination claims, a California appellate court ruled.",
     [("because she is of Mexican heritage can proceed with her race and national origin",
       "race_ethnicity.origin_mention", "race_ethnicity")]),
    # a family word before an errand stays the family rule's (dev2-bias-133)
    ("I know you have to leave early for daycare pickup, so thanks all the more for helping me with my report when I "
     "had to rush to the meeting.",
     [("daycare", "family_status.parenthood_mention", "family_status")]),
]


@pytest.mark.parametrize("text", CLEAN)
def test_characteristic_said_of_a_setting_clean(text: str) -> None:
    assert flag_triples(text) == []


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_the_persons_own_characteristic_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


def test_the_fisherman_flag_is_all_that_is_left_of_the_town_heritage_row() -> None:
    # biasfp40 c31: the town's heritage gems are buildings; the male role noun in the hospital's name is another rule's
    text = ("The Fisherman's Hospital in Great Yarmouth's Market Place is one of the town's heritage gems and one of "
            "the buildings that gets top billing on the guided walks that take place over the summer.")
    assert flag_triples(text) == [("Fisherman", "gendered_language.male_role_nouns", "gendered_language")]
