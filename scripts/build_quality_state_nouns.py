"""Build ``assistant/data/quality_state_nouns.txt``: nouns whose senses mostly name a quality, state, feeling or belief.

A noun whose first (most frequent) sense in Princeton WordNet 3.0, and at least half of all its senses, belong to the
lexicographer files ``noun.attribute`` (qualities: kindness, excellence, accuracy), ``noun.cognition`` (beliefs and
values held: respect, awareness), ``noun.feeling`` (empathy, compassion) or ``noun.state`` (wellbeing, morale, atmosphere, environment)
names something a person or place has or is in, not a thing made, done or delivered. The goal analyzer reads such a
word heading a goal's object with no complement that says of what ("Create a welcoming atmosphere in the library",
"Live our care values on every shift") as an aspiration, not a specific result (``assistant.analyzers.goal.specific``).
A noun whose first sense is a thing owned or made stays a thing: "resource" (noun.possession: "onboarding
resources"), and so do "trust" (a legal trust first) and "culture" (a group first). A plural lemma is kept only when
its singular is in the list too or no noun ("values", "manners"): "letters" (noun.cognition, literary culture) is in
use the plural of "letter", a document. A plan, a method or an example of a kind (a first sense that is, or is below,
the first sense of "plan", "method" or "example": "scheme", "strategy", "specimen") is a thing made or picked out,
not held, and is left out.

One-word lower-case alphabetic lemmas of ``index.noun``; the lexicographer file of each synset is ``data.noun``'s
lex_filenum (07 attribute, 09 cognition, 12 feeling, 26 state).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_quality_state_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "quality_state_nouns.txt"
QUALITY_STATE_FILES = {7: "noun.attribute", 9: "noun.cognition", 12: "noun.feeling", 26: "noun.state"}
HEADER = """\
# Nouns whose most frequent sense names a quality, belief, feeling or state (built by
# scripts/build_quality_state_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word lower-case
# lemmas whose first synset, and at least half of all their synsets, are in noun.attribute, noun.cognition,
# noun.feeling or noun.state.
""" + wordnet_io.WORDNET_LICENCE


# Things of the mind that are made or picked out, not held: a plan, a method, an example of a kind (first senses of
# "plan", "method" and "example"); a noun whose first sense is one of them or below one ("scheme", "strategy",
# "specimen") is a thing a goal can deliver or handle, as the goal rules' artefacts "plan" and "strategy" are.
MADE_THINGS = ("plan", "method", "example")


def quality_state_nouns(folder: Path) -> list[str]:
    index = dict(wordnet_io.index_entries(folder))
    up = wordnet_io.hypernyms(folder)
    anchors = {index[word][0] for word in MADE_THINGS}
    nouns = [w for w in wordnet_io.nouns_mostly_in(folder, QUALITY_STATE_FILES) if not wordnet_io.below(index[w][0], anchors, up)]
    lemmas = set(index)
    kept = set(nouns)
    # a plural lemma whose singular is a noun of another kind is that noun's plural in use ("letters" of "letter")
    return [w for w in nouns if not (w.endswith("s") and w[:-1] in lemmas and w[:-1] not in kept)]


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, quality_state_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
