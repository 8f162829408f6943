"""The better draft: the writer's own sentences edited in place, missing parts asked for."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set as AbstractSet
from itertools import accumulate
from typing import TYPE_CHECKING

from assistant.analyzers.bias import BiasFlag
from assistant.schemas import Citation

if TYPE_CHECKING:
    from assistant.knowledge.guidance import Guidance
from assistant.analyzers.feedback.absolutes import (
    Hit,
)
from assistant.analyzers.feedback.draft import (
    _Draft,
)
from assistant.analyzers.feedback.models import (
    PARTS,
    Polarity,
)
from assistant.analyzers.feedback.rules import (
    FeedbackRules,
)
from assistant.analyzers.feedback.steps import (
    _Sentence,
)

# --- the better draft -------------------------------------------------------------------------

SLOT_ORDER: tuple[str, ...] = ("next_step", "impact", "behavior", "situation")


def _slot(sentence: _Sentence, previous: str | None) -> str:
    """The SBI slot a sentence goes to: its most forward-looking function, else the slot of the
    sentence before it (a follow-on remark), else behaviour."""
    cues = sentence.cues
    if "next_step" in cues:
        return "next_step"
    if "behavior" in cues:
        return "behavior"
    if "impact" in cues:
        return "impact"
    if "situation" in cues:
        return "situation" if previous is None else previous
    return previous or "behavior"


def _bracket(words: str, question: str) -> str:
    quoted = " ".join(words.replace('"', "'").replace("[", "").replace("]", "").split())
    return f'["{quoted}": {question}]'


SPAN_QUESTIONS = {
    "trait": "what did you see or hear them do?",
    "harsh": "what exactly happened?",
    "absolute": "on which occasions?",
    "bias": "what did they do or say?",
}


BIAS_QUESTIONS = {
    "gendered_language": "a gender-neutral word?",
    "gender_coded": "what did they do or say?",
    "affinity": "which skill or result do you mean?",
}
"""Other bias categories (age, origin, health, family, appearance, religion, orientation) ask this."""
BIAS_DEFAULT_QUESTION = "is this relevant to the work?"


def _quote(text: str, span: tuple[int, int] | None, limit: int = 12) -> str | None:
    if span is None:
        return None
    words = text[span[0]:span[1]].replace("[", "").replace("]", "").replace('"', "'").rstrip(" .!?").split()
    if not words:
        return None
    return " ".join(words[:limit]) + (" ..." if len(words) > limit else "")


def _missing_prompt(part: str, rules: FeedbackRules, quote: str | None, guidance: Guidance | None,
                    used: list[Citation]) -> str:
    """A prompt for a missing part, built from the writer's own words (or the guide's question)."""
    spec = rules.parts[part]
    if guidance is not None:
        questions = [q for q in guidance.for_topic(part, "question") if q.text.strip()]
        if questions:
            used.append(questions[0].citation)
            question = " ".join(questions[0].text.replace("[", "").replace("]", "").split())
            return f'[{question} (about "{quote}")]' if quote else f"[{question}]"
    return "[" + (spec.question.format(quote=quote) if quote else spec.fallback) + "]"


def _reaches(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether a span overlaps ``start..end``, of spans given by their ``starts`` (sorted) and the furthest end
    ``reach`` of each prefix: those that start before ``end`` overlap it when one of them ends after ``start``."""
    n = bisect_left(starts, end)
    return n > 0 and reach[n - 1] > start


def _rewrite(
    draft: _Draft,
    rules: FeedbackRules,
    sentences: list[_Sentence],
    evidence: dict[str, tuple[int, int] | None],
    hits: list[Hit],
    bias: list[BiasFlag],
    polarity: Polarity,
    guidance: Guidance | None,
    judged_present: AbstractSet[str] = frozenset(),
) -> tuple[str, list[str], list[Citation], list[str]]:
    """Each sentence in its own slot, edited in place; missing parts appended as prompts (except those
    in ``judged_present``: no clause shows them but the learned layer judged them present)."""
    text = draft.text
    edits: list[tuple[int, int, str]] = []
    for rule, m in hits:
        edits.append((m.start(), m.end(), _bracket(m.group(), SPAN_QUESTIONS[rule.kind])))
    # Which edits a bias flag overlaps, read from the spans sorted by start with their running furthest end: a draft
    # with thousands of flags stays linear. Flags come in text order; in any other the edits are scanned in full.
    spans = sorted((s, e) for s, e, _ in edits)
    hit_starts, hit_reach = [s for s, _ in spans], list(accumulate((e for _, e in spans), max))
    kept_starts: list[int] = []
    kept_reach: list[int] = []
    in_order = all(a.start <= b.start for a, b in zip(bias, bias[1:], strict=False))
    for flag in bias:
        if in_order:
            overlaps = _reaches(hit_starts, hit_reach, flag.start, flag.end) or _reaches(
                kept_starts, kept_reach, flag.start, flag.end)
        else:
            overlaps = any(s < flag.end and flag.start < e for s, e, _ in edits)
        if not overlaps:
            question = BIAS_QUESTIONS.get(flag.category, BIAS_DEFAULT_QUESTION)
            edits.append((flag.start, flag.end, _bracket(flag.text, question)))
            if in_order:
                kept_starts.append(flag.start)
                kept_reach.append(max(flag.end, kept_reach[-1]) if kept_reach else flag.end)
    edits.sort()
    placeholders: list[str] = []  # only the edits rendered: of two on one span, the first

    def render(s: int, e: int) -> str:
        out, pos = [], s
        for es, ee, replacement in edits:
            if s <= es and ee <= e and es >= pos:
                out += [text[pos:es], replacement]
                placeholders.append(replacement)
                pos = ee
        out.append(text[pos:e])
        return " ".join("".join(out).split())

    slots: dict[str, list[str]] = {p: [] for p in PARTS}
    slot_of: list[str] = []
    previous: str | None = None
    for sentence in sentences:
        slot = _slot(sentence, previous)
        slot_of.append(slot)
        piece = render(sentence.start, sentence.end)
        if piece:
            slots[slot].append(piece)
        previous = slot

    used: list[Citation] = []
    first = (sentences[0].start, sentences[0].end) if sentences else None
    clean_first = first if first and not any(first[0] <= es < first[1] for es, _, _ in edits) else None
    behaviour_quote = _quote(text, evidence["behavior"])
    traits = [m.group() for rule, m in hits if rule.kind == "trait"]
    for part in PARTS:
        if evidence[part] is not None or part in judged_present:
            continue
        if part == "next_step" and polarity == "positive":
            continue
        if part == "behavior" and traits:
            continue  # the trait questions already ask for the observed behaviour
        quote = _quote(text, clean_first) if part == "behavior" else behaviour_quote
        prompt = _missing_prompt(part, rules, quote, guidance, used)
        placeholders.append(prompt)
        slots[part].append(prompt)
    lines = [f"{rules.parts[p].label}: {' '.join(slots[p])}" for p in PARTS if slots[p]]
    sources: list[Citation] = []
    seen: set[tuple[str, str | None, str]] = set()
    for c in used:
        key = (c.source, c.section, c.excerpt)
        if key not in seen:
            seen.add(key)
            sources.append(c)
    return "\n".join(lines), list(dict.fromkeys(placeholders)), sources, slot_of
