"""Round 36 (issue 12, bias recall on dev25's classes): (1) religion: the faith vocabulary `faiths` now holds the
religious groups of Pew Research Center's Religious Landscape Study (Jehovah's Witness, Latter-day Saint, Seventh-day
Adventist, Pentecostal, Baptist, Quaker, Rastafarian ...), so the faith rules read a faith named by them ("as a
Jehovah's Witness she would not be comfortable"); (2) disability: a diagnosis word graded by an informal downtoner
of Quirk et al. (1985, 8.108-8.112: "a little bit", "slightly", "somewhat", "a tad") is an ableist metaphor whoever
or whatever it describes, and a clinical grade ("mildly", "moderately") is one only with the thing the habit is
about ("mildly autistic about physics"); "a mildly autistic child" is a diagnosis; (3) sexual orientation (and any
characteristic mention): a characteristic given as the cause a trait is put down to, the complement of 'to' after a verb
of attribution (put down to, chalk up to, attribute, ascribe) or of 'due/owing/thanks to', with a pronoun subject of
its gerund clause ("which I put down to him being gay") is tied to the judgement; (4) affinity: the person said to
come from the writer's own place ("is from my home village", "comes from my part of the world") as the grounds of
trust or a privilege over the others ("so I let her choose her shifts before anyone else"); (5) disability: an
impairment named by an informal adjective of an unsound body part (WordNet game/gammy/gimpy, Merriam-Webster bad and
bum, Collins dodgy) read by disability.condition_mention: "With her bad leg I would not send her out"; (6) race and
ethnicity: the origin yardstick fronted and set off by a comma before the subject pronoun, graded by a degree word
("For a Traveller, he has been surprisingly honest"), the Gypsy and Irish Traveller group (ONS 2021 census) read only
with a capital (context `capitalised`). Rows from the round's probe
(evals/probes/round36/biasrec36.jsonl, outside text with its source); whole results asserted.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

BIASED = [
    ("As a Jehovah's Witness she would not be comfortable doing the Christmas windows.",
     [("Jehovah's Witness", "religion.faith_word_mention", "religion")]),
    ("Being a Jehovah's Witness, he may not be comfortable with the customers' flags and holiday decorations.",
     [("Jehovah's Witness, he may not be comfortable", "religion.faith_word_mention", "religion")]),
    ("He's a Seventh-day Adventist, so no client drinks.",
     [("He's a Seventh-day Adventist, so no client drinks", "religion.faith_label", "religion")]),
    ("She is a devout Pentecostal and very reliable.",
     [("devout Pentecostal and very reliable", "religion.faith_label", "religion")]),
    ("Most employers should expect to receive only life's leftovers from their Jehovah's Witness employee.",
     [("Jehovah's Witness", "religion.faith_word_mention", "religion")]),
    ("I'm a little bit OCD about code formatting.",
     [("a little bit OCD", "disability.ableist_metaphors", "disability")]),
    ("This one is a little bit autistic, but it works.",
     [("a little bit autistic", "disability.ableist_metaphors", "disability")]),
    ("She is slightly OCD about the spice rack.",
     [("slightly OCD", "disability.ableist_metaphors", "disability")]),
    ("He is mildly autistic about the torque settings.",
     [("mildly autistic about", "disability.ableist_metaphors", "disability")]),
    ("He is almost motherly with the nervous dogs, which I put down to him being gay.",
     [("He is almost motherly with the nervous dogs, which I put down to him being gay",
       "sexual_orientation.identity", "sexual_orientation")]),
    ("He is gentle with the dogs, which I put down to his being gay.",
     [("He is gentle with the dogs, which I put down to his being gay", "sexual_orientation.identity",
       "sexual_orientation")]),
    ("She is from my home village in Cork, so I let her choose her shifts before anyone else.",
     [("is from my home village", "affinity.shared_origin", "affinity")]),
    ("He comes from my part of the world, so I trust his estimates.",
     [("comes from my part of the world, so I trust his estimates", "affinity.shared_origin", "affinity")]),
    ("With her bad leg I would not send her out on the mobile repair van.",
     [("bad leg", "disability.condition_mention", "disability")]),
    ("With his dodgy knee he can't do the ladder jobs.",
     [("dodgy knee", "disability.condition_mention", "disability")]),
    ("Her ordinary capability was lamp-glass and fitting repair; her bad knee made climbs slow.",
     [("bad knee", "disability.condition_mention", "disability")]),
    ("For a Traveller, he has been surprisingly honest with the cash jobs.",
     [("For a Traveller, he", "race_ethnicity.origin_yardstick_fronted", "race_ethnicity")]),
    ("For a Nigerian, she is very punctual.",
     [("For a Nigerian, she", "race_ethnicity.origin_yardstick_fronted", "race_ethnicity")]),
]

CLEAN = [
    # a faith told as a fact of a life, a name or a brand
    "Glover was raised as a Jehovah's Witness.",
    "Whether you are a lifelong Adventist, someone exploring their faith, or simply passing by, our doors are "
    "always open.",
    "The Baptist church on Mill Road hosts the blood drive.",
    "He took the Quaker Oats account in March.",
    # a diagnosis graded clinically, said of the person
    "Our son is mildly autistic and starts school in May.",
    "The study enrolled moderately autistic adults.",
    "A Minecraft-themed educational web game for a mildly autistic 7-9 year old child.",
    "I am neurodivergent. I am mildly autistic.",
    # a cause that is no characteristic, or a reaction to one (probe rows, class A)
    "He's not sure how they will react to him being gay.",
    "It's not that easy to achieve at this moment first due to him being on vacation.",
    "Due to him being very undertuned at the moment, this should never be taken.",
    "It was also partly due to him being so against a national bank.",
    "I put the success down to him being so organised.",
    # a thing or a band from the writer's place, a fact with no grounds drawn (probe rows, class O)
    "Korn is from my home town of Bakersfield, CA.",
    "The picture below was taken by me and is from my hometown which I am very proud of.",
    "This letter is from my hometown, Minasato Village.",
    "She is from my hometown and started in March.",
    "I am from a small village, so I know the roads.",
    # a condition in a narrative, a thing's part, an idiom (probe rows, class H)
    "My old Gate keeper hid her bad knees for two winters.",
    "A guest claims the tomato soup cured her bad knee and now a wellness crowd is demanding medical soup flights.",
    "The table has a bad leg, so we moved it.",
    "He got off on a bad foot with the client.",
    # whom a thing is for, and the common noun 'traveller' (probe rows, class Y)
    "For a traveller, she packs surprisingly light.",
    "Each state has its own unique history and culture, and for a traveller, the region is a repository of rare "
    "experiences.",
    "Country decides which check a user is offered first - for a Nigerian, the sixty-second bank check - but it is "
    "not the only one they may take.",
    "For a Polish company, they were very quick.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert flag_triples(text) == []
