"""Round 38 (issue 12, bias recall: biasrec38b): a pejorative label for a person's mental health or faith that the
sourced lists did not carry (evals/probes/round38/biasrec38b.jsonl, README.biasrec38.md):

- "nutter" (disability.mental_illness_slang_nouns: See Change's 2018 poll of derogatory words for mental illness,
  beside "psycho" and "schizo"), not the surname inside a capitalised name ("Mayor Michael Nutter", "the Nutter
  Center", "Nutter Butter cookies"): a one-word match the name gazetteer lists as a surname, capitalised after a
  title, a rank or a first name, names a person (analyzers/bias/checker.py);
- "God botherer" (religion.slurs: Wikipedia's List of religious slurs, beside "Bible basher" and "Bible thumper").

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

NUTTER = "disability.mental_illness_slang_nouns"
SLURS = "religion.slurs"

BIASED = [
    ("If you haven't come across ESR he may be a bit of a nutter, but he is an extremely good psychologist.",
     [("nutter", NUTTER, "disability")]),
    ("Everyone in this game is a complete nutter.", [("nutter", NUTTER, "disability")]),
    ("One letter at a time please you absolute nutter!", [("nutter", NUTTER, "disability")]),
    ("She is a bit of a nutter about pitch marks.", [("nutter", NUTTER, "disability")]),
    ("He's a bit of a god botherer but I owe most of my PHP to him.", [("god botherer", SLURS, "religion")]),
    ("She has turned into a bit of a God-botherer.", [("God-botherer", SLURS, "religion")]),
    ("Those God-botherers are at it again.", [("God-botherers", SLURS, "religion")]),
]

CLEAN = [
    "Mayor of Philadelphia Michael Nutter, along with 2 members of Congress, was at the groundbreaking.",
    "Read a letter from Mayor Michael Nutter.",
    "Contacts: Marc Aeberhard (CEO), Michael Nutter, CFA (Chief Product Officer).",
    "She took tickets at the Nutter Center, Wright State University.",
    "Edward Sexton co-founded Tommy Nutter in 1969.",
    "The shake is blended with Cocoa Puffs and Nutter Butter cookies.",
    "Allows nomad-botherer to list, read, and plan jobs in the default namespace.",
    "She bothers the supplier every Monday about the late deliveries.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_label_nouns_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_label_nouns_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
