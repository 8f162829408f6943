"""The Chroma adapter: chunk vectors (and, on a server, unit vectors) in Chroma collections.

An embedded ``PersistentClient`` in ``settings.index_dir`` by default, a Chroma server
(``chroma run``, or a distributed deployment's front end) when ``settings.chroma_host`` is set.
Embeddings are always computed by us (collections have no embedding function, so Chroma never
downloads its default model) and telemetry is off. Each chunk record carries its text and flat
metadata, so a server holds everything another replica needs to rebuild its lexical index.

The collection's metadata records the embedding model and a ``generation`` that changes on every
write, so other processes (app replicas) can tell that the collection changed.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.knowledge import KnowledgeError
from assistant.knowledge.records import ChunkHit, ChunkRecord, Scope, StoredChunk
from assistant.settings import Settings

PAGE_SIZE = 5000
# HNSW search is approximate, and two builds of the same vectors are not the same graph (Chroma applies a batch
# in an order of its own), so the far end of a long neighbour list changed from one fresh build to the next. A
# query therefore reads OVERFETCH times the neighbours asked for (ids and distances, which are exact for the
# vectors found) and ranks them itself by distance, ties by id: the list returned is the exact top ``n``
# whenever the graph's wider list holds it; only those ``n`` are read with their texts.
# The graph is built by one thread and read with a fixed ``ef_search`` so that it varies as little as it can.
HNSW_CONFIGURATION = {"space": "cosine", "num_threads": 1, "ef_construction": 100, "ef_search": 200}
OVERFETCH = 2
UNITS_SUFFIX = "-units"

_CLIENTS: dict[tuple[str, str], Any] = {}
_CLIENTS_LOCK = threading.Lock()
# (location, collection name) -> collection handle, shared by the store objects of a process.
_COLLECTIONS: dict[tuple[str, str], Any] = {}


def store_kind(settings: Settings) -> str:
    return "server" if settings.chroma_host else "embedded"


def store_location(settings: Settings) -> str:
    if settings.chroma_host:
        return f"http://{settings.chroma_host}:{settings.chroma_port}"
    return str(Path(settings.index_dir).expanduser().resolve())


def _client(settings: Settings) -> Any:
    key = (store_kind(settings), store_location(settings))
    with _CLIENTS_LOCK:
        client = _CLIENTS.get(key)
        if client is not None:
            return client
        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        try:
            if settings.chroma_host:
                client = chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
                )
            else:
                Path(key[1]).mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=key[1], settings=chroma_settings)
        except Exception as exc:  # connection refused, unreadable folder, ...
            where = "Chroma server at " if settings.chroma_host else "index in "
            raise KnowledgeError(f"cannot open the {where}{key[1]}: {first_line(exc)}") from None
        _CLIENTS[key] = client
        return client


def scope_where(scope: Scope | None) -> dict[str, Any] | None:
    """A Chroma ``where`` filter for a scope (None when it restricts nothing)."""
    clauses = [{key: {"$in": list(values)}} for key, values in (scope.conditions() if scope else [])]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _flat(metadata: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in metadata.items() if v is not None}


class ChromaVectors:
    """One Chroma collection of chunks (vectors, texts, metadata) and, on a server, one of units."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.kind = store_kind(settings)
        self.location = store_location(settings)
        self.name = settings.collection
        self._client: Any = None

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = _client(self.settings)
        return self._client

    def has_data_on_disk(self) -> bool:
        """True when an embedded Chroma folder exists (without opening it)."""
        return self.kind == "server" or (Path(self.location) / "chroma.sqlite3").exists()

    # --- collections ---------------------------------------------------------------------------

    def _get(self, name: str, create: bool) -> Any:
        collection = _COLLECTIONS.get((self.location, name))
        if collection is not None:
            return collection
        try:
            if create:
                collection = self.client.get_or_create_collection(
                    name, configuration={"hnsw": dict(HNSW_CONFIGURATION)}, embedding_function=None
                )
            else:
                collection = self.client.get_collection(name, embedding_function=None)
        except KnowledgeError:
            raise
        except Exception as exc:
            if not create and is_not_found(exc):
                return None
            raise KnowledgeError(f"the index at {self.location} failed: {first_line(exc)}") from None
        _COLLECTIONS[(self.location, name)] = collection
        return collection

    def collection(self, create: bool = False) -> Any:
        """The chunk collection, or None when it does not exist and ``create`` is False."""
        return self._get(self.name, create)

    def _retrying(self, operation: Any) -> Any:
        """Run ``operation`` once more with fresh handles when a cached collection was deleted
        (another process reset the index)."""
        try:
            return operation()
        except Exception as exc:
            if not is_not_found(exc):
                raise
            for name in (self.name, self.name + UNITS_SUFFIX):
                _COLLECTIONS.pop((self.location, name), None)
            return operation()

    def units_collection(self, create: bool = False) -> Any:
        return self._get(self.name + UNITS_SUFFIX, create)

    def metadata(self) -> dict[str, Any]:
        """Fresh collection metadata (another process may have written since we opened it)."""
        try:
            return dict(self.client.get_collection(self.name, embedding_function=None).metadata or {})
        except KnowledgeError:
            raise
        except Exception as exc:
            if is_not_found(exc):
                return {}
            raise KnowledgeError(f"the index at {self.location} failed: {first_line(exc)}") from None

    def count(self) -> int:
        def run() -> int:
            collection = self.collection()
            return 0 if collection is None else collection.count()

        return self._retrying(run)

    def touch(self, **extra: str) -> str:
        """Record a write: a new generation (and any extra collection metadata); returns it."""
        collection = self.collection(create=True)
        metadata = {k: v for k, v in self.metadata().items() if not k.startswith("hnsw:")}
        metadata.update(extra)
        metadata["generation"] = uuid.uuid4().hex
        collection.modify(metadata=metadata)
        return metadata["generation"]

    def reset(self) -> None:
        """Delete the collections."""
        for name in (self.name, self.name + UNITS_SUFFIX):
            try:
                self.client.delete_collection(name)
            except Exception as exc:
                if not is_not_found(exc):
                    raise KnowledgeError(f"cannot reset the index at {self.location}: {first_line(exc)}") from None
            _COLLECTIONS.pop((self.location, name), None)

    # --- writes ----------------------------------------------------------------------------------

    def _batch(self) -> int:
        return max(1, min(self.client.get_max_batch_size(), PAGE_SIZE))

    def upsert_chunks(self, records: Sequence[ChunkRecord]) -> None:
        collection = self.collection(create=True)
        step = self._batch()
        for start in range(0, len(records), step):
            part = records[start : start + step]
            collection.upsert(
                ids=[r.id for r in part],
                embeddings=[r.vector for r in part],
                documents=[r.text for r in part],
                metadatas=[_flat(dict(r.metadata)) for r in part],
            )

    def upsert_units(self, records: Sequence[ChunkRecord]) -> None:
        """Unit vectors (server mode: replicas read them instead of re-embedding)."""
        rows = [
            (f"{r.id}:{ordinal:04d}", unit, r)
            for r in records
            for ordinal, unit in enumerate(r.units)
        ]
        if not rows:
            return
        collection = self.units_collection(create=True)
        step = self._batch()
        for start in range(0, len(rows), step):
            part = rows[start : start + step]
            collection.upsert(
                ids=[row_id for row_id, _, _ in part],
                embeddings=[unit.vector for _, unit, _ in part],
                documents=[unit.text for _, unit, _ in part],
                metadatas=[
                    {"chunk_id": r.id, "ordinal": int(row_id.rsplit(":", 1)[1]), "path": r.path,
                     "content_hash": r.content_hash}
                    for row_id, _, r in part
                ],
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Delete chunks (and their units) by id."""
        if not ids:
            return
        collection = self.collection()
        units = self.units_collection() if self.kind == "server" else None
        for start in range(0, len(ids), PAGE_SIZE):
            part = list(ids[start : start + PAGE_SIZE])
            if collection is not None:
                collection.delete(ids=part)
            if units is not None:
                units.delete(where={"chunk_id": {"$in": part}})

    # --- reads -----------------------------------------------------------------------------------

    def query(self, vector: Any, n: int, scope: Scope | None = None) -> list[ChunkHit]:
        """The ``n`` nearest chunks (cosine), ranked by their distance (ties by id) among the index's
        ``OVERFETCH * n`` approximate nearest; ``score`` is the similarity, clipped to 0..1."""

        def run() -> Any:
            collection = self.collection()
            if collection is None or n < 1:
                return None
            found = collection.query(query_embeddings=[vector], n_results=OVERFETCH * n, where=scope_where(scope),
                                     include=["distances"])
            ranked = sorted(zip(found["distances"][0], found["ids"][0], strict=True),
                            key=lambda pair: (round(float(pair[0]), 6), pair[1]))[:n]
            if not ranked:
                return ranked, {}
            rows = collection.get(ids=[chunk_id for _, chunk_id in ranked], include=["documents", "metadatas"])
            return ranked, {chunk_id: (document, metadata) for chunk_id, document, metadata in
                            zip(rows["ids"], rows["documents"], rows["metadatas"], strict=True)}

        result = self._retrying(run)
        if result is None:
            return []
        ranked, rows = result
        hits = []
        for rank, (distance, chunk_id) in enumerate(ranked, start=1):
            document, metadata = rows.get(chunk_id, ("", {}))
            chunk = StoredChunk.from_metadata(chunk_id, document or "", metadata or {})
            hits.append(ChunkHit(chunk, round(min(1.0, max(0.0, 1.0 - float(distance))), 6), rank))
        return hits

    def iter_chunks(self, where: dict[str, Any] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) of every chunk (matching ``where``), page by page."""
        collection = self.collection()
        if collection is None:
            return
        offset = 0
        while True:
            batch = collection.get(where=where, include=["metadatas", "documents"], limit=PAGE_SIZE, offset=offset)
            ids = batch["ids"]
            if not ids:
                return
            yield from zip(ids, batch["documents"], [m or {} for m in batch["metadatas"]], strict=True)
            if len(ids) < PAGE_SIZE:
                return
            offset += len(ids)

    def ids(self) -> set[str]:
        collection = self.collection()
        if collection is None:
            return set()
        out: set[str] = set()
        offset = 0
        while True:
            batch = collection.get(include=[], limit=PAGE_SIZE, offset=offset)
            out.update(batch["ids"])
            if len(batch["ids"]) < PAGE_SIZE:
                return out
            offset += PAGE_SIZE

    def units_of_version(self, path: str, content_hash: str) -> dict[str, list[tuple[int, str, Any]]]:
        """chunk id -> [(ordinal, text, vector)] for one file version (server mode)."""
        collection = self.units_collection()
        if collection is None:
            return {}
        batch = collection.get(
            where={"$and": [{"path": path}, {"content_hash": content_hash}]},
            include=["embeddings", "documents", "metadatas"],
        )
        out: dict[str, list[tuple[int, str, Any]]] = {}
        for text, metadata, vector in zip(batch["documents"], batch["metadatas"], batch["embeddings"], strict=True):
            out.setdefault(str(metadata["chunk_id"]), []).append((int(metadata["ordinal"]), text, vector))
        for units in out.values():
            units.sort(key=lambda u: u[0])
        return out


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_not_found(exc: BaseException) -> bool:
    return type(exc).__name__ in {"NotFoundError", "InvalidCollectionException"} or "does not exist" in str(exc)
