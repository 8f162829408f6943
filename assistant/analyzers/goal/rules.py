"""Goal rules: the schema of rules/goal.yaml, organisation overrides and the compiled rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.analyzers.goal.models import (
    _FLAGS,
    RULES_PATH,
)
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
from assistant.analyzers.scan import PatternScan, compile_regex
from assistant.text import (
    MODALS,
    NUMBER_WORD_PATTERN,
    PREPOSITIONS,
    STOPWORDS,
    stem,
)

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
    merit: frozenset[str] = frozenset()  # grades of worth, "good", "decent", "awesome": an object they open is a wish
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
    merit_adjectives: list[str] = Field(default_factory=list, description="Grades of worth in the positive degree "
                                        "('good', 'decent', 'awesome'): an object they open is a wish, as after a "
                                        "comparative ('a better README').")
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
        merit=frozenset(w.lower() for w in data.merit_adjectives),
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


NUMBER_WORD_MACRO = ("(?:a\\s+dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
                     "seven|eight|nine)|" + NUMBER_WORD_PATTERN[3:])


def _first_words(verbs: list[str]) -> frozenset[str]:
    """Every word a form of these (possibly multi-word) verbs can start with."""
    return frozenset(form.split()[0] for verb in verbs for form in _verb_forms(verb.lower()))
