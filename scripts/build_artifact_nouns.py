"""Build ``assistant/data/artifact_nouns.txt``: common nouns that name a made physical thing.

In a noun compound the first noun classifies the head after it, and the head says what the phrase names (Quirk et
al. 1985, 17.108ff): "the makeup table", "her hair net", "his beard net", "her makeup bag" name a table, a net and a
bag, not the person's looks. The bias checker reads a characteristic word followed by such a head as a thing's
modifier, not a remark on the person (``assistant.analyzers.bias.checker._Checker._is_thing_after``).

A one-word lower-case alphabetic lemma of Princeton WordNet 3.0 is listed when its first (most frequent) sense is,
or lies below (hypernym pointers), artifact.n.01 (00021939: "a man-made object taken as a whole"), or when its first
sense is an arrangement of noun.group that names no people (not at or below people.n.01 07942152 or social_group.n.01
07950920) and its second sense is an artifact ("table": a tabular array, then the piece of furniture). Left out are
nouns one of whose two most frequent senses names a person (noun.person) or a part of the body (noun.body) or lies
at or below the worn things: clothing.n.01 03051540, cloth_covering.n.01 03050026 (sleeve), footwear 03381126 and 03380867, toiletry.n.01 04447443
(cosmetics), adornment.n.01 02681518 (jewellery), hairpiece.n.01 03476083, headdress.n.01 03502509; and every word
of the appearance rules' patterns and of the context vocabularies ``garments`` and ``body_parts``
(``assistant/rules``), so that no word an appearance remark is made of ("hair", "makeup", "tattoo", "suit",
"heels") becomes a thing. A noun used more as a verb than as a noun (fewer SemCor noun tags than verb tags in
``cntlist.rev``, or fewer noun than verb senses when none is tagged: "cover", "brush", "stand", "drape") is left out
too, since after a person's hair or makeup it is more often the clause's verb ("her hair stands on end"). Kept when
SCOWL lists the word (``assistant/data/common_words.txt``).

One-word lower-case alphabetic lemmas of ``index.noun``; lexicographer files and hypernyms from ``data.noun``; tag
counts from ``cntlist.rev``, sense counts from ``index.noun`` / ``index.verb``.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_artifact_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun``, ``index.verb``, ``data.noun`` and ``cntlist.rev`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)
import yaml
from build_non_kind_words import senses, tag_counts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "artifact_nouns.txt"
RULES = ROOT / "assistant" / "rules"
ARTIFACT = "00021939"
GROUP_FILE = 14
PEOPLE = {"07942152": "people", "07950920": "social group"}
PERSON_FILE, BODY_FILE = 18, 8
WORN = {
    "03051540": "clothing",
    "03050026": "cloth covering (sleeve, lining)",
    "03381126": "footwear (covering for a person's feet)",
    "03380867": "footwear (clothing worn on a person's feet)",
    "04447443": "toiletry (cosmetics)",
    "02681518": "adornment (jewellery)",
    "03476083": "hairpiece",
    "03502509": "headdress",
}
HEADER = """\
# Common nouns naming a made physical thing (built by scripts/build_artifact_nouns.py; see its docstring).
# Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37, index.noun / data.noun): one-word lower-case
# lemmas whose first synset is or lies below artifact.n.01 (00021939), or whose first synset is a noun.group
# arrangement naming no people and whose second is an artifact; less nouns with a person, body-part, clothing,
# cloth-covering, footwear, cosmetic, jewellery or hairpiece sense among their two most frequent senses and the words of the
# appearance rules and the garments / body_parts vocabularies, and less nouns used more as verbs (fewer SemCor noun
# than verb tags in cntlist.rev, or fewer noun than verb senses when untagged); kept when in common_words.txt.
""" + wordnet_io.WORDNET_LICENCE


def appearance_words() -> set[str]:
    """Every word of the appearance rules' patterns and of the garments / body_parts vocabularies."""
    words: set[str] = set()
    for path in sorted(RULES.glob("bias*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for rule in data.get("rules", []) or []:
            if rule.get("category") == "appearance":
                for pattern in rule.get("patterns", []):
                    words.update(re.findall(r"[a-z]+", pattern.lower()))
        vocab = data.get("vocabulary", {}) or {}
        for name in ("garments", "body_parts"):
            for entry in vocab.get(name, []) or []:
                words.update(re.findall(r"[a-z]+", str(entry).lower()))
    return words


def artifact_nouns(folder: Path) -> list[str]:
    up = wordnet_io.hypernyms(folder)
    lexfile = wordnet_io.lex_files(folder)
    known = wordnet_io.common_words(ROOT)
    worn, people, artifact = set(WORN), set(PEOPLE), {ARTIFACT}
    appearance = appearance_words()
    counts, tagged = senses(folder), tag_counts(folder)

    def mostly_verb(word: str) -> bool:
        uses = tagged.get(word)
        if not uses or not (uses["n"] or uses["v"]):
            uses = counts.get(word, {"n": 1, "v": 0})
        return uses["n"] < uses["v"]

    def made_thing(offsets: list[str]) -> bool:
        if wordnet_io.below(offsets[0], artifact, up):
            return True
        return (len(offsets) > 1 and lexfile[offsets[0]] == GROUP_FILE and not wordnet_io.below(offsets[0], people, up)
                and wordnet_io.below(offsets[1], artifact, up))

    def excluded(offsets: list[str]) -> bool:
        return any(lexfile[o] in (PERSON_FILE, BODY_FILE) or wordnet_io.below(o, worn, up) for o in offsets[:2])

    return sorted(w for w, offsets in wordnet_io.index_entries(folder)
                  if w.isalpha() and w.islower() and w in known and w not in appearance
                  and made_thing(offsets) and not excluded(offsets) and not mostly_verb(w))


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, artifact_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
