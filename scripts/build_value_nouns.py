"""Build ``assistant/data/value_nouns.txt``: nouns whose senses name a value of a thing.

A noun whose first (most frequent) sense in Princeton WordNet 3.0, and at least half of all its senses, belong to
the lexicographer files ``noun.time`` (spans and points of time: period, deadline, duration), ``noun.quantity``
(measures and amounts: minimum, limit) or ``noun.attribute`` (properties: eligibility, entitlement, length) names
a value that something has, not a thing of its own. The Q&A reads such a word at the head of the asked thing
("sick leave *entitlement*", "parental leave eligibility *period*") as saying which value of the thing the words
before it name is asked, not as a thing the quote must name (``assistant.qa.check.value_head``). Nouns of the
other files stay things: acts, communications, artefacts (appeals, documentation, window), what is owned, paid or
given (``noun.possession``: pay, salary, bonus, payment, contribution, a thing asked in its own right, as in
"holiday pay"), and a noun with a value sense among many others ("extension": one sense of time in twelve).

One-word lower-case alphabetic lemmas of ``index.noun``; the lexicographer file of each synset is ``data.noun``'s
lex_filenum (07 attribute, 23 quantity, 28 time).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_value_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "value_nouns.txt"
VALUE_FILES = {7: "noun.attribute", 23: "noun.quantity", 28: "noun.time"}
HEADER = """\
# Nouns whose most frequent sense names a value of a thing (built by scripts/build_value_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word lower-case
# lemmas whose first synset, and at least half of all their synsets, are in noun.attribute, noun.quantity or noun.time.
""" + wordnet_io.WORDNET_LICENCE


def value_nouns(folder: Path) -> list[str]:
    return wordnet_io.nouns_mostly_in(folder, VALUE_FILES)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, value_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
