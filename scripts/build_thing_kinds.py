"""Build ``assistant/data/thing_kinds.txt``: the words that name a thing asked about, or a kind of it.

A question names a thing in the asker's words ("the *trial period*", "my *paycheck*"); a handbook names it in its own,
often by the kind the organisation has ("probationary period", "salary"). Princeton WordNet 3.0 relates the two: the
lemmas of a noun's first (most frequent) synset are the same thing, the lemmas of that synset's direct hyponyms
(pointer ``~``, not the instance pointer ``~i``: names of people and places) are kinds of it, and an adjective
derivationally related to one of those lemmas (pointer ``+`` to an ``a``/``s`` synset, the lemma the pointer names)
names the kind in a compound ("probationary" of "probation"). A hypernym is never taken: a broader word ("leave" for
"sabbatical") names other things as well, the near-miss a must-abstain question asks about.

Kept: a lower-case lemma of ``index.noun`` (one word, or a compound joined by "_") whose words are all in
``assistant/data/common_words.txt``, with the related words that are lower-case and have every word in that list too;
a related noun lemma in ``assistant/data/non_kind_words.txt`` (used more as a verb, adjective or adverb: "found" of
"salary", "pass" of "leave") is left out, the derived adjectives are kept.
Line: lemma<TAB>words (compounds joined by "_"), sorted. Read by :func:`assistant.qa.check.kind_named`.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_thing_kinds.py WORDNET_DIR

WORDNET_DIR holds ``index.noun``, ``data.noun`` and ``data.adj`` (Debian package wordnet-base 1:3.0-37,
usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "thing_kinds.txt"
HEADER = """\
# The words naming a noun's thing or a kind of it (built by scripts/build_thing_kinds.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun / data.adj): per lemma,
# the other lemmas of its first synset, the lemmas of that synset's direct hyponyms (pointer "~") and the adjectives
# derivationally related to those lemmas (pointer "+"); words kept when in common_words.txt, nouns when not in
# non_kind_words.txt. Line: lemma<TAB>words.
""" + wordnet_io.WORDNET_LICENCE


def synsets(folder: Path, name: str) -> dict[str, tuple[list[str], list[tuple[str, str, str, str]]]]:
    """Per synset offset of ``data.<name>``: its lemmas and its pointers (symbol, offset, pos, source/target)."""
    out = {}
    for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [tuple(parts[at + 1 + 4 * i: at + 5 + 4 * i]) for i in range(int(parts[at]))]
        out[parts[0]] = (lemmas, pointers)
    return out


def build(folder: Path) -> list[str]:
    def read(name: str) -> frozenset[str]:
        lines = (ROOT / "assistant" / "data" / name).read_text(encoding="utf-8").splitlines()
        return frozenset(w for line in lines if not line.startswith("#") for w in line.split())

    common, non_kind = read("common_words.txt"), read("non_kind_words.txt")
    nouns, adjectives = synsets(folder, "noun"), synsets(folder, "adj")

    def usable(word: str) -> bool:
        return word.islower() and all(p.isalpha() and p in common for p in word.split("_"))

    def adjectives_of(offset: str, lemma_index: int) -> list[str]:
        found = []
        for symbol, target, pos, st in nouns[offset][1]:
            if symbol == "+" and pos in ("a", "s") and int(st[:2], 16) == lemma_index:
                words = adjectives[target][0]
                found.append(words[int(st[2:], 16) - 1].split("(")[0])
        return found

    lines = []
    for lemma, offsets in wordnet_io.index_entries(folder):
        if not usable(lemma):
            continue
        first = offsets[0]
        related: list[str] = [w for w in nouns[first][0] if w.lower() != lemma and w not in non_kind]
        for symbol, target, pos, _ in nouns[first][1]:
            if symbol == "~" and pos == "n":
                for i, word in enumerate(nouns[target][0], 1):
                    if word not in non_kind:
                        related.append(word)
                    related += adjectives_of(target, i)
        kept = sorted({w for w in related if usable(w) and w != lemma})
        if kept:
            lines.append(f"{lemma}\t{' '.join(kept)}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    lines = build(Path(argv[0]))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lemmas -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
