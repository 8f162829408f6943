"""Perturbation probe for the bias analyzer over clean review paragraphs.

Takes every TUNING half's clean (hard-negative) bias paragraphs (held-out items are skipped by their
split field before their text is read), perturbs each one mechanically and counts the flags the
perturbed text has that the original did not. Every perturbation keeps the paragraph clean under the
labelling guides, so every new flag is a false alarm:

- ``swap``: he/him/his <-> she/her/her (and himself/herself), common first names swapped with a name of
  the other gender;
- ``neutral:N``: one neutral sentence about the reviewed person added after the first sentence, in the
  style of the guides' clean items (a leave, a colleague's illness, a language skill, family reasons
  for a move, an innocent sense of a listed word: "chaired", "blind review", "aggressive target").
  The sentences are written for this probe, not taken from any item.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_perturb.py           # new flags by rule family
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_perturb.py --list    # every new flag with its sentence
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_perturb.py --labelled --at-end  # biased paragraphs too; sentence last
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_perturb.py --recall [--list]     # labelled terms lost

``--recall`` turns the probe round: every TUNING half's biased paragraph is perturbed in ways that keep
its labels (gender swap; the reviewed people renamed with gazetteer names of other origins; a neutral
sentence added second or last) and every labelled term the analyzer flagged before and misses after is
counted (a swap can also remove a label's meaning: "his boyfriend" said of a woman). The tuning halves
are saturated, so a term lost here is a context rule that depends on wording
the guides do not care about (a name the gazetteer lacks, a pronoun, a sentence between cue and term).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from assistant.analyzers.bias import check_bias, load_rules
from assistant.evaluation.dev import round_files, tuning_items
from assistant.names import find_names
from assistant.text import sentence_around, sentence_spans

ROOT = Path(__file__).resolve().parent.parent

# Neutral facts and innocent senses, one per family the guides name as clean (dev README "Innocent
# senses are clean", dev2 "Clean items are ...", dev3 "Clean items ...", dev6 "Neutral facts about
# family, leave, health and language are clean"). {S}/{O}/{P} are the reviewed person's pronouns.
NEUTRAL = (
    "{S} returned from parental leave in March and picked up the migration plan where it had stopped.",
    "{S} took two weeks of leave in June, and {P} handover notes kept the release on schedule.",
    "For family reasons, {S} is relocating to Denver next spring.",
    "Because of {P} partner's transfer, {S} will move to the Boston office in the autumn.",
    "When a fellow engineer became ill in May, {S} covered the on-call rota for three weeks.",
    "{S} speaks French and Arabic, which helped with the Lyon client.",
    "{S} chaired the accessibility working group and added screen-reader checks to the release process.",
    "{S} mentored two junior analysts and briefed senior leadership every month.",
    "{S} set an aggressive target for the Q3 backlog and met it.",
    "{S} ran a blind review of the vendor proposals.",
    "{S} organised the emotional intelligence training for new managers.",
    "After the parental-leave policy changed, {S} rewrote the scheduling guide.",
    "{S} walked a visitor who uses a wheelchair through the new site.",
    "{S} found a blind spot in our audit coverage.",
    "{S} upgraded the older version of the billing service.",
    "{S} helped the maternity ward pilot the new rota tool.",
    "{S} planned the stock for the Christmas rush.",
    "{S} is based in our Mumbai office and works closely with the London team.",
    "{S} was out on medical leave for six weeks in the spring.",
    "{S} presented the results at the annual all-hands in Chicago.",
    "{S} is an evangelist for the new testing framework.",
    "{S} supports the senior-living product line.",
    "{S} coached the girls' coding club volunteers in April.",
    "The conversation with the client was emotional, and {S} kept it on track.",
    "{S} checks the dashboards religiously.",
    # A judgement of the person next to an innocent sense or a neutral fact (review style).
    "{P} analysis of the older accounts was excellent.",
    "{S} handled a difficult, emotional escalation with the client calmly.",
    "{S} is strong on the legacy billing system and explains it well.",
    "The aggressive launch date did not slow {O} down.",
    "{P} presentation to senior leadership was clear and well organised.",
    "{S} is a native Spanish speaker and is our best contact for the Madrid clients.",
    "{S} spotted a blind spot in the test plan before it cost us a release.",
    "{S} was a great mentor to the junior developers this year.",
    "{S} covered for a colleague on sick leave and still hit every deadline.",
    "{S} is always well prepared for the weekly meeting with the regional director.",
    "Even with the tight deadline, {S} kept the whole team calm.",
    "{S} is an excellent listener and the patients trust {O}.",
    "{S} worked with the accessibility team to add large-print forms, which our older customers asked for.",
    "The client's mother wrote to thank {O} for the care {S} gave.",
    "{P} work on the children's ward rota was thorough.",
    "{S} is reliable and works well with the night shift.",
    "{S} should keep leading the weekly design review.",
    "{S} can be relied on to catch errors in the monthly reports.",
    "{S} was never late with a deliverable, even during the office move.",
    "The meeting with the vendor was tense, but {S} got the terms we needed.",
    "{S} built the dashboard for the women's health clinic.",
    "{P} feedback on the pregnancy-tracking feature was detailed and useful.",
    "{S} trained the new hires, some of them recent graduates, on the ticketing system.",
    "{S} translated the safety manual into Polish for the plant in Gdansk.",
    # More innocent senses the guides list, in review sentences.
    "{S} gave the board a straight answer on the budget.",
    "{P} mental model of the queue made the outage easy to explain.",
    "{S} negotiated attractive pricing with the supplier.",
    "{P} fixes made the search dramatically better.",
    "{S} works closely with our sister team in Austin.",
    "{S} owns the whole product family of mobile apps.",
    "{S} turned a mature playbook into a checklist.",
    "{S} built the native app integration for the kiosk.",
    "{S} designed the double-blind study for the pricing test.",
    "{S} chairs the safety committee and runs it well.",
    "{S} is the chairperson of the works council.",
    "{S} kept calm when the vendor became hostile.",
    "{S} cleaned up the old-school paper ledgers.",
    "{S} supported the grandparents' day event at the school we sponsor.",
    "{S} moved the team off the legacy billing system ahead of plan.",
    "{S} was pretty thorough in the audit.",
    "{S} raised the issue with the women's network and the veterans' group.",
    "{S} wrote the guide for employees returning from maternity leave.",
    "The Christmas concert was {P} idea, and the whole floor came.",
    "{S} took over a patient with a hearing impairment and arranged an interpreter.",
    "{S} helped a customer with young children rebook the flight.",
    "{S} interviewed two candidates for the analyst role.",
    "{S} stayed late during the year-end close, as did the rest of the team.",
    "{S} rewrote the onboarding deck for the youthful brand.",
    # Background, faith, body and health facts that the guides keep clean, in review sentences.
    "{S} reminded the floor of the written dress code before the audit.",
    "{S} organised the Diwali and Eid lunches with the facilities team.",
    "{S} set up the quiet room that the prayer group and nursing parents share.",
    "{S} grew up in Lagos, studied in Leeds and joined us from the Manchester office.",
    "{S} is new to the role and already runs the weekly stand-up.",
    "{S} is the most experienced engineer on the payments team.",
    "{S} moved from the night shift to days in January.",
    "{S} worked from home for two weeks after the office flooded.",
    "{S} used the screen reader to test every form and fixed the labels that failed.",
    "{S} led the step-count challenge for the wellness month.",
    "{S} booked the accessible venue for the offsite.",
    "{S} has a strong background in statistics.",
    "{S} wore the company polo at every trade show, as the booth guide asked.",
    "{S} volunteered at the food bank with the team in December.",
    "{S} answered questions from the retirees' association about the pension portal.",
    "{S} trained the new graduates on the ticketing system.",
    "{P} daughter's school asked {O} to speak at career day, and {S} used our slides.",
    "{S} was promoted to senior analyst in June.",
    "{S} works part-time on Fridays and hands over to the duty manager.",
    "The client, a retired teacher, praised {P} patience on the call.",
    # Recommendation-letter sentences (dev6's genre).
    "I have known {O} for six years, first as {P} teacher and later as {P} manager.",
    "{S} served in the Army for four years before joining us.",
    "{S} is fluent in Mandarin and led our calls with the Shenzhen suppliers.",
    "{S} balanced a full course load with a part-time job at the library.",
    "{S} relocated from Chicago with {P} family and settled in quickly.",
    "{S} is married to an engineer at one of our suppliers, which {S} disclosed at once.",
    "{S} is an older student who returned to finish {P} degree.",
    "{S} represented us at the Pride month panel.",
    # Innocent senses of words added from the published lists (scripts/bias_coverage.py).
    "{S} placed each vendor on the spectrum between build and buy.",
    "{S} replaced the laptops that were older than the rest of the fleet.",
    "{S} colour-coded the binders with colored tabs for each region.",
    "{S} organised the sales team's bipolar disorder awareness talk with the EAP.",
    "{S} drafted the accommodations guide for staff with cerebral palsy and multiple sclerosis.",
    "{S} added visual aids to the safety briefing.",
    "{S} ran the working group that rewrote the landlord contracts.",
    # Pronouns for the reviewed person near a role noun or an indefinite pronoun (generic-pronoun rule).
    "Anyone would value {P} judgement on a hard call.",
    "Everyone who meets {O} remembers {P} energy.",
    "A natural leader, {S} took charge of the rollout.",
    "A customer called in May, and {S} resolved the complaint within the hour.",
    "As a manager, {S} sets clear goals for {P} team.",
    "{S} is the right person for the job, and {P} record shows it.",
    "The successful launch in March was {P} idea.",
    "A client writes that {S} turned the project around.",
    "A colleague tells me {S} stayed until the incident was closed.",
    "The old warehouse has seen better days, and {S} planned the move to the new site.",
    "The new scheduling tool suits {P} team well, and {S} trained everyone on it.",
    "{S} is Chinese and speaks Mandarin and Cantonese with the suppliers.",
    "{S} was on medication for a week in May and handed the on-call rota to a colleague.",
    "When the competitor cut prices, we reacted aggressively, and {S} held the renewal rate.",
)

PRONOUNS = {
    "he": "she", "she": "he", "him": "her", "his": "her", "himself": "herself", "herself": "himself",
}
NAMES = {
    "John": "Maria", "Maria": "John", "James": "Sarah", "Sarah": "James", "David": "Emily",
    "Emily": "David", "Michael": "Anna", "Anna": "Michael", "Tom": "Priya", "Priya": "Tom",
    "Mark": "Lisa", "Lisa": "Mark", "Alex": "Jordan", "Jordan": "Alex",
}


# First names from the gazetteer (assistant/data/first_names.txt) of several origins, none of them a
# common English word, for renaming the reviewed people.
OTHER_NAMES = ("Thandiwe", "Aleksandra", "Mateus", "Siobhan", "Ximena", "Tariq", "Ngozi", "Dmitri")



def clean_paragraphs(labelled: bool = False) -> list[tuple[str, str]]:
    """Tuning-half paragraphs: the clean ones, or with ``labelled`` the biased ones too (then only the
    flags a perturbation adds count, and a neutral sentence must add none)."""
    out = []
    for path in round_files(ROOT / "evals", "bias.jsonl"):
        for item in tuning_items(path):
            if item.get("labels") and not labelled:
                continue
            out.append((item["id"], item["text"]))
    return out


def _her(text: str, m: re.Match) -> str:
    # "her" is object or possessive: possessive when a word (not a function word) follows.
    nxt = re.match(r"\s+([A-Za-z'-]+)", text[m.end():])
    if nxt and nxt.group(1).lower() not in {"and", "to", "for", "with", "as", "on", "in", "at", "that", "the", "a", "an",
                                            "about", "by", "from", "up", "out", "back", "again", "more", "when"}:
        return "his"
    return "him"


def swap(text: str) -> str:
    def repl(m: re.Match) -> str:
        word = m.group(0)
        low = word.lower()
        if low == "her":
            new = _her(text, m)
        elif low in PRONOUNS:
            new = PRONOUNS[low]
        else:
            return NAMES.get(word, word)
        return new.capitalize() if word[0].isupper() else new

    return re.sub(r"\b[A-Za-z]+\b", repl, text)


def pronouns_of(text: str) -> tuple[str, str, str]:
    he = len(re.findall(r"\b(he|him|his)\b", text, re.I))
    she = len(re.findall(r"\b(she|her)\b", text, re.I))
    if he > she:
        return "he", "him", "his"
    if she > he:
        return "she", "her", "her"
    return "they", "them", "their"


def with_neutral(text: str, template: str, at_end: bool = False) -> str:
    s, o, p = pronouns_of(text)
    sentence = template.format(S=s, O=o, P=p)
    sentence = sentence[0].upper() + sentence[1:]
    if s == "they":
        sentence = re.sub(r"\bThey is\b", "They are", sentence)
        sentence = re.sub(r"\bThey was\b", "They were", sentence)
        sentence = re.sub(r"\b(They|they) (checks|speaks|supports)\b", lambda m: f"{m.group(1)} {m.group(2)[:-1]}",
                          sentence)
    spans = sentence_spans(text)
    if at_end or len(spans) < 2:
        return f"{text} {sentence}"
    cut = spans[1][0]
    return f"{text[:cut]}{sentence} {text[cut:]}"


def rename(text: str, keep: tuple[str, ...] = ()) -> tuple[str, dict[str, str]]:
    """Each distinct first word of a found name replaced by one of OTHER_NAMES; words of ``keep`` (the
    labelled terms: 'Diwali', 'Fu Manchu') stay."""
    mapping: dict[str, str] = {}
    kept = {w.lower() for term in keep for w in re.findall(r"[^\W\d_]+", term)}
    for start, end in find_names(text):
        first = re.match(r"[^\W\d_]+", text[start:end])
        if (first and len(first.group(0)) > 1 and first.group(0) not in mapping and first.group(0).lower() not in kept
                and len(mapping) < len(OTHER_NAMES)):
            mapping[first.group(0)] = OTHER_NAMES[len(mapping)]
    if not mapping:
        return text, mapping
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group(0)], text), mapping


def labelled_paragraphs() -> list[tuple[str, str, list[str]]]:
    out = []
    for path in round_files(ROOT / "evals", "bias.jsonl"):
        for item in tuning_items(path):
            if item.get("labels"):
                out.append((item["id"], item["text"], [label["term"] for label in item["labels"]]))
    return out


def _term_flagged(text: str, term: str, flags) -> bool | None:
    """Whether some occurrence of ``term`` overlaps a flag; None when the term is not in the text."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(term.lower()), text.lower())]
    if not spans:
        return None
    return any(f.start < end and f.end > start for start, end in spans for f in flags)


def recall(rules, show: bool) -> None:
    lost: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    for ident, text, terms in labelled_paragraphs():
        base = check_bias(text, rules).flags
        renamed, mapping = rename(text, tuple(terms))
        variants = [("swap", swap(text), swap), ("rename", renamed, lambda t, m=mapping: rename_term(t, m))]
        variants += [(f"neutral:{i}", with_neutral(text, t), None) for i, t in enumerate(NEUTRAL)]
        variants += [(f"neutral_end:{i}", with_neutral(text, t, True), None) for i, t in enumerate(NEUTRAL)]
        for term in terms:
            if not _term_flagged(text, term, base):
                continue
            for kind, new_text, mapper in variants:
                new_term = mapper(term) if mapper else term
                flags = check_bias(new_text, rules).flags
                ok = _term_flagged(new_text, new_term, flags)
                if ok is None:
                    continue
                family = kind.split(":")[0]
                checked[family] += 1
                if not ok:
                    lost[family] += 1
                    if show:
                        print(f"{ident}\t{kind}\t{new_term!r}\t{sentence_around(new_text, *_first(new_text, new_term))}")
    print("labelled terms lost under label-keeping perturbations:")
    for family in checked:
        print(f"  {family:12s} {lost[family]:4d} / {checked[family]}")


def rename_term(term: str, mapping: dict[str, str]) -> str:
    for old, new in mapping.items():
        term = re.sub(rf"\b{re.escape(old)}\b", new, term)
    return term


def _first(text: str, term: str) -> tuple[int, int]:
    at = text.lower().find(term.lower())
    return at, at + len(term)


def _keys(text: str, rules) -> Counter:
    return Counter((f.rule, f.text.lower()) for f in check_bias(text, rules).flags)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--labelled", action="store_true", help="perturb the biased tuning paragraphs too")
    parser.add_argument("--at-end", action="store_true", help="add the neutral sentence last, not second")
    parser.add_argument("--recall", action="store_true", help="count labelled terms lost under perturbation")
    args = parser.parse_args()
    rules = load_rules()
    if args.recall:
        recall(rules, args.list)
        return
    by_rule: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    total = 0
    paragraphs = clean_paragraphs(args.labelled)
    for ident, text in paragraphs:
        base = _keys(text, rules)
        base_rules = Counter(rule for rule, _ in base.elements())
        variants = [("swap", swap(text))] + [(f"neutral:{i}", with_neutral(text, t, args.at_end)) for i, t in enumerate(NEUTRAL)]
        for kind, new_text in variants:
            seen: Counter[str] = Counter()
            for flag in check_bias(new_text, rules).flags:
                key = (flag.rule, flag.text.lower())
                seen[flag.rule] += 1
                if base[key] > 0 or (kind == "swap" and seen[flag.rule] <= base_rules[flag.rule]):
                    continue  # a swap changes a flagged term's words ('his tattoos'), not its rule
                total += 1
                by_rule[flag.rule] += 1
                by_kind[kind] += 1
                if args.list:
                    snippet = sentence_around(new_text, flag.start, flag.end)
                    print(f"{ident}\t{kind}\t{flag.rule}\t{flag.text!r}\t{snippet}")
    print(f"paragraphs: {len(paragraphs)}, variants: {len(paragraphs) * (len(NEUTRAL) + 1)}")
    print(f"new flags: {total}")
    for rule, n in by_rule.most_common():
        print(f"  {n:3d} {rule}")
    print("by perturbation:", dict(sorted(by_kind.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
