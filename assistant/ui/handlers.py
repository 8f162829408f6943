"""Event handlers: validate input, call the service functions, render the result.

Each ``*_api`` handler returns the report's JSON payload (``model_dump(mode="json")`` without
server file paths, see :func:`render.public_payload`) for the named API endpoints; each ``*_ui`` handler returns what the visible components show.
User mistakes raise ``gr.Error`` with a one-line message, never a stack trace.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from assistant import service
from assistant.knowledge import KnowledgeError
from assistant.settings import PROJECT_ROOT, Settings
from assistant.textinput import InputError, check_text, decode_bytes
from assistant.ui import render

UPLOAD_TYPES: tuple[str, ...] = (".md", ".txt", ".pdf", ".docx", ".html")
CASE_FILE_TYPES: tuple[str, ...] = (".yaml", ".yml", ".jsonl")
HR_CASES_EXAMPLE = PROJECT_ROOT / "evals" / "hr_cases.yaml"


def upload_dir(settings: Settings) -> Path:
    """Where uploaded documents are kept (next to the index), so they outlive Gradio's temp files."""
    return Path(settings.index_dir).parent / "uploads"


class Handlers:
    """All app callbacks, bound to one :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    # --- input checks -----------------------------------------------------------------------

    def _text(self, text: str | None, what: str) -> str:
        try:
            return check_text(text or "", self.settings.max_input_chars, allow_empty=False, what=what)
        except InputError as exc:
            raise gr.Error(str(exc), title="Please check the input") from None

    def _notify(self, message: str) -> None:
        gr.Info(message)

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a service function, turning problems the user can act on into a visible message."""
        try:
            return fn(*args, **kwargs)
        except (InputError, KnowledgeError) as exc:
            raise gr.Error(str(exc)) from None

    # --- API payloads ------------------------------------------------------------------------

    def goal_api(self, text: str) -> dict[str, Any]:
        """SMART check of one goal: the GoalReport as JSON."""
        report = self._call(service.goal, self._text(text, "goal"), self.settings, notify=self._notify)
        return render.public_payload(report.model_dump(mode="json"))

    def feedback_api(self, text: str) -> dict[str, Any]:
        """Feedback review of one draft: the FeedbackReport as JSON."""
        report = self._call(
            service.feedback, self._text(text, "feedback draft"), self.settings, notify=self._notify
        )
        return render.public_payload(report.model_dump(mode="json"))

    def bias_api(self, text: str) -> dict[str, Any]:
        """Biased-language flags for one text: the BiasReport as JSON."""
        report = self._call(service.bias, self._text(text, "text"), self.settings)
        return render.public_payload(report.model_dump(mode="json"))

    def ask_api(self, question: str) -> dict[str, Any]:
        """A policy answer with citations, or an abstention: the PolicyAnswer as JSON."""
        report = self._call(service.ask, self._text(question, "question"), self.settings, notify=self._notify)
        return render.public_payload(report.model_dump(mode="json"))

    def ingest_api(
        self, files: Sequence[str] | str | None, progress: gr.Progress | None = None
    ) -> dict[str, Any]:
        """Ingest uploaded files into the knowledge index: the IngestReport as JSON."""
        paths = self._store_uploads(files)
        callback = None
        if progress is not None:

            def callback(fraction: float, message: str) -> None:
                progress(max(0.0, min(1.0, float(fraction))), desc=message)

        try:
            report = service.ingest(paths, self.settings, progress=callback)
        except KnowledgeError as exc:
            raise gr.Error(str(exc), title="Could not ingest") from None
        return render.public_payload(report.model_dump(mode="json"))

    def _store_uploads(self, files: Sequence[str] | str | None) -> list[Path]:
        if not files:
            raise gr.Error("Choose one or more files to add first.", title="No files")
        if isinstance(files, str | Path):
            files = [files]
        limit = self.settings.max_upload_mb * 1024 * 1024
        target = upload_dir(self.settings)
        target.mkdir(parents=True, exist_ok=True)
        stored: list[Path] = []
        for item in files:
            source = Path(getattr(item, "name", item))
            if source.suffix.lower() not in UPLOAD_TYPES:
                raise gr.Error(
                    f"{source.name}: unsupported file type; upload {', '.join(UPLOAD_TYPES)}",
                    title="Unsupported file",
                )
            if source.stat().st_size > limit:
                raise gr.Error(
                    f"{source.name} is larger than {self.settings.max_upload_mb} MB", title="File too large"
                )
            destination = target / source.name
            shutil.copyfile(source, destination)
            stored.append(destination)
        return stored

    # --- visible tabs ------------------------------------------------------------------------

    def goal_ui(self, text: str) -> tuple[str, list, str, str]:
        report = self.goal_api(text)
        return (
            render.scorecard_html(report),
            render.placeholder_segments(report.get("rewrite", ""), report.get("placeholders") or []),
            render.notes_markdown(report) + _questions_md(report),
            render.sources_html(report.get("sources") or []),
        )

    def feedback_ui(self, text: str) -> tuple[Any, str, list[list[str]], list, str, str]:
        report = self.feedback_api(text)
        draft = text or ""
        spans = render.finding_spans(report.get("findings") or []) + render.bias_spans(
            report.get("bias") or []
        )
        rows = render.findings_rows(report)
        marked = render.segments(draft, spans)
        return (
            gr.HighlightedText(value=marked, color_map=render.color_map(marked)),
            render.structure_html(report),
            rows or [["—", "", "No findings: this draft is specific, observable and actionable.", ""]],
            render.placeholder_segments(report.get("rewrite", ""), report.get("placeholders") or []),
            render.notes_markdown(report),
            render.sources_html(report.get("sources") or []),
        )

    def bias_ui(self, text: str) -> tuple[Any, str, list[list[str]]]:
        report = self.bias_api(text)
        marked = render.segments(text or "", render.bias_spans(report.get("flags") or []))
        return (
            gr.HighlightedText(value=marked, color_map=render.color_map(marked)),
            render.bias_summary(report),
            render.bias_rows(report),
        )

    def ask_ui(self, question: str, history: list[dict] | None) -> tuple[list[dict], str]:
        payload = self.ask_api(question)
        history = list(history or [])
        history.append({"role": "user", "content": question.strip()})
        history.append({"role": "assistant", "content": render.answer_html(payload)})
        return history, ""

    def search_ui(self, query: str) -> str:
        results = self._call(
            service.search, self._text(query, "search"), self.settings, k=5, notify=self._notify
        )
        if not results:
            return '<p class="muted">Nothing found.</p>'
        citations = [
            {"source": r.source, "section": r.section, "excerpt": r.text, "score": r.similarity}
            for r in results
        ]
        return render.sources_html(citations, open_first=True)

    # --- knowledge ---------------------------------------------------------------------------

    def ingest_ui(self, files: Sequence[str] | None, progress: gr.Progress = gr.Progress()):  # noqa: B008
        report = self.ingest_api(files, progress=progress)
        rows, names = self._documents()
        return render.ingest_markdown(report), rows, gr.update(choices=names, value=None), None

    def documents_ui(self):
        rows, names = self._documents()
        return rows, gr.update(choices=names, value=None)

    def _documents(self) -> tuple[list[list[Any]], list[str]]:
        from assistant.knowledge.index import list_documents

        docs = [d.model_dump(mode="json") for d in list_documents(self.settings)]
        return render.document_rows(docs), [d["source"] for d in docs]

    def remove_ui(self, name: str | None):
        from assistant.knowledge.index import remove_document

        if not name:
            raise gr.Error("Pick a document to remove.", title="No document")
        try:
            removed = remove_document(name, self.settings)
        except KnowledgeError as exc:
            raise gr.Error(str(exc), title="Could not remove") from None
        rows, names = self._documents()
        message = (
            f"Removed **{name}** ({removed} chunks)." if removed else f"**{name}** was not in the index."
        )
        return message, rows, gr.update(choices=names, value=None)

    # --- HR tests ----------------------------------------------------------------------------

    def load_cases_ui(self, file: str | None) -> str:
        if not file:
            return ""
        path = Path(file)
        if path.suffix.lower() not in CASE_FILE_TYPES:
            raise gr.Error(f"{path.name}: use a .yaml or .jsonl case file", title="Unsupported file")
        try:
            return decode_bytes(path.read_bytes(), path.name)
        except InputError as exc:
            raise gr.Error(str(exc)) from None

    def run_cases_ui(self, content: str) -> tuple[str, list[list[str]]]:
        import tempfile

        from assistant import hrtests

        content = self._text(content, "case file")
        suffix = ".jsonl" if content.lstrip().startswith("{") else ".yaml"
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"cases{suffix}"
            path.write_text(content, encoding="utf-8")
            try:
                cases = hrtests.load_cases(path)
            except InputError as exc:
                raise gr.Error(str(exc).replace(str(path), "case file"), title="Case file problem") from None
        results = hrtests.run_cases(cases, self.settings)
        rows = [
            {"passed": r.passed, "question": r.question, "expect": c.expect, "reason": "; ".join(r.reasons)}
            for c, r in zip(cases, results, strict=True)
        ]
        return render.hr_summary(rows), render.hr_rows(rows)

    # --- status ------------------------------------------------------------------------------

    def status_ui(self) -> str:
        from assistant.knowledge.index import index_stats

        error = None
        stats: dict[str, Any] | None = None
        try:
            stats = index_stats(self.settings)
        except Exception as exc:  # the Status tab must render even when the index is unreachable
            error = f"Index unavailable: {exc}"
        mode = self.settings.llm_mode
        return render.status_markdown(mode, self.settings.model if mode != "offline" else None, stats, error)


def _questions_md(report: dict[str, Any]) -> str:
    questions = report.get("questions") or []
    if not questions:
        return ""
    items = "\n".join(f"- {q}" for q in questions)
    return f"\n\n**Coaching questions**\n\n{items}"
