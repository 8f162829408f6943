"""Build ``assistant/data/message_nouns.txt``: common nouns whose senses name a message or a picture.

A noun whose first (most frequent) sense in Princeton WordNet 3.0, and at least half of all its senses, belong to the
lexicographer file ``noun.communication`` (report, email, briefing, summary, talk, memo), or whose first sense is a
direct hyponym of representation.n.02 (04076846, "a creation that is a visual or tangible rendering of someone or
something": photograph, picture, map, diagram), names something that tells or shows a matter. The feedback coach
reads a problem in a topical phrase after such a noun ("your report on the late deliveries", "the photo of the
cracked board") as what the message is about, not a fault of the person who made it. Kept only when the lemma is in
``assistant/data/common_words.txt`` (so that rare senses stay out); words used more as verbs ("report", "talk",
"update") stay in, as the coach reads the noun only after a determiner.

One-word lower-case alphabetic lemmas of ``index.noun``; the lexicographer file of each synset is ``data.noun``'s
lex_filenum (10 noun.communication), its hypernyms the ``@`` pointers of its ``data.noun`` line.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_message_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "message_nouns.txt"
COMMON = ROOT / "assistant" / "data" / "common_words.txt"
COMMUNICATION_FILE = 10
REPRESENTATION = "04076846"
HEADER = """\
# Common nouns whose most frequent sense names a message or a picture (built by scripts/build_message_nouns.py; see its
# docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word
# lower-case lemmas whose first synset, and at least half of all their synsets, are in noun.communication, or whose
# first synset is a direct hyponym of representation.n.02 (04076846); kept when in assistant/data/common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def words_of(path: Path) -> set[str]:
    return {w.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#") for w in line.split()}


def representations(folder: Path) -> set[str]:
    """The synset offsets whose hypernyms (``@``) include representation.n.02."""
    found = set()
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" ") and f"@ {REPRESENTATION} n" in line.split("|")[0]:
            found.add(line.split(maxsplit=1)[0])
    return found


def message_nouns(folder: Path) -> list[str]:
    common = words_of(COMMON)
    shown = representations(folder)
    told = set(wordnet_io.nouns_mostly_in(folder, {COMMUNICATION_FILE}))
    pictured = {lemma for lemma, offsets in wordnet_io.index_entries(folder)
                if lemma.isalpha() and lemma.islower() and offsets[0] in shown}
    return sorted(w for w in told | pictured if w in common)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, message_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
