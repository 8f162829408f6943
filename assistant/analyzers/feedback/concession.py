"""A good quality of the work conceded before a turn to what is wrong with it: "Your presentation was engaging, but the
slides felt a bit crowded", "While your lesson was engaging, incorporating more ... could enhance ...", "Your
mechanical skills are fine for the most part. Some of your customer stuff could be better, though".

"but" coordinates two clauses in contrast, and a concessive subordinator ("while", "although", "though") grants the
subordinate clause before the main one denies its expectation (Quirk, R. et al. 1985, A Comprehensive Grammar of the
English Language, 13.41 contrastive "but"; 15.40-15.41 concessive clauses; Lakoff, R. 1971, "If's, and's and but's
about conjunction": "but" as denial of expectation). When the granted clause predicates a good quality of the work (a
copula with a complement VADER rates positive: Hutto, C. J. & Gilbert, E. 2014, "VADER: A Parsimonious Rule-based
Model for Sentiment Analysis of Social Media Text", ICWSM), the contrast says the other clause falls short of it: the
sentence both praises and criticises, whatever words the second clause uses ("Instructor was engaging, but quizzes
were too easy"). The same turn across a sentence boundary ("... fine for the most part. Some of it could be better,
though") grants the first sentence's quality when the second is criticism.

No quality is granted by a passive participle ("The training plan was agreed but not started": an event done to the
thing), by a clause that only supposes it ("That would be fine if ...": a modal verb group), denies it
("was not engaging"), is the writer's own experience (subject "I"/"we": "I enjoyed ..."), or says a course of action is
acceptable ("Serving it uncached is fine, but ...", "A framework such as X is fine, but ...": an acceptability word
said of a gerund or an indefinite subject permits, it does not praise); and no turn is taken by an additive "but also",
a "but" that leads to something better ("..., but the best part was ..."), or a verbless fragment that denies nothing
("..., but the videos?").

A verbless praise fragment takes the granted clause's place ("Lovely windows this year, but your quotes are a joke.",
"Individually beautiful photos, but they don't fit the site's stated goal"): a noun phrase whose premodifying
adjective VADER rates good, standing alone as a minor sentence (Quirk et al. 1985, 11.41-11.44, verbless clauses and
block language; the exclamative noun phrase "What a lovely garden!" / "Lovely garden!" evaluates its head), grants the
quality to the thing its head names. The fragment grants the praise; the clause after "but" is criticism only when it
says so itself (its own criticism cue, or a denial: "Nice work, but it wouldn't work"). Greeting and leave-taking
formulae are no evaluation ("Good morning, but ...": the WordNet 3.0 noun lemmas good_morning, good_afternoon,
good_day, good_night, synsets 06632671, 06632807, 06629610, 06632947, glossed as greetings and farewells).
"""

from __future__ import annotations

import re

from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.valence import NEGATORS, lexicon
from assistant.text import Clause, wordset

_COPULAS = wordset("is are was were be been being 's 're seem seems seemed look looks looked feel feels felt sound sounds "
                   "sounded remain remains remained")
_MODALS = wordset("would could should might may must can will shall 'd 'll")
# degree and focusing adverbs between the copula and its complement ("was really engaging", "is generally solid")
_DEGREE = wordset("very really quite pretty so fairly reasonably generally mostly largely overall also truly genuinely "
                  "consistently always extremely incredibly super rather somewhat both still definitely certainly "
                  "clearly actually")
_CONCESSIVE = wordset("while whilst although though")
_TURNS = wordset("but yet")
# acceptability words: said of a course of action they permit it ("Rebuilding it per render is fine, but ...")
_ACCEPTABLE = wordset("fine okay ok alright acceptable allowed")
_BETTER = wordset("best better greatest finest favourite favorite highlight")
_WRITER = wordset("i we")
_NEXT_TURN = re.compile(r"[\s\"“(]{0,3}(?:but|however|yet|that\s+said|still)\b|[^.!?]{1,80}?,\s{0,3}(?:though|however)\s{0,3}[,.;]",
                        re.IGNORECASE)


# WordNet 3.0 greeting / farewell lemmas "good <noun>" (see the module docstring), and "evening" of the same pattern
_FORMULA_HEADS = wordset("morning afternoon day night evening")
_FRAGMENT_MAX = 6  # a minor sentence: the adjective, its head and an adjunct ("lovely windows this year")


def _negated(words: list[str] | tuple[str, ...]) -> bool:
    return any(w in NEGATORS or w.endswith("n't") or w == "only" for w in words)


def _granted(draft: _Draft, c: Clause) -> bool:
    """Clause ``c`` predicates a good quality of its subject (see the module docstring)."""
    subject, verbs = c.subject_words, c.verb_words
    if not subject or not verbs or subject[0] in _WRITER or subject[0] == "there" or c.inherited:
        return False
    if any(w in _MODALS for w in verbs) or not any(w in _COPULAS for w in verbs):
        return False
    words = draft.span_words(c.start, c.end)
    if _negated(words):
        return False
    # the complement: the first word after the verb group that is not a degree adverb
    after = draft.span_words(c.verbs[-1].start, c.end)[1:] if c.verbs else []
    head = next((w for w in after if w not in _DEGREE), "")
    if verbs[-1] not in _COPULAS:
        head = verbs[-1]  # "was engaging", "is solid": the parse may take the complement into the verb group
    if lexicon().get(head, 0.0) <= 0 or head.endswith("ed"):
        return False  # "The training plan was agreed but not started": a passive participle tells an event done to
        # the thing (Quirk et al. 1985, 3.74-3.78, the verbal passive), not a quality it has
    return not (head in _ACCEPTABLE and (subject[0].endswith("ing") or subject[0] in ("a", "an", "any")))


def _turn_taken(draft: _Draft, rest: list[Clause]) -> bool:
    """The clauses after the turn say something falls short: not "but also", not "but the best part", not a verbless
    fragment that denies nothing."""
    if not rest:
        return False
    words = draft.span_words(rest[0].start, rest[-1].end)
    if not words or words[0] == "also" or any(w in _BETTER for w in words[:4]):
        return False
    return any(c.verbs for c in rest) or _negated(words) or len(words) > 3  # the parse may miss a verb group


def conceded_quality(draft: _Draft, i: int) -> Clause | None:
    """The clause of sentence ``i`` that grants a good quality before a turn inside the sentence ("Your presentation
    was engaging, but ...", "While your lesson was engaging, ..."), or None."""
    clauses = draft.parsed[i]
    if len(clauses) < 2:
        return None
    first = clauses[0]
    if first.link in _CONCESSIVE and _granted(draft, first) and _turn_taken(draft, list(clauses[1:])):
        return first  # "While your lesson was engaging, incorporating more ... could enhance ..."
    if first.link or not _granted(draft, first):
        return None
    turn = next((k for k, c in enumerate(clauses[1:], 1) if c.link in _TURNS), None)
    if turn is None or any(c.link for c in clauses[1:turn]):
        return None  # the granted clause must be the one the "but" is set against
    return first if _turn_taken(draft, list(clauses[turn:])) else None


def granted_before_turn(draft: _Draft, i: int) -> bool:
    """Sentence ``i`` grants a good quality and the next sentence opens its turn ("Your mechanical skills are fine for
    the most part. Some of your customer stuff could be better, though"): one clause, no turn of its own."""
    if i + 1 >= len(draft.sentences):
        return False
    clauses = draft.parsed[i]
    if len(clauses) != 1 or clauses[0].link or not _granted(draft, clauses[0]):
        return False
    s, e = draft.sentences[i + 1]
    return _NEXT_TURN.match(draft.text, s, e) is not None


def praise_fragment(draft: _Draft, i: int) -> tuple[Clause, list[Clause]] | None:
    """Sentence ``i`` opens with a verbless praise fragment set against a "but" clause ("Lovely windows this year, but
    your quotes are a joke."): the fragment and the clauses of the turn, or None (see the module docstring)."""
    clauses = draft.parsed[i]
    if len(clauses) < 2:
        return None
    first, rest = clauses[0], list(clauses[1:])
    if first.link or first.subject or first.verbs or rest[0].link not in _TURNS:
        return None
    words = draft.span_words(first.start, first.end)
    k = 1 if words and words[0] in ("a", "an") else 0  # "A nice idea, but ..."
    if len(words) - k < 2 or len(words) > _FRAGMENT_MAX:
        return None
    while k < len(words) - 1 and (words[k] in _DEGREE or words[k].endswith("ly")) and lexicon().get(words[k], 0.0) <= 0:
        k += 1  # "really solid PR", "individually beautiful photos"
    head = words[k]
    if lexicon().get(head, 0.0) <= 0 or head.endswith("ed") or head.endswith("ing") or k + 1 >= len(words):
        return None
    noun = words[k + 1]
    if noun in _FORMULA_HEADS or lexicon().get(noun, 0.0) < 0 or _negated(words):
        return None
    return (first, rest) if _turn_taken(draft, rest) else None


def fragment_turn_denies(draft: _Draft, rest: list[Clause]) -> bool:
    """The clauses after the fragment's "but" deny something ("Nice work, but it wouldn't work")."""
    return bool(rest) and _negated(draft.span_words(rest[0].start, rest[-1].end))
