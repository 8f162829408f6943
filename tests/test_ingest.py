"""Incremental ingest against a real embedded Chroma and the SQLite lexical index: formats and
metadata, scope, bounded batches, crashes at every step, ``kill -9``, concurrent readers.

Mechanics run on the deterministic fake embedder (no model); the format test uses the real one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.knowledge import KnowledgeError, embeddings
from assistant.knowledge import index as index_module
from assistant.knowledge.chunking import CHUNKER_VERSION
from assistant.knowledge.index import index_stats, ingest, list_documents, remove_document
from assistant.knowledge.records import Scope
from assistant.knowledge.search import search
from assistant.knowledge.store import IndexStore, ModelMismatchError, open_store
from assistant.settings import PROJECT_ROOT, Settings
from tests.fixtures.index import make_settings
from tests.test_knowledge_loaders import HTML, make_docx, make_pdf

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
    """An embedder with its document calls counted (texts per call)."""

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
    counting = CountingEmbedder(embeddings.FakeEmbedder())
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
    return make_settings(index_dir=tmp_path / "index", embeddings="fake")


def names(items) -> list[str]:
    return [item.source for item in items]


def visible(settings: Settings) -> dict[str, list[str]]:
    """source -> texts of its searchable chunks, in order."""
    store = open_store(settings)
    return {d.source: [c.text for c in store.document_chunks(d.path)] for d in store.documents()}


def assert_consistent(settings: Settings) -> None:
    """Vectors and lexical rows agree; every document's current version is whole; no duplicates."""
    store = open_store(settings)
    rows = list(store.lexical.raw_chunks())
    ids = [chunk_id for chunk_id, _, _ in rows]
    assert len(ids) == len(set(ids))
    assert store.vectors.ids() == set(ids)
    assert store.lexical.pending_deletes() == []
    documents = store.documents()
    for document in documents:
        chunks = store.document_chunks(document.path)
        assert [c.chunk_index for c in chunks] == list(range(document.chunk_count)), document.source
    assert store.count() == sum(d.chunk_count for d in documents) == len(rows)


def big_markdown(path: Path, sections: int, paragraphs: int, seed: str = "") -> Path:
    """A long generated handbook: distinct, searchable sentences in many sections."""
    lines = ["# Generated handbook", ""]
    for s in range(sections):
        lines += [f"## Section {s}{seed}", ""]
        for p in range(paragraphs):
            lines += [
                f"Rule {s}-{p}{seed} says that request number {s * 100 + p} needs approval from team lead "
                f"{s % 7} within {p % 9 + 1} working days. Late requests go to the department head.",
                "",
            ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# --- formats, metadata, units -------------------------------------------------------------------


@pytest.mark.slow
def test_every_format_is_ingested_with_metadata(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a real pdf")
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (corpus / ".hidden.md").write_text("# Hidden\n\nnever indexed", encoding="utf-8")
    settings = make_settings(index_dir=tmp_path / "index")  # the real local model

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

    store = open_store(settings)
    expenses = next(d for d in store.documents() if d.source == "expenses.md")
    meal = store.document_chunks(expenses.path)[0]
    expense_bytes = (corpus / "expenses.md").read_bytes()
    assert {k: v for k, v in meal.metadata.items() if k not in {"ingested_at", "chunk_hash"}} == {
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
        "chunker": CHUNKER_VERSION,
    }
    assert (meal.audience, meal.effective_date, meal.organisation) == ("All staff", "2025-02-01", None)
    assert meal.metadata["ingested_at"].endswith("+00:00")
    pages = sorted(c.page for d in store.documents() if d.source == "safety.pdf" for c in store.document_chunks(d.path))
    assert pages == [1, 2]
    sections = {c.section for d in store.documents() if d.source == "remote.docx" for c in store.document_chunks(d.path)}
    assert sections == {None, "Equipment", "Equipment > Home office stipend", "Core hours"}

    # Each format is found by a question only it answers.
    expectations = {
        "How much can I claim for meals per day?": ("expenses.md", "Meals", None),
        "When do fire wardens test the alarms?": ("safety.pdf", None, 2),
        "Is there a stipend for a home office chair?": ("remote.docx", "Equipment > Home office stipend", None),
        "Which level should visitors use?": ("parking.html", "Visitors", None),
        "Where is the office moving to?": ("memo.txt", None, None),
    }
    for question, expected in expectations.items():
        top = search(question, settings, k=1)[0]
        assert (top.source, top.section, top.page) == expected, question
    assert_consistent(settings)


def test_units_are_stored_with_vectors_of_their_text_in_context(corpus: Path, settings: Settings) -> None:
    (corpus / "faq.md").write_text(
        "# Leave FAQ\n\n## Carry over\n\nUp to five days carry over. The rest lapses on 31 March.\n\n"
        "| Grade | Days |\n| --- | --- |\n| A | 25 |\n| B | 28 |\n",
        encoding="utf-8",
    )
    ingest([corpus / "faq.md", corpus / "memo.txt"], settings)
    store = open_store(settings)
    chunks = {c.id: c for d in store.documents() for c in store.document_chunks(d.path)}
    units = store.units_for(list(chunks) + ["no-such-chunk"])
    assert "no-such-chunk" not in units
    got = {chunks[i].source: [(u.ordinal, u.text) for u in us] for i, us in units.items()}
    assert got == {
        "faq.md": [
            (0, "Up to five days carry over."),
            (1, "The rest lapses on 31 March."),
            (2, "Grade: A; Days: 25."),  # the chunker's table rows, read with their column names
            (3, "Grade: B; Days: 28."),
        ],
        # The memo's first line is its title (the heading every unit is read under), not a unit.
        "memo.txt": [(0, "The office moves to the harbour building in October.")],
    }
    fake = embeddings.FakeEmbedder()
    faq_units = next(us for i, us in units.items() if chunks[i].source == "faq.md")
    assert faq_units[0].vector.dtype.name == "float32" and faq_units[0].vector.shape == (384,)
    expected = fake.embed_query("Carry over: Up to five days carry over.")
    assert float(faq_units[0].vector @ expected) == pytest.approx(1.0, abs=1e-6)


def test_declared_units_from_the_chunker_are_used_as_they_are(corpus: Path, settings: Settings, monkeypatch) -> None:
    from dataclasses import dataclass

    from assistant.knowledge import chunking

    @dataclass(frozen=True)
    class FaqChunk(chunking.Chunk):
        units: tuple[str, ...] = ("Q: Can I carry over? A: Up to five days.",)

    real = chunking.chunk_document

    def with_units(document, *args, **kwargs):
        return [FaqChunk(**{f: getattr(c, f) for f in c.__dataclass_fields__ if f != "units"})
                for c in real(document, *args, **kwargs)]

    monkeypatch.setattr(index_module, "chunk_document", with_units)
    ingest([corpus / "memo.txt"], settings)
    store = open_store(settings)
    (chunk,) = [c for d in store.documents() for c in store.document_chunks(d.path)]
    assert [u.text for u in store.units_for([chunk.id])[chunk.id]] == ["Q: Can I carry over? A: Up to five days."]


# --- incremental behaviour ------------------------------------------------------------------------


def test_second_ingest_does_no_embedding_work(corpus: Path, settings: Settings, counter) -> None:
    first = ingest([corpus], settings)
    calls = len(counter.document_calls)
    assert calls >= 1 and first.units_written > first.chunks
    second = ingest([corpus], settings)
    assert len(counter.document_calls) == calls  # no new embedding calls at all
    assert names(second.unchanged) == names(first.added)
    assert [i.chunks for i in second.unchanged] == [i.chunks for i in first.added]
    assert second.added == second.updated == second.removed == []
    assert second.chunks_written == second.chunks_removed == 0
    assert_consistent(settings)


def test_changed_file_replaces_its_chunks(corpus: Path, settings: Settings, counter) -> None:
    ingest([corpus], settings)
    before = {k: v for k, v in visible(settings).items() if k != "expenses.md"}
    counter.document_calls.clear()
    (corpus / "expenses.md").write_text(POLICY.replace("forty euros", "fifty-five euros"), encoding="utf-8")

    report = ingest([corpus], settings)

    assert [(i.source, i.chunks) for i in report.updated] == [("expenses.md", 2)]
    assert (report.chunks_written, report.chunks_removed) == (2, 2)
    assert counter.document_calls == [2 + 2]  # the changed file's two chunks and their two units
    assert visible(settings)["expenses.md"] == [
        "Meal claims are capped at fifty-five euros per day with itemised receipts.",
        "Mileage is reimbursed per kilometre driven for approved journeys.",
    ]
    assert {k: v for k, v in visible(settings).items() if k != "expenses.md"} == before
    assert search("meal claims fifty-five euros", settings, k=1)[0].text.startswith("Meal claims are capped at fifty-five")
    assert_consistent(settings)


def test_removed_file_leaves_the_index(corpus: Path, settings: Settings, counter) -> None:
    ingest([corpus], settings)
    single = ingest([corpus / "memo.txt"], settings)  # a single file never removes anything else
    assert names(single.unchanged) == ["memo.txt"] and single.removed == []

    (corpus / "parking.html").unlink()
    report = ingest([corpus], settings)

    assert names(report.removed) == ["parking.html"]
    assert report.chunks_removed == report.removed[0].chunks > 0
    assert [d.source for d in list_documents(settings)] == ["expenses.md", "memo.txt", "remote.docx", "safety.pdf"]
    assert all(r.source != "parking.html" for r in search("Where do visitors park?", settings, k=10))
    assert open_store(settings).lexical_query("visitors bays level", 10) == [] or all(
        h.chunk.source != "parking.html" for h in open_store(settings).lexical_query("visitors bays level", 10)
    )
    assert_consistent(settings)


def test_mixing_embedding_models_is_refused_and_reset_rebuilds(corpus: Path, settings: Settings) -> None:
    ingest([corpus / "expenses.md"], settings)
    other = settings.model_copy(update={"embeddings": "local"})
    with pytest.raises(ModelMismatchError) as info:
        ingest([corpus / "memo.txt"], other)
    assert str(info.value) == (
        f"the index at {open_store(settings).location} was built with 'fake:hash-384' but the "
        "configured embedding model is 'local:all-MiniLM-L6-v2'; run 'coach ingest --reset "
        "PATH...' to rebuild it, or switch COACH_EMBEDDINGS back"
    )
    with pytest.raises(ModelMismatchError):
        search("meals", other)

    other = settings.model_copy(update={"embeddings": "fake", "collection": settings.collection})
    (corpus / "expenses.md").unlink()
    rebuilt = ingest([corpus / "memo.txt"], other, reset=True)
    assert names(rebuilt.added) == ["memo.txt"] and rebuilt.documents == 1
    assert [d.source for d in list_documents(other)] == ["memo.txt"]
    assert open_store(other).lexical_query("meal claims euros", 5) == []  # reset emptied both sides
    assert index_stats(other)["embedding_model"] == "fake:hash-384"
    assert_consistent(other)


def test_scope_from_front_matter_and_org_option_filters_both_legs(tmp_path: Path, settings: Settings) -> None:
    docs = tmp_path / "orgs"
    docs.mkdir()
    (docs / "acme-leave.md").write_text(
        "---\ntitle: Acme leave\norganization: Acme\naudience: Staff\n---\n# Leave\n\nParental leave is 12 weeks.\n",
        encoding="utf-8",
    )
    (docs / "globex-leave.md").write_text("# Leave\n\nParental leave is 16 weeks at full pay.\n", encoding="utf-8")
    ingest([docs / "acme-leave.md"], settings)
    ingest([docs / "globex-leave.md"], settings, metadata={"organisation": "Globex"})
    assert [(d.source, d.organisation, d.audience) for d in list_documents(settings)] == [
        ("acme-leave.md", "Acme", "Staff"),
        ("globex-leave.md", "Globex", None),
    ]
    store = open_store(settings)
    vector = embeddings.FakeEmbedder().embed_query("parental leave weeks")
    for scope, expected in [(Scope(organisations=("Globex",)), {"globex-leave.md"}),
                            (Scope(organisations=("Acme",), audiences=("Staff",)), {"acme-leave.md"}),
                            (Scope(organisations=("Initech",)), set()),
                            (None, {"acme-leave.md", "globex-leave.md"})]:
        assert {h.chunk.source for h in store.dense_query(vector, 5, scope)} == expected, scope
        assert {h.chunk.source for h in store.lexical_query("parental leave weeks", 5, scope)} == expected, scope
        assert {r.source for r in search("parental leave weeks", settings, k=5, scope=scope)} == expected
    # Re-ingesting unchanged text under another --org updates the scope without embedding again.
    report = ingest([docs / "globex-leave.md"], settings, metadata={"organisation": "Globex Europe", "audience": "EU"})
    assert names(report.unchanged) == ["globex-leave.md"]
    assert {h.chunk.source for h in store.lexical_query("leave", 5, Scope(organisations=("Globex Europe",)))} == {
        "globex-leave.md"
    }
    assert {h.chunk.source for h in store.dense_query(vector, 5, Scope(organisations=("Globex Europe",)))} == {
        "globex-leave.md"
    }
    assert [(d.source, d.organisation, d.audience) for d in list_documents(settings)][1] == (
        "globex-leave.md", "Globex Europe", "EU"
    )
    assert_consistent(settings)


def test_remove_document(corpus: Path, settings: Settings) -> None:
    report = ingest([corpus], settings)
    chunks = {i.source: i.chunks for i in report.added}
    assert remove_document("memo.txt", settings) == chunks["memo.txt"]
    assert remove_document(str(corpus / "remote.docx"), settings) == chunks["remote.docx"]
    with pytest.raises(KnowledgeError, match="no indexed document named 'memo.txt'"):
        remove_document("memo.txt", settings)
    assert [d.source for d in list_documents(settings)] == ["expenses.md", "parking.html", "safety.pdf"]
    assert all(h.chunk.source != "memo.txt" for h in open_store(settings).lexical_query("office harbour", 10))
    assert_consistent(settings)


# --- bounded batches and crashes -------------------------------------------------------------------


def test_a_big_pdf_is_embedded_in_bounded_batches_and_resumed_after_a_crash(
    tmp_path: Path, settings: Settings, counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [[f"Page {p} rule {line}: claims for item {p * 40 + line} need a receipt." for line in range(40)]
             for p in range(150)]
    pdf = make_pdf(tmp_path / "manual.pdf", pages, title="Claims manual")
    real_add = IndexStore.add
    calls = []

    def crash_on_third_batch(self, records):
        calls.append(len(records))
        if len(calls) == 3:
            raise RuntimeError("killed")
        return real_add(self, records)

    monkeypatch.setattr(IndexStore, "add", crash_on_third_batch)
    with pytest.raises(RuntimeError, match="killed"):
        ingest([pdf], settings)
    assert calls == [index_module.BATCH_CHUNKS] * 3  # never one batch for the whole document
    assert list_documents(settings) == []  # a half-written file is not searchable
    monkeypatch.setattr(IndexStore, "add", real_add)

    counter.document_calls.clear()
    report = ingest([pdf], settings)
    total = report.added[0].chunks
    assert total > 3 * index_module.BATCH_CHUNKS
    embedded_chunks = sum(counter.document_calls) - report.units_written
    assert embedded_chunks == total - 2 * index_module.BATCH_CHUNKS  # the two stored batches are kept
    assert_consistent(settings)
    assert [d.chunks for d in list_documents(settings)] == [total]


def test_crash_before_the_new_version_is_current_keeps_the_old_one(
    corpus: Path, settings: Settings, counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest([corpus], settings)
    (corpus / "expenses.md").write_text(POLICY.replace("forty euros", "sixty euros"), encoding="utf-8")
    real_commit = IndexStore.commit_document

    def crash(self, document):
        raise RuntimeError("killed")

    monkeypatch.setattr(IndexStore, "commit_document", crash)
    with pytest.raises(RuntimeError, match="killed"):
        ingest([corpus], settings)
    monkeypatch.setattr(IndexStore, "commit_document", real_commit)
    assert visible(settings)["expenses.md"][0].startswith("Meal claims are capped at forty euros")
    assert all("sixty" not in r.text for r in search("meal claims euros", settings, k=10))

    counter.document_calls.clear()
    report = ingest([corpus], settings)
    assert counter.document_calls == []  # the new version was already stored: only committed now
    assert names(report.updated) == ["expenses.md"] and report.chunks_removed == 2
    assert visible(settings)["expenses.md"][0].startswith("Meal claims are capped at sixty euros")
    assert_consistent(settings)


def test_crash_after_the_commit_leaves_pending_deletes_that_the_next_write_finishes(
    corpus: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest([corpus], settings)
    (corpus / "memo.txt").write_text("Office move memo\n\nThe office moves in November.\n", encoding="utf-8")
    real_flush = IndexStore._flush_pending

    def crash(self):
        if self.lexical.pending_deletes():
            raise RuntimeError("killed")

    monkeypatch.setattr(IndexStore, "_flush_pending", crash)
    with pytest.raises(RuntimeError, match="killed"):
        ingest([corpus], settings)
    monkeypatch.setattr(IndexStore, "_flush_pending", real_flush)
    store = open_store(settings)
    assert len(store.lexical.pending_deletes()) == 1
    new_text = "The office moves in November."  # its first line is the title
    assert visible(settings)["memo.txt"] == [new_text]
    assert [r.text for r in search("office moves", settings, k=10) if r.source == "memo.txt"] == [
        new_text
    ]  # the old vector is still in Chroma, but never returned
    report = ingest([corpus], settings)
    assert len(report.unchanged) == 5 and not report.updated
    assert_consistent(settings)


def test_vectors_never_committed_to_sqlite_are_removed(corpus: Path, settings: Settings, monkeypatch) -> None:
    real_add_chunks = type(open_store(settings).lexical).add_chunks

    def crash(self, conn, records):
        raise RuntimeError("killed")

    monkeypatch.setattr(type(open_store(settings).lexical), "add_chunks", crash)
    with pytest.raises(RuntimeError, match="killed"):
        ingest([corpus / "memo.txt"], settings)
    monkeypatch.setattr(type(open_store(settings).lexical), "add_chunks", real_add_chunks)
    store = open_store(settings)
    assert store.vectors.count() == 1 and store.documents() == []  # an orphan vector, invisible
    ingest([corpus / "expenses.md"], settings)
    assert_consistent(settings)  # the orphan is gone


KILL_SETTINGS = {"COACH_EMBEDDINGS": "fake", "ANONYMIZED_TELEMETRY": "False"}


def _coach_env(index_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_")}
    return {**env, **KILL_SETTINGS, "COACH_INDEX_DIR": str(index_dir), "PYTHONPATH": str(PROJECT_ROOT)}


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 4])
def test_kill_9_during_a_large_ingest_then_rerun_is_consistent(
    corpus: Path, tmp_path: Path, kill_after: int
) -> None:
    big_markdown(corpus / "handbook.md", sections=400, paragraphs=12)
    index_dir = tmp_path / "killed-index"
    settings = make_settings(index_dir=index_dir, embeddings="fake")
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "ingest", str(corpus)],
        cwd=PROJECT_ROOT,
        env=_coach_env(index_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = 0
    for line in process.stderr:
        seen += line.startswith("embedding")
        if seen == kill_after:
            process.send_signal(signal.SIGKILL)
            break
    assert process.wait(timeout=120) == -signal.SIGKILL
    # Whatever was committed is consistent and searchable.
    before = list_documents(settings)
    for document in before:
        assert len(open_store(settings).document_chunks(document.path)) == document.chunks
    if before:
        assert search("approval from team lead", settings, k=3)

    report = ingest([corpus], settings)
    assert not report.errors
    assert sorted(names(report.added) + names(report.updated) + names(report.unchanged)) == [
        "expenses.md", "handbook.md", "memo.txt", "parking.html", "remote.docx", "safety.pdf"
    ]
    clean = make_settings(index_dir=tmp_path / "clean", embeddings="fake")
    ingest([corpus], clean)
    assert [(d.source, d.chunks) for d in list_documents(settings)] == [
        (d.source, d.chunks) for d in list_documents(clean)
    ]
    assert_consistent(settings)
    texts = [text for _, text, _ in open_store(settings).lexical.raw_chunks()]
    assert sorted(texts) == sorted(text for _, text, _ in open_store(clean).lexical.raw_chunks())
    assert search("Rule 7-3 says that request number 703", settings, k=1)[0].source == "handbook.md"


READER = """
import sys
from pathlib import Path
from assistant.knowledge.search import search
from assistant.settings import Settings
settings = Settings(_env_file=None, index_dir=Path(sys.argv[1]), embeddings="fake", chroma_host=None)
errors = 0
for i in range(int(sys.argv[2])):
    try:
        search(f"approval from team lead {i}", settings, k=5)
    except Exception as exc:
        errors += 1
        print(type(exc).__name__, exc, file=sys.stderr)
print(errors)
"""


@pytest.mark.slow
def test_fifty_readers_while_another_process_ingests(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "busy-index"
    settings = make_settings(index_dir=index_dir, embeddings="fake")
    ingest([corpus / "memo.txt"], settings)
    big = tmp_path / "big"
    big.mkdir()
    for n in range(3):
        big_markdown(big / f"handbook-{n}.md", sections=25, paragraphs=12, seed=f"/{n}")
    writer = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "ingest", str(big)],
        cwd=PROJECT_ROOT, env=_coach_env(index_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    other_reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(index_dir), "200"],
        cwd=PROJECT_ROOT, env=_coach_env(index_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    errors: Counter[str] = Counter()
    searches = Counter()
    sources: set[str] = set()

    def reader(n: int) -> None:
        while writer.poll() is None or searches[n] < 3:
            try:
                results = search(f"approval from team lead {n}", settings, k=5)
                sources.update(r.source for r in results)
            except Exception as exc:  # any lock or consistency error fails the test below
                errors[f"{type(exc).__name__}: {exc}"] += 1
            searches[n] += 1

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    out, err = writer.communicate(timeout=600)
    reader_out, reader_err = other_reader.communicate(timeout=600)
    assert writer.returncode == 0, err
    assert errors == Counter()
    assert (other_reader.returncode, reader_out.strip(), reader_err) == (0, "0", "")
    assert all(searches[n] >= 3 for n in range(50))
    assert {"handbook-0.md", "handbook-1.md", "handbook-2.md"} <= {
        r.source for r in search("approval from team lead", settings, k=30)
    }
    assert_consistent(settings)


# --- CLI --------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(fake_settings: Settings) -> Path:
    return Path(fake_settings.index_dir)


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
    assert lines[0] == f"nothing to ingest in {empty}: no .docx, .htm, .html, .markdown, .md, .pdf, .txt files found"
    result = CliRunner().invoke(main, ["ingest", str(empty), "--json"])
    assert json.loads(result.stdout)["message"].startswith("nothing to ingest")


def test_cli_ingest_docs_remove_roundtrip(cli_env: Path, corpus: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    runner = CliRunner()
    result = runner.invoke(main, ["docs"])
    assert result.exit_code == 0 and result.stdout.startswith("the knowledge index is empty; build it with")
    result = runner.invoke(main, ["ingest", str(corpus), "--org", "Acme", "--effective-date", "2025-01-01", "--json"])
    assert result.exit_code == 1  # one file could not be read; the others were ingested
    payload = json.loads(result.stdout)
    assert [i["source"] for i in payload["added"]] == ["expenses.md", "memo.txt", "parking.html", "remote.docx", "safety.pdf"]
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
    assert [(d["source"], d["organisation"], d["effective_date"]) for d in docs["documents"]] == [
        ("expenses.md", "Acme", "2025-01-01"), ("memo.txt", "Acme", "2025-01-01"), ("parking.html", "Acme", "2025-01-01"),
        ("remote.docx", "Acme", "2025-01-01"), ("safety.pdf", "Acme", "2025-01-01"),
    ]
    assert docs["index"]["documents"] == 5 and docs["index"]["store"] == "embedded"
    assert docs["index"]["embedding_model"] == "fake:hash-384"

    result = runner.invoke(main, ["remove", "memo.txt"])
    assert (result.exit_code, result.stdout) == (0, "removed memo.txt (1 chunk)\n")
    result = runner.invoke(main, ["remove", "memo.txt"])
    assert result.exit_code == 2
    assert result.stderr == "error: no indexed document named 'memo.txt' (see 'coach docs')\n"


def test_a_new_chunker_recuts_unchanged_files_and_leaves_no_old_units(
    corpus: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ingest([corpus], settings)
    before = visible(settings)
    cut = index_module.chunk_document

    def next_chunker(document):  # a later chunker: one chunk fewer per file, every text marked
        chunks = cut(document)
        kept = chunks[:-1] if len(chunks) > 1 else chunks
        return [dataclasses.replace(c, text=c.text + " (v-next)", units=()) for c in kept]

    monkeypatch.setattr(index_module, "chunk_document", next_chunker)
    monkeypatch.setattr(index_module, "CHUNKER_VERSION", CHUNKER_VERSION + "-next")
    report = ingest([corpus], settings)
    assert (names(report.added), names(report.unchanged)) == ([], [])
    assert sorted(names(report.updated)) == sorted(names(first.added))
    after = visible(settings)
    assert after == {source: [t + " (v-next)" for t in (texts[:-1] if len(texts) > 1 else texts)]
                     for source, texts in before.items()}
    assert report.chunks_removed == first.chunks
    assert {d.chunker for d in open_store(settings).documents()} == {CHUNKER_VERSION + "-next"}
    assert_consistent(settings)
    assert names(ingest([corpus], settings).unchanged) == sorted(names(first.added))
