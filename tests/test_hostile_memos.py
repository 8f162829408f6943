"""The memos and bounded windows that keep a long run of one lexicon word linear give exactly what the full
scans they replace give (issue 12: 50,000 characters of one word in under 2 s), and whole results on a fresh
draft are unchanged by them."""

from __future__ import annotations

import random
import re
import time
from itertools import accumulate

import pytest

from assistant.analyzers.bias import check_bias
from assistant.analyzers.bias.doc import _Doc
from assistant.analyzers.bias.grammar import CONSEQUENCE_LINKS, HABIT_MARKERS
from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.classify import _at_most_words
from assistant.analyzers.feedback.problems import _CONCESSION, _conceded
from assistant.analyzers.feedback.rewrite import _reaches
from assistant.analyzers.goal import check_goal

WORDS = ["so", "and", "the", "always", "we", "i", "meaning", "therefore", "blind", "he", "she", "team"]


def test_word_positions_are_those_a_scan_finds() -> None:
    rng = random.Random(11)
    for _ in range(300):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30))) + rng.choice(["", ", so we", "."])
        doc = _Doc(text)
        n = len(doc.words)
        for vocabulary in (CONSEQUENCE_LINKS, HABIT_MARKERS, frozenset(["so", "and"])):
            start, stop = rng.randint(0, n + 1), rng.randint(0, n + 1)
            assert list(doc.among(vocabulary, start, stop)) == [
                k for k in range(start, min(stop, n)) if doc.words[k] in vocabulary]
        assert doc.clause_gaps() == [k for k in range(1, n) if re.search(r"[,;:()\u2014]|\s[-\u2013]\s", doc.gap(k))]


def test_word_count_window_counts_as_split_does() -> None:
    rng = random.Random(12)
    for _ in range(2000):
        text = "".join(rng.choice([" ", "\t", "\n", "\u00a0", "\u2003", "a", "bc", "’"]) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for most in range(4):
            assert _at_most_words(text, start, end, most) == (len(text[start:end].split()) <= most)


def test_overlap_from_sorted_starts_and_running_ends_is_any_overlap() -> None:
    rng = random.Random(13)
    for _ in range(2000):
        spans = sorted((a, a + rng.randint(0, 5)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 8))))
        starts, reach = [s for s, _ in spans], list(accumulate((e for _, e in spans), max))
        start = rng.randint(0, 45)
        end = start + rng.randint(0, 6)
        assert _reaches(starts, reach, start, end) == any(s < end and start < e for s, e in spans)


def _conceded_in_full(text: str, pos: int, start: int, end: int, praise: list[re.Match[str]]) -> bool:
    """The concession check reading every full stop of the sentence before ``pos`` (its form before the window)."""
    opens = [start, *(start + b.end() for b in re.finditer(r"[.!?;]\s{1,3}", text[start:pos]))]
    return any((m := _CONCESSION.match(text, o, end)) is not None and m.start() <= pos < m.end()
               and any(p.start() >= m.end() for p in praise) for o in opens)


def test_concession_window_reads_what_the_whole_sentence_gives() -> None:
    rng = random.Random(14)
    parts = ["Apart from", " a couple of", " late logs", ",", " the audit", " was", " thorough", ".", " ", "  ",
             " except for", " some", " gaps", "; ", "(", " careless", " great", "Barring", " one"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 60)))
        praise = list(re.finditer(r"thorough|great", text))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        pos = rng.randint(start, end)
        assert _conceded(text, pos, start, end, praise) == _conceded_in_full(text, pos, start, end, praise)


DRAFT = ("During the stocktake at the seed warehouse in March, Ilse never missed a pallet count, although she is "
         "always the last to log her breaks. Aside from a few late logs, her counts were excellent. The chairman of "
         "the co-op said she was too emotional when a supplier shouted at her. Please log breaks before 10:00 from "
         "next week.")


def test_whole_results_on_a_fresh_draft() -> None:
    report = review_feedback(DRAFT)
    assert report.polarity == "mixed"
    assert [(f.kind, f.text) for f in report.findings] == [("absolute", "always"), ("trait", "emotional")]
    assert [(b.category, b.text) for b in report.bias] == [("gendered_language", "chairman"), ("gender_coded", "emotional")]
    structure = report.structure
    assert (structure.situation.evidence, structure.behavior.evidence, structure.next_step.evidence) == (
        "During the stocktake", "Ilse never missed a pallet count", "Please log breaks before 10")
    assert report.rewrite == (
        'Behaviour: During the stocktake at the seed warehouse in March, Ilse never missed a pallet count, although she '
        'is ["always": on which occasions?] the last to log her breaks. Aside from a few late logs, her counts were '
        'excellent. The ["chairman": a gender-neutral word?] of the co-op said she was too ["emotional": what did you '
        'see or hear them do?] when a supplier shouted at her.\nNext step: Please log breaks before 10:00 from next week.')
    assert sorted((f.category, f.text) for f in check_bias(DRAFT).flags) == [
        ("gender_coded", "emotional"), ("gendered_language", "chairman")]


LEXICON_RUNS = {word: ((word + " ") * 12_500)[:50_000] for word in
                ["blind", "young", "lame", "he", "always", "not", "chairman", "she is emotional", "Q3", "to improve"]}


@pytest.mark.parametrize("analyze", [check_bias, review_feedback, check_goal], ids=lambda f: f.__name__)
@pytest.mark.parametrize("word", list(LEXICON_RUNS))
def test_a_run_of_one_lexicon_word_stays_linear(analyze, word: str) -> None:
    """A runaway guard (as tests/test_analyzers_hostile.py's): these took 2.4-10.6 s CPU before the memos."""
    analyze("warm up the rules")
    started = time.process_time()
    assert analyze(LEXICON_RUNS[word]) is not None
    assert time.process_time() - started < 15.0
