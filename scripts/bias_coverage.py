"""Coverage of the bias analyzer against published lists, source by source.

Each entry of an outside list (scripts/bias_sources/: retext-equality's word lists, vendored with their
MIT licence; APA bias-free language examples; Bias Interrupters' evaluation patterns; Gaucher et al.'s
coded words) is put into person-directed review sentences (third and second person, names from the
gazetteer) and counted as covered when the analyzer flags the term itself. Entries the labelling guides
leave clean (``expect: clean``) count the other way: a flag on one is a false alarm.

A term is tried in six template groups (noun, adjective, group label, verb, condition, phrase) and is covered when
at least two of the three sentences of its best group flag it: a term of one part of speech reads oddly
in the other groups, so only its best group counts.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_coverage.py                 # coverage per source
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_coverage.py --misses        # every uncovered entry
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_coverage.py --extract-retext DIR  # refresh the vendored lists
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path
from typing import NamedTuple

import yaml

from assistant.analyzers.bias import RuleSet, check_bias, load_rules

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "bias_sources"
RETEXT_FILE = SOURCES / "retext_equality.json"
PUBLISHED_FILE = SOURCES / "published_lists.yaml"
SCOPE_FILE = SOURCES / "retext_scope.yaml"
RETEXT_COMMIT = "192dedd"

# retext-equality files whose entries name one of the analyzer's categories; the others (condescending
# "simply", suicide, press, slogans, misc "master/slave") are outside them and reported apart.
RETEXT_IN_SCOPE = ("ablist", "gender", "lgbtq", "race")
# Pronouns are biased only as generic pronouns (each/every + role), which the person templates cannot
# carry: the guides call a pronoun for a specific person clean.
PRONOUNS = frozenset(
    ["he", "she", "him", "her", "his", "hers", "himself", "herself", "he'd", "she'd", "he'll", "she'll", "he's", "she's"]
)

# Two people from the name gazetteer (assistant/data/first_names.txt), one per grammatical gender.
PEOPLE = (
    {"N": "Priya", "S": "she", "O": "her", "P": "her"},
    {"N": "Daniel", "S": "he", "O": "him", "P": "his"},
)

TEMPLATES = {
    "noun": (
        "{N} is such a {t} in team meetings.",
        "Honestly, you are a {t} when deadlines get close.",
        "{S_} acted like a {t} with the new client last week.",
    ),
    "adjective": (
        "{N} was {t} during the quarterly review.",
        "You come across as {t} in meetings.",
        "{S_} seems {t} lately, and the team has noticed.",
    ),
    "group": (
        "{N} told the team that {t} never hit their targets.",
        "You said the {t} on the night shift are slow.",
        "{S_} would rather not hire {t} for the sales floor.",
    ),
    "verb": (
        "{N} {t} and missed the March deadline.",
        "You {t} in every planning meeting.",
        "In the review, {S} {t} twice.",
    ),
    "condition": (
        "{N} has {t}, so {S} should not lead the launch.",
        "With {P} {t}, you cannot expect {O} to travel.",
        "{S_} mentioned {P} {t} again, which explains the slow quarter.",
    ),
    "phrase": (
        "{N} {t} the feedback from the team.",
        "Since March, {N} {t}.",
        "We all know that {S} {t}.",
    ),
}


class Entry(NamedTuple):
    source: str
    group: str  # a list inside the source (retext file name, APA section...)
    term: str
    expect: str  # "flag" or "clean"
    sentences: tuple[str, ...] = ()


def extract_retext(repo: Path) -> dict:
    """The inconsiderate terms of every retext-equality data/en/*.yml file in a git checkout."""
    out: dict = {
        "source": f"retext-equality (github retextjs/retext-equality), data/en/*.yml at commit {RETEXT_COMMIT}; "
        "MIT licence (retext-equality.LICENSE). Extracted by scripts/bias_coverage.py --extract-retext.",
        "commit": RETEXT_COMMIT,
        "files": {},
    }
    names = subprocess.check_output(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", "data/en/"], text=True)
    for name in sorted(names.split()):
        text = subprocess.check_output(["git", "-C", str(repo), "show", f"HEAD:{name}"], text=True)
        entries = []
        for raw in yaml.safe_load(text):
            inc = raw["inconsiderate"]
            terms = [inc] if isinstance(inc, str) else list(inc)
            entry: dict = {"terms": terms}
            if raw.get("condition"):
                entry["condition"] = raw["condition"]
            if raw.get("source"):
                entry["cites"] = raw["source"]
            entries.append(entry)
        out["files"][Path(name).stem] = entries
    return out


def load_entries() -> list[Entry]:
    entries: list[Entry] = []
    retext = json.loads(RETEXT_FILE.read_text(encoding="utf-8"))
    scope = yaml.safe_load(SCOPE_FILE.read_text(encoding="utf-8"))
    left_out = {term: reason for reason, terms in scope["terms"].items() for term in terms}
    natural = scope.get("sentences", {})
    for name, items in retext["files"].items():
        for item in items:
            # one data entry joins two spellings with a comma ("frontwoman, front woman")
            for term in (t.strip() for raw in item["terms"] for t in raw.split(",")):
                if term.lower() in PRONOUNS:
                    continue
                if name not in RETEXT_IN_SCOPE:
                    entries.append(Entry("retext_other_files", name, term, "flag"))
                elif term.lower() in left_out:
                    entries.append(Entry("retext_left_out", f"{name}/{left_out[term.lower()]}", term, "flag"))
                else:
                    entries.append(Entry("retext", name, term, "flag", tuple(natural.get(term, ()))))
    published = yaml.safe_load(PUBLISHED_FILE.read_text(encoding="utf-8"))
    for source, block in published["sources"].items():
        for item in block["entries"]:
            entries.append(Entry(source, source, str(item["term"]), item["expect"], tuple(item.get("sentences", ()))))
    return entries


def _articles(text: str) -> str:
    return re.sub(r"\ba (?=[aeiouAEIOU])", "an ", text)


def _fill(template: str, person: dict[str, str], term: str) -> str:
    values = dict(person, S_=person["S"].capitalize(), t=term)
    return _articles(re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template))


def _flags_term(sentence: str, term: str, rules: RuleSet) -> bool:
    at = sentence.lower().find(_articles(term).lower())
    if at < 0:
        return False
    end = at + len(_articles(term))
    return any(f.start < end and f.end > at for f in check_bias(sentence, rules).flags)


def flagged(entry: Entry, rules: RuleSet) -> tuple[bool, str]:
    """Whether the analyzer flags the entry, and the sentence that shows it (or the best miss)."""
    if entry.sentences:
        results = [(_flags_term(_fill(s, p, entry.term), entry.term, rules), _fill(s, p, entry.term))
                   for s in entry.sentences for p in PEOPLE]
        hits = [s for ok, s in results if ok]
        return (len(hits) * 2 >= len(results), (hits or [results[0][1]])[0])
    best = (-1, "")
    for templates in TEMPLATES.values():
        hits = 0
        example = ""
        for k, template in enumerate(templates):
            sentence = _fill(template, PEOPLE[k % 2], entry.term)
            if _flags_term(sentence, entry.term, rules):
                hits += 1
                example = example or sentence
        if hits > best[0]:
            best = (hits, example or _fill(templates[0], PEOPLE[0], entry.term))
    return best[0] >= 2, best[1]


def coverage(entries: list[Entry], rules: RuleSet) -> dict[str, dict]:
    report: dict[str, dict] = {}
    for entry in entries:
        ok, sentence = flagged(entry, rules)
        row = report.setdefault(entry.source, {"flag": 0, "covered": 0, "clean": 0, "false_flags": 0,
                                               "misses": [], "false": []})
        if entry.expect == "flag":
            row["flag"] += 1
            row["covered"] += ok
            if not ok:
                row["misses"].append((entry.group, entry.term, sentence))
        else:
            row["clean"] += 1
            row["false_flags"] += ok
            if ok:
                row["false"].append((entry.group, entry.term, sentence))
    return report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list every uncovered entry and every false flag")
    parser.add_argument("--extract-retext", metavar="DIR", help="re-extract the retext-equality lists from a git checkout")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.extract_retext:
        RETEXT_FILE.write_text(json.dumps(extract_retext(Path(args.extract_retext)), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {RETEXT_FILE}")
        return
    report = coverage(load_entries(), load_rules())
    if args.json:
        print(json.dumps({k: {m: v[m] for m in ("flag", "covered", "clean", "false_flags")} for k, v in report.items()}))
        return
    for source, row in report.items():
        share = row["covered"] / row["flag"] if row["flag"] else 0.0
        print(f"{source:22s} covered {row['covered']:3d}/{row['flag']:3d} ({share:.2f})"
              f"   false flags on clean entries {row['false_flags']}/{row['clean']}")
        if args.misses:
            for group, term, sentence in row["misses"]:
                print(f"    miss  [{group}] {term!r}: {sentence}")
            for group, term, sentence in row["false"]:
                print(f"    FALSE [{group}] {term!r}: {sentence}")


if __name__ == "__main__":
    main()
