"""The person's own requests, decisions, reports and needs: a characteristic told as the person's own act (asking
for an arrangement, deciding to retire, reporting a condition, needing time for it) is their narrative, not a
judgement of them; another's asking, urging or deciding for them keeps the flag."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analyzers.bias.doc import (
    _REPORT_BOUNDARIES,
    _REPORT_LEADS,
    _REPORT_VERDICTS,
    _could_be_a_name,
    _names_a_person,
)
from assistant.analyzers.bias.grammar import (
    _CLAUSE_GAP_RE,
    _DIRECTIVES,
    _PERSON_PRONOUNS,
    _TIE_REACH,
    CALENDAR_WORDS,
    DETERMINERS,
    NEGATORS,
    NOUN_PREPOSITIONS,
    POSSESSIVES,
    PRONOUNS,
    STANCE_WORDS,
)
from assistant.analyzers.bias.holders import _FRONTED_REACH
from assistant.analyzers.bias.judgement import (
    _purpose_modal,
)
from assistant.text import (
    MODALS,
)

# What may stand between 'and' and a verb of request in a coordinated predicate ("and has asked", "and now prefers").
_REQUEST_AUXILIARIES = frozenset(["has", "have", "had", "is", "was", "also", "now", "then", "already", "recently",
                                  "since", "always"])


# The person's own choice whether to retire (_OwnChecks._own_retirement_choice): the verb 'retire' as the
# infinitive complement of a verb of deciding or choosing whose subject is the person (subject control: the matrix
# subject is the understood subject of the infinitive; Huddleston & Pullum 2002, The Cambridge Grammar of the English
# Language, 14.1-14.2, catenative complements; Quirk et al. 1985, 16.38). Under the ADEA (29 U.S.C. 623(f)(2)(B),
# the Older Workers Benefit Protection Act 1990) retirement is the employee's voluntary choice; the person's own
# deciding told as a fact is their narrative, while the EEOC's age guidance lists another's asking, urging or
# expecting it as the age remark (those have another subject or a modal outside the frame and stay flagged).
_CHOICE_VERBS = frozenset(["decide", "decides", "decided", "deciding", "choose", "chooses", "chose", "choosing",
                           "opt", "opts", "opted", "opting", "elect", "elects", "elected", "electing",
                           # intention ("I intend to retire next year", "I was not planning to retire this year")
                           "intend", "intends", "intended", "intending", "plan", "plans", "planned", "planning"])
_MAKE_FORMS = frozenset(["make", "makes", "made", "making"])  # 'make up one's mind' (OED: decide)
_RETIRE_VERBS = frozenset(["retire"])  # the base form an infinitive takes
_CHOICE_SUBJECTS = frozenset(["he", "she", "they", "i", "we"])
# A time adverbial after the verb ("to retire this year", "to retire next spring") is no object.
_TIME_NOUNS = frozenset(["year", "month", "week", "day", "quarter", "season", "spring", "summer", "autumn", "fall",
                         "winter", "term", "semester"])
# What may stand between that subject and the choosing verb: past and perfect auxiliaries, a modal of ability and
# its negation (the person's own indecision: "couldn't make up his mind"), adverbs of time. A modal of obligation or
# expectation there ("should decide", "needs to decide", "will decide") is the writer's and keeps the flag.
_CHOICE_AUXILIARIES = frozenset(["did", "didn", "could", "couldn", "t", "not", "had", "has", "have", "hadn", "was",
                                 "finally", "eventually", "recently", "then", "later", "also", "once", "never"])

# The person's own retirement told as a statement (_OwnChecks._own_retirement_told): the verb 'retire' in a
# declarative clause whose subject is the person, with only the auxiliaries of tense and aspect in its verb group
# (Quirk et al. 1985, 3.30-3.32 and 4.41-4.46: 'will'/'shall' and 'be going to' of plain future, the progressive of an
# arranged event: "Susan will be retiring from UB", "he will retire", "she's retiring on January 6"), or the person
# looking forward to it. Under the ADEA the decision to retire is the employee's (29 U.S.C. 623(f)(2)(B)); the EEOC's
# age guidance names another's asking, urging or expecting it as the remark, and those keep a modal of obligation or
# possibility ("should retire", "may be time to retire"), an asking verb, a wh-word or a judgement around them.
_TOLD_AUXILIARIES = frozenset(["will", "ll", "shall", "is", "are", "was", "were", "am", "s", "re", "m", "be", "been",
                               "has", "have", "had", "going", "to", "officially", "finally", "soon", "now", "also",
                               "then", "recently", "formally"])
_TOLD_FORMS = frozenset(["retire", "retiring"])
_FUTURE_AUXILIARIES = frozenset(["will", "ll", "shall"])
# Words that ask about a retirement or press it on the person ("asked", "wondered", "urged"); for a retirement told
# as a statement also a wh-word or 'until' put to it and a dismissal ("he will retire soon anyway": a reason not to
# invest in him).
_ASKING = frozenset(["ask", "asks", "asked", "asking", "inquired", "inquire", "inquires", "inquiring", "wonder",
                     "wondered", "wonders", "question", "questioned", "pressed", "pushed", "urged", "nudged"])
_ASKING_TOLD = _ASKING | {"when", "whether", "why", "until", "anyway", "anyhow"}

# Verbs that name a shortfall to make up after 'need to' ("needs to improve", "needs to catch up"): a quality, not an
# arrangement the person asks for (_OwnChecks._own_need).
_SHORTFALL_VERBS = frozenset(["improve", "concentrate", "focus", "catch", "step", "try", "perform", "sharpen", "prove",
                              "learn", "rethink", "reconsider", "slow"])



class _OwnChecks:
    """The person's own acts about a characteristic (mixed into the checker with the holder checks)."""

    def _own_request(self, i: int, j: int, lo: int, hi: int, reported_only: bool = False) -> bool:
        """Is the characteristic ``i..j`` told with the person's own request or preference for an arrangement, and
        nothing judged? Its clause opens with the person (a name or he/she/they) and a predicate of the same
        subject is coordinated right after it, headed by a verb of asking or preferring (vocabulary
        `request_verbs`, after at most two auxiliaries or adverbs): "Hiro has a stammer and prefers written
        questions", "Lin is pregnant and has asked not to handle the solvents". The request is the person's, as
        JAN and the EEOC describe the start of an accommodation; what it asks for (its own clause, negations
        included) is no judgement. After that clause the writer may tell the arrangement ("so she is running the
        intake desk", "which the team now sends on Friday"). With ``reported_only`` (age) only a wish the person is
        told to have stated counts ("is 66 and has told us she wants to keep working"): a preference the writer
        puts beside an age ("is from a different generation and prefers phone calls") is the stereotype the age
        rules name. A judging word there (as for ``_own_report``: "so I
        doubt she can lead the lab") or in the next sentences keeps the characteristic to the rule."""
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        requests = vocab.get("request_verbs", frozenset())
        if not requests:
            return False
        start = i
        while start > lo and not _CLAUSE_GAP_RE.search(doc.gap(start)):
            start -= 1
            if i - start > _FRONTED_REACH:
                return False  # bounded on hostile input: no subject this far back
        subject = words[start]
        if not (subject in ("he", "she", "they") or (self._is_name(start, lo) and _could_be_a_name(doc.raw(start)))):
            return False
        link = next((k for k in range(j + 1, min(hi, j + 3) + 1) if words[k] == "and"), None)
        if link is None or any(_CLAUSE_GAP_RE.search(doc.gap(k)) and not (k == link and doc.gap(k).strip() == ",")
                               for k in range(j + 1, link + 1)):
            return False
        verb = None
        for k in range(link + 1, min(hi, link + 3) + 1):
            if words[k] in requests and not reported_only:
                verb = k
                break
            if words[k] in vocab.get("reporting_verbs", frozenset()):
                verb = self._reported_wish(k, subject, hi)  # "is 66 and has told us she wants to keep working"
                break
            if words[k] not in _REQUEST_AUXILIARIES:
                return False
        if verb is None:
            return False
        end = verb + 1
        while end <= hi and not _CLAUSE_GAP_RE.search(doc.gap(end)):
            end += 1
        judging = vocab.get("assessment", frozenset()) | vocab.get("decisions", frozenset()) | vocab.get(
            "doubts", frozenset()) | vocab.get("person_decisions", frozenset()) | vocab.get("costs", frozenset()) | (
            vocab.get("unsuitability", frozenset()))
        inert = self._inert_cues(lo)
        for k in range(end, min(hi, end + 2 * _FRONTED_REACH) + 1):
            word = words[k]
            if k in inert or _purpose_modal(doc, k, lo):
                continue
            if word in judging or word in _REPORT_VERDICTS or (word in NEGATORS and word != "ill") or word == "him" or (
                    word == "her" and self._object_her(k, hi)):
                return False
        if hi > end + 2 * _FRONTED_REACH:
            return False  # a sentence too long to read to its end: left to the rule
        return not (self._tied_next(hi) or self._decided_later(hi))

    def _own_retirement_choice(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the match ``i..j`` the verb 'retire' told as the person's own choice, and nothing judged? It is the
        infinitive complement of a verb of deciding or choosing (``_CHOICE_VERBS``, 'make up one's mind'), with only
        'whether', 'if', 'or not' or 'not' between ("couldn't make up his mind whether or not to retire", "decided
        not to retire", "chose to retire early"), and the choosing verb's subject opens its clause: he, she, they, I,
        we or a name, after at most three auxiliaries, negators or adverbs. Subject control makes the person the one
        who retires, and the clause tells their deliberation. The modal or negation of the choosing verb is part of
        that deliberation, not a judgement; any other judgement cue in the sentence (a modal, a decision or a
        negation outside the frame: "he can't decide whether to retire, so he should not lead"), a wh-question or
        asking verb around it ("asked when he would decide to retire"), or a judgement in the next sentence keeps
        the flag. See ``_CHOICE_VERBS``."""
        doc, words = self.doc, self.doc.words
        if i != j or words[i] not in _RETIRE_VERBS or i - 2 < lo or words[i - 1] != "to":
            return False
        if i + 1 <= hi and not _CLAUSE_GAP_RE.search(doc.gap(i + 1)) and (
                words[i + 1] in PRONOUNS or words[i + 1] in POSSESSIVES or words[i + 1] in DETERMINERS or (
                    self._is_name(i + 1, lo) and _could_be_a_name(doc.raw(i + 1)))) and not (
                i + 2 <= hi and (words[i + 2] in _TIME_NOUNS or words[i + 2] in CALENDAR_WORDS)):
            return False  # transitive: "decided to retire him", "chose to retire the old press" is another's act
        k = i - 2
        if words[k] == "not":
            k -= 1
            if k >= lo and words[k] == "or":
                k -= 1
        if k >= lo and words[k] in ("whether", "if"):
            k -= 1
        if k < lo:
            return False
        if words[k] in _CHOICE_VERBS:
            head = k
        elif words[k] == "mind" and k - 3 >= lo and words[k - 1] in POSSESSIVES and words[k - 2] == "up" and (
                words[k - 3] in _MAKE_FORMS):
            head = k - 3
        else:
            return False
        start = head
        for _ in range(4):
            if start - 1 < lo or _CLAUSE_GAP_RE.search(doc.gap(start)):
                break
            start -= 1
        subject = start
        while subject < head and not (words[subject] in _CHOICE_SUBJECTS or (
                self._is_name(subject, lo) and _could_be_a_name(doc.raw(subject)))):
            subject += 1
        if subject >= head or any(words[m] not in _CHOICE_AUXILIARIES for m in range(subject + 1, head)):
            return False
        if "?" in doc.after(hi):
            return False  # a question about it ("When did he decide to retire?") is asked of the person
        frame = range(subject, i + 1)
        if subject > lo and words[subject - 1] in ("when", "whether", "if", "why"):
            return False  # its time or its fact put in question: "asked when he planned to retire"
        own = words[subject] in ("i", "we")  # the writer's own choice: no one else is judged by it
        if self._retirement_questioned(lo, hi, frame, own, _ASKING):
            return False
        return own or not self._tied_next(hi)

    def _own_retirement_told(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the match ``i..j`` the person's own retirement told as a statement, nothing judged? The verb 'retire'
        or 'retiring' after a verb group of tense and aspect only (``_TOLD_AUXILIARIES``: "Susan will be retiring
        from UB", "in the next couple of years, he will retire", "she's retiring"), or 'retirement' after 'looking
        forward to' (with a possessive between or none), whose subject opens its clause (the sentence's start, a
        clause break, or 'and'/'but' before it) and is he, she, they, I, we or a name. A modal of obligation or
        possibility ("should retire", "could retire") or a catenative verb ("wants to retire") is no auxiliary here
        and leaves the match to the rule. Then, as for the person's own choice (``_own_retirement_choice``): a
        question, a wh-word or 'whether' before the subject ("asked when he was going to retire"), an asking verb, a
        judgement cue, a negation or a directive elsewhere in the sentence, or a judgement in the next sentence keeps
        the flag; the writer's own retirement ('I', 'we') is judged by no one. The plain-future 'will' of another
        clause's progressive ("Beth and Steve will be moving ..."; Quirk et al. 1985, 4.46: the future as a matter of
        course, which carries no prediction or volition) is no cue. See ``_TOLD_AUXILIARIES``."""
        doc, words = self.doc, self.doc.words
        if i != j:
            return False
        if words[i] in _TOLD_FORMS:
            head = i
            k = i - 1
            while k >= lo and k >= i - 4 and words[k] in _TOLD_AUXILIARIES and not _CLAUSE_GAP_RE.search(
                    doc.gap(k + 1)):
                k -= 1
            if k == i - 1:
                return False  # no auxiliary: "to retire", "than retire", "about retiring" are other frames
            if words[k + 1] == "to" and (k + 2 > i - 1 or words[k + 2] != "be") and (
                    k + 1 == lo or words[k] != "going"):
                return False  # an infinitive after a verb that is no auxiliary
            if "to" in words[k + 1 : i] and "going" not in words[k + 1 : i]:
                return False
        elif words[i] == "retirement":
            k = i - 1
            if k >= lo and words[k] in POSSESSIVES:
                k -= 1
            if k - 2 < lo or words[k] != "to" or words[k - 1] != "forward" or words[k - 2] != "looking":
                return False
            k -= 3
            while k >= lo and k >= i - 8 and words[k] in _TOLD_AUXILIARIES and not _CLAUSE_GAP_RE.search(
                    doc.gap(k + 1)):
                k -= 1
            head = i
        else:
            return False
        subject = k
        if subject < lo or _CLAUSE_GAP_RE.search(doc.gap(subject + 1)):
            return False
        if not (words[subject] in _CHOICE_SUBJECTS or (
                self._is_name(subject, lo) and _could_be_a_name(doc.raw(subject)))):
            return False
        opens = subject == lo or _CLAUSE_GAP_RE.search(doc.gap(subject)) or words[subject - 1] in ("and", "but")
        if not opens and words[subject] not in _CHOICE_SUBJECTS:  # a subject pronoun is a subject wherever it stands
            return False
        if "?" in doc.after(hi):
            return False  # a question about it ("Is he retiring?") is asked of the person
        frame = range(subject, head + 1)
        own = words[subject] in ("i", "we")

        def plain_future(m: int) -> bool:  # "Beth and Steve will be moving to be closer to grandkids": a matter of course
            return (words[m] in _FUTURE_AUXILIARIES and m + 2 <= hi and words[m + 1] == "be"
                    and words[m + 2].endswith("ing") and not _CLAUSE_GAP_RE.search(doc.gap(m + 1) + doc.gap(m + 2)))

        if self._retirement_questioned(lo, hi, frame, own, _ASKING_TOLD, plain_future):
            return False
        return own or not (self._tied_next(hi) or self._decided_later(hi))

    def _retirement_questioned(self, lo: int, hi: int, frame: range, own: bool, asking: frozenset[str],
                               passes: Callable[[int], bool] = lambda m: False) -> bool:
        """Does a word of the sentence ``lo..hi`` outside ``frame`` ask about the retirement, or (unless it is the
        writer's ``own``) judge, deny or direct it: an asking word, a judgement or decision cue (vocabularies
        `evaluation`, `assessment`, `decisions`), a negator, a directive? A word ``passes`` accepts is skipped
        before the judgement test; words the sentence's context rules make inert are skipped."""
        words, vocab = self.doc.words, self.rules.vocabulary
        judging = vocab.get("evaluation", frozenset()) | vocab.get("assessment", frozenset()) | vocab.get(
            "decisions", frozenset())
        inert = self._inert_cues(lo)
        for m in range(lo, hi + 1):
            if m in frame or m in inert:
                continue
            word = words[m]
            if word in asking:
                return True
            if passes(m):
                continue
            if not own and (word in judging or (word in NEGATORS and word != "ill") or word in _DIRECTIVES):
                return True
        return False

    def _reported_wish(self, k: int, subject: str, hi: int) -> int | None:
        """The verb of asking or preferring in the clause the reporting verb at ``k`` reports, when that clause has
        the reporter as its subject: 'told us (that) she wants', 'said he would prefer', 'has let us know she
        asks'. The reported clause is the reporter's own statement (Quirk et al. 1985, 14.31: indirect speech), so
        the wish is the person's. Over at most two object words and a 'that'; the clause's subject is the
        reporter's pronoun (a name is taken up as he/she/they) and at most one modal or auxiliary ('would',
        'still') stands before the verb."""
        words, requests = self.doc.words, self.rules.vocabulary.get("request_verbs", frozenset())
        pronouns = ("he", "she", "they") if subject not in ("he", "she", "they") else (subject,)
        m = k + 1
        while m <= hi and m <= k + 3 and words[m] not in pronouns:
            if words[m] not in ("us", "me", "the", "team", "that", "everyone", "them"):
                return None
            m += 1
        if m > hi or words[m] not in pronouns:
            return None
        for v in range(m + 1, min(hi, m + 3) + 1):
            if words[v] in requests:
                return v
            if words[v] not in _REQUEST_AUXILIARIES and words[v] not in ("would", "still", "very", "much"):
                return None
        return None

    def _own_report(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` the content of the person's own report, with no judgement drawn from it?
        A name or he/she/they is the subject of a reporting verb (vocabulary `reporting_verbs`: said, told,
        mentioned, shared, asked ...; 'let us know'), the characteristic stands in the reported clause, which
        refers to the reporter by a pronoun and names no one else ("Leo told the team he has ADHD and asked for
        written agendas", "Sam said that with two kids at home he prefers the early shift", "Ken explained that
        his mother is in hospice"): the person disclosed it or asked for an arrangement, and the writer relays
        it (JAN, Disclosure Basics; Quirk et al. 1985, ch. 14 on indirect speech: the reported clause is the
        reporter's statement).
        Not when the reported clause itself evaluates (an assessment word other than a modal, a negation: "said
        she can't focus since the baby") or when the writer draws a judgement or a decision about the person
        from it: after the reported clause (a ';', a comma before a clause link, or the writer as subject) a
        judging word (vocabularies `assessment`, `decisions`, `doubts`, `person_decisions`, `costs`), an
        explanation drawn ("which explains why his numbers are down"), a negation or the person as an object ("Rosa said she has epilepsy, so we keep her off the night shift"), or the
        next sentences draw one (``_tied_next``, ``_decided_later``). "..., so we moved the stand-up to 10am"
        is the arrangement, not a judgement."""
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        reporting = vocab.get("reporting_verbs", frozenset())
        if not reporting:
            return False
        holy = vocab.get("holy_days", frozenset()) | vocab.get("faiths", frozenset())
        verb = None
        for k in range(i - 1, max(lo, i - _TIE_REACH) - 1, -1):
            if any(c in doc.gap(k + 1) for c in ";:"):
                return False
            word = words[k]
            if (word in reporting and k < i - 1) or (word == "know" and any(
                    words[m] in ("let", "lets") for m in range(max(lo, k - 4), k))):
                verb = k  # not right before it: 'shared parental leave' is the leave's kind
                break
            if word in ("i", "we") or (word in STANCE_WORDS and word != "that"):
                return False  # the writer's clause or someone's verdict stands between: "said I think she ..."
            if self._is_name(k, lo) and word not in holy and word.rstrip("s") not in CALENDAR_WORDS and (
                    _names_a_person(doc.raw(k))):
                return False  # someone else in the reported clause: "Priya said Tom's wife is expecting"
        if verb is None:
            return False
        s = verb - 1
        if words[verb] == "know":
            s = max(m for m in range(max(lo, verb - 4), verb) if words[m] in ("let", "lets")) - 1
        while s >= lo and words[s] in _REPORT_LEADS:
            s -= 1
        if s < lo or (s > lo and (words[s - 1] in POSSESSIVES or words[s - 1] in NOUN_PREPOSITIONS
                                  or words[s - 1] == "s")):
            return False
        subject = words[s]
        if subject not in ("he", "she", "they") and not (
                self._is_name(s, lo) and _could_be_a_name(doc.raw(s)) and subject not in self.rules.things):
            return False
        end = hi + 1  # the first token after the reported clause
        for k in range(j + 1, hi + 1):
            gap = doc.gap(k)
            if any(c in gap for c in ";:") or words[k] in ("i", "we") or (
                    "," in gap and words[k] in _REPORT_BOUNDARIES):
                end = k
                while end > j + 1 and words[end - 1] in _REPORT_BOUNDARIES:
                    end -= 1
                break
        if not any(words[k] in _PERSON_PRONOUNS or words[k] in ("his", "their")
                   for k in range(verb + 1, end) if not i <= k <= j):
            return False  # the reported clause must be about the reporter: "she is going through IVF"
        assessment = vocab.get("assessment", frozenset())
        inert = self._inert_cues(lo)
        for k in range(verb + 1, end):
            if i <= k <= j or k in inert or self._own_need(k, verb, end):
                continue
            word = words[k]
            if (word in assessment and word not in MODALS) or (word in NEGATORS and word != "ill"):
                return False  # the report itself evaluates: "said that since the baby she can't focus"
        judging = assessment | vocab.get("decisions", frozenset()) | vocab.get("doubts", frozenset()) | (
            vocab.get("person_decisions", frozenset())) | vocab.get("costs", frozenset()) | vocab.get(
            "unsuitability", frozenset())
        for k in range(end, hi + 1):
            word = words[k]
            if k in inert or _purpose_modal(doc, k, lo):
                continue
            if word in judging or word in _REPORT_VERDICTS or (word in NEGATORS and word != "ill") or word == "him" or (
                    word == "her" and self._object_her(k, hi)):
                return False  # the writer draws a judgement or a decision on the person from it
        return not (self._tied_next(hi) or self._decided_later(hi))

    def _own_need(self, k: int, verb: int, end: int) -> bool:
        """Is the 'need' at ``k`` the reporter's own stated need in the reported clause: he/she/they right before
        it and an arrangement after it, not a quality ("said she needs to take her daughter to physiotherapy on
        Mondays", "told us he needs Fridays off")? A need the person states is a request, as 'wants' or 'asked'
        are (vocabulary `request_verbs`; JAN: an accommodation starts with the employee saying what they need);
        "says she needs to focus more", "needs more time" name a quality or a shortfall (vocabularies
        `assessment`, `evaluation`) and still evaluate."""
        words, vocab = self.doc.words, self.rules.vocabulary
        if words[k] not in ("need", "needs", "needed") or k - 1 <= verb or words[k - 1] not in ("he", "she", "they"):
            return False
        judged = vocab.get("assessment", frozenset()) | vocab.get("evaluation", frozenset()) | _SHORTFALL_VERBS
        after = [words[m] for m in range(k + 1, min(end, k + 3))]
        return bool(after) and not any(word in judged and word != "to" for word in after)

