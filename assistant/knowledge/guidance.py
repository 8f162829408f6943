"""Coaching guidance taken from the organisation's own job aids.

A knowledge document whose front-matter says ``guidance: smart`` or ``guidance: feedback``
defines topics by its headings: a heading whose text starts with a topic name ("Specific",
"Time-bound", "Behaviour", "Next step", ...) covers everything under it until the next heading of
the same or a higher level. In a topic, a list item ending with "?" is a question, one starting
with a double quote or "Example:" is an example, and any other list item is a tip.

Job aids that cannot carry front-matter (a PDF, a plain text file) are recognised by their
layout instead: a document in which lines starting with at least three topic names of one kind
("Specific …", "Measurable …", "Relevant …") each carry questions is taken as guidance of that
kind, and the questions on those lines (bulleted with "•" or run together) become its items.

Guidance is extracted at ingest time and kept in a JSON sidecar next to the embedded index,
so :func:`load_guidance` needs neither the embedding model nor Chroma when the index exists. With
a Chroma server it is rebuilt from the stored chunks (the lexical mirror; no embedding model).
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from assistant.knowledge.store import KnowledgeStore, open_store
from assistant.schemas import Citation
from assistant.settings import Settings

GuidanceKind = Literal["question", "example", "tip"]

# guidance name -> topic key -> heading words that introduce the topic
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "smart": {
        "specific": ("specific",),
        "measurable": ("measurable",),
        "attainable": ("attainable", "achievable"),
        "relevant": ("relevant",),
        "time_bound": ("time-bound", "time bound", "timebound", "time-bounded", "time bounded"),
    },
    "feedback": {
        "situation": ("situation",),
        "behavior": ("behaviour", "behavior"),
        "impact": ("impact",),
        "next_step": ("next steps", "next step", "next-step"),
    },
}

_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+•]|\d+[.)])\s+(.*)$")
_LEADING_MARK = re.compile(r"^(?:\d+[.)]\s*|[A-Za-z]\s*[-–—:|)]\s+)")
_QUOTES = ('"', "“", "„", "«")
SIDECAR_VERSION = 1


class GuidanceItem(BaseModel):
    """One coaching question, wording example or tip for a topic, with where it came from."""

    topic: str
    kind: GuidanceKind
    text: str
    citation: Citation


class Guidance(BaseModel):
    """All guidance items of one kind of job aid ("smart" or "feedback")."""

    name: str
    items: list[GuidanceItem]

    def for_topic(self, topic: str, kind: GuidanceKind | None = None) -> list[GuidanceItem]:
        """Items for a topic key (``time_bound``; "Time-bound" works too), optionally of one kind."""
        key = topic_key(topic)
        return [i for i in self.items if i.topic == key and (kind is None or i.kind == kind)]

    @property
    def topics(self) -> list[str]:
        return list(dict.fromkeys(i.topic for i in self.items))


def topic_key(topic: str) -> str:
    """Normalise a topic name to its key: "Time-bound" -> "time_bound", "Behaviour" -> "behavior"."""
    text = topic.strip().casefold().replace("-", " ").replace("_", " ")
    for topics in TOPICS.values():
        for key, words in topics.items():
            if text == key.replace("_", " ") or text in {w.replace("-", " ") for w in words}:
                return key
    return text.replace(" ", "_")


def topic_for_heading(name: str, heading: str) -> str | None:
    """The topic a heading introduces, when its text starts with a topic name."""
    text = _LEADING_MARK.sub("", heading.strip().lstrip("#").strip()).strip("*_ ").casefold()
    for key, words in TOPICS.get(name, {}).items():
        for word in words:
            if text.startswith(word) and (len(text) == len(word) or not text[len(word)].isalpha()):
                return key
    return None


def classify_item(text: str) -> tuple[GuidanceKind, str]:
    """Kind of a list item and its display text ("Example:" labels are dropped)."""
    stripped = text.strip()
    if stripped.endswith("?"):
        return "question", stripped
    if stripped.startswith(_QUOTES):
        return "example", stripped
    if stripped.casefold().startswith("example:"):
        return "example", stripped[len("example:") :].strip()
    return "tip", stripped


def list_items(text: str) -> list[str]:
    """Markdown list items in a block of text, continuation lines joined."""
    items: list[str] = []
    in_item = False
    for line in text.splitlines():
        match = _LIST_ITEM.match(line)
        if match:
            items.append(match.group(2).strip())
            in_item = True
        elif in_item and line.strip() and line[:1].isspace():
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            in_item = False
    return [re.sub(r"(\*\*|__)", "", item).strip() for item in items if item.strip()]


_INLINE_QUESTION = re.compile(r"[^?•·▪●◦\n\t]*\?")
_MARKUP = re.compile(r"<[^>]*>")
MIN_DETECTED_TOPICS = 3


def inline_questions(line: str) -> list[str]:
    """The questions written on one line, e.g. "Specific Be clear. • Who is involved? • Why?"."""
    text = _MARKUP.sub(" ", line)
    questions = []
    for match in _INLINE_QUESTION.finditer(text):
        question = re.sub(r"\s+", " ", match.group()).strip(" -–—*•")
        # Keep the question itself when a statement runs into it: "… and specific. Who is involved?"
        question = re.split(r"(?<=[.!:])\s+(?=[A-Z])", question)[-1]
        if len(question) > 3:
            questions.append(question)
    return questions


def _inline_topics(name: str, blocks: Iterable[tuple[tuple[str, ...], str]]) -> dict[str, list[str]]:
    """Topic -> questions from lines that start with a topic name and carry questions."""
    found: dict[str, list[str]] = {}
    for headings, text in blocks:
        for line in text.splitlines():
            if headings and line.startswith(f"{headings[-1]}: "):
                line = line[len(headings[-1]) + 2:]  # a plain-text heading read with its first line
            topic = topic_for_heading(name, line)
            questions = inline_questions(line) if topic else []
            if topic and questions:
                found.setdefault(topic, []).extend(q for q in questions if q not in found.get(topic, []))
    return found


def detect_guidance(blocks: list[tuple[tuple[str, ...], str]]) -> str | None:
    """The kind of job aid a document without front-matter is, judged by its layout, or None."""
    for name in TOPICS:
        if len(_inline_topics(name, blocks)) >= MIN_DETECTED_TOPICS:
            return name
    return None


def extract_guidance(
    name: str, blocks: Iterable[tuple[tuple[str, ...], str]], source: str, path: str | None = None
) -> list[GuidanceItem]:
    """Guidance items from (heading path, text) blocks of one document, in document order."""
    items: list[GuidanceItem] = []
    seen: set[tuple[str, str]] = set()
    for headings, text in blocks:
        topic = next((t for h in reversed(headings) if (t := topic_for_heading(name, h))), None)
        if topic is None:
            continue
        section = " > ".join(headings)
        for raw in list_items(text):
            kind, display = classify_item(raw)
            if not display or (topic, raw) in seen:  # chunk overlap can repeat an item
                continue
            seen.add((topic, raw))
            citation = Citation(source=source, section=section, excerpt=raw, path=path)
            items.append(GuidanceItem(topic=topic, kind=kind, text=display, citation=citation))
    if not items:  # no topic headings with lists: questions written inline, as in a PDF or text job aid
        for topic, questions in _inline_topics(name, blocks).items():
            for question in questions:
                citation = Citation(source=source, section=None, excerpt=question, path=path)
                items.append(GuidanceItem(topic=topic, kind="question", text=question, citation=citation))
    return items


# --- sidecar ----------------------------------------------------------------------------------


def sidecar_path(settings: Settings) -> Path:
    return Path(settings.index_dir).expanduser() / f"guidance-{settings.collection}.json"


def read_sidecar(settings: Settings) -> dict[str, Any] | None:
    """The sidecar's documents (path -> {name, source, items}), or None when there is none."""
    path = sidecar_path(settings)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != SIDECAR_VERSION:
        return None
    if data.get("chunks") == 0:  # the index is empty: callers must look (and maybe ingest) first
        return None
    documents = data.get("documents")
    return documents if isinstance(documents, dict) else None


def write_sidecar(settings: Settings, documents: dict[str, Any], chunks: int | None = None) -> None:
    """Replace the sidecar atomically (write a temporary file, then rename it).

    ``chunks`` is the size of the index, so an empty index is noticed without opening it
    (None: unknown, taken as not empty)."""
    path = sidecar_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Unique per call: concurrent writers in one process must not share a temporary file.
    tmp = path.with_suffix(f".{os.getpid()}.{uuid.uuid4().hex}.tmp")
    payload = {
        "version": SIDECAR_VERSION,
        "collection": settings.collection,
        "chunks": chunks,
        "documents": documents,
    }
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def remove_sidecar(settings: Settings) -> None:
    sidecar_path(settings).unlink(missing_ok=True)


def sidecar_entry(name: str, source: str, items: list[GuidanceItem]) -> dict[str, Any]:
    return {"name": name, "source": source, "items": [i.model_dump(mode="json") for i in items]}


def _from_documents(documents: dict[str, Any], name: str) -> Guidance | None:
    items: list[GuidanceItem] = []
    for path in sorted(documents):
        entry = documents[path]
        if isinstance(entry, dict) and entry.get("name") == name:
            items.extend(GuidanceItem.model_validate(i) for i in entry.get("items", []))
    return Guidance(name=name, items=items) if items else None


def documents_from_store(settings: Settings, store: KnowledgeStore | None = None) -> dict[str, Any]:
    """Rebuild the sidecar's content from the chunks stored in the index (no embeddings)."""
    store = store or open_store(settings)
    documents: dict[str, Any] = {}
    for document in store.documents():
        if document.guidance not in TOPICS:
            continue
        chunks = store.document_chunks(document.path)
        blocks = [(chunk.headings, chunk.text) for chunk in chunks]
        name, source = str(document.guidance), document.source
        documents[document.path] = sidecar_entry(name, source, extract_guidance(name, blocks, source, document.path))
    return documents


# (sidecar path, inode, mtime, size, name) -> parsed guidance; the sidecar is replaced atomically,
# so a re-ingest changes the key and a batch of 10,000 goals reads and parses the file once.
_PARSED: dict[tuple[str, int, int, int, str], Guidance | None] = {}


def _sidecar_guidance(settings: Settings, name: str) -> tuple[bool, Guidance | None]:
    """(True, guidance) from the sidecar, parsed once per version of the file; (False, None) without one."""
    path = sidecar_path(settings)
    try:
        stat = path.stat()
    except OSError:
        return False, None
    key = (str(path), stat.st_ino, stat.st_mtime_ns, stat.st_size, name)
    if key not in _PARSED:
        documents = read_sidecar(settings)
        if documents is None:
            return False, None
        if len(_PARSED) > 64:
            _PARSED.clear()
        _PARSED[key] = _from_documents(documents, name)
    return True, _PARSED[key]


def load_guidance(
    settings: Settings, name: str, notify: Callable[[str], None] | None = None
) -> Guidance | None:
    """The indexed guidance of one kind ("smart" or "feedback"), or None when no indexed
    document provides it (or there is no index yet: reading never builds one)."""
    embedded = not settings.chroma_host
    if embedded:
        found, guidance = _sidecar_guidance(settings, name)
        if found:
            return guidance
        store = open_store(settings, notify=notify)
        if not store.documents():
            return None
        documents = documents_from_store(settings, store)  # an index without a sidecar: rebuild it
        write_sidecar(settings, documents, store.count())
        return _from_documents(documents, name)
    return _from_documents(documents_from_store(settings), name)
