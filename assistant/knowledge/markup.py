"""Markup to readable text: what real handbook pages hold besides prose.

Site template tags (``{% page "..." %}``, ``{{< note >}}``, ``{{% panel %}}``), raw HTML
(embedded videos, ``<details>``, comments), markdown link and emphasis syntax, tables and
hard-wrapped lines are turned into the text a reader sees: a link keeps its text, a table row
becomes ``"Column: value; Column: value."``, a paragraph becomes one line.

Everything here runs in one pass over the input (no nested quantifiers, no re-walks of a tree),
so a hostile document costs time linear in its size.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# --- template tags ----------------------------------------------------------------------------

# Liquid/Jinja ({% ... %}, {{ ... }}) and Hugo shortcodes ({{< ... >}}, {{% ... %}}). A tag that
# wraps content ({% alert %} ... {% endalert %}) loses its tags and keeps the content.
_TEMPLATE_TAG = re.compile(r"\{%-?[^{}%]{0,500}-?%\}|\{\{[<%][^{}]{0,500}[>%]\}\}|\{\{[^{}]{0,500}\}\}")


def strip_template_tags(text: str) -> str:
    """Remove template tags, keeping the text they wrap."""
    return _TEMPLATE_TAG.sub("", text)


# --- HTML inside markdown ----------------------------------------------------------------------

_HTML_TAG_NAMES = (
    "a|abbr|address|article|aside|audio|b|bdi|bdo|blockquote|body|br|button|caption|center|cite|code|col|"
    "colgroup|dd|del|details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h1|h2|h3|h4|h5|h6|head|"
    "header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|mark|meta|nav|noscript|object|ol|"
    "p|picture|pre|q|s|samp|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|"
    "svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|u|ul|var|video|wbr"
)
_HTML_TAG = re.compile(r"</?(?:" + _HTML_TAG_NAMES + r")\b[^<>]{0,2000}>", re.IGNORECASE)
_HTML_DROP_OPEN = re.compile(r"<(script|style|iframe|noscript|template|svg|object|video|audio)\b[^<>]{0,2000}>",
                             re.IGNORECASE)
_HTML_BLOCK_BREAK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|table|section|article|details|summary|blockquote|h[1-6]|dd|dt|dl|hr|pre)\b"
    r"[^<>]{0,2000}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")


def strip_comments(text: str) -> str:
    """HTML comments removed (an unclosed one runs to the end), in one left-to-right pass."""
    if "<!--" not in text:
        return text
    parts: list[str] = []
    position = 0
    while True:
        start = text.find("<!--", position)
        if start < 0:
            parts.append(text[position:])
            break
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        if end < 0:
            break
        position = end + 3
    return "".join(parts)


def _drop_elements(text: str) -> str:
    """Remove non-text elements (script, style, iframe...) with their content, in one pass."""
    lower = text.lower()
    unclosed: set[str] = set()  # once a closing tag is missing, it is missing further on too
    parts: list[str] = []
    position = 0
    for match in _HTML_DROP_OPEN.finditer(text):
        if match.start() < position:
            continue
        parts.append(text[position:match.start()])
        name = match.group(1).lower()
        end = -1 if name in unclosed else lower.find(f"</{name}", match.end())
        if end < 0:
            unclosed.add(name)
            position = match.end()
            continue
        close = lower.find(">", end)
        position = len(text) if close < 0 else close + 1
    parts.append(text[position:])
    return "".join(parts)


def strip_html(text: str) -> str:
    """Drop HTML comments, tags and non-text elements from markdown; block tags become line breaks."""
    text = strip_comments(text)
    if "<" in text:
        text = _drop_elements(text)
        text = _HTML_BLOCK_BREAK.sub("\n", text)
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text


# --- markdown inline syntax ----------------------------------------------------------------------

# [text](target "title"), ![alt](src), [text][ref], <https://autolink>. The target may hold one
# level of parentheses (wiki URLs).
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,200}\]")
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\[\]\n]{1,200}\]:\s+\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before any ASCII punctuation
_BROKEN_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\([^\s()]{1,2000}")  # "[text](url" never closed


def strip_links(text: str) -> str:
    """Markdown links and images as their text (an image as its alt text)."""
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _REF_LINK.sub(lambda m: m.group(1), text)
    text = _BROKEN_LINK.sub(lambda m: m.group(1), text)
    text = _REF_DEFINITION.sub("", text)
    return _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)


def strip_inline(text: str) -> str:
    """Emphasis markers, code ticks and backslash escapes removed."""
    return _ESCAPE.sub(r"\1", _EMPHASIS.sub("", text))


# --- blocks: paragraphs, list items, tables ----------------------------------------------------

_BULLET = re.compile(r"^\s{0,12}(?:[-*+•]|\d{1,3}[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HR = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")


_TRAILING_DOTS = re.compile(r"\s*(?:\.{2,}|\u2026)$")
# A line break inside a pipe-table cell ("Good Friday<br>Friday before Easter Sunday"), with an in-cell bullet after it.
_CELL_BREAK = re.compile(r"(?:\s*<br\s*/?>\s*)+(?P<bullet>[-*\u2022]\s+)?", re.IGNORECASE)


def _cell_breaks(line: str) -> str:
    """A pipe-table line whose cells hold HTML line breaks, as one line: a break is a space, a break before an
    in-cell bullet a comma (a space after a colon), so the row stays one row with its column names."""
    if "|" not in line or "<" not in line:
        return line

    def joined(match: re.Match[str]) -> str:
        before = line[: match.start()].rstrip()
        if match.group("bullet") and before and not before.endswith((":", "|")):
            return ", "
        return " "

    return _CELL_BREAK.sub(joined, line)


def html_tables_as_pipes(text: str) -> str:
    """Markdown text with each HTML table written as a pipe table (header row, rule, rows; a "|" in a cell becomes
    "/"), and each pipe-table row's in-cell line breaks joined (:func:`_cell_breaks`): the rows then read as rows
    with their column names (:func:`table_row`), not as loose lines that lost them."""
    if "<" not in text:
        return text
    lower = text.lower()
    if "<table" in lower:  # one left-to-right pass: once no table closes, none further on does
        parts: list[str] = []
        position = 0
        while (start := lower.find("<table", position)) >= 0:
            end = lower.find("</table", start)
            close = lower.find(">", end) if end >= 0 else -1
            if close < 0:
                break
            parser = _TableRows()
            parser.feed(text[start:close + 1])
            parser.close()
            parts.append(text[position:start])
            parts.append("\n" + "\n".join(parser.lines) + "\n" if parser.lines else text[start:close + 1])
            position = close + 1
        text = "".join(parts) + text[position:]
    return "\n".join(_cell_breaks(line) if line.lstrip().startswith("|") else line for line in text.split("\n"))


def _cells(line: str) -> list[str]:
    return [" ".join(c.split()) for c in line.strip().strip("|").split("|")]


def table_row(header: list[str], cells: list[str]) -> str:
    """A table row as readable text with its column names: "Leave: Annual; Hours: 240."; a column name's trailing
    ellipsis ("If you want to...") is left out, so the name stays one phrase before its colon."""
    pairs = []
    header = [_TRAILING_DOTS.sub("", name) for name in header]
    for name, value in zip(header, cells, strict=False):
        if not value:
            continue
        pairs.append(f"{name}: {value}" if name and name.casefold() != value.casefold() else value)
    pairs.extend(value for value in cells[len(header):] if value)
    row = "; ".join(pairs)
    return row if not row or row.endswith((".", "!", "?", ":")) else row + "."


def readable_lines(text: str) -> list[str]:
    """Markdown body text (no headings) as one line per paragraph, list item or table row.

    Hard-wrapped lines are joined; list items keep a leading "- "; a markdown table becomes one
    line per row with the column names; block quotes lose their marker; rules disappear. An empty
    string in the result marks a paragraph break.
    """
    out: list[str] = []
    current: list[str] = []
    header: list[str] | None = None
    previous_table_line: list[str] | None = None

    def flush() -> None:
        if current:
            out.append(" ".join(current))
            current.clear()

    for raw in text.splitlines():
        line = _QUOTE_MARK.sub("", raw)
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            flush()
            continue  # a code fence marker; the fenced lines stay as lines
        if stripped.startswith("|") or (header is not None and "|" in stripped):
            flush()
            if _TABLE_RULE.match(stripped):
                header = previous_table_line or header
                previous_table_line = None
                continue
            cells = _cells(stripped)
            if header is None:
                if previous_table_line is not None:  # a pipe table without a rule line
                    out.append(table_row([], previous_table_line))
                previous_table_line = cells
                continue
            out.append(table_row(header, cells))
            continue
        if previous_table_line is not None:
            out.append(table_row([], previous_table_line))
            previous_table_line = None
        header = None
        if not stripped or _HR.match(stripped):
            flush()
            if out and out[-1]:
                out.append("")
            continue
        if _BULLET.match(line):
            flush()
            current.append("- " + _BULLET.sub("", line).strip())
            continue
        current.append(stripped)
    if previous_table_line is not None:
        out.append(table_row([], previous_table_line))
    flush()
    while out and not out[-1]:
        out.pop()
    return out


def clean_markdown_text(text: str) -> str:
    """Readable text of a markdown section body: tags, HTML and link syntax gone, lines joined."""
    text = strip_html(strip_template_tags(html_tables_as_pipes(text)))
    lines = [strip_inline(" ".join(strip_links(line).split())) if line else "" for line in readable_lines(text)]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


# --- whole HTML documents ------------------------------------------------------------------------

_SKIP_ELEMENTS = {"script", "style", "noscript", "template", "svg", "head", "title", "nav", "iframe", "object"}
_BLOCK_ELEMENTS = {
    "p", "div", "ul", "ol", "table", "section", "article", "blockquote", "pre", "dd", "dt", "dl",
    "header", "footer", "main", "aside", "form", "details", "summary", "figure", "figcaption", "hr",
    "h4", "h5", "h6", "caption",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "source", "track", "area", "base", "embed"}
HEADING_MARK = "\x02"


class _Flattener(HTMLParser):
    """One pass over an HTML document: readable lines, headings marked, table rows with headers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buffer: list[str] = []
        self.skip_depth = 0
        self.title_parts: list[str] | None = None
        self.title = ""
        self.heading: int | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.cell_is_header = False
        self.row_headers = True
        self.table_header: list[str] | None = None

    def _text(self) -> str:
        return " ".join("".join(self.buffer).split())

    def _break(self) -> None:
        text = self._text()
        self.buffer.clear()
        if text:
            self.lines.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self.title_parts is None and not self.title:
            self.title_parts = []
        if tag in _SKIP_ELEMENTS:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag in {"h1", "h2", "h3"}:
            self._break()
            self.heading = int(tag[1])
        elif tag == "tr":
            self._break()
            self.row, self.row_headers = [], True
        elif tag in {"td", "th"} and self.row is not None:
            self.cell, self.cell_is_header = [], tag == "th"
            if tag == "td":
                self.row_headers = False
        elif tag == "li":
            self._break()
            self.buffer.append("- ")
        elif tag == "br" or tag in _BLOCK_ELEMENTS:
            self._break()
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.handle_data(f" {alt} ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split())
            self.title_parts = None
        if tag in _SKIP_ELEMENTS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in {"h1", "h2", "h3"} and self.heading is not None:
            text = self._text()
            self.buffer.clear()
            self.lines.append(f"{HEADING_MARK}{self.heading}{text}")
            self.heading = None
        elif tag in {"td", "th"} and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            cells, self.row = self.row, None
            if not any(cells):
                return
            if self.row_headers and self.table_header is None:
                self.table_header = cells
                return
            self.lines.append(table_row(self.table_header or [], cells))
        elif tag == "table":
            self.table_header = None
            self._break()
        elif tag in _BLOCK_ELEMENTS or tag == "li":
            self._break()

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.buffer.append(data)

    def close(self) -> None:
        super().close()
        self._break()


def _shape(cell: str) -> tuple[str, ...]:
    """A cell's form: each word a number ("n": it holds a digit) or a word ("w")."""
    return tuple("n" if any(c.isdigit() for c in token) else "w" for token in cell.split())


def _header_row(rows: list[list[str]], marked: bool) -> bool:
    """Whether an HTML table's first row names its columns: its cells are header cells (``<th>``, ``<thead>``), or
    in some column every cell below it is a value of one form holding a number ("45p", "$120k") and the first row's
    cell is not of that form ("First 10,000 miles", "Technical"). A first row of the same form as the rows below
    ("New Year's Day | January 1" above "Labor Day | September 7") is a row of data."""
    if marked:
        return True
    if len(rows) < 3:
        return False
    for column in range(len(rows[0])):
        below = {_shape(row[column]) for row in rows[1:] if column < len(row)}
        if len(below) == 1 and "n" in next(iter(below)) and _shape(rows[0][column]) not in below:
            return True
    return False


class _TableRows(HTMLParser):
    """The rows of one HTML table as pipe-table lines: a header row (:func:`_header_row`) then a rule, then each row
    (a table without one: its rows alone); cell text with its tags left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.lines: list[str] = []
        self.first_marked = False  # the first row's cells are all header cells
        self.row_marked = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.row, self.row_marked = [], True
        elif tag in {"td", "th"} and self.row is not None:
            self.cell = []
            if tag == "td":
                self.row_marked = False
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()).replace("|", "/"))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if any(self.row):
                if not self.rows:
                    self.first_marked = self.row_marked
                self.rows.append(self.row)
            self.row = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)

    def close(self) -> None:
        super().close()
        if len(self.rows) < 2:
            return
        rows = [f"| {' | '.join(r)} |" for r in self.rows]
        if _header_row(self.rows, self.first_marked):
            rows.insert(1, "| " + " | ".join(["---"] * max(len(r) for r in self.rows)) + " |")
        self.lines = rows


def flatten_html(markup: str) -> tuple[str, list[str]]:
    """(page title, lines) of an HTML document; a heading line is ``HEADING_MARK + level + text``."""
    parser = _Flattener()
    parser.feed(markup)
    parser.close()
    return parser.title, parser.lines


def readable(text: str) -> str:
    """Any text that may hold leftover markup, as plain readable text on one line."""
    return " ".join(strip_inline(strip_links(strip_html(strip_template_tags(text)))).split())
