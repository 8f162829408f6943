"""Compiled bias rules: phrase patterns with inflections, context phrases, the rule set and its loading."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from assistant.analyzers.bias.grammar import (
    _APOSTROPHES,
    _HYPHEN_GAP_RE,
    _HYPHENS,
    _LEMMA,
    _LITERAL_RUN,
    _MAX_EXPANSIONS,
    _PLAIN_PHRASE,
    _PLAIN_PHRASES,
    _SPACE_GAP_RE,
    _SPACE_GAPS,
    _STEP_HEDGES,
    _TOKEN_RE,
    CLAUSE_MODALS,
    CONCESSIVE_OPENERS,
    CONTRAST_LINKS,
    GRAMMAR_VOCABULARY,
    NEGATORS,
    STANCE_WORDS,
)
from assistant.analyzers.bias.models import (
    BUILTIN_GLOB,
)
from assistant.analyzers.bias.schema import (
    BiasOverrides,
    BiasRule,
)
from assistant.analyzers.rules import (
    RULES_DIR,
    OrgKey,
    PhraseMatcher,
    RulesFileError,
    merge_rules,
    org_file_key,
    org_section,
    parse_overrides,
    read_yaml,
    validation_message,
)
from assistant.text import (
    inflections,
)

# ----------------------------------------------------------------------------- pattern compiler


def _split_alternatives(body: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in body:
        if char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def expand_pattern(pattern: str, vocabulary: dict[str, frozenset[str]]) -> list[str]:
    """Expand ``(a|b)``, ``(x)?``, ``{vocabulary}`` and ``~word`` (the word's inflections:
    ``~fall on deaf ears`` also matches "fell", "fallen", "falling") into literal phrases."""
    results = [""]
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "~":
            lemma = _LEMMA.match(pattern, i)
            if lemma is None:
                raise ValueError(f"'~' must precede a lower-case word in pattern {pattern!r}")
            forms = sorted(inflections(lemma.group(1)))
            results = [r + form for r in results for form in forms]
            i = lemma.end()
        elif char in "({":
            close = ")" if char == "(" else "}"
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] in "({":
                    depth += 1
                elif pattern[j] in ")}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= len(pattern) or pattern[j] != close:
                raise ValueError(f"unbalanced '{char}' in pattern {pattern!r}")
            body = pattern[i + 1 : j]
            if char == "(":
                alternatives = [
                    alt for part in _split_alternatives(body) for alt in expand_pattern(part, vocabulary)
                ]
            else:
                if body not in vocabulary:
                    raise ValueError(f"unknown vocabulary {{{body}}} in pattern {pattern!r}")
                alternatives = sorted(vocabulary[body])
            i = j + 1
            if i < len(pattern) and pattern[i] == "?":
                alternatives.append("")
                i += 1
            results = [r + a for r in results for a in alternatives]
        elif char in ")}|?":
            raise ValueError(f"unexpected '{char}' in pattern {pattern!r}")
        else:
            run = _LITERAL_RUN.match(pattern, i).group()  # type: ignore[union-attr]  # char is no operator
            results = [r + run for r in results] if results != [""] else [run]
            i += len(run)
        if len(results) > _MAX_EXPANSIONS:
            raise ValueError(f"pattern {pattern!r} expands to too many phrases")
    return results


def _tokenize_phrase(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words of a phrase and the kind of each gap between them (' ', '-', "'" or a literal)."""
    phrase = phrase.lower()
    if _PLAIN_PHRASE.fullmatch(phrase):  # the common case: words and single spaces
        plain = tuple(phrase.split())
        return plain, _space_gaps(len(plain))
    matches = list(_TOKEN_RE.finditer(phrase))
    words = tuple(m.group() for m in matches)
    gaps = []
    for left, right in zip(matches, matches[1:], strict=False):
        gap = phrase[left.end() : right.start()].strip()
        if not gap:
            gaps.append(" ")
        elif any(h in gap for h in _HYPHENS):
            gaps.append("-")
        elif any(a in gap for a in _APOSTROPHES):
            gaps.append("'")
        else:
            gaps.append(gap)
    return words, tuple(gaps)


def _space_gaps(words: int) -> tuple[str, ...]:
    """The gap kinds of a plain phrase of ``words`` words (one shared tuple per length)."""
    return _SPACE_GAPS[words - 1] if 0 < words <= len(_SPACE_GAPS) else (" ",) * (words - 1)


def _variants(
    words: tuple[str, ...], gaps: tuple[str, ...]
) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The phrase as written plus closed-up forms: 'old-timer' also matches 'oldtimer'."""
    yield words, gaps
    for index, gap in enumerate(gaps):
        if gap in ("-", "'"):
            merged = words[:index] + (words[index] + words[index + 1],) + words[index + 2 :]
            yield from _variants(merged, gaps[:index] + gaps[index + 1 :])


def _gap_ok(kind: str, gap: str) -> bool:
    if kind == " ":
        return _SPACE_GAP_RE.fullmatch(gap) is not None
    if kind == "-":
        return _HYPHEN_GAP_RE.fullmatch(gap) is not None
    if kind == "'":
        return gap in ("'", "’")
    return gap.strip() == kind


# A literal phrase of a rule: its words, the gap kind between each pair, the rule's number. A plain
# tuple: tens of thousands are built per rule set, and a named tuple's constructor costs twice as much.
_Phrase = tuple[tuple[str, ...], tuple[str, ...], int]


@dataclass(frozen=True, slots=True)
class _CompiledContext:
    describes: str
    skip_things: bool
    not_before: tuple[tuple[str, ...], ...]
    not_after: tuple[tuple[str, ...], ...]
    needs_before: tuple[tuple[str, ...], ...]
    needs_after: tuple[tuple[str, ...], ...]
    window: int
    skip_policy: bool = False
    judged: bool = True
    linked: bool = False  # judged, and the characteristic must take part in the judgement (see RuleContext)
    yields: bool = False
    skip_occasion: bool = False
    holder: bool = False  # a characteristic mention: _Checker._holder decides whose it is (BiasRule.kind)
    grounds: bool = False  # a judgement drawn later in the sentence (RuleContext.grounds)
    predicated: bool = False  # a generic sentence's bare plural subject, judged in its clause (RuleContext.predicated)
    simile: bool = False  # the match is the standard of a simile (RuleContext.simile)
    comparative: bool = False  # a gender group's comparative clause about a person (RuleContext.comparative)
    judged_again: bool = False  # the person of the state referred to again in the sentence (RuleContext.judged_again)
    category: str = ""  # family_status: its word may name the people the job serves; age: a group the person acts on
    capitalised: frozenset[str] = frozenset()  # words that count only written with a capital (RuleContext.capitalised)
    kind_names: bool = False  # the match may name a thing's kind or stand in a proper name (RuleContext.kind_names)
    # not_before by each phrase's last word and not_after by its first: only those can match at a given word
    before_by_last: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    after_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    # needs_before by the last word each phrase must end at (a "<person> ..." phrase without its lead, with whether it
    # has one) and needs_after by each phrase's first word: at a word only the phrases filed under it can match there
    needs_before_by_last: dict[str, tuple[tuple[tuple[str, ...], bool], ...]] = field(
        default_factory=dict, compare=False, hash=False)
    needs_after_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    needs_start: bool = field(default=False, compare=False, hash=False)  # ("<start>",) in needs_before
    needs_end: bool = field(default=False, compare=False, hash=False)  # ("<end>",) in needs_after


def _phrases_by(phrases: tuple[tuple[str, ...], ...], k: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their word ``k`` (0: first, -1: last), each group in the phrases' order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[k], []).append(phrase)
    return {word: tuple(group) for word, group in out.items()}


def _needs_before_by_last(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """The needs_before phrases (``("<start>",)`` left out: it is checked by itself) as (words, whether a person's
    pronoun or name must come before them), grouped by their last word, each group in the phrases' order."""
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for phrase in phrases:
        if phrase == ("<start>",):
            continue
        person = phrase[0] == "<person>"
        rest = phrase[1:] if person else phrase
        out.setdefault(rest[-1], []).append((rest, person))
    return {word: tuple(group) for word, group in out.items()}


def _context_phrases(
    items: Sequence[str], vocabulary: dict[str, frozenset[str]]
) -> tuple[tuple[str, ...], ...]:
    phrases: set[tuple[str, ...]] = set()
    for item in items:
        if item in ("<start>", "<end>", "'", "<plural-possessive>"):
            phrases.add((item,))
            continue
        lead: tuple[str, ...] = ()
        if item.startswith("<person> "):
            lead, item = ("<person>",), item.removeprefix("<person> ")
        for expanded in expand_pattern(item, vocabulary):
            words, _ = _tokenize_phrase(expanded)
            if words:
                phrases.add(lead + words)
    return tuple(sorted(phrases))


class RuleSet:
    """Validated rules compiled into a word-indexed scanner (built once, reused)."""

    def __init__(
        self, rules: Sequence[BiasRule], vocabulary: dict[str, Iterable[str]], allow: Iterable[str] = ()
    ) -> None:
        ids = [rule.id for rule in rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise RulesFileError(f"duplicate rule ids: {', '.join(duplicates)}")
        self.rules: list[BiasRule] = list(rules)
        vocab: dict[str, frozenset[str]] = dict(GRAMMAR_VOCABULARY)
        for name, words in vocabulary.items():
            vocab[name] = frozenset(w.lower() for w in words)
        self.vocabulary = vocab
        self.things = vocab.get("things", frozenset())
        self.people = vocab.get("people", frozenset()) | vocab.get("groups", frozenset())
        self.roles = vocab.get("roles", frozenset())
        self.attributes = vocab.get("attributes", frozenset())
        self.outsiders = vocab.get("outsiders", frozenset())  # people who are not the one judged: clients...
        self.peers = vocab.get("peers", frozenset())  # relational nouns: a colleague, a teammate (someone's)
        # whom a job serves (_Checker._served)
        self.work_heads = vocab.get("work_heads", frozenset())
        self.service_verbs = vocab.get("service_verbs", frozenset())
        self.programme_nouns = vocab.get("programme_nouns", frozenset())
        self.served_modifiers = vocab.get("served_modifiers", frozenset())
        self.served_groups = vocab.get("served_groups", frozenset())
        self.care_fields = vocab.get("care_fields", frozenset())
        self.workplace_nouns = vocab.get("workplace_nouns", frozenset())
        # what a similarity is given as the grounds of (RuleContext.grounds, _Checker._grounds_after): single words
        # of endorsement or decision, and the leniency phrases by their first word
        self.grounds_words = (vocab.get("endorsements", frozenset()) | vocab.get("decisions", frozenset())
                              | vocab.get("person_decisions", frozenset()))
        self.grounds_phrases = _phrases_by(_context_phrases(sorted(vocab.get("leniency", frozenset())), vocab), 0)
        self.writer_verdicts = vocab.get("writer_verdicts", frozenset())
        # degree and stance words said inside a fixed phrase without changing it (check._phrase_end)
        self.insertions = vocab.get("idiom_insertions", frozenset())
        self.attitude_verbs = frozenset(form for verb in vocab.get("attitude_verbs", ()) for form in inflections(verb))
        self.removal_verbs = frozenset(form for verb in vocab.get("removal_verbs", ()) for form in inflections(verb))
        self.handover_verbs = frozenset(form for verb in vocab.get("handover_verbs", ()) for form in inflections(verb))
        self.confining_verbs = frozenset(
            form for verb in vocab.get("confining_verbs", ()) for form in inflections(verb))
        self.provision_verbs = frozenset(
            form for verb in vocab.get("provision_verbs", ()) for form in inflections(verb))
        self.permission_verbs = frozenset(form for verb in vocab.get("permission_verbs", ()) for form in inflections(verb))
        self.incident_verbs = frozenset(form for verb in vocab.get("incident_verbs", ()) for form in inflections(verb))
        self.remark_verbs = frozenset(form for verb in vocab.get("remark_verbs", ()) for form in inflections(verb))
        # words that judge or decide about a person (_Checker._accommodated): the cue vocabularies, stance verbs,
        # modals, hedges, negation, contrast and concession
        self.judging_words = (
            vocab.get("assessment", frozenset()) | vocab.get("decisions", frozenset()) | vocab.get("doubts", frozenset())
            | vocab.get("person_decisions", frozenset()) | vocab.get("costs", frozenset()) | STANCE_WORDS
            | CLAUSE_MODALS | _STEP_HEDGES | NEGATORS | CONTRAST_LINKS | CONCESSIVE_OPENERS | frozenset(["still", "only"])
        ) - frozenset(["that"])
        # after an accommodation, what still decides about the person: a decision, doubt or cost, stance, modal,
        # hedge, contrast or concession ("so we bought her a headset, but I doubt she ...")
        self.deciding_words = (
            vocab.get("decisions", frozenset()) | vocab.get("doubts", frozenset()) | vocab.get("costs", frozenset())
            | STANCE_WORDS | CLAUSE_MODALS | _STEP_HEDGES | CONTRAST_LINKS | CONCESSIVE_OPENERS
            | frozenset(["still", "only"])) - frozenset(["that"])  # STANCE_WORDS holds 'that' for its own use
        idioms: dict[str, list[tuple[str, ...]]] = {}
        for idiom in sorted(vocab.get("cost_idioms", ())):  # by first word, for _Checker._costs
            idioms.setdefault(idiom.split()[0], []).append(tuple(idiom.split()))
        self.idioms = {first: tuple(found) for first, found in idioms.items()}
        burden: dict[str, list[tuple[str, ...]]] = {}  # verbs of carrying by their inflected first word
        for verb in sorted(vocab.get("burden_verbs", ())):  # for _Checker._burden_shifted
            first, *rest = verb.split()
            for form in inflections(first):
                burden.setdefault(form, []).append(tuple(rest))
        self.burden_verbs = {first: tuple(found) for first, found in burden.items()}
        self.allow = PhraseMatcher(allow)
        self._index: dict[str, list[_Phrase]] = {}  # one-word phrases by word
        self._index2: dict[tuple[str, str], list[_Phrase]] = {}  # two-word phrases
        self._index3: dict[tuple[str, str, str], list[_Phrase]] = {}  # longer phrases by their first three words
        self._contexts: list[_CompiledContext] = []
        # The build makes tens of thousands of tuples and lists that live as long as the rule set and hold
        # no cycles; the cyclic collector would only walk them again and again while they are made.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for number, rule in enumerate(self.rules):
                try:
                    self._compile_rule(number, rule)
                except ValueError as exc:
                    raise RulesFileError(f"rule {rule.id}: {exc}") from None
        finally:
            if collecting:
                gc.enable()

    def _compile_rule(self, number: int, rule: BiasRule) -> None:
        seen: set[_Phrase] = set()  # the rule's phrases so far (the same phrase is indexed once)
        index, index2, index3 = self._index, self._index2, self._index3

        def add(found: _Phrase) -> None:
            words = found[0]
            size = len(words)
            target, key = (index, words[0]) if size == 1 else (index2, words) if size == 2 else (index3, words[:3])
            bucket = target.get(key)  # type: ignore[attr-defined]
            if bucket is None:
                target[key] = [found]  # type: ignore[index]
            else:
                bucket.append(found)

        all_plain = _PLAIN_PHRASES.fullmatch
        plain = _PLAIN_PHRASE.fullmatch
        space_gaps = _SPACE_GAPS
        longest = len(space_gaps)
        for pattern in rule.patterns:
            lowered = [phrase.lower() for phrase in expand_pattern(pattern, self.vocabulary)]
            if all_plain("\n".join(lowered)):  # the common case: every phrase is words and single spaces
                split = [tuple(phrase.split()) for phrase in lowered]
                if max(map(len, split)) <= longest:
                    for words in split:
                        found = (words, space_gaps[len(words) - 1], number)
                        if found not in seen:
                            seen.add(found)
                            add(found)
                    continue
            for phrase in lowered:
                if plain(phrase):  # as _tokenize_phrase reads it
                    words = tuple(phrase.split())
                    found = (words, _space_gaps(len(words)), number)
                    if found not in seen:
                        seen.add(found)
                        add(found)
                    continue
                words, gaps = _tokenize_phrase(phrase)
                if not words:
                    raise ValueError(f"pattern {pattern!r} has no words")
                variants = _variants(words, gaps) if "-" in gaps or "'" in gaps else ((words, gaps),)
                for words, gaps in variants:
                    found = (words, gaps, number)
                    if found not in seen:
                        seen.add(found)
                        add(found)
        ctx = rule.context
        not_before = _context_phrases(ctx.not_before, self.vocabulary)
        not_after = _context_phrases(ctx.not_after, self.vocabulary)
        needs_before = _context_phrases(ctx.needs_before, self.vocabulary)
        needs_after = _context_phrases(ctx.needs_after, self.vocabulary)
        self._contexts.append(
            _CompiledContext(
                describes=ctx.describes,
                skip_things=ctx.thing_after == "skip",
                not_before=not_before,
                not_after=not_after,
                needs_before=needs_before,
                needs_after=needs_after,
                window=ctx.window,
                skip_policy=ctx.policy == "skip" or (ctx.policy is None and ctx.describes == "mention"),
                judged=ctx.judgement != "not_needed",
                linked=ctx.judgement == "linked",
                yields=ctx.yields,
                skip_occasion=ctx.occasion == "skip",
                holder=rule.term_kind == "mention",
                grounds=ctx.grounds,
                predicated=ctx.predicated,
                simile=ctx.simile,
                comparative=ctx.comparative,
                judged_again=ctx.judged_again,
                category=rule.category,
                capitalised=frozenset(w.lower() for w in ctx.capitalised),
                kind_names=ctx.kind_names,
                before_by_last=_phrases_by(not_before, -1),
                after_by_first=_phrases_by(not_after, 0),
                needs_before_by_last=_needs_before_by_last(needs_before),
                needs_after_by_first=_phrases_by(tuple(p for p in needs_after if p != ("<end>",)), 0),
                needs_start=("<start>",) in needs_before,
                needs_end=("<end>",) in needs_after,
            )
        )

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def ids(self) -> list[str]:
        return [rule.id for rule in self.rules]

    def get(self, rule_id: str) -> BiasRule:
        """The rule with this id (KeyError if absent or disabled)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


# ----------------------------------------------------------------------------- loading


def _read_rules_file(path: Path, trusted: bool = False) -> BiasOverrides:
    data = read_yaml(path, trusted=trusted)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulesFileError(f"rules file {path}: expected a mapping with 'rules', 'disable' or 'vocabulary'")
    try:
        return BiasOverrides.model_validate(data)
    except ValidationError as exc:
        raise RulesFileError(validation_message(path, exc)) from None


@lru_cache(maxsize=1)
def _builtin_files() -> tuple[BiasOverrides, ...]:
    files = sorted(RULES_DIR.glob(BUILTIN_GLOB))
    if not files:
        raise RulesFileError(f"no built-in bias rules found in {RULES_DIR}")
    return tuple(_read_rules_file(path, trusted=True) for path in files)


def _merge(files: Sequence[BiasOverrides], user: BiasOverrides | None, user_path: str | None) -> RuleSet:
    vocabulary: dict[str, set[str]] = {}
    builtin: list[BiasRule] = []
    for part in files:
        for name, words in part.vocabulary.items():
            vocabulary.setdefault(name, set()).update(words)
        builtin.extend(part.rules)
    user = user or BiasOverrides()
    for name, words in user.vocabulary.items():
        vocabulary.setdefault(name, set()).update(words)
    rules = merge_rules(builtin, user, user_path)
    try:
        return RuleSet(rules, vocabulary, allow=user.allow)
    except RulesFileError as exc:
        prefix = f"rules file {user_path}: " if user_path else ""
        raise RulesFileError(prefix + str(exc)) from None


@lru_cache(maxsize=16)
def _load_cached(key: OrgKey | None) -> RuleSet:
    if key is None:
        from assistant.analyzers import rulecache

        cached = rulecache.load("bias")
        return cached if cached is not None else _merge(_builtin_files(), None, None)
    return _merge(_builtin_files(), parse_overrides(BiasOverrides, key[0], org_section(key, "bias")), key[0])


def load_rules(user_rules_file: Path | str | None = None) -> RuleSet:
    """Built-in rules merged with the bias section of an organisation's rules file.

    The section may hold ``rules`` (new ids are added, existing ids replaced), ``disable``
    (rule ids to switch off), ``allow`` (phrases never flagged) and ``vocabulary`` (words added
    to the named lists); see :mod:`assistant.analyzers.rules`. Cached by path and modification
    time. Raises :class:`RulesFileError` with a one-line message when the file is unusable.
    """
    return _load_cached(org_file_key(user_rules_file))
