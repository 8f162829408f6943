"""Fidelity guard: a rewrite may not bring in numbers, dates or names its sources lack.

Pure. Used on every offline rewrite (as a property) and on every LLM output.
Bracketed placeholders such as ``[deadline]`` are not content and are ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel

from assistant.text import DATE_WORDS, NUMBER_WORDS

# Words that may be capitalised mid-sentence without being a name.
ALWAYS_ALLOWED = {"i", "i'm", "i'll", "i've", "i'd", "ok", "smart", "ipm", "ipms", "sbi", "hr", "q&a"}

_PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")
_NUMBER = re.compile(r"(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?%?")
_QUARTER = re.compile(r"\b(?:Q[1-4]|FY\s?\d{2,4}|H[12])\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*")


class FidelityViolation(BaseModel):
    """Something in the output that none of the allowed texts contains."""

    kind: Literal["number", "date", "name"]
    text: str
    start: int
    end: int


class FidelityReport(BaseModel):
    ok: bool
    violations: list[FidelityViolation]

    def describe(self) -> str:
        """One line naming the violations, for a retry prompt or a notice."""
        if self.ok:
            return "no invented facts"
        return "not in the input or sources: " + ", ".join(
            f"{v.kind} '{v.text}'" for v in self.violations
        )


def _normalise_number(token: str) -> str:
    token = token.lstrip("$€£").rstrip("%").replace(",", "")
    try:
        value = float(token)
    except ValueError:
        return token
    return f"{value:g}"


def _allowed_numbers(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        found.update(_normalise_number(m.group()) for m in _NUMBER.finditer(text))
        for word in _WORD.findall(text):
            value = NUMBER_WORDS.get(word.lower())
            if value is not None:
                found.add(f"{float(value):g}")
    return found


def _words(texts: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for text in texts:
        for word in _WORD.findall(text):
            lower = word.lower().replace("’", "'")
            words.add(lower)
            words.add(re.sub(r"'s$", "", lower))
            words.update(part for part in re.split(r"[-&]", lower) if part)
    return words


def _is_sentence_start(text: str, pos: int) -> bool:
    """True when the word at ``pos`` opens a sentence, line, list item, quote or parenthesis."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and text[i] in "-*•":
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or text[j] in "\r\n":
            return True
    if i < 0 or text[i] in "\r\n\"“(":
        return True
    return text[i] in ".!?:;" and i < pos - 1


def check_fidelity(output: str, allowed: Iterable[str]) -> FidelityReport:
    """Check ``output`` against ``allowed`` (the user's input and the cited sources).

    Flags numbers (digits or number words), dates (months, weekdays, quarters, relative days)
    and capitalised mid-sentence words (names, organisations) that no allowed text contains.
    """
    allowed = list(allowed)
    allowed_numbers = _allowed_numbers(allowed)
    allowed_words = _words(allowed)
    allowed_quarters = {m.group().lower().replace(" ", "") for t in allowed for m in _QUARTER.finditer(t)}

    # Blank out placeholders so their words are never checked but offsets stay valid.
    checked = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), output)
    violations: list[FidelityViolation] = []

    def add(kind: str, start: int, end: int) -> None:
        violations.append(FidelityViolation(kind=kind, text=output[start:end], start=start, end=end))

    quarter_spans = []
    for m in _QUARTER.finditer(checked):
        quarter_spans.append((m.start(), m.end()))
        if m.group().lower().replace(" ", "") not in allowed_quarters:
            add("date", m.start(), m.end())
    quarter_starts = [s for s, _ in quarter_spans]

    def in_quarter(pos: int) -> bool:  # spans are disjoint and in order: one bisect, not a scan
        i = bisect_right(quarter_starts, pos) - 1
        return i >= 0 and pos < quarter_spans[i][1]

    for m in _NUMBER.finditer(checked):
        if in_quarter(m.start()):
            continue
        if _normalise_number(m.group()) not in allowed_numbers:
            add("number", m.start(), m.end())
    for m in _WORD.finditer(checked):
        word = m.group()
        lower = word.lower().replace("’", "'")
        if in_quarter(m.start()):
            continue
        if lower in NUMBER_WORDS:
            if f"{float(NUMBER_WORDS[lower]):g}" not in allowed_numbers and lower not in allowed_words:
                add("number", m.start(), m.end())
        elif lower in DATE_WORDS:
            if lower not in allowed_words and not (lower == "may" and word == "may"):
                add("date", m.start(), m.end())
        elif word[0].isupper() and lower not in ALWAYS_ALLOWED:
            if _is_sentence_start(checked, m.start()):
                continue
            base = re.sub(r"'s$", "", lower)
            if lower not in allowed_words and base not in allowed_words:
                add("name", m.start(), m.end())
    violations.sort(key=lambda v: v.start)
    return FidelityReport(ok=not violations, violations=violations)
