"""Build ``assistant/data/first_sense_synonyms.txt``: one-word synonyms that share their first sense.

Two one-word lemmas of one part of speech are listed together when Princeton WordNet 3.0 puts them in one synset
that is the *first* (most frequent) sense of each ("react" and "respond": synset 00717358 is the first verb sense of
both). A word's first sense is what it means in most text, so a question writing one word and a policy writing the
other speak of the same thing; a synonym only by a rarer sense ("vacation" and "holiday": the first sense of
"holiday" is a day off by law) is left out, and so is a word used more often in another part of speech (SemCor
tag counts of ``cntlist.rev``): "state" is mostly a noun, so it does not stand for the verb "tell". Verbs and adverbs only ("away" and "off": 00232936): how a question asks (what one must do, how soon, whether
one is away) is paraphrased freely, but its nouns and adjectives name and sort the asked thing, and a policy naming a
noun's WordNet synonym often means another thing ("engineering" the department for "technology", "holiday" the
public holiday for "vacation"); they stay exact. Lower-case alphabetic lemmas only.

Each line: ``synset_offset<TAB>pos<TAB>word word ...`` (the words of one synset that have it as their first sense).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_first_sense_synonyms.py WORDNET_DIR

WORDNET_DIR holds ``index.{noun,verb,adj,adv}`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "first_sense_synonyms.txt"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
LISTED = ("v", "r")  # the parts of speech listed (nouns and adjectives name and sort the asked thing: kept exact)
HEADER = """\
# One-word verbs and adverbs sharing their first sense (built by scripts/build_first_sense_synonyms.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / .verb / .adj / .adv, cntlist.rev): the
# lower-case one-word lemmas whose first synset is the synset on the line, used in its part of speech most (SemCor). Line: offset<TAB>pos<TAB>words.
# WordNet 3.0 Copyright 2006 by Princeton University. Licence: "Permission to use, copy, modify and distribute this
# software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided
# that you agree to comply with the following copyright notice and statements, including the disclaimer, and that
# the same appear on ALL copies of the software, database and documentation, including modifications that you make
# for internal use or for distribution."
"""


def usage(folder: Path) -> dict[tuple[str, str], int]:
    """SemCor tag counts per (lemma, part of speech) from ``cntlist.rev`` (adjective satellites as adjectives)."""
    counts: dict[tuple[str, str], int] = {}
    kinds = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    for line in (folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _sense, count = line.split()
        lemma, _, sense = key.partition("%")
        pos = kinds[sense[0]]
        counts[(lemma, pos)] = counts.get((lemma, pos), 0) + int(count)
    return counts


def synonym_sets(folder: Path) -> list[tuple[str, str, list[str]]]:
    tagged = usage(folder)

    def dominant(lemma: str, pos: str) -> bool:  # used in this part of speech at least as often as in any other
        own = tagged.get((lemma, pos), 0)
        return all(tagged.get((lemma, other), 0) <= own for other in POS.values() if other != pos)

    out = []
    for name, pos in POS.items():
        first: dict[str, list[str]] = {}
        for lemma, offsets in wordnet_io.index_entries(folder, name):
            if lemma.isalpha() and lemma.islower() and dominant(lemma, pos):
                first.setdefault(offsets[0], []).append(lemma)
        if pos in LISTED:
            out.extend((offset, pos, sorted(lemmas)) for offset, lemmas in first.items() if len(lemmas) > 1)
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    rows = synonym_sets(Path(argv[1]))
    OUT.write_text(HEADER + "".join(f"{o}\t{p}\t{' '.join(w)}\n" for o, p, w in rows), encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} synsets)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
