"""``coach feedback``: structure, framing findings, bias flags and a rewrite scaffold for a draft."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from assistant.cli import run_text_command, text_command_options
from assistant.settings import get_settings

if TYPE_CHECKING:
    from pathlib import Path

    from assistant.analyzers.feedback import FeedbackReport

PART_LABELS = {"situation": "Situation", "behavior": "Behaviour", "impact": "Impact", "next_step": "Next step"}


def render_feedback(report: FeedbackReport) -> str:
    """Human-readable report: polarity, structure checklist, findings, bias flags, rewrite, sources."""
    lines = [f"Polarity: {report.polarity}", "", "Structure:"]
    for part, label in PART_LABELS.items():
        item = getattr(report.structure, part)
        mark = "[x]" if item.present else "[ ]"
        evidence = f'  "{item.evidence}"' if item.evidence else "" if item.present else "  missing"
        lines.append(f"  {mark} {label}:{evidence}")
    lines += ["", "Findings:" if report.findings else "Findings: none"]
    for f in report.findings:
        where = f' "{f.text}" ({f.start}-{f.end})' if f.text is not None else ""
        lines.append(f"  - {f.kind}{where}: {f.message}")
        lines.append(f"      {f.suggestion}")
    lines += ["", "Biased language:" if report.bias else "Biased language: none"]
    for b in report.bias:
        lines.append(f'  - "{b.text}" ({b.category}, {b.severity}) {b.explanation}')
        lines.append(f"      {b.suggestion}")
    lines += ["", "Rewrite:"]
    lines += [f"  {line}" for line in report.rewrite.splitlines()] or ["  (nothing to rewrite)"]
    for notice in report.notices:
        lines.append(f"  note: {notice}")
    if report.sources:
        lines += ["", "Sources:"]
        for c in report.sources:
            section = f" > {c.section}" if c.section else ""
            lines.append(f"  - {c.source}{section}: {c.excerpt}")
    return "\n".join(lines)


@click.command()
@text_command_options
def feedback(text: str | None, input_file: Path | None, as_json: bool) -> None:
    """Review a feedback draft: situation, behaviour, impact, next step, framing and bias.

    TEXT is the draft, or '-' to read it from standard input.
    """
    from assistant.commands.bias import check_rules_file

    settings = get_settings()
    check_rules_file(settings, ("bias", "feedback"))

    def notify(message: str) -> None:
        click.echo(message, err=True)

    def analyze(value: str) -> Any:
        from assistant import service

        return service.feedback(value, settings, notify)

    run_text_command(
        text, input_file, as_json, analyze, render_feedback,
        max_chars=settings.max_input_chars, allow_empty=False, what="feedback draft",
    )
