"""The bias rules as data: schema, every rule's own examples, and organisation rules files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from assistant.analyzers.bias import (
    CATEGORIES,
    RULES_DIR,
    RuleSet,
    RulesFileError,
    check_bias,
    load_rules,
)

BUILTIN = load_rules(None)
EXAMPLES = [
    pytest.param(rule.id, kind, sentence, id=f"{rule.id}:{kind}:{n}")
    for rule in BUILTIN.rules
    for kind in ("positive", "negative")
    for n, sentence in enumerate(getattr(rule.examples, kind))
]


def test_builtin_rules_are_complete() -> None:
    assert len(BUILTIN) >= 40
    assert {rule.category for rule in BUILTIN.rules} == set(CATEGORIES)
    for rule in BUILTIN.rules:
        assert rule.id.split(".")[0] == rule.category, rule.id
        assert rule.examples.positive and rule.examples.negative, (
            f"{rule.id} needs positive and negative examples"
        )
        assert rule.suggestion.startswith("Consider"), rule.id
        assert len(rule.explanation) > 40, rule.id
    sourced = [rule for rule in BUILTIN.rules if rule.source]
    assert len(sourced) / len(BUILTIN) > 0.8
    cited = " ".join(rule.source or "" for rule in BUILTIN.rules)
    for reference in (
        "Snyder",
        "Correll & Simard",
        "Textio (2022)",
        "Gaucher, D., Friesen, J. & Kay, A. (2011)",
    ):
        assert reference.replace("Correll & Simard", "Correll, S. & Simard") in cited, reference


@pytest.mark.parametrize(("rule_id", "kind", "sentence"), EXAMPLES)
def test_rule_example(rule_id: str, kind: str, sentence: str) -> None:
    rule = BUILTIN.get(rule_id)
    alone = RuleSet([rule], BUILTIN.vocabulary)
    own = [f for f in check_bias(sentence, rules=alone).flags if f.rule == rule_id]
    full = check_bias(sentence).flags
    if kind == "positive":
        assert own, f"{rule_id} should flag: {sentence}"
        # the full rule set flags this span too, maybe inside a longer flag of the same category; a mention's flag
        # covers the judgement beside it only when no other flag names that judgement, so the two rule sets may
        # draw different ends around the same words
        for flag in own:
            assert any(f.category == rule.category and f.start < flag.end and flag.start < f.end for f in full), (
                sentence, full)
    else:
        assert not own, f"{rule_id} should not flag: {sentence} -> {own}"
        assert not [f for f in full if f.rule == rule_id]


def test_builtin_yaml_files_are_split_by_topic() -> None:
    names = sorted(p.name for p in RULES_DIR.glob("bias*.yaml"))
    assert "bias_context.yaml" in names and len(names) >= 4
    context = yaml.safe_load((RULES_DIR / "bias_context.yaml").read_text())
    assert {"things", "people", "roles", "attributes"} <= set(context["vocabulary"])


# ----------------------------------------------------------------------------- organisation files

ORG_RULE = """
rules:
  - id: affinity.org_culture_carrier
    category: affinity
    severity: low
    patterns: ["culture carrier(s)?"]
    explanation: Our policy asks reviewers not to rate people on being like the existing team.
    suggestion: Consider naming the behaviour you value, e.g. "onboarded three new hires".
    examples: {positive: ["She is a true culture carrier."], negative: ["The carrier delivered the parcel."]}
disable: [gender_coded.bro_jargon]
vocabulary:
  things: [launchpad]
"""


def write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


def test_org_file_adds_disables_and_extends_vocabulary(tmp_path: Path) -> None:
    rules = load_rules(write(tmp_path / "org.yaml", ORG_RULE))
    text = "She is a true culture carrier and our rockstar developer."
    assert [(f.text, f.rule, f.category, f.severity) for f in check_bias(text, rules=rules).flags] == [
        ("culture carrier", "affinity.org_culture_carrier", "affinity", "low"),
    ]
    assert [f.rule for f in check_bias(text).flags] == ["gender_coded.bro_jargon"]  # built-ins untouched
    assert "gender_coded.bro_jargon" not in rules.ids and len(rules) == len(BUILTIN)
    assert (
        check_bias("Ola was aggressive about the launchpad.", rules=rules).flags[0].rule
        == "gender_coded.aggressive"
    )
    assert check_bias("That is an aggressive launchpad.", rules=rules).flags == []
    assert check_bias("That is an aggressive launchpad.").flags == []  # no person named either way


def test_org_rule_with_builtin_id_replaces_it(tmp_path: Path) -> None:
    path = write(
        tmp_path / "org.yaml",
        """
rules:
  - id: gendered_language.guys_address
    category: gendered_language
    severity: medium
    patterns: ["guys"]
    explanation: Our style guide asks for gender-neutral group address everywhere.
    suggestion: Consider "team" or "everyone".
""",
    )
    rules = load_rules(path)
    flag = check_bias("The guys in QA shipped it.", rules=rules).flags[0]
    assert (flag.start, flag.end, flag.severity, flag.explanation) == (
        4,
        8,
        "medium",
        "Our style guide asks for gender-neutral group address everywhere.",
    )
    assert check_bias("The guys in QA shipped it.").flags == []


def test_load_rules_is_cached_until_the_file_changes(tmp_path: Path) -> None:
    path = write(tmp_path / "org.yaml", "disable: [age.young]\n")
    first = load_rules(path)
    assert load_rules(path) is first
    assert load_rules(None) is load_rules(None)
    write(path, "disable: [age.young, age.old_labels]\n")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    second = load_rules(path)
    assert second is not first
    assert "age.old_labels" not in second.ids and "age.old_labels" in first.ids


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rules: [\n  - id: x\n", "is not valid YAML at line"),
        ("- just\n- a list\n", "expected a mapping with 'bias', 'feedback' or 'goal'"),
        ("disable: [no.such_rule]\n", "disable lists unknown rule id(s): no.such_rule"),
        ("colour: blue\n", "unknown section(s) colour"),
        ("bias: {colour: blue}\n", "colour: Extra inputs are not permitted"),
        ("base: &a [x]\nrules: *a\n", "aliases are not allowed"),
        ("vocabulary:\n  cues: [a]\n  cues: [b]\n", "at line 3: the key 'cues' is given twice in one mapping"),
        ("allow: ['  ']\n", "allow: Value error, allow phrase '  ' has no words"),
        (
            "rules:\n  - {id: org.x, category: politics, severity: low, patterns: [x],"
            " explanation: 'long enough text', suggestion: 'Consider y'}\n",
            "rules.0.category: Input should be 'gendered_language'",
        ),
        (
            "rules:\n  - {id: org.x, category: age, severity: low, patterns: [x],"
            " explanation: 'long enough text', suggestion: 'Use y instead'}\n",
            "rules.0.suggestion: Value error, must start with 'Consider'",
        ),
        (
            "rules:\n  - {id: org.x, category: age, severity: low, patterns: ['(old|aged'],"
            " explanation: 'long enough text', suggestion: 'Consider y'}\n",
            "rule org.x: unbalanced '(' in pattern '(old|aged'",
        ),
        (
            "rules:\n  - {id: org.x, category: age, severity: low, patterns: ['{elders}'],"
            " explanation: 'long enough text', suggestion: 'Consider y'}\n",
            "rule org.x: unknown vocabulary {elders}",
        ),
        (
            "rules:\n  - {id: Bad Id, category: age, severity: low, patterns: [x],"
            " explanation: 'long enough text', suggestion: 'Consider y'}\n",
            "rules.0.id: String should match pattern",
        ),
    ],
)
def test_bad_rules_file_gives_one_clear_line(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "org.yaml", content)
    with pytest.raises(RulesFileError) as info:
        load_rules(path)
    text = str(info.value)
    assert "\n" not in text
    assert text.startswith(f"rules file {path}") or text.startswith(f"rules file {path.resolve()}")
    assert message in text


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(RulesFileError, match="no such file"):
        load_rules(tmp_path / "absent.yaml")
    with pytest.raises(RulesFileError, match="is a folder"):
        load_rules(tmp_path)


def test_allow_list_keeps_an_organisation_phrase_unflagged(tmp_path: Path) -> None:
    text = "Our Chairman of the Board signed it, and Ama is a chairman too."
    assert [(f.start, f.rule) for f in check_bias(text).flags] == [
        (4, "gendered_language.chairman"), (50, "gendered_language.chairman")]
    rules = load_rules(write(tmp_path / "org.yaml", "bias:\n  allow: [chairman of the board]\n"))
    assert [(f.start, f.rule) for f in check_bias(text, rules=rules).flags] == [(50, "gendered_language.chairman")]
    assert rules.ids == BUILTIN.ids  # allowing a phrase disables no rule


def test_bias_section_and_top_level_are_the_same_thing(tmp_path: Path) -> None:
    top = load_rules(write(tmp_path / "top.yaml", "disable: [age.young]\n"))
    nested = load_rules(write(tmp_path / "nested.yaml", "bias:\n  disable: [age.young]\n"))
    assert top.ids == nested.ids and "age.young" not in top.ids
    with pytest.raises(RulesFileError, match="either at the top level or under 'bias'"):
        load_rules(write(tmp_path / "both.yaml", "disable: [age.young]\nbias: {disable: [age.young]}\n"))


def test_flags_carry_the_rules_source_and_replacements() -> None:
    flag = check_bias("Thanks guys, the release is out.").flags[0]
    rule = BUILTIN.get("gendered_language.guys_address")
    assert (flag.rule, flag.source, flag.replacements) == (rule.id, rule.source, ["everyone", "team", "folks"])
    assert check_bias("She is abrasive.").flags[0].replacements == []  # a label has no one-word swap


def test_packaged_loader_also_refuses_a_repeated_key(tmp_path: Path) -> None:
    from assistant.analyzers.rules import RulesFileError, read_yaml

    path = tmp_path / "bias_x.yaml"
    path.write_text("vocabulary:\n  evaluation: [disrupts]\n  evaluation: [hazard]\nrules: []\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match="the key 'evaluation' is given twice"):
        read_yaml(path, trusted=True)
