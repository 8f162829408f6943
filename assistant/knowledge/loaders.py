"""Document loaders: markdown (with front-matter), text, PDF, DOCX and HTML.

Each loader turns a file into a :class:`LoadedDocument`: a title, metadata strings and a list
of :class:`Block` objects that keep the structure chunking needs (the heading path of a
section, the page of a PDF). Loaders raise :class:`SkipFile` for files that are not documents
(unsupported type, binary data) and :class:`LoadError` for documents that cannot be read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.knowledge.guidance import detect_guidance
from assistant.knowledge.markup import (
    HEADING_MARK,
    clean_markdown_text,
    flatten_html,
    readable,
    strip_comments,
    table_row,
)
from assistant.text import is_marked_name, names
from assistant.textinput import InputError, decode_bytes

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}

# Front-matter keys that would clash with the index's own chunk metadata get this prefix.
RESERVED_METADATA = {
    "source",
    "path",
    "title",
    "section",
    "headings",
    "page",
    "content_hash",
    "chunk_hash",
    "chunk_index",
    "chunk_count",
    "ingested_at",
    "doc_type",
    "chunker",
}

# A heading line: its text is trimmed of closing hashes in Python, not by the pattern, so that
# no backtracking can make a long line of spaces cost more than one pass.
_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*)$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_BLANK_RUNS = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*){2,}")


class SkipFile(Exception):
    """Not a document we can index (unsupported type, binary data); skipped with a warning."""


class LoadError(Exception):
    """A document that should be indexable but cannot be read (corrupt PDF, bad front-matter)."""


@dataclass(frozen=True)
class Block:
    """A run of text that belongs to one section (heading path) and, for PDFs, one page."""

    text: str
    headings: tuple[str, ...] = ()
    page: int | None = None

    @property
    def section(self) -> str | None:
        return " > ".join(self.headings) or None


@dataclass
class LoadedDocument:
    path: Path
    kind: str
    title: str
    blocks: list[Block]
    metadata: dict[str, str] = field(default_factory=dict)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def load_document(path: Path, data: bytes | None = None, metadata: dict[str, str] | None = None) -> LoadedDocument:
    """Load one file; ``data`` is its content when the caller has already read it; ``metadata``
    (organisation, audience, effective_date given at ingest) wins over the front-matter."""
    kind = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SkipFile(f"unsupported file type '{path.suffix or 'none'}'")
    if data is None:
        data = path.read_bytes()
    loader = {
        "markdown": load_markdown,
        "text": load_text,
        "pdf": load_pdf,
        "docx": load_docx,
        "html": load_html,
    }[kind]
    doc = loader(path, data)
    if not any(block.text.strip() for block in doc.blocks):
        raise LoadError("no readable text found in the document (only markup or template tags?)")
    for key, value in (metadata or {}).items():
        if value:
            doc.metadata[key] = value
    add_scope(doc)
    if "guidance" not in doc.metadata:
        detected = detect_guidance([(block.headings, block.text) for block in doc.blocks])
        if detected:
            doc.metadata["guidance"] = detected
    return doc


SCOPE_NAME_MIN_COUNT = 3  # a name used this often in a document is what the document is about
_SCOPE_FIELDS = ("organisation", "audience", "keywords", "description", "tags", "summary")


def add_scope(doc: LoadedDocument) -> None:
    """Record what a document is about, for the Q&A's name check: ``scope_names`` holds the names
    in its title, scope metadata and opening paragraph and the names it uses often; without an
    ``organisation`` in its metadata, the most used of those names that also appears in the
    opening or the file name is taken as its organisation (``organisation_inferred``)."""
    counts = Counter(n for block in doc.blocks for n in _all_names(block.text))
    opening = doc.blocks[0].text.split("\n\n")[0] if doc.blocks else ""
    leading = names(doc.title) + [n for key in _SCOPE_FIELDS for n in names(doc.metadata.get(key, ""))]
    leading += names(opening)
    frequent = [name for name, count in counts.most_common() if count >= SCOPE_NAME_MIN_COUNT]
    scope = list(dict.fromkeys([*leading, *frequent]))
    if scope:
        doc.metadata["scope_names"] = "; ".join(scope)[:2000]
    if not doc.metadata.get("organisation"):
        stem_words = set(re.findall(r"[a-z0-9]+", doc.path.stem.casefold()))
        marked = [n for n in scope if is_marked_name(n) and " " not in n]
        in_file = [n for n in marked if n.casefold() in stem_words]
        if in_file:  # a guess from the text alone names programmes as often as employers
            doc.metadata["organisation"] = max(in_file, key=lambda n: counts[n])
            doc.metadata["organisation_inferred"] = "true"


def _all_names(text: str) -> list[str]:
    """Every name occurrence in a text (``names`` lists each name once)."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(names(line))
    return out


def _decode(data: bytes, path: Path) -> str:
    try:
        return decode_bytes(data, path.name)
    except InputError as exc:
        raise SkipFile(str(exc)) from None


def _short_first_line(text: str, limit: int = 100) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= limit else None
    return None


def _fallback_title(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name


def _metadata_value(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_metadata_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, default=str, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _metadata_key(key: object) -> str:
    name = re.sub(r"[^0-9a-zA-Z_]+", "_", str(key).strip()).strip("_").lower() or "field"
    return f"fm_{name}" if name in RESERVED_METADATA else name


# --- markdown ---------------------------------------------------------------------------------


MAX_FRONT_MATTER_CHARS = 64_000

# Front-matter keys that name a document's scope, mapped to the names the index stores.
SCOPE_KEYS = {
    "organisation": "organisation", "organization": "organisation", "org": "organisation",
    "company": "organisation", "employer": "organisation",
    "audience": "audience",
    "effective_date": "effective_date", "effective": "effective_date", "date": "effective_date",
    "updated": "effective_date", "last_updated": "effective_date",
}


def _safe_yaml(text: str) -> object:
    """YAML without aliases: an anchor/alias pair can expand a few hundred bytes into gigabytes.

    Trailing blanks are dropped first: PyYAML refuses a tab after a plain value ("weight: 8<TAB>"), which
    YAML 1.2 and the site generators whose pages these are (Hugo, Jekyll) accept."""
    import yaml

    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    if len(text) > MAX_FRONT_MATTER_CHARS:
        raise LoadError(f"front-matter is longer than {MAX_FRONT_MATTER_CHARS:,} characters")
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise LoadError("front-matter uses YAML aliases (*name), which are refused")
    return yaml.safe_load(text)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Separate a YAML front-matter block from the markdown body."""
    if not text.startswith("---"):
        return {}, text
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].strip() in {"---", "..."}:
            import yaml

            try:
                raw = _safe_yaml("".join(lines[1:index])) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark is not None else ""
                raise LoadError(f"front-matter is not valid YAML{where}") from None
            if not isinstance(raw, dict):
                raise LoadError("front-matter must be a set of 'key: value' lines")
            meta: dict[str, str] = {}
            for k, v in raw.items():
                if v is None:
                    continue
                key = "title" if k == "title" else _metadata_key(k)
                meta[key] = _metadata_value(v)
                scope = SCOPE_KEYS.get(key)
                if scope and scope not in meta:
                    meta[scope] = meta[key]
            return meta, "".join(lines[index + 1 :])
    return {}, text


def _heading_text(raw: str) -> str:
    """A heading's text without closing hashes ("## Leave ##" -> "Leave"; "## C#" stays "C#")."""
    text = raw.rstrip()
    if text.endswith("#"):
        bare = text.rstrip("#")
        if not bare or bare[-1] in " \t":
            text = bare.rstrip()
    return readable(text)


BOLD_HEADING_LEVEL = 7  # below every "#" level: the next real heading closes it
BOLD_HEADING_MAX_WORDS = 20
_BOLD_LINE = re.compile(r"^\s{0,3}(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$")


def bold_heading(line: str, previous: str, following: str, after: str) -> str | None:
    """The text of a paragraph that is one bold line standing as a sub-heading ("**Complaint
    Procedure**" between blank lines), or None. A bold sentence ("**Begin this process two weeks
    before you leave.**") is emphasis, and a bold line ending in a colon before a list is its
    lead-in. ``previous``/``following``: the lines around it; ``after``: the next non-blank line."""
    match = _BOLD_LINE.match(line)
    if match is None or previous.strip() or following.strip():
        return None
    text = readable(match.group(2)).strip()
    if not text or "**" in text or len(text.split()) > BOLD_HEADING_MAX_WORDS or text.endswith((".", "!", "?", ";", ",")):
        return None
    if text.endswith(":"):
        if _LIST_ITEM.match(after.lstrip()):
            return None
        text = text.rstrip(":").rstrip()
    return text or None


def next_nonblank(lines: list[str]) -> list[str]:
    """For each line, the next line after it that is not blank ("" at the end), in one pass."""
    out = [""] * len(lines)
    following = ""
    for index in range(len(lines) - 1, -1, -1):
        out[index] = following
        if lines[index].strip():
            following = lines[index]
    return out


def markdown_blocks(body: str, title: str | None) -> tuple[str | None, list[Block]]:
    """Split markdown into sections keyed by their heading path, each as readable text.

    The first level-1 heading is the document title (when there is no other title, or it is
    the same text) and is left out of the heading path. Template tags, HTML and link syntax are
    removed (see :mod:`assistant.knowledge.markup`); paragraphs become one line each.
    """
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False
    title_seen = False

    def flush() -> None:
        text = clean_markdown_text("\n".join(lines))
        if text:
            blocks.append(Block(text, tuple(h for _, h in stack)))
        lines.clear()

    source = strip_comments(body).splitlines()
    upcoming = next_nonblank(source)
    for index, line in enumerate(source):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match is None:
            bold = None if in_fence else bold_heading(line, source[index - 1] if index else "",
                                                       source[index + 1] if index + 1 < len(source) else "",
                                                       upcoming[index])
            if bold is None:
                lines.append(line.rstrip())
                continue
            flush()
            while stack and stack[-1][0] >= BOLD_HEADING_LEVEL:
                stack.pop()
            stack.append((BOLD_HEADING_LEVEL, bold))
            continue
        flush()
        level, text = len(match.group(1)), _heading_text(match.group(2))
        if not text:
            continue
        if level == 1 and not title_seen and (title is None or text.casefold() == title.casefold()):
            title_seen = True
            title = title or text
            stack.clear()
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, text))
    flush()
    return title, blocks


def load_markdown(path: Path, data: bytes) -> LoadedDocument:
    text = _decode(data, path)
    meta, body = split_front_matter(text)
    title, blocks = markdown_blocks(body, meta.get("title"))
    meta.pop("title", None)
    return LoadedDocument(path, "markdown", readable(title or "") or _fallback_title(path), blocks, meta)


# --- plain text -------------------------------------------------------------------------------


HEADING_MAX_WORDS = 10
HEADING_MAX_CHARS = 80
BODY_MIN_WORDS = 12  # an unpunctuated line this long after a heading is body text
_LINE_END = (".", "!", "?", ":", ";", ",")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022\u2023\u25e6\u2043]|\d{1,3}[.)]|[a-zA-Z][.)])\s")


def _ends_sentence(line: str) -> bool:
    return line.rstrip(" *_\"'\u201d\u2019)").endswith((".", "!", "?", ":"))


def _is_body(line: str) -> bool:
    """A line of running text or a list item, opening as a sentence does: what a section holds under its heading."""
    if _LIST_ITEM.match(line):
        return True
    return not line[:1].islower() and (_ends_sentence(line) or len(line.split()) >= BODY_MIN_WORDS)


def is_heading_line(line: str, previous: str | None, following: str | None) -> bool:
    """Whether a line of plain text (a .txt file, a PDF page) is a section heading: short, no
    punctuation at its end, no list item, opening on a capital or a digit; it stands apart (the
    line before it is blank, ends a sentence or is a list item) and body text follows it. Plain
    text marks its headings only by this layout ("90 Day Check-in" over the paragraph about it)."""
    text = line.strip()
    if not text or len(text) > HEADING_MAX_CHARS or len(text.split()) > HEADING_MAX_WORDS:
        return False
    if text.endswith(_LINE_END) or _LIST_ITEM.match(text) or not (text[0].isupper() or text[0].isdigit()):
        return False
    before = (previous or "").strip()
    if before and not (_LIST_ITEM.match(before) or _ends_sentence(before)):
        return False  # a line run on from the one before it (hard-wrapped text, a list of short lines)
    return following is not None and _is_body(following.strip())


def plain_text_blocks(text: str, title: str | None, page: int | None = None,
                      headings: tuple[str, ...] = ()) -> list[Block]:
    """Plain text split into sections at its heading lines (:func:`is_heading_line`); a heading that
    repeats the document's title is dropped. ``headings``: the section the text starts in (a PDF
    page goes on under the last heading of the page before it)."""
    lines = text.split("\n")
    blocks: list[Block] = []
    body: list[str] = []
    current = headings

    def flush() -> None:
        chunk = "\n".join(body).strip()
        if chunk:
            blocks.append(Block(_BLANK_RUNS.sub("\n\n", chunk), current, page))
        body.clear()

    previous: str | None = None
    pending = ""  # a heading whose first sentence is still to come
    upcoming = next_nonblank(lines)
    for index, line in enumerate(lines):
        if is_heading_line(line, previous, upcoming[index] or None):
            flush()
            heading = line.strip()
            if title is None or heading.casefold() != title.casefold():
                current = (heading,)
                pending = heading
        elif pending and line.strip():
            # The heading stays with the sentence it stands over ("90 Day Check-in: This is an
            # opportunity to ..."): plain-text headings often name what that sentence only points at.
            body.append(line.rstrip() if _LIST_ITEM.match(line) else f"{pending}: {line.strip()}")
            pending = ""
        else:
            body.append(line.rstrip())
        previous = line
    flush()
    return blocks


def load_text(path: Path, data: bytes) -> LoadedDocument:
    text = _decode(data, path).replace("\r\n", "\n")
    text = _BLANK_RUNS.sub("\n\n", text).strip()
    title = _short_first_line(text, 80) or _fallback_title(path)
    return LoadedDocument(path, "text", title, plain_text_blocks(text, title) if text else [])


# --- PDF --------------------------------------------------------------------------------------


def load_pdf(path: Path, data: bytes) -> LoadedDocument:
    import io

    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        pdf_title = (info.title or "").strip() if info is not None else ""
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise LoadError(f"cannot read PDF ({detail})") from None
    first = next((text for text in pages if text.strip()), "")
    title = pdf_title or _short_first_line(first, 80) or _fallback_title(path)
    blocks: list[Block] = []
    for number, text in enumerate(pages, 1):
        if text.strip():
            # A section goes on across a page break under the last heading of the page before.
            blocks += plain_text_blocks(_BLANK_RUNS.sub("\n\n", text).strip(), title, number,
                                        blocks[-1].headings if blocks else ())
    if not blocks:
        raise LoadError("no extractable text in the PDF (a scanned image?)")
    return LoadedDocument(path, "pdf", title, blocks, {"pages": str(len(pages))})


# --- DOCX -------------------------------------------------------------------------------------


# A DOCX is a zip: its members are checked by their declared decompressed size before anything
# is read (the zip reader never returns more than the declared size), so a zip bomb costs nothing.
MAX_DOCX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_DOCX_TOTAL_BYTES = 256 * 1024 * 1024


def check_zip_sizes(data: bytes, name: str) -> None:
    """Refuse a zip whose members would decompress past the caps."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LoadError(f"cannot read DOCX ({str(exc).splitlines()[0][:120] or 'not a zip file'})") from None
    total = 0
    for member in members:
        if member.file_size > MAX_DOCX_MEMBER_BYTES:
            raise LoadError(f"{name}: part {member.filename!r} would decompress to {member.file_size:,} bytes "
                            f"(limit {MAX_DOCX_MEMBER_BYTES:,}); refused")
        total += member.file_size
    if total > MAX_DOCX_TOTAL_BYTES:
        raise LoadError(f"{name}: would decompress to {total:,} bytes (limit {MAX_DOCX_TOTAL_BYTES:,}); refused")


def load_docx(path: Path, data: bytes) -> LoadedDocument:
    import io

    check_zip_sizes(data, path.name)
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        core_title = (document.core_properties.title or "").strip()
        items = list(document.iter_inner_content())
    except Exception as exc:  # zipfile / lxml / python-docx errors
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise LoadError(f"cannot read DOCX ({detail})") from None

    title: str | None = core_title or None
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    lines: list[str] = []

    def flush() -> None:
        text = "\n".join(lines).strip()
        if text:
            blocks.append(Block(text, tuple(h for _, h in stack)))
        lines.clear()

    for index, item in enumerate(items):
        if isinstance(item, Table):
            header: list[str] | None = None
            for row in item.rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                if not any(cells):
                    continue
                if header is None:
                    header = cells
                    continue
                lines.append(table_row(header, cells))
            if header is not None and not any(line for line in lines):
                lines.append(table_row([], header))
            continue
        text = item.text.strip()
        style = (item.style.name if item.style is not None else "") or ""
        if not text:
            continue
        if style == "Title" and title is None:
            title = text
            continue
        heading = re.match(r"Heading (\d)", style)
        if heading:
            flush()
            level = int(heading.group(1))
            if level == 1 and title is None:
                title = text
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
            continue
        bold = None if style.startswith("List") else _bold_paragraph_heading(item, text, items, index)
        if bold is not None:
            flush()
            while stack and stack[-1][0] >= BOLD_HEADING_LEVEL:
                stack.pop()
            stack.append((BOLD_HEADING_LEVEL, bold))
            continue
        lines.append(f"- {text}" if style.startswith("List") else text)
    flush()
    return LoadedDocument(path, "docx", title or _fallback_title(path), blocks)


def _bold_paragraph_heading(paragraph: Any, text: str, items: list[Any], index: int) -> str | None:
    """The text of a DOCX paragraph (``items[index]``) set wholly in bold that stands as a
    sub-heading (a heading typed as bold body text rather than given a Heading style), or None:
    the same test as a bold line in markdown (:func:`bold_heading`)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    if not runs or not all(r.bold or (r.bold is None and style_bold) for r in runs):
        return None
    following = next((n for n in items[index + 1:] if getattr(n, "text", "x").strip()), None)
    after = ""
    if following is not None and hasattr(following, "text"):
        style = following.style.name if following.style is not None else ""
        after = f"- {following.text.strip()}" if style.startswith("List") else following.text.strip()
    return bold_heading(f"**{text}**", "", "", after)


# --- HTML -------------------------------------------------------------------------------------


def load_html(path: Path, data: bytes) -> LoadedDocument:
    """An HTML page as readable text in sections, flattened in one pass (see ``flatten_html``)."""
    if b"\x00" in data[:8192]:
        raise SkipFile(f"{path.name} looks like a binary file, not HTML")
    page_title, lines_in = flatten_html(_decode(data, path))

    title: str | None = page_title or None
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    lines: list[str] = []

    def flush() -> None:
        body = "\n".join(lines).strip()
        if body:
            blocks.append(Block(body, tuple(h for _, h in stack)))
        lines.clear()

    for line in lines_in:
        if line.startswith(HEADING_MARK):
            flush()
            level, heading = int(line[1]), line[2:].strip()
            if not heading:
                continue
            if level == 1 and (title is None or heading.casefold() == title.casefold()):
                title = title or heading
                stack.clear()
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
        else:
            lines.append(line)
    flush()
    return LoadedDocument(path, "html", title or _fallback_title(path), blocks)
