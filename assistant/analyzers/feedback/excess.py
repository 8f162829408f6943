"""A personality quality said of a person in excess: "you're too soft with the beginners", "he is too trusting of others".

The excess degree words of English ("too", "overly": Quirk et al. 1985, 7.89-7.90; Huddleston & Pullum 2002, ch. 6,
excess degree) before an adjective that names a personality trait make a verdict on who the person is, not on what
they did: a quality that is praise on its own ("nice", "easygoing", "confident", "trusting") becomes criticism of the
person's character in excess, and the draft gives no behaviour to change (Correll & Simard 2016; Kluger & DeNisi 1996:
feedback aimed at the self). The adjectives are Princeton WordNet 3.0's trait adjectives (a sense derivationally
related to a noun below trait.n.01; ``assistant/data/trait_adjectives.txt``, built by
``scripts/build_trait_adjectives.py``) and the Big-Five markers of the trait-demanded and trait-praised rules
(Goldberg 1992; Saucier 1994). The frame is checked here:

* the adjective is predicated of a person (``spans._trait_ok``: "you're", "he is", "Sam seems", "being", "seen as");
  not of a thing ("the deal is too lenient with men who ..."), of the writer ("we were too lenient with our
  thresholding"), under a negator ("not too formal") or in a condition ("if you're too passive for too long");
* a trait sense among the adjective's two most frequent (``first``: soft, nice, passive, trusting) counts alone, with
  the people it is shown to ("too soft with the beginners"), an infinitive ("too nice to chase hard") or a setting
  ("too quiet in meetings"); a trait sense further down (``any``: hard -> severity, short -> abruptness, familiar)
  counts only with the people it is shown to ("too hard on him", "too short with the customers"), and no adjective
  counts with a thing as its complement ("too familiar with the code", "too careful with the totals");
* a word a list rule names ("too aggressive", "overly demanding") is left to that rule.

The same adjectives said of a person with no degree word (``predicated_trait``, read by the ``trait-valence`` rule)
are a verdict when VADER rates them below zero and their trait sense is among their two most frequent ("He was
reckless and had a short fuse", "You are sneaky"), under the same guards, with the people or the clause's end after
them ("reluctant to sign off", "hesitant at first" tell a passing state).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.analyzers.feedback.draft import (
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    _Draft,
    _is_person,
)
from assistant.analyzers.feedback.rules import FeedbackRules
from assistant.analyzers.feedback.spans import _trait_ok, _words_before
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import lexicon
from assistant.text import wordset
from assistant.wordlists import data_file, person_nouns


@cache
def trait_adjectives() -> dict[str, str]:
    """WordNet 3.0 trait adjectives: word -> ``first`` (a trait sense among its two most frequent) or ``any``."""
    out: dict[str, str] = {}
    for line in data_file("trait_adjectives.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, sense = line.split("\t")
            out[word] = sense
    return out


_MARKERS: dict[int, tuple[object, frozenset[str]]] = {}


def _markers(rules: FeedbackRules) -> frozenset[str]:
    """The one-word Big-Five markers of the rules that demand or praise a personality (their sources), read once
    per rule set (kept with the rule set itself, so a new set never reads an old one's words)."""
    held = _MARKERS.get(id(rules.span_rules))
    if held is None or held[0] is not rules.span_rules:
        held = _MARKERS[id(rules.span_rules)] = (rules.span_rules, frozenset(
            t.lower() for r in rules.span_rules if r.rule.match in ("demanded", "praised")
            for t in r.rule.terms if " " not in t))
    return held[1]


_ADJECTIVE = precompiled(r"\s{1,3}([a-z][a-z-]{1,30})\b")
_PEOPLE_PREPOSITIONS = wordset("with on to towards toward around of")
_PEOPLE_WORDS = wordset("""him her them me us you others everyone everybody people someone somebody anyone anybody
    colleagues staff""")  # not a reflexive: "too hard on yourself" is the person's own self-judgement
_NP_OPENERS = wordset("""the your his her their our my its new young junior other some all those these any many most
    certain less more older younger fellow""")
_SETTINGS = wordset("in at during when whenever while sometimes lately often at times these days")
_INFINITIVE_OBJECTS = wordset("the a an your his her their our my this that these those it")
_CONDITIONS = wordset("if unless whether")
_NEGATED = wordset("not never n't no hardly")
# The praise idioms of excess (as problems._degree_or_lack reads them, round 30): "Thank you, you're too kind", "she
# was too good to lose", "too valuable to lose": thanks or worth, not a fault.
_PRAISE_IDIOMS = wordset("good well kind generous modest humble")
_TOO_PRECIOUS = precompiled(r"\s{1,3}to\s{1,3}(?:lose|miss|ignore|overlook|pass\s{1,3}up|let\s{1,3}go|waste)\b",
                            re.IGNORECASE)
_CLAUSE_END = precompiled(r"\s{0,3}(?:[.,;:!?)\"”’—–-]|\Z|and\b|or\b|but\b|so\b|yet\b)", re.IGNORECASE)


def _person_complement(draft: _Draft, pos: int) -> bool:
    """The words at ``pos`` are a preposition and the people the quality is shown to: "with the beginners", "on
    him", "of others", "towards new starters", "with Priya"."""
    words = re.findall(r"[\w'’-]+", draft.text[pos:pos + 60])
    if len(words) < 2 or words[0].lower() not in _PEOPLE_PREPOSITIONS:
        return False
    rest = words[1:]
    if rest[0].lower() in _PEOPLE_WORDS or _is_person(rest[0], False) and rest[0][:1].isupper():
        return True
    for word in rest[:4]:
        lower = word.lower()
        if lower in _NP_OPENERS:
            continue
        return lower in PERSON_NOUNS or lower.rstrip("s") in PERSON_NOUNS or lower in person_nouns() or (
            lower.endswith("s") and lower[:-1] in person_nouns()) or (
            lower.endswith("ies") and lower[:-3] + "y" in person_nouns())  # the first word past the openers
    return False


def _bare_complement(draft: _Draft, pos: int) -> bool:
    """Nothing the quality is said about follows: the clause ends, an infinitive of what the person will not do
    ("too nice to chase hard") or a setting ("in meetings", "at times")."""
    text = draft.text
    if _CLAUSE_END.match(text, pos):
        return True
    words = re.findall(r"[\w'’-]+", text[pos:pos + 40].lower())
    if not words:
        return True
    if words[0] == "to" and len(words) > 1:
        return words[1] not in _INFINITIVE_OBJECTS and words[1] not in PERSON_PRONOUNS and not _person_complement(
            draft, pos)
    return words[0] in _SETTINGS


def excess_trait(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> re.Match[str] | None:
    """The span "too <trait adjective>" of the excess degree word ``m`` predicated of a person (see above), or None."""
    text = draft.text
    adjective = _ADJECTIVE.match(text, m.end())
    if adjective is None:
        return None
    word = adjective.group(1)
    if word in rules.listed_words:
        return None  # "too aggressive": the list rule judges it
    sense = "first" if word in _markers(rules) else trait_adjectives().get(word)
    if sense is None:
        return None
    end = adjective.end()
    if _TOO_PRECIOUS.match(text, end) or (word in _PRAISE_IDIOMS and not _person_complement(draft, end)):
        return None  # "too kind", "too valuable to lose": praise
    if not (_person_complement(draft, end) or sense == "first" and _bare_complement(draft, end)):
        return None
    s, _ = draft.sentence_at(m.start())
    clause_start, _ = draft.clause(m.start(), end)
    before = [t.lower.replace("’", "'") for t in _words_before(draft, m.start(), clause_start, limit=8)]
    if before and (before[0] in _NEGATED or before[0].endswith("n't")):
        return None  # "not too formal", "isn't too soft"
    if any(w in _CONDITIONS for w in before):
        return None  # "if you're too passive for too long": a condition, not a verdict
    span = re.compile(re.escape(text[m.start():end]), re.IGNORECASE).match(text, m.start())
    probe = re.compile(re.escape(word), re.IGNORECASE).match(text, adjective.start(1))
    if span is None or probe is None or not _trait_ok(draft, probe, None):
        return None
    return span


@cache
def _rated_traits() -> frozenset[str]:
    """The WordNet trait adjectives with a trait sense among their two most frequent (``first``) that VADER rates
    below zero ("reckless", "stingy", "sneaky", "timid"): said of a person, a verdict on their character."""
    rated = lexicon()
    return frozenset(w for w, sense in trait_adjectives().items() if sense == "first" and rated.get(w, 0.0) < 0)


def predicated_trait_words(rules: FeedbackRules) -> frozenset[str]:
    """The rated trait adjectives (see ``_rated_traits``) that no list rule names (a list rule judges those)."""
    return _rated_traits() - rules.listed_words


def predicated_trait(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """The rated trait adjective at ``m`` predicated of a person with no excess degree word, at any tense or with
    "can be" ("He was reckless and had a short fuse", "You were sneaky with the tour group", "she can be stingy"),
    under the guards of the excess form: shown to people or ending its clause (not "reckless with the budget",
    "lethargic with sunken eyes", nor, without the degree word, an infinitive or a setting: "reluctant to sign off
    the budget", "hesitant at first", a passing state), not denied ("not because he was reckless"), not in a condition ("if you are
    impolite about it"), and of a person (``spans._trait_ok``), not of a thing ("the market is sluggish")."""
    word = m.group().lower()
    if word not in predicated_trait_words(rules):
        return False
    if not (_person_complement(draft, m.end()) or _CLAUSE_END.match(draft.text, m.end())):
        return False  # without "too", an infinitive or a setting tells a passing state: "reluctant to sign", "hesitant at first"
    clause_start, _ = draft.clause(m.start(), m.end())
    before = [t.lower.replace("’", "'") for t in _words_before(draft, m.start(), clause_start, limit=8)]
    if any(w in _NEGATED or w.endswith("n't") for w in before[:4]) or any(w in _CONDITIONS for w in before):
        return False
    return _trait_ok(draft, m, None)
