"""Answer units: the pieces of a chunk that an answer can quote, embedded at ingest.

A chunker may declare them (``Chunk.units``: FAQ question+answer pairs and table rows stay whole);
otherwise they are the chunk's sentences (:func:`assistant.text.sentences`, hard-wrapped lines
joined) with each markdown table row on its own. Each unit is embedded with its nearest heading
as context, so "How long?" under "Weekly one-on-ones" still says what it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant import text as textlib


def split_units(text: str) -> list[str]:
    """Sentences of ``text``; table rows (lines starting with "|") are units of their own."""
    units: list[str] = []
    for sentence in textlib.sentences(text, line_breaks=False):
        lines = sentence.splitlines()
        if any(line.lstrip().startswith("|") for line in lines):
            units.extend(line.strip() for line in lines if line.strip())
        else:
            units.append(" ".join(line.strip() for line in lines if line.strip()))
    return [u for u in units if u]


def chunk_units(text: str, declared: Sequence[str] | None = None) -> list[str]:
    """The units of a chunk: the chunker's own when it declares them, else :func:`split_units`."""
    if declared:
        return [u.strip() for u in declared if u and u.strip()]
    return split_units(text)


def unit_embed_text(unit: str, headings: Sequence[str], title: str) -> str:
    """What is embedded for a unit: its nearest heading (or the title) as context, then the unit."""
    context = (headings[-1] if headings else title or "").strip()
    return f"{context}: {unit}" if context and context != unit else unit
