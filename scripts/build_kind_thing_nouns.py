"""Build ``assistant/data/kind_thing_nouns.txt``: common nouns that name a physical thing a people's name may classify.

Round 37 (biasfp37). An outdated ethnic label said of people ("the oriental guy in billing", "orientals", "he's a
gypsy") is the remark the rule `race_ethnicity.ethnic_labels` names (retext-equality race list; APA 7th 5.7). The same
adjective before a noun naming a thing is the thing's established name or kind: the Associated Press Stylebook
("Orient, Oriental": do not use for people; acceptable for things such as rugs), Merriam-Webster's usage note on
"Oriental" (dated or offensive of people; still used of things: rugs, cuisine), and WordNet 3.0's own compounds
(oriental_cockroach, oriental_poppy, oriental_plane, gypsy_moth, gypsy_cab, eskimo_dog, ghetto_blaster: none a person).
The bias checker reads the label before such a head as the thing's name (``_ThingChecks._names_a_kind``).

A one-word lower-case alphabetic lemma of Princeton WordNet 3.0 is listed when its first (most frequent) sense, and
at least half of its senses, lie in the lexicographer files of physical things: noun.animal (05), noun.artifact
(06), noun.food (13), noun.object (17), noun.plant (20), noun.substance (27) (``wordnet_io.nouns_mostly_in``); less
nouns with any sense in noun.person (18) or noun.body (08), and every word of the appearance rules' patterns and of
the vocabularies ``garments`` and ``body_parts`` (``build_artifact_nouns.appearance_words``), so that no word a
remark on a person's looks is made of ("hair", "skin", "dress") becomes a thing. Kept when SCOWL lists the word
(``assistant/data/common_words.txt``).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_kind_thing_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)
from build_artifact_nouns import appearance_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "kind_thing_nouns.txt"
PHYSICAL_FILES = frozenset([5, 6, 13, 17, 20, 27])  # animal, artifact, food, object, plant, substance
PERSON_FILE, BODY_FILE = 18, 8
HEADER = """\
# Common nouns naming a physical thing (built by scripts/build_kind_thing_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word lower-case
# lemmas whose first synset, and at least half of their synsets, lie in noun.animal, noun.artifact, noun.food,
# noun.object, noun.plant or noun.substance; less nouns with a noun.person or noun.body sense and the words of the
# appearance rules and the garments / body_parts vocabularies; kept when in common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def kind_thing_nouns(folder: Path) -> list[str]:
    lexfile = wordnet_io.lex_files(folder)
    known = wordnet_io.common_words(ROOT)
    appearance = appearance_words()
    offsets = dict(wordnet_io.index_entries(folder))
    return [w for w in wordnet_io.nouns_mostly_in(folder, PHYSICAL_FILES)
            if w in known and w not in appearance
            and not any(lexfile[o] in (PERSON_FILE, BODY_FILE) for o in offsets[w])]


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, kind_thing_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
