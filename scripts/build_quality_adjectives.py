"""Build ``assistant/data/quality_adjectives.txt``: words used mostly as adjectives of quality or quantity.

Before a noun such a word says how much or what the thing is like ("the *full* cost", "an *extra* day", "the
*annual* fee"), not which thing it is: "the full cost for a gym membership" asks about the gym membership, while
"my *visa* costs for a work trip" names its thing (a visa) before the cost. The Q&A reads the object of the paying
verb of a yes/no benefit question as the thing asked about only when a word of it is no such adjective
(``assistant.qa.check.asked_thing``).

Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, ``index.noun``/``index.verb``/``index.adj``/
``index.adv``, ``cntlist.rev``, ``data.adj``, ``adj.exc``), read as ``scripts/build_non_kind_words.py`` reads it: a
one-word lower-case alphabetic lemma is listed when its adjective uses (SemCor tag counts of its senses in
``cntlist.rev``, or its sense counts when none of its senses is tagged) exceed its noun uses, and it is no
relational adjective (an adjective with a pertainym pointer, ``\\``: "medical", "dental" name a kind of the thing);
with the ``adj.exc`` forms of each lemma ("fuller"). Only words of ``assistant/data/common_words.txt`` (SCOWL).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_quality_adjectives.py WORDNET_DIR
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)
from build_non_kind_words import relational, senses, tag_counts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "quality_adjectives.txt"


def main(wordnet: Path) -> int:
    counts = senses(wordnet)
    tagged = tag_counts(wordnet)
    for word, uses in tagged.items():
        if word in counts and sum(uses.values()):
            counts[word] = Counter({pos: uses[pos] for pos in "nvar" if counts[word][pos]})
    related = relational(wordnet)
    common = wordnet_io.common_words(ROOT)
    listed = {w for w, c in counts.items() if w not in related and c["a"] > c["n"]}
    for line in (wordnet / "adj.exc").read_text(encoding="utf-8").splitlines():
        form, *lemmas = line.split()
        if form.isalpha() and any(lemma in listed for lemma in lemmas) and form not in counts:
            listed.add(form)
    kept = sorted(w for w in listed if w in common)
    header = ["# Words used mostly as adjectives (quality, quantity); scripts/build_quality_adjectives.py",
              "# Source: Princeton WordNet 3.0 (Debian wordnet-base 1:3.0-37), filtered by SCOWL common_words.txt"]
    OUT.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
