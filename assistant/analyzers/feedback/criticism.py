"""Criticism told as a fact: a rank, a comparison, a measured change in the bad direction, a gap."""

from __future__ import annotations

import re

from assistant.analyzers.feedback.acts import (
    _NEGATED_BEFORE,
    _about_person,
)
from assistant.analyzers.feedback.draft import (
    _CLAUSE_BREAK,
    _HIM_OR_HER,
    _NOT_NAMES,
    _YOU_WORDS,
    PERSON_NOUNS,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.harsh import (
    _RANK_LINK,
    _RANK_SUBJECT,
    _amount_direction,
    _effort,
    _lower_is_better,
)
from assistant.analyzers.feedback.rules import (
    _BELOW_STANDARD,
    _COULD_HAVE_BEEN,
    _EXCESS,
    _FEWER_WISHED,
    _HEDGED_IF,
    _NEEDS_OBJECT,
    _NO_BETTER,
    _RANK,
    _REFUSED,
    _WE_NEED_WORK,
    FeedbackRules,
    _inflected,
)
from assistant.analyzers.feedback.spans import (
    _praised_comparative,
)
from assistant.analyzers.feedback.steps import (
    _CONDITION_LINKS,
    _PERSON_OBJECTS,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import NEGATORS, lexicon
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    PREPOSITIONS,
    STOPWORDS,
    WEEKDAYS,
    Clause,
    normalise_quotes,
    numbers,
    wordset,
)
from assistant.wordlists import person_nouns


def _problem_measure_at_best(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    """A measure of failure or cost ranked at its good end: "Your error rate is the lowest in the warehouse"
    (the problem word names the measure, not a fault)."""
    text = draft.text
    for m in draft.matches(rules, _RANK, s, e):
        lead = text[max(s, m.start() - 80):m.start()]
        if _amount_direction(m.group("rank")) < 0 and _RANK_SUBJECT.search(lead) and _RANK_LINK.search(lead) \
                and _lower_is_better(rules, text[max(s, m.start() - 60):m.start()]):
            return m
    return None


# A turn from praise to criticism: a contrast word opening the sentence ("However, ...", "But ...")
# or set off after its first phrase ("The summary, though, arrived ...", "On site, though, you ...").
_CONTRAST = precompiled(r"[\s\"“(]{0,3}(?:[^,.;:!?]{1,40},\s{0,3}(?:though|however|on\s{1,3}the\s{1,3}other\s{1,3}hand),|"
                       r"(?:however|though|unfortunately|that\s{1,3}said|on\s{1,3}the\s{1,3}other\s{1,3}hand|but|yet|sadly|"
                       r"regrettably|where\s{1,3}(?:you|he|she|they)\s{1,3}(?:fell|fall)\s{1,3}short)\b(?!\s{1,3}(?:also|overall|still)\b))",
                       re.IGNORECASE)
# Verbs that surface or deal with a problem: negated, the problem stays ("did not report the delays").
_UNREPORTED = precompiled(r"\s{1,3}(?:\w{2,20}ly\s{1,3}|even\s{1,3}|once\s{1,3})?(?:report|mention|flag|tell\s{1,3}(?:us|me|anyone)\s{1,3}about|"
                         r"escalate|raise|disclose|log|record|communicate|fix|correct|address|resolve|solve|follow\s{1,3}up\s{1,3}on|"
                         r"acknowledge|own\s{1,3}up\s{1,3}to|explain)\b", re.IGNORECASE)
_CORRECTIVE = precompiled(r"next time|going forward|moving forward|from now on|in (?:the )?future|please (?:stop|don|do not|make sure|remember)|"
                         # a request to do it earlier or otherwise looks back at how it was done
                         r"\b(?:can|could)\s{1,3}(?:we|you)\b[^.!?]{0,60}?\b(?:earlier|sooner|instead|shorter|on\s{1,3}time)\b",
                         re.IGNORECASE)
# A step that asks for it earlier, sooner or instead looks back at how it was done: a change, also after praise.
_LOOKS_BACK = precompiled(r"\b(?:should|could|can|please|needs?\s{1,3}to|would\s{1,3}like|(?:I['’]d|I\s{1,3}would)\s{1,3}like)\b"
                         r"[^.!?]{0,60}?\b(?:earlier|sooner|instead|on\s{1,3}time)\b", re.IGNORECASE)
# A praise word in a hypothetical ("That would be great", "it could be really helpful") is politeness, not praise.
_HYPOTHETICAL = precompiled(r"\b(?:would|could|might)\s{1,3}(?:also\s{1,3}|really\s{1,3}|be\s{1,3}so\s{1,3})?(?:be|love|appreciate)\b[^.!?]{0,20}\Z",
                           re.IGNORECASE)
_IMPERATIVE_NEGATION = precompiled(r"\s{0,3}(?:please\s{1,3})?(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?!you\b|we\b|I\b)"
                                  # "Never late.", "Never absent": review form about the person, no prohibition
                                  r"(?!(?:late|absent|tardy|rude|unprepared|careless|sloppy|behind|unavailable|unreachable|"
                                  r"off\s{1,3}sick|short|impatient)\b)[a-z]{2,20}", re.IGNORECASE)
_OTHER_PEOPLE = wordset(
    """customer customers client clients patient patients caller callers visitor visitors guest guests user users
    buyer buyers shopper shoppers vendor vendors supplier suppliers parent parents student students resident
    residents member members stakeholder stakeholders colleague colleagues coworker coworkers teammate teammates
    manager managers director directors auditor auditors regulator board panel audience team teams crew shift
    department office store unit ward company business"""
)
_THIRD_PERSON = frozenset(["he", "she", "they", "him", "her", "them"])
_FEW_BEFORE = precompiled(r"\b(?:(?:only|just|merely)\s{1,3}a\s{1,3}few|(?<![Aa]\s)(?:very\s{1,3})?few|hardly\s{1,3}any|(?:almost\s{1,3}|next\s{1,3}to\s{1,3}|virtually\s{1,3})?no|"
                         r"minimal|zero)\s{1,3}(?:[\w-]{1,20}\s{1,3})?\Z", re.IGNORECASE)
# A count kept small by "only", "just", "no more than" before the problem ("with only two returns for wrong items").
_ONLY_COUNT_BEFORE = precompiled(r"\b(?:only|just|no\s{1,3}more\s{1,3}than|fewer\s{1,3}than|at\s{1,3}most)\s{1,3}"
                                r"(?:\d{1,4}|one|two|three|four|five|six|a\s{1,3}(?:single|handful\s{1,3}of|couple\s{1,3}of))"
                                r"(?:\s{1,3}[\w-]{1,30}){0,3}\s{1,3}\Z", re.IGNORECASE)
_YOUR_BEFORE = precompiled(r"\b(?:your|his|her|you)\b", re.IGNORECASE)
# To a draft that speaks to 'you', a problem noun that is someone else's ("their concerns", "his complaint").
_HEAD_AFTER = precompiled(r"\s{1,3}(?!(?:and|or|but|so|then|to|as|for|with|in|on|at|by|of|that|which)\b)[a-z][a-z-]{2,30}\b")
_OTHERS_OWN = precompiled(r"\b(?:their|his|her|the\s{1,3}(?P<owner>[a-z-]{2,30}?)(?:['’]s|s['’]))\s{1,3}"
                         r"(?:[\w'’-]{1,30}\s{1,3})?\Z", re.IGNORECASE)


def _others_own(text: str, start: int, pos: int) -> str | None:
    """The possessive of another party that the words before ``pos`` (from ``start``) end in, with at most one
    modifier after it: "their", "his", "her", or the person noun of "the" and a genitive ("the resident's broken
    hearing aid", "the tenants' complaint"; person nouns: WordNet 3.0 noun.person, assistant/data/person_nouns.txt);
    None when there is none."""
    m = _OTHERS_OWN.search(text, start, pos)
    if m is None:
        return None
    owner = m.group("owner")
    if owner is None:
        return m.group().split()[0].lower()
    return owner.lower() if owner.lower() in person_nouns() else None


# Praise past saying: a negated ability with 'enough' or a comparative of feeling after it.
_TOO_GOOD_TO = precompiled(r"\btoo\s{1,3}(?P<quality>[a-z]{3,20})\s{1,3}to\s{1,3}\Z", re.IGNORECASE)
_GRATEFUL_HYPERBOLE = precompiled(
    r"(?:can['’]?t|cannot|can\s{1,3}not|couldn['’]?t|could\s{1,3}not)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,5}?"
    r"(?:enough|happier|prouder|more\s{1,3}(?:pleased|grateful|impressed|proud|thankful|delighted)|"
    r"ask\s{1,3}for\s{1,3}(?:more|better|a\s{1,3}better))\b"
    # "I couldn't have done it without you", "we couldn't do it without you": the person made it possible
    r"|(?:couldn['’]?t|could\s{1,3}not|wouldn['’]?t|would\s{1,3}not)\s{1,3}(?:have\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,6}?"
    r"without\s{1,3}(?:you|your|him|her|them|their)\b", re.IGNORECASE)
# A prohibition said to the person: "you" and a deontic modal, negated, before an act ("You cannot wear that
# outfit to the meeting", "you must not share the login"); not consolation or praise past saying ("you can't
# imagine", "you can't go wrong", "you shouldn't have to").
_PROHIBITED_LEAD = precompiled(r"(?:^|[\s\"“(,;:])you\s{1,3}(?:(?:really|just|simply|absolutely)\s{1,3})?"
                              r"(?:(?:must|should|can|may)\s{1,3})?\Z", re.IGNORECASE)
_PROHIBITING = frozenset(["cannot", "can't", "not"])
_PROHIBITED_ACT = precompiled(r"\s{1,3}(?:(?:ever|just|really|simply)\s{1,3})?(?!(?:have|had|go|miss|imagine|believe|know|"
                             r"thank|tell|expect|please|do\s{1,3}(?:everything|it\s{1,3}all)|be\s{1,3}(?:everywhere|"
                             r"expected|blamed|faulted))\b)[a-z]{2,20}\b", re.IGNORECASE)


def _prohibits(text: str, negator: re.Match[str], scope: int, sentence_start: int) -> bool:
    """The negator opens a prohibition said to the person (see above)."""
    return (negator.group().lower().replace("’", "'") in _PROHIBITING
            and _PROHIBITED_LEAD.search(text, _clause_start(text, negator.start(), sentence_start), negator.start())
            is not None and _PROHIBITED_ACT.match(text, negator.end(), scope) is not None)


# An offer put as a negated verb of reluctance: "Don't hesitate to ask", "never be afraid to call me".
_INVITATION = precompiled(r"\s{0,3}(?:please\s{1,3})?(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:ever\s{1,3})?(?:hesitate|worry|think\s{1,3}twice|"
                         r"be\s{1,3}(?:afraid|shy))\b", re.IGNORECASE)
# Reluctance denied is readiness: "doesn't hesitate to ask", "never flinched", "didn't give up", "never let us down".
_READINESS = precompiled(r"\s{1,3}(?:(?:ever|once|really|even)\s{1,3})?(?:hesitat\w{0,3}|falter\w{0,3}|flinch\w{0,3}|waver\w{0,3}|"
                        r"panick?\w{0,3}|(?:g[ia]ve|gives|giving)\s{1,3}up(?!\s{1,3}(?:the|a|an|his|her|their|its|my|our|your|this|that)\b)|let\s{1,3}(?:us|me|them|anyone|the\s{1,3}team)\s{1,3}down)\b",
                        re.IGNORECASE)


def _no_better(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> bool:
    """An improvement denied of the person or their work ("Carlos's form was no better", "your notes are not any
    clearer"): criticism against the baseline before it."""
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _NO_BETTER, s, e):
        c = draft.clause_at(sentence, m.start())
        if c is not None and _praised_comparative(rules, m.group("comparative")) and (
                person.is_subject(c.subject_words) or (c.subject_words and c.subject_words[0] in _YOU_WORDS | _HIM_OR_HER)):
            return True
    return False
# Measures where less is better ("kept returns below target", "costs were lower than budgeted", "fewer errors than
# the rest of the team"): under the standard there is praise.
_LESS_IS_BETTER = precompiled(
    r"\b(?:costs?|spend\w{0,3}|expenses?|budget\w{0,3}|prices?|overtime|turnover|churn|attrition|downtime|waste|"
    r"returns|absences?|sick|wait\w{0,3}|risks?|debt|variance|scrap|shrinkage|accidents?|injur\w{1,3}|"
    r"hours?|days?|times?|minutes?|weeks?|turnaround|defects?|emissions?|energy|fuel|water|power|paper|noise|"
    r"consumption|footprint|kept|keep\w{0,3}|held|hold\w{0,3}|brought|bring\w{0,3}|cut|reduc\w{1,4}|"
    r"drove|driv\w{1,3}|pushed|got|stay\w{0,3}|remain\w{0,3})\b", re.IGNORECASE)


def _below_standard(rules: FeedbackRules, draft: _Draft, sentence: int) -> re.Match[str] | None:
    """A clause that places the person's work or measure under a standard (see above), or None. Not when the
    measure is one where less is better, nor in a clause about someone else or a setting the person met."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _BELOW_STANDARD, s, e):
        lo = _clause_start(text, m.start(), s)
        if m.group("measured") is not None:
            try:
                measured = float(m.group("measured").replace(",", ""))
                wanted = float(m.group("wanted").replace(",", "").rstrip("."))
            except ValueError:
                continue
            if measured >= wanted:
                continue
        below = m.group("comparative") is None or m.group("comparative").lower().startswith(("lower", "fewer", "less"))
        if below and m.group("comparative") is None and not m.group().lower().startswith(("below", "beneath", "under",
                                                                                           "short", "shy")):
            below = m.group("measured") is not None  # "fell short", "not yet at the level", "were not met": no measure
        if below and (_LESS_IS_BETTER.search(text, lo, m.end()) or rules.problem_words.search(text, lo, m.end())):
            continue  # "kept returns below target", "fewer errors than the team": less of a bad thing
        if _NEGATED_BEFORE.search(text, lo, m.start()) and not re.match(r"not\b", m.group(), re.IGNORECASE) \
                and "met" not in m.group().lower().split():
            continue  # "never fell short", "no slower than the others": the shortfall denied
        if _about_someone_else(draft, m.start(), s):
            continue
        if m.group("comparative") is not None and _effort(text, m.start("comparative"), m.end("comparative"),
                                                          m.group("comparative"), s):
            continue  # "stayed later than the rest of the crew": more effort given than the others
        return m
    for m in draft.matches(rules, _COULD_HAVE_BEEN, s, e):
        word = m.group("base") or m.group("comparative")
        if m.group("more"):
            if rules.problem_words.fullmatch(word) or lexicon().get(word.lower(), 0.0) < 0:
                continue  # "could have been more costly"
        elif not _praised_comparative(rules, word) and word.lower() not in _PLAIN_QUALITIES:
            continue  # "could have been worse", "could have been over": no better result
        if _NEGATED_BEFORE.search(text, _clause_start(text, m.start(), s), m.start()) or _about_someone_else(draft, m.start(), s):
            continue
        return m
    return None


# Comparatives of qualities of work that the rating lexicon leaves unrated ("tighter", "quicker", "shorter").
_PLAIN_QUALITIES = wordset("tighter quicker faster shorter simpler smoother sharper crisper neater tidier cleaner "
                           "earlier sooner fuller richer deeper broader firmer safer steadier")
# In the conditional's content: a correction, a comparative, a limit in time or a count of what is allowed
_CORRECTING = precompiled(
    r"\b(?:earlier|sooner|instead|on\s{1,3}time|first|before|check(?:ed|s)?|double-check\w{0,3}|remember\w{0,3}|"
    r"stopp?\w{0,3}|avoid\w{0,3}|careful\w{0,2}|fewer|less|shorter|smaller|more\s{1,3}(?:often|carefully|closely|"
    r"regularly|clearly|quickly)|the\s{1,3}same\s{1,3}day|(?:by|within|until)\s{1,3}(?:\d|" + "|".join((*WEEKDAYS, *MONTHS)) +
    r"|noon|midday|the\s{1,3}end|end\s{1,3}of|one|two|three|four|five|a\s{1,3}(?:day|week|few))|right\s{1,3}away|"
    r"straight\s{1,3}away|promptly|immediately|always|every\s{1,3}time)\b", re.IGNORECASE)


def _gap_request(rules: FeedbackRules, draft: _Draft, sentence: int) -> re.Match[str] | None:
    """The request in sentence number ``sentence`` that implies the present work falls short (see above), or None
    (found once per sentence: the step and the criticism of a sentence both ask)."""
    key = ("gap_request", sentence)
    if key not in draft.memo:
        draft.memo[key] = _find_gap_request(rules, draft, sentence)
    return draft.memo[key]  # type: ignore[no-any-return]


def _find_gap_request(rules: FeedbackRules, draft: _Draft, sentence: int) -> re.Match[str] | None:
    text = draft.text
    s, e = draft.sentences[sentence]
    m = draft.search(rules, _HEDGED_IF, s, e)
    if m is not None and _CORRECTING.search(text, m.start("rest"), m.end("rest")) is not None \
            and not _OPPORTUNITY.search(text, m.start("rest"), m.end("rest")):
        return m
    m = draft.search(rules, _FEWER_WISHED, s, e)
    if m is not None:
        return m
    m = draft.search(rules, _WE_NEED_WORK, s, e)
    if m is not None and not any(w.lower() in PERSON_NOUNS or w.lower().rstrip("s") in PERSON_NOUNS
                                 for w in m.group("work").split()):
        return m
    return None


def _needs_prompting(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> bool:
    """The person, not negated, needs what the problem lexicon lists as the sign of a shortfall ("You still need
    reminders to include sources", "he needs constant supervision"): the mirror of "rarely needs reminders",
    which the negation reading counts as praise."""
    s, e = draft.sentences[sentence]
    text = draft.text
    for m in draft.matches(rules, _NEEDS_OBJECT, s, e):
        if rules.problem_words.fullmatch(m.group("object")) is None:
            continue
        c = draft.clause_at(sentence, m.start())
        if c is None or not person.is_subject(c.subject_words) or any(
                w in NEGATORS or "n't" in w for w in c.verb_words) or _NEGATED_BEFORE.search(text, c.start, m.start()):
            continue
        return True
    return False
# "handled far too many calls for one person, and still kept every customer happy": a load borne, not a fault
_BORNE = precompiled(r"\b(?:and|but|yet)\s{1,3}(?:(?:he|she|you|they|(?-i:[A-Z][a-z]{1,30}))\s{1,3})?(?:still|nevertheless|"
                    r"somehow|managed)\b", re.IGNORECASE)
_HARM_PARTICLES = wordset("at to down over off out on about behind")
_PEOPLE = PERSON_NOUNS | wordset("""customer client caller patient student temp junior peer team newcomer people guest
    visitor resident child parent volunteer starter hire recruit apprentice subordinate tester operator driver cashier
    clerk teacher pupil doctor executive salesperson supplier graduate worker cleaner chef cook waiter server
    receptionist accountant programmer writer editor reviewer auditor inspector presenter speaker panellist
    passenger commuter""")  # WordNet 3.0 passenger.n.01 (traveler < person), commuter.n.01 (traveler): those served
_VOICE_NOUNS = wordset("""proposal proposals idea ideas concern concerns suggestion suggestions question questions
    input feedback view views opinion opinions contribution contributions comment comments point points request
    requests edits complaint complaints work efforts presentation""")
_FAIR_MANNER = wordset("constructively tactfully politely gently respectfully fairly kindly privately diplomatically")
_REFLEXIVES = wordset("himself herself themselves yourself myself ourselves")
_DOWN_VERBS = _inflected("talk speak look")  # talked, spoke, looking ...
_DOWN_TO = precompiled(r"\s{1,3}down\s{1,3}(?:to|on)\b", re.IGNORECASE)
# Verbal aggression aimed at a person: "swore at", "cursed at" (Glomb, T. M. & Liao, H. (2003). Interpersonal
# aggression in work groups. Academy of Management Journal, 46(4), 486-496: the Aggressive Experiences Scale's items
# include swearing and cursing at someone; Neuman, J. H. & Baron, R. A. (1998). Workplace violence and workplace
# aggression. Journal of Management, 24(3), 391-419: verbal, active, direct aggression). Only with "at": the verbs'
# other senses ("swore to the manager that ...", "swore in the new members", "cursed the weather") are no harm.
_AT_HARM_VERBS = _inflected("swear curse")
_AT_AFTER = precompiled(r"\s{1,3}at\b", re.IGNORECASE)


def _persons_clause(draft: _Draft, c: Clause | None, person: _Person, start: int, refusal: bool = False) -> bool:
    """Clause ``c`` tells what the person did or does (their own subject or their work's), not a supposed case; a
    ``refusal`` ("won't share") is told with a modal."""
    if c is None or c.link in _CONDITION_LINKS:
        return False
    if not c.subject_words and not c.verbs:  # unparsed: "Your status reports include ..." opens with the owner
        lead = draft.span_words(c.start, start)[:1]
        return bool(lead) and lead[0] in (("your",) if person.second else ("his", "her", "their"))
    if not c.subject_words or c.tense not in ("past", "perfect", "present", *(("modal",) if refusal else ())):
        return False
    words = c.subject_words
    if _about_person(c, person) or person.is_subject(words) or words[0] in (_YOU_WORDS if person.second else _HIM_OR_HER):
        return True
    if words[0] == "there":  # "There were too few test cases in your pull request"
        owners = _YOU_WORDS if person.second else _HIM_OR_HER | ({person.name + "'s"} if person.name else set())
        return any(w in owners for w in draft.span_words(start, c.end))
    return False


def _harmed_person(draft: _Draft, start: int, end: int) -> bool:
    """The words from ``start`` (after a verb) to ``end`` open with a person as its object: a pronoun, a name, a
    person noun ("the new analyst", "her colleagues") or what a person said or offered ("Pia's proposal")."""
    toks = draft.span_tokens(start, end)
    words = draft.span_words(start, end)
    k = 0
    while k < len(words) and k < 2 and words[k] in _HARM_PARTICLES:
        k += 1
    if k >= len(words) or words[k] in _REFLEXIVES:
        return False
    w = words[k]
    if w in _PERSON_OBJECTS or (w == "her" and (k + 1 == len(words) or words[k + 1] in FUNCTION_WORDS
                                                or words[k + 1] in PREPOSITIONS)):
        return True
    owned = w in ("his", "her", "their", "your", "my", "our") or (
        toks[k].text[:1].isupper() and w.endswith(("'s", "’s")) and names_lexicon().may_be_name(toks[k].text[:-2]))
    if not owned and toks[k].text[:1].isupper() and names_lexicon().may_be_name(toks[k].text):
        return True  # "mocked Pia in the review"
    if not owned and w not in DETERMINERS and not numbers(w):
        return False
    for j in range(k + 1, min(len(words), k + 4)):
        noun = words[j].removesuffix("'s")
        if noun in _PEOPLE or (noun.endswith("s") and noun[:-1] in _PEOPLE) or (owned and noun in _VOICE_NOUNS):
            return True
        if noun in FUNCTION_WORDS or noun in PREPOSITIONS:
            return False
    return False


def _unwelcome_act(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> tuple[int, int] | None:
    """The span of an excess, a harm done to a person or a refusal by the person (see above) in the sentence."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _EXCESS, s, e):
        c = draft.clause_at(sentence, m.start())
        if _persons_clause(draft, c, person, m.start()) and not _NEGATED_BEFORE.search(text, c.start, m.start()) \
                and not any(w in NEGATORS or "n't" in w for w in c.verb_words) and not _BORNE.search(text, m.end(), e):
            return m.span()
    rated = lexicon()
    for m in draft.matches(rules, _REFUSED, s, e):
        c = draft.clause_at(sentence, m.start())
        if m.group("verb").lower() in rules.cooperative_verbs and _persons_clause(draft, c, person, m.start(), True) \
                and not rules.problem_words.search(text, m.end(), c.end) and not rules.critical.search(text, m.end(), c.end) \
                and not any(rated.get(w, 0.0) <= -1.0 or w.startswith("un") and rated.get(w[2:], 0.0) >= 1.0
                            for w in draft.span_words(m.end(), c.end)):
            return m.span()  # not "refused to sign off the unsafe scaffold": a bad thing resisted
    for c in draft.parsed[sentence]:
        if not c.verbs or c.tense not in ("past", "perfect", "present"):
            continue
        verb = normalise_quotes(c.verbs[-1].text).lower()
        down = _DOWN_TO.match(text, c.verbs[-1].end) if verb in _DOWN_VERBS else None  # "talked down to the testers"
        if verb in _AT_HARM_VERBS:
            if _AT_AFTER.match(text, c.verbs[-1].end) is None:
                continue  # "swore to the manager that ...", "swore in the new starters": an oath, no harm
        elif down is None and (verb in rules.duty_verbs or not (verb in rules.harm_verbs or rated.get(verb, 0.0) <= -1.0)):
            continue
        if any(w in NEGATORS or "n't" in w for w in c.verb_words) or _NEGATED_BEFORE.search(text, c.start, c.verbs[-1].start):
            continue
        if not _persons_clause(draft, c, person, c.start) or not _harmed_person(draft, c.verbs[-1].end, c.end):
            continue
        if any(w in _FAIR_MANNER for w in draft.span_words(c.verbs[-1].end, c.end)):
            continue  # "criticised her draft constructively"
        return c.verbs[-1].start, c.end
    return None


def _about_someone_else(draft: _Draft, pos: int, sentence_start: int) -> bool:
    """The clause of ``pos`` is about someone other than the person given feedback: its subject is a
    customer, a colleague or (in a draft that says "you") he, she or a name ("A customer came in
    looking upset", "She left the department feeling frustrated")."""
    start = _clause_start(draft.text, pos, sentence_start)
    subordinate = False
    for sub in _SUBORDINATE.finditer(draft.text, start, pos):
        start, subordinate = sub.end(), True  # "Jo stepped in when the team was struggling": the clause's own subject
    words = draft.text[start:pos].split()[:5]
    if subordinate and words and words[0].lower() == "it":
        return True  # "took over the account after it had two missed deliveries": the setting
    for n, raw in enumerate(words):
        word = raw.strip(",.;:!?\"'“”‘’()").lower()
        if word in ("you", "your", "you're", "you’re", "yours", "i", "we", "my", "our", "it", "this", "that"):
            return False
        if not draft.second_person and word in ("he", "she", "his", "her"):
            return False  # in a draft about him or her, "His emails to clients are rude" is about the person
        if n and word in _THIRD_PERSON and words[n - 1].strip(",;:\"'“”‘’()").lower() in PREPOSITIONS:
            continue  # "listened to her concerns": the object of a preposition, not the clause's subject
        if word in _OTHER_PEOPLE or (draft.second_person and word in _THIRD_PERSON):
            return True
        if (draft.second_person and n == 0 and raw[:1].isupper() and raw[1:2].islower() and word not in STOPWORDS
                and word not in _NOT_NAMES and n + 1 < len(words) and _PAST_OR_PRESENT.fullmatch(words[1].lower())):
            return True  # "Pat asked for the report ...": a name acting as the subject
    return False


_SUBORDINATE = precompiled(r"\b(?:when|whenever|while|after|until|since|before|as\s{1,3}soon\s{1,3}as)\b", re.IGNORECASE)
_PAST_OR_PRESENT = precompiled(r"[a-z]{2,30}(?:ed|es|s)|came|went|left|said|told|got|took|had|was|felt|sent|made")


def _clause_start(text: str, pos: int, sentence_start: int) -> int:
    """The start of the clause ``pos`` lies in (a bounded look back)."""
    lo = max(sentence_start, pos - 60)
    last = None
    for found in _CLAUSE_BREAK.finditer(text, lo, pos):
        last = found
    return last.end() if last else lo

# After praise, a suggestion to build on it is development, not a change: an opportunity offered ("It would be
# great to see you present it to the board next time", "I'd love to see her share it"), or an addition to what
# was done ("Next time, you might also add a summary", "you could take it even further"). One that looks back at
# how it was done ("earlier", "instead", "check ... first", "don't") stays a change.
_OPPORTUNITY = precompiled(
    r"\b(?:(?:would|'d|’d)\s{1,3}(?:(?:really|also)\s{1,3})?(?:be\s{1,3}(?:great|good|nice|wonderful|worth|helpful)|love)|"
    r"love\s{1,3}to\s{1,3}see|(?:could|might|may|can)\s{1,3}(?:also|even|further)|also|too|as\s{1,3}well|"
    r"even\s{1,3}(?:more|further)|further|next\s{1,3}(?:challenge|step)|build(?:ing)?\s{1,3}on|continue|"
    r"keep\s{1,3}(?:up|on|doing|[a-z]{2,30}ing)|"
    # passing the praised work on: "share your approach with the other teams", "teach the new hires how you did it"
    r"(?:share|teach|present|show|pass\s{1,3}on)\s{1,3}(?:(?:it|this|that|them)\s{1,3}(?:with|to)|your\s{1,3}(?:approach|method|"
    r"process|knowledge|experience|expertise|skills|tips|learnings|ideas|story)|what\s{1,3}you|how\s{1,3}you))\b",
    re.IGNORECASE)
