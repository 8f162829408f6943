"""A draft tokenised once: words, sentences, clauses and the word sets the context checks use."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from assistant.analyzers.feedback.rules import (
    FeedbackRules,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.scan import PatternScan, findall_at, finditer_at, fold, search_at
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    FUNCTION_WORDS,
    MONTHS,
    PREPOSITIONS,
    STOPWORDS,
    WEEKDAYS,
    Clause,
    clauses,
    normalise_quotes,
    sentence_spans,
    tokens,
    wordset,
)

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
        return iter(self.all_matches(pattern, starts))

    def all_matches(self, pattern: re.Pattern[str], starts: list[int] | None) -> list[re.Match[str]]:
        """Every match of ``pattern`` in the text, tried at ``starts`` (its :attr:`match_starts`; None: in full), found
        once per draft (shared, read-only)."""
        key = ("matches", id(pattern))
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = (pattern, findall_at(pattern, self.text, starts))
        return found[1]  # type: ignore[no-any-return]

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
            # the draft's own tokens when none runs over either end (the words the slice gives), else the slice's
            bounds = self._within_bounds(start, end)
            found = self.memo[key] = (self.quoted_words[bounds[0]:bounds[1]] if bounds is not None else
                                      [normalise_quotes(t.text).lower() for t in self.span_tokens(start, end)])
        return found

    @cached_property
    def quoted_words(self) -> list[str]:
        """Each token's word with its curly quotes straightened, lower-cased (``normalise_quotes(t.text).lower()``),
        by token number: what :meth:`span_words` slices (shared, read-only)."""
        return [normalise_quotes(t.text).lower() for t in self.toks]

    @cached_property
    def parsed(self) -> list[list[Clause]]:
        """The clauses of each sentence (``assistant.text.clauses``)."""
        return [clauses(self.text, s, e, self._tokens_within(s, e)) for s, e in self.sentences]

    def _tokens_within(self, start: int, end: int) -> list | None:
        """The draft's tokens of ``text[start:end]``: those the slice alone gives when no token runs over either
        end (a word is found from its first character to its last whatever comes before or after it); None when one does."""
        bounds = self._within_bounds(start, end)
        return self.toks[bounds[0]:bounds[1]] if bounds is not None else None

    def _within_bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """(first, last): the token numbers of :meth:`_tokens_within`, or None."""
        toks = self.toks
        first = bisect_left(self._token_starts, start)
        last = bisect_left(self._token_starts, end)
        if (first and toks[first - 1].end > start) or (last and toks[last - 1].end > end):
            return None
        return first, last

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
        return bisect_left(self._token_starts, pos)

    def tokens_up_to(self, first: int, end: int) -> int:
        """The index after the last of the tokens from number ``first`` on that end at or before ``end`` (a
        loop from ``first`` that stops at the first token running past ``end`` reads ``toks[first:this]``)."""
        return max(first, bisect_right(self._token_ends, end))

    @cached_property
    def _token_ends(self) -> list[int]:
        return [t.end for t in self.toks]

    @cached_property
    def lowered(self) -> list[str]:
        """Each token's word lower-cased with its curly apostrophes straight (``tok.lower.replace("’", "'")``), by
        token number: worked out once per draft for the checks that read the words of many spans."""
        return [t.text.lower().replace("’", "'") for t in self.toks]

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
_YOU_WORDS = wordset("you your yours yourself yourselves")
_HIM_OR_HER = wordset("he she him her his hers himself herself")


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




# How far back or ahead of a clause the checks around it look (keeps every scan linear in the draft).
_LEAD = 300
