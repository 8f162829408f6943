"""The store seam: a small protocol in the project's types, and the index that implements it.

:class:`KnowledgeStore` is what ingest, search and the Q&A use. :class:`IndexStore` implements it
with two parts: vectors in Chroma (:mod:`chroma_store`: embedded, or a server) and the lexical
index in SQLite FTS5 (:mod:`lexical`), which also keeps each file's current version, chunk texts,
scope metadata and the answer units with their vectors.

Writes (one bounded batch at a time, see :mod:`index`):

1. ``add``: the batch's vectors go to Chroma, then its chunks, FTS rows and units are committed
   to SQLite in one transaction. Chunks of a version that is not yet current are invisible.
2. ``commit_document``: one SQLite transaction makes the new version current and removes the old
   version's rows, recording their ids as pending deletes; then they leave Chroma.

A ``kill -9`` at any point leaves a consistent index: readers see exactly the committed versions
(dense hits are checked against SQLite), the next ingest resumes a cut-short file from its stored
batches (chunk ids are deterministic, so re-writing one never duplicates it), finishes pending
deletes, and removes vectors SQLite never committed.

Server mode: Chroma holds chunks (vectors, texts, metadata) and unit vectors, shared by every
replica; each replica keeps its SQLite file as a mirror, brought up to date from the server when
the collection's ``generation`` changed (only changed files are fetched).

An index built before the lexical index existed (Chroma only) is rebuilt once, with a notice.
"""

from __future__ import annotations

import contextlib
import fcntl
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.knowledge import KnowledgeError, embeddings
from assistant.knowledge.chroma_store import ChromaVectors, store_kind, store_location
from assistant.knowledge.lexical import TERMS_VERSION, LexicalIndex
from assistant.knowledge.records import (
    ChunkHit,
    ChunkRecord,
    DocumentRecord,
    Scope,
    StoredChunk,
    Unit,
    UnitRecord,
)
from assistant.knowledge.units import chunk_units, unit_embed_text
from assistant.settings import Settings

if TYPE_CHECKING:
    import numpy as np

Notify = Callable[[str], None]

class ModelMismatchError(KnowledgeError):
    """The index was built with another embedding model."""


class KnowledgeStore(Protocol):
    """What the rest of the product needs from an index, in the project's types."""

    kind: str  # "embedded" or "server"
    location: str
    name: str

    def embedding_model(self) -> str | None: ...

    def check_model(self, name: str, claim: bool = False) -> None: ...

    def documents(self) -> list[DocumentRecord]: ...

    def count(self) -> int: ...

    def is_empty(self) -> bool: ...

    def stored_ids(self, path: str, content_hash: str) -> set[str]: ...

    def add(self, records: Sequence[ChunkRecord]) -> None: ...

    def commit_document(self, document: DocumentRecord) -> int: ...

    def delete_document(self, path: str) -> int: ...

    def open_vectors(self) -> None: ...  # open the dense side now (a warm-up; may do nothing)

    def dense_query(self, vector: np.ndarray, k: int, scope: Scope | None = None) -> list[ChunkHit]: ...

    def lexical_query(self, text: str, k: int, scope: Scope | None = None) -> list[ChunkHit]: ...

    def documents_naming(self, name: str) -> set[str]: ...  # paths of the documents of or mentioning a name

    def vocabulary_share(self, text: str) -> float: ...  # share of a text's term idf the lexical index holds

    def chunks(self, ids: Sequence[str]) -> dict[str, StoredChunk]: ...

    def document_chunks(self, path: str) -> list[StoredChunk]: ...

    def units_for(self, chunk_ids: Sequence[str]) -> dict[str, list[Unit]]: ...

    def reset(self) -> None: ...


def lexical_source(title: str | None, section: str | None, text: str) -> str:
    """What the lexical index reads for a chunk: title, section and text."""
    return " ".join(p for p in (title, section, text) if p)


def lexical_path(settings: Settings) -> Path:
    """The SQLite file: beside the embedded index, or a per-server mirror under ``index_dir``."""
    folder = Path(settings.index_dir).expanduser().resolve()
    if settings.chroma_host:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{settings.chroma_host}-{settings.chroma_port}-{settings.collection}")
        return folder / "server-mirrors" / f"{slug}.sqlite3"
    return folder / f"lexical-{settings.collection}.sqlite3"


_LEXICAL: dict[Path, LexicalIndex] = {}
_LEXICAL_LOCK = threading.Lock()
_WRITE_LOCK = threading.Lock()
_WRITERS = threading.local()  # index files this thread holds the write lock of


def _lexical(path: Path) -> LexicalIndex:
    with _LEXICAL_LOCK:
        index = _LEXICAL.get(path)
        if index is None:
            index = _LEXICAL[path] = LexicalIndex(path)
        return index


def forget_open_indexes() -> None:
    """Close cached SQLite connections of this thread (tests that delete index folders)."""
    with _LEXICAL_LOCK:
        for index in _LEXICAL.values():
            index.close()
        _LEXICAL.clear()


def _stderr_notice(message: str) -> None:
    import sys

    print(f"notice: {message}", file=sys.stderr)


class IndexStore:
    """Chroma vectors + the SQLite lexical index, kept consistent (see the module docstring)."""

    def __init__(self, settings: Settings, notify: Notify | None = None) -> None:
        self.settings = settings
        self.kind = store_kind(settings)
        self.location = store_location(settings)
        self.name = settings.collection
        self.vectors = ChromaVectors(settings)
        self.lexical = _lexical(lexical_path(settings))
        self.notify = notify or _stderr_notice
        self._checked = False

    # --- readiness -------------------------------------------------------------------------------

    def _ready(self) -> None:
        """Bring the lexical index in step with the vectors when it is missing, older or behind
        (checked once per store object: one search or one ingest)."""
        if self._checked:
            return
        self._prepare()
        self._checked = self.lexical.exists() and self.lexical.get_meta("state") == "ready"

    def _prepare(self) -> None:
        if self.kind == "server":
            self._sync_mirror()
            return
        state = self.lexical.get_meta("state") if self.lexical.exists() else None
        if state == "ready":
            if self.lexical.get_meta("terms") != TERMS_VERSION:
                count = self.lexical.reindex_terms()
                self.notify(f"the lexical index at {self.lexical.path} was re-tokenised ({count} chunks)")
            return
        if not self.vectors.has_data_on_disk():
            return  # no index at all yet
        with self.writing():
            if self.lexical.get_meta("state") == "ready":
                return
            count = self.vectors.count()
            if count:
                self.notify(
                    f"the index at {self.location} has no lexical index (built by an older version): "
                    f"rebuilding it from its {count} chunks, once"
                )
                self._rebuild_from_vectors()
            with self.lexical.write() as conn:
                self.lexical.set_meta(conn, state="ready")

    def _sync_mirror(self) -> None:
        """Server mode: fetch what changed on the server since this replica's last look."""
        metadata = self.vectors.metadata()
        generation = str(metadata.get("generation", ""))
        if self.lexical.get_meta("generation") == generation and self.lexical.get_meta("state") == "ready":
            return
        with self.writing():
            if self.lexical.get_meta("generation") == generation and self.lexical.get_meta("state") == "ready":
                return
            self._rebuild_from_vectors()
            with self.lexical.write() as conn:
                self.lexical.set_meta(conn, state="ready", generation=generation)
                if metadata.get("embedding_model"):
                    self.lexical.set_meta(conn, embedding_model=str(metadata["embedding_model"]))

    def _rebuild_from_vectors(self) -> None:
        """Make the SQLite side match the chunks stored in Chroma, file by file (only files whose
        current version differs are written). Units come from the server, else are embedded."""
        versions: dict[tuple[str, str], list[tuple[str, str, dict[str, Any]]]] = {}
        for chunk_id, text, metadata in self.vectors.iter_chunks():
            key = (str(metadata.get("path", "")), str(metadata.get("content_hash", "")))
            versions.setdefault(key, []).append((chunk_id, text, metadata))
        current: dict[str, tuple[str, list[tuple[str, str, dict[str, Any]]]]] = {}
        for (path, content_hash), chunks in versions.items():
            expected = int(chunks[0][2].get("chunk_count", -1))
            if len(chunks) != expected:
                continue  # cut short by a crash: never current
            stamp = max(str(c[2].get("ingested_at", "")) for c in chunks)
            best = current.get(path)
            if best is None or stamp > max(str(c[2].get("ingested_at", "")) for c in best[1]):
                current[path] = (content_hash, chunks)
        known = {d.path: d for d in self.lexical.documents()}
        with self.lexical.write() as conn:
            for path in set(known) - set(current):  # gone from the vectors: nothing left to delete there
                self.lexical.delete_document(conn, path)
        for path, (content_hash, chunks) in sorted(current.items()):
            if path in known and known[path].content_hash == content_hash and len(
                self.lexical.stored_ids(path, content_hash)
            ) == len(chunks):
                continue
            chunks.sort(key=lambda c: int(c[2].get("chunk_index", 0)))
            records = self._records_from_vectors(path, content_hash, chunks)
            meta = chunks[0][2]
            with self.lexical.write() as conn:
                self.lexical.delete_chunks_where(conn, path)
                self.lexical.add_chunks(conn, records)
                self.lexical.put_document(conn, document_from_metadata(meta, len(chunks)))

    def _records_from_vectors(
        self, path: str, content_hash: str, chunks: list[tuple[str, str, dict[str, Any]]]
    ) -> list[ChunkRecord]:
        stored = self.vectors.units_of_version(path, content_hash) if self.kind == "server" else {}
        units: dict[str, list[UnitRecord]] = {}
        to_embed: list[tuple[str, str, str]] = []  # (chunk id, unit, embed text)
        for chunk_id, text, meta in chunks:
            if chunk_id in stored:
                units[chunk_id] = [UnitRecord(t, t, vector) for _, t, vector in stored[chunk_id]]
                continue
            headings = StoredChunk.from_metadata(chunk_id, text, meta).headings
            for unit in chunk_units(text):
                to_embed.append((chunk_id, unit, unit_embed_text(unit, headings, str(meta.get("title", "")))))
        if to_embed:
            vectors = embeddings.get_embedder(self.settings).embed_documents([e for _, _, e in to_embed])
            for (chunk_id, unit, embed_text), vector in zip(to_embed, vectors, strict=True):
                units.setdefault(chunk_id, []).append(UnitRecord(unit, embed_text, vector))
        return [
            ChunkRecord(
                id=chunk_id,
                path=path,
                content_hash=content_hash,
                chunk_index=int(meta.get("chunk_index", 0)),
                text=text,
                embed_text=lexical_source(meta.get("title"), meta.get("section"), text),
                vector=(),
                metadata=meta,
                units=units.get(chunk_id, []),
            )
            for chunk_id, text, meta in chunks
        ]

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """One writer at a time on this index, across threads and processes (re-entrant)."""
        held = getattr(_WRITERS, "held", None)
        if held is None:
            held = _WRITERS.held = set()
        key = str(self.lexical.path)
        if key in held:
            yield
            return
        path = self.lexical.path.with_name(self.lexical.path.name + ".write-lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        with _WRITE_LOCK, path.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            held.add(key)
            try:
                yield
            finally:
                held.discard(key)
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- model -----------------------------------------------------------------------------------

    def embedding_model(self) -> str | None:
        if self.kind == "embedded" and self.lexical.exists() and self.lexical.get_meta("state") == "ready":
            recorded = self.lexical.get_meta("embedding_model")
            if recorded:
                return recorded
        if not self.vectors.has_data_on_disk():
            return None
        return self.vectors.metadata().get("embedding_model")

    def check_model(self, name: str, claim: bool = False) -> None:
        """Refuse to mix embedding models; ``claim`` records ``name`` on an empty index."""
        recorded = self.embedding_model()
        if recorded != name and recorded is not None and self._raw_count() > 0:
            raise ModelMismatchError(
                f"the index at {self.location} was built with '{recorded}' but the configured embedding "
                f"model is '{name}'; run 'coach ingest --reset PATH...' to rebuild it, or switch "
                "COACH_EMBEDDINGS back"
            )
        if claim and recorded != name:
            self.vectors.touch(embedding_model=name)
            with self.lexical.write() as conn:
                self.lexical.set_meta(conn, embedding_model=name)

    def _raw_count(self) -> int:
        if self.kind == "embedded" and self.lexical.exists() and self.lexical.get_meta("state") == "ready":
            return self.lexical.connection().execute("SELECT count(*) FROM chunks").fetchone()[0]
        return self.vectors.count() if self.vectors.has_data_on_disk() else 0

    # --- reads -----------------------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        self._ready()
        return self.lexical.documents() if self.lexical.exists() else []

    def count(self) -> int:
        """Chunks of the current versions of all files."""
        self._ready()
        return self.lexical.visible_count() if self.lexical.exists() else 0

    def is_empty(self) -> bool:
        """True when no document has chunks (cheap at any size)."""
        self._ready()
        return not self.lexical.exists() or not self.lexical.has_chunks()

    def stored_ids(self, path: str, content_hash: str) -> set[str]:
        return self.lexical.stored_ids(path, content_hash)

    def id_paths(self, ids: Sequence[str]) -> dict[str, str]:
        return self.lexical.id_paths(ids)

    def dense_query(self, vector: np.ndarray, k: int, scope: Scope | None = None) -> list[ChunkHit]:
        """The ``k`` nearest visible chunks (Chroma may hold vectors not yet, or no longer, current)."""
        self._ready()
        n = k
        while True:
            hits = self.vectors.query(vector, n, scope)
            visible = self.lexical.visible([h.chunk.id for h in hits])
            kept = [h for h in hits if h.chunk.id in visible]
            if len(kept) >= k or len(hits) < n:
                break
            n *= 4
        return [ChunkHit(h.chunk, h.score, rank) for rank, h in enumerate(kept[:k], 1)]

    def open_vectors(self) -> None:
        """Open the vector store now (imports Chroma, connects), e.g. while a query is embedded."""
        self.vectors.collection()

    def lexical_query(self, text: str, k: int, scope: Scope | None = None) -> list[ChunkHit]:
        self._ready()
        return self.lexical.query(text, k, scope) if self.lexical.exists() else []

    def documents_naming(self, name: str) -> set[str]:
        self._ready()
        return self.lexical.documents_naming(name) if self.lexical.exists() else set()

    def vocabulary_share(self, text: str) -> float:
        self._ready()
        return self.lexical.vocabulary_share(text) if self.lexical.exists() else 1.0

    def chunks(self, ids: Sequence[str]) -> dict[str, StoredChunk]:
        self._ready()
        return self.lexical.chunks(list(ids))

    def document_chunks(self, path: str) -> list[StoredChunk]:
        self._ready()
        return self.lexical.document_chunks(path)

    def units_for(self, chunk_ids: Sequence[str]) -> dict[str, list[Unit]]:
        """chunk id -> its answer units (text, normalised float32 vector, ordinal), in order."""
        self._ready()
        return self.lexical.units_for(list(chunk_ids))

    # --- writes ----------------------------------------------------------------------------------

    def begin_write(self) -> None:
        """Finish what an interrupted writer left (pending deletes) before writing."""
        self._ready()
        if not self.lexical.exists() or self.lexical.get_meta("state") != "ready":
            with self.lexical.write() as conn:
                self.lexical.set_meta(conn, state="ready")
        self._flush_pending()

    def add(self, records: Sequence[ChunkRecord]) -> None:
        """Store a batch: vectors first, then chunks, FTS rows and units in one SQLite commit."""
        if not records:
            return
        if self.lexical.get_meta("unconfirmed_vectors") != "1":
            # Vectors may now exist that SQLite never commits (a crash before the commit below):
            # remembered until ``finish_write`` has checked for them.
            with self.lexical.write() as conn:
                self.lexical.set_meta(conn, unconfirmed_vectors="1")
        if self.kind == "server":
            self.vectors.upsert_units(records)
        self.vectors.upsert_chunks(records)
        with self.lexical.write() as conn:
            self.lexical.add_chunks(conn, records)

    def commit_document(self, document: DocumentRecord) -> int:
        """Make ``document``'s version current; returns how many chunks of older versions left."""
        with self.lexical.write() as conn:
            old = self.lexical.delete_chunks_where(conn, document.path, keep_hash=document.content_hash)
            self.lexical.put_document(conn, document)
            self.lexical.add_pending_deletes(conn, old)
        self._flush_pending()
        return len(old)

    def update_document(self, document: DocumentRecord, scope: dict[str, str | None]) -> None:
        """Change a current version's scope metadata (organisation, audience, effective date)."""
        chunks = self.lexical.document_chunks(document.path)
        with self.lexical.write() as conn:
            self.lexical.put_document(conn, document)
            for chunk in chunks:
                metadata = {k: v for k, v in {**chunk.metadata, **scope}.items() if v is not None}
                conn.execute(
                    "UPDATE chunks SET metadata = ?, organisation = ?, audience = ? WHERE id = ?",
                    (_json(metadata), metadata.get("organisation"), metadata.get("audience"), chunk.id),
                )
        collection = self.vectors.collection()
        if collection is not None and chunks:
            collection.update(
                ids=[c.id for c in chunks],
                metadatas=[{k: v for k, v in {**c.metadata, **scope}.items() if v is not None} for c in chunks],
            )

    def discard_chunks(self, ids: Sequence[str]) -> None:
        """Delete stored chunks by id (what an interrupted run left under ids no longer derived)."""
        with self.lexical.write() as conn:
            self.lexical.add_pending_deletes(conn, self.lexical.delete_ids(conn, ids))
        self._flush_pending()

    def delete_document(self, path: str) -> int:
        with self.lexical.write() as conn:
            ids = self.lexical.delete_document(conn, path)
            self.lexical.add_pending_deletes(conn, ids)
        self._flush_pending()
        return len(ids)

    def _flush_pending(self) -> None:
        pending = self.lexical.pending_deletes()
        if pending:
            self.vectors.delete(pending)
            self.lexical.clear_pending_deletes(pending)

    def finish_write(self, changed: bool, embedding_model: str) -> None:
        """After an ingest: drop vectors SQLite never committed (only after a write: an unchanged
        re-ingest never opens Chroma), and record a new generation."""
        if self.lexical.get_meta("unconfirmed_vectors") == "1":
            if self.kind == "embedded" and self.vectors.count() != self._raw_count():
                orphans = self.vectors.ids() - self.lexical.all_ids()
                self.vectors.delete(sorted(orphans))
                changed = changed or bool(orphans)
            with self.lexical.write() as conn:
                self.lexical.set_meta(conn, unconfirmed_vectors="0")
        if not changed:
            return
        before = str(self.vectors.metadata().get("generation", ""))
        generation = self.vectors.touch(embedding_model=embedding_model)
        with self.lexical.write() as conn:
            self.lexical.set_meta(conn, embedding_model=embedding_model)
            # A mirror that was current before this write is current after it; one that was
            # behind (another replica wrote) stays behind and syncs on its next read.
            if self.kind == "embedded" or self.lexical.get_meta("generation") == before:
                self.lexical.set_meta(conn, generation=generation)

    def reset(self) -> None:
        """Delete everything: vectors and the lexical index."""
        self.vectors.reset()
        with self.lexical.write() as conn:
            self.lexical.clear(conn)
            self.lexical.set_meta(conn, state="ready")


def document_from_metadata(meta: dict[str, Any], chunk_count: int | None = None) -> DocumentRecord:
    """A file's record from (any of) its chunks' metadata."""
    path = str(meta.get("path", ""))
    return DocumentRecord(
        path=path,
        source=str(meta.get("source", Path(path).name)),
        title=str(meta.get("title", "")),
        content_hash=str(meta.get("content_hash", "")),
        chunk_count=int(meta.get("chunk_count", chunk_count or 0)),
        chunker=str(meta.get("chunker", "")),
        ingested_at=str(meta.get("ingested_at", "")),
        doc_type=str(meta.get("doc_type", "")),
        guidance=meta.get("guidance") or None,
        organisation=meta.get("organisation") or None,
        audience=meta.get("audience") or None,
        effective_date=meta.get("effective_date") or None,
    )


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def open_store(settings: Settings, notify: Notify | None = None) -> IndexStore:
    """The configured index (embedded or server)."""
    return IndexStore(settings, notify)
