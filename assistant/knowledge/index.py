"""Incremental ingest and index management.

* Each file is identified by its absolute path and versioned by the SHA-256 of its bytes.
  Unchanged files cost a hash and no embedding work; a changed file's chunks are replaced.
* Atomic per file: a file's new chunks (ids carry the content hash) are written first, then its
  old chunks are deleted. Every chunk records how many chunks its version has, so a version
  cut short by a crash is seen as incomplete and redone by the next ingest; until then the old
  version stays searchable.
* Files gone from an ingested folder leave the index on the next ingest of that folder.
* The collection records the embedding model; mixing models is refused (``reset`` rebuilds).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.knowledge import KnowledgeError, embeddings
from assistant.knowledge.loaders import SUPPORTED_SUFFIXES, LoadedDocument, LoadError, SkipFile
from assistant.settings import Settings

Progress = Callable[[float, str], None]
Notify = Callable[[str], None]

# Chunks embedded together: big enough for efficient batches, small enough that a crash
# loses little work and progress moves.
EMBED_GROUP_CHUNKS = 256


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


@dataclass
class _Pending:
    path: Path
    content_hash: str
    previous: Any  # FileRecord | None
    document: LoadedDocument
    chunks: list  # list[Chunk]


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chunk_id(path: str, content_hash: str, index: int) -> str:
    return f"{hashlib.sha1(path.encode('utf-8')).hexdigest()[:16]}-{content_hash[:16]}-{index:05d}"


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path], set[Path]]:
    """Resolve the command line: (files to consider, folders given, every file seen in them)."""
    from assistant.knowledge.discovery import discover

    found = discover(paths)
    return found.files, found.folders, found.seen


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    reset: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Add, update or remove documents so the index matches the given files and folders."""
    from assistant.knowledge import guidance as guidance_mod
    from assistant.knowledge.chunking import CHUNKER_VERSION
    from assistant.knowledge.discovery import discover
    from assistant.knowledge.store import open_store

    found = discover(paths)  # links out of a folder, loops and unreadable files are reported
    files, folders, seen = found.files, found.folders, found.seen
    report = IngestReport(embedding_model=embeddings.embedder_name(settings))
    report.skipped += [_result(path, reason=reason) for path, reason in found.skipped]
    report.errors += [_result(path, reason=reason) for path, reason in found.errors]
    store = open_store(settings)
    if reset:
        store.reset()
        if store.kind == "embedded":
            guidance_mod.remove_sidecar(settings)
    store.collection(create=True)
    store.check_model(report.embedding_model, claim=True)
    records = store.file_records()
    # Guidance sidecar (embedded store only; a server's guidance is read from its chunks).
    sidecar = guidance_mod.read_sidecar(settings) if store.kind == "embedded" else {}
    if sidecar is None:
        sidecar = guidance_mod.documents_from_store(settings) if records else {}
    sidecar_before = dict(sidecar)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    notify = progress or (lambda fraction, message: None)

    def write_group(group: list[_Pending]) -> None:
        """Embed a group of files in one batch and store all their new chunks in one upsert,
        then drop the old versions of those files. A crash in between leaves complete old and
        new versions side by side (still searchable); the next ingest deletes the old ones."""
        texts = [chunk.embed_text for item in group for chunk in item.chunks]
        notify(0.05 + 0.9 * done_files / max(len(files), 1), f"embedding {len(texts)} chunks")
        vectors = embeddings.get_embedder(settings).embed_documents(texts) if texts else []
        records_out: tuple[list, list, list] = ([], [], [])
        for item in group:
            for part, values in zip(records_out, _records(item, now), strict=True):
                part.extend(values)
        store.upsert(records_out[0], vectors, records_out[1], records_out[2])
        for item in group:
            count = len(item.chunks)
            stale = item.previous.stale_ids(item.content_hash) if item.previous else []
            store.delete(stale)
            report.chunks_written += count
            report.chunks_removed += len(stale)
            (report.updated if item.previous else report.added).append(_result(item.path, chunks=count))
            name = item.document.metadata.get("guidance")
            if name in guidance_mod.TOPICS:
                blocks = [(b.headings, b.text) for b in item.document.blocks]
                items = guidance_mod.extract_guidance(name, blocks, item.path.name, str(item.path))
                sidecar[str(item.path)] = guidance_mod.sidecar_entry(name, item.path.name, items)
            else:
                sidecar.pop(str(item.path), None)

    # 1. Hash every file; only new or changed ones are loaded, chunked and embedded, in groups.
    pending: list[_Pending] = []
    confirmed: dict[str, str] = {}  # unchanged file -> its content hash
    done_files = 0
    for done_files, path in enumerate(files):
        notify(0.05 + 0.9 * done_files / max(len(files), 1), f"reading {path.name}")
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
        if previous is not None and previous.is_complete(content_hash, CHUNKER_VERSION):
            report.unchanged.append(_result(path, chunks=len(previous.versions[content_hash])))
            confirmed[str(path)] = content_hash
            continue
        item = _load(path, data, content_hash, previous, report)
        if item is not None:
            pending.append(item)
            if sum(len(p.chunks) for p in pending) >= EMBED_GROUP_CHUNKS:
                write_group(pending)
                pending = []
    if pending:
        write_group(pending)

    # 2. Files gone from the folders given.
    for key, record in sorted(records.items()):
        gone = Path(key) not in seen and any(_is_under(Path(key), folder) for folder in folders)
        if gone:
            store.delete(record.chunk_ids)
            sidecar.pop(key, None)
            report.removed.append(FileResult(source=record.source, path=key, chunks=len(record.chunk_ids)))
            report.chunks_removed += len(record.chunk_ids)

    # Leftovers of an interrupted update of an otherwise unchanged file.
    for result in report.unchanged:
        stale = records[result.path].stale_ids(confirmed[result.path])
        store.delete(stale)
        report.chunks_removed += len(stale)

    changed = bool(report.added or report.updated or report.removed or report.chunks_removed)
    if changed:
        store.touch(embedding_model=report.embedding_model)
    final = _fill_totals(report, store)
    if store.kind == "embedded":
        # After an interrupted run the sidecar can lag behind the chunks: rebuild it from them.
        wanted = {path for path, record in final.items() if record.guidance in guidance_mod.TOPICS}
        if set(sidecar) != wanted:
            sidecar = guidance_mod.documents_from_store(settings)
        if changed or sidecar != sidecar_before or not guidance_mod.sidecar_path(settings).exists():
            guidance_mod.write_sidecar(settings, sidecar, report.chunks)
    if report.nothing_to_ingest:
        where = ", ".join(str(p) for p in paths)
        kinds = ", ".join(sorted(set(SUPPORTED_SUFFIXES)))
        report.message = f"nothing to ingest in {where}: no {kinds} files found"
    notify(1.0, "done")
    return report


def _load(path: Path, data: bytes, content_hash: str, previous: Any, report: IngestReport) -> _Pending | None:
    from assistant.knowledge.chunking import chunk_document
    from assistant.knowledge.loaders import load_document

    try:
        document = load_document(path, data)
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
    return _Pending(path, content_hash, previous, document, chunks)


def _records(item: _Pending, now: str) -> tuple[list[str], list[str], list[dict[str, Any]]]:
    """Chunk ids, texts and metadata of one file's new version."""
    from assistant.knowledge.chunking import CHUNKER_VERSION
    from assistant.knowledge.store import dumps_headings

    path = str(item.path)
    document = item.document
    base: dict[str, Any] = dict(document.metadata)
    base.update(
        source=item.path.name,
        path=path,
        title=document.title,
        doc_type=document.kind,
        content_hash=item.content_hash,
        chunk_count=len(item.chunks),
        chunker=CHUNKER_VERSION,
        ingested_at=now,
    )
    ids, texts, metadatas = [], [], []
    for chunk in item.chunks:
        meta = dict(
            base, chunk_index=chunk.index, chunk_hash=chunk.hash, headings=dumps_headings(chunk.headings)
        )
        if chunk.section:
            meta["section"] = chunk.section
        if chunk.page is not None:
            meta["page"] = chunk.page
        ids.append(chunk_id(path, item.content_hash, chunk.index))
        texts.append(chunk.text)
        metadatas.append(meta)
    return ids, texts, metadatas


def _result(path: Path, chunks: int = 0, reason: str | None = None) -> FileResult:
    return FileResult(source=path.name, path=str(path), chunks=chunks, reason=reason)


def _is_under(path: Path, folder: Path) -> bool:
    try:
        return path.is_relative_to(folder)
    except ValueError:
        return False


def _fill_totals(report: IngestReport, store: Any) -> dict[str, Any]:
    records = store.file_records()
    report.documents = len(records)
    report.chunks = sum(len(r.chunk_ids) for r in records.values())
    return records


def ensure_index(settings: Settings, notify: Notify | None = None) -> None:
    """Ingest ``settings.knowledge_dir`` when the index is empty, saying so through ``notify``."""
    from assistant.knowledge.store import open_store

    store = open_store(settings)
    if store.count() > 0:
        return
    folder = Path(settings.knowledge_dir).expanduser()
    if not folder.is_dir():
        if notify:
            notify(f"The knowledge index is empty and {folder} does not exist; nothing to index.")
        return
    if notify:
        notify(f"The knowledge index is empty: indexing {folder} first (about a minute the first time).")
    ingest([folder], settings)


def list_documents(settings: Settings) -> list[DocumentInfo]:
    """The indexed documents with their chunk counts."""
    from assistant.knowledge.store import open_store

    records = open_store(settings).file_records()
    return sorted(
        (
            DocumentInfo(
                source=r.source,
                path=r.path,
                title=r.title,
                chunks=len(r.chunk_ids),
                ingested_at=r.ingested_at,
                guidance=r.guidance,
            )
            for r in records.values()
        ),
        key=lambda d: (d.source.casefold(), d.path),
    )


def remove_document(name_or_path: str | Path, settings: Settings) -> int:
    """Remove one document (by file name or path) from the index; returns the chunks removed."""
    from assistant.knowledge import guidance as guidance_mod
    from assistant.knowledge.store import open_store

    store = open_store(settings)
    records = store.file_records()
    wanted = str(name_or_path)
    resolved = str(Path(wanted).expanduser().resolve())
    matches = [r for r in records.values() if r.path in {wanted, resolved}]
    if not matches:
        matches = [r for r in records.values() if r.source == wanted]
    if not matches:
        raise KnowledgeError(f"no indexed document named '{wanted}' (see 'coach docs')")
    if len(matches) > 1:
        paths = ", ".join(sorted(r.path for r in matches))
        raise KnowledgeError(f"'{wanted}' matches several documents ({paths}); give the full path")
    record = matches[0]
    ids = record.chunk_ids
    store.delete(ids)
    store.touch()
    if store.kind == "embedded":
        sidecar = guidance_mod.read_sidecar(settings)
        if sidecar is None:
            sidecar = guidance_mod.documents_from_store(settings)
        sidecar.pop(record.path, None)
        guidance_mod.write_sidecar(settings, sidecar, store.count())
    return len(ids)


def index_stats(settings: Settings) -> dict[str, Any]:
    """Documents, chunks, embedding model and where the index lives."""
    from assistant.knowledge.store import open_store

    store = open_store(settings)
    records = store.file_records()
    return {
        "documents": len(records),
        "chunks": sum(len(r.chunk_ids) for r in records.values()),
        "embedding_model": store.embedding_model() or embeddings.embedder_name(settings),
        "store": store.kind,
        "location": store.location,
        "collection": store.name,
    }
