"""Page-level lead of hybrid search (round 37, qaretr37): the first LEAD_PAGES results are the best chunks of
different documents, every other chunk after them in fused order (assistant.knowledge.search.page_lead)."""

from __future__ import annotations

from assistant.knowledge.records import ChunkHit, StoredChunk
from assistant.knowledge.search import LEAD_PAGES, fuse, page_lead


def _chunk(page: str, n: int) -> StoredChunk:
    return StoredChunk(id=f"{page}#{n}", path=f"/docs/{page}.md", source=f"{page}.md", title=page, text=f"{page} {n}",
                       chunk_index=n)


def _hits(*chunks: StoredChunk) -> list[ChunkHit]:
    return [ChunkHit(chunk, 1.0 - rank / 100, rank) for rank, chunk in enumerate(chunks, 1)]


def test_a_page_that_fills_the_head_keeps_its_best_chunk_and_lets_other_pages_in() -> None:
    # "When do I have to tell work I'm expecting a baby?": neonatal-care sections fill the head, pregnancy follows
    order = [_chunk("neonatal", 1), _chunk("neonatal", 2), _chunk("neonatal", 3), _chunk("pregnant", 1),
             _chunk("adoption", 1), _chunk("pregnant", 2)]
    got = fuse(_hits(*order), _hits(*order), k=6)
    assert [r.id for r in got] == ["neonatal#1", "pregnant#1", "adoption#1", "neonatal#2", "neonatal#3", "pregnant#2"]
    assert [r.source for r in fuse(_hits(*order), _hits(*order), k=3)] == ["neonatal.md", "pregnant.md", "adoption.md"]


def test_distinct_pages_at_the_head_keep_the_fused_order() -> None:
    order = [_chunk("holiday", 1), _chunk("sickness", 1), _chunk("toil", 1), _chunk("holiday", 2), _chunk("toil", 2)]
    got = fuse(_hits(*order), _hits(*order), k=5)
    assert [r.id for r in got] == ["holiday#1", "sickness#1", "toil#1", "holiday#2", "toil#2"]


def test_a_page_repeated_after_the_lead_stays_where_fusion_put_it() -> None:
    order = [_chunk("a", 1), _chunk("b", 1), _chunk("c", 1), _chunk("c", 2), _chunk("d", 1), _chunk("a", 2)]
    assert [r.id for r in page_lead(fuse(_hits(*order), [], k=6))] == ["a#1", "b#1", "c#1", "c#2", "d#1", "a#2"]


def test_fewer_pages_than_the_lead_keeps_every_chunk() -> None:
    order = [_chunk("only", 1), _chunk("only", 2), _chunk("other", 1), _chunk("only", 3)]
    got = fuse(_hits(*order), _hits(*order), k=10)
    assert [r.id for r in got] == ["only#1", "other#1", "only#2", "only#3"]
    assert LEAD_PAGES == 3


def test_a_lead_chunk_from_below_the_cut_enters_the_pool_in_place_of_the_last_one() -> None:
    order = [_chunk("a", 1), _chunk("a", 2), _chunk("a", 3), _chunk("a", 4), _chunk("b", 1)]
    assert [r.id for r in fuse(_hits(*order), [], k=4)] == ["a#1", "b#1", "a#2", "a#3"]


def test_an_owners_pages_still_all_come_first_and_give_the_lead() -> None:
    order = [_chunk("other", 1), _chunk("fpc-leave", 1), _chunk("fpc-leave", 2), _chunk("fpc-sick", 1)]
    preferred = {"/docs/fpc-leave.md", "/docs/fpc-sick.md"}
    got = fuse(_hits(*order), _hits(*order), k=4, preferred=preferred)
    assert [r.id for r in got] == ["fpc-leave#1", "fpc-sick#1", "fpc-leave#2", "other#1"]


def test_lead_pages_zero_keeps_the_fused_order() -> None:
    order = [_chunk("a", 1), _chunk("a", 2), _chunk("a", 3), _chunk("b", 1)]
    assert [r.id for r in fuse(_hits(*order), _hits(*order), k=4, lead_pages=0)] == ["a#1", "a#2", "a#3", "b#1"]


def test_the_qa_candidate_pool_is_read_in_fused_order(monkeypatch) -> None:
    # The answer scorer reads each passage's fused rank as a feature: the pool asks search for no page lead.
    from assistant.qa import retrieve
    from assistant.settings import Settings

    calls = []

    def search(query, settings, k=5, notify=None, lead_pages=LEAD_PAGES):
        calls.append((k, lead_pages))
        return []

    monkeypatch.setattr("assistant.knowledge.search.search", search)
    assert retrieve.retrieve("How much holiday do I get?", Settings(), k=25) == []
    assert calls == [(25, 0)]
