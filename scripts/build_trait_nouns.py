"""Build ``assistant/data/trait_nouns.txt``: person nouns that name a person by a personality trait.

A noun names a person by a trait ("a perfectionist", "an optimist", "a cheapskate", "a braggart") when its first
Princeton WordNet 3.0 sense is a person (lexicographer file noun.person) and that sense is tied to a trait in one of
two ways:

* ``derivation``: the sense is derivationally related (the ``+`` pointer of ``data.noun``) to a noun at or below
  trait.n.01 (04616059, "a distinguishing feature of your personal nature"): perfectionist -> perfectionism,
  optimist -> optimism, opportunist -> opportunism; and its gloss defines a kind of person ("a person who ...",
  "someone ...", "a conceited and self-centered person"), not a member of a body or a holder of an office (citizen ->
  citizenship and statesman -> statesmanship are links to a conduct, but the glosses define a member and a leader);
* ``gloss``: its gloss is "a/an [adverb] ADJ [and ADJ] person|individual|man|woman|one" or "a person|someone|one who
  is [adverb] ADJ" with ADJ a trait adjective (``assistant/data/trait_adjectives.txt``, scripts/build_trait_adjectives.py)
  that takes no complement ("a person who is responsible for attending to ..." names a duty, not a trait): cheapskate
  "a miserly person", braggart "a very boastful and talkative person", scatterbrain "a flighty and disorganized person".

One-word lower-case alphabetic lemmas, kept when in ``assistant/data/person_nouns.txt`` (first and most senses name a
person: "dragon", "monkey", "beast" stay out) and in ``assistant/data/common_words.txt``. Left out by hand, with the
reason in the header: spiritualist (its first sense is a medium, an office of a faith: a belief is the bias checker's)
and entrepreneur (a role: its gloss names an activity; role nouns are left alone, as "a natural leader").
Each line is ``WORD<TAB>SYNSET<TAB>ROUTE`` (the WordNet 3.0 offset of the sense and how it is tied to a trait: the
trait noun or the gloss adjective), the entry's source. The feedback coach reads them as the predicate noun of a person
(``assistant/analyzers/feedback/persona.py``; rule ``trait-noun`` in assistant/rules/feedback.yaml).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_trait_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun``, ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "trait_nouns.txt"
TRAIT = "04616059"
PERSON_FILE = "18"  # noun.person
LEFT_OUT = {"spiritualist": "first sense a medium, an office of a faith (a belief is the bias checker's)",
            "entrepreneur": "a role: the gloss names an activity, organizing a business venture (role nouns are left alone)"}
_ADVERB = r"(?:(?:very|excessively|overly|unusually|habitually|extremely|highly|cruelly|fiercely|playfully|openly|[a-z]+ly)\s+)?"
_GLOSS = re.compile(rf"^(?:a|an)\s+{_ADVERB}([a-z-]+)\s+(?:and\s+{_ADVERB}([a-z-]+)\s+)?(?:person|individual|man|woman|one)\b"
                    rf"|^(?:a\s+person|someone|one)\s+who\s+is\s+{_ADVERB}([a-z-]+)(?!\s+(?:for|to|of|with|in|at|about)\b)")
_KIND_OF_PERSON = re.compile(r"^(?:(?:a|an)\s+(?:[a-z-]+\s+(?:and\s+)?){0,3}person\b|a\s+person\b|someone\b|one\b|person\b)")
HEADER = """\
# Person nouns that name a person by a personality trait (built by scripts/build_trait_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word lower-case
# lemmas whose first sense is in noun.person and is derivationally related to a noun at or below trait.n.01 (04616059)
# with a gloss that defines a kind of person (ROUTE = derivation:<trait noun>), or glossed "a <trait adjective> person"
# / "a person who is <trait adjective>" (ROUTE = gloss:<adjective of assistant/data/trait_adjectives.txt>); kept when in
# assistant/data/person_nouns.txt and assistant/data/common_words.txt. Left out: spiritualist (first sense a medium,
# an office of a faith: a belief is the bias checker's) and entrepreneur (a role: its gloss names an activity).
""" + wordnet_io.WORDNET_LICENCE


def _trait_adjectives() -> set[str]:
    path = ROOT / "assistant" / "data" / "trait_adjectives.txt"
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def _synsets(folder: Path) -> dict[str, tuple[str, str, list[tuple[str, str, str, str]]]]:
    """Synset offset -> (lexicographer file, first gloss clause, pointers) of ``data.noun``."""
    out = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        at = 4 + 2 * int(parts[3], 16)
        raw = parts[at + 1:at + 1 + 4 * int(parts[at])]
        out[parts[0]] = (parts[1], gloss.split(";")[0].strip(), [tuple(raw[i:i + 4]) for i in range(0, len(raw), 4)])
    return out


def _route(folder: Path, offset: str, synsets: dict, up: dict, adjectives: set[str]) -> str | None:
    """How the person sense ``offset`` is tied to a trait, or None."""
    lexfile, gloss, pointers = synsets[offset]
    if lexfile != PERSON_FILE:
        return None
    if _KIND_OF_PERSON.match(gloss):
        for symbol, target, pos, _ in pointers:
            if symbol == "+" and pos == "n" and wordnet_io.below(target, {TRAIT}, up):
                return "derivation:" + wordnet_io.synset_members(folder, target, "noun")[0]
    m = _GLOSS.match(gloss)
    if m:
        for word in (w for w in m.groups() if w):
            if word in adjectives:
                return "gloss:" + word
    return None


def trait_nouns(folder: Path) -> list[tuple[str, str, str]]:
    up = wordnet_io.hypernyms(folder)
    synsets = _synsets(folder)
    adjectives = _trait_adjectives()
    common = wordnet_io.common_words(ROOT)
    people = {w for line in (ROOT / "assistant" / "data" / "person_nouns.txt").read_text(encoding="utf-8").splitlines()
              if not line.startswith("#") for w in line.split()}
    out = []
    for word, offsets in wordnet_io.index_entries(folder, "noun"):
        if not (word.isalpha() and word.islower() and word in common and word in people) or word in LEFT_OUT:
            continue
        route = _route(folder, offsets[0], synsets, up, adjectives)
        if route:
            out.append((word, offsets[0], route))
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    rows = trait_nouns(Path(argv[0]))
    OUT.write_text(HEADER + "".join(f"{w}\t{o}\t{r}\n" for w, o, r in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
