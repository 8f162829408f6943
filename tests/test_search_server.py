"""Chroma server mode end to end, against a real ``chroma run`` on a loopback port."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.knowledge.guidance import load_guidance, sidecar_path
from assistant.knowledge.index import index_stats, ingest, list_documents, remove_document
from assistant.knowledge.search import search
from assistant.knowledge.store import ModelMismatchError
from tests.fixtures.index import make_settings
from tests.test_knowledge_guidance import MINI_AID

pytestmark = pytest.mark.slow


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "server-docs"
    folder.mkdir()
    (folder / "aid.md").write_text(MINI_AID, encoding="utf-8")
    (folder / "holidays.md").write_text(
        "---\ntitle: Holiday Policy\nowner: HR\n---\n# Holiday Policy\n\n## Allowance\n\n"
        "Everyone gets 28 days of annual leave, bank holidays included.\n\n## Carry over\n\n"
        "Up to five unused days may be carried into the next year.\n",
        encoding="utf-8",
    )
    return folder


def test_server_mode_end_to_end(chroma_server, corpus: Path, tmp_path: Path, monkeypatch) -> None:
    settings = make_settings(
        index_dir=tmp_path / "replica-a",
        chroma_host=chroma_server.host,
        chroma_port=chroma_server.port,
        collection="server-e2e",
    )
    report = ingest([corpus], settings)
    assert [(i.source, i.chunks) for i in report.added] == [("aid.md", 6), ("holidays.md", 2)]
    assert (report.documents, report.chunks) == (2, 8)

    again = ingest([corpus], settings)
    assert [i.source for i in again.unchanged] == ["aid.md", "holidays.md"] and again.chunks_written == 0

    top = search("How many unused days can I carry over?", settings, k=1)[0]
    assert (top.source, top.section, top.title) == ("holidays.md", "Carry over", "Holiday Policy")
    assert top.similarity is not None and top.similarity > 0.3
    assert top.lexical is not None and top.lexical > 0  # the lexical side works against a server too

    # Guidance comes from the server's chunks; no sidecar, only this replica's lexical mirror is local.
    guidance = load_guidance(settings, "smart")
    assert guidance is not None and guidance.topics == ["specific", "attainable", "time_bound"]
    assert not sidecar_path(settings).exists()
    assert [p.name for p in (Path(settings.index_dir) / "server-mirrors").glob("*.sqlite3")] == [
        f"127.0.0.1-{chroma_server.port}-server-e2e.sqlite3"
    ]

    stats = index_stats(settings)
    assert stats == {
        "documents": 2,
        "chunks": 8,
        "embedding_model": "local:all-MiniLM-L6-v2",
        "store": "server",
        "location": chroma_server.url,
        "collection": "server-e2e",
    }

    # The CLI talks to the same server through the environment.
    monkeypatch.setenv("COACH_CHROMA_HOST", chroma_server.host)
    monkeypatch.setenv("COACH_CHROMA_PORT", str(chroma_server.port))
    monkeypatch.setenv("COACH_COLLECTION", "server-e2e")
    monkeypatch.setenv("COACH_INDEX_DIR", str(tmp_path / "replica-cli"))
    result = CliRunner().invoke(main, ["search", "annual leave allowance", "-k", "1", "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["source"] == "holidays.md"

    # A second process-independent model name is refused on the server too.
    other = settings.model_copy(update={"local_embedding_model": "some-other-model"})
    with pytest.raises(ModelMismatchError):
        ingest([corpus], other)

    assert remove_document("holidays.md", settings) == 2
    assert [d.source for d in list_documents(settings)] == ["aid.md"]
    assert all(r.source == "aid.md" for r in search("annual leave", settings, k=3))


def test_a_second_replica_gets_the_lexical_index_and_units_from_the_server(
    chroma_server, corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    from assistant.knowledge import embeddings
    from assistant.knowledge.store import open_store

    def replica(name: str):
        return make_settings(
            index_dir=tmp_path / name, chroma_host=chroma_server.host, chroma_port=chroma_server.port,
            collection="replicas", embeddings="fake",
        )

    writer, reader = replica("writer"), replica("reader")
    ingest([corpus], writer)
    written = open_store(writer)
    written_units = written.units_for([c.id for d in written.documents() for c in written.document_chunks(d.path)])

    calls: list[int] = []
    fake = embeddings.FakeEmbedder()
    real_embed = fake.embed_documents
    fake.embed_documents = lambda texts: calls.append(len(texts)) or real_embed(texts)  # type: ignore[method-assign]
    monkeypatch.setattr(embeddings, "get_embedder", lambda settings: fake)

    hits = open_store(reader).lexical_query("unused days carried next year", 3)
    assert [h.chunk.source for h in hits][:1] == ["holidays.md"]
    assert calls == []  # the reader embedded nothing: unit vectors came from the server
    read = open_store(reader)
    got = read.units_for(list(written_units))
    assert {k: [(u.ordinal, u.text) for u in v] for k, v in got.items()} == {
        k: [(u.ordinal, u.text) for u in v] for k, v in written_units.items()
    }
    for chunk_id, units in got.items():
        for mine, theirs in zip(units, written_units[chunk_id], strict=True):
            assert float(mine.vector @ theirs.vector) == pytest.approx(1.0, abs=1e-5)

    # A change by the writer reaches the reader on its next read (the collection's generation moved).
    (corpus / "holidays.md").write_text(
        "---\ntitle: Holiday Policy\n---\n# Holiday Policy\n\n## Carry over\n\nNo days may be carried over.\n",
        encoding="utf-8",
    )
    ingest([corpus], writer)
    assert [c.text for c in open_store(reader).document_chunks(str(corpus / "holidays.md"))] == [
        "No days may be carried over."
    ]
    assert search("carried over", reader, k=1)[0].text == "No days may be carried over."
    remove_document("holidays.md", writer)
    assert [d.source for d in list_documents(reader)] == ["aid.md"]
    assert all(h.chunk.source == "aid.md" for h in open_store(reader).lexical_query("carried over days", 5))


def test_unreachable_server_is_one_clear_error(tmp_path: Path) -> None:
    from tests.fixtures.index import free_port

    port = free_port()
    result = CliRunner(env={"COACH_CHROMA_HOST": "127.0.0.1", "COACH_CHROMA_PORT": str(port)}).invoke(
        main, ["docs"]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: cannot open the Chroma server at http://127.0.0.1:{port}: ")
    assert len(result.stderr.splitlines()) == 1
