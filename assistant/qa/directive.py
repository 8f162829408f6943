"""A question about the asker's own act is answered by the sentence that rules on it for the asker.

"Can I ...?", "Do I have to ...?", "How do I ...?", "Am I allowed to ...?" ask for deontic modality said of the asker
(permission, obligation, the way to do a thing: Palmer, *Mood and Modality*, 2nd ed. 2001, ch. 3 and 4.2); the
sentence that answers them is a directive (Searle, "A classification of illocutionary acts", 1976: the speaker
directs the hearer), said to the reader: a deontic modal or predicate whose subject is the addressee ("You must open
an issue ...", "you are within your rights to say no", "Contractors and volunteers should complete the expense form"
for "I volunteer ...") or an imperative ("To reimburse expenses as a contractor, submit a separate line item ...",
"please fill out this form"). The scorer reads topic words, so a descriptive sentence on the same topic ("We signal our
intent to protect holidays ...") can lead such an answer while the rule ranks far below it.

Once the gate has decided to answer (this never changes whether the question is answered), an answer to such a
question (one clause, asking for no value) that quotes no rule for the asker, nor a rule of obligation, prohibition or
right on the asked act or thing, takes the best unit (by the scorer) of the lead's organisation that is one, names the
asked focus and scores at least the gate's ``extra_ratio`` of the lead, right after the lead (the last quote gives way
when all places are taken).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.qa.models import Unit
from assistant.qa.select import asked_stems
from assistant.text import MODALS, content_stems, stem
from assistant.wordlists import read_words

# The asker's own act asked about: a yes/no question opening on a modal, "do I need/have to" or "am I allowed" with a
# first-person subject (the clause's first words, or after a fronted adjunct's comma: "If I stay with friends, can I
# ..."), "how do I", "is it OK to", "whose approval / what do I need / have to ..." (the deontic question forms; Palmer
# 2001, 4.2). A wh-word asking for a thing before the modal ("What questions can I ask ...?") asks for that thing.
_OPENING = r"(?:^|[,.;:]\s*)\W*(?:(?:and|so|but|then)\s+)?"
_OWN_ACT = re.compile(
    rf"{_OPENING}(?:can|may|must|should|shall|could)\s+(?:I|we)\b"
    rf"|{_OPENING}(?:am\s+I|are\s+we)\s+(?:\w+\s+)?(?:allowed|permitted|able|required|expected|supposed|entitled|"
    r"eligible|obliged)\b"
    rf"|{_OPENING}(?:do|does|did)\s+(?:I|we)\s+(?:\w+\s+)?(?:need|have)\b"
    r"|\bhow\s+(?:do|can|should|would|must|may)\s+(?:I|we)\b"
    r"|\b(?:what|whose|which|where|who|whom)\b[^?]*?\b(?:do|should|must|can|may)\s+(?:I|we)\s+(?:need|have)\b"
    r"|\bis\s+it\s+(?:ok|okay|fine|alright|all\s+right|allowed|permitted|acceptable)\b",
    re.IGNORECASE)
# The asker's own role as the question states it: "I'm a contractor", "As a manager", "I volunteer for ...".
_ROLE = re.compile(r"\b(?:I'm|I\s+am|as)\s+(?:a|an|the)\s+([a-z-]+(?:\s+[a-z-]+)?)|\bI\s+(volunteer|intern|freelance|"
                   r"contract|manage|lead|supervise)\b", re.IGNORECASE)
# A deontic modal or predicate of obligation, prohibition or a right (not "can"/"may" alone, which also tell what is
# possible: "You can read more about ..."; Palmer 2001, 4.2.1) and the words before it in its clause: its subject.
_STRONG = (r"(?:must|mustn't|should|shouldn't|shall|cannot|can't|can\s+not|may\s+not|can\s+only|may\s+only|"
           r"(?:do|does)(?:\s+not|n't)\s+(?:need|have)\s+to|needs?\s+to|ha(?:ve|s)\s+to|ha(?:ve|s)\s+the\s+right\s+to|"
           r"(?:is|are)\s+(?:not\s+)?(?:strictly\s+|absolutely\s+|also\s+)?(?:allowed|permitted|required|expected|"
           r"encouraged|entitled|obliged|prohibited|forbidden|responsible)\b|"
           r"(?:is|are)\s+(?:not\s+)?(?:perfectly\s+|completely\s+)?(?:okay|ok|fine|welcome|free)\s+to|"
           r"(?:is|are)\s+within\s+(?:your|their|his|her)\s+rights?\s+to)")
_SUBJECT_RULE = re.compile(rf"(?:^|[.;:!?(]\s*|,\s*|\b(?:and|but|or|that|so|then)\s+)([^.;:!?(,]{{0,60}}?)\s*\b{_STRONG}\b",
                           re.IGNORECASE)
_FINITE = MODALS | frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would",
                              "can", "cannot", "must", "should", "may", "might"})
_ADDRESSEE = re.compile(r"\b(?:you|your|yourself)\b", re.IGNORECASE)
# An imperative: a bare verb opening the sentence, after an optional label ("Primary work: "), a fronted purpose or
# condition ("To reimburse expenses as a contractor, ", "If you need X, ") and "please"/"just"/"always".
_IMPERATIVE = re.compile(r"^\W*(?:[^:.?!]{1,60}:\s+)?(?:(?:to|if|when|once|before|after)\s+[^,.;:]{1,80},\s+)?"
                         r"(?:(please)\s+|(?:just|always|simply|then)\s+)?([a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Words whose usual part of speech is the verb (WordNet 3.0 / SemCor, ``assistant/data/verb_dominant.txt``)."""
    return read_words("verb_dominant.txt")


def asks_own_act(clause: str) -> bool:
    """Whether a question clause asks what the asker may, must or should do, or how to do it."""
    return bool(_OWN_ACT.search(clause))


def asker_roles(question: str) -> frozenset[str]:
    """The stems of the roles the asker says they hold ("I'm a contractor": contractor; "I volunteer": volunteer)."""
    out: set[str] = set()
    for m in _ROLE.finditer(question):
        out |= content_stems(m.group(1) or m.group(2))
    return frozenset(out)


def imperative(text: str) -> bool:
    """Whether a sentence opens on a bare verb (after a label, a fronted purpose or condition, "please")."""
    found = _IMPERATIVE.match(text)
    if found and found.group(1):  # "please" marks a request whatever verb follows it
        return True
    if not found or found.group(2).lower() not in _verbs():
        return False
    after = re.match(r"\s+([A-Za-z']+)", text[found.end(2):])
    # a verb-like first word followed by a modal or an auxiliary is a noun subject ("Leave can only be ...")
    return not (after and after.group(1).lower() in _FINITE)


def rules_for_asker(text: str, roles: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence directs the asker: a deontic modal or predicate whose subject is the addressee ("you",
    "your team") or names a role the asker holds, or an imperative."""
    for m in _SUBJECT_RULE.finditer(text):
        subject = m.group(1)
        if _ADDRESSEE.search(subject) or (roles and {stem(w) for w in re.findall(r"[A-Za-z]+", subject.lower())} & roles):
            return True
    return imperative(text)


_STRONG_RULE = re.compile(rf"\b{_STRONG}\s+(?:not\s+)?", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?()]")
_SPAN_WORDS = 8  # words after a rule read as what it is on, up to the end of its clause (as select._governed_spans)


def rules_on_clause(text: str, clause: str, actions: frozenset[str], roles: frozenset[str]) -> bool:
    """Whether a sentence answers a question on the asker's act as a rule: it directs the asker, or a modal or
    predicate of obligation, prohibition or a right (not a bare "can"/"may", which may tell what is possible: "may
    include performing work for ...") governs a word of the asked act or of a thing the clause names."""
    if rules_for_asker(text, roles):
        return True
    asked = asked_stems(clause) | {stem(a) for a in actions}
    for m in _STRONG_RULE.finditer(text):
        rest = text[m.end():]
        end = _CLAUSE_END.search(rest)
        if content_stems(" ".join((rest[:end.start()] if end else rest).split()[:_SPAN_WORDS])) & asked:
            return True
    return False


def with_rule(quotes: list[Unit], units: Sequence[Unit], clause: str, question: str, actions: frozenset[str],
              max_quotes: int, min_focus: float, ratio: float) -> list[Unit]:
    """The quotes, with the best unit (by the scorer) of the lead's organisation that directs the asker on the asked
    topic right after the lead, when the lead's clause asks of the asker's own act and no quote rules on it (the last
    quote gives way when all places are taken).

    A candidate holds the asked kind of value, covers the clause's focus with its heading (``min_focus``: "Contractors
    and volunteers should complete the expense form" under "Expenses" for "How do I get my costs reimbursed?"), and
    scores at least ``ratio`` of the lead (the gate's ``extra_ratio``: the share of the lead's probability at which a
    unit is read as close to it; the gate's own threshold is not asked of it, as the scorer's topic words are what a
    rule said in other words lacks)."""
    if not quotes or not asks_own_act(clause):
        return quotes
    roles = asker_roles(question)
    if any(rules_on_clause(q.text, clause, actions, roles) for q in quotes):
        return quotes
    lead = quotes[0]
    index = lead.clause
    organisation = (lead.passage.organisation or "").casefold()
    shown = [q.text.casefold() for q in quotes]
    floor = lead.probs[index] * ratio if index < len(lead.probs) else lead.prob * ratio
    best = None
    for unit in units:
        if (unit.passage.organisation or "").casefold() != organisation or index >= len(unit.probs):
            continue
        if not unit.held[index] or unit.focus_cover[index] < min_focus or unit.probs[index] < floor \
                or unit.text.rstrip().endswith("?"):
            continue
        text = unit.text.casefold()
        if any(text in s or s in text for s in shown):
            continue
        if rules_for_asker(unit.text, roles) and (best is None or unit.probs[index] > best.probs[index]):
            best = unit
    if best is None:
        return quotes
    return [lead, best, *quotes[1:]][:max_quotes]
