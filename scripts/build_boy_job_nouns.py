"""Build ``assistant/data/boy_job_nouns.txt``: job titles made of a modifier and "boy" (a delivery boy, a cabin boy).

Round 36 (biasfp36c). "Boys" said of adult colleagues infantilises them (gendered_language.girl_for_adult), but in
a job title the word is the head of a compound naming an occupation held by a boy, mostly in the past: "as
climbing boys, they would have negotiated the narrow flues", "a 23-year-old runner (delivery boy)". A WordNet 3.0
compound noun lemma ``X_boy`` is kept when its first (most frequent) synset lies below worker.n.01 (09632518: the
employee, servant, attendant and deliveryman senses) or messenger.n.01 (10311021: errand boy, messenger boy), so
that the compound names a job, not a boy by his age ("farm boy", "schoolboy") or a man by a type ("golden boy",
"old boy").
Left out (``LEFT_OUT``): a compound whose modifier is itself a place of work ("office boy", "shop boy"): "the
office boys" and "the shop boys" read as the boys in the office or the shop, the rule's own form ("The boys in
the warehouse did great"); "sailor boy" (a serviceman's endearment, no job of a boy) and "doughboy" (one word).
Job titles the 2006 WordNet lacks are added from named outside sources (``OUTSIDE``).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_boy_job_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "boy_job_nouns.txt"
WORKER, MESSENGER = "09632518", "10311021"
LEFT_OUT = {"office_boy", "shop_boy", "sailor_boy"}
# Job titles outside WordNet 3.0, each with its source.
OUTSIDE = {
    "climbing_boy": "Wikipedia, 'Chimney sweep' (climbing boys: apprentices trained to climb chimneys); Dorset "
                    "Master Sweep, 'How times have changed' (dorsetmastersweep.co.uk: 'apprentices (climbing "
                    "boys)'); UK Chimney Sweepers Act 1875",
}


def boy_job_nouns(folder: Path) -> list[str]:
    up = wordnet_io.hypernyms(folder)
    out = set()
    for lemma, offsets in wordnet_io.index_entries(folder):
        if not lemma.endswith("_boy") or lemma.count("_") != 1 or lemma in LEFT_OUT:
            continue
        if wordnet_io.below(offsets[0], {WORKER, MESSENGER}, up):
            out.add(lemma)
    return sorted(out | set(OUTSIDE))


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    words = boy_job_nouns(folder)
    header = [
        "# Job titles made of a modifier and 'boy' (built by scripts/build_boy_job_nouns.py; see its docstring).",
        "# Sources: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37): compound lemmas X_boy whose first",
        "# synset lies below worker.n.01 or messenger.n.01, less office_boy, shop_boy, sailor_boy;",
    ] + [f"# {word}: {source}" for word, source in sorted(OUTSIDE.items())]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} job titles -> {OUT}")


if __name__ == "__main__":
    main()
