"""The persisted lexical index: SQLite with FTS5 and its ``bm25()`` ranking.

One SQLite file beside the vectors holds, per indexed file, its current version (``documents``),
every stored chunk with its text and metadata (``chunks``), the chunks' answer units with their
vectors (``units``) and an FTS5 table over each chunk's word stems (``chunks_fts``, rowid = chunk
rowid). A chunk is *visible* when its (path, content hash) is its document's current version, so
a version becomes searchable in one commit and a version cut short by a crash never is.

Word stems come from :mod:`assistant.text` (the same stems the rest of the product uses); FTS5
only splits the stored stems on spaces. Very common terms are handled as Elasticsearch's
``cutoff_frequency`` does: when the query's terms together match more than
:data:`SCORED_ROWS_BUDGET` chunks, the most frequent terms are left out of the match, since their
BM25 weight is small and scoring every chunk that contains "policy" costs more than it decides.
On corpora under that size every term counts. The same document frequencies give the share of a query's term
information the vocabulary holds (:meth:`LexicalIndex.vocabulary_share`), by which search weights this leg.

Concurrency: WAL journal and a busy timeout, so readers never wait for a writer and writers take
turns; one connection per thread.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant import text as textlib
from assistant.knowledge import KnowledgeError
from assistant.knowledge.records import (
    ChunkHit,
    ChunkRecord,
    DocumentRecord,
    Scope,
    StoredChunk,
    Unit,
)

SCHEMA_VERSION = "1"
# Changes whenever the stems stored for a text would change: the FTS table is then rebuilt.
TERMS_VERSION = "text-1"
SCORED_ROWS_BUDGET = 4000
BUSY_TIMEOUT_MS = 60_000
PARAMS_PER_QUERY = 900  # below SQLite's default limit on bound parameters
# A chunk is visible only while it belongs to its document's current version (path and content hash).
CURRENT_VERSION = "d.path = c.path AND d.content_hash = c.content_hash"
VISIBLE_CHUNKS = f"chunks c JOIN documents d ON {CURRENT_VERSION}"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    path TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL, content_hash TEXT NOT NULL,
    chunk_count INTEGER NOT NULL, chunker TEXT NOT NULL, ingested_at TEXT NOT NULL, doc_type TEXT NOT NULL,
    guidance TEXT, organisation TEXT, audience TEXT, effective_date TEXT);
CREATE TABLE IF NOT EXISTS chunks(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL, content_hash TEXT NOT NULL,
    chunk_index INTEGER NOT NULL, text TEXT NOT NULL, embed_text TEXT NOT NULL, source TEXT NOT NULL,
    organisation TEXT, audience TEXT, metadata TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_version ON chunks(path, content_hash);
CREATE TABLE IF NOT EXISTS units(
    chunk_rowid INTEGER NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (chunk_rowid, ordinal)) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(terms, detail=full);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab(chunks_fts, 'row');
CREATE TABLE IF NOT EXISTS pending_deletes(id TEXT PRIMARY KEY);
"""

_DOCUMENT_COLUMNS = (
    "path, source, title, content_hash, chunk_count, chunker, ingested_at, doc_type, guidance, "
    "organisation, audience, effective_date"
)


def lexical_terms(text: str) -> list[str]:
    """What the lexical index sees of a text: stems of its content words (assistant.text)."""
    return [textlib.stem(word) for word in textlib.content_words(text)]


def bm25_idf(frequency: int, total: int) -> float:
    """The idf of a term held by ``frequency`` of ``total`` chunks, as Lucene's BM25 reads it (always positive):
    ln(1 + (N - n + 0.5) / (n + 0.5)) (Robertson and Zaragoza 2009, "The Probabilistic Relevance Framework: BM25 and
    Beyond", eq. 3.3, with Lucene's +1 inside the log)."""
    return math.log(1.0 + (total - frequency + 0.5) / (frequency + 0.5))


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _placeholders(count: int) -> str:
    return ",".join("?" * count)


LABEL_RUN_WORDS = 5  # the most words of a label an organisation's name is matched against


def _label_runs(label: str) -> set[str]:
    """Each run of up to :data:`LABEL_RUN_WORDS` consecutive words of ``label``, lower-cased and joined
    ("osiolabs-leave.md": osiolabs, osiolabsleave, leave, ...): the keys a name of the label is found by."""
    tokens = re.findall(r"[0-9a-z]+", label.casefold())
    return {"".join(tokens[i:j]) for i in range(len(tokens))
            for j in range(i + 1, min(i + LABEL_RUN_WORDS, len(tokens)) + 1)}


def _holds_run(key: str, label: str) -> bool:
    """Whether ``key`` (letters and digits) is a run of whole consecutive words of ``label``."""
    return key in _label_runs(label)


class LexicalIndex:
    """The SQLite file: documents, chunks, units and the FTS5 index (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._schema_checked = False

    # --- connections -----------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
                conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.Error as exc:
                raise KnowledgeError(f"cannot open the lexical index {self.path}: {exc}") from None
            self._local.conn = conn
        if not self._schema_checked:
            self._ensure_schema(conn)
        return conn

    def _ensure_schema(self, conn: sqlite3.Connection) -> None:
        if self._schema_version(conn) != SCHEMA_VERSION:
            with self.write(conn):
                found = self._schema_version(conn)  # another process may have done it meanwhile
                if found not in (None, SCHEMA_VERSION):  # an older layout: start afresh (the store rebuilds)
                    for table in ("chunks_vocab", "chunks_fts", "units", "chunks", "documents", "pending_deletes"):
                        conn.execute(f"DROP TABLE IF EXISTS {table}")
                    conn.execute("DELETE FROM meta")
                if found != SCHEMA_VERSION:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    self.set_meta(conn, schema=SCHEMA_VERSION, terms=TERMS_VERSION)
        self._schema_checked = True

    @staticmethod
    def _schema_version(conn: sqlite3.Connection) -> str | None:
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.OperationalError:  # no meta table yet
            return None
        return row[0] if row else None

    @contextmanager
    def write(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: writers queue on the busy timeout)."""
        conn = conn or self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # --- meta --------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.connection().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, conn: sqlite3.Connection | None = None, **values: str) -> None:
        conn = conn or self.connection()
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(values.items()))

    # --- writes ------------------------------------------------------------------------------

    def add_chunks(self, conn: sqlite3.Connection, records: Sequence[ChunkRecord]) -> None:
        """Insert (or replace) chunks with their FTS rows and units, inside the caller's transaction."""
        import numpy as np

        for record in records:
            old = conn.execute("SELECT rowid FROM chunks WHERE id = ?", (record.id,)).fetchone()
            if old is not None:
                self._delete_rows(conn, [old[0]])
            metadata = dict(record.metadata)
            cursor = conn.execute(
                "INSERT INTO chunks(id, path, content_hash, chunk_index, text, embed_text, source, organisation, "
                "audience, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.path,
                    record.content_hash,
                    record.chunk_index,
                    record.text,
                    record.embed_text,
                    str(metadata.get("source", "")),
                    metadata.get("organisation"),
                    metadata.get("audience"),
                    json.dumps(metadata, ensure_ascii=False),
                ),
            )
            rowid = cursor.lastrowid
            conn.execute(
                "INSERT INTO chunks_fts(rowid, terms) VALUES (?, ?)", (rowid, " ".join(lexical_terms(record.embed_text)))
            )
            conn.executemany(
                "INSERT INTO units(chunk_rowid, ordinal, text, vector) VALUES (?, ?, ?, ?)",
                [
                    (rowid, ordinal, unit.text, np.asarray(unit.vector, dtype=np.float32).tobytes())
                    for ordinal, unit in enumerate(record.units)
                ],
            )

    def _delete_rows(self, conn: sqlite3.Connection, rowids: Sequence[int]) -> None:
        for start in range(0, len(rowids), PARAMS_PER_QUERY):
            part = list(rowids[start : start + PARAMS_PER_QUERY])
            marks = _placeholders(len(part))
            conn.execute(f"DELETE FROM chunks_fts WHERE rowid IN ({marks})", part)
            conn.execute(f"DELETE FROM units WHERE chunk_rowid IN ({marks})", part)
            conn.execute(f"DELETE FROM chunks WHERE rowid IN ({marks})", part)

    def delete_chunks_where(self, conn: sqlite3.Connection, path: str, keep_hash: str | None = None) -> list[str]:
        """Delete a file's chunks (all versions, or all but ``keep_hash``); returns their ids."""
        rows = conn.execute(
            "SELECT rowid, id FROM chunks WHERE path = ? AND content_hash IS NOT ?", (path, keep_hash)
        ).fetchall()
        self._delete_rows(conn, [r[0] for r in rows])
        return [r[1] for r in rows]

    def put_document(self, conn: sqlite3.Connection, document: DocumentRecord) -> None:
        conn.execute(
            f"INSERT OR REPLACE INTO documents({_DOCUMENT_COLUMNS}) VALUES ({_placeholders(12)})",
            (
                document.path,
                document.source,
                document.title,
                document.content_hash,
                document.chunk_count,
                document.chunker,
                document.ingested_at,
                document.doc_type,
                document.guidance,
                document.organisation,
                document.audience,
                document.effective_date,
            ),
        )

    def delete_document(self, conn: sqlite3.Connection, path: str) -> list[str]:
        conn.execute("DELETE FROM documents WHERE path = ?", (path,))
        return self.delete_chunks_where(conn, path)

    def add_pending_deletes(self, conn: sqlite3.Connection, ids: Iterable[str]) -> None:
        conn.executemany("INSERT OR IGNORE INTO pending_deletes(id) VALUES (?)", [(i,) for i in ids])

    def pending_deletes(self) -> list[str]:
        return [r[0] for r in self.connection().execute("SELECT id FROM pending_deletes")]

    def clear_pending_deletes(self, ids: Sequence[str]) -> None:
        with self.write() as conn:
            for start in range(0, len(ids), PARAMS_PER_QUERY):
                part = list(ids[start : start + PARAMS_PER_QUERY])
                conn.execute(f"DELETE FROM pending_deletes WHERE id IN ({_placeholders(len(part))})", part)

    def clear(self, conn: sqlite3.Connection) -> None:
        for table in ("chunks_fts", "units", "chunks", "documents", "pending_deletes"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM meta WHERE key != 'schema'")

    def reindex_terms(self) -> int:
        """Rebuild the FTS rows from the stored chunk texts (after the stemmer changed)."""
        with self.write() as conn:
            conn.execute("DELETE FROM chunks_fts")
            rows = conn.execute("SELECT rowid, embed_text FROM chunks").fetchall()
            conn.executemany(
                "INSERT INTO chunks_fts(rowid, terms) VALUES (?, ?)",
                [(rowid, " ".join(lexical_terms(text))) for rowid, text in rows],
            )
            self.set_meta(conn, terms=TERMS_VERSION)
        return len(rows)

    # --- reads -------------------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        rows = self.connection().execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY path").fetchall()
        return [DocumentRecord(*row) for row in rows]

    def has_chunks(self) -> bool:
        return self.connection().execute("SELECT EXISTS(SELECT 1 FROM documents WHERE chunk_count > 0)").fetchone()[0] == 1

    def visible_count(self) -> int:
        return self.connection().execute(
            f"SELECT count(*) FROM {VISIBLE_CHUNKS}"
        ).fetchone()[0]

    def stored_ids(self, path: str, content_hash: str) -> set[str]:
        """Ids of the chunks stored for one version of a file (complete or not)."""
        rows = self.connection().execute(
            "SELECT id FROM chunks WHERE path = ? AND content_hash = ?", (path, content_hash)
        )
        return {r[0] for r in rows}

    def id_paths(self, ids: Sequence[str]) -> dict[str, str]:
        """The file each of ``ids`` is stored for (any version, complete or not)."""
        out: dict[str, str] = {}
        for start in range(0, len(ids), PARAMS_PER_QUERY):
            part = list(ids[start : start + PARAMS_PER_QUERY])
            marks = _placeholders(len(part))
            out.update(self.connection().execute(f"SELECT id, path FROM chunks WHERE id IN ({marks})", part))
        return out

    def delete_ids(self, conn: sqlite3.Connection, ids: Sequence[str]) -> list[str]:
        """Delete chunks by id; returns the ids that were stored."""
        found: list[tuple[int, str]] = []
        for start in range(0, len(ids), PARAMS_PER_QUERY):
            part = list(ids[start : start + PARAMS_PER_QUERY])
            found += conn.execute(f"SELECT rowid, id FROM chunks WHERE id IN ({_placeholders(len(part))})", part)
        self._delete_rows(conn, [rowid for rowid, _ in found])
        return [chunk_id for _, chunk_id in found]

    def all_ids(self) -> set[str]:
        return {r[0] for r in self.connection().execute("SELECT id FROM chunks")}

    def visible(self, ids: Sequence[str]) -> set[str]:
        """The ids among ``ids`` that belong to their document's current version."""
        found: set[str] = set()
        conn = self.connection()
        for start in range(0, len(ids), PARAMS_PER_QUERY):
            part = list(ids[start : start + PARAMS_PER_QUERY])
            rows = conn.execute(
                f"SELECT c.id FROM {VISIBLE_CHUNKS} "
                f"WHERE c.id IN ({_placeholders(len(part))})",
                part,
            )
            found.update(r[0] for r in rows)
        return found

    def chunks(self, ids: Sequence[str]) -> dict[str, StoredChunk]:
        """Visible chunks by id."""
        out: dict[str, StoredChunk] = {}
        conn = self.connection()
        for start in range(0, len(ids), PARAMS_PER_QUERY):
            part = list(ids[start : start + PARAMS_PER_QUERY])
            rows = conn.execute(
                f"SELECT c.id, c.text, c.metadata FROM {VISIBLE_CHUNKS} "
                f"WHERE c.id IN ({_placeholders(len(part))})",
                part,
            )
            for chunk_id, text, metadata in rows:
                out[chunk_id] = StoredChunk.from_metadata(chunk_id, text, json.loads(metadata))
        return out

    def document_chunks(self, path: str) -> list[StoredChunk]:
        """The visible chunks of one file, in document order."""
        rows = self.connection().execute(
            f"SELECT c.id, c.text, c.metadata FROM {VISIBLE_CHUNKS} "
            "WHERE c.path = ? ORDER BY c.chunk_index",
            (path,),
        )
        return [StoredChunk.from_metadata(i, t, json.loads(m)) for i, t, m in rows]

    def units_for(self, chunk_ids: Sequence[str]) -> dict[str, list[Unit]]:
        """The units of visible chunks, in order; chunks without units map to []."""
        import numpy as np

        out: dict[str, list[Unit]] = {}
        conn = self.connection()
        for start in range(0, len(chunk_ids), PARAMS_PER_QUERY):
            part = list(chunk_ids[start : start + PARAMS_PER_QUERY])
            rows = conn.execute(
                f"SELECT c.id, u.ordinal, u.text, u.vector FROM {VISIBLE_CHUNKS} "
                "LEFT JOIN units u ON u.chunk_rowid = c.rowid "
                f"WHERE c.id IN ({_placeholders(len(part))}) ORDER BY c.id, u.ordinal",
                part,
            )
            for chunk_id, ordinal, text, vector in rows:
                units = out.setdefault(chunk_id, [])
                if ordinal is not None:
                    units.append(Unit(text=text, vector=np.frombuffer(vector, dtype=np.float32), ordinal=ordinal))
        return out

    def query(self, text: str, n: int, scope: Scope | None = None) -> list[ChunkHit]:
        """The ``n`` best visible chunks for ``text`` by BM25 (score = -bm25(), higher is better).

        FTS5 ranks first (rowids and scores only); texts are read for the best few afterwards, so
        a common term costs its BM25 scoring and nothing more."""
        terms = list(dict.fromkeys(lexical_terms(text)))
        if not terms or n < 1:
            return []
        conn = self.connection()
        chosen = self._chosen_terms(conn, terms)
        if not chosen:
            return []
        match = " OR ".join(_fts_phrase(t) for t in chosen)
        conditions, params = [], []
        for key, values in scope.conditions() if scope else []:
            column = {"organisation": "c.organisation", "audience": "c.audience", "source": "c.source"}[key]
            conditions.append(f"{column} IN ({_placeholders(len(values))})")
            params.extend(values)
        if conditions:  # rank only the chunks in scope
            ranked = conn.execute(
                "SELECT chunks_fts.rowid, bm25(chunks_fts) AS score FROM chunks_fts "
                "JOIN chunks c ON c.rowid = chunks_fts.rowid "
                f"JOIN documents d ON {CURRENT_VERSION} "
                f"WHERE chunks_fts MATCH ? AND {' AND '.join(conditions)} ORDER BY score LIMIT ?",
                [match, *params, n],
            ).fetchall()
            rows = self._rows(conn, [r for r, _ in ranked])
        else:  # rank everything, then keep the visible ones (almost always all of them)
            limit = n + 16
            while True:
                ranked = conn.execute(
                    "SELECT rowid, bm25(chunks_fts) AS score FROM chunks_fts WHERE chunks_fts MATCH ? "
                    "ORDER BY score LIMIT ?",
                    (match, limit),
                ).fetchall()
                rows = self._rows(conn, [r for r, _ in ranked])
                if len(rows) >= n or len(ranked) < limit:
                    break
                limit *= 4
        hits = []
        for rowid, score in ranked:
            row = rows.get(rowid)
            if row is not None and len(hits) < n:
                chunk_id, chunk_text, metadata = row
                chunk = StoredChunk.from_metadata(chunk_id, chunk_text, json.loads(metadata))
                hits.append(ChunkHit(chunk, round(-float(score), 6), len(hits) + 1))
        return hits

    def documents_naming(self, name: str) -> set[str]:
        """Paths of the current documents that belong to ``name`` by their own labels: the organisation, title
        or file name holds its words in a row, in any case and spacing ("Osio Labs": ``osiolabs-leave.md``,
        organisation "Osio Labs"), or the acronym of a multiword name as a word of its own ("Foundation for Public
        Code": ``fpc-travel.md``; :func:`assistant.text.name_initials`). A name only mentioned in the text (a
        programme, an act) owns nothing."""
        keys = {re.sub(r"[^0-9a-z]", "", name.casefold()), textlib.name_initials(name)} - {""}
        if not keys:
            return set()
        conn = self.connection()
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        cache = getattr(self._local, "owners", None)
        if cache is None or cache[0] != version:  # label runs -> paths, rebuilt when any connection writes
            owners: dict[str, set[str]] = {}
            for path, title, organisation in conn.execute("SELECT path, title, organisation FROM documents"):
                for run in _label_runs(f"{Path(path).name} {title} {organisation or ''}"):
                    owners.setdefault(run, set()).add(path)
            cache = self._local.owners = (version, owners)
        return set().union(*(cache[1].get(key, ()) for key in keys))

    def _rows(self, conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        """rowid -> (id, text, metadata json) of the visible chunks among ``rowids``."""
        if not rowids:
            return {}
        found = conn.execute(
            f"SELECT c.rowid, c.id, c.text, c.metadata FROM {VISIBLE_CHUNKS} "
            f"WHERE c.rowid IN ({_placeholders(len(rowids))})",
            list(rowids),
        )
        return {rowid: (chunk_id, text, metadata) for rowid, chunk_id, text, metadata in found}

    def _chosen_terms(self, conn: sqlite3.Connection, terms: list[str]) -> list[str]:
        """The query terms to match: all of them on a small index, else the rarest within budget."""
        (last,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM chunks").fetchone()
        if last <= SCORED_ROWS_BUDGET:
            return terms
        return self._match_terms(self._frequencies(conn, terms))

    def _frequencies(self, conn: sqlite3.Connection, terms: Sequence[str]) -> dict[str, int]:
        """The number of indexed chunks holding each term, cached until any connection writes (fts5vocab walks
        each doclist)."""
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        cache = getattr(self._local, "frequencies", None)
        if cache is None or cache[0] != version:
            (rows,) = conn.execute("SELECT count(*) FROM chunks").fetchone()
            cache = self._local.frequencies = (version, {}, rows)
        frequencies = cache[1]
        for term in terms:
            if term not in frequencies:
                row = conn.execute("SELECT doc FROM chunks_vocab WHERE term = ?", (term,)).fetchone()
                frequencies[term] = row[0] if row else 0
        return {t: frequencies[t] for t in terms}

    def vocabulary_share(self, text: str) -> float:
        """The share of ``text``'s term information that the index's vocabulary holds: the BM25 idf of its distinct
        terms found in some chunk over that of all of them (a term no chunk holds has the highest idf, n = 0).
        1.0 for a text without terms or an empty index.

        A question in an employee's words ("baby bonding time", "paid me too much by mistake") may share only its
        commonest words with the pages; the lexical ranking then rests on those leftovers."""
        terms = list(dict.fromkeys(lexical_terms(text)))
        if not terms:
            return 1.0
        conn = self.connection()
        frequencies = self._frequencies(conn, terms)
        total = self._local.frequencies[2]
        if total < 1:
            return 1.0
        weights = {t: bm25_idf(n, total) for t, n in frequencies.items()}
        return sum(w for t, w in weights.items() if frequencies[t]) / sum(weights.values())

    @staticmethod
    def _match_terms(frequencies: Mapping[str, int]) -> list[str]:
        """Rarest first, while the chunks they match stay within the budget (at least one term)."""
        chosen: list[str] = []
        total = 0
        for term, count in sorted(frequencies.items(), key=lambda item: (item[1], item[0])):
            if count <= 0:
                continue
            if chosen and total + count > SCORED_ROWS_BUDGET:
                break
            chosen.append(term)
            total += count
        return chosen

    def raw_chunks(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) of every stored chunk, visible or not (for checks and repairs)."""
        for chunk_id, text, metadata in self.connection().execute("SELECT id, text, metadata FROM chunks"):
            yield chunk_id, text, json.loads(metadata)
