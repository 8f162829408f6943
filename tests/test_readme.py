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
