"""Feedback rules: the schema of feedback.yaml and feedback_structure.yaml, overrides and the compiled rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from assistant.analyzers.feedback.models import (
    LEARNED_BY_DEFAULT,
    Part,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.rules import (
    RULES_DIR,
    OrgKey,
    Overrides,
    PhraseMatcher,
    Rule,
    RulesFileError,
    linear_regex,
    merge_rules,
    org_file_key,
    org_section,
    parse_overrides,
    read_yaml,
    validation_message,
)
from assistant.analyzers.scan import PatternScan, compile_regex
from assistant.text import (
    MONTHS,
    WEEKDAYS,
    inflections,
    wordset,
)
from assistant.wordlists import data_file

# --- rule schema ------------------------------------------------------------------------------


class FeedbackSpanRule(Rule):
    """A word or phrase that frames feedback badly (trait, absolute, harsh) and when it counts."""

    kind: Literal["trait", "absolute", "harsh"]
    match: Literal["person", "always", "absolute", "harsh", "character", "denied", "threat", "mind", "valence", "label",
                   "rhetorical", "contempt", "standing", "shouting", "demanded", "disposition", "squalor", "simile",
                   "peril", "rank", "praised", "excess", "persona"] = Field(
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
        "rank: the person put in their place by rank ('you're a nurse, not a vet'); praised: a personality quality "
        "exclaimed of the person in praise that names no behaviour ('you are so caring', 'such a calm presence!'); "
        "excess: an excess degree word (the terms: 'too', 'overly') before a trait adjective predicated of a person "
        "('you're too soft with the beginners', 'he is too trusting of others'); persona: a person noun tied to a "
        "personality trait (WordNet) as the predicate noun of a person ('you're such a perfectionist', 'she is an "
        "opportunist'), not of the writer, in a condition or denied"
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

    @cached_property
    def independent_cues(self) -> tuple[tuple[Cue, str, bool], ...]:
        """(cue, part, addressed) for each cue that needs no other part, in order: read once, not per draft."""
        return tuple((cue, cue.part, bool(cue.rule.addressed)) for cue in self.cues if cue.rule.needs is None)

    @cached_property
    def dependent_cues(self) -> tuple[Cue, ...]:
        """The cues that run only in a sentence with the part they need, in order."""
        return tuple(cue for cue in self.cues if cue.rule.needs is not None)

    def scan_index(self, pattern: re.Pattern[str]) -> int | None:
        """The position of ``pattern`` in :attr:`scan` (its cues first, then praise, critical, negators, then the
        sentence patterns of :data:`_SCANNED`, then change_request)."""
        if self.scan is None:
            return None
        return self.scan.index(pattern)

    @property
    def labels(self) -> dict[str, str]:
        return {part: spec.label for part, spec in self.parts.items()}


_DEGREE_MATCHES = ("harsh", "person", "always")  # contempt said of the person or the work, not a frame or an absolute


def _degree_rule(rule: FeedbackSpanRule) -> bool:
    """Whether the rule's determiner-led terms take a degree adjective after the determiner."""
    return rule.kind in ("harsh", "trait") and rule.match in _DEGREE_MATCHES


@lru_cache(maxsize=1)
def _degree_adjectives() -> str:
    """The emphasizer and amplifier adjectives (Quirk et al. 1985 7.33-7.34; assistant/data/degree_adjectives.txt) as
    a regex alternation."""
    lines = data_file("degree_adjectives.txt").read_text(encoding="utf-8").splitlines()
    return "|".join(sorted(line.split("\t")[0] for line in lines if line and not line.startswith("#")))


def _degree_slot(alternative: str) -> str:
    """A determiner-led contempt term ("a joke", "a waste of time") that an emphasizer or amplifier adjective may
    premodify: "a complete joke", "an utter waste of time", "a complete and utter joke" (Quirk et al. 1985 7.33-7.34).
    The determiner agrees with the adjective, so either article stands."""
    m = re.match(r"an?\[\\s-\]\{1,3\}", alternative)
    if m is None:
        return alternative
    degree = f"(?:{_degree_adjectives()})"
    return (r"an?[\s-]{1,3}(?:" + degree + r"(?:[\s-]{1,3}and[\s-]{1,3}" + degree + r")?[\s-]{1,3})?"
            + alternative[m.end():])


def _term_pattern(terms: list[str], degree: bool = False) -> re.Pattern[str]:
    alternatives = sorted((re.escape(t).replace(r"\ ", r"[\s-]{1,3}").replace(r"\-", r"[\s-]?") for t in terms),
                          key=len, reverse=True)
    if degree:  # a contempt noun premodified by a degree adjective is the same contempt ("a complete joke")
        alternatives = [_degree_slot(a) for a in alternatives]
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
        CompiledSpanRule(rule, _term_pattern(rule.terms, _degree_rule(rule)), frozenset(w.lower() for w in rule.not_followed_by))
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
    # A trait or harsh word names a problem too: "always so emotional" overgeneralises criticism.
    problem_words = union([polarity.problem_words,
                           *(_in_own_sense(r) for r in span_rules
                             if r.kind in ("trait", "harsh") and r.rule.match not in _PREDICATION_MATCHES)], "problem_words")
    negators = _compile(polarity.negators, f"{where}: polarity negators")
    change_request = _compile(polarity.change_request, f"{where}: polarity change_request")
    return FeedbackRules(
        span_rules=span_rules, cues=cues, documents=documents, parts=dict(structure.parts), fragments=fragments,
        polarity_source=polarity.source, praise=praise, critical=critical, negators=negators,
        problem_words=problem_words,
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
        # problem words are read in every negation's scope: tried only where one can start
        scan=PatternScan([*(cue.pattern for cue in cues), praise, critical, negators, *_SCANNED, change_request,
                          problem_words]),
        learned=LEARNED_BY_DEFAULT if overrides.learned is None else overrides.learned,
        # A word a list rule names is judged by that rule alone (its own context checks; disabled with it); a quality
        # demanded is judged in its frame only, the word elsewhere stays the valence rules' ("so defensive")
        listed_words=frozenset(t.lower() for r in [*spans.rules, *merged] if isinstance(r, FeedbackSpanRule)
                               and r.match not in ("valence", "demanded", "praised", "excess") for t in r.terms if " " not in t),
        listed_by_kind=frozenset((r.kind, r.match, t.lower()) for r in [*spans.rules, *merged]
                                 if isinstance(r, FeedbackSpanRule) and r.match not in ("valence", "demanded", "praised", "excess")
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
            if not first:
                continue
            firsts = ("a", "an") if first.group() in ("a", "an") and _degree_rule(rule.rule) else (first.group(),)
            for word in firsts:  # "an utter joke" starts at "an" though the term is "a joke"
                if rule not in index.setdefault(word, []):
                    index[word].append(rule)
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
_NEEDS_WORK = precompiled(r"\b(?:improvement is needed|needs? (?:to )?improv\w{0,4}|struggl\w{0,5}|(?:could|would) (?:really |greatly )?benefit|room to grow|"
                         r"area to (?:focus on|improve|develop)|(?:should|must|needs? to|has to|have to) (?:be|become) more|"
                         r"it is (?:important|essential|critical|vital) (?:to|that))\b", re.IGNORECASE)


# --- traits as predications of a person ---------------------------------------------------------
# A trait is a judgement of character predicated of a person. Besides a trait adjective after a
# person subject (``_trait_ok``), two predications say it without one: a person's character noun
# judged by an evaluative word ("his attitude is negative", "she has a toxic attitude", "work on
# your attitude"), and a virtue or role label denied of a person ("John is not a leader", "you lack
# common sense"). The nouns are rule terms; these functions check only the grammar around them.

_PREDICATION_MATCHES = frozenset(["character", "denied", "threat", "mind", "valence", "label", "rhetorical", "contempt",
                                  "standing", "shouting", "demanded", "disposition", "simile", "peril", "rank",
                                  "praised", "excess", "persona"])


# A wish to see a thing, not the person doing something: "I'd like to see a real change", "I need to see more
# effort" (a bare desired result, as the labelling guides have it); "I want to see you wait for a pause" asks an act.
_SEE_RESULT = precompiled(r"\b(?:like|love|want|need|expect|hope)\s{1,3}to\s{1,3}see\s{1,3}(?:(?:a|an|the|some|more|much|"
                         r"real|better|big|bigger|clear|marked|noticeable|significant|some|an?\s{1,3}(?:real|big|clear))\s{1,3})+"
                         r"(?:[a-z-]{2,30}\s{1,3}){0,2}?(?:change|changes|improvement|improvements|progress|effort|"
                         r"commitment|results?|difference|ownership|initiative|urgency|focus|accountability)\b"
                         r"(?![^.!?]{0,40}\b(?:by|before|in|on)\s{1,3}(?:\d|next|the\s{1,3}end|{days}|{months}))"
                         .replace("{days}", "|".join(WEEKDAYS)).replace("{months}", "|".join(MONTHS)), re.IGNORECASE)


# A better alternative in the past the person did not take: a modal perfect with a comparative ("might
# have worked better", "could have been clearer", "should have asked sooner"). Negated ("nothing could
# have gone better") it is praise past saying, and left to the negation reading.
_SHORTFALL = precompiled(
    r"\b(?:could|might|would|should)(?:\s{1,3}(?:also|perhaps|maybe|possibly|probably|really|easily))?\s{1,3}have"
    r"\s{1,3}(?:[a-z'’-]{2,30}\s{1,3}){0,4}?(?:better|earlier|sooner|clearer|faster|quicker|simpler|smoother|"
    r"calmer)\b", re.IGNORECASE)
_NOW = precompiled(r"\b(?:now|this\s{1,3}(?:quarter|year|month|cycle|period|review)|currently|these\s{1,3}days|lately|"
                  r"since\s{1,3}(?:becoming|then|(?:his|her|their|your|the)\s{1,3}(?:promotion|move|transfer|change|reorg)))\b", re.IGNORECASE)
_RANK = precompiled(
    r"\bthe\s{1,3}(?:very\s{1,3})?(?P<rank>[a-z]{2,20}est|worst|best|last|first|least|most)\b(?!\s{1,3}(?:of\s{1,3}all|"
    r"time|few|week|month|year|quarter|day|thing|things|place|step|steps|stage|half|part)\b)", re.IGNORECASE)
_CHANGE = precompiled(
    r"\b(?:(?:has|have|had)\s{1,3})?(?:(?P<down>fell|fallen|falls|fall|dropped|drops|declined|declines|decreased|"
    r"decreases|slipped|slips|dipped|dips|sank|sunk|shrank|shrunk|halved|(?:went|gone|come|came|is|are|was|were)"
    r"\s{1,3}down)|(?P<up>rose|risen|rises|increased|increases|grew|grown|grows|climbed|climbs|jumped|doubled|"
    r"tripled|trebled|(?:went|gone|is|are|was|were|crept|shot)\s{1,3}up))\b", re.IGNORECASE)


_NO_BETTER = precompiled(r"\b(?:no|not\s{1,3}any|hardly\s{1,3}any|none\s{1,3}the)\s{1,3}(?P<comparative>better|[a-z]{3,20}er)\b"
                        r"(?!\s{1,3}(?:way|place|person|time|example|choice|than\s{1,3}(?:ever|now))\b)", re.IGNORECASE)


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
# "could have been stronger", "might have been more thorough": a better result that was there to be had
_COULD_HAVE_BEEN = precompiled(
    r"\b(?:could|might|should)\s{1,3}have\s{1,3}(?:been|gone|come\s{1,3}across)\s{1,3}(?:(?:a\s{1,3}(?:bit|little|lot)|"
    r"much|far|somewhat|slightly|even|rather)\s{1,3})?(?:(?P<more>more)\s{1,3}(?P<base>[a-z-]{3,20})|"
    r"(?P<comparative>[a-z]{3,20}er))\b", re.IGNORECASE)


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


_NEEDS_OBJECT = precompiled(
    r"\b(?:needs?|needed|requires?|required)\s{1,3}(?:(?:a\s{1,3}lot\s{1,3}of|lots\s{1,3}of|constant|frequent|regular|"
    r"daily|close|several|many|more|some|extra|too\s{1,3}(?:much|many))\s{1,3})?(?P<object>[a-z-]{3,20})\b", re.IGNORECASE)


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


_REQUEST_QUESTION = precompiled(r"(?:^|[.!?]\s+)(?:(?:can|could|would|shall|will)\s{1,3}(?:we|you)\b[^.!?]{0,300}\?"
                               r"|let['’]s\b)", re.IGNORECASE)


# Patterns searched sentence by sentence (or in the whole draft), scanned with the rules' patterns (FeedbackRules.scan): tried only where
# they can start. A match's ``re`` is the pattern itself (none is split into its alternatives: the tests check
# it), so ``m.re is _FEWER_WISHED`` still tells them apart.
_SCANNED = (_SEE_RESULT, _SHORTFALL, _NEEDS_WORK, _NO_BETTER, _BELOW_STANDARD, _COULD_HAVE_BEEN, _HEDGED_IF, _FEWER_WISHED,
            _WE_NEED_WORK, _NEEDS_OBJECT, _EXCESS, _REFUSED, _NOW, _REQUEST_QUESTION, _RANK, _CHANGE, _DEFICIENCY, _JUDGED)


@lru_cache(maxsize=16)
def _imperative_opening(imperative: str) -> re.Pattern[str]:
    """A sentence that opens with an instruction verb (the structure file's IMPERATIVE fragment)."""
    return re.compile(r"(?:please\s{1,3})?(?:" + imperative + r")\b", re.IGNORECASE)
