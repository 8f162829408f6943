"""``coach config``: print the effective settings, secrets masked."""

from __future__ import annotations

import json
import re

import click

from assistant.settings import Settings, get_settings

_UNSET = re.compile(r"\(unset: ([^)]*)\)")


def unset_text(name: str) -> str:
    """What an unset setting means, from its own description ("unset (2, or 1 on a single core)")."""
    field = Settings.model_fields.get(name)
    found = _UNSET.search(field.description or "") if field is not None else None
    return f"unset ({found.group(1)})" if found else "unset"


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
        click.echo(f"{name.ljust(width)}  {unset_text(name) if value is None else value}")
