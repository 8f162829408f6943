"""The actions a goal commits to: verbs, their objects, named things and recipients."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from assistant.analyzers.goal.layout import (
    _inflects_as_verb,
)
from assistant.analyzers.goal.models import (
    _FLAGS,
    _TOKEN,
)
from assistant.analyzers.goal.rules import (
    GoalRules,
)
from assistant.analyzers.goal.spans import (
    Hit,
    _inside,
    _Intervals,
    _overlaps,
    _trim,
)
from assistant.analyzers.rulecache import precompiled
from assistant.text import (
    MODALS,
    NUMBER_WORD_PATTERN,
    NUMBER_WORDS,
    PREPOSITIONS,
    letter_words,
    sentence_spans,
    stem,
    wordset,
)

# --------------------------------------------------------------------------- specific


@dataclass(frozen=True)
class Action:
    start: int
    end: int
    verb_end: int
    kind: Literal["action", "vague", "effort"]
    concrete_words: int
    object_words: int
    wishful: bool  # the object opens with "more", "better"...
    head: bool
    aspiration: bool = False  # the object is a judged quality of a general thing ("a talented workforce")


_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "this", "these",
                          "those"})
_OBJECT_OPENERS = _DETERMINERS | {"all", "every", "each"}
_NOUN_MARKERS = _DETERMINERS | {"more", "fewer", "less"}


_NAME_SHAPES = precompiled(
    r"(?<![\w.])v?\d{1,3}(?:\.\d{1,3}){1,3}(?![\w%])"                 # a version: 1.25, v2.0.1
    r"|\b[a-z][\w-]{1,40}\.(?:com|org|net|io|dev|ai|gov|edu|app)\b"        # a domain: salesforce.com
    r"|\b[A-Za-z]{1,30}_[A-Za-z_]{1,40}\b|\b[a-z]{2,20}[A-Z][A-Za-z]{1,30}\b"  # identifiers: rustc_codegen, iPhone
    r"|\b[A-Z]{2,8}s?\b"                                                   # an acronym: UTM, SDK, CRM
    r"|[\"“][^\"“”\n]{3,60}[\"”]"                                        # a quoted title
    r"|\bversion\s{1,3}\d{1,4}\b",
)
_SENTENCE_OPENING = precompiled(r"(?:^|[.!?:;(\n]|\s[-–—]|\])\s{0,8}\Z")


def _named(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether ``text[start:end]`` names a particular system or artefact: a capitalised word that is
    not a sentence opening and not a common word of the goal vocabulary ("Kubernetes", "Phoenix"),
    a version, a domain, an identifier, an acronym or a quoted title. Capitals of style name nothing: a clause in
    headline style (``_headline_case``) and words in capitals for emphasis (``_emphasis_capitals``)."""
    if start >= end:
        return False
    for shape in _NAME_SHAPES.finditer(text, start, end):
        if not _emphasis_capitals(text, shape.start(), shape.end()):
            return True
    for m in re.finditer(r"[A-Z][a-z][\w'’-]{1,30}", text[start:end]):
        word = m.group().lower().rstrip("'’s")
        pos = start + m.start()
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_-"):
            continue
        if _SENTENCE_OPENING.search(text, max(0, pos - 12), pos):
            continue
        if (word in rules.stopwords or word in rules.generic_words or word in rules.time_words or word in _COMMON_CAPS
                or word in rules.institution_words):
            continue
        # in headline style ("Reduce Tobacco Use and Substance Abuse") every word is capitalised: none is marked a name
        return not _headline_case(text, pos, rules)
    return False


# Where a heading or clause of a goal begins and ends: a sentence end, a colon or semicolon, a line break.
_SEGMENT_END = precompiled(r"[.!?:;](?=\s|$)|\n")
# Suffixes of common nouns and adjectives ("Nutrition", "Stewardship", "Delivery", "Collaborative", "Physical"):
# a capitalised word that carries one is an ordinary word set in capitals, rarely a product, system or place name.
_ORDINARY_SUFFIX = precompiled(r"[a-z]{2}(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ence|ship|ism|ery|ive|"
                               r"ives|ous|ful|ical|al|ing|ings|ies)$")


def _headline_case(text: str, pos: int, rules: GoalRules) -> bool:
    """Whether the heading or clause around ``pos`` is set in headline style ("Promote Nutrition and Physical Activity
    to Reduce Obesity", "Advance Student Success"): every content word capitalised, at least three of them, and at
    least one after the first an ordinary word (a common-noun or adjective suffix, a word of the goal vocabulary).
    Capitals there mark the style, not names, so a capitalised word names nothing by its capital alone; a sentence
    that capitalises only its names ("Integrate Salesforce with Marketo") is no heading."""
    begin = 0
    for m in _SEGMENT_END.finditer(text, max(0, pos - 400), pos):
        begin = m.end()
    limit = min(len(text), pos + 400)  # both ways bounded: a long unpunctuated text stays linear
    stop = _SEGMENT_END.search(text, pos, limit)
    segment = text[begin:stop.start() if stop else limit]
    content = [w for w in re.findall(r"[A-Za-z][\w'’-]*", segment)
               if w.lower() not in rules.stopwords and w.lower() not in _COMMON_CAPS]
    if len(content) < 3 or not all(w[0].isupper() for w in content):
        return False
    return any(_ordinary_word(w.lower().rstrip("'’s"), rules) for w in content[1:] if not w.isupper())


def _graded(word: str, start: int, text: str, rules: GoalRules) -> bool:
    """Whether ``word`` grades the object it opens: a comparative ("a better README") or a grade of worth ("a decent
    NURB library", "an awesome README"), so the object is a wish. Capitalised inside a sentence that is not set in
    headline style, it is part of a name ("Add Great Expectations validation", "Integrate Better Auth session
    validation"), which grades nothing."""
    lower = word.lower()
    if lower not in rules.comparatives and lower not in rules.merit:
        return False
    return not (word[:1].isupper() and not _headline_case(text, start, rules))


def _ordinary_word(word: str, rules: GoalRules) -> bool:
    if _ORDINARY_SUFFIX.search(word):
        return True
    return any(word in lexicon for lexicon in (rules.generic_words, rules.metric_nouns, rules.beneficiaries,
                                               rules.qualities, rules.evaluative, rules.vague_modifiers,
                                               rules.artefact_words, rules.comparatives))


# A word in capitals that is no acronym but emphasis: two or more capitalised words of four letters or more in a run
# ("EXEMPLARY PUBLIC SAFETY", "EXCELLENT CUSTOMER SERVICE"), where an acronym stands alone or beside a short one
# ("NASA JPL", "AWS EKS").
_CAPS_WORD = r"[A-Z]{4,}"
_CAPS_LINK = r"(?:\s{1,3}(?:and|or|of|&)\s{1,3}|\s{1,3})"


def _emphasis_capitals(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if not re.fullmatch(_CAPS_WORD, word):
        return False
    before = re.search(_CAPS_WORD + _CAPS_LINK + r"\Z", text[max(0, start - 40):start])
    after = re.match(_CAPS_LINK + _CAPS_WORD + r"\b", text[end:end + 40])
    return bool(before or after)


def _named_sentence(memo: dict[tuple[int, int], bool], text: str, pos: int, rules: GoalRules) -> bool:
    """``_named`` of the sentence that holds ``pos``, read once per sentence (``memo``): a long
    sentence with many verbs stays linear."""
    span = _sentence_of(text, pos)
    if span not in memo:
        memo[span] = _named(text, *span, rules)
    return memo[span]


_COMMON_CAPS = wordset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday i")


# A personal subject and a modal: the next word is the clause's verb ("I will walk", "we'll host").
_SUBJECT_MODAL = precompiled(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)(?:\s{1,3}(?:will|shall|must|should|can)|['’]ll)"
                            r"(?:\s{1,3}(?:also|then|now))?\s{1,3}(?=[a-z])")
# Any other subject before "will"/"shall" ("The reference team will begin ...", "Library staff will ...", "the systems
# librarian will redesign ..."): plan objectives name the unit or role that acts, and the modal's next word is the
# clause's verb as after a personal subject (a relative pronoun's clause, "programs that will conserve ...", says
# what the object does and is no clause of the goal's own; the people served are read in ``_actions``).
_NOUN_SUBJECT_MODAL = precompiled(r"(?<![\w'’-])(?!(?i:that|which|who|whom|whose|what|it|this|there|these|those)\b)"
                                 r"(?P<subject>[A-Za-z][\w'’-]{1,30})\s{1,3}(?:will|shall)(?:\s{1,3}(?:also|then|now))?\s{1,3}(?=[a-z])")


# A value left open on one side ("90% or higher", "4.2 or above", "3 or fewer"): the comparative bounds the value, it
# is no wish for more of the object.
_OPEN_BOUND = precompiled(r"\d[\d.,]*\s{0,2}(?:%|percent|points?)?\s{1,3}(?:or|and)\s{1,3}\Z", re.IGNORECASE)
# A numeral before "more", "fewer" or "less" makes it a quantifier of an increment ("Treat nearly 450,000 more patients",
# "two more nurses", "5,000 fewer missed appointments"; Huddleston & Pullum 2002, The Cambridge Grammar of the English
# Language, ch. 5 §6 and ch. 13: "two more days", "three fewer"), a counted difference, not a wished-for comparison
# ("serve more patients").
_COUNTED_INCREMENT = precompiled(r"(?<![\w.])(?:\d[\d,]*(?:\.\d+)?|" + NUMBER_WORD_PATTERN + r")\s{1,3}\Z", re.IGNORECASE)
_INCREMENT_WORDS = frozenset({"more", "fewer", "less"})


def _actions(text: str, rules: GoalRules, stop_spans: list[tuple[int, int]]) -> list[Action]:
    """Verb + object phrases, with how many concrete words each object holds."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    starts = {s: i for i, (_, s, _) in enumerate(tokens)}
    verbs: list[tuple[int, int, str]] = []
    lowered = [word.lower() for word, _, _ in tokens]
    for regex, kind in ((rules.effort_verbs, "effort"), (rules.vague_verbs, "vague"), (rules.action_verbs, "action")):
        firsts = rules.first_words.get(kind)  # as _word_starts, over the tokens read once
        for (_, at, _), lower in zip(tokens, lowered, strict=True):
            if firsts is None or lower in firsts:
                m = regex.match(text, at)
                if m:
                    verbs.append((m.start(), m.end(), kind))
    stop_spans = _Intervals(stop_spans)  # type: ignore[assignment]
    # Prefer the longest verb at a position ("work on" over "work"; effort, then vague, on ties).
    chosen: dict[int, tuple[int, str]] = {}
    for start, end, kind in verbs:
        if start not in chosen or end > chosen[start][0]:
            chosen[start] = (end, kind)
    # An imperative the verb lists do not know ("Cycle-count the cage", "Spot-check ten claims"):
    # the goal's first word, hyphenated or followed by a determiner or a number, is read as a verb.
    lead = rules.strip_prefix.match(text)
    first = next((t for t in tokens if t[1] >= (lead.end() if lead else 0)), None)
    if first is not None and first[1] not in chosen and first[0].lower() not in rules.stopwords:
        nxt = next((t for t in tokens if t[1] >= first[2]), None)
        # (a sum counts as a number does: "Save $1,000 this year")
        # (a hyphenated compound none of whose parts English inflects as a verb is an adjective before its noun, no
        # imperative: "Incomplete-tray rate ...", "Same-day discharges ...")
        hyphen_verb = "-" in first[0] and any(_inflects_as_verb(part.lower()) for part in first[0].split("-") if part)
        if nxt is not None and (hyphen_verb or "-" not in first[0] and (
                nxt[0].lower() in _OBJECT_OPENERS or nxt[0].lstrip("$€£")[:1].isdigit())) and (
                hyphen_verb or not first[0].lower().endswith(("ing", "ed", "s"))):
            chosen[first[1]] = (first[2], "action")
    # An imperative the lists do not know opening any sentence ("Extend library opening hours", "Unify
    # contracting certifications"): a word the English word list inflects as a verb (-ed and -ing forms),
    # followed by its object rather than by a preposition or a verb of its own.
    token_starts = [t[1] for t in tokens]
    # The same holds for the verb after a personal subject and a modal ("I will walk two miles every day",
    # "We'll tutor ten students"): the clause's verb, whatever the lists know.
    # (not the people a goal serves: "Customers will receive the survey", "Students will read at grade level" say what
    # happens to or for them, not the work of the unit that owns the goal)
    noun_modal = [m.end() for m in _NOUN_SUBJECT_MODAL.finditer(text) if not _serves_people(m["subject"], rules)] if (
        " will " in text or " shall " in text) else []
    clause_verbs = [m.end() for m in _SUBJECT_MODAL.finditer(text)] + noun_modal
    # After a noun subject a modal's next word is a verb whatever the word list knows of it ("The help desk will
    # rewrite", "Each branch manager will relaunch").
    after_modal = set(noun_modal)
    for s_start in [s for s, _ in _sentences(text)] + clause_verbs:
        i = bisect_left(token_starts, s_start)
        if i + 2 < len(tokens) and _inceptive(tokens, i, text, rules):
            i += 1  # "begin using the new intake form": the work begun is the clause's action
            inceptive = True
        else:
            inceptive = False
        if i + 1 >= len(tokens) or tokens[i][1] in chosen:
            continue
        word, nxt = tokens[i][0], tokens[i + 1][0].lower()
        lower = word.lower()
        if ((lower in rules.stopwords and not inceptive) or lower in rules.time_words or (lower in _INCEPTIVE and nxt.endswith("ing"))
                or (lower.endswith(("ing", "ed", "s", "ly")) and not inceptive)
                or lower in rules.comparatives or lower in rules.generic_words or lower in rules.evaluative
                or re.search(r"[.;:!?,()\n]", text[tokens[i][2]:tokens[i + 1][1]])
                or nxt in PREPOSITIONS or nxt in MODALS or nxt in _FINITE or not nxt.lstrip("$€£")[:1].isalnum()):
            continue
        if inceptive or (s_start in after_modal and lower not in _ADVERBS and lower not in _CLAUSE_TAKING) or _inflects_as_verb(lower):
            chosen[tokens[i][1]] = (tokens[i][2], "action")
    generic_spans = [m.span() for m in rules.generic_phrases.finditer(text)]
    named: dict[tuple[int, int], bool] = {}
    actions = []
    for start, (verb_end, kind) in sorted(chosen.items()):
        if start not in starts or _overlaps(start, verb_end, stop_spans):
            continue
        i = starts[start]
        # A verb form after a determiner or modifier is a noun ("more calls", "the help desk").
        if i > 0 and not re.search(r"[.;:!?,\n]", text[tokens[i - 1][2]:start]) and (
                tokens[i - 1][0].lower() in _NOUN_MARKERS or tokens[i - 1][0].lower() in rules.comparatives
                or _AMOUNT_TOKEN.fullmatch(tokens[i - 1][0])):
            continue  # (after an amount too: "a 15% increase in sales", "3 review sessions")
        # A verb form after a modifier is a noun ("Reliable monitoring and alerting", "closed-loop
        # reporting", "Robust test coverage"); after a function word or at a clause head it stays a
        # verb ("by reducing").
        nxt_word = next((t[0].lower() for t in tokens[i + 1:i + 4] if t[1] >= verb_end), "")
        if (i > 0 and not _clause_head(text, start) and not tokens[i - 1][0].lower().endswith("ly")
                and tokens[i - 1][0].lower() not in _ADVERBS and tokens[i - 1][0].lower() not in _INCEPTIVE
                and (text[start:verb_end].lower().endswith("ing")
                     or (nxt_word and nxt_word not in _OBJECT_OPENERS and nxt_word not in PREPOSITIONS
                         and not nxt_word[:1].isdigit()))
                and not re.search(r"[.;:!?,()\n]", text[tokens[i - 1][2]:start])
                and tokens[i - 1][0][:1].isalpha() and tokens[i - 1][0].lower() not in rules.stopwords
                and tokens[i - 1][1] not in chosen):
            continue
        while i < len(tokens) and tokens[i][1] < verb_end:
            i += 1
        concrete, last_end, taken, wishful, resultative, subject = 0, verb_end, 0, False, False, False
        concrete_words: list[str] = []
        # the head of a "for" phrase in the object: whom or what it is for ("a mentoring programme for new nurses")
        for_head = ""
        opener = tokens[i][0].lower() if i < len(tokens) else ""
        if (text[start:verb_end].lower() == "be" and _PASSIVE_PARTICIPLE.fullmatch(opener)
                and re.search(r"\b(?:will|shall|must)\s{1,3}\Z", text[max(0, start - 12):start], re.IGNORECASE)):
            continue  # "X will be increased": a passive (read by ``_passive_action``), not "be" with an object
        while i < len(tokens) and taken < 10:
            word, w_start, w_end = tokens[i]
            gap = text[last_end:w_start]
            lower = word.lower()
            # "and" / "or" before a verb, or before an adverb and a verb ("and hopefully win"),
            # starts a new clause.
            nxt = i + 2 if (i + 2 < len(tokens) and tokens[i + 1][0].lower().endswith("ly")) else i + 1
            if (re.search(r"[.;:!?()\n]|,\s", gap) or lower in rules.boundaries
                    or _overlaps(w_start, w_end, stop_spans)
                    or (lower in ("and", "or") and nxt < len(tokens)
                        and (rules.action_verbs.match(text, tokens[nxt][1])
                             or rules.vague_verbs.match(text, tokens[nxt][1])))):
                break
            if _subject_before_modal(tokens, i, taken, opener):
                subject = True  # "Grade 4 students will improve ...": the words before the modal are its subject
                break
            if concrete == 0 and not wishful and _graded(word, w_start, text, rules) and not (
                    kind == "action" and taken == 0 and _narrowed_group(tokens, i + 1, rules)) and not (
                    _OPEN_BOUND.search(text, max(0, w_start - 24), w_start)) and not (
                    lower in _INCREMENT_WORDS and _COUNTED_INCREMENT.search(text, max(0, w_start - 24), w_start)):
                wishful = True
            if concrete and (lower in rules.comparatives or lower in rules.evaluative or lower in rules.qualities):
                resultative = True  # "make the onboarding process better": a judged state of the object
            if (word[0].isalpha() and len(word) > 2 and lower not in rules.stopwords
                    and lower not in rules.generic_words and lower not in rules.time_words
                    and not (lower.endswith("ly") and lower not in rules.ly_nouns)
                    and not _inside(w_start, w_end, generic_spans)):
                concrete += 1
                concrete_words.append(lower)
                if any(t[0].lower() == "for" for t in tokens[i - taken:i]):
                    for_head = lower
            # the phrase ends at its last content word ("the portal", not "the portal for")
            last_end = w_end if lower not in rules.stopwords else max(last_end, w_start)
            taken += 1
            i += 1
        end = _trim(text, start, last_end)[1]
        # A kind of artefact with nothing that says which one ("attain a certification", "complete
        # course work") is any artefact, not a particular one; "the portal", "our handbook" point at one.
        # An institution word says whose, not which ("a City certification"); whom or what it is made for says which
        # one ("a mentoring programme for new nurses": the shared definition's "for or by whom"), even when the
        # people are named by a role that is also a post to fill ("nurse", "manager"); a benefit it is for, an
        # abstract noun ("a course for professional development"), does not.
        for_whom = bool(for_head) and not _ABSTRACT_NOUN.search(for_head) and not for_head.endswith(("ment", "ments"))
        artefact_kind = (concrete_words and opener not in _DEFINITE and not for_whom
                         and any(_artefact(w, rules) for w in concrete_words)
                         and all(_artefact(w, rules) or w in rules.institution_words for w in concrete_words)
                         and not re.search(r"\d", text[verb_end:end]) and not _named_sentence(named, text, start, rules)
                         and not _restrictive_function(text, end, rules) and not _TOPIC_AFTER.match(text, end))
        # A bare plural or mass kind of artefact ("Write technical documentation", "Prepare design specifications",
        # "Develop clinical protocols"): with no article, no count and no name, the noun phrase refers to the kind, so
        # its modifiers only say what sort ("technical", "design", "clinical") and any such artefacts would do. Whom
        # it is for, its topic, a relative clause or a name still says which ("for the new expense-claims portal",
        # "that explain the spring discount"); so do people before the noun ("peer mentorship programs").
        bare_kind = (concrete and opener not in _OBJECT_OPENERS and opener not in NUMBER_WORDS and opener not in ("a", "an")
                     and not for_whom and _bare_kind(concrete_words, text, verb_end, end, rules)
                     and not _named_sentence(named, text, start, rules) and not _restrictive_function(text, end, rules)
                     and not _TOPIC_AFTER.match(text, end) and not _RELATIVE_AFTER.match(text, end)
                     and not _recipients_after(text, end, rules))
        if artefact_kind or bare_kind:
            concrete = 0
        # A light verb with an artefact ("do a cost/benefit analysis", "have a signed-off strategy") is
        # the action of making that artefact.
        if (kind != "action" and text[start:verb_end].lower() in _LIGHT_VERBS and opener in ("a", "an", "the")
                and not resultative
                and concrete and any(_artefact(w, rules) for w in concrete_words[:3])):
            kind = "action"
        head = _clause_head(text, start)
        if subject and head:
            continue
        actions.append(Action(start, end, verb_end, kind, concrete, taken, wishful, head))  # type: ignore[arg-type]
    return actions


_FUTURE_MODALS = frozenset({"will", "shall"})


def _subject_before_modal(tokens: list[tuple[str, int, int]], i: int, taken: int, opener: str) -> bool:
    """Whether the token at ``i`` is a future modal with a verb after it, closing a short bare noun group that opened
    with the supposed verb ("Grade 4 students will", "Ward 7 nurses will", "Level 3 staff will"): an English clause has
    its subject before the modal, so the opening word names that subject (a noun that is also a verb: grade, ward,
    level) and is no imperative. An object with an article or determiner ("Build a portal patients will use") is a
    verb's object with a reduced relative after it, and stays."""
    if tokens[i][0].lower() not in _FUTURE_MODALS or not 1 <= taken <= 3 or i + 1 >= len(tokens):
        return False
    return opener not in _OBJECT_OPENERS and opener not in ("a", "an") and tokens[i + 1][0][:1].islower()


# A topic after a kind of artefact, or the audience it goes to, says which one, also where a date cuts the object
# short ("a presentation on Q1 safety incidents", "a report about ...", "a presentation to the board each quarter").
_TOPIC_AFTER = precompiled(r"\s{1,3}(?:on|about|of|covering|describing|explaining|summari[sz]ing|"
                          r"to\s{1,3}(?:the|our|its|their|my|all|each|every))\s", re.IGNORECASE)
# A relative clause after an object says which one ("programs that will conserve water", "staff who work nights").
_RELATIVE_AFTER = precompiled(r"\s{0,3},?\s{0,3}(?:that|which|who|whose|where)\s", re.IGNORECASE)


_TO_GROUP = precompiled(r"\s{1,3}to\s{1,3}(?P<group>[a-z][a-z-]+(?:\s{1,3}[a-z][a-z-]+){0,2})\b(?=\s*(?:$|[.;,:!?)]|"
                       r"(?:on|at|in|by|every|each|within|before|after|and|monthly|weekly|daily|quarterly)\b))")


def _recipients_after(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the object ending at ``start`` is followed by the people it goes to, as "to" and a plural noun phrase
    ("distribute accurate reports to department heads", "send summaries to clients"): who receives them says which
    ones, as whom they are for does; "to" before a verb ("to improve retention") is a purpose."""
    m = _TO_GROUP.match(text, start)
    if m is None:
        return False
    words = m["group"].split()
    if rules.action_verbs.match(text, m.start("group")) or rules.vague_verbs.match(text, m.start("group")):
        return False
    last = words[-1]
    return (_reaches_people(m["group"], rules) or last in _MORE_PEOPLE
            or (last.endswith("s") and not last.endswith("ss") and _has_plural(last[:-1])
                and all(_noun_modifier(w, rules) for w in words[:-1]) and len(words) > 1))


def _bare_kind(words: list[str], text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether a bare object (no article, no count) names only a kind of artefact: its head, the last content word
    before a preposition, is a plural or mass artefact noun ("specifications", "documentation", "materials"), no
    number or capitalised name is in it and no modifier names people ("peer", "patient", "staff")."""
    obj = text[start:end]
    if re.search(r"\d", obj):
        return False
    head_words = []
    for word in letter_words(obj):
        lower = word.lower()
        if lower in PREPOSITIONS or lower in ("and", "or"):
            break
        head_words.append(lower)
    if not head_words or head_words[-1] != words[-1]:
        return False  # a place or topic after the noun says which ones ("new lighting in the north garage")
    head = head_words[-1]
    # (a nominalisation stands bare as a mass noun: "documentation", "training", "mentorship")
    mass_or_plural = (head.endswith("s") and head[:-1] in rules.artefact_words) or (
        head in rules.artefact_words and (not _has_plural(head) or head.endswith(("ation", "ing", "ship"))))
    return mass_or_plural and not any(
        _reaches_people(w, rules) or w in _MORE_PEOPLE or w in rules.institution_words or _kind_noun(w, rules)
        for w in head_words[:-1])


# Underived adjectives, the core types of English adjectives (dimension, age, value, physical property, speed,
# position; Dixon 1982, "Where have all the adjectives gone?"), which no suffix marks as adjectives.
_PLAIN_ADJECTIVES = frozenset({"old", "new", "bad", "good", "main", "minor", "major", "big", "small", "large", "long",
                               "short", "high", "low", "full", "quick", "fast", "slow", "weak", "strong", "hard", "easy",
                               "free", "open", "fresh", "young", "true", "wrong", "right", "real", "common", "simple",
                               "late", "early", "whole", "same", "other", "own", "rough", "plain", "basic", "fine"})
# Suffixes that end adjectives and nouns alike ("efficient"/"incident", "regulatory"/"inventory",
# "accurate"/"template", "regular"/"calendar"): the word is a noun when the word list holds its plural.
_EITHER_SUFFIX = precompiled(r"(?:ent|ant|ary|ory|ate|ar)$")


def _kind_noun(word: str, rules: GoalRules) -> bool:
    """Whether a word before the head of a bare object is a noun that says which kind of thing it is, as a compound's
    first part ("accounts payable files", "incident reports", "payroll records", "safety inspection checklists"), as
    much as a "for"/"of" phrase would; an adjective of quality ("effective", "technical", "better", "clear") only says
    what sort, and a generic noun ("process documentation") or a participle ("training videos") says no more; nor does
    a noun that is also a verb ("design documentation", "research papers", "test plans"): it names the sort of work
    the artefact records, as the participle does, not a thing of its own."""
    if not _noun_modifier(word, rules) or word in rules.generic_words or word in rules.qualities \
            or word in rules.time_words or word in _PLAIN_ADJECTIVES or "-" in word or _inflects_as_verb(word):
        return False
    if _EITHER_SUFFIX.search(word):
        return _has_plural(word) or (word.endswith("y") and _has_plural(word[:-1] + "ie"))
    return True


# A change named as a noun ("a 15% increase"): how far, but not of what.
_CHANGE_NOUNS = frozenset({"increase", "increases", "decrease", "decreases", "reduction", "reductions", "improvement",
                           "improvements", "growth", "rise", "drop", "decline", "cut", "cuts", "gain", "gains", "change"})
# An amount right before a verb form makes it a noun: a percentage, a sum, or a count that is no year.
_AMOUNT_TOKEN = precompiled(r"[$€£]\d[\d,.]*[km]?|\d[\d,.]*%|(?!(?:19|20)\d\d\b)\d[\d,.]*")


_QUANTITY_COMPARATIVES = frozenset({"more", "fewer", "less"})


def _narrowed_group(tokens: list[tuple[str, int, int]], i: int, rules: GoalRules) -> bool:
    """Whether the words after a quantity comparative name a narrowed group ("more education staff",
    "more warehouse staff"): two content words, the first a modifier that says which, not a judged
    quality. "more trainings", "more emails" name no particular group; "more efficient processes" is a
    quality."""
    if i < 1 or tokens[i - 1][0].lower() not in _QUANTITY_COMPARATIVES:
        return False
    words = [t[0].lower() for t in tokens[i:i + 2]]
    return (len(words) == 2 and all(w[:1].isalpha() and len(w) > 2 for w in words)
            and not any(w in rules.stopwords or w in rules.boundaries or w in rules.comparatives or w in rules.evaluative
                        or w in rules.time_words for w in words)
            and not _ADJECTIVE_SHAPE.search(words[0]) and not words[0].endswith(("ly", "er", "est")))


_FINITE = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did"})


# Verbs of saying and thinking take a clause, not an object ("75% of users will say the library's services meet their
# expectations"): what follows them is a proposition, not the thing acted on.
_CLAUSE_TAKING = frozenset({"say", "state", "agree", "feel", "believe", "think", "indicate", "know", "find", "confirm"})
# Inceptive aspectual verbs: their complement is the work itself ("begin scanning pallets", "start using the form").
_INCEPTIVE = frozenset({"begin", "begins", "start", "starts", "commence", "commences", "resume", "resumes"})


def _inceptive(tokens: list[tuple[str, int, int]], i: int, text: str, rules: GoalRules) -> bool:
    """Whether ``tokens[i]`` is an inceptive verb followed directly by a gerund that opens the work begun ("begin
    using", "start scanning"); "start thinking about", "begin working on" stay what they are, an effort."""
    if tokens[i][0].lower() not in _INCEPTIVE or re.search(r"[.;:!?,()\n]", text[tokens[i][2]:tokens[i + 1][1]]):
        return False
    gerund = tokens[i + 1][0].lower()
    return (gerund.endswith("ing") and len(gerund) > 4 and gerund not in ("being", "having")
            and tokens[i + 2][0].lower() not in PREPOSITIONS)


_ADVERBS = frozenset({"maybe", "perhaps", "also", "then", "just", "first", "still", "again", "further", "soon", "now",
                      "always", "never", "often", "jointly", "together", "finally", "fully", "successfully"})
_DEFINITE = frozenset({"the", "my", "our", "your", "their", "his", "her", "its", "this", "these", "those", "each",
                       "every", "all"})
_LIGHT_VERBS = frozenset({"do", "does", "did", "doing", "have", "has", "having", "make", "makes", "making", "get",
                          "gets", "getting"})


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence that holds ``pos`` (a binary search over the cached sentence spans)."""
    spans = _sentences(text)
    i = bisect_right(_sentence_starts(text), pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return 0, len(text)


@lru_cache(maxsize=8)
def _sentence_starts(text: str) -> list[int]:
    return [s for s, _ in _sentences(text)]


def _artefact(word: str, rules: GoalRules) -> bool:
    """A kind of artefact ("course", "certifications", "analysis")."""
    return word in rules.artefact_words or (word.endswith("s") and word[:-1] in rules.artefact_words)


_HEAD_BEFORE = precompiled(
    r"(?:^|[.!?;:]\s*|\n\s*(?:[-*•]\s*)?|\b(?:and|also|plus|then)\s+(?:also\s+)?(?:to\s+)?|,\s*(?:and\s+)?|"
    r"\b(?:will|to|shall|should|must|can|going\s+to|plan\s+to|want\s+to|need\s+to|aim\s+to|by|through|via)\s+|"
    r"\b(?:i|we)\s+|\b(?:i|we|you|they)['’]ll\s+|\b(?:begin|begins|start|starts|commence|commences|resume|resumes)\s+)$",
    _FLAGS,
)


_ADVERB_BEFORE = precompiled(r"[a-z]{2,20}ly\s+\Z")


@lru_cache(maxsize=64)  # one goal asks about the same word several times (its actions, deliverables, clauses)
def _clause_head(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start]
    if _NON_SPACE.search(text, 0, start) is None:
        return True  # the goal's first word (after a blanked label)
    if _HEAD_BEFORE.search(before):
        return True
    without_adverb = _ADVERB_BEFORE.sub("", before)
    return without_adverb != before and bool(_HEAD_BEFORE.search(without_adverb))


# An effort verb aimed at a target ("strive for", "work towards", "aim at"): what follows is the result sought.
_TARGET_PREPOSITION = precompiled(r"\s{0,3}(?:for|towards?|at)\s{1,3}\Z", re.IGNORECASE)


def _counted_target(action: Action, text: str, measures: list[Hit]) -> bool:
    """Whether an effort verb's object is a counted result ("We strive for zero lost-time accidents"): the
    verb names a target by its preposition, and a quantity on a concrete noun opens that target, so the
    result is named as a quantity on an object even though the verb only names the effort."""
    gap = len(text[action.verb_end:action.end]) - len(text[action.verb_end:action.end].lstrip())
    opening = action.verb_end + gap
    if not _TARGET_PREPOSITION.search(text, max(0, action.verb_end - 12), action.verb_end) and not re.match(
            r"(?:for|towards?|at)\s", text[opening:], re.IGNORECASE):
        return False
    target = re.match(r"(?:(?:for|towards?|at)\s{1,3})?", text[opening:], re.IGNORECASE)
    start = opening + target.end()
    counted = [w for w in letter_words(text[start:action.end])
               if len(w) > 2 and w.lower() not in NUMBER_WORDS and w.lower() not in ("percent", "per", "cent")]
    return bool(counted) and action.concrete_words >= 1 and any(
        m.start == start and m.end <= action.end and (m.rule in _AMOUNT_RULES or m.rule == "measure.threshold")
        for m in measures)


# Looking for ways to act is not acting: an action in the complement of an exploration ("Explore ways to
# reduce churn", "Look for opportunities to partner with Acme", "Investigate how to automate billing") is
# what the person will look at, not a result they commit to, and the exploring verb's own object ("ways",
# "options") is none either (the guides' "Explore different strategies", "Explore opportunities to ...
# increase average compensation" are not specific).
_EXPLORE_FRAME = precompiled(
    r"(?<![A-Za-z])(?:explor|look(?:ing|s|ed)?\s{1,3}(?:for|into|at)\b|investigat|research|consider|examin|stud(?:y|ies|ied|ying)\b|"
    r"seek|search(?:es|ed|ing)?\s{1,3}for\b|find|identif(?:y|ies|ied|ying)\b|brainstorm|evaluat|assess|discuss|"
    r"pursu)[a-z]{0,5}\s{1,3}"
    r"(?:(?:(?:new|possible|potential|different|other|more|further|alternative|innovative|creative|additional|"
    r"various|some|any|the|our|better)\s{1,3}){0,3}"
    r"(?:ways|opportunities|options|possibilities|avenues|approaches|strategies|ideas|methods)\s{1,3}"
    r"(?:to|for)|how\s{1,3}(?:best\s{1,3})?(?:to|we\s{1,3}(?:can|could|might))|whether\s{1,3}(?:to|we\s{1,3}(?:can|could))|"
    r"if\s{1,3}we\s{1,3}(?:can|could))\s", re.IGNORECASE)

# The same verbs with only the kind of thing sought as the whole object ("Pursue additional funding opportunities",
# "Seek new revenue streams", "Identify cost-saving options."): which ones is what the search is to find.
_SOUGHT_KIND = precompiled(
    r"(?<![A-Za-z])(?:explor|look(?:ing|s|ed)?\s{1,3}(?:for|into|at)\b|investigat|research|seek|search(?:es|ed|ing)?\s{1,3}for\b|"
    r"find|identif(?:y|ies|ied|ying)\b|pursu)[a-z]{0,5}\s{1,3}"
    r"(?:(?:new|possible|potential|different|other|more|further|alternative|innovative|creative|additional|"
    r"various|some|any|the|our|better|emerging|untapped)\s{1,3}){0,3}(?:[a-z][a-z-]{2,20}\s{1,3}){0,2}"
    r"(?:opportunities|options|possibilities|avenues|sources|streams)(?:\s{1,3}of\s{1,3}[a-z][a-z-]{2,20})?\s{0,3}(?:[.;!?]|\Z)",
    re.IGNORECASE)

# Progress or motion whose destination is the "toward(s)" phrase after it: that phrase is the goal itself.
_OWN_DESTINATION = precompiled(r"\b(?:progress|work(?:s|ed|ing)?|mov(?:e|es|ed|ing)|head(?:s|ed|ing)?|striv(?:e|es|ed|ing)|"
                               r"push(?:es|ed|ing)?|continu(?:e|es|ed|ing)|advanc(?:e|es|ed|ing))\s{1,3}\Z", re.IGNORECASE)


def _explored(action: Action, text: str) -> bool:
    """Whether the action explores ("Explore ways", "Investigate options to ...") or stands after an
    exploration in its sentence ("Explore ways to <action>", "... ways to write and <action>", "... ways to
    achieve X by <action>"): the rest of the sentence is what is explored."""
    if _EXPLORE_FRAME.match(text, action.start) or _SOUGHT_KIND.match(text, action.start):
        return True
    start = _sentence_of(text, action.start)[0]
    # a clause of its own after the exploration ("..., and deliver the Q3 report by June") is work committed to
    return any(not re.search(r";|,\s{0,3}(?:and|then|also|plus)\s", text[m.end():action.start])
               for m in _EXPLORE_FRAME.finditer(text, start, action.start))


# A heading of two coordinated verbs over coordinated bare plurals ("Renew and Maintain Roads and Sidewalks", "Attract
# and Retain Residents and Visitors"): each verb and each noun names a kind, so the pair spans an area of work, not a
# result; a determiner, a name, a number or a scope phrase ("Repair and reopen the Elm Street footbridge") says which.
_BARE_CONJUNCT = r"(?:[A-Za-z][a-z-]{1,25}\s{1,3}){0,2}[A-Za-z][a-z-]{1,25}"
_PAIRED_VERBS = precompiled(rf"(?P<v1>[A-Za-z][a-z]{{2,20}}),?\s{{1,3}}(?:and|&)\s{{1,3}}(?P<v2>[A-Za-z][a-z]{{2,20}})"
                            rf"(?P<obj>\s{{1,3}}{_BARE_CONJUNCT}(?:\s{{0,3}},\s{{0,3}}{_BARE_CONJUNCT})*"
                            rf"\s{{0,3}},?\s{{1,3}}(?:and|&)\s{{1,3}}{_BARE_CONJUNCT})\s{{0,3}}[.!?]?\s{{0,3}}\Z")
_MASS_HEADS = frozenset({"equipment", "infrastructure", "housing", "transportation", "transit", "recreation", "tourism",
                         "employment", "heritage", "culture", "arts", "wildlife", "greenspace"})


def _paired_verbs_on_kinds(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action is the second of two coordinated verbs opening its sentence, or lies in their object, and
    that object is a coordination of bare plural kinds with nothing after it."""
    s_start, s_end = _sentence_of(text, action.start)
    lead = len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip(" \t-–—•*"))
    m = _PAIRED_VERBS.match(text[:s_end], s_start + lead)
    if m is None or action.start < m.start("v2") or not all(
            any(r.match(text, m.start(v)) for r in (rules.action_verbs, rules.vague_verbs, rules.effort_verbs))
            or _inflects_as_verb(m.group(v).lower()) for v in ("v1", "v2")):
        return False
    conjuncts = [c.split() for c in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("obj").strip()) if c.strip()]
    if len(conjuncts) < 2 or any(w.lower() in _DETERMINERS or w.lower() in rules.stopwords for c in conjuncts for w in c):
        return False
    heads = [c[-1].lower() for c in conjuncts]
    return all((h.endswith("s") and not h.endswith("ss")) or h in _MASS_HEADS for h in heads) and any(
        h.endswith("s") for h in heads)


# A focus statement: a group named as the subject ("Primary schools", "The nursing team") will focus on a subject of
# work. With a concrete subject of two words or an identified one ("Year 4 reading", "Grade 7 fractions", "audits on
# Ward 7") it says who works on what; an abstraction ("student success") or a verb ("improving outcomes") does not.
_FOCUS_VERB = precompiled(r"(?:re-?)?focus(?:es|ed|ing)?\s{1,3}on\b|concentrat(?:e|es|ing)\s{1,3}on\b", re.IGNORECASE)
_FOCUS_SUBJECT = precompiled(r"(?:^|[.!?:;\n])\s{0,3}(?:(?:the|our|all|every|each|this|its|their)\s{1,3})?"
                             r"(?P<subject>(?:[A-Za-z][\w'’-]{1,30}\s{1,3}){0,3}?[A-Za-z][\w'’-]{1,30})\s{1,3}"
                             r"(?:will|shall|must|should|are\s{1,3}to|is\s{1,3}to|to)\s{1,3}(?:(?:also|then|now)\s{1,3})?\Z", re.IGNORECASE)
_IDENTIFIED = precompiled(r"\b[A-Z][a-z]{1,12}(?:\s{1,3}[A-Z][a-z]{1,12})?\s{1,3}\d{1,2}\b")
_PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "everyone", "everybody", "staff"})


def _concrete_focus(action: Action, text: str, rules: GoalRules) -> bool:
    if not _FOCUS_VERB.match(text, action.start):
        return False
    subject = _FOCUS_SUBJECT.search(text, 0, action.start)
    if subject is None or subject.group("subject").lower() in _PRONOUN_SUBJECTS or any(
            w.lower() in rules.stopwords for w in subject.group("subject").split()):
        return False
    words = re.findall(r"[A-Za-z][\w-]{1,30}", text[action.verb_end:action.end])
    if not words or (words[0].lower().endswith("ing") and (_inflects_as_verb(words[0][:-3].lower())
                                                         or _inflects_as_verb(words[0][:-3].lower() + "e"))):
        return False  # "focus on improving outcomes": the verb after it is the goal's action
    if any(w.lower() in rules.evaluative or w.lower() in rules.comparatives for w in words):
        return False
    identified = _IDENTIFIED.search(text, action.verb_end, action.end) is not None
    return action.concrete_words >= 2 or (identified and action.concrete_words >= 1)


# People nouns beyond the beneficiary and own-people lists, for a counted group ("40 new parents", "15 contractors").
_MORE_PEOPLE = wordset("""parents adults seniors elders women men kids infants participants applicants candidates partners
providers readers subscribers shoppers buyers drivers riders patrons attendees owners vendors suppliers contractors
homeowners homebuyers borrowers farmers businesses employers households individuals persons retirees trainees interns
mentees newcomers hires refugees immigrants survivors teens teenagers toddlers newborns""")


_JUDGING_VERBS = (r"(?:love|loves|want|wants|trust|trusts|value|values|enjoy|enjoys|recommend|recommends|choose|chooses|"
                  r"prefer|prefers|feel|feels|thrive|thrives|flourish|flourishes|belong|belongs|succeed|succeeds|grow|grows)")
_CHARACTERISATION = precompiled(
    # "a product that customers love", "a workplace where top talent thrives": a kind of thing defined by how
    # others feel or fare with it; "the library as a community gathering place": a status to be held
    r"\s{1,3}(?:where|that|which)\s{1,3}(?:[\w'’-]+\s{1,3}){1,3}?" + _JUDGING_VERBS + r"\b"
    r"|\s{1,3}as\s{1,3}(?:a|an)\s{1,3}[A-Za-z]", re.IGNORECASE)
_ABSTRACT_NOUN = precompiled(r"[a-z]{2}(?:ity|ities|ness|ism|ance|ence|hood|dom)$")
_ADJECTIVE_SHAPE = precompiled(r"[a-z]{2}(?:al|ic|ive|ous|ful|able|ible)$")


# A restrictive subject relative right after an object: "that"/"which" (no comma) and a present-tense verb.
_SUBJECT_RELATIVE = precompiled(r"\s{1,3}(?:that|which)\s{1,3}(?P<verb>[a-z]{3,}s)\s{1,3}(?P<rest>[^.;:!?,()\n]{3,80})")


def _restrictive_function(text: str, end: int, rules: GoalRules) -> bool:
    """Whether the artefact ending at ``end`` is identified by what it does: a restrictive subject relative with a
    verb and a concrete object ("a dashboard that shows open tickets by team", "a form which lists each dose"),
    which says which one is meant; not how others feel or fare with it ("a product that customers love": the
    relative's subject is someone else) and not a state ("a system that is better")."""
    m = _SUBJECT_RELATIVE.match(text, end)
    if m is None or m["verb"] in ("is", "was", "has", "does") or _CHARACTERISATION.match(text, end):
        return False
    verb = m["verb"][:-2] if m["verb"].endswith(("shes", "ches", "xes", "sses")) else m["verb"][:-1]
    if verb.endswith("ie"):
        verb = verb[:-2] + "y"
    if not _inflects_as_verb(verb) or verb in rules.comparatives:
        return False
    words = [w.lower() for w in letter_words(m["rest"])]
    return any(len(w) > 2 and w not in rules.stopwords and w not in rules.generic_words and w not in rules.time_words
               and w not in rules.comparatives and w not in rules.evaluative for w in words[:6])


def _has_plural(word: str) -> bool:
    """Whether the English word list (SCOWL) holds a plural of ``word``, so it can be a count noun ("fairs")."""
    from assistant.names import lexicon

    return word + "s" in lexicon().common


def _noun_modifier(word: str, rules: GoalRules) -> bool:
    """Whether ``word`` can be a noun modifying the next word ("job" in "job fair"): a content word that is no
    adjective by its list or its shape, no adverb and no participle."""
    return (len(word) > 2 and word not in rules.stopwords and word not in rules.evaluative
            and word not in rules.comparatives and not _ADJECTIVE_SHAPE.search(word)
            and not word.endswith(("ly", "ed", "ing", "iest")) and word.isalpha())
_AMOUNT_RULES = frozenset(["measure.percent", "measure.from_to", "measure.count", "measure.money", "measure.multiplier"])


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The goal's sentence spans (several steps ask for them; computed once per text)."""
    return tuple(sentence_spans(text))


_PASSIVE = precompiled(
    r"\b(?:will\s{1,3}be|shall\s{1,3}be|must\s{1,3}be|is|are|gets?|get)\s{1,3}(?P<adverb>[a-z]{2,20}ly\s{1,3})?"
    r"(?P<participle>[a-z]{2,30}ed|built|held|sent|done|made|run|set|paid|taught|written|sold|led|won|given|taken|shown|"
    r"drawn|grown|known|seen|chosen|brought|bought|found|met)\b", re.IGNORECASE)
_PASSIVE_PARTICIPLE = precompiled(_PASSIVE.pattern.split("(?P<participle>")[1].rsplit(")", 1)[0], re.IGNORECASE)
def _serves_people(phrase: str, rules: GoalRules) -> bool:
    """Whether the phrase names the people a goal serves ("patient care", "for families")."""
    return any(w in rules.beneficiaries or stem(w) in rules.beneficiaries
               for w in (w.lower() for w in letter_words(phrase)))


# The organisation's own people: a purpose that reaches them ("to help the sales team close more deals", "to reduce
# the workload of our support staff", "to give managers better data") goes beyond the goal's action as a purpose
# that reaches the people it serves does.
_OWN_PEOPLE = wordset("""staff staffs team teams colleague colleagues coworker coworkers co-worker co-workers manager
managers supervisor supervisors leader leaders leadership executive executives nurse nurses physician physicians
clinician clinicians doctor doctors teacher teachers faculty educator educators engineer engineers developer developers
agent agents representative representatives personnel workforce hires recruits trainees interns newcomers apprentices""")


def _reaches_people(phrase: str, rules: GoalRules) -> bool:
    """Whether a purpose names people beyond the goal's own work: those it serves or the organisation's own."""
    return _serves_people(phrase, rules) or any(w.lower() in _OWN_PEOPLE for w in letter_words(phrase))
_NON_SPACE = precompiled(r"\S")
