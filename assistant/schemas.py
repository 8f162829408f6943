"""Small models shared by several features."""

from __future__ import annotations

from pydantic import BaseModel


class Citation(BaseModel):
    """A passage of an indexed document that an answer or a piece of guidance rests on."""

    source: str
    section: str | None = None
    excerpt: str
    score: float | None = None
    path: str | None = None
    title: str | None = None
    organisation: str | None = None
    date: str | None = None  # the document's effective date, when it gives one
