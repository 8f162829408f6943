"""A quoted list item that is a bare phrase, shown with its list and the label line it stands under (qalist39).

A list set under a label line ("**Gather the Required Employee Information**" then "1. Confirmation of your right to
work ...", "2. IRD number", "3. IRD Tax code - Working out tax code" ...) is split into one answer unit per item, and,
the label not ending in a colon, no item carries it: an item that is a phrase, not a sentence ("IRD Tax code - Working
out tax code"), then says nothing of what it is a member of, and the members beside it ("IRD number") are lost. The
items of one list are the coordinated members of one construction (the GFM list model: a list is a run of list items
of one type, consecutive lines; Quirk et al. 1985, 13.1 on coordination: the conjoins of one coordination share its
function), introduced by the line before them; so a quoted item that is a bare phrase is shown as that construction:
the label, a colon, and the items of its run joined by "; ", while it stays within the length a list is quoted whole
(``answer.MAX_LIST_WORDS`` for a question asking for several things, ``answer.ITEM_LIST_WORDS`` for any other).

Only a phrase item is widened (an item that is a full sentence says what it says); only a run of at least two items
under a label line (or, opening its passage, under the passage's heading) that is not a sentence and does not end in a colon (an item under a ":" lead-in already carries
it, ``answer.with_items`` / ``answer.whole_list``); a quote already put together is left as it is. Whether a question
is answered and which units are quoted never change: a quote only shows the list it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.knowledge.markup import clean_markdown_text
from assistant.qa.models import Unit

MIN_RUN = 2  # a list is at least two items
_ITEM = re.compile(r"^\s{0,12}(?:[-*+\u2022]|\d{1,3}[.)])\s+(.*\S)\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


@lru_cache(maxsize=512)
def _lines(text: str) -> tuple[str, ...]:
    return tuple(clean_markdown_text(text).split("\n"))


def _item(line: str) -> str | None:
    found = _ITEM.match(line)
    return found.group(1) if found else None


def _label(line: str) -> str | None:
    """A label line a list stands under: not a list item, not a sentence, no colon at its end ("Gather the
    Required Employee Information", "## Documents")."""
    text = line.strip().lstrip("#").strip()
    if not text or _item(line) is not None or text.endswith(":") or _SENTENCE_END.search(text):
        return None
    return text


def list_run(text: str, item: str, section: str | None = None) -> tuple[str, list[str]] | None:
    """The label and the items of the list run of the passage ``text`` that holds the item ``item``, or None when
    ``item`` is in no such run (no label line right before the run, fewer than ``MIN_RUN`` items). A run opening
    the passage stands under the passage's own heading ``section`` (the chunker starts a chunk at a heading)."""
    lines = _lines(text)
    for at, line in enumerate(lines):
        if _item(line) != item:
            continue
        start = at
        while start > 0 and _item(lines[start - 1]) is not None:
            start -= 1
        end = at
        while end + 1 < len(lines) and _item(lines[end + 1]) is not None:
            end += 1
        before = start - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        label = _label(lines[before]) if before >= 0 else _label((section or "").split(" > ")[-1])
        members = [_item(lines[i]) or "" for i in range(start, end + 1)]
        if label is None or len(members) < MIN_RUN:
            return None
        return label, members
    return None


def with_list_run(unit: Unit, limit: int) -> Unit:
    """``unit``, a list item that is a bare phrase, quoted as its list: its label line, a colon and the items of its
    run, when that is at most ``limit`` words; any other unit (a sentence, a quote already put together) as it is."""
    items = unit.passage.units
    position = unit.position
    text = unit.text.strip()
    if not 0 <= position < len(items) or items[position] != unit.text or _SENTENCE_END.search(text):
        return unit
    found = list_run(unit.passage.text, text, unit.passage.section)
    if found is None:
        return unit
    label, members = found
    joined = f"{label}: {'; '.join(m.rstrip('.;, ') for m in members)}."
    return replace(unit, text=joined) if len(joined.split()) <= limit else unit
