"""Fidelity guard: a rewrite may not bring in numbers, dates, names or instructions its sources lack.

Pure. Used on every offline rewrite (as a property) and on every LLM output.
Bracketed placeholders such as ``[deadline]`` are not content and are ignored; a pseudonym such
as ``[PERSON_1]`` (see :mod:`assistant.llm.redact`) is the name it stands for.

* numbers: digits, number words and compounds ("twenty-five percent"), ordinals ("third", "3rd"),
  compared by value, so "6" and "six" are the same;
* dates: months, weekdays, quarters, relative days and relative dates ("mid-March", "next
  Friday", "in two weeks");
* names: capitalised words mid-sentence that no source has, and people's names in any case and
  at a sentence start (:mod:`assistant.names`);
* instructions: links, prompt-injection phrases ("ignore previous instructions") and decisions
  the sources never took ("your PIP is cancelled").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import BaseModel

from assistant.analyzers.rulecache import precompiled
from assistant.names import find_names, is_known_name
from assistant.text import DATE_WORDS, NUMBER_WORDS, ORDINALS, numbers, relative_dates, stem

# Words that may be capitalised mid-sentence without being a name.
ALWAYS_ALLOWED = {"i", "i'm", "i'll", "i've", "i'd", "ok", "smart", "ipm", "ipms", "sbi", "hr", "q&a"}

_PSEUDONYM = precompiled(r"\[[A-Z][A-Z0-9_]*_\d+(?:_(?:FIRST|LAST|V\d+))?\]")
_PLACEHOLDER = precompiled(r"\[[^\[\]]*\]")
_QUARTER = precompiled(r"\b(?:Q[1-4]|FY\s?\d{2,4}|H[12])\b", re.IGNORECASE)
_WORD = precompiled(r"[A-Za-z][A-Za-z'’&]*(?:-[A-Za-z'’&]+)*")
_LINK = precompiled(r"\b(?:https?://|www\.|javascript:|data:|file:|mailto:)[^\s<>\"')\]]*|\b[\w-]{1,63}\.(?:com|net|org|io|ai|co|gov|edu)\b",
                   re.IGNORECASE)
_INJECTION = precompiled(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|rules|prompts?|guidelines|above|previous)\b"
    r"|\b(?:system\s+prompt|you\s+are\s+now|new\s+instructions|jailbreak|developer\s+mode)\b"
    r"|\b(?:log\s*in|sign\s*in|click|enter\s+your\s+(?:password|credentials)|reply\s+with\s+your)\b",
    re.IGNORECASE,
)
# Decisions a model must not announce unless a source does ("your PIP is cancelled").
DECISION_WORDS = frozenset(
    ["cancel", "cancelled", "canceled", "cancels", "revoke", "revoked", "void", "voided", "waive", "waived", "withdraw", "withdrawn", "rescind", "rescinded", "terminate", "terminated", "dismiss", "dismissed", "fire", "fired", "suspend", "suspended", "overturn", "overturned", "approve", "approved", "exempt", "exempted", "expunge", "expunged"]
)


NUMBER_IDIOMS = frozenset(
    ["one-on-one", "one-on-ones", "one-to-one", "one-to-ones", "one-off", "one-offs", "one-way", "two-way", "first-hand", "second-hand"]
)
"""Hyphenated words that hold a number word without stating a number."""


class FidelityViolation(BaseModel):
    """Something in the output that none of the allowed texts contains."""

    kind: Literal["number", "date", "name", "instruction"]
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


def _number_key(value: float) -> str:
    return f"{float(value):g}"


def _allowed_numbers(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        for mention in numbers(text):
            found.add(_number_key(mention.value))
    return found


def _words(texts: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for text in texts:
        for word in _WORD.findall(text):
            lower = word.lower().replace("’", "'")
            words.add(lower)
            words.add(lower.removesuffix("'s"))
            if "-" in lower or "&" in lower:  # else the one part is the word itself
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


def _normal(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.lower()).strip()


def check_fidelity(
    output: str, allowed: Iterable[str], pseudonyms: Mapping[str, str] | None = None
) -> FidelityReport:
    """Check ``output`` against ``allowed`` (the user's input and the cited sources).

    Flags numbers (digits or number words, by value), dates (months, weekdays, quarters,
    relative days and dates), names (capitalised mid-sentence words, and people's names in any
    case or position) and instructions (links, prompt-injection phrases, decisions) that no
    allowed text contains. ``pseudonyms`` maps tokens such as ``[PERSON_1]`` to the values they
    stand for; a token in ``output`` is checked as that value, an unknown token as a name.
    """
    pseudonyms = dict(pseudonyms or {})
    allowed = [_PSEUDONYM.sub(lambda m: pseudonyms.get(m.group(), m.group()), t) for t in allowed]
    allowed_numbers = _allowed_numbers(allowed)
    allowed_words = _words(allowed)
    allowed_quarters = {m.group().lower().replace(" ", "") for t in allowed for m in _QUARTER.finditer(t)}
    allowed_relative = {_normal(t[s:e]) for t in allowed for s, e in relative_dates(t)}
    allowed_links = {m.group().lower().rstrip(".,;:!?") for t in allowed for m in _LINK.finditer(t)}
    allowed_lower = "\n".join(allowed).lower()
    allowed_stems = {stem(w) for w in allowed_words}

    violations: list[FidelityViolation] = []
    covered = bytearray(len(output) + 1)  # characters already inside a violation (linear, not quadratic)
    in_quarter = bytearray(len(output) + 1)

    def add(kind: str, start: int, end: int) -> None:
        violations.append(FidelityViolation(kind=kind, text=output[start:end], start=start, end=end))
        covered[start:end] = b"\x01" * (end - start)

    def inside(pos: int) -> bool:
        return bool(covered[pos])

    # Pseudonyms: a known one is its value (checked below like any name); an unknown one is a name.
    checked = output
    for m in _PSEUDONYM.finditer(output):
        value = pseudonyms.get(m.group())
        if value is None and m.group() not in allowed_lower.upper():
            add("name", m.start(), m.end())
    # Blank out placeholders so their words are never checked but offsets stay valid.
    checked = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), checked)

    for m in _LINK.finditer(checked):
        link = m.group().rstrip(".,;:!?")
        if link.lower() not in allowed_links:
            add("instruction", m.start(), m.start() + len(link))
    for m in _INJECTION.finditer(checked):
        if _normal(m.group()) not in _normal(allowed_lower) and not inside(m.start()):
            add("instruction", m.start(), m.end())

    for m in _QUARTER.finditer(checked):
        in_quarter[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        if m.group().lower().replace(" ", "") not in allowed_quarters:
            add("date", m.start(), m.end())
    for start, end in relative_dates(checked):
        if _normal(checked[start:end]) not in allowed_relative and not inside(start):
            add("date", start, end)
    compounds: dict[int, str] = {}  # character -> the hyphenated word holding it
    for m in _WORD.finditer(checked):
        if "-" in m.group():
            lowered = m.group().lower()
            compounds.update(dict.fromkeys(range(m.start(), m.end()), lowered))
    for mention in numbers(checked):
        if in_quarter[mention.start] or inside(mention.start):
            continue
        compound = compounds.get(mention.start)
        if compound is not None and (compound in allowed_words or compound in NUMBER_IDIOMS):
            continue
        if _number_key(mention.value) in allowed_numbers:
            continue
        if mention.text.lower() in allowed_words:
            continue
        add("number", mention.start, mention.end)

    name_starts = set()
    for start, end in find_names(checked):
        name_starts.add(start)
        parts = [p for p in _WORD.findall(checked[start:end]) if len(p) > 1]
        missing = [p for p in parts if p.lower() not in allowed_words and p.lower().removesuffix("'s") not in allowed_words]
        if missing and not inside(start):
            add("name", start, end)

    for m in _WORD.finditer(checked):
        word = m.group()
        lower = word.lower().replace("’", "'")
        if in_quarter[m.start()] or inside(m.start()) or m.start() in name_starts:
            continue
        base = lower.removesuffix("'s")
        parts = [p for p in lower.split("-") if p]
        if any(p in DATE_WORDS for p in parts):
            if lower not in allowed_words and not all(p in allowed_words for p in parts if p in DATE_WORDS) and not (
                lower == "may" and word == "may"
            ):
                add("date", m.start(), m.end())
            continue
        if lower in NUMBER_WORDS or lower in ORDINALS:
            continue  # numbers() has judged it by value
        if lower in DECISION_WORDS and stem(lower) not in allowed_stems and lower not in allowed_words:
            add("instruction", m.start(), m.end())
            continue
        if word[0].isupper() and lower not in ALWAYS_ALLOWED:
            if _is_sentence_start(checked, m.start()) and not is_known_name(base):
                continue
            if lower not in allowed_words and base not in allowed_words:
                add("name", m.start(), m.end())
        elif word.islower() and is_known_name(base) and base not in allowed_words:
            add("name", m.start(), m.end())
    violations.sort(key=lambda v: v.start)
    return FidelityReport(ok=not violations, violations=violations)
