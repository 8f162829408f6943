"""Build ``assistant/data/mishap_participles.txt``: the past participles of verbs that name a mishap befalling a thing.

A verb one of whose two most frequent senses in Princeton WordNet 3.0 is one of the anchor synsets below, or a direct
troponym of one (its "@" hypernym pointer names the anchor), tells what befalls a thing by chance or fault: it is
damaged, injured, lost, broken, ruined, spoiled, stolen, cracked, missed or fails. In a reduced passive relative
after a zero count ("Zero templates damaged or lost", "Zero items broken or lost during transport"; Quirk et al. 1985,
17.29-17.31, postmodifying -ed clauses) or as a participle adjective before the noun ("zero damaged shipments"; 7.15),
the participle names the event counted, as "zero collisions" names it with an adverse event noun
(``scripts/build_adverse_event_nouns.py``): a perfection target on a running operation
(``assistant.analyzers.goal.measures``). Only direct troponyms are kept: deeper ones drift from the mishap sense
("grind", "munch" under "break"; "eliminate", "prune" under "destroy"), and the "destroy: do away with" synset
(01619947) is left out for the same reason. Kept when SCOWL lists the verb (``assistant/data/common_words.txt``).

The participles: the regular "-ed" form (``assistant.text.inflections``) and the irregular past forms of ``verb.exc``
("lost", "broken", "stolen", "torn"); words of the lists both read.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_mishap_participles.py WORDNET_DIR

WORDNET_DIR holds ``index.verb``, ``data.verb`` and ``verb.exc`` (Debian package wordnet-base 1:3.0-37,
usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

from assistant.text import IRREGULAR_VERBS, inflections

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "mishap_participles.txt"
SENSES = 2
# WordNet 3.0 verb synsets (offset: first lemma, gloss) naming a mishap that befalls a thing
ANCHORS = {
    "00258857": "damage: inflict damage upon",
    "00588084": "damage: suffer or be susceptible to damage",
    "00069879": "injure: cause injuries or bodily harm to",
    "02287807": "lose: fail to keep or to maintain; cease to have",
    "01503119": "misplace, lose, mislay: place (something) where one cannot find it again",
    "00334186": "break: become separated into pieces or fragments",
    "00258665": "break: render inoperable or ineffective",
    "01564162": "destroy, ruin: destroy completely; damage irreparably",
    "00210259": "spoil, go bad: become unfit for consumption or use",
    "02321775": "steal: take without the owner's consent",
    "00336260": "crack: become fractured; break or crack on the surface only",
    "00434374": "fail, go bad, break down: stop operating or functioning",
    "02528380": "fail: be unsuccessful",
    "02529284": "fail: fail to do something; leave something undone",
    "02613672": "miss: fail to attend an event or activity",
}
HEADER = """\
# Past participles of verbs naming a mishap that befalls a thing (built by scripts/build_mishap_participles.py; see
# its docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.verb / data.verb /
# verb.exc): one-word lower-case verb lemmas one of whose two most frequent synsets is, or is a direct troponym of,
# one of the synsets 00258857 / 00588084 (damage), 00069879 (injure), 02287807 (lose), 01503119 (misplace),
# 00334186 / 00258665 (break), 01564162 (destroy, ruin), 00210259 (spoil), 02321775 (steal), 00336260 (crack),
# 00434374 / 02528380 / 02529284 (fail), 02613672 (miss); kept when in common_words.txt; their regular "-ed" forms and
# the irregular past forms of verb.exc.
""" + wordnet_io.WORDNET_LICENCE


def mishap_verbs(folder: Path) -> list[str]:
    """The verb lemmas one of whose two most frequent senses is an anchor or a direct troponym of one."""
    up = wordnet_io.hypernyms(folder, "verb")
    known = wordnet_io.common_words(ROOT)
    return sorted(w for w, offsets in wordnet_io.index_entries(folder, "verb")
                  if w.isalpha() and w.islower() and w in known
                  and any(o in ANCHORS or any(p in ANCHORS for p in up.get(o, [])) for o in offsets[:SENSES]))


def mishap_participles(folder: Path) -> list[str]:
    irregular = wordnet_io.irregular_past_forms(folder)
    out: set[str] = set()
    for verb in mishap_verbs(folder):
        forms = set(irregular.get(verb, []))
        if verb in IRREGULAR_VERBS:
            forms |= {f for f in IRREGULAR_VERBS[verb] if not f.endswith(("s", "ing"))}
        else:
            forms |= {f for f in inflections(verb) if f.endswith("ed")}
        out |= {f for f in forms if f.isalpha()}
    return sorted(out)


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, mishap_participles, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
