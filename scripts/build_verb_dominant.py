"""Build assistant/data/verb_dominant.txt from Princeton WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet).

Words whose usual part of speech is the verb: single-word lemmas of ``index.verb`` whose tagged-sense count there
(``tagsense_cnt``: how often the word's senses were tagged in the SemCor concordance) is higher than the word's tagged
counts as a noun (``index.noun``) and as an adjective (``index.adj``) together; on a tie, the one with more verb
synsets than noun and adjective synsets. "scan", "gather", "wear", "answer", "shelve" are verbs first; "record",
"support", "job", "top", "great" are not. The feedback coach reads a sentence-opening word of this list, in its bare
form, as an imperative verb even where its object has no determiner ("Gather specific examples ...") or where the
clause reader took the word for a noun subject ("Scan every ticket however long the line is").

    python scripts/build_verb_dominant.py > assistant/data/verb_dominant.txt
"""

from __future__ import annotations

import re
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")


def _index(pos: str) -> dict[str, tuple[int, int]]:
    """lemma -> (synset count, tagged-sense count) of WordNet's ``index.POS``."""
    out: dict[str, tuple[int, int]] = {}
    for line in (WORDNET / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        f = line.split()
        pointers = int(f[3])
        out[f[0]] = (int(f[2]), int(f[5 + pointers]))
    return out


def main() -> None:
    verbs, nouns, adjs = _index("verb"), _index("noun"), _index("adj")
    print("# Words whose usual part of speech is the verb: single-word lemmas of Princeton WordNet 3.0 index.verb whose")
    print("# SemCor tagged-sense count as a verb exceeds their tagged counts as a noun and an adjective together (a tie:")
    print("# more verb synsets). Built by scripts/build_verb_dominant.py from Debian wordnet-base 1:3.0-37.")
    print("# Licence: WordNet 3.0, Copyright 2006 by Princeton University (see README.md).")
    for lemma in sorted(verbs):
        if not re.fullmatch(r"[a-z]{2,}", lemma):
            continue
        syn, tag = verbs[lemma]
        n_syn, n_tag = nouns.get(lemma, (0, 0))
        a_syn, a_tag = adjs.get(lemma, (0, 0))
        if tag > n_tag + a_tag or tag == n_tag + a_tag and syn > n_syn + a_syn:
            print(lemma)


if __name__ == "__main__":
    main()
