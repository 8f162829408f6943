"""Build ``assistant/data/gendered_person_nouns.txt``: common nouns that name a person by their sex.

A noun whose first (most frequent) sense in Princeton WordNet 3.0 is female_person (09619168, "a person who belongs
to the sex that can have babies") or male_person (09624168, "a person who belongs to the sex that cannot have
babies"), or lies below one of them (hypernym pointers ``@``, ``@i``), names someone as a woman, a girl, a man or a
boy: schoolgirl, housewife, spinster, matron, tomboy, lass, schoolboy, bloke, lad, gentleman. Kept only when it is in
``assistant/data/person_nouns.txt`` (its first and most senses name a person; in SCOWL's word lists; not a word used
more as a verb or an adjective), so rare senses ("antique", "stiff", "broad") stay out; a compound ("mama's_boy",
"little_girl") is kept when ``data.noun`` writes it in lower case (a common noun, not a name: "Eva_Braun") and does
not open with an age word ("old_man", "young_woman": the age rules read those, ``AGE_WORDS``); kin nouns, "fellow",
terms of address and nouns whose simile names a thing are left out (``LEFT_OUT``).

The bias checker reads such a noun as the standard of a simile said of a colleague ("as jumpy as a nervous
schoolgirl", "fussed like a spinster"): a trait put on the person through a gender stereotype
(rules gender_coded.gendered_simile and gender_coded.gender_exception).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_gendered_person_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "gendered_person_nouns.txt"
PERSONS = ROOT / "assistant" / "data" / "person_nouns.txt"
FEMALE_PERSON, MALE_PERSON = "09619168", "09624168"
# Left out: kin nouns, whose simile is a family tie, not a gender ("treats him like a son": favouritism); "fellow",
# neutral in current use ("like a fellow traveller"); terms of address (sir, monsieur); nouns whose simile names a
# thing or an event more than a person (brownie, knockout, eyeful, macaroni, buster, shaver, amazon).
LEFT_OUT = {"son", "daughter", "stepfather", "fellow", "sir", "monsieur", "brownie", "knockout", "eyeful", "macaroni",
            "buster", "shaver", "amazon"}
# Compounds opening with an age word ("old_man", "young_woman", "old_maid") name an age as well as a sex; the age
# rules read them (the bias checker's age.* rules), so they are left out.
AGE_WORDS = ("old_", "young_")
HEADER = """\
# Common nouns whose most frequent sense names a person by sex (built by scripts/build_gendered_person_nouns.py; see
# its docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun):
# one-word lemmas whose first synset is female_person (09619168) or male_person (09624168) or lies below one of
# them, kept when in assistant/data/person_nouns.txt (a compound, "little_girl", when data.noun writes it in lower
# case, not a name, and not opening with "old" or "young"); kin nouns, "fellow", terms of address and nouns whose
# simile names a thing left out (the script's LEFT_OUT).
""" + wordnet_io.WORDNET_LICENCE


def lower_case_compounds(folder: Path) -> set[str]:
    """The multiword noun lemmas ``data.noun`` writes in lower case (common nouns, not names: "little_girl", not
    "Eva_Braun")."""
    out = set()
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        for n in range(int(parts[3], 16)):
            word = parts[4 + 2 * n]
            if "_" in word and word == word.lower() and word.replace("_", "").replace("'", "").isalpha():
                out.add(word)
    return out


def gendered_person_nouns(folder: Path) -> list[str]:
    persons = {w for line in PERSONS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
               for w in line.split()}
    compounds = lower_case_compounds(folder)
    up = wordnet_io.hypernyms(folder)
    anchors = {FEMALE_PERSON, MALE_PERSON}
    return sorted(lemma for lemma, offsets in wordnet_io.index_entries(folder)
                  if (lemma in persons or lemma in compounds) and lemma not in LEFT_OUT
                  and not lemma.startswith(AGE_WORDS)
                  and wordnet_io.below(offsets[0], anchors, up))


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, gendered_person_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
