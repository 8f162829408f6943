"""check_bias: candidates from the rules, context checks, spans and the report."""

from __future__ import annotations

from bisect import bisect_left

from assistant.analyzers.bias.checker import (
    _Candidate,
    _Checker,
    _drop_redundant_mentions,
)
from assistant.analyzers.bias.doc import (
    _Doc,
)
from assistant.analyzers.bias.extents import (
    _widen_to_judgement,
)
from assistant.analyzers.bias.generic import (
    _DOUBLE_QUOTES,
)
from assistant.analyzers.bias.models import (
    SEVERITY_RANK,
    BiasFlag,
    BiasReport,
)
from assistant.analyzers.bias.quotes import (
    _drop_cited_terms,
    _drop_modifiers_of_flagged_nouns,
    _drop_quoted_mentions,
    _in_identifier,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
    _gap_ok,
    _Phrase,
    load_rules,
)
from assistant.analyzers.rules import (
    drop_allowed,
)


def check_bias(text: str, rules: RuleSet | None = None) -> BiasReport:
    """Flag biased language in ``text``; pure and deterministic."""
    if not text:
        return BiasReport()
    ruleset = rules if rules is not None else load_rules(None)
    doc = _Doc(text)
    words = doc.words
    index, index2, index3 = ruleset._index, ruleset._index2, ruleset._index3
    count = len(words)
    candidates: list[_Candidate] = []
    checker: _Checker | None = None
    none: list[_Phrase] = []
    last_person: int | None = None  # last token of the last trait accepted as describing a person
    last_rule = -1  # and its rule: a licence word ('looks' before 'sharp') holds only within one rule
    for i, word in enumerate(words):
        phrases = index.get(word, none)
        if i + 1 < count:
            longer = index2.get((word, words[i + 1]))
            if longer:
                phrases = [*phrases, *longer]
            if i + 2 < count:
                longer = index3.get((word, words[i + 1], words[i + 2]))
                if longer:
                    phrases = [*phrases, *longer]
        if not phrases:
            continue
        for phrase_words, phrase_gaps, phrase_rule in phrases:
            size = len(phrase_words)
            if i + size > count:
                continue
            matched = True
            for offset in range(1, size):
                if words[i + offset] != phrase_words[offset] or not _gap_ok(
                    phrase_gaps[offset - 1], doc.gap(i + offset)
                ):
                    matched = False
                    break
            if not matched:
                continue
            if checker is None:
                checker = _Checker(doc, ruleset)
            j = i + size - 1
            context = ruleset._contexts[phrase_rule]
            if checker.accepts(context, i, j):
                candidates.append(_Candidate(doc.starts[i], doc.ends[j], phrase_rule, i))
                if context.describes == "person":
                    last_person, last_rule = j, phrase_rule
            elif (context.describes == "person"
                  and (not (context.needs_before or context.needs_after) or last_rule == phrase_rule)
                  and last_person is not None and checker.coordinated(last_person, i)):
                # "bubbly with the patients and a bit feisty with the residents": the same subject
                candidates.append(_Candidate(doc.starts[i], doc.ends[j], phrase_rule))
                last_person = j
    if not candidates:
        return BiasReport()
    candidates.sort(
        key=lambda c: (c.start, -(c.end - c.start), SEVERITY_RANK[ruleset.rules[c.rule].severity], c.rule)
    )
    # Keep a candidate unless a kept one contains it or the same rule already covers part of it.
    # Candidates come by start, so the furthest kept end and each rule's last end decide (linear).
    kept: list[_Candidate] = []
    furthest = -1
    rule_end: dict[int, int] = {}
    for cand in candidates:
        if cand.end <= furthest or rule_end.get(cand.rule, -1) > cand.start:
            continue
        kept.append(cand)
        furthest = max(furthest, cand.end)
        rule_end[cand.rule] = max(rule_end.get(cand.rule, -1), cand.end)
    kept = _drop_redundant_mentions(kept, ruleset, doc)
    kept = _drop_cited_terms(kept, doc)
    kept = _drop_quoted_mentions(kept, doc, ruleset.people)
    if "`" in text or "@" in text:
        kept = [c for c in kept if not _in_identifier(text, c.start, c.end)]
    if checker is not None and any(c in text for c in _DOUBLE_QUOTES):
        kept = [c for c in kept if not checker.quoted_example(bisect_left(doc.starts, c.start), c.start, c.end)]
    kept = _drop_modifiers_of_flagged_nouns(kept, ruleset, text)
    kept = drop_allowed(kept, ruleset.allow.spans(text))
    kept = _widen_to_judgement(kept, ruleset, doc, checker)
    flags = []
    for cand in kept:
        rule = ruleset.rules[cand.rule]
        flags.append(
            BiasFlag(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                category=rule.category,
                severity=rule.severity,
                rule=rule.id,
                explanation=rule.explanation,
                suggestion=rule.suggestion,
                source=rule.source,
                replacements=list(rule.replacements),
            )
        )
    return BiasReport(flags=flags)
