"""Pure presentation helpers: report payloads (``model_dump(mode="json")`` dicts) in, HTML,
Markdown, highlight segments and table rows out.

No Gradio import here, so everything is cheap to unit-test and works on whatever extra fields
the reports grow.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Payload = Mapping[str, Any]

CRITERIA: tuple[tuple[str, str, str], ...] = (
    ("specific", "S", "Specific"),
    ("measurable", "M", "Measurable"),
    ("attainable", "A", "Attainable"),
    ("relevant", "R", "Relevant"),
    ("time_bound", "T", "Time-bound"),
)

STRUCTURE: tuple[tuple[str, str], ...] = (
    ("situation", "Situation"),
    ("behavior", "Behaviour"),
    ("impact", "Impact"),
    ("next_step", "Next step"),
)

PLACEHOLDER_LABEL = "to fill in"

# Colours for highlighted kinds; anything unlisted gets Gradio's automatic colour.
FINDING_COLORS: dict[str, str] = {
    "vague": "#f6c344",
    "trait": "#f08c5a",
    "absolute": "#e86f9a",
    "missing_impact": "#9bb7f0",
    "missing_action": "#9bb7f0",
    "harsh": "#e05252",
    "hedging": "#c9b8f2",
}
BIAS_COLORS: dict[str, str] = {
    "gendered_language": "#c39bf0",
    "gender_coded": "#e59ae0",
    "age": "#f5b971",
    "race_ethnicity": "#8fd1c1",
    "disability": "#f49a9a",
    "family_status": "#a5d68f",
    "appearance": "#f7d488",
    "religion": "#9fc3f0",
    "sexual_orientation": "#d7a6f0",
    "affinity": "#b8c4d6",
}


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


def esc(value: object) -> str:
    """HTML-escape any value (None becomes an empty string)."""
    return "" if value is None else html.escape(str(value))


def humanize(label: str) -> str:
    """``gender_coded`` -> ``gender coded``."""
    return label.replace("_", " ")


# --- highlighting ---------------------------------------------------------------------------


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """Split ``text`` into ``(piece, label)`` segments for ``gr.HighlightedText``.

    Overlapping spans are allowed: a piece covered by several spans gets their labels joined
    with " + " (in order of first appearance), so nothing a check found is hidden.
    Spans outside the text are clipped; empty ones ignored.
    """
    cleaned: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        start, end = max(0, int(start)), min(len(text), int(end))
        if end > start:
            cleaned.append((start, end, label))
    if not cleaned:
        return [(text, None)] if text else []
    bounds = sorted({0, len(text), *(s for s, _, _ in cleaned), *(e for _, e, _ in cleaned)})
    order = {label: i for i, (_, _, label) in reversed(list(enumerate(sorted(cleaned))))}
    out: list[tuple[str, str | None]] = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        labels = sorted({label for s, e, label in cleaned if s <= left and right <= e}, key=order.__getitem__)
        label = " + ".join(labels) if labels else None
        piece = text[left:right]
        if out and out[-1][1] == label:
            out[-1] = (out[-1][0] + piece, label)
        else:
            out.append((piece, label))
    return out


def placeholder_segments(text: str, placeholders: Sequence[str]) -> list[tuple[str, str | None]]:
    """Highlight every occurrence of each placeholder (e.g. ``[deadline]``) in a rewrite."""
    spans: list[tuple[int, int, str]] = []
    for placeholder in dict.fromkeys(p for p in placeholders if p):
        start = text.find(placeholder)
        while start >= 0:
            spans.append((start, start + len(placeholder), PLACEHOLDER_LABEL))
            start = text.find(placeholder, start + len(placeholder))
    if not spans:  # placeholders not listed: still mark bracketed gaps
        spans = _bracketed(text)
    return segments(text, spans)


def _bracketed(text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start = text.find("[")
    while start >= 0:
        end = text.find("]", start)
        if end < 0:
            break
        spans.append((start, end + 1, PLACEHOLDER_LABEL))
        start = text.find("[", end)
    return spans


def bias_spans(flags: Iterable[Payload]) -> list[tuple[int, int, str]]:
    """Bias flags as highlight spans labelled by (readable) category."""
    return [(f["start"], f["end"], humanize(str(f["category"]))) for f in flags]


def finding_spans(findings: Iterable[Payload]) -> list[tuple[int, int, str]]:
    """Feedback findings that point at words, labelled by (readable) kind."""
    return [
        (f["start"], f["end"], humanize(str(f["kind"])))
        for f in findings
        if f.get("start") is not None and f.get("end") is not None
    ]


def color_map(segs: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Colours for just the labels present, so the legend lists only what was found."""
    known = {humanize(k): v for k, v in {**FINDING_COLORS, **BIAS_COLORS}.items()}
    labels = dict.fromkeys(label for _, label in segs if label)
    return {label: known.get(label.split(" + ")[0], "#d0d4dc") for label in labels}


# --- goal -----------------------------------------------------------------------------------


def scorecard_html(report: Payload) -> str:
    """The SMART scorecard: five letters, lit when met, each with its evidence or question."""
    criteria = report.get("criteria") or {}
    tiles, rows = [], []
    for key, letter, name in CRITERIA:
        c = criteria.get(key) or {}
        met = bool(c.get("met"))
        state = "lit" if met else "unlit"
        verdict = "met" if met else "missing"
        tiles.append(
            f'<div class="smart-letter {state}" data-criterion="{key}" data-met="{str(met).lower()}" '
            f'title="{name}: {verdict}"><span class="letter">{letter}</span>'
            f'<span class="name">{name}</span><span class="verdict">{"✓ met" if met else "✗ missing"}</span></div>'
        )
        if met:
            detail = (
                f'<span class="evidence">“{esc(c.get("evidence"))}”</span>' if c.get("evidence") else "Met."
            )
        else:
            detail = esc(c.get("advice") or "")
            if c.get("question"):
                detail += f'<div class="question">Ask yourself: <em>{esc(c["question"])}</em></div>'
        rows.append(
            f'<tr class="{state}" data-criterion="{key}"><th>{letter} · {name}</th><td>{detail}</td></tr>'
        )
    score = report.get("score", sum(bool((criteria.get(k) or {}).get("met")) for k, _, _ in CRITERIA))
    return (
        f'<div class="scorecard" data-score="{esc(score)}">'
        f'<div class="smart-row">{"".join(tiles)}</div>'
        f'<div class="score-line"><strong>{esc(score)} of 5</strong> SMART criteria met</div>'
        f'<table class="criteria">{"".join(rows)}</table></div>'
    )


def notes_markdown(report: Payload) -> str:
    """Warnings and notices (mode, rejected LLM rewrites) as a short Markdown list."""
    lines = [
        f"- **Check:** {w if isinstance(w, str) else w.get('message', w)}"
        for w in report.get("warnings") or []
    ]
    lines += [f"- **Note:** {n}" for n in report.get("notices") or []]
    return "\n".join(lines)


def sources_html(citations: Sequence[Payload], *, open_first: bool = False) -> str:
    """Citations as collapsible ``<details>`` blocks: file and section in the summary."""
    if not citations:
        return '<p class="muted">No sources.</p>'
    blocks = []
    for i, c in enumerate(citations, 1):
        section = f" · {esc(c.get('section'))}" if c.get("section") else ""
        score = c.get("score")
        score_txt = f' <span class="muted">({score:.2f})</span>' if isinstance(score, int | float) else ""
        attrs = " open" if open_first and i == 1 else ""
        blocks.append(
            f'<details class="citation" data-source="{esc(c.get("source"))}"{attrs}>'
            f"<summary>[{i}] <strong>{esc(c.get('source'))}</strong>{section}{score_txt}</summary>"
            f"<blockquote>{esc(c.get('excerpt') or c.get('text'))}</blockquote></details>"
        )
    return "".join(blocks)


# --- feedback -------------------------------------------------------------------------------


def structure_html(report: Payload) -> str:
    """The situation-behaviour-impact-next step checklist."""
    structure = report.get("structure") or {}
    items = []
    for key, name in STRUCTURE:
        s = structure.get(key) or {}
        present = bool(s.get("present"))
        mark = "✓" if present else "✗"
        evidence = f' <span class="evidence">“{esc(s.get("evidence"))}”</span>' if s.get("evidence") else ""
        missing = "" if present else ' <span class="muted">missing</span>'
        items.append(
            f'<li class="{"present" if present else "absent"}" data-part="{key}">'
            f'<span class="mark">{mark}</span> <strong>{name}</strong>{evidence}{missing}</li>'
        )
    polarity = report.get("polarity")
    head = (
        f'<div class="polarity">Reads as <strong>{esc(polarity)}</strong> feedback</div>' if polarity else ""
    )
    return f'<div class="structure">{head}<ul class="checklist">{"".join(items)}</ul></div>'


def findings_rows(report: Payload) -> list[list[str]]:
    """One row per finding and per bias flag: kind, words, what it means, what to do instead."""
    rows = [
        [
            humanize(str(f.get("kind"))),
            f.get("text") or "(whole draft)",
            f.get("message", ""),
            f.get("suggestion", ""),
        ]
        for f in report.get("findings") or []
    ]
    rows += [
        [
            f"bias: {humanize(str(b['category']))}",
            b.get("text", ""),
            b.get("explanation", ""),
            b.get("suggestion", ""),
        ]
        for b in report.get("bias") or []
    ]
    return rows


FINDING_HEADERS = ["Kind", "Words", "Why it matters", "Try instead"]


# --- bias -----------------------------------------------------------------------------------


def bias_rows(report: Payload) -> list[list[str]]:
    return [
        [
            f.get("text", ""),
            humanize(str(f.get("category"))),
            str(f.get("severity", "")),
            f.get("explanation", ""),
            f.get("suggestion", ""),
        ]
        for f in report.get("flags") or []
    ]


BIAS_HEADERS = ["Words", "Category", "Severity", "Why it matters", "Consider"]


def bias_summary(report: Payload) -> str:
    flags = report.get("flags") or []
    if not flags:
        return "✓ **No biased language found.**"
    cats = sorted({humanize(str(f["category"])) for f in flags})
    noun = "flag" if len(flags) == 1 else "flags"
    return f"**{len(flags)} {noun}** · {', '.join(cats)}"


# --- policy Q&A -----------------------------------------------------------------------------


def answer_html(answer: Payload) -> str:
    """A chat message for a policy answer: the answer, then its citations, collapsible."""
    citations = answer.get("citations") or []
    notices = "".join(f'<p class="notice">Note: {esc(n)}</p>' for n in answer.get("notices") or [])
    if answer.get("answered"):
        body = f'<div class="answer">{_paragraphs(answer.get("answer", ""))}</div>'
        sources = f'<div class="sources"><p class="sources-head">Sources</p>{sources_html(citations)}</div>'
    else:
        body = (
            '<div class="not-covered"><strong>Not covered by the indexed documents.</strong>'
            f"{_paragraphs(answer.get('answer', ''))}</div>"
        )
        sources = (
            f'<div class="sources"><p class="sources-head">Nearest documents (not used for an answer)</p>'
            f"{sources_html(citations)}</div>"
            if citations
            else ""
        )
    return body + sources + notices


def _paragraphs(text: str) -> str:
    """Plain text to HTML paragraphs; consecutive "- " lines become a list."""
    out: list[str] = []
    items: list[str] = []
    for line in (line.strip() for line in str(text).split("\n")):
        if line.startswith(("- ", "* ")):
            items.append(f"<li>{esc(line[2:])}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if line:
            out.append(f"<p>{esc(line)}</p>")
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "".join(out)


# --- knowledge and status -------------------------------------------------------------------


DOC_HEADERS = ["Document", "Chunks", "Title", "Indexed at"]


def document_rows(documents: Iterable[Payload]) -> list[list[Any]]:
    return [
        [
            d.get("source"),
            d.get("chunks", 0),
            d.get("title") or "",
            str(d.get("ingested_at") or "")[:16].replace("T", " "),
        ]
        for d in documents
    ]


def ingest_markdown(report: Payload) -> str:
    """What an ingest did, in plain words."""
    parts = []
    for key in ("added", "updated", "unchanged", "removed", "skipped", "errors"):
        items = report.get(key) or []
        if items:
            names = ", ".join(_item_name(i) for i in items)
            parts.append(f"- **{key.capitalize()}** ({len(items)}): {names}")
    if "chunks_written" in report:
        parts.append(
            f"- {report.get('chunks_written', 0)} chunks written, {report.get('chunks_removed', 0)} removed"
        )
    if report.get("documents"):
        parts.append(
            f"- The index now holds {report['documents']} documents ({report.get('chunks', 0)} chunks)."
        )
    if report.get("message"):
        parts.append(f"- {report['message']}")
    return "\n".join(parts) or "Nothing to ingest."


def _item_name(item: object) -> str:
    if isinstance(item, Mapping):
        name = item.get("source") or item.get("path") or item.get("name") or ""
        reason = item.get("reason") or item.get("error") or item.get("message")
        return f"{name} ({reason})" if reason else str(name)
    return str(item).rsplit("/", 1)[-1]


def status_markdown(mode: str, model: str | None, stats: Payload | None, error: str | None = None) -> str:
    """The Status tab: which LLM (if any), which embeddings, how big the index is."""
    llm = (
        f"**LLM:** `{model}` (rewrites and answers verified offline)"
        if mode != "offline"
        else (
            "**Mode:** offline: deterministic analyzers and extractive answers; nothing leaves this machine"
        )
    )
    lines = [f"- {llm}"]
    if stats:
        lines.append(f"- **Embedding model:** `{stats.get('embedding_model')}`")
        lines.append(
            f"- **Index:** {stats.get('documents', 0)} documents, {stats.get('chunks', 0)} chunks "
            f"({stats.get('store', 'embedded')} store at `{stats.get('location', '')}`)"
        )
    if error:
        lines.append(f"- **Problem:** {error}")
    return "\n".join(lines)


# --- HR tests -------------------------------------------------------------------------------

HR_HEADERS = ["Result", "Question", "Expected", "Reason"]


def hr_rows(results: Iterable[Payload]) -> list[list[str]]:
    """One row per HR case: PASS/FAIL, the question, what was expected, why it failed."""
    return [
        [
            "✓ PASS" if r.get("passed") else "✗ FAIL",
            r.get("question", ""),
            str(r.get("expect", "")),
            r.get("reason") or "",
        ]
        for r in results
    ]


def hr_summary(results: Sequence[Payload]) -> str:
    passed = sum(bool(r.get("passed")) for r in results)
    failed = len(results) - passed
    icon = "✓" if not failed else "✗"
    return f"{icon} **{passed} of {len(results)} passed**" + (f", {failed} failed" if failed else "")
