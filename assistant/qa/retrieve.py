"""Retrieve: a wide candidate pool from hybrid search, as passages with their units and scope,
and the vectors of those units read under their headings.

Unit vectors come from :func:`unit_vectors`: the index's stored unit vectors when it offers them
(``units_for``), otherwise computed here in one batch and kept in a per-process cache, so each
unit is encoded once per process and a warm question costs one query encode.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from assistant.qa.models import Passage
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.knowledge.search import SearchResult

POOL = 25  # passages retrieved for sentence-level reranking
UNIT_CACHE_SIZE = 50_000

Notify = Callable[[str], None]


def passage_units(text: str, metadata: dict[str, Any]) -> list[str]:
    """The units stored with a chunk at ingest, or the chunk's text split the same way."""
    stored = metadata.get("units")
    if isinstance(stored, str) and stored:
        try:
            units = json.loads(stored)
            if isinstance(units, list):
                return [str(u) for u in units]
        except json.JSONDecodeError:
            pass
    from assistant.knowledge.chunking import answer_units
    from assistant.knowledge.markup import clean_markdown_text

    return answer_units(clean_markdown_text(text))


def to_passage(result: SearchResult, rank: int) -> Passage:
    meta = result.metadata or {}
    scope = [n.strip() for n in str(meta.get("scope_names", "")).split(";") if n.strip()]
    return Passage(
        id=result.id,
        source=result.source,
        path=result.path,
        title=result.title or result.source,
        section=result.section,
        text=result.text,
        units=passage_units(result.text, meta),
        rank=rank,
        similarity=float(result.similarity or 0.0),
        lexical=float(result.lexical) if result.lexical is not None else None,
        organisation=_meta(meta, "organisation"),
        audience=_meta(meta, "audience"),
        effective_date=_meta(meta, "effective_date"),
        scope_names=scope,
    )


def _meta(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return str(value) if value not in (None, "") else None


def retrieve(query: str, settings: Settings, k: int = POOL) -> list[Passage]:
    """The ``k`` best passages for a query (hybrid search), best first."""
    from assistant.knowledge.search import search

    return [to_passage(result, rank) for rank, result in enumerate(search(query, settings, k=k))]


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


def unit_text(context: str, unit: str) -> str:
    """What is encoded for a unit: the unit read under its heading."""
    return f"{context}: {unit}"


def unit_vectors(passages: Sequence[Passage], settings: Settings) -> dict[tuple[str, int], Any]:
    """(passage id, unit position) -> normalised vector of the unit read under its heading."""
    import numpy as np

    from assistant.knowledge import embeddings

    embedder = embeddings.get_embedder(settings)
    keys = [(embedder.name, unit_text(p.context, u)) for p in passages for u in p.units]
    vectors = _CACHE.get_many(keys)
    missing = sorted({key for key, vector in zip(keys, vectors, strict=True) if vector is None})
    if missing:
        encoded = embedder.embed_documents([text for _, text in missing])
        fresh = {key: np.asarray(vector, dtype=np.float32) for key, vector in zip(missing, encoded, strict=True)}
        _CACHE.put_many(list(fresh.items()))
        vectors = [fresh.get(key) if vector is None else vector for key, vector in zip(keys, vectors, strict=True)]
    out: dict[tuple[str, int], Any] = {}
    index = 0
    for passage in passages:
        for position in range(len(passage.units)):
            out[(passage.id, position)] = vectors[index]
            index += 1
    return out


def query_vector(question: str, settings: Settings) -> Any:
    import numpy as np

    from assistant.knowledge import embeddings

    return np.asarray(embeddings.get_embedder(settings).embed_query(question), dtype=np.float32)
