"""A quote with the sentence of its paragraph that is tied to it (qafacts39).

A sentence whose opening refers back to the sentence before it cannot be read without that sentence: "OPL must be taken
as a period of either one week or two consecutive weeks. *It* cannot be taken in instalments."; "... we may have to
refuse a request for compassionate leave. *If so* your manager will give you a written explanation for the refusal.";
"... they are expected to take a lieu day at a later date ... *For example*, if Alice commits to ...". Halliday & Hasan
(*Cohesion in English*, 1976) name the ties that make a text of two sentences: reference (ch. 2: the personal
pronouns of the third person, 2.3, and the demonstratives, 2.4), substitution and ellipsis of a clause (ch. 3.3-4:
"if so", "if not", "otherwise"; "in that case") and conjunction (ch. 5: the adversative "however", "but"; the
exemplifying "for example", "for instance"). A tied sentence goes on with what its predecessor says (the rule's
condition, its exception, its case), so a quote is shown with it: a quoted sentence followed, in its paragraph, by a
sentence opening with such a tie is quoted with that sentence; a quoted sentence that opens with one is quoted with the
sentence before it. Only sentences of one paragraph are joined (a list item, a heading or a new paragraph is not
tied), one on each side, and only while the quote stays within ``MAX_TIED_WORDS``. Whether a question is answered and
which quotes answer it never change: a quote only shows its paragraph's tied sentence with it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.knowledge.markup import clean_markdown_text
from assistant.qa.models import Unit

MAX_TIED_WORDS = 120  # the most words a quote with its tied sentence may have (answer.MAX_LIST_WORDS' size)

# The opening of a sentence tied to the one before it (Halliday & Hasan 1976; see the module's docstring).
_REFERENCE = ("it", "its", "they", "their", "he", "his", "she", "her", "this", "these", "that", "those", "such")
_SUBSTITUTION = ("if so", "if not", "otherwise", "in that case", "in this case", "in such cases", "in such a case")
_CONJUNCTION = ("however", "but", "for example", "for instance")
_TIE = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in _SUBSTITUTION + _CONJUNCTION + _REFERENCE)})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def tied(sentence: str) -> bool:
    """Whether ``sentence`` opens with a tie to the sentence before it (a reference item, a substitute clause or a
    conjunction: "It cannot be ...", "If so ...", "For example, ...", "That's too disruptive ...")."""
    return bool(_TIE.match(sentence.strip()))


@lru_cache(maxsize=512)
def _paragraph_text(text: str) -> str:
    return clean_markdown_text(text)


def same_paragraph(text: str, first: str, second: str) -> bool:
    """Whether ``second`` follows ``first`` in one paragraph of the passage ``text`` (only spaces between them)."""
    clean = _paragraph_text(text)
    at = clean.find(first)
    while at >= 0:
        end = at + len(first)
        rest = clean[end:]
        gap = len(rest) - len(rest.lstrip(" "))
        if rest[gap:].startswith(second) and gap > 0:
            return True
        at = clean.find(first, at + 1)
    return False


def _sentence(text: str) -> bool:
    """A full sentence (not a heading, a lead-in or a fragment)."""
    text = text.strip()
    return bool(text) and not text.startswith("#") and _SENTENCE_END.search(text) is not None


def with_tied(unit: Unit) -> Unit:
    """``unit`` quoted with the sentence of its paragraph tied to it: the next sentence when that opens with a tie,
    and the sentence before when ``unit`` opens with one; any other unit (a list put together, a table row, a lead-in
    with its items) as it is."""
    items = unit.passage.units
    position = unit.position
    if not 0 <= position < len(items) or items[position] != unit.text or not _sentence(unit.text):
        return unit
    text = unit.text
    if position > 0 and tied(text):
        before = items[position - 1]
        if _sentence(before) and same_paragraph(unit.passage.text, before, text) \
                and len(f"{before} {text}".split()) <= MAX_TIED_WORDS:
            text = f"{before} {text}"
    if position + 1 < len(items):
        after = items[position + 1]
        if tied(after) and _sentence(after) and same_paragraph(unit.passage.text, unit.text, after) \
                and len(f"{text} {after}".split()) <= MAX_TIED_WORDS:
            text = f"{text} {after}"
    return unit if text == unit.text else replace(unit, text=text)
