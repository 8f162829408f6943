"""docs/rules.md is generated from the rule data and must be current."""

from __future__ import annotations

from assistant.analyzers.reference import DOC_PATH, main, render


def test_rules_reference_is_current() -> None:
    assert DOC_PATH.read_text(encoding="utf-8") == render(), (
        "docs/rules.md is stale: run python -m assistant.analyzers.reference"
    )
    assert main(["--check"]) == 0


def test_reference_lists_every_analyzer_and_cites_sources() -> None:
    from assistant.analyzers.bias import load_rules
    from assistant.analyzers.feedback import load_feedback_rules
    from assistant.analyzers.goal import load_rules as goal_rules

    text = render()
    ids = [r.id for r in load_rules(None).rules] + [r.id for r in load_feedback_rules().span_rules]
    ids += [c.id for c in load_feedback_rules().cues] + [r.id for r in goal_rules().rules]
    for rule_id in ids:
        assert f"| `{rule_id}` |" in text, rule_id
    for heading in ("## Bias", "## Feedback", "## Goals", "## Your organisation's rules"):
        assert heading in text
    assert "Doran, G. T. (1981)" in text and "Gaucher" in text and "Situation-Behavior-Impact" in text
