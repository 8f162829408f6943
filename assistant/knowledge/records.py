"""The knowledge index's own types: what goes into a store and what comes out of it.

Stores (Chroma, the FTS5 lexical index, a future engine with its own hybrid search) speak these
types only, so nothing above the store sees an engine's result layout.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

# Metadata values a store can keep and filter on.
MetadataValue = str | int | float | bool

SCOPE_FIELDS = ("organisation", "audience", "effective_date")


@dataclass(frozen=True)
class Unit:
    """An answer unit of a chunk: a sentence, an FAQ question with its answer, or a table row.

    ``vector`` is the unit's normalised embedding (float32, same model as the chunks), computed at
    ingest so that ranking a chunk's units against a question costs only the question's encode.
    ``ordinal`` is the unit's position in its chunk (0, 1, ...).
    """

    text: str
    vector: np.ndarray
    ordinal: int


@dataclass(frozen=True)
class UnitRecord:
    """A unit to store: its text, what was embedded for it, and the vector."""

    text: str
    embed_text: str
    vector: Sequence[float] | np.ndarray


@dataclass(frozen=True)
class ChunkRecord:
    """One chunk to store, with its vector and its units."""

    id: str
    path: str
    content_hash: str
    chunk_index: int
    text: str  # the passage as shown to people
    embed_text: str  # what was embedded and what the lexical index sees
    vector: Sequence[float] | np.ndarray
    metadata: Mapping[str, MetadataValue]  # flat, engine-neutral (see ``StoredChunk``)
    units: Sequence[UnitRecord] = ()


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as read back from a store."""

    id: str
    path: str
    source: str
    title: str
    text: str
    chunk_index: int
    section: str | None = None
    headings: tuple[str, ...] = ()
    page: int | None = None
    organisation: str | None = None
    audience: str | None = None
    effective_date: str | None = None
    metadata: Mapping[str, MetadataValue] = field(default_factory=dict)

    @classmethod
    def from_metadata(cls, chunk_id: str, text: str, metadata: Mapping[str, Any]) -> StoredChunk:
        page = metadata.get("page")
        return cls(
            id=chunk_id,
            path=str(metadata.get("path", "")),
            source=str(metadata.get("source", "")),
            title=str(metadata.get("title", "")),
            text=text,
            chunk_index=int(metadata.get("chunk_index", 0)),
            section=metadata.get("section") or None,
            headings=loads_headings(metadata.get("headings")),
            page=int(page) if page is not None else None,
            organisation=metadata.get("organisation") or None,
            audience=metadata.get("audience") or None,
            effective_date=metadata.get("effective_date") or None,
            metadata=dict(metadata),
        )


@dataclass(frozen=True)
class ChunkHit:
    """A chunk found by one retrieval leg: ``score`` is the cosine similarity (dense leg) or the
    BM25 score (lexical leg, higher is better); ``rank`` starts at 1."""

    chunk: StoredChunk
    score: float
    rank: int


@dataclass(frozen=True)
class DocumentRecord:
    """The current, complete version of one indexed file."""

    path: str
    source: str
    title: str
    content_hash: str
    chunk_count: int
    chunker: str
    ingested_at: str
    doc_type: str = ""
    guidance: str | None = None
    organisation: str | None = None
    audience: str | None = None
    effective_date: str | None = None


@dataclass(frozen=True)
class Scope:
    """Restrict retrieval to chunks whose document has one of the given values (empty: any).

    Matching is exact on what was stored (front-matter or ``coach ingest --org``)."""

    organisations: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def conditions(self) -> list[tuple[str, tuple[str, ...]]]:
        """(metadata key, allowed values) for each restricted field."""
        pairs = (("organisation", self.organisations), ("audience", self.audiences), ("source", self.sources))
        return [(key, values) for key, values in pairs if values]


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
