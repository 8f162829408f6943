"""The Gradio ``Blocks`` app: one tab per coach (built from :mod:`assistant.coaches`), the
Knowledge, HR tests and Status tabs, and the named API endpoints (``/<coach>``, ``/ingest``)."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.coaches import COACHES, Coach
from assistant.settings import Settings
from assistant.ui import views
from assistant.ui.handlers import CASE_FILE_TYPES, UPLOAD_TYPES, Handlers, example_cases
from assistant.ui.render import esc
from assistant.ui.workers import AnalyzerPools

# Visible handlers are for the browser; clients use the named endpoints.
UI_ONLY = "undocumented"
# Everything that writes the index runs one at a time (ingest from the UI or the API, remove).
INDEX_WRITE = {"concurrency_id": "index-write", "concurrency_limit": 1}

HR_CASES_INLINE = """\
# One case per item: expect "answer" (with must_cite / must_include) or "abstain".
- question: How often should managers hold check-ins?
  expect: answer
  must_cite: [check-ins.md]
- question: Does the company reimburse gym memberships?
  expect: abstain
"""
SEARCHES: list[str] = ["situation behaviour impact", "90-day check-in", "coaching question for a measurable goal"]


def _header(settings: Settings) -> str:
    if settings.llm_mode == "offline":
        badge = '<span class="mode-badge">offline · nothing leaves this machine</span>'
    else:
        badge = f'<span class="mode-badge llm">model: {esc(settings.model)}</span>'
    return (
        f'<div id="coach-header"><h1>Performance Coach {badge}</h1>'
        "<p>Sharper goals, fairer feedback, and answers from your own HR documents. "
        "Every suggestion shows why, and where it came from.</p></div>"
    )


def browser_secret(settings: Settings) -> str:
    """The key the browser's saved drafts are encrypted with, kept beside the index so saved drafts
    survive a restart of the app (a fresh random key when that folder is read-only)."""
    path = Path(settings.index_dir).parent / "browser-state.key"
    try:
        if path.is_file():
            value = path.read_text(encoding="utf-8").strip()
            if len(value) >= 16:
                return value
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(24)
        path.write_text(value, encoding="utf-8")
        path.chmod(0o600)
        return value
    except OSError:
        return secrets.token_urlsafe(24)


def _key_hint(coach: Coach) -> str:
    if coach.multiline:
        return "Press Ctrl+Enter (⌘+Enter on a Mac) to run."
    return "Press Enter to run."


def _concurrency(coach: Coach, settings: Settings) -> dict[str, Any]:
    """Analyzer coaches get their own queue (they are CPU-light and run in worker processes), so
    they never wait behind questions that need the embedding model."""
    if coach.workload == "analyzer":
        return {"concurrency_id": f"coach-{coach.name}", "concurrency_limit": settings.analyzer_concurrency}
    return {}


def build_app(
    settings: Settings, pools: AnalyzerPools | None = None, coaches: tuple[Coach, ...] = COACHES
) -> gr.Blocks:
    """Build the whole app for ``settings`` (launch it with :func:`assistant.ui.server.launch`):
    a tab and an endpoint for each of ``coaches`` (the registry's, unless a test brings its own)."""
    h = Handlers(settings, pools)
    secret = browser_secret(settings)

    with gr.Blocks(title="Performance Coach", analytics_enabled=False) as app:
        gr.HTML(_header(settings))
        # The conversation is kept in the browser (drafts too: see assets/coach.js). Browser storage
        # lives outside the tabs, which mount lazily, so that it loads with the page.
        turns = gr.BrowserState([], storage_key="coach-conversation", secret=secret)
        with gr.Tabs(overflow_behavior="wrap", elem_id="coach-tabs"):
            for coach in coaches:
                if coach.workload == "analyzer":
                    _analyzer_tab(h, coach, settings)
                else:
                    _ask_tab(app, h, coach, turns)
            _knowledge_tab(h, settings)
            _hr_tests_tab(h)
            status = _status_tab(h)
        _api_endpoints(h, settings, coaches)
        app.load(h.status_ui, None, status, api_visibility=UI_ONLY, queue=False)
    return app


def _coach_input(coach: Coach, *, scale: int | None = None) -> gr.Textbox:
    return gr.Textbox(
        label=coach.input_label,
        placeholder=coach.placeholder,
        lines=4 if coach.multiline else 1,
        max_lines=14 if coach.multiline else 1,
        info=_key_hint(coach),
        elem_id=f"{coach.name}-input",
        elem_classes=["coach-input"],
        scale=scale,
    )


def _analyzer_tab(h: Handlers, coach: Coach, settings: Settings) -> None:
    with gr.Tab(coach.title, id=coach.name):
        gr.Markdown(coach.intro, elem_classes="tab-intro")
        text = _coach_input(coach)
        message = gr.HTML("", elem_id=f"{coach.name}-message")
        with gr.Row():
            run = gr.Button(coach.action, variant="primary", elem_id=f"{coach.name}-submit", scale=0, min_width=220)
            clear = gr.Button("Clear", elem_id=f"{coach.name}-clear", scale=0, min_width=110)
        result = gr.HTML("", elem_id=f"{coach.name}-result", render=False)
        fn = h.ui(coach)
        gr.Examples(
            [[example] for example in coach.examples],
            text,
            [result, message],
            fn=fn,
            run_on_click=True,
            label="Try an example",
            api_visibility=UI_ONLY,
        )
        result.render()
        for trigger in (run.click, text.submit):
            trigger(fn, text, [result, message], api_visibility=UI_ONLY, **_concurrency(coach, settings))
        clear.click(lambda: ("", "", ""), None, [text, result, message], api_visibility=UI_ONLY, queue=False)


def _ask_tab(app: gr.Blocks, h: Handlers, coach: Coach, turns: gr.BrowserState) -> None:
    with gr.Tab(coach.title, id=coach.name) as tab:
        gr.Markdown(coach.intro, elem_classes="tab-intro")
        conversation = gr.HTML(views.conversation_view([]), elem_id="ask-conversation")
        with gr.Row(equal_height=True):
            question = _coach_input(coach, scale=5)
        message = gr.HTML("", elem_id="ask-message")
        with gr.Row():
            ask = gr.Button(coach.action, variant="primary", elem_id="ask-submit", scale=0, min_width=140)
            new = gr.Button("New conversation", elem_id="ask-new", scale=0, min_width=210)

        async def run(question_text: str, stored: list[dict] | None):
            return await h.ask_ui(coach, question_text, stored)

        for trigger in (ask.click, question.submit):
            trigger(run, [question, turns], [conversation, turns, question, message], api_visibility=UI_ONLY)
        new.click(
            lambda: (views.conversation_view([]), [], "", ""),
            None,
            [conversation, turns, question, message],
            api_visibility=UI_ONLY,
            queue=False,
        )
        examples = gr.Examples([[q] for q in coach.examples], question, label="Try a question")
        examples.load_input_event.then(
            run, [question, turns], [conversation, turns, question, message], api_visibility=UI_ONLY
        )
        for trigger in (app.load, tab.select):
            trigger(h.conversation_ui, turns, conversation, api_visibility=UI_ONLY, queue=False)


def _knowledge_tab(h: Handlers, settings: Settings) -> None:
    with gr.Tab("Knowledge", id="knowledge") as tab:
        gr.Markdown(
            "The documents the coach answers from. Add your own policies and job aids "
            f"({', '.join(UPLOAD_TYPES)}, up to {settings.max_upload_mb} MB each), or remove one.",
            elem_classes="tab-intro",
        )
        new = gr.State([])
        with gr.Row(equal_height=False):
            with gr.Column(scale=2, min_width=280):
                files = gr.File(
                    label="Documents to add",
                    file_count="multiple",
                    file_types=list(UPLOAD_TYPES),
                    elem_id="knowledge-upload",
                )
                add = gr.Button("Add to knowledge base", variant="primary", elem_id="knowledge-ingest")
                result = gr.HTML("", elem_id="knowledge-result")
                pick = gr.Dropdown(label="Document to remove", choices=[], elem_id="knowledge-pick")
                remove = gr.Button("Remove…", elem_id="knowledge-remove")
                with gr.Column(visible=False, elem_id="knowledge-confirm") as confirm:
                    confirm_text = gr.HTML("")
                    with gr.Row():
                        yes = gr.Button("Yes, remove it", variant="stop", elem_id="knowledge-remove-yes")
                        no = gr.Button("Cancel", elem_id="knowledge-remove-cancel")
            with gr.Column(scale=3, min_width=280):
                docs = gr.HTML("", elem_id="knowledge-docs")
        add.click(
            h.ingest_ui,
            [files, new],
            [result, docs, pick, files, new],
            api_visibility=UI_ONLY,
            show_progress_on=[result],
            **INDEX_WRITE,
        )
        remove.click(h.confirm_remove_ui, pick, [confirm, confirm_text, result], api_visibility=UI_ONLY, queue=False)
        no.click(lambda: gr.update(visible=False), None, confirm, api_visibility=UI_ONLY, queue=False)
        yes.click(h.remove_ui, [pick, new], [confirm, result, docs, pick, new], api_visibility=UI_ONLY, **INDEX_WRITE)
        gr.Markdown("### Search the documents")
        with gr.Row(equal_height=True):
            query = gr.Textbox(
                label="Search the documents",
                placeholder="Words or a question",
                info="Press Enter to search.",
                lines=1,
                max_lines=1,
                scale=5,
                elem_id="knowledge-search-input",
            )
            find = gr.Button("Search", scale=0, min_width=110, elem_id="knowledge-search-submit")
        search_message = gr.HTML("")
        hits = gr.HTML("", elem_id="knowledge-hits")
        for trigger in (find.click, query.submit):
            trigger(h.search_ui, query, [hits, search_message], api_visibility=UI_ONLY)
        gr.Examples([[s] for s in SEARCHES], query, [hits, search_message], fn=h.search_ui, run_on_click=True,
                    label="Try a search", api_visibility=UI_ONLY)
    # refresh whenever the tab is opened, so documents ingested from the CLI show up too
    tab.select(h.documents_ui, new, [docs, pick], api_visibility=UI_ONLY, queue=False)


def _hr_tests_tab(h: Handlers) -> None:
    with gr.Tab("HR tests", id="hrtests"):
        gr.Markdown(
            "HR's own test questions for the Q&A: each case says whether the documents should answer "
            "(and which file they must cite) or abstain. Upload a case file or edit one here, then run it.",
            elem_classes="tab-intro",
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=280):
                cases = gr.Code(
                    value=HR_CASES_INLINE,
                    language="yaml",
                    label="Case file (YAML, or JSONL with one case per line)",
                    lines=12,
                    max_lines=30,
                    interactive=True,
                    wrap_lines=True,
                    elem_id="hr-cases",
                )
            with gr.Column(scale=2, min_width=240):
                upload = gr.File(label="Upload a case file", file_types=list(CASE_FILE_TYPES), elem_id="hr-upload")
                run = gr.Button("Run the tests", variant="primary", elem_id="hr-run")
                message = gr.HTML("", elem_id="hr-message")
        results = gr.HTML("", elem_id="hr-results")
        upload.upload(h.load_cases_ui, upload, [cases, message], api_visibility=UI_ONLY)
        run.click(h.run_cases_ui, cases, [results, message], api_visibility=UI_ONLY, show_progress_on=[results])
        sample = example_cases()
        choices = [[HR_CASES_INLINE]] + ([[sample]] if sample else [])
        labels = ["Two quick cases"] + (["The shipped cases for knowledge/ (evals/hr_cases.yaml)"] if sample else [])
        gr.Examples(choices, cases, example_labels=labels, label="Load example cases")


def _status_tab(h: Handlers) -> gr.HTML:
    with gr.Tab("Status", id="status"):
        gr.Markdown("What the coach is running on.", elem_classes="tab-intro")
        status = gr.HTML("", elem_id="status-text")
        refresh = gr.Button("Refresh", size="sm", scale=0, min_width=120, elem_id="status-refresh")
        refresh.click(h.status_ui, None, status, api_visibility=UI_ONLY)
        gr.Markdown(
            "### Retrieval check\nFor whoever tunes the index: the passages a question retrieves, "
            "with their similarity to it."
        )
        with gr.Row(equal_height=True):
            query = gr.Textbox(label="Question to check", lines=1, max_lines=1, scale=5, elem_id="status-query",
                               info="Press Enter to check.")
            find = gr.Button("Check", scale=0, min_width=110)
        message = gr.HTML("")
        hits = gr.HTML("", elem_id="status-hits")
        for trigger in (find.click, query.submit):
            trigger(h.retrieval_check_ui, query, [hits, message], api_visibility=UI_ONLY)
    return status


def _api_endpoints(h: Handlers, settings: Settings, coaches: tuple[Coach, ...]) -> None:
    """API-only endpoints, one per coach (``/goal``, ``/feedback``, ``/bias``, ``/ask``) plus
    ``/ingest``, returning the report's JSON, for ``gradio_client``, scripts and MCP clients."""
    with gr.Column(visible=False):
        text = gr.Textbox(label="text")
        files = gr.File(label="files", file_count="multiple", file_types=list(UPLOAD_TYPES))
        payload = gr.JSON(label="payload")
        trigger = gr.Button("api")
    for coach in coaches:
        trigger.click(
            h.api(coach), text, payload, api_name=coach.name, api_description=coach.summary,
            **_concurrency(coach, settings),
        )

    def ingest(files: list[str]) -> dict[str, Any]:
        """Add documents (.md .txt .pdf .docx .html) to the knowledge index; returns the IngestReport as JSON."""
        return h.ingest_api(files)

    trigger.click(ingest, files, payload, api_name="ingest", api_description=ingest.__doc__, **INDEX_WRITE)
