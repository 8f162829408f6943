"""Hybrid retrieval: dense (Chroma, cosine) and lexical (BM25) fused by reciprocal rank fusion.

The BM25 index covers every chunk (title and section heading included, as embedded). It is
built lazily from the store and cached per process; it is rebuilt when the collection's
``generation`` (changed on every write, by any process) or chunk count changes. Scoring uses
rank-bm25's statistics with an inverted index, so a query costs time proportional to the
postings of its terms rather than to the corpus size.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from assistant.knowledge import KnowledgeError, embeddings
from assistant.settings import Settings
from assistant.text import STOPWORDS, alnum_words, fold_plural

RRF_K = 60
MIN_CANDIDATES = 20

class SearchResult(BaseModel):
    """One retrieved chunk."""

    source: str
    path: str
    section: str | None = None
    title: str | None = None
    page: int | None = None
    text: str
    score: float  # fused reciprocal-rank score
    similarity: float | None = None  # cosine similarity (0..1) from the dense leg
    lexical: float | None = None  # BM25 score from the lexical leg
    id: str


def lexical_tokens(text: str) -> list[str]:
    """Lower-cased word tokens without stop words, plurals folded."""
    return [fold_plural(w) for w in alnum_words(text) if w not in STOPWORDS]


class LexicalIndex:
    """BM25 (rank-bm25's Okapi statistics) over every chunk, with an inverted index."""

    def __init__(
        self, ids: list[str], texts: list[str], metadatas: list[dict[str, Any]], documents: list[str]
    ):
        import numpy as np
        from rank_bm25 import BM25Okapi

        self.ids = ids
        self.metadatas = metadatas
        self.documents = documents
        self.position = {chunk_id: i for i, chunk_id in enumerate(ids)}
        self.size = len(ids)
        if not ids:
            self.bm25 = None
            return
        self.bm25 = BM25Okapi([lexical_tokens(t) for t in texts])
        self._doc_len = np.asarray(self.bm25.doc_len, dtype=np.float64)
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for doc_index, freqs in enumerate(self.bm25.doc_freqs):
            for term, tf in freqs.items():
                docs, tfs = postings.setdefault(term, ([], []))
                docs.append(doc_index)
                tfs.append(tf)
        self._postings = {
            term: (np.asarray(docs, dtype=np.int64), np.asarray(tfs, dtype=np.float64))
            for term, (docs, tfs) in postings.items()
        }

    def scores(self, query: str) -> Any:
        """BM25 score of every chunk for the query (equal to ``BM25Okapi.get_scores``)."""
        import numpy as np

        scores = np.zeros(self.size)
        if self.bm25 is None:
            return scores
        k1, b, avgdl = self.bm25.k1, self.bm25.b, self.bm25.avgdl
        for term in lexical_tokens(query):
            posting = self._postings.get(term)
            if posting is None:
                continue
            docs, tf = posting
            idf = self.bm25.idf.get(term) or 0.0
            scores[docs] += idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * self._doc_len[docs] / avgdl)))
        return scores

    def top(self, query: str, n: int) -> list[tuple[int, float]]:
        """(chunk position, BM25 score) of the best ``n`` chunks with a positive score."""
        import numpy as np

        scores = self.scores(query)
        if not self.size:
            return []
        n = min(n, self.size)
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(int(i), float(scores[i])) for i in best if scores[i] > 0]


_LEXICAL: dict[tuple[str, str], tuple[tuple[Any, int], LexicalIndex]] = {}
_LEXICAL_LOCK = threading.Lock()


def lexical_text(metadata: dict[str, Any], document: str) -> str:
    """What BM25 sees of a chunk: title, section and text (the same as what is embedded)."""
    return " ".join(str(p) for p in (metadata.get("title"), metadata.get("section"), document) if p)


def lexical_index(store: Any) -> LexicalIndex:
    """The process-wide BM25 index of a store, rebuilt when the collection changed."""
    key = (store.location, store.name)
    version = (store.metadata().get("generation"), store.count())
    with _LEXICAL_LOCK:
        cached = _LEXICAL.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
        ids, metadatas, documents = [], [], []
        for chunk_id, metadata, document in store.iter_all(include=("metadatas", "documents")):
            ids.append(chunk_id)
            metadatas.append(metadata or {})
            documents.append(document or "")
        texts = [lexical_text(m, d) for m, d in zip(metadatas, documents, strict=True)]
        index = LexicalIndex(ids, texts, metadatas, documents)
        _LEXICAL[key] = (version, index)
        return index


def clear_cache() -> None:
    with _LEXICAL_LOCK:
        _LEXICAL.clear()


def _result(chunk_id: str, metadata: dict[str, Any], document: str, score: float) -> SearchResult:
    page = metadata.get("page")
    return SearchResult(
        id=chunk_id,
        source=str(metadata.get("source", "")),
        path=str(metadata.get("path", "")),
        section=metadata.get("section") or None,
        title=metadata.get("title") or None,
        page=int(page) if page is not None else None,
        text=document,
        score=score,
    )


def search(
    query: str, settings: Settings, k: int = 5, notify: Callable[[str], None] | None = None
) -> list[SearchResult]:
    """The ``k`` best chunks for a query: dense top-N and BM25 top-N fused by RRF (k=60)."""
    from assistant.knowledge.index import ensure_index
    from assistant.knowledge.store import open_store

    if not query.strip():
        raise KnowledgeError("the search query is empty")
    if k < 1:
        return []
    ensure_index(settings, notify=notify)
    store = open_store(settings)
    store.check_model(embeddings.embedder_name(settings))
    lexical = lexical_index(store)
    if lexical.size == 0:
        return []
    n = min(max(MIN_CANDIDATES, 4 * k), lexical.size)

    fused: dict[str, SearchResult] = {}
    vector = embeddings.get_embedder(settings).embed_query(query)
    dense = store.query(vector, n)
    for rank, (chunk_id, metadata, document, distance) in enumerate(
        zip(
            dense["ids"][0], dense["metadatas"][0], dense["documents"][0], dense["distances"][0], strict=True
        ),
        start=1,
    ):
        result = _result(chunk_id, metadata or {}, document or "", 1.0 / (RRF_K + rank))
        result.similarity = round(min(1.0, max(0.0, 1.0 - float(distance))), 6)
        fused[chunk_id] = result
    for rank, (position, bm25) in enumerate(lexical.top(query, n), start=1):
        chunk_id = lexical.ids[position]
        result = fused.get(chunk_id)
        if result is None:
            result = fused[chunk_id] = _result(
                chunk_id, lexical.metadatas[position], lexical.documents[position], 0.0
            )
        result.score += 1.0 / (RRF_K + rank)
        result.lexical = round(bm25, 6)
    ranked = sorted(fused.values(), key=lambda r: (-r.score, -(r.similarity or 0.0), r.id))[:k]
    for result in ranked:
        result.score = round(result.score, 6)
    return ranked
