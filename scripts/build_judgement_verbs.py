"""Build assistant/data/judgement_verbs.txt from Princeton WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet).

Verbs of judging a thing: the members of the verb synsets of forming a critical opinion, of assessing the quality of
something and of deeming (SYNSETS) one of whose two most frequent senses is that synset (the lemma's first two in
``index.verb``, which WordNet orders by tagged frequency): "judge" (its first sense judges a competition, its second
forms an opinion), "assess", "evaluate", "appraise", "deem"; "measure", "value" and "hold", whose judging sense comes
fourth or later, stay out. A party who "judged the visibility too poor for the upper lift" found the visibility poor:
the complex-transitive object and its complement (Quirk et al. 1985, 16.43-16.45: "judge/consider/deem + object +
adjective") say what the judge found in the thing. Each lemma with its past forms (verb.exc irregular forms, else the
regular -ed form), one form a line: ``FORM LEMMA OFFSET``; multiword lemmas keep their particle joined by '_'.

    python scripts/build_judgement_verbs.py > assistant/data/judgement_verbs.txt
"""

from __future__ import annotations

from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

WORDNET = Path("/usr/share/wordnet")
SYNSETS = (
    "00670279",  # evaluate, pass_judgment, judge: form a critical opinion of
    "00681447",  # measure, evaluate, valuate, assess, appraise, value: evaluate or estimate the nature, quality ... of
    "00693798",  # deem, hold, view_as, take_for: keep in mind or convey as a conviction or view
)
SENSES = 2  # the synset among the lemma's most frequent senses


def main() -> None:
    senses = {lemma: offsets[:SENSES] for lemma, offsets in wordnet_io.index_entries(WORDNET, "verb")}
    print("# Verbs of judging a thing: members of Princeton WordNet 3.0 verb synsets (Debian wordnet-base 1:3.0-37,")
    print("# data.verb) " + ", ".join(SYNSETS) + ",")
    print(f"# each lemma one of whose {SENSES} most frequent senses (index.verb) is that synset, with its past forms")
    print("# (verb.exc, else -ed). One form a line: FORM LEMMA SYNSET. Built by scripts/build_judgement_verbs.py.")
    print(wordnet_io.WORDNET_LICENCE, end="")
    for form, lemma, offset in wordnet_io.past_form_rows(
            WORDNET, SYNSETS, keep=lambda lemma, offset: offset in senses.get(lemma, ())):
        print(form, lemma, offset)


if __name__ == "__main__":
    main()
