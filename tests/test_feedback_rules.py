"""Every feedback rule in assistant/rules/feedback*.yaml, run on its own positive and negative examples."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import KINDS, PARTS, load_feedback_rules, review_feedback

RULES = load_feedback_rules()


def _cases(kind_of: str):
    items = {"span": RULES.span_rules, "cue": RULES.cues, "document": tuple(RULES.documents.values())}[kind_of]
    for item in items:
        for polarity in ("positive", "negative"):
            for example in item.examples.get(polarity, []):
                yield pytest.param(item, polarity, example, id=f"{item.id}-{polarity}-{example[:30]}")


def test_every_rule_is_complete():
    ids = [r.id for r in RULES.span_rules] + [c.id for c in RULES.cues] + [d.id for d in RULES.documents.values()]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    for rule in RULES.span_rules:
        assert rule.kind in KINDS and rule.message and rule.suggestion
        assert rule.examples["positive"] and rule.examples["negative"], rule.id
    for cue in RULES.cues:
        assert cue.part in PARTS
        assert cue.examples["positive"] and cue.examples["negative"], cue.id
    assert set(RULES.documents) == {"vague", "missing_impact", "missing_action"}
    for d in RULES.documents.values():
        assert d.message and d.suggestion and d.examples["positive"] and d.examples["negative"]


@pytest.mark.parametrize(("rule", "polarity", "example"), list(_cases("span")))
def test_span_rule_examples(rule, polarity, example):
    report = review_feedback(example)
    mine = [f for f in report.findings if f.kind == rule.kind and f.message == rule.message]
    if polarity == "positive":
        assert mine, f"{rule.id} should flag: {example}"
        for f in mine:
            assert example[f.start:f.end] == f.text
            assert rule.pattern.fullmatch(f.text)
    else:
        assert not mine, f"{rule.id} should not flag {[f.text for f in mine]} in: {example}"


@pytest.mark.parametrize(("cue", "polarity", "example"), list(_cases("cue")))
def test_structure_cue_examples(cue, polarity, example):
    match = cue.pattern.search(example)
    if polarity == "positive":
        assert match, f"{cue.id} should match: {example}"
        report = review_feedback(example)
        part = getattr(report.structure, cue.part)
        assert part.present and part.evidence in example
    else:
        assert match is None, f"{cue.id} matched {match.group()!r} in: {example}"


@pytest.mark.parametrize(("rule", "polarity", "example"), list(_cases("document")))
def test_document_rule_examples(rule, polarity, example):
    findings = [f for f in review_feedback(example).findings if f.kind == rule.kind]
    if polarity == "positive":
        assert [(f.start, f.end, f.text, f.message) for f in findings] == [(None, None, None, rule.message)]
    else:
        assert findings == []
