"""Build ``assistant/data/first_sense_synonyms.txt``: one-word synonyms that share their first sense.

Two one-word lemmas of one part of speech are listed together when Princeton WordNet 3.0 puts them in one synset
that is the *first* (most frequent) sense of each ("react" and "respond": synset 00717358 is the first verb sense of
both). A word's first sense is what it means in most text, so a question writing one word and a policy writing the
other speak of the same thing; a synonym only by a rarer sense ("quit" and "leave": the first sense of "leave" is
to go away) is left out, and so is a word used more often in another part of speech (SemCor tag counts of
``cntlist.rev``): "state" is mostly a noun, so it does not stand for the verb "tell". All four parts of speech are
listed: a question in British English writes "holiday" and "ill" where a policy writes "vacation" and "sick"
(synset 15137890 is the first noun sense of both "holiday" and "vacation", 02541303 the first adjective sense of
"ill" and "sick", 14061805 the first noun sense of "illness" and "sickness"). Nouns whose first sense is an act or a field of knowledge (WordNet lexicographer
files noun.act and noun.cognition), a group (noun.group) or a person (noun.person) are left out: a handbook uses those
as the names of its departments, teams and roles ("the engineering team" for "technology", "marketing" for "selling",
a "director" who is not the "manager"), where the word names another thing than the asked one. Lower-case
alphabetic lemmas only.

A noun's word written as the last word of a WordNet compound that names another sense ("public holiday", "bank
holiday": synset 15199592, a day off by law, not under 15137890) names that other thing, not the synonym: each noun
line lists those compounds (multiword noun lemmas of lower-case words ending in one of the line's words whose first
synset is neither the line's synset nor a hyponym of it), and the Q&A does not read the synonym there. A compound
under the line's synset ("paid vacation") is a kind of the thing and is not listed.

Each line: ``synset_offset<TAB>pos<TAB>word word ...[<TAB>compound compound ...]`` (the words of one synset that
have it as their first sense, then, for a noun, the other-sense compounds on them, words joined by ``_``).

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
LISTED = ("n", "v", "a", "r")  # the parts of speech listed
# noun.act, noun.cognition, noun.group, noun.person: a handbook's department, team and role names (see the docstring)
UNLISTED_NOUN_FILES = frozenset({4, 9, 14, 18})
HEADER = """\
# One-word words sharing their first sense (built by scripts/build_first_sense_synonyms.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / .verb / .adj / .adv, cntlist.rev): the
# lower-case one-word lemmas whose first synset is the synset on the line, used in its part of speech most (SemCor); no
# noun whose first synset is in noun.act, noun.cognition, noun.group or noun.person. Line: offset<TAB>pos<TAB>words, then
# for a noun<TAB>the WordNet compounds ending in one of its words that name another sense (words joined by "_").
""" + wordnet_io.WORDNET_LICENCE


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


def hyponyms(folder: Path) -> dict[str, list[str]]:
    """The hyponyms (``~`` and instance ``~i`` pointers) of each noun synset of ``data.noun``."""
    below: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        at = 4 + 2 * int(fields[3], 16)  # after offset, lex file, pos, word count and the (word, lex id) pairs
        for i in range(int(fields[at])):
            symbol, target = fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]
            if symbol in ("~", "~i"):
                below.setdefault(fields[0], []).append(target)
    return below


def other_sense_compounds(offset: str, lemmas: list[str], below: dict[str, list[str]],
                          compounds: dict[str, list[tuple[str, str]]]) -> list[str]:
    """The multiword noun lemmas ending in one of ``lemmas`` whose first synset is neither ``offset`` nor under it."""
    under, todo = {offset}, [offset]
    while todo:
        for child in below.get(todo.pop(), ()):
            if child not in under:
                under.add(child)
                todo.append(child)
    return sorted(c for lemma in lemmas for c, first in compounds.get(lemma, ()) if first not in under)


def synonym_sets(folder: Path) -> list[tuple[str, str, list[str], list[str]]]:
    tagged = usage(folder)

    def dominant(lemma: str, pos: str) -> bool:  # used in this part of speech at least as often as in any other
        own = tagged.get((lemma, pos), 0)
        return all(tagged.get((lemma, other), 0) <= own for other in POS.values() if other != pos)

    noun_files = wordnet_io.lex_files(folder)
    below = hyponyms(folder)
    compounds: dict[str, list[tuple[str, str]]] = {}  # last word -> (compound, its first synset)
    for lemma, offsets in wordnet_io.index_entries(folder, "noun"):
        parts = lemma.split("_")
        if len(parts) > 1 and all(p.isalpha() and p.islower() for p in parts):
            compounds.setdefault(parts[-1], []).append((lemma, offsets[0]))
    out = []
    for name, pos in POS.items():
        first: dict[str, list[str]] = {}
        for lemma, offsets in wordnet_io.index_entries(folder, name):
            if pos == "n" and noun_files[offsets[0]] in UNLISTED_NOUN_FILES:
                continue
            if lemma.isalpha() and lemma.islower() and dominant(lemma, pos):
                first.setdefault(offsets[0], []).append(lemma)
        if pos in LISTED:
            out.extend((offset, pos, sorted(lemmas),
                        other_sense_compounds(offset, lemmas, below, compounds) if pos == "n" else [])
                       for offset, lemmas in first.items() if len(lemmas) > 1)
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    rows = synonym_sets(Path(argv[1]))
    lines = ["\t".join([o, p, " ".join(w), *([" ".join(c)] if c else [])]) + "\n" for o, p, w, c in rows]
    OUT.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} synsets)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
