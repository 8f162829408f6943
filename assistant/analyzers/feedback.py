"""Feedback coach: situation-behaviour-impact-next step structure, framing findings, bias flags
and an offline rewrite scaffold that never invents facts.

Pure: ``review_feedback(text)`` reads only its arguments and the packaged rules
(``assistant/rules/feedback.yaml`` for trait/absolute/harsh spans, ``feedback_structure.yaml``
for structure cues, document-level findings and the polarity lexicon).

Decisions worth knowing (each has examples in the YAML files):

* ``trait`` is a negative judgement of a *person*: "you are lazy", "he's careless", "a lazy
  employee", "bad attitude". An adjective that describes a thing is not a trait: "a careless
  error in the report", "lazy loading". Praise of character ("you're a rockstar") is ``vague``,
  not ``trait``.
* ``absolute`` is an overgeneralised *criticism* about a person: "you never take initiative",
  "you are always late". Absolutes in praise ("Mark never misses a deadline") and in requests
  ("please always copy me") are not flagged.
* ``harsh`` words in reported speech ("you said the mockups were garbage") describe the
  person's behaviour and are not flagged; "disaster recovery plan" is not a disaster.
* ``vague``: the draft names no observable behaviour (a past action someone could have seen or
  heard). ``missing_impact``: no effect on the work, team or customers is stated (any polarity).
  ``missing_action``: constructive or mixed feedback without a forward step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import BaseModel, Field

from assistant.analyzers.bias import BiasFlag, RuleSet, check_bias
from assistant.schemas import Citation
from assistant.text import sentence_spans

if TYPE_CHECKING:
    from assistant.knowledge.guidance import Guidance

FindingKind = Literal["vague", "trait", "absolute", "missing_impact", "missing_action", "harsh"]
Polarity = Literal["positive", "constructive", "mixed"]
PARTS = ("situation", "behavior", "impact", "next_step")
KINDS: tuple[str, ...] = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")
SPAN_KINDS = ("trait", "absolute", "harsh")


class StructurePart(BaseModel):
    """Whether one part of the structure is present, with the exact text that shows it."""

    present: bool
    evidence: str | None = None


class FeedbackStructure(BaseModel):
    situation: StructurePart
    behavior: StructurePart
    impact: StructurePart
    next_step: StructurePart

    def items(self) -> list[tuple[str, StructurePart]]:
        """(part name, part) pairs in situation-behaviour-impact-next step order."""
        return [(part, getattr(self, part)) for part in PARTS]


class FeedbackFinding(BaseModel):
    """A framing problem. Span kinds (trait, absolute, harsh) have ``text[start:end] == text``;
    document kinds (vague, missing_impact, missing_action) have null spans."""

    kind: FindingKind
    start: int | None = None
    end: int | None = None
    text: str | None = None
    message: str
    suggestion: str


class FeedbackReport(BaseModel):
    polarity: Polarity
    structure: FeedbackStructure
    findings: list[FeedbackFinding]
    bias: list[BiasFlag]
    rewrite: str
    placeholders: list[str]
    sources: list[Citation]
    mode: Literal["offline", "llm"] = "offline"
    notices: list[str] = Field(default_factory=list)


# --- rules ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpanRule:
    id: str
    kind: str
    match: str
    pattern: re.Pattern[str]
    message: str
    suggestion: str
    sense: str | None
    subject: str | None
    not_followed_by: re.Pattern[str] | None
    examples: dict[str, list[str]]


@dataclass(frozen=True)
class Cue:
    id: str
    part: str
    pattern: re.Pattern[str]
    examples: dict[str, list[str]]


@dataclass(frozen=True)
class DocumentRule:
    id: str
    kind: str
    message: str
    suggestion: str
    examples: dict[str, list[str]]


@dataclass(frozen=True)
class FeedbackRules:
    span_rules: tuple[SpanRule, ...]
    cues: tuple[Cue, ...]
    documents: dict[str, DocumentRule]
    labels: dict[str, str]
    placeholders: dict[str, str]
    fragments: dict[str, str]
    praise: re.Pattern[str]
    critical: re.Pattern[str]
    negators: re.Pattern[str]
    problem_words: re.Pattern[str]
    request: re.Pattern[str]
    change_request: re.Pattern[str]


def _term_pattern(terms: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(t).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for t in terms),
                          key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    for name, value in fragments.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


@lru_cache(maxsize=1)
def load_feedback_rules() -> FeedbackRules:
    """The packaged feedback rules, parsed and compiled once."""
    base = resources.files("assistant") / "rules"
    spans = yaml.safe_load((base / "feedback.yaml").read_text(encoding="utf-8"))
    structure = yaml.safe_load((base / "feedback_structure.yaml").read_text(encoding="utf-8"))
    fragments = {k: _expand(v, {}) for k, v in structure["fragments"].items()}
    span_rules = tuple(
        SpanRule(
            id=r["id"], kind=r["kind"], match=r["match"], pattern=_term_pattern(r["terms"]),
            message=r["message"], suggestion=r["suggestion"], sense=r.get("sense"), subject=r.get("subject"),
            not_followed_by=(re.compile(r"^[\s-]+(?:" + "|".join(map(re.escape, r["not_followed_by"])) + r")\b", re.I)
                             if r.get("not_followed_by") else None),
            examples=r["examples"],
        )
        for r in spans["rules"]
    )
    cues = tuple(
        Cue(id=c["id"], part=part, pattern=re.compile(_expand(c["pattern"], fragments), re.IGNORECASE),
            examples=c["examples"])
        for part, spec in structure["parts"].items()
        for c in spec["cues"]
    )
    documents = {
        d["kind"]: DocumentRule(id=d["id"], kind=d["kind"], message=d["message"], suggestion=d["suggestion"],
                                examples=d["examples"])
        for d in structure["documents"]
    }
    polarity = structure["polarity"]

    def union(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    return FeedbackRules(
        span_rules=span_rules, cues=cues, documents=documents,
        labels={p: s["label"] for p, s in structure["parts"].items()},
        placeholders={p: s["placeholder"] for p, s in structure["parts"].items()},
        fragments=fragments,
        praise=union(polarity["praise"]), critical=union(polarity["critical"]),
        negators=re.compile(polarity["negators"], re.IGNORECASE),
        # A trait or harsh word names a problem too: "always so emotional" overgeneralises criticism.
        problem_words=union([polarity["problem_words"],
                             *(r.pattern.pattern for r in span_rules if r.kind in ("trait", "harsh"))]),
        request=re.compile(polarity["request"], re.IGNORECASE),
        change_request=re.compile(polarity["change_request"], re.IGNORECASE),
    )


# --- text helpers -----------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:but|and|however|though|although|whereas|while|which)\b", re.I)
_PERSON_REF = re.compile(r"\b(?:you|your|yours|he|his|him|she|her|they|their|them)\b", re.I)
_LINKING = (
    r"(?:'re|’re|'s|’s|'ve been|’ve been|\s+(?:are|is|was|were|seem|seems|seemed|appear|appears|appeared|comes? across as|"
    r"came across as|can be|could be|has been|have been|had been|tend to be|tends to be|gets?|got|became|"
    r"becomes?|remains?|sounds?|sounded|looks?|looked|acted|acts?|'ve been|’ve been))"
)
_ADVERBS = (
    r"(?:\s*,?\s*(?:so|very|really|quite|too|a bit|a little|extremely|pretty|incredibly|kind of|sort of|just|"
    r"always|often|sometimes|rather|somewhat|totally|completely|frankly|honestly|generally|consistently|"
    r"increasingly|constantly|also|still|now|getting|becoming|more|fairly|being|such an?|however|though|"
    r"a|an|the most|so very|being so|super|plain|downright|simply|clearly|visibly)\s*,?)*\s*"
)
_PERSON_NOUN = re.compile(
    r"^[\s-]+(?:person|employee|worker|colleague|coworker|co-worker|teammate|team member|engineer|manager|"
    r"nurse|analyst|member|individual|guy|man|woman|lad|girl|boy|attitude|staff|hire|leader|developer)s?\b",
    re.I,
)
# "abrasive in meetings and too emotional": a short prepositional phrase may sit before the conjunction
_JOIN = re.compile(
    r"^\s*(?:(?:in|at|with|during|on|to|about|towards?)(?:\s+[\w'’-]+){1,3}\s*)?"
    r"(?:,\s*(?:and|or)?|and|or|but also|as well as)\s*" + _ADVERBS + "$",
    re.I,
)
_REPORTED = re.compile(r"\b(?:said|says|called|calls|described|describe|told \w+|wrote|posted|joked)\b", re.I)
_WINDOW = 120
_SIMPLE_PAST = re.compile(
    r"^\s+(?:[a-z]+ed|got|came|went|made|took|gave|sent|said|told|heard|saw|found|left|ran|wrote|did|had|was|were)\b", re.I
)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace."""
    return sentence_spans(text)


def _enclosing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return pos, pos


def _clause_bounds(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end) inside its sentence."""
    s, e = sent
    before = text[max(s, start - _WINDOW):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause_start = max(s, start - _WINDOW) + breaks[-1].end() if breaks else max(s, start - _WINDOW)
    after = text[end:min(e, end + _WINDOW)]
    nxt = _CLAUSE_BREAK.search(after)
    clause_end = end + nxt.start() if nxt else min(e, end + _WINDOW)
    return clause_start, clause_end


# --- span findings ----------------------------------------------------------------------------


def _person_prefix(rules: FeedbackRules) -> re.Pattern[str]:
    return _person_prefix_cached(rules.fragments["PERSON"])


@lru_cache(maxsize=4)
def _person_prefix_cached(person: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:{person}{_LINKING}|\b(?:being|be)|\b(?:and|but|or){_LINKING}){_ADVERBS}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _subject_before(person: str) -> re.Pattern[str]:
    aux = (r"(?:\s*(?:'re|’re|'s|’s|'ve|’ve|'d|’d)|\s+(?:are|is|was|were|have|has|had|do|does|did|will|would|"
           r"can|could|just|also|still|almost|nearly|pretty much|basically|literally|seem to|seems to|"
           r"honestly|really|simply|once again|again|been))*\s*$")
    return re.compile(rf"{person}{aux}", re.IGNORECASE)


@lru_cache(maxsize=4)
def _subject_after(person: str) -> re.Pattern[str]:
    return re.compile(
        rf"^\s+(?:{person}|(?:ever\s+)?(?:gets?|got|is|was|has|had|works?|worked|goes|went|seems?|arrives?)\b)",
        re.IGNORECASE,
    )


def _trait_ok(text: str, m: re.Match[str], rules: FeedbackRules, previous_end: int | None) -> bool:
    """A trait adjective describes a person: "you are lazy", "being so sloppy", "a lazy employee",
    or it is joined to a trait already found ("lazy and careless")."""
    if _person_prefix(rules).search(text[max(0, m.start() - _WINDOW):m.start()]):
        return True
    if _PERSON_NOUN.match(text[m.end():m.end() + 40]):
        return True
    return previous_end is not None and bool(_JOIN.match(text[previous_end:m.start()]))


def _absolute_ok(text: str, m: re.Match[str], rule: SpanRule, rules: FeedbackRules,
                 sent: tuple[int, int]) -> bool:
    s, e = sent
    lead = text[s:m.start()]
    if rules.request.search(lead):
        return False  # a standing request: "please always copy me"
    clause_start, clause_end = _clause_bounds(text, sent, m.start(), m.end())
    person = rules.fragments["PERSON"]
    if rule.subject == "before":
        if not lead.strip(" \"'“‘(") and rule.sense != "critical":
            return False  # imperative: "Never share the password"
        if not _subject_before(person).search(text[clause_start:m.start()]):
            return False
    elif rule.subject == "after":
        following = text[m.end():clause_end]
        if not _subject_after(person).match(following):
            return False
        if not _PERSON_REF.search(text[s:e]) and not re.match(rf"^\s+{person}", following, re.I):
            return False
    elif not _PERSON_REF.search(text[s:e]):
        return False
    if rule.sense == "negated":
        if (rule.subject == "before" and _SIMPLE_PAST.match(text[m.end():m.end() + 30])
                and not re.search(r"(?:\bhave|\bhas|'ve|’ve)\s*$", text[clause_start:m.start()], re.I)):
            return False  # "she never got to finish": one occasion, not a generalisation
        return not rules.problem_words.search(text[m.end():clause_end])
    if rule.sense == "critical":
        return not rules.praise.search(text[clause_start:clause_end])
    scope = text[s:e] if rule.subject == "sentence" else text[clause_start:clause_end]
    return bool(rules.problem_words.search(scope))


def _harsh_ok(text: str, m: re.Match[str], rule: SpanRule, sent: tuple[int, int]) -> bool:
    if rule.not_followed_by and rule.not_followed_by.match(text[m.end():m.end() + 40]):
        return False
    lead = text[sent[0]:m.start()]
    if _REPORTED.search(lead):
        return False  # reported speech describes what the person said
    return lead.count('"') % 2 == 0 and lead.count("“") <= lead.count("”")


def _span_findings(text: str, rules: FeedbackRules, sentences: list[tuple[int, int]]) -> list[tuple[SpanRule, re.Match[str]]]:
    found: list[tuple[SpanRule, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    trait_ends: list[int] = []
    matches = sorted(
        ((rule, m) for rule in rules.span_rules for m in rule.pattern.finditer(text)),
        key=lambda rm: (rm[1].start(), -(rm[1].end() - rm[1].start())),
    )
    for rule, m in matches:
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        sent = _enclosing(sentences, m.start())
        if rule.match == "person":
            previous = trait_ends[-1] if trait_ends else None
            ok = _trait_ok(text, m, rules, previous if previous is not None and previous <= m.start() else None)
        elif rule.match == "always":
            ok = True
        elif rule.match == "absolute":
            ok = _absolute_ok(text, m, rule, rules, sent)
        else:
            ok = _harsh_ok(text, m, rule, sent)
        if ok:
            found.append((rule, m))
            taken.append((m.start(), m.end()))
            if rule.kind == "trait":
                trait_ends.append(m.end())
    return found


# --- structure and polarity -------------------------------------------------------------------


def _structure(text: str, rules: FeedbackRules) -> dict[str, tuple[Cue, re.Match[str]] | None]:
    found: dict[str, tuple[Cue, re.Match[str]] | None] = dict.fromkeys(PARTS)
    for cue in rules.cues:
        m = cue.pattern.search(text)
        if m and m.group().strip():
            current = found[cue.part]
            if current is None or m.start() < current[1].start():
                found[cue.part] = (cue, m)
    return found


def _polarity(
    text: str,
    rules: FeedbackRules,
    span_hits: list[tuple[SpanRule, re.Match[str]]],
    context: tuple[int, int] | None,
) -> Polarity:
    """Praise and criticism cues decide the polarity. Cues inside the situation ("when the
    supplier missed the delivery") describe the context, not the person, and are skipped."""

    def outside(m: re.Match[str]) -> bool:
        return context is None or not (context[0] <= m.start() < context[1])

    praise = sum(1 for m in rules.praise.finditer(text) if outside(m))
    critical = sum(1 for m in rules.critical.finditer(text) if outside(m))
    critical += sum(1 for r, _ in span_hits if r.kind in SPAN_KINDS)
    for m in rules.negators.finditer(text):
        if not outside(m):
            continue
        following = " ".join(text[m.end():m.end() + 60].split()[:3])
        if rules.problem_words.search(following):
            praise += 1  # "never missed a deadline"
            critical -= 1
        else:
            critical += 1
    if critical <= 0 and rules.change_request.search(text):
        critical = 1  # "please send the notes the same day next time" asks for a change
    if praise > 0 and critical > 0:
        return "mixed"
    if critical > 0:
        return "constructive"
    return "positive"


# --- rewrite ----------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\[\]]")


def _clean_hint(text: str) -> str:
    return " ".join(_UNSAFE.sub("", text).split())


def _hint(part: str, rules: FeedbackRules, guidance: Guidance | None, used: list[Citation]) -> str:
    """The placeholder text for a missing part: the guide's question and example when indexed."""
    if guidance is not None:
        questions = guidance.for_topic(part, "question")
        examples = guidance.for_topic(part, "example")
        if questions:
            used.append(questions[0].citation)
            hint = _clean_hint(questions[0].text)
            if examples:
                used.append(examples[0].citation)
                hint += " e.g. " + _clean_hint(examples[0].text)
            return f"[{hint}]"
    return f"[{rules.placeholders[part]}]"


def _span_placeholder(rule: SpanRule, span: str) -> str:
    quoted = span.replace('"', "'")
    if rule.kind == "trait":
        return f'[what did you observe that made you think "{quoted}"?]'
    if rule.kind == "harsh":
        return f'[what exactly happened that you called "{quoted}"?]'
    return f'[name the specific occasions instead of "{quoted}"]'


def _skip_lead(text: str, pos: int, end: int) -> int:
    """Position after a leading situation phrase and its comma, or the phrase start if nothing
    meaningful would remain."""
    rest = re.match(r"[\s,;:—–-]*", text[pos:end])
    new = pos + (rest.end() if rest else 0)
    return new if new < end and any(ch.isalnum() for ch in text[new:end]) else pos


def _capitalise(segment: str) -> str:
    return segment[:1].upper() + segment[1:] if segment[:1].isalpha() and segment[:1].islower() else segment


def _rewrite(
    text: str,
    rules: FeedbackRules,
    sentences: list[tuple[int, int]],
    structure: dict[str, tuple[Cue, re.Match[str]] | None],
    span_hits: list[tuple[SpanRule, re.Match[str]]],
    polarity: Polarity,
    guidance: Guidance | None,
) -> tuple[str, list[str], list[Citation]]:
    """Situation / Behaviour / Impact / Next step scaffold built from the draft's own clauses."""
    role_cuts: list[tuple[int, str]] = []
    for part in ("impact", "next_step"):
        for cue in rules.cues:
            if cue.part == part:
                role_cuts.extend((m.start(), part) for m in cue.pattern.finditer(text))
    lines: dict[str, list[str]] = {p: [] for p in PARTS}
    placeholders: list[str] = []
    used: list[Citation] = []
    hits = sorted(span_hits, key=lambda rm: rm[1].start())

    def render(s: int, e: int) -> str:
        out, pos, trailing = [], s, []
        for rule, m in hits:
            if s <= m.start() and m.end() <= e:
                ph = _span_placeholder(rule, m.group())
                placeholders.append(ph)
                if rule.kind == "absolute":
                    trailing.append(ph)  # keep the word: removing "never" would invert the meaning
                    continue
                out.append(text[pos:m.start()])
                out.append(ph)
                pos = m.end()
        out.append(text[pos:e])
        return " ".join(["".join(out).strip(" ,;:—–-"), *trailing]).strip()

    situation = structure["situation"]
    for s, e in sentences:
        cuts = sorted({(pos, role) for pos, role in role_cuts if s <= pos < e})
        segments: list[tuple[int, int, str]] = []
        cursor, role = s, "behavior"
        if situation is not None and situation[1].start() == s and any(r == "behavior" for _, r in cuts) is False:
            cursor = _skip_lead(text, situation[1].end(), e)  # "In yesterday's stand-up, you ..." -> "You ..."
        for pos, new_role in cuts:
            if new_role == role:
                continue
            if pos > cursor:
                segments.append((cursor, pos, role))
            cursor, role = pos, new_role
        segments.append((cursor, e, role))
        for seg_s, seg_e, seg_role in segments:
            piece = render(seg_s, seg_e)
            if piece:
                if not piece.endswith((".", "!", "?", "]", '"', "”", ")")):
                    piece += "."
                lines[seg_role].append(_capitalise(piece))

    if situation is not None:
        lines["situation"] = [_capitalise(situation[1].group().strip()) + "."]
    out: list[str] = []
    for part in PARTS:
        content = " ".join(lines[part])
        needs = structure[part] is None and (part != "next_step" or polarity != "positive")
        if part == "behavior" and any(r.kind == "trait" for r, _ in span_hits):
            needs = False  # the trait placeholders already ask for the observed behaviour
        if needs:
            hint = _hint(part, rules, guidance, used)
            placeholders.append(hint)
            content = f"{content} {hint}".strip()
        if content:
            out.append(f"{rules.labels[part]}: {content}")
    sources: list[Citation] = []
    seen: set[tuple[str, str | None, str]] = set()
    for c in used:
        key = (c.source, c.section, c.excerpt)
        if key not in seen:
            seen.add(key)
            sources.append(c)
    return "\n".join(out), list(dict.fromkeys(placeholders)), sources


# --- entry point ------------------------------------------------------------------------------


def _finding(rule: SpanRule | DocumentRule, m: re.Match[str] | None = None) -> FeedbackFinding:
    if m is None:
        return FeedbackFinding(kind=rule.kind, message=rule.message, suggestion=rule.suggestion)
    return FeedbackFinding(kind=rule.kind, start=m.start(), end=m.end(), text=m.group(),
                           message=rule.message, suggestion=rule.suggestion)


def review_feedback(
    text: str, guidance: Guidance | None = None, bias_rules: RuleSet | None = None
) -> FeedbackReport:
    """Review a feedback draft: polarity, SBI structure with evidence, findings, bias flags and
    an offline rewrite scaffold whose placeholders come from ``guidance`` when given."""
    rules = load_feedback_rules()
    bias = check_bias(text, rules=bias_rules).flags
    empty = StructurePart(present=False, evidence=None)
    if not text.strip():
        return FeedbackReport(
            polarity="positive", structure=FeedbackStructure(**dict.fromkeys(PARTS, empty)), findings=[],
            bias=bias, rewrite="", placeholders=[], sources=[],
        )
    sentences = _sentences(text)
    span_hits = _span_findings(text, rules, sentences)
    structure = _structure(text, rules)
    situation = structure["situation"]
    polarity = _polarity(text, rules, span_hits, situation[1].span() if situation else None)

    findings = [_finding(rule, m) for rule, m in span_hits]
    if structure["behavior"] is None:
        findings.append(_finding(rules.documents["vague"]))
    if structure["impact"] is None:
        findings.append(_finding(rules.documents["missing_impact"]))
    if structure["next_step"] is None and polarity != "positive":
        findings.append(_finding(rules.documents["missing_action"]))

    rewrite, placeholders, sources = _rewrite(text, rules, sentences, structure, span_hits, polarity, guidance)
    parts = {
        part: StructurePart(present=True, evidence=hit[1].group()) if hit else empty
        for part, hit in structure.items()
    }
    return FeedbackReport(
        polarity=polarity, structure=FeedbackStructure(**parts), findings=findings, bias=bias,
        rewrite=rewrite, placeholders=placeholders, sources=sources,
    )
