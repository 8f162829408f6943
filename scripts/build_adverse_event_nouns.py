"""Build ``assistant/data/adverse_event_nouns.txt``: nouns naming an event that befalls work by chance or fault.

A noun one of whose two most frequent senses in Princeton WordNet 3.0 is, or lies below (hypernym pointers), one of
the anchor synsets below names a mishap, a failure, an illness or injury, a wrong act, a death, a defect or a
complaint: something that happens to the work rather than something done or made ("collision", "derailment",
"breakdown", "outage", "illness", "violation", "blowout"). A goal of zero such events on a running operation is a
perfection target: the rate of events that come by chance can be driven down but not held at nought (Locke & Latham
2002; the Vision Zero literature reads zero as an aim, not a target), while zero of a thing one can stop using or
making ("zero paper dockets", "zero plastic bottles") is an elimination that can be met
(``assistant.analyzers.goal.measures``). A second sense is allowed because the everyday goal senses of "breakdown",
"collision", "crash" and "leak" come second in WordNet's sense order. Kept when SCOWL lists the word
(``assistant/data/common_words.txt``).

One-word lower-case alphabetic lemmas of ``index.noun``; hypernyms from ``data.noun``.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_adverse_event_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "adverse_event_nouns.txt"
SENSES = 2
# WordNet 3.0 noun synsets (offset: first lemma, gloss) whose hyponyms name an adverse event
ANCHORS = {
    "07289014": "trouble: an event causing distress or pain (misfortune, mishap, accident, collision, derailment, fall)",
    "07317764": "failure: an event that does not accomplish its intended purpose (breakdown, outage, malfunction)",
    "00066216": "nonaccomplishment: an act that does not succeed (mistake, error, omission, breach)",
    "00732746": "wrongdoing: departure from what is ethically acceptable (violation, infringement, crime)",
    "14052046": "ill health: a state in which you are unable to function normally without help (illness, injury)",
    "07355491": "death: the event of dying (fatality)",
    "14462666": "imperfection: the state or an instance of being imperfect (defect, fault, flaw)",
    "07340094": "casualty: an event resulting in the loss of people or things",
    "07208338": "objection: the speech act of objecting (complaint, grievance)",
}
HEADER = """\
# Nouns naming an event that befalls work by chance or fault (built by scripts/build_adverse_event_nouns.py; see its
# docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word
# lower-case lemmas one of whose two most frequent synsets is, or lies below, one of the synsets 07289014 (trouble),
# 07317764 (failure), 00066216 (nonaccomplishment), 00732746 (wrongdoing), 14052046 (ill health), 07355491 (death),
# 14462666 (imperfection), 07340094 (casualty), 07208338 (objection); kept when in common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def adverse_event_nouns(folder: Path) -> list[str]:
    return wordnet_io.nouns_below(folder, set(ANCHORS), wordnet_io.common_words(ROOT), SENSES)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, adverse_event_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
