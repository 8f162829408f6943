"""``coach bias``: flag biased language, each flag with its span, category, why and what to do."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli import fail, run_text_command, text_command_options

if TYPE_CHECKING:
    from assistant.analyzers.bias import BiasReport
    from assistant.settings import Settings

SEVERITY_COLOURS = {"high": "red", "medium": "yellow", "low": "cyan"}


def summary(report: BiasReport) -> str:
    """One line: how many flags, by category."""
    if not report.flags:
        return "No biased language found."
    counts = Counter(flag.category for flag in report.flags)
    by_category = ", ".join(f"{category} {count}" for category, count in counts.most_common())
    noun = "flag" if len(report.flags) == 1 else "flags"
    return f"{len(report.flags)} {noun}: {by_category}"


def render(report: BiasReport) -> str:
    """Each flag with the quoted span, its category and severity, the reason and a suggestion."""
    lines = [summary(report)]
    for number, flag in enumerate(report.flags, 1):
        severity = click.style(flag.severity, fg=SEVERITY_COLOURS[flag.severity])
        lines += [
            "",
            f'{number}. "{flag.text}" (chars {flag.start}-{flag.end})  {flag.category} · {severity} · {flag.rule}',
            f"   Why: {flag.explanation}",
            f"   Try: {flag.suggestion}",
        ]
    return "\n".join(lines)


@click.command()
@text_command_options
def bias(text: str | None, input_file: Path | None, as_json: bool) -> None:
    """Flag biased language in TEXT, '-' for stdin, or --input FILE (.jsonl/.csv/.txt, JSONL out)."""
    from assistant import service
    from assistant.settings import get_settings

    settings = get_settings()
    check_rules_file(settings)

    def analyze(value: str) -> BiasReport:
        return service.bias(value, settings)

    run_text_command(text, input_file, as_json, analyze, render, max_chars=settings.max_input_chars)


def check_rules_file(settings: Settings, sections: tuple[str, ...] = ("bias",)) -> None:
    """Fail with one line, before any output, when a section of the organisation's rules file
    that this command uses is bad (only those rules are loaded, so a cold command stays fast)."""
    from assistant.analyzers.rules import RulesFileError

    try:
        if "bias" in sections:
            from assistant.analyzers.bias import load_rules

            load_rules(settings.rules_file)
        if "feedback" in sections:
            from assistant.analyzers.feedback import load_feedback_rules

            load_feedback_rules(settings.rules_file)
        if "goal" in sections:
            from assistant.analyzers.goal import load_rules as load_goal_rules

            load_goal_rules(rules_file=settings.rules_file)
    except RulesFileError as exc:
        fail(str(exc))
