"""Retrieve: a wide candidate pool from hybrid search, as passages with their units and scope,
and the vectors of those units read under their headings.

The units and their vectors are the ones the index stored at ingest (``store.units_for``), so a
warm question costs one query encode. A chunk the index holds no units for (an index written
before units were stored) is split here the same way, and its units are encoded once per process
with the same text the index embeds (:func:`assistant.knowledge.units.unit_embed_text`) and kept
in a per-process cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from assistant.qa.models import Passage
from assistant.settings import Settings
from assistant.text import mentions_name, with_event_terms, with_kin_terms, without_names

if TYPE_CHECKING:
    from assistant.knowledge.records import Unit as StoredUnit
    from assistant.knowledge.search import SearchResult

POOL = 25  # passages retrieved for sentence-level reranking
OWNER_DOCUMENTS = 3  # documents of the pool that must mention a question's name for it to name their owner
UNIT_CACHE_SIZE = 50_000

Notify = Callable[[str], None]


def passage_units(text: str) -> list[str]:
    """A chunk's text split into answer units the way ingest splits it."""
    from assistant.knowledge.chunking import answer_units
    from assistant.knowledge.markup import clean_markdown_text

    return answer_units(clean_markdown_text(text))


def to_passage(result: SearchResult, rank: int, stored: Sequence[StoredUnit] = ()) -> Passage:
    """A search result as a passage; ``stored``: the units the index keeps for it (with vectors)."""
    meta = result.metadata or {}
    scope = [n.strip() for n in str(meta.get("scope_names", "")).split(";") if n.strip()]
    return Passage(
        id=result.id,
        source=result.source,
        path=result.path,
        title=result.title or result.source,
        section=result.section,
        text=result.text,
        units=[u.text for u in stored] if stored else passage_units(result.text),
        rank=rank,
        similarity=float(result.similarity or 0.0),
        lexical=float(result.lexical) if result.lexical is not None else None,
        organisation=result.organisation or _meta(meta, "organisation"),
        audience=result.audience or _meta(meta, "audience"),
        effective_date=result.effective_date or _meta(meta, "effective_date"),
        scope_names=scope,
        headings=tuple(result.headings),
        stored_vectors=[u.vector for u in stored] if stored else None,
    )


def _meta(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return str(value) if value not in (None, "") else None


def retrieve(query: str, settings: Settings, k: int = POOL, question_names: Sequence[str] = ()) -> list[Passage]:
    """The ``k`` best passages for a query (hybrid search), best first, with their stored units.

    A name of the question that :data:`OWNER_DOCUMENTS` documents of the pool mention names whose
    documents these are (an organisation, "at Osio Labs"), not what is asked: it would rank every
    passage that mentions the organisation above the one that answers. The pool is then searched
    again for the question without it, and those passages come first; whether the cited document
    belongs to that organisation is the sufficiency check's to decide (:func:`assistant.qa.check.missing_names`).
    """
    passages = _passages(query, settings, k)
    owners = owner_names(question_names, passages)
    topic = without_names(query, owners)
    if not owners or not topic:
        return passages
    merged = {p.id: p for p in _passages(topic, settings, k)}
    for passage in passages:  # kept after them: their documents still show whose pages these are
        merged.setdefault(passage.id, passage)
    return [replace(passage, rank=rank) for rank, passage in enumerate(merged.values())]


def owner_names(question_names: Sequence[str], passages: Sequence[Passage]) -> list[str]:
    """The question's names that at least :data:`OWNER_DOCUMENTS` documents of ``passages`` mention."""
    owners = []
    for name in question_names:
        documents = {p.source for p in passages if mentions_name(name, f"{p.text}\n{p.scope_text}")}
        if len(documents) >= OWNER_DOCUMENTS:
            owners.append(name)
    return owners


def _passages(query: str, settings: Settings, k: int) -> list[Passage]:
    from assistant.knowledge.search import search
    from assistant.knowledge.store import open_store

    # The pool in fused order, without search's page-level lead: the answer scorer reads each passage's fused rank as
    # a feature it was calibrated on, and which sentences are quoted is the scorer's to decide, not the page ranking's.
    results = search(with_event_terms(with_kin_terms(query)), settings, k=k, lead_pages=0)
    stored = open_store(settings).units_for([r.id for r in results]) if results else {}
    return [to_passage(result, rank, stored.get(result.id, ())) for rank, result in enumerate(results)]


class _UnitCache:
    """Vectors of units read under their heading, by text; least recently used dropped first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.vectors: OrderedDict[tuple[str, str], Any] = OrderedDict()
        self.lock = threading.Lock()

    def get_many(self, keys: Sequence[tuple[str, str]]) -> list[Any]:
        with self.lock:
            out = []
            for key in keys:
                vector = self.vectors.get(key)
                if vector is not None:
                    self.vectors.move_to_end(key)
                out.append(vector)
            return out

    def put_many(self, items: Sequence[tuple[tuple[str, str], Any]]) -> None:
        with self.lock:
            for key, vector in items:
                self.vectors[key] = vector
            while len(self.vectors) > self.size:
                self.vectors.popitem(last=False)


_CACHE = _UnitCache(UNIT_CACHE_SIZE)


def unit_text(passage: Passage, unit: str) -> str:
    """What is encoded for a unit: the unit read under its nearest heading (as the index does)."""
    from assistant.knowledge.units import unit_embed_text

    return unit_embed_text(unit, passage.headings, passage.title)


def unit_vectors(passages: Sequence[Passage], settings: Settings) -> dict[tuple[str, int], Any]:
    """(passage id, unit position) -> normalised vector of the unit read under its heading: the
    index's stored vector, or one encoded here (once per process) for a chunk stored without."""
    import numpy as np

    from assistant.knowledge import embeddings

    out: dict[tuple[str, int], Any] = {}
    to_encode: list[Passage] = []
    for passage in passages:
        if passage.stored_vectors is not None and len(passage.stored_vectors) == len(passage.units):
            for position, vector in enumerate(passage.stored_vectors):
                out[(passage.id, position)] = vector
        else:
            to_encode.append(passage)
    if not to_encode:
        return out
    embedder = embeddings.get_embedder(settings)
    keys = [(embedder.name, unit_text(p, u)) for p in to_encode for u in p.units]
    vectors = _CACHE.get_many(keys)
    missing = sorted({key for key, vector in zip(keys, vectors, strict=True) if vector is None})
    if missing:
        encoded = embedder.embed_documents([text for _, text in missing])
        fresh = {key: np.asarray(vector, dtype=np.float32) for key, vector in zip(missing, encoded, strict=True)}
        _CACHE.put_many(list(fresh.items()))
        vectors = [fresh.get(key) if vector is None else vector for key, vector in zip(keys, vectors, strict=True)]
    index = 0
    for passage in to_encode:
        for position in range(len(passage.units)):
            out[(passage.id, position)] = vectors[index]
            index += 1
    return out


def query_vector(question: str, settings: Settings) -> Any:
    import numpy as np

    from assistant.knowledge import embeddings

    return np.asarray(embeddings.get_embedder(settings).embed_query(with_kin_terms(question)), dtype=np.float32)


PHRASE_CACHE_SIZE = 4096  # phrase vectors kept per process (asked things and the unit phrases read against them)


class PhraseSimilarity:
    """The cosine similarity of a phrase to each of several phrases by an embedder (called as
    ``similarity(phrase, others)``), each phrase encoded once per process; :meth:`prime` encodes the phrases
    a question will need in one embedder call."""

    def __init__(self, embedder: Any) -> None:
        self.embedder = embedder
        with _PHRASE_LOCK:
            self.cache = _PHRASE_VECTORS.setdefault(embedder.name, OrderedDict())

    def vectors(self, texts: Sequence[str]) -> list[Any]:
        """The normalised vector of each of ``texts``; those not yet cached are encoded in one call."""
        import numpy as np

        with _PHRASE_LOCK:
            known = {t: self.cache[t] for t in texts if t in self.cache}
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            for text, vector in zip(missing, self.embedder.embed_documents(missing), strict=True):
                vector = np.asarray(vector, dtype=np.float32)
                known[text] = vector / max(float(np.linalg.norm(vector)), 1e-12)
            with _PHRASE_LOCK:
                self.cache.update((t, known[t]) for t in missing)
                while len(self.cache) > PHRASE_CACHE_SIZE:
                    self.cache.popitem(last=False)
        return [known[t] for t in texts]

    def prime(self, texts: Sequence[str]) -> None:
        """Encode ``texts`` now (one call for those not cached), so that later calls only read the cache."""
        self.vectors(texts)

    def __call__(self, phrase: str, others: Sequence[str]) -> list[float]:
        if not others:
            return []
        first, *rest = self.vectors([phrase, *others])
        return [float(first @ v) for v in rest]


def phrase_similarity(settings: Settings) -> PhraseSimilarity:
    """A function giving the cosine similarity of a phrase to each of several phrases, by the configured
    embedder (each phrase encoded once per process)."""
    from assistant.knowledge import embeddings

    return PhraseSimilarity(embeddings.get_embedder(settings))


_PHRASE_VECTORS: dict[str, OrderedDict[str, Any]] = {}
_PHRASE_LOCK = threading.Lock()
