"""Chunk ids are derived from the document's path under the folder it was ingested from (its file name when given
alone), its SHA-256 and the chunk's position, never from where the folder lies: the same pages ingested again,
from anywhere, get the same ids, so exact score ties (broken by id) rank the same after a re-index. A second file of
the same bytes and relative path in the same index falls back to its absolute path and keeps ids of its own.

Pages written fresh for these tests (a ferry operator's staff notes); none is copied from a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.knowledge.index import chunk_id, ingest
from assistant.knowledge.search import search
from assistant.knowledge.store import open_store
from assistant.settings import Settings
from tests.fixtures.index import make_settings

PAGES = {
    "ferry-holiday.md": "# Holiday\n\nEvery deckhand receives 28 days of paid holiday each year.\n",
    "ferry-calendar.md": "# Yearly calendar\n\nThe calendar lists the sailings planned for each season.\n",
    "ferry-wages.md": "# Wages\n\nWages are paid on the last Friday of the month.\n",
    "crew/ferry-uniform.md": "# Uniform\n\nCrew wear the company jacket on every crossing.\n",
}
QUESTIONS = ("How many days of holiday does a deckhand get?", "When are wages paid?",
             "What does the crew wear?", "Where is the canteen?")


def _pages(folder: Path) -> Path:
    for name, text in PAGES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _index(tmp_path: Path, where: str) -> Settings:
    settings = make_settings(index_dir=tmp_path / f"index-{where}", embeddings="fake")
    report = ingest([_pages(tmp_path / where / "docs")], settings)
    assert not report.errors and report.chunks_written == 4
    return settings


def _ids(settings: Settings) -> dict[tuple[str, int], str]:
    store = open_store(settings)
    return {(Path(d.path).name, c.chunk_index): c.id for d in store.documents() for c in store.document_chunks(d.path)}


def _ranking(settings: Settings) -> list[list[tuple[str, str, float]]]:
    return [[(r.id, r.source, r.score) for r in search(q, settings, k=4)] for q in QUESTIONS]


def test_the_same_pages_ingested_from_two_places_get_the_same_ids_and_ranking(tmp_path: Path) -> None:
    first, second = _index(tmp_path, "one"), _index(tmp_path, "two")
    ids = _ids(first)
    assert ids == _ids(second) and len(set(ids.values())) == 4
    assert chunk_id("crew/ferry-uniform.md", next(d.content_hash for d in open_store(first).documents()
                                                  if d.source == "ferry-uniform.md"), 0) == ids[("ferry-uniform.md", 0)]
    # "Where is the canteen?" matches no page: every chunk ties, and the tie falls to the same ids in both indexes
    assert _ranking(first) == _ranking(second)


def test_reingesting_after_a_reset_gives_the_same_ids(tmp_path: Path) -> None:
    settings = _index(tmp_path, "one")
    before, ranking = _ids(settings), _ranking(settings)
    report = ingest([tmp_path / "one" / "docs"], settings, reset=True)
    assert report.chunks_written == 4 and _ids(settings) == before and _ranking(settings) == ranking


def test_a_file_given_alone_is_keyed_by_its_name(tmp_path: Path) -> None:
    folder_index = _index(tmp_path, "one")
    alone = make_settings(index_dir=tmp_path / "index-alone", embeddings="fake")
    assert ingest([tmp_path / "one" / "docs" / "ferry-wages.md"], alone).chunks_written == 1
    assert _ids(alone) == {("ferry-wages.md", 0): _ids(folder_index)[("ferry-wages.md", 0)]}


def test_two_copies_of_the_same_page_in_one_index_keep_ids_of_their_own(tmp_path: Path) -> None:
    settings = make_settings(index_dir=tmp_path / "index", embeddings="fake")
    one, two = _pages(tmp_path / "one"), _pages(tmp_path / "two")
    assert ingest([one], settings).chunks_written == 4
    report = ingest([two], settings)
    assert not report.errors and report.chunks_written == 4
    store = open_store(settings)
    assert len(store.documents()) == 8 and store.count() == 8
    ids = [c.id for d in store.documents() for c in store.document_chunks(d.path)]
    assert len(set(ids)) == 8
    # the second copy fell back to its absolute path; the first kept its relative one and is unchanged on re-ingest
    second = str(two / "ferry-wages.md")
    assert [c.id for c in store.document_chunks(second)] == [
        chunk_id(second, next(d.content_hash for d in store.documents() if d.path == second), 0)]
    again = ingest([one, two], settings)
    assert len(again.unchanged) == 8 and again.chunks_written == 0


def test_chunks_an_interrupted_run_left_under_other_ids_are_dropped(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.knowledge import embeddings, index

    root = tmp_path / "root"
    (root / "crew").mkdir(parents=True)
    sections = [f"# Rule {n}\n\n" + f"Crew on the {n} watch check the lifejackets before the first crossing. " * 30
                for n in ("first", "second", "third", "fourth", "fifth", "sixth")]
    page = root / "crew" / "watch-rules.md"
    page.write_text("\n\n".join(sections), encoding="utf-8")
    settings = make_settings(index_dir=tmp_path / "index", embeddings="fake")
    calls = {"n": 0}
    original = embeddings.FakeEmbedder.embed_documents

    def failing(self, texts):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("interrupted")
        return original(self, texts)

    monkeypatch.setattr(index, "BATCH_CHUNKS", 1)
    monkeypatch.setattr(embeddings.FakeEmbedder, "embed_documents", failing)
    with pytest.raises(RuntimeError, match="interrupted"):
        ingest([root], settings)
    store = open_store(settings)
    left = store.lexical.all_ids()
    assert len(left) == 2 and not store.documents()  # two chunks stored under "crew/watch-rules.md", none current
    monkeypatch.setattr(embeddings.FakeEmbedder, "embed_documents", original)
    report = ingest([root / "crew"], settings)  # the same file, now keyed "watch-rules.md"
    chunks = report.chunks_written
    assert chunks > 2 and store.count() == chunks and store.lexical.all_ids().isdisjoint(left)
