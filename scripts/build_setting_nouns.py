"""Build ``assistant/data/setting_nouns.txt``: common nouns that name a thing, a place, a dish or an event.

Round 40 (biasfp40). In a noun compound the first noun classifies the head after it, and the head says what the
phrase names (Quirk et al. 1985, 17.108ff): "the council's heritage trail", "heritage railways", "the town's heritage
gems" name a trail, railways and buildings, not anyone's origin; "a race track" is a track. A characteristic word of
the mention rules (heritage, background, origin, family, age ...) that modifies such a head is said of the thing, not of
a person (``assistant.analyzers.bias.things._ThingChecks._said_of_setting``).

A one-word lower-case alphabetic lemma of Princeton WordNet 3.0 is listed when its first (most frequent) sense lies in
one of the lexicographer files of things, places and events: noun.artifact (06: trail's second sense, railway,
building, museum, pub), noun.event (11: race, festival's kin), noun.food (13: stew), noun.location (15: site, centre,
home) or noun.object (17: trail, gem's kin); less nouns with a noun.person (18) or noun.body (08) sense among their
two most frequent senses, and every word of the appearance rules' patterns and of the vocabularies ``garments`` and
``body_parts`` (``build_artifact_nouns.appearance_words``), so that no word a remark on a person's looks is made of
becomes a thing. Kept when SCOWL lists the word (``assistant/data/common_words.txt``).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_setting_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)
from build_artifact_nouns import appearance_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "setting_nouns.txt"
SETTING_FILES = frozenset([6, 11, 13, 15, 17])  # artifact, event, food, location, object
PERSON_FILE, BODY_FILE = 18, 8
HEADER = """\
# Common nouns naming a thing, a place, a dish or an event (built by scripts/build_setting_nouns.py; see its
# docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word
# lower-case lemmas whose first synset lies in noun.artifact, noun.event, noun.food, noun.location or noun.object;
# less nouns with a noun.person or noun.body sense among their two most frequent senses and the words of the
# appearance rules and the garments / body_parts vocabularies; kept when in common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def setting_nouns(folder: Path) -> list[str]:
    lexfile = wordnet_io.lex_files(folder)
    known = wordnet_io.common_words(ROOT)
    appearance = appearance_words()
    out = []
    for word, offsets in wordnet_io.common_entries(folder, known, appearance):
        if lexfile[offsets[0]] in SETTING_FILES and not any(
                lexfile[o] in (PERSON_FILE, BODY_FILE) for o in offsets[:2]):
            out.append(word)
    return sorted(out)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, setting_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
