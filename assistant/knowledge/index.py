"""Incremental ingest and index management.

* Each file is identified by its absolute path and versioned by the SHA-256 of its bytes.
  Unchanged files cost a hash and no embedding work; a changed file's chunks are replaced.
* A chunk's id is derived from its file's path under the folder it was ingested from (the file name
  when the file was given alone), the file's SHA-256 and the chunk's position (:func:`id_key`), so the
  same pages ingested again, anywhere, get the same ids, and exact score ties (broken by id) rank the same.
* Chunks are embedded and stored in bounded batches (:data:`BATCH_CHUNKS` chunks with their
  answer units), each committed as it goes, so a 3,000-page PDF is many small commits and a crash
  loses at most one batch. A file's new version becomes searchable in one commit once all its
  chunks are stored; until then the previous version stays searchable. The next ingest resumes a
  cut-short file from the batches already stored (see :mod:`store` for the guarantees).
* Files gone from an ingested folder leave the index on the next ingest of that folder.
* Each chunk carries its document's scope: organisation, audience and effective date, from the
  front-matter or ``coach ingest PATH --org NAME``.
* The index records the embedding model; mixing models is refused (``reset`` rebuilds).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.knowledge import IndexEmptyError, KnowledgeError, embeddings, guidance
from assistant.knowledge.chunking import CHUNKER_VERSION, Chunk, chunk_document
from assistant.knowledge.discovery import discover
from assistant.knowledge.loaders import SUPPORTED_SUFFIXES, LoadedDocument, LoadError, SkipFile, load_document
from assistant.knowledge.records import ChunkRecord, DocumentRecord, UnitRecord, dumps_headings
from assistant.knowledge.store import IndexStore, KnowledgeStore, lexical_source, open_store
from assistant.knowledge.units import chunk_units, unit_embed_text
from assistant.settings import Settings

Progress = Callable[[float, str], None]
Notify = Callable[[str], None]

# Chunks embedded and committed together: big enough for efficient batches, small enough that a
# crash loses little work and progress moves.
BATCH_CHUNKS = 128

# Front-matter keys (as the loaders normalise them) that give a document's scope.
SCOPE_KEYS: dict[str, tuple[str, ...]] = {
    "organisation": ("organisation", "organization", "org", "company", "employer"),
    "audience": ("audience",),
    "effective_date": ("effective_date", "effective", "effective_from", "valid_from"),
}


class FileResult(BaseModel):
    source: str
    path: str
    chunks: int = 0
    reason: str | None = None


class IngestReport(BaseModel):
    """What an ingest did, file by file, and the index totals afterwards."""

    added: list[FileResult] = Field(default_factory=list)
    updated: list[FileResult] = Field(default_factory=list)
    unchanged: list[FileResult] = Field(default_factory=list)
    removed: list[FileResult] = Field(default_factory=list)
    skipped: list[FileResult] = Field(default_factory=list)
    errors: list[FileResult] = Field(default_factory=list)
    chunks_written: int = 0
    chunks_removed: int = 0
    units_written: int = 0
    documents: int = 0
    chunks: int = 0
    embedding_model: str = ""
    message: str | None = None

    @property
    def nothing_to_ingest(self) -> bool:
        return not (self.added or self.updated or self.unchanged or self.removed or self.errors)


class DocumentInfo(BaseModel):
    source: str
    path: str
    title: str
    chunks: int
    ingested_at: str
    guidance: str | None = None
    organisation: str | None = None
    audience: str | None = None
    effective_date: str | None = None


@dataclass
class _Pending:
    """A new or changed file: its chunks, and which of them are still to be stored."""

    path: Path
    content_hash: str
    previous: DocumentRecord | None
    document: LoadedDocument
    chunks: list[Chunk]
    record: DocumentRecord
    base: dict[str, Any]
    key: str  # what its chunk ids are derived from (:func:`id_key`)
    todo: deque[Chunk] = field(default_factory=deque)


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chunk_id(key: str, content_hash: str, index: int) -> str:
    """A chunk's id: its document's :func:`id_key`, the document's SHA-256 and the chunk's position."""
    return f"{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}-{content_hash[:16]}-{index:05d}"


def id_key(path: Path, folders: Sequence[Path], content_hash: str, owner: Callable[[str], str | None]) -> str:
    """What a document's chunk ids are derived from: its path under the first folder given that holds it (its
    file name when it was given alone), so re-ingesting the same pages from any place gives the same ids. Another
    file of the same bytes and the same relative path already in the index (``owner``: the file an id is stored
    for, or claimed by in this run) keeps that key; this one falls back to its absolute path."""
    key = next((path.relative_to(folder).as_posix() for folder in folders if _is_under(path, folder)), path.name)
    holder = owner(chunk_id(key, content_hash, 0))
    return key if holder in (None, str(path)) else str(path)


def collect_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path], set[Path]]:
    """Resolve the command line: (files to consider, folders given, every file seen in them)."""
    found = discover(paths)
    return found.files, found.folders, found.seen


def given_scope(metadata: Mapping[str, str | None] | None) -> dict[str, str]:
    """The scope fields given on the command line (``--org``, ``--audience``, ``--effective-date``)."""
    unknown = set(metadata or {}) - set(SCOPE_KEYS)
    if unknown:
        raise KnowledgeError(f"unknown document metadata {', '.join(sorted(unknown))} (use {', '.join(SCOPE_KEYS)})")
    return {k: str(v).strip() for k, v in (metadata or {}).items() if v is not None and str(v).strip()}


def document_scope(metadata: Mapping[str, str], given: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """Organisation, audience and effective date of a document: front-matter, overridden by ``given``."""
    scope: dict[str, str | None] = {}
    for name, keys in SCOPE_KEYS.items():
        scope[name] = next((str(metadata[k]).strip() for k in keys if str(metadata.get(k) or "").strip()), None)
    scope.update(given or {})
    return scope


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    reset: bool = False,
    progress: Progress | None = None,
    metadata: Mapping[str, str | None] | None = None,
) -> IngestReport:
    """Add, update or remove documents so the index matches the given files and folders.

    ``metadata`` (``coach ingest --org/--audience/--effective-date``): scope fields recorded for
    every file given, over what the front-matter says. An unchanged file given with new values
    gets them without being embedded again.
    """
    scope = given_scope(metadata)
    found = discover(paths)  # links out of a folder, loops and unreadable files are reported
    files, folders, seen = found.files, found.folders, found.seen
    report = IngestReport(embedding_model=embeddings.embedder_name(settings))
    report.skipped += [_result(path, reason=reason) for path, reason in found.skipped]
    report.errors += [_result(path, reason=reason) for path, reason in found.errors]
    store = open_store(settings)
    notify = progress or (lambda fraction, message: None)
    with store.writing():
        if reset:
            store.reset()
            if store.kind == "embedded":
                guidance.remove_sidecar(settings)
        store.begin_write()
        store.check_model(report.embedding_model, claim=True)
        records = {d.path: d for d in store.documents()}
        sidecar = guidance.read_sidecar(settings) if store.kind == "embedded" else {}
        if sidecar is None:
            sidecar = guidance.documents_from_store(settings, store) if records else {}
        sidecar_before = dict(sidecar)
        writer = _BatchWriter(store, settings, report, sidecar, notify, len(files))
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        claimed: dict[str, str] = {}  # first chunk id -> the file that takes it in this run

        def owner(first_id: str) -> str | None:
            return claimed.get(first_id) or store.id_paths([first_id]).get(first_id)

        for done, path in enumerate(files):
            writer.done_files = done
            notify(0.05 + 0.9 * done / max(len(files), 1), f"reading {path.name}")
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                report.skipped.append(_result(path, reason=f"unsupported file type '{path.suffix or 'none'}'"))
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                report.errors.append(_result(path, reason=f"cannot read the file ({exc.strerror or exc})"))
                continue
            content_hash = file_hash(data)
            previous = records.get(str(path))
            if previous is not None and previous.content_hash == content_hash and previous.chunker == CHUNKER_VERSION:
                _keep_scope(store, previous, scope)
                report.unchanged.append(_result(path, chunks=previous.chunk_count))
                continue
            if previous is not None and previous.content_hash == content_hash:
                # Same bytes cut by an older chunker: its stored chunks share the new chunks' ids, so
                # they would pass for already written. Drop them and cut the file afresh.
                report.chunks_removed += store.delete_document(str(path))
            key = id_key(path, folders, content_hash, owner)
            claimed[chunk_id(key, content_hash, 0)] = str(path)
            item = _load(path, data, content_hash, previous, report, now, scope, key)
            if item is not None:
                writer.add(item)
        writer.flush()

        for key, record in sorted(records.items()):
            if Path(key) not in seen and any(_is_under(Path(key), folder) for folder in folders):
                removed = store.delete_document(key)
                sidecar.pop(key, None)
                report.removed.append(FileResult(source=record.source, path=key, chunks=removed))
                report.chunks_removed += removed

        changed = bool(report.added or report.updated or report.removed or report.chunks_removed)
        store.finish_write(changed, report.embedding_model)
        documents = store.documents()
        report.documents = len(documents)
        report.chunks = store.count()
        if store.kind == "embedded":
            # After an interrupted run the sidecar can lag behind the index: rebuild it from the chunks.
            wanted = {d.path for d in documents if d.guidance in guidance.TOPICS}
            if set(sidecar) != wanted:
                sidecar = guidance.documents_from_store(settings, store)
            if changed or sidecar != sidecar_before or not guidance.sidecar_path(settings).exists():
                guidance.write_sidecar(settings, sidecar, report.chunks)
    if report.nothing_to_ingest:
        where = ", ".join(str(p) for p in paths)
        kinds = ", ".join(sorted(set(SUPPORTED_SUFFIXES)))
        report.message = f"nothing to ingest in {where}: no {kinds} files found"
    notify(1.0, "done")
    return report


class _BatchWriter:
    """Collects chunks of new or changed files and writes them in bounded batches: embed the
    chunks and their units in one call, store them, and make each file current once complete."""

    def __init__(
        self,
        store: IndexStore,
        settings: Settings,
        report: IngestReport,
        sidecar: dict[str, Any],
        notify: Progress,
        total_files: int,
    ) -> None:
        self.store = store
        self.settings = settings
        self.report = report
        self.sidecar = sidecar
        self.notify = notify
        self.total_files = total_files
        self.done_files = 0
        self.open: list[_Pending] = []  # files with chunks still to store
        self.queued = 0

    def add(self, item: _Pending) -> None:
        stored = self.store.stored_ids(item.record.path, item.content_hash)  # left by an interrupted run
        wanted = {chunk_id(item.key, item.content_hash, c.index) for c in item.chunks}
        if stored - wanted:  # left under other ids (another folder given, or ids derived as before)
            self.store.discard_chunks(sorted(stored - wanted))
        item.todo = deque(c for c in item.chunks if chunk_id(item.key, item.content_hash, c.index) not in stored)
        self.open.append(item)
        self.queued += len(item.todo)
        while self.queued >= BATCH_CHUNKS:
            self._write_batch()
        self._commit_complete()

    def flush(self) -> None:
        while self.queued:
            self._write_batch()
        self._commit_complete()

    def _write_batch(self) -> None:
        batch: list[tuple[_Pending, Chunk]] = []
        for item in self.open:
            while item.todo and len(batch) < BATCH_CHUNKS:
                batch.append((item, item.todo.popleft()))
        self.queued -= len(batch)
        units = [
            [(u, unit_embed_text(u, chunk.headings, item.document.title)) for u in chunk_units(chunk.text, getattr(chunk, "units", None))]
            for item, chunk in batch
        ]
        texts = [chunk.embed_text for _, chunk in batch] + [e for chunk_units_ in units for _, e in chunk_units_]
        fraction = 0.05 + 0.9 * self.done_files / max(self.total_files, 1)
        self.notify(fraction, f"embedding {len(batch)} chunks and {len(texts) - len(batch)} answer units")
        vectors = embeddings.get_embedder(self.settings).embed_documents(texts) if texts else []
        unit_vectors = iter(vectors[len(batch) :])
        records = []
        for (item, chunk), vector, chunk_units_ in zip(batch, vectors[: len(batch)], units, strict=True):
            records.append(
                _chunk_record(
                    item, chunk, vector, [UnitRecord(u, e, next(unit_vectors)) for u, e in chunk_units_]
                )
            )
        self.store.add(records)
        self.report.units_written += len(texts) - len(batch)

    def _commit_complete(self) -> None:
        still_open = []
        for item in self.open:
            if item.todo:
                still_open.append(item)
                continue
            removed = self.store.commit_document(item.record)
            self.report.chunks_written += len(item.chunks)
            self.report.chunks_removed += removed
            (self.report.updated if item.previous else self.report.added).append(
                _result(item.path, chunks=len(item.chunks))
            )
            self._update_sidecar(item)
        self.open = still_open

    def _update_sidecar(self, item: _Pending) -> None:
        name = item.document.metadata.get("guidance")
        if name in guidance.TOPICS:
            blocks = [(b.headings, b.text) for b in item.document.blocks]
            items = guidance.extract_guidance(name, blocks, item.path.name, str(item.path))
            self.sidecar[str(item.path)] = guidance.sidecar_entry(name, item.path.name, items)
        else:
            self.sidecar.pop(str(item.path), None)


def _chunk_record(item: _Pending, chunk: Chunk, vector: Any, units: list[UnitRecord]) -> ChunkRecord:
    path = item.record.path
    metadata: dict[str, Any] = dict(
        item.base, chunk_index=chunk.index, chunk_hash=chunk.hash, headings=dumps_headings(chunk.headings)
    )
    if chunk.section:
        metadata["section"] = chunk.section
    if chunk.page is not None:
        metadata["page"] = chunk.page
    return ChunkRecord(
        id=chunk_id(item.key, item.content_hash, chunk.index),
        path=path,
        content_hash=item.content_hash,
        chunk_index=chunk.index,
        text=chunk.text,
        embed_text=lexical_source(item.document.title, chunk.section, chunk.text),
        vector=vector,
        metadata={k: v for k, v in metadata.items() if v is not None},
        units=units,
    )


def _keep_scope(store: IndexStore, previous: DocumentRecord, scope: Mapping[str, str]) -> None:
    """An unchanged file given with other scope values: update its metadata, no re-embedding."""
    changed = {k: v for k, v in scope.items() if getattr(previous, k) != v}
    if changed:
        store.update_document(dataclasses.replace(previous, **changed), dict(changed))


def _load(
    path: Path,
    data: bytes,
    content_hash: str,
    previous: DocumentRecord | None,
    report: IngestReport,
    now: str,
    given: Mapping[str, str],
    key: str,
) -> _Pending | None:
    try:
        document = load_document(path, data, dict(given))
        chunks = chunk_document(document)
    except SkipFile as exc:
        report.skipped.append(_result(path, reason=str(exc)))
        return None
    except LoadError as exc:
        report.errors.append(_result(path, reason=str(exc)))
        return None
    except Exception as exc:  # a loader bug must not stop the other files
        report.errors.append(_result(path, reason=f"cannot load ({type(exc).__name__}: {exc})"))
        return None
    scope = document_scope(document.metadata, given)
    record = DocumentRecord(
        path=str(path),
        source=path.name,
        title=document.title,
        content_hash=content_hash,
        chunk_count=len(chunks),
        chunker=CHUNKER_VERSION,
        ingested_at=now,
        doc_type=document.kind,
        guidance=document.metadata.get("guidance") or None,
        **scope,
    )
    # Every chunk carries its document's record over the front-matter (the record's guidance is the
    # front-matter's own, and unset scope values are left out).
    base: dict[str, Any] = {**document.metadata, **{k: v for k, v in asdict(record).items()
                                                    if k != "guidance" and v is not None}}
    return _Pending(path, content_hash, previous, document, chunks, record, base, key)


def _result(path: Path, chunks: int = 0, reason: str | None = None) -> FileResult:
    return FileResult(source=path.name, path=str(path), chunks=chunks, reason=reason)


def _is_under(path: Path, folder: Path) -> bool:
    try:
        return path.is_relative_to(folder)
    except ValueError:
        return False


def empty_index_message(settings: Settings) -> str:
    return (
        f"the knowledge index is empty; build it with 'coach ingest {settings.knowledge_dir}' "
        "(or start the app with 'make run')"
    )


def require_index(settings: Settings, store: KnowledgeStore | None = None) -> None:
    """Raise :class:`IndexEmptyError` (one line saying how to build it) when the index is empty."""
    if (store or open_store(settings)).is_empty():
        raise IndexEmptyError(empty_index_message(settings))


def ensure_index(settings: Settings, notify: Notify | None = None) -> None:
    """Ingest ``settings.knowledge_dir`` when the index is empty, saying so through ``notify``.

    For start-up (``coach serve``, ``make run``); commands that only read never call it."""
    if open_store(settings).count() > 0:
        return
    folder = Path(settings.knowledge_dir).expanduser()
    if not folder.is_dir():
        if notify:
            notify(f"The knowledge index is empty and {folder} does not exist; nothing to index.")
        return
    if notify:
        notify(f"The knowledge index is empty: indexing {folder} first.")
    ingest([folder], settings)


def _info(record: DocumentRecord) -> DocumentInfo:
    return DocumentInfo(
        source=record.source,
        path=record.path,
        title=record.title,
        chunks=record.chunk_count,
        ingested_at=record.ingested_at,
        guidance=record.guidance,
        organisation=record.organisation,
        audience=record.audience,
        effective_date=record.effective_date,
    )


def list_documents(settings: Settings) -> list[DocumentInfo]:
    """The indexed documents with their chunk counts and scope."""
    documents = open_store(settings).documents()
    return sorted((_info(d) for d in documents), key=lambda d: (d.source.casefold(), d.path))


def remove_document(name_or_path: str | Path, settings: Settings) -> int:
    """Remove one document (by file name or path) from the index; returns the chunks removed."""
    store = open_store(settings)
    with store.writing():
        store.begin_write()
        documents = store.documents()
        wanted = str(name_or_path)
        resolved = str(Path(wanted).expanduser().resolve())
        matches = [d for d in documents if d.path in {wanted, resolved}] or [d for d in documents if d.source == wanted]
        if not matches:
            raise KnowledgeError(f"no indexed document named '{wanted}' (see 'coach docs')")
        if len(matches) > 1:
            paths = ", ".join(sorted(d.path for d in matches))
            raise KnowledgeError(f"'{wanted}' matches several documents ({paths}); give the full path")
        record = matches[0]
        removed = store.delete_document(record.path)
        store.finish_write(True, store.embedding_model() or embeddings.embedder_name(settings))
        if store.kind == "embedded":
            sidecar = guidance.read_sidecar(settings)
            if sidecar is None:
                sidecar = guidance.documents_from_store(settings, store)
            sidecar.pop(record.path, None)
            guidance.write_sidecar(settings, sidecar, store.count())
    return removed


def index_stats(settings: Settings) -> dict[str, Any]:
    """Documents, chunks, embedding model and where the index lives."""
    store = open_store(settings)
    documents = store.documents()
    return {
        "documents": len(documents),
        "chunks": store.count(),
        "embedding_model": store.embedding_model() or embeddings.embedder_name(settings),
        "store": store.kind,
        "location": store.location,
        "collection": store.name,
    }
