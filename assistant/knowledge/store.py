"""The vector store behind one tiny interface: an embedded Chroma ``PersistentClient`` in
``settings.index_dir`` by default, a Chroma server (``chroma run``) when
``settings.chroma_host`` is set.

Embeddings are always computed by us (the collection has no embedding function, so Chroma never
tries to download its default ONNX model) and telemetry is off. The collection's metadata
records the embedding model and a ``generation`` that changes on every write, so caches
(BM25) can tell when the collection changed, even when another process changed it.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.knowledge import KnowledgeError

if TYPE_CHECKING:
    from assistant.settings import Settings

PAGE_SIZE = 5000


class ModelMismatchError(KnowledgeError):
    """The index was built with another embedding model."""


@dataclass
class FileRecord:
    """What the index holds for one source file (built from its chunks' metadata)."""

    path: str
    source: str
    title: str
    ingested_at: str
    # content hash -> chunk ids stored for that version of the file
    versions: dict[str, list[str]] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)  # content hash -> chunk_count
    chunker: dict[str, str] = field(default_factory=dict)  # content hash -> chunker version
    guidance: str | None = None

    @property
    def chunk_ids(self) -> list[str]:
        return [i for ids in self.versions.values() for i in ids]

    def is_complete(self, content_hash: str, chunker: str) -> bool:
        """True when every chunk of this exact content (and chunker) is stored."""
        ids = self.versions.get(content_hash)
        return (
            ids is not None
            and len(ids) == self.expected.get(content_hash)
            and self.chunker.get(content_hash) == chunker
        )

    def stale_ids(self, content_hash: str) -> list[str]:
        return [i for h, ids in self.versions.items() if h != content_hash for i in ids]


_CLIENTS: dict[tuple[str, str], Any] = {}
_CLIENTS_LOCK = threading.Lock()


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
            raise KnowledgeError(f"cannot open the {where}{key[1]}: {str(exc).splitlines()[0]}") from None
        _CLIENTS[key] = client
        return client


class Store:
    """One Chroma collection holding chunks, their embeddings and metadata."""

    def __init__(self, settings: Settings) -> None:
        self.kind = store_kind(settings)
        self.location = store_location(settings)
        self.name = settings.collection
        self.client = _client(settings)
        self._collection: Any = None

    # --- collection ------------------------------------------------------------------------

    def collection(self, create: bool = False) -> Any:
        """The Chroma collection, or None when it does not exist and ``create`` is False."""
        if self._collection is None:
            try:
                if create:
                    self._collection = self.client.get_or_create_collection(
                        self.name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
                    )
                else:
                    self._collection = self.client.get_collection(self.name, embedding_function=None)
            except Exception as exc:
                if not create and _is_not_found(exc):
                    return None
                raise KnowledgeError(f"the index at {self.location} failed: {_first_line(exc)}") from None
        return self._collection

    def metadata(self) -> dict[str, Any]:
        """Fresh collection metadata (another process may have written since we opened it)."""
        try:
            return dict(self.client.get_collection(self.name, embedding_function=None).metadata or {})
        except Exception as exc:
            if _is_not_found(exc):
                return {}
            raise KnowledgeError(f"the index at {self.location} failed: {_first_line(exc)}") from None

    def count(self) -> int:
        collection = self.collection()
        return 0 if collection is None else collection.count()

    def embedding_model(self) -> str | None:
        return self.metadata().get("embedding_model")

    def check_model(self, name: str, claim: bool = False) -> None:
        """Refuse to mix embedding models; ``claim`` records ``name`` on an empty collection."""
        recorded = self.embedding_model()
        if recorded == name:
            return
        if recorded is not None and self.count() > 0:
            raise ModelMismatchError(
                f"the index at {self.location} was built with '{recorded}' but the configured embedding "
                f"model is '{name}'; run 'coach ingest --reset PATH...' to rebuild it, or switch "
                "COACH_EMBEDDINGS back"
            )
        if claim:
            self.touch(embedding_model=name)

    def touch(self, **extra: str) -> None:
        """Record a write: a new generation (and any extra collection metadata)."""
        collection = self.collection(create=True)
        metadata = {k: v for k, v in self.metadata().items() if not k.startswith("hnsw:")}
        metadata.update(extra)
        metadata["generation"] = uuid.uuid4().hex
        collection.modify(metadata=metadata)

    def reset(self) -> None:
        """Delete the whole collection."""
        try:
            self.client.delete_collection(self.name)
        except Exception as exc:
            if not _is_not_found(exc):
                raise KnowledgeError(
                    f"cannot reset the index at {self.location}: {_first_line(exc)}"
                ) from None
        self._collection = None

    # --- records ---------------------------------------------------------------------------

    def iter_all(self, include: Sequence[str] = ("metadatas",)) -> Iterator[tuple[str, dict, str | None]]:
        """Every chunk as (id, metadata, document), page by page."""
        collection = self.collection()
        if collection is None:
            return
        offset = 0
        while True:
            batch = collection.get(include=list(include), limit=PAGE_SIZE, offset=offset)
            ids = batch["ids"]
            if not ids:
                return
            metadatas = batch.get("metadatas") or [{}] * len(ids)
            documents = batch.get("documents") or [None] * len(ids)
            yield from zip(ids, metadatas, documents, strict=True)
            if len(ids) < PAGE_SIZE:
                return
            offset += len(ids)

    def file_records(self) -> dict[str, FileRecord]:
        """Per source path: the stored versions of the file and their chunk ids."""
        records: dict[str, FileRecord] = {}
        for chunk_id, meta, _ in self.iter_all():
            path = str(meta.get("path", ""))
            record = records.get(path)
            if record is None:
                record = records[path] = FileRecord(
                    path=path,
                    source=str(meta.get("source", Path(path).name)),
                    title=str(meta.get("title", "")),
                    ingested_at=str(meta.get("ingested_at", "")),
                    guidance=meta.get("guidance"),
                )
            content_hash = str(meta.get("content_hash", ""))
            record.versions.setdefault(content_hash, []).append(chunk_id)
            record.expected[content_hash] = int(meta.get("chunk_count", -1))
            record.chunker[content_hash] = str(meta.get("chunker", ""))
            if str(meta.get("ingested_at", "")) > record.ingested_at:
                record.ingested_at = str(meta.get("ingested_at"))
        return records

    def upsert(
        self, ids: list[str], embeddings: Any, documents: list[str], metadatas: list[dict[str, Any]]
    ) -> None:
        collection = self.collection(create=True)
        step = max(1, min(self.client.get_max_batch_size(), PAGE_SIZE))
        for start in range(0, len(ids), step):
            end = start + step
            collection.upsert(
                ids=ids[start:end],
                embeddings=embeddings[start:end],
                documents=documents[start:end],
                metadatas=metadatas[start:end],
            )

    def delete(self, ids: list[str]) -> None:
        collection = self.collection()
        if collection is None or not ids:
            return
        for start in range(0, len(ids), PAGE_SIZE):
            collection.delete(ids=ids[start : start + PAGE_SIZE])

    def query(self, embedding: list[float], n: int) -> dict[str, Any]:
        collection = self.collection()
        return collection.query(
            query_embeddings=[embedding], n_results=n, include=["documents", "metadatas", "distances"]
        )

    def get_where(self, where: dict[str, Any]) -> list[tuple[str, dict, str]]:
        collection = self.collection()
        if collection is None:
            return []
        batch = collection.get(where=where, include=["metadatas", "documents"])
        return list(zip(batch["ids"], batch["metadatas"], batch["documents"], strict=True))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _is_not_found(exc: BaseException) -> bool:
    return type(exc).__name__ in {"NotFoundError", "InvalidCollectionException"} or "does not exist" in str(
        exc
    )


def open_store(settings: Settings) -> Store:
    return Store(settings)


def dumps_headings(headings: Sequence[str]) -> str:
    return json.dumps(list(headings), ensure_ascii=False)


def loads_headings(value: object) -> tuple[str, ...]:
    if not isinstance(value, str) or not value:
        return ()
    try:
        loaded = json.loads(value)
    except json.JSONDecodeError:
        return ()
    return tuple(str(h) for h in loaded) if isinstance(loaded, list) else ()
