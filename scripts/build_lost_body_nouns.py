"""Build ``assistant/data/lost_body_nouns.txt``: what a person loses as a loss suffered, not a judgement.

Round 36 (biasfp36e). 'lose/lost' is a judgement cue (vocabulary `assessment`: "lost the account", "lost two
clients"), but with a body part or a sense as its object it tells an injury or an impairment ("who lost his right
arm while serving as an Army sergeant", "lost her sight at 40"): WordNet 3.0 lose.v.01 in the physical sense, no
rating of the work. A one-word lemma is kept when its first (most frequent) synset lies below external_body_part.n.01
(05225090: arm, leg, hand, foot, finger, limb ...) or sense_modality.n.01 (05652396: sight, vision, hearing ...).
Left out (``LEFT_OUT``): words whose 'lose his X' is an idiom of conduct ("lost his head", "lost her touch", "lost
his nerve", "lost face") or of taste ("lost her taste for"), which stay cues.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_lost_body_nouns.py [WORDNET_DIR]

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "lost_body_nouns.txt"
BODY_PART, SENSE = "05225090", "05652396"
LEFT_OUT = {"head", "heads", "face", "touch", "taste", "nerve", "mind", "heart", "feel", "feeling", "grip",
            "balls", "ball", "cool", "neck", "shirt", "edge", "tongue", "temper", "footing", "lap", "hooks", "ruff",
            "mitt", "maulers", "noggin", "bonce", "physiognomy", "visage", "gustation"}
# The senses by their everyday names, which WordNet 3.0 files first under other senses (sight.n.01 'an instance of
# visual perception', hearing.n.01 'a session'), and the sense organs (sense_organ.n.01: eye, ear): the National
# Center on Disability and Journalism, Disability Language Style Guide, tells "hearing loss", "vision loss",
# "lost his sight" as facts of a person's disability.
OUTSIDE = ["sight", "vision", "hearing", "eye", "ear", "voice", "speech"]


def lost_body_nouns(folder: Path) -> list[str]:
    up = wordnet_io.hypernyms(folder)
    out = set()
    for lemma, offsets in wordnet_io.index_entries(folder):
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or lemma in LEFT_OUT:
            continue
        if wordnet_io.below(offsets[0], {BODY_PART, SENSE}, up):
            out.add(lemma)
    return sorted(out | set(OUTSIDE))


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    words = lost_body_nouns(folder)
    header = [
        "# Body parts and senses whose loss is suffered (built by scripts/build_lost_body_nouns.py; see its docstring).",
        "# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37): one-word lemmas whose first synset lies",
        "# below external_body_part.n.01 or sense_modality.n.01, less the idioms of conduct (lose one's head, touch, nerve);",
        "# and the senses and sense organs the NCDJ Disability Language Style Guide tells as losses: " + ", ".join(OUTSIDE),
    ]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
