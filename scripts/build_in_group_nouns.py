"""Build ``assistant/data/in_group_nouns.txt``: common nouns that name a school, a place of worship, a congregation or
a club, the groups a person can share with the writer.

Round 37 (biasrec37). In-group leniency in an appraisal gives a group the person shares with the writer as the
reason for a judgement ("He went to the same conservatory as me, so I signed off his overtime without checking the
log"): the foci of homophily McPherson, Smith-Lovin & Cook (2001, Birds of a feather, Annual Review of Sociology 27)
name are education, religion and voluntary associations (with place), and Rivera (2012, Hiring as cultural
matching, American Sociological Review 77(6)) found schools and clubs weigh in whom evaluators favour. The rule
affinity.shared_membership read a hand list of such groups (bias_recall.yaml ``in_groups``); this lexicon gives it the
whole classes from Princeton WordNet 3.0: a noun lemma whose first (most frequent) synset is or lies below
(hypernym pointers ``@``, ``@i``)

- educational_institution.n.01 (08276342) or schoolhouse.n.01 (04146050): school, academy, conservatory,
  conservatoire, seminary, yeshiva, polytechnic, lycee, madrasa, law_school, music_school;
- place_of_worship.n.01 (03953416) or congregation.n.03 (07991364, 'a group of people who adhere to a common
  faith'): chapel, mosque, synagogue, temple, cathedral, kirk, meetinghouse, congregation;
- club.n.02 (08227214, club, social club, society, guild, lodge, order): fraternity, sorority, guild, country_club,
  rowing_club, yacht_club, glee_club.

Kept when ``data.noun`` writes it in lower case (a common noun, not a name: "Eton_College", "Kaaba" stay out).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_in_group_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "in_group_nouns.txt"
ANCHORS = {
    "08276342",  # educational_institution.n.01
    "04146050",  # schoolhouse.n.01
    "03953416",  # place_of_worship.n.01
    "07991364",  # congregation.n.03
    "08227214",  # club.n.02 (social club, society, guild, lodge, order)
}
HEADER = """\
# Nouns naming a school, a place of worship, a congregation or a club (built by scripts/build_in_group_nouns.py; see
# its docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): noun
# lemmas whose first synset is or lies below educational_institution 08276342, schoolhouse 04146050,
# place_of_worship 03953416, congregation 07991364 or club 08227214, written in lower case in data.noun; the foci of
# homophily of McPherson, Smith-Lovin & Cook (2001), Annual Review of Sociology 27 (education, religion, voluntary
# associations). Compounds are joined by "_".
""" + wordnet_io.WORDNET_LICENCE


def lower_case_lemmas(folder: Path) -> set[str]:
    """The noun lemmas ``data.noun`` writes in lower case somewhere (common nouns, not names)."""
    out = set()
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        for n in range(int(parts[3], 16)):
            word = parts[4 + 2 * n]
            if word == word.lower() and word.replace("_", "").isalpha():
                out.add(word)
    return out


def in_group_nouns(folder: Path) -> list[str]:
    common = lower_case_lemmas(folder)
    up = wordnet_io.hypernyms(folder)
    return sorted(lemma for lemma, offsets in wordnet_io.index_entries(folder)
                  if lemma in common and wordnet_io.below(offsets[0], ANCHORS, up))


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, in_group_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
