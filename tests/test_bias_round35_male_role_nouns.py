"""Round 35 (issue 12, bias recall, biasman35): role nouns marked male by "-man" ("storeman", "crewmen", "seaman",
"warehouseman", "patrolmen") and the staffing verb "man" ("fully manned", "short-manned", "unmanned", "manning
levels") are `gendered_language`, as the dev23/dev24 rulings label "fully manned" and "storeman" said of a woman and
the dev READMEs label gendered titles (dev3 "salesmen", dev22 "handyman", dev "foreman").

The nouns are WordNet 3.0's (assistant/data/male_role_nouns.txt, built by scripts/build_male_role_nouns.py: lemmas
in -man below person.n.01, not below male_person, written in lower case, with a gender-neutral synonym or a
"-woman" form) plus retext-equality's gender list and two job-title guides (storeman, crewman); the rule
gendered_language.male_role_nouns reads them as gendered_language.job_titles reads its titles. Kept clean: the
post or a licence named ("the storeman post", "her able-seaman ticket"), surnames inside a sentence ("Captain
Bowman"), "human", "manual", "German", "woman", "Newman", the neutral titles, a licence grade ("from the
journeyman"). Sentences from the round's probe (evals/probes/round35/biasman35.jsonl: outside text with its source)
and short review sentences; whole results asserted.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from assistant.wordlists import male_role_nouns


def _flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.rule, f.category) for f in check_bias(text).flags]


ROLE = "gendered_language.male_role_nouns"
VERB = "gendered_language.manpower"
GL = "gendered_language"

BIASED = [
    # dev24 and dev23 rulings (tune half), review sentences
    ("She is the best storeman the department has had.", [("storeman", ROLE, GL)]),
    ("The day boats are fully manned anyway.", [("fully manned", VERB, GL)]),
    ("We were short-manned on the night shift all week.", [("short-manned", VERB, GL)]),
    ("The cold store was undermanned again on Friday.", [("undermanned", VERB, GL)]),
    ("Ask the crewmen to secure the lines before the crossing.", [("crewmen", ROLE, GL)]),
    ("She is the most careful seaman on the boat.", [("seaman", ROLE, GL)]),
    # a capitalised title after a capitalised common noun announces no surname (only a title, rank or first name does)
    ("She was promoted to Site Foreman in May and runs the crew well.",
     [("Foreman", "gendered_language.job_titles", GL)]),
    # outside text (probe rows a04, a07, a09, a12)
    ("The storeman crucially handles inventory management, ensuring that all products are accounted for, logged "
     "correctly, and tracked regularly.", [("storeman", ROLE, GL)]),
    ("The Point Lonsdale Lighthouse is possibly the only manned lighthouse left in Australia.", [("manned", VERB, GL)]),
    ("Baily Lighthouse was the last Irish lighthouse to be unmanned, in 1997.", [("unmanned", VERB, GL)]),
    ("Sometimes called security officers, night watchmen, watchmen or patrolmen, security guards all essentially "
     "share the same responsibilities.",
     [("watchmen", "gendered_language.job_titles", GL), ("watchmen", "gendered_language.job_titles", GL),
      ("patrolmen", ROLE, GL)]),
]

CLEAN = [
    # the neutral titles and words with "man" inside (probe rows n02-n07, n12)
    "In this province, 23 lighthouses are manually staffed.",
    "If these light stations are only equipped with automatic equipment, than there will be no human presence to "
    "reach out.",
    "Storepersons receive, handle and dispatch goods and products coming into, or going out of, stockrooms, stores "
    "or warehouses.",
    "A Storekeeper exercises independent judgment in devising the most efficient and accurate methods for storing "
    "and issuing supplies.",
    # surnames inside a sentence (probe rows n08-n10)
    "Commanding an important unit of our forces in operations against enemy shore installations and air power, "
    "Captain Bowman maintained the fighting efficiency of his ship at a high state.",
    "On Jan. 4, 1945, Martin Bowman was serving as Deck Engineer aboard the S.S. Lewis Dyche.",
    "Paul Newman and Harry Truman sent the German team a manual.",
    # the post or a licence named, a licence grade (dev23 base paragraph, dev17 tune half)
    "Next season I want her to start the training for her able-seaman ticket.",
    "The storeman post was advertised in March.",
    "She bent the conduit runs with few corrections from the journeyman.",
    "The woman who manages the stores is on leave.",
    # a trade classification after a licence grade (round 29a probe, IBEW), a parent's trade in a family origin
    "She pulled and terminated the feeders with few corrections from the journeyman wireman.",
    "Professor Amyx was one of three sons of a nurseryman.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_male_role_nouns_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(text: str) -> None:
    assert _flags(text) == []


def test_lexicon_holds_roles_not_names_or_men() -> None:
    nouns = male_role_nouns()
    assert {"storeman", "storemen", "ferryman", "watchman", "seaman", "crewman", "warehouseman"} <= nouns
    assert not {"human", "woman", "german", "newman", "truman", "gentleman", "shaman", "freshman",
                "journeyman", "madman"} & nouns
