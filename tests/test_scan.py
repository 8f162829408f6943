"""Scanning rule patterns only where they can start (assistant/analyzers/scan.py): the start sets read
from the patterns, and matches identical to ``finditer``."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import assistant.analyzers.scan as scan_module
from assistant.analyzers.feedback import load_feedback_rules
from assistant.analyzers.goal import load_rules as load_goal_rules
from assistant.analyzers.scan import (
    C,
    Candidates,
    PatternScan,
    StartSet,
    _word_entries,
    compile_regex,
    factored,
    findall_at,
    finditer_at,
    fold,
    parse_regex,
    required_literals,
    search_at,
    start_set,
)

ROOT = Path(__file__).resolve().parent.parent
CASELESS = re.IGNORECASE


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


@pytest.mark.parametrize(("pattern", "expected"), [
    # a prefix a match goes on from with a space is whole: it starts no match inside a longer word ("your")
    (r"\b(?:you|he)\s{1,3}missed\b", StartSet(frozenset({"you", "he"}), frozenset(), False, frozenset(),
                                             whole=frozenset({"you", "he"}))),
    # zero-width lookbehinds before the word, an optional article, a digit
    (r"(?<!how )\b(?:the\s)?(?:late|\d{1,3} days)", StartSet(frozenset({"the", "late"}), frozenset(), True, frozenset(),
                                                               whole=frozenset({"the"}))),
    # a case-sensitive name class keeps its case; a comma may start a match anywhere
    (r"\b(?-i:[A-Z][a-z]{1,30})\s{1,3}left|,\s{0,3}so\b",
     StartSet(frozenset(), frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), False, frozenset({","}))),
    # a negative lookbehind of a word character anchors like \b; a positive one of a space too
    (r"(?<![\w'’-])lazy|(?<=[.!?]\s)Always", StartSet(frozenset({"lazy", "always"}), frozenset(), False, frozenset())),
    # a literal after optional words may start inside a word ("bathe Q3" holds "the Q3"): found wherever it is
    (r"ed\b", StartSet(frozenset(), frozenset(), False, frozenset(), False, frozenset({"ed"}))),
    (r"(?:\bby\s)?(?:the\s)?Q[1-4]\b", StartSet(frozenset({"by"}), frozenset(), False, frozenset(), False,
                                                  frozenset({"the", "q"}), frozenset({"by"}))),
    # any word after a word boundary
    (r"\b\w+ly\b|\bonce", StartSet(frozenset({"once"}), frozenset(), False, frozenset(), True)),
    # a character with no case ("€", "≥") is matched as itself, like punctuation
    (r"[$€£≥≤]\s?\d", StartSet(frozenset(), frozenset(), False, frozenset("$€£≥≤"))),
])
def test_start_set_is_read_from_the_pattern(pattern: str, expected: StartSet) -> None:
    assert start_set(re.compile(pattern, CASELESS)) == expected


@pytest.mark.parametrize("pattern", [
    r"\d+\s?ed",  # a digit inside a word ("A4 ed")
    r"\w+ly\b",  # any word character, inside a word too
    r"(?:very\s)?",  # may match the empty string
    r"\b(?:you|[^a]x)",  # a negated class
    r"\bé",  # a non-ASCII letter has case variants the fold does not cover
])
def test_a_pattern_whose_start_cannot_be_read_is_scanned_in_full(pattern: str) -> None:
    compiled = re.compile(pattern, CASELESS)
    assert start_set(compiled) is None
    text = "You quickly edited it; very well, he xed é."
    assert _spans(finditer_at(compiled, text, PatternScan([compiled]).starts(text)[0])) == _spans(compiled.finditer(text))


def test_starts_inside_a_word_any_word_and_symbols_find_what_finditer_finds() -> None:
    """Literals found inside words, any word after a boundary, and symbols with no case: the matches of
    ``finditer``, with ``pos`` and ``endpos`` too."""
    patterns = [re.compile(source, CASELESS) for source in (
        r"(?:\b(?:by|in)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:\bQ[1-4]\b|\bFY\d\d)",
        r"\b(?:daily|weekly)\b|\b(?:once|twice|\w+\s+times)\s+(?:a|per)\s+(?:day|week)\b|\bevery\s+day\b|\beach\s+week\b",
        r"[$€£]\s?\d+(?:\.\d+)?|[≥≤<>]\s?\d+|(?<![\w.])\d+\s?(?:kg|ms)\b")]
    scan = PatternScan(patterns)
    assert all(found is not None for found in scan.starts_of)
    text = ("Bathe Q3 by the end of Q4; the weekend of FY27 and inthe Q1. Five times a week, three TIMES PER DAY, "
            "once a day and weekly; every day, each week. Spend €5.50 or £12, ≥90 and <4, 3kg in 20 ms, x5kg.")
    for pattern, starts in zip(patterns, scan.starts(text), strict=True):
        assert _spans(finditer_at(pattern, text, starts)), pattern.pattern
        for pos, endpos in [(0, len(text)), (3, len(text)), (10, 60), (61, 140), (150, len(text) - 3)]:
            assert _spans(finditer_at(pattern, text, starts, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))


def test_any_word_is_tried_word_by_word_only_in_an_alternative_gated_by_literals() -> None:
    """A try at every word costs more than one full scan: a pattern that can start at any word is scanned in
    full, unless it splits into alternatives and each that can start at any word needs one of a few literals."""
    whole = re.compile(r"\b(?:\w+\s)?(?:managers?|staff)\s(?:said|told)\b", CASELESS)
    ungated = re.compile(r"\b\w{3}\b|\bonce\b|\btwice\b|\bweekly\b", CASELESS)  # a three-letter word: no literal
    gated = re.compile(r"\b(?:once|\w+\s+times)\s+a\s+week\b|\bdaily\b|\bweekly\b|\bevery\s+day\b", CASELESS)
    scan = PatternScan([whole, ungated, gated])
    assert [start_set(p).anyword for p in scan.patterns] == [True, True, True]  # type: ignore[union-attr]
    assert scan.starts_of[:2] == [None, None] and scan.starts_of[2] is not None and 2 in scan._split
    assert scan.starts("Daily, five times a week.")[2] == [0, 7, 12, 18, 20]  # "times" is there: every word
    assert scan.starts("Daily and every day.")[2] == [0, 10]  # no "once" or "times": only "daily" and "every"


def test_a_character_with_no_case_has_no_case_variant() -> None:
    """No character lowers to a character without case (so re matches such a character only as itself)."""
    import _sre

    assert not [c for c in range(0x110000) if (low := _sre.unicode_tolower(c)) != c and not _sre.unicode_iscased(low)]


def test_required_literals_pick_the_most_selective_set() -> None:
    assert required_literals(re.compile(r"\b(?:\w{2,9}\s)?instead\s+of\b", CASELESS)) == frozenset({"instead"})
    assert required_literals(re.compile(r"\b(?:saw|heard)\s[a-z]+", CASELESS)) == frozenset({"saw", "heard"})
    assert required_literals(re.compile(r"\b\w+ed\b", CASELESS)) == frozenset({"ed"})
    assert required_literals(re.compile(r"\w+", CASELESS)) is None


def test_fold_maps_every_case_variant_re_matches_to_an_ascii_letter() -> None:
    assert fold("İSTANBUL ıs ſo KELVIN") == "istanbul is so kelvin"
    letter = re.compile("[a-z]", CASELESS)
    variants = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000 and letter.fullmatch(chr(c))]
    assert variants and all(len(fold(ch)) == 1 and fold(ch).isascii() and re.fullmatch(fold(ch), ch, CASELESS) for ch in variants)


def test_case_variants_outside_ascii_still_match() -> None:
    pattern = re.compile(r"\b(?:kind|is)\b", CASELESS)
    text = "\u212aIND words, \u0130S it"
    assert _spans(finditer_at(pattern, text, PatternScan([pattern]).starts(text)[0])) == [(0, 4), (12, 14)]


def test_pos_and_endpos_behave_as_finditer() -> None:
    pattern = re.compile(r"(?<!not )\blate\b(?!\s(?:shift))", CASELESS)
    text = "late again, not late, late shift, late"
    starts = PatternScan([pattern]).starts(text)[0]
    for pos, endpos in [(0, len(text)), (1, len(text)), (12, 26), (22, 27), (0, 3)]:
        assert _spans(finditer_at(pattern, text, starts, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))


def test_a_long_alternation_is_tried_alternative_by_alternative() -> None:
    """A top-level alternation is indexed by its alternatives (a ``|`` inside a class or escaped does not
    cut it); at a position the first alternative that matches there gives the match, as in ``finditer``."""
    pattern = re.compile(r"(?:\bmiss\w*)|(?:\bmis(?:sed|take)s?)|(?:[|]x)|(?:\ba\|b)|(?:\bnever\b)|"
                         r"(?<!not )\blate\b(?!\s(?:shift))", CASELESS)
    text = "Missed it, a mistake; |x and a|b, never late, not late, late shift, late."
    starts = PatternScan([pattern]).starts(text)[0]
    assert isinstance(starts, Candidates)
    assert [len(starts.tries[p]) for p in starts] == [2, 1, 1, 1, 1, 1, 1, 1, 1, 1]  # "Missed": both "mis" forms
    for pos, endpos in [(0, len(text)), (1, len(text)), (12, 40), (22, 27), (0, 3)]:
        assert _spans(finditer_at(pattern, text, starts, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))


def test_alternatives_sharing_a_prefix_are_split_and_each_gated_by_its_literals() -> None:
    """re's parser moves a prefix every alternative shares out of the alternation ("\\bA|\\bB" parses as
    "\\b(?:A|B)"); such a pattern is still tried alternative by alternative, and an alternative needing
    literals the text lacks ("had"/"will" ... "to") gets no tries there; matches as ``finditer``'s."""
    pattern = re.compile(r"\b(?:we|they|the\s{1,3}\w+)\s{1,3}(?:had|will\s{1,3}have)\s{1,3}to\s{1,3}[a-z]{2,30}"
                         r"|\b(?:a|one|two)\s{1,3}(?:days?|weeks?)\s{1,3}(?:earlier|sooner)\b"
                         r"|\bI\s{1,3}(?:shouldn['’]t|should\s{1,3}not)\s{1,3}have\s{1,3}to\s{1,3}[a-z]{2,30}"
                         r"|\b(?:the|our)\s{1,3}\w+\s{1,3}(?:is|was)\s{1,3}(?:over|under)\s{1,3}budget", CASELESS)
    scan = PatternScan([pattern])
    assert [len(scan._sets)] == [1 + 4] and 0 in scan._split
    without = "The team finished a week earlier, and the project was over budget."
    starts = scan.starts(without)[0]
    assert isinstance(starts, Candidates)
    # "The", "a", "the": the "had ... to" form (it could start at "the") and the "should" form never tried; "a" and
    # "we" go on with a space, so "and" and "week" start nothing
    assert list(starts) == [0, 18, 38] and [len(starts.tries[p]) for p in starts] == [1, 1, 1]
    holding = scan.starts(without.replace("over", "had to"))[0]  # now also at "The" and "the"
    assert list(holding) == [0, 18, 38] and [len(holding.tries[p]) for p in holding] == [2, 1, 2]
    texts = [without, "They had to wait; the store will have to reopen. I shouldn't have to ask. A day sooner.",
             "THE BUDGET WAS OVER BUDGET AND WE HAD TO CUT IT"]
    for text in texts:
        starts = scan.starts(text)[0]
        assert _spans(finditer_at(pattern, text, starts)) == _spans(pattern.finditer(text))
        assert _spans(finditer_at(pattern, text, starts)), text


def _eval_sentences() -> list[str]:
    sentences = []
    for name in ("feedback.jsonl", "bias.jsonl", "goals.jsonl", "dev/feedback.jsonl", "dev2/feedback.jsonl"):
        path = ROOT / "evals" / name
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        sentences += [row["text"] for row in rows if row.get("split") != "heldout"]
    return sentences



def _assert_scan_finds_what_finditer_finds(patterns: list[re.Pattern[str]], scan: PatternScan, seed: int) -> None:
    """Stitched eval sentences (upper-cased and bulleted forms too): each pattern tried only at the scan's start
    positions yields the same matches as a full ``finditer``."""
    rng = random.Random(seed)
    sentences = _eval_sentences()
    texts = [" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 6))) for _ in range(150)]
    texts += [t.upper() for t in texts[:20]] + ["• " + t.replace(". ", ".\n- ") for t in texts[20:40]]
    for text in texts:
        for pattern, starts in zip(patterns, scan.starts(text), strict=True):
            assert _spans(finditer_at(pattern, text, starts)) == _spans(pattern.finditer(text)), (pattern.pattern[:60], text)
            assert _spans(findall_at(pattern, text, starts)) == _spans(pattern.finditer(text)), (pattern.pattern[:60], text)
            for pos, endpos in ((0, len(text)), (len(text) // 3, len(text)), (len(text) // 4, len(text) // 2)):
                found, expected = search_at(pattern, text, starts, pos, endpos), pattern.search(text, pos, endpos)
                assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:60], text, pos)

def test_every_feedback_pattern_finds_what_finditer_finds() -> None:
    """On stitched development text (and its upper-cased and bulleted forms), each cue and polarity
    pattern yields the same matches, in the same order, as a full ``finditer``."""
    rules = load_feedback_rules()
    patterns = [*(cue.pattern for cue in rules.cues), rules.praise, rules.critical, rules.negators]
    scan = PatternScan(patterns)
    assert sum(s is not None for s in scan.starts_of) >= len(patterns) - 5  # nearly all are read
    _assert_scan_finds_what_finditer_finds(patterns, scan, seed=5)


def test_every_goal_rule_finds_what_finditer_finds() -> None:
    """The goal rules' regexes, tried only at their start positions, yield the same matches as a full
    ``finditer`` (on stitched goals and drafts, upper-cased and bulleted forms included)."""
    rules = load_goal_rules()
    patterns = [rule.regex for rule in rules.rules if rule.regex is not None]
    scan = rules.rule_scan
    assert scan is not None and [scan.index(p) for p in patterns] == list(range(len(patterns)))
    assert sum(s is not None for s in scan.starts_of) >= len(patterns) // 2
    _assert_scan_finds_what_finditer_finds(patterns, scan, seed=11)


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_compile_regex_builds_a_pattern_that_matches_as_re_compile_does() -> None:
    """Compiled from the kept parse tree (alternatives grouped by first character), every feedback cue and
    polarity pattern and every goal rule regex has ``re.compile``'s source, flags and groups and finds the same
    matches with the same groups on stitched development text; named groups, inline flags and errors too."""
    rules = load_feedback_rules()
    goal_rules = load_goal_rules()
    patterns = [*(cue.pattern for cue in rules.cues), rules.praise, rules.critical, rules.negators,
                *(rule.regex for rule in goal_rules.rules if rule.regex is not None)]
    rng = random.Random(7)
    sentences = _eval_sentences()
    texts = [" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 6))) for _ in range(60)]
    texts += [t.upper() for t in texts[:10]]
    for pattern in patterns:
        built, expected = compile_regex(pattern.pattern, CASELESS), re.compile(pattern.pattern, CASELESS)
        assert (built.pattern, built.flags, built.groups, dict(built.groupindex)) == (
            expected.pattern, expected.flags, expected.groups, dict(expected.groupindex)) and built.flags == pattern.flags
        assert built == pattern  # the rules hold the grouped program
        for text in texts:
            assert _found(built, text) == _found(expected, text), (pattern.pattern[:60], text)
    for source, flags in [(r"(?P<verb>miss\w*)\s(?:it)", CASELESS), (r"(?x) a b # c", 0), (r"(?i)Late", 0),
                          (r"\bsee\b", re.IGNORECASE | re.MULTILINE), (r"\bx\b", re.ASCII), (r"(?a)\bx\b", 0)]:
        built, expected = compile_regex(source, flags), re.compile(source, flags)
        assert (built, built.flags, built.groups, dict(built.groupindex)) == (
            expected, expected.flags, expected.groups, dict(expected.groupindex))
    with pytest.raises(re.error):
        compile_regex(r"(unclosed", CASELESS)


@pytest.mark.parametrize(("source", "flags", "texts"), [
    # a run of alternatives grouped by first letter; the first that matches is still the one that wins
    (r"\b(?:meet|call|meeting|move|cal)", CASELESS, ["the meeting moved", "a callback", "Meetings"]),
    # an alternative opening with a class or an assertion keeps its place and ends the run
    (r"(?:ab|[a-c]x|ax|a)", 0, ["ax", "bx ab a", "cx"]),
    (r"(?:a|\bab|ab)c", 0, ["abc ac", "x abc"]),
    # case: grouped by the lowered letter only where case is ignored; a scoped flag is followed
    (r"(?:Meet|mat|MOVE|m)", CASELESS, ["MOVE mat meet M"]),
    (r"(?:Meet|mat|MOVE|m)", 0, ["MOVE mat Meet m"]),
    (r"(?i:(?:Ka|kb|(?-i:Kc|kd)))", 0, ["KA kB Kc kd KC KD \u212aa"]),
    # groups, back-references, conditionals, lookarounds, repeats
    (r"(?P<w>ab|ac|b)(?:x|(?P=w))", CASELESS, ["abab acx bb acac"]),
    (r"(a)?(?(1)(?:bc|bd)|(?:bx|by))", 0, ["abd by bx abc"]),
    (r"(?<=(?:no|ne|ox) )(?:late|lost)|(?:one|only)+(?!ce)", CASELESS, ["no late ne lost ox late oneonce onlyone"]),
    # non-ASCII and caseless characters
    (r"(?:ſa|sa|İb|ib|€1|€2)", CASELESS, ["SA ſA ib İB €2"]),
])
def test_factored_pattern_matches_as_the_original(source: str, flags: int, texts: list[str]) -> None:
    built, expected = compile_regex(source, flags), re.compile(source, flags)
    for text in texts:
        assert _found(built, text) == _found(expected, text)
        for pos in range(len(text) + 1):
            a, b = built.match(text, pos), expected.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_factored_groups_alternatives_and_leaves_the_tree_alone() -> None:
    tree = parse_regex(r"\b(?:meet|call|move|m|[xy]z|mix)")
    before = repr(tree)
    grouped = factored(tree)
    assert repr(tree) == before
    branch = grouped[1][1][1]  # after \b: m(eet|ove|), call, [xy]z, mix ("mix" comes after the class: apart)
    assert [b[0] for b in branch] == [(C.LITERAL, ord("m")), (C.LITERAL, ord("c")), (C.IN, [(C.LITERAL, 120), (C.LITERAL, 121)]),
                                      (C.LITERAL, ord("m"))]
    assert [list(b) for b in branch[0][1][1][1]] == [[(C.LITERAL, ord(ch)) for ch in tail] for tail in ("eet", "ove", "")]
    # ignoring case, an opening letter becomes the set of its cases matched with case fixed (re skips a set
    # that does not hold at once); a letter inside an alternative is left as it is
    caseless = factored(parse_regex(r"(?:Mit|min|ark|kin)", CASELESS), CASELESS)[0][1][1]
    assert [str(b[0]) for b in caseless] == [str((C.SUBPATTERN, (None, 0, re.IGNORECASE, [(C.IN, [(C.LITERAL, ord(ch))
                                                                                                 for ch in "Mm"])]))),
                                              str((C.SUBPATTERN, (None, 0, re.IGNORECASE, [(C.IN, [(C.LITERAL, ord(ch))
                                                                                                 for ch in "Aa"])]))),
                                              str((C.SUBPATTERN, (None, 0, re.IGNORECASE, [(C.IN, [
                                                  (C.LITERAL, ord("K")), (C.LITERAL, ord("k")),
                                                  (C.RANGE_UNI_IGNORE, (0x212A, 0x212A))])])))]  # and the Kelvin sign


def test_each_ascii_letter_opening_an_alternative_matches_what_it_matched_ignoring_case() -> None:
    """An alternative's opening letter is matched with its case variants fixed: every character of Unicode
    that re.IGNORECASE matches to each ASCII letter, no more."""
    from assistant.analyzers.scan import _CASES, _case_set, _compiler, _parser

    found: dict[str, set[str]] = {letter: set() for letter in "abcdefghijklmnopqrstuvwxyz"}
    anyletter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        ch = chr(code)
        if anyletter.fullmatch(ch):
            for letter in found:
                if re.fullmatch(letter, ch, re.IGNORECASE):
                    found[letter].add(ch)
    assert {letter: sorted(chars) for letter, chars in found.items() if len(chars) == 2} == {
        letter: cases for letter, cases in _CASES.items() if letter not in "iks"}
    assert {letter: sorted(chars) for letter, chars in found.items() if len(chars) > 2} == {
        "i": ["I", "i", "\u0130", "\u0131"], "k": ["K", "k", "\u212a"], "s": ["S", "s", "\u017f"]}
    # the set each opening is matched with (case fixed) holds exactly those characters, of all of Unicode
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    state = _parser.State()
    for letter, chars in found.items():
        tree = _parser.SubPattern(state, [(C.IN, _case_set(letter))])
        code = _compiler._code(tree, 0)
        opening = _compiler._sre.compile("", 0, code, 0, {}, ())
        assert set(opening.findall(everything)) == chars
        assert len(code) < 30  # its items as they are, no table of Unicode


_ATOMS = ["a", "b", "A", "ab", "ba", "aa", "[ab]", "\\b", "x", "(?:a|b)", "(a)", "(?i:a)", "(?-i:A)", "a?", "a*?", "k",
          "K", "\u212a", "i", "\u0131", "s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_ATOMS), min_size=0, max_size=3), min_size=2, max_size=6),
       st.booleans(), st.sampled_from(["", "x", "b", "a"]), st.text(alphabet="abAB xkKiIsS\u212a\u0131\u0130\u017f", max_size=12))
def test_factored_random_alternations_match_as_the_original(alternatives, caseless, after, text) -> None:
    source = "(?:" + "|".join("".join(a) for a in alternatives) + ")" + after
    flags = CASELESS if caseless else 0
    built, expected = compile_regex(source, flags), re.compile(source, flags)
    assert _found(built, text) == _found(expected, text)
    for pos in range(len(text) + 1):
        a, b = built.match(text, pos), expected.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_a_pattern_needing_a_literal_the_text_lacks_is_not_tried() -> None:
    """A pattern each of whose matches holds one of a few literals gets no candidate starts in a text
    without them, and the same matches as ``finditer`` in a text with one."""
    pattern = re.compile(r"\b(?:you|he)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:should|ought)\b", CASELESS)
    other = re.compile(r"\b(?:you|he)\s{1,3}left\b", CASELESS)
    scan = PatternScan([pattern, other])
    lacking = "You left early and he left the door open."
    holding = "You left early; he really should call, and you ought to."
    assert scan.starts(lacking) == [[], [0, 19]]
    for text in (lacking, holding):
        for compiled, starts in zip(scan.patterns, scan.starts(text), strict=True):
            assert _spans(finditer_at(compiled, text, starts)) == _spans(compiled.finditer(text))


def test_a_word_s_index_entries_split_into_sure_starts_and_prefixes_to_check() -> None:
    entries = ((0, "thank", False), (1, "than", False), (0, "th", False), (2, "thanks to", True), (3, "thx", False))
    assert _word_entries("thanks", entries) == ((0, 1), ((2, "thanks to", True),))
    assert _word_entries("than", entries) == ((1, 0), ((0, "thank", False), (2, "thanks to", True)))
    # a whole prefix ("than" then a space) starts nothing in a longer word; the word itself it starts
    whole = ((1, "than", True), (0, "th", False))
    assert _word_entries("thanks", whole) == ((0,), ())
    assert _word_entries("than", whole) == ((1, 0), ())


@pytest.mark.parametrize(("pattern", "whole"), [
    (r"\b(?:it(?:['’]d|\s{1,3}would)|you\s|let\s{1,3}us\b)", {"it", "you", "let"}),
    (r"\b(?:let's|let us)\s", {"let"}),  # re's parser takes out the shared "let": "'" or " " comes next
    (r"\bthanks to\s{1,3}you", {"thanks to"}),  # a prefix with a space in it
    (r"\bit(?:s)?\s", set()),  # "it" may go on with "s": not whole
    (r"\bit\b|\byou\b", set()),  # the match may end after it (endpos can cut a longer word there)
    (r"\bit(?=\s)", set()),  # a lookahead consumes nothing: the match ends after "it"
    (r"\b(?:it|we)(?:\s|,|\s{0,2}-)\s{0,2}(?:was|were)", {"it", "we"}),  # each way on opens with a non-word character
    (r"\bit(?:\s|s\s)", set()),  # one way on opens with a word character
    (r"\bit(?:\s|\Z)", set()),  # or may end the match
    (r"\bcaf(?:é|e)\s", set()),  # "é" is a word character
])
def test_a_whole_prefix_is_one_every_match_goes_on_from_with_a_non_word_character(pattern: str, whole: set[str]) -> None:
    compiled = re.compile(pattern, CASELESS)
    found = start_set(compiled)
    assert found is not None and found.whole == whole and found.whole <= found.words
    text = ("It'd help. Its item is it. You, your youth; it would. Let us go, let usual lets let's. We, were it,was "
            "it -were its s, it\nits it, café cafe cafés we-were It. Thanks to you, thanks tour, thanks to")
    starts = PatternScan([compiled]).starts(text)[0]
    for pos, endpos in [(0, len(text)), (3, len(text)), (0, 22), (11, 40), (41, 80), (60, len(text) - 2), (0, 2)]:
        assert _spans(finditer_at(compiled, text, starts, pos, endpos)) == _spans(compiled.finditer(text, pos, endpos))


def test_a_whole_prefix_keeps_no_start_inside_a_longer_word() -> None:
    """ "you" followed by a space starts no match at "your", "youth" or "yours"; "it'd" none at "its"."""
    pattern = re.compile(r"\b(?:you\s{1,3}(?:could|might)|it['’]d)\b", CASELESS)
    text = "Your youth: yours. You could. It'd work; its item, it’d."
    starts = PatternScan([pattern]).starts(text)[0]
    assert starts == [19, 30, 51]
    assert _spans(finditer_at(pattern, text, starts)) == _spans(pattern.finditer(text)) == [(19, 28), (30, 34), (51, 55)]


def test_a_word_s_starts_are_kept_by_the_word_as_written() -> None:
    """The sure starts of a word (a prefix it holds, a case-sensitive capital, a digit) are kept per word as
    written: "Late", "late" and "LATE" fold alike but only "Late" and "LATE" start a capital; each pattern
    gets a position once, whichever way it can start there."""
    late = re.compile(r"\blate\b|\b(?-i:[A-Z])[a-z]+", CASELESS)
    capital = re.compile(r"\b(?-i:[A-Z])\w+", CASELESS)
    number = re.compile(r"\b(?:\d+|late)\b", CASELESS)
    scan = PatternScan([late, capital, number])
    text = "Late late LATE 3 late Late Lately 42"
    for _ in range(2):  # the second pass reads the kept entries
        starts = scan.starts(text)
        assert starts == [[0, 5, 10, 17, 22, 27], [0, 10, 22, 27], [0, 5, 10, 15, 17, 22, 27, 34]]
        for pattern, found in zip(scan.patterns, starts, strict=True):
            assert _spans(finditer_at(pattern, text, found)) == _spans(pattern.finditer(text))


def test_a_pattern_opening_with_a_sentence_start_condition_is_tried_only_where_it_holds() -> None:
    """A pattern that opens with a choice of conditions on what comes before ("^", "(?<=[.!?]\\s)") keeps
    only the candidate starts where one holds (one scan of the text for the patterns sharing it); its
    matches are ``finditer``'s, with ``pos`` and ``endpos`` too."""
    opening = r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?:[-*•]\s{0,3})?"
    patterns = [re.compile(opening + r"(?-i:[A-Z])[a-z]+ed\b", CASELESS),
                re.compile(opening + r"(?:please\s+)?[a-z]{2,30}\s+the\b", CASELESS),
                re.compile(r"(?:^|\bso\s)[a-z]+", CASELESS)]  # "\b...": no lead of conditions
    scan = PatternScan(patterns)
    assert [n for n, _ in scan._leads] == [0, 1] and scan._leads[0][1] is scan._leads[1][1]
    text = "Reviewed the plan. Then fixed the bug; please check the logs.\n- Shipped the fix. so Updated"
    starts = scan.starts(text)
    assert starts[0] == [0, 19, 62] and starts[1] == [0, 19, 39, 62, 81]  # sentence and line starts only
    for pattern, found in zip(patterns, starts, strict=True):
        for pos, endpos in [(0, len(text)), (1, len(text)), (19, 60), (40, len(text) - 2)]:
            assert _spans(finditer_at(pattern, text, found, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))


@pytest.mark.parametrize("flags", [CASELESS, CASELESS | re.MULTILINE])
def test_a_sentence_start_condition_keeps_the_starts_where_it_matches(flags: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The starts kept for a pattern opening with conditions are those of the pattern tried everywhere at
    which the condition alone matches (``^`` at a line start only under MULTILINE, text start, after ". ")."""
    opening = r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s))(?:[-*•]\s{0,3})?"
    patterns = [re.compile(opening + r"(?-i:[A-Z])[a-z]+", flags), re.compile(opening + r"(?!and\b)[a-z]+", flags)]
    texts = ["Late again.  Then fine; and So on.\nNext line\n\n- Bullet. x", "", "a", ".\nA", "So. So.So"]
    scan = PatternScan(patterns)
    monkeypatch.setattr(scan_module, "_lead_openings", lambda lead: None)  # every word start gathered, none kept back
    whole = PatternScan(patterns)
    whole._leads = ()
    for text in texts:
        starts, everywhere = scan.starts(text), whole.starts(text)
        for (n, lead), pattern in zip(scan._leads, patterns, strict=True):
            assert starts[n] == [pos for pos in everywhere[n] if lead.match(text, pos)]
            assert _spans(finditer_at(pattern, text, starts[n])) == _spans(pattern.finditer(text))


def test_a_gate_literal_is_found_wherever_it_is_and_only_there() -> None:
    """The literal gate finds a literal at the text's start and end and inside a word, and none where
    only its first characters occur apart ("sh ... ou"), as ``in`` would."""
    pattern = re.compile(r"\b(?:you|he)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:should|ought)\b", CASELESS)
    scan = PatternScan([pattern])
    texts = {"You said he should": [0, 9], "Ought you? He ought": [6, 11], "you sh ou he": [],
             "You shoulder it; he": [0, 17], "y": [], "": []}
    for text, expected in texts.items():
        starts = scan.starts(text)
        assert starts == [expected]
        assert _spans(finditer_at(pattern, text, starts[0])) == _spans(pattern.finditer(text))
