"""Round 35 (issue 12, bias recall): a gendered person noun as the standard of a simile said of someone ("as jumpy as
a nervous schoolgirl", "cursed like an old woman", "cried like a little girl"), a trait called unusual for a sex
("unusual in a man") and two gender-norm labels of a man ("a mama's boy", "a real man's man").

The nouns are WordNet's (assistant/data/gendered_person_nouns.txt, built by scripts/build_gendered_person_nouns.py:
first sense below female_person or male_person); the frame is the simile's grammar (RuleContext.simile,
_Checker.simile_start): 'like' or 'as <word> as', a determiner, up to two modifiers, the noun. Sentences from the
round's probe (evals/probes/round35/biasrec35_gendered_simile.jsonl: outside text with its source) and short review
sentences; whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from assistant.wordlists import gendered_person_nouns


def _flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.rule, f.category) for f in check_bias(text).flags]


SIMILE = "gender_coded.gendered_simile"

BIASED = [
    # outside text (probe rows b01, b07, b11, b13)
    ("You seem like a nice girl, but I just ask that you dig a little deeper into what the document actually says",
     [("like a nice girl", SIMILE, "gender_coded")]),
    ("I could relate more than one story of a friend who, after slaving over their Varnish set-up for months, cried "
     "like a little girl when their site was hit by a load of traffic.",
     [("like a little girl", SIMILE, "gender_coded")]),
    ("But I do not like the site of a fighting man blushing like a schoolgirl.",
     [("like a schoolgirl", SIMILE, "gender_coded")]),
    ("I can't even say the word 'titmouse' without gigggling like a schoolgirl.",
     [("like a schoolgirl", SIMILE, "gender_coded")]),
    # review sentences: the equative, a compound noun of WordNet's, 'any'
    ("He can be as jumpy as a nervous schoolgirl around a hot colony.",
     [("as jumpy as a nervous schoolgirl", SIMILE, "gender_coded")]),
    ("She fusses over the labels like a spinster.", [("like a spinster", SIMILE, "gender_coded")]),
    ("She is as tough as any man on the crew.", [("as tough as any man", SIMILE, "gender_coded")]),
    ("He kept the yard binders like a fussy housewife.", [("like a fussy housewife", SIMILE, "gender_coded")]),
    # the sex as the yardstick of a trait
    ("He is almost motherly with the kittens, which is unusual in a man.",
     [("unusual in a man", "gender_coded.gender_exception", "gender_coded")]),
    ("She swears on the dock, which is rare for a girl.",
     [("rare for a girl", "gender_coded.gender_exception", "gender_coded")]),
    # gender-norm labels of a man (WordNet: mama's boy; Merriam-Webster: man's man)
    ("He is a bit of a mama's boy about the night rota.",
     [("mama's boy", "gender_coded.personality_labels", "gender_coded")]),
    ("Dev is a real man's man on the loading dock.",
     [("a real man's man", "gender_coded.personality_labels", "gender_coded")]),
]

CLEAN = [
    # animal and title standards (probe rows c01, c02, c17)
    "My grandmother is as wise as an owl.",
    "She was as nervous as a cat during the interview.",
    "The person who got into trouble with the police was both aggressive and as drunk as a lord.",
    # 'as a <noun>' of a role or a time, and a conjunction of time (c14, c15)
    "Legend says Gauss did it in his head as a schoolboy by spotting a shortcut.",
    "As a schoolgirl she kept bees with her grandmother.",
    "As soon as a man from the depot arrived, the lift was checked.",
    # a gendered noun with no simile (c05, c06, c07, c16)
    "Agriculture has always been a passion of mine since I was a little girl.",
    "I had entered on my studies at Oxford, while you were a good little girl working your sampler at home!",
    "John Reed was a schoolboy of fourteen years old; four years older than I, for I was but ten.",
    # the sexes compared as classes, a particular person, a possessive standard (c08 to c12)
    "A woman is just as good as a man",
    "To be considered half as good, a woman has to work twice as hard as a man.",
    "There is no good reason a woman cannot achieve just as much as a man if she wants",
    "You are as intelligent as this guy",
    "Let's talk about how a girl's brain is as good as a boy's.",
    # a real person after the noun, a thing after it, the verb 'like'
    "She spoke like a woman who had read every page of the contract.",
    "It was a schoolboy error in the cut list.",
    "The residents would like a nanny for the weekend club.",
    # a trait unusual for a thing, or for a particular man
    "A late delivery is unusual for a supplier this size.",
    "It is rare for a man who runs three depots to answer every email.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_gendered_similes_and_sex_yardsticks_are_flagged(text: str, expected: list) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_other_standards_roles_and_comparisons_of_the_sexes_stay_clean(text: str) -> None:
    assert _flags(text) == []


def test_the_bare_like_a_man_and_age_words_keep_their_older_rules() -> None:
    # same span, higher severity: gendered_language.gendered_comparison's category is kept (dev2-bias-011)
    assert _flags("She negotiated almost like a man.") == [
        ("like a man", "gendered_language.gendered_comparison", "gendered_language")]
    # a standard with an age word is the age rules' and the personality labels' (scripts/bias_round23_probe.py CJ)
    assert _flags("He answers tickets like an old man reading the newspaper.") == [
        ("old man", "age.nicknames", "age")]
    assert _flags("The TARDIS is a terrible rubbernecker — like a little old lady, she can't resist slowing down for a "
                  "gawp at a car crash in the next lane.") == [("old lady", "age.nicknames", "age")]
    assert _flags("That worm must have cursed like an old woman when he learned that his captives stole his ship.") == [
        ("like an old woman", "gender_coded.personality_labels", "gender_coded")]


def test_the_noun_list_is_wordnets_sex_nouns() -> None:
    nouns = gendered_person_nouns()
    for word in ("schoolgirl", "housewife", "spinster", "tomboy", "lass", "schoolboy", "lad", "gentleman",
                 "little girl", "mama's boy"):
        assert word in nouns
    # kin nouns, 'fellow', terms of address and thing-like senses are left out (the builder's LEFT_OUT)
    for word in ("son", "daughter", "fellow", "sir", "brownie", "knockout", "amazon", "old man", "young woman"):
        assert word not in nouns
    # nouns whose first sense is no person by sex
    for word in ("nurse", "teacher", "mother", "maid", "owl"):
        assert word not in nouns
