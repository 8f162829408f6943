"""Build ``assistant/data/animal_nouns.txt``: common nouns that name an animal (a horse, a mare, a puppy, a ewe).

Round 41 (biasprec41). A body, grooming, health or pregnancy word is a remark on the person judged only when it is
said of a person: said of an animal ("the animal's curly hair", "if your horse is old", "Pregnant mares should
...", "the puppy had gained weight") it is the care of that animal, the work of groomers, farriers, stable hands and
veterinary staff (O*NET 29-2056.00, 39-2021.00). The bias checker reads who such a word is said of
(``_AnimalChecks._said_of_animal``) and needs the nouns that name an animal.

A one-word lower-case alphabetic lemma of Princeton WordNet 3.0 is listed when one of its synsets is or lies below
animal.n.01 ('a living organism characterized by voluntary movement', offset 00015388), and either its most frequent
sense is such a synset or WordNet ranks none of its senses by tagged frequency (tagsense_cnt 0: "ewe", "donkey",
whose listed order says nothing); less nouns whose most frequent sense, or with no ranking any sense, is a person
(noun.person: "kid", "stud", "worker", "nurse"; "nanny", "hag", "sitter", "ewe" after the Ewe people) and nouns with any noun.body sense ("calf", "paw", "tail": a person's body part too), and every
word of the appearance rules' patterns and the vocabularies ``garments`` and ``body_parts``
(``build_artifact_nouns.appearance_words``). Kept when SCOWL lists the word (``assistant/data/common_words.txt``).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_animal_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)
from build_artifact_nouns import appearance_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "animal_nouns.txt"
ANIMAL = "00015388"  # animal.n.01
PERSON_FILE, BODY_FILE = 18, 8
HEADER = """\
# Common nouns naming an animal (built by scripts/build_animal_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word lower-case
# lemmas with a synset at or below animal.n.01 that is their most frequent sense, or any such synset when no sense
# is ranked by tagged frequency; less nouns one of whose possibly most frequent senses is in noun.person, nouns with
# a noun.body sense and the words of the appearance rules and the garments / body_parts vocabularies; kept when in
# common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def animal_nouns(folder: Path) -> list[str]:
    lexfile = wordnet_io.lex_files(folder)
    up = wordnet_io.hypernyms(folder)
    tagged = wordnet_io.tagged_sense_counts(folder)
    known = wordnet_io.common_words(ROOT)
    appearance = appearance_words()
    out = []
    for word, offsets in wordnet_io.common_entries(folder, known, appearance):
        ranked = offsets[:1] if tagged[word] else offsets  # the senses that may be the most frequent one
        if any(lexfile[o] == PERSON_FILE for o in ranked) or any(lexfile[o] == BODY_FILE for o in offsets):
            continue
        if any(wordnet_io.below(o, {ANIMAL}, up) for o in ranked):
            out.append(word)
    return sorted(out)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, animal_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
