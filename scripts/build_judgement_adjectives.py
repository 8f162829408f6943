"""Build assistant/data/judgement_adjectives.txt: adjectives that judge a person or their work, by WordNet similarity.

The feedback coach's trait and harsh list rules name judgement adjectives one by one ("careless", "rude",
"stubborn", "disrespectful"); VADER rates others. Words of the same meaning that neither names ("slapdash",
"slipshod", "brusque", "patronising", "pigheaded", "boisterous") are read here from Princeton WordNet 3.0's
adjective clusters: a head adjective synset and its satellites ("similar to", ``&``) share one meaning.

An adjective is listed when

* its first (most frequent) WordNet sense is a satellite of a head synset, or is itself a head synset, that is the
  first sense of a word a trait or harsh list rule judges a person by (rules with ``match: person`` or
  ``match: harsh`` in assistant/rules/feedback.yaml), or its first sense is shared with such a word;
* no word of that head synset or of its own synset is rated positive by VADER (assistant/data/vader_lexicon.txt)
  or matched by the praise lexicon (a sense that also praises: "dogged, persistent, tenacious");
* VADER does not rate it, no list rule names it and the praise lexicon does not match it (those decide already);
* the head is not one of HEADS_LEFT_OUT: judged words whose first WordNet sense is physical or statistical, not a
  judgement of a person (cold: temperature; toxic: poison; volatile: evaporating; shallow: depth; needy: poverty;
  mean: the average).

Each line is ``word<TAB>head word``. Usage (WordNet from Debian wordnet-base 1:3.0-37, usr/share/wordnet):

    PYTHONPATH=$PWD .venv/bin/python scripts/build_judgement_adjectives.py WORDNET_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules
from assistant.analyzers.valence import lexicon

OUT = Path(__file__).resolve().parent.parent / "assistant" / "data" / "judgement_adjectives.txt"
HEADS_LEFT_OUT = frozenset(["cold", "toxic", "volatile", "shallow", "needy", "mean"])


def synsets(folder: Path) -> dict[str, tuple[str, list[str], list[tuple[str, str]]]]:
    """data.adj: offset -> (synset type, lemmas, pointers as (symbol, offset))."""
    out = {}
    for line in (folder / "data.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.partition(" | ")[0].split()
        offset, kind, count = fields[0], fields[2], int(fields[3], 16)
        lemmas = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
        k = 4 + 2 * count
        pointers = [(fields[k + 1 + 4 * i], fields[k + 2 + 4 * i]) for i in range(int(fields[k]))]
        out[offset] = (kind, lemmas, pointers)
    return out


def first_senses(folder: Path) -> dict[str, str]:
    """index.adj: lemma -> offset of its first sense."""
    out = {}
    for line in (folder / "index.adj").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            out[fields[0]] = fields[4 + int(fields[3]) + 2]
    return out


def build(folder: Path) -> list[tuple[str, str]]:
    rules = load_feedback_rules()
    rated = lexicon()
    judged = {w for kind, match, w in rules.listed_by_kind if kind in ("trait", "harsh") and match in ("person", "harsh")}
    syn, first = synsets(folder), first_senses(folder)

    def head_of(offset: str) -> str:
        kind, _, pointers = syn[offset]
        return offset if kind == "a" else next((o for s, o in pointers if s == "&"), offset)

    out = []
    for lemma, offset in sorted(first.items()):
        if "_" in lemma or lemma in rated or lemma in rules.listed_words or rules.praise.fullmatch(lemma):
            continue
        head = head_of(offset)
        if any(rated.get(w, 0.0) > 0 or rules.praise.fullmatch(w) for w in (*syn[head][1], *syn[offset][1])):
            continue  # a sense that also praises ("dogged, persistent, tenacious")
        by = [w for w in syn[head][1] if w in judged and first.get(w) == head and rated.get(w, 0.0) <= 0] or [
            w for w in syn[offset][1] if w in judged and w != lemma and first.get(w) == offset]
        if by and by[0] not in HEADS_LEFT_OUT:
            out.append((lemma, by[0]))
    return out


def main() -> None:
    entries = build(Path(sys.argv[1]))
    OUT.write_text("".join(f"{w}\t{h}\n" for w, h in entries), encoding="utf-8")
    print(f"{len(entries)} adjectives -> {OUT}")


if __name__ == "__main__":
    main()
