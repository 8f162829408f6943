"""Matching helpers: hits, spans, intervals and the numbers inside a goal."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from assistant.analyzers.goal.models import (
    _TOKEN,
)
from assistant.analyzers.goal.rules import (
    GoalRules,
    Rule,
    load_rules,
)
from assistant.analyzers.scan import finditer_at
from assistant.text import (
    NUMBER_WORDS,
)

# --------------------------------------------------------------------------- scanning


@dataclass(frozen=True)
class Hit:
    rule: str
    start: int
    end: int
    why: str = ""


def scan(text: str, rules: GoalRules | None = None, which: Callable[[Rule], bool] | None = None) -> list[Hit]:
    """Every regex rule match in ``text`` (used by ``check_goal`` and by the rule-example tests);
    ``which`` picks the rules to run."""
    rules = rules or load_rules()
    finder = rules.rule_scan
    starts = finder.starts(text) if finder is not None else []
    hits = []
    for rule in rules.rules:
        if rule.regex is None or (which is not None and not which(rule)):
            continue
        n = finder.index(rule.regex) if finder is not None else None
        for m in finditer_at(rule.regex, text, starts[n] if n is not None else None):
            start, end = _trim(text, m.start(), m.end())
            if end > start:
                hits.append(Hit(rule.id, start, end, rule.why))
    return hits


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with whitespace or trailing punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _inside(start: int, end: int, spans: list[tuple[int, int]] | _Intervals) -> bool:
    if isinstance(spans, _Intervals):
        return spans.contains(start, end)
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]] | _Intervals) -> bool:
    if isinstance(spans, _Intervals):
        return spans.overlaps(start, end)
    return any(start < e and s < end for s, e in spans)


class _Intervals:
    """Spans answering "does anything overlap [start, end)?" in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.max_end.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # spans starting before ``end``
        return i >= 0 and self.max_end[i] > start

    def contains(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1  # spans starting at or before ``start``
        return i >= 0 and self.max_end[i] >= end


def _word_starts(text: str, regex: re.Pattern[str], firsts: frozenset[str] | None = None, pos: int = 0,
                 endpos: int | None = None):
    """Matches of a word-aligned ``regex`` tried only where a word starts (and, given ``firsts``,
    only where that word can begin a match), not at every character; ``pos`` and ``endpos`` as in
    ``Pattern.finditer`` (``pos`` where no word runs across it)."""
    endpos = len(text) if endpos is None else endpos
    for token in _TOKEN.finditer(text, pos, endpos):
        if firsts is not None and token.group().lower() not in firsts:
            continue
        m = regex.match(text, token.start(), endpos)
        if m:
            yield m


def _pick(hits: list[Hit]) -> Hit | None:
    """The earliest, then longest, hit."""
    return min(hits, key=lambda h: (h.start, -(h.end - h.start))) if hits else None


def _number(token: str) -> float | None:
    token = token.strip().lower().lstrip("$€£").rstrip("%").replace(",", "")
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    if token in {"a", "an", "single"}:
        return 1.0
    try:
        return float(token)
    except ValueError:
        return None
