"""Policy Q&A: grounded answers with citations from the knowledge index, or an honest abstention.

Flow: screen the question (instructions aimed at the assistant, off-topic requests) -> hybrid
search -> relevance gate -> answer. Offline, the answer is extractive: the sentences of the top
passages that share the most content words with the question, quoted, each with its ``[n]``.
With a model configured, the model answers from the same passages (delimited as data), and its
answer is kept only when every ``[n]`` marker points at a passage it was given and it invents no
number, date or name; otherwise the extractive answer is shown with a notice.

Relevance gate (calibrated on ``evals/policy.jsonl``; see :data:`CALIBRATION`): a question is
answered when the best passage has dense cosine similarity >= ``settings.qa_min_similarity`` AND
the question shares at least ``MIN_OVERLAP`` content-word stems with the top passages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from assistant.schemas import Citation
from assistant.settings import Settings
from assistant.text import content_stems, sentences, stem

if TYPE_CHECKING:
    from assistant.knowledge.search import SearchResult

Notify = Callable[[str], None]

CALIBRATION = """Relevance gate calibration (re-run: ``python -m assistant.evaluation.policy``).

Data: evals/policy.jsonl, 88 questions over knowledge/ (66 in scope, 22 must-abstain: 10 HR topics
the documents do not cover, 6 trivia/coding/translation, 6 instructions aimed at the assistant).
Features per question: the best dense cosine similarity among the top-5 hybrid results, and the
content-word stems it shares with the top-3 passages (MIN_OVERLAP = 1). The pattern screen runs first.
Method: sweep the similarity threshold from 0.15 to 0.70 in steps of 0.005; score each value by
J = abstention_accuracy - over_refusal; take the midpoint of the widest run of thresholds within
0.02 of the best J (a near-optimal value with the most margin either side). On the current
knowledge/ that run is 0.320-0.370 (midpoint 0.345; an earlier draft of the documents gave 0.343),
so the default is 0.34 (``settings.qa_min_similarity``, COACH_QA_MIN_SIMILARITY).
Result at 0.34: abstention_accuracy 0.909 (20/22), over_refusal 0.0 (0/66), hit@3 1.0.
Misses: "paid parental leave" (similarity 0.44) and "vacation days accrue" (0.42) are answered:
in-domain topics close to the leave and review policies. No threshold separates them: clearing
both (>= 0.44) refuses 12% of in-scope questions. Below 0.32 trivia-like HR questions
(mileage, salary band) start to be answered.
The threshold was tuned on the same set it is reported on; expect lower figures on new questions
and re-calibrate when the knowledge base changes."""

MIN_OVERLAP = 1  # content-word stems shared by the question and the top passages
TOP_K = 5  # passages retrieved
ANSWER_PASSAGES = 3  # passages whose words count for relevance
QUOTE_POOL = 5  # passages the extractive answer may quote from
MAX_QUOTES = 4
MIN_RELATIVE_SCORE = 0.5  # quotes after the second must score at least this share of the best
LENGTH_PENALTY = 0.03
TYPE_BONUS = 2.0
RANK_PRIOR = 0.5
SECTION_BONUS = 0.3
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

# Instructions aimed at the assistant (prompt injection) rather than questions about policy.
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|bypass)\b[^.?!]{0,40}\b(?:instructions?|prompts?|rules|context|"
    r"documents?|passages?|policies|above)\b"
    r"|\bsystem\s+(?:prompt|override|message)\b|\byou\s+are\s+now\b|\bpretend\b|\bjailbreak\b"
    r"|\bact\s+as\s+(?:if\s+you|an?\s+(?:ai|assistant|unrestricted|different))\b|\bdeveloper\s+mode\b"
    r"|\b(?:reveal|print|show|repeat|output)\b[^.?!]{0,30}\b(?:your|the)\s+(?:instructions|prompt|"
    r"system\s+message|configuration)\b|\bapi\s+keys?\b"
    r"|\bnew\s+instructions\b|\bfrom\s+now\s+on\b[^.?!]{0,40}\b(?:you|answer|respond|reply)\b",
    re.IGNORECASE,
)
# Requests outside performance management: writing code, general trivia, chit-chat tasks.
_OFF_TOPIC = re.compile(
    r"\b(?:python|javascript|typescript|java|c\+\+|c#|golang|rust\s+code|sql\s+query|regex|html|css|bash\s+script|"
    r"source\s+code|unit\s+tests?)\b"
    r"|\b(?:write|give|show|generate|implement|debug)\b[^.?!]{0,40}\b(?:code|function|script|program|"
    r"class|algorithm|query|poem|song|story|joke|essay|haiku|limerick)\b"
    r"|\bcapital\s+of\b|\bwho\s+won\b|\bworld\s+cup\b|\bweather\b|\brecipe\b|\bstock\s+price\b"
    r"|\bspeed\s+of\s+light\b|\bhow\s+tall\b|\bhow\s+far\b|\btranslate\b",
    re.IGNORECASE,
)

_MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")


class PolicyAnswer(BaseModel):
    """A grounded answer (or an abstention) with the passages it rests on."""

    answered: bool
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    mode: Literal["offline", "llm"] = "offline"
    notices: list[str] = Field(default_factory=list)


class _ModelAnswer(BaseModel):
    """What the model returns for a policy question."""

    answered: bool = Field(description="false when the passages do not answer the question")
    answer: str = Field(description="the answer, every sentence ending with [n] citation markers")


# --- text helpers ---------------------------------------------------------------------------------


# Common HR acronyms: a question using either form also matches the other.
ACRONYMS = {
    "pip": "performance improvement plan",
    "ipm": "individual performance measure",
    "idp": "individual development plan",
    "sbi": "situation behaviour impact",
    "okr": "objectives and key results",
    "kpi": "key performance indicator",
    "hrbp": "hr business partner",
}


def question_stems(question: str) -> set[str]:
    """Content stems of a question, with HR acronyms and their expansions added both ways."""
    stems = content_stems(question)
    for short, long in ACRONYMS.items():
        long_stems = content_stems(long)
        if stem(short) in stems:
            stems |= long_stems
        elif long_stems <= stems:
            stems.add(stem(short))
    return stems


def screen_question(question: str) -> Literal["instruction", "off_topic"] | None:
    """Why a question must be refused before retrieval, or None when it may be a policy question."""
    if _INJECTION.search(question):
        return "instruction"
    if _OFF_TOPIC.search(question):
        return "off_topic"
    return None


def relevance(question: str, results: list[SearchResult]) -> tuple[float, int]:
    """(best dense similarity, content stems shared with the top passages)."""
    best = max((r.similarity for r in results if r.similarity is not None), default=0.0)
    q = question_stems(question)
    shared: set[str] = set()
    for r in results[:ANSWER_PASSAGES]:
        shared |= q & content_stems(f"{r.section or ''} {r.text}")
    return best, len(shared)


def is_relevant(similarity: float, overlap: int, settings: Settings) -> bool:
    """The calibrated gate: close enough in meaning and sharing at least one content word."""
    return similarity >= settings.qa_min_similarity and overlap >= MIN_OVERLAP


def _citation(result: SearchResult, excerpt: str | None = None) -> Citation:
    text = excerpt if excerpt is not None else _excerpt(result.text)
    score = result.similarity if result.similarity is not None else result.score
    return Citation(source=result.source, section=result.section, excerpt=text,
                    score=round(float(score), 4), path=result.path)


def _excerpt(text: str) -> str:
    text = " ".join(_blocks(text))
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


_BULLET = re.compile(r"^(?:[-*+•]|\d+[.)])\s+")


def _blocks(text: str) -> list[str]:
    """A passage as prose blocks: paragraphs and list items joined across wrapped lines,
    headings dropped, markdown emphasis removed, table rows as 'Header: value; ...'."""
    blocks: list[str] = []
    current: list[str] = []
    header: list[str] | None = None

    def flush() -> None:
        if current:
            blocks.append(re.sub(r"\*\*|__|`", "", " ".join(current)))
            current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                continue
            if header is None:
                header = cells
                continue
            pairs = [f"{h}: {c}" if h else c for h, c in zip(header, cells, strict=False) if c]
            row = "; ".join(pairs)
            blocks.append(row if row.endswith((".", "!", "?")) else row + ".")
            continue
        header = None
        if not line or line.startswith("#") or re.fullmatch(r"-{3,}", line):
            flush()
            continue
        if _BULLET.match(line):
            flush()
            line = _BULLET.sub("", line)
        current.append(line)
    flush()
    return blocks


def _sentences(text: str) -> list[str]:
    """Sentences of a passage; list items and table rows count as sentences."""
    out: list[str] = []
    for block in _blocks(text):
        out.extend(sentences(block))
    # Four words at least, and not a list lead-in ("A PIP may be used when:").
    return [s for s in out if len(s.split()) >= 4 and not s.endswith(":")]


# --- answers --------------------------------------------------------------------------------------


# Answer types: a question asking "how often" wants a sentence with a frequency; "how many / how
# long / when / deadline" wants one with a number, duration or date.
_ASKS_FREQUENCY = re.compile(r"\bhow\s+(?:often|frequently)\b|\bcadence\b|\bfrequen", re.IGNORECASE)
_HAS_FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|biweekly|every|once|twice)\b"
    r"|\bper\s+(?:day|week|month|quarter|year)\b|\btimes\s+a\b", re.IGNORECASE)
_ASKS_QUANTITY = re.compile(
    r"\bhow\s+(?:many|much|long|soon|quickly|fast|far|late|early)\b|\bwhat\s+(?:percentage|date|day|time|amount)\b",
    re.IGNORECASE)
# Weaker cues, used only for wh-questions ("When is ...", not "Is 'soon' acceptable as a deadline?").
_ASKS_QUANTITY_WH = re.compile(r"\bwhen\b|\bdeadline\b|\bdue\b|\bwhich\s+(?:days?|months?|dates?)\b|\blimit\b|\bcap\b",
                               re.IGNORECASE)
_ASKS_DURATION = re.compile(r"\bhow\s+(?:long|soon|quickly|fast)\b", re.IGNORECASE)
_HAS_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|sixty|ninety)"
    r"(?:\s+(?:working|calendar|business))?\s+(?:hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
_NAMES_FREQUENCY = re.compile(r"\b(?:cadence|frequency|rhythm)\b", re.IGNORECASE)
_HAS_QUANTITY = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|"
    r"half|dozen|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|quarter|annual|week|month|year)\b", re.IGNORECASE)


_ASKS_YES_NO = re.compile(r"^\s*(?:can|could|do|does|did|is|are|am|should|must|may|will|would|has|have)\b",
                          re.IGNORECASE)
_HAS_RULE = re.compile(r"\b(?:never|not|no|must|cannot|can't|only|always|may|should|required?)\b", re.IGNORECASE)
_FACTS = re.compile(r"\d+|\b[a-z]+\b")


def _answer_type_bonus(question: str, sentence: str) -> float:
    """1 per kind of fact the question asks for that the sentence adds (not merely repeats)."""
    asked = {m.group().lower() for m in _FACTS.finditer(question)}
    new = [m.group().lower() for m in _FACTS.finditer(sentence) if m.group().lower() not in asked]
    rest = " ".join(new)
    bonus = 0.0
    yes_no = bool(_ASKS_YES_NO.search(question))
    if _ASKS_FREQUENCY.search(question) and _HAS_FREQUENCY.search(rest):
        bonus += 1.5 if _NAMES_FREQUENCY.search(sentence) else 1.0
    asks_quantity = _ASKS_QUANTITY.search(question) or (not yes_no and _ASKS_QUANTITY_WH.search(question))
    if _ASKS_DURATION.search(question):
        if _HAS_DURATION.search(sentence):
            bonus += 1.0
    elif asks_quantity and _HAS_QUANTITY.search(rest):
        bonus += 1.0
    if yes_no and _HAS_RULE.search(sentence):
        bonus += 0.5
    return bonus


def _idf(sentences: list[set[str]]) -> dict[str, float]:
    df: dict[str, int] = {}
    for stems in sentences:
        for t in stems:
            df[t] = df.get(t, 0) + 1
    n = len(sentences) or 1
    return {t: math.log(1 + n / d) for t, d in df.items()}


def extractive_answer(question: str, results: list[SearchResult]) -> tuple[str, list[Citation]]:
    """Quote the most relevant sentence of each top passage, each with its ``[n]`` citation.

    The search ranking decides which passages are quoted (up to ``MAX_QUOTES`` of the first
    ``QUOTE_POOL``, skipping a passage with no sentence sharing a content word with the question).
    Within a passage, a sentence scores by the question's content words it shares, weighted by how
    rare they are among the candidate sentences (IDF), plus a bonus when it holds the kind of fact
    the question asks for (a frequency; a number, duration or date).
    """
    q = question_stems(question)
    per_passage = [[(pos, sentence, content_stems(sentence)) for pos, sentence in enumerate(_sentences(r.text))]
                   for r in results[:QUOTE_POOL]]
    idf = _idf([stems for passage in per_passage for _, _, stems in passage])
    scored: list[tuple[float, int, int, str, float]] = []
    for rank, passage in enumerate(per_passage):
        section_bonus = SECTION_BONUS * len(q & content_stems(results[rank].section or ""))
        passage_overlaps = bool(q & content_stems(f"{results[rank].section or ''} {results[rank].text}"))
        for pos, sentence, stems in passage:
            if _INJECTION.search(sentence):
                continue  # text addressed to an assistant is never quoted as an answer
            shared = q & stems
            bonus = _answer_type_bonus(question, sentence)
            # A sentence qualifies by sharing a content word, or by holding the fact asked for
            # (e.g. "monthly" for "how often") inside a passage that is about the question.
            if shared or (bonus >= 1 and passage_overlaps):
                score = (sum(idf[t] for t in shared) / (1 + LENGTH_PENALTY * len(stems))
                         + TYPE_BONUS * bonus + RANK_PRIOR / (rank + 1) + section_bonus)
                scored.append((score, rank, pos, sentence, bonus))
    if any(c[4] >= 1 for c in scored):
        # The question asks for a frequency, number or date and some sentences give one: quote those.
        scored = [c for c in scored if c[4] >= 1]
    scored.sort(key=lambda c: (-c[0], c[1], c[2]))
    chosen: list[tuple[int, int, str]] = []
    taken: dict[int, int] = {}
    for score, rank, pos, sentence, _ in scored:
        if taken.get(rank, 0) >= 2 or sentence in {c[2] for c in chosen}:
            continue
        if len(chosen) >= 2 and score < MIN_RELATIVE_SCORE * scored[0][0]:
            break
        chosen.append((rank, pos, sentence))
        taken[rank] = taken.get(rank, 0) + 1
        if len(chosen) >= MAX_QUOTES:
            break
    chosen.sort()
    if not chosen:  # relevant passages but no single sentence overlaps: quote the top passage's opening
        first = (_sentences(results[0].text) or [_excerpt(results[0].text)])[0]
        chosen = [(0, 0, first)]
    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    lines = ["From the indexed documents:"]
    for rank, _, sentence in chosen:
        if rank not in numbers:
            numbers[rank] = len(numbers) + 1
            citations.append(_citation(results[rank]))
        lines.append(f"- \u201c{sentence}\u201d [{numbers[rank]}]")
    return "\n".join(lines), citations


def _delimit(text: str) -> str:
    """Make data unable to close or open our delimiting tags."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def format_passages(results: list[SearchResult], texts: list[str]) -> str:
    """Passages as numbered, delimited data blocks for the model."""
    blocks = []
    for i, (r, text) in enumerate(zip(results, texts, strict=False), 1):
        section = f' section="{_delimit(r.section)}"' if r.section else ""
        blocks.append(f'<passage id="{i}" source="{_delimit(r.source)}"{section}>\n{_delimit(text)}\n</passage>')
    return "\n\n".join(blocks)


def check_markers(answer: str, passage_count: int) -> str | None:
    """Why an answer's ``[n]`` markers are unacceptable, or None when they are valid."""
    ids = [int(n) for group in _MARKER.findall(answer) for n in re.split(r"\s*,\s*", group)]
    if not ids:
        return "it cites no passage"
    wrong = sorted({n for n in ids if not 1 <= n <= passage_count})
    if wrong:
        return f"it cites {', '.join(f'[{n}]' for n in wrong)}, which {'was' if len(wrong) == 1 else 'were'} not given"
    return None


def _renumber(answer: str, results: list[SearchResult], texts: list[str]) -> tuple[str, list[Citation]]:
    """Renumber markers to the passages actually cited, in order of first citation."""
    order: dict[int, int] = {}
    for group in _MARKER.findall(answer):
        for n in re.split(r"\s*,\s*", group):
            order.setdefault(int(n), len(order) + 1)

    def repl(m: re.Match[str]) -> str:
        return "".join(f"[{order[int(n)]}]" for n in re.split(r"\s*,\s*", m.group(1)))

    citations = [_citation(results[n - 1], _excerpt(texts[n - 1])) for n in order]
    return _MARKER.sub(repl, answer), citations


def _llm_answer(
    question: str, results: list[SearchResult], settings: Settings, notices: list[str], model: Any = None
) -> PolicyAnswer | None:
    """The model's grounded answer, or None (with a notice) when it fails or is rejected."""
    from assistant.analyzers.fidelity import check_fidelity
    from assistant.llm.provider import LLMError, get_llm
    from assistant.llm.tokens import fit_to_budget

    try:
        llm = get_llm(settings, model)
        if llm is None:
            return None
        prompt = llm.prompt("policy_answer", {"question", "passages"})
        texts = fit_to_budget([r.text for r in results], settings.context_token_budget, llm.counter)
        given = results[: len(texts)]
        reply = llm.structured(prompt, _ModelAnswer, question=_delimit(question),
                               passages=format_passages(given, texts))
    except LLMError as exc:
        notices.append(f"LLM unavailable: {exc}; extractive answer shown.")
        return None
    if not reply.answered or not reply.answer.strip():
        nearest = [_citation(r) for r in results[:ANSWER_PASSAGES]]
        return PolicyAnswer(answered=False, answer=NOT_COVERED, citations=nearest, mode="llm", notices=notices)
    problem = check_markers(reply.answer, len(given))
    if problem is None:
        fidelity = check_fidelity(reply.answer, [question, *texts])
        if not fidelity.ok:
            problem = fidelity.describe()
    if problem is not None:
        notices.append(f"LLM answer rejected: {problem}; extractive answer shown.")
        return None
    text, citations = _renumber(reply.answer.strip(), given, texts)
    return PolicyAnswer(answered=True, answer=text, citations=citations, mode="llm", notices=notices)


def answer(question: str, settings: Settings, notify: Notify | None = None, model: Any = None) -> PolicyAnswer:
    """Answer ``question`` from the indexed documents, or abstain (``answered=False``).

    ``model``: an :class:`assistant.llm.models.ChatModel`; None means the one ``settings`` names.
    """
    from assistant.knowledge.search import search

    question = question.strip()
    results = search(question, settings, k=TOP_K, notify=notify) if question else []
    nearest = [_citation(r) for r in results[:ANSWER_PASSAGES]]
    refusal = screen_question(question) if question else "off_topic"
    if refusal == "instruction":
        return PolicyAnswer(answered=False, answer=INSTRUCTION, citations=nearest)
    if refusal == "off_topic":
        return PolicyAnswer(answered=False, answer=OFF_TOPIC, citations=nearest)
    similarity, overlap = relevance(question, results)
    if not results or not is_relevant(similarity, overlap, settings):
        return PolicyAnswer(answered=False, answer=NOT_COVERED, citations=nearest)
    notices: list[str] = []
    if model is not None or settings.llm_mode != "offline":
        llm_result = _llm_answer(question, results, settings, notices, model)
        if llm_result is not None:
            return llm_result
    text, citations = extractive_answer(question, results)
    return PolicyAnswer(answered=True, answer=text, citations=citations, mode="offline", notices=notices)


def as_json_payload(result: PolicyAnswer) -> dict[str, Any]:
    """The ``coach ask --json`` shape: answered, answer, citations (source, section, excerpt, score), mode."""
    return {
        "answered": result.answered,
        "answer": result.answer,
        "citations": [c.model_dump(include={"source", "section", "excerpt", "score"}) for c in result.citations],
        "mode": result.mode,
    }
