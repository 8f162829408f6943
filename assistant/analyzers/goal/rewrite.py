"""The offline rewrite: the user's own phrases rearranged, with bracketed placeholders and questions."""

from __future__ import annotations

import re

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal.models import (
    _FLAGS,
    Criterion,
)
from assistant.analyzers.goal.relevance import (
    _CONTROL_VERBS,
)
from assistant.analyzers.goal.rules import (
    GoalRules,
)
from assistant.analyzers.goal.specific import (
    _Found,
)
from assistant.analyzers.rulecache import precompiled
from assistant.text import (
    letter_words,
    wordset,
)

# --------------------------------------------------------------------------- rewrite


def _tidy(fragment: str) -> str:
    """Collapse whitespace and the stray punctuation left where phrases were lifted out."""
    fragment = re.sub(r"\s+", " ", fragment)
    fragment = re.sub(r"\s+([,;:.!?])", r"\1", fragment)
    fragment = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", fragment)
    fragment = re.sub(r"^[\s,;:.!?-]+|[\s,;:.!?-]+$", "", fragment)
    fragment = re.sub(r"\s+(?:and|or)$", "", fragment, flags=_FLAGS)
    return fragment.strip()


def _capitalise(fragment: str) -> str:
    return fragment[:1].upper() + fragment[1:] if fragment[:1].islower() else fragment


def _rewrite(text: str, rules: GoalRules, criteria: dict[str, Criterion], found: _Found) -> tuple[str, list[str]]:
    """The goal as written, edited in place (hedges dropped, a vague or passed time frame and an
    out-of-reach target questioned where they stand), with only the missing parts appended as
    prompts built from the goal's own words. A goal that meets every criterion comes back as written."""
    pieces = rules.rewrite
    edits: list[tuple[int, int, str]] = [
        (h.start, h.end, "will " if text[h.start:h.end].lower().startswith("will ") else "") for h in found.weak]
    if found.vague_time and not criteria["time_bound"].met:
        h = found.vague_time
        edits.append((h.start, h.end, _ask(text[h.start:h.end], pieces["vague_time"])))
    if found.past_deadline is not None:
        h = found.past_deadline
        edits.append((h.start, h.end, _ask(text[h.start:h.end], pieces["past_deadline"])))
    for flag in found.red_flags:
        edits.append((flag.end, flag.end, " " + _ask(text[flag.start:flag.end], pieces["unrealistic"])))
    stripped = text.strip()
    edits = [(s - _lead(text), e - _lead(text), r) for s, e, r in edits]

    topic = _topic(text, found)
    prompts: list[str] = []
    if not criteria["specific"].met:
        prompts.append(pieces["specific"].format(topic=topic) if topic else rules.criteria["specific"]["placeholder"])
    if not criteria["measurable"].met:
        prompts.append(pieces["measure_topic"].format(topic=topic) if topic else pieces["measure"])
    if not criteria["time_bound"].met and found.past_deadline is None and not found.vague_time:
        prompts.append(pieces["deadline"])
    if not criteria["relevant"].met:
        prompts.append(pieces["alignment_topic"].format(topic=topic) if topic else pieces["alignment"])
    cut = _closing_purpose(stripped, criteria["relevant"], found.topic, _lead(text), edits) if prompts else None
    if cut is None:
        body = _apply(stripped, edits).rstrip()
        end = body[-1:] if body[-1:] in (".", "!", "?") else ""
        body = body[: len(body) - len(end)] if end else body
        rewrite = " ".join(p for p in [body, *prompts] if p) + "."
    else:
        # The prompts belong to the action, so they go before a purpose clause that closes the goal:
        # "Improve X [what exactly?] ... by [deadline], so they feel confident sooner."
        head = _apply(stripped[:cut], [e for e in edits if e[1] <= cut]).rstrip(" ,;:-")
        tail = _apply(stripped[cut:], [(s - cut, e - cut, r) for s, e, r in edits if s >= cut]).strip().rstrip(".!?")
        rewrite = " ".join(p for p in [head, *prompts] if p) + ", " + tail + "."
    # Our brackets only (a bracket the writer typed is not a gap we ask about), in reading order.
    ours = [r for _, _, r in sorted(edits) if r.strip()] + prompts
    placeholders = [m.group() for part in ours for m in re.finditer(r"\[[^\[\]]*\]", part)]
    # Nothing in the rewrite may be new: if an edit ever cut a name or number in two, keep the
    # goal as written and append the prompts.
    if not _only_input_words(rewrite, text) and not check_fidelity(rewrite, [text]).ok:
        rewrite = " ".join(p for p in [text.strip().rstrip("."), *prompts] if p) + "."
        placeholders = [m.group() for part in prompts for m in re.finditer(r"\[[^\[\]]*\]", part)]
    return _capitalise(" ".join(rewrite.split())), list(dict.fromkeys(placeholders))


_PURPOSE_OPENING = precompiled(r"(?:so\s{1,3}that|so|in\s{1,3}order\s{1,3}to|to|which\s{1,3}will|thereby|helping|"
                               r"enabling|allowing)\s", re.IGNORECASE)


# Verbs, adjectives and nouns after which "to" opens their complement, not a purpose ("the tool founders trust to
# make pricing decisions", "gain the skills to tackle production issues").
_COMPLEMENT_TAKERS = wordset("""trust trusts want wants need needs able unable likely going used try tries plan plans
aim aims intend intends hope hopes expect expects agree decide learn choose ready willing how ought enough seek seeks
strive continue continues begin start fail refuse manage skill skills ability abilities capacity time resources tools
knowledge confidence way ways means opportunity opportunities chance right power courage authority budget funding""")


def _closing_purpose(goal: str, relevant: Criterion, topic: tuple[int, int] | None, lead: int,
                     edits: list[tuple[int, int, str]]) -> int | None:
    """Where a purpose clause that ends the goal begins ("..., so they feel confident sooner"), or None
    when the goal's aim stands elsewhere or opens it, the goal's object (which the prompts ask about)
    lies inside it, "to" completes a verb rather than opening a purpose, or an edit crosses into it."""
    if not relevant.met or relevant.start is None or relevant.end is None:
        return None
    start, end = relevant.start - lead, relevant.end - lead
    if start <= 0 or goal[end:].strip(" .!?\n\t") or not _PURPOSE_OPENING.match(goal, start):
        return None
    before = letter_words(goal[max(0, start - 40):start])
    if not before or (before[-1].lower() in _COMPLEMENT_TAKERS and goal[start:start + 3].lower() == "to "):
        return None
    if topic is not None and topic[0] - lead >= start:
        return None
    if any(s < start < e for s, e, _ in edits) or any(w.lower() in _CONTROL_VERBS for w in before[-3:]):
        return None
    return start


_WORDLIKE = precompiled(r"[^\s\[\]]+")


def _only_input_words(rewrite: str, text: str) -> bool:
    """Every word outside the brackets is a word of the input (so the guard cannot object): a cheap
    test that spares the full fidelity check in the usual case."""
    allowed = {w.strip(".,;:!?\"'()").lower() for w in text.split()}
    outside = re.sub(r"\[[^\[\]]*\]", " ", rewrite)
    return all(w.strip(".,;:!?\"'()").lower() in allowed for w in _WORDLIKE.findall(outside))


def _scaffold(rules: GoalRules) -> tuple[str, list[str]]:
    """The rewrite of an empty goal: every part as a prompt."""
    pieces = rules.rewrite
    parts = [rules.criteria["specific"]["placeholder"], pieces["measure"], rules.criteria["attainable"]["placeholder"],
             pieces["deadline"], pieces["alignment"]]
    rewrite = _capitalise(" ".join(parts)) + "."
    return rewrite, [m.group() for m in re.finditer(r"\[[^\[\]]*\]", rewrite)]


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _ask(words: str, question: str) -> str:
    quoted = " ".join(words.replace('"', "'").replace("[", "").replace("]", "").split())
    return f'["{quoted}": {question}]'


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, replacement in sorted(edits):
        if start < pos:
            continue
        out += [text[pos:start], replacement]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _topic(text: str, found: _Found) -> str | None:
    """The goal's own object words ("XYZ Conference attendance"), for prompts about it."""
    span = found.topic
    if span is None:
        return None
    words = [w for w in re.findall(r"[^\s\[\]\"]+", text[span[0]:span[1]])][:8]
    phrase = " ".join(words).strip(" ,;:.")
    return phrase or None


def _finish(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence + "." if sentence and sentence[-1] not in ".!?" else sentence


_LEADING_FUNCTION_WORD = precompiled(
    r"(?:By|Before|Within|Over|In|During|To|So|As|For|Starting|Beginning|Until|Through|This|Next|No|On|From|"
    r"Aligned|Supporting|Toward|Towards|Throughout|At|After|Effective|Consistent|Under|Required|Which|That)\b"
)


def _lower_lead(phrase: str) -> str:
    """'By June 30' moved mid-sentence becomes 'by June 30' (only function words are lowered)."""
    return phrase[0].lower() + phrase[1:] if _LEADING_FUNCTION_WORD.match(phrase) else phrase


def _span(c: Criterion) -> tuple[int, int] | None:
    return (c.start, c.end) if c.start is not None and c.end is not None else None


def _strip_prefix(fragment: str, rules: GoalRules) -> str:
    m = rules.strip_prefix.match(fragment)
    return fragment[m.end():] if m else fragment


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (merged where they overlap), joined with spaces."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end <= start:
            continue
        out.append(text[pos:start])
        out.append(" ")
        pos = end
    out.append(text[pos:])
    return "".join(out)
