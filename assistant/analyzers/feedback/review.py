"""review_feedback: findings, structure, polarity and the learned second opinion."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.analyzers.bias import RuleSet, check_bias
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.rules import (
    Rule,
)
from assistant.text import (
    BE_FORMS,
    normalise_quotes,
    numbers,
    quoted_spans,
    wordset,
)

if TYPE_CHECKING:
    from assistant.knowledge.guidance import Guidance
from assistant.analyzers.feedback.absolutes import (
    Hit,
)
from assistant.analyzers.feedback.acts import (
    _LINK_VERBS,
    _REINFORCE,
    negation_scope,
)
from assistant.analyzers.feedback.classify import (
    _classify,
)
from assistant.analyzers.feedback.custom import custom_given
from assistant.analyzers.feedback.draft import (
    _Draft,
)
from assistant.analyzers.feedback.effects import (
    _party_in,
)
from assistant.analyzers.feedback.harsh import (
    _span_findings,
    praise_labels,
    praised_traits,
)
from assistant.analyzers.feedback.models import (
    PARTS,
    FeedbackFinding,
    FeedbackReport,
    FeedbackStructure,
    Polarity,
    SentenceRole,
    StructurePart,
)
from assistant.analyzers.feedback.polarity import (
    _evidence,
    _polarity,
)
from assistant.analyzers.feedback.praise import (
    _opens_with_good_act,
)
from assistant.analyzers.feedback.reversal import reversal_told
from assistant.analyzers.feedback.rewrite import (
    _rewrite,
)
from assistant.analyzers.feedback.rules import (
    _REQUEST_QUESTION,
    CompiledSpanRule,
    DocumentRule,
    FeedbackRules,
    _imperative_opening,
    load_feedback_rules,
)
from assistant.analyzers.feedback.savings import (
    _adverse_account,
    _artefact_effect,
    _consequences,
    _saving_or_interception,
)
from assistant.analyzers.feedback.steps import (
    _PARTY_WORDS,
    _Sentence,
)

# --- entry point ------------------------------------------------------------------------------


def _finding(rule: CompiledSpanRule | DocumentRule, m: re.Match[str] | None = None) -> FeedbackFinding:
    if isinstance(rule, DocumentRule) or m is None:
        return FeedbackFinding(kind=rule.kind, message=rule.explanation, suggestion=rule.suggestion)  # type: ignore[arg-type]
    return FeedbackFinding(kind=rule.kind, start=m.start(), end=m.end(), text=m.group(),  # type: ignore[arg-type]
                           message=rule.message, suggestion=rule.suggestion, replacements=list(rule.rule.replacements))


# --- the learned decision layer ----------------------------------------------------------------
#
# The rules' findings are evidence; the decisions the draft-level findings and the polarity rest on
# are taken by small logistic models (``assistant/rules/feedback_learned.json``, trained on the pooled
# tuning halves by ``scripts/train_feedback.py``) over named signals: what the rules found, where
# and in what kind of clause, and a few word-class counts that do not depend on the rules at all.


@dataclass
class _Analysis:
    draft: _Draft
    hits: list[Hit]
    sentences: list[_Sentence]
    polarity: Polarity
    evidence: dict[str, tuple[int, int] | None]
    consequence: bool  # the impact came from a consequence clause, not a cue


FEATURE_LABELS: dict[str, str] = {
    "words": "the draft's length (log of its word count)",
    "sentences": "the number of sentences (log)",
    "you_rate": "how much the draft speaks to the person as 'you'",
    "writer_rate": "how much the writer speaks of themselves ('I', 'we')",
    "third_rate": "how much the draft speaks of the person or others as 'he', 'she', 'they'",
    "names": "named people or things (log of the count)",
    "number": "a number in the draft",
    "date": "a day, date or time expression",
    "question": "a question",
    "contrast": "contrast words ('but', 'however', 'though') per sentence",
    "modal_words": "'should', 'must', 'need to', 'could' per sentence",
    "please": "the word 'please'",
    "past_clauses": "the share of clauses in the past or perfect",
    "present_clauses": "the share of clauses in the present",
    "modal_clauses": "the share of clauses with a modal ('will', 'could', 'should')",
    "clauses": "clauses per sentence",
    "praise": "praise words found (log of the count)",
    "criticism": "criticism found: problem words, negated praise, stated needs (log of the count)",
    "praise_share": "the share of sentences with praise",
    "criticism_share": "the share of sentences with criticism",
    "last_criticism": "criticism in the last sentence",
    "first_praise": "praise in the first sentence",
    "situation_cue": "a sentence naming the occasion (when or where)",
    "behavior_cue": "a sentence naming something the person did",
    "behavior_sentences": "the share of sentences naming something the person did",
    "impact_cue": "a sentence with an effect word ('as a result', 'which meant')",
    "consequence_clause": "a clause reporting what happened to someone else afterwards",
    "next_step_cue": "a sentence asking for a step forward",
    "reinforce_step": "a request to keep doing the same",
    "change_request": "a request to change something",
    "trait_hits": "personality labels",
    "absolute_hits": "absolutes in criticism ('always', 'never')",
    "harsh_hits": "harsh words",
    "person_acts": "the share of clauses where the person did something (past or perfect)",
    "person_described": "the share of clauses describing the person ('you are', 'she was')",
    "others_subject": "the share of clauses about someone or something other than the person",
    "praise_words": "praise words outside a negation, before any other context check (log)",
    "problem_words": "problem words outside a negation, before any other context check (log)",
    "negated_praise": "praise words inside a negation ('not proactive')",
    "negated_problems": "problem words inside a negation ('never late', 'no errors')",
    "request_question": "a request put as a question or 'let's' ('Can we ...?', 'Let's ...')",
    "imperative_start": "a sentence that opens with an instruction verb",
    "rules_praise": "the rules read praise in the draft",
    "rules_criticism": "the rules read criticism in the draft",
    "rules_missing_action": "the rules found criticism with no step forward",
}

BINARY_FEATURES = frozenset({"number", "date", "question", "please", "last_criticism", "first_praise", "situation_cue",
                             "behavior_cue", "impact_cue", "consequence_clause", "next_step_cue", "reinforce_step",
                             "change_request", "request_question", "imperative_start", "rules_praise",
                             "rules_criticism", "rules_missing_action"})
_CONTRAST_WORDS = wordset("but however though although yet whereas")
_MODAL_WORDS = wordset("should must could might ought need needs")
_YOU_FORMS = wordset("you your yours yourself you're you've you'll you'd")
_WRITER_FORMS = wordset("i me my mine we us our i'm i've i'd i'll we're we've")
_THIRD_FORMS = wordset("he she they him her them his their hers he's she's they're they've")


def _signals(analysis: _Analysis, rules: FeedbackRules) -> dict[str, float]:
    """The named features the learned layer reads (see :data:`FEATURE_LABELS`)."""
    from assistant.text import DATE_WORDS, has_number, names, relative_dates

    draft, sentences = analysis.draft, analysis.sentences
    text = draft.text
    words = draft.quoted_words
    counts = Counter(words)  # each word list below counted in one pass over the draft's words

    def count(forms: frozenset[str]) -> int:
        return sum(counts[w] for w in forms if w in counts)

    n_words = max(1, len(words))
    n_sent = max(1, len(sentences))
    parsed = [c for found in draft.parsed for c in found]
    tensed = [c for c in parsed if c.tense != "none"] or parsed
    n_tensed = max(1, len(tensed))
    steps = [s for s in sentences if "next_step" in s.cues]
    kinds = [rule.kind for rule, _ in analysis.hits]
    praise = sum(max(0, s.praise) for s in sentences)
    critical = sum(max(0, s.critical) for s in sentences)
    person = draft.person
    acts = described = others = 0
    for c in tensed:
        if person.is_subject(c.subject_words):
            if c.main_verb in _LINK_VERBS or any(w in BE_FORMS for w in c.verb_words):
                described += 1
            elif c.tense in ("past", "perfect"):
                acts += 1
        elif c.subject:
            others += 1
    imperative = _imperative_opening(rules.fragments.get("IMPERATIVE", "(?!)"))
    leads = [st + len(text[st:en]) - len(text[st:en].lstrip(" \"'“‘(*•-")) for st, en in draft.sentences]
    scopes = [(m.end(), negation_scope(draft, m.end(), draft.sentence_at(m.start())[1]))
              for m in draft.matches(rules, rules.negators)]

    def negated(pos: int) -> bool:
        return any(a <= pos < b for a, b in scopes)

    # Outside a negation, the criticism lexicon; inside one, any problem word ("rarely needs supervision")
    praise_at = [negated(m.start()) for m in draft.matches(rules, rules.praise)]
    praise_words = (praise_at.count(False), praise_at.count(True))
    problem_words = (sum(not negated(m.start()) for m in draft.matches(rules, rules.critical)),
                     len({m.start() for a, b in scopes for m in draft.matches(rules, rules.problem_words, a, b)}))
    return {
        "words": math.log1p(len(words)),
        "sentences": math.log1p(len(sentences)),
        "you_rate": 10 * count(_YOU_FORMS) / n_words,
        "writer_rate": 10 * count(_WRITER_FORMS) / n_words,
        "third_rate": 10 * count(_THIRD_FORMS) / n_words,
        "names": math.log1p(len(names(text))),
        "number": float(has_number(text)),
        "date": float(not DATE_WORDS.isdisjoint(counts) or bool(relative_dates(text))),
        "question": float("?" in text),
        "contrast": count(_CONTRAST_WORDS) / n_sent,
        "modal_words": count(_MODAL_WORDS) / n_sent,
        "please": float("please" in counts),
        "past_clauses": sum(c.tense in ("past", "perfect") for c in tensed) / n_tensed,
        "present_clauses": sum(c.tense == "present" for c in tensed) / n_tensed,
        "modal_clauses": sum(c.tense == "modal" for c in tensed) / n_tensed,
        "clauses": len(parsed) / n_sent,
        "praise": math.log1p(praise),
        "criticism": math.log1p(critical),
        "praise_share": sum(s.praise > 0 for s in sentences) / n_sent,
        "criticism_share": sum(s.critical > 0 for s in sentences) / n_sent,
        "last_criticism": float(bool(sentences) and sentences[-1].critical > 0),
        "first_praise": float(bool(sentences) and sentences[0].praise > 0),
        "situation_cue": float(any("situation" in s.cues for s in sentences)),
        "behavior_cue": float(analysis.evidence["behavior"] is not None),
        "behavior_sentences": sum("behavior" in s.cues for s in sentences) / n_sent,
        "impact_cue": float(any("impact" in s.cues for s in sentences)),
        "consequence_clause": float(analysis.consequence),
        "next_step_cue": float(bool(steps)),
        "reinforce_step": float(bool(steps) and all(_REINFORCE.match(text, s.start, s.end) for s in steps)),
        "change_request": float(draft.search(rules, rules.change_request, 0, len(text)) is not None),
        "trait_hits": float(kinds.count("trait")),
        "absolute_hits": float(kinds.count("absolute")),
        "harsh_hits": float(kinds.count("harsh")),
        "person_acts": acts / n_tensed,
        "person_described": described / n_tensed,
        "others_subject": others / n_tensed,
        "praise_words": math.log1p(praise_words[0]),
        "problem_words": math.log1p(problem_words[0]),
        "negated_praise": math.log1p(praise_words[1]),
        "negated_problems": math.log1p(problem_words[1]),
        "request_question": float(draft.search(rules, _REQUEST_QUESTION, 0, len(text)) is not None),
        "imperative_start": float(any(imperative.match(text, lead) for lead in leads)),
        "rules_praise": float(analysis.polarity in ("positive", "mixed")),
        "rules_criticism": float(analysis.polarity in ("constructive", "mixed")),
        "rules_missing_action": float(not steps and analysis.polarity != "positive"),
    }


def feedback_signals(text: str, rules: FeedbackRules | None = None) -> dict[str, float]:
    """The learned layer's features of a non-empty draft (for training and inspection)."""
    rules = rules if rules is not None else load_feedback_rules()
    return _signals(_analyse(text, rules), rules)


_DECISION_WORDS = {
    "vague": ("names an observable behaviour", "names no observable behaviour"),
    "missing_impact": ("states an effect", "states no effect"),
    "missing_action": ("needs no further next step", "asks for a next step it lacks"),
}


# The structure part each draft-level finding says is missing (a next step the layer finds unneeded
# is not thereby present, so it has no entry).
_PART_OF_FINDING = {"vague": "behavior", "missing_impact": "impact"}


def _learned_decisions(analysis: _Analysis, rules: FeedbackRules, missing: dict[str, bool]
                       ) -> tuple[Polarity, dict[str, bool], list[str]]:
    """Polarity and the draft-level findings with the learned layer's second opinion: a rule's verdict
    stands unless the model is confident of the opposite; each verdict it changes gets a sentence
    naming its top contributing signals. A missing step is judged on the final tone."""
    from assistant.analyzers.learned import load_layer

    layer = load_layer("feedback_learned")
    values = _signals(analysis, rules)
    notices: list[str] = []

    def why(decision: str, toward: bool) -> str:
        return "; ".join(layer.explain(decision, values, toward))

    polarity = analysis.polarity
    praise_rule = polarity in ("positive", "mixed")
    critical_rule = polarity in ("constructive", "mixed")
    praise = layer.decisions["praise"].decide(values, praise_rule) if "praise" in layer.decisions else praise_rule
    critical = (layer.decisions["criticism"].decide(values, critical_rule) if "criticism" in layer.decisions
                else critical_rule)
    learned: Polarity = "mixed" if praise and critical else "constructive" if critical else "positive"
    if learned != polarity:
        changed = "criticism" if critical != critical_rule else "praise"
        toward = critical if changed == "criticism" else praise
        notices.append(f"Learned layer: read the tone as {learned}, not {polarity} as the rules did "
                       f"({'found' if toward else 'no'} {changed}: {why(changed, toward)}).")
    decided = dict(missing)
    for kind in ("vague", "missing_impact", "missing_action"):
        if kind in layer.decisions:
            decided[kind] = layer.decisions[kind].decide(values, missing[kind])
        elif kind == "missing_action":
            decided[kind] = analysis.evidence["next_step"] is None and learned != "positive"
        if decided[kind] != missing[kind]:
            words = _DECISION_WORDS[kind][1 if decided[kind] else 0]
            reasons = f" ({why(kind, decided[kind])})" if kind in layer.decisions else " (its tone changed)"
            notices.append(f"Learned layer: read the draft as one that {words}{reasons}, unlike the rules.")
    return learned, decided, notices


# What a review of the person's work (code, a document) observes in it, with the work as "this", "it" or "the
# X": what it does ("This loads all orders into memory"), what it will do or does to its users (see
# _artefact_effect) or a concrete correction of it ("You should have used the K&R indentation style here"). As
# dev7's guide reads code reviews, that names the behaviour; "This is confusing", "This takes a while" and
# "This makes sense" do not.
_ARTEFACT_DOES = precompiled(
    r"[\s\"“(]{0,3}(?:this|it|(?:this|the)\s{1,3}(?:code|function|method|query|loop|handler|test|tests|script|class|"
    r"module|call|check|change|commit|component|endpoint|job|page|report|query|form|draft|section|table|chart))"
    r"\s{1,3}(?!(?:takes|needs|seems|looks|makes|has|is|does|feels|sounds|means|works|goes|gets|matters|helps)\b)"
    r"[a-z]{3,30}(?<!ss)s\s{1,3}(?:all|every|each|the|a|an|one|two|three|\d)\s{1,3}[\w-]{2,30}", re.IGNORECASE)
_SHOULD_HAVE_DONE = precompiled(
    r"\b(?:you|he|she|they)\s{1,3}should\s{1,3}have\s{1,3}(?!(?:been|known|had|reali[sz]ed|understood|thought|seen|"
    r"expected|done|tried)\b)[a-z]{1,30}(?:ed|en|t)\s{1,3}(?:the|a|an|this|that|your|his|her|their)\s{1,3}[\w&'’-]{1,30}",
    re.IGNORECASE)


def _reviewed_work(draft: _Draft) -> tuple[int, int] | None:
    """The span of the first clause that observes the reviewed work (see above), or None."""
    text = draft.text
    for sentence_clauses in draft.parsed:
        for c in sentence_clauses:
            if _artefact_effect(text, c) or _ARTEFACT_DOES.match(text, c.start, c.end) \
                    or _SHOULD_HAVE_DONE.search(text, c.start, c.end):
                return c.start, c.end
    return None


# Praise told as others' verdict on a piece of the person's work, in their words or as a score (review guides:
# "quote the customer", "cite the CSAT or survey result"): the work is named as the person's ("your callbacks",
# "her explanations", "Priya's forecast") and rated, called or described by a party, actively ("Forty of the guests
# rated your service 'outstanding'"), in the passive ("Every one of your twelve callbacks was rated 'very
# satisfied'", "Your guide was rated 4.9 out of 5") or in reported words ("Three customers wrote to say your
# instructions were 'the clearest we've had'"). The named work is the behaviour and the verdict the effect on those
# served; without a quotation or a score after the verb it is no such verdict ("They called your manager").
_OWNER = r"(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}"
_VERDICT_VERBS = r"(?:rated|scored|called|described|voted|ranked|graded|marked|named)"
_RATED_ACTIVE = precompiled(r"\b" + _VERDICT_VERBS + r"\s{1,3}" + _OWNER + r"(?:[\w'’-]{1,25}\s{0,3}){1,4}?(?=[\"“‘']|\s\d|\s(?:as|at)\s)",
                            re.IGNORECASE)
_RATED_PASSIVE = precompiled(r"\b" + _OWNER + r"(?:[\w'’-]{1,25}\s{1,3}){1,4}?(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been|"
                             r"got|gets)\s{1,3}(?:(?:all|each|consistently|again|unanimously)\s{1,3})?" + _VERDICT_VERBS
                             + r"\b", re.IGNORECASE)
_RATED_REPORTED = precompiled(r"\b(?:said|say|says|saying|wrote|write|writes|told(?:\s{1,3}[\w'’-]{1,20}){1,3}?|commented|"
                              r"noted|mentioned)\s{1,3}(?:that\s{1,3})?" + _OWNER + r"(?:[\w'’-]{1,25}\s{1,3}){1,4}?"
                              r"(?:is|was|were|are|has\s{1,3}been|had\s{1,3}been)\s{1,3}(?=[\"“‘])", re.IGNORECASE)
_SCORE_OR_QUOTE = precompiled(r"\s{0,3}(?:[\"“‘]|\d|(?:as\s{1,3}|at\s{1,3})?(?:the\s{1,3})?(?:best|highest|top)\b)", re.IGNORECASE)


def _rated_work(draft: _Draft) -> tuple[int, int] | None:
    """The span of the first sentence that gives others' verdict on the person's named work (see above)."""
    text = draft.text
    for s, e in draft.sentences:
        for pattern in (_RATED_PASSIVE, _RATED_ACTIVE, _RATED_REPORTED):
            m = pattern.search(text, s, e)
            if m is None:
                continue
            if not _SCORE_OR_QUOTE.match(text, m.end(), e) and not quoted_spans(text[m.end():e]):
                continue
            if pattern is not _RATED_PASSIVE and not _party_in(draft, draft.token_index(s), m.start()) \
                    and not any(normalise_quotes(t.text).lower() + "s" in _PARTY_WORDS
                                for t in draft.toks[draft.token_index(s):draft.token_index(m.start())]) \
                    and not any(n.start + s < m.start() for n in numbers(text[s:m.start()])):
                continue  # an active or reported verdict needs its party before the verb
            return s, e
    return None


def _analyse(text: str, rules: FeedbackRules) -> _Analysis:
    """The rules' reading of a non-empty draft: span hits, sentence functions, polarity, evidence."""
    draft = _Draft.of(text, rules.scan)
    hits = _span_findings(draft, rules)
    sentences = _classify(draft, rules, hits)
    polarity = _polarity(text, sentences, rules, draft)
    if polarity == "constructive" and _opens_with_good_act(draft, rules, sentences):
        polarity = "mixed"  # "You greeted the caller by name and verified her date of birth. You then quoted ..."
    evidence = _evidence(draft, sentences)
    if evidence["next_step"] is None and "comparative_wish" in draft.memo:
        evidence["next_step"] = draft.memo["comparative_wish"]  # a degree asked for is the step (dev20's ruling)
    if evidence["behavior"] is None:
        evidence["behavior"] = _reviewed_work(draft) or _rated_work(draft)
    consequence = found = None
    if evidence["impact"] is None:
        found = _consequences(draft, sentences, rules)
        consequence = next((span for span in found if span), None) \
            or _saving_or_interception(draft, sentences, rules) or _rated_work(draft)
        evidence["impact"] = consequence
    if polarity == "positive" and _adverse_account(draft, sentences, rules, found):
        polarity = "constructive"  # "... and the caterer had to send the guests home": a lapse told with no criticism word
    if polarity == "positive" and (reversal := reversal_told(draft)) is not None:
        # "..., and asked for the labour charge back": another party undoing the exchange is the cost
        polarity = "mixed" if any(s.praise > 0 for s in sentences) else "constructive"
        if evidence["impact"] is None:
            evidence["impact"] = consequence = reversal  # "the shop that bought them sent six back"
    if (polarity == "constructive" or evidence["impact"] is None) and (custom := custom_given(draft)) is not None:
        # "..., and the client sent three neighbours to us": another party extending the exchange is the effect
        polarity = "mixed" if polarity == "constructive" else polarity
        if evidence["impact"] is None:
            evidence["impact"] = consequence = custom
    return _Analysis(draft, hits, sentences, polarity, evidence, consequence is not None)


def review_feedback(
    text: str,
    guidance: Guidance | None = None,
    bias_rules: RuleSet | None = None,
    rules: FeedbackRules | None = None,
    learned: bool | None = None,
) -> FeedbackReport:
    """Review a feedback draft: polarity, SBI structure with evidence, findings, bias flags and
    a better draft whose prompts come from the writer's words (or ``guidance`` when given).

    ``learned`` switches the learned decision layer (polarity and the draft-level findings) on or
    off; None follows the rules (on unless the organisation's rules file sets ``learned: false``)."""
    rules = rules if rules is not None else load_feedback_rules()
    bias = check_bias(text, rules=bias_rules).flags
    empty = StructurePart(present=False, evidence=None)
    if not text.strip():
        return FeedbackReport(
            polarity="positive", structure=FeedbackStructure(**dict.fromkeys(PARTS, empty)), findings=[],
            bias=bias, rewrite="", placeholders=[], sources=[],
        )
    analysis = _analyse(text, rules)
    draft, hits, sentences, polarity, evidence = (analysis.draft, analysis.hits, analysis.sentences,
                                                  analysis.polarity, analysis.evidence)
    missing = {
        "vague": evidence["behavior"] is None,
        "missing_impact": evidence["impact"] is None,
        "missing_action": evidence["next_step"] is None and polarity != "positive",
    }
    notices: list[str] = []
    judged_present: set[str] = set()
    if rules.learned if learned is None else learned:
        rule_missing = missing
        polarity, missing, notices = _learned_decisions(analysis, rules, missing)
        # A part the rules found no clause for but the layer judged present is neither prompted for
        # in the better draft nor shown as absent.
        judged_present = {part for kind, part in _PART_OF_FINDING.items() if rule_missing[kind] and not missing[kind]}

    findings = [_finding(rule, m) for rule, m in hits]
    findings.extend(_finding(rule, m) for rule, m in praise_labels(draft, rules)
                    if not any(h.start() <= m.start() < h.end() for _, h in hits))  # "you're such a perfectionist"
    if polarity == "positive" and missing["vague"] and not any(f.kind == "trait" for f in findings):
        # praise that names no behaviour: a personality exclaimed of the person is its label (see praised_traits)
        findings.extend(_finding(rule, m) for rule, m in praised_traits(draft, rules))
    for kind in ("vague", "missing_impact", "missing_action"):
        if missing[kind] and kind in rules.documents:
            findings.append(_finding(rules.documents[kind]))

    rewrite, placeholders, sources, slots = _rewrite(draft, rules, sentences, evidence, hits, bias, polarity, guidance,
                                                     judged_present)
    parts = {
        part: StructurePart(present=True, evidence=text[span[0]:span[1]]) if span
        else StructurePart(present=part in judged_present, evidence=None)
        for part, span in evidence.items()
    }
    roles = [SentenceRole(start=s.start, end=s.end, functions=s.functions, slot=slot)  # type: ignore[arg-type]
             for s, slot in zip(sentences, slots, strict=True)]
    return FeedbackReport(
        polarity=polarity, structure=FeedbackStructure(**parts), findings=findings, bias=bias,
        rewrite=rewrite, placeholders=placeholders, sources=sources, sentences=roles, notices=notices,
    )


def rule_reference(rules: FeedbackRules | None = None) -> Sequence[Rule]:
    """Every feedback rule, cue and document finding (for the generated rules reference)."""
    rules = rules or load_feedback_rules()
    return [*(r.rule for r in rules.span_rules), *(c.rule for c in rules.cues), *rules.documents.values()]
