"""``coach goal``: the SMART check of a goal, its coaching questions and a faithful rewrite."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli import run_text_command, text_command_options
from assistant.textinput import InputError

if TYPE_CHECKING:
    from assistant.analyzers.goal import GoalReport

LABELS = {
    "specific": ("S", "Specific"),
    "measurable": ("M", "Measurable"),
    "attainable": ("A", "Attainable"),
    "relevant": ("R", "Relevant"),
    "time_bound": ("T", "Time-bound"),
}


def render(report: GoalReport) -> str:
    """The report as a terminal scorecard: letters lit or unlit, evidence, questions, rewrite."""
    criteria = report.criteria.model_dump()
    letters = "  ".join(
        click.style(letter, fg="green", bold=True) if criteria[name]["met"] else click.style(letter, dim=True)
        for name, (letter, _) in LABELS.items()
    )
    lines = [f"SMART {report.score}/5   {letters}", ""]
    indent = " " * 14
    for name, (_, label) in LABELS.items():
        c = criteria[name]
        if c["met"]:
            shown = f'"{c["evidence"]}"' if c["evidence"] else c["advice"]
            lines.append(f"{click.style('✓', fg='green')} {label:<11} {shown}")
            if c["evidence"] and name == "measurable" and c["advice"].startswith("Measured as done"):
                lines.append(indent + c["advice"])
        else:
            lines.append(f"{click.style('✗', fg='red')} {label:<11} {c['advice']}")
            lines.append(f"{indent}? {c['question']}")
    lines += ["", click.style("Rewrite", bold=True)]
    if getattr(report, "summary", None):
        lines.append(f"  {report.summary}")
    lines.append(f"  {report.rewrite}")
    if report.placeholders:
        lines.append("  Fill in: " + ", ".join(report.placeholders))
    if report.questions:
        lines += ["", click.style("Questions to consider", bold=True)]
        for i, question in enumerate(report.questions):
            source = report.sources[i] if i < len(report.sources) else None
            where = f"  ({source.source}{' § ' + source.section if source.section else ''})" if source else ""
            lines.append(f"  - {question}{where}")
    if report.warnings:
        lines += ["", click.style("Warnings", bold=True)]
        lines += [f"  ! {w.message}" for w in report.warnings]
    if report.notices:
        lines += [""] + [f"note: {notice}" for notice in report.notices]
    return "\n".join(lines)


@click.command()
@text_command_options
def goal(text: str | None, input_file: Path | None, as_json: bool) -> None:
    """Check a goal against the SMART criteria: TEXT, '-' for stdin, or --input FILE."""
    from assistant import service
    from assistant.settings import get_settings

    settings = get_settings()
    from assistant.commands.bias import check_rules_file

    check_rules_file(settings, ("goal",))

    def notify(message: str) -> None:
        click.echo(message, err=True)

    def analyze(value: str) -> GoalReport:
        if not value.strip():
            raise InputError("goal is empty")
        return service.goal(value, settings, notify)

    run_text_command(
        text,
        input_file,
        as_json,
        analyze,
        render,
        max_chars=settings.max_input_chars,
        # Batch files are checked for empty items before anything is printed.
        allow_empty=input_file is None,
        what="goal",
    )
