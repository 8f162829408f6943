"""``coach doctor``: check the configured model once (structured-output method, round trip, context)."""

from __future__ import annotations

import click

from assistant.settings import get_settings


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def doctor(as_json: bool) -> None:
    """Call the configured model once and report the method that works, round trip and context size.

    Exit 0 when the model (or offline mode) is usable, 1 when it is not.
    """
    from assistant.llm.doctor import check_model, render

    report = check_model(get_settings())
    click.echo(report.model_dump_json(indent=2) if as_json else render(report))
    if not report.ok:
        raise SystemExit(1)
