"""Build assistant/data/changed_participles.txt from Princeton WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet).

The past participles of the transitive verbs of making an amount less or more or making it better (CAUSED), which a key
result's metric stands before, with its value after them, as a reduced passive (Quirk et al. 1985, 17.97: a
past-participle clause; "Alteration turnaround reduced by [X] percent", "DPMO reduced by 30%"). Not the intransitive
verbs of becoming less or more: their past after a metric is a finite past, a report ("Revenue grew 20% in Q3"). Past
forms from verb.exc for irregular verbs (the bare form where it lists only the -ing form, "cut"), else the regular -ed
form; one form a line: ``FORM LEMMA OFFSET``. Multiword lemmas keep their particle joined by '_' ("cut_down").

    python scripts/build_changed_participles.py > assistant/data/changed_participles.txt
"""

from __future__ import annotations

from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

WORDNET = Path("/usr/share/wordnet")
CAUSED = (
    "00441445",  # decrease, lessen, minify: make smaller
    "00429060",  # reduce, cut_down, cut_back, trim, trim_down, trim_back, cut, bring_down: cut down on
    "00267855",  # turn_down, lower, lour: make lower or quieter
    "00427802",  # minimize, minimise: make small or insignificant
    "00153263",  # increase: make bigger or more
    "00158503",  # raise: raise the level or amount of something
    "00497061",  # boost, advance, supercharge: increase or raise
    "00428583",  # maximize, maximise: make as big or large as possible
    "00205885",  # better, improve, amend, ameliorate, meliorate: to make better
    "00230033",  # enhance: increase
)


def main() -> None:
    print("# Past participles of the transitive verbs of a changed amount: members of Princeton WordNet 3.0 verb synsets (Debian")
    print("# wordnet-base 1:3.0-37, data.verb, verb.exc) of making less, more or better (" + ", ".join(CAUSED) + ").")
    print("# One form a line: FORM LEMMA SYNSET.")
    print("# Built by scripts/build_changed_participles.py. Licence: WordNet 3.0 licence, see README.md.")
    for form, lemma, offset in wordnet_io.past_form_rows(WORDNET, CAUSED, bare=wordnet_io.ing_only_verbs(WORDNET)):
        print(form, lemma, offset)


if __name__ == "__main__":
    main()
