"""Text that is safe to print on a terminal.

Documents, drafts and file names are data: an escape sequence inside them must not recolour,
clear or retitle the user's terminal, hide text, or forge a line of a report. Every human-readable
line the CLI prints goes through :func:`clean` (content) or :func:`shown_name` (file names).
JSON output needs neither: ``json.dumps`` escapes control characters.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

# ESC sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST", two-character escapes), their 8-bit
# forms, then any other C0/C1 control character except tab and newline, and the bidirectional
# overrides and isolates that reorder what is shown ("Trojan Source").
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]{0,4096}(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)
_VISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]|[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without escape sequences and control characters (tabs and newlines kept)."""
    text = text.replace("\r\n", "\n")
    return _ESCAPES.sub("", text)


def clean_obj(value: Any) -> Any:
    """:func:`clean` applied to every string inside a pydantic model, list or dict."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, BaseModel):
        return value.model_copy(update={k: clean_obj(getattr(value, k)) for k in type(value).model_fields})
    if isinstance(value, list):
        return [clean_obj(v) for v in value]
    if isinstance(value, tuple):
        return tuple(clean_obj(v) for v in value)
    if isinstance(value, dict):
        return {k: clean_obj(v) for k, v in value.items()}
    return value


def shown_name(name: str | Any) -> str:
    """A file name or path on one line, every control, invisible or reordering character escaped
    ("a\\nb.md", "report\\u202efdp.exe"), so it cannot forge a line or hide its real ending."""

    def escape(m: re.Match[str]) -> str:
        c = m.group()
        if c == "\n":
            return "\\n"
        if c == "\t":
            return "\\t"
        if c == "\r":
            return "\\r"
        code = ord(c)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _VISIBLE.sub(escape, str(name))


def one_line(message: str) -> str:
    """An error message on one line: control characters escaped, newlines shown as ``\\n``."""
    return shown_name(message.rstrip("\n"))
