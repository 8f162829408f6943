"""A cost told as a reversal: another party undoes or reclaims what the person's work gave it.

Issue 12 names criticism read as positive, so a missing next step goes unnoticed. An incident report can tell a fault
and its cost in words VADER does not rate: "The client noticed it ..., rang the office that afternoon, and asked for
the labour charge back", "the shop that bought them sent six back", "That customer wanted a full refund". The cost
is a reversal of the exchange (the sale, the delivery, the order): the other party sends back, returns, refunds,
reclaims, cancels, withdraws or complains (Princeton WordNet 3.0 synsets, ``assistant/data/reversal_words.txt``).
Such a clause is criticism by its function, whatever its words' valence.

A reversal is read when all of these hold:

* the verb reverses by its sense (``verb``: "cancelled", "complained", "refunded"); or reverses its object
  (``given``: "returned the sofa"; Quirk et al. 1985, 18.12: given information is definite or a pronoun, so "returned
  an error", "sent back a thank-you" are new things, not a return); or is a verb of transfer or request with the
  particle "back" of return to the point of departure and a given object (``back``: "sent six back", "asked for her
  money back"; Quirk 16.3-16.4, phrasal verbs); or a request verb (ask for, want, demand, request, seek, claim) or a
  verb of making (make, file, lodge) whose object is the reversal's noun (``noun``: "asked for a refund", "made a
  complaint"), the head of its phrase ("made one refund error" is an error; Quirk 17.104);
* it is told as having happened after the act: a past or present perfect form, not under a modal, "to" (an
  infinitive: "threatening to cancel"), a negator ("has not asked for her money back", "no one has ever asked for a
  refund") or a condition ("if", "unless"), and not a past perfect, which sets it before the act (Quirk 1985, 4.23:
  "The client had complained about the old process before");
* its agent is another party: the clause's subject; the noun phrase before a relative clause ("the shop that bought
  them"); or, in a clause with no subject of its own ("..., rang the office, and asked for ..."), the subject of the
  last main clause before it in the sentence (Quirk 13.45: a coordinated predication shares its subject). Not the
  person (a refund the person gave is the remedy), not the writer's side ("I", "we": what the writer gave back to
  keep the account), not a thing pronoun ("it", "this");
* the person does nothing after it in the draft (the story's end, as ``savings._adverse_account``): "The client
  complained, and you rang her back and fixed it" tells the remedy, not the cost.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.valence import NEGATORS
from assistant.text import (
    BE_FORMS,
    FUNCTION_WORDS,
    MODALS,
    PREPOSITIONS,
    Clause,
    inflections,
    is_past_tense,
    wordset,
)
from assistant.wordlists import reversal_words


def _forms(bases: frozenset[str]) -> dict[str, str]:
    """Each inflected form of ``bases`` -> its base."""
    return {form: base for base in bases for form in inflections(base)}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str], dict[str, str], frozenset[str]]:
    words = reversal_words()
    nouns = frozenset(form for noun in words.get("noun", ()) for form in (noun, noun + "s"))
    return _forms(words.get("verb", frozenset())), _forms(words.get("given", frozenset())), \
        _forms(words.get("back", frozenset())), nouns


# Verbs whose object names what a party asks for or makes (Quirk 1985, 16.27: prepositional verbs "ask for", "call
# for"; 10.16: "make a complaint"): the reversal's noun as their object reverses.
_ASKING = frozenset().union(*(inflections(v) for v in ("ask", "want", "demand", "request", "seek", "claim", "make",
                                                        "file", "lodge", "put", "get", "receive")))
# Given information (Quirk 1985, 18.12): a pronoun, a definite or possessive determiner, a number.
_GIVEN = wordset("""it them him her this that these those the his their its our your my all both some most half one
    two three four five six seven eight nine ten eleven twelve several""")
_NOT_AGENT = wordset("it this that which there what these those")  # a thing, when it is the whole subject
_WRITER = wordset("i we us our me my")
_CONDITION = wordset("if unless whether")
_NO = wordset("no nobody noone nothing")
_RELATIVE = wordset("that who which whose whom")
_MAIN_LINKS = frozenset({"", "and", "but", "then", "so", "yet"})
_OBJECT_REACH = 5  # tokens between a "back" verb and its particle, or a request verb and its noun
_PAST_PARTICIPLES = wordset("taken given")


def _lower(draft: _Draft, k: int) -> str:
    return draft.quoted_words[k]


def _told(draft: _Draft, k: int, first: int) -> bool:
    """Token ``k``'s verb is told as having happened: a past form, and no modal, infinitive "to", negator or
    condition between the clause's first token ``first`` and it."""
    word = _lower(draft, k)
    if not (is_past_tense(word) or word in _PAST_PARTICIPLES):
        return False
    for j in range(first, k):
        w = _lower(draft, j)
        if w in MODALS or w in NEGATORS or w in _NO or w in _CONDITION or w.endswith("n't"):
            return False
        if w == "had" and j >= k - 3:
            return False  # a past perfect sets the reversal before the act (Quirk 1985, 4.23): the backstory
    # not an infinitive ("threatening to cancel") nor a passive, whose subject is not the agent ("was cancelled")
    return k == 0 or (_lower(draft, k - 1) != "to" and _lower(draft, k - 1) not in BE_FORMS
                      and _lower(draft, k - 1) not in ("been", "got", "get"))


def _given_object(draft: _Draft, k: int, end: int) -> bool:
    """The first word after token ``k`` (before ``end``) opens a given object (a pronoun, definite, a number)."""
    return k < end and (_lower(draft, k) in _GIVEN or _lower(draft, k).isdigit())


def _reversal_at(draft: _Draft, k: int, end: int) -> bool:
    """Token ``k`` opens a reversal (the first condition of the module's docstring); ``end``: the clause's end
    token."""
    verbs, given, back, nouns = _lexicon()
    word = _lower(draft, k)
    if word in verbs:
        return True
    if word in given:
        return _given_object(draft, k + 1, end)
    if word in back:
        j = k + 1
        if j < end and _lower(draft, j) == "for":
            j += 1
        if j < end and _lower(draft, j) == "back":
            return _given_object(draft, j + 1, end)  # "sent back the order", not "sent back a thank-you"
        if _given_object(draft, j, end) and any(_lower(draft, m) == "back"
                                                for m in range(j + 1, min(end, j + _OBJECT_REACH))):
            return True
    if word in _ASKING:
        return any(_lower(draft, m) in nouns and _head(draft, m, end) for m in range(k + 1, min(end, k + _OBJECT_REACH)))
    return False


def _head(draft: _Draft, m: int, end: int) -> bool:
    """Token ``m`` is the head of its noun phrase, not a noun premodifying another (Quirk 1985, 17.104: "a refund
    error" is an error): the clause ends after it, or a function word or punctuation follows."""
    if m + 1 >= end:
        return True
    after = _lower(draft, m + 1)
    return after in FUNCTION_WORDS or after in PREPOSITIONS or not after[:1].isalnum()


def _agent(draft: _Draft, sentence: int, c: Clause, k: int) -> tuple[str, ...]:
    """Who does the reversal at token ``k`` of clause ``c`` (the third condition of the module's docstring)."""
    if c.subject_words and c.tense != "none":
        return c.subject_words
    first = draft.token_index(c.start)
    words = [_lower(draft, j) for j in range(first, k)]
    if words and any(w in _RELATIVE for w in words[1:]):
        return tuple(words[:next(i for i, w in enumerate(words) if i and w in _RELATIVE)])  # "the shop that ..."
    if c.subject_words:
        return c.subject_words
    if words and words[0] not in ("and", "then", "but", "so", "or", "yet"):
        return ()
    found = draft.parsed[sentence]
    for before in reversed(found[:found.index(c)]):
        if before.subject_words and before.link in _MAIN_LINKS:
            return before.subject_words
    return ()


def _party(agent: tuple[str, ...], draft: _Draft) -> bool:
    return bool(agent) and agent[0] not in _WRITER and not (len(agent) == 1 and agent[0] in _NOT_AGENT) \
        and not draft.person.is_subject(agent) \
        and not any(w in BE_FORMS for w in agent[:1])


def reversal_by_other(draft: _Draft, sentence: int) -> tuple[int, int] | None:
    """The span of the first clause of sentence number ``sentence`` that tells a reversal by another party
    (the module's docstring, less the story's end), or None."""
    for c in draft.parsed[sentence]:
        first = draft.token_index(c.start)
        end = draft.tokens_up_to(first, c.end)
        for k in range(first, end):
            if _reversal_at(draft, k, end) and _told(draft, k, first) \
                    and _party(_agent(draft, sentence, c, k), draft):
                return c.start, c.end
    return None


def reversal_told(draft: _Draft) -> tuple[int, int] | None:
    """The span of a reversal by another party after which the person does nothing more in the draft (the
    module's docstring), or None."""
    person = draft.person
    acts = [c.start for found in draft.parsed for c in found
            if c.tense in ("past", "perfect") and person.is_subject(c.subject_words)]
    last_act = max(acts, default=-1)
    for i in range(len(draft.parsed)):
        span = reversal_by_other(draft, i)
        if span is not None and span[0] > last_act:
            return span
    return None
