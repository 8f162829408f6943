"""The store seam: protocol, visibility, an older index without the lexical side, re-tokenising,
the lexical cut-off for very common terms."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from assistant.knowledge import embeddings, lexical
from assistant.knowledge.chroma_store import ChromaVectors
from assistant.knowledge.index import ingest, list_documents
from assistant.knowledge.records import ChunkRecord
from assistant.knowledge.search import search
from assistant.knowledge.store import (
    IndexStore,
    KnowledgeStore,
    forget_open_indexes,
    lexical_path,
    open_store,
)
from tests.fixtures.index import KNOWLEDGE_DIR, make_settings


def test_index_store_implements_the_protocol() -> None:
    wanted = {n for n, v in inspect.getmembers(KnowledgeStore) if callable(v) and not n.startswith("_")}
    assert wanted <= {n for n in dir(IndexStore) if not n.startswith("_")}
    assert {"add", "delete_document", "dense_query", "lexical_query", "documents", "units_for"} <= wanted


def test_results_come_back_in_project_types(fake_index) -> None:
    store = open_store(fake_index)
    vector = embeddings.FakeEmbedder().embed_query("probation period length")
    dense = store.dense_query(vector, 3)
    words = store.lexical_query("probation period length", 3)
    assert [h.rank for h in dense] == [h.rank for h in words] == [1, 2, 3]
    for hit in dense + words:
        assert hit.chunk.source.endswith(".md") and hit.chunk.text and hit.chunk.path.startswith(str(KNOWLEDGE_DIR.resolve()))
    assert all(0.0 <= h.score <= 1.0 for h in dense)
    assert words[0].score >= words[1].score >= words[2].score > 0
    assert words[0].chunk.source == "probation-period.md"


def test_dense_hits_not_committed_in_sqlite_are_never_returned(tmp_path: Path) -> None:
    settings = make_settings(index_dir=tmp_path / "index", embeddings="fake")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "leave.md").write_text("# Leave\n\nAnnual leave is 25 days.\n", encoding="utf-8")
    ingest([docs], settings)
    store = open_store(settings)
    fake = embeddings.FakeEmbedder()
    ghosts = [
        ChunkRecord(f"ghost-{i}", "/ghost.md", "g", i, "Annual leave is 25 days.", "x",
                    fake.embed_query("Annual leave is 25 days."), {"path": "/ghost.md", "source": "ghost.md"})
        for i in range(30)
    ]
    store.vectors.upsert_chunks(ghosts)  # as if a writer died before its SQLite commit
    hits = store.dense_query(fake.embed_query("annual leave days"), 3)
    assert [h.chunk.source for h in hits] == ["leave.md"]
    assert [r.source for r in search("annual leave days", settings, k=5)] == ["leave.md"]


def test_an_index_from_before_the_lexical_index_is_rebuilt_once_with_a_notice(tmp_path: Path) -> None:
    settings = make_settings(index_dir=tmp_path / "index", embeddings="fake")
    ingest([KNOWLEDGE_DIR], settings)
    before = {d.source: d.chunks for d in list_documents(settings)}
    answer = [r.id for r in search("How long does a PIP last?", settings, k=5)]
    # What an older version left: the Chroma collection only.
    forget_open_indexes()
    for suffix in ("", "-wal", "-shm"):
        Path(str(lexical_path(settings)) + suffix).unlink(missing_ok=True)

    notices: list[str] = []
    store = open_store(settings, notify=notices.append)
    assert {d.source: d.chunk_count for d in store.documents()} == before
    assert notices == [
        f"the index at {store.location} has no lexical index (built by an older version): rebuilding it from "
        f"its {sum(before.values())} chunks, once"
    ]
    assert [r.id for r in search("How long does a PIP last?", settings, k=5)] == answer
    units = store.units_for(answer)
    assert all(units[i] for i in answer)
    open_store(settings, notify=notices.append).documents()
    assert len(notices) == 1


def test_a_changed_stemmer_re_tokenises_the_lexical_index_once(tmp_path: Path) -> None:
    settings = make_settings(index_dir=tmp_path / "index", embeddings="fake")
    ingest([KNOWLEDGE_DIR], settings)
    store = open_store(settings)
    with store.lexical.write() as conn:
        store.lexical.set_meta(conn, terms="text-0")
        conn.execute("DELETE FROM chunks_fts")
    notices: list[str] = []
    hits = open_store(settings, notify=notices.append).lexical_query("probation period", 3)
    assert hits and hits[0].chunk.source == "probation-period.md"
    assert notices == [f"the lexical index at {store.lexical.path} was re-tokenised ({store.count()} chunks)"]


def test_very_common_terms_are_left_out_only_past_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    pick = lexical.LexicalIndex._match_terms
    frequencies = {"policy": 26_000, "probation": 300, "review": 2_000, "zebra": 0, "manager": 3_000}
    assert pick(frequencies) == ["probation", "review"]  # 300 + 2000 <= 4000 < 300 + 2000 + 3000
    assert pick({"policy": 26_000}) == ["policy"]  # at least one term
    assert pick({"policy": 20, "leave": 10}) == ["leave", "policy"]
    monkeypatch.setattr(lexical, "SCORED_ROWS_BUDGET", 10**9)
    assert pick(frequencies) == ["probation", "review", "manager", "policy"]


def test_reset_empties_vectors_and_lexical_rows(tmp_path: Path) -> None:
    settings = make_settings(index_dir=tmp_path / "index", embeddings="fake")
    ingest([KNOWLEDGE_DIR], settings)
    store = open_store(settings)
    store.reset()
    assert (store.documents(), store.count(), store.lexical_query("probation", 5)) == ([], 0, [])
    assert ChromaVectors(settings).count() == 0


def test_two_fresh_builds_give_the_same_dense_list_ranked_by_exact_cosine(tmp_path: Path) -> None:
    """HNSW is approximate and two builds of the same vectors are not the same graph: the dense leg reads an
    overfetched list and ranks it itself by distance (ties by id), so fresh builds answer alike, in exact order."""
    import numpy as np

    rng = np.random.default_rng(21)
    vectors = rng.standard_normal((400, 32)).astype(np.float32)
    records = [ChunkRecord(f"c{i:03}", f"/p{i}.md", "h", 0, f"text {i}", "x", vectors[i], {"source": f"p{i}.md"})
               for i in range(400)]
    query = rng.standard_normal(32).astype(np.float32)
    exact = np.argsort(-(vectors @ query) / np.linalg.norm(vectors, axis=1), kind="stable")[:100]
    lists = []
    for build in ("a", "b"):
        chroma = ChromaVectors(make_settings(index_dir=tmp_path / build, embeddings="fake"))
        chroma.upsert_chunks(records)
        hits = chroma.query(query, 100)
        lists.append([(h.chunk.id, h.score, h.rank) for h in hits])
    assert lists[0] == lists[1]
    assert [h[0] for h in lists[0]] == [f"c{i:03}" for i in exact]
