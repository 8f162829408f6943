"""Relevant: purposes, beneficiaries, aims, objective links and the structure that states why."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.analyzers.goal.actions import (
    _DEFINITE,
    _DETERMINERS,
    _MORE_PEOPLE,
    _OBJECT_OPENERS,
    _SEGMENT_END,
    Action,
    _clause_head,
    _reaches_people,
    _sentence_of,
    _sentences,
    _serves_people,
)
from assistant.analyzers.goal.layout import (
    _FINITE_MARK,
    _inflects_as_verb,
    _verb_word,
)
from assistant.analyzers.goal.models import (
    _FLAGS,
)
from assistant.analyzers.goal.rules import (
    _NOT_PURPOSE,
    GoalRules,
)
from assistant.analyzers.goal.spans import (
    Hit,
    _inside,
    _trim,
    _word_starts,
)
from assistant.analyzers.goal.specific import (
    _DIRECTION_MEANS,
    _PEOPLE_BY_ADJECTIVE,
    _own_infinitive,
    _plural_noun,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.text import (
    NUMBER_WORD_PATTERN,
    NUMBER_WORDS,
    PREPOSITIONS,
    STOPWORDS,
    is_participle,
    letter_words,
    numbers,
    sentence_spans,
    stem,
    wordset,
)
from assistant.wordlists import person_nouns

_PURPOSE = precompiled(
    r"(?:^|[,(]\s{0,3}|\s)(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:help\s{1,3})?(?:improve|increase|drive|support|enable|reduce|"
    r"ensure|address|build|strengthen|grow|deliver|raise|boost|meet|achieve(?!\s{1,3}(?:a|an|the)\s{1,3}(?:target|reduction|increase|level)\s{1,3}of\b)|protect|promote|expand|figure\s{1,3}out|"
    r"learn\s{1,3}(?:how|what|which|whether)|inform|attract|retain|engage|prevent|lower|cut|accelerate|prepare|"
    r"maximi[sz]e|minimi[sz]e|free\s{1,3}up|better\s{1,3}(?:serve|understand|support)|aid|facilitate|simplify|take\s{1,3}action|make\s{1,3}it\s{1,3}(?:easier|possible|faster))\b[^.;!?]{0,200}",
    re.IGNORECASE,
)
# A manner adverb splitting an infinitive, with its degree word ("to effectively recruit", "to better serve", "to more
# accurately capture"); -ly words that are no manner adverbs ("early", "monthly", "supply") are left out.
_SPLIT_ADVERB = (r"(?:(?:more|most|less)\s{1,3})?(?:better|(?![a-z]*ply\b)(?!(?:only|early|family|monthly|weekly|daily|"
                 r"quarterly|yearly|hourly|nightly|elderly|friendly|lonely|costly|timely|likely|supply|apply|reply|rely|july|"
                 r"italy|assembly|ally)\b)[a-z]{2,14}ly)\s{1,3}")
# Any verb of the goal vocabulary (or a benefit verb: unblock, assist, avoid ...) in an infinitive
# after the goal's action states what it is for ("... to unblock key customers").
_PURPOSE_TO = precompiled(r"(?:^|[,(]\s{0,3}|\s)(?:[Ii]n\s{1,3}order\s{1,3})?[Tt]o\s{1,3}(?:(?P<help>help|allow|enable)\s{1,3}"
                         r"(?:me|us|them|him|her|(?:the|our|my)\s{1,3}team)\s{1,3}(?:to\s{1,3})?)?"
                         rf"(?:{_SPLIT_ADVERB})?(?P<verb>[a-z]{{2,20}})"
                         r"(?!\s{1,3}(?:a|an|the)\s{1,3}(?:target|reduction|increase|level|rate|goal)\s{1,3}of\b)\s{1,3}[^.;!?]{2,200}")
# "for" with an activity noun closing the clause: "... in salesforce.com for closed-loop reporting."
_PURPOSE_FOR = precompiled(r"(?<!\bstrategies\s)(?<!\bapproaches\s)(?<!\boptions\s)(?<!\bideas\s)(?<!\btools\s)"
                          r"\bfor\s{1,3}(?:(?!(?:the|a|an|our|my|their|its|this|each|every|all)\s)[\w-]{2,30}\s{1,3}){0,2}"
                          r"(?P<g>[a-z]{3,30}ing)(?=\s{0,3}(?:[.;!?]|\Z))")
_ING_NOUNS = wordset("""during thing nothing something anything everything morning evening spring string ring king
building ceiling wedding meeting clothing housing funding training planning offering setting ending beginning
pricing parking lighting shipping staffing""")
_LINK = precompiled(r"\b(?:feeds?|fed|ties?|tied|contributes?|rolls?\s{1,3}up|maps?|ladders?)\s{1,3}(?:directly\s{1,3})?"
                   r"(?:into|in\s{1,3}to|to|up\s{1,3}to)\s{1,3}(?:our|the|its|their)\b[^.;!?]{0,80}"
                   r"|\b(?:supports?|serves?|advances?)\s{1,3}(?:the|our|its|their)\s{1,3}[^.;!?]{0,80}?"
                   r"\b(?:goal|objective|strategy|plan|mission|priority|initiative)s?\b", re.IGNORECASE)
_PURPOSE_PARTICIPLE = precompiled(
    r",\s{0,3}(?:thereby\s{1,3})?(?:enabling|allowing|helping|making\s{1,3}it\s{1,3}(?:possible|easier)|so\s{1,3}that)\s{1,3}[^.;!?]{3,200}"
    # a result clause that makes something better for someone (", making shift swaps easier for nurses")
    r"|,\s{0,3}(?:thereby\s{1,3}|and\s{1,3})?making\s{1,3}(?:[\w'’-]+\s{1,3}){1,6}?(?:easier|faster|simpler|safer|cheaper|clearer|"
    r"quicker|smoother|possible|more\s{1,3}[a-z]{3,20}|less\s{1,3}[a-z]{3,20})\b[^.;!?]{0,200}",
    re.IGNORECASE)
# "so" opening a clause with its own subject ("... so visitors spend less time in line", "so staff know
# their shifts"): what the goal lets someone do. "so far", "so much", "and so on" are no clause.
_SO_CLAUSE = precompiled(
    r"\bso\s{1,3}(?!(?:that|far|much|many|long|on|forth|as|called|to|too|it|this|these|those)\b)"
    r"(?:(?:the|our|my|their|your|every|each|all|no|more|fewer|new)\s{1,3}[a-z][\w'’-]{1,30}|we|they|you|everyone|people|"
    r"staff|[a-z][\w'’-]{1,30}(?<![sS]s)(?<!ous)s)\s{1,3}[a-z][\w'’-]{1,30}\b[^.;!?]{0,200}", re.IGNORECASE)
# The reason for the goal ("... because the current VMs cost too much", "since slow builds block every
# release", "given the rise in overnight admissions"); "since 2020" or "since last year" is a time.
_REASON = precompiled(
    # ("given" after a form of "be" or "get" is a passive verb, "will be given a loaner", not the preposition)
    r"\b(?:because|(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)"
    r"(?<!\bgets\s)given\s{1,3}(?:that\s{1,3})?(?=(?:the|our|a|an|rising|growing|increasing|falling)\b)|"
    r"in\s{1,3}(?:response|answer)\s{1,3}to\s{1,3}(?!(?:each|every|a|an|any|all|requests?|calls?|tickets?)\b)|"
    r"since\s{1,3}(?!(?:\d|last|then|early|mid|late|before|after|launch|inception|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|the\s{1,3}(?:start|beginning|end|"
    r"launch|last|first|previous)\b)(?=[a-z]{2,30}\s{1,3}[a-z]))"
    r"[^.;!?]{3,200}", re.IGNORECASE)
_CONSEQUENCE = precompiled(
    r"(?:^|[.!?;]\s{1,3})(?:this|that|it|doing\s{1,3}so|these|together,\s{1,3}these)\s{1,3}"
    r"(?:will\s{1,3}|would\s{1,3}|should\s{1,3}|can\s{1,3}|is\s{1,3}expected\s{1,3}to\s{1,3})?(?P<help>help\s{1,3}(?:to\s{1,3})?)?"
    r"(?P<verb>[a-z]{3,20})\b[^.;!?]{3,200}", re.IGNORECASE)


def _moves_a_metric_words(obj: str, rules: GoalRules) -> bool:
    return any(w.lower() in rules.metric_nouns for w in letter_words(obj)[:8])


_BENEFICIARY_RESULT = precompiled(
    r"(?:[.!?;]|,\s{0,3}and)\s{1,3}(?P<subject>(?:(?:the|our|all|every|each|more|fewer|most|many|their|its)\s{1,3})?"
    r"(?:[\w'’-]+\s{1,3}){0,2}?(?P<who>[A-Za-z][\w'’-]{1,30}))\s{1,3}(?:will|can|could|would|should|may|then)\s{1,3}"
    r"(?P<rest>[^.;!?]{3,200})", re.IGNORECASE)
# Agent nouns (English derivation: -er, -or, -ist, -ian, -ee, -ant; Marchand 1969, The Categories and Types of
# Present-Day English Word-Formation, 4.30) name people by what they do ("applicants", "borrowers", "shoppers");
# the same suffix also makes instruments ("servers", "printers"), which a goal acts on: an agent noun counts as
# the people served only when it is not already in the goal (its object).
_AGENT_NOUN = precompiled(r"[a-z]{3,}(?:ers|ors|ists|ians|ees|ants)", re.IGNORECASE)


def _agent_noun(word: str, lowered: str, start: int) -> bool:
    """Whether ``word`` is an agent noun not already in the goal before ``start`` (``lowered``: the text, lower case)."""
    return bool(_AGENT_NOUN.fullmatch(word)) and lowered.find(word.lower()[:-1], 0, start) < 0


_PASSIVE_START = precompiled(r"(?:then\s{1,3}|also\s{1,3})?(?:be|get|have\s{1,3}been)\s{1,3}(?:[a-z]+ly\s{1,3})?[a-z]+(?:ed|en|wn|ld|nt|ght)\b",
                            re.IGNORECASE)
# what changes for them: a comparative, an ability gained or a state ended
_CHANGE_FOR_THEM = precompiled(r"\b(?:sooner|faster|quicker|earlier|less|more|fewer|better|safer|easier|lower|higher|"
                              r"shorter|longer|closer|no\s{1,3}longer|(?:be\s{1,3})?able\s{1,3}to|[a-z]{3,}ier)\b", re.IGNORECASE)
# the goal's main verb meets or serves an aim ("Meet the accreditation requirements", "Support the unit's safety plan")
_SERVES_AIM = precompiled(
    r"(?:meet|satisfy|fulfil|fulfill|comply\s{1,3}with|achieve|support|advance|deliver\s{1,3}on)\s{1,3}"
    r"(?:the|our|its|their|my|[\w-]+['’]s)\s{1,3}(?:[\w'’-]+\s{1,3}){0,4}?(?:objectives?|goals?|priorit(?:y|ies)|"
    r"initiatives?|strateg(?:y|ies)|plans?|missions?|okrs?|roadmaps?|requirements?|commitments?|mandates?|standards?)\b"
    r"[^.;!?]{0,80}\Z", re.IGNORECASE)
_SELF_REFERENCE = precompiled(r"\b(?:this|that|my|these)\s{1,3}(?:goals?|objectives?|targets?|aims?)\s{0,3}\Z", re.IGNORECASE)
# Nouns naming a state of a place or group ("a working environment", "a culture", "a climate"): a relative clause on
# one says which state is sought, as an adjective would ("an environment that promotes employee growth").
_STATE_HEADS = frozenset({"environment", "environments", "culture", "cultures", "climate", "atmosphere", "ethos"})
_FIRST_RELATIVE = precompiled(r"\b(?:that|which|who)\b", re.IGNORECASE)


def _state_antecedent(text: str, at: int) -> bool:
    """Whether the relative clause at ``at`` (or the first one of its sentence it is coordinated with, "... that is
    moving towards X and which promotes Y") hangs on a state noun."""
    start = _sentence_of(text, at)[0]
    first = _FIRST_RELATIVE.search(text, start, at + 5)
    before = re.search(r"([A-Za-z]+)\s{0,3},?\s{0,3}\Z", text[start:first.start() if first else at])
    return bool(before) and before.group(1).lower() in _STATE_HEADS


_OBJECT_RELATIVE = precompiled(r"\b(?:that|which|who)\s{1,3}(?:will\s{1,3}|would\s{1,3}|can\s{1,3})?(?P<help>(?:help|helps)\s{1,3}(?:to\s{1,3})?)?"
                              r"(?P<verb>[a-z]{3,20})\b[^.;!?]{3,200}", re.IGNORECASE)
_ENABLING = frozenset({"let", "lets", "help", "helps", "allow", "allows", "enable", "enables", "give", "gives", "make",
                       "makes", "save", "saves", "free", "frees"})
_RESULT_CLAUSE = precompiled(
    r",\s{0,3}(?:(?:and\s{1,3})?(?:thereby|thus|ultimately|in\s{1,3}turn)\s{1,3})?"
    r"(?:which\s{1,3}(?:will\s{1,3}|would\s{1,3}|should\s{1,3}|is\s{1,3}expected\s{1,3}to\s{1,3}|in\s{1,3}turn\s{1,3})?"
    r"(?:(?:help|helps)\s{1,3}(?:to\s{1,3})?)?(?P<verb>[a-z]{3,20})|(?P<ing>(?P<verb_ing>[a-z]{3,20}ing)))\b"
    r"(?=\s{1,3}[^.;!?]{3,200})[^.;!?]{3,200}", re.IGNORECASE)
_MISSION = precompiled(
    r"\b(?:the|our|its|their)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?(?:mission|purpose|vision|aim)\s{1,3}(?:of\s{1,3}[^.;:!?]{1,60}?\s{1,3})?"
    r"(?:is|are|will\s{1,3}be)\s{1,3}to\b[^.;!?]{0,200}"
    r"|\b(?:the|our)\s{1,3}(?:top[\s-]line|main|overall|overarching|strategic|north[\s-]star|primary|key|annual|team['’]s|[\w-]{1,30}['’]s)\s{1,3}"
    r"(?:goal|objective|priority|aim)\s{1,3}(?:for\s{1,3}[^.;:!?]{1,60}?\s{1,3})?(?:is|are|will\s{1,3}be)\s{1,3}to\b[^.;!?]{0,200}"
    r"|\b(?:the|our)\s{1,3}(?:goal|objective|aim)\s{1,3}for\s{1,3}[^.;:!?]{1,60}?\s{1,3}(?:is|are|will\s{1,3}be)\s{1,3}to\b[^.;!?]{0,200}"
    r"|\bas\s{1,3}part\s{1,3}of\s{1,3}(?:the\s{1,3}|our\s{1,3}|a\s{1,3}|an\s{1,3})?[\w-]{2,40}[^.;!?]{0,80}",
    re.IGNORECASE)
_PLACEHOLDER_QTY = precompiled(r"\s{0,200}(?:[XN]{1,2}#?%?|#|TBD|\[N\]|\[X\])\s{1,3}(?:of\s{1,3})?[A-Za-z]", re.IGNORECASE)
_REMARK_ON_GOAL = precompiled(r"\s{0,3}(?:this|that|it)\s{1,3}(?:will|would|should|can|could|may|might|must|is|was|has|"
                             r"takes|requires|needs|lasts|runs)\b", re.IGNORECASE)
_ELABORATION = precompiled(r"\s{0,3}(?:this|that|it)\s{1,3}(?:means|involves|includes|will\s{1,3}(?:mean|involve|include))\b", re.IGNORECASE)
_NEED = precompiled(r"(?:^|[.!?]\s{1,3}|\bbecause\s{1,3}(?:our\s{1,3}|the\s{1,3}|many\s{1,3}|most\s{1,3})?)(?:[A-Z][\w-]{1,30}\s{1,3}){0,2}?(?:customers|users|developers|teams|clients|students|"
                   r"patients|staff|members|engineers|partners|managers|employees)\s{1,3}(?:need|want|ask\s{1,3}for|rely\s{1,3}on|"
                   r"depend\s{1,3}on)\b[^.;!?]{0,120}", re.IGNORECASE)
_DELIBERATIVE_BODY = precompiled(
    r"\b(?:committee|subcommittee|task\s{1,3}force|working\s{1,3}group|work\s{1,3}group|workgroup|panel|council|commission|"
    r"steering\s{1,3}group|advisory\s{1,3}(?:group|board)|focus\s{1,3}group|study\s{1,3}group|review\s{1,3}board)s?"
    r"(?:\s{1,3}(?:of|with)\s{1,3}[^.;!?,]{1,30})?\s{0,3}\Z", re.IGNORECASE)
_INQUIRY = precompiled(
    r"(?:[,(]\s{0,3}|\s)(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:analy[sz]e|review|study|assess|evaluate|examine|investigate|explore|"
    r"research|discuss|consider|look\s{1,3}(?:at|into)|recommend|propose|identify|advise|deliberate|report|draft|develop\s{1,3}"
    r"recommendations|make\s{1,3}recommendations)\b", re.IGNORECASE)
_KR_BLOCK = precompiled(r"(?:^|(?<=[\n.!?]))[ \t]{0,3}key\s{1,3}results[ \t]{0,3}(?::|(?=\n))", re.IGNORECASE)
# Key-result and objective labels, short and numbered too ("KR1.2:", "Key Result 1.1:", "O:", "O2:", "Obj 1:",
# "Objective 2:"), as OKR sheets write them.
_KR_LABEL = precompiled(r"\b(?:KR|key\s{1,3}results?)\s{0,3}(?:\d{1,2}(?:\.\d{1,2})?)?\s{0,3}:", re.IGNORECASE)
_OKR_MARK = precompiled(r"\b(?:objective|obj\.?|goal|o)\s{0,3}(?:\d{1,2}(?:\.\d{1,2})?)?\s{0,3}:\s{0,3}[^.;!?\n]{3,200}",
                        re.IGNORECASE)


# The purpose adjuncts of English grammar besides the bare infinitive and "so that" (Quirk et al. 1985,
# A Comprehensive Grammar of the English Language, 15.48-15.49: "in order to", "so as to", "with the aim of",
# "with a view to", "for the purpose of"; "in an effort to" and "in pursuit of" likewise name an aim).
_PURPOSE_ADJUNCT = precompiled(
    r"(?:[,(]\s{0,3}|\s)(?:with\s{1,3}(?:the|an?)\s{1,3}(?:(?:overall|ultimate|broader|long-term)\s{1,3})?"
    r"(?:aim|goal|intent|intention|objective|purpose|view|hope)\s{1,3}(?:of|to)|for\s{1,3}the\s{1,3}(?:purpose|sake)\s{1,3}of|"
    r"in\s{1,3}an?\s{1,3}(?:effort|attempt|bid|drive|push)\s{1,3}to|in\s{1,3}pursuit\s{1,3}of|so\s{1,3}as\s{1,3}to)"
    r"\s{1,3}[^.;!?]{3,200}", re.IGNORECASE)
_AIM_WORDS = (r"\b(?:objectives?|goals?|priorit(?:y|ies)|targets?|missions?|visions?|plans?|strateg(?:y|ies)|"
              r"initiatives?|commitments?|okrs?|roadmaps?|agendas?|mandates?|pillars?|aims?|outcomes?|ambitions?)")
_AIM_HEAD = precompiled(_AIM_WORDS + r"\s{0,3}\Z", re.IGNORECASE)
_AIM_WORD = precompiled(_AIM_WORDS + r"\b", re.IGNORECASE)


def _handed_on_for(text: str, m: re.Match[str], rules: GoalRules) -> bool:
    """A bare process noun after a thing sent to a recipient ("send it to the lab for testing", "pass them to accounts
    for filing"): what the recipient does with it next, another step of the same work, no purpose beyond it."""
    if rules.sending_verbs is None or not re.fullmatch(r"for\s{1,3}", text[m.start():m.start("g")], re.IGNORECASE):
        return False
    start = _sentence_of(text, m.start())[0]
    clause = text[start:m.start()].rsplit(",", 1)[-1].rsplit(";", 1)[-1]
    verb = rules.sending_verbs.search(clause)
    return verb is not None and re.search(r"\bto\s{1,3}\S", clause[verb.end():]) is not None


_OWN_LEVEL = precompiled(r"\s{1,3}of\s{1,3}(?:[a-z]+ing\b|[$€£]?\d|(?:at\s{1,3}least|no\s{1,3}(?:more|less)\s{1,3}than)\b)",
                         re.IGNORECASE)


def _conformance_only(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """A link that holds the work to norms in general ("in line with regulations", "in accordance with legal
    requirements") or to a norm whose content is the goal's own level ("to meet the national standard of answering
    95% of calls"): how the work is done, no reason for it. A definite instrument the work answers to ("in line with
    the payroll controls policy", "the Misuse of Drugs Regulations") is a named commitment (evals/dev7), and a plan or
    objective named in the link is an aim: both are reasons."""
    if rules.conformance is None:
        return False
    start += len(text[start:end]) - len(text[start:end].lstrip(" ,("))
    m = rules.conformance.match(text, start)
    if m is None:
        return False
    stop = re.search(r"[,;.!?]|\b(?:so|because|which)\b", text[m.end():])
    phrase = text[start:m.end() + (stop.start() if stop else len(text) - m.end())]
    if _AIM_WORD.search(phrase):
        return False
    first = (m.group("np").split() or [""])[0].lower()
    definite = first in _DEFINITE or first.endswith(("'s", "’s"))
    return not definite or bool(_OWN_LEVEL.match(text, m.end()))
# A non-restrictive relative clause that predicates of the goal its place among aims or what it matters to
# (", which is a council priority", ", which is critical to patient safety"): a reason beyond the action.
_PREDICATED_AIM = precompiled(
    r"[,(]\s{0,3}(?:(?:which|this|that)\s{1,3}(?:is|are|will\s{1,3}be|remains?)\s{1,3}|(?=(?:a|an|one\s{1,3}of)\s))"
    r"(?:(?:also|still)\s{1,3})?(?:"
    r"(?:(?:a|an|the|one\s{1,3}of\s{1,3}(?:the|our|its|their))\s{1,3})?(?:[\w'’-]+\s{1,3}){0,3}?"
    r"(?:priorit(?:y|ies)|objectives?|goals?|commitments?|pillars?|mandates?|requirements?)\b"
    r"|(?:(?:so|very|especially|particularly)\s{1,3})?(?:key|critical|central|essential|vital|crucial|important|necessary|"
    r"integral|fundamental)\s{1,3}(?:to|for)\s{1,3}[a-z])[^.;!?]{0,200}", re.IGNORECASE)
# Verbs whose object is the subject of the infinitive after it ("ask every manager to submit", "train staff to
# use", "use the CRM to log"): the infinitive says what the action is, not what it is for.
_CONTROL_VERBS = wordset("""ask asks asking train trains teach teaches teaching encourage encourages encouraging invite
invites inviting require requires requiring remind reminds urge urges persuade persuades convince convinces get gets
getting allow allows allowing enable enables enabling empower empowers empowering equip equips equipping coach
coaches coaching mentor mentors mentoring challenge challenges challenging motivate motivates motivating expect
expects tell tells instruct instructs direct directs assign assigns assigning authorize authorise authorizes
permit permits push pushes task tasks use uses using utilize utilise utilizes utilizing leverage leverages
leveraging need needs want wants help helps helping""")
_TARGET_VERBS = frozenset({"reach", "achieve", "attain", "hit", "get"})
_TARGET_VALUE = precompiled(r"\s{1,3}(?:(?:a|an|the|our|its)\s{1,3})?(?:(?:new|target|goal|level|rate|total|score)\s{1,3}(?:of\s{1,3})?)?"
                           r"(?:net[\s-]{1,3}zero|zero|carbon[\s-]neutral|[$€£<>≤≥]?\s?\d|one\s{1,3}hundred|half|parity)",
                           re.IGNORECASE)
_NOT_INFINITIVE_BEFORE = precompiled(r"\b(?:up|due|according|next|close|compared|prior|addition|relation|respect|regard|"
                                    r"access|contribution|changes?|exposure|visits?|trips?|commitment|attached|related|"
                                    r"similar|subject|open|home|back|and|or)\s{0,3}\Z", re.IGNORECASE)

# What only a verb's object opens (a determiner, a possessive, a count of a plural kind or "N of"): a noun-or-verb word
# before it is the verb ("to staff the new night shift", "to house 20 families", "to house 100 of the city's homeless");
# a noun is followed by its compound's head or a name's number ("to care homes", "to store 12 by Friday").
# A determiner opening a time phrase ("to staff the week before", "to reception the evening before") is no object: the
# phrase says when, and the word before it stays a noun.
_VERB_OBJECT_AFTER = precompiled(r"\s{1,3}(?:(?:the|a|an|our|their|its|this|these|those|every|each|all|his|her|your|my)\s"
                                 r"(?!\s{0,3}(?:(?:same|next|following|previous|first|last|whole|entire)\s{1,3})?"
                                 r"(?:day|week|month|year|morning|afternoon|evening|night|weekend|quarter|term|semester|"
                                 r"time)s?\b)|\d[\d,]*\s{1,3}(?:of\s|[a-z]{2,30}s\b))", re.IGNORECASE)
# Words English inflects as verbs that after "to" are far more often the first noun of a recipient or place
# ("to school leavers", "to care homes", "to field staff", "to market"): outside the listed verbs, no purpose.
_NOUN_FIRST = wordset("""school schools market markets service services field fields care house home homes staff program
programme programs email emails contact contacts network date store stores stock feature features partner partners
record records schedule budget target targets project projects product products board office site sites center centre
table place face head hand water power light land floor front family member members user users client clients
customer customers patient patients student students parent parents community group groups team teams state states
city county nation world country region district town village council court church hospital clinic bank farm
shop desk line lines unit units level levels grade grades class classes course courses table tables case cases
""")
# "sufficiently stocked to match demand", "large enough to seat 200": a degree complement says how much, not why.
_DEGREE_BEFORE = precompiled(r"\b(?:sufficiently|adequately|enough|too)(?:\s{1,3}[\w'’-]+){0,2}\s{0,3}\Z", re.IGNORECASE)


_HEADLINE_TO = precompiled(r"[\s,(]{0,3}(?:[Ii]n\s{1,3}order\s{1,3})?(?P<to>[Tt]o)\s")
_HEADLINE_LABEL = precompiled(r".{1,60}?\s[-–—]\s|[^:]{1,60}:\s")
_HEADLINE_OPENERS = frozenset({"each", "every", "all", "the", "our", "its", "their", "most", "both"})


def _headline_infinitive(text: str, at: int, rules: GoalRules) -> bool:
    """Whether the infinitive at ``at`` is the goal's own predicate in headline form: only its subject stands before it
    in the sentence ("Each depot to cut fuel use by 8%", "All wards to complete the checklist", "Contractors to submit
    timesheets"), as in a target list where "to" stands for "will". An infinitive after a finite or imperative verb
    ("Each depot will cut fuel use to meet ...", "Train two call handlers to shorten ...") is a purpose."""
    to = _HEADLINE_TO.match(text, at)
    if to is None:
        return False
    start = _sentence_of(text, at)[0]
    label = _HEADLINE_LABEL.match(text, start, to.start("to"))
    if label:
        start = label.end()
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start:to.start("to")])
    if not words or len(words) > 5 or _FINITE_MARK.search(text, start, to.start("to")):
        return False
    if words[0].lower() in _HEADLINE_OPENERS:
        return True
    if len(words) <= 3 and _plural_noun(words[-1]) and words[0][0].isupper() and not _verb_word(words[0].lower()):
        # a plural subject with no verb before it ("Regional offices to answer ...", "Trusts to improve ..."); a
        # verb with its object ("Train staff to ...") is no subject
        return not _HAS_VERB(text, start, start + len(text[start:to.start("to")].rstrip()) - len(words[-1]), rules)
    return False


# The people, bodies and results a goal can serve ("to safeguard the records residents depend on", "to curb
# rising costs"): with one of them, an infinitive outside the listed verbs states an aim; without, it may be the
# action's own content ("to introduce the benefits portal").
_AIM_WORDS = wordset("""team teams department departments organization organisation organizations company business
businesses agency unit division stakeholders partners partner public city county state region nation
objective objectives goal goals priority priorities mission vision plan plans strategy initiative initiatives
commitment commitments target targets roadmap outcome outcomes accreditation compliance
satisfaction retention safety quality revenue revenues cost costs growth efficiency engagement access trust health
wellbeing well-being productivity reliability equity awareness sustainability resilience success capacity accuracy
risk risks errors error waste emissions demand experience confidence loyalty morale turnover attendance enrollment
enrolment participation readiness performance profitability savings spending backlog delays downtime
staff managers supervisors leaders leadership nurses teachers faculty colleagues coworkers teammates clinicians
physicians doctors providers agents volunteers parents households""")


def _names_an_aim(phrase: str, rules: GoalRules) -> bool:
    """Whether the purpose names whom or what it serves: a beneficiary, an organisation, an aim or a result."""
    for word in (re.sub(r"['’]s$", "", w.lower()) for w in letter_words(phrase)):  # ("the city's homeless")
        if (word in _AIM_WORDS or word in rules.beneficiaries or stem(word) in rules.beneficiaries
                or word in rules.metric_nouns or word in rules.institution_words or word in _MORE_PEOPLE):
            return True  # ("to feed homebound seniors", "to educate first-time home buyers": people it serves)
    return bool(_PEOPLE_BY_ADJECTIVE.search(phrase))


def _each_infinitive(text: str) -> list[re.Match[str]]:
    """Every "to <verb> ..." of the text, each tried on its own: a preposition's "to" earlier in the sentence
    ("letters to incoming freshmen to ...") must not hide the infinitive after it."""
    found = []
    for t in re.finditer(r"(?:^|[,(]\s{0,3}|\s)(?=(?:[Ii]n\s{1,3}order\s{1,3})?[Tt]o\s)", text):
        m = _PURPOSE_TO.match(text, t.start())
        if m:
            found.append(m)
    return found


def _open_purpose_verb(text: str, m: re.Match[str]) -> bool:
    """Whether "to <verb> <object>" outside the listed verbs is a purpose infinitive: a word English inflects as a
    verb (it has past and -ing forms), followed by its object, not a preposition's noun ("up to date", "access to
    care") and not a verb more often a noun after "to" (``_NOT_PURPOSE``)."""
    verb = m.group("verb").lower()
    if (verb in _NOT_PURPOSE or verb in _NOUN_FIRST and not _VERB_OBJECT_AFTER.match(text, m.end("verb"))
            or verb in STOPWORDS or verb in NUMBER_WORDS or not _verb_word(verb)):
        return False  # "reduce turnover to zero": an end value
    if _NOT_INFINITIVE_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1) or _DEGREE_BEFORE.search(
            text, max(0, m.start() - 40), m.start() + 1):
        return False
    prior = letter_words(text[max(0, m.start() - 30):m.start() + 1])
    if prior and (is_participle(prior[-1].lower()) or prior[-1].lower().endswith("able")):
        return False  # "apprenticeships offered to school leavers", "available to": a preposition's "to"
    if _VERB_OBJECT_AFTER.match(text, m.end("verb")):
        return True  # ("to house 20 families": a counted object)
    after = re.match(r"\s{1,3}([A-Za-z][\w'’-]*)", text[m.end("verb"):])
    return bool(after) and after.group(1).lower() not in PREPOSITIONS and after.group(1).lower() not in (
        "and", "or", "but", "than", "as")


_CONTROL_NOUN = precompiled(r"\b(?:the|its|their|our|this|greater|wider|more)\s{1,3}([A-Za-z]{3,20})\s{1,3}of\b",
                           re.IGNORECASE)


def _infinitive_complement(text: str, to_at: int) -> bool:
    """Whether the infinitive at ``to_at`` completes a control verb a few words before it in its clause ("ask every
    manager to submit", "use the CRM to log")."""
    clause = re.split(r"[,;:.!?()]", text[max(0, to_at - 60):to_at])[-1]
    every = [w.lower() for w in letter_words(clause)]
    words = every[-5:]
    # a control word after a determiner and before "of" is a noun ("promote the use of reusable containers to reduce
    # waste"): the infinitive is the purpose of the whole action, not the complement of a verb
    nouns = {m.group(1).lower() for m in _CONTROL_NOUN.finditer(clause)}
    return any(w in _CONTROL_VERBS and w not in nouns and not _gerund_modifier(every, len(every) - len(words) + n)
               for n, w in enumerate(words[:-1] or words))


def _gerund_modifier(words: list[str], at: int) -> bool:
    """Whether the -ing word at ``at`` modifies a noun inside a noun phrase ("a peer mentoring program", "the coaching
    plan"): a determiner one or two words before it and a word after it, so it is no verb taking an infinitive."""
    return (words[at].endswith("ing") and at + 1 < len(words)
            and any(w in _DETERMINERS for w in words[max(0, at - 2):at]))


def _catenative_infinitive(text: str, at: int, rules: GoalRules) -> bool:
    """Whether the infinitive at ``at`` completes a catenative verb just before it ("Learn to effectively delegate",
    "Begin to fully automate the build"): the goal's own action, no purpose ("from the start to ..." has a noun)."""
    words = [w.lower() for w in letter_words(text[max(0, at - 40):at + 1])]
    return bool(words) and words[-1] in rules.catenative_forms and not (len(words) > 1 and words[-2] in _DETERMINERS)


# The head of a metric named from one stage to the next ("the lead to demo ratio", "the quote to close rate", "the order
# to ship time"): a bare singular "ratio" or "rate" cannot be a verb's object, so "to <word>" before it joins the name.
_STAGE_METRIC_HEAD = precompiled(r"\s{1,3}(?P<head>ratio|rate|time|cycle)\b(?!\s{0,3}-)", re.IGNORECASE)


def _stage_metric_name(text: str, m: re.Match[str]) -> bool:
    """Whether "to <word>" is the middle of a stage-to-stage metric's name, no infinitive. A "time" or "cycle" head can
    be a verb's object ("to save time"), so there the first stage must be one singular noun after a determiner ("the
    order to ship time"; "the pick routes to save time" is a purpose)."""
    head = _STAGE_METRIC_HEAD.match(text, m.end("verb"))
    if head is None:
        return False
    if head.group("head").lower() in ("ratio", "rate"):
        return True
    before = [w.lower() for w in letter_words(text[max(0, m.start() - 40):m.start() + 1])]
    return len(before) >= 2 and before[-2] in _DETERMINERS and not before[-1].endswith("s")


# An infinitive split by a comparative manner adverb ("to more accurately capture", "to better track"): it names how the
# act is to be done better than now, a change sought beyond the goal's own act.
_COMPARATIVE_SPLIT = precompiled(r"[\s,(]{0,4}(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:(?:more|less)\s{1,3}[a-z]{2,14}ly|better)\s",
                                 re.IGNORECASE)


def _target_infinitive(text: str, m: re.Match[str]) -> bool:
    """Whether "to reach/achieve <value>" after a change only names the change's end value ("reduce emissions to
    reach net zero"), the target itself rather than an aim beyond it."""
    head = re.match(r"(?:[,(]\s{0,3}|\s)(?:in\s{1,3}order\s{1,3})?to\s{1,3}([a-z]{2,20})", text[m.start():m.end()])
    return bool(head) and head.group(1).lower() in _TARGET_VERBS and bool(
        _TARGET_VALUE.match(text, m.start() + head.end()))


# A role fronted as an apposition to the goal's subject ("As the clinic's infection-control lead, audit ...", "As the
# practice's only phlebotomist, train ..."): the writer's role, told as the reason the goal is theirs. The phrase is a
# noun phrase (determiner, modifiers, possessives) whose head names a person, with an optional place ("in the office"),
# closed by a comma; "As a result of the audit,", "As agreed with the landlord," and "As the system goes live," are no
# such phrase (a head that names no person, a participle, a verb).
_ROLE_APPOSITION = precompiled(
    r"(?:^|(?<=[.!?:;\n]))[ \t\-*•]{0,8}[Aa]s\s{1,3}(?P<np>(?:[\w'’-]{1,30}\s{1,3}){0,5}?[A-Za-z][\w-]{1,30})"
    r"(?:\s{1,3}(?:in|at|for|of|on|across|within)\s{1,3}[^,.;:!?\n]{1,50}?)?\s{0,3},")
_NP_OPENERS = frozenset({"the", "a", "an", "our", "my", "their", "its", "this"})
# Agent suffixes (Marchand 1969, 4.30, as ``_AGENT_NOUN``), singular: a word with one that no word list knows
# ("phlebotomist", "first-aider") names a person; a common one ("matter", "order") is judged by WordNet's person nouns.
_AGENT_SINGULAR = precompiled(r"[a-z]{3,}(?:er|or|ist|ian|ee|ant|ent)")


def _names_a_person(word: str, rules: GoalRules) -> bool:
    """Whether a singular head noun names a person: a WordNet person noun, a role head of rule ``relevant.role``
    ("lead", "champion"), or an agent noun that is no common word ("phlebotomist", "first-aider")."""
    from assistant.names import lexicon

    lowered = word.lower()
    last = lowered.rsplit("-", 1)[-1]
    if last in person_nouns():
        return True
    role = next((r.regex for r in rules.rules if r.id == "relevant.role" and r.regex is not None), None)
    if role is not None and role.fullmatch(f"as the {last}"):
        return True
    common = lexicon().common
    return bool(_AGENT_SINGULAR.fullmatch(last)) and lowered not in common and last not in common


def _role_apposition(text: str, rules: GoalRules) -> tuple[int, int] | None:
    """The span of a fronted role ("As the store's deputy manager,"), or None."""
    for m in _ROLE_APPOSITION.finditer(text):
        words = m.group("np").split()
        opened = words[0].lower() in _NP_OPENERS
        modifiers = words[1:-1] if opened else words[:-1]
        if any(w.lower() in PREPOSITIONS or w.lower() in STOPWORDS and w.lower() not in ("only", "new", "first")
               for w in modifiers) or not opened and is_participle(words[0].lower()):
            continue  # "As agreed with the landlord", "As discussed,": a clause, not a noun phrase
        if _names_a_person(words[-1], rules):
            return m.start("np") - 3, m.end() - 1
    return None


# The people a goal is for, named by an unmet need ("for tenants who do not read English", "for members who cannot leave
# the house", "for parents on low incomes", "for families in need"): the need is why the work matters. A plain audience
# ("for customers", "for parents") names no need; nor does a condition after "with" ("decisions for patients with a
# learning disability"), which often only says whom the work is about (evals/dev15, tune half).
_SERVED_WITH_NEED = precompiled(
    r"\bfor\s{1,3}(?:(?:the|our|all|local|\d[\d,]*)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?P<who>[A-Za-z][\w'’-]{2,30})"
    r"\s{1,3}(?P<need>without\s{1,3}(?:a\s{1,3}|any\s{1,3})?[a-z]|on\s{1,3}low\s{1,3}incomes?\b|at\s{1,3}risk\b|in\s{1,3}need\b"
    r"|who\s{1,3}(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|do\s{1,3}not|don['’]t|are\s{1,3}unable|have\s{1,3}no|lack|"
    r"struggle|need)\b)", re.IGNORECASE)


def _served_with_need(text: str, rules: GoalRules) -> tuple[int, int] | None:
    """The span of the people a goal serves, named by a need ("for customers with hearing loss"), or None."""
    for m in _SERVED_WITH_NEED.finditer(text):
        who = m.group("who")
        if _plural_noun(who) and (_serves_people(who, rules) or _AGENT_NOUN.fullmatch(who)
                                  or _names_a_person(who[:-1], rules)):
            return _trim(text, m.start(), _segment_end_after(text, m.end()))
    return None


def _segment_end_after(text: str, pos: int) -> int:
    """The end of the clause that runs on from ``pos`` (the next sentence or clause mark, or the text's end)."""
    end = _SEGMENT_END.search(text, pos)
    return end.start() if end else len(text)


def _structural_relevance(text: str, rules: GoalRules, measures: list[Hit], time_spans: list[tuple[int, int]],
                          results: list[int] | None = None, deliverables: list[Hit] | None = None) -> Hit | None:
    """A purpose beyond the action, read from the goal's structure (rule ``relevant.structure``)."""
    for m in _OKR_MARK.finditer(text):
        if _KR_LABEL.search(text, m.end()):
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # an unlabelled headline above a "Key results:" block is the key results' objective, as a labelled one is
    # (on its own line; inline, the layout reads it as context)
    for m in _KR_BLOCK.finditer(text):
        head = _trim(text, 0, m.start())
        line = text[head[0]:head[1]].lstrip(" -*•")
        if (len(letter_words(line)) >= 3 and not line.endswith(":") and not _KR_LABEL.search(line)
                and not any(r <= m.start() for r in results or [])):
            return Hit("relevant.structure", head[1] - len(line), head[1])
    means = [m.start() for m in _MEANS.finditer(text)]
    first_tries = {m.start() for m in _PURPOSE_TO.finditer(text)}
    purposes = sorted([*_PURPOSE.finditer(text), *(m for m in _each_infinitive(text)
                                                   if (m.group("help") or m.group("verb").lower() in rules.purpose_verbs)
                                                   and (m.start() in first_tries or _names_an_aim(m.group(), rules))
                                                   or _open_purpose_verb(text, m) and (
                                                       _names_an_aim(m.group(), rules)
                                                       or _COMPARATIVE_SPLIT.match(text, m.start()))),
                       *(m for m in _PURPOSE_FOR.finditer(text) if m.group("g").lower() not in _ING_NOUNS
                         and not _handed_on_for(text, m, rules)),
                       *_PURPOSE_ADJUNCT.finditer(text)],
                      key=lambda m: m.start())
    for m in purposes:
        if (_infinitive_complement(text, m.start()) and not _owned_change(text, m, rules)) or _target_infinitive(text, m):
            continue  # "ask every manager to submit ...", "reduce emissions to reach net zero": no purpose beyond the action
        if _own_infinitive(text, m.start()) and not _made_plan_aim(text, m.start(), rules):
            continue  # "want to improve", "is to reduce": the goal's own verb, not a purpose
        if _catenative_infinitive(text, m.start(), rules):
            continue  # "Learn to effectively delegate", "Begin to fully automate": the goal's own action
        if "verb" in m.re.groupindex and _stage_metric_name(text, m):
            continue  # "the lead to demo ratio": the metric's name, no infinitive
        if _headline_infinitive(text, m.start(), rules):
            continue  # "Each depot to cut fuel use by 8%", "Contractors to submit timesheets": the goal's own verb
        if _conformance_only(text, m.start(), m.end(), rules):
            continue  # "to comply with the safety standards": the level the work is held to, no purpose beyond it
        if any(p < m.start() and not re.search(r"[.;!?]", text[p:m.start()]) for p in means) and not _reaches_people(
                text[m.start():m.end()], rules):
            continue  # the purpose of a sub-step, unless it reaches people ("... to improve patient care", "... to help the sales team")
        comma = text.find(",", m.start() + 3, m.end())
        if _only_sentence(text, *_trim(text, m.start(), m.end())) and (comma < 0 or re.match(
                r"\s{0,3}(?:which|that|who|where|when)\b", text[comma + 1:], re.IGNORECASE) or not (
                _HAS_VERB(text, comma + 1, m.end(), rules)
                or any(comma < h.start < m.end() for h in [*measures, *(deliverables or [])]))):
            # "To improve response rate on service requests.": the goal itself, written as an infinitive
            # (a main clause after it, "To cut churn, launch ...", makes it the purpose of that clause, and so
            # does a key result after it, "To cut wait times, merged PRs land on staging within 25 minutes")
            continue
        if _DELIBERATIVE_BODY.search(text, max(0, m.start() - 40), m.start()) and _INQUIRY.match(text, m.start()):
            continue  # a committee's own remit ("chair a committee to analyse ... and recommend"), no link beyond it ("by implementing a campaign to engage the database")
        return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    for pattern in (_LINK, _NEED, _MISSION, _PURPOSE_PARTICIPLE, _SO_CLAUSE, _REASON, _PREDICATED_AIM):
        m = pattern.search(text)
        if m:
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # A result clause after the goal ("..., improving resident satisfaction", "..., which will cut
    # overtime costs"): a verb of benefit or change in a participle or a relative clause on the goal.
    # A sentence on what the goal will do for someone ("Ship the Java SDK. This will let enterprise customers
    # integrate ..."): the goal's consequence, not more of its work ("This includes docs and samples").
    for m in _CONSEQUENCE.finditer(text):
        if stem(m.group("verb")) in rules.purpose_stems or m.group("verb").lower() in _ENABLING or m.group("help"):
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # The people served as the subject of what changes for them ("... by 20%. Patients will get home sooner.",
    # "; customers will spend less time on hold"): the goal's outcome beyond its action. Not the goal's work done to
    # them ("Staff will be consulted.") nor more of its steps ("Patients will receive the survey by email.").
    lowered = text.lower()
    for m in _BENEFICIARY_RESULT.finditer(text):
        if ((_reaches_people(m.group("who"), rules) or _agent_noun(m.group("who"), lowered, m.start()))
                and not _PASSIVE_START.match(m.group("rest"))
                and _CHANGE_FOR_THEM.search(m.group("rest"))):
            return Hit("relevant.structure", *_trim(text, m.start("subject"), m.end()))
    for m in _RESULT_CLAUSE.finditer(text):
        if stem(m.group("verb") or m.group("verb_ing")) in rules.purpose_stems:
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # "Renovate the labs that support first-year teaching": a relative clause on the goal's object saying
    # what the object does for someone is a purpose beyond the action
    for m in _OBJECT_RELATIVE.finditer(text):
        verb = m.group("verb").lower()
        if _state_antecedent(text, m.start()):
            continue  # "an environment that promotes growth": what state is sought, the goal itself, no aim beyond it
        if (m.start() > 0 and text[:m.start()].strip() and not re.search(r"[.;:!?]\s*\Z", text[:m.start()])
                and (m.group("help") or stem(verb) in rules.purpose_stems or verb in _ENABLING
                     or _serving_relative(text, m, rules, lowered))
                and not (any(not n.ordinal for n in numbers(text[m.start():m.end()])) and not m.group("help"))):
            # ("a newsletter that reaches 5,000 subscribers" counts the object's own result: its measure, no aim)
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # "Improve patient safety by introducing a fall-risk checklist": an area of the people the goal serves,
    # improved by a means, is what the means is for ("Improve timeliness by submitting ...", the doer's own
    # quality, is not)
    for m in _MEANS.finditer(text):
        s, _ = _sentence_of(text, m.start())
        lead = rules.strip_prefix.match(text[s:m.start()])
        head = s + (lead.end() if lead else 0)
        head += len(text[head:m.start()]) - len(text[head:m.start()].lstrip(" \n-*•"))
        verb = rules.vague_verbs.match(text, head)
        if verb is None or rules.change_verbs.match(text, head) and _moves_a_metric_words(text[verb.end():m.start()], rules):
            continue
        obj = [w.lower() for w in letter_words(text[verb.end():m.start()])]
        if obj and not re.search(r"[,;:]", text[head:m.start()]) and _serves_people(text[verb.end():m.start()], rules):
            return Hit("relevant.structure", *_trim(text, head, m.start()))
    # "Meet the accreditation requirements by completing the self-study": a goal whose main verb meets or serves an
    # aim, reached by a means, names the aim the means is for
    for m in _MEANS.finditer(text):
        s, _ = _sentence_of(text, m.start())
        lead = rules.strip_prefix.match(text[s:m.start()])
        head = s + (lead.end() if lead else 0)
        head += len(text[head:m.start()]) - len(text[head:m.start()].lstrip(" \n-*•"))
        if _SERVES_AIM.match(text[head:m.start()]):
            return Hit("relevant.structure", *_trim(text, head, m.start()))
    # "Enhance patient care by reducing the medication error rate": when the means is itself a change of a
    # metric, that change is the goal and the clause it serves is the outcome beyond it
    for m in _DIRECTION_MEANS.finditer(text):
        start = sentence_spans(text[:m.start()] or " ")[-1][0] if text[:m.start()].strip() else 0
        span = _trim(text, start, m.start())
        if span[1] > span[0] and _HAS_VERB(text, *span, rules):
            return Hit("relevant.structure", *span)
    real = [h for h in measures if not _inside(h.start, h.end, time_spans)]
    deliverables = deliverables or []
    if not real and not deliverables:
        return None
    # Objective with key results: an unmeasured first sentence, or main clause before a measured
    # means clause, followed by measures.
    sentences = _sentences(text)
    if len(sentences) > 1:
        s, e = sentences[0]
        head_measured = any(s <= h.start < e for h in real)
        if not _HAS_VERB(text, s, e, rules):
            return None  # a metric's name ("Annual recurring revenue from enterprise plans.") is no objective
        if any(not text[r:s].strip() for r in results or []):
            return None  # "KR 1: Publish the pricing page. KR 2: ...": a key result, not their objective
        elaborates = _ELABORATION.match(text, e)  # "... This means adding three targets": the same goal, spelled out
        head_free = (not head_measured and not elaborates and not rules.deliverable.search(text, s, e)
                     and not _RED_FLAG_WORDS.search(text, s, e))
        # a key result is a result stated on its own; a sentence whose subject points back at the goal ("This will
        # take about two weeks.", "It will be reviewed by the board.") says more of the goal itself (its length,
        # schedule or review), so a number in it measures no key result under an objective
        remarks = [(rs, re_) for rs, re_ in sentences[1:] if _REMARK_ON_GOAL.match(text, rs)]
        real = [h for h in real if not _inside(h.start, h.end, remarks)]
        deliverables = [h for h in deliverables if not _inside(h.start, h.end, remarks)]
        if head_free and any(h.start >= e for h in real):
            return Hit("relevant.structure", *_trim(text, s, e))
        # a wish heading a later deliverable ("Improve digital services. Launch a new website by 2027."): the
        # deliverable is how the wish is met
        head_text = text[s:e].lstrip(" \n-*•")
        wish = bool(rules.vague_verbs.match(head_text) or rules.effort_verbs.match(head_text))
        if head_free and wish and not any(s <= h.start < e for h in deliverables) and any(h.start >= e for h in deliverables):
            return Hit("relevant.structure", *_trim(text, s, e))
    # (a service level, "within 60 days", times the means; it does not measure a result of its own)
    windows = [(h.start, h.end) for h in real if h.rule == "time.duration"]
    counted = [h for h in real if h.rule != "time.duration" and not _inside(h.start, h.end, windows)]
    for m in _MEANS.finditer(text):
        if not any(h.start < m.start() for h in counted) and any(h.start > m.end() for h in counted):
            start = sentence_spans(text[:m.start()] or " ")[-1][0] if text[:m.start()].strip() else 0
            span = _trim(text, start, m.start())
            if span[1] > span[0]:
                return Hit("relevant.structure", *span)
    return None


# A sentence that states a problem: an unmet ability ("they cannot find opening hours online") or a word rated
# negative by VADER's raters (Hutto & Gilbert 2014; assistant/analyzers/valence.py) in its context ("Long holds are
# the top complaint", "The designers lose an hour a week to crashes", "Residents have complained about the wait").
_UNABLE = precompiled(r"\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|couldn['’]t|unable\s{1,3}to|"
                      r"(?:not|never)\s{1,3}able\s{1,3}to)\s{1,3}[a-z]", re.IGNORECASE)
# A commitment or result still to come ("Falls will drop to 5 a month"), or an instruction told to someone ("You
# should ..."): more of the goal, not the situation it answers.
_TO_COME = precompiled(r"\b(?:will|shall|should|must|going\s{1,3}to|aim(?:s|ing)?\s{1,3}to|plan(?:s|ning)?\s{1,3}to|"
                       r"want(?:s)?\s{1,3}to|need(?:s)?\s{1,3}to|has\s{1,3}to|have\s{1,3}to|let['’]s)\b", re.IGNORECASE)
# A bound on a figure ("stay below 2 a month", "at least 40 a week"): a key result's target, not a problem told.
_BOUND = precompiled(r"\b(?:below|under|less\s{1,3}than|fewer\s{1,3}than|at\s{1,3}(?:least|most)|no\s{1,3}more\s{1,3}than|"
                     r"up\s{1,3}to|down\s{1,3}to)\s{1,3}(?:\d|" + NUMBER_WORD_PATTERN + r")", re.IGNORECASE)
# Words a problem sentence may not open with: a purpose, a condition or a time that belongs to the goal's own clause.
_NOT_A_STATEMENT_OPENER = frozenset({"to", "if", "when", "once", "by", "before", "after", "until", "so", "in", "for",
                                     "please", "and", "then", "also", "note", "this", "that", "it", "these", "those"})
# The strength (VADER's -4 .. +4 scale, in context) at which a word tells a problem: "complaint" -1.2, "missed" -1.2,
# "lose" -1.7, "wrong" -2.1; milder words ("old", "busy" are unrated) and negated praise are left out.
PROBLEM_RATING = -1.0


def _problem_sentence(text: str, actions: list[Action], rules: GoalRules,
                      targets: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a sentence beside the goal that states the problem it answers: not the goal's own sentence (its
    first action's) nor an instruction (a sentence an action opens), a statement of what is the case now (no
    "will", "should", "need to": no result or step still to come, and not a remark on the goal, "This is hard"),
    no target of its own (``targets``: a percentage, a baseline-to-target, a bound: "Critical bugs stay below 2 a
    month" is a key result), with an unmet ability or a negatively rated word."""
    from assistant.analyzers.valence import word_valences

    sentences = _sentences(text)
    if len(sentences) < 2 or not actions:
        return None
    # the goal's own sentence: the first one an action opens (an imperative), else the first action's
    lead = next((span for a in actions if not text[(span := _sentence_of(text, a.start))[0]:a.start].strip()),
                _sentence_of(text, actions[0].start))
    for start, end in sentences:
        if (start, end) == lead:
            continue
        words = [w.lower() for w in letter_words(text[start:end])]
        if (len(words) < 4 or words[0] in _NOT_A_STATEMENT_OPENER or _TO_COME.search(text, start, end)
                or any(start <= s < end for s, _ in targets) or _BOUND.search(text, start, end)):
            continue
        if any(r.match(text, start) for r in (rules.action_verbs, rules.vague_verbs, rules.effort_verbs)) or (
                words[1] in _OBJECT_OPENERS and _inflects_as_verb(words[0])):
            continue  # an instruction ("Keep the old machines ...", "Label each box ..."), more of the goal's work
        if _UNABLE.search(text, start, end):
            return _trim(text, start, end)
        if words[0] in _NEGATIVE_SUBJECTS or " ".join(words[:2]) in _NEGATIVE_SUBJECTS:
            continue  # "Nobody has complained about them": the clause is negated, no problem told
        if min(word_valences([_rated_form(w.replace("’", "'")) for w in words])) > PROBLEM_RATING:
            continue
        # whose problem: the people served or the organisation's own ("Residents have complained ...", "The
        # designers lose an hour a week ..."), or the goal's own topic ("Long holds are the top complaint" beside
        # "Cut the hold time ..."); a hazard of the work's own tools ("The ladder is dangerous") is neither
        goal_stems = {stem(w.lower()) for w in letter_words(text[lead[0]:lead[1]])} - {""}
        content = [re.sub(r"['’]s?\Z", "", w) for w in words if w not in rules.stopwords]  # "cyclists'" -> "cyclists"
        if (_reaches_people(text[start:end], rules) or any(_agent_noun(w, "", 0) or w in _MORE_PEOPLE for w in content)
                or any(stem(w) in goal_stems for w in content)):
            return _trim(text, start, end)
    return None


def _rated_form(word: str) -> str:
    """``word``, or its singular when VADER rates only that ("injuries" -> "injury", "crashes" -> "crash"): the lexicon
    lists most nouns in one number only."""
    rated = valence_lexicon()
    if word in rated or len(word) < 4 or not word.endswith("s"):
        return word
    for singular in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "",
                     word[:-1]):
        if singular in rated:
            return singular
    return word


# Negative quantifiers as subject negate their clause ("Nobody has complained", "No one uses it", "None of the
# tenants complained"); VADER's negation list has "none" and "nothing" but not these.
_NEGATIVE_SUBJECTS = frozenset({"nobody", "no one", "noone", "none", "nothing", "neither", "no"})


_OWNED_OBJECT = precompiled(r"\s{1,3}(?:our|the\s{1,3}(?:organi[sz]ation|company|charity|council|team|service)(?:'s|’s))\s",
                           re.IGNORECASE)


def _owned_change(text: str, m: re.Match[str], rules: GoalRules) -> bool:
    """Whether a control verb's infinitive changes a quantity of the goal's own organisation ("Train six partner
    sites to widen our volunteer base", "Equip branch staff to grow our membership"): what the trained or equipped
    do is the outcome the action is for, not the content of the training ("Train staff to use the new system")."""
    verb = m.groupdict().get("verb")
    if not verb or not rules.change_verbs.fullmatch(verb):
        return False
    return bool(_OWNED_OBJECT.match(text, m.end("verb")))


_WORD = precompiled(r"(?<![\w'’-])[A-Za-z][\w'’-]*")
_PLAN_PHRASE = precompiled(r"(?:(?:a|an|the|our|my|their|its|this|new)\s{1,3})*(?:[\w'’-]+\s{1,3}){0,3}?"
                           r"(?:plans?|strateg(?:y|ies)|programmes?|programs?)\s{0,3}", re.IGNORECASE)


def _made_plan_aim(text: str, at: int, rules: GoalRules) -> bool:
    """Whether the infinitive at ``at`` follows a plan, strategy or programme that the goal makes ("Draft a
    communications plan to raise awareness of the food bank", "Write a volunteer strategy to grow our volunteer
    base"), with a verb of purpose or change: what the made plan is for, an aim beyond the deliverable, not its
    content ("create a plan to cycle recurring replacements"). A plan as a lead-in ("Our plan is to open
    two new branches", "We have a plan to move") has no making verb before it."""
    verb = _WORD.search(text, at + 1, at + 60)
    if rules.making_before is None or verb is None or verb.group().lower() != "to":
        return False
    split = _SPLIT_ADVERB_AT.match(text, verb.end())  # "a strategic enrollment plan to effectively recruit"
    verb = _WORD.search(text, split.end() if split else verb.end(), verb.end() + 60)
    if verb is None or stem(verb.group()) not in rules.purpose_stems:
        return False  # ("create a plan to cycle recurring replacements": the plan's content, not what it is for)
    for w in _WORD.finditer(text, max(0, at - 80), at):
        if _PLAN_PHRASE.fullmatch(text, w.start(), at) and rules.making_before.search(text, max(0, w.start() - 40),
                                                                                       w.start()):
            return True
    return False


_SPLIT_ADVERB_AT = precompiled(r"\s{1,3}" + _SPLIT_ADVERB, re.IGNORECASE)
_PROSPECTIVE_RELATIVE = precompiled(r"\b(?:that|who)\s{1,3}(?:will|would|can|could)\s{1,3}(?!be\b|have\b)", re.IGNORECASE)


def _serving_relative(text: str, m: re.Match[str], rules: GoalRules, lowered: str) -> bool:
    """Whether a relative clause on the goal's object says what the object will do for people ("Run 12 workshops
    that will teach growers where water comes from", "health visitors, who will provide women with support"): a
    modal of prospect, a verb taking the people served as its object (a beneficiary, an agent noun, a people word)
    and a clause with no count of its own. A clause of the object's own properties ("workshops that start at
    10am", "sites that joined in 2025") has no modal and names no one served."""
    if not _PROSPECTIVE_RELATIVE.match(text, m.start()):
        return False
    after = letter_words(text[m.end("verb"):m.end()])[:3]
    return any(_names_an_aim(w, rules) or _agent_noun(w, lowered, m.start()) for w in after)


def _whole_sentence(text: str, start: int, end: int) -> bool:
    """Whether the span is a whole sentence of the text (nothing of the sentence before or after it)."""
    s, e = _sentence_of(text, start)
    return not text[s:start].strip(" \n-*•\"'“‘(") and not text[end:e].strip(" \n.!?;:\"'”’)")


def _only_sentence(text: str, start: int, end: int) -> bool:
    """Whether the span is the goal's only sentence: no other sentence it could be the purpose of."""
    return _whole_sentence(text, start, end) and not re.search(r"[A-Za-z]", text[:start] + text[end:])


_RE_DASH = precompiled(r"\b[Rr]e-(?=[a-z])")
_SPACE_REACH = 200


@lru_cache(maxsize=8)
def _re_blanked(text: str) -> str:
    return _RE_DASH.sub("   ", text)


def _HAS_VERB(text: str, start: int, end: int, rules: GoalRules) -> bool:  # noqa: N802
    """Whether the span holds a verb of the goal vocabulary or a finite verb ("will", "is", "-ed")."""
    # "Re-focus on" is a verb as "focus on" is. The words are read from the last space before the span
    # (no word runs across a space), in the text with every "Re-" blanked once: a long text with many
    # spans stays linear. Where no space is near, or a "Re-" ends at the span's end (its lookahead
    # would see past it), the span's prefix is blanked and read whole as before.
    lo = start
    while lo > 0 and not text[lo - 1].isspace() and start - lo < _SPACE_REACH:
        lo -= 1
    if (lo > 0 and not text[lo - 1].isspace()) or any(_RE_DASH.match(text, i) for i in range(max(0, end - 3), end)):
        span, lo = _RE_DASH.sub("   ", text[:end]), 0
    else:
        span = _re_blanked(text)
    return any(_clause_head(span, m.start()) for regex, kind in (
        (rules.action_verbs, "action"), (rules.vague_verbs, "vague"), (rules.effort_verbs, "effort"))
        for m in _word_starts(span, regex, rules.first_words.get(kind), lo, end) if start <= m.start() < end) or bool(
        re.search(r"\b(?:will|is|are|was|were|be|has|have|can|must|should)\b|\w['’]ll\b", text[start:end], re.IGNORECASE))
_RED_FLAG_WORDS = precompiled(r"\b(?:infinity|100\s?%|zero|never|perfect(?:ly)?|all)\b", re.IGNORECASE)


_MEANS = precompiled(r"\bby\s+[\w-]+ing\b|\bthrough\s+[\w-]+ing\b|\bwhile\b", _FLAGS)
