"""Render: the answer text (quotes with ``[n]`` markers, a conflict note), citations that show
document, section and date, and abstentions that say what the documents do cover."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.knowledge.markup import readable
from assistant.qa.check import ASKED
from assistant.qa.models import Citation, Passage, Unit, Verdict

EXCERPT_CHARS = 320

NOT_COVERED = "The indexed documents don't cover this question."
OFF_TOPIC = (
    "This assistant answers questions about the organisation's performance-management documents; "
    "the indexed documents don't cover this request."
)
INSTRUCTION = (
    "That reads as an instruction to the assistant rather than a policy question; it is not followed. "
    "The indexed documents don't cover it."
)
LEAD = "From the indexed documents:"
CONFLICT = ("These passages give different values for the same thing; they conflict, and neither is "
            "picked here. Check which document is current with HR.")


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A passage as one readable line, cut at a word near ``limit`` characters."""
    text = readable(text)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def citation(passage: Passage, text: str | None = None, score: float | None = None) -> Citation:
    """A citation of a passage: document, section, date and the quoted (or excerpted) text."""
    return Citation(
        source=passage.source,
        section=passage.section,
        excerpt=excerpt(text if text is not None else passage.text),
        score=round(float(score if score is not None else passage.similarity), 4),
        path=passage.path,
        title=passage.title,
        organisation=passage.organisation,
        date=passage.effective_date,
    )


def quoted_answer(quotes: Sequence[Unit], conflict: bool, uncovered: Sequence[str] = ()) -> tuple[str, list[Citation]]:
    """Quotes best first, each with the ``[n]`` of the passage it comes from, then the parts of the question
    the documents do not answer."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    lines = [LEAD]
    for unit in quotes:
        passage = unit.passage
        if passage.id not in numbers:
            numbers[passage.id] = len(numbers) + 1
            citations.append(citation(passage, unit.text, unit.similarity))
        lines.append(f"- \u201c{readable(unit.text)}\u201d [{numbers[passage.id]}]")
    if conflict:
        lines.append(CONFLICT)
    if uncovered:
        lines.append(not_covered_parts(uncovered))
    return "\n".join(lines), citations


_LEADING_CONJUNCTION = re.compile(r"^\W*(?:and|but|or|also|then)\b\W*", re.IGNORECASE)


def not_covered_parts(parts: Sequence[str]) -> str:
    """The note naming the parts of a question no quoted passage answers."""
    named = " or ".join(f"\u201c{_LEADING_CONJUNCTION.sub('', part).strip().rstrip('?').strip()}?\u201d"
                        for part in parts)
    return f"The passages above answer the other part of the question; the indexed documents do not cover {named}"


def _where(passage: Passage) -> str:
    who = passage.organisation or passage.title
    return f"{who} ({passage.source})" if who and who != passage.source else passage.source


def _topic(passage: Passage) -> str:
    section = (passage.section or "").split(" > ")[-1]
    return section or passage.title


SIBLINGS_SHOWN = 3  # the other kinds of the asked thing an abstention names, first found first


def abstention(verdict: Verdict) -> str:
    """Why the question is not answered, and what the documents do cover."""
    nearest = verdict.nearest[0].passage if verdict.nearest else None
    if nearest is None:
        return NOT_COVERED
    if verdict.reason == "names" and verdict.missing_names:
        missing = " or ".join(verdict.missing_names)
        return (f"The documents describe \u201c{_topic(nearest)}\u201d at {_where(nearest)}, but not for {missing}. "
                f"{NOT_COVERED}")
    if verdict.reason == "focus" and verdict.missing_terms:
        asked = ", ".join(f"\u201c{t}\u201d" for t in verdict.missing_terms)
        return (f"The documents cover \u201c{_topic(nearest)}\u201d ({_where(nearest)}), but the passages found "
                f"do not mention {asked}. {NOT_COVERED}")
    if verdict.reason == "sibling" and verdict.missing_terms and verdict.covered:
        shown = verdict.covered[:SIBLINGS_SHOWN]
        kinds = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
        return f"The documents cover {kinds}, not {verdict.missing_terms[0]}. {NOT_COVERED}"
    if verdict.reason == "deferred":
        return (f"The documents cover \u201c{_topic(nearest)}\u201d ({_where(nearest)}), but only say where to find "
                f"what this question asks for, not what it is. {NOT_COVERED}")
    if verdict.reason == "answer_type" and verdict.asked:
        return (f"The documents cover \u201c{_topic(nearest)}\u201d ({_where(nearest)}), but do not give "
                f"{verdict.asked} for this question. {NOT_COVERED}")
    return (f"The nearest passage found is \u201c{_topic(nearest)}\u201d ({_where(nearest)}); it does not answer "
            f"this question. {NOT_COVERED}")


def asked_phrase(kind: str | None) -> str | None:
    return ASKED.get(kind) if kind else None
