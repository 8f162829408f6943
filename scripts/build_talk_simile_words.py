"""Build ``assistant/data/talk_simile_words.txt``: the verbs of talk and the nouns marked female by their head that
gender_coded.gendered_simile_talk reads ("She nags the apprentice about his stitching like a fishwife").

Round 37 (biasrec37). A simile whose standard is a woman of a trade, named by a compound whose head marks her sex
(fishwife, washerwoman, charwoman, milkmaid, barmaid), said of how a colleague talks, puts the scold stereotype on
the person: the standard is chosen for her sex and her speech, not for a skill (Merriam-Webster, fishwife 2: 'a
vulgar abusive woman'; Bias Interrupters, tightrope: women's speech judged as abrasive; Snyder 2014). WordNet 3.0
files such nouns under their trade (fishwife under fishmonger, washerwoman under worker), not below female_person, so
the nouns of gender_coded.gendered_simile miss them. Two lists, both from Princeton WordNet 3.0:

- ``noun``: one-word lower-case noun lemmas whose first synset is in noun.person (lexicographer file 18) and whose
  head is a noun marked female (``FEMALE_HEADS``: wife, woman, maid, wench, girl, lady; the marked forms of Quirk et
  al. 1985, 5.104-5.109, which have no generic use, unlike '-man'), with a modifier before it, less the nouns already
  in assistant/data/gendered_person_nouns.txt.
- ``base`` and ``verb``: the base form, and the -s, -ed (or verb.exc's irregular past) and -ing forms, of one-word
  verb lemmas whose first synset is in verb.communication (lexicographer file 32: complain, nag, shout, gossip,
  scream, talk).

The role similes ("I'm like a midwife, holding space for you") take no verb of talk and stay clean.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_talk_simile_words.py WORDNET_DIR

WORDNET_DIR holds ``index.noun``, ``index.verb``, ``data.noun``, ``data.verb`` and ``verb.exc`` (Debian package
wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "talk_simile_words.txt"
GENDERED = ROOT / "assistant" / "data" / "gendered_person_nouns.txt"
FEMALE_HEADS = ("wife", "woman", "maid", "wench", "girl", "lady")
NOUN_PERSON, VERB_COMMUNICATION = 18, 32
VOWELS = "aeiou"
HEADER = """\
# Nouns marked female by their head and the forms of verbs of talk (built by scripts/build_talk_simile_words.py; see
# its docstring). Source: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37): 'noun' lines, noun.person
# lemmas headed by wife, woman, maid, wench, girl or lady (not in gendered_person_nouns.txt); 'base' and 'verb'
# lines, the base and the other forms of verb lemmas whose first synset is in verb.communication. One 'KIND WORD' a line.
""" + wordnet_io.WORDNET_LICENCE


def forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """The base, third-person -s, past and -ing forms of ``lemma``."""
    out = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if lemma in irregular:
        out.update(irregular[lemma])
    elif lemma.endswith("e"):
        out.add(lemma + "d")
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        out.add(lemma[:-1] + "ied")
    else:
        out.add(lemma + "ed")
    doubled = [f for f in irregular.get(lemma, []) if f.endswith("ed") and len(f) > 4 and f[-3] == f[-4]]
    if doubled:
        out.add(doubled[0][:-2] + "ing")  # verb.exc's doubled past ("nagged") gives the -ing form ("nagging")
    elif lemma.endswith("ie"):
        out.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        out.add(lemma[:-1] + "ing")
    else:
        out.add(lemma + "ing")
    return out


def talk_simile_words(folder: Path) -> list[str]:
    gendered = {w for line in GENDERED.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
                for w in line.split()}
    nouns_lex = wordnet_io.lex_files(folder)
    nouns = sorted(lemma for lemma, offsets in wordnet_io.index_entries(folder)
                   if lemma.isalpha() and lemma.islower() and nouns_lex[offsets[0]] == NOUN_PERSON
                   and lemma not in gendered
                   and any(lemma.endswith(h) and len(lemma) > len(h) + 1 for h in FEMALE_HEADS))
    verbs_lex = wordnet_io.lex_files(folder, "verb")
    irregular = wordnet_io.irregular_past_forms(folder)
    lemmas = [lemma for lemma, offsets in wordnet_io.index_entries(folder, "verb")
              if lemma.isalpha() and verbs_lex[offsets[0]] == VERB_COMMUNICATION]
    # the base form apart: it is a noun as often as a verb ("your mentor", "a shout"), read only after a subject
    # pronoun, a modal or 'to' (the rule's needs_before)
    inflected = sorted({form for lemma in lemmas for form in forms(lemma, irregular) if form != lemma})
    return [f"noun {w}" for w in nouns] + [f"base {w}" for w in sorted(lemmas)] + [f"verb {w}" for w in inflected]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    lines = talk_simile_words(Path(argv[0]))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
