"""Build ``assistant/data/harm_adjectives.txt``: adjectives that name ill health, whose time is a count of harm.

An adjective whose first sense in Princeton WordNet 3.0 carries a derivationally related form ("+" pointer) to a noun
synset that is, or lies below, 14052046 "ill health, unhealthiness, health problem: a state in which you are unable to
function normally without help" (its hyponyms include illness, sickness, injury, ailment) names a person's ill health:
"sick" and "ill" (synset 02541303, related to "illness, unwellness, malady, sickness"). Before a noun of time off
("sick days", "sick leave", "ill-health absence") it makes a count of time lost to harm, as "lost-time injuries" is a
count of injuries: a zero of it on a running operation is a perfection target, as a zero of any adverse event is
(``assistant.analyzers.goal.counts``; ``scripts/build_adverse_event_nouns.py`` gives the reasoning). Kept when SCOWL
lists the word (``assistant/data/common_words.txt``).

One-word lower-case alphabetic lemmas of ``index.adj``; pointers from ``data.adj``, hypernyms from ``data.noun``.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_harm_adjectives.py WORDNET_DIR

WORDNET_DIR holds ``index.adj``, ``data.adj``, ``index.noun`` and ``data.noun`` (Debian package wordnet-base
1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "harm_adjectives.txt"
ANCHORS = {"14052046"}  # ill health: a state in which you are unable to function normally without help
HEADER = """\
# Adjectives naming ill health (built by scripts/build_harm_adjectives.py; see its docstring). Source: Princeton
# WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.adj / data.adj / data.noun): one-word lower-case lemmas
# whose first adjective synset has a derivationally related noun at or below 14052046 (ill health); kept when in
# common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def _related_nouns(folder: Path) -> dict[str, list[str]]:
    """The noun synsets each adjective synset of ``data.adj`` names by a derivationally related form ("+")."""
    out: dict[str, list[str]] = {}
    for line in (folder / "data.adj").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        at = 4 + 2 * int(parts[3], 16)
        pointers = parts[at + 1:at + 1 + 4 * int(parts[at])]
        out[parts[0]] = [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] == "+" and pointers[i + 2] == "n"]
    return out


def harm_adjectives(folder: Path) -> list[str]:
    up = wordnet_io.hypernyms(folder)
    related = _related_nouns(folder)
    known = wordnet_io.common_words(ROOT)
    out = []
    for word, offsets in wordnet_io.common_entries(folder, known, name="adj"):
        if offsets and any(
                wordnet_io.below(n, ANCHORS, up) for n in related.get(offsets[0], [])):
            out.append(word)
    return sorted(out)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, harm_adjectives, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
