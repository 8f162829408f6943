"""The Gradio ``Blocks`` app: one tab per job, plus API-only endpoints returning report JSON."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.settings import Settings
from assistant.ui import examples, render
from assistant.ui.handlers import CASE_FILE_TYPES, HR_CASES_EXAMPLE, UPLOAD_TYPES, Handlers

# Visible handlers are for the browser; clients use the named endpoints below.
UI_ONLY = "undocumented"
# Everything that writes the index runs one at a time (ingest from the UI or the API, remove).
INDEX_WRITE = {"concurrency_id": "index-write", "concurrency_limit": 1}


def _header(settings: Settings) -> str:
    if settings.llm_mode == "offline":
        badge = '<span class="mode-badge">offline · nothing leaves this machine</span>'
    else:
        badge = f'<span class="mode-badge llm">model: {render.esc(settings.model)}</span>'
    return (
        f'<div id="coach-header"><h1>Performance Coach {badge}</h1>'
        "<p>Sharper goals, fairer feedback, and answers from your own HR documents. "
        "Every suggestion shows why, and where it came from.</p></div>"
    )


def build_app(settings: Settings) -> gr.Blocks:
    """Build the whole app for ``settings`` (launch it with :func:`assistant.ui.server.launch`)."""
    h = Handlers(settings)
    max_chars = settings.max_input_chars

    with gr.Blocks(title="Performance Coach", analytics_enabled=False) as app:
        gr.HTML(_header(settings))
        with gr.Tabs():
            _goal_tab(h, max_chars)
            _feedback_tab(h, max_chars)
            _bias_tab(h, max_chars)
            _ask_tab(h, max_chars)
            _knowledge_tab(h, max_chars, settings)
            _hr_tests_tab(h, max_chars)
            status = _status_tab(h)
        _api_endpoints(h)
        app.load(h.status_ui, None, status, api_visibility=UI_ONLY, queue=False)
    return app


def _text_input(label: str, placeholder: str, max_chars: int, lines: int = 4) -> gr.Textbox:
    return gr.Textbox(label=label, placeholder=placeholder, lines=lines, max_lines=14, max_length=max_chars)


def _wire_analyzer(
    fn: Any, text: gr.Textbox, run: gr.Button, clear: gr.ClearButton, outputs: list[Any], samples: list[str]
) -> None:
    """The shared wiring of an analyzer tab: run on click or Enter, clear all, clickable examples."""
    clear.add([text, *outputs])
    for trigger in (run.click, text.submit):
        trigger(fn, text, outputs, api_visibility=UI_ONLY)
    gr.Examples(samples, text, outputs, fn=fn, run_on_click=True, label="Try an example")


def _goal_tab(h: Handlers, max_chars: int) -> None:
    with gr.Tab("Goal coach", id="goal"):
        gr.Markdown(
            "Paste a goal (an IPM). See which SMART criteria it meets, the question that fills each gap, "
            "and a rewrite in your own words with the gaps marked.",
            elem_classes="tab-intro",
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=2):
                text = _text_input("Your goal", "e.g. Improve customer service.", max_chars)
                with gr.Row():
                    clear = gr.ClearButton(value="Clear")
                    run = gr.Button("Check my goal", variant="primary", elem_id="goal-submit")
            with gr.Column(scale=3):
                card = gr.HTML(
                    '<p class="muted">Your SMART scorecard appears here.</p>', elem_id="goal-scorecard"
                )
        rewrite = gr.HighlightedText(
            label="Suggested rewrite: fill in the highlighted gaps",
            color_map={render.PLACEHOLDER_LABEL: "#f6c344"},
            show_inline_category=False,
            elem_id="goal-rewrite",
        )
        notes = gr.Markdown()
        with gr.Accordion("Sources from the job aid", open=False):
            sources = gr.HTML()
        outputs = [card, rewrite, notes, sources]
        _wire_analyzer(h.goal_ui, text, run, clear, outputs, examples.GOALS)


def _feedback_tab(h: Handlers, max_chars: int) -> None:
    with gr.Tab("Feedback coach", id="feedback"):
        gr.Markdown(
            "Paste a feedback draft. Words that judge character, exaggerate or may read as biased are "
            "highlighted; the checklist shows what is missing; the rewrite keeps what you observed.",
            elem_classes="tab-intro",
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                text = _text_input(
                    "Your feedback draft", "e.g. You're lazy and you never take initiative.", max_chars
                )
                with gr.Row():
                    clear = gr.ClearButton(value="Clear")
                    run = gr.Button("Review my feedback", variant="primary", elem_id="feedback-submit")
            with gr.Column(scale=2):
                structure = gr.HTML('<p class="muted">The structure checklist appears here.</p>')
        marked = gr.HighlightedText(
            label="Your draft, annotated",
            show_legend=True,
            elem_id="feedback-marked",
        )
        table = gr.Dataframe(
            headers=render.FINDING_HEADERS,
            label="What to change and why",
            wrap=True,
            interactive=False,
            elem_classes="plain-table",
            column_widths=["14%", "16%", "35%", "35%"],
        )
        rewrite = gr.HighlightedText(
            label="A better draft: fill in the highlighted gaps",
            color_map={render.PLACEHOLDER_LABEL: "#f6c344"},
            show_inline_category=False,
        )
        notes = gr.Markdown()
        with gr.Accordion("Guidance from the feedback guide", open=False):
            sources = gr.HTML()
        outputs = [marked, structure, table, rewrite, notes, sources]
        _wire_analyzer(h.feedback_ui, text, run, clear, outputs, examples.FEEDBACK)


def _bias_tab(h: Handlers, max_chars: int) -> None:
    with gr.Tab("Bias check", id="bias"):
        gr.Markdown(
            "Check a review or job text for language that research links to unequal outcomes. "
            "Each flag says why it matters and what to write instead.",
            elem_classes="tab-intro",
        )
        text = _text_input("Text to check", "Paste a review, feedback or job description.", max_chars)
        with gr.Row():
            clear = gr.ClearButton(value="Clear")
            run = gr.Button("Check language", variant="primary", elem_id="bias-submit")
        marked = gr.HighlightedText(
            label="Flagged words by category", show_legend=True, elem_id="bias-marked"
        )
        summary = gr.Markdown()
        table = gr.Dataframe(
            headers=render.BIAS_HEADERS,
            label="Flags",
            wrap=True,
            interactive=False,
            elem_classes="plain-table",
            column_widths=["13%", "13%", "9%", "35%", "30%"],
        )
        outputs = [marked, summary, table]
        _wire_analyzer(h.bias_ui, text, run, clear, outputs, examples.BIAS)


def _ask_tab(h: Handlers, max_chars: int) -> None:
    with gr.Tab("Policy Q&A", id="ask"):
        gr.Markdown(
            "Ask about your organisation's performance policies. Answers quote the indexed documents and "
            "cite them; when the documents don't cover a question, the coach says so instead of guessing.",
            elem_classes="tab-intro",
        )
        chat = gr.Chatbot(
            label="Policy Q&A",
            show_label=False,
            height=460,
            elem_id="ask-chat",
            feedback_options=None,
            buttons=["copy_all"],
        )
        with gr.Row():
            question = gr.Textbox(
                placeholder="e.g. How often should managers hold check-ins?",
                show_label=False,
                scale=5,
                max_length=max_chars,
                lines=1,
                elem_id="ask-question",
            )
            ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask-submit")
        clear = gr.ClearButton([chat, question], value="New conversation")
        del clear
        for trigger in (ask.click, question.submit):
            trigger(h.ask_ui, [question, chat], [chat, question], api_visibility=UI_ONLY)
        gr.Examples(examples.QUESTIONS, question, label="Try a question")


def _knowledge_tab(h: Handlers, max_chars: int, settings: Settings) -> None:
    with gr.Tab("Knowledge", id="knowledge") as tab:
        gr.Markdown(
            "The documents the coach answers from. Add your own policies and job aids "
            f"({', '.join(UPLOAD_TYPES)}, up to {settings.max_upload_mb} MB each), or remove one.",
            elem_classes="tab-intro",
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=2):
                files = gr.File(
                    label="Documents to add",
                    file_count="multiple",
                    file_types=list(UPLOAD_TYPES),
                    elem_id="knowledge-upload",
                )
                add = gr.Button("Add to knowledge base", variant="primary", elem_id="knowledge-ingest")
                result = gr.Markdown(elem_id="knowledge-result")
            with gr.Column(scale=3):
                docs = gr.Dataframe(
                    headers=render.DOC_HEADERS,
                    label="Indexed documents",
                    interactive=False,
                    wrap=True,
                    column_widths=["38%", "12%", "30%", "20%"],
                    elem_id="knowledge-docs",
                    elem_classes="plain-table",
                )
                with gr.Row():
                    pick = gr.Dropdown(label="Remove a document", choices=[], scale=3)
                    remove = gr.Button("Remove", variant="stop", scale=1)
                    refresh = gr.Button("Refresh", scale=1)
        add.click(h.ingest_ui, files, [result, docs, pick, files], api_visibility=UI_ONLY, **INDEX_WRITE)
        remove.click(h.remove_ui, pick, [result, docs, pick], api_visibility=UI_ONLY, **INDEX_WRITE)
        refresh.click(h.documents_ui, None, [docs, pick], api_visibility=UI_ONLY)
        gr.Markdown("### Search the documents")
        with gr.Row():
            query = gr.Textbox(
                show_label=False, placeholder="Words or a question", scale=5, max_length=max_chars
            )
            find = gr.Button("Search", scale=1)
        hits = gr.HTML()
        for trigger in (find.click, query.submit):
            trigger(h.search_ui, query, hits, api_visibility=UI_ONLY)
        gr.Examples(examples.SEARCHES, query, hits, fn=h.search_ui, run_on_click=True, label="Try a search")
    # refresh whenever the tab is opened, so documents ingested from the CLI show up too
    tab.select(h.documents_ui, None, [docs, pick], api_visibility=UI_ONLY, queue=False)


def _hr_tests_tab(h: Handlers, max_chars: int) -> None:
    with gr.Tab("HR tests", id="hrtests"):
        gr.Markdown(
            "HR's own test questions for the Q&A: each case says whether the documents should answer "
            "(and which file they must cite) or abstain. Upload a case file or edit one here, then run it.",
            elem_classes="tab-intro",
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                cases = gr.Code(
                    value=examples.HR_CASES_INLINE,
                    language="yaml",
                    label="Case file (YAML, or JSONL one case per line)",
                    lines=14,
                    max_lines=30,
                    interactive=True,
                    elem_id="hr-cases",
                )
            with gr.Column(scale=2):
                upload = gr.File(label="Upload a case file", file_types=list(CASE_FILE_TYPES))
                run = gr.Button("Run the tests", variant="primary", elem_id="hr-run")
                summary = gr.Markdown(elem_id="hr-summary")
        table = gr.Dataframe(
            headers=render.HR_HEADERS,
            label="Results",
            wrap=True,
            interactive=False,
            elem_id="hr-results",
            elem_classes="plain-table",
        )
        upload.upload(h.load_cases_ui, upload, cases, api_visibility=UI_ONLY)
        run.click(h.run_cases_ui, cases, [summary, table], api_visibility=UI_ONLY)
        sample = HR_CASES_EXAMPLE.read_text(encoding="utf-8") if HR_CASES_EXAMPLE.exists() else None
        choices = [[examples.HR_CASES_INLINE]] + ([[sample]] if sample else [])
        labels = ["Two quick cases"] + (
            ["The shipped cases for knowledge/ (evals/hr_cases.yaml)"] if sample else []
        )
        gr.Examples(choices, cases, example_labels=labels, label="Load example cases")


def _status_tab(h: Handlers) -> gr.Markdown:
    with gr.Tab("Status", id="status"):
        gr.Markdown("What the coach is running on.", elem_classes="tab-intro")
        status = gr.Markdown(elem_id="status-text")
        with gr.Row():
            refresh = gr.Button("Refresh", size="sm", scale=0, min_width=120)
        refresh.click(h.status_ui, None, status, api_visibility=UI_ONLY)
        gr.Markdown("### Retrieval check\nSee which passages a question retrieves (cosine similarity shown).")
        with gr.Row():
            query = gr.Textbox(show_label=False, placeholder="A question", scale=5)
            find = gr.Button("Check", scale=1)
        hits = gr.HTML()
        find.click(h.search_ui, query, hits, api_visibility=UI_ONLY)
        gr.Examples(
            examples.QUESTIONS[:3], query, hits, fn=h.search_ui, run_on_click=True, label="Try a question"
        )
    return status


def _api_endpoints(h: Handlers) -> None:
    """API-only endpoints (``/goal``, ``/feedback``, ``/bias``, ``/ask``, ``/ingest``) returning the
    report's JSON payload, for ``gradio_client`` and scripts."""
    with gr.Column(visible=False):
        text = gr.Textbox(label="text")
        files = gr.File(label="files", file_count="multiple", file_types=list(UPLOAD_TYPES))
        payload = gr.JSON(label="payload")
        trigger = gr.Button("api")
    endpoints = {
        "goal": h.goal_api,
        "feedback": h.feedback_api,
        "bias": h.bias_api,
        "ask": h.ask_api,
    }
    for name, fn in endpoints.items():
        trigger.click(fn, text, payload, api_name=name, api_description=fn.__doc__)
    trigger.click(
        h.ingest_api, files, payload, api_name="ingest", api_description=h.ingest_api.__doc__, **INDEX_WRITE
    )
