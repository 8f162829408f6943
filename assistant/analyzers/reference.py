"""The rules reference (``docs/rules.md``), generated from the rule data of every analyzer.

``python -m assistant.analyzers.reference`` rewrites the file; ``--check`` exits 1 when it is
stale (the test suite runs the same comparison), as retext-equality generates its rules table.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from assistant.settings import PROJECT_ROOT

DOC_PATH = PROJECT_ROOT / "docs" / "rules.md"


def _cell(text: object) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


def _examples(positive: Iterable[str], negative: Iterable[str]) -> str:
    pos = "; ".join(f"“{_cell(e)}”" for e in list(positive)[:2])
    neg = "; ".join(f"“{_cell(e)}”" for e in list(negative)[:1])
    return f"fires: {pos}<br>not: {neg}" if neg else f"fires: {pos}"


def _bias() -> list[str]:
    from assistant.analyzers.bias import load_rules

    rules = sorted(load_rules(None).rules, key=lambda r: (r.category, r.id))
    lines = [
        "## Bias (`coach bias`, and the bias flags of `coach feedback`)",
        "",
        f"{len(rules)} rules in `assistant/rules/bias_*.yaml`. Patterns expand `(a|b)`, `(x)?`, "
        "`{vocabulary}` lists and `~word` (every inflection: `~fall` is fall, falls, fell, fallen, falling); "
        "the context says when a match counts. Kind: `mention`, a neutral word for a characteristic whose bias "
        "depends on whom it judges (no flag when it describes the people the person serves or is part of a "
        "capitalised name); `wording`, a term the sources reject in itself, flagged whoever it describes.",
        "",
        "| id | category | kind | severity | matches | explanation | suggestion | source | examples |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rules:
        patterns = ", ".join(f"`{_cell(p)}`" for p in r.patterns[:4]) + (" …" if len(r.patterns) > 4 else "")
        lines.append(
            f"| `{r.id}` | {r.category} | {r.term_kind} | {r.severity} | {patterns} | {_cell(r.explanation)} | "
            f"{_cell(r.suggestion)} | {_cell(r.source)} | {_examples(r.examples.positive, r.examples.negative)} |"
        )
    return lines


def _feedback() -> list[str]:
    from assistant.analyzers.feedback import load_feedback_rules

    rules = load_feedback_rules()
    lines = [
        "## Feedback (`coach feedback`)",
        "",
        "Span rules (`assistant/rules/feedback.yaml`): words that frame feedback badly.",
        "",
        "| id | kind | terms | explanation | suggestion | source | examples |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in rules.span_rules:
        r = c.rule
        terms = ", ".join(f"`{_cell(t)}`" for t in r.terms[:6]) + (" …" if len(r.terms) > 6 else "")
        if r.match == "valence":  # its terms are the words it leaves out
            terms = f"any word VADER rates ≤ {r.valence_at_most}, except {terms}"
        lines.append(f"| `{r.id}` | {r.kind} | {terms} | {_cell(r.explanation)} | {_cell(r.suggestion)} | "
                     f"{_cell(r.source)} | {_examples(r.examples.positive, r.examples.negative)} |")
    lines += [
        "",
        "Sentence-function cues (`assistant/rules/feedback_structure.yaml`): each shows one part of the "
        "situation-behaviour-impact-next step structure in a sentence; the clause around it is the evidence.",
        "",
        "| id | part | explanation | suggestion | source | examples |",
        "|---|---|---|---|---|---|",
    ]
    for cue in rules.cues:
        r = cue.rule
        lines.append(f"| `{r.id}` | {r.kind} | {_cell(r.explanation)} | {_cell(r.suggestion)} | {_cell(r.source)} | "
                     f"{_examples(r.examples.positive, r.examples.negative)} |")
    lines += ["", "Findings about the whole draft:", "", "| id | kind | explanation | suggestion | source |",
              "|---|---|---|---|---|"]
    for d in rules.documents.values():
        lines.append(f"| `{d.id}` | {d.kind} | {_cell(d.explanation)} | {_cell(d.suggestion)} | {_cell(d.source)} |")
    lines += ["", f"Praise and criticism lexicon: {_cell(rules.polarity_source)}"]
    return lines


def _goal() -> list[str]:
    from assistant.analyzers.goal import load_rules

    rules = load_rules()
    lines = [
        "## Goals (`coach goal`)",
        "",
        "Rules in `assistant/rules/goal.yaml` (its header explains how each SMART letter is judged). "
        "Rules without a pattern are built in code from the lists in the same file.",
        "",
        "| id | criterion | effect | explanation | suggestion | source | examples |",
        "|---|---|---|---|---|---|---|",
    ]
    for compiled in rules.rules:
        r = compiled.source
        if r is None:
            continue
        lines.append(f"| `{r.id}` | {r.criterion} | {r.effect} | {_cell(r.explanation)} | {_cell(r.suggestion)} | "
                     f"{_cell(r.source)} | {_examples(r.examples.positive, r.examples.negative)} |")
    return lines


OVERRIDES = """## Your organisation's rules

One YAML file, named by `COACH_RULES_FILE`, changes the rules of all three analyzers. Each
section may add rules (a built-in id replaces that rule), `disable` rule ids, `allow` phrases in
which nothing is flagged, and extend word lists. Every rule needs the same fields as the built-in
ones above; patterns must run in linear time (no `$` anchors, no nested unbounded repeats).

```yaml
bias:                                   # top-level rules/disable/allow/vocabulary also mean bias
  disable: [gendered_language.guys_address]
  allow: [Young Professionals Network]
  rules:
    - id: org.unicorn_hire
      category: gender_coded
      severity: low
      patterns: ["unicorn hire"]
      explanation: "Hype words in review language describe a fantasy, not the work."
      suggestion: "Consider naming the skills the role needs."
      source: "Our inclusive-language guide, 2026."
      examples: {positive: ["We need a unicorn hire."], negative: ["The unicorn logo is blue."]}
feedback:
  disable: [harsh-terrible]
  allow: [aggressive growth targets]
goal:
  allow: [100% uptime]                  # a contractual target, not a perfection red flag
  vocabulary: {action_verbs: [onboard]}
```
"""


def render() -> str:
    """The whole reference as Markdown."""
    parts = [
        "# Rules reference",
        "",
        "<!-- Generated by `python -m assistant.analyzers.reference` from assistant/rules/*.yaml; do not edit. -->",
        "",
        "Every rule of every analyzer is data with the same core fields: an id, its category or kind, an "
        "explanation, a suggestion, a source and examples it must and must not fire on (the test suite runs "
        "them all). The schema is `assistant/analyzers/rules.py`.",
        "",
        *_bias(), "", *_feedback(), "", *_goal(), "", OVERRIDES,
    ]
    return "\n".join(parts).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    content = render()
    path = Path(DOC_PATH)
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != content:
            print(f"{path} is stale: run python -m assistant.analyzers.reference", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
