"""Every feedback rule in assistant/rules/feedback*.yaml, run on its own positive and negative examples,
and the feedback section of an organisation's rules file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.analyzers.feedback import KINDS, PARTS, load_feedback_rules, review_feedback
from assistant.analyzers.rules import RulesFileError
from assistant.analyzers.valence import lexicon

RULES = load_feedback_rules()


def _cases(kind_of: str):
    items = {"span": RULES.span_rules, "cue": RULES.cues, "document": tuple(RULES.documents.values())}[kind_of]
    for item in items:
        examples = item.examples if isinstance(item.examples, dict) else item.examples.model_dump()
        for polarity in ("positive", "negative"):
            for example in examples.get(polarity, []):
                yield pytest.param(item, polarity, example, id=f"{item.id}-{polarity}-{example[:30]}")


def test_every_rule_is_complete():
    ids = [r.id for r in RULES.span_rules] + [c.id for c in RULES.cues] + [d.id for d in RULES.documents.values()]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    for rule in RULES.span_rules:
        assert rule.kind in KINDS and rule.message and rule.suggestion and rule.rule.source
        assert rule.examples["positive"] and rule.examples["negative"], rule.id
    for cue in RULES.cues:
        assert cue.part in PARTS and cue.rule.source and cue.rule.explanation
        assert cue.examples["positive"] and cue.examples["negative"], cue.id
    assert set(RULES.documents) == {"vague", "missing_impact", "missing_action"}
    for d in RULES.documents.values():
        assert d.explanation and d.suggestion and d.source and d.examples.positive and d.examples.negative


@pytest.mark.parametrize(("rule", "polarity", "example"), list(_cases("span")))
def test_span_rule_examples(rule, polarity, example):
    report = review_feedback(example)
    mine = [f for f in report.findings if f.kind == rule.kind and f.message == rule.message]
    if polarity == "positive":
        assert mine, f"{rule.id} should flag: {example}"
        for f in mine:
            assert example[f.start:f.end] == f.text
            if rule.rule.match == "valence":  # any word rated at or below the limit, none of the left-out terms
                assert lexicon()[f.text.lower()] <= rule.rule.valence_at_most and not rule.pattern.fullmatch(f.text)
            elif rule.rule.match == "shouting":  # the whole run of capitals around a marker word
                assert f.text.isupper() and rule.pattern.search(f.text)
            elif rule.rule.match == "excess":  # the degree word and the trait adjective it heightens
                assert rule.pattern.match(f.text) and len(f.text.split()) == 2
            else:
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
        assert len(part.evidence.split()) >= 2, part.evidence  # a phrase or clause, not a fragment
    elif cue.rule.addressed and not re.search(r"\byou", example, re.IGNORECASE):
        assert not getattr(review_feedback(example).structure, cue.part).present, example  # not said to "you"
    elif cue.rule.needs is not None:  # it matches, but counts only beside a cue of the part it needs
        needed = [c for c in RULES.cues if c.part == cue.rule.needs and c.rule.needs is None]
        assert match is None or not any(c.pattern.search(example) for c in needed), example
    else:
        assert match is None, f"{cue.id} matched {match.group()!r} in: {example}"


@pytest.mark.parametrize(("rule", "polarity", "example"), list(_cases("document")))
def test_document_rule_examples(rule, polarity, example):
    findings = [f for f in review_feedback(example).findings if f.kind == rule.kind]
    if polarity == "positive":
        assert [(f.start, f.end, f.text, f.message) for f in findings] == [(None, None, None, rule.explanation)]
    else:
        assert findings == []


def test_organisation_can_add_disable_and_allow(tmp_path: Path) -> None:
    path = tmp_path / "org.yaml"
    path.write_text(
        """
feedback:
  disable: [harsh-terrible]
  allow: [is lazy about paperwork]
  rules:
    - id: org.trait-prickly
      kind: trait
      match: person
      terms: [prickly]
      explanation: Our review guide asks managers to describe behaviour, not temperament.
      suggestion: Describe what was said and to whom.
      examples: {positive: ["You are prickly."], negative: ["The cactus is prickly."]}
""",
        encoding="utf-8",
    )
    rules = load_feedback_rules(path)
    text = "You are prickly and your demo was terrible. Sam is lazy about paperwork, and he is lazy in meetings."
    kinds = [(f.kind, f.text, f.start) for f in review_feedback(text, rules=rules).findings if f.text]
    assert kinds == [("trait", "prickly", 8), ("trait", "lazy", 83)]
    assert [(f.kind, f.text, f.start) for f in review_feedback(text).findings if f.text] == [
        ("harsh", "terrible", 34), ("trait", "lazy", 51), ("trait", "lazy", 83)]


def test_a_bad_feedback_section_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "org.yaml"
    path.write_text("feedback:\n  rules:\n    - {id: org.x, kind: impact, pattern: '(a+)+$', explanation: 'long enough text',"
                    " suggestion: 'Say it'}\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match=r"cue org\.x: (ends with a '\$' anchor|has a nested unbounded repeat)"):
        load_feedback_rules(path)
    path.write_text("feedback:\n  disable: [no-such-rule]\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match="disable lists unknown rule id"):
        load_feedback_rules(path)
