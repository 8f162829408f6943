"""Build ``assistant/data/trait_adjectives.txt``: adjectives that name a personality trait.

An adjective names a trait when one of its Princeton WordNet 3.0 senses is derivationally related (the ``+`` pointer
of ``data.adj``) to a noun synset that is, or lies below (hypernym pointers), trait.n.01 (04616059, "a distinguishing
feature of your personal nature"): soft -> softness ("a disposition to be lenient in judging others"), trusting ->
trust, passive -> passivity, nice -> politeness, easygoing -> easygoingness. Each line is ``WORD<TAB>SENSE`` where
SENSE is ``first`` when such a sense is one of the word's two most frequent adjective senses (``index.adj`` order:
soft's second sense is "compassionate and kind; conciliatory: he was soft on his children") and ``any`` otherwise
(hard -> severity, short -> abruptness: a trait only when the person it is shown to is named, "too hard on him").
One-word lower-case alphabetic lemmas, kept when in ``assistant/data/common_words.txt``. The feedback coach reads
them after an excess degree word predicated of a person (``assistant/analyzers/feedback/excess.py``).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_trait_adjectives.py WORDNET_DIR

WORDNET_DIR holds ``index.adj``, ``data.adj`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37,
usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "trait_adjectives.txt"
TRAIT = "04616059"
HEADER = """\
# Adjectives that name a personality trait (built by scripts/build_trait_adjectives.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.adj / data.adj / data.noun): one-word
# lower-case lemmas with a sense derivationally related to a noun at or below trait.n.01 (04616059); `first` when
# that sense is one of the word's two most frequent, else `any`; kept when in assistant/data/common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def _trait_linked(folder: Path) -> dict[str, set[str]]:
    """Adjective synset offset -> its lemmas (those the pointer names) derivationally related to a trait noun."""
    up = wordnet_io.hypernyms(folder)
    linked: dict[str, set[str]] = {}
    for line in (folder / "data.adj").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        words = [parts[4 + 2 * i].split("(")[0].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = parts[at + 1:at + 1 + 4 * int(parts[at])]
        for i in range(0, len(pointers), 4):
            symbol, target, pos, source_target = pointers[i:i + 4]
            if symbol == "+" and pos == "n" and wordnet_io.below(target, {TRAIT}, up):
                source = int(source_target[:2], 16)
                linked.setdefault(parts[0], set()).update(words if source == 0 else [words[source - 1]])
    return linked


def trait_adjectives(folder: Path) -> list[tuple[str, str]]:
    linked = _trait_linked(folder)
    common = wordnet_io.common_words(ROOT)
    out = []
    for word, offsets in wordnet_io.index_entries(folder, "adj"):
        if not (word.isalpha() and word.islower() and word in common):
            continue
        senses = [o in linked and word in linked[o] for o in offsets]
        if any(senses):
            out.append((word, "first" if any(senses[:2]) else "any"))
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    words = trait_adjectives(Path(argv[0]))
    OUT.write_text(HEADER + "".join(f"{w}\t{s}\n" for w, s in words), encoding="utf-8")
    print(f"{len(words)} adjectives -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
