"""Features of a unit as an answer to one asking clause of a question, for the learned scorer.

Every feature is a property of the question, the unit and where the unit sits, never a word of a
particular corpus, so weights fitted on one set of documents carry to another:

* dense: cosine of the question with the unit read under its heading (and its gap to the pool's
  best), cosine with the whole passage;
* search: fused rank and lexical (BM25) rank of the passage in the candidate pool;
* coverage (IDF over the pool's units) of the clause's focus by the unit, by the unit with its
  heading and title, and by the unit's document as far as the pool shows it; of all the
  question's content words by the unit with its heading;
* answer type: whether the unit holds the kind of value the clause asks for (number, duration,
  money, percentage, date, role, permission), and how much of the focus stands with it in the
  same clause of the unit (:func:`assistant.qa.focus.attachment`);
* scope: the question names an organisation of the index and the unit's document is another's;
* shape: FAQ question with its answer, a question alone, a table row, the unit's length; a table
  row (or a unit under a heading) whose column names the kind of value asked for; a condition
  (first cell, leading "If ...,") the question does not ask about.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from assistant.qa.check import holds, names_kind
from assistant.qa.focus import Question, acronyms, attachment, expand_acronyms, matched, matched_in
from assistant.qa.models import Passage, Unit
from assistant.qa.screen import addresses_assistant
from assistant.qa.select import coverage, idf, question_stems
from assistant.text import content_stems as _content_stems
from assistant.text import mentions_name, quantity_terms, stem

FEATURES: tuple[str, ...] = (
    "sim_unit", "sim_gap", "sim_rank", "sim_passage_gap", "sim_chunk", "rank", "lexical_rank",
    "cov_unit", "cov_context", "cov_doc", "cov_question",
    "typed", "attach", "untyped_clause", "other_org",
    "faq", "bare_question", "table_row", "log_words", "type_named", "unasked_condition",
)
# Read by name, not by position: a feature appended to FEATURES must not move what is read here.
_TYPE_NAMED = FEATURES.index("type_named")
HEADING_WEIGHT = 0.5  # a focus word named only by the heading counts this much towards attachment
PASSAGE_WEIGHT = 0.3  # ... only elsewhere in the unit's passage

_ROW = re.compile(r"^[^:;.]{1,60}: [^;]*(?:; [^:;]{1,60}: [^;]*)+\.?$")  # "Column: value; Column: value."


@lru_cache(maxsize=32768)
def content_stems(text: str) -> frozenset[str]:
    """:func:`assistant.text.content_stems`, kept per text (units recur from question to question)."""
    return frozenset(_content_stems(text))


@lru_cache(maxsize=32768)
def unit_stems(text: str) -> frozenset[str]:
    """A unit's content stems with the units its quantities can be read in ("72 hours" speaks of days)."""
    return content_stems(text) | {stem(t) for t in quantity_terms(text)}


def _share(found: set[str], focus: set[str], weights: dict[str, float]) -> float:
    if not focus:
        return 1.0
    default = weights.get("", 1.0)
    total = sum(weights.get(t, default) for t in focus)
    return sum(weights.get(t, default) for t in found) / total if total else 0.0


# First cells of a table row that name the ordinary case rather than a special one.
DEFAULT_CASE = frozenset({"standard", "default", "general", "all", "regular", "typical", "normal", "usual",
                          "baseline", "everyone", "otherwise", "other", "any", "most"})
_CONDITION = re.compile(r"^(?:if|for|during|when|while|after|before|unless|once|in|on|within)\b([^,]{1,100}),",
                        re.IGNORECASE)


def _cells(text: str) -> list[tuple[str, str]]:
    """The ``(column, value)`` cells of a table row unit ("Column: value; Column: value.")."""
    out = []
    for cell in text.rstrip(".").split("; "):
        column, _, value = cell.partition(": ")
        out.append((column.strip(), value.strip()))
    return out


def type_named(text: str, context: str, kind: Any, clause: str, row: bool) -> float:
    """1 when a table row holds the asked kind of value in a column named for it ("Minimum cadence:
    Monthly"), 0.5 when the unit holds it under a heading named for it, else 0."""
    if kind is None:
        return 0.0
    if row and any(names_kind(column, kind) and holds(kind, value, clause) for column, value in _cells(text)):
        return 1.0
    section = context.rsplit(" — ", 1)[-1]
    return 0.5 if names_kind(section, kind) and holds(kind, text, clause) else 0.0


def unasked_condition(text: str, question_stems: set[str], row: bool) -> float:
    """Share of the words of a unit's condition (a table row's first cell, a leading "For new hires,"
    / "If ...,") that the question does not ask about: the unit answers a narrower case."""
    if row:
        condition = _cells(text)[0][1]
    else:
        found = _CONDITION.match(text)
        if found is None:
            return 0.0
        condition = found.group(1)
    stems = content_stems(condition) - {"", *DEFAULT_CASE}
    if not stems or set(condition.lower().split()) & DEFAULT_CASE:
        return 0.0
    return len(stems - question_stems) / len(stems)


def asked_condition(text: str, question_stems: set[str], row: bool) -> bool:
    """Whether a unit answers for a case the question names: its condition (a table row's first
    cell, a leading "For the Support team,") is not the ordinary case and the question holds all its
    words ("I'm on the Support team, ..."). Such a unit answers before the general rule."""
    if row:
        condition = _cells(text)[0][1]
    else:
        found = _CONDITION.match(text)
        if found is None:
            return False
        condition = found.group(1)
    stems = content_stems(condition) - {"", *DEFAULT_CASE}
    if not stems or set(condition.lower().split()) & DEFAULT_CASE:
        return False
    return stems <= question_stems


def rule_heading(section: str | None) -> str:
    """The nearest heading of a section path ("When a PIP is used > When a PIP is not used")."""
    return (section or "").rsplit(" > ", 1)[-1]


def is_faq_pair(text: str) -> bool:
    """A FAQ question together with its answer ("How long ...? Up to ten days.")."""
    head, mark, rest = text.partition("?")
    return bool(mark) and len(rest.split()) >= 3 and len(head.split()) <= 30


def asked_organisations(question: str, passages: Sequence[Passage]) -> set[str]:
    """Organisations of the indexed documents that the question names."""
    known = {p.organisation for p in passages if p.organisation}
    return {o.casefold() for o in known if mentions_name(o, question)}


def unit_features(asked: Question, passages: Sequence[Passage], vectors: dict[tuple[str, int], Any],
                  q_vector: Any) -> tuple[list[Unit], np.ndarray]:
    """Every quotable unit of the pool and its features, shape ``(units, clauses, len(FEATURES))``.

    Units that speak to an assistant ("ignore previous instructions") are left out.
    """
    clauses = asked.clauses
    weights = idf(passages)
    q_stems = question_stems(asked.text)
    table = acronyms(asked.text)
    contexts = {p.id: expand_acronyms(p.context, table) for p in passages}
    texts = {p.id: expand_acronyms(p.text, table) for p in passages}
    # The words some passage names itself: an event verb named only by its noun ("die" / "death") counts in
    # a unit's share of the focus, never as the one word a question shares with the documents.
    known = matched_in(asked.focus, [*contexts.values(), *texts.values()], events=False)
    documents: dict[str, list[Passage]] = {}
    for passage in passages:
        documents.setdefault(passage.source, []).append(passage)
    doc_cover = {
        source: [_share(matched_in(c.focus, [group[0].scope_text, *(contexts[p.id] for p in group),
                                             *(texts[p.id] for p in group)]), c.focus, weights)
                 for c in clauses]
        for source, group in documents.items()
    }
    dense = [p.similarity for p in passages if p.similarity]
    floor = min(dense) if dense else 0.0
    lexical_order = sorted((p for p in passages if p.lexical), key=lambda p: -(p.lexical or 0.0))
    lexical_rank = {p.id: i for i, p in enumerate(lexical_order)}
    organisations = asked_organisations(asked.text, passages)

    units: list[Unit] = []
    rows: list[list[list[float]]] = []
    passage_of: list[int] = []
    for number, passage in enumerate(passages):
        context = contexts[passage.id]
        heading = content_stems(context)
        other_org = float(bool(organisations) and bool(passage.organisation)
                          and passage.organisation.casefold() not in organisations)
        for position, text in enumerate(passage.units):
            if addresses_assistant(text):
                continue
            vector = vectors.get((passage.id, position))
            similarity = float(vector @ q_vector) if vector is not None else 0.0
            read = expand_acronyms(text, table)
            row = bool(_ROW.match(text))
            unasked = unasked_condition(read, q_stems, row)
            cover_q = coverage(q_stems, unit_stems(read), heading, weights, HEADING_WEIGHT)
            in_unit = matched(asked.focus, read)
            in_context = in_unit | matched(asked.focus, context)
            per_clause = []
            typed_flags = []
            attach_values = []
            for index, clause in enumerate(clauses):
                typed = holds(clause.kind, text, clause.text) if clause.kind else True
                if not typed and clause.kind == "permission":
                    # A case listed under a heading that states the rule ("When a PIP is not used")
                    # answers whether it is allowed: the heading says what the list is.
                    typed = holds(clause.kind, rule_heading(passage.section), clause.text)
                attach = attachment(clause, read, context, texts[passage.id], weights, HEADING_WEIGHT,
                                    PASSAGE_WEIGHT, known)
                typed_flags.append(typed)
                attach_values.append(attach)
                per_clause.append([
                    similarity, 0.0, 0.0, 0.0, passage.similarity or floor, -math.log1p(passage.rank),
                    -math.log1p(lexical_rank.get(passage.id, len(passages))),
                    _share(in_unit & clause.focus, clause.focus, weights),
                    _share(in_context & clause.focus, clause.focus, weights),
                    doc_cover[passage.source][index], cover_q,
                    float(typed), attach, float(clause.kind is None), other_org,
                    float(is_faq_pair(text)), float(text.rstrip().endswith("?")), float(row),
                    math.log1p(len(text.split())), type_named(text, passage.context, clause.kind, clause.text, row),
                    unasked,
                ])
            table_answer = [row and not unasked and attach >= 1.0 and clause_row[_TYPE_NAMED] == 1.0
                            for attach, clause_row in zip(attach_values, per_clause, strict=True)]
            cover = FEATURES.index("cov_context")
            units.append(Unit(passage, position, text, similarity, cover_q, any(typed_flags), attach=attach_values,
                              held=typed_flags, table_answer=table_answer,
                              focus_cover=[clause_row[cover] for clause_row in per_clause],
                              asked_condition=asked_condition(read, q_stems, row)))
            rows.append(per_clause)
            passage_of.append(number)
    x = np.asarray(rows, dtype=np.float64).reshape(len(units), len(clauses), len(FEATURES))
    if len(units):
        sims = x[:, 0, 0]
        x[:, :, 1] = (sims - sims.max())[:, None]
        order = np.argsort(-sims, kind="stable")
        ranks = np.empty(len(units))
        ranks[order] = np.arange(len(units))
        x[:, :, 2] = (-np.log1p(ranks))[:, None]
        owner = np.asarray(passage_of)
        best = {p: sims[owner == p].max() for p in set(passage_of)}
        x[:, :, 3] = (sims - np.asarray([best[p] for p in passage_of]))[:, None]
    return units, x
