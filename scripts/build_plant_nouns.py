"""Build ``assistant/data/plant_nouns.txt``: common nouns that name a plant or a part of one, never a person.

Round 41 (dev30t41). An age adjective before a noun says how old the noun's referent is (Quirk et al. 1985, 7.20ff
the attributive adjective; 17.108ff the head of a noun phrase says what it names): "the young shoots in the frost
pocket", "the young trees", "young vines" tell a plant's age, not a person's, whoever is named earlier in the
sentence. The bias checker reads an age word before such a head as the plant's
(``assistant.analyzers.bias.things._ThingChecks._modifies_thing`` with ``heads``).

A one-word lower-case alphabetic lemma of Princeton WordNet 3.0 is listed when its first (most frequent) synset is or
lies below plant.n.02 (plant, flora, plant_life: 00017222) or plant_part.n.01 (plant_part, plant_structure: 13086908)
by hypernym pointers (``wordnet_io.below``), and none of its synsets is or lies below person.n.01 (00007846) unless the
synset spells the lemma capitalised: a proper name's sense (Tree.n.03, the actor Herbert Beerbohm Tree) is not the
common noun's. Less the words of the appearance rules and of the vocabularies ``garments`` and ``body_parts``
(``build_artifact_nouns.appearance_words``). Kept when SCOWL lists the word (``assistant/data/common_words.txt``). Each
listed lemma's irregular plurals from WordNet's ``noun.exc`` are listed with it ("leaves" for "leaf"), since a regular
plural's fold ("leave") would miss them.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_plant_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun``, ``data.noun`` and ``noun.exc`` (Debian package wordnet-base 1:3.0-37,
usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)
from build_artifact_nouns import appearance_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "plant_nouns.txt"
PLANT, PLANT_PART, PERSON = "00017222", "13086908", "00007846"
HEADER = """\
# Common nouns naming a plant or a part of one (built by scripts/build_plant_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun / noun.exc): one-word
# lower-case lemmas whose first synset is or lies below plant.n.02 or plant_part.n.01, none with a common-noun sense
# below person.n.01; less the words of the appearance rules and the garments / body_parts vocabularies; kept when in
# common_words.txt; with their irregular plurals from noun.exc.
""" + wordnet_io.WORDNET_LICENCE


def _proper_sense(folder: Path, offset: str, word: str) -> bool:
    """Does the synset at ``offset`` spell ``word`` only capitalised (a proper name's sense)?"""
    spelt = [m for m in wordnet_io.synset_members(folder, offset, "noun") if m.lower() == word]
    return bool(spelt) and all(m != word for m in spelt)


def plant_nouns(folder: Path) -> list[str]:
    up = wordnet_io.hypernyms(folder)
    known = wordnet_io.common_words(ROOT)
    appearance = appearance_words()
    out = set()
    for word, offsets in wordnet_io.common_entries(folder, known, appearance):
        if not wordnet_io.below(offsets[0], {PLANT, PLANT_PART}, up):
            continue
        if any(wordnet_io.below(o, {PERSON}, up) and not _proper_sense(folder, o, word) for o in offsets):
            continue
        out.add(word)
    for line in (folder / "noun.exc").read_text(encoding="utf-8").splitlines():
        form, *lemmas = line.split()
        if form.isalpha() and any(lemma in out for lemma in lemmas):
            out.add(form)
    return sorted(out)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, plant_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
