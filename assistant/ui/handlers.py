"""Event handlers: check the input, run the coach, render the typed report.

* ``api(coach)`` handlers back the named API endpoints (``/goal`` ...): they return the report's
  JSON (server paths left out) and raise ``gr.Error`` with one full sentence on bad input, with no
  traceback in the server log.
* ``ui(coach)`` handlers back the tabs: they never raise. A user mistake comes back as one inline
  sentence next to the box, and the results area returns to its empty state.

Analyzer coaches run in worker processes (:mod:`assistant.ui.workers`); the policy Q&A runs in a
thread of the server, where the embedding model lives.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import anyio
import gradio as gr

from assistant import service
from assistant.coaches import Coach, resolve
from assistant.knowledge import KnowledgeError
from assistant.settings import PROJECT_ROOT, Settings
from assistant.textinput import InputError, decode_bytes
from assistant.ui import views
from assistant.ui.render import esc, message_html, notice_list, public_payload, sentence, table
from assistant.ui.workers import AnalysisTimeout, AnalyzerPools, WorkerCrashed

log = logging.getLogger("assistant.ui")

UPLOAD_TYPES: tuple[str, ...] = (".md", ".txt", ".pdf", ".docx", ".html")
CASE_FILE_TYPES: tuple[str, ...] = (".yaml", ".yml", ".jsonl")
HR_CASES_EXAMPLE = PROJECT_ROOT / "evals" / "hr_cases.yaml"
MAX_TURNS_KEPT = 20  # conversation turns kept in the browser
HISTORY_TURNS = 6  # turns passed to a follow-up question
UNEXPECTED = "Something went wrong on the server while {what}; the details are in the server log."


class UserError(ValueError):
    """A problem the user can fix; its message is one full sentence shown as is."""


def upload_dir(settings: Settings) -> Path:
    """Where uploaded documents are kept (next to the index), so they outlive Gradio's temp files."""
    return Path(settings.index_dir).parent / "uploads"


def secrets_of(settings: Settings) -> list[str]:
    """Values that must never appear in anything shown: the API key, the login password, URL passwords."""
    values = []
    if settings.openai_api_key:
        values.append(settings.openai_api_key.get_secret_value())
    if settings.auth:
        values.append(settings.auth.get_secret_value().partition(":")[2])
    url = settings.openai_base_url or ""
    match = re.match(r"^[a-z][a-z0-9+.-]*://[^/@:]*:([^/@]+)@", url, re.IGNORECASE)
    if match:
        values.append(match.group(1))
    return [v for v in values if len(v) >= 3]


def scrub(message: str, settings: Settings) -> str:
    """``message`` with every secret replaced by ``***`` and URL credentials removed."""
    for secret in secrets_of(settings):
        message = message.replace(secret, "***")
    return re.sub(r"(\b[a-z][a-z0-9+.-]*://)[^/\s@]+@", r"\1***@", message, flags=re.IGNORECASE)


def clean_text(text: Any) -> str:
    """Text as the analyzers can take it: lone surrogates (which no encoder accepts) become U+FFFD."""
    if not isinstance(text, str):
        return ""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def safe_upload_name(name: str) -> str:
    """The file name an upload is stored under: no folders, no ``..``, no control characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")
    if not base or base in {".", ".."}:
        raise UserError(f"The file name {name!r} cannot be used; rename the file and upload it again.")
    return base[:200]


def json_kind(value: Any) -> str:
    """What a request sent instead of a string, in JSON's words ("a number", "a list")."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


class Handlers:
    """All app callbacks, bound to one :class:`Settings` and the analyzer worker pools."""

    def __init__(self, settings: Settings, pools: AnalyzerPools | None = None) -> None:
        self.settings = settings
        self.pools = pools

    # --- running a coach ---------------------------------------------------------------------

    def check(self, coach: Coach, text: Any) -> str:
        """The text, or a :class:`UserError` saying in one sentence what is wrong with it."""
        if text is None:
            raise UserError(f"The {coach.subject} is missing: send it as a string.")
        if not isinstance(text, str):
            raise UserError(f"The {coach.subject} must be a string, not {json_kind(text)}.")
        text = clean_text(text)
        limit = self.settings.max_input_chars
        if len(text) > limit:
            raise UserError(
                f"The {coach.subject} is {len(text):,} characters long; the limit is {limit:,}. "
                "Shorten it and try again."
            )
        if not text.strip():
            raise UserError(f"The {coach.subject} is empty: type or paste a {coach.subject} first.")
        return text

    async def analyze(self, coach: Coach, text: str, **context: Any) -> tuple[Any, list[str]]:
        """The coach's typed report for a checked text, and the notices raised on the way."""
        try:
            if self.pools is not None and coach.name in self.pools:
                return await self.pools.run(coach, text)
            notices: list[str] = []
            report = await anyio.to_thread.run_sync(
                lambda: coach.run(text, self.settings, notify=notices.append, **context)
            )
            return report, notices
        except (AnalysisTimeout, WorkerCrashed) as exc:
            raise UserError(str(exc)) from None
        except (InputError, KnowledgeError) as exc:
            raise UserError(scrub(sentence(str(exc)), self.settings)) from None

    def api(self, coach: Coach) -> Callable[[str], Awaitable[dict[str, Any]]]:
        """The named endpoint ``/<coach>``: text in, the report's JSON out."""

        async def endpoint(text: str) -> dict[str, Any]:
            try:
                report, _ = await self.analyze(coach, self.check(coach, text))
            except UserError as exc:
                raise gr.Error(str(exc), title="Please check the input", print_exception=False) from None
            except Exception:
                log.exception("/%s failed", coach.name)
                raise gr.Error(UNEXPECTED.format(what=f"running /{coach.name}"), print_exception=False) from None
            return public_payload(report.model_dump(mode="json"))

        endpoint.__name__ = coach.name
        endpoint.__doc__ = (
            f"{coach.summary}\n\nArgs:\n    text: the {coach.subject} "
            f"(at most {self.settings.max_input_chars:,} characters)\n\n"
            f"Returns:\n    the {coach.report.rsplit(':', 1)[-1]} as JSON"
        )
        return endpoint

    def ui(self, coach: Coach) -> Callable[[str], Awaitable[tuple[str, str]]]:
        """A tab's run button: text in, (results HTML, inline message HTML) out; never raises."""
        view = resolve(coach.view)

        async def run(text: str) -> tuple[str, str]:
            try:
                checked = self.check(coach, text)
                report, notices = await self.analyze(coach, checked)
                return view(report, checked, self.settings) + notice_list(notices), ""
            except UserError as exc:
                return "", message_html(str(exc))
            except Exception:
                log.exception("%s tab failed", coach.name)
                return "", message_html(UNEXPECTED.format(what=f"checking this {coach.subject}"))

        return run

    # --- policy Q&A conversation ---------------------------------------------------------------

    async def ask_ui(self, coach: Coach, question: str, turns: list[dict] | None) -> tuple[str, list[dict], Any, str]:
        """Ask with the conversation so far; returns (conversation, stored turns, question box, message)."""
        turns = [t for t in (turns or []) if isinstance(t, dict) and "question" in t and "answer" in t]
        try:
            checked = self.check(coach, question)
            history = [
                {"question": t["question"], "answer": str(t["answer"].get("answer", ""))}
                for t in turns[-HISTORY_TURNS:]
            ]
            report, notices = await self.analyze(coach, checked, history=history)
        except UserError as exc:
            return gr.skip(), gr.skip(), gr.skip(), message_html(str(exc))
        except Exception:
            log.exception("ask tab failed")
            return gr.skip(), gr.skip(), gr.skip(), message_html(UNEXPECTED.format(what="answering"))
        payload = report.model_dump(mode="json")
        payload["notices"] = list(dict.fromkeys([*payload.get("notices", []), *notices]))
        turns = [*turns, {"question": checked.strip(), "answer": public_payload(payload)}][-MAX_TURNS_KEPT:]
        return views.conversation_view(turns), turns, "", ""

    def conversation_ui(self, turns: list[dict] | None) -> str:
        """The stored conversation, rendered (on page load)."""
        try:
            return views.conversation_view([t for t in (turns or []) if isinstance(t, dict)])
        except Exception:  # a stored conversation from an older version: start afresh
            return views.conversation_view([])

    # --- search --------------------------------------------------------------------------------

    def search_ui(self, query: str) -> tuple[str, str]:
        query = clean_text(query)
        if not query.strip():
            return "", message_html("Type a few words or a question to search for.")
        if len(query) > self.settings.max_input_chars:
            return "", message_html(f"The search is longer than {self.settings.max_input_chars:,} characters.")
        try:
            results = service.search(query, self.settings, k=5)
        except (InputError, KnowledgeError) as exc:
            return "", message_html(scrub(str(exc), self.settings))
        except Exception:
            log.exception("search failed")
            return "", message_html(UNEXPECTED.format(what="searching"))
        return views.search_view(results), ""

    # --- knowledge ------------------------------------------------------------------------------

    def ingest_api(self, files: Sequence[str] | str | None, progress: gr.Progress | None = None) -> dict[str, Any]:
        """Add uploaded documents (.md .txt .pdf .docx .html) to the knowledge index; returns the
        IngestReport as JSON."""
        try:
            report = self._ingest(files, progress)
        except UserError as exc:
            raise gr.Error(str(exc), title="Could not add the files", print_exception=False) from None
        return public_payload(report.model_dump(mode="json"))

    def _ingest(self, files: Sequence[str] | str | None, progress: gr.Progress | None = None) -> Any:
        paths = self._store_uploads(files)
        callback = None
        if progress is not None:

            def callback(fraction: float, message: str) -> None:
                progress(max(0.0, min(1.0, float(fraction))), desc=message)

        try:
            return service.ingest(paths, self.settings, progress=callback)
        except KnowledgeError as exc:
            raise UserError(scrub(sentence(str(exc)), self.settings)) from None

    def _store_uploads(self, files: Sequence[str] | str | None) -> list[Path]:
        """Copy uploads into the upload folder, refusing anything that is not an upload of an
        allowed type and size."""
        from gradio.utils import get_upload_folder

        if not files:
            raise UserError("Choose one or more files to add first.")
        if isinstance(files, str | Path):
            files = [files]
        limit = self.settings.max_upload_mb * 1024 * 1024
        uploads = Path(get_upload_folder()).resolve()
        target = upload_dir(self.settings)
        target.mkdir(parents=True, exist_ok=True)
        target = target.resolve()
        stored: list[Path] = []
        for item in files:
            source = Path(str(getattr(item, "path", None) or getattr(item, "name", None) or item))
            original = getattr(item, "orig_name", None) or source.name
            resolved = source.resolve()
            if not resolved.is_relative_to(uploads) or not resolved.is_file():
                raise UserError(f"{safe_upload_name(str(original))} is not a file uploaded to this app.")
            name = safe_upload_name(str(original))
            if Path(name).suffix.lower() not in UPLOAD_TYPES:
                raise UserError(f"{name} is not a supported file type; upload {', '.join(UPLOAD_TYPES)} files.")
            if resolved.stat().st_size > limit:
                raise UserError(f"{name} is larger than {self.settings.max_upload_mb} MB.")
            destination = (target / name).resolve()
            if destination.parent != target:
                raise UserError(f"The file name {name!r} cannot be used; rename the file and upload it again.")
            shutil.copyfile(resolved, destination)
            stored.append(destination)
        return stored

    def ingest_ui(self, files: Any, new: list[str] | None, progress: gr.Progress = gr.Progress()):  # noqa: B008
        """Add documents; returns (result, documents table, remove choices, file box, new names)."""
        try:
            report = self._ingest(files, progress)
        except UserError as exc:
            return message_html(str(exc)), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        except Exception:
            log.exception("ingest failed")
            return message_html(UNEXPECTED.format(what="adding the files")), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        new = list(dict.fromkeys([*(i.source for i in report.added + report.updated), *(new or [])]))
        table, choices = self._documents(new)
        return views.ingest_view(report), table, gr.update(choices=choices, value=None), None, new

    def documents_ui(self, new: list[str] | None = None):
        table, choices = self._documents(new or [])
        return table, gr.update(choices=choices, value=None)

    def _documents(self, new: Sequence[str]) -> tuple[str, list[str]]:
        from assistant.knowledge.index import list_documents

        try:
            docs = list_documents(self.settings)
        except Exception as exc:  # the tab still renders when the index is unreachable
            log.warning("could not list documents: %s", scrub(str(exc), self.settings))
            return message_html("The document list is not available right now; the index could not be read."), []
        return views.documents_view(docs, new), [d.source for d in docs]

    def confirm_remove_ui(self, name: str | None):
        """Ask before removing: (confirmation panel visibility, its text, message)."""
        if not name:
            return gr.update(visible=False), "", message_html("Pick a document to remove first.")
        text = (
            f'<p><strong>Remove “{esc(name)}” from the knowledge base?</strong> Answers will no '
            "longer cite it. The original file is not touched.</p>"
        )
        return gr.update(visible=True), text, ""

    def remove_ui(self, name: str | None, new: list[str] | None):
        """Remove after confirmation: (panel visibility, message, documents table, choices, new names)."""
        from assistant.knowledge.index import remove_document

        hidden = gr.update(visible=False)
        if not name:
            return hidden, message_html("Pick a document to remove first."), gr.skip(), gr.skip(), gr.skip()
        try:
            removed = remove_document(name, self.settings)
        except KnowledgeError as exc:
            return hidden, message_html(scrub(sentence(str(exc)), self.settings)), gr.skip(), gr.skip(), gr.skip()
        new = [n for n in (new or []) if n != name]
        table, choices = self._documents(new)
        if removed:
            message = message_html(f"Removed {name} ({removed} passages) from the knowledge base.", kind="success")
        else:
            message = message_html(f"{name} was not in the knowledge base.", kind="info")
        return hidden, message, table, gr.update(choices=choices, value=None), new

    # --- HR tests ------------------------------------------------------------------------------

    def load_cases_ui(self, file: Any) -> tuple[Any, str]:
        if not file:
            return gr.skip(), ""
        path = Path(str(getattr(file, "path", None) or file))
        if path.suffix.lower() not in CASE_FILE_TYPES:
            return gr.skip(), message_html(f"{path.name} is not a case file; upload a .yaml or .jsonl file.")
        try:
            return decode_bytes(path.read_bytes(), path.name), ""
        except InputError as exc:
            return gr.skip(), message_html(str(exc))

    def run_cases_ui(self, content: str, progress: gr.Progress = gr.Progress()) -> tuple[str, str]:  # noqa: B008
        """Run a case file; returns (results, message). After an error the results area is empty."""
        import tempfile

        from assistant import hrtests

        content = clean_text(content)
        if not content.strip():
            return "", message_html("The case file is empty: write cases here or upload a case file.")
        if len(content) > self.settings.max_input_chars:
            return "", message_html(f"The case file is longer than {self.settings.max_input_chars:,} characters.")
        suffix = ".jsonl" if content.lstrip().startswith("{") else ".yaml"
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"cases{suffix}"
            path.write_text(content, encoding="utf-8")
            try:
                cases = hrtests.load_cases(path)
            except InputError as exc:
                return "", message_html(_case_file_problem(str(exc), path))
        answers, results = [], []
        try:
            for number, case in enumerate(cases):
                progress(number / len(cases), desc=f"Case {number + 1} of {len(cases)}")
                answer = service.ask(case.question, self.settings)
                answers.append(answer)
                results.append(hrtests.judge(case, answer))
        except Exception:
            log.exception("HR tests failed")
            return "", message_html(UNEXPECTED.format(what="running the tests"))
        return views.hr_results_view(cases, results, answers), ""

    # --- status --------------------------------------------------------------------------------

    def status_ui(self) -> str:
        from assistant.knowledge.index import index_stats

        problem = None
        stats: dict[str, Any] | None = None
        try:
            stats = index_stats(self.settings)
        except Exception as exc:  # the Status tab must render even when the index is unreachable
            problem = scrub(f"the index is unavailable ({type(exc).__name__})", self.settings)
        return views.status_view(self.settings, stats, problem)

    def retrieval_check_ui(self, query: str) -> tuple[str, str]:
        """The Status tab's diagnostic: passages with their similarity, for whoever tunes the index."""
        query = clean_text(query)
        if not query.strip():
            return "", message_html("Type a question to check what it retrieves.")
        try:
            results = service.search(query[: self.settings.max_input_chars], self.settings, k=5)
        except Exception:
            log.exception("retrieval check failed")
            return "", message_html(UNEXPECTED.format(what="searching"))
        rows = [
            [esc(r.source), esc(r.section or ""), f"{(r.similarity or 0):.2f}", esc(r.text[:300])]
            for r in results
        ]
        return table(["Document", "Section", "Similarity", "Passage"], rows, cls="retrieval"), ""


def _case_file_problem(message: str, path: Path) -> str:
    """``/tmp/x/cases.yaml:3: invalid YAML (...)`` -> ``The case file has a problem at line 3: invalid YAML (...)``."""
    match = re.match(re.escape(str(path)) + r"(?::(\d+))?:\s*(.*)", message, re.S)
    line, problem = match.groups() if match else (None, message.replace(str(path), "the case file"))
    where = f" at line {line}" if line else ""
    return f"The case file has a problem{where}: {problem}"


def example_cases() -> str | None:
    """The shipped HR case file, when present."""
    return HR_CASES_EXAMPLE.read_text(encoding="utf-8") if HR_CASES_EXAMPLE.exists() else None
