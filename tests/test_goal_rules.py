"""Every goal rule in assistant/rules/goal.yaml carries examples; each one is run here."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import CRITERIA, load_rules, rule_hits

RULES = load_rules().rules
EFFECTS = {"evidence", "deliverable", "red_flag", "weak", "vague_time"}


def test_every_rule_is_documented_with_examples() -> None:
    assert len(RULES) >= 20
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.criterion in CRITERIA, rule.id
        assert rule.effect in EFFECTS, rule.id
        assert rule.explanation.strip(), rule.id
        assert rule.examples.get("positive") and rule.examples.get("negative"), rule.id
        if rule.effect == "red_flag":
            assert rule.why, rule.id


CASES = [
    pytest.param(rule.id, text, polarity == "positive", id=f"{rule.id}-{polarity}-{i}")
    for rule in RULES
    for polarity in ("positive", "negative")
    for i, text in enumerate(rule.examples[polarity])
]


@pytest.mark.parametrize(("rule_id", "text", "fires"), CASES)
def test_rule_examples(rule_id: str, text: str, fires: bool) -> None:
    hits = [h for h in rule_hits(text) if h.rule == rule_id]
    assert bool(hits) == fires
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)


def test_every_criterion_has_placeholder_question_and_advice() -> None:
    criteria = load_rules().criteria
    assert list(criteria) == list(CRITERIA)
    for name, spec in criteria.items():
        placeholders = spec.get("placeholders") or [spec["placeholder"]]
        assert all(p.startswith("[") and p.endswith("]") for p in placeholders), name
        assert spec["question"].endswith("?"), name
        assert spec["advice"], name
