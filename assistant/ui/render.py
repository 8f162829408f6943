"""HTML building blocks for the app: escaped text, safe links, inline highlights with cards, a
legend, responsive tables and an editable draft.

Every value interpolated into HTML goes through :func:`esc` (or :func:`text_html`, which also
shows links). No Gradio import here, so all of it is cheap to unit-test.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# --- text -----------------------------------------------------------------------------------------


def esc(value: object) -> str:
    """HTML-escape any value (None becomes an empty string)."""
    return "" if value is None else html.escape(str(value), quote=True)


def public_payload(value: Any) -> Any:
    """A report payload as the API returns it: server file paths (``path`` keys) removed.

    Paths on the server are none of a remote client's business, and ``gradio_client`` treats any
    dict with a string ``path`` as a file to download, which would break plain clients.
    """
    if isinstance(value, Mapping):
        return {k: public_payload(v) for k, v in value.items() if k != "path"}
    if isinstance(value, list):
        return [public_payload(v) for v in value]
    return value


# A Markdown link, or a bare URL with any scheme-like prefix; bounded, linear-time patterns.
_LINK = re.compile(
    r"\[(?P<label>[^\[\]\n]{1,300})\]\((?P<target>(?:[^()\s]|\([^()\s]{0,200}\)){1,2000})\)"
    r"|(?P<url>\b(?:https?|ftp|mailto|javascript|data|vbscript|file):[^\s<>\"'()\[\]]{1,2000})",
    re.IGNORECASE,
)
SAFE_SCHEMES = ("http://", "https://", "mailto:")


def link_html(target: str) -> str:
    """A link whose visible text is its full target; anything but http(s)/mailto stays plain text."""
    if target.lower().startswith(SAFE_SCHEMES):
        return (
            f'<a href="{esc(target)}" rel="noopener noreferrer nofollow" target="_blank" '
            f'class="doc-link">{esc(target)}</a>'
        )
    return f'<span class="inert-link">{esc(target)}</span>'


def text_html(text: str | None) -> str:
    """Document or user text as HTML: escaped, with each link shown with its full target.

    ``[label](target)`` becomes ``label (target)``; ``javascript:`` and ``data:`` targets are
    never clickable.
    """
    if not text:
        return ""
    out: list[str] = []
    last = 0
    for match in _LINK.finditer(text):
        out.append(esc(text[last : match.start()]))
        if match.group("url"):
            url = match.group("url")
            trimmed = url.rstrip(".,;:!?")  # sentence punctuation is not part of the link
            out.append(link_html(trimmed) + esc(url[len(trimmed) :]))
        else:
            out.append(f"{esc(match.group('label'))} ({link_html(match.group('target'))})")
        last = match.end()
    out.append(esc(text[last:]))
    return "".join(out)


def paragraphs(text: str | None) -> str:
    """Plain text to HTML paragraphs; consecutive "- " lines become a list."""
    out: list[str] = []
    items: list[str] = []
    for line in (line.strip() for line in str(text or "").split("\n")):
        if line.startswith(("- ", "* ")):
            items.append(f"<li>{text_html(line[2:])}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if line:
            out.append(f"<p>{text_html(line)}</p>")
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "".join(out)


def sentence(message: str) -> str:
    """A message as a full sentence: capital first letter, final full stop."""
    message = " ".join(str(message).split())
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


# --- kinds: one colour and one label per kind, everywhere ------------------------------------------

# kind -> label. The colour is the CSS class ``k-<kind>`` (see assets/coach.css).
KIND_LABELS: dict[str, str] = {
    # feedback findings
    "trait": "label, not behaviour",
    "absolute": "absolute",
    "harsh": "harsh wording",
    "vague": "vague",
    "missing_impact": "missing impact",
    "missing_action": "missing next step",
    "hedging": "hedging",
    # bias categories
    "gendered_language": "gendered wording",
    "gender_coded": "gender-coded",
    "age": "age",
    "race_ethnicity": "race or ethnicity",
    "disability": "disability",
    "family_status": "family status",
    "appearance": "appearance",
    "religion": "religion",
    "sexual_orientation": "sexual orientation",
    "affinity": "affinity",
    # goal warnings
    "weak_commitment": "weak commitment",
    "two_outcomes": "two outcomes",
    "unrealistic": "unrealistic",
    "vague_time": "vague time",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " "))


def kind_class(kind: str) -> str:
    return "k-" + re.sub(r"[^a-z0-9_-]", "", kind.lower())


# --- inline highlights -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One finding at its exact words: what the card under the highlight says."""

    start: int
    end: int
    kind: str
    explanation: str
    suggestion: str = ""
    note: str | None = None  # the research behind a bias flag
    replacements: tuple[str, ...] = ()
    severity: str | None = None


@dataclass(frozen=True)
class Editor:
    """Where a one-click replacement goes: the input box and the button that re-runs the check."""

    input_id: str
    submit_id: str


_QUOTED_CHOICES = re.compile(r'^Consider ((?:"[^"\n]{1,40}"(?:, | or |, or )?){1,6})(?=[,.;]| and | when|$)')


def replacements_from(suggestion: str) -> tuple[str, ...]:
    """Concrete replacement words offered by a suggestion such as ``Consider "chair" or
    "chairperson", ...``; none when it asks for a description instead."""
    match = _QUOTED_CHOICES.match(suggestion or "")
    if not match:
        return ()
    return tuple(dict.fromkeys(re.findall(r'"([^"\n]{1,40})"', match.group(1))))


def _clusters(marks: Iterable[Mark], length: int) -> list[tuple[int, int, list[Mark]]]:
    """Overlapping marks grouped, so each stretch of text is highlighted once."""
    cleaned = sorted(
        (m for m in marks if 0 <= m.start < m.end <= length), key=lambda m: (m.start, -m.end)
    )
    groups: list[tuple[int, int, list[Mark]]] = []
    for mark in cleaned:
        if groups and mark.start < groups[-1][1]:
            start, end, members = groups[-1]
            groups[-1] = (start, max(end, mark.end), [*members, mark])
        else:
            groups.append((mark.start, mark.end, [mark]))
    return groups


def _card(marks: Sequence[Mark], text: str, editor: Editor | None, start: int, end: int) -> str:
    items = []
    for mark in marks:
        words = text[mark.start : mark.end]
        parts = [
            f'<span class="card-kind {kind_class(mark.kind)}-text">{esc(kind_label(mark.kind))}'
            + (f" · {esc(mark.severity)} severity" if mark.severity else "")
            + "</span>",
            f'<span class="card-words">“{esc(words)}”</span>',
            f'<span class="card-why">{text_html(mark.explanation)}</span>',
        ]
        if mark.suggestion:
            parts.append(f'<span class="card-try"><strong>Try:</strong> {text_html(mark.suggestion)}</span>')
        if mark.note:
            parts.append(f'<span class="card-note"><strong>Research:</strong> {text_html(mark.note)}</span>')
        if editor and mark.replacements:
            buttons = "".join(
                f'<button type="button" class="replace" data-action="replace" '
                f'data-input="{esc(editor.input_id)}" data-submit="{esc(editor.submit_id)}" '
                f'data-start="{mark.start}" data-end="{mark.end}" data-from="{esc(words)}" '
                f'data-to="{esc(choice)}">Use “{esc(_match_case(words, choice))}”</button>'
                for choice in mark.replacements
            )
            parts.append(f'<span class="card-actions">{buttons}</span>')
        items.append(f'<span class="card-item">{"".join(parts)}</span>')
    return "".join(items)


def _match_case(template: str, word: str) -> str:
    if template[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def annotate(text: str, marks: Iterable[Mark], *, prefix: str, editor: Editor | None = None) -> str:
    """``text`` as HTML with each finding highlighted in the flow of the text.

    Every highlight shows its kind as text, is focusable, and opens a card (on hover and on
    keyboard focus) with the explanation, the suggestion, the research note and, where a concrete
    replacement exists, a button that applies it to the draft.
    """
    out: list[str] = []
    last = 0
    for number, (start, end, members) in enumerate(_clusters(marks, len(text)), 1):
        out.append(esc(text[last:start]))
        kinds = list(dict.fromkeys(m.kind for m in members))
        card_id = f"{prefix}-card-{number}"
        tags = "".join(f'<span class="hl-tag {kind_class(k)}-text">{esc(kind_label(k))}</span>' for k in kinds)
        out.append(
            f'<mark class="hl {kind_class(kinds[0])}" tabindex="0" data-kinds="{esc(" ".join(kinds))}" '
            f'aria-describedby="{card_id}">{esc(text[start:end])}'
            f'<span class="hl-tags" aria-hidden="true">{tags}</span>'
            f'<span class="hl-card" role="tooltip" id="{card_id}">'
            f"{_card(members, text, editor, start, end)}</span></mark>"
        )
        last = end
    out.append(esc(text[last:]))
    return f'<div class="annotated" id="{esc(prefix)}">{"".join(out)}</div>'


def legend(kinds: Iterable[str], counts: Mapping[str, int] | None = None, *, title: str = "Key") -> str:
    """One colour and one label per kind found (with how many times), shown above the text."""
    kinds = list(dict.fromkeys(kinds))
    if not kinds:
        return ""
    items = "".join(
        f'<li><span class="swatch {kind_class(k)}" aria-hidden="true"></span>{esc(kind_label(k))}'
        + (f' <span class="count">×{counts[k]}</span>' if counts and counts.get(k, 0) > 1 else "")
        + "</li>"
        for k in kinds
    )
    return f'<div class="legend"><span class="legend-title">{esc(title)}:</span><ul>{items}</ul></div>'


# --- tables ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """A table cell: HTML content (already escaped) and an optional class."""

    html: str
    cls: str = ""


def table(headers: Sequence[str], rows: Iterable[Sequence[str | Cell]], *, caption: str = "", cls: str = "") -> str:
    """A table that becomes stacked cards on a phone (each cell labelled with its column)."""
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
    body = []
    for row in rows:
        cells = []
        for header, cell in zip(headers, row, strict=True):
            cell = cell if isinstance(cell, Cell) else Cell(cell)
            klass = f' class="{esc(cell.cls)}"' if cell.cls else ""
            cells.append(f'<td data-label="{esc(header)}"{klass}>{cell.html}</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return (
        f'<div class="table-wrap"><table class="stack {esc(cls)}">{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


# --- an editable draft -----------------------------------------------------------------------------


def _bracketed(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = text.find("[")
    while start >= 0:
        end = text.find("]", start)
        if end < 0:
            break
        spans.append((start, end + 1))
        start = text.find("[", end)
    return spans


def placeholder_html(text: str, placeholders: Sequence[str] = ()) -> str:
    """The text with every placeholder (e.g. ``[deadline]``) marked inline; bracketed gaps are
    marked even when the report does not list them."""
    spans: list[tuple[int, int]] = []
    for placeholder in dict.fromkeys(p for p in placeholders if p):
        start = text.find(placeholder)
        while start >= 0:
            spans.append((start, start + len(placeholder)))
            start = text.find(placeholder, start + len(placeholder))
    spans = sorted(set(spans) | set(_bracketed(text)))
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        out.append(esc(text[last:start]))
        out.append(f'<mark class="ph">{esc(text[start:end])}</mark>')
        last = end
    out.append(esc(text[last:]))
    return "".join(out)


@dataclass(frozen=True)
class Draft:
    """An editable block with copy and download buttons."""

    element_id: str
    title: str
    text: str
    placeholders: Sequence[str] = field(default_factory=tuple)
    filename: str = "draft.txt"
    hint: str = "Edit it here, then copy it or download it."


def draft_html(draft: Draft) -> str:
    eid = esc(draft.element_id)
    return (
        f'<section class="draft" aria-labelledby="{eid}-title">'
        f'<div class="draft-head"><h3 id="{eid}-title">{esc(draft.title)}</h3>'
        f'<span class="draft-tools">'
        f'<button type="button" class="tool" data-action="copy" data-target="{eid}">Copy</button>'
        f'<button type="button" class="tool" data-action="download" data-target="{eid}" '
        f'data-filename="{esc(draft.filename)}">Download</button></span></div>'
        f'<p class="hint">{esc(draft.hint)}</p>'
        f'<div id="{eid}" class="draft-text" contenteditable="true" role="textbox" aria-multiline="true" '
        f'aria-labelledby="{eid}-title" spellcheck="true">{placeholder_html(draft.text, draft.placeholders)}</div>'
        f'<p class="tool-status" role="status" aria-live="polite"></p></section>'
    )


# --- small pieces ----------------------------------------------------------------------------------


def notice_list(notes: Iterable[str], *, cls: str = "notes") -> str:
    items = "".join(f"<li>{text_html(sentence(n))}</li>" for n in dict.fromkeys(n for n in notes if n))
    return f'<ul class="{cls}">{items}</ul>' if items else ""


def badge(text: str, kind: str) -> str:
    """A status badge whose meaning is in its words as well as its colour."""
    return f'<span class="badge badge-{esc(kind)}">{esc(text)}</span>'


def message_html(message: str, *, kind: str = "error") -> str:
    """One calm inline sentence next to the box (errors are announced to screen readers)."""
    role = ' role="alert"' if kind == "error" else ' role="status"'
    icon = {"error": "⚠", "info": "ℹ", "success": "✓"}.get(kind, "")
    return f'<p class="inline-message {esc(kind)}"{role}><span aria-hidden="true">{icon}</span> {esc(sentence(message))}</p>'
