"""``coach config``: print the effective settings, secrets masked."""

from __future__ import annotations

import json

import click

from assistant.settings import get_settings


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def config(as_json: bool) -> None:
    """Show the effective settings (from COACH_* variables and .env), secrets masked."""
    values = get_settings().masked()
    if as_json:
        click.echo(json.dumps(values, indent=2, default=str))
        return
    width = max(len(name) for name in values)
    for name, value in values.items():
        click.echo(f"{name.ljust(width)}  {value}")
