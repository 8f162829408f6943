"""``coach ask``: answer a policy question from the indexed documents, with citations, or abstain."""

from __future__ import annotations

import textwrap
from typing import Any

import click
from pydantic import BaseModel

from assistant.cli import fail, run_text_command, text_command_options
from assistant.settings import get_settings
from assistant.terminal import shown_name


class AskCitation(BaseModel):
    source: str
    section: str | None
    excerpt: str
    score: float | None


class AskOutput(BaseModel):
    """The JSON shape of ``coach ask --json``."""

    answered: bool
    answer: str
    citations: list[AskCitation]
    mode: str


def render(result: AskOutput) -> str:
    """Human-readable answer and numbered sources."""
    lines = [result.answer, ""]
    lines.append("Sources:" if result.answered else "Nearest documents:")
    for i, c in enumerate(result.citations, 1):
        where = f"{shown_name(c.source)}" + (f" › {c.section}" if c.section else "")
        lines.append(f"  [{i}] {where}" + (f"  (score {c.score:.2f})" if c.score is not None else ""))
        lines.append(textwrap.indent(textwrap.fill(c.excerpt, 96), "      "))
    if not result.citations:
        lines.append("  (none: the index is empty)")
    return "\n".join(lines)


@click.command()
@text_command_options
def ask(text: str | None, input_file: Any, as_json: bool) -> None:
    """Answer a policy QUESTION from the indexed documents ('-' reads standard input).

    Answers quote the documents with [n] citations; when the documents do not cover the question
    the answer says so and lists the nearest documents.
    """
    from assistant import service
    from assistant.qa import as_json_payload

    settings = get_settings()
    notices: list[str] = []

    from assistant.terminal import clean

    def notify(message: str) -> None:
        click.echo(clean(message), err=True)

    def analyze(question: str) -> AskOutput:
        result = service.ask(question, settings, notify=notify)
        for notice in result.notices:
            if notice not in notices:
                notices.append(notice)
                click.echo(f"notice: {clean(notice)}", err=True)
        return AskOutput(**as_json_payload(result))

    from assistant.knowledge import KnowledgeError

    try:
        run_text_command(text, input_file, as_json, analyze, render, max_chars=settings.max_input_chars,
                         allow_empty=False)
    except KnowledgeError as exc:  # no index yet, a model mismatch: one line, exit 2
        fail(str(exc))
