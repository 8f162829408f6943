"""Build ``assistant/data/text_nouns.txt``: common nouns whose most frequent sense names a communication.

A noun one of whose two most frequent senses in Princeton WordNet 3.0 belongs to the lexicographer file
``noun.communication`` (sentence, title, headline, introduction, paragraph, description, summary, entry, message),
its most frequent sense not being a span of time (``noun.time``: leave, probation), names a text, a message or a unit
of language. Its length is an extent of the text (words, characters, lines,
pages) more often than a span of time: "How long should sentences be?" asks a number of words, "How long is parental
leave?" (leave.n.01 is in noun.time) a duration. Read by :mod:`assistant.qa.extent`. Unlike ``message_nouns.txt``
(the first sense *and* half of all senses), the two most frequent senses count: "sentence" has a prison-term sense
(noun.time) third among its three, "introduction" the act of introducing first and "the first section of a
communication" second; a question about their length in a handbook asks about words. Kept only
when the lemma is in ``assistant/data/common_words.txt`` (SCOWL).

One-word lower-case alphabetic lemmas of ``index.noun``; the lexicographer file of each synset is ``data.noun``'s
lex_filenum (10 noun.communication, 28 noun.time).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_text_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "text_nouns.txt"
COMMUNICATION_FILE = 10
TIME_FILE = 28
HEADER = """\
# Common nouns whose most frequent sense names a communication: a text, a message, a unit of language (built by
# scripts/build_text_nouns.py; see its docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base
# 1:3.0-37, index.noun / data.noun): one-word lower-case lemmas one of whose two first synsets is in noun.communication
# and whose first synset is not in noun.time; kept when in assistant/data/common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def text_nouns(folder: Path) -> list[str]:
    common = wordnet_io.common_words(ROOT)
    lexfile = wordnet_io.lex_files(folder)
    return sorted(lemma for lemma, offsets in wordnet_io.index_entries(folder)
                  if lemma.isalpha() and lemma.islower() and lemma in common
                  and COMMUNICATION_FILE in {lexfile[o] for o in offsets[:2]} and lexfile[offsets[0]] != TIME_FILE)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, text_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
