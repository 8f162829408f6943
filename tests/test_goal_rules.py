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


def test_every_rule_carries_a_suggestion_and_a_source() -> None:
    for rule in RULES:
        assert rule.source is not None and rule.source.suggestion and rule.source.source, rule.id


def test_organisation_goal_section(tmp_path) -> None:
    import datetime as dt

    from assistant.analyzers.goal import check_goal
    from assistant.analyzers.rules import RulesFileError

    path = tmp_path / "org.yaml"
    path.write_text(
        """
goal:
  disable: [warn.weak_commitment]
  allow: [100% uptime]
  vocabulary: {action_verbs: [onboard-ify]}
  rules:
    - id: org.relevant-pillar
      criterion: relevant
      effect: evidence
      pattern: '\\bpillar\\s+[A-C]\\b'
      explanation: Our strategy has three pillars; naming one links the goal to it.
      suggestion: Name the pillar this goal serves.
      source: Our 2027 strategy.
      examples: {positive: ['Cut churn 5% for pillar B'], negative: ['Cut churn 5%']}
""",
        encoding="utf-8",
    )
    rules = load_rules(rules_file=path)
    today = dt.date(2026, 12, 1)
    text = "Hopefully keep 100% uptime on the billing API through Q1 2027 for pillar B."
    org = check_goal(text, today=today, rules=rules)
    builtin = check_goal(text, today=today)
    assert [w.kind for w in builtin.warnings] == ["weak_commitment", "unrealistic"]
    assert org.warnings == []
    assert (org.criteria.relevant.met, org.criteria.relevant.evidence) == (True, "pillar B")
    assert builtin.criteria.relevant.met is False
    path.write_text("goal:\n  rules:\n    - {id: org.x, criterion: relevant, effect: evidence, pattern: '(a+)+',"
                    " explanation: 'long enough text', suggestion: 'Say it'}\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match="rule org.x: has a nested unbounded repeat"):
        load_rules(rules_file=path)
    path.write_text("goal:\n  vocabulary: {colours: [blue]}\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match="unknown list"):
        load_rules(rules_file=path)


def test_a_passed_deadline_is_not_time_bound_and_says_so() -> None:
    import datetime as dt

    from assistant.analyzers.goal import check_goal

    text = "Reduce overtime by 20% by September 30, 2025."
    past = check_goal(text, today=dt.date(2026, 12, 1))
    ahead = check_goal(text, today=dt.date(2025, 1, 1))
    assert (past.criteria.time_bound.met, ahead.criteria.time_bound.met) == (False, True)
    assert past.criteria.time_bound.advice == (
        '"by September 30, 2025" has already passed. Give a date or period that is still ahead.')
    assert [(w.kind, w.text) for w in past.warnings] == [("past_deadline", "by September 30, 2025")]
    assert check_goal("Reduce overtime by 20% by September 30.", today=dt.date(2026, 12, 1)).criteria.time_bound.met
