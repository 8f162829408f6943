"""What each tab shows, rendered from the typed reports (pydantic models), never from dicts.

Each coach's view is ``view(report, text, settings) -> HTML`` and is named in the coach registry
(:mod:`assistant.coaches`). Fields a report may grow later are read where they exist.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from assistant.schemas import Citation
from assistant.ui.render import (
    Cell,
    Draft,
    Editor,
    Mark,
    annotate,
    badge,
    draft_html,
    esc,
    kind_label,
    legend,
    notice_list,
    paragraphs,
    replacements_from,
    sentence,
    table,
    text_html,
)

if TYPE_CHECKING:
    from assistant.analyzers.bias import BiasFlag, BiasReport
    from assistant.analyzers.feedback import FeedbackReport
    from assistant.analyzers.goal import GoalReport
    from assistant.knowledge.index import DocumentInfo, IngestReport
    from assistant.qa import PolicyAnswer
    from assistant.settings import Settings

CRITERIA: tuple[tuple[str, str, str], ...] = (
    ("specific", "S", "Specific"),
    ("measurable", "M", "Measurable"),
    ("attainable", "A", "Attainable"),
    ("relevant", "R", "Relevant"),
    ("time_bound", "T", "Time-bound"),
)
STRUCTURE: tuple[tuple[str, str, str], ...] = (
    ("situation", "Situation", "When and where it happened."),
    ("behavior", "Behaviour", "What the person did or said, as you saw it."),
    ("impact", "Impact", "What it led to, for the team, the customer or the work."),
    ("next_step", "Next step", "What to keep doing or do differently, and when."),
)


FIVE_OF_FIVE = "This goal meets all five SMART criteria: there are no gaps to fill. Keep it as it is."


def editor_for(name: str) -> Editor:
    """The input box and run button of a coach's tab (ids set in :mod:`assistant.ui.blocks`)."""
    return Editor(input_id=f"{name}-input", submit_id=f"{name}-submit")


def _notes(report: Any) -> str:
    notes = list(getattr(report, "notices", []) or [])
    return notice_list(notes)


def sources_html(citations: Sequence[Citation], *, title: str, open_first: bool = False) -> str:
    """Citations in the order given: document, section, and the quoted passage (never a score)."""
    if not citations:
        return ""
    blocks = []
    for number, citation in enumerate(citations, 1):
        where = [f"<strong>{esc(citation.source)}</strong>"]
        for attribute in ("section", "organisation", "date"):
            value = getattr(citation, attribute, None)
            if value:
                where.append(esc(value))
        attrs = " open" if open_first and number == 1 else ""
        blocks.append(
            f'<details class="citation" data-source="{esc(citation.source)}"{attrs}>'
            f'<summary><span class="cite-number">[{number}]</span> {" · ".join(where)}</summary>'
            f'<blockquote class="excerpt">{text_html(citation.excerpt)}</blockquote></details>'
        )
    return f'<div class="sources"><h3 class="sources-head">{esc(title)}</h3>{"".join(blocks)}</div>'


# --- goal ------------------------------------------------------------------------------------------


def goal_view(report: GoalReport, text: str, settings: Settings | None = None) -> str:
    """The SMART scorecard, the rewrite to edit and copy (or a note that nothing is missing), the
    coaching questions and their sources."""
    criteria = report.criteria
    tiles, rows = [], []
    for key, letter, name in CRITERIA:
        c = getattr(criteria, key)
        state = "lit" if c.met else "unlit"
        verdict = "✓ met" if c.met else "✗ missing"
        tiles.append(
            f'<li class="smart-letter {state}" data-criterion="{key}" data-met="{str(c.met).lower()}">'
            f'<span class="letter" aria-hidden="true">{letter}</span><span class="name">{name}</span>'
            f'<span class="verdict">{verdict}</span></li>'
        )
        if c.met:
            detail = f'<span class="evidence">“{esc(c.evidence)}”</span>' if c.evidence else esc(c.advice)
        else:
            detail = esc(c.advice)
            if c.question:
                detail += f'<span class="question">Ask yourself: <em>{esc(c.question)}</em></span>'
        rows.append(
            f'<div class="criterion {state}" data-criterion="{key}"><div class="criterion-name">'
            f'{letter} · {name} <span class="sr-only">({"met" if c.met else "missing"})</span></div>'
            f'<div class="criterion-detail">{detail}</div></div>'
        )
    scorecard = (
        f'<section class="scorecard" data-score="{report.score}" aria-label="SMART scorecard">'
        f'<p class="score-line"><strong>{report.score} of 5</strong> SMART criteria met</p>'
        f'<ul class="smart-row">{"".join(tiles)}</ul>'
        f'<div class="criteria">{"".join(rows)}</div></section>'
    )
    warnings = [w for w in report.warnings if w.message]
    warning_html = ""
    if warnings:
        items = "".join(
            f"<li>{badge(kind_label(w.kind), 'warn')} {text_html(sentence(w.message))}"
            + (f' <span class="evidence">“{esc(w.text)}”</span>' if w.text else "")
            + "</li>"
            for w in warnings
        )
        warning_html = f'<section class="warnings"><h3>Also check</h3><ul>{items}</ul></section>'
    summary = getattr(report, "summary", None)
    if summary or (report.score == 5 and not report.placeholders):
        note = summary or FIVE_OF_FIVE
        rewrite = (
            '<section class="draft complete" aria-label="Rewrite"><p class="complete-note">'
            f'<span aria-hidden="true">✓</span> {esc(note)}</p></section>'
        )
    else:
        rewrite = draft_html(
            Draft(
                element_id="goal-rewrite-text",
                title="Suggested rewrite",
                text=report.rewrite,
                placeholders=report.placeholders,
                filename="goal.txt",
                hint="Fill in the highlighted gaps right here, then copy it or download it.",
            )
        )
    questions = ""
    if report.questions:
        items = []
        for number, question in enumerate(report.questions):
            source = report.sources[number] if number < len(report.sources) else None
            where = f' <span class="muted">({esc(source.source)})</span>' if source else ""
            items.append(f"<li>{esc(question)}{where}</li>")
        questions = f'<section class="questions"><h3>Coaching questions</h3><ul>{"".join(items)}</ul></section>'
    sources = sources_html(report.sources, title="Sources from the job aid")
    return f'<div class="report goal-report">{scorecard}{rewrite}{warning_html}{questions}{_notes(report)}{sources}</div>'


# --- feedback --------------------------------------------------------------------------------------


def research_note(flag: BiasFlag, settings: Settings | None) -> str | None:
    """The research behind a bias flag: the flag's own source field, or its rule's."""
    note = getattr(flag, "source", None)
    if note:
        return note
    try:
        from assistant.analyzers.bias import load_rules

        return load_rules(settings.rules_file if settings else None).get(flag.rule).source
    except Exception:  # an unknown rule or a broken org file: the card simply has no research line
        return None


def bias_marks(flags: Iterable[BiasFlag], settings: Settings | None) -> list[Mark]:
    return [
        Mark(
            start=f.start,
            end=f.end,
            kind=f.category,
            explanation=f.explanation,
            suggestion=f.suggestion,
            note=research_note(f, settings),
            replacements=tuple(getattr(f, "replacements", None) or replacements_from(f.suggestion)),
            severity=f.severity,
        )
        for f in flags
    ]


def annotated_block(name: str, title: str, text: str, marks: list[Mark], *, hint: str, clean: str = "") -> str:
    """The text with its highlights, under a heading, with the key of kinds and how to open a card."""
    counts = Counter(m.kind for m in marks)
    note = hint if marks else clean
    return (
        f'<section class="annotated-block" aria-labelledby="{name}-annotated-title">'
        f'<h3 id="{name}-annotated-title">{esc(title)}</h3>'
        + legend(counts, counts)
        + (f'<p class="hint">{esc(note)}</p>' if note else "")
        + annotate(text, marks, prefix=f"{name}-annotated", editor=editor_for(name))
        + "</section>"
    )


def _structure_html(report: FeedbackReport) -> str:
    items = []
    for key, name, meaning in STRUCTURE:
        part = getattr(report.structure, key)
        if part.present:
            shown = f'<span class="evidence">“{esc(part.evidence)}”</span>' if part.evidence else "present"
            status = badge("✓ present", "pass")
        else:
            shown = f'<span class="muted">{esc(meaning)}</span>'
            status = badge("✗ missing", "fail")
        items.append(
            f'<li class="{"present" if part.present else "absent"}" data-part="{key}">'
            f"<strong>{name}</strong> {status} {shown}</li>"
        )
    polarity = f'<p class="polarity">Reads as <strong>{esc(report.polarity)}</strong> feedback.</p>'
    return (
        f'<section class="structure" aria-labelledby="structure-title"><h3 id="structure-title">Structure</h3>'
        f'{polarity}<ul class="checklist">{"".join(items)}</ul></section>'
    )


def feedback_view(report: FeedbackReport, text: str, settings: Settings | None = None) -> str:
    """The draft with every finding highlighted (legend above, cards on hover and focus), the
    structure checklist, the list of findings, and a better draft to edit, copy or download."""
    span_findings = [f for f in report.findings if f.start is not None and f.end is not None]
    marks = [
        Mark(
            start=f.start,
            end=f.end,
            kind=f.kind,
            explanation=f.message,
            suggestion=f.suggestion,
            replacements=tuple(getattr(f, "replacements", None) or ()),
        )
        for f in span_findings
        if f.start is not None and f.end is not None
    ] + bias_marks(report.bias, settings)
    annotated = annotated_block(
        "feedback",
        "Your draft, annotated",
        text,
        marks,
        hint="Hover over or tab to a highlight to see why and what to write instead.",
        clean="No words to change: no labels, absolutes, harsh or biased wording.",
    )
    rows = []
    for f in report.findings:
        words = f"“{esc(f.text)}”" if f.text else '<span class="muted">the whole draft</span>'
        rows.append([Cell(badge(kind_label(f.kind), "kind")), words, text_html(f.message), text_html(f.suggestion)])
    for b in report.bias:
        rows.append(
            [
                Cell(badge(f"biased language: {kind_label(b.category)}", "kind")),
                f"“{esc(b.text)}”",
                text_html(b.explanation),
                text_html(b.suggestion),
            ]
        )
    findings = (
        table(["Kind", "Words", "Why it matters", "Try instead"], rows, caption="What to change and why", cls="findings")
        if rows
        else '<p class="all-clear"><span aria-hidden="true">✓</span> No findings: this draft is specific, '
        "observable and actionable.</p>"
    )
    better = draft_html(
        Draft(
            element_id="feedback-rewrite-text",
            title="A better draft",
            text=report.rewrite,
            placeholders=report.placeholders,
            filename="feedback.txt",
            hint="Your sentences, with the gaps marked: fill them in right here, then copy it or download it.",
        )
    )
    sources = sources_html(report.sources, title="Guidance from the feedback guide")
    return (
        f'<div class="report feedback-report"><div class="two-col">{annotated}{_structure_html(report)}</div>'
        f"{findings}{better}{_notes(report)}{sources}</div>"
    )


# --- bias ------------------------------------------------------------------------------------------


def bias_view(report: BiasReport, text: str, settings: Settings | None = None) -> str:
    """The text with each flag highlighted by category, and the list of flags."""
    flags = report.flags
    if not flags:
        summary = '<p class="all-clear"><span aria-hidden="true">✓</span> No biased language found.</p>'
    else:
        cats = ", ".join(dict.fromkeys(kind_label(f.category) for f in flags))
        noun = "flag" if len(flags) == 1 else "flags"
        summary = f'<p class="summary"><strong>{len(flags)} {noun}</strong>: {esc(cats)}.</p>'
    annotated = annotated_block(
        "bias",
        "Your text, annotated",
        text,
        bias_marks(flags, settings),
        hint="Hover over or tab to a highlight to see why it matters, what to write instead and the research "
        "behind it.",
    )
    rows = [
        [
            f"“{esc(f.text)}”",
            Cell(badge(kind_label(f.category), "kind")),
            Cell(badge(f.severity, f"sev-{f.severity}")),
            text_html(f.explanation),
            text_html(f.suggestion),
        ]
        for f in flags
    ]
    listing = (
        table(["Words", "Category", "Severity", "Why it matters", "Consider"], rows, caption="Flags", cls="flags")
        if rows
        else ""
    )
    return f'<div class="report bias-report">{summary}{annotated}{listing}</div>'


# --- policy Q&A ------------------------------------------------------------------------------------


def answer_view(answer: PolicyAnswer, text: str = "", settings: Settings | None = None) -> str:
    """One answer: the answer (or the honest "not covered"), then its sources in citation order.

    When a follow-up was answered as a standalone question (``answer.question``), that reading is
    shown; a conflict between documents (``answer.conflict``) is shown above the answer."""
    notes = notice_list(answer.notices, cls="notes")
    lead = ""
    read_as = getattr(answer, "question", None)
    if read_as and text and " ".join(read_as.split()).lower() != " ".join(text.split()).lower():
        lead += f'<p class="read-as">Answering: “{esc(read_as)}”</p>'
    conflict = getattr(answer, "conflict", None)
    if conflict:
        message = conflict if isinstance(conflict, str) else getattr(conflict, "message", None) or str(conflict)
        lead += (
            '<div class="conflict" role="note"><strong>The documents disagree.</strong> '
            f"{text_html(message)}</div>"
        )
    if answer.answered:
        body = f'<div class="answer">{paragraphs(answer.answer)}</div>'
        sources = sources_html(answer.citations, title="Sources")
    else:
        body = (
            '<div class="not-covered"><p><strong>Not covered by the indexed documents.</strong></p>'
            f"{paragraphs(answer.answer)}</div>"
        )
        sources = sources_html(answer.citations, title="What the documents do cover (nearest passages)")
    return f'<div class="answer-block">{lead}{body}{sources}{notes}</div>'


def conversation_view(turns: Sequence[dict[str, Any]]) -> str:
    """The whole Q&A conversation, oldest first."""
    from assistant.qa import PolicyAnswer

    if not turns:
        return (
            '<div class="conversation empty"><p class="muted">Ask a question below. Follow-up questions '
            "use the conversation so far; it is kept in this browser until you start a new one.</p></div>"
        )
    items = []
    for number, turn in enumerate(turns, 1):
        answer = PolicyAnswer.model_validate(turn["answer"])
        items.append(
            f'<li class="turn" data-turn="{number}"><p class="question-bubble"><span class="sr-only">You asked: '
            f"</span>{esc(turn['question'])}</p>{answer_view(answer, turn['question'])}</li>"
        )
    return f'<ol class="conversation" aria-label="Conversation">{"".join(items)}</ol>'


def search_view(results: Sequence[Any]) -> str:
    """Search hits as citations in rank order (scores are for the Status tab's check only)."""
    if not results:
        return '<p class="muted">Nothing found.</p>'
    citations = [Citation(source=r.source, section=r.section, excerpt=r.text) for r in results]
    return sources_html(citations, title="Passages found", open_first=True)


# --- knowledge -------------------------------------------------------------------------------------


def documents_view(documents: Sequence[DocumentInfo], new: Iterable[str] = ()) -> str:
    """The indexed documents, the ones just added first and marked as new."""
    fresh = set(new)
    if not documents:
        return '<p class="muted">No documents are indexed yet. Add some on the left.</p>'
    ordered = sorted(documents, key=lambda d: (d.source not in fresh, d.source.lower()))
    rows = [
        [
            Cell(f"{esc(d.source)} {badge('new', 'new') if d.source in fresh else ''}", "doc-name"),
            esc(d.title or ""),
            str(d.chunks),
            esc(str(d.ingested_at or "")[:16].replace("T", " ")),
        ]
        for d in ordered
    ]
    return table(
        ["Document", "Title", "Passages", "Indexed at"],
        rows,
        caption=f"{len(documents)} indexed document{'s' if len(documents) != 1 else ''}",
        cls="documents",
    )


def ingest_view(report: IngestReport) -> str:
    """What an ingest did, in plain words: failures styled as failures."""
    parts = []
    if report.errors:
        items = "".join(
            f"<li><strong>{esc(item.source)}</strong>: {esc(sentence(item.reason or 'it could not be read'))}</li>"
            for item in report.errors
        )
        noun = "file" if len(report.errors) == 1 else "files"
        parts.append(
            f'<div class="result-box failure" role="alert"><p><strong>{len(report.errors)} {noun} could not be '
            f"added.</strong> Nothing else was changed for {'it' if len(report.errors) == 1 else 'them'}.</p>"
            f"<ul>{items}</ul></div>"
        )
    done = []
    for label, items in (("Added", report.added), ("Updated", report.updated), ("Already up to date", report.unchanged)):
        if items:
            names = ", ".join(f"<strong>{esc(i.source)}</strong>" for i in items)
            done.append(f"<li>{label}: {names}</li>")
    if report.skipped:
        names = ", ".join(
            f"<strong>{esc(i.source)}</strong>" + (f" ({esc(i.reason)})" if i.reason else "") for i in report.skipped
        )
        done.append(f"<li>Skipped: {names}</li>")
    if done:
        parts.append(
            f'<div class="result-box success" role="status"><ul>{"".join(done)}</ul>'
            f"<p>The index now holds {report.documents} documents ({report.chunks} passages).</p></div>"
        )
    if not parts:
        parts.append('<div class="result-box" role="status"><p>Nothing to add.</p></div>')
    return "".join(parts)


# --- HR tests --------------------------------------------------------------------------------------


def hr_results_view(cases: Sequence[Any], results: Sequence[Any], answers: Sequence[PolicyAnswer]) -> str:
    """One row per case: PASS/FAIL in words and colour, the question, what was expected, the answer
    with the files it cited, and the full reason for a failure."""
    passed = sum(r.passed for r in results)
    failed = len(results) - passed
    summary_kind = "pass" if not failed else "fail"
    summary = (
        f'<p class="hr-summary {summary_kind}" role="status">'
        + badge("✓ all passed" if not failed else f"✗ {failed} failed", summary_kind)
        + f" <strong>{passed} of {len(results)} passed</strong>"
        + (f", {failed} failed." if failed else ".")
        + "</p>"
    )
    rows = []
    for case, result, answer in zip(cases, results, answers, strict=True):
        verdict = Cell(badge("✓ PASS", "pass") if result.passed else badge("✗ FAIL", "fail"), "verdict")
        expected = "an answer" if case.expect == "answer" else "an abstention"
        if case.must_cite:
            expected += " citing " + ", ".join(esc(name) for name in case.must_cite)
        got = (
            f'<details class="case-answer"><summary>{"Answered" if answer.answered else "Abstained"}'
            + (f" · cited {esc(', '.join(result.cited))}" if result.cited else "")
            + f"</summary>{answer_view(answer)}</details>"
        )
        reason = sentence("; ".join(result.reasons)) if result.reasons else "As expected."
        rows.append([verdict, esc(case.question), expected, got, esc(reason)])
    return summary + table(["Result", "Question", "Expected", "Answer", "Reason"], rows, cls="hr-results")


# --- status ----------------------------------------------------------------------------------------


def status_view(settings: Settings, stats: dict[str, Any] | None, problem: str | None = None) -> str:
    """Which model (if any), which embeddings, how big the index is. Never a secret or a URL."""
    if settings.llm_mode == "offline":
        llm = "<strong>Mode:</strong> offline. Deterministic analyzers and extractive answers; nothing leaves this machine."
    else:
        llm = (
            f"<strong>Model:</strong> <code>{esc(settings.model)}</code> (its rewrites and answers are checked "
            "against your text and the documents before you see them)."
        )
    items = [f"<li>{llm}</li>"]
    if stats:
        items.append(f"<li><strong>Embedding model:</strong> <code>{esc(stats.get('embedding_model'))}</code></li>")
        items.append(
            f"<li><strong>Index:</strong> {esc(stats.get('documents', 0))} documents, "
            f"{esc(stats.get('chunks', 0))} passages ({esc(stats.get('store', 'embedded'))} store)</li>"
        )
    if problem:
        items.append(f'<li class="problem"><strong>Problem:</strong> {esc(sentence(problem))}</li>')
    return f'<ul class="status-list">{"".join(items)}</ul>'
