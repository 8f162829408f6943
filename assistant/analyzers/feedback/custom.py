"""A good outcome told as custom given: another party recommends, refers, books or sends work to the person's side.

Issue 12 asks that well-formed feedback stay clean. A draft can tell the effect of good work only by what another
party then did for the person's side, in words VADER does not rate: "the client sent three neighbours to us", "their
head groom now sends us every bridle and headcollar repair", "four owners have booked follow-ups without prompting",
"They hired us again for the backend", "I've already recommended him to two friends". It is the mirror of
``reversal`` (the party undoing the exchange is its cost): the party extending the exchange is its effect, and praise
by function, whatever its words' valence. The verbs are WordNet 3.0 synsets (``assistant/data/custom_words.txt``):
commend (recommend), refer (send for treatment or a decision), book and hire (engage), reorder, send (cause to go).

Custom is read when all of these hold:

* the verb gives custom by its sense and its object (Quirk et al. 1985, 16.55-16.57, complementation of the verb),
  and every kind needs its object ("Three teachers booked on the old form" names no one engaged): ``commend``: the
  one commended follows, not a gerund or clause of advice ("recommended using a comma", "recommended that ...") nor
  "to" (Quirk 16.27: "has referred to" = denote, mention); ``refer``: a counted or quantified object, the people or
  work sent on ("referred three couples to us"), not a first-person object sent to a source ("referred us to the
  FAQ"); ``engage``: any object but one booked on someone's behalf ("booked a follow-up for you"); ``send``: a
  counted or quantified object with a first-person recipient ("sends us all their students", "sent three neighbours
  to us"), not a given thing ("sends us the release signal") nor the particle "back" (a reversal); never an object
  VADER rates bad (Hutto & Gilbert 2014: "she booked the wrong crane" is a fault's consequence); for every kind but
  ``commend``, never an object whose head names a charge or a grievance (``charge_nouns``, WordNet 3.0 nouns below
  financial statement, cost, claim, demand, objection or pleading: "the owner sent us an invoice for the taxi",
  "the courier has sent us two fees" send a cost, not work, custom or people);
* it is told as having happened (Quirk 1985, 4.17-4.23): a past or present perfect form, or a present one after
  "now" (a new habit the work brought: "now sends us"); no modal, infinitive "to", negator or condition before it in
  its clause ("would recommend", "if your care team has booked"), not a past perfect (the backstory: "had booked"),
  not a passive, not a participle premodifying a noun ("all 38 booked patients", "lost twenty-two booked
  appointments", "the garage's booked services", "Thirteen hired bikes stood locked": ``_premodifier``);
* the clause is not set as the act's time, reason or condition (its link or first word "when", "after", "before",
  "because", "if", "once", "while", "until", "as", "since");
* its agent is another party: the clause's subject, or, in a clause the parser gave no subject, the words between
  the last "that", "and", "which", "who" or comma and the verb ("was good enough that their head groom now sends
  us ..."). Not the person evaluated (what the person booked is their own act), not an indefinite or thing pronoun;
  the writer ("I", "we") only for ``commend`` (the writer's own recommendation is praise: "I have recommended him to
  several people"; what the writer booked is an arrangement: "I have booked us in for Thursday").
"""

from __future__ import annotations

from functools import lru_cache

from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.valence import NEGATORS, lexicon
from assistant.text import (
    BE_FORMS,
    MODALS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    STOPWORDS,
    Clause,
    fold_plural,
    has_number,
    inflections,
    is_past_tense,
    wordset,
)
from assistant.wordlists import charge_nouns, custom_words


def _forms(bases: frozenset[str]) -> dict[str, str]:
    """Each inflected form of ``bases`` (with the final consonant doubled: "referred") -> its base."""
    out: dict[str, str] = {}
    for base in bases:
        for form in inflections(base) | {base + base[-1] + "ed", base + base[-1] + "ing"}:
            out[form] = base
    return out


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Each form of a custom verb -> its kind (commend, refer, engage, send)."""
    out: dict[str, str] = {}
    for kind, bases in custom_words().items():
        out.update(dict.fromkeys(_forms(bases), kind))
    return out


_FIRST_PERSON = wordset("us me")
_WRITER = wordset("i we us me our my i've we've i'd we'd")
_QUANTIFIER = wordset("""a an another all every each several many more most some dozens hundreds scores two three four
    five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred half""")
_ADVICE = wordset("that to using doing making taking getting having being strongly against how what whether")
_CONDITION = wordset("if unless whether")
_NO = wordset("no nobody noone nothing never")
_SUBORDINATE = wordset("when whenever after before because if unless once while until as since though although")
_NOT_AGENT = wordset("it this that which there what these those somebody someone anybody anyone everybody everyone")
_BOUNDARY = wordset("that and which who whom")
_ADVERB_BEFORE = wordset("now also then since already still again just even soon later all both")
_REACH = 7  # tokens after the verb in which its object or recipient is looked for
_PAST_PERFECT = wordset("had hadn't")
_HAVE = wordset("have has 've")
# Before a participle these make it a premodifier of a noun, not a verb (Quirk 1985, 17.98: "the booked patients")
_DETERMINER = _QUANTIFIER | wordset("the this that these those my your his her its our their whose")
_RELATIVE = ("who", "which", "that")
_NOT_NOUN = STOPWORDS | PERSONAL_PRONOUNS | _FIRST_PERSON | _ADVERB_BEFORE | _DETERMINER | wordset("back again away")


def _w(draft: _Draft, k: int) -> str:
    return draft.quoted_words[k]


def _counted(draft: _Draft, k: int, end: int) -> bool:
    """Token ``k`` opens a counted or quantified noun phrase ("three couples", "all their students", "every bridle")."""
    return k < end and (_w(draft, k) in _QUANTIFIER or _w(draft, k).isdigit())


def _object_fits(draft: _Draft, kind: str, k: int, end: int) -> bool:
    """The verb at token ``k`` takes the object its kind gives custom with (the module's first condition)."""
    j = k + 1
    if j >= end:
        return False
    after = _w(draft, j)
    if after in PREPOSITIONS or not after[:1].isalnum():
        return False  # no object: "Three teachers booked on the old form" tells how, not whom they engaged
    if kind == "commend":
        return after not in _ADVICE and not after.endswith("ing") and after[:1].isalpha()
    if kind == "refer":
        return after not in _FIRST_PERSON and after != "to" and _counted(draft, j, end)
    if kind == "engage":
        window = [_w(draft, m) for m in range(j, min(end, j + _REACH))]
        return not any(a == "for" and b in ("you", "him", "her", "them", "me", "us")
                       for a, b in zip(window, window[1:], strict=False))
    # send: "sends us all their students" / "sent three neighbours to us"; never "back"
    window = [_w(draft, m) for m in range(j, min(end, j + _REACH))]
    if "back" in window:
        return False
    if after in _FIRST_PERSON:
        return _counted(draft, j + 1, end)
    return _counted(draft, j, end) and any(a == "to" and b in _FIRST_PERSON or a == "our" and b == "way"
                                           for a, b in zip(window, window[1:], strict=False))


def _charged(draft: _Draft, k: int, end: int) -> bool:
    """The object of the verb at token ``k`` has a charge or a grievance as its head (``charge_nouns``, WordNet 3.0:
    below financial statement, cost, claim, demand, objection or pleading): "the owner sent us an invoice for the
    taxi", "has sent us two fees" send the side a cost, not custom. The object runs to the first preposition,
    clause link, finite verb or non-word within reach ("sent us | a repair bill | for ..."); its head is a noun no
    other noun follows ("three soap orders" is orders)."""
    charges = charge_nouns()
    phrase: list[str] = []
    for m in range(k + 1, min(end, k + 1 + _REACH)):
        w = _w(draft, m)
        if w in PREPOSITIONS or w in _BOUNDARY or not w[:1].isalnum() or _finite(w):
            break
        phrase.append(w)
    return any((fold_plural(w) in charges or w in charges) and (i + 1 == len(phrase) or not _noun_like(phrase[i + 1]))
               for i, w in enumerate(phrase))


def _finite(word: str) -> bool:
    return word in BE_FORMS or word in MODALS or word in _HAVE or word in _PAST_PERFECT or is_past_tense(word)


def _noun_like(word: str) -> bool:
    """A word that may open or continue a noun phrase: a content word that is no adverb, pronoun or finite verb."""
    return word[:1].isalpha() and word not in _NOT_NOUN and not word.endswith("ly") and not _finite(word)


def _premodifier(draft: _Draft, c: Clause, k: int, first: int, end: int) -> bool:
    """The participle at token ``k`` of clause ``c`` modifies the noun right after it (Quirk et al. 1985, 7.15-7.16,
    17.98: participle adjectives), so it tells no event: "the practice lost fourteen booked appointments", "the
    client's booked slot", "booked appointments fell by a third". It is one when the noun follows it directly and
    a determiner, number or possessive precedes it, or the clause's verb came right before it, with only
    determiners, numbers or adverbs between (it is inside that verb's object; not after a relative clause the
    parser joined to the subject, "Parents who came last year booked tables"), or the noun phrase it opens is followed by a finite verb (it is inside the subject). After "have" or
    an adverb it is a perfect verb group ("have since referred three couples")."""
    if k + 1 >= end or not _noun_like(_w(draft, k + 1)):
        return False
    before = _w(draft, k - 1) if k > first else ""
    if before in _DETERMINER or has_number(before) or before.endswith(("'s", "’s")):
        return True
    if before in _HAVE or before in _ADVERB_BEFORE:
        return False
    verbs = [draft.token_index(v.start) for v in c.verbs]
    if verbs and k not in verbs and max(verbs) < k and not any(w.startswith(_RELATIVE) for w in c.subject_words) \
            and all(_w(draft, m) in _DETERMINER or has_number(_w(draft, m)) or _w(draft, m).endswith("ly")
                    for m in range(max(verbs) + 1, k)):
        return True  # "the team lost (all the) booked slots"; not "Parents who came last year booked tables"
    m = k + 1
    while m < end and m <= k + 3 and _noun_like(_w(draft, m)):
        m += 1
    return m < end and _finite(_w(draft, m))


def _judged_bad(draft: _Draft, k: int, end: int) -> bool:
    """The object after the verb at token ``k`` holds a word VADER rates bad (Hutto & Gilbert 2014): what was booked
    or sent in error is a fault's consequence, not custom ("she booked the wrong crane")."""
    rated = lexicon()
    return any(rated.get(_w(draft, m), 0.0) < 0 for m in range(k + 1, min(end, k + 1 + _REACH)))


def _told(draft: _Draft, k: int, first: int) -> bool:
    """The verb at token ``k`` is told as having happened (the module's second condition)."""
    word = _w(draft, k)
    before = _w(draft, k - 1) if k > first else ""
    if not is_past_tense(word) and not (word.endswith("s") and before == "now"):
        return False
    for j in range(first, k):
        w = _w(draft, j)
        if w in MODALS or w in NEGATORS or w in _NO or w in _CONDITION or w.endswith("n't"):
            return False
        if w in _PAST_PERFECT and j >= k - 3:
            return False
    return before != "to" and before not in BE_FORMS and before not in ("been", "get", "got", "getting") \
        and before not in _DETERMINER and not before.isdigit()  # "all 38 booked patients": a participle premodifying


def _after_perfect(draft: _Draft, first: int) -> bool:
    """The clause at token ``first`` is the rest of a perfect verb group cut at an adverb: "The family have | since
    referred ..." ("since" after "have" is the adverb "since then", Quirk 1985, 8.57, not a subordinator)."""
    return first > 1 and _w(draft, first - 1) == "since" and _w(draft, first - 2) in _HAVE


def _agent(draft: _Draft, found: list[Clause], c: Clause, k: int, first: int) -> tuple[str, ...]:
    """Who gives the custom at token ``k`` of clause ``c`` of a sentence's clauses ``found`` (the module's fourth
    condition)."""
    if c.subject_words and c.tense != "none":
        return c.subject_words
    if _after_perfect(draft, first) and found.index(c) > 0:
        return found[found.index(c) - 1].subject_words
    words = [_w(draft, j) for j in range(first, k)]
    cut = max((i for i, w in enumerate(words) if w in _BOUNDARY or w == ","), default=-1)
    return tuple(w for w in words[cut + 1:] if w not in _ADVERB_BEFORE)


def _party(agent: tuple[str, ...], draft: _Draft, kind: str) -> bool:
    if not agent or (len(agent) == 1 and agent[0] in _NOT_AGENT) or agent[0] in BE_FORMS:
        return False
    if agent[0] in _WRITER:
        return kind == "commend"
    return not draft.person.is_subject(agent)


def _subordinate(draft: _Draft, c: Clause, first: int) -> bool:
    if _after_perfect(draft, first):
        return False
    return c.link in _SUBORDINATE or _w(draft, first) in _SUBORDINATE


def custom_given(draft: _Draft) -> tuple[int, int] | None:
    """The span of the first clause of the draft that tells custom given by another party (the module's
    docstring), or None."""
    lexicon = _lexicon()
    for found in draft.parsed:
        for c in found:
            first = draft.token_index(c.start)
            end = draft.tokens_up_to(first, c.end)
            for k in range(first, end):
                kind = lexicon.get(_w(draft, k))
                if kind and _object_fits(draft, kind, k, end) and not _judged_bad(draft, k, end) \
                        and (kind == "commend" or not _charged(draft, k, end)) \
                        and _told(draft, k, first) and not _premodifier(draft, c, k, first, end) \
                        and not _subordinate(draft, c, first) and _party(_agent(draft, found, c, k, first), draft, kind):
                    return c.start, c.end
    return None
