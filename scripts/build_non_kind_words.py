"""Build ``assistant/data/non_kind_words.txt``: words that name no kind of thing before a noun.

A word before a noun either names a kind of the noun's thing ("*pet* insurance", "*referral* bonus", "*dental*
insurance", "*wedding* leave") or does something else: a verb ("provides insurance", "covers insurance"), a
quality or state ("*unused* holiday", "*paid* leave", "*extra* days"). The Q&A reads a compound of the question
whose kind word the answering document never writes, beside a quote naming the same noun after another kind word,
as a thing the documents do not cover (``assistant.qa.check.sibling_compound``); the words listed here are never
such a kind word.

Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, ``index.noun``/``index.verb``/``index.adj``/
``index.adv``, ``cntlist.rev``, ``data.adj``, ``verb.exc``/``adj.exc``). A one-word lower-case alphabetic lemma is
listed when its noun uses are fewer than its verb, adjective or adverb uses (the SemCor tag counts of its senses in
``cntlist.rev``, or its sense counts when none of its senses is tagged: ``cover`` 26 noun, 126 verb tags; ``unused``
no noun; ``drug`` 30 noun, 1 verb tags stays a kind) and it is no relational adjective (an adjective with a pertainym pointer, ``\\``:
"dental", "parental", "medical" name kinds); with each lemma its inflected forms (verbs: -s, -ed, -ing and the
irregular forms of ``verb.exc``; adjectives: the forms of ``adj.exc``) when the form is no lemma of its own whose
noun senses are not fewer. Only words of ``assistant/data/common_words.txt`` (SCOWL) are kept.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_non_kind_words.py WORDNET_DIR
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "non_kind_words.txt"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def senses(wordnet: Path) -> dict[str, Counter]:
    """Sense counts per part of speech of each one-word lower-case alphabetic lemma."""
    out: dict[str, Counter] = {}
    for name, tag in POS.items():
        for line in (wordnet / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            if parts[0].isalpha() and parts[0].islower():
                out.setdefault(parts[0], Counter())[tag] += int(parts[2])
    return out


def tag_counts(wordnet: Path) -> dict[str, Counter]:
    """SemCor tag counts per part of speech of each lemma (``cntlist.rev``; adjective satellites as adjectives)."""
    out: dict[str, Counter] = {}
    tags = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    for line in (wordnet / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, sense = key.split("%")
        out.setdefault(lemma, Counter())[tags[sense[0]]] += int(count)
    return out


def relational(wordnet: Path) -> set[str]:
    """Adjectives with a pertainym pointer (``\\``) on one of their senses."""
    out: set[str] = set()
    for line in (wordnet / "data.adj").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        words = [parts[4 + 2 * i].lower().split("(")[0] for i in range(count)]
        at = 4 + 2 * count
        for k in range(int(parts[at])):
            if parts[at + 1 + 4 * k] == "\\":
                target = int(parts[at + 4 + 4 * k][2:], 16)
                out.update(w for j, w in enumerate(words) if target in (0, j + 1))
    return out


def verb_forms(verb: str) -> set[str]:
    """Regular -s, -ed and -ing forms of ``verb``."""
    if verb.endswith("e"):
        stem = verb[:-1]
        return {verb + "s", verb + "d", stem + "ing"}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return {verb + "es", verb + "ed", verb + "ing"}
    return {verb + "s", verb + "ed", verb + "ing"}


def main(wordnet: Path) -> int:
    counts = senses(wordnet)
    tagged = tag_counts(wordnet)
    for word, uses in tagged.items():
        if word in counts and sum(uses.values()):
            counts[word] = Counter({pos: uses[pos] for pos in "nvar" if counts[word][pos]})
    related = relational(wordnet)
    common = wordnet_io.common_words(ROOT)

    def names_no_kind(word: str) -> bool:
        c = counts.get(word)
        return c is not None and word not in related and c["n"] < max(c["v"], c["a"], c["r"])

    def kind_lemma(word: str) -> bool:
        c = counts.get(word)
        return c is not None and not names_no_kind(word)

    listed = {w for w in counts if names_no_kind(w)}
    irregular: dict[str, set[str]] = {}
    for name in ("verb", "adj"):
        for line in (wordnet / f"{name}.exc").read_text(encoding="utf-8").splitlines():
            form, *lemmas = line.split()
            for lemma in lemmas:
                irregular.setdefault(lemma, set()).add(form)
    for word in list(listed):
        forms = set(irregular.get(word, ()))
        if counts[word]["v"] and counts[word]["v"] > counts[word]["n"]:
            forms |= verb_forms(word)
        listed |= {f for f in forms if f.isalpha() and not kind_lemma(f)}
    kept = sorted(w for w in listed if w in common)
    header = ["# Words that name no kind of thing before a noun (verbs, qualities); scripts/build_non_kind_words.py",
              "# Source: Princeton WordNet 3.0 (Debian wordnet-base 1:3.0-37), filtered by SCOWL common_words.txt"]
    OUT.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
