"""Build assistant/data/synonym_words.yaml: WordNet 3.0 synonyms among the words of the policy documents.

    python scripts/build_synonym_words.py WORDNET_DIR [DOCS_DIR ...] > assistant/data/synonym_words.yaml

WORDNET_DIR holds Princeton WordNet 3.0's ``index.noun``/``data.noun``/``index.verb``/``data.verb`` (Debian
package ``wordnet-base`` 1:3.0-37: ``apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn``, then
``wn/usr/share/wordnet``). DOCS_DIR default: the handbook corpora and job aids the Q&A is run on
(``../shared/corpora/handbooks/docs``, ``evals/handbooks2/docs``, ``../shared/seeds``,
``assistant/sample_knowledge``).

A pair of words is kept when both are one-word nouns (or both verbs) of one synset, both are written in the
documents (the base form or its plural/third person), the synset is the FIRST sense of both (WordNet orders a
word's senses by their frequency in tagged text), and neither word is a stop word, one of the question frame's
light words, or a plural or gerund of another lemma. A group is one synset with its kept members; the synset
offset and gloss are recorded with each group.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.text import STOPWORDS, wordset  # noqa: E402

DEFAULT_DOCS = [ROOT.parent / "shared" / "corpora" / "handbooks" / "docs", ROOT / "evals" / "handbooks2" / "docs",
                ROOT.parent / "shared" / "seeds", ROOT / "assistant" / "sample_knowledge"]
# Words every question carries without naming a topic (assistant.qa.focus.FRAME) and light verbs whose first
# senses are too broad to stand for another word.
LIGHT = wordset(
    "have hold give get receive allow permit require need ask say state mean happen apply make keep go want wish "
    "try put let take do be become come see know think find use work call tell show set run turn look seem leave "
    "help start begin end stop move play live bring feel provide include continue change lead stand meet "
    "time day week month year way thing part place case point fact kind type sort lot amount number people person "
    "employee staff worker member manager company policy rule process")
HEADER = """\
# Synonyms for the policy Q&A: a question may name a thing by another word of its WordNet synset than the
# policy does ("salary" asked, "pay" written; "vacation" / "holiday"). Each group is one synset and the words of
# it that the policy documents use; a question word of a group is covered by a text naming another word of it.
# Built by scripts/build_synonym_words.py (its docstring gives the rules: both words in the documents, the
# synset the first sense of both, no stop or frame words).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, files index.noun / data.noun /
# index.verb / data.verb); synset offsets are given per group. WordNet 3.0 Copyright 2006 by Princeton
# University; licence: "Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply
# with the following copyright notice and statements, including the disclaimer, and that the same appear on
# ALL copies of the software, database and documentation, including modifications that you make for internal
# use or for distribution."
"""


def vocabulary(folders: list[Path]) -> set[str]:
    out: set[str] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in {".md", ".txt", ".html", ".htm", ""}:
                out.update(w.lower() for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8", errors="ignore")))
    return out


def written(word: str, vocab: set[str]) -> bool:
    return word in vocab or word + "s" in vocab or word + "es" in vocab


def senses(index_file: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets in sense order."""
    out: dict[str, list[str]] = {}
    for line in index_file.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[4 + p_cnt + 2:]
        out[lemma] = offsets[:synset_cnt]
    return out


def synsets(data_file: Path) -> dict[str, tuple[list[str], str]]:
    """offset -> (member lemmas, gloss)."""
    out: dict[str, tuple[list[str], str]] = {}
    for line in data_file.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        count = int(parts[3], 16)
        members = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]).lower() for i in range(count)]
        out[parts[0]] = (members, gloss.split(";")[0].strip())
    return out


def groups(wordnet: Path, pos: str, vocab: set[str]) -> list[dict]:
    index = senses(wordnet / f"index.{pos}")
    data = synsets(wordnet / f"data.{pos}")

    verbs = senses(wordnet / "index.verb") if pos == "noun" else index

    def inflected(word: str) -> bool:
        """A plural or a gerund of another lemma ("profits", "leaving"): the stemmer reads it as that word."""
        return ((word.endswith("s") and word[:-1] in index) or (word.endswith("es") and word[:-2] in index)
                or (word.endswith("ing") and (word[:-3] in verbs or word[:-3] + "e" in verbs)))

    def usable(word: str) -> bool:
        return (word.isalpha() and len(word) > 2 and word not in STOPWORDS and word not in LIGHT
                and written(word, vocab) and not inflected(word))

    kept: dict[str, set[str]] = {}
    for offset, (members, _) in data.items():
        words = sorted({m for m in members if usable(m)})
        for a in words:
            for b in words:
                if a >= b:
                    continue
                rank_a, rank_b = index[a].index(offset), index[b].index(offset)
                if rank_a == 0 and rank_b == 0:
                    kept.setdefault(offset, set()).update((a, b))
    return [{"words": sorted(words), "pos": pos, "synset": offset, "gloss": data[offset][1]}
            for offset, words in sorted(kept.items())]


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    vocab = vocabulary([Path(a) for a in argv[2:]] or DEFAULT_DOCS)
    out = [HEADER, "groups:"]
    for pos in ("noun", "verb"):
        for group in groups(wordnet, pos, vocab):
            gloss = group["gloss"].replace('"', "'")
            out.append(f"  - words: [{', '.join(group['words'])}]")
            out.append(f"    source: \"WordNet 3.0 {pos} synset {group['synset']}: {gloss}\"")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
