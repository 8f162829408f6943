"""``coach ask`` and ``coach chat``: answer policy questions from the indexed documents, with
citations, or abstain; follow-up questions read the earlier turns of the conversation."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel

from assistant.cli import CoachError, fail, run_text_command, text_command_options
from assistant.settings import get_settings
from assistant.terminal import shown_name
from assistant.textinput import InputError, check_text

MAX_HISTORY_BYTES = 1_000_000
MAX_HISTORY_TURNS = 50


class AskCitation(BaseModel):
    source: str
    section: str | None
    excerpt: str
    score: float | None
    organisation: str | None = None
    date: str | None = None


class AskOutput(BaseModel):
    """The JSON shape of ``coach ask --json``."""

    answered: bool
    answer: str
    citations: list[AskCitation]
    mode: str
    question: str | None = None
    conflict: bool = False


def where(c: AskCitation) -> str:
    """A citation's document, section and date, as one line."""
    text = shown_name(c.source) + (f" › {c.section}" if c.section else "")
    extras = [x for x in (c.organisation, f"effective {c.date}" if c.date else None) if x]
    return text + (f" ({', '.join(extras)})" if extras else "")


def render(result: AskOutput) -> str:
    """Human-readable answer and numbered sources."""
    lines = [result.answer, ""]
    lines.append("Sources:" if result.answered else "Nearest documents:")
    for i, c in enumerate(result.citations, 1):
        lines.append(f"  [{i}] {where(c)}")  # no score: it is the quote's similarity, not the source's rank
        lines.append(textwrap.indent(textwrap.fill(c.excerpt, 96), "      "))
    if not result.citations:
        lines.append("  (none)")
    return "\n".join(lines)


def load_history(path: Path) -> list[Any]:
    """Earlier turns from a JSON file: a list of ``{"question", "answer"}`` objects (or of
    ``{"role": "user"|"assistant", "content"}`` messages, as chat apps keep them)."""
    from assistant.qa import Turn

    try:
        size = path.stat().st_size
        if size > MAX_HISTORY_BYTES:
            raise CoachError(f"{path}: history file is larger than {MAX_HISTORY_BYTES:,} bytes")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CoachError(f"{path}: no such history file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        raise CoachError(f"{path}: not a valid JSON history file ({reason})") from None
    if isinstance(data, dict) and isinstance(data.get("turns"), list):
        data = data["turns"]
    if not isinstance(data, list):
        raise CoachError(f"{path}: history must be a JSON list of turns")
    turns: list[Turn] = []
    pending: str | None = None
    for index, item in enumerate(data[-2 * MAX_HISTORY_TURNS:], 1):
        if not isinstance(item, dict):
            raise CoachError(f"{path}: turn {index} is not an object")
        if "role" in item:
            content = item.get("content")
            if not isinstance(content, str):
                raise CoachError(f"{path}: turn {index} has no text content")
            if item["role"] == "user":
                if pending is not None:
                    turns.append(Turn(question=pending))
                pending = content
            elif item["role"] == "assistant" and pending is not None:
                turns.append(Turn(question=pending, answer=content))
                pending = None
            continue
        question, answer = item.get("question"), item.get("answer", "")
        if not isinstance(question, str) or not question.strip() or not isinstance(answer, str):
            raise CoachError(f"{path}: turn {index} needs a 'question' (and an 'answer') string")
        turns.append(Turn(question=question, answer=answer))
    if pending is not None:
        turns.append(Turn(question=pending))
    return turns[-MAX_HISTORY_TURNS:]


def _ask(question: str, settings: Any, history: list[Any], notices: list[str]) -> AskOutput:
    from assistant import service
    from assistant.knowledge import KnowledgeError
    from assistant.qa import QuestionError, as_json_payload
    from assistant.terminal import clean

    def notify(message: str) -> None:
        click.echo(clean(message), err=True)

    try:
        result = service.ask(question, settings, notify=notify, history=history)
    except QuestionError as exc:
        raise CoachError(str(exc)) from None
    except KnowledgeError as exc:
        raise CoachError(str(exc)) from None
    for notice in result.notices:
        if notice not in notices:
            notices.append(notice)
            click.echo(f"notice: {clean(notice)}", err=True)
    return AskOutput(**as_json_payload(result))


@click.command()
@text_command_options
@click.option("--history", "history_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Earlier turns (JSON list of {question, answer}); a follow-up question reads them.")
def ask(text: str | None, input_file: Any, as_json: bool, history_file: Path | None) -> None:
    """Answer a policy QUESTION from the indexed documents ('-' reads standard input).

    Answers quote the documents with [n] citations; when the documents do not cover the question
    the answer says so and lists the nearest documents. Needs an index ('coach ingest').
    """
    settings = get_settings()
    history = load_history(history_file) if history_file is not None else []
    notices: list[str] = []
    run_text_command(text, input_file, as_json, lambda q: _ask(q, settings, history, notices), render,
                     max_chars=settings.max_input_chars, allow_empty=False, what="question")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON answer per line instead of text.")
def chat(as_json: bool) -> None:
    """Ask policy questions in a conversation: follow-ups ("and if they are on leave?") read the
    earlier turns. One question per line; an empty line or end of input stops."""
    from assistant.qa import Turn

    settings = get_settings()
    history: list[Turn] = []
    notices: list[str] = []
    stdin = click.get_text_stream("stdin")
    interactive = stdin.isatty()
    while True:
        if interactive:
            click.echo("you> ", nl=False, err=True)
        try:
            line = stdin.readline()
        except UnicodeDecodeError as exc:
            fail(f"standard input is not valid UTF-8 (byte {exc.start} of the line); save it as UTF-8 and try again")
        if not line or not line.strip():
            return
        try:  # the same checks as `coach ask`: size, NUL characters, undecodable text
            question = check_text(line.strip(), settings.max_input_chars, what="question")
        except InputError as exc:
            fail(str(exc))
        result = _ask(question, settings, history, notices)
        if as_json:
            click.echo(result.model_dump_json())
        else:
            shown = f"(read as: {result.question})\n" if result.question and result.question != question else ""
            click.echo(shown + render(result) + "\n")
        history.append(Turn(question=question, answer=result.answer))
