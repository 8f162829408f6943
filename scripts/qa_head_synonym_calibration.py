"""Calibrate the head-synonym threshold of the Q&A asked-thing check on WordNet, not on questions.

A question may name the asked thing's head noun by a synonym of the head the answering page uses ("jury service"
for "jury duty"); a head that names another thing of the same kind ("severance agreement" for "severance pay")
changes the answer. The check reads two heads as synonyms when the local embedder's cosine of the two head nouns
alone reaches ``HEAD_SYNONYM_SIMILARITY`` (assistant/qa/check.py). This script measures that cosine on pairs that
Princeton WordNet 3.0 relates, over the nouns of the policy pages the Q&A is evaluated on:

* synonyms: two one-word lemmas of a noun's most frequent synset (vacation/holiday, pay/wage, duty/responsibility);
* sisters: the first lemmas of two synsets under the same hypernym (different things of one kind, the head swaps
  the check must refuse: salary/bonus, leave/furlough).

and prints, per threshold, the share of synonym pairs read as synonyms and of sister pairs read as synonyms.
The shipped threshold is the lowest at which at most 10% of sister pairs pass (a candidate must also pass
the phrase test, the cosine of the whole asked thing to the page's phrase).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_head_synonym_calibration.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "evals" / "handbooks2" / "docs", ROOT / "evals" / "handbooks" / "docs"]
SISTER_RATE = 0.10  # one sister pair in ten: the phrase test (PARAPHRASE_SIMILARITY) applies as well


def vocabulary() -> set[str]:
    """Lower-case alphabetic words of the policy pages (the shared handbook pages too when present)."""
    from assistant.evaluation.policy import shared_dir

    dirs = list(PAGES)
    shared = shared_dir()
    if shared is not None:
        dirs.append(shared / "corpora" / "handbooks" / "docs")
    words: set[str] = set()
    for folder in dirs:
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else ():
            words.update(re.findall(r"\b[a-z]{3,}\b", path.read_text(encoding="utf-8")))
    return words


def wordnet(folder: Path) -> tuple[dict[str, str], dict[str, tuple[list[str], list[str]]]]:
    """(first synset offset per noun lemma, (lemmas, hypernym offsets) per synset offset)."""
    first: dict[str, str] = {}
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        first[parts[0]] = parts[-int(parts[2])]
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i].casefold() for i in range(count)]
        at = 4 + 2 * count
        pointers = int(parts[at])
        hypernyms = [parts[at + 1 + 4 * i + 1] for i in range(pointers) if parts[at + 1 + 4 * i] == "@"]
        synsets[parts[0]] = (lemmas, hypernyms)
    return first, synsets


def pairs(words: set[str], first: dict[str, str], synsets: dict[str, tuple[list[str], list[str]]]
          ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(synonym pairs, sister pairs) among the page nouns, each pair sorted."""
    synonyms: set[tuple[str, str]] = set()
    sisters: set[tuple[str, str]] = set()
    under: dict[str, set[str]] = {}
    for word in sorted(words):
        offset = first.get(word)
        if offset is None:
            continue
        lemmas, hypernyms = synsets[offset]
        for other in lemmas:
            if other != word and other.isalpha() and other in words:
                synonyms.add((min(word, other), max(word, other)))
        for h in hypernyms:
            under.setdefault(h, set()).add(word)
    for members in under.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if first[a] != first[b]:
                    sisters.add((a, b))
    return synonyms, sisters - synonyms


def main() -> int:
    from assistant.qa.check import HEAD_FRAME, HEAD_SYNONYM_SIMILARITY
    from assistant.qa.retrieve import phrase_similarity
    from assistant.settings import Settings

    first, synsets = wordnet(Path(sys.argv[1]))
    synonyms, sisters = pairs(vocabulary(), first, synsets)
    similarity = phrase_similarity(Settings())
    frame = HEAD_FRAME.format
    syn = sorted(similarity(frame(a), [frame(b)])[0] for a, b in sorted(synonyms))
    sis = sorted(similarity(frame(a), [frame(b)])[0] for a, b in sorted(sisters))
    print(f"synonym pairs {len(syn)}, sister pairs {len(sis)}")
    chosen = None
    for step in range(30, 91):
        t = step / 100
        s_rate = sum(x >= t for x in syn) / len(syn)
        f_rate = sum(x >= t for x in sis) / len(sis)
        if chosen is None and f_rate <= SISTER_RATE:
            chosen = t
        print(f"  {t:.2f}: synonyms {s_rate:.3f} sisters {f_rate:.3f}")
    print(f"lowest threshold with sisters <= {SISTER_RATE}: {chosen}; shipped: {HEAD_SYNONYM_SIMILARITY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
