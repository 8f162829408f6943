"""Incremental ingest against a real embedded Chroma and the real MiniLM model."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.knowledge import KnowledgeError, embeddings
from assistant.knowledge.index import index_stats, ingest, list_documents, remove_document
from assistant.knowledge.search import search
from assistant.knowledge.store import ModelMismatchError, Store, open_store
from assistant.settings import Settings
from tests.fixtures.index import make_settings
from tests.test_knowledge_loaders import HTML, make_docx, make_pdf

pytestmark = pytest.mark.slow

POLICY = """---
title: Expense Policy
owner: Finance
effective_date: 2025-02-01
audience: All staff
---
# Expense Policy

## Meals

Meal claims are capped at forty euros per day with itemised receipts.

## Mileage

Mileage is reimbursed per kilometre driven for approved journeys.
"""


class CountingEmbedder:
    """The real embedder, with its calls counted."""

    def __init__(self, inner: embeddings.Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.document_calls: list[int] = []

    def embed_documents(self, texts):
        self.document_calls.append(len(texts))
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


@pytest.fixture
def counter(monkeypatch: pytest.MonkeyPatch) -> CountingEmbedder:
    real = embeddings.get_embedder(make_settings())
    counting = CountingEmbedder(real)
    monkeypatch.setattr(embeddings, "get_embedder", lambda settings: counting)
    return counting


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "expenses.md").write_text(POLICY, encoding="utf-8")
    (folder / "memo.txt").write_text(
        "Office move memo\n\nThe office moves to the harbour building in October.\n", encoding="utf-8"
    )
    make_pdf(
        folder / "safety.pdf",
        [["Fire safety"], ["Fire wardens test the alarms every Tuesday."]],
        title="Fire Safety",
    )
    make_docx(folder / "remote.docx")
    (folder / "parking.html").write_text(HTML, encoding="utf-8")
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(index_dir=tmp_path / "index")


def names(items) -> list[str]:
    return [item.source for item in items]


def stored(settings: Settings) -> list[tuple[str, dict, str]]:
    return sorted(open_store(settings).iter_all(include=("metadatas", "documents")), key=lambda r: r[0])


def test_every_format_is_ingested_with_metadata(corpus: Path, settings: Settings, counter) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a real pdf")
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (corpus / ".hidden.md").write_text("# Hidden\n\nnever indexed", encoding="utf-8")

    report = ingest([corpus], settings)

    assert names(report.added) == ["expenses.md", "memo.txt", "parking.html", "remote.docx", "safety.pdf"]
    assert [(i.source, i.reason) for i in report.skipped] == [
        ("budget.xlsx", "unsupported file type '.xlsx'"),
        ("photo.txt", "photo.txt looks like a binary file, not text"),
    ]
    assert [i.source for i in report.errors] == ["broken.pdf"]
    assert report.errors[0].reason.startswith("cannot read PDF")
    assert report.updated == report.unchanged == report.removed == []
    assert report.documents == 5
    assert report.chunks == report.chunks_written == sum(i.chunks for i in report.added)
    assert report.embedding_model == "local:all-MiniLM-L6-v2"
    assert sum(counter.document_calls) == report.chunks  # every chunk embedded exactly once

    records = stored(settings)
    meal = next(meta for _, meta, doc in records if doc.startswith("Meal claims"))
    expense_bytes = (corpus / "expenses.md").read_bytes()
    assert {k: v for k, v in meal.items() if k not in {"ingested_at", "chunk_hash"}} == {
        "source": "expenses.md",
        "path": str(corpus / "expenses.md"),
        "title": "Expense Policy",
        "section": "Meals",
        "headings": '["Meals"]',
        "doc_type": "markdown",
        "owner": "Finance",
        "effective_date": "2025-02-01",
        "audience": "All staff",
        "content_hash": hashlib.sha256(expense_bytes).hexdigest(),
        "chunk_index": 0,
        "chunk_count": 2,
        "chunker": "1",
    }
    assert meal["ingested_at"].endswith("+00:00")
    pages = sorted(meta["page"] for _, meta, _ in records if meta["source"] == "safety.pdf")
    assert pages == [1, 2]
    sections = {meta.get("section") for _, meta, _ in records if meta["source"] == "remote.docx"}
    assert sections == {None, "Equipment", "Equipment > Home office stipend", "Core hours"}

    # Each format is found by a question only it answers.
    expectations = {
        "How much can I claim for meals per day?": ("expenses.md", "Meals", None),
        "When do fire wardens test the alarms?": ("safety.pdf", None, 2),
        "Is there a stipend for a home office chair?": (
            "remote.docx",
            "Equipment > Home office stipend",
            None,
        ),
        "Which level should visitors use?": ("parking.html", "Visitors", None),
        "Where is the office moving to?": ("memo.txt", None, None),
    }
    for question, expected in expectations.items():
        top = search(question, settings, k=1)[0]
        assert (top.source, top.section, top.page) == expected, question


def test_second_ingest_does_no_embedding_work(corpus: Path, settings: Settings, counter) -> None:
    first = ingest([corpus], settings)
    calls = len(counter.document_calls)
    assert calls >= 1
    second = ingest([corpus], settings)
    assert len(counter.document_calls) == calls  # no new embedding calls at all
    assert names(second.unchanged) == names(first.added)
    assert [i.chunks for i in second.unchanged] == [i.chunks for i in first.added]
    assert second.added == second.updated == second.removed == []
    assert second.chunks_written == second.chunks_removed == 0
    assert stored(settings) == stored(settings) and len(stored(settings)) == first.chunks


def test_changed_file_replaces_its_chunks(corpus: Path, settings: Settings, counter) -> None:
    ingest([corpus], settings)
    before = {chunk_id for chunk_id, meta, _ in stored(settings) if meta["source"] != "expenses.md"}
    counter.document_calls.clear()
    (corpus / "expenses.md").write_text(POLICY.replace("forty euros", "fifty-five euros"), encoding="utf-8")

    report = ingest([corpus], settings)

    assert [(i.source, i.chunks) for i in report.updated] == [("expenses.md", 2)]
    assert (report.chunks_written, report.chunks_removed) == (2, 2)
    assert counter.document_calls == [2]  # only the changed file was embedded
    records = stored(settings)
    texts = [doc for _, meta, doc in records if meta["source"] == "expenses.md"]
    assert sorted(texts) == [
        "Meal claims are capped at fifty-five euros per day with itemised receipts.",
        "Mileage is reimbursed per kilometre driven for approved journeys.",
    ]
    assert {chunk_id for chunk_id, meta, _ in records if meta["source"] != "expenses.md"} == before
    assert search("meal allowance per day", settings, k=1)[0].text.startswith(
        "Meal claims are capped at fifty-five"
    )


def test_removed_file_leaves_the_index(corpus: Path, settings: Settings, counter) -> None:
    ingest([corpus], settings)
    # A single file given on its own never removes anything else.
    single = ingest([corpus / "memo.txt"], settings)
    assert names(single.unchanged) == ["memo.txt"] and single.removed == []

    (corpus / "parking.html").unlink()
    report = ingest([corpus], settings)

    assert names(report.removed) == ["parking.html"]
    assert report.chunks_removed == report.removed[0].chunks > 0
    assert [d.source for d in list_documents(settings)] == [
        "expenses.md",
        "memo.txt",
        "remote.docx",
        "safety.pdf",
    ]
    assert all(r.source != "parking.html" for r in search("Where do visitors park?", settings, k=10))


def test_mixing_embedding_models_is_refused_and_reset_rebuilds(
    corpus: Path, settings: Settings, counter
) -> None:
    ingest([corpus / "expenses.md"], settings)
    other = settings.model_copy(
        update={"local_embedding_model": str(embeddings.local_model_path("all-MiniLM-L6-v2"))}
    )
    with pytest.raises(ModelMismatchError) as info:
        ingest([corpus / "memo.txt"], other)
    assert str(info.value) == (
        f"the index at {open_store(settings).location} was built with 'local:all-MiniLM-L6-v2' but the "
        f"configured embedding model is '{embeddings.embedder_name(other)}'; run 'coach ingest --reset "
        "PATH...' to rebuild it, or switch COACH_EMBEDDINGS back"
    )
    with pytest.raises(ModelMismatchError):
        search("meals", other)

    rebuilt = ingest([corpus / "memo.txt"], other, reset=True)
    assert names(rebuilt.added) == ["memo.txt"] and rebuilt.documents == 1
    assert index_stats(other)["embedding_model"] == embeddings.embedder_name(other)


def test_interrupted_update_keeps_index_usable_and_rerun_completes(
    corpus: Path, settings: Settings, counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest([corpus], settings)
    (corpus / "expenses.md").write_text(POLICY.replace("forty euros", "sixty euros"), encoding="utf-8")
    real_delete = Store.delete

    def crash_after_write(self, ids):
        if ids:
            raise RuntimeError("killed")
        return real_delete(self, ids)

    # A crash after the new version was written and before the old one was deleted.
    monkeypatch.setattr(Store, "delete", crash_after_write)
    with pytest.raises(RuntimeError, match="killed"):
        ingest([corpus], settings)
    monkeypatch.setattr(Store, "delete", real_delete)
    texts = sorted(doc for _, meta, doc in stored(settings) if meta["source"] == "expenses.md")
    assert len(texts) == 4  # both versions, each complete: still searchable
    assert search("meal allowance", settings, k=1)[0].source == "expenses.md"

    counter.document_calls.clear()
    report = ingest([corpus], settings)
    assert counter.document_calls == []  # the new version was already complete
    texts = sorted(doc for _, meta, doc in stored(settings) if meta["source"] == "expenses.md")
    assert texts[0] == "Meal claims are capped at sixty euros per day with itemised receipts."
    assert len(texts) == 2
    assert report.chunks_removed == 2


def test_half_written_file_is_redone(corpus: Path, settings: Settings, counter, monkeypatch) -> None:
    real_upsert = Store.upsert

    def half_then_crash(self, ids, vectors, documents, metadatas):
        real_upsert(self, ids[:1], vectors[:1], documents[:1], metadatas[:1])
        raise RuntimeError("killed")

    monkeypatch.setattr(Store, "upsert", half_then_crash)
    with pytest.raises(RuntimeError, match="killed"):
        ingest([corpus / "expenses.md"], settings)
    monkeypatch.setattr(Store, "upsert", real_upsert)
    assert len(stored(settings)) == 1

    report = ingest([corpus / "expenses.md"], settings)
    assert [(i.source, i.chunks) for i in report.updated] == [("expenses.md", 2)]
    assert len(stored(settings)) == 2


def test_remove_document(corpus: Path, settings: Settings, counter) -> None:
    report = ingest([corpus], settings)
    chunks = {i.source: i.chunks for i in report.added}
    assert remove_document("memo.txt", settings) == chunks["memo.txt"]
    assert remove_document(str(corpus / "remote.docx"), settings) == chunks["remote.docx"]
    with pytest.raises(KnowledgeError, match="no indexed document named 'memo.txt'"):
        remove_document("memo.txt", settings)
    assert [d.source for d in list_documents(settings)] == ["expenses.md", "parking.html", "safety.pdf"]


# --- CLI --------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    index = tmp_path / "cli-index"
    monkeypatch.setenv("COACH_INDEX_DIR", str(index))
    return index


def test_cli_missing_path_exits_2(cli_env: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope'}: no such file or folder\n"
    assert result.stdout == ""


def test_cli_empty_folder_says_nothing_to_ingest(cli_env: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["ingest", str(empty)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert (
        lines[0]
        == f"nothing to ingest in {empty}: no .docx, .htm, .html, .markdown, .md, .pdf, .txt files found"
    )
    result = CliRunner().invoke(main, ["ingest", str(empty), "--json"])
    assert json.loads(result.stdout)["message"].startswith("nothing to ingest")


def test_cli_ingest_docs_remove_roundtrip(cli_env: Path, corpus: Path, counter) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(corpus), "--json"])
    assert result.exit_code == 1  # one file could not be read; the others were ingested
    payload = json.loads(result.stdout)
    assert [i["source"] for i in payload["added"]] == [
        "expenses.md",
        "memo.txt",
        "parking.html",
        "remote.docx",
        "safety.pdf",
    ]
    assert [i["source"] for i in payload["errors"]] == ["broken.pdf"]

    (corpus / "broken.pdf").unlink()
    result = runner.invoke(main, ["ingest", str(corpus)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "unchanged  expenses.md  (2 chunks)"
    assert result.stdout.splitlines()[-1].startswith(
        "0 added, 0 updated, 5 unchanged, 0 removed, 0 skipped, 0 errors; 0 chunks written, 0 removed. Index: 5"
    )

    result = runner.invoke(main, ["docs", "--json"])
    docs = json.loads(result.stdout)
    assert [d["source"] for d in docs["documents"]] == [
        "expenses.md",
        "memo.txt",
        "parking.html",
        "remote.docx",
        "safety.pdf",
    ]
    assert docs["index"]["documents"] == 5 and docs["index"]["store"] == "embedded"

    result = runner.invoke(main, ["remove", "memo.txt"])
    assert (result.exit_code, result.stdout) == (0, "removed memo.txt (1 chunk)\n")
    result = runner.invoke(main, ["remove", "memo.txt"])
    assert result.exit_code == 2
    assert result.stderr == "error: no indexed document named 'memo.txt' (see 'coach docs')\n"


KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
from assistant.knowledge.index import ingest
from assistant.knowledge.store import Store
from tests.fixtures.index import make_settings

real_upsert = Store.upsert

def upsert_then_die(self, ids, vectors, documents, metadatas):
    # Write two files and half of the third (parking.html), then die without any cleanup.
    sources = [m["source"] for m in metadatas]
    cut = sources.index("parking.html") + 2
    real_upsert(self, ids[:cut], vectors[:cut], documents[:cut], metadatas[:cut])
    os.kill(os.getpid(), signal.SIGKILL)

Store.upsert = upsert_then_die
ingest([Path(sys.argv[1])], make_settings(index_dir=Path(sys.argv[2])))
"""


def test_killed_ingest_leaves_a_queryable_index_and_the_next_run_completes(
    corpus: Path, settings: Settings, tmp_path: Path
) -> None:
    import signal
    import subprocess
    import sys

    from assistant.settings import PROJECT_ROOT

    process = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(corpus), str(settings.index_dir)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr
    # Killed mid-file: what was written is queryable.
    assert [d.source for d in list_documents(settings)] == ["expenses.md", "memo.txt", "parking.html"]
    assert search("meal allowance per day", settings, k=1)[0].source == "expenses.md"

    report = ingest([corpus], settings)
    assert names(report.unchanged) == ["expenses.md", "memo.txt"]
    assert names(report.updated) == ["parking.html"]  # the half-written file is redone
    assert names(report.added) == ["remote.docx", "safety.pdf"]

    clean = make_settings(index_dir=tmp_path / "clean")
    expected = {d.source: d.chunks for d in list_documents(clean)} if ingest([corpus], clean) else {}
    assert {d.source: d.chunks for d in list_documents(settings)} == expected
    assert len(stored(settings)) == sum(expected.values())
