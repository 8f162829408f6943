"""Build ``assistant/data/person_nouns.txt``: common nouns whose senses name a person.

A noun whose first (most frequent) sense in Princeton WordNet 3.0, and at least half of all its senses, belong to the
lexicographer file ``noun.person`` (people: porter, tenant, resident, sister, driver) names someone. The feedback
coach reads such a noun in the object or subject of an effect verb as another party ("freed the night porter from a
long wait", "eased the tenants' worry"), where its own short list (``_PARTY_WORDS``) names only workplace roles.
Kept only when the lemma is in ``assistant/data/common_words.txt`` (so that rare senses and names stay out) and not
in ``assistant/data/non_kind_words.txt`` (words used more as adjectives or verbs: "major", "senior", "general").

One-word lower-case alphabetic lemmas of ``index.noun``; the lexicographer file of each synset is ``data.noun``'s
lex_filenum (18 noun.person).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_person_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "person_nouns.txt"
COMMON = ROOT / "assistant" / "data" / "common_words.txt"
NON_KIND = ROOT / "assistant" / "data" / "non_kind_words.txt"
PERSON_FILE = 18
HEADER = """\
# Common nouns whose most frequent sense names a person (built by scripts/build_person_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word lower-case
# lemmas whose first synset, and at least half of all their synsets, are in noun.person; kept when in
# assistant/data/common_words.txt and not in assistant/data/non_kind_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def words_of(path: Path) -> set[str]:
    return {w.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#") for w in line.split()}


def person_nouns(folder: Path) -> list[str]:
    common, non_kind = words_of(COMMON), words_of(NON_KIND)
    return [w for w in wordnet_io.nouns_mostly_in(folder, {PERSON_FILE}) if w in common and w not in non_kind]


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, person_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
