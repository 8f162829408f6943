"""Build assistant/data/record_participles.txt from Princeton WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet).

The past participles of the verbs of putting something on record: the lemmas of verb synset 01000232 ("record, enter,
put down: make a record of; set down in permanent form") and of its direct hyponyms (log, document, register, file,
chronicle, accession, inscribe, ...) whose **most frequent** WordNet sense (first in index.verb) is that synset or one
of those hyponyms, so that a verb mostly meaning something else ("enter" a room, "keep", "take", "shoot", "post",
"mark") is left out. One-word lemmas only. A key result told as such a participle over a universally quantified set
("All tag numbers recorded in the flock book", "Progress documented on all key results") is a complete record set:
done when every member is on record (assistant/analyzers/goal/records.py). Past forms from verb.exc for irregular
verbs, else the regular -ed form; one form a line: ``FORM LEMMA OFFSET``.

    python scripts/build_record_participles.py > assistant/data/record_participles.txt
"""

from __future__ import annotations

from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

WORDNET = Path("/usr/share/wordnet")
RECORD = "01000232"  # record, enter, put_down: make a record of; set down in permanent form


def hyponyms(offset: str) -> list[str]:
    """The direct hyponyms ("~" verb pointers) of the verb synset at ``offset``."""
    with (WORDNET / "data.verb").open(encoding="utf-8") as f:
        f.seek(int(offset))
        parts = f.readline().split(" | ")[0].split()
    at = 4 + 2 * int(parts[3], 16)
    pointers = parts[at + 1:at + 1 + 4 * int(parts[at])]
    return [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] == "~" and pointers[i + 2] == "v"]


def main() -> None:
    synsets = [RECORD, *hyponyms(RECORD)]
    first_sense = {lemma: offsets[0] for lemma, offsets in wordnet_io.index_entries(WORDNET, "verb")}
    print("# Past participles of the verbs of putting something on record: members of Princeton WordNet 3.0 verb synset")
    print(f"# {RECORD} (record, enter, put down: make a record of) and its direct hyponyms whose most frequent sense is one")
    print("# of those synsets (Debian wordnet-base 1:3.0-37, data.verb, index.verb, verb.exc). One form a line: FORM LEMMA SYNSET.")
    print("# Built by scripts/build_record_participles.py. Licence: WordNet 3.0 licence, see README.md.")
    for form, lemma, offset in wordnet_io.past_form_rows(
            WORDNET, synsets, keep=lambda lemma, offset: lemma.isalpha() and first_sense.get(lemma) in synsets,
            bare=wordnet_io.ing_only_verbs(WORDNET)):
        print(form, lemma, offset)


if __name__ == "__main__":
    main()
