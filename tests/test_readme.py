"""The README's examples work as written."""

import re
from pathlib import Path

from assistant.analyzers.bias import check_bias, load_rules

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    first_block = re.search(r"```bash\n(.*?)```", README, re.S).group(1).splitlines()
    assert [line.split()[:2] for line in first_block] == [["make", "run"], ["make", "test"]]


def test_org_rules_example_loads_and_applies(tmp_path):
    block = re.search(r"```yaml\n(# COACH_RULES_FILE=org-rules.yaml\n.*?)```", README, re.S).group(1)
    rules_file = tmp_path / "org-rules.yaml"
    rules_file.write_text(block, encoding="utf-8")
    rules = load_rules(rules_file)
    text = "Thanks guys. We need a unicorn hire for this team."
    flags = check_bias(text, rules=rules).flags
    assert [(f.rule, f.text, f.category) for f in flags] == [("org.unicorn_hire", "unicorn hire", "gender_coded")]
    assert [f.rule for f in check_bias(text).flags] == ["gendered_language.guys_address"]


def test_org_rules_example_sections_load_for_every_analyzer(tmp_path):
    from assistant.analyzers.feedback import load_feedback_rules, review_feedback
    from assistant.analyzers.goal import check_goal
    from assistant.analyzers.goal import load_rules as load_goal_rules

    block = re.search(r"```yaml\n(# COACH_RULES_FILE=org-rules.yaml\n.*?)```", README, re.S).group(1)
    rules_file = tmp_path / "org-rules.yaml"
    rules_file.write_text(block, encoding="utf-8")
    assert check_bias("She chairs the Young Professionals Network.", rules=load_rules(rules_file)).flags == []
    draft = "Your demo was terrible."
    assert [f.kind for f in review_feedback(draft).findings if f.text] == ["harsh"]
    assert [f.kind for f in review_feedback(draft, rules=load_feedback_rules(rules_file)).findings if f.text] == []
    goal = "Keep 100% uptime on the billing API."
    assert [w.kind for w in check_goal(goal).warnings] == ["unrealistic"]
    assert check_goal(goal, rules=load_goal_rules(rules_file=rules_file)).warnings == []
