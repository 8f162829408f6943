"""The ``coach`` command line.

Commands live in ``assistant/commands/<name>.py`` and are imported only when run, so an
analyzer command never pays for torch, Chroma or Gradio imports.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from assistant.coaches import COACHES
from assistant.terminal import clean_obj, one_line
from assistant.textinput import InputError, read_batch, read_text_arg

# name -> "module:attribute"; the module is imported only when the command runs.
# One command per coach comes from the coach registry (assistant/coaches.py).
COMMANDS: dict[str, str] = {
    "config": "assistant.commands.config:config",
    "doctor": "assistant.commands.doctor:doctor",
    "ingest": "assistant.commands.index:ingest",
    "search": "assistant.commands.index:search",
    "docs": "assistant.commands.index:docs",
    "remove": "assistant.commands.index:remove",
    "model": "assistant.commands.model:model",
    **{coach.name: coach.command for coach in COACHES},
    "chat": "assistant.commands.ask:chat",
    "eval": "assistant.commands.eval:eval_group",
    "serve": "assistant.commands.serve:serve",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a bad setting or an unexpected failure is one line, never a traceback
        (``COACH_DEBUG=1`` shows the traceback)."""
        import os

        from pydantic import ValidationError

        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise CoachError(f"{exc.format_message()} (see '{help_command(exc.ctx)}')") from None
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except ValidationError as exc:
            if os.environ.get("COACH_DEBUG"):
                raise
            first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": str(exc)}
            name = ".".join(str(p) for p in first.get("loc", ())) or "settings"
            raise CoachError(f"invalid setting {name}: {first.get('msg', '')}") from None
        except BrokenPipeError:
            # The reader stopped early (`coach feedback --input big.csv | head -1`): click's own
            # handler ends the command quietly, with exit code 1.
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence for a user-facing tool
            if os.environ.get("COACH_DEBUG"):
                raise
            click.echo(f"error: internal error ({type(exc).__name__}); run with COACH_DEBUG=1 for details", err=True)
            ctx.exit(1)


def help_command(ctx: click.Context | None) -> str:
    """The help command for the command a usage error is about ("coach search --help"), named
    ``coach`` however the program was started."""
    if ctx is None:
        return "coach --help"
    path = ctx.command_path[len(ctx.find_root().command_path):]
    return f"coach{path} --help"


class CoachError(click.ClickException):
    """A user-facing error: one line on stderr, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {one_line(self.format_message())}", err=True)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="performance-coach")
def main() -> None:
    """Performance Coach: SMART goals, feedback, biased language and policy Q&A, offline first."""


def text_command_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared interface of every text command: TEXT or '-', --input FILE, --json."""
    func = click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")(func)
    func = click.option(
        "--input",
        "input_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Batch file (.jsonl with id/text, .csv with a text column, .txt one per line); JSONL out.",
    )(func)
    return click.argument("text", required=False)(func)


def run_text_command(
    text: str | None,
    input_file: Path | None,
    as_json: bool,
    analyze: Callable[[str], Any],
    render: Callable[[Any], str],
    *,
    max_chars: int,
    allow_empty: bool = True,
    what: str = "text",
) -> None:
    """Run an analyzer on one text or a batch file and print the result.

    ``analyze`` returns a pydantic model; ``render`` turns it into human-readable text; ``what``
    names the text in messages ("feedback draft is empty").
    Batch mode validates the whole file before printing anything, then writes one JSON
    object per line, in input order, each with its ``id``.
    """
    try:
        if input_file is not None:
            if text is not None:
                raise InputError("give either TEXT or --input FILE, not both")
            items = read_batch(input_file, max_chars)
            if not allow_empty:
                for item in items:
                    if not item.text.strip():
                        raise InputError(f"{input_file}: item {item.id} is empty")
            for item in items:
                payload = analyze(item.text).model_dump(mode="json")
                click.echo(json.dumps({"id": item.id, **payload}, ensure_ascii=False))
            return
        value = read_text_arg(text, click.get_text_stream("stdin"), max_chars, allow_empty=allow_empty, what=what)
        result = analyze(value)
    except InputError as exc:
        raise CoachError(str(exc)) from None
    if as_json:
        click.echo(result.model_dump_json(indent=2))
    else:
        click.echo(render(clean_obj(result)))


def fail(message: str) -> None:
    """Stop with a one-line error and exit code 2."""
    raise CoachError(message)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
