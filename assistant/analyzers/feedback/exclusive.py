"""One fault singled out by exclusive focus: "My only criticism is ...", "The one slip was ...", "... which is the only
downside".

An exclusive focus word ("only", "sole", "one" after a determiner) on a noun asserts that nothing else in the
alternatives holds and presupposes what it is said of (Horn, L. R. 1969, "A presuppositional analysis of *only* and
*even*", CLS 5; Quirk, R. et al. 1985, A Comprehensive Grammar of the English Language, 8.116-8.117, restrictive
subjuncts). Said of a noun that names a fault or a wished change, it names a fault and says the rest of the work had
none: "My only criticism is the packaging" criticises the packaging and, by the exclusion, passes everything else;
"The one slip was on 3 November" reports a slip and the other weeks' good work. A draft that uses it therefore both
praises and criticises. Not the same with an indefinite ("One problem was that ...": one of several), a negated focus
("that's not the only problem": more to come) or "only" on anything but a fault ("the only way to fix it").

Fault nouns (Princeton WordNet 3.0 noun synsets, data.noun offsets): problem 14410605 ("a state of difficulty that
needs to be resolved") and trouble 05687338 ("a source of difficulty"); issue 05814650 ("an important question that is
in dispute and must be settled"); criticism 06710546 ("disapproval expressed by pointing out faults or shortcomings")
and critique 05734018; complaint 07208708 ("an expression of grievance or resentment"), its hyponym gripe 07209965,
and its hypernym objection 07208338; quibble and cavil 06761798 ("... raising irrelevant distinctions or objections");
concern and worry 05832264 ("something or someone that causes anxiety; a source of unhappiness"); drawback 05164521,
disadvantage 05161614 and downside 05852819 ("a negative aspect of something that is generally positive");
imperfection 14462666 and the one-word lemmas below it flaw, fault, defect, weakness, shortcoming; mistake and error
00070965 (below nonaccomplishment 00066216) and slip 00073828 (slip, slip-up, miscue, below mistake); suggestion 07162680
("an idea that is proposed"). A wished change as a thing: "the one thing I would change" with a verb of change.v.01
("cause to change; make different": change, alter, modify, improve, adjust, tweak, fix) or suggest 00875412 (propose, suggest, advise).
A disliked thing: "the only thing I didn't like", "the one thing I disliked" (like 01775164 denied; dislike 01776745),
"the only thing that bothered me" (annoy, bother, irritate, bug, get to 01787973; disappoint, let down 01798954;
frustrate 01803021). "concern" in its interest sense (05670710, "something that interests you because it is
important": "my only concern is maximizing my own points", "... is to get it merged") is no worry: a gerund or an
infinitive after its copula is a goal, not a fault.
"""

from __future__ import annotations

import re

from assistant.analyzers.rulecache import precompiled

_FAULT_NOUNS = (
    "problems?|troubles?|issues?|criticisms?|critiques?|complaints?|gripes?|objections?|quibbles?|cavils?|concerns?|"
    "worry|worries|drawbacks?|disadvantages?|downsides?|imperfections?|flaws?|faults?|defects?|weakness(?:es)?|"
    "shortcomings?|mistakes?|errors?|slips?|suggestions?"
)
_CHANGE_VERBS = "change|alter|modify|improve|adjust|tweak|fix|suggest"
_DISLIKED = (r"(?:(?:i|we)\s{1,3}(?:(?:really|just)\s{1,3})?(?:did|do)(?:n['’]t|\s{1,3}not)\s{1,3}(?:really\s{1,3})?"
             r"(?:like|love|enjoy)|"
             r"(?:i|we)\s{1,3}(?:really\s{1,3})?disliked)\b|"
             r"(?:(?:that|which)\s{1,3})?(?:really\s{1,3})?(?:bothered|annoyed|irritated|bugged|disappointed|frustrated|"
             r"got\s{1,3}to)\s{1,3}(?:me|us)\b")

# determiner + exclusive focus + an optional size or rank adjective + the fault noun, or "thing" wished changed
_SINGLED_OUT = precompiled(
    r"\b(?:the|my|our|his|her|their|your)\s{1,3}(?:only|sole|one)\s{1,3}"
    r"(?:(?:real|small|minor|little|slight|tiny|big|major|main|serious|remaining|other)\s{1,3})?"
    r"(?:(?:" + _FAULT_NOUNS + r")\b|thing\s{1,3}(?:(?:that|which)\s{1,3})?(?:i|we)\s{1,3}"
    r"(?:(?:would|could|might|'d|’d)\s{1,3})?(?:" + _CHANGE_VERBS + r")\b|thing\s{1,3}(?:(?:that|which)\s{1,3})?(?:"
    + _DISLIKED + r"))",
    re.IGNORECASE)
# the focus denied ("not the only problem", "isn't my only complaint", "no ... the only"): more faults to come
_DENIED_BEFORE = precompiled(r"(?:\bnot|n['’]t|\bnever|\bnor)\s{1,3}(?:(?:even|just|really|quite)\s{1,3})?$", re.IGNORECASE)


# "concern" as an interest: the copula followed by a goal ("is maximizing ...", "was to get it merged")
_INTEREST_AFTER = precompiled(r"\s{1,3}(?:is|was|'s|’s)\s{1,3}(?:(?:just|simply|only)\s{1,3})?(?:to\s{1,3}[a-z]|[a-z]{2,20}ing\b)",
                              re.IGNORECASE)


def singled_out_fault(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first fault singled out by exclusive focus in ``text[start:end]`` (see above), or None."""
    for m in _SINGLED_OUT.finditer(text, start, end):
        if _DENIED_BEFORE.search(text, max(start, m.start() - 20), m.start()):
            continue
        if m.group().lower().endswith("concern") and _INTEREST_AFTER.match(text, m.end(), end):
            continue  # "my only concern is maximizing my own points": an interest, no fault
        return m
    return None
