"""Harm told as a plain account: a result clause whose causative puts an act on another party, or whose event is a
mishap.

"A colleague consistently misses daily standup, causing the team to duplicate work": the sentence names no fault, but
its result clause says what the act made someone else do. The causative verbs CAUSE and FORCE take an object and a
to-infinitive (Quirk et al. 1985, 16.52, object + to-infinitive complementation; VerbNet force-59); CAUSE has a
negative semantic prosody, its results overwhelmingly unwanted ones (Stubbs 1995, "Collocations and semantic
profiles: on the cause of the trouble with quantitative studies", Functions of Language 2(1); Louw 1993), and FORCE
names a compulsion. With a
person or group as the object ("the team", "us", "the night nurse") the clause reports a burden the act put on
them: criticism told as a plain account. A causative of a thing ("causing intermittent login failures") is a
problem named, often one the person then solved, and is left to the readers that know the story; a negated or
averted one ("without causing anyone to wait", "didn't force us to re-key") is no burden.

The same holds for a clause of result opened by a connective of result ("so", "as a result", "because of that",
"which meant", "which led to"; Quirk et al. 1985, 8.142 and 15.22) whose event is a mishap: a noun WordNet 3.0 puts
under trouble, failure, wrongdoing, ill health, death, defect or casualty (assistant/data/adverse_event_nouns.txt,
mishap_nominals.txt) or a mishap verb's participle (mishap_participles.txt: damaged, lost, broken, failed), that
VADER also rates bad (Hutto & Gilbert 2014, assistant/data/vader_lexicon.txt: the two sources agreeing keeps
"going", "out", "numbers" or "shot" out). "..., so two of the panels were damaged", "which meant the order was
lost". A mishap denied or lessened ("so there was no damage", "so we lost almost no orders") is none, and so is a
result that is the person's own remedy ("so Nora set up permissions and the leaks stopped").
"""

from __future__ import annotations

import re
from functools import cache

from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.feedback.steps import _PARTY_WORDS, _named
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import lexicon
from assistant.text import NEGATED_AUXILIARIES, fold_plural, normalise_quotes, wordset
from assistant.wordlists import read_words

# the result clause opens after a comma, "which", "and" or "that" (a supplementive or relative clause of result,
# Quirk et al. 1985, 15.58-15.60), then the causative, a short object noun phrase (at most four words) and "to" + a verb
_CAUSATIVE = precompiled(
    r"(?:,|\bwhich|\band|\bthat)\s{1,3}(?P<verb>caus(?:ing|ed|es)|forc(?:ing|ed|es))\s{1,3}"
    r"(?P<party>(?:[\w'’-]{1,30}\s{1,3}){0,3}?[\w'’-]{1,30})\s{1,3}to\s{1,3}(?P<act>[a-z]{2,30})\b",
    re.IGNORECASE)
_DENIED = precompiled(r"\b(?:without|not|never|no)\s{1,3}$", re.IGNORECASE)
# the infinitive must be an act, not a determiner or pronoun read as one
_NOT_ACTS = wordset("the a an it this that them us him her me be")


def burden_caused(draft: _Draft, sentence: int) -> re.Match[str] | None:
    """The first result clause in ``sentence`` whose causative (cause, force ... to) has a person or group as
    its object and an act as its infinitive; None when there is none, or the causative is negated."""
    s, e = draft.sentences[sentence]
    text = draft.text
    for m in _CAUSATIVE.finditer(text, s, e):
        party = [normalise_quotes(w).lower() for w in m.group("party").split()]
        if party[-1] not in _PARTY_WORDS or m.group("act").lower() in _NOT_ACTS:
            continue
        before = text[max(s, m.start("verb") - 40):m.start("verb")]
        if _DENIED.search(before) or any(w.lower() in NEGATED_AUXILIARIES for w in before.split()[-2:]):
            continue
        return m
    return None


_RESULT = precompiled(
    r"(?:,\s{0,3}(?:and\s{1,3})?so\b(?!\s{1,3}(?:that|far|much|many|well)\b)|\bas\s{1,3}a\s{1,3}(?:direct\s{1,3})?result\b|"
    r"\bbecause\s{1,3}of\s{1,3}th(?:at|is)\b|\bwhich\s{1,3}(?:meant|led\s{1,3}to|resulted\s{1,3}in)\b)",
    re.IGNORECASE)
_CLAUSE_END = precompiled(r"[;:]|,\s{0,3}(?:but|yet|although|though)\b|$")
_WORD = precompiled(r"[A-Za-z][A-Za-z'’-]*")
_DENIERS = wordset("no not never nothing none without nobody n't")
# a mishap lessened: "lost fewer orders", "lost little time", "lost hardly any"
_LESSER = wordset("fewer less little hardly barely scarcely only")
# VADER's rating at or below which a word is bad (the lexicon's own "negative" band starts at -0.05; a mishap noun
# is kept when the rating is clearly negative)
_BAD = -0.5


@cache
def _mishap_words() -> frozenset[str]:
    """Mishap nouns and mishap participles that VADER rates bad (see the module docstring)."""
    scores = lexicon()
    words = read_words("adverse_event_nouns.txt") | read_words("mishap_nominals.txt") | read_words("mishap_participles.txt")
    return frozenset(w for w in words if scores.get(w, 0.0) <= _BAD)


def mishap_result(draft: _Draft, sentence: int) -> re.Match[str] | None:
    """The first mishap word in a clause of result in ``sentence`` (see the module docstring); None when there is
    none, it is denied or lessened ("so not a single patient lost their slot", "so we lost almost no orders"), or the
    result is the person's own act ("so Nora set up permissions and the leaks stopped": a remedy, not a harm)."""
    s, e = draft.sentences[sentence]
    text, person = draft.text, draft.person
    for r in _RESULT.finditer(text, s, e):
        end = _CLAUSE_END.search(text, r.end(), e)
        stop = end.start() if end else e
        clause = next((c for c in draft.parsed[sentence] if c.end > r.end()), None)
        if clause is not None and clause.subject_words and (person.is_subject(clause.subject_words)
                                                            or _named(person, clause.subject_words[0])):
            continue
        words = [normalise_quotes(w.group()).lower() for w in _WORD.finditer(text, r.end(), stop)]
        found = list(_WORD.finditer(text, r.end(), stop))
        for k, word in enumerate(words):
            if word not in _mishap_words() and fold_plural(word) not in _mishap_words():
                continue
            near = words[:k] + words[k + 1:k + 4]
            if any(b in _DENIERS or b in NEGATED_AUXILIARIES or b.endswith("n't") or b in _LESSER for b in near):
                break  # the result's mishap is denied or lessened
            return found[k]
    return None
