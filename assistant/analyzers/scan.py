"""Scan many case-insensitive rule patterns over one text, trying each only where it can start.

A rule pattern such as ``\\b(?:you|he|she)\\s{1,3}(?:missed|skipped)\\b`` can only match at the start
of a word that begins with "you", "he" or "she". :func:`start_set` reads that from the parsed
pattern (the data, not a hand-kept list): every literal prefix a match can start with, and whether
a match must start at the beginning of a word (``\\b``, ``^``, a lookbehind that rules out a word
character before it) or at a punctuation mark (",", "“"). :class:`PatternScan` indexes those
prefixes for many patterns; per text it walks the words once and calls ``pattern.match`` only at
the candidate positions. The matches are exactly those of ``pattern.finditer``: a match can begin
nowhere else, and ``match(text, pos)`` sees the text before ``pos`` as a search at ``pos`` does.
A pattern whose start cannot be read this way is scanned with ``finditer`` as before.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

try:
    import re._compiler as _compiler  # type: ignore[import-not-found]
    import re._parser as _parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

C = _parser  # the opcodes are re-exported by the parser module

# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter (checked over all of Unicode);
# mapped before lowering, every case variant of an ASCII letter becomes that lowercase letter.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_WORD_RUN = re.compile(r"\w+")
_KEY = 4  # prefixes are indexed by their first (at most) four characters
_MAX_PATHS = 20_000  # analysis budget per pattern; beyond it the pattern is scanned in full


@lru_cache(maxsize=512)
def _parse(pattern: str, verbose: bool) -> _parser.SubPattern:
    return _parser.parse(pattern, re.VERBOSE if verbose else 0)


def parse_regex(pattern: str, flags: int = 0) -> _parser.SubPattern:
    """The parse tree ``re`` builds for ``pattern`` (read-only: it is shared). Only the verbose flag
    changes the tree, so the safety check of a rule pattern and the start analysis of the compiled
    pattern parse it once between them (parsing is most of a cold command's rule loading)."""
    return _parse(pattern, bool(flags & re.VERBOSE))


_TREE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` built from the parse tree :func:`parse_regex` keeps, so that a rule
    pattern already parsed for its safety check is not parsed a second time (parsing is most of compiling
    one). The result matches as the pattern ``re.compile`` builds does (the same source, flags and groups;
    its alternatives grouped by their first character: :func:`factored`). A flag the parse tree does not
    cover (``re.ASCII``: the tree is parsed for str patterns; ``re.DEBUG``) goes through ``re.compile``."""
    flags = int(flags)
    if flags & ~int(_TREE_FLAGS):
        return re.compile(pattern, flags)
    try:
        parsed = parse_regex(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)  # raises the same error re.compile does
    state = parsed.state
    if state.flags & re.VERBOSE and not flags & re.VERBOSE:  # an inline (?x): parsed differently
        return re.compile(pattern, flags)
    code = _compiler._code(factored(parsed, flags), flags)
    indexgroup = [None] * state.groups
    for name, number in state.groupdict.items():
        indexgroup[number] = name
    return _compiler._sre.compile(pattern, flags | state.flags, code, state.groups - 1, dict(state.groupdict),
                                  tuple(indexgroup))


def _first_literal(items: list, caseless: bool) -> object:
    """What an alternative's first item must match when it is one ASCII character (lowered when the
    match ignores case: no character matches two ASCII letters that differ in lower case), else None."""
    if items and items[0][0] is C.LITERAL and items[0][1] < 128:
        return chr(items[0][1]).lower() if caseless else items[0][1]
    return None


# Every character re.IGNORECASE matches to each ASCII letter: its two cases, and the characters _FOLD maps
# to it (code points; i: U+0130, U+0131; k: the Kelvin sign; s: the long s).
_CASES = {letter: [letter.upper(), letter] for letter in "abcdefghijklmnopqrstuvwxyz"}
_MORE_CASES = {letter: sorted(code for code, to in _FOLD.items() if to == letter) for letter in _CASES}


def _case_set(letter: str) -> list[tuple]:
    """The items of a character set that holds exactly the characters of ``_CASES`` and ``_MORE_CASES`` for
    ``letter``. A literal beyond U+00FF would make re store the set as a table of all of Unicode (a hundred
    words long); the further characters are given as ranges ignoring case (re's own item for a range beyond
    the Basic Multilingual Plane): each matches a character inside it or one whose upper case is, and no
    character upper-cases to any of them (the tests check each set over all of Unicode)."""
    items: list[tuple] = [(C.LITERAL, ord(ch)) for ch in _CASES[letter]]
    for code in _MORE_CASES[letter]:
        if items[-1][0] is C.RANGE_UNI_IGNORE and items[-1][1][1] == code - 1:
            items[-1] = (C.RANGE_UNI_IGNORE, (items[-1][1][0], code))
        else:
            items.append((C.RANGE_UNI_IGNORE, (code, code)))
    return items


def _opening(first: tuple, caseless: bool, state: _parser.State) -> tuple:
    """An alternative's opening ASCII letter (``first``, a literal) as the set of characters it matches with
    case fixed: ``re`` skips an alternative whose first character or set does not hold without entering it,
    but tries every alternative whose first character ignores case."""
    letter = chr(first[1]).lower()
    if not caseless or letter not in _CASES:
        return first
    cases = _parser.SubPattern(state, [(C.IN, _case_set(letter))])
    return (C.SUBPATTERN, (None, 0, re.IGNORECASE, cases))


def _grouped(branches: list[list], caseless: bool, state: _parser.State) -> list[list]:
    """The alternatives ``branches`` with each run of alternatives that open with one ASCII character
    grouped by that character: ``meet|call|move`` as ``m(?:eet|ove)|call``. At any position only the
    alternatives of one such character can match, and they keep their order, so the first alternative
    that matches is the one it was; an alternative that opens otherwise keeps its place and ends the run."""
    out: list[list] = []
    run: dict[object, list[list]] = {}

    def close() -> None:
        for tails in run.values():
            first = _opening(tails[0][0], caseless, state)
            if len(tails) == 1:
                out.append([first, *tails[0][1:]])
                continue
            inner = _grouped([tail[1:] for tail in tails], caseless, state)
            out.append([first, (C.BRANCH, (None, [_parser.SubPattern(state, b) for b in inner]))]
                       if len(inner) > 1 else [first, *inner[0]])
        run.clear()

    for branch in branches:
        key = _first_literal(branch, caseless)
        if key is None:
            close()
            out.append(branch)
        else:
            run.setdefault(key, []).append(branch)
    close()
    return out


def _factor(items: list, caseless: bool, state: _parser.State) -> list:
    out = []
    for op, av in items:
        if op is C.BRANCH:
            branches = _grouped([_factor(list(b), caseless, state) for b in av[1]], caseless, state)
            av = (av[0], [_parser.SubPattern(state, b) for b in branches])
        elif op is C.SUBPATTERN:
            group, add, remove, sub = av
            inner = (caseless or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            av = (group, add, remove, _parser.SubPattern(state, _factor(list(sub), inner, state)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _parser.SubPattern(state, _factor(list(av[2]), caseless, state)))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            av = (av[0], _parser.SubPattern(state, _factor(list(av[1]), caseless, state)))
        elif op is C.ATOMIC_GROUP:
            av = _parser.SubPattern(state, _factor(list(av), caseless, state))
        elif op is C.GROUPREF_EXISTS:
            av = (av[0], _parser.SubPattern(state, _factor(list(av[1]), caseless, state)),
                  None if av[2] is None else _parser.SubPattern(state, _factor(list(av[2]), caseless, state)))
        out.append((op, av))
    return out


def factored(parsed: _parser.SubPattern, flags: int = 0) -> _parser.SubPattern:
    """A new parse tree (``parsed`` is left as it is) that matches as ``parsed`` does, with each alternation's
    alternatives grouped by the character they open with (:func:`_grouped`). ``re`` tries the alternatives
    of an alternation one by one, so a list of 100 words is tried word by word at every position; grouped
    it is tried letter by letter. Every match, group and failure is the same."""
    state = parsed.state
    return _parser.SubPattern(state, _factor(list(parsed), bool((flags | state.flags) & re.IGNORECASE), state))


def fold(text: str) -> str:
    """``text`` lowered so that every character ``re.IGNORECASE`` matches to an ASCII letter is that
    letter, at the same offsets."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        text = text.translate(_FOLD)
    return text.lower()


def _caseless(ch: str) -> bool:
    """``ch`` has no case variants outside ASCII lowering: ASCII, punctuation, a space, or a character with
    no case at all ("€", "≥"): ``re`` compiles such a character as itself under IGNORECASE, and no character
    lowers to one (checked over all of Unicode in the tests)."""
    return ch.isascii() or unicodedata.category(ch)[0] in "PZ" or not _compiler._sre.unicode_iscased(ord(ch))


def _is_word_char(ch: str) -> bool:
    return bool(_WORD_RUN.fullmatch(ch))


def _nonword_class(op: object, av: object) -> bool:
    """The single-character item ``(op, av)`` can only match a non-word character."""
    if op is C.LITERAL:
        return not _is_word_char(chr(av))  # type: ignore[arg-type]
    if op is C.IN:
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is C.LITERAL and not _is_word_char(chr(value)):
                continue
            if kind is C.CATEGORY and value in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
                continue
            return False
        return True
    return False


def _word_class(op: object, av: object) -> bool:
    """The single-character item can match any word character (``[\\w'-]``), so a negative
    lookbehind of it rules out a word character before the match."""
    return op is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in av and not any(k is C.NEGATE for k, _ in av)  # type: ignore[operator]


def _anchors_word_start(op: object, av: object) -> bool:
    """A zero-width item that guarantees the character before the match is no word character."""
    if op is C.AT:
        return av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING)
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, sub = av  # type: ignore[misc]
        sub = list(sub)
        if direction != -1 or not sub:
            return False
        last_op, last_av = sub[-1]
        if op is C.ASSERT_NOT:
            return len(sub) == 1 and _word_class(last_op, last_av)
        return _nonword_class(last_op, last_av)
    return False


class _Unreadable(Exception):
    pass


_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)
_ZERO_WIDTH_AT = (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_NON_BOUNDARY)


@dataclass(frozen=True)
class StartSet:
    """Where a match of one pattern can begin.

    ``words``: folded prefixes of the word a match starts at (the match starts at the word's first
    character); ``cased``: first characters, as written, of such a word (a case-sensitive class like
    ``(?-i:[A-Z])``); ``digit``: a word starting with a decimal digit (``\\d``); ``chars``: non-word
    characters a match can start at, anywhere; ``anyword``: any word (``\\b\\w``); ``inner``: folded literals a
    match can start with anywhere, inside a word too (an optional prefix before ``the`` leaves ``the`` unanchored);
    ``whole``: those of ``words`` after which every match goes on with a non-word character (``you\\s``, ``it['’]d``),
    so that a match starting with one starts only where the text's word is that prefix, or holds it and then
    a non-word character ("you" starts no match at "your", "let us" none at "let usual")."""

    words: frozenset[str]
    cased: frozenset[str]
    digit: bool
    chars: frozenset[str]
    anyword: bool = False
    inner: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()


_MAX_FOLLOW = 2_000  # analysis budget of what follows one literal prefix; beyond it the prefix is not whole


def _next_is_nonword(items: list, i: int, rest: tuple, budget: list[int]) -> bool:
    """Whatever a match goes on with from ``items[i]`` (then the continuations ``rest``, as :func:`_items_start_set`
    keeps them) begins with one non-word character that has no case: no word character can match it, also ignoring
    case. False when that cannot be read, or when the match may end there (``endpos`` may cut the text)."""
    budget[0] -= 1
    if budget[0] < 0:
        return False
    while True:
        if i == len(items):
            if not rest:
                return False  # the match can end right after the prefix
            (items, i, _), rest = rest
            continue
        op, av = items[i]
        if op in (C.ASSERT, C.ASSERT_NOT) or (op is C.AT and av in _ZERO_WIDTH_AT):
            i += 1  # zero-width: the character consumed next must still be one of those read below
            continue
        if op is C.LITERAL:
            return _nonword_caseless(chr(av))
        if op is C.IN:
            return _nonword_class(op, av) and all(kind is not C.LITERAL or _nonword_caseless(chr(value))
                                                  for kind, value in av)
        following = ((items, i + 1, False), rest)
        if op is C.BRANCH:
            return all(_next_is_nonword(list(branch), 0, following, budget) for branch in av[1])
        if op is C.SUBPATTERN:
            items, i, rest = list(av[3]), 0, following
            continue
        if op is C.ATOMIC_GROUP:
            items, i, rest = list(av), 0, following
            continue
        if op in _REPEATS:
            low, _, body = av
            if low == 0 and not _next_is_nonword(items, i + 1, rest, budget):
                return False
            return _next_is_nonword(list(body), 0, following, budget)
        return False


def _nonword_caseless(ch: str) -> bool:
    """``ch`` is no word character and has no case (no word character matches it ignoring case)."""
    return not _is_word_char(ch) and not _compiler._sre.unicode_iscased(ord(ch))


def _class_members(av: list) -> tuple[list[str], bool, bool]:
    """The characters of a character class made of literals and ASCII ranges, whether it holds ``\\d`` and
    whether it holds ``\\w``; raises for anything wider (a negated class, ``\\s``)."""
    members: list[str] = []
    digit = word = False
    for kind, value in av:
        if kind is C.LITERAL:
            members.append(chr(value))
        elif kind is C.RANGE and value[1] < 128:
            members += [chr(c) for c in range(value[0], value[1] + 1)]
        elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
            digit = True
        elif kind is C.CATEGORY and value is C.CATEGORY_WORD:
            word = True
        else:
            raise _Unreadable
    return members, digit, word


def start_set(pattern: re.Pattern[str]) -> StartSet | None:
    """Where every match of ``pattern`` can begin (see :class:`StartSet`); None when that cannot be
    read from the pattern (the pattern is then scanned in full)."""
    try:
        parsed = parse_regex(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled
        return None
    return _items_start_set(list(parsed), bool(pattern.flags & re.IGNORECASE))


def _items_start_set(parsed: list, ignorecase: bool) -> StartSet | None:
    """:func:`start_set` of a parsed pattern (or of one top-level alternative of one)."""
    words: set[str] = set()
    cased: set[str] = set()
    chars: set[str] = set()
    unanchored: set[str] = set()
    whole: set[str] = set()
    part: set[str] = set()  # prefixes some match goes on from with a word character (or ends after)
    digit = [False]
    anyword = [False]
    budget = [_MAX_PATHS]

    def first_char(ch: str, anchored: bool, caseless: bool) -> None:
        if _is_word_char(ch):
            if not anchored:
                raise _Unreadable  # may start inside a word
            if not caseless:
                cased.add(ch)
            elif ch.isascii():
                words.add(ch.lower())
            else:
                raise _Unreadable
        elif caseless and not _caseless(ch):
            raise _Unreadable
        else:
            chars.add(ch)

    def walk(items: list, i: int, rest: tuple, anchored: bool, caseless: bool) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise _Unreadable
        while True:
            if i == len(items):
                if not rest:
                    raise _Unreadable  # the match can be empty
                (items, i, caseless), rest = rest
                continue
            op, av = items[i]
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                if op is C.AT and av not in _ZERO_WIDTH_AT:
                    raise _Unreadable
                anchored = anchored or _anchors_word_start(op, av)
                i += 1
                continue
            if op is C.LITERAL:
                ch = chr(av)
                if caseless and _is_word_char(ch) and ch.isascii():
                    run = ""
                    for op2, av2 in items[i:]:
                        if op2 is not C.LITERAL or not chr(av2).isascii():
                            break
                        run += chr(av2).lower()
                    (words if anchored else unanchored).add(run)  # unanchored: wherever the text holds the run
                    if anchored:
                        ends = _next_is_nonword(items, i + len(run), rest, [_MAX_FOLLOW])
                        (whole if ends else part).add(run)
                else:
                    first_char(ch, anchored, caseless)
                return
            if op is C.IN:
                members, has_digit, has_word = _class_members(av)
                if has_digit or has_word:
                    if not anchored:
                        raise _Unreadable
                    digit[0] = digit[0] or has_digit
                    anyword[0] = anyword[0] or has_word
                for ch in members:
                    first_char(ch, anchored, caseless)
                return
            following = ((items, i + 1, caseless), rest)
            if op is C.BRANCH:
                for branch in av[1]:
                    walk(list(branch), 0, following, anchored, caseless)
                return
            if op is C.SUBPATTERN:
                _, add, remove, body = av
                inner = (caseless or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
                items, i, rest, caseless = list(body), 0, following, inner
                continue
            if op is C.ATOMIC_GROUP:
                items, i, rest = list(av), 0, following
                continue
            if op in _REPEATS:
                low, _, body = av
                if low == 0:
                    walk(items, i + 1, rest, anchored, caseless)
                walk(list(body), 0, following, anchored, caseless)
                return
            raise _Unreadable

    try:
        walk(parsed, 0, (), False, ignorecase)
    except _Unreadable:
        return None
    return StartSet(frozenset(words), frozenset(cased), digit[0], frozenset(chars), anyword[0], frozenset(unanchored),
                    frozenset(whole - part))


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings of which every match of ``pattern`` contains at least one (the most selective
    such set the pattern shows), or None when a match needs no literal text."""
    try:
        parsed = parse_regex(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled
        return None
    return _items_required(list(parsed))


def _items_required(parsed: list) -> frozenset[str] | None:
    """:func:`required_literals` of a parsed pattern (or of one top-level alternative of one)."""

    def best(options: list[frozenset[str] | None]) -> frozenset[str] | None:
        found = [o for o in options if o]
        return max(found, key=lambda o: (min(map(len, o)), -len(o))) if found else None

    def need(items: list) -> frozenset[str] | None:
        options: list[frozenset[str] | None] = []
        run = ""
        for op, av in items:
            if op is C.LITERAL and chr(av).isascii():
                run += chr(av).lower()
                continue
            if run:
                options.append(frozenset([run]))
                run = ""
            if op is C.SUBPATTERN:
                options.append(need(list(av[-1])))
            elif op is C.ATOMIC_GROUP:
                options.append(need(list(av)))
            elif op is C.BRANCH:
                branches = [need(list(b)) for b in av[1]]
                if all(branches):
                    options.append(frozenset().union(*branches))  # type: ignore[arg-type]
            elif op in _REPEATS and av[0] >= 1:
                options.append(need(list(av[2])))
        if run:
            options.append(frozenset([run]))
        return best(options)

    return need(parsed)


_MAX_WORDS = 50_000  # distinct words whose index entries a scan keeps
_MIN_SPLIT = 4  # a top-level alternation of at least this many alternatives is tried alternative by alternative
_MAX_GATE = 8  # a pattern that needs one of at most this many literals is tried only in a text holding one


def _outside_classes(source: str) -> Iterator[tuple[int, str]]:
    """The offset and character of each character of a regex ``source`` that is neither escaped, nor an
    escape's backslash, nor inside a character class: where its group parentheses and ``|`` are."""
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        else:
            yield i, ch
        i += 1


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` cut at each ``|`` outside groups and character classes."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in _outside_classes(source):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _leading_assertions(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The group a pattern opens with when it is a choice of zero-width conditions on what comes before
    ("(?:^|(?<=[.!?;]\\s)|(?<=\\n))": a sentence start), compiled alone: a match can only start where it holds,
    tried at each candidate start. None when the pattern does not open so."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or not source.startswith("(?:"):
        return None
    try:
        parsed = list(parse_regex(source, pattern.flags))
    except re.error:  # pragma: no cover - the pattern compiled
        return None
    if not parsed or parsed[0][0] is not C.BRANCH or not all(
            branch and all(op in (C.ASSERT, C.ASSERT_NOT) or (op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING))
                           for op, av in branch) for branch in parsed[0][1][1]):
        return None
    depth, close = 0, len(source)
    for i, ch in _outside_classes(source):  # the group's closing parenthesis
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                close = i
                break
    lead = source[:close + 1]
    try:
        found = list(parse_regex(lead, pattern.flags))
    except re.error:
        return None
    if len(found) != 1 or found[0][0] is not C.BRANCH or repr(found[0]) != repr(parsed[0]):
        return None
    return re.compile(lead, pattern.flags)


def _word_index(sets: Sequence[StartSet | None]) -> tuple[dict[str, tuple[tuple[int, str, bool], ...]], list[int],
                                                     dict[str, tuple[int, ...]], tuple[int, ...], tuple[int, ...]]:
    """The word starts of ``sets`` (None: left out) indexed for :meth:`PatternScan.starts`: folded prefix key ->
    (pattern, prefix, whether the prefix is whole: see :class:`StartSet`) entries, the key lengths, cased first
    character -> patterns, the patterns starting at a digit, those starting at any word."""
    index: dict[str, list[tuple[int, str, bool]]] = {}
    cased: dict[str, list[int]] = {}
    for n, found in enumerate(sets):
        if found is None:
            continue
        for prefix in found.words:
            key = _WORD_RUN.match(prefix).group()[:_KEY]  # type: ignore[union-attr]
            index.setdefault(key, []).append((n, prefix, prefix in found.whole))
        for ch in found.cased:
            cased.setdefault(ch, []).append(n)
    return ({key: tuple(entries) for key, entries in index.items()}, sorted({len(key) for key in index}),
            {ch: tuple(ns) for ch, ns in cased.items()},
            tuple(n for n, found in enumerate(sets) if found is not None and found.digit),
            tuple(n for n, found in enumerate(sets) if found is not None and found.anyword))


def _opening_chars(body: _parser.SubPattern, flags: int) -> frozenset[str] | None:
    """The characters a lookbehind's body can open with, when it opens with a literal or a class of literals
    and short ranges that have no case (None otherwise)."""
    if not len(body):
        return None
    op, av = body[0]
    if op is C.LITERAL:
        codes = [av]
    elif op is C.IN:
        codes = []
        for item, value in av:
            if item is C.LITERAL:
                codes.append(value)
            elif item is C.RANGE and value[1] - value[0] < 64:
                codes += range(value[0], value[1] + 1)
            else:
                return None
    else:
        return None
    chars = frozenset(chr(code) for code in codes)
    if flags & re.IGNORECASE and any(ch.lower() != ch or ch.upper() != ch for ch in chars):
        return None
    return chars


def _lead_openings(lead: re.Pattern[str]) -> tuple[re.Pattern[str] | None, tuple[int, ...], bool] | None:
    """Where a condition of :func:`_leading_assertions` can hold, read from its branches: a search for the
    characters its lookbehinds open with and their widths (it can hold that many characters after one), and
    whether a branch holds at the start of the text ("^", "\\A"). None when a branch is neither (a lookahead,
    a negative condition, a lookbehind opening otherwise) or "^" means a line start (MULTILINE)."""
    if lead.flags & re.MULTILINE:
        return None
    try:
        parsed = list(parse_regex(lead.pattern, lead.flags))
    except re.error:  # pragma: no cover - the condition compiled
        return None
    chars: set[str] = set()
    widths: set[int] = set()
    begins = False
    for branch in parsed[0][1][1]:
        for op, av in branch:  # every item of a branch must hold: one that bounds where is enough
            if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                begins = True
                break
            if op is C.ASSERT and av[0] == -1:
                low, high = av[1].getwidth()
                opening = _opening_chars(av[1], lead.flags)
                if low == high and low > 0 and opening is not None:
                    chars |= opening
                    widths.add(low)
                    break
        else:
            return None
    finder = re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]") if chars else None
    return finder, tuple(sorted(widths)), begins


class _Alternative:
    """One top-level alternative of a pattern, compiled the first time it is tried."""

    __slots__ = ("source", "flags", "compiled")

    def __init__(self, source: str, flags: int) -> None:
        self.source, self.flags, self.compiled = source, flags, None

    def match(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        return (self.compiled or self.compile()).match(text, pos, end)

    def compile(self) -> re.Pattern[str]:
        self.compiled = compile_regex(self.source, self.flags)
        return self.compiled


def _alternatives(pattern: re.Pattern[str]
                  ) -> list[tuple[_Alternative, StartSet, frozenset[str] | None]] | None:
    """The top-level alternatives of ``pattern`` with where each can start and the literals each needs
    (:func:`required_literals`), when every one's start can be read and the pattern has no groups (None
    otherwise). ``pattern.match(text, pos)`` is the match of the first alternative, in order, that
    matches at ``pos``: at a position only the alternatives that can start there need trying, and an
    alternative none of whose needed literals the text holds matches nowhere in it."""
    if pattern.groups or pattern.flags & re.VERBOSE:
        return None
    try:
        parsed = list(parse_regex(pattern.pattern, pattern.flags))
    except re.error:  # pragma: no cover - the pattern compiled
        return None
    # re's parser moves what every alternative starts with out of the alternation ("\bA|\bB" is parsed
    # as "\b(?:A|B)"): an alternative is that common prefix followed by its branch
    if not parsed or parsed[-1][0] is not C.BRANCH or len(parsed[-1][1][1]) < _MIN_SPLIT:
        return None
    prefix, branches = parsed[:-1], parsed[-1][1][1]
    sources = _top_level_alternatives(pattern.pattern)
    if len(sources) != len(branches):
        return None
    out = []
    for source, branch in zip(sources, branches, strict=True):
        items = prefix + list(branch)
        found = _items_start_set(items, bool(pattern.flags & re.IGNORECASE))
        if found is None:
            return None
        out.append((_Alternative(source, pattern.flags), found, _items_required(items)))
    return out


class Candidates(list):
    """The positions where a pattern split into its alternatives can match (sorted), with
    ``tries[pos]``: the alternatives that can start there, in the pattern's order."""

    __slots__ = ("tries",)


class PatternScan:
    """Candidate start positions of many patterns in one text (see the module docstring)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self.starts_of = [start_set(p) for p in self.patterns]
        # a long alternation (the feedback polarity unions) is indexed by its alternatives, after the patterns
        split = [_alternatives(p) if found is not None else None for p, found in zip(self.patterns, self.starts_of,
                                                                                      strict=True)]
        for n, found in enumerate(self.starts_of):
            # A pattern that can start at any word is tried word by word only as alternatives, where the
            # alternative that can ("\w+ times a week") is gated by a few literals; whole, or ungated, one
            # full scan costs less than a try at every word.
            if found is not None and found.anyword and not (split[n] and all(
                    need and len(need) <= _MAX_GATE for _, part, need in split[n] if part.anyword)):  # type: ignore[union-attr]
                self.starts_of[n] = split[n] = None
        # only a pattern scanned in full needs the literal gate; the others are tried at their starts
        self.required = [required_literals(p) if found is None else None
                         for p, found in zip(self.patterns, self.starts_of, strict=True)]
        sets: list[StartSet | None] = list(self.starts_of)
        self._split: dict[int, tuple[int, list[_Alternative]]] = {}
        alternative_gates: list[tuple[int, tuple[str, ...]]] = []
        for n, parts in enumerate(split):
            if parts:
                self._split[n] = (len(sets), [alternative for alternative, _, _ in parts])
                sets[n] = None
                alternative_gates += [(len(sets) + k, tuple(sorted(need)))
                                      for k, (_, _, need) in enumerate(parts) if need and len(need) <= _MAX_GATE]
                sets += [part_set for _, part_set, _ in parts]
        self._sets = sets
        # a pattern opening with a choice of conditions on what comes before (a sentence start) keeps only
        # the candidate starts where one holds
        shared: dict[tuple[str, int], re.Pattern[str]] = {}  # one memo for the patterns sharing a condition
        self._leads = tuple((n, shared.setdefault((lead.pattern, lead.flags), lead))
                            for n, pattern in enumerate(self.patterns)
                            if self.starts_of[n] is not None and n not in self._split
                            and (lead := _leading_assertions(pattern)) is not None)
        # A condition made of text starts and lookbehinds that open with a few characters (". ", "\n") holds at
        # few places, found from those characters (one search per text): its patterns' word starts are read
        # there, not gathered at every word and thrown away.
        openings = {id(lead): found for _, lead in self._leads if (found := _lead_openings(lead)) is not None}
        ready = {n: lead for n, lead in self._leads if id(lead) in openings}
        chars: dict[str, list[int]] = {}
        inner: dict[str, list[int]] = {}
        for n, found in enumerate(sets):
            if found is None:
                continue
            for literal in found.inner:
                inner.setdefault(literal, []).append(n)
            for ch in found.chars:
                chars.setdefault(ch, []).append(n)
        main = [found if n not in ready else None for n, found in enumerate(sets)]
        self._index, self._lengths, self._cased, self._digit, self._anyword = _word_index(main)
        self._chars = {ch: tuple(ns) for ch, ns in chars.items()}
        self._inner = tuple((literal, tuple(ns)) for literal, ns in inner.items())
        # per condition: (condition, its opening characters' search, their distances to where it holds, whether it
        # holds at the text's start, the word index of its patterns, the word entries found so far)
        self._lead_groups = tuple(
            (lead, *openings[id(lead)],
             _word_index([found if ready.get(n) is lead else None for n, found in enumerate(sets)]), {})
            for lead in {id(lead): lead for lead in ready.values()}.values())
        self._unreadable = tuple(n for n, found in enumerate(self.starts_of) if found is None)
        self._char_class = re.compile("[" + "".join(re.escape(ch) for ch in self._chars) + "]") if self._chars else None
        self._position = {id(pattern): n for n, pattern in enumerate(self.patterns)}
        # A pattern each of whose matches holds one of a few literals ("should", "thank", "instead") cannot
        # match in a text that holds none of them: its candidate starts there are dropped untried. So can
        # one alternative of a split pattern ("had" or "will" ... "to" in a union of impact forms).
        self._gates = tuple((n, tuple(sorted(need))) for n, pattern in enumerate(self.patterns)
                            if self.starts_of[n] is not None and n not in self._split
                            and (need := required_literals(pattern)) and len(need) <= _MAX_GATE
                            ) + tuple(alternative_gates)
        # word as written -> (patterns that can start at it, index entries to check in the text): see _word_entries
        self._by_word: dict[str, tuple[tuple[int, ...], tuple[tuple[int, str, bool], ...]]] = {}

    def __setstate__(self, state: dict[str, object]) -> None:
        """Read back from the compiled rules (rulecache): the positions are by object identity, so found again."""
        for key, value in state.items():  # as __init__ set them (not through self.__dict__: slower to read)
            setattr(self, key, value)
        self._position = {id(pattern): n for n, pattern in enumerate(self.patterns)}

    def adopt(self, patterns: Sequence[re.Pattern[str]]) -> None:
        """Index each of ``patterns`` that equals one of :attr:`patterns` (the same source, flags and program) under
        its own identity too: read back from the compiled rules, the scan holds copies of a module's patterns."""
        position = {(p.pattern, p.flags): n for n, p in enumerate(self.patterns)}
        for pattern in patterns:
            n = position.get((pattern.pattern, pattern.flags))
            if n is not None and self.patterns[n] == pattern:
                self._position[id(pattern)] = n

    def index(self, pattern: re.Pattern[str]) -> int | None:
        """The position of ``pattern`` in :attr:`patterns` (None: not one of them)."""
        return self._position.get(id(pattern))

    def starts(self, text: str) -> list[list[int] | None]:
        """Per pattern, the sorted positions where a match may start (None: scan it in full)."""
        folded = fold(text)
        out: list[list[int] | None] = [[] for _ in self._sets]
        for n in self._unreadable:  # scanned in full, unless the text lacks every literal it needs
            need = self.required[n]
            if need is None or any(literal in folded for literal in need):
                out[n] = None
        words = (self._index, self._lengths, self._cased, self._digit, self._anyword)
        seen = self._by_word
        last: list[int] = [-1] * len(self._sets)
        for run in _WORD_RUN.finditer(text):
            _mark_word(out, last, text, folded, run.start(), run.end(), words, seen)
        holding: dict[int, set[int]] = {}  # per condition read from its openings: where it holds
        for lead, finder, widths, begins, lead_words, lead_seen in self._lead_groups:
            tried = {0} if begins else set()
            if finder is not None:
                for m in finder.finditer(text):
                    at = m.start()
                    tried.update([at + width for width in widths])
            holds = holding[id(lead)] = {pos for pos in tried if lead.match(text, pos) is not None}
            for pos in sorted(holds):  # the words starting where it holds
                run = _WORD_RUN.match(text, pos)
                if run is None or (pos and _WORD_RUN.match(text, pos - 1) is not None):
                    continue
                _mark_word(out, last, text, folded, pos, run.end(), lead_words, lead_seen)
        extra: dict[int, list[int]] = {}
        if self._char_class is not None:
            for m in self._char_class.finditer(text):
                for n in self._chars[m.group()]:
                    extra.setdefault(n, []).append(m.start())
        for literal, ns in self._inner:  # a literal a match can start with inside a word: wherever it is
            at = folded.find(literal)
            while at >= 0:
                for n in ns:
                    extra.setdefault(n, []).append(at)
                at = folded.find(literal, at + 1)
        if extra:
            for n, positions in extra.items():
                out[n] = sorted(set(out[n]).union(positions))  # type: ignore[arg-type]
        held: dict[str, bool] = {}
        for n, need in self._gates:
            if out[n]:
                for literal in need:
                    found = held.get(literal)
                    if found is None:
                        found = held[literal] = literal in folded
                    if found:
                        break
                else:
                    out[n] = []
        conditions: dict[int, dict[int, bool]] = {}  # per condition: whether it holds at a position tried
        for n, lead in self._leads:
            if out[n]:
                where = holding.get(id(lead))
                if where is not None:
                    out[n] = [pos for pos in out[n] if pos in where]  # type: ignore[union-attr]
                    continue
                holds = conditions.setdefault(id(lead), {})
                kept = []
                for pos in out[n]:  # type: ignore[union-attr]
                    found = holds.get(pos)
                    if found is None:  # zero-width: it holds at pos if it matches there (it sees what comes before)
                        found = holds[pos] = lead.match(text, pos) is not None
                    if found:
                        kept.append(pos)
                out[n] = kept
        for n, (first, alternatives) in self._split.items():
            tries: dict[int, list[_Alternative]] = {}
            for k, alternative in enumerate(alternatives):
                for pos in out[first + k]:  # type: ignore[union-attr]
                    tries.setdefault(pos, []).append(alternative)
            found = out[n] = Candidates(sorted(tries))
            found.tries = tries
        del out[len(self.patterns):]
        return out


def _mark_word(out: list[list[int] | None], last: list[int], text: str, folded: str, pos: int, end: int,
               words: tuple, seen: dict) -> None:
    """Add ``pos`` to the starts of each pattern that can start at the word ``text[pos:end]``: the word's index
    entries (``words``, as :func:`_word_index` builds them) are split once per word as written and kept in
    ``seen``; ``last`` holds each pattern's last added position, so that none is added twice."""
    written = text[pos:end]
    entries = seen.get(written)
    if entries is None:  # the index entries under each of the word's first characters, in that order
        index, lengths, cased, digit, anyword = words
        word = folded[pos:end]
        inside, beyond = _word_entries(word, tuple(entry for length in lengths if length <= len(word)
                                                   for entry in index.get(word[:length], ())))
        # a case-sensitive start ("(?-i:[A-Z])"), a digit start or any word (\w) is as sure as a prefix the word holds
        first = written[0]
        more = cased.get(first, ()) + (digit if first.isdecimal() else ()) + anyword
        sure = tuple(dict.fromkeys(inside + more))
        entries = (sure, tuple((n, prefix, whole) for n, prefix, whole in beyond if n not in sure))
        if len(seen) < _MAX_WORDS:
            seen[written] = entries
    sure, beyond = entries
    for n in sure:  # each once: sure holds no repeats, and no earlier word started here
        out[n].append(pos)  # type: ignore[union-attr]
    for n, prefix, whole in beyond:  # a whole prefix needs a non-word character after it
        if last[n] != pos and folded.startswith(prefix, pos) and (not whole or _ends_word(text, pos + len(prefix))):
            last[n] = pos
            out[n].append(pos)  # type: ignore[union-attr]


def _word_entries(word: str, entries: tuple[tuple[int, str, bool], ...]
                  ) -> tuple[tuple[int, ...], tuple[tuple[int, str, bool], ...]]:
    """A word's index entries split once for every later occurrence of the word: the patterns whose prefix
    the word itself starts with (they can start there, nothing to check), and the entries whose prefix runs
    past the word (checked against the text at each occurrence). A prefix within the word's length that it
    does not start with can never start there and is dropped, and so is a whole prefix shorter than the word
    (a match goes on from it with a non-word character, and the word goes on with a word character)."""
    inside: list[int] = []
    beyond: list[tuple[int, str, bool]] = []
    for n, prefix, whole in entries:
        if len(prefix) > len(word):
            beyond.append((n, prefix, whole))
        elif word.startswith(prefix) and n not in inside and not (whole and len(prefix) < len(word)):
            inside.append(n)
    return tuple(inside), tuple(beyond)


def _ends_word(text: str, after: int) -> bool:
    """``text`` has a non-word character at ``after`` (what a match needs after a whole prefix ending there; at the
    text's end there is none). A word character is what ``\\w`` matches: alphanumeric or "_"."""
    return after < len(text) and not (text[after].isalnum() or text[after] == "_")


def findall_at(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> list[re.Match[str]]:
    """``list(finditer_at(pattern, text, starts))`` over the whole text, built in one loop (no generator: a draft
    lists the matches of a hundred patterns)."""
    if starts is None:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    last = 0
    end = len(text)
    if isinstance(starts, Candidates):
        tries = starts.tries
        for start in starts:
            if start < last:
                continue
            if start >= end:
                break
            for alternative in tries[start]:  # the first alternative that matches here, as the whole pattern's would
                m = (alternative.compiled or alternative.compile()).match(text, start, end)
                if m is not None:
                    out.append(m)
                    last = m.end()
                    break
        return out
    match = pattern.match
    for start in starts:
        if start < last:
            continue
        if start >= end:
            break
        m = match(text, start, end)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def search_at(pattern: re.Pattern[str], text: str, starts: list[int] | None, pos: int,
              endpos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, trying only the positions ``starts`` (sorted; None: search in
    full): the first match of :func:`finditer_at`, its tries begun at ``pos`` found by bisection."""
    if starts is None:
        return pattern.search(text, pos, endpos)
    tries = starts.tries if isinstance(starts, Candidates) else None
    for k in range(bisect_left(starts, pos), len(starts)):
        start = starts[k]
        if start >= endpos:
            return None
        if tries is None:
            m = pattern.match(text, start, endpos)
            if m is not None:
                return m
        else:
            for alternative in tries[start]:  # the first alternative that matches here, as the whole pattern's would
                m = (alternative.compiled or alternative.compile()).match(text, start, endpos)
                if m is not None:
                    return m
    return None


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int] | None,
            pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, pos, endpos)`` yields, trying only the positions ``starts``
    (every match begins at one of them; None: scan in full)."""
    end = len(text) if endpos is None else endpos
    if starts is None:
        yield from pattern.finditer(text, pos, end)
        return
    last = pos
    tries = starts.tries if isinstance(starts, Candidates) else None
    for start in (starts[bisect_left(starts, pos):] if pos else starts):  # sorted: those before pos are skipped
        if start < last:
            continue
        if start >= end:
            return
        if tries is None:
            m = pattern.match(text, start, end)
        else:  # the first alternative that matches here, as the whole pattern's match would be
            for alternative in tries[start]:
                m = (alternative.compiled or alternative.compile()).match(text, start, end)
                if m is not None:
                    break
        if m is not None:
            yield m
            last = m.end()
