"""The person's acts: who a clause is about, concrete acts, requests once made, problems solved or left undone."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Set as AbstractSet

from assistant.analyzers.feedback.draft import (
    _HIM_OR_HER,
    _YOU_WORDS,
    PERSON_NOUNS,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.rules import (
    _NOW,
    Cue,
    FeedbackRules,
    StructureCue,
)
from assistant.analyzers.feedback.spans import (
    _PERSON_REF,
    _THING_SUBJECTS,
    _WORD,
)
from assistant.analyzers.feedback.steps import (
    _NOT_GERUND,
    _PARTY_WORDS,
    _QUESTION_END,
    _STATIVE_VERBS,
    _VIEW_VERBS,
    _WRITER_WORDS,
    _imperative,
    _named,
)
from assistant.analyzers.feedback.traits import (
    _covers,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import BOOSTERS, NEGATORS, lexicon, word_valences
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    BE_FORMS,
    FUNCTION_WORDS,
    MODALS,
    NEGATED_AUXILIARIES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    STOPWORDS,
    WORD,
    Clause,
    fold_plural,
    is_participle,
    normalise_quotes,
    numbers,
    quantities,
    tokens,
    wordset,
)


def _before_entrance(draft: _Draft, sentence: int, person: _Person, first_act: int | None, traits: list[int]) -> bool:
    """Sentence number ``sentence`` tells a problem before the person enters a problem-solution story: the person
    acts later in the draft (``first_act``: an act, not a state, unnegated), nothing after the sentence is
    criticism, the sentence names neither the
    person nor anyone by a role noun ("the analyst's report was full of errors" may be the person's), does not
    speak to anyone ("you") and carries no personality label. Pronouns in it ("her order had been lost") are
    someone else's: the person has not yet appeared."""
    text = draft.text
    s, e = draft.sentences[sentence]
    if first_act is not None and s <= first_act < e and person.name is not None and not person.second \
            and re.search(rf"\b{re.escape(person.name)}\b", text[s:e], re.IGNORECASE) is None:
        # "An angry guest came to the desk because his room had not been cleaned. Marta ...": before the person
        # is named, a pronoun in the sentence is someone else's; the person's first act is a later one
        first_act = next((c.start for found in draft.parsed for c in found if c.start >= e and c.subject_words
                              and (person.is_subject(c.subject_words) or _named(person, c.subject_words[0]))), None)
    if first_act is None or first_act < e:
        return False
    found = next(found for found in draft.parsed if any(c.start == first_act for c in found))
    act = next(c for c in found if c.start == first_act)
    if not act.verbs or any(w in BE_FORMS or w in ("have", "has", "had") for w in act.verb_words) or any(
            _UNDONE.search(text, c.verbs[0].start, c.end) for c in found if c.start >= first_act and c.verbs):
        return False  # "You were on leave and had not set an out-of-office message": no act that met the problem
    k = bisect_right(traits, s - 1)
    if k < len(traits) and traits[k] < e:
        return False
    words = [w.lower() for w in _WORD.findall(text[s:e])]
    if any(w in _YOU_WORDS or (w in PERSON_NOUNS or (w.endswith("s") and w[:-1] in PERSON_NOUNS))
           and not _newcomer_served(words, j) or (person.name is not None and w == person.name)
           for j, w in enumerate(words)):
        return False
    return not _QUESTION_END.search(text, s, e)


_SERVED_PEOPLE = wordset("customer client patient caller visitor guest shopper buyer diner passenger donor tenant parent")
_INDEFINITE = wordset("a an another one some two three four five six seven eight nine ten several")


def _newcomer_served(words: list[str], j: int) -> bool:
    """``words[j]`` names someone the story brings in: a served person ("customer", "guest") after an
    indefinite determiner and at most two modifiers ("An angry guest came to the desk", "two shoppers"): a new
    party, not the person the feedback is about nor their colleague."""
    if words[j].removesuffix("s") not in _SERVED_PEOPLE:
        return False
    return any(w in _INDEFINITE for w in words[max(0, j - 3):j])


def _act_after(draft: _Draft, person: _Person, end: int) -> bool:
    """The person does something (an act, not a state, unnegated) in a clause that starts at or after ``end``."""
    text = draft.text
    for found in draft.parsed:
        for c in found:
            if c.start < end or not c.subject_words or not c.verbs:
                continue
            if not (person.is_subject(c.subject_words) or _named(person, c.subject_words[0])):
                continue
            if any(w in BE_FORMS or w in ("have", "has", "had") for w in c.verb_words):
                continue
            if _UNDONE.search(text, c.verbs[0].start, c.end):
                continue
            return True
    return False


# Openers that make a sentence the effect of what came before ("As a result, two orders went astray") or a turn.
_EFFECT_OPENER = precompiled(r"[\s\"“(]{0,3}(?:so|as\s{1,3}a\s{1,3}result|consequently|therefore|because|since|"
                            r"thus|hence|then|but|however|yet|though|although|still|unfortunately|sadly)\b",
                            re.IGNORECASE)
_THING_PRONOUNS = wordset("it its this that these those")
_MANY_OTHERS = wordset("several some many most half all few two three four five six seven eight nine ten other")


def _situation_met(draft: _Draft, sentence: int, person: _Person, first_act: int | None, traits: list[int]) -> bool:
    """Sentence number ``sentence`` tells a problem that is the situation or someone else's doing, told after the
    person entered the story (``first_act`` before it) and met by an act of theirs in a later sentence: it names
    neither the person nor anyone by a role noun, speaks to no one ("you"), has no "he"/"she"/"his"/"her" (the
    person may be meant), no thing pronoun ("It was full of errors": their work), no word of what the person did
    before as its subject ("The import dropped overtime hours" after "Lena set up the payroll import"), does not
    open as an effect or a turn ("So", "As a result", "But") and carries no personality label."""
    text = draft.text
    s, e = draft.sentences[sentence]
    if first_act is None or first_act >= s or not _act_after(draft, person, e):
        return False
    k = bisect_right(traits, s - 1)
    if k < len(traits) and traits[k] < e:
        return False
    if _EFFECT_OPENER.match(text, s) or _QUESTION_END.search(text, s, e):
        return False
    words = [w.lower() for w in _WORD.findall(text[s:e])]
    if any(w in _YOU_WORDS or w in _HIM_OR_HER or w in _THING_PRONOUNS or (person.name is not None and w == person.name)
           or ((w in PERSON_NOUNS or (w.endswith("s") and w[:-1] in PERSON_NOUNS))
               and not (j and words[j - 1] in _MANY_OTHERS)) for j, w in enumerate(words)):
        return False  # "several staff were paid short", "two nurses were off sick": others, not the one person
    done: set[str] = set()
    for found in draft.parsed[:sentence]:
        for c in found:
            if c.subject_words and (person.is_subject(c.subject_words) or _named(person, c.subject_words[0])):
                done.update(w.lower() for w in _WORD.findall(text[c.start:c.end]) if len(w) > 3)
    subjects = [w.lower() for c in draft.parsed[sentence] for w in c.subject_words]
    return not any(w in done for w in subjects if len(w) > 3)


def _act_of(draft: _Draft, sentence: int, pos: int, person: _Person, seen: dict[int, bool]) -> bool:
    """The clause at ``pos`` is about the person or their work: its subject (shared with the clause before it
    or its own) is the person, "your/his/her X" or "Name's X" ("Your reply ... did not answer her question").
    ``seen`` keeps each clause's answer (a clause of many negators is asked once)."""
    c = draft.clause_at(sentence, pos)
    if c is None:
        return False
    if c.start not in seen:
        seen[c.start] = _about_person(c, person)
    return seen[c.start]


def _about_person(c: Clause, person: _Person) -> bool:
    if not c.subject_words or c.tense not in ("past", "perfect", "present"):
        return False
    words = c.subject_words
    if person.is_subject(words) or _named(person, words[0]):
        return True
    owner = words[0]
    return len(words) > 1 and (owner in ("your",) if person.second else owner in ("his", "her", "their")
                               or (person.name is not None and owner in (f"{person.name}'s", f"{person.name}’s")))


# Others obliged by what the person did: "the client had to wait", "we had to issue refunds".
_HAD_TO = precompiled(r"\b(?:had|have\s{1,3}had|has\s{1,3}had)\s{1,3}to\b", re.IGNORECASE)
# A burden said to be less than the one it replaced ("had to reprint only the cover instead of the whole
# run", "had to wait only five minutes"): the act cut a cost, it did not lay one (the focusing
# "only" and the substitutive "instead of", "rather than" set it against a larger one).
_LESSENED = precompiled(r"\b(?:only|instead\s{1,3}of|rather\s{1,3}than|no\s{1,3}more\s{1,3}than)\b", re.IGNORECASE)


def _first_act(draft: _Draft, person: _Person) -> int | None:
    """Where the first clause whose subject is the person starts (None: the person is no clause's subject)."""
    for found in draft.parsed:
        for c in found:
            if c.subject_words and (person.is_subject(c.subject_words) or _named(person, c.subject_words[0])):
                return c.start
    return None


_SUFFERED_LOSS = wordset("lost")  # past only: "we lose a day every time" is a habit, not what one act caused
# A loss put on others told with no evaluative word: "cost" with the one who paid as its indirect object, WordNet 3.0's
# second sense of the verb (02628961 "require to lose, suffer, or sacrifice": "This mistake cost him his job", frame
# "Somebody ----s somebody something"), not its first, a price (02702508 "be priced at": "These shoes cost $100"). After
# the person's act, "..., and the defence objected, which cost the court twenty minutes", "and it cost us a day" is a
# loss the act put on others. The payer is an object pronoun after the verb ("cost us a repair") or a noun phrase
# between the verb and a quantity of time or money ("cost the court twenty minutes"); a quantity straight after the
# verb ("it cost $40", "cost about $400") is a price. A loss denied or set against a larger one ("cost us nothing",
# "cost us only ten minutes", "cost us $200 less") is none (_NEGATED_BEFORE, _LESSENED, _SMALLER).
_COST_VERBS = wordset("cost costs")
_PAYER_PRONOUNS = wordset("us them me him her everyone everybody")
_APPROXIMATORS = wordset("about around roughly nearly almost approximately some over under just close to")
_SMALLER = precompiled(r"\b(?:less|fewer|under|nothing|little|barely|hardly)\b", re.IGNORECASE)


def _cost_clause(text: str, c: Clause) -> bool:
    """Clause ``c`` says its subject cost someone time or money (see above)."""
    if c.main_verb not in _COST_VERBS or not c.verbs or c.link in _CAUSE_LINKS:
        return False
    after = c.verbs[-1].end
    if _NEGATED_BEFORE.search(text, c.start, c.end) or _LESSENED.search(text, c.start, c.end) \
            or _SMALLER.search(text, after, c.end):
        return False
    found = quantities(text[after:c.end])
    payer = re.match(r"\s{1,3}([A-Za-z]{2,12})\b", text[after:c.end])
    if payer is not None and payer.group(1).lower() in _PAYER_PRONOUNS:
        return True  # "cost us a repair"
    between = re.findall(r"[A-Za-z]+", text[after:after + found[0].start]) if found else []
    return any(w.lower() not in _APPROXIMATORS for w in between)  # "cost the court twenty minutes", not "cost $40"


# A cost borne by someone else, told by its adjunct: "at our own cost", "at the client's expense" (the noun phrase
# "at someone's expense/cost", the one named paying: Cambridge Dictionary "at someone's expense"; WordNet 3.0
# expense.n.01 "amounts paid for goods and services" and cost.n.01 "the total spent for goods or services"). After
# the person's act ("you filled the hearting with loose rubble ..., so we rebuilt eight metres of it at our own
# cost") it is a loss the act put on the writer or others, though no word names a mishap. The payer must be the
# writer ("our", "my") or a named other ("the client's"): "at his own expense" is the person's own cost. A promise or
# a term ("we will fix it at our own cost", "snacks were at our own expense") is no act's result: the clause must
# follow the person's act and not be modal, and the idiom "a joke at our own expense" has no payer.
_AT_OWN_COST = precompiled(
    r"\bat\s{1,3}(?:our|my|the\s{1,3}[A-Za-z-]{2,30}(?:'s|’s|s'))\s{1,3}(?:own\s{1,3})?(?:cost|expense)\b",
    re.IGNORECASE)
_JOKES = wordset("joke jokes jest laugh laughs")


def _cost_to_others(draft: _Draft, sentence: int, person: _Person, setting: list[tuple[int, int]],
                    first_act: int | None) -> bool:
    """A clause after something the person did whose subject, someone else, had to do something, lost something,
    cost someone time or money (_cost_clause) or did something at its own cost (_AT_OWN_COST): a cost the act put on
    them (not in a setting clause, not negated: "so nobody had to re-key it" is a burden averted)."""
    text = draft.text
    if first_act is None or first_act >= draft.sentences[sentence][1]:
        return False
    for c in draft.parsed[sentence]:
        words = c.subject_words
        if not words or c.start <= first_act or person.is_subject(words) or _named(person, words[0]):
            continue
        if _covers(setting, c.start) or c.link in _SUPPOSED_LINKS or c.link in _SCENE_LINKS or c.tense == "modal":
            continue  # "Six patients would otherwise have had to give blood again": a burden averted
        m = _HAD_TO.search(text, c.verbs[0].start if c.verbs else c.start, c.end)
        if m and not _UNDONE.search(text, c.start, m.start()) and words[0] not in ("nobody", "none", "no") \
                and not _LESSENED.search(text, m.end(), c.end):
            return True
        if c.main_verb in _SUFFERED_LOSS and c.link not in _CAUSE_LINKS and c.verbs \
                and (words[0] in _WRITER_WORDS or not _PARTY_WORDS.isdisjoint(words)) and words[-1] not in PREPOSITIONS \
                and not _NEGATED_BEFORE.search(text, c.start, c.end):
            return True  # "and we lost the deposit", "and we lost about six hundred pounds of stock": a loss it caused
        if _cost_clause(text, c):
            return True  # "and the defence objected, which cost the court twenty minutes": a loss it caused
        paid = _AT_OWN_COST.search(text, c.start, c.end)
        if paid is not None and c.verbs and not _NEGATED_BEFORE.search(text, c.start, paid.start()) \
                and _JOKES.isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", text[c.start:paid.start()])):
            return True  # "so we rebuilt eight metres of it at our own cost": a cost it put on the writer
    return False


# The negated need, obligation or loss of someone other than the person: the mirror of _cost_to_others ("we
# had to issue refunds"), a burden the act spared them ("we didn't need agency staff", "the night team did
# not have to re-key a single order", "we never lost a shift"). Said of the person ("you didn't need to
# shout") it is not.
_NEEDED_AFTER = precompiled(r"\s{1,3}(?:(?:even|ever|once|really|actually)\s{1,3})?(?:need(?:ed|s)?|ha(?:ve|d|s)\s{1,3}to|"
                           r"los(?:e|t))\b", re.IGNORECASE)


def _averted_burden(draft: _Draft, sentence: int, negator: re.Match[str], person: _Person) -> bool:
    if not _NEEDED_AFTER.match(draft.text, negator.end()):
        return False
    c = draft.clause_at(sentence, negator.start())
    if c is None or not c.subject_words or c.tense == "modal":
        return False
    words = c.subject_words
    return not (person.is_subject(words) or _named(person, words[0]) or words[0] in _YOU_WORDS
                or words[0] in _HIM_OR_HER and not person.second)


def _past_state(draft: _Draft, sentence: int) -> bool:
    """Every clause with a verb in sentence number ``sentence`` is in the past or the past perfect."""
    found = [c for c in draft.parsed[sentence] if c.verbs]
    return bool(found) and all(c.tense == "past" for c in found)


# Credit for an outcome: "Thanks to your new system, ...", "Because of you, ...".
_CREDIT = precompiled(r"\b(?i:thanks\s{1,3}to|because\s{1,3}of|due\s{1,3}to|owing\s{1,3}to)\s{1,3}"
                     r"(?:(?i:you|your|him|his|her|them|their)|[A-Z][a-z]{1,30}['’]s)\b")


def _credits_person(draft: _Draft, rules: FeedbackRules, sentence: int) -> bool:
    """Sentence number ``sentence`` credits the person with an outcome or names their remedy ("Thanks to your new
    scheduling system, they are a thing of the past", "Thanks for fixing it the same day")."""
    s, e = draft.sentences[sentence]
    return _CREDIT.search(draft.text, s, e) is not None or rules.remedies.search(draft.text, s, e) is not None


# Words that make a denied passive a lasting state ("not once", "since", "no longer") or its denial the point
# ("not a single", "ever", "again").
_UNDONE_WORDS = wordset("once since single ever again anymore longer")
_OUTCOME_CREDITED = precompiled(r"\b(?:because|since|as)\s{1,3}(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30})|of\s{1,3}(?:your|his|her|"
                                r"their))\b|\bthanks\s{1,3}to\b|\bmeant\b", re.IGNORECASE)
_NOT_THING_SUBJECTS = PERSONAL_PRONOUNS | _THING_SUBJECTS | wordset("who whom nothing nobody none everything anything")


def _task_left_undone(draft: _Draft, rules: FeedbackRules, sentence: int, negator: re.Match[str]) -> bool:
    """The negator denies a passive act done to a thing ("the raffle prizes were not collected", "the guard rail had
    not been checked"): work that was left undone, which a draft about the person's work tells as criticism. Not when
    the subject is a person, a party or a pronoun, nor when the act is itself a harm, a problem or rated bad (then
    its denial is praise: "the launch was not delayed", "no data was lost")."""
    c = draft.clause_at(sentence, negator.start())
    if c is None or not c.subject or c.inherited or len(c.verbs) < 3:
        return False
    main = c.main_verb
    key = ("passive verb group", sentence, c.start)
    if key not in draft.memo:  # once per clause: a clause of many negators stays linear
        verbs = c.verb_words
        draft.memo[key] = (frozenset(verbs), any(w in BE_FORMS for w in verbs[:-1]))
    verb_set, passive = draft.memo[key]
    if negator.group().lower() not in verb_set or not passive or main in BE_FORMS or not is_participle(main):
        return False
    subject = c.subject_words
    if any(w in _NOT_THING_SUBJECTS or w in _PARTY_WORDS or w.rstrip("s") in PERSON_NOUNS for w in subject) \
            or any(t.text[:1].isupper() and names_lexicon().may_be_name(t.text.lower()) for t in c.subject[1:]):
        return False
    if not _UNDONE_WORDS.isdisjoint(draft.span_words(c.start, c.end)):
        return False  # "have not been left unlocked once since March": a bad state kept away, not a task missed
    s, e = draft.sentences[sentence]
    if _OUTCOME_CREDITED.search(draft.text, s, e):
        return False  # "the run was not held up, because you had tested the standby": the outcome is the person's doing
    return not (main in rules.harm_verbs or rules.problem_words.fullmatch(main) or rules.critical.fullmatch(main)
                or (lexicon().get(main) or 0.0) < 0)


# A negative quantifier as the object of a verb of loss or harm ("We lost nothing", "You missed nothing", "He broke none
# of the glasses"): nothing was lost, a harm kept away, as "no data was lost" is. The verb is one the rating lexicon
# (VADER) rates below zero or a problem word; an ordinary act with "nothing" ("you did nothing", "said nothing",
# "labelled nothing") is still a task left undone. A turn after it ("we lost nothing, but you left the door open") carries
# the sentence: the denied loss is conceded, not the point.
_NEGATIVE_OBJECTS = wordset("nothing none nobody")
_NEGATIVE_OBJECT_AFTER = precompiled(r"\s{1,3}(?:nothing|none|nobody)\b", re.IGNORECASE)
_WORD_BEFORE = precompiled(r"([A-Za-z][\w'’-]{1,30})\s{1,3}\Z")
# The same harm quantified as none or as less, by a negative or comparative determiner of its object (Quirk et al. 1985,
# 5.23 and 7.76, "no", "fewer", "less"): "the students missed fewer days than in the autumn", "we lost no plants to dry
# air", "the skaters lost less practice time": a harm that shrank or was kept away, reported as it was, not asked for
# (a modal or an infinitive, "try to miss fewer calls", or an imperative stays a request).
_LESSER_OBJECT_AFTER = precompiled(r"\s{1,3}(?:(?:far|much|many|significantly|noticeably)\s{1,3})?(?:no|zero|fewer|less)"
                                   r"\s{1,3}(?!than\b|of\b|and\b|or\b|longer\b|more\b)[a-z][\w'’-]{1,30}", re.IGNORECASE)


def _lesser_harm(draft: _Draft, sentence: int, m: re.Match[str]) -> bool:
    """The problem or harm verb ``m`` takes an object quantified as none or less, in a clause that reports rather than
    asks (see above)."""
    text = draft.text
    if not _LESSER_OBJECT_AFTER.match(text, m.end(), draft.sentences[sentence][1]):
        return False
    c = draft.clause_at(sentence, m.start())
    return c is not None and bool(c.subject_words) and c.tense in ("past", "perfect", "present") \
        and not any(w in MODALS or w == "to" for w in c.verb_words)


def _loss_denied(rules: FeedbackRules, text: str, negator: re.Match[str], sentence_start: int) -> bool:
    """The negator is the object of a verb of loss or harm right before it (see above)."""
    if negator.group().lower() not in _NEGATIVE_OBJECTS:
        return False
    verb = _WORD_BEFORE.search(text, max(sentence_start, negator.start() - 32), negator.start())
    if verb is None:
        return False
    word = verb.group(1).lower()
    return word not in FUNCTION_WORDS and ((lexicon().get(word) or 0.0) < 0 or rules.problem_words.fullmatch(word) is not None)


_NO_LONGER = precompiled(r"no\s{1,3}longer", re.IGNORECASE)


def _problem_ended(rules: FeedbackRules, text: str, m: re.Match[str], sentence_end: int) -> bool:
    """``m`` is the decline word "no longer" and a problem word lies in its scope: what stopped was the problem."""
    if not _NO_LONGER.fullmatch(m.group()):
        return False
    scope = _negation_scope(text, m.end(), sentence_end)
    return bool(rules.problem_words.search(text, m.end(), scope) or rules.critical.search(text, m.end(), scope))


def _persons_own(person: _Person, c: Clause) -> bool:
    """The clause's subject is the person (or names them)."""
    words = c.subject_words
    return bool(words) and (person.is_subject(words) or _named(person, words[0]))


def _problem_then_solved(draft: _Draft, sentence: int, solved: Clause | None, person: _Person,
                         critical: list[re.Match[str]], negators: list[re.Match[str]], traits: list[int]) -> bool:
    """The criticism of sentence number ``sentence`` is the problem the person then solved: it lies before the
    accomplishment ``solved`` (in the same sentence; None: the next sentence is one), names neither the person nor
    their work, and no personality label is in the sentence (a setting, like :func:`_setting_clauses`)."""
    text = draft.text
    s, e = draft.sentences[sentence]
    end = solved.start if solved is not None else e
    if solved is not None and solved.start <= s:
        return False
    k = bisect_right(traits, s - 1)
    if (k < len(traits) and traits[k] < e) or any(m.start() >= end for m in [*critical, *negators]):
        return False
    before = text[s:end]
    named = person.name is not None and re.search(rf"\b{re.escape(person.name)}\b", before, re.IGNORECASE) is not None
    return not named and _PERSON_REF.search(before) is None
# "We would have finished sooner without the outage": a condition that names what got in the way.
_AVERTING_CONDITION = precompiled(r"\b(?:without|but\s{1,3}for|if\s{1,3}(?:it|they|we)\s{1,3}(?:had|were|was)n['’]t|"
                                 r"if\s{1,3}not|had\s{1,3}(?:it|they|we)\s{1,3}not)\b", re.IGNORECASE)
_NEGATED_BEFORE = precompiled(r"\b(?:nothing|nobody|no\s{1,3}one|none|no|not|never|[a-z]{2,10}n['’]t|cannot)\b", re.IGNORECASE)
_ADVERB_BEFORE_NEGATION = precompiled(
    r"\s{1,3}(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should)\s{1,3}not|"
    r"(?:do|does|did|is|are|was|were|has|have|had|ca|could|wo|would|should)n['’]t|never|not|cannot)\b", re.IGNORECASE)
# The person's work as the subject of a negated copula: "Your work isn't up to standard", "His code is not
# ready": a verdict on their work (a thing subject, "it wasn't easy", is the task, not the work).
_OWNED_WORK_SUBJECT = precompiled(
    r"(?:^|[\s\"“(])(?:(?i:your|his|her|their)|[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:(?!(?:is|are|was|were)\b)[a-z-]{2,30}\s{1,3}){0,2}?"
    r"(?!(?:leave|holiday|vacation|absence|health|family|request|is|are|was|were)\b)[a-z-]{2,30}\s{1,3}"
    r"(?:(?:is|are|was|were)\s{1,3})?\Z")
_REQUEST_LEADS = wordset("please just also then now so always and simply")
_RESULT_REQUEST_VERBS = wordset("be stay remain become make try get aim keep")


# A quality wished for the person: "I'd like you to be more proactive", "we need her to become more confident",
# "I encourage him to stay calm": the complement names the result asked for, not praise.
_WISHED_RESULT = precompiled(
    r"\b(?:like|love|want|need|expect|encourage|ask|asking|urge|challenge)\s{1,3}(?:you|him|her|them)\s{1,3}to\s{1,3}"
    r"(?:be|become|stay|remain|get|feel|seem|sound)\s{1,3}(?:[a-z]{2,20}\s{1,3}){0,2}\Z", re.IGNORECASE)
# A praise word used as a verb: an object pronoun or a particle follows ("clear it", "calm down").
_VERB_USE = precompiled(r"\s{1,3}(?:it|them|him|her|me|us|down|up|out|off)\b(?!\s{1,3}(?:is|was|are|were)\b)",
                       re.IGNORECASE)


def _requested(draft: _Draft, rules: FeedbackRules, sentence: int, m: re.Match[str]) -> bool:
    """A praise word in the complement of a clause in the imperative mood ("Be clear about the deadlines",
    "Please stay positive in meetings", "Make the figures clear") names the result asked for, not
    something the person did; a request to go on as before ("Keep up the great work") is praise."""
    c = draft.clause_at(sentence, m.start())
    if c is None:
        return False
    if _WISHED_RESULT.search(draft.text, max(c.start, m.start() - 80), m.start()):
        return True  # "I'd like you to be more proactive": the quality wished for
    key = ("request", c)
    if key not in draft.memo:
        draft.memo[key] = _request_clause(draft, sentence, c)
    words = draft.memo[key]
    if words is None:
        return False
    verb = _first_after_leads(draft.text, words, m.start())
    if verb is None:
        # the praise word opens the clause: praise ("Great work", "Nice catch") unless it is the verb of an
        # instruction, after "please" or before an object pronoun or a particle ("please clear it", "Calm down!")
        clause_words, starts, _, first = words
        return first < len(clause_words) and starts[first] == m.start() and (
            "please" in clause_words[:first] or " " not in m.group() and _VERB_USE.match(draft.text, m.end()) is not None)
    return verb in _RESULT_REQUEST_VERBS or _imperative_once(draft, rules, c)


def _imperative_once(draft: _Draft, rules: FeedbackRules, c: Clause) -> bool:
    """``_imperative`` of the clause, read once per clause (it reads the whole clause, and each praise
    word of the clause asks)."""
    key = ("imperative", c)
    if key not in draft.memo:
        draft.memo[key] = _imperative(draft, rules, c)
    return draft.memo[key]


def _request_clause(draft: _Draft, sentence: int, c: Clause) -> tuple[list[str], list[int], list[int], int] | None:
    """For a clause that may ask for something (no subject of its own, not a list of the person's acts,
    not a question, not 'keep it up'): its words lower-cased, their starts and ends, and the index of the
    first word that is not a request lead ('please', 'just', ...); None for any other clause."""
    if c.link not in ("", "and", "then", "so", "but") or c.subject_words not in ((), ("please",)):
        return None
    found = draft.parsed[sentence]
    k = bisect_right(draft._clause_starts[sentence], c.start) - 1  # c's place among the sentence's clauses
    if k and (c.link == "" or found[k - 1].subject_words not in ((), ("please",))):
        return None  # "you engaged the prospect, set a clear purpose": a list of the person's acts
    if _ends_in_question(draft, sentence, c.start) or _REINFORCE.match(draft.text, c.start):
        return None
    spans = [(m.start(), m.end()) for m in WORD.finditer(draft.text, c.start, c.end)]
    words = [normalise_quotes(draft.text[a:b]).lower() for a, b in spans]
    first = next((i for i, w in enumerate(words) if w not in _REQUEST_LEADS), len(words))
    return words, [a for a, _ in spans], [b for _, b in spans], first


def _first_after_leads(text: str, clause_words: tuple[list[str], list[int], list[int], int], pos: int) -> str | None:
    """The first word of the clause before ``pos`` that is not a request lead (a word running past
    ``pos`` cut there), or None when there is none: the words of ``text[clause start:pos]``, read
    from the clause's words instead of tokenising that prefix again for each praise word."""
    words, starts, ends, first = clause_words
    q = bisect_left(starts, pos)  # the words starting before pos
    if first < q - 1:
        return words[first]
    if q == 0:
        return None
    last = words[q - 1] if ends[q - 1] <= pos else normalise_quotes(text[starts[q - 1]:pos]).lower()
    return None if last in _REQUEST_LEADS else last


def _ends_in_question(draft: _Draft, sentence: int, start: int) -> bool:
    """``_QUESTION_END.search(text, start, sentence end)``: the sentence's text from ``start`` ends in a
    question mark (closing quotes, brackets and spaces after it); the sentence's end is read once."""
    key = ("question end", sentence)
    if key not in draft.memo:
        text, r = draft.text, draft.sentences[sentence][1]
        s = draft.sentences[sentence][0]
        while r > s and (text[r - 1].isspace() or text[r - 1] in "\"'”’)"):
            r -= 1
        draft.memo[key] = r - 1 if r > s and text[r - 1] == "?" else -1
    mark = draft.memo[key]
    return mark >= start


_VADER_TURNERS = NEGATORS | {"no", "least"}


def _valence_negated(draft: _Draft, m: re.Match[str]) -> bool:
    """A praise cue whose rated word VADER reads as negated ("without clear data", "rarely helpful", "nor
    friendly"): its valence after the three words before it has the opposite sign of its rating (VADER's
    negation reaches three words back; a 'but' elsewhere scales a valence without turning it)."""
    rated = lexicon()
    toks = draft.toks
    k = draft.token_index(m.start())
    while k < len(toks) and toks[k].start < m.end():
        word = toks[k].text.lower()
        if rated.get(word, 0.0) > 0 and word not in BOOSTERS:
            s, _ = draft.sentence_at(m.start())
            lead = [normalise_quotes(t.text).lower() for t in toks[max(0, k - 3):k] if t.start >= s]
            if not any(w in _VADER_TURNERS or "n't" in w for w in lead):
                return False
            return word_valences([*lead, word])[-1] < 0
        k += 1
    return False


def _generic(rules: FeedbackRules, text: str, start: int, end: int) -> bool:
    """The sentence is habitual, generic praise or description: no number and no name after its first
    word, and every content word after the subject is a generic one ("You handled every challenge with
    grace", "You've led complex projects, mentored team members, and collaborated across teams")."""
    if not rules.generic_words:
        return False
    toks = tokens(text[start:end])
    content = 0
    for n, tok in enumerate(toks):
        word = tok.text.lower().replace("’", "'")
        if any(ch.isdigit() for ch in word):
            return False
        if n and tok.text[:1].isupper() and tok.text != "I":
            return False  # a name or a named thing: "the Baker account"
        if word in STOPWORDS or word in _SUBJECTS or (word.endswith("ly") and len(word) > 4):
            continue
        if word.split("'")[0] not in rules.generic_words:
            return False
        content += 1
    return content > 0


def _concrete_word(rules: FeedbackRules, text: str, start: int, end: int, sentence_start: int,
                   skip: AbstractSet[int] = frozenset()) -> bool:
    """``text[start:end]`` holds a concrete word: a number, a name, or a content word that is neither generic,
    nor an activity noun or a verb of doing the job, nor evaluative (rated by VADER). A bare noun after 'with'
    names a manner ("with empathy"); tokens starting at ``skip`` (a subject) are passed over."""
    rated = lexicon()
    previous = ""
    for tok in tokens(text[start:end]):
        word = normalise_quotes(tok.text).lower()
        after_with, previous = previous == "with", word
        if tok.start + start in skip:
            continue  # the person judged: "Marco"
        if any(ch.isdigit() for ch in word):
            return True
        if tok.start + start > sentence_start and tok.text[:1].isupper() and tok.text != "I":
            return True  # a name or a named thing: "the Baker account"
        if word in NEGATED_AUXILIARIES:
            continue  # "haven't", "weren't": an auxiliary, whatever its stem ("haven") looks like
        stem = word.split("'")[0]
        if after_with and stem not in STOPWORDS:
            continue  # a manner named by a bare noun: "with empathy", "with care"
        if stem in STOPWORDS or stem in _SUBJECTS or (stem.endswith("ly") and len(stem) > 4) \
                or _unspecific_word(rules, stem, rated):
            continue
        if "-" in stem and all(_unspecific_word(rules, part, rated) for part in stem.split("-") if part):
            continue
        return True
    return False


def _unspecific_word(rules: FeedbackRules, word: str, rated: dict[str, float]) -> bool:
    return word in rules.generic_words or word in rules.unspecific_words or word in rated


def _unspecific(rules: FeedbackRules, draft: _Draft, i: int) -> bool:
    """Sentence ``i`` evaluates without naming anything observable: no clause of it holds a concrete word
    (``_concrete_word``; a clause's own subject left out), and the object of a manner verb is only the
    occasion ("You handled the complaints professionally", "The way you handled the month-end close was a
    disaster", "You have done a solid job on your tasks and met expectations in most areas")."""
    if not rules.unspecific_words:
        return False
    text = draft.text
    s, _ = draft.sentences[i]
    person = draft.person
    for c in draft.parsed[i]:
        if c.subject_words[:1] == ("i",) and c.main_verb not in _VIEW_VERBS and not _perceiving(c) and not person.mentioned(
                [normalise_quotes(t.text).lower() for t in draft.span_tokens(c.start, c.end)]):
            continue  # "... and I look forward to another strong year": the writer's own attitude, no act of the person
            # ("I noticed three reports were submitted late" reports what the writer saw, and is judged)
        if c.main_verb in _CAUSATIVE_MAKE and c.verbs and _evaluative_complement(text, c.verbs[-1].end, c.end):
            continue  # "you made the lift shack a happier place": a verdict on the object's state, no act told
        subject = frozenset() if c.inherited else frozenset(t.start for t in c.subject if t.text[:1].isupper())
        subject |= _judged_subject(rules, draft, c, s)
        if c.main_verb in rules.manner_verbs:
            if any(ch.isdigit() for ch in text[c.start:c.end]) or any(
                    t.start > s and t.start not in subject and t.text[:1].isupper() and t.text != "I"
                    for t in draft.span_tokens(c.start, c.end)) or _delivered_occasion(rules, draft, i, c):
                return False
            continue
        if _concrete_word(rules, text, c.start, c.end, s, subject):
            return False
    return True


def _judged_subject(rules: FeedbackRules, draft: _Draft, c: Clause, sentence_start: int) -> frozenset[int]:
    """The token starts an evaluation clause ``c`` does not name anything by: its linking verb and the bare noun
    phrase it judges. An evaluation clause links its subject to a judgement ("That call was a disaster", "you
    sounded clueless", "Your preparation was clear", "You've got potential"): the subject is only what is judged,
    so its head noun names no act, object or occasion unless the rest of the phrase does ("Your reply to the
    angry caller", "the spring brochure" keep theirs), and the linking verb names no act. A verb group ending in a
    participle ("was greeted", "were sent") is a passive act, not an evaluation."""
    if c.inherited or not c.verbs or c.tense == "none":
        return frozenset()
    words = c.verb_words
    if not any(w in _LINK_VERBS for w in words) or is_participle(c.main_verb) and c.main_verb not in _LINK_VERBS:
        return frozenset()
    skip = {t.start for t, w in zip(c.verbs, words, strict=True) if w in _LINK_VERBS}
    if c.subject:
        head = c.subject[-1]
        if any(ch.isdigit() for ch in head.text):
            return frozenset(skip)
        rest = c.subject[:-1]
        if rest and _concrete_word(rules, draft.text, rest[0].start, rest[-1].end, sentence_start,
                                   frozenset(t.start for t in rest if t.text[:1].isupper())):
            return frozenset(skip)  # "the spring brochure", "your reply to the caller": a particular thing
        skip |= {t.start for t in c.subject}
    return frozenset(skip)


_OCCASION_OPENERS = wordset("the this that yesterday's today's monday's tuesday's wednesday's thursday's friday's "
                            "saturday's sunday's last this")
_MANNER_OBJECT = 4  # the occasion's words before the delivery adverbs: "the client presentation"


def _delivered_occasion(rules: FeedbackRules, draft: _Draft, i: int, c: Clause) -> bool:
    """Manner clause ``c`` of sentence ``i`` has one particular occasion as its object (a definite singular
    noun phrase: "the client presentation", "yesterday's review") followed by an adverb of delivery
    (``delivery_adverbs``), alone or joined by "and" in the next clause: "You handled the client presentation
    confidently and clearly". Plural or pronoun objects ("the complaints", "everything", "it") are no occasion,
    and an evaluation ("professionally") is no delivery."""
    if not rules.delivery_adverbs or not c.verbs or c.tense not in ("past", "perfect"):
        return False
    text = draft.text
    words = [normalise_quotes(t.text).lower() for t in tokens(text[c.verbs[-1].end:c.end])]
    if words[:1] == ["with"]:
        words = words[1:]  # "dealt with the fire alarm"
    if not words or words[0] not in _OCCASION_OPENERS:
        return False
    k = 1
    while k < len(words) and k <= _MANNER_OBJECT and words[k] not in rules.delivery_adverbs \
            and not words[k].endswith("ly"):
        k += 1
    if k < 2 or k >= len(words) or words[k] not in rules.delivery_adverbs:
        return False
    head = words[k - 1]
    # "the complaints": no one occasion
    return not (head.endswith("s") and not head.endswith(("ss", "us", "is")) or head in STOPWORDS)


_ACT_CUE = Cue(
    StructureCue(
        id="behavior-concrete-act", kind="behavior", pattern=r"\S",
        explanation="The person did something to a concrete object (found by the clause's subject, tense and "
                    "the concreteness of what follows its verb).",
        suggestion="Keep to what a camera would have recorded.",
        source="Center for Creative Leadership, Situation-Behavior-Impact (SBI) feedback model; Brutus, S. (2010). "
               "Words versus numbers: a theoretical exploration of giving and receiving narrative comments in "
               "performance appraisal. Human Resource Management Review, 20(2), 144-157.",
    ),
    precompiled(r"\S(?:.*\S)?", re.DOTALL),
)


_OBJECT_OPENERS = wordset("the a an his her your their its our my this that these those every each both all two three "
                          "four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen")
_HABITUAL = wordset("always usually often generally typically normally regularly consistently constantly continually "
                    "routinely frequently never ever")
_OBJECT_WINDOW = 8
_GERUND_AFTER = wordset("job help work")  # "did a great job explaining", "your help moving", "your work setting up"


def _object_phrase(rules: FeedbackRules, text: str, start: int, end: int, sentence_start: int) -> bool:
    """The first words of ``text[start:end]`` (``_OBJECT_WINDOW``) name a concrete object: a number, a name, or
    a determiner followed within three words by a concrete word ("moved the launch date", "covered both
    weekend shifts"). The window keeps the object next to its verb and the test linear in the draft."""
    toks = tokens(text[start:min(end, start + 40 * _OBJECT_WINDOW)])[:_OBJECT_WINDOW]
    for k, tok in enumerate(toks):
        word = normalise_quotes(tok.text).lower()
        if any(ch.isdigit() for ch in word) or (tok.start + start > sentence_start and tok.text[:1].isupper()
                                                  and tok.text != "I"):
            return True
        if word in _OBJECT_OPENERS and k + 1 < len(toks):
            stop = toks[min(k + 3, len(toks) - 1)].end
            if _concrete_word(rules, text, toks[k + 1].start + start, stop + start, sentence_start):
                return True
    return False


# The person's act named as a noun with its object ("your rewrite of the returns page", "Priya's rebuild of
# the grant spreadsheet"): told in the past, it names what the person did as "you rewrote the returns page"
# does. Nouns of knowing, having or lacking name no act.
_POSSESSED_ACT = precompiled(r"\b(?:(?i:your|his|her|their)|[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:[a-z]{2,20}\s{1,3})?"
                            r"([a-z]{3,30})\s{1,3}of\b")
_NOT_ACT_NOUNS = wordset("knowledge understanding grasp command lack part share sense view idea version kind sort "
                         "type level amount number lot bit one most some all none each many use")


def _measured_work(rules: FeedbackRules, text: str, c: Clause, subject: tuple[str, ...]) -> bool:
    """The person's work ("your onboarding guide", "Priya's new rota") as the subject of an act in the past
    with a measure after it: an accomplishment told by what the work did ("reduced setup time by two hours").
    A quality of the person ("your attitude") and a judgement ("was the best in years") are not."""
    if len(subject) < 2 or len(subject) > 4 or c.tense not in ("past", "perfect") or not c.verbs:
        return False
    owner, head = subject[0], subject[-1]
    if not (owner in ("your", "his", "her", "their") or owner.endswith(("'s", "’s")) and c.subject[0].text[:1].isupper()):
        return False
    if head in _NOT_ACT_NOUNS or _unspecific_word(rules, head, lexicon()) or any(w in _LINK_VERBS for w in c.verb_words):
        return False
    main = c.main_verb  # what the work did may be an effect word ("saved", "cut"), judged by its measure
    return main not in _STATIVE_VERBS and main not in rules.manner_verbs and bool(numbers(text[c.verbs[-1].end:c.end]))


_HAVE_FORMS = wordset("have has had")
_MIND_VERBS = wordset("see sees saw seen know knows knew known think thinks thought want wants wanted need needs needed "
                      "like likes liked love loves loved seem seems seemed deserve deserves deserved appreciate "
                      "appreciates appreciated value values valued admire admires admired respect respects respected "
                      "trust trusts trusted enjoy enjoys enjoyed")
_GROUP_NOUNS = wordset("team staff crew department unit group")


def _observed_work(rules: FeedbackRules, draft: _Draft, c: Clause, subject: tuple[str, ...], sentence_start: int) -> bool:
    """The person's piece of work as the subject of what it did or had, with a concrete detail after the verb: an
    observation of the work, as a camera would record it (SBI's behaviour told through its product; Brutus 2010 on
    narrative comments that name the work). "Your draft of the guide stops after the account setup section", "Your
    tickets for Thursday had no registrations on six loads", "Your truck failed Saturday's check". The subject is an
    owner ("your", "his", "her", "their", a name's) and a work noun before any preposition (not a quality, an
    unspecific word or a person); the verb acts or has (a linking verb judges or ranks: "Your steaks were spot on",
    "Your report was the best in 10 years"); the detail is ``_object_phrase``'s (a number, a name, or a determiner
    with a concrete word). A judgement alone ("Your proofs have been sloppy", "Your efforts made a real difference")
    names nothing observed."""
    if c.tense not in ("past", "perfect", "present") or not c.verbs or c.inherited or len(subject) < 2:
        return False
    owner = subject[0]
    if not (owner in ("your", "his", "her", "their") or owner.endswith(("'s", "’s")) and c.subject[0].text[:1].isupper()):
        return False
    noun = []
    for w in subject[1:]:
        if w in PREPOSITIONS or w in FUNCTION_WORDS:
            break
        noun.append(w)
    if not noun or len(noun) > 3:
        return False
    head = noun[-1]
    rated = lexicon()
    if head in _NOT_ACT_NOUNS or _person_noun(head) or any(
            _unspecific_word(rules, w, rated) for w in noun):
        return False
    verbs = c.verb_words
    if any(w in _MIND_VERBS for w in verbs) or c.main_verb in rules.manner_verbs:
        return False
    if any(w in _LINK_VERBS for w in verbs) and verbs[-1] not in _HAVE_FORMS:
        return False  # "Your report was the best in 10 years", "Your timesheets have been late three weeks running"
    return _object_phrase(rules, draft.text, c.verbs[-1].end, c.end, sentence_start)


def _person_noun(word: str) -> bool:
    """A common noun naming a person ("your team", "her patients": their acts are not the person's work)."""
    from assistant.wordlists import person_nouns

    found = person_nouns()
    return any(w in found or w in PERSON_NOUNS or w in _GROUP_NOUNS for w in (word, fold_plural(word)))


def _act_verb(rules: FeedbackRules, word: str) -> bool:
    """``word`` can name an observable act: not a state, a feeling, a manner verb or an evaluation."""
    return len(word) > 2 and word not in STOPWORDS and word not in _STATIVE_VERBS and word not in BE_FORMS \
        and word not in rules.manner_verbs and not _unspecific_word(rules, word, lexicon())


_SHOWING = wordset("demonstrated showed shown")
_DEGREE_NOUNS = wordset("degree deal measure extent")  # "demonstrated a high degree of professionalism"


def _restraint(rules: FeedbackRules, draft: _Draft, i: int, person: _Person) -> Clause | None:
    """In a sentence naming one occasion, a clause where the person, in the past, did not do a problem act
    ("You never lost your temper during the negotiation on Monday", "you did not interrupt the night nurse
    once"): the restraint an observer saw on that occasion. A present habit ("You never lose your temper") names
    no occasion and is left out by the tense."""
    text = draft.text
    for c in draft.parsed[i]:
        words = c.subject_words
        if c.tense not in ("past", "perfect") or c.link in ("if", "unless", "whether") or not c.verbs or not words \
                or not (words[0] in ("you", "he", "she", "they") and len(words) == 1 or _named(person, words[0])):
            continue
        if any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words) \
                and rules.problem_words.match(text, c.verbs[-1].start, c.end):
            return c
    return None


def _concrete_act(rules: FeedbackRules, draft: _Draft, i: int, person: _Person) -> Clause | None:
    """A clause of sentence ``i`` telling what the person did to something concrete: the person themself as
    subject (or a clause sharing it) in the past or perfect, not habitual, a verb of acting (``_act_verb``) and
    a concrete object after it ("... and moved the launch date forward by a week"); or an act named by a
    gerund with its object after a generic noun of doing ('job', 'help', 'work', optionally with 'in/on/with'):
    "Thanks for your help moving the archive boxes", "You did a great job in explaining the procedure to the
    patient"."""
    if not rules.unspecific_words:
        return None
    text = draft.text
    s, e = draft.sentences[i]
    if _QUESTION_END.search(text, s, e):
        return None
    hypothetical = False
    for c in draft.parsed[i]:
        words = c.subject_words
        if c.link in ("if", "unless", "whether", "when", "whenever") or c.tense == "modal" \
                or (c.inherited and hypothetical):
            hypothetical = True
            continue  # "It might have helped if you had reviewed the notes, explained why ...": not done
        hypothetical = False
        lowered = draft.span_words(c.start, c.end)  # a word per token of the clause (span_tokens, read when needed)
        if any(w in _HABITUAL for w in lowered):
            continue  # "she always tries to make the plan better": a habit, no occasion
        for k in range(1, len(lowered) - 1):
            w = lowered[k]
            after = lowered[k - 2] if lowered[k - 1] in ("in", "on", "with") and k > 1 else lowered[k - 1]
            if w.endswith("ing") and len(w) > 5 and w not in _NOT_GERUND and after in _GERUND_AFTER \
                    and c.tense != "modal" and _act_verb(rules, w) \
                    and _object_phrase(rules, text, draft.span_tokens(c.start, c.end)[k].end + c.start, c.end, s):
                return c
        if c.tense in ("past", "perfect") and c.verbs and any(
                _act_verb(rules, (noun := m.group(1).lower())) and noun not in _NOT_ACT_NOUNS
                and _object_phrase(rules, text, m.end(), c.end, s)
                and not (m.start() < c.verbs[0].start and any(w in _LINK_VERBS for w in c.verb_words))
                for m in _POSSESSED_ACT.finditer(text, c.start, c.end)):
            # "A key contribution this cycle was your rebuild of the grant spreadsheet in February", "Your
            # review of the Harris contract caught two pricing errors"; as the subject of a judgement ("Your
            # rewrite of the page was really dumb") it names no more than the judgement does
            return c
        if _measured_work(rules, text, c, words):
            return c  # "Your onboarding guide reduced setup time by two hours per hire": an accomplishment
        if _observed_work(rules, draft, c, words, s):
            return c  # "Your draft of the guide stops after the account setup section": the work observed
        if not words or not c.verbs or not (words[0] in ("you", "he", "she", "they") and len(words) == 1
                                            or _named(person, words[0])):
            continue
        verbs = [w for w in c.verb_words if w not in ("has", "have", "had", "'ve", "'d", "also", "just", "then",
                                                       "again", "already", "even", "still", "really")]
        if not verbs or c.tense not in ("past", "perfect") or not is_participle(verbs[0]) \
                or not all(_act_verb(rules, v) or v in _SHOWING for v in verbs):
            continue
        if verbs[-1] in _SHOWING:
            # "demonstrated" a quality names nothing ("showed great commitment to the team"); its object itself a
            # concrete thing ("demonstrated the new till system"), it is an act
            toks = tokens(text[c.verbs[-1].end:c.end])[:3]
            if len(toks) > 1 and toks[0].text.lower() in _OBJECT_OPENERS and toks[0].text.lower() not in _POSSESSIVE_WORDS \
                    and not any(t.text.lower() in _NOT_ACT_NOUNS or t.text.lower() in _DEGREE_NOUNS for t in toks[1:]) \
                    and _concrete_word(rules, text, c.verbs[-1].end + toks[1].start, c.verbs[-1].end + toks[-1].end, s):
                return c
            continue
        if verbs[-1] in _CAUSATIVE_MAKE and _evaluative_complement(text, c.verbs[-1].end, c.end):
            continue  # "you made the lift shack a happier place": the object's state judged, no act told
        if _object_phrase(rules, text, c.verbs[-1].end, c.end, s):
            return c
    return None


# Causative "make" with an object and an evaluative complement (a complex-transitive clause, Quirk et al. 1985,
# 16.43-16.45: "made the lift shack a happier place", "made the office brighter"): what it tells is the writer's
# verdict on the object's resulting state, rated good by VADER, not what the person did to it. A means or manner
# after the verb ("made the rota clearer by colour-coding the shifts") tells the act and keeps the clause.
_CAUSATIVE_MAKE = wordset("made make makes")
_MEANS_WORDS = wordset("by through using with via")
_COMPLEMENT_LEADS = wordset("a an so much far even more really very")


def _judged_make(draft: _Draft, i: int, pos: int) -> bool:
    """The clause of sentence ``i`` holding ``pos`` is causative "make" with an evaluative complement (above)."""
    return any(c.start <= pos < c.end and c.main_verb in _CAUSATIVE_MAKE and c.verbs
               and _evaluative_complement(draft.text, c.verbs[-1].end, c.end) for c in draft.parsed[i])


def _rated_good(word: str) -> bool:
    """VADER rates the adjective, or the base of its comparative or superlative ("happier", "brightest"), good."""
    forms = {word}
    for suffix, base in (("ier", "y"), ("iest", "y"), ("er", ""), ("est", ""), ("r", ""), ("st", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[:-len(suffix)] + base)
    return any((lexicon().get(f) or 0.0) > 0 for f in forms)


def _evaluative_complement(text: str, start: int, end: int) -> bool:
    """After a causative verb at ``start``, the clause ``[start, end)`` is an object, then an adjective rated good
    (with at most a determiner or a degree word before it and one noun after it) closing the clause, and no means."""
    words = [normalise_quotes(t.text).lower() for t in tokens(text[start:end]) if any(ch.isalnum() for ch in t.text)]
    if len(words) < 2 or len(words) > 12 or any(w in _MEANS_WORDS for w in words):
        return False
    for k in range(len(words) - 1, max(0, len(words) - 3), -1):
        if k >= 1 and _rated_good(words[k]) and len(words) - k <= 2:
            lead = k - 1
            while lead > 0 and words[lead] in _COMPLEMENT_LEADS:
                lead -= 1
            return lead >= 0 and words[lead] not in _COMPLEMENT_LEADS
    return False


_SUBJECTS = frozenset(["you", "you've", "you're", "he", "she", "they", "he's", "she's", "they've", "has", "have", "had",
                       "is", "are", "was", "were", "been", "also", "always", "every", "each", "all", "more", "most"])


# Decline over time stated as a comparison: an earlier period with a count, then the present one with a
# smaller count ("When she started she closed twenty tickets a day. This quarter she closes about eight").
_EARLIER = precompiled(r"\b(?:(?:at|in|during|by)\s{1,3}(?:the|his|her|their|your|our)\s{1,3}(?:last|previous|first|prior|mid-?year)\s{1,3}"
                      r"(?:review|appraisal|evaluation|quarter|year|check-?in|cycle)|last\s{1,3}(?:year|quarter|cycle|review)|"
                      r"when\s{1,3}(?:he|she|they|you|(?-i:[A-Z][a-z]{1,30}))\s{1,3}(?:first\s{1,3})?(?:started|joined|began|arrived|took\s{1,3}over)|"
                      r"previously|used\s{1,3}to|at\s{1,3}first|(?:in|during)\s{1,3}(?:19|20)\d\d|a\s{1,3}year\s{1,3}ago|"
                      r"(?:as|while)\s{1,3}a\s{1,3}(?:team\s{1,3}member|new\s{1,3}hire|junior|trainee))\b", re.IGNORECASE)


def _counts(text: str, start: int, end: int) -> list[float]:
    """Counts in ``text[start:end]``, years and ordinals left out."""
    return [n.value for n in numbers(text[start:end])
            if not n.ordinal and not (n.value.is_integer() and 1900 <= n.value <= 2100 and "," not in n.text)]


def _declined(rules: FeedbackRules, draft: _Draft, previous: int, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` sets a present count below an earlier period's count, in it or
    in the sentence before; counts of problems ("errors", "complaints") falling are no decline."""
    text = draft.text
    now = draft.search(rules, _NOW, start, end)
    if now is None:
        return False
    earlier = None
    for found in _EARLIER.finditer(text, previous, end):
        if found.start() < now.start() or found.start() >= start:
            earlier = found
            break
    if earlier is None:
        return False
    before_end = now.start() if earlier.start() < now.start() else end
    before = _counts(text, earlier.start() if earlier.start() >= start else previous, before_end)
    after_start = now.end() if earlier.start() < now.start() else start
    after = _counts(text, after_start, end if earlier.start() < now.start() else earlier.start())
    if not before or not after or after[0] >= before[0]:
        return False
    return not rules.problem_words.search(text, previous, end)
_SCOPE_WORDS = 5
_SCOPE_BREAK = precompiled(r"[,;:—–()]|\s-\s|\b(?:and|or|but|so|because|which|while|though|although|when)\b", re.IGNORECASE)


def negation_scope(draft: _Draft, start: int, end: int) -> int:
    """``_negation_scope`` of the draft's text, worked out once per negator: the sentence checks, the polarity count
    and the learned layer's signals each read every negator's scope."""
    key = ("negation_scope", start, end)
    found = draft.memo.get(key)
    if found is None:
        found = draft.memo[key] = _negation_scope(draft.text, start, end)
    return found


# A negated quantifier ("Not one parcel ...", "not a single order ...") negates its whole clause, not a few words
# after it (Quirk et al. 1985, ch. 10, negation by a negative determiner: "Not one parcel came back as misdelivered").
_NEGATED_QUANTIFIER = precompiled(r"\s{1,3}(?:one|a\s{1,3}single)\b", re.IGNORECASE)


def _negation_scope(text: str, start: int, end: int) -> int:
    """Where a negation's scope ends: the next clause break, at most a few words on ("didn't update
    the ticket, so we are behind": "behind" is not negated); after a negated quantifier, the clause break."""
    brk = _SCOPE_BREAK.search(text, start, min(end, start + 60))
    limit = brk.start() if brk else min(end, start + 60)
    if _NEGATED_QUANTIFIER.match(text, start, limit):
        return limit
    for words, w in enumerate(re.finditer(r"\S+", text[start:limit]), 1):
        if words == _SCOPE_WORDS:
            return start + w.end()
    return limit


# A request to go on doing what was described: reinforcement, not a change.
_REINFORCE = precompiled(r"[\s\"'“‘(]{0,3}(?:please\s{1,3}|just\s{1,3}|so\s{1,3})?(?:keep\s{1,3}(?:it\s{1,3}up|up\s{1,3}the|on\s{1,3}[a-z]{2,30}ing|"
                        r"[a-z]{2,30}ing)|continue\s{1,3}(?:to\s{1,3}[a-z]{2,30}|[a-z]{2,30}ing|the\s{1,3}(?:good|great|excellent)|"
                        r"(?:doing|like)\s{1,3}this)|carry\s{1,3}on|"
                        # a request for more of the same: "More of this, please!", "more of that next quarter"
                        r"(?:much\s{1,3})?more\s{1,3}of\s{1,3}(?:this|that|the\s{1,3}same))\b", re.IGNORECASE)
_UNDONE = precompiled(r"\b(?:not|never|no\s{1,3}longer|hardly|barely|almost|nearly|only|[a-z]{2,10}n['’]t|cannot)\b",
                     re.IGNORECASE)
_SUPPOSED_LINKS = wordset("if unless whether until before")
# Verbs that link a subject to a description ("was wrong", "seemed upset"): a consequence only when the
# description is a reaction or a resulting state.
_LINK_VERBS = BE_FORMS | wordset(
    """seem seems seemed appear appears appeared look looks looked sound sounds sounded feel feels felt
    become becomes became get gets got remain remains remained stay stays stayed"""
)
# Subordinate clauses set the scene, give a reason or a contrast; they report no consequence.
_SCENE_LINKS = wordset("because since as when whenever while although though whereas until unless if once before where who whom")
_CAUSE_LINKS = wordset("after because since as once when whenever")


def _perceiving(c: Clause) -> bool:
    """"I could tell how much ...", "you can tell they ...": "tell" after can/could is perceiving, not saying."""
    verbs = c.verb_words
    return c.main_verb == "tell" and len(verbs) >= 2 and verbs[0] in ("can", "could")
# What the person's work did, told with the work (not the person) as subject: it gave people something
# ("The dashboard you built gives the ops team one place to see every alert") or ended something ("Your
# rewrite ended the stream of repeat calls").
_POSSESSIVE_WORDS = wordset("your his her their")
