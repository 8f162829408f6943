"""Round 41 (issue 12, bias precision: biasprec41): a body, grooming, health or pregnancy word said of an animal is
the care of that animal (a groomer's, a farrier's, a vet nurse's work), not a remark on the person judged
(evals/probes/round41/biasprec41.jsonl, README.biasprec41.md). Who the word is said of is read by grammar
(assistant/analyzers/bias/animals.py): the animal noun it modifies, an animal's genitive or of/on phrase, the animal
subject of its predicate, a pronoun whose only candidate antecedent of its number is an animal, a fronted phrase
before an animal subject. The animal nouns are WordNet 3.0's (assistant/data/animal_nouns.txt).

Whole results asserted on the probe's half A (tuned on), its look-alikes included (the same words said of a person
keep every flag they had), and on guard sentences where an animal stands in the sentence but the word is the
person's.
"""

from __future__ import annotations

import pytest

from assistant.wordlists import animal_nouns
from tests.fixtures.bias import PROBES, flag_triples, probe_items

ROWS = {row["id"]: row["text"] for row in probe_items(PROBES / "round41" / "biasprec41.jsonl") if row["half"] == "A"}

# half A class rows clean on the branch (c10, c11 ... flagged on the base, 594ed25; the others were clean already)
CLEAN_A = ["bp41-c02", "bp41-c08", "bp41-c09", "bp41-c10", "bp41-c11", "bp41-c14", "bp41-c18", "bp41-c23", "bp41-c25",
           "bp41-c26", "bp41-c27", "bp41-c28", "bp41-c33", "bp41-c34"]

# half A look-alikes: the same words said of a person, flags as on the base (misses b01, b03, b08, b12, b17 are recall,
# another class)
LOOKALIKES_A = {
    "bp41-b02": [("wasn't fit", "affinity.not_a_fit", "affinity"),
                 ("lose weight", "appearance.body_remarks", "appearance")],
    "bp41-b04": [("lose weight", "appearance.body_remarks", "appearance")],
    "bp41-b07": [("lose weight", "appearance.body_remarks", "appearance")],
    "bp41-b09": [("her dreadlocks", "appearance.body_remarks", "appearance")],
    "bp41-b13": [("change her hairstyle", "appearance.grooming_demands", "appearance")],
    "bp41-b19": [("teeth", "appearance.body_and_grooming_mention", "appearance")],
}

# an animal in the sentence, the word the person's: an object animal before 'and' + a new predicate, a pronoun with a
# person candidate of its number (a name, an earlier 'her'), a noun phrase predicated of a person, a simile's animal
GUARDS = [
    ("She walks the dogs every day and has lost weight.", [("lost weight", "appearance.body_remarks", "appearance")]),
    ("The dogs love her, and she has put on weight.", [("put on weight", "appearance.body_remarks", "appearance")]),
    ("Marisol grooms the poodles, and she has put on weight since the spring.",
     [("put on weight", "appearance.body_remarks", "appearance")]),
    ("She looks after the horses, but she has lost weight and looks tired.",
     [("lost weight", "appearance.body_remarks", "appearance")]),
    ("He is a fat pig and slow on the floor.", [("fat", "appearance.looks", "appearance")]),
    # an animal as a simile's standard is no antecedent
    ("As stubborn as a mule, she has put on weight.", [("put on weight", "appearance.body_remarks", "appearance")]),
    ("Like a horse, she has put on weight this year.", [("put on weight", "appearance.body_remarks", "appearance")]),
]


@pytest.mark.parametrize("row", CLEAN_A)
def test_a_word_said_of_an_animal_is_clean(row: str) -> None:
    assert flag_triples(ROWS[row]) == []


@pytest.mark.parametrize(("row", "expected"), sorted(LOOKALIKES_A.items()))
def test_the_same_words_said_of_a_person_keep_their_flags(row: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(ROWS[row]) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_the_persons_own_body_beside_an_animal_stays_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


def test_what_is_left_on_half_a() -> None:
    # c03: the grooming sentence names the dog only after the flagged span; c16: 'medical issues' after an existential
    # 'there are no'; c24: the mare is the antecedent of 'her' from the sentence before
    assert [row for row in ("bp41-c03", "bp41-c16", "bp41-c24") if flag_triples(ROWS[row])] == [
        "bp41-c03", "bp41-c16", "bp41-c24"]


def test_the_animal_nouns() -> None:
    nouns = animal_nouns()
    assert {"horse", "mare", "dog", "poodle", "puppy", "pony", "foal", "cattle", "livestock", "pet", "animal"} <= nouns
    # a person sense first ("kid", "nurse", "worker"), a body sense ("calf", "paw") or a person sense where WordNet ranks
    # none ("ewe", after the Ewe people; "nanny", "hag") keeps a word out
    assert not {"kid", "nurse", "worker", "calf", "paw", "tail", "ewe", "nanny", "hag", "baby", "child"} & nouns
