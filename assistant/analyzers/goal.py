"""SMART goal check: per-criterion evidence spans, coaching questions and a faithful rewrite.

Pure: ``check_goal(text, guidance=None) -> GoalReport`` does no I/O beyond reading its rules
file once (``assistant/rules/goal.yaml``, cached). How each criterion is judged is documented at
the top of that file. Every rewrite passes :func:`assistant.analyzers.fidelity.check_fidelity`
against the input: it only rearranges the user's own phrases and adds bracketed placeholders.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.rules import (
    OrgKey,
    Overrides,
    PhraseMatcher,
    RulesFileError,
    linear_regex,
    merge_rules,
    org_file_key,
    org_section,
    parse_overrides,
    read_yaml,
    validation_message,
)
from assistant.analyzers.rules import Rule as BaseRule
from assistant.analyzers.scan import PatternScan, compile_regex, finditer_at
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.schemas import Citation
from assistant.text import (
    DETERMINERS,
    IRREGULAR_VERBS,
    MODALS,
    NUMBER_WORD_PATTERN,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    STOPWORDS,
    is_participle,
    is_title_case,
    letter_words,
    numbers,
    sentence_spans,
    stem,
    wordset,
)
from assistant.wordlists import person_nouns

if TYPE_CHECKING:
    from assistant.knowledge.guidance import Guidance

RULES_PATH = Path(__file__).resolve().parent.parent / "rules" / "goal.yaml"
CRITERIA: tuple[str, ...] = ("specific", "measurable", "attainable", "relevant", "time_bound")
QUESTIONS_PER_CRITERION = 2

_FLAGS = re.IGNORECASE
_TOKEN = precompiled(r"[$€£]?\d+(?:,\d{3})*(?:\.\d+)+%?(?![\w.])|[^\W_]+(?:[-'’][^\W_]+)*|[$€£]?\d+(?:,\d{3})*(?:\.\d+)?%?")
_SHORT_WINDOW_DAYS = 31
MAX_ACTIONS = 64
_QUARTER_DAYS = 92


# --------------------------------------------------------------------------- report models


class Criterion(BaseModel):
    """One SMART letter: met or not, the span of the goal that shows it, advice and a question."""

    met: bool
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    advice: str
    question: str


class GoalCriteria(BaseModel):
    specific: Criterion
    measurable: Criterion
    attainable: Criterion
    relevant: Criterion
    time_bound: Criterion


class GoalWarning(BaseModel):
    """Something to fix that is not a SMART letter (hedging, two outcomes, unrealistic target)."""

    kind: Literal["weak_commitment", "two_outcomes", "unrealistic", "vague_time", "past_deadline", "empty"]
    message: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


class GoalReport(BaseModel):
    """The SMART check of one goal. ``sources[i]`` is the citation of ``questions[i]`` when the
    questions come from indexed guidance; built-in questions have no source."""

    score: int = Field(ge=0, le=5)
    summary: str | None = Field(default=None, description="Set when the goal meets every criterion: it says so.")
    criteria: GoalCriteria
    rewrite: str
    placeholders: list[str]
    questions: list[str]
    warnings: list[GoalWarning]
    sources: list[Citation]
    mode: Literal["offline", "llm"] = "offline"
    notices: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    id: str
    criterion: str
    effect: str
    regex: re.Pattern[str] | None
    explanation: str
    why: str = ""
    examples: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, re.Pattern[str]] = field(default_factory=dict)
    source: GoalRule | None = None  # the validated rule it was compiled from


@dataclass(frozen=True)
class GoalRules:
    """The compiled contents of ``goal.yaml``."""

    rules: tuple[Rule, ...]
    criteria: dict[str, dict[str, Any]]
    warnings: dict[str, str]
    rewrite: dict[str, str]
    strip_prefix: re.Pattern[str]
    action_verbs: re.Pattern[str]
    vague_verbs: re.Pattern[str]
    effort_verbs: re.Pattern[str]
    strong_verbs: re.Pattern[str]
    deliverable: re.Pattern[str]
    open_ended: re.Pattern[str]
    change_verbs: re.Pattern[str]
    end_state: re.Pattern[str]
    generic_phrases: re.Pattern[str]
    generic_words: frozenset[str]
    stopwords: frozenset[str]
    boundaries: frozenset[str]
    time_words: frozenset[str]
    comparatives: frozenset[str]
    ly_nouns: frozenset[str]
    artefact_words: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    purpose_stems: frozenset[str] = frozenset()  # stems of purpose_verbs: "improving" and "improves" too
    allow: PhraseMatcher = field(default_factory=lambda: PhraseMatcher(()))
    first_words: dict[str, frozenset[str]] = field(default_factory=dict)  # per verb list: words a match starts with
    quality_clause: re.Pattern[str] | None = None  # "so that it is clear and easy to follow"
    institution_words: frozenset[str] = frozenset()  # "City", "County": capitalised by convention, no name
    evaluative: frozenset[str] = frozenset()  # qualities judged, not counted: "talented", "affordable"
    vague_modifiers: frozenset[str] = frozenset()  # "better", "high", "great": say how good, not which one
    transfer_verbs: re.Pattern[str] | None = None  # "move", "switch": done when the object reaches its destination
    making_before: re.Pattern[str] | None = None  # a deliverable verb ending where a phrase starts ("Publish |the plan")
    concrete_suffixed: frozenset[str] = frozenset()  # "facility", "conference": an abstract suffix, a concrete thing
    qualities: frozenset[str] = frozenset()  # states a thing is kept in: "current", "accurate", "clean"
    metric_nouns: frozenset[str] = frozenset()  # "rate", "number", "persistence": quantities over many cases
    measure_heads: frozenset[str] = frozenset()  # "number", "share", "rate", "time": heads of a named measure
    regard_forms: frozenset[str] = frozenset()  # "valued", "respected", "trusted": verbs of regard, inflected
    vague_kinds: frozenset[str] = frozenset()  # "opportunities", "things", "progress": too general to delimit one
    beneficiaries: frozenset[str] = frozenset()  # "patients", "families": the people a goal serves
    population_verbs: frozenset[str] = frozenset()  # "train", "attach": done once to each member of a finite set
    demand_nouns: frozenset[str] = frozenset()  # "requests", "referrals", "enquirers": what people ask of a service
    asking_verbs: frozenset[str] = frozenset()  # "ask", "apply", "refer": the verbs of asking a service
    work_item_kinds: frozenset[str] = frozenset()  # "merge", "change", "expense": a request noun so modified is work
    life_period: re.Pattern[str] | None = None  # "of their baby's life", "after birth": a period of a life or stay
    vague_quantity: re.Pattern[str] | None = None  # "a variety of", "several": how many left open
    conformance: re.Pattern[str] | None = None  # "in line with regulations", "to meet the national standard"
    sending_verbs: re.Pattern[str] | None = None  # "send", "forward", "pass": a thing handed to a recipient
    catenative_forms: frozenset[str] = frozenset()  # "learn", "began": their "to"-infinitive is their own complement
    rule_scan: PatternScan | None = None  # the rules' regexes: where in a text each can match

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _verb_forms(verb: str) -> list[str]:
    """Inflections of a (possibly multi-word) verb: the first word is inflected."""
    head, _, rest = verb.partition(" ")
    forms = {head, head + "s", head + "es", head + "ed", head + "ing"}
    if head.endswith("e"):
        forms |= {head + "d", head[:-1] + "ing"}
    if head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied"}
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgklmnprt]", head):
        forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    irregular = {"be": ["is", "are", "being", "been"], "become": ["became", "becoming"],
                 "build": ["built"], "hold": ["held"], "run": ["ran"], "write": ["wrote", "written"],
                 "lead": ["led"], "win": ["won"], "sell": ["sold"], "make": ["made"], "get": ["got"],
                 "do": ["does", "doing", "did"], "take": ["took", "taken", "taking"], "pay": ["paid"],
                 "teach": ["taught"], "keep": ["kept"], "set": ["setting"], "cut": ["cutting"],
                 "learn": ["learnt"], "grow": ["grew", "grown"],
                 "begin": ["began", "begun"], "seek": ["sought"], "strive": ["strove", "striven"]}
    forms |= set(irregular.get(head, []))
    phrases = {f"{form} {rest}".strip() for form in forms}
    if rest in ("out", "up", "back", "over", "down", "off"):
        phrases.add(head + rest)  # written closed, as the noun is ("Rollout the new package", "Setup a CI job")
    return sorted(phrases)


def _alternation(phrases: list[str]) -> str:
    escaped = sorted({re.escape(p).replace(r"\ ", r"\s+") for p in phrases}, key=len, reverse=True)
    return "|".join(escaped)


def _verb_regex(verbs: list[str]) -> re.Pattern[str]:
    forms = [form for verb in verbs for form in _verb_forms(verb.lower())]
    return re.compile(rf"(?<![\w'’-])(?:{_alternation(forms)})(?![\w'’-])", _FLAGS)


def _expand(pattern: str, vocab: dict[str, str]) -> str:
    return re.sub(r"<<(\w+)>>", lambda m: vocab[m.group(1)], pattern)


class GoalRule(BaseRule):
    """A goal rule: what it shows (criterion, effect), how it matches, and what to do about it."""

    criterion: Literal["specific", "measurable", "attainable", "relevant", "time_bound"]
    effect: Literal["evidence", "deliverable", "red_flag", "weak", "vague_time"]
    pattern: str = Field(default="", description="Python regex (case-insensitive, <<name>> macros); '' = built in code.")
    why: str = Field(default="", description="Red flags: the reason shown to the writer.")
    constraint: str | None = None
    immediate: str | None = None

    @property
    def kind_label(self) -> str:
        return self.criterion


class CriterionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    letter: str = Field(pattern="^[SMART]$")
    placeholder: str | None = None
    placeholders: list[str] | None = None
    question: str
    advice: dict[str, str]


class Deliverables(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verbs: list[str]
    strong_verbs: list[str]
    artefacts: list[str]
    open_ended: list[str] = Field(default_factory=list, description="Verbs with no done state of their own: a "
                                  "deliverable only with a date.")
    change_verbs: list[str] = Field(default_factory=list, description="Verbs that move a metric: done only "
                                    "with a number, never by a date alone.")
    end_states: list[str] = Field(default_factory=list, description="Participles and adjectives of a finished "
                                  "state: an outcome stated as done ('the legacy mainframe is retired').")


class GoalRulesFile(BaseModel):
    """The shape of ``goal.yaml``."""

    model_config = ConfigDict(extra="forbid")

    version: int
    vocab: dict[str, str]
    criteria: dict[Literal["specific", "measurable", "attainable", "relevant", "time_bound"], CriterionSpec]
    warnings: dict[str, str]
    rewrite: dict[str, str]
    verbs: dict[Literal["action", "vague", "effort", "purpose"], list[str]]
    deliverables: Deliverables
    generic_phrases: list[str]
    generic_words: list[str]
    vague_modifiers: list[str]
    comparatives: list[str]
    ly_nouns: list[str]
    extra_stopwords: list[str] = Field(default_factory=list, description="Added to text.STOPWORDS for goals.")
    institution_words: list[str] = Field(default_factory=list, description="Words that government and company "
                                         "texts capitalise by convention ('City', 'County', 'Department'): no name.")
    concrete_suffixed_nouns: list[str] = Field(default_factory=list, description="Nouns with an abstract "
                                               "suffix that name concrete things ('facility', 'conference').")
    evaluative_adjectives: list[str] = Field(default_factory=list, description="Qualities judged rather than "
                                             "counted ('talented', 'affordable'): an object that is only such a "
                                             "quality of a general thing is an aspiration.")
    artefact_qualities: list[str] = Field(default_factory=list, description="Qualities of a deliverable: a 'so "
                                          "(that) it is clear' clause describes it and gives no relevance.")
    metric_nouns: list[str] = Field(default_factory=list, description="Nouns that name a quantity over many "
                                    "cases ('rate', 'number', 'retention'): a change verb on one with no value "
                                    "and no means names a direction, not a result.")
    measure_heads: list[str] = Field(default_factory=list, description="Heads of a named measure over many cases "
                                     "('number', 'share', 'rate', 'waiting time'): a change verb on one over a "
                                     "delimited group or thing names what changes.")
    regard_verbs: list[str] = Field(default_factory=list, description="Verbs of regard ('value', 'respect', 'trust'): "
                                    "a passive of one ('Customer feedback is valued') states how a thing is held, "
                                    "no act done to it.")
    vague_kinds: list[str] = Field(default_factory=list, description="Kinds too general to delimit a measure "
                                   "('opportunities', 'things', 'progress').")
    beneficiaries: list[str] = Field(default_factory=list, description="Nouns for the people a goal serves "
                                     "('patients', 'families', 'residents'): an area of theirs improved by a means "
                                     "is an outcome beyond the means.")
    population_verbs: list[str] = Field(default_factory=list, description="Verbs done once to each member of a "
                                        "finite set ('train', 'certify', 'attach'): 100% of that set is a "
                                        "completion, not a perfection target.")
    demand_nouns: list[str] = Field(default_factory=list, description="Nouns for what people ask of a service "
                                    "and for those who ask ('requests', 'referrals', 'applicants'): 100% of them "
                                    "served is coverage of demand, not a perfection target.")
    asking_verbs: list[str] = Field(default_factory=list, description="Verbs of asking a service ('ask', "
                                    "'apply', 'refer'): '100% of those who ask us' is coverage of demand.")
    work_item_kinds: list[str] = Field(default_factory=list, description="Modifiers that name a kind of work "
                                       "item the team itself queues ('merge', 'pull', 'change', 'feature', "
                                       "'expense'): '100% of merge requests approved' is a perfection target on "
                                       "the team's own queue, not coverage of what a served party asks.")
    life_periods: list[str] = Field(default_factory=list, description="The course of a life or a stay "
                                    "('life', 'admission', 'tenancy'): a period of one ('during the first year "
                                    "of their baby's life') is when a service is given, not a deadline.")
    sending_verbs: list[str] = Field(default_factory=list, description="Verbs of sending a thing to someone ('send', "
                                     "'forward', 'pass'): a bare process noun after the recipient ('send it to the "
                                     "lab for testing') is what the recipient does next, not a purpose.")
    catenative_verbs: list[str] = Field(default_factory=list, description="Verbs whose 'to'-infinitive is their "
                                        "own complement ('learn to delegate', 'begin to automate'): the goal's own "
                                        "verb, no purpose.")
    conformance_links: list[str] = Field(default_factory=list, description="Links that hold work to a norm's level "
                                         "('in line with', 'in accordance with', 'to meet', 'to comply with'): with a "
                                         "norm as their object they say how the work is done, not why.")
    conformance_norms: list[str] = Field(default_factory=list, description="Norms work is done to besides the "
                                         "mandate vocabulary ('procedures', 'protocols', 'instructions').")
    vague_quantifiers: list[str] = Field(default_factory=list, description="Quantifiers that leave the count "
                                         "open ('a variety of', 'several'): an object so counted, with no number, "
                                         "names no deliverable.")
    object_boundaries: list[str]
    time_words: list[str]
    rules: list[GoalRule]


GOAL_VOCABULARY = ("action_verbs", "vague_verbs", "effort_verbs", "deliverable_verbs", "strong_verbs", "artefacts",
                   "generic_words", "generic_phrases")


class GoalOverrides(Overrides[GoalRule]):
    """The goal section of an organisation's rules file: rules to add or replace, ids to disable,
    phrases in which no warning or red flag is raised, words added to the verb and noun lists."""

    @field_validator("vocabulary")
    @classmethod
    def _known_lists(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(GOAL_VOCABULARY))
        if unknown:
            raise ValueError(f"unknown list(s) {', '.join(unknown)}; use {', '.join(GOAL_VOCABULARY)}")
        return value


def _compile_rule_pattern(pattern: str, vocab: dict[str, str], where: str) -> re.Pattern[str]:
    try:
        return compile_regex(linear_regex(_expand(pattern, vocab)), _FLAGS)
    except (ValueError, KeyError) as exc:
        raise RulesFileError(f"{where}: {exc}") from None


@lru_cache(maxsize=1)
def _builtin_file(path: Path) -> GoalRulesFile:
    data = read_yaml(path, trusted=path.resolve() == RULES_PATH.resolve())
    try:
        return GoalRulesFile.model_validate(data or {})
    except ValidationError as exc:
        raise RulesFileError(validation_message(path, exc)) from None


@lru_cache(maxsize=8)
def _load_cached(path: Path, key: OrgKey | None) -> GoalRules:
    if key is None and path == RULES_PATH:
        from assistant.analyzers import rulecache

        cached = rulecache.load("goal")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
    return _compile_rules(path, key)


def _compile_rules(path: Path, key: OrgKey | None) -> GoalRules:
    data = _builtin_file(path)
    overrides = GoalOverrides()
    if key is not None:
        overrides = parse_overrides(GoalOverrides, key[0], org_section(key, "goal"))  # type: ignore[assignment]
    where = f"rules file {key[0]}" if key else f"goal rules {path}"
    extra_words = overrides.vocabulary
    vocab = {**data.vocab, "numword": NUMBER_WORD_MACRO}
    rules = []
    for raw in merge_rules(data.rules, overrides, key[0] if key else None):
        extra = {name: _compile_rule_pattern(value, vocab, f"{where}: rule {raw.id} {name}")
                 for name in ("constraint", "immediate") if (value := getattr(raw, name))}
        rules.append(
            Rule(
                id=raw.id,
                criterion=raw.criterion,
                effect=raw.effect,
                regex=_compile_rule_pattern(raw.pattern, vocab, f"{where}: rule {raw.id}") if raw.pattern else None,
                explanation=raw.explanation,
                why=raw.why,
                examples=raw.examples.model_dump(),
                extra=extra,
                source=raw,
            )
        )
    deliverables = data.deliverables
    verbs = deliverables.verbs + extra_words.get("deliverable_verbs", [])
    artefact_words = deliverables.artefacts + extra_words.get("artefacts", [])
    artefacts = _alternation([a + suffix for a in artefact_words for suffix in ("", "s")])
    deliverable = re.compile(
        rf"(?<![\w'’-])(?:{_alternation([f for v in verbs for f in _verb_forms(v)])})"
        rf"\s{{1,5}}(?:(?!(?:by|to|from|and|or|before|within|until|so|that|which|because)\b)[^\s.;:!?,]{{1,40}}\s{{1,5}}){{0,6}}"
        rf"(?:{artefacts})(?![\w'’-])",
        _FLAGS,
    )
    generic_phrases = re.compile(
        rf"(?<![\w'’-])(?:{_alternation(data.generic_phrases + extra_words.get('generic_phrases', []))})(?![\w'’-])",
        _FLAGS,
    )
    return GoalRules(
        rules=tuple(rules),
        rule_scan=PatternScan([rule.regex for rule in rules if rule.regex is not None]),
        criteria={name: spec.model_dump(exclude_none=True) for name, spec in data.criteria.items()},
        warnings=data.warnings,
        rewrite={k: v for k, v in data.rewrite.items() if k != "strip_prefix"},
        strip_prefix=re.compile(data.rewrite["strip_prefix"], _FLAGS),
        action_verbs=_verb_regex(data.verbs["action"] + extra_words.get("action_verbs", [])),
        vague_verbs=_verb_regex(data.verbs["vague"] + extra_words.get("vague_verbs", [])),
        effort_verbs=_verb_regex(data.verbs["effort"] + extra_words.get("effort_verbs", [])),
        strong_verbs=_verb_regex(deliverables.strong_verbs + extra_words.get("strong_verbs", [])),
        deliverable=deliverable,
        open_ended=_verb_regex(deliverables.open_ended or ["update"]),
        change_verbs=_verb_regex(deliverables.change_verbs or ["increase"]),
        # "signed off" and "signed-off", "rolled out" and "rolled-out"
        end_state=re.compile(r"\b(?:" + _alternation(deliverables.end_states or ["completed"]).replace(r"\s+", r"[-\s]+")
                             + r")\b", _FLAGS),
        making_before=re.compile(rf"(?<![\w'’-])(?:{_alternation([f for v in verbs for f in _verb_forms(v)])})\s{{1,3}}\Z",
                                 _FLAGS),
        # "move to", "switch to": the same verbs with their object between ("move the payroll system to the cloud")
        transfer_verbs=_verb_regex(sorted({v.split()[0] for v in deliverables.strong_verbs
                                           if v.endswith(" to") and len(v.split()) == 2}) or ["move"]),
        generic_phrases=generic_phrases,
        generic_words=frozenset(w.lower() for w in data.generic_words + data.vague_modifiers
                                + extra_words.get("generic_words", [])),
        stopwords=STOPWORDS | PREPOSITIONS | MODALS | frozenset(w.lower() for w in data.extra_stopwords),
        boundaries=frozenset(w.lower() for w in data.object_boundaries),
        time_words=frozenset(w.lower() for w in data.time_words),
        comparatives=frozenset(w.lower() for w in data.comparatives),
        ly_nouns=frozenset(w.lower() for w in data.ly_nouns),
        artefact_words=frozenset(w.lower() for w in artefact_words),
        purpose_verbs=frozenset(v.lower() for name in ("action", "vague", "purpose") for v in data.verbs.get(name, [])
                                if " " not in v and v.lower() not in _NOT_PURPOSE) | frozenset(
            v.lower() for v in deliverables.change_verbs),
        # a result clause needs a verb of benefit or change, not any action ("..., using the new form")
        purpose_stems=frozenset(stem(v) for v in data.verbs.get("purpose", []) + deliverables.change_verbs
                                if " " not in v and v.lower() not in _NOT_PURPOSE),
        allow=PhraseMatcher(overrides.allow),
        institution_words=frozenset(w.lower() for w in data.institution_words),
        evaluative=frozenset(w.lower() for w in data.evaluative_adjectives),
        vague_modifiers=frozenset(w.lower() for w in data.vague_modifiers),
        concrete_suffixed=frozenset(w.lower() for w in data.concrete_suffixed_nouns),
        metric_nouns=frozenset(w.lower() for w in data.metric_nouns),
        measure_heads=frozenset(w.lower() for w in data.measure_heads),
        regard_forms=frozenset(form for verb in data.regard_verbs for form in _verb_forms(verb.lower())),
        vague_kinds=frozenset(w.lower() for w in data.vague_kinds),
        beneficiaries=frozenset(w.lower() for w in data.beneficiaries),
        population_verbs=frozenset(w.lower() for w in data.population_verbs),
        demand_nouns=frozenset(w.lower() for w in data.demand_nouns),
        asking_verbs=frozenset(stem(w) for w in data.asking_verbs),
        work_item_kinds=frozenset(w.lower() for w in data.work_item_kinds),
        life_period=re.compile(
            r"\s{1,3}(?:of|after|following|from)\s{1,3}(?:(?:the|a|an|their|his|her|its|your|each|every|his\s{1,3}or\s{1,3}her)"
            r"\s{1,3})?(?:[\w-]{1,30}(?:'s|’s|s'|s’)\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,2}?(?:"
            + _alternation(data.life_periods) + r")\b", _FLAGS) if data.life_periods else None,
        vague_quantity=re.compile(r"(?<![\w'’-])(?:" + _alternation(data.vague_quantifiers) + r")\b", _FLAGS)
        if data.vague_quantifiers else None,
        sending_verbs=_verb_regex(data.sending_verbs) if data.sending_verbs else None,
        catenative_forms=frozenset(form for verb in data.catenative_verbs for form in _verb_forms(verb.lower())),
        conformance=re.compile(
            r"(?:" + _alternation(data.conformance_links) + r")\s+(?P<np>(?:[\w'’-]+\s+){0,6}?)(?:" + vocab["mandate"] + "|"
            + _alternation(data.conformance_norms) + r")(?![\w'’-])", _FLAGS) if data.conformance_links else None,
        qualities=frozenset(w.lower() for w in data.artefact_qualities + data.evaluative_adjectives),
        quality_clause=re.compile(
            r"so\s+(?:that\s+)?(?:it|they|(?:the|this|these|each|every|all|our|my)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
            r"(?:is|are|will\s+be|stays?|remains?|becomes?|reads?|looks?)\s+(?:(?:more|less|fully|always|both|much|far)\s+)?"
            rf"(?:{_alternation(data.artefact_qualities)})(?![\w'’-])(?:\s+to\s+[a-z]{{2,20}})?(?:\s*(?:,|and|or)\s*"
            rf"(?:(?:more|less|fully)\s+)?(?:{_alternation(data.artefact_qualities)})(?![\w'’-])(?:\s+to\s+[a-z]{{2,20}})?)*"
            r"(?=\s*(?:$|[.;!?,]|\b(?:by|before|in|within|for|to)\b))"
            # what the deliverable itself will hold: "so that it includes the holiday rota", "so it lists all open
            # shifts" (a verb of containing with the deliverable, "it", as subject describes the deliverable)
            r"|so\s+(?:that\s+)?it\s+(?:will\s+|now\s+|also\s+)?(?:includes?|contains?|has|have|lists?|shows?|covers?|"
            r"features?|displays?|holds?|carries|carry|incorporates?)\b",
            _FLAGS) if data.artefact_qualities else None,
        first_words={
            "action": _first_words(data.verbs["action"] + extra_words.get("action_verbs", [])),
            "vague": _first_words(data.verbs["vague"] + extra_words.get("vague_verbs", [])),
            "effort": _first_words(data.verbs["effort"] + extra_words.get("effort_verbs", [])),
            "deliverable": _first_words(verbs),
        },
    )


def load_rules(path: Path = RULES_PATH, rules_file: Path | str | None = None) -> GoalRules:
    """The goal rules of ``path`` merged with the ``goal`` section of the organisation's rules file
    (cached by path and modification time); a one-line :class:`RulesFileError` when unusable."""
    return _load_cached(Path(path), org_file_key(rules_file))


_NOT_PURPOSE = frozenset({"be", "become", "get", "take", "do", "stay", "remain", "work", "show", "continue", "hold",
                          "run", "close", "open", "place", "book", "file", "label", "source", "map", "chart", "plan",
                          "move", "call", "visit", "serve", "answer", "process", "review", "report", "present",
                          "sign", "pay", "fund", "train", "test", "pass", "win", "hit", "lead", "screen", "survey"})
"""Listed verbs that after "to" are more often a noun or a verb's complement than a purpose."""


NUMBER_WORD_MACRO = ("(?:a\\s+dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
                     "seven|eight|nine)|" + NUMBER_WORD_PATTERN[3:])
"""The ``<<numword>>`` macro of goal.yaml: the shared cardinal number words, and "a dozen"."""



# --------------------------------------------------------------------------- header layout

_CONTEXT_LABEL = precompiled(
    r"(?:[A-Z][\w&-]{1,30}\s{1,3}){0,2}?"  # whose: "Council Priority", "Board Goal", "City Council Objective"
    r"(?:(?:strategic|organi[sz]ational|corporate|departmental|priority|long-term|annual)\s+goals?|"
    r"(?:desired\s+|intended\s+|expected\s+|long-term\s+)?outcomes?|"
    r"(?:strategic\s+)?(?:objectives?|motivation|why(?:\s+it\s+matters)?|rationale|context|problem(?:\s+statement)?|"
    r"initiatives?|strateg(?:y|ies)|themes?|pillars?|priorit(?:y|ies)|missions?|visions?|purpose|goal\s+areas?|"
    r"(?:focus|outcome|priority|result|impact|service|program|programme)\s+areas?|o\d{0,2}|obj|okrs?))(?:\s{0,3}#?[\d.]{1,12})?"
    r"(?:\s{0,3}\([^()\n]{2,40}\))?",
    re.IGNORECASE,
)
# A label after the goal that gives its reason or the aim it serves ("Why: staff lose an hour a day to faxes.",
# "Alignment: department objective 3", "Linked to: IT priority 2"), as a SMART template's "Relevant:" field does.
_REASON_LABEL = precompiled(
    r"why(?:\s+it\s+matters|\s+this\s+matters)?|rationale|motivation|reason|justification|relevance|relevant|"
    r"(?:strategic\s+)?(?:alignment|link|fit)|aligned\s+(?:to|with)|aligns\s+(?:to|with)|links?\s+to|linked\s+to|"
    r"ties\s+to|tied\s+to|supports|(?:objective|goal|priority)\s+supported|business\s+case",
    re.IGNORECASE,
)
_BODY_LABEL = precompiled(
    r"(?:krs?|key\s+results?|results?|targets?(?:\s+for\s+action)?|actions?|(?:performance\s+)?(?:measures?|metrics?|indicators?)|kpis?|"
    r"goals?|smart\s+goals?|activit(?:y|ies)|what|"
    r"ipms?|deliverables?|milestones?|tasks?|commitments?|what\s+(?:we|i)(?:['’]ll|\s+will)\s+(?:ship|deliver|build|launch|do|"
    r"release|achieve)|kr\d{1,2}(?:\.\d{1,2})?|(?:key\s+)?result\s+\d{1,2})(?:\s{0,3}[\d.]{1,12})?",
    re.IGNORECASE,
)
_OWNER_LABEL = precompiled(
    r"\b(?:team|teams|department|dept|office|division|unit|group|committee|council|board|ops|operations|engineering|"
    r"marketing|sales|finance|budget|evaluation|hr|people|support|product|design|legal|security|infrastructure|"
    r"platform|research|services|program|programme|plan|strategy|initiative|manager|director|coach|lead|head|officer|"
    r"success|growth|enablement|communications|partnerships|recruiting|talent|facilities|procurement|analytics|"
    r"coordinator|librarian|administrator|supervisor|chief|president|executive|"
    # departments of a city, a university or a company ("Human Resources:", "Public Works:", "Parks & Recreation:")
    r"resources|works|recreation|parks|police|fire|library|libraries|clerk|treasury|utilities|transportation|transit|"
    r"housing|health|planning|administration|technology|it|audit|maintenance|fleet|records|payroll|accounting|"
    r"purchasing|logistics|nursing|pharmacy|admissions|registrar|advancement|athletics|sanitation)\b", re.IGNORECASE)
_ROLE_WORD = precompiled(
    r"^(?:team|department|dept|office|division|unit|group|committee|council|board|manager|director|coach|lead|head|"
    r"officer|coordinator|librarian|administrator|supervisor|chief|president|executive|engineer|analyst|specialist|"
    r"assistant|clerk|nurse|teacher|accountant|planner|advis[eo]r|technician|inspector|superintendent|principal|"
    r"dean|chair|treasurer|secretary|recruiter|buyer|controller|steward|counsel|attorney)s?$", re.IGNORECASE)
_PLAN_LABEL = precompiled(r"\b(?:plan|strategy|initiative|programme|program)\b", re.IGNORECASE)
_GOAL_LABEL = precompiled(r"(?:goals?|smart\s+goals?)(?:\s{0,3}(?:#|no\.?\s?)?[\d.]{1,12})?", re.IGNORECASE)  # "Goal 1", "Goal #1"
# a label over a plan's heading: "Goal 1", "Strategic Goal #2", "Quality Aim", "Focus 3"
_HEADING_LABEL = precompiled(r"(?:[A-Za-z][\w-]{1,20}\s{1,3}){0,2}(?:goals?|aims?|focus|commitments?|directions?|domains?)"
                            r"(?:\s{0,3}#?[\d.]{1,12})?", re.IGNORECASE)
_MEASURE_LABEL = precompiled(r"(?:(?:performance\s+)?(?:measures?|metrics?|indicators?)|kpis?|krs?|key\s+results?|targets?(?:\s+for\s+action)?)"
                            r"(?:\s{0,3}[A-Z\d.]{1,12})?",
                            re.IGNORECASE)
_SHIP_LABEL = precompiled(r"\b(?:ship|deliver|build|launch|release|deliverables?|milestones?)\b", re.IGNORECASE)
_LABEL = precompiled(
    r"(?P<label>(?:[A-Za-z0-9][\w&/.'’+-]{0,30})(?:[ \t]{1,3}[\w&/.'’+()#-]{1,30}){0,5}?)(?:[ \t]{0,3}(?:(?<!\d):|:(?!\d)|[–—])|[ \t]{1,3}-(?=[ \t]))"
    r"[ \t]{0,3}(?=\S)"
)  # (a colon between digits is a clock time or ratio, "9:15", "3:1", not a label's)
# A heading sentence that names a role or team ("Head Coach.", "Merchandise Manager."): one to four
# capitalised words and a full stop, then the goal.
_ROLE_LINE = precompiled(r"(?P<label>[A-Z][\w&/'’-]{0,30}(?:[ \t]{1,3}(?:[A-Z][\w&/'’-]{0,30}|&|and|of|for)){0,3})\.[ \t]{1,3}(?=[A-Z])")
_PERIOD_HEAD = precompiled(
    # the period may be spelled out before its year ("Fiscal Year 2018-2019 goal:", "Academic Year 2026-27 goals:")
    r"(?:(?:fiscal|academic|school|calendar|financial|budget|program(?:me)?)\s{1,3}years?\s{1,3})?"
    r"(?:FY\s?'?\d{2,4}(?:\s{0,2}[-–/]?\s{0,2}(?:Q[1-4]|H[12]))?|(?:Q[1-4]|H[12])\s{0,2}[-–/]?\s{0,2}(?:FY\s?'?)?(?:19|20)?\d\d|"
    r"(?:19|20)\d\d(?:\s{0,2}[-–/]\s{0,2}(?:19|20)?\d\d)?(?:\s{0,2}(?:Q[1-4]|H[12]))?)"
    r"(?:\s{0,3}\([^()\n]{0,80}\))?(?:\s{0,3}(?:objectives?|okrs?|goals?|plans?|priorit(?:y|ies)|targets?))?(?:\s{0,3}[.:\n]|\s{1,3}[-–—]\s|\s{1,3}(?=[A-Z][a-z]))",
    re.IGNORECASE,
)


_END_STATE_LINK = precompiled(r"\s(?:is|are|has\s{1,3}been|have\s{1,3}been|will\s{1,3}be|gets?|got)\s{1,3}"
                             r"(?:(?:fully|completely|entirely|officially|permanently|successfully|formally)\s{1,3})?\Z",
                             re.IGNORECASE)
_METRIC_TARGET = precompiled(
    r"[A-Za-z][\w'’-]{1,30}\s{1,3}(?:(?:is|are|stays?|remains?)\s{1,3})?(?:(?:at\s{1,3}(?:or\s{1,3}(?:below|above|under)|least|most))|"
    # (a key result's verbless direction, "NPS up from 32 to 45", "turnover down 2 points to 10%", names the metric too)
    r"below|under|above|over|of|at|(?:no\s{1,3})?(?:more|less|fewer|greater|higher|lower)\s{1,3}than|[≤≥<>=]|reaches|"
    r"(?:up|down)(?:\s{1,3}(?:by|from))?)\s{0,3}\Z",
    re.IGNORECASE)
_METRIC_TARGET_REACH = 80
"""Longer than any match of ``_METRIC_TARGET`` (66 characters at most; it has no lookbehind), so a search
ending at a value may start this far before it and find the same: one search per value stays short."""
_LABELLED_TARGET = precompiled(r"\s{0,3}(?P<n>(?:[≥≤<>]\s?)?[$€£]?(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s?%?)(?![\w/-])")
# An objective clause before the key result it is measured by, longer than a label or with a figure in it
_OBJECTIVE_HEAD = precompiled(r"(?P<label>[A-Z][^:\n.!?;]{4,100}?)[ \t]{0,3}:[ \t]{1,3}(?=[A-Za-z])")
_NUMBERED_HEADING = precompiled(r"(?:goal|objective|priority|strategy|outcome|initiative|target|kr|key\s{1,3}result|okr)"
                               r"\s{0,3}#?\d{1,2}(?:\.\d{1,2}){0,3}\.[ \t]{1,3}(?=[A-Z])", re.IGNORECASE)
_NUMBERING = precompiled(r"(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\(?[a-z\d]{1,2}[.)])[ \t]{1,3}(?=\S)", re.IGNORECASE)
# A plan's numbered heading sentence with its name after a comma ("Goal 3, Excellent Government."): the
# plan goal the goal under it serves.
_NAMED_HEADING = precompiled(r"(?:(?:strategic\s{1,3})?(?:goal|priority|pillar|theme|aim|focus\s{1,3}area|outcome|direction)"
                            r"\s{0,3}#?\d{1,2}(?:\.\d{1,2})?),[ \t]{1,3}(?P<title>[A-Z][^.\n:;]{2,80}?)\.[ \t]{1,3}(?=[A-Z])",
                            re.IGNORECASE)


@dataclass
class _Layout:
    """How a goal is laid out: labels ("KR:", "Marketing Ops:", "Target for Action 2.1.1:"), context
    lines ("Objective: ...", "Motivation: ..."), period headers ("FY23-Q2 (May 1, 2022 to July 31,
    2022).") and the goal itself. ``body`` is the text with everything but the goal blanked out
    (same length, so every span still indexes the text)."""

    body: str
    context: list[tuple[int, int]] = field(default_factory=list)
    periods: list[tuple[int, int]] = field(default_factory=list)
    ship: bool = False  # a label promises a deliverable ("What we'll ship:")
    owners: list[tuple[int, int]] = field(default_factory=list)  # team, role or plan labels ("Budget & Evaluation:")
    results: list[int] = field(default_factory=list)  # where a key-result or measure label ends ("KR 1:")


def _segment_starts(text: str) -> list[int]:
    """Where a header can begin: the text start, a line start, after a sentence end."""
    starts = [len(text) - len(text.lstrip())]
    for m in re.finditer(r"\n[ \t]{0,8}(?:[-*•]\s{0,3})?|[.!?;][ \t]{1,3}(?=[A-Z0-9])", text):
        starts.append(m.end())
    return sorted(set(starts))


def _segment_end(text: str, start: int) -> int:
    """The end of the sentence or line that starts at ``start``."""
    m = re.compile(r"[.!?;](?=\s|$)|\n").search(text, start)
    return m.end() if m else len(text)


def _reason_after_goal(text: str, start: int, content: int, label: str) -> bool:
    """Whether a reason or alignment label at ``start`` follows the goal and says something ("Why: staff lose an hour
    a day to faxes."; not "Why: n/a")."""
    end = _segment_end(text, content)
    return bool(_REASON_LABEL.fullmatch(label.strip()) and re.search(r"[A-Za-z]{3}", text[:start])
                and not text[end:].strip()
                and len(re.findall(r"[A-Za-z0-9]+", text[content:end])) >= 2
                and not re.match(r"\s*(?:n/?a|tbd|tbc|none|-)\s*[.]?\s*\Z", text[content:end], re.IGNORECASE))


def _layout(text: str) -> _Layout:
    """Split labels, period headers and context lines from the goal (linear: one pass per segment)."""
    blank: list[tuple[int, int]] = []
    context: list[tuple[int, int]] = []
    periods: list[tuple[int, int]] = []
    ship = False
    owners: list[tuple[int, int]] = []
    results: list[int] = []
    labels: list[tuple[int, re.Match[str]]] = []
    for start in _segment_starts(text)[:MAX_ACTIONS]:
        period = _PERIOD_HEAD.match(text, start)
        if period:
            end = period.end()
            periods.append(_trim(text, start, end))
            blank.append((start, end))
            start = end + len(text[end:]) - len(text[end:].lstrip())
            if start >= len(text):
                continue
        heading = _NAMED_HEADING.match(text, start)
        if heading and is_title_case(heading.group("title")):
            context.append(_trim(text, start, heading.end("title")))
            blank.append((start, heading.end()))
            continue
        numbering = _NUMBERING.match(text, start) or _NUMBERED_HEADING.match(text, start)
        if numbering:
            blank.append((start, numbering.end()))
            start = numbering.end()
        m = _LABEL.match(text, start)
        if m and not re.search(r"[.!?][ \t]", m.group("label")):  # a label never spans a sentence end
            labels.append((start, m))
            continue
        head = None if m else _OBJECTIVE_HEAD.match(text, start)
        if head and (_objective_clause(head.group("label"), text[head.end():_segment_end(text, head.end())])
                     or _state_heading(head.group("label"), text[head.end():_segment_end(text, head.end())])):
            # a longer objective clause, or one with a figure ("Grow quarterly revenue by 15%: close 10 new
            # enterprise clients"), than a label's few words
            context.append(_trim(text, start, head.end("label")))
            blank.append((start, head.end()))
            continue
        role = _ROLE_LINE.match(text, start)
        if role and _looks_like_a_name(role.group("label")) and _ROLE_WORD.search(role.group("label").split()[-1]):
            owners.append(_trim(text, start, role.end("label")))
            blank.append((start, role.end()))
    for n, (start, m) in enumerate(labels):
        label = m.group("label")
        # "Goal: ... Measure: ...", "Goal 1: ... Objective 1.1: ...": a goal line above further labelled
        # lines (measures, objectives, activities) is their objective
        objective_of_measures = bool(_GOAL_LABEL.fullmatch(label)) and any(
            _MEASURE_LABEL.fullmatch(later.group("label")) or _BODY_LABEL.fullmatch(later.group("label"))
            or _CONTEXT_LABEL.fullmatch(later.group("label")) for _, later in labels[n + 1:])
        # "Goal 1: Stabilize Enrollment. Each year, increase ...": a goal label over a heading (a
        # title-cased line) with the goal after it names the plan goal the goal serves
        end = _segment_end(text, m.end())
        titled_goal = (bool(_HEADING_LABEL.fullmatch(label)) and is_title_case(text[m.end():end])
                       and bool(re.search(r"[A-Za-z]{3}", text[end:])))
        # "Goal 1: Increase our outreach efforts. Establish the position of an Outreach Manager.": a plan goal
        # stated as the first sentence under a numbered goal label, with a strategy sentence after it, is the
        # objective that strategy serves (a lone goal under its label is only the goal itself, and a counted
        # goal followed by its follow-up is one goal)
        if (not titled_goal and not objective_of_measures and _HEADING_LABEL.fullmatch(label)
                and re.search(r"\d", label)):
            later = text[end:_segment_end(text, end + 1)] if end < len(text) else ""
            if (re.match(r"[.!?]", text[end - 1:end] or " ") and len(re.findall(r"[A-Za-z]{3,}", later)) >= 3
                    and not numbers(text[m.end():end])):  # a counted goal ("Submit four proposals") is no plan goal
                context.append(_trim(text, m.end(), end))
                blank.append((start, end))
                continue
        if (_CONTEXT_LABEL.fullmatch(label) or objective_of_measures or titled_goal) and not _reason_after_goal(
                text, start, m.end(), label):
            end = _segment_end(text, m.end())
            if text[end:].strip():  # an objective line with a goal after it is context
                context.append(_trim(text, m.end(), end))
                blank.append((start, end))
            else:
                blank.append((start, m.end()))
                if re.search(r"\([^()]{2,40}\)", label) or _OWNER_LABEL.search(label):
                    # "Pillar 2 (Community): ...", "Council Priority: ...": the label names whose objective
                    context.append(_trim(text, start, m.end() - 1))
        elif _reason_after_goal(text, start, m.end(), label):
            # a reason or alignment line after the goal gives its relevance and is not more of the goal
            context.append(_trim(text, m.end(), _segment_end(text, m.end())))
            blank.append((start, _segment_end(text, m.end())))
        elif (_objective_clause(label, text[m.end():_segment_end(text, m.end())])
              or _state_heading(label, text[m.end():_segment_end(text, m.end())])):
            # "Improve system reliability: reduce system downtime from 5% to 1%": an OKR objective written as a
            # clause before the key result it is measured by is the aim that key result serves (so is the state
            # it is to bring about, "Faster cancer treatment: 90% of patients ...")
            context.append(_trim(text, start, m.end() - 1))
            blank.append((start, m.end()))
        elif _BODY_LABEL.fullmatch(label) or _looks_like_a_name(label):
            blank.append((start, m.end()))
            if _MEASURE_LABEL.fullmatch(label):
                results.append(m.end())
            ship = ship or bool(_SHIP_LABEL.search(label))
            if re.fullmatch(r"key\s{1,3}results", label.strip(), re.IGNORECASE) and not context:
                # "Deliver a first-class experience to every new customer. Key results: (1) ...": an unlabelled
                # headline above a key-results block is their objective, as a labelled one is
                head = _trim(text, 0, start)
                if (len(letter_words(text[head[0]:head[1]])) >= 3 and not text[head[0]:head[1]].endswith(":")
                        and not any(s < head[1] and head[0] < e for s, e in blank)):
                    context.append(head)
                    blank.append(head)
            if _GOAL_LABEL.fullmatch(label.strip()) and not context:
                # "Enrich the Student Experience. Goal 2: Increase ...", "Strategic Priority Two: Enhance the
                # resilience of ... Goal: Create a disaster preparedness plan": an objective line above a labelled
                # goal is the aim that goal serves (as a headline above "Key results:" is)
                head_start = max([e for s, e in blank if e <= start] + [0])
                head = _trim(text, head_start, start)
                if (len(letter_words(text[head[0]:head[1]])) >= 3 and not text[head[0]:head[1]].endswith(":")
                        and re.search(r"[.!?]\Z", text[head[0]:head[1]])
                        and not any(s < head[1] and head[0] < e for s, e in blank)):
                    context.append(head)
                    blank.append(head)
            if _SHIP_LABEL.search(label) and not context:
                # "Produce better documentation. What we'll ship: ...": the headline above the shipped
                # item is the objective it serves.
                head = _trim(text, 0, start)
                if (head[1] > head[0] and re.search(r"[A-Za-z]{3}", text[head[0]:head[1]])
                        and not any(s < head[1] and head[0] < e for s, e in blank)):
                    context.append(head)
                    blank.append(head)
            if (_OWNER_LABEL.search(label) and not _BODY_LABEL.fullmatch(label)
                    and not _restates(label, text[m.end():_segment_end(text, m.end())])):
                # "Budget & Evaluation:", "Community Climate Action Plan:": a team, role or plan that owns the goal
                # (not a heading that restates the goal after it, "Reconcile Unit Balances: Reconcile unit balances
                # by close of business each day", which is only its name)
                owners.append(_trim(text, start, m.end() - 1))
    context = [span for span in context if span[1] > span[0]]
    owners = [span for span in owners if span[1] > span[0]]
    if not blank:
        return _Layout(text)
    chars = list(text)
    for s, e in blank:
        for k in range(s, e):
            if chars[k] not in "\n":
                chars[k] = " "
    return _Layout("".join(chars), context, periods, ship, owners, results)


def _restates(label: str, goal: str) -> bool:
    """Whether the label is a heading that names an action and most of its content words recur in the goal after it
    ("Reduce Medication Errors: Decrease medication errors ..."): the goal's own name, not a team that owns it
    ("Human Resources: Publish the human resources handbook")."""
    first = letter_words(label)[:1]
    if not first or not _verb_word(first[0].lower()):
        return False
    words = [stem(w.lower()) for w in letter_words(label) if w.lower() not in STOPWORDS and len(w) > 2]
    said = {stem(w.lower()) for w in letter_words(goal)}
    return bool(words) and sum(w in said for w in words) * 2 > len(words)


def _objective_clause(label: str, goal: str) -> bool:
    """Whether a label is an objective stated as a clause, a verb and what it acts on ("Improve system reliability",
    "Make our API rock-solid reliable"), with a goal of two or more words after it that it does not restate
    ("Reduce Medication Errors: Decrease medication errors by 20%" is that goal's name). A team, programme or role
    heading in capitals ("Budget & Evaluation") is an owner, not an objective, and a field label ("Key result") is
    neither."""
    words = letter_words(label)
    if (len(words) < 2 or not words[0][:1].isupper() or not (_verb_word(words[0].lower()) or _verbal_gerund(words))
            or numbers(words[0])
            or _BODY_LABEL.fullmatch(label.strip()) or _REASON_LABEL.fullmatch(label.strip())):
        return False  # "Zero waste:" names a target; "Key results:", "Supports:" are fields
    if all(w[:1].isupper() or w.lower() in STOPWORDS for w in words[1:]) and (
            len(words) < 3 or _OWNER_LABEL.search(label)):
        return False
    return len(letter_words(goal)) >= 2 and not _restates(label, goal) and not _elaborating_list(goal)


def _elaborating_list(goal: str) -> bool:
    """Whether what follows the colon is a list of noun phrases spelling out the label's object ("Implement weekly safety
    walks: forklift checks, racking inspections and fire exit reviews"): no key result, so the label is the goal's own
    action, not an objective above it. A figure, a finite verb or an opening verb makes it a key result ("Improve
    forklift safety: cut reportable incidents from 6 to 2", "... : every starter has a buddy")."""
    words = letter_words(goal)
    if not words or re.search(r"\d", goal) or not re.search(r",|\band\b", goal) or _FINITE_MARK.search(goal):
        return False
    if not any(w[:1].islower() for w in words if w.lower() not in STOPWORDS):
        return False  # a title-case subtitle ("Visit a Comfortable Space: Physical and Virtual Spaces") is a heading's
    first = words[0].lower()
    return first in DETERMINERS or first.endswith(("ing", "s")) or not _verb_word(first)


def _verbal_gerund(words: list[str]) -> bool:
    """Whether a heading opens with the -ing form of a verb taking its object or complement ("Strengthening the Core",
    "Caring for Our Community"): an aim stated as an activity; before a capitalised noun ("Building Maintenance") or
    alone ("Training") the -ing word names a field of work."""
    first = words[0].lower()
    if len(words) < 2 or not first.endswith("ing") or len(first) < 6 or words[1].lower() not in DETERMINERS | PREPOSITIONS:
        return False
    root = first[:-3]
    return any(_verb_word(base) for base in (root, root + "e", root[:-1] if root[-1] == root[-2] else ""))


# Comparatives and participles of change that open a heading naming the state a target is to bring about.
_STATE_WORDS = frozenset({
    "better", "faster", "quicker", "shorter", "safer", "healthier", "greener", "cleaner", "stronger", "fewer", "more",
    "less", "lower", "higher", "greater", "wider", "easier", "smoother", "sooner", "earlier", "cheaper", "warmer",
    "fairer", "smarter", "improved", "reduced", "increased", "enhanced", "expanded", "strengthened", "simpler"})


def _state_heading(label: str, goal: str) -> bool:
    """Whether a label is the state a target is to bring about, a comparative or a participle of change and what it
    describes ("Faster cancer treatment", "Safer streets", "Better outcomes for looked-after children"), above a
    goal of two or more words that it does not restate ("Reduced Falls: Reduce inpatient falls by 20%" is that goal's
    name)."""
    words = letter_words(label)
    if len(words) < 2 or words[0].lower() not in _STATE_WORDS or _BODY_LABEL.fullmatch(label.strip()):
        return False
    content = [stem(w.lower()) for w in words[1:] if w.lower() not in STOPWORDS and len(w) > 2]
    said = {stem(w.lower()) for w in letter_words(goal)}
    # the heading is the goal's name when every word of what it describes recurs in the goal ("Reduced Falls"); one
    # it adds ("Shorter stays in emergency departments: 95% of patients ... within six hours") names the aim
    return bool(content) and len(letter_words(goal)) >= 2 and not all(w in said for w in content)


def _looks_like_a_name(label: str) -> bool:
    """A team or programme name used as a heading: one to five capitalised words ("Marketing Ops",
    "Sales Engineering", "Platform/Infra"), not the start of a sentence ("To do this")."""
    words = label.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "and", "of", "the", "for")
                                        for w in words) and words[0].lower() not in STOPWORDS


def _period_end(phrase: str) -> dt.date | None:
    """The last day a header period covers: the latest calendar date it names ("FY23-Q2 (May 1,
    2022 to July 31, 2022)" ends on July 31, 2022), else the end of its fiscal year or year."""
    # The most precise kind of period named decides: "Q2 2026" ends with its quarter, not its year.
    for patterns in ((_DATE_MDY, _DATE_ISO, _DATE_WORDS), (_QUARTER_YEAR, _HALF_YEAR), (_FISCAL,), (_YEAR,)):
        ends = [d for pattern in patterns for m in pattern.finditer(phrase)
                if (d := _deadline_end(m.group())) is not None]
        if ends:
            return max(ends)
    return None


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


def _first_words(verbs: list[str]) -> frozenset[str]:
    """Every word a form of these (possibly multi-word) verbs can start with."""
    return frozenset(form.split()[0] for verb in verbs for form in _verb_forms(verb.lower()))


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


_WINDOW = precompiled(
    r"\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:next\s+|first\s+|coming\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+single|single)"
    r"[-\s]+(?:business\s+|working\s+)?(?P<unit>day|week|month|quarter|year)s?\b"
    r"|\b(?P<rel>tomorrow|overnight|by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week|next\s+week|"
    r"this\s+month|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month))\b",
    _FLAGS,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
_FACTOR_WORDS = precompiled(
    r"\b(?P<w>double|doubling|triple|tripling|quadruple|quadrupling|twofold|threefold|fourfold|tenfold)\b"
    r"|(?<![\w.])(?P<x>\d+(?:\.\d+)?)\s?(?:x|-fold)\b",
    _FLAGS,
)
_FACTOR_VALUES = {"double": 2, "doubling": 2, "twofold": 2, "triple": 3, "tripling": 3, "threefold": 3,
                  "quadruple": 4, "quadrupling": 4, "fourfold": 4, "tenfold": 10}
_FROM_TO = precompiled(
    r"\bfrom\s+(?:about\s+|around\s+)?(?P<a>[$€£]?\d+(?:,\d{3})*(?:\.\d+)?)\s*%?(?:\s*[^\W\d][\w-]*){0,3}?\s+"
    r"(?:to|up\s+to|down\s+to)\s+(?P<b>[$€£]?\d+(?:,\d{3})*(?:\.\d+)?)",
    _FLAGS,
)
_BY_PERCENT = precompiled(
    r"\b(?P<verb>increase|increasing|grow|growing|raise|raising|boost|boosting|lift|reduce|reducing|cut|"
    r"cutting|lower|lowering|decrease|decreasing)\b(?:\s+[^\s.;!?]+){0,5}?\s+by\s+(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent)",
    _FLAGS,
)


def _window_days(text: str) -> tuple[float, int, int] | None:
    """The shortest explicit time window in the goal, in days, with its span."""
    best: tuple[float, int, int] | None = None
    for m in _WINDOW.finditer(text):
        if m.group("rel"):
            rel = m.group("rel").lower()
            days = 1.0 if rel in ("tomorrow", "overnight") or rel.endswith("day") else 7.0
            if "month" in rel:
                days = 30.0
        else:
            n = _number(re.sub(r"\s+", " ", m.group("n")).split(" ")[-1]) or 1.0
            days = n * _UNIT_DAYS[m.group("unit").lower()]
        if best is None or days < best[0]:
            best = (days, m.start(), m.end())
    return best


_TIME_UNIT = precompiled(r"\s*(?P<u>sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\b", _FLAGS)
_UNIT_MINUTES = {"s": 1 / 60, "m": 1.0, "h": 60.0, "d": 1440.0, "w": 10080.0}


def _time_unit(text: str, pos: int) -> float | None:
    """Minutes per unit when a time unit follows ``pos`` ("4 hours" -> 60), else None."""
    m = _TIME_UNIT.match(text, pos)
    if not m:
        return None
    unit = m.group("u").lower()
    return 43200.0 if unit.startswith("mo") else _UNIT_MINUTES[unit[0]]


# A universal rollout over many sites ("every fixture across all 40 sites", "at all 60 branches").
_MASS_SCOPE = precompiled(
    r"\b(?:all|every\s+one\s+of|each\s+of)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?P<n>\d+(?:,\d{3})*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sites|locations|stores|branches|schools|buildings|offices|facilities|campuses|plants|"
    r"warehouses|clinics|hospitals|countries|regions|depots|restaurants|outlets|venues|properties)\b",
    _FLAGS,
)
_MASS_SITES = 10


def _change_factor(text: str) -> tuple[float, int, int] | None:
    """The largest relative change the goal asks for (3.0 = three times or a cut to a third)."""
    found: list[tuple[float, int, int]] = []
    for m in _FACTOR_WORDS.finditer(text):
        value = _FACTOR_VALUES.get((m.group("w") or "").lower()) or _number(m.group("x") or "")
        if value:
            found.append((float(value), m.start(), m.end()))
    for m in _FROM_TO.finditer(text):
        a, b = _number(m.group("a")), _number(m.group("b"))
        # "from 4 hours to 90 minutes": compare like with like.
        unit_a, unit_b = _time_unit(text, m.end("a")), _time_unit(text, m.end("b"))
        if a and b and unit_a and unit_b:
            a, b = a * unit_a, b * unit_b
        if a and b and a > 0 and b > 0:
            found.append((max(a / b, b / a), m.start(), m.end()))
    for m in _BY_PERCENT.finditer(text):
        p = _number(m.group("p")) or 0.0
        down = m.group("verb").lower().startswith(("reduc", "cut", "lower", "decreas"))
        factor = (1 / (1 - p / 100) if p < 100 else 100.0) if down else 1 + p / 100
        found.append((factor, m.start(), m.end()))
    return max(found) if found else None


_ALL_OF = precompiled(r"(?:100\s?(?:%|percent)|one\s+hundred\s+percent)\s+of\s+(?:[\w'’/-]+\s+){1,8}?"
                     r"(?:will\s+be|shall\s+be|are|is|get|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?P<participle>[a-z]{3,20})\b",
                     re.IGNORECASE)


def _whole_population(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a 100% target counts a finite set each member of which is changed once ("Train 100% of
    nursing staff", "100 percent of the budget will be attached to results"): a completion, not a
    perfection target on an ongoing rate ("Respond to 100% of calls", "100% uptime")."""
    if not rules.population_verbs or not re.match(r"(?:100|one)", text[hit.start:hit.end], re.IGNORECASE):
        return False
    before = re.search(r"([A-Za-z-]+)\s+\Z", text[max(0, hit.start - 30):hit.start])
    if before and before.group(1).lower() in rules.population_verbs and re.match(r"\s{1,3}of\b", text[hit.end:]):
        return True
    passive = _ALL_OF.match(text, hit.start)
    return bool(passive) and any(stem(passive.group("participle")) == stem(verb) for verb in rules.population_verbs)


_GROUP_AFTER = precompiled(r"\)?\s{1,3}of\s{1,3}(?P<group>(?:(?:the|our|all|those|people|anyone|everyone)\s{1,3})?"
                          r"(?:(?!(?:who|that|which)\b)[\w'’-]+[ \t]{1,3}){0,6}?(?!(?:who|that|which)\b)[\w'’-]+)"
                          r"(?=[ \t]{1,3}(?:who|that|which)\s{1,3}"
                          r"(?P<relative>(?:(?:are|is|have|has|were)\s{1,3})?[\w'’-]+)|[ \t]*(?:[,.;:()]|$|[ \t](?:to|within|in|by|for|and|with|on)\b))",
                          re.IGNORECASE)
_ALL_BEFORE = precompiled(r"\ball\s{1,3}(?:(?:the|our|of\s{1,3}(?:the|our))\s{1,3})?(?P<group>[^.;:()!?]{1,80}?)"
                          r"(?:\s{1,3}(?:within|in|by|on|at)\b[^.;:()!?]{0,40})?\s{0,3}\(\Z", re.IGNORECASE)
_SUBDAY_WINDOW = precompiled(r"\b(?:within|in|under|inside|less\s{1,3}than)\s{1,3}(?:[\w.-]+\s{1,3}){0,2}?"
                             r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|rings?)\b", re.IGNORECASE)


def _demand_coverage(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a 100% target counts what people ask of a service, or those who ask it ("Offer advice to 100% of
    those who ask us", "Answer 100% of requests within 20 working days", "acknowledge all enquiries and complaints
    within one working day (100%)"): coverage of demand, which a service can meet, not a perfection target on a
    rate. A response time in seconds, minutes or hours ("Respond to 100% of calls within 30 minutes") keeps it a
    perfection target."""
    if not (rules.demand_nouns or rules.asking_verbs) or not re.match(r"(?:100|one)", text[hit.start:hit.end],
                                                                     re.IGNORECASE):
        return False
    start, end = _sentence_of(text, hit.start)
    if _SUBDAY_WINDOW.search(text, start, end):
        return False
    after = _GROUP_AFTER.match(text, hit.end)
    if after and after.end("group") <= end:
        if after.group("relative") and any(stem(w) in rules.asking_verbs for w in after.group("relative").split()):
            return True
        group = re.findall(r"[\w'’-]+", after.group("group").lower())
        # ("100% of people referred to the service": a group defined by a participle of asking)
        return any((w in rules.demand_nouns and not _work_item(group, i, rules))
                   or (w.endswith("ed") and stem(w) in rules.asking_verbs) for i, w in enumerate(group))
    before = _ALL_BEFORE.search(text, start, hit.start) if text[hit.start - 1:hit.start] == "(" else None
    group = re.findall(r"[\w'’-]+", before.group("group").lower()) if before else []
    return any(w in rules.demand_nouns and not _work_item(group, i, rules) for i, w in enumerate(group))


def _work_item(words: list[str], i: int, rules: GoalRules) -> bool:
    """Whether the request noun at ``words[i]`` is a work item of the team's own queue: the compound's modifiers
    name the item's kind ("merge requests", "code review requests", "staff expense claims"), so nobody served asks
    it. A served party or a service topic ("customer requests", "housing requests") leaves it demand."""
    return any(w in rules.work_item_kinds for w in words[max(0, i - 2):i])


# Zero named as where a goal's measured cut is heading ("Cut injuries by 20% this year on the way to zero").
_TOWARD_ZERO = precompiled(r"(?:\bon\s{1,3}(?:the|our)\s{1,3}(?:way|road|path|journey)(?:\s{1,3}to(?:wards?)?)?|\btowards?)"
                           r"\s{1,3}(?:(?:a|an|the|our)\s{1,3})?(?:(?:long-term|ultimate|overall|eventual)\s{1,3})?"
                           r"(?:(?:aim|goal|target|vision)\s{1,3}of\s{1,3})?\Z", re.IGNORECASE)


# What keeps work going rather than done once: a standing verb or a time it holds over ("at all times", "always").
_STANDING = precompiled(r"\b(?:maintain|maintains|keep|keeps|sustain|sustains|always|ongoing)\b|\bat\s{1,3}all\s{1,3}times\b",
                        re.IGNORECASE)
_COUNTED_ITEMS = precompiled(r"\s{1,3}(?:[\w'’-]+\s{1,3}){0,3}?(?P<noun>[a-z][\w-]{2,30}(?<![su])s)\b")
_PERIOD_PLURAL = precompiled(r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|shift|sprint|term|semester|"
                             r"time)s", re.IGNORECASE)


_MEASURE_OF = precompiled(r"\b(?P<head>[a-z]+)\s{1,3}of\s", re.IGNORECASE)


def _metric_window(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a window counted from an event ("within 30 days of discharge", "within 12 months of a previous
    referral") sits inside a measure's noun phrase ("the share of patients readmitted ...", "the proportion of repeat
    callers ..."): it defines which cases the measure counts, not a deadline (evals/dev18); one on the goal's own act
    ("Within six months of starting in post, complete ...") is a deadline."""
    if (not rules.measure_heads or not re.match(r"within\b", text[hit.start:hit.end], re.IGNORECASE)
            or not re.match(r"\s{1,3}(?:of|after|following|from)\s", text[hit.end:])):
        return False
    start = _sentence_of(text, hit.start)[0]
    heads = [m for m in _MEASURE_OF.finditer(text, start, hit.start) if m.group("head").lower() in rules.measure_heads]
    return bool(heads) and not re.search(r"[,;:]", text[heads[-1].end():hit.start]) and len(
        text[heads[-1].end():hit.start].split()) <= 12


def _counted_one_off(text: str, hit: Hit) -> bool:
    """Whether a perfection phrase qualifies a counted set of work done once ("a log of 200 dispensed items without
    any errors", "Complete 50 supervised rounds without a single error"): finite work done right each time can be met,
    unlike a perfection target on an ongoing rate ("Dispense every prescription without any errors", "zero errors
    every month"); a count of periods ("12 months without an injury") is a streak, not a set (evals/dev18)."""
    start, end = _sentence_of(text, hit.start)
    if _STANDING.search(text, start, end) or _CADENCE_WORD.search(text, start, end):
        return False
    clause = max(text.rfind(",", start, hit.start), text.rfind(";", start, hit.start), start - 1) + 1
    for n in numbers(text[clause:hit.start]):
        if n.percent or n.ordinal or (1900 <= n.value <= 2100 and n.text.isdigit()) or n.value < 2:
            continue
        items = _COUNTED_ITEMS.match(text, clause + n.end, hit.start)
        if items and not _PERIOD_PLURAL.fullmatch(items.group("noun")):
            return True
    return False


def _red_flags(text: str, rules: GoalRules, hits: list[Hit], amount: bool = False, timed: bool = False) -> list[Hit]:
    """The attainability flags. ``amount``/``timed``: the goal gives an amount or a time frame of its own. With an
    amount, a zero it heads toward is its aim, not its target; with either, an elimination it names ("... toward
    eliminating harm: a 30% reduction", "End X by 2030") has an interim target or a period."""
    flags = [h for h in hits if h.rule == "attain.perfection" and not _whole_population(text, h, rules)
             and not _demand_coverage(text, h, rules) and not _counted_one_off(text, h)
             and not (amount and re.search(r"\bzero\b", text[h.start:h.end], re.IGNORECASE)
                      and _TOWARD_ZERO.search(text, max(0, h.start - 60), h.start))]
    if not (amount or timed):
        flags += [h for h in hits if h.rule == "attain.elimination" and not _overlaps(h.start, h.end, [(f.start, f.end) for f in flags])]
    factor = _change_factor(text)
    window = _window_days(text)
    if factor and window:
        value, f_start, f_end = factor
        days, w_start, w_end = window
        if (value >= 2 and days <= _SHORT_WINDOW_DAYS) or (value >= 3 and days <= _QUARTER_DAYS):
            start, end = min(f_start, w_start), max(f_end, w_end)
            flags.append(Hit("attain.extreme_change", start, end, rules.by_id("attain.extreme_change").why))
    scope = _MASS_SCOPE.search(text)
    if scope and window and window[0] <= _SHORT_WINDOW_DAYS and (_number(scope.group("n")) or 0) >= _MASS_SITES:
        start, end = min(scope.start(), window[1]), max(scope.end(), window[2])
        flags.append(Hit("attain.extreme_scale", start, end, rules.by_id("attain.extreme_scale").why))
    rule = rules.by_id("attain.no_resources")
    constraint = rule.extra["constraint"].search(text)
    if constraint:
        immediate = rule.extra["immediate"].search(text)
        if immediate or (factor and factor[0] >= 2):
            other = immediate.span() if immediate else factor[1:]  # type: ignore[index]
            start, end = min(constraint.start(), other[0]), max(constraint.end(), other[1])
            flags.append(Hit(rule.id, start, end, rule.why))
    return sorted(flags, key=lambda h: h.start)


# --------------------------------------------------------------------------- specific


@dataclass(frozen=True)
class Action:
    start: int
    end: int
    verb_end: int
    kind: Literal["action", "vague", "effort"]
    concrete_words: int
    object_words: int
    wishful: bool  # the object opens with "more", "better"...
    head: bool
    aspiration: bool = False  # the object is a judged quality of a general thing ("a talented workforce")


_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "this", "these",
                          "those"})
_OBJECT_OPENERS = _DETERMINERS | {"all", "every", "each"}
_NOUN_MARKERS = _DETERMINERS | {"more", "fewer", "less"}


_NAME_SHAPES = precompiled(
    r"(?<![\w.])v?\d{1,3}(?:\.\d{1,3}){1,3}(?![\w%])"                 # a version: 1.25, v2.0.1
    r"|\b[a-z][\w-]{1,40}\.(?:com|org|net|io|dev|ai|gov|edu|app)\b"        # a domain: salesforce.com
    r"|\b[A-Za-z]{1,30}_[A-Za-z_]{1,40}\b|\b[a-z]{2,20}[A-Z][A-Za-z]{1,30}\b"  # identifiers: rustc_codegen, iPhone
    r"|\b[A-Z]{2,8}s?\b"                                                   # an acronym: UTM, SDK, CRM
    r"|[\"“][^\"“”\n]{3,60}[\"”]"                                        # a quoted title
    r"|\bversion\s{1,3}\d{1,4}\b",
)
_SENTENCE_OPENING = precompiled(r"(?:^|[.!?:;(\n]|\s[-–—]|\])\s{0,8}\Z")


def _named(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether ``text[start:end]`` names a particular system or artefact: a capitalised word that is
    not a sentence opening and not a common word of the goal vocabulary ("Kubernetes", "Phoenix"),
    a version, a domain, an identifier, an acronym or a quoted title. Capitals of style name nothing: a clause in
    headline style (``_headline_case``) and words in capitals for emphasis (``_emphasis_capitals``)."""
    if start >= end:
        return False
    for shape in _NAME_SHAPES.finditer(text, start, end):
        if not _emphasis_capitals(text, shape.start(), shape.end()):
            return True
    for m in re.finditer(r"[A-Z][a-z][\w'’-]{1,30}", text[start:end]):
        word = m.group().lower().rstrip("'’s")
        pos = start + m.start()
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_-"):
            continue
        if _SENTENCE_OPENING.search(text, max(0, pos - 12), pos):
            continue
        if (word in rules.stopwords or word in rules.generic_words or word in rules.time_words or word in _COMMON_CAPS
                or word in rules.institution_words):
            continue
        # in headline style ("Reduce Tobacco Use and Substance Abuse") every word is capitalised: none is marked a name
        return not _headline_case(text, pos, rules)
    return False


# Where a heading or clause of a goal begins and ends: a sentence end, a colon or semicolon, a line break.
_SEGMENT_END = precompiled(r"[.!?:;](?=\s|$)|\n")
# Suffixes of common nouns and adjectives ("Nutrition", "Stewardship", "Delivery", "Collaborative", "Physical"):
# a capitalised word that carries one is an ordinary word set in capitals, rarely a product, system or place name.
_ORDINARY_SUFFIX = precompiled(r"[a-z]{2}(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ence|ship|ism|ery|ive|"
                               r"ives|ous|ful|ical|al|ing|ings|ies)$")


def _headline_case(text: str, pos: int, rules: GoalRules) -> bool:
    """Whether the heading or clause around ``pos`` is set in headline style ("Promote Nutrition and Physical Activity
    to Reduce Obesity", "Advance Student Success"): every content word capitalised, at least three of them, and at
    least one after the first an ordinary word (a common-noun or adjective suffix, a word of the goal vocabulary).
    Capitals there mark the style, not names, so a capitalised word names nothing by its capital alone; a sentence
    that capitalises only its names ("Integrate Salesforce with Marketo") is no heading."""
    begin = 0
    for m in _SEGMENT_END.finditer(text, max(0, pos - 400), pos):
        begin = m.end()
    limit = min(len(text), pos + 400)  # both ways bounded: a long unpunctuated text stays linear
    stop = _SEGMENT_END.search(text, pos, limit)
    segment = text[begin:stop.start() if stop else limit]
    content = [w for w in re.findall(r"[A-Za-z][\w'’-]*", segment)
               if w.lower() not in rules.stopwords and w.lower() not in _COMMON_CAPS]
    if len(content) < 3 or not all(w[0].isupper() for w in content):
        return False
    return any(_ordinary_word(w.lower().rstrip("'’s"), rules) for w in content[1:] if not w.isupper())


def _ordinary_word(word: str, rules: GoalRules) -> bool:
    if _ORDINARY_SUFFIX.search(word):
        return True
    return any(word in lexicon for lexicon in (rules.generic_words, rules.metric_nouns, rules.beneficiaries,
                                               rules.qualities, rules.evaluative, rules.vague_modifiers,
                                               rules.artefact_words, rules.comparatives))


# A word in capitals that is no acronym but emphasis: two or more capitalised words of four letters or more in a run
# ("EXEMPLARY PUBLIC SAFETY", "EXCELLENT CUSTOMER SERVICE"), where an acronym stands alone or beside a short one
# ("NASA JPL", "AWS EKS").
_CAPS_WORD = r"[A-Z]{4,}"
_CAPS_LINK = r"(?:\s{1,3}(?:and|or|of|&)\s{1,3}|\s{1,3})"


def _emphasis_capitals(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if not re.fullmatch(_CAPS_WORD, word):
        return False
    before = re.search(_CAPS_WORD + _CAPS_LINK + r"\Z", text[max(0, start - 40):start])
    after = re.match(_CAPS_LINK + _CAPS_WORD + r"\b", text[end:end + 40])
    return bool(before or after)


def _named_sentence(memo: dict[tuple[int, int], bool], text: str, pos: int, rules: GoalRules) -> bool:
    """``_named`` of the sentence that holds ``pos``, read once per sentence (``memo``): a long
    sentence with many verbs stays linear."""
    span = _sentence_of(text, pos)
    if span not in memo:
        memo[span] = _named(text, *span, rules)
    return memo[span]


_COMMON_CAPS = wordset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday i")


# A personal subject and a modal: the next word is the clause's verb ("I will walk", "we'll host").
_SUBJECT_MODAL = precompiled(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)(?:\s{1,3}(?:will|shall|must|should|can)|['’]ll)"
                            r"(?:\s{1,3}(?:also|then|now))?\s{1,3}(?=[a-z])")
# Any other subject before "will"/"shall" ("The reference team will begin ...", "Library staff will ...", "the systems
# librarian will redesign ..."): plan objectives name the unit or role that acts, and the modal's next word is the
# clause's verb as after a personal subject (a relative pronoun's clause, "programs that will conserve ...", says
# what the object does and is no clause of the goal's own; the people served are read in ``_actions``).
_NOUN_SUBJECT_MODAL = precompiled(r"(?<![\w'’-])(?!(?i:that|which|who|whom|whose|what|it|this|there|these|those)\b)"
                                 r"(?P<subject>[A-Za-z][\w'’-]{1,30})\s{1,3}(?:will|shall)(?:\s{1,3}(?:also|then|now))?\s{1,3}(?=[a-z])")


# A value left open on one side ("90% or higher", "4.2 or above", "3 or fewer"): the comparative bounds the value, it
# is no wish for more of the object.
_OPEN_BOUND = precompiled(r"\d[\d.,]*\s{0,2}(?:%|percent|points?)?\s{1,3}(?:or|and)\s{1,3}\Z", re.IGNORECASE)


def _actions(text: str, rules: GoalRules, stop_spans: list[tuple[int, int]]) -> list[Action]:
    """Verb + object phrases, with how many concrete words each object holds."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    starts = {s: i for i, (_, s, _) in enumerate(tokens)}
    verbs: list[tuple[int, int, str]] = []
    lowered = [word.lower() for word, _, _ in tokens]
    for regex, kind in ((rules.effort_verbs, "effort"), (rules.vague_verbs, "vague"), (rules.action_verbs, "action")):
        firsts = rules.first_words.get(kind)  # as _word_starts, over the tokens read once
        for (_, at, _), lower in zip(tokens, lowered, strict=True):
            if firsts is None or lower in firsts:
                m = regex.match(text, at)
                if m:
                    verbs.append((m.start(), m.end(), kind))
    stop_spans = _Intervals(stop_spans)  # type: ignore[assignment]
    # Prefer the longest verb at a position ("work on" over "work"; effort, then vague, on ties).
    chosen: dict[int, tuple[int, str]] = {}
    for start, end, kind in verbs:
        if start not in chosen or end > chosen[start][0]:
            chosen[start] = (end, kind)
    # An imperative the verb lists do not know ("Cycle-count the cage", "Spot-check ten claims"):
    # the goal's first word, hyphenated or followed by a determiner or a number, is read as a verb.
    lead = rules.strip_prefix.match(text)
    first = next((t for t in tokens if t[1] >= (lead.end() if lead else 0)), None)
    if first is not None and first[1] not in chosen and first[0].lower() not in rules.stopwords:
        nxt = next((t for t in tokens if t[1] >= first[2]), None)
        # (a sum counts as a number does: "Save $1,000 this year")
        if nxt is not None and ("-" in first[0] or nxt[0].lower() in _OBJECT_OPENERS
                                or nxt[0].lstrip("$€£")[:1].isdigit()) and (
                "-" in first[0] or not first[0].lower().endswith(("ing", "ed", "s"))):
            chosen[first[1]] = (first[2], "action")
    # An imperative the lists do not know opening any sentence ("Extend library opening hours", "Unify
    # contracting certifications"): a word the English word list inflects as a verb (-ed and -ing forms),
    # followed by its object rather than by a preposition or a verb of its own.
    token_starts = [t[1] for t in tokens]
    # The same holds for the verb after a personal subject and a modal ("I will walk two miles every day",
    # "We'll tutor ten students"): the clause's verb, whatever the lists know.
    # (not the people a goal serves: "Customers will receive the survey", "Students will read at grade level" say what
    # happens to or for them, not the work of the unit that owns the goal)
    noun_modal = [m.end() for m in _NOUN_SUBJECT_MODAL.finditer(text) if not _serves_people(m["subject"], rules)] if (
        " will " in text or " shall " in text) else []
    clause_verbs = [m.end() for m in _SUBJECT_MODAL.finditer(text)] + noun_modal
    # After a noun subject a modal's next word is a verb whatever the word list knows of it ("The help desk will
    # rewrite", "Each branch manager will relaunch").
    after_modal = set(noun_modal)
    for s_start in [s for s, _ in _sentences(text)] + clause_verbs:
        i = bisect_left(token_starts, s_start)
        if i + 2 < len(tokens) and _inceptive(tokens, i, text, rules):
            i += 1  # "begin using the new intake form": the work begun is the clause's action
            inceptive = True
        else:
            inceptive = False
        if i + 1 >= len(tokens) or tokens[i][1] in chosen:
            continue
        word, nxt = tokens[i][0], tokens[i + 1][0].lower()
        lower = word.lower()
        if ((lower in rules.stopwords and not inceptive) or lower in rules.time_words or (lower in _INCEPTIVE and nxt.endswith("ing"))
                or (lower.endswith(("ing", "ed", "s", "ly")) and not inceptive)
                or lower in rules.comparatives or lower in rules.generic_words or lower in rules.evaluative
                or re.search(r"[.;:!?,()\n]", text[tokens[i][2]:tokens[i + 1][1]])
                or nxt in PREPOSITIONS or nxt in MODALS or nxt in _FINITE or not nxt.lstrip("$€£")[:1].isalnum()):
            continue
        if inceptive or (s_start in after_modal and lower not in _ADVERBS and lower not in _CLAUSE_TAKING) or _inflects_as_verb(lower):
            chosen[tokens[i][1]] = (tokens[i][2], "action")
    generic_spans = [m.span() for m in rules.generic_phrases.finditer(text)]
    named: dict[tuple[int, int], bool] = {}
    actions = []
    for start, (verb_end, kind) in sorted(chosen.items()):
        if start not in starts or _overlaps(start, verb_end, stop_spans):
            continue
        i = starts[start]
        # A verb form after a determiner or modifier is a noun ("more calls", "the help desk").
        if i > 0 and not re.search(r"[.;:!?,\n]", text[tokens[i - 1][2]:start]) and (
                tokens[i - 1][0].lower() in _NOUN_MARKERS or tokens[i - 1][0].lower() in rules.comparatives
                or _AMOUNT_TOKEN.fullmatch(tokens[i - 1][0])):
            continue  # (after an amount too: "a 15% increase in sales", "3 review sessions")
        # A verb form after a modifier is a noun ("Reliable monitoring and alerting", "closed-loop
        # reporting", "Robust test coverage"); after a function word or at a clause head it stays a
        # verb ("by reducing").
        nxt_word = next((t[0].lower() for t in tokens[i + 1:i + 4] if t[1] >= verb_end), "")
        if (i > 0 and not _clause_head(text, start) and not tokens[i - 1][0].lower().endswith("ly")
                and tokens[i - 1][0].lower() not in _ADVERBS and tokens[i - 1][0].lower() not in _INCEPTIVE
                and (text[start:verb_end].lower().endswith("ing")
                     or (nxt_word and nxt_word not in _OBJECT_OPENERS and nxt_word not in PREPOSITIONS
                         and not nxt_word[:1].isdigit()))
                and not re.search(r"[.;:!?,()\n]", text[tokens[i - 1][2]:start])
                and tokens[i - 1][0][:1].isalpha() and tokens[i - 1][0].lower() not in rules.stopwords
                and tokens[i - 1][1] not in chosen):
            continue
        while i < len(tokens) and tokens[i][1] < verb_end:
            i += 1
        concrete, last_end, taken, wishful, resultative, subject = 0, verb_end, 0, False, False, False
        concrete_words: list[str] = []
        # the head of a "for" phrase in the object: whom or what it is for ("a mentoring programme for new nurses")
        for_head = ""
        opener = tokens[i][0].lower() if i < len(tokens) else ""
        if (text[start:verb_end].lower() == "be" and _PASSIVE_PARTICIPLE.fullmatch(opener)
                and re.search(r"\b(?:will|shall|must)\s{1,3}\Z", text[max(0, start - 12):start], re.IGNORECASE)):
            continue  # "X will be increased": a passive (read by ``_passive_action``), not "be" with an object
        while i < len(tokens) and taken < 10:
            word, w_start, w_end = tokens[i]
            gap = text[last_end:w_start]
            lower = word.lower()
            # "and" / "or" before a verb, or before an adverb and a verb ("and hopefully win"),
            # starts a new clause.
            nxt = i + 2 if (i + 2 < len(tokens) and tokens[i + 1][0].lower().endswith("ly")) else i + 1
            if (re.search(r"[.;:!?()\n]|,\s", gap) or lower in rules.boundaries
                    or _overlaps(w_start, w_end, stop_spans)
                    or (lower in ("and", "or") and nxt < len(tokens)
                        and (rules.action_verbs.match(text, tokens[nxt][1])
                             or rules.vague_verbs.match(text, tokens[nxt][1])))):
                break
            if _subject_before_modal(tokens, i, taken, opener):
                subject = True  # "Grade 4 students will improve ...": the words before the modal are its subject
                break
            if concrete == 0 and not wishful and lower in rules.comparatives and not (
                    kind == "action" and taken == 0 and _narrowed_group(tokens, i + 1, rules)) and not (
                    _OPEN_BOUND.search(text, max(0, w_start - 24), w_start)):
                wishful = True
            if concrete and (lower in rules.comparatives or lower in rules.evaluative or lower in rules.qualities):
                resultative = True  # "make the onboarding process better": a judged state of the object
            if (word[0].isalpha() and len(word) > 2 and lower not in rules.stopwords
                    and lower not in rules.generic_words and lower not in rules.time_words
                    and not (lower.endswith("ly") and lower not in rules.ly_nouns)
                    and not _inside(w_start, w_end, generic_spans)):
                concrete += 1
                concrete_words.append(lower)
                if any(t[0].lower() == "for" for t in tokens[i - taken:i]):
                    for_head = lower
            # the phrase ends at its last content word ("the portal", not "the portal for")
            last_end = w_end if lower not in rules.stopwords else max(last_end, w_start)
            taken += 1
            i += 1
        end = _trim(text, start, last_end)[1]
        # A kind of artefact with nothing that says which one ("attain a certification", "complete
        # course work") is any artefact, not a particular one; "the portal", "our handbook" point at one.
        # An institution word says whose, not which ("a City certification"); whom or what it is made for says which
        # one ("a mentoring programme for new nurses": the shared definition's "for or by whom"), even when the
        # people are named by a role that is also a post to fill ("nurse", "manager"); a benefit it is for, an
        # abstract noun ("a course for professional development"), does not.
        for_whom = bool(for_head) and not _ABSTRACT_NOUN.search(for_head) and not for_head.endswith(("ment", "ments"))
        artefact_kind = (concrete_words and opener not in _DEFINITE and not for_whom
                         and any(_artefact(w, rules) for w in concrete_words)
                         and all(_artefact(w, rules) or w in rules.institution_words for w in concrete_words)
                         and not re.search(r"\d", text[verb_end:end]) and not _named_sentence(named, text, start, rules)
                         and not _restrictive_function(text, end, rules) and not _TOPIC_AFTER.match(text, end))
        # A bare plural or mass kind of artefact ("Write technical documentation", "Prepare design specifications",
        # "Develop clinical protocols"): with no article, no count and no name, the noun phrase refers to the kind, so
        # its modifiers only say what sort ("technical", "design", "clinical") and any such artefacts would do. Whom
        # it is for, its topic, a relative clause or a name still says which ("for the new expense-claims portal",
        # "that explain the spring discount"); so do people before the noun ("peer mentorship programs").
        bare_kind = (concrete and opener not in _OBJECT_OPENERS and opener not in NUMBER_WORDS and opener not in ("a", "an")
                     and not for_whom and _bare_kind(concrete_words, text, verb_end, end, rules)
                     and not _named_sentence(named, text, start, rules) and not _restrictive_function(text, end, rules)
                     and not _TOPIC_AFTER.match(text, end) and not _RELATIVE_AFTER.match(text, end)
                     and not _recipients_after(text, end, rules))
        if artefact_kind or bare_kind:
            concrete = 0
        # A light verb with an artefact ("do a cost/benefit analysis", "have a signed-off strategy") is
        # the action of making that artefact.
        if (kind != "action" and text[start:verb_end].lower() in _LIGHT_VERBS and opener in ("a", "an", "the")
                and not resultative
                and concrete and any(_artefact(w, rules) for w in concrete_words[:3])):
            kind = "action"
        head = _clause_head(text, start)
        if subject and head:
            continue
        actions.append(Action(start, end, verb_end, kind, concrete, taken, wishful, head))  # type: ignore[arg-type]
    return actions


_FUTURE_MODALS = frozenset({"will", "shall"})


def _subject_before_modal(tokens: list[tuple[str, int, int]], i: int, taken: int, opener: str) -> bool:
    """Whether the token at ``i`` is a future modal with a verb after it, closing a short bare noun group that opened
    with the supposed verb ("Grade 4 students will", "Ward 7 nurses will", "Level 3 staff will"): an English clause has
    its subject before the modal, so the opening word names that subject (a noun that is also a verb: grade, ward,
    level) and is no imperative. An object with an article or determiner ("Build a portal patients will use") is a
    verb's object with a reduced relative after it, and stays."""
    if tokens[i][0].lower() not in _FUTURE_MODALS or not 1 <= taken <= 3 or i + 1 >= len(tokens):
        return False
    return opener not in _OBJECT_OPENERS and opener not in ("a", "an") and tokens[i + 1][0][:1].islower()


# A topic after a kind of artefact, or the audience it goes to, says which one, also where a date cuts the object
# short ("a presentation on Q1 safety incidents", "a report about ...", "a presentation to the board each quarter").
_TOPIC_AFTER = precompiled(r"\s{1,3}(?:on|about|of|covering|describing|explaining|summari[sz]ing|"
                          r"to\s{1,3}(?:the|our|its|their|my|all|each|every))\s", re.IGNORECASE)
# A relative clause after an object says which one ("programs that will conserve water", "staff who work nights").
_RELATIVE_AFTER = precompiled(r"\s{0,3},?\s{0,3}(?:that|which|who|whose|where)\s", re.IGNORECASE)


_TO_GROUP = precompiled(r"\s{1,3}to\s{1,3}(?P<group>[a-z][a-z-]+(?:\s{1,3}[a-z][a-z-]+){0,2})\b(?=\s*(?:$|[.;,:!?)]|"
                       r"(?:on|at|in|by|every|each|within|before|after|and|monthly|weekly|daily|quarterly)\b))")


def _recipients_after(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the object ending at ``start`` is followed by the people it goes to, as "to" and a plural noun phrase
    ("distribute accurate reports to department heads", "send summaries to clients"): who receives them says which
    ones, as whom they are for does; "to" before a verb ("to improve retention") is a purpose."""
    m = _TO_GROUP.match(text, start)
    if m is None:
        return False
    words = m["group"].split()
    if rules.action_verbs.match(text, m.start("group")) or rules.vague_verbs.match(text, m.start("group")):
        return False
    last = words[-1]
    return (_reaches_people(m["group"], rules) or last in _MORE_PEOPLE
            or (last.endswith("s") and not last.endswith("ss") and _has_plural(last[:-1])
                and all(_noun_modifier(w, rules) for w in words[:-1]) and len(words) > 1))


def _bare_kind(words: list[str], text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether a bare object (no article, no count) names only a kind of artefact: its head, the last content word
    before a preposition, is a plural or mass artefact noun ("specifications", "documentation", "materials"), no
    number or capitalised name is in it and no modifier names people ("peer", "patient", "staff")."""
    obj = text[start:end]
    if re.search(r"\d", obj):
        return False
    head_words = []
    for word in letter_words(obj):
        lower = word.lower()
        if lower in PREPOSITIONS or lower in ("and", "or"):
            break
        head_words.append(lower)
    if not head_words or head_words[-1] != words[-1]:
        return False  # a place or topic after the noun says which ones ("new lighting in the north garage")
    head = head_words[-1]
    # (a nominalisation stands bare as a mass noun: "documentation", "training", "mentorship")
    mass_or_plural = (head.endswith("s") and head[:-1] in rules.artefact_words) or (
        head in rules.artefact_words and (not _has_plural(head) or head.endswith(("ation", "ing", "ship"))))
    return mass_or_plural and not any(
        _reaches_people(w, rules) or w in _MORE_PEOPLE or w in rules.institution_words or _kind_noun(w, rules)
        for w in head_words[:-1])


# Underived adjectives, the core types of English adjectives (dimension, age, value, physical property, speed,
# position; Dixon 1982, "Where have all the adjectives gone?"), which no suffix marks as adjectives.
_PLAIN_ADJECTIVES = frozenset({"old", "new", "bad", "good", "main", "minor", "major", "big", "small", "large", "long",
                               "short", "high", "low", "full", "quick", "fast", "slow", "weak", "strong", "hard", "easy",
                               "free", "open", "fresh", "young", "true", "wrong", "right", "real", "common", "simple",
                               "late", "early", "whole", "same", "other", "own", "rough", "plain", "basic", "fine"})
# Suffixes that end adjectives and nouns alike ("efficient"/"incident", "regulatory"/"inventory",
# "accurate"/"template", "regular"/"calendar"): the word is a noun when the word list holds its plural.
_EITHER_SUFFIX = precompiled(r"(?:ent|ant|ary|ory|ate|ar)$")


def _kind_noun(word: str, rules: GoalRules) -> bool:
    """Whether a word before the head of a bare object is a noun that says which kind of thing it is, as a compound's
    first part ("accounts payable files", "incident reports", "payroll records", "safety inspection checklists"), as
    much as a "for"/"of" phrase would; an adjective of quality ("effective", "technical", "better", "clear") only says
    what sort, and a generic noun ("process documentation") or a participle ("training videos") says no more; nor does
    a noun that is also a verb ("design documentation", "research papers", "test plans"): it names the sort of work
    the artefact records, as the participle does, not a thing of its own."""
    if not _noun_modifier(word, rules) or word in rules.generic_words or word in rules.qualities \
            or word in rules.time_words or word in _PLAIN_ADJECTIVES or "-" in word or _inflects_as_verb(word):
        return False
    if _EITHER_SUFFIX.search(word):
        return _has_plural(word) or (word.endswith("y") and _has_plural(word[:-1] + "ie"))
    return True


# A change named as a noun ("a 15% increase"): how far, but not of what.
_CHANGE_NOUNS = frozenset({"increase", "increases", "decrease", "decreases", "reduction", "reductions", "improvement",
                           "improvements", "growth", "rise", "drop", "decline", "cut", "cuts", "gain", "gains", "change"})
# An amount right before a verb form makes it a noun: a percentage, a sum, or a count that is no year.
_AMOUNT_TOKEN = precompiled(r"[$€£]\d[\d,.]*[km]?|\d[\d,.]*%|(?!(?:19|20)\d\d\b)\d[\d,.]*")


_QUANTITY_COMPARATIVES = frozenset({"more", "fewer", "less"})


def _narrowed_group(tokens: list[tuple[str, int, int]], i: int, rules: GoalRules) -> bool:
    """Whether the words after a quantity comparative name a narrowed group ("more education staff",
    "more warehouse staff"): two content words, the first a modifier that says which, not a judged
    quality. "more trainings", "more emails" name no particular group; "more efficient processes" is a
    quality."""
    if i < 1 or tokens[i - 1][0].lower() not in _QUANTITY_COMPARATIVES:
        return False
    words = [t[0].lower() for t in tokens[i:i + 2]]
    return (len(words) == 2 and all(w[:1].isalpha() and len(w) > 2 for w in words)
            and not any(w in rules.stopwords or w in rules.boundaries or w in rules.comparatives or w in rules.evaluative
                        or w in rules.time_words for w in words)
            and not _ADJECTIVE_SHAPE.search(words[0]) and not words[0].endswith(("ly", "er", "est")))


_FINITE = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did"})


# Verbs of saying and thinking take a clause, not an object ("75% of users will say the library's services meet their
# expectations"): what follows them is a proposition, not the thing acted on.
_CLAUSE_TAKING = frozenset({"say", "state", "agree", "feel", "believe", "think", "indicate", "know", "find", "confirm"})
# Inceptive aspectual verbs: their complement is the work itself ("begin scanning pallets", "start using the form").
_INCEPTIVE = frozenset({"begin", "begins", "start", "starts", "commence", "commences", "resume", "resumes"})


def _inceptive(tokens: list[tuple[str, int, int]], i: int, text: str, rules: GoalRules) -> bool:
    """Whether ``tokens[i]`` is an inceptive verb followed directly by a gerund that opens the work begun ("begin
    using", "start scanning"); "start thinking about", "begin working on" stay what they are, an effort."""
    if tokens[i][0].lower() not in _INCEPTIVE or re.search(r"[.;:!?,()\n]", text[tokens[i][2]:tokens[i + 1][1]]):
        return False
    gerund = tokens[i + 1][0].lower()
    return (gerund.endswith("ing") and len(gerund) > 4 and gerund not in ("being", "having")
            and tokens[i + 2][0].lower() not in PREPOSITIONS)


@lru_cache(maxsize=4096)
def _inflects_as_verb(word: str) -> bool:
    """Whether the English word list (SCOWL, shipped for name detection) holds both a past and a
    present participle of ``word`` ("extend": extended, extending; "unify": unified, unifying), so it can
    be a verb; most nouns have neither ("library", "customer")."""
    from assistant.names import lexicon

    if len(word) < 3 or not word.isalpha():
        return False
    common = lexicon().common
    if word.endswith("y") and word[-2] not in "aeiou":
        past, ing = {word[:-1] + "ied"}, {word + "ing"}
    elif word.endswith("e"):
        # ("die": died, dying; "tie": tied, tying)
        past, ing = {word + "d"}, {word[:-1] + "ing", word + "ing", word[:-2] + "ying"}
    else:
        past = {word + "ed", word + word[-1] + "ed"}
        ing = {word + "ing", word + word[-1] + "ing"}
    return bool(past & common) and bool(ing & common)


_ADVERBS = frozenset({"maybe", "perhaps", "also", "then", "just", "first", "still", "again", "further", "soon", "now",
                      "always", "never", "often", "jointly", "together", "finally", "fully", "successfully"})
_DEFINITE = frozenset({"the", "my", "our", "your", "their", "his", "her", "its", "this", "these", "those", "each",
                       "every", "all"})
_LIGHT_VERBS = frozenset({"do", "does", "did", "doing", "have", "has", "having", "make", "makes", "making", "get",
                          "gets", "getting"})


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence that holds ``pos`` (a binary search over the cached sentence spans)."""
    spans = _sentences(text)
    i = bisect_right(_sentence_starts(text), pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return 0, len(text)


@lru_cache(maxsize=8)
def _sentence_starts(text: str) -> list[int]:
    return [s for s, _ in _sentences(text)]


def _artefact(word: str, rules: GoalRules) -> bool:
    """A kind of artefact ("course", "certifications", "analysis")."""
    return word in rules.artefact_words or (word.endswith("s") and word[:-1] in rules.artefact_words)


_HEAD_BEFORE = precompiled(
    r"(?:^|[.!?;:]\s*|\n\s*(?:[-*•]\s*)?|\b(?:and|also|plus|then)\s+(?:also\s+)?(?:to\s+)?|,\s*(?:and\s+)?|"
    r"\b(?:will|to|shall|should|must|can|going\s+to|plan\s+to|want\s+to|need\s+to|aim\s+to|by|through|via)\s+|"
    r"\b(?:i|we)\s+|\b(?:i|we|you|they)['’]ll\s+|\b(?:begin|begins|start|starts|commence|commences|resume|resumes)\s+)$",
    _FLAGS,
)


_ADVERB_BEFORE = precompiled(r"[a-z]{2,20}ly\s+\Z")


@lru_cache(maxsize=64)  # one goal asks about the same word several times (its actions, deliverables, clauses)
def _clause_head(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start]
    if _NON_SPACE.search(text, 0, start) is None:
        return True  # the goal's first word (after a blanked label)
    if _HEAD_BEFORE.search(before):
        return True
    without_adverb = _ADVERB_BEFORE.sub("", before)
    return without_adverb != before and bool(_HEAD_BEFORE.search(without_adverb))


# An effort verb aimed at a target ("strive for", "work towards", "aim at"): what follows is the result sought.
_TARGET_PREPOSITION = precompiled(r"\s{0,3}(?:for|towards?|at)\s{1,3}\Z", re.IGNORECASE)


def _counted_target(action: Action, text: str, measures: list[Hit]) -> bool:
    """Whether an effort verb's object is a counted result ("We strive for zero lost-time accidents"): the
    verb names a target by its preposition, and a quantity on a concrete noun opens that target, so the
    result is named as a quantity on an object even though the verb only names the effort."""
    gap = len(text[action.verb_end:action.end]) - len(text[action.verb_end:action.end].lstrip())
    opening = action.verb_end + gap
    if not _TARGET_PREPOSITION.search(text, max(0, action.verb_end - 12), action.verb_end) and not re.match(
            r"(?:for|towards?|at)\s", text[opening:], re.IGNORECASE):
        return False
    target = re.match(r"(?:(?:for|towards?|at)\s{1,3})?", text[opening:], re.IGNORECASE)
    start = opening + target.end()
    counted = [w for w in letter_words(text[start:action.end])
               if len(w) > 2 and w.lower() not in NUMBER_WORDS and w.lower() not in ("percent", "per", "cent")]
    return bool(counted) and action.concrete_words >= 1 and any(
        m.start == start and m.end <= action.end and (m.rule in _AMOUNT_RULES or m.rule == "measure.threshold")
        for m in measures)


# Looking for ways to act is not acting: an action in the complement of an exploration ("Explore ways to
# reduce churn", "Look for opportunities to partner with Acme", "Investigate how to automate billing") is
# what the person will look at, not a result they commit to, and the exploring verb's own object ("ways",
# "options") is none either (the guides' "Explore different strategies", "Explore opportunities to ...
# increase average compensation" are not specific).
_EXPLORE_FRAME = precompiled(
    r"(?<![A-Za-z])(?:explor|look(?:ing|s|ed)?\s{1,3}(?:for|into|at)\b|investigat|research|consider|examin|stud(?:y|ies|ied|ying)\b|"
    r"seek|search(?:es|ed|ing)?\s{1,3}for\b|find|identif(?:y|ies|ied|ying)\b|brainstorm|evaluat|assess|discuss|"
    r"pursu)[a-z]{0,5}\s{1,3}"
    r"(?:(?:(?:new|possible|potential|different|other|more|further|alternative|innovative|creative|additional|"
    r"various|some|any|the|our|better)\s{1,3}){0,3}"
    r"(?:ways|opportunities|options|possibilities|avenues|approaches|strategies|ideas|methods)\s{1,3}"
    r"(?:to|for)|how\s{1,3}(?:best\s{1,3})?(?:to|we\s{1,3}(?:can|could|might))|whether\s{1,3}(?:to|we\s{1,3}(?:can|could))|"
    r"if\s{1,3}we\s{1,3}(?:can|could))\s", re.IGNORECASE)

# The same verbs with only the kind of thing sought as the whole object ("Pursue additional funding opportunities",
# "Seek new revenue streams", "Identify cost-saving options."): which ones is what the search is to find.
_SOUGHT_KIND = precompiled(
    r"(?<![A-Za-z])(?:explor|look(?:ing|s|ed)?\s{1,3}(?:for|into|at)\b|investigat|research|seek|search(?:es|ed|ing)?\s{1,3}for\b|"
    r"find|identif(?:y|ies|ied|ying)\b|pursu)[a-z]{0,5}\s{1,3}"
    r"(?:(?:new|possible|potential|different|other|more|further|alternative|innovative|creative|additional|"
    r"various|some|any|the|our|better|emerging|untapped)\s{1,3}){0,3}(?:[a-z][a-z-]{2,20}\s{1,3}){0,2}"
    r"(?:opportunities|options|possibilities|avenues|sources|streams)(?:\s{1,3}of\s{1,3}[a-z][a-z-]{2,20})?\s{0,3}(?:[.;!?]|\Z)",
    re.IGNORECASE)

# Progress or motion whose destination is the "toward(s)" phrase after it: that phrase is the goal itself.
_OWN_DESTINATION = precompiled(r"\b(?:progress|work(?:s|ed|ing)?|mov(?:e|es|ed|ing)|head(?:s|ed|ing)?|striv(?:e|es|ed|ing)|"
                               r"push(?:es|ed|ing)?|continu(?:e|es|ed|ing)|advanc(?:e|es|ed|ing))\s{1,3}\Z", re.IGNORECASE)


def _explored(action: Action, text: str) -> bool:
    """Whether the action explores ("Explore ways", "Investigate options to ...") or stands after an
    exploration in its sentence ("Explore ways to <action>", "... ways to write and <action>", "... ways to
    achieve X by <action>"): the rest of the sentence is what is explored."""
    if _EXPLORE_FRAME.match(text, action.start) or _SOUGHT_KIND.match(text, action.start):
        return True
    start = _sentence_of(text, action.start)[0]
    # a clause of its own after the exploration ("..., and deliver the Q3 report by June") is work committed to
    return any(not re.search(r";|,\s{0,3}(?:and|then|also|plus)\s", text[m.end():action.start])
               for m in _EXPLORE_FRAME.finditer(text, start, action.start))


# A heading of two coordinated verbs over coordinated bare plurals ("Renew and Maintain Roads and Sidewalks", "Attract
# and Retain Residents and Visitors"): each verb and each noun names a kind, so the pair spans an area of work, not a
# result; a determiner, a name, a number or a scope phrase ("Repair and reopen the Elm Street footbridge") says which.
_BARE_CONJUNCT = r"(?:[A-Za-z][a-z-]{1,25}\s{1,3}){0,2}[A-Za-z][a-z-]{1,25}"
_PAIRED_VERBS = precompiled(rf"(?P<v1>[A-Za-z][a-z]{{2,20}}),?\s{{1,3}}(?:and|&)\s{{1,3}}(?P<v2>[A-Za-z][a-z]{{2,20}})"
                            rf"(?P<obj>\s{{1,3}}{_BARE_CONJUNCT}(?:\s{{0,3}},\s{{0,3}}{_BARE_CONJUNCT})*"
                            rf"\s{{0,3}},?\s{{1,3}}(?:and|&)\s{{1,3}}{_BARE_CONJUNCT})\s{{0,3}}[.!?]?\s{{0,3}}\Z")
_MASS_HEADS = frozenset({"equipment", "infrastructure", "housing", "transportation", "transit", "recreation", "tourism",
                         "employment", "heritage", "culture", "arts", "wildlife", "greenspace"})


def _paired_verbs_on_kinds(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action is the second of two coordinated verbs opening its sentence, or lies in their object, and
    that object is a coordination of bare plural kinds with nothing after it."""
    s_start, s_end = _sentence_of(text, action.start)
    lead = len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip(" \t-–—•*"))
    m = _PAIRED_VERBS.match(text[:s_end], s_start + lead)
    if m is None or action.start < m.start("v2") or not all(
            any(r.match(text, m.start(v)) for r in (rules.action_verbs, rules.vague_verbs, rules.effort_verbs))
            or _inflects_as_verb(m.group(v).lower()) for v in ("v1", "v2")):
        return False
    conjuncts = [c.split() for c in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("obj").strip()) if c.strip()]
    if len(conjuncts) < 2 or any(w.lower() in _DETERMINERS or w.lower() in rules.stopwords for c in conjuncts for w in c):
        return False
    heads = [c[-1].lower() for c in conjuncts]
    return all((h.endswith("s") and not h.endswith("ss")) or h in _MASS_HEADS for h in heads) and any(
        h.endswith("s") for h in heads)


# A focus statement: a group named as the subject ("Primary schools", "The nursing team") will focus on a subject of
# work. With a concrete subject of two words or an identified one ("Year 4 reading", "Grade 7 fractions", "audits on
# Ward 7") it says who works on what; an abstraction ("student success") or a verb ("improving outcomes") does not.
_FOCUS_VERB = precompiled(r"(?:re-?)?focus(?:es|ed|ing)?\s{1,3}on\b|concentrat(?:e|es|ing)\s{1,3}on\b", re.IGNORECASE)
_FOCUS_SUBJECT = precompiled(r"(?:^|[.!?:;\n])\s{0,3}(?:(?:the|our|all|every|each|this|its|their)\s{1,3})?"
                             r"(?P<subject>(?:[A-Za-z][\w'’-]{1,30}\s{1,3}){0,3}?[A-Za-z][\w'’-]{1,30})\s{1,3}"
                             r"(?:will|shall|must|should|are\s{1,3}to|is\s{1,3}to|to)\s{1,3}(?:(?:also|then|now)\s{1,3})?\Z", re.IGNORECASE)
_IDENTIFIED = precompiled(r"\b[A-Z][a-z]{1,12}(?:\s{1,3}[A-Z][a-z]{1,12})?\s{1,3}\d{1,2}\b")
_PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "everyone", "everybody", "staff"})


def _concrete_focus(action: Action, text: str, rules: GoalRules) -> bool:
    if not _FOCUS_VERB.match(text, action.start):
        return False
    subject = _FOCUS_SUBJECT.search(text, 0, action.start)
    if subject is None or subject.group("subject").lower() in _PRONOUN_SUBJECTS or any(
            w.lower() in rules.stopwords for w in subject.group("subject").split()):
        return False
    words = re.findall(r"[A-Za-z][\w-]{1,30}", text[action.verb_end:action.end])
    if not words or (words[0].lower().endswith("ing") and (_inflects_as_verb(words[0][:-3].lower())
                                                         or _inflects_as_verb(words[0][:-3].lower() + "e"))):
        return False  # "focus on improving outcomes": the verb after it is the goal's action
    if any(w.lower() in rules.evaluative or w.lower() in rules.comparatives for w in words):
        return False
    identified = _IDENTIFIED.search(text, action.verb_end, action.end) is not None
    return action.concrete_words >= 2 or (identified and action.concrete_words >= 1)


def _is_specific(action: Action, text: str, measures: list[Hit], rules: GoalRules | None = None) -> bool:
    if _explored(action, text):
        return False  # "Explore ways to send out welcome letters": looking for ways, no result committed to
    if rules is not None and not measures and _paired_verbs_on_kinds(action, text, rules):
        return False  # "Renew and Maintain Roads and Sidewalks": an area of work over kinds, no result
    if action.kind == "effort" and not action.wishful and _counted_target(action, text, measures):
        return True  # "strive for zero lost-time accidents": the target is a count of a concrete thing
    if action.kind == "effort" and not action.wishful and rules is not None and _concrete_focus(action, text, rules):
        return True  # "Primary schools will focus on Year 4 reading": who focuses on which concrete subject
    if action.kind == "effort" or (action.kind == "vague" and action.wishful) or action.aspiration:
        # effort ("work on"), a wished-for trait ("be more proactive") or an aspiration ("attract a
        # talented and diverse workforce"), not a result
        return False
    if rules is not None and _open_count(action, text, measures, rules):
        return False  # "Develop a variety of new campus events": how many is left open
    if _UNNAMED_KIND.match(text, action.verb_end + len(text[action.verb_end:]) - len(text[action.verb_end:].lstrip())):
        return False  # "Complete a specific coding certification": which one is left open
    if _unnamed_count(action, text):
        return False  # "Visit three specific schools": how many, but not which ones
    if rules is not None and _unnamed_relations(action, text, rules):
        return False  # "Develop community partnerships": an area of relationships, no partner named or counted
    if _placeholder_name(action, text):
        return False  # "Increase sales in region X by 3%": which region is left open, as a template leaves it
    if rules is not None and (nominal := _nominal_change(action, text, measures, rules)) is not None:
        return nominal  # "Achieve improvements in the lives of local people": a direction told as a noun
    if rules is not None and not action.wishful and _delimited_measure(action, text, rules):
        return True  # "Raise the share of tenants who pay by direct debit": which measure moves, over whom
    if rules is not None and _direction_only(action, text, measures, rules):
        return False  # "Increase student persistence": a direction on a metric, nothing measured, no means
    if action.kind == "action" and not action.wishful and rules is not None and _counted_population(action, text, rules):
        return True  # "Onboard 300 new clients", "Enroll 40 students": a counted group of people is a bounded object
    if action.kind == "action" and not action.wishful and rules is not None and _named(
            text, action.verb_end, action.end, rules):
        return True  # an action on a named system or artefact ("Upgrade to Kubernetes 1.25")
    if not action.wishful and rules is not None and _threshold_referent(action, text, measures, rules):
        return True  # "Stay within 2% of the General Fund revenue forecast": a bound on a named quantity
    if action.wishful and not measures:
        return False  # "develop better cultural understanding": a wish with nothing to show for it
    concrete_means = action.kind == "vague" and rules is not None and _concrete_means(action, text, rules)
    if action.kind == "vague" and not measures and not concrete_means:
        # A vague verb with nothing measured and no concrete means ("improve XYZ conference attendance",
        # "make connections with colleagues", "enhance the experience by delivering clearer support") names an area.
        return False
    if concrete_means and not action.wishful:
        return True  # "Improve data quality by validating postcodes at the point of entry": the means is the work done
    needed = 2 if action.kind == "vague" or action.wishful else 1
    # A quantified object names a metric ("improve billing accuracy to 98%"): one word will do.
    if needed == 2 and any(action.end <= m.start and not text[action.end:m.start].strip(" ,toby")
                           or action.start <= m.start < action.end for m in measures):
        needed = 1
    elif action.kind == "vague" and not measures:
        # A vague verb on a bare object with nothing measured ("improve the help desk", "keep the
        # building running smoothly") names an area, not a result: it needs a wider concrete scope.
        needed = 3
    if (action.kind == "action" and not action.wishful and rules is not None and rules.transfer_verbs is not None
            and rules.transfer_verbs.match(text, action.start) and _DESTINATION.match(text, action.end)):
        # "migrate 80% of services to the new cluster": the destination says where the work ends
        destination = re.match(r"[^.;:!?,()\n]{1,60}", text[action.end:])
        words = re.findall(r"[A-Za-z][\w-]{2,30}", destination.group() if destination else "")
        if any(w.lower() not in rules.stopwords and w.lower() not in rules.generic_words
               and w.lower() not in rules.time_words for w in words):
            return True
    if action.kind == "action" and any(m.rule == "measure.money" and action.verb_end <= m.start < action.end
                                       for m in measures):
        return True  # a sum to raise, save or secure is itself the concrete result
    if action.kind == "action" and action.object_words >= 2 and any(
            m.rule == "measure.target" and 0 <= m.start - action.end <= 30 for m in measures):
        return True  # "Achieve a System Usability (SUS) target of 75": the target names the result
    if action.kind == "action" and not action.wishful and rules is not None and _valued_measure(action, text, measures, rules):
        return True  # "Reach an employee engagement score of 75": the named measure's value is the result
    if action.object_words >= 1 and not action.wishful and rules is not None and _DIRECTION_VERB.match(
            text, action.start) and _value_slot(action, text):
        return True  # "Increase sales by X%", "by a measurable margin": the metric and its direction, awaiting a value
    if action.object_words >= 1 and not action.wishful and any(
            action.end <= m.start and (text[action.end:m.start].strip(" ,").lower() in _AMOUNT_LINKS
                                       or rules is not None and _timed_link(text[action.end:m.start], rules))
            and m.rule in _AMOUNT_RULES for m in measures):
        # "improve employee engagement by five percentage points": the amount names the result (also after a time
        # phrase: "improve employee engagement this year by 15%")
        return True
    return action.concrete_words >= needed


def _valued_measure(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is a named measure given its value ("Reach an employee engagement score of 75",
    "Maintain a customer satisfaction rate of 92%"): a target value ("score of 75") inside the object, after a
    modifier that says which measure. Its words may all be common ones ("employee engagement"), since the value
    bounds the result; a bare measure ("Achieve a score of 90%") or one only judged ("a great score of 90") says
    neither which measure nor what changes."""
    for m in measures:
        if m.rule != "measure.target" or not action.verb_end < m.start < action.end:
            continue
        before = letter_words(text[action.verb_end:m.start])
        if before and any(w.lower() not in rules.stopwords and w.lower() not in rules.vague_modifiers
                          and w.lower() not in rules.evaluative and w.lower() not in rules.comparatives
                          for w in before):
            return True
    return False


_MEANS_WORD = precompiled(r"\b(?:through|by|via|using)\s{1,3}", re.IGNORECASE)
_MEANS_PHRASE = precompiled(r"[^.;:!?,()\n]{1,100}")


def _concrete_means(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether a vague verb's action is followed by a concrete means: a means phrase that is no change of a metric
    ("by reducing readmissions") and holds two content words beyond its verb, none generic, vague or a time
    ("through a monthly newsletter to parents", not "by communicating better", "through better engagement")."""
    means = _MEANS_NOUN.match(text, action.end, action.end + 80)
    if means is None or _DIRECTION_MEANS.search(text, action.end, means.end() + 20):
        return False
    if _behaviour_means(text, action.end, means.end(), rules):
        return False
    if _fake_measure_means(text, action.end, means.end(), rules):
        return False  # "Grow loyalty, as measured by delighting customers": an activity offered as a measure, no means
    last = list(_MEANS_WORD.finditer(text, action.end, means.end()))
    phrase = _MEANS_PHRASE.match(text, last[-1].end()) if last else None
    words = re.findall(r"[A-Za-z][\w'’-]*", phrase.group() if phrase else "")
    if words and words[0].lower().endswith("ing"):
        words = words[1:]  # the means' own verb ("by installing ...")
    content = [w for w in (w.lower() for w in words) if len(w) > 2 and w not in rules.stopwords
               and w not in rules.generic_words and w not in rules.time_words and w not in rules.comparatives
               and w not in rules.evaluative and not (w.endswith("ly") and w not in rules.ly_nouns)]
    return len(content) >= 2


def _behaviour_means(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the means phrase after ``start`` (its means word before ``end``) names a behaviour or a quality and
    nothing provided ("through regular exercise", "through healthy eating and active play", "through the consumption
    of healthy foods", "through mindfulness and social connection"): no act of its own (a gerund first: "by installing
    ..."), and no countable thing one provides, no indefinite article or plural ("a walking programme", "home
    visits", "weekly tutoring sessions"), no artefact, number or name. A plural after a judging adjective ("healthy
    foods") is a kind of thing judged, not a thing provided."""
    last = list(_MEANS_WORD.finditer(text, start, end))
    phrase = _MEANS_PHRASE.match(text, last[-1].end()) if last else None
    if phrase is None:
        return False
    tokens = re.findall(r"[A-Za-z][\w'’-]*|\d", phrase.group())
    if not tokens or tokens[0].lower().endswith("ing"):
        return False
    for i, token in enumerate(tokens):
        word = token.lower()
        if token.isdigit() or word in ("a", "an") or token[:1].isupper() or _artefact(word, rules):
            return False
        if (len(word) > 3 and word.endswith("s") and not word.endswith("ss") and _has_plural(word[:-1])
                and not (i and tokens[i - 1].lower() in rules.evaluative)):
            return False
    return True


_TIME_GAP_WORDS = frozenset({"this", "next", "the", "each", "every", "in", "within", "over", "by", "end", "of", "fiscal",
                             "calendar", "academic", "coming", "current"})


def _timed_link(gap: str, rules: GoalRules) -> bool:
    """Whether ``gap`` is a time phrase and then an amount's link ("this year by", "in the next quarter by")."""
    words = gap.replace(",", " ").lower().split()
    for k in range(1, len(words)):
        lead = words[:k]
        if not all(w in _TIME_GAP_WORDS or w in rules.time_words or re.fullmatch(r"q[1-4]|fy\d{2,4}|(?:19|20)\d\d", w)
                   for w in lead):
            return False
        if (" ".join(words[k:]) in _AMOUNT_LINKS
                and any(w in rules.time_words or re.fullmatch(r"q[1-4]|fy\d{2,4}|(?:19|20)\d\d", w) for w in lead)):
            return True
    return False


def _open_count(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is counted by a vague quantifier ("a variety of", "several", "some")
    and nothing in the goal gives a number."""
    gap = len(text[action.verb_end:action.verb_end + 3]) - len(text[action.verb_end:action.verb_end + 3].lstrip())
    return (rules.vague_quantity is not None and rules.vague_quantity.match(text, action.verb_end + gap) is not None
            and not any(m.rule != "measure.deliverable" for m in measures))


def _moves_a_metric(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action is a change verb on an object headed by a metric noun ("Reduce the incidence
    of pressure ulcers", "increase the number of internships")."""
    if not rules.metric_nouns or not rules.change_verbs.match(text, action.start):
        return False
    obj = letter_words(text[action.verb_end:action.end])[:8]
    if len(obj) > 1 and obj[0].lower() in _CADENCE_ADJECTIVES and not _ACTION_COUNT.match(obj[1]):
        return True  # a rate the cadence defines: "daily active users", "monthly revenue"
    return any(w.lower() in rules.metric_nouns for w in obj)


_TIME_UNIT_AFTER = precompiled(r"\s{0,3}(?:(?:business|working|calendar|school|fiscal|academic)\s{1,3})?"
                              r"(?:days?|weeks?|months?|quarters?|years?|semesters?|terms?)\b", re.IGNORECASE)
# A verb that only says which way a quantity should go (or that it should hold): with no value, no value slot
# and no means, the goal names a direction on an area, not a result ("Increase off-site programming").
# A degree verb says only that a quality is to have more of itself ("strengthen partnerships", "deepen engagement",
# "heighten awareness"): a direction as much as "increase", whatever its object.
# Verbs of speed and duration move a time one way as "reduce" does ("Accelerate support response times", "Shorten
# patient wait times", "Speed up invoice processing"; degree achievements, Hay, Kennedy and Levin 1999).
_DIRECTION_VERB = precompiled(r"(?:increase|decrease|reduce|lower|raise|grow|expand|boost|improve|enhance|maximi[sz]e|"
                              r"minimi[sz]e|maintain|sustain)(?:s|d|ed|ing)?\b"
                              r"|(?:accelerate|expedite)(?:s|d)?\b|(?:shorten|quicken)(?:s|ed)?\b|speed(?:s|ed)?\s{1,3}up\b",
                              re.IGNORECASE)
# A degree verb says only that something is to have more of a quality ("strengthen partnerships", "deepen
# engagement", "heighten awareness"). On an abstract quality or area it is a direction as much as "increase"; on a
# physical thing it is a change to that thing ("strengthen the roof", "widen the corridor"), a result.
_DEGREE_VERB = precompiled(r"(?:strengthen|deepen|broaden|widen|heighten|sharpen|tighten|reinforce|bolster|elevate|"
                          r"advance|foster)(?:s|d|ed|ing)?\b", re.IGNORECASE)
# Qualities, relations and areas a degree verb can only make more so (the abstract nouns of the area list, without its
# people, things and figures: "data", "systems", "project", "sales" are objects a degree verb can change for good).
_QUALITY_NOUNS = wordset("""accountability awareness collaboration communication communications competencies compliance
confidence consistency culture effectiveness efficiency engagement excellence expertise focus growth image impact
innovation knowledge leadership mindset morale outreach presence productivity professionalism profitability quality
relations relationship relationships reliability reputation safety security stability teamwork transparency
understanding usability visibility partnership partnerships ties bonds trust rapport connections cooperation
alliances credibility goodwill influence""")
# Suffix-abstract words that name places, events and things ("Widen the facility", "Advance the conference").
_CONCRETE_ABSTRACT_SHAPE = wordset("""facility facilities conference conferences community communities city cities
university universities utility utilities entity entities residence residences audience audiences ambulance ambulances
allowance allowances insurance maintenance clearance fence fences distance distances entrance entrances evidence
finance finances""")
_VALUE_SLOT = precompiled(r"\b(?i:from|to|at|by|of)\s{1,3}(?:[XYNZ]\s?%?|\[[^\]\n]{1,40}\]|TBD|TBC|\?+|_{2,})(?![\w])")
# "by a measurable margin", "by a set percentage": an amount phrase with its value left open is a value slot
_AMOUNT_SLOT = precompiled(r"\b(?i:by)\s{1,3}(?i:a|an|the)\s{1,3}(?:[A-Za-z-]{3,20}\s{1,3}){0,2}"
                          r"(?i:margin|amount|percentage|proportion|degree)\b")
_EXPLORATION = precompiled(r"\b(?:ways|opportunities|options|possibilities|avenues|approaches|strategies|ideas)\s{1,3}to\s{1,3}\Z"
                          r"|\b(?:ways|opportunities|options|possibilities)\s{1,3}to\b[^.;!?]{0,80}\band\s{1,3}\Z", re.IGNORECASE)


def _value_slot(action: Action, text: str) -> bool:
    """Whether the action's sentence leaves its value open after the verb ("Increase sales by X%", "from X to
    Y", "Maintain revenue at Y", "by a measurable margin")."""
    end = _sentence_of(text, action.start)[1]
    return bool(_VALUE_SLOT.search(text, action.verb_end, end) or _AMOUNT_SLOT.search(text, action.verb_end, end))


# A template letter standing where a name belongs ("region X", "product Y", "Client Z"): the object is left unnamed.
# Not a value slot ("by X%", "from X to Y", "at Y"), which follows a preposition and stands for an amount.
_PLACEHOLDER_NAME = precompiled(r"\b(?P<noun>[A-Za-z][a-z]{2,30})\s{1,2}[XYZ]\b(?!\s?%|['’-])")


def _placeholder_name(action: Action, text: str) -> bool:
    """Whether the action's object names its thing by a template letter ("sales in region X")."""
    return any(m.group("noun").lower() not in PREPOSITIONS and m.group("noun").lower() not in STOPWORDS
               for m in _PLACEHOLDER_NAME.finditer(text, action.verb_end, action.end + 2))


_COUNTED = precompiled(r"\s{1,3}(?:(?:all|the|our|my|their|another|an\s{1,3}additional|at\s{1,3}least)\s{1,3})?"
                      r"(?P<n>\d[\d,]*|" + NUMBER_WORD_PATTERN + r")\s{1,3}(?P<rest>(?:[A-Za-z][\w'’-]*\s{1,3}){0,2}[A-Za-z][\w'’-]*)",
                      re.IGNORECASE)


# People nouns beyond the beneficiary and own-people lists, for a counted group ("40 new parents", "15 contractors").
_MORE_PEOPLE = wordset("""parents adults seniors elders women men kids infants participants applicants candidates partners
providers readers subscribers shoppers buyers drivers riders patrons attendees owners vendors suppliers contractors
homeowners homebuyers borrowers farmers businesses employers households individuals persons retirees trainees interns
mentees newcomers hires refugees immigrants survivors teens teenagers toddlers newborns""")
# people an infinitive's object can name when an adjective stands for them ("to feed the hungry", "to house the homeless")
_PEOPLE_BY_ADJECTIVE = precompiled(r"\bthe\s{1,3}(?:hungry|homeless|elderly|poor|sick|vulnerable|unemployed|uninsured|"
                                  r"disabled|bereaved|injured|isolated)\b", re.IGNORECASE)


def _counted_population(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action's object is a counted group of people ("Onboard 300 new clients", "Hire 50 employees",
    "Enroll 40 students in the bridge program"): a count makes a population bounded, as a name makes a thing
    particular, though the people noun alone ("clients", "staff") names no one in particular. The shared definition's
    "which thing" includes a counted group."""
    m = _COUNTED.match(text, action.verb_end)
    if m is None or m.start("n") >= action.end or _time_unit(text, m.end("n")) is not None:
        return False
    for word in m.group("rest").split():
        lower = word.lower()
        if _reaches_people(lower, rules) or lower in _MORE_PEOPLE:
            return True
        if lower in PREPOSITIONS or lower in rules.stopwords and lower not in ("new", "more", "additional"):
            return False
    return False


def _abstract_head(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the head of the action's object (its last word before a preposition) is an abstract quality or area
    ("partnerships with regional health systems", "awareness of the program", "our presence on social networks"),
    not a thing ("the roof of the east warehouse")."""
    head = ""
    for word in letter_words(text[action.verb_end:action.end]):
        lower = word.lower()
        if lower in PREPOSITIONS:
            break
        head = lower
    return bool(head) and not _artefact(head, rules) and (head in _QUALITY_NOUNS or (
        _ABSTRACT_NOUN.search(head) is not None and head not in _CONCRETE_ABSTRACT_SHAPE))


_MEASURE_WORD = precompiled(r"[A-Za-z][\w'’-]*|[(,]")
_MEANS_BEFORE_ACTION = precompiled(r"\b(?:by|through|via)\s{1,3}\Z", re.IGNORECASE)
# Words that open a restrictive qualifier after the measured noun: a relative clause ("tenants who pay by direct
# debit"), or a preposition with its object ("missed collections on the rural rounds").
_RELATIVE_WORDS = RELATIVE_WORDS
# A measure's own pre-modifiers, which say how it summarises, not what it counts ("the average time", "the overall
# rate", "the annual number").
_SUMMARY_MODIFIERS = frozenset({"average", "mean", "median", "overall", "total", "annual", "monthly", "weekly", "daily",
                                "yearly", "quarterly", "current", "actual", "typical", "net", "gross"})
_OPEN_LIST = precompiled(r"\b(?:etc\b|and\s{1,3}so\s{1,3}on\b|and\s{1,3}the\s{1,3}like\b|and\s{1,3}more\b|"
                         r"and\s{1,3}others\b)", re.IGNORECASE)
_MEASURE_OPENERS = frozenset({"of", "for", "among", "amongst", "in", "on", "at", "across", "within", "from", "with"})
_ATTAINMENT_VERB = precompiled(r"(?:achiev|reach|attain|hit|exceed|meet|keep|retain)", re.IGNORECASE)
# Prepositions of time and measure, which bound when or how far, not which cases are counted ("by the end of the year")
_NOT_NARROWING = frozenset({"by", "before", "until", "till", "during", "after", "since", "per", "than", "over", "through",
                            "throughout", "within"})
_PHRASAL_DIRECTION = precompiled(r"(?:bring|brings|bringing|drive|drives|driving|push|pushes|pushing)\s{1,3}(?:down|up)\b",
                                 re.IGNORECASE)
# A subject pronoun after the measured noun opens a contact relative clause ("the number of ways we support them").
_CLAUSE_SUBJECTS = frozenset({"we", "i", "you", "they", "he", "she", "it", "staff", "people"})
_EVENT_COUNTS = frozenset({"number", "numbers", "count", "counts", "frequency"})
_SUPERLATIVES = frozenset({"most", "least", "worst", "best", "biggest", "greatest", "highest", "lowest", "largest"})


def _measured_content(word: str, rules: GoalRules) -> bool:
    """Whether a pre-modifier says which cases are counted ("first-year", "missed", "supplier"), not how good or how
    many ("better", "key", "successful")."""
    return (word[:1].isalpha() and word not in rules.stopwords and word not in PREPOSITIONS and word not in rules.vague_modifiers
            and word not in rules.evaluative and word not in rules.comparatives and word not in _SUMMARY_MODIFIERS
            and word not in _SUPERLATIVES and word not in rules.vague_kinds and word not in _DETERMINERS)


def _delimited_measure(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action moves a named measure of a delimited group or thing, one way ("Raise the share of tenants
    who pay their rent by direct debit", "Lower the rate of missed bin collections on the rural rounds", "Cut the
    employee turnover rate down", "Shorten the waiting time for a first physiotherapy appointment"): what is done (a
    change of direction), to what (the measure: its head is a statistical summary, "number", "share", "rate",
    "time") and over whom (a counted kind narrowed by a modifier, a relative clause, a participle or a phrase). That
    is a specific result; with no value it is still not measurable. A measure of a general kind ("the number of
    opportunities for growth", "the rate of progress"), of an unnamed subset ("the most serious harms"), of an open
    list ("... and so on") or of nothing ("Increase the percentage", "Improve our score") stays a direction on an
    area, as a bare "Increase the number of internships" does (no modifier narrows which are counted)."""
    if _MEANS_BEFORE_ACTION.search(text, max(0, action.start - 12), action.start):
        return False  # "Enhance patient care by reducing the error rate": a direction as the means of another one
    phrasal = _PHRASAL_DIRECTION.match(text, action.start)
    if not rules.measure_heads or not (_DIRECTION_VERB.match(text, action.start) or phrasal
                                       or rules.change_verbs.match(text, action.start)):
        return False
    start = phrasal.end() if phrasal else action.verb_end
    if _ATTAINMENT_VERB.match(text, action.start) and not re.search(r"\d", text[start:_clause_end(text, start)]):
        return False  # "Reach a high engagement score": attaining a measure says nothing until it says at what level
    return _delimited_object(text, start, rules)


def _delimited_object(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the noun phrase at ``start`` is a named measure of a delimited group or thing (see _delimited_measure)."""
    end = _clause_end(text, start)
    if _OPEN_LIST.search(text, start, end):
        return False
    words = [w.lower() for w in _MEASURE_WORD.findall(text, start, end)][:24]
    # the measure head: the last measure word of the noun group the verb governs, before any preposition or clause
    # ("the employee turnover rate", "the average repair time", "the number | of ...")
    if len(words) > 2 and words[0] in ("or", "and") and _DIRECTION_VERB.fullmatch(words[1]):
        words = words[2:]  # "Maintain or increase the percentage of ...": a pair of directions on one measure
    # (a clause subject ends the noun group only after a word that is no determiner: "staff turnover", "our staff
    # turnover" are one group)
    run = next((i for i, w in enumerate(words) if w in PREPOSITIONS or w in _RELATIVE_WORDS
                or i and w in _CLAUSE_SUBJECTS and words[i - 1] not in _DETERMINERS
                or w in {"to", ",", "(", "and", "or"}), len(words))
    head = next((i for i in range(min(run, 6) - 1, -1, -1) if words[i] in rules.measure_heads), None)
    if head is None:
        return False
    premods = [w for w in words[:head] if _measured_content(w, rules)]
    rest = words[head + 1:]
    if rest[:2] in (["it", "takes"], ["it", "took"]):
        rest = rest[2:]
    if rest[:1] == ["to"] and len(rest) > 1 and rest[1] not in _DETERMINERS:
        # "the time it takes to repair a broken streetlight": the measured thing is the infinitive's work and object
        rest = rest[2:]
        return any(_measured_content(w, rules) for w in rest[:6]) and not any(w in rules.vague_kinds for w in rest[:6])
    if not rest or rest[0] not in _MEASURE_OPENERS:
        # a compound measure: what is measured is said in front of it ("her typing speed", "the pass rate")
        return bool(premods) and not any(w in rules.vague_kinds or w in _QUALITY_NOUNS or _ABSTRACT_NOUN.search(w)
                                         for w in premods[-1:])
    group = rest[1:]
    # the measured noun group: determiners, then modifiers, up to a boundary (a preposition, a relative word, a
    # participle after the head, a conjunction)
    i = 0
    while i < len(group) and (group[i] in _DETERMINERS or group[i] in {"all", "those", "these", "each", "every"}):
        i += 1
    noun_group: list[str] = []
    while i < len(group) and group[i] not in PREPOSITIONS and group[i] not in _RELATIVE_WORDS and group[i] not in {
            "and", "or", "but", "so", "because", "while", "(", ","} and not (noun_group and group[i] in _CLAUSE_SUBJECTS):
        if noun_group and re.fullmatch(r"[a-z]{3,}(?:ing|ed)", group[i]) and group[i] not in rules.stopwords and (
                re.fullmatch(r"[a-z]{2,}[^su]s", noun_group[-1]) or noun_group[-1] in rules.beneficiaries or noun_group[-1] in _MORE_PEOPLE
                or noun_group[-1] in _OWN_PEOPLE):
            break  # "pupils excluded from school", "faculty promoted": a participle after the head narrows the group
            # ("experiential learning opportunities": one before it is a modifier)
        noun_group.append(group[i])
        i += 1
    if not noun_group:
        return False
    noun = noun_group[-1]
    # a quality is counted only as events of it ("the frequency of communication between departments"); its level,
    # score or rate says how much of an area ("the level of trust")
    if (noun in rules.vague_kinds or noun in rules.stopwords
            or noun in _QUALITY_NOUNS and words[head] not in _EVENT_COUNTS
            or (_ABSTRACT_NOUN.search(noun) and noun not in _CONCRETE_ABSTRACT_SHAPE and noun not in rules.concrete_suffixed)
            or any(w in _SUPERLATIVES for w in noun_group)):
        return False
    narrowed = any(_measured_content(w, rules) for w in noun_group[:-1]) or bool(premods)
    if i < len(group):
        after = group[i + 1:i + 7]
        narrowed = narrowed or (group[i] in _RELATIVE_WORDS or re.fullmatch(r"[a-z]{3,}(?:ing|ed)", group[i]) is not None
                                or group[i] in PREPOSITIONS and group[i] not in _NOT_NARROWING) and any(
            _measured_content(w, rules) and w not in rules.time_words for w in after[:5]) \
            or re.fullmatch(r"[a-z]{3,}(?:ing|ed)", group[i]) is not None
    return narrowed


# A change told as a noun after a verb of bringing about ("Achieve improvements in ...", "Deliver a sustained reduction
# in ...", "Secure an increase in ..."): the noun's complement is what moves.
_NOMINAL_CHANGE = precompiled(r"\s{1,3}(?:(?:a|an|the|some|further)\s{1,3})?(?:[a-z-]{2,20}\s{1,3}){0,2}?"
                              r"(?:improvements?|reductions?|increases?|decreases?|rises?|falls?|growth|gains?|cuts?|"
                              r"declines?|drops?)\s{1,3}(?:in|to|of|across|for|within)\s{1,3}", re.IGNORECASE)
_BRINGING_ABOUT = precompiled(r"(?:achiev|deliver|secur|mak|see|sees|bring\s{1,3}about|produc|drive|driv|realis|realiz)",
                              re.IGNORECASE)


def _nominal_change(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool | None:
    """For a change told as a noun ("Achieve improvements in the lives of local people", "Deliver a reduction in the
    number of pupils who miss school"): as a change verb on the same object, specific only with a value in its clause or
    on a named measure of a delimited group (True); on anything else an area (False). None when the action is not one."""
    if not _BRINGING_ABOUT.match(text, action.start):
        return None
    change = _NOMINAL_CHANGE.match(text, action.verb_end)
    if change is None or change.end() > action.verb_end + 60:
        return None
    start, end = _sentence_of(text, action.start)
    if any(start <= m.start < end for m in measures if m.rule in _AMOUNT_RULES):
        return True  # "Secure a 10% reduction in household waste": the amount names the result
    return _delimited_object(text, change.end(), rules)


def _direction_only(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action only moves a metric one way ("Increase the number of internships", "Reduce
    customer complaints significantly", "reducing the medication error rate"): a change verb on an
    object headed by a metric noun, with no value in its sentence and no means after it. A concrete
    means makes it specific ("Reduce pressure ulcers by implementing a new skin assessment protocol")."""
    # any other object moved one way is an area ("Increase off-site programming"), unless a name says which
    # particular thing moves ("Lower our AWS bill")
    if not _moves_a_metric(action, text, rules) and (
            not (_DIRECTION_VERB.match(text, action.start) or _DEGREE_VERB.match(text, action.start)
                 and _abstract_head(action, text, rules)) or _named(text, action.verb_end, action.end, rules)):
        return False
    if any(m.rule != "measure.deliverable" for m in measures):
        return False  # a value anywhere, also in key results under the objective
    start, end = _sentence_of(text, action.start)
    if _value_slot(action, text):
        return False  # "Increase Net Promoter Score from X to Y": the metric and its direction, awaiting values
    if any(not n.ordinal and not (1900 <= n.value <= 2099 and not n.percent) and not _not_a_quantity(text, action.start + n.start)
           and not _TIME_UNIT_AFTER.match(text, action.start + n.end) for n in numbers(text[action.start:end])):
        # "from the 2023 baseline of 6,061": a baseline value names the metric's level ("within the next 12
        # months" says by when, not how far)
        return False
    to = re.search(r"\bto\s{1,3}\Z", text[start:action.start])
    if (to and re.search(r"[A-Za-z]{3}", text[start:action.start - 3])
            and not _EXPLORATION.search(text, start, action.start)
            and not _own_infinitive(text, start + to.start() - 1, lead_in_only=True)
            and not _vague_means(text, start, start + to.start(), rules)):
        # "implement hand hygiene practices to reduce infection rates": a means comes first ("Our goal is to
        # reduce ...", "We want to reduce ...": the goal's own verb after a lead-in is no means; nor is a vague verb
        # on a bare kind, "Enhance onboarding programs to reduce ...")
        return False
    means = _MEANS_NOUN.match(text, action.end)
    return (means is None or _DIRECTION_MEANS.search(text, action.end, means.end() + 20) is not None
            or _behaviour_means(text, action.end, means.end(), rules)
            or _fake_measure_means(text, action.end, means.end(), rules))


def _vague_means(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the clause before a purpose infinitive is only a vague verb on a bare kind ("Improve safety procedures
    to cut injuries", "Enhance training programs to reduce the accident rate"): no work named, so no concrete means;
    a scope or a name makes it one ("Enhance the forklift training program at the Dayton warehouse to ...")."""
    lead = text[start:end]
    opening = start + len(lead) - len(lead.lstrip(" \t-*•"))
    verb = rules.vague_verbs.match(text, opening)
    if verb is None or rules.action_verbs.match(text, opening) or _named(text, verb.end(), end, rules):
        return False
    words = [w.lower() for w in letter_words(text[verb.end():end])]
    return bool(words) and words[0] not in _OBJECT_OPENERS and words[0] not in NUMBER_WORDS and len(words) <= 3 and all(
        w not in PREPOSITIONS for w in words) and _plural_noun(words[-1])


_JUDGING_VERBS = (r"(?:love|loves|want|wants|trust|trusts|value|values|enjoy|enjoys|recommend|recommends|choose|chooses|"
                  r"prefer|prefers|feel|feels|thrive|thrives|flourish|flourishes|belong|belongs|succeed|succeeds|grow|grows)")
_CHARACTERISATION = precompiled(
    # "a product that customers love", "a workplace where top talent thrives": a kind of thing defined by how
    # others feel or fare with it; "the library as a community gathering place": a status to be held
    r"\s{1,3}(?:where|that|which)\s{1,3}(?:[\w'’-]+\s{1,3}){1,3}?" + _JUDGING_VERBS + r"\b"
    r"|\s{1,3}as\s{1,3}(?:a|an)\s{1,3}[A-Za-z]", re.IGNORECASE)


def _characterised_only(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is only characterised, not identified: a kind of thing defined by what
    people do or feel about it ("launch a product that customers love") or a status it is to hold ("establish
    the library as a community gathering place"), with no number, name or artefact that says which one."""
    m = _CHARACTERISATION.search(text, action.verb_end, min(len(text), action.end + 60))
    if m is None or m.start() <= action.verb_end:
        return False
    start, end = _sentence_of(text, action.start)
    if any(start <= h.start < end for h in measures if h.rule != "measure.deliverable") or re.search(r"\d", text[start:end]):
        return False
    obj = text[action.verb_end:m.start()]
    if m.group().lstrip().lower().startswith("as"):
        # a definite thing given a status ("position the museum as a leader"); "hire a coordinator as a
        # maternity cover" says what the hire is for
        return bool(re.match(r"\s*(?:the|our|my|its|their)\s", obj, re.IGNORECASE))
    words = [w.lower() for w in letter_words(obj)]
    return (bool(re.match(r"\s*(?:a|an)\s", obj, re.IGNORECASE)) and len(words) <= 3
            and not any(_artefact(w, rules) for w in words[1:]) and not _named(text, action.verb_end, action.end, rules))


_SCOPE_PREPOSITIONS = frozenset({"for", "across", "throughout", "among", "within", "to", "at"})
_ABSTRACT_NOUN = precompiled(r"[a-z]{2}(?:ity|ities|ness|ism|ance|ence|hood|dom)$")
_ADJECTIVE_SHAPE = precompiled(r"[a-z]{2}(?:al|ic|ive|ous|ful|able|ible)$")
# Verbs whose object may be followed by a state it is to be in ("keep the site safe", "render it accessible").
_RESULTATIVE_VERBS = frozenset({"keep", "keeps", "render", "renders", "become", "becomes", "stay", "stays", "remain",
                                "remains", "be", "is", "are", "leave", "leaves"})


# A restrictive subject relative right after an object: "that"/"which" (no comma) and a present-tense verb.
_SUBJECT_RELATIVE = precompiled(r"\s{1,3}(?:that|which)\s{1,3}(?P<verb>[a-z]{3,}s)\s{1,3}(?P<rest>[^.;:!?,()\n]{3,80})")


def _restrictive_function(text: str, end: int, rules: GoalRules) -> bool:
    """Whether the artefact ending at ``end`` is identified by what it does: a restrictive subject relative with a
    verb and a concrete object ("a dashboard that shows open tickets by team", "a form which lists each dose"),
    which says which one is meant; not how others feel or fare with it ("a product that customers love": the
    relative's subject is someone else) and not a state ("a system that is better")."""
    m = _SUBJECT_RELATIVE.match(text, end)
    if m is None or m["verb"] in ("is", "was", "has", "does") or _CHARACTERISATION.match(text, end):
        return False
    verb = m["verb"][:-2] if m["verb"].endswith(("shes", "ches", "xes", "sses")) else m["verb"][:-1]
    if verb.endswith("ie"):
        verb = verb[:-2] + "y"
    if not _inflects_as_verb(verb) or verb in rules.comparatives:
        return False
    words = [w.lower() for w in letter_words(m["rest"])]
    return any(len(w) > 2 and w not in rules.stopwords and w not in rules.generic_words and w not in rules.time_words
               and w not in rules.comparatives and w not in rules.evaluative for w in words[:6])


def _has_plural(word: str) -> bool:
    """Whether the English word list (SCOWL) holds a plural of ``word``, so it can be a count noun ("fairs")."""
    from assistant.names import lexicon

    return word + "s" in lexicon().common


def _noun_modifier(word: str, rules: GoalRules) -> bool:
    """Whether ``word`` can be a noun modifying the next word ("job" in "job fair"): a content word that is no
    adjective by its list or its shape, no adverb and no participle."""
    return (len(word) > 2 and word not in rules.stopwords and word not in rules.evaluative
            and word not in rules.comparatives and not _ADJECTIVE_SHAPE.search(word)
            and not word.endswith(("ly", "ed", "ing", "iest")) and word.isalpha())


# Nouns that name how something is found or felt, not a thing made: an artefact word before one only says what kind
_JUDGED_HEADS = frozenset({"experience", "experiences", "journey", "journeys", "feel", "atmosphere", "environment"})


@lru_cache(maxsize=1)
def _praise_words() -> frozenset[str]:
    """Adjectives of strong praise in VADER's lexicon (mean rating 2.0 or more, an adjective's suffix: "delightful",
    "wonderful", "enjoyable"): a judged quality, as the evaluative adjectives of the rules are. A praise word without
    that suffix, or one with a plural ("approvals", "festivals"), may be a noun too ("welcome letters", "board approval")
    and is left to the rules' list."""
    return frozenset(w for w, rating in valence_lexicon().items()
                     if rating >= 2.0 and w.isalpha() and _ADJECTIVE_SHAPE.search(w) and not _has_plural(w))


def _praise_word(word: str) -> bool:
    return word in _praise_words()


_QUALITY_DEGREES = frozenset({"high", "higher", "highest", "good", "top", "great", "best", "better", "excellent", "premium"})


def _aspiration(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is only a judged quality of a general thing ("retain a talented and
    diverse workforce", "create affordable housing", "build a strong local economy"): an evaluative
    adjective, and nothing that says which one or how much (no number in the sentence, no name, no
    artefact)."""
    if not rules.evaluative or action.end <= action.verb_end:
        return False
    if _characterised_only(action, text, measures, rules):
        return True
    obj = text[action.verb_end:action.end]
    words = [w.lower() for w in letter_words(obj)]
    # the object's head phrase: a phrase after it ("for every visitor", "across all programs") says for whom
    # or where, not which result
    cut = next((i for i, w in enumerate(words) if i and w in _SCOPE_PREPOSITIONS), len(words))
    # An English adjective stands before its noun, so an evaluative word that is also a noun (its plural is in the
    # word list: "fairs") and ends an article's noun phrase right after a noun is that phrase's head ("a job fair",
    # "the annual career fair at the library"), not a judged quality; after its noun an adjective needs a complement
    # ("a workplace safe for everyone"), and as a make/keep verb's complement it judges the object ("make the
    # process fair").
    if (cut >= 3 and words[cut - 1] in rules.evaluative and words[0] in _DEFINITE | {"a", "an"}
            and text[action.start:action.verb_end].lower() not in _LIGHT_VERBS | _RESULTATIVE_VERBS
            and (cut == len(words) or words[cut] not in ("for", "to")) and _noun_modifier(words[cut - 2], rules)
            and _has_plural(words[cut - 1])):
        words = words[:cut - 1] + ["<noun>"] + words[cut:]
    # "quality" before the head, at the object's start or after a degree word ("quality housing", "high quality care",
    # "good quality advice"), is the adjective "of a high standard", a judgement; after a noun ("data quality", "air
    # quality monitoring") it is the property measured
    words = ["<judged>" if w == "quality" and i + 1 < cut and words[i + 1] not in rules.stopwords
             and (i == 0 or words[i - 1] in _DEFINITE | {"a", "an"} | _QUALITY_DEGREES) else w
             for i, w in enumerate(words)]
    content = [w for w in words[:cut] if w not in rules.stopwords and w not in _QUALITY_DEGREES]
    # a judged quality ("talented"), or only abstract nouns and their adjectives ("racial equity",
    # "economic resilience"): nothing a reader could point at
    def abstract_noun(word: str) -> bool:
        return bool(_ABSTRACT_NOUN.search(word)) and word not in rules.concrete_suffixed

    abstract = bool(content) and any(abstract_noun(w) for w in content) and all(
        w in rules.evaluative or w in rules.generic_words or abstract_noun(w) or _ADJECTIVE_SHAPE.search(w)
        for w in content)
    if not abstract and not any(w in rules.evaluative or w == "<judged>" or _praise_word(w) for w in words[:cut]):
        return False
    # an artefact word that modifies a judged noun after it ("a seamless onboarding experience") names no artefact
    modifier = {i for i in range(cut - 1) if words[i + 1] not in rules.stopwords and words[i + 1] in _JUDGED_HEADS}
    if (any(_artefact(w, rules) for i, w in enumerate(words[:cut]) if i not in modifier) or re.search(r"\d", obj)
            or _named(text, action.verb_end, action.end, rules)):
        return False
    start, end = _sentence_of(text, action.start)
    return not any(start <= m.start < end for m in measures if m.rule != "measure.deliverable")


# A rank heading the object: a standing among others, not a result one can point at.
_RANK = precompiled(r"(?:#\s?1|number\s{1,3}one|no\.\s?1|(?:industry|market|world|category|sector)[\s-]{1,3}leading|"
                   r"best[\s-]{1,3}in[\s-]{1,3}class|world[\s-]{1,3}class|premier|top[\s-]{1,3}rated|highest[\s-]{1,3}rated)"
                   r"(?![\w-])", re.IGNORECASE)
# "a specific certification", "a certain number": the word that should say which one stands in for it
# (a bare plural too: "Identify specific measures", "Implement particular safeguards": which ones is left open)
_UNNAMED_KIND = precompiled(r"(?:(?:a|an|one|some)\s{1,3})?(?:specific|certain|particular|given)\s{1,3}[a-z]", re.IGNORECASE)


# A count whose items are only said to be particular ones ("two specific verticals", "four particular customers")
_UNNAMED_COUNT = precompiled(r"(?<![\w-])(?<!the\s)(?<!these\s)(?<!those\s)(?:\d{1,4}|two|three|four|five|six|seven|eight|"
                            r"nine|ten|eleven|twelve|several|a\s{1,3}few)\s{1,3}(?:specific|certain|particular|given|"
                            r"select(?:ed)?)\s{1,3}[a-z]", re.IGNORECASE)
# Relationships as the thing made: "partnerships", "relationships", "alliances" (plural, so no one partner is meant)
_RELATIONS = precompiled(r"\b(?:partnerships|relationships|alliances|collaborations|connections)\b", re.IGNORECASE)


def _clause_end(text: str, start: int) -> int:
    end = re.compile(r"[.;:!?\n]").search(text, start)
    return end.start() if end else len(text)


def _unnamed_count(action: Action, text: str) -> bool:
    """Whether the action's clause counts things it only calls particular ones ("Visit three specific schools",
    "Execute campaigns to two specific verticals"): as round six's "a specific coding certification", which ones
    is left open (a definite "the three specific schools" points back to ones already named)."""
    return bool(_UNNAMED_COUNT.search(text, action.verb_end, _clause_end(text, action.verb_end)))


def _unnamed_relations(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action makes relationships in general ("Develop community partnerships", "Build relationships
    with stakeholders", "Form strategic alliances"): the plural relation noun heads the object (at most four
    modifiers before it), and no partner is named and nothing is counted in the clause ("three new partnerships",
    "relationships with 20 new corporate sponsors", "partnerships with Mercy Hospital" say which or how many)."""
    end = _clause_end(text, action.verb_end)
    m = _RELATIONS.search(text, action.verb_end, end)
    if m is None:
        return False
    before = letter_words(text[action.verb_end:m.start()])
    if len(before) > 4 or any(w.lower() in PREPOSITIONS for w in before):
        return False
    return not (numbers(text[action.verb_end:end]) or _named(text, action.verb_end, end, rules))


def _ranked(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is only a rank ("Become the #1 onboarding experience in our category",
    "Achieve industry leading stability metrics"): no artefact or name says which thing, and nothing is
    counted in its sentence."""
    if action.end <= action.verb_end:
        return False
    obj = text[action.verb_end:action.end].lstrip()
    head = re.match(r"(?:(?:the|a|an|our|my|their)\s{1,3})?", obj, re.IGNORECASE)
    if not _RANK.match(obj, head.end()):
        return False
    if any(_artefact(w.lower(), rules) for w in letter_words(obj)) or _named(text, action.verb_end, action.end, rules):
        return False
    start, end = _sentence_of(text, action.start)
    return not any(start <= m.start < end for m in measures if m.rule != "measure.deliverable")


_THRESHOLD = precompiled(r"\s{1,3}(?:(?:well|comfortably)\s{1,3})?(?:within|under|below|above|inside|at\s{1,3}or\s{1,3}"
                        r"(?:below|above|under)|no\s{1,3}(?:more|less)\s{1,3}than)\s{1,3}(?:\+/-\s?|±\s?)?", re.IGNORECASE)
_REFERENT = precompiled(r"\s{1,3}(?:of|on)\s{1,3}(?P<ref>[^.;:!?,()\n]{2,80})")
_BARE_REFERENTS = frozenset({"target", "targets", "baseline", "expectations", "limit", "limits", "plan", "budget",
                             "forecast", "estimate", "estimates", "projections", "goal", "goals"})


def _threshold_referent(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action keeps something within an amount of a concrete quantity ("stay within 2% of
    the General Fund revenue forecast", "remain within 3% of the approved staffing plan"). The
    referent needs a word that says which one: "within 5% of target" bounds nothing named."""
    bound = _THRESHOLD.match(text, action.end)
    if bound is None:
        return False
    amount = next((m for m in measures if m.start == bound.end() and m.rule in _AMOUNT_RULES), None)
    ref = _REFERENT.match(text, amount.end) if amount else None
    if ref is None:
        return False
    words = []
    for word in letter_words(ref.group("ref")):
        lower = word.lower()
        if lower in rules.boundaries or lower in ("and", "or"):
            break
        words.append(lower)
    concrete = [w for w in words if len(w) > 2 and w not in rules.stopwords and w not in rules.generic_words
                and w not in rules.time_words and w not in _BARE_REFERENTS and not w.endswith("ly")]
    return bool(concrete) or _named(text, ref.start("ref"), ref.end("ref"), rules)


_AMOUNT_LINKS = frozenset(["", "by", "to", "from", "of", "by about", "by at least", "by over", "to at least", "by more than",
                           "within", "to within", "at", "at least", "under", "below", "above", "at or above",
                           "at or below", "no more than", "no less than"])
_AMOUNT_RULES = frozenset(["measure.percent", "measure.from_to", "measure.count", "measure.money", "measure.multiplier"])


# --------------------------------------------------------------------------- the check


@dataclass
class _Found:
    """Everything the scan found, by criterion, before the report is assembled."""

    evidence: dict[str, Hit | None]
    deliverable: bool
    vague_action: tuple[int, int] | None
    vague_time: Hit | None
    red_flags: list[Hit]
    weak: list[Hit]
    two_outcomes: tuple[Action, Action] | None
    hits: list[Hit] = field(default_factory=list)  # every rule that fired, for explanations and tests
    past_deadline: Hit | None = None  # the only time frame given, already passed
    topic: tuple[int, int] | None = None  # the object of the goal's main action, in its own words


_MEASURE_CLAUSE = precompiled(r"\b(?:as\s{1,3})?(?:measured|evidenced|shown|demonstrated|indicated|tracked|assessed|gauged)"
                              r"\s{1,3}(?:by|through|via)\s{1,3}(?P<what>[^.;!?()]{3,160})", re.IGNORECASE)


def _clause_quantity(text: str, m: re.Match[str], rules: GoalRules) -> tuple[int, int] | bool | None:
    """What a measure clause ("as measured by ...") gives: the span of its quantity (a number that is no year or
    ordinal), False when it names only an activity (a gerund with no metric noun and no number: "as measured by
    delighting customers through events"), else None (a named metric or instrument: "measured by research
    expenditures", "as measured by DIBELS")."""
    what = m.group("what")
    for n in numbers(what):
        if not n.ordinal and not re.fullmatch(r"(?:19|20)\d\d", n.text):
            return (m.start("what") + n.start, m.start("what") + n.end)
    words = [w.lower() for w in letter_words(what)]
    if not words or not words[0].endswith("ing") or not _verb_word(words[0][:-3]) and not _verb_word(words[0][:-3] + "e"):
        return None
    if any(w in rules.metric_nouns or stem(w) in rules.metric_nouns for w in words):
        return None
    return False


def _fake_measure_means(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the means phrase between ``start`` and ``end`` lies in a measure clause that names only an activity
    ("Grow loyalty, as measured by delighting customers through events"): it is offered as a measure, and is no
    means of the goal's work."""
    return any(m.start() < end and _clause_quantity(text, m, rules) is False
               for m in _MEASURE_CLAUSE.finditer(text, start, min(len(text), end + 160)))


_MEASURED_BEFORE = precompiled(r"\b(?:measured|evidenced|shown|demonstrated|indicated|tracked|assessed|gauged)\s{1,3}\Z",
                               re.IGNORECASE)
_LIFE_PERIOD_OPENER = precompiled(r"(?:in|during|throughout|for|over|across)\b", re.IGNORECASE)


def _analyse(text: str, rules: GoalRules, today: dt.date | None = None) -> _Found:
    today = today or dt.date.today()
    # Labels, period headers and context lines are not the goal: the criteria read the goal itself
    # (``body``), a period header bounds it in time and a context line gives it relevance.
    layout = _layout(text)
    full_text, text = text, layout.body
    period_spans = layout.periods
    if text is full_text:
        hits = scan(text, rules)
    else:
        def timing(rule: Rule) -> bool:
            return rule.criterion == "time_bound" and rule.id != "time.vague"

        hits = scan(text, rules, lambda rule: not timing(rule))
        hits += [h for h in scan(full_text, rules, timing) if not _overlaps(h.start, h.end, period_spans)]
        hits += [Hit("time.header_period", s, e) for s, e in period_spans if _period_end(full_text[s:e]) is not None]
        hits.sort(key=lambda h: (h.start, h.rule))
    # A baseline period ("from 2020 levels", "compared to last quarter") and a cadence that is part
    # of a metric ("weekly active users", "10% m/m") are not time frames.
    baselines = [m.span() for m in _BASELINE.finditer(text)] + [m.span() for m in _COMPARISON_ASIDE.finditer(text)]
    metric_cadences = _metric_cadences(text, rules)
    if layout.context:  # nor is one in the objective above the goal ("Grow quarterly revenue by 15%: ...")
        metric_cadences += [span for span in _metric_cadences(full_text, rules) if _inside(*span, layout.context)]
    # nor is the "by" of a measure clause ("as measured by the annual engagement survey")
    hits = [h for h in hits if not (rules_criterion(rules, h.rule) == "time_bound" and _MEASURED_BEFORE.search(
        text, max(0, h.start - 30), h.start))]
    # nor is a period of someone's life or stay ("during the first year of their baby's life", "in the first week of
    # admission"): it says when the service is given, not when the goal is done
    if rules.life_period is not None:
        hits = [h for h in hits if not (h.rule in ("time.duration", "time.period") and _LIFE_PERIOD_OPENER.match(text, h.start)
                                        and rules.life_period.match(text, h.end))]
    # nor is a window inside the metric ("the share of patients readmitted within 30 days of discharge"): it says which
    # cases count, not when the goal is done
    hits = [h for h in hits if not (h.rule == "time.duration" and _metric_window(text, h, rules))]
    hits = [h for h in hits if not (rules_criterion(rules, h.rule) == "time_bound"
                                    and (_overlaps(h.start, h.end, baselines)
                                         or (h.rule == "time.cadence" and _overlaps(h.start, h.end, metric_cadences))))]
    # nor is it how often the goal's work happens ("Increase daily active users" names a metric, no count)
    hits = [h for h in hits if not (h.rule == "measure.frequency" and _overlaps(h.start, h.start + 1, metric_cadences)
                                    and len(words := text[h.start:h.end].split()) > 1
                                    and words[0].lower() in _CADENCE_ADJECTIVES)]
    # "Set up a CI pipeline so teams can release to production every day": a cadence inside the purpose
    # is how often the beneficiary acts, not a schedule or a count of the goal's work
    purposes = [m.span() for m in _SO_CLAUSE.finditer(text) if text[:m.start()].strip()]
    hits = [h for h in hits if not (h.rule in ("time.cadence", "measure.frequency") and _inside(h.start, h.end, purposes))]
    by_criterion: dict[str, list[Hit]] = {c: [] for c in CRITERIA}
    effects = {rule.id: rule for rule in rules.rules}
    for hit in hits:
        rule = effects[hit.rule]
        if rule.effect == "evidence":
            by_criterion[rule.criterion].append(hit)

    # "so (that) it is clear and easy to follow" describes the deliverable, not a purpose beyond it.
    if rules.quality_clause is not None:
        by_criterion["relevant"] = [h for h in by_criterion["relevant"]
                                    if not rules.quality_clause.match(text, h.start)]
    # A plan or objective the goal makes ("Publish the strategic plan", "Write the team's OKRs") is its
    # deliverable, not a link to a purpose beyond it; one it meets or serves is ("Meet the team's target").
    if rules.making_before is not None:
        by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
            h.rule == "relevant.org_objective" and rules.making_before.search(text, max(0, h.start - 40), h.start)
            and not re.search(r"\b(?:for|to|toward|towards|under|in|of|from|with)\b", text[h.start:h.end], re.IGNORECASE))]
    # "Our goal is to achieve the SUS target of 75": the goal's own infinitive links to nothing beyond it.
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
        re.match(r"(?:in\s{1,3}order\s{1,3})?to\s", text[h.start:h.end], re.IGNORECASE)
        and _own_infinitive(text, h.start - 1, lead_in_only=True))]
    # "toward"/"under" link to an aim only when what follows is one ("toward the department's outreach goal"); "work
    # toward completing the project", "move the budget toward prevention programs", "under the new schedule" name the
    # goal's own object, destination or condition
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
        h.rule == "relevant.support" and re.match(r"(?:towards?|under\s{1,3}(?:the|our|its|their|this))\s", text[h.start:h.end],
                                                  re.IGNORECASE)
        and not _AIM_HEAD.search(text[h.start:h.end]))]
    # "Make progress towards my CPA certification", "work toward my degree": the qualification is the goal's own
    # destination, not a step beyond it (it is one after a goal of its own: "Finish two modules towards my degree")
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
        h.rule == "relevant.mandate" and re.match(r"towards?\s", text[h.start:h.end], re.IGNORECASE)
        and _OWN_DESTINATION.search(text, max(0, h.start - 30), h.start))]
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not _conformance_only(text, h.start, h.end, rules)]
    # "I will work towards this goal": the goal pointing back at itself links to nothing beyond it.
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not _SELF_REFERENCE.search(text, h.start, h.end)]
    # A deadline that has already passed bounds nothing: the goal can no longer be met by it.
    past = [h for h in by_criterion["time_bound"] if _deadline_passed(full_text[h.start:h.end], today, h.rule)]
    past_spans = [(h.start, h.end) for h in past]
    by_criterion["time_bound"] = [h for h in by_criterion["time_bound"]
                                  if h not in past and not _overlaps(h.start, h.end, past_spans)]
    if past and all(h.rule == "time.cadence" for h in by_criterion["time_bound"]):
        by_criterion["time_bound"] = []  # a dated goal past its date; a cadence of sub-steps does not renew it
    if any(h.rule == "time.header_period" for h in past):
        # under a period that has ended ("2024H2: Over the next six months, ..."), a relative time frame
        # counts from that period, so it has ended too; only a dated one still bounds the goal
        by_criterion["time_bound"] = [h for h in by_criterion["time_bound"]
                                      if _deadline_end(full_text[h.start:h.end]) is not None]
    past_deadline = past[0] if past and not by_criterion["time_bound"] else None
    time_hits = by_criterion["time_bound"]
    relevant_hits = by_criterion["relevant"]
    relevant_spans = [(h.start, h.end) for h in relevant_hits]

    # A number that is part of a date, period or duration is not a measure; but when the goal has
    # another time anchor, a duration ("within 3 business days ... starting in July") is a service
    # level, which is a measure.
    anchors = {h.rule for h in time_hits if h.rule not in ("time.duration", "time.cadence")}
    date_like = [(h.start, h.end) for h in time_hits
                 if h.rule != "time.cadence" and not (h.rule == "time.duration" and anchors)]
    date_index = _Intervals(date_like)
    measure_hits = [h for h in by_criterion["measurable"] if not _inside(h.start, h.end, date_index)
                    and not (h.rule == "measure.count" and _overlaps(h.start, h.end, date_index))]
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _is_year(text, h))]
    # "#1" is a rank, not a count of anything ("Become the #1 onboarding experience in our category").
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and re.search(r"#\s?\Z", text[:h.start]))]
    # A number fused to a name ("COVID-19", "K-12") is part of the name, and a count inside a scope phrase
    # with a definite or possessive determiner ("communication with our 12 regional offices", "errors in the
    # 3 main reports") identifies a known set: neither is a quantity the goal is to reach.
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _not_a_quantity(text, h.start))]
    # A number after a name's head noun names the thing ("Tier 1 support", "Phase 2", "v3"), and a count of a known set
    # an effort is spent on ("support the 3 regional offices", "help our 40 volunteers feel valued") says whom the
    # effort reaches: neither is a quantity the goal is to reach.
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and (
        _IDENTIFIER_BEFORE.search(text, max(0, h.start - 20), h.start) or _effort_on_known_set(text, h.start, rules)
        or _group_size(text, h.start, rules)))]
    # A definite number before a singular noun names the thing ("the 111 line", "the 999 control room", "the Platform 4
    # waiting room"): a count of more than one takes a plural ("the 30 stops", "the 12 call handlers").
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _number_as_name(text, h.start))]
    # ("the Level 3 students": a level's name before a noun modifies it; "reach level 3" is the target)
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.target" and re.fullmatch(
        r"(?:Level|Tier|Grade|Stage|Phase)\s?\d{1,2}", text[h.start:h.end]) and re.match(r"\s{1,3}[a-z]", text[h.end:]))]
    # Ages and grades describe who is served ("children aged 0-7", "grades 3-5"), not a target.
    population = [m.span() for m in _POPULATION.finditer(text)]
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _inside(h.start, h.start + 1, population))]
    if anchors:
        measure_hits += [h for h in time_hits if h.rule == "time.duration"]
    # Continuous availability ("24/7", "24 hours a day, seven days a week", "365 days a year") says when a service is
    # open, not how much of a result the goal reaches (evals/dev11/README.md: availability, not a time frame)
    available = [m.span() for m in _AVAILABILITY.finditer(text)]
    if available:
        measure_hits = [h for h in measure_hits if not _inside(h.start, h.start + 1, available)]
    # "on level 2", "at level 3 of the car park": a level after a place preposition is where, not a target reached
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.target" and re.fullmatch(
        r"(?:level|floor|deck)\s?\d{1,2}", text[h.start:h.end], re.IGNORECASE)
        and re.search(r"\b(?:on|at|in|from)\s{1,3}(?:the\s{1,3})?\Z", text[max(0, h.start - 12):h.start], re.IGNORECASE))]
    # A number straight after a target or measure label is the target ("Target: 800 per year").
    for r in layout.results:
        m = _LABELLED_TARGET.match(text, r)
        if m and not _overlaps(m.start("n"), m.end("n"), [(h.start, h.end) for h in measure_hits]):
            measure_hits.append(Hit("measure.target", m.start("n"), m.end("n")))

    # Specific: a verb phrase whose object is concrete, outside the "why" and "when" phrases.
    time_spans_no_cadence = [(h.start, h.end) for h in time_hits if h.rule != "time.cadence"]
    vague_time = next((h for h in hits if h.rule == "time.vague"), None)
    vague_spans = [(h.start, h.end) for h in hits if h.rule == "time.vague"]
    # A named plan after "of" is part of the object ("reach 90% of the Strategic Plan milestones").
    part_of = [(s, e) for s, e in relevant_spans if re.search(r"\bof\s{1,3}\Z", text[max(0, s - 6):s])]
    # A purpose clause before the main clause ("To reduce infection rates in your unit, you'll implement ...")
    # says what the goal is for: its verb is not the goal's action.
    fronted = [m.span() for m in _FRONTED_PURPOSE.finditer(text)
               if _HAS_VERB(text, m.end(), _sentence_of(text, m.start())[1], rules)]
    # A period named before a noun ("Grow Q3 renewals 6%", "Submit the FY2027 budget request") says which figure or
    # artefact, as an adjective would: it is part of the object, not a time phrase that ends it.
    attributive = [(h.start, h.end) for h in time_hits if h.rule != "time.cadence" and _attributive_period(text, h, rules)]
    # "as measured by delighting customers through events": a measure clause naming an activity and no quantity
    # measures nothing, and its activity is not the goal's result; one with a quantity ("as measured by newsletter
    # sign-ups reaching 2,000") gives the goal its measure
    measure_clauses = [(m.start(), m.end(), _clause_quantity(text, m, rules)) for m in _MEASURE_CLAUSE.finditer(text)]
    fake_measures = [(s, e) for s, e, q in measure_clauses if q is False]
    for s, e, q in measure_clauses:
        if isinstance(q, tuple) and not _overlaps(s, e, [(h.start, h.end) for h in measure_hits]):
            measure_hits.append(Hit("measure.count", *q))
    actions = _actions(text, rules, [sp for sp in relevant_spans if sp not in part_of]
                       + [sp for sp in time_spans_no_cadence if sp not in attributive] + vague_spans + fronted
                       + fake_measures)
    actions = [replace(a, aspiration=True) if _aspiration(a, text, measure_hits, rules)
               or _ranked(a, text, measure_hits, rules) else a for a in actions]

    deliverable = False
    outlined: list[Hit] = []  # work the goal outlines, counted or not: its structure gives relevance
    if not measure_hits:
        dated = any(h.rule not in ("time.cadence", "time.duration", "time.start") for h in time_hits)
        # A passed date still makes the completion of an artefact checkable ("Update our employee
        # handbook ... by the end of Q1 2023"): done or not done by then.
        past_dated = any(h.rule not in ("time.cadence", "time.duration", "time.start") for h in past)
        date_spans = [(h.start, h.end) for h in [*time_hits, *past]
                      if h.rule not in ("time.cadence", "time.duration", "time.start", "time.header_period")]
        dated_steps = _dated_steps(text, actions, date_spans) if len(_sentences(text)) > 1 else None
        measure_hits = [h for h in _deliverables(text, rules, actions, relevant_spans, dated, past_dated,
                                                 dated_steps=dated_steps)
                        if not _overlaps(h.start, h.end, fake_measures)]
        outlined = measure_hits or _deliverables(text, rules, actions, relevant_spans, dated, past_dated, open_counts=True,
                                                 dated_steps=dated_steps)
        if measure_hits and actions and _nominal_change(actions[0], text, [], rules) is not None and all(
                h.start == actions[0].start for h in measure_hits):
            # "Deliver a sustained reduction in the number of ...": a change told as a noun has no done state of its own
            measure_hits = []
        if measure_hits and actions and _delimited_measure(actions[0], text, rules) and all(
                actions[0].verb_end < h.end <= _clause_end(text, actions[0].verb_end) for h in measure_hits):
            # "Increase the number of volunteers who complete safeguarding training": the completion says which
            # volunteers are counted, not a deliverable of the goal's own
            measure_hits = []
        if measure_hits and actions and _moves_a_metric(actions[0], text, rules) and all(
                h.start >= actions[0].end and _MEANS_BEFORE.search(text, actions[0].end, h.start) for h in measure_hits):
            # "Reduce the incidence of pressure ulcers by implementing a new protocol": the goal is the
            # change, and finishing its means does not show how far the metric moved
            measure_hits = []
        deliverable = bool(measure_hits)
    by_criterion["measurable"] = measure_hits
    # Relevance from the goal's structure: a purpose clause, or an unmeasured objective with measured
    # key results (an OKR, a headline sentence, "make homelessness rare ... by reducing ... by 15%").
    structural = _structural_relevance(text, rules, [h for h in measure_hits if h.rule != "measure.deliverable"],
                                       date_like + baselines, layout.results,
                                       [h for h in measure_hits if h.rule == "measure.deliverable"] or outlined)
    if structural and rules.quality_clause is not None and rules.quality_clause.match(
            text, structural.start + len(text[structural.start:structural.end]) - len(
                text[structural.start:structural.end].lstrip(", "))):
        structural = None
    if structural and not relevant_hits:
        relevant_hits = by_criterion["relevant"] = [structural]
    if not relevant_hits and (role := _role_apposition(text, rules) or _served_with_need(text, rules)):
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.structure", *role)]
    if not relevant_hits and (problem := _problem_sentence(text, actions, rules, [
            (h.start, h.end) for h in measure_hits if h.rule.startswith("measure.")
            and h.rule not in ("measure.count", "measure.deliverable")])):
        # "Cut the hold time on the billing line ... Long holds are the top complaint in our survey.": the problem
        # the goal answers, told in a sentence of its own, is why it matters
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.structure", *problem)]
    if layout.context and not relevant_hits:  # "Objective: ...", "Motivation: ..." above the goal
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.context", *layout.context[0])]
    # A team, role or plan label owns the goal: it says why when the goal is work that label does
    # ("Budget & Evaluation: Publish the budget book by June"), not over a bare metric ("Support
    # Services: 100% SLA achievement"), which names no work at all.
    owned_work = any(a.head for a in actions) or any(_PLAN_LABEL.search(full_text, s, e) for s, e in layout.owners)
    if layout.owners and not relevant_hits and owned_work:
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.context", *layout.owners[0])]
    measure_spans = sorted((h for h in measure_hits if h.rule != "measure.deliverable"), key=lambda h: h.start)
    # Bounded work: a goal's main action is among its first ones, and only measures near an action
    # can quantify it.
    # A dated deliverable is its action's measure ("Update our employee handbook ... by the end of Q1").
    measure_spans = sorted(measure_spans + [h for h in measure_hits if h.rule == "measure.deliverable"
                                            and any(a.start == h.start and a.kind != "action" for a in actions)],
                           key=lambda h: h.start)
    measure_starts = [h.start for h in measure_spans]
    specific = next((a for n, a in enumerate(actions[:MAX_ACTIONS]) if (a.head or n == 0) and _is_specific(
        a, text, measure_spans[bisect_left(measure_starts, a.start - 300):bisect_right(measure_starts, a.end + 300)]
        if len(measure_spans) > MAX_ACTIONS else measure_spans, rules)), None)
    by_criterion["specific"] = [Hit("specific.action", specific.start, specific.end)] if specific else []
    vague_action = None
    if specific is None and actions:
        vague_action = (actions[0].start, actions[0].end)

    def name_outcome(span: tuple[int, int], deliverable_too: bool = True) -> None:
        """The goal names its result: specific, and, with no measure of its own, a deliverable."""
        nonlocal vague_action, measure_hits, deliverable
        by_criterion["specific"] = [Hit("specific.outcome", *span)]
        vague_action = None
        if deliverable_too and not measure_hits:
            measure_hits = by_criterion["measurable"] = [Hit("measure.deliverable", *span)]
            deliverable = True

    first = _sentences(text)[0] if text.strip() else (0, 0)
    # (an exploration opening the goal, "Look for ways to ...", is no outcome named as a noun phrase either)
    opens_with_verb = any(a.start <= first[0] + 4 for a in actions) or _EXPLORE_FRAME.match(
        text, first[0] + len(text[first[0]:first[1]]) - len(text[first[0]:first[1]].lstrip())) is not None
    if specific is None and layout.ship and not opens_with_verb:
        # "What we'll ship: a self-hosted installer for the analytics platform": the label names the
        # action, the goal names the artefact.
        content = [w for w in re.findall(r"[A-Za-z][\w-]{2,30}", text[first[0]:first[1]])
                   if w.lower() not in rules.stopwords and w.lower() not in rules.generic_words
                   and w.lower() not in rules.time_words]
        if len(content) >= 2:
            name_outcome(_trim(text, *first))
    placeholder_count = _PLACEHOLDER_QTY.match(text, first[0]) is not None  # "X# of citations of ...": a KR awaiting its number
    if not by_criterion["specific"] and (measure_hits or placeholder_count) and not opens_with_verb:
        # A key result stated as an outcome ("Merged PRs land on staging within 25 minutes").
        content = [w for w in re.findall(r"[A-Za-z][\w-]{2,30}", text[first[0]:first[1]])
                   if w.lower() not in rules.stopwords and w.lower() not in rules.generic_words
                   and w.lower() not in rules.time_words and w.lower() not in NUMBER_WORDS]
        # A count that opens the key result names its population ("150 active contributors per month").
        lead_gap = len(text[first[0]:]) - len(text[first[0]:].lstrip())
        article = re.match(r"(?:an?|the)\s{1,3}", text[first[0] + lead_gap:], re.IGNORECASE)  # "A 20% reduction in ..."
        count_led = any(h.rule in _AMOUNT_RULES and h.start <= first[0] + lead_gap + (article.end() if article else 0) + 1
                        for h in measure_hits)
        # A performance-measure row ("Potholes Repaired. Goal: ... Target: 800 per year."): the verbless
        # line above its target names the measure.
        measure_row = any(r >= first[1] for r in layout.results) and not _HAS_VERB(text, *first, rules)
        # A metric's name and its target value ("Employee turnover below 12%", "Customer satisfaction score
        # of 85 or higher"): the name says what is measured, the value which result counts.
        metric_target = any(h.rule in _AMOUNT_RULES and first[0] <= h.start < first[1] and _METRIC_TARGET.search(
            text, max(first[0], h.start - _METRIC_TARGET_REACH), h.start) for h in measure_hits)
        # A count that opens the key result measures the noun after it, broad or not ("100% satisfaction"):
        # the quantity on its object is the outcome; a comparative or judged word is no object.
        lead_words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]{2,30}", text[first[0]:first[1]])]
        counted = [] if any(w in rules.comparatives or w in rules.evaluative for w in lead_words) else [
            w for w in lead_words if w not in rules.stopwords and w not in rules.time_words
            and w not in NUMBER_WORDS and w not in ("percent", "per", "cent") and w not in _CHANGE_NOUNS]
        if len(content) >= 3 or (count_led and counted) or (measure_row and len(content) >= 2) or metric_target:
            name_outcome(_trim(text, *first), deliverable_too=False)
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # An end state of a concrete subject ("Legacy mainframe is closed down by Q3 2027", "The Zendesk
        # instance is decommissioned"): the subject says what, the state says when it is done.
        for done in rules.end_state.finditer(text, first[0], first[1]):
            head = text[first[0]:done.start()]
            link = _END_STATE_LINK.search(head)
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]{1,30}", head[:link.start()] if link else head)
                     if w.lower() not in rules.stopwords and w.lower() not in rules.time_words]
            if not words:
                continue
            # Without "is"/"are" the state must follow its subject ("All services migrated to Kubernetes").
            if link is None and (len(words) > 6 or any(w.lower() in rules.boundaries for w in head.split())):
                break
            subject = [w for w in words if w.lower() not in rules.generic_words]
            # one concrete word will do when the sentence also counts whom or what ("New payroll system live
            # for all 3,000 employees")
            counted = any(h.rule in _AMOUNT_RULES and first[0] <= h.start < first[1] for h in measure_hits)
            if len(subject) >= 2 or _named(text, first[0], first[1], rules) or (subject and counted):
                name_outcome(_trim(text, first[0], done.end()))
            break
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A focus named by a copula ("Year 6 reading fluency is our main focus", "Our focus this year is Key Stage 2
        # writing"): the subject of work it names is the goal's object, as in "focus on Key Stage 2 writing".
        focus = _copular_focus(text, first, rules)
        if focus is not None:
            name_outcome(focus, deliverable_too=False)
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A passive action on a concrete subject ("Every week, the lobby will be cleaned", "The grant
        # report is submitted to the board"): the subject is the action's object, as in "clean the lobby".
        passive = _passive_action(text, first, rules)
        if passive is not None:
            name_outcome(passive, deliverable_too=True)
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A state every member of a concrete group is to be in ("Every classroom has a working projector",
        # "All staff complete annual fire-safety training"): which things and what each must have or do are
        # named, and whether every one does is checked yes or no.
        state = _UNIVERSAL_STATE.match(text, first[0] + len(text[first[0]:first[1]]) - len(text[first[0]:first[1]].lstrip()))
        if state is not None and state.end() <= first[1]:
            subject = [w for w in letter_words(state.group("subject")) if len(w) > 2 and w.lower() not in rules.stopwords]
            obj = [w.lower() for w in letter_words(state.group("object")) if len(w) > 2]
            concrete = [w for w in obj if w not in rules.stopwords and w not in rules.time_words
                        and w not in rules.evaluative and w not in rules.comparatives
                        and (w not in rules.generic_words or _artefact(w, rules))]
            # a judged state of a general kind ("have access to reliable advising services") names no result: which
            # services count as reliable is the open question
            content = [w for w in obj if w not in rules.stopwords and w not in PREPOSITIONS]
            judged = any(w in rules.evaluative for w in content)
            if subject and concrete and obj[0] not in rules.comparatives and not judged:
                # (goals to exist, "Every team will have targets in sales", name what is aimed at, not a result)
                name_outcome(_trim(text, *first), deliverable_too=not _goal_setting(text, state.start("object"), state.end("object")))
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A state no member of a concrete group may be in ("No order ships without a signed packing slip", "Not a
        # single cyclist is killed on city streets"): which things and what none may do are named, checked yes or no.
        none_state = _negative_universal(text, first, rules)
        if none_state is not None:
            name_outcome(none_state, deliverable_too=False)
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A deliverable named as a noun phrase ("An MVP of the Hyperion library that will contain ..."):
        # its head (the words before any preposition but "of") is a kind of artefact, and a name says
        # which one. A quality ("Better documentation across all public APIs") is no deliverable.
        lead_words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]{1,30}", text[first[0]:first[1]])[:10]]
        head_words = []
        for w in lead_words:
            if w in PREPOSITIONS and w != "of" or w in ("that", "which", "with", "who"):
                break
            head_words.append(w)
        if (head_words and head_words[0] not in rules.comparatives and any(_artefact(w, rules) for w in head_words)
                and _named(text, *first, rules)):
            name_outcome(_trim(text, *first))

    if not by_criterion["specific"] and (frame := _ASSURANCE_FRAME.match(text)) is not None and (_FINITE_IN_CLAUSE.search(
            text, frame.end(), _clause_end(text, frame.end())) or _NEGATIVE_UNIVERSAL.match(text, frame.end())):
        # "Ensure that every form is signed by the tenant", "Make sure that 80% of calls are answered within a minute":
        # an assurance verb takes the goal's result as its clause; what that clause states is the goal's content
        clause = text[frame.end():]
        if clause.strip() and _analyse(clause[:1].upper() + clause[1:], rules, today).evidence["specific"]:
            by_criterion["specific"] = [Hit("specific.outcome", frame.end(), _clause_end(text, frame.end()))]
            vague_action = None

    allowed = rules.allow.spans(text)
    amount = any(h.rule in _AMOUNT_RULES for h in measure_hits)
    red_flags = [h for h in _red_flags(text, rules, hits, amount, bool(time_hits or past))
                 if not _overlaps(h.start, h.end, allowed)]
    weak = [h for h in hits if h.rule == "warn.weak_commitment" and not _overlaps(h.start, h.end, allowed)]
    if vague_time is not None and _overlaps(vague_time.start, vague_time.end, allowed):
        vague_time = None

    evidence: dict[str, Hit | None] = {c: _pick(by_criterion[c]) for c in CRITERIA}
    # A deadline or period says more than a cadence ("starting in March" over "per month").
    evidence["time_bound"] = (
        _pick([h for h in time_hits if h.rule not in ("time.cadence", "time.duration")] if anchors else [])
        or _pick([h for h in time_hits if h.rule != "time.cadence"])
        or evidence["time_bound"]
    )
    evidence["attainable"] = None
    if evidence["measurable"] and evidence["measurable"].rule == "measure.frequency":
        # Prefer a count to a bare frequency when the goal has both.
        counts = [h for h in measure_hits if h.rule != "measure.frequency"]
        evidence["measurable"] = _pick(counts) or evidence["measurable"]
    if evidence["relevant"]:
        # The longest link reads best ("to support the department's retention objective").
        first = evidence["relevant"]
        overlapping = [h for h in relevant_hits if h.start < first.end and first.start < h.end] or [first]
        evidence["relevant"] = max(overlapping, key=lambda h: h.end - h.start)

    all_hits = hits + [h for h in measure_hits if h.rule == "measure.deliverable"] + [
        h for h in by_criterion["relevant"] + by_criterion["specific"] if h.rule in ("relevant.structure", "relevant.context", "specific.outcome")] + [
        h for h in red_flags if h.rule not in ("attain.perfection", "attain.elimination")]
    # (what the goal moves, when it names a change: "reduce infection rates", not the means "implement practices")
    with_object = [a for a in actions if a.end > a.verb_end + 1]
    topic = next(((a.verb_end, a.end) for a in with_object if rules.change_verbs.match(text, a.start)), None) or next(
        ((a.verb_end, a.end) for a in with_object), None)
    return _Found(evidence, deliverable, vague_action, vague_time, red_flags, weak,
                  _two_outcomes(text, actions, relevant_spans), sorted(all_hits, key=lambda h: (h.start, h.rule)),
                  past_deadline, topic)


# A distributive "each of my six reports" repeats the action over the set, so there its size counts the work.
_KNOWN_SET = precompiled(r"(?<!\beach\s)(?<!\bevery\s)\b(?:with|among|across|in|of|at|for|to|between|within|throughout)\s{1,3}(?:all\s{1,3})?"
                        r"(?:our|my|their|its|his|her|your|the|these|those)\s{1,3}\Z", re.IGNORECASE)


# Words that open a time phrase as an adverbial ("in Q3", "by June", "this quarter"), not a period named as a modifier.
_TIME_PHRASE_OPENERS = frozenset({"in", "by", "within", "before", "during", "until", "till", "through", "throughout", "over",
                                  "for", "from", "to", "on", "at", "after", "ahead", "end", "each", "every", "per", "next",
                                  "this", "last", "coming", "since", "into", "of", "starting", "beginning", "no", "not"})
_NEXT_WORD = precompiled(r"[ \t]{1,3}([A-Za-z][\w'’-]{1,30})")


def _attributive_period(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a time phrase is a period named before a noun ("Q3 renewals", "the FY2027 budget request"): it opens
    with no preposition or deictic word and a content word follows it in the same phrase."""
    words = letter_words(text[hit.start:hit.end])
    first = next((w.lower() for w in words if w.lower() not in ("the", "our", "its", "their", "my", "a", "an")), "")
    if first in _TIME_PHRASE_OPENERS or (words and words[0].lower() in _TIME_PHRASE_OPENERS):
        return False
    m = _NEXT_WORD.match(text, hit.end)
    if m is None:
        return False
    nxt = m.group(1).lower()
    return nxt not in rules.stopwords and nxt not in rules.time_words and nxt not in rules.boundaries


_FRONTED_PURPOSE = precompiled(r"(?:^|(?<=[.!?:;\n]))\s{0,8}(?:[Ii]n\s{1,3}order\s{1,3})?[Tt]o\s{1,3}[a-z][^.;:!?,\n]{2,150},"
                              r"(?=\s{0,3}[A-Za-z])")


# A universally quantified subject and a verb of having, getting, using or completing: a state to be checked.
# An assurance verb whose complement is a clause: the clause is the result ("Ensure that all forms are signed").
_ASSURANCE_FRAME = precompiled(r"\s{0,8}(?:(?:we|i)\s{1,3}will\s{1,3})?(?:ensure|make\s{1,3}sure|see\s{1,3}to\s{1,3}it)"
                               r"\s{1,3}(?:that\s{1,3})?(?=[A-Za-z0-9])", re.IGNORECASE)
_FINITE_IN_CLAUSE = precompiled(r"\s(?:is|are|was|were|has|have|will|can|do|does|shall|must)\s",
                                re.IGNORECASE)
_UNIVERSAL_STATE = precompiled(
    r"(?:all|every|each|100\s?%\s{1,3}of)\s{1,3}(?:(?:of\s{1,3})?(?:our|the|my|their)\s{1,3})?"
    r"(?P<subject>(?:[\w-]+\s{1,3}){0,3}?[\w-]+)\s{1,3}"
    r"(?:has|have|gets|get|receives|receive|uses|use|completes|complete|attends|attend|follows|follow|owns|own)\s{1,3}"
    r"(?P<object>[^.;:!?\n]{3,80})", re.IGNORECASE)


# A negative universal subject and its finite verb ("no pupil leaves", "not a single cyclist is killed", "not one
# laptop leaves", "none of our vans runs"): the quantifier says the state holds of every member of the group.
_NEGATIVE_UNIVERSAL = precompiled(
    r"(?:no|not\s{1,3}(?:even\s{1,3})?(?:a\s{1,3}single|one)|none\s{1,3}of\s{1,3}(?:our|the|my|their|its))\s{1,3}"
    r"(?P<subject>(?:[A-Za-z][\w-]*\s{1,3}){0,2}?[A-Za-z][\w-]*)\s{1,3}"
    r"(?P<verb>(?:is|are|will|shall|must|may|can|gets?)\s{1,3}[a-z]+|[a-z]{2,20}s)\b(?P<rest>[^.;:!?\n]{3,120})",
    re.IGNORECASE)


def _negative_universal(text: str, sentence: tuple[int, int], rules: GoalRules) -> tuple[int, int] | None:
    """The span of a state no member of a concrete group may be in ("No order ships without a signed packing slip"),
    or None: a noun heads the subject (not "nobody", not a general word), the verb is a verb, and the rest names a
    thing, place or state of its own (not only a judged quality)."""
    start = sentence[0] + len(text[sentence[0]:sentence[1]]) - len(text[sentence[0]:sentence[1]].lstrip())
    m = _NEGATIVE_UNIVERSAL.match(text, start)
    if m is None or m.end() > sentence[1]:
        return None
    head = letter_words(m.group("subject"))[-1].lower()
    if len(head) < 3 or head in rules.stopwords or head in rules.generic_words or head in rules.vague_kinds:
        return None
    verb = m.group("verb").split()[-1].lower()
    if " " not in m.group("verb").strip() and not _verb_word(re.sub(r"(?:ies|es|s)$", "", verb)) and not _verb_word(verb[:-1]):
        return None  # ("no staff members ..." has no verb after its subject)
    rest = [w.lower() for w in letter_words(m.group("rest")) if len(w) > 2]
    concrete = [w for w in rest if w not in rules.stopwords and w not in rules.evaluative and w not in rules.time_words
                and w not in rules.generic_words]
    return _trim(text, start, m.end()) if concrete else None


# The head nouns of names that end in a number ("Tier 1", "Phase 2", "Building 4", "v3"): capitalised, as in a name.
_IDENTIFIER_BEFORE = precompiled(
    r"(?:\b(?:Tier|Level|Phase|Version|Stage|Step|Title|Section|Floor|Building|Ward|Unit|Room|Wave|Cohort|Zone|Block|"
    r"Gate|Pod|Station|Route|Series|Chapter|Lot|Region|District|Release|Sprint|Milestone|Pillar|Theme|Track|Lane|Bay|"
    r"Wing|Hall|Suite|Lab|Clinic|School|Year|Grade)|\bversion|(?<![\w.])v)\s?\Z")
_KNOWN_SET_OBJECT = precompiled(r"\b(?P<verb>[A-Za-z]+(?:\s{1,3}(?:on|with|to|at|for|into))?)\s{1,3}(?:all\s{1,3})?"
                               r"(?:our|my|their|its|his|her|the|these|those)\s{1,3}\Z", re.IGNORECASE)


# The size of a group the goal is set in ("in a department of 25 people", "my team of 8 engineers"): a collective
# noun and "of" before the count, the group itself after a preposition, a possessive or an effort verb.
_GROUP_SIZE = precompiled(
    r"\b(?P<before>[A-Za-z]+)\s{1,3}(?:(?:a|an|the|my|our|their|his|her|its)\s{1,3})?(?:[\w-]+\s{1,3})?"
    r"(?:team|department|unit|staff|caseload|group|class|crew|workforce|division|cohort|practice|office|ward|squad|"
    r"organi[sz]ation|company|firm|school|clinic|network|household|family)\s{1,3}of\s{1,3}(?:about\s{1,3}|over\s{1,3}|"
    r"nearly\s{1,3}|some\s{1,3})?\Z", re.IGNORECASE)
_SETTING_BEFORE = frozenset({"in", "with", "for", "across", "within", "among", "on", "to", "at", "of", "as", "my", "our",
                             "their", "his", "her", "its", "throughout", "from"})


def _group_size(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the number at ``start`` is the size of a group the goal is set in ("in a department of 25 people",
    "lead my team of 8 engineers"), not a group the goal builds ("Build a pool of 20 substitutes")."""
    m = _GROUP_SIZE.search(text, max(0, start - 80), start)
    if not m:
        return False
    before = m.group("before")
    return (before.lower() in _SETTING_BEFORE or bool(rules.effort_verbs.fullmatch(before))
            or bool(rules.vague_verbs.fullmatch(before)) or before.lower() in ("lead", "leads", "manage", "manages",
                                                                              "supervise", "supervises", "run", "runs"))


def _effort_on_known_set(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the number at ``start`` counts a known set (a definite or possessive determiner before it) that an
    effort or vague verb takes as its object ("support the 3 regional offices", "help our 40 volunteers")."""
    m = _KNOWN_SET_OBJECT.search(text, max(0, start - 40), start)
    return bool(m and (rules.effort_verbs.fullmatch(m.group("verb")) or rules.vague_verbs.fullmatch(m.group("verb"))))


_DEFINITE_NUMBER = precompiled(r"\b(?:the|our|their|its|this|that)\s{1,3}(?:[A-Z][a-z]{1,20}\s{1,3})?"
                               r"(?P<n>\d{1,6})\s{1,3}(?P<rest>(?:[A-Za-z][\w'’-]*\s{0,3}){1,3})", re.IGNORECASE)
_COLLECTIVE_PLURALS = wordset("staff people personnel children police crew faculty")


def _number_as_name(text: str, start: int) -> bool:
    """Whether the number at ``start`` names a thing: after a definite determiner, more than one, and no plural noun
    in the three words after it ("the 111 line", "the Platform 4 waiting room"; not "the 30 stops", "the 12 staff")."""
    m = _DEFINITE_NUMBER.search(text, max(0, start - 30), start + 40)
    while m is not None and m.start("n") < start:
        m = _DEFINITE_NUMBER.search(text, m.start() + 1, start + 40)
    if m is None or m.start("n") != start or int(m.group("n")) < 2:
        return False
    rest = m.group("rest").split()
    return not any(_plural_noun(w) or w.lower() in _COLLECTIVE_PLURALS or _TIME_UNIT.match(" " + w) for w in rest)


def _not_a_quantity(text: str, start: int) -> bool:
    """Whether the number at ``start`` is part of a name ("COVID-19", "K-12") or counts a known set named by a
    definite or possessive scope phrase ("with our 12 regional offices")."""
    return bool(re.search(r"[A-Za-z]-\Z", text[max(0, start - 2):start])
                or _KNOWN_SET.search(text[max(0, start - 40):start]))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The goal's sentence spans (several steps ask for them; computed once per text)."""
    return tuple(sentence_spans(text))


def rules_criterion(rules: GoalRules, rule_id: str) -> str:
    for rule in rules.rules:
        if rule.id == rule_id:
            return rule.criterion
    return ""


_BASELINE = precompiled(
    r"\b(?:from|over|above|below|versus|vs\.?|compared\s{1,3}(?:to|with)|relative\s{1,3}to|against)\s{1,3}"
    # a year that names a period of its own ("over the 2027-28 school year", "over the 2026 to 2030 period") is when,
    # not a baseline
    r"(?:the\s{1,3})?(?:end\s{1,3}of\s{1,3})?(?!(?:FY\s?)?(?:19|20)\d\d(?:\s{0,3}[-–/]\s{0,3}\d{2,4}|\s{1,3}(?:to|through|until|till)\s{1,3}(?:19|20)\d\d)?\s{1,3}(?:(?:school|fiscal|academic|"
    r"calendar|budget|program|programme|grant|funding|financial|plan|planning|strategic\s{1,3}plan|contract|pilot|project|"
    r"performance|reporting)\s{1,3})?(?:year|quarter|semester|term|season|period|cycle)s?\b)"
    r"(?:(?:FY\s?)?(?:19|20)\d\d|FY\s?\d{2}|Q[1-4](?:\s{1,3}(?:FY\s?)?\d{2,4})?|"
    r"last\s{1,3}(?:year|quarter|month)|the\s{1,3}previous\s{1,3}(?:year|quarter|month)|(?:a|the)\s{1,3}baseline)"
    r"(?:[\s-]{1,3}(?:Q[1-4]|FY\s?\d{2,4}))?(?:\s{1,3}(?:levels?|results?|baseline|figures?|rates?|actuals?))?",
    re.IGNORECASE,
)
# An aside that compares ("(40% increase, same as Q2 to Q3)", "(up 12% vs FY26)") gives the change's
# baseline or precedent; the periods in it bound nothing, unless the aside itself sets a deadline.
_COMPARISON_ASIDE = precompiled(
    r"\((?=[^()\n]{0,160}\b(?:same\s{1,3}as|as\s{1,3}(?:from|in|between|during)|compared|versus|vs\b|relative\s{1,3}to|"
    r"than|(?:increase|rise|growth|gain|jump|decrease|drop|decline|reduction|improvement|change|up|down)\b))"
    r"(?![^()\n]{0,160}\b(?:by|before|until|till|due|no\s{1,3}later\s{1,3}than|deadline)\b)[^()\n]{0,160}\)",
    re.IGNORECASE)
_RATE_SUFFIX = precompiled(r"\b(?:m/m|w/w|q/q|y/y|mom|wow|qoq|yoy|month[\s-]over[\s-]month|week[\s-]over[\s-]week|"
                          r"year[\s-]over[\s-]year|quarter[\s-]over[\s-]quarter)\b", re.IGNORECASE)
# Continuous availability: the standard ways to say a service never closes.
_AVAILABILITY = precompiled(
    r"\b24\s{0,2}[/x×]\s{0,2}7\b|\b(?:24|twenty-four)\s{1,3}hours?\s{1,3}(?:a|per|each)\s{1,3}day\b"
    r"|\b(?:7|seven)\s{1,3}days?\s{1,3}(?:a|per|each)\s{1,3}week\b|\b365\s{1,3}days?\s{1,3}(?:a|per|each)\s{1,3}year\b"
    r"|\b(?:a)?round\s{1,3}the\s{1,3}clock\b", re.IGNORECASE)
_POPULATION = precompiled(
    r"\b(?:aged?|ages|grades?|grade\s{1,3}levels?)\s{1,3}(?:of\s{1,3})?(?:\d{1,3}|K|pre-?K)(?:\s{0,3}(?:-|–|to|through|and)\s{0,3}\d{1,3})?\+?"
    r"|\b\d{1,3}\s{0,3}(?:-|–|to)\s{0,3}\d{1,3}[\s-]{1,3}(?:year|yr)s?[\s-]{1,3}olds?\b|\b\d{1,3}[\s-]{1,3}(?:year|yr)s?[\s-]{1,3}olds?\b",
    re.IGNORECASE)
_METRIC_NOUNS = wordset(
    """active users user visitors visits sessions signups sign-ups recurring revenue sales orders downloads installs
    views pageviews subscribers customers uses"""
)
_CHANGE_VERBS = precompiled(r"^\W{0,3}(?:increase|grow|raise|boost|lift|reduce|decrease|lower|cut|improve|double|triple|"
                           r"maintain|achieve|reach|hit|drive|keep|deliver|generate)(?![\w-])", re.IGNORECASE)
_CADENCE_ADJECTIVES = frozenset({"daily", "weekly", "biweekly", "bi-weekly", "monthly", "quarterly", "yearly", "annual",
                                 "nightly", "hourly"})
# (the periods of rule time.cadence: a shift, sprint, term or semester recurs as a calendar period does, so "the time
# nurses spend on handover each shift" defines a metric as "weekly active users" does)
_CADENCE_WORD = precompiled(r"\b(?:daily|weekly|bi-?weekly|monthly|quarterly|yearly|annual|annually|nightly|hourly)\b"
                           r"|\b(?:per|each|every|a|an)\s{1,3}(?:(?:business|working|school)\s{1,3})?"
                           r"(?:day|week|month|quarter|year|semester|term|shift|sprint|pay\s{1,3}period)\b"
                           r"|\bevery\s{1,3}(?:\d{1,3}|two|three|four|five|six|eight|ten|twelve)\s{1,3}"
                           r"(?:days|weeks|months|quarters|years|semesters|terms|shifts|sprints)\b",
                           re.IGNORECASE)
_RATE_METRIC = precompiled(
    r"%|\bpercent\b|\baverage\b|(?:(?<![\d,.])\d[\d,.]{0,15}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million))"
    r"(?:\s{1,3}(?!(?:times|programs?|events?|sessions?\s{1,3}(?:of|for)|workshops?|classes|meetings?|reports?)\b)[\w-]{1,30}){0,3}?\s{1,3}"
    r"(?:users?|visitors?|visits|sessions|signups?|sign-ups?|downloads|installs|views|pageviews|subscribers|customers|members|"
    r"attendees|participants|children|students|patrons|residents|people|citations|publishers|contributors|readers|"
    r"listeners|viewers|followers|donors|volunteers|calls|tickets|requests|applications|orders|transactions|gifts|"
    r"dollars|leads|signatures|hits|clicks|impressions)\b|\b(?:circulation|revenue|sales|emissions)\b", re.IGNORECASE)


_RATE_AMOUNT = precompiled(r"(?:[$€£]\s?)?\d[\d,.]*\s{0,2}(?:%|k|m|bn|million|billion|thousand)?(?:\s{1,3}[a-z][\w-]{1,30}){0,6}\s{0,3}\Z"
                          r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s{1,3}(?:million|"
                          r"thousand|billion)(?:\s{1,3}[a-z][\w-]{1,30}){0,6}\s{0,3}\Z", re.IGNORECASE)


_ACTION_COUNT = precompiled(r"\b(?:times|programs?|programmes?|events?|sessions?|workshops?|classes|meetings?|reports?|visits?|"
                           r"webinars?|trainings?|audits?|reviews?|posts?|articles?|releases?|calls|check-?ins?|"
                           r"inspections?|drills?|surveys?|newsletters?|briefings?|presentations?)\b", re.IGNORECASE)


_FRONTED_CADENCE = precompiled(r"(?:(?:each|every|per)\s{1,3}(?:day|week|month|quarter|semester|term|year|academic\s{1,3}year|"
                              r"fiscal\s{1,3}year|school\s{1,3}year)|annually|yearly|quarterly|monthly|weekly|"
                              r"year[\s-]over[\s-]year)\s{0,3},?\s{0,3}", re.IGNORECASE)
# (a hyphenated compound is another verb: "Double-check every payroll file" moves no number)
_DIRECTION_VERBS = precompiled(r"(?:increase|grow|raise|boost|lift|reduce|decrease|lower|cut|improve|double|triple)(?![\w-])",
                              re.IGNORECASE)


# Nouns of a schedule: a cadence adjective before them says how often the work is done ("on a monthly basis", "on a
# weekly schedule", "at quarterly intervals"), as the adverb does, and defines no metric.
_SCHEDULE_NOUNS = frozenset({"basis", "schedule", "cycle", "cadence", "rotation", "interval", "intervals"})


def _metric_cadences(text: str, rules: GoalRules) -> list[tuple[int, int]]:
    """Cadences that define a metric rather than schedule the work: 'weekly active users',
    'MQLs delivered weekly' or '10 MRs merged per week' in a goal that moves a number."""
    spans = [m.span() for m in _RATE_SUFFIX.finditer(text)]
    lead = text.lstrip()
    # A goal that counts an outcome (users, sessions, a share, an average) per period states a rate;
    # one that counts its own actions ("present 12 programs each year") keeps a schedule.
    metric_goal = _RATE_METRIC.search(text) is not None
    # a goal that opens with its own action ("Complete maintenance on all 14 units each quarter") schedules it
    acts = bool(rules.action_verbs.match(text, len(text) - len(lead)))
    moves_a_number = bool(_CHANGE_VERBS.match(lead)) or bool(re.match(r"^\W{0,3}(?:[\w-]{1,30}\s{1,3}){0,4}?(?:is|are)\s", lead))
    # "Each year, increase enrollment from the baseline": a cadence fronting a change of a metric is the
    # period of the change (a rate), not a schedule of work
    fronted = _FRONTED_CADENCE.match(lead)
    rate_period = fronted.span() if fronted and _DIRECTION_VERBS.match(lead, fronted.end()) else None
    if rate_period is not None:
        offset = len(text) - len(lead)
        spans.append((rate_period[0] + offset, rate_period[1] + offset))
    # "Increase enrollment each year from the baseline": likewise when the cadence follows the change,
    # unless the goal counts its own actions ("raise the number of workshops held each quarter")
    directed = bool(rate_period) or bool(_DIRECTION_VERBS.match(lead)) and not _ACTION_COUNT.search(text)
    # A state to be in every period ("Each year, the collection will be sufficiently stocked", "the
    # reading room is kept clean each month") is a standard to hold, not work to finish by a date;
    # a count of the actions that keep it ("inspect it 4 times a year") is a schedule.
    holds_a_state = not acts and _holds_a_state(text, rules) and not _TIMES.search(text)
    for m in _CADENCE_WORD.finditer(text):
        after = text[m.end():m.end() + 30].split()
        if after and after[0].lower().strip(",.;") in _METRIC_NOUNS:
            spans.append(m.span())  # "weekly active users"
            continue
        if (moves_a_number and after and m.group().lower() in _CADENCE_ADJECTIVES and after[0][:1].isalpha()
                and not _ACTION_COUNT.match(after[0]) and not _artefact(after[0].lower().strip(",.;"), rules)
                and after[0].lower() not in rules.stopwords and after[0].lower().strip(",.;") not in _SCHEDULE_NOUNS):
            spans.append(m.span())  # a number moved on a noun the cadence defines: "daily riders", "annual turnover"
            continue
        before = text[max(0, m.start() - 40):m.start()].lower().split()
        participle = bool(before) and before[-1].endswith("ed") and before[-1] not in ("scheduled", "held")
        if moves_a_number and (participle or any(w in ("average", "avg", "avg.") for w in before)):
            spans.append(m.span())  # "MQLs delivered weekly", "average MRs merged per week"
        elif (amount := _RATE_AMOUNT.search(text, max(0, m.start() - 90), m.start())) and (
                moves_a_number or (not acts and not _ACTION_COUNT.search(amount.group()))):
            spans.append(m.span())  # a rate target: "700 signups per week", "raise 35 million annually"
        elif metric_goal or directed or (holds_a_state and not _joined_action_before(text, m.start(), rules)):
            spans.append(m.span())  # an outcome counted per period: "Each week, an average of 8,000 sessions"
    return spans


_JOINED_VERB = precompiled(r"\b(?:and|then)\s{1,3}(?=[a-z])", re.IGNORECASE)


def _joined_action_before(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the cadence at ``start`` follows a coordinated clause of the goal's own work ("Maintain accounts payable
    files and distribute accurate reports ... on a monthly basis"): the cadence schedules that work, a deliverable done
    or not done each period, whatever state the first clause keeps."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    joins = list(_JOINED_VERB.finditer(text, sentence_start, start))
    return bool(joins) and bool(rules.action_verbs.match(text, joins[-1].end()))


_PASSIVE = precompiled(
    r"\b(?:will\s{1,3}be|shall\s{1,3}be|must\s{1,3}be|is|are|gets?|get)\s{1,3}(?P<adverb>[a-z]{2,20}ly\s{1,3})?"
    r"(?P<participle>[a-z]{2,30}ed|built|held|sent|done|made|run|set|paid|taught|written|sold|led|won|given|taken|shown|"
    r"drawn|grown|known|seen|chosen|brought|bought|found|met)\b", re.IGNORECASE)
_PASSIVE_PARTICIPLE = precompiled(_PASSIVE.pattern.split("(?P<participle>")[1].rsplit(")", 1)[0], re.IGNORECASE)
_PASSIVE_AMOUNT = precompiled(r"\s{1,3}(?:by|to|from)\s{1,3}(?:(?:at\s{1,3}least|more\s{1,3}than|about|over|an?\s{1,3}average\s{1,3}of)"
                             r"\s{1,3})?(?:[$€£]\d|(?!(?:19|20)\d\d\b)\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b)", re.IGNORECASE)
_PASSIVE_SUBJECT_STOP = precompiled(r"[,;:]|\b(?:that|which|who|so|because|if|when|where|to)\b", re.IGNORECASE)


_FOCUS_NOUN = r"(?:(?:key|main|major|central|primary|particular|special|priority|continued|chief|core|learning|improvement)\s{1,3}){0,2}focus(?:es)?"
_FOCUS_AFTER = precompiled(r"\s{0,3}(?P<x>[^.;:!?,\n]{2,80}?)\s{1,3}(?:is|are|will\s{1,3}be|remains?|will\s{1,3}remain)\s{1,3}"
                           rf"(?:our|a|the|one\s{{1,3}}of\s{{1,3}}our|its|their|this\s{{1,3}}year's)\s{{1,3}}{_FOCUS_NOUN}\b",
                           re.IGNORECASE)
_FOCUS_BEFORE = precompiled(rf"\s{{0,3}}(?:our|the|this\s{{1,3}}year's)\s{{1,3}}{_FOCUS_NOUN}(?:\s{{1,3}}(?:this|next)\s{{1,3}}"
                            r"(?:year|term|semester|quarter))?\s{1,3}(?:is|will\s{1,3}be)\s{1,3}(?:on\s{1,3})?"
                            r"(?P<x>[^.;:!?,\n]{2,80}?)\s{0,3}(?=[.;:!?,\n]|\Z)", re.IGNORECASE)


def _copular_focus(text: str, sentence: tuple[int, int], rules: GoalRules) -> tuple[int, int] | None:
    """The span of a focus statement by copula whose named subject of work has a concrete word and starts with no
    verb ("Reading is a key focus ..."; not "Student success is our focus" or "Improving outcomes is our focus")."""
    start, end = sentence
    m = _FOCUS_AFTER.match(text, start, end) or _FOCUS_BEFORE.match(text, start, end)
    if m is None:
        return None
    words = re.findall(r"[A-Za-z][\w-]{1,30}", m.group("x"))
    if not words or words[0].lower() in rules.stopwords and words[0].lower() not in ("year", "key"):
        return None
    # (a generic phrase, "student success", and abstract nouns, "community", "wellbeing", name no subject of work)
    named = re.findall(r"[A-Za-z][\w-]{1,30}", rules.generic_phrases.sub(" ", m.group("x")))
    first = words[0].lower()
    if first.endswith("ing") and (_inflects_as_verb(first[:-3]) or _inflects_as_verb(first[:-3] + "e")):
        return None
    lowered = [w.lower() for w in words]
    if any(w in rules.evaluative or w in rules.comparatives for w in lowered):
        return None
    concrete = [w for w in (n.lower() for n in named) if w not in rules.stopwords and w not in rules.generic_words
                and w not in rules.time_words and w not in _QUALITY_NOUNS and not _ABSTRACT_NOUN.search(w)
                and w not in ("focus", "key", "main", "wellbeing", "well-being")]
    return _trim(text, *sentence) if concrete else None


def _passive_action(text: str, sentence: tuple[int, int], rules: GoalRules) -> tuple[int, int] | None:
    """The span of a passive clause whose subject is concrete ("the lobby will be cleaned"), read
    as the action done to that subject; None for a state ("kept", "sufficiently stocked", "clean")."""
    start, end = sentence
    m = _PASSIVE.search(text, start, end)
    if m is None:
        return None
    participle = m.group("participle").lower()
    if participle in rules.qualities or participle in ("kept", "maintained", "held") and not m.group("adverb"):
        return None
    if participle in rules.regard_forms:
        return None  # "Customer feedback is valued", "Residents' views are respected": how it is held, no act done
    if m.group("adverb") and m.group("adverb").strip().lower() in _DEGREE_ADVERBS:
        return None  # "sufficiently stocked": how full, a state
    if any(regex.fullmatch(participle) for regex in (rules.vague_verbs, rules.effort_verbs, rules.change_verbs)) and not (
            rules.change_verbs.fullmatch(participle) and _PASSIVE_AMOUNT.match(text, m.end())):
        # "services will be improved": an area, as "improve services" is ("overtime will be reduced by 20%" names
        # how far, as "reduce overtime by 20%" does)
        return None
    head = text[start:m.start()]
    clauses = _PASSIVE_SUBJECT_STOP.split(head)
    subject = clauses[-1] if clauses else head
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]{1,30}", subject)]
    # (a metric changed by an amount needs no concrete head: "sales will be increased by 15%", as "increase sales
    # by 15%")
    measured = bool(rules.change_verbs.fullmatch(participle) and _PASSIVE_AMOUNT.match(text, m.end()))
    concrete = [w for w in words if len(w) > 2 and w not in rules.stopwords and (measured or w not in rules.generic_words)
                and w not in rules.time_words and w not in NUMBER_WORDS and w not in rules.evaluative]
    if not concrete:
        return None
    if (re.match(r"(?:is|are)\s", m.group(), re.IGNORECASE) and words and words[-1] in rules.beneficiaries
            and not numbers(text[start:end])
            and not any(_artefact(w.lower(), rules) for w in letter_words(_PASSIVE_OBJECT.match(text, m.end(), end).group()))):
        # "Visitors are welcomed into an atmosphere of hospitality", "Patrons are greeted warmly": how the people
        # served are treated, stated as how things are, is a standing state of the service; nothing is made or
        # counted ("Every returning visitor is sent a feedback survey", "The report is submitted" are)
        return None
    return _trim(text, start + len(head) - len(subject), m.end())


# What a passive verb gives before any place, manner or time phrase ("is sent a feedback survey"; "at every branch" is
# where)
_PASSIVE_OBJECT = precompiled(r"(?:(?!\s(?:at|in|on|across|throughout|within|into|from|for|to|with|by|during|after|before)\s)[^.;!?])*",
                             re.IGNORECASE)


_DEGREE_ADVERBS = frozenset({"fully", "sufficiently", "adequately", "properly", "appropriately", "always", "consistently",
                             "readily", "reliably", "well"})


_STATE_PREDICATE = precompiled(
    r"\b(?:will\s{1,3}(?:be|remain|stay)|is|are|remains?|stays?|be)\s{1,3}(?P<kept>(?:kept|maintained|held)\s{1,3})?"
    r"(?P<degree>(?:fully|sufficiently|adequately|well|properly|always|consistently|readily|reliably|appropriately)\s{1,3})?"
    r"(?P<state>[a-z][\w-]{1,30})", re.IGNORECASE)
_SUBORDINATE = precompiled(r"\b(?:so|that|which|who|where|when|whenever|if|because|to|until|unless|once|after|before|"
                          r"while|as)\b", re.IGNORECASE)
_TIMES = precompiled(r"\b(?:\d{1,4}|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s{1,3}times\b",
                    re.IGNORECASE)


def _holds_a_state(text: str, rules: GoalRules) -> bool:
    """Whether the goal's predicate is a state rather than an action: a copula or "kept"/"maintained"
    with a quality ("will be kept clean and welcoming", "are current") or with a degree adverb and a
    participle ("will be sufficiently stocked", "is fully staffed")."""
    for n, m in enumerate(_STATE_PREDICATE.finditer(text)):
        if n >= MAX_ACTIONS:
            break
        start, _ = _sentence_of(text, m.start())
        if _SUBORDINATE.search(text, max(start, m.start() - 200), m.start()):
            continue  # "... so the ledger is accurate": the state is the purpose, not the goal
        state = m.group("state").lower()
        if m.group("kept") or m.group("degree") or state in rules.qualities:
            return True
    return False


_MONTH_NUM = {name: i for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"), 1)}
_DATE_MDY = precompiled(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_DATE_ISO = precompiled(r"\b((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?\b")
_DATE_WORDS = precompiled(r"\b([a-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}((?:19|20)\d\d)\b|"
                         r"\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?([a-z]{3,9})\.?,?\s{1,3}((?:19|20)\d\d)\b|"
                         r"\b([a-z]{3,9})\.?,?\s{1,3}((?:19|20)\d\d)\b", re.IGNORECASE)
_QUARTER_YEAR = precompiled(r"\bQ([1-4]),?\s{0,3}(?:FY\s?)?((?:19|20)?\d\d)\b|\b((?:19|20)\d\d)\s{0,3}[-–/]?\s{0,3}Q([1-4])\b", re.IGNORECASE)
_FISCAL = precompiled(r"\bFY\s?'?((?:19|20)?\d\d)\b", re.IGNORECASE)
_HALF_YEAR = precompiled(r"\bH([12]),?\s{0,3}[-–/]?\s{0,3}((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s{0,3}[-–/]?\s{0,3}H([12])\b", re.IGNORECASE)
# (a span written with words, "2026 to 2030", ends with its last year: group 3)
_YEAR = precompiled(r"\b((?:19|20)\d\d)(?:\s{0,3}[-–/]\s{0,3}((?:19|20)?\d\d)|\s{1,3}(?:to|through|until|till)\s{1,3}((?:19|20)\d\d))?\b",
                    re.IGNORECASE)


def _month(word: str) -> int | None:
    word = word.lower()
    for name, number in _MONTH_NUM.items():
        if name.startswith(word) and len(word) >= 3:
            return number
    return None


def _year(value: str) -> int:
    number = int(value)
    return number + 2000 if number < 100 else number


_SEASON_YEAR = precompiled(r"\b(spring|summer|fall|autumn|winter)(?:\s{1,3}(?:term|semester|quarter|session))?,?\s{1,3}((?:19|20)\d\d)\b(?!\s{0,3}[-–/]\s{0,3}\d)",
                          re.IGNORECASE)
_SEASON_LAST_MONTH = {"winter": 2, "spring": 5, "summer": 8, "fall": 11, "autumn": 11}


def _deadline_end(phrase: str) -> dt.date | None:
    """The last day a time phrase covers, when it names a year ("by 8/1/2014", "end of FY2019",
    "Q3 2026", "for the 2014-2015 year"); None for phrases without a year ("by June 30")."""
    m = _DATE_MDY.search(phrase)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        try:
            return dt.date(year, month, day)
        except ValueError:
            return dt.date(year, 12, 31)
    m = _DATE_ISO.search(phrase)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        day = int(m.group(3)) if m.group(3) else 28
        try:
            return dt.date(year, month, day)
        except ValueError:
            return dt.date(year, 12, 31)
    for m in _DATE_WORDS.finditer(phrase):
        if m.group(1):
            month, day, year = _month(m.group(1)), int(m.group(2)), int(m.group(3))
        elif m.group(4):
            month, day, year = _month(m.group(5)), int(m.group(4)), int(m.group(6))
        else:
            month, day, year = _month(m.group(7)), 28, int(m.group(8))
        if month:
            try:
                return dt.date(year, month, day)
            except ValueError:
                return dt.date(year, month, 28)
    m = _QUARTER_YEAR.search(phrase)
    if m:
        quarter, year = (int(m.group(1)), _year(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        return dt.date(year, quarter * 3, 30 if quarter in (2, 3) else 31)
    m = _HALF_YEAR.search(phrase)
    if m:
        half, year = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        return dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    m = _FISCAL.search(phrase)
    if m:
        return dt.date(_year(m.group(1)), 12, 31)  # fiscal years end by the close of the calendar year at the latest
    m = _SEASON_YEAR.search(phrase)
    if m:  # "by Spring 2026": a season ends with its last month (academic terms follow the same seasons)
        year, month = int(m.group(2)), _SEASON_LAST_MONTH[m.group(1).lower()]
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    m = _YEAR.search(phrase)
    if m and m.group(3):  # "over the 2026 to 2030 period"
        return dt.date(int(m.group(3)), 12, 31)
    if m:
        part = re.search(r"\b(early|mid|middle\s{1,3}of)[-\s]{0,3}\Z", phrase[:m.start()], re.IGNORECASE)
        if part and not m.group(2):  # "by mid-2026" ends with June, "early 2027" with March
            early = part.group(1).lower() == "early"
            return dt.date(int(m.group(1)), 3, 31) if early else dt.date(int(m.group(1)), 6, 30)
        if m.group(2) and _year(m.group(2)) % 100 == (int(m.group(1)) + 1) % 100:
            # a split year ("2025-2026", "2025-26") is a fiscal or school year: over by September's end
            return dt.date(int(m.group(1)) + 1, 9, 30)
        return dt.date(_year(m.group(2)) if m.group(2) else int(m.group(1)), 12, 31)
    return None


def _deadline_passed(phrase: str, today: dt.date, rule: str = "") -> bool:
    end = _period_end(phrase) if rule == "time.header_period" else _deadline_end(phrase)
    return end is not None and end < today


_PURPOSE = precompiled(
    r"(?:^|[,(]\s{0,3}|\s)(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:help\s{1,3})?(?:improve|increase|drive|support|enable|reduce|"
    r"ensure|address|build|strengthen|grow|deliver|raise|boost|meet|achieve(?!\s{1,3}(?:a|an|the)\s{1,3}(?:target|reduction|increase|level)\s{1,3}of\b)|protect|promote|expand|figure\s{1,3}out|"
    r"learn\s{1,3}(?:how|what|which|whether)|inform|attract|retain|engage|prevent|lower|cut|accelerate|prepare|"
    r"maximi[sz]e|minimi[sz]e|free\s{1,3}up|better\s{1,3}(?:serve|understand|support)|aid|facilitate|simplify|take\s{1,3}action|make\s{1,3}it\s{1,3}(?:easier|possible|faster))\b[^.;!?]{0,200}",
    re.IGNORECASE,
)
# A manner adverb splitting an infinitive, with its degree word ("to effectively recruit", "to better serve", "to more
# accurately capture"); -ly words that are no manner adverbs ("early", "monthly", "supply") are left out.
_SPLIT_ADVERB = (r"(?:(?:more|most|less)\s{1,3})?(?:better|(?![a-z]*ply\b)(?!(?:only|early|family|monthly|weekly|daily|"
                 r"quarterly|yearly|hourly|nightly|elderly|friendly|lonely|costly|timely|likely|supply|apply|reply|rely|july|"
                 r"italy|assembly|ally)\b)[a-z]{2,14}ly)\s{1,3}")
# Any verb of the goal vocabulary (or a benefit verb: unblock, assist, avoid ...) in an infinitive
# after the goal's action states what it is for ("... to unblock key customers").
_PURPOSE_TO = precompiled(r"(?:^|[,(]\s{0,3}|\s)(?:[Ii]n\s{1,3}order\s{1,3})?[Tt]o\s{1,3}(?:(?P<help>help|allow|enable)\s{1,3}"
                         r"(?:me|us|them|him|her|(?:the|our|my)\s{1,3}team)\s{1,3}(?:to\s{1,3})?)?"
                         rf"(?:{_SPLIT_ADVERB})?(?P<verb>[a-z]{{2,20}})"
                         r"(?!\s{1,3}(?:a|an|the)\s{1,3}(?:target|reduction|increase|level|rate|goal)\s{1,3}of\b)\s{1,3}[^.;!?]{2,200}")
# "for" with an activity noun closing the clause: "... in salesforce.com for closed-loop reporting."
_PURPOSE_FOR = precompiled(r"(?<!\bstrategies\s)(?<!\bapproaches\s)(?<!\boptions\s)(?<!\bideas\s)(?<!\btools\s)"
                          r"\bfor\s{1,3}(?:(?!(?:the|a|an|our|my|their|its|this|each|every|all)\s)[\w-]{2,30}\s{1,3}){0,2}"
                          r"(?P<g>[a-z]{3,30}ing)(?=\s{0,3}(?:[.;!?]|\Z))")
_ING_NOUNS = wordset("""during thing nothing something anything everything morning evening spring string ring king
building ceiling wedding meeting clothing housing funding training planning offering setting ending beginning
pricing parking lighting shipping staffing""")
_LINK = precompiled(r"\b(?:feeds?|fed|ties?|tied|contributes?|rolls?\s{1,3}up|maps?|ladders?)\s{1,3}(?:directly\s{1,3})?"
                   r"(?:into|in\s{1,3}to|to|up\s{1,3}to)\s{1,3}(?:our|the|its|their)\b[^.;!?]{0,80}"
                   r"|\b(?:supports?|serves?|advances?)\s{1,3}(?:the|our|its|their)\s{1,3}[^.;!?]{0,80}?"
                   r"\b(?:goal|objective|strategy|plan|mission|priority|initiative)s?\b", re.IGNORECASE)
_PURPOSE_PARTICIPLE = precompiled(
    r",\s{0,3}(?:thereby\s{1,3})?(?:enabling|allowing|helping|making\s{1,3}it\s{1,3}(?:possible|easier)|so\s{1,3}that)\s{1,3}[^.;!?]{3,200}"
    # a result clause that makes something better for someone (", making shift swaps easier for nurses")
    r"|,\s{0,3}(?:thereby\s{1,3}|and\s{1,3})?making\s{1,3}(?:[\w'’-]+\s{1,3}){1,6}?(?:easier|faster|simpler|safer|cheaper|clearer|"
    r"quicker|smoother|possible|more\s{1,3}[a-z]{3,20}|less\s{1,3}[a-z]{3,20})\b[^.;!?]{0,200}",
    re.IGNORECASE)
# "so" opening a clause with its own subject ("... so visitors spend less time in line", "so staff know
# their shifts"): what the goal lets someone do. "so far", "so much", "and so on" are no clause.
_SO_CLAUSE = precompiled(
    r"\bso\s{1,3}(?!(?:that|far|much|many|long|on|forth|as|called|to|too|it|this|these|those)\b)"
    r"(?:(?:the|our|my|their|your|every|each|all|no|more|fewer|new)\s{1,3}[a-z][\w'’-]{1,30}|we|they|you|everyone|people|"
    r"staff|[a-z][\w'’-]{1,30}(?<![sS]s)(?<!ous)s)\s{1,3}[a-z][\w'’-]{1,30}\b[^.;!?]{0,200}", re.IGNORECASE)
# The reason for the goal ("... because the current VMs cost too much", "since slow builds block every
# release", "given the rise in overnight admissions"); "since 2020" or "since last year" is a time.
_REASON = precompiled(
    # ("given" after a form of "be" or "get" is a passive verb, "will be given a loaner", not the preposition)
    r"\b(?:because|(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)"
    r"(?<!\bgets\s)given\s{1,3}(?:that\s{1,3})?(?=(?:the|our|a|an|rising|growing|increasing|falling)\b)|"
    r"in\s{1,3}(?:response|answer)\s{1,3}to\s{1,3}(?!(?:each|every|a|an|any|all|requests?|calls?|tickets?)\b)|"
    r"since\s{1,3}(?!(?:\d|last|then|early|mid|late|before|after|launch|inception|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|the\s{1,3}(?:start|beginning|end|"
    r"launch|last|first|previous)\b)(?=[a-z]{2,30}\s{1,3}[a-z]))"
    r"[^.;!?]{3,200}", re.IGNORECASE)
_CONSEQUENCE = precompiled(
    r"(?:^|[.!?;]\s{1,3})(?:this|that|it|doing\s{1,3}so|these|together,\s{1,3}these)\s{1,3}"
    r"(?:will\s{1,3}|would\s{1,3}|should\s{1,3}|can\s{1,3}|is\s{1,3}expected\s{1,3}to\s{1,3})?(?P<help>help\s{1,3}(?:to\s{1,3})?)?"
    r"(?P<verb>[a-z]{3,20})\b[^.;!?]{3,200}", re.IGNORECASE)
def _serves_people(phrase: str, rules: GoalRules) -> bool:
    """Whether the phrase names the people a goal serves ("patient care", "for families")."""
    return any(w in rules.beneficiaries or stem(w) in rules.beneficiaries
               for w in (w.lower() for w in letter_words(phrase)))


# The organisation's own people: a purpose that reaches them ("to help the sales team close more deals", "to reduce
# the workload of our support staff", "to give managers better data") goes beyond the goal's action as a purpose
# that reaches the people it serves does.
_OWN_PEOPLE = wordset("""staff staffs team teams colleague colleagues coworker coworkers co-worker co-workers manager
managers supervisor supervisors leader leaders leadership executive executives nurse nurses physician physicians
clinician clinicians doctor doctors teacher teachers faculty educator educators engineer engineers developer developers
agent agents representative representatives personnel workforce hires recruits trainees interns newcomers apprentices""")


def _reaches_people(phrase: str, rules: GoalRules) -> bool:
    """Whether a purpose names people beyond the goal's own work: those it serves or the organisation's own."""
    return _serves_people(phrase, rules) or any(w.lower() in _OWN_PEOPLE for w in letter_words(phrase))


def _moves_a_metric_words(obj: str, rules: GoalRules) -> bool:
    return any(w.lower() in rules.metric_nouns for w in letter_words(obj)[:8])


_BENEFICIARY_RESULT = precompiled(
    r"(?:[.!?;]|,\s{0,3}and)\s{1,3}(?P<subject>(?:(?:the|our|all|every|each|more|fewer|most|many|their|its)\s{1,3})?"
    r"(?:[\w'’-]+\s{1,3}){0,2}?(?P<who>[A-Za-z][\w'’-]{1,30}))\s{1,3}(?:will|can|could|would|should|may|then)\s{1,3}"
    r"(?P<rest>[^.;!?]{3,200})", re.IGNORECASE)
# Agent nouns (English derivation: -er, -or, -ist, -ian, -ee, -ant; Marchand 1969, The Categories and Types of
# Present-Day English Word-Formation, 4.30) name people by what they do ("applicants", "borrowers", "shoppers");
# the same suffix also makes instruments ("servers", "printers"), which a goal acts on: an agent noun counts as
# the people served only when it is not already in the goal (its object).
_AGENT_NOUN = precompiled(r"[a-z]{3,}(?:ers|ors|ists|ians|ees|ants)", re.IGNORECASE)


def _agent_noun(word: str, lowered: str, start: int) -> bool:
    """Whether ``word`` is an agent noun not already in the goal before ``start`` (``lowered``: the text, lower case)."""
    return bool(_AGENT_NOUN.fullmatch(word)) and lowered.find(word.lower()[:-1], 0, start) < 0


_PASSIVE_START = precompiled(r"(?:then\s{1,3}|also\s{1,3})?(?:be|get|have\s{1,3}been)\s{1,3}(?:[a-z]+ly\s{1,3})?[a-z]+(?:ed|en|wn|ld|nt|ght)\b",
                            re.IGNORECASE)
# what changes for them: a comparative, an ability gained or a state ended
_CHANGE_FOR_THEM = precompiled(r"\b(?:sooner|faster|quicker|earlier|less|more|fewer|better|safer|easier|lower|higher|"
                              r"shorter|longer|closer|no\s{1,3}longer|(?:be\s{1,3})?able\s{1,3}to|[a-z]{3,}ier)\b", re.IGNORECASE)
# the goal's main verb meets or serves an aim ("Meet the accreditation requirements", "Support the unit's safety plan")
_SERVES_AIM = precompiled(
    r"(?:meet|satisfy|fulfil|fulfill|comply\s{1,3}with|achieve|support|advance|deliver\s{1,3}on)\s{1,3}"
    r"(?:the|our|its|their|my|[\w-]+['’]s)\s{1,3}(?:[\w'’-]+\s{1,3}){0,4}?(?:objectives?|goals?|priorit(?:y|ies)|"
    r"initiatives?|strateg(?:y|ies)|plans?|missions?|okrs?|roadmaps?|requirements?|commitments?|mandates?|standards?)\b"
    r"[^.;!?]{0,80}\Z", re.IGNORECASE)
_SELF_REFERENCE = precompiled(r"\b(?:this|that|my|these)\s{1,3}(?:goals?|objectives?|targets?|aims?)\s{0,3}\Z", re.IGNORECASE)
# Nouns naming a state of a place or group ("a working environment", "a culture", "a climate"): a relative clause on
# one says which state is sought, as an adjective would ("an environment that promotes employee growth").
_STATE_HEADS = frozenset({"environment", "environments", "culture", "cultures", "climate", "atmosphere", "ethos"})
_FIRST_RELATIVE = precompiled(r"\b(?:that|which|who)\b", re.IGNORECASE)


def _state_antecedent(text: str, at: int) -> bool:
    """Whether the relative clause at ``at`` (or the first one of its sentence it is coordinated with, "... that is
    moving towards X and which promotes Y") hangs on a state noun."""
    start = _sentence_of(text, at)[0]
    first = _FIRST_RELATIVE.search(text, start, at + 5)
    before = re.search(r"([A-Za-z]+)\s{0,3},?\s{0,3}\Z", text[start:first.start() if first else at])
    return bool(before) and before.group(1).lower() in _STATE_HEADS


_OBJECT_RELATIVE = precompiled(r"\b(?:that|which|who)\s{1,3}(?:will\s{1,3}|would\s{1,3}|can\s{1,3})?(?P<help>(?:help|helps)\s{1,3}(?:to\s{1,3})?)?"
                              r"(?P<verb>[a-z]{3,20})\b[^.;!?]{3,200}", re.IGNORECASE)
_ENABLING = frozenset({"let", "lets", "help", "helps", "allow", "allows", "enable", "enables", "give", "gives", "make",
                       "makes", "save", "saves", "free", "frees"})
_RESULT_CLAUSE = precompiled(
    r",\s{0,3}(?:(?:and\s{1,3})?(?:thereby|thus|ultimately|in\s{1,3}turn)\s{1,3})?"
    r"(?:which\s{1,3}(?:will\s{1,3}|would\s{1,3}|should\s{1,3}|is\s{1,3}expected\s{1,3}to\s{1,3}|in\s{1,3}turn\s{1,3})?"
    r"(?:(?:help|helps)\s{1,3}(?:to\s{1,3})?)?(?P<verb>[a-z]{3,20})|(?P<ing>(?P<verb_ing>[a-z]{3,20}ing)))\b"
    r"(?=\s{1,3}[^.;!?]{3,200})[^.;!?]{3,200}", re.IGNORECASE)
_MISSION = precompiled(
    r"\b(?:the|our|its|their)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?(?:mission|purpose|vision|aim)\s{1,3}(?:of\s{1,3}[^.;:!?]{1,60}?\s{1,3})?"
    r"(?:is|are|will\s{1,3}be)\s{1,3}to\b[^.;!?]{0,200}"
    r"|\b(?:the|our)\s{1,3}(?:top[\s-]line|main|overall|overarching|strategic|north[\s-]star|primary|key|annual|team['’]s|[\w-]{1,30}['’]s)\s{1,3}"
    r"(?:goal|objective|priority|aim)\s{1,3}(?:for\s{1,3}[^.;:!?]{1,60}?\s{1,3})?(?:is|are|will\s{1,3}be)\s{1,3}to\b[^.;!?]{0,200}"
    r"|\b(?:the|our)\s{1,3}(?:goal|objective|aim)\s{1,3}for\s{1,3}[^.;:!?]{1,60}?\s{1,3}(?:is|are|will\s{1,3}be)\s{1,3}to\b[^.;!?]{0,200}"
    r"|\bas\s{1,3}part\s{1,3}of\s{1,3}(?:the\s{1,3}|our\s{1,3}|a\s{1,3}|an\s{1,3})?[\w-]{2,40}[^.;!?]{0,80}",
    re.IGNORECASE)
_PLACEHOLDER_QTY = precompiled(r"\s{0,200}(?:[XN]{1,2}#?%?|#|TBD|\[N\]|\[X\])\s{1,3}(?:of\s{1,3})?[A-Za-z]", re.IGNORECASE)
_REMARK_ON_GOAL = precompiled(r"\s{0,3}(?:this|that|it)\s{1,3}(?:will|would|should|can|could|may|might|must|is|was|has|"
                             r"takes|requires|needs|lasts|runs)\b", re.IGNORECASE)
_ELABORATION = precompiled(r"\s{0,3}(?:this|that|it)\s{1,3}(?:means|involves|includes|will\s{1,3}(?:mean|involve|include))\b", re.IGNORECASE)
_NEED = precompiled(r"(?:^|[.!?]\s{1,3}|\bbecause\s{1,3}(?:our\s{1,3}|the\s{1,3}|many\s{1,3}|most\s{1,3})?)(?:[A-Z][\w-]{1,30}\s{1,3}){0,2}?(?:customers|users|developers|teams|clients|students|"
                   r"patients|staff|members|engineers|partners|managers|employees)\s{1,3}(?:need|want|ask\s{1,3}for|rely\s{1,3}on|"
                   r"depend\s{1,3}on)\b[^.;!?]{0,120}", re.IGNORECASE)
_DELIBERATIVE_BODY = precompiled(
    r"\b(?:committee|subcommittee|task\s{1,3}force|working\s{1,3}group|work\s{1,3}group|workgroup|panel|council|commission|"
    r"steering\s{1,3}group|advisory\s{1,3}(?:group|board)|focus\s{1,3}group|study\s{1,3}group|review\s{1,3}board)s?"
    r"(?:\s{1,3}(?:of|with)\s{1,3}[^.;!?,]{1,30})?\s{0,3}\Z", re.IGNORECASE)
_INQUIRY = precompiled(
    r"(?:[,(]\s{0,3}|\s)(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:analy[sz]e|review|study|assess|evaluate|examine|investigate|explore|"
    r"research|discuss|consider|look\s{1,3}(?:at|into)|recommend|propose|identify|advise|deliberate|report|draft|develop\s{1,3}"
    r"recommendations|make\s{1,3}recommendations)\b", re.IGNORECASE)
_KR_BLOCK = precompiled(r"(?:^|(?<=[\n.!?]))[ \t]{0,3}key\s{1,3}results[ \t]{0,3}(?::|(?=\n))", re.IGNORECASE)
# Key-result and objective labels, short and numbered too ("KR1.2:", "Key Result 1.1:", "O:", "O2:", "Obj 1:",
# "Objective 2:"), as OKR sheets write them.
_KR_LABEL = precompiled(r"\b(?:KR|key\s{1,3}results?)\s{0,3}(?:\d{1,2}(?:\.\d{1,2})?)?\s{0,3}:", re.IGNORECASE)
_OKR_MARK = precompiled(r"\b(?:objective|obj\.?|goal|o)\s{0,3}(?:\d{1,2}(?:\.\d{1,2})?)?\s{0,3}:\s{0,3}[^.;!?\n]{3,200}",
                        re.IGNORECASE)


# The purpose adjuncts of English grammar besides the bare infinitive and "so that" (Quirk et al. 1985,
# A Comprehensive Grammar of the English Language, 15.48-15.49: "in order to", "so as to", "with the aim of",
# "with a view to", "for the purpose of"; "in an effort to" and "in pursuit of" likewise name an aim).
_PURPOSE_ADJUNCT = precompiled(
    r"(?:[,(]\s{0,3}|\s)(?:with\s{1,3}(?:the|an?)\s{1,3}(?:(?:overall|ultimate|broader|long-term)\s{1,3})?"
    r"(?:aim|goal|intent|intention|objective|purpose|view|hope)\s{1,3}(?:of|to)|for\s{1,3}the\s{1,3}(?:purpose|sake)\s{1,3}of|"
    r"in\s{1,3}an?\s{1,3}(?:effort|attempt|bid|drive|push)\s{1,3}to|in\s{1,3}pursuit\s{1,3}of|so\s{1,3}as\s{1,3}to)"
    r"\s{1,3}[^.;!?]{3,200}", re.IGNORECASE)
_AIM_WORDS = (r"\b(?:objectives?|goals?|priorit(?:y|ies)|targets?|missions?|visions?|plans?|strateg(?:y|ies)|"
              r"initiatives?|commitments?|okrs?|roadmaps?|agendas?|mandates?|pillars?|aims?|outcomes?|ambitions?)")
_AIM_HEAD = precompiled(_AIM_WORDS + r"\s{0,3}\Z", re.IGNORECASE)
_AIM_WORD = precompiled(_AIM_WORDS + r"\b", re.IGNORECASE)


def _handed_on_for(text: str, m: re.Match[str], rules: GoalRules) -> bool:
    """A bare process noun after a thing sent to a recipient ("send it to the lab for testing", "pass them to accounts
    for filing"): what the recipient does with it next, another step of the same work, no purpose beyond it."""
    if rules.sending_verbs is None or not re.fullmatch(r"for\s{1,3}", text[m.start():m.start("g")], re.IGNORECASE):
        return False
    start = _sentence_of(text, m.start())[0]
    clause = text[start:m.start()].rsplit(",", 1)[-1].rsplit(";", 1)[-1]
    verb = rules.sending_verbs.search(clause)
    return verb is not None and re.search(r"\bto\s{1,3}\S", clause[verb.end():]) is not None


_OWN_LEVEL = precompiled(r"\s{1,3}of\s{1,3}(?:[a-z]+ing\b|[$€£]?\d|(?:at\s{1,3}least|no\s{1,3}(?:more|less)\s{1,3}than)\b)",
                         re.IGNORECASE)


def _conformance_only(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """A link that holds the work to norms in general ("in line with regulations", "in accordance with legal
    requirements") or to a norm whose content is the goal's own level ("to meet the national standard of answering
    95% of calls"): how the work is done, no reason for it. A definite instrument the work answers to ("in line with
    the payroll controls policy", "the Misuse of Drugs Regulations") is a named commitment (evals/dev7), and a plan or
    objective named in the link is an aim: both are reasons."""
    if rules.conformance is None:
        return False
    start += len(text[start:end]) - len(text[start:end].lstrip(" ,("))
    m = rules.conformance.match(text, start)
    if m is None:
        return False
    stop = re.search(r"[,;.!?]|\b(?:so|because|which)\b", text[m.end():])
    phrase = text[start:m.end() + (stop.start() if stop else len(text) - m.end())]
    if _AIM_WORD.search(phrase):
        return False
    first = (m.group("np").split() or [""])[0].lower()
    definite = first in _DEFINITE or first.endswith(("'s", "’s"))
    return not definite or bool(_OWN_LEVEL.match(text, m.end()))
# A non-restrictive relative clause that predicates of the goal its place among aims or what it matters to
# (", which is a council priority", ", which is critical to patient safety"): a reason beyond the action.
_PREDICATED_AIM = precompiled(
    r"[,(]\s{0,3}(?:(?:which|this|that)\s{1,3}(?:is|are|will\s{1,3}be|remains?)\s{1,3}|(?=(?:a|an|one\s{1,3}of)\s))"
    r"(?:(?:also|still)\s{1,3})?(?:"
    r"(?:(?:a|an|the|one\s{1,3}of\s{1,3}(?:the|our|its|their))\s{1,3})?(?:[\w'’-]+\s{1,3}){0,3}?"
    r"(?:priorit(?:y|ies)|objectives?|goals?|commitments?|pillars?|mandates?|requirements?)\b"
    r"|(?:(?:so|very|especially|particularly)\s{1,3})?(?:key|critical|central|essential|vital|crucial|important|necessary|"
    r"integral|fundamental)\s{1,3}(?:to|for)\s{1,3}[a-z])[^.;!?]{0,200}", re.IGNORECASE)
# Verbs whose object is the subject of the infinitive after it ("ask every manager to submit", "train staff to
# use", "use the CRM to log"): the infinitive says what the action is, not what it is for.
_CONTROL_VERBS = wordset("""ask asks asking train trains teach teaches teaching encourage encourages encouraging invite
invites inviting require requires requiring remind reminds urge urges persuade persuades convince convinces get gets
getting allow allows allowing enable enables enabling empower empowers empowering equip equips equipping coach
coaches coaching mentor mentors mentoring challenge challenges challenging motivate motivates motivating expect
expects tell tells instruct instructs direct directs assign assigns assigning authorize authorise authorizes
permit permits push pushes task tasks use uses using utilize utilise utilizes utilizing leverage leverages
leveraging need needs want wants help helps helping""")
_TARGET_VERBS = frozenset({"reach", "achieve", "attain", "hit", "get"})
_TARGET_VALUE = precompiled(r"\s{1,3}(?:(?:a|an|the|our|its)\s{1,3})?(?:(?:new|target|goal|level|rate|total|score)\s{1,3}(?:of\s{1,3})?)?"
                           r"(?:net[\s-]{1,3}zero|zero|carbon[\s-]neutral|[$€£<>≤≥]?\s?\d|one\s{1,3}hundred|half|parity)",
                           re.IGNORECASE)
_NOT_INFINITIVE_BEFORE = precompiled(r"\b(?:up|due|according|next|close|compared|prior|addition|relation|respect|regard|"
                                    r"access|contribution|changes?|exposure|visits?|trips?|commitment|attached|related|"
                                    r"similar|subject|open|home|back|and|or)\s{0,3}\Z", re.IGNORECASE)

# What only a verb's object opens (a determiner, a possessive, a count of a plural kind or "N of"): a noun-or-verb word
# before it is the verb ("to staff the new night shift", "to house 20 families", "to house 100 of the city's homeless");
# a noun is followed by its compound's head or a name's number ("to care homes", "to store 12 by Friday").
# A determiner opening a time phrase ("to staff the week before", "to reception the evening before") is no object: the
# phrase says when, and the word before it stays a noun.
_VERB_OBJECT_AFTER = precompiled(r"\s{1,3}(?:(?:the|a|an|our|their|its|this|these|those|every|each|all|his|her|your|my)\s"
                                 r"(?!\s{0,3}(?:(?:same|next|following|previous|first|last|whole|entire)\s{1,3})?"
                                 r"(?:day|week|month|year|morning|afternoon|evening|night|weekend|quarter|term|semester|"
                                 r"time)s?\b)|\d[\d,]*\s{1,3}(?:of\s|[a-z]{2,30}s\b))", re.IGNORECASE)
# Words English inflects as verbs that after "to" are far more often the first noun of a recipient or place
# ("to school leavers", "to care homes", "to field staff", "to market"): outside the listed verbs, no purpose.
_NOUN_FIRST = wordset("""school schools market markets service services field fields care house home homes staff program
programme programs email emails contact contacts network date store stores stock feature features partner partners
record records schedule budget target targets project projects product products board office site sites center centre
table place face head hand water power light land floor front family member members user users client clients
customer customers patient patients student students parent parents community group groups team teams state states
city county nation world country region district town village council court church hospital clinic bank farm
shop desk line lines unit units level levels grade grades class classes course courses table tables case cases
""")
# "sufficiently stocked to match demand", "large enough to seat 200": a degree complement says how much, not why.
_DEGREE_BEFORE = precompiled(r"\b(?:sufficiently|adequately|enough|too)(?:\s{1,3}[\w'’-]+){0,2}\s{0,3}\Z", re.IGNORECASE)


_OWN_VERB_BEFORE = precompiled(
    r"\b(?:want|wants|need|needs|plan|plans|aim|aims|try|tries|going|able|how|like|have|has|continue|"
    r"is|are|was|be|being|committed|expected|asked|required|ready|available|prepared|trained|"
    r"certified|equipped|used|reduce[sd]?|increase[sd]?|grow|from|up|down|best|"
    # a noun's own infinitive ("an approach to track", "mean time to resolve")
    r"approach(?:es)?|way|ways|ability|time|effort|attempt|plans?|strateg(?:y|ies)|process|means|"
    r"mechanism|capacity|opportunit(?:y|ies)|decision|right|tools?)\s{0,3}$")
_LEAD_IN_BEFORE = precompiled(r"\b(?:want|wants|need|needs|plan|plans|aim|aims|intend|intends|hope|hopes|going|"
                             r"is|are|was|be|being|will\s{1,3}be|committed|expected|like)\s{0,3}$")


_HEADLINE_TO = precompiled(r"[\s,(]{0,3}(?:[Ii]n\s{1,3}order\s{1,3})?(?P<to>[Tt]o)\s")
_HEADLINE_LABEL = precompiled(r".{1,60}?\s[-–—]\s|[^:]{1,60}:\s")
_HEADLINE_OPENERS = frozenset({"each", "every", "all", "the", "our", "its", "their", "most", "both"})
_FINITE_MARK = precompiled(r"\b(?:will|shall|is|are|was|were|be|been|has|have|had|can|must|should|would|could|may|might|"
                           r"do|does|did)\b|\w['’]ll\b", re.IGNORECASE)


def _headline_infinitive(text: str, at: int, rules: GoalRules) -> bool:
    """Whether the infinitive at ``at`` is the goal's own predicate in headline form: only its subject stands before it
    in the sentence ("Each depot to cut fuel use by 8%", "All wards to complete the checklist", "Contractors to submit
    timesheets"), as in a target list where "to" stands for "will". An infinitive after a finite or imperative verb
    ("Each depot will cut fuel use to meet ...", "Train two call handlers to shorten ...") is a purpose."""
    to = _HEADLINE_TO.match(text, at)
    if to is None:
        return False
    start = _sentence_of(text, at)[0]
    label = _HEADLINE_LABEL.match(text, start, to.start("to"))
    if label:
        start = label.end()
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start:to.start("to")])
    if not words or len(words) > 5 or _FINITE_MARK.search(text, start, to.start("to")):
        return False
    if words[0].lower() in _HEADLINE_OPENERS:
        return True
    if len(words) <= 3 and _plural_noun(words[-1]) and words[0][0].isupper() and not _verb_word(words[0].lower()):
        # a plural subject with no verb before it ("Regional offices to answer ...", "Trusts to improve ..."); a
        # verb with its object ("Train staff to ...") is no subject
        return not _HAS_VERB(text, start, start + len(text[start:to.start("to")].rstrip()) - len(words[-1]), rules)
    return False


def _own_infinitive(text: str, at: int, lead_in_only: bool = False) -> bool:
    """Whether the infinitive at ``at`` is the goal's own verb after a lead-in or a noun that takes it ("Our goal
    is to reduce", "we want to improve", "an approach to track"), not a purpose; ``lead_in_only``: the lead-ins
    alone ("a process to free up two analysts" states what the process is for)."""
    return bool((_LEAD_IN_BEFORE if lead_in_only else _OWN_VERB_BEFORE).search(text[max(0, at - 30):at + 1].lower()))


# The people, bodies and results a goal can serve ("to safeguard the records residents depend on", "to curb
# rising costs"): with one of them, an infinitive outside the listed verbs states an aim; without, it may be the
# action's own content ("to introduce the benefits portal").
_AIM_WORDS = wordset("""team teams department departments organization organisation organizations company business
businesses agency unit division stakeholders partners partner public city county state region nation
objective objectives goal goals priority priorities mission vision plan plans strategy initiative initiatives
commitment commitments target targets roadmap outcome outcomes accreditation compliance
satisfaction retention safety quality revenue revenues cost costs growth efficiency engagement access trust health
wellbeing well-being productivity reliability equity awareness sustainability resilience success capacity accuracy
risk risks errors error waste emissions demand experience confidence loyalty morale turnover attendance enrollment
enrolment participation readiness performance profitability savings spending backlog delays downtime
staff managers supervisors leaders leadership nurses teachers faculty colleagues coworkers teammates clinicians
physicians doctors providers agents volunteers parents households""")


def _names_an_aim(phrase: str, rules: GoalRules) -> bool:
    """Whether the purpose names whom or what it serves: a beneficiary, an organisation, an aim or a result."""
    for word in (re.sub(r"['’]s$", "", w.lower()) for w in letter_words(phrase)):  # ("the city's homeless")
        if (word in _AIM_WORDS or word in rules.beneficiaries or stem(word) in rules.beneficiaries
                or word in rules.metric_nouns or word in rules.institution_words or word in _MORE_PEOPLE):
            return True  # ("to feed homebound seniors", "to educate first-time home buyers": people it serves)
    return bool(_PEOPLE_BY_ADJECTIVE.search(phrase))


def _each_infinitive(text: str) -> list[re.Match[str]]:
    """Every "to <verb> ..." of the text, each tried on its own: a preposition's "to" earlier in the sentence
    ("letters to incoming freshmen to ...") must not hide the infinitive after it."""
    found = []
    for t in re.finditer(r"(?:^|[,(]\s{0,3}|\s)(?=(?:[Ii]n\s{1,3}order\s{1,3})?[Tt]o\s)", text):
        m = _PURPOSE_TO.match(text, t.start())
        if m:
            found.append(m)
    return found


def _verb_word(word: str) -> bool:
    """Whether English inflects the word as a verb: regular past and -ing forms in the word list, or an irregular
    verb ("rebuild": rebuilt)."""
    if _inflects_as_verb(word) or (word in IRREGULAR_VERBS and len(word) > 2):
        return True
    prefix = re.match(r"(?:re|out|over|under|mis|up|with|fore)(?=[a-z]{3})", word)
    return bool(prefix) and word[prefix.end():] in IRREGULAR_VERBS


def _open_purpose_verb(text: str, m: re.Match[str]) -> bool:
    """Whether "to <verb> <object>" outside the listed verbs is a purpose infinitive: a word English inflects as a
    verb (it has past and -ing forms), followed by its object, not a preposition's noun ("up to date", "access to
    care") and not a verb more often a noun after "to" (``_NOT_PURPOSE``)."""
    verb = m.group("verb").lower()
    if (verb in _NOT_PURPOSE or verb in _NOUN_FIRST and not _VERB_OBJECT_AFTER.match(text, m.end("verb"))
            or verb in STOPWORDS or verb in NUMBER_WORDS or not _verb_word(verb)):
        return False  # "reduce turnover to zero": an end value
    if _NOT_INFINITIVE_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1) or _DEGREE_BEFORE.search(
            text, max(0, m.start() - 40), m.start() + 1):
        return False
    prior = letter_words(text[max(0, m.start() - 30):m.start() + 1])
    if prior and (is_participle(prior[-1].lower()) or prior[-1].lower().endswith("able")):
        return False  # "apprenticeships offered to school leavers", "available to": a preposition's "to"
    if _VERB_OBJECT_AFTER.match(text, m.end("verb")):
        return True  # ("to house 20 families": a counted object)
    after = re.match(r"\s{1,3}([A-Za-z][\w'’-]*)", text[m.end("verb"):])
    return bool(after) and after.group(1).lower() not in PREPOSITIONS and after.group(1).lower() not in (
        "and", "or", "but", "than", "as")


_CONTROL_NOUN = precompiled(r"\b(?:the|its|their|our|this|greater|wider|more)\s{1,3}([A-Za-z]{3,20})\s{1,3}of\b",
                           re.IGNORECASE)


def _infinitive_complement(text: str, to_at: int) -> bool:
    """Whether the infinitive at ``to_at`` completes a control verb a few words before it in its clause ("ask every
    manager to submit", "use the CRM to log")."""
    clause = re.split(r"[,;:.!?()]", text[max(0, to_at - 60):to_at])[-1]
    every = [w.lower() for w in letter_words(clause)]
    words = every[-5:]
    # a control word after a determiner and before "of" is a noun ("promote the use of reusable containers to reduce
    # waste"): the infinitive is the purpose of the whole action, not the complement of a verb
    nouns = {m.group(1).lower() for m in _CONTROL_NOUN.finditer(clause)}
    return any(w in _CONTROL_VERBS and w not in nouns and not _gerund_modifier(every, len(every) - len(words) + n)
               for n, w in enumerate(words[:-1] or words))


def _gerund_modifier(words: list[str], at: int) -> bool:
    """Whether the -ing word at ``at`` modifies a noun inside a noun phrase ("a peer mentoring program", "the coaching
    plan"): a determiner one or two words before it and a word after it, so it is no verb taking an infinitive."""
    return (words[at].endswith("ing") and at + 1 < len(words)
            and any(w in _DETERMINERS for w in words[max(0, at - 2):at]))


def _catenative_infinitive(text: str, at: int, rules: GoalRules) -> bool:
    """Whether the infinitive at ``at`` completes a catenative verb just before it ("Learn to effectively delegate",
    "Begin to fully automate the build"): the goal's own action, no purpose ("from the start to ..." has a noun)."""
    words = [w.lower() for w in letter_words(text[max(0, at - 40):at + 1])]
    return bool(words) and words[-1] in rules.catenative_forms and not (len(words) > 1 and words[-2] in _DETERMINERS)


# The head of a metric named from one stage to the next ("the lead to demo ratio", "the quote to close rate", "the order
# to ship time"): a bare singular "ratio" or "rate" cannot be a verb's object, so "to <word>" before it joins the name.
_STAGE_METRIC_HEAD = precompiled(r"\s{1,3}(?P<head>ratio|rate|time|cycle)\b(?!\s{0,3}-)", re.IGNORECASE)


def _stage_metric_name(text: str, m: re.Match[str]) -> bool:
    """Whether "to <word>" is the middle of a stage-to-stage metric's name, no infinitive. A "time" or "cycle" head can
    be a verb's object ("to save time"), so there the first stage must be one singular noun after a determiner ("the
    order to ship time"; "the pick routes to save time" is a purpose)."""
    head = _STAGE_METRIC_HEAD.match(text, m.end("verb"))
    if head is None:
        return False
    if head.group("head").lower() in ("ratio", "rate"):
        return True
    before = [w.lower() for w in letter_words(text[max(0, m.start() - 40):m.start() + 1])]
    return len(before) >= 2 and before[-2] in _DETERMINERS and not before[-1].endswith("s")


# An infinitive split by a comparative manner adverb ("to more accurately capture", "to better track"): it names how the
# act is to be done better than now, a change sought beyond the goal's own act.
_COMPARATIVE_SPLIT = precompiled(r"[\s,(]{0,4}(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:(?:more|less)\s{1,3}[a-z]{2,14}ly|better)\s",
                                 re.IGNORECASE)


def _target_infinitive(text: str, m: re.Match[str]) -> bool:
    """Whether "to reach/achieve <value>" after a change only names the change's end value ("reduce emissions to
    reach net zero"), the target itself rather than an aim beyond it."""
    head = re.match(r"(?:[,(]\s{0,3}|\s)(?:in\s{1,3}order\s{1,3})?to\s{1,3}([a-z]{2,20})", text[m.start():m.end()])
    return bool(head) and head.group(1).lower() in _TARGET_VERBS and bool(
        _TARGET_VALUE.match(text, m.start() + head.end()))


# A role fronted as an apposition to the goal's subject ("As the clinic's infection-control lead, audit ...", "As the
# practice's only phlebotomist, train ..."): the writer's role, told as the reason the goal is theirs. The phrase is a
# noun phrase (determiner, modifiers, possessives) whose head names a person, with an optional place ("in the office"),
# closed by a comma; "As a result of the audit,", "As agreed with the landlord," and "As the system goes live," are no
# such phrase (a head that names no person, a participle, a verb).
_ROLE_APPOSITION = precompiled(
    r"(?:^|(?<=[.!?:;\n]))[ \t\-*•]{0,8}[Aa]s\s{1,3}(?P<np>(?:[\w'’-]{1,30}\s{1,3}){0,5}?[A-Za-z][\w-]{1,30})"
    r"(?:\s{1,3}(?:in|at|for|of|on|across|within)\s{1,3}[^,.;:!?\n]{1,50}?)?\s{0,3},")
_NP_OPENERS = frozenset({"the", "a", "an", "our", "my", "their", "its", "this"})
# Agent suffixes (Marchand 1969, 4.30, as ``_AGENT_NOUN``), singular: a word with one that no word list knows
# ("phlebotomist", "first-aider") names a person; a common one ("matter", "order") is judged by WordNet's person nouns.
_AGENT_SINGULAR = precompiled(r"[a-z]{3,}(?:er|or|ist|ian|ee|ant|ent)")


def _names_a_person(word: str, rules: GoalRules) -> bool:
    """Whether a singular head noun names a person: a WordNet person noun, a role head of rule ``relevant.role``
    ("lead", "champion"), or an agent noun that is no common word ("phlebotomist", "first-aider")."""
    from assistant.names import lexicon

    lowered = word.lower()
    last = lowered.rsplit("-", 1)[-1]
    if last in person_nouns():
        return True
    role = next((r.regex for r in rules.rules if r.id == "relevant.role" and r.regex is not None), None)
    if role is not None and role.fullmatch(f"as the {last}"):
        return True
    common = lexicon().common
    return bool(_AGENT_SINGULAR.fullmatch(last)) and lowered not in common and last not in common


def _role_apposition(text: str, rules: GoalRules) -> tuple[int, int] | None:
    """The span of a fronted role ("As the store's deputy manager,"), or None."""
    for m in _ROLE_APPOSITION.finditer(text):
        words = m.group("np").split()
        opened = words[0].lower() in _NP_OPENERS
        modifiers = words[1:-1] if opened else words[:-1]
        if any(w.lower() in PREPOSITIONS or w.lower() in STOPWORDS and w.lower() not in ("only", "new", "first")
               for w in modifiers) or not opened and is_participle(words[0].lower()):
            continue  # "As agreed with the landlord", "As discussed,": a clause, not a noun phrase
        if _names_a_person(words[-1], rules):
            return m.start("np") - 3, m.end() - 1
    return None


# The people a goal is for, named by an unmet need ("for tenants who do not read English", "for members who cannot leave
# the house", "for parents on low incomes", "for families in need"): the need is why the work matters. A plain audience
# ("for customers", "for parents") names no need; nor does a condition after "with" ("decisions for patients with a
# learning disability"), which often only says whom the work is about (evals/dev15, tune half).
_SERVED_WITH_NEED = precompiled(
    r"\bfor\s{1,3}(?:(?:the|our|all|local|\d[\d,]*)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?P<who>[A-Za-z][\w'’-]{2,30})"
    r"\s{1,3}(?P<need>without\s{1,3}(?:a\s{1,3}|any\s{1,3})?[a-z]|on\s{1,3}low\s{1,3}incomes?\b|at\s{1,3}risk\b|in\s{1,3}need\b"
    r"|who\s{1,3}(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|do\s{1,3}not|don['’]t|are\s{1,3}unable|have\s{1,3}no|lack|"
    r"struggle|need)\b)", re.IGNORECASE)


def _served_with_need(text: str, rules: GoalRules) -> tuple[int, int] | None:
    """The span of the people a goal serves, named by a need ("for customers with hearing loss"), or None."""
    for m in _SERVED_WITH_NEED.finditer(text):
        who = m.group("who")
        if _plural_noun(who) and (_serves_people(who, rules) or _AGENT_NOUN.fullmatch(who)
                                  or _names_a_person(who[:-1], rules)):
            return _trim(text, m.start(), _segment_end_after(text, m.end()))
    return None


def _segment_end_after(text: str, pos: int) -> int:
    """The end of the clause that runs on from ``pos`` (the next sentence or clause mark, or the text's end)."""
    end = _SEGMENT_END.search(text, pos)
    return end.start() if end else len(text)


def _structural_relevance(text: str, rules: GoalRules, measures: list[Hit], time_spans: list[tuple[int, int]],
                          results: list[int] | None = None, deliverables: list[Hit] | None = None) -> Hit | None:
    """A purpose beyond the action, read from the goal's structure (rule ``relevant.structure``)."""
    for m in _OKR_MARK.finditer(text):
        if _KR_LABEL.search(text, m.end()):
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # an unlabelled headline above a "Key results:" block is the key results' objective, as a labelled one is
    # (on its own line; inline, the layout reads it as context)
    for m in _KR_BLOCK.finditer(text):
        head = _trim(text, 0, m.start())
        line = text[head[0]:head[1]].lstrip(" -*•")
        if (len(letter_words(line)) >= 3 and not line.endswith(":") and not _KR_LABEL.search(line)
                and not any(r <= m.start() for r in results or [])):
            return Hit("relevant.structure", head[1] - len(line), head[1])
    means = [m.start() for m in _MEANS.finditer(text)]
    first_tries = {m.start() for m in _PURPOSE_TO.finditer(text)}
    purposes = sorted([*_PURPOSE.finditer(text), *(m for m in _each_infinitive(text)
                                                   if (m.group("help") or m.group("verb").lower() in rules.purpose_verbs)
                                                   and (m.start() in first_tries or _names_an_aim(m.group(), rules))
                                                   or _open_purpose_verb(text, m) and (
                                                       _names_an_aim(m.group(), rules)
                                                       or _COMPARATIVE_SPLIT.match(text, m.start()))),
                       *(m for m in _PURPOSE_FOR.finditer(text) if m.group("g").lower() not in _ING_NOUNS
                         and not _handed_on_for(text, m, rules)),
                       *_PURPOSE_ADJUNCT.finditer(text)],
                      key=lambda m: m.start())
    for m in purposes:
        if (_infinitive_complement(text, m.start()) and not _owned_change(text, m, rules)) or _target_infinitive(text, m):
            continue  # "ask every manager to submit ...", "reduce emissions to reach net zero": no purpose beyond the action
        if _own_infinitive(text, m.start()) and not _made_plan_aim(text, m.start(), rules):
            continue  # "want to improve", "is to reduce": the goal's own verb, not a purpose
        if _catenative_infinitive(text, m.start(), rules):
            continue  # "Learn to effectively delegate", "Begin to fully automate": the goal's own action
        if "verb" in m.re.groupindex and _stage_metric_name(text, m):
            continue  # "the lead to demo ratio": the metric's name, no infinitive
        if _headline_infinitive(text, m.start(), rules):
            continue  # "Each depot to cut fuel use by 8%", "Contractors to submit timesheets": the goal's own verb
        if _conformance_only(text, m.start(), m.end(), rules):
            continue  # "to comply with the safety standards": the level the work is held to, no purpose beyond it
        if any(p < m.start() and not re.search(r"[.;!?]", text[p:m.start()]) for p in means) and not _reaches_people(
                text[m.start():m.end()], rules):
            continue  # the purpose of a sub-step, unless it reaches people ("... to improve patient care", "... to help the sales team")
        comma = text.find(",", m.start() + 3, m.end())
        if _only_sentence(text, *_trim(text, m.start(), m.end())) and (comma < 0 or re.match(
                r"\s{0,3}(?:which|that|who|where|when)\b", text[comma + 1:], re.IGNORECASE) or not (
                _HAS_VERB(text, comma + 1, m.end(), rules)
                or any(comma < h.start < m.end() for h in [*measures, *(deliverables or [])]))):
            # "To improve response rate on service requests.": the goal itself, written as an infinitive
            # (a main clause after it, "To cut churn, launch ...", makes it the purpose of that clause, and so
            # does a key result after it, "To cut wait times, merged PRs land on staging within 25 minutes")
            continue
        if _DELIBERATIVE_BODY.search(text, max(0, m.start() - 40), m.start()) and _INQUIRY.match(text, m.start()):
            continue  # a committee's own remit ("chair a committee to analyse ... and recommend"), no link beyond it ("by implementing a campaign to engage the database")
        return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    for pattern in (_LINK, _NEED, _MISSION, _PURPOSE_PARTICIPLE, _SO_CLAUSE, _REASON, _PREDICATED_AIM):
        m = pattern.search(text)
        if m:
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # A result clause after the goal ("..., improving resident satisfaction", "..., which will cut
    # overtime costs"): a verb of benefit or change in a participle or a relative clause on the goal.
    # A sentence on what the goal will do for someone ("Ship the Java SDK. This will let enterprise customers
    # integrate ..."): the goal's consequence, not more of its work ("This includes docs and samples").
    for m in _CONSEQUENCE.finditer(text):
        if stem(m.group("verb")) in rules.purpose_stems or m.group("verb").lower() in _ENABLING or m.group("help"):
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # The people served as the subject of what changes for them ("... by 20%. Patients will get home sooner.",
    # "; customers will spend less time on hold"): the goal's outcome beyond its action. Not the goal's work done to
    # them ("Staff will be consulted.") nor more of its steps ("Patients will receive the survey by email.").
    lowered = text.lower()
    for m in _BENEFICIARY_RESULT.finditer(text):
        if ((_reaches_people(m.group("who"), rules) or _agent_noun(m.group("who"), lowered, m.start()))
                and not _PASSIVE_START.match(m.group("rest"))
                and _CHANGE_FOR_THEM.search(m.group("rest"))):
            return Hit("relevant.structure", *_trim(text, m.start("subject"), m.end()))
    for m in _RESULT_CLAUSE.finditer(text):
        if stem(m.group("verb") or m.group("verb_ing")) in rules.purpose_stems:
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # "Renovate the labs that support first-year teaching": a relative clause on the goal's object saying
    # what the object does for someone is a purpose beyond the action
    for m in _OBJECT_RELATIVE.finditer(text):
        verb = m.group("verb").lower()
        if _state_antecedent(text, m.start()):
            continue  # "an environment that promotes growth": what state is sought, the goal itself, no aim beyond it
        if (m.start() > 0 and text[:m.start()].strip() and not re.search(r"[.;:!?]\s*\Z", text[:m.start()])
                and (m.group("help") or stem(verb) in rules.purpose_stems or verb in _ENABLING
                     or _serving_relative(text, m, rules, lowered))
                and not (any(not n.ordinal for n in numbers(text[m.start():m.end()])) and not m.group("help"))):
            # ("a newsletter that reaches 5,000 subscribers" counts the object's own result: its measure, no aim)
            return Hit("relevant.structure", *_trim(text, m.start(), m.end()))
    # "Improve patient safety by introducing a fall-risk checklist": an area of the people the goal serves,
    # improved by a means, is what the means is for ("Improve timeliness by submitting ...", the doer's own
    # quality, is not)
    for m in _MEANS.finditer(text):
        s, _ = _sentence_of(text, m.start())
        lead = rules.strip_prefix.match(text[s:m.start()])
        head = s + (lead.end() if lead else 0)
        head += len(text[head:m.start()]) - len(text[head:m.start()].lstrip(" \n-*•"))
        verb = rules.vague_verbs.match(text, head)
        if verb is None or rules.change_verbs.match(text, head) and _moves_a_metric_words(text[verb.end():m.start()], rules):
            continue
        obj = [w.lower() for w in letter_words(text[verb.end():m.start()])]
        if obj and not re.search(r"[,;:]", text[head:m.start()]) and _serves_people(text[verb.end():m.start()], rules):
            return Hit("relevant.structure", *_trim(text, head, m.start()))
    # "Meet the accreditation requirements by completing the self-study": a goal whose main verb meets or serves an
    # aim, reached by a means, names the aim the means is for
    for m in _MEANS.finditer(text):
        s, _ = _sentence_of(text, m.start())
        lead = rules.strip_prefix.match(text[s:m.start()])
        head = s + (lead.end() if lead else 0)
        head += len(text[head:m.start()]) - len(text[head:m.start()].lstrip(" \n-*•"))
        if _SERVES_AIM.match(text[head:m.start()]):
            return Hit("relevant.structure", *_trim(text, head, m.start()))
    # "Enhance patient care by reducing the medication error rate": when the means is itself a change of a
    # metric, that change is the goal and the clause it serves is the outcome beyond it
    for m in _DIRECTION_MEANS.finditer(text):
        start = sentence_spans(text[:m.start()] or " ")[-1][0] if text[:m.start()].strip() else 0
        span = _trim(text, start, m.start())
        if span[1] > span[0] and _HAS_VERB(text, *span, rules):
            return Hit("relevant.structure", *span)
    real = [h for h in measures if not _inside(h.start, h.end, time_spans)]
    deliverables = deliverables or []
    if not real and not deliverables:
        return None
    # Objective with key results: an unmeasured first sentence, or main clause before a measured
    # means clause, followed by measures.
    sentences = _sentences(text)
    if len(sentences) > 1:
        s, e = sentences[0]
        head_measured = any(s <= h.start < e for h in real)
        if not _HAS_VERB(text, s, e, rules):
            return None  # a metric's name ("Annual recurring revenue from enterprise plans.") is no objective
        if any(not text[r:s].strip() for r in results or []):
            return None  # "KR 1: Publish the pricing page. KR 2: ...": a key result, not their objective
        elaborates = _ELABORATION.match(text, e)  # "... This means adding three targets": the same goal, spelled out
        head_free = (not head_measured and not elaborates and not rules.deliverable.search(text, s, e)
                     and not _RED_FLAG_WORDS.search(text, s, e))
        # a key result is a result stated on its own; a sentence whose subject points back at the goal ("This will
        # take about two weeks.", "It will be reviewed by the board.") says more of the goal itself (its length,
        # schedule or review), so a number in it measures no key result under an objective
        remarks = [(rs, re_) for rs, re_ in sentences[1:] if _REMARK_ON_GOAL.match(text, rs)]
        real = [h for h in real if not _inside(h.start, h.end, remarks)]
        deliverables = [h for h in deliverables if not _inside(h.start, h.end, remarks)]
        if head_free and any(h.start >= e for h in real):
            return Hit("relevant.structure", *_trim(text, s, e))
        # a wish heading a later deliverable ("Improve digital services. Launch a new website by 2027."): the
        # deliverable is how the wish is met
        head_text = text[s:e].lstrip(" \n-*•")
        wish = bool(rules.vague_verbs.match(head_text) or rules.effort_verbs.match(head_text))
        if head_free and wish and not any(s <= h.start < e for h in deliverables) and any(h.start >= e for h in deliverables):
            return Hit("relevant.structure", *_trim(text, s, e))
    # (a service level, "within 60 days", times the means; it does not measure a result of its own)
    windows = [(h.start, h.end) for h in real if h.rule == "time.duration"]
    counted = [h for h in real if h.rule != "time.duration" and not _inside(h.start, h.end, windows)]
    for m in _MEANS.finditer(text):
        if not any(h.start < m.start() for h in counted) and any(h.start > m.end() for h in counted):
            start = sentence_spans(text[:m.start()] or " ")[-1][0] if text[:m.start()].strip() else 0
            span = _trim(text, start, m.start())
            if span[1] > span[0]:
                return Hit("relevant.structure", *span)
    return None


# A sentence that states a problem: an unmet ability ("they cannot find opening hours online") or a word rated
# negative by VADER's raters (Hutto & Gilbert 2014; assistant/analyzers/valence.py) in its context ("Long holds are
# the top complaint", "The designers lose an hour a week to crashes", "Residents have complained about the wait").
_UNABLE = precompiled(r"\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|couldn['’]t|unable\s{1,3}to|"
                      r"(?:not|never)\s{1,3}able\s{1,3}to)\s{1,3}[a-z]", re.IGNORECASE)
# A commitment or result still to come ("Falls will drop to 5 a month"), or an instruction told to someone ("You
# should ..."): more of the goal, not the situation it answers.
_TO_COME = precompiled(r"\b(?:will|shall|should|must|going\s{1,3}to|aim(?:s|ing)?\s{1,3}to|plan(?:s|ning)?\s{1,3}to|"
                       r"want(?:s)?\s{1,3}to|need(?:s)?\s{1,3}to|has\s{1,3}to|have\s{1,3}to|let['’]s)\b", re.IGNORECASE)
# A bound on a figure ("stay below 2 a month", "at least 40 a week"): a key result's target, not a problem told.
_BOUND = precompiled(r"\b(?:below|under|less\s{1,3}than|fewer\s{1,3}than|at\s{1,3}(?:least|most)|no\s{1,3}more\s{1,3}than|"
                     r"up\s{1,3}to|down\s{1,3}to)\s{1,3}(?:\d|" + NUMBER_WORD_PATTERN + r")", re.IGNORECASE)
# Words a problem sentence may not open with: a purpose, a condition or a time that belongs to the goal's own clause.
_NOT_A_STATEMENT_OPENER = frozenset({"to", "if", "when", "once", "by", "before", "after", "until", "so", "in", "for",
                                     "please", "and", "then", "also", "note", "this", "that", "it", "these", "those"})
# The strength (VADER's -4 .. +4 scale, in context) at which a word tells a problem: "complaint" -1.2, "missed" -1.2,
# "lose" -1.7, "wrong" -2.1; milder words ("old", "busy" are unrated) and negated praise are left out.
PROBLEM_RATING = -1.0


def _problem_sentence(text: str, actions: list[Action], rules: GoalRules,
                      targets: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a sentence beside the goal that states the problem it answers: not the goal's own sentence (its
    first action's) nor an instruction (a sentence an action opens), a statement of what is the case now (no
    "will", "should", "need to": no result or step still to come, and not a remark on the goal, "This is hard"),
    no target of its own (``targets``: a percentage, a baseline-to-target, a bound: "Critical bugs stay below 2 a
    month" is a key result), with an unmet ability or a negatively rated word."""
    from assistant.analyzers.valence import word_valences

    sentences = _sentences(text)
    if len(sentences) < 2 or not actions:
        return None
    # the goal's own sentence: the first one an action opens (an imperative), else the first action's
    lead = next((span for a in actions if not text[(span := _sentence_of(text, a.start))[0]:a.start].strip()),
                _sentence_of(text, actions[0].start))
    for start, end in sentences:
        if (start, end) == lead:
            continue
        words = [w.lower() for w in letter_words(text[start:end])]
        if (len(words) < 4 or words[0] in _NOT_A_STATEMENT_OPENER or _TO_COME.search(text, start, end)
                or any(start <= s < end for s, _ in targets) or _BOUND.search(text, start, end)):
            continue
        if any(r.match(text, start) for r in (rules.action_verbs, rules.vague_verbs, rules.effort_verbs)) or (
                words[1] in _OBJECT_OPENERS and _inflects_as_verb(words[0])):
            continue  # an instruction ("Keep the old machines ...", "Label each box ..."), more of the goal's work
        if _UNABLE.search(text, start, end):
            return _trim(text, start, end)
        if words[0] in _NEGATIVE_SUBJECTS or " ".join(words[:2]) in _NEGATIVE_SUBJECTS:
            continue  # "Nobody has complained about them": the clause is negated, no problem told
        if min(word_valences([_rated_form(w.replace("’", "'")) for w in words])) > PROBLEM_RATING:
            continue
        # whose problem: the people served or the organisation's own ("Residents have complained ...", "The
        # designers lose an hour a week ..."), or the goal's own topic ("Long holds are the top complaint" beside
        # "Cut the hold time ..."); a hazard of the work's own tools ("The ladder is dangerous") is neither
        goal_stems = {stem(w.lower()) for w in letter_words(text[lead[0]:lead[1]])} - {""}
        content = [re.sub(r"['’]s?\Z", "", w) for w in words if w not in rules.stopwords]  # "cyclists'" -> "cyclists"
        if (_reaches_people(text[start:end], rules) or any(_agent_noun(w, "", 0) or w in _MORE_PEOPLE for w in content)
                or any(stem(w) in goal_stems for w in content)):
            return _trim(text, start, end)
    return None


def _rated_form(word: str) -> str:
    """``word``, or its singular when VADER rates only that ("injuries" -> "injury", "crashes" -> "crash"): the lexicon
    lists most nouns in one number only."""
    rated = valence_lexicon()
    if word in rated or len(word) < 4 or not word.endswith("s"):
        return word
    for singular in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "",
                     word[:-1]):
        if singular in rated:
            return singular
    return word


# Negative quantifiers as subject negate their clause ("Nobody has complained", "No one uses it", "None of the
# tenants complained"); VADER's negation list has "none" and "nothing" but not these.
_NEGATIVE_SUBJECTS = frozenset({"nobody", "no one", "noone", "none", "nothing", "neither", "no"})


_OWNED_OBJECT = precompiled(r"\s{1,3}(?:our|the\s{1,3}(?:organi[sz]ation|company|charity|council|team|service)(?:'s|’s))\s",
                           re.IGNORECASE)


def _owned_change(text: str, m: re.Match[str], rules: GoalRules) -> bool:
    """Whether a control verb's infinitive changes a quantity of the goal's own organisation ("Train six partner
    sites to widen our volunteer base", "Equip branch staff to grow our membership"): what the trained or equipped
    do is the outcome the action is for, not the content of the training ("Train staff to use the new system")."""
    verb = m.groupdict().get("verb")
    if not verb or not rules.change_verbs.fullmatch(verb):
        return False
    return bool(_OWNED_OBJECT.match(text, m.end("verb")))


_WORD = precompiled(r"(?<![\w'’-])[A-Za-z][\w'’-]*")
_PLAN_PHRASE = precompiled(r"(?:(?:a|an|the|our|my|their|its|this|new)\s{1,3})*(?:[\w'’-]+\s{1,3}){0,3}?"
                           r"(?:plans?|strateg(?:y|ies)|programmes?|programs?)\s{0,3}", re.IGNORECASE)


def _made_plan_aim(text: str, at: int, rules: GoalRules) -> bool:
    """Whether the infinitive at ``at`` follows a plan, strategy or programme that the goal makes ("Draft a
    communications plan to raise awareness of the food bank", "Write a volunteer strategy to grow our volunteer
    base"), with a verb of purpose or change: what the made plan is for, an aim beyond the deliverable, not its
    content ("create a plan to cycle recurring replacements"). A plan as a lead-in ("Our plan is to open
    two new branches", "We have a plan to move") has no making verb before it."""
    verb = _WORD.search(text, at + 1, at + 60)
    if rules.making_before is None or verb is None or verb.group().lower() != "to":
        return False
    split = _SPLIT_ADVERB_AT.match(text, verb.end())  # "a strategic enrollment plan to effectively recruit"
    verb = _WORD.search(text, split.end() if split else verb.end(), verb.end() + 60)
    if verb is None or stem(verb.group()) not in rules.purpose_stems:
        return False  # ("create a plan to cycle recurring replacements": the plan's content, not what it is for)
    for w in _WORD.finditer(text, max(0, at - 80), at):
        if _PLAN_PHRASE.fullmatch(text, w.start(), at) and rules.making_before.search(text, max(0, w.start() - 40),
                                                                                       w.start()):
            return True
    return False


_SPLIT_ADVERB_AT = precompiled(r"\s{1,3}" + _SPLIT_ADVERB, re.IGNORECASE)
_PROSPECTIVE_RELATIVE = precompiled(r"\b(?:that|who)\s{1,3}(?:will|would|can|could)\s{1,3}(?!be\b|have\b)", re.IGNORECASE)


def _serving_relative(text: str, m: re.Match[str], rules: GoalRules, lowered: str) -> bool:
    """Whether a relative clause on the goal's object says what the object will do for people ("Run 12 workshops
    that will teach growers where water comes from", "health visitors, who will provide women with support"): a
    modal of prospect, a verb taking the people served as its object (a beneficiary, an agent noun, a people word)
    and a clause with no count of its own. A clause of the object's own properties ("workshops that start at
    10am", "sites that joined in 2025") has no modal and names no one served."""
    if not _PROSPECTIVE_RELATIVE.match(text, m.start()):
        return False
    after = letter_words(text[m.end("verb"):m.end()])[:3]
    return any(_names_an_aim(w, rules) or _agent_noun(w, lowered, m.start()) for w in after)


def _whole_sentence(text: str, start: int, end: int) -> bool:
    """Whether the span is a whole sentence of the text (nothing of the sentence before or after it)."""
    s, e = _sentence_of(text, start)
    return not text[s:start].strip(" \n-*•\"'“‘(") and not text[end:e].strip(" \n.!?;:\"'”’)")


def _only_sentence(text: str, start: int, end: int) -> bool:
    """Whether the span is the goal's only sentence: no other sentence it could be the purpose of."""
    return _whole_sentence(text, start, end) and not re.search(r"[A-Za-z]", text[:start] + text[end:])


_RE_DASH = precompiled(r"\b[Rr]e-(?=[a-z])")
_SPACE_REACH = 200
_NON_SPACE = precompiled(r"\S")


@lru_cache(maxsize=8)
def _re_blanked(text: str) -> str:
    return _RE_DASH.sub("   ", text)


def _HAS_VERB(text: str, start: int, end: int, rules: GoalRules) -> bool:  # noqa: N802
    """Whether the span holds a verb of the goal vocabulary or a finite verb ("will", "is", "-ed")."""
    # "Re-focus on" is a verb as "focus on" is. The words are read from the last space before the span
    # (no word runs across a space), in the text with every "Re-" blanked once: a long text with many
    # spans stays linear. Where no space is near, or a "Re-" ends at the span's end (its lookahead
    # would see past it), the span's prefix is blanked and read whole as before.
    lo = start
    while lo > 0 and not text[lo - 1].isspace() and start - lo < _SPACE_REACH:
        lo -= 1
    if (lo > 0 and not text[lo - 1].isspace()) or any(_RE_DASH.match(text, i) for i in range(max(0, end - 3), end)):
        span, lo = _RE_DASH.sub("   ", text[:end]), 0
    else:
        span = _re_blanked(text)
    return any(_clause_head(span, m.start()) for regex, kind in (
        (rules.action_verbs, "action"), (rules.vague_verbs, "vague"), (rules.effort_verbs, "effort"))
        for m in _word_starts(span, regex, rules.first_words.get(kind), lo, end) if start <= m.start() < end) or bool(
        re.search(r"\b(?:will|is|are|was|were|be|has|have|can|must|should)\b|\w['’]ll\b", text[start:end], re.IGNORECASE))


_MEANS_BEFORE = precompiled(r"\b(?:by|through|via|using)\s{1,3}(?:[\w'’-]+\s{1,3}){0,2}?\S*\s*\Z", re.IGNORECASE)
_DIRECTION_MEANS = precompiled(r"\b(?:by|through)\s{1,3}(?:increasing|reducing|decreasing|improving|lowering|raising|cutting|"
                              r"growing|boosting|doubling|tripling|halving|eliminating|minimi[sz]ing|maximi[sz]ing)\b",
                              re.IGNORECASE)
# A means after the action ("... by implementing a new protocol", "through a monthly newsletter"), matched from
# the action's end; "by" before a time or an amount says by when or how far, not how ("by December 2027", "by the
# end of Q3", "by 2028", "by half").
_MEANS_NOUN = precompiled(
    r"[^.;!?]{0,60}?\b(?:through|by|via|using)\s{1,3}(?!(?:the\s{1,3}|a\s{1,3})?(?:(?:end|close|start|beginning|middle|mid|"
    r"early|late|next|this|then|now|half|third|quarter|year|month|week|day|semester|term|deadline|today|tomorrow|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter|fy|q[1-4]|h[12])\b|\d))"
    r"(?:(?:a|an|the|our|its|their|my|new)\s{1,3})?[\w-]{2,30}", re.IGNORECASE)
_RED_FLAG_WORDS = precompiled(r"\b(?:infinity|100\s?%|zero|never|perfect(?:ly)?|all)\b", re.IGNORECASE)



def rule_hits(text: str) -> list[Hit]:
    """Every rule that fires on ``text``, including the ones built in code (deliverables,
    extreme change, no added resources). Shows why a goal was judged as it was."""
    return _analyse(text, load_rules()).hits


def _dated_steps(text: str, actions: list[Action], date_spans: list[tuple[int, int]]) -> frozenset[int]:
    """The starts of the actions a goal's date times: those of the goal's lead sentence (its first action's), and a
    later sentence's only when the date is in that sentence or in one that holds no action of its own ("Aim to be
    done by October."). A later sentence that tells a step of the work with no date of its own ("Learn the new
    rota tool by April. Ask the vendor for the training videos.") is how the goal is done, not a result the goal's
    date makes checkable."""
    if not actions:
        return frozenset()
    lead = _sentence_of(text, actions[0].start)
    acting = {_sentence_of(text, a.start) for a in actions}
    timing = {_sentence_of(text, s) for s, _ in date_spans}
    free = any(span not in acting for span in timing)
    return frozenset(a.start for a in actions
                     if free or (sentence := _sentence_of(text, a.start)) == lead or sentence in timing)


def _deliverables(text: str, rules: GoalRules, actions: list[Action], why: list[tuple[int, int]],
                  dated: bool = False, past_dated: bool = False, open_counts: bool = False,
                  dated_steps: frozenset[int] | None = None) -> list[Hit]:
    """A completion deliverable: a completion verb and an artefact noun, or a verb that finishes
    something verifiable (migrate, launch, install...) with a concrete object. An open-ended verb
    ("update", "revise", "refresh") has no done state of its own: it counts only with a date
    ("Revise the handbook by June 2027"), as does any other completion of a concrete object ("Move to
    GCP in April"): done or not done by then."""
    # A bare plural kind ("Set up dashboards for the lines", "Write guides for the expense system") has no state in
    # which the work is done: how many make it done is left open, unless a date closes it ("... by March 2027").
    undated = not (dated or past_dated or open_counts)
    for m in _word_starts(text, rules.deliverable, rules.first_words.get("deliverable")):
        if _overlaps(m.start(), m.end(), why) or (not (dated or past_dated) and rules.open_ended.match(text, m.start())):
            continue
        if undated and any(a.start == m.start() and _bare_plural_kind(text, a.verb_end, a.end, rules) for a in actions):
            continue
        if not _clause_head(text, m.start()):
            continue  # "strategies for sandboxing build script executions": a noun, not the goal's action
        if not open_counts and rules.vague_quantity is not None and rules.vague_quantity.search(text, m.start() + 1, m.end()):
            continue  # "Develop a variety of new campus events": no count says when it is done
        if _COMPARATIVE_COUNT.search(text, m.start() + 1, m.end()):
            continue  # "Hire more coordinators": how many more is left open
        if any(a.start == m.start() and a.aspiration for a in actions):
            continue  # "Establish the library as a community gathering place": a status, no done state
        start, end = _trim(text, m.start(), m.end())
        return [Hit("measure.deliverable", start, end)]
    for action in actions:
        whole_group = _done_to_whole_group(action, text, rules)
        if (action.concrete_words < 1 and not whole_group) or action.wishful or action.aspiration or _overlaps(
                action.start, action.end, why):
            continue
        if not open_counts and _open_count(action, text, [], rules):
            continue  # "Develop a variety of new events": no count says when it is done
        if _COMPARATIVE_COUNT.match(text, action.verb_end):
            continue  # "Recruit and train more education staff": a specific group, but how many more is open
        strong = rules.strong_verbs.match(text, action.start) or (
            rules.transfer_verbs is not None and rules.transfer_verbs.match(text, action.start)
            and _DESTINATION.match(text, action.end))
        completes = (dated and action.kind != "effort" and not rules.change_verbs.match(text, action.start)
                     and (dated_steps is None or action.start in dated_steps))
        # An action on a named system or artefact has a done state ("Track UTM values in salesforce.com").
        named = (action.kind == "action" and action.head and not rules.change_verbs.match(text, action.start)
                 and _named(text, action.verb_end, action.end, rules))
        if completes and any(w.lower() in rules.comparatives for w in text[action.verb_end:action.end].split()):
            completes = False  # "make the programs more user-friendly by 2025": a wish has no done state
        if _ONGOING_HEAD.search(text, action.verb_end, action.end):
            continue  # "implement hand hygiene practices": a way of working is kept up, never finished
        if _goal_setting(text, action.verb_end, action.end):
            continue  # "agree objectives with their staff": that goals exist says nothing of how far anything moves
        if _paired_verbs_on_kinds(action, text, rules):
            continue  # "Protect and Enhance Natural Areas and Open Spaces": an area of work, no done state
        if undated and _bare_plural_kind(text, action.verb_end, action.end, rules):
            continue  # "Install sensors in the cold rooms": how many sensors make it done is left open
        if not action.head and action.kind == "action" and _PARTICIPLE_AFTER_PREPOSITION.search(text, max(0, action.start - 12),
                                                                                         action.verb_end):
            continue  # "tools for automated monitoring": a participle after a preposition modifies a noun, no action
        if strong or completes or named or whole_group:
            return [Hit("measure.deliverable", action.start, action.end)]
    # An outcome stated as done ("Program for teammate recognition implemented", "roadmap tied to use
    # cases", "a development path available in the handbook").
    for m in rules.end_state.finditer(text):
        s_start = max(0, m.start() - 80)
        before = re.findall(r"[A-Za-z][\w-]{2,30}", text[s_start:m.start()])
        concrete = [w for w in before if w.lower() not in rules.stopwords and w.lower() not in rules.generic_words]
        if len(concrete) >= 2 and not _overlaps(m.start(), m.end(), why):
            start = text.rfind(".", 0, m.start()) + 1
            return [Hit("measure.deliverable", *_trim(text, start, m.end()))]
    return []


# Every member of a named group as the object ("all my staff", "every member of the night team", "each of the kitchen
# staff"): a verb done once to each member (rule population_verbs: train, brief, enrol) is done when all have had it,
# whatever the topic ("on how to handle aggressive callers"); "staff" alone leaves the group open.
_WHOLE_GROUP = precompiled(r"\s{1,3}(?:all|every|each)\s{1,3}(?:(?:of|member\s{1,3}of)\s{1,3})?(?:(?:my|our|the|their|your)\s{1,3})?"
                           r"[A-Za-z]", re.IGNORECASE)


def _done_to_whole_group(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action is a population verb done to every member of a named group ("Train all my staff")."""
    verb = text[action.start:action.verb_end].strip().lower()
    return bool(rules.population_verbs) and (verb in rules.population_verbs or stem(verb) in {
        stem(v) for v in rules.population_verbs}) and bool(_WHOLE_GROUP.match(text, action.verb_end))


_COMPARATIVE_COUNT = precompiled(r"\s{1,3}(?:more|fewer)\s", re.IGNORECASE)
_PARTICIPLE_AFTER_PREPOSITION = precompiled(r"\b(?:for|of|with|in|on|from|about|into)\s{1,3}[a-z]+ed\Z", re.IGNORECASE)
# The object's own words end at a preposition, a relative, a purpose or a clause break ("dashboards | for the lines").
_KIND_END = precompiled(r"[,;:.()]|\s(?:in|for|with|on|across|at|to|by|within|around|about|covering|that|which|who|"
                        r"from|into|onto|through|so|as|via|using|under|over|between|among|per|each|every)\s", re.IGNORECASE)
# Words with a plural shape that are no plural of a count noun ("news", "series", "means", "analytics").
_NOT_PLURAL = frozenset({"news", "series", "species", "means", "whereabouts", "headquarters", "premises", "thanks",
                         "us", "its", "this", "has", "was", "is", "his", "yes", "always", "perhaps", "across"})


def _plural_noun(word: str) -> bool:
    """Whether ``word`` is the plural of a count noun in the word list ("tools", "studies", "boxes") or an acronym's
    plural ("APIs")."""
    from assistant.names import lexicon

    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is", "ics")) or w in _NOT_PLURAL:
        return False
    common = lexicon().common
    if w.endswith("ies") and w[:-3] + "y" in common:
        return True
    return w[:-1] in common or (w.endswith("es") and w[:-2] in common)


def _bare_plural_kind(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the object text[start:end] is a bare plural kind: no determiner, count, name or quantity word in front
    ("dashboards", "new training videos", "instructional activities and assessments", "request cards"), every
    conjunct's head plural. "a dashboard", "four videos", "all 12 rooms", "the reports", "Confluence" are not."""
    chunk = text[start:end]
    # a second verb sharing the object ("Identify and pursue ... opportunities") and a correlative "both"/"either" are
    # no part of the object's noun phrase
    lead = _SHARED_VERB.match(chunk)
    if lead and (lead["v"] is None or _verb_word(lead["v"].lower()) or rules.action_verbs.match(chunk, lead.start("v"))):
        start += lead.end() - 1  # (the space before the object stays, so a preposition opening it still ends it)
        chunk = text[start:end]
    cut = _KIND_END.search(" " + chunk)
    head = chunk[:max(0, cut.start() - 1)] if cut else chunk
    words = re.findall(r"[A-Za-z0-9][\w'’&-]*", head)
    if not words or len(words) > 8:
        return False
    first = words[0].lower()
    if (first in _OBJECT_OPENERS or first in NUMBER_WORDS or first[0].isdigit() or first in _QUANTITY_COMPARATIVES
            or first in ("some", "several", "many", "few", "any", "one", "another", "those", "various", "multiple",
                         "additional", "enough", "no", "key", "existing", "current", "required", "necessary")):
        return False
    if any(w[0].isupper() and not re.fullmatch(r"[A-Z]{2,}s", w) for w in words) and _named(text, start, start + len(head), rules):
        return False  # a named system or product ("Track UTM values in Salesforce") has a done state
    # one for each member of a set the goal names is a count ("QBRs for all tier-1 accounts", "letters to incoming
    # freshmen"): done when every member has one
    after = start + len(head.rstrip())
    member = _EACH_MEMBER.match(text, after)
    if member and not (member["n"] and member["n"][0].isdigit() and _number_as_name(text, member.start("n"))):
        return False  # ("enquiries on the 101 line": a number that names the line counts no set)
    if _recipients_after(text, after, rules):
        return False
    # so does a definite place they go in ("alarms on the orthopaedic ward": done when the ward has them) and a named
    # system or project ("reconciliations in NetSuite", "specifications for the Building C chiller replacement")
    # (not a stream of demand on a service, "enquiries on the 101 line": more keep coming, so no place closes it)
    if (_DEFINITE_PLACE.match(text, after) and words[-1].lower() not in rules.demand_nouns) or (
            end > after and _named(text, after, end, rules)):
        return False
    to = re.match(r"\s{1,3}to\s{1,3}(?P<w>[A-Za-z][\w'’-]*)", text[after:after + 40])
    if to and (to["w"].lower() in _OBJECT_OPENERS or to["w"][0].isupper() or not (
            _verb_word(to["w"].lower()) or rules.action_verbs.match(text, after + to.start("w"))
            or rules.vague_verbs.match(text, after + to.start("w")))):
        return False  # sent or moved to whom or where it goes ("letters to incoming freshmen"): done once they are
    # every conjunct's head is plural; a lone word before "and" is a modifier sharing the last head ("Math & ELA
    # practice programs", "government and non-governmental funding opportunities")
    conjuncts = [c.split() for c in re.split(r"\s(?:and|or|&)\s|,", " ".join(words)) if c.strip()]
    return _plural_noun(conjuncts[-1][-1]) and all(len(c) == 1 or _plural_noun(c[-1]) for c in conjuncts[:-1])


_SHARED_VERB = precompiled(r"\s{0,3}(?:(?:and|or|&)\s{1,3}(?P<v>[A-Za-z]+)\s{1,3}(?:(?:both|either)\s{1,3})?|(?:both|either)\s{1,3})")


_DEFINITE_PLACE = precompiled(r"\s{1,3}(?:in|on|at|across|throughout|inside)\s{1,3}(?:the|our|its|their|this|each|every|all)\s",
                              re.IGNORECASE)
_EACH_MEMBER = precompiled(r"\s{1,3}(?:to|for|with|across|in|at|on)\s{1,3}(?:(?:each|every|all)\b|(?:the\s{1,3})?(?P<n>\d[\d,]*|two|three|"
                           r"four|five|six|seven|eight|nine|ten|twelve|twenty)\s)", re.IGNORECASE)
# Goal-setting instruments as an object's head ("Every team will have targets in sales and service", "agree objectives
# with staff", "develop KPIs for safety"): having or setting goals is no measure of any result.
_GOAL_SET_HEAD = precompiled(r"(?:^|\s)(?:targets?|goals?|objectives?|kpis?|okrs?|key\s{1,3}results?|(?:key\s{1,3})?"
                             r"performance\s{1,3}indicators?|indicators?|benchmarks?)\s{0,3}\Z", re.IGNORECASE)
_OBJECT_END = precompiled(r"[,;:.]|\s(?:in|for|with|on|across|at|to|by|within|around|covering|that|which|who|this|next|each|every)\s",
                          re.IGNORECASE)


def _goal_setting(text: str, start: int, end: int) -> bool:
    """Whether the object text[start:end] is headed by goal-setting instruments (its words before any preposition)."""
    chunk = text[start:end]
    cut = _OBJECT_END.search(chunk)
    return _GOAL_SET_HEAD.search(chunk[:cut.start()] if cut else chunk.rstrip()) is not None
# Ways of working named as the object's head ("hand hygiene practices", "healthy habits", "a learning
# culture"): kept up from day to day, with no state in which they are done.
_ONGOING_HEAD = precompiled(r"\b(?:practices|habits|behaviou?rs|routines|culture|mindset|attitudes?|lifestyles?)\s{0,3}\Z",
                           re.IGNORECASE)
_DESTINATION = precompiled(r"\s{1,3}(?:to|into|onto)\s{1,3}(?:the\s{1,3}|a\s{1,3}|an\s{1,3}|our\s{1,3})?[A-Za-z0-9]")


def _is_year(text: str, hit: Hit) -> bool:
    return bool(re.match(r"(?:19|20)\d\d\b(?!,)", text[hit.start:hit.end]))


_MEANS = precompiled(r"\bby\s+[\w-]+ing\b|\bthrough\s+[\w-]+ing\b|\bwhile\b", _FLAGS)


def _two_outcomes(text: str, actions: list[Action], why_spans: list[tuple[int, int]]) -> tuple[Action, Action] | None:
    """Two outcome phrases joined as separate clauses ("reduce X and increase Y")."""
    means = [m.start() for m in _MEANS.finditer(text)]
    heads = []
    in_means = False
    for a in actions:
        before = text[max(0, a.start - 12):a.start].lower()
        if re.search(r"\b(?:by|through|via)\s+\Z", before):
            in_means = True  # "by holding a huddle and tracking delays": the means, not a second outcome
        elif not re.search(r"\band\s+\Z", before):
            in_means = False
        if a.head and not in_means and a.object_words >= 1 and not _inside(a.start, a.end, why_spans):
            heads.append(a)
    for first, second in zip(heads, heads[1:], strict=False):
        between = text[first.end:second.start]
        if not re.search(r"\band\b|;|\bas\s+well\s+as\b|\bplus\b|\balso\b|[.!?]\s", between, _FLAGS):
            continue
        if any(first.start < p < second.start for p in means):
            continue
        return first, second
    return None


def _question(rules: GoalRules, criterion: str, guidance: Guidance | None) -> tuple[list[str], list[Citation | None]]:
    """Coaching questions for a criterion: from the guidance when it has any, else the built-in one."""
    if guidance is not None:
        items = [item for item in guidance.for_topic(criterion, kind="question") if item.text.strip()]
        if items:
            return [item.text for item in items], [item.citation for item in items]
    return [rules.criteria[criterion]["question"]], [None]


def check_goal(
    text: str, guidance: Guidance | None = None, today: dt.date | None = None, rules: GoalRules | None = None
) -> GoalReport:
    """Judge a goal against the five SMART criteria and draft a rewrite that invents nothing.

    ``guidance`` (the organisation's job aid, parsed at ingest time) supplies the coaching
    questions; without it the built-in questions from ``goal.yaml`` are used. ``today`` is the date
    deadlines are judged against (a passed deadline bounds nothing); ``rules`` the merged rules
    (:func:`load_rules` with the organisation's file).
    """
    rules = rules if rules is not None else load_rules()
    empty = not re.search(r"[^\W_]", text)
    found = _analyse(text, rules, today) if not empty else _Found(dict.fromkeys(CRITERIA), False, None, None, [], [], None)

    criteria: dict[str, Criterion] = {}
    questions: list[str] = []
    sources: list[Citation] = []
    for name in CRITERIA:
        spec = rules.criteria[name]
        hit = found.evidence[name]
        met = hit is not None
        if name == "attainable":
            met = not found.red_flags and not empty
        texts, citations = _question(rules, name, guidance)
        advice = _advice(text, name, spec["advice"], hit, found, empty)
        criteria[name] = Criterion(
            met=met,
            evidence=text[hit.start:hit.end] if hit else None,
            start=hit.start if hit else None,
            end=hit.end if hit else None,
            advice=advice,
            question=texts[0],
        )
        if not met:
            for q, citation in list(zip(texts, citations, strict=True))[:QUESTIONS_PER_CRITERION]:
                questions.append(q)
                if citation is not None:
                    sources.append(citation)

    warnings = _warnings(text, rules, found, empty)
    rewrite, placeholders = _rewrite(text, rules, criteria, found) if not empty else _scaffold(rules)
    score = sum(c.met for c in criteria.values())
    return GoalReport(
        score=score,
        summary=rules.rewrite["complete"] if score == len(CRITERIA) and not warnings else None,
        criteria=GoalCriteria(**criteria),
        rewrite=rewrite,
        placeholders=placeholders,
        questions=questions,
        warnings=warnings,
        sources=sources,
    )


def _advice(text: str, name: str, advice: dict[str, str], hit: Hit | None, found: _Found, empty: bool) -> str:
    if name == "attainable":
        if empty:
            return advice["empty"]
        if found.red_flags:
            flag = found.red_flags[0]
            return advice["unmet"].format(found=text[flag.start:flag.end], why=flag.why)
        return advice["met"]
    if hit is not None:
        key = "deliverable" if name == "measurable" and found.deliverable else "met"
        return advice[key].format(evidence=text[hit.start:hit.end])
    if name == "specific" and found.vague_action:
        start, end = found.vague_action
        return advice["vague"].format(found=text[start:end])
    if name == "time_bound" and found.past_deadline:
        return advice["past"].format(found=text[found.past_deadline.start:found.past_deadline.end])
    if name == "time_bound" and found.vague_time:
        return advice["vague"].format(found=text[found.vague_time.start:found.vague_time.end])
    return advice["missing"]


def _warnings(text: str, rules: GoalRules, found: _Found, empty: bool) -> list[GoalWarning]:
    messages = rules.warnings
    if empty:
        return [GoalWarning(kind="empty", message=messages["empty"])]
    out: list[GoalWarning] = []

    def add(kind: str, start: int, end: int, message: str) -> None:
        out.append(GoalWarning(kind=kind, message=message, text=text[start:end], start=start, end=end))

    for hit in found.weak:
        add("weak_commitment", hit.start, hit.end, messages["weak_commitment"].format(found=text[hit.start:hit.end]))
    if found.two_outcomes:
        first, second = found.two_outcomes
        add("two_outcomes", first.start, second.end, messages["two_outcomes"].format(
            first=text[first.start:first.end], second=text[second.start:second.end]))
    for hit in found.red_flags:
        add("unrealistic", hit.start, hit.end, messages["unrealistic"].format(found=text[hit.start:hit.end], why=hit.why))
    if found.past_deadline is not None:
        hit = found.past_deadline
        add("past_deadline", hit.start, hit.end, messages["past_deadline"].format(found=text[hit.start:hit.end]))
    if found.vague_time and found.evidence["time_bound"] is None:
        hit = found.vague_time
        add("vague_time", hit.start, hit.end, messages["vague_time"].format(found=text[hit.start:hit.end]))
    return sorted(out, key=lambda w: (w.start or 0, w.kind))


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
