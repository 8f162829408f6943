"""Reading user text safely: single texts, stdin and batch files (.jsonl, .csv, .txt).

Everything here raises :class:`InputError` with a one-line, user-facing message on bad input;
the CLI turns it into exit code 2 and the app into a visible error.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

BATCH_SUFFIXES = (".jsonl", ".csv", ".txt")


class InputError(ValueError):
    """Bad user input; the message is shown to the user as is."""


@dataclass(frozen=True)
class BatchItem:
    id: str
    text: str


def decode_bytes(data: bytes, what: str = "input") -> str:
    """Decode UTF-8 (with or without BOM) text, refusing binary data and other encodings."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{what} looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} is not valid UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from None


def check_text(text: str, max_chars: int, *, allow_empty: bool = True, what: str = "text") -> str:
    """Validate one text: size limit and, unless allowed, emptiness."""
    if not isinstance(text, str):
        raise InputError(f"{what} must be a string")
    if len(text) > max_chars:
        raise InputError(f"{what} is {len(text):,} characters; the limit is {max_chars:,}")
    if not allow_empty and not text.strip():
        raise InputError(f"{what} is empty")
    return text


def read_text_arg(text: str | None, stdin: io.TextIOBase | None, max_chars: int, *, allow_empty: bool = True) -> str:
    """Resolve a CLI text argument: the text itself, or ``-`` for standard input."""
    if text is None:
        raise InputError("give a text, '-' to read standard input, or --input FILE")
    if text == "-":
        if stdin is None:
            raise InputError("no standard input")
        buffer = getattr(stdin, "buffer", None)
        text = decode_bytes(buffer.read(), "standard input") if buffer is not None else stdin.read()
    return check_text(text, max_chars, allow_empty=allow_empty)


def read_batch(path: Path, max_chars: int) -> list[BatchItem]:
    """Read a whole batch file up front, so a bad file fails before any output is written."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a .jsonl, .csv or .txt file")
    suffix = path.suffix.lower()
    if suffix not in BATCH_SUFFIXES:
        raise InputError(f"{path}: unsupported batch file type '{suffix or 'none'}'; use .jsonl, .csv or .txt")
    content = decode_bytes(path.read_bytes(), str(path))
    if suffix == ".jsonl":
        items = _read_jsonl(path, content)
    elif suffix == ".csv":
        items = _read_csv(path, content)
    else:
        items = [BatchItem(str(i), line) for i, line in enumerate(content.splitlines(), 1) if line.strip()]
    for item in items:
        check_text(item.text, max_chars, what=f"{path}: item {item.id}")
    return items


def _read_jsonl(path: Path, content: str) -> list[BatchItem]:
    items: list[BatchItem] = []
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
        if isinstance(record, str):
            record = {"text": record}
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{path}:{lineno}: expected an object with a string 'text' field")
        items.append(BatchItem(str(record.get("id", lineno)), record["text"]))
    return items


def _read_csv(path: Path, content: str) -> list[BatchItem]:
    reader = csv.DictReader(io.StringIO(content))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        raise InputError(f"{path}: the CSV has no 'text' column (columns: {', '.join(fields) or 'none'})")
    reader.fieldnames = fields
    items: list[BatchItem] = []
    for rowno, row in enumerate(reader, 1):
        text = row.get("text") or ""
        items.append(BatchItem(str(row.get("id") or rowno), text))
    return items
