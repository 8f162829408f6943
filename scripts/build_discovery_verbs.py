"""Build assistant/data/discovery_verbs.txt from Princeton WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet).

Verbs of finding something out: the members of the verb synsets of detecting, discovering, tracing, locating,
pinpointing, uncovering, diagnosing and ascertaining (SYNSETS) whose most frequent sense is that synset (the synset is
the lemma's first in ``index.verb``, which WordNet orders by tagged frequency), so a verb whose usual sense is another
("follow", "work", "place", "name", "strike") stays out. Light-verb particle lemmas whose literal sense is common in
workplace text ("make out" a cheque, "bring out" the trays) are left out (LEFT_OUT). Each lemma with its past forms
(verb.exc irregular forms, else the regular -ed form, -y after a consonant to -ied), one form a line:
``FORM LEMMA OFFSET``; multiword lemmas keep their particle joined by '_' ("figured_out").

    python scripts/build_discovery_verbs.py > assistant/data/discovery_verbs.txt
"""

from __future__ import annotations

from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

WORDNET = Path("/usr/share/wordnet")
SYNSETS = (
    "02154526",  # detect, observe, find, discover, notice: discover or determine the existence, presence, or fact of
    "00729127",  # trace, follow: follow, discover, or ascertain the course of development of something
    "02156081",  # trace: discover traces of
    "02287398",  # pinpoint, nail: locate exactly
    "02286222",  # locate, turn_up: discover the location of; find by searching or examining
    "02694933",  # situate, locate: determine or indicate the place, site, or limits of
    "02143301",  # uncover, bring_out, unveil, reveal: make visible
    "02286568",  # unearth: bring to light
    "00722083",  # ferret_out, ferret: search and discover through persistent investigation
    "02286705",  # come_across, chance_upon, happen_upon, discover ...: find unexpectedly
    "00645570",  # diagnose, name: determine or distinguish the nature of a problem or an illness
    "00918890",  # determine, find, find_out, ascertain: establish after an investigation, experiment or study
    "00634924",  # solve, work_out, figure_out, puzzle_out: find the solution to (a problem or question)
    "02193212",  # spot, recognize, distinguish, discern, pick_out, make_out: detect with the senses
    "02154330",  # descry, spot, espy, spy: catch sight of
    "00618896",  # identify, place: recognize as being; establish the identity of someone or something
    "00715559",  # pin_down, narrow_down, narrow, specify: define clearly
)
LEFT_OUT = frozenset({"make_out", "bring_out"})


def main() -> None:
    first = {lemma: offsets[0] for lemma, offsets in wordnet_io.index_entries(WORDNET, "verb")}  # most frequent sense
    print("# Verbs of finding something out: members of Princeton WordNet 3.0 verb synsets (Debian wordnet-base 1:3.0-37,")
    print("# data.verb) " + ", ".join(SYNSETS) + ",")
    print("# each lemma whose first sense (index.verb) is that synset, with its past forms (verb.exc, else -ed).")
    print("# One form a line: FORM LEMMA SYNSET. Built by scripts/build_discovery_verbs.py. Licence: WordNet 3.0, see README.md.")
    for form, lemma, offset in wordnet_io.past_form_rows(
            WORDNET, SYNSETS, keep=lambda lemma, offset: lemma not in LEFT_OUT and first.get(lemma) == offset):
        print(form, lemma, offset)


if __name__ == "__main__":
    main()
