"""Feedback coach: what each sentence of a draft does (situation, behaviour, impact, next step,
praise, criticism), framing findings at their spans, bias flags, and a better draft that edits
the writer's own sentences in place and never invents facts.

Pure: ``review_feedback(text)`` reads only its arguments and the packaged rules
(``assistant/rules/feedback.yaml`` for trait/absolute/harsh spans, ``feedback_structure.yaml``
for the sentence-function cues, document-level findings and the polarity lexicon), merged with
the ``feedback`` section of the organisation's rules file when one is given.

How it judges (each decision has examples in the YAML files):

* Every sentence is classified by its function: the structure cues that match inside it, and its
  praise and criticism cues (a negator before a problem word is praise: "never missed a
  deadline"). The structure's evidence is the whole clause that shows each part, never a
  fragment of it.
* ``trait`` is a negative judgement predicated of a *person*: "you are lazy", "he's careless", "a
  lazy employee", "bad attitude". An adjective that describes a thing is not a trait ("a careless
  error in the report", "lazy loading").
* ``absolute`` is an overgeneralised *criticism* of a person ("you never take initiative", "you are
  always late"); absolutes in praise and in requests are not flagged.
* ``harsh`` words in reported speech ("you said the mockups were garbage") are not flagged.
* ``vague``: no sentence names an observable behaviour. ``missing_impact``: no effect on the work,
  team or customers. ``missing_action``: developmental feedback with no forward step.
* Behaviour is judged for specificity by structure: a behaviour sentence whose clauses hold no concrete word
  (a number, a name, or a content word that is not generic, not an activity noun and not rated by VADER)
  is an evaluation ("You handled the complaints professionally", "met expectations in most areas"); the
  object of a manner verb (handle, manage, deal) is only the occasion. A clause where the person did
  something to a concrete object ("... and moved the launch date forward by a week") shows behaviour
  without a cue; habits, conditions and wishes do not.
* Impact is found by sentence function as well as by cue: a *consequence clause* is a declarative
  clause after (or joined by "after", "because" ... to) something the person did, whose subject is
  someone or something other than the person (a colleague, a third party, the writer, "it", "which"),
  in the past or perfect, or saying what now has to happen ("had to", "will now need to", "couldn't").
  Views ("everybody has noticed"), demands ("it has to stop"), general statements, questions,
  descriptions of the work ("the slides were wrong"), the writer's dealings with the person ("I
  have given you every chance") and another party's event set as the act's time or reason ("When the system went
  down, you took the orders by phone") are not consequences. Clauses come from ``assistant.text.clauses``.

Every step runs in time linear in the draft: cues are matched once per sentence with bounded
patterns, context checks look at a bounded number of words around a match. Each cue and polarity
pattern is tried only at the words where it can start (``assistant.analyzers.scan``, read from the
pattern itself), which finds exactly what a scan of the whole draft finds.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import islice, takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from assistant.analyzers.bias import BiasFlag, RuleSet, check_bias
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.rules import (
    RULES_DIR,
    OrgKey,
    Overrides,
    PhraseMatcher,
    Rule,
    RulesFileError,
    drop_allowed,
    linear_regex,
    merge_rules,
    org_file_key,
    org_section,
    parse_overrides,
    read_yaml,
    validation_message,
)
from assistant.analyzers.scan import PatternScan, compile_regex, findall_at, finditer_at, fold, search_at
from assistant.analyzers.valence import BOOSTERS, NEGATORS, lexicon, word_valences
from assistant.names import lexicon as names_lexicon
from assistant.schemas import Citation
from assistant.text import (
    BE_FORMS,
    DETERMINERS,
    FUNCTION_WORDS,
    HAVE_FORMS,
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    MODALS,
    MONTHS,
    NEGATED_AUXILIARIES,
    NUMBER_WORD_PATTERN,
    PARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    STOPWORDS,
    WEEKDAYS,
    WORD,
    Clause,
    Token,
    clauses,
    fold_plural,
    has_number,
    inflections,
    is_participle,
    is_past_tense,
    mentions_money,
    normalise_quotes,
    numbers,
    quantities,
    quoted_spans,
    sentence_spans,
    tokens,
    wordset,
)
from assistant.text import (
    stem as word_stem,
)
from assistant.wordlists import data_file, person_nouns

if TYPE_CHECKING:
    from assistant.knowledge.guidance import Guidance

FindingKind = Literal["vague", "trait", "absolute", "missing_impact", "missing_action", "harsh"]
Polarity = Literal["positive", "constructive", "mixed"]
Part = Literal["situation", "behavior", "impact", "next_step"]
PARTS: tuple[str, ...] = ("situation", "behavior", "impact", "next_step")
KINDS: tuple[str, ...] = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")
SPAN_KINDS = ("trait", "absolute", "harsh")
Function = Literal["situation", "behavior", "impact", "next_step", "praise", "criticism"]


# The learned layer (``assistant/rules/feedback_learned.json``) gives its second opinion on tone and on
# vague unless the organisation's rules file sets ``feedback: {learned: false}`` (then every report is
# exactly the rules' own). Validated leave-one-round-out and on the held-out halves (README, "Ninth round").
LEARNED_BY_DEFAULT = True


# --- report models ----------------------------------------------------------------------------


class StructurePart(BaseModel):
    """Whether one part of the structure is present, with the whole clause that shows it."""

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
    replacements: list[str] = Field(default_factory=list)


class SentenceRole(BaseModel):
    """One sentence of the draft, what it does, and the slot of the better draft it went to."""

    start: int
    end: int
    functions: list[Function]
    slot: Part


class FeedbackReport(BaseModel):
    polarity: Polarity
    structure: FeedbackStructure
    findings: list[FeedbackFinding]
    bias: list[BiasFlag]
    rewrite: str
    placeholders: list[str]
    sources: list[Citation]
    sentences: list[SentenceRole] = Field(default_factory=list)
    mode: Literal["offline", "llm"] = "offline"
    notices: list[str] = Field(default_factory=list)


# --- rule schema ------------------------------------------------------------------------------


class FeedbackSpanRule(Rule):
    """A word or phrase that frames feedback badly (trait, absolute, harsh) and when it counts."""

    kind: Literal["trait", "absolute", "harsh"]
    match: Literal["person", "always", "absolute", "harsh", "character", "denied", "threat", "mind", "valence", "label",
                   "rhetorical", "contempt", "standing", "shouting", "demanded", "disposition", "squalor", "simile",
                   "peril", "rank"] = Field(
        description="person: a trait only when it describes a person; always: any use; absolute: an "
        "overgeneralised criticism (see sense, subject); harsh: not in reported speech; character: a "
        "person's character noun judged by one of `predicates` ('his attitude is negative'); denied: a "
        "virtue or role label denied of a person ('he is not a leader', 'you lack common sense'); threat: the "
        "person's job held over them ('lucky to have a job', 'your job is on the line'); mind: the person's "
        "mind said to be empty ('nothing going on in your head'); valence: any word VADER rates at or below "
        "`valence_at_most`, predicated of the person or of their work (the terms are innocent senses left out); "
        "label: a noun naming the person as a kind of character, predicated of a person ('he is a pushover'), or "
        "'the kind of person who' with criticism after it; rhetorical: a question at the reader that only "
        "reproaches ('what were you thinking?', 'did you even read it?'); contempt: a frame of disbelief or a "
        "comparison that demeans the person ('I can't believe you ...', 'even a child could ...', 'unlike everyone "
        "else, you ...'); standing: the person's place held over them ('you're on thin ice', 'your days here are "
        "numbered'); shouting: a run of capitals in criticism ('DO NOT SEND ANYTHING'); demanded: a personality quality "
        "demanded of the person ('has to become more proactive', 'should be more of a team player'); disposition: a "
        "disposition ascribed to the person ('acts like he knows it all', 'clearly doesn't care'); squalor: a noun "
        "of filth or disorder predicated of the person's work or place ('your desk is a tip', 'the rota you send is a "
        "dog's breakfast'); simile: the person's conduct likened to a figure of contempt ('drives like a maniac', 'runs "
        "the kitchen like a circus'); peril: a catastrophe foretold as certain ('someone is going to get killed'); "
        "rank: the person put in their place by rank ('you're a nurse, not a vet')"
    )
    terms: list[str] = Field(default_factory=list, description=(
        "Whole words or phrases; a space also matches a hyphen. For valence: words VADER rates low whose "
        "sense predicated of a person is a state, not a judgement ('sad', 'sick'), left out."))
    valence_at_most: float | None = Field(default=None, description=(
        "valence only: the VADER rating (-4 .. 4) a word must have at most to count."))
    sense: Literal["affirmative", "negated", "critical"] | None = None
    subject: Literal["before", "after", "sentence", "object", "possessor"] | None = None
    not_followed_by: list[str] = Field(default_factory=list)
    predicates: list[str] = Field(default_factory=list, description=(
        "character only: evaluative words besides every person-trait term that judge the noun ('negative', 'poor')."))

    @model_validator(mode="after")
    def _terms_or_valence(self) -> FeedbackSpanRule:
        if self.match == "valence" and self.valence_at_most is None:
            raise ValueError("a valence rule needs valence_at_most")
        if self.match != "valence" and not self.terms:
            raise ValueError("terms must list at least one word or phrase")
        return self

    @property
    def kind_label(self) -> str:
        return self.kind


class StructureCue(Rule):
    """A regular expression that shows one part of the structure in a sentence."""

    kind: Part
    pattern: str = Field(min_length=1, description="Python regex, case-insensitive; {FRAGMENT} names expand.")
    needs: Part | None = Field(
        default=None, description="Counts only in a sentence where a cue of this part also matches "
        "(an action in any tense shows behaviour when the sentence names its occasion).")
    addressed: bool = Field(
        default=False, description="Counts only in a draft that speaks to the person as 'you', where "
        "he, she and they are other people ('she left looking relieved' is an effect on someone else).")

    @property
    def kind_label(self) -> str:
        return self.kind


class DocumentRule(Rule):
    """A finding about the draft as a whole (no span)."""

    kind: Literal["vague", "missing_impact", "missing_action"]

    @property
    def kind_label(self) -> str:
        return self.kind


class PartSpec(BaseModel):
    model_config = {"extra": "forbid"}

    label: str
    question: str = Field(description="The prompt for a missing part; {quote} is the writer's own words.")
    fallback: str = Field(description="The prompt when there is nothing of the writer's to quote.")


class PolarityLexicon(BaseModel):
    model_config = {"extra": "forbid"}

    source: str
    praise: list[str]
    critical: list[str]
    negators: str
    problem_words: str
    change_request: str
    request: str
    remedies: str = Field(description="Verbs that solve a problem: a problem word after one is praise ('fixed the broken job').")
    bare_demand: str = Field(default="", description=(
        "A whole sentence that asks only for a better result ('Please improve your attendance', 'Next time, be more "
        "careful'): a desired result, not a next step."))
    effort_words: str = Field(default="", description=(
        "Base forms of words of effort, attention and attitude ('try', 'hard', 'effort', 'careful', 'commitment', "
        "'initiative'): a request whose every content word is one of these or an unspecific word, with no number "
        "or name, is an exhortation ('You should just try harder', 'Show more initiative'), no next step; each "
        "listed with its inflections."))
    generic_words: str = Field(default="", description=(
        "Words of habitual, generic praise ('delivered high-quality work', 'went above and beyond'): a behaviour "
        "sentence made only of these, with no occasion, number or name, describes no observable behaviour."))
    unspecific_words: str = Field(default="", description=(
        "Base forms of words that name no concrete act, object or occasion beyond the generic words: activity "
        "nouns ('tasks', 'duties', 'communication'), verbs of doing the job ('complete', 'meet'), spans of time "
        "('year', 'season'); each listed with its inflections."))
    manner_verbs: str = Field(default="", description=(
        "Base forms of verbs of doing something in some manner ('handle', 'manage', 'deal'): their object is the "
        "occasion, not what was done ('you handled the complaints professionally', 'the way you handled the "
        "close was a disaster')."))
    delivery_adverbs: str = Field(default="", description=(
        "Adverbs of how something was done that an observer sees or hears ('calmly', 'concisely', 'patiently'), "
        "unlike evaluations ('professionally', 'well'): after a manner verb whose object is one particular "
        "occasion ('you handled the client call calmly and concisely') they name the behaviour on it."))
    harm_verbs: str = Field(default="", description=(
        "Base forms of verbs of social harm that the rating lexicon leaves unrated or rates mildly ('dismiss', "
        "'shout', 'scold', 'patronise'): done by the person to a person ('shouted at two of the temps') they are "
        "criticism, as is any verb VADER rates at -1 or below; each listed with its inflections."))
    duty_verbs: str = Field(default="", description=(
        "Base forms of verbs VADER rates at -1 or below that name a duty or a win when their object is a person "
        "('warned the customer', 'defeated the incumbent', 'fired the contractor'): never read as harm done."))
    cooperative_verbs: str = Field(default="", description=(
        "Base forms of verbs of cooperating ('share', 'accept', 'attend', 'answer', 'follow'): refused by the "
        "person ('won't share his notes', 'refuses to attend the reviews') they are criticism."))
    message_verbs: str = Field(default="", description=(
        "Base forms of verbs of transferring a message ('announce', 'explain', 'report', 'show', 'tell'): a problem "
        "in their object, the person their subject ('announced the delay at the gate'), is what the person told "
        "others of, not a fault of theirs."))


class SpanRulesFile(BaseModel):
    model_config = {"extra": "forbid"}

    rules: list[FeedbackSpanRule]


class StructureFile(BaseModel):
    model_config = {"extra": "forbid"}

    fragments: dict[str, str]
    parts: dict[Part, PartSpec]
    cues: list[StructureCue]
    documents: list[DocumentRule]
    polarity: PolarityLexicon


class FeedbackOverrides(Overrides[FeedbackSpanRule | StructureCue]):
    """The feedback section of an organisation's rules file: span rules and cues to add or
    replace (by id), rule or cue ids to disable, phrases inside which no span is flagged, and
    whether the learned decision layer runs (``learned: false``: the rules alone decide)."""

    learned: bool | None = Field(default=None, description="true: the learned layer gives a second opinion "
                                 "on polarity and the draft-level findings; false: the rules alone decide; "
                                 "unset: the packaged default (LEARNED_BY_DEFAULT).")

    @field_validator("vocabulary")
    @classmethod
    def _no_vocabulary(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if value:
            raise ValueError("feedback rules have no vocabulary lists; add span rules or cues instead")
        return value


# --- compiled rules ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledSpanRule:
    rule: FeedbackSpanRule
    pattern: re.Pattern[str]
    not_followed_by: frozenset[str]

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def kind(self) -> str:
        return self.rule.kind

    @property
    def message(self) -> str:
        return self.rule.explanation

    @property
    def suggestion(self) -> str:
        return self.rule.suggestion

    @property
    def examples(self) -> dict[str, list[str]]:
        return self.rule.examples.model_dump()


@dataclass(frozen=True)
class Cue:
    rule: StructureCue
    pattern: re.Pattern[str]

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def part(self) -> str:
        return self.rule.kind

    @property
    def examples(self) -> dict[str, list[str]]:
        return self.rule.examples.model_dump()


@dataclass(frozen=True)
class FeedbackRules:
    span_rules: tuple[CompiledSpanRule, ...]
    cues: tuple[Cue, ...]
    documents: dict[str, DocumentRule]
    parts: dict[str, PartSpec]
    fragments: dict[str, str]
    polarity_source: str
    praise: re.Pattern[str]
    critical: re.Pattern[str]
    negators: re.Pattern[str]
    problem_words: re.Pattern[str]
    request: re.Pattern[str]
    change_request: re.Pattern[str]
    remedies: re.Pattern[str]
    allow: PhraseMatcher
    term_index: dict[str, tuple[CompiledSpanRule, ...]]  # first word of a term -> rules with such a term
    generic_words: frozenset[str] = frozenset()
    effort_words: frozenset[str] = frozenset()
    unspecific_words: frozenset[str] = frozenset()
    manner_verbs: frozenset[str] = frozenset()
    delivery_adverbs: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    duty_verbs: frozenset[str] = frozenset()
    cooperative_verbs: frozenset[str] = frozenset()
    message_verbs: frozenset[str] = frozenset()
    bare_demand: re.Pattern[str] | None = None
    scan: PatternScan | None = None  # the cues, praise, critical, negators, _SCANNED, change_request: where each can match
    learned: bool = LEARNED_BY_DEFAULT  # the learned layer gives its second opinion
    listed_words: frozenset[str] = frozenset()  # one-word terms of every built-in and org span rule
    listed_by_kind: frozenset[tuple[str, str, str]] = frozenset()  # (kind, match, word) for the same terms

    def scan_index(self, pattern: re.Pattern[str]) -> int | None:
        """The position of ``pattern`` in :attr:`scan` (its cues first, then praise, critical, negators, then the
        sentence patterns of :data:`_SCANNED`, then change_request)."""
        if self.scan is None:
            return None
        return self.scan.index(pattern)

    @property
    def labels(self) -> dict[str, str]:
        return {part: spec.label for part, spec in self.parts.items()}


def _term_pattern(terms: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(t).replace(r"\ ", r"[\s-]{1,3}").replace(r"\-", r"[\s-]?") for t in terms),
                          key=len, reverse=True)
    # An intensifying prefix does not hide the word: "ultra-controlling", "super-lazy".
    # An opening single quote does not hide it either (a quoted label: "were 'rude' and 'abrasive'").
    # compiled with its alternatives grouped by their first letter (scan.compile_regex): the same matches, but
    # a term is tried only after its first letter holds (a draft tries these at every listed first word)
    return compile_regex(r"(?:(?<![\w'’-])|(?<=[\s(\[/\"“]['‘])|(?<=ultra-)|(?<=super-)|(?<=hyper-)|(?<=overly-)|(?<=uber-))(?:"
                         + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    for name, value in fragments.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _inflected(words: str) -> frozenset[str]:
    """Every inflection of each of the space-separated base forms ``words`` (a lexicon listed as base forms)."""
    return frozenset(form for word in words.split() for form in inflections(word))


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return compile_regex(linear_regex(pattern), re.IGNORECASE)
    except ValueError as exc:
        raise RulesFileError(f"{where}: {exc}") from None


def _read(path: Path, model: type[BaseModel]) -> BaseModel:
    data = read_yaml(path, trusted=True)
    try:
        return model.model_validate(data or {})
    except ValidationError as exc:
        raise RulesFileError(validation_message(path, exc)) from None


@lru_cache(maxsize=1)
def _builtin() -> tuple[SpanRulesFile, StructureFile]:
    spans = _read(RULES_DIR / "feedback.yaml", SpanRulesFile)
    structure = _read(RULES_DIR / "feedback_structure.yaml", StructureFile)
    return spans, structure  # type: ignore[return-value]


@lru_cache(maxsize=16)
def _load_cached(key: OrgKey | None) -> FeedbackRules:
    if key is None:
        from assistant.analyzers import rulecache

        cached = rulecache.load("feedback")
        if cached is not None:
            if cached.scan is not None:  # read back, its copies of this module's patterns are other objects
                cached.scan.adopt(_SCANNED)
            return cached  # type: ignore[no-any-return]
    return _compile_rules(key)


def _compile_rules(key: OrgKey | None) -> FeedbackRules:
    spans, structure = _builtin()
    overrides = FeedbackOverrides()
    if key is not None:
        overrides = parse_overrides(FeedbackOverrides, key[0], org_section(key, "feedback"))  # type: ignore[assignment]
    where = f"rules file {key[0]}" if key else "built-in feedback rules"
    builtin: list[FeedbackSpanRule | StructureCue | DocumentRule] = [*spans.rules, *structure.cues, *structure.documents]
    merged = merge_rules(builtin, overrides, key[0] if key else None)
    fragments = {k: _expand(v, {}) for k, v in structure.fragments.items()}
    span_rules = tuple(
        CompiledSpanRule(rule, _term_pattern(rule.terms), frozenset(w.lower() for w in rule.not_followed_by))
        for rule in merged if isinstance(rule, FeedbackSpanRule)
    )
    cues = tuple(
        Cue(rule, _compile(_expand(rule.pattern, fragments), f"{where}: cue {rule.id}"))
        for rule in merged if isinstance(rule, StructureCue)
    )
    documents = {rule.kind: rule for rule in merged if isinstance(rule, DocumentRule)}
    polarity = structure.polarity

    def union(patterns: list[str], name: str) -> re.Pattern[str]:
        return _compile("|".join(f"(?:{_expand(p, fragments)})" for p in patterns), f"{where}: polarity {name}")

    praise = union(polarity.praise, "praise")
    critical = union(polarity.critical, "critical")
    negators = _compile(polarity.negators, f"{where}: polarity negators")
    change_request = _compile(polarity.change_request, f"{where}: polarity change_request")
    return FeedbackRules(
        span_rules=span_rules, cues=cues, documents=documents, parts=dict(structure.parts), fragments=fragments,
        polarity_source=polarity.source, praise=praise, critical=critical, negators=negators,
        # A trait or harsh word names a problem too: "always so emotional" overgeneralises criticism.
        problem_words=union([polarity.problem_words,
                             *(_in_own_sense(r) for r in span_rules
                               if r.kind in ("trait", "harsh") and r.rule.match not in _PREDICATION_MATCHES)], "problem_words"),
        request=_compile(polarity.request, f"{where}: polarity request"),
        change_request=change_request,
        remedies=_compile(polarity.remedies, f"{where}: polarity remedies"),
        allow=PhraseMatcher(overrides.allow),
        term_index=_term_index(span_rules),
        generic_words=wordset(polarity.generic_words),
        effort_words=_inflected(polarity.effort_words),
        unspecific_words=_inflected(polarity.unspecific_words),
        manner_verbs=_inflected(polarity.manner_verbs),
        delivery_adverbs=wordset(polarity.delivery_adverbs),
        harm_verbs=_inflected(polarity.harm_verbs),
        duty_verbs=_inflected(polarity.duty_verbs),
        cooperative_verbs=_inflected(polarity.cooperative_verbs),
        message_verbs=_inflected(polarity.message_verbs),
        bare_demand=_compile(polarity.bare_demand, f"{where}: polarity bare_demand") if polarity.bare_demand else None,
        scan=PatternScan([*(cue.pattern for cue in cues), praise, critical, negators, *_SCANNED, change_request]),
        learned=LEARNED_BY_DEFAULT if overrides.learned is None else overrides.learned,
        # A word a list rule names is judged by that rule alone (its own context checks; disabled with it); a quality
        # demanded is judged in its frame only, the word elsewhere stays the valence rules' ("so defensive")
        listed_words=frozenset(t.lower() for r in [*spans.rules, *merged] if isinstance(r, FeedbackSpanRule)
                               and r.match not in ("valence", "demanded") for t in r.terms if " " not in t),
        listed_by_kind=frozenset((r.kind, r.match, t.lower()) for r in [*spans.rules, *merged]
                                 if isinstance(r, FeedbackSpanRule) and r.match not in ("valence", "demanded")
                                 for t in r.terms if " " not in t),
    )


_ALNUM_RUN = precompiled(r"[^\W_]+")


def _term_index(span_rules: tuple[CompiledSpanRule, ...]) -> dict[str, tuple[CompiledSpanRule, ...]]:
    index: dict[str, list[CompiledSpanRule]] = {}
    for rule in span_rules:
        if rule.rule.match == "valence":
            continue  # its terms are the words it leaves out
        for term in rule.rule.terms:
            first = _ALNUM_RUN.search(term.lower())
            if first and rule not in index.setdefault(first.group(), []):
                index[first.group()].append(rule)
    return {word: tuple(rules) for word, rules in index.items()}


def _in_own_sense(rule: CompiledSpanRule) -> str:
    """The rule's pattern, not where a word after it marks another sense ("entitled to", as the rule's
    ``not_followed_by`` says): a problem word only in the sense the rule flags."""
    if not rule.not_followed_by:
        return rule.pattern.pattern
    others = "|".join(sorted(re.escape(w) for w in rule.not_followed_by))
    return rf"(?:{rule.pattern.pattern})(?![\s-]{{1,3}}(?i:{others})(?![\w-]))"


def load_feedback_rules(rules_file: Path | str | None = None) -> FeedbackRules:
    """The packaged feedback rules merged with the organisation's ``feedback`` section (cached)."""
    return _load_cached(org_file_key(rules_file))


# --- words the context checks use --------------------------------------------------------------

PERSON_PRONOUNS = frozenset(["you", "he", "she", "they", "u"])
OBJECT_PRONOUNS = frozenset(["you", "him", "her", "them", "your", "his", "their"])
LINKING = wordset(
    """are is was were am be been being seem seems seemed appear appears appeared come comes came across as
    can could tend tends to get gets got became become becomes remain remains remained sound
    sounds sounded look looks looked acted act acts getting becoming"""
)
ADVERBS = wordset(
    """so very really quite too a bit little extremely pretty incredibly kind sort of just always often
    sometimes rather somewhat totally completely frankly honestly generally consistently increasingly
    constantly also still now more fairly such an the most super plain downright simply clearly visibly
    however though ultra hyper overly uber extra complete total absolute utter real"""
)
AUXILIARIES = wordset(
    """are is was were have has had do does did will would can could just also still almost nearly pretty
    much basically literally seem seems to honestly really simply once again been"""
)
CONTRACTED_SUBJECT = precompiled(r"^(?:you|he|she|they|it|we|i)['’](?:re|s|ve|d|m|ll)$", re.IGNORECASE)
_NOT_NAMES = wordset(
    """the this that these those it there what which when where everyone everybody nobody customers clients
    great nice thanks please honestly also however then next our we i really truly very so just well
    totally seriously overall none neither nothing each every all both several most many some few any one last first"""
)
PERSON_NOUNS = wordset(
    """person employee worker colleague coworker co-worker teammate member engineer manager nurse analyst
    individual guy man woman lad girl boy attitude staff hire leader developer boss supervisor director lead
    coordinator officer agent rep representative assistant administrator technician consultant designer
    intern trainee contractor associate specialist"""
)


_CHANGE_OF_STATE = frozenset(["getting", "got", "became", "becoming"])
_CALENDAR = frozenset(w.lower() for w in MONTHS + WEEKDAYS) - {"may", "june", "april", "august"}


def _is_person(token_text: str, first_in_sentence: bool) -> bool:
    lower = token_text.lower()
    if lower in PERSON_PRONOUNS:
        return True
    # A capitalised word is a name, also at a sentence start, unless it is a common opener; at a sentence start a
    # common English word that is no first name is the capital of a thing or event ("Parting is always emotional").
    return (token_text[:1].isupper() and token_text[1:2].islower() and lower not in _NOT_NAMES
            and lower not in _CALENDAR and not (first_in_sentence and not names_lexicon().may_be_name(lower)))


# --- a draft, tokenised once ------------------------------------------------------------------

_CLAUSE_BREAK = precompiled(
    r"[,;:—–()]|\s-\s|\b(?:but|however|though|although|whereas|while|which|because)\b"
    r"|\b(?:and|so)\b(?=\s{1,3}(?:the|a|an|I|we|you|he|she|they|it|this|that|our|my|his|her|their)\b)",
    re.IGNORECASE,
)
_WINDOW = 160
_YOU_BEFORE = precompiled(r"\byou\b", re.IGNORECASE)
_YOU = precompiled(r"\byou(?:r|rs|rself)?\b|\byou['’](?:re|ve|ll|d)\b", re.IGNORECASE)
MAX_SPAN_CANDIDATES = 1000
"""Context checks per draft at most: a real draft has a few dozen candidate words; a pathological
one ("never never never ..." for 50,000 characters) stays fast."""


@dataclass
class _Draft:
    text: str
    sentences: list[tuple[int, int]]
    starts: list[int]
    toks: list  # text.Token
    scan: PatternScan | None = None
    memo: dict = field(default_factory=dict)
    """Per-clause results that checks run once per praise word would otherwise recompute (keyed by
    check name and clause): a draft with many cue words in one long clause stays linear."""

    @classmethod
    def of(cls, text: str, scan: PatternScan | None = None) -> _Draft:
        sentences = sentence_spans(text)
        return cls(text, sentences, [s for s, _ in sentences], tokens(text), scan)

    @cached_property
    def match_starts(self) -> list[list[int] | None]:
        """Per pattern of :attr:`scan`, where in the text it can match (see ``assistant.analyzers.scan``)."""
        return self.scan.starts(self.text) if self.scan is not None else []

    def matches(self, rules: FeedbackRules, pattern: re.Pattern[str], pos: int = 0,
                endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``, trying only where the pattern can start (over the whole
        text, found once per draft: the polarity patterns are walked by several checks)."""
        scan = self.scan
        n = scan.index(pattern) if scan is not None and rules.scan is scan else None
        starts = self.match_starts[n] if n is not None else None
        if starts is not None and not starts:
            return iter(())  # no place in the draft where the pattern can start
        if pos or endpos is not None:
            return finditer_at(pattern, self.text, starts, pos, endpos)
        key = ("matches", id(pattern))
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = (pattern, findall_at(pattern, self.text, starts))
        return iter(found[1])

    def search(self, rules: FeedbackRules, pattern: re.Pattern[str], pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, trying only where the pattern can start (see :meth:`matches`)."""
        scan = self.scan
        n = scan.index(pattern) if scan is not None and rules.scan is scan else None
        return search_at(pattern, self.text, self.match_starts[n] if n is not None else None, pos, endpos)

    def span_tokens(self, start: int, end: int) -> list:
        """``tokens(text[start:end])`` (offsets from ``start``), worked out once per span: several checks read
        the words of the same clause. The list is shared: read it, do not change it."""
        key = ("tokens", start, end)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = tokens(self.text[start:end])
        return found

    def span_words(self, start: int, end: int) -> list[str]:
        """The words of :meth:`span_tokens`, lower-cased, curly apostrophes straightened (shared, read-only)."""
        key = ("words", start, end)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = [normalise_quotes(t.text).lower() for t in self.span_tokens(start, end)]
        return found

    @cached_property
    def parsed(self) -> list[list[Clause]]:
        """The clauses of each sentence (``assistant.text.clauses``)."""
        return [clauses(self.text, s, e, self._tokens_within(s, e)) for s, e in self.sentences]

    def _tokens_within(self, start: int, end: int) -> list | None:
        """The draft's tokens of ``text[start:end]``: those the slice alone gives when no token runs over either
        end (a word is found from its first character to its last whatever comes before or after it); None when one does."""
        toks = self.toks
        first = bisect_left(self._token_starts, start)
        last = bisect_left(self._token_starts, end)
        if (first and toks[first - 1].end > start) or (last and toks[last - 1].end > end):
            return None
        return toks[first:last]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.toks]

    @cached_property
    def person(self) -> _Person:
        """Who the draft is about (``_person`` over its clauses), worked out once."""
        return _person(self.text, self.parsed)

    def clause_at(self, sentence: int, pos: int) -> Clause | None:
        """The clause of sentence number ``sentence`` that ``pos`` lies in."""
        found = self.parsed[sentence]
        k = bisect_right(self._clause_starts[sentence], pos) - 1
        return found[k] if k >= 0 and pos < found[k].end else None

    @cached_property
    def _clause_starts(self) -> list[list[int]]:
        return [[c.start for c in found] for found in self.parsed]

    @cached_property
    def folded(self) -> str:
        """The text lowered at the same offsets, every character ``re.IGNORECASE`` matches to an ASCII letter as
        that letter (``scan.fold``): a literal a case-insensitive match needs is in it wherever the match is."""
        return fold(self.text)

    @cached_property
    def second_person(self) -> bool:
        """The draft speaks to the person ("you"); he, she and they are then other people."""
        return _YOU.search(self.text) is not None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return pos, pos

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        lo, hi = 0, len(self.toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid].start < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``[start, end)``: from the last break before it to the first after it,
        inside its sentence and a bounded window."""
        s, e = self.sentence_at(start)
        if s == e:
            s, e = start, end
        lo = max(s, start - _WINDOW)
        breaks = list(_CLAUSE_BREAK.finditer(self.text, lo, start))
        clause_start = breaks[-1].end() if breaks else lo
        nxt = _CLAUSE_BREAK.search(self.text, end, min(e, end + _WINDOW))
        clause_end = nxt.start() if nxt else min(e, end + _WINDOW)
        if nxt and len(self.text[clause_start:clause_end].split()) < 4:
            # "Next time, please let him finish": a fronted phrase takes the clause after it
            further = _CLAUSE_BREAK.search(self.text, nxt.end(), min(e, nxt.end() + _WINDOW))
            clause_end = further.start() if further else min(e, nxt.end() + _WINDOW)
        while clause_start < start and self.text[clause_start] in " \t\n":
            clause_start += 1
        while clause_end > end and self.text[clause_end - 1] in " \t\n.!?":
            clause_end -= 1
        return clause_start, clause_end


# --- span findings ----------------------------------------------------------------------------


def _words_before(draft: _Draft, pos: int, sent_start: int, limit: int = 8) -> list:
    i = draft.token_index(pos) - 1
    while i >= 0 and draft.toks[i].end > pos:
        i -= 1  # the token the match is part of ("ultra-controlling")
    out = []
    while i >= 0 and draft.toks[i].start >= sent_start and len(out) < limit:
        out.append(draft.toks[i])
        i -= 1
    return out  # nearest first


def _trait_ok(draft: _Draft, m: re.Match[str], previous_end: int | None) -> bool:
    """A trait adjective describes a person: "you are lazy", "being so sloppy", "Sam seems
    careless", "a lazy employee", or it is joined to a trait already found ("lazy and careless")."""
    text = draft.text
    sent_start, _ = draft.sentence_at(m.start())
    before = _words_before(draft, m.start(), sent_start)
    if _attributive_to_thing(text, m, before):
        return False  # "a touchy subject", "a demanding quarter": the adjective describes the noun after it
    if _quoted_label(text, m, sent_start):
        return True  # "The words your co-workers use to describe you are 'annoying' and 'abrasive'"
    if (ascribed := _ascribed_to_person([t.lower.replace("’", "'") for t in before], before)) is not None:
        return ascribed  # "People find you difficult", "They see you as stubborn"; not "Nobody would call you lazy"
    saw_link = False
    for n, tok in enumerate(before):
        lower = tok.lower.replace("’", "'")
        following = before[n + 1].lower.replace("’", "'") if n + 1 < len(before) else ""
        if lower in _ASCRIBED_PARTICIPLES and (not following or following in BE_FORMS or following in ("'re", "'s")
                                               or CONTRACTED_SUBJECT.match(following) or following == "been"):
            saw_link = True  # "You are seen as lazy", "You've been called bossy": others' words, the person's trait
            continue
        if lower == "of" and following == "thought":
            continue  # "think of you as lazy"
        if CONTRACTED_SUBJECT.match(lower):
            return not lower.startswith(("it", "we", "i'"))  # "you're", "he's" (not "it's")
        if lower in ("being", "be") and not saw_link:
            # "be rude", "stop being so sloppy", but not "it may be defensive"
            return lower == "being" or not _thing_subject_of_be(before[n + 1:])
        if lower in LINKING:
            if not saw_link and lower in _CHANGE_OF_STATE:
                return False  # "I noticed you getting defensive when ...": a reaction observed, not a label
            saw_link = True
            continue
        if saw_link and lower in AUXILIARIES:
            continue  # "has been careless", "will be rude"
        if lower in ADVERBS or (lower.endswith("ly") and len(lower) > 4) or (
                lower in _TOO_DEGREE and n > 0 and before[n - 1].lower == "too"):
            continue  # "so", "really", "far too", "way too"
        if saw_link:
            first = n == len(before) - 1 and tok.start == sent_start
            return (_is_person(tok.text, first) or lower.rstrip("s") in PERSON_NOUNS  # "my manager is ..."
                    or lower in ("and", "but", "or") and _subject_earlier(before[n + 1:])
                    or bool(_WHOEVER.match(text, sent_start)))  # "Whoever came up with this is incompetent"
        break
    nxt = re.match(r"[\s-]{1,3}([\w-]{1,30})", text[m.end():m.end() + 40])
    if nxt and nxt.group(1).lower().rstrip("s") in PERSON_NOUNS:
        return True
    if not before and _review_form_label(text[m.end():draft.sentence_at(m.start())[1]]):
        return True  # a review-form line made of the label alone ("Lazy.", "Rude and careless."): about the person
    if previous_end is not None and 0 <= m.start() - previous_end <= 60:
        between = re.findall(r"[\w'’-]+|,", text[previous_end:m.start()].lower())
        joins = {"and", "or", ",", "but", "also", "as", "well"}
        preps = {"in", "at", "with", "during", "on", "to", "about", "toward", "towards"}
        if between and any(w in joins for w in between) and all(
            w in joins or w in ADVERBS or w in preps or len(between) <= 5 for w in between
        ):
            return True
    return False


_TOO_DEGREE = wordset("far way much")


# A trait may be given through others' words: a verb that ascribes a quality to its object ("people find you
# difficult", "they call you stubborn", "the staff consider you unreliable"), its passive ("you are seen as lazy",
# "you've been called bossy", "described as aggressive"), or a quoted label that others' words name ("the words
# your co-workers use to describe you are 'annoying' and 'abrasive'"). Whose words they are does not change
# what the sentence does: it labels the person's character (the guides' trait definition).
_ASCRIBING_VERBS = frozenset().union(*(inflections(v) for v in ("find", "consider", "call", "deem", "label", "brand",
                                                                 "think", "judge", "rate")))
_ASCRIBED_PARTICIPLES = frozenset(("found", "considered", "called", "deemed", "labelled", "labeled", "branded", "judged",
                                   "described", "seen", "viewed", "perceived", "regarded", "thought", "known",
                                   "experienced", "portrayed", "characterised", "characterized", "rated"))
_OBJECT_PERSONS = frozenset(("you", "him", "her", "them"))
_DENYING = frozenset(("not", "never", "nobody", "noone", "none", "no", "neither", "nor", "hardly"))
_LABEL_NOUN = precompiled(r"\b(?:words?|terms?|adjectives?|labels?|descriptions?|descriptors?)\b(?:[^.!?]{0,80}?\b(?:is|are|was|"
                         r"were|included?|came\s{1,3}up)\b|\s{1,3}(?:like|such\s{1,3}as)\b|\s{0,3}:)", re.IGNORECASE)
_LABELLED_PERSON = precompiled(r"\b(?:you|him|her|them)\b|\b(?:your|his|her|their)\s{1,3}(?:360|feedback|survey|appraisal|"
                              r"review|evaluation|peer)", re.IGNORECASE)
_MENTION_ONLY = precompiled(r"\s{0,3}(?:please\s{1,3})?(?:avoid|don['’]t|do\s{1,3}not|never|stop|ban|banned|instead\s{1,3}of|"
                           r"rather\s{1,3}than)\b", re.IGNORECASE)


_IMPRESSED = wordset("me us people others everyone everybody many some")
_STRIKING = frozenset(inflections("strike")) | {"struck"}
_DESCRIBING_VERBS = frozenset().union(*(inflections(v) for v in ("describe", "see", "view", "perceive", "regard",
                                                                   "know", "label", "brand", "characterise",
                                                                   "characterize", "portray")))


def _ascribed_to_person(before: list[str], toks: Sequence | None = None) -> bool | None:
    """The words before a judgement (nearest first) ascribe it to a person through others' words: "find you
    ...", "call him ...", "describe you as ...", "(are) seen as ...", "(Jen) strikes me as ..." (with ``toks``,
    the tokens of ``before``, to tell a person subject from a thing: "the plan strikes me as rigid"); False when
    that is denied ("nobody would call you", "they do not see you as"); None when there is no such frame."""
    if len(before) >= 3 and before[0] == "as" and before[1] in _IMPRESSED and before[2] in _STRIKING:
        subject = next((k for k in range(3, min(len(before), 6)) if before[k] not in AUXILIARIES
                        and before[k] not in ADVERBS and before[k] not in _DENYING and not before[k].endswith("n't")), None)
        if subject is None or toks is None:
            return None
        head = toks[subject]
        if not (before[subject] in PERSON_PRONOUNS or before[subject].rstrip("s") in PERSON_NOUNS
                or _is_person(head.text, False) and before[subject] not in _THING_SUBJECTS):
            return None
        rest = before[3:]
    elif len(before) >= 2 and before[0] in _OBJECT_PERSONS and before[1] in _ASCRIBING_VERBS:
        rest = before[2:]
    elif len(before) >= 3 and before[0] == "as" and before[1] in _OBJECT_PERSONS and before[2] in _DESCRIBING_VERBS:
        rest = before[3:]
    elif len(before) >= 3 and before[0] == "as" and before[1] in _ASCRIBED_PARTICIPLES \
            and (before[2] in BE_FORMS or before[2] == "been" or CONTRACTED_SUBJECT.match(before[2])) \
            and any(w in PERSON_PRONOUNS or CONTRACTED_SUBJECT.match(w) and not w.startswith(("it", "we", "i'"))
                    for w in before[2:6]):
        rest = before[2:]
    else:
        return None
    return not any(w in _DENYING or w.endswith("n't") for w in rest[:6])


def _sentence_end_after(text: str, k: int) -> int:
    """The end of the sentence holding ``k`` (the next sentence-ending mark, or the text's end)."""
    m = re.compile(r"[.!?](?:\s|$)").search(text, k)
    return m.end() if m else len(text)


def _quoted_label(text: str, m: re.Match[str], sent_start: int) -> bool:
    """The trait word stands in quotes as the complement of a label noun ("the word that came up most was
    'dismissive'") in a sentence about a person."""
    k = m.start()
    if k == 0 or text[k - 1] not in "'\"‘“":
        return False
    prefix = text[sent_start:k - 1]
    # the person may be named after the label ("Words like 'rude' came up about you"); a sentence that only
    # mentions the word to advise against it labels no one ("Avoid words like 'lazy' in your reviews")
    return (_LABEL_NOUN.search(prefix) is not None and _MENTION_ONLY.match(text, sent_start) is None
            and _LABELLED_PERSON.search(text, sent_start, _sentence_end_after(text, k)) is not None)


def _followed_by_other_sense(text: str, m: re.Match[str], rule: CompiledSpanRule) -> bool:
    """The word after the term selects a sense that is no trait ("entitled to 20 days' leave")."""
    if not rule.not_followed_by:
        return False
    nxt = re.match(r"[\s-]{1,3}([\w-]{1,30})", text[m.end():m.end() + 40])
    return bool(nxt and nxt.group(1).lower() in rule.not_followed_by)


_THING_SUBJECTS = wordset("it this that which there what")


def _thing_subject_of_be(before: list) -> bool:
    """The subject of an infinitive 'be', past modals, negation and adverbs, is a thing: "it may be
    defensive", "that could be careless" (an imperative "be rude" or "you can be rude" has none or a person)."""
    for tok in before:
        lower = tok.lower.replace("’", "'")
        if lower in AUXILIARIES or lower in MODALS or lower in ("not", "n't", "never") or lower in ADVERBS:
            continue
        if lower in _THING_SUBJECTS:
            return True
        # a common noun that is no person ("your first response may be defensive"); a pronoun, a
        # name, a person noun, "to" or "don't" before it leave the person as the subject
        return (tok.text.isalpha() and tok.text.islower() and lower not in STOPWORDS
                and lower.rstrip("s") not in PERSON_NOUNS and lower not in PERSON_PRONOUNS)
    return False


_NOUN_AFTER = precompiled(r"[\s-]{1,3}([a-z][a-z'’-]{1,30})\b")


def _attributive_to_thing(text: str, m: re.Match[str], before: list) -> bool:
    """An article + the adjective + a content word that is not a person noun: the adjective
    modifies a thing ("Pricing is a touchy subject"), whatever the subject of the sentence."""
    if not before or before[0].lower not in ("a", "an"):
        return False
    nxt = _NOUN_AFTER.match(text, m.end(), m.end() + 40)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    return word not in STOPWORDS and word not in ("and", "or", "but") and word.rstrip("s") not in PERSON_NOUNS


def _review_form_label(rest: str) -> bool:
    """What follows a sentence-opening trait word leaves it a bare label: nothing, or another
    short coordinated adjective ("Lazy.", "Rude and careless!")."""
    words = re.findall(r"[\w'’-]+", rest.lower())
    if not words:
        return True
    return len(words) <= 3 and words[0] in ("and", "or") and not any(w in LINKING or w in AUXILIARIES for w in words)


_WHOEVER = precompiled(r"\s{0,3}(?:[\"'“‘(]\s{0,3})?(?:whoever|whomever|anyone\s{1,3}who|anybody\s{1,3}who|someone\s{1,3}who|"
                      r"the\s{1,3}(?:person|people|guy|one)\s{1,3}who|those\s{1,3}who)\b", re.IGNORECASE)


def _subject_earlier(toks: list) -> bool:
    """A person subject earlier in the clause: '... and was abrasive' after 'Sam joined late'."""
    return any(_is_person(t.text, i == len(toks) - 1) for i, t in enumerate(toks))


def _person_subject_before(draft: _Draft, start: int, clause_start: int, own_work: bool = False) -> bool:
    """A person right before the match, past auxiliaries: 'you always', 'he has never'; after 'and
    then', the subject of the sentence ('He sets low standards, and then consistently fails'); with
    ``own_work``, the person's work ('your reports are always late')."""
    for tok in _words_before(draft, start, clause_start, limit=6):
        lower = tok.lower.replace("’", "'")
        if CONTRACTED_SUBJECT.match(lower):
            return not lower.startswith(("it", "we", "i'"))
        if tok.start == draft.sentence_at(start)[0] and lower in _REVIEW_FORM_VERBS:
            return True  # "Is constantly late", "Has never once thanked the team": the subject left out
        if lower in AUXILIARIES or lower in ("not", "n't", "don't", "doesn't", "didn't"):
            continue
        if lower in ("and", "then", "but", "or", "yet"):
            sentence_start = draft.sentence_at(start)[0]
            opening = _words_before(draft, start, sentence_start, limit=40)[-3:]
            return any(_is_person(t.text, t.start == sentence_start) or t.lower.rstrip("s") in PERSON_NOUNS
                       for t in opening)
        first = tok.start == draft.sentence_at(start)[0]
        if first and not _is_person(tok.text, True):
            return False  # "Parting is always emotional", "Change is never easy": a thing or event, no person
        if own_work and _OWN_WORK.search(draft.text, max(clause_start, tok.start - 40), tok.start):
            return True  # "your reports are always late": the person's work stands for the person
        return _is_person(tok.text, tok.start == clause_start and first)
    return False


_OWN_WORK = precompiled(r"\b(?i:your|his|her|their)\s{1,3}(?:[a-z-]{2,30}\s{1,3})?\Z")


_REVIEW_FORM_VERBS = frozenset(["is", "was", "has", "had", "does", "did", "gets", "seems", "appears", "tends", "remains"])


_REPORTED_LEAD = precompiled(r"\b(?:said|says|saying|told\s{1,3}\w{1,30}|replied|answered|claimed|insisted|explained|wrote|"
                            r"shouted|yelled)\b(?:\s{1,3}that|,?\s{0,3}[\"“‘]\s{0,3}[\w'’-]{1,30})?(?:\s{1,3}[\w'’-]{1,30}){0,4}\s{0,3}\Z",
                            re.IGNORECASE)
_SUBJECT_AFTER = precompiled(
    r"\s{1,3}(?:(?:you|he|she|they)\b|[A-Z][a-z]{1,30}\b|(?:ever\s{1,3})?(?:gets?|got|is|was|has|had|works?|worked|"
    r"goes|went|seems?|arrives?)\b)"
)
_SIMPLE_PAST = precompiled(
    r"\s{1,3}(?:[a-z]{1,30}ed|got|came|went|made|took|gave|sent|said|told|heard|saw|found|left|ran|wrote|did|had|was|were)\b",
    re.IGNORECASE,
)
_PERFECT = precompiled(r"\b(?:have|has)\b|['’]ve\b", re.IGNORECASE)
_REPORTED = precompiled(r"\b(?:said|says|called|calls|described|describe|told \w{1,30}|wrote|posted|joked)\b",
                       re.IGNORECASE)
_NAME_BEFORE = precompiled(r"\b(?!(?:It|This|That|There|The|We|I)\b)[A-Z][a-z]{1,30}\b")
_NEEDS_WORK = precompiled(r"\b(?:improvement is needed|needs? (?:to )?improv\w{0,4}|struggl\w{0,5}|(?:could|would) (?:really |greatly )?benefit|room to grow|"
                         r"area to (?:focus on|improve|develop)|(?:should|must|needs? to|has to|have to) (?:be|become) more|"
                         r"it is (?:important|essential|critical|vital) (?:to|that))\b", re.IGNORECASE)
_PERSON_REF = precompiled(r"\b(?:you|your|yours|he|his|him|she|her|they|their|them)\b", re.IGNORECASE)


# "each time" or "every time" after a count of the occasions in the same sentence ranges over the counted set, as
# a distributive determiner does over a set already given (Quirk et al. 1985, 5.18, 'each' and 'every').
_DISTRIBUTIVE_TIME = precompiled(r"(?:each|every)\s{1,3}(?:single\s{1,3})?time", re.IGNORECASE)
_TWICE = precompiled(r"\b(?:twice|once\s{1,3}or\s{1,3}twice)\b", re.IGNORECASE)
_PATTERN_WORDS = ("consistently", "constantly", "continually", "continuously", "repeatedly", "regularly")
_COUNTED = precompiled(r"\b(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s{1,3}"
                      r"(?:(?:more\s{1,3})?times|days|shifts|occasions|mornings|meetings|weeks|of\s{1,3}(?:the\s{1,3})?(?:last\s{1,3})?"
                      r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))\b", re.IGNORECASE)


def _owned_problem(rules: FeedbackRules, text: str, start: int, end: int, sentence_start: int,
                   sentence_end: int) -> re.Match[str] | None:
    """The first problem word in ``text[start:end]`` that can be the person's: a problem noun only when it is
    theirs (:func:`_attributed`): "always tries to make the plan detailed, including bugs and risks" names the
    bugs the plan covers, not a fault an "always" overgeneralises."""
    for p in rules.problem_words.finditer(text, start, end):
        if not (_PROBLEM_NOUN.fullmatch(p.group()) and not _attributed(text, p.start(), p.end(), sentence_start,
                                                                        sentence_end)):
            return p
    return None


_DISCOURSE_LEAD = precompiled(
    r"\A[\s\"“‘(]{0,3}(?:let['’]s\s{1,3}(?:be\s{1,3}(?:honest|frank|real|clear|blunt)|face\s{1,3}it)|to\s{1,3}be\s{1,3}(?:honest|frank|"
    r"blunt|fair|clear)|(?:quite\s{1,3})?frankly|honestly|seriously|truthfully|bluntly|(?:in\s{1,3})?all\s{1,3}honesty|truth\s{1,3}be"
    r"\s{1,3}told|if\s{1,3}I['’]m\s{1,3}(?:being\s{1,3})?honest|I['’]ll\s{1,3}be\s{1,3}(?:honest|frank|blunt)|look|listen|again|"
    r"once\s{1,3}again|as\s{1,3}usual)\s{0,3}[,:;—–-]\s{0,3}", re.IGNORECASE)
# A habit adjective on the person's own problem: "her nonstop complaining", "your constant excuses", "his endless
# interruptions"; not "continuous integration", "your constant support" (no problem named).
_POSSESSOR_LEAD = precompiled(r"(?:\b(?i:your|his|her|their)|\b[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:(?:almost|near|nearly|seemingly|"
                              r"frankly|just)\s{1,3})?\Z")


def _possessed_habit_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules, lead: str) -> bool:
    text = draft.text
    if not _POSSESSOR_LEAD.search(lead):
        return False
    _, e = draft.sentence_at(m.start())
    head = _WORD.search(text, m.end(), min(e, m.end() + 40))
    if head is None or text[m.end():head.start()].strip():
        return False
    word = head.group().lower()
    return bool(rules.problem_words.fullmatch(head.group()) or rules.critical.fullmatch(head.group())
                or any(v <= -0.5 for v in word_valences([word])))


def _after_persons_verb(draft: _Draft, m: re.Match[str], rules: FeedbackRules, clause_start: int, clause_end: int) -> bool:
    """The absolute right after the person's own verb, and that clause criticises: "He complains constantly about
    his workstation", "you interrupt constantly" (not "she works constantly to help the new starters")."""
    near = _words_before(draft, m.start(), clause_start, limit=2)
    if not near or not near[0].text.isalpha() or near[0].lower in FUNCTION_WORDS or len(near[0].lower) < 4 \
            or not near[0].lower.endswith(("s", "ed")):
        return False
    text = draft.text
    if rules.praise.search(text, clause_start, clause_end):
        return False
    critical = rules.problem_words.search(text, clause_start, clause_end) or rules.critical.search(text, clause_start, clause_end) \
        or any(v <= -1 for v in word_valences([near[0].lower]))
    return bool(critical) and _person_subject_before(draft, near[0].start, clause_start)


def _bad_act_denied(draft: _Draft, m: re.Match[str], clause_end: int) -> bool:
    """ "never neglects", "never fails to", "never complains": the verb denied is one VADER rates bad (<= -1)."""
    word = _WORD.search(draft.text, m.end(), clause_end)
    while word is not None and word.group().lower() in ADVERBS:
        word = _WORD.search(draft.text, word.end(), clause_end)
    return word is not None and any(v <= -1 for v in word_valences([word.group().lower()]))


def _every_of_work_before(draft: _Draft, rules: FeedbackRules, m: re.Match[str]) -> bool:
    """ "Every single job runs late." after a sentence about the person's work ("Your schedules are never realistic."):
    the universal opens the sentence, its clause names a problem with no praise, and the sentence before addresses
    the person with a criticism, so the universal ranges over their work (not "Every single job on the site finished
    on time", nor a problem met: "Every single complaint was resolved")."""
    text = draft.text
    s, e = draft.sentence_at(m.start())
    if text[s:m.start()].strip(" \"'“‘(-•*") or s == 0:
        return False
    previous = draft.sentence_at(max(0, s - 2))
    if previous[0] >= s or not _YOU.search(text, *previous) or rules.praise.search(text, *previous) \
            or not any(p.search(text, *previous) for p in (rules.problem_words, rules.critical, rules.negators)):
        return False  # "Thanks for covering the desk. Every single complaint was answered": no criticism generalised
    _, clause_end = draft.clause(m.start(), m.end())
    return bool(rules.problem_words.search(text, m.end(), clause_end)) and not rules.praise.search(text, s, e) \
        and not rules.negators.search(text, m.end(), clause_end) and not rules.remedies.search(text, m.end(), clause_end)


_UNDERSTATING = frozenset(("anything", "less", "short", "other", "more"))
_NEGATIVE_PREFIXES = ("un", "dis", "in", "im", "il", "ir")  # the English negative prefixes of adjectives
_COPULA_BEFORE = precompiled(r"\b(?:is|are|was|were)\s{1,3}\Z", re.IGNORECASE)


def _good_predicate_denied(draft: _Draft, m: re.Match[str], lead: str, clause_end: int) -> bool:
    """ "never" between a copula and a predicate VADER does not rate bad: "Your estimates are never accurate", "your
    schedules are never realistic" deny the person's work a good quality every time (not "his accent never gets in
    the way", no copula, nor "your desk is never untidy", a bad quality denied)."""
    if not _COPULA_BEFORE.search(lead):
        return False
    word = _WORD.search(draft.text, m.end(), clause_end)
    while word is not None and word.group().lower() in ADVERBS:
        word = _WORD.search(draft.text, word.end(), clause_end)
    if word is None or not word.group().isalpha() or word.group().lower() in STOPWORDS | _UNDERSTATING:
        return False  # "never anything but thorough", "never less than accurate": praise by understatement
    lower = word.group().lower()
    if lower.endswith(("ed", "en")):
        return False  # "your door is never closed": a state, not a quality of the work
    if lower.startswith(_NEGATIVE_PREFIXES) and len(lower) >= 6:
        return False  # "never untidy", "never inaccurate": a bad quality denied (a miss on "never innovative" is the cost)
    return all(v >= 0 for v in word_valences([lower]))


def _absolute_ok(draft: _Draft, m: re.Match[str], rule: FeedbackSpanRule, rules: FeedbackRules,
                 critical_draft: Callable[[], bool] = lambda: False,
                 told: Callable[[int, int], bool] = lambda s, e: False) -> bool:
    text = draft.text
    s, e = draft.sentence_at(m.start())
    lead = text[max(s, m.start() - _WINDOW):m.start()]
    if m.start() - s <= _WINDOW:
        lead = _DISCOURSE_LEAD.sub("", lead, count=1)  # "Let's be honest, you're always late": a marker, no request
    if rules.request.search(lead):
        return False  # a standing request: "please always copy me"
    if _REPORTED_LEAD.search(text, max(s, m.start() - 50), m.start()):
        return False  # reported speech: "you said there was nothing you could do" reports what was said
    clause_start, clause_end = draft.clause(m.start(), m.end())
    if m.group().lower().startswith(_PATTERN_WORDS) and _COUNTED.search(text, s, e):
        return False  # "consistently late in March, on 12 of 20 working days": a counted pattern, not overgeneralised
    if _DISTRIBUTIVE_TIME.fullmatch(m.group()) and (_COUNTED.search(text, s, m.start()) or _TWICE.search(text, s, m.start())):
        return False  # "She called three times, and each time she was told ...": each of the occasions just counted
    if rule.subject == "object":
        return _quantified_object_ok(draft, m, rule, rules, clause_start, clause_end)
    if rule.subject == "possessor":
        return _possessed_habit_ok(draft, m, rules, lead)
    if rule.subject == "before":
        if not lead.strip(" \"'“‘(-•*"):
            # Sentence-initial: an imperative ("Never share the password", "Always double-check")
            # unless review form leaves the subject out ("Always misses deadlines", "Constantly
            # behind on his caseload"): a third-person verb or a problem predicate follows.
            if not _review_form(text, m.end(), rules):
                return False
        elif not (_person_subject_before(draft, m.start(), clause_start, own_work=rule.sense != "negated"
                                         or _good_predicate_denied(draft, m, lead, clause_end))
                  or _after_persons_verb(draft, m, rules, clause_start, clause_end)):
            return False  # "his accent never gets in the way": a possession need not be the person's work
    elif rule.subject == "after":
        following = text[m.end():clause_end]
        if not _SUBJECT_AFTER.match(following) and not re.match(r"\s{1,3}(?:you|he|she|they)\b", following, re.I):
            return False
        if not _PERSON_REF.search(text, max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW)):
            return False
    elif rule.id == "absolute-every-subject":
        return _every_of_work_before(draft, rules, m)
    elif not _PERSON_REF.search(text, max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW)):
        return False
    if rule.sense == "negated":
        if rule.subject == "before" and _bad_act_denied(draft, m, clause_end):
            return False  # "you never neglect the quality of your work": a bad act denied is praise
        if (rule.subject == "before" and _SIMPLE_PAST.match(text, m.end(), m.end() + 40)
                and not _PERFECT.search(text, max(clause_start, m.start() - 20), m.start())):
            return False  # "she never got to finish": one occasion, not a generalisation
        if _litotes(rules, text, m, clause_end):
            return False  # "Nothing was too much trouble for you": praise by understatement
        return not rules.problem_words.search(text, m.end(), clause_end)
    if rule.sense == "critical":
        return not rules.praise.search(text, clause_start, clause_end)
    if rule.subject == "sentence":
        if _BARE_PERIOD.fullmatch(m.group()):
            # "every morning" alone is a frequency ("kept to her break schedule on every shift"); on a rank or a
            # contempt noun it generalises ("the last to arrive every morning")
            return told(s, e)
        if _owned_problem(rules, text, max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW), s, e) is not None:
            return True
        # "Each time there's a deadline, you leave the work to the last minute": the sentence's own criticism,
        # unnegated, with no praise in it, is what the occasions are generalised over
        return not rules.praise.search(text, s, e) and any(
            not rules.negators.search(text, max(s, c.start() - 30), c.start())
            for c in draft.matches(rules, rules.critical, s, e)) or told(s, e)  # "Your desk is a tip every single day"
    problem = _owned_problem(rules, text, m.end() if rule.subject == "before" else clause_start, clause_end, s, e)
    if problem:
        # "you are always late" (what follows the absolute is what it generalises), but "always willing
        # to stay late" generalises the willingness
        return not (rule.subject == "before" and rules.praise.search(text, m.end(), problem.start()))
    # In a critical draft an "always" clause without praise overgeneralises the criticism too:
    # "I was disappointed by how you handled it. You always take these things personally."
    # A rank told in the same sentence is the criticism it generalises, whatever word is ranked: "You're always the
    # slowest to clear your tables".
    return rule.subject == "before" and (told(s, e) or critical_draft()
                                         and not rules.praise.search(text, clause_start, clause_end))


# --- absolutes in the object: "you miss every deadline", "you haven't met any deadlines" -------------
# The overgeneralisation can sit in the object of the person's verb instead of in an adverb. A universal
# ("every", "everyone", "everything") after a person subject and their verb generalises a criticism when
# the clause names a problem the person owns; a negated existential ("any", "a single") after a person
# subject and a negated auxiliary in the perfect or present ("haven't met any", "doesn't answer any")
# generalises unless the clause names a problem (then it is praise: "you haven't missed any deadlines").
# A simple past ("didn't bring any samples") reports one occasion. A period or calendar noun after the
# quantifier is a frequency fact ("every Monday", "every morning"), not a generalisation.
_BARE_PERIOD = precompiled(r"every\s{1,3}(?:day|morning|evening|night|week|month|shift)", re.IGNORECASE)
_PERSON_WORD = r"(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))"
_UNIVERSAL_LEAD = precompiled(
    rf"\b{_PERSON_WORD}((?:\s{{1,3}}(?!(?:and|or|but|if|when|that|which|who|you|he|she|they)\b)(?-i:[a-z][a-z'’-]{{1,30}})){{1,4}})"
    r"\s{1,3}\Z", re.IGNORECASE)
_NEGATED_LEAD = precompiled(
    rf"\b{_PERSON_WORD}\s{{1,3}}(?:(?:have|has|do|does|will)\s{{1,3}}not|haven['’]t|hasn['’]t|don['’]t|doesn['’]t|won['’]t|"
    r"can['’]t|cannot)(?:\s{1,3}(?:yet|even|really|ever|once))?\s{1,3}[a-z]{2,30}(?:\s{1,3}(?:to|on|up|back|with|about|"
    r"for|in|at|from))?\s{1,3}\Z", re.IGNORECASE)
_PERIOD_AFTER = precompiled(
    r"(?:\s{1,3}single)?\s{1,3}(?:other\s{1,3})?(?:day|week|weekday|weekend|fortnight|month|quarter|year|morning|afternoon|"
    r"evening|night|shift|sprint|cycle|term|semester|season|hour|minute|" + "|".join(WEEKDAYS) + r")s?\b", re.IGNORECASE)


_POLICY = precompiled(r"\b(?:must|should|shall|need\s{1,3}to|needs\s{1,3}to|has\s{1,3}to|have\s{1,3}to|please|request|"
                     r"ask(?:ing)?\s{1,3}(?:that|you)|expect(?:ed)?\s{1,3}(?:that|you))\b", re.IGNORECASE)


def _quantified_object_ok(draft: _Draft, m: re.Match[str], rule: FeedbackSpanRule, rules: FeedbackRules,
                          clause_start: int, clause_end: int) -> bool:
    text = draft.text
    lead = text[clause_start:m.start()]
    if _PERIOD_AFTER.match(text, m.end(), m.end() + 40):
        return False  # "every Monday you run the stand-up": a frequency fact
    if rule.sense == "negated":
        subject = _NEGATED_LEAD.search(lead)
        if subject is None or not (subject.group().split()[0].lower() in PERSON_PRONOUNS
                                   or names_lexicon().may_be_name(subject.group().split()[0].lower())):
            return False
        return not rules.problem_words.search(text, clause_start + subject.start(), clause_end)
    subject = next((u for u in (_UNIVERSAL_LEAD.match(lead, w.start()) for w in re.finditer(r"\b\w", lead)) if u), None)
    if subject is None and not _DISCOURSE_LEAD.sub("", lead, count=1).strip(" \"'“‘(-•*"):
        return _universal_work_ok(draft, m, rules)
    if subject is None or not _is_person(subject.group().split()[0], False) or not (
            subject.group().split()[0].lower() in PERSON_PRONOUNS or names_lexicon().may_be_name(subject.group().split()[0].lower())):
        return False
    s, e = draft.sentence_at(m.start())
    if rules.request.search(text, s, m.start()) or _POLICY.search(text, s, m.start()):
        return False  # a standing request or policy: "you must check every invoice", "my request is that you ..."
    start = clause_start + subject.start()
    if rules.praise.search(text, start, min(clause_end, m.end() + 40)):
        return False  # "you handled every question well"
    # the problem is what the person does to the object: in the verb run or the object's own phrase, not in a
    # later conjunct ("trained every new cook and never missed an inspection item")
    conjunct = _NEXT_CONJUNCT.search(text, m.end(), clause_end)
    end = conjunct.start() if conjunct else clause_end
    return any(not rules.negators.search(text, start, p.start())
               for p in rules.problem_words.finditer(text, start, end)
               if not (_PROBLEM_NOUN.fullmatch(p.group()) and not _attributed(text, p.start(), p.end(), s, e)))


_NEXT_CONJUNCT = precompiled(r"\b(?:and|but|or|yet|nor)\b", re.IGNORECASE)
# The person's work quantified as a whole at the head of the clause: "Every report you send ...", "everything she hands in".
_WORK_OF_PERSON = precompiled(r"(?:\s{1,3}(?:single|last))?(?:\s{1,3}[a-z][a-z-]{1,30}){0,2}?(?:\s{1,3}(?:that|which))?\s{1,3}"
                              r"(?:you|he|she|they)(?:\s{1,3}(?:ever|even))?\s{1,3}[a-z]{2,30}(?:\s{1,3}(?:in|out|up|off|over|on))?\b",
                              re.IGNORECASE)


def _universal_work_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """ "Every report you send has mistakes in it", "Every call you make is a bad one": a universal over the person's
    work, at the head of the clause, with a problem in what is said of it (not "every call you make is recorded")."""
    text = draft.text
    if not m.group().lower().startswith(("every", "each")):
        return False
    work = _WORK_OF_PERSON.match(text, m.end())
    if work is None:
        return False
    s, e = draft.sentence_at(m.start())
    if rules.praise.search(text, s, e):
        return False
    conjunct = _NEXT_CONJUNCT.search(text, work.end(), e)
    end = conjunct.start() if conjunct else e
    return any(not rules.negators.search(text, work.end(), p.start()) for p in rules.problem_words.finditer(text, work.end(), end))


_NEXT_WORD = precompiled(r"\s{1,3}(?:(?:so|very|really|too|quite|a\s{1,3}bit|just)\s{1,3})?([A-Za-z'’-]{2,30})")
_NOT_THIRD_PERSON = wordset("this thus yes is was has does its always whereas as us gas focus status process less unless across")


def _review_form(text: str, end: int, rules: FeedbackRules) -> bool:
    """After a sentence-initial absolute, a third-person verb ("misses", "interrupts") or a
    problem predicate ("behind", "late"): a review sentence about the person, subject left out."""
    m = _NEXT_WORD.match(text, end, end + 40)
    if m is None:
        return False
    word = m.group(1).lower()
    if rules.problem_words.fullmatch(word):
        return not _instruction_verb(text, m, rules)
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_THIRD_PERSON


_COMPLEMENT = precompiled(r"\s{1,3}(?!(?:and|or|but|nor)\b)[\w'’-]", re.IGNORECASE)
# 'let' is base and past alike: letting a failure happen ('let the team down', 'let deadlines slip') is what
# the sentence criticises, whatever the mood
_LET_FAILURE = precompiled(r"(?:\s{1,3}[\w'’-]{1,30}){1,4}?\s{1,3}(?:down|slip|slide|lapse|drop|fall)\b", re.IGNORECASE)


def _instruction_verb(text: str, m: re.Match[str], rules: FeedbackRules) -> bool:
    """After a sentence-initial absolute, a problem verb in its BASE form opening a verb phrase with an
    object or complement is the imperative mood, a standing instruction ("Always let the presenter finish",
    "Never skip the pre-shift check"); review form keeps the verb's person or tense ("Always misses ...",
    "Always rushed ...", "Always rushing ...") or predicates an adjective ("Always late to ..."). A verb:
    a listed irregular verb, or a word whose -ed/-ing form is a problem word too (an adjective or noun has
    none: 'late', 'wrong', 'errors')."""
    word = m.group(1).lower()
    if not _is_base_verb_shape(word) or (word in IRREGULAR_PAST and word not in IRREGULAR_VERBS):
        return False  # an inflected form or an irregular past ("Always broke ...")
    if word not in IRREGULAR_VERBS and not any(
            rules.problem_words.fullmatch(form) for form in inflections(word) if form.endswith(("ed", "ing"))):
        return False  # no verb forms: an adjective or noun predicate ("Always late", "Always wrong about ...")
    if not _COMPLEMENT.match(text, m.end(), m.end() + 4):
        return False  # nothing after the verb: no verb phrase opened ("Always rush.")
    return not (word == "let" and _LET_FAILURE.match(text, m.end(), m.end() + 120) is not None)


def _harsh_ok(draft: _Draft, m: re.Match[str], rule: CompiledSpanRule) -> bool:
    text = draft.text
    if rule.not_followed_by:
        nxt = re.match(r"[\s-]{1,3}([\w-]{1,30})", text[m.end():m.end() + 40])
        if nxt and nxt.group(1).lower() in rule.not_followed_by:
            return False
    s, _ = draft.sentence_at(m.start())
    lead = text[max(s, m.start() - _WINDOW):m.start()]
    if m.group()[:1].isupper() and not m.group().isupper() and lead.strip(" \"'“‘(-•*"):
        return False  # capitalised mid-sentence, a name ("the April Fools' prank"), not an insult
    if _REPORTED.search(lead):
        return False  # reported speech describes what the person said
    return lead.count('"') % 2 == 0 and lead.count("“") <= lead.count("”")


def _own_voice(draft: _Draft, m: re.Match[str]) -> bool:
    """Not in reported speech or inside quotation marks: the writer's own words."""
    s, _ = draft.sentence_at(m.start())
    lead = draft.text[max(s, m.start() - _WINDOW):m.start()]
    if _REPORTED.search(lead):
        return False
    return lead.count('"') % 2 == 0 and lead.count("“") <= lead.count("”")


# Harsh by form (destructive criticism: Baron, R. A. (1988). Journal of Applied Psychology, 73(2), 199-207; the
# put-downs and condescension of the Workplace Incivility Scale, Cortina, L. M. et al. (2001). Journal of Occupational
# Health Psychology, 6(1), 64-80). The terms anchor each form; these check the grammar around them.
_EFFORT_SIMILE_VERBS = wordset("work works worked working graft grafts grafted grafting")
_PERSON_SUBJECT = precompiled(r"\b(?:you|he|she|they)\b", re.IGNORECASE)


def _simile_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """A simile of contempt said of the person's own conduct, in the writer's voice and a clause with no praise:
    "You drive that truck like a maniac" (not "she worked like a maniac to finish", effort, nor "the crowd
    behaved like a circus", another party)."""
    clause_start, clause_end = draft.clause(m.start(), m.end())
    before = _words_before(draft, m.start(), clause_start, limit=6)
    if not before or before[0].lower in _EFFORT_SIMILE_VERBS:
        return False
    if not _PERSON_SUBJECT.search(draft.text, clause_start, m.start()) and not _person_subject_before(
            draft, m.start(), clause_start):
        return False
    return _own_voice(draft, m) and not rules.praise.search(draft.text, clause_start, clause_end)


_CONDITION_AFTER = precompiled(r"[\s,]{1,3}(?:if|unless|when|once)\b", re.IGNORECASE)
_HEDGED = precompiled(r"\b(?:could|might|may|would|if|unless|before|otherwise)\b", re.IGNORECASE)
# What the foretold catastrophe is: a death or an injury ("get killed", "get hurt", "lose a hand"), or, after "kill",
# its victim ("you're going to kill someone").
_CATASTROPHE_AFTER = precompiled(r"\s{1,3}(?:(?:get|be|end\s{1,3}up)\s{1,3})?(?:(?:seriously|badly)\s{1,3})?(?:killed|hurt|injured|"
                                 r"maimed|crushed|dead|die|lose\s{1,3}(?:a|an|their|his|her)\s{1,3}(?:hand|finger|arm|leg|"
                                 r"eye|foot|life)|someone|somebody|a\s{1,3}(?:child|customer|patient|pedestrian|colleague))\b",
                                 re.IGNORECASE)


def _peril_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """A catastrophe foretold as certain in the writer's voice ("Someone is going to get killed."), not one weighed
    as a risk ("someone could get hurt", "if the guard is off, someone will get hurt", "someone will get hurt if ...")."""
    after = _CATASTROPHE_AFTER.match(draft.text, m.end())
    if after is None:
        return False  # "someone will call you back": no catastrophe
    s, e = draft.sentence_at(m.start())
    return _own_voice(draft, m) and not _HEDGED.search(draft.text, s, m.start()) \
        and not _CONDITION_AFTER.match(draft.text, after.end(), e)


_RANK_CONTRAST = precompiled(r"\s{1,3}(?:(?:only|just|merely|still)\s{1,3})?(?:(?:a|an|the)\s{1,3})?((?:[a-z-]{2,30}\s{1,3}){0,2}?"
                             r"[a-z-]{2,30})\s{0,3},?\s{1,3}not\s{1,3}(?:a|an|the|my|our)\s{1,3}((?:[a-z-]{2,30}\s{1,3}){0,2}?"
                             r"[a-z-]{2,30})\b", re.IGNORECASE)


def _rank_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """The person put in their place by rank: "you're a X, not a Y" with both nouns people's roles ("You're a nurse,
    not a vet."), or "know your place", in the writer's voice. "You're a nurse, and a very good one" has no contrast;
    "you're a customer, not a number" ranks no roles held at work."""
    if not _own_voice(draft, m):
        return False
    if "place" in m.group().lower():
        return True
    contrast = _RANK_CONTRAST.match(draft.text, m.end())
    if contrast is None:
        return False
    nouns = person_nouns()
    s, e = draft.sentence_at(m.start())
    return all(group.lower().split()[-1] in nouns for group in contrast.groups()) and not rules.praise.search(
        draft.text, s, e)  # "You're a manager, not a friend, and you handled the talks kindly": a role, praised


Hit = tuple[CompiledSpanRule, re.Match[str]]


# --- traits as predications of a person ---------------------------------------------------------
# A trait is a judgement of character predicated of a person. Besides a trait adjective after a
# person subject (``_trait_ok``), two predications say it without one: a person's character noun
# judged by an evaluative word ("his attitude is negative", "she has a toxic attitude", "work on
# your attitude"), and a virtue or role label denied of a person ("John is not a leader", "you lack
# common sense"). The nouns are rule terms; these functions check only the grammar around them.

_PREDICATION_MATCHES = frozenset(["character", "denied", "threat", "mind", "valence", "label", "rhetorical", "contempt",
                                  "standing", "shouting", "demanded", "disposition", "simile", "peril", "rank"])
_POSSESSIVE = precompiled(r"(?:\b(?i:your|his|her|their)|\b[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:(?:general|overall|whole|own)\s{1,3})?\Z")
_JUDGED_AFTER = precompiled(
    r"\s{1,3}(?:(?:is|was|has\s{1,3}been|seems|seemed|appears|appeared|can\s{1,3}be|remains|remained|comes\s{1,3}across\s{1,3}as"
    r"|came\s{1,3}across\s{1,3}as)\b)((?:\s{1,3}(?:so|very|really|quite|too|rather|pretty|often|sometimes|frankly|honestly|"
    r"increasingly|a\s{1,3}bit|somewhat|just|always|still|extremely|[a-z]{2,30}ly))*)\s{1,3}([\w-]{2,30})", re.IGNORECASE)
_JUDGED_BEFORE = precompiled(
    r"\b(?:has|have|had|having|shows?|showed|displays?|displayed|with)\s{1,3}(?:such\s{1,3})?(?:a|an)\s{1,3}"
    r"(?:(?:very|really|rather|quite|pretty|somewhat|bit\s{1,3}of\s{1,3}an?|[a-z]{2,30}ly)\s{1,3})?([\w-]{2,30})\s{1,3}\Z",
    re.IGNORECASE)
# A person's character likened to a thing ("has the personality of a dishrag", "the attention span of a goldfish"),
# and a character said to be in excess ("your personality is too strong"): judgements without an evaluative word.
_LIKENED_BEFORE = precompiled(r"\b(?:has|have|had|having|with|got)\s{1,3}(?:all\s{1,3})?the\s{1,3}\Z", re.IGNORECASE)
_LIKENED_AFTER = precompiled(r"\s{1,3}of\s{1,3}(?:a|an)\s{1,3}[a-z]", re.IGNORECASE)
_TOO = precompiled(r"\btoo\b", re.IGNORECASE)
_CHANGE_OWN = precompiled(r"\b(?:work\s{1,3}on|improve|change|fix|adjust|address|sort\s{1,3}out)\s{1,3}(?:your|his|her|their)\s{1,3}\Z",
                         re.IGNORECASE)
# The character noun as the subject of a change demanded of it: "his attitude has to change", "your whole personality
# needs work" ("her attitude has changed" reports a change: no demand).
_CHANGE_DEMANDED = precompiled(
    r"\s{1,3}(?:(?:really|seriously|definitely|just|still)\s{1,3})?(?:has|have|needs?|must|ought|will\s{1,3}have|is\s{1,3}going)"
    r"(?:\s{1,3}(?:to|really|seriously|definitely)){0,2}\s{1,3}(?:change|improve|get\s{1,3}better|be\s{1,3}(?:fixed|adjusted|"
    r"addressed|changed|improved|better)|work|improving|improvement|fixing|adjusting|an?\s{1,3}(?:adjustment|overhaul|rethink|"
    r"change|reset))\b", re.IGNORECASE)
_DENIAL = precompiled(
    r"(?:\b(?:is|are|was|were|am|['’]s|['’]re)\s{1,3}(?:(?:just|really|simply|still|clearly|certainly|definitely|honestly)\s{1,3})?"
    r"(?:not|no|never)|\b(?:isn|aren|wasn|weren)['’]t|\black(?:s|ed|ing)?(?:\s{1,3}of)?"
    r"|\b(?:has|have|had|shows?|showed|displays?|displayed)\s{1,3}(?:no|zero)"
    r"|\b(?:doesn['’]t|don['’]t|didn['’]t|does\s{1,3}not|do\s{1,3}not|did\s{1,3}not|never)\s{1,3}(?:have|has|show|shows|display))"
    r"(?:\s{1,3}(?:a|an|the|any|much|enough|of|real|true|natural|good|great|strong|basic|very|even|an\s{1,3}ounce\s{1,3}of)){0,3}\s{1,3}\Z",
    re.IGNORECASE)


# Harsh remarks without a harsh word (dev3 guide): the person's job held over them, and the
# person's mind said to be empty. The nouns are rule terms; the frame around them is checked here.
_LUCKY_TO_HAVE = precompiled(
    r"\b(lucky|fortunate|grateful|thankful)\s{1,3}(?:(?:that\s{1,3})?(?:you|he|she|they)(?:['’]ve|\s{1,3}(?:still\s{1,3})?(?:have|has|got))?"
    r"|to\s{1,3}(?:still\s{1,3})?(?:have|keep|be\s{1,3}keeping|have\s{1,3}kept))\s{1,3}(?:still\s{1,3})?(?:a|your|his|her|their|any)"
    r"\s{1,3}\Z", re.IGNORECASE)
_BE_GRATEFUL = precompiled(
    r"(?:^|[.!?]\s{0,3}|\b(?:be|you['’]re|you\s{1,3}are|he['’]s|she['’]s|he\s{1,3}is|she\s{1,3}is|they\s{1,3}are|they['’]re))"
    r"\s{0,3}(?:(?:very|so|just|really|damn|bloody)\s{1,3})?(?:grateful|thankful)\s{1,3}", re.IGNORECASE | re.MULTILINE)
_CONDITION = precompiled(r"\b(?:if|when|whenever|unless|in\s{1,3}case|should|after|before|until)\b", re.IGNORECASE)
_CONDITION_SUBJECT = precompiled(r"\b(?:if|when|unless|in\s{1,3}case)\s{1,3}(?:you|he|she|they|employees?|staff)\s{1,3}"
                                r"(?:(?:should|do|does|did|ever|were\s{1,3}to)\s{1,3})?\Z", re.IGNORECASE)
# Told to look for work elsewhere: "you can start looking for another job", "he might as well look for a new position";
# not an offer ("if you want to look for another role, I will help") nor a plain plan ("I am looking for a new job").
_LOOK_ELSEWHERE = precompiled(
    r"\b(?:you|he|she|they)\s{1,3}(?:can|could|should|may|might(?:\s{1,3}as\s{1,3}well)?|had\s{1,3}better|better|will|need\s{1,3}to)"
    r"\s{1,3}(?:(?:start|begin|go|get)\s{1,3})?(?:look|looking|search|searching|hunting)\s{1,3}(?:for|around\s{1,3}for)\s{1,3}"
    r"(?:another|a\s{1,3}new|a\s{1,3}different|other|a)\s{1,3}\Z", re.IGNORECASE)
_LOSE_OWN = precompiled(r"\b(?:lose|losing)\s{1,3}(?:your|his|her|their)\s{1,3}\Z", re.IGNORECASE)
_AT_STAKE = precompiled(r"\s{1,3}(?:is|['’]s|will\s{1,3}be|could\s{1,3}be)\s{1,3}(?:(?:now|very\s{1,3}much|already)\s{1,3})?"
                       r"(?:on\s{1,3}the\s{1,3}line|at\s{1,3}stake|in\s{1,3}jeopardy|hanging\s{1,3}by\s{1,3}a\s{1,3}thread)\b",
                       re.IGNORECASE)
_EMPTY = precompiled(r"\b(?:nothing|not\s{1,3}(?:\w+\s{1,3}){0,2}?(?:anything|much)|no\s{1,3}(?:one|thoughts?|ideas?)|nobody|empty)\b",
                    re.IGNORECASE)
_NO_OWN = precompiled(r"\b(?:(?:has|have|had|['’]ve)\s{1,3}no|(?:without|lacks?|lacking)\s{1,3}(?:a|any))\s{1,3}\Z", re.IGNORECASE)
_HOLLOW_AFTER = precompiled(r"\s{1,3}(?:is|was|['’]s|seems|must\s{1,3}be)\s{1,3}(?:(?:so|completely|totally|utterly|entirely|"
                            r"just|clearly|obviously|pretty)\s{1,3})?(?:empty|hollow|vacant)\b", re.IGNORECASE)
_CAUSE_AFTER = precompiled(r"\s{1,3}(?:after|from|by|following|with\s{1,3}all|at\s{1,3}the\s{1,3}end)\b", re.IGNORECASE)
_OWN_MIND_LEAD = precompiled(r"\b(?:in|inside|between|through)\s{1,3}(?:your|his|her|their)\s{1,3}\Z", re.IGNORECASE)


def _threat_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """The person's job held over them: "you're lucky to have a job here", "your job is on the
    line", "you could lose your job" (a request or a plain policy sentence names no such person)."""
    text = draft.text
    s, e = draft.sentence_at(m.start())
    lead_start = max(s, m.start() - _WINDOW)
    lucky = _LUCKY_TO_HAVE.search(text, lead_start, m.start())
    if lucky:
        # "be grateful you still have a job" is held over the person; "I'm grateful you have a role here" is thanks
        return lucky.group(1).lower() in ("lucky", "fortunate") or bool(
            _BE_GRATEFUL.search(text, lead_start, lucky.end()) and _own_voice(draft, m))
    if _LOOK_ELSEWHERE.search(text, lead_start, m.start()):
        return True  # "you can start looking for another job"
    lose = _LOSE_OWN.search(text, lead_start, m.start())
    if lose:
        clause_start, _ = draft.clause(lose.start(), m.end())
        if _CONDITION.search(text, clause_start, lose.start()) or _CONDITION_SUBJECT.search(
                text, max(0, lose.start() - 40), lose.start()):
            return False  # "benefits if you lose your job": losing it is the condition, not a threat
        return bool(_PERSON_REF.search(text, lead_start, m.start()))
    return bool(_AT_STAKE.match(text, m.end(), e) and _POSSESSIVE.search(text, lead_start, m.start()))


def _empty_mind_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """The person's mind said to be empty: "there might not be anything going on in your head",
    "nothing between his ears", "she has no brain"."""
    text = draft.text
    clause_start, _ = draft.clause(m.start(), m.end())
    s, _ = draft.sentence_at(m.start())
    lead_start = max(s, m.start() - _WINDOW)
    hollow = _HOLLOW_AFTER.match(text, m.end())
    if hollow and _POSSESSIVE.search(text, lead_start, m.start()) and not _CAUSE_AFTER.match(text, hollow.end()):
        return True  # "His head is so hollow you can hear an echo"; not "empty after the audit week" (tired)
    if _NO_OWN.search(text, lead_start, m.start()):
        return _person_subject_before(draft, _NO_OWN.search(text, lead_start, m.start()).start(), s)
    return bool(_OWN_MIND_LEAD.search(text, lead_start, m.start()) and _EMPTY.search(text, min(clause_start, m.start()), m.start()))


def _character_ok(draft: _Draft, m: re.Match[str], rule: CompiledSpanRule, rules: FeedbackRules) -> bool:
    """A person's character noun judged badly: "his attitude is negative", "Sam's personality can be
    abrasive", "has a toxic attitude", or a request to change it ("work on your attitude")."""
    text = draft.text
    s, e = draft.sentence_at(m.start())
    lead_start = max(s, m.start() - _WINDOW)
    lead = text[lead_start:m.start()]
    if _CHANGE_OWN.search(lead):
        return True
    if _POSSESSIVE.search(lead) and _CHANGE_DEMANDED.match(text, m.end(), e):
        return True  # "his attitude has to change", "your whole personality needs work"
    before = _JUDGED_BEFORE.search(text, lead_start, m.start())
    if before:
        return _judging(before.group(1), rule, rules) and _person_subject_before(draft, before.start(), s)
    likened = _LIKENED_BEFORE.search(text, lead_start, m.start())
    if likened and _LIKENED_AFTER.match(text, m.end(), e):
        return _person_subject_before(draft, likened.start(), s)  # "has the personality of a dishrag"
    after = _JUDGED_AFTER.match(text, m.end(), e)
    return bool(after and _POSSESSIVE.search(lead) and (
        _judging(after.group(2), rule, rules) or _TOO.search(after.group(1)) is not None))  # "is too strong"


def _judging(word: str, rule: CompiledSpanRule, rules: FeedbackRules) -> bool:
    """``word`` judges a character: one of the rule's predicates or a person-trait term."""
    lower = word.lower()
    if lower in (p.lower() for p in rule.rule.predicates):
        return True
    return any(r.rule.match == "person" and r.pattern.fullmatch(word) for r in rules.term_index.get(lower, ()))


def _denied_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """A virtue or role label denied of a person: "John is just not a leader", "you lack common
    sense", "she has no integrity", "your lack of maturity"."""
    s, _ = draft.sentence_at(m.start())
    denial = _DENIAL.search(draft.text, max(s, m.start() - _WINDOW), m.start())
    if denial is None:
        return False
    if denial.group().lower().startswith("lack") and _POSSESSIVE.search(draft.text, max(s, denial.start() - 40), denial.start()):
        return True  # "your lack of integrity"
    return _person_subject_before(draft, denial.start(), s)


# --- person labels and harsh frames without a listed word ---------------------------------------------
# The lexicons hold the words; these are the FORMS a judgement takes without one (the guides: a trait is a
# negative judgement of the person's character; harsh is demeaning wording in the writer's own voice, and
# threats to the job). Each form is anchored on its rule's terms; the grammar around them is checked here,
# with the innocent senses: a real or coaching question, quoted or reported speech, praise in the same frame.

_LABEL_LINK_SKIP = wordset("the a an that just really simply exactly")
_NEGATION_WORD = precompiled(r"\b(?:never|not|no|cannot|[a-z]{2,10}n['’]t)\b", re.IGNORECASE)
_WORD = precompiled(r"[A-Za-z][A-Za-z'’-]*")


def _frame_tail_critical(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    """What follows a frame criticises: a problem cue or a negatively rated word that no negator turns,
    or a negated act ("never owns a mistake"; "never misses a deadline" denies a problem: praise)."""
    text = draft.text
    for m in draft.matches(rules, rules.praise, start, end):
        if not rules.negators.search(text, max(start, m.start() - 30), m.start()):
            return False  # "the kind of person who always helps"
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text, start, end)]
    negation = _NEGATION_WORD.search(text, start, end)
    if negation is not None:
        after = _WORD.search(text, negation.end(), end)
        while after is not None and after.group().lower() in ADVERBS:
            after = _WORD.search(text, after.end(), end)
        return after is None or not rules.problem_words.fullmatch(after.group())
    return any(v < 0 for v in word_valences(words)) or any(
        not rules.negators.search(text, max(start, m.start() - 30), m.start())
        for m in draft.matches(rules, rules.critical, start, end))


def _frame_bounds(draft: _Draft, m: re.Match[str]) -> tuple[int, int]:
    """The match's sentence, cut to a bounded window around it (every frame check stays linear)."""
    s, e = draft.sentence_at(m.start())
    return max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW)


def _label_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """A character noun predicated of a person ("he's a pushover", "you're such a drama queen"), or "the
    kind of person who ..." of a person with criticism after it."""
    s, e = _frame_bounds(draft, m)
    near = _words_before(draft, m.start(), s, limit=8)
    article = next((k for k, t in enumerate(near[:3]) if t.lower in ("a", "an")), None)
    if article is not None and all(t.text.isalpha() and t.lower not in FUNCTION_WORDS for t in near[:article]):
        near = near[article:]  # "he is a bloviating buffoon": words between the article and the label modify it
    before = [t for t in near
              if t.lower not in _LABEL_LINK_SKIP and t.lower not in ADVERBS and t.lower not in _LABEL_LEADS]
    if not before:
        return False
    link = before[0].lower.replace("’", "'")
    if CONTRACTED_SUBJECT.match(link):
        if link.startswith(("it", "we", "i'")):
            return False
    elif link in _PRESENT_LINKS or link in _PAST_LINKS:
        if len(before) < 2 or not (before[1].lower in PERSON_PRONOUNS or _is_person(before[1].text, before[1].start == s)):
            return False
    else:
        return False
    if m.group().lower().endswith("who") and not _frame_tail_critical(draft, rules, m.end(), e):
        return False
    return _own_voice(draft, m)


_QUESTION_WORDS = wordset("what why how who where")
_QUESTION_AUX = wordset("do does did have has can are were is was")  # not "would you even consider ...?"
_WRITER_TOLD = precompiled(r"\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?(?:I|we)\s{1,3}(?:have\s{1,3}to|need\s{1,3}to|must|got\s{1,3}to|"
                          r"gotta|have\s{1,3}(?:told|asked|said|reminded)|told|asked|said|reminded|tell|ask|say|remind)\b")


_ALONE_QUESTION = precompiled(r"(?:\s{1,3}(?:me|us|right\s{1,3}now))?\s{0,3}[?!]")


def _is_question(text: str, sentence_end: int, start: int) -> bool:
    return "?" in text[start:sentence_end]


def _rhetorical_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """A question at the reader that only reproaches: "What were you thinking?", "Did you even read it?",
    "How many times do I have to tell you?", "How hard is it to ...?" -- not a real or coaching question
    ("What were the results?", "How could you ...?"), and not in quoted or reported speech."""
    text = draft.text
    s, e = _frame_bounds(draft, m)
    term = re.sub(r"[\s-]+", " ", m.group().lower())
    before = _words_before(draft, m.start(), s, limit=4)
    if term.endswith("thinking"):
        ok = bool(before) and before[0].lower in _QUESTION_WORDS
    elif term.split()[-1] == "even":
        ok = bool(before) and before[0].lower in _QUESTION_AUX and _is_question(text, e, m.end())
    elif term == "how many times":
        ok = bool(_WRITER_TOLD.match(text, m.end(), min(e, m.end() + 60)))
    elif term.startswith(("wrong with", "on earth")):
        ok = bool(before) and before[0].lower.replace("’", "'") in _QUESTION_WORDS | {"what's", "what", "is", "'s"} or any(
            t.lower in _QUESTION_WORDS for t in before[:2])
    elif term.startswith("are you"):  # "Are you kidding me?" alone; not "Are you serious about the move?"
        ok = bool(_ALONE_QUESTION.match(text, m.end(), e))
    elif term.startswith("any idea"):  # "... how much this mistake cost us?"; not "how bad the traffic is?"
        ok = _is_question(text, e, m.start()) and _frame_tail_critical(draft, rules, m.end(), e)
    else:
        ok = _is_question(text, e, m.start()) or term in ("too much to ask", "you must be joking", "you must be kidding")
    return ok and _own_voice(draft, m)


_FAILURE_GERUNDS = wordset(
    """breaking losing missing forgetting ignoring crashing ruining wrecking messing screwing blowing botching wasting
    alienating upsetting embarrassing dropping derailing killing sinking tanking bungling fumbling overlooking""")
_ABLE_AFTER = precompiled(r"(?:\s{1,3}[\w'’-]{1,30}){0,4}?\s{1,3}(?:could(?:\s{1,3}have|['’]ve)?|would(?:\s{1,3}have|['’]ve)?|"
                         r"can|knows?|manages?)\b", re.IGNORECASE)
_COMPARED = precompiled(r"\b(?:better|more|faster|cleaner|clearer)\b", re.IGNORECASE)
_MODAL_PERFECT = precompiled(r"\b(?:could|would|should)(?:\s{1,3}have|['’]ve)\b", re.IGNORECASE)
_BELIEVE_OBJECT = precompiled(r"\s{1,3}(?:how|what|that\s{1,3}(?:it|this)|it|this|so|the|my|our)\b", re.IGNORECASE)


# Acts any employee does without thinking; thanks or congratulations for "finally" doing one is sarcasm.
_MINIMAL_DUTIES = wordset("""reading answering replying responding showing turning joining arriving opening waking
    remembering bothering attending listening""")
# What a demeaning comparator could do better: the person's job or work, or better than them.
_DEMEANED_AFTER = precompiled(r"[^.!?]{0,80}?(?:\b(?:better|faster|more|less)\b(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{1,3}than\s{1,3}"
                              r"(?:you|him|her|them)\b|\b(?:your|his|her|their)\s{1,3}(?:job|work|role)\b)", re.IGNORECASE)


_CANNOT = precompiled(r"\b(?:couldn['’]t|could\s{1,3}not|can['’]t|cannot|can\s{1,3}not|wouldn['’]t|would\s{1,3}not)\b", re.IGNORECASE)
_FAVOUR_STOP = precompiled(r"\s{1,3}and\s{1,3}(?:just\s{1,3})?(?:stop|shut|quit|leave|go|don['’]t|keep\s{1,3}quiet|stay\s{1,3}out)\b",
                           re.IGNORECASE)
_PERSON_OBJECT = precompiled(r"\b(?:you|your|yours|him|his|her|them|their)\b", re.IGNORECASE)
_DOING = precompiled(r"\s{1,3}(?:you|he|she|they)(?:['’](?:re|s)|\s{1,3}(?:are|is|were|was))\s{1,3}doing\b", re.IGNORECASE)
_NO_CLUE_LEAD = precompiled(r"(?:n['’]t|\bnot|\bnever)\s{1,3}(?:(?:have|has|got|even|really)\s{1,3}){0,2}\Z", re.IGNORECASE)


def _contempt_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """The writer's contempt or a comparison that demeans the person: "I can't believe you forgot ...",
    "even a child could have ...", "unlike everyone else on the team, you still can't ...", "my intern could
    have written a better summary than this", sarcastic praise of a failure ("nice job breaking the build")."""
    text = draft.text
    s, e = _frame_bounds(draft, m)
    term = re.sub(r"[\s-]+", " ", m.group().lower().replace("’", "'"))
    if term.startswith(("can't believe", "cannot believe", "can not believe")):
        before = _words_before(draft, m.start(), s, limit=3)
        ok = any(t.lower in ("i", "we") for t in before) and not _BELIEVE_OBJECT.match(text, m.end())
        ok = ok and not _frame_praised(draft, rules, s, e)
    elif term.startswith("even "):
        ok = bool(_ABLE_AFTER.match(text, m.end(), min(e, m.end() + 60))) and (
            bool(_MODAL_PERFECT.search(text, m.end(), e)) or _frame_tail_critical(draft, rules, m.end(), e)) and (
            not _frame_praised(draft, rules, s, e))
    elif term.startswith("unlike") or term.startswith("the only one"):
        ok = _frame_tail_critical(draft, rules, m.end(), e) and not _frame_praised(draft, rules, s, e)
    elif term.startswith("than "):  # "my intern could have written a better summary than this"
        modal = next(reversed(list(_MODAL_PERFECT.finditer(text, s, m.start()))), None)
        ok = modal is not None and bool(_COMPARED.search(text, modal.end(), m.start())) and not any(
            t.lower in ("you", "we", "i") for t in _words_before(draft, modal.start(), s, limit=1))
    elif term == "thanks for nothing" or term.startswith(("gracing", "grace us")):
        ok = True
    elif term.endswith("finally"):  # "Congratulations on finally reading your email": a minimal duty praised
        nxt = _NEXT_TOKEN.match(text, m.end())
        ok = nxt is not None and nxt.group(1).lower() in _MINIMAL_DUTIES
    elif term.startswith("if ") or term.endswith("brewery"):  # "You couldn't organise a lunch if your life depended on
        # it": an ability denied with ridicule; "you could recite the rules if your life depended on it" is praise
        ok = bool(_CANNOT.search(text, s, m.start()))
    elif term.startswith("do "):  # "Do us all a favour and stop talking": contempt; not "... and bring the cake"
        ok = bool(_FAVOUR_STOP.match(text, m.end(), e))
    elif term.startswith(("sick and", "fed up", "had enough")):  # "I'm sick and tired of cleaning up after you"
        before = _words_before(draft, m.start(), s, limit=3)
        clause_start, clause_end = draft.clause(m.start(), m.end())
        ok = any(t.lower in ("i", "i'm", "i’m", "we", "we're", "we’re", "am", "are", "'m") for t in before) and bool(
            _PERSON_OBJECT.search(text, m.end(), clause_end))
    elif "clue" in term or "idea" in term:  # "He doesn't have a clue what he is doing": ability denied
        ok = term.startswith("no idea") or bool(_DOING.match(text, m.end(), e)) and (
            term.startswith("no clue") or bool(_NO_CLUE_LEAD.search(text, max(s, m.start() - 40), m.start())))
    elif term.endswith("could"):  # "A monkey could run these reports better than you do"
        ok = bool(_DEMEANED_AFTER.match(text, m.end(), e)) and not _frame_praised(draft, rules, s, e)
    else:  # sarcastic praise: "nice job breaking the build"
        nxt = _NEXT_TOKEN.match(text, m.end())
        ok = nxt is not None and nxt.group(1).lower() in _FAILURE_GERUNDS
    return ok and _own_voice(draft, m)


def _frame_praised(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    text = draft.text
    return any(not rules.negators.search(text, max(start, p.start() - 30), p.start())
               for p in draft.matches(rules, rules.praise, start, end))


_PERSON_ON = precompiled(r"\b(?:you|he|she|they)(?:['’](?:re|s)|\s{1,3}(?:are|is|were|was|remain|remains|stay|stays))"
                        r"(?:\s{1,3}(?:\w{2,20}ly|already|now|still|on\s{1,3}very|skating\s{1,3}on|walking\s{1,3}on))*\s{1,3}(?:on\s{1,3})?\Z",
                        re.IGNORECASE)
_KEEP_IT_UP = precompiled(r"\b(?:keep\s{1,3}(?:this|it|that)\s{1,3}up|carry\s{1,3}on\s{1,3}like\s{1,3}this|(?:do|does|say|says)\s{1,3}"
                          r"(?:it|that|this)\s{1,3}again|one\s{1,3}more\s{1,3}\w{1,20}|again)\b[^.!?]{0,40}\Z", re.IGNORECASE)
_SENTENCE_CLOSE = precompiled(r"\s{0,3}(?:[.?!]|\Z)")
_OWN_DAYS = precompiled(r"\b(?:your|his|her|their)\s{1,3}days\b", re.IGNORECASE)
_ONE_MORE_OUT = precompiled(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?(?:and|,)\s{1,3}(?:you|he|she)(?:['’](?:re|ll\s{1,3}be)|\s{1,3}(?:are|is|will\s{1,3}be))"
                           r"\s{1,3}(?:out|done|gone|fired|finished|history)\b", re.IGNORECASE)
_OWN_JOB_AFTER = precompiled(r"\b(?:your|his|her|their)\s{1,3}(?:job|position|seat|role|place|spot)\b", re.IGNORECASE)
_SECOND_OR_THIRD = precompiled(r"\b(?:you|he|she)\b", re.IGNORECASE)


# Sarcastic wonder at how the person holds their place: a frame of wonder or not knowing before "how you got ...",
# and the place after it ("this job", "hired", "through probation"); "tell me how you got the client to sign" is
# a real question about the work.
_WONDER_BEFORE = precompiled(r"\b(?:wonder\w{0,3}|no\s{1,3}idea|(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:know|understand|"
                            r"get)|can['’]?t\s{1,3}(?:figure\s{1,3}out|understand|see)|beats\s{1,3}me|puzzl\w{1,4}|baffl\w{1,4}|"
                            r"mystery|amaz\w{1,4}|astonish\w{1,6}|unclear)\b[^.!?]{0,40}\Z", re.IGNORECASE)
_STANDING_AFTER = precompiled(r"\s{1,3}(?:(?:ever|even|still|actually)\s{1,3})?(?:(?:this|that|the|your|his|her|a|such\s{1,3}a)"
                             r"\s{1,3}(?:\w{2,20}\s{1,3})?(?:job|role|position|post|promotion|place|seat|degree|licen[cs]e|"
                             r"certificate|title)\b(?!\s{1,3}(?:done|finished|completed|over|through))|hired|promoted|employed|"
                             r"through\s{1,3}(?:probation|the\s{1,3}interview|training)|(?:a|your)\s{1,3}job)", re.IGNORECASE)


_PAID_SUBJECT = precompiled(r"\b(?:you|he|she|they)(?:['’](?:re|s)|\s{1,3}(?:are|is|were|was|aren['’]t|isn['’]t))?"
                            r"(?:\s{1,3}(?:just|simply|really|here))?\s{1,3}\Z", re.IGNORECASE)
_WRITER_JUST_BEFORE = precompiled(r"\b(?:I|we)\s{1,3}\Z", re.IGNORECASE)
_WRITER_NEAR = precompiled(r"\b(?:I|we)(?:['’](?:ll|ve|d|m|re))?(?:\s{1,3}[\w'’]{1,12}){0,3}\s{1,3}\Z", re.IGNORECASE)
_SUBJECT_RUN = precompiled(r"\b(?:you|he|she|they)(?:['’](?:ll|re|s|d))?((?:\s{1,3}[\w'’]{1,12}){0,3})\s{1,3}\Z", re.IGNORECASE)
_NEGATED_JUST_BEFORE = precompiled(r"(?:n['’]t|\bnot|\bnever)\s{1,3}\Z", re.IGNORECASE)
_JOB_BEFORE = precompiled(r"\b(?:job|role|position|post|career|work|line\s{1,3}of\s{1,3}work|profession|industry|team|company|place)"
                          r"(?:\s{1,3}(?:just|really|simply|clearly|obviously))?\s{1,3}\Z", re.IGNORECASE)


def _standing_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """The person's place held over them: "you're on thin ice", "your days on this team are numbered", "one more
    missed deadline and you're out", "plenty of people would be glad to have your job", "I don't know why we
    hired you", "you are replaceable"."""
    text = draft.text
    s, e = _frame_bounds(draft, m)
    term = re.sub(r"[\s-]+", " ", m.group().lower().replace("’", "'"))
    lead = max(s, m.start() - _WINDOW)
    if term == "thin ice":
        ok = bool(_PERSON_ON.search(text, lead, m.start()))
    elif term.startswith("numbered"):
        ok = bool(_OWN_DAYS.search(text, lead, m.start()))
    elif term == "one more":
        ok = bool(_ONE_MORE_OUT.match(text, m.end(), e))
    elif term.startswith("plenty of") or term.startswith("lots of"):
        ok = bool(_OWN_JOB_AFTER.search(text, m.end(), e))
    elif term.startswith("why"):
        ok = bool(_SECOND_OR_THIRD.search(text, m.end(), e))
    elif term.startswith(("won't", "will not")):  # "Keep this up and you won't be here at Christmas"
        ok = bool(_KEEP_IT_UP.search(text, lead, m.start())) and bool(_SECOND_OR_THIRD.search(text, max(lead, m.start() - 12), m.start()))
    elif term.startswith("what"):  # "I don't know what we pay you for.", "What do we pay you for?"; not "... is
        # exactly what we pay you for" (praise): a question, or wonder or not knowing before it
        ok = bool(_SENTENCE_CLOSE.match(text, m.end())) and (
            term.startswith(("what do", "what are", "what am")) or bool(_WONDER_BEFORE.search(text, lead, m.start())))
    elif term.endswith("paid to"):  # "you're not paid to think": the person's part reduced to obeying
        ok = bool(_PAID_SUBJECT.search(text, lead, m.start()))
    elif " pay " in f" {term} ":  # "I don't pay you to think"
        ok = bool(_WRITER_JUST_BEFORE.search(text, lead, m.start()))
    elif term.split()[0] in ("fire", "fired", "sack", "sacked"):  # "I haven't fired you yet", "we will sack you"
        ok = bool(_WRITER_NEAR.search(text, max(lead, m.start() - 40), m.start()))
    elif term.split()[-1] in ("fired", "sacked"):  # "you should be fired"; not "you won't be fired for asking"
        subject = _SUBJECT_RUN.search(text, max(lead, m.start() - 60), m.start())
        ok = subject is not None and not _NEGATION_WORD.search(subject.group(1))
    elif "future" in term:  # "you don't have a future in this company", "there is no future for you here"
        ok = (term.startswith("no") or term.split()[1] == "no" or bool(_NEGATED_JUST_BEFORE.search(text, lead, m.start()))) and (
            term.endswith(("you", "him", "her")) or bool(_SUBJECT_RUN.search(text, max(lead, m.start() - 60), m.start())))
    elif "for" in term.split()[-2:] and "cut" not in term:  # "this job just isn't for you"; not "this course is not for you"
        ok = bool(_JOB_BEFORE.search(text, lead, m.start()))
    elif "cut out" in term:  # "you're not cut out for this"
        ok = bool(_SUBJECT_RUN.search(text, max(lead, m.start() - 60), m.start()))
    elif term.startswith("how"):  # "I've spent hours wondering how you got this job": the person's place doubted
        ok = bool(_WONDER_BEFORE.search(text, lead, m.start())) and bool(_STANDING_AFTER.match(text, m.end(), e))
    else:  # "replaceable", "easily replaced": of a person
        ok = _valence_predication(draft, m) == "person" or _person_subject_before(draft, m.start(), s)
    return ok and _own_voice(draft, m)


# A personality quality demanded of the person (brief BJ): an obligation or a wish, a verb of being or becoming and a
# comparative before a personality term ("has to become more proactive", "I need you to be less defensive", "should be
# more of a team player", "Be more positive"); the terms are personality words, not manners of working ("be more careful").
_DEMANDED_BEFORE = precompiled(
    r"\b(?:(?:need|needs|needed|has|have|ought|got|want|wants|wanted|expect|expects|like)(?:\s{1,3}(you|him|her|them))?\s{1,3}to"
    r"|must|should|gotta)(?:\s{1,3}(?:really|just|try\s{1,3}to|learn\s{1,3}to|start\s{1,3}to|work\s{1,3}on\s{1,3}being))?"
    r"\s{1,3}(?:be|become|get|grow|act|start\s{1,3}being)\s{1,3}(?:(?:a\s{1,3}(?:lot|bit|little)|much|far|way|even)\s{1,3})?"
    r"(?:more|less)\s{1,3}(?:of\s{1,3}(?:a|an)\s{1,3})?\Z", re.IGNORECASE)
_DEMANDED_OPENING = precompiled(
    r"[\s\"“‘(]{0,3}(?:(?:please|just)\s{1,3})?(?:try\s{1,3}(?:to\s{1,3})?(?:and\s{1,3})?)?be\s{1,3}(?:(?:a\s{1,3}(?:lot|bit|little)|much)"
    r"\s{1,3})?(?:more|less)\s{1,3}(?:of\s{1,3}(?:a|an)\s{1,3})?\Z", re.IGNORECASE)


def _demanded_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """A personality quality demanded of the person: "Jane has to become more proactive", "I want you to be less
    defensive", "Marcus should be more of a team player", "Be more positive" (not of the writer or a thing: "we
    need to be more patient with the vendor", "the report needs to be more positive")."""
    text = draft.text
    s, _ = draft.sentence_at(m.start())
    if _DEMANDED_OPENING.fullmatch(text, s, m.start()):
        return _own_voice(draft, m)
    demand = _DEMANDED_BEFORE.search(text, max(s, m.start() - 80), m.start())
    if demand is None:
        return False
    if demand.group(1) is None:
        clause_start, _ = draft.clause(demand.start(), demand.end())
        subject = _subject_word(draft, demand.start(), clause_start, limit=3)
        if subject is None or subject.lower in ("i", "we") or not (
                _is_person(subject.text, subject.start == s) or subject.lower.replace("’", "'") in ("you're", "he's", "she's")):
            return False
    return _own_voice(draft, m)


def _subject_word(draft: _Draft, pos: int, clause_start: int, limit: int) -> Token | None:
    """The first word of the few before ``pos`` in its clause that is no adverb: the subject of a short predicate."""
    before = [t for t in _words_before(draft, pos, clause_start, limit=limit)
              if t.lower not in ADVERBS and not (t.lower.endswith("ly") and len(t.lower) > 4)]
    return before[0] if before else None


# A disposition ascribed to the person without a trait word: the know-all ("acts like he knows it all", "thinks
# she is always right") and indifference ("she clearly doesn't care", "couldn't care less"); not "doesn't care who
# gets the credit" (praise) or the writer's own "I don't care".
_ACTS_AS_IF = precompiled(
    r"\b(?:acts?|acted|acting|behaves?|behaved|behaving|talks?|talked|talking|thinks?|thought|seems?\s{1,3}to\s{1,3}think|"
    r"believes?|carr(?:y|ies|ied)\s{1,3}(?:himself|herself|yourself|themselves))\s{1,3}(?:(?:like|as\s{1,3}if|as\s{1,3}though|"
    r"that)\s{1,3})?(?:he|she|you|they)(?:\s{1,3}(?:really|actually|already|just|somehow))?\s{1,3}\Z", re.IGNORECASE)
_CARE_INNOCENT = precompiled(
    r"\s{1,3}(?:who|what|whether|if|how|where|when|which|for\b|about\s{1,3}(?:(?:getting|taking|being|the)\s{1,3})?(?:credit|"
    r"recognition|titles?|status|praise|glory|spotlight|thanked|who|what|whether))", re.IGNORECASE)


def _disposition_ok(draft: _Draft, m: re.Match[str]) -> bool:
    text = draft.text
    s, _ = draft.sentence_at(m.start())
    term = m.group().lower()
    if "care" in term or "bothered" in term:
        if _CARE_INNOCENT.match(text, m.end()):
            return False
        clause_start, _ = draft.clause(m.start(), m.end())
        subject = _subject_word(draft, m.start(), clause_start, limit=4)
        if subject is None or subject.lower in ("i", "we") or not _is_person(subject.text, subject.start == s):
            return False
    elif not _ACTS_AS_IF.search(text, max(s, m.start() - 60), m.start()):
        return False
    return _own_voice(draft, m)



# A noun of filth or disorder ("a tip", "a pigsty", "a dog's breakfast") as the complement of a link verb whose
# subject is the person's work or place: contempt for the work, not a description of it.
_SQUALOR_FRAME = precompiled(
    r"(?:\b(?:is|are|was|were|be|been|become|becomes|became|remains?|remained|looks?\s{1,3}like|looked\s{1,3}like)|"
    r"['’](?:s|re))(?:\s{1,3}(?:always|still|again|just|now|often|usually|constantly|forever|such|already|honestly|"
    r"frankly|completely|totally|absolutely|literally|basically))*\s{1,3}(?:a|an)\s{1,3}(?:(?:complete|total|absolute|"
    r"real|right|utter|proper|bit\s{1,3}of\s{1,3}a)\s{1,3})?\Z", re.IGNORECASE)
_SQUALOR_NOT_AFTER = precompiled(r"\s{0,3}:|\s{1,3}(?:of|for|on|about|from|to|that|which|where|site|truck|worth)\b",
                                 re.IGNORECASE)


def _squalor_ok(draft: _Draft, m: re.Match[str]) -> bool:
    text = draft.text
    s, e = draft.sentence_at(m.start())
    frame = _SQUALOR_FRAME.search(text, max(s, m.start() - 60), m.start())
    if frame is None or _SQUALOR_NOT_AFTER.match(text, m.end(), e):
        return False
    if not _PERSON_REF.search(text, max(s, frame.start() - _WINDOW), frame.start()):
        return False  # "the old stockroom was a tip": not the person's work
    if _REPORTED.search(text, max(s, m.start() - _WINDOW), m.start()):
        return False  # "you said the old rota was a mess"
    return not _in_hardship(draft, m.start()) and not _covers(_setting_clauses(draft), m.start())

_CAPS_RUN = 3
_CAPS_LIMIT = 40  # words looked at each way from the marker
_CAPS_WORD = precompiled(r"[A-Z][A-Z'’]*(?![a-z])")


_WHOLE = precompiled(r".+", re.DOTALL)


def _caps_run(draft: _Draft, pos: int) -> tuple[int, int]:
    """The span of the run of words in capitals, inside its sentence, around the word at ``pos``."""
    s, e = draft.sentence_at(pos)
    toks = draft.toks
    k = draft.token_index(pos)
    lo = hi = k
    while k - lo < _CAPS_LIMIT and lo - 1 >= 0 and toks[lo - 1].start >= s and toks[lo - 1].text.isupper() and toks[lo - 1].text.isalpha():
        lo -= 1
    while hi - k < _CAPS_LIMIT and hi + 1 < len(toks) and toks[hi + 1].start < e and toks[hi + 1].text.isupper() and toks[hi + 1].text.isalpha():
        hi += 1
    return toks[lo].start, toks[hi].end


def _shouting_run(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> re.Match[str] | None:
    """Shouting, as one match over the whole run of capitals around its marker: the marker word in capitals
    inside a run of at least three words in capitals ("DO NOT SEND ANYTHING", "WHY IS THIS LATE AGAIN"), not
    praise ("GREAT JOB ON THE LAUNCH") and not inside brackets (an acronym spelt out)."""
    word = m.group()
    if not word.isupper() or len(word) < 2:
        return None
    s, _ = draft.sentence_at(m.start())
    run_start, run_end = _caps_run(draft, m.start())
    if len(draft.text[run_start:run_end].split()) < _CAPS_RUN:
        return None
    if _bracketed(draft.text, run_start, max(s, run_start - _WINDOW)):
        return None
    if _frame_praised(draft, rules, run_start, run_end):
        return None
    return _WHOLE.match(draft.text, run_start, run_end)


def _bracketed(text: str, pos: int, sentence_start: int) -> bool:
    return text.rfind("(", sentence_start, pos) > text.rfind(")", sentence_start, pos)


# --- harsh wording by valence -------------------------------------------------------------------
# Harsh is a strongly negative judgement in the writer's own voice predicated of the PERSON ("you're
# pathetic", "he is useless") or of their WORK ("your charts are horrible and ugly", "Maria's code was
# lousy"). How negative a word is comes from VADER's lexicon (``assistant.analyzers.valence``), not a
# project list; the predication is read from the words before it: a linking verb, and before that the
# person (in the present: a characterisation, not an episode) or a possessed thing. A negated word
# ("not bad"), a participle (a state: "frustrated"), reported speech and the rule's listed states of a
# person ("sad", "sick") are not harsh; a word a list rule names ("terrible", "rude") is judged by that
# rule alone, with its own context checks, and an organisation that disables the rule silences it.

_PRESENT_LINKS = wordset("is are am seem seems look looks sound sounds remain remains")
_PAST_LINKS = wordset("was were")
_POSSESSIVES = wordset("your his her their")
_JOINED = wordset("and or but also")
_RATED_WORD = precompiled(r"[A-Za-z][A-Za-z'’-]*")
_ATTRIBUTIVE_OWNERS = wordset("your his her their such")
# What befalls a person rather than what they make or do: periods of time and circumstances. A strongly
# negative word about these ("your first week was stressful", "your workload was brutal") is sympathy.
_CIRCUMSTANCES = wordset(
    """day week weekend fortnight month quarter half year sprint cycle term shift hour time night morning
    evening season holiday vacation trip journey commute workload deadline schedule situation circumstance
    loss injury illness health condition family life home news experience start""")


def _circumstance(noun: str) -> bool:
    return noun in _CIRCUMSTANCES or (noun.endswith("s") and noun[:-1] in _CIRCUMSTANCES)
_NAME_POSSESSIVE = precompiled(r"[A-Z][a-z]{1,30}['’]s\Z")
_LABEL_LEADS = wordset("nothing but bit")


@lru_cache(maxsize=8)
def _rated_at_most(limit: float) -> frozenset[str]:
    """The lexicon's words rated at or below ``limit``."""
    return frozenset(word for word, value in lexicon().items() if value <= limit)


_JUDGEMENT_ADJECTIVES = data_file("judgement_adjectives.txt")


@cache
def judgement_adjectives() -> frozenset[str]:
    """Adjectives that judge a person or their work by WordNet similarity to a trait or harsh list word, unrated by
    VADER and named by no list rule ("slapdash", "pigheaded", "boisterous"; assistant/data/judgement_adjectives.txt,
    built by scripts/build_judgement_adjectives.py): said of the person in the present a label, of their work a
    verdict, as a word VADER rates -1 or lower."""
    return frozenset(line.partition("\t")[0] for line in _JUDGEMENT_ADJECTIVES.read_text(encoding="utf-8").splitlines()
                     if line.strip())


@lru_cache(maxsize=8)
def _low_words(limit: float, trait: bool) -> frozenset[str]:
    """The words a valence rule tries: those rated at or below ``limit``; for a trait rule at -1 or above, the
    judgement adjectives too (they judge as a word rated -1 does)."""
    low = _rated_at_most(limit)
    return low | judgement_adjectives() if trait and limit >= -1.0 else low


def _listed(rules: FeedbackRules, rule: CompiledSpanRule, word: str) -> bool:
    """A list rule judges ``word`` instead. For a harsh valence rule every list rule but the insult nouns (a
    listed trait label such as "rude" is no demeaning word; "loser" and "jerk" are, as the dev4 guide says);
    for a trait valence rule the trait list rules (their own context checks)."""
    return word in _left_to_lists(rules.listed_by_kind, rule.kind)


@lru_cache(maxsize=16)
def _left_to_lists(listed: frozenset[tuple[str, str, str]], kind: str) -> frozenset[str]:
    if kind == "harsh":
        return frozenset(w for k, match, w in listed if not (k == "trait" and match == "harsh"))
    return frozenset(w for k, _, w in listed if k == kind)


def _valence_candidates(draft: _Draft, rules: FeedbackRules) -> list[Hit]:
    """Words at or below a valence rule's limit, as matches for that rule (one set lookup a word)."""
    out: list[Hit] = []
    lowered: list[str] | None = None
    for rule in rules.span_rules:
        if rule.rule.match != "valence" or rule.rule.valence_at_most is None:
            continue
        low = _low_words(rule.rule.valence_at_most, rule.kind == "trait")
        if lowered is None:
            lowered = [tok.text.lower() for tok in draft.toks]
        for tok, word in zip(draft.toks, lowered, strict=True):
            if word in low and not _listed(rules, rule, word) and not rule.pattern.fullmatch(tok.text):
                m = _RATED_WORD.match(draft.text, tok.start, tok.end)
                if m is not None:
                    out.append((rule, m))
    return out


_ADJECTIVE_SUFFIXES = ("ic", "ous", "ful", "ible", "able", "ive", "less", "ish")


def _adjective_shape(word: str) -> bool:
    """An adjective by its English derivation: an adjective suffix, or an adverb in -ly or a comparative
    that the SCOWL word list knows ("horribly", "uglier"); nouns such as "war" or "pain" have neither."""
    if word.endswith(_ADJECTIVE_SUFFIXES):
        return True
    common = names_lexicon().common
    stem = word[:-1] + "i" if word.endswith("y") else word[:-1] if word.endswith("le") else word
    return any(form in common for form in (word + "ly", stem + "ly", stem + "er", word + "r", word[:-2] + "ly"))


def _valence_predication(draft: _Draft, m: re.Match[str]) -> str | None:
    """'person' when the word is predicated of the person in the present ("you're pathetic", "Sam is
    useless"), 'work' when of a thing the person owns ("your charts are ugly"), else None."""
    sent_start, _ = draft.sentence_at(m.start())
    before = _words_before(draft, m.start(), sent_start, limit=10)
    rated = lexicon()
    k = 0
    while k < len(before):  # degree words and coordinated judgements: "are so horrible and ugly"
        lower = before[k].lower.replace("’", "'")
        if lower in _ATTRIBUTIVE_OWNERS or lower in ("a", "an"):
            break
        if lower in ADVERBS or lower in BOOSTERS or lower in _JOINED or (lower.endswith("ly") and len(lower) > 4) \
                or rated.get(lower, 0.0) <= -1.0:
            k += 1
            continue
        break
    if (ascribed := _ascribed_to_person([t.lower.replace("’", "'") for t in before[k:]], before[k:])) is not None:
        return "person" if ascribed else None  # "People find you difficult", "the interns describe you as unpleasant"
    if k < len(before) and (before[k].lower in _ATTRIBUTIVE_OWNERS or _NAME_POSSESSIVE.match(before[k].text)):
        noun = _NOUN_AFTER.match(draft.text, m.end(), m.end() + 40)
        if noun is None or noun.group(1).lower() in STOPWORDS or not _adjective_shape(m.group().lower()) or (
                _circumstance(noun.group(1).lower())):
            return None  # "their war stories": a rated noun before a noun names a topic
        return "work"  # "your horrible charts", "such horrific coding", "what a pathetic effort"
    if k < len(before) and before[k].lower in ("a", "an", "such"):
        nxt = _NOUN_AFTER.match(draft.text, m.end(), m.end() + 40)
        head = nxt is None or nxt.group(1).lower() in STOPWORDS  # "you're a disgrace", "a liar to the team"
        if not head and nxt.group(1).lower().rstrip("s") not in PERSON_NOUNS:
            return None  # "a horrible storm": the noun after it is what it judges
        k += 1
        while k < len(before) and (before[k].lower in ADVERBS or before[k].lower in _LABEL_LEADS):
            k += 1  # "you're such a whiner", "he is nothing but a bully", "she's a bit of a coward"
    if k >= len(before):
        return None
    link = before[k].lower.replace("’", "'")
    if CONTRACTED_SUBJECT.match(link):
        present = link.endswith(("'re", "'s", "'m"))
        return "person" if present and not link.startswith(("it", "we", "i'")) else None
    if link not in _PRESENT_LINKS and link not in _PAST_LINKS:
        return None
    subject = before[k + 1:k + 5]
    if not subject:
        return None
    head = subject[0]
    first = head.start == sent_start
    if link in _PRESENT_LINKS and (head.lower in PERSON_PRONOUNS or _is_person(head.text, first)) and (
            head.lower not in ("i", "we")):
        return "person"
    if (head.lower.rstrip("s") in PERSON_NOUNS or head.lower in PERSON_PRONOUNS or not head.text.isalpha()
            or _circumstance(head.lower)):
        return None  # "your first week was stressful", "his loss was devastating": what befell them
    for owner in subject[1:4]:  # "your charts", "his whole presentation", "Maria's report"
        lower = owner.lower.replace("’", "'")
        if lower in _POSSESSIVES or (lower.endswith("'s") and _is_person(owner.text[:-2], owner.start == sent_start)):
            return "work"
        if lower in STOPWORDS and lower not in ("whole", "entire", "last", "latest", "first", "new"):
            return None
    return None


# A harsh word may judge what the person met or fixed, not the person or their work: a thing, event or third party
# as its clause's subject while the person acts in another clause of the sentence ("Our vendor's support was pathetic
# this quarter, and you escalated the outage", "The old approval process was a waste of time, so you replaced it"), or
# the object of the person's remedy ("You spotted an embarrassing typo"). The subject names neither the person nor
# their work (no person word or possessive, no demonstrative standing for the work: "This proposal is trash").
_STANDS_FOR_WORK = wordset("it this that these those which what everything all something")
_PERSON_WORDS = wordset("you your yours he his him she her hers they their them")
_MANNER_REMEDIES = ("handl", "work", "stay", "came", "put", "turn", "took", "tak", "inherit", "no", "zero", "fewer",
                    "without", "despite", "in", "free", "calm", "sooth")


def _names_person(clause: Clause, sent_start: int) -> bool:
    for tok in clause.subject:
        lower = normalise_quotes(tok.text).lower()
        stem = lower[:-2] if lower.endswith("'s") else lower
        if stem in _STANDS_FOR_WORK:
            return True  # "it's pathetic", "that's lazy": a contracted pronoun standing for the work
        if lower in _PERSON_WORDS or lower in _STANDS_FOR_WORK or lower in ("i", "we", "my", "our"):
            return lower not in ("our", "my")  # "our vendor's support" is a third party's
        if _is_person(tok.text[:len(stem)], tok.start == sent_start) and (lower.endswith("'s") or len(clause.subject) == 1):
            return True  # "Maria's code", "Maria"
    return False


def _acting_person(draft: _Draft, rules: FeedbackRules, clause: Clause, sent_start: int, remedy: bool = False) -> bool:
    """The clause's subject is the person, acting: no negation and (unless it remedies a problem) no unnegated
    criticism in it."""
    if not clause.subject or not clause.verbs:
        return False
    head = clause.subject[0]
    if not (clause.subject_words[0] in PERSON_PRONOUNS or _is_person(head.text, head.start == sent_start)):
        return False
    if any(w in ("not", "never") or w.endswith("n't") for w in clause.verb_words):
        return False
    if remedy:
        return True
    text = draft.text
    return not any(not rules.negators.search(text, max(clause.start, c.start() - 30), c.start())
                   for c in draft.matches(rules, rules.critical, clause.start, clause.end))


def _problem_met(draft: _Draft, rules: FeedbackRules, m: re.Match[str]) -> bool:
    """The harsh word at ``m`` judges a problem the person met or fixed (see above), not them or their work."""
    s, _ = draft.sentence_at(m.start())
    sentence = bisect_right(draft.starts, m.start()) - 1
    if sentence < 0:
        return False
    own = draft.clause_at(sentence, m.start())
    if own is None or not own.subject:
        return False
    if own.subject[-1].end <= m.start() and _acting_person(draft, rules, own, s, remedy=True):
        remedy = next(rules.remedies.finditer(draft.text, own.subject[-1].end, m.start()), None)
        return remedy is not None and not remedy.group().lower().startswith(_MANNER_REMEDIES)
    if own.inherited or _names_person(own, s) or m.start() < own.subject[-1].end:
        return False
    return any(c is not own and _acting_person(draft, rules, c, s) for c in draft.parsed[sentence])


def _valence_harsh_ok(draft: _Draft, m: re.Match[str], rule: CompiledSpanRule) -> bool:
    """A low-rated word predicated of the person or their work (harsh), of the person only (trait: a
    characterisation in the present, "you're so annoying", "he is just weak", "she's a bully")."""
    word = m.group().lower()
    if (word.endswith("ed") and word not in judgement_adjectives()) or word in BOOSTERS:
        return False  # a participle reports what was done to them ("you were stressed")
    predication = _valence_predication(draft, m)
    if predication is None or (rule.kind == "trait" and predication != "person"):
        return False
    nxt = _NOUN_AFTER.match(draft.text, m.end(), m.end() + 40)
    if nxt is not None and lexicon().get(nxt.group(1).lower(), 0.0) > 0:
        return False  # "you're wicked smart", "stupid fast": a degree word before praise
    s, _ = draft.sentence_at(m.start())
    lead = [t.lower.replace("’", "'") for t in reversed(_words_before(draft, m.start(), s, limit=3))]
    if word in judgement_adjectives():
        if any(w in NEGATORS or w.endswith("n't") for w in lead):
            return False  # "you're not slapdash"
    elif word_valences([*lead, word])[-1] >= 0:
        return False  # "not bad", "never so awful"
    return _harsh_ok(draft, m, rule)


def _span_findings(draft: _Draft, rules: FeedbackRules) -> list[Hit]:
    found: list[Hit] = []
    taken_end = -1
    trait_end: int | None = None
    text = draft.text
    candidates = []
    for token in _ALNUM_RUN.finditer(text):  # a term is tried only where its first word stands
        for rule in rules.term_index.get(token.group().lower(), ()):
            if rule.rule.match == "shouting" and not token.group().isupper():
                continue  # a shouting marker counts only in capitals
            m = rule.pattern.match(text, token.start())
            if m:
                candidates.append((rule, m))
    candidates.extend(_valence_candidates(draft, rules))
    matches = sorted(candidates, key=lambda rm: (rm[1].start(), -(rm[1].end() - rm[1].start())))

    answers: dict[tuple[int, int] | None, bool] = {}  # each question below answered once (no cache made per draft)

    def told(start: int, end: int) -> bool:  # criticism told as a fact: a bad rank, a worsened measure, squalor
        found = answers.get((start, end))
        if found is None:
            found = answers[start, end] = _told_criticism(draft, rules, start, end) is not None or any(
                rule.rule.match == "squalor" and start <= m.start() < end and _squalor_ok(draft, m)
                for rule, m in candidates)
        return found

    def critical_draft() -> bool:  # asked only by an absolute with no problem word of its own
        found = answers.get(None)
        if found is None:
            found = answers[None] = any(not rules.negators.search(text, max(0, c.start() - 30), c.start()) and not (
                _PROBLEM_NOUN.fullmatch(c.group()) and not _attributed(text, c.start(), c.end(), *draft.sentence_at(c.start())))
                for c in islice(draft.matches(rules, rules.critical), 200)) or any(  # "resolving questions and problems"
                told(start, end) for start, end in draft.sentences)  # "You're always the last one to arrive"
        return found

    taken_span: tuple[int, int] | None = None
    taken_kinds: set[str] = set()
    for rule, m in matches[:MAX_SPAN_CANDIDATES]:
        if m.start() < taken_end and not (m.span() == taken_span and rule.kind not in taken_kinds):
            continue  # one finding per span, except an insult that is both a trait and harsh
        if rule.rule.match == "person":
            ok = not _followed_by_other_sense(text, m, rule) and _trait_ok(
                draft, m, trait_end if trait_end is not None and trait_end <= m.start() else None)
        elif rule.rule.match == "always":
            ok = True
        elif rule.rule.match == "absolute":
            ok = _absolute_ok(draft, m, rule.rule, rules, critical_draft, told)
        elif rule.rule.match == "character":
            ok = _character_ok(draft, m, rule, rules)
        elif rule.rule.match == "denied":
            ok = _denied_ok(draft, m)
        elif rule.rule.match == "threat":
            ok = _threat_ok(draft, m)
        elif rule.rule.match == "mind":
            ok = _empty_mind_ok(draft, m)
        elif rule.rule.match == "valence":
            ok = _valence_harsh_ok(draft, m, rule) and not _in_hardship(draft, m.start()) and not (
                rule.kind == "harsh" and _problem_met(draft, rules, m))
        elif rule.rule.match == "label":
            ok = _label_ok(draft, m, rules)
        elif rule.rule.match == "rhetorical":
            ok = _rhetorical_ok(draft, m, rules)
        elif rule.rule.match == "contempt":
            ok = _contempt_ok(draft, m, rules)
        elif rule.rule.match == "standing":
            ok = _standing_ok(draft, m)
        elif rule.rule.match == "demanded":
            ok = _demanded_ok(draft, m)
        elif rule.rule.match == "disposition":
            ok = _disposition_ok(draft, m)
        elif rule.rule.match == "squalor":
            ok = _squalor_ok(draft, m)
        elif rule.rule.match == "simile":
            ok = _simile_ok(draft, m, rules)
        elif rule.rule.match == "peril":
            ok = _peril_ok(draft, m)
        elif rule.rule.match == "rank":
            ok = _rank_ok(draft, m, rules)
        elif rule.rule.match == "shouting":
            run = _shouting_run(draft, m, rules) if m.start() >= taken_end else None
            ok = run is not None
            m = run or m  # one finding for the whole run of capitals
        else:
            ok = _harsh_ok(draft, m, rule) and not _in_hardship(draft, m.start()) and not _problem_met(draft, rules, m)
        if ok:
            found.append((rule, m))
            if m.span() != taken_span:
                taken_span, taken_kinds = m.span(), set()
            taken_kinds.add(rule.kind)
            taken_end = max(taken_end, m.end())
            if rule.kind == "trait":
                trait_end = m.end()
    allowed = rules.allow.spans(draft.text)
    return drop_allowed(found, allowed, span=lambda rm: rm[1].span())


# --- sentence functions -----------------------------------------------------------------------


@dataclass
class _Sentence:
    start: int
    end: int
    cues: dict[str, tuple[Cue, re.Match[str]]]  # part -> first cue match in the sentence
    praise: int
    critical: int

    @property
    def functions(self) -> list[str]:
        out = [p for p in PARTS if p in self.cues]
        if self.praise > 0:
            out.append("praise")
        if self.critical > 0:
            out.append("criticism")
        return out


def _sentence_matches(draft: _Draft, rules: FeedbackRules, pattern: re.Pattern[str]
                      ) -> Iterator[tuple[int, re.Match[str]]]:
    """(sentence number, match) for every match of ``pattern`` in one pass over the draft (a match that runs
    past its sentence's end is tried again inside the sentence)."""
    text, starts, sentences = draft.text, draft.starts, draft.sentences
    for m in draft.matches(rules, pattern):
        i = bisect_right(starts, m.start()) - 1
        if i < 0:
            continue
        _, e = sentences[i]
        if m.start() >= e:
            continue
        if m.end() > e:
            inner = pattern.search(text, m.start(), e)
            if inner is None:
                continue
            m = inner
        yield i, m


def _by_sentence(draft: _Draft, rules: FeedbackRules, pattern: re.Pattern[str]) -> list[list[re.Match[str]]]:
    """Every match of ``pattern``, grouped by the sentence it lies in (:func:`_sentence_matches`)."""
    out: list[list[re.Match[str]]] = [[] for _ in draft.sentences]
    for i, m in _sentence_matches(draft, rules, pattern):
        out[i].append(m)
    return out


def _first_by_sentence(draft: _Draft, rules: FeedbackRules, pattern: re.Pattern[str]
                       ) -> list[tuple[int, re.Match[str]]]:
    """(sentence number, match) for each sentence whose :func:`_by_sentence` matches hold one that is not
    blank: the first such, found without grouping every match (most cues match in no sentence)."""
    scan = draft.scan
    n = scan.index(pattern) if scan is not None and rules.scan is scan else None
    starts = draft.match_starts[n] if n is not None else None
    if starts is not None and not starts:
        return []  # no place in the draft where the pattern can start
    out: list[tuple[int, re.Match[str]]] = []
    done = -1
    text, sentence_starts, sentences = draft.text, draft.starts, draft.sentences
    for m in draft.matches(rules, pattern):  # _sentence_matches, in one loop: a sentence already found is passed over
        at = m.start()
        i = bisect_right(sentence_starts, at) - 1
        if i < 0 or i == done:
            continue
        e = sentences[i][1]
        if at >= e:
            continue
        if m.end() > e:
            inner = pattern.search(text, at, e)
            if inner is None:
                continue
            m = inner
        if m.group().strip():
            out.append((i, m))
            done = i
    return out


# A wish to see a thing, not the person doing something: "I'd like to see a real change", "I need to see more
# effort" (a bare desired result, as the labelling guides have it); "I want to see you wait for a pause" asks an act.
_SEE_RESULT = precompiled(r"\b(?:like|love|want|need|expect|hope)\s{1,3}to\s{1,3}see\s{1,3}(?:(?:a|an|the|some|more|much|"
                         r"real|better|big|bigger|clear|marked|noticeable|significant|some|an?\s{1,3}(?:real|big|clear))\s{1,3})+"
                         r"(?:[a-z-]{2,30}\s{1,3}){0,2}?(?:change|changes|improvement|improvements|progress|effort|"
                         r"commitment|results?|difference|ownership|initiative|urgency|focus|accountability)\b"
                         r"(?![^.!?]{0,40}\b(?:by|before|in|on)\s{1,3}(?:\d|next|the\s{1,3}end|{days}|{months}))"
                         .replace("{days}", "|".join(WEEKDAYS)).replace("{months}", "|".join(MONTHS)), re.IGNORECASE)
_QUESTION_END = precompiled(r"\?[\s\"'”’)]*\Z")


# --- next steps found by sentence function ------------------------------------------------------
#
# A next step is a REQUEST or PLAN for an act of the reviewed person, whatever its words: a clause in
# the imperative mood ("Proof-read your documents before sending them"), a writer's want or need whose
# complement is the person's act ("I'd really like her to own the rota"), a question that asks for an
# act ("Will you send me the figures?", "What could we do differently?"), the person (or "we") as the
# subject of a modal plan anchored in the future or in a means ("You can work better with others by
# learning their names"), or a suggested act as the subject of a benefit ("Including this question can
# help ..."). Found from assistant.text's clauses (subject, verb group, mood), not from phrase lists; a
# clause that only asks for a better result ("Be better prepared next time") stays no step.

_STEP_CUE = Cue(
    StructureCue(
        id="next-step-clause", kind="next_step", pattern=r"\S",
        explanation="A request or plan for the person's next act, found by the clause's mood and subject.",
        suggestion="Make the step concrete and say when you will follow up.",
        source="Hattie, J. & Timperley, H. (2007). The power of feedback. Review of Educational Research, "
               "77(1), 81-112 ('Where to next?'); Searle (1976) directives.",
    ),
    precompiled(r"\S(?:.*\S)?", re.DOTALL),
)
# Verbs whose bare form at a sentence's start is the writer's own attitude with "I" left out ("Thank
# you for ...", "Love the way ..."), and verbs that name a result rather than an act ("Be better", "Get
# it right", "Improve your reports", "Work on your attitude").
_ATTITUDE_VERBS = wordset("thank thanks love appreciate enjoy admire congratulate welcome like hope wish miss "
                          "respect value applaud salute commend")
_RESULT_VERBS = wordset("be become get improve do work step shape")
# Words that open a sentence without being a verb in the imperative.
_NOT_IMPERATIVE = wordset("such what how quite truly so very cheers kudos congrats bravo great good nice excellent "
                          "well overall sorry best top special another thanks yes no okay ok hi hello dear "
                          "wow sadly luckily honestly frankly personally whatever alongside besides calm spot super "
                          "keen proud happy glad kind quick fast smart sharp bright")
_IMPERATIVE_LEADS = (("be", "sure", "to"), ("be", "certain", "to"), ("don't", "forget", "to"), ("do", "not", "forget", "to"),
                     ("never", "forget", "to"), ("remember", "to"), ("make", "time", "to"), ("take", "time", "to"))
_STEP_PREPOSITIONS = wordset("on with to for about")
# Verbs that ask for an act named after them by "to" ("Aim to speak less than half the time"); after "work on"
# the act is a gerund ("Work on letting clients finish"); "Work on your attitude" names only a result.
_AIM_VERBS = wordset("aim try plan")


def _act_named(word: str, gerund: bool) -> bool:
    """``word`` names an act: a base verb (or, with ``gerund``, its -ing form) that is no result or state."""
    if gerund:
        if not word.endswith("ing") or len(word) <= 5 or word in _NOT_GERUND:
            return False
        forms = {word[:-3], word[:-3] + "e", word[:-4]}
    else:
        forms = {word}
    return not forms & (_RESULT_VERBS | _STATIVE_VERBS | _RESULT_ACTS) and not forms & FUNCTION_WORDS \
        and (gerund or _is_base_verb_shape(word))
# Verbs that take their object after a preposition ("Focus on the handover notes", "Talk to the client");
# a noun or adjective before one is a heading or a praise line ("Progress on the plan", "Helpful on the phones").
_PREPOSITIONAL_VERBS = wordset("focus talk speak listen reach reflect build agree sync meet partner pair plan prepare "
                               "ask look think follow check respond reply")
_OBJECT_PRONOUNS = wordset("it them him her me us you yourself yourselves everyone everything something "
                           "someone anyone this that these those")
_PARTICLES = PARTICLES | wordset("through ahead over around")  # and the particles of motion past or ahead
_STATIVE_VERBS = wordset("be have see feel know get improve do become go look seem hear tell think want need like "
                         "love find imagine expect remember understand believe guess wonder bet sense notice")
_WRITER_DESIRE = wordset("want need like love expect ask encourage invite urge recommend suggest advise challenge")
_FORWARD = precompiled(
    r"\b(?:next|tomorrow|tonight|going\s+forward|from\s+now\s+on|in\s+(?:the\s+)?future|starting|upcoming|"
    r"before|each|every|instead|by\s+(?:[a-z]{2,30}ing|(?:the\s+)?(?:end|start|close)|next|{days}|{months}|\d)|"
    r"this\s+(?:afternoon|evening|week|month|quarter|sprint|year|term)|(?:on|by)\s+(?:{days}))\b"
    .replace("{days}", "|".join(WEEKDAYS)).replace("{months}", "|".join(MONTHS)),
    re.IGNORECASE)
_PERSON_TO_ACT = precompiled(
    r"\s*(?:really\s+|also\s+)?(?:(?:you|him|her|them|us|everyone|the\s+team|[A-Z][a-z]+)\s+to|for\s+(?:you|him|her|them|us)\s+to|"
    r"that\s+(?:you|he|she|they|we)(?:\s+(?:will|should|would|can))?)\s+(?:(?:always|also|really|start|try)\s+(?:to\s+)?)?"
    r"(?!(?:be|improve|get|become|do|work|step|know|understand|feel|see)\b)[a-z]{2,30}\b")
_THING_BY = precompiled(r"\s+(?:the|your|a|an|his|her|their|this|that|those|these)\s+(?!(?:better|more|improved)\b)"
                       r"(?:[\w'’-]+\s+){0,6}?(?:by|before|on|at)\s+(?:the\s+end|noon|midday|tomorrow|tonight|"
                       + "|".join(WEEKDAYS) + r"|\d)", re.IGNORECASE)
_ASKING_QUESTION = precompiled(
    r"[\s\"“(]*(?:(?:so|and|then|now)\s*,?\s+)?(?:(?:will|would|could|can|shall)\s+(?:you|we)\s+(?:please\s+|also\s+|try\s+(?:to\s+)?)?"
    r"(?!(?:be|have|see|feel|know|get|improve|do|tell|think|believe|say|hear)\b)[a-z]{2,30}|"
    r"(?:what|how)\s+(?:else\s+)?(?:could|can|would|will|might|should|shall)\s+(?:you|we)\s+(?:do|try|change|put|set|build|use|"
    r"plan|prepare|approach|handle|avoid|prevent|make)|why\s+(?:don['’]t|not)\s+(?:you|we)\b|how\s+about\s+[a-z]{2,30}ing|"
    # a review's question about a case the work must handle ("What happens when numbers is empty?", "What if
    # two users save at once?"): asks the person to check and handle it; "What happened when ..." is the past
    r"what\s+(?:happens|will\s+happen|would\s+happen|should\s+happen)\s+(?:when|if|once|whenever)|what\s+if)\b",
    re.IGNORECASE)
_SUBORDINATE_LINKS = wordset("if when whenever before after once while as since until unless because although though")
_BENEFIT_VERBS = wordset("help make improve ensure prevent reduce save speed give let allow avoid stop cut keep")
_NOT_GERUND = wordset("nothing something everything anything during morning evening according thing string bring "
                      "king ring spring sing wing being")


def _is_base_verb_shape(word: str) -> bool:
    """A word that can be a verb's bare form by its shape: letters (a hyphen allowed), no inflection."""
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", word) or len(word) < 2:
        return False
    if word in FUNCTION_WORDS or word in _NOT_IMPERATIVE or word in PREPOSITIONS or word in MODALS:
        return False
    if word.endswith(("ing", "ed", "ly")) and word not in ("need", "proceed", "exceed", "feed", "embed", "bring"):
        return False
    return not (word.endswith("s") and not word.endswith("ss") and word != "focus")


# The writer relying on the person for an act, or asking it as a favour: "I'm counting on you to lead the
# handover", "I'd appreciate it if you took the lead on the review" (not a thanks: "I appreciated that you stayed").
_RELIANCE = precompiled(
    r"(?:count(?:ing)?|rely(?:ing)?|depend(?:ing)?)\s{1,3}on\s{1,3}(?:you|him|her|them|(?-i:[A-Z][a-z]{1,30}))\s{1,3}to\s{1,3}"
    r"(?!(?:be|improve|get|become|do)\b)[a-z]{2,30}|appreciate\s{1,3}it\s{1,3}if\s{1,3}(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))"
    r"\s{1,3}(?:could\s{1,3}|would\s{1,3})?(?!(?:be|improve|get|become|do|were|was)\b)[a-z]{2,30}", re.IGNORECASE)
_WORTH_ACT = precompiled(r"\s{1,3}(?:(?:also|really|maybe|perhaps)\s{1,3})?(?!(?:noting|mentioning|saying|remembering|"
                        r"pointing|repeating|knowing|considering|bearing|keeping\s{1,3}in|being|getting|doing|improving)\b)"
                        r"[a-z]{2,30}ing\s{1,3}\w", re.IGNORECASE)
# Advice in an adjective with its act in the infinitive: "It's important to let the client finish", "It
# would be wise to copy legal in"; "It is important to be on time" asks for a state, no act.
_ADVISED = wordset("important essential vital crucial critical wise best helpful advisable key")
_ADVICE_ACT = precompiled(r"\s{1,3}(?:for\s{1,3}(?:you|him|her|them)\s{1,3})?to\s{1,3}(?:(?:always|also|really|just)\s{1,3})?"
                         r"([a-z]{2,30})\b", re.IGNORECASE)
_SPEECH_VERBS = wordset("say add start begin explain tell reiterate thank congratulate be repeat stress emphasise "
                        "emphasize share note point")
# Verbs whose object is an act in the gerund ("try pairing with Dana", "start sharing the screen").
_CATENATIVE_VERBS = wordset("try start begin keep consider practise practice stop avoid")
# Nouns that name what someone is to do: a clause "<the/my/our ...> NOUN is (for PERSON) to VERB" or
# "... is that PERSON (will) VERB" asks or plans an act ("The plan is for you to take over the vendor calls",
# "My ask is that you share drafts with me first", "Your next step is to draft a training plan").
_DIRECTIVE_NOUNS = wordset("plan ask request expectation suggestion recommendation idea step steps aim focus goal "
                           "priority assignment action task challenge proposal advice tip homework habit way move "
                           "option solution fix approach remedy key trick")
_DIRECTIVE_SCOPES = wordset("for of from over in during")
_DIRECTIVE_COMPLEMENT = precompiled(
    r"\s{1,3}(?:forward\s{1,3})?(?:(?:will|would|might|could)\s{1,3}be|is|was\s{1,3}agreed\s{1,3}as)\s{1,3}(?:for\s{1,3}(?:you|him|her|them|us|the\s{1,3}team|"
    r"(?-i:[A-Z][a-z]{1,30}))\s{1,3}to|to|that\s{1,3}(?:you|he|she|they|we|(?-i:[A-Z][a-z]{1,30}))(?:\s{1,3}(?:will|should|can|"
    r"would))?)\s{1,3}(?:(?:always|also|really|start|try)\s{1,3}(?:to\s{1,3})?)?([a-z]{2,30})\b", re.IGNORECASE)


# Acts the person is committed to in review language: a need with a concrete act and a time ("She needs
# to attend the communication workshop in March"; "needs to reduce his call time" stays a bare result), a
# passive directive ("She is encouraged to join the mentoring programme"), an agreement ("She has agreed
# to send a weekly status note"), an action item ("Priya to book a session with HR by Friday") and a
# development activity to benefit from ("She would benefit from a time-management course").
_RESULT_ACTS = wordset("improve reduce increase cut lower raise meet hit achieve stop be get become do show change "
                       "grow develop work step make keep")
_PASSIVE_DIRECTIVES = wordset("encouraged asked advised invited expected required instructed")
_COMMITTED = wordset("agreed committed promised pledged undertaken volunteered")
_DEVELOPMENT_ACTIVITY = precompiled(
    r"\s{1,3}from\s{1,3}(?:a|an|the|some|further|more|regular|formal)?\s{0,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:course|courses|"
    r"workshop|workshops|training|programme|program|mentor|mentoring|coaching|class|classes|session|sessions|"
    r"certification|seminar|shadowing|refresher)\b", re.IGNORECASE)
_ACTION_ITEM = precompiled(r"[\s\"“(•*-]{0,3}(?:(?:action|next\s{1,3}step|to-?do)\s{0,3}:\s{0,3})?(?-i:[A-Z][a-z]{1,30})"
                          r"\s{1,3}to\s{1,3}(?!(?:be|improve|get|become|do)\b)[a-z]{2,30}\s{1,3}\w", re.IGNORECASE)


_DATED = precompiled(r"\b(?:in|on|at|during)\s{1,3}(?:the\s{1,3})?(?:next|coming|" + "|".join((*MONTHS, *WEEKDAYS))
                    + r")\b", re.IGNORECASE)


def _committed_act(draft: _Draft, c: Clause, e: int) -> bool:
    """The clause commits the person to an act (see above)."""
    text = draft.text
    verbs = c.verb_words
    if not c.subject:
        m = _ACTION_ITEM.match(text, c.start, c.end)
        if m is None or c.link:
            return False
        name = re.search(r"[A-Z][a-z]{1,30}", m.group()).group().lower()
        act = re.search(r"\bto\s{1,3}([a-z]{2,30})", m.group(), re.IGNORECASE).group(1).lower()
        return name in names_lexicon().first and act not in FUNCTION_WORDS and act not in DETERMINERS
    head = c.subject_words[0]
    if not (head in ("you", "he", "she", "they") or len(c.subject) == 1 and c.subject[0].text[:1].isupper()
            and head in names_lexicon().first) or "not" in verbs or any(w.endswith("n't") for w in verbs):
        return False  # the person commits, not others ("The new hires would benefit from her mentoring")
    main = c.main_verb
    if any(w in BE_FORMS for w in verbs[1:]):
        return False  # "She needs to be more careful": a state, no act

    def act_after(end: int) -> bool:
        m = re.match(r"\s{1,3}to\s{1,3}([a-z]{2,30})\b", text[end:c.end])
        if m is None:
            return False
        word = m.group(1)  # "committed to sharing", "agreed to improving" (the gerund's verb is judged)
        forms = {word, word[:-3], word[:-3] + "e"} if word.endswith("ing") and len(word) > 5 else {word}
        return not forms & (_RESULT_ACTS | _STATIVE_VERBS) and word not in FUNCTION_WORDS and word not in DETERMINERS

    if verbs[:2] in (("needs", "to"), ("need", "to"), ("has", "to"), ("have", "to")) and main not in _RESULT_ACTS \
            and main not in _STATIVE_VERBS and (_FORWARD.search(text, c.verbs[-1].end, e)
                                                 or _DATED.search(text, c.verbs[-1].end, e)):
        return True
    if verbs[0] in ("is", "are", "'s", "'re", "will") and main in _PASSIVE_DIRECTIVES:
        return act_after(c.verbs[-1].end)  # "She is encouraged to join ..."; "She was asked to leave" is the past
    if main in _COMMITTED and verbs[0] in ("has", "have", "'s", "'ve"):
        return act_after(c.verbs[-1].end)  # "She has agreed to send ...", "He has committed to sharing ..."
    return main == "benefit" and verbs[0] in ("would", "could", "'d", "might") and _DEVELOPMENT_ACTIVITY.match(
        text, c.verbs[-1].end, c.end) is not None


def _directive(text: str, c: Clause) -> bool:
    """The clause says what the person is to do by a directive noun as its subject (see above); a
    result ("The goal is to improve") or a state ("The plan is to be better") is no act."""
    subject = c.subject_words
    if subject[-1:] == ("forward",):  # "The best way forward is for you to meet the client"
        subject = subject[:-1]
    # the noun may carry a short scope after it: "Your action for this week is to read ...", "The plan for
    # the next release is for you to ...", "My main ask of you is that you ..."
    scoped = next((k for k in range(len(subject) - 2, max(0, len(subject) - 5) - 1, -1)
                   if subject[k] in _DIRECTIVE_NOUNS and subject[k + 1] in _DIRECTIVE_SCOPES), None)
    if not subject or (subject[-1] not in _DIRECTIVE_NOUNS and scoped is None) or subject[0] not in (
            "the", "my", "our", "your", "his", "her", "their", "one", "a", "an", "another", "this") and not (
            subject[0].endswith(("'s", "’s")) and c.subject[0].text[:1].isupper()):  # "Dana's goal is to ..."
        return False
    m = _DIRECTIVE_COMPLEMENT.match(text, c.subject[len(subject) - 1].end)
    return m is not None and m.group(1).lower() not in _RESULT_VERBS and m.group(1).lower() not in _STATIVE_VERBS


# "Be" with a place or readiness and a clock time or day asks for a presence at a set time, a concrete act.
_PRESENCE = frozenset(("at", "in", "on", "back", "ready", "there", "here", "available"))
_AT_TIME = precompiled(r"\b(?:by|before|at|from|on)\s{1,3}(?:\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:a\.?m\.?|p\.?m\.?)?|noon|midday|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)


def _imperative(draft: _Draft, rules: FeedbackRules, clause: Clause) -> bool:
    """A clause in the imperative mood that names an act: a bare verb first (after 'please', 'just',
    'also', 'then'), an object or particle after it, and more than a pronoun to act on."""
    if clause.link not in ("", "and", "then", "so", "but") or clause.subject and not (
            len(clause.subject) == 1 and clause.subject_words[0] in ("always", "never")):
        return False  # "Always let the presenter finish": a frequency word read as the subject is none
    toks = draft.span_words(clause.start, clause.end)
    raw = [t.text for t in draft.span_tokens(clause.start, clause.end)]
    i = 0
    while i < len(toks) and toks[i] in ("please", "just", "also", "then", "now", "so", "always", "never", "and", "simply"):
        i += 1
    for lead in _IMPERATIVE_LEADS:  # "Be sure to log each call", "Don't forget to update the tracker"
        if tuple(toks[i:i + len(lead)]) == lead:
            i += len(lead)
            break
    if i + 1 >= len(toks):
        return False
    verb, after = toks[i], toks[i + 1]
    if verb in _RESULT_VERBS | _AIM_VERBS and after in ("on", "to") and i + 2 < len(toks) - 1 \
            and _act_named(toks[i + 2], gerund=after == "on"):
        return True  # "Work on letting clients finish their point", "Aim to speak less than half the time"
    if verb == "be" and after in _PRESENCE and _AT_TIME.search(draft.text, clause.start, clause.end):
        return True  # "be at the ward desk by 6:50", "be ready on Monday at nine": a presence at a set time
    if not _is_base_verb_shape(verb) or verb in _ATTITUDE_VERBS or verb in _RESULT_VERBS:
        return False
    if verb == "let" and after == "me" and i + 2 < len(toks) and toks[i + 2] in _SPEECH_VERBS:
        return False  # "Let me say how grateful I am": the writer's own words, no act asked
    if verb == "let" and after == "me" and toks[i + 2:i + 3] == ["know"]:
        return False  # "Let me know if ...": an offer, judged by what it offers (the next-offer cue), not a
        # courtesy close ("Let me know if you have any questions")
    if verb in _CATENATIVE_VERBS and after.endswith("ing") and len(after) > 4 and after not in _NOT_GERUND \
            and after[:-3] not in _RESULT_VERBS and after not in ("being", "getting", "doing", "improving") \
            and i + 2 < len(toks):
        return True  # "try pairing with Dana", "start sharing the screen": the act is the verb's gerund
    if raw[i].isupper() and len(raw[i]) > 1:
        return False  # an acronym ("HR Business Partners monitor ..."), not a verb
    if after in _STEP_PREPOSITIONS and i + 2 < len(toks) and toks[i + 2] in DETERMINERS \
            and verb in _PREPOSITIONAL_VERBS:
        after = toks[i + 2]  # "Focus on the handover notes"; "Helpful on the phones" is praise
    if not (after in DETERMINERS or after in _OBJECT_PRONOUNS or after in _PARTICLES
            or (i > 0 and re.fullmatch(r"[A-Z][a-z]+", raw[i + 1]))  # "please ask Sam"; "Annual Review" is a name
            or _code_object(draft.text, clause, raw[i])):
        return False
    rest = toks[i + 1:]
    if len(rest) < 2 and _code_object(draft.text, clause, raw[i]):
        return True  # "Wrap fetchOrders() in a retry": the clause ends at the bracket
    if len(rest) < 2 or all(w in _OBJECT_PRONOUNS or w in _PARTICLES or w in ("again", "now", "already") for w in rest):
        return False  # "Fix it", "Fix them": no act named beyond the result
    return not _demand_only(draft, rules, clause.start, clause.end)


# An identifier or code span as a bare verb's object, as code reviews write a step ("Add try/catch to return
# a meaningful error", "Use `pageSize` instead of end", "Wrap fetchOrders() in a retry"): no heading has one.
_CODE_OBJECT = precompiled(r"\s{1,3}(?:`[^`\n]{1,60}`|[A-Za-z_][\w.]{0,40}(?:/[A-Za-z_]\w{0,40}|\(\S{0,40}\)|[a-z][A-Z]\w{0,40}|"
                          r"_\w{1,40}))")


def _code_object(text: str, clause: Clause, verb: str) -> bool:
    """The clause's leading bare verb (``verb``) is followed by a code token as its object."""
    pos = text.find(verb, clause.start, clause.end)
    return pos >= 0 and _CODE_OBJECT.match(text, pos + len(verb), clause.end) is not None


def _step_clause(draft: _Draft, rules: FeedbackRules, i: int) -> Clause | None:
    """The first clause of sentence ``i`` that requests or plans the person's next act (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    parsed = draft.parsed[i]
    question = bool(_QUESTION_END.search(text, s, e))
    if question and _ASKING_QUESTION.match(text, s, e):
        return parsed[0] if parsed else None
    main_before = False  # an imperative leads its sentence or follows only subordinate clauses ("If unsure,
    # ask Sam"), a colon or a semicolon; after a main clause a bare verb continues a list ("a tendency to
    # interrupt, talk over others") or shares its subject ("She left ... and angry that ...")
    for c in parsed:
        if main_before and re.search(r"[;:]\s*$", text[max(s, c.start - 3):c.start]):
            main_before = False
        if _demand_only(draft, rules, c.start, c.end):
            continue
        if not main_before and _imperative(draft, rules, c):
            return c
        if _directive(text, c) and not question:
            return c
        if not question and _committed_act(draft, c, e):
            return c
        if c.verbs and c.link not in _SUBORDINATE_LINKS:
            main_before = True
        subject, verbs = c.subject_words, c.verb_words
        if subject in (("i",), ("we",)) and c.tense in ("present", "modal") and not c.inherited:
            desire = next((t for t in c.verbs if normalise_quotes(t.text).lower() in _WRITER_DESIRE), None)
            if desire is not None and "not" not in verbs and "n't" not in "".join(verbs) \
                    and _PERSON_TO_ACT.match(text, desire.end, e):
                return c  # "I'd really like her to own the rota", "we need you to call the client"
            if _RELIANCE.match(text, c.verbs[-1].start, e) and "not" not in verbs:
                return c  # "I'm counting on you to lead the handover", "I'd appreciate it if you could send ..."
            if desire is not None and desire.text.lower() in ("need", "want", "expect") and verbs[-1:] != ("to",) \
                    and _THING_BY.match(text, desire.end, e):
                return c  # "I expect the report on my desk by Friday", "I need the figures by noon"
        if subject in (("i",), ("we",)) and not c.inherited and not question and _arranged_session(draft, c, e):
            return c  # "I've booked thirty minutes with you on Thursday to go through the queue together"
        persons = (("you",), ("we",), ("you", "and", "i")) if draft.second_person else (
            ("you",), ("we",), ("he",), ("she",), ("they",))  # to 'you', he/she/they are other people
        if subject in persons and c.tense == "modal" and verbs \
                and (verbs[0] in ("will", "'ll", "can", "could", "should", "might", "may", "would", "'d")
                     or "going" in verbs[1:2]) \
                and "have" not in verbs and not any(w.endswith("n't") or w == "not" for w in verbs) \
                and ("going" in verbs or not any(w in BE_FORMS for w in verbs)) \
                and c.main_verb not in _STATIVE_VERBS and not question \
                and (_FORWARD.search(text, s if all(not p.verbs for p in parsed if p.start < c.start) else c.start, e)
                     or re.search(r"\bby\s+[a-z]{2,30}ing\b", text[c.start:e])):
            # a time ahead may lead the sentence: "Over the next review period, she will attend the workshop"
            return c  # "Next quarter you'll run the stand-up", "You can ... by learning their names"
        if subject == ("it",) and c.main_verb == "worth" and c.tense in ("present", "modal") \
                and _WORTH_ACT.match(text, c.verbs[-1].end) is not None:
            return c  # "It's worth booking a session with the trainer"; "It's worth noting that ..." is a remark
        if subject == ("it",) and c.main_verb in _ADVISED and c.tense in ("present", "modal") and not question \
                and (m := _ADVICE_ACT.match(text, c.verbs[-1].end, e)) is not None \
                and _act_named(m.group(1).lower(), gerund=False):
            return c  # "It's important to let the client finish before you respond"
        words_ = draft.span_words(c.start, c.end)
        if not c.subject and words_ and words_[0].endswith("ing") and len(words_[0]) > 4 \
                and words_[0] not in _NOT_GERUND and not rules.problem_words.match(text, c.start) \
                and not rules.critical.match(text, c.start):
            for k, w in enumerate(words_[1:-1], start=1):
                if w in ("can", "could", "would", "will", "might") and words_[k + 1] in _BENEFIT_VERBS:
                    return c  # "Including this question can help in better managing her pain"
    return None


# The writer has arranged a coming session with the person, which plans the person's next act with them:
# "I've booked thirty minutes with you on Thursday to go through the queue", "We've set up a call with
# her for next week to rehearse the demo". Not one in the past ("I booked a call with you last week").
_ARRANGE_VERBS = frozenset().union(*(inflections(v) for v in ("book", "schedule", "arrange", "set", "block",
                                                              "organise", "organize", "reserve", "pair", "partner")))
_WITH_PERSON = precompiled(r"\bwith\s{1,3}(?:you|him|her|them|(?-i:[A-Z][a-z]{1,30}))\b|\bfor\s{1,3}(?:the\s{1,3}two"
                          r"\s{1,3}of\s{1,3})?us\b|\btogether\b", re.IGNORECASE)
_PAST_TIME = precompiled(r"\b(?:last|ago|yesterday|earlier|previous(?:ly)?)\b", re.IGNORECASE)


# Who a step's act belongs to. A sentence that looks forward ("from now on", "going forward", "next sprint", "the
# next step is", "let's") is a step only when its forward act is the person's: asked of them (an imperative, "you"
# or the person as the subject, "I'd like you to"), shared with them ("we", "let's" with an act) or named as a
# suggested act ("It would be worth asking ..."). When the sentence never names the person and its clauses only
# give the act to someone else ("I will raise it with the ward manager", "the platform team will add a check"),
# wish for a state ("Quotes have to be accurate from now on", "respectful meetings are the priority", "It would be
# good to see a fuller forecast") or hope ("Let's hope the next batch goes better"), no step is asked of the
# person: the labelling guide's writer's plan and bare desired result.
_HOPE_VERBS = _ATTITUDE_VERBS | wordset("see trust pray wait")
_PLAN_NOUNS = wordset("step steps plan plans action actions")
_ANY_POSSESSIVES = wordset("your his her their its our my")  # the step check: any owner, the writer's too
_DUMMY_SUBJECTS = wordset("it this that")
_WH_WORDS = wordset("how why what who where when which")
_IMPERATIVE_ADVERBS = wordset("please always never just also then simply")
_OFFER_WORDS = wordset("can could glad happy willing keen available")
_WANTING = wordset("want wants need needs like love expect suggest recommend advise propose")
_OFFER_AFTER = precompiled(r"\s{1,3}(?:be\s{1,3})?(?:more\s{1,3}than\s{1,3}|very\s{1,3}|really\s{1,3}|always\s{1,3})?"
                           r"(?:glad|happy|willing|keen|available|here)\s{1,3}to\b", re.IGNORECASE)
_TO_ACT = precompiled(r"\s{1,3}(?:for\s{1,3}(?:you|him|her|them|us)\s{1,3})?to\s{1,3}([a-z]{2,30})\b", re.IGNORECASE)


_ADDRESSED_WORDS = wordset("please you yourself we us")


def _imperative_step(rules: FeedbackRules) -> re.Pattern[str]:
    """The structure file's instruction cue ("Next time, send one list", "Before a quote goes out, check ...")."""
    return next((c.pattern for c in rules.cues if c.rule.id == "next-imperative"), _NEVER)


_NEVER = precompiled(r"(?!)")


# A business function alone as the subject names the department that does it ("finance will reject any order",
# "payroll will correct it"): the functions of Porter, M. E. (1985), Competitive Advantage, ch. 2 (the value chain),
# with finance, legal and compliance from the firm infrastructure there. As a modifier ("the payroll file") it is none.
_BUSINESS_FUNCTIONS = frozenset((w,) for w in wordset(
    "finance accounts accounting payroll procurement purchasing hr legal compliance qa marketing facilities logistics"))


def _step_agent(draft: _Draft, c: Clause) -> str:
    """Whose forward act clause ``c`` gives: 'person' (asked of or shared with the person, or an act with no
    agent named), 'writer' (the writer alone), 'other' (another party), 'result' (a state wished for), or
    'none' (no verb, a subordinate clause, a plan noun naming what follows, or a thing's requirement)."""
    if not c.verbs or c.link in _SUBORDINATE_LINKS:
        return "none"
    words = c.subject_words
    if not words:
        return "person"  # an imperative or a verb-first question
    head = words[0]
    if head in ("you", "yourself", "we", "us") or "you" in words[:3] or head in _WH_WORDS or head in _IMPERATIVE_ADVERBS:
        return "person"
    if not draft.person.second and head not in _ANY_POSSESSIVES and draft.person.is_subject(words):
        return "person"
    if c.subject[0].text[:1].isupper() and names_lexicon().may_be_name(head):
        return "person"  # a first name may be the person's: whose act it is stays open
    if head.endswith("ing") and len(head) > 4 and head not in _NOT_GERUND and not c.inherited:
        return "person"  # "Diversifying your funding sources could ...": a suggested act, its agent left out
    verbs = c.verb_words
    if head == "i":
        # "I need earlier updates": the writer's want asks the person for something; "I can sit in on your next
        # calls", "I'd be glad to share my notes": an offer of help the person can take up
        if any(w in _OFFER_WORDS for w in verbs) or _OFFER_AFTER.match(draft.text, c.verbs[-1].end):
            return "person"
        desire = next((k for k, w in enumerate(verbs) if w in _WANTING), None)
        if desire is not None and (verbs[desire + 1:desire + 2] != ("to",) or verbs[desire + 2:desire + 3] == ("see",)):
            return "person"  # a thing wanted from the person; "I want to raise it with HR" is the writer's act
        return "writer"
    if head == "there":
        return "result"  # "From now on there can be no more slips like this": a state wished for
    if head in _DUMMY_SUBJECTS and len(words) == 1:
        return "person"  # "It would be worth asking ...": a suggested act, its agent left out
    text = draft.text
    after = c.verbs[-1].end
    main = c.main_verb
    linking = any(w in BE_FORMS for w in verbs) or main in ("become", "get")
    if linking and is_participle(main) and main not in BE_FORMS:
        return "person"  # "The report must be submitted by Friday": an act, its agent left out
    if linking:
        named = verbs[verbs.index("to") + 1] if "to" in verbs[:-1] else (m.group(1).lower() if (
            m := _TO_ACT.match(text, after)) else "")
        if named and _act_named(named, gerund=False):
            return "person"  # "The priority is to book the course", "My suggestion is to call the client first"
        return "none" if _PLAN_NOUNS & set(words) else "result"
    if main in _RESULT_VERBS:
        return "result"  # "Response times have to come down", "Accuracy must improve"
    # Another party's act ("the platform team will add a check", "finance will reject it"); a thing that needs or
    # takes something ("each change needs a test") leaves whose act it is open.
    return "other" if not _PARTY_WORDS.isdisjoint(words) or words in _BUSINESS_FUNCTIONS else "none"


def _opens_with_instruction(draft: _Draft, start: int, words: list[str]) -> bool:
    """The sentence opens with a base verb and its object ("Wear the glasses down for every cut from now on; I will
    check on Thursday"): an instruction even where the clause parser read the verb as a noun."""
    return len(words) > 1 and draft.text[start:start + 1].isupper() and _act_named(words[0], gerund=False) \
        and (words[1] in DETERMINERS or words[1] in _OBJECT_PRONOUNS or words[1] in _ANY_POSSESSIVES)


def _step_for_another(draft: _Draft, rules: FeedbackRules, i: int) -> str | None:
    """Why sentence ``i``'s forward act is not the person's ('writer', 'other', 'result', 'hope'), or None when it
    may be (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    if _QUESTION_END.search(text, s, e):
        return None
    words = draft.span_words(s, e)
    owners = ("your", "yours") if draft.person.second else ("his", "her", "hers", "your")
    if draft.person.mentioned(words) or any(w.split("'")[0] in _ADDRESSED_WORDS or w in owners for w in words) \
            or words[:1] in (["don't"], ["never"], ["always"]):
        # "please", "you", "we", the person's own work or leave ("Your slides should be more structured, with an
        # agenda", "With your permission, I will ..."), or a prohibition: the sentence speaks to or of the person
        return None
    if any(not c.subject and _imperative(draft, rules, c) for c in draft.parsed[i]) \
            or _imperative_step(rules).search(text, s, e) or _opens_with_instruction(draft, s, words):
        return None  # "Next practice, open your hips toward the field"
    for k, w in enumerate(words[:-1]):
        if w == "let's" or (w == "let" and words[k + 1] == "us"):
            verb = words[k + 2] if w == "let" and k + 2 < len(words) else words[k + 1]
            return "hope" if verb in _HOPE_VERBS else None  # "Let's sit down on Wednesday" shares an act
    agents = [_step_agent(draft, c) for c in draft.parsed[i]]
    if "person" in agents:
        return None
    return next((a for a in agents if a != "none"), None)


def _arranged_session(draft: _Draft, c: Clause, e: int) -> bool:
    text = draft.text
    verbs = c.verb_words
    if not verbs or c.main_verb not in _ARRANGE_VERBS or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in verbs):
        return False
    rest = text[c.verbs[-1].end:e]
    return (_WITH_PERSON.search(rest) is not None and _FORWARD.search(rest) is not None
            and _PAST_TIME.search(rest) is None)


def _bare_demand_at(draft: _Draft, rules: FeedbackRules, i: int, pos: int) -> bool:
    """The sentence, or the clause of it that holds ``pos``, only asks for a better result ("Be better
    prepared next time; these updates matter", "Some reports are incomplete; try to be more careful")."""
    s, e = draft.sentences[i]
    if _demand_only(draft, rules, s, e):
        return True
    clause = draft.clause_at(i, pos)
    return clause is not None and _demand_only(draft, rules, clause.start, clause.end)


def _demand_only(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    """``text[start:end]`` asks only for a better result or for more effort: the listed forms of a bare demand
    ("Please improve your attendance"), or an exhortation (see :func:`_exhortation`)."""
    return bool(rules.bare_demand is not None and rules.bare_demand.fullmatch(draft.text, start, end)) \
        or _exhortation(draft, rules, start, end) or _degree_demand(draft, start, end)


# The frame of a request (who asks, how firmly, when) around what is asked: "You should just ...", "I need you
# to ...", "Going forward, please try to ...". What is left after it is the request's content.
_REQUEST_FRAME = wordset("""please just really simply truly honestly seriously should must need needs needed have has
    got gotta to try trying tries expect expecting want wanted like going forward moving next time future now from on
    start starting keep begin continue always also lot bit little much even already then here well able""")


# Light verbs that carry an effort noun or adverb ("put in more effort", "pay attention", "take it seriously", "step
# up", "pull your weight"): they name no act of their own.
_SUPPORT_VERBS = frozenset().union(*(inflections(v) for v in ("be", "put", "give", "bring", "show", "make", "take", "get",
                                                              "pay", "do", "raise", "pick", "pull", "step", "buck",
                                                              "lift", "up", "see")))


_LEADING = wordset("please just so now and then also really simply honestly frankly seriously next time going moving "
                   "forward from on in the future")
_ASKING_MODALS = wordset("need needs have has must should ought got gotta will 'll can could")
_WRITER_ASKS = wordset("need want expect 'd would")


def _request_form(words: list[str]) -> bool:
    """The opening words (lower case) ask the person for something: an imperative ("try harder", "please show
    more initiative") or a modal demand ("you should just ...", "he needs to ...", "I expect ...", "I'd like you
    to ..."), not a remark in the past or a denial ("I could have done it no better", "you never stopped")."""
    k = 0
    while k < len(words) and words[k] in _LEADING:
        k += 1
    rest = words[k:]
    if not rest or any(w in ("no", "not", "never") or (w.endswith("n't") and j > 0) for j, w in enumerate(rest)):
        return False
    head = rest[0]
    if head in ("you", "he", "she", "they", "we"):
        nxt = [w for w in rest[1:4] if w not in ("just", "really", "simply", "also", "definitely")]
        return bool(nxt) and nxt[0] in _ASKING_MODALS and nxt[1:2] != ["have"] and not (
            nxt[0] in ("have", "has") and nxt[1:2] != ["to"])
    if head == "i":
        nxt = [w for w in rest[1:3] if w not in ("just", "really", "simply", "also")]
        return bool(nxt) and nxt[0] in _WRITER_ASKS
    if head in ("you'll", "you've", "you'd"):
        return head == "you'll" or rest[1:3] == ["got", "to"]
    return head in _SUPPORT_VERBS or head in ("try", "work", "focus", "improve", "start", "keep", "stop", "don't",
                                              "sharpen", "smarten", "tighten", "care", "concentrate", "commit",
                                              "engage", "apply", "act", "aim", "strive", "buck", "pull")


def _exhortation(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    """A request whose content names no behaviour, occasion or support: after the request's frame every
    content word is a word of effort, attention or attitude (``rules.effort_words``, at least one) or an
    unspecific word, with no number and no name ("You should just try harder", "Step up your game", "Show
    more initiative", "Put more effort in"). A concrete request names an act on an object or an occasion
    ("Send the draft by Thursday", "Ask Priya to review your first two reports"), so it is a next step."""
    if not rules.effort_words:
        return False
    effort = False
    toks = draft.toks
    first = draft.token_index(start)
    if not _request_form([t.lower.replace("’", "'") for t in toks[first:first + 8] if t.end <= end]):
        return False  # "Honestly, I could have done it no better": the writer's remark, no request
    for k in range(first, len(toks)):
        tok = toks[k]
        if tok.end > end:
            break
        word = tok.lower.replace("’", "'")
        if any(ch.isdigit() for ch in word) or (tok.start > start and tok.text[:1].isupper() and word != "i"):
            return False  # a number or a name makes it concrete ("by 6:50", "ask Priya")
        if word in rules.effort_words:
            effort = True
        elif not (word in STOPWORDS or word in _REQUEST_FRAME or word in _SUPPORT_VERBS or word in rules.unspecific_words):
            return False
    return effort


# A request for more or less of an act with nothing concrete in it ("Work faster.", "Talk less in meetings and listen
# more.", "You need to record more.", "Less chatting, more picking.", "Speed up."): after the request's frame, only
# conjuncts of a verb and a comparative of degree or pace, or of a comparative and a gerund, each with at most a
# setting phrase after it. It names the amount wanted, not an act on an object or an occasion, so it is a demand and
# no next step; a number, a name or "than" (a comparison stated, "sales more than doubled") makes it something else.
_DEGREE_COMPARATIVES = wordset("more less faster quicker slower sooner harder")
_PACE_PARTICLES = frozenset([("speed", "up"), ("hurry", "up"), ("pick", "up"), ("step", "up"), ("buck", "up"),
                             ("slow", "down"), ("calm", "down"), ("tone", "down")])
_SETTING_WORDS = frozenset(("in", "at", "on", "during", "with", "when", "while", "around", "before", "after"))
_MEANS_WORDS = frozenset(("by", "using", "through", "via", "so", "to", "until", "than"))
_CONJUNCT_BREAKS = frozenset([",", ";", "and", "but", "then", "or"])


def _degree_conjunct(words: list[str]) -> bool:
    """One conjunct of a degree demand: "work faster", "listen more in meetings", "less chatting", "speed up", or a
    bare stop ("stop overstepping", "quit complaining so much": the gerund alone, no object or occasion)."""
    if len(words) >= 2 and (words[0], words[1]) in _PACE_PARTICLES:
        return len(words) == 2 or (words[2] in ("the", "your") and words[3:] == ["pace"])
    if len(words) % 2 == 0 and all(w in _DEGREE_COMPARATIVES for w in words[::2]) \
            and all(w.endswith("ing") and w not in STOPWORDS for w in words[1::2]):
        return True  # "less chatting, more picking", its comma dropped or not
    if len(words) >= 2 and words[0] in ("stop", "quit") and words[1].endswith("ing") and words[1] not in STOPWORDS:
        return words[2:] in ([], ["so", "much"], ["all", "the", "time"])  # "Stop overstepping.": a conduct unnamed
    if len(words) < 2 or words[1] not in _DEGREE_COMPARATIVES or "than" in words:
        return False
    verb = words[0]
    if verb in STOPWORDS or verb in _SUPPORT_VERBS or not verb.isalpha() or verb.endswith(("ed", "ing")):
        return False  # "be more careful" is a quality (see _quality_demand); "worked faster" is no request
    if len(words) == 2:
        return True
    # a setting phrase only: "sell more of the winter range" names what, "work faster by staging the totes" how
    return words[2] in _SETTING_WORDS and len(words) <= 7 and not any(w in _MEANS_WORDS for w in words[3:])


def _degree_demand(draft: _Draft, start: int, end: int) -> bool:
    """``text[start:end]`` only asks for more or less of an act (see above)."""
    words: list[str] = []
    first = draft.token_index(start)
    for k in range(first, len(draft.toks)):
        tok = draft.toks[k]
        if tok.end > end:
            break
        word = tok.lower.replace("’", "'")
        if any(ch.isdigit() for ch in word) or (k > first and tok.text[:1].isupper() and word != "i"):
            return False  # a number or a name makes it concrete
        if word.isalpha() or word in _CONJUNCT_BREAKS or "'" in word:
            words.append(word)
    k = 0
    while k < len(words) and words[k] in _LEADING:
        k += 1
    rest = words[k:]
    if rest[:1] and rest[0] in PERSON_PRONOUNS:
        if not (rest[1:2] and rest[1] in _ASKING_MODALS and rest[1] not in ("will", "'ll", "can", "could")):
            return False  # "You work faster than anyone": a statement, not a request
        rest = rest[3:] if rest[2:3] == ["to"] else rest[2:]
    elif rest[:3] in (["i", "need", "you"], ["i", "want", "you"]) and rest[3:4] == ["to"]:
        rest = rest[4:]
    conjuncts: list[list[str]] = [[]]
    for word in rest:
        if word in _CONJUNCT_BREAKS:
            conjuncts.append([])
        else:
            conjuncts[-1].append(word)
    conjuncts = [c for c in conjuncts if c]
    return bool(conjuncts) and all(_degree_conjunct(c) for c in conjuncts)


# A request for a manner or disposition ("Be friendlier to the customers", "Be warmer and softer in meetings",
# "You need to be nicer on the phones", "You need a better first touch"): after the request's frame, "be" and a
# predicate of qualities (degree words, adjectives joined by "and"/"or"), or "a better/stronger ..." as the thing
# needed, then at most a setting phrase. It asks for a quality, not an act, so it is a demand and no next step. A
# number or a name makes it concrete ("Be at the desk by 8:30"); "be sure to ...", "be ready to ...", "be there"
# carry an act or a place.
_QUALITY_DEGREE = wordset("more less a bit little lot much far way so even just really much slightly somewhat")
_NOT_QUALITY = wordset("sure there here aware able ready certain prepared available present back on in at off")
_BETTER_THING = wordset("better stronger bigger greater clearer firmer sharper tighter more")
# (Named apart from _OBJECT_PRONOUNS above, which an imperative's object is read against: one name for both made this
# set, defined later, the one _imperative read, so "Publish it by the 25th" had no object.) A person as an object, also
# read by _harmed_person; "her" is left out, as it may be a possessive: a caller that wants it decides from the next word.
_PERSON_OBJECTS = wordset("him them me us you everyone everybody anyone anybody someone people others")


def _quality_demand(draft: _Draft, start: int, end: int) -> bool:
    """``text[start:end]`` only asks for a quality (see above)."""
    toks = draft.toks
    first = draft.token_index(start)
    opening = [t.lower.replace("’", "'") for t in toks[first:first + 6] if t.end <= end]
    k = next((n for n, w in enumerate(opening) if w not in _LEADING), len(opening))
    if k >= len(opening) or not (opening[k] in ("be", "try", "aim") or (
            opening[k] in ("you", "he", "she", "they") and opening[k + 1:k + 2]
            and opening[k + 1] in _ASKING_MODALS and opening[k + 1] not in ("will", "'ll", "can", "could"))):
        return False  # no request frame before "be" or "a better ..."
    words: list[str] = []
    for k in range(first, len(toks)):
        tok = toks[k]
        if tok.end > end:
            break
        word = tok.lower.replace("’", "'")
        if any(ch.isdigit() for ch in word) or (k > first and tok.text[:1].isupper() and word != "i"):
            return False  # a number or a name makes it concrete
        words.append(word)
    k = 0
    while k < len(words) and words[k] in _LEADING:
        k += 1
    rest = words[k:]
    if rest[:2] in (["try", "to"], ["aim", "to"]):
        rest = rest[2:]
    elif rest[:1] in (["you"], ["he"], ["she"], ["they"]):
        if rest[1:2] and rest[1] in _ASKING_MODALS and rest[1] not in ("will", "'ll", "can", "could"):
            rest = rest[3:] if rest[2:3] == ["to"] else rest[2:]
            if rest[:1] in (["a"], ["an"]) and rest[1:2] and rest[1] in _BETTER_THING:
                return len(rest) >= 3 and all(w.isalpha() or "-" in w for w in rest[2:])  # "need a better first touch"
        else:
            return False
    if rest[:1] != ["be"]:
        return False
    j = 1
    qualities = 0
    while j < len(rest):
        word = rest[j]
        if word in _QUALITY_DEGREE or word in ("and", "or", "but"):
            j += 1
            continue
        if word in FUNCTION_WORDS or word in PREPOSITIONS or word in _NOT_QUALITY or not word.replace("-", "").isalpha():
            break
        after = rest[j + 2] if j + 2 < len(rest) else ""
        if rest[j + 1:j + 2] == ["that"] or (rest[j + 1:j + 2] == ["to"] and not (
                after in DETERMINERS or after in _PERSON_OBJECTS or after.endswith("s"))):
            return False  # "be careful to lock the door", "be sure that ...": an act asked for
        qualities += 1
        j += 1
    if not qualities:
        return False
    return j == len(rest) or rest[j] in PREPOSITIONS or rest[j] in ("when", "while", "with")


# Others held up to the person as the standard (comparing employees is a classic review error: Lattice, "10 phrases
# you should never use in performance reviews"; Baron, R. A. (1988). Journal of Applied Psychology, 73(2), 199-207,
# destructive criticism): a sentence whose subject is the others as a group ("Everyone else", "The rest of the team",
# "The other drivers") with a present-tense verb stating their habitual level ("Everyone else manages 15 rooms."),
# the person not named in it, in a draft with no praise. It says the person falls short of them: criticism. A past
# verb tells an occasion ("Everyone else left at six, so you closed up"); a sentence naming the person compares openly.
_OTHERS_SUBJECT = precompiled(
    r"[\s\"“(]{0,3}(?:(?:everyone|everybody|anyone|anybody)\s{1,3}else|(?:all\s{1,3})?the\s{1,3}rest\s{1,3}of\s{1,3}"
    r"(?:the\s{1,3}[a-z-]{2,30}|us|them|your\s{1,3}[a-z-]{2,30})|(?:all\s{1,3})?(?:the|your)\s{1,3}other\s{1,3}[a-z-]{2,30}s|"
    r"(?:all\s{1,3})?(?:the\s{1,3})?others|every\s{1,3}other\s{1,3}[a-z-]{2,30})"
    r"(?:\s{1,3}(?:on|in|at|from)\s{1,3}(?:the|this|your|my|our)\s{1,3}[a-z-]{2,30})?\s{1,3}(?P<verb>[a-z]{2,30})\b",
    re.IGNORECASE)
_THE_PERSON = precompiled(r"\b(?:you|your|yours|yourself|he|him|his|she|her|hers)\b", re.IGNORECASE)  # "their" is the others'
_INCLUDING = precompiled(r"\b(?:too|also|as\s{1,3}well|either|like\s{1,3}you)\b", re.IGNORECASE)
_NOT_PRESENT = frozenset(IRREGULAR_PAST) | wordset("will would could should might may must had did was were")


def _others_compared(draft: _Draft, rules: FeedbackRules, i: int) -> bool:
    """The sentence holds others up to the person as the standard (see above)."""
    s, e = draft.sentences[i]
    m = _OTHERS_SUBJECT.match(draft.text, s, e)
    if m is None:
        return False
    verb = m.group("verb").lower()
    if verb.endswith("ed") or verb in _NOT_PRESENT or verb in STOPWORDS and verb not in ("can", "do", "does", "get", "gets"):
        return False
    if _INCLUDING.search(draft.text, m.end(), e) or _THE_PERSON.search(draft.text, m.end(), e):
        return False  # "The rest of the team hits target too": the others alongside, not above
    return not rules.praise.search(draft.text)  # in a draft of praise the others' level is a benchmark


# What someone else could not do, told as fact in a main or result clause ("so finance could not collect the first
# payment", "Without the record, reception can't send the reminder", "she could not open the booking system all
# Monday"): a cost the person's lapse put on others (the impact of the SBI model: CCL, "Use
# Situation-Behavior-Impact (SBI) to Understand Intent", https://www.ccl.org/articles/leading-effectively-articles/
# closing-the-gap-between-intent-vs-impact-sbii/), so criticism, never a problem averted because a problem word
# ("reminder") sits in the negation's scope. Not the person's own or the writer's inability, a supposed case ("if
# they can't reach you"), a could-not-have ("they couldn't have done it without you": the person's part), a verb of
# viewing or praising ("couldn't believe", "can't thank you enough", "couldn't stop talking about it"), nor the
# setting or hardship the person met ("when the customers couldn't pay, you took their numbers").
_ABLE_BEFORE = precompiled(r"\b(?:could|can)\s{1,3}\Z", re.IGNORECASE)
_UNABLE_NEGATORS = wordset("cannot can't can’t")
_NOT_A_COST_VERBS = wordset("have be thank praise fault stop wait ask tell recommend speak say")


def _others_unable(draft: _Draft, i: int, m: re.Match[str], person: _Person, setting: list[tuple[int, int]]) -> bool:
    """The negator ``m`` denies someone else's ability as a cost (see above)."""
    text = draft.text
    s = draft.sentences[i][0]
    word = m.group().lower()
    if word not in _UNABLE_NEGATORS and not (word == "not" and _ABLE_BEFORE.search(text, max(s, m.start() - 8), m.start())):
        return False
    after = _NEXT_ADJECTIVE.match(text, m.end())
    if after is None or after.group(1).lower() in _NOT_A_COST_VERBS or after.group(1).lower() in _VIEW_VERBS:
        return False
    c = draft.clause_at(i, m.start())
    if c is None or not c.subject_words or c.link in _CONDITION_LINKS or _covers(setting, m.start()) \
            or _in_hardship(draft, m.start()):
        return False
    first = c.subject_words[0]
    return not (person.is_subject(c.subject_words) or _named(person, first) or first in _YOU_WORDS
                or first in _WRITER_WORDS or first in _THING_WORDS)


# Contrastive negation of a phrase, after a comma: "before 7, not during the lunch rush", "in the safe, not in the
# drawer" (subclausal negation, Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 9 §1.2):
# it rules out an alternative time, place or thing and denies no event, so a problem word in it ("rush") is no
# problem averted.
_AFTER_COMMA = precompiled(r",\s{0,3}\Z")
# A definite or possessive determiner or a preposition of time or place: not "a single", "as well as", "without",
# "many" (a count or degree denied is no alternative ruled out).
_ALTERNATIVE_OPENERS = wordset("the this that these those your his her their our my its in on at during after before "
                               "by from into onto under over through for with near behind inside outside")


def _contrastive_not(text: str, m: re.Match[str], s: int) -> bool:
    """``m`` is a bare "not" after a comma opening a prepositional or noun phrase (see above)."""
    if m.group().lower() != "not" or not _AFTER_COMMA.search(text, max(s, m.start() - 4), m.start()):
        return False
    nxt = _NEXT_ADJECTIVE.match(text, m.end())
    return nxt is not None and nxt.group(1).lower() in _ALTERNATIVE_OPENERS


# The writer's closing formula: nothing further to say ("Nothing to add.", "Nothing more to say, keep it up").
_NOTHING_TO_ADD = precompiled(r"nothing\s{1,3}(?:(?:more|else|further|much)\s{1,3})?to\s{1,3}(?:add|say|report|mention|"
                              r"comment\s{1,3}on|flag|raise)\b", re.IGNORECASE)


def _classify(draft: _Draft, rules: FeedbackRules, hits: list[Hit]) -> list[_Sentence]:
    text = draft.text
    out: list[_Sentence] = []
    trait_starts = sorted(m.start() for _, m in hits)
    absolute_starts = {m.start() for rule, m in hits if rule.kind == "absolute"}
    firsts: list[dict[str, tuple[Cue, re.Match[str]]]] = [{} for _ in draft.sentences]
    second_person = draft.second_person
    dependent = [cue for cue in rules.cues if cue.rule.needs is not None]
    for cue in rules.cues:
        if (cue.rule.addressed and not second_person) or cue.rule.needs is not None:
            continue
        for i, m in _first_by_sentence(draft, rules, cue.pattern):
            current = firsts[i].get(cue.part)
            if current is None or m.start() < current[1].start():
                firsts[i][cue.part] = (cue, m)
    # A dependent cue ("an action on a named occasion") runs only in the sentences that have the part
    # it needs and lack its own, after every independent cue.
    for i, (s, e) in enumerate(draft.sentences):
        for cue in dependent:
            if cue.rule.needs in firsts[i] and cue.part not in firsts[i]:
                m = next((m for m in draft.matches(rules, cue.pattern, s, e) if m.group().strip()), None)
                if m is not None:
                    firsts[i][cue.part] = (cue, m)
    demands: set[int] = set()
    person = draft.person
    for i, (s, e) in enumerate(draft.sentences):
        if "behavior" in firsts[i] and "situation" not in firsts[i] and _generic(rules, text, s, e):
            del firsts[i]["behavior"]  # "He consistently delivered high-quality work": a habit, no occasion
        if "behavior" in firsts[i] and "situation" not in firsts[i] and _unspecific(rules, draft, i):
            del firsts[i]["behavior"]  # "You handled the complaints professionally": an evaluation, nothing observable
        if "behavior" not in firsts[i] and (act := _concrete_act(rules, draft, i, person)) is not None \
                and (m := _ACT_CUE.pattern.match(text, act.start, act.end)) is not None:
            firsts[i]["behavior"] = (_ACT_CUE, m)  # "He handled it well and moved the launch forward a week"
        if "behavior" not in firsts[i] and "situation" in firsts[i] \
                and (act := _restraint(rules, draft, i, person)) is not None \
                and (m := _ACT_CUE.pattern.match(text, act.start, act.end)) is not None:
            firsts[i]["behavior"] = (_ACT_CUE, m)  # "You never lost your temper during the negotiation on Monday"
        if "behavior" in firsts[i] and _writer_not_observing(draft, i, firsts[i]["behavior"][1].start()):
            del firsts[i]["behavior"]  # "I've been meaning to talk to you", "I've seen you operate at Senior level"
        if "next_step" in firsts[i] and rules.bare_demand is not None and _bare_demand_at(
                draft, rules, i, firsts[i]["next_step"][1].start()):
            del firsts[i]["next_step"]  # "Please improve your attendance.": a desired result, not a step
            demands.add(i)  # ... but a demand for a better result is still developmental
        if "next_step" in firsts[i] and (m := draft.search(rules, _SEE_RESULT, firsts[i]["next_step"][1].start(),
                                                                          min(e, firsts[i]["next_step"][1].start() + 200))) \
                and m.start() - firsts[i]["next_step"][1].start() < 40:
            del firsts[i]["next_step"]  # "I'd like to see a real change": a result wished for, no act asked
        if "next_step" not in firsts[i]:
            step = _step_clause(draft, rules, i)
            if step is None:  # "You must not give out patients' numbers": a prohibition is a step too
                step = next((c for n in draft.matches(rules, rules.negators, s, e)
                             if n.group().lower().replace("’", "'") in _PROHIBITING
                             and _prohibits(text, n, _negation_scope(text, n.end(), e), s)
                             and (c := draft.clause_at(i, n.start())) is not None), None)
            if step is not None and (m := _STEP_CUE.pattern.match(text, step.start, step.end)) is not None:
                firsts[i]["next_step"] = (_STEP_CUE, m)
            elif step is None and (gap := _gap_request(rules, draft, i)) is not None and gap.re is not _FEWER_WISHED \
                    and (m := _STEP_CUE.pattern.match(text, gap.start(), e)) is not None:
                firsts[i]["next_step"] = (_STEP_CUE, m)  # "It would help if she checked the totals first": the step
            elif step is None and (g := _gerund_benefit(text, s, e)) is not None \
                    and g.group("gerund").lower() not in _GERUND_RESULTS \
                    and (m := _STEP_CUE.pattern.match(text, g.start("gerund"), e)) is not None:
                firsts[i]["next_step"] = (_STEP_CUE, m)  # "Adding a summary at the front could make it easier to read"
            elif step is None and (_exhortation(draft, rules, s, e) or _quality_demand(draft, s, e)
                                   or _degree_demand(draft, s, e) or (
                    rules.bare_demand is not None and rules.bare_demand.fullmatch(text, s, e))):
                demands.add(i)  # "Show more initiative", "Work on your phone manner.": still developmental
        if "next_step" in firsts[i] and (other := _step_for_another(draft, rules, i)) is not None:
            del firsts[i]["next_step"]  # "I will raise it with the ward manager", "Quotes have to be accurate from now on"
            if other in ("result", "hope"):
                demands.add(i)  # ... a better state demanded or hoped for is still developmental
        if "impact" in firsts[i] and _QUESTION_END.search(text, s, e):
            del firsts[i]["impact"]  # "Can we talk about what the team decided?": a question reports no result
        elif "impact" in firsts[i] and (c := draft.clause_at(i, firsts[i]["impact"][1].start())) is not None \
                and _past_perfect(c) and not _LATER.search(text, s, c.end):
            del firsts[i]["impact"]  # "The client had complained about the old process before": the background
        elif "impact" in firsts[i] and (c := draft.clause_at(i, firsts[i]["impact"][1].start())) is not None \
                and _antecedent_of_act(person, c, _acts_in(draft, person, i)):
            del firsts[i]["impact"]  # "When the system went down, you took the orders by phone": the act's setting
        elif "impact" in firsts[i] and _contact_relative(draft, person, i, firsts[i]["impact"][1].start()):
            del firsts[i]["impact"]  # "You rewrote it and kept the tone they asked for": which tone, not an effect
        elif "impact" in firsts[i] and _own_lot_cue(draft, person, firsts[i]["impact"][1]):
            del firsts[i]["impact"]  # "and it is hurting his review": the person's own lot, not an effect on others
        elif "impact" in firsts[i] and (_directive_before_act(draft, person, i, firsts[i]["impact"][1].start())
                                        or _said_by_person(draft, person, i, firsts[i]["impact"][1].start())):
            del firsts[i]["impact"]  # "the sales team asked you to reorder the toner, and you had not ...", "you told
            # her it was cancelled": what was asked of the person, or what the person said, not an effect of the act
    praise_by = _by_sentence(draft, rules, rules.praise)
    critical_by = _by_sentence(draft, rules, rules.critical)
    setting = _setting_clauses(draft)
    negators_by = _by_sentence(draft, rules, rules.negators)
    first_act = _first_act(draft, person)
    quotes = quoted_spans(text)
    about_person: dict[int, bool] = {}
    accomplished: set[int] = set()
    declined: set[int] = set()
    for i, (s, e) in enumerate(draft.sentences):
        cues = firsts[i]
        situation = cues.get("situation")
        context = situation[1].span() if situation else None

        def outside(m: re.Match[str], context: tuple[int, int] | None = context) -> bool:
            return context is None or not (context[0] <= m.start() < context[1])

        # Negation scopes first: a problem word inside one is praise ("never missed a deadline"),
        # a praise word inside one is criticism ("has not been proactive").
        scopes = [(m, _negation_scope(text, m.end(), e)) for m in negators_by[i]
                  if outside(m) and not _NOT_JUST.match(text, m.end())  # "didn't just meet them; he beat them"
                  and not _in_hardship(draft, m.start())  # "even on days when half the team could not get in"
                  and not _writer_trouble(draft, i, m.start())  # "I told my nurse that I did not want to stay"
                  and not (_covers(setting, m.start()) and _WRITER_AT_A_LOSS.match(  # "We did not know how to apply"
                      text, _clause_start(text, m.start(), s), min(e, m.end() + 30)))]

        def negated(pos: int, scopes: list[tuple[re.Match[str], int]] = scopes) -> bool:
            return any(m.end() <= pos < scope for m, scope in scopes)

        praise = critical = 0
        shortfall = draft.search(rules, _SHORTFALL, s, e)
        if shortfall and (_NEGATED_BEFORE.search(text, _clause_start(text, shortfall.start(), s), shortfall.end())
                          or _AVERTING_CONDITION.search(text, s, e)):
            shortfall = None
        suggestion = _gerund_benefit(text, s, e)
        for m in praise_by[i]:
            if shortfall and shortfall.start() <= m.start() < shortfall.end():
                continue  # "you could have been clearer": the quality that was missing, not praise
            if suggestion is not None and m.start() >= suggestion.start("gerund"):
                continue  # "Moving it to Mondays would give the team a clearer start": the good hoped for
            if outside(m) and not negated(m.start()) and not _HYPOTHETICAL.search(text, max(s, m.start() - 40), m.start()):
                if _valence_negated(draft, m):
                    critical += 1  # "presented the report without clear data points": praise denied
                    continue
                if _ADVERB_BEFORE_NEGATION.match(text, m.end()) and m.group().lower().endswith("ly"):
                    continue  # "You clearly don't think things through": the adverb scopes over a negated verb
                if _requested(draft, rules, i, m):
                    critical += 1  # "Please be nice to the new starters": a result asked for, not praise
                    continue
                praise += 1
        for m in critical_by[i]:
            if not outside(m) or negated(m.start()):
                continue
            if _problem_ended(rules, text, m, e):
                continue  # "the allergy fields are no longer skipped": the problem stopped, read as praise under negation
            if _covers(setting, m.start()) and not _since_persons_act(draft, i, m.start()):
                continue  # "We were two weeks behind schedule when you joined": the setting the person acted in
            if _in_hardship(draft, m.start()):
                continue  # "In spite of the bad connection, you walked the client through the demo": what was overcome
            if _writer_trouble(draft, i, m.start()):
                continue  # "We arrived half an hour late for our reservation": the writer's own trouble, met by the person
            if _GRATEFUL_HYPERBOLE.match(text, m.start()):
                praise += 1  # "we couldn't be happier": praise past saying
                continue
            if _NEGATIVE_OBJECT_AFTER.match(text, m.end(), e):
                continue  # "You missed nothing": the loss denied, read as praise with the negator
            if _problem_kept_away(rules, text, m, s, e):
                continue  # "we were the only carrier without a cancellation that day": a problem kept away
            if _told_of_problem(draft, rules, i, m, person):
                continue  # "announced the delay at the gate", "showed him the two failing orders": what the person told
            if _remedied_in_relative(draft, rules, i, m, person):
                praise += 1  # "the two billing complaints you resolved", "the bugs Maya fixed": what the person remedied
                continue
            if (good := _TOO_GOOD_TO.search(text, max(s, m.start() - 40), m.start())) is not None and (
                    rules.praise.fullmatch(good.group("quality")) or lexicon().get(good.group("quality").lower(), 0.0) > 0):
                continue  # "Her pitch was too good to miss": a quality past what the act would need, no fault
            if _FAREWELL.search(text, max(s, m.start() - 30), m.start()):
                praise += 1  # "Your kindness to patients will be missed": a farewell
                continue
            if _remedied_subject(draft, rules, i, m.start()):
                praise += 1  # "Now failures get fixed the same day": the problem is what was remedied
                continue
            if _counterfactual_at(draft, i, m.start()):
                praise += 1  # "It would have printed the wrong number in 10,000 leaflets": a harm the person averted
                continue
            if _averted_in_clause(draft, i, m.start()):
                praise += 1  # "Nobody has double-booked a room since", "I no longer have to re-key it"
                continue
            if _modifies_others(text, m.start(), m.end(), s):
                continue  # "turned angry callers into loyal ones", "patience with struggling students": their state
            if _AVERTED_PASSIVE.search(text, _clause_start(text, m.start(), s), m.start()):
                praise += 1  # "so nobody was underpaid", "none of the delegates were stranded": a harm averted
                continue
            if _served_relative(draft, i, m.start()):
                continue  # "phoned the donors who had lapsed", "fitted in a client who turned up late": their state
            if _about_someone_else(draft, m.start(), s):
                if not _YOU_BEFORE.search(text, 0, m.start()):
                    continue  # "a customer came in looking upset": the setting, not criticism of the person
                # After something the person did, "she left frustrated", "two of them worked late" is its
                # effect, and that is criticism; "no customer was charged twice" is a problem averted.
                if _AVERTED.search(text, _clause_start(text, m.start(), s), m.start()):
                    praise += 1
                else:
                    critical += 1
                continue
            if _conceded(text, m.start(), s, e, praise_by[i]):
                continue  # "Aside from some false starts with estimates, clients are happy with his work"
            if (best := _problem_measure_at_best(draft, rules, s, e)) is not None and m.start() < best.start():
                continue  # "Your error rate is the lowest in the warehouse": the measure, kept at its best
            if _PROBLEM_NOUN.fullmatch(m.group()) and _FEW_BEFORE.search(text, max(s, m.start() - 20), m.start()):
                praise += 1  # "Makes few errors", "hardly any complaints": the problem kept small
                continue
            if _ONLY_COUNT_BEFORE.search(text, max(s, m.start() - 50), m.start()) \
                    and not _YOUR_BEFORE.search(text, max(s, m.start() - 50), m.start()) \
                    and (c := draft.clause_at(i, m.start())) is not None and c.subject_words \
                    and not person.is_subject(c.subject_words) and not _named(person, c.subject_words[0]):
                continue  # "the warehouse shipped the month with only two returns for wrong items": kept small
            if second_person and (_PROBLEM_NOUN.fullmatch(m.group()) or _HEAD_AFTER.match(text, m.end(), e)) \
                    and _OTHERS_OWN.search(text, max(s, m.start() - 30), m.start()):
                continue  # to 'you', "listened to their concerns", "about her broken boiler": the problem of
                # the people the person served, which the person met
            if _PROBLEM_NOUN.fullmatch(m.group()) and not _attributed(text, m.start(), m.end(), s, e) \
                    and not _CONCEDED_PROBLEMS.search(text, max(s, m.start() - 60), m.start()):
                continue  # "took a year of customer complaints and made upgrades": the material, not a fault
            if _remedied(rules, text, m.start(), s) or _REDUCED_AFTER.match(text, m.end(), min(e, m.end() + 40)) \
                    or _REDUCED_HEAD_AFTER.match(text, m.end(), min(e, m.end() + 60)) \
                    or _fewer_than_compared(text, m.start(), m.end(), s, e):
                praise += 1  # "you fixed the broken job", "caught three errors", "two errors, down from eleven"
            else:
                critical += 1
        flagged = [p for p in trait_starts[bisect_right(trait_starts, s - 1):bisect_right(trait_starts, e - 1)]]
        if not (praise > 0 and critical <= 0 and all(p in absolute_starts for p in flagged)):
            critical += len(flagged)  # an absolute in a sentence that only praises is praise ("she always double-checks")
        if shortfall and not critical:
            critical = 1  # "a pause first might have worked better", "you could have been clearer": it fell short
        if i in demands and not critical:
            critical = 1  # "He could make a better contribution here": a better result demanded
        if not critical and _gap_request(rules, draft, i) is not None:
            critical = 1  # "It would help if she checked the totals first", "We need your timesheets by Friday"
        if not critical and not praise and _others_compared(draft, rules, i):
            critical = 1  # "Everyone else manages 15 rooms.": the others held up as the standard
        condition = _counterfactual_condition(draft, i)
        for m, scope in scopes:
            if _INVITATION.match(text, _clause_start(text, m.start(), s)):
                continue  # "Don't hesitate to ask if you need help": an offer
            if _contrastive_not(text, m, s):
                continue  # "The best time to restock is before 7, not during the lunch rush": the other time ruled out
            if _NOTHING_TO_ADD.match(text, m.start()):
                continue  # "Good job this year. Nothing to add.": the writer closing, no fault denied
            if condition is not None and condition.start <= m.start() < condition.end:
                praise += 1  # "If you hadn't stayed late, ...", "Had you not rerouted the trucks": the person did it
                continue
            if _READINESS.match(text, m.end(), scope):
                praise += 1  # "she doesn't hesitate to ask around", "never gave up on the account": readiness
                continue
            if _litotes(rules, text, m, scope):
                praise += 1  # "Nothing was too much trouble", "handovers had never been clearer": understatement
                continue
            if _loss_denied(rules, text, m, s) and not _TURN.search(text, m.end(), e):
                praise += 1  # "We lost nothing", "You missed nothing", "he broke none of the glasses": a loss kept away
                continue
            if praise > 0 and (c := draft.clause_at(i, m.start())) is not None and c.link in _CONDITION_LINKS:
                continue  # "she asks around if she doesn't know the answer": a supposed case, not a fault
            if (c := draft.clause_at(i, m.start())) is not None and c.link in _CONDITION_LINKS \
                    and c.subject_words[:1] in (("it",), ("this",), ("that",)):
                continue  # "If that wasn't complicated enough, ...", "if it hadn't been for her": a supposed case of a thing
            if _IMPERATIVE_NEGATION.match(text, _clause_start(text, m.start(), s)) and not text[
                    _clause_start(text, m.start(), s):m.start()].strip(" \"'“‘(-•*") and not _PERSON_REF.search(
                    text, s, m.start()):  # "She is never late, never misses a deadline": a list about her
                critical += 1  # "Don't do that again!", "Never share the password": a prohibition
                continue
            if _prohibits(text, m, scope, s):
                critical += 1  # "You cannot wear that outfit to the meeting": a prohibition said to the person
                continue
            if _averted_burden(draft, i, m, person):
                praise += 1  # "we didn't need agency staff", "nobody on nights has had to": a cost spared others
                continue
            if _found_by_person(draft, i, m.start(), person):
                continue  # "you noticed scoring on a bearing that was not on the checklist": what the person found
            if _others_unable(draft, i, m, person, setting):
                critical += 1  # "so finance could not collect the first payment": a cost the lapse put on others
                continue
            if _UNREPORTED.match(text, m.end(), scope) and rules.problem_words.search(text, m.end(), scope):
                critical += 1  # "did not report the delays", "never fixed the errors": the problem left standing
                continue
            if rules.problem_words.search(text, m.end(), scope):
                praise += 1  # "never missed a deadline"
            elif _GRATEFUL_HYPERBOLE.match(text, m.start()):
                praise += 1  # "I can't thank you enough", "we couldn't be happier": praise past saying
            elif any(m.end() <= p.start() < scope for p in praise_by[i]):
                if not _THING_SUBJECT.match(text, _clause_start(text, m.start(), s), m.start()):
                    critical += 1  # "has not been proactive", "is not a team player"; "it was not easy" is the task
            elif _denied_quality(draft, m, scope, s, person):
                critical += 1  # "Your appraisals of the crew are not fair": a quality VADER rates good, denied the work
            elif (m.group().lower() not in _BARE_NOT or _REVIEW_FORM_NOT.match(text, s, m.start())
                  or _AUXILIARY_BEFORE.search(text, max(s, m.start() - 50), m.start())
                  or _OWNED_WORK_SUBJECT.search(text, _clause_start(text, m.start(), s), m.start())) and (
                    _PERSON_REF.search(text, max(s, m.start() - 25), m.start())
                    or _NAME_BEFORE.search(text, max(s, m.start() - 25), m.start())
                    or len(text[s:m.start()].split()) <= 2 and not _THING_SUBJECT.match(text, s, m.start())
                    or _act_of(draft, i, m.start(), person, about_person)):
                # "you didn't send the reconciliations", "Does not return calls" (review form, the
                # subject left out); "it wasn't easy" is no criticism
                critical += 1
            elif _task_left_undone(draft, rules, i, m):
                critical += 1  # "the raffle prizes were not collected in time", "the guard rail had not been checked"
        if condition is not None and not _condition_denied(draft, condition):
            # "If you had checked the dosage chart, the patient would not have been given the wrong dose": the act
            # the condition supposes was not done, and what would have followed is the cost of that
            praise, critical = 0, max(critical, 1)
        if not critical and _needs_prompting(rules, draft, i, person):
            critical = 1  # "You still need reminders to include sources": the mirror of "rarely needs reminders"
        if not critical and _no_better(rules, draft, i, person):
            critical = 1  # "Carlos's form was no better": the mirror of "never been clearer", improvement denied
        if not critical and (act := _unwelcome_act(rules, draft, i, person)) is not None \
                and (context is None or not context[0] <= act[0] < context[1]) \
                and not _covers(setting, act[0]) and not _in_hardship(draft, act[0]):
            critical = 1  # "You had far too many slides", "belittled the new analyst", "won't share his notes"
        if not critical and (below := _below_standard(rules, draft, i)) is not None and outside(below) \
                and not _covers(setting, below.start()) and not _in_hardship(draft, below.start()):
            critical = 1  # "is below the expected level", "fell short of the standard", "could have been stronger"
            praise = sum(1 for m in praise_by[i] if not below.start() <= m.start() < below.end()
                         and outside(m) and not negated(m.start()))
        if not critical and (gap := _degree_or_lack(rules, draft, i, person)) is not None and outside(gap) \
                and not _covers(setting, gap.start()) and not _in_hardship(draft, gap.start()):
            critical = 1  # "You're too quiet in meetings", "Your proposal needs more evidence"
            praise = sum(1 for m in praise_by[i] if not gap.start() <= m.start() < gap.end()
                         and outside(m) and not negated(m.start()))
        need = draft.search(rules, _NEEDS_WORK, s, e)
        if need and _covers(setting, need.start()):
            need = None  # "The team struggled with flaky tests until you added the logs"
        if need and _remedied(rules, text, need.start(), s):
            need = None  # "took over a struggling project": the trouble was the material, not the person's
        if need and need.group()[:5].lower() in ("could", "would") and not _benefit_is_persons(text, s, need.start()):
            need = None  # "the team would benefit from your experience": a benefit to others, not a need
        if need and _modifies_others(text, need.start(), need.end(), s):
            need = None
        if need and _about_someone_else(draft, need.start(), s) and not _YOU_BEFORE.search(text, 0, need.start()):
            need = None  # "stepped in when the team was struggling": the setting
        if need:
            # "Improvement is needed in conveying expectations clearly": a stated need is criticism,
            # and the praise words in it describe the goal, not the work (praise before it still
            # counts: "You did good work on the migration, but you need to be more careful")
            praise = sum(1 for m in praise_by[i] if m.start() < need.start() and outside(m) and not negated(m.start()))
            critical = max(critical, 1)
        turned = praise <= 0 and any(o.praise > 0 for o in out) and _CONTRAST.match(text, s, e) is not None
        if turned:
            # after praise, "The summary, though, arrived late ...": the turn to criticism; after a problem or a plain
            # account ("we had lots of unexpected donations. But it all got done"), no turn against the person
            critical = max(critical, 1)
        if critical <= 0 and (lack := _deficient(draft, i, person, quotes, setting, rules)) is not None \
                and not _found_by_person(draft, i, lack.start(), person):
            critical = 1  # "The handover notes were too brief", "signed but not done": the work fell short
            if praise > 0:  # "signed but not done", "still outstanding": the praise word is the predicate's
                praise = sum(1 for m in praise_by[i] if not lack.start() <= m.start() < lack.end()
                             and outside(m) and not negated(m.start()))
        if not critical and not praise and _cost_to_others(draft, i, person, setting, first_act):
            critical = 1  # "..., and the client had to wait": a burden the person's act put on others
        if _declined(rules, draft, draft.sentences[i - 1][0] if i else s, s, e):
            declined.add(i)
            critical = max(critical, 1)  # "closed twenty tickets a day when she started; this quarter, about eight"
        if critical <= 0 and (told := _told_criticism(draft, rules, s, e)) is not None and outside(told) \
                and not _covers(setting, told.start()) and not _in_hardship(draft, told.start()):
            critical = 1  # "You're the slowest picker on the shift", "Your resolution rate dropped from 74% to 58%"
            clause_start = draft.clause(told.start(), told.end())[0]
            praise = sum(1 for m in praise_by[i] if m.start() < clause_start and outside(m) and not negated(m.start()))
        if praise <= 0:
            done = _accomplishment(draft, i, person)
            if done is not None and critical <= 0:
                praise = 1  # "Nadia closed 14 deals last quarter": a result of the work stated as fact
                accomplished.add(i)
            elif done is not None and not (turned and not _persons_own(person, done)) \
                    and _problem_then_solved(draft, i, done, person, critical_by[i], negators_by[i], trait_starts):
                praise, critical = 1, 0  # "The room was double-booked, but Grace found another venue"
                accomplished.add(i)
        out.append(_Sentence(s, e, cues, praise, max(critical, 0)))
    for i in range(len(out) - 1):
        if i in accomplished and i + 1 in declined:
            out[i].praise = 0  # "In 2024 she closed twenty tickets a day. This quarter, about eight.": a baseline
        elif (out[i].critical > 0 and out[i].praise <= 0
                and (i + 1 in accomplished or (out[i + 1].praise > 0 and out[i + 1].critical <= 0
                                               and _past_state(draft, i) and _credits_person(draft, rules, i + 1)))
                and _problem_then_solved(draft, i, None, person, critical_by[i], negators_by[i], trait_starts)):
            # "The old intake form confused every new patient. Carlos redesigned it."; "We had a lot of problems
            # with late deliveries last year. Thanks to your new system, they are a thing of the past."
            out[i].critical = 0
        elif (out[i].critical > 0 and out[i].praise <= 0 and all(later.critical <= 0 for later in out[i + 1:])
              and _before_entrance(draft, i, person, first_act, trait_starts)):
            # "The printer had been jamming every morning for a month. Marcus took it apart and replaced the roller.":
            # the problem told before the person enters the story is the situation they then met
            out[i].critical = 0
        elif (out[i].critical > 0 and out[i].praise <= 0 and all(later.critical <= 0 for later in out[i + 1:])
              and all(earlier.critical <= 0 for earlier in out[:i])
              and _situation_met(draft, i, person, first_act, trait_starts)):
            # "Sam took over purchasing in May. Our old supplier never answered emails. Sam found a new one in a
            # day.": a problem no one of the draft caused, told after the person entered and before they act again
            out[i].critical = 0
    return out


def _before_entrance(draft: _Draft, sentence: int, person: _Person, first_act: int | None, traits: list[int]) -> bool:
    """Sentence number ``sentence`` tells a problem before the person enters a problem-solution story: the person
    acts later in the draft (``first_act``: an act, not a state, unnegated), nothing after the sentence is
    criticism, the sentence names neither the
    person nor anyone by a role noun ("the analyst's report was full of errors" may be the person's), does not
    speak to anyone ("you") and carries no personality label. Pronouns in it ("her order had been lost") are
    someone else's: the person has not yet appeared."""
    text = draft.text
    s, e = draft.sentences[sentence]
    if first_act is not None and s <= first_act < e and person.name is not None and not person.second \
            and re.search(rf"\b{re.escape(person.name)}\b", text[s:e], re.IGNORECASE) is None:
        # "An angry guest came to the desk because his room had not been cleaned. Marta ...": before the person
        # is named, a pronoun in the sentence is someone else's; the person's first act is a later one
        first_act = next((c.start for found in draft.parsed for c in found if c.start >= e and c.subject_words
                              and (person.is_subject(c.subject_words) or _named(person, c.subject_words[0]))), None)
    if first_act is None or first_act < e:
        return False
    found = next(found for found in draft.parsed if any(c.start == first_act for c in found))
    act = next(c for c in found if c.start == first_act)
    if not act.verbs or any(w in BE_FORMS or w in ("have", "has", "had") for w in act.verb_words) or any(
            _UNDONE.search(text, c.verbs[0].start, c.end) for c in found if c.start >= first_act and c.verbs):
        return False  # "You were on leave and had not set an out-of-office message": no act that met the problem
    k = bisect_right(traits, s - 1)
    if k < len(traits) and traits[k] < e:
        return False
    words = [w.lower() for w in _WORD.findall(text[s:e])]
    if any(w in _YOU_WORDS or (w in PERSON_NOUNS or (w.endswith("s") and w[:-1] in PERSON_NOUNS))
           and not _newcomer_served(words, j) or (person.name is not None and w == person.name)
           for j, w in enumerate(words)):
        return False
    return not _QUESTION_END.search(text, s, e)


_SERVED_PEOPLE = wordset("customer client patient caller visitor guest shopper buyer diner passenger donor tenant parent")
_INDEFINITE = wordset("a an another one some two three four five six seven eight nine ten several")


def _newcomer_served(words: list[str], j: int) -> bool:
    """``words[j]`` names someone the story brings in: a served person ("customer", "guest") after an
    indefinite determiner and at most two modifiers ("An angry guest came to the desk", "two shoppers"): a new
    party, not the person the feedback is about nor their colleague."""
    if words[j].removesuffix("s") not in _SERVED_PEOPLE:
        return False
    return any(w in _INDEFINITE for w in words[max(0, j - 3):j])


def _act_after(draft: _Draft, person: _Person, end: int) -> bool:
    """The person does something (an act, not a state, unnegated) in a clause that starts at or after ``end``."""
    text = draft.text
    for found in draft.parsed:
        for c in found:
            if c.start < end or not c.subject_words or not c.verbs:
                continue
            if not (person.is_subject(c.subject_words) or _named(person, c.subject_words[0])):
                continue
            if any(w in BE_FORMS or w in ("have", "has", "had") for w in c.verb_words):
                continue
            if _UNDONE.search(text, c.verbs[0].start, c.end):
                continue
            return True
    return False


# Openers that make a sentence the effect of what came before ("As a result, two orders went astray") or a turn.
_EFFECT_OPENER = precompiled(r"[\s\"“(]{0,3}(?:so|as\s{1,3}a\s{1,3}result|consequently|therefore|because|since|"
                            r"thus|hence|then|but|however|yet|though|although|still|unfortunately|sadly)\b",
                            re.IGNORECASE)
_THING_PRONOUNS = wordset("it its this that these those")
_MANY_OTHERS = wordset("several some many most half all few two three four five six seven eight nine ten other")


def _situation_met(draft: _Draft, sentence: int, person: _Person, first_act: int | None, traits: list[int]) -> bool:
    """Sentence number ``sentence`` tells a problem that is the situation or someone else's doing, told after the
    person entered the story (``first_act`` before it) and met by an act of theirs in a later sentence: it names
    neither the person nor anyone by a role noun, speaks to no one ("you"), has no "he"/"she"/"his"/"her" (the
    person may be meant), no thing pronoun ("It was full of errors": their work), no word of what the person did
    before as its subject ("The import dropped overtime hours" after "Lena set up the payroll import"), does not
    open as an effect or a turn ("So", "As a result", "But") and carries no personality label."""
    text = draft.text
    s, e = draft.sentences[sentence]
    if first_act is None or first_act >= s or not _act_after(draft, person, e):
        return False
    k = bisect_right(traits, s - 1)
    if k < len(traits) and traits[k] < e:
        return False
    if _EFFECT_OPENER.match(text, s) or _QUESTION_END.search(text, s, e):
        return False
    words = [w.lower() for w in _WORD.findall(text[s:e])]
    if any(w in _YOU_WORDS or w in _HIM_OR_HER or w in _THING_PRONOUNS or (person.name is not None and w == person.name)
           or ((w in PERSON_NOUNS or (w.endswith("s") and w[:-1] in PERSON_NOUNS))
               and not (j and words[j - 1] in _MANY_OTHERS)) for j, w in enumerate(words)):
        return False  # "several staff were paid short", "two nurses were off sick": others, not the one person
    done: set[str] = set()
    for found in draft.parsed[:sentence]:
        for c in found:
            if c.subject_words and (person.is_subject(c.subject_words) or _named(person, c.subject_words[0])):
                done.update(w.lower() for w in _WORD.findall(text[c.start:c.end]) if len(w) > 3)
    subjects = [w.lower() for c in draft.parsed[sentence] for w in c.subject_words]
    return not any(w in done for w in subjects if len(w) > 3)


def _named(person: _Person, word: str) -> bool:
    """``word`` is the person's name: the draft's most frequent named subject, and a first name or no common word
    ("Three tickets were closed ..." names no one)."""
    return person.name is not None and word == person.name and names_lexicon().may_be_name(
        word.removesuffix("'s").removesuffix("’s"))


def _act_of(draft: _Draft, sentence: int, pos: int, person: _Person, seen: dict[int, bool]) -> bool:
    """The clause at ``pos`` is about the person or their work: its subject (shared with the clause before it
    or its own) is the person, "your/his/her X" or "Name's X" ("Your reply ... did not answer her question").
    ``seen`` keeps each clause's answer (a clause of many negators is asked once)."""
    c = draft.clause_at(sentence, pos)
    if c is None:
        return False
    if c.start not in seen:
        seen[c.start] = _about_person(c, person)
    return seen[c.start]


def _about_person(c: Clause, person: _Person) -> bool:
    if not c.subject_words or c.tense not in ("past", "perfect", "present"):
        return False
    words = c.subject_words
    if person.is_subject(words) or _named(person, words[0]):
        return True
    owner = words[0]
    return len(words) > 1 and (owner in ("your",) if person.second else owner in ("his", "her", "their")
                               or (person.name is not None and owner in (f"{person.name}'s", f"{person.name}’s")))


# Others obliged by what the person did: "the client had to wait", "we had to issue refunds".
_HAD_TO = precompiled(r"\b(?:had|have\s{1,3}had|has\s{1,3}had)\s{1,3}to\b", re.IGNORECASE)


def _first_act(draft: _Draft, person: _Person) -> int | None:
    """Where the first clause whose subject is the person starts (None: the person is no clause's subject)."""
    for found in draft.parsed:
        for c in found:
            if c.subject_words and (person.is_subject(c.subject_words) or _named(person, c.subject_words[0])):
                return c.start
    return None


_SUFFERED_LOSS = wordset("lost")  # past only: "we lose a day every time" is a habit, not what one act caused


def _cost_to_others(draft: _Draft, sentence: int, person: _Person, setting: list[tuple[int, int]],
                    first_act: int | None) -> bool:
    """A clause after something the person did whose subject, someone else, had to do something: a cost the act
    put on them (not in a setting clause, not negated: "so nobody had to re-key it" is a burden averted)."""
    text = draft.text
    if first_act is None or first_act >= draft.sentences[sentence][1]:
        return False
    for c in draft.parsed[sentence]:
        words = c.subject_words
        if not words or c.start <= first_act or person.is_subject(words) or _named(person, words[0]):
            continue
        if _covers(setting, c.start) or c.link in _SUPPOSED_LINKS or c.link in _SCENE_LINKS or c.tense == "modal":
            continue  # "Six patients would otherwise have had to give blood again": a burden averted
        m = _HAD_TO.search(text, c.verbs[0].start if c.verbs else c.start, c.end)
        if m and not _UNDONE.search(text, c.start, m.start()) and words[0] not in ("nobody", "none", "no"):
            return True
        if c.main_verb in _SUFFERED_LOSS and c.link not in _CAUSE_LINKS and c.verbs \
                and (words[0] in _WRITER_WORDS or not _PARTY_WORDS.isdisjoint(words)) and words[-1] not in PREPOSITIONS \
                and not _NEGATED_BEFORE.search(text, c.start, c.end):
            return True  # "and we lost the deposit", "and we lost about six hundred pounds of stock": a loss it caused
    return False


# The negated need, obligation or loss of someone other than the person: the mirror of _cost_to_others ("we
# had to issue refunds"), a burden the act spared them ("we didn't need agency staff", "the night team did
# not have to re-key a single order", "we never lost a shift"). Said of the person ("you didn't need to
# shout") it is not.
_NEEDED_AFTER = precompiled(r"\s{1,3}(?:(?:even|ever|once|really|actually)\s{1,3})?(?:need(?:ed|s)?|ha(?:ve|d|s)\s{1,3}to|"
                           r"los(?:e|t))\b", re.IGNORECASE)


def _averted_burden(draft: _Draft, sentence: int, negator: re.Match[str], person: _Person) -> bool:
    if not _NEEDED_AFTER.match(draft.text, negator.end()):
        return False
    c = draft.clause_at(sentence, negator.start())
    if c is None or not c.subject_words or c.tense == "modal":
        return False
    words = c.subject_words
    return not (person.is_subject(words) or _named(person, words[0]) or words[0] in _YOU_WORDS
                or words[0] in _HIM_OR_HER and not person.second)


def _past_state(draft: _Draft, sentence: int) -> bool:
    """Every clause with a verb in sentence number ``sentence`` is in the past or the past perfect."""
    found = [c for c in draft.parsed[sentence] if c.verbs]
    return bool(found) and all(c.tense == "past" for c in found)


# Credit for an outcome: "Thanks to your new system, ...", "Because of you, ...".
_CREDIT = precompiled(r"\b(?i:thanks\s{1,3}to|because\s{1,3}of|due\s{1,3}to|owing\s{1,3}to)\s{1,3}"
                     r"(?:(?i:you|your|him|his|her|them|their)|[A-Z][a-z]{1,30}['’]s)\b")


def _credits_person(draft: _Draft, rules: FeedbackRules, sentence: int) -> bool:
    """Sentence number ``sentence`` credits the person with an outcome or names their remedy ("Thanks to your new
    scheduling system, they are a thing of the past", "Thanks for fixing it the same day")."""
    s, e = draft.sentences[sentence]
    return _CREDIT.search(draft.text, s, e) is not None or rules.remedies.search(draft.text, s, e) is not None


# Words that make a denied passive a lasting state ("not once", "since", "no longer") or its denial the point
# ("not a single", "ever", "again").
_UNDONE_WORDS = wordset("once since single ever again anymore longer")
_OUTCOME_CREDITED = precompiled(r"\b(?:because|since|as)\s{1,3}(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30})|of\s{1,3}(?:your|his|her|"
                                r"their))\b|\bthanks\s{1,3}to\b|\bmeant\b", re.IGNORECASE)
_NOT_THING_SUBJECTS = PERSONAL_PRONOUNS | _THING_SUBJECTS | wordset("who whom nothing nobody none everything anything")


def _task_left_undone(draft: _Draft, rules: FeedbackRules, sentence: int, negator: re.Match[str]) -> bool:
    """The negator denies a passive act done to a thing ("the raffle prizes were not collected", "the guard rail had
    not been checked"): work that was left undone, which a draft about the person's work tells as criticism. Not when
    the subject is a person, a party or a pronoun, nor when the act is itself a harm, a problem or rated bad (then
    its denial is praise: "the launch was not delayed", "no data was lost")."""
    c = draft.clause_at(sentence, negator.start())
    if c is None or not c.subject or c.inherited or len(c.verbs) < 3:
        return False
    verbs, main = c.verb_words, c.main_verb
    if negator.group().lower() not in verbs or not any(w in BE_FORMS for w in verbs[:-1]) \
            or main in BE_FORMS or not is_participle(main):
        return False
    subject = c.subject_words
    if any(w in _NOT_THING_SUBJECTS or w in _PARTY_WORDS or w.rstrip("s") in PERSON_NOUNS for w in subject) \
            or any(t.text[:1].isupper() and names_lexicon().may_be_name(t.text.lower()) for t in c.subject[1:]):
        return False
    if not _UNDONE_WORDS.isdisjoint(draft.span_words(c.start, c.end)):
        return False  # "have not been left unlocked once since March": a bad state kept away, not a task missed
    s, e = draft.sentences[sentence]
    if _OUTCOME_CREDITED.search(draft.text, s, e):
        return False  # "the run was not held up, because you had tested the standby": the outcome is the person's doing
    return not (main in rules.harm_verbs or rules.problem_words.fullmatch(main) or rules.critical.fullmatch(main)
                or (lexicon().get(main) or 0.0) < 0)


# A negative quantifier as the object of a verb of loss or harm ("We lost nothing", "You missed nothing", "He broke none
# of the glasses"): nothing was lost, a harm kept away, as "no data was lost" is. The verb is one the rating lexicon
# (VADER) rates below zero or a problem word; an ordinary act with "nothing" ("you did nothing", "said nothing",
# "labelled nothing") is still a task left undone. A turn after it ("we lost nothing, but you left the door open") carries
# the sentence: the denied loss is conceded, not the point.
_NEGATIVE_OBJECTS = wordset("nothing none nobody")
_NEGATIVE_OBJECT_AFTER = precompiled(r"\s{1,3}(?:nothing|none|nobody)\b", re.IGNORECASE)
_WORD_BEFORE = precompiled(r"([A-Za-z][\w'’-]{1,30})\s{1,3}\Z")


def _loss_denied(rules: FeedbackRules, text: str, negator: re.Match[str], sentence_start: int) -> bool:
    """The negator is the object of a verb of loss or harm right before it (see above)."""
    if negator.group().lower() not in _NEGATIVE_OBJECTS:
        return False
    verb = _WORD_BEFORE.search(text, max(sentence_start, negator.start() - 32), negator.start())
    if verb is None:
        return False
    word = verb.group(1).lower()
    return word not in FUNCTION_WORDS and ((lexicon().get(word) or 0.0) < 0 or rules.problem_words.fullmatch(word) is not None)


_NO_LONGER = precompiled(r"no\s{1,3}longer", re.IGNORECASE)


def _problem_ended(rules: FeedbackRules, text: str, m: re.Match[str], sentence_end: int) -> bool:
    """``m`` is the decline word "no longer" and a problem word lies in its scope: what stopped was the problem."""
    if not _NO_LONGER.fullmatch(m.group()):
        return False
    scope = _negation_scope(text, m.end(), sentence_end)
    return bool(rules.problem_words.search(text, m.end(), scope) or rules.critical.search(text, m.end(), scope))


def _persons_own(person: _Person, c: Clause) -> bool:
    """The clause's subject is the person (or names them)."""
    words = c.subject_words
    return bool(words) and (person.is_subject(words) or _named(person, words[0]))


def _problem_then_solved(draft: _Draft, sentence: int, solved: Clause | None, person: _Person,
                         critical: list[re.Match[str]], negators: list[re.Match[str]], traits: list[int]) -> bool:
    """The criticism of sentence number ``sentence`` is the problem the person then solved: it lies before the
    accomplishment ``solved`` (in the same sentence; None: the next sentence is one), names neither the person nor
    their work, and no personality label is in the sentence (a setting, like :func:`_setting_clauses`)."""
    text = draft.text
    s, e = draft.sentences[sentence]
    end = solved.start if solved is not None else e
    if solved is not None and solved.start <= s:
        return False
    k = bisect_right(traits, s - 1)
    if (k < len(traits) and traits[k] < e) or any(m.start() >= end for m in [*critical, *negators]):
        return False
    before = text[s:end]
    named = person.name is not None and re.search(rf"\b{re.escape(person.name)}\b", before, re.IGNORECASE) is not None
    return not named and _PERSON_REF.search(before) is None


# A better alternative in the past the person did not take: a modal perfect with a comparative ("might
# have worked better", "could have been clearer", "should have asked sooner"). Negated ("nothing could
# have gone better") it is praise past saying, and left to the negation reading.
_SHORTFALL = precompiled(
    r"\b(?:could|might|would|should)(?:\s{1,3}(?:also|perhaps|maybe|possibly|probably|really|easily))?\s{1,3}have"
    r"\s{1,3}(?:[a-z'’-]{2,30}\s{1,3}){0,4}?(?:better|earlier|sooner|clearer|faster|quicker|simpler|smoother|"
    r"calmer)\b", re.IGNORECASE)
# "We would have finished sooner without the outage": a condition that names what got in the way.
_AVERTING_CONDITION = precompiled(r"\b(?:without|but\s{1,3}for|if\s{1,3}(?:it|they|we)\s{1,3}(?:had|were|was)n['’]t|"
                                 r"if\s{1,3}not|had\s{1,3}(?:it|they|we)\s{1,3}not)\b", re.IGNORECASE)
_NEGATED_BEFORE = precompiled(r"\b(?:nothing|nobody|no\s{1,3}one|none|no|not|never|[a-z]{2,10}n['’]t|cannot)\b", re.IGNORECASE)
_ADVERB_BEFORE_NEGATION = precompiled(
    r"\s{1,3}(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should)\s{1,3}not|"
    r"(?:do|does|did|is|are|was|were|has|have|had|ca|could|wo|would|should)n['’]t|never|not|cannot)\b", re.IGNORECASE)
# The person's work as the subject of a negated copula: "Your work isn't up to standard", "His code is not
# ready": a verdict on their work (a thing subject, "it wasn't easy", is the task, not the work).
_OWNED_WORK_SUBJECT = precompiled(
    r"(?:^|[\s\"“(])(?:(?i:your|his|her|their)|[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:(?!(?:is|are|was|were)\b)[a-z-]{2,30}\s{1,3}){0,2}?"
    r"(?!(?:leave|holiday|vacation|absence|health|family|request|is|are|was|were)\b)[a-z-]{2,30}\s{1,3}"
    r"(?:(?:is|are|was|were)\s{1,3})?\Z")
_REQUEST_LEADS = wordset("please just also then now so always and simply")
_RESULT_REQUEST_VERBS = wordset("be stay remain become make try get aim keep")


# A quality wished for the person: "I'd like you to be more proactive", "we need her to become more confident",
# "I encourage him to stay calm": the complement names the result asked for, not praise.
_WISHED_RESULT = precompiled(
    r"\b(?:like|love|want|need|expect|encourage|ask|asking|urge|challenge)\s{1,3}(?:you|him|her|them)\s{1,3}to\s{1,3}"
    r"(?:be|become|stay|remain|get|feel|seem|sound)\s{1,3}(?:[a-z]{2,20}\s{1,3}){0,2}\Z", re.IGNORECASE)
# A praise word used as a verb: an object pronoun or a particle follows ("clear it", "calm down").
_VERB_USE = precompiled(r"\s{1,3}(?:it|them|him|her|me|us|down|up|out|off)\b(?!\s{1,3}(?:is|was|are|were)\b)",
                       re.IGNORECASE)


def _requested(draft: _Draft, rules: FeedbackRules, sentence: int, m: re.Match[str]) -> bool:
    """A praise word in the complement of a clause in the imperative mood ("Be clear about the deadlines",
    "Please stay positive in meetings", "Make the figures clear") names the result asked for, not
    something the person did; a request to go on as before ("Keep up the great work") is praise."""
    c = draft.clause_at(sentence, m.start())
    if c is None:
        return False
    if _WISHED_RESULT.search(draft.text, max(c.start, m.start() - 80), m.start()):
        return True  # "I'd like you to be more proactive": the quality wished for
    key = ("request", c)
    if key not in draft.memo:
        draft.memo[key] = _request_clause(draft, sentence, c)
    words = draft.memo[key]
    if words is None:
        return False
    verb = _first_after_leads(draft.text, words, m.start())
    if verb is None:
        # the praise word opens the clause: praise ("Great work", "Nice catch") unless it is the verb of an
        # instruction, after "please" or before an object pronoun or a particle ("please clear it", "Calm down!")
        clause_words, starts, _, first = words
        return first < len(clause_words) and starts[first] == m.start() and (
            "please" in clause_words[:first] or " " not in m.group() and _VERB_USE.match(draft.text, m.end()) is not None)
    return verb in _RESULT_REQUEST_VERBS or _imperative_once(draft, rules, c)


def _imperative_once(draft: _Draft, rules: FeedbackRules, c: Clause) -> bool:
    """``_imperative`` of the clause, read once per clause (it reads the whole clause, and each praise
    word of the clause asks)."""
    key = ("imperative", c)
    if key not in draft.memo:
        draft.memo[key] = _imperative(draft, rules, c)
    return draft.memo[key]


def _request_clause(draft: _Draft, sentence: int, c: Clause) -> tuple[list[str], list[int], list[int], int] | None:
    """For a clause that may ask for something (no subject of its own, not a list of the person's acts,
    not a question, not 'keep it up'): its words lower-cased, their starts and ends, and the index of the
    first word that is not a request lead ('please', 'just', ...); None for any other clause."""
    if c.link not in ("", "and", "then", "so", "but") or c.subject_words not in ((), ("please",)):
        return None
    found = draft.parsed[sentence]
    k = bisect_right(draft._clause_starts[sentence], c.start) - 1  # c's place among the sentence's clauses
    if k and (c.link == "" or found[k - 1].subject_words not in ((), ("please",))):
        return None  # "you engaged the prospect, set a clear purpose": a list of the person's acts
    if _ends_in_question(draft, sentence, c.start) or _REINFORCE.match(draft.text, c.start):
        return None
    spans = [(m.start(), m.end()) for m in WORD.finditer(draft.text, c.start, c.end)]
    words = [normalise_quotes(draft.text[a:b]).lower() for a, b in spans]
    first = next((i for i, w in enumerate(words) if w not in _REQUEST_LEADS), len(words))
    return words, [a for a, _ in spans], [b for _, b in spans], first


def _first_after_leads(text: str, clause_words: tuple[list[str], list[int], list[int], int], pos: int) -> str | None:
    """The first word of the clause before ``pos`` that is not a request lead (a word running past
    ``pos`` cut there), or None when there is none: the words of ``text[clause start:pos]``, read
    from the clause's words instead of tokenising that prefix again for each praise word."""
    words, starts, ends, first = clause_words
    q = bisect_left(starts, pos)  # the words starting before pos
    if first < q - 1:
        return words[first]
    if q == 0:
        return None
    last = words[q - 1] if ends[q - 1] <= pos else normalise_quotes(text[starts[q - 1]:pos]).lower()
    return None if last in _REQUEST_LEADS else last


def _ends_in_question(draft: _Draft, sentence: int, start: int) -> bool:
    """``_QUESTION_END.search(text, start, sentence end)``: the sentence's text from ``start`` ends in a
    question mark (closing quotes, brackets and spaces after it); the sentence's end is read once."""
    key = ("question end", sentence)
    if key not in draft.memo:
        text, r = draft.text, draft.sentences[sentence][1]
        s = draft.sentences[sentence][0]
        while r > s and (text[r - 1].isspace() or text[r - 1] in "\"'”’)"):
            r -= 1
        draft.memo[key] = r - 1 if r > s and text[r - 1] == "?" else -1
    mark = draft.memo[key]
    return mark >= start


_VADER_TURNERS = NEGATORS | {"no", "least"}


def _valence_negated(draft: _Draft, m: re.Match[str]) -> bool:
    """A praise cue whose rated word VADER reads as negated ("without clear data", "rarely helpful", "nor
    friendly"): its valence after the three words before it has the opposite sign of its rating (VADER's
    negation reaches three words back; a 'but' elsewhere scales a valence without turning it)."""
    rated = lexicon()
    toks = draft.toks
    k = draft.token_index(m.start())
    while k < len(toks) and toks[k].start < m.end():
        word = toks[k].text.lower()
        if rated.get(word, 0.0) > 0 and word not in BOOSTERS:
            s, _ = draft.sentence_at(m.start())
            lead = [normalise_quotes(t.text).lower() for t in toks[max(0, k - 3):k] if t.start >= s]
            if not any(w in _VADER_TURNERS or "n't" in w for w in lead):
                return False
            return word_valences([*lead, word])[-1] < 0
        k += 1
    return False


def _generic(rules: FeedbackRules, text: str, start: int, end: int) -> bool:
    """The sentence is habitual, generic praise or description: no number and no name after its first
    word, and every content word after the subject is a generic one ("You handled every challenge with
    grace", "You've led complex projects, mentored team members, and collaborated across teams")."""
    if not rules.generic_words:
        return False
    toks = tokens(text[start:end])
    content = 0
    for n, tok in enumerate(toks):
        word = tok.text.lower().replace("’", "'")
        if any(ch.isdigit() for ch in word):
            return False
        if n and tok.text[:1].isupper() and tok.text != "I":
            return False  # a name or a named thing: "the Baker account"
        if word in STOPWORDS or word in _SUBJECTS or (word.endswith("ly") and len(word) > 4):
            continue
        if word.split("'")[0] not in rules.generic_words:
            return False
        content += 1
    return content > 0


def _concrete_word(rules: FeedbackRules, text: str, start: int, end: int, sentence_start: int,
                   skip: AbstractSet[int] = frozenset()) -> bool:
    """``text[start:end]`` holds a concrete word: a number, a name, or a content word that is neither generic,
    nor an activity noun or a verb of doing the job, nor evaluative (rated by VADER). A bare noun after 'with'
    names a manner ("with empathy"); tokens starting at ``skip`` (a subject) are passed over."""
    rated = lexicon()
    previous = ""
    for tok in tokens(text[start:end]):
        word = normalise_quotes(tok.text).lower()
        after_with, previous = previous == "with", word
        if tok.start + start in skip:
            continue  # the person judged: "Marco"
        if any(ch.isdigit() for ch in word):
            return True
        if tok.start + start > sentence_start and tok.text[:1].isupper() and tok.text != "I":
            return True  # a name or a named thing: "the Baker account"
        if word in NEGATED_AUXILIARIES:
            continue  # "haven't", "weren't": an auxiliary, whatever its stem ("haven") looks like
        stem = word.split("'")[0]
        if after_with and stem not in STOPWORDS:
            continue  # a manner named by a bare noun: "with empathy", "with care"
        if stem in STOPWORDS or stem in _SUBJECTS or (stem.endswith("ly") and len(stem) > 4) \
                or _unspecific_word(rules, stem, rated):
            continue
        if "-" in stem and all(_unspecific_word(rules, part, rated) for part in stem.split("-") if part):
            continue
        return True
    return False


def _unspecific_word(rules: FeedbackRules, word: str, rated: dict[str, float]) -> bool:
    return word in rules.generic_words or word in rules.unspecific_words or word in rated


def _unspecific(rules: FeedbackRules, draft: _Draft, i: int) -> bool:
    """Sentence ``i`` evaluates without naming anything observable: no clause of it holds a concrete word
    (``_concrete_word``; a clause's own subject left out), and the object of a manner verb is only the
    occasion ("You handled the complaints professionally", "The way you handled the month-end close was a
    disaster", "You have done a solid job on your tasks and met expectations in most areas")."""
    if not rules.unspecific_words:
        return False
    text = draft.text
    s, _ = draft.sentences[i]
    person = draft.person
    for c in draft.parsed[i]:
        if c.subject_words[:1] == ("i",) and c.main_verb not in _VIEW_VERBS and not _perceiving(c) and not person.mentioned(
                [normalise_quotes(t.text).lower() for t in draft.span_tokens(c.start, c.end)]):
            continue  # "... and I look forward to another strong year": the writer's own attitude, no act of the person
            # ("I noticed three reports were submitted late" reports what the writer saw, and is judged)
        subject = frozenset() if c.inherited else frozenset(t.start for t in c.subject if t.text[:1].isupper())
        subject |= _judged_subject(rules, draft, c, s)
        if c.main_verb in rules.manner_verbs:
            if any(ch.isdigit() for ch in text[c.start:c.end]) or any(
                    t.start > s and t.start not in subject and t.text[:1].isupper() and t.text != "I"
                    for t in draft.span_tokens(c.start, c.end)) or _delivered_occasion(rules, draft, i, c):
                return False
            continue
        if _concrete_word(rules, text, c.start, c.end, s, subject):
            return False
    return True


def _judged_subject(rules: FeedbackRules, draft: _Draft, c: Clause, sentence_start: int) -> frozenset[int]:
    """The token starts an evaluation clause ``c`` does not name anything by: its linking verb and the bare noun
    phrase it judges. An evaluation clause links its subject to a judgement ("That call was a disaster", "you
    sounded clueless", "Your preparation was clear", "You've got potential"): the subject is only what is judged,
    so its head noun names no act, object or occasion unless the rest of the phrase does ("Your reply to the
    angry caller", "the spring brochure" keep theirs), and the linking verb names no act. A verb group ending in a
    participle ("was greeted", "were sent") is a passive act, not an evaluation."""
    if c.inherited or not c.verbs or c.tense == "none":
        return frozenset()
    words = c.verb_words
    if not any(w in _LINK_VERBS for w in words) or is_participle(c.main_verb) and c.main_verb not in _LINK_VERBS:
        return frozenset()
    skip = {t.start for t, w in zip(c.verbs, words, strict=True) if w in _LINK_VERBS}
    if c.subject:
        head = c.subject[-1]
        if any(ch.isdigit() for ch in head.text):
            return frozenset(skip)
        rest = c.subject[:-1]
        if rest and _concrete_word(rules, draft.text, rest[0].start, rest[-1].end, sentence_start,
                                   frozenset(t.start for t in rest if t.text[:1].isupper())):
            return frozenset(skip)  # "the spring brochure", "your reply to the caller": a particular thing
        skip |= {t.start for t in c.subject}
    return frozenset(skip)


_OCCASION_OPENERS = wordset("the this that yesterday's today's monday's tuesday's wednesday's thursday's friday's "
                            "saturday's sunday's last this")
_MANNER_OBJECT = 4  # the occasion's words before the delivery adverbs: "the client presentation"


def _delivered_occasion(rules: FeedbackRules, draft: _Draft, i: int, c: Clause) -> bool:
    """Manner clause ``c`` of sentence ``i`` has one particular occasion as its object (a definite singular
    noun phrase: "the client presentation", "yesterday's review") followed by an adverb of delivery
    (``delivery_adverbs``), alone or joined by "and" in the next clause: "You handled the client presentation
    confidently and clearly". Plural or pronoun objects ("the complaints", "everything", "it") are no occasion,
    and an evaluation ("professionally") is no delivery."""
    if not rules.delivery_adverbs or not c.verbs or c.tense not in ("past", "perfect"):
        return False
    text = draft.text
    words = [normalise_quotes(t.text).lower() for t in tokens(text[c.verbs[-1].end:c.end])]
    if words[:1] == ["with"]:
        words = words[1:]  # "dealt with the fire alarm"
    if not words or words[0] not in _OCCASION_OPENERS:
        return False
    k = 1
    while k < len(words) and k <= _MANNER_OBJECT and words[k] not in rules.delivery_adverbs \
            and not words[k].endswith("ly"):
        k += 1
    if k < 2 or k >= len(words) or words[k] not in rules.delivery_adverbs:
        return False
    head = words[k - 1]
    # "the complaints": no one occasion
    return not (head.endswith("s") and not head.endswith(("ss", "us", "is")) or head in STOPWORDS)


_ACT_CUE = Cue(
    StructureCue(
        id="behavior-concrete-act", kind="behavior", pattern=r"\S",
        explanation="The person did something to a concrete object (found by the clause's subject, tense and "
                    "the concreteness of what follows its verb).",
        suggestion="Keep to what a camera would have recorded.",
        source="Center for Creative Leadership, Situation-Behavior-Impact (SBI) feedback model; Brutus, S. (2010). "
               "Words versus numbers: a theoretical exploration of giving and receiving narrative comments in "
               "performance appraisal. Human Resource Management Review, 20(2), 144-157.",
    ),
    precompiled(r"\S(?:.*\S)?", re.DOTALL),
)


_OBJECT_OPENERS = wordset("the a an his her your their its our my this that these those every each both all two three "
                          "four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen")
_HABITUAL = wordset("always usually often generally typically normally regularly consistently constantly continually "
                    "routinely frequently never ever")
_OBJECT_WINDOW = 8
_GERUND_AFTER = wordset("job help work")  # "did a great job explaining", "your help moving", "your work setting up"


def _object_phrase(rules: FeedbackRules, text: str, start: int, end: int, sentence_start: int) -> bool:
    """The first words of ``text[start:end]`` (``_OBJECT_WINDOW``) name a concrete object: a number, a name, or
    a determiner followed within three words by a concrete word ("moved the launch date", "covered both
    weekend shifts"). The window keeps the object next to its verb and the test linear in the draft."""
    toks = tokens(text[start:min(end, start + 40 * _OBJECT_WINDOW)])[:_OBJECT_WINDOW]
    for k, tok in enumerate(toks):
        word = normalise_quotes(tok.text).lower()
        if any(ch.isdigit() for ch in word) or (tok.start + start > sentence_start and tok.text[:1].isupper()
                                                  and tok.text != "I"):
            return True
        if word in _OBJECT_OPENERS and k + 1 < len(toks):
            stop = toks[min(k + 3, len(toks) - 1)].end
            if _concrete_word(rules, text, toks[k + 1].start + start, stop + start, sentence_start):
                return True
    return False


# The person's act named as a noun with its object ("your rewrite of the returns page", "Priya's rebuild of
# the grant spreadsheet"): told in the past, it names what the person did as "you rewrote the returns page"
# does. Nouns of knowing, having or lacking name no act.
_POSSESSED_ACT = precompiled(r"\b(?:(?i:your|his|her|their)|[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:[a-z]{2,20}\s{1,3})?"
                            r"([a-z]{3,30})\s{1,3}of\b")
_NOT_ACT_NOUNS = wordset("knowledge understanding grasp command lack part share sense view idea version kind sort "
                         "type level amount number lot bit one most some all none each many use")


def _measured_work(rules: FeedbackRules, text: str, c: Clause, subject: tuple[str, ...]) -> bool:
    """The person's work ("your onboarding guide", "Priya's new rota") as the subject of an act in the past
    with a measure after it: an accomplishment told by what the work did ("reduced setup time by two hours").
    A quality of the person ("your attitude") and a judgement ("was the best in years") are not."""
    if len(subject) < 2 or len(subject) > 4 or c.tense not in ("past", "perfect") or not c.verbs:
        return False
    owner, head = subject[0], subject[-1]
    if not (owner in ("your", "his", "her", "their") or owner.endswith(("'s", "’s")) and c.subject[0].text[:1].isupper()):
        return False
    if head in _NOT_ACT_NOUNS or _unspecific_word(rules, head, lexicon()) or any(w in _LINK_VERBS for w in c.verb_words):
        return False
    main = c.main_verb  # what the work did may be an effect word ("saved", "cut"), judged by its measure
    return main not in _STATIVE_VERBS and main not in rules.manner_verbs and bool(numbers(text[c.verbs[-1].end:c.end]))


def _act_verb(rules: FeedbackRules, word: str) -> bool:
    """``word`` can name an observable act: not a state, a feeling, a manner verb or an evaluation."""
    return len(word) > 2 and word not in STOPWORDS and word not in _STATIVE_VERBS and word not in BE_FORMS \
        and word not in rules.manner_verbs and not _unspecific_word(rules, word, lexicon())


_SHOWING = wordset("demonstrated showed shown")
_DEGREE_NOUNS = wordset("degree deal measure extent")  # "demonstrated a high degree of professionalism"


def _restraint(rules: FeedbackRules, draft: _Draft, i: int, person: _Person) -> Clause | None:
    """In a sentence naming one occasion, a clause where the person, in the past, did not do a problem act
    ("You never lost your temper during the negotiation on Monday", "you did not interrupt the night nurse
    once"): the restraint an observer saw on that occasion. A present habit ("You never lose your temper") names
    no occasion and is left out by the tense."""
    text = draft.text
    for c in draft.parsed[i]:
        words = c.subject_words
        if c.tense not in ("past", "perfect") or c.link in ("if", "unless", "whether") or not c.verbs or not words \
                or not (words[0] in ("you", "he", "she", "they") and len(words) == 1 or _named(person, words[0])):
            continue
        if any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words) \
                and rules.problem_words.match(text, c.verbs[-1].start, c.end):
            return c
    return None


def _concrete_act(rules: FeedbackRules, draft: _Draft, i: int, person: _Person) -> Clause | None:
    """A clause of sentence ``i`` telling what the person did to something concrete: the person themself as
    subject (or a clause sharing it) in the past or perfect, not habitual, a verb of acting (``_act_verb``) and
    a concrete object after it ("... and moved the launch date forward by a week"); or an act named by a
    gerund with its object after a generic noun of doing ('job', 'help', 'work', optionally with 'in/on/with'):
    "Thanks for your help moving the archive boxes", "You did a great job in explaining the procedure to the
    patient"."""
    if not rules.unspecific_words:
        return None
    text = draft.text
    s, e = draft.sentences[i]
    if _QUESTION_END.search(text, s, e):
        return None
    hypothetical = False
    for c in draft.parsed[i]:
        words = c.subject_words
        if c.link in ("if", "unless", "whether", "when", "whenever") or c.tense == "modal" \
                or (c.inherited and hypothetical):
            hypothetical = True
            continue  # "It might have helped if you had reviewed the notes, explained why ...": not done
        hypothetical = False
        toks = draft.span_tokens(c.start, c.end)
        lowered = draft.span_words(c.start, c.end)
        if any(w in _HABITUAL for w in lowered):
            continue  # "she always tries to make the plan better": a habit, no occasion
        for k in range(1, len(toks) - 1):
            w = lowered[k]
            after = lowered[k - 2] if lowered[k - 1] in ("in", "on", "with") and k > 1 else lowered[k - 1]
            if w.endswith("ing") and len(w) > 5 and w not in _NOT_GERUND and after in _GERUND_AFTER \
                    and c.tense != "modal" \
                    and _act_verb(rules, w) and _object_phrase(rules, text, toks[k].end + c.start, c.end, s):
                return c
        if c.tense in ("past", "perfect") and c.verbs and any(
                _act_verb(rules, (noun := m.group(1).lower())) and noun not in _NOT_ACT_NOUNS
                and _object_phrase(rules, text, m.end(), c.end, s)
                and not (m.start() < c.verbs[0].start and any(w in _LINK_VERBS for w in c.verb_words))
                for m in _POSSESSED_ACT.finditer(text, c.start, c.end)):
            # "A key contribution this cycle was your rebuild of the grant spreadsheet in February", "Your
            # review of the Harris contract caught two pricing errors"; as the subject of a judgement ("Your
            # rewrite of the page was really dumb") it names no more than the judgement does
            return c
        if _measured_work(rules, text, c, words):
            return c  # "Your onboarding guide reduced setup time by two hours per hire": an accomplishment
        if not words or not c.verbs or not (words[0] in ("you", "he", "she", "they") and len(words) == 1
                                            or _named(person, words[0])):
            continue
        verbs = [w for w in c.verb_words if w not in ("has", "have", "had", "'ve", "'d", "also", "just", "then",
                                                       "again", "already", "even", "still", "really")]
        if not verbs or c.tense not in ("past", "perfect") or not is_participle(verbs[0]) \
                or not all(_act_verb(rules, v) or v in _SHOWING for v in verbs):
            continue
        if verbs[-1] in _SHOWING:
            # "demonstrated" a quality names nothing ("showed great commitment to the team"); its object itself a
            # concrete thing ("demonstrated the new till system"), it is an act
            toks = tokens(text[c.verbs[-1].end:c.end])[:3]
            if len(toks) > 1 and toks[0].text.lower() in _OBJECT_OPENERS and toks[0].text.lower() not in _POSSESSIVE_WORDS \
                    and not any(t.text.lower() in _NOT_ACT_NOUNS or t.text.lower() in _DEGREE_NOUNS for t in toks[1:]) \
                    and _concrete_word(rules, text, c.verbs[-1].end + toks[1].start, c.verbs[-1].end + toks[-1].end, s):
                return c
            continue
        if _object_phrase(rules, text, c.verbs[-1].end, c.end, s):
            return c
    return None


_SUBJECTS = frozenset(["you", "you've", "you're", "he", "she", "they", "he's", "she's", "they've", "has", "have", "had",
                       "is", "are", "was", "were", "been", "also", "always", "every", "each", "all", "more", "most"])


# Decline over time stated as a comparison: an earlier period with a count, then the present one with a
# smaller count ("When she started she closed twenty tickets a day. This quarter she closes about eight").
_EARLIER = precompiled(r"\b(?:(?:at|in|during|by)\s{1,3}(?:the|his|her|their|your|our)\s{1,3}(?:last|previous|first|prior|mid-?year)\s{1,3}"
                      r"(?:review|appraisal|evaluation|quarter|year|check-?in|cycle)|last\s{1,3}(?:year|quarter|cycle|review)|"
                      r"when\s{1,3}(?:he|she|they|you|(?-i:[A-Z][a-z]{1,30}))\s{1,3}(?:first\s{1,3})?(?:started|joined|began|arrived|took\s{1,3}over)|"
                      r"previously|used\s{1,3}to|at\s{1,3}first|(?:in|during)\s{1,3}(?:19|20)\d\d|a\s{1,3}year\s{1,3}ago|"
                      r"(?:as|while)\s{1,3}a\s{1,3}(?:team\s{1,3}member|new\s{1,3}hire|junior|trainee))\b", re.IGNORECASE)
_NOW = precompiled(r"\b(?:now|this\s{1,3}(?:quarter|year|month|cycle|period|review)|currently|these\s{1,3}days|lately|"
                  r"since\s{1,3}(?:becoming|then|(?:his|her|their|your|the)\s{1,3}(?:promotion|move|transfer|change|reorg)))\b", re.IGNORECASE)


def _counts(text: str, start: int, end: int) -> list[float]:
    """Counts in ``text[start:end]``, years and ordinals left out."""
    return [n.value for n in numbers(text[start:end])
            if not n.ordinal and not (n.value.is_integer() and 1900 <= n.value <= 2100 and "," not in n.text)]


def _declined(rules: FeedbackRules, draft: _Draft, previous: int, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` sets a present count below an earlier period's count, in it or
    in the sentence before; counts of problems ("errors", "complaints") falling are no decline."""
    text = draft.text
    now = draft.search(rules, _NOW, start, end)
    if now is None:
        return False
    earlier = None
    for found in _EARLIER.finditer(text, previous, end):
        if found.start() < now.start() or found.start() >= start:
            earlier = found
            break
    if earlier is None:
        return False
    before_end = now.start() if earlier.start() < now.start() else end
    before = _counts(text, earlier.start() if earlier.start() >= start else previous, before_end)
    after_start = now.end() if earlier.start() < now.start() else start
    after = _counts(text, after_start, end if earlier.start() < now.start() else earlier.start())
    if not before or not after or after[0] >= before[0]:
        return False
    return not rules.problem_words.search(text, previous, end)


# --- criticism told as a fact: a rank, a comparison or a measured change in the bad direction ------------
#
# "You're the slowest picker on the shift", "He is the last to clock in", "She takes longer than anyone else
# to close a ticket", "Your first-call resolution dropped from 74% to 58%": no problem word, but the person (or
# a measure of their work) is placed at the bad end of a scale. Which end is bad is read from the scale word
# itself when it is rated (slow, late, poor: the problem lexicon or VADER below 0; prepared, accurate: the praise
# lexicon or VADER above 0), and for a bare scale of amount (high, low, long, many, few, up, down) from the
# measure it applies to: a measure of cost, time or failure (_LOWER_IS_BETTER, or a problem word such as
# "errors", "complaints", "late") is better low, any other measure of the work (sales, speed, resolution,
# score) is better high. An order of arrival is bad at the end ("the last to arrive/reply/finish"), an order of
# leaving or of a bad act at the start ("the first to leave", "the first to complain").
_LOWER_IS_BETTER = wordset(
    """time times cost costs wait waits waiting turnaround handle handling absence absences absent sick overtime
    turnover returns refunds escalation escalations repeat repeats abandonment abandoned churn waste scrap backlog
    tardiness lateness defects shrinkage spend spending downtime breakages rework callbacks callback""")
# A measure known to be better high: a rate, score or amount of what the work yields. A measure neither better low
# nor better high ("your split", "call length", "variance") moving either way is no decline.
_HIGHER_IS_BETTER = wordset(
    """rate rates score scores resolution sales revenue accuracy satisfaction csat nps conversion conversions
    productivity output throughput attendance utilisation utilization quality margin margins retention uptime
    compliance completion completions rating ratings yield percentage speed win wins fix fixes attainment bookings
    volume share engagement profit profits income earnings growth coverage efficiency punctuality units picks numbers
    figures results basket value""")
# A time told as the measure's value ("from 62.1 to 60.4 seconds", "fell from 45 to 30 days", "down to two days"):
# a duration, better short.
_TIME_UNIT = r"(?:s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)"
_TIMED_VALUE = precompiled(rf"(?:\d[\d.,]*|{NUMBER_WORD_PATTERN})\s{{0,3}}{_TIME_UNIT}\b|\b\d{{1,2}}:\d\d\b",
                           re.IGNORECASE)
_TIME_NOUN = precompiled(rf"\b{_TIME_UNIT}\b", re.IGNORECASE)
_PERIOD_TIME = precompiled(r"\b(?:on|first|full|part|real|over|half|lead)[\s-]{1,3}time\b", re.IGNORECASE)
# What follows a change and tells it is an improvement: the gap to a target closed, the target met.
_GAP_CLOSED = precompiled(
    r"\b(?:clos(?:ed|es|ing|e)|narrow(?:ed|s|ing)?|halv(?:ed|ing))\s{1,3}the\s{1,3}gap\b|\b(?:hit|hits|hitting|met|meets|"
    r"meeting|reached|reaches|reaching|beat|beats|beating|inside|under|within|ahead\s{1,3}of)\s{1,3}(?:the\s{1,3}|its\s{1,3}|"
    r"your\s{1,3}|our\s{1,3}|their\s{1,3})?(?:target|goal|standard|benchmark)s?\b", re.IGNORECASE)
_TURN_BEFORE_GAP = precompiled(r"\b(?:though|although|but|yet|despite|while|whereas|even\s{1,3}if)\b", re.IGNORECASE)
# A comparison of effort or contribution is praise at its high end ("worked harder than anyone", "stayed later
# than the rest of the crew", "the hardest worker on the shift"): the scale word is the amount of effort given.
_EFFORT_SCALE = wordset("hard harder hardest late later latest long longer longest more most much")
_EFFORT_BEFORE = precompiled(
    r"\b(?:work|works|worked|working|stay|stays|stayed|staying|try|tries|tried|trying|push|pushes|pushed|pushing|"
    r"train|trains|trained|training|practi[sc]e|practi[sc]es|practi[sc]ed|practi[sc]ing|graft|grafts|grafted|toil|toils|"
    r"toiled|dig|digs|dug|put\s{1,3}in|puts\s{1,3}in|putting\s{1,3}in|gave|gives|give|giving)"
    r"(?:\s{1,3}(?:(?:it|in|on|at\s{1,3}it|even|much|far|a\s{1,3}lot|way|the|any|no|far)\b)){0,3}\s{1,3}\Z", re.IGNORECASE)
_EFFORT_AFTER = precompiled(r"[\s-]{1,3}(?:workers?|working|grafters?|hours|shifts|effort|overtime|days)\b", re.IGNORECASE)
_SCALE_UP = wordset("high higher highest long longer longest many more most much big bigger biggest great greater "
                    "greatest large larger largest up")
_SCALE_DOWN = wordset("low lower lowest short shorter shortest few fewer fewest little less least small smaller "
                      "smallest down")
_LEAVING_ACTS = wordset("leave leaves go goes knock quit give head pack walk stop disappear switch")
_PARTICLE_ACTS = wordset("clock log sign check")
_RANK = precompiled(
    r"\bthe\s{1,3}(?:very\s{1,3})?(?P<rank>[a-z]{2,20}est|worst|best|last|first|least|most)\b(?!\s{1,3}(?:of\s{1,3}all|"
    r"time|few|week|month|year|quarter|day|thing|things|place|step|steps|stage|half|part)\b)", re.IGNORECASE)
_RANK_ACT = precompiled(r"\s{1,3}(?:(?:one|person|member|rep|agent|picker|driver|nurse|worker|employee|[a-z]{2,20}er)"
                        r"\s{1,3})?to\s{1,3}(?P<act>[a-z]{2,20})\b", re.IGNORECASE)
_THAN_OTHERS = precompiled(
    r"\s{1,3}than\s{1,3}(?:(?:everyone|everybody|anyone|anybody|all|most|others)\b|any\s{1,3}other\b|the\s{1,3}"
    r"(?:rest|others?|average|team|shift|norm)\b|(?:your|his|her|their)\s{1,3}(?:colleagues|peers|teammates|"
    r"co-?workers|team)\b)", re.IGNORECASE)
_RANK_COMPARATIVE = precompiled(r"\b(?P<cmp>(?:more|less)\s{1,3}[a-z]{2,20}|[a-z]{2,20}er|worse|better)\b"
                           r"(?P<rest>(?:\s{1,3}[\w'’-]{1,20}){0,4}?)(?=\s{1,3}than\b)", re.IGNORECASE)
_RANK_SUBJECT = precompiled(r"\b(?:you|he|she|they|your|his|her|their|(?-i:[A-Z][a-z]{1,30})['’]s)\b"
                            r"|\b(?:you|he|she|they)['’](?:re|s)\b", re.IGNORECASE)
_RANK_LINK = precompiled(r"\b(?:is|are|was|were|am|be|been|being|remain|remains|remained|stay|stays|ranks?|ranked|"
                         r"came|come|comes|finish(?:ed|es)?|sit|sits)\b|['’](?:re|s)\b", re.IGNORECASE)
_MULTIPLIED = precompiled(r"\b(?:doubled|tripled|trebled|halved)\b", re.IGNORECASE)
_NEXT_ADJECTIVE = precompiled(r"\s{1,3}([a-z][a-z-]{1,30})", re.IGNORECASE)
_LETTERS = precompiled(r"[a-z]+")
_ON_TIME = precompiled(r"\bon[\s-]{1,3}time\b")
_TAKES = precompiled(r"\b(?:take|takes|took|taking|taken|spend|spends|spent)\b", re.IGNORECASE)
_CHANGE = precompiled(
    r"\b(?:(?:has|have|had)\s{1,3})?(?:(?P<down>fell|fallen|falls|fall|dropped|drops|declined|declines|decreased|"
    r"decreases|slipped|slips|dipped|dips|sank|sunk|shrank|shrunk|halved|(?:went|gone|come|came|is|are|was|were)"
    r"\s{1,3}down)|(?P<up>rose|risen|rises|increased|increases|grew|grown|grows|climbed|climbs|jumped|doubled|"
    r"tripled|trebled|(?:went|gone|is|are|was|were|crept|shot)\s{1,3}up))\b", re.IGNORECASE)
_MEASURE_OWNER = precompiled(r"\b(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}"
                             r"(?P<measure>[\w-]{2,30}(?:\s{1,3}[\w-]{2,30}){0,5}?)\s{0,3}\Z", re.IGNORECASE)


def _base_of(word: str) -> str:
    """ "slowest" -> "slow", "messiest" -> "messy", "later" -> "lat" (the caller also tries a final "e"),
    "biggest" -> "big", "slowly" -> "slow"."""
    word = word.lower().split()[-1]
    for suffix, repl in (("iest", "y"), ("ier", "y"), ("est", ""), ("er", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]
            return stem
    if word.endswith("ly") and len(word) > 4:
        return word[:-2]
    return word


def _scale_valence(rules: FeedbackRules, word: str) -> int:
    """-1 when the scale word names the bad end (slow, late, poor), +1 the good end, 0 when it is unrated or a
    bare amount (high, low, long: the measure decides)."""
    word = word.lower()
    if word in ("worse", "worst", "bad"):
        return -1
    if word in ("better", "best", "good"):
        return 1
    candidates = {word, _base_of(word), _base_of(word) + "e"}
    if candidates & (_SCALE_UP | _SCALE_DOWN):
        return 0
    rated = lexicon()
    for w in candidates:
        if rules.problem_words.fullmatch(w) or rules.critical.fullmatch(w) or rated.get(w, 0.0) < 0:
            return -1
    for w in candidates:
        if rules.praise.fullmatch(w) or rated.get(w, 0.0) > 0:
            return 1
    return 0


def _lower_is_better(rules: FeedbackRules, phrase: str) -> bool:
    phrase = _ON_TIME.sub(" ", phrase.lower())  # "on-time delivery": punctuality, better high
    return any(w in _LOWER_IS_BETTER or rules.problem_words.fullmatch(w) for w in _LETTERS.findall(phrase))


def _measure_direction(rules: FeedbackRules, phrase: str, value: str | None = None) -> int:
    """-1 when the measure is better low (a cost, a time, a failure; for a measure's change, `value` given, also a
    measure or value told in a unit of time: "days to close", "fell to 60.4 seconds"), +1 when it is known better
    high (a rate, score, sales), 0 when its good direction is unknown ("your split", "variance")."""
    phrase = _PERIOD_TIME.sub(" ", phrase)  # "first-time fix rate", "on-time delivery": not a duration
    if _lower_is_better(rules, phrase) or value is not None and (_TIME_NOUN.search(phrase) or _TIMED_VALUE.search(value)):
        return -1
    return 1 if any(w in _HIGHER_IS_BETTER for w in _LETTERS.findall(phrase.lower())) else 0


def _effort(text: str, start: int, end: int, scale: str, s: int) -> bool:
    """A comparison or rank of effort given: "worked harder than anyone", "the hardest worker"."""
    return scale.lower() in _EFFORT_SCALE and bool(
        _EFFORT_BEFORE.search(text, max(s, start - 40), start) or _EFFORT_AFTER.match(text, end))


def _amount_direction(word: str) -> int:
    candidates = {word.lower(), _base_of(word)}
    return 1 if candidates & _SCALE_UP else -1 if candidates & _SCALE_DOWN else 0


def _bad_rank(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    """A rank or comparison that puts the person (or a measure of their work) at the bad end of a scale."""
    text = draft.text
    for m in draft.matches(rules, _RANK, s, e):
        lead = text[max(s, m.start() - 80):m.start()]
        if not _RANK_SUBJECT.search(lead) or not _RANK_LINK.search(lead):
            continue
        rank = m.group("rank").lower()
        after = text[m.end():min(e, m.end() + 60)]
        if rank in ("last", "first"):
            act = _RANK_ACT.match(after)
            if act is None:
                continue
            verb = act.group("act").lower()
            particle = _NEXT_ADJECTIVE.match(after, act.end())
            if verb in _PARTICLE_ACTS and particle is not None:  # "clock in" is an arrival, "clock out" a leaving
                verb = "leave" if particle.group(1).lower() in ("out", "off") else "arrive"
            leaving = verb in _LEAVING_ACTS or bool(rules.problem_words.fullmatch(verb)) or lexicon().get(verb, 0.0) < 0
            if (rank == "last") != leaving:
                return m
            continue
        if rank in ("least", "most"):
            nxt = _NEXT_ADJECTIVE.match(after)
            valence = _scale_valence(rules, nxt.group(1)) if nxt else 0
            if valence and (valence > 0) == (rank == "least"):
                return m
            continue
        if _effort(text, m.start(), m.end(), rank, s):
            continue  # "the hardest worker on the night shift"
        valence = _scale_valence(rules, rank)
        if valence < 0:
            return m
        direction = _amount_direction(rank)
        if valence == 0 and direction:
            good = _measure_direction(rules, text[max(s, m.start() - 60):m.start()] + " " + after[:40])
            if good and direction != good:
                return m
    if draft.folded.find("than", s, e) < 0:
        return None  # a comparison is made with "than" (its lookahead): none in the sentence, none to find
    for m in _RANK_COMPARATIVE.finditer(text, s, e):
        if not _THAN_OTHERS.match(text, m.end(), e):
            continue
        lead = text[max(s, m.start() - 80):m.start()]
        if not _RANK_SUBJECT.search(lead):
            continue
        cmp_word = m.group("cmp").lower()
        if _effort(text, m.start(), m.start("rest"), cmp_word.split()[-1], s):
            continue  # "worked harder than anyone", "stayed later than the rest of the crew"
        degree = cmp_word.split()[0] if " " in cmp_word else ""
        valence = _scale_valence(rules, cmp_word.split()[-1])
        if degree == "less":
            valence = -valence
        if valence < 0:
            return m
        direction = _amount_direction(cmp_word.split()[-1]) * (-1 if degree == "less" else 1)
        if valence == 0 and direction:
            good = _measure_direction(rules, lead + " " + m.group("rest") + (" time" if _TAKES.search(lead) else ""))
            if good and direction != good:
                return m
    return None


def _problem_measure_at_best(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    """A measure of failure or cost ranked at its good end: "Your error rate is the lowest in the warehouse"
    (the problem word names the measure, not a fault)."""
    text = draft.text
    for m in draft.matches(rules, _RANK, s, e):
        lead = text[max(s, m.start() - 80):m.start()]
        if _amount_direction(m.group("rank")) < 0 and _RANK_SUBJECT.search(lead) and _RANK_LINK.search(lead) \
                and _lower_is_better(rules, text[max(s, m.start() - 60):m.start()]):
            return m
    return None


def _worsened_measure(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    """A measure of the person's work told as changing in its bad direction, with a number: "Your first-call
    resolution dropped from 74% to 58%", "His average handle time went up from 6 to 11 minutes"."""
    text = draft.text
    for m in draft.matches(rules, _CHANGE, s, e):
        owner = _MEASURE_OWNER.search(text, max(s, m.start() - 80), m.start())
        if owner is None:
            continue
        if not (has_number(text[s:e]) or _MULTIPLIED.search(text, s, e)):
            continue
        good = _measure_direction(rules, owner.group("measure"), text[m.end():e])
        if good and (m.group("up") is not None) == (good < 0):
            closed = _GAP_CLOSED.search(text, m.end(), e)
            if closed is None or _TURN_BEFORE_GAP.search(text, m.end(), closed.start()):
                return m  # a measure known better high moving down, or a better-low one moving up
    return None


def _told_criticism(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    return _bad_rank(draft, rules, s, e) or _worsened_measure(draft, rules, s, e)


# A turn from praise to criticism: a contrast word opening the sentence ("However, ...", "But ...")
# or set off after its first phrase ("The summary, though, arrived ...", "On site, though, you ...").
_CONTRAST = precompiled(r"[\s\"“(]{0,3}(?:[^,.;:!?]{1,40},\s{0,3}(?:though|however|on\s{1,3}the\s{1,3}other\s{1,3}hand),|"
                       r"(?:however|though|unfortunately|that\s{1,3}said|on\s{1,3}the\s{1,3}other\s{1,3}hand|but|yet|sadly|"
                       r"regrettably|where\s{1,3}(?:you|he|she|they)\s{1,3}(?:fell|fall)\s{1,3}short)\b(?!\s{1,3}(?:also|overall|still)\b))",
                       re.IGNORECASE)
_SCOPE_WORDS = 5
# Verbs that surface or deal with a problem: negated, the problem stays ("did not report the delays").
_UNREPORTED = precompiled(r"\s{1,3}(?:\w{2,20}ly\s{1,3}|even\s{1,3}|once\s{1,3})?(?:report|mention|flag|tell\s{1,3}(?:us|me|anyone)\s{1,3}about|"
                         r"escalate|raise|disclose|log|record|communicate|fix|correct|address|resolve|solve|follow\s{1,3}up\s{1,3}on|"
                         r"acknowledge|own\s{1,3}up\s{1,3}to|explain)\b", re.IGNORECASE)
_SCOPE_BREAK = precompiled(r"[,;:—–()]|\s-\s|\b(?:and|or|but|so|because|which|while|though|although|when)\b", re.IGNORECASE)
_CORRECTIVE = precompiled(r"next time|going forward|moving forward|from now on|in (?:the )?future|please (?:stop|don|do not|make sure|remember)|"
                         # a request to do it earlier or otherwise looks back at how it was done
                         r"\b(?:can|could)\s{1,3}(?:we|you)\b[^.!?]{0,60}?\b(?:earlier|sooner|instead|shorter|on\s{1,3}time)\b",
                         re.IGNORECASE)
# A step that asks for it earlier, sooner or instead looks back at how it was done: a change, also after praise.
_LOOKS_BACK = precompiled(r"\b(?:should|could|can|please|needs?\s{1,3}to|would\s{1,3}like|(?:I['’]d|I\s{1,3}would)\s{1,3}like)\b"
                         r"[^.!?]{0,60}?\b(?:earlier|sooner|instead|on\s{1,3}time)\b", re.IGNORECASE)
# A praise word in a hypothetical ("That would be great", "it could be really helpful") is politeness, not praise.
_HYPOTHETICAL = precompiled(r"\b(?:would|could|might)\s{1,3}(?:also\s{1,3}|really\s{1,3}|be\s{1,3}so\s{1,3})?(?:be|love|appreciate)\b[^.!?]{0,20}\Z",
                           re.IGNORECASE)
_IMPERATIVE_NEGATION = precompiled(r"\s{0,3}(?:please\s{1,3})?(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?!you\b|we\b|I\b)"
                                  # "Never late.", "Never absent": review form about the person, no prohibition
                                  r"(?!(?:late|absent|tardy|rude|unprepared|careless|sloppy|behind|unavailable|unreachable|"
                                  r"off\s{1,3}sick|short|impatient)\b)[a-z]{2,20}", re.IGNORECASE)
_OTHER_PEOPLE = wordset(
    """customer customers client clients patient patients caller callers visitor visitors guest guests user users
    buyer buyers shopper shoppers vendor vendors supplier suppliers parent parents student students resident
    residents member members stakeholder stakeholders colleague colleagues coworker coworkers teammate teammates
    manager managers director directors auditor auditors regulator board panel audience team teams crew shift
    department office store unit ward company business"""
)
_THIRD_PERSON = frozenset(["he", "she", "they", "him", "her", "them"])


_PROBLEM_NOUN = precompiled(r"(?:complaints?|problems?|issues?|errors?|mistakes?|bugs?|concerns?|defects?|incidents?|delays)",
                           re.IGNORECASE)
_OWNED_BEFORE = precompiled(r"\b(?:your|his|her|their|too\s{1,3}many|many|several|a\s{1,3}lot\s{1,3}of|lots\s{1,3}of|some|more|"
                           r"repeated|frequent|numerous|multiple|constant|\d{1,4}|two|three|four|five|made|make|makes|making|"
                           r"caused|causing|introduced|of\s{1,3}your|any)\b(?:\s{1,3}[\w'’-]{1,30}){0,2}\s{1,3}\Z", re.IGNORECASE)
_FEW_BEFORE = precompiled(r"\b(?:(?:only|just|merely)\s{1,3}a\s{1,3}few|(?<![Aa]\s)(?:very\s{1,3})?few|hardly\s{1,3}any|(?:almost\s{1,3}|next\s{1,3}to\s{1,3}|virtually\s{1,3})?no|"
                         r"minimal|zero)\s{1,3}(?:[\w-]{1,20}\s{1,3})?\Z", re.IGNORECASE)
# A count kept small by "only", "just", "no more than" before the problem ("with only two returns for wrong items").
_ONLY_COUNT_BEFORE = precompiled(r"\b(?:only|just|no\s{1,3}more\s{1,3}than|fewer\s{1,3}than|at\s{1,3}most)\s{1,3}"
                                r"(?:\d{1,4}|one|two|three|four|five|six|a\s{1,3}(?:single|handful\s{1,3}of|couple\s{1,3}of))"
                                r"(?:\s{1,3}[\w-]{1,30}){0,3}\s{1,3}\Z", re.IGNORECASE)
_YOUR_BEFORE = precompiled(r"\b(?:your|his|her|you)\b", re.IGNORECASE)
# To a draft that speaks to 'you', a problem noun that is someone else's ("their concerns", "his complaint").
_HEAD_AFTER = precompiled(r"\s{1,3}(?!(?:and|or|but|so|then|to|as|for|with|in|on|at|by|of|that|which)\b)[a-z][a-z-]{2,30}\b")
_OTHERS_OWN = precompiled(r"\b(?:their|his|her|the\s{1,3}(?:customer|client|patient|caller|guest)['’]s?)\s{1,3}"
                         r"(?:[\w'’-]{1,30}\s{1,3})?\Z", re.IGNORECASE)
# Praise past saying: a negated ability with 'enough' or a comparative of feeling after it.
_TOO_GOOD_TO = precompiled(r"\btoo\s{1,3}(?P<quality>[a-z]{3,20})\s{1,3}to\s{1,3}\Z", re.IGNORECASE)
_GRATEFUL_HYPERBOLE = precompiled(
    r"(?:can['’]?t|cannot|can\s{1,3}not|couldn['’]?t|could\s{1,3}not)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,5}?"
    r"(?:enough|happier|prouder|more\s{1,3}(?:pleased|grateful|impressed|proud|thankful|delighted)|"
    r"ask\s{1,3}for\s{1,3}(?:more|better|a\s{1,3}better))\b"
    # "I couldn't have done it without you", "we couldn't do it without you": the person made it possible
    r"|(?:couldn['’]?t|could\s{1,3}not|wouldn['’]?t|would\s{1,3}not)\s{1,3}(?:have\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,6}?"
    r"without\s{1,3}(?:you|your|him|her|them|their)\b", re.IGNORECASE)
# A prohibition said to the person: "you" and a deontic modal, negated, before an act ("You cannot wear that
# outfit to the meeting", "you must not share the login"); not consolation or praise past saying ("you can't
# imagine", "you can't go wrong", "you shouldn't have to").
_PROHIBITED_LEAD = precompiled(r"(?:^|[\s\"“(,;:])you\s{1,3}(?:(?:really|just|simply|absolutely)\s{1,3})?"
                              r"(?:(?:must|should|can|may)\s{1,3})?\Z", re.IGNORECASE)
_PROHIBITING = frozenset(["cannot", "can't", "not"])
_PROHIBITED_ACT = precompiled(r"\s{1,3}(?:(?:ever|just|really|simply)\s{1,3})?(?!(?:have|had|go|miss|imagine|believe|know|"
                             r"thank|tell|expect|please|do\s{1,3}(?:everything|it\s{1,3}all)|be\s{1,3}(?:everywhere|"
                             r"expected|blamed|faulted))\b)[a-z]{2,20}\b", re.IGNORECASE)


def _prohibits(text: str, negator: re.Match[str], scope: int, sentence_start: int) -> bool:
    """The negator opens a prohibition said to the person (see above)."""
    return (negator.group().lower().replace("’", "'") in _PROHIBITING
            and _PROHIBITED_LEAD.search(text, _clause_start(text, negator.start(), sentence_start), negator.start())
            is not None and _PROHIBITED_ACT.match(text, negator.end(), scope) is not None)


# An offer put as a negated verb of reluctance: "Don't hesitate to ask", "never be afraid to call me".
_INVITATION = precompiled(r"\s{0,3}(?:please\s{1,3})?(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:ever\s{1,3})?(?:hesitate|worry|think\s{1,3}twice|"
                         r"be\s{1,3}(?:afraid|shy))\b", re.IGNORECASE)
# Reluctance denied is readiness: "doesn't hesitate to ask", "never flinched", "didn't give up", "never let us down".
_READINESS = precompiled(r"\s{1,3}(?:(?:ever|once|really|even)\s{1,3})?(?:hesitat\w{0,3}|falter\w{0,3}|flinch\w{0,3}|waver\w{0,3}|"
                        r"panick?\w{0,3}|(?:g[ia]ve|gives|giving)\s{1,3}up(?!\s{1,3}(?:the|a|an|his|her|their|its|my|our|your|this|that)\b)|let\s{1,3}(?:us|me|them|anyone|the\s{1,3}team)\s{1,3}down)\b",
                        re.IGNORECASE)
# Praise by understatement (litotes): a negation that denies an excess ("Nothing was too much trouble", "never too
# busy to help", "no request was too small for her") or that denies anything better ("handovers had never been
# clearer", "it couldn't have gone better"): readiness or best-ever work. An excess that is praise denied ("not too
# helpful") and a comparison kept ("no better than last year", "not any clearer than before") stay criticism.
_LITOTES = precompiled(
    r"\s{1,3}(?:(?:ever|once|really|been|be|is|are|was|were|seemed|seems|felt|looked|has|have|had|gone|go|went|"
    r"[a-z]{3,20}ly)\s{1,3}){0,4}?"
    r"(?:too\s{1,3}(?P<excess>[a-z]{3,20})|(?P<comparative>better|(?!(?:n?ever|over|under|after|other|either|neither|whether|rather|together|however)\b)"
    r"[a-z]{3,20}er|more\s{1,3}[a-z]{3,20}))\b"
    r"(?!\s{1,3}than\b(?!\s{1,3}(?:ever|now)\b))", re.IGNORECASE)


_CONDITION_LINKS = wordset("if unless whether")


_NO_BETTER = precompiled(r"\b(?:no|not\s{1,3}any|hardly\s{1,3}any|none\s{1,3}the)\s{1,3}(?P<comparative>better|[a-z]{3,20}er)\b"
                        r"(?!\s{1,3}(?:way|place|person|time|example|choice|than\s{1,3}(?:ever|now))\b)", re.IGNORECASE)


def _praised_comparative(rules: FeedbackRules, word: str) -> bool:
    """A comparative of a praise word or a positively rated one: "better", "clearer", "happier"."""
    word = word.lower()
    if word == "better":
        return True
    rated = lexicon()
    return any(rated.get(stem, 0.0) > 0 or rules.praise.fullmatch(stem) is not None
               for stem in (word[:-2], word[:-1], word[:-3] + "y"))


def _no_better(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> bool:
    """An improvement denied of the person or their work ("Carlos's form was no better", "your notes are not any
    clearer"): criticism against the baseline before it."""
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _NO_BETTER, s, e):
        c = draft.clause_at(sentence, m.start())
        if c is not None and _praised_comparative(rules, m.group("comparative")) and (
                person.is_subject(c.subject_words) or (c.subject_words and c.subject_words[0] in _YOU_WORDS | _HIM_OR_HER)):
            return True
    return False


# Comparison with a standard (round 21): the person's work or measure placed under a standard, a target or the
# people it is measured against, or said to have had room to be better. Review language puts much of its criticism
# this way, politely: "is below the expected level for this role", "fell short of the call-quality standard",
# "not yet at the level we expect", "were not met", "are slower than the rest of the team", "71 against a target
# of 85", "It could have been stronger in the cost section".
_STANDARD = (r"(?:level|levels|standard|standards|target|targets|goal|goals|expectations?|bar|norm|benchmark|average|"
             r"quota|plan|mark|requirements?|par|threshold|minimum|baseline)")
_BELOW_STANDARD = precompiled(
    r"\b(?:(?:below|beneath|under|short\s{1,3}of|shy\s{1,3}of)\s{1,3}(?:(?:the|our|their|his|her|your|its|a|an|what|"
    r"this|that)\s{1,3})?(?:[\w'’-]{2,30}\s{1,3}){0,3}?" + _STANDARD + r"\b"
    r"|f(?:a|e)ll(?:s|ing|en)?\s{1,3}short\b"
    r"|not\s{1,3}(?:yet\s{1,3}|quite\s{1,3}|always\s{1,3}|fully\s{1,3})?(?:at|up\s{1,3}to)\s{1,3}(?:(?:the|our|their|his|"
    r"her|your|a|an)\s{1,3})?(?:[\w'’-]{2,30}\s{1,3}){0,2}?(?:level|standard|par|mark|expectations?|speed|scratch)\b"
    r"|(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:not|never)\s{1,3}(?:always\s{1,3}|"
    r"yet\s{1,3}|fully\s{1,3})?met\b|(?:wasn|weren|isn|aren|hasn|haven|hadn)['’]t\s{1,3}(?:been\s{1,3})?(?:always\s{1,3}|"
    r"yet\s{1,3}|fully\s{1,3})?met\b"
    r"|(?P<comparative>slower|later|worse|weaker|poorer|lower|fewer|less\s{1,3}[a-z]{3,20})\s{1,3}than\s{1,3}"
    r"(?:(?:the|his|her|their|your|our|its|any|every|most|all)\s{1,3})?(?:(?:other|rest|of|the|team['’]s|"
    r"[a-z]{3,20}['’]s)\s{1,3}){0,3}(?:rest|team|teams|peers?|colleagues|others|everyone|anyone|target|average|norm|"
    r"expected|planned|agreed|required|standard|usual|last\s{1,3}(?:year|quarter|month|week)|before|most|promised|"
    r"forecast|budgeted|group|department|site|branch|store|shift)\b"
    r"|(?P<measured>\d[\d.,]{0,15})\s{0,2}%?\s{1,3}(?:against|vs\.?|versus|compared\s{1,3}(?:with|to))\s{1,3}(?:(?:a|an|the|our|"
    r"his|her|their|your)\s{1,3})?(?:[\w-]{2,20}\s{1,3})?" + _STANDARD + r"\s{1,3}of\s{1,3}(?P<wanted>\d[\d.,]{0,15}))",
    re.IGNORECASE)
# Measures where less is better ("kept returns below target", "costs were lower than budgeted", "fewer errors than
# the rest of the team"): under the standard there is praise.
_LESS_IS_BETTER = precompiled(
    r"\b(?:costs?|spend\w{0,3}|expenses?|budget\w{0,3}|prices?|overtime|turnover|churn|attrition|downtime|waste|"
    r"returns|absences?|sick|wait\w{0,3}|risks?|debt|variance|scrap|shrinkage|accidents?|injur\w{1,3}|"
    r"hours?|days?|times?|minutes?|weeks?|turnaround|defects?|emissions?|energy|fuel|water|power|paper|noise|"
    r"consumption|footprint|kept|keep\w{0,3}|held|hold\w{0,3}|brought|bring\w{0,3}|cut|reduc\w{1,4}|"
    r"drove|driv\w{1,3}|pushed|got|stay\w{0,3}|remain\w{0,3})\b", re.IGNORECASE)
# "could have been stronger", "might have been more thorough": a better result that was there to be had
_COULD_HAVE_BEEN = precompiled(
    r"\b(?:could|might|should)\s{1,3}have\s{1,3}(?:been|gone|come\s{1,3}across)\s{1,3}(?:(?:a\s{1,3}(?:bit|little|lot)|"
    r"much|far|somewhat|slightly|even|rather)\s{1,3})?(?:(?P<more>more)\s{1,3}(?P<base>[a-z-]{3,20})|"
    r"(?P<comparative>[a-z]{3,20}er))\b", re.IGNORECASE)


def _below_standard(rules: FeedbackRules, draft: _Draft, sentence: int) -> re.Match[str] | None:
    """A clause that places the person's work or measure under a standard (see above), or None. Not when the
    measure is one where less is better, nor in a clause about someone else or a setting the person met."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _BELOW_STANDARD, s, e):
        lo = _clause_start(text, m.start(), s)
        if m.group("measured") is not None:
            try:
                measured = float(m.group("measured").replace(",", ""))
                wanted = float(m.group("wanted").replace(",", "").rstrip("."))
            except ValueError:
                continue
            if measured >= wanted:
                continue
        below = m.group("comparative") is None or m.group("comparative").lower().startswith(("lower", "fewer", "less"))
        if below and m.group("comparative") is None and not m.group().lower().startswith(("below", "beneath", "under",
                                                                                           "short", "shy")):
            below = m.group("measured") is not None  # "fell short", "not yet at the level", "were not met": no measure
        if below and (_LESS_IS_BETTER.search(text, lo, m.end()) or rules.problem_words.search(text, lo, m.end())):
            continue  # "kept returns below target", "fewer errors than the team": less of a bad thing
        if _NEGATED_BEFORE.search(text, lo, m.start()) and not re.match(r"not\b", m.group(), re.IGNORECASE) \
                and "met" not in m.group().lower().split():
            continue  # "never fell short", "no slower than the others": the shortfall denied
        if _about_someone_else(draft, m.start(), s):
            continue
        if m.group("comparative") is not None and _effort(text, m.start("comparative"), m.end("comparative"),
                                                          m.group("comparative"), s):
            continue  # "stayed later than the rest of the crew": more effort given than the others
        return m
    for m in draft.matches(rules, _COULD_HAVE_BEEN, s, e):
        word = m.group("base") or m.group("comparative")
        if m.group("more"):
            if rules.problem_words.fullmatch(word) or lexicon().get(word.lower(), 0.0) < 0:
                continue  # "could have been more costly"
        elif not _praised_comparative(rules, word) and word.lower() not in _PLAIN_QUALITIES:
            continue  # "could have been worse", "could have been over": no better result
        if _NEGATED_BEFORE.search(text, _clause_start(text, m.start(), s), m.start()) or _about_someone_else(draft, m.start(), s):
            continue
        return m
    return None


# Comparatives of qualities of work that the rating lexicon leaves unrated ("tighter", "quicker", "shorter").
_PLAIN_QUALITIES = wordset("tighter quicker faster shorter simpler smoother sharper crisper neater tidier cleaner "
                           "earlier sooner fuller richer deeper broader firmer safer steadier")


# A request that implies a gap (round 21): a hedged conditional whose content corrects how the work is done ("It
# would help if she checked the totals before sending the quotes", "It would be better if your pull requests were
# smaller", "It would make a big difference if she answered within three rings"), a reduction wished for ("I'd like
# to see fewer last-minute changes"), or the team's need of the person's work ("We need your timesheets to be
# submitted by Friday"). A conditional that passes praised work on or takes up an offer ("It would be great if she
# could share her checklist", "It would help the new hires if she mentored one of them") names no correction.
_HEDGED_IF = precompiled(
    r"\b(?:it|that|this|things)\s{1,3}(?:would|['’]d|could|will)\s{1,3}(?:(?:really|also|certainly|definitely|"
    r"probably|greatly)\s{1,3})?(?:help(?:\s{1,3}(?!if\b)[\w'’-]{1,20}){0,4}?|be\s{1,3}(?:(?:much|a\s{1,3}lot|far|even)\s{1,3})?"
    r"(?:better|easier|more\s{1,3}[a-z]{3,20}|helpful|useful)(?:\s{1,3}(?!if\b)[\w'’-]{1,20}){0,3}?|"
    r"make\s{1,3}(?:a|an|all\s{1,3}the)\s{1,3}(?:[a-z]{2,10}\s{1,3})?difference(?:\s{1,3}(?!if\b)[\w'’-]{1,20}){0,3}?)"
    r"(?:\s{1,3}a\s{1,3}lot)?\s{1,3}if\s{1,3}(?P<rest>[^.!?;]{3,160})", re.IGNORECASE)
_FEWER_WISHED = precompiled(
    r"\b(?:(?:I|we)['’]d|(?:I|we)\s{1,3}would|(?:I|we)\s{1,3}(?:want|need|expect))\s{1,3}(?:(?:really|also)\s{1,3})?"
    r"(?:like|love|want|need|expect|hope)?\s{0,3}to\s{1,3}see\s{1,3}(?:far\s{1,3}|a\s{1,3}lot\s{1,3}|much\s{1,3})?(?:fewer|less)\b",
    re.IGNORECASE)
_WE_NEED_WORK = precompiled(
    r"\bwe\s{1,3}(?:really\s{1,3}|also\s{1,3}|still\s{1,3})?need\s{1,3}(?:your|his|her|their|the)\s{1,3}"
    r"(?P<work>(?:[\w-]{2,30}\s{1,3}){0,3}?[\w-]{2,30})\s{1,3}to\s{1,3}(?:be\s{1,3})?[a-z]{3,20}", re.IGNORECASE)
# In the conditional's content: a correction, a comparative, a limit in time or a count of what is allowed
_CORRECTING = precompiled(
    r"\b(?:earlier|sooner|instead|on\s{1,3}time|first|before|check(?:ed|s)?|double-check\w{0,3}|remember\w{0,3}|"
    r"stopp?\w{0,3}|avoid\w{0,3}|careful\w{0,2}|fewer|less|shorter|smaller|more\s{1,3}(?:often|carefully|closely|"
    r"regularly|clearly|quickly)|the\s{1,3}same\s{1,3}day|(?:by|within|until)\s{1,3}(?:\d|" + "|".join((*WEEKDAYS, *MONTHS)) +
    r"|noon|midday|the\s{1,3}end|end\s{1,3}of|one|two|three|four|five|a\s{1,3}(?:day|week|few))|right\s{1,3}away|"
    r"straight\s{1,3}away|promptly|immediately|always|every\s{1,3}time)\b", re.IGNORECASE)


def _gap_request(rules: FeedbackRules, draft: _Draft, sentence: int) -> re.Match[str] | None:
    """The request in sentence number ``sentence`` that implies the present work falls short (see above), or None
    (found once per sentence: the step and the criticism of a sentence both ask)."""
    key = ("gap_request", sentence)
    if key not in draft.memo:
        draft.memo[key] = _find_gap_request(rules, draft, sentence)
    return draft.memo[key]  # type: ignore[no-any-return]


def _find_gap_request(rules: FeedbackRules, draft: _Draft, sentence: int) -> re.Match[str] | None:
    text = draft.text
    s, e = draft.sentences[sentence]
    m = draft.search(rules, _HEDGED_IF, s, e)
    if m is not None and _CORRECTING.search(text, m.start("rest"), m.end("rest")) is not None \
            and not _OPPORTUNITY.search(text, m.start("rest"), m.end("rest")):
        return m
    m = draft.search(rules, _FEWER_WISHED, s, e)
    if m is not None:
        return m
    m = draft.search(rules, _WE_NEED_WORK, s, e)
    if m is not None and not any(w.lower() in PERSON_NOUNS or w.lower().rstrip("s") in PERSON_NOUNS
                                 for w in m.group("work").split()):
        return m
    return None


_NEEDS_OBJECT = precompiled(
    r"\b(?:needs?|needed|requires?|required)\s{1,3}(?:(?:a\s{1,3}lot\s{1,3}of|lots\s{1,3}of|constant|frequent|regular|"
    r"daily|close|several|many|more|some|extra|too\s{1,3}(?:much|many))\s{1,3})?(?P<object>[a-z-]{3,20})\b", re.IGNORECASE)


def _needs_prompting(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> bool:
    """The person, not negated, needs what the problem lexicon lists as the sign of a shortfall ("You still need
    reminders to include sources", "he needs constant supervision"): the mirror of "rarely needs reminders",
    which the negation reading counts as praise."""
    s, e = draft.sentences[sentence]
    text = draft.text
    for m in draft.matches(rules, _NEEDS_OBJECT, s, e):
        if rules.problem_words.fullmatch(m.group("object")) is None:
            continue
        c = draft.clause_at(sentence, m.start())
        if c is None or not person.is_subject(c.subject_words) or any(
                w in NEGATORS or "n't" in w for w in c.verb_words) or _NEGATED_BEFORE.search(text, c.start, m.start()):
            continue
        return True
    return False


# Criticism without a negative word (round 21, third pass). Three forms carry no problem word yet fault the
# person's act: an excess or shortfall quantifier on it ("You had far too many slides", "spent too much time on
# the intro", "sent it far too late"); an act harmful in itself done by the person to a person ("belittled the new
# analyst in front of the team", "undermined his manager"), where the verb is rated at -1 or below by VADER or is a
# verb of social harm (the polarity lexicon's harm_verbs), never one of duty ("warned the customer"); and a
# cooperative act the person refuses ("won't share his notes", "refuses to attend the reviews"). A denied excess
# ("never too busy to help") is litotes; an act on a thing ("criticised the plan's costings", "dismissed the false
# alarm") or on a problem ("refused to sign off the unsafe design") judges the thing, not a person.
_EXCESS = precompiled(
    r"\b(?:(?:far|way|much|a\s{1,3}(?:bit|little|lot)|slightly|rather|just|simply|all)\s{1,3})?too\s{1,3}"
    r"(?:much|many|few|little|long|late|early|soon|often|slowly|fast|quickly)\b"
    r"(?!\s{1,3}to\s{1,3}(?:ask|list|count|mention|name|number|thank)\b)", re.IGNORECASE)
_REFUSED = precompiled(
    r"\b(?:won['’]t|wouldn['’]t|will\s{1,3}not|would\s{1,3}not|refus(?:e|es|ed|ing)\s{1,3}to|declin(?:e|es|ed|ing)\s{1,3}to)"
    r"\s{1,3}(?:(?:even|ever|always|really|just)\s{1,3})?(?P<verb>[a-z]{2,20})\b", re.IGNORECASE)
# "handled far too many calls for one person, and still kept every customer happy": a load borne, not a fault
_BORNE = precompiled(r"\b(?:and|but|yet)\s{1,3}(?:(?:he|she|you|they|(?-i:[A-Z][a-z]{1,30}))\s{1,3})?(?:still|nevertheless|"
                    r"somehow|managed)\b", re.IGNORECASE)
_HARM_PARTICLES = wordset("at to down over off out on about behind")
_PEOPLE = PERSON_NOUNS | wordset("""customer client caller patient student temp junior peer team newcomer people guest
    visitor resident child parent volunteer starter hire recruit apprentice subordinate tester operator driver cashier
    clerk teacher pupil doctor executive salesperson supplier graduate worker cleaner chef cook waiter server
    receptionist accountant programmer writer editor reviewer auditor inspector presenter speaker panellist""")
_VOICE_NOUNS = wordset("""proposal proposals idea ideas concern concerns suggestion suggestions question questions
    input feedback view views opinion opinions contribution contributions comment comments point points request
    requests edits complaint complaints work efforts presentation""")
_FAIR_MANNER = wordset("constructively tactfully politely gently respectfully fairly kindly privately diplomatically")
_REFLEXIVES = wordset("himself herself themselves yourself myself ourselves")
_DOWN_VERBS = _inflected("talk speak look")  # talked, spoke, looking ...
_DOWN_TO = precompiled(r"\s{1,3}down\s{1,3}(?:to|on)\b", re.IGNORECASE)


def _persons_clause(draft: _Draft, c: Clause | None, person: _Person, start: int, refusal: bool = False) -> bool:
    """Clause ``c`` tells what the person did or does (their own subject or their work's), not a supposed case; a
    ``refusal`` ("won't share") is told with a modal."""
    if c is None or c.link in _CONDITION_LINKS:
        return False
    if not c.subject_words and not c.verbs:  # unparsed: "Your status reports include ..." opens with the owner
        lead = draft.span_words(c.start, start)[:1]
        return bool(lead) and lead[0] in (("your",) if person.second else ("his", "her", "their"))
    if not c.subject_words or c.tense not in ("past", "perfect", "present", *(("modal",) if refusal else ())):
        return False
    words = c.subject_words
    if _about_person(c, person) or person.is_subject(words) or words[0] in (_YOU_WORDS if person.second else _HIM_OR_HER):
        return True
    if words[0] == "there":  # "There were too few test cases in your pull request"
        owners = _YOU_WORDS if person.second else _HIM_OR_HER | ({person.name + "'s"} if person.name else set())
        return any(w in owners for w in draft.span_words(start, c.end))
    return False


def _harmed_person(draft: _Draft, start: int, end: int) -> bool:
    """The words from ``start`` (after a verb) to ``end`` open with a person as its object: a pronoun, a name, a
    person noun ("the new analyst", "her colleagues") or what a person said or offered ("Pia's proposal")."""
    toks = draft.span_tokens(start, end)
    words = draft.span_words(start, end)
    k = 0
    while k < len(words) and k < 2 and words[k] in _HARM_PARTICLES:
        k += 1
    if k >= len(words) or words[k] in _REFLEXIVES:
        return False
    w = words[k]
    if w in _PERSON_OBJECTS or (w == "her" and (k + 1 == len(words) or words[k + 1] in FUNCTION_WORDS
                                                or words[k + 1] in PREPOSITIONS)):
        return True
    owned = w in ("his", "her", "their", "your", "my", "our") or (
        toks[k].text[:1].isupper() and w.endswith(("'s", "’s")) and names_lexicon().may_be_name(toks[k].text[:-2]))
    if not owned and toks[k].text[:1].isupper() and names_lexicon().may_be_name(toks[k].text):
        return True  # "mocked Pia in the review"
    if not owned and w not in DETERMINERS and not numbers(w):
        return False
    for j in range(k + 1, min(len(words), k + 4)):
        noun = words[j].removesuffix("'s")
        if noun in _PEOPLE or (noun.endswith("s") and noun[:-1] in _PEOPLE) or (owned and noun in _VOICE_NOUNS):
            return True
        if noun in FUNCTION_WORDS or noun in PREPOSITIONS:
            return False
    return False


def _unwelcome_act(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> tuple[int, int] | None:
    """The span of an excess, a harm done to a person or a refusal by the person (see above) in the sentence."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _EXCESS, s, e):
        c = draft.clause_at(sentence, m.start())
        if _persons_clause(draft, c, person, m.start()) and not _NEGATED_BEFORE.search(text, c.start, m.start()) \
                and not any(w in NEGATORS or "n't" in w for w in c.verb_words) and not _BORNE.search(text, m.end(), e):
            return m.span()
    rated = lexicon()
    for m in draft.matches(rules, _REFUSED, s, e):
        c = draft.clause_at(sentence, m.start())
        if m.group("verb").lower() in rules.cooperative_verbs and _persons_clause(draft, c, person, m.start(), True) \
                and not rules.problem_words.search(text, m.end(), c.end) and not rules.critical.search(text, m.end(), c.end) \
                and not any(rated.get(w, 0.0) <= -1.0 or w.startswith("un") and rated.get(w[2:], 0.0) >= 1.0
                            for w in draft.span_words(m.end(), c.end)):
            return m.span()  # not "refused to sign off the unsafe scaffold": a bad thing resisted
    for c in draft.parsed[sentence]:
        if not c.verbs or c.tense not in ("past", "perfect", "present"):
            continue
        verb = normalise_quotes(c.verbs[-1].text).lower()
        down = _DOWN_TO.match(text, c.verbs[-1].end) if verb in _DOWN_VERBS else None  # "talked down to the testers"
        if down is None and (verb in rules.duty_verbs or not (verb in rules.harm_verbs or rated.get(verb, 0.0) <= -1.0)):
            continue
        if any(w in NEGATORS or "n't" in w for w in c.verb_words) or _NEGATED_BEFORE.search(text, c.start, c.verbs[-1].start):
            continue
        if not _persons_clause(draft, c, person, c.start) or not _harmed_person(draft, c.verbs[-1].end, c.end):
            continue
        if any(w in _FAIR_MANNER for w in draft.span_words(c.verbs[-1].end, c.end)):
            continue  # "criticised her draft constructively"
        return c.verbs[-1].start, c.end
    return None


def _litotes(rules: FeedbackRules, text: str, negator: re.Match[str], scope: int) -> bool:
    """The negation ``negator`` (scope ending at ``scope``) praises by understatement (see above)."""
    m = _LITOTES.match(text, negator.end(), scope)
    if m is None:
        return False
    rated = lexicon()
    if m.group("excess"):
        word = m.group("excess").lower()
        return rated.get(word, 0.0) <= 0 and rules.praise.fullmatch(word) is None
    if negator.group().lower() == "no":
        return False  # "no better": the same as before
    word = m.group("comparative").lower().split()[-1]
    if " " in m.group("comparative"):
        return rated.get(word, 0.0) > 0 or rules.praise.fullmatch(word) is not None  # "more helpful"
    return _praised_comparative(rules, word)


# A farewell: "Your kindness will be missed", "she'll be sorely missed".
_FAREWELL = precompiled(r"\b(?:will|['’]ll)\s{1,3}be\s{1,3}(?:[a-z]{2,20}ly\s{1,3}|very\s{1,3}much\s{1,3})?\Z", re.IGNORECASE)
_OWNED_AFTER = precompiled(r"\s{1,3}(?:in|with|from|on|about|of)\s{1,3}(?:your|his|her|their|you|him)\b", re.IGNORECASE)


_AVERTED = precompiled(r"\b(?:no|zero|none\s{1,3}of|fewer|without|never|not\s{1,3}(?:a|one|a\s{1,3}single)|prevent\w{0,3}|"
                      r"avoid\w{0,3}|spared)\b", re.IGNORECASE)
_AVERTED_PASSIVE = precompiled(r"\b(?:no|nobody|no\s{1,3}one|none(?:\s{1,3}of\s{1,3}(?:the|our|them|us|their))?|"
                             r"not\s{1,3}(?:a\s{1,3}single|one))(?:\s{1,3}[\w'’-]{2,30})?\s{1,3}(?:(?:was|were|got|had\s{1,3}been|"
                             r"has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:\w{2,20}ly\s{1,3})?|"
                             # "nobody has had to call me about missing stock": the extra effort averted
                             r"(?:has\s{1,3}|have\s{1,3})?(?:had|needed)\s{1,3}to\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,6})\Z", re.IGNORECASE)
_REDUCED_AFTER = precompiled(r"\s{0,3},?\s{0,3}(?:(?:down|lower|fewer|less|reduced)\s{1,3}(?:from|than)|"
                            # "their first-month error rate has halved": the problem shrank
                            r"(?:rates?\s{1,3}|counts?\s{1,3}|numbers?\s{1,3}|levels?\s{1,3})?(?:has\s{1,3}|have\s{1,3}|had\s{1,3})?"
                            r"(?:halved|dropped|fallen|fell|decreased|gone\s{1,3}down|come\s{1,3}down|shrunk|shrank))\b", re.IGNORECASE)

# The problem word modifies the plural head of a subject that shrank: "late deliveries dropped from 30 a week to
# 4", "missed appointments have halved", "wrong picks fell from twelve a day to two": less of a bad thing (a
# conjunction or verb in the head's place starts another clause: "late, and sales dropped" stays criticism).
_REDUCED_HEAD_AFTER = precompiled(r"\s{1,3}(?!(?:and|but|or|so|then|which|that|as|because|when|while|was|were|is|are|"
                                 r"has|have|had|its|his|hers|theirs|this|us|yours)\b)[a-z][\w'’-]{1,30}s\s{1,3}"
                                 r"(?:(?:has|have|had)\s{1,3})?(?:halved|dropped|fallen|fell|decreased|gone\s{1,3}down|"
                                 r"come\s{1,3}down|shrunk|shrank)\b", re.IGNORECASE)


# A problem counted, then set against a larger count ("one refund error between them, compared with eleven for last
# spring's starters"): less of a bad thing than the yardstick, as "down from" says it.
_COMPARED_AFTER = precompiled(r"(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{0,3},?\s{1,3}(?:compared\s{1,3}(?:with|to)|versus|vs\.?|"
                              r"against)\s{1,3}", re.IGNORECASE)


def _fewer_than_compared(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """A count just before the problem word at ``start:end`` is smaller than the count it is compared with."""
    counted = [n for n in numbers(text[max(sentence_start, start - 25):start]) if not n.ordinal]
    marker = _COMPARED_AFTER.match(text, end, min(sentence_end, end + 60))
    if not counted or marker is None:
        return False
    against = [n for n in numbers(text[marker.end():min(sentence_end, marker.end() + 20)]) if not n.ordinal]
    return bool(against) and against[0].start == 0 and counted[-1].value < against[0].value


def _attributed(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """A problem noun counts as criticism when it is the person's: "your errors", "too many errors",
    "complaints about you", "made two mistakes"."""
    return bool(_OWNED_BEFORE.search(text, max(sentence_start, start - 40), start)
                or _OWNED_AFTER.match(text, end, min(sentence_end, end + 30)))


_NOT_JUST = precompiled(r"\s{1,3}(?:just|only|simply|merely)\b", re.IGNORECASE)
_NEXT_TOKEN = precompiled(r"\s{1,3}([A-Za-z'’-]{2,30})")


def _modifies_others(text: str, start: int, end: int, sentence_start: int) -> bool:
    """The problem word ``text[start:end]`` describes the people named right after it ("angry callers",
    "struggling students", "difficult customers"): their state, not the person's fault. A verb with
    the person as subject ("you ignored customers", "Talks over colleagues") is not."""
    m = _NEXT_TOKEN.match(text, end)
    if not m or m.group(1).lower() not in _OTHER_PEOPLE or " " in text[start:end].strip():
        return False
    before = text[sentence_start:start].split()
    if not before:
        return False  # review form, the subject left out
    prev = before[-1].strip(",;:\"'“”‘’()").lower()
    return not (prev in _THIRD_PERSON or prev in ("you", "i", "we") or prev in AUXILIARIES or prev.endswith("ly")
                or before[-1][:1].isupper())


def _benefit_is_persons(text: str, sentence_start: int, pos: int) -> bool:
    """'would/could benefit from' at ``pos`` is the person's need: review form (nothing before it), or
    a personal pronoun or a name right before it ("Sam would benefit from a course")."""
    before = text[sentence_start:pos].split()
    if not before:
        return True
    last = before[-1].strip("\"'“‘(")
    return last.lower() in ("he", "she", "you", "they", "really") or (last[:1].isupper() and len(before) == 1)


def _about_someone_else(draft: _Draft, pos: int, sentence_start: int) -> bool:
    """The clause of ``pos`` is about someone other than the person given feedback: its subject is a
    customer, a colleague or (in a draft that says "you") he, she or a name ("A customer came in
    looking upset", "She left the department feeling frustrated")."""
    start = _clause_start(draft.text, pos, sentence_start)
    subordinate = False
    for sub in _SUBORDINATE.finditer(draft.text, start, pos):
        start, subordinate = sub.end(), True  # "Jo stepped in when the team was struggling": the clause's own subject
    words = draft.text[start:pos].split()[:5]
    if subordinate and words and words[0].lower() == "it":
        return True  # "took over the account after it had two missed deliveries": the setting
    for n, raw in enumerate(words):
        word = raw.strip(",.;:!?\"'“”‘’()").lower()
        if word in ("you", "your", "you're", "you’re", "yours", "i", "we", "my", "our", "it", "this", "that"):
            return False
        if not draft.second_person and word in ("he", "she", "his", "her"):
            return False  # in a draft about him or her, "His emails to clients are rude" is about the person
        if n and word in _THIRD_PERSON and words[n - 1].strip(",;:\"'“”‘’()").lower() in PREPOSITIONS:
            continue  # "listened to her concerns": the object of a preposition, not the clause's subject
        if word in _OTHER_PEOPLE or (draft.second_person and word in _THIRD_PERSON):
            return True
        if (draft.second_person and n == 0 and raw[:1].isupper() and raw[1:2].islower() and word not in STOPWORDS
                and word not in _NOT_NAMES and n + 1 < len(words) and _PAST_OR_PRESENT.fullmatch(words[1].lower())):
            return True  # "Pat asked for the report ...": a name acting as the subject
    return False


# A relative clause opened by "whose" on people the person served ("each member whose payment had failed", "every
# guest whose room had been double-booked"): what it tells is theirs, as a "who" clause's is. The clause splitter
# does not split at "whose", so the relative is found from the problem word back: the served noun, "whose", then
# at most six words with no clause break.
_WHOSE = precompiled(r"\b([a-z]{2,30})\s{1,3}whose\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,6}?\Z", re.IGNORECASE)
_WHOSE_REACH = 80


def _served_whose(draft: _Draft, start: int, pos: int) -> int | None:
    """Where the "whose" relative on served people that ``pos`` lies in begins (see above), or None."""
    m = _WHOSE.search(draft.text, start, pos)
    if m is None or m.group(1).lower() not in _OTHER_PEOPLE and m.group(1).lower().removesuffix("s") not in _SERVED_PEOPLE:
        return None
    return m.start()


def _since_persons_act(draft: _Draft, sentence: int, pos: int) -> bool:
    """The problem at ``pos`` is told in the present or perfect as holding since an act of the person ("the stockroom
    has been chaos since you took over the ordering"): a state of the person's own time in charge, not the scene
    they met, which is told in the past or pluperfect ("had been chaos until you took over", "was a mess when you
    inherited it")."""
    c = draft.clause_at(sentence, pos)
    if c is None or c.tense not in ("present", "perfect") or c.verb_words[:1] in (("had",), ("was",), ("were",)):
        return False
    person = draft.person
    return any(later.link.lower() == "since" and later.start >= c.end and later.tense == "past"
               and (person.is_subject(later.subject_words) or later.subject_words[:1] in (("you",), ("he",), ("she",)))
               for later in draft.parsed[sentence])


def _served_relative(draft: _Draft, sentence: int, pos: int) -> bool:
    """``pos`` lies in a relative clause on people the person served or met ("the 60 donors who had lapsed",
    "a customer who was furious about the charge"): the clause tells their state or doing, not the person's
    (unless it owns the problem for the person: "customers who complained about your tone")."""
    c = draft.clause_at(sentence, pos)
    if c is not None and (whose := _served_whose(draft, max(c.start, pos - _WHOSE_REACH), pos)) is not None:
        return _OWNED_BEFORE.search(draft.text, whose, pos) is None and not _YOU_TOKEN.search(draft.text, whose, pos)
    if c is None or c.link != "who" or c.subject_words[:1] != ("who",):
        return False
    before = draft.text[max(draft.sentences[sentence][0], c.start - 40):c.start].split()
    if not before:
        return False
    head = before[-1].strip(",;:\"'“”‘’()").lower()
    if head not in _OTHER_PEOPLE and head.removesuffix("s") not in _SERVED_PEOPLE:
        return False
    return _OWNED_BEFORE.search(draft.text, c.start, pos) is None and not _YOU_TOKEN.search(draft.text, c.start, c.end)


_SUBORDINATE = precompiled(r"\b(?:when|whenever|while|after|until|since|before|as\s{1,3}soon\s{1,3}as)\b", re.IGNORECASE)
_PAST_OR_PRESENT = precompiled(r"[a-z]{2,30}(?:ed|es|s)|came|went|left|said|told|got|took|had|was|felt|sent|made")
# "Does not always follow the procedure", "Is not ready": review form, the subject left out, an auxiliary first.
_REVIEW_FORM_NOT = precompiled(r"[\s\"“(•*-]{0,3}(?-i:Does|Do|Did|Is|Was|Has|Have|Had)\s{1,3}\Z")
_THING_SUBJECT = precompiled(r"[\s\"“(]{0,3}(?:it|this|that|things|the\s{1,3}(?:task|job|work|week|month|year|quarter|change|move|"
                            r"transition|situation|deadline|timeline|project))(?:['’]s|\s{1,3}(?:was|is|has\s{1,3}been|had\s{1,3}been|"
                            r"will\s{1,3}be|would\s{1,3}be))?\s{0,3}\Z", re.IGNORECASE)
# The person's "has not", "did not": the spelled-out "hasn't", "didn't" ("Zoe has not yet applied the training"); not
# the copula ("it was not easy") nor the writer's or a thing's ("We have not had a jam since").
_AUXILIARY_BEFORE = precompiled(r"(?:\b(?i:you|he|she|they)|(?!(?:We|It|This|That|There|These|Those|Nobody|Everyone)\b)"
                               r"\b[A-Z][a-z]{1,30})\s{1,3}(?:(?i:still|also|just|really|simply|yet)\s{1,3})?"
                               r"(?i:has|have|had|did|does|do)\s{1,3}\Z")
_BARE_NOT = frozenset(["not", "isn't", "aren't", "cannot", "can't", "won't", "isn’t", "aren’t", "can’t", "won’t"])


# A negated quantifier ("Not one parcel ...", "not a single order ...") negates its whole clause, not a few words
# after it (Quirk et al. 1985, ch. 10, negation by a negative determiner: "Not one parcel came back as misdelivered").
_NEGATED_QUANTIFIER = precompiled(r"\s{1,3}(?:one|a\s{1,3}single)\b", re.IGNORECASE)


def _negation_scope(text: str, start: int, end: int) -> int:
    """Where a negation's scope ends: the next clause break, at most a few words on ("didn't update
    the ticket, so we are behind": "behind" is not negated); after a negated quantifier, the clause break."""
    brk = _SCOPE_BREAK.search(text, start, min(end, start + 60))
    limit = brk.start() if brk else min(end, start + 60)
    if _NEGATED_QUANTIFIER.match(text, start, limit):
        return limit
    for words, w in enumerate(re.finditer(r"\S+", text[start:limit]), 1):
        if words == _SCOPE_WORDS:
            return start + w.end()
    return limit


_COORDINATED = precompiled(r"\b(?:and|but|then|yet|or)\s{1,3}(?:\w{2,20}ly\s{1,3}|also\s{1,3}|still\s{1,3})?\Z", re.IGNORECASE)


# Unnamed problems conceded after a verdict ("Mostly good this year, though there were a few problems along the
# way", "solid work, but some issues here and there"): an existential or quantified problem noun after a
# concessive or contrast word is the judged work's, however vaguely it is put.
_CONCEDED_PROBLEMS = precompiled(
    r"\b(?:though|although|but|yet|while|with|even\s{1,3}if)\s{1,3}(?:there\s{1,3}(?:were|was|have\s{1,3}been|has\s{1,3}been|"
    r"had\s{1,3}been|are|is)\s{1,3})?(?:a\s{1,3}few|some|a\s{1,3}couple\s{1,3}of|one\s{1,3}or\s{1,3}two|a\s{1,3}number\s{1,3}of|"
    r"several|the\s{1,3}odd|occasional|a\s{1,3}handful\s{1,3}of)\s{1,3}(?:[\w-]{1,20}\s{1,3})?\Z", re.IGNORECASE)
_CONCESSION = precompiled(r"[\s\"“(]{0,3}(?:aside\s{1,3}from|apart\s{1,3}from|except\s{1,3}for|other\s{1,3}than|barring|"
                         r"beyond|save\s{1,3}for)\s{1,3}(?:a\s{1,3}(?:few|couple\s{1,3}of)|some|one|two|the\s{1,3}occasional|"
                         r"an\s{1,3}occasional|occasional|minor|a\s{1,3}minor|small)\b[^,.;!?]{0,80},", re.IGNORECASE)


def _conceded(text: str, pos: int, sentence_start: int, sentence_end: int, praise: list[re.Match[str]]) -> bool:
    """A minor problem conceded in an opening phrase before praise in the same sentence ("Aside from a
    few typos, the report was excellent"): the sentence praises."""
    # the phrase opens the sentence, or follows a full stop the sentence splitter kept ("Bricks, Inc. Aside from")
    opens = [sentence_start, *(sentence_start + b.end() for b in re.finditer(r"[.!?;]\s{1,3}", text[sentence_start:pos]))]
    for start in opens:
        m = _CONCESSION.match(text, start, sentence_end)
        if m and m.start() <= pos < m.end() and any(p.start() >= m.end() for p in praise):
            return True
    return False


_WRITER_BEFORE = precompiled(r"\b(?:I|we)(?:['’]ve|\s{1,3}have|\s{1,3}had)?\s{1,3}(?:(?:\w{2,20}ly|also|still|even|then|later|"
                            r"soon|again|just|already)\s{1,3})?\Z",
                            re.IGNORECASE)


# A modal verb group right before a remedy verb: the remedy is promised, supposed or asked for ("would be fixed", "will
# sort out", "could have caught"), not done.
_MODAL_BEFORE = precompiled(r"\b(?:would|will|could|should|might|may|must|shall|can|['’]ll|going\s{1,3}to)\s{1,3}"
                            r"(?:not\s{1,3})?(?:(?:be|have|have\s{1,3}been|get)\s{1,3})?\Z", re.IGNORECASE)


# A quality denied of the person or their work by a negated "be" (brief FE, round 28: the valence of the clause, a
# negated good = bad): "Your appraisals of the crew are not fair", "You weren't ready", "His notes are never clear".
# The quality is the first word after the negator, past degree words, that VADER rates above zero; the subject is
# the person ("you", their name, he/she) or their work ("your", "his", "her", "their" ...); a thing ("it was not
# easy") is the task, not the person's; a participle ("Your leave isn't approved yet") tells a process, no quality.
_BE_NEGATIONS = wordset("isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t")
_PAST_DEGREE = wordset("always quite very so that too yet really particularly entirely totally fully exactly all")


def _denied_quality(draft: _Draft, m: re.Match[str], scope: int, sentence_start: int, person: _Person) -> bool:
    text = draft.text
    start = _clause_start(text, m.start(), sentence_start)
    before = draft.span_words(start, m.start())
    negator = m.group().lower()
    if not before or not (negator in _BE_NEGATIONS or (negator in ("not", "never") and before[-1] in BE_FORMS)):
        return False
    subject = before[:-1] if negator in ("not", "never") else before
    if not subject or not (subject[0] in _POSSESSIVE_WORDS or person.is_subject(tuple(subject))
                           or _named(person, subject[0])):
        return False
    rated = lexicon()
    for word in draft.span_words(m.end(), scope)[:4]:
        if word in _PAST_DEGREE or word in BOOSTERS:
            continue
        return rated.get(word, 0.0) > 0 and not is_participle(word)  # "isn't approved yet": a state of a process
    return False


_DISCOVERY_VERBS = wordset("found caught spotted flagged identified noticed discovered detected")
# What ends the stretch of a discovery verb's object or complement: a new clause joined on, or a clause break.
_FOUND_OBJECT_BREAK = wordset("and but so then yet or because while , ; :")
_OWN_WORK_WORDS = wordset("you your yours yourself he his him himself she her hers herself")


def _found_by_person(draft: _Draft, sentence: int, pos: int, person: _Person) -> bool:
    """The problem at ``pos`` is in what the person found: the object or complement of their own discovery verb, in
    one clause stretch ("you noticed the trapdoor bolt was loose", "spotted scoring on a bearing that was not on the
    checklist"). Another party's or the writer's finding ("the client noticed the total was wrong", "I noticed the
    bolt was loose"), the person's own work in what they found ("found the invoice you had sent was missing two line
    items") and a second clause joined on ("noticed it was loose and did not report it") stay as they were."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    words = [(w.group().lower(), s + w.start()) for w in re.finditer(r"[\w'’-]+|[,;:]", text[s:pos])]
    verb = next((k for k in range(len(words) - 1, -1, -1) if words[k][0] in _DISCOVERY_VERBS), None)
    if verb is None:
        return False
    between = [w for w, _ in words[verb + 1:]]
    if len(between) > 14 or any(w in _FOUND_OBJECT_BREAK for w in between):
        return False
    if any(w in _OWN_WORK_WORDS or _named(person, text[at:at + len(w)]) for w, at in words[verb + 1:]):
        return False  # "you found the invoice you had sent was missing two items": a fault in the person's own work
    at = words[verb][1]
    if _WRITER_BEFORE.search(text, max(s, at - 25), at) or _MODAL_BEFORE.search(text, max(s, at - 40), at):
        return False
    return _persons_subject(person, _subject_before(draft, sentence, at))


# "without" before a noun phrase whose head is a problem word ("the only carrier without a cancellation that day",
# "went without a single complaint"): the problem kept away, not a step the person left out ("without a briefing").
_WITHOUT_BEFORE = precompiled(r"\bwithout\s{1,3}(?P<words>(?:[\w'’-]+\s{1,3}){0,5})\Z", re.IGNORECASE)
_WITHOUT_LEAD = wordset("single one")
_COORDINATORS = wordset("or nor and")


def _without_head(words: list[str]) -> tuple[str, bool]:
    """(the head noun, whether a coordinator ends the phrase) of the words after "without" up to the first preposition
    or function word after the noun phrase's first word: "a single breakage or" -> ('breakage', True), "a look behind"
    -> ('look', False)."""
    k = 0
    while k < len(words) and (words[k] in DETERMINERS or words[k] in _WITHOUT_LEAD):
        k += 1
    head, coordinated = "", False
    for word in words[k:]:
        if word in _COORDINATORS:
            coordinated = True
            break
        if word in PREPOSITIONS or word in FUNCTION_WORDS or not word.replace("-", "").isalpha():
            break
        head = word
    return head, coordinated


# "instead of" before the problem, with at most a few function words between ("swapped during the planned stop instead
# of after a failure"): the alternative the act avoided. "instead of fixing the fault" names an act and stays.
_INSTEAD_OF_BEFORE = precompiled(r"\binstead\s{1,3}of\s{1,3}(?:(?:after|before|during|through|by|with|a|an|the|any|one|"
                                 r"single)\s{1,3}){0,3}\Z", re.IGNORECASE)


def _problem_kept_away(rules: FeedbackRules, text: str, m: re.Match[str], start: int, end: int) -> bool:
    """The critical match ``m`` (in the sentence ``start``-``end``) is a problem kept away: "without" before a noun
    phrase headed by a problem word, a problem conjoined in the phrase after "without", or a problem after "instead
    of" (see above)."""
    if _INSTEAD_OF_BEFORE.search(text, max(start, m.start() - 40), m.start()):
        return True
    before = _WITHOUT_BEFORE.search(text, max(start, m.start() - 60), m.start())
    if before is not None and (words := before.group("words").lower().split()) and words[-1] in _COORDINATORS \
            and _without_head(words)[1]:
        return True  # a problem conjoined in the phrase after "without" ("without a single breakage or missing box")
    if not m.group().lower().startswith("without"):
        return False
    words = [w.group().lower() for w in islice(re.finditer(r"[\w'’-]+|[^\w\s]", text[m.start():end]), 1, 8)]
    head, _ = _without_head(words)
    return bool(head) and rules.problem_words.fullmatch(head) is not None


def _remedied(rules: FeedbackRules, text: str, pos: int, sentence_start: int) -> bool:
    """A remedy verb at most six words before a problem word, in its clause: "fixed the broken
    job", "caught three errors", "found 38 cases logged under the wrong code", "no customer was
    charged twice"."""
    last = None
    start = _clause_start(text, pos, sentence_start)
    relative = None
    for found in _OBJECT_RELATIVE.finditer(text, max(sentence_start, pos - 120), pos):
        relative = found
    if relative is not None:
        start = min(start, _clause_start(text, relative.start(), sentence_start))  # the remedy's object owns it
    for found in rules.remedies.finditer(text, start, pos):
        last = found
    if last is None:
        return False
    if _WRITER_BEFORE.search(text, max(0, last.start() - 25), last.start()):
        return False  # "I noticed you interrupted the client": the writer found the problem; nobody remedied it
    if _MODAL_BEFORE.search(text, max(start, last.start() - 40), last.start()):
        return False  # "told the tenant the boiler would be fixed by Friday without checking": a remedy promised, not done
    problem = text[pos:pos + 30].split()[0].lower().strip(",.;:!?\"'”’)") if text[pos:pos + 30].split() else ""
    if _COORDINATED.search(text, last.end(), pos) and (problem.endswith(("ed", "ing")) or problem in ("forgot", "broke")):
        return False  # "handled the intake and struggled with the calls": a second predicate, not the remedy's object
    # a discovery verb takes a longer object ("found 38 cases logged under the wrong code")
    limit = 6 if last.group().lower() in _DISCOVERY_VERBS else 4
    between = text[last.end():pos]
    if _OBJECT_RELATIVE.search(between):
        limit += 10  # "resolved a race condition in the token logic that had been causing login failures": its object
    return len(between.split()) <= limit


# A problem in the object of the person's verb of transferring a message (Levin 1993, 37.1 "transfer of a message":
# explain, relay, show, demonstrate; 37.2 "tell"; 37.7 "say" verbs: announce, report, mention, reveal, convey) is what
# the person told others of: "announced the delay at the gate", "showed the warehouse lead the three missing cartons",
# "told the head chef about the problem". Not when the problem is the person's ("explained your mistake"), when it is
# said of the telling ("announced the cancellation forty minutes late": a predicate after the object, not a noun or a
# modifier in it), nor across a clause break ("reported the fault, and two residents were hurt"), nor as the subject of
# what was said ("told the client the delay was her fault"), nor when the telling is said to be late or lacking ("told the
# supplier about the delay three days after ...", "showed the client the broken prototype without warning her").
_PREDICATE_PROBLEMS = wordset("late slow behind wrong worse worst badly")
# The telling said to be late or lacking, after its object in the clause: its timing or its omission is the point.
_TELLING_FAULT = precompiled(r"\b(?:after|later|late|until|only|without)\b", re.IGNORECASE)
_TELLING_BREAK = wordset("and but so because while although though then yet or which who that")


def _subject_before(draft: _Draft, sentence: int, pos: int) -> tuple[str, ...]:
    """The subject words of the clause at ``pos`` in sentence number ``sentence``, or of the nearest clause with a subject
    before it when the clause has none of its own ("You briefed the gate team, announced the delay")."""
    found: tuple[str, ...] = ()
    for c in draft.parsed[sentence]:
        if c.start > pos:
            break
        if c.subject_words:
            found = c.subject_words
    return found


def _persons_subject(person: _Person, words: tuple[str, ...]) -> bool:
    """``words`` (a subject) are the person: "you", he/she, the person's name or, with no name found, a first name."""
    if not words:
        return False
    head = words[0].removesuffix("'s").removesuffix("’s")
    return person.is_subject(words) or _named(person, words[0]) or (
        not person.second and person.name is None and len(words) == 1 and names_lexicon().may_be_name(head))


def _told_of_problem(draft: _Draft, rules: FeedbackRules, sentence: int, m: re.Match[str], person: _Person) -> bool:
    """The problem word ``m`` is in the object of the person's verb of transferring a message (see above)."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    if m.group().lower() in _PREDICATE_PROBLEMS or not rules.message_verbs:
        return False
    words = [(w.group().lower(), w.start()) for w in re.finditer(r"[\w'’-]+|[,;:]", text[s:m.start()])]
    verb = next((k for k in range(len(words) - 1, -1, -1) if words[k][0] in rules.message_verbs), None)
    if verb is None or not is_past_tense(words[verb][0]) or (verb and words[verb - 1][0] in DETERMINERS):
        return False  # "the grant reports you submitted ... missed the deadline": a noun, not the act of telling
    between = [w for w, _ in words[verb + 1:]]
    if len(between) > 8 or any(w in _TELLING_BREAK or w in ",;:" or w in ("your", "his", "my", "our")
                               or w in PERSONAL_PRONOUNS for w in between):
        return False
    if between and not any(w in DETERMINERS or has_number(w) for w in between[-3:]) \
            and between[-1] not in ("about", "of"):
        return False
    e = draft.sentences[sentence][1]
    after = [w.group().lower() for w in islice(re.finditer(r"[\w'’-]+", text[m.end():e]), 2)]
    if any(w in BE_FORMS or w in HAVE_FORMS or w in MODALS for w in after) or (after and is_past_tense(after[0])):
        return False  # "told the client the delay was her fault": the subject of what was said, not its object
    brk = _CLAUSE_BREAK.search(text, m.end(), e)
    if _TELLING_FAULT.search(text, m.end(), brk.start() if brk else e):
        return False  # "told the supplier about the delay three days after ...", "showed it without warning her"
    at = s + words[verb][1]
    if _MODAL_BEFORE.search(text, max(s, at - 40), at) or _WRITER_BEFORE.search(text, max(s, at - 25), at):
        return False
    return _persons_subject(person, _subject_before(draft, sentence, at))


# The problem as the head of a relative clause whose subject is the person and whose verb remedies it ("the two billing
# complaints you resolved on first contact", "The four delays that Tom cleared", "the issues you raised and resolved"):
# the remedy told after the problem, as _remedied finds it told before. "the complaints you ignored", "the bugs Maya
# introduced" name no remedy and stay the person's faults.
_RELATIVE_AFTER = precompiled(r"\s{1,3}(?:(?:that|which)\s{1,3})?(?P<subject>[A-Za-z][\w'’-]{0,30})\s{1,3}"
                              r"(?:(?:had|has|have|just|quickly|then|also|already)\s{1,3})?"
                              r"(?:[a-z]{2,20}ed\s{1,3}and\s{1,3})?(?=\w)")
_NOT_REMEDY_VERBS = wordset("no zero fewer without despite in free put came stay stayed staying stays work worked works "
                            "working")


def _remedied_in_relative(draft: _Draft, rules: FeedbackRules, sentence: int, m: re.Match[str], person: _Person) -> bool:
    """The problem word ``m`` heads a relative clause of the person's remedy (see above)."""
    text = draft.text
    _, e = draft.sentences[sentence]
    rel = _RELATIVE_AFTER.match(text, m.end(), e)
    if rel is None:
        return False
    subject = rel.group("subject")
    if not _persons_subject(person, (subject.lower(),)) or (subject[:1].isupper() and person.second):
        return False
    remedy = rules.remedies.match(text, rel.end(), e)
    return remedy is not None and remedy.group().split()[0].lower() not in _NOT_REMEDY_VERBS


# A relative clause on the remedy's object, which tells what the remedied problem had been doing, or a free relative
# that is the object ("removed what had been the main cause of the call-outs", "tracked down what was slowing it").
_OBJECT_RELATIVE = precompiled(r"\b(?:that|which|what)\s{1,3}(?:had|has|have|was|were|kept|used\s{1,3}to)\b", re.IGNORECASE)


# Criticism without a cue word: the person's work (or the person) as the subject of a deficiency. The predicate
# is an excess degree ("too brief", "not clear enough", "insufficient"), an incompleteness or lateness state
# ("incomplete", "late", "missing", "still open") or a contrast of two states of one act, the second denied
# ("signed but not done"). Bounded: one copula, a few adverbs, one adjective.
_DEFICIENCY = precompiled(
    r"\b(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)"
    r"\s{1,3}(?:(?:still|again|often|always|usually|far|much|way|a\s{1,3}bit|a\s{1,3}little|simply|just|also)\s{1,3}){0,2}"
    r"(?P<pred>too\s{1,3}(?!(?:much|many|good|well|kind|generous)\b)[a-z]{3,20}\b"
    r"|not\s{1,3}(?:nearly\s{1,3}|quite\s{1,3}|yet\s{1,3})?(?:[a-z]{3,20}\s{1,3}enough\b|enough\b|complete\b|finished\b|done\b|ready\b)"
    r"|not\s{1,3}always\s{1,3}(?!(?:easy|possible|needed|necessary|required|simple|straightforward|obvious|available|"
    r"clear-cut|smooth|fun|pleasant|comfortable)\b)[a-z-]{3,20}\b"
    r"|(?:insufficient|inadequate|incomplete|unfinished|overdue|outstanding|missing|late|unclear|unusable|unreadable)\b"
    r"|open\b|pending\b"
    r"|(?P<done>[a-z]{3,20}ed|done|begun|written|sent|seen)\s{1,3}but\s{1,3}(?:never|not)\s{1,3}(?:yet\s{1,3})?"
    r"(?P<undone>[a-z]{3,20}ed|done|begun|written|sent|seen|finished)\b)",
    re.IGNORECASE)
_JUDGED = precompiled(
    r"\b(?:is|are|was|were|seems?|seemed|looks?|looked|sounds?|sounded|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)"
    r"\s{1,3}(?:(?:still|again|often|always|usually|far|much|way|a\s{1,3}bit|a\s{1,3}little|simply|just|also|very|really|"
    r"quite|rather|pretty|so|too)\s{1,3}){0,2}(?P<pred>[a-z-]{3,20})\b(?!\s{1,3}(?:to|for|of|at|about|by|with)\b)",
    re.IGNORECASE)
_OWNED_SUBJECT = precompiled(r"\b(?i:your|his|her|their)\b|\b[A-Z][a-z]{1,30}['’]s\b")
_AGENT_IN_SUBJECT = precompiled(r"\b(?:(?i:you|he|she|they)|[A-Z][a-z]{1,30})\s{1,3}(?:\w{2,20}ly\s{1,3})?([a-z]{2,20})\b")
_BARE_SUBJECT = precompiled(r"[\s\"“(]{0,3}(?:the|this|that|these|those)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,3}?"
                           r"(?P<head>[a-z-]{3,20})(?:\s{1,3}(?:for|on|in|at|with|to|about)\s{1,3}[^,;:]{1,50}?)?\s{0,3}\Z",
                           re.IGNORECASE)
_OUTSIDE_WORK = precompiled(r"\b(?:from|by|of)\s{1,3}(?:the|our|a|an|their|finance|legal|IT|HR)\b|['’]s\b|"
                           r"\b(?:old|previous|former|legacy|existing|original|other|our|weather|traffic|room|budget)\b",
                           re.IGNORECASE)
_DEFICIENCY_REASON = precompiled(r"\s{0,3},?\s{0,3}(?:\w{2,20}\s{1,3}){0,3}?(?:because|as|since|due\s{1,3}to|until|owing\s{1,3}to)\b",
                                re.IGNORECASE)
_STILL_OPEN = precompiled(r"\b(?:still|remain\w{0,2}|left)\b", re.IGNORECASE)


def _judgements(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> Iterator[re.Match[str]]:
    """The copula predicates of ``text[s:e]`` (as :data:`_DEFICIENCY`'s ``pred``) that judge: ``_DEFICIENCY``'s own,
    then a word of the trait and harsh lexicons or one VADER rates -1 or lower ("This approach is inefficient",
    "Your handover notes were unprofessional"): said of the person's work, a verdict on it."""
    yield from draft.matches(rules, _DEFICIENCY, s, e)
    rated = lexicon()
    for m in draft.matches(rules, _JUDGED, s, e):
        word = m.group("pred").lower()
        if rated.get(word, 0.0) <= -1.0 or rules.problem_words.fullmatch(word) is not None \
                or word in judgement_adjectives():
            yield m


def _deficient(draft: _Draft, sentence: int, person: _Person, quotes: list[tuple[int, int]],
               setting: list[tuple[int, int]], rules: FeedbackRules) -> re.Match[str] | None:
    """A clause that states a deficiency of the person's own work, by structure: its subject is the person's
    work (owned: 'your notes', 'the pack she prepared'; or a bare 'the report' with nothing marking it as
    someone else's or as a circumstance) and its predicate one of :data:`_DEFICIENCY`. Not in quoted speech,
    not in a setting clause, not when the person acts on it later in the sentence ('..., so you rewrote it')."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in _judgements(draft, rules, s, e):
        if _covers(quotes, m.start()) or _covers(setting, m.start()) and not _since_persons_act(draft, sentence, m.start()):
            continue
        pred = m.group("pred").lower()
        if pred.startswith(("open", "pending", "outstanding")) and not _STILL_OPEN.search(text, max(s, m.start() - 12), m.end()):
            continue  # "is open", "are outstanding" alone are a state or praise; "still open" is a task left undone
        if m.re is _DEFICIENCY and m.group("done") and m.group("done").lower() == m.group("undone").lower():
            continue
        lo = _clause_start(text, m.start(), s)
        subject = text[lo:m.start()]
        if not subject.strip() or _PERSON_REF.fullmatch(subject.strip()) or _NAME_BEFORE.fullmatch(subject.strip()):
            continue  # the person as subject of a bare state ("she was late") is left to the lexicons
        if _NEGATED_BEFORE.search(subject):
            continue  # "None of your reports were late": the deficiency denied
        if m.re is _DEFICIENCY and m.group("done") and _DEFICIENCY_REASON.match(text, m.end(), e):
            continue  # "reviewed but not merged because the release froze": held up by something else
        owned = (_OWNED_SUBJECT.search(subject) is not None or any(  # "the pack she prepared"
            is_past_tense(a.group(1)) for a in _AGENT_IN_SUBJECT.finditer(subject, 1))) and not re.search(
            r"\b(?:client|customer|vendor|supplier|patient)['’]s?\s", subject, re.IGNORECASE)
        bare = _BARE_SUBJECT.match(subject)
        if subject.strip(" \"“(").lower() in ("this", "that") and m.re is _JUDGED:
            pass  # "This is inefficient": a verdict on what the draft is about
        elif not owned and (bare is None or _OUTSIDE_WORK.search(subject) or _circumstance(bare.group("head").lower())):
            continue
        c = draft.clause_at(sentence, m.end())
        later = [c2 for c2 in draft.parsed[sentence] if c2.start >= m.end() and (c is None or c2.start > c.start)]
        if any(person.is_subject(c2.subject_words) and not c2.inherited for c2 in later) \
                and not _since_persons_act(draft, sentence, m.start()):
            continue  # "The brief was too vague, but you ...": the problem the person met
        return m
    return None


def _clause_start(text: str, pos: int, sentence_start: int) -> int:
    """The start of the clause ``pos`` lies in (a bounded look back)."""
    lo = max(sentence_start, pos - 60)
    last = None
    for found in _CLAUSE_BREAK.finditer(text, lo, pos):
        last = found
    return last.end() if last else lo


# Criticism by degree or by a stated lack, without a fault word (a bare comparative request, "Work faster.", is a
# degree demand: see _degree_demand):
# - the person said to have a quality to an excess: 'too' before an adjective means more than is wanted, whatever the
#   adjective's own valence (Quirk et al. 1985, 16.76, 'too' + adjective: excess): "You're too quiet in the weekly
#   planning meetings", "Priya is far too cautious"; not the praise idioms of excess ("too kind", "too good to lose");
#   denied ("never too busy to help", "not too proud to ask") it does not match;
# - the person's work (or, in review form, the person, the subject left out) said to need more of something, a lack:
#   "Your proposal needs more evidence", "Needs more detail in the handover notes", "could use more examples"; not more
#   of the same ("We could use more of this"), nor a place's or a team's need ("needs more staff");
_EXCESS_OF_PERSON = precompiled(
    r"(?<![\w'’-])(?:(?i:you|he|she|they)|(?!(?:It|This|That|There|The|We|I|What|Which|Everything|Nothing)\b)[A-Z][a-z]{1,30})"
    r"(?:['’](?:re|s)|\s{1,3}(?:is|are|was|were|seems?|seemed|can\s{1,3}be|could\s{1,3}be|has\s{1,3}been|have\s{1,3}been))"
    r"\s{1,3}(?:(?:often|always|sometimes|still|usually|just|far|way|much|a\s{1,3}bit|a\s{1,3}little|simply|also|a\s{1,3}lot)"
    r"\s{1,3}){0,2}too\s{1,3}(?!(?:much|many|good|well|kind|generous|modest|humble)\b)(?P<pred>[a-z]{3,20})\b")
_TOO_PRECIOUS = precompiled(r"\s{1,3}to\s{1,3}(?:lose|miss|ignore|overlook|pass\s{1,3}up|let\s{1,3}go|waste)\b",
                            re.IGNORECASE)  # "Maria is too valuable to lose": worth keeping, praise
_NEEDS_MORE = precompiled(
    r"\b(?:needs?|could\s{1,3}(?:use|do\s{1,3}with))\s{1,3}(?:(?:a\s{1,3}(?:lot|bit|little|few)|much|far|some)\s{1,3})?"
    r"more\s{1,3}(?!(?:of|people|staff|hands|help|time|space|like)\b)(?P<pred>[a-z-]{3,20})\b", re.IGNORECASE)
_SUBJECT_ADVERBS = precompiled(r"(?:\s{1,3}(?:still|really|also|definitely|probably|certainly|just|honestly|clearly|really))+\s*\Z",
                               re.IGNORECASE)


def _lacking_subject(draft: _Draft, rules: FeedbackRules, sentence: int, person: _Person, m: re.Match[str]) -> bool:
    """Whether the subject of the lack ``m`` (a :data:`_NEEDS_MORE` match) is the person, the person's work, or left
    out at the head of the sentence (review form), and no later clause of the sentence has the person acting on it."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    lo = _clause_start(text, m.start(), s)
    subject = _SUBJECT_ADVERBS.sub("", text[lo:m.start()]).strip(" ,\"“(")
    if _NEGATED_BEFORE.search(subject):
        return False
    if subject:
        bare = _BARE_SUBJECT.match(" " + subject)
        owned = (_OWNED_SUBJECT.search(subject) is not None or any(
            is_past_tense(a.group(1)) for a in _AGENT_IN_SUBJECT.finditer(subject, 1))) and not _OUTSIDE_WORK.search(
            subject.split(None, 1)[-1] if _OWNED_SUBJECT.match(subject) else subject)
        product = bare is not None and not _OUTSIDE_WORK.search(subject) and re.fullmatch(
            rules.fragments.get("PRODUCT", "(?!)"), bare.group("head"), re.IGNORECASE) is not None
        if not (owned or product or _PERSON_REF.fullmatch(subject) or _NAME_BEFORE.fullmatch(subject)):
            return False
    elif lo != s:
        return False
    c = draft.clause_at(sentence, m.end())
    later = [c2 for c2 in draft.parsed[sentence] if c2.start >= m.end() and (c is None or c2.start > c.start)]
    return not any(person.is_subject(c2.subject_words) and not c2.inherited for c2 in later)


def _degree_or_lack(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> re.Match[str] | None:
    """The first of: an excess said of the person, a lack said of the person's work (see above), in sentence number
    ``sentence``; or None."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _EXCESS_OF_PERSON, s, e):
        if person.is_subject((text[m.start():m.end()].split()[0].split("'")[0].split("’")[0].lower(),)) \
                and not _TOO_PRECIOUS.match(text, m.end(), e):
            return m
    for m in draft.matches(rules, _NEEDS_MORE, s, e):
        if _lacking_subject(draft, rules, sentence, person, m):
            return m
    return None


# A request to go on doing what was described: reinforcement, not a change.
_REINFORCE = precompiled(r"[\s\"'“‘(]{0,3}(?:please\s{1,3}|just\s{1,3}|so\s{1,3})?(?:keep\s{1,3}(?:it\s{1,3}up|up\s{1,3}the|on\s{1,3}[a-z]{2,30}ing|"
                        r"[a-z]{2,30}ing)|continue\s{1,3}(?:to\s{1,3}[a-z]{2,30}|[a-z]{2,30}ing|the\s{1,3}(?:good|great|excellent)|"
                        r"(?:doing|like)\s{1,3}this)|carry\s{1,3}on|"
                        # a request for more of the same: "More of this, please!", "more of that next quarter"
                        r"(?:much\s{1,3})?more\s{1,3}of\s{1,3}(?:this|that|the\s{1,3}same))\b", re.IGNORECASE)


# --- praise by sentence function: an accomplishment stated as fact ---------------------------------
#
# Praise needs no praise word: "Nadia closed 14 deals last quarter", "Sam trained four new cashiers", "the
# regulators accepted it" state a result of the person's work as fact (task-level feedback, Hattie &
# Timperley 2007). A clause is an accomplishment when the person, or the person's work ("your code review",
# "her redesign"), is the subject of an affirmative past or perfect verb that names a result in itself (won,
# secured, exceeded, resolved), or of a task verb (delivered, built, trained) whose clause marks it as done
# well (a count or 'every'/'all', on time, ahead of schedule, a target met, a superlative); or when someone
# the work was for gives a favourable verdict on it (the client signed, the board approved). Counted only in
# a sentence with no criticism, so a neutral act in a critical sentence ("You delivered it two days late")
# stays the behaviour criticised.
_ACCOMPLISHED = wordset("achieved accomplished attained won secured exceeded surpassed beat outperformed outsold "
                        "saved rescued solved resolved fixed cleared closed landed earned doubled tripled quadrupled "
                        "halved recovered overhauled streamlined automated simplified modernised modernized revamped "
                        "salvaged transformed mastered")
_TASK_DONE = wordset("delivered completed finished shipped launched built created rebuilt redesigned reorganised "
                     "reorganized restructured introduced established organised organized trained mentored coached "
                     "onboarded implemented wrote rewrote designed developed produced reduced increased grew improved "
                     "boosted expanded caught spotted handled negotiated answered hit met raised recruited hired sold "
                     "processed published migrated cut")
# Task verbs that name a result only with a target ("met the deadline", "hit its sales target"; not "met two clients").
_TARGET_VERBS = wordset("met hit handled answered")
# Verbs of the people the work was for that give a verdict on it ("the client signed the renewal").
_APPROVED = wordset("signed renewed approved accepted passed thanked praised recommended commended applauded "
                    "complimented funded awarded adopted")
# Team results stated by the writer after the person's work ("we beat our sales target by 12%").
_TEAM_RESULT = wordset("beat exceeded surpassed won hit doubled tripled secured landed")
_DONE_WELL = precompiled(
    r"\b(?:every|all|each|both|whole|entire|zero|on\s{1,3}(?:time|schedule|budget)|ahead\s{1,3}of|under\s{1,3}budget|"
    r"early|in\s{1,3}record\s{1,3}time|before\s{1,3}the\s{1,3}deadline|end\s{1,3}to\s{1,3}end|from\s{1,3}scratch|"
    r"single-?handedly|first|record|more\s{1,3}than\s{1,3}(?:anyone|any|ever)|best|highest|fastest|targets?|goals?|"
    r"quotas?|milestones?|deadlines?|by\s{1,3}(?:half|a\s{1,3}(?:third|quarter|fifth|tenth)|\d))\b", re.IGNORECASE)
# A superlative or a first in the complement of a copula whose subject is the person's work: "Your talk was the
# most-discussed session of the day", "the first one finance approved without a revision".
_SUPERLATIVE = precompiled(r"\b(?:the|our|their|its|his|her|your)\s{1,3}(?:very\s{1,3}|single\s{1,3})?(?:best|first|"
                          r"most[\s-]{1,3}[a-z]{3,30}|highest|fastest|strongest|clearest|cleanest|smoothest|quickest|"
                          r"finest|top)\b", re.IGNORECASE)
_UNDONE = precompiled(r"\b(?:not|never|no\s{1,3}longer|hardly|barely|almost|nearly|only|[a-z]{2,10}n['’]t|cannot)\b",
                     re.IGNORECASE)
_SUPPOSED_LINKS = wordset("if unless whether until before")
# A count of the person's output ranked above everyone else's ("you packed 340 orders on Monday, more than anyone on
# the line", "sold 22 memberships, more than any other adviser"): a result whatever the verb, the mirror of the others
# held up as the standard (_others_compared). Not a count of what was taken, had or spent ("took 12 days off, more
# than anyone"): that is no output.
_OUTDID_OTHERS = precompiled(r"\bmore\s{1,3}than\s{1,3}(?:(?:anyone|anybody)(?:\s{1,3}else)?|any\s{1,3}other\s{1,3}"
                             r"[a-z]{2,20})\b", re.IGNORECASE)
_NO_OUTPUT_VERBS = wordset("had has have took take takes taken spent spend spends used use uses needed need needs "
                           "missed lost made got")
# Result verbs whose past is their present form ("we beat our sales target", "she cut the close to five days").
_SAME_PAST = wordset("beat hit cut")


def _found_from(draft: _Draft, pattern: re.Pattern[str], pos: int, s: int, e: int) -> bool:
    """``pattern.search(text, pos, e) is not None`` for a ``pos`` in the sentence ``[s, e)``, asked for
    each clause: the last place in the sentence where ``pattern`` matches is found once (the last match
    ``finditer`` gives, or a later one starting inside it), and a search from ``pos`` finds a match
    exactly when ``pos`` is at or before that place. ``pattern`` must not match the empty string."""
    key = ("last match", pattern, s, e)
    if key not in draft.memo:
        tail = deque(pattern.finditer(draft.text, s, e), maxlen=1)
        last = tail[0] if tail else None
        start = -1
        if last is not None:
            start = last.start()
            for q in range(last.start() + 1, last.end()):
                if pattern.match(draft.text, q, e):
                    start = q
        draft.memo[key] = start
    return s <= pos <= draft.memo[key]


def _outdid_others(draft: _Draft, clause: Clause, end: int) -> bool:
    """The clause's count of the person's output is ranked above everyone else's (see _OUTDID_OTHERS)."""
    if clause.main_verb in BE_FORMS or clause.main_verb in _NO_OUTPUT_VERBS:
        return False
    m = _OUTDID_OTHERS.search(draft.text, clause.verbs[-1].end, end)
    return m is not None and bool(numbers(draft.text[clause.verbs[-1].end:m.start()]))


_EST_FORM = precompiled(r"\bthe\s{1,3}(?:very\s{1,3})?(?P<adj>[a-z]{2,20}est)\b", re.IGNORECASE)


def _rated_superlative(text: str, start: int, end: int) -> bool:
    """An -est superlative of an adjective VADER rates good in the span ("the neatest on the site", "the
    friendliest", "the safest"): the work put at the good end, as "the best" is."""
    for m in _EST_FORM.finditer(text, start, end):
        bases = {m.group("adj").lower(), _base_of(m.group("adj")), _base_of(m.group("adj")) + "e"}
        # an amount word ("the lowest", "the highest") is good or bad by its measure, not by itself
        if not bases & (_SCALE_UP | _SCALE_DOWN) and any(lexicon().get(base, 0.0) > 0 for base in bases):
            return True
    return False


# The writer's saying verb with a that-complement ("I want to say first that your mowing lines were the best on the
# route", "I have to say that ..."): the complement is what the sentence states; the clause parser keeps it inside
# the writer's clause, so it is parsed on its own.
_SAYING_THAT = precompiled(r"\b(?:say|tell\s{1,3}you|mention|note|add|stress|point\s{1,3}out|start\s{1,3}by\s{1,3}saying)"
                           r"(?:\s{1,3}(?:first|again|here|now|up\s{1,3}front))?\s{1,3}that\b", re.IGNORECASE)


def _said_content(draft: _Draft, sentence: int) -> list[Clause]:
    """The sentence's clauses, with the clauses of a that-complement of the writer's saying verb (see above) in
    place of the writer's clause that holds it."""
    text = draft.text
    out: list[Clause] = []
    for c in draft.parsed[sentence]:
        said = _SAYING_THAT.search(text, c.start, c.end) if c.subject_words[:1] in (("i",), ("we",)) else None
        out.extend(clauses(text, said.end(), c.end) if said is not None else [c])
    return out


def _accomplishment(draft: _Draft, sentence: int, person: _Person) -> Clause | None:
    """The first clause of sentence number ``sentence`` that states an accomplishment (see above)."""
    text = draft.text
    s, e = draft.sentences[sentence]
    if _QUESTION_END.search(text, s, e):
        return None
    for c in _said_content(draft, sentence):
        words = c.subject_words
        if not words or not c.verbs or c.link in _SUPPOSED_LINKS:
            continue
        if c.tense not in ("past", "perfect") and not (c.tense == "present" and c.main_verb in _SAME_PAST):
            continue
        main = c.main_verb
        if _UNDONE.search(text, c.verbs[0].start, c.end):
            continue  # "didn't finish", "almost closed", "only met two of six deadlines"
        if (person.is_subject(words) or _named(person, words[0])) and _outdid_others(draft, c, e):
            return c
        if main not in _ACCOMPLISHED and main not in _TASK_DONE and main not in _APPROVED and main not in BE_FORMS:
            continue
        if person.is_subject(words) or _named(person, words[0]) or (
                words[0].endswith(("'s", "’s")) and c.subject[0].text[:1].isupper()):
            if main in _ACCOMPLISHED:
                return c
            # the mark of a task done well may come later in the sentence ("..., and picking times are down by a
            # quarter")
            if main in _TASK_DONE and (_found_from(draft, _DONE_WELL, c.verbs[-1].end, s, e) or (
                    main not in _TARGET_VERBS and numbers(text[c.verbs[-1].end:c.end]))):
                return c
            if main in BE_FORMS and (_SUPERLATIVE.search(text, c.verbs[-1].end, c.end)
                                     or _rated_superlative(text, c.verbs[-1].end, c.end)):
                return c
        elif (words[0] == "we" and main in _TEAM_RESULT) or (
                main in _APPROVED and words[0] not in _WRITER_WORDS and not _UNDONE.search(text, c.start, c.end)):
            return c  # "we beat our sales target", "the regulators accepted it
    return None



# --- praise by sentence function: a good act told plainly before a problem ----------------------
#
# A draft may open with what the person did that the role asks for, told as plain acts with no praise word ("On
# the 3 May call you checked the account, explained the refund in two steps, and the customer thanked you"; "Your
# harness was clipped on and the edge barrier was up"), and then raise a problem: the opening is specific praise
# ("narrate the positive": the concrete actions a coach names before the problem), so the draft is mixed. A sentence
# tells such an act when a clause of it has the person, their work ("your weekly summary") or, in a draft said to
# the person, a thing in their charge with no agent ("the bins were emptied") as the subject of an affirmative act
# verb, and the sentence marks the act as done to the standard: its scope (every/each/all/both), its time against
# the work (within N minutes, before the next step, by a time, on time, the same day, straight after) or its manner
# (by name, word for word, in full, as the procedure sets out, checked against something). A sentence with a
# problem word or a bad outcome, a negation, a step left out ('without'), a turn ('but', 'though'), a request or
# praise already is none. In a draft the rules read as constructive, the opening sentences that tell such acts make
# it mixed, unless the sentence after them points back to the acts' product ("It put Sam on nights", "Four of them had the wrong label", "The
# date you gave was a bank holiday", "The answer was wrong" after "you answered"): a good act the draft then says
# went wrong is the background of the criticism, as a neutral account of what happened is ("You took the call at
# 10:05": no mark of a standard kept).
#
# The act may also be told as the state it left the person's kit or work in, a state a checklist asks for ("Your
# gloves and goggles were on", "The handover sheet was complete and signed at 7:00", "the crash trolley was sealed and
# its suction unit charged"; not "the gate was open", "the bins were full": those states are no standard kept); by
# the response of the party it was done for or the outcome it avoided ("and she agreed the discharge", "and he left
# with a room rather than a complaint", "and he withdrew the complaint he had opened", "and the line came back up",
# "and they ran it on their own the next morning"); or marked by the manner the role asks for ("step by step", "in
# plain words", "calmly", "twice", "room by room").
_STANDARD_KEPT = precompiled(
    r"\b(?:within\s{1,3}(?:the\s{1,3}(?:first\s{1,3})?)?(?:\d{1,4}|a|an|one|two|three|four|five|six|ten|fifteen|twenty|"
    r"thirty|sixty)\s{1,3}(?:seconds?|minutes?|hours?|days?|rings?|working\s{1,3}days?)|"
    r"before\s{1,3}(?:you|he|she|they|we|the|any|each|every|anyone|[a-z]{3,20}ing)|"
    r"by\s{1,3}(?:\d{1,2}(?:[.:]\d\d)?(?:\s{0,2}(?:a\.?m\.?|p\.?m\.?))?|noon|midday|(?:the\s{1,3})?(?:end|start)\s{1,3}of|name|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|word\s{1,3}for\s{1,3}word|in\s{1,3}full|(?:the\s{1,3})?same\s{1,3}day|"
    r"straight\s{1,3}(?:after|away)|as\s{1,3}soon\s{1,3}as|as\s{1,3}(?:the|our|your|his|her)\s{1,3}(?:procedure|policy|checklist|"
    r"plan|process|rules?|guidance|protocol|sop)|against\s{1,3}(?:the|each|every|our|his|her|your))\b", re.IGNORECASE)
# The criticism's subject taken from the act's product: a pronoun, a part of a set ("Four of them", "None of the
# locations") or a thing the person made or gave ("The shampoo you loaded", "the date you gave").
_LACKING = precompiled(r"\bwithout\b", re.IGNORECASE)
# States a checklist asks for, said of the person's kit or work after a form of 'be' ("was complete", "were fully
# stocked", "was in place"), or the participle of a passive that names one ("was sealed", "were labelled").
_CHECKLIST_STATES = wordset("complete completed signed countersigned clean cleaned dry tidy clear cleared sealed charged stocked "
                       "restocked labelled labeled dated initialled initialed logged recorded folded set lowered locked secured "
                       "secure ready tested checked balanced reconciled correct accurate current wiped swept mopped "
                       "vacuumed made tagged")
_KEPT_STATE = precompiled(r"\s{0,3}(?:(?:fully|neatly|all|already|properly|correctly|both|still|securely|tightly)\s{1,3})*"
                          r"(?:in\s{1,3}(?:place|order|date|position|neutral)|up\s{1,3}to\s{1,3}date|to\s{1,3}hand|"
                          r"(?:dust|litter|clutter|debris|stain)[\s-]{1,3}free|" + "|".join(sorted(_CHECKLIST_STATES)) + r")\b",
                          re.IGNORECASE)
# Protective kit that a checklist asks to be on ("Your gloves and goggles were on"; not "the lights were on").
_WORN = wordset("gloves goggles glasses harness helmet helmets hat mask masks apron visor boots vest vests hairnet overalls "
                "coveralls uniform lanyard badge")
_WORN_ON = precompiled(r"\s{0,3}on(?=\s{0,3}(?:$|[,;.]|and\b))", re.IGNORECASE)
# The manner the role asks for ("explained it in plain words", "cleared the floor room by room").
_MANNER_KEPT = precompiled(
    r"\b(?:step\s{1,3}by\s{1,3}step|in\s{1,3}plain\s{1,3}(?:words|language|english|terms)|calmly|patiently|"
    # "twice" as a count of the act, not a rate or a comparison ("knocked twice"; not "twice daily", "twice as long")
    r"twice(?!\s{1,3}(?:daily|weekly|monthly|yearly|nightly|hourly|a|an|per|as|the|over|that|more|each|every)\b)|"
    r"one\s{1,3}at\s{1,3}a\s{1,3}time|(?:room|line|item|page|bed|shelf|aisle|floor|row|bay|section|point)\s{1,3}by\s{1,3}"
    r"(?:room|line|item|page|bed|shelf|aisle|floor|row|bay|section|point))\b", re.IGNORECASE)
# The outcome the act avoided, told in the response of those served ("left with a room rather than a complaint", "he
# withdrew the complaint"): the problem word there is what did not happen.
_AVOIDED = precompiled(
    r"\b(?:(?:rather\s{1,3}than|instead\s{1,3}of)\s{1,3}(?:(?:a|an|another|any)\s{1,3})?(?:[a-z-]{2,20}\s{1,3})?"
    r"(?:complaint|claim|escalation|grievance|argument|fine|incident|refund)s?|"
    r"(?:withdrew|dropped|cancell?ed|retracted)\s{1,3}(?:the|her|his|their|its)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}?"
    r"(?:complaint|claim|appeal|grievance|escalation|dispute|chargeback)s?)\b", re.IGNORECASE)
# A good response of those served: a service restored ("the line came back up") or a skill taught now used unaided
# ("they ran it on their own").
_GOOD_RESPONSE = precompiled(r"\b(?:back\s{1,3}(?:up|online)|(?:working|running)\s{1,3}again|on\s{1,3}(?:their|his|her)\s{1,3}own|"
                             r"by\s{1,3}(?:themselves|himself|herself)|unaided|unprompted)\b", re.IGNORECASE)
_AGREED = wordset("agreed")
_TURN = precompiled(r"\b(?:but|though|although|however|yet|unfortunately|except)\b", re.IGNORECASE)
_PRODUCT_PRONOUNS = wordset("it they this that these those")
_PART_OF = precompiled(r"[\s\"“(]{0,3}(?:[a-z0-9]{1,12}|the\s{1,3}(?:rest|first|last))\s{1,3}of\s{1,3}(?:them|it|the|those|these|"
                       r"your|his|her|their)\b", re.IGNORECASE)
_MADE_BY_PERSON = precompiled(r"[\s\"“(]{0,3}(?:the|that|this|those|these)\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){1,4}?(?:that\s{1,3})?"
                              r"(?:you|he|she|they)\s{1,3}(?:had\s{1,3})?[a-z]{2,20}\b", re.IGNORECASE)


def _good_act(draft: _Draft, rules: FeedbackRules, i: int, person: _Person) -> Clause | None:
    """The first act clause of sentence number ``i`` when the sentence tells a good act plainly (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    avoided = _AVOIDED.search(text, s, e) is not None
    if _QUESTION_END.search(text, s, e) or (not avoided and draft.search(rules, rules.critical, s, e) is not None):
        return None
    acts: list[Clause] = []
    general: list[Clause] = []  # acts told with a general verb
    states: list[Clause] = []  # states a checklist asks for told of the kit or work
    for c in draft.parsed[i]:
        words = c.subject_words
        if not words or not c.verbs or c.link in _SUPPOSED_LINKS or c.tense in ("modal", "none"):
            continue
        verbs = [w for w in c.verb_words if w not in ("also", "just", "then", "again", "already", "even", "still")]
        main = c.main_verb
        if not verbs or _UNDONE.search(text, c.verbs[0].start, c.end):
            continue
        passive = len(verbs) > 1 and verbs[0] in BE_FORMS and is_participle(main)
        if len(verbs) > 1 and verbs[0] in BE_FORMS and c.tense in ("past", "perfect") and words[0] not in PERSONAL_PRONOUNS \
                and words[-1] not in PERSON_NOUNS and (_KEPT_STATE.match(text, c.verbs[0].end, c.end) or (
                    words[-1] in _WORN and _WORN_ON.match(text, c.verbs[0].end, c.end))):
            acts.append(c)  # "goggles were on", "The handover sheet was complete", "The crash trolley was sealed"
            states.append(c)  # its state word is no bad outcome ("the suction unit was charged")
            continue
        if len(verbs) > 1 and verbs[0] in BE_FORMS and not passive and not main.endswith("ing"):
            continue  # any other state is no act ("Your temperature log was blank for the whole afternoon")
        loose = main in rules.generic_words and main not in rules.manner_verbs and main not in rules.unspecific_words
        if main in BE_FORMS or main in HAVE_FORMS or len(main) < 3 or main in STOPWORDS or main in _STATIVE_VERBS \
                or main in rules.manner_verbs or (main in rules.generic_words and not loose) \
                or main in rules.unspecific_words:
            continue  # a state, a manner or an evaluation ("handled it", "did a job") is no act told plainly
        if person.is_subject(words) or (not person.second and (_named(person, words[0]) or (
                words[0] in _POSSESSIVE_WORDS and len(words) > 1 and not passive and c.tense != "present"))):
            acts.append(c)
            if loose:
                general.append(c)  # "showed", "went through": an act only with its manner or response told
        elif passive and (person.second or person.name is None) and words[0] in ("the", *_POSSESSIVE_WORDS) \
                and "by" not in draft.span_words(c.verbs[-1].end, c.end)[:1]:
            acts.append(c)  # "the bins were emptied", "Your carts were stocked and wiped down"
    if not acts or _LACKING.search(text, s, e) or _TURN.search(text, s, e):
        return None  # "you committed my time without first checking with me": a step left out; "In last week's
        # meeting, though, you read the whole procedure ...": the turn to the problem
    rated = lexicon()
    if any(rated.get(w, 0.0) < 0 for c in draft.parsed[i] if c not in states for w in c.verb_words):
        return None  # "so every pass went back to the centre back and we lost the chance": a bad outcome told;
        # "Your pull request broke the build twice": a bad act
    if avoided or _MANNER_KEPT.search(text, acts[0].start, e) or _responded(draft, i, person, acts):
        return acts[0]
    if len(general) < len(acts) and (states or _STANDARD_KEPT.search(text, acts[0].start, e)
                                     or _DONE_WELL.search(text, acts[0].start, e)):
        return acts[0]
    return None


# A good act told plainly can also be judged by the balance of what the sentence says of it (brief FE, round 28): the
# person's past act, or their work as the subject ("Your quiz had every student answering", "the calls you started"),
# followed in the same sentence by what others then did ("and five of the six groups wrote a prediction", "and she
# stayed for the rest of the session"), where nothing rates bad: no word VADER rates below zero (its own negation
# turns "no complaints" good), no problem word of the polarity lexicon left standing (one under a negator, "none of
# the cases breached", is a failure averted), no other negated verb ("she did not finish") and no step left out
# ("without"). The setting ("when the client became upset") is no part of the balance; a turn ("but", "though") or a
# supposed act ("if") is no plain account.
_SETTING_LINKS = wordset("when whenever while as because since although though whereas until unless if once")
_RESULT_LINKS = wordset("and so then")  # "..., and she stayed", "so none of the cases breached"; not "who said ..."
_BY_YOU = precompiled(r"\byou\s{1,3}(?:had\s{1,3})?[a-z]{2,20}(?:ed|t)\b", re.IGNORECASE)


def _valued_act(draft: _Draft, rules: FeedbackRules, i: int, person: _Person) -> Clause | None:
    """The first act clause of sentence number ``i`` when the sentence tells the person's act and a response of
    others to it and nothing in them rates bad (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    if _QUESTION_END.search(text, s, e) or _TURN.search(text, s, e) or _LACKING.search(text, s, e) \
            or draft.search(rules, rules.critical, s, e) is not None or _MADE_BY_PERSON.match(text, s):
        return None  # "The shampoo you loaded was the old brand": the state of the person's product, no act
    act: Clause | None = None
    for c in draft.parsed[i]:
        words = c.subject_words
        if not words or not c.verbs or c.inherited or c.link in _SUPPOSED_LINKS or c.link in _SETTING_LINKS \
                or c.tense not in ("past", "perfect"):
            continue
        if c.main_verb in BE_FORMS or (c.verb_words[0] in BE_FORMS and not is_participle(c.main_verb)):
            break  # "you were on your phone by the door": a state, no act
        if person.is_subject(words) or _named(person, words[0]) or (person.second and (
                words[0] == "your" or _BY_YOU.search(text, c.subject[0].start, c.verbs[0].start))):
            act = c
        break
    if act is None:
        return None
    told = [c for c in draft.parsed[i] if c.start >= act.start and c.link not in _SETTING_LINKS
            and c.link not in ("if", "unless", "whether")]
    responses = [c for c in told if c is not act and c.link in _RESULT_LINKS and c.subject_words and c.verbs
                 and not c.inherited
                 and c.tense in ("past", "perfect") and not person.is_subject(c.subject_words)
                 and not _named(person, c.subject_words[0])]
    if not responses:
        return None
    for c in told:
        if any(v < 0 for v in word_valences(draft.span_words(c.start, c.end))):
            return None  # "and we lost the chance", "and two of them cried": a bad outcome told
        averted = [(m.end(), _negation_scope(text, m.end(), c.end)) for m in rules.negators.finditer(text, c.start, c.end)]
        for m in rules.problem_words.finditer(text, c.start, c.end):
            if not any(a <= m.start() < b for a, b in averted):
                return None  # "and two groups missed the start": a problem left standing
        if c.verbs and _UNDONE.search(text, c.verbs[0].start, c.verbs[-1].end) and not any(
                rules.problem_words.search(text, a, b) for a, b in averted):
            return None  # "and she did not finish her update": a response withheld
    return act


def _responded(draft: _Draft, i: int, person: _Person, acts: list[Clause]) -> bool:
    """A clause of sentence number ``i`` after the first of the ``acts`` tells a good response of another party to
    them (see above): "and she agreed the discharge", "and the line came back up"."""
    text = draft.text
    for c in draft.parsed[i]:
        words = c.subject_words
        if c in acts or c.start < acts[0].end or not words or not c.verbs or c.tense not in ("past", "perfect") \
                or words[0] in _WRITER_WORDS or person.is_subject(words) or _UNDONE.search(text, c.verbs[0].start, c.end):
            continue
        if c.main_verb in _APPROVED or c.main_verb in _AGREED or _GOOD_RESPONSE.search(text, c.start, c.end):
            return True
    return False


def _points_back(draft: _Draft, j: int, acts: list[Clause]) -> bool:
    """The criticism of sentence number ``j`` is about the product of the ``acts`` before it (see above)."""
    text = draft.text
    s, e = draft.sentences[j]
    if _PART_OF.match(text, s, e) or _MADE_BY_PERSON.match(text, s, e):
        return True
    first = next((c for c in draft.parsed[j] if c.subject_words and not c.inherited), None)
    if first is None:
        return False
    words = first.subject_words
    if words[0] in _PRODUCT_PRONOUNS and len(words) == 1:
        return True
    head = next((w for k, w in enumerate(words) if k + 1 == len(words) or words[k + 1] in PREPOSITIONS), words[-1])
    return word_stem(head) in _act_products(draft, acts)  # "You answered ... The answer was wrong"


def _act_products(draft: _Draft, acts: list[Clause]) -> set[str]:
    """Stems of the acts' verbs and of the words of their objects (up to a preposition or a break)."""
    out = {word_stem(w) for c in acts for w in c.verb_words}
    for c in acts:
        for t in draft.span_tokens(c.verbs[-1].end, c.end)[:6]:
            word = t.text.lower()
            if word in PREPOSITIONS or not word[:1].isalnum() or word in ("and", "or", "but", "so"):
                break
            out.add(word_stem(word))
    return out


def _opens_with_good_act(draft: _Draft, rules: FeedbackRules, sentences: list[_Sentence]) -> bool:
    """A draft read as constructive opens with good acts told plainly (see above): its first sentences, up to
    the first that is not one, tell such acts, and that next sentence does not point back to their product."""
    person = draft.person
    found: list[Clause] = []
    weighed = False  # an act found good only by the balance of its account (_valued_act)
    for i, sentence in enumerate(sentences):
        if (sentence.critical > 0 and not _AVOIDED.search(draft.text, sentence.start, sentence.end)) \
                or sentence.praise > 0 or "next_step" in sentence.cues \
                or draft.search(rules, rules.negators, sentence.start, sentence.end) is not None:
            act = None
        elif (act := _good_act(draft, rules, i, person)) is None and i == 0 \
                and (act := _valued_act(draft, rules, i, person)) is not None:
            weighed = True
        if act is None:
            # A weighed act needs the problem told apart from it: with no criticism after it, the request corrects
            # the act itself ("You explained the refund policy, and she asked for a supervisor. Offer ... first.")
            return bool(found) and not _points_back(draft, i, found) and (
                not weighed or any(later.critical > 0 for later in sentences[i:]))
        found.append(act)
    return False

# After praise, a suggestion to build on it is development, not a change: an opportunity offered ("It would be
# great to see you present it to the board next time", "I'd love to see her share it"), or an addition to what
# was done ("Next time, you might also add a summary", "you could take it even further"). One that looks back at
# how it was done ("earlier", "instead", "check ... first", "don't") stays a change.
_OPPORTUNITY = precompiled(
    r"\b(?:(?:would|'d|’d)\s{1,3}(?:(?:really|also)\s{1,3})?(?:be\s{1,3}(?:great|good|nice|wonderful|worth|helpful)|love)|"
    r"love\s{1,3}to\s{1,3}see|(?:could|might|may|can)\s{1,3}(?:also|even|further)|also|too|as\s{1,3}well|"
    r"even\s{1,3}(?:more|further)|further|next\s{1,3}(?:challenge|step)|build(?:ing)?\s{1,3}on|continue|"
    r"keep\s{1,3}(?:up|on|doing|[a-z]{2,30}ing)|"
    # passing the praised work on: "share your approach with the other teams", "teach the new hires how you did it"
    r"(?:share|teach|present|show|pass\s{1,3}on)\s{1,3}(?:(?:it|this|that|them)\s{1,3}(?:with|to)|your\s{1,3}(?:approach|method|"
    r"process|knowledge|experience|expertise|skills|tips|learnings|ideas|story)|what\s{1,3}you|how\s{1,3}you))\b",
    re.IGNORECASE)
_CORRECTION = precompiled(
    r"\b(?:earlier|sooner|instead|on\s{1,3}time|first|before|check|double-check|remember|forget|make\s{1,3}sure|"
    r"don['’]t|do\s{1,3}not|stop|avoid|careful|correct|fix|less|fewer|shorter)\b", re.IGNORECASE)

# A step after praise that corrects how it was done: "Make sure each ticket gets a reply", "Check the figures with
# finance", "Don't skip the sign-off".
_STEP_CORRECTION = precompiled(r"\b(?:check|double-check|make\s{1,3}sure|remember|don['’]t|do\s{1,3}not|stop|avoid|careful|"
                              r"instead|earlier|sooner|on\s{1,3}time)\b", re.IGNORECASE)

# An order asked for ("Recount before handing over the drawer", "Check with legal first"): a correction in a request,
# not in a report of what the person did ("you wrote the rollback script before anyone asked").
_ORDERING = precompiled(r"\b(?:before|first)\b", re.IGNORECASE)


def _corrects(text: str, sentence: _Sentence) -> bool:
    """A step sentence that corrects how the work was done (see above)."""
    if _STEP_CORRECTION.search(text, sentence.start, sentence.end):
        return True
    return _ORDERING.search(text, sentence.start, sentence.end) is not None and not any(
        c.tense in ("past", "perfect") for c in clauses(text, sentence.start, sentence.end))


def _development(text: str, sentence: _Sentence) -> bool:
    """A sentence that offers a development opportunity and asks for no correction (see above)."""
    if sentence.critical > 0:
        return False
    if _INVITATION.search(text, sentence.start, sentence.end):
        return True  # "Please don't hesitate to call on me": an offer
    return (_OPPORTUNITY.search(text, sentence.start, sentence.end) is not None
            and _CORRECTION.search(text, sentence.start, sentence.end) is None)


# A change suggested as a gerund subject with the benefit it would bring ("Improving your time management will help
# you meet deadlines", "Being more concise in your updates would help the board"): the person's own behaviour as the
# thing to change, in the conditional or future, asks for a change as a directive would. Said in the past or present
# of what was done ("Improving the checkout flow was your biggest win") it reports an achievement.
_GERUND_SUGGESTION = precompiled(
    r"[\s\"“(]{0,3}(?:(?!(?:during|according|including|regarding|concerning|considering|excluding|following|pending|"
    r"barring|notwithstanding|given|seeing|bring)\b)[a-z]{3,20}ing(?:\s{1,3}(?:on|down|up|back|out|in))?\s{1,3}"
    r"(?:your|his|her|their)\b|"
    r"being\s{1,3}(?:(?:a\s{1,3}(?:bit|little)|much|even)\s{1,3})?(?:more|less)\s{1,3}[a-z]{3,20})[^.!?;]{0,80}?"
    r"\b(?:will|would|could|might|can|may|should)\s{1,3}(?:(?:really|also|definitely|certainly)\s{1,3})?"
    r"(?:help|make|let|allow|give|save|free|keep|lift|boost|raise|improve|mean|reduce|cut|stop|prevent|go\s{1,3}a\s{1,3}long|"
    r"ensure|enable|speed|avoid|lead)\b", re.IGNORECASE)


# The same suggestion with any object, in the conditional ("Adding a one-page summary at the front could make it
# easier to read", "Sharing it with the night shift could be beneficial", "giving the pupils a worked example first
# could deepen their understanding"): a gerund phrase opening the sentence (or its main clause, after a fronted
# "While ..., ") as the subject of "would", "could", "might" or "may" and a verb of benefit. Not a gerund of
# the person ("Having you on the team would make ..."), of more of the same ("Keeping up this pace would help ..."),
# nor a past or perfect ("Adding the summary made it easier", "would not have happened without ...").
_GERUND_BENEFIT = precompiled(
    r"[\s\"“(]{0,3}(?P<gerund>[a-z]{3,20}ing)\b(?!\s{1,3}(?:with\s{1,3})?(?:you|him|her|them|me|us)\b)[^.!?;:]{0,100}?"
    r"\b(?:would|could|might|may)\s{1,3}(?:(?:also|further|really|even|certainly|definitely|greatly|probably|well)\s{1,3}){0,2}"
    r"(?:help|make|give|let|allow|improve|enhance|strengthen|deepen|broaden|boost|raise|increase|open|free|save|speed|"
    r"support|benefit|enrich|sharpen|smooth|ease|reduce|encourage|build|lift|"
    r"be\s{1,3}(?:(?:very|really|quite|more|even\s{1,3}more|especially)\s{1,3})?(?:beneficial|helpful|useful|valuable|"
    r"worthwhile|worth\s{1,3}(?:it|[a-z]{2,20}ing)|wise|(?:a\s{1,3})?(?:good|great|useful|helpful)\s{1,3}(?:idea|step|move)))\b",
    re.IGNORECASE)
_SAME_AGAIN = wordset("keeping continuing maintaining sustaining staying remaining having seeing watching hearing knowing "
                      "missing losing failing")
_GERUND_RESULTS = wordset("improving being becoming getting doing working stepping shaping")


def _gerund_benefit(text: str, start: int, end: int) -> re.Match[str] | None:
    """The change a sentence suggests as a gerund subject with its benefit (see above), or None."""
    opening = [start]
    first = text[start:end].lstrip(" \"'“‘(").split(" ", 1)[0].lower()
    if first in _SUBORDINATE_LINKS and (comma := text.find(",", start, end)) > 0:
        opening.append(comma + 1)  # "While your lesson plan was clear, giving the pupils ...": the main clause
    for at in opening:
        m = _GERUND_BENEFIT.match(text, at, end)
        if m is not None:
            gerund = m.group("gerund").lower()
            return None if gerund in _NOT_GERUND or gerund in _SAME_AGAIN else m
    return None


# A step that undoes the act just reported marks that act as criticism even when no problem word names it ("You left
# the back door on the latch. Lock the back door when you leave.", "You turned the projector on at 8. Turn the
# projector off when the room is empty."): the step acts on the thing the report's object names, with a verb that
# WordNet gives as the report verb's antonym (lock/unlock, turn_on/turn_off), its un- form (unplug/plug), the same
# verb with the opposite particle, or any other verb after "left X ..." (what was left in a state is put right).
# A step that repeats or extends the act ("Close the Reid account the same way") uses the report's own verb.
_VERB_ANTONYMS = data_file("verb_antonyms.txt")
_OPPOSITE_PARTICLES = frozenset({frozenset({"on", "off"}), frozenset({"in", "out"}), frozenset({"up", "down"})})
_STATE_PARTICLES = wordset("on off in out up down")
_LEFT_IN_A_STATE = "leave"
_NOT_UNDOING = wordset("leave keep continue let")


@cache
def _verb_antonym_data() -> tuple[frozenset[frozenset[str]], dict[str, str]]:
    """(antonym pairs, irregular past form -> lemma) of assistant/data/verb_antonyms.txt."""
    pairs: set[frozenset[str]] = set()
    past: dict[str, str] = {}
    for line in _VERB_ANTONYMS.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or line.startswith("#"):
            continue
        if parts[0] == "past":
            past.setdefault(parts[1], parts[2])
        else:
            pairs.add(frozenset(parts[:2]))
    return frozenset(pairs), past


def _past_lemmas(word: str) -> set[str]:
    """The base forms a past-tense word may have ("left" -> leave, "turned" -> turn, "unplugged" -> unplug)."""
    irregular = _verb_antonym_data()[1].get(word)
    if irregular:
        return {irregular}
    if not word.endswith("ed"):
        return set()
    out = {word[:-2], word[:-1]}
    if len(word) > 4 and word[-3] == word[-4]:
        out.add(word[:-3])  # "unplugged" -> unplug
    return out


def _modifies(words: list[str], j: int) -> bool:
    """Whether a particle word before ``words[j]`` modifies a noun there ("the back door") rather than ending the
    phrase ("the fridge back in")."""
    return j < len(words) and words[j] not in FUNCTION_WORDS and words[j] not in PREPOSITIONS


def _object_and_particle(words: list[str], i: int) -> tuple[tuple[str, ...], str]:
    """(words of the object, state particle) after the verb at ``words[i]``, up to a preposition or function word:
    "the back door on the latch" -> (back, door), ''; "the fryer on after close" -> (fryer,), on; "the gate open
    when" -> (gate, open), ''. The last object word is the head of a step's object."""
    j, particle = i + 1, ""
    if j < len(words) and words[j] in _STATE_PARTICLES and words[j] not in ("in", "on"):
        particle, j = words[j], j + 1  # "switch off the fryer"
    if j < len(words) and words[j] in DETERMINERS:
        j += 1
    found = []
    while j < len(words) and words[j] not in PREPOSITIONS and words[j] not in FUNCTION_WORDS and (
            words[j] not in PARTICLES or _modifies(words, j + 1)):
        found.append(fold_plural(words[j]))
        j += 1
    if found and j < len(words) and words[j] in _STATE_PARTICLES and (
            j + 1 >= len(words) or words[j + 1] in PREPOSITIONS or words[j + 1] in _STATE_PARTICLES
            or (words[j + 1] in FUNCTION_WORDS and words[j + 1] not in DETERMINERS)):
        particle = particle or words[j]
    return tuple(found), particle


def _reported_acts(text: str, sentence: _Sentence) -> list[tuple[str, tuple[str, ...], str]]:
    """(lemma, object words, particle) of each past act with "you" as subject in the sentence."""
    words = [normalise_quotes(m.group()).lower() for m in WORD.finditer(text, sentence.start, sentence.end)]
    rated = lexicon()
    if any(rated.get(w, 0.0) > 0 for w in words):
        return []  # "You left the stockroom spotless": a state VADER rates good is no act to undo
    out = []
    for i, w in enumerate(words[:-1]):
        if w != "you":
            continue
        thing, particle = _object_and_particle(words, i + 1)
        if thing:
            out.extend((lemma, thing, particle) for lemma in _past_lemmas(words[i + 1]))
    return out


def _undoes(act: tuple[str, tuple[str, ...], str], step: tuple[str, str, str]) -> bool:
    """Whether the step (lemma, object head, particle) undoes the reported act on the same thing."""
    (did, thing, was), (do, target, to) = act, step
    if target not in thing or (did == do and frozenset({was, to}) not in _OPPOSITE_PARTICLES):
        return False
    if did == do:
        return True  # "turned the projector on" -> "Turn the projector off"
    pairs = _verb_antonym_data()[0]
    return (did == _LEFT_IN_A_STATE and do not in _NOT_UNDOING) or did in (f"un{do}", f"dis{do}") or \
        do in (f"un{did}", f"dis{did}") or any(frozenset({a, b}) in pairs for a in (did, f"{did}_{was}")
                                               for b in (do, f"{do}_{to}"))


def _step_undoes_report(text: str, sentences: list[_Sentence], k: int) -> bool:
    """Whether step sentence ``k`` undoes an act reported, without praise, in a sentence before it."""
    words = [normalise_quotes(m.group()).lower() for m in WORD.finditer(text, sentences[k].start, sentences[k].end)]
    i = 1 if words[:1] == ["please"] else 0
    if i >= len(words):
        return False
    thing, particle = _object_and_particle(words, i)
    if not thing:
        return False
    step = (words[i], thing[-1], particle)
    return any(_undoes(act, step) for s in sentences[:k] if s.praise <= 0 for act in _reported_acts(text, s))


def _polarity(text: str, sentences: list[_Sentence], rules: FeedbackRules) -> Polarity:
    praise = sum(s.praise for s in sentences)
    critical = sum(s.critical for s in sentences)
    if critical <= 0 and any(_GERUND_SUGGESTION.match(text, s.start, s.end) or _gerund_benefit(text, s.start, s.end)
                             for s in sentences):
        critical = 1  # "Improving your pacing would give them time to finish": a change asked for
    steps = [s for s in sentences if "next_step" in s.cues]
    if critical <= 0 and praise <= 0 and steps:
        if all(_REINFORCE.match(text, s.start, s.end) for s in steps):
            praise = 1  # "Keep doing that.", "Please keep sharing that kind of ownership": more of the same is praise
        else:
            critical = 1  # no praise and a step to take: developmental, however mildly it is put
    if critical <= 0 and praise > 0 and any(_LOOKS_BACK.search(text, st.start, st.end) for st in steps):
        critical = 1  # "Sam writes clean code. He should ask for reviews earlier, though."
    if critical <= 0 and praise > 0 and any(_corrects(text, st) and not _development(text, st) for st in steps):
        critical = 1  # "Thanks for covering the desk. Make sure each ticket gets a reply before you close it."
    if critical <= 0 and praise > 0 and any("next_step" in s.cues and _step_undoes_report(text, sentences, k)
                                            for k, s in enumerate(sentences)):
        critical = 1  # "..., spot on. You left the back door on the latch. Lock the back door when you leave."
    request = rules.change_request.search(text) if critical <= 0 else None
    if request and (praise <= 0 or any(_CORRECTIVE.search(text, st.start, st.end) and not _development(text, st)
                                       for st in sentences)):
        critical = 1  # "please send the notes the same day next time" asks for a change; after praise, a
        # request that does not look back ("I'd like him to take more ownership") is development
    if praise > 0 and critical > 0:
        return "mixed"
    if critical > 0:
        return "constructive"
    return "positive"


def _evidence(draft: _Draft, sentences: list[_Sentence]) -> dict[str, tuple[int, int] | None]:
    """Per part, the whole clause (or phrase, for a situation) of its first cue."""
    found: dict[str, tuple[int, int] | None] = dict.fromkeys(PARTS)
    for sentence in sentences:
        for part, (_, m) in sentence.cues.items():
            if found[part] is not None:
                continue
            if part == "situation":
                found[part] = (m.start(), m.end() - len(m.group()) + len(m.group().rstrip(" ,;:")))
                continue
            start, end = draft.clause(m.start(), m.end())
            situation = sentence.cues.get("situation")
            if (part == "behavior" and situation and start == situation[1].start()
                    and situation[1].end() <= m.start()):
                start = situation[1].end()  # "In yesterday's stand-up you interrupted Sam": the behaviour
                while start < end and not draft.text[start].isalnum():
                    start += 1
            found[part] = (start, end)
    return found


# --- consequence clauses: impact found by sentence function ------------------------------------
#
# An impact is a declarative clause, after something the person did, whose subject is someone or
# something other than the person (a colleague, a third party, the writer, "it", "this", "which")
# and that reports what happened, what it cost or what now has to happen: "Stephanie shut down",
# "finance had to close the quarter without your numbers", "It took me 20 minutes", "I will now need
# to work this evening". Found by shape (subject, tense, mood, position), not by phrase lists.

# Verbs of perceiving, knowing and wanting: their own clause reports the writer's view ("Everybody has
# noticed it", "I know"); what follows them ("I don't think the directors followed") is judged instead.
_VIEW_VERBS = wordset(
    """notice noticed noticing see saw seen think thought know knew known believe believed hope hoped wish
    wished want wanted guess guessed suppose supposed realize realized realise realised understand understood
    wonder wondered remember remembered recall recalled expect expected imagine imagined appreciate
    appreciated love loved like liked hear heard doubt doubted assume assumed observe observed mean meant
    sense sensed trust trusted"""
)
# Verbs that link a subject to a description ("was wrong", "seemed upset"): a consequence only when the
# description is a reaction or a resulting state.
_LINK_VERBS = BE_FORMS | wordset(
    """seem seems seemed appear appears appeared look looks looked sound sounds sounded feel feels felt
    become becomes became get gets got remain remains remained stay stays stayed"""
)
# Subordinate clauses set the scene, give a reason or a contrast; they report no consequence.
_SCENE_LINKS = wordset("because since as when whenever while although though whereas until unless if once before where who whom")
_OBLIGATION = wordset("need needs needed")
_CAUSE_LINKS = wordset("after because since as once when whenever")
_COUNTERFACTUAL = wordset("would could might 'd")
_TIME_LINKS = wordset("when whenever while as before until")
_UNABLE = wordset("couldn't can't cannot won't")
_WRITER_WORDS = wordset("i we")
_THING_WORDS = wordset("it this that these those which")
_YOU_WORDS = wordset("you your yours yourself yourselves")
_HIM_OR_HER = wordset("he she him her his hers himself herself")
_COMPLEMENT_OPENERS = wordset("that how what why whether")


def _result_words(rules: FeedbackRules) -> re.Pattern[str]:
    """A reaction or resulting state, from the structure file's REACTION and STATE fragments."""
    return _result_pattern(tuple(rules.fragments[name] for name in ("REACTION", "STATE") if name in rules.fragments))


@cache
def _result_pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(parts or ("(?!)",)) + r")\b", re.IGNORECASE)


@dataclass
class _Person:
    """Who the feedback is about: "you" in a draft that speaks to the person, else the most frequent
    named subject and he/she."""

    second: bool
    name: str | None

    def is_subject(self, words: tuple[str, ...]) -> bool:
        if not words:
            return False
        if self.second:
            return any(w in _YOU_WORDS for w in words[:3])
        head = words[0]
        return head in _HIM_OR_HER or (self.name is not None and self.name in words[:2]) or (
            len(words) > 1 and head in ("this", "the") and words[1] in PERSON_NOUNS)

    def mentioned(self, words: list[str]) -> bool:
        """Whether ``words`` name the person other than as an owner ("his duties", "her duties": a
        possessive "her" is followed by a content word)."""
        if self.second:
            return "you" in words or "yourself" in words
        return any(w == self.name or w in _HIM_OR_HER - {"his", "hers", "her"} or w == "her" and (
            i + 1 == len(words) or words[i + 1] in FUNCTION_WORDS or words[i + 1] in PREPOSITIONS)
            for i, w in enumerate(words))


_YOU_TOKEN = precompiled(r"\byour?\b", re.IGNORECASE)
# Thanking someone for an act, "you" left out ("Thanks for covering the desk", "Many thanks for sorting the keys"):
# thanking is an expressive addressed to the hearer for the hearer's act (Searle 1976, "A classification of
# illocutionary acts", Language in Society 5), so the draft speaks to the person even with no "you" in it.
_THANKS_FOR_ACT = precompiled(r"\bthank(?:s|\s{1,3}you)\s{1,3}(?:(?:so|very)\s{1,3}much\s{1,3}|again\s{1,3}|a\s{1,3}lot\s{1,3})?"
                              r"for\s{1,3}[a-z][a-z-]{1,30}ing\b", re.IGNORECASE)


def _person(text: str, parsed: list[list[Clause]], first_names: bool = False) -> _Person:
    """Who the draft is about; with ``first_names`` a capitalised subject that is a common English word
    counts as a name only when it is also a first name ("Two of the nurses", "Morale" are no one)."""
    you = 0
    names: dict[str, int] = {}
    for sentence in parsed:
        for c in sentence:
            if c.link != "if" and _YOU_TOKEN.search(text, c.start, c.end):
                you += 1  # "If you gave him a penny ..." speaks to no one
            words = c.subject_words
            if not words or c.inherited:
                continue
            if c.subject[0].text[:1].isupper() and words[0] not in STOPWORDS and words[0] not in _NOT_NAMES \
                    and (not first_names or names_lexicon().may_be_name(words[0])):
                names[words[0]] = names.get(words[0], 0) + 1
    name = max(names, key=lambda k: names[k]) if names else None
    if not you and _THANKS_FOR_ACT.search(text, 0, min(len(text), _LEAD)):
        return _Person(second=True, name=None)  # "Thanks for walking Mrs. Patel through it. She booked ...": thanked, the
        # hearer is the one who acted, and she is someone else
    return _Person(second=you > 0, name=name)


def _complement(text: str, c: Clause) -> list[Clause]:
    """The clause a view verb reports ("I don't think | the directors followed the story")."""
    start = c.verbs[-1].end if c.verbs else c.end
    toks = tokens(text[start:c.end])
    while toks and toks[0].text.lower() in _COMPLEMENT_OPENERS:
        start += toks[0].end
        toks = tokens(text[start:c.end])
    return clauses(text, start, c.end) if toks else []


# The writer's own feeling as the effect of the act (guides, round three: "I felt concerned because ...";
# "I felt proud watching them", "I was so relieved"): a feel verb, or a past "be", whose complement is an
# affect word, one VADER rates or a participle ("I felt let down"), after degree words. "I feel that ...",
# "I felt you were ...", "I feel like ..." report a view; "I was pleased to ..." frames what follows;
# "proud of you", "grateful to her" is praise of the person, not what the act did.
_FEEL_VERBS = wordset("feel feels felt feeling")
_DEGREE_WORDS = frozenset(BOOSTERS) | wordset("much more less a lot bit little so very really quite far rather somewhat "
                                              "truly genuinely")
_SENTENCE_END = precompiled(r"[.!?;]")


def _writer_feeling(text: str, c: Clause, person: _Person) -> bool:
    """Clause ``c`` has the writer as subject and a feel verb (or a past "be") with an affect word as its
    complement, neither framing an infinitive nor directed at a person ("happy with your report")."""
    if not c.subject or c.subject_words[0] not in _WRITER_WORDS or c.tense == "modal":
        return False  # "I would feel more confident if ...": a condition, not a reaction
    if c.main_verb not in _FEEL_VERBS and not (c.tense == "past" and c.verb_words[0] in BE_FORMS):
        return False
    start = c.verbs[-1].end if c.main_verb in _FEEL_VERBS or len(c.verbs) == 1 else c.verbs[0].end
    stop = _SENTENCE_END.search(text, start, start + _LEAD)
    toks = tokens(text[start:stop.start() if stop else min(len(text), start + _LEAD)])[:10]
    for k, t in enumerate(toks):
        word = normalise_quotes(t.text).lower()
        if word in _DEGREE_WORDS:
            continue
        if word in STOPWORDS or not (abs(lexicon().get(word, 0.0)) >= 1.0 or (is_participle(word) and word.endswith("ed"))):
            return False
        after = [normalise_quotes(x.text).lower() for x in toks[k + 1:k + 4]]
        return after[:1] != ["to"] and not any(w in _YOU_WORDS or w in _HIM_OR_HER or w == person.name for w in after)
    return False


_NOW_WORD = precompiled(r"\bnow\b", re.IGNORECASE)
# Phase adverbs besides "now" (Löbner 1989, "German schon - erst - noch: an integrated analysis", Linguistics
# and Philosophy 12; Quirk et al. 1985, A Comprehensive Grammar of the English Language, 8.59-8.61): "still",
# "already", "no longer", "not ... any more", and the restitutive "back", "again", "finally", "at last" set the
# present state they mark against an earlier one, so a present clause with one reports where things stand
# after the act ("Eleven families are back in their own homes", "Most clients no longer need a second visit",
# "The shelves are still tidy", "children can finally reach the shelves"), not a general statement.
_PHASE_WORD = precompiled(r"\b(?:still|already|no\s{1,3}longer|any\s?more|back|again|finally|at\s{1,3}last)\b",
                         re.IGNORECASE)
# What a phase adverb after "be" may not lead to: a judgement with a clause of its own ("It is still important to
# ...", "It is still unclear whether ...").
_EXTRAPOSED = precompiled(r"[^.!?;]{0,40}?\b(?:to|that|whether|if|how|what|why)\s", re.IGNORECASE)


# A suggestion, not a reached ability: "maybe the new starters could now use it". (At a sentence's start an
# ability is read by ``_said_result``.)
_MAYBE = precompiled(r"\b(?:maybe|perhaps|possibly)\b", re.IGNORECASE)


def _phase_present(text: str, c: Clause) -> bool:
    """A present clause marked by a phase adverb (see above) in or right after its verb group."""
    if c.tense not in ("present", "modal") or not c.verbs:
        return False
    start = c.subject[0].start if c.subject else c.verbs[0].start
    stop = min(c.end, c.verbs[-1].end + 16)
    return _PHASE_WORD.search(text, start, stop) is not None


def _changed_state(text: str, c: Clause) -> bool:
    """A present "be" clause with "now" that describes its subject ("They are now fully independent", "The
    whole team is more confident on the line now"): the state the act brought about. Not a place, time or
    role ("is now at 3pm", "is now the lead", "is now in Leeds"). With another phase adverb the same, or
    "back" itself as the state ("are back in their own homes"), unless a clause of its own follows."""
    if c.tense != "present" or not c.verbs or c.verb_words[0] not in BE_FORMS:
        return False
    if not _NOW_WORD.search(text, c.start, c.end):
        return _phase_present(text, c) and _phase_state(text, c)
    for t in tokens(text[c.verbs[0].end:c.end])[:6]:
        word = normalise_quotes(t.text).lower()
        if word == "now" or word in _DEGREE_WORDS or (word.endswith("ly") and len(word) > 4):
            continue
        return word.isalpha() and word not in FUNCTION_WORDS and word not in PREPOSITIONS and word not in DETERMINERS \
            and word not in BE_FORMS and not word.endswith("ing") and word != "time"  # "It is now time to ..."
    return False


def _phase_state(text: str, c: Clause) -> bool:
    """After "be" and a phase adverb, a description of the subject or "back" (see ``_changed_state``)."""
    toks = tokens(text[c.verbs[0].end:c.end])[:8]
    for k, t in enumerate(toks):
        word = normalise_quotes(t.text).lower()
        if word == "back" and k + 1 < len(toks) and normalise_quotes(toks[k + 1].text).lower() in ("in", "at", "on", "to",
                                                                                                   "with", "home"):
            return True  # "are back in their own homes", "is back at work"
        if word in ("still", "already", "no", "longer", "again", "finally", "not", "any", "more", "anymore") \
                or word in _DEGREE_WORDS or (word.endswith("ly") and len(word) > 4):
            continue
        after = c.verbs[0].end + t.end
        return word.isalpha() and word not in FUNCTION_WORDS and word not in PREPOSITIONS and word not in DETERMINERS \
            and word not in BE_FORMS and not word.endswith("ing") and word != "time" \
            and _EXTRAPOSED.match(text, after, c.end) is None
    return False


# "got" with a place reached or a thing regained: "got home", "got back to work", "got their heating back on".
_GOT_BACK = precompiled(r"\s{1,3}(?:home|back|(?:their|his|her|our|my)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?back)\b",
                       re.IGNORECASE)
_INTENDED = wordset("meant supposed intended designed planned")
# A span of someone's life or career: "for twelve years", "for over a decade", "all her life".
_LIFE_SPAN = precompiled(r"\bfor\s{1,3}(?:over\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3})?(?:\d{1,3}|a|an|"
                         + NUMBER_WORD_PATTERN + r"|several|many)\s{1,3}(?:years?|decades?)\b|\ball\s{1,3}(?:his|her|their)\s{1,3}"
                         r"(?:life|lives|career|careers|working\s{1,3}life)\b", re.IGNORECASE)
# "were home" with a time it was reached by ("before dark", "by six", "in time for tea"), as "got home".
_HOME_BY = precompiled(r"\s{1,3}(?:all\s{1,3})?(?:safely\s{1,3})?home\s{1,3}(?:before|by|in\s{1,3}time|on\s{1,3}time|early)\b",
                       re.IGNORECASE)
_TO_NEXT = precompiled(r"\s{1,3}to\b", re.IGNORECASE)


# "since" before a time ("Since then no evening shift has gone unstaffed", "Since March, nobody has ...") is a
# preposition: the clause after the time is the sentence's main clause, its state measured from the act.
_SINCE_TIME = precompiled(r"\s*(?:then|that\s{1,3}(?:day|week|month|time|point|meeting|morning|night)|"
                         r"(?:last|this)\s{1,3}(?:week|month|quarter|year|spring|summer|autumn|fall|winter)|"
                         + "|".join((*WEEKDAYS, *MONTHS)) + r")\b[\s,]", re.IGNORECASE)


def _is_consequence(text: str, c: Clause, person: _Person, rules: FeedbackRules, lead: str = "") -> bool:
    """Whether clause ``c`` (after something the person did; ``lead`` is its sentence before it)
    reports what followed for someone or something else."""
    subject, verbs = c.subject_words, c.verb_words
    if subject[:1] == ("please",):
        return False  # "Please park it in the marked bay": a request the clause split gave a subject, no outcome
    if _work_as_benefit(text, c):
        return True  # "Your calm manner was a great comfort to both of us": the person's work as a benefit to others
    if not subject or not verbs or c.link in _SCENE_LINKS and not _SINCE_TIME.match(text, c.start, c.end) \
            or person.is_subject(subject) and not _owner_only(
            subject, person):
        return False
    after = [w.lower() for w in re.findall(r"[^\W_][\w'’-]*", text[c.verbs[-1].end:c.end])]
    reaction = any(w in _LINK_VERBS for w in verbs) and _result_words(rules).search(text, c.verbs[0].start, c.end)
    if _writer_feeling(text, c, person):
        return True  # "I felt proud watching them": the writer's reaction
    if _others_feeling(text, c, person):
        return True  # "The printer is annoyed with us", "the shift leads were relieved": another party's reaction
    if c.tense == "perfect" and (subject[0] in ("he", "she") or len(subject) == 1 and c.subject[0].text[:1].isupper()) \
            and _LIFE_SPAN.search(text, c.verbs[-1].end, c.end):
        return False  # "She has worked here for twelve years": a continuative perfect, someone's own history up to now
        # (Quirk et al. 1985, 4.20-4.22), not what the act brought about
    if c.tense in ("past", "perfect") and subject[0] not in _POSSESSIVE_WORDS and subject[0] not in _YOU_WORDS \
            and (_RECORD.search(text, c.start, c.end) or _zero_problems(text, c, rules)):
        return True  # "The ward had full cover for the first time in a month", "I didn't get a single complaint"
    if subject[0] in _WRITER_WORDS and person.mentioned(after) and not reaction:
        return False  # "I have given you every chance", "I need to see a change from you": dealings with the person
    tense = c.tense
    obligation = any(w in _OBLIGATION for w in verbs) or any(
        a in ("have", "has", "had") and b == "to" for a, b in zip(verbs, verbs[1:], strict=False))
    if subject[0] == "there" and tense != "past":
        return False
    if _background(text, c, obligation):
        return False
    if subject[0] in ("everyone", "everybody", "people", "all") and c.main_verb in _LIKING and after[:1] in (
            ["it"], ["this"], ["that"], ["them"]) and len(after) <= 2:
        return False  # "Everyone loved it": praise in others' mouths, no effect on the work stated
    if tense == "modal":
        counterfactual = (_counterfactual(verbs) or _AVERTING_LEAD.search(lead) is not None
                          and verbs[0] in _COUNTERFACTUAL) and not _COMPARATIVE.search(text, c.start, c.end)
        if not (verbs[0] in _UNABLE or (verbs[0] in ("will", "'ll") and obligation) or counterfactual
                or ("now" in verbs and verbs[0] in ("can", "could", "will", "'ll")) or _forecast(c)
                or _conditional_loss(text, c, lead)
                or (verbs[0] in ("can", "could") and lead.strip() and _phase_present(text, c)
                    and not _COMPARATIVE.search(text, c.start, c.end) and not _MAYBE.search(text, c.start, c.end))):
            return False  # "I can always count on you", "This month's goal will be increased"
        if counterfactual and subject[0] in _WRITER_WORDS and not _AVERTING_LEAD.search(lead) \
                and not _CONDITION_OF_AVERTING.search(lead + " " + text[c.start:c.end]):
            return False  # "I would have liked to be there", "I would have done the same": the writer's wish or
            # choice; no condition says what the act averted
        if counterfactual and (_AVERTING_LEAD.search(lead) or _party_subject(text, c)):
            return True  # "Without your quick work, the payroll would not be ready", "14 people would otherwise
            # have been underpaid": the state averted
    elif tense == "present" and not _NOW_WORD.search(text, c.start, c.end) and not _phase_present(text, c) \
            and not _measured_present(text, c) and not (
            obligation and (subject[0] in ("i", "we", "they") or c.subject[0].text[:1].isupper())
            and subject[0] not in _THING_WORDS):
        return False  # a general statement ("Senior developers build context"); "It has to stop" is a demand
    main = c.main_verb
    if main in _VIEW_VERBS and subject[0] in _WRITER_WORDS:
        return False  # the writer's view; others noticing, or not, is their reaction
    if subject[0] in _CONCESSIVE_RELATIVES:
        return False  # "whatever happened on the flight": a universal concessive condition, no outcome
    if main in _CONTENT_VERBS and (subject[0] in _THING_WORDS or subject[0] in _POSSESSIVE_WORDS) \
            and not _MADE_UP_FOR.match(text, c.verbs[-1].end, c.end):
        return False  # "It covered the evacuation routes": what the work holds or tells, not what it did
    if subject[0] in _WRITER_WORDS and main in _JUDGING_VERBS and after and (
            after[0] in _YOU_WORDS or after[0] in _HIM_OR_HER or after[0] == person.name
            or text[c.verbs[-1].end:c.end].split()[0][:1].isupper()):
        return False  # "I have found Rahul discharging his duties with sincerity": the writer's judgement of the person
    if main in _PERCEPTION_VERBS and not after:
        return False  # "Several people have noticed": awareness with nothing perceived and nothing following
    if main in _INTENDED and any(w in BE_FORMS for w in verbs) and _TO_NEXT.match(text, c.verbs[-1].end, c.end):
        return False  # "This was meant to make the induction smoother", "It was designed to ...": a purpose
    if c.tense == "past" and len(verbs) > 2 and verbs[0] in BE_FORMS and "able" in verbs[1:3] and "to" in verbs[2:4] \
            and subject[0] not in _THING_WORDS:
        return True  # "The residents were able to get out again": an ability realised after the act, as "managed
        # to" (Quirk et al. 1985, 4.54: "was able to" asserts that the act took place, unlike "could")
    if verbs[0] in ("was", "were") and verbs[1:] in ((), ("home",)) and subject[0] not in _THING_WORDS \
            and subject[0] not in _WRITER_WORDS and _HOME_BY.match(text, c.verbs[0].end, min(len(text), c.end + 40)):
        return True  # "The drivers were home before dark": a place reached, as "got home"
    if verbs[0] == "got" and c.tense == "past" and _party_subject(text, c) and _GOT_BACK.match(text, c.verbs[0].end, c.end):
        return True  # "Everyone got home for Christmas", "Three families got their heating back on": what others
        # reached or regained, no linked description
    if any(w in _LINK_VERBS for w in verbs) and not (main not in _LINK_VERBS and is_participle(main)) and not (
            main.endswith("ing") and len(main) > 4 and _party_subject(text, c)) and not _progressive_response(
            text, c):  # "our client is now asking to ..."
        return _result_words(rules).search(text, c.verbs[0].start, c.end) is not None or _changed_state(text, c) \
            or _measured_now(text, c) \
            or (c.tense in ("past", "perfect") and _ROLE_IN_RESULT.match(text, c.verbs[0].end, c.end) is not None) \
            or _kept_state(text, c) or (c.main_verb in ("up", "down") and _measured_present(text, c)) \
            or _BENEFIT_TO.match(text, c.verbs[-1].end, c.end) is not None
    return True


def _work_as_benefit(text: str, c: Clause) -> bool:
    """Clause ``c`` has the person's work as its subject ("Your notes", "her calm manner"), "be" and a benefit noun with
    its beneficiary (see below): what the work was to others, an act and its effect in one clause."""
    subject, verbs = c.subject_words, c.verb_words
    return len(subject) > 1 and subject[0] in _POSSESSIVE_WORDS and bool(verbs) and verbs[0] in BE_FORMS \
        and c.link not in _SCENE_LINKS and c.tense in ("past", "perfect", "present") \
        and _BENEFIT_TO.match(text, c.verbs[-1].end, c.end) is not None


# What the act was to others, as a benefit noun with its beneficiary: "It has been a huge help for the
# weekend team", "Your notes were a lifesaver for the night shift", "a real relief to me".
_BENEFIT_TO = precompiled(r"\s{1,3}(?:such\s{1,3})?(?:a|an)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}?(?:help|boon|asset|relief|"
                         r"lifesaver|life-saver|game[\s-]changer|godsend|blessing|time[\s-]?saver|gift|support|resource|comfort|"
                         r"reassurance|consolation)\s{1,3}(?:for|to)\s{1,3}(?:me|us|everyone|everybody|them|(?:both|all|each)"
                         r"\s{1,3}of\s{1,3}(?:us|them)|(?:the|our|my|their|every|all|both)\s)",
                         re.IGNORECASE)


# Aspect does not change what a verb reports: a progressive ("The scaffolders have been checking every ladder since",
# "the new starters are asking fewer questions now") tells what others do after the act as the simple form does
# ("have checked", "ask fewer"). Its subject is someone or something other than the person, the writer or the person's
# work ("Your reports are still arriving late" describes the work); a present one has passed the phase, "now" or
# measure check, a perfect one is measured from the act by "since" (Quirk et al. 1985, 4.26-4.31 on the progressive).
_SINCE_WORD = precompiled(r"\bsince\b", re.IGNORECASE)
_CLAUSE_STOP = precompiled(r"[,;:.!?]")


def _progressive_response(text: str, c: Clause) -> bool:
    """Clause ``c`` is a progressive whose subject is not a thing pronoun, the writer or a possessive (see above)."""
    verbs, subject = c.verb_words, c.subject_words
    if len(verbs) < 2 or not c.main_verb.endswith("ing") or len(c.main_verb) <= 4 or verbs[-2] not in BE_FORMS:
        return False
    if subject[0] in _THING_WORDS or subject[0] in _WRITER_WORDS or subject[0] in _POSSESSIVE_WORDS \
            or subject[0] in _YOU_WORDS or subject[0] == "there":
        return False
    if c.tense == "perfect":  # "since" may stand after the clause the split made: "... every ladder since, and"
        stop = _CLAUSE_STOP.search(text, c.end, c.end + 40)
        return _SINCE_WORD.search(text, c.verbs[-1].end, stop.start() if stop else c.end) is not None
    return c.tense == "present"


# A present "be" with "now" and a measure after it, an amount with its unit, a share or a count of things ("the
# average wait is now six days instead of a month", "the error rate is now 2%", "the backlog is now 40 claims"): a
# measured state where the act left things. A clock time, a date or a room number is no measure ("The meeting is now
# at 3pm").
_COUNT_OF = precompiled(r"\b(?:\d[\d,.]*\s{0,2}%|\d[\d,.]*\s{1,3}(?:[a-z-]{2,30}\s{1,3})?[a-z]{2,30}s\b|"
                        + NUMBER_WORD_PATTERN + r"\s{1,3}(?:[a-z-]{2,30}\s{1,3})?[a-z]{2,30}s\b)", re.IGNORECASE)


def _measured_now(text: str, c: Clause) -> bool:
    if c.tense != "present" or not c.verbs or c.verb_words[0] not in BE_FORMS:
        return False
    if not _NOW_WORD.search(text, c.start, c.end):
        return False
    rest = text[c.verbs[0].end:c.end + (text[c.end:c.end + 1] == "%")]  # the clause split leaves a share's "%" out
    return bool(quantities(rest)) or _COUNT_OF.search(rest) is not None


# Universal conditional-concessive clauses (Quirk et al. 1985, 15.42: "whatever happened", "whoever asked") say the
# outcome holds under every condition; they are conditions, not what followed the act.
_CONCESSIVE_RELATIVES = wordset("whatever whoever whichever wherever whenever however")
# Verbs of judging with an object and its complement (Levin 1993, 29.4 "declare" verbs: find, consider, judge, deem,
# regard): the writer's verdict on the person ("I have found him reliable", "we consider her ready"), a view.
_JUDGING_VERBS = frozenset().union(*(inflections(v) for v in ("find", "consider", "judge", "deem", "regard")))


# Verbs that tell what a piece of work holds or is about (VerbNet contain-15.4: contain, include; Levin 1993, 47.8
# contiguous location: cover, span; Levin 37.1 transfer of a message: explain; WordNet 3.1 verb.communication:
# describe, outline, list, summarize, detail, mention, feature): with the work as subject ("It covered the evacuation
# routes", "The guide listed every form") they describe it, as a clause about the slides does, and tell no effect.
# "cover" in its sense of making up a lack ("covered the gap in the rota", "covered the cost") is left out.
_CONTENT_VERBS = frozenset().union(*(inflections(v) for v in (
    "cover", "span", "contain", "include", "explain", "describe", "outline", "list", "summarize", "summarise", "detail",
    "mention", "feature")))
_MADE_UP_FOR = precompiled(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?(?:gaps?|shortfalls?|costs?|absences?|shifts?|loss(?:es)?|"
                          r"deficits?|overtime|bills?|fees?)\b", re.IGNORECASE)

# Verbs of perception whose object is what was perceived: with nothing after them they report awareness only.
_PERCEPTION_VERBS = wordset("noticed notice notices spotted seen saw realised realized")


def _others_feeling(text: str, c: Clause, person: _Person, pointing: bool = False) -> bool:
    """Clause ``c`` has "be" (or a feel verb) with the participle of an "amuse"-class verb (Levin 1993, 31.1:
    "annoyed", "relieved", "frustrated"), or an adjective VADER rates at least 1.5 either way with a stimulus that
    points back ("sick of them", "happy with it"), as its complement, and a subject that is neither the writer (see
    :func:`_writer_feeling`), the person, a thing pronoun nor "there": another party's mood after the act. Not a
    modal ("they would be annoyed") and not one directed at the person ("annoyed with you" is about the person, and
    still a reaction: kept). With ``pointing`` (no act of the person told before it) the stimulus must be a pronoun
    for the work just named ("Your reviews are nitpicking and everyone is sick of them"); a mood about the person's
    quality is praise or blame in others' mouths ("The team was impressed with your energy")."""
    if not c.subject or not c.verbs or c.tense in ("modal", "none"):
        return False
    subject = c.subject_words
    if subject[0] in _WRITER_WORDS or subject[0] in _THING_WORDS or subject[0] in _YOU_WORDS or subject[0] == "there" \
            or person.is_subject(subject):
        return False
    if c.verb_words[0] not in BE_FORMS and c.main_verb not in _FEEL_VERBS:
        return False
    toks = tokens(text[c.verbs[-1].end if c.main_verb in _FEEL_VERBS else c.verbs[0].end:c.end])[:8]
    words = [normalise_quotes(t.text).lower() for t in toks]
    for k, word in enumerate(words[:4]):
        if word in _DEGREE_WORDS or word in ("getting", "becoming", "now", "still", "already", "so", "very", "really"):
            continue
        back = words[k + 1:k + 2] in (["of"], ["with"], ["about"], ["by"], ["at"]) and words[k + 2:k + 3] != [] \
            and words[k + 2] in (_WORK_BACK if pointing else _STIMULUS_BACK)
        if word.endswith("ed") and word in _EXPERIENCER_VERBS:
            return back or not pointing
        # an affect adjective whose stimulus points back to the act or work: "is sick of them", "are happy with it"
        return abs(lexicon().get(word, 0.0)) >= 1.5 and back
    return False


_STIMULUS_BACK = wordset("it them this that these those you your us")
_WORK_BACK = wordset("it them this that these those")


_KEPT_STATE_VERBS = wordset("stayed remained became stays remains becomes")
_BECOME = wordset("became becomes")


def _kept_state(text: str, c: Clause) -> bool:
    """A past "stayed"/"remained"/"became" clause (present ones with "now") after the act, describing its
    subject ("The store stayed fully staffed through the sale", "The summary became the basis for the
    decision"): the state the act kept or brought about. Not a place or time ("remained in Leeds", "stayed
    until six") and not a negated one."""
    main = c.main_verb
    if main not in _KEPT_STATE_VERBS or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
        return False
    if c.tense != "past" and not _NOW_WORD.search(text, c.start, c.end):
        return False
    for t in tokens(text[c.verbs[-1].end:c.end])[:6]:
        word = normalise_quotes(t.text).lower()
        if word == "now" or word in _DEGREE_WORDS or (word.endswith("ly") and len(word) > 4 and main not in _BECOME):
            continue
        if main in _BECOME:  # what others became, or the part the work came to play ("became the basis for")
            return word == "the" or word.isalpha() and _party_subject(text, c) and word not in DETERMINERS
        return word.isalpha() and word not in FUNCTION_WORDS and word not in PREPOSITIONS and word not in DETERMINERS
    return False


# The part the act played in a result: "This was key to landing the Acme renewal", "It's a big part of why
# we got through December without agency staff", "Her notes were the reason the audit closed early".
_ROLE_IN_RESULT = precompiled(
    r"\s{1,3}(?:(?:a|the|one\s{1,3}of\s{1,3}the)\s{1,3}(?:(?:big|bigger|biggest|huge|large|major|main|real|key|chief|"
    r"whole)\s{1,3})?(?:part|reason|reasons)\s{1,3}(?:of\s{1,3})?(?:why|that|(?:we|they|the|our|their)\s{1,3}[a-z]{2,30}ed)\b|"
    r"(?:(?:so|really|absolutely)\s{1,3})?(?:key|crucial|critical|central|instrumental|essential|vital|pivotal|decisive|"
    r"integral)\s{1,3}(?:to|in)\s{1,3}(?!(?:being|having|getting)\b)[a-z]{3,30}ing\b)", re.IGNORECASE)
# A record or a first for someone or something else after the act: "for the first time in a month", "the
# smoothest quarter-end we have had", "the most successful festival we have ever run", "our best attendance
# ever", "the lowest in three years", "a record". A superlative bounded by the group's own history (a perfect
# relative clause with "we" or "they", "our ... ever") ranks the result against every earlier one; the writer's
# own viewing ("the best page I have ever seen", "the best page ever") is a judgement.
_RECORD = precompiled(
    r"\bfor\s{1,3}the\s{1,3}first\s{1,3}time\b|\ba\s{1,3}(?:new\s{1,3})?record\b|"
    r"\b(?:the|its|their|our)\s{1,3}(?:[a-z]{2,20}est|best|worst|most\s{1,3}[a-z]{3,20}|least\s{1,3}[a-z]{3,20})\b"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,4}?\s{1,3}(?:we(?:['’]ve|\s{1,3}have)\s{1,3}(?:ever\s{1,3})?had|"
    r"(?:we|they)(?:['’]ve|\s{1,3}have|\s{1,3}had)\s{1,3}(?:ever\s{1,3})?(?!(?:to|been|got|seen|read|heard|met|known|"
    r"come|worked|encountered|watched|reviewed|received|experienced)\b)[a-z]{2,20}\b|"
    r"in\s{1,3}(?:(?:\w{1,10}|the\s{1,3}last\s{1,3}\w{1,10})\s{1,3})?(?:years|months|a\s{1,3}decade)|on\s{1,3}record|to\s{1,3}date)\b|"
    r"\b(?:its|their|our)\s{1,3}(?:[a-z]{2,20}est|best|worst|most\s{1,3}[a-z]{3,20}|least\s{1,3}[a-z]{3,20})\b"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{1,3}ever\b(?!\s{1,3}(?:since|after|before|so|again)\b)",
    re.IGNORECASE)
# None of a problem after the act, reported by anyone: "I didn't get a single complaint", "I haven't heard one
# complaint since", "There were no errors in the May run".
_NONE_OF = precompiled(r"(?:\b(?:no|zero)|(?:n['’]t|\bnot)\s{1,3}(?:[a-z]{2,12}\s{1,3})?(?:a\s{1,3}single|one|any))"
                      r"\s{1,3}(?:(?:more|further|new|other)\s{1,3})?\Z", re.IGNORECASE)


_NONE_WORD = precompiled(r"\b(?:no|zero|single|one|any)\b", re.IGNORECASE)


def _zero_problems(text: str, c: Clause, rules: FeedbackRules) -> bool:
    if (lead := _NONE_WORD.search(text, c.start, c.end)) is None:
        return False  # the quantity comes first; most clauses have none
    return any(_NONE_OF.search(text, c.start, m.start()) for m in rules.problem_words.finditer(text, lead.end(), c.end))


def _owner_only(subject: tuple[str, ...], person: _Person) -> bool:
    """To "you", a subject that names the person only as an owner after its head ("Sales in your region",
    "The team on your floor"): someone or something else, whose change can be the act's consequence."""
    return person.second and subject[0] not in _YOU_WORDS and subject[0] not in _POSSESSIVE_WORDS and not any(
        w in ("you", "yourself", "yourselves") for w in subject)


def _covers(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping), by bisection."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _remedied_subject(draft: _Draft, rules: FeedbackRules, sentence: int, pos: int) -> bool:
    """The problem word at ``pos`` is in the subject of a clause whose verb remedies it ("failures get
    fixed the same day", "the duplicate charges were refunded")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or not c.verbs or not c.subject[0].start <= pos < c.subject[-1].end:
        return False
    main = c.verbs[-1]
    return not _NOT_A_REMEDY_OF_SUBJECT.match(c.main_verb) and rules.remedies.fullmatch(
        draft.text, main.start, main.end) is not None


# Remedy words that say nothing of a problem standing as the subject: "the errors were found", "the bugs
# stayed open", "complaints came in".
_NOT_A_REMEDY_OF_SUBJECT = precompiled(
    r"(?:found|notic|caught|spott|flagg|identif|discover|detect|diagnos|stay|work|handl|came|put|turn|took|tak|"
    r"inherit|no\b|zero|fewer|without|despite|free|in\b)", re.IGNORECASE)


_NOBODY = wordset("nobody none nothing neither no")


# "It could have been handled better": an alternative the person missed, not a harm averted.
_COMPARATIVE = precompiled(r"\b(?:better|worse|more|less|earlier|sooner|faster|[a-z]{3,20}er\s{1,3}than)\b", re.IGNORECASE)


def _forecast(c: Clause) -> bool:
    """What others will do as a result ("people will not want to work with you", "the client will place
    another order"): active "will" with a third party as its subject; not the writer's plan ("We will
    review it"), a passive one ("This month's goal will be increased") nor a threat after "or"."""
    verbs = c.verb_words
    return (verbs[0] in ("will", "'ll", "won't") and c.subject_words[0] not in _WRITER_WORDS | _THING_WORDS
            and not any(w in BE_FORMS for w in verbs) and c.link != "or")  # "... or disciplinary action will follow": a threat


# A loss the writer's side will suffer if the act goes on ("If that carries on, we will lose the two trade accounts",
# "we'll miss the audit date unless ..."): nobody plans a loss, so a "will" clause of losing, missing or failing with
# the writer as subject and a condition ("if", "unless") in its sentence is a forecast of the act's effect, not the
# writer's plan ("We will review it").
_LOSS_VERBS = wordset("lose miss fail")
_CONDITION_WORD = precompiled(r"\b(?:if|unless)\b", re.IGNORECASE)


def _conditional_loss(text: str, c: Clause, lead: str) -> bool:
    verbs = c.verb_words
    if not verbs or verbs[0] not in ("will", "'ll") or not c.subject or c.subject_words[0] not in _WRITER_WORDS:
        return False
    if c.main_verb not in _LOSS_VERBS:
        return False
    tail = text[c.end:c.end + 80].split(".")[0]
    return _CONDITION_WORD.search(lead) is not None or _CONDITION_WORD.search(tail) is not None


def _counterfactual(verbs: tuple[str, ...]) -> bool:
    """"would have printed", "would otherwise have had to give": what would have happened."""
    if not verbs or verbs[0] not in _COUNTERFACTUAL or "have" not in verbs[1:3]:
        return False
    after = verbs[verbs.index("have") + 1:]
    return bool(after) and is_participle(after[0])


def _counterfactual_at(draft: _Draft, sentence: int, pos: int) -> bool:
    """``pos`` lies in a clause that tells what would have happened ("It would have printed the wrong
    number"), with a subject other than the person: a harm that did not happen. "You should have told me"
    is criticism."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or not c.verbs:
        return False
    return (_counterfactual(c.verb_words) and not _COMPARATIVE.search(draft.text, c.start, c.end)
            and not _YOU_TOKEN.search(draft.text, c.subject[0].start, c.subject[-1].end)
            and c.subject_words[0] not in _HIM_OR_HER)


# A condition put by inversion ("Had you not rerouted the trucks, ..."): the clause splitter leaves it verbless.
_INVERTED_CONDITION = precompiled(r"[\s\"“(]{0,3}had\s{1,3}(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))\s{1,3}"
                                  r"(?P<neg>(?:not|never)\s{1,3})?[a-z]{2,20}", re.IGNORECASE)
_DENIED_PAST = wordset("not never n't hadn't didn't wasn't weren't")


def _counterfactual_condition(draft: _Draft, sentence: int) -> Clause | None:
    """The condition of a counterfactual about the person's own act in sentence ``sentence``: a clause of what would
    have happened ("forty drivers would have been paid late", ``_counterfactual``) with a condition in the past
    whose subject is the person, opened by "if" ("If you hadn't stayed late", "If you had checked the chart") or
    by inversion ("Had you not rerouted the trucks"). An open condition ("If you don't send the rota, we will
    ...") is no counterfactual."""
    parsed = draft.parsed[sentence]
    if not any(c.verb_words[:1] and c.verb_words[0] in _COUNTERFACTUAL and "have" in c.verb_words[1:3]
               and c.verb_words[-1] != "have" for c in parsed):
        return None  # "would have run out", "would not have been given": what would have happened
    person = draft.person

    def persons(subject: tuple[Token, ...]) -> bool:
        words = tuple(normalise_quotes(t.text).lower() for t in subject)
        return bool(words) and (words[0] in PERSON_PRONOUNS or person.is_subject(words) or (
            subject[0].text[:1].isupper() and words[0] not in _WRITER_WORDS and words[0] not in _THING_WORDS
            and words[0] not in DETERMINERS and names_lexicon().may_be_name(subject[0].text)))

    for c in parsed:
        if c.link.lower() == "if" and c.tense == "past" and c.verb_words and persons(c.subject) \
                and (c.verb_words[0] in ("had", "hadn't", "'d") or any(w in _DENIED_PAST for w in c.verb_words)):
            return c
        if not c.link and _INVERTED_CONDITION.match(draft.text, c.start, c.end) is not None:
            subject = draft.span_tokens(c.start, c.end)[1:2]
            if subject and persons(tuple(subject)):
                return c
    return None


def _condition_denied(draft: _Draft, c: Clause) -> bool:
    """Counterfactual condition ``c`` denies the act ("If you hadn't stayed late", "Had you not rerouted"): the
    person did it, and what would have happened was averted."""
    inverted = None if c.link else _INVERTED_CONDITION.match(draft.text, c.start, c.end)
    if inverted is not None:
        return inverted.group("neg") is not None
    return any(w in _DENIED_PAST for w in c.verb_words)


def _averted_in_clause(draft: _Draft, sentence: int, pos: int) -> bool:
    """The problem word at ``pos`` is in the verb phrase of a clause that says it no longer happens: a
    subject that is nobody ("Nobody has double-booked a room since", "no customer was charged twice")
    or a need that has ended ("I no longer have to re-key every request")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or not c.verbs:
        return False
    if c.subject_words[0] in _NOBODY and c.verbs[0].start <= pos < c.verbs[-1].end:
        return True  # the problem is the clause's own verb, not something it reports ("Nobody knew it was broken")
    verbs = c.verb_words
    return "longer" in verbs and ("have" in verbs or "has" in verbs or "need" in verbs or "needs" in verbs)


def _writer_not_observing(draft: _Draft, sentence: int, pos: int) -> bool:
    """The clause at ``pos`` has the writer as its subject and tells what the writer did or means to do
    ("I've been meaning to talk to you about the last quarter"): no act of the person's. A view verb
    ("I noticed you cut Sam off twice") reports the person's act and stays behaviour."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or c.subject_words[0] not in _WRITER_WORDS or c.inherited:
        return False
    return c.main_verb not in _VIEW_VERBS


_HE_OR_SHE_MENTION = precompiled(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)


class _Mentions:
    """Where the person is mentioned: ``pronouns`` (a compiled pattern) or ``name`` as a whole word in any case,
    what ``re.compile(rf"\\b(?:{re.escape(name)}|<pronouns>)\\b", re.IGNORECASE)`` finds, without compiling a
    pattern for each new name (half a millisecond: a draft about a new person would pay it)."""

    def __init__(self, text: str, pronouns: re.Pattern[str], name: str | None) -> None:
        self.text, self.pronouns = text, pronouns
        self.folded = fold(text) if name and name.isascii() else None
        self.name = name.lower() if self.folded is not None else name  # as fold lowers the text
        self.pattern = _name_pattern(name) if name is not None and self.folded is None else None

    def search(self, start: int, end: int) -> bool:
        """Whether the person is mentioned in ``text[start:end]`` (as ``pattern.search(text, start, end)``)."""
        if self.pronouns.search(self.text, start, end) is not None:
            return True
        if self.pattern is not None:
            return self.pattern.search(self.text, start, end) is not None
        if self.folded is None:
            return False
        # A name of ASCII characters: the folded text holds it where the caseless pattern would match it
        # (scan.fold), between word boundaries as the pattern sees them (end is where the text stops).
        text, folded, name = self.text, self.folded, self.name or ""
        at = folded.find(name, start, end)
        while at >= 0:
            if _boundary(text, at, end) and _boundary(text, at + len(name), end):
                return True
            at = folded.find(name, at + 1, end)
        return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(text: str, pos: int, end: int) -> bool:
    """``\\b`` at ``pos`` in a search of ``text`` that stops at ``end``."""
    return (pos > 0 and _is_word(text[pos - 1])) != (pos < end and _is_word(text[pos]))


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name with other than ASCII characters as a whole word in any case (as ``re`` matches case)."""
    return re.compile(rf"\b(?:{re.escape(name)})\b", re.IGNORECASE)


# A hardship the person worked through, in a concessive adjunct ("despite a broken printer", "in spite of the bad
# connection", "even on days when the weather was terrible"): its problem words describe the circumstances, not the
# person, when the person acts in the rest of the sentence and nothing in the adjunct is theirs ("despite your late
# start" concedes the person's own fault, which stays criticism).
_HARDSHIP = precompiled(r"\b(?:despite|in\s{1,3}spite\s{1,3}of|notwithstanding|regardless\s{1,3}of|even\s{1,3}(?:on|in|through|"
                       r"during|with|when|after|as|though|while|under|amid|amidst))\b", re.IGNORECASE)
_HARDSHIP_END = precompiled(r"[,;:—–()]|\s-\s|\b(?:and|but|so)\s{1,3}(?:you|he|she|they)\b", re.IGNORECASE)
_OWN_IN_HARDSHIP = precompiled(r"\b(?:you|your|yours|he|his|him|she|her|they|their|them)\b", re.IGNORECASE)
_ACTOR = precompiled(r"\b(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))\b", re.IGNORECASE)


def _in_hardship(draft: _Draft, pos: int) -> bool:
    """``pos`` lies in a concessive adjunct naming a hardship the person worked through (see above)."""
    text = draft.text
    s, e = draft.sentence_at(pos)
    markers = list(_HARDSHIP.finditer(text, s, pos))
    if not markers:
        return False
    marker = markers[-1]
    end_m = _HARDSHIP_END.search(text, marker.end(), e)
    end = end_m.start() if end_m else e
    if pos >= end or _OWN_IN_HARDSHIP.search(text, marker.end(), end):
        return False
    return any(_is_person(actor.group(), actor.start() == s) for a, b in ((s, marker.start()), (end, e))
               for actor in _ACTOR.finditer(text, a, b))


# The writer's own need before the person acted: I or we, unable to know, understand or manage something ("we did
# not understand what was going on", "I could not work out how to upload my claim"). In a setting clause (see
# below) it is what the person met, not a failing of theirs; a thing that did not happen ("the client did not get a
# reply") may be the person's doing and is not read here.
_WRITER_AT_A_LOSS = precompiled(
    r"\W{0,3}(?:(?:when|as|because|since|and|but|so|then|at\s{1,3}first)\s{1,3})?(?:I|we)\b[^,;]{0,30}?"
    r"(?:\bnot|n['’]t|\bnever)\s{1,3}(?:(?:really|fully|quite|even|yet)\s{1,3})?(?:know|knew|understand|understood|realis\w{1,3}|"
    r"realiz\w{1,3}|work(?:ed)?\s{1,3}out|figure(?:d)?\s{1,3}out|find|found|manage|managed|cope|coped|follow|followed|"
    r"make\s{1,3}sense|use[ds]?|speak|read)\b", re.IGNORECASE)


_SEEING = wordset("notice noticed see saw seen hear heard observe observed spot spotted watch watched find found")


def _writer_side(subject: tuple[str, ...]) -> bool:
    """A subject on the writer's side: I or we, the writer with others ("My husband and I"), or the writer's own
    people or things ("my son", "our train")."""
    return bool(subject) and (subject[0] in _WRITER_WORDS or subject[0] in ("my", "our") or "i" in subject[1:])


def _writer_trouble(draft: _Draft, sentence: int, pos: int) -> bool:
    """``pos`` lies in a clause telling the writer's own trouble before anyone else did anything in the draft ("We
    arrived half an hour late", "I did not want to stay", "I was behind on my rent"): what the person then met, not
    a fault of theirs. A clause that names the person or another party (you, he, she, they), or whose sentence
    gives another party's act as its cause ("because you did not send the agenda"), is not; nor is one after an
    act, where the writer's loss is its effect ("You sent the wrong invoice, and we lost the account")."""
    clause = draft.clause_at(sentence, pos)
    if clause is None or not _writer_side(clause.subject_words) or clause.tense not in ("past", "perfect") \
            or clause.main_verb in _SEEING or _perceiving(clause):
        return False  # a plan or a wish ("we want to improve"), what the writer saw ("I noticed three reports were late")
    words = [w.strip(",.;:!?\"'“”‘’()").lower() for w in draft.text[clause.start:clause.end].split()]
    if any(w in _YOU_WORDS or w in _THIRD_PERSON or w in ("his", "their") for w in words):
        return False
    acts = [c for sentence_clauses in draft.parsed for c in sentence_clauses
            if c.tense != "none" and c.subject_words and not _writer_side(c.subject_words)
            and not any(w in BE_FORMS for w in c.verb_words)]  # "Your service was excellent" describes: no act
    if not acts or acts[0].start < clause.start:
        return False  # nobody meets it (a self-review's own shortfall), or it follows someone's act (its effect)
    return not any(c.link in _CAUSE_LINKS and c.subject_words and not _writer_side(c.subject_words)
                   for c in draft.parsed[sentence])


def _setting_clauses(draft: _Draft) -> list[tuple[int, int]]:
    """In a draft that speaks to the person, the clauses that set the scene for what the person did: those
    before anything the person did, and time clauses ("when the customer started shouting"), whose subject
    is someone or something else and that do not mention the person ("We were two weeks behind schedule",
    "The team struggled with flaky tests for months"): not criticism of the person. Empty when the person
    does nothing."""
    text = draft.text
    parsed = draft.parsed
    person = draft.person
    # A draft that thanks the person by name ("Thank you, Priya.") may tell what they did in the third person
    # ("Priya sorted every folder"); a draft about "he" or "she" with no name is about them.
    named_actor = person.name if person.name is not None and names_lexicon().may_be_name(person.name) else None
    if person.second:
        mentions = _Mentions(text, _YOU_TOKEN, named_actor)
    elif person.name is not None and not draft.second_person:
        mentions = _Mentions(text, _HE_OR_SHE_MENTION, person.name)
    elif person.name is None and not draft.second_person:
        mentions = _Mentions(text, _HE_OR_SHE_MENTION, None)
    else:
        return []
    before: list[tuple[int, int]] = []
    timed: list[tuple[int, int]] = []
    acted = False
    for sentence_clauses in parsed:
        for c in sentence_clauses:
            if c.tense != "none" and (person.is_subject(c.subject_words) or (
                    named_actor is not None and named_actor in c.subject_words[:2])):
                acted = True
                continue
            if not c.subject or mentions.search(c.start, c.end):
                continue
            if c.link in _TIME_LINKS:
                timed.append((c.start, c.end))
            elif not acted:
                before.append((c.start, c.end))
    return sorted(before + timed) if acted else []


# Praise of a named piece of work or occasion: "Great job on the Henderson proposal!", "Excellent
# presentation at the all-hands", "Your handling of the outage was superb" (not a trait: "happy with your
# determination").
_WORK_PRAISED = precompiled(r"\b(?:on|at|for)\s{1,3}(?:the|your|this|that|a|an|last|(?-i:[A-Z][a-z]{1,30})(?:['’]s)?)\s"
                           r"|\bfor\s{1,3}(?!(?:being|having|doing\s{1,3}(?:a|such|so|an)|everything|nothing|something|anything)\b)"
                           r"[a-z]{2,30}ing\b"
                           r"|\byour\s{1,3}[a-z]{3,30}(?:ing|tion|sion|ment|al)\s{1,3}of\b", re.IGNORECASE)


def _perceiving(c: Clause) -> bool:
    """"I could tell how much ...", "you can tell they ...": "tell" after can/could is perceiving, not saying."""
    verbs = c.verb_words
    return c.main_verb == "tell" and len(verbs) >= 2 and verbs[0] in ("can", "could")


# A sentence that opens with the person's own thing as its subject ("Your demo to the board was sharp,
# ...", "Priya's summary was excellent"): in praise it names the person's work, so what follows it in the
# same sentence or later can be its consequence.
_OWNED_OPENING = precompiled(r"[\s\"'“‘(]{0,3}(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}(?!own\b)[a-z]",
                            re.IGNORECASE)


# A sentence that opens with the person's act as a noun ("Your rewrite of the returns page ...", "Her
# summary of the interviews ...", "Your careful read of the contract ..."): whatever its tone, it names
# the act, so a later clause, or the rest of its own, can report what the act did.
_ACT_NOMINAL = precompiled(r"[\s\"'“‘(]{0,3}(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}(?:[a-z]{2,20}\s{1,3})?"
                          r"(?!(?:own|team|group|one|part|share|lack)\b)[a-z]{3,30}\s{1,3}(?:of|on|at|with|to|for)\b",
                          re.IGNORECASE)
# A sentence that opens with the person's act as a noun in a fronted phrase of means or agency ("Under Joan's
# leadership, the claims team achieved ...", "Through your redesign of the intake, ...", "With her help, we ..."):
# the act is named, so the main clause after it can report what the act did.
_ACT_FRONTED = precompiled(r"[\s\"'“‘(]{0,3}(?:under|through|with|via)\s{1,3}(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)"
                          r"\s{1,3}(?:[a-z]{2,20}\s{1,3})?(?!(?:own|team|group|permission|consent|approval|agreement|"
                          r"knowledge|lack|absence)\b)[a-z]{3,30}\b", re.IGNORECASE)
# An averted harm told in a relative clause after the act ("caught a clause that would have locked us
# into a three-year term", "spotted a leak which would otherwise have flooded the archive"); not a wish
# or a better alternative ("a plan that would have been better").
_AVERTED_RELATIVE = precompiled(r"\b(?:that|which)\s{1,3}(?:would|could|might)(?:\s{1,3}(?:otherwise|easily|surely))?"
                               r"\s{1,3}have\s{1,3}(?!(?:liked|loved|preferred|wanted|helped|worked|been\s{1,3}"
                               r"(?:nice|good|great|helpful|useful|ideal|fine|my|our|a\s{1,3}good))\b)[a-z]{3,30}(?:ed|en|ne|wn|st|t)\b",
                               re.IGNORECASE)


# The audience's understanding as the result of the person's explaining, told in a manner or purpose phrase
# after the act: "explained the scan in a way that we understood", "in words my grandmother understood", "so
# that all the new starters could follow". Only a past uptake (or "could"/"was able to" with a base verb) of a
# past act by the person: "so that the board can understand it" in a request states no effect.
_UPTAKE = precompiled(
    r"\b(?:in\s{1,3}(?:a\s{1,3}way|words|terms|language)(?:\s{1,3}that)?|so(?:\s{1,3}that)?|such\s{1,3}that)\s{1,3}"
    r"(?:(?:we|i|they|everyone|everybody|all|both|he|she|even|the|my|our|his|her|their|every)\b[\w\s'’-]{0,40}?\s)?"
    r"(?:we|i|they|everyone|everybody|he|she|[a-z]{2,30})\s{1,3}(?:both\s{1,3}|all\s{1,3})?"
    r"(?:(?:could|was\s{1,3}able\s{1,3}to|were\s{1,3}able\s{1,3}to)\s{1,3}(?:finally\s{1,3}|easily\s{1,3}|now\s{1,3})?"
    r"(?:understand|follow|grasp)|(?:finally\s{1,3}|all\s{1,3})?(?:understood|followed|grasped))\b",
    re.IGNORECASE)


# A counterfactual tied to the person's part: "Without you we would have missed the deadline", "Without your
# corrections the panel would have rejected it", "But for her call, they might never have come back": the harm or
# loss the person's part averted (the clause parser reads no clause after "without" with no comma).
_WITHOUT_THEM = precompiled(
    r"\b(?:without|but\s{1,3}for)\s{1,3}(?:you|your|him|his|her|them|their|(?-i:[A-Z][a-z]{1,30})(?:['’]s)?)\b"
    r"[^.!?;]{0,80}?\b(?:would|could|might)(?:\s{1,3}(?:not|never|otherwise|easily|surely|probably|certainly|all))?"
    r"\s{1,3}have\s{1,3}(?!(?:liked|loved|preferred|wanted|been\s{1,3}(?:nice|good|great|fine))\b)"
    r"[a-z]{3,30}(?:ed|en|ne|wn|st|t)\b",
    re.IGNORECASE)
# The person's act told as a harm it may have averted: "You may well have prevented a serious accident",
# "you probably saved us a week".
_MAY_HAVE_AVERTED = precompiled(
    r"\b(?:you|he|she|they)\s{1,3}(?:may|might|could|must)(?:\s{1,3}(?:well|easily|very\s{1,3}well|even|just))?"
    r"\s{1,3}have\s{1,3}(?:prevented|averted|avoided|saved|spared|stopped)\b",
    re.IGNORECASE)
# What others could do after the person's act: "The new starters could find everything on their first day",
# "The crew could finally read the instructions", "Mr Okafor can get his wheelchair in again": a party other
# than the person and the writer, "could"/"can"/"was able to" and a base verb, at the start of a sentence.
_ABLE_PARTY = precompiled(
    r"\s*(?:(?:the|our|my|his|her|their|all|both|every|each|several|many|some|two|three|four|"
    r"five|\d+)\s{1,3}(?:[a-z][\w'’-]{1,30}\s{1,3}){0,3}?[a-z][\w'’-]{1,30}|everyone|everybody|"
    r"(?-i:(?:Mr|Mrs|Ms|Dr)\.?\s{1,3}[A-Z][a-z]{1,30}|[A-Z][a-z]{1,30}))"
    r"\s{1,3}(?:could|can|was\s{1,3}able\s{1,3}to|were\s{1,3}able\s{1,3}to)"
    r"(?:\s{1,3}(?:finally|now|again|at\s{1,3}last|suddenly|easily|all))?\s{1,3}(?!be\b|have\b|you\b)[a-z]{3,30}\b",
    re.IGNORECASE)
# The ability as reached, not offered: "could" alone is also a suggestion ("The night staff could review it on
# Friday"), so a word of arrival goes with it ("finally", "again", "now", "at last", "for the first time", "on
# their first day"), or "was/were able to".
_ABLE_REACHED = precompiled(r"\b(?:finally|again|now|at\s{1,3}last|suddenly|easily|for\s{1,3}the\s{1,3}first\s{1,3}time|"
                           r"on\s{1,3}(?:their|his|her|its|the|our)\s{1,3}(?:very\s{1,3})?first\s{1,3}"
                           r"(?:day|night|week|shift|morning|visit|try|attempt)|(?:was|were)\s{1,3}able)\b",
                           re.IGNORECASE)
# A condition, a suggestion or the person addressed ("Maybe Sam could help you"): no reached ability.
_ABLE_NOT = precompiled(r"\b(?:if|unless|once|maybe|perhaps|possibly|you|your|yourself)\b", re.IGNORECASE)


# --- a saving and an interception ---------------------------------------------------------------
#
# Two ways a draft states an effect without an effect word. A saving: the person (or their work) as the agent
# of a verb of saving whose object is a quantity of time or money ("Ravi freed up about six hours of the
# finance team's time", "trimmed twenty minutes off the stand-up"); a saving is what others no longer spend,
# so the object must be time or money (text.quantities): "saved the contract file", "freed the printer jam"
# state none. An interception: the person caught a problem before it reached someone, told by a detecting
# verb and a "before" clause of another subject ("caught a permissions bug before it reached production",
# "flagged the missing signatures before the inspectors saw the files"): the harm averted is the effect;
# "checked the labels before the pallet left" catches nothing.
_SAVING_VERBS = wordset("saved saves freed frees spared spares trimmed trims shaved shaves reclaimed reclaims "
                        "recovered recovers released releases")
_SAVING_TAIL = 12  # tokens after the verb in which the saved quantity must stand
_CATCHING_VERBS = wordset("caught catches spotted spots flagged flags intercepted intercepts noticed notices found "
                          "finds identified identifies detected detects")
_CATCHING_ALONE = wordset("caught catches spotted spots flagged flags intercepted intercepts")
"""Verbs that say a problem was caught whatever their object; the others ("found", "noticed") need a problem
word of the rules or a defect word in their clause ("found a duplicated bonus line", "noticed the wrong dosage")."""
_DEFECT_WORDS = wordset("duplicated duplicate incorrect discrepancy discrepancies mismatch mismatched inconsistency "
                        "inconsistencies overcharge overpayment underpayment flaw flaws fault faults leak leaks fraud "
                        "miscount misprint typo typos")
_HALF_UNIT = precompiled(r"\bhalf\s{1,3}(?:a|an)\s{1,3}(?:minute|hour|day|shift|week|month|year)\b", re.IGNORECASE)


def _saving_or_interception(draft: _Draft, sentences: list[_Sentence], rules: FeedbackRules) -> tuple[int, int] | None:
    """The first saving or interception of a draft that states no other effect (see above): asked only when the
    consequence clauses found none, so a draft's stated effect stays the one they find."""
    person = _person(draft.text, draft.parsed, first_names=True)
    for i in range(len(sentences)):
        if _QUESTION_END.search(draft.text, sentences[i].start, sentences[i].end) is None:
            found = _resource_saved(draft, i, person) or _intercepted(draft, i, person, rules)
            if found is not None:
                return found
    return None


def _resource_saved(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of a clause of sentence ``i`` in which the person or their work saved others time or money
    (see above), or None."""
    text = draft.text
    for c in draft.parsed[i]:
        if c.main_verb not in _SAVING_VERBS or c.tense not in ("past", "perfect", "present") or c.link in _SCENE_LINKS:
            continue
        verbs = c.verb_words
        if any(w in NEGATORS or w in NEGATED_AUXILIARIES or w in BE_FORMS or w in MODALS for w in verbs):
            continue  # "was saved", "could save", "didn't save": a passive, a wish, a denial
        subject = c.subject_words
        if not subject or not (person.is_subject(subject) or subject[0] in _POSSESSIVE_WORDS
                                or _NAME_OWNS.match(text, c.start) is not None):
            continue
        k = draft.token_index(c.verbs[-1].end)
        tail = draft.toks[k:k + _SAVING_TAIL]
        if not tail:
            continue
        stop = _EFFECT_STOP.search(text, c.verbs[-1].end, tail[-1].end)
        window = text[c.verbs[-1].end:stop.start() if stop else tail[-1].end]
        if quantities(window) or _HALF_UNIT.search(window):
            return c.start, c.end
    return None


def _intercepted(draft: _Draft, i: int, person: _Person, rules: FeedbackRules) -> tuple[int, int] | None:
    """The span from the person's catching clause to the "before" clause of sentence ``i`` that states a
    problem caught before it reached someone (see above), or None."""
    text = draft.text
    caught: Clause | None = None
    for c in draft.parsed[i]:
        if c.link == "before" and caught is not None and c.tense == "past" and c.subject_words \
                and not person.is_subject(c.subject_words) \
                and not any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
            return caught.start, c.end
        if c.link == "before" or c.tense != "past" or not person.is_subject(c.subject_words):
            continue
        if any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
            continue
        if c.main_verb in _CATCHING_ALONE or c.main_verb in _CATCHING_VERBS and (
                rules.problem_words.search(text, c.verbs[-1].end, c.end) is not None
                or any(normalise_quotes(t.text).lower() in _DEFECT_WORDS for t in draft.toks[
                    draft.token_index(c.verbs[-1].end):draft.token_index(c.end)])):
            caught = c
    return None


def _said_result(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """A result in ordinary words in sentence ``i`` after the person acted: a counterfactual tied to their
    part, a harm their act may have averted, or what others could do after it (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    for pattern in (_WITHOUT_THEM, _MAY_HAVE_AVERTED):
        m = pattern.search(text, s, e)
        if m and not _COMPARATIVE.search(text, m.start(), e):
            return m.start(), e
    m = _ABLE_PARTY.match(text, s, e)
    if m is None:
        return None
    subject = [w.lower().strip("'’") for w in text[s:m.end()].split()]
    if subject[0] in _HIM_OR_HER or subject[0] in _THING_WORDS or subject[0] in ("they", "there", "i", "we") or (
            not person.second and person.name is not None and person.name in subject) or _ABLE_NOT.search(text, s, e) \
            or _COMPARATIVE.search(text, m.end(), e) or not _ABLE_REACHED.search(text, s, e):
        return None  # the person ("He could make a better contribution"); a condition or suggestion
    return s, e


# The causative "have" (Quirk et al. 1985, 16.52: "have" + object + -ing participle, "I had them laughing"): the person
# or their act "has" other people doing something ("Your habit of booking the room all week has the other teams
# working in the canteen", "you have half of us looking for new jobs"). What the others are doing is the effect. The
# object ends in a group or people (a plural, "us", "them", "everyone", "staff"), so "You have the team meeting on
# Monday" is no such causative; the causer (the person, their work or "this"/"that") stands before "have". With the
# person's act or work as the causer ("Your habit of ... has the kitchen porters rewriting ..."), any plural object.
_CAUSATIVE_HAVE = precompiled(r"\b(?:has|have|had|having)\s{1,3}(?!(?:been|to|got|not|no|never|just|already|always|also|"
                              r"had|a|an|your|my|his|her|their|its)\b)((?:[\w'’-]{1,30}\s{1,3}){1,5}?)([a-z]{3,30}ing)\b",
                              re.IGNORECASE)
_CAUSED_GROUPS = wordset("us them everyone everybody staff others people")


def _causative_effect(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span from a causative "have" (see above) to its sentence's end, or None."""
    text = draft.text
    s, e = draft.sentences[i]
    for m in _CAUSATIVE_HAVE.finditer(text, s, e):
        last = m.group(1).split()[-1].lower()
        gerund = m.group(2).lower()
        if gerund in _NOT_GERUND or gerund.endswith("thing"):
            continue
        people = last in _CAUSED_GROUPS or last.endswith("s") and (last in _PARTY_WORDS or last[:-1] in PERSON_NOUNS)
        before = [normalise_quotes(t.text).lower() for t in draft.toks[draft.token_index(s):draft.token_index(m.start())]]
        if not before:
            continue
        # The person as the subject ("you have ...") may only possess: "You have the apprentices starting on Monday".
        # A causer that is the person's act or work ("Your habit of ... has", "The shortcut you showed had", "That
        # had") makes any plural object the ones caused to act.
        work_causer = before[0] in _POSSESSIVE_WORDS or before[0] in _THING_WORDS or before[0] in ("the", "a", "an") \
            and any(w in _YOU_WORDS or w in _HIM_OR_HER or w == person.name for w in before[1:])
        if people and any(w in _YOU_WORDS or w in _HIM_OR_HER or w in _THING_WORDS or w == person.name for w in before) \
                or work_causer and last.endswith("s") and not last.endswith("ss"):
            return m.start(), e
    return None


def _uptake(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of an uptake phrase (``_UPTAKE``) after a past or perfect act of the person in sentence ``i``."""
    text = draft.text
    s, e = draft.sentences[i]
    m = _UPTAKE.search(text, s, e)
    if m is None:
        return None
    named = False  # an appositive subject before a subjectless act: "Our pharmacist, Lena, explained ..."
    for c in draft.parsed[i]:
        if c.start >= m.start():
            break
        if c.tense in ("past", "perfect") and c.link not in _SCENE_LINKS and person.is_subject(c.subject_words) \
                and c.main_verb not in _LINK_VERBS and not any(w in BE_FORMS for w in c.verb_words):
            return m.start(), m.end()
        toks = draft.span_tokens(c.start, c.end)
        if c.subject or c.verbs or not toks:
            named = False
            continue
        first = normalise_quotes(toks[0].text).lower()
        if named and not c.link and is_past_tense(first) and first not in _LINK_VERBS and first not in BE_FORMS:
            return m.start(), m.end()
        named = named or len(toks) <= 4 and any(t.text[:1].isupper() and t.text != "I" and c.start + t.start > s
                                                for t in toks)
    return None


# A phase adverb between a subject and a verb the clause parser does not know as one (a plain present: "Families
# already get their letter within a day", "Guests no longer wait at check-in", "Most of them no longer go whole days
# without ..."): the adverb marks the verb slot, and the clause is a present state set against an earlier one (see
# ``_PHASE_WORD``).
_BARE_PHASE = precompiled(
    r"\s*((?:[\w'’-]{1,30}\s{1,3}){1,4}?)(?:already|still|no\s{1,3}longer|now|finally|at\s{1,3}last)\s{1,3}"
    r"(?!(?:the|a|an|in|at|on|to|for|of|and|or|but|is|are|was|were|be|been|has|have|had|you|your)\b)[a-z]{2,30}\b",
    re.IGNORECASE)
_NOT_A_SUBJECT_START = PREPOSITIONS | wordset("and or but so because since as when while if unless although though "
                                              "that which who whom where what how why")


def _bare_phase(text: str, c: Clause, person: _Person) -> bool:
    """Clause ``c``, read with no verb, is a subject, a phase adverb and a plain present verb (see above), its
    subject someone or something other than the person and the writer."""
    if c.link in _SCENE_LINKS:
        return False
    m = _BARE_PHASE.match(text, c.start, c.end)
    if m is None:
        return False
    words = tuple(w.lower() for w in m.group(1).split())
    return words[0] not in _NOT_A_SUBJECT_START and words[0] not in _WRITER_WORDS and words[0] not in _YOU_WORDS \
        and not person.is_subject(words) and words[0] != "there"


# How many the person's act served: a count of what it delivered to others ("gave 41 rides to clients", "raised
# enough to provide 315 meals to seniors") or a count of those it was for ("hosted the party for 60 residents",
# "delivered boxes to 200 families"). The number of people or things served is the act's reach, an effect in
# numbers; a span of time, money or a count of the person's own output ("wrote 5 reports") is not, nor a count
# after a verb VADER rates negative or in a sentence that is critical or names a problem ("cancelled 4
# appointments for patients": the fault, not a service).
_SERVED_AFTER = precompiled(r"\s{1,3}(?:[a-z][\w-]{1,30}\s{1,3})?([a-z]{3,30}s)\s{1,3}(?:to|for)\s{1,3}"
                           r"(?:(?:the|our|their|local|all|many|some)\s{1,3})?(?:[a-z][\w-]{1,30}\s{1,3})?([a-z]{3,30}s)\b",
                           re.IGNORECASE)
_SERVED_FOR = precompiled(r"(?:\bto|\bfor)\s{1,3}\Z", re.IGNORECASE)
_SERVED_HEAD = precompiled(r"\s{1,3}(?:[a-z][\w-]{1,30}\s{1,3})?([a-z]{3,30}s)\b", re.IGNORECASE)
# An infinitive before the count is a purpose ("set a goal to raise money to provide meals to 200 seniors") unless
# "enough" makes it the measure of what was done ("raised enough to provide 315 meals").
_INFINITIVE = precompiled(r"\b(enough\s{1,3})?to\s{1,3}(?!(?:the|our|their|his|her|your|my|a|an|all|every|each|"
                         r"local|\d)\b)[a-z]{2,30}\b", re.IGNORECASE)
_NOT_SERVED = wordset("""seconds minutes hours days weeks months years decades times dollars pounds euros cents points
    percent pages words lines steps items things ones others years' hours' sessions meetings calls emails""")


_SERVED_REACH = 240  # characters after an act's clause start in which its count of people served is read


def _served_count(text: str, start: int, end: int) -> bool:
    """A count in ``text[start:end]`` of what was delivered to others or of those served (see above)."""
    for n in numbers(text[start:end]):
        if n.value < 2 or n.percent or n.ordinal:
            continue
        at, after = start + n.start, start + n.end
        if any(m.group(1) is None for m in _INFINITIVE.finditer(text, start, at)):
            continue
        m = _SERVED_AFTER.match(text, after, end)
        if m and m.group(1).lower() not in _NOT_SERVED and m.group(2).lower() not in _NOT_SERVED:
            return True  # "41 rides to clients"
        head = _SERVED_HEAD.match(text, after, end)
        if head and head.group(1).lower() not in _NOT_SERVED and _SERVED_FOR.search(text, max(start, at - 6), at):
            return True  # "for 60 residents"
    return False


def _consequences(draft: _Draft, sentences: list[_Sentence], rules: FeedbackRules) -> list[tuple[int, int] | None]:
    """Per sentence, the span of its first consequence clause (None when it has none)."""
    text = draft.text
    quotes = quoted_spans(text)
    parsed = draft.parsed
    person = _person(text, parsed, first_names=True)
    out: list[tuple[int, int] | None] = []
    acted = False
    for i, (sentence, sentence_clauses) in enumerate(zip(sentences, parsed, strict=True)):
        found = None
        question = _QUESTION_END.search(text, sentence.start, sentence.end) is not None
        # "Omar went quiet after you talked over him": the cause joined after its result
        acted = acted or any(c.link in _CAUSE_LINKS and person.is_subject(c.subject_words) for c in sentence_clauses)
        owned = (sentence.praise > 0 and not sentence.critical and _OWNED_OPENING.match(text, sentence.start) is not None
                 or _ACT_NOMINAL.match(text, sentence.start) is not None
                 or _ACT_FRONTED.match(text, sentence.start) is not None)
        carried: tuple[str, ...] = ()  # the subject of a view verb's complement ("I noticed | you reorganised ...")
        acts = _acts_in(draft, person, i)
        for c in sentence_clauses:
            if c.inherited and carried and person.is_subject(carried):
                acted = True  # "I noticed you reorganised the cupboard and labelled every shelf": the conjunct
                continue  # continues the complement, whose subject is the person (Quirk et al. 1985, 13.45)
            if "behavior" in sentence.cues and sentence.cues["behavior"][1].start() < c.start:
                acted = True
            if owned and c.start > sentence.start + 3:
                acted = True  # "Your demo was sharp, and they approved the budget": the praised work's effect
            if _covers(quotes, c.start):
                continue
            inner = _complement(text, c) if c.subject and (c.main_verb in _VIEW_VERBS or _perceiving(c)) else []
            carried = inner[0].subject_words if inner and inner[0].subject else carried if c.inherited else ()
            if acted and not c.subject and c.tense == "none" and (lead := _FRONTED_TIME.match(text, c.start, c.end)):
                inner = clauses(text, lead.end(), c.end)[:1]  # "and by their third week both were closing tickets"
            if _antecedent_of_act(person, c, acts):
                continue  # "You sent the quote four days after they asked for it": the act's time, not its effect
            for part in (c, *inner):
                # "Without their dedication, my father would not be with us today": the work named in the condition
                averted = _AVERTING_OWN.search(text, max(sentence.start, part.start - _LEAD), part.start) is not None
                if (acted or averted or _work_as_benefit(text, part)) and found is None and not question and _is_consequence(
                        text, part, person, rules, text[max(sentence.start, part.start - _LEAD):part.start]):
                    found = (part.start, part.end)
                if found is None and not question and _artefact_effect(text, part):
                    found = (part.start, part.end)
                if found is None and not question and not acted and _others_feeling(text, part, person, pointing=True):
                    found = (part.start, part.end)  # "Your reviews are nitpicking and everyone is sick of them"
                if found is None and not question and acted and part.tense == "none" and _bare_phase(text, part, person):
                    found = (part.start, part.end)
                if found is None and not question and not sentence.critical and part.tense in ("past", "perfect") \
                        and person.is_subject(part.subject_words) \
                        and _served_count(text, part.start, min(sentence.end, part.start + _SERVED_REACH)) \
                        and lexicon().get(part.main_verb, 0.0) >= 0 \
                        and not rules.problem_words.search(text, part.start, min(sentence.end, part.start + _SERVED_REACH)):
                    found = (part.start, sentence.end)
                if person.is_subject(part.subject_words) and part.tense != "none" and part.main_verb not in _LINK_VERBS \
                        and not any(w in BE_FORMS for w in part.verb_words):
                    acted = True  # an act, not a description ("You're rude in meetings")
        if found is None and not question and (acted or owned or bool(sentence_clauses) and person.is_subject(
                sentence_clauses[0].subject_words)):  # "You were so late that they started without us"
            found = _degree_result(text, sentence.start, sentence.end, person, rules)
        if found is None and not question and acted:
            found = _relative_subject_effect(text, sentence_clauses, person, rules)
        if found is None and not question:
            found = _effect_on_people(draft, i, person, acted)
        if found is None and not question:
            found = _ongoing_effect(draft, i, person)
        if found is None and not question:
            found = _perceived_effect(draft, i, person)
        if found is None and not question:
            found = _uptake(draft, i, person)
        if found is None and not question:
            found = _causative_effect(draft, i, person)
        if found is None and not question and acted:
            found = _exposure(draft, sentences, i, person)
        if found is None and not question:
            found = _measured_comparison(draft, i, person, acted)
        if found is None and not question and acted:
            found = _said_result(draft, i, person)
        if found is None and not question and (acted or owned):
            m = _AVERTED_RELATIVE.search(text, sentence.start, sentence.end)
            if m and not _COMPARATIVE.search(text, m.end(), sentence.end) and not _covers(quotes, m.start()) and (
                    "otherwise" in m.group().lower() or _party_in(draft, draft.token_index(m.end()), sentence.end)):
                found = (m.start(), sentence.end)
        # a sentence that judges the person's work names an act too ("Great job on the Henderson proposal!",
        # "Your handling of the outage was superb"): what follows it can be its consequence
        acted = acted or "behavior" in sentence.cues or owned or _THANKS_FOR_ACT.search(text, sentence.start, sentence.end) \
            is not None or (not question and _lapse_reported(text, sentence, sentence_clauses, person)) or (
            sentence.praise > 0 and not sentence.critical and _WORK_PRAISED.search(text, sentence.start, sentence.end)
            is not None)
        out.append(found)
    return out


def _lapse_reported(text: str, sentence: _Sentence, found: list[Clause], person: _Person) -> bool:
    """Whether the sentence reports the person's act through its outcome: a past clause in a critical sentence ("the
    timesheets reached payroll after the cut-off") or with the person's own work as subject ("your till was out of
    balance three times"). What follows it can be its consequence, as after a clause with the person as subject. A
    linked verdict ("The report was disappointing", "Your attitude was poor") judges the work and reports no lapse."""
    return any(c.tense == "past" and c.link not in _SCENE_LINKS and c.subject_words and not _linked_verdict(text, c) and (
        sentence.critical > 0 and sentence.praise == 0 and c.subject_words[0] not in _WRITER_WORDS
        or c.subject_words[0] == "your" and person.second) for c in found)


def _linked_verdict(text: str, c: Clause) -> bool:
    """Clause ``c`` links its subject to a judgement: a link verb with a judgement adjective or a VADER-rated word
    after it ("was poor", "was disappointing", "seemed careless")."""
    if not any(w in _LINK_VERBS for w in c.verb_words):
        return False
    words = [w.lower() for w in _WORD.findall(text, c.verbs[-1].end, c.end)] if c.verbs else []
    judged = judgement_adjectives()
    return any(w in judged or lexicon().get(w, 0.0) != 0.0 for w in [*c.verb_words[1:], *words])


# A time phrase fronted before a clause's subject, which the clause split leaves without one: "(and) by their third
# week both were closing tickets", "within a month the help desk was getting half the calls".
_FRONTED_TIME = precompiled(r"[\s,;]{0,3}(?:(?:and|so)\s{1,3})?(?:by|within|after|in|over)\s{1,3}(?:the\s{1,3}|their\s{1,3}|its\s{1,3}|"
                           r"his\s{1,3}|her\s{1,3}|a\s{1,3}|one\s{1,3}|two\s{1,3}|three\s{1,3}|less\s{1,3}than\s{1,3}a\s{1,3})?"
                           r"(?:[\w-]{2,20}\s{1,3})?(?:days?|weeks?|months?|quarters?|years?|shifts?|end\s{1,3}of\s{1,3}(?:the\s{1,3})?"
                           r"[\w-]{2,20})\s{0,3},?\s{1,3}(?=[\w'’])", re.IGNORECASE)
# A result clause of degree: "so clear that the weekend staff ran the store on their own", "such a tidy handover
# that the night team needed no call", "dense enough that two cafes sent them back" (postposed "enough" takes a
# that-clause of result as "so" does: Huddleston & Pullum 2002, 13.4): what the quality of the act or work led others to do.
_DEGREE_THAT = precompiled(r"\b(?:(?:so|such\s{1,3}(?:an?\s{1,3})?)\s{1,3}(?!(?:i|we|you|he|she|they|it|the|a|an|this|that|there|"
                          r"our|my|your|his|her|their|far|much)\b)[\w'’-]{2,30}(?:\s{1,3}(?!that\b)[\w'’-]{1,30}){0,5}?"
                          r"|(?!(?:not|just|long|often|well|far|much|fair|sure|true)\b)[a-z][\w'’-]{1,30}\s{1,3}enough)"
                          r"\s{1,3}that\s{1,3}(?=[\w'’])", re.IGNORECASE)


def _degree_result(text: str, start: int, end: int, person: _Person, rules: FeedbackRules) -> tuple[int, int] | None:
    """The span of a result clause of degree in ``text[start:end]`` (see above) whose subject is someone or
    something other than the person and that reports what followed (:func:`_is_consequence`), or None."""
    for m in _DEGREE_THAT.finditer(text, start, end):
        found = clauses(text, m.end(), end)
        if not found:
            continue
        c = found[0]
        if not c.subject_words or c.inherited or c.tense not in ("past", "perfect") \
                or c.subject_words[0] in ("it", "this", "that", "there"):
            continue  # "so clear that it was easy to follow": the work described again, no one's response
        if _is_consequence(text, c, person, rules, text[start:c.start]):
            return c.start, c.end
    return None


def _relative_subject_effect(text: str, found: list[Clause], person: _Person, rules: FeedbackRules
                             ) -> tuple[int, int] | None:
    """A subject with a relative clause that the clause split cut off from its own verb: "..., and two customers
    who had opened cancellation tickets withdrew them", "donors who had lapsed gave again": the phrase before
    "who" (no verb of its own) is the subject of the past verb after the relative clause. The span of the
    phrase and that clause when it is a party the person served or worked with and no problem word is in it."""
    for before, c in zip(found, found[1:], strict=False):
        if c.link not in ("who", "that") or before.tense != "none" or before.subject or not c.verbs \
                or c.tense not in ("past", "perfect"):
            continue
        phrase = [w.lower() for w in _WORD.findall(text[before.start:c.start])]
        phrase = phrase[1:] if phrase[:1] in (["and"], ["so"], ["then"]) else phrase
        if not phrase or phrase[0] in _YOU_WORDS or phrase[0] in _WRITER_WORDS or person.is_subject(tuple(phrase)) \
                or not any(w in _OTHER_PEOPLE or w in _PARTY_WORDS or w.removesuffix("s") in _SERVED_PEOPLE for w in phrase):
            continue
        for t in tokens(text[c.verbs[-1].end:c.end])[:8]:
            word = normalise_quotes(t.text).lower()
            if word in BE_FORMS or word in ("had", "has", "have") or not is_past_tense(word):
                continue
            if rules.problem_words.search(text, c.verbs[-1].end + t.start, c.end) is None \
                    and rules.critical.search(text, c.verbs[-1].end + t.start, c.end) is None:
                return before.start, c.end  # the relative clause may tell the problem met ("who had lapsed")
            break
    return None


# What the reviewed thing does or will do, as a code or document review says it without a past act ("this
# will throw an unhandled error", "The last page will be missing one item", "This pattern makes debugging
# easier", "this returns the wrong result for an empty list"): a failure or an ease that others meet.
_ARTEFACT_FAILS = wordset("throw crash fail break leak corrupt overflow hang freeze lose drop expose block miss "
                          "timeout deadlock")
_ARTEFACT_BE = precompiled(r"\s{1,3}(?:missing|wrong|lost|empty|null|undefined|incorrect|stale|duplicated|broken)\b",
                          re.IGNORECASE)
_ARTEFACT_HEADS = wordset("this that it these those")


_ARTEFACT_NOW = precompiled(
    r"[\s\"“(]{0,3}(?:(?:this|that|the)\s{1,3}[a-z][\w-]{1,30}(?:\s{1,3}[a-z][\w-]{1,30})?|this|that|it|these|those)"
    r"\s{1,3}(?:(?:throws|crashes|breaks|leaks|corrupts|overflows|hangs|freezes|deadlocks)\b|fails\s{1,3}(?:when|whenever|for|"
    r"if|on|with)\b|returns(?:\s{1,3}the)?\s{1,3}(?:wrong|incorrect|null|none|undefined|garbage|stale)\b|(?:makes|keeps)"
    r"(?:\s{1,3}[\w'’-]{1,30}){1,4}?\s{1,3}(?:easier|harder|faster|slower|simpler|safer|clearer|cleaner|quicker)\b)",
    re.IGNORECASE)


def _artefact_effect(text: str, c: Clause) -> bool:
    """Clause ``c`` tells what the reviewed thing (its subject "this", "it", "this pattern", "the last page")
    does or will do to the work's users (see above)."""
    if c.link in _SCENE_LINKS:
        return False
    subject, verbs = c.subject_words, c.verb_words
    if not subject:  # a present verb the clause parser does not read as one ("this returns the wrong result")
        return _ARTEFACT_NOW.match(text, c.start, c.end) is not None
    if not verbs or not (subject[0] in _ARTEFACT_HEADS or subject[0] == "the" and len(subject) > 1) \
            or _party_subject(text, c) or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in verbs):
        return False
    if verbs[0] in ("will", "'ll", "would", "'d"):
        if "be" in verbs:
            be = c.verbs[verbs.index("be")]
            return _ARTEFACT_BE.match(text, be.end, c.end) is not None
        return c.main_verb in _ARTEFACT_FAILS
    return _ARTEFACT_NOW.match(text, c.start, c.end) is not None


# What a clause reports that is no consequence: an earlier event in the past perfect ("The client had
# asked for the figures in May"), what a thing has or holds ("The deck had 40 slides"), the writer's own
# dealings in talk and paper ("We talked about this in March", "I have attached the notes") and a
# scheduled time ("The meeting started at ten").
_HOLDING_VERBS = wordset("have has had having include includes included contain contains contained consist consists "
                         "consisted comprise comprises comprised")
_WRITER_TALK_VERBS = frozenset().union(*(inflections(v) for v in (
    "talk", "discuss", "speak", "chat", "meet", "attach", "write", "mention", "share", "send", "note", "say",
    "tell", "review", "cover", "read", "enclose", "forward", "copy", "want", "wish", "hope", "plan")))
_SCHEDULE_VERBS = frozenset().union(*(inflections(v) for v in ("start", "begin", "end", "finish", "open", "close")))
_AT_A_TIME = precompiled(r"\s{1,3}(?:at|on|in|by|around|about|after|before)\s{1,3}(?:\d|noon|midday|midnight|"
                        + "|".join((*WEEKDAYS, *MONTHS)) + r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve)\b)", re.IGNORECASE)
_PARTY_SUBJECT = precompiled(r"(?:the|our|your|his|her|their|my|some|several|many|every|each|all|most|two|three|\d+)\s{1,3}(?:[\w'’-]{1,30}\s{1,3})?"
                            r"(?:client|customer|patient|user|buyer|team|staff|colleague|manager|director|board|"
                            r"partner|vendor|student|parent|guest|member|famil|people|hire|audience|public)",
                            re.IGNORECASE)
# "Without your quick thinking, we would have lost the account", "Without their care, my father would not be
# with us today": a condition that names what averted the outcome makes a "would" clause a counterfactual.
_AVERTING_LEAD = precompiled(r"\b(?:without|but\s{1,3}for|if\s{1,3}(?:it|this|that)\s{1,3}(?:hadn['’]t|had\s{1,3}not|"
                            r"weren['’]t|wasn['’]t)|had\s{1,3}(?:it|you|he|she|they)\s{1,3}not)\b", re.IGNORECASE)


# The condition of a counterfactual, in the sentence: "otherwise", "if you hadn't caught it", "if it had
# gone out", "had you not stepped in".
_CONDITION_OF_AVERTING = precompiled(r"\b(?:otherwise|without|but\s{1,3}for|if\b[^.!?;]{0,80}?\bhad\b|if\b[^.!?;]{0,80}?"
                                    r"\bhadn['’]t\b|had\s{1,3}[a-z]{1,20}\s{1,3}not)\b", re.IGNORECASE)
_AVERTING_OWN = precompiled(r"\b(?:without|but\s{1,3}for)\s{1,3}(?:your|his|her|their|(?-i:[A-Z][a-z]{1,30})['’]s)\b",
                           re.IGNORECASE)


def _party_subject(text: str, c: Clause) -> bool:
    """The clause's subject is a person or group: the writer, a pronoun, a name, a team or customers."""
    subject = c.subject_words
    return subject[0] in _WRITER_WORDS or subject[0] in ("they", "everyone", "everybody", "nobody", "people", "both") or bool(
        _PARTY_SUBJECT.match(text, c.subject[0].start, c.subject[-1].end + 1)) or c.subject[0].text[:1].isupper() \
        and subject[0] not in _THING_WORDS and subject[0] not in STOPWORDS




# How far back or ahead of a clause the checks around it look (keeps every scan linear in the draft).
_LEAD = 300


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last sentence-ending mark before it), at most
    :data:`_LEAD` characters back."""
    lo = max(0, pos - _LEAD)
    m = max(text.rfind(". ", lo, pos), text.rfind("! ", lo, pos), text.rfind("? ", lo, pos), text.rfind("\n", lo, pos))
    return m + 1 if m >= 0 else lo


# A later time the past perfect is measured from, or a change it reports: then it tells where the act left
# things ("Within a week, the team had adopted the checklist", "By April, tickets had fallen by a fifth").
_LATER = precompiled(r"\b(?:within|by|after|afterwards|later|soon|since|already|next|following|until|then)\b|"
                    r"\b(?:fallen|dropped|risen|grown|doubled|halved|tripled|improved|increased|decreased|declined|"
                    r"adopted|signed|renewed|approved|agreed|finished|recovered|passed)\b", re.IGNORECASE)


# Subordinators of a clause that sets the time of, or gives the reason for, the clause it is attached to (Quirk et al.
# 1985, 15.25 and 15.45: "after", "when", "once", "since" of time; "because", "since" of reason). Another party's
# event in such a clause beside the person's own act ("You sent the quote four days after they asked for it", "When
# the system went down, you took the orders by phone") came before the act or caused it: its setting, not its effect.
_ANTECEDENT_LINKS = wordset("after when whenever once since because")


def _persons_act(person: _Person, c: Clause) -> bool:
    """Clause ``c`` is something the person did: their subject and a verb that is not "be" or a linking verb."""
    return person.is_subject(c.subject_words) and c.tense != "none" and c.main_verb not in _LINK_VERBS \
        and not any(w in BE_FORMS for w in c.verb_words)


def _acts_in(draft: _Draft, person: _Person, sentence: int) -> bool:
    """Sentence ``sentence`` has a clause, not itself one of time or reason, in which the person acts."""
    return any(c.link not in _ANTECEDENT_LINKS and _persons_act(person, c) for c in draft.parsed[sentence])


def _antecedent_of_act(person: _Person, c: Clause, acts: bool) -> bool:
    """Clause ``c`` is another party's event set as the time or reason of an act of the person's in the same
    sentence (see above); ``acts`` is :func:`_acts_in` of that sentence."""
    if not acts or c.link not in _ANTECEDENT_LINKS or not c.subject_words or person.is_subject(c.subject_words):
        return False
    # "you arrived after the families had been waiting for fifteen minutes": a state lasting up to the act (the
    # progressive, Quirk et al. 1985, 4.27), which a late act keeps others in, is no mere setting
    return not (c.verb_words and c.verb_words[-1].endswith("ing") and any(w in BE_FORMS for w in c.verb_words))


# A directive (Searle 1976, "A classification of illocutionary acts": asking, telling, reminding someone to do a thing)
# addressed to the person, whose act follows it in the sentence, is what was asked of the person: the act's setting.
_DIRECTIVE_VERBS = frozenset().union(*(inflections(v) for v in ("ask", "tell", "remind", "request", "instruct", "urge")))


def _directive_before_act(draft: _Draft, person: _Person, sentence: int, pos: int) -> bool:
    """The cue at ``pos`` is in another party's directive to the person ("the sales team asked you on the 2nd to reorder
    the toner") and the person's act follows it in the sentence ("and you had not placed the order")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.verbs or not c.subject_words or person.is_subject(c.subject_words) \
            or c.main_verb not in _DIRECTIVE_VERBS:
        return False
    after = [w.lower() for w in _WORD.findall(draft.text, c.verbs[-1].end, c.end)]
    if not after or not (after[0] in ("you", "him", "her") or after[0] == person.name) or "to" not in after:
        return False
    return any(later.start >= c.end and _persons_act(person, later) for later in draft.parsed[sentence])


def _said_by_person(draft: _Draft, person: _Person, sentence: int, pos: int) -> bool:
    """The cue at ``pos`` lies in what the person said ("you told her it was cancelled"): the content of their own
    telling verb, part of their act."""
    c = draft.clause_at(sentence, pos)
    return c is not None and bool(c.verbs) and _persons_act(person, c) and c.main_verb in _TELLING_VERBS \
        and c.verbs[-1].end <= pos


# A contact relative clause (Quirk et al. 1985, 17.14: the relative pronoun left out, "the tone they asked for", "the
# date she wanted"): a pronoun subject and its verb directly after a noun phrase inside the person's own act clause.
# It tells which thing the person acted on, not what the act did to anyone.
_NOUN_PHRASE_BEFORE = precompiled(r"\b(?:the|a|an|this|that|these|those|every|each|your|his|her|their|our|my)\s{1,3}"
                                  r"(?:[\w'’-]{1,30}\s{1,3}){0,2}?[a-z][\w'’-]{1,30}\s{1,3}\Z", re.IGNORECASE)
_CONTACT_SUBJECTS = wordset("they he she")
# Verbs of telling take a content clause as object ("You told the team they had to stay"), which is no relative clause.
_TELLING_VERBS = frozenset().union(*(inflections(v) for v in ("tell", "say", "warn", "remind", "inform", "assure",
                                                           "promise", "show", "explain", "write", "email")))


def _contact_relative(draft: _Draft, person: _Person, sentence: int, pos: int) -> bool:
    """The cue at ``pos`` opens a contact relative clause in the person's act clause (see above)."""
    c = draft.clause_at(sentence, pos)
    first = draft.text[pos:pos + 5].split()[:1]
    if c is None or not first or first[0].lower() not in _CONTACT_SUBJECTS or not c.verbs or c.verbs[-1].end > pos:
        return False
    return _persons_act(person, c) and c.main_verb not in _VIEW_VERBS and c.main_verb not in _TELLING_VERBS \
        and _NOUN_PHRASE_BEFORE.search(draft.text, c.start, pos) is not None


def _past_perfect(c: Clause) -> bool:
    """"had asked", "hadn't heard": an event before the one reported ("had to" is an obligation; "finance
    had already closed the month" tells where the act left things)."""
    verbs = [w for w in c.verb_words if w not in ("not", "never", "just", "also", "still", "since")]
    return len(verbs) > 1 and verbs[0] in ("had", "hadn't", "'d") and is_participle(verbs[1])


_MEASURE = precompiled(r"\b(?:half|a\s{1,3}(?:third|quarter|fifth|tenth)|twice|double|triple|\d[\d,.]*\s{0,2}%?|"
                      r"(?:fewer|less|more|faster|quicker|sooner|lower|higher|shorter|longer)\b)", re.IGNORECASE)


def _measured_present(text: str, c: Clause) -> bool:
    """A present state with a measure of change ("Picking errors are down by a third", "calls now take half
    the time"): where the act left things, not a general statement. Not what something has ("Our team has
    14 people")."""
    return c.main_verb not in _HOLDING_VERBS and c.main_verb not in _STATIVE_VERBS \
        and _MEASURE.search(text, c.verbs[-1].end, c.end) is not None


_LIKING = wordset("loved liked enjoyed appreciated love like enjoy appreciate")


def _background(text: str, c: Clause, obligation: bool) -> bool:
    """The clause tells the background, not what followed (see above)."""
    group = c.verb_words
    verbs = [w for j, w in enumerate(group) if w not in ("not", "never", "already", "just", "also", "still")
             and not (0 < j < len(group) - 1 and w.endswith("ly"))]  # "has really helped": an adverb, no verb
    if not verbs or obligation:
        return False
    if _past_perfect(c) and not _LATER.search(text, _sentence_start(text, c.start), min(c.end, c.start + _LEAD)):
        return True  # an event before the one reported ("By then they had released our slot" is after it)
    subject = c.subject_words
    main = c.main_verb
    if verbs[0] in _HOLDING_VERBS and not _party_subject(text, c) and (len(verbs) == 1 or verbs[1] != "to" and not is_participle(verbs[1])):
        return True  # what a thing has or holds
    if subject[0] in _WRITER_WORDS and main in _WRITER_TALK_VERBS:
        return True  # the writer's own talk and paper
    return main in _SCHEDULE_VERBS and _AT_A_TIME.match(text, c.verbs[-1].end) is not None


# --- effects on people, by verb class -------------------------------------------------------------
#
# An effect stated as what a verb does to its object: a verb of the "amuse" class, whose object
# experiences a change of mind or mood (Levin 1993, English Verb Classes and Alternations, 31.1:
# "impressed our company's leadership", "reassured the family", "frustrates the client"); a verb of gain
# and loss with a person or group as its object ("saved the team six hours", "cost us the contract"); a
# verb of enabling with a person or group and their act ("helped two new hires get up to speed"); a verb
# of causing whose object is a state of people ("created a strong sense of community", "removed a source
# of confusion among the sales teams", "creates planning issues for the team"). Only finite forms count:
# an infinitive is a purpose ("to reassure the client"), a modal a wish or forecast, after "be" a
# reaction the structure file reads already.
_EXPERIENCER_BASES = ("alarm", "amaze", "amuse", "anger", "annoy", "antagonize", "antagonise", "appal", "astonish", "astound", "baffle", "bewilder", "bore", "bother", "calm", "captivate", "charm", "cheer", "comfort", "confuse", "console", "delight", "demoralize", "demoralise", "depress", "devastate", "disappoint", "discourage", "dishearten", "dismay", "displease", "distress", "disturb", "embarrass", "embolden", "empower", "encourage", "energize", "energise", "enthuse", "exasperate", "excite", "exhaust", "fascinate", "flatter", "fluster", "frighten", "frustrate", "gratify", "hearten", "horrify", "humiliate", "impress", "infuriate", "inspire", "insult", "intimidate", "intrigue", "irritate", "madden", "motivate", "offend", "overwhelm", "placate", "please", "puzzle", "reassure", "relieve", "sadden", "satisfy", "scare", "shock", "soothe", "startle", "stun", "surprise", "thrill", "trouble", "unnerve", "unsettle", "upset", "vex", "worry", "wow")
_EXPERIENCER_VERBS = frozenset().union(*(inflections(v) - {v, v + "ing", v[:-1] + "ing"} for v in _EXPERIENCER_BASES))
_URGING_SENSE = wordset("encouraged encourages discouraged discourages")
_URGED_TO = precompiled(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,4}?(?:to|from)\s{1,3}[a-z]{2,30}", re.IGNORECASE)
# Others' reaction to the act in an object relative clause: ", which the new hires loved", "that the
# client praised".
_REACTION_VERBS = wordset("loved liked enjoyed appreciated praised welcomed valued adopted applauded thanked "
                          "celebrated")
_GAIN_LOSS_VERBS = wordset("saved saves spared spares cost costs earned earns won wins lost loses")
# Verbs of freeing someone of a burden, pain or worry (the relieving members of Levin 1993, 10.6 "cheat" verbs,
# VerbNet cheat-10.6 / cure: cure, ease, free, relieve, rid, unburden): with a person or group in the object ("eased
# my father's pain", "relieved the night team of the second count") the object's state changed.
_RELIEF_VERBS = frozenset().union(*(inflections(v) - {v, v + "ing", v[:-1] + "ing"}
                                    for v in ("cure", "ease", "relieve", "rid", "unburden")))
# The periphrastic causative "make" with an experiencer and "feel" (Quirk et al. 1985, 16.52: object + bare
# infinitive): "made the new intake feel welcome", "makes every caller feel heard" is a change in the object's mind.
_MAKE_FORMS = wordset("made makes")
_FEEL_AFTER = wordset("feel feels")
_ENABLING_VERBS = wordset("helped helps enabled enables allowed allows freed frees")
_CAUSING_VERBS = wordset("created creates caused causes removed removes eliminated eliminates generated generates "
                         "fostered fosters built builds brought brings made makes gave gives")
# What the person's work did, told with the work (not the person) as subject: it gave people something
# ("The dashboard you built gives the ops team one place to see every alert") or ended something ("Your
# rewrite ended the stream of repeat calls").
_POSSESSIVE_WORDS = wordset("your his her their")
_NAME_OWNS = precompiled(r"[\s\"“(]{0,3}(?-i:[A-Z][a-z]{1,30})['’]s\s{1,3}[a-z]")
_ARTEFACT_OPENING = precompiled(r"[\s\"“(]{0,3}(?:the|this|that|these|those)\s{1,3}(?!(?:way|time|day|moment|fact|"
                               r"reason|thing|things)\b)[a-z]", re.IGNORECASE)
_GIVING_VERBS = wordset("gave gives brought brings handed hands offered offers")
_KEEPING_VERBS = wordset("kept keeps")
# What an act ends or cuts that is a cost to others: a problem, a demand on people, time or money.
_ENDED_THINGS = wordset("""complaint problem issue error mistake bug concern defect incident delay call question query
    confusion time cost waiting wait backlog rework ticket escalation overtime risk need stream churn friction
    duplication handoff step paperwork""")
# What "kept X ..." kept it as: "kept the event on schedule", "kept the site up", "kept the client happy".
_KEPT_STATES = wordset("on in up running open going moving alive safe calm happy informed ahead afloat within under "
                       "track schedule budget clean quiet steady stable")
_ENDING_VERBS = wordset("ended ends stopped stops halted halts prevented prevents cut cuts halved halves reduced "
                        "reduces shortened shortens removed removes eliminated eliminates resolved resolves")
_PEOPLE_STATES = wordset(
    """difference impression sense atmosphere environment climate culture community confusion trust confidence
    momentum morale goodwill tension friction stress pressure chaos frustration resentment uncertainty excitement
    enthusiasm buzz loyalty clarity calm anxiety panic fear peace relief headaches"""
)
_PARTY_WORDS = PERSON_NOUNS | wordset(
    """me us him them everyone everybody people others team teams client clients customer customers user users
    buyer buyers patient patients staff colleagues coworkers co-workers managers stakeholder stakeholders
    partners vendors suppliers students pupils class parents guests members residents audience attendees board
    leadership management executives department departments company business organization organisation family
    families public readers visitors shoppers callers employees hires engineers nurses doctors directors committee
    panel crew group office peers teammates juniors reports mother father son daughter children kids volunteers
    sister brother wife husband grandmother grandfather grandson granddaughter aunt uncle niece nephew cousin
    donors funders sponsors regulators auditors reviewers agents reps developers designers analysts leads"""
)
_EFFECT_STOP = precompiled(r"[,;:.!?()\u2014\u2013]|\s-\s|\b(?:because|when|while|but|so|which|who|if|until|unless)\b",
                          re.IGNORECASE)
_POSSESSIVE_LEAD = precompiled(r"[\s\"“(]{0,3}(?:(?:and|but|so|then)\s{1,3})?(?:this|that|it|which|your|his|her|their|"
                              r"the\s{1,3}way\s{1,3}(?:you|he|she|they)|(?-i:[A-Z][a-z]{1,30})['’]s)\b", re.IGNORECASE)


def _names_party(word: str) -> bool:
    """A word (lower-cased) that names a person or group: the roles and groups of ``_PARTY_WORDS`` and the person
    nouns of WordNet, singular, plural or possessive ("the night porter", "their daughters", "the tenants'")."""
    people = person_nouns()
    for form in (word, word.removesuffix("'s").removesuffix("'"), word[:-1] if word.endswith("s") else "",
                 word[:-2] if word.endswith("es") else ""):
        if form and (form in _PARTY_WORDS or form in people):
            return True
    return False


def _party_in(draft: _Draft, k: int, end: int) -> bool:
    """A person or group among the tokens from ``k`` up to ``end`` (a name after the sentence's start)."""
    for t in draft.toks[k:]:
        if t.start >= end:
            return False
        word = normalise_quotes(t.text).lower()
        if _names_party(word):
            return True
        if t.text[:1].isupper() and word not in STOPWORDS and word not in _NOT_NAMES and t.text != "I":
            return True
    return False


# How others regard the person, an effect on the person's standing (guides, rounds one and four: "I could
# tell how much your prospect trusts you", "people will not want to work with you"): a present regard verb
# with the person as its object and someone other than the writer or the person before it.
_REGARD_VERBS = frozenset().union(*(inflections(v) for v in ("trust", "respect", "admire", "rely", "depend")))
_REGARD_PARTICLES = wordset("on upon")


def _regards_person(draft: _Draft, k: int, end: int, person: _Person) -> bool:
    """Token ``k`` is a regard verb ("trusts", "relies on") whose object is the person and whose subject,
    the word before it, is a third party: not the writer, not the person, not an auxiliary, negation or
    "to" ("I trust you", "you can trust them", "learn to trust her", "doesn't trust you")."""
    toks = draft.toks
    previous = normalise_quotes(toks[k - 1].text).lower()
    if previous in _WRITER_WORDS or previous in _YOU_WORDS or previous in _HIM_OR_HER or previous in BE_FORMS \
            or previous in MODALS or previous in NEGATED_AUXILIARIES or previous in NEGATORS or previous in (
                "to", "'ll", "'d", "me", "us", "not", "never") or previous == person.name:
        return False
    after = [normalise_quotes(t.text).lower() for t in toks[k + 1:k + 3] if t.start < end]
    if after[:1] and after[0] in _REGARD_PARTICLES:
        after = after[1:]
    if not after:
        return False
    return after[0] in ("you", "yourself") if person.second else (
        after[0] in ("him", "her") or (person.name is not None and after[0] == person.name))


# The person's standing as what the act won or lost ("You have earned the respect of the whole floor",
# "she lost the client's trust"): a past or perfect verb of gaining or losing, the person as subject, and
# others' regard as its object.
_STANDING_VERBS = frozenset().union(*(inflections(v) for v in ("earn", "gain", "win", "lose", "build", "damage")))
_REGARD_NOUNS = wordset("respect trust confidence reputation credibility goodwill loyalty admiration recognition "
                        "standing")


def _standing_won(draft: _Draft, i: int, k: int, end: int, person: _Person) -> bool:
    """Token ``k`` is a verb of gaining or losing in a past or perfect clause whose subject is the person,
    with a regard noun among the next six words of its clause."""
    c = draft.clause_at(i, draft.toks[k].start)
    if c is None or not c.subject or c.tense not in ("past", "perfect") or not person.is_subject(c.subject_words) \
            or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
        return False
    limit = min(end, c.end)
    return any(normalise_quotes(t.text).lower() in _REGARD_NOUNS for t in draft.toks[k + 1:k + 7] if t.start < limit)


def _effect_on_people(draft: _Draft, i: int, person: _Person, acted: bool) -> tuple[int, int] | None:
    """The span of the first clause of sentence ``i`` that states an effect by its verb's class (see
    above); before the person has done anything, only one whose subject is the person, their work or a
    reference back to it ("Your ability to stay calm impressed our leadership")."""
    text = draft.text
    s, e = draft.sentences[i]
    first = draft.token_index(s)
    k = first
    toks = draft.toks
    while k < len(toks) and toks[k].start < e:
        word = normalise_quotes(toks[k].text).lower()
        k += 1
        if word in _REACTION_VERBS and k - 2 >= first:
            c = draft.clause_at(i, toks[k - 1].start)
            if c is not None and c.link in ("which", "that") and toks[k - 1].start - c.start < 80 and _party_in(
                    draft, draft.token_index(c.start) + 1, toks[k - 1].start):
                return c.start, c.end  # "Rewrote the onboarding guide, which the new hires loved"
        if word in _STANDING_VERBS and _standing_won(draft, i, k - 1, e, person):
            c = draft.clause_at(i, toks[k - 1].start)
            return (c.start, c.end) if c is not None else (toks[k - 1].start, e)
        if word in _REGARD_VERBS and k - 2 >= first and _regards_person(draft, k - 1, e, person):
            c = draft.clause_at(i, toks[k - 1].start)
            return (c.start, c.end) if c is not None else (toks[k - 2].start, toks[k - 1].end)
        if word not in _EXPERIENCER_VERBS and word not in _GAIN_LOSS_VERBS and word not in _ENABLING_VERBS \
                and word not in _CAUSING_VERBS and word not in _GIVING_VERBS and word not in _ENDING_VERBS \
                and word not in _BECOME and word not in _KEEPING_VERBS and word not in _RELIEF_VERBS:
            continue
        verb = toks[k - 1]
        previous = normalise_quotes(toks[k - 2].text).lower() if k - 2 >= first else ""
        if previous in BE_FORMS or previous in MODALS or previous in NEGATED_AUXILIARIES or previous in (
                "to", "'ll", "'d", "get", "got", "feel", "felt", "being", "not", "never", "don’t", "didn’t"):
            continue  # a purpose, a wish or forecast, a reaction ("was impressed"), a denial or prohibition
        if word in _URGING_SENSE and _URGED_TO.match(text, verb.end, e):
            continue  # "You encouraged the new hire to ask questions": urging, the person's own act
        c = draft.clause_at(i, verb.start)
        if c is None or c.link in _SCENE_LINKS:
            continue
        subject = c.subject_words
        limit = min(e, verb.end + _LEAD)
        stop = _EFFECT_STOP.search(text, verb.end, limit)
        end = stop.start() if stop else limit
        if subject and subject[0] in _WRITER_WORDS and word in _GAIN_LOSS_VERBS and acted and end > verb.end + 2:
            return c.start, max(c.end, end)  # "We lost two days of testing", "we saved $8,000": the writer's side
        if subject and (subject[0] in _WRITER_WORDS or (subject[0] in _YOU_WORDS and subject[0] not in _POSSESSIVE_WORDS
                                                         and word in _ENABLING_VERBS)):
            continue  # "I reassured her", "you helped the new hire ...": the writer's act, the person's own act ("Your
            # call freed the ward sister ...": the person's work, its effect)
        if not acted and not (person.is_subject(subject) or _POSSESSIVE_LEAD.match(text, c.start)
                              or not (subject and subject[0] in _THING_WORDS) and _POSSESSIVE_LEAD.match(text, s)):
            continue  # "Your ability to manage the timeline and resources made a huge difference"
        window = [normalise_quotes(t.text).lower() for t in toks[k:draft.token_index(end)]][:14]
        # the subject is the person's work: "Your rewrite of ...", "Priya's checklist", "The dashboard you built
        # ..." (the person's relative clause inside the subject, this verb after it), or, after the act,
        # anything but the person or the writer
        own_work = bool(subject) and (subject[0] in _POSSESSIVE_WORDS or _NAME_OWNS.match(text, c.start) is not None)
        made_by = bool(subject) and person.is_subject(subject) and bool(c.verbs) and verb.start > c.verbs[-1].end \
            and _ARTEFACT_OPENING.match(text, c.start) is not None
        work_subject = own_work or made_by or (bool(subject) and acted and not person.is_subject(subject)
                                               and subject[0] not in _WRITER_WORDS)
        if work_subject and word in _GIVING_VERBS and _party_in(draft, k, min(end, toks[min(k + 3, len(toks) - 1)].end)) \
                and len(window) >= 3:
            return c.start, max(c.end, end)  # "The dashboard you built gives the ops team one place to ..."
        if work_subject and word in _ENDING_VERBS and len(window) >= 2 and window[0] not in PREPOSITIONS \
                and window[0] not in _PARTICLES and (any(w in _ENDED_THINGS or w.rstrip("s") in _ENDED_THINGS
                                                         for w in window) or _MEASURE.search(text, verb.end, end)) and (
                own_work or made_by):
            return c.start, max(c.end, end)  # "Your rewrite of the page ended the stream of repeat calls"
        if work_subject and word in _KEEPING_VERBS and len(window) >= 3 and window[0] not in _YOU_WORDS \
                and window[0] not in _HIM_OR_HER and any(w in _KEPT_STATES for w in window[1:8]) and (
                    own_work or made_by or subject[0] in _THING_WORDS | {"which"}):
            return c.start, max(c.end, end)  # "Your quick thinking kept the whole event on schedule"
        if own_work and word in _BECOME and c.main_verb == word and _kept_state(text, c):
            return c.start, c.end  # "Your summary of the interviews became the basis for the decision"
        if word not in _EXPERIENCER_VERBS and word not in _GAIN_LOSS_VERBS and word not in _ENABLING_VERBS \
                and word not in _CAUSING_VERBS and word not in _RELIEF_VERBS:
            continue
        if word in _EXPERIENCER_VERBS or word in _GAIN_LOSS_VERBS or word in _RELIEF_VERBS:
            hit = _party_in(draft, k, min(end, toks[min(k + 6, len(toks) - 1)].end))
        elif word in _MAKE_FORMS and any(w in _FEEL_AFTER for w in window[1:6]):
            # the object is someone ("made the new intake feel welcome"), not a thing ("made it feel rushed") and
            # not "made sure ...", the person's own care
            hit = window[0] not in _THING_WORDS and window[0] not in ("things", "everything", "something", "sure")
        elif word in _ENABLING_VERBS:
            hit = _party_in(draft, k, min(end, toks[min(k + 4, len(toks) - 1)].end)) and len(window) >= 3
        else:
            hit = any(w in _PEOPLE_STATES for w in window) or (
                any(w in ("for", "among", "between", "across") for w in window) and _party_in(draft, k, end))
        if hit:
            return c.start, max(c.end, end)
    return None



# An effect still going on, told in the present progressive with the act (or "it", "this", "which" pointing back to
# it) as subject (Quirk et al. 1985, 4.26-4.27: the progressive of a dynamic verb, a situation in progress now): "which
# is frustrating the sales team", "it is making the new starters nervous", "it is holding up the rest of the team",
# "This is causing delays for payroll". The -ing form of a verb of feeling (the "amuse" class above) or of hindering
# needs a person or group as its object: without one it is an adjective that judges the thing ("This is
# frustrating", "The form is confusing"). One of causing needs a problem or a state of people as its object
# ("causing delays", "creating confusion"); "making" needs a person or group and their state after it.
_ONGOING_BE = precompiled(r"\b(?:is|are|['’]s|['’]re|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:(?:already|now|still|really|also|"
                          r"constantly|starting\s{1,3}to\s{1,3}be)\s{1,3})?([a-z]{3,30}ing)\b", re.IGNORECASE)
_HINDERING_ING = frozenset().union(*({w for w in inflections(v) if w.endswith("ing")} for v in (
    "hold", "slow", "delay", "block", "hurt", "cost", "hamper", "stall", "disrupt", "damage", "undermine", "affect",
    "keep", "leave", "force", "put", "drag")))
_FEELING_ING = frozenset().union(*({w for w in inflections(v) if w.endswith("ing")} for v in _EXPERIENCER_BASES))
_CAUSING_ING = wordset("causing creating generating adding")
_PEOPLE_ONLY = wordset("me us him her them everyone everybody others")


def _persons_own_lot(person: _Person, words: list[str]) -> bool:
    """The object opening ``words`` (lower-cased, after a verb of effect; a particle first is passed over) is the
    person or a thing of the person's own: "you", "him", "your rating", "his review", "her promotion case", "Dan's
    standing", "your own record". A party named in the owned phrase makes it others' ("your team's response times",
    "your colleagues' weekend plans", "his teammates")."""
    words = words[1:] if words[:1] and words[0] in PARTICLES else words
    if not words:
        return False
    first = words[0]
    if first in ("you", "yourself") if person.second else first in _HIM_OR_HER - {"he", "she", "his", "her"} or first == person.name:
        return True  # "it is keeping you busy", "it is holding him back"
    owner = first == "your" if person.second else first in ("his", "her", "their") or (
        person.name is not None and first in (person.name + "'s", person.name + "’s"))
    if not owner:
        return False
    phrase = list(takewhile(lambda w: w not in FUNCTION_WORDS and w not in PREPOSITIONS, words[1:4]))
    return not any(_names_party(normalise_quotes(w)) for w in phrase)


# How the act was taken by those it met (Levin 1993, 30.4 "appear"/"seem" verbs of perception with the percept as
# subject, and "come across as", "read as", "come off as"): "your reply 'rules are rules' came across as curt",
# "it read as dismissive", "your answer sounded impatient to her", "seemed harsh to the rest of the team", "left the
# customer feeling ignored". Said of the act or its words (a possessive of the person's, "the way you ...", or
# "it", "this", "which" after the person's act), with a description, it states an effect on others; said of the
# person ("You come across as lazy", "He seems distracted") it is a judgement of them. "seem", "appear", "look" and
# "feel" name no one else unless a perceiver follows ("to the client"): "Your summary seemed accurate" is the
# writer's view; so is "sounds" in the present ("Your plan sounds good").
_PERCEIVED_AS = precompiled(
    r"\b(?:(?:came|come|comes|coming)\s{1,3}(?:across|off)\s{1,3}as|(?:read|reads)\s{1,3}as|(?P<sound>sounded|sounds|sound)"
    r"|(?P<seem>seemed|seems|seem|appeared|appears|appear|looked|looks|felt|feels))\s{1,3}"
    r"(?:(?:so|very|really|quite|too|rather|pretty|somewhat|slightly|a\s{1,3}bit|a\s{1,3}little|[a-z]{2,20}ly)\s{1,3}){0,2}"
    r"(?P<description>[a-z][a-z-]{2,30})\b", re.IGNORECASE)
_LEFT_FEELING = precompiled(r"\b(?:left|leaves|leave|leaving)\s{1,3}(?P<party>(?:[\w'’-]{1,30}\s{1,3}){1,5}?)"
                            r"(?:feeling|looking)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?[a-z]{3,30}\b", re.IGNORECASE)
_TO_PERCEIVER = precompiled(r"(?:\s{1,3}(?:and|or)\s{1,3}[a-z-]{3,30})?\s{1,3}to\s{1,3}(?P<who>(?:[\w'’-]{1,30}\s{0,3}){1,6})",
                            re.IGNORECASE)
_NOT_DESCRIPTIONS = wordset("like if though follows part such one the that this")  # "read as follows", "sounded like"
_PERCEIVED_BOUNDARY = precompiled(r"[,;:]|\b(?:and|but|so|which|because|when)\b", re.IGNORECASE)
_PERCEIVER_WORDS = wordset("me us him her them everyone everybody others")


def _act_as_percept(draft: _Draft, person: _Person, i: int, start: int, at: int) -> bool:
    """The words from ``start`` up to the perception verb at ``at`` are the person's act or its words (see above)."""
    words = [normalise_quotes(w).lower() for w in re.findall(r"[^\W_][\w'’-]*", draft.text[start:at])]
    if not words:
        return False
    first = words[0]
    if first in _THING_WORDS and len(words) == 1:
        return any(person.is_subject(b.subject_words) for found in draft.parsed[max(0, i - 1):i + 1] for b in found
                   if b.start < at)  # "it", "which" point back to an act of the person's told just before
    if words[:2] == ["the", "way"]:
        return person.mentioned(words) or any(w in _YOU_WORDS or w in _HIM_OR_HER for w in words)
    owner = first == "your" if person.second else first in ("his", "her", "their") or (
        person.name is not None and first in (person.name + "'s", person.name + "’s"))
    return owner and len(words) > 1


def _perceived_effect(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of how the person's act was taken by others in sentence ``i`` (see above), or None."""
    text = draft.text
    s, e = draft.sentences[i]
    for m in _PERCEIVED_AS.finditer(text, s, e):
        if m.group("description").lower() in _NOT_DESCRIPTIONS:
            continue
        to = _TO_PERCEIVER.match(text, m.end(), e)
        perceiver = to is not None and (to.group("who").split()[0].lower() in _PERCEIVER_WORDS
                                        or _party_in(draft, draft.token_index(to.start("who")), to.end()))
        if (m.group("seem") or m.group("sound") and m.group("sound").lower() != "sounded") and not perceiver:
            continue  # "Your summary seemed accurate", "Your plan sounds good": the writer's view
        bounds = list(_PERCEIVED_BOUNDARY.finditer(text, s, m.start()))
        start = bounds[-1].end() if bounds else s
        if bounds and bounds[-1].group().lower() == "which":
            start = bounds[-1].start()
        start += len(text[start:m.start()]) - len(text[start:m.start()].lstrip())
        if _act_as_percept(draft, person, i, start, m.start()):
            return start, to.end() if perceiver and to is not None else m.end()
    for m in _LEFT_FEELING.finditer(text, s, e):
        party = m.group("party").split()
        if party and party[0].lower() not in ("you", "yourself") and (
                party[0].lower() in _PERCEIVER_WORDS or _party_in(draft, draft.token_index(m.start("party")), m.end("party"))):
            return m.start(), m.end()  # "The way you closed the call left the customer feeling ignored"
    return None


# A cue that ends in a progressive and the word after it ("it is hurting his", "which is costing your").
_PROGRESSIVE_END = precompiled(r"\b(?:is|are|was|were|been|['’]s|['’]re)\s{1,3}(?:(?:now|still|already|also|really|[a-z]{2,20}ly)"
                               r"\s{1,3})?[a-z]{3,30}ing(?=(?:\s{1,3}[\w'’-]{1,30})?\Z)", re.IGNORECASE)


def _own_lot_cue(draft: _Draft, person: _Person, m: re.Match[str]) -> bool:
    """An impact cue ``m`` that ends in a progressive (see above) whose object is the person or the person's own thing
    (see :func:`_persons_own_lot`): "and it is hurting his review"."""
    verb = _PROGRESSIVE_END.search(m.group())
    if verb is None:
        return False  # "I shouldn't have to keep fixing your work myself": no progressive, the writer's burden
    k = draft.token_index(m.start() + verb.end())
    return _persons_own_lot(person, [normalise_quotes(t.text).lower() for t in draft.toks[k:k + 5]])


def _ongoing_effect(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of a clause of sentence ``i`` that tells an effect still going on (see above), its subject the act
    or a word pointing back to it, or None."""
    text = draft.text
    s, e = draft.sentences[i]
    for m in _ONGOING_BE.finditer(text, s, e):
        c = draft.clause_at(i, m.start())
        if c is None or c.link in _SCENE_LINKS or person.is_subject(c.subject_words) \
                or c.subject_words[:1] and c.subject_words[0] in _WRITER_WORDS:
            continue
        if not (c.link == "which" or c.subject_words[:1] and c.subject_words[0] in _THING_WORDS):
            continue  # "The form is confusing new starters" names no act of the person's as the cause
        if not any(person.is_subject(b.subject_words) for found in draft.parsed[max(0, i - 1):i + 1] for b in found
                   if b.end <= c.start):
            continue  # what "it" points back to must be the person's conduct or work, told just before it
        verb = m.group(1).lower()
        k = draft.token_index(m.end(1))
        stop = _EFFECT_STOP.search(text, m.end(1), min(e, m.end(1) + _LEAD))
        end = stop.start() if stop else min(e, m.end(1) + _LEAD)
        window = [normalise_quotes(t.text).lower() for t in draft.toks[k:draft.token_index(end)]][:8]
        if not window or _persons_own_lot(person, window):
            continue  # "it is keeping you busy", "is dragging down your rating": the person's own lot, not an effect on others
        if verb in _FEELING_ING or verb in _HINDERING_ING:
            near = draft.toks[k:k + 6]
            hit = bool(near) and window[0] not in _THING_WORDS and _party_in(draft, k, near[-1].end) and not (
                verb in _FEELING_ING and window[0] in PREPOSITIONS)  # "frustrating for everyone": the adjective
        elif verb in _CAUSING_ING:
            hit = any(w in _PEOPLE_STATES or w in _ENDED_THINGS or w.rstrip("s") in _ENDED_THINGS for w in window[:4])
        elif verb == "making":
            near = draft.toks[k:k + 4]
            hit = window[0] in _PEOPLE_ONLY or len(window) > 2 and window[0] in _DEMONSTRATIVES | _POSSESSIVE_WORDS \
                and _party_in(draft, k + 1, near[-1].end)
        else:
            hit = False
        if hit:
            return c.start, max(c.end, end)
    return None

# The risk the act created, told as a circumstance (safety and incident guides: a near miss is judged by "what could
# have happened" and to whom): after the person's act, a sentence that points back to the thing or place of the act
# (its subject repeats a noun of the sentence before, or the thing stands as "it" after a preposition: "The payroll
# file was open on it") and states who or what was exposed there: a person or group ("That corridor is the only way
# out for the twelve people in the packing room", "That channel includes two freelancers who work for a
# competitor", "with every employee's bank details") or an amount of money. A forecast, a request or praise is not
# such a circumstance.
_EXPOSED_PARTIES = wordset("freelancers freelancer contractors competitor competitors rivals passengers pedestrians "
                           "drivers workers")
_BACK_POINTER = precompiled(r"\b(?:on|in|inside|under|near|beside|behind|through)\s{1,3}(?:it|them)\b", re.IGNORECASE)
_EXPOSURE_TENSES = frozenset(("past", "present"))
_DEMONSTRATIVES = wordset("the that this these those")


def _exposure(draft: _Draft, sentences: list[_Sentence], i: int, person: _Person) -> tuple[int, int] | None:
    """The span of sentence ``i`` when it states what the act before it exposed (see above), or None."""
    if i == 0:
        return None
    sentence, previous = sentences[i], sentences[i - 1]
    if "next_step" in sentence.cues or sentence.praise > 0 or previous.praise > 0 or not draft.parsed[i] \
            or not any("next_step" in later.cues for later in sentences[i + 1:]):
        return None  # the risk is told to ground the request after it; without one it describes the thing
    text = draft.text
    first = draft.parsed[i][0]
    subject, tense = first.subject_words, first.tense
    opening = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text[first.start:first.end])[:3]]
    if not subject and not first.verbs and opening[:1] and opening[0] in _DEMONSTRATIVES:
        subject = tuple(opening)  # "That channel includes ...", "The dock opens onto ...": left unparsed by the split
        tense = "present" if not any(normalise_quotes(t.text).lower() in MODALS for t in draft.toks[
            draft.token_index(first.start):draft.token_index(first.end)]) else "modal"
    if not subject or tense not in _EXPOSURE_TENSES or subject[0] in _WRITER_WORDS or subject[0] in _YOU_WORDS \
            or person.is_subject(subject) or any(w in MODALS for w in first.verb_words) or _past_perfect(first) \
            or any(w in _PARTY_WORDS or w.removesuffix("s") in _PARTY_WORDS or w in _EXPOSED_PARTIES for w in subject):
        return None  # "The client had asked for the figures in May": an event before the act, a party's own doing
    before = {word_stem(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text[previous.start:previous.end].lower())
              if w not in STOPWORDS and len(w) > 3}
    points_back = any(w not in STOPWORDS and len(w) > 3 and word_stem(w) in before for w in subject) \
        or _BACK_POINTER.search(text, first.start, sentence.end) is not None
    if not points_back:
        return None
    s, e = draft.sentences[i]
    k = draft.token_index(first.subject[-1].end) if first.subject else draft.token_index(s) + 1
    for t in draft.toks[k:]:
        if t.start >= e:
            break
        word = normalise_quotes(t.text).lower().removesuffix("'s")
        if word in _PARTY_WORDS or word in _EXPOSED_PARTIES or t.text[:1].isupper() and word not in STOPWORDS \
                and word not in _NOT_NAMES and word not in _CALENDAR and t.text != "I":
            return s, e  # a party, or a name ("the Harlow account"); no weekday or month
    return (s, e) if mentions_money(text[s:e]) else None


# The consequence told as a comparison of measures (performance guides: "measurable results ... against the team's
# average"): a figure of the person's work set against another figure of the team, a period or a target ("averaged 3
# hours in November against the team's 45 minutes", "one refund error between them, compared with eleven for last
# spring's starters"). A single figure ("Your handle time was 11 minutes") measures the behaviour, no consequence.
_COMPARISON_MARKER = precompiled(r"\b(?:against|compared\s{1,3}(?:with|to)|versus|vs\.?|as\s{1,3}against|"
                                 r"up\s{1,3}from|down\s{1,3}from)\s(?!(?:\s{0,2}(?:a|an|the|our|their|its|this|that|"
                                 r"each|every)\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:target|goal|standard|quota|benchmark|"
                                 r"sla|threshold|minimum|maximum|limit|requirement)s?\b)", re.IGNORECASE)
# A figure set against a target, goal or standard measures the behaviour against what was asked ("71 against a
# target of 85"): no consequence.
_COMPARISON_GAP = 40


def _measured_comparison(draft: _Draft, i: int, person: _Person, acted: bool) -> tuple[int, int] | None:
    """The span of sentence ``i`` when it sets a figure of the person's work against another (see above)."""
    s, e = draft.sentences[i]
    text = draft.text
    marker = _COMPARISON_MARKER.search(text, s, e)
    if marker is None or not (acted or _PERSON_REF.search(text, s, marker.start()) or person.name and _name_pattern(
            person.name).search(text, s, marker.start())):
        return None
    found = numbers(text[s:e])
    before = any(n.end + s <= marker.start() and not n.ordinal for n in found)
    after = any(marker.end() <= n.start + s <= marker.end() + _COMPARISON_GAP and not n.ordinal for n in found)
    return (s, e) if before and after else None


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
    for flag in bias:
        if not any(s < flag.end and flag.start < e for s, e, _ in edits):
            question = BIAS_QUESTIONS.get(flag.category, BIAS_DEFAULT_QUESTION)
            edits.append((flag.start, flag.end, _bracket(flag.text, question)))
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


# --- entry point ------------------------------------------------------------------------------


def _finding(rule: CompiledSpanRule | DocumentRule, m: re.Match[str] | None = None) -> FeedbackFinding:
    if isinstance(rule, DocumentRule) or m is None:
        return FeedbackFinding(kind=rule.kind, message=rule.explanation, suggestion=rule.suggestion)  # type: ignore[arg-type]
    return FeedbackFinding(kind=rule.kind, start=m.start(), end=m.end(), text=m.group(),  # type: ignore[arg-type]
                           message=rule.message, suggestion=rule.suggestion, replacements=list(rule.rule.replacements))


# --- the learned decision layer ----------------------------------------------------------------
#
# The rules' findings are evidence; the decisions the draft-level findings and the polarity rest on
# are taken by small logistic models (``assistant/rules/feedback_learned.json``, trained on the pooled
# tuning halves by ``scripts/train_feedback.py``) over named signals: what the rules found, where
# and in what kind of clause, and a few word-class counts that do not depend on the rules at all.


@dataclass
class _Analysis:
    draft: _Draft
    hits: list[Hit]
    sentences: list[_Sentence]
    polarity: Polarity
    evidence: dict[str, tuple[int, int] | None]
    consequence: bool  # the impact came from a consequence clause, not a cue


FEATURE_LABELS: dict[str, str] = {
    "words": "the draft's length (log of its word count)",
    "sentences": "the number of sentences (log)",
    "you_rate": "how much the draft speaks to the person as 'you'",
    "writer_rate": "how much the writer speaks of themselves ('I', 'we')",
    "third_rate": "how much the draft speaks of the person or others as 'he', 'she', 'they'",
    "names": "named people or things (log of the count)",
    "number": "a number in the draft",
    "date": "a day, date or time expression",
    "question": "a question",
    "contrast": "contrast words ('but', 'however', 'though') per sentence",
    "modal_words": "'should', 'must', 'need to', 'could' per sentence",
    "please": "the word 'please'",
    "past_clauses": "the share of clauses in the past or perfect",
    "present_clauses": "the share of clauses in the present",
    "modal_clauses": "the share of clauses with a modal ('will', 'could', 'should')",
    "clauses": "clauses per sentence",
    "praise": "praise words found (log of the count)",
    "criticism": "criticism found: problem words, negated praise, stated needs (log of the count)",
    "praise_share": "the share of sentences with praise",
    "criticism_share": "the share of sentences with criticism",
    "last_criticism": "criticism in the last sentence",
    "first_praise": "praise in the first sentence",
    "situation_cue": "a sentence naming the occasion (when or where)",
    "behavior_cue": "a sentence naming something the person did",
    "behavior_sentences": "the share of sentences naming something the person did",
    "impact_cue": "a sentence with an effect word ('as a result', 'which meant')",
    "consequence_clause": "a clause reporting what happened to someone else afterwards",
    "next_step_cue": "a sentence asking for a step forward",
    "reinforce_step": "a request to keep doing the same",
    "change_request": "a request to change something",
    "trait_hits": "personality labels",
    "absolute_hits": "absolutes in criticism ('always', 'never')",
    "harsh_hits": "harsh words",
    "person_acts": "the share of clauses where the person did something (past or perfect)",
    "person_described": "the share of clauses describing the person ('you are', 'she was')",
    "others_subject": "the share of clauses about someone or something other than the person",
    "praise_words": "praise words outside a negation, before any other context check (log)",
    "problem_words": "problem words outside a negation, before any other context check (log)",
    "negated_praise": "praise words inside a negation ('not proactive')",
    "negated_problems": "problem words inside a negation ('never late', 'no errors')",
    "request_question": "a request put as a question or 'let's' ('Can we ...?', 'Let's ...')",
    "imperative_start": "a sentence that opens with an instruction verb",
    "rules_praise": "the rules read praise in the draft",
    "rules_criticism": "the rules read criticism in the draft",
    "rules_missing_action": "the rules found criticism with no step forward",
}

BINARY_FEATURES = frozenset({"number", "date", "question", "please", "last_criticism", "first_praise", "situation_cue",
                             "behavior_cue", "impact_cue", "consequence_clause", "next_step_cue", "reinforce_step",
                             "change_request", "request_question", "imperative_start", "rules_praise",
                             "rules_criticism", "rules_missing_action"})
_CONTRAST_WORDS = wordset("but however though although yet whereas")
_MODAL_WORDS = wordset("should must could might ought need needs")
_YOU_FORMS = wordset("you your yours yourself you're you've you'll you'd")
_WRITER_FORMS = wordset("i me my mine we us our i'm i've i'd i'll we're we've")
_THIRD_FORMS = wordset("he she they him her them his their hers he's she's they're they've")


def _signals(analysis: _Analysis, rules: FeedbackRules) -> dict[str, float]:
    """The named features the learned layer reads (see :data:`FEATURE_LABELS`)."""
    from assistant.text import DATE_WORDS, has_number, names, relative_dates

    draft, sentences = analysis.draft, analysis.sentences
    text = draft.text
    words = [normalise_quotes(t.text).lower() for t in draft.toks]
    counts = Counter(words)  # each word list below counted in one pass over the draft's words

    def count(forms: frozenset[str]) -> int:
        return sum(counts[w] for w in forms if w in counts)

    n_words = max(1, len(words))
    n_sent = max(1, len(sentences))
    parsed = [c for found in draft.parsed for c in found]
    tensed = [c for c in parsed if c.tense != "none"] or parsed
    n_tensed = max(1, len(tensed))
    steps = [s for s in sentences if "next_step" in s.cues]
    kinds = [rule.kind for rule, _ in analysis.hits]
    praise = sum(max(0, s.praise) for s in sentences)
    critical = sum(max(0, s.critical) for s in sentences)
    person = draft.person
    acts = described = others = 0
    for c in tensed:
        if person.is_subject(c.subject_words):
            if c.main_verb in _LINK_VERBS or any(w in BE_FORMS for w in c.verb_words):
                described += 1
            elif c.tense in ("past", "perfect"):
                acts += 1
        elif c.subject:
            others += 1
    imperative = _imperative_opening(rules.fragments.get("IMPERATIVE", "(?!)"))
    leads = [st + len(text[st:en]) - len(text[st:en].lstrip(" \"'“‘(*•-")) for st, en in draft.sentences]
    scopes = [(m.end(), _negation_scope(text, m.end(), draft.sentence_at(m.start())[1]))
              for m in draft.matches(rules, rules.negators)]

    def negated(pos: int) -> bool:
        return any(a <= pos < b for a, b in scopes)

    # Outside a negation, the criticism lexicon; inside one, any problem word ("rarely needs supervision")
    praise_at = [negated(m.start()) for m in draft.matches(rules, rules.praise)]
    praise_words = (praise_at.count(False), praise_at.count(True))
    problem_words = (sum(not negated(m.start()) for m in draft.matches(rules, rules.critical)),
                     len({m.start() for a, b in scopes for m in rules.problem_words.finditer(text, a, b)}))
    return {
        "words": math.log1p(len(words)),
        "sentences": math.log1p(len(sentences)),
        "you_rate": 10 * count(_YOU_FORMS) / n_words,
        "writer_rate": 10 * count(_WRITER_FORMS) / n_words,
        "third_rate": 10 * count(_THIRD_FORMS) / n_words,
        "names": math.log1p(len(names(text))),
        "number": float(has_number(text)),
        "date": float(not DATE_WORDS.isdisjoint(counts) or bool(relative_dates(text))),
        "question": float("?" in text),
        "contrast": count(_CONTRAST_WORDS) / n_sent,
        "modal_words": count(_MODAL_WORDS) / n_sent,
        "please": float("please" in counts),
        "past_clauses": sum(c.tense in ("past", "perfect") for c in tensed) / n_tensed,
        "present_clauses": sum(c.tense == "present" for c in tensed) / n_tensed,
        "modal_clauses": sum(c.tense == "modal" for c in tensed) / n_tensed,
        "clauses": len(parsed) / n_sent,
        "praise": math.log1p(praise),
        "criticism": math.log1p(critical),
        "praise_share": sum(s.praise > 0 for s in sentences) / n_sent,
        "criticism_share": sum(s.critical > 0 for s in sentences) / n_sent,
        "last_criticism": float(bool(sentences) and sentences[-1].critical > 0),
        "first_praise": float(bool(sentences) and sentences[0].praise > 0),
        "situation_cue": float(any("situation" in s.cues for s in sentences)),
        "behavior_cue": float(analysis.evidence["behavior"] is not None),
        "behavior_sentences": sum("behavior" in s.cues for s in sentences) / n_sent,
        "impact_cue": float(any("impact" in s.cues for s in sentences)),
        "consequence_clause": float(analysis.consequence),
        "next_step_cue": float(bool(steps)),
        "reinforce_step": float(bool(steps) and all(_REINFORCE.match(text, s.start, s.end) for s in steps)),
        "change_request": float(draft.search(rules, rules.change_request, 0, len(text)) is not None),
        "trait_hits": float(kinds.count("trait")),
        "absolute_hits": float(kinds.count("absolute")),
        "harsh_hits": float(kinds.count("harsh")),
        "person_acts": acts / n_tensed,
        "person_described": described / n_tensed,
        "others_subject": others / n_tensed,
        "praise_words": math.log1p(praise_words[0]),
        "problem_words": math.log1p(problem_words[0]),
        "negated_praise": math.log1p(praise_words[1]),
        "negated_problems": math.log1p(problem_words[1]),
        "request_question": float(draft.search(rules, _REQUEST_QUESTION, 0, len(text)) is not None),
        "imperative_start": float(any(imperative.match(text, lead) for lead in leads)),
        "rules_praise": float(analysis.polarity in ("positive", "mixed")),
        "rules_criticism": float(analysis.polarity in ("constructive", "mixed")),
        "rules_missing_action": float(not steps and analysis.polarity != "positive"),
    }


_REQUEST_QUESTION = precompiled(r"(?:^|[.!?]\s+)(?:(?:can|could|would|shall|will)\s{1,3}(?:we|you)\b[^.!?]{0,300}\?"
                               r"|let['’]s\b)", re.IGNORECASE)


@lru_cache(maxsize=16)
def _imperative_opening(imperative: str) -> re.Pattern[str]:
    """A sentence that opens with an instruction verb (the structure file's IMPERATIVE fragment)."""
    return re.compile(r"(?:please\s{1,3})?(?:" + imperative + r")\b", re.IGNORECASE)


def feedback_signals(text: str, rules: FeedbackRules | None = None) -> dict[str, float]:
    """The learned layer's features of a non-empty draft (for training and inspection)."""
    rules = rules if rules is not None else load_feedback_rules()
    return _signals(_analyse(text, rules), rules)


_DECISION_WORDS = {
    "vague": ("names an observable behaviour", "names no observable behaviour"),
    "missing_impact": ("states an effect", "states no effect"),
    "missing_action": ("needs no further next step", "asks for a next step it lacks"),
}


# The structure part each draft-level finding says is missing (a next step the layer finds unneeded
# is not thereby present, so it has no entry).
_PART_OF_FINDING = {"vague": "behavior", "missing_impact": "impact"}


def _learned_decisions(analysis: _Analysis, rules: FeedbackRules, missing: dict[str, bool]
                       ) -> tuple[Polarity, dict[str, bool], list[str]]:
    """Polarity and the draft-level findings with the learned layer's second opinion: a rule's verdict
    stands unless the model is confident of the opposite; each verdict it changes gets a sentence
    naming its top contributing signals. A missing step is judged on the final tone."""
    from assistant.analyzers.learned import load_layer

    layer = load_layer("feedback_learned")
    values = _signals(analysis, rules)
    notices: list[str] = []

    def why(decision: str, toward: bool) -> str:
        return "; ".join(layer.explain(decision, values, toward))

    polarity = analysis.polarity
    praise_rule = polarity in ("positive", "mixed")
    critical_rule = polarity in ("constructive", "mixed")
    praise = layer.decisions["praise"].decide(values, praise_rule) if "praise" in layer.decisions else praise_rule
    critical = (layer.decisions["criticism"].decide(values, critical_rule) if "criticism" in layer.decisions
                else critical_rule)
    learned: Polarity = "mixed" if praise and critical else "constructive" if critical else "positive"
    if learned != polarity:
        changed = "criticism" if critical != critical_rule else "praise"
        toward = critical if changed == "criticism" else praise
        notices.append(f"Learned layer: read the tone as {learned}, not {polarity} as the rules did "
                       f"({'found' if toward else 'no'} {changed}: {why(changed, toward)}).")
    decided = dict(missing)
    for kind in ("vague", "missing_impact", "missing_action"):
        if kind in layer.decisions:
            decided[kind] = layer.decisions[kind].decide(values, missing[kind])
        elif kind == "missing_action":
            decided[kind] = analysis.evidence["next_step"] is None and learned != "positive"
        if decided[kind] != missing[kind]:
            words = _DECISION_WORDS[kind][1 if decided[kind] else 0]
            reasons = f" ({why(kind, decided[kind])})" if kind in layer.decisions else " (its tone changed)"
            notices.append(f"Learned layer: read the draft as one that {words}{reasons}, unlike the rules.")
    return learned, decided, notices


# What a review of the person's work (code, a document) observes in it, with the work as "this", "it" or "the
# X": what it does ("This loads all orders into memory"), what it will do or does to its users (see
# _artefact_effect) or a concrete correction of it ("You should have used the K&R indentation style here"). As
# dev7's guide reads code reviews, that names the behaviour; "This is confusing", "This takes a while" and
# "This makes sense" do not.
_ARTEFACT_DOES = precompiled(
    r"[\s\"“(]{0,3}(?:this|it|(?:this|the)\s{1,3}(?:code|function|method|query|loop|handler|test|tests|script|class|"
    r"module|call|check|change|commit|component|endpoint|job|page|report|query|form|draft|section|table|chart))"
    r"\s{1,3}(?!(?:takes|needs|seems|looks|makes|has|is|does|feels|sounds|means|works|goes|gets|matters|helps)\b)"
    r"[a-z]{3,30}(?<!ss)s\s{1,3}(?:all|every|each|the|a|an|one|two|three|\d)\s{1,3}[\w-]{2,30}", re.IGNORECASE)
_SHOULD_HAVE_DONE = precompiled(
    r"\b(?:you|he|she|they)\s{1,3}should\s{1,3}have\s{1,3}(?!(?:been|known|had|reali[sz]ed|understood|thought|seen|"
    r"expected|done|tried)\b)[a-z]{1,30}(?:ed|en|t)\s{1,3}(?:the|a|an|this|that|your|his|her|their)\s{1,3}[\w&'’-]{1,30}",
    re.IGNORECASE)


def _reviewed_work(draft: _Draft) -> tuple[int, int] | None:
    """The span of the first clause that observes the reviewed work (see above), or None."""
    text = draft.text
    for sentence_clauses in draft.parsed:
        for c in sentence_clauses:
            if _artefact_effect(text, c) or _ARTEFACT_DOES.match(text, c.start, c.end) \
                    or _SHOULD_HAVE_DONE.search(text, c.start, c.end):
                return c.start, c.end
    return None


# Praise told as others' verdict on a piece of the person's work, in their words or as a score (review guides:
# "quote the customer", "cite the CSAT or survey result"): the work is named as the person's ("your callbacks",
# "her explanations", "Priya's forecast") and rated, called or described by a party, actively ("Forty of the guests
# rated your service 'outstanding'"), in the passive ("Every one of your twelve callbacks was rated 'very
# satisfied'", "Your guide was rated 4.9 out of 5") or in reported words ("Three customers wrote to say your
# instructions were 'the clearest we've had'"). The named work is the behaviour and the verdict the effect on those
# served; without a quotation or a score after the verb it is no such verdict ("They called your manager").
_OWNER = r"(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}"
_VERDICT_VERBS = r"(?:rated|scored|called|described|voted|ranked|graded|marked|named)"
_RATED_ACTIVE = precompiled(r"\b" + _VERDICT_VERBS + r"\s{1,3}" + _OWNER + r"(?:[\w'’-]{1,25}\s{0,3}){1,4}?(?=[\"“‘']|\s\d|\s(?:as|at)\s)",
                            re.IGNORECASE)
_RATED_PASSIVE = precompiled(r"\b" + _OWNER + r"(?:[\w'’-]{1,25}\s{1,3}){1,4}?(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been|"
                             r"got|gets)\s{1,3}(?:(?:all|each|consistently|again|unanimously)\s{1,3})?" + _VERDICT_VERBS
                             + r"\b", re.IGNORECASE)
_RATED_REPORTED = precompiled(r"\b(?:said|say|says|saying|wrote|write|writes|told(?:\s{1,3}[\w'’-]{1,20}){1,3}?|commented|"
                              r"noted|mentioned)\s{1,3}(?:that\s{1,3})?" + _OWNER + r"(?:[\w'’-]{1,25}\s{1,3}){1,4}?"
                              r"(?:is|was|were|are|has\s{1,3}been|had\s{1,3}been)\s{1,3}(?=[\"“‘])", re.IGNORECASE)
_SCORE_OR_QUOTE = precompiled(r"\s{0,3}(?:[\"“‘]|\d|(?:as\s{1,3}|at\s{1,3})?(?:the\s{1,3})?(?:best|highest|top)\b)", re.IGNORECASE)


def _rated_work(draft: _Draft) -> tuple[int, int] | None:
    """The span of the first sentence that gives others' verdict on the person's named work (see above)."""
    text = draft.text
    for s, e in draft.sentences:
        for pattern in (_RATED_PASSIVE, _RATED_ACTIVE, _RATED_REPORTED):
            m = pattern.search(text, s, e)
            if m is None:
                continue
            if not _SCORE_OR_QUOTE.match(text, m.end(), e) and not quoted_spans(text[m.end():e]):
                continue
            if pattern is not _RATED_PASSIVE and not _party_in(draft, draft.token_index(s), m.start()) \
                    and not any(normalise_quotes(t.text).lower() + "s" in _PARTY_WORDS
                                for t in draft.toks[draft.token_index(s):draft.token_index(m.start())]) \
                    and not any(n.start + s < m.start() for n in numbers(text[s:m.start()])):
                continue  # an active or reported verdict needs its party before the verb
            return s, e
    return None


def _analyse(text: str, rules: FeedbackRules) -> _Analysis:
    """The rules' reading of a non-empty draft: span hits, sentence functions, polarity, evidence."""
    draft = _Draft.of(text, rules.scan)
    hits = _span_findings(draft, rules)
    sentences = _classify(draft, rules, hits)
    polarity = _polarity(text, sentences, rules)
    if polarity == "constructive" and _opens_with_good_act(draft, rules, sentences):
        polarity = "mixed"  # "You greeted the caller by name and verified her date of birth. You then quoted ..."
    evidence = _evidence(draft, sentences)
    if evidence["behavior"] is None:
        evidence["behavior"] = _reviewed_work(draft) or _rated_work(draft)
    consequence = None
    if evidence["impact"] is None:
        consequence = next((span for span in _consequences(draft, sentences, rules) if span), None) \
            or _saving_or_interception(draft, sentences, rules) or _rated_work(draft)
        evidence["impact"] = consequence
    return _Analysis(draft, hits, sentences, polarity, evidence, consequence is not None)


# Patterns searched sentence by sentence (or in the whole draft), scanned with the rules' patterns (FeedbackRules.scan): tried only where
# they can start. A match's ``re`` is the pattern itself (none is split into its alternatives: the tests check
# it), so ``m.re is _FEWER_WISHED`` still tells them apart.
_SCANNED = (_SEE_RESULT, _SHORTFALL, _NEEDS_WORK, _NO_BETTER, _BELOW_STANDARD, _COULD_HAVE_BEEN, _HEDGED_IF, _FEWER_WISHED,
            _WE_NEED_WORK, _NEEDS_OBJECT, _EXCESS, _REFUSED, _NOW, _REQUEST_QUESTION, _RANK, _CHANGE, _DEFICIENCY, _JUDGED)


def review_feedback(
    text: str,
    guidance: Guidance | None = None,
    bias_rules: RuleSet | None = None,
    rules: FeedbackRules | None = None,
    learned: bool | None = None,
) -> FeedbackReport:
    """Review a feedback draft: polarity, SBI structure with evidence, findings, bias flags and
    a better draft whose prompts come from the writer's words (or ``guidance`` when given).

    ``learned`` switches the learned decision layer (polarity and the draft-level findings) on or
    off; None follows the rules (on unless the organisation's rules file sets ``learned: false``)."""
    rules = rules if rules is not None else load_feedback_rules()
    bias = check_bias(text, rules=bias_rules).flags
    empty = StructurePart(present=False, evidence=None)
    if not text.strip():
        return FeedbackReport(
            polarity="positive", structure=FeedbackStructure(**dict.fromkeys(PARTS, empty)), findings=[],
            bias=bias, rewrite="", placeholders=[], sources=[],
        )
    analysis = _analyse(text, rules)
    draft, hits, sentences, polarity, evidence = (analysis.draft, analysis.hits, analysis.sentences,
                                                  analysis.polarity, analysis.evidence)
    missing = {
        "vague": evidence["behavior"] is None,
        "missing_impact": evidence["impact"] is None,
        "missing_action": evidence["next_step"] is None and polarity != "positive",
    }
    notices: list[str] = []
    judged_present: set[str] = set()
    if rules.learned if learned is None else learned:
        rule_missing = missing
        polarity, missing, notices = _learned_decisions(analysis, rules, missing)
        # A part the rules found no clause for but the layer judged present is neither prompted for
        # in the better draft nor shown as absent.
        judged_present = {part for kind, part in _PART_OF_FINDING.items() if rule_missing[kind] and not missing[kind]}

    findings = [_finding(rule, m) for rule, m in hits]
    for kind in ("vague", "missing_impact", "missing_action"):
        if missing[kind] and kind in rules.documents:
            findings.append(_finding(rules.documents[kind]))

    rewrite, placeholders, sources, slots = _rewrite(draft, rules, sentences, evidence, hits, bias, polarity, guidance,
                                                     judged_present)
    parts = {
        part: StructurePart(present=True, evidence=text[span[0]:span[1]]) if span
        else StructurePart(present=part in judged_present, evidence=None)
        for part, span in evidence.items()
    }
    roles = [SentenceRole(start=s.start, end=s.end, functions=s.functions, slot=slot)  # type: ignore[arg-type]
             for s, slot in zip(sentences, slots, strict=True)]
    return FeedbackReport(
        polarity=polarity, structure=FeedbackStructure(**parts), findings=findings, bias=bias,
        rewrite=rewrite, placeholders=placeholders, sources=sources, sentences=roles, notices=notices,
    )


def rule_reference(rules: FeedbackRules | None = None) -> Sequence[Rule]:
    """Every feedback rule, cue and document finding (for the generated rules reference)."""
    rules = rules or load_feedback_rules()
    return [*(r.rule for r in rules.span_rules), *(c.rule for c in rules.cues), *rules.documents.values()]
