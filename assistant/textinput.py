"""Reading user text safely: single texts, stdin and batch files (.jsonl, .csv, .txt).

Everything here raises :class:`InputError` with a one-line, user-facing message on bad input;
the CLI turns it into exit code 2 and the app into a visible error.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path

BATCH_SUFFIXES = (".jsonl", ".csv", ".txt")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long fields are checked against max_chars instead
MAX_BATCH_BYTES = 64 * 1024 * 1024
"""Largest batch file read (a batch of 50,000-character texts is still a thousand of them)."""


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
    """Validate one text: size limit, valid Unicode (no lone surrogates: the shell passed bytes
    that are not UTF-8), no NUL characters and, unless allowed, emptiness."""
    if not isinstance(text, str):
        raise InputError(f"{what} must be a string")
    if len(text) > max_chars:
        raise InputError(f"{what} is {len(text):,} characters; the limit is {max_chars:,}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{what} is not valid UTF-8 (character {exc.start}); check the terminal's encoding") from None
    if "\x00" in text:
        raise InputError(f"{what} holds a NUL character at position {text.index(chr(0))}; is it a binary file?")
    if not allow_empty and not text.strip():
        raise InputError(f"{what} is empty")
    return text


def read_text_arg(
    text: str | None, stdin: io.TextIOBase | None, max_chars: int, *, allow_empty: bool = True, what: str = "text"
) -> str:
    """Resolve a CLI text argument: the text itself, or ``-`` for standard input."""
    if text is None:
        raise InputError("give a text, '-' to read standard input, or --input FILE")
    if text == "-":
        if stdin is None:
            raise InputError("no standard input")
        # Read one byte more than the largest valid text could need, so an endless stream
        # (/dev/zero, /dev/urandom) stops at the limit instead of filling memory.
        cap = max_chars * 4 + 4
        buffer = getattr(stdin, "buffer", None)
        if buffer is not None:
            data = buffer.read(cap + 1)
            if len(data) > cap:
                raise InputError(f"standard input is over {cap:,} bytes; the limit is {max_chars:,} characters")
            text = decode_bytes(data, "standard input")
        else:
            text = stdin.read(max_chars + 1)
    return check_text(text, max_chars, allow_empty=allow_empty, what=what)


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
    if not path.is_file():  # a device, FIFO or socket (a link to /dev/zero) never ends
        raise InputError(f"{path}: not a regular file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BATCH_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > MAX_BATCH_BYTES:
        raise InputError(f"{path}: the file is over {MAX_BATCH_BYTES // (1024 * 1024)} MiB; split it into smaller batches")
    content = decode_bytes(data, str(path))
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
        except RecursionError:
            raise InputError(f"{path}:{lineno}: JSON nested too deeply") from None
        if isinstance(record, str):
            record = {"text": record}
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{path}:{lineno}: expected an object with a string 'text' field")
        items.append(BatchItem(str(record.get("id", lineno)), record["text"]))
    return items


def _read_csv(path: Path, content: str) -> list[BatchItem]:
    # strict: a stray or unterminated quote is an error, never rows silently merged into one field.
    reader = csv.DictReader(io.StringIO(content), strict=True)
    items: list[BatchItem] = []
    try:
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
        if "text" not in fields:
            raise InputError(f"{path}: the CSV has no 'text' column (columns: {', '.join(fields) or 'none'})")
        reader.fieldnames = fields
        for rowno, row in enumerate(reader, 1):
            if None in row:
                raise InputError(f"{path}:{reader.line_num}: row {rowno} has more fields than the header")
            text = row.get("text") or ""
            items.append(BatchItem(str(row.get("id") or rowno), text))
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: malformed CSV ({exc}); check the quotes") from None
    return items
