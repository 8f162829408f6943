"""An organisation whose pages are labelled by its acronym ("fpc-travel.md" for the Foundation for Public Code)
owns them as a name spelled out in the labels does, and a named owner is left out of the lexical query; in the
dense leg the owner's chunks are ranked by the named query's vector and the one without the name together (in the
vector the name lifts whichever owned page repeats it, a one-line introduction, above the page that answers) and
every other page keeps the named query's rank, so pages that are not the owner's keep the pool and order they had (probe: evals/probes/round33/qaretr33_retrieval.jsonl)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.knowledge import embeddings
from assistant.knowledge.index import ingest
from assistant.knowledge.records import ChunkHit
from assistant.knowledge.search import owner_documents, owner_ranks, search
from assistant.knowledge.store import open_store
from assistant.settings import Settings
from assistant.text import name_initials

PAGES = {
    "lfc-holiday.md": "# Holiday\n\nEvery deckhand receives 28 days of paid holiday each year.\n",
    "lfc-calendar.md": "# Yearly calendar\n\nThis calendar lists the events the Lakeside Ferry Company prepares "
                       "for every year at the Lakeside Ferry Company.\n",
    "lfc-wages.md": "# Wages\n\nThe Lakeside Ferry Company pays wages on the last Friday of the month.\n",
    "ridge-holiday.md": "# Holiday\n\nRidge Bus Lines drivers receive 25 days of paid holiday each year.\n",
    "ridge-wages.md": "# Wages\n\nRidge Bus Lines pays wages every two weeks.\n",
    "msc-course.md": "# Marine Safety Course\n\nThe Marine Safety Course takes two days and is repeated every "
                     "three years.\n",
}


def _index(tmp_path: Path, settings: Settings) -> Settings:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert not ingest([docs], settings).errors
    return settings


def test_the_initials_of_a_name_of_three_or_more_content_words() -> None:
    names = ["Foundation for Public Code", "Peer 2 Peer University", "Lakeside Ferry Company", "Osio Labs",
             "Paid Time Off", "Family and Friends", "GitLab"]
    assert [name_initials(n) for n in names] == ["fpc", "p2pu", "lfc", "", "", "", ""]


def test_an_organisation_owns_the_pages_labelled_with_its_acronym(tmp_path: Path, fake_settings) -> None:
    store = open_store(_index(tmp_path, fake_settings))
    owners = owner_documents("How many days of holiday do I get at the Lakeside Ferry Company?", store)
    assert {name: sorted(Path(p).name for p in paths) for name, paths in owners.items()} == {
        "Lakeside Ferry Company": ["lfc-calendar.md", "lfc-holiday.md", "lfc-wages.md"]}
    # a programme whose acronym labels one page (fewer than OWNER_DOCUMENTS) owns nothing and stays a search term
    assert owner_documents("How long is the Marine Safety Course?", store) == {}


def test_the_named_owner_is_left_out_of_the_query_vector(tmp_path: Path, fake_settings,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _index(tmp_path, fake_settings)
    embedded: list[str] = []
    original = embeddings.FakeEmbedder.embed_query

    def spy(self: embeddings.FakeEmbedder, text: str):  # noqa: ANN202
        embedded.append(text)
        return original(self, text)

    monkeypatch.setattr(embeddings.FakeEmbedder, "embed_query", spy)
    results = search("How many days of holiday do I get at the Lakeside Ferry Company?", settings, k=3)
    assert sorted(embedded) == ["How many days of holiday do I get at the Lakeside Ferry Company?",
                                "How many days of holiday do I get?"]
    # the fake embedder gives the calendar and wages pages the same zero similarity to the name-free query; the tie
    # falls to chunk ids, derived from the page names (not the temporary folder), so the order is the same every run
    assert [r.source for r in results] == ["lfc-holiday.md", "lfc-calendar.md", "lfc-wages.md"]
    embedded.clear()
    assert [r.source for r in search("How long is the Marine Safety Course?", settings, k=1)] == ["msc-course.md"]
    assert embedded == ["How long is the Marine Safety Course?"]


def _hits(*spec: tuple[str, str]) -> list[ChunkHit]:
    return [ChunkHit(SimpleNamespace(id=cid, path=path), 0.5, rank) for rank, (cid, path) in enumerate(spec, 1)]


def test_the_owners_chunks_are_ranked_by_both_vectors_and_other_pages_by_the_named_one() -> None:
    named = _hits(("intro", "lfc-calendar.md"), ("ridge", "ridge-holiday.md"), ("wages", "lfc-wages.md"))
    unnamed = _hits(("holiday", "lfc-holiday.md"), ("other", "ridge-wages.md"), ("wages", "lfc-wages.md"))
    owned = {"lfc-calendar.md", "lfc-holiday.md", "lfc-wages.md"}

    def rank(a: int, b: int) -> float:  # the rank whose fusion vote is the mean of the two ranks' votes
        return 2 / (1 / (60 + a) + 1 / (60 + b)) - 60

    merged = owner_ranks(named, unnamed, owned)
    # the owner's holiday page (first without the name, absent with it) joins level with the intro the name lifted
    # (first with it, absent without); the other organisation's page keeps its named rank, and one that only the
    # name-free query found stays out
    assert [h.chunk.id for h in merged] == ["ridge", "holiday", "intro", "wages"]
    assert [h.rank for h in merged] == pytest.approx([2, rank(1, 4), rank(1, 4), 3])
    assert owner_ranks(named, unnamed, set()) == named
