"""Build ``assistant/data/mishap_nominals.txt``: nouns that WordNet defines as the mishap a mishap verb names.

A noun one of whose two most frequent senses in Princeton WordNet 3.0 is glossed as the thing that befalls, or the
act of, one of the mishap verbs of ``scripts/build_mishap_participles.py``'s anchor synsets ("loss": "something
that is lost"; "heist": "the act of stealing"; "defacement": "the act of damaging the appearance or surface of
something") names that mishap as "damage", "failure" or "injury" do; it is the verb's nominalization (Quirk et al.
1985, 17.51-17.54: a deverbal noun carries its verb's meaning into the noun phrase), so "No paint loss on any panel"
counts losses as "Zero panels lost" counts lost panels (``assistant.analyzers.goal.measures``). WordNet's
derivational pointers do not link "loss" to "lose", hence the gloss.

The gloss's defining phrase (its text before the first ";" or quotation) must open "something that is/has been
<participle>" or "(the/an) act/event/instance of <-ing form>", the form one of an anchor's named lemmas (damage,
injure, lose, misplace, mislay, break, destroy, ruin, spoil, steal, crack, fail, miss), not coordinated with
another verb ("something that is lost or surrendered as a penalty" is a forfeit, no mishap). Left out: nouns in
"-ing" (a gerund before a noun reads as a participle adjective, "breaking changes"). Kept when SCOWL lists the word
(``assistant/data/common_words.txt``).

    PYTHONPATH=$PWD .venv/bin/python scripts/build_mishap_nominals.py WORDNET_DIR

WORDNET_DIR holds ``index.noun``, ``data.noun`` and ``verb.exc`` (Debian package wordnet-base 1:3.0-37,
usr/share/wordnet).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)
from build_mishap_participles import ANCHORS

from assistant.text import inflections

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "mishap_nominals.txt"
SENSES = 2
# the lemmas each anchor names before its gloss ("misplace, lose, mislay: ..."), one-word ones
VERBS = sorted({lemma.strip() for gloss in ANCHORS.values() for lemma in gloss.split(":")[0].split(",")
                if lemma.strip().isalpha()})
_DEFINED = re.compile(r"(?:(?:the|an?)\s+)?(?:(?:act|event|instance)\s+of\s+|something\s+that\s+(?:is|has\s+been)\s+)"
                      r"(?P<verb>[a-z]+)(?P<rest>.*)")
HEADER = """\
# Nouns WordNet defines as the mishap a mishap verb names (built by scripts/build_mishap_nominals.py; see its
# docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun /
# verb.exc): one-word lower-case noun lemmas, none in "-ing", one of whose two most frequent synsets has a gloss
# opening "something that is <participle>" or "the act/event/instance of <-ing form>" of damage, injure, lose,
# misplace, mislay, break, destroy, ruin, spoil, steal, crack, fail or miss (the anchor lemmas of
# scripts/build_mishap_participles.py), not coordinated with another verb; kept when in common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def glosses(folder: Path) -> dict[str, str]:
    """The defining phrase of each noun synset's gloss: its text before the first ";" or quotation mark."""
    out: dict[str, str] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" ") and " | " in line:
            out[line.split(maxsplit=1)[0]] = re.split(r'[;"]', line.split(" | ", 1)[1])[0].strip()
    return out


def mishap_nominals(folder: Path) -> list[str]:
    irregular = wordnet_io.irregular_past_forms(folder)
    forms = {form for verb in VERBS for form in (*inflections(verb), *irregular.get(verb, []))}
    known = wordnet_io.common_words(ROOT)
    gloss = glosses(folder)
    out = []
    for lemma, offsets in wordnet_io.index_entries(folder, "noun"):
        if not (lemma.isalpha() and lemma.islower() and lemma in known) or lemma.endswith("ing"):
            continue
        for offset in offsets[:SENSES]:
            m = _DEFINED.fullmatch(gloss.get(offset, ""))
            if m and m.group("verb") in forms and not re.match(r"\s+(?:or|and)\s+[a-z]+(?:ed|en|ing)\b", m.group("rest")):
                out.append(lemma)
                break
    return sorted(out)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, mishap_nominals, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
