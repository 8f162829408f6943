"""Hybrid retrieval: dense (Chroma, cosine) and lexical (SQLite FTS5, BM25), fused by reciprocal
rank fusion (RRF, k=60).

Each leg returns its best ``max(MIN_CANDIDATES, 4k)`` chunks; a chunk's fused score is the sum of
``1 / (60 + rank)`` over the legs that found it, the lexical leg's term weighted by the share of the query's
term information the index's vocabulary holds (:func:`lexical_weight`). The first :data:`LEAD_PAGES` results are
of different documents, each its best chunk (:func:`page_lead`); the rest follow in fused order. Both legs read persisted indexes, so the first
search in a new process costs the same as any other (no index is built at start). A scope
restricts both legs to documents of the given organisations, audiences or sources.

An organisation the query names ("at Osio Labs") is a preference, not a search term: the lexical leg ranks the
query without it, and the dense leg ranks the owner's chunks by both the named query's vector and the one without
the name (there the name pulls up whichever owned passage repeats it, such as a page's one-line introduction) and
all other chunks by the named query's vector, as before (:func:`owner_ranks`); the chunks of the documents that belong to it (by organisation,
title or file name, or the name's acronym there: "fpc-travel.md") come before the others, each group in fused
order (:func:`owner_documents`).

Reading never writes: an empty index is an error that says how to build it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pydantic import BaseModel, Field

from assistant import text as textlib
from assistant.knowledge import KnowledgeError, embeddings, onnx_model
from assistant.knowledge.index import require_index
from assistant.knowledge.records import ChunkHit, Scope
from assistant.knowledge.store import KnowledgeStore, open_store
from assistant.settings import Settings

RRF_K = 60
MIN_CANDIDATES = 20
LEAD_PAGES = 3  # the first results are the best chunks of this many different pages (:func:`page_lead`)
OWNER_DOCUMENTS = 3  # documents that must belong to a name of the query for it to name their owner


class SearchResult(BaseModel):
    """One retrieved chunk."""

    source: str
    path: str
    section: str | None = None
    title: str | None = None
    page: int | None = None
    headings: tuple[str, ...] = ()
    organisation: str | None = None
    audience: str | None = None
    effective_date: str | None = None
    text: str
    metadata: dict[str, Any] = Field(default_factory=dict, exclude=True)  # everything stored for the chunk
    score: float  # fused reciprocal-rank score
    similarity: float | None = None  # cosine similarity (0..1) from the dense leg
    lexical: float | None = None  # BM25 score from the lexical leg
    id: str


def _result(hit: ChunkHit) -> SearchResult:
    chunk = hit.chunk
    return SearchResult(
        id=chunk.id,
        source=chunk.source,
        path=chunk.path,
        section=chunk.section,
        title=chunk.title or None,
        page=chunk.page,
        headings=chunk.headings,
        organisation=chunk.organisation,
        audience=chunk.audience,
        effective_date=chunk.effective_date,
        text=chunk.text,
        metadata=dict(chunk.metadata),
        score=0.0,
    )


def fuse(dense: list[ChunkHit], lexical: list[ChunkHit], k: int, preferred: set[str] | frozenset[str] = frozenset(),
         lexical_weight: float = 1.0, lead_pages: int = LEAD_PAGES) -> list[SearchResult]:
    """Reciprocal rank fusion of the two legs' hits, the lexical leg's votes times ``lexical_weight``; ties go to
    the closer dense match. Chunks of the ``preferred`` documents (paths) come before all others, each group in
    fused order, the first ``lead_pages`` places given to different documents (:func:`page_lead`)."""
    fused: dict[str, SearchResult] = {}
    for hit in dense:
        result = fused[hit.chunk.id] = _result(hit)
        result.score += 1.0 / (RRF_K + hit.rank)
        result.similarity = hit.score
    for hit in lexical:
        result = fused.get(hit.chunk.id)
        if result is None:
            result = fused[hit.chunk.id] = _result(hit)
        result.score += lexical_weight / (RRF_K + hit.rank)
        result.lexical = hit.score
    ranked = sorted(fused.values(), key=lambda r: (r.path not in preferred, -r.score, -(r.similarity or 0.0), r.id))
    ranked = page_lead(ranked, lead_pages, preferred)[:k]
    for result in ranked:
        result.score = round(result.score, 6)
    return ranked


def page_lead(ranked: list[SearchResult], pages: int = LEAD_PAGES,
              preferred: set[str] | frozenset[str] = frozenset()) -> list[SearchResult]:
    """``ranked`` with its first ``pages`` places given to the best chunk of as many different documents (each
    document's best in fused order), every other chunk after them in fused order; when the query names an owner, the
    lead is taken from the ``preferred`` documents only, so that their chunks still all come first.

    A page's sections are near one another in both legs (they share its title, its vocabulary, its topic), so a page
    that matches a question's wording well often fills the first places with several of its chunks and pushes the page
    that answers, the next best document, below them; one result per page at the head is page-level
    diversification of a passage ranking (as when a search engine shows one hit per site first). Chunks are only
    reordered: a caller's pool of ``k`` keeps every chunk it had unless a lead chunk came from below the cut.
    """
    owned = any(result.path in preferred for result in ranked)
    lead: list[SearchResult] = []
    seen: set[str] = set()
    for result in ranked:
        if len(lead) == pages or (owned and result.path not in preferred):
            break
        if result.path not in seen:
            lead.append(result)
            seen.add(result.path)
    chosen = {id(result) for result in lead}
    return lead + [result for result in ranked if id(result) not in chosen]


_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="coach-search")


def search(
    query: str,
    settings: Settings,
    k: int = 5,
    notify: Callable[[str], None] | None = None,
    scope: Scope | None = None,
    store: KnowledgeStore | None = None,
    lead_pages: int = LEAD_PAGES,
) -> list[SearchResult]:
    """The ``k`` best chunks for a query (``k`` up to 100; Q&A asks for 25 candidates), the first ``lead_pages`` of
    different documents (0: the fused order throughout, as the Q&A candidate pool reads it)."""
    if not query.strip():
        raise KnowledgeError("the search query is empty")
    if k < 1:
        return []
    store = store or open_store(settings, notify=notify)
    require_index(settings, store)
    store.check_model(embeddings.embedder_name(settings))
    n = max(MIN_CANDIDATES, 4 * k)
    # The query is embedded (the model loaded, in a new process) while the lexical leg runs and
    # the vector store opens: ONNX Runtime and SQLite work outside the GIL.
    embedder = embeddings.get_embedder(settings)
    # Libraries the other thread needs are imported here first: two threads importing numpy at
    # once trip over its internal circular imports.
    import numpy  # noqa: F401

    if isinstance(embedder, embeddings.LocalEmbedder):
        onnx_model.import_runtime()
    owners = owner_documents(query, store)
    topic = textlib.without_names(query, list(owners)) or query
    vector = _POOL.submit(embedder.embed_query, query)
    unnamed = _POOL.submit(embedder.embed_query, topic) if topic != query else None
    lexical = store.lexical_query(topic, n, scope)
    store.open_vectors()
    dense = store.dense_query(vector.result(), n, scope)
    preferred = set().union(*owners.values()) if owners else frozenset()
    if unnamed is not None:
        dense = owner_ranks(dense, store.dense_query(unnamed.result(), n, scope), preferred)
    return fuse(dense, lexical, k, preferred, lexical_weight(topic, store), lead_pages)


def owner_ranks(named: list[ChunkHit], unnamed: list[ChunkHit], owned: set[str] | frozenset[str]) -> list[ChunkHit]:
    """The dense leg's hits for a query naming an owner: each owner's chunk gets the rank whose fusion vote is the
    mean of its votes for the named query and for the query without the name (in the vector the name lifts whichever
    owned page repeats it, such as a page's introduction or a yearly schedule, above the page that answers; alone,
    the name-free vector loses what the named one placed well); every other page keeps the named query's hit and
    rank, so the pool and order of pages that are not the owner's stay as they were."""
    absent = max(len(named), len(unnamed)) + 1
    first = {hit.chunk.id: hit for hit in named if hit.chunk.path in owned}
    second = {hit.chunk.id: hit for hit in unnamed if hit.chunk.path in owned}
    kept = [hit for hit in named if hit.chunk.path not in owned]
    for cid in first.keys() | second.keys():
        one, two = first.get(cid), second.get(cid)
        vote = (1.0 / (RRF_K + (one.rank if one else absent)) + 1.0 / (RRF_K + (two.rank if two else absent))) / 2
        hit = one or two
        kept.append(ChunkHit(hit.chunk, hit.score, 1.0 / vote - RRF_K))
    return sorted(kept, key=lambda hit: (hit.rank, hit.chunk.id))


def lexical_weight(topic: str, store: KnowledgeStore) -> float:
    """How much the lexical leg's ranks count in the fusion: the share of the query's term information (BM25 idf)
    that the index's vocabulary holds (:meth:`~assistant.knowledge.lexical.LexicalIndex.vocabulary_share`). Words
    no page uses cannot be matched, so a question in other words than the pages' is ranked lexically on its
    commonest words only; its dense ranks, which read the meaning, then count for more."""
    share = getattr(store, "vocabulary_share", None)
    return 1.0 if share is None else share(topic)


def owner_documents(query: str, store: KnowledgeStore) -> dict[str, set[str]]:
    """The query's names that name whose documents these are, each with its documents' paths: a name that
    at least :data:`OWNER_DOCUMENTS` documents belong to by their own labels ("at Osio Labs": the pages
    ``osiolabs-*.md``; "at the Foundation for Public Code": ``fpc-*.md``;
    :meth:`~assistant.knowledge.lexical.LexicalIndex.documents_naming`). Such a name says which pages to prefer,
    not what is asked: as a search term, or in the query's vector, it would rank the passages that repeat it
    above the one that answers."""
    naming = getattr(store, "documents_naming", None)
    if naming is None:
        return {}
    owners = {}
    for name in textlib.question_names(query):
        paths = naming(name)
        if len(paths) >= OWNER_DOCUMENTS:
            owners[name] = paths
    return owners
