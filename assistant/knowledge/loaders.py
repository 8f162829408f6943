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
from dataclasses import dataclass, field
from pathlib import Path

from assistant.knowledge.guidance import detect_guidance
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

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLANK_RUNS = re.compile(r"\n\s*\n\s*(\n\s*)+")


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


def load_document(path: Path, data: bytes | None = None) -> LoadedDocument:
    """Load one file; ``data`` is its content when the caller has already read it."""
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
        raise LoadError("no text found in the document")
    if "guidance" not in doc.metadata:
        detected = detect_guidance([(block.headings, block.text) for block in doc.blocks])
        if detected:
            doc.metadata["guidance"] = detected
    return doc


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
                raw = yaml.safe_load("".join(lines[1:index])) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark is not None else ""
                raise LoadError(f"front-matter is not valid YAML{where}") from None
            if not isinstance(raw, dict):
                raise LoadError("front-matter must be a set of 'key: value' lines")
            meta = {
                "title" if k == "title" else _metadata_key(k): _metadata_value(v)
                for k, v in raw.items()
                if v is not None
            }
            return meta, "".join(lines[index + 1 :])
    return {}, text


def markdown_blocks(body: str, title: str | None) -> tuple[str | None, list[Block]]:
    """Split markdown into sections keyed by their heading path.

    The first level-1 heading is the document title (when there is no other title, or it is
    the same text) and is left out of the heading path.
    """
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False
    title_seen = False

    def flush() -> None:
        text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
        if text:
            blocks.append(Block(text, tuple(h for _, h in stack)))
        lines.clear()

    for line in _HTML_COMMENT.sub("", body).splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match is None:
            lines.append(line.rstrip())
            continue
        flush()
        level, text = len(match.group(1)), match.group(2).strip()
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
    return LoadedDocument(path, "markdown", title or _fallback_title(path), blocks, meta)


# --- plain text -------------------------------------------------------------------------------


def load_text(path: Path, data: bytes) -> LoadedDocument:
    text = _decode(data, path).replace("\r\n", "\n")
    text = _BLANK_RUNS.sub("\n\n", text).strip()
    title = _short_first_line(text, 80) or _fallback_title(path)
    return LoadedDocument(path, "text", title, [Block(text)] if text else [])


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
    blocks = [
        Block(_BLANK_RUNS.sub("\n\n", text).strip(), (), number)
        for number, text in enumerate(pages, 1)
        if text.strip()
    ]
    if not blocks:
        raise LoadError("no extractable text in the PDF (a scanned image?)")
    title = pdf_title or _short_first_line(blocks[0].text, 80) or _fallback_title(path)
    return LoadedDocument(path, "pdf", title, blocks, {"pages": str(len(pages))})


# --- DOCX -------------------------------------------------------------------------------------


def load_docx(path: Path, data: bytes) -> LoadedDocument:
    import io

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

    for item in items:
        if isinstance(item, Table):
            for row in item.rows:
                cells = [cell.text.strip() for cell in row.cells]
                if any(cells):
                    lines.append(" | ".join(cells))
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
        lines.append(f"- {text}" if style.startswith("List") else text)
    flush()
    return LoadedDocument(path, "docx", title or _fallback_title(path), blocks)


# --- HTML -------------------------------------------------------------------------------------

_BLOCK_TAGS = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "br",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "h4",
    "h5",
    "h6",
    "dd",
    "dt",
    "header",
    "footer",
    "main",
    "aside",
    "form",
]
_MARK = "\x02"


def load_html(path: Path, data: bytes) -> LoadedDocument:
    if b"\x00" in data[:8192]:
        raise SkipFile(f"{path.name} looks like a binary file, not HTML")
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(["script", "style", "noscript", "template", "svg", "head", "title", "nav"]):
        tag.decompose()
    for tag in soup.find_all(["h1", "h2", "h3"]):
        level = int(tag.name[1])
        heading = " ".join(tag.get_text(" ", strip=True).split())
        tag.replace_with(f"\n{_MARK}{level}{heading}\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.append("\n")
        if tag.name == "li":
            tag.insert(0, "- ")
    text = soup.get_text()

    title: str | None = page_title or None
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    lines: list[str] = []

    def flush() -> None:
        body = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
        if body:
            blocks.append(Block(body, tuple(h for _, h in stack)))
        lines.clear()

    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line.startswith(_MARK):
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
        elif line or (lines and lines[-1]):
            lines.append(line)
    flush()
    return LoadedDocument(path, "html", title or _fallback_title(path), blocks)
