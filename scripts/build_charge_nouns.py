"""Build ``assistant/data/charge_nouns.txt``: nouns naming a charge or a grievance one party sends another.

What a customer sends, forwards or refers to the person's side is custom only when it is work, custom or people
(jobs, orders, referrals, customers, friends: ``assistant/analyzers/feedback/custom.py``); a charge, bill, invoice,
claim, complaint or demand sent to the side is the cost of a lapse ("the owner sent us a bill for the new turf").
A noun is a charge noun when one of its two most frequent senses in Princeton WordNet 3.0 is, or lies below
(hypernym pointers), one of the anchor synsets below, or at least half of all its senses do ("complaint": its first
sense is an ailment, three of its five senses a grievance or a pleading). Kept when SCOWL lists the word
(``assistant/data/common_words.txt``).

One-word lower-case alphabetic lemmas of ``index.noun``; hypernyms from ``data.noun``.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_charge_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "charge_nouns.txt"
SENSES = 2
# WordNet 3.0 noun synsets (offset: first lemma, gloss) whose hyponyms name a charge or a grievance
ANCHORS = {
    "06516595": "statement, financial statement: a document showing credits and debits (bill, invoice, account)",
    "13275847": "cost: the total spent for goods or services including money and time and labour (charge, fee, "
                "fine, payment, expense)",
    "06729864": "claim: an assertion of a right (as to money or property)",
    "07191279": "demand: an urgent or peremptory request (ultimatum, requisition)",
    "07208338": "objection: the speech act of objecting (complaint, grievance, protest)",
    "06559365": "pleading: a statement in legal and formal terms of a claim or a defence (complaint, charge)",
}
HEADER = """\
# Nouns naming a charge or a grievance one party sends another (built by scripts/build_charge_nouns.py; see its
# docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word
# lower-case lemmas one of whose two most frequent synsets, or at least half of whose synsets, are or lie below one
# of the synsets 06516595 (statement, financial statement), 13275847 (cost: charge, fee, fine, payment), 06729864
# (claim: assertion of a right), 07191279 (demand: peremptory request), 07208338 (objection) or 06559365 (pleading);
# kept when in common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def charge_nouns(folder: Path) -> list[str]:
    return wordnet_io.nouns_below(folder, set(ANCHORS), wordnet_io.common_words(ROOT), SENSES, or_half=True)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, charge_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
