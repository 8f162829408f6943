"""Build ``assistant/data/male_role_nouns.txt``: role nouns marked male by "-man" that have a gender-neutral name.

Round 35 (biasman35). A one-word WordNet 3.0 noun lemma ending in "man" (not "woman") is kept when
- its first (most frequent) sense lies below person.n.01 (00007846) but not below male_person (09624168): it names
  a role or an occupation, not a man by his sex ("gentleman", "ironman" are the gendered-noun list's);
- ``data.noun`` writes it in lower case in that synset (a common noun: "Newman", "Truman", "Norman", "Englishman",
  "German" are names or nationalities, written capitalised);
- it has a gender-neutral name: a lemma of the same synset without "man" ("watchman": watcher, security guard;
  "seaman": mariner; "barman": bartender) or a "-woman" form in WordNet ("salesman"/"saleswoman"): APA's guideline
  (Publication Manual, 7th ed., 5.5) is to use a gender-neutral occupational term where one exists;
- and it is not in ``LEFT_OUT``: a sense that is no colleague's role (a criminal, a myth, a glutton, an enemy), a
  kin or origin noun, a school year ("freshman": the dev labelling keeps "freshmen" clean), "madman" (the ableism
  rules read it), "layman" (the lay/expert sense, no post) and "journeyman" (a licence grade, read by
  gendered_language.licence_grade only when said of every holder).
Role nouns the 2006 WordNet lacks are added from named outside lists (``OUTSIDE``): retext-equality's
``data/en/gender.yml`` (vendored in scripts/bias_sources/retext_equality.json) and job-title guides.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_male_role_nouns.py WORDNET_DIR

WORDNET_DIR holds ``index.noun`` and ``data.noun`` (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "data" / "male_role_nouns.txt"
RETEXT = ROOT / "scripts" / "bias_sources" / "retext_equality.json"
PERSON, MALE_PERSON = "00007846", "09624168"
LEFT_OUT = {
    # criminals, myths and non-roles (a neutral synonym exists, but no colleague holds the post)
    "cracksman", "gunman", "hitman", "triggerman", "henchman", "highwayman", "foeman", "trencherman", "caveman",
    "superman", "strawman", "bogeyman", "sandman", "merman", "everyman", "earthman", "muscleman", "strongman",
    "madman", "layman",
    # kin, origin and membership nouns, school years
    "kinsman", "countryman", "clansman", "tribesman", "townsman", "freshman", "underclassman", "lowerclassman",
    "bushman", "backwoodsman", "dalesman", "plainsman", "frontiersman", "liegeman", "bondman", "bondsman", "freeman",
    "freedman", "brahman", "landman", "landsman", "bogieman", "boogieman", "hangman", "yeoman",
    # "shaman" is an Evenki word, no "-man" compound
    "shaman",
    # a licence grade: gendered_language.licence_grade reads it, said of every holder only
    "journeyman",
}
# Role nouns outside WordNet 3.0, each with its source.
OUTSIDE = {
    "storeman": "Indeed Australia, 'What Does a Storeperson Do?' (au.indeed.com, 2022): storeperson; ANZSCO 741111",
    "crewman": "Ongig, 'Gender-neutral job titles' (blog.ongig.com): crewman -> crew member",
    "ferryman": "Infinite Lexicon, ferryman (infinitelexicon.com/ferryman): the job 'is now performed by professional "
                "ferry operators'",
}


def retext_role_nouns() -> set[str]:
    """retext-equality's ``gender.yml`` one-word terms ending in "man" (its male forms of a role)."""
    data = json.loads(RETEXT.read_text(encoding="utf-8"))
    text = json.dumps(data)
    words = set()
    for token in text.replace('"', " ").replace(",", " ").split():
        if token.endswith("man") and not token.endswith("woman") and token.isalpha() and token != "man":
            words.add(token)
    return words


def male_role_nouns(folder: Path) -> list[str]:
    synsets: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        synsets[parts[0]] = [parts[4 + 2 * n] for n in range(int(parts[3], 16))]
    up = wordnet_io.hypernyms(folder)
    index = dict(wordnet_io.index_entries(folder))
    out = set()
    for lemma, offsets in index.items():
        if not lemma.endswith("man") or lemma.endswith("woman") or not lemma.isalpha() or lemma in LEFT_OUT:
            continue
        first = offsets[0]
        if not wordnet_io.below(first, {PERSON}, up) or wordnet_io.below(first, {MALE_PERSON}, up):
            continue
        lemmas = synsets[first]
        if lemma not in lemmas:  # written capitalised there: a name or a nationality
            continue
        neutral = any("man" not in w.lower() and w == w.lower() for w in lemmas)
        if neutral or lemma[:-3] + "woman" in index:
            out.add(lemma)
    # retext-equality's role nouns (the same LEFT_OUT; a capitalised WordNet name stays out)
    for word in retext_role_nouns():
        if word not in LEFT_OUT and (word not in index or (wordnet_io.below(index[word][0], {PERSON}, up)
                                                           and not wordnet_io.below(index[word][0], {MALE_PERSON}, up))):
            lemmas = synsets[index[word][0]] if word in index else [word]
            if word in lemmas:
                out.add(word)
    out |= set(OUTSIDE)
    return sorted(out)


HEADER = """\
# Role nouns marked male by "-man" that have a gender-neutral name (built by scripts/build_male_role_nouns.py; see
# its docstring). Sources: Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37): one-word lemmas ending in
# "man" whose first synset lies below person.n.01 and not below male_person, written in lower case there, with a
# synonym without "man" or a "-woman" form; retext-equality data/en/gender.yml (MIT); storeman (Indeed Australia,
# storeperson), crewman (Ongig, gender-neutral job titles), ferryman (Infinite Lexicon: ferry operator).
# Left out: criminals, myths, kin/origin nouns, school years, "journeyman" (a licence grade, its own rule).
""" + wordnet_io.WORDNET_LICENCE


def main(argv: list[str]) -> int:
    return wordnet_io.build_main(argv, __doc__, male_role_nouns, OUT, ROOT, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
